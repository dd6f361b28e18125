using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KtdBot.Llm;

/// <summary>Keeps a model's citation markers to the sources that exist: [n] with 1 ≤ n ≤ the number of sources.</summary>
internal static partial class AnswerCitations
{
    /// <summary>
    /// Rewrites every marker ("[2]", "[1, 3]", "[1-2]") to the valid numbers it names, each as "[n]", and
    /// drops markers that name none. Returns the text and how many valid markers remain.
    /// </summary>
    public static (string Text, int Cited) Keep(string text, int sources)
    {
        var cited = 0;
        var kept = Marker().Replace(text, match =>
        {
            var numbers = Expand(match.Groups["list"].Value).Where(n => n >= 1 && n <= sources).Distinct().ToList();
            cited += numbers.Count;
            var marker = new StringBuilder();
            foreach (var n in numbers)
            {
                marker.Append(CultureInfo.InvariantCulture, $"[{n}]");
            }

            return marker.ToString();
        });

        // A dropped marker can leave "câu ." or a double space behind.
        kept = SpaceBeforePunctuation().Replace(kept, "$1");
        kept = DoubleSpace().Replace(kept, " ");
        return (kept.Trim(), cited);
    }

    private static IEnumerable<int> Expand(string list)
    {
        foreach (var part in list.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var range = part.Split(['-', '–'], StringSplitOptions.TrimEntries);
            if (range.Length == 2
                && int.TryParse(range[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                && int.TryParse(range[1], NumberStyles.None, CultureInfo.InvariantCulture, out var to)
                && to >= from && to - from < 20)
            {
                for (var n = from; n <= to; n++)
                {
                    yield return n;
                }
            }
            else if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var single))
            {
                yield return single;
            }
        }
    }

    [GeneratedRegex(@"\[(?<list>\d+(?:\s*[,;–-]\s*\d+)*)\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"[ \t]+([.,;:!?])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex DoubleSpace();
}
