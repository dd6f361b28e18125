using KtdBot.Answering;

namespace KtdBot.Core.Tests.Answering;

public sealed class QuestionPartsTests
{
    [Theory]
    [InlineData("Hội Nông dân tỉnh thuộc khối nào, khối đó gồm những ai", "Hội Nông dân tỉnh thuộc khối nào", "khối đó gồm những ai")]
    [InlineData("trung doan 894 thuoc cum nao, cum do tong ket ngay nao", "trung doan 894 thuoc cum nao", "cum do tong ket ngay nao")]
    [InlineData("Sở Y tế ở khối nào và khối đó ai làm khối trưởng?", "Sở Y tế ở khối nào", "khối đó ai làm khối trưởng?")]
    [InlineData("QĐ 71/2025 của Hà Nội ký ngày nào, theo tờ trình số mấy", "QĐ 71/2025 của Hà Nội ký ngày nào", "theo tờ trình số mấy")]
    [InlineData("QD 71/2025 Ha Noi hieu luc tu ngay nao va thay the QD nao", "QD 71/2025 Ha Noi hieu luc tu ngay nao", "thay the QD nao")]
    [InlineData("ho so nop may bo, co mat phi ko", "ho so nop may bo", "co mat phi ko")]
    public void AQuestionWhoseSecondPartRefersBackIsAnsweredInTwo(string question, string first, string second) =>
        Assert.Equal([first, second], QuestionParts.Split(question));

    [Theory]
    [InlineData("Các đơn vị trong khối, khối đó có bao nhiêu thành viên")] // the first part asks nothing
    [InlineData("Khối 8 gồm những hội nào?")]
    [InlineData("Hội Luật gia và Hội Nhà báo có cùng một khối không")]
    [InlineData("ty le cstdcs khong qua 15% so lđtt, dung ko ad")] // a statement with its tag
    [InlineData("ai là khối trưởng và khối phó năm 2025")] // the second names, it does not ask
    public void OtherQuestionsStayWhole(string question) =>
        Assert.Equal([question], QuestionParts.Split(question));

    [Fact]
    public void TheSecondAnswersSourcesFollowTheFirstsAndASharedSourceKeepsItsNumber()
    {
        var shared = new Citation("Quyết định 1850", "UBND tỉnh, 25/8/2025", "…");
        var first = new Answer("Sở Y tế thuộc Khối 3. [1]", true, [shared], []);
        var second = new Answer("Khối 3 gồm Sở Y tế [2] và Sở GD&ĐT [1].", true, [shared, new Citation("Danh sách 2026", "UBND tỉnh, 14/01/2026", "…")], []);

        var joined = AnswerParts.Join(first, second);

        Assert.Equal("Sở Y tế thuộc Khối 3. [1]\n\nKhối 3 gồm Sở Y tế [2] và Sở GD&ĐT [1].", joined.Text);
        Assert.Equal(["Quyết định 1850", "Danh sách 2026"], joined.Citations.Select(c => c.Title));
    }
}
