using KtdBot.Ingestion;

namespace KtdBot.Knowledge;

/// <summary>Everything loaded from a knowledge folder: documents to index, structured records, and problems found.</summary>
public sealed class KnowledgeBase(
    IReadOnlyList<ExtractedDocument> documents,
    IReadOnlyList<Bloc> blocs,
    IReadOnlyList<Campaign> campaigns,
    IReadOnlyList<AwardTitle> awards,
    IReadOnlyList<KnowledgeError> errors)
{
    /// <summary>An empty knowledge base.</summary>
    public static KnowledgeBase Empty { get; } = new([], [], [], [], []);

    /// <summary>Documents to chunk and index (articles, regulations, rendered records, other files).</summary>
    public IReadOnlyList<ExtractedDocument> Documents { get; } = documents;

    /// <summary>Blocs and clusters.</summary>
    public IReadOnlyList<Bloc> Blocs { get; } = blocs;

    /// <summary>Campaigns and movements.</summary>
    public IReadOnlyList<Campaign> Campaigns { get; } = campaigns;

    /// <summary>Emulation titles and forms of commendation.</summary>
    public IReadOnlyList<AwardTitle> Awards { get; } = awards;

    /// <summary>Files or fields that could not be loaded, each naming the file (and line).</summary>
    public IReadOnlyList<KnowledgeError> Errors { get; } = errors;

    /// <summary>The citation of a document id, if it was loaded.</summary>
    public DocumentSource? SourceOf(string id) => Documents.FirstOrDefault(d => d.Id == id)?.Source;
}
