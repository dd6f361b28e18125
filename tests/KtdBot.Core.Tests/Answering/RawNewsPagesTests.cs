using KtdBot.Core.Tests.Support;

namespace KtdBot.Core.Tests.Answering;

/// <summary>A folder holding only raw news pages, noise included, as <c>ask --knowledge</c> would be given.</summary>
public sealed class RawNewsPagesFixture() : BotFixture(CreateFolder())
{
    public const string Page = """
        Thứ năm, 20-03-25 08:15:02
        Bình Thuận, 31°C/ 29°C - 33°C Icon thời tiết nắng
        Theo dõi Báo Bình Thuận trên

        Khối thi đua 11 tổng kết công tác thi đua năm 2024

        Báo Bình Thuận

        Chiều 18/3, Khối thi đua 11 gồm Sở Tài chính, Sở Xây dựng, Sở Công Thương và Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.
        Đại biểu dự hội nghị tổng kết Khối thi đua 11.
        Đại biểu dự hội nghị tổng kết Khối thi đua 11.

        Năm 2024, các đơn vị trong khối đã vận động cán bộ, công chức đóng góp 1.250 triệu đồng cho Quỹ Vì người nghèo và xây dựng 37 căn nhà đại đoàn kết cho hộ nghèo trên địa bàn tỉnh.

        Tại hội nghị, Sở Tài chính bàn giao nhiệm vụ khối trưởng năm 2025 cho Sở Xây dựng. Ông Lê Văn Minh, Giám đốc Sở Xây dựng, phát biểu nhận nhiệm vụ.

        THANH HÀ

        Có thể bạn quan tâm

        Giá lúa tăng mạnh đầu vụ

        Giá lúa tại các địa phương tăng từ 300 đến 500 đồng mỗi ký so với tuần trước.
        """;

    private static string CreateFolder()
    {
        var folder = Directory.CreateTempSubdirectory("ktdbot-raw-").FullName;
        File.WriteAllText(Path.Combine(folder, "khoi-11.txt"), Page);

        // Copies of the real source pages, when the shared folder is present (CI has it).
        var seeds = FindSeeds();
        if (seeds is not null)
        {
            foreach (var seed in Directory.EnumerateFiles(seeds, "0*.txt"))
            {
                File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
            }
        }

        return folder;
    }

    internal static string? FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

public sealed class RawNewsPagesTests(RawNewsPagesFixture bot) : IClassFixture<RawNewsPagesFixture>
{
    [Theory]
    [InlineData("Khối thi đua 11 đóng góp bao nhiêu cho Quỹ Vì người nghèo?", "1.250 triệu")]
    [InlineData("khoi thi dua 11 xay bao nhieu can nha dai doan ket", "37")]
    [InlineData("Sở Tài chính bàn giao nhiệm vụ khối trưởng cho ai?", "Sở Xây dựng")]
    public async Task AnswersFromARawPageWithItsCitation(string question, string fact)
    {
        var answer = await bot.AskAsync(question);

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains(fact, answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Title.Contains("Khối thi đua 11", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TeasersAboutOtherNewsAreNotKnowledge()
    {
        var answer = await bot.AskAsync("Giá lúa tăng bao nhiêu đồng mỗi ký?");

        Assert.False(answer.Grounded);
    }

    [SeedsTheory]
    [InlineData("Công an tỉnh đã giúp đỡ bao nhiêu hộ nghèo?", "115")]
    [InlineData("Quỹ Mái ấm công đoàn giải ngân cho bao nhiêu lượt CNVCLĐ?", "14.000")]
    [InlineData("Khối thi đua 8 có bao nhiêu hội thành viên?", "12")]
    public async Task AnswersFromTheRealSourcePages(string question, string fact)
    {
        var answer = await bot.AskAsync(question);

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains(fact, answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Citations);
    }
}
