using System.Text;
using KtdBot.Ingestion;

namespace KtdBot.Core.Tests.Ingestion;

public sealed class MarkdownDocumentExtractorTests
{
    private readonly MarkdownDocumentExtractor _extractor = new();

    [Fact]
    public async Task ReadsFrontMatterAndHeadedSections()
    {
        const string markdown = """
            ---
            id: khoi-6-2024
            title: Khối thi đua số 6 tổng kết năm 2024
            province: Kiên Thành
            source:
              publication: Báo Kiên Thành
              date: 2025-01-15
              author: Minh Khoa
            ---
            # Khối thi đua số 6 tổng kết năm 2024

            Khối gồm 9 sở, ngành thuộc khối kinh tế.

            ## Kết quả

            Có 3 tập thể được đề nghị tặng Cờ thi đua.
            """;

        var document = await ExtractAsync(markdown, "khoi-6.md");

        Assert.Equal("khoi-6-2024", document.Id);
        Assert.Equal("Báo Kiên Thành", document.Source.Publication);
        Assert.Equal("2025-01-15", document.Source.Date);
        Assert.Equal("Minh Khoa", document.Source.Author);
        Assert.Equal("Kiên Thành", document.Metadata[MetadataKeys.Province]);
        Assert.Equal(["", "Kết quả"], document.Sections.Select(s => s.Heading));
    }

    [Fact]
    public async Task BrokenFrontMatterIsReportedWithTheFileName()
    {
        const string markdown = """
            ---
            title: "Khối thi đua số 6
            source: [Báo Kiên Thành
            ---
            Nội dung.
            """;

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => ExtractAsync(markdown, "hong.md"));

        Assert.StartsWith("hong.md", error.Message, StringComparison.Ordinal);
        Assert.Contains("YAML", error.Message, StringComparison.Ordinal);
    }

    private Task<ExtractedDocument> ExtractAsync(string text, string fileName) =>
        _extractor.ExtractAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), fileName, CancellationToken.None);
}
