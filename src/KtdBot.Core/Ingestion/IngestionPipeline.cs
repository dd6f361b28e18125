using KtdBot.Knowledge;
using KtdBot.Search;
using Microsoft.Extensions.AI;

namespace KtdBot.Ingestion;

/// <summary>What one ingestion run did.</summary>
/// <param name="Documents">Documents read (files and rendered records).</param>
/// <param name="Chunks">Passages stored.</param>
/// <param name="Errors">Files or records skipped, each naming the file.</param>
/// <param name="Elapsed">Wall time.</param>
public sealed record IngestionReport(int Documents, int Chunks, IReadOnlyList<KnowledgeError> Errors, TimeSpan Elapsed)
{
    /// <summary>Files whose text and facts came from the parsed-file cache (unchanged since the last run).</summary>
    public int FilesFromCache { get; init; }
}

/// <summary>
/// extract → clean → chunk → encode → store, each step single-purpose and idempotent: chunk ids are
/// derived from document ids, so running it again replaces passages instead of duplicating them.
/// </summary>
public sealed class IngestionPipeline(Chunker chunker, IEmbeddingGenerator<string, Embedding<float>>? embeddings = null)
{
    private const int EmbeddingBatch = 64;

    /// <summary>Chunks and encodes documents; the BM25 length normalisation is computed over this corpus.</summary>
    public async Task<IReadOnlyList<EncodedChunk>> EncodeAsync(IEnumerable<ExtractedDocument> documents, CancellationToken cancellationToken)
    {
        var chunks = documents.SelectMany(chunker.Chunk).ToList();
        var bm25 = new Bm25(Bm25.AverageLengthOf(chunks.Select(c => c.SearchText)));
        var encoded = new EncodedChunk[chunks.Count];
        Parallel.For(0, chunks.Count, i => encoded[i] = new EncodedChunk(chunks[i], bm25.EncodeDocument(chunks[i].SearchText)));
        if (embeddings is null)
        {
            return encoded;
        }

        for (var start = 0; start < encoded.Length; start += EmbeddingBatch)
        {
            var batch = encoded.Skip(start).Take(EmbeddingBatch).ToList();
            var vectors = await embeddings.GenerateAsync(batch.Select(c => c.Chunk.SearchText), cancellationToken: cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < batch.Count; i++)
            {
                encoded[start + i] = batch[i] with { Dense = vectors[i].Vector };
            }
        }

        return encoded;
    }

    /// <summary>Encodes a knowledge base and replaces the store's content with it.</summary>
    public async Task<IngestionReport> IngestAsync(KnowledgeBase knowledge, IKnowledgeStore store, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var encoded = await EncodeAsync(knowledge.Documents, cancellationToken).ConfigureAwait(false);
        await store.ReplaceAllAsync(encoded, cancellationToken).ConfigureAwait(false);
        return new IngestionReport(knowledge.Documents.Count, encoded.Count, knowledge.Errors, System.Diagnostics.Stopwatch.GetElapsedTime(started)) { FilesFromCache = knowledge.FilesFromCache };
    }
}
