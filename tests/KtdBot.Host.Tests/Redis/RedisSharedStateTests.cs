using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KtdBot.Channels.Zalo;
using KtdBot.Conversations;
using KtdBot.Host.Tests.Support;
using KtdBot.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KtdBot.Host.Tests.Redis;

/// <summary>Shared state against a real redis-server (KTDBOT_TEST_REDIS), each test under its own key prefix.</summary>
public sealed class RedisSharedStateTests : IAsyncLifetime
{
    private readonly string _prefix = $"ktdbot-test:{Guid.NewGuid():N}:";
    private readonly List<RedisConnection> _connections = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }

        if (TestEnvironment.WhyNoRedis is null)
        {
            await using var redis = await ConnectionMultiplexer.ConnectAsync(TestEnvironment.Redis);
            var server = redis.GetServer(redis.GetEndPoints()[0]);
            var db = redis.GetDatabase();
            await foreach (var key in server.KeysAsync(pattern: _prefix + "*"))
            {
                await db.KeyDeleteAsync(key);
            }
        }
    }

    [RedisFact]
    public async Task ConversationStoreKeepsTheLastTurnsAndExpires()
    {
        var store = new RedisConversationStore(Connect(), Options.Create(new ConversationOptions { MaxTurns = 3, Expiry = TimeSpan.FromSeconds(1) }));
        for (var i = 0; i < 5; i++)
        {
            await store.AppendAsync("telegram:1", new ConversationTurn($"q{i}", $"a{i}", new Dictionary<string, string> { ["bloc"] = "khoi-8" }, DateTimeOffset.UtcNow), default);
        }

        var turns = await store.GetAsync("telegram:1", default);
        Assert.Equal(["q2", "q3", "q4"], turns.Select(t => t.Question));
        Assert.Equal("khoi-8", turns[^1].Context["bloc"]);
        Assert.Empty(await store.GetAsync("telegram:2", default));

        await Task.Delay(1300);
        Assert.Empty(await store.GetAsync("telegram:1", default));
    }

    [RedisFact]
    public async Task DeduplicatorLetsExactlyOneOfManyHostsClaimADelivery()
    {
        var hosts = Enumerable.Range(0, 4).Select(_ => new RedisDeduplicator(Connect())).ToArray();

        var claims = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => hosts[i % 4].TryClaimAsync("telegram:777", TimeSpan.FromMinutes(1), default)));

        Assert.Equal(1, claims.Count(c => c));
        Assert.True(await hosts[0].TryClaimAsync("telegram:778", TimeSpan.FromMinutes(1), default));
    }

    [RedisFact]
    public async Task RateLimiterCountsAcrossHostsInAWindow()
    {
        var a = new RedisRateLimiter(Connect());
        var b = new RedisRateLimiter(Connect());

        var counts = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            counts.Add(await a.HitAsync("zalo:u1", TimeSpan.FromMilliseconds(800), default));
            counts.Add(await b.HitAsync("zalo:u1", TimeSpan.FromMilliseconds(800), default));
        }

        Assert.Equal([1, 2, 3, 4, 5, 6], counts);
        await Task.Delay(1000);
        Assert.Equal(1, await a.HitAsync("zalo:u1", TimeSpan.FromMilliseconds(800), default));
    }

    [RedisFact]
    public async Task ZaloTokenStoreSharesThePairAndSerialisesRefreshes()
    {
        var a = new RedisZaloTokenStore(Connect(), TimeProvider.System);
        var b = new RedisZaloTokenStore(Connect(), TimeProvider.System);
        Assert.Null(await a.LoadAsync(default));

        await a.SaveAsync(new ZaloTokenPair("access-x", "refresh-x", DateTimeOffset.UnixEpoch), default);
        Assert.Equal("refresh-x", (await b.LoadAsync(default))?.RefreshToken);

        var held = await a.LockAsync(default);
        var waiting = b.LockAsync(default);
        await Task.Delay(200);
        Assert.False(waiting.IsCompleted);
        await held.DisposeAsync();
        await using var second = await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [RedisFact]
    public async Task TwoHostsSharingRedisNeverBothAnswerTheSameUpdate()
    {
        await using var telegram = await FakeTelegramBotApi.StartNewAsync();
        var settings = KtdBotHost.Settings(telegram, null);
        settings["Redis:Connection"] = TestEnvironment.Redis;
        settings["Redis:KeyPrefix"] = _prefix;
        await using var first = KtdBotHost.Start(settings);
        await using var second = KtdBotHost.Start(new Dictionary<string, string?>(settings) { ["Data:Path"] = KtdBotHost.NewDataPath() });

        // Every update reaches both hosts at the same moment, as after a load balancer retry.
        const int updates = 60;
        var deliveries = Enumerable.Range(0, updates).SelectMany(i =>
        {
            var update = TelegramUpdates.PrivateText(50000 + i, 900 + i, i % 2 == 0 ? "Khối thi đua 8 gồm những hội nào?" : "/help");
            return new[] { first.PostTelegramAsync(update), second.PostTelegramAsync(update) };
        });
        var responses = await Task.WhenAll(deliveries);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await Eventually.TrueAsync(() => telegram.Messages.Select(m => m.ChatId).Distinct().Count() == updates, "every update answered", TimeSpan.FromSeconds(30));
        await Eventually.QuietAsync(1000);
        var perChat = telegram.Messages.GroupBy(m => m.ChatId).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(perChat, p => Assert.Equal(1, p.Value));
        Assert.Contains("Hội Người cao tuổi", telegram.MessagesTo(900)[0].Text, StringComparison.Ordinal);
    }

    [RedisFact]
    public async Task HostsShareConversationMemoryAndReportRedisInReadiness()
    {
        var settings = KtdBotHost.Settings(null, null);
        settings["Redis:Connection"] = TestEnvironment.Redis;
        settings["Redis:KeyPrefix"] = _prefix;
        await using var first = KtdBotHost.Start(settings);
        await using var second = KtdBotHost.Start(new Dictionary<string, string?>(settings) { ["Data:Path"] = KtdBotHost.NewDataPath() });

        await first.Http.PostAsJsonAsync("api/chat", new { conversationId = "shared-1", text = "Khối thi đua 8 gồm những hội nào?" });
        var followUp = await second.Http.PostAsJsonAsync("api/chat", new { conversationId = "shared-1", text = "Năm 2025 ai làm khối trưởng?" });
        var ready = await second.Http.GetFromJsonAsync<JsonElement>("readyz");

        Assert.Contains("da cam", (await followUp.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answer").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
    }

    [RedisFact]
    public async Task ZaloTokenRefreshIsStoredInRedisForEveryHost()
    {
        await using var zalo = await FakeZaloApi.StartNewAsync();
        var settings = KtdBotHost.Settings(null, zalo);
        settings["Redis:Connection"] = TestEnvironment.Redis;
        settings["Redis:KeyPrefix"] = _prefix;
        await using var first = KtdBotHost.Start(settings);
        await using var second = KtdBotHost.Start(new Dictionary<string, string?>(settings) { ["Data:Path"] = KtdBotHost.NewDataPath() });
        zalo.ExpireAccessToken();

        await first.PostZaloAsync(ZaloEvents.Text("7001", "Khối thi đua 8 gồm những hội nào?", "msg-7001"));
        await Eventually.TrueAsync(() => zalo.Delivered.Count == 1, "the first host's reply");
        await second.PostZaloAsync(ZaloEvents.Text("7002", "Khối thi đua 8 gồm những hội nào?", "msg-7002"));
        await Eventually.TrueAsync(() => zalo.Delivered.Count == 2, "the second host's reply");

        Assert.Equal(1, zalo.Refreshes);
        Assert.Equal(0, zalo.RefusedRefreshes);
        var stored = await new RedisZaloTokenStore(Connect(), TimeProvider.System).LoadAsync(default);
        Assert.Equal(zalo.RefreshToken, stored?.RefreshToken);
    }

    private RedisConnection Connect()
    {
        var connection = new RedisConnection(Options.Create(new RedisOptions { Connection = TestEnvironment.Redis, KeyPrefix = _prefix }));
        _connections.Add(connection);
        return connection;
    }
}
