using KtdBot.Answering.Plugins;

namespace KtdBot.Answering;

/// <summary>The bot's fixed Vietnamese sentences: declines, help, greetings.</summary>
public static class Replies
{
    /// <summary>What the bot can help with, appended to every decline.</summary>
    public const string Scope =
        "Tôi có thể giúp bạn tra cứu: các phong trào thi đua (ai phát động, khi nào, cách tham gia); khối, cụm thi đua " +
        "(thành viên, khối trưởng từng năm, khen thưởng được đề nghị); tiêu chuẩn danh hiệu thi đua, hình thức khen thưởng và căn cứ pháp lý.";

    /// <summary>Nothing in the knowledge base supports an answer.</summary>
    public static string NotFound { get; } =
        "Xin lỗi, tôi chưa tìm thấy thông tin có nguồn trong cơ sở dữ liệu để trả lời câu hỏi này, nên không thể trả lời chắc chắn. " + Scope;

    /// <summary>A topic the bot does not cover.</summary>
    public static string OutOfScope { get; } =
        "Xin lỗi, câu hỏi này nằm ngoài phạm vi của tôi. Tôi là trợ lý về công tác thi đua, khen thưởng. " + Scope;

    /// <summary>The knowledge store or a plugin failed.</summary>
    public static string Unavailable { get; } =
        "Xin lỗi, hệ thống tra cứu đang tạm thời gián đoạn nên tôi chưa thể trả lời. Bạn vui lòng thử lại sau ít phút.";

    /// <summary>An empty message.</summary>
    public static string Empty { get; } = "Bạn chưa nhập câu hỏi. " + Scope;

    /// <summary>A message longer than the bot reads.</summary>
    public static string TooLong(int limit) =>
        $"Tin nhắn quá dài (tối đa {limit} ký tự). Bạn vui lòng hỏi ngắn gọn hơn, mỗi lần một câu hỏi.";

    /// <summary>/start and /help.</summary>
    public static string Help { get; } =
        "Xin chào! Tôi là KtdBot, trợ lý tra cứu công tác thi đua, khen thưởng. Mọi câu trả lời đều kèm nguồn; " +
        "khi dữ liệu không có, tôi sẽ nói rõ.\n\n" + Scope +
        "\n\nVí dụ câu hỏi:\n" + string.Join("\n", Suggest.Examples.Select(e => "- " + e)) +
        "\n\nLệnh: /khoi — danh sách khối, cụm thi đua; /help — hướng dẫn. Bạn có thể gõ không dấu.";

    /// <summary>A bloc the knowledge base does not know.</summary>
    public static string UnknownBloc(string described, IReadOnlyList<string> known) =>
        $"Xin lỗi, tôi chưa có dữ liệu về {described}.{Known(known)}";

    /// <summary>A unit in no known bloc.</summary>
    public static string UnknownUnit(IReadOnlyList<string> known) =>
        $"Xin lỗi, tôi không tìm thấy đơn vị này trong danh sách thành viên các khối, cụm thi đua có dữ liệu.{Known(known)}";

    /// <summary>A bloc question without a bloc.</summary>
    public static string WhichBloc(IReadOnlyList<string> known) =>
        known.Count > 0 ? $"Bạn muốn hỏi về khối hoặc cụm thi đua nào?{Known(known)}" : NotFound;

    private static string Known(IReadOnlyList<string> known) =>
        known.Count > 0 ? $" Hiện tôi có dữ liệu về: {string.Join("; ", known)}." : string.Empty;

    /// <summary>No leader recorded for a year.</summary>
    public static string NoLeaderForYear(BlocInfo? bloc, int year, IReadOnlyList<int> known)
    {
        var name = bloc?.Name ?? "khối này";
        var role = bloc?.Kind == "cụm thi đua" ? "cụm trưởng" : "khối trưởng";
        var years = known.Count > 0 ? $" Dữ liệu hiện có chỉ ghi nhận {role} các năm {string.Join(", ", known)}." : $" Nguồn hiện có không nêu {role} của {name}.";
        return $"Xin lỗi, tôi chưa có dữ liệu về {role} {name} năm {year}.{years}";
    }

    /// <summary>No deputy recorded for a year (said after the leader when both were asked).</summary>
    public static string NoDeputyForYear(BlocInfo bloc, int year)
    {
        var role = bloc.Kind == "cụm thi đua" ? "cụm phó" : "khối phó";
        return $"Nguồn hiện có không nêu {role} {bloc.Name} năm {year}.";
    }

    /// <summary>The only roster recorded is of a later year than the one asked.</summary>
    public static string NoRosterForYear(BlocInfo bloc, int year, int listed) =>
        $"Xin lỗi, tôi chưa có danh sách thành viên {bloc.Name}{(bloc.Province is null ? string.Empty : $" (tỉnh {bloc.Province})")} năm {year}. Tài liệu hiện có chỉ có danh sách từ năm {listed}; số thứ tự các khối có thể đã thay đổi giữa các năm, nên tôi không suy ra danh sách năm {year}.";

    /// <summary>No roster recorded for the year asked.</summary>
    public static string NoBlocsForYear(int year) =>
        $"Xin lỗi, tài liệu hiện có không có danh sách các khối, cụm thi đua năm {year}, nên tôi không thể trả lời chắc chắn.";

    /// <summary>A phone number or address was asked: the documents hold none.</summary>
    public static string NoContact { get; } =
        "Xin lỗi, tài liệu hiện có không ghi số điện thoại, email hay địa chỉ liên hệ, nên tôi không thể cung cấp. Tôi có thể cho bạn biết đơn vị làm khối trưởng, thành viên của khối hoặc nội dung các văn bản; thông tin liên hệ bạn có thể hỏi trực tiếp cơ quan đó hoặc Sở Nội vụ.";

    /// <summary>No leader recorded at all.</summary>
    public static string NoLeaders(BlocInfo? bloc)
    {
        var role = bloc?.Kind == "cụm thi đua" ? "cụm trưởng" : "khối trưởng";
        return $"Xin lỗi, nguồn hiện có không nêu đơn vị làm {role} của {bloc?.Name ?? "khối này"}, nên tôi không thể trả lời.";
    }

    /// <summary>The source does not name the bloc's province.</summary>
    public static string UnknownProvince(string bloc) =>
        $"Nguồn hiện có không nêu {bloc} thuộc tỉnh nào, nên tôi không thể khẳng định. Tôi chỉ trả lời theo thông tin có nguồn.";

    /// <summary>The source does not name who chaired a review.</summary>
    public static string UnknownChair(string bloc) =>
        $"Xin lỗi, nguồn hiện có không ghi người chủ trì hội nghị tổng kết của {bloc}, nên tôi không thể trả lời.";

    /// <summary>The sources give no cash reward for the titles asked about.</summary>
    public static string NoCashReward(string titles) =>
        $"Xin lỗi, nguồn hiện có không ghi mức tiền thưởng kèm {titles}, nên tôi không thể nêu con số. Tôi chỉ trả lời theo thông tin có nguồn.";

    /// <summary>The sources do not say who launched a campaign.</summary>
    public static string UnknownLauncher(string campaign) =>
        $"Xin lỗi, nguồn hiện có không ghi ai phát động {campaign}, nên tôi không thể trả lời. Tôi chỉ trả lời theo thông tin có nguồn.";

    /// <summary>The article asked about carries no byline.</summary>
    public static string UnknownAuthor(string title) =>
        $"Xin lỗi, bài “{title}” không ghi tên tác giả trong nguồn hiện có, nên tôi không thể trả lời ai viết bài này.";

    /// <summary>No award recorded for a unit.</summary>
    public static string NoAwardsForUnit(string unit, int? year) =>
        $"Xin lỗi, dữ liệu hiện có không ghi nhận khen thưởng nào được đề nghị cho {unit}{(year is null ? string.Empty : $" (thành tích năm {year})")}.";

    /// <summary>No awards recorded for the year asked.</summary>
    public static string NoAwards(BlocInfo? bloc, int? year, IReadOnlyList<int> known)
    {
        var when = year is null ? string.Empty : $" cho thành tích năm {year}";
        var years = known.Count > 0 ? $" Dữ liệu có khen thưởng cho thành tích các năm {string.Join(", ", known)}." : string.Empty;
        return $"Xin lỗi, tôi chưa có dữ liệu về khen thưởng của {bloc?.Name ?? "khối này"}{when}.{years}";
    }

    /// <summary>The form asked ("Huân chương Lao động") is in no award recorded for the bloc that year; what is recorded.</summary>
    public static string NoAwardOfForm(BlocInfo bloc, string form, int? year, IReadOnlyList<string> recorded) =>
        $"Tài liệu hiện có không ghi {bloc.Name} có đơn vị nào được đề nghị hoặc tặng {form}{(year is null ? string.Empty : $" (thành tích năm {year})")}."
        + (recorded.Count > 0 ? $" Các khen thưởng có ghi: {string.Join("; ", recorded)}." : string.Empty);

    /// <summary>The document is known but states none of what was asked; what it does state follows.</summary>
    public static string DocumentLacks(string document, string fields, IReadOnlyList<string> stated) =>
        $"Xin lỗi, {document} trong tài liệu hiện có không ghi {fields}, nên tôi không thể trả lời.{(stated.Count > 0 ? $" Văn bản có ghi: {string.Join("; ", stated)}." : string.Empty)}";

    /// <summary>The document asked about is held only for another province; the ones held under that number follow.</summary>
    public static string NoSuchDocument(string asked, IReadOnlyList<string> known) =>
        $"Xin lỗi, tôi không có {asked} trong dữ liệu, nên không thể trả lời.{(known.Count > 0 ? $" Dữ liệu có văn bản cùng số hiệu: {string.Join("; ", known)}." : string.Empty)}";

    /// <summary>Several documents fit the question.</summary>
    public static string WhichDocument(IReadOnlyList<string> candidates) =>
        $"Có {candidates.Count} văn bản phù hợp với câu hỏi: {string.Join("; ", candidates)}. Bạn muốn hỏi văn bản nào? Bạn có thể gõ số hiệu của văn bản.";
}
