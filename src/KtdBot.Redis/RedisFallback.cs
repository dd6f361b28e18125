using KtdBot.Channels.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KtdBot.Redis;

/// <summary>
/// Runs shared-state calls against Redis with a short timeout (<see cref="ChannelOptions.StateTimeout"/>) and falls
/// back to the in-process store when Redis fails or is slow: every answer is still given. After a failure Redis is
/// skipped for <see cref="RetryAfter"/> (so an outage costs one timeout, not one per call), then tried again; the
/// outage and the recovery are logged once each, and every fallback is counted (<c>ktdbot.state.fallbacks</c>).
/// </summary>
public sealed partial class RedisFallback(ChannelTelemetry telemetry, IOptions<ChannelOptions> options, TimeProvider time, ILogger<RedisFallback> logger)
{
    /// <summary>How long Redis is left alone after a failure before it is tried again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    private long _downUntilTicks;
    private int _down;

    /// <summary>True while the in-process fallback is in use.</summary>
    public bool IsDown => Volatile.Read(ref _down) == 1;

    /// <summary>Runs <paramref name="redis"/>; on failure or timeout (or while Redis is known down) runs <paramref name="local"/>.</summary>
    public async Task<T> RunAsync<T>(string store, Func<Task<T>> redis, Func<Task<T>> local)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(local);
        if (IsDown && time.GetUtcNow().UtcTicks < Interlocked.Read(ref _downUntilTicks))
        {
            Count(store);
            return await local().ConfigureAwait(false);
        }

        Task<T>? call = null;
        try
        {
            call = redis();
            var result = await call.WaitAsync(options.Value.StateTimeout).ConfigureAwait(false);
            if (Interlocked.Exchange(ref _down, 0) == 1)
            {
                LogRecovered(logger);
            }

            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // The abandoned call may still fail later: observe it so it is not reported as unobserved.
            _ = call?.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            Interlocked.Exchange(ref _downUntilTicks, (time.GetUtcNow() + RetryAfter).UtcTicks);
            if (Interlocked.Exchange(ref _down, 1) == 0)
            {
                LogDown(logger, ex.GetType().Name);
            }

            Count(store);
            return await local().ConfigureAwait(false);
        }
    }

    /// <summary>The same for calls without a result.</summary>
    public Task RunAsync(string store, Func<Task> redis, Func<Task> local) =>
        RunAsync<bool>(store, async () => { await redis().ConfigureAwait(false); return true; }, async () => { await local().ConfigureAwait(false); return true; });

    private void Count(string store) => telemetry.StateFallbacks.Add(1, new KeyValuePair<string, object?>("store", store));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis unavailable ({Error}): conversation memory, deduplication and rate limits are in-process until it answers again")]
    private static partial void LogDown(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis answers again: shared state is back in Redis")]
    private static partial void LogRecovered(ILogger logger);
}
