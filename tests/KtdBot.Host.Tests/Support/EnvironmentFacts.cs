using System.Net.Sockets;

namespace KtdBot.Host.Tests.Support;

/// <summary>Where the opt-in services are: KTDBOT_TEST_REDIS (host:port) and KTDBOT_TEST_CHROMIUM (executable path).</summary>
public static class TestEnvironment
{
    private static readonly Lazy<string?> RedisProblem = new(() =>
    {
        var endpoint = Environment.GetEnvironmentVariable("KTDBOT_TEST_REDIS");
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return "KTDBOT_TEST_REDIS is not set (e.g. 127.0.0.1:6379); start redis-server and set it to run the Redis tests.";
        }

        var parts = endpoint.Split(',')[0].Split(':');
        var host = parts[0];
        var port = parts.Length > 1 && int.TryParse(parts[1], out var p) ? p : 6379;
        try
        {
            using var client = new TcpClient();
            if (!client.ConnectAsync(host, port).Wait(TimeSpan.FromSeconds(2)))
            {
                return $"Redis at {endpoint} (KTDBOT_TEST_REDIS) did not answer within 2 seconds.";
            }
        }
        catch (Exception ex) when (ex is SocketException or AggregateException)
        {
            return $"Redis at {endpoint} (KTDBOT_TEST_REDIS) is unreachable: {ex.GetBaseException().Message}";
        }

        return null;
    });

    /// <summary>The Redis configuration string for tests.</summary>
    public static string Redis => Environment.GetEnvironmentVariable("KTDBOT_TEST_REDIS") ?? string.Empty;

    /// <summary>The Chromium executable for browser tests.</summary>
    public static string Chromium => Environment.GetEnvironmentVariable("KTDBOT_TEST_CHROMIUM") ?? string.Empty;

    /// <summary>Deletes every key under a test's prefix, when Redis is there (a test's own keys, so tests can share a server).</summary>
    public static async Task DeleteRedisKeysAsync(string prefix)
    {
        if (WhyNoRedis is not null)
        {
            return;
        }

        await using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(Redis);
        var server = redis.GetServer(redis.GetEndPoints()[0]);
        await foreach (var key in server.KeysAsync(pattern: prefix + "*"))
        {
            await redis.GetDatabase().KeyDeleteAsync(key);
        }
    }

    /// <summary>Why the Redis tests cannot run, or null.</summary>
    public static string? WhyNoRedis => RedisProblem.Value;

    /// <summary>Why the browser tests cannot run, or null.</summary>
    public static string? WhyNoChromium
    {
        get
        {
            var path = Chromium;
            if (string.IsNullOrWhiteSpace(path))
            {
                return "KTDBOT_TEST_CHROMIUM is not set (e.g. /usr/bin/chromium); install Debian's chromium and set it to run the browser tests.";
            }

            return File.Exists(path) ? null : $"KTDBOT_TEST_CHROMIUM points at {path}, which does not exist.";
        }
    }
}

/// <summary>A fact that needs a real redis-server (KTDBOT_TEST_REDIS); skipped with the reason otherwise.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    /// <summary>Sets Skip when Redis is not available.</summary>
    public RedisFactAttribute()
    {
        if (TestEnvironment.WhyNoRedis is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A fact that needs headless Chromium (KTDBOT_TEST_CHROMIUM); skipped with the reason otherwise.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Sets Skip when Chromium is not available.</summary>
    public ChromiumFactAttribute()
    {
        if (TestEnvironment.WhyNoChromium is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>Polls a condition: end-to-end replies arrive after the webhook has already answered.</summary>
public static class Eventually
{
    /// <summary>Waits until <paramref name="condition"/> holds, failing after <paramref name="timeout"/> (10 s by default).</summary>
    public static async Task TrueAsync(Func<bool> condition, string because, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail("Timed out waiting: " + because);
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Gives in-flight work time to (wrongly) produce something before asserting it did not.</summary>
    public static Task QuietAsync(int milliseconds = 600) => Task.Delay(milliseconds);
}
