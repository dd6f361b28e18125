using KtdBot.Core.Tests.Support;

namespace KtdBot.Core.Tests.Answering;

/// <summary>Conversations over the shipped knowledge base: what a follow-up refers to, and what is never in the sources.</summary>
public sealed class ConversationTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task KhoiDoIsTheBlocBeingDiscussed()
    {
        var conversation = Guid.NewGuid().ToString("N");
        await bot.AskAsync("Khối thi đua 8", conversation);

        var answer = await bot.AskAsync("Những hội nào được khối đó đề nghị tặng Bằng khen năm 2024?", conversation);

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains("Hội Khuyến học tỉnh", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NamKiaCountsFromTodayNotFromTheYearDiscussed()
    {
        var answers = await bot.ConverseAsync("ai dung dau khoi 2 nam ngoai", "con nam kia?");

        Assert.StartsWith("Năm 2025", answers[0].Text, StringComparison.Ordinal);
        Assert.True(answers[1].Grounded, answers[1].Text);
        Assert.StartsWith("Năm 2024", answers[1].Text, StringComparison.Ordinal);
        Assert.Contains("Biên phòng", answers[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEnglishFollowUpKeepsTheBlocAndStepsBackAYear()
    {
        var answers = await bot.ConverseAsync("Who is the bloc leader of Khoi thi dua 8 (Binh Thuan) in 2025?", "and the year before?");

        Assert.True(answers[1].Grounded, answers[1].Text);
        Assert.StartsWith("Năm 2024", answers[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheUnitJustNamedStandsInForHoiDo()
    {
        var answers = await bot.ConverseAsync("Hội Luật gia thuộc khối thi đua nào", "hoi do voi hoi nha bao co cung khoi ko");

        Assert.True(answers[1].Grounded, answers[1].Text);
        Assert.StartsWith("Có.", answers[1].Text, StringComparison.Ordinal);
        Assert.Contains("Khối thi đua 8", answers[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReviewConferencePointedBackToIsOfTheBlocAndYearDiscussed()
    {
        var answers = await bot.ConverseAsync("khoi 2 ca mau nam 2025 ai lam khoi truong", "thế năm 2024?", "hoi nghi tong ket do to chuc ngay nao");

        Assert.True(answers[2].Grounded, answers[2].Text);
        Assert.Contains("27/2", answers[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownBlocStaysTheSubjectOfTheFollowUp()
    {
        var conversation = Guid.NewGuid().ToString("N");
        await bot.AskAsync("Khối thi đua 5 Hà Nội", conversation);

        var answer = await bot.AskAsync("gồm những đơn vị nào?", conversation);

        Assert.False(answer.Grounded, answer.Text);
        Assert.Contains("Khối thi đua 5", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AYearNoSourceCoversKeepsTheBlocForTheNextYearAsked()
    {
        var conversation = Guid.NewGuid().ToString("N");
        var missing = await bot.AskAsync("ad ơi khối 2 cà mau năm 2026 ai làm khối trưởng", conversation);

        var answer = await bot.AskAsync("còn năm 2025?", conversation);

        Assert.False(missing.Grounded, missing.Text);
        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains("Viện Kiểm sát nhân dân tỉnh Cà Mau", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAnswerToTheBotsClarifyingQuestionAnswersTheQuestionAskedBefore()
    {
        var conversation = Guid.NewGuid().ToString("N");
        var asked = await bot.AskAsync("năm 2025 ai làm khối trưởng?", conversation);

        var answer = await bot.AskAsync("khối 2", conversation);

        Assert.False(asked.Grounded, asked.Text);
        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains("Viện Kiểm sát nhân dân tỉnh Cà Mau", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionInEnglishIsAnsweredInVietnamese()
    {
        var conversation = Guid.NewGuid().ToString("N");
        var members = await bot.AskAsync("Which units are in Cà Mau emulation bloc 2?", conversation);
        var leader = await bot.AskAsync("who led it in 2024?", conversation);

        Assert.Contains("Viện Kiểm sát", members.Text, StringComparison.Ordinal);
        Assert.Contains("khối trưởng", leader.Text, StringComparison.Ordinal);
        Assert.Contains("Biên phòng", leader.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Công an tỉnh Cà Mau và Biên phòng có cùng khối không?", "Có.")]
    [InlineData("hoi khuyen hoc va vien kiem sat co cung khoi ko", "Không.")]
    public async Task TwoUnitsInOneBlocOrNot(string question, string verdict)
    {
        var answer = await bot.AskAsync(question);

        Assert.True(answer.Grounded, answer.Text);
        Assert.StartsWith(verdict, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hoi cuu chien binh ban giao khoi truong cho ai", "Hội Nông dân tỉnh")]
    [InlineData("Viện Kiểm sát Cà Mau nhận cờ bàn giao khối trưởng từ đơn vị nào?", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cà Mau bàn giao")]
    public async Task AHandOverAskedFromOneSideNamesTheOther(string question, string expected)
    {
        var answer = await bot.AskAsync(question);

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APhoneNumberIsSaidToBeMissingNotReplacedByAnotherFact()
    {
        var answer = await bot.AskAsync("cho xin sdt khoi truong khoi 2 voi");

        Assert.False(answer.Grounded, answer.Text);
        Assert.Empty(answer.Citations);
        Assert.Contains("số điện thoại", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABlocStaysDiscussedThroughATurnAboutItsRepresentative()
    {
        var answers = await bot.ConverseAsync("khoi 8 binh thuan tong ket 2024 xong thi bau ai lam khoi truong", "đơn vị đó người đại diện là ai", "ok, thế năm 2024 ai là trưởng khối");

        Assert.True(answers[2].Grounded, answers[2].Text);
        Assert.Contains("Khối thi đua 8", answers[2].Text, StringComparison.Ordinal);
        Assert.Contains("Hội Người cao tuổi", answers[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public Task AShortEnglishRequestIsReadAsEnglish() =>
        bot.AssertAnswersAsync("list members of Khoi thi dua 8 Binh Thuan pls", "Hội Người cao tuổi", "Hội Đông y");

    [Fact]
    public Task AProvinceNamedWithOneUnitDoesNotHideTheOther() =>
        bot.AssertAnswersAsync("Hội Luật gia và Viện Kiểm sát tỉnh Cà Mau có chung một khối không?", "Không", "Khối thi đua 8", "Khối thi đua 2");

    [Fact]
    public async Task AnEnglishClusterNumberAndItsConferenceAreUnderstood()
    {
        var answers = await bot.ConverseAsync("Which units are in Emulation Cluster No. 1 of the Ca Mau provincial military command?", "When did it hold its review conference?");

        Assert.True(answers[0].Grounded, answers[0].Text);
        Assert.Contains("Cụm thi đua số 1", answers[0].Text, StringComparison.Ordinal);
        Assert.True(answers[1].Grounded, answers[1].Text);
        Assert.Contains("Hội nghị tổng kết", answers[1].Text, StringComparison.Ordinal);
    }
}
