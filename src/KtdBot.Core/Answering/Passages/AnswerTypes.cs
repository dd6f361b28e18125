using System.Text.RegularExpressions;

namespace KtdBot.Answering.Passages;

/// <summary>The kind of fact a question wants, read from its wording rather than from what it is about.</summary>
internal enum AnswerType
{
    /// <summary>Nothing typed: any sentence that covers the question.</summary>
    None,

    /// <summary>"ngày nào", "hạn chót", "hiệu lực từ khi nào": a date.</summary>
    Date,

    /// <summary>"bao lâu", "bao nhiêu ngày": a length of time.</summary>
    Duration,

    /// <summary>"bao nhiêu phần trăm", "tỷ lệ … bao nhiêu": a percentage.</summary>
    Percent,

    /// <summary>"mấy lần", "tối đa bao nhiêu người": a count.</summary>
    Count,

    /// <summary>"ai ký": the person who signed the document.</summary>
    Signer,

    /// <summary>"ban hành ngày nào": the date the document was issued.</summary>
    Issued,

    /// <summary>"có hiệu lực từ khi nào": the date a document takes effect.</summary>
    Effective,

    /// <summary>"thay thế văn bản nào": the documents a document replaces or repeals.</summary>
    Replaces,

    /// <summary>"cơ quan nào ban hành": who issued a document.</summary>
    Issuer,

    /// <summary>"ai có thẩm quyền", "ai quyết định": an office that decides.</summary>
    Authority,

    /// <summary>"nghị định nào", "thay thế văn bản nào": a legal document by its number.</summary>
    Document,

    /// <summary>"giữ chức vụ gì": a position.</summary>
    Position,

    /// <summary>"số điện thoại", "email": a way to get in touch.</summary>
    Contact,

    /// <summary>"thưởng bao nhiêu tiền": a sum of money, or a multiple of the base salary.</summary>
    Amount,
}

/// <summary>
/// One table from question wording to the answer type and the evidence a unit must carry to be that answer.
/// Rows are tried in order; the first whose cue the question holds wins. A question with a type is answered only by a
/// unit that shows the evidence: "bao nhiêu ngày" is not answered by a sentence without a number of days.
/// </summary>
internal static partial class AnswerTypes
{
    // The cues of each type, in precedence, are data (Answering/Data/question-cues.yaml, answer-types); the evidence is here.
    private sealed record Row(AnswerType Type, string[][] Cues);

    private static readonly Row[] Rows = QuestionCues.Default.AnswerTypes.Select(t => new Row(t.Type, t.Phrases)).ToArray();

    private static Regex Evidence(AnswerType type) => type switch
    {
        AnswerType.Contact => Contact(),
        AnswerType.Issued or AnswerType.Date or AnswerType.Effective => Date(),
        AnswerType.Replaces => LegalDocument(),
        AnswerType.Issuer => Issuing(),
        AnswerType.Signer => PersonName(),
        AnswerType.Percent => Percentage(),
        AnswerType.Duration => Duration(),
        AnswerType.Count => Count(),
        AnswerType.Document => LegalDocument(),
        AnswerType.Position => Position(),
        AnswerType.Authority => Authority(),
        AnswerType.Amount => Money(),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "no evidence for this answer type"),
    };

    /// <summary>The answer type <paramref name="question"/> (folded syllables) asks for first.</summary>
    public static AnswerType Of(IReadOnlyList<string> question) => AllOf(question).FirstOrDefault(AnswerType.None);

    /// <summary>Every answer type <paramref name="question"/> asks for: "hiệu lực từ khi nào, thay thế văn bản nào" asks two.</summary>
    public static IReadOnlyList<AnswerType> AllOf(IReadOnlyList<string> question) =>
        Rows.Where(r => Phrases.AnyExact(question, r.Cues)).Select(r => r.Type).Distinct().ToList();

    /// <summary>
    /// True for a decision's preamble ("Căn cứ Luật … ngày 15 tháng 6 năm 2022;", "Theo đề nghị của …"): the dates and
    /// numbers in it belong to other documents, so it answers only "which document" questions.
    /// </summary>
    public static bool IsPreamble(string unit) => PreambleOpeners.Any(o => unit.StartsWith(o, StringComparison.Ordinal)) && !unit.Contains("Điều ", StringComparison.Ordinal);

    /// <summary>
    /// The kind of document a "which document" question names ("căn cứ thông tư nào" → "Thông tư"), or null: a unit that
    /// cites only a decree does not answer it.
    /// </summary>
    public static string? DocumentKindAsked(IReadOnlyList<string> question) =>
        KindsAsked.FirstOrDefault(k => Phrases.AnyExact(question, [k.Cue])).Kind;

    /// <summary>True when <paramref name="unit"/> cites a document of <paramref name="kind"/> ("Thông tư số 15/2025/TT-BNV", "Luật Thi đua, khen thưởng").</summary>
    public static bool CitesKind(string kind, string unit) => kind == "Luật"
        ? Regex.IsMatch(unit, @"\bLuật\s+\p{Lu}", RegexOptions.CultureInvariant)
        : Regex.IsMatch(Text.VietnameseText.Fold(unit), $@"\b{Text.VietnameseText.Fold(kind)}\s+(?:so\s+)?\d", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly (string[] Cue, string Kind)[] KindsAsked =
    [
        (["thong", "tu", "nao"], "Thông tư"), (["nghi", "dinh", "nao"], "Nghị định"), (["nghi", "quyet", "nao"], "Nghị quyết"),
        (["quyet", "dinh", "nao"], "Quyết định"), (["luat", "nao"], "Luật"), (["chi", "thi", "nao"], "Chỉ thị"),
    ];

    /// <summary>True when the question asks about what a preamble cites: "theo tờ trình số mấy", "căn cứ thông tư nào".</summary>
    public static bool AsksPreamble(IReadOnlyList<string> question) => Phrases.AnyExact(question, PreambleSubjects);

    private static readonly string[][] PreambleSubjects = [["to", "trinh"], ["can", "cu"], ["de", "nghi", "cua"]];

    private static readonly string[] PreambleOpeners = ["Căn cứ ", "Theo đề nghị", "Xét đề nghị"];

    /// <summary>True for the facts a document states once, in its header or signature, rather than in a sentence.</summary>
    public static bool AboutTheDocument(AnswerType type) => type is AnswerType.Signer or AnswerType.Issued;

    /// <summary>True when <paramref name="unit"/> holds an answer of <paramref name="type"/>.</summary>
    public static bool Shows(AnswerType type, string unit) =>
        type == AnswerType.None || Evidence(type).IsMatch(unit);

    /// <summary>True when <paramref name="folded"/> is a word of one of the cues that ask for <paramref name="type"/> ("ký" in "ai ký").</summary>
    public static bool IsCue(AnswerType type, string folded) =>
        Rows.FirstOrDefault(r => r.Type == type) is { } row && row.Cues.Any(c => c.Contains(folded, StringComparer.Ordinal));

    // "18.720.000 đồng", "2,34 triệu", "1,5 lần mức lương cơ sở".
    [GeneratedRegex(@"\d{1,3}(?:[.,]\d{3})+\s*(?:đồng|đ\b|VNĐ|VND)|\d+(?:[.,]\d+)?\s*(?:triệu|tỷ|tỉ|nghìn|ngàn)(?!\p{L})|\d+(?:[.,]\d+)?\s*lần\s+(?:mức\s+)?(?:lương|tiền)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    // "Nguyễn Văn An", "Phùng Thành Vinh": two to four capitalised syllables.
    [GeneratedRegex(@"\p{Lu}[\p{Ll}\p{M}]+(?:\s+\p{Lu}[\p{Ll}\p{M}]+){1,3}", RegexOptions.CultureInvariant)]
    private static partial Regex PersonName();

    [GeneratedRegex(@"(?:\+84|\b0)\d{2,3}[\d .]{6,10}\d|[\w.-]+@[\w-]+\.[\w.]+", RegexOptions.CultureInvariant)]
    private static partial Regex Contact();

    [GeneratedRegex(@"\d+(?:[,.]\d+)?\s*%|\d+\s+phần trăm", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Percentage();

    [GeneratedRegex(@"\d+\s*(?:\([^)]*\)\s*)?(?:ngày|tháng|năm|tuần|giờ)(?!\s*\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}|tháng\s+\d{1,2}(?:\s*/\s*\d{4}|\s+năm\s+\d{4})|quý\s+[IV1-4]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Date();

    [GeneratedRegex(@"\d+\s*(?:\([^)]*\)\s*)?(?:lần|người|cá nhân|tập thể|năm|trường hợp|danh hiệu)|(?:một|hai|ba|bốn|năm)\s+lần", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Count();

    [GeneratedRegex(@"(?:Nghị định|Quyết định|Thông tư|Luật|Nghị quyết)\s+(?:số\s+)?\d+/\d{4}|(?:Nghị định|Quyết định|Thông tư|Nghị quyết)\s+(?:số\s+)?\d+/[A-ZĐ]|Luật\s+[\p{L} ,]+\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex LegalDocument();

    // "Chính phủ đã ban hành Nghị định …", "… ban hành kèm theo Quyết định … của Ủy ban nhân dân tỉnh …".
    [GeneratedRegex(@"(?:Chính phủ|Thủ tướng|Quốc hội|Bộ\s+\p{Lu}|(?:Ủy|Uỷ) ban nhân dân|UBND|Hội đồng nhân dân|HĐND)[^.;]{0,80}?ban hành|ban hành[^.;]{0,120}?\bcủa\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex Issuing();

    [GeneratedRegex(@"Chủ tịch|Phó Chủ tịch|Bí thư|Giám đốc|Trưởng ban|Phó Trưởng ban|Chính ủy|Chính uỷ|Chỉ huy trưởng|Trưởng phòng|Bộ trưởng|Thứ trưởng|Tổng Biên tập|Trưởng|Phó", RegexOptions.CultureInvariant)]
    private static partial Regex Position();

    [GeneratedRegex(@"(?:Chủ tịch nước|Thủ tướng|Chủ tịch (?:Ủy|Uỷ) ban nhân dân|Chủ tịch UBND|Bộ trưởng|Thủ trưởng|Chủ tịch Hội đồng|Hội đồng|Giám đốc|Chánh án|Viện trưởng|Tổng Liên đoàn)[^.;]*?(?:quyết định|có thẩm quyền|tặng|xét|tước|hủy|huỷ|thu hồi)|(?:quyết định|thẩm quyền)[^.;]*?(?:Chủ tịch|Thủ tướng|Bộ trưởng|Thủ trưởng|Hội đồng)", RegexOptions.CultureInvariant)]
    private static partial Regex Authority();
}
