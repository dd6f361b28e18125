using System.Text.RegularExpressions;
using KtdBot.Text;

namespace KtdBot.Answering;

/// <summary>
/// Splits a question that asks two things one after the other — "Hội Nông dân tỉnh thuộc khối nào, khối đó gồm những
/// ai" — into its parts, the second referring back to the first. The openers of a second part are the cue list
/// "second-part"; a first part must itself ask something ("nào", "ai", "gì" …), so "các đơn vị trong khối đó" is not cut.
/// </summary>
internal static partial class QuestionParts
{
    private static readonly HashSet<string> QuestionWords = ["nao", "ai", "gi", "bao", "may", "khong", "chua", "dau", "sao"];

    public static IReadOnlyList<string> Split(string question, QuestionCues? cues = null)
    {
        var openers = (cues ?? QuestionCues.Default)[Cue.SecondPart];
        foreach (Match joint in Joint().Matches(question))
        {
            var first = question[..joint.Index].Trim();
            var second = question[(joint.Index + joint.Length)..].Trim();
            var words = VietnameseText.Fold(second).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var asks = VietnameseText.Fold(first).ToLowerInvariant().Split([' ', ',', '?'], StringSplitOptions.RemoveEmptyEntries).Any(QuestionWords.Contains);
            if (asks && openers.Any(o => o.Length <= words.Length && o.SequenceEqual(words.Take(o.Length))))
            {
                return [first, second];
            }
        }

        return [question];
    }

    [GeneratedRegex(@"\s*,\s*(?:(?:và|va)\s+)?|\s+(?:và|va)\s+(?=(?:khối|khoi|cụm|cum|đơn|don|hội|hoi|văn|van)\s+(?:đó|do|này|nay|vị|vi|nghị|nghi|bản|ban))", RegexOptions.IgnoreCase)]
    private static partial Regex Joint();
}
