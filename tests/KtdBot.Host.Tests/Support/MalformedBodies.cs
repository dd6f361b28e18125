using System.Text;

namespace KtdBot.Host.Tests.Support;

/// <summary>
/// Generated malformed request bodies, reproducible from a seed: valid bodies truncated, bytes flipped, invalid UTF-8
/// and lone surrogates spliced in, values of the wrong type or out of range, deep nesting, huge numbers, random bytes,
/// empty and whitespace bodies.
/// </summary>
public sealed class MalformedBodies(int seed)
{
    private static readonly byte[][] BadUtf8 =
    [
        [0xC3, 0x28], [0xFF], [0xFE, 0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xE2, 0x82], [0x80],
    ];

    private static readonly string[] OddValues =
    [
        "null", "true", "-0", "1e400", "-1e400", "99999999999999999999999999", "9223372036854775808", "-9223372036854775809",
        "253402300800", "-62135596801", "1.5", "\"\"", "\"\\uD800\"", "\"\\u0000\"", "[]", "{}", "[[[[[[[[]]]]]]]]",
        "\"" + new string('x', 5000) + "\"", "\"12\"", "NaN", "Infinity", "0x10", "\"\\ud83d\"",
    ];

    private readonly Random _random = new(seed);

    /// <summary>One malformed variant of <paramref name="valid"/>.</summary>
    public byte[] Next(string valid)
    {
        ArgumentNullException.ThrowIfNull(valid);
        var bytes = Encoding.UTF8.GetBytes(valid);
        switch (_random.Next(12))
        {
            case 0:
                return bytes[.._random.Next(bytes.Length)]; // truncated (possibly empty)
            case 1:
                return Flip(bytes, 1 + _random.Next(4));
            case 2:
                return Splice(bytes, BadUtf8[_random.Next(BadUtf8.Length)]);
            case 3:
                return Encoding.UTF8.GetBytes(ReplaceValue(valid, OddValues[_random.Next(OddValues.Length)]));
            case 4:
                var depth = 10 + _random.Next(2000);
                return Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', _random.Next(2) == 0 ? depth : depth / 2));
            case 5:
                var noise = new byte[_random.Next(1, 512)];
                _random.NextBytes(noise);
                return noise;
            case 6:
                return _random.Next(3) switch { 0 => [], 1 => " \r\n\t "u8.ToArray(), _ => "\uFEFF"u8.ToArray() };
            case 7:
                return Encoding.UTF8.GetBytes(OddValues[_random.Next(OddValues.Length)]); // a bare value instead of an object
            case 8:
                return Splice(bytes, Encoding.UTF8.GetBytes(_random.Next(2) == 0 ? "\\u" : "\\uDC00"));
            case 9:
                return Encoding.UTF8.GetBytes(valid.Replace("{", "{\"dup\":1,\"dup\":2,", StringComparison.Ordinal));
            case 10:
                return Encoding.UTF8.GetBytes(ReplaceValue(ReplaceValue(valid, OddValues[_random.Next(OddValues.Length)]), OddValues[_random.Next(OddValues.Length)]));
            default:
                return Splice(Flip(bytes, 1), [(byte)_random.Next(0, 32)]);
        }
    }

    private byte[] Flip(byte[] bytes, int count)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = 0; i < count && copy.Length > 0; i++)
        {
            copy[_random.Next(copy.Length)] = (byte)_random.Next(256);
        }

        return copy;
    }

    private byte[] Splice(byte[] bytes, byte[] insert)
    {
        var at = _random.Next(bytes.Length + 1);
        return [.. bytes[..at], .. insert, .. bytes[at..]];
    }

    /// <summary>Replaces the value after one randomly chosen "key": with <paramref name="value"/>.</summary>
    private string ReplaceValue(string json, string value)
    {
        var colons = Enumerable.Range(0, json.Length).Where(i => json[i] == ':').ToList();
        if (colons.Count == 0)
        {
            return value;
        }

        var start = colons[_random.Next(colons.Count)] + 1;
        var end = start;
        var depth = 0;
        var inString = false;
        for (; end < json.Length; end++)
        {
            var c = json[end];
            if (inString)
            {
                if (c == '\\')
                {
                    end++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            if (c == '"')
            {
                inString = true;
            }
            else if (c is '{' or '[')
            {
                depth++;
            }
            else if (c is '}' or ']')
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                break;
            }
        }

        return json[..start] + value + json[end..];
    }
}
