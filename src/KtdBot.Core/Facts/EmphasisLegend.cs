using System.Text.RegularExpressions;

namespace KtdBot.Facts;

/// <summary>
/// What bold and italics mean in a roster, from its legend ("Đơn vị in đậm giữ nhiệm vụ Khối trưởng; đơn vị in nghiêng
/// giữ nhiệm vụ Khối phó"): the extractors mark such cells as Markdown does ("**…**", "*…*"). Null when unsaid.
/// </summary>
/// <param name="Bold">True: bold marks the deputy; false: the leader; null: nothing.</param>
/// <param name="Italic">The same for italics.</param>
internal sealed partial record EmphasisLegend(bool? Bold, bool? Italic)
{
    public static EmphasisLegend None { get; } = new(null, null);

    public static EmphasisLegend Of(string folded) => new(Role(BoldLegend().Match(folded)), Role(ItalicLegend().Match(folded)));

    /// <summary>The role a marked cell's unit holds (true: deputy), and the unit without its marks.</summary>
    public (string Unit, bool? Deputy) Read(string cell)
    {
        var trimmed = cell.Trim();
        if (trimmed.Length > 4 && trimmed.StartsWith("**", StringComparison.Ordinal) && trimmed.EndsWith("**", StringComparison.Ordinal))
        {
            return (trimmed[2..^2].Trim(), Bold);
        }

        if (trimmed.Length > 2 && trimmed[0] == '*' && trimmed[^1] == '*')
        {
            return (trimmed.Trim('*').Trim(), Italic);
        }

        return (trimmed, null);
    }

    private static bool? Role(Match m) => m.Success ? m.Groups["r"].Value == "pho" : null;

    [GeneratedRegex(@"(?:in|chu|to|boi)\s+dam[^.;()]{0,60}?(?:khoi|cum)\s+(?<r>truong|pho)")]
    private static partial Regex BoldLegend();

    [GeneratedRegex(@"(?:in|chu)\s+nghieng[^.;()]{0,60}?(?:khoi|cum)\s+(?<r>truong|pho)")]
    private static partial Regex ItalicLegend();
}
