using System.Text.RegularExpressions;

namespace KtdBot.Facts;

/// <summary>
/// Short codes a roster puts in its role column, as its legend defines them ("Ghi chú: KT: Khối trưởng; KP: Khối phó").
/// Without a legend a code means nothing: "KT" is read only where the document says what it stands for.
/// </summary>
internal sealed partial class RoleCodes
{
    private readonly Dictionary<string, bool> _deputyByCode;

    private RoleCodes(Dictionary<string, bool> deputyByCode) => _deputyByCode = deputyByCode;

    public static RoleCodes None { get; } = new([]);

    public static RoleCodes Of(string text)
    {
        var codes = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (Match m in Legend().Matches(text))
        {
            codes.TryAdd(m.Groups["code"].Value, new FoldedText(m.Groups["role"].Value).Folded == "pho");
        }

        return codes.Count == 0 ? None : new RoleCodes(codes);
    }

    /// <summary>True: deputy; false: leader; null: the cell is not a code the legend defines.</summary>
    public bool? Role(string? cell) => cell is not null && _deputyByCode.TryGetValue(cell.Trim().TrimEnd('.'), out var deputy) ? deputy : null;

    // "KT: Khối trưởng", "KP = Khối phó", "(CT) - Cụm trưởng".
    [GeneratedRegex(@"(?<![\p{L}\d])\(?(?<code>\p{Lu}{2,3})\)?\s*(?::|=|-|–|là)\s*(?:[Kk]hối|[Cc]ụm)\s+(?<role>trưởng|phó)")]
    private static partial Regex Legend();
}
