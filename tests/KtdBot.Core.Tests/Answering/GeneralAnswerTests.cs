using KtdBot.Answering;
using KtdBot.Core.Tests.Support;

namespace KtdBot.Core.Tests.Answering;

public sealed class GeneralAnswerTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Theory]
    [InlineData("Quỹ Mái ấm công đoàn đã hỗ trợ bao nhiêu lượt người?", "14.000")]
    [InlineData("Công an tỉnh đã giúp bao nhiêu hộ nghèo?", "115")]
    [InlineData("cong an tinh ho tro ho ngheo tong so tien bao nhieu", "625 triệu")]
    [InlineData("Tong so tien Cong an tinh ho tro ho ngheo la bao nhieu?", "625 triệu")] // capitalised but unmarked: read folded
    public async Task AnswersFiguresWithTheirSource(string question, string figure)
    {
        var answer = await bot.AskAsync(question);

        Assert.True(answer.Grounded);
        Assert.Contains(figure, answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Source.Contains("Báo Cà Mau", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Thời tiết Cà Mau hôm nay thế nào?")]
    [InlineData("gia vang hom nay bao nhieu")]
    [InlineData("Ai là thủ tướng Nhật Bản?")]
    public async Task DeclinesOutOfScopeQuestionsPolitely(string question)
    {
        var answer = await bot.AskAsync(question);

        Assert.False(answer.Grounded);
        Assert.Empty(answer.Citations);
        Assert.Contains("thi đua", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACashRewardForSeveralPeopleIsAddedUpWithTheBaseSalaryOnRecord()
    {
        var answer = await bot.AskAsync("neu 5 nguoi cung dat lao dong tien tien thi tong tien thuong la bao nhieu");

        Assert.True(answer.Grounded);
        Assert.Contains("5 × 0,3 × 2.340.000 = 3.510.000 đồng", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneRewardHasNoTotal()
    {
        var answer = await bot.AskAsync("Lao động tiên tiến được thưởng bao nhiêu?");

        Assert.Contains("0,3 lần", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Với ", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpiredFifteenPercentCapIsNotPresentedAsCurrent()
    {
        var answer = await bot.AskAsync("Tỷ lệ 15% chiến sĩ thi đua cơ sở còn áp dụng không?");

        Assert.True(answer.Grounded);
        Assert.Contains("Không còn áp dụng", answer.Text, StringComparison.Ordinal);
        Assert.Contains("1/1/2024", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task EmptyQuestionGetsAPoliteReply(string question)
    {
        var answer = await bot.AskAsync(question);

        Assert.False(answer.Grounded);
        Assert.Contains("chưa nhập câu hỏi", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HugeQuestionIsRefusedPolitely()
    {
        var answer = await bot.AskAsync(new string('a', AnswerService.MaxQuestionLength + 1));

        Assert.False(answer.Grounded);
        Assert.Contains("quá dài", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/start")]
    [InlineData("/help@KtdBot")]
    public async Task HelpCommandShowsExamples(string command)
    {
        var answer = await bot.AskAsync(command);

        Assert.Contains("Ví dụ câu hỏi", answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Suggestions);
    }

    [Fact]
    public async Task BlocsCommandListsEveryKnownBloc()
    {
        var answer = await bot.AskAsync("/khoi");

        foreach (var bloc in bot.Index.Knowledge.Blocs)
        {
            Assert.Contains(bloc.Name, answer.Text, StringComparison.Ordinal);
        }
    }
}
