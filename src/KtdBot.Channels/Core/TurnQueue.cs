using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KtdBot.Channels.Core;

/// <summary>
/// The bounded queue between "acknowledge the webhook" and "answer": webhooks return 200 as soon as an activity is
/// queued, and workers answer after. Activities of one chat share a partition and one worker, so a chat is answered in
/// order. When a partition is full, <see cref="TryEnqueue"/> refuses (the webhook answers 503 with Retry-After and the
/// channel redelivers later, so nothing is lost), and <see cref="EnqueueAsync"/> (polling) waits for room.
/// On shutdown the queue stops taking work and drains what it holds within the host's shutdown timeout.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "It is a queue, and the issue and docs call it one.")]
public sealed partial class TurnQueue : IHostedService, IDisposable
{
    private readonly TurnPipeline _pipeline;
    private readonly ChannelTelemetry _telemetry;
    private readonly ILogger<TurnQueue> _logger;
    private readonly Channel<TurnContext>[] _partitions;
    private readonly CancellationTokenSource _abort = new();
    private Task[] _workers = [];

    /// <summary>Creates the partitions: <see cref="ChannelOptions.Workers"/> of them sharing <see cref="ChannelOptions.QueueCapacity"/>.</summary>
    public TurnQueue(TurnPipeline pipeline, IOptions<ChannelOptions> options, ChannelTelemetry telemetry, ILogger<TurnQueue> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _pipeline = pipeline;
        _telemetry = telemetry;
        _logger = logger;
        var limits = options.Value;
        var perPartition = Math.Max(1, (limits.QueueCapacity + limits.Workers - 1) / limits.Workers);
        _partitions = new Channel<TurnContext>[limits.Workers];
        for (var i = 0; i < _partitions.Length; i++)
        {
            _partitions[i] = Channel.CreateBounded<TurnContext>(new BoundedChannelOptions(perPartition)
            {
                FullMode = BoundedChannelFullMode.Wait,
                SingleReader = true,
                SingleWriter = false,
            });
        }
    }

    /// <summary>Activities waiting, over all partitions.</summary>
    public int Count => _partitions.Sum(p => p.Reader.Count);

    /// <summary>Queues an activity if its partition has room; false when full or shutting down.</summary>
    public bool TryEnqueue(ChannelActivity activity, IChannelAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (PartitionOf(activity).Writer.TryWrite(new TurnContext(activity, adapter)))
        {
            return true;
        }

        _telemetry.QueueRejections.Add(1, new KeyValuePair<string, object?>("channel", activity.Channel));
        LogFull(_logger, activity.Channel, activity.Id);
        return false;
    }

    /// <summary>Queues an activity, waiting for room (long polling: the update is confirmed only once queued).</summary>
    public ValueTask EnqueueAsync(ChannelActivity activity, IChannelAdapter adapter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return PartitionOf(activity).Writer.WriteAsync(new TurnContext(activity, adapter), cancellationToken);
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _workers = _partitions.Select(p => Task.Run(() => WorkAsync(p.Reader, _abort.Token), CancellationToken.None)).ToArray();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var partition in _partitions)
        {
            partition.Writer.TryComplete();
        }

        try
        {
            await Task.WhenAll(_workers).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            LogAbandoned(_logger, Count);
            await _abort.CancelAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _abort.Dispose();

    private Channel<TurnContext> PartitionOf(ChannelActivity activity)
    {
        var hash = (uint)StringComparer.Ordinal.GetHashCode(activity.Channel) ^ (uint)StringComparer.Ordinal.GetHashCode(activity.ChatId);
        return _partitions[hash % (uint)_partitions.Length];
    }

    private async Task WorkAsync(ChannelReader<TurnContext> reader, CancellationToken abort)
    {
        try
        {
            await foreach (var turn in reader.ReadAllAsync(abort).ConfigureAwait(false))
            {
                try
                {
                    await _pipeline.RunAsync(turn, abort).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !abort.IsCancellationRequested)
                {
                    LogWorkerError(_logger, ex, turn.Activity.Channel);
                }
            }
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            // Shutdown timed out; what is left was logged.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn queue full: refused {Channel} activity {ActivityId}; the channel will redeliver")]
    private static partial void LogFull(ILogger logger, string channel, string activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutdown timed out with {Count} activities still queued")]
    private static partial void LogAbandoned(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn worker error on {Channel}")]
    private static partial void LogWorkerError(ILogger logger, Exception exception, string channel);
}
