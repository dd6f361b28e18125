using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace KtdBot.Qdrant.Http;

/// <summary>
/// The Polly pipeline of the Qdrant HttpClient: retry → per-attempt timeout (<see cref="QdrantOptions.Timeout"/>).
/// 429/502/503/504, network errors and timed-out attempts are retried <see cref="QdrantOptions.MaxRetries"/> times with
/// jittered exponential back-off from <see cref="QdrantOptions.RetryBaseDelay"/>; a <c>Retry-After</c> header wins
/// (capped at 30 s). Every Qdrant request is idempotent (writes carry their point ids), so a retry after a timeout is
/// safe. Everything else, and the caller's cancellation, is not retried.
/// </summary>
internal static class QdrantResilience
{
    /// <summary>Set on a request that must report the server's state now, not wait for it to come back (readiness probes).</summary>
    public static readonly HttpRequestOptionsKey<bool> NoRetry = new("KtdBot.Qdrant.NoRetry");

    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    /// <summary>Adds retry → per-attempt timeout to <paramref name="builder"/>.</summary>
    public static ResiliencePipelineBuilder<HttpResponseMessage> AddQdrantStrategies(
        this ResiliencePipelineBuilder<HttpResponseMessage> builder, QdrantOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true, // several bot hosts do not retry in lockstep
                Delay = options.RetryBaseDelay,
                MaxDelay = MaxDelay,
                ShouldRetryAfterHeader = false, // read below, with the Date form and the cap
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, time)),
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
            });
        }

        builder.AddTimeout(options.Timeout);
        return builder;
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        if (context.GetRequestMessage()?.Options.TryGetValue(NoRetry, out var noRetry) == true && noRetry)
        {
            return false;
        }

        return outcome switch
        {
            { Exception: HttpRequestException or IOException or TimeoutRejectedException } => true,
            { Result.StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout } => true,
            _ => false,
        };
    }

    /// <summary>The server's advice, when it gave one; null lets the back-off decide.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time)
    {
        var advised = response?.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow(),
            _ => (TimeSpan?)null,
        };
        return advised is { } wait && wait >= TimeSpan.Zero ? (wait > MaxDelay ? MaxDelay : wait) : null;
    }
}
