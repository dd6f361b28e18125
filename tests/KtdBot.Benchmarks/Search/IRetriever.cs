using KtdBot.Evaluation;
using KtdBot.Ingestion;

namespace KtdBot.Benchmarks.Search;

/// <summary>
/// One system under comparison. Every system indexes the same passages (the chunks <see cref="Chunker"/>
/// cuts from the documents) and ranks documents by their best passage, as <see cref="BeirEvaluator"/> does.
/// </summary>
internal interface IRetriever : IDisposable
{
    /// <summary>Short label for tables.</summary>
    string Name { get; }

    /// <summary>Passages indexed by the last build.</summary>
    int Passages { get; }

    /// <summary>What the built index holds, in a few words.</summary>
    string Detail { get; }

    /// <summary>Chunks and indexes the documents (the timed "index" phase).</summary>
    Task BuildAsync(IReadOnlyList<ExtractedDocument> documents, CancellationToken cancellationToken);

    /// <summary>
    /// The query path being timed: encode the query, search <paramref name="depth"/> × 4 passages, and
    /// return the distinct document ids, best first, at most <paramref name="depth"/>.
    /// </summary>
    ValueTask<IReadOnlyList<string>> SearchAsync(string query, int depth, CancellationToken cancellationToken);
}

/// <summary>Corpus documents exactly as <see cref="BeirEvaluator.RunAsync"/> builds them.</summary>
internal static class BeirDocuments
{
    /// <summary>One single-section document per corpus line.</summary>
    public static List<ExtractedDocument> From(BeirDataset set) =>
        set.Corpus.Select(d => new ExtractedDocument(
            d.Id,
            d.Title,
            [new DocumentSection(string.Empty, d.Text)],
            new DocumentSource("BEIR", null, d.Title),
            new Dictionary<string, string> { [MetadataKeys.Kind] = "document" })).ToList();

    /// <summary>Distinct document ids of ranked passages, best first (ties keep passage order).</summary>
    public static IReadOnlyList<string> Rank(IEnumerable<string> passageDocumentIds, int depth) =>
        passageDocumentIds.Distinct(StringComparer.Ordinal).Take(depth).ToList();
}
