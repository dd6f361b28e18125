using KtdBot.Host.Tests.Support;

namespace KtdBot.Host.Tests.EndToEnd;

/// <summary>Suggestions as Zalo OA buttons (oa.query.show): what the OA API receives, a tap's message answered, and a refusal of the buttons.</summary>
public sealed class ZaloSuggestionButtonsTests : IAsyncLifetime
{
    private FakeZaloApi _zalo = null!;
    private KtdBotHost _host = null!;

    public async Task InitializeAsync()
    {
        _zalo = await FakeZaloApi.StartNewAsync();
        _host = KtdBotHost.Start(KtdBotHost.Settings(null, _zalo));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _zalo.DisposeAsync();
    }

    [Fact]
    public async Task SuggestionsGoOutAsQueryButtonsWhoseTapIsAnsweredAsAQuestion()
    {
        await _host.PostZaloAsync(ZaloEvents.Text("8101", "Khối thi đua 8 gồm những hội nào?", "msg-8101-1"));
        await _host.IdleAsync();
        var reply = Assert.Single(_zalo.Delivered);
        Assert.InRange(reply.Buttons.Count, 1, 4);
        Assert.All(reply.Buttons, b => Assert.Equal("oa.query.show", b.Type));
        Assert.All(reply.Buttons, b => Assert.InRange(b.Title.Length, 1, 100));
        Assert.DoesNotContain("Bạn có thể hỏi tiếp", reply.Text, StringComparison.Ordinal);
        var leader = reply.Buttons.First(b => b.Payload.Contains("khối trưởng", StringComparison.Ordinal));

        // A tap makes the user send the payload: Zalo delivers it as the user's own text.
        await _host.PostZaloAsync(ZaloEvents.Text("8101", leader.Payload, "msg-8101-2"));

        await _host.IdleAsync();
        Assert.Contains("da cam", _zalo.Delivered[1].Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task WhenZaloRefusesTheButtonsTheAnswerStillGoesOut()
    {
        _zalo.RefuseButtons = true;

        await _host.PostZaloAsync(ZaloEvents.Text("8102", "Khối thi đua 8 gồm những hội nào?", "msg-8102-1"));

        await _host.IdleAsync();
        Assert.Equal(2, _zalo.Sends.Count(s => s.UserId == "8102"));
        var delivered = Assert.Single(_zalo.Delivered);
        Assert.Empty(delivered.Buttons);
        Assert.Contains("Hội Người cao tuổi", delivered.Text, StringComparison.Ordinal);
        Assert.Single(_host.Logs.Lines, l => l.Contains("refused the suggestion buttons", StringComparison.Ordinal));
    }
}
