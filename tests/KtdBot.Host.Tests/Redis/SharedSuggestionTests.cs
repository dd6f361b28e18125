using KtdBot.Host.Tests.Support;

namespace KtdBot.Host.Tests.Redis;

/// <summary>With Redis, the suggestions a Zalo bot listed are in the shared conversation store: a numbered reply reaching another host still asks the right one.</summary>
public sealed class SharedSuggestionTests : IAsyncLifetime
{
    private readonly string _prefix = $"ktdbot-test:{Guid.NewGuid():N}:";
    private FakeZaloBotApi _zaloBot = null!;

    public async Task InitializeAsync() => _zaloBot = await FakeZaloBotApi.StartNewAsync();

    public async Task DisposeAsync()
    {
        await _zaloBot.DisposeAsync();
        await TestEnvironment.DeleteRedisKeysAsync(_prefix);
    }

    [RedisFact]
    public async Task ANumberedReplyToAnotherHostAsksTheSuggestionTheFirstListed()
    {
        const string chat = "c0ffee0000000002aa01";
        await using var first = KtdBotHost.Start(Settings("first"));
        await using var second = KtdBotHost.Start(Settings("second"));

        await first.PostZaloBotAsync(ZaloBotUpdates.PrivateText(chat, "Khối thi đua 8 gồm những hội nào?", "0000000000000002aa01"));
        await first.IdleAsync();
        var offered = Assert.Single(_zaloBot.DeliveredTo(chat)).Text.Split('\n').Single(l => l.StartsWith("1. ", StringComparison.Ordinal))[3..];
        await second.PostZaloBotAsync(ZaloBotUpdates.PrivateText(chat, "1", "0000000000000002aa02"));

        await second.IdleAsync();
        Assert.StartsWith("Bạn hỏi: " + offered + "\n\n", _zaloBot.DeliveredTo(chat)[1].Text, StringComparison.Ordinal);
    }

    private Dictionary<string, string?> Settings(string name)
    {
        var settings = KtdBotHost.ZaloBotSettings(_zaloBot);
        settings["Redis:Connection"] = TestEnvironment.Redis;
        settings["Redis:KeyPrefix"] = _prefix;
        settings["Redis:ConsumerName"] = name;
        return settings;
    }
}
