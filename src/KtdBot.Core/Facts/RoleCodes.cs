using System.Globalization;
using System.Text.RegularExpressions;

namespace KtdBot.Facts;

/// <summary>
/// Short codes a roster puts in its role column, as its legend defines them ("Ghi chú: KT: Khối trưởng; KP: Khối phó").
/// Without a legend a code means nothing: "KT" is read only where the document says what it stands for.
/// </summary>
internal sealed partial class RoleCodes
{
    private readonly Dictionary<string, string> _roleByCode;

    private RoleCodes(Dictionary<string, string> roleByCode) => _roleByCode = roleByCode;

    public static RoleCodes None { get; } = new([]);

    public static RoleCodes Of(string text)
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in Legend().Matches(text))
        {
            codes.TryAdd(m.Groups["code"].Value, m.Groups["kind"].Value + " " + m.Groups["role"].Value);
        }

        return codes.Count == 0 ? None : new RoleCodes(codes);
    }

    /// <summary>True: deputy; false: leader; null: the cell is not a code the legend defines.</summary>
    public bool? Role(string? cell) => Label(cell) is { } label ? new FoldedText(label).Folded.EndsWith("pho", StringComparison.Ordinal) : null;

    /// <summary>What a code stands for, capitalised as a header ("KT" → "Khối trưởng"); null when the legend lacks it.</summary>
    public string? Label(string? cell) =>
        cell is not null && _roleByCode.TryGetValue(cell.Trim().TrimEnd('.'), out var label) ? char.ToUpperInvariant(label[0]) + label[1..] : null;

    /// <summary>"KT 2025: Sở Tài chính" in a note: the role and the year it was held; null when the note is not that.</summary>
    public (bool Deputy, int Year)? RoleOfYear(string? note)
    {
        if (note is null || CodeAndYear().Match(note.Trim()) is not { Success: true } m || Role(m.Groups["code"].Value) is not { } deputy)
        {
            return null;
        }

        return (deputy, int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture));
    }

    // "KT: Khối trưởng", "KP = Khối phó", "(CT) - Cụm trưởng".
    [GeneratedRegex(@"(?<![\p{L}\d])\(?(?<code>\p{Lu}{2,3})\)?\s*(?::|=|-|–|là)\s*(?<kind>[Kk]hối|[Cc]ụm)\s+(?<role>trưởng|phó)")]
    private static partial Regex Legend();

    [GeneratedRegex(@"^(?<code>\p{Lu}{2,3})\s+(?:năm\s+)?(?<y>20\d\d)\b")]
    private static partial Regex CodeAndYear();
}
