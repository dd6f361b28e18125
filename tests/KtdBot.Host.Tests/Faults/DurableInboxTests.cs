using System.Net;
using KtdBot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KtdBot.Host.Tests.Faults;

/// <summary>
/// Acknowledged updates survive the host stopping or dying: the real host, the SQLite inbox file, a fake Bot API
/// that hangs while the host goes down. Each test ends with every acknowledged update answered exactly once.
/// </summary>
public sealed class DurableInboxTests : IAsyncLifetime
{
    private const int Updates = 20;
    private FakeTelegramBotApi _telegram = null!;

    public async Task InitializeAsync() => _telegram = await FakeTelegramBotApi.StartNewAsync();

    public async Task DisposeAsync() => await _telegram.DisposeAsync();

    [Fact]
    public async Task AGracefulRestartWithAHangingBotApiAnswersEveryAcknowledgedUpdateOnceAfterwards()
    {
        var settings = Settings();
        _telegram.HangSendMessage = true;
        var first = KtdBotHost.Start(HungApi(settings));
        first.KeepData = true;
        await AcknowledgeAsync(first.Http);
        await Eventually.TrueAsync(() => _telegram.Messages.Count > 0, "a reply is stuck in the hanging Bot API");

        await first.DisposeAsync(); // SIGTERM-like: stop taking work, leave the rest in the inbox
        Assert.Empty(_telegram.Delivered);
        Assert.Contains(first.Logs.Lines, l => l.Contains("left in the inbox", StringComparison.Ordinal));

        _telegram.HangSendMessage = false;
        await using var second = KtdBotHost.Start(settings);
        await AssertEachAnsweredOnceAsync();
        Assert.Contains(second.Logs.Lines, l => l.Contains("are being answered", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Full")]
    [InlineData("Normal")] // a process crash needs no fsync: the operating system has the WAL
    public async Task ASigkilledHostAnswersEveryAcknowledgedUpdateOnceAfterItsRestart(string synchronous)
    {
        var settings = Settings();
        settings["Data:Synchronous"] = synchronous;
        _telegram.HangSendMessage = true;
        await using (var first = await HostProcess.StartAsync(HungApi(settings)))
        {
            await AcknowledgeAsync(first.Http);
            await first.KillAsync(); // right after the 200s: no shutdown code runs
        }

        _telegram.HangSendMessage = false;
        await using var second = await HostProcess.StartAsync(settings);
        await AssertEachAnsweredOnceAsync();
    }

    [Fact]
    public async Task OnceShutdownBeginsAWebhookIsRefusedNotAcknowledgedAndLost()
    {
        await using var host = KtdBotHost.Start(Settings());
        var lifetime = host.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>();

        lifetime.StopApplication(); // SIGTERM
        HttpStatusCode? status;
        try
        {
            status = (await host.PostTelegramAsync(TelegramUpdates.PrivateText(79000, 7900, "Khối thi đua 8?"))).StatusCode;
        }
        catch (HttpRequestException)
        {
            status = null; // the server already closed: not acknowledged either
        }

        Assert.NotEqual(HttpStatusCode.OK, status); // Telegram redelivers it after the restart
        Assert.True(status is null or HttpStatusCode.ServiceUnavailable, $"{status}");
    }

    [Fact]
    public async Task ASignedZaloEventReplayedAfterARestartIsNotAnsweredAgain()
    {
        await using var zalo = await FakeZaloApi.StartNewAsync();
        var settings = KtdBotHost.Settings(null, zalo);
        var signedEvent = ZaloEvents.Text("7701", "Khối thi đua 8 gồm những hội nào?", "msg-7701");
        var first = KtdBotHost.Start(settings);
        first.KeepData = true;
        Assert.Equal(HttpStatusCode.OK, (await first.PostZaloAsync(signedEvent)).StatusCode);
        await Eventually.TrueAsync(() => zalo.Delivered.Count == 1, "answered once");
        await first.DisposeAsync();

        await using var second = KtdBotHost.Start(settings);
        Assert.Equal(HttpStatusCode.OK, (await second.PostZaloAsync(signedEvent)).StatusCode); // the replay, within the 15 minutes

        await Eventually.QuietAsync();
        Assert.Single(zalo.Delivered);
    }

    /// <summary>The first host's settings: a short Bot API timeout, so its sends into the hanging API end quickly.</summary>
    private static Dictionary<string, string?> HungApi(Dictionary<string, string?> settings) =>
        new(settings) { ["Telegram:RequestTimeout"] = "00:00:01" };

    private Dictionary<string, string?> Settings()
    {
        var settings = KtdBotHost.Settings(_telegram, null);
        settings["Telegram:BotUsername"] = FakeTelegramBotApi.Username;
        settings["Channels:SendRetryMaxDelay"] = "00:00:00.200";
        settings["Knowledge:Path"] = Path.Combine(AppContext.BaseDirectory, "knowledge");
        return settings;
    }

    private static async Task AcknowledgeAsync(HttpClient http)
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, Updates).Select(i =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "webhooks/telegram")
            {
                Content = new StringContent(TelegramUpdates.PrivateText(70000 + i, 7000 + i, "Khối thi đua 8 gồm những hội nào?"), System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation("X-Telegram-Bot-Api-Secret-Token", TestSecrets.TelegramWebhookSecret);
            return http.SendAsync(request);
        }));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    private async Task AssertEachAnsweredOnceAsync()
    {
        await Eventually.TrueAsync(() => _telegram.Delivered.Select(m => m.ChatId).Distinct().Count() == Updates, "every acknowledged update answered", TimeSpan.FromSeconds(30));
        await Eventually.QuietAsync(500);
        var perChat = _telegram.Delivered.GroupBy(m => m.ChatId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Updates, perChat.Count);
        Assert.All(perChat, p => Assert.Equal(1, p.Value));
        Assert.All(_telegram.Delivered, m => Assert.Contains("Hội Người cao tuổi", m.Text, StringComparison.Ordinal));
    }
}
