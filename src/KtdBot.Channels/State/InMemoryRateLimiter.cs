using System.Collections.Concurrent;

namespace KtdBot.Channels.State;

/// <summary>The single-host rate limiter: a fixed window per key, swept now and then.</summary>
public sealed class InMemoryRateLimiter(TimeProvider time) : IRateLimiter
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private long _hits;

    /// <inheritdoc />
    public Task<long> HitAsync(string key, TimeSpan window, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcTicks;
        var entry = _windows.GetOrAdd(key, static _ => new Window());
        long count;
        lock (entry)
        {
            if (entry.Ends <= now)
            {
                entry.Ends = now + window.Ticks;
                entry.Count = 0;
            }

            count = ++entry.Count;
        }

        if (Interlocked.Increment(ref _hits) % 4096 == 0)
        {
            foreach (var (id, candidate) in _windows)
            {
                if (Volatile.Read(ref candidate.Ends) <= now)
                {
                    _windows.TryRemove(new KeyValuePair<string, Window>(id, candidate));
                }
            }
        }

        return Task.FromResult(count);
    }

    private sealed class Window
    {
        public long Ends;
        public long Count;
    }
}
