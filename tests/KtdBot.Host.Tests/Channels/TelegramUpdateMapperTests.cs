using System.Text.Json;
using KtdBot.Channels.Core;
using KtdBot.Channels.Telegram;
using KtdBot.Host.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace KtdBot.Host.Tests.Channels;

public sealed class TelegramUpdateMapperTests
{
    private static readonly TelegramBotIdentity Bot = new(FakeTelegramBotApi.BotId, FakeTelegramBotApi.Username);

    [Fact]
    public void NormalisesAPrivateTextMessage()
    {
        var activity = TelegramUpdateMapper.Map(Parse(TelegramUpdates.PrivateText(42, 501, "Khối thi đua 8?", messageId: 9)), Bot);

        Assert.NotNull(activity);
        Assert.Equal(ChannelNames.Telegram, activity.Channel);
        Assert.Equal("42", activity.Id);
        Assert.Equal("telegram:42", activity.DedupeKey);
        Assert.Equal(ActivityType.Message, activity.Type);
        Assert.Equal("501", activity.ChatId);
        Assert.Equal("telegram:501", activity.ConversationId);
        Assert.Equal("Khối thi đua 8?", activity.Text);
        Assert.False(activity.IsGroup);
        Assert.Equal(9, activity.MessageId);
    }

    [Theory]
    [InlineData("Chào cả nhà", false)]
    [InlineData("/khoi", true)]
    [InlineData("/help@KTD_TEST_BOT", true)]
    [InlineData("/khoi@other_bot", false)]
    [InlineData("/ban@ktd_test_bot_fake", false)]
    [InlineData("/ban", false)]
    public void AnswersOnlyCommandsForItInGroups(string text, bool answered)
    {
        var activity = TelegramUpdateMapper.Map(Parse(TelegramUpdates.GroupText(1, -100, 7, text)), Bot);

        Assert.Equal(answered, activity is not null);
    }

    [Fact]
    public void AnswersMentionsAndStripsThem()
    {
        var update = TelegramUpdates.GroupText(2, -100, 7, "Cho hỏi @ktd_test_bot khối 8 gồm ai?", entities: TelegramUpdates.Entity("mention", 8, 13));

        var activity = TelegramUpdateMapper.Map(Parse(update), Bot);

        Assert.NotNull(activity);
        Assert.Equal("Cho hỏi   khối 8 gồm ai?", activity.Text);
        Assert.True(activity.IsGroup);
        Assert.Equal("telegram:-100:7", activity.ConversationId); // memory per user inside a group
        Assert.Equal("telegram:7", activity.RateLimitKey);
    }

    [Fact]
    public void IgnoresMentionsOfOthersAndAnswersRepliesToItself()
    {
        var other = TelegramUpdates.GroupText(3, -100, 7, "@someone_else khối 8?", entities: TelegramUpdates.Entity("mention", 0, 13));
        var reply = TelegramUpdates.GroupText(4, -100, 7, "còn năm 2025?", replyTo: TelegramUpdates.BotMessage(-100, 50));

        Assert.Null(TelegramUpdateMapper.Map(Parse(other), Bot));
        Assert.Equal("còn năm 2025?", TelegramUpdateMapper.Map(Parse(reply), Bot)?.Text);
    }

    [Fact]
    public void GivesNoTextForStickersInPrivateChats()
    {
        var activity = TelegramUpdateMapper.Map(Parse(TelegramUpdates.PrivateSticker(5, 501)), Bot);

        Assert.NotNull(activity);
        Assert.Null(activity.Text);
    }

    private static Update Parse(string json) => JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options)!;
}
