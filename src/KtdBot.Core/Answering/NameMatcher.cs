using System.Buffers;
using KtdBot.Text;

namespace KtdBot.Answering;

/// <summary>
/// Finds names (blocs, units, campaigns, titles) inside what people type: compared as folded syllables,
/// so diacritics are optional, with one-letter typos forgiven in longer syllables.
/// </summary>
public static class NameMatcher
{
    private static readonly SearchValues<char> Vowels = SearchValues.Create("aeiouy");

    /// <summary>Folded syllables of a text, in order.</summary>
    public static string[] Syllables(string text) => Tokenizer.Syllables(text).Select(t => t.Folded).ToArray();

    /// <summary>
    /// The longest run of the name's syllables that appears contiguously in the query, and the share of the
    /// name it covers (0 when nothing matches).
    /// </summary>
    /// <param name="query">Folded syllables of the question.</param>
    /// <param name="name">Folded syllables of the name.</param>
    /// <param name="isWord">True for syllables the knowledge base uses: those are real words and must match exactly ("trong" is not a typo of "trưởng").</param>
    public static (int Run, double Coverage) Match(IReadOnlyList<string> query, IReadOnlyList<string> name, Func<string, bool>? isWord = null)
    {
        if (name.Count == 0 || query.Count == 0)
        {
            return (0, 0);
        }

        var best = 0;
        for (var q = 0; q < query.Count; q++)
        {
            for (var n = 0; n < name.Count; n++)
            {
                var run = 0;
                while (q + run < query.Count && n + run < name.Count && Same(query[q + run], name[n + run], isWord))
                {
                    run++;
                }

                best = Math.Max(best, run);
            }
        }

        return (best, (double)best / name.Count);
    }

    /// <summary>True when the whole name appears in the query.</summary>
    public static bool Contains(IReadOnlyList<string> query, IReadOnlyList<string> name, Func<string, bool>? isWord = null) =>
        name.Count > 0 && Match(query, name, isWord).Run == name.Count;

    private static bool Same(string query, string name, Func<string, bool>? isWord) =>
        string.Equals(query, name, StringComparison.Ordinal)
        || (isWord is not null && isWord(query) ? name.Length == query.Length && IsYiVariant(query, name) : SameSyllable(query, name));

    /// <summary>
    /// Equal; or spelt with y for i ("sỹ"/"sĩ", "kỹ"/"kĩ"); or neighbours swapped ("thi đau", "thanh vein");
    /// or one letter inserted, dropped or (in syllables of five letters or more) replaced ("khoi truog").
    /// Short syllables must otherwise match exactly: "tiền" and "viện" are different words.
    /// </summary>
    public static bool SameSyllable(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        if (a.Length < 2 || b.Length < 2 || Math.Abs(a.Length - b.Length) > 1 || char.IsDigit(a[0]) || char.IsDigit(b[0]))
        {
            return false;
        }

        if (a.Length == b.Length && IsYiVariant(a, b))
        {
            return true;
        }

        if (a.Length == b.Length && a.Length >= 3 && IsSwap(a, b))
        {
            return true;
        }

        var shorter = Math.Min(a.Length, b.Length);
        return (a.Length != b.Length ? shorter >= 4 : shorter >= 5) && EditDistanceAtMostOne(a, b);
    }

    // "sy"/"si", "ky"/"ki", "ly"/"li": a consonant then a final y or i.
    // Compared as spans: this runs for every pair of syllables a name match tries, and must not allocate.
    private static bool IsYiVariant(string a, string b) =>
        a.AsSpan(0, a.Length - 1).SequenceEqual(b.AsSpan(0, b.Length - 1)) && a[^1] is 'y' or 'i' && b[^1] is 'y' or 'i'
        && !a.AsSpan(0, a.Length - 1).ContainsAny(Vowels);

    private static bool IsSwap(string a, string b)
    {
        var first = -1;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                continue;
            }

            if (first >= 0)
            {
                return i == first + 1 && a[first] == b[i] && a[i] == b[first] && a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1));
            }

            first = i;
        }

        return false;
    }

    private static bool EditDistanceAtMostOne(string a, string b)
    {
        if (a.Length == b.Length)
        {
            int count = 0, first = -1, second = -1;
            for (var i = 0; i < a.Length && count <= 2; i++)
            {
                if (a[i] != b[i])
                {
                    count++;
                    if (first < 0)
                    {
                        first = i;
                    }
                    else if (second < 0)
                    {
                        second = i;
                    }
                }
            }

            // One substitution, or one swap of neighbours ("truogn").
            return count == 1 || (count == 2 && second == first + 1 && a[first] == b[second] && a[second] == b[first]);
        }

        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        var i2 = 0;
        var j = 0;
        var skipped = false;
        while (i2 < shorter.Length && j < longer.Length)
        {
            if (shorter[i2] == longer[j])
            {
                i2++;
                j++;
                continue;
            }

            if (skipped)
            {
                return false;
            }

            skipped = true;
            j++;
        }

        return true;
    }
}
