using KtdBot.Hosting;
using KtdBot.Ingestion;
using KtdBot.Knowledge;
using KtdBot.Search;
using Microsoft.Extensions.Options;

namespace KtdBot.Host.Hosting;

/// <summary>
/// Loads knowledge/ when the host starts. With the embedded store the passages are indexed in process;
/// with Qdrant they were stored by <c>ingest</c>, and only the structured records are read here.
/// </summary>
public sealed class KnowledgeStartup(
    KnowledgeLoader loader,
    IngestionPipeline pipeline,
    KnowledgeIndex index,
    IOptions<KnowledgeOptions> knowledge,
    IOptions<StoreOptions> store,
    ILogger<KnowledgeStartup> logger) : IHostedService
{
    /// <summary>Resolves <see cref="KnowledgeOptions.Path"/>: as given when absolute, else the working folder, else the app folder.</summary>
    public static string ResolvePath(string path)
    {
        if (Path.IsPathRooted(path) || Directory.Exists(path))
        {
            return Path.GetFullPath(path);
        }

        var besideApp = Path.Combine(AppContext.BaseDirectory, path);
        return Directory.Exists(besideApp) ? besideApp : Path.GetFullPath(path);
    }

    /// <summary>Loads a folder into the index; returns the report (the store is re-filled only for the embedded store unless <paramref name="forceIngest"/>).</summary>
    public async Task<IngestionReport> LoadAsync(string? folder, bool forceIngest, CancellationToken cancellationToken, IProgress<LoadProgress>? progress = null)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var path = ResolvePath(folder ?? knowledge.Value.Path);
        var loaded = await loader.LoadAsync(path, cancellationToken, progress).ConfigureAwait(false);
        var loadedMs = (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        foreach (var error in loaded.Errors)
        {
            logger.LogWarning("Knowledge problem: {Problem}", error.ToString());
        }

        IngestionReport report;
        if (forceIngest || store.Value.Provider == StoreProvider.Embedded)
        {
            report = await pipeline.IngestAsync(loaded, index.Store, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            report = new IngestionReport(loaded.Documents.Count, 0, loaded.Errors, TimeSpan.Zero);
        }

        index.Use(loaded);
        foreach (var conflict in loaded.Conflicts)
        {
            logger.LogWarning("Knowledge conflict: {Conflict}", conflict.ToString());
        }

        logger.LogInformation(
            "Knowledge loaded from {Path}: {Files} documents ({Cached} from cache), {Extracted} blocs extracted, {Blocs} blocs in all, {Conflicts} conflicts, {Chunks} passages indexed, {Errors} problems in {Elapsed} ms (files read in {LoadMs} ms)",
            path, loaded.Facts.Count, loaded.FilesFromCache, loaded.ExtractedBlocs, loaded.Blocs.Count, loaded.Conflicts.Count, report.Chunks, loaded.Errors.Count, (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, loadedMs);
        return report with { Elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started), FilesFromCache = loaded.FilesFromCache };
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => LoadAsync(null, forceIngest: false, cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
