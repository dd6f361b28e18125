using KtdBot.Llm;

namespace KtdBot.Core.Tests.Llm;

public sealed class AnswerCitationsTests
{
    [Fact]
    public void KeepsMarkersOfExistingSources()
    {
        var (text, cited) = AnswerCitations.Keep("Khối có 12 hội [1]. Khối trưởng năm 2025 là Hội Da cam [2].", 2);
        Assert.Equal("Khối có 12 hội [1]. Khối trưởng năm 2025 là Hội Da cam [2].", text);
        Assert.Equal(2, cited);
    }

    [Fact]
    public void DropsMarkersOfSourcesThatDoNotExist()
    {
        var (text, cited) = AnswerCitations.Keep("Khối có 12 hội [1][7]. Hội đã tổng kết [9].", 2);
        Assert.Equal("Khối có 12 hội [1]. Hội đã tổng kết.", text);
        Assert.Equal(1, cited);
    }

    [Fact]
    public void SplitsListsAndRangesIntoSingleMarkers()
    {
        var (text, cited) = AnswerCitations.Keep("Theo các nguồn [1, 3] và [2-3].", 3);
        Assert.Equal("Theo các nguồn [1][3] và [2][3].", text);
        Assert.Equal(4, cited);
    }

    [Fact]
    public void CountsNothingWhenNoMarkerIsValid() =>
        Assert.Equal(0, AnswerCitations.Keep("Khối có 12 hội [4].", 2).Cited);
}
