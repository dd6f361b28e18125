using System.Text;
using KtdBot.Ingestion;

namespace KtdBot.Core.Tests.Ingestion;

public sealed class TextDocumentExtractorTests
{
    private readonly TextDocumentExtractor _extractor = new();

    [Fact]
    public async Task KeepsOnlyTheArticleOfANoisyNewsPage()
    {
        var document = await ExtractAsync(NewsSamples.PlainText, "khoi-6-tong-ket.txt");

        Assert.Equal(NewsSamples.Title, document.Title);
        Assert.Collection(
            document.Sections,
            lead =>
            {
                Assert.Equal(string.Empty, lead.Heading);
                Assert.Equal([NewsSamples.Lead, NewsSamples.SigningCaption, NewsSamples.Movements], Paragraphs(lead));
            },
            results =>
            {
                Assert.Equal("KẾT QUẢ NỔI BẬT", results.Heading);
                Assert.Equal([NewsSamples.Results, NewsSamples.SpeakerCaptionWithCredit], Paragraphs(results));
            },
            plans =>
            {
                Assert.Equal("Phương hướng năm 2025", plans.Heading);
                Assert.Equal([NewsSamples.Plans], Paragraphs(plans));
            });
    }

    [Fact]
    public async Task ReadsATypedLetterheadAsTwoColumns()
    {
        const string notice = """
            UBND TỈNH SƠN LA
            CỤM THI ĐUA SỐ 3 CÁC XÃ              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Số: 02/TB-CTĐ3                          Độc lập - Tự do - Hạnh phúc
                                                Sông Mã, ngày 15 tháng 12 năm 2025

                                          THÔNG BÁO
            Kết luận của Cụm trưởng tại Hội nghị tổng kết công tác thi đua năm 2025

            Ngày 12/12/2025, tại Hội trường UBND xã Sông Mã, Cụm thi đua số 3 tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025.
            """;

        var document = await ExtractAsync(notice, "tb-02.txt");
        var text = string.Join("\n", document.Sections.Select(s => s.Heading + "\n" + s.Text));

        Assert.DoesNotContain("CÁC XÃ CỘNG HÒA", text, StringComparison.Ordinal);
        Assert.DoesNotContain("CTĐ3 Độc lập", text, StringComparison.Ordinal);
        Assert.Contains("Cụm thi đua số 3 tổ chức Hội nghị", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATypedPlanIsTitledByItsKindAndSubjectAndKeepsItsLetterhead()
    {
        const string plan = "\uFEFFỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\r\n"
            + " TỈNH CAO BẰNG                  Độc lập - Tự do - Hạnh phúc\r\n"
            + "Số: 27/KH-UBND             Cao Bằng, ngày 12 tháng 02 năm 2026\r\n\r\n"
            + "                            KẾ HOẠCH\r\n"
            + "  Tổ chức phong trào thi đua \"Chung sức xây dựng chính quyền số cấp xã\"\r\n"
            + "                           năm 2026\r\n\r\n"
            + "I. MỤC ĐÍCH, YÊU CẦU\r\n1. Đẩy mạnh chuyển đổi số, cải cách thủ tục hành chính ở cấp xã.\r\n";

        var document = await ExtractAsync(plan, "KH-27.txt");
        var text = string.Join("\n", document.Sections.Select(s => s.Heading + "\n" + s.Text));

        Assert.Equal("KẾ HOẠCH Tổ chức phong trào thi đua \"Chung sức xây dựng chính quyền số cấp xã\" năm 2026", document.Title);
        Assert.Contains("ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", text, StringComparison.Ordinal);
        Assert.Contains("Số: 27/KH-UBND", text, StringComparison.Ordinal);
        Assert.Equal("2026-02-12", document.Source.Date);
    }

    [Fact]
    public async Task RemovesWeatherDateMenuShareAndRelatedArticleLines()
    {
        var document = await ExtractAsync(NewsSamples.PlainText, "khoi-6-tong-ket.txt");
        var text = string.Join("\n", document.Sections.Select(s => s.Heading + "\n" + s.Text));

        foreach (var furniture in NewsSamples.Furniture)
        {
            Assert.DoesNotContain(furniture, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ReadsPublicationArticleDateAndBylineIntoTheSource()
    {
        var document = await ExtractAsync(NewsSamples.PlainText, "khoi-6-tong-ket.txt");

        Assert.Equal(NewsSamples.Publication, document.Source.Publication);
        Assert.Equal("2025-01-15", document.Source.Date); // the date under the headline, not the page clock (16/1)
        Assert.Equal("MINH KHOA", document.Source.Author);
        Assert.Equal(NewsSamples.Title, document.Source.Title);
        Assert.Equal("khoi-6-tong-ket.txt", document.Source.Location);
        Assert.Equal("khoi-6-tong-ket", document.Id);
    }

    [Fact]
    public async Task PageWithoutMastheadOrDateIsCitedAsUnknownPublication()
    {
        var page = "Hội Nông dân xã Tân Lộc phát động thi đua sản xuất giỏi\n\n"
            + "Sáng 3/3, Hội Nông dân xã Tân Lộc phát động phong trào thi đua sản xuất, kinh doanh giỏi năm 2025 tới 1.200 hội viên, "
            + "đặt mục tiêu có thêm 150 hộ đạt danh hiệu sản xuất giỏi các cấp và 5 tổ hợp tác mới.\n";

        var document = await ExtractAsync(page, "tan-loc.txt");

        Assert.Equal("Hội Nông dân xã Tân Lộc phát động thi đua sản xuất giỏi", document.Title);
        Assert.Equal(TextDocumentExtractor.UnknownPublication, document.Source.Publication);
        Assert.Null(document.Source.Date);
        Assert.Null(document.Source.Author);
        Assert.Single(document.Sections);
    }

    [Fact]
    public async Task BinaryFileIsRejectedNamingTheFile()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 };

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => _extractor.ExtractAsync(new MemoryStream(bytes), "anh-chup.txt", CancellationToken.None));

        Assert.Contains("anh-chup.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextInALegacyEightBitEncodingIsRejectedNamingTheFile()
    {
        // Windows-1258 bytes are not valid UTF-8: reading them as UTF-8 would store mojibake.
        var bytes = Enumerable.Repeat(new byte[] { 0x4B, 0x68, 0xF4, 0xEC, 0x20, 0x74, 0x68, 0x69, 0x20, 0xF0, 0x75, 0x61, 0x20 }, 20).SelectMany(b => b).ToArray();

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => _extractor.ExtractAsync(new MemoryStream(bytes), "cu.txt", CancellationToken.None));

        Assert.Contains("cu.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyFileIsRejectedNamingTheFile()
    {
        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => ExtractAsync("\n  \n", "trong.txt"));

        Assert.Contains("trong.txt", error.Message, StringComparison.Ordinal);
    }

    private static string[] Paragraphs(DocumentSection section) => section.Text.Split("\n\n");

    private Task<ExtractedDocument> ExtractAsync(string text, string fileName) =>
        _extractor.ExtractAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), fileName, CancellationToken.None);
}
