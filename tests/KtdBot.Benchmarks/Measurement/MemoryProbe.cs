namespace KtdBot.Benchmarks.Measurement;

/// <summary>Managed heap after a full, compacting collection, and the process working set.</summary>
internal static class MemoryProbe
{
    /// <summary>Live managed bytes after forcing a full collection.</summary>
    public static long LiveHeapBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>Current working set of this process.</summary>
    public static long WorkingSetBytes()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        process.Refresh();
        return process.WorkingSet64;
    }

    /// <summary>Peak working set of this process so far.</summary>
    public static long PeakWorkingSetBytes()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }

    /// <summary>Bytes as mebibytes, one decimal.</summary>
    public static double Mib(long bytes) => Math.Round(bytes / 1024.0 / 1024.0, 1);
}
