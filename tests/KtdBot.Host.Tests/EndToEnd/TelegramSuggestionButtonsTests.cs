using System.Net;
using System.Text;
using KtdBot.Host.Tests.Support;

namespace KtdBot.Host.Tests.EndToEnd;

/// <summary>Suggestions as Telegram inline buttons: what the Bot API receives, and what a press of one does, in private chats and groups.</summary>
public sealed class TelegramSuggestionButtonsTests : IAsyncLifetime
{
    private const string Roster = "Khối thi đua 8 gồm những hội nào?";
    private FakeTelegramBotApi _telegram = null!;
    private KtdBotHost _host = null!;

    public async Task InitializeAsync()
    {
        _telegram = await FakeTelegramBotApi.StartNewAsync();
        var settings = KtdBotHost.Settings(_telegram, null);
        settings["Telegram:BotUsername"] = FakeTelegramBotApi.Username;
        _host = KtdBotHost.Start(settings);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _telegram.DisposeAsync();
    }

    [Fact]
    public async Task SuggestionsGoOutAsInlineButtonsWithCallbackDataWithin64Bytes()
    {
        await _host.PostTelegramAsync(TelegramUpdates.PrivateText(50001, 901, Roster));

        await _host.IdleAsync();
        var reply = Assert.Single(_telegram.DeliveredTo(901));
        Assert.InRange(reply.Buttons.Count, 1, 4);
        Assert.All(reply.Buttons, b => Assert.InRange(Encoding.UTF8.GetByteCount(b.Data!), 1, 64));
        Assert.Equal(reply.Buttons.Count, reply.Buttons.Select(b => b.Data).Distinct().Count());
        Assert.Contains(reply.Buttons, b => b.Text.Contains("khối trưởng", StringComparison.Ordinal) && b.Text.Contains("Khối thi đua 8", StringComparison.Ordinal));
        Assert.DoesNotContain("Bạn có thể hỏi tiếp", reply.Text, StringComparison.Ordinal); // the buttons replace the list
        Assert.Contains("Hội Người cao tuổi", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APressIsAcknowledgedAndItsSuggestionAnsweredAsTheQuestion()
    {
        await _host.PostTelegramAsync(TelegramUpdates.PrivateText(50011, 902, Roster));
        await _host.IdleAsync();
        var offer = Assert.Single(_telegram.DeliveredTo(902));
        var leader = offer.Buttons.First(b => b.Text.Contains("khối trưởng", StringComparison.Ordinal));

        var response = await _host.PostTelegramAsync(TelegramUpdates.ButtonPress(50012, 902, offer, leader.Data!, "4382910231"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _host.IdleAsync();
        var acknowledged = Assert.Single(_telegram.Calls, c => c.Method == "answerCallbackQuery");
        Assert.Equal("4382910231", acknowledged.Body["callback_query_id"]?.GetValue<string>());
        var answer = _telegram.DeliveredTo(902)[1];
        Assert.StartsWith("<i>Bạn hỏi: " + leader.Text + "</i>", answer.Text, StringComparison.Ordinal);
        Assert.Contains("da cam", answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.True(_telegram.Calls.ToList().IndexOf(acknowledged) < _telegram.Calls.ToList().FindLastIndex(c => c.Method == "sendMessage"), "acknowledged before answering");
    }

    [Fact]
    public async Task InAGroupAnyoneCanPressAndTheAnswerQuotesTheBotsMessage()
    {
        const long group = -1009876543210;
        var mention = "@ktd_test_bot " + Roster;
        await _host.PostTelegramAsync(TelegramUpdates.GroupText(50021, group, 903, mention, messageId: 31, entities: TelegramUpdates.Entity("mention", 0, 13)));
        await _host.IdleAsync();
        var offer = Assert.Single(_telegram.DeliveredTo(group));
        var leader = offer.Buttons.First(b => b.Text.Contains("khối trưởng", StringComparison.Ordinal));

        await _host.PostTelegramAsync(TelegramUpdates.ButtonPress(50022, 904, offer, leader.Data!, "4382910232")); // another member

        await _host.IdleAsync();
        var answer = _telegram.DeliveredTo(group)[1];
        Assert.Equal(offer.MessageId, answer.ReplyToMessageId);
        Assert.Contains("da cam", answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(_telegram.Calls, c => c.Method == "answerCallbackQuery" && c.Body["callback_query_id"]?.GetValue<string>() == "4382910232");
    }

    [Fact]
    public async Task APressDeliveredTwiceIsAnsweredOnce()
    {
        await _host.PostTelegramAsync(TelegramUpdates.PrivateText(50031, 905, Roster));
        await _host.IdleAsync();
        var offer = Assert.Single(_telegram.DeliveredTo(905));
        var press = TelegramUpdates.ButtonPress(50032, 905, offer, offer.Buttons[0].Data!, "4382910233");

        await _host.PostTelegramAsync(press);
        await _host.PostTelegramAsync(press);

        await _host.IdleAsync();
        Assert.Equal(2, _telegram.DeliveredTo(905).Count);
    }

    [Fact]
    public async Task APressWhoseButtonCannotBeFoundGetsANoteNotAWrongAnswer()
    {
        await _host.PostTelegramAsync(TelegramUpdates.PrivateText(50041, 906, Roster));
        await _host.IdleAsync();
        var offer = Assert.Single(_telegram.DeliveredTo(906));
        var forged = TelegramUpdates.ButtonPress(50042, 906, offer, "s1:00000000", "4382910234"); // not a button of that message

        await _host.PostTelegramAsync(forged);

        await _host.IdleAsync();
        Assert.Contains(_telegram.Calls, c => c.Method == "answerCallbackQuery");
        Assert.StartsWith("Gợi ý này đã cũ", _telegram.DeliveredTo(906)[1].Text, StringComparison.Ordinal);
    }
}
