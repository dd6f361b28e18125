using KtdBot.Host.Tests.Support;
using KtdBot.Redis;
using KtdBot.State;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KtdBot.Host.Tests.State;

/// <summary>The Redis Streams inbox against a real redis-server (KTDBOT_TEST_REDIS), each test under its own key prefix.</summary>
public sealed class RedisStreamInboxTests : IAsyncLifetime
{
    private readonly string _prefix = $"ktdbot-test:{Guid.NewGuid():N}:";
    private readonly List<IAsyncDisposable> _owned = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            await owned.DisposeAsync();
        }

        if (TestEnvironment.WhyNoRedis is null)
        {
            await using var redis = await ConnectionMultiplexer.ConnectAsync(TestEnvironment.Redis);
            var server = redis.GetServer(redis.GetEndPoints()[0]);
            await foreach (var key in server.KeysAsync(pattern: _prefix + "*"))
            {
                await redis.GetDatabase().KeyDeleteAsync(key);
            }
        }
    }

    [RedisFact]
    public async Task ARestartedHostTakesBackItsOwnPendingEntriesInOrderAndNoOtherHostTakesThemWhileItLives()
    {
        var first = Inbox("host-a");
        var a = await first.TryAddAsync("telegram:1", "one", "telegram:901", TimeSpan.FromMinutes(1), default);
        var b = await first.TryAddAsync("telegram:1", "two", "telegram:902", TimeSpan.FromMinutes(1), default);
        Assert.Null(await first.TryAddAsync("telegram:1", "again", "telegram:901", TimeSpan.FromMinutes(1), default)); // a repeat
        await first.MarkSentAsync(a!, "0.0", default);
        Assert.Empty(await Inbox("host-b").ClaimPendingAsync(default)); // owned by a live host: not idle long enough

        var restarted = Inbox("host-a"); // the same name after a restart
        var pending = await restarted.ClaimPendingAsync(default);
        Assert.Equal(["one", "two"], pending.Select(e => e.Payload));
        Assert.True(await restarted.WasSentAsync(pending[0], "0.0", default));

        await restarted.CompleteAsync(pending[0], default);
        await restarted.CompleteAsync(pending[1], default);
        Assert.Empty(await Inbox("host-a").ClaimPendingAsync(default));
        Assert.NotNull(b);
    }

    [RedisFact]
    public async Task AnotherHostTakesOverEntriesIdleLongerThanInboxClaimAfter()
    {
        var dead = Inbox("dead", TimeSpan.FromMilliseconds(300));
        await dead.TryAddAsync("zalo:u", "left behind", "zalo:m1", TimeSpan.FromMinutes(1), default);

        var survivor = Inbox("survivor", TimeSpan.FromMilliseconds(300));
        await Eventually.TrueAsync(() => survivor.ClaimPendingAsync(default).Result.Count == 1, "the survivor takes the dead host's entry");
    }

    private RedisStreamInbox Inbox(string consumer, TimeSpan? claimAfter = null)
    {
        var options = Options.Create(new RedisOptions
        {
            Connection = TestEnvironment.Redis,
            KeyPrefix = _prefix,
            ConsumerName = consumer,
            InboxClaimAfter = claimAfter ?? TimeSpan.FromMinutes(1),
        });
        var connection = new RedisConnection(options);
        var inbox = new RedisStreamInbox(connection, options, TimeProvider.System, NullLogger<RedisStreamInbox>.Instance);
        _owned.Add(inbox);
        _owned.Add(connection);
        return inbox;
    }
}
