using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KtdBot.Answering;
using KtdBot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KtdBot.Host.Tests.EndToEnd;

/// <summary>POST /api/chat, the page, health and readiness, over real HTTP.</summary>
public sealed class WebChatApiTests : IAsyncLifetime
{
    private readonly List<KtdBotHost> _hosts = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task AnswersWithTheAskJsonContract()
    {
        var host = Start();

        var response = await host.Http.PostAsJsonAsync("api/chat", new { conversationId = "web-1", text = "khoi thi dua 8 gom nhung hoi nao" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Contains("Hội Người cao tuổi", root.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.True(root.GetProperty("grounded").GetBoolean());
        var citation = root.GetProperty("citations")[0];
        Assert.False(string.IsNullOrEmpty(citation.GetProperty("title").GetString()));
        Assert.Contains("Bình Thuận", citation.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(citation.GetProperty("snippet").GetString()));
        Assert.Equal("web-1", root.GetProperty("conversationId").GetString());
        Assert.Contains("Hội Người cao tuổi", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal); // not \u-escaped
    }

    [Fact]
    public async Task RemembersTheConversation()
    {
        var host = Start();
        await host.Http.PostAsJsonAsync("api/chat", new { conversationId = "web-2", text = "Khối thi đua 8 gồm những hội nào?" });

        var followUp = await host.Http.PostAsJsonAsync("api/chat", new { conversationId = "web-2", text = "Năm 2025 ai làm khối trưởng?" });

        Assert.Contains("da cam", (await followUp.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answer").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("{\"conversationId\": \"x\", \"text\": ")]
    [InlineData("not json at all")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"text\": 42}")]
    public async Task MalformedJsonGets400WithoutAStackTrace(string body)
    {
        var host = Start();

        var response = await host.Http.PostAsync("api/chat", new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizedBodyGetsAPolite413AndAnOverlongQuestionAPoliteAnswer()
    {
        var host = Start();

        var huge = await host.Http.PostAsJsonAsync("api/chat", new { conversationId = "web-3", text = new string('a', 100_000) });
        var overlong = await host.Http.PostAsJsonAsync("api/chat", new { conversationId = "web-3", text = string.Join(' ', Enumerable.Repeat("khối thi đua", 400)) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Contains("quá dài", (await huge.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, overlong.StatusCode);
        Assert.Contains("quá dài", (await overlong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RateLimitsAClientAddressPolitelyWith429WhateverConversationIdItSends()
    {
        var host = Start(new() { ["Channels:WebRateLimitPermits"] = "3" });

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 5; i++)
        {
            // A new conversation id each time does not reset the limit: it counts per client address.
            last = await host.Http.PostAsJsonAsync("api/chat", new { conversationId = "web-4-" + i, text = "Khối thi đua 8?" });
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(last.Headers.RetryAfter);
        Assert.Contains("đợi", (await last.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesTextPlainOverlongConversationIdsAndAnEmptyBodyWith4xx()
    {
        var host = Start();

        var plain = await host.Http.PostAsync("api/chat", new StringContent("{\"conversationId\":\"web-9\",\"text\":\"Khối thi đua 8?\"}", Encoding.UTF8, "text/plain"));
        var longId = await host.Http.PostAsJsonAsync("api/chat", new { conversationId = new string('a', 129), text = "Khối thi đua 8?" });
        var longest = await host.Http.PostAsJsonAsync("api/chat", new { conversationId = new string('a', 128), text = "Khối thi đua 8?" });
        var empty = await host.Http.PostAsync("api/chat", new StringContent(string.Empty, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode); // a cross-site POST without preflight
        Assert.Equal(HttpStatusCode.BadRequest, longId.StatusCode); // not cut: two long ids would share one memory
        Assert.Equal(HttpStatusCode.OK, longest.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains("\n   at ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task AFailingAnswerGetsAnApologyWithoutAStackTrace(string environment)
    {
        var host = Start(new() { ["Environment"] = environment }, new StubAnswers((_, _) => throw new InvalidOperationException("secret internals")));

        var response = await host.Http.PostAsJsonAsync("api/chat", new { conversationId = "web-6", text = "Khối thi đua 8?" });
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Xin lỗi, hiện tôi chưa trả lời được", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret internals", text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", text, StringComparison.Ordinal);
        Assert.Contains(host.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("InvalidOperationException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ServesTheVietnameseChatPageWithAStrictContentSecurityPolicy()
    {
        var host = Start();

        var page = await host.Http.GetAsync(string.Empty);
        var html = await page.Content.ReadAsStringAsync();
        var script = await host.Http.GetAsync("chat.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.DoesNotContain("innerHTML", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthAndReadiness()
    {
        var host = Start();

        var health = await host.Http.GetFromJsonAsync<JsonElement>("healthz");
        var ready = await host.Http.GetAsync("readyz");
        var readiness = await ready.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ready", readiness.GetProperty("status").GetString());
        Assert.Equal("Healthy", readiness.GetProperty("checks").GetProperty("knowledge").GetProperty("status").GetString());
    }

    [Fact]
    public async Task WebhooksAreNotMappedWhileTheirChannelsAreOff()
    {
        var host = Start();

        var telegram = await host.Http.PostAsync("webhooks/telegram", new StringContent("{}", Encoding.UTF8, "application/json"));
        var zalo = await host.Http.PostAsync("webhooks/zalo", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, telegram.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, zalo.StatusCode);
    }

    [Fact]
    public async Task AdminReloadExistsOnlyWithAKeyAndChecksIt()
    {
        var off = Start();
        var on = Start(new() { ["Admin:ApiKey"] = "admin-key-TEST" });

        var disabled = await off.Http.PostAsync("admin/reload", null);
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "admin/reload") { Headers = { { "X-Api-Key", "guess" } } };
        using var right = new HttpRequestMessage(HttpMethod.Post, "admin/reload") { Headers = { { "X-Api-Key", "admin-key-TEST" } } };
        var refused = await on.Http.SendAsync(wrong);
        var reloaded = await on.Http.SendAsync(right);

        Assert.Equal(HttpStatusCode.NotFound, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reloaded.StatusCode);
        Assert.DoesNotContain(on.Logs.Lines, l => l.Contains("admin-key-TEST", StringComparison.Ordinal));
    }

    private KtdBotHost Start(Dictionary<string, string?>? overrides = null, StubAnswers? answers = null)
    {
        var settings = KtdBotHost.Settings(null, null);
        foreach (var (key, value) in overrides ?? [])
        {
            settings[key] = value;
        }

        var host = KtdBotHost.Start(settings, answers is null ? null : services => services.AddSingleton<IAnswerService>(answers));
        _hosts.Add(host);
        return host;
    }
}
