using KtdBot.Channels.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KtdBot.Channels.Core;

/// <summary>
/// Per-user fixed-window rate limit. The first message over the limit gets a polite reply (always, on the web); later ones
/// in the same window are dropped silently, so a flood is not answered with a flood.
/// </summary>
public sealed partial class RateLimitMiddleware(IRateLimiter limiter, IOptions<ChannelOptions> options, ILogger<RateLimitMiddleware> logger) : ITurnMiddleware
{
    /// <inheritdoc />
    public async Task OnTurnAsync(TurnContext turn, Func<CancellationToken, Task> continueTurn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(continueTurn);
        var limits = options.Value;
        long count;
        try
        {
            count = await limiter.HitAsync(turn.Activity.RateLimitKey, limits.RateLimitWindow, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogStoreDown(logger, ex.GetType().Name);
            count = 1; // the shared store is down: do not refuse users for it
        }

        var permits = turn.Activity.Channel == ChannelNames.Web ? limits.WebPermits : limits.RateLimitPermits;
        if (count <= permits)
        {
            await continueTurn(cancellationToken).ConfigureAwait(false);
            return;
        }

        turn.Outcome = TurnOutcome.RateLimited;
        LogLimited(logger, turn.Activity.Channel, count);
        if (count == permits + 1 || turn.Adapter.RepliesInline)
        {
            await turn.SendTextAsync(ChannelReplies.RateLimited, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate-limit store unavailable ({Error}); not limiting")]
    private static partial void LogStoreDown(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rate-limited a {Channel} user ({Count} messages in the window)")]
    private static partial void LogLimited(ILogger logger, string channel, long count);
}

/// <summary>
/// Shows "typing…" while a slow answer is being written: first after <see cref="ChannelOptions.TypingDelay"/>, then every
/// <see cref="ChannelOptions.TypingInterval"/>, until the turn ends. Failures to show it never fail the turn.
/// </summary>
public sealed partial class TypingIndicatorMiddleware(IOptions<ChannelOptions> options, TimeProvider time, ILogger<TypingIndicatorMiddleware> logger) : ITurnMiddleware
{
    /// <inheritdoc />
    public async Task OnTurnAsync(TurnContext turn, Func<CancellationToken, Task> continueTurn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(continueTurn);
        if (turn.Adapter.RepliesInline || turn.Activity.Type != ActivityType.Message)
        {
            await continueTurn(cancellationToken).ConfigureAwait(false);
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = KeepTypingAsync(turn, stop.Token);
        try
        {
            await continueTurn(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await typing.ConfigureAwait(false);
        }
    }

    private async Task KeepTypingAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        try
        {
            // Most turns end before the first delay: waiting without throwing spares an exception per turn.
            await Task.Delay(limits.TypingDelay, time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            while (!cancellationToken.IsCancellationRequested)
            {
                await turn.Adapter.SendTypingAsync(turn, cancellationToken).ConfigureAwait(false);
                await Task.Delay(limits.TypingInterval, time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
        catch (OperationCanceledException)
        {
            // The turn ended.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogTypingFailed(logger, turn.Activity.Channel, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Typing indicator on {Channel} failed: {Error}")]
    private static partial void LogTypingFailed(ILogger logger, string channel, string error);
}
