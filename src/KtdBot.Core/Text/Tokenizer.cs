using System.Collections.Concurrent;
using System.Text;

namespace KtdBot.Text;

/// <summary>One syllable of text: its canonical lower-case form and its folded (no diacritics) form.</summary>
public readonly record struct Token(string Accented, string Folded)
{
    /// <summary>True when typing the token needed diacritics (so the accented form carries information).</summary>
    public bool HasDiacritics => !string.Equals(Accented, Folded, StringComparison.Ordinal);
}

/// <summary>
/// Splits normalised Vietnamese text into syllables. Numbers keep their digits together
/// ("144.000" → "144000", "2,5" → "2.5") so figures match however they are typed.
/// A null token marks a phrase break (punctuation) that bigrams must not cross.
/// </summary>
public static class Tokenizer
{
    // Text repeats a few thousand syllables endlessly; folding each one once (instead of per occurrence) and
    // looking it up by span (instead of allocating its string) makes indexing several times cheaper. The bound
    // keeps garbage input (random strings) from growing the cache without limit.
    private const int SyllableCacheLimit = 200_000;
    private static readonly ConcurrentDictionary<string, Token> SyllableCache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Token>.AlternateLookup<ReadOnlySpan<char>> SyllableCacheBySpan =
        SyllableCache.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Tokens in order; phrase breaks are returned as <c>null</c>.</summary>
    public static List<Token?> Tokenize(string text)
    {
        var normalized = VietnameseText.Normalize(text);
        var tokens = new List<Token?>(normalized.Length / 4);
        var current = new StringBuilder();
        var i = 0;
        while (i < normalized.Length)
        {
            var c = normalized[i];
            if (char.IsLetter(c))
            {
                while (i < normalized.Length && (char.IsLetter(normalized[i]) || char.GetUnicodeCategory(normalized[i]) == System.Globalization.UnicodeCategory.NonSpacingMark))
                {
                    current.Append(char.ToLowerInvariant(normalized[i]));
                    i++;
                }

                Emit(tokens, current);
                continue;
            }

            if (char.IsDigit(c))
            {
                i = ReadNumber(normalized, i, current);
                Emit(tokens, current);
                continue;
            }

            if (IsPhraseBreak(c) && tokens.Count > 0 && tokens[^1] is not null)
            {
                tokens.Add(null);
            }

            i++;
        }

        return tokens;
    }

    /// <summary>The syllables only, without phrase breaks.</summary>
    public static IEnumerable<Token> Syllables(string text)
    {
        foreach (var token in Tokenize(text))
        {
            if (token is { } t)
            {
                yield return t;
            }
        }
    }

    private static void Emit(List<Token?> tokens, StringBuilder current)
    {
        if (current.Length == 0)
        {
            return;
        }

        Span<char> buffer = current.Length <= 64 ? stackalloc char[current.Length] : new char[current.Length];
        current.CopyTo(0, buffer, current.Length);
        current.Clear();
        if (!SyllableCacheBySpan.TryGetValue(buffer, out var token))
        {
            var accented = buffer.ToString();
            token = new Token(accented, VietnameseText.Fold(accented));
            if (SyllableCache.Count < SyllableCacheLimit)
            {
                SyllableCache.TryAdd(accented, token);
            }
        }

        tokens.Add(token);
    }

    // Digits with '.' thousands separators join up; a ',' between digits is a decimal point.
    private static int ReadNumber(string s, int i, StringBuilder current)
    {
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsDigit(c))
            {
                current.Append(c);
                i++;
            }
            else if (c == '.' && i + 3 < s.Length + 0 && IsDigitRun(s, i + 1, 3) && (i + 4 >= s.Length || !char.IsDigit(s[i + 4])))
            {
                i++;
            }
            else if (c == ',' && i + 1 < s.Length && char.IsDigit(s[i + 1]) && !IsDigitRun(s, i + 1, 3))
            {
                current.Append('.');
                i++;
            }
            else if (c == ',' && IsDigitRun(s, i + 1, 3) && (i + 4 >= s.Length || !char.IsDigit(s[i + 4])))
            {
                i++; // "6,161" written with a comma as thousands separator
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsDigitRun(string s, int start, int length)
    {
        if (start + length > s.Length)
        {
            return false;
        }

        for (var k = start; k < start + length; k++)
        {
            if (!char.IsDigit(s[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPhraseBreak(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or '(' or ')' or '\n' or '"' or '“' or '”' or '–' or '—' or '[' or ']';
}
