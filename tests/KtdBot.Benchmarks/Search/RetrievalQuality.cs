using System.Text.Json.Serialization;
using KtdBot.Evaluation;

namespace KtdBot.Benchmarks.Search;

/// <summary>Retrieval metrics over a BEIR query set, computed as <see cref="BeirEvaluator"/> computes them.</summary>
internal sealed record RetrievalQuality(
    [property: JsonPropertyName("queries")] int Queries,
    [property: JsonPropertyName("recall@1")] double RecallAt1,
    [property: JsonPropertyName("recall@3")] double RecallAt3,
    [property: JsonPropertyName("recall@5")] double RecallAt5,
    [property: JsonPropertyName("recall@10")] double RecallAt10,
    [property: JsonPropertyName("mrr@10")] double MrrAt10,
    [property: JsonPropertyName("ndcg@10")] double NdcgAt10,
    [property: JsonPropertyName("misses@5")] IReadOnlyList<string> MissesAt5)
{
    /// <summary>Document rankings for every query, and the metrics over them.</summary>
    public static async Task<(RetrievalQuality Quality, List<IReadOnlyList<string>> Rankings)> EvaluateAsync(
        IRetriever retriever, BeirDataset set, int depth, CancellationToken cancellationToken)
    {
        double r1 = 0, r3 = 0, r5 = 0, r10 = 0, mrr = 0, ndcg = 0;
        var misses = new List<string>();
        var rankings = new List<IReadOnlyList<string>>(set.Queries.Count);
        foreach (var query in set.Queries)
        {
            var ranked = await retriever.SearchAsync(query.Text, depth, cancellationToken).ConfigureAwait(false);
            rankings.Add(ranked);
            var relevant = set.Qrels[query.Id];
            var positive = relevant.Where(p => p.Value > 0).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            r1 += BeirEvaluator.Recall(ranked, positive, 1);
            r3 += BeirEvaluator.Recall(ranked, positive, 3);
            r5 += BeirEvaluator.Recall(ranked, positive, 5);
            r10 += BeirEvaluator.Recall(ranked, positive, 10);
            var first = ranked.Take(10).ToList().FindIndex(positive.Contains);
            mrr += first < 0 ? 0 : 1.0 / (first + 1);
            ndcg += BeirEvaluator.Ndcg(ranked, relevant, 10);
            if (BeirEvaluator.Recall(ranked, positive, 5) < 1)
            {
                misses.Add(query.Id);
            }
        }

        var n = Math.Max(1, set.Queries.Count);
        return (new RetrievalQuality(set.Queries.Count, R(r1 / n), R(r3 / n), R(r5 / n), R(r10 / n), R(mrr / n), R(ndcg / n), misses), rankings);
    }

    private static double R(double value) => Math.Round(value, 4);
}
