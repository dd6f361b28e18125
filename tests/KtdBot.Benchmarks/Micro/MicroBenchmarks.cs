using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace KtdBot.Benchmarks.Micro;

/// <summary><c>micro</c>: BenchmarkDotNet over <see cref="SearchMicroBenchmarks"/>.</summary>
internal static class MicroBenchmarks
{
    /// <summary>
    /// Runs in process (no generated project is built, so nothing is written into the repository's bin/obj);
    /// BenchmarkDotNet's own arguments (--filter, --job …) pass through.
    /// </summary>
    public static int Run(string[] args)
    {
        var config = DefaultConfig.Instance
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance))
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "ktdbot-benchmarkdotnet"));
        var summaries = BenchmarkSwitcher.FromTypes([typeof(SearchMicroBenchmarks)]).Run(args.Length == 0 ? ["--filter", "*"] : args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
    }
}
