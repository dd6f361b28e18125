using KtdBot.Text;

namespace KtdBot.Answering;

/// <summary>
/// Finds names (blocs, units, campaigns, titles) inside what people type: compared as folded syllables,
/// so diacritics are optional, with one-letter typos forgiven in longer syllables.
/// </summary>
public static class NameMatcher
{
    /// <summary>Folded syllables of a text, in order.</summary>
    public static string[] Syllables(string text) => Tokenizer.Syllables(text).Select(t => t.Folded).ToArray();

    /// <summary>
    /// The longest run of the name's syllables that appears contiguously in the query, and the share of the
    /// name it covers (0 when nothing matches).
    /// </summary>
    public static (int Run, double Coverage) Match(IReadOnlyList<string> query, IReadOnlyList<string> name)
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
                while (q + run < query.Count && n + run < name.Count && SameSyllable(query[q + run], name[n + run]))
                {
                    run++;
                }

                best = Math.Max(best, run);
            }
        }

        return (best, (double)best / name.Count);
    }

    /// <summary>True when the whole name appears in the query.</summary>
    public static bool Contains(IReadOnlyList<string> query, IReadOnlyList<string> name) =>
        name.Count > 0 && Match(query, name).Run == name.Count;

    /// <summary>Equal, or one edit apart when both are at least four letters (typos: "thanh vein", "khoi truog").</summary>
    public static bool SameSyllable(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        if (a.Length < 4 || b.Length < 4 || Math.Abs(a.Length - b.Length) > 1 || char.IsDigit(a[0]) || char.IsDigit(b[0]))
        {
            return false;
        }

        return EditDistanceAtMostOne(a, b);
    }

    private static bool EditDistanceAtMostOne(string a, string b)
    {
        if (a.Length == b.Length)
        {
            var diffs = new List<int>(2);
            for (var i = 0; i < a.Length && diffs.Count <= 2; i++)
            {
                if (a[i] != b[i])
                {
                    diffs.Add(i);
                }
            }

            // One substitution, or one swap of neighbours ("truogn").
            return diffs.Count == 1 || (diffs.Count == 2 && diffs[1] == diffs[0] + 1 && a[diffs[0]] == b[diffs[1]] && a[diffs[1]] == b[diffs[0]]);
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
