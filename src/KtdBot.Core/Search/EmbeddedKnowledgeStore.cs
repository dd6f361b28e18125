using System.Buffers;
using System.Runtime.InteropServices;
using KtdBot.Ingestion;
using KtdBot.Text;

namespace KtdBot.Search;

/// <summary>
/// The default store: an in-process inverted index over the BM25 sparse vectors (IDF computed here, as
/// Qdrant's <c>idf</c> modifier does) and brute-force cosine over dense vectors when present.
/// Writes build a new immutable snapshot and swap it in, so searches never see a half-built index.
/// </summary>
public sealed class EmbeddedKnowledgeStore : IKnowledgeStore
{
    private readonly Lock _writeLock = new();
    private volatile Snapshot _snapshot = Snapshot.Build([]);

    /// <inheritdoc />
    public Task ReplaceAllAsync(IReadOnlyList<EncodedChunk> chunks, CancellationToken cancellationToken)
    {
        var built = Snapshot.Build(Deduplicate(chunks));
        lock (_writeLock)
        {
            _snapshot = built;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task UpsertAsync(IReadOnlyList<EncodedChunk> chunks, CancellationToken cancellationToken)
    {
        lock (_writeLock)
        {
            var replaced = chunks.Select(c => c.Chunk.Id).ToHashSet();
            var merged = _snapshot.Chunks.Where(c => !replaced.Contains(c.Chunk.Id)).Concat(chunks).ToList();
            _snapshot = Snapshot.Build(Deduplicate(merged));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<long> CountAsync(CancellationToken cancellationToken) => Task.FromResult((long)_snapshot.Chunks.Length);

    /// <inheritdoc />
    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Search(request));

    /// <summary>Synchronous search (the work is CPU-bound and short).</summary>
    public IReadOnlyList<SearchHit> Search(SearchRequest request)
    {
        var snapshot = _snapshot;
        if (snapshot.Chunks.Length == 0 || request.Top <= 0)
        {
            return [];
        }

        var accept = snapshot.FilterFor(request.Filter);
        var sparse = snapshot.SearchSparse(request.Sparse, request.Dense is null ? request.Top : request.Top * 4, accept);
        if (request.Dense is not { } dense || !snapshot.HasDense)
        {
            return sparse.Select(h => new SearchHit(snapshot.Chunks[h.Doc].Chunk, h.Score)).ToList();
        }

        var denseHits = snapshot.SearchDense(dense.Span, request.Top * 4, accept);
        var fused = ReciprocalRankFusion.Fuse(
            [sparse.Select(h => h.Doc).ToList(), denseHits.Select(h => h.Doc).ToList()],
            request.Top);
        return fused.Select(f => new SearchHit(snapshot.Chunks[f.Item].Chunk, f.Score)).ToList();
    }

    private static List<EncodedChunk> Deduplicate(IEnumerable<EncodedChunk> chunks)
    {
        var byId = new Dictionary<Guid, EncodedChunk>();
        foreach (var chunk in chunks)
        {
            byId[chunk.Chunk.Id] = chunk;
        }

        return byId.Values.ToList();
    }

    private sealed class Snapshot
    {
        // Score and touched arrays are rented per query and handed back zeroed, so a search allocates almost
        // nothing however large the index (a fresh float[N] per query was ~1.4 MB at 100,000 chunks).
        // A private pool, not ArrayPool.Shared: other code returns dirty arrays to the shared one.
        private readonly ArrayPool<float> _scorePool = ArrayPool<float>.Create();
        private readonly ArrayPool<int> _touchedPool = ArrayPool<int>.Create();
        private readonly Dictionary<uint, Posting> _postings;
        private readonly float[]?[] _dense;

        private Snapshot(EncodedChunk[] chunks, Dictionary<uint, Posting> postings, float[]?[] dense)
        {
            Chunks = chunks;
            _postings = postings;
            _dense = dense;
            HasDense = dense.Any(d => d is not null);
        }

        public EncodedChunk[] Chunks { get; }

        public bool HasDense { get; }

        public static Snapshot Build(List<EncodedChunk> chunks)
        {
            // Two passes (count, then fill exact-size arrays) instead of growing lists: at 100,000 chunks that is
            // tens of millions of postings, and list doubling would copy and discard most of them.
            var frequency = new Dictionary<uint, int>();
            foreach (var chunk in chunks)
            {
                foreach (var feature in chunk.Sparse.Indices)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(frequency, feature, out _)++;
                }
            }

            var postings = new Dictionary<uint, Posting>(frequency.Count);
            foreach (var (feature, count) in frequency)
            {
                postings[feature] = new Posting(new int[count], new float[count], Bm25.Idf(chunks.Count, count));
            }

            var filled = new Dictionary<uint, int>(frequency.Count);
            var dense = new float[]?[chunks.Count];
            for (var doc = 0; doc < chunks.Count; doc++)
            {
                var vector = chunks[doc].Sparse;
                for (var i = 0; i < vector.Indices.Length; i++)
                {
                    var posting = postings[vector.Indices[i]];
                    ref var next = ref CollectionsMarshal.GetValueRefOrAddDefault(filled, vector.Indices[i], out _);
                    posting.Docs[next] = doc;
                    posting.Weights[next] = vector.Values[i];
                    next++;
                }

                dense[doc] = chunks[doc].Dense is { } d ? Normalized(d.Span) : null;
            }

            return new Snapshot(chunks.ToArray(), postings, dense);
        }

        public Func<int, bool>? FilterFor(SearchFilter? filter)
        {
            if (filter is null || filter.IsEmpty)
            {
                return null;
            }

            var province = filter.Province is null ? null : VietnameseText.Fold(filter.Province);
            var year = filter.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return doc =>
            {
                var chunk = Chunks[doc].Chunk;
                return (filter.Document is null || string.Equals(chunk.DocumentId, filter.Document, StringComparison.Ordinal))
                    && (province is null || VietnameseText.Fold(chunk.Meta(MetadataKeys.Province) ?? string.Empty) == province)
                    && (filter.Kind is null || string.Equals(chunk.Meta(MetadataKeys.Kind), filter.Kind, StringComparison.Ordinal))
                    && (filter.Bloc is null || ListContains(chunk.Meta(MetadataKeys.Blocs), filter.Bloc))
                    && (year is null || ListContains(chunk.Meta(MetadataKeys.Years), year));
            };
        }

        public List<(int Doc, double Score)> SearchSparse(SparseVector query, int top, Func<int, bool>? accept)
        {
            var scores = _scorePool.Rent(Chunks.Length);
            var touched = _touchedPool.Rent(Chunks.Length);
            var count = 0;
            try
            {
                for (var q = 0; q < query.Indices.Length; q++)
                {
                    if (!_postings.TryGetValue(query.Indices[q], out var posting))
                    {
                        continue;
                    }

                    var weight = posting.Idf * query.Values[q];
                    var docs = posting.Docs;
                    var weights = posting.Weights;
                    for (var i = 0; i < docs.Length; i++)
                    {
                        var doc = docs[i];
                        if (scores[doc] == 0)
                        {
                            touched[count++] = doc;
                        }

                        scores[doc] += weight * weights[i];
                    }
                }

                return TopK(touched.AsSpan(0, count), scores, top, accept);
            }
            finally
            {
                foreach (var doc in touched.AsSpan(0, count))
                {
                    scores[doc] = 0;
                }

                _touchedPool.Return(touched);
                _scorePool.Return(scores);
            }
        }

        public List<(int Doc, double Score)> SearchDense(ReadOnlySpan<float> query, int top, Func<int, bool>? accept)
        {
            var normalized = Normalized(query);
            var candidates = new List<int>(Chunks.Length);
            var scores = new float[Chunks.Length];
            for (var doc = 0; doc < _dense.Length; doc++)
            {
                if (_dense[doc] is { } vector && vector.Length == normalized.Length)
                {
                    scores[doc] = System.Numerics.Tensors.TensorPrimitives.Dot(vector, normalized);
                    candidates.Add(doc);
                }
            }

            return TopK(CollectionsMarshal.AsSpan(candidates), scores, top, accept);
        }

        private static List<(int Doc, double Score)> TopK(ReadOnlySpan<int> candidates, float[] scores, int top, Func<int, bool>? accept)
        {
            var heap = new PriorityQueue<int, (float Score, int Negative)>(top + 1);
            foreach (var doc in candidates)
            {
                if (accept is not null && !accept(doc))
                {
                    continue;
                }

                // Ties break towards the earlier chunk, so results are stable across runs.
                var key = (scores[doc], -doc);
                if (heap.Count < top)
                {
                    heap.Enqueue(doc, key);
                }
                else if (heap.TryPeek(out _, out var smallest) && key.CompareTo(smallest) > 0)
                {
                    heap.DequeueEnqueue(doc, key);
                }
            }

            var result = new List<(int Doc, double Score)>(heap.Count);
            while (heap.TryDequeue(out var doc, out var key))
            {
                result.Add((doc, key.Score));
            }

            result.Reverse();
            return result;
        }

        private static bool ListContains(string? list, string value) =>
            list is not null && list.Split(',').Any(v => string.Equals(v.Trim(), value, StringComparison.OrdinalIgnoreCase));

        private static float[] Normalized(ReadOnlySpan<float> vector)
        {
            var copy = vector.ToArray();
            var norm = System.Numerics.Tensors.TensorPrimitives.Norm(copy);
            if (norm > 0)
            {
                System.Numerics.Tensors.TensorPrimitives.Divide(copy, norm, copy);
            }

            return copy;
        }

        /// <summary>One feature's documents and their BM25 term weights, with the feature's IDF computed once.</summary>
        private sealed record Posting(int[] Docs, float[] Weights, float Idf);
    }
}
