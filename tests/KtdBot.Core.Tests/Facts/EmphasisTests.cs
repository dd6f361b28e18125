using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;
using KtdBot.Documents;
using KtdBot.Facts;

namespace KtdBot.Core.Tests.Facts;

/// <summary>A roster that marks its leader in bold and its deputy in italics, and says so in a legend.</summary>
public sealed class EmphasisTests
{
    [Fact]
    public async Task ABoldAndAnItalicUnitAreTheLeaderAndDeputyTheLegendNames()
    {
        var document = await ExtractAsync(legend: "(Đơn vị in đậm giữ nhiệm vụ Khối trưởng; đơn vị in nghiêng giữ nhiệm vụ Khối phó)");

        var facts = FactExtractor.Extract(document).Blocs;

        Assert.Equal(["Bảo hiểm xã hội tỉnh", "Cục Hải quan tỉnh", "Kho bạc Nhà nước tỉnh"], Assert.Single(facts.OfType<MembersFact>()).Members);
        var roles = facts.OfType<RoleFact>().Select(r => (r.Deputy, r.Unit)).ToList();
        Assert.Equal([(false, "Cục Hải quan tỉnh"), (true, "Kho bạc Nhà nước tỉnh")], roles);
    }

    [Fact]
    public async Task WithoutALegendBoldMeansNothing()
    {
        var document = await ExtractAsync(legend: "Danh sách các đơn vị thành viên.");

        var facts = FactExtractor.Extract(document).Blocs;

        Assert.Empty(facts.OfType<RoleFact>());
        Assert.DoesNotContain("*", document.Sections.Single().Text, StringComparison.Ordinal);
    }

    private static async Task<KtdBot.Ingestion.ExtractedDocument> ExtractAsync(string legend)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body(
                new Paragraph(new Run(new WText("4. KHỐI THI ĐUA SỐ IV – Khối các cơ quan Trung ương tỉnh Lạng Sơn năm 2024"))),
                new Paragraph(new Run(new WText(legend))),
                new Table(
                    Row(Cell("TT", bold: true), Cell("Cơ quan, đơn vị", bold: true)),
                    Row(Cell("1"), Cell("Bảo hiểm xã hội tỉnh")),
                    Row(Cell("2"), Cell("Cục Hải quan tỉnh", bold: true)),
                    Row(Cell("3"), Cell("Kho bạc Nhà nước tỉnh", italic: true))));
            word.AddMainDocumentPart().Document = new Document(body);
        }

        return await new DocxDocumentExtractor().ExtractAsync(new MemoryStream(stream.ToArray()), "qd-98.docx", CancellationToken.None);
    }

    private static TableRow Row(params TableCell[] cells) => new(cells);

    private static TableCell Cell(string text, bool bold = false, bool italic = false)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        return new TableCell(new Paragraph(new Run(properties, new WText(text))));
    }
}
