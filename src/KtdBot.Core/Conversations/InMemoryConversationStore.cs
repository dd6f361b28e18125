using System.Collections.Concurrent;

namespace KtdBot.Conversations;

/// <summary>The single-host conversation store: bounded history per conversation, expired lazily and by a sweep.</summary>
public sealed class InMemoryConversationStore(ConversationOptions options, TimeProvider time) : IConversationStore
{
    private readonly ConcurrentDictionary<string, Entry> _conversations = new(StringComparer.Ordinal);
    private long _writes;

    /// <inheritdoc />
    public Task<IReadOnlyList<ConversationTurn>> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (!_conversations.TryGetValue(conversationId, out var entry))
        {
            return Task.FromResult<IReadOnlyList<ConversationTurn>>([]);
        }

        lock (entry)
        {
            if (time.GetUtcNow() - entry.Touched > options.Expiry)
            {
                _conversations.TryRemove(conversationId, out _);
                return Task.FromResult<IReadOnlyList<ConversationTurn>>([]);
            }

            return Task.FromResult<IReadOnlyList<ConversationTurn>>(entry.Turns.ToArray());
        }
    }

    /// <inheritdoc />
    public Task AppendAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var entry = _conversations.GetOrAdd(conversationId, _ => new Entry());
        lock (entry)
        {
            if (now - entry.Touched > options.Expiry)
            {
                entry.Turns.Clear();
            }

            entry.Turns.Enqueue(turn);
            while (entry.Turns.Count > Math.Max(1, options.MaxTurns))
            {
                entry.Turns.Dequeue();
            }

            entry.Touched = now;
        }

        // Sweep now and then so abandoned conversations do not pile up in a long-running host.
        if (Interlocked.Increment(ref _writes) % 1024 == 0)
        {
            foreach (var (id, candidate) in _conversations)
            {
                if (now - candidate.Touched > options.Expiry)
                {
                    _conversations.TryRemove(id, out _);
                }
            }
        }

        return Task.CompletedTask;
    }

    private sealed class Entry
    {
        public Queue<ConversationTurn> Turns { get; } = new();

        public DateTimeOffset Touched { get; set; } = DateTimeOffset.MinValue;
    }
}
