using KtdBot.Channels.Core;
using KtdBot.Channels.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KtdBot.Channels.ZaloBot;

/// <summary>
/// Authenticates Zalo Bot Platform webhook calls: the X-Bot-Api-Secret-Token header must equal
/// <see cref="ZaloBotOptions.WebhookSecret"/> (the secret_token given to setWebhook), compared in constant time.
/// Missing: 401; wrong: 403.
/// </summary>
public sealed class ZaloBotSecretTokenFilter(IOptions<ZaloBotOptions> options, ChannelTelemetry telemetry) : SecretHeaderFilter(telemetry)
{
    /// <summary>The header Zalo sends the secret in.</summary>
    public const string HeaderName = "X-Bot-Api-Secret-Token";

    /// <inheritdoc />
    protected override string Channel => ChannelNames.ZaloBot;

    /// <inheritdoc />
    protected override string Header => HeaderName;

    /// <inheritdoc />
    protected override string ExpectedSecret => options.Value.WebhookSecret;
}

/// <summary>POST /webhooks/zalo-bot once authenticated: read, normalise (wrapped in <c>{ok, result}</c> or not), queue, acknowledge.</summary>
public sealed partial class ZaloBotWebhookHandler(
    ZaloBotProfile profile,
    TurnQueue queue,
    ChannelTelemetry telemetry,
    IOptions<ZaloBotOptions> botOptions,
    IOptions<ChannelOptions> options,
    TimeProvider time,
    ILogger<ZaloBotWebhookHandler> logger)
{
    /// <summary>Private chats need no identity (nothing to strip), so they never wait for getMe.</summary>
    private static readonly ZaloBotIdentity Anonymous = new(null, []);

    /// <summary>200 when queued, repeated or deliberately ignored (an empty body too); 400 malformed; 413 too large; 503 when the queue is full.</summary>
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var body = await RequestBody.ReadAsync(context.Request, options.Value.MaxWebhookBodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            telemetry.Refused(ChannelNames.ZaloBot, "too-large");
            return WebhookResults.TooLarge();
        }

        if (body.Length == 0)
        {
            return WebhookResults.Acknowledged(); // Zalo has been seen to POST an empty body: nothing to answer
        }

        if (ZaloBotUpdate.ReadBody(body) is not { } updates)
        {
            telemetry.Refused(ChannelNames.ZaloBot, "malformed");
            LogMalformed(logger, body.Length);
            return WebhookResults.Malformed();
        }

        var admission = Admission.Duplicate;
        foreach (var update in updates)
        {
            var identity = update.Message?.IsGroup == true ? await profile.GetAsync(context.RequestAborted).ConfigureAwait(false) : Anonymous;
            if (ZaloBotUpdateMapper.Map(update, identity, botOptions.Value.GroupReplies, time.GetUtcNow()) is not { } activity)
            {
                LogIgnored(logger, update.EventName);
                continue;
            }

            admission = await queue.TryEnqueueAsync(activity, context.RequestAborted).ConfigureAwait(false);
            if (admission is Admission.Busy or Admission.Stopping)
            {
                break; // not acknowledged: Zalo may deliver it again
            }
        }

        return WebhookResults.For(admission, context);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Malformed Zalo Bot webhook body ({Bytes} bytes)")]
    private static partial void LogMalformed(ILogger logger, int bytes);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored Zalo Bot event {EventName}")]
    private static partial void LogIgnored(ILogger logger, string eventName);
}
