using System.Text.Json.Serialization;

namespace KtdBot.Benchmarks.Measurement;

/// <summary>Distribution of timed calls, in milliseconds, and what the timed loop allocated.</summary>
internal sealed record LatencySummary(
    [property: JsonPropertyName("samples")] int Samples,
    [property: JsonPropertyName("p50_ms")] double P50Ms,
    [property: JsonPropertyName("p95_ms")] double P95Ms,
    [property: JsonPropertyName("p99_ms")] double P99Ms,
    [property: JsonPropertyName("max_ms")] double MaxMs,
    [property: JsonPropertyName("mean_ms")] double MeanMs,
    [property: JsonPropertyName("alloc_bytes_per_call")] long AllocatedBytesPerCall,
    [property: JsonPropertyName("gen0_gcs")] int Gen0Collections,
    [property: JsonPropertyName("gen2_gcs")] int Gen2Collections)
{
    /// <summary>Summarises raw samples (milliseconds); allocation and GC counts are for the whole loop.</summary>
    public static LatencySummary From(List<double> samples, long allocatedBytes, int gen0, int gen2)
    {
        samples.Sort();
        var count = Math.Max(1, samples.Count);
        return new LatencySummary(
            samples.Count,
            Round(Percentile(samples, 0.50)),
            Round(Percentile(samples, 0.95)),
            Round(Percentile(samples, 0.99)),
            Round(samples.Count == 0 ? 0 : samples[^1]),
            Round(samples.Count == 0 ? 0 : samples.Average()),
            allocatedBytes / count,
            gen0,
            gen2);
    }

    /// <summary>Nearest-rank percentile of sorted values (the same definition as BeirEvaluator's).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        KtdBot.Evaluation.BeirEvaluator.Percentile(sorted, p);

    private static double Round(double value) => Math.Round(value, 4);
}

/// <summary>One timed call: wall time, bytes allocated by the calling thread, and collections that happened.</summary>
internal readonly record struct Sample(double Milliseconds, long AllocatedBytes, int Gen0, int Gen2)
{
    /// <summary>Times one call with <see cref="System.Diagnostics.Stopwatch"/>.</summary>
    public static async ValueTask<Sample> TakeAsync<T>(Func<ValueTask<T>> call)
    {
        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await call().ConfigureAwait(false);
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        return new Sample(
            elapsed.TotalMilliseconds,
            GC.GetAllocatedBytesForCurrentThread() - allocated,
            GC.CollectionCount(0) - gen0,
            GC.CollectionCount(2) - gen2);
    }
}

/// <summary>Collects samples of one series (one system on one query set).</summary>
internal sealed class LatencyRecorder
{
    private readonly List<double> _samples = [];
    private long _allocated;
    private int _gen0;
    private int _gen2;

    /// <summary>Adds a sample.</summary>
    public void Add(Sample sample)
    {
        _samples.Add(sample.Milliseconds);
        _allocated += sample.AllocatedBytes;
        _gen0 += sample.Gen0;
        _gen2 += sample.Gen2;
    }

    /// <summary>The distribution so far.</summary>
    public LatencySummary Summarise() => LatencySummary.From([.. _samples], _allocated, _gen0, _gen2);
}
