using System.Net;
using System.Text.RegularExpressions;
using KtdBot.Host.Tests.Support;

namespace KtdBot.Host.Tests.EndToEnd;

/// <summary>The host on loopback, Telegram.Bot pointed at a local fake Bot API, real-shaped updates in.</summary>
public sealed class TelegramWebhookTests : IAsyncLifetime
{
    private FakeTelegramBotApi _telegram = null!;
    private KtdBotHost _host = null!;

    public async Task InitializeAsync()
    {
        _telegram = await FakeTelegramBotApi.StartNewAsync();
        _host = KtdBotHost.Start(KtdBotHost.Settings(_telegram, null));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _telegram.DisposeAsync();
    }

    [Fact]
    public async Task AnswersPrivateQuestionWithRosterFactsAndSources()
    {
        var response = await _host.PostTelegramAsync(TelegramUpdates.PrivateText(10001, 501, "Khối thi đua 8 gồm những hội nào?"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(() => _telegram.MessagesTo(501).Count > 0, "a reply to chat 501");
        var reply = Assert.Single(_telegram.MessagesTo(501));
        Assert.Equal(FakeTelegramBotApi.Token, reply.Token);
        Assert.Equal("html", reply.ParseMode, ignoreCase: true);
        Assert.Contains("Hội Người cao tuổi", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Hội Đông y", reply.Text, StringComparison.Ordinal);
        Assert.Contains("<b>Nguồn:</b>", reply.Text, StringComparison.Ordinal);
        Assert.Contains("[1] <i>", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.ReplyToMessageId); // private chats are not quoted
    }

    [Fact]
    public async Task AnswersFollowUpFromConversationMemory()
    {
        await _host.PostTelegramAsync(TelegramUpdates.PrivateText(10011, 502, "Khối thi đua 8 gồm những hội nào?"));
        await Eventually.TrueAsync(() => _telegram.MessagesTo(502).Count == 1, "the first answer");
        await _host.PostTelegramAsync(TelegramUpdates.PrivateText(10012, 502, "Năm 2025 ai làm khối trưởng?", messageId: 2));

        await Eventually.TrueAsync(() => _telegram.MessagesTo(502).Count == 2, "the follow-up answer");
        Assert.Contains("da cam", _telegram.MessagesTo(502)[1].Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RefusesMissingSecretWith401AndWrongSecretWith403()
    {
        var missing = await _host.PostTelegramAsync(TelegramUpdates.PrivateText(10021, 503, "Khối thi đua 8?"), secret: null);
        var wrong = await _host.PostTelegramAsync(TelegramUpdates.PrivateText(10022, 503, "Khối thi đua 8?"), secret: "wh-SECRET_7Hq2Lx9Pa");
        var prefix = await _host.PostTelegramAsync(TelegramUpdates.PrivateText(10023, 503, "Khối thi đua 8?"), secret: TestSecrets.TelegramWebhookSecret[..^1]);

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, prefix.StatusCode);
        await Eventually.QuietAsync();
        Assert.Empty(_telegram.MessagesTo(503));
    }

    [Fact]
    public async Task AnswersAnUpdateDeliveredTwiceOnlyOnce()
    {
        var update = TelegramUpdates.PrivateText(10031, 504, "Khối thi đua 8 gồm những hội nào?");

        var first = await _host.PostTelegramAsync(update);
        var second = await _host.PostTelegramAsync(update);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await Eventually.TrueAsync(() => _telegram.MessagesTo(504).Count > 0, "one reply");
        await Eventually.QuietAsync();
        Assert.Single(_telegram.MessagesTo(504));
    }

    [Fact]
    public async Task MalformedJsonGets400WithoutStackTrace()
    {
        var response = await _host.PostTelegramAsync("{\"update_id\": 5, \"message\": {");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizedBodyGets413()
    {
        var huge = TelegramUpdates.PrivateText(10041, 505, new string('a', 400_000));

        var response = await _host.PostTelegramAsync(huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await Eventually.QuietAsync();
        Assert.Empty(_telegram.MessagesTo(505));
    }

    [Fact]
    public async Task OverlongMessageIsAnsweredPolitely()
    {
        await _host.PostTelegramAsync(TelegramUpdates.PrivateText(10042, 506, string.Join(' ', Enumerable.Repeat("khối thi đua", 400))));

        await Eventually.TrueAsync(() => _telegram.MessagesTo(506).Count > 0, "a polite reply");
        Assert.Contains("quá dài", _telegram.MessagesTo(506)[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"update_id":10051,"edited_message":{"message_id":3,"from":{"id":507,"is_bot":false,"first_name":"Lan"},"chat":{"id":507,"type":"private"},"date":1732400000,"edit_date":1732400060,"text":"Khối thi đua 8?"}}""")]
    [InlineData("""{"update_id":10052,"callback_query":{"id":"4382","from":{"id":507,"is_bot":false,"first_name":"Lan"},"chat_instance":"-12","data":"x"}}""")]
    [InlineData("""{"update_id":10053,"my_chat_member":{"chat":{"id":507,"type":"private"},"from":{"id":507,"is_bot":false,"first_name":"Lan"},"date":1732400000,"old_chat_member":{"status":"member","user":{"id":123456789,"is_bot":true,"first_name":"KtdBot"}},"new_chat_member":{"status":"kicked","until_date":0,"user":{"id":123456789,"is_bot":true,"first_name":"KtdBot"}}}}""")]
    [InlineData("""{"update_id":10054,"some_future_update":{"x":1}}""")]
    [InlineData("""{"update_id":10055,"channel_post":{"message_id":9,"chat":{"id":-100777,"type":"channel","title":"Tin thi đua"},"date":1732400000,"text":"Khối thi đua 8?"}}""")]
    public async Task AcknowledgesAndIgnoresOtherUpdateTypes(string update)
    {
        var response = await _host.PostTelegramAsync(update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.QuietAsync(300);
        Assert.Empty(_telegram.Messages);
    }

    [Fact]
    public async Task RepliesPolitelyToStickers()
    {
        await _host.PostTelegramAsync(TelegramUpdates.PrivateSticker(10061, 508));

        await Eventually.TrueAsync(() => _telegram.MessagesTo(508).Count > 0, "a reply to the sticker");
        Assert.Contains("chữ", _telegram.MessagesTo(508)[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EscapesHtmlInUserTextAndSendsOnlyTelegramTags()
    {
        await _host.PostTelegramAsync(TelegramUpdates.PrivateText(10071, 509, "<b>Khối thi đua 8</b> gồm những hội nào? <script>alert('x')</script> & <a href=\"javascript:x\">y</a>"));

        await Eventually.TrueAsync(() => _telegram.MessagesTo(509).Count > 0, "a reply");
        var text = _telegram.MessagesTo(509)[0].Text;
        Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a ", text, StringComparison.OrdinalIgnoreCase);
        foreach (Match tag in Regex.Matches(text, "</?([a-zA-Z-]+)[^>]*>"))
        {
            Assert.Contains(tag.Groups[1].Value.ToLowerInvariant(), new[] { "b", "i" });
        }

        Assert.DoesNotMatch("&(?!amp;|lt;|gt;|quot;)", text);
    }

    [Fact]
    public async Task IgnoresGroupChatterButAnswersCommandsMentionsAndReplies()
    {
        const long group = -1001234567890;
        await _host.PostTelegramAsync(TelegramUpdates.GroupText(10081, group, 601, "Chào cả nhà, chiều nay họp nhé", messageId: 11));
        await _host.PostTelegramAsync(TelegramUpdates.GroupText(10082, group, 601, "/khoi@other_bot", messageId: 12, entities: TelegramUpdates.Entity("bot_command", 0, 15)));
        await _host.PostTelegramAsync(TelegramUpdates.GroupText(10083, group, 602, "/khoi@ktd_test_bot", messageId: 13, entities: TelegramUpdates.Entity("bot_command", 0, 18)));
        var mention = "@ktd_test_bot Khối thi đua 8 gồm những hội nào?";
        await _host.PostTelegramAsync(TelegramUpdates.GroupText(10084, group, 603, mention, messageId: 14, entities: TelegramUpdates.Entity("mention", 0, 13)));
        await _host.PostTelegramAsync(TelegramUpdates.GroupText(10085, group, 604, "Năm 2025 ai làm khối trưởng Khối thi đua 8?", messageId: 15, replyTo: TelegramUpdates.BotMessage(group, 900)));

        await Eventually.TrueAsync(() => _telegram.MessagesTo(group).Count >= 3, "three group replies");
        await Eventually.QuietAsync();
        var replies = _telegram.MessagesTo(group);
        Assert.Equal(3, replies.Count);
        Assert.Equal(new long?[] { 13, 14, 15 }, replies.Select(r => r.ReplyToMessageId).Order().ToArray());
        Assert.Contains("Hội Người cao tuổi", replies.Single(r => r.ReplyToMessageId == 14).Text, StringComparison.Ordinal);
        Assert.Contains("da cam", replies.Single(r => r.ReplyToMessageId == 15).Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task HonoursRetryAfterOn429AndDeliversOnce()
    {
        _telegram.RetryAfterSeconds = 1;
        _telegram.AnswerTooManyRequests(1);

        await _host.PostTelegramAsync(TelegramUpdates.PrivateText(10091, 510, "Khối thi đua 8 gồm những hội nào?"));

        await Eventually.TrueAsync(() => _telegram.MessagesTo(510).Count == 2, "the refused attempt and the retry");
        var attempts = _telegram.MessagesTo(510);
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(0.95), $"retried after {(attempts[1].At - attempts[0].At).TotalMilliseconds} ms");
        await Eventually.QuietAsync();
        Assert.Equal(2, _telegram.MessagesTo(510).Count); // one refused, one delivered: the user sees it once
    }

    [Fact]
    public async Task ResendsAsPlainTextWhenTelegramRejectsTheHtml()
    {
        _telegram.RejectNextHtml = true;

        await _host.PostTelegramAsync(TelegramUpdates.PrivateText(10101, 511, "Khối thi đua 8 gồm những hội nào?"));

        await Eventually.TrueAsync(() => _telegram.MessagesTo(511).Count == 2, "the rejected HTML and the plain-text resend");
        var resent = _telegram.MessagesTo(511)[1];
        Assert.Null(resent.ParseMode);
        Assert.Contains("Hội Người cao tuổi", resent.Text, StringComparison.Ordinal);
        Assert.Contains("Nguồn:", resent.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", resent.Text, StringComparison.Ordinal);
    }
}
