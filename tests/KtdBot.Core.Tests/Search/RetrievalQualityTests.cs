using KtdBot.Evaluation;
using KtdBot.Ingestion;
using Xunit.Abstractions;

namespace KtdBot.Core.Tests.Search;

/// <summary>The retrieval floor on the project's own evaluation set (tests/eval/ktd, BEIR layout).</summary>
public sealed class RetrievalQualityTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "eval", "ktd");

    [Fact]
    public async Task AccentedQueriesFindTheirDocumentsInTheTopFive()
    {
        var result = await RunAsync("queries.jsonl");

        Assert.True(result.Queries >= 60, $"only {result.Queries} queries");
        Assert.True(result.RecallAt5 >= 0.95, $"recall@5 {result.RecallAt5}; misses: {string.Join(", ", result.MissesAt5)}");
    }

    [Fact]
    public async Task QueriesWithoutDiacriticsFindTheirDocumentsInTheTopFive()
    {
        var result = await RunAsync("queries-nodiacritics.jsonl");

        Assert.True(result.Queries >= 60, $"only {result.Queries} queries");
        Assert.True(result.RecallAt5 >= 0.90, $"recall@5 {result.RecallAt5}; misses: {string.Join(", ", result.MissesAt5)}");
    }

    [Fact]
    public void CorpusMatchesTheShippedKnowledge()
    {
        // corpus.jsonl is exported from knowledge/ (export-beir); every judged document must still exist.
        var set = BeirDataset.Load(Folder);
        var ids = set.Corpus.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var missing = set.Qrels.SelectMany(q => q.Value.Keys).Where(id => !ids.Contains(id)).Distinct().ToList();

        Assert.Empty(missing);
    }

    private async Task<BeirResult> RunAsync(string queries)
    {
        var result = await BeirEvaluator.RunAsync(BeirDataset.Load(Folder, queries), new IngestionPipeline(new Chunker()), 10, CancellationToken.None);
        output.WriteLine($"{queries}: recall@1 {result.RecallAt1} @3 {result.RecallAt3} @5 {result.RecallAt5} @10 {result.RecallAt10} mrr@10 {result.MrrAt10} ndcg@10 {result.NdcgAt10} p50 {result.LatencyP50Ms} ms p95 {result.LatencyP95Ms} ms");
        return result;
    }
}
