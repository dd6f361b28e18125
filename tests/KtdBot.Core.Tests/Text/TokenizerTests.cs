using KtdBot.Text;

namespace KtdBot.Core.Tests.Text;

public sealed class TokenizerTests
{
    [Fact]
    public void ThousandsSeparatorsDoNotChangeANumber()
    {
        Assert.Equal(Tokenizer.Syllables("144000 hộ"), Tokenizer.Syllables("144.000 hộ"));
        Assert.Equal("144000", Tokenizer.Syllables("144.000").Single().Accented);
        Assert.Equal("10000000", Tokenizer.Syllables("10.000.000").Single().Accented);
    }

    [Fact]
    public void DecimalCommaIsKeptAsADecimalPoint()
    {
        Assert.Equal(["2.5", "triệu"], Tokenizer.Syllables("2,5 triệu").Select(t => t.Accented));
    }

    [Fact]
    public void CommaBeforeThreeDigitsIsAThousandsSeparator()
    {
        Assert.Equal("6161", Tokenizer.Syllables("6,161 lượt xem").First().Accented);
    }

    [Fact]
    public void SplitsSyllablesInLowerCaseWithTheirFoldedForms()
    {
        var tokens = Tokenizer.Syllables("Cờ Thi Đua").ToList();

        Assert.Equal(["cờ", "thi", "đua"], tokens.Select(t => t.Accented));
        Assert.Equal(["co", "thi", "dua"], tokens.Select(t => t.Folded));
        Assert.True(tokens[0].HasDiacritics);
        Assert.False(tokens[1].HasDiacritics);
    }

    [Fact]
    public void PunctuationBreaksPhrases()
    {
        var tokens = Tokenizer.Tokenize("Khối 8, năm 2024");

        Assert.Equal(5, tokens.Count);
        Assert.Null(tokens[2]);
    }
}
