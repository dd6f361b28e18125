using KtdBot.Text;

namespace KtdBot.Documents;

/// <summary>
/// Bold and italic as meaning: a roster may mark its leader in bold and its deputy in italics, saying so in a legend
/// ("Đơn vị in đậm giữ nhiệm vụ Khối trưởng"). Only a document with such a legend has its marked cells written as
/// Markdown does ("**Sở Y tế**", "*Sở Tư pháp*"), so fact extraction can read the marks; other documents are left plain.
/// </summary>
internal static class Emphasis
{
    private static readonly string[] LegendCues = ["in dam", "in nghieng", "chu dam", "chu nghieng", "to dam", "boi dam"];

    public static bool HasLegend(string text)
    {
        var folded = VietnameseText.Fold(text);
        return LegendCues.Any(c => folded.Contains(c, StringComparison.Ordinal));
    }

    public static string Mark(string text, bool bold, bool italic) =>
        text.Length == 0 ? text : bold ? $"**{text}**" : italic ? $"*{text}*" : text;
}
