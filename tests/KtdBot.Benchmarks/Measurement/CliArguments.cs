using System.Globalization;

namespace KtdBot.Benchmarks.Measurement;

/// <summary>"--name value" options and "--flag" switches after the command word.</summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.OrdinalIgnoreCase);

    private CliArguments()
    {
    }

    /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> on a stray word.</summary>
    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new CliArguments();
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.", nameof(args));
            }

            var name = args[i][2..];
            var hasValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            parsed._values[name] = hasValue ? args[++i] : null;
        }

        return parsed;
    }

    /// <summary>A text option, or null.</summary>
    public string? Text(string name) => _values.GetValueOrDefault(name);

    /// <summary>An integer option, or <paramref name="fallback"/>.</summary>
    public int Number(string name, int fallback) =>
        _values.TryGetValue(name, out var value) && value is not null
            ? int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : fallback;

    /// <summary>True when the switch is present.</summary>
    public bool Flag(string name) => _values.ContainsKey(name);
}
