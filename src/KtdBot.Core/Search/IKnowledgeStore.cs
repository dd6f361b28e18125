using KtdBot.Ingestion;

namespace KtdBot.Search;

/// <summary>Restricts a search to chunks whose metadata match every given value.</summary>
/// <param name="Province">Province name; compared without diacritics or case.</param>
/// <param name="Bloc">Bloc id from knowledge/blocs.</param>
/// <param name="Year">A year the chunk speaks about.</param>
/// <param name="Kind">article | regulation | bloc | campaign | award | document.</param>
/// <param name="Document">The id of the one document searched (a question about "Quyết định 86 của Bắc Ninh").</param>
public sealed record SearchFilter(string? Province = null, string? Bloc = null, int? Year = null, string? Kind = null, string? Document = null)
{
    /// <summary>True when no field is set.</summary>
    public bool IsEmpty => Province is null && Bloc is null && Year is null && Kind is null && Document is null;
}

/// <summary>A chunk with its vectors, ready to store.</summary>
/// <param name="Chunk">The passage and its citation.</param>
/// <param name="Sparse">BM25 document vector (<see cref="Bm25.EncodeDocument"/>).</param>
/// <param name="Dense">Embedding, when an embedding model is configured.</param>
public sealed record EncodedChunk(KnowledgeChunk Chunk, SparseVector Sparse, ReadOnlyMemory<float>? Dense = null);

/// <summary>What to look for.</summary>
/// <param name="Sparse">Query vector from <see cref="Bm25.EncodeQuery"/>.</param>
/// <param name="Dense">Query embedding, when available: fused with the sparse ranking by reciprocal rank fusion.</param>
/// <param name="Top">How many hits.</param>
/// <param name="Filter">Metadata restrictions.</param>
public sealed record SearchRequest(SparseVector Sparse, ReadOnlyMemory<float>? Dense = null, int Top = 5, SearchFilter? Filter = null);

/// <summary>A ranked passage.</summary>
public sealed record SearchHit(KnowledgeChunk Chunk, double Score);

/// <summary>
/// The vector store port: the embedded in-process index implements it, and so does the Qdrant adapter.
/// Both take the same vectors and must rank alike.
/// </summary>
public interface IKnowledgeStore
{
    /// <summary>Replaces the whole content; readers keep seeing the old content until the new one is complete.</summary>
    Task ReplaceAllAsync(IReadOnlyList<EncodedChunk> chunks, CancellationToken cancellationToken);

    /// <summary>Inserts or updates chunks by id.</summary>
    Task UpsertAsync(IReadOnlyList<EncodedChunk> chunks, CancellationToken cancellationToken);

    /// <summary>Number of stored chunks.</summary>
    Task<long> CountAsync(CancellationToken cancellationToken);

    /// <summary>Best chunks for a query, best first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken);
}
