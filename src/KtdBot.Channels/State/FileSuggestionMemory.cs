using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace KtdBot.Channels.State;

/// <summary>
/// The single-host suggestion memory: one small JSON file per conversation in a folder under <c>Data:Path</c>, named by
/// a hash of the conversation id and replaced atomically, so what was offered survives a restart. Entries older than
/// <paramref name="expiry"/> are ignored, and now and then swept away.
/// </summary>
public sealed class FileSuggestionMemory(string folder, TimeSpan expiry, TimeProvider time) : ISuggestionMemory
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private long _writes;

    /// <summary>The folder of the files.</summary>
    public string Folder { get; } = folder;

    /// <inheritdoc />
    public async Task RememberAsync(string conversationId, IReadOnlyList<string> suggestions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        CreateFolder();
        var path = PathOf(conversationId);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var entry = new Entry(time.GetUtcNow().ToUnixTimeMilliseconds(), [.. suggestions]);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var file = new FileStream(temporary, options))
        {
            await JsonSerializer.SerializeAsync(file, entry, Json, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, path, overwrite: true);
        if (Interlocked.Increment(ref _writes) % 1024 == 0)
        {
            _ = Task.Run(Sweep, CancellationToken.None);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> RecallAsync(string conversationId, CancellationToken cancellationToken)
    {
        var path = PathOf(conversationId);
        Entry? entry;
        try
        {
            await using var file = File.OpenRead(path);
            entry = await JsonSerializer.DeserializeAsync<Entry>(file, Json, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or JsonException)
        {
            return [];
        }

        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(entry?.At ?? 0);
        return entry?.Suggestions is { } list && age <= expiry ? list : [];
    }

    private string PathOf(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(conversationId)).AsSpan(0, 16));
        return Path.Combine(Folder, hash + ".json");
    }

    private void CreateFolder()
    {
        if (Directory.Exists(Folder))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(Folder);
        }
        else
        {
            Directory.CreateDirectory(Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private void Sweep()
    {
        var oldest = time.GetUtcNow().UtcDateTime - expiry;
        try
        {
            foreach (var file in new DirectoryInfo(Folder).EnumerateFiles("*.json"))
            {
                if (file.LastWriteTimeUtc < oldest)
                {
                    file.Delete();
                }
            }
        }
        catch (IOException)
        {
            // A file being replaced, or the folder gone: the next sweep takes it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private sealed record Entry(long At, string[] Suggestions);
}
