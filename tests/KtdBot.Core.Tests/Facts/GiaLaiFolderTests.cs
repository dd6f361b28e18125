using KtdBot.Core.Tests.Support;

namespace KtdBot.Core.Tests.Facts;

/// <summary>
/// Gia Lai's folder after its merger with Bình Định (tests/eval/folders/province-i): renumbered blocs, renamed and merged
/// units, a workbook with a two-row header, "x" marks, an abbreviation legend and a hidden draft sheet.
/// </summary>
public sealed class GiaLaiFolderFixture() : BotFixture(Path.Combine(AppContext.BaseDirectory, "eval", "folders", "province-i"));

public sealed class GiaLaiFolderTests(GiaLaiFolderFixture bot) : IClassFixture<GiaLaiFolderFixture>
{
    [Fact]
    public Task AnXMarkUnderATwoRowHeaderNamesTheLeader() =>
        bot.AssertAnswersAsync("Khối trưởng Khối thi đua số 3 năm 2026 là đơn vị nào?", "Sở Y tế");

    [Fact]
    public Task TheHiddenDraftSheetIsNotRead() =>
        bot.AssertAnswersAsync("Khối trưởng Khối thi đua số 4 năm 2026?", "Thanh tra tỉnh");

    [Fact]
    public Task AbbreviationsAreWrittenOutFromTheLegend() =>
        bot.AssertAnswersAsync("Khối thi đua số 3 năm 2026 gồm những đơn vị nào?", "Sở Giáo dục và Đào tạo", "Sở Dân tộc và Tôn giáo");

    [Fact]
    public Task AUnitMergedAwayIsFollowedToItsSuccessorWhenNoYearIsAsked() =>
        bot.AssertAnswersAsync("So Giao thong van tai gio thuoc khoi nao", "Sở Xây dựng", "Khối thi đua số 2");

    [Fact]
    public Task AUnitOfAProvinceMergedAwayIsFollowedIntoTheNewProvince() =>
        bot.AssertAnswersAsync("so du lich binh dinh cu nay thuoc khoi nao?", "Sở Văn hóa, Thể thao và Du lịch", "Khối thi đua số 3 (tỉnh Gia Lai)");

    [Fact]
    public Task AUnitTheNewDivisionDropsIsSaidToBeNoLongerListed() =>
        bot.AssertAnswersAsync("Ngân hàng Nhà nước chi nhánh Gia Lai giờ ở khối thi đua nào?", "không còn");

    [Fact]
    public async Task ADecisionIsCitedByItsNumberIssuerAndSigningDate()
    {
        var answer = await bot.AssertAnswersAsync("Sở Thông tin và Truyền thông sau hợp nhất nằm ở khối mấy?", "Sở Khoa học và Công nghệ");
        Assert.Contains(answer.Citations, c => c.Title.StartsWith("Quyết định 1468/QĐ-UBND", StringComparison.Ordinal) && c.Source.Contains("15/9/2025", StringComparison.Ordinal));
    }

    [Fact]
    public Task AYearsCountIncludesBlocsWhoseListRepeatsTheYearBefore() =>
        bot.AssertAnswersAsync("Tỉnh Gia Lai sau hợp nhất có bao nhiêu khối thi đua?", "năm 2026 tỉnh Gia Lai có 6 khối thi đua");

    [Fact]
    public Task APlanInWordIsACampaignLaunchedByThePersonItNames() =>
        bot.AssertAnswersAsync("ai phat dong phong trao chinh quyen hai cap gan dan", "Đặng Quốc Hưng", "12/3/2026");

    [Fact]
    public Task AFigureAskedOfAPlanIsTheItemThatSaysIt() =>
        bot.AssertAnswersAsync("chi so hai long cua nguoi dan phai dat bao nhieu trong phong trao chinh quyen hai cap", "95%");

    [Fact]
    public Task ARuleForEveryBlocIsAnsweredFromTheRegulationNotWithWhichBloc() =>
        bot.AssertAnswersAsync("Theo quy chế, hội nghị tổng kết khối phải tổ chức trước ngày nào?", "trước ngày 25 tháng 12 hằng năm");

    [Fact]
    public async Task ADeclineSuggestsQuestionsAboutTheFoldersOwnBlocs()
    {
        var answer = await bot.AssertDeclinesAsync("Giám đốc Sở Công Thương tên là gì?");
        Assert.DoesNotContain(answer.Suggestions, s => s.Contains("Khối thi đua 8", StringComparison.Ordinal));
        Assert.Contains(answer.Suggestions, s => s.Contains("Khối thi đua số", StringComparison.Ordinal));
    }
}
