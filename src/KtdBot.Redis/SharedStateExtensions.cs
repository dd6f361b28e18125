using KtdBot.Channels.State;
using KtdBot.Channels.Zalo;
using KtdBot.Channels.Core;
using KtdBot.Conversations;
using KtdBot.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KtdBot.Redis;

/// <summary>Chooses where shared state lives.</summary>
public static class SharedStateExtensions
{
    /// <summary>
    /// With <c>Redis:Connection</c> set, replaces the in-process conversation store, deduplicator, rate limiter and Zalo
    /// token store with Redis ones that fall back to in-process while Redis is down, makes the inbox a Redis stream (with
    /// the local inbox behind it), and adds a <c>redis</c> readiness check. Call after AddKtdBot, AddChannels, AddZalo and AddSqliteInbox.
    /// </summary>
    public static IHostApplicationBuilder AddSharedState(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.SectionName);
        var redis = builder.Configuration.GetSection(RedisOptions.SectionName).Get<RedisOptions>() ?? new RedisOptions();
        if (!redis.Enabled)
        {
            return builder;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RedisConnection>();
        services.TryAddSingleton<RedisFallback>();

        // Each store is Redis first, in-process while Redis is down (RedisFallback).
        services.TryAddSingleton<RedisConversationStore>();
        services.TryAddSingleton<RedisDeduplicator>();
        services.TryAddSingleton<RedisRateLimiter>();
        services.TryAddSingleton(sp => new InMemoryConversationStore(sp.GetRequiredService<IOptions<ConversationOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<InMemoryDeduplicator>();
        services.TryAddSingleton<InMemoryRateLimiter>();
        services.Replace(ServiceDescriptor.Singleton<IConversationStore, FallbackConversationStore>());
        services.Replace(ServiceDescriptor.Singleton<IDeduplicator, FallbackDeduplicator>());
        services.Replace(ServiceDescriptor.Singleton<IRateLimiter, FallbackRateLimiter>());
        services.Replace(ServiceDescriptor.Singleton<IZaloTokenStore, RedisZaloTokenStore>());

        // The inbox: a Redis stream shared by every host, this host's own durable inbox (SQLite) behind it for outages.
        var data = builder.Configuration.GetSection(DataOptions.SectionName).Get<DataOptions>() ?? new DataOptions();
        if (data.Inbox == InboxProvider.Durable)
        {
            services.TryAddSingleton<RedisStreamInbox>();
            services.Replace(ServiceDescriptor.Singleton<IInbox>(sp => new FallbackInbox(
                sp.GetRequiredService<RedisStreamInbox>(),
                sp.GetKeyedService<IInbox>(InboxKeys.Local) ?? new MemoryInbox(sp.GetRequiredService<TimeProvider>()),
                sp.GetRequiredService<IOptions<ChannelOptions>>().Value.StateTimeout,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<FallbackInbox>>())));
        }

        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", failureStatus: HealthStatus.Degraded, tags: ["ready"], timeout: TimeSpan.FromSeconds(1));
        return builder;
    }
}

/// <summary>Readiness: Redis answers PING; when it does not, the host is degraded (state in-process), not down: answers still flow.</summary>
public sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var db = await redis.GetDatabaseAsync().ConfigureAwait(false);
            var latency = await db.PingAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"PING {latency.TotalMilliseconds:0.0} ms");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Degraded("unreachable (" + ex.GetType().Name + "); conversation memory, deduplication and rate limits are in-process");
        }
    }
}
