using System.Globalization;
using KtdBot.Answering.Plugins;

namespace KtdBot.Answering;

/// <summary>
/// The Vietnamese sentences of grounded answers, in one place (the declines are in <see cref="Replies"/>, the
/// follow-up questions offered in <see cref="Suggest"/>). Each states a record's facts; the caller cites them.
/// </summary>
internal static partial class Sentences
{
    /// <summary>Appended to an answer whose question tried to instruct the bot.</summary>
    public const string InjectionNote = "Lưu ý: tôi chỉ trả lời theo dữ liệu có nguồn; yêu cầu thay đổi thông tin trong câu hỏi không được áp dụng.";

    /// <summary>Printed under a title the knowledge base marks as unconfirmed.</summary>
    public const string Unconfirmed = "Lưu ý: nội dung này chưa được xác nhận chính thức, cần đối chiếu văn bản gốc.";

    /// <summary>"Khối thi đua 2 (tỉnh Cà Mau)".</summary>
    public static string BlocName(BlocInfo bloc) => bloc.Province is null ? bloc.Name : $"{bloc.Name} (tỉnh {bloc.Province})";

    /// <summary>"khối trưởng" or "cụm trưởng".</summary>
    public static string LeaderRole(BlocInfo bloc) => bloc.Kind == "cụm thi đua" ? "cụm trưởng" : "khối trưởng";

    /// <summary>"khối phó" or "cụm phó".</summary>
    public static string DeputyRole(BlocInfo bloc) => bloc.Kind == "cụm thi đua" ? "cụm phó" : "khối phó";

    /// <summary>"hội" when every member is an association, else "đơn vị".</summary>
    public static string UnitWord(IReadOnlyList<string> members) =>
        members.Count > 0 && members.All(m => m.StartsWith("Hội", StringComparison.Ordinal) || m.StartsWith("Liên hiệp", StringComparison.Ordinal)) ? "hội" : "đơn vị";

    /// <summary>"A, B và C".</summary>
    public static string JoinVi(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Join(string.Empty, items) : $"{string.Join(", ", items.Take(items.Count - 1))} và {items[^1]}";

    /// <summary>The first letter in capitals.</summary>
    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>"Năm 2025, khối trưởng … là …" with the representative and the basis unless brief.</summary>
    public static string Leader(BlocLeaderInYear leader, bool brief)
    {
        var statement = $"Năm {leader.Year}, {LeaderRole(leader.Bloc)} {BlocName(leader.Bloc)} là {leader.Unit}";
        if (!brief && leader.Person is not null)
        {
            statement += $" (đại diện: {leader.Person})";
        }

        statement += ".";
        if (!brief && leader.Basis is not null)
        {
            statement += " " + leader.Basis.TrimEnd('.') + ".";
        }
        else if (!brief && leader.ChosenOn is not null)
        {
            statement += $" Đơn vị nhận nhiệm vụ ngày {Citations.FormatDate(leader.ChosenOn)}.";
        }

        return statement;
    }

    /// <summary>Before the leaders, newest first, when no year was asked.</summary>
    public static string Latest(int year) => $"Theo dữ liệu mới nhất (năm {year}): ";

    /// <summary>A renumbered bloc's other roster names another leader for the year.</summary>
    public static string OtherRoster(string bloc, int rosterYear, string unit, int year) =>
        $"Lưu ý: {bloc} theo danh sách năm {rosterYear} (khối được đánh số lại) ghi {unit} làm khối trưởng năm {year}.";

    /// <summary>"X bàn giao nhiệm vụ khối trưởng cho Y (năm …)."</summary>
    public static string Handover(BlocLeaderInYear from, BlocLeaderInYear to) =>
        $"{from.Unit} bàn giao nhiệm vụ {LeaderRole(to.Bloc)} cho {to.Unit} (năm {to.Year}).";

    /// <summary>"Có. A và B cùng thuộc …" or "Không. A thuộc …, còn B thuộc …".</summary>
    public static string SameBloc(UnitMembership first, UnitMembership second, int? year)
    {
        var when = year is { } y ? $" năm {y}" : string.Empty;
        return first.Bloc.Id == second.Bloc.Id
            ? $"Có. {first.Unit} và {second.Unit} cùng thuộc {BlocName(first.Bloc)}{when}."
            : $"Không. {first.Unit} thuộc {BlocName(first.Bloc)}, còn {second.Unit} thuộc {BlocName(second.Bloc)}{when}.";
    }

    /// <summary>"Khối … là khối thi đua của tỉnh …".</summary>
    public static string Province(BlocInfo bloc, string province) => $"{bloc.Name} là khối thi đua của tỉnh {province}.";

    /// <summary>The roster: "… có 7 đơn vị thành viên: …", or the names a source gives when it is incomplete.</summary>
    public static string Members(BlocInfo bloc, IReadOnlyList<string> members)
    {
        var unitWord = UnitWord(members);
        var head = bloc.MembersComplete
            ? $"{BlocName(bloc)} có {members.Count} {unitWord} thành viên"
            : $"Nguồn hiện có nêu tên {members.Count} {unitWord} thuộc {BlocName(bloc)} (danh sách chưa đầy đủ)";
        return $"{head}: {string.Join(", ", members)}.";
    }

    /// <summary>"Năm 2025, Sở … là thành viên của …".</summary>
    public static string Membership(UnitMembership membership, int? year)
    {
        var descriptor = membership.Bloc.Descriptor is null ? string.Empty : $" — {membership.Bloc.Descriptor}";
        var when = year is not null ? $"Năm {year}, " : membership.Bloc.RosterYear is { } listed ? $"Theo danh sách năm {listed}, " : string.Empty;
        return Capitalize($"{when}{membership.Unit} là thành viên của {BlocName(membership.Bloc)}{descriptor}.");
    }

    /// <summary>"Năm 2024, Thanh tra tỉnh là khối phó Khối thi đua số 4 (tỉnh Tây Ninh)."; a plain member, with the year's leader when known.</summary>
    public static string UnitRole(UnitMembership membership, int year, bool? deputy, string? leader)
    {
        var role = LeaderRole(membership.Bloc);
        return deputy switch
        {
            false => $"Năm {year}, {membership.Unit} là {role} {BlocName(membership.Bloc)}.",
            true => $"Năm {year}, {membership.Unit} là {role.Replace("trưởng", "phó", StringComparison.Ordinal)} {BlocName(membership.Bloc)}.",
            null when leader is not null => $"Năm {year}, {membership.Unit} là đơn vị thành viên, không giữ vai trò {role} hay {role.Replace("trưởng", "phó", StringComparison.Ordinal)}; {role} năm đó là {leader}.",
            null => $"Năm {year}, {membership.Unit} là đơn vị thành viên của {BlocName(membership.Bloc)}; tài liệu không ghi đơn vị này giữ vai trò {role} hay {role.Replace("trưởng", "phó", StringComparison.Ordinal)}.",
        };
    }

    /// <summary>"Sở Kế hoạch và Đầu tư đã hợp nhất vào Sở Tài chính.", "Cục Thuế tỉnh đã đổi tên thành Thuế tỉnh.", "… nay là …".</summary>
    public static string Succeeded(string old, string successor, bool? merged) => merged switch
    {
        true => $"{Capitalize(old)} đã hợp nhất vào {successor}.",
        false => $"{Capitalize(old)} đã đổi tên thành {successor}.",
        null => $"{Capitalize(old)} nay là {successor}.",
    };

    /// <summary>The roster in force that year no longer lists the unit; the last one that does.</summary>
    public static string NoLongerListed(UnitMembership membership, int year) =>
        $"Danh sách năm {year} không còn {membership.Unit}; theo danh sách năm {membership.Bloc.RosterYear}, đơn vị này là thành viên của {BlocName(membership.Bloc)}.";

    /// <summary>An award line of a bloc's year.</summary>
    public static string BlocAward(BlocInfo bloc, BlocAwardItem award)
    {
        var by = award.ConferredBy is null ? string.Empty : $" của {award.ConferredBy}";
        return award.Proposed
            ? $"Thành tích năm {award.Year}: {BlocName(bloc)} bình bầu, đề nghị tặng {award.Form}{by} cho {JoinVi(award.Recipients)}."
            : $"Thành tích năm {award.Year}: {award.Form}{by} đã được tặng cho {JoinVi(award.Recipients)}.";
    }

    /// <summary>An award line of one unit.</summary>
    public static string UnitAward(BlocInfo bloc, string unit, BlocAwardItem award)
    {
        var by = award.ConferredBy is null ? string.Empty : $" của {award.ConferredBy}";
        return award.Proposed
            ? $"Với thành tích năm {award.Year}, {BlocName(bloc)} đề nghị tặng {award.Form}{by} cho {unit}."
            : $"Với thành tích năm {award.Year}, {unit} được tặng {award.Form}{by}.";
    }

    /// <summary>A review conference: its title, date, chair and summary.</summary>
    public static string Review(BlocReviewItem review)
    {
        var statement = review.Title;
        if (review.Date is not null)
        {
            statement += $" được tổ chức ngày {Citations.FormatDate(review.Date)}";
        }

        statement += ".";
        if (review.ChairedBy is not null)
        {
            statement += $" Chủ trì: {review.ChairedBy}.";
        }

        return review.Summary is null ? statement : $"{statement} {review.Summary}";
    }

    /// <summary>A line of the list of blocs.</summary>
    public static string BlocLine(BlocInfo bloc)
    {
        var members = bloc.MembersComplete ? $"{bloc.MemberCount} thành viên" : $"{bloc.MemberCount} thành viên được nêu tên";
        var leaders = bloc.LeaderYears.Count > 0 ? $"; có dữ liệu khối trưởng năm {string.Join(", ", bloc.LeaderYears)}" : string.Empty;
        return $"- {BlocName(bloc)}: {members}{leaders}";
    }

    /// <summary>Above the list of titles or of forms of commendation.</summary>
    public static string TitlesHeading(bool forms) => $"{(forms ? "Các hình thức khen thưởng" : "Các danh hiệu thi đua")} có trong dữ liệu:";

    /// <summary>Above the campaigns a bloc's sources name.</summary>
    public static string BlocCampaignsHeading(string bloc) => $"Các phong trào, cuộc vận động được nêu trong nguồn về {bloc}:";

    /// <summary>"Bài “…” (…) do … viết."</summary>
    public static string Author(Ingestion.DocumentSource source, string author) => $"Bài “{source.Title}” ({Citations.Line(source)}) do {author} viết.";

    /// <summary>"Phong trào “…” do … phát động ngày … (giai đoạn …)."</summary>
    public static string? Launched(CampaignInfo campaign) => campaign.LaunchedBy is null ? null
        : $"{Capitalize(campaign.Kind)} “{campaign.Name}” do {campaign.LaunchedBy} phát động{(campaign.LaunchedOn is null ? string.Empty : $" ngày {Citations.FormatDate(campaign.LaunchedOn)}")}{(campaign.Period is null ? string.Empty : campaign.Period.StartsWith("giai đoạn", StringComparison.OrdinalIgnoreCase) ? $" ({campaign.Period})" : $" (giai đoạn {campaign.Period})")}.";

    /// <summary>"Để tham gia phong trào “…”, bạn có thể:".</summary>
    public static string HowToJoin(CampaignInfo campaign) => $"Để tham gia {campaign.Kind} “{campaign.Name}”, bạn có thể:";

    /// <summary>"Mốc thời gian: …; …".</summary>
    public static string KeyDates(IReadOnlyList<string> dates) => $"Mốc thời gian: {string.Join("; ", dates.Select(d => d.TrimEnd('.')))}.";

    /// <summary>The title's legal basis: its article and the law.</summary>
    public static string? TitleBasis(AwardTitleInfo title) =>
        title.Article is null && title.LegalBasis is null ? null : string.Join(" ", new[] { title.Article, title.LegalBasis }.Where(p => p is not null));

    /// <summary>"Tiền thưởng kèm …: …."</summary>
    public static string TitleCash(AwardTitleInfo title) => $"Tiền thưởng kèm {title.Name}: {title.CashReward?.TrimEnd('.')}.";

    /// <summary>A rule of the title that no longer applies.</summary>
    public static string NoLongerApplies(string rule) => $"Không còn áp dụng: {rule}";

    /// <summary>"…: căn cứ …, có hiệu lực từ …."</summary>
    public static string TitleInForce(AwardTitleInfo title, string basis) =>
        $"{title.Name}: căn cứ {basis}{(title.EffectiveFrom is null ? string.Empty : $", có hiệu lực từ {Citations.FormatDate(title.EffectiveFrom)}")}.";

    /// <summary>Above the criteria of a title.</summary>
    public static string CriteriaHeading(AwardTitleInfo title, string? basis) => $"Tiêu chuẩn {title.Name}{(basis is null ? string.Empty : $" ({basis})")}:";

    /// <summary>"… là danh hiệu thi đua(, căn cứ …)."</summary>
    public static string TitleIs(AwardTitleInfo title, string? basis) => basis is null ? $"{title.Name} là {title.Type}." : $"{title.Name} là {title.Type}, căn cứ {basis}.";

    /// <summary>Who confers the title.</summary>
    public static string ConferredBy(string by) => $"Thẩm quyền: {by.TrimEnd('.')}.";

    /// <summary>The cash reward, after the criteria.</summary>
    public static string CashReward(string cash) => $"Tiền thưởng: {cash.TrimEnd('.')}.";

    /// <summary>Above the cash rewards of several titles.</summary>
    public const string CashHeading = "Tiền thưởng kèm theo:";

    /// <summary>One title's cash reward in a list, or that the sources give none.</summary>
    public static string CashOf(AwardTitleInfo title) =>
        title.CashReward is { } cash ? $"{title.Name}: {cash.TrimEnd('.')}." : $"{title.Name}: nguồn hiện có không ghi mức tiền thưởng.";

    /// <summary>A campaign named without who launched it.</summary>
    public static string Campaign(CampaignInfo campaign) => $"{Capitalize(campaign.Kind)} “{campaign.Name}”.";

    /// <summary>"Căn cứ: …."</summary>
    public static string Basis(string basis) => $"Căn cứ: {basis.TrimEnd('.')}.";

    /// <summary>"Mục đích: …."</summary>
    public static string Purpose(string purpose) => $"Mục đích: {purpose.TrimEnd('.')}.";

    /// <summary>"Cách tham gia: …; …."</summary>
    public static string WaysToJoin(IReadOnlyList<string> steps) => $"Cách tham gia: {string.Join("; ", steps.Select(h => h.TrimEnd('.')))}.";

    /// <summary>"98.0" (a spreadsheet's number) as Vietnamese writes it: "98,0"; anything else as it is.</summary>
    public static string Decimal(string number) => SpreadsheetDecimal().Replace(number.Trim(), "$1,$2");

    /// <summary>"Tự chấm: 100.0; Xếp thứ: 2" → "tự chấm 100,0; xếp thứ 2": a row's columns as a sentence reads them.</summary>
    public static string Figures(string figures) =>
        string.Join("; ", figures.Split("; ", StringSplitOptions.RemoveEmptyEntries).Select(f => f.Split(':', 2) is [var header, var value]
            ? $"{LowerFirst(header.Trim())} {Decimal(value)}"
            : f));

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d+)\.(\d{1,2})$")]
    private static partial System.Text.RegularExpressions.Regex SpreadsheetDecimal();

    /// <summary>"Quyết định 86/2025/QĐ-UBND của Ủy ban nhân dân tỉnh Bắc Ninh": a document's own record names its issuer.</summary>
    public static string DocumentName(Facts.LegalDocumentFact document) =>
        document.Issuer is { } issuer && !document.Cited ? $"{document.Name} của {issuer.Value}" : document.Name;

    /// <summary>What a later sentence of the same answer calls the document.</summary>
    public const string SameDocument = "Văn bản";

    /// <summary>"… do Phó Chủ tịch Đào Mỹ ký (KT. Chủ tịch)."</summary>
    public static string SignedBy(string document, Facts.SignerField signer) =>
        $"{document} do {signer.Title} {signer.Name} ký{(signer.OnBehalfOf is null ? string.Empty : $" ({signer.OnBehalfOf})")}.";

    /// <summary>"… được ký ban hành ngày 19/11/2025." (a citing text says only "ban hành").</summary>
    public static string SignedOn(string document, string date, bool cited) =>
        $"{document} {(cited ? "được ban hành" : "được ký ban hành")} ngày {Citations.FormatDate(date)}.";

    /// <summary>"… có hiệu lực từ ngày 15/12/2025." or "… có hiệu lực kể từ ngày ký (24/11/2025)."</summary>
    public static string InForce(string document, Facts.EffectiveField effective) => effective.FromSigning
        ? $"{document} có hiệu lực kể từ ngày ký{(effective.Date is null ? string.Empty : $" ({Citations.FormatDate(effective.Date)})")}."
        : $"{document} có hiệu lực từ ngày {Citations.FormatDate(effective.Date!)}.";

    /// <summary>"… thay thế Quyết định số …." or "… bãi bỏ Quyết định số …."</summary>
    public static string Replaces(string document, Facts.ReplacedDocument replaced) =>
        $"{document} {(replaced.Repealed ? "bãi bỏ" : "thay thế")} {replaced.Document.TrimEnd('.')}.";

    /// <summary>"… do Bộ Y tế ban hành."</summary>
    public static string IssuedBy(string document, string issuer) => $"{document} do {issuer} ban hành.";

    /// <summary>After a quote whose amount the source misprinted.</summary>
    public const string MisprintedUnit = "(Nguồn ghi nhầm đơn vị “triệu” sau số tiền đã tính bằng đồng; số tiền đúng như trên.)";

    /// <summary>"Quy đổi với mức lương cơ sở 2.340.000 đồng (theo tài liệu): 1,0 × 2.340.000 = 2.340.000 đồng."</summary>
    public static string WorkedAmounts(IReadOnlyList<string> worked, decimal salary, bool typed) =>
        $"Quy đổi với mức lương cơ sở {salary.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} đồng ({(typed ? "theo câu hỏi" : "theo tài liệu")}): {string.Join("; ", worked)}.";

    /// <summary>"Với 5 người: 5 × 0,3 × 2.340.000 = 3.510.000 đồng."</summary>
    public static string CashTotal(int people, decimal multiple, decimal salary)
    {
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        return $"Với {people} người: {people} × {multiple.ToString("0.0##", vi)} × {salary.ToString("N0", vi)} = {(people * multiple * salary).ToString("N0", vi)} đồng.";
    }

    /// <summary>"Trích yếu: …." — said when the question did not name the document by its number.</summary>
    public static string DocumentSubject(string subject) => $"Trích yếu: {subject.TrimEnd('.')}.";

    /// <summary>After the facts a document gives, the ones asked that it does not: "Văn bản không ghi người ký.".</summary>
    public static string DocumentSilentOn(string fields) => $"Tài liệu hiện có không ghi {fields} của văn bản này.";

    /// <summary>What a document's field is called when it is missing: "người ký", "ngày có hiệu lực".</summary>
    public static string DocumentField(Passages.AnswerType type) => type switch
    {
        Passages.AnswerType.Signer => "người ký",
        Passages.AnswerType.Issued => "ngày ký ban hành",
        Passages.AnswerType.Effective => "ngày có hiệu lực",
        Passages.AnswerType.Replaces => "văn bản được thay thế hay bãi bỏ",
        _ => "cơ quan ban hành",
    };

    /// <summary>"Có: Kế hoạch 982/KH-UBND của Ủy ban nhân dân tỉnh Nghệ An, ký ngày 19/11/2025."</summary>
    public static string DocumentIs(Facts.LegalDocumentFact document, string name) =>
        $"Có: {name}{(document.SignedOn is { } signed ? $", ký ngày {Citations.FormatDate(signed.Value)}" : string.Empty)}.";
}
