using System.Text.Json;
using KtdBot.Channels.Core;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KtdBot.Channels.ZaloBot;

/// <summary>
/// At start, in the background, in webhook mode: reads the bot's identity and, with <see cref="ZaloBotOptions.WebhookUrl"/>
/// set, registers the webhook with the secret token, logging Zalo's verification outcome when it reports one.
/// An API that cannot be reached is logged, not fatal.
/// </summary>
public sealed partial class ZaloBotWebhookRegistration(
    ZaloBotClient client,
    ZaloBotProfile profile,
    IOptions<ZaloBotOptions> options,
    ILogger<ZaloBotWebhookRegistration> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled || settings.Mode != ZaloBotMode.Webhook)
        {
            return;
        }

        await profile.GetAsync(stoppingToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(settings.WebhookUrl))
        {
            return;
        }

        try
        {
            var response = await client.SetWebhookAsync(settings.WebhookUrl, settings.WebhookSecret, stoppingToken).ConfigureAwait(false);
            if (response.Ok)
            {
                LogWebhookSet(logger, settings.WebhookUrl, Outcome(response.Result));
            }
            else
            {
                LogWebhookFailed(logger, response.ErrorCode, response.Description ?? string.Empty);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogWebhookFailed(logger, 0, ex.GetType().Name);
        }
    }

    /// <summary>Zalo tests the URL when it is set (2026 API): its outcome ("webhook.ok", "webhook.http.403" …), else "not reported".</summary>
    private static string Outcome(JsonElement? result)
    {
        if (result is not { ValueKind: JsonValueKind.Object } value)
        {
            return "not reported";
        }

        var verification = value.TryGetProperty("verification", out var nested) && nested.ValueKind == JsonValueKind.Object ? nested : value;
        return verification.TryGetProperty("outcome", out var outcome) && outcome.ValueKind == JsonValueKind.String ? outcome.GetString() ?? "not reported" : "not reported";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Zalo Bot webhook set to {Url} (verification: {Outcome})")]
    private static partial void LogWebhookSet(ILogger logger, string url, string outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Zalo Bot setWebhook failed: {ErrorCode} {Description}")]
    private static partial void LogWebhookFailed(ILogger logger, int errorCode, string description);
}

/// <summary>
/// Long polling (ZaloBot:Mode=Polling): deletes any webhook, then calls getUpdates in a loop, one call at a time. Each
/// call returns one update (or 408 when none came); there is no offset, so an update is Zalo's to forget once returned,
/// and the queue waits for room instead of refusing it (the poll stops the moment the host begins to stop). A refused token (401) stops polling with one log line; other
/// failures back off up to 30 seconds.
/// </summary>
public sealed partial class ZaloBotPollingService(
    ZaloBotClient client,
    ZaloBotProfile profile,
    TurnQueue queue,
    IOptions<ZaloBotOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<ZaloBotPollingService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled || settings.Mode != ZaloBotMode.Polling)
        {
            return;
        }

        // The poll is cut off the moment shutdown begins, so no update is taken that the stopping queue would refuse.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStopping);
        await PollAsync(settings, stopping.Token).ConfigureAwait(false);
    }

    private async Task PollAsync(ZaloBotOptions settings, CancellationToken stoppingToken)
    {

        var failures = 0;
        var webhookDeleted = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            ZaloBotFailure failure;
            var code = 0;
            try
            {
                if (!webhookDeleted)
                {
                    await client.DeleteWebhookAsync(stoppingToken).ConfigureAwait(false);
                    webhookDeleted = true;
                    LogPolling(logger);
                }

                var response = await client.GetUpdatesAsync(settings.PollTimeoutSeconds, stoppingToken).ConfigureAwait(false);
                failure = response.Failure;
                code = response.ErrorCode;
                if (response is { Ok: true, Result: { } result } && !await AdmitAsync(result, settings, stoppingToken).ConfigureAwait(false))
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failure = ZaloBotFailure.Transient;
                LogPollError(logger, ex.GetType().Name);
            }

            switch (failure)
            {
                case ZaloBotFailure.None or ZaloBotFailure.Timeout:
                    failures = 0; // 408: nothing came within the timeout; ask again at once
                    continue;
                case ZaloBotFailure.Unauthorized:
                    LogUnauthorized(logger);
                    return;
                default:
                    failures++;
                    var wait = TimeSpan.FromSeconds(Math.Min(30, 1 << Math.Min(failures - 1, 5)));
                    LogPollFailed(logger, code, (int)wait.TotalSeconds);
                    await Task.Delay(wait, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                    break;
            }
        }
    }

    /// <summary>Queues what one getUpdates returned (one update, or a list); false when the host is stopping.</summary>
    private async Task<bool> AdmitAsync(JsonElement result, ZaloBotOptions settings, CancellationToken stoppingToken)
    {
        if (ZaloBotUpdate.ReadAll(result) is not { } updates)
        {
            LogUnreadable(logger);
            return true;
        }

        foreach (var update in updates)
        {
            var identity = await profile.GetAsync(stoppingToken).ConfigureAwait(false);
            if (ZaloBotUpdateMapper.Map(update, identity, settings.GroupReplies, time.GetUtcNow()) is not { } activity)
            {
                continue;
            }

            if (await queue.EnqueueAsync(activity, stoppingToken).ConfigureAwait(false) == Admission.Stopping)
            {
                LogLostAtShutdown(logger, update.EventName);
                return false;
            }
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Zalo Bot long polling started")]
    private static partial void LogPolling(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo Bot getUpdates failed (error {ErrorCode}); retrying in {Seconds} s")]
    private static partial void LogPollFailed(ILogger logger, int errorCode, int seconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Zalo Bot getUpdates call failed: {Error}")]
    private static partial void LogPollError(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Zalo Bot polling stopped: the API refused the bot token (401); set ZaloBot:BotToken to the bot's current token and restart")]
    private static partial void LogUnauthorized(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo Bot getUpdates returned a result that is not an update; skipped")]
    private static partial void LogUnreadable(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Zalo Bot {EventName} update arrived as the host stopped and is not answered (getUpdates has no offset to give it back)")]
    private static partial void LogLostAtShutdown(ILogger logger, string eventName);
}
