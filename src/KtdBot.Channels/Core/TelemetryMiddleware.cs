using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace KtdBot.Channels.Core;

/// <summary>The channel layer's OpenTelemetry names: one span per turn, turn counts and durations, webhook refusals.</summary>
public sealed class ChannelTelemetry : IDisposable
{
    /// <summary>The ActivitySource and Meter name (register both with OpenTelemetry).</summary>
    public const string Name = "KtdBot.Channels";

    private readonly Meter _meter;

    /// <summary>Creates the instruments on the host's meter factory.</summary>
    public ChannelTelemetry(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(Name);
        Turns = _meter.CreateCounter<long>("ktdbot.turns", description: "Turns handled, by channel and outcome.");
        TurnDuration = _meter.CreateHistogram<double>("ktdbot.turn.duration", unit: "s", description: "Time from dequeue to the last reply sent.");
        WebhookRefusals = _meter.CreateCounter<long>("ktdbot.webhook.refusals", description: "Webhook requests refused, by channel and reason.");
        QueueRejections = _meter.CreateCounter<long>("ktdbot.queue.rejections", description: "Activities refused because the turn queue was full.");
        InboxRecovered = _meter.CreateCounter<long>("ktdbot.inbox.recovered", description: "Acknowledged activities found in the inbox at start and answered.");
        InboxGivenUp = _meter.CreateCounter<long>("ktdbot.inbox.given_up", description: "Replies given up after the retry window, by channel and reason.");
        DeliveryRetries = _meter.CreateCounter<long>("ktdbot.delivery.retries", description: "Replies the channel could not take and that wait for a retry, by channel.");
        StateFallbacks = _meter.CreateCounter<long>("ktdbot.state.fallbacks", description: "Shared-state calls answered by the in-process fallback, by store.");
    }

    /// <summary>Spans: one per turn.</summary>
    public static ActivitySource Source { get; } = new(Name);

    /// <summary>Turns handled.</summary>
    public Counter<long> Turns { get; }

    /// <summary>Turn durations.</summary>
    public Histogram<double> TurnDuration { get; }

    /// <summary>Forged, stale, oversized or malformed webhook requests.</summary>
    public Counter<long> WebhookRefusals { get; }

    /// <summary>Activities refused with 503 because the queue was full.</summary>
    public Counter<long> QueueRejections { get; }

    /// <summary>Activities recovered from the inbox at start.</summary>
    public Counter<long> InboxRecovered { get; }

    /// <summary>Replies given up.</summary>
    public Counter<long> InboxGivenUp { get; }

    /// <summary>Replies waiting for a retry.</summary>
    public Counter<long> DeliveryRetries { get; }

    /// <summary>Shared-state calls served in-process because Redis did not answer.</summary>
    public Counter<long> StateFallbacks { get; }

    /// <summary>Counts one refused webhook request.</summary>
    public void Refused(string channel, string reason) =>
        WebhookRefusals.Add(1, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("reason", reason));

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}

/// <summary>The outermost middleware: a span, a duration, an outcome count and one log line per turn; catches and logs failures.</summary>
public sealed partial class TelemetryMiddleware(ChannelTelemetry telemetry, ILogger<TelemetryMiddleware> logger) : ITurnMiddleware
{
    /// <inheritdoc />
    public async Task OnTurnAsync(TurnContext turn, Func<CancellationToken, Task> continueTurn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(continueTurn);
        var activity = turn.Activity;
        using var span = ChannelTelemetry.Source.StartActivity("turn " + activity.Channel, ActivityKind.Internal);
        span?.SetTag("ktdbot.channel", activity.Channel);
        span?.SetTag("ktdbot.activity.type", activity.Type.ToString());
        var started = Stopwatch.GetTimestamp();
        if (logger.IsEnabled(LogLevel.Debug))
        {
            LogText(logger, activity.Channel, activity.Id, Neutralise(activity.Text));
        }

        try
        {
            await continueTurn(cancellationToken).ConfigureAwait(false);
            if (turn.Outcome == TurnOutcome.None)
            {
                turn.Outcome = TurnOutcome.Ignored;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            turn.Outcome = TurnOutcome.Failed;
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // One bad turn must never stop the worker.
            turn.Outcome = TurnOutcome.Failed;
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            LogFailed(logger, ex, activity.Channel, activity.Id);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            var outcome = turn.Outcome.ToString();
            span?.SetTag("ktdbot.outcome", outcome);
            var channelTag = new KeyValuePair<string, object?>("channel", activity.Channel);
            var outcomeTag = new KeyValuePair<string, object?>("outcome", outcome);
            telemetry.Turns.Add(1, channelTag, outcomeTag);
            telemetry.TurnDuration.Record(elapsed.TotalSeconds, channelTag, outcomeTag);
            LogTurn(logger, activity.Channel, activity.Id, outcome, elapsed.TotalMilliseconds);
        }
    }

    /// <summary>User text in one log line: newlines and control characters neutralised, length capped.</summary>
    internal static string Neutralise(string? text)
    {
        if (text is null)
        {
            return "(no text)";
        }

        var capped = text.Length > 200 ? text[..200] + "…" : text;
        return string.Create(capped.Length, capped, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Turn {Channel} {ActivityId}: {Outcome} in {ElapsedMs:0.0} ms")]
    private static partial void LogTurn(ILogger logger, string channel, string activityId, string outcome, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Turn {Channel} {ActivityId} text: {Text}")]
    private static partial void LogText(ILogger logger, string channel, string activityId, string text);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn {Channel} {ActivityId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string channel, string activityId);
}
