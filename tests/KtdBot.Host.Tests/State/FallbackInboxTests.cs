using KtdBot.State;
using Microsoft.Extensions.Logging.Abstractions;

namespace KtdBot.Host.Tests.State;

/// <summary>The shared inbox with the local one behind it: an outage of the shared one loses nothing and refuses nothing.</summary>
public sealed class FallbackInboxTests
{
    [Fact]
    public async Task WritesLocallyWhileTheSharedInboxFailsAndRoutesEachEntryBackToWhereItIs()
    {
        var shared = new SwitchableInbox();
        var local = new MemoryInbox(TimeProvider.System);
        var inbox = new FallbackInbox(shared, local, TimeSpan.FromMilliseconds(200), TimeProvider.System, NullLogger<FallbackInbox>.Instance);

        var before = await inbox.TryAddAsync("telegram:1", "a", "telegram:1", TimeSpan.FromMinutes(1), default);
        shared.Down = true;
        var during = await inbox.TryAddAsync("telegram:2", "b", "telegram:2", TimeSpan.FromMinutes(1), default);

        Assert.StartsWith("r:", before!.Id, StringComparison.Ordinal);
        Assert.StartsWith("l:", during!.Id, StringComparison.Ordinal);
        Assert.Equal(1, local.Count);
        await inbox.MarkSentAsync(during, "0.0", default);
        Assert.True(await inbox.WasSentAsync(during, "0.0", default));
        Assert.False(await inbox.WasSentAsync(before, "0.0", default)); // the shared one is down: cannot tell, so not sent

        await inbox.CompleteAsync(during, default);
        Assert.Equal(0, local.Count);
    }

    [Fact]
    public async Task ASharedWriteThatLandsAfterTheTimeoutIsRemovedSoTheEntryIsAnsweredOnce()
    {
        var shared = new SwitchableInbox { Delay = TimeSpan.FromMilliseconds(300) };
        var local = new MemoryInbox(TimeProvider.System);
        var inbox = new FallbackInbox(shared, local, TimeSpan.FromMilliseconds(50), TimeProvider.System, NullLogger<FallbackInbox>.Instance);

        var entry = await inbox.TryAddAsync("telegram:3", "c", "telegram:3", TimeSpan.FromMinutes(1), default);

        Assert.StartsWith("l:", entry!.Id, StringComparison.Ordinal); // too slow: written locally
        await KtdBot.Host.Tests.Support.Eventually.TrueAsync(() => shared.Completed == 1, "the late shared copy removed");
        Assert.Equal(0, shared.Count);
    }

    /// <summary>A shared inbox that can be switched off (every call then fails as Redis would).</summary>
    private sealed class SwitchableInbox : IInbox
    {
        private readonly MemoryInbox _inner = new(TimeProvider.System);

        public bool Down { get; set; }

        public TimeSpan Delay { get; set; }

        public int Completed { get; private set; }

        public int Count => _inner.Count;

        public bool IsDurable => true;

        public bool IsShared => true;

        public async Task<InboxEntry?> TryAddAsync(string partition, string payload, string? dedupeKey, TimeSpan dedupeWindow, CancellationToken cancellationToken)
        {
            await Task.Delay(Delay, CancellationToken.None); // a slow Redis: the write still lands, late
            return Down ? throw new TimeoutException() : await _inner.TryAddAsync(partition, payload, dedupeKey, dedupeWindow, cancellationToken);
        }

        public Task<IReadOnlyList<InboxEntry>> ClaimPendingAsync(CancellationToken cancellationToken) =>
            Down ? throw new TimeoutException() : _inner.ClaimPendingAsync(cancellationToken);

        public Task CompleteAsync(InboxEntry entry, CancellationToken cancellationToken)
        {
            if (Down)
            {
                throw new TimeoutException();
            }

            Completed++;
            return _inner.CompleteAsync(entry, cancellationToken);
        }

        public Task<bool> WasSentAsync(InboxEntry entry, string part, CancellationToken cancellationToken) =>
            Down ? throw new TimeoutException() : _inner.WasSentAsync(entry, part, cancellationToken);

        public Task MarkSentAsync(InboxEntry entry, string part, CancellationToken cancellationToken) =>
            Down ? throw new TimeoutException() : _inner.MarkSentAsync(entry, part, cancellationToken);
    }
}
