using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KtdBot.Ingestion;
using KtdBot.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace KtdBot.Documents;

/// <summary>
/// PDF files with a text layer (scans without OCR have none and are reported as such). Words are grouped into
/// lines and blocks page by page in reading order (columns included), lines of a block are joined into
/// paragraphs, and lines set larger or bolder than the body text, or in capitals, become section headings.
/// Running headers, footers and page numbers repeated on most pages are dropped. Title, author and creation
/// date come from the document information when set.
/// </summary>
public sealed partial class PdfDocumentExtractor : IDocumentExtractor
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    /// <inheritdoc />
    public async Task<ExtractedDocument> ExtractAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        var bytes = buffer.ToArray();
        if (!HasPdfHeader(bytes))
        {
            throw new DocumentFormatException($"{fileName}: not a PDF file (no %PDF- header)");
        }

        List<List<PdfParagraph>> pages;
        DocumentInformation information;
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            information = pdf.Information;
            pages = [];
            foreach (var page in pdf.GetPages())
            {
                cancellationToken.ThrowIfCancellationRequested();
                pages.Add(ReadPage(page));
            }
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new DocumentFormatException($"{fileName}: the PDF is encrypted and cannot be read without its password", ex);
        }
        catch (Exception ex) when (IsBrokenPdf(ex))
        {
            throw new DocumentFormatException($"{fileName}: broken or truncated PDF ({ex.Message})", ex);
        }

        var paragraphs = JoinPages(DropRunningHeaders(pages));
        if (paragraphs.Count == 0)
        {
            throw new DocumentFormatException($"{fileName}: no text layer in the PDF (a scan without OCR?)");
        }

        return Build(paragraphs, information, fileName);
    }

    private static bool HasPdfHeader(byte[] bytes)
    {
        // The header may follow a little junk (the spec allows it within the first 1024 bytes).
        var window = Math.Min(bytes.Length, 1024);
        return bytes.AsSpan(0, window).IndexOf("%PDF-"u8) >= 0;
    }

    // PdfPig reports damage with many exception types; none of them says anything but "this file is broken".
    private static bool IsBrokenPdf(Exception ex) =>
        ex is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException
            or KeyNotFoundException or InvalidCastException or FormatException or OverflowException or EndOfStreamException
            or NullReferenceException or InvalidDataException or NotSupportedException;

    private static List<PdfParagraph> ReadPage(Page page)
    {
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        if (letters.Count == 0)
        {
            return [];
        }

        var words = NearestNeighbourWordExtractor.Instance.GetWords(letters).ToList();
        var tables = PdfTables.Find(words).OrderByDescending(t => t.Top).ToList();
        var inTables = tables.SelectMany(t => t.Words).ToHashSet();
        var prose = words.Where(w => !inTables.Contains(w)).ToList();
        var blocks = prose.Count == 0 ? [] : DocstrumBoundingBoxes.Instance.GetBlocks(prose);
        var ordered = UnsupervisedReadingOrderDetector.Instance.Get(blocks).OrderBy(b => b.ReadingOrder).ToList();
        var paragraphs = new List<PdfParagraph>();
        foreach (var block in ordered)
        {
            // A table comes before the first block below its top edge: one paragraph per row, never a heading.
            while (tables.Count > 0 && tables[0].Top >= block.BoundingBox.Top)
            {
                AddRows(tables[0]);
                tables.RemoveAt(0);
            }

            PdfParagraph? current = null;
            double? previousBottom = null;
            foreach (var line in block.TextLines)
            {
                var style = LineStyle.Of(line);
                var text = VietnameseText.Normalize(string.Join(' ', line.Words.Select(w => w.Text))).Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                var gap = previousBottom is { } bottom ? bottom - line.BoundingBox.Top : 0;
                var newParagraph = current is null
                    || current.Style != style
                    || gap > style.Size * 0.9;
                if (newParagraph)
                {
                    current = new PdfParagraph(style, page.Number);
                    paragraphs.Add(current);
                }

                current!.Lines.Add(text);
                previousBottom = line.BoundingBox.Bottom;
            }
        }

        tables.ForEach(AddRows);
        return paragraphs;

        void AddRows(PdfTables.Table table)
        {
            foreach (var row in table.Rows)
            {
                var cells = new PdfParagraph(default, page.Number) { IsRow = true };
                cells.Lines.Add(VietnameseText.Normalize(row));
                paragraphs.Add(cells);
            }
        }
    }

    // A header or footer is a short text printed on most pages, at most differing by the page number.
    private static List<List<PdfParagraph>> DropRunningHeaders(List<List<PdfParagraph>> pages)
    {
        if (pages.Count < 3)
        {
            return pages.Select(p => p.Where(x => !PageNumber().IsMatch(x.Text)).ToList()).ToList();
        }

        var counts = pages
            .SelectMany(p => p.Where(x => x.Text.Length < 120 && !x.IsRow).Select(x => Digits().Replace(x.Text, "#")).Distinct())
            .GroupBy(t => t, StringComparer.Ordinal)
            .Where(g => g.Count() * 2 > pages.Count)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        return pages
            .Select(p => p.Where(x => !PageNumber().IsMatch(x.Text) && !(x.Text.Length < 120 && !x.IsRow && counts.Contains(Digits().Replace(x.Text, "#")))).ToList())
            .ToList();
    }

    // A paragraph cut by a page break continues when the next page starts in lower case.
    private static List<PdfParagraph> JoinPages(List<List<PdfParagraph>> pages)
    {
        var result = new List<PdfParagraph>();
        foreach (var page in pages)
        {
            for (var i = 0; i < page.Count; i++)
            {
                var paragraph = page[i];
                if (i == 0 && result.Count > 0 && result[^1] is var last
                    && last.Style == paragraph.Style
                    && !last.IsRow && !paragraph.IsRow
                    && !EndsSentence(last.Text)
                    && paragraph.Text.Length > 0 && char.IsLower(paragraph.Text[0]))
                {
                    last.Lines.AddRange(paragraph.Lines);
                    continue;
                }

                result.Add(paragraph);
            }
        }

        return result;
    }

    private static ExtractedDocument Build(List<PdfParagraph> paragraphs, DocumentInformation information, string fileName)
    {
        // Table rows carry no style of their own: the body is what the prose is set in.
        var prose = paragraphs.Where(p => !p.IsRow).DefaultIfEmpty(paragraphs[0]).ToList();
        var bodySize = prose
            .GroupBy(p => p.Style.Size)
            .OrderByDescending(g => g.Sum(p => p.Text.Length))
            .First().Key;
        var bodyBold = prose.Where(p => p.Style.Size == bodySize).GroupBy(p => p.Style.Bold).OrderByDescending(g => g.Sum(p => p.Text.Length)).First().Key;

        bool IsHeading(PdfParagraph p) =>
            !p.IsRow
            && p.Text.Length < 160
            && (p.Style.Size >= bodySize * 1.15
                || (p.Style.Bold && !bodyBold && !EndsSentence(p.Text))
                || IsCapitals(p.Text)
                || LegalHeading().IsMatch(p.Text));

        // A PDF printed from a browser is "titled" with the page's file name: no title at all. An administrative
        // document is titled by its kind and subject ("BÁO CÁO Tổng kết …") and dated by its signing line.
        var title = Clean(information.Title) is { } set && !FileNameLike().IsMatch(set) ? set : null;
        var (_, formalTitle, signed) = AdministrativeHeader.Reorder(paragraphs.Take(20).Select(p => p.Text).ToList());
        title ??= formalTitle;
        var sections = new List<DocumentSection>();
        var heading = string.Empty;
        var body = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            if (IsHeading(paragraph))
            {
                if (title is null && sections.Count == 0 && body.Count == 0)
                {
                    title = paragraph.Text; // the first heading of a document without a set title is its title
                    continue;
                }

                if (string.Equals(paragraph.Text, title, StringComparison.Ordinal))
                {
                    continue;
                }

                if (body.Count == 0 && heading.Length > 0)
                {
                    heading = $"{heading} › {paragraph.Text}"; // "Chương II" then "TỔ CHỨC THI ĐUA": one heading
                    continue;
                }

                Flush(sections, heading, body);
                heading = paragraph.Text;
                continue;
            }

            body.Add(paragraph.Text);
        }

        Flush(sections, heading, body);
        title ??= Path.GetFileNameWithoutExtension(fileName);
        var created = information.GetCreatedDateTimeOffset();
        var source = new DocumentSource(
            TextDocumentExtractor.UnknownPublication,
            signed ?? created?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            title,
            Clean(information.Author),
            fileName);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { [MetadataKeys.Kind] = "document" };
        return new ExtractedDocument(DocumentIds.FromFileName(fileName), title, sections, source, metadata);
    }

    private static void Flush(List<DocumentSection> sections, string heading, List<string> body)
    {
        if (body.Count > 0 || heading.Length > 0)
        {
            var text = string.Join("\n\n", body);
            sections.Add(new DocumentSection(heading, text.Length > 0 ? text : heading));
            body.Clear();
        }
    }

    private static string? Clean(string? text)
    {
        var normalized = VietnameseText.Normalize(text).Trim();
        return normalized.Length > 0 ? normalized : null;
    }

    [GeneratedRegex(@"^\S+\.(?:html?|pdf|docx?|xlsx?|txt|md)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileNameLike();

    private static bool EndsSentence(string text) => text.Length > 0 && ".!?:;…\"”".Contains(text[^1], StringComparison.Ordinal);

    private static bool IsCapitals(string text) =>
        text.Length is > 8 and < 120
        && text.Count(char.IsLetter) > 6
        && text.Where(char.IsLetter).All(char.IsUpper);

    [GeneratedRegex(@"^(?:-\s*)?(?:trang\s+)?\d{1,4}(?:\s*(?:/|of|trên)\s*\d{1,4})?(?:\s*-)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    // "Chương II", "Mục 3", "Phần thứ nhất": the divisions of legal documents.
    [GeneratedRegex(@"^(?:Chương|Mục|Phần)\s+(?:[IVXLC]+|\d+|thứ\s+\p{L}+)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex LegalHeading();

    /// <summary>How a line is set: size rounded to half a point, and whether most of its letters are bold.</summary>
    private readonly record struct LineStyle(double Size, bool Bold)
    {
        public static LineStyle Of(TextLine line)
        {
            var letters = line.Words.SelectMany(w => w.Letters).ToList();
            var size = letters.Count == 0 ? 0 : Math.Round(Median(letters.Select(l => l.PointSize)) * 2, MidpointRounding.AwayFromZero) / 2;
            var bold = letters.Count > 0 && letters.Count(IsBold) * 2 > letters.Count;
            return new LineStyle(size, bold);
        }

        private static bool IsBold(Letter letter) =>
            letter.FontName?.Contains("bold", StringComparison.OrdinalIgnoreCase) == true
            || letter.FontName?.Contains("black", StringComparison.OrdinalIgnoreCase) == true
            || letter.FontDetails?.IsBold == true;

        private static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted[sorted.Count / 2];
        }
    }

    /// <summary>Consecutive lines of one block set in one style.</summary>
    private sealed class PdfParagraph(LineStyle style, int page)
    {
        public LineStyle Style { get; } = style;

        public int Page { get; } = page;

        /// <summary>A table row ("cell | cell"): never a heading, never joined to the next page's text.</summary>
        public bool IsRow { get; init; }

        public List<string> Lines { get; } = [];

        public string Text => JoinLines(Lines);

        // Lines of a paragraph join with a space; a word hyphenated at the end of a line joins without one.
        private static string JoinLines(List<string> lines)
        {
            var builder = new StringBuilder();
            foreach (var line in lines)
            {
                if (builder.Length > 0)
                {
                    if (builder[^1] == '-' && builder.Length > 1 && char.IsLetter(builder[^2]) && line.Length > 0 && char.IsLower(line[0]))
                    {
                        builder.Length--;
                    }
                    else
                    {
                        builder.Append(' ');
                    }
                }

                builder.Append(line);
            }

            return builder.ToString();
        }
    }
}
