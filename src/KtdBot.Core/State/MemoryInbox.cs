using System.Collections.Concurrent;
using System.Globalization;

namespace KtdBot.State;

/// <summary>
/// The in-process inbox (<c>Data:Inbox=Memory</c>): nothing survives a restart. Delivery ids are kept for the window
/// in a dictionary swept now and then. Used to measure what the durable inbox costs, and in unit tests.
/// </summary>
public sealed class MemoryInbox(TimeProvider time) : IInbox
{
    private readonly ConcurrentDictionary<string, InboxEntry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _claims = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, HashSet<string>> _sent = new(StringComparer.Ordinal);
    private long _sequence;
    private int _claimed;

    /// <inheritdoc />
    public bool IsDurable => false;

    /// <summary>Entries not yet completed.</summary>
    public int Count => _entries.Count;

    /// <inheritdoc />
    public Task<InboxEntry?> TryAddAsync(string partition, string payload, string? dedupeKey, TimeSpan dedupeWindow, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (dedupeKey is not null)
        {
            var expires = (now + dedupeWindow).UtcTicks;
            var claimed = false;
            _claims.AddOrUpdate(dedupeKey, _ => { claimed = true; return expires; }, (_, existing) =>
            {
                claimed = existing <= now.UtcTicks;
                return claimed ? expires : existing;
            });
            if (!claimed)
            {
                return Task.FromResult<InboxEntry?>(null);
            }

            if (Interlocked.Read(ref _sequence) % 4096 == 0)
            {
                foreach (var (key, until) in _claims)
                {
                    if (until <= now.UtcTicks)
                    {
                        _claims.TryRemove(new KeyValuePair<string, long>(key, until));
                    }
                }
            }
        }

        var id = Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture);
        var entry = new InboxEntry(id, partition, payload, now);
        _entries[id] = entry;
        return Task.FromResult<InboxEntry?>(entry);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<InboxEntry>> ClaimPendingAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<InboxEntry>>(Interlocked.Exchange(ref _claimed, 1) == 1
            ? []
            : _entries.Values.OrderBy(e => long.Parse(e.Id, CultureInfo.InvariantCulture)).ToList());

    /// <inheritdoc />
    public Task CompleteAsync(InboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _entries.TryRemove(entry.Id, out _);
        _sent.TryRemove(entry.Id, out _);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<bool> WasSentAsync(InboxEntry entry, string part, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!_sent.TryGetValue(entry.Id, out var parts))
        {
            return Task.FromResult(false);
        }

        lock (parts)
        {
            return Task.FromResult(parts.Contains(part));
        }
    }

    /// <inheritdoc />
    public Task MarkSentAsync(InboxEntry entry, string part, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var parts = _sent.GetOrAdd(entry.Id, _ => new HashSet<string>(StringComparer.Ordinal));
        lock (parts)
        {
            parts.Add(part);
        }

        return Task.CompletedTask;
    }
}
