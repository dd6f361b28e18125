using System.Net;
using KtdBot.Host.Tests.Support;

namespace KtdBot.Host.Tests.Faults;

/// <summary>
/// The Bot API fails (500 on every sendMessage) for a while, then recovers: every acknowledged update is answered
/// exactly once afterwards, and a 429 with a long retry_after delays only its own chat. The outage lasts
/// KTDBOT_TEST_OUTAGE_SECONDS (default 5; the two minutes with 120).
/// </summary>
public sealed class BotApiOutageTests : IAsyncLifetime
{
    private FakeTelegramBotApi _telegram = null!;

    public async Task InitializeAsync() => _telegram = await FakeTelegramBotApi.StartNewAsync();

    public async Task DisposeAsync() => await _telegram.DisposeAsync();

    [Fact]
    public async Task ABotApiFailingForAWhileLosesNoAcknowledgedUpdateAndDoublesNone()
    {
        var outage = TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("KTDBOT_TEST_OUTAGE_SECONDS"), out var s) ? s : 5);
        var settings = KtdBotHost.Settings(_telegram, null);
        settings["Telegram:BotUsername"] = FakeTelegramBotApi.Username;
        settings["Channels:SendRetryMaxDelay"] = "00:00:01";
        await using var host = KtdBotHost.Start(settings);

        _telegram.FailSendMessage = true;
        var started = DateTime.UtcNow;
        var sent = 0;
        while (DateTime.UtcNow - started < outage)
        {
            var response = await host.PostTelegramAsync(TelegramUpdates.PrivateText(30000 + sent, 3000 + sent, "Khối thi đua 8 gồm những hội nào?"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            sent++;
            await Task.Delay(outage / 20); // updates keep arriving through the outage
        }

        Assert.Empty(_telegram.Delivered);
        _telegram.FailSendMessage = false;

        await Eventually.TrueAsync(() => _telegram.Delivered.Select(m => m.ChatId).Distinct().Count() == sent, "every acknowledged update answered after the outage", TimeSpan.FromSeconds(30));
        await Eventually.QuietAsync(500);
        Assert.All(_telegram.Delivered.GroupBy(m => m.ChatId), g => Assert.Single(g));
        Assert.True(_telegram.Messages.Count > sent, "the failed attempts were retried");
    }

    [Fact]
    public async Task ALongRetryAfterDelaysOnlyItsOwnChat()
    {
        var settings = KtdBotHost.Settings(_telegram, null);
        settings["Telegram:BotUsername"] = FakeTelegramBotApi.Username;
        settings["Channels:Workers"] = "1"; // every chat on one worker: a waiting chat must not hold it
        await using var host = KtdBotHost.Start(settings);
        _telegram.RetryAfterSeconds = 90; // over the old 60-second limit that dropped the reply
        _telegram.AnswerTooManyRequests(1);

        await host.PostTelegramAsync(TelegramUpdates.PrivateText(31000, 3100, "Khối thi đua 8 gồm những hội nào?"));
        await Eventually.TrueAsync(() => _telegram.Messages.Count == 1, "the first reply got 429");
        for (var i = 1; i <= 5; i++)
        {
            await host.PostTelegramAsync(TelegramUpdates.PrivateText(31000 + i, 3100 + i, "Khối thi đua 8 gồm những hội nào?"));
        }

        await Eventually.TrueAsync(() => _telegram.Delivered.Count == 5, "the other chats answered while the first waits");
        Assert.Empty(_telegram.DeliveredTo(3100));
        Assert.Contains(host.Logs.Lines, l => l.Contains("the chat waits 90 s", StringComparison.Ordinal));
    }
}
