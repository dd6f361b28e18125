using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KtdBot.Host.Tests.Support;

namespace KtdBot.Host.Tests.Faults;

/// <summary>Redis shut down and started again while updates and web questions keep coming: every one is answered, once.</summary>
public sealed class RedisOutageTests
{
    private const int UpdatesPerPhase = 16;

    [RedisServerFact]
    public async Task RedisGoingAwayMidTrafficDegradesStateToInProcessAndEveryAcknowledgedUpdateIsAnsweredOnce()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        await using var telegram = await FakeTelegramBotApi.StartNewAsync();
        var settings = KtdBotHost.Settings(telegram, null);
        settings["Telegram:BotUsername"] = FakeTelegramBotApi.Username;
        settings["Redis:Connection"] = redis.Connection;
        await using var host = KtdBotHost.Start(settings);

        await TrafficAsync(host, phase: 0);
        // The first PING may still be connecting on a loaded machine (the check then says degraded): wait for it.
        await Eventually.TrueAsync(() => ReadinessAsync(host).Result == "ready", "ready with Redis", TimeSpan.FromSeconds(30));

        await redis.KillAsync();
        var started = DateTime.UtcNow;
        await TrafficAsync(host, phase: 1); // answers keep flowing, from in-process state
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(15), "answers were not held up by the outage");
        Assert.Equal("degraded", await ReadinessAsync(host));
        Assert.True(
            host.Logs.Lines.Any(l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("Redis unavailable", StringComparison.Ordinal)),
            "no fallback warning; Redis lines: " + string.Join(" | ", host.Logs.Lines.Where(l => l.Contains("edis", StringComparison.Ordinal)).Take(10)));

        await redis.RestartAsync();
        await Eventually.TrueAsync(() => ReadinessAsync(host).Result == "ready", "readiness back to ready", TimeSpan.FromSeconds(30));
        await TrafficAsync(host, phase: 2);

        await Eventually.TrueAsync(() => telegram.Delivered.Select(m => m.ChatId).Distinct().Count() == 3 * UpdatesPerPhase, "every acknowledged update answered", TimeSpan.FromSeconds(30));
        await Eventually.QuietAsync(500);
        Assert.All(telegram.Delivered.GroupBy(m => m.ChatId), g => Assert.Single(g));
        // State goes back to Redis with the first state call after the fallback's retry window (2 s); phase 2 may have
        // finished inside it on a fast run, so keep asking until a call reaches Redis and its return is logged.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var probe = 0;
        while (!host.Logs.Lines.ToList().Any(l => l.Contains("Redis answers again", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            var asked = await host.Http.PostAsJsonAsync("api/chat", new { conversationId = $"outage-probe-{probe++}", text = "Khối thi đua 8 gồm những hội nào?" });
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
            await Task.Delay(250); // paces the probes; the condition checked is the log line, not the time
        }

        Assert.Contains(host.Logs.Lines.ToList(), l => l.Contains("Redis answers again", StringComparison.Ordinal));
    }

    private static async Task TrafficAsync(KtdBotHost host, int phase)
    {
        var webhooks = Enumerable.Range(0, UpdatesPerPhase).Select(i =>
            host.PostTelegramAsync(TelegramUpdates.PrivateText(80000 + (phase * 100) + i, 8000 + (phase * 100) + i, "Khối thi đua 8 gồm những hội nào?")));
        var questions = Enumerable.Range(0, 4).Select(i =>
            host.Http.PostAsJsonAsync("api/chat", new { conversationId = $"outage-{phase}-{i}", text = "Khối thi đua 8 gồm những hội nào?" }));
        var responses = await Task.WhenAll(webhooks.Concat(questions));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        // A follow-up still knows what was asked before, whichever store holds the memory now.
        var followUp = await host.Http.PostAsJsonAsync("api/chat", new { conversationId = $"outage-{phase}-0", text = "Năm 2025 ai làm khối trưởng?" });
        Assert.Equal(HttpStatusCode.OK, followUp.StatusCode);
        Assert.Contains("Khối thi đua 8", (await followUp.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    private static async Task<string> ReadinessAsync(KtdBotHost host)
    {
        var response = await host.Http.GetAsync("readyz");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString()!;
    }
}
