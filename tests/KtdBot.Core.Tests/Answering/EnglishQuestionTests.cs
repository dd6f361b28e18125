using KtdBot.Answering;

namespace KtdBot.Core.Tests.Answering;

public sealed class EnglishQuestionTests
{
    [Fact]
    public void AVietnameseQuestionInCapitalsWithoutMarksStaysAsTyped()
    {
        const string Question = "TONG TRI GIA CAC HOAT DONG AN SINH XA HOI CUA CONG AN TINH LA BAO NHIEU";
        Assert.Equal(Question, EnglishQuestion.Translate(Question));
    }

    [Theory]
    [InlineData("Which law on emulation and commendation currently applies, and since when?", "luật thi đua, khen thưởng")]
    [InlineData("When was the campaign to eliminate temporary and dilapidated houses launched?", "xóa nhà tạm, nhà dột nát")]
    [InlineData("How much is the cash bonus that comes with the Lao động tiên tiến title?", "tiền thưởng")]
    public void AnEnglishQuestionIsReadInTheKnowledgeBasesWordsLongestPhraseFirst(string question, string phrase) =>
        Assert.Contains(phrase, EnglishQuestion.Translate(question), StringComparison.Ordinal);

    [Fact]
    public void EnglishGrammarWordsAreNotLeftForTheAnswerToHold() =>
        Assert.DoesNotContain(" the ", " " + EnglishQuestion.Translate("What model did the Red Cross Society in Bloc 8 run in 2024?") + " ", StringComparison.Ordinal);
}
