using System.Text.Json;
using System.Text.Json.Serialization;
using KtdBot.Benchmarks.Measurement;
using KtdBot.Documents;
using KtdBot.Evaluation;
using KtdBot.Ingestion;
using KtdBot.Knowledge;
using KtdBot.Text;

namespace KtdBot.Benchmarks.Search;

/// <summary>Known-item search on the synthetic corpus: is the document a query was cut from in the top 10?</summary>
internal sealed record KnownItemQuality(
    [property: JsonPropertyName("queries")] int Queries,
    [property: JsonPropertyName("known_items")] int KnownItems,
    [property: JsonPropertyName("success@10")] double SuccessAt10,
    [property: JsonPropertyName("mrr@10")] double MrrAt10,
    [property: JsonPropertyName("known_items_unaccented_document")] int UnaccentedKnownItems,
    [property: JsonPropertyName("success@10_unaccented_document")] double UnaccentedSuccessAt10);

/// <summary>A pass/fail line against the project's targets.</summary>
internal sealed record TargetCheck(
    [property: JsonPropertyName("check")] string Check,
    [property: JsonPropertyName("ours")] double Ours,
    [property: JsonPropertyName("other")] double Other,
    [property: JsonPropertyName("pass")] bool Pass);

/// <summary>
/// <c>search</c>: KtdBot's embedded BM25 against Lucene.Net 4.8 BM25 on a BEIR folder (quality, latency, index
/// time, memory), and optionally on a synthetic corpus of <c>--scale</c> passages (latency growth).
/// </summary>
internal static class SearchBenchmark
{
    /// <summary>Runs the comparison; prints tables to stdout, progress to stderr, and one JSON line last.</summary>
    public static async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        var folder = args.Text("beir") ?? Path.Combine(AppContext.BaseDirectory, "eval", "ktd");
        var scale = args.Number("scale", 0);
        var rounds = args.Number("rounds", 100);
        var scaleQueries = args.Number("scale-queries", 1000);
        var scaleRounds = args.Number("scale-rounds", 5);
        var seed = args.Number("seed", 42);

        var machine = Machine.Current();
        Console.WriteLine($"Machine: {machine}");
        var beir = await RunBeirAsync(folder, rounds, cancellationToken).ConfigureAwait(false);
        var synthetic = scale > 0
            ? await RunScaleAsync(scale, scaleQueries, scaleRounds, seed, cancellationToken).ConfigureAwait(false)
            : null;

        var checks = Checks(beir, synthetic);
        Console.WriteLine("Targets");
        var table = new TextTable("check", "ours", "other", "result");
        foreach (var check in checks)
        {
            table.Add(check.Check, check.Ours, check.Other, check.Pass ? "PASS" : "FAIL");
        }

        Console.WriteLine(table);
        Console.WriteLine(JsonSerializer.Serialize(new { benchmark = "search", machine, beir, scale = synthetic, checks }, Machine.Json));
        return 0;
    }

    private static IEnumerable<Func<IRetriever>> Systems()
    {
        yield return () => new EmbeddedRetriever();
        yield return () => new LuceneRetriever(LuceneSchema.Standard());
        yield return () => new LuceneRetriever(LuceneSchema.VietnameseFolded());
        yield return () => new LuceneRetriever(LuceneSchema.VietnameseTwoFields());
    }

    private static async Task<BeirReport> RunBeirAsync(string folder, int rounds, CancellationToken cancellationToken)
    {
        var queryFiles = Directory.GetFiles(folder, "queries*.jsonl")
            .Select(Path.GetFileName)
            .OfType<string>()
            .OrderBy(f => f == "queries.jsonl" ? 0 : 1)
            .ThenBy(f => f, StringComparer.Ordinal)
            .ToList();
        var sets = queryFiles.ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => BeirDataset.Load(folder, f), StringComparer.Ordinal);
        var documents = BeirDocuments.From(sets.Values.First());
        Console.Error.WriteLine($"BEIR {folder}: {documents.Count} documents, query sets {string.Join(", ", sets.Keys)}");

        var official = new Dictionary<string, BeirResult>(StringComparer.Ordinal);
        foreach (var (name, set) in sets)
        {
            official[name] = await BeirEvaluator.RunAsync(set, new IngestionPipeline(new Chunker()), SystemRunner.Depth, cancellationToken).ConfigureAwait(false);
        }

        var querySets = sets.Select(p => new QuerySet(p.Key, p.Value.Queries.Select(q => q.Text).ToList())).ToList();
        var runs = new List<SystemRun<RetrievalQuality>>();
        foreach (var create in Systems())
        {
            runs.Add(await SystemRunner.RunAsync(
                create,
                documents,
                querySets,
                async (retriever, set, ct) => await RetrievalQuality.EvaluateAsync(retriever, sets[set.Name], SystemRunner.Depth, ct).ConfigureAwait(false),
                rounds,
                cancellationToken).ConfigureAwait(false));
        }

        var report = new BeirReport(folder, documents.Count, runs[0].Build.Passages, rounds, official, runs);
        PrintBeir(report);
        PrintRecallDifferences(runs, sets);
        return report;
    }

    private static async Task<ScaleReport> RunScaleAsync(int size, int queryCount, int rounds, int seed, CancellationToken cancellationToken)
    {
        var knowledgePath = Path.Combine(AppContext.BaseDirectory, "knowledge");
        var knowledge = await new KnowledgeLoader(DocumentExtractors.All()).LoadAsync(knowledgePath, cancellationToken).ConfigureAwait(false);
        var generator = SyntheticCorpus.FromDocuments(knowledge.Documents, seed);
        var generated = generator.Documents(size);
        var documents = generated.Select(g => g.Document).ToList();
        var queries = generator.Queries(queryCount, generated);
        var targets = queries.Where(q => q.Target is not null).GroupBy(q => q.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (Id: g.First().Target!, Folded: g.First().TargetFolded), StringComparer.Ordinal);
        var querySets = new List<QuerySet>
        {
            new("accented", queries.Where(q => VietnameseText.HasDiacritics(q.Text)).Select(q => q.Text).ToList()),
            new("no-diacritics", queries.Where(q => !VietnameseText.HasDiacritics(q.Text)).Select(q => q.Text).ToList()),
        };
        Console.Error.WriteLine($"Synthetic: {size} documents from {generator.VocabularySize} syllables, {queries.Count} queries ({targets.Count} known items)");

        var runs = new List<SystemRun<KnownItemQuality>>();
        foreach (var create in Systems())
        {
            runs.Add(await SystemRunner.RunAsync(
                create,
                documents,
                querySets,
                async (retriever, set, ct) => await KnownItemsAsync(retriever, set, targets, ct).ConfigureAwait(false),
                rounds,
                cancellationToken).ConfigureAwait(false));
        }

        var report = new ScaleReport(runs[0].Build.Passages, generator.VocabularySize, queries.Count, rounds, runs);
        PrintScale(report);
        return report;
    }

    private static async Task<(KnownItemQuality, List<IReadOnlyList<string>>)> KnownItemsAsync(
        IRetriever retriever, QuerySet set, IReadOnlyDictionary<string, (string Id, bool Folded)> targets, CancellationToken cancellationToken)
    {
        var rankings = new List<IReadOnlyList<string>>(set.Texts.Count);
        int known = 0, found = 0, unaccented = 0, unaccentedFound = 0;
        double mrr = 0;
        foreach (var text in set.Texts)
        {
            var ranked = await retriever.SearchAsync(text, SystemRunner.Depth, cancellationToken).ConfigureAwait(false);
            rankings.Add(ranked);
            if (!targets.TryGetValue(text, out var target))
            {
                continue;
            }

            known++;
            unaccented += target.Folded ? 1 : 0;
            var rank = ranked.Take(10).ToList().IndexOf(target.Id);
            if (rank >= 0)
            {
                found++;
                unaccentedFound += target.Folded ? 1 : 0;
                mrr += 1.0 / (rank + 1);
            }
        }

        var n = Math.Max(1, known);
        return (new KnownItemQuality(set.Texts.Count, known, Math.Round((double)found / n, 4), Math.Round(mrr / n, 4), unaccented, Math.Round((double)unaccentedFound / Math.Max(1, unaccented), 4)), rankings);
    }

    private static List<TargetCheck> Checks(BeirReport beir, ScaleReport? scale)
    {
        var checks = new List<TargetCheck>();
        var ours = beir.Runs.First(r => r.System == "KtdBot");
        var lucene = beir.Runs.Where(r => r.System.StartsWith("Lucene", StringComparison.Ordinal)).ToList();
        foreach (var (set, quality) in ours.Quality)
        {
            var target = set.Contains("nodiacritics", StringComparison.Ordinal) ? 0.90 : 0.95;
            checks.Add(new TargetCheck($"recall@5 {set} >= {target}", quality.RecallAt5, target, quality.RecallAt5 >= target));
            var best = lucene.Max(r => r.Quality[set].RecallAt5);
            checks.Add(new TargetCheck($"recall@5 {set} > best Lucene", quality.RecallAt5, best, quality.RecallAt5 > best));
        }

        AddLatencyChecks(checks, $"eval corpus ({beir.Passages} passages)", ours.Latency["all"], lucene.Select(r => (r.System, r.Latency["all"])));
        if (scale is not null)
        {
            var scaleOurs = scale.Runs.First(r => r.System == "KtdBot");
            var scaleLucene = scale.Runs.Where(r => r.System.StartsWith("Lucene", StringComparison.Ordinal)).Select(r => (r.System, r.Latency["all"]));
            AddLatencyChecks(checks, $"synthetic ({scale.Passages} passages)", scaleOurs.Latency["all"], scaleLucene);
        }

        return checks;
    }

    private static void AddLatencyChecks(List<TargetCheck> checks, string corpus, LatencySummary ours, IEnumerable<(string System, LatencySummary Latency)> lucene)
    {
        foreach (var (system, latency) in lucene)
        {
            checks.Add(new TargetCheck($"p50 ms {corpus} <= {system}", ours.P50Ms, latency.P50Ms, ours.P50Ms <= latency.P50Ms));
            checks.Add(new TargetCheck($"p95 ms {corpus} <= {system}", ours.P95Ms, latency.P95Ms, ours.P95Ms <= latency.P95Ms));
        }
    }

    private static void PrintBeir(BeirReport report)
    {
        Console.WriteLine($"BEIR folder {report.Folder}: {report.Documents} documents, {report.Passages} passages (Chunker defaults, both sides)");
        Console.WriteLine();
        var quality = new TextTable("system", "queries", "recall@1", "recall@5", "recall@10", "MRR@10", "nDCG@10", "misses@5");
        foreach (var run in report.Runs)
        {
            foreach (var (set, q) in run.Quality)
            {
                quality.Add(run.System, set, q.RecallAt1, q.RecallAt5, q.RecallAt10, q.MrrAt10, q.NdcgAt10, q.MissesAt5.Count);
            }
        }

        foreach (var (set, q) in report.Official)
        {
            quality.Add("KtdBot via BeirEvaluator.RunAsync", set, q.RecallAt1, q.RecallAt5, q.RecallAt10, q.MrrAt10, q.NdcgAt10, q.MissesAt5.Count);
        }

        Console.WriteLine(quality);
        PrintBuildAndLatency(report.Runs.Select(r => (r.System, r.Build, r.Latency, r.LoadAfter)), report.Rounds);
    }

    // Averages hide which questions a system wins or loses; list them so a difference can be read, not guessed.
    private static void PrintRecallDifferences(List<SystemRun<RetrievalQuality>> runs, IReadOnlyDictionary<string, BeirDataset> sets)
    {
        var ours = runs.First(r => r.System == "KtdBot");
        var table = new TextTable("query set", "query", "KtdBot recall@5", "other system", "its recall@5");
        foreach (var other in runs.Where(r => r != ours))
        {
            foreach (var (name, set) in sets)
            {
                for (var i = 0; i < set.Queries.Count; i++)
                {
                    var positive = set.Qrels[set.Queries[i].Id].Where(p => p.Value > 0).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
                    var mine = BeirEvaluator.Recall(ours.Rankings[name][i], positive, 5);
                    var theirs = BeirEvaluator.Recall(other.Rankings[name][i], positive, 5);
                    if (Math.Abs(mine - theirs) > 1e-9 && !other.System.Contains("Standard", StringComparison.Ordinal))
                    {
                        table.Add(name, set.Queries[i].Id, Math.Round(mine, 3), other.System, Math.Round(theirs, 3));
                    }
                }
            }
        }

        Console.WriteLine("Questions where recall@5 differs from the Vietnamese-aware Lucene analyzers:");
        Console.WriteLine(table);
    }

    private static void PrintScale(ScaleReport report)
    {
        Console.WriteLine($"Synthetic corpus: {report.Passages} passages from {report.Vocabulary} syllables, {report.Queries} queries");
        Console.WriteLine();
        var quality = new TextTable("system", "queries", "known items", "success@10", "MRR@10", "of which in unaccented docs", "their success@10");
        foreach (var run in report.Runs)
        {
            foreach (var (set, q) in run.Quality)
            {
                quality.Add(run.System, set, q.KnownItems, q.SuccessAt10, q.MrrAt10, q.UnaccentedKnownItems, q.UnaccentedSuccessAt10);
            }
        }

        Console.WriteLine(quality);
        PrintBuildAndLatency(report.Runs.Select(r => (r.System, r.Build, r.Latency, r.LoadAfter)), report.Rounds);
    }

    private static void PrintBuildAndLatency(IEnumerable<(string System, BuildStats Build, IReadOnlyDictionary<string, LatencySummary> Latency, string Load)> runs, int rounds)
    {
        var list = runs.ToList();
        var build = new TextTable("system", "passages", "index ms", "heap growth MiB", "working set MiB", "Lucene files MiB", "index holds");
        var latency = new TextTable("system", "queries", "calls", "p50 ms", "p95 ms", "p99 ms", "mean ms", "max ms", "alloc KiB/query", "gen0/gen2 GCs", "load avg after");
        foreach (var (system, stats, series, load) in list)
        {
            build.Add(system, stats.Passages, stats.IndexMs, stats.HeapGrowthMib, stats.WorkingSetMib, stats.LuceneFilesMib?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-", stats.Detail);
            foreach (var (set, s) in series)
            {
                latency.Add(system, set, s.Samples, s.P50Ms, s.P95Ms, s.P99Ms, s.MeanMs, s.MaxMs, Math.Round(s.AllocatedBytesPerCall / 1024.0, 1), $"{s.Gen0Collections}/{s.Gen2Collections}", set == "all" ? load : string.Empty);
            }
        }

        Console.WriteLine(build);
        Console.WriteLine($"Query latency (encode + search + rank documents), single thread, after warm-up, {rounds} rounds:");
        Console.WriteLine(latency);
    }
}

/// <summary>Results on the BEIR folder.</summary>
internal sealed record BeirReport(
    [property: JsonPropertyName("folder")] string Folder,
    [property: JsonPropertyName("documents")] int Documents,
    [property: JsonPropertyName("passages")] int Passages,
    [property: JsonPropertyName("rounds")] int Rounds,
    [property: JsonPropertyName("beir_evaluator")] IReadOnlyDictionary<string, BeirResult> Official,
    [property: JsonPropertyName("runs")] IReadOnlyList<SystemRun<RetrievalQuality>> Runs);

/// <summary>Results on the synthetic corpus.</summary>
internal sealed record ScaleReport(
    [property: JsonPropertyName("passages")] int Passages,
    [property: JsonPropertyName("vocabulary")] int Vocabulary,
    [property: JsonPropertyName("queries")] int Queries,
    [property: JsonPropertyName("rounds")] int Rounds,
    [property: JsonPropertyName("runs")] IReadOnlyList<SystemRun<KnownItemQuality>> Runs);
