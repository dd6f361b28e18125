namespace KtdBot.Ingestion;

/// <summary>One retrievable passage: a piece of one section of one document, with its citation.</summary>
/// <param name="Id">Deterministic id (see <see cref="DocumentIds.ChunkId"/>).</param>
/// <param name="DocumentId">The document it came from.</param>
/// <param name="Ordinal">Position within the document.</param>
/// <param name="Title">Document title.</param>
/// <param name="Heading">Section heading path, possibly empty.</param>
/// <param name="Text">The passage.</param>
/// <param name="Source">Citation.</param>
/// <param name="Metadata">Filterable facts (<see cref="MetadataKeys"/>).</param>
public sealed record KnowledgeChunk(
    Guid Id,
    string DocumentId,
    int Ordinal,
    string Title,
    string Heading,
    string Text,
    DocumentSource Source,
    IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary>The text that search sees: title and heading give a passage its subject.</summary>
    public string SearchText => Heading.Length > 0 ? $"{Title}. {Heading}. {Text}" : $"{Title}. {Text}";

    /// <summary>Reads a metadata value, or null.</summary>
    public string? Meta(string key) => Metadata.TryGetValue(key, out var value) ? value : null;
}
