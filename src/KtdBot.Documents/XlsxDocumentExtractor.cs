using System.Globalization;
using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KtdBot.Ingestion;
using KtdBot.Text;

namespace KtdBot.Documents;

/// <summary>
/// Excel workbooks (.xlsx): one section per sheet, headed by the sheet's name; each row becomes one line with its cells
/// separated by " | " (empty cells keep their place, so columns line up), the way DOCX and PDF tables are read.
/// Hidden sheets are left out.
/// </summary>
public sealed class XlsxDocumentExtractor : IDocumentExtractor
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Extensions { get; } = [".xlsx"];

    /// <inheritdoc />
    public Task<ExtractedDocument> ExtractAsync(Stream content, string fileName, CancellationToken cancellationToken) =>
        OpenXmlReading.ReadAsync(content, fileName, ".xlsx", buffer =>
        {
            using var workbook = SpreadsheetDocument.Open(buffer, isEditable: false);
            return Read(workbook, fileName);
        }, cancellationToken);

    private static ExtractedDocument Read(SpreadsheetDocument workbook, string fileName)
    {
        var part = workbook.WorkbookPart ?? throw new DocumentFormatException($"{fileName}: the .xlsx file has no workbook");
        var shared = part.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var sections = new List<DocumentSection>();
        var inline = part.WorksheetParts.SelectMany(w => w.Worksheet?.Descendants<InlineString>() ?? []).Select(i => i.InnerText);
        var marks = Emphasis.HasLegend(string.Join(' ', shared.Concat(inline))) ? CellFonts(part) : null;
        foreach (var sheet in part.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            // A hidden sheet is a draft or a lookup the office put out of sight, not what the workbook says.
            if (sheet.State?.Value is { } state && state != SheetStateValues.Visible)
            {
                continue;
            }

            if (sheet.Id?.Value is not { } id || part.GetPartById(id) is not WorksheetPart worksheet)
            {
                continue;
            }

            var lines = new List<string>();
            foreach (var row in worksheet.Worksheet?.Descendants<Row>() ?? [])
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnIndex(cell.CellReference?.Value);
                    while (column is { } c && cells.Count < c)
                    {
                        cells.Add(string.Empty);
                    }

                    var text = VietnameseText.Normalize(Value(cell, shared)).Trim().Replace('\n', ' ');
                    var font = marks is not null && cell.StyleIndex?.Value is { } style && style < marks.Count ? marks[(int)style] : default;
                    cells.Add(Emphasis.Mark(text, font.Bold, font.Italic));
                }

                while (cells.Count > 0 && cells[^1].Length == 0)
                {
                    cells.RemoveAt(cells.Count - 1);
                }

                if (cells.Count > 0)
                {
                    lines.Add(string.Join(" | ", cells));
                }
            }

            if (lines.Count > 0)
            {
                sections.Add(new DocumentSection(VietnameseText.Normalize(sheet.Name?.Value ?? string.Empty), string.Join('\n', lines)));
            }
        }

        if (sections.Count == 0)
        {
            throw new DocumentFormatException($"{fileName}: the .xlsx file has no text");
        }

        var title = workbook.PackageProperties.Title is { Length: > 0 } t ? VietnameseText.Normalize(t) : FirstText(sections) ?? Path.GetFileNameWithoutExtension(fileName);
        var source = new DocumentSource(
            TextDocumentExtractor.UnknownPublication,
            workbook.PackageProperties.Created?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            title,
            workbook.PackageProperties.Creator,
            fileName);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { [MetadataKeys.Kind] = "document" };
        return new ExtractedDocument(DocumentIds.FromFileName(fileName), title, sections, source, metadata);
    }

    // Per cell style: whether its font is bold or italic.
    private static List<(bool Bold, bool Italic)> CellFonts(WorkbookPart part)
    {
        var stylesheet = part.WorkbookStylesPart?.Stylesheet;
        var fonts = stylesheet?.Fonts?.Elements<Font>().ToList() ?? [];
        return stylesheet?.CellFormats?.Elements<CellFormat>().Select(format =>
        {
            var font = format.FontId?.Value is { } id && id < fonts.Count ? fonts[(int)id] : null;
            return (On(font?.Bold, font?.Bold?.Val), On(font?.Italic, font?.Italic?.Val));
        }).ToList() ?? [];

        // <b/> is bold; <b val="0"/> is not.
        static bool On(OpenXmlElement? element, BooleanValue? value) => element is not null && (value is null || !value.HasValue || value.Value);
    }

    // A title row above the header ("DANH SÁCH KHỐI, CỤM THI ĐUA NĂM 2025") names the workbook better than its file name.
    private static string? FirstText(List<DocumentSection> sections)
    {
        var first = sections[0].Text.Split('\n')[0];
        var cells = first.Split(" | ").Where(c => c.Trim().Length > 0).ToList();
        return cells.Count == 1 && cells[0].Length > 8 ? cells[0].Trim() : null;
    }

    private static string Value(Cell cell, List<string> shared)
    {
        var raw = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? string.Empty;
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return index < shared.Count ? shared[index] : string.Empty;
        }

        return raw;
    }

    // "C7" → 2.
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                break;
            }

            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }
}
