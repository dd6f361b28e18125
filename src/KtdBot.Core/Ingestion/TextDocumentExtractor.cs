using System.Text;

namespace KtdBot.Ingestion;

/// <summary>
/// Plain text. Copies of news pages are common, so the page furniture is stripped by
/// <see cref="NewsPageCleaner"/>; all-capital lines become section headings.
/// </summary>
public sealed class TextDocumentExtractor : IDocumentExtractor
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".text"];

    /// <inheritdoc />
    public async Task<ExtractedDocument> ExtractAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new DocumentFormatException($"{fileName}: binary content, not text");
        }

        var page = NewsPageCleaner.Clean(text.Split('\n'));
        if (page.Title.Length == 0)
        {
            throw new DocumentFormatException($"{fileName}: no text");
        }

        return ToDocument(page, fileName);
    }

    /// <summary>Builds a document from a cleaned page; shared by extractors of page-like formats.</summary>
    public static ExtractedDocument ToDocument(CleanedPage page, string fileName, string? publication = null, string? date = null)
    {
        var sections = new List<DocumentSection>();
        var heading = string.Empty;
        var paragraphs = new List<string>();
        foreach (var paragraph in page.Paragraphs)
        {
            if (IsCapitalHeading(paragraph))
            {
                Flush(sections, heading, paragraphs);
                heading = paragraph;
                continue;
            }

            paragraphs.Add(paragraph);
        }

        Flush(sections, heading, paragraphs);
        var source = new DocumentSource(
            publication ?? page.Publication ?? "không rõ",
            date ?? page.PageDate,
            page.Title,
            page.Author,
            fileName);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { [MetadataKeys.Kind] = "document" };
        return new ExtractedDocument(DocumentIds.FromFileName(fileName), page.Title, sections, source, metadata);
    }

    private static void Flush(List<DocumentSection> sections, string heading, List<string> paragraphs)
    {
        if (paragraphs.Count > 0)
        {
            sections.Add(new DocumentSection(heading, string.Join("\n\n", paragraphs)));
            paragraphs.Clear();
        }
    }

    private static bool IsCapitalHeading(string line) =>
        line.Length is > 8 and < 120
        && line.Count(char.IsLetter) > 6
        && line.Where(char.IsLetter).All(char.IsUpper)
        && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3;
}
