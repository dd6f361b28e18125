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

    /// <summary>What fact extraction read from each document, with its evidence.</summary>
    public IReadOnlyList<Facts.DocumentFacts> Facts { get; init; } = [];

    /// <summary>Hand-written fields that extracted facts disagree with (the hand-written value is kept).</summary>
    public IReadOnlyList<Facts.KnowledgeConflict> Conflicts { get; init; } = [];

    /// <summary>Files whose text and facts came from the parsed-file cache instead of being read again.</summary>
    public int FilesFromCache { get; init; }

    /// <summary>
    /// The province a folder is mostly about (its blocs' sources name it at least twice as often as any other), or null.
    /// A question that names no province is asked about it; a neighbour's bloc of the same number is answered only when
    /// the question names the neighbour.
    /// </summary>
    public string? HomeProvince => (_home ??= new Lazy<string?>(() =>
    {
        var counts = Blocs.Where(b => b.Province is not null)
            .GroupBy(b => b.Province!, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Province: g.Key, Documents: g.SelectMany(b => b.Sources).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(c => c.Documents)
            .ToList();
        return counts.Count > 0 && counts[0].Documents >= 2 && (counts.Count == 1 || counts[0].Documents >= 2 * counts[1].Documents) ? counts[0].Province : null;
    })).Value;

    private Lazy<string?>? _home;

    /// <summary>How many bloc records came from documents rather than YAML.</summary>
    public int ExtractedBlocs => Blocs.Count(b => b.Extracted);

    // Answers look documents up by id many times per question; the first document with an id wins, as before.
    private readonly Dictionary<string, ExtractedDocument> _byId = documents.DistinctBy(d => d.Id).ToDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>The document with this id, if it was loaded.</summary>
    public ExtractedDocument? Document(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The citation of a document id, if it was loaded.</summary>
    public DocumentSource? SourceOf(string id) => Document(id)?.Source;
}
