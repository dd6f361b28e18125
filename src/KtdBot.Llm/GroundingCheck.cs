using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KtdBot.Text;

namespace KtdBot.Llm;

/// <summary>
/// Keeps a model's answer to the facts it was given: every number and every multi-syllable proper name
/// in the answer must occur in the evidence (what the plugins returned during the turn, and the offline
/// answer). Names are compared after Vietnamese normalisation, case-insensitively; a name the model wrote
/// without diacritics is compared folded. Numbers are compared by value as Vietnamese writes them
/// ("1.200" = "1200", "08" = "8", "3,5" = "3.5").
/// </summary>
internal sealed partial class GroundingCheck
{
    // Proper names that any answer may use without the tools having returned them.
    private static readonly string[] CommonNames = ["Việt Nam", "KtdBot"];

    private readonly string _exact;
    private readonly string _folded;
    private readonly HashSet<string> _numbers;

    /// <summary>Builds the check from the texts the answer may rely on.</summary>
    public GroundingCheck(IEnumerable<string> evidence)
    {
        // The draft's own [n] markers are not facts: without this every answer could say "1".
        var all = string.Join("\n", evidence.Append(string.Join("\n", CommonNames)));
        var normalized = CitationMarker().Replace(VietnameseText.Normalize(all), " ");
        _exact = Joined(Words(normalized.ToLowerInvariant()));
        _folded = Joined(Words(VietnameseText.Fold(normalized)));
        _numbers = Numbers(normalized).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The numbers and names in <paramref name="answer"/> that the evidence does not contain; empty when grounded.</summary>
    public IReadOnlyList<string> Unsupported(string answer)
    {
        var text = CitationMarker().Replace(VietnameseText.Normalize(answer), " ");
        var missing = new List<string>();
        missing.AddRange(NumberPattern().Matches(text).Select(m => m.Value).Where(n => !_numbers.Contains(Canonical(n))));
        foreach (var name in Names(text))
        {
            if (!Contains(name.Words))
            {
                // A sentence starts with a capital anyway: "Theo Hội Khuyến học…" names "Hội Khuyến", not "Theo Hội".
                var rest = name.Words.Skip(1).ToList();
                if (!name.SentenceStart)
                {
                    missing.Add(string.Join(' ', name.Words));
                }
                else if (rest.Count >= 2 && !Contains(rest))
                {
                    missing.Add(string.Join(' ', rest));
                }
            }
        }

        return missing.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Runs of two or more capitalised words separated only by spaces, with whether the run opens a sentence.</summary>
    internal static IEnumerable<(IReadOnlyList<string> Words, bool SentenceStart)> Names(string text)
    {
        var run = new List<string>();
        var runStart = false;
        var sentenceStart = true;
        var afterSpaceOnly = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetter(text[i]) || CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark))
                {
                    i++;
                }

                var word = text[start..i];
                if (char.IsUpper(word[0]))
                {
                    if (run.Count == 0 || !afterSpaceOnly)
                    {
                        if (run.Count >= 2)
                        {
                            yield return (run.ToList(), runStart);
                        }

                        run.Clear();
                        runStart = sentenceStart;
                    }

                    run.Add(word);
                }
                else
                {
                    if (run.Count >= 2)
                    {
                        yield return (run.ToList(), runStart);
                    }

                    run.Clear();
                }

                sentenceStart = false;
                afterSpaceOnly = true;
                continue;
            }

            if (c is ' ' or '\t')
            {
                i++;
                continue;
            }

            // Any other character ends the run; only sentence punctuation, line breaks and bullets open a sentence.
            if (run.Count >= 2)
            {
                yield return (run.ToList(), runStart);
            }

            run.Clear();
            afterSpaceOnly = false;
            sentenceStart = c is '.' or '!' or '?' or ':' or ';' or '…' or '\n' or '\r' or '•' or '*'
                || (c is '-' or '+' && LineStartBefore(text, i));
            i++;
        }

        if (run.Count >= 2)
        {
            yield return (run, runStart);
        }
    }

    /// <summary>The numbers of a text in canonical form; dates split into their parts.</summary>
    internal static IEnumerable<string> Numbers(string text) => NumberPattern().Matches(text).Select(m => Canonical(m.Value));

    /// <summary>"1.200" and "1,200" → "1200"; "3.5" → "3,5"; "08" → "8".</summary>
    internal static string Canonical(string number)
    {
        var separators = number.Count(c => c is '.' or ',');
        if (separators == 0)
        {
            return TrimZeros(number);
        }

        // Groups of exactly three digits after one kind of separator are thousands: 1.200, 12.500.000.
        var groups = number.Split('.', ',');
        var oneKind = !(number.Contains('.', StringComparison.Ordinal) && number.Contains(',', StringComparison.Ordinal));
        if (oneKind && groups[0].Length <= 3 && groups.Skip(1).All(g => g.Length == 3))
        {
            return TrimZeros(string.Concat(groups));
        }

        // Otherwise the last separator is the decimal point and the others group thousands.
        var last = number.LastIndexOfAny(['.', ',']);
        var whole = new string(number[..last].Where(char.IsAsciiDigit).ToArray());
        return TrimZeros(whole) + "," + number[(last + 1)..];
    }

    private static string TrimZeros(string digits)
    {
        var trimmed = digits.TrimStart('0');
        return trimmed.Length == 0 ? "0" : trimmed;
    }

    private bool Contains(IReadOnlyList<string> words)
    {
        var phrase = string.Join(' ', words);
        return VietnameseText.HasDiacritics(phrase)
            ? _exact.Contains(Joined(words.Select(w => w.ToLowerInvariant())), StringComparison.Ordinal)
            : _folded.Contains(Joined(words.Select(VietnameseText.Fold)), StringComparison.Ordinal);
    }

    private static bool LineStartBefore(string text, int index)
    {
        for (var j = index - 1; j >= 0; j--)
        {
            if (text[j] == '\n')
            {
                return true;
            }

            if (text[j] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value);

    private static string Joined(IEnumerable<string> words)
    {
        var builder = new StringBuilder(" ");
        foreach (var word in words)
        {
            builder.Append(word).Append(' ');
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"\[\d+(?:\s*[,;–-]\s*\d+)*\]")]
    internal static partial Regex CitationMarker();

    [GeneratedRegex(@"(?<!\d)\d+(?:[.,]\d+)*(?!\d)")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"[\p{L}\p{Mn}\d]+")]
    private static partial Regex WordPattern();
}
