using KtdBot.Sqlite;
using KtdBot.State;
using Microsoft.Extensions.Logging.Abstractions;

namespace KtdBot.Host.Tests.State;

/// <summary>The SQLite inbox against a real file: what is written survives closing it; delivery ids are remembered as long.</summary>
public sealed class SqliteInboxTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ktdbot-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task KeepsPendingEntriesInOrderAcrossReopeningAndForgetsCompletedOnes()
    {
        await using (var inbox = SqliteInbox.Open(_folder, TimeProvider.System, NullLogger.Instance))
        {
            var a = await inbox.TryAddAsync("telegram:1", "{\"n\":1}", "telegram:101", TimeSpan.FromHours(1), default);
            var b = await inbox.TryAddAsync("telegram:2", "{\"n\":2}", "telegram:102", TimeSpan.FromHours(1), default);
            var c = await inbox.TryAddAsync("telegram:1", "{\"n\":3}", null, TimeSpan.FromHours(1), default);
            Assert.NotNull(a);
            Assert.NotNull(b);
            Assert.NotNull(c);
            await inbox.MarkSentAsync(b!, "0.0", default);
            await inbox.CompleteAsync(a!, default);
            await inbox.FlushAsync();
            Assert.True(File.Exists(Path.Combine(_folder, "inbox.db-wal")), "WAL mode");
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_folder)); // unanswered messages: owner only
            }
        }

        await using var reopened = SqliteInbox.Open(_folder, TimeProvider.System, NullLogger.Instance);
        var pending = await reopened.ClaimPendingAsync(default);
        Assert.Equal(["{\"n\":2}", "{\"n\":3}"], pending.Select(e => e.Payload));
        Assert.True(await reopened.WasSentAsync(pending[0], "0.0", default));
        Assert.False(await reopened.WasSentAsync(pending[0], "0.1", default));
        Assert.Null(await reopened.TryAddAsync("telegram:1", "{}", "telegram:101", TimeSpan.FromHours(1), default)); // a redelivery after the restart
    }

    [Fact]
    public async Task ClaimsADeliveryIdOnceWithinTheWindowEvenUnderConcurrency()
    {
        var time = new KtdBot.Host.Tests.Support.ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var inbox = SqliteInbox.Open(_folder, time, NullLogger.Instance);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => inbox.TryAddAsync("zalo:u", "{}", "zalo:m1", TimeSpan.FromMinutes(1), default)));
        Assert.Single(results, r => r is not null);

        time.Advance(TimeSpan.FromMinutes(2)); // the window is over: the id may be claimed again
        Assert.NotNull(await inbox.TryAddAsync("zalo:u", "{}", "zalo:m1", TimeSpan.FromMinutes(1), default));
    }

    [Fact]
    public async Task RefusesASecondHostOnTheSameFile()
    {
        await using var first = SqliteInbox.Open(_folder, TimeProvider.System, NullLogger.Instance);
        var error = Assert.Throws<InvalidOperationException>(() => SqliteInbox.Open(_folder, TimeProvider.System, NullLogger.Instance));
        Assert.Contains("Data:Path", error.Message, StringComparison.Ordinal);
    }
}
