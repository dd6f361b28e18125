using System.Text;
using KtdBot.Answering;
using KtdBot.Channels.Core;
using KtdBot.Channels.State;
using KtdBot.Channels.Telegram;
using KtdBot.Channels.Zalo;
using KtdBot.Host.Tests.Support;

namespace KtdBot.Host.Tests.Channels;

public sealed class SuggestionTests
{
    [Theory]
    [InlineData("2", 2)]
    [InlineData(" 2. ", 2)]
    [InlineData("2)", 2)]
    [InlineData("số 3", 3)]
    [InlineData("Câu 1", 1)]
    [InlineData("#4", 4)]
    [InlineData("khối 2", 0)]
    [InlineData("2 gồm ai", 0)]
    [InlineData("0", 0)]
    [InlineData("123", 0)]
    [InlineData("", 0)]
    public void ReadsAReplyThatIsJustAChoiceNumber(string text, int expected)
    {
        var read = NumberedSuggestions.TryReadChoice(text, out var number);

        Assert.Equal(expected > 0, read);
        Assert.Equal(expected, read ? number : 0);
    }

    [Fact]
    public void TheNumberedListShowsAtMostFourSuggestions()
    {
        var answer = new Answer("Trả lời", true, [], ["Một?", "Hai?", " ", "Ba?", "Bốn?", "Năm?"]);

        var text = PlainReply.WithNumberedSuggestions(answer, chosen: null);

        Assert.EndsWith("Bạn có thể hỏi tiếp (trả lời bằng số):\n1. Một?\n2. Hai?\n3. Ba?\n4. Bốn?", text, StringComparison.Ordinal);
        Assert.Equal(["Một?", "Hai?", "Ba?", "Bốn?"], NumberedSuggestions.Shown(answer));
    }

    [Fact]
    public void TelegramCallbackDataStaysWithin64BytesAndReadsBackOnlyFromItsOwnButton()
    {
        var longest = "Năm 2025 ai làm khối trưởng Khối thi đua các cơ quan Đảng, đoàn thể, mặt trận tỉnh Bà Rịa – Vũng Tàu?";
        var keyboard = TelegramSuggestionButtons.For(new Answer("x", true, [], [longest, "Tiêu chuẩn Cờ thi đua cấp tỉnh là gì?"]))!;
        var buttons = keyboard.InlineKeyboard.SelectMany(r => r).ToList();

        Assert.All(buttons, b => Assert.InRange(Encoding.UTF8.GetByteCount(b.CallbackData!), 1, TelegramSuggestionButtons.MaxCallbackDataBytes));
        Assert.Equal(longest, buttons[0].Text);
        var message = new Telegram.Bot.Types.Message { ReplyMarkup = keyboard };
        Assert.Equal(longest, TelegramSuggestionButtons.Resolve(message, buttons[0].CallbackData!));
        Assert.Null(TelegramSuggestionButtons.Resolve(message, "s1:deadbeef"));
        Assert.Null(TelegramSuggestionButtons.Resolve(null, buttons[0].CallbackData!));
        Assert.False(TelegramSuggestionButtons.IsSuggestion("x"));
        Assert.True(TelegramSuggestionButtons.IsSuggestion(buttons[1].CallbackData));
    }

    [Fact]
    public void ZaloButtonTitlesAreCutAt100CharactersButTheirPayloadIsWhole()
    {
        var long_ = new string('á', 150) + "?";

        var buttons = ZaloSuggestionButtons.For(new Answer("x", true, [], [long_]));

        Assert.Equal(100, Assert.Single(buttons).Title.Length);
        Assert.Equal(long_, buttons[0].Payload);
    }

    [Fact]
    public async Task TheFileMemorySurvivesANewInstanceAndForgetsAfterTheExpiry()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ktdbot-tests", Guid.NewGuid().ToString("N"), "suggestions");
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 9, 10, 8, 0, 0, TimeSpan.Zero));
        try
        {
            await new FileSuggestionMemory(folder, TimeSpan.FromMinutes(30), clock).RememberAsync("zalobot:abc", ["Một?", "Hai?"], CancellationToken.None);

            var again = new FileSuggestionMemory(folder, TimeSpan.FromMinutes(30), clock);
            Assert.Equal(["Một?", "Hai?"], await again.RecallAsync("zalobot:abc", CancellationToken.None));
            Assert.Empty(await again.RecallAsync("zalobot:other", CancellationToken.None));
            clock.Advance(TimeSpan.FromMinutes(31));
            Assert.Empty(await again.RecallAsync("zalobot:abc", CancellationToken.None));
            Assert.DoesNotContain(Directory.GetFiles(folder), f => f.Contains("abc", StringComparison.Ordinal)); // names are hashes
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }

    [Fact]
    public async Task TheConversationMemoryNumbersInOrder()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        var store = new KtdBot.Conversations.InMemoryConversationStore(new KtdBot.Conversations.ConversationOptions(), clock);
        var memory = new ConversationSuggestionMemory(store, clock);
        var twelve = Enumerable.Range(1, 12).Select(i => $"Câu {i}?").ToList();

        await memory.RememberAsync("zalobot:u1", ["Cũ?"], CancellationToken.None);
        await memory.RememberAsync("zalobot:u1", twelve, CancellationToken.None);

        Assert.Equal(twelve, await memory.RecallAsync("zalobot:u1", CancellationToken.None));
        Assert.Empty(await store.GetAsync("zalobot:u1", CancellationToken.None)); // the answering memory is untouched
    }
}
