using System.Text;
using KtdBot.Text;

namespace KtdBot.Core.Tests.Text;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("Hoà Bình", "Hòa Bình")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("quý", "qúy")]
    [InlineData("Thuý", "Thúy")]
    [InlineData("loà", "lòa")]
    public void ToneMarkPlacementVariantsNormaliseToTheSameText(string modern, string traditional)
    {
        Assert.Equal(VietnameseText.Normalize(traditional), VietnameseText.Normalize(modern));
    }

    [Theory]
    [InlineData("qúy", "quý")]
    [InlineData("hoà", "hòa")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("hoàn", "hoàn")]
    [InlineData("người", "người")]
    [InlineData("giữa", "giữa")]
    [InlineData("già", "già")]
    [InlineData("tuổi", "tuổi")]
    public void PlacesTheToneOnTheCanonicalVowel(string input, string expected)
    {
        Assert.Equal(expected.Normalize(NormalizationForm.FormC), VietnameseText.Normalize(input));
    }

    [Fact]
    public void DecomposedInputEqualsComposedInput()
    {
        const string composed = "Khối thi đua khen thưởng năm 2024";
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);

        Assert.Equal(composed, VietnameseText.Normalize(decomposed));
    }

    [Fact]
    public void MarksTypedInEitherOrderComposeToTheSameLetter()
    {
        // "ố" typed as o + acute + circumflex (some keyboards) instead of o + circumflex + acute.
        var oddOrder = "Kho\u0301\u0302i";

        Assert.Equal("Khối", VietnameseText.Normalize(oddOrder));
    }

    [Fact]
    public void ReadsIcelandicEthAsVietnameseDd()
    {
        Assert.Equal("Đoàn Thanh niên", VietnameseText.Normalize("\u00D0oàn Thanh niên"));
        Assert.Equal("doan thanh nien", VietnameseText.Fold("\u00D0oàn Thanh niên"));
    }

    [Fact]
    public void FoldsDdToD()
    {
        Assert.Equal("dai doan ket", VietnameseText.Fold("Đại đoàn kết"));
    }

    [Theory]
    [InlineData("thi\u00ADđua", "thiđua")]
    [InlineData("thi\u200B đua", "thi đua")]
    [InlineData("\uFEFFKhối thi đua", "Khối thi đua")]
    [InlineData("khen\u200Dthưởng", "khenthưởng")]
    public void RemovesInvisibleCharacters(string input, string expected)
    {
        Assert.Equal(expected, VietnameseText.Normalize(input));
    }

    [Fact]
    public void NormalisingKeepsCaseAndFoldingLowersIt()
    {
        Assert.Equal("CỜ THI ĐUA", VietnameseText.Normalize("CỜ THI ĐUA"));
        Assert.Equal("co thi dua", VietnameseText.Fold("CỜ THI ĐUA"));
        Assert.Equal(VietnameseText.Fold("cờ thi đua"), VietnameseText.Fold("CỜ THI ĐUA"));
    }

    [Fact]
    public void QueryTypedWithoutDiacriticsMatchesTheFoldedAccentedText()
    {
        var accented = Tokenizer.Syllables("Khối thi đua số 8 được tặng Cờ thi đua của UBND tỉnh").Select(t => t.Folded);
        var typed = Tokenizer.Syllables("khoi thi dua so 8 duoc tang co thi dua cua ubnd tinh").Select(t => t.Accented);

        Assert.Equal(accented, typed);
    }

    [Fact]
    public void ToneVariantsGiveTheSameTokens()
    {
        Assert.Equal(Tokenizer.Syllables("Hội Liên hiệp Phụ nữ, sức khỏe"), Tokenizer.Syllables("Hội Liên hiệp Phụ nữ, sức khoẻ"));
    }

    [Theory]
    [InlineData("Khối", true)]
    [InlineData("đua", true)]
    [InlineData("khoi thi dua", false)]
    public void TellsWhetherTextCarriesDiacritics(string text, bool expected)
    {
        Assert.Equal(expected, VietnameseText.HasDiacritics(text));
    }
}
