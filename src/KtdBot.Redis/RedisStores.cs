using System.Text.Json;
using KtdBot.Channels.State;
using KtdBot.Channels.Zalo;
using KtdBot.Conversations;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KtdBot.Redis;

/// <summary>Conversation memory in Redis: one list per conversation, trimmed to MaxTurns, expiring after Expiry idle.</summary>
public sealed class RedisConversationStore(RedisConnection redis, IOptions<ConversationOptions> options) : IConversationStore
{
    private const string AppendScript = """
        redis.call('RPUSH', KEYS[1], ARGV[1])
        redis.call('LTRIM', KEYS[1], -tonumber(ARGV[2]), -1)
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        return 1
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <inheritdoc />
    public async Task<IReadOnlyList<ConversationTurn>> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var db = await redis.GetDatabaseAsync().ConfigureAwait(false);
        var values = await db.ListRangeAsync(redis.Key("conv:" + conversationId)).ConfigureAwait(false);
        var turns = new List<ConversationTurn>(values.Length);
        foreach (var value in values)
        {
            if (!value.IsNullOrEmpty && JsonSerializer.Deserialize<ConversationTurn>((string)value!, Json) is { } turn)
            {
                turns.Add(turn);
            }
        }

        return turns;
    }

    /// <inheritdoc />
    public async Task AppendAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken)
    {
        var db = await redis.GetDatabaseAsync().ConfigureAwait(false);
        var settings = options.Value;
        await db.ScriptEvaluateAsync(
            AppendScript,
            [redis.Key("conv:" + conversationId)],
            [JsonSerializer.Serialize(turn, Json), Math.Max(1, settings.MaxTurns), (long)settings.Expiry.TotalMilliseconds]).ConfigureAwait(false);
    }
}

/// <summary>Deduplication shared by every host: SET NX with the window as expiry; the first host to claim a delivery answers it.</summary>
public sealed class RedisDeduplicator(RedisConnection redis) : IDeduplicator
{
    /// <inheritdoc />
    public bool IsShared => true;

    /// <inheritdoc />
    public async Task<bool> TryClaimAsync(string key, TimeSpan window, CancellationToken cancellationToken)
    {
        var db = await redis.GetDatabaseAsync().ConfigureAwait(false);
        return await db.StringSetAsync(redis.Key("seen:" + key), 1, window, When.NotExists).ConfigureAwait(false);
    }
}

/// <summary>Fixed-window rate limits shared by every host: INCR, with the window's expiry set by the first hit.</summary>
public sealed class RedisRateLimiter(RedisConnection redis) : IRateLimiter
{
    private const string HitScript = """
        local count = redis.call('INCR', KEYS[1])
        if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return count
        """;

    /// <inheritdoc />
    public async Task<long> HitAsync(string key, TimeSpan window, CancellationToken cancellationToken)
    {
        var db = await redis.GetDatabaseAsync().ConfigureAwait(false);
        var result = await db.ScriptEvaluateAsync(HitScript, [redis.Key("rate:" + key)], [(long)window.TotalMilliseconds]).ConfigureAwait(false);
        return (long)result;
    }
}

/// <summary>The Zalo token pair shared by every host, with a Redis lock so only one host spends the refresh token.</summary>
public sealed class RedisZaloTokenStore(RedisConnection redis, TimeProvider time) : IZaloTokenStore
{
    private const string ReleaseScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """;

    private static readonly TimeSpan LockLease = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public async Task<ZaloTokenPair?> LoadAsync(CancellationToken cancellationToken)
    {
        var db = await redis.GetDatabaseAsync().ConfigureAwait(false);
        var value = await db.StringGetAsync(redis.Key("zalo:tokens")).ConfigureAwait(false);
        return value.IsNullOrEmpty ? null : JsonSerializer.Deserialize<ZaloTokenPair>((string)value!);
    }

    /// <inheritdoc />
    public async Task SaveAsync(ZaloTokenPair pair, CancellationToken cancellationToken)
    {
        var db = await redis.GetDatabaseAsync().ConfigureAwait(false);
        await db.StringSetAsync(redis.Key("zalo:tokens"), JsonSerializer.Serialize(pair)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IAsyncDisposable> LockAsync(CancellationToken cancellationToken)
    {
        var db = await redis.GetDatabaseAsync().ConfigureAwait(false);
        var key = redis.Key("zalo:tokens:lock");
        var owner = Guid.NewGuid().ToString("N");
        var deadline = time.GetUtcNow() + LockLease + LockLease;
        while (!await db.StringSetAsync(key, owner, LockLease, When.NotExists).ConfigureAwait(false))
        {
            if (time.GetUtcNow() > deadline)
            {
                throw new TimeoutException("Timed out waiting for the Zalo token refresh lock.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), time, cancellationToken).ConfigureAwait(false);
        }

        return new Lease(db, key, owner);
    }

    private sealed class Lease(IDatabase db, RedisKey key, string owner) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() =>
            await db.ScriptEvaluateAsync(ReleaseScript, [key], [owner]).ConfigureAwait(false);
    }
}
