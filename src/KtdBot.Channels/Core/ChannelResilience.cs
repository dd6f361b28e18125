using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace KtdBot.Channels.Core;

/// <summary>
/// The Polly pipeline of the channels' HttpClients (Bot API, Zalo OA): a short timeout per request, so a hung API
/// never holds a chat's worker for long, and a few quick retries with jittered back-off only where the request surely
/// did not take effect (the connection failed, or a gateway answered 502/503/504). 429s and timeouts are not retried
/// here: the turn queue retries the chat later, honouring retry_after, for minutes, while other chats go on.
/// </summary>
public static class ChannelResilience
{
    /// <summary>Adds total timeout → retry → per-attempt timeout to <paramref name="builder"/>.</summary>
    public static ResiliencePipelineBuilder<HttpResponseMessage> AddChannelStrategies(
        this ResiliencePipelineBuilder<HttpResponseMessage> builder, int attempts, TimeSpan attemptTimeout)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddTimeout(attemptTimeout * Math.Max(1, attempts) + TimeSpan.FromSeconds(attempts));
        if (attempts > 1)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = attempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(IsSafeToRetry(args.Outcome)),
            });
        }

        builder.AddTimeout(attemptTimeout);
        return builder;
    }

    /// <summary>A handler chain for a client built outside IHttpClientFactory (the Bot API client, whose URLs hold the token).</summary>
    public static HttpMessageHandler CreateHandler(int attempts, TimeSpan attemptTimeout)
    {
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>().AddChannelStrategies(attempts, attemptTimeout).Build();
        return new ResilienceHandler(pipeline)
        {
            InnerHandler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), ConnectTimeout = TimeSpan.FromSeconds(5) },
        };
    }

    private static bool IsSafeToRetry(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } } => true,
        { Exception: TimeoutRejectedException } => false, // the API may have taken it: retried later by the queue, not at once
        { Result.StatusCode: HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout } => true,
        _ => false,
    };
}
