using System.Globalization;
using System.Text.RegularExpressions;
using KtdBot.Text;

namespace KtdBot.Ingestion;

/// <summary>
/// A typed administrative document opens with its letterhead (issuer, number, national motto, place and date), then its
/// kind on a line of its own ("KẾ HOẠCH", "THÔNG BÁO") and its subject on the lines below. The kind and subject are its
/// title; the letterhead is content (the number and issuer are asked about), not a news page's menu above a headline.
/// </summary>
public static partial class AdministrativeHeader
{
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal)
    {
        "ke hoach", "quyet dinh", "thong bao", "bao cao", "huong dan", "to trinh", "nghi quyet", "quy che", "quy dinh",
        "chuong trinh", "bien ban", "ket luan", "cong van", "giay moi", "chi thi", "danh sach",
    };

    private const int HeaderLines = 15;

    /// <summary>
    /// The lines with the title (kind and subject joined) first and the letterhead after it; the lines as they are when
    /// the document does not open like an administrative one.
    /// </summary>
    public static (IReadOnlyList<string> Lines, string? Title, string? Date) Reorder(IReadOnlyList<string> lines)
    {
        var kind = KindLine(lines);
        if (kind < 0)
        {
            return (lines, null, null);
        }

        var end = kind + 1;
        while (end < lines.Count && end - kind <= 4 && IsSubjectLine(lines[end]))
        {
            end++;
        }

        var title = string.Join(' ', lines.Skip(kind).Take(end - kind).Select(l => l.Trim()));
        // A PDF may run the subject into the first part's heading: "… của Khối thi đua số 2 I. ĐẶC ĐIỂM TÌNH HÌNH".
        title = FirstPart().Split(title)[0].Trim();
        var reordered = new List<string>(lines.Count) { title };
        reordered.AddRange(lines.Take(kind));
        reordered.AddRange(lines.Skip(end));
        var dated = lines.Take(kind).Select(l => FormalDate().Match(l)).FirstOrDefault(m => m.Success);
        return (reordered, title, dated is null ? null : $"{dated.Groups["y"].Value}-{int.Parse(dated.Groups["m"].Value, CultureInfo.InvariantCulture):D2}-{int.Parse(dated.Groups["d"].Value, CultureInfo.InvariantCulture):D2}");
    }

    // "Cao Bằng, ngày 12 tháng 02 năm 2026": the date the document was signed.
    [GeneratedRegex(@"\p{L},\s*ngày\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>20\d\d)", RegexOptions.IgnoreCase)]
    private static partial Regex FormalDate();

    private static int KindLine(IReadOnlyList<string> lines)
    {
        var seen = 0;
        for (var i = 0; i < lines.Count && seen < HeaderLines; i++)
        {
            var text = lines[i].Trim();
            if (text.Length == 0)
            {
                continue;
            }

            seen++;
            if (i > 0 && (IsKind(text) || KindThenSubject().Match(text) is { Success: true } m && IsKind(m.Groups["kind"].Value)))
            {
                return i;
            }

            if (text.Length > 100)
            {
                return -1; // a paragraph before any kind line: not a letterhead
            }
        }

        return -1;
    }

    [GeneratedRegex(@"\s(?:[IVX]{1,4}|1)\.\s+(?=\p{Lu})")]
    private static partial Regex FirstPart();

    /// <summary>True for a document's kind alone in capitals: "KẾ HOẠCH", "QUYẾT ĐỊNH", "THÔNG BÁO".</summary>
    public static bool IsKind(string text) =>
        text.Any(char.IsLetter) && text.Where(char.IsLetter).All(char.IsUpper) && Kinds.Contains(VietnameseText.Fold(text).Trim(' ', ':', '.').ToLowerInvariant());

    // "QUYẾT ĐỊNH Về việc tặng Cờ thi đua …": a PDF joins the kind and the subject in one line.
    [GeneratedRegex(@"^(?<kind>\p{Lu}+(?: \p{Lu}+)?) (?=\p{Lu}\p{Ll})")]
    private static partial Regex KindThenSubject();

    // The subject under the kind: "Tổ chức phong trào thi đua …", "năm 2026"; not the first sentence or "Căn cứ …".
    private static bool IsSubjectLine(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.Length > 220)
        {
            return false;
        }

        var folded = VietnameseText.Fold(text).ToLowerInvariant();
        return !folded.StartsWith("can cu", StringComparison.Ordinal) && !folded.StartsWith("thuc hien", StringComparison.Ordinal)
            && !folded.StartsWith("kinh gui", StringComparison.Ordinal) && !char.IsDigit(text[0]) && !text.StartsWith("I.", StringComparison.Ordinal)
            && !text.All(c => c is '-' or '*' or '_' or ' ') && !Enacting().IsMatch(folded);
    }

    // "ỦY BAN NHÂN DÂN TỈNH GIA LAI" under a decision's subject: the authority that enacts it, then its grounds.
    [GeneratedRegex(@"^(?:uy ban nhan dan|ubnd|chu tich|hoi dong nhan dan|bo truong|giam doc).{0,60}$")]
    private static partial Regex Enacting();
}
