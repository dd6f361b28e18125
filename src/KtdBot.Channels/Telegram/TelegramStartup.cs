using KtdBot.Channels.Core;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace KtdBot.Channels.Telegram;

/// <summary>
/// At start, in the background: reads the bot's identity and, in webhook mode with <see cref="TelegramOptions.WebhookUrl"/>
/// set, registers the webhook (with the secret token; messages and button presses only). A Bot API that cannot be reached is logged, not fatal.
/// </summary>
public sealed partial class TelegramWebhookRegistration(TelegramBot bot, IOptions<TelegramOptions> options, ILogger<TelegramWebhookRegistration> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled || settings.Mode != TelegramMode.Webhook)
        {
            return;
        }

        await bot.GetIdentityAsync(stoppingToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(settings.WebhookUrl))
        {
            return;
        }

        try
        {
            await bot.Client.SetWebhook(
                settings.WebhookUrl,
                maxConnections: settings.MaxConnections,
                allowedUpdates: [UpdateType.Message, UpdateType.CallbackQuery],
                secretToken: settings.WebhookSecret,
                cancellationToken: stoppingToken).ConfigureAwait(false);
            LogWebhookSet(logger, settings.WebhookUrl);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogWebhookFailed(logger, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram webhook set to {Url}")]
    private static partial void LogWebhookSet(ILogger logger, string url);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram setWebhook failed: {Error}")]
    private static partial void LogWebhookFailed(ILogger logger, string error);
}

/// <summary>
/// Long polling (Telegram:Mode=Polling): deletes any webhook, then getUpdates in a loop. An update is confirmed (the
/// offset moves past it) only once it is queued, and the queue waits for room instead of refusing.
/// </summary>
public sealed partial class TelegramPollingService(
    TelegramBot bot,
    TurnQueue queue,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    /// <summary>Seconds one getUpdates call waits for updates.</summary>
    public const int PollSeconds = 30;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled || options.Value.Mode != TelegramMode.Polling)
        {
            return;
        }

        var offset = 0;
        var failures = 0;
        var webhookDeleted = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!webhookDeleted)
                {
                    await bot.Client.DeleteWebhook(dropPendingUpdates: false, stoppingToken).ConfigureAwait(false);
                    webhookDeleted = true;
                    LogPolling(logger);
                }

                var updates = await bot.PollingClient.GetUpdates(offset, 100, PollSeconds, [UpdateType.Message, UpdateType.CallbackQuery], stoppingToken).ConfigureAwait(false);
                var identity = await bot.GetIdentityAsync(stoppingToken).ConfigureAwait(false);
                foreach (var update in updates)
                {
                    var activity = TelegramUpdateMapper.Map(update, identity);
                    if (activity is not null)
                    {
                        if (await queue.EnqueueAsync(activity, stoppingToken).ConfigureAwait(false) == Admission.Stopping)
                        {
                            return; // not confirmed: Telegram gives it again after the restart
                        }
                    }

                    offset = update.Id + 1;
                }

                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures++;
                var wait = TimeSpan.FromSeconds(Math.Min(30, 1 << Math.Min(failures, 5)));
                if (ex is ApiRequestException { ErrorCode: 429, Parameters.RetryAfter: { } retryAfter })
                {
                    wait = TimeSpan.FromSeconds(retryAfter);
                }

                LogPollFailed(logger, ex.GetType().Name, ex is ApiRequestException api ? api.ErrorCode : 0, (int)wait.TotalSeconds);
                await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram long polling started")]
    private static partial void LogPolling(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram getUpdates failed ({Error} {ErrorCode}); retrying in {Seconds} s")]
    private static partial void LogPollFailed(ILogger logger, string error, int errorCode, int seconds);
}
