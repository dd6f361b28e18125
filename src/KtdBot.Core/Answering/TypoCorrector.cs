using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KtdBot.Search;
using KtdBot.Text;

namespace KtdBot.Answering;

/// <summary>
/// Corrects a question's typos against the knowledge base's own words: Telex left in the text ("khoois" → "khoi",
/// "thuwf" → "thu", "ddoong" → "dong") and one slip of the finger in a word of four letters or more ("trrưởng",
/// "nghhèo", "chinnh"). A word the knowledge base knows, a number, and a capitalised word (a name it may lack) are left
/// as typed, so a name or a figure is never turned into one the sources hold. Corrected words are written unmarked.
/// </summary>
internal static partial class TypoCorrector
{
    // Telex: a tone typed as a final letter, a mark typed as a doubled or added letter.
    private static readonly string[] ToneLetters = ["s", "f", "r", "x", "j"];

    private static readonly (string Typed, string Meant)[] MarkLetters = [("dd", "d"), ("aa", "a"), ("ee", "e"), ("oo", "o"), ("aw", "a"), ("ow", "o"), ("uw", "u"), ("w", "")];

    private const string Letters = "abcdefghijklmnopqrstuvwxyz";

    // Common Vietnamese syllables (Data/common-syllables.txt): a question word among them is never "corrected" into a word
    // of the folder, which may be a handful of decisions that never say "nhiêu" or "viết".
    private static readonly HashSet<string> Common = LoadCommon();

    public static string Correct(string text, Vocabulary vocabulary)
    {
        if (vocabulary.Documents == 0)
        {
            return text;
        }

        var shouting = text.Any(char.IsLetter) && !text.Any(char.IsLower);
        var builder = new StringBuilder(text.Length);
        var copied = 0;
        foreach (Match word in Word().Matches(text))
        {
            var folded = VietnameseText.Fold(word.Value).ToLowerInvariant();
            if (folded.Length < 3 || vocabulary.Knows(folded) || Common.Contains(folded) || (!shouting && char.IsUpper(word.Value[0])))
            {
                continue;
            }

            if ((FromTelex(folded, vocabulary) ?? (folded.Length >= 4 ? OneSlip(folded, vocabulary) : null)) is { } meant)
            {
                builder.Append(text, copied, word.Index - copied).Append(shouting ? meant.ToUpper(CultureInfo.InvariantCulture) : meant);
                copied = word.Index + word.Length;
            }
        }

        return copied == 0 ? text : builder.Append(text, copied, text.Length - copied).ToString();
    }

    private static string? FromTelex(string folded, Vocabulary vocabulary)
    {
        var stem = ToneLetters.Any(t => folded.EndsWith(t, StringComparison.Ordinal)) ? folded[..^1] : folded;
        foreach (var (typed, meant) in MarkLetters)
        {
            stem = stem.Replace(typed, meant, StringComparison.Ordinal);
        }

        return stem != folded && stem.Length >= 2 && vocabulary.Knows(stem) ? stem : null;
    }

    // The most used known word one deletion, insertion, substitution or swap of neighbours away.
    private static string? OneSlip(string folded, Vocabulary vocabulary)
    {
        string? best = null;
        var bestFrequency = 1;
        foreach (var candidate in Edits(folded))
        {
            var frequency = vocabulary.Frequency(candidate);
            if (frequency > bestFrequency)
            {
                best = candidate;
                bestFrequency = frequency;
            }
        }

        return best;
    }

    private static IEnumerable<string> Edits(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            yield return word.Remove(i, 1);
            if (i + 1 < word.Length)
            {
                yield return string.Concat(word.AsSpan(0, i), word[i + 1].ToString(), word[i].ToString(), word.AsSpan(i + 2));
            }

            foreach (var c in Letters)
            {
                yield return string.Concat(word.AsSpan(0, i), c.ToString(), word.AsSpan(i + 1));
            }
        }

        for (var i = 0; i <= word.Length; i++)
        {
            foreach (var c in Letters)
            {
                yield return word.Insert(i, c.ToString());
            }
        }
    }

    private static HashSet<string> LoadCommon()
    {
        using var stream = typeof(TypoCorrector).Assembly.GetManifestResourceStream("KtdBot.common-syllables.txt")
            ?? throw new InvalidOperationException("common-syllables.txt is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"(?<![\p{L}\d])\p{L}+(?![\p{L}\d])")]
    private static partial Regex Word();
}
