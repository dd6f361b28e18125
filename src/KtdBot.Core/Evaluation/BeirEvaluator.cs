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
        var scores = new RetrievalScores();
        foreach (var query in set.Queries)
        {
            var started = Stopwatch.GetTimestamp();
            var hits = await index.SearchAsync(query.Text, depth * 4, null, cancellationToken).ConfigureAwait(false);
            var ranked = hits.Select(h => h.Chunk.DocumentId).Distinct(StringComparer.Ordinal).Take(depth).ToList();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            scores.Add(query.Id, ranked, set.Qrels[query.Id]);
        }

        latencies.Sort();
        return new BeirResult(
            set.Queries.Count,
            set.Corpus.Count,
            encoded.Count,
            scores.RecallAt1,
            scores.RecallAt3,
            scores.RecallAt5,
            scores.RecallAt10,
            scores.MrrAt10,
            scores.NdcgAt10,
            Round(Percentile(latencies, 0.50)),
            Round(Percentile(latencies, 0.95)),
            Math.Round(indexMs, 1),
            scores.MissesAt5);
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

/// <summary>Running retrieval metrics over ranked document ids, averaged over the queries added (rounded to 4 places).</summary>
public sealed class RetrievalScores
{
    private readonly List<string> _missesAt5 = [];
    private double _r1, _r3, _r5, _r10, _mrr, _ndcg;
    private int _queries;

    /// <summary>Mean recall@1.</summary>
    public double RecallAt1 => Mean(_r1);

    /// <summary>Mean recall@3.</summary>
    public double RecallAt3 => Mean(_r3);

    /// <summary>Mean recall@5.</summary>
    public double RecallAt5 => Mean(_r5);

    /// <summary>Mean recall@10.</summary>
    public double RecallAt10 => Mean(_r10);

    /// <summary>Mean reciprocal rank of the first relevant document in the top 10.</summary>
    public double MrrAt10 => Mean(_mrr);

    /// <summary>Mean nDCG@10 with graded relevance.</summary>
    public double NdcgAt10 => Mean(_ndcg);

    /// <summary>Queries whose relevant documents are not all in the top 5.</summary>
    public IReadOnlyList<string> MissesAt5 => _missesAt5;

    /// <summary>Scores one query's ranking against its qrels.</summary>
    public void Add(string queryId, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> relevance)
    {
        var positive = relevance.Where(p => p.Value > 0).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        _queries++;
        _r1 += BeirEvaluator.Recall(ranked, positive, 1);
        _r3 += BeirEvaluator.Recall(ranked, positive, 3);
        _r5 += BeirEvaluator.Recall(ranked, positive, 5);
        _r10 += BeirEvaluator.Recall(ranked, positive, 10);
        var first = ranked.Take(10).ToList().FindIndex(positive.Contains);
        _mrr += first < 0 ? 0 : 1.0 / (first + 1);
        _ndcg += BeirEvaluator.Ndcg(ranked, relevance, 10);
        if (BeirEvaluator.Recall(ranked, positive, 5) < 1)
        {
            _missesAt5.Add(queryId);
        }
    }

    private double Mean(double total) => Math.Round(total / Math.Max(1, _queries), 4);
}
