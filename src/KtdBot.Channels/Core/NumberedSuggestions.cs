using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KtdBot.Answering;

namespace KtdBot.Channels.Core;

/// <summary>
/// Suggestions on a channel without buttons: a short numbered list at the end of the reply, and the reading of a reply
/// that is just one of those numbers ("2", "2.", "số 2", "câu 2").
/// </summary>
public static partial class NumberedSuggestions
{
    /// <summary>At most this many suggestions are listed.</summary>
    public const int MaxShown = 4;

    /// <summary>The heading above the list.</summary>
    public const string Heading = "Bạn có thể hỏi tiếp (trả lời bằng số):";

    /// <summary>The suggestions listed under an answer, in the order numbered.</summary>
    public static IReadOnlyList<string> Shown(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Suggestions.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Take(MaxShown).ToList();
    }

    /// <summary>The list block ("Bạn có thể hỏi tiếp …\n1. …\n2. …"), or empty when there is nothing to suggest.</summary>
    public static string Render(IReadOnlyList<string> shown)
    {
        ArgumentNullException.ThrowIfNull(shown);
        if (shown.Count == 0)
        {
            return string.Empty;
        }

        var list = new StringBuilder(Heading);
        for (var i = 0; i < shown.Count; i++)
        {
            list.Append('\n').Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(shown[i]);
        }

        return list.ToString();
    }

    /// <summary>True when <paramref name="text"/> is just a choice number (1-based).</summary>
    public static bool TryReadChoice(string? text, out int number)
    {
        number = 0;
        if (text is null || text.Length > 16)
        {
            return false;
        }

        var match = Choice().Match(text);
        return match.Success && int.TryParse(match.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;
    }

    [GeneratedRegex(@"^\s*(?:(?:số|so|câu|cau)\s*)?#?(?<n>[0-9]{1,2})\s*[.)]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Choice();
}
