using KtdBot.Answering;

namespace KtdBot.Core.Tests.Answering;

public sealed class NameMatcherTests
{
    [Theory]
    [InlineData("sy", "si")] // y for i after a consonant
    [InlineData("ky", "ki")]
    [InlineData("dau", "dua")] // neighbours swapped
    [InlineData("vein", "vien")]
    [InlineData("truog", "truong")] // one letter dropped
    [InlineData("khoii", "khoi")] // one letter inserted
    [InlineData("truong", "truonh")] // one letter replaced in a long syllable
    [InlineData("truogn", "truong")] // neighbours swapped at the end
    public void ForgivesOneSlip(string typed, string name) => Assert.True(NameMatcher.SameSyllable(typed, name));

    [Theory]
    [InlineData("tien", "vien")] // short syllables: a replaced letter is another word
    [InlineData("oy", "oi")] // a vowel before the final y/i: not a y/i spelling
    [InlineData("khoi", "kho")] // dropping from a short syllable
    [InlineData("truong", "trunhg")] // two letters apart
    [InlineData("8", "9")]
    public void KeepsDifferentWordsApart(string typed, string name) => Assert.False(NameMatcher.SameSyllable(typed, name));

    [Fact]
    public void FindsAWholeNameInAQuestion()
    {
        var query = NameMatcher.Syllables("hội nông dân tỉnh có trong khối 8 không");

        Assert.True(NameMatcher.Contains(query, NameMatcher.Syllables("Hội Nông dân")));
        Assert.False(NameMatcher.Contains(query, NameMatcher.Syllables("Hội Cựu chiến binh")));
    }
}
