using System.Text.Json;
using KtdBot.Channels.Core;
using KtdBot.Channels.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace KtdBot.Channels.Telegram;

/// <summary>
/// Authenticates Telegram webhook calls: the X-Telegram-Bot-Api-Secret-Token header must equal
/// <see cref="TelegramOptions.WebhookSecret"/>, compared in constant time. Missing: 401; wrong: 403.
/// </summary>
public sealed class TelegramSecretTokenFilter(IOptions<TelegramOptions> options, ChannelTelemetry telemetry) : SecretHeaderFilter(telemetry)
{
    /// <summary>The header Telegram sends the secret in.</summary>
    public const string HeaderName = "X-Telegram-Bot-Api-Secret-Token";

    /// <inheritdoc />
    protected override string Channel => ChannelNames.Telegram;

    /// <inheritdoc />
    protected override string Header => HeaderName;

    /// <inheritdoc />
    protected override string ExpectedSecret => options.Value.WebhookSecret;
}

/// <summary>POST /webhooks/telegram once authenticated: read, normalise, queue, acknowledge.</summary>
public sealed partial class TelegramWebhookHandler(
    TelegramBot bot,
    TurnQueue queue,
    ChannelTelemetry telemetry,
    IOptions<ChannelOptions> options,
    ILogger<TelegramWebhookHandler> logger)
{
    /// <summary>200 when queued or deliberately ignored; 400 malformed; 413 too large; 503 when the queue is full (Telegram redelivers).</summary>
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var body = await RequestBody.ReadAsync(context.Request, options.Value.MaxWebhookBodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            telemetry.Refused(ChannelNames.Telegram, "too-large");
            return WebhookResults.TooLarge();
        }

        Update? update;
        try
        {
            update = JsonSerializer.Deserialize<Update>(body, JsonBotAPI.Options);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            update = null; // not JSON, not UTF-8, wrong types, a date out of range …
        }

        if (update is null || body.Length == 0)
        {
            telemetry.Refused(ChannelNames.Telegram, "malformed");
            LogMalformed(logger, body.Length);
            return WebhookResults.Malformed();
        }

        var identity = await bot.GetIdentityAsync(context.RequestAborted).ConfigureAwait(false);
        var activity = TelegramUpdateMapper.Map(update, identity);
        if (activity is null)
        {
            LogIgnored(logger, update.Id, update.Type.ToString());
            return WebhookResults.Acknowledged();
        }

        return WebhookResults.For(await queue.TryEnqueueAsync(activity, context.RequestAborted).ConfigureAwait(false), context);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Malformed Telegram webhook body ({Bytes} bytes)")]
    private static partial void LogMalformed(ILogger logger, int bytes);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored Telegram update {UpdateId} ({UpdateType})")]
    private static partial void LogIgnored(ILogger logger, int updateId, string updateType);
}
