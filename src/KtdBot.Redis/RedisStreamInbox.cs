using System.Collections.Concurrent;
using System.Globalization;
using KtdBot.State;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace KtdBot.Redis;

/// <summary>
/// The scaled-out inbox: one Redis stream shared by every host, with a consumer group. The host that acknowledges a
/// webhook writes the entry and takes it into its own pending list in one script (XADD + XCLAIM FORCE, after SET NX on
/// the delivery id), so the entry is owned from the first moment and is answered by the host that received it, with
/// no extra round trip. A live host touches its pending entries every <see cref="RedisOptions.InboxClaimAfter"/>/3; a
/// host that died stops touching them, and another host takes them over with XAUTOCLAIM once they have been idle for
/// <see cref="RedisOptions.InboxClaimAfter"/>. A restarted host (same <see cref="RedisOptions.ConsumerName"/>) takes
/// back its own pending entries at once. Entries are removed (XACK + XDEL) when their reply is sent or given up.
/// </summary>
public sealed partial class RedisStreamInbox : IInbox, IAsyncDisposable
{
    private const string Group = "ktdbot";

    // The group is (re)created here too: a Redis restarted without persistence comes back without it.
    // A failure after the delivery id is claimed releases it, so the channel's redelivery is not taken for a repeat.
    private const string AddScript = """
        pcall(redis.call, 'XGROUP', 'CREATE', KEYS[1], ARGV[6], '$', 'MKSTREAM')
        if ARGV[1] ~= '' then
          if not redis.call('SET', KEYS[2], '1', 'PX', ARGV[2], 'NX') then return false end
        end
        local ok, id = pcall(redis.call, 'XADD', KEYS[1], '*', 'p', ARGV[3], 'd', ARGV[4], 't', ARGV[5])
        if ok then ok = pcall(redis.call, 'XCLAIM', KEYS[1], ARGV[6], ARGV[7], 0, id, 'FORCE', 'JUSTID') end
        if not ok then
          if ARGV[1] ~= '' then redis.call('DEL', KEYS[2]) end
          return redis.error_reply('inbox write failed')
        end
        return id
        """;

    private const string CompleteScript = """
        redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
        redis.call('XDEL', KEYS[1], ARGV[2])
        redis.call('DEL', KEYS[2])
        return 1
        """;

    private readonly RedisConnection _redis;
    private readonly RedisOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly RedisKey _stream;
    private readonly CancellationTokenSource _stop = new();

    // Reply parts sent for the entries this host wrote itself in this process: nothing can have been sent for them
    // before, so asking costs no round trip. Entries taken up after a restart or from another host ask Redis.
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _written = new(StringComparer.Ordinal);
    private Task? _heartbeat;
    private bool _ownReclaimed;

    /// <summary>Prepares the inbox (nothing is sent to Redis until first use).</summary>
    public RedisStreamInbox(RedisConnection redis, Microsoft.Extensions.Options.IOptions<RedisOptions> options, TimeProvider time, ILogger<RedisStreamInbox> logger)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(options);
        _redis = redis;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _stream = redis.Key("inbox");
    }

    /// <summary>This host's consumer name in the group.</summary>
    public string Consumer => _options.ConsumerName;

    /// <inheritdoc />
    public bool IsDurable => true;

    /// <inheritdoc />
    public bool IsShared => true;

    /// <inheritdoc />
    public async Task<InboxEntry?> TryAddAsync(string partition, string payload, string? dedupeKey, TimeSpan dedupeWindow, CancellationToken cancellationToken)
    {
        var db = await ReadyAsync().ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var result = await db.ScriptEvaluateAsync(
            AddScript,
            [_stream, _redis.Key("seen:" + (dedupeKey ?? string.Empty))],
            [dedupeKey ?? string.Empty, (long)dedupeWindow.TotalMilliseconds, partition, payload, now.ToUnixTimeMilliseconds(), Group, Consumer]).ConfigureAwait(false);
        if (result.IsNull)
        {
            return null;
        }

        var id = (string)result!;
        _written[id] = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        return new InboxEntry(id, partition, payload, now);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<InboxEntry>> ClaimPendingAsync(CancellationToken cancellationToken)
    {
        var db = await GroupReadyAsync().ConfigureAwait(false);
        var claimed = new List<StreamEntry>();
        if (!_ownReclaimed)
        {
            // After a restart under the same name: what this host had acknowledged and not answered.
            var own = await db.StreamPendingMessagesAsync(_stream, Group, 100_000, Consumer).ConfigureAwait(false);
            if (own.Length > 0)
            {
                claimed.AddRange(await db.StreamClaimAsync(_stream, Group, Consumer, 0, own.Select(p => p.MessageId).ToArray()).ConfigureAwait(false));
            }

            _ownReclaimed = true;
            _heartbeat ??= Task.Run(() => HeartbeatAsync(_stop.Token), CancellationToken.None);
        }

        // Entries of hosts that stopped touching theirs (they died).
        var start = (RedisValue)"0-0";
        do
        {
            var page = await db.StreamAutoClaimAsync(_stream, Group, Consumer, (long)_options.InboxClaimAfter.TotalMilliseconds, start, 500).ConfigureAwait(false);
            claimed.AddRange(page.ClaimedEntries);
            start = page.NextStartId;
        }
        while (start != "0-0");

        var entries = claimed.Where(e => !e.IsNull).Select(ToEntry).OfType<InboxEntry>()
            .OrderBy(e => e.Id, StreamIdComparer.Instance).ToList();
        if (entries.Count > 0)
        {
            LogClaimed(_logger, entries.Count);
        }

        return entries;
    }

    /// <inheritdoc />
    public async Task CompleteAsync(InboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var db = await ReadyAsync().ConfigureAwait(false);
        await db.ScriptEvaluateAsync(CompleteScript, [_stream, SentKey(entry)], [Group, entry.Id]).ConfigureAwait(false);
        _written.TryRemove(entry.Id, out _);
    }

    /// <inheritdoc />
    public async Task<bool> WasSentAsync(InboxEntry entry, string part, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (_written.TryGetValue(entry.Id, out var sent))
        {
            return sent.ContainsKey(part);
        }

        var db = await ReadyAsync().ConfigureAwait(false);
        return await db.HashExistsAsync(SentKey(entry), part).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task MarkSentAsync(InboxEntry entry, string part, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var db = await ReadyAsync().ConfigureAwait(false);
        var key = SentKey(entry);
        if (_written.TryGetValue(entry.Id, out var sent))
        {
            sent[part] = 0;
        }

        // Both commands go out together (one round trip); Redis runs them in order.
        var recorded = db.HashSetAsync(key, part, 1);
        var expiring = db.KeyExpireAsync(key, TimeSpan.FromDays(7));
        await Task.WhenAll(recorded, expiring).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_heartbeat is not null)
        {
            await _heartbeat.ConfigureAwait(false);
        }

        _stop.Dispose();
    }

    private RedisKey SentKey(InboxEntry entry) => _redis.Key("inbox:sent:" + entry.Id);

    private Task<IDatabase> ReadyAsync() => _redis.GetDatabaseAsync();

    private async Task<IDatabase> GroupReadyAsync()
    {
        var db = await _redis.GetDatabaseAsync().ConfigureAwait(false);
        try
        {
            await db.StreamCreateConsumerGroupAsync(_stream, Group, "$", createStream: true).ConfigureAwait(false);
        }
        catch (RedisServerException ex) when (ex.Message.Contains("BUSYGROUP", StringComparison.Ordinal))
        {
            // Another host (or an earlier start) created it.
        }

        return db;
    }

    private async Task HeartbeatAsync(CancellationToken stop)
    {
        var every = _options.InboxClaimAfter / 3;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, _time, stop).ConfigureAwait(false);
                var db = await GroupReadyAsync().ConfigureAwait(false);
                var own = await db.StreamPendingMessagesAsync(_stream, Group, 100_000, Consumer).ConfigureAwait(false);
                if (own.Length > 0)
                {
                    // XCLAIM to ourselves resets the idle time: the entries are still being answered here.
                    await db.StreamClaimIdsOnlyAsync(_stream, Group, Consumer, 0, own.Select(p => p.MessageId).ToArray()).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                LogHeartbeatFailed(_logger, ex.GetType().Name);
            }
        }
    }

    private static InboxEntry? ToEntry(StreamEntry entry)
    {
        var partition = entry["p"];
        var payload = entry["d"];
        if (partition.IsNull || payload.IsNull)
        {
            return null;
        }

        var added = long.TryParse((string?)entry["t"], NumberStyles.None, CultureInfo.InvariantCulture, out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : DateTimeOffset.UnixEpoch;
        return new InboxEntry((string)entry.Id!, (string)partition!, (string)payload!, added);
    }

    /// <summary>Orders stream ids ("ms-seq") numerically.</summary>
    private sealed class StreamIdComparer : IComparer<string>
    {
        public static readonly StreamIdComparer Instance = new();

        public int Compare(string? x, string? y) => Parse(x).CompareTo(Parse(y));

        private static (long, long) Parse(string? id)
        {
            var dash = id?.IndexOf('-', StringComparison.Ordinal) ?? -1;
            return dash < 0
                ? (0, 0)
                : (long.Parse(id.AsSpan(0, dash), CultureInfo.InvariantCulture), long.Parse(id.AsSpan(dash + 1), CultureInfo.InvariantCulture));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbox: took up {Count} pending entries (this host's from before a restart, or a stopped host's)")]
    private static partial void LogClaimed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbox heartbeat failed ({Error}); pending entries may be taken over by another host")]
    private static partial void LogHeartbeatFailed(ILogger logger, string error);
}
