namespace KtdBot.Redis;

/// <summary>The <c>Redis</c> section: unset = in-process state; set = every host shares memory, dedupe, rate limits and the Zalo tokens.</summary>
public sealed class RedisOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. "127.0.0.1:6379" or "redis:6379,password=…". May hold a secret: never logged.</summary>
    public string Connection { get; set; } = string.Empty;

    /// <summary>Prefix of every key the bot writes, so several bots (or tests) can share a server.</summary>
    public string KeyPrefix { get; set; } = "ktdbot:";

    /// <summary>
    /// This host's name in the inbox's consumer group: unique per host and the same after a restart (the pod or
    /// machine name by default), so a restarted host takes back its own pending entries at once.
    /// </summary>
    public string ConsumerName { get; set; } = Environment.MachineName;

    /// <summary>A host's pending inbox entries untouched this long are taken over by another host (it is presumed dead).</summary>
    public TimeSpan InboxClaimAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>True when a connection is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Connection);
}
