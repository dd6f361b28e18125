using KtdBot.Answering;
using KtdBot.Answering.Passages;

namespace KtdBot.Core.Tests.Answering;

/// <summary>A question that asks for a sum of money is answered only by a unit that holds one.</summary>
public sealed class AnswerTypeTests
{
    [Theory]
    [InlineData("Lao động tiên tiến: 0,3 lần mức lương cơ sở.", true)]
    [InlineData("Cờ thi đua của UBND tỉnh được thưởng 18.720.000 đồng.", true)]
    [InlineData("Quỹ đã trao hỗ trợ 2,5 tỷ đồng cho các hộ.", true)]
    [InlineData("Danh sách Trưởng Công an xã 34 tỉnh thành sau sáp nhập.", false)]
    [InlineData("Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ.", false)]
    public void AnAmountQuestionNeedsAnAmount(string unit, bool shows)
    {
        var type = AnswerTypes.Of(NameMatcher.Syllables("lao dong tien tien duoc thuong bao nhieu tien"));

        Assert.Equal(AnswerType.Amount, type);
        Assert.Equal(shows, AnswerTypes.Shows(type, unit));
    }
}
