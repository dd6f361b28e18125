using KtdBot.Core.Tests.Support;

namespace KtdBot.Core.Tests.Facts;

/// <summary>Sơn La's folder (tests/eval/folders/province-e): a typed notice of reward multiples per recipient.</summary>
public sealed class SonLaFolderFixture() : BotFixture(Path.Combine(AppContext.BaseDirectory, "eval", "folders", "province-e"));

public sealed class RewardNoticeFolderTests(SonLaFolderFixture bot) : IClassFixture<SonLaFolderFixture>
{
    [Fact]
    public async Task AHouseholdsCommendationIsOneAndAHalfTimesTheIndividuals()
    {
        var answer = await bot.AskAsync("ho gia dinh duoc bang khen chu tich ubnd tinh thi thuong bao nhieu");

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains("5.265.000", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AUnitGivenBothAFlagAndACommendationGetsBothRewards()
    {
        var answer = await bot.AskAsync("mot don vi vua duoc co thi dua ubnd tinh vua duoc bang khen chu tich tinh thi tong tien thuong bao nhieu");

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains("25.740.000", answer.Text, StringComparison.Ordinal);
    }
}
