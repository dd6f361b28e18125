using KtdBot.Ingestion;

namespace KtdBot.Core.Tests.Ingestion;

public sealed class NewsPageCleanerTests
{
    private static readonly string LongParagraph =
        "Trong năm 2024, các đơn vị trong khối đã triển khai đồng bộ các phong trào thi đua yêu nước, gắn với việc thực hiện "
        + "nhiệm vụ chính trị được giao, qua đó hoàn thành vượt mức nhiều chỉ tiêu quan trọng của tỉnh.";

    private static readonly string OtherParagraph =
        "Năm 2025, khối tiếp tục đổi mới nội dung, hình thức tổ chức các phong trào thi đua, chú trọng phát hiện, bồi dưỡng "
        + "và nhân rộng các điển hình tiên tiến trong cán bộ, công chức và người lao động.";

    [Theory]
    [InlineData("Thứ hai, 10-11-25 18:42:04", "2025-11-10")]
    [InlineData("09/01/2025, 08:40", "2025-01-09")]
    [InlineData("Thứ 4, 29/11/2023 | 17:18:52", "2023-11-29")]
    [InlineData("Thứ 3, 27/02/2024, 11:29[GMT+7]", "2024-02-27")]
    [InlineData("Cập nhật: 08:40 ngày 09/01/2025", "2025-01-09")]
    [InlineData("Chủ nhật, 5/1/2025 - 07:15 (GMT+7)", "2025-01-05")]
    [InlineData("16/01/2025 06:45 | 1.204 lượt xem", "2025-01-16")]
    public void ReadsDateLinesInTheFormatsNewsPagesUse(string line, string expected)
    {
        Assert.True(NewsPageCleaner.TryReadDateLine(line, out var date));
        Assert.Equal(expected, date);
    }

    [Theory]
    [InlineData("Ngày 15/1, Khối thi đua số 6 tổ chức hội nghị")]
    [InlineData("31/02/2025")]
    public void DoesNotTakeSentencesOrImpossibleDatesForDateLines(string line)
    {
        Assert.False(NewsPageCleaner.TryReadDateLine(line, out _));
    }

    [Theory]
    [InlineData("NGỌC HÂN", "NGỌC HÂN")]
    [InlineData("Hồng Quân", "Hồng Quân")]
    [InlineData("Bài và ảnh: Trần Thị Mai", "Trần Thị Mai")]
    [InlineData("Hoàng Uyên - Ngọc Hân", "Hoàng Uyên - Ngọc Hân")]
    public void RecognisesBylines(string line, string expected)
    {
        Assert.Equal(expected, NewsPageCleaner.ReadByline(line));
    }

    [Theory]
    [InlineData("Ảnh: T.A")]
    [InlineData("Đại biểu tham dự hội nghị")]
    [InlineData("Năm 2025")]
    public void DoesNotTakeCaptionsOrHeadingsForBylines(string line)
    {
        Assert.Null(NewsPageCleaner.ReadByline(line));
    }

    [Theory]
    [InlineData("Có thể bạn quan tâm")]
    [InlineData("Tin liên quan")]
    [InlineData("Bài liên quan:")]
    [InlineData("(0) Bình luận")]
    [InlineData("Bình luận (12)")]
    [InlineData("POWERED BY ONECMS - A PRODUCT OF NEKO")]
    [InlineData("© 2025 Báo Kiên Thành")]
    public void RemovesRelatedArticleTeasers(string teaserHeading)
    {
        var page = NewsPageCleaner.Clean(["Khối thi đua số 2 tổng kết năm 2024 tại tỉnh", LongParagraph, teaserHeading, "Cử tri vùng sâu nô nức đi bầu cử từ sáng sớm", OtherParagraph]);

        Assert.Equal([LongParagraph], page.Paragraphs);
    }

    [Fact]
    public void CapitalHeadingOverAParagraphIsNotTakenForTheByline()
    {
        var page = NewsPageCleaner.Clean(["Khối thi đua số 2 tổng kết năm 2024 tại tỉnh", LongParagraph, OtherParagraph, "KẾT QUẢ NỔI BẬT", LongParagraph + " Tiếp theo.", "MINH KHOA"]);

        Assert.Equal("MINH KHOA", page.Author);
        Assert.Contains("KẾT QUẢ NỔI BẬT", page.Paragraphs);
    }

    [Fact]
    public void KeepsTheArticleWhenATeaserHeadingComesBeforeIt()
    {
        var page = NewsPageCleaner.Clean(["Khối thi đua số 2 tổng kết năm 2024 tại tỉnh", "Tin mới", LongParagraph]);

        Assert.Equal([LongParagraph], page.Paragraphs);
    }

    [Theory]
    [InlineData("6,161 lượt xem")]
    [InlineData("12 bình luận")]
    [InlineData("Chia sẻ Facebook Zalo")]
    [InlineData("Theo dõi Báo điện tử Cà Mau trên")]
    [InlineData("Trang chủ » Thời sự » Chính trị")]
    [InlineData("Từ khóa: thi đua, khen thưởng")]
    [InlineData("Xem thêm: Khối thi đua số 3 ký kết giao ước thi đua")]
    [InlineData("Cà Mau, 32°C/ 32°C - 33°C Icon thời tiết nắng")]
    [InlineData("Ảnh: Hồng Quân")]
    [InlineData("Ảnh minh hoạ")]
    public void DropsPageFurnitureLines(string furniture)
    {
        var page = NewsPageCleaner.Clean(["Khối thi đua số 2 tổng kết năm 2024 tại tỉnh", LongParagraph, furniture, OtherParagraph]);

        Assert.Equal([LongParagraph, OtherParagraph], page.Paragraphs);
    }

    [Fact]
    public void KeepsOneOfTwoCaptionsSeparatedByOtherText()
    {
        const string caption = "Đại tá Nguyễn Văn Hùng phát biểu tại hội nghị tổng kết.";
        var page = NewsPageCleaner.Clean(["Khối thi đua số 2 tổng kết năm 2024 tại tỉnh", caption, "ảnh-hội-nghị.jpg", caption, LongParagraph]);

        Assert.Equal([caption, LongParagraph], page.Paragraphs);
    }

    [Fact]
    public void KnownTitleDropsEverythingAboveTheHeadline()
    {
        const string title = "Khối thi đua số 2 tổng kết năm 2024 tại tỉnh";
        PageLine[] lines = [new("Đăng nhập để theo dõi những tin bài mới nhất của báo"), new(title), new(LongParagraph)];

        var page = NewsPageCleaner.Clean(lines, knownTitle: title);

        Assert.Equal(title, page.Title);
        Assert.Equal([LongParagraph], page.Paragraphs);
    }
}
