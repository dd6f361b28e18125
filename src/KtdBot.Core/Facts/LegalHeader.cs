using System.Text.RegularExpressions;

namespace KtdBot.Facts;

/// <summary>What a document's letterhead says of it: its kind, number, issuer, place and date, and its subject.</summary>
/// <param name="Kind">The kind, from the number's code or the kind line ("QUYẾT ĐỊNH").</param>
/// <param name="Number">"86/2025/QĐ-UBND", or null.</param>
/// <param name="NumberLine">The block the number was read from.</param>
/// <param name="Issuer">The issuer as set in capitals ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "SỞ NỘI VỤ"), or null.</param>
/// <param name="IssuerParent">The body above an issuing office ("UBND TỈNH HÀ TĨNH" above "SỞ NỘI VỤ"), or null.</param>
/// <param name="IssuerLine">The block the issuer ends in.</param>
/// <param name="Date">The date under the motto (yyyy-MM-dd), or null.</param>
/// <param name="DateLine">"Bắc Ninh, ngày 03 tháng 12 năm 2025".</param>
/// <param name="Subject">The subject under the kind line, as written, or null.</param>
/// <param name="KindLine">True when a kind line was found (a number alone may be a dispatch's).</param>
internal sealed record LegalHeading(
    LegalKinds.Kind Kind, string? Number, string? NumberLine, string? Issuer, string? IssuerParent, string? IssuerLine, string? Date, string? DateLine, string? Subject, bool KindLine);

/// <summary>Reads the letterhead of an administrative or legal document from the first blocks of its text.</summary>
internal static partial class LegalHeader
{
    private const int HeaderBlocks = 16;

    public static LegalHeading? Read(LegalText text, string title)
    {
        var blocks = text.Blocks.Take(HeaderBlocks).TakeWhile(b => !BodyStarts().IsMatch(new FoldedText(b).Folded)).ToList();
        var numberAt = blocks.FindIndex(b => Number().IsMatch(b));
        var number = numberAt >= 0 ? Number().Match(blocks[numberAt]) : null;
        var coded = number is null ? null : LegalKinds.OfCode(number.Groups["code"].Value);

        // A typed document's title is its kind line with its subject ("KẾ HOẠCH Tổ chức …"): the cleanest copy of both.
        var titled = IsKindLine(title);
        var kindAt = blocks.FindIndex(IsKindLine);
        var kindBlock = titled ? title : kindAt >= 0 ? blocks[kindAt] : null;
        var named = kindBlock is null ? null : LegalKinds.Opening(new FoldedText(kindBlock).Folded);
        var kind = coded ?? named;
        if (kind is null)
        {
            return null;
        }

        var dateAt = blocks.FindIndex(b => FormalDate().IsMatch(new FoldedText(b).Folded));
        var date = dateAt >= 0 ? VietnameseDates.First(new FoldedText(blocks[dateAt]).Folded) : null;
        var (issuer, issuerLine) = Issuer(blocks, numberAt >= 0 ? numberAt : kindAt, kindAt, titled ? title : null);
        // Under a title that is the kind alone ("# KẾ HOẠCH"), the subject is the first block after the number and date.
        var under = titled ? Math.Max(numberAt, dateAt) + 1 : kindAt >= 0 ? kindAt + 1 : -1;
        while (under > 0 && under < blocks.Count && LegalKinds.Opening(new FoldedText(blocks[under]).Folded) is { } again && blocks[under].Length <= again.Folded.Length + 1)
        {
            under++; // the kind line again, under a title that repeats it
        }

        var subject = kindBlock is null ? null : Subject(kindBlock, named, under > 0 && under < blocks.Count ? blocks[under] : null);
        if (issuer is null && AuthorityLine(blocks, Math.Max(kindAt, 0)) is { } authority)
        {
            // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA" under the subject, when the letterhead was lost.
            (issuer, issuerLine) = (authority, authority);
        }

        var (office, parent) = issuer is null ? (null, null) : Split(issuer);
        return new LegalHeading(kind, number?.Groups["n"].Value, numberAt >= 0 ? blocks[numberAt] : null, office, parent, issuerLine, date, dateAt >= 0 ? blocks[dateAt] : null, subject, named is not null);
    }

    private static string? AuthorityLine(List<string> blocks, int from) =>
        blocks.Skip(from).FirstOrDefault(b => b.Where(char.IsLetter).All(char.IsUpper) && Authority().IsMatch(new FoldedText(b).Folded));

    // "UBND TỈNH HÀ TĨNH SỞ NỘI VỤ": the office that issues it, under its parent body.
    private static (string Office, string? Parent) Split(string issuer)
    {
        var office = OfficeHead().Match(issuer);
        return office.Success && office.Index > 0 ? (issuer[office.Index..].Trim(), issuer[..office.Index].Trim()) : (issuer, null);
    }

    // "QUYẾT ĐỊNH", "KẾ HOẠCH Tổ chức phong trào …": a kind in capitals opening its block.
    private static bool IsKindLine(string block)
    {
        var folded = new FoldedText(block).Folded;
        return LegalKinds.Opening(folded) is { } kind && block[..kind.Folded.Length].All(c => !char.IsLetter(c) || char.IsUpper(c));
    }

    // The issuer: the capitals above the number (or the kind line), without the national motto set beside them.
    private static (string? Issuer, string? Line) Issuer(List<string> blocks, int before, int kindAt, string? title)
    {
        if (before < 0)
        {
            return (null, null);
        }

        var above = blocks.Take(before + 1).Where((_, i) => i != kindAt).ToList();
        if (above.Count > 0 && Number().Match(above[^1]) is { Success: true } numberLine)
        {
            above[^1] = above[^1][..numberLine.Index];
        }

        var letterhead = Motto().Replace(string.Join(' ', above), " ");
        letterhead = title is null ? letterhead : letterhead.Replace(title, " ", StringComparison.Ordinal);
        var caps = Capitals().Match(letterhead);
        return caps.Success ? (caps.Value.Trim().TrimEnd('-', '—', '–', ' '), above.LastOrDefault(a => a.Contains(caps.Value.Trim().Split(' ')[^1], StringComparison.Ordinal))) : (null, null);
    }

    // The subject: the rest of the kind line, else the block under it when it is not the issuing authority's line.
    private static string? Subject(string kindBlock, LegalKinds.Kind? named, string? next)
    {
        var rest = named is null ? string.Empty : kindBlock[named.Folded.Length..].Trim(' ', ':', '-');
        if (rest.Length > 0)
        {
            return rest;
        }

        return next is null || Authority().IsMatch(new FoldedText(next).Folded) || next.Length > 300 ? null : next.Trim();
    }

    // "Số: 86/2025/QĐ-UBND", "Số 0124/KH-UBND".
    [GeneratedRegex(@"Số\s*:?\s*(?<n>\d+(?:/\d{4})?/(?<code>[A-ZĐ][A-Za-zĐđ]*(?:-[A-ZĐ0-9][A-Za-zĐđ0-9]*)*))", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    // "Bắc Ninh, ngày 03 tháng 12 năm 2025", "Quảng Ninh, ngày 25/11/2025".
    [GeneratedRegex(@"\p{L},\s*ngay\s+\d{1,2}(?:\s+thang\s+\d{1,2}\s+nam\s+\d{4}|\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})")]
    private static partial Regex FormalDate();

    // The preamble or the first article: the letterhead is over.
    [GeneratedRegex(@"^(?:can cu|thuc hien|xet |theo de nghi|dieu 1\b|kinh gui|i\.\s)")]
    private static partial Regex BodyStarts();

    // The national motto and the place and date set beside the issuer: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc".
    [GeneratedRegex(@"CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,3},\s*ngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex Motto();

    // Two or more words in capitals: "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "BỘ Y TẾ".
    [GeneratedRegex(@"[\p{Lu}][\p{Lu}\d]*(?:[\s,.-]+[\p{Lu}\d][\p{Lu}\d]*)+", RegexOptions.CultureInvariant)]
    private static partial Regex Capitals();

    // The head of an office under a parent body: "SỞ NỘI VỤ", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "KHỐI THI ĐUA SỐ 2"; not "ỦY BAN".
    [GeneratedRegex(@"(?<!(?:ỦY|UỶ)\s)(?<=\s)(?:SỞ|HỘI ĐỒNG|KHỐI|CỤM|BAN|VĂN PHÒNG|PHÒNG|TRUNG TÂM|CỤC|CHI CỤC)\s", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeHead();

    // "BỘ TRƯỞNG BỘ Y TẾ", "ỦY BAN NHÂN DÂN TỈNH …": who issues it, set under the subject.
    [GeneratedRegex(@"^(?:bo truong|thu truong|uy ban nhan dan|hoi dong nhan dan|chu tich|giam doc|thu tuong|chinh phu|truong ban)\b")]
    private static partial Regex Authority();
}
