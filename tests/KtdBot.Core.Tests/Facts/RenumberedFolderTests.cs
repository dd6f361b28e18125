using KtdBot.Core.Tests.Support;

namespace KtdBot.Core.Tests.Facts;

/// <summary>
/// Thanh Hóa's folder (tests/eval/folders/province-d): blocs numbered in Roman numerals in a 2024 spreadsheet and
/// renumbered by a 2025 decision, PDF tables, and a page of Nghệ An whose Khối thi đua số 2 shares unit names.
/// </summary>
public sealed class ThanhHoaFolderFixture() : BotFixture(Path.Combine(AppContext.BaseDirectory, "eval", "folders", "province-d"));

public sealed class RenumberedFolderTests(ThanhHoaFolderFixture bot) : IClassFixture<ThanhHoaFolderFixture>
{
    [Fact]
    public async Task AQuestionThatNamesNoProvinceIsAboutTheFoldersOwn()
    {
        var answer = await bot.AskAsync("Khối 2 năm 2025 ai làm khối trưởng?");

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains("Sở Tài chính", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nghệ An", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNeighboursBlocIsAnsweredWhenTheQuestionNamesIt()
    {
        var answer = await bot.AskAsync("Khối thi đua số 2 tỉnh Nghệ An năm 2025 ai làm khối trưởng?");

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains("Thanh tra tỉnh", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sở Y tế năm 2024 thuộc khối nào", "Khối thi đua số 3", "Khối thi đua số 4")]
    [InlineData("Sở Y tế năm 2025 thuộc khối nào", "Khối thi đua số 4", "Khối thi đua số 3")]
    public async Task AUnitsBlocIsTheOneInForceInTheYearAsked(string question, string expected, string other)
    {
        var answer = await bot.AskAsync(question);

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(other, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARosterOfAYearNoDocumentCoversIsDeclined()
    {
        var answer = await bot.AskAsync("khoi 1 nam 2023 gom nhung don vi nao");

        Assert.False(answer.Grounded, answer.Text);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task BothRolesAskedAreBothAnswered()
    {
        var answer = await bot.AskAsync("khoi 1 nam 2026 khoi truong khoi pho la ai");

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Viện Kiểm sát nhân dân tỉnh", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("năm 2024 có bao nhiêu khối thi đua", "năm 2024 tỉnh Thanh Hóa có 8 khối thi đua")]
    [InlineData("tỉnh chia thành bao nhiêu khối thi đua?", "năm 2025 tỉnh Thanh Hóa có 7 khối thi đua")]
    public async Task BlocsAreCountedOnTheRostersInForce(string question, string expected)
    {
        var answer = await bot.AskAsync(question);

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AScoreFromAPdfTableIsTheBlocsTotal()
    {
        var answer = await bot.AskAsync("Công an tỉnh được bao nhiêu điểm năm 2025?");

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains("98,5", answer.Text, StringComparison.Ordinal);
    }
}
