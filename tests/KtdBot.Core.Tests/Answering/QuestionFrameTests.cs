using KtdBot.Answering;
using KtdBot.Core.Tests.Support;

namespace KtdBot.Core.Tests.Answering;

/// <summary>The frame a question is read into: its slots, relative years counted from a fixed today, two-part questions.</summary>
public sealed class QuestionFrameTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Theory]
    [InlineData("ad ơi khối 2 cà mau năm nay ai làm khối trưởng", 2026)]
    [InlineData("khoi 2 ca mau nam ngoai ai lam khoi truong", 2025)]
    [InlineData("năm trước ai làm khối trưởng khối 2", 2025)]
    [InlineData("năm kia khối 2 ai làm khối trưởng", 2024)]
    [InlineData("năm sau khối 2 ai làm khối trưởng", 2027)]
    public void CountsAYearSaidInWordsFromToday(string question, int year)
    {
        var q = Analyzer().Analyze(question);

        Assert.Equal(AskKind.Leader, q.Ask);
        Assert.Equal(year, q.Year);
        Assert.Equal(2, q.Blocs.Number);
        Assert.Equal("khoi-thi-dua-2-ca-mau", q.Blocs.Matches[0].Id);
    }

    [Fact]
    public void KeepsTheOffsetOfARelativeYearForAFollowUp()
    {
        Assert.Equal(-1, Analyzer().Analyze("còn năm ngoái?").RelativeYear);
        Assert.Equal(-2, Analyzer().Analyze("thế năm kia thì sao?").RelativeYear);
        Assert.Equal(0, Analyzer().Analyze("năm nay thì sao?").RelativeYear);
    }

    [Fact]
    public void ReadsEveryYearTypedAndNotTheYearOfADate()
    {
        var two = Analyzer().Analyze("Khối trưởng khối 2 năm 2024 và 2025 là ai?");
        var dated = Analyzer().Analyze("Hội nghị ngày 29/11/2023 do ai chủ trì?");

        Assert.Equal([2024, 2025], two.Years);
        Assert.Null(two.Year);
        Assert.Empty(dated.Years);
    }

    [Fact]
    public void ReadsTheTwoUnitsOfASameBlocQuestion()
    {
        var q = Analyzer().Analyze("Công an tỉnh Cà Mau và Biên phòng có cùng khối không?");

        Assert.Equal(["Công an tỉnh Cà Mau", "Biên phòng"], q.ComparedUnits);
        Assert.Contains(q.Units, u => u.Unit == "Công an tỉnh Cà Mau");
    }

    [Fact]
    public void FillsTheTitleArticleAndAmountSlots()
    {
        var cash = Analyzer().Analyze("Tiền thưởng chiến sĩ thi đua cơ sở nếu lương cơ sở là 2,34 triệu?");
        var article = Analyzer().Analyze("Điều 24 quy định danh hiệu gì?");
        var claim = Analyzer().Analyze("vì sao khối 8 có tới 20 đơn vị");

        Assert.Equal(AskKind.Cash, cash.Ask);
        Assert.Equal(2_340_000m, cash.BaseSalary);
        Assert.Equal("Chiến sĩ thi đua cơ sở", cash.TitlesNamed.Single().Name);
        Assert.Equal(24, article.Article);
        Assert.Equal(20, claim.ClaimedCount);
        Assert.Equal(AskKind.Members, claim.Ask);
    }

    [Fact]
    public void ANewCuePhraseIsADataChange()
    {
        const string Question = "khối 2 ai cầm trịch năm 2025";
        Assert.NotEqual(AskKind.Leader, Analyzer().Analyze(Question).Ask);

        var extended = QuestionCues.Parse(ShippedYaml().Replace("  leader: [", "  leader: [cam trich, ", StringComparison.Ordinal), "test.yaml");

        Assert.Equal(AskKind.Leader, Analyzer(extended).Analyze(Question).Ask);
    }

    [Fact]
    public void ASynonymAndAShorthandAreDataChanges()
    {
        var extended = QuestionCues.Parse(
            ShippedYaml()
                .Replace("synonyms:\n", "synonyms:\n  tuyen duong: khen thưởng\n", StringComparison.Ordinal)
                .Replace("shorthand:\n", "shorthand:\n  kt: khen thưởng\n", StringComparison.Ordinal),
            "test.yaml");

        Assert.Equal("Khối 8 đề nghị khen thưởng ai?", ChatShorthand.Expand("Khối 8 đề nghị tuyên dương ai?", _ => false, extended));
        Assert.Equal("khoi 8 de nghi khen thuong ai", ChatShorthand.Expand("khoi 8 de nghi kt ai", _ => false, extended));
    }

    [Theory]
    [InlineData("  - { ask: Leader, when: [no-such-list] }", "no cue list named 'no-such-list'")]
    [InlineData("  - { ask: Chairman, when: [leader] }", "unknown ask 'Chairman'")]
    public void RejectsATableThatNamesWhatDoesNotExist(string rule, string problem)
    {
        var broken = ShippedYaml().Replace("intents:\n", $"intents:\n{rule}\n", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => QuestionCues.Parse(broken, "question-cues.yaml"));

        Assert.Contains("question-cues.yaml: intents[0]", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    private QuestionAnalyzer Analyzer(QuestionCues? cues = null) => FixedTime.Analyzer(bot, cues);

    private static string ShippedYaml()
    {
        using var stream = typeof(QuestionCues).Assembly.GetManifestResourceStream("KtdBot.question-cues.yaml")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
