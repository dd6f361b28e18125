using System.ComponentModel.DataAnnotations;

namespace KtdBot.Channels.Core;

/// <summary>The channel core's limits: the turn queue, rate limits, deduplication, typing indicator, body sizes.</summary>
public sealed class ChannelOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Channels";

    /// <summary>
    /// Activities waiting to be answered, over all workers. When full, a webhook answers 503 with Retry-After and the
    /// channel redelivers later; polling waits for room.
    /// </summary>
    [Range(1, 1_000_000)]
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>
    /// Turns answered at once. Activities of one chat always go to the same worker, so a chat is answered in order. A
    /// turn mostly waits (the channel's API, Redis), so there are many more workers than cores: with 8, a Redis-backed
    /// host under load could not keep up with 1,000 Telegram updates a second.
    /// </summary>
    [Range(1, 256)]
    public int Workers { get; set; } = 64;

    /// <summary>Messages one user may send per <see cref="RateLimitWindow"/>; the first one over gets a polite reply, the rest are dropped.</summary>
    [Range(1, 100_000)]
    public int RateLimitPermits { get; set; } = 20;

    /// <summary>
    /// Web chat requests one client address may send per <see cref="RateLimitWindow"/>. Unset: ten times
    /// <see cref="RateLimitPermits"/> (people behind one NAT share an address), so raising the per-user limit raises this one too.
    /// </summary>
    [Range(1, 1_000_000)]
    public int? WebRateLimitPermits { get; set; }

    /// <summary>The per-address web limit in force.</summary>
    public int WebPermits => WebRateLimitPermits ?? (int)Math.Min(1_000_000L, RateLimitPermits * 10L);

    /// <summary>The rate-limit window.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a delivery id is remembered (Telegram keeps undelivered updates 24 hours).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan DedupeWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Ids the in-process deduplicator keeps at most (oldest forgotten first); Redis keeps all for the window.</summary>
    [Range(1000, 50_000_000)]
    public int DedupeMaxEntries { get; set; } = 500_000;

    /// <summary>The typing indicator is shown only for answers slower than this (most offline answers take milliseconds).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often the typing indicator is renewed (Telegram shows it for at most 5 seconds).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan TypingInterval { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>
    /// How long a reply the channel cannot take (429, 5xx, timeouts) is retried, with back-off and honouring retry_after,
    /// before it is given up (logged and counted). The chat waits meanwhile; other chats are answered.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan SendRetryWindow { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The longest back-off between two deliveries of one reply (a longer retry_after is still honoured).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan SendRetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a shared-state call (Redis) may take before the in-process fallback is used.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan StateTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often a host sharing the inbox (Redis) looks for entries left by hosts that died.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan InboxClaimInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest webhook body read; larger ones get 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxWebhookBodyBytes { get; set; } = 256 * 1024;
}
