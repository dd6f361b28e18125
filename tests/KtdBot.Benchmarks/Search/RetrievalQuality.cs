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
        var scores = new RetrievalScores();
        var rankings = new List<IReadOnlyList<string>>(set.Queries.Count);
        foreach (var query in set.Queries)
        {
            var ranked = await retriever.SearchAsync(query.Text, depth, cancellationToken).ConfigureAwait(false);
            rankings.Add(ranked);
            scores.Add(query.Id, ranked, set.Qrels[query.Id]);
        }

        return (new RetrievalQuality(set.Queries.Count, scores.RecallAt1, scores.RecallAt3, scores.RecallAt5, scores.RecallAt10, scores.MrrAt10, scores.NdcgAt10, scores.MissesAt5), rankings);
    }
}
