using System.Text.RegularExpressions;

namespace KtdBot.Facts;

/// <summary>A document named in a sentence: "Quyết định số 13/2024/QĐ-UBND ngày 31 tháng 5 năm 2024 của Ủy ban nhân dân tỉnh Bắc Ninh".</summary>
/// <param name="Kind">Its kind.</param>
/// <param name="Number">"13/2024/QĐ-UBND".</param>
/// <param name="Start">Where the mention starts in the sentence.</param>
/// <param name="End">Where its number (or its date and issuer, when they follow) ends.</param>
/// <param name="Date">"ngày 31 tháng 5 năm 2024" right after the number, as yyyy-MM-dd.</param>
/// <param name="Issuer">"của Ủy ban nhân dân tỉnh Bắc Ninh" right after, without "của".</param>
internal sealed record DocumentMention(LegalKinds.Kind Kind, string Number, int Start, int End, string? Date, string? Issuer);

/// <summary>
/// The closing clauses of a document, and the documents its sentences name: "Quyết định này có hiệu lực kể từ ngày ký",
/// "… có hiệu lực thi hành từ ngày 10 tháng 12 năm 2025", "… thay thế Quyết định số …", "Bãi bỏ Quyết định số …".
/// </summary>
internal static partial class LegalClauses
{
    // How far the replaced document may stand after its verb, and the next one after it in a list (", và ").
    private const int VerbReach = 40;
    private const int ListReach = 6;

    /// <summary>The effect a sentence states after <paramref name="from"/>: a date or "from signing", and where the statement starts.</summary>
    public static (string? Date, bool FromSigning, int At)? Effective(string sentence, int from = 0)
    {
        var folded = new FoldedText(sentence).Folded;
        if (InForce().Match(folded, from) is not { Success: true } m)
        {
            return null;
        }

        return m.Groups["signing"].Success ? (null, true, m.Index)
            : VietnameseDates.Iso(VietnameseDates.Pattern().Match(folded, m.Groups["date"].Index)) is { } date ? (date, false, m.Index) : null;
    }

    /// <summary>True when the sentence speaks of the document it is written in: "Quyết định này", "Nghị quyết này".</summary>
    public static bool AboutItself(string sentence) => ItselfCue.IsMatch(new FoldedText(sentence).Folded);

    /// <summary>True for a preamble's clause ("Căn cứ …", "Xét Tờ trình …"): what it names, it names as a ground.</summary>
    public static bool IsPreamble(string sentence) => Preamble().IsMatch(new FoldedText(sentence).Folded);

    /// <summary>
    /// The documents a sentence says this one replaces or repeals: the document named just after "thay thế" or "bãi bỏ"
    /// ("thay thế Quy chế ban hành kèm theo Quyết định số …"), and those listed right after it ("…, Quyết định số … và …").
    /// Only a sentence that speaks of this document, or gives the order itself ("Bãi bỏ …"), counts.
    /// </summary>
    public static IEnumerable<(DocumentMention Document, bool Repealed, string Text)> Replaced(string sentence)
    {
        var folded = new FoldedText(sentence).Folded;
        if (IsPreamble(sentence) || !(AboutItself(sentence) || OrderOpening().IsMatch(folded)))
        {
            yield break;
        }

        var verbs = ReplaceVerb().Matches(folded).ToList();
        var mentions = Mentions(sentence).ToList();
        foreach (Match verb in verbs)
        {
            var after = verb.Index + verb.Length;
            var reach = VerbReach;
            foreach (var mention in mentions.Where(m => m.Start >= after).OrderBy(m => m.Start))
            {
                if (mention.Start - after > reach)
                {
                    break;
                }

                yield return (mention, verb.Groups["verb"].Value == "bai bo", sentence[mention.Start..mention.End].Trim());
                (after, reach) = (mention.End, ListReach);
            }
        }
    }

    /// <summary>Every document a sentence names by kind and number, with the date and issuer that follow it.</summary>
    public static IEnumerable<DocumentMention> Mentions(string sentence)
    {
        var folded = new FoldedText(sentence).Folded;
        foreach (Match m in Mention.Matches(folded))
        {
            var kind = LegalKinds.All.FirstOrDefault(k => k.Folded == m.Groups["kind"].Value);
            var number = sentence.Substring(m.Groups["n"].Index, m.Groups["n"].Length);
            kind ??= LegalKinds.OfCode(number.Split('/')[^1]);
            if (kind is null)
            {
                continue;
            }

            var end = m.Index + m.Length;
            string? date = null;
            if (DateAfter().Match(folded, end) is { Success: true } dated && dated.Index == end)
            {
                date = VietnameseDates.Iso(VietnameseDates.Pattern().Match(folded, dated.Index));
                end = dated.Index + dated.Length;
            }

            string? issuer = null;
            if (IssuerAfter().Match(folded, end) is { Success: true } by && by.Index == end)
            {
                issuer = sentence.Substring(by.Groups["who"].Index, by.Groups["who"].Length).Trim();
                end = by.Index + by.Length;
            }

            yield return new DocumentMention(kind, number, m.Index, end, date, issuer);
        }
    }

    // "có hiệu lực (thi hành) (kể) từ ngày ký (ban hành)", "… từ ngày 15 tháng 12 năm 2025", "… từ 01/7/2025"; never "hết hiệu lực".
    [GeneratedRegex(@"(?<!het\s)co hieu luc(?: thi hanh)?(?: ke)? tu (?:(?<signing>ngay ky\b)|(?<date>(?:ngay\s+)?\d{1,2}(?:\s+thang\s+|\s*[/.-]\s*)\d{1,2}(?:\s+nam\s+|\s*[/.-]\s*)\d{4}))")]
    private static partial Regex InForce();

    private static readonly Regex ItselfCue = new($@"\b(?:{LegalKinds.FoldedNames}|van ban) nay\b", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"^(?:dieu\s+\d+\.?\s*)?(?:can cu|xet |theo de nghi|thuc hien)")]
    private static partial Regex Preamble();

    // "Bãi bỏ Quyết định số …", "2. Thay thế …": an article giving the order.
    [GeneratedRegex(@"^(?:dieu\s+\d+\.?\s*|\d{1,2}\.\s*)?(?:bai bo|thay the)\b")]
    private static partial Regex OrderOpening();

    [GeneratedRegex(@"\b(?<verb>thay the|bai bo)\b")]
    private static partial Regex ReplaceVerb();

    // "Quyết định số 13/2024/QĐ-UBND", or a number alone whose code says its kind ("06/2022/QH15"); never "số /2025/QĐ-UBND".
    private static readonly Regex Mention = new(
        $@"\b(?:(?<kind>{LegalKinds.FoldedNames})\s+(?:so\s+)?)?(?<![/\d])(?<n>\d{{1,5}}(?:/\d{{4}})?/[a-z][a-z0-9]*(?:-[a-z0-9]+)*)",
        RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\s+ngay\s+\d{1,2}(?:\s+thang\s+\d{1,2}\s+nam\s+\d{4}|[/.-]\d{1,2}[/.-]\d{4})")]
    private static partial Regex DateAfter();

    // "của Ủy ban nhân dân tỉnh Bắc Ninh", up to what follows it ("về việc …", "ban hành …", "quy định …", a comma).
    [GeneratedRegex(@"\s+cua\s+(?<who>(?:chinh phu|thu tuong chinh phu|quoc hoi|bo\s|uy ban|ubnd|hoi dong|hdnd|ban\s|so\s|van phong|tong cuc|cuc\s)[^,;.()]{0,70}?)(?=\s+(?:ve|ban hanh|quy dinh|huong dan|quy chi tiet|sua doi|phe duyet|trien khai|phat dong|thuc hien)\b|[,;.()]|$)")]
    private static partial Regex IssuerAfter();
}
