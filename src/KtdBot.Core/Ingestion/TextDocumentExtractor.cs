using System.Text;

namespace KtdBot.Ingestion;

/// <summary>
/// Plain text (UTF-8, or UTF-16 with a byte-order mark). Copies of news pages are common, so the page furniture
/// is stripped by <see cref="NewsPageCleaner"/>; all-capital lines and short unpunctuated lines that introduce a
/// paragraph become section headings.
/// </summary>
public sealed class TextDocumentExtractor : IDocumentExtractor
{
    /// <summary>The publication recorded when a page does not name one (what citations treat as unknown).</summary>
    public const string UnknownPublication = "không rõ";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".text"];

    /// <inheritdoc />
    public async Task<ExtractedDocument> ExtractAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        if (LooksBinary(text))
        {
            throw new DocumentFormatException($"{fileName}: binary content, not UTF-8 text");
        }

        var (lines, title, signed) = AdministrativeHeader.Reorder(TextColumns.Split(text.Split('\n').Select(l => l.TrimEnd('\r')).ToList()));
        var page = title is null ? NewsPageCleaner.Clean(lines) : NewsPageCleaner.Clean(lines.Select(l => new PageLine(l)), title);
        if (page.Title.Length == 0)
        {
            throw new DocumentFormatException($"{fileName}: no text");
        }

        return ToDocument(page, fileName, date: signed);
    }

    /// <summary>
    /// True for text decoded from bytes that were not text: NUL characters, or more than a few replacement
    /// characters (invalid UTF-8) or control characters.
    /// </summary>
    public static bool LooksBinary(string text)
    {
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return true;
        }

        var suspicious = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')))
            {
                suspicious++;
            }
        }

        return suspicious > 8 && suspicious * 100 > text.Length;
    }

    /// <summary>Builds a document from a cleaned page; shared by extractors of page-like formats.</summary>
    /// <param name="page">The cleaned page.</param>
    /// <param name="fileName">The file, as cited and as the source of the document id.</param>
    /// <param name="publication">Publication from metadata; wins over the masthead line of the page.</param>
    /// <param name="date">Date from metadata (yyyy-MM-dd); wins over dates printed on the page.</param>
    /// <param name="author">Author from metadata; wins over the byline.</param>
    public static ExtractedDocument ToDocument(CleanedPage page, string fileName, string? publication = null, string? date = null, string? author = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var sections = new List<DocumentSection>();
        var heading = string.Empty;
        var paragraphs = new List<string>();
        for (var i = 0; i < page.Paragraphs.Count; i++)
        {
            var paragraph = page.Paragraphs[i];
            if (IsHeading(page, i))
            {
                // A heading straight after another ("TM. ỦY BAN NHÂN DÂN" above "KT. CHỦ TỊCH") is kept as a section of its own.
                if (paragraphs.Count == 0 && heading.Length > 0)
                {
                    sections.Add(new DocumentSection(heading, string.Empty));
                }

                Flush(sections, heading, paragraphs);
                heading = paragraph;
                continue;
            }

            paragraphs.Add(paragraph);
        }

        Flush(sections, heading, paragraphs);
        var source = new DocumentSource(
            publication ?? page.Publication ?? UnknownPublication,
            date ?? page.PageDate,
            page.Title,
            author ?? page.Author,
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

    // The source's own markup decides when there is any; otherwise headings are guessed: capital lines
    // ("MỘT SỐ NHIỆM VỤ TRỌNG TÂM"), or short lines without final punctuation that open a long paragraph
    // ("Nhiều mô hình hay trên các lĩnh vực"). Photo captions end with a full stop on these pages.
    private static bool IsHeading(CleanedPage page, int index)
    {
        var line = page.Paragraphs[index];
        if (page.Headings is { } marked)
        {
            return marked.Contains(line) || IsCapitalHeading(line);
        }

        if (IsCapitalHeading(line))
        {
            return true;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return index > 0
            && index + 1 < page.Paragraphs.Count
            && page.Paragraphs[index + 1].Length > 150
            && line.Length <= 90
            && words is >= 2 and <= 12
            && char.IsUpper(line[0])
            && !".!?;:,…\"”'’)".Contains(line[^1], StringComparison.Ordinal)
            && !line.Contains("Ảnh:", StringComparison.Ordinal);
    }

    private static bool IsCapitalHeading(string line) =>
        line.Length is > 8 and < 120
        && line.Count(char.IsLetter) > 6
        && line.Where(char.IsLetter).All(char.IsUpper)
        && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3;
}
