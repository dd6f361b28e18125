using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KtdBot.Channels.Zalo;

/// <summary>The OA's current tokens.</summary>
/// <param name="AccessToken">Sent as the access_token header.</param>
/// <param name="RefreshToken">Single-use; spent by the next refresh.</param>
/// <param name="ExpiresAt">When the access token expires, when known.</param>
public sealed record ZaloTokenPair(string AccessToken, string RefreshToken, DateTimeOffset? ExpiresAt);

/// <summary>
/// Where the token pair is kept between restarts (refresh tokens are single-use, so a lost pair means re-authorising
/// the OA by hand). A file by default; Redis when <c>Redis:Connection</c> is set, so every host shares one pair.
/// </summary>
public interface IZaloTokenStore
{
    /// <summary>The stored pair, or null when none was stored yet.</summary>
    Task<ZaloTokenPair?> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Stores the pair, replacing the previous one.</summary>
    Task SaveAsync(ZaloTokenPair pair, CancellationToken cancellationToken);

    /// <summary>Holds the refresh lock (across hosts, for a shared store) until disposed.</summary>
    Task<IAsyncDisposable> LockAsync(CancellationToken cancellationToken);
}

/// <summary>The single-host token store: a JSON file written atomically, readable by its owner only.</summary>
public sealed class FileZaloTokenStore(string path) : IZaloTokenStore, IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);

    /// <summary>The file.</summary>
    public string Path { get; } = path;

    /// <inheritdoc />
    public async Task<ZaloTokenPair?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        await using var file = File.OpenRead(Path);
        return await JsonSerializer.DeserializeAsync<ZaloTokenPair>(file, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task SaveAsync(ZaloTokenPair pair, CancellationToken cancellationToken)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path + ".tmp";
        var fileOptions = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var file = new FileStream(temporary, fileOptions))
        {
            await JsonSerializer.SerializeAsync(file, pair, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, Path, overwrite: true);
    }

    /// <inheritdoc />
    public async Task<IAsyncDisposable> LockAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(_lock);
    }

    /// <inheritdoc />
    public void Dispose() => _lock.Dispose();

    private sealed class Release(SemaphoreSlim semaphore) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>
/// Hands out the current access token and refreshes it when Zalo says it is invalid (-216) or it is about to expire.
/// Refreshes are serialised through the store's lock, and a refresh another turn or host already made is adopted
/// instead of spending the (single-use) refresh token twice. Every new pair is stored before it is used.
/// </summary>
public sealed partial class ZaloTokens(IZaloTokenStore store, ZaloClient client, IOptions<ZaloOptions> options, TimeProvider time, ILogger<ZaloTokens> logger)
{
    private static readonly TimeSpan RefreshAhead = TimeSpan.FromMinutes(5);
    private ZaloTokenPair? _current;

    /// <summary>The access token to use now (refreshing first when none is known or it expires within five minutes).</summary>
    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var current = _current ??= await store.LoadAsync(cancellationToken).ConfigureAwait(false) ?? Seed();
        if (current.AccessToken.Length == 0 || (current.ExpiresAt is { } expires && expires - time.GetUtcNow() < RefreshAhead))
        {
            await RefreshAsync(current.AccessToken, cancellationToken).ConfigureAwait(false);
        }

        return _current?.AccessToken ?? string.Empty;
    }

    /// <summary>Replaces <paramref name="rejectedAccessToken"/> with a fresh one; false when Zalo refused the refresh.</summary>
    public async Task<bool> RefreshAsync(string rejectedAccessToken, CancellationToken cancellationToken)
    {
        await using var held = (await store.LockAsync(cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        var latest = await store.LoadAsync(cancellationToken).ConfigureAwait(false) ?? _current ?? Seed();
        if (latest.AccessToken.Length > 0 && !string.Equals(latest.AccessToken, rejectedAccessToken, StringComparison.Ordinal))
        {
            _current = latest; // someone else refreshed while we waited for the lock
            return true;
        }

        if (latest.RefreshToken.Length == 0)
        {
            LogNoRefreshToken(logger);
            return false;
        }

        var (pair, error) = await client.RefreshAsync(latest.RefreshToken, cancellationToken).ConfigureAwait(false);
        if (pair is null)
        {
            LogRefreshRefused(logger, error ?? "unknown");
            return false;
        }

        var next = new ZaloTokenPair(pair.AccessToken, pair.RefreshToken, time.GetUtcNow().AddSeconds(pair.ExpiresIn));
        await store.SaveAsync(next, cancellationToken).ConfigureAwait(false);
        _current = next;
        LogRefreshed(logger, next.ExpiresAt);
        return true;
    }

    private ZaloTokenPair Seed() => new(options.Value.AccessToken, options.Value.RefreshToken, null);

    [LoggerMessage(Level = LogLevel.Information, Message = "Zalo access token refreshed; the new pair is stored (expires {ExpiresAt:u})")]
    private static partial void LogRefreshed(ILogger logger, DateTimeOffset? expiresAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Zalo refused the token refresh ({Error}); re-authorise the OA and set Zalo:AccessToken and Zalo:RefreshToken")]
    private static partial void LogRefreshRefused(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Zalo access token rejected and no refresh token is known")]
    private static partial void LogNoRefreshToken(ILogger logger);
}
