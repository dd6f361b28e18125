using KtdBot.Core.Tests.Support;

namespace KtdBot.Core.Tests.Facts;

/// <summary>Cao Bằng's folder (tests/eval/folders/province-g): an award decision in PDF, a typed plan, a reward notice.</summary>
public sealed class CaoBangFolderFixture() : BotFixture(Path.Combine(AppContext.BaseDirectory, "eval", "folders", "province-g"));

public sealed class CaoBangFolderTests(CaoBangFolderFixture bot) : IClassFixture<CaoBangFolderFixture>
{
    [Fact]
    public Task ARewardIsRoundedUpToTheTenThousandAsTheNoticeSays() =>
        bot.AssertAnswersAsync("lao dong tien tien dc thuong bn tien", "702.000", "làm tròn lên 710.000 đồng");

    [Fact]
    public Task TheFlagOfAYearComesFromTheAwardDecisionsTable() =>
        bot.AssertAnswersAsync("năm 2024 khối 7 đơn vị nào được tặng Cờ thi đua của UBND tỉnh", "Hội Khuyến học");

    [Fact]
    public Task APlansTimelineAnswersWhenItRuns() =>
        bot.AssertAnswersAsync("phong trào chính quyền số cấp xã thực hiện từ khi nào đến khi nào", "01/3/2026", "30/11/2026");

    [Fact]
    public Task TheColumnAskedRanksAScoreSheet() =>
        bot.AssertAnswersAsync("Đơn vị nào tự chấm cao nhất khối 1 năm 2025", "Công an tỉnh", "tự chấm 100,0");

    [Fact]
    public Task AClusterOfCommunesIsFoundByItsNumber() =>
        bot.AssertAnswersAsync("cụm xã phường số 2 năm 2026 có những xã nào ạ", "Cụm thi đua số 2", "Lý Bôn", "Ca Thành");

    [Fact]
    public Task TheDecisionThatAmendsAYearsRolesWins() =>
        bot.AssertAnswersAsync("Sau điều chỉnh tháng 8/2025, khối phó Khối 4 là đơn vị nào?", "Năm 2025", "Báo và Phát thanh");

    [Fact]
    public Task TheUnitElectedToLeadTakesTheFlagItsSentenceProposes() =>
        bot.AssertAnswersAsync("Khối MTTQ năm 2025 đơn vị nào được suy tôn dẫn đầu?", "Cờ thi đua của UBND tỉnh cho Hội LHPN");

    [Fact]
    public Task AScoreSheetsProposalColumnIsAnAward() =>
        bot.AssertAnswersAsync("Khối 1 năm 2025 đề nghị tặng Cờ thi đua cho đơn vị nào", "Cờ thi đua của UBND tỉnh cho Bộ CHQS");

    [Fact]
    public Task AUnitMergedAwayIsFollowedToItsSuccessorsBloc() =>
        bot.AssertAnswersAsync("Sở Kế hoạch và Đầu tư năm 2026 thuộc khối nào?", "đã hợp nhất vào Sở Tài chính", "Năm 2026, Sở Tài chính là thành viên của Khối thi đua số 2");

    [Fact]
    public Task TheTotalForManyAwardsIsWorkedOut() =>
        bot.AssertAnswersAsync("tỉnh tặng 9 Cờ thi đua của UBND tỉnh thì tổng tiền thưởng bao nhiêu", "9 × 18.720.000 = 168.480.000 đồng");

    [Fact]
    public Task AnAwardFormNoRecordHoldsIsSaidMissingWithWhatIsRecorded() =>
        bot.AssertDeclinesAsync("Năm 2025 trong khối 2 có ai được tặng Huân chương Lao động không?", "Huân chương Lao động", "Cờ thi đua");

    [Fact]
    public Task ABlocNoDocumentNumbersIsDeclinedThoughAListHasANine() =>
        bot.AssertDeclinesAsync("Khối thi đua số 9 gồm những đơn vị nào?", "Khối thi đua 9");
}
