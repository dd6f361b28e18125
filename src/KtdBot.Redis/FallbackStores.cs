using KtdBot.Channels.State;
using KtdBot.Conversations;

namespace KtdBot.Redis;

/// <summary>Conversation memory in Redis, in-process while Redis is down (follow-ups keep working through an outage).</summary>
public sealed class FallbackConversationStore(RedisConversationStore redis, InMemoryConversationStore local, RedisFallback fallback) : IConversationStore
{
    /// <inheritdoc />
    public Task<IReadOnlyList<ConversationTurn>> GetAsync(string conversationId, CancellationToken cancellationToken) =>
        fallback.RunAsync("conversation", () => redis.GetAsync(conversationId, cancellationToken), () => local.GetAsync(conversationId, cancellationToken));

    /// <inheritdoc />
    public Task AppendAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken) =>
        fallback.RunAsync("conversation", () => redis.AppendAsync(conversationId, turn, cancellationToken), () => local.AppendAsync(conversationId, turn, cancellationToken));
}

/// <summary>Deduplication in Redis, in-process while Redis is down (a delivery reaching two hosts then may be answered twice; none is lost).</summary>
public sealed class FallbackDeduplicator(RedisDeduplicator redis, InMemoryDeduplicator local, RedisFallback fallback) : IDeduplicator
{
    /// <inheritdoc />
    public bool IsShared => true;

    /// <inheritdoc />
    public Task<bool> TryClaimAsync(string key, TimeSpan window, CancellationToken cancellationToken) =>
        fallback.RunAsync("dedupe", () => redis.TryClaimAsync(key, window, cancellationToken), () => local.TryClaimAsync(key, window, cancellationToken));
}

/// <summary>Rate limits in Redis, counted in-process while Redis is down.</summary>
public sealed class FallbackRateLimiter(RedisRateLimiter redis, InMemoryRateLimiter local, RedisFallback fallback) : IRateLimiter
{
    /// <inheritdoc />
    public Task<long> HitAsync(string key, TimeSpan window, CancellationToken cancellationToken) =>
        fallback.RunAsync("rate-limit", () => redis.HitAsync(key, window, cancellationToken), () => local.HitAsync(key, window, cancellationToken));
}
