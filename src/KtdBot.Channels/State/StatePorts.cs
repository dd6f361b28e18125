namespace KtdBot.Channels.State;

/// <summary>
/// Remembers which deliveries were already handled, so a webhook retry or a second host never answers twice.
/// In-process by default; Redis (shared by every host) when <c>Redis:Connection</c> is set.
/// </summary>
public interface IDeduplicator
{
    /// <summary>Claims <paramref name="key"/> for <paramref name="window"/>: true for the first caller, false for every later one.</summary>
    Task<bool> TryClaimAsync(string key, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>True when every host sees the same claims (Redis): the queue then claims here too, after the inbox's own claim.</summary>
    bool IsShared => false;
}

/// <summary>
/// Counts messages per user in fixed windows. In-process by default; Redis (shared by every host) when configured.
/// </summary>
public interface IRateLimiter
{
    /// <summary>Counts one hit for <paramref name="key"/> and returns the count in the current window (1 for the first).</summary>
    Task<long> HitAsync(string key, TimeSpan window, CancellationToken cancellationToken);
}
