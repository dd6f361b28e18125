using System.Net;
using KtdBot.Host.Tests.Support;
using StackExchange.Redis;

namespace KtdBot.Host.Tests.Faults;

/// <summary>Two hosts share one Redis inbox (a stream with a consumer group); one is SIGKILLed with acknowledged work pending.</summary>
public sealed class SharedInboxTests : IAsyncLifetime
{
    private readonly string _prefix = $"ktdbot-test:{Guid.NewGuid():N}:";
    private FakeTelegramBotApi _telegram = null!;

    public async Task InitializeAsync() => _telegram = await FakeTelegramBotApi.StartNewAsync();

    public async Task DisposeAsync()
    {
        await _telegram.DisposeAsync();
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
    public async Task TheSurvivorTakesOverAKilledHostsAcknowledgedUpdatesAndEachIsAnsweredOnce()
    {
        _telegram.HangSendMessage = true;
        await using var doomed = await HostProcess.StartAsync(Settings("doomed"));
        await using var survivor = KtdBotHost.Start(Settings("survivor"));

        var toDoomed = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Post(doomed.Http, 60000 + i, 6000 + i)));
        var toSurvivor = await Task.WhenAll(Enumerable.Range(20, 5).Select(i => Post(survivor.Http, 60000 + i, 6000 + i)));
        Assert.All(toDoomed.Concat(toSurvivor), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await Eventually.TrueAsync(() => _telegram.Messages.Count > 0, "replies stuck in the hanging Bot API");
        await doomed.KillAsync(); // its 20 acknowledged updates are in its pending list in Redis

        _telegram.HangSendMessage = false;
        await Eventually.TrueAsync(() => _telegram.Delivered.Select(m => m.ChatId).Distinct().Count() == 25, "every acknowledged update answered", TimeSpan.FromSeconds(40));
        await Eventually.QuietAsync(500);
        Assert.All(_telegram.Delivered.GroupBy(m => m.ChatId), g => Assert.Single(g));
        Assert.Contains(survivor.Logs.Lines, l => l.Contains("or from a stopped host", StringComparison.Ordinal));
    }

    private Dictionary<string, string?> Settings(string name)
    {
        var settings = KtdBotHost.Settings(_telegram, null);
        settings["Telegram:BotUsername"] = FakeTelegramBotApi.Username;
        if (name == "doomed")
        {
            settings["Telegram:RequestTimeout"] = "00:00:01"; // its sends into the hanging API end quickly; the survivor keeps 10 s
        }

        settings["Channels:SendRetryMaxDelay"] = "00:00:00.200";
        settings["Channels:InboxClaimInterval"] = "00:00:00.500";
        settings["Knowledge:Path"] = Path.Combine(AppContext.BaseDirectory, "knowledge");
        settings["Redis:Connection"] = TestEnvironment.Redis;
        settings["Redis:KeyPrefix"] = _prefix;
        settings["Redis:ConsumerName"] = name;
        settings["Redis:InboxClaimAfter"] = "00:00:03";
        return settings;
    }

    private static Task<HttpResponseMessage> Post(HttpClient http, long updateId, long chatId)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "webhooks/telegram")
        {
            Content = new StringContent(TelegramUpdates.PrivateText(updateId, chatId, "Khối thi đua 8 gồm những hội nào?"), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("X-Telegram-Bot-Api-Secret-Token", TestSecrets.TelegramWebhookSecret);
        return http.SendAsync(request);
    }
}
