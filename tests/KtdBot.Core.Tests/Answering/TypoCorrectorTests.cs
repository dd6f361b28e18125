using KtdBot.Answering;
using KtdBot.Ingestion;
using KtdBot.Search;

namespace KtdBot.Core.Tests.Answering;

public sealed class TypoCorrectorTests
{
    private static readonly Vocabulary Words = Vocabulary.Build(
        Enumerable.Range(0, 3).Select(i => new ExtractedDocument(
            $"d{i}",
            "Khối thi đua số 8",
            [new DocumentSection(string.Empty, "Khối trưởng Khối thi đua số 8 năm 2025 là Hội Nạn nhân chất độc da cam. Hộ nghèo thoát nghèo.")],
            new DocumentSource("Báo", null, "Khối thi đua số 8"),
            new Dictionary<string, string>())));

    [Theory]
    [InlineData("khoois truwowngr nam 2025", "khoi truong nam 2025")]
    [InlineData("khối trrưởng năm 2025", "khối truong năm 2025")]
    [InlineData("bao nhiêu hộ nghhèo", "bao nhiêu hộ ngheo")]
    public void CorrectsTelexAndOneSlipTowardsTheKnowledgeBasesWords(string typed, string expected) =>
        Assert.Equal(expected, TypoCorrector.Correct(typed, Words));

    [Theory]
    [InlineData("khối 9 năm 2027")]
    [InlineData("Hội Nạn nhân chất độc da cam có Nguyễn Thị Phúc không")]
    [InlineData("ai viết bài đó, bao nhiêu hộ")]
    public void LeavesNumbersNamesAndCommonWordsAsTyped(string typed) =>
        Assert.Equal(typed, TypoCorrector.Correct(typed, Words));
}
