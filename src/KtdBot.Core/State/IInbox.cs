namespace KtdBot.State;

/// <summary>One acknowledged activity waiting in the inbox until its reply is sent (or given up).</summary>
/// <param name="Id">The inbox's id for the entry; increasing in arrival order within one inbox.</param>
/// <param name="Partition">Entries of one partition (a chat) are answered in order.</param>
/// <param name="Payload">The activity, serialised by the channel layer (the inbox does not read it).</param>
/// <param name="AddedAt">When it was written.</param>
public sealed record InboxEntry(string Id, string Partition, string Payload, DateTimeOffset AddedAt);

/// <summary>
/// The durable inbox between "acknowledge the webhook" and "answer": an activity is written here before the 200 goes
/// out and removed only once its reply is sent or given up, so a restart or a crash loses nothing that was
/// acknowledged. Delivery ids are claimed here too, so a redelivery is recognised as durably as the entry is kept.
/// Embedded: a SQLite file under <c>Data:Path</c>; scaled out: Redis Streams with a consumer group; in-process
/// (<c>Data:Inbox=Memory</c>) only for measuring what durability costs.
/// </summary>
public interface IInbox
{
    /// <summary>True when entries survive a restart of the process.</summary>
    bool IsDurable { get; }

    /// <summary>True when several hosts share the entries: <see cref="ClaimPendingAsync"/> is then called now and then, to take over the work of hosts that died.</summary>
    bool IsShared => false;

    /// <summary>
    /// Writes an entry durably, claiming <paramref name="dedupeKey"/> (when given) for <paramref name="dedupeWindow"/> in
    /// the same step. Returns the entry, or null when the key was already claimed (a repeated delivery: nothing written).
    /// </summary>
    Task<InboxEntry?> TryAddAsync(string partition, string payload, string? dedupeKey, TimeSpan dedupeWindow, CancellationToken cancellationToken);

    /// <summary>
    /// Entries this host should take up that it was not given before, oldest first: at start, what it left pending;
    /// later (shared inboxes), the entries of hosts that died. A single-host inbox returns everything once, then nothing.
    /// </summary>
    Task<IReadOnlyList<InboxEntry>> ClaimPendingAsync(CancellationToken cancellationToken);

    /// <summary>Removes an entry whose reply was sent (or given up), with its sent-reply records.</summary>
    Task CompleteAsync(InboxEntry entry, CancellationToken cancellationToken);

    /// <summary>True when the reply part <paramref name="part"/> of the entry was already sent (a retry must not send it twice).</summary>
    Task<bool> WasSentAsync(InboxEntry entry, string part, CancellationToken cancellationToken);

    /// <summary>Records that the reply part <paramref name="part"/> of the entry was sent.</summary>
    Task MarkSentAsync(InboxEntry entry, string part, CancellationToken cancellationToken);
}

/// <summary>Service keys of inboxes.</summary>
public static class InboxKeys
{
    /// <summary>This host's own durable inbox (SQLite), which a shared inbox falls back on.</summary>
    public const string Local = "local";
}

/// <summary>Which inbox holds acknowledged activities.</summary>
public enum InboxProvider
{
    /// <summary>A SQLite file under <see cref="DataOptions.Path"/> (the embedded default), or Redis Streams when <c>Redis:Connection</c> is set.</summary>
    Durable,

    /// <summary>In-process only: acknowledged activities are lost on a restart. For measuring the cost of durability.</summary>
    Memory,
}

/// <summary>The <c>Data</c> section: where the host keeps what must survive a restart.</summary>
public sealed class DataOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Data";

    /// <summary>
    /// The folder of the durable inbox (<c>inbox.db</c>) and caches. Relative paths resolve against the content root
    /// (the working folder of a published host, the project folder under <c>dotnet run</c>). Keep it on a persistent volume.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Required]
    public string Path { get; set; } = "data";

    /// <summary>Durable (default) or Memory.</summary>
    public InboxProvider Inbox { get; set; } = InboxProvider.Durable;

    /// <summary>How far the SQLite inbox goes before a webhook is acknowledged.</summary>
    public InboxSync Synchronous { get; set; } = InboxSync.Full;
}

/// <summary>SQLite's <c>synchronous</c> setting for the inbox (WAL mode).</summary>
public enum InboxSync
{
    /// <summary>Each commit is flushed to the disk (fsync) before the 200: survives a crash of the process and of the machine.</summary>
    Full,

    /// <summary>Commits reach the operating system before the 200, the disk at checkpoints: survives a crash of the process (SIGKILL), not a power loss.</summary>
    Normal,
}
