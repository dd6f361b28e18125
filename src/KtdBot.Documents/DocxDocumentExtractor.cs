using System.Globalization;
using System.IO.Packaging;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using KtdBot.Ingestion;
using KtdBot.Text;

namespace KtdBot.Documents;

/// <summary>
/// Word documents (.docx). Paragraphs in order; paragraphs in a heading style (Heading 1–9, by style name or
/// outline level, so localised and custom styles based on them count) open sections; tables become one line per
/// row with cells separated by " | ". Title, creator and creation date come from the core properties.
/// </summary>
public sealed partial class DocxDocumentExtractor : IDocumentExtractor
{
    private const int TitleLevel = 0;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    /// <inheritdoc />
    public Task<ExtractedDocument> ExtractAsync(Stream content, string fileName, CancellationToken cancellationToken) =>
        OpenXmlReading.ReadAsync(content, fileName, ".docx", buffer =>
        {
            using var document = WordprocessingDocument.Open(buffer, isEditable: false);
            return Read(document, fileName);
        }, cancellationToken);

    private static ExtractedDocument Read(WordprocessingDocument document, string fileName)
    {
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new DocumentFormatException($"{fileName}: the .docx file has no document body");
        var levels = StyleLevels(document.MainDocumentPart.StyleDefinitionsPart?.Styles);
        var blocks = new List<(string Text, int? Level)>();
        Collect(body, levels, blocks, Emphasis.HasLegend(body.InnerText));

        var properties = document.PackageProperties;
        // Without a set title, an administrative document is titled by its kind and subject ("KẾ HOẠCH Tổ chức phong
        // trào thi đua …") under its letterhead, not by its first heading or its file name.
        var title = Clean(properties.Title) ?? AdministrativeHeader.Reorder(blocks.Take(20).Select(b => b.Text).ToList()).Title;
        var sections = new List<DocumentSection>();
        var path = new string?[10];
        var heading = string.Empty;
        var paragraphs = new List<string>();
        foreach (var (text, level) in blocks)
        {
            if (level is null)
            {
                paragraphs.Add(text);
                continue;
            }

            if (level == TitleLevel || (title is null && sections.Count == 0 && paragraphs.Count == 0 && heading.Length == 0))
            {
                if (title is null)
                {
                    title = text;
                    continue;
                }

                if (level == TitleLevel || string.Equals(text, title, StringComparison.Ordinal))
                {
                    continue;
                }
            }

            Flush(sections, heading, paragraphs);
            path[level.Value] = text;
            Array.Clear(path, level.Value + 1, path.Length - level.Value - 1);
            heading = string.Join(" › ", path.Where(h => h is not null));
        }

        Flush(sections, heading, paragraphs);
        if (sections.Count == 0)
        {
            throw new DocumentFormatException($"{fileName}: the .docx file has no text");
        }

        title ??= Path.GetFileNameWithoutExtension(fileName);
        var source = new DocumentSource(
            TextDocumentExtractor.UnknownPublication,
            properties.Created?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            title,
            Clean(properties.Creator),
            fileName);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { [MetadataKeys.Kind] = "document" };
        return new ExtractedDocument(DocumentIds.FromFileName(fileName), title, sections, source, metadata);
    }

    private static void Collect(OpenXmlElement container, Dictionary<string, int> levels, List<(string Text, int? Level)> blocks, bool marks)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    var text = ParagraphText(paragraph);
                    if (text.Length > 0)
                    {
                        blocks.Add((text, HeadingLevel(paragraph, levels)));
                    }

                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        // Empty cells keep their place, so a "Ghi chú" column stays the third column on every row.
                        var cells = row.Elements<TableCell>()
                            .Select(c => CellText(c, marks))
                            .ToList();
                        while (cells.Count > 0 && cells[^1].Length == 0)
                        {
                            cells.RemoveAt(cells.Count - 1);
                        }

                        if (cells.Count > 0)
                        {
                            blocks.Add((string.Join(" | ", cells), null));
                        }
                    }

                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    Collect(element, levels, blocks, marks); // content controls wrap ordinary paragraphs and tables
                    break;
            }
        }
    }

    // A cell's paragraphs; when the document gives bold or italics a meaning, a cell set wholly in one is marked.
    private static string CellText(TableCell cell, bool marks)
    {
        var text = string.Join(' ', cell.Descendants<Paragraph>().Select(ParagraphText).Where(t => t.Length > 0));
        if (!marks || text.Length == 0)
        {
            return text;
        }

        var runs = cell.Descendants<Run>().Where(r => r.InnerText.Trim().Length > 0).ToList();
        return Emphasis.Mark(text, runs.Count > 0 && runs.All(r => On(r.RunProperties?.Bold, r.RunProperties?.Bold?.Val)), runs.Count > 0 && runs.All(r => On(r.RunProperties?.Italic, r.RunProperties?.Italic?.Val)));

        static bool On(OpenXmlElement? element, OnOffValue? value) => element is not null && (value is null || !value.HasValue || value.Value);
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var builder = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    builder.Append(' ');
                    break;
            }
        }

        return Clean(builder.ToString()) ?? string.Empty;
    }

    private static int? HeadingLevel(Paragraph paragraph, Dictionary<string, int> levels)
    {
        var properties = paragraph.ParagraphProperties;
        if (properties?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
        {
            return outline + 1;
        }

        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        if (styleId is null)
        {
            return null;
        }

        if (levels.TryGetValue(styleId, out var level))
        {
            return level;
        }

        var match = HeadingName().Match(styleId);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : styleId.Equals("Title", StringComparison.OrdinalIgnoreCase) ? TitleLevel : null;
    }

    // Style id → heading level, from the style's name ("heading 2", "Title"), its outline level, or the style it is based on.
    private static Dictionary<string, int> StyleLevels(Styles? styles)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (styles is null)
        {
            return result;
        }

        var byId = styles.Elements<Style>().Where(s => s.StyleId?.Value is not null).GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var id in byId.Keys)
        {
            if (LevelOf(id, byId, depth: 0) is { } level)
            {
                result[id] = level;
            }
        }

        return result;
    }

    private static int? LevelOf(string id, Dictionary<string, Style> byId, int depth)
    {
        if (depth > 10 || !byId.TryGetValue(id, out var style))
        {
            return null;
        }

        var name = style.StyleName?.Val?.Value ?? string.Empty;
        if (name.Equals("Title", StringComparison.OrdinalIgnoreCase))
        {
            return TitleLevel;
        }

        var match = HeadingName().Match(name);
        if (match.Success)
        {
            return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
        {
            return outline + 1;
        }

        return style.BasedOn?.Val?.Value is { } parent ? LevelOf(parent, byId, depth + 1) : null;
    }

    private static string? Clean(string? text)
    {
        var normalized = WhitespaceRun().Replace(VietnameseText.Normalize(text), " ").Trim();
        return normalized.Length > 0 ? normalized : null;
    }

    private static void Flush(List<DocumentSection> sections, string heading, List<string> paragraphs)
    {
        if (paragraphs.Count > 0)
        {
            sections.Add(new DocumentSection(heading, string.Join("\n\n", paragraphs)));
            paragraphs.Clear();
        }
    }

    [GeneratedRegex(@"^heading\s*([1-9])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhitespaceRun();
}
