using System.Diagnostics;
using System.Text.Json.Serialization;
using KtdBot.Ingestion;
using KtdBot.Search;

namespace KtdBot.Evaluation;

/// <summary>Retrieval metrics over a BEIR set, as printed by <c>eval --beir</c>.</summary>
public sealed record BeirResult(
    [property: JsonPropertyName("queries")] int Queries,
    [property: JsonPropertyName("corpus")] int Corpus,
    [property: JsonPropertyName("passages")] int Passages,
    [property: JsonPropertyName("recall@1")] double RecallAt1,
    [property: JsonPropertyName("recall@3")] double RecallAt3,
    [property: JsonPropertyName("recall@5")] double RecallAt5,
    [property: JsonPropertyName("recall@10")] double RecallAt10,
    [property: JsonPropertyName("mrr@10")] double MrrAt10,
    [property: JsonPropertyName("ndcg@10")] double NdcgAt10,
    [property: JsonPropertyName("latency_p50_ms")] double LatencyP50Ms,
    [property: JsonPropertyName("latency_p95_ms")] double LatencyP95Ms,
    [property: JsonPropertyName("index_ms")] double IndexMs,
    [property: JsonPropertyName("misses@5")] IReadOnlyList<string> MissesAt5);

/// <summary>Indexes a BEIR corpus in the embedded store and scores every query against the qrels.</summary>
public static class BeirEvaluator
{
    /// <summary>Ranks documents for every query: passages are retrieved, and a document ranks by its best passage.</summary>
    public static async Task<BeirResult> RunAsync(BeirDataset set, IngestionPipeline pipeline, int k, CancellationToken cancellationToken)
    {
        var indexStarted = Stopwatch.GetTimestamp();
        var documents = set.Corpus.Select(d => new ExtractedDocument(
            d.Id,
            d.Title,
            [new DocumentSection(string.Empty, d.Text)],
            new DocumentSource("BEIR", null, d.Title),
            new Dictionary<string, string> { [MetadataKeys.Kind] = "document" }));
        var encoded = await pipeline.EncodeAsync(documents, cancellationToken).ConfigureAwait(false);
        var store = new EmbeddedKnowledgeStore();
        await store.ReplaceAllAsync(encoded, cancellationToken).ConfigureAwait(false);
        var index = new KnowledgeIndex(store);
        var indexMs = Stopwatch.GetElapsedTime(indexStarted).TotalMilliseconds;

        var depth = Math.Max(k, 10);
        var latencies = new List<double>(set.Queries.Count);
        double r1 = 0, r3 = 0, r5 = 0, r10 = 0, mrr = 0, ndcg = 0;
        var misses = new List<string>();
        foreach (var query in set.Queries)
        {
            var started = Stopwatch.GetTimestamp();
            var hits = await index.SearchAsync(query.Text, depth * 4, null, cancellationToken).ConfigureAwait(false);
            var ranked = hits.Select(h => h.Chunk.DocumentId).Distinct(StringComparer.Ordinal).Take(depth).ToList();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);

            var relevant = set.Qrels[query.Id];
            var positive = relevant.Where(p => p.Value > 0).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            r1 += Recall(ranked, positive, 1);
            r3 += Recall(ranked, positive, 3);
            r5 += Recall(ranked, positive, 5);
            r10 += Recall(ranked, positive, 10);
            var first = ranked.Take(10).ToList().FindIndex(positive.Contains);
            mrr += first < 0 ? 0 : 1.0 / (first + 1);
            ndcg += Ndcg(ranked, relevant, 10);
            if (Recall(ranked, positive, 5) < 1)
            {
                misses.Add(query.Id);
            }
        }

        var n = Math.Max(1, set.Queries.Count);
        latencies.Sort();
        return new BeirResult(
            set.Queries.Count,
            set.Corpus.Count,
            encoded.Count,
            Round(r1 / n),
            Round(r3 / n),
            Round(r5 / n),
            Round(r10 / n),
            Round(mrr / n),
            Round(ndcg / n),
            Round(Percentile(latencies, 0.50)),
            Round(Percentile(latencies, 0.95)),
            Math.Round(indexMs, 1),
            misses);
    }

    /// <summary>Share of the relevant documents found in the first <paramref name="n"/>.</summary>
    public static double Recall(IReadOnlyList<string> ranked, IReadOnlySet<string> relevant, int n) =>
        relevant.Count == 0 ? 0 : (double)ranked.Take(n).Count(relevant.Contains) / relevant.Count;

    /// <summary>nDCG with graded relevance (gain = relevance, log2 discount).</summary>
    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> relevance, int n)
    {
        double dcg = 0;
        for (var i = 0; i < Math.Min(n, ranked.Count); i++)
        {
            if (relevance.TryGetValue(ranked[i], out var gain) && gain > 0)
            {
                dcg += gain / Math.Log2(i + 2);
            }
        }

        var ideal = relevance.Values.Where(v => v > 0).OrderByDescending(v => v).Take(n).Select((g, i) => g / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(p * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    private static double Round(double value) => Math.Round(value, 4);
}
