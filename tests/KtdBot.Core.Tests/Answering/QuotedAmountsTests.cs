using KtdBot.Answering.Passages;

namespace KtdBot.Core.Tests.Answering;

public sealed class QuotedAmountsTests
{
    [Fact]
    public void AMultipleOfTheBaseSalaryIsWorkedOut() =>
        Assert.Equal(["1,0 × 2.340.000 = 2.340.000 đồng", "0,3 × 2.340.000 = 702.000 đồng"],
            QuotedAmounts.Worked(["Danh hiệu “Chiến sĩ thi đua cơ sở” được thưởng 1,0 lần mức lương cơ sở;", "Lao động tiên tiến: 0,3 lần mức lương cơ sở."], 2_340_000m));

    [Fact]
    public void AnAmountMisprintedInMillionsIsQuotedInDong()
    {
        var (sentence, corrected) = QuotedAmounts.Corrected("tiền thưởng Chiến sĩ thi đua cơ sở được 2.340.000 triệu đồng.");

        Assert.True(corrected);
        Assert.Equal("tiền thưởng Chiến sĩ thi đua cơ sở được 2.340.000 đồng.", sentence);
        Assert.False(QuotedAmounts.Corrected("khoảng 2,34 triệu đồng").Corrected);
    }
}
