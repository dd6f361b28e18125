using KtdBot.Ingestion;
using KtdBot.Search;

namespace KtdBot.Benchmarks.Search;

/// <summary>
/// The product: <see cref="IngestionPipeline"/> encodes the chunks, <see cref="EmbeddedKnowledgeStore"/> holds them,
/// and queries go through <see cref="KnowledgeIndex.SearchAsync"/> (query encoding + sparse search), unchanged.
/// </summary>
internal sealed class EmbeddedRetriever : IRetriever
{
    private KnowledgeIndex? _index;

    /// <inheritdoc />
    public string Name => "KtdBot";

    /// <inheritdoc />
    public int Passages { get; private set; }

    /// <inheritdoc />
    public string Detail { get; private set; } = string.Empty;

    /// <inheritdoc />
    public async Task BuildAsync(IReadOnlyList<ExtractedDocument> documents, CancellationToken cancellationToken)
    {
        var encoded = await new IngestionPipeline(new Chunker()).EncodeAsync(documents, cancellationToken).ConfigureAwait(false);
        var store = new EmbeddedKnowledgeStore();
        await store.ReplaceAllAsync(encoded, cancellationToken).ConfigureAwait(false);
        _index = new KnowledgeIndex(store);
        Passages = encoded.Count;
        Detail = $"{encoded.Sum(e => (long)e.Sparse.Indices.Length):N0} postings, also kept in each chunk's sparse vector";
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<string>> SearchAsync(string query, int depth, CancellationToken cancellationToken)
    {
        var index = _index ?? throw new InvalidOperationException("Build the index first.");
        var hits = await index.SearchAsync(query, depth * 4, null, cancellationToken).ConfigureAwait(false);
        return BeirDocuments.Rank(hits.Select(h => h.Chunk.DocumentId), depth);
    }

    /// <inheritdoc />
    public void Dispose() => _index = null;
}
