using System.Net;
using System.Text.Json;
using KtdBot.Host.Tests.Support;

namespace KtdBot.Host.Tests.EndToEnd;

/// <summary>The host on loopback, the Zalo client pointed at a local fake OA API, signed real-shaped events in.</summary>
public sealed class ZaloWebhookTests : IAsyncLifetime
{
    private readonly string _tokenFile = Path.Combine(Path.GetTempPath(), "ktdbot-tests", Guid.NewGuid().ToString("N"), "zalo-tokens.json");
    private FakeZaloApi _zalo = null!;
    private KtdBotHost _host = null!;

    public async Task InitializeAsync()
    {
        _zalo = await FakeZaloApi.StartNewAsync();
        _host = KtdBotHost.Start(KtdBotHost.Settings(null, _zalo, _tokenFile));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _zalo.DisposeAsync();
        if (Directory.Exists(Path.GetDirectoryName(_tokenFile)))
        {
            Directory.Delete(Path.GetDirectoryName(_tokenFile)!, recursive: true);
        }
    }

    [Fact]
    public async Task AnswersUserTextThroughCustomerServiceMessage()
    {
        var response = await _host.PostZaloAsync(ZaloEvents.Text("8001", "khoi thi dua 8 gom nhung hoi nao", "msg-8001-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(() => _zalo.Delivered.Count > 0, "a Zalo reply");
        var reply = Assert.Single(_zalo.Delivered);
        Assert.Equal("8001", reply.UserId);
        Assert.Equal("AccessToken-1-TEST", reply.AccessToken);
        Assert.Contains("Hội Người cao tuổi", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Nguồn:", reply.Text, StringComparison.Ordinal);
        Assert.Contains("[1]", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", reply.Text, StringComparison.Ordinal); // Zalo gets plain text
    }

    [Theory]
    [InlineData("mac=")]
    [InlineData("")]
    [InlineData("MAC=")]
    public async Task AcceptsSignatureWithOrWithoutMacPrefix(string prefix)
    {
        var body = ZaloEvents.Text("8002", "Khối thi đua 8 gồm những hội nào?", "msg-8002-" + prefix);

        var response = await _host.PostZaloAsync(body, prefix + ZaloEvents.Sign(body).ToUpperInvariant());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(() => _zalo.Delivered.Any(s => s.UserId == "8002"), "a reply");
    }

    [Fact]
    public async Task RefusesForgedAndMissingSignatures()
    {
        var body = ZaloEvents.Text("8003", "Khối thi đua 8?", "msg-8003-1");
        var tampered = body.Replace("Khối thi đua 8?", "Khối thi đua 9?", StringComparison.Ordinal);
        Assert.NotEqual(body, tampered);

        var missing = await _host.PostZaloAsync(body, signature: null);
        var wrongKey = await _host.PostZaloAsync(body, ZaloEvents.Sign(body, secret: "not-the-oa-secret"));
        var tamperedBody = await _host.PostZaloAsync(tampered, ZaloEvents.Sign(body));
        var garbage = await _host.PostZaloAsync(body, "mac=00");

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongKey.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, tamperedBody.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, garbage.StatusCode);
        await Eventually.QuietAsync();
        Assert.Empty(_zalo.Sends);
    }

    [Fact]
    public async Task AnswersAReplayedEventOnceAndRefusesStaleOnes()
    {
        var body = ZaloEvents.Text("8004", "Khối thi đua 8 gồm những hội nào?", "msg-8004-1");
        var stale = ZaloEvents.Text("8004", "Khối thi đua 8 gồm những hội nào?", "msg-8004-2", DateTimeOffset.UtcNow.AddHours(-2));
        var future = ZaloEvents.Text("8004", "Khối thi đua 8 gồm những hội nào?", "msg-8004-3", DateTimeOffset.UtcNow.AddHours(2));

        var first = await _host.PostZaloAsync(body);
        var replay = await _host.PostZaloAsync(body);
        var staleResponse = await _host.PostZaloAsync(stale);
        var futureResponse = await _host.PostZaloAsync(future);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode); // acknowledged, so Zalo stops retrying …
        Assert.Equal(HttpStatusCode.Forbidden, staleResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, futureResponse.StatusCode);
        await Eventually.TrueAsync(() => _zalo.Delivered.Count > 0, "one reply");
        await Eventually.QuietAsync();
        Assert.Single(_zalo.Sends); // … but answered once
    }

    [Fact]
    public async Task WelcomesNewFollowers()
    {
        var response = await _host.PostZaloAsync(ZaloEvents.Follow("8005"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(() => _zalo.Delivered.Count > 0, "a welcome");
        var welcome = Assert.Single(_zalo.Delivered);
        Assert.Equal("8005", welcome.UserId);
        Assert.Contains("Xin chào", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("KtdBot", welcome.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcknowledgesAndIgnoresOtherEvents()
    {
        var seen = await _host.PostZaloAsync(ZaloEvents.Seen("8006"));
        var unfollow = await _host.PostZaloAsync(ZaloEvents.Follow("8006").Replace("\"follow\"", "\"unfollow\"", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unfollow.StatusCode);
        await Eventually.QuietAsync();
        Assert.Empty(_zalo.Sends);
    }

    [Fact]
    public async Task MalformedJsonGets400AndOversizedBodyGets413()
    {
        var malformed = await _host.PostZaloAsync("{\"event_name\":\"user_send_text\",", "mac=0123");
        var huge = ZaloEvents.Text("8007", new string('x', 400_000), "msg-8007-1");
        var oversized = await _host.PostZaloAsync(huge);

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.DoesNotContain("Exception", await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversized.StatusCode);
    }

    [Fact]
    public async Task RefreshesAnInvalidTokenOnceAndPersistsTheNewPair()
    {
        _zalo.ExpireAccessToken();

        await _host.PostZaloAsync(ZaloEvents.Text("8008", "Khối thi đua 8 gồm những hội nào?", "msg-8008-1"));

        await Eventually.TrueAsync(() => _zalo.Delivered.Count > 0, "the reply after refreshing");
        Assert.Equal(1, _zalo.Refreshes);
        Assert.Equal(new[] { -216, 0 }, _zalo.Sends.Select(s => s.Error).ToArray());
        Assert.Equal("AccessToken-2-TEST", _zalo.Delivered[0].AccessToken);

        using var stored = JsonDocument.Parse(await File.ReadAllTextAsync(_tokenFile));
        Assert.Equal("AccessToken-2-TEST", stored.RootElement.GetProperty("AccessToken").GetString());
        Assert.Equal("RefreshToken-2-TEST", stored.RootElement.GetProperty("RefreshToken").GetString());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_tokenFile));
        }

        // The next message uses the stored token without refreshing again.
        await _host.PostZaloAsync(ZaloEvents.Text("8008", "Năm 2025 ai làm khối trưởng?", "msg-8008-2"));
        await Eventually.TrueAsync(() => _zalo.Delivered.Count == 2, "the second reply");
        Assert.Equal(1, _zalo.Refreshes);
        Assert.Equal(0, _zalo.RefusedRefreshes);
    }

    [Fact]
    public async Task ConcurrentInvalidTokensSpendTheRefreshTokenOnce()
    {
        _zalo.ExpireAccessToken();

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            _host.PostZaloAsync(ZaloEvents.Text("81" + i, "Khối thi đua 8 gồm những hội nào?", "msg-810-" + i))));

        await Eventually.TrueAsync(() => _zalo.Delivered.Count == 6, "six replies");
        Assert.Equal(1, _zalo.Refreshes);
        Assert.Equal(0, _zalo.RefusedRefreshes);
    }

    [Theory]
    [InlineData(-230)]
    [InlineData(-305)]
    [InlineData(-311)]
    public async Task DropsUndeliverableRepliesWithoutRetrying(int error)
    {
        _zalo.AnswerErrors(error);

        await _host.PostZaloAsync(ZaloEvents.Text("8009", "Khối thi đua 8 gồm những hội nào?", "msg-8009-" + error));

        await Eventually.TrueAsync(() => _zalo.Sends.Count > 0, "the attempt");
        await Eventually.QuietAsync(1500);
        Assert.Single(_zalo.Sends);
        Assert.Contains(_host.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains(error.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARateLimitedReplyWaitsAndIsSentOnce()
    {
        _zalo.AnswerErrors(-32);

        await _host.PostZaloAsync(ZaloEvents.Text("8010", "Khối thi đua 8 gồm những hội nào?", "msg-8010-1"));

        await Eventually.TrueAsync(() => _zalo.Delivered.Count > 0, "the retried reply");
        Assert.Equal(new[] { -32, 0 }, _zalo.Sends.Select(s => s.Error).ToArray());
    }
}
