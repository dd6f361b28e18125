using System.Text.Json;
using System.Threading.Channels;
using KtdBot.Channels.State;
using KtdBot.State;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KtdBot.Channels.Core;

/// <summary>What became of an activity handed to the queue, and so what the webhook answers.</summary>
public enum Admission
{
    /// <summary>Written to the inbox and queued: 200.</summary>
    Queued,

    /// <summary>A repeated delivery of an activity already admitted: 200, nothing queued.</summary>
    Duplicate,

    /// <summary>The queue is full or the inbox could not write: 503 with Retry-After, the channel redelivers.</summary>
    Busy,

    /// <summary>The host is shutting down: 503, the channel redelivers (to this host after its restart, or to another).</summary>
    Stopping,
}

/// <summary>
/// Between "acknowledge the webhook" and "answer". An activity is written to the <see cref="IInbox"/> (durable by
/// default) before the webhook answers 200, and removed only once its reply is sent or given up. Activities of one chat
/// share a worker and are answered in order. When a chat's channel cannot take a reply (429, 5xx, timeouts) that chat
/// waits — honouring retry_after, backing off up to <see cref="ChannelOptions.SendRetryWindow"/> — while the worker
/// answers other chats. At start, what the inbox holds is answered first, in order. On shutdown the queue stops
/// taking work (503), lets the turns in progress finish within the shutdown timeout, and leaves the rest in the inbox.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "It is a queue, and the issue and docs call it one.")]
public sealed partial class TurnQueue : IHostedService, IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    private readonly TurnPipeline _pipeline;
    private readonly IInbox _inbox;
    private readonly IDeduplicator _deduplicator;
    private readonly Dictionary<string, IChannelAdapter> _adapters;
    private readonly ChannelOptions _limits;
    private readonly ChannelTelemetry _telemetry;
    private readonly TimeProvider _time;
    private readonly ILogger<TurnQueue> _logger;
    private readonly Partition[] _partitions;
    private readonly SemaphoreSlim _slots;
    private readonly CancellationTokenSource _stopTaking = new();
    private readonly CancellationTokenSource _abort = new();
    private readonly TaskCompletionSource _recovered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task[] _workers = [];
    private Task _claiming = Task.CompletedTask;
    private volatile bool _accepting = true;
    private volatile bool _disposed;
    private int _pending;

    /// <summary>Creates the partitions: <see cref="ChannelOptions.Workers"/> of them sharing <see cref="ChannelOptions.QueueCapacity"/>.</summary>
    public TurnQueue(
        TurnPipeline pipeline,
        IInbox inbox,
        IDeduplicator deduplicator,
        IEnumerable<IChannelAdapter> adapters,
        IOptions<ChannelOptions> options,
        ChannelTelemetry telemetry,
        TimeProvider time,
        ILogger<TurnQueue> logger,
        IHostApplicationLifetime? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(adapters);
        _pipeline = pipeline;
        _inbox = inbox;
        _deduplicator = deduplicator;
        _adapters = adapters.GroupBy(a => a.Channel, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        _limits = options.Value;
        _telemetry = telemetry;
        _time = time;
        _logger = logger;
        _slots = new SemaphoreSlim(_limits.QueueCapacity, _limits.QueueCapacity);
        _partitions = Enumerable.Range(0, _limits.Workers).Select(_ => new Partition()).ToArray();
        lifetime?.ApplicationStopping.Register(StopAccepting); // before the server drains: a webhook arriving now gets 503
    }

    /// <summary>Activities admitted and not yet answered (or given up), including chats waiting for their channel.</summary>
    public int Count => Volatile.Read(ref _pending);

    /// <summary>False once the host is shutting down: webhooks answer 503.</summary>
    public bool IsAccepting => _accepting;

    /// <summary>Admits an activity if there is room: written to the inbox (claiming its delivery id), then queued.</summary>
    public Task<Admission> TryEnqueueAsync(ChannelActivity activity, CancellationToken cancellationToken) =>
        AdmitAsync(activity, wait: false, cancellationToken);

    /// <summary>Admits an activity, waiting for room (long polling: the update is confirmed only once admitted).</summary>
    public Task<Admission> EnqueueAsync(ChannelActivity activity, CancellationToken cancellationToken) =>
        AdmitAsync(activity, wait: true, cancellationToken);

    /// <summary>Stops taking work: from now on every admission answers <see cref="Admission.Stopping"/>.</summary>
    public void StopAccepting() => _accepting = false;

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _workers = _partitions.Select(p => Task.Run(() => WorkAsync(p), CancellationToken.None)).ToArray();
        try
        {
            await TakeUpPendingAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _recovered.TrySetResult();
        }

        if (_inbox.IsShared)
        {
            _claiming = Task.Run(() => ClaimNowAndThenAsync(_stopTaking.Token), CancellationToken.None);
        }
    }

    /// <summary>Dispatches what the inbox hands over: at start what was left pending, later (shared inboxes) what hosts that died left.</summary>
    private async Task TakeUpPendingAsync(CancellationToken cancellationToken)
    {
        var pending = await _inbox.ClaimPendingAsync(cancellationToken).ConfigureAwait(false);
        foreach (var entry in pending)
        {
            var activity = Deserialize(entry);
            if (activity is null || !_adapters.TryGetValue(activity.Channel, out var adapter))
            {
                LogUnreadable(_logger, entry.Id);
                await _inbox.CompleteAsync(entry, cancellationToken).ConfigureAwait(false);
                continue;
            }

            Interlocked.Increment(ref _pending);
            var holdsSlot = _slots.Wait(0, CancellationToken.None); // what was acknowledged before is answered even beyond the capacity
            PartitionOf(activity).Items.Writer.TryWrite(new Work(entry, activity, adapter, holdsSlot));
        }

        if (pending.Count > 0)
        {
            _telemetry.InboxRecovered.Add(pending.Count);
            LogRecovered(_logger, pending.Count);
        }
    }

    private async Task ClaimNowAndThenAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_limits.InboxClaimInterval, _time, stop).ConfigureAwait(false);
                await TakeUpPendingAsync(stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                LogClaimFailed(_logger, ex.GetType().Name);
            }
        }
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        StopAccepting();
        try
        {
            await StopWorkersAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ObjectDisposedException) when (_disposed)
        {
            // Stopped again after the container disposed the queue: nothing is left to stop.
        }
    }

    private async Task StopWorkersAsync(CancellationToken cancellationToken)
    {
        if (_disposed)
        {
            return;
        }

        if (_inbox.IsDurable)
        {
            await _stopTaking.CancelAsync().ConfigureAwait(false); // the rest stays in the inbox for the next start
        }
        else
        {
            foreach (var partition in _partitions)
            {
                partition.Items.Writer.TryComplete(); // nothing would survive: answer what is queued
            }
        }

        try
        {
            await Task.WhenAll([.. _workers, _claiming]).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await _abort.CancelAsync().ConfigureAwait(false);
        }

        if (Count > 0)
        {
            if (_inbox.IsDurable)
            {
                LogLeftPending(_logger, Count);
            }
            else
            {
                LogAbandoned(_logger, Count);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _disposed = true;
        _stopTaking.Dispose();
        _abort.Dispose();
        _slots.Dispose();
    }

    private async Task<Admission> AdmitAsync(ChannelActivity activity, bool wait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!_accepting)
        {
            return Admission.Stopping;
        }

        if (!_adapters.TryGetValue(activity.Channel, out var adapter))
        {
            throw new InvalidOperationException($"No adapter for channel {activity.Channel}.");
        }

        await _recovered.Task.WaitAsync(cancellationToken).ConfigureAwait(false); // older entries go first
        if (wait)
        {
            await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (!_slots.Wait(0, CancellationToken.None))
        {
            _telemetry.QueueRejections.Add(1, new KeyValuePair<string, object?>("channel", activity.Channel));
            LogFull(_logger, activity.Channel, activity.Id);
            return Admission.Busy;
        }

        InboxEntry? entry;
        try
        {
            entry = await _inbox.TryAddAsync(PartitionKey(activity), JsonSerializer.Serialize(activity, Json), activity.DedupeKey, _limits.DedupeWindow, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _slots.Release();
            LogInboxFailed(_logger, activity.Channel, ex.GetType().Name);
            return Admission.Busy; // not acknowledged, so the channel redelivers
        }
        catch
        {
            _slots.Release();
            throw;
        }

        if (entry is null || (activity.DedupeKey is { } key && _deduplicator.IsShared && !_inbox.IsShared && !await ClaimSharedAsync(key).ConfigureAwait(false)))
        {
            if (entry is not null)
            {
                await _inbox.CompleteAsync(entry, CancellationToken.None).ConfigureAwait(false); // another host has it
            }

            _slots.Release();
            LogDuplicate(_logger, activity.Channel, activity.Id);
            return Admission.Duplicate;
        }

        Interlocked.Increment(ref _pending);
        PartitionOf(activity).Items.Writer.TryWrite(new Work(entry, activity, adapter, HoldsSlot: true));
        return Admission.Queued;
    }

    private async Task<bool> ClaimSharedAsync(string key)
    {
        try
        {
            return await _deduplicator.TryClaimAsync(key, _limits.DedupeWindow, CancellationToken.None).WaitAsync(_limits.StateTimeout).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The shared store is down: answering (and risking a rare duplicate on a second host) beats losing the message.
            LogSharedDedupeDown(_logger, ex.GetType().Name);
            return true;
        }
    }

    private static string PartitionKey(ChannelActivity activity) => activity.Channel + ":" + activity.ChatId;

    private static ChannelActivity? Deserialize(InboxEntry entry)
    {
        try
        {
            return JsonSerializer.Deserialize<ChannelActivity>(entry.Payload, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private Partition PartitionOf(ChannelActivity activity)
    {
        var hash = (uint)StringComparer.Ordinal.GetHashCode(PartitionKey(activity));
        return _partitions[hash % (uint)_partitions.Length];
    }

    private async Task WorkAsync(Partition partition)
    {
        try
        {
            await foreach (var work in partition.Items.Reader.ReadAllAsync(_stopTaking.Token).ConfigureAwait(false))
            {
                if (work.ResumeChat is { } chat)
                {
                    await ResumeAsync(partition, chat).ConfigureAwait(false);
                    continue;
                }

                var key = PartitionKey(work.Activity!);
                if (partition.Waiting.TryGetValue(key, out var waiting))
                {
                    waiting.Enqueue(work); // its chat waits for the channel: keep the order
                    continue;
                }

                if (!await ProcessAsync(work).ConfigureAwait(false))
                {
                    partition.Waiting[key] = new Queue<Work>([work]);
                    ScheduleResume(partition, key, work);
                }
            }
        }
        catch (OperationCanceledException) when (_stopTaking.IsCancellationRequested || _abort.IsCancellationRequested)
        {
            // Shutting down: what is left stays in the inbox.
        }
    }

    private async Task ResumeAsync(Partition partition, string chat)
    {
        if (!partition.Waiting.TryGetValue(chat, out var waiting))
        {
            return;
        }

        while (waiting.TryPeek(out var next))
        {
            if (_stopTaking.IsCancellationRequested)
            {
                return;
            }

            if (!await ProcessAsync(next).ConfigureAwait(false))
            {
                ScheduleResume(partition, chat, next);
                return;
            }

            waiting.Dequeue();
        }

        partition.Waiting.Remove(chat);
    }

    /// <summary>Runs (or resumes) one turn; true when it is finished (answered or given up), false when its chat must wait.</summary>
    private async Task<bool> ProcessAsync(Work work)
    {
        var abort = _abort.Token;
        try
        {
            if (work.Turn is null)
            {
                work.Turn = new TurnContext(work.Activity!, work.Adapter!) { Delivery = new InboxDeliveryRecord(_inbox, work.Entry!) };
                await _pipeline.RunAsync(work.Turn, abort).ConfigureAwait(false);
            }
            else
            {
                await work.Turn.RedeliverAsync(abort).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            throw; // shutdown timed out mid-turn: the entry stays in the inbox
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogWorkerError(_logger, ex, work.Activity!.Channel);
        }

        var turn = work.Turn!;
        if (turn.Undelivered.Count > 0)
        {
            var now = _time.GetUtcNow();
            work.FirstFailure ??= now;
            work.Failures++;
            if (now - work.FirstFailure.Value < _limits.SendRetryWindow)
            {
                _telemetry.DeliveryRetries.Add(1, new KeyValuePair<string, object?>("channel", work.Activity!.Channel));
                return false;
            }

            GiveUp(work, turn.DeliveryFailure?.Message ?? "unavailable");
        }

        await FinishAsync(work).ConfigureAwait(false);
        return true;
    }

    private void GiveUp(Work work, string reason)
    {
        _telemetry.InboxGivenUp.Add(1, new KeyValuePair<string, object?>("channel", work.Activity!.Channel), new KeyValuePair<string, object?>("reason", "retry-window"));
        LogGaveUp(_logger, work.Activity.Channel, work.Activity.Id, work.Failures, reason);
    }

    private async Task FinishAsync(Work work)
    {
        try
        {
            await _inbox.CompleteAsync(work.Entry!, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The reply is out and recorded as sent: a restart re-reads the entry and skips what was sent.
            LogCompleteFailed(_logger, work.Entry!.Id, ex.GetType().Name);
        }

        Interlocked.Decrement(ref _pending);
        if (work.HoldsSlot)
        {
            _slots.Release();
        }
    }

    private void ScheduleResume(Partition partition, string chat, Work work)
    {
        var backoff = TimeSpan.FromSeconds(Math.Min(_limits.SendRetryMaxDelay.TotalSeconds, Math.Pow(2, Math.Min(work.Failures - 1, 16))));
        var delay = work.Turn?.DeliveryFailure?.RetryAfter is { } asked && asked > backoff ? asked : backoff;
        var reason = work.Turn?.DeliveryFailure?.Message ?? "unavailable";
        if (work.Failures <= 1)
        {
            LogWaiting(_logger, work.Activity!.Channel, delay.TotalSeconds, reason);
        }
        else
        {
            LogStillWaiting(_logger, work.Activity!.Channel, work.Failures, delay.TotalSeconds, reason); // an outage must not flood the logs
        }
        _ = ResumeLaterAsync(partition, chat, delay);
    }

    private async Task ResumeLaterAsync(Partition partition, string chat, TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, _time, _stopTaking.Token).ConfigureAwait(false);
            partition.Items.Writer.TryWrite(new Work(null, null, null, false) { ResumeChat = chat });
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the chat's entries stay in the inbox.
        }
    }

    private sealed class Partition
    {
        public Channel<Work> Items { get; } = Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true });

        /// <summary>Chats waiting for their channel, with their entries in order (touched by the partition's worker only).</summary>
        public Dictionary<string, Queue<Work>> Waiting { get; } = new(StringComparer.Ordinal);
    }

    private sealed record Work(InboxEntry? Entry, ChannelActivity? Activity, IChannelAdapter? Adapter, bool HoldsSlot)
    {
        public string? ResumeChat { get; init; }

        public TurnContext? Turn { get; set; }

        public DateTimeOffset? FirstFailure { get; set; }

        public int Failures { get; set; }
    }

    private sealed class InboxDeliveryRecord(IInbox inbox, InboxEntry entry) : IDeliveryRecord
    {
        public Task<bool> WasSentAsync(string part, CancellationToken cancellationToken) => inbox.WasSentAsync(entry, part, cancellationToken);

        public Task MarkSentAsync(string part, CancellationToken cancellationToken) => inbox.MarkSentAsync(entry, part, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn queue full: refused {Channel} activity {ActivityId}; the channel will redeliver")]
    private static partial void LogFull(ILogger logger, string channel, string activityId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Dropped a repeated {Channel} delivery {ActivityId}")]
    private static partial void LogDuplicate(ILogger logger, string channel, string activityId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbox write failed for a {Channel} activity ({Error}); refused with 503 so the channel redelivers")]
    private static partial void LogInboxFailed(ILogger logger, string channel, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shared deduplication store unavailable ({Error}); admitting without it")]
    private static partial void LogSharedDedupeDown(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbox: {Count} acknowledged activities from before the restart (or from a stopped host) are being answered")]
    private static partial void LogRecovered(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Taking over pending inbox entries failed ({Error}); retried later")]
    private static partial void LogClaimFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbox entry {EntryId} could not be read; removed")]
    private static partial void LogUnreadable(ILogger logger, string entryId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopped with {Count} activities left in the inbox; they are answered after the restart")]
    private static partial void LogLeftPending(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutdown timed out with {Count} activities still queued (in-process inbox: they are lost)")]
    private static partial void LogAbandoned(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Channel} cannot take a reply now ({Reason}); the chat waits {Seconds:0.#} s, other chats go on")]
    private static partial void LogWaiting(ILogger logger, string channel, double seconds, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Channel} still cannot take a reply after {Failures} tries ({Reason}); the chat waits {Seconds:0.#} s")]
    private static partial void LogStillWaiting(ILogger logger, string channel, int failures, double seconds, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up a {Channel} reply to activity {ActivityId} after {Failures} failed deliveries ({Reason})")]
    private static partial void LogGaveUp(ILogger logger, string channel, string activityId, int failures, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbox entry {EntryId} could not be completed ({Error})")]
    private static partial void LogCompleteFailed(ILogger logger, string entryId, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn worker error on {Channel}")]
    private static partial void LogWorkerError(ILogger logger, Exception exception, string channel);
}
