using System.Globalization;
using System.Threading.Channels;
using KtdBot.State;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace KtdBot.Sqlite;

/// <summary>
/// The embedded durable inbox: one SQLite file in WAL mode with <c>synchronous=FULL</c> (<c>Data:Synchronous</c>), so an
/// entry acknowledged to the channel is on disk. Every operation goes through one writer that commits whatever is waiting in one
/// transaction (group commit): one fsync serves many webhooks, which is what keeps the 200 fast under load. Only the
/// acknowledgement waits for the disk: sent-reply records and completions are queued for the next commit (a crash in
/// that millisecond at worst re-answers an entry or resends one part), and which parts were sent is also kept in memory.
/// The file is opened in exclusive locking mode: two hosts can never answer the same file's entries.
/// </summary>
public sealed partial class SqliteInbox : IInbox, IAsyncDisposable
{
    private const int MaxBatch = 512;
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS inbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            partition TEXT NOT NULL,
            payload TEXT NOT NULL,
            added INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS seen (key TEXT PRIMARY KEY, expires INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS sent (seq INTEGER NOT NULL, part TEXT NOT NULL, PRIMARY KEY (seq, part)) WITHOUT ROWID;
        """;

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<Operation> _operations = Channel.CreateUnbounded<Operation>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private readonly SqliteCommand _claim;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _delete;
    private readonly SqliteCommand _deleteSent;
    private readonly SqliteCommand _markSent;
    private readonly SqliteCommand _sweep;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, HashSet<string>> _sentParts = new();
    private long _writesSinceSweep;
    private int _claimed;

    private SqliteInbox(SqliteConnection connection, TimeProvider time, ILogger logger)
    {
        _connection = connection;
        _time = time;
        _logger = logger;
        _claim = Prepare("""
            INSERT INTO seen (key, expires) VALUES ($key, $expires)
            ON CONFLICT (key) DO UPDATE SET expires = excluded.expires WHERE seen.expires <= $now
            """, "$key", "$expires", "$now");
        _insert = Prepare("INSERT INTO inbox (partition, payload, added) VALUES ($partition, $payload, $added) RETURNING seq", "$partition", "$payload", "$added");
        _delete = Prepare("DELETE FROM inbox WHERE seq = $seq", "$seq");
        _deleteSent = Prepare("DELETE FROM sent WHERE seq = $seq", "$seq");
        _markSent = Prepare("INSERT OR IGNORE INTO sent (seq, part) VALUES ($seq, $part)", "$seq", "$part");
        _sweep = Prepare("DELETE FROM seen WHERE expires <= $now", "$now");
        using (var sent = connection.CreateCommand())
        {
            sent.CommandText = "SELECT seq, part FROM sent";
            using var rows = sent.ExecuteReader();
            while (rows.Read())
            {
                _sentParts.GetOrAdd(rows.GetInt64(0), _ => new HashSet<string>(StringComparer.Ordinal)).Add(rows.GetString(1));
            }
        }

        // A thread of its own: each commit blocks in fsync, and on a 2-core host the thread pool has only two threads to spare.
        _writer = Task.Factory.StartNew(Write, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The database file.</summary>
    public string FilePath => _connection.DataSource;

    /// <inheritdoc />
    public bool IsDurable => true;

    /// <summary>
    /// Opens (creating when missing) <c>inbox.db</c> in <paramref name="folder"/>. Fails with <see cref="InvalidOperationException"/>
    /// when another host holds the file.
    /// </summary>
    public static SqliteInbox Open(string folder, TimeProvider time, ILogger logger, InboxSync synchronous = InboxSync.Full)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            // The inbox holds the text of messages not yet answered: the folder is its owner's only.
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var path = Path.Combine(folder, "inbox.db");
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false, // closing must release the file (and its exclusive lock)
            DefaultTimeout = 1, // seconds Microsoft.Data.Sqlite keeps retrying a locked file
        }.ToString());
        try
        {
            connection.Open();
            using (var pragmas = connection.CreateCommand())
            {
                pragmas.CommandText = "PRAGMA busy_timeout = 1000; PRAGMA locking_mode = EXCLUSIVE; PRAGMA journal_mode = WAL; PRAGMA synchronous = "
                    + (synchronous == InboxSync.Normal ? "NORMAL;" : "FULL;");
                pragmas.ExecuteNonQuery();
            }

            using (var schema = connection.CreateCommand())
            {
                schema.CommandText = "BEGIN IMMEDIATE; " + Schema + " COMMIT;"; // the write takes the exclusive lock now
                schema.ExecuteNonQuery();
            }
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
        {
            connection.Dispose();
            throw new InvalidOperationException($"The inbox {path} is held by another host; give each host its own Data:Path.", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new SqliteInbox(connection, time, logger);
    }

    /// <inheritdoc />
    public async Task<InboxEntry?> TryAddAsync(string partition, string payload, string? dedupeKey, TimeSpan dedupeWindow, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var operation = new Operation(OperationKind.Add)
        {
            Partition = partition,
            Payload = payload,
            Key = dedupeKey,
            Now = now,
            Expires = now + dedupeWindow,
        };
        return (InboxEntry?)await RunAsync(operation).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<InboxEntry>> ClaimPendingAsync(CancellationToken cancellationToken) =>
        Interlocked.Exchange(ref _claimed, 1) == 1
            ? [] // one host per file: everything was handed over at start
            : (IReadOnlyList<InboxEntry>)(await RunAsync(new Operation(OperationKind.ReadAll)).ConfigureAwait(false))!;

    /// <inheritdoc />
    public Task CompleteAsync(InboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var sequence = Parse(entry.Id);
        _sentParts.TryRemove(sequence, out _);
        Queue(new Operation(OperationKind.Complete) { Sequence = sequence });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<bool> WasSentAsync(InboxEntry entry, string part, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!_sentParts.TryGetValue(Parse(entry.Id), out var parts))
        {
            return Task.FromResult(false);
        }

        lock (parts)
        {
            return Task.FromResult(parts.Contains(part));
        }
    }

    /// <inheritdoc />
    public Task MarkSentAsync(InboxEntry entry, string part, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var sequence = Parse(entry.Id);
        var parts = _sentParts.GetOrAdd(sequence, _ => new HashSet<string>(StringComparer.Ordinal));
        lock (parts)
        {
            parts.Add(part);
        }

        Queue(new Operation(OperationKind.MarkSent) { Sequence = sequence, Part = part });
        return Task.CompletedTask;
    }

    /// <summary>Waits until everything queued so far is committed (tests, and before reading the file elsewhere).</summary>
    public Task FlushAsync() => RunAsync(new Operation(OperationKind.Flush));

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _operations.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
        foreach (var command in new[] { _claim, _insert, _delete, _deleteSent, _markSent, _sweep })
        {
            command.Dispose();
        }

        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    private static long Parse(string id) => long.Parse(id, NumberStyles.None, CultureInfo.InvariantCulture);

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private void Queue(Operation operation)
    {
        operation.Done.Task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default); // failures are logged by the writer
        ObjectDisposedException.ThrowIf(!_operations.Writer.TryWrite(operation), this);
    }

    private Task<object?> RunAsync(Operation operation)
    {
        ObjectDisposedException.ThrowIf(!_operations.Writer.TryWrite(operation), this);

        return operation.Done.Task;
    }

    private void Write()
    {
        var batch = new List<Operation>(MaxBatch);
        var reader = _operations.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            var results = new object?[batch.Count];
            var errors = new Exception?[batch.Count];
            try
            {
                using var transaction = _connection.BeginTransaction();
                foreach (var command in new[] { _claim, _insert, _delete, _deleteSent, _markSent, _sweep })
                {
                    command.Transaction = transaction;
                }

                for (var i = 0; i < batch.Count; i++)
                {
                    try
                    {
                        results[i] = Execute(batch[i]);
                    }
                    catch (SqliteException ex)
                    {
                        errors[i] = ex;
                    }
                }

                SweepNowAndThen();
                transaction.Commit();
            }
            catch (SqliteException ex)
            {
                LogCommitFailed(_logger, ex.SqliteErrorCode, ex.Message);
                foreach (var operation in batch)
                {
                    operation.Done.TrySetException(ex);
                }

                continue;
            }

            for (var i = 0; i < batch.Count; i++)
            {
                if (errors[i] is { } error)
                {
                    batch[i].Done.TrySetException(error);
                }
                else
                {
                    batch[i].Done.TrySetResult(results[i]);
                }
            }
        }
    }

    private object? Execute(Operation operation)
    {
        switch (operation.Kind)
        {
            case OperationKind.Add:
                if (operation.Key is not null)
                {
                    _claim.Parameters[0].Value = operation.Key;
                    _claim.Parameters[1].Value = operation.Expires.ToUnixTimeMilliseconds();
                    _claim.Parameters[2].Value = operation.Now.ToUnixTimeMilliseconds();
                    if (_claim.ExecuteNonQuery() == 0)
                    {
                        return null; // claimed before, within the window: a repeated delivery
                    }
                }

                _insert.Parameters[0].Value = operation.Partition;
                _insert.Parameters[1].Value = operation.Payload;
                _insert.Parameters[2].Value = operation.Now.ToUnixTimeMilliseconds();
                var sequence = (long)_insert.ExecuteScalar()!;
                _writesSinceSweep++;
                return new InboxEntry(sequence.ToString(CultureInfo.InvariantCulture), operation.Partition!, operation.Payload!, operation.Now);
            case OperationKind.Complete:
                _delete.Parameters[0].Value = operation.Sequence;
                _delete.ExecuteNonQuery();
                _deleteSent.Parameters[0].Value = operation.Sequence;
                _deleteSent.ExecuteNonQuery();
                return null;
            case OperationKind.MarkSent:
                _markSent.Parameters[0].Value = operation.Sequence;
                _markSent.Parameters[1].Value = operation.Part;
                _markSent.ExecuteNonQuery();
                return null;
            case OperationKind.Flush:
                return null;
            case OperationKind.ReadAll:
                var entries = new List<InboxEntry>();
                using (var read = _connection.CreateCommand())
                {
                    read.Transaction = _claim.Transaction;
                    read.CommandText = "SELECT seq, partition, payload, added FROM inbox ORDER BY seq";
                    using var rows = read.ExecuteReader();
                    while (rows.Read())
                    {
                        entries.Add(new InboxEntry(
                            rows.GetInt64(0).ToString(CultureInfo.InvariantCulture),
                            rows.GetString(1),
                            rows.GetString(2),
                            DateTimeOffset.FromUnixTimeMilliseconds(rows.GetInt64(3))));
                    }
                }

                return entries;
            default:
                throw new InvalidOperationException(operation.Kind.ToString());
        }
    }

    private void SweepNowAndThen()
    {
        if (_writesSinceSweep < 10_000)
        {
            return;
        }

        _writesSinceSweep = 0;
        _sweep.Parameters[0].Value = _time.GetUtcNow().ToUnixTimeMilliseconds();
        _sweep.ExecuteNonQuery();
    }

    private enum OperationKind
    {
        Add,
        Complete,
        MarkSent,
        Flush,
        ReadAll,
    }

    private sealed class Operation(OperationKind kind)
    {
        public OperationKind Kind { get; } = kind;

        public TaskCompletionSource<object?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string? Partition { get; init; }

        public string? Payload { get; init; }

        public string? Key { get; init; }

        public DateTimeOffset Now { get; init; }

        public DateTimeOffset Expires { get; init; }

        public long Sequence { get; init; }

        public string? Part { get; init; }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbox commit failed (SQLite error {Code}): {Error}")]
    private static partial void LogCommitFailed(ILogger logger, int code, string error);
}
