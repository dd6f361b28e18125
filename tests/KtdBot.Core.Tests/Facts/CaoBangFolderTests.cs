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
}
