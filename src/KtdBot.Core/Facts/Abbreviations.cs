using System.Text.RegularExpressions;

namespace KtdBot.Facts;

/// <summary>
/// The abbreviations a roster's legend spells out ("Ghi chú viết tắt: TC = Tài chính; GL = Gia Lai; BQL KKT = Ban Quản
/// lý Khu kinh tế"), so "Sở TC" in its table is recorded as "Sở Tài chính", the name people ask with. Role codes
/// ("KT = Khối trưởng") are RoleCodes' business and are left out.
/// </summary>
internal sealed partial class Abbreviations
{
    private readonly Dictionary<string, string> _full;

    private readonly Regex? _codes;

    private Abbreviations(Dictionary<string, string> full)
    {
        _full = full;
        _codes = full.Count == 0 ? null : new Regex(
            @"(?<![\p{L}\d&])(?:" + string.Join('|', full.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")(?![\p{L}\d&])",
            RegexOptions.CultureInvariant);
    }

    public static Abbreviations None { get; } = new([]);

    public static Abbreviations Of(string text)
    {
        var full = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match legend in Legend().Matches(text))
        {
            foreach (var entry in legend.Groups["list"].Value.Split([';', '\n']))
            {
                if (Entry().Match(entry.Trim()) is { Success: true } m && !IsRole(m.Groups["full"].Value) && m.Groups["full"].Value.Length > m.Groups["code"].Length)
                {
                    full.TryAdd(m.Groups["code"].Value.Trim(), m.Groups["full"].Value.Trim().TrimEnd('.'));
                }
            }
        }

        return full.Count == 0 ? None : new Abbreviations(full);
    }

    /// <summary>The name with every abbreviation the legend defines written out, and "P. Cam Đường" as "Phường Cam Đường".</summary>
    public string Expand(string name)
    {
        var expanded = _codes is null ? name : Replace(name);
        return UnitTypePrefix().Replace(expanded, m => UnitTypes[m.Groups["t"].Value] + " ");
    }

    // "VP UBND tỉnh" with "VP UBND = Văn phòng UBND tỉnh": the word the full form ends with is not said twice.
    private string Replace(string name)
    {
        var text = new System.Text.StringBuilder();
        var at = 0;
        foreach (Match m in _codes!.Matches(name))
        {
            var full = _full[m.Value];
            text.Append(name, at, m.Index - at).Append(full);
            at = m.Index + m.Length;
            var last = " " + full[(full.LastIndexOf(' ') + 1)..];
            if (name.AsSpan(at).StartsWith(last, StringComparison.Ordinal) && (at + last.Length == name.Length || !char.IsLetter(name[at + last.Length])))
            {
                at += last.Length;
            }
        }

        return text.Append(name, at, name.Length - at).ToString();
    }

    // Unit types every office shortens the same way, legend or not.
    private static readonly Dictionary<string, string> UnitTypes = new(StringComparer.Ordinal) { ["P"] = "Phường", ["X"] = "Xã", ["TT"] = "Thị trấn" };

    private static bool IsRole(string full) => new FoldedText(full).Folded.Trim() is "khoi truong" or "khoi pho" or "cum truong" or "cum pho";

    // "Ghi chú viết tắt: …", "Chữ viết tắt: …" up to the end of the line; "Ghi chú (ký hiệu, chữ viết tắt):" and the
    // lines under it, up to a blank line.
    [GeneratedRegex(@"viết tắt\)?\s*:?(?<list>[^\n]*(?:\n[^\S\n]*\S[^\n]*){0,12})", RegexOptions.IgnoreCase)]
    private static partial Regex Legend();

    // "BQL KKT = Ban Quản lý Khu kinh tế", "TC: Tài chính", "PT-TH: Phát thanh, Truyền hình", "Sở TC - Sở Tài chính", "Báo và PT,TH LC - Báo và …": a
    // short code with capitals, and what it stands for.
    [GeneratedRegex(@"^(?<code>(?=(?:[^=:]*?\p{Lu}){2})[\p{L}&,.\s]{1,20}?(?:-\p{Lu}{1,4})?)\s*(?:[=:]|\s[-–]\s)\s*(?<full>\p{Lu}.{2,80})$")]
    private static partial Regex Entry();

    [GeneratedRegex(@"^(?<t>P|X|TT)\.\s*(?=\p{Lu})")]
    private static partial Regex UnitTypePrefix();
}
