using KtdBot.Text;

namespace KtdBot.Facts;

/// <summary>
/// The kinds of administrative and legal document, in one table: the kind as written, the code its number carries
/// ("86/2025/QĐ-UBND" → QĐ) and the shorthand people type for it ("qđ 86"). A new kind is a row here.
/// </summary>
internal static class LegalKinds
{
    /// <summary>A kind of document.</summary>
    /// <param name="Name">As written: "Quyết định".</param>
    /// <param name="Code">The code of its numbers ("QĐ"); null for a kind numbered under another's code.</param>
    /// <param name="Folded">Its name folded: "quyet dinh".</param>
    /// <param name="Shorthand">What people type for it before a number ("qd").</param>
    internal sealed record Kind(string Name, string? Code, string Folded, string? Shorthand);

    public static readonly IReadOnlyList<Kind> All =
    [
        new("Quyết định", "QĐ", "quyet dinh", "qd"),
        new("Kế hoạch", "KH", "ke hoach", "kh"),
        new("Nghị quyết", "NQ", "nghi quyet", "nq"),
        new("Nghị định", "NĐ", "nghi dinh", "nd"),
        new("Thông tư", "TT", "thong tu", "tt"),
        new("Hướng dẫn", "HD", "huong dan", "hd"),
        new("Chỉ thị", "CT", "chi thi", "ct"),
        new("Thông báo", "TB", "thong bao", "tb"),
        new("Báo cáo", "BC", "bao cao", "bc"),
        new("Tờ trình", "TTr", "to trinh", null),
        new("Chương trình", "CTr", "chuong trinh", null),
        new("Kết luận", "KL", "ket luan", null),
        new("Luật", "QH", "luat", null),
        new("Quy chế", null, "quy che", null),
        new("Quy định", null, "quy dinh", null),
    ];

    /// <summary>Every kind's folded name as a regular-expression alternation, longest first ("quyet dinh|ke hoach|…").</summary>
    public static string FoldedNames { get; } = string.Join('|', All.Select(k => k.Folded).OrderByDescending(n => n.Length));

    /// <summary>Every kind's folded name and shorthand as an alternation, longest first ("quyet dinh|…|qd|kh").</summary>
    public static string FoldedNamesAndShorthand { get; } =
        string.Join('|', All.Select(k => k.Folded).Concat(All.Select(k => k.Shorthand).OfType<string>()).OrderByDescending(n => n.Length));

    /// <summary>The kind a number's code names ("QĐ-UBND" → Quyết định, "QH15" → Luật), or null.</summary>
    public static Kind? OfCode(string code)
    {
        var head = code.Split('-')[0];
        return All.Where(k => k.Code is not null && head.StartsWith(k.Code, StringComparison.Ordinal))
            .OrderByDescending(k => k.Code!.Length)
            .FirstOrDefault(k => head.Length == k.Code!.Length || char.IsDigit(head[k.Code!.Length]));
    }

    /// <summary>The kind whose name a folded text starts with ("quyet dinh ve viec …"), or null.</summary>
    public static Kind? Opening(string folded) =>
        All.FirstOrDefault(k => folded.StartsWith(k.Folded, StringComparison.Ordinal) && (folded.Length == k.Folded.Length || !char.IsLetter(folded[k.Folded.Length])));

    /// <summary>The kind named exactly ("Nghị định", "nđ"), or null.</summary>
    public static Kind? Named(string text)
    {
        var folded = VietnameseText.Fold(text).ToLowerInvariant().Trim();
        return All.FirstOrDefault(k => k.Folded == folded || k.Shorthand == folded);
    }
}
