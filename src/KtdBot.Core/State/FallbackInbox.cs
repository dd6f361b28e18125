using Microsoft.Extensions.Logging;

namespace KtdBot.State;

/// <summary>
/// A shared inbox (Redis Streams) with a local durable one (SQLite) behind it: when the shared one fails or is slow
/// (<paramref name="timeout"/>), acknowledged activities are written locally instead, so a Redis outage neither loses
/// them nor turns webhooks into 503s. Entries remember which inbox holds them ("r:" or "l:" before the id).
/// While the shared inbox is down, delivery ids are claimed locally only: a delivery reaching two hosts in that time
/// may be answered twice, never lost.
/// </summary>
public sealed partial class FallbackInbox(IInbox shared, IInbox local, TimeSpan timeout, TimeProvider time, ILogger<FallbackInbox> logger) : IInbox
{
    private const string SharedPrefix = "r:";
    private const string LocalPrefix = "l:";
    private static readonly TimeSpan SkipAfterFailure = TimeSpan.FromSeconds(2);
    private long _sharedDownUntil;
    private int _down;

    /// <inheritdoc />
    public bool IsDurable => shared.IsDurable && local.IsDurable;

    /// <inheritdoc />
    public bool IsShared => true;

    /// <inheritdoc />
    public async Task<InboxEntry?> TryAddAsync(string partition, string payload, string? dedupeKey, TimeSpan dedupeWindow, CancellationToken cancellationToken)
    {
        if (SharedUsable())
        {
            var adding = shared.TryAddAsync(partition, payload, dedupeKey, dedupeWindow, cancellationToken);
            try
            {
                var entry = await adding.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
                MarkUp();
                return entry is null ? null : entry with { Id = SharedPrefix + entry.Id };
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                MarkDown(ex);
                ForgetIfItLands(adding); // written locally below: a late shared copy must not be answered too
            }
        }

        var written = await local.TryAddAsync(partition, payload, dedupeKey, dedupeWindow, cancellationToken).ConfigureAwait(false);
        return written is null ? null : written with { Id = LocalPrefix + written.Id };
    }

    private void ForgetIfItLands(Task<InboxEntry?> adding) =>
        _ = adding.ContinueWith(
            async t =>
            {
                if (t.IsCompletedSuccessfully && t.Result is { } late)
                {
                    try
                    {
                        await shared.CompleteAsync(late, CancellationToken.None).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (ex is not OutOfMemoryException)
                    {
                        LogLateCopyKept(logger, ex.GetType().Name);
                    }
                }
                else
                {
                    _ = t.Exception; // observed
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.None,
            TaskScheduler.Default).Unwrap();

    /// <inheritdoc />
    public async Task<IReadOnlyList<InboxEntry>> ClaimPendingAsync(CancellationToken cancellationToken)
    {
        var entries = new List<InboxEntry>();
        entries.AddRange((await local.ClaimPendingAsync(cancellationToken).ConfigureAwait(false)).Select(e => e with { Id = LocalPrefix + e.Id }));
        if (SharedUsable())
        {
            try
            {
                var claimed = await shared.ClaimPendingAsync(cancellationToken).ConfigureAwait(false);
                MarkUp();
                entries.AddRange(claimed.Select(e => e with { Id = SharedPrefix + e.Id }));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                MarkDown(ex); // taken up on a later call
            }
        }

        return entries.OrderBy(e => e.AddedAt).ToList();
    }

    /// <inheritdoc />
    public Task CompleteAsync(InboxEntry entry, CancellationToken cancellationToken) =>
        Route(entry, out var inner).CompleteAsync(inner, cancellationToken);

    /// <inheritdoc />
    public async Task<bool> WasSentAsync(InboxEntry entry, string part, CancellationToken cancellationToken)
    {
        var inbox = Route(entry, out var inner);
        try
        {
            return await inbox.WasSentAsync(inner, part, cancellationToken).WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (inbox == shared && (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested))
        {
            MarkDown(ex);
            return false; // cannot tell: sending again beats not sending at all
        }
    }

    /// <inheritdoc />
    public async Task MarkSentAsync(InboxEntry entry, string part, CancellationToken cancellationToken)
    {
        var inbox = Route(entry, out var inner);
        try
        {
            await inbox.MarkSentAsync(inner, part, cancellationToken).WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (inbox == shared && (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested))
        {
            MarkDown(ex);
        }
    }

    private IInbox Route(InboxEntry entry, out InboxEntry inner)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var isShared = entry.Id.StartsWith(SharedPrefix, StringComparison.Ordinal);
        inner = entry with { Id = entry.Id[2..] };
        return isShared ? shared : local;
    }

    private bool SharedUsable() => Volatile.Read(ref _down) == 0 || time.GetUtcNow().UtcTicks >= Interlocked.Read(ref _sharedDownUntil);

    private void MarkUp()
    {
        if (Interlocked.Exchange(ref _down, 0) == 1)
        {
            LogSharedBack(logger);
        }
    }

    private void MarkDown(Exception ex)
    {
        Interlocked.Exchange(ref _sharedDownUntil, (time.GetUtcNow() + SkipAfterFailure).UtcTicks);
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            LogSharedDown(logger, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shared inbox unavailable ({Error}): acknowledged activities go to the local inbox until it answers again")]
    private static partial void LogSharedDown(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A late copy of a locally written entry could not be removed from the shared inbox ({Error}); it may be answered twice")]
    private static partial void LogLateCopyKept(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shared inbox answers again")]
    private static partial void LogSharedBack(ILogger logger);
}
