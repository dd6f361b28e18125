using System.Collections.Concurrent;
using KtdBot.Channels.Core;
using Microsoft.Extensions.Options;

namespace KtdBot.Channels.State;

/// <summary>The single-host deduplicator: ids kept for the window, and at most <see cref="ChannelOptions.DedupeMaxEntries"/> of them.</summary>
public sealed class InMemoryDeduplicator(IOptions<ChannelOptions> options, TimeProvider time) : IDeduplicator
{
    private readonly ConcurrentDictionary<string, long> _claims = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Key, long Expires)> _order = new();
    private readonly int _maxEntries = options.Value.DedupeMaxEntries;

    /// <inheritdoc />
    public Task<bool> TryClaimAsync(string key, TimeSpan window, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcTicks;
        var expires = now + window.Ticks;
        var claimed = false;
        _claims.AddOrUpdate(
            key,
            _ =>
            {
                claimed = true;
                return expires;
            },
            (_, existing) =>
            {
                if (existing > now)
                {
                    claimed = false;
                    return existing;
                }

                claimed = true;
                return expires;
            });

        if (claimed)
        {
            _order.Enqueue((key, expires));
            Evict(now);
        }

        return Task.FromResult(claimed);
    }

    private void Evict(long now)
    {
        // Oldest first: expired ids, then any beyond the bound.
        while (_order.TryPeek(out var oldest) && (oldest.Expires <= now || _order.Count > _maxEntries))
        {
            if (!_order.TryDequeue(out oldest))
            {
                break;
            }

            // Only remove the entry this queue item created (a re-claim after expiry enqueues its own item).
            _claims.TryRemove(new KeyValuePair<string, long>(oldest.Key, oldest.Expires));
        }
    }
}
