using KtdBot.Channels.Core;
using KtdBot.Channels.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KtdBot.Channels.Zalo;

/// <summary>
/// Authenticates Zalo OA events: reads the body (413 over the limit), finds its timestamp by a token scan (400 when
/// there is none), checks X-ZEvent-Signature over the raw bytes in constant time (401 missing, 403 wrong), and only then
/// parses the event (400 when it is not one) and refuses stale or future timestamps (403).
/// The verified event is handed to the endpoint through <see cref="HttpContext.Items"/>.
/// </summary>
public sealed partial class ZaloSignatureFilter(
    IOptions<ZaloOptions> options,
    IOptions<ChannelOptions> channelOptions,
    TimeProvider time,
    ChannelTelemetry telemetry,
    ILogger<ZaloSignatureFilter> logger) : IEndpointFilter
{
    private static readonly object EventKey = new();

    /// <summary>The verified event of this request.</summary>
    public static ZaloEvent? VerifiedEvent(HttpContext context) =>
        context is not null && context.Items.TryGetValue(EventKey, out var value) ? value as ZaloEvent : null;

    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var header = http.Request.Headers[ZaloSignature.HeaderName];
        if (header.Count == 0 || string.IsNullOrWhiteSpace(header[0]))
        {
            telemetry.Refused(ChannelNames.Zalo, "missing-signature");
            return WebhookResults.MissingCredentials();
        }

        var body = await RequestBody.ReadAsync(http.Request, channelOptions.Value.MaxWebhookBodyBytes, http.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            telemetry.Refused(ChannelNames.Zalo, "too-large");
            return WebhookResults.TooLarge();
        }

        if (ZaloEvent.ReadTimestamp(body) is not { } timestamp)
        {
            telemetry.Refused(ChannelNames.Zalo, "malformed");
            LogMalformed(logger, body.Length);
            return WebhookResults.Malformed();
        }

        var settings = options.Value;
        if (header.Count != 1 || !ZaloSignature.Verify(header[0], settings.AppId, body, timestamp, settings.OaSecretKey))
        {
            telemetry.Refused(ChannelNames.Zalo, "wrong-signature");
            return WebhookResults.Forbidden();
        }

        if (ZaloEvent.TryParse(body) is not { } zaloEvent || zaloEvent.Timestamp != timestamp)
        {
            telemetry.Refused(ChannelNames.Zalo, "malformed");
            LogMalformed(logger, body.Length);
            return WebhookResults.Malformed();
        }

        if (zaloEvent.At is not { } at || (time.GetUtcNow() - at).Duration() > settings.MaxEventAge)
        {
            telemetry.Refused(ChannelNames.Zalo, "stale");
            LogStale(logger, zaloEvent.EventName);
            return WebhookResults.Forbidden();
        }

        http.Items[EventKey] = zaloEvent;
        return await next(context).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Malformed Zalo webhook body ({Bytes} bytes)")]
    private static partial void LogMalformed(ILogger logger, int bytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a correctly signed but stale Zalo {EventName} event (replay?)")]
    private static partial void LogStale(ILogger logger, string eventName);
}

/// <summary>POST /webhooks/zalo once verified: text and follow events are queued; everything else is acknowledged and ignored.</summary>
public sealed partial class ZaloWebhookHandler(TurnQueue queue, ILogger<ZaloWebhookHandler> logger)
{
    /// <summary>200 when queued or ignored; 503 when the queue is full or the host is stopping.</summary>
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var zaloEvent = ZaloSignatureFilter.VerifiedEvent(context);
        var activity = zaloEvent?.ToActivity();
        if (activity is null)
        {
            LogIgnored(logger, zaloEvent?.EventName ?? "(none)");
            return WebhookResults.Acknowledged();
        }

        return WebhookResults.For(await queue.TryEnqueueAsync(activity, context.RequestAborted).ConfigureAwait(false), context);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored Zalo event {EventName}")]
    private static partial void LogIgnored(ILogger logger, string eventName);
}
