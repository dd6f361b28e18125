using System.Net;
using KtdBot.Answering;
using KtdBot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KtdBot.Host.Tests.EndToEnd;

/// <summary>The Zalo Bot channel beyond one webhook: polling, setWebhook, typing, splitting, the API's error codes, group policy, a restart.</summary>
public sealed class ZaloBotChannelTests : IAsyncLifetime
{
    private const string Roster = "Khối thi đua 8 gồm những hội nào?";
    private readonly List<KtdBotHost> _hosts = [];
    private FakeZaloBotApi _zaloBot = null!;

    public async Task InitializeAsync() => _zaloBot = await FakeZaloBotApi.StartNewAsync();

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await _zaloBot.DisposeAsync();
    }

    [Fact]
    public async Task PollingModeAnswersEachUpdateOnceWithoutAWebhook()
    {
        var update = ZaloBotUpdates.PrivateText("c0ffee0000000001aa01", Roster, "0000000000000001aa01");
        _zaloBot.EnqueueUpdate(update);
        _zaloBot.EnqueueUpdate(update); // the same message handed out twice
        _zaloBot.EnqueueUpdate(ZaloBotUpdates.PrivateText("c0ffee0000000001aa02", "Năm 2025 ai làm khối trưởng Khối thi đua 8?", "0000000000000001aa02", wrapped: true));
        var host = Start(new() { ["ZaloBot:Mode"] = "Polling", ["ZaloBot:WebhookSecret"] = "" });

        await PolledAsync(host);
        Assert.Contains("Hội Người cao tuổi", Assert.Single(_zaloBot.DeliveredTo("c0ffee0000000001aa01")).Text, StringComparison.Ordinal);
        Assert.Contains("da cam", Assert.Single(_zaloBot.DeliveredTo("c0ffee0000000001aa02")).Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("deleteWebhook", _zaloBot.Calls.First(c => c.Method is "deleteWebhook" or "getUpdates").Method);
        Assert.All(_zaloBot.CallsOf("getUpdates"), c => Assert.Null(c.Body["offset"])); // Zalo has no offset
        Assert.Equal(HttpStatusCode.NotFound, (await host.PostZaloBotAsync(update)).StatusCode);
    }

    [Fact]
    public async Task PollingStopsWithOneLogLineWhenTheTokenIsRefused()
    {
        var settings = KtdBotHost.ZaloBotSettings(_zaloBot, "Polling");
        settings["ZaloBot:BotToken"] = "1459232241454765289:an-old-reset-token";
        var host = KtdBotHost.Start(settings);
        _hosts.Add(host);

        await Eventually.TrueAsync(() => host.Logs.Lines.Any(l => l.Contains("polling stopped", StringComparison.Ordinal)), "the one line");
        var polls = _zaloBot.Calls.Count(c => c.Method == "getUpdates");
        Assert.Equal(1, polls);
        Assert.Single(host.Logs.Lines, l => l.Contains("refused the bot token", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains("an-old-reset-token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RegistersTheWebhookWithItsSecretAtStart()
    {
        var host = Start(new() { ["ZaloBot:WebhookUrl"] = "https://bot.example.org/webhooks/zalo-bot" });

        await Eventually.TrueAsync(() => _zaloBot.CallsOf("setWebhook").Count == 1, "setWebhook");
        var call = _zaloBot.CallsOf("setWebhook")[0];
        Assert.Equal("https://bot.example.org/webhooks/zalo-bot", call.Body["url"]?.GetValue<string>());
        Assert.Equal(FakeZaloBotApi.WebhookSecret, call.Body["secret_token"]?.GetValue<string>());
        await Eventually.TrueAsync(() => host.Logs.Lines.Any(l => l.Contains("verification: webhook.ok", StringComparison.Ordinal)), "the verification outcome logged");
    }

    [Fact]
    public async Task ShowsTypingWhileASlowAnswerIsWritten()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var answers = new StubAnswers(async (q, ct) =>
        {
            await gate.Task.WaitAsync(ct);
            return new Answer("Trả lời chậm", true, [], []);
        });
        var host = Start(new() { ["Channels:TypingDelay"] = "00:00:00.050", ["Channels:TypingInterval"] = "00:00:01" }, answers);

        await host.PostZaloBotAsync(ZaloBotUpdates.PrivateText("c0ffee0000000001bb01", "câu hỏi khó", "0000000000000001bb01"));

        await Eventually.TrueAsync(() => _zaloBot.CallsOf("sendChatAction").Count > 0, "typing while the answer is written");
        gate.SetResult();
        await host.IdleAsync();
        var typing = _zaloBot.CallsOf("sendChatAction")[0];
        Assert.Equal("c0ffee0000000001bb01", typing.ChatId);
        Assert.Equal("typing", typing.Body["action"]?.GetValue<string>());
        Assert.True(typing.At <= Assert.Single(_zaloBot.DeliveredTo("c0ffee0000000001bb01")).At);
    }

    [Fact]
    public async Task SplitsLongAnswersUnder2000AndKeepsTheNumberedListWhole()
    {
        var text = string.Join(' ', Enumerable.Range(0, 1500).Select(i => "đơn_vị_" + i));
        var host = Start([], new StubAnswers((_, _) => Task.FromResult(new Answer(text, false, [], ["Khối thi đua 8 gồm những hội nào?", "Tiêu chuẩn Cờ thi đua cấp tỉnh là gì?"]))));

        await host.PostZaloBotAsync(ZaloBotUpdates.PrivateText("c0ffee0000000001bb02", "dài", "0000000000000001bb02"));

        await host.IdleAsync();
        var parts = _zaloBot.DeliveredTo("c0ffee0000000001bb02").Select(c => c.Text).ToList();
        Assert.True(parts.Count >= 7, $"{parts.Count} parts");
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 2000));
        Assert.EndsWith("(trả lời bằng số):\n1. Khối thi đua 8 gồm những hội nào?\n2. Tiêu chuẩn Cờ thi đua cấp tỉnh là gì?", parts[^1], StringComparison.Ordinal);
        var all = string.Join(' ', parts);
        Assert.Equal(text.Split(' '), all[..all.IndexOf("Bạn có thể hỏi tiếp", StringComparison.Ordinal)].Trim().Split(' '));
    }

    [Fact]
    public async Task RetriesOnRateLimitAndServerErrorsAndDeliversOnce()
    {
        _zaloBot.AnswerSendErrors(429, 500, 403);
        var host = Start(new() { ["Channels:SendRetryMaxDelay"] = "00:00:00.200" });

        await host.PostZaloBotAsync(ZaloBotUpdates.PrivateText("c0ffee0000000001cc01", Roster, "0000000000000001cc01"));

        await host.IdleAsync(TimeSpan.FromSeconds(20));
        var attempts = _zaloBot.CallsOf("sendMessage");
        Assert.Equal([429, 500, 403, 0], attempts.Select(a => a.ErrorCode));
        Assert.Single(_zaloBot.DeliveredTo("c0ffee0000000001cc01"));
    }

    [Theory]
    [InlineData(401, "refused the bot token")]
    [InlineData(400, "reply dropped: error 400")]
    [InlineData(404, "reply dropped: error 404")]
    public async Task StopsWithOneLogLineOnPermanentErrors(int code, string logged)
    {
        _zaloBot.AnswerSendErrors(code);
        var host = Start([]);

        await host.PostZaloBotAsync(ZaloBotUpdates.PrivateText("c0ffee0000000001cc02", Roster, "0000000000000001cc02"));

        await host.IdleAsync();
        Assert.Single(_zaloBot.CallsOf("sendMessage"));
        Assert.Single(host.Logs.Lines, l => l.Contains(logged, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithMentionsOnlyAGroupMessageWithoutTheBotsNameIsIgnored()
    {
        const string group = "9f3c1d2e4b5a69788a01";
        var host = Start(new() { ["ZaloBot:GroupReplies"] = "MentionsOnly", ["ZaloBot:BotName"] = "Bot Thi Đua" });

        await host.PostZaloBotAsync(ZaloBotUpdates.GroupText(group, "c0ffee0000000001dd01", Roster, "0000000000000001dd01"));
        await host.PostZaloBotAsync(ZaloBotUpdates.GroupText(group, "c0ffee0000000001dd02", "@Bot Thi Đua " + Roster, "0000000000000001dd02"));

        await host.IdleAsync();
        var reply = Assert.Single(_zaloBot.DeliveredTo(group));
        Assert.Contains("Hội Người cao tuổi", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANumberedReplyStillAsksItsSuggestionAfterARestart()
    {
        const string chat = "c0ffee0000000001ee01";
        var settings = KtdBotHost.ZaloBotSettings(_zaloBot);
        var first = KtdBotHost.Start(settings);
        first.KeepData = true;
        await first.PostZaloBotAsync(ZaloBotUpdates.PrivateText(chat, Roster, "0000000000000001ee01"));
        await first.IdleAsync();
        var offered = Assert.Single(_zaloBot.DeliveredTo(chat)).Text.Split('\n').Where(l => l.StartsWith("2. ", StringComparison.Ordinal)).Single()[3..];
        await first.DisposeAsync();

        var second = KtdBotHost.Start(settings);
        _hosts.Add(second);
        await second.PostZaloBotAsync(ZaloBotUpdates.PrivateText(chat, "2", "0000000000000001ee02"));

        await second.IdleAsync();
        Assert.StartsWith("Bạn hỏi: " + offered + "\n\n", _zaloBot.DeliveredTo(chat)[1].Text, StringComparison.Ordinal);
    }

    /// <summary>Waits until the fake has handed out every queued update and the poller asked again (so it admitted the last one), then for the queue to empty.</summary>
    private async Task PolledAsync(KtdBotHost host)
    {
        await Eventually.TrueAsync(() => _zaloBot.PendingUpdates == 0, "every update handed out", TimeSpan.FromSeconds(15));
        var polls = _zaloBot.PollsStarted;
        await Eventually.TrueAsync(() => _zaloBot.PollsStarted > polls, "the poller asking again");
        await host.IdleAsync();
    }

    private KtdBotHost Start(Dictionary<string, string?> overrides, StubAnswers? answers = null)
    {
        var settings = KtdBotHost.ZaloBotSettings(_zaloBot);
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        var host = KtdBotHost.Start(settings, answers is null ? null : services => services.AddSingleton<IAnswerService>(answers));
        _hosts.Add(host);
        return host;
    }
}
