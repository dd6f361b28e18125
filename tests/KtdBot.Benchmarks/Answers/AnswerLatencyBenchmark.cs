using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using KtdBot.Answering;
using KtdBot.Benchmarks.Measurement;
using KtdBot.Evaluation;
using KtdBot.Hosting;
using KtdBot.Host.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YamlDotNet.RepresentationModel;

namespace KtdBot.Benchmarks.Answers;

/// <summary>One conversation to replay: its turns in order.</summary>
internal sealed record Conversation(string Source, string Id, IReadOnlyList<string> Turns);

/// <summary>Time to a searchable knowledge base.</summary>
/// <param name="HostBuildMs">Host.CreateApplicationBuilder + AddKtdBot + Build.</param>
/// <param name="FirstLoadMs">First KnowledgeStartup.LoadAsync in the process: read, chunk, encode, index (includes JIT).</param>
/// <param name="WarmLoadMs">Median of later reloads of the same folder (the work alone).</param>
/// <param name="FirstAnswerMs">The first answer after loading (JIT of the answering path).</param>
internal sealed record StartupTimes(
    [property: JsonPropertyName("host_build_ms")] double HostBuildMs,
    [property: JsonPropertyName("first_load_ms")] double FirstLoadMs,
    [property: JsonPropertyName("warm_load_ms")] double WarmLoadMs,
    [property: JsonPropertyName("first_answer_ms")] double FirstAnswerMs,
    [property: JsonPropertyName("documents")] int Documents,
    [property: JsonPropertyName("passages")] int Passages);

/// <summary>
/// <c>answers</c>: the offline answer path in process, wired exactly as the host wires it (AddKtdBot, embedded
/// store, no model), timed per <see cref="IAnswerService.AnswerAsync"/> call over tests/eval/answers.yaml and the
/// eval queries (accented and without diacritics).
/// </summary>
internal static class AnswerLatencyBenchmark
{
    private const double TargetP95Ms = 20;

    /// <summary>Runs the benchmark; prints tables and one JSON line.</summary>
    public static async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        var rounds = args.Number("rounds", 20);
        var reloads = args.Number("reloads", 5);
        var knowledgePath = Path.Combine(AppContext.BaseDirectory, "knowledge");
        var machine = Machine.Current();
        Console.WriteLine($"Machine: {machine}");

        var started = Stopwatch.GetTimestamp();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration["Knowledge:Path"] = knowledgePath;
        if (!args.Flag("log"))
        {
            // The host logs at Information, and Semantic Kernel logs three lines per plugin call at that level: with
            // --log they go to the console as in production (and are timed); by default only warnings are kept.
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        builder.AddKtdBot();
        using var host = builder.Build();
        var hostBuildMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (host.Services.GetRequiredService<IOptions<LlmOptions>>().Value.HasChatModel || host.Services.GetService<IAnswerAgent>() is not null)
        {
            Console.Error.WriteLine("An LLM is configured (Llm:Endpoint + Llm:ChatModel): this benchmark measures the offline path only. Unset them.");
            return 2;
        }

        var startup = host.Services.GetRequiredService<KnowledgeStartup>();
        started = Stopwatch.GetTimestamp();
        var report = await startup.LoadAsync(null, false, cancellationToken).ConfigureAwait(false);
        var firstLoadMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var warmLoads = new List<double>();
        for (var i = 0; i < reloads; i++)
        {
            started = Stopwatch.GetTimestamp();
            await startup.LoadAsync(null, false, cancellationToken).ConfigureAwait(false);
            warmLoads.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        warmLoads.Sort();
        var answers = host.Services.GetRequiredService<IAnswerService>();
        var conversations = LoadConversations();
        started = Stopwatch.GetTimestamp();
        await answers.AnswerAsync(new Question("warm-up", conversations[0].Turns[0]), cancellationToken).ConfigureAwait(false);
        var firstAnswerMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var startupTimes = new StartupTimes(
            Math.Round(hostBuildMs, 1),
            Math.Round(firstLoadMs, 1),
            Math.Round(warmLoads.Count == 0 ? firstLoadMs : LatencySummary.Percentile(warmLoads, 0.5), 1),
            Math.Round(firstAnswerMs, 1),
            report.Documents,
            report.Chunks);

        // Warm-up: every conversation twice, untimed.
        for (var pass = 0; pass < 2; pass++)
        {
            await ReplayAsync(answers, conversations, $"warm{pass}", null, cancellationToken).ConfigureAwait(false);
        }

        MemoryProbe.LiveHeapBytes();
        var recorders = new Dictionary<string, LatencyRecorder>(StringComparer.Ordinal) { ["all"] = new() };
        var grounded = 0;
        var total = 0;
        for (var round = 0; round < rounds; round++)
        {
            var (g, t) = await ReplayAsync(answers, conversations, $"r{round}", recorders, cancellationToken).ConfigureAwait(false);
            grounded += g;
            total += t;
        }

        var latency = recorders.ToDictionary(p => p.Key, p => p.Value.Summarise(), StringComparer.Ordinal);
        Print(startupTimes, latency, conversations, rounds, (double)grounded / Math.Max(1, total));
        Console.WriteLine(args.Flag("log") ? "Logging: host defaults (Information, console)." : "Logging: Warning and above only (pass --log for the host's Information level).");
        var pass95 = latency["all"].P95Ms < TargetP95Ms;
        Console.WriteLine($"Target p95 < {TargetP95Ms} ms: {(pass95 ? "PASS" : "FAIL")} ({latency["all"].P95Ms} ms)");
        Console.WriteLine(JsonSerializer.Serialize(
            new { benchmark = "answers", machine, logging = args.Flag("log") ? "information" : "warning", rounds, conversations = conversations.Count, startup = startupTimes, latency, grounded_share = Math.Round((double)grounded / Math.Max(1, total), 4), target_p95_ms = TargetP95Ms, pass = pass95 },
            Machine.Json));
        return 0;
    }

    // Every turn of every conversation, in order, in a fresh conversation id per round.
    private static async Task<(int Grounded, int Total)> ReplayAsync(
        IAnswerService answers, IReadOnlyList<Conversation> conversations, string round, Dictionary<string, LatencyRecorder>? recorders, CancellationToken cancellationToken)
    {
        var grounded = 0;
        var total = 0;
        foreach (var conversation in conversations)
        {
            var id = $"bench:{round}:{conversation.Source}:{conversation.Id}";
            for (var turn = 0; turn < conversation.Turns.Count; turn++)
            {
                var question = new Question(id, conversation.Turns[turn]);
                Answer? answer = null;
                var sample = await Sample.TakeAsync(async () => answer = await answers.AnswerAsync(question, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
                total++;
                grounded += answer?.Grounded == true ? 1 : 0;
                if (recorders is null)
                {
                    continue;
                }

                recorders["all"].Add(sample);
                var series = turn > 0 ? "answers.yaml follow-up turns" : conversation.Source;
                if (!recorders.TryGetValue(series, out var recorder))
                {
                    recorder = new LatencyRecorder();
                    recorders[series] = recorder;
                }

                recorder.Add(sample);
            }
        }

        return (grounded, total);
    }

    private static List<Conversation> LoadConversations()
    {
        var eval = Path.Combine(AppContext.BaseDirectory, "eval");
        var conversations = AnswerSuite(Path.Combine(eval, "answers.yaml"));
        var ktd = Path.Combine(eval, "ktd");
        foreach (var file in Directory.GetFiles(ktd, "queries*.jsonl").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            conversations.AddRange(BeirDataset.Load(ktd, name).Queries.Select(q => new Conversation($"eval/{name}", q.Id, [q.Text])));
        }

        return conversations;
    }

    // The same reading as AnswerQualityTests: a sequence of mappings with "question" or "turns".
    private static List<Conversation> AnswerSuite(string path)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            yaml.Load(reader);
        }

        var root = yaml.Documents[0].RootNode;
        var items = root is YamlSequenceNode sequence ? sequence : (YamlSequenceNode)((YamlMappingNode)root).Children.Values.First(v => v is YamlSequenceNode);
        var result = new List<Conversation>();
        foreach (var node in items.Children.OfType<YamlMappingNode>())
        {
            string? Scalar(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value : null;
            var turns = node.Children.TryGetValue(new YamlScalarNode("turns"), out var t) && t is YamlSequenceNode list
                ? list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).Where(s => s.Length > 0).ToList()
                : [];
            if (turns.Count == 0 && Scalar("question") is { Length: > 0 } question)
            {
                turns.Add(question);
            }

            if (turns.Count > 0)
            {
                result.Add(new Conversation("answers.yaml", Scalar("id") ?? $"case{result.Count}", turns));
            }
        }

        return result;
    }

    private static void Print(StartupTimes startup, Dictionary<string, LatencySummary> latency, List<Conversation> conversations, int rounds, double groundedShare)
    {
        Console.WriteLine("Start-up (knowledge/ shipped with the bot)");
        var table = new TextTable("step", "ms");
        table.Add("host build (CreateApplicationBuilder + AddKtdBot + Build)", startup.HostBuildMs);
        table.Add($"first load: read + chunk + encode + index ({startup.Documents} documents, {startup.Passages} passages)", startup.FirstLoadMs);
        table.Add("reload, warm (median)", startup.WarmLoadMs);
        table.Add("first answer after load", startup.FirstAnswerMs);
        Console.WriteLine(table);

        var turns = conversations.Sum(c => c.Turns.Count);
        Console.WriteLine($"Offline answer latency, IAnswerService.AnswerAsync in process: {conversations.Count} conversations, {turns} turns, {rounds} rounds after 2 warm-up passes; grounded share {Math.Round(groundedShare, 3)}");
        var answers = new TextTable("questions", "calls", "p50 ms", "p95 ms", "p99 ms", "max ms", "mean ms", "alloc KiB/answer", "gen0/gen2 GCs");
        foreach (var (series, s) in latency.OrderBy(p => p.Key == "all" ? 1 : 0).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            answers.Add(series, s.Samples, s.P50Ms, s.P95Ms, s.P99Ms, s.MaxMs, s.MeanMs, Math.Round(s.AllocatedBytesPerCall / 1024.0, 1), $"{s.Gen0Collections}/{s.Gen2Collections}");
        }

        Console.WriteLine(answers);
    }
}
