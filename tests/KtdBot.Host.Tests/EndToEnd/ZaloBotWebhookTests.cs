using System.Net;
using KtdBot.Host.Tests.Support;

namespace KtdBot.Host.Tests.EndToEnd;

/// <summary>The host on loopback, the Zalo Bot client pointed at a local fake Bot Platform API, real-shaped updates in.</summary>
public sealed class ZaloBotWebhookTests : IAsyncLifetime
{
    private const string Roster = "Khối thi đua 8 gồm những hội nào?";
    private FakeZaloBotApi _zaloBot = null!;
    private KtdBotHost _host = null!;

    public async Task InitializeAsync()
    {
        _zaloBot = await FakeZaloBotApi.StartNewAsync();
        _host = KtdBotHost.Start(KtdBotHost.ZaloBotSettings(_zaloBot));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _zaloBot.DisposeAsync();
    }

    [Theory]
    [InlineData(false)] // as Zalo really delivers it
    [InlineData(true)] // as the docs show it, in {ok, result}
    public async Task AnswersAPrivateQuestionWithRosterFactsSourcesAndNumberedSuggestions(bool wrapped)
    {
        var chat = wrapped ? "a1b2c3d4e5f6a7b8c9d0" : "ae800e9657c5be9be7d4";

        var response = await _host.PostZaloBotAsync(ZaloBotUpdates.PrivateText(chat, Roster, "bb5e4d6ec2a59efdc7b2", wrapped));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _host.IdleAsync();
        var reply = Assert.Single(_zaloBot.DeliveredTo(chat));
        Assert.Equal(FakeZaloBotApi.Token, reply.Token);
        Assert.Contains("Hội Người cao tuổi", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Hội Đông y", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Nguồn:\n[1] ", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Bạn có thể hỏi tiếp (trả lời bằng số):\n1. ", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", reply.Text, StringComparison.Ordinal); // plain text: no parse_mode is sent
        Assert.Null(reply.Body["parse_mode"]);
    }

    [Fact]
    public async Task RefusesAMissingSecretWith401AndAWrongOneWith403()
    {
        var update = ZaloBotUpdates.PrivateText("c0ffee0000000000aa01", Roster, "0000000000000000aa01");

        var missing = await _host.PostZaloBotAsync(update, secret: null);
        var empty = await _host.PostZaloBotAsync(update, secret: "");
        var wrong = await _host.PostZaloBotAsync(update, secret: FakeZaloBotApi.WebhookSecret[..^1] + "x");
        var telegramsHeader = await SendWithHeaderAsync("X-Telegram-Bot-Api-Secret-Token", FakeZaloBotApi.WebhookSecret, update);

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, empty.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, telegramsHeader.StatusCode);
        await _host.IdleAsync();
        Assert.Empty(_zaloBot.CallsOf("sendMessage"));
    }

    [Fact]
    public async Task AnswersAMessageDeliveredTwiceOnlyOnce()
    {
        var update = ZaloBotUpdates.PrivateText("c0ffee0000000000aa02", Roster, "0000000000000000aa02");

        var first = await _host.PostZaloBotAsync(update);
        var again = await _host.PostZaloBotAsync(update);
        var wrappedAgain = await _host.PostZaloBotAsync(ZaloBotUpdates.PrivateText("c0ffee0000000000aa02", Roster, "0000000000000000aa02", wrapped: true));

        Assert.All([first, again, wrappedAgain], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await _host.IdleAsync();
        Assert.Single(_zaloBot.DeliveredTo("c0ffee0000000000aa02"));
    }

    [Fact]
    public async Task InAGroupTheMentionIsRemovedAndTheQuestionAnswered()
    {
        const string group = "9f3c1d2e4b5a69788a7b";

        await _host.PostZaloBotAsync(ZaloBotUpdates.GroupText(group, "c0ffee0000000000bb01", "@Bot KTD " + Roster, "0000000000000000bb01"));
        await _host.PostZaloBotAsync(ZaloBotUpdates.GroupText(group, "c0ffee0000000000bb02", "Cho hỏi @bot ktd, năm 2025 ai làm khối trưởng Khối thi đua 8?", "0000000000000000bb02"));

        await _host.IdleAsync();
        var replies = _zaloBot.DeliveredTo(group);
        Assert.Equal(2, replies.Count);
        Assert.Contains(replies, r => r.Text.Contains("Hội Người cao tuổi", StringComparison.Ordinal));
        Assert.Contains(replies, r => r.Text.Contains("da cam", StringComparison.OrdinalIgnoreCase));
        Assert.All(replies, r => Assert.DoesNotContain("@Bot", r.Text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task InAGroupAMessageWithoutAMentionIsAReplyToTheBotAndAnswered()
    {
        // Zalo delivers group messages only when they @mention the bot or quote one of its messages, and a quote carries
        // no marker: what arrives without a mention is a reply to the bot.
        const string group = "9f3c1d2e4b5a69788a7c";

        await _host.PostZaloBotAsync(ZaloBotUpdates.GroupText(group, "c0ffee0000000000bb03", Roster, "0000000000000000bb03"));

        await _host.IdleAsync();
        Assert.Contains("Hội Người cao tuổi", Assert.Single(_zaloBot.DeliveredTo(group)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InAGroupPhotosStickersAndUnsupportedMessagesAreIgnored()
    {
        const string group = "9f3c1d2e4b5a69788a7d";

        var responses = new[]
        {
            await _host.PostZaloBotAsync(ZaloBotUpdates.Image(group, "c0ffee0000000000bb04", "0000000000000000bb04", "GROUP")),
            await _host.PostZaloBotAsync(ZaloBotUpdates.Sticker(group, "c0ffee0000000000bb05", "0000000000000000bb05", "GROUP")),
            await _host.PostZaloBotAsync(ZaloBotUpdates.Unsupported(group, "c0ffee0000000000bb06", "0000000000000000bb06", "GROUP")),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await _host.IdleAsync();
        Assert.Empty(_zaloBot.DeliveredTo(group));
    }

    [Fact]
    public async Task InAPrivateChatPhotosStickersVoiceAndUnsupportedMessagesGetAShortNote()
    {
        await _host.PostZaloBotAsync(ZaloBotUpdates.Image("c0ffee0000000000cc01", "c0ffee0000000000cc01", "0000000000000000cc01"));
        await _host.PostZaloBotAsync(ZaloBotUpdates.Image("c0ffee0000000000cc02", "c0ffee0000000000cc02", "0000000000000000cc02", docsField: true));
        await _host.PostZaloBotAsync(ZaloBotUpdates.Sticker("c0ffee0000000000cc03", "c0ffee0000000000cc03", "0000000000000000cc03"));
        await _host.PostZaloBotAsync(ZaloBotUpdates.Voice("c0ffee0000000000cc04", "c0ffee0000000000cc04", "0000000000000000cc04"));
        await _host.PostZaloBotAsync(ZaloBotUpdates.Unsupported("c0ffee0000000000cc05", "c0ffee0000000000cc05", "0000000000000000cc05"));
        var unknown = await _host.PostZaloBotAsync(ZaloBotUpdates.Unknown("c0ffee0000000000cc06", "c0ffee0000000000cc06", "0000000000000000cc06"));

        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        await _host.IdleAsync();
        Assert.StartsWith("Xin lỗi, hiện tôi chưa xem được hình ảnh.", Assert.Single(_zaloBot.DeliveredTo("c0ffee0000000000cc01")).Text, StringComparison.Ordinal);
        Assert.StartsWith("Xin lỗi, hiện tôi chưa xem được hình ảnh.", Assert.Single(_zaloBot.DeliveredTo("c0ffee0000000000cc02")).Text, StringComparison.Ordinal);
        Assert.StartsWith("Xin lỗi, hiện tôi chỉ đọc được tin nhắn dạng chữ.", Assert.Single(_zaloBot.DeliveredTo("c0ffee0000000000cc03")).Text, StringComparison.Ordinal);
        Assert.StartsWith("Xin lỗi, hiện tôi chưa nghe được tin nhắn thoại.", Assert.Single(_zaloBot.DeliveredTo("c0ffee0000000000cc04")).Text, StringComparison.Ordinal);
        Assert.StartsWith("Xin lỗi, tôi chưa đọc được loại tin nhắn này.", Assert.Single(_zaloBot.DeliveredTo("c0ffee0000000000cc05")).Text, StringComparison.Ordinal);
        Assert.Empty(_zaloBot.DeliveredTo("c0ffee0000000000cc06"));
    }

    [Fact]
    public async Task ANumberedReplyAsksThatSuggestion()
    {
        const string chat = "c0ffee0000000000dd01";
        await _host.PostZaloBotAsync(ZaloBotUpdates.PrivateText(chat, Roster, "0000000000000000dd01"));
        await _host.IdleAsync();
        var offered = Suggestions(Assert.Single(_zaloBot.DeliveredTo(chat)).Text);
        var leader = offered.FindIndex(s => s.Contains("khối trưởng", StringComparison.Ordinal)) + 1;
        Assert.True(leader > 0, string.Join(" | ", offered));

        await _host.PostZaloBotAsync(ZaloBotUpdates.PrivateText(chat, $" {leader}. ", "0000000000000000dd02"));

        await _host.IdleAsync();
        var answer = _zaloBot.DeliveredTo(chat)[1].Text;
        Assert.StartsWith("Bạn hỏi: " + offered[leader - 1] + "\n\n", answer, StringComparison.Ordinal);
        Assert.Contains("da cam", answer, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ANumberOutsideTheListIsAnsweredAsTyped()
    {
        const string chat = "c0ffee0000000000dd03";
        await _host.PostZaloBotAsync(ZaloBotUpdates.PrivateText(chat, Roster, "0000000000000000dd03"));
        await _host.IdleAsync();

        await _host.PostZaloBotAsync(ZaloBotUpdates.PrivateText(chat, "9", "0000000000000000dd04"));

        await _host.IdleAsync();
        Assert.DoesNotContain("Bạn hỏi:", _zaloBot.DeliveredTo(chat)[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedAndOversizedBodiesGetAClear4xxAndAnEmptyOneIsAcknowledged()
    {
        var cases = new (string Body, HttpStatusCode Expected)[]
        {
            ("{\"event_name\": \"message.text.received\", \"message\": {", HttpStatusCode.BadRequest),
            ("[1, 2", HttpStatusCode.BadRequest),
            ("{\"message\": {\"text\": \"không có event_name\"}}", HttpStatusCode.BadRequest),
            ("{\"ok\": false, \"error_code\": 500, \"description\": \"x\"}", HttpStatusCode.BadRequest),
            ("\"chuỗi\"", HttpStatusCode.BadRequest),
            (new string('[', 5000) + new string(']', 5000), HttpStatusCode.BadRequest),
            (ZaloBotUpdates.PrivateText("c0ffee0000000000ee01", new string('a', 400_000), "0000000000000000ee01"), HttpStatusCode.RequestEntityTooLarge),
            (string.Empty, HttpStatusCode.OK),
        };

        foreach (var (body, expected) in cases)
        {
            using var response = await _host.PostZaloBotAsync(body);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(expected == response.StatusCode, $"{body[..Math.Min(60, body.Length)]}: {(int)response.StatusCode} {text}");
            Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        }

        await _host.IdleAsync();
        Assert.Empty(_zaloBot.CallsOf("sendMessage"));
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains("\n   at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnswersOtherBotsNeverAndFetchesTheBotsNamesOnce()
    {
        var fromBot = ZaloBotUpdates.PrivateText("c0ffee0000000000ff01", Roster, "0000000000000000ff01").Replace("\"is_bot\":false", "\"is_bot\":true", StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await _host.PostZaloBotAsync(fromBot)).StatusCode);

        await _host.IdleAsync();
        Assert.Empty(_zaloBot.CallsOf("sendMessage"));
        await Eventually.TrueAsync(() => _zaloBot.CallsOf("getMe").Count == 1, "getMe at start");
    }

    private static List<string> Suggestions(string reply) =>
        reply[(reply.IndexOf("(trả lời bằng số):\n", StringComparison.Ordinal) + "(trả lời bằng số):\n".Length)..]
            .Split('\n')
            .Select(line => line[(line.IndexOf(". ", StringComparison.Ordinal) + 2)..])
            .ToList();

    private Task<HttpResponseMessage> SendWithHeaderAsync(string header, string value, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "webhooks/zalo-bot") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation(header, value);
        return _host.Http.SendAsync(request);
    }
}
