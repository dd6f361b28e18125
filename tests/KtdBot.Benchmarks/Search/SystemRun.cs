using System.Diagnostics;
using System.Text.Json.Serialization;
using KtdBot.Benchmarks.Measurement;
using KtdBot.Ingestion;

namespace KtdBot.Benchmarks.Search;

/// <summary>Named query texts, searched and timed as one series.</summary>
internal sealed record QuerySet(string Name, IReadOnlyList<string> Texts);

/// <summary>The index phase of one system.</summary>
/// <param name="Passages">Passages indexed.</param>
/// <param name="IndexMs">Chunking plus indexing, wall time (both sides use every core); median of five builds on small corpora.</param>
/// <param name="HeapGrowthMib">Live managed heap after the build minus before (forced full collections).</param>
/// <param name="WorkingSetMib">Process working set right after the build.</param>
/// <param name="LuceneFilesMib">Size of Lucene's in-memory index files (part of the heap growth).</param>
/// <param name="Detail">Postings and terms held.</param>
internal sealed record BuildStats(
    [property: JsonPropertyName("passages")] int Passages,
    [property: JsonPropertyName("index_ms")] double IndexMs,
    [property: JsonPropertyName("heap_growth_mib")] double HeapGrowthMib,
    [property: JsonPropertyName("working_set_mib")] double WorkingSetMib,
    [property: JsonPropertyName("lucene_files_mib")] double? LuceneFilesMib,
    [property: JsonPropertyName("detail")] string Detail);

/// <summary>One system's results on one corpus.</summary>
internal sealed record SystemRun<TQuality>(
    [property: JsonPropertyName("system")] string System,
    [property: JsonPropertyName("build")] BuildStats Build,
    [property: JsonPropertyName("quality")] IReadOnlyDictionary<string, TQuality> Quality,
    [property: JsonPropertyName("latency")] IReadOnlyDictionary<string, LatencySummary> Latency,
    [property: JsonPropertyName("load_avg_after")] string LoadAfter)
{
    /// <summary>Document rankings per query set, to check that two systems rank alike.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, List<IReadOnlyList<string>>> Rankings { get; init; } = new Dictionary<string, List<IReadOnlyList<string>>>();
}

/// <summary>
/// Runs one system at a time, alone in the process (so one system's heap does not slow another's collections):
/// a warm-up build on a slice of the corpus, the measured build, the quality pass, then the timed query loop.
/// </summary>
internal static class SystemRunner
{
    /// <summary>Document ranking depth: recall@10 and MRR@10, from depth × 4 passages.</summary>
    public const int Depth = 10;

    private const int WarmUpDocuments = 1000;
    private const int SmallCorpus = 5000;
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(2);

    /// <summary>Builds, evaluates and times one system; disposes it afterwards.</summary>
    public static async Task<SystemRun<TQuality>> RunAsync<TQuality>(
        Func<IRetriever> create,
        IReadOnlyList<ExtractedDocument> documents,
        IReadOnlyList<QuerySet> sets,
        Func<IRetriever, QuerySet, CancellationToken, Task<(TQuality Quality, List<IReadOnlyList<string>> Rankings)>> evaluate,
        int rounds,
        CancellationToken cancellationToken)
    {
        // JIT and first-use costs stay out of the measured build, for every system alike.
        using (var warm = create())
        {
            await warm.BuildAsync(documents.Take(WarmUpDocuments).ToList(), cancellationToken).ConfigureAwait(false);
        }

        var builds = documents.Count <= SmallCorpus ? 5 : 1;
        var times = new List<double>(builds);
        var heapGrowth = 0L;
        IRetriever? built = null;
        for (var i = 0; i < builds; i++)
        {
            built?.Dispose();
            built = null;
            var candidate = create();
            Console.Error.Write(i == 0 ? $"  {candidate.Name}: indexing {documents.Count} documents… " : string.Empty);
            var before = MemoryProbe.LiveHeapBytes();
            var started = Stopwatch.GetTimestamp();
            await candidate.BuildAsync(documents, cancellationToken).ConfigureAwait(false);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            heapGrowth = MemoryProbe.LiveHeapBytes() - before;
            built = candidate;
        }

        using var retriever = built!;
        times.Sort();
        var build = new BuildStats(
            retriever.Passages,
            Math.Round(LatencySummary.Percentile(times, 0.5), 1),
            MemoryProbe.Mib(heapGrowth),
            MemoryProbe.Mib(MemoryProbe.WorkingSetBytes()),
            retriever is LuceneRetriever lucene ? MemoryProbe.Mib(lucene.IndexBytes) : null,
            retriever.Detail);
        Console.Error.Write($"{build.IndexMs} ms; evaluating… ");

        var quality = new Dictionary<string, TQuality>(StringComparer.Ordinal);
        var rankings = new Dictionary<string, List<IReadOnlyList<string>>>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            var (q, r) = await evaluate(retriever, set, cancellationToken).ConfigureAwait(false);
            quality[set.Name] = q;
            rankings[set.Name] = r;
        }

        Console.Error.Write("timing… ");
        var latency = await TimeAsync(retriever, sets, rounds, cancellationToken).ConfigureAwait(false);
        var load = Machine.LoadAverage();
        Console.Error.WriteLine($"p50 {latency["all"].P50Ms} ms, p95 {latency["all"].P95Ms} ms (load average {load})");
        return new SystemRun<TQuality>(retriever.Name, build, quality, latency, load) { Rankings = rankings };
    }

    /// <summary>
    /// Warm-up (at least two passes and two seconds), then <paramref name="rounds"/> passes over every query,
    /// each call timed on its own; one series per query set and one over all of them.
    /// </summary>
    private static async Task<Dictionary<string, LatencySummary>> TimeAsync(IRetriever retriever, IReadOnlyList<QuerySet> sets, int rounds, CancellationToken cancellationToken)
    {
        var warmStarted = Stopwatch.GetTimestamp();
        for (var pass = 0; pass < 2 || Stopwatch.GetElapsedTime(warmStarted) < WarmUpTime; pass++)
        {
            foreach (var text in sets.SelectMany(s => s.Texts))
            {
                await retriever.SearchAsync(text, Depth, cancellationToken).ConfigureAwait(false);
            }
        }

        MemoryProbe.LiveHeapBytes();
        var all = new LatencyRecorder();
        var bySet = sets.ToDictionary(s => s.Name, _ => new LatencyRecorder(), StringComparer.Ordinal);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var set in sets)
            {
                foreach (var text in set.Texts)
                {
                    var sample = await Sample.TakeAsync(() => retriever.SearchAsync(text, Depth, cancellationToken)).ConfigureAwait(false);
                    all.Add(sample);
                    bySet[set.Name].Add(sample);
                }
            }
        }

        var result = bySet.ToDictionary(p => p.Key, p => p.Value.Summarise(), StringComparer.Ordinal);
        result["all"] = all.Summarise();
        return result;
    }
}
