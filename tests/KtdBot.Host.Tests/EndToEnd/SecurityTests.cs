using System.Diagnostics;
using System.Net;
using KtdBot.Host.Tests.Support;

namespace KtdBot.Host.Tests.EndToEnd;

/// <summary>Forged and replayed requests change nothing, and no token or secret reaches a log line or a span.</summary>
public sealed class SecurityTests : IAsyncLifetime
{
    private FakeTelegramBotApi _telegram = null!;
    private FakeZaloApi _zalo = null!;
    private FakeZaloBotApi _zaloBot = null!;

    public async Task InitializeAsync()
    {
        _telegram = await FakeTelegramBotApi.StartNewAsync();
        _zalo = await FakeZaloApi.StartNewAsync();
        _zaloBot = await FakeZaloBotApi.StartNewAsync();
    }

    public async Task DisposeAsync()
    {
        await _telegram.DisposeAsync();
        await _zalo.DisposeAsync();
        await _zaloBot.DisposeAsync();
    }

    [Fact]
    public async Task NoTokenOrSecretAppearsInAnyLogLineOrClientSpan()
    {
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "System.Net.Http" or "Microsoft.AspNetCore" or "KtdBot.Channels",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (spans) { spans.Add(activity); } },
        };
        ActivitySource.AddActivityListener(listener);

        var settings = KtdBotHost.Settings(_telegram, _zalo);
        KtdBotHost.WithZaloBot(settings, _zaloBot);
        settings["ZaloBot:WebhookUrl"] = "https://bot.example.org/webhooks/zalo-bot";
        settings["Telegram:WebhookUrl"] = "https://bot.example.org/webhooks/telegram";
        settings["Logging:LogLevel:Default"] = "Trace";
        settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace";
        settings["Logging:LogLevel:System.Net.Http.HttpClient"] = "Trace";
        await using (var host = KtdBotHost.Start(settings))
        {
            // Every path that touches a secret: setWebhook, getMe, answers on both channels, a token refresh, a 429,
            // forged and malformed requests, and a failure to reach the Bot API.
            _zalo.ExpireAccessToken();
            _telegram.AnswerTooManyRequests(1);
            await host.PostTelegramAsync(TelegramUpdates.PrivateText(40001, 801, "Khối thi đua 8 gồm những hội nào?"));
            await host.PostTelegramAsync(TelegramUpdates.PrivateText(40002, 802, "xin chào"), secret: "wrong-" + TestSecrets.TelegramWebhookSecret);
            await host.PostTelegramAsync("{\"update_id\":");
            await host.PostZaloAsync(ZaloEvents.Text("8801", "Khối thi đua 8 gồm những hội nào?", "msg-8801"));
            await host.PostZaloAsync(ZaloEvents.Text("8802", "x", "msg-8802"), "mac=" + new string('0', 64));
            _zaloBot.AnswerSendErrors(429, 401);
            await host.PostZaloBotAsync(ZaloBotUpdates.PrivateText("c0ffee0000000009aa01", "Khối thi đua 8 gồm những hội nào?", "0000000000000009aa01"));
            await host.PostZaloBotAsync(ZaloBotUpdates.PrivateText("c0ffee0000000009aa02", "Khối thi đua 8 gồm những hội nào?", "0000000000000009aa02"));
            await host.PostZaloBotAsync(ZaloBotUpdates.PrivateText("c0ffee0000000009aa03", "x", "0000000000000009aa03"), secret: "wrong-" + FakeZaloBotApi.WebhookSecret);
            await Eventually.TrueAsync(() => _telegram.MessagesTo(801).Count == 2 && _zalo.Delivered.Count == 1 && _zaloBot.Delivered.Count >= 1, "every channel answered");
            await Eventually.TrueAsync(() => _zaloBot.CallsOf("setWebhook").Count == 1, "Zalo Bot setWebhook");
            Assert.Equal(1, _zalo.Refreshes);
            await Eventually.TrueAsync(() => _telegram.Calls.Any(c => c.Method == "setWebhook"), "setWebhook");

            await _telegram.DisposeAsync(); // the Bot API goes away: connection errors are logged too
            await host.PostTelegramAsync(TelegramUpdates.PrivateText(40003, 803, "Khối thi đua 8?"));
            await Eventually.TrueAsync(() => host.Logs.Lines.Any(l => l.Contains("cannot take a reply now", StringComparison.Ordinal)), "the failed send logged", TimeSpan.FromSeconds(20));

            var lines = host.Logs.Lines;
            Assert.True(lines.Count > 50, $"only {lines.Count} log lines captured");
            foreach (var secret in TestSecrets.All(_zalo))
            {
                Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
            }
        }

        List<Activity> recorded;
        lock (spans)
        {
            recorded = [.. spans];
        }

        var botApiSpans = recorded.Where(a => a.Source.Name == "System.Net.Http" && (a.GetTagItem("url.full") as string ?? string.Empty).Contains("/bot", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(botApiSpans);
        // The fake Bot API runs in this process too; its own server spans (route /{**path}) are Telegram's side, not ours.
        foreach (var span in recorded.Where(a => !(a.Kind == ActivityKind.Server && a.DisplayName.EndsWith("/{**path}", StringComparison.Ordinal))))
        {
            foreach (var (key, value) in span.Tags)
            {
                foreach (var secret in TestSecrets.All(_zalo))
                {
                    Assert.False(value?.Contains(secret, StringComparison.Ordinal) == true, $"span {span.DisplayName} tag {key} holds a secret");
                }
            }
        }
    }

    [Fact]
    public async Task ForgedTelegramAndZaloRequestsReachNoAnswer()
    {
        var settings = KtdBotHost.Settings(_telegram, _zalo);
        KtdBotHost.WithZaloBot(settings, _zaloBot);
        await using var host = KtdBotHost.Start(settings);
        var forgedTelegram = new[]
        {
            await host.PostTelegramAsync(TelegramUpdates.PrivateText(41001, 811, "Khối thi đua 8?"), secret: null),
            await host.PostTelegramAsync(TelegramUpdates.PrivateText(41002, 811, "Khối thi đua 8?"), secret: ""),
            await host.PostTelegramAsync(TelegramUpdates.PrivateText(41003, 811, "Khối thi đua 8?"), secret: TestSecrets.TelegramWebhookSecret.ToUpperInvariant()),
            await host.PostTelegramAsync(TelegramUpdates.PrivateText(41004, 811, "Khối thi đua 8?"), secret: TestSecrets.TelegramWebhookSecret + "x"),
        };
        var body = ZaloEvents.Text("8811", "Khối thi đua 8?", "msg-8811");
        var forgedZaloBot = new[]
        {
            await host.PostZaloBotAsync(ZaloBotUpdates.PrivateText("c0ffee0000000009bb01", "Khối thi đua 8?", "0000000000000009bb01"), secret: null),
            await host.PostZaloBotAsync(ZaloBotUpdates.PrivateText("c0ffee0000000009bb01", "Khối thi đua 8?", "0000000000000009bb02"), secret: FakeZaloBotApi.WebhookSecret.ToLowerInvariant()),
            await host.PostZaloBotAsync(ZaloBotUpdates.PrivateText("c0ffee0000000009bb01", "Khối thi đua 8?", "0000000000000009bb03"), secret: FakeZaloBotApi.WebhookSecret[..^1]),
        };
        var forgedZalo = new[]
        {
            await host.PostZaloAsync(body, signature: null),
            await host.PostZaloAsync(body, ZaloEvents.Sign(body, secret: "guess")),
            await host.PostZaloAsync(body, "mac=" + ZaloEvents.Sign(body)[..^2]),
            await host.PostZaloAsync(body.Replace("8811", "8812", StringComparison.Ordinal), ZaloEvents.Sign(body)),
        };

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], forgedTelegram.Select(r => r.StatusCode));
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], forgedZalo.Select(r => r.StatusCode));
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], forgedZaloBot.Select(r => r.StatusCode));
        await host.IdleAsync();
        Assert.Empty(_telegram.Messages);
        Assert.Empty(_zalo.Sends);
        Assert.Empty(_zaloBot.CallsOf("sendMessage"));
    }
}
