using System.Text.RegularExpressions;
using KtdBot.Text;

namespace KtdBot.Answering;

/// <summary>
/// Splits a question that asks two things one after the other into its parts, the second answered as a follow-up of the
/// first: "Hội Nông dân tỉnh thuộc khối nào, khối đó gồm những ai" (the second opens with a cue of the list
/// "second-part"), "QĐ 71 ký ngày nào, theo tờ trình số mấy", "hiệu lực từ ngày nào và thay thế quyết định nào" (each
/// part asks with its own question word). A first part must itself ask, so "các đơn vị trong khối đó" or "Hội Luật gia và
/// Hội Nhà báo có cùng khối không" are not cut, and a bare "đúng không" is a tag, not a second question.
/// </summary>
internal static partial class QuestionParts
{
    // The words that ask for something (not the yes/no tags that a statement to be checked ends with).
    private static readonly HashSet<string> AskingWords = ["nao", "ai", "gi", "bao", "may", "dau"];

    private static readonly HashSet<string> QuestionWords = [.. AskingWords, "khong", "chua", "sao"];

    private static readonly HashSet<string> YesNoTails = ["khong", "ko", "k", "chua"];

    private static readonly HashSet<string> TagWords = ["dung", "phai", "co", "khong", "ko", "k", "chua", "vay", "a", "ad", "ha", "nhi", "the", "duoc", "dc", "sao"];

    public static IReadOnlyList<string> Split(string question, QuestionCues? cues = null)
    {
        var openers = (cues ?? QuestionCues.Default)[Cue.SecondPart];
        foreach (Match joint in Joint().Matches(question))
        {
            var first = question[..joint.Index].Trim();
            var second = question[(joint.Index + joint.Length)..].Trim();
            var firstWords = Words(first);
            var words = Words(second);
            var opens = firstWords.Any(QuestionWords.Contains) && openers.Any(o => o.Length <= words.Length && o.SequenceEqual(words.Take(o.Length)));
            if (opens || (firstWords.Any(AskingWords.Contains) && AsksOnItsOwn(words)))
            {
                return [first, second];
            }
        }

        return [question];
    }

    // "theo tờ trình số mấy", "có mất phí ko": a question word and something it asks about, not a tag like "đúng không".
    private static bool AsksOnItsOwn(string[] words) =>
        words.Length >= 3 && words.Any(w => !TagWords.Contains(w))
        && (words.Any(AskingWords.Contains) || YesNoTails.Contains(words[^1]));

    private static string[] Words(string text) =>
        VietnameseText.Fold(text).ToLowerInvariant().Split([' ', ',', '?', '.'], StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"\s*,\s*(?:(?:và|va)\s+)?|\s+(?:và|va)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Joint();
}
