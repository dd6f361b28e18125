namespace KtdBot.Ingestion;

/// <summary>Where a document comes from, as cited to users.</summary>
/// <param name="Publication">Newspaper or legal document name; "không rõ" when unknown.</param>
/// <param name="Date">Publication date (yyyy-MM-dd) when known.</param>
/// <param name="Title">The original headline or document title.</param>
/// <param name="Author">Byline, when known.</param>
/// <param name="Location">File path or URL the text was read from.</param>
public sealed record DocumentSource(string Publication, string? Date, string Title, string? Author = null, string? Location = null);

/// <summary>One headed part of a document; <paramref name="Heading"/> is empty for a lead without a heading.</summary>
public sealed record DocumentSection(string Heading, string Text);

/// <summary>Plain text pulled out of one file, before chunking.</summary>
/// <param name="Id">Stable document id (front matter id, or derived from the file name).</param>
/// <param name="Title">Document title.</param>
/// <param name="Sections">Body in reading order.</param>
/// <param name="Source">Citation data.</param>
/// <param name="Metadata">Filterable facts: see <see cref="MetadataKeys"/>.</param>
public sealed record ExtractedDocument(
    string Id,
    string Title,
    IReadOnlyList<DocumentSection> Sections,
    DocumentSource Source,
    IReadOnlyDictionary<string, string> Metadata);

/// <summary>Metadata keys shared by extractors, chunks and store filters.</summary>
public static class MetadataKeys
{
    /// <summary>article | regulation | bloc | campaign | award | document.</summary>
    public const string Kind = "kind";

    /// <summary>Province name as written in the knowledge base.</summary>
    public const string Province = "province";

    /// <summary>Comma-separated bloc ids.</summary>
    public const string Blocs = "blocs";

    /// <summary>Comma-separated years the document speaks about.</summary>
    public const string Years = "years";
}

/// <summary>Turns one file's bytes into an <see cref="ExtractedDocument"/>.</summary>
public interface IDocumentExtractor
{
    /// <summary>File extensions handled, lower case with the dot (".html").</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>Extracts the text. Throws <see cref="DocumentFormatException"/> when the file is broken.</summary>
    Task<ExtractedDocument> ExtractAsync(Stream content, string fileName, CancellationToken cancellationToken);
}

/// <summary>A file could not be read as the format its name promises.</summary>
public sealed class DocumentFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DocumentFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public DocumentFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public DocumentFormatException()
    {
    }
}
