using KtdBot.Answering;
using KtdBot.Answering.Handlers;
using KtdBot.Answering.Plugins;
using KtdBot.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KtdBot.Core.Tests.Answering;

/// <summary>Handlers on their own: each answers its kind of question from the records, passes on others, and declines honestly.</summary>
public sealed class QuestionHandlerTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Theory]
    [InlineData("khoi 2 ca mau nam ngoai ai lam khoi truong", "Viện Kiểm sát nhân dân tỉnh Cà Mau")]
    [InlineData("năm kia ai làm khối trưởng khối thi đua 2", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cà Mau")]
    public async Task TheLeaderHandlerNamesTheLeaderOfTheYearCountedFromToday(string question, string leader)
    {
        var answer = await AnswerAsync<BlocLeaderHandler>(question);

        Assert.NotNull(answer);
        Assert.True(answer.Answer.Grounded);
        Assert.StartsWith($"Năm {(question.Contains("kia", StringComparison.Ordinal) ? 2024 : 2025)}, khối trưởng", answer.Answer.Text, StringComparison.Ordinal);
        Assert.Contains(leader, answer.Answer.Text.Split('\n')[0], StringComparison.Ordinal);
        Assert.NotEmpty(answer.Answer.Citations);
    }

    [Fact]
    public async Task TheLeaderHandlerDeclinesAYearWithoutARecordAndKeepsTheBloc()
    {
        var answer = await AnswerAsync<BlocLeaderHandler>("khối 2 cà mau năm nay ai làm khối trưởng");

        Assert.NotNull(answer);
        Assert.False(answer.Answer.Grounded);
        Assert.Contains("2026", answer.Answer.Text, StringComparison.Ordinal);
        Assert.Contains("2024, 2025", answer.Answer.Text, StringComparison.Ordinal);
        Assert.Equal(("khoi-thi-dua-2-ca-mau", 2026), (answer.Topic?.BlocId, answer.Topic?.Year));
    }

    [Fact]
    public async Task TheLeaderHandlerPassesOnAQuestionThatIsNotAboutALeader()
    {
        Assert.Null(await AnswerAsync<BlocLeaderHandler>("Khối thi đua 2 gồm những đơn vị nào?"));
        Assert.Null(await AnswerAsync<BlocLeaderHandler>("Tiêu chuẩn Chiến sĩ thi đua cơ sở là gì?"));
    }

    [Fact]
    public async Task TheMembersHandlerGivesTheWholeRoster()
    {
        var answer = await AnswerAsync<MembersHandler>("khoi 2 ca mau gom nhung don vi nao");

        Assert.NotNull(answer);
        Assert.StartsWith("Khối thi đua 2 (tỉnh Cà Mau) có 7 đơn vị thành viên:", answer.Answer.Text, StringComparison.Ordinal);
        Assert.Contains("Chi Cục Thi hành án tỉnh Cà Mau", answer.Answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Công an tỉnh Cà Mau và Biên phòng có cùng khối không?", "Có.")]
    [InlineData("Hội Luật gia và Viện Kiểm sát nhân dân có cùng khối không?", "Không.")]
    public async Task TheSameBlocHandlerSaysYesOrNo(string question, string opening)
    {
        var answer = await AnswerAsync<SameBlocHandler>(question);

        Assert.NotNull(answer);
        Assert.True(answer.Answer.Grounded);
        Assert.StartsWith(opening, answer.Answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNotFoundHandlerDeclines()
    {
        var answer = await AnswerAsync<NotFoundHandler>("Giá trị tài sản của Hội Người mù năm 1990?");

        Assert.NotNull(answer);
        Assert.False(answer.Answer.Grounded);
        Assert.Empty(answer.Answer.Citations);
        Assert.Equal(Replies.NotFound, answer.Answer.Text);
    }

    [Fact]
    public void EveryHandlerIsRegisteredInItsOrderAndTheDeclineComesLast()
    {
        var registered = bot.Services.GetServices<IQuestionHandler>().Select(h => h.GetType()).ToList();

        Assert.Equal(QuestionHandlers.InOrder, registered);
        Assert.Equal(typeof(NotFoundHandler), registered[^1]);
    }

    private async Task<ComposedAnswer?> AnswerAsync<THandler>(string question)
        where THandler : IQuestionHandler
    {
        var services = bot.Services;
        var analyzer = FixedTime.Analyzer(bot);
        var turns = new TurnReader(bot.Index, analyzer, services.GetRequiredService<AwardTitlesPlugin>(), services.GetRequiredService<CampaignsPlugin>(), services.GetRequiredService<BlocRosterPlugin>());
        var handler = services.GetServices<IQuestionHandler>().OfType<THandler>().Single();
        return await handler.AnswerAsync(turns.Read(analyzer.Analyze(question), previous: null), CancellationToken.None);
    }
}
