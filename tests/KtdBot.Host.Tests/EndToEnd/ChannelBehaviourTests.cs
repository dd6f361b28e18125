using System.Net;
using System.Text.RegularExpressions;
using KtdBot.Answering;
using KtdBot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KtdBot.Host.Tests.EndToEnd;

/// <summary>The channel core seen from outside: the bounded queue, rate limits, typing, splitting, setWebhook, polling.</summary>
public sealed class ChannelBehaviourTests : IAsyncLifetime
{
    private FakeTelegramBotApi _telegram = null!;
    private FakeZaloApi _zalo = null!;
    private readonly List<KtdBotHost> _hosts = [];

    public async Task InitializeAsync()
    {
        _telegram = await FakeTelegramBotApi.StartNewAsync();
        _zalo = await FakeZaloApi.StartNewAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await _telegram.DisposeAsync();
        await _zalo.DisposeAsync();
    }

    [Fact]
    public async Task FullQueueAnswers503WithRetryAfterAndTheRedeliveryIsAnsweredOnce()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var answers = new StubAnswers(async (q, ct) =>
        {
            started.TrySetResult();
            await gate.Task.WaitAsync(ct);
            return new Answer("Trả lời: " + q.Text, true, [], []);
        });
        var host = Start(new() { ["Channels:QueueCapacity"] = "2", ["Channels:Workers"] = "1" }, answers);

        var first = await host.PostTelegramAsync(TelegramUpdates.PrivateText(20001, 701, "một"));
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10)); // the worker holds the first update (it counts until answered)
        var second = await host.PostTelegramAsync(TelegramUpdates.PrivateText(20002, 702, "hai"));
        var third = await host.PostTelegramAsync(TelegramUpdates.PrivateText(20003, 703, "ba"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, third.StatusCode);
        Assert.Equal("1", third.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

        gate.SetResult();
        await Eventually.TrueAsync(() => _telegram.Messages.Count == 2, "the two queued updates answered");
        var redelivered = await host.PostTelegramAsync(TelegramUpdates.PrivateText(20003, 703, "ba")); // Telegram retries a non-2xx
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        await Eventually.TrueAsync(() => _telegram.Messages.Count == 3, "the redelivered update answered");
        await Eventually.QuietAsync();
        Assert.Equal(new long[] { 701, 702, 703 }, _telegram.Messages.Select(m => m.ChatId).Order().ToArray());
    }

    [Fact]
    public async Task RateLimitedUserGetsOnePoliteReplyThenSilence()
    {
        var host = Start(new() { ["Channels:RateLimitPermits"] = "2" }, StubAnswers.Echo());

        for (var i = 0; i < 5; i++)
        {
            await host.PostTelegramAsync(TelegramUpdates.PrivateText(20100 + i, 711, "câu " + i, messageId: i + 1));
        }

        await Eventually.TrueAsync(() => _telegram.MessagesTo(711).Count >= 3, "two answers and a polite refusal");
        await Eventually.QuietAsync();
        var texts = _telegram.MessagesTo(711).Select(m => m.Text).ToList();
        Assert.Equal(3, texts.Count);
        Assert.Equal("Trả lời: câu 0", texts[0]);
        Assert.Equal("Trả lời: câu 1", texts[1]);
        Assert.Contains("đợi khoảng một phút", texts[2], StringComparison.Ordinal);

        // Another user is not affected.
        await host.PostTelegramAsync(TelegramUpdates.PrivateText(20110, 712, "câu khác"));
        await Eventually.TrueAsync(() => _telegram.MessagesTo(712).Count == 1, "the other user's answer");
    }

    [Fact]
    public async Task ShowsTypingWhileASlowAnswerIsWritten()
    {
        var slow = new StubAnswers(async (q, ct) =>
        {
            await Task.Delay(1500, ct);
            return new Answer("Trả lời chậm", true, [], []);
        });
        var host = Start(new() { ["Channels:TypingDelay"] = "00:00:00.100", ["Channels:TypingInterval"] = "00:00:01" }, slow);

        await host.PostTelegramAsync(TelegramUpdates.PrivateText(20201, 721, "câu hỏi khó"));

        await Eventually.TrueAsync(() => _telegram.MessagesTo(721).Count == 1, "the slow answer");
        var calls = _telegram.Calls.Where(c => c.ChatId == 721).ToList();
        var typing = calls.Where(c => c.Method == "sendChatAction").ToList();
        Assert.InRange(typing.Count, 1, 3);
        Assert.All(typing, t => Assert.Equal("typing", t.Body["action"]?.GetValue<string>()));
        Assert.True(calls.IndexOf(typing[0]) < calls.FindIndex(c => c.Method == "sendMessage"));
        await Eventually.QuietAsync(1200);
        Assert.Equal(typing.Count, _telegram.Calls.Count(c => c.ChatId == 721 && c.Method == "sendChatAction")); // stops with the turn
    }

    [Fact]
    public async Task FastAnswersSendNoTypingIndicator()
    {
        var host = Start(new() { ["Channels:TypingDelay"] = "00:00:01" }, StubAnswers.Echo());

        await host.PostTelegramAsync(TelegramUpdates.PrivateText(20301, 731, "nhanh"));

        await Eventually.TrueAsync(() => _telegram.MessagesTo(731).Count == 1, "the answer");
        await Eventually.QuietAsync(1200);
        Assert.DoesNotContain(_telegram.Calls, c => c.Method == "sendChatAction");
    }

    [Fact]
    public async Task SplitsLongTelegramAnswersUnder4096WithoutBreakingTagsOrWords()
    {
        var words = Enumerable.Range(0, 2200).Select(i => i % 50 == 49 ? $"Hội<{i}>&Đoàn\n" : $"từ{i}");
        var text = string.Join(' ', words) + " [1]";
        var citations = new[] { new Citation("Khối thi đua 8 tổng kết <2024>", "Báo Bình Thuận, 9/1/2025", "…") };
        var host = Start([], new StubAnswers((_, _) => Task.FromResult(new Answer(text, true, citations, ["Khối 8 gồm những hội nào?"]))));

        await host.PostTelegramAsync(TelegramUpdates.PrivateText(20401, 741, "dài"));

        await Eventually.TrueAsync(() => _telegram.MessagesTo(741).Any(m => m.Text.Contains("Nguồn:", StringComparison.Ordinal)), "the last part");
        await Eventually.QuietAsync(300);
        var parts = _telegram.MessagesTo(741).Select(m => m.Text).ToList();
        Assert.True(parts.Count >= 4, $"{parts.Count} parts");
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 4096));
        foreach (var part in parts)
        {
            Assert.Equal(Regex.Count(part, "<b>"), Regex.Count(part, "</b>"));
            Assert.Equal(Regex.Count(part, "<i>"), Regex.Count(part, "</i>"));
            Assert.DoesNotMatch("&(?!amp;|lt;|gt;)", part);
        }

        var plain = string.Join(' ', parts.Select(p => Regex.Replace(p, "<[^>]+>", string.Empty)));
        var sentWords = plain.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var expected = TelegramExpected(text, citations);
        Assert.Equal(expected, sentWords.Take(expected.Length).ToArray());
    }

    [Fact]
    public async Task SplitsLongZaloAnswersUnder2000()
    {
        var text = string.Join(' ', Enumerable.Range(0, 1500).Select(i => "đơn_vị_" + i));
        var host = Start([], new StubAnswers((_, _) => Task.FromResult(new Answer(text, false, [], []))));

        await host.PostZaloAsync(ZaloEvents.Text("9001", "dài", "msg-9001"));

        await Eventually.TrueAsync(() => string.Join(' ', _zalo.Delivered.Select(s => s.Text)).Contains("đơn_vị_1499", StringComparison.Ordinal), "every part");
        var parts = _zalo.Delivered.Select(s => s.Text).ToList();
        Assert.True(parts.Count >= 7, $"{parts.Count} parts");
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 2000));
        Assert.Equal(text.Split(' '), string.Join(' ', parts).Split(' '));
    }

    [Fact]
    public async Task RegistersTheWebhookWithItsSecretAtStart()
    {
        var host = Start(new() { ["Telegram:WebhookUrl"] = "https://bot.example.org/webhooks/telegram", ["Telegram:MaxConnections"] = "20" }, null);

        await Eventually.TrueAsync(() => _telegram.Calls.Any(c => c.Method == "setWebhook"), "setWebhook");
        var call = _telegram.Calls.First(c => c.Method == "setWebhook");
        Assert.Equal("https://bot.example.org/webhooks/telegram", call.Body["url"]?.GetValue<string>());
        Assert.Equal(TestSecrets.TelegramWebhookSecret, call.Body["secret_token"]?.GetValue<string>());
        Assert.Equal(20, call.Body["max_connections"]?.GetValue<int>());
        Assert.Equal("[\"message\",\"callback_query\"]", call.Body["allowed_updates"]?.ToJsonString());
        _ = host;
    }

    [Fact]
    public async Task LongPollingAnswersUpdatesWithoutAWebhook()
    {
        _telegram.EnqueueUpdate(TelegramUpdates.PrivateText(30001, 751, "Khối thi đua 8 gồm những hội nào?"));
        var host = Start(new() { ["Telegram:Mode"] = "Polling", ["Telegram:WebhookSecret"] = "" }, null);

        await Eventually.TrueAsync(() => _telegram.MessagesTo(751).Count > 0, "the polled update answered", TimeSpan.FromSeconds(15));
        Assert.Contains("Hội Người cao tuổi", _telegram.MessagesTo(751)[0].Text, StringComparison.Ordinal);
        Assert.Contains(_telegram.Calls, c => c.Method == "deleteWebhook");
        await Eventually.TrueAsync(() => _telegram.Calls.Any(c => c.Method == "getUpdates" && c.Body["offset"]?.GetValue<int>() == 30002), "the update confirmed");

        var webhook = await host.PostTelegramAsync(TelegramUpdates.PrivateText(30002, 752, "x"));
        Assert.Equal(HttpStatusCode.NotFound, webhook.StatusCode);
        await Eventually.QuietAsync();
        Assert.Single(_telegram.MessagesTo(751));
    }

    private static string[] TelegramExpected(string text, Citation[] citations)
    {
        var rendered = text + "\n\nNguồn:\n[1] " + citations[0].Title + " — " + citations[0].Source;
        return rendered.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal))
            .ToArray();
    }

    private KtdBotHost Start(Dictionary<string, string?> overrides, StubAnswers? answers)
    {
        var settings = KtdBotHost.Settings(_telegram, _zalo);
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        var host = KtdBotHost.Start(settings, answers is null ? null : services => services.AddSingleton<IAnswerService>(answers));
        _hosts.Add(host);
        return host;
    }
}
