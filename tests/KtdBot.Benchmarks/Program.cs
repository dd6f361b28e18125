using KtdBot.Benchmarks.Answers;
using KtdBot.Benchmarks.Ingest;
using KtdBot.Benchmarks.Measurement;
using KtdBot.Benchmarks.Micro;
using KtdBot.Benchmarks.Search;

// Run by hand, in Release: see docs/benchmarks.md.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return args.FirstOrDefault() switch
{
    "search" => await SearchBenchmark.RunAsync(CliArguments.Parse(args[1..]), cancellation.Token),
    "answers" => await AnswerLatencyBenchmark.RunAsync(CliArguments.Parse(args[1..]), cancellation.Token),
    "ingest" => await IngestBenchmark.RunAsync(CliArguments.Parse(args[1..]), cancellation.Token),
    "micro" => MicroBenchmarks.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        Usage (from the repository root; keep build output out of the tree):
          dotnet run -c Release --project tests/KtdBot.Benchmarks --artifacts-path /tmp/art-bench -- search [--beir <dir>] [--scale 100000] [--rounds 100] [--scale-queries 1000] [--scale-rounds 5] [--seed 42]
          dotnet run -c Release --project tests/KtdBot.Benchmarks --artifacts-path /tmp/art-bench -- answers [--rounds 20] [--reloads 5] [--log]
          dotnet run -c Release --project tests/KtdBot.Benchmarks --artifacts-path /tmp/art-bench -- ingest [--documents 1000] [--rounds 5] [--keep]
          dotnet run -c Release --project tests/KtdBot.Benchmarks --artifacts-path /tmp/art-bench -- micro [BenchmarkDotNet arguments]
        """);
    return 1;
}
