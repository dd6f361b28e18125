using KtdBot.Core.Tests.Support;

namespace KtdBot.Core.Tests.Answering;

/// <summary>
/// The worst failure is a true fact about the wrong thing: another province's unit, another article's author,
/// another title's reward. Each of these must be declined, not answered from the nearest record.
/// </summary>
public sealed class BorrowedFactTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Theory]
    [InlineData("Hội Nhà báo tỉnh Cà Mau thuộc khối thi đua nào?", "thành viên của")] // the Hội Nhà báo on record is Bình Thuận's
    [InlineData("tac gia bai khoi thi dua 2 ca mau tong ket 2024 la ai", "Hồng Quân")] // the MTTQ article's byline
    [InlineData("Mức thưởng Huân chương Lao động hạng Nhất là bao nhiêu?", "lần mức lương")] // no amount in the sources
    [InlineData("giám đốc công an tỉnh cà mau tên gì", "Phó Giám đốc")] // a title is not a name
    [InlineData("Khối thi đua các cơ quan Đảng tỉnh Cà Mau năm 2025 ai làm khối trưởng?", "khối trưởng")] // a bloc we do not know
    public async Task DeclinesInsteadOfBorrowing(string question, string borrowed)
    {
        var answer = await bot.AskAsync(question);

        Assert.False(answer.Grounded, answer.Text);
        Assert.DoesNotContain(borrowed, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComparesTheRewardsOfBothTitlesNamed()
    {
        var answer = await bot.AskAsync("co thi dua cua chinh phu voi co thi dua cap tinh tien thuong chenh nhau the nao");

        Assert.True(answer.Grounded);
        Assert.Contains("12 lần", answer.Text, StringComparison.Ordinal);
        Assert.Contains("8 lần", answer.Text, StringComparison.Ordinal);
    }
}
