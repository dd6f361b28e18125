using System.Text;
using KtdBot.Channels.Core;
using KtdBot.Channels.ZaloBot;
using KtdBot.Host.Tests.Support;

namespace KtdBot.Host.Tests.Channels;

public sealed class ZaloBotUpdateMapperTests
{
    private static readonly ZaloBotIdentity Bot = new(FakeZaloBotApi.BotId, ["Bot KTD Cà Mau", "bot.KtdTest"]);
    private static readonly DateTimeOffset Now = new(2026, 9, 10, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NormalisesTheCapturedPrivateTextMessage()
    {
        const string captured = """{"event_name":"message.text.received","message":{"message_id":"bb5e4d6ec2a59efdc7b2","date":1766991175055,"chat":{"id":"ae800e9657c5be9be7d4","chat_type":"PRIVATE"},"from":{"id":"ae800e9657c5be9be7d4","is_bot":false,"display_name":"Stephen Pham"},"text":"hello bạn xin chào"}}""";

        var activity = Map(captured);

        Assert.NotNull(activity);
        Assert.Equal(ChannelNames.ZaloBot, activity.Channel);
        Assert.Equal("zalobot:message.text.received:bb5e4d6ec2a59efdc7b2", activity.DedupeKey);
        Assert.Equal("ae800e9657c5be9be7d4", activity.ChatId);
        Assert.Equal("zalobot:ae800e9657c5be9be7d4", activity.ConversationId);
        Assert.Equal("hello bạn xin chào", activity.Text);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1766991175055), activity.Timestamp); // milliseconds, not seconds
        Assert.False(activity.IsGroup);
    }

    [Fact]
    public void ReadsTheDocsShapesToo()
    {
        var wrapped = $$"""{"ok":true,"result":{{ZaloBotUpdates.PrivateText("u1", "Xin chào", "m1")}}}""";
        var list = $$"""[{{ZaloBotUpdates.PrivateText("u2", "Một", "m2")}},{{ZaloBotUpdates.PrivateText("u3", "Hai", "m3")}}]""";
        var numbers = """{"event_name":"message.text.received","message":{"message_id":12345,"date":"1766991175","chat":{"id":987,"chat_type":"private"},"from":{"id":987,"first_name":"Lan"},"text":"Số"}}""";

        Assert.Equal("Xin chào", Single(wrapped)?.Text);
        Assert.Equal(["Một", "Hai"], ZaloBotUpdate.ReadBody(Encoding.UTF8.GetBytes(list))!.Select(u => u.Message!.Text));
        var fromNumbers = Single(numbers);
        Assert.Equal("987", fromNumbers?.ChatId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1766991175), fromNumbers?.Timestamp); // a date in seconds is recognised
    }

    [Theory]
    [InlineData("@Bot KTD Cà Mau Khối thi đua 8 gồm những hội nào?", true, "Khối thi đua 8 gồm những hội nào?")]
    [InlineData("@bot ktd cà mau, khối 8 gồm ai", true, "khối 8 gồm ai")]
    [InlineData("Cho hỏi @Bot KTD Cà Mau khối 8 gồm ai", true, "Cho hỏi khối 8 gồm ai")]
    [InlineData("@bot.KtdTest khối 8", true, "khối 8")]
    [InlineData("@Bot KTD Cà Mauxyz khối 8", false, "@Bot KTD Cà Mauxyz khối 8")]
    [InlineData("khối 8 gồm ai", false, "khối 8 gồm ai")]
    [InlineData("@Bot KTD Cà Mau", true, "")]
    public void RemovesTheBotsMentionInGroups(string text, bool mentioned, string question)
    {
        var (found, remaining) = ZaloBotUpdateMapper.RemoveMention(text, Bot);

        Assert.Equal(mentioned, found);
        Assert.Equal(question, remaining);
    }

    [Fact]
    public void ABareMentionAsksForHelpAndGroupsArePerUser()
    {
        var activity = Map(ZaloBotUpdates.GroupText("g1", "u9", "@Bot KTD Cà Mau", "m9"));

        Assert.Equal("/help", activity?.Text);
        Assert.True(activity?.IsGroup);
        Assert.Equal("zalobot:g1:u9", activity?.ConversationId);
        Assert.Equal("g1", activity?.ChatId);
    }

    [Fact]
    public void TheBotsOwnMessagesAndOtherBotsAreIgnored()
    {
        var own = ZaloBotUpdates.PrivateText(FakeZaloBotApi.BotId, "x", "m1"); // from.id is the bot's, is_bot left false
        var other = ZaloBotUpdates.PrivateText("u1", "x", "m2").Replace("\"is_bot\":false", "\"is_bot\":true", StringComparison.Ordinal);

        Assert.Null(Map(own));
        Assert.Null(Map(other));
    }

    [Fact]
    public void NonTextKindsCarryTheirKindInPrivateAndAreSilentInGroups()
    {
        Assert.Equal(MessageContent.Image, Map(ZaloBotUpdates.Image("u1", "u1", "m1"))?.Content);
        Assert.Equal(MessageContent.Sticker, Map(ZaloBotUpdates.Sticker("u1", "u1", "m2"))?.Content);
        Assert.Equal(MessageContent.Voice, Map(ZaloBotUpdates.Voice("u1", "u1", "m3"))?.Content);
        Assert.Equal(MessageContent.Unsupported, Map(ZaloBotUpdates.Unsupported("u1", "u1", "m4"))?.Content);
        Assert.Equal(MessageContent.Unsupported, Map(ZaloBotUpdates.Unsupported("u1", "u1", "m5").Replace("message.unsupported.received", "message.file.received", StringComparison.Ordinal))?.Content);
        Assert.Null(Map(ZaloBotUpdates.Image("u1", "u1", "m1"))?.Text);
        Assert.Null(Map(ZaloBotUpdates.Image("g1", "u1", "m6", "GROUP")));
        Assert.Null(Map(ZaloBotUpdates.Unknown("u1", "u1", "m7")));
    }

    [Theory]
    [InlineData("""{"event_name":"message.text.received"}""")]
    [InlineData("""{"event_name":"message.text.received","message":{"text":"không có chat"}}""")]
    [InlineData("""{"event_name":"message.text.received","message":{"chat":{"id":"u1"},"text":"   "}}""")]
    public void UpdatesWithNothingToAnswerAreIgnored(string body) => Assert.Null(Map(body));

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("""{"ok":true,"result":{"message":{}}}""")]
    [InlineData("""{"ok":false,"error_code":408,"description":"Request timeout"}""")]
    [InlineData("""{"event_name":5}""")]
    [InlineData("[1]")]
    [InlineData("null")]
    public void BodiesThatAreNotUpdatesAreRefused(string body) => Assert.Null(ZaloBotUpdate.ReadBody(Encoding.UTF8.GetBytes(body)));

    private static ChannelActivity? Single(string body) => Map(body);

    private static ChannelActivity? Map(string body)
    {
        var update = Assert.Single(ZaloBotUpdate.ReadBody(Encoding.UTF8.GetBytes(body))!);
        return ZaloBotUpdateMapper.Map(update, Bot, ZaloBotGroupReplies.Delivered, Now);
    }
}
