using KtdBot.Channels.Core;
using KtdBot.Channels.State;
using KtdBot.Channels.Web;
using KtdBot.Host.Tests.Support;
using Microsoft.Extensions.Options;

namespace KtdBot.Host.Tests.Channels;

public sealed class InMemoryStateTests
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2025, 1, 9, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task DeduplicatorClaimsOnceUntilTheWindowEnds()
    {
        var dedupe = new InMemoryDeduplicator(Options.Create(new ChannelOptions()), _time);

        var claims = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => dedupe.TryClaimAsync("telegram:1", TimeSpan.FromMinutes(5), default))));
        Assert.Equal(1, claims.Count(c => c));

        _time.Advance(TimeSpan.FromMinutes(4));
        Assert.False(await dedupe.TryClaimAsync("telegram:1", TimeSpan.FromMinutes(5), default));
        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await dedupe.TryClaimAsync("telegram:1", TimeSpan.FromMinutes(5), default));
    }

    [Fact]
    public async Task DeduplicatorForgetsTheOldestBeyondItsBound()
    {
        var dedupe = new InMemoryDeduplicator(Options.Create(new ChannelOptions { DedupeMaxEntries = 1000 }), _time);
        for (var i = 0; i < 1500; i++)
        {
            Assert.True(await dedupe.TryClaimAsync($"zalo:{i}", TimeSpan.FromHours(1), default));
        }

        Assert.True(await dedupe.TryClaimAsync("zalo:0", TimeSpan.FromHours(1), default)); // forgotten
        Assert.False(await dedupe.TryClaimAsync("zalo:1499", TimeSpan.FromHours(1), default)); // remembered
    }

    [Fact]
    public async Task RateLimiterCountsInFixedWindowsPerKey()
    {
        var limiter = new InMemoryRateLimiter(_time);

        Assert.Equal(1, await limiter.HitAsync("u1", TimeSpan.FromMinutes(1), default));
        Assert.Equal(2, await limiter.HitAsync("u1", TimeSpan.FromMinutes(1), default));
        Assert.Equal(1, await limiter.HitAsync("u2", TimeSpan.FromMinutes(1), default));
        _time.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(1, await limiter.HitAsync("u1", TimeSpan.FromMinutes(1), default));
    }

    [Theory]
    [InlineData("wh-secret", "wh-secret", true)]
    [InlineData("wh-secreT", "wh-secret", false)]
    [InlineData("wh-secre", "wh-secret", false)]
    [InlineData("", "wh-secret", false)]
    [InlineData(null, "wh-secret", false)]
    public void SecretsCompareExactly(string? presented, string expected, bool equal) =>
        Assert.Equal(equal, SecretComparer.FixedTimeEquals(presented, expected));
}
