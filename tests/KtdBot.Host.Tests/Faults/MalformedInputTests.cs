using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using KtdBot.Host.Tests.Support;

namespace KtdBot.Host.Tests.Faults;

/// <summary>
/// At least 10,000 generated malformed bodies per endpoint, over real HTTP: never a 500, never a stack trace in the
/// logs, and the host still answers a good request afterwards.
/// </summary>
public sealed class MalformedInputTests : IAsyncLifetime
{
    private const int BodiesPerEndpoint = 10_000;
    private FakeTelegramBotApi _telegram = null!;
    private FakeZaloApi _zalo = null!;
    private FakeZaloBotApi _zaloBot = null!;
    private KtdBotHost _host = null!;

    public async Task InitializeAsync()
    {
        _telegram = await FakeTelegramBotApi.StartNewAsync();
        _zalo = await FakeZaloApi.StartNewAsync();
        _zaloBot = await FakeZaloBotApi.StartNewAsync();
        var settings = KtdBotHost.Settings(_telegram, _zalo);
        KtdBotHost.WithZaloBot(settings, _zaloBot);
        settings["Telegram:BotUsername"] = FakeTelegramBotApi.Username;
        settings["Channels:RateLimitPermits"] = "100000";
        settings["Channels:WebRateLimitPermits"] = "100000";
        settings["Channels:QueueCapacity"] = "100000";
        settings["Zalo:MaxEventAge"] = "3650.00:00:00";
        _host = KtdBotHost.Start(settings);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _telegram.DisposeAsync();
        await _zalo.DisposeAsync();
        await _zaloBot.DisposeAsync();
    }

    [Fact]
    public async Task TenThousandMalformedBodiesPerEndpointGetNo500AndTheHostKeepsServing()
    {
        var chat = """{"conversationId":"fuzz-1","text":"Khối thi đua 8 gồm những hội nào?"}""";
        var update = TelegramUpdates.PrivateText(91000, 9100, "Khối thi đua 8 gồm những hội nào?");
        var zaloEvent = ZaloEvents.Text("9200", "Khối thi đua 8 gồm những hội nào?", "msg-9200", DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000));

        var statuses = new ConcurrentDictionary<string, ConcurrentDictionary<HttpStatusCode, int>>();
        await FuzzAsync("api/chat", chat, 1, statuses, (request, _) => request.Content!.Headers.ContentType = new MediaTypeHeaderValue("application/json"));
        await FuzzAsync("webhooks/telegram", update, 2, statuses, (request, _) => request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", TestSecrets.TelegramWebhookSecret));
        await FuzzAsync("webhooks/zalo", zaloEvent, 3, statuses, (request, body) =>
        {
            // Half signed correctly over the malformed bytes (so parsing is reached), half forged.
            request.Headers.Add("X-ZEvent-Signature", body.Length % 2 == 0 ? "mac=" + new string('a', 64) : Sign(body, "1700000000000"));
        });

        var zaloBotUpdate = ZaloBotUpdates.GroupText("9f3c1d2e4b5a69788a7b", "c0ffee00000000fuzz01", "@Bot KTD Khối thi đua 8 gồm những hội nào?", "00000000000000fuzz01", wrapped: true);
        await FuzzAsync("webhooks/zalo-bot", zaloBotUpdate, 4, statuses, (request, _) => request.Headers.Add("X-Bot-Api-Secret-Token", FakeZaloBotApi.WebhookSecret));

        var report = string.Join("; ", statuses.Select(s => s.Key + ": " + string.Join(", ", s.Value.OrderBy(v => v.Key).Select(v => $"{(int)v.Key}×{v.Value}"))));
        Assert.All(statuses, s => Assert.Equal(BodiesPerEndpoint, s.Value.Values.Sum()));
        Assert.All(statuses, s => Assert.DoesNotContain(s.Value.Keys, code => (int)code >= 500));
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains("\n   at ", StringComparison.Ordinal)); // no stack trace
        Console.WriteLine("Malformed bodies: " + report);

        var good = await _host.Http.PostAsync("api/chat", new StringContent(chat, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Contains("Hội Người cao tuổi", await good.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCasesFoundByProbingGet400NotA500()
    {
        var update = TelegramUpdates.PrivateText(91001, 9101, "Khối 8?").Replace("\"date\":", "\"date\":99999999999999,\"x\":", StringComparison.Ordinal);
        var invalidUtf8 = (byte[])[.. "{\"event_name\":\"user_send_text\",\"timestamp\":\"1\",\"message\":{\"text\":\""u8, 0xC3, 0x28, .. "\"}}"u8];

        var cases = new (string Path, byte[] Body, string Header, string Value)[]
        {
            ("api/chat", [], "X-Nothing", "1"),
            ("webhooks/telegram", [], "X-Telegram-Bot-Api-Secret-Token", TestSecrets.TelegramWebhookSecret),
            ("webhooks/telegram", Encoding.UTF8.GetBytes(update), "X-Telegram-Bot-Api-Secret-Token", TestSecrets.TelegramWebhookSecret),
            ("webhooks/zalo", [], "X-ZEvent-Signature", "mac=" + new string('0', 64)),
            ("webhooks/zalo", invalidUtf8, "X-ZEvent-Signature", "mac=" + new string('0', 64)),
            ("webhooks/zalo", invalidUtf8, "X-ZEvent-Signature", Sign(invalidUtf8, "1")),
        };
        foreach (var (path, body, header, value) in cases)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.Add(header, value);
            using var response = await _host.Http.SendAsync(request);
            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden, $"{path} ({body.Length} bytes): {(int)response.StatusCode}");
        }

        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains("\n   at ", StringComparison.Ordinal));
    }

    private async Task FuzzAsync(string path, string valid, int seed, ConcurrentDictionary<string, ConcurrentDictionary<HttpStatusCode, int>> statuses, Action<HttpRequestMessage, byte[]> decorate)
    {
        var generator = new MalformedBodies(seed);
        var bodies = Enumerable.Range(0, BodiesPerEndpoint).Select(_ => generator.Next(valid)).ToList();
        var counts = statuses.GetOrAdd(path, _ => new ConcurrentDictionary<HttpStatusCode, int>());
        var failures = new ConcurrentQueue<string>();
        await Parallel.ForEachAsync(bodies, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (body, ct) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
            decorate(request, body);
            using var response = await _host.Http.SendAsync(request, ct);
            counts.AddOrUpdate(response.StatusCode, 1, (_, n) => n + 1);
            if ((int)response.StatusCode >= 500 && failures.Count < 5)
            {
                failures.Enqueue($"{(int)response.StatusCode} for {Convert.ToBase64String(body[..Math.Min(body.Length, 300)])}");
            }
        });
        Assert.True(failures.IsEmpty, path + ": " + string.Join("\n", failures) + "\n" + string.Join("\n", _host.Logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal)).Take(3)));
    }

    private static string Sign(byte[] body, string timestamp)
    {
        var bytes = (byte[])[.. Encoding.UTF8.GetBytes(FakeZaloApi.AppId), .. body, .. Encoding.UTF8.GetBytes(timestamp), .. Encoding.UTF8.GetBytes(FakeZaloApi.OaSecretKey)];
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
