using System.Runtime;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KtdBot.Benchmarks.Measurement;

/// <summary>What the figures were measured on.</summary>
internal sealed record Machine(
    [property: JsonPropertyName("cpu")] string Cpu,
    [property: JsonPropertyName("cores")] int Cores,
    [property: JsonPropertyName("os")] string Os,
    [property: JsonPropertyName("runtime")] string Runtime,
    [property: JsonPropertyName("server_gc")] bool ServerGc,
    [property: JsonPropertyName("memory_gib")] double MemoryGib,
    [property: JsonPropertyName("load_avg_at_start")] string LoadAtStart)
{
    /// <summary>Serializer settings for the JSON line (Vietnamese left readable).</summary>
    public static JsonSerializerOptions Json { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>This machine.</summary>
    public static Machine Current() => new(
        CpuModel(),
        Environment.ProcessorCount,
        RuntimeInformation.OSDescription,
        $"{RuntimeInformation.FrameworkDescription} {RuntimeInformation.ProcessArchitecture}",
        GCSettings.IsServerGC,
        Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024 / 1024, 1),
        LoadAverage());

    /// <summary>
    /// The 1- and 5-minute load averages (Linux), to tell a quiet machine from a busy one: anything well above
    /// zero before a run means other processes compete for the two cores and tail latencies are not comparable.
    /// </summary>
    public static string LoadAverage()
    {
        const string path = "/proc/loadavg";
        return File.Exists(path) ? string.Join(' ', File.ReadAllText(path).Split(' ').Take(2)) : "n/a";
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Cpu}, {Cores} cores, {MemoryGib} GiB, {Os}, {Runtime}, {(ServerGc ? "server" : "workstation")} GC, load average {LoadAtStart}";

    private static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        if (!File.Exists(cpuInfo))
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }

        var line = File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return line is null ? "unknown CPU" : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}
