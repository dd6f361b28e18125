using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using KtdBot.Facts;

namespace KtdBot.Ingestion;

/// <summary>What one file gave the pipeline: its text and its facts.</summary>
public sealed record ParsedFile(ExtractedDocument Document, DocumentFacts Facts);

/// <summary>
/// Parsed files kept between runs, keyed by the hash of the file's path and bytes: a restart or an <c>ingest</c> re-reads
/// only the files that changed. A cache written by another build of the extractors is ignored.
/// </summary>
public interface IParsedFileCache
{
    /// <summary>The parsed file for a key from <see cref="Key"/>, if cached.</summary>
    ParsedFile? Find(string key);

    /// <summary>Remembers a parsed file.</summary>
    void Put(string key, ParsedFile parsed);

    /// <summary>Persists the entries used since the cache was opened (others are dropped: their files changed or went away).</summary>
    Task SaveAsync(CancellationToken cancellationToken);
}

/// <summary>Keys for <see cref="IParsedFileCache"/>.</summary>
public static class ParsedFileKey
{
    /// <summary>SHA-256 of the relative path and the file's bytes.</summary>
    public static string Of(string relativePath, ReadOnlySpan<byte> content)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(relativePath.Replace('\\', '/')));
        hash.AppendData([0]);
        hash.AppendData(content);
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}

/// <summary>
/// The embedded cache: one JSON snapshot (<c>knowledge-cache.json</c>) in a folder, read once, written atomically.
/// Its version is the build of the extractors, so a new build re-parses everything once.
/// </summary>
public sealed class FileParsedFileCache(string folder, string version) : IParsedFileCache
{
    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    /// <summary>The folder under the data folder that holds the snapshots; never read as knowledge.</summary>
    public const string FolderName = "knowledge-cache";

    private readonly Dictionary<string, ParsedFile> _used = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private Dictionary<string, ParsedFile>? _stored;
    private bool _added;

    /// <summary>The build of the extractors and fact readers: cached entries of another build are not trusted.</summary>
    public static string CurrentVersion(params Assembly[] assemblies) =>
        string.Join('-', assemblies.Append(typeof(FactExtractor).Assembly).Distinct().Select(a => a.ManifestModule.ModuleVersionId.ToString("N")[..12]));

    /// <summary>The cache of one knowledge folder, kept under the data folder (one snapshot per knowledge folder).</summary>
    public static FileParsedFileCache For(string dataFolder, string knowledgeFolder, string version)
    {
        var name = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(knowledgeFolder))))[..12].ToLowerInvariant();
        return new FileParsedFileCache(Path.Combine(dataFolder, FolderName, name), version);
    }

    private string FilePath => Path.Combine(folder, "knowledge-cache.json");

    /// <inheritdoc />
    public ParsedFile? Find(string key)
    {
        lock (_lock)
        {
            _stored ??= Load();
            if (_stored.TryGetValue(key, out var parsed))
            {
                _used[key] = parsed;
                return parsed;
            }

            return null;
        }
    }

    /// <inheritdoc />
    public void Put(string key, ParsedFile parsed)
    {
        lock (_lock)
        {
            _used[key] = parsed;
            _added = true;
        }
    }

    /// <inheritdoc />
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        // A start where every file came from the snapshot and none went away has nothing to write: skip the rewrite.
        if (!_added && _stored is not null && _stored.Count == _used.Count)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var temporary = $"{FilePath}.{Guid.NewGuid():N}.tmp"; // two hosts on one data folder never write the same file
        await using (var stream = File.Create(temporary))
        {
            await JsonSerializer.SerializeAsync(stream, new Snapshot(version, _used), Json, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, FilePath, overwrite: true);
        _stored = new Dictionary<string, ParsedFile>(_used, StringComparer.Ordinal);
        _added = false;
    }

    private Dictionary<string, ParsedFile> Load()
    {
        try
        {
            using var stream = File.OpenRead(FilePath);
            var snapshot = JsonSerializer.Deserialize<Snapshot>(stream, Json);
            return snapshot is not null && snapshot.Version == version ? new(snapshot.Files, StringComparer.Ordinal) : [];
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException or NotSupportedException)
        {
            return []; // no cache yet, or a broken one: parse the files again
        }
    }

    private sealed record Snapshot(string Version, Dictionary<string, ParsedFile> Files);
}
