using KtdBot.Llm;

namespace KtdBot.Core.Tests.Llm;

public sealed class GroundingCheckTests
{
    private const string Evidence = """
        {"Bloc":{"Id":"khoi-thi-dua-8-binh-thuan","Name":"Khối thi đua 8","Province":"Bình Thuận","MemberCount":12},"Year":2025,
        "Unit":"Hội Nạn nhân chất độc da cam/dioxin tỉnh","ChosenOn":"2025-01-08"}
        Bà Nguyễn Thị Phúc, Chủ tịch Hội Người cao tuổi tỉnh, báo cáo tổng kết. Quỹ đã hỗ trợ 1.200 người, tăng 3,5%.
        """;

    private static GroundingCheck Check() => new([Evidence]);

    [Theory]
    [InlineData("Năm 2025, Hội Nạn nhân chất độc da cam/dioxin tỉnh làm khối trưởng Khối thi đua 8 (Bình Thuận) [1].")]
    [InlineData("Hội được chọn ngày 8/1/2025 [1].")]
    [InlineData("Khối thi đua 8 có 12 hội thành viên [2].")]
    [InlineData("Quỹ đã hỗ trợ 1200 người, tăng 3.5% [1].")]
    [InlineData("Theo bà Nguyễn Thị Phúc, Hội Người cao tuổi tỉnh đã báo cáo [1].")]
    [InlineData("Theo Hội Nạn nhân chất độc da cam, khối đã tổng kết.")]
    [InlineData("- Hội Người cao tuổi\n- Hội Nạn nhân chất độc da cam/dioxin")]
    [InlineData("BÀ NGUYỄN THỊ PHÚC chủ trì.")]
    [InlineData("ba Nguyen Thi Phuc chu tri; khoi truong la Hoi Nan nhan chat doc da cam.")]
    [InlineData("Tôi chưa có thông tin về việc này trong dữ liệu.")]
    public void AcceptsAnswersWhoseNumbersAndNamesAreInTheEvidence(string answer) =>
        Assert.Empty(Check().Unsupported(answer));

    [Theory]
    [InlineData("Khối thi đua 8 có 15 hội thành viên [1].", "15")]
    [InlineData("Năm 2026, Hội Nạn nhân chất độc da cam làm khối trưởng.", "2026")]
    [InlineData("Quỹ đã hỗ trợ 1.300 người [1].", "1.300")]
    [InlineData("Khối trưởng là ông Phạm Minh Giang, Chủ tịch Hội [1].", "Phạm Minh Giang")]
    [InlineData("Năm 2025, Hội Cựu chiến binh tỉnh làm khối trưởng [1].", "Hội Cựu")]
    [InlineData("Bà Nguyễn Thị Phương chủ trì hội nghị [1].", "Nguyễn Thị Phương")]
    [InlineData("Theo Sở Nội vụ Bình Thuận, khối đã tổng kết.", "Sở Nội")]
    public void FlagsInventedNumbersAndNames(string answer, string invented) =>
        Assert.Contains(invented, Check().Unsupported(answer));

    [Fact]
    public void ComparesNamesWithTheirDiacriticsWhenTheAnswerHasThem() =>
        Assert.Contains("Nguyễn Thị Phùng", Check().Unsupported("Bà Nguyễn Thị Phùng chủ trì [1]."));

    [Fact]
    public void DoesNotReadCitationMarkersAsNumbers() =>
        Assert.Empty(Check().Unsupported("Khối thi đua 8 có 12 hội [1][3][4, 5]."));

    [Fact]
    public void DoesNotTakeCitationMarkersOfTheEvidenceAsNumbers() =>
        Assert.Contains("1", new GroundingCheck(["Hội Khuyến học tỉnh [1]"]).Unsupported("Hội Khuyến học có 1 thành viên."));

    [Fact]
    public void UsesEveryEvidenceText()
    {
        var check = new GroundingCheck(["Hội Khuyến học tỉnh", "đề nghị tặng 3 Bằng khen"]);
        Assert.Empty(check.Unsupported("Hội Khuyến học được đề nghị tặng 3 Bằng khen."));
    }

    [Theory]
    [InlineData("1.200", "1200")]
    [InlineData("1,200", "1200")]
    [InlineData("12.500.000", "12500000")]
    [InlineData("3.5", "3,5")]
    [InlineData("3,5", "3,5")]
    [InlineData("1.234,5", "1234,5")]
    [InlineData("08", "8")]
    [InlineData("0", "0")]
    public void CanonicalisesNumbersAsVietnameseWritesThem(string written, string canonical) =>
        Assert.Equal(canonical, GroundingCheck.Canonical(written));
}
