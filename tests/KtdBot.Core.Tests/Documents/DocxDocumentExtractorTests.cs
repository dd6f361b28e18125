using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using KtdBot.Documents;
using KtdBot.Ingestion;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace KtdBot.Core.Tests.Documents;

public sealed class DocxDocumentExtractorTests
{
    private const string Scope =
        "Quy chế này quy định nội dung, tiêu chí thi đua và hình thức khen thưởng đối với các đơn vị trong Khối thi đua số 6 "
        + "của tỉnh Kiên Thành.";

    private const string Members = "Khối gồm 9 sở, ngành thuộc khối kinh tế; Khối trưởng năm 2025 là Sở Tài chính.";

    private const string Criteria = "Đơn vị dẫn đầu được đề nghị Ủy ban nhân dân tỉnh tặng Cờ thi đua.";

    private readonly DocxDocumentExtractor _extractor = new();

    [Fact]
    public async Task HeadingStylesOpenSectionsAndTablesBecomeRows()
    {
        var docx = Docx(
            body =>
            {
                body.Append(Paragraph("Quy chế thi đua Khối thi đua số 6", "Title"));
                body.Append(Paragraph("Chương I. Quy định chung", "Heading1"));
                body.Append(Paragraph(Scope));
                body.Append(Paragraph(Members));
                body.Append(Paragraph("Chương II. Tiêu chí và khen thưởng", "Heading1"));
                body.Append(Paragraph("Điều 5. Tiêu chí", "Heading2"));
                body.Append(Paragraph(Criteria));
                body.Append(Table(["Danh hiệu", "Số lượng"], ["Cờ thi đua của UBND tỉnh", "1"], ["Bằng khen của Chủ tịch UBND tỉnh", "3"]));
            });

        var document = await ExtractAsync(docx, "quy-che-khoi-6.docx");

        Assert.Equal("Quy chế thi đua Khối thi đua số 6", document.Title);
        Assert.Collection(
            document.Sections,
            general =>
            {
                Assert.Equal("Chương I. Quy định chung", general.Heading);
                Assert.Equal([Scope, Members], general.Text.Split("\n\n"));
            },
            criteria =>
            {
                Assert.Equal("Chương II. Tiêu chí và khen thưởng › Điều 5. Tiêu chí", criteria.Heading);
                Assert.Equal(
                    [Criteria, "Danh hiệu | Số lượng", "Cờ thi đua của UBND tỉnh | 1", "Bằng khen của Chủ tịch UBND tỉnh | 3"],
                    criteria.Text.Split("\n\n"));
            });
    }

    [Fact]
    public async Task ReadsTitleCreatorAndCreationDateFromCoreProperties()
    {
        var docx = Docx(
            body => body.Append(Paragraph(Scope)),
            word =>
            {
                word.PackageProperties.Title = "Quy chế Khối thi đua số 6";
                word.PackageProperties.Creator = "Ban Thi đua - Khen thưởng tỉnh";
                word.PackageProperties.Created = new DateTime(2025, 1, 15, 9, 0, 0, DateTimeKind.Utc);
            });

        var document = await ExtractAsync(docx, "quy-che.docx");

        Assert.Equal(new DocumentSource(TextDocumentExtractor.UnknownPublication, "2025-01-15", "Quy chế Khối thi đua số 6", "Ban Thi đua - Khen thưởng tỉnh", "quy-che.docx"), document.Source);
        Assert.Equal([Scope], document.Sections.Select(s => s.Text));
    }

    [Fact]
    public async Task CustomHeadingStyleBasedOnABuiltInHeadingCounts()
    {
        var docx = Docx(
            body =>
            {
                body.Append(Paragraph("Quy chế thi đua", "Title"));
                body.Append(Paragraph("Phạm vi điều chỉnh", "TieuDeMuc"));
                body.Append(Paragraph(Scope));
            },
            styles: new Styles(
                new Style(new StyleName { Val = "heading 1" }) { Type = StyleValues.Paragraph, StyleId = "Heading1" },
                new Style(new StyleName { Val = "Tiêu đề mục" }, new BasedOn { Val = "Heading1" }) { Type = StyleValues.Paragraph, StyleId = "TieuDeMuc" }));

        var document = await ExtractAsync(docx, "quy-che.docx");

        Assert.Equal("Phạm vi điều chỉnh", document.Sections.Single().Heading);
    }

    [Fact]
    public async Task GarbageFileIsRejectedNamingTheFile()
    {
        var garbage = "Đây không phải tệp Word, chỉ là văn bản đổi đuôi."u8.ToArray();

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => ExtractAsync(garbage, "hong.docx"));

        Assert.Contains("hong.docx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TruncatedFileIsRejectedNamingTheFile()
    {
        var docx = Docx(body => body.Append(Paragraph(Scope)));

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => ExtractAsync(docx[..(docx.Length / 2)], "bi-cat.docx"));

        Assert.Contains("bi-cat.docx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentWithoutTextIsRejectedNamingTheFile()
    {
        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => ExtractAsync(Docx(_ => { }), "trong.docx"));

        Assert.Contains("trong.docx", error.Message, StringComparison.Ordinal);
    }

    private Task<ExtractedDocument> ExtractAsync(byte[] docx, string fileName) =>
        _extractor.ExtractAsync(new MemoryStream(docx), fileName, CancellationToken.None);

    private static byte[] Docx(Action<Body> write, Action<WordprocessingDocument>? properties = null, Styles? styles = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            write(body);
            main.Document = new Document(body);
            if (styles is not null)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
            }

            properties?.Invoke(document);
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, string? style = null)
    {
        var paragraph = new Paragraph(new Run(new WordText(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (style is not null)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        return paragraph;
    }

    private static Table Table(params string[][] rows) =>
        new(rows.Select(cells => new TableRow(cells.Select(c => new TableCell(Paragraph(c))))));
}
