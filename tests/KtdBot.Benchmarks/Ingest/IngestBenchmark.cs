using System.Diagnostics;
using System.Text;
using System.Text.Json;
using KtdBot.Answering;
using KtdBot.Benchmarks.Measurement;
using KtdBot.Documents;
using KtdBot.Facts;
using KtdBot.Host.Hosting;
using KtdBot.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KtdBot.Benchmarks.Ingest;

/// <summary>
/// <c>ingest</c>: a folder of N documents in every format (copies of the evaluation folders' DOCX, XLSX, PDF, HTML, MD
/// and TXT files, each copy with its own name and, for text formats, its own bytes), then
/// (1) extract + fact-extraction throughput per format, (2) start-up to a searchable index cold (empty parsed-file cache)
/// and from the snapshot, (3) offline answer latency at that size.
/// </summary>
internal static class IngestBenchmark
{
    public static async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        var count = args.Number("documents", 1000);
        var rounds = args.Number("rounds", 5);
        Console.WriteLine($"Machine: {Machine.Current()}");
        var root = Path.Combine(Path.GetTempPath(), $"ktdbot-ingest-{Environment.ProcessId}");
        var folder = Path.Combine(root, "knowledge");
        var data = Path.Combine(root, "data");
        try
        {
            var files = SyntheticFolder.Write(folder, count);
            Console.WriteLine($"Corpus: {files.Count} files, {files.Sum(f => new FileInfo(f).Length) / 1024.0 / 1024.0:F1} MiB in {folder}");

            var throughput = await ThroughputAsync(folder, files, cancellationToken);
            var table = new TextTable("format", "files", "MiB", "files/s", "MiB/s", "facts");
            foreach (var t in throughput)
            {
                table.Add(t.Format, t.Files, Math.Round(t.MiB, 2), Math.Round(t.FilesPerSecond), Math.Round(t.MiBPerSecond, 2), t.Facts);
            }

            Console.WriteLine(table);

            // JIT the whole load path once on a small folder, so cold and snapshot runs both measure the work alone.
            await LoadAsync(Path.Combine(AppContext.BaseDirectory, "knowledge"), Path.Combine(root, "warmup"), cancellationToken);
            var cold = new List<double>();
            var warm = new List<double>();
            (int Documents, int Passages, int Blocs) size = default;
            for (var round = 0; round < rounds; round++)
            {
                var roundData = Path.Combine(data, round.ToString());
                var first = await LoadAsync(folder, roundData, cancellationToken);
                cold.Add(first.Ms);
                var second = await LoadAsync(folder, roundData, cancellationToken);
                warm.Add(second.Ms);
                size = (second.Documents, second.Passages, second.Blocs);
            }

            Console.WriteLine($"Start-up to a searchable index, {size.Documents} documents, {size.Passages} passages, {size.Blocs} blocs:");
            Console.WriteLine($"  cold (parse every file): median {Median(cold):F0} ms; from the snapshot: median {Median(warm):F0} ms ({rounds} rounds each)");
            using (var host = Build(folder, Path.Combine(data, "0")))
            {
                var started = Stopwatch.GetTimestamp();
                var loaded = await host.Services.GetRequiredService<KtdBot.Knowledge.KnowledgeLoader>().LoadAsync(folder, cancellationToken);
                var readMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                started = Stopwatch.GetTimestamp();
                await host.Services.GetRequiredService<IngestionPipeline>().IngestAsync(loaded, host.Services.GetRequiredService<KtdBot.Search.IKnowledgeStore>(), cancellationToken);
                Console.WriteLine($"  from the snapshot: files and facts read in {readMs:F0} ms ({loaded.FilesFromCache} from cache), chunked, encoded and indexed in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");
            }


            var latency = await AnswerLatencyAsync(folder, Path.Combine(data, "0"), cancellationToken);
            Console.WriteLine($"Answer latency over that knowledge base: {latency.Samples} answers, p50 {latency.P50Ms} ms, p95 {latency.P95Ms} ms, p99 {latency.P99Ms} ms");
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                documents = size.Documents,
                passages = size.Passages,
                startup_cold_ms = Median(cold),
                startup_snapshot_ms = Median(warm),
                answers = latency,
                formats = throughput,
            }));
            return 0;
        }
        finally
        {
            if (!args.Flag("keep"))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static async Task<List<FormatThroughput>> ThroughputAsync(string folder, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var extractors = DocumentExtractors.All();
        var rows = new List<FormatThroughput>();
        foreach (var group in files.GroupBy(f => Path.GetExtension(f).ToLowerInvariant()).OrderBy(g => g.Key))
        {
            var extractor = extractors.First(e => e.Extensions.Contains(group.Key));
            var bytes = group.Sum(f => new FileInfo(f).Length);
            var facts = 0;
            var started = Stopwatch.GetTimestamp();
            foreach (var file in group)
            {
                try
                {
                    await using var stream = File.OpenRead(file);
                    var document = await extractor.ExtractAsync(stream, Path.GetRelativePath(folder, file), cancellationToken);
                    var extracted = FactExtractor.Extract(document);
                    facts += extracted.Blocs.Count + extracted.Campaigns.Count + extracted.Amounts.Count;
                }
                catch (DocumentFormatException)
                {
                    // a broken file is reported by the loader and skipped; timed like the others
                }
            }

            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            rows.Add(new FormatThroughput(group.Key, group.Count(), bytes / 1024.0 / 1024.0, group.Count() / seconds, bytes / 1024.0 / 1024.0 / seconds, facts));
        }

        return rows;
    }

    private static async Task<(double Ms, int Documents, int Passages, int Blocs)> LoadAsync(string folder, string data, CancellationToken cancellationToken)
    {
        using var host = Build(folder, data);
        var started = Stopwatch.GetTimestamp();
        var report = await host.Services.GetRequiredService<KnowledgeStartup>().LoadAsync(null, false, cancellationToken);
        var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var knowledge = host.Services.GetRequiredService<KtdBot.Search.KnowledgeIndex>().Knowledge;
        return (ms, knowledge.Facts.Count, report.Chunks, knowledge.Blocs.Count);
    }

    private static async Task<LatencySummary> AnswerLatencyAsync(string folder, string data, CancellationToken cancellationToken)
    {
        using var host = Build(folder, data);
        await host.Services.GetRequiredService<KnowledgeStartup>().LoadAsync(null, false, cancellationToken);
        var answers = host.Services.GetRequiredService<IAnswerService>();
        var questions = Questions();
        foreach (var question in questions.Take(20))
        {
            await answers.AnswerAsync(new Question(string.Empty, question), cancellationToken); // JIT
        }

        var samples = new List<double>();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);
        for (var round = 0; round < 3; round++)
        {
            foreach (var question in questions)
            {
                var started = Stopwatch.GetTimestamp();
                await answers.AnswerAsync(new Question(string.Empty, question), cancellationToken);
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        return LatencySummary.From(samples, GC.GetAllocatedBytesForCurrentThread() - allocated, GC.CollectionCount(0) - gen0, GC.CollectionCount(2) - gen2);
    }

    // The single questions of the evaluation sets (every turn of a conversation asked alone).
    private static List<string> Questions()
    {
        var questions = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "eval", "folders"), "*.jsonl"))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.TryGetProperty("q", out var q))
                {
                    questions.Add(q.GetString()!);
                }
                else if (json.RootElement.TryGetProperty("turns", out var turns))
                {
                    questions.AddRange(turns.EnumerateArray().Select(t => t.GetProperty("q").GetString()!));
                }
            }
        }

        return questions;
    }

    private static IHost Build(string folder, string data)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration["Knowledge:Path"] = folder;
        builder.Configuration["Data:Path"] = data;
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddKtdBot();
        return builder.Build();
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return Math.Round(sorted[sorted.Count / 2], 1);
    }

    internal sealed record FormatThroughput(string Format, int Files, double MiB, double FilesPerSecond, double MiBPerSecond, int Facts);
}

/// <summary>Writes N documents by copying the evaluation folders' files under new names; text copies get their own bytes.</summary>
internal static class SyntheticFolder
{
    private static readonly string[] TextFormats = [".md", ".txt", ".html", ".htm"];

    public static List<string> Write(string folder, int count)
    {
        var sources = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "eval", "folders"), "*", SearchOption.AllDirectories)
            .Where(f => Path.GetDirectoryName(f) != Path.Combine(AppContext.BaseDirectory, "eval", "folders")) // documents, not the case files
            .Where(IsReadable)
            .Order(StringComparer.Ordinal)
            .ToList();
        Directory.CreateDirectory(folder);
        var written = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var source = sources[i % sources.Count];
            var extension = Path.GetExtension(source).ToLowerInvariant();
            var target = Path.Combine(folder, $"{i / 100:D2}", $"{Path.GetFileNameWithoutExtension(source)}-{i:D4}{extension}");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (TextFormats.Contains(extension))
            {
                File.WriteAllText(target, File.ReadAllText(source) + $"\n\nBản sao số {i} dùng cho đo hiệu năng.\n", Encoding.UTF8);
            }
            else
            {
                File.Copy(source, target);
            }

            written.Add(target);
        }

        return written;
    }

    // The evaluation folders hold one deliberately broken file; the benchmark measures readable ones.
    private static bool IsReadable(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var head = new byte[5];
        using var stream = File.OpenRead(path);
        var read = stream.Read(head);
        return extension switch
        {
            ".pdf" => read == 5 && Encoding.ASCII.GetString(head) == "%PDF-",
            ".docx" or ".xlsx" => read >= 2 && head[0] == 'P' && head[1] == 'K',
            ".md" or ".txt" or ".html" or ".htm" => true,
            _ => false,
        };
    }
}
