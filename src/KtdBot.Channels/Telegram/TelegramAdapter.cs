using System.Globalization;
using KtdBot.Answering;
using KtdBot.Channels.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace KtdBot.Channels.Telegram;

/// <summary>
/// Telegram's outgoing side: answers as HTML split under 4096 characters, the first part quoting the question in groups;
/// 429 waits <c>retry_after</c> and retries, transient failures back off, and errors retrying cannot fix (blocked by the
/// user, chat gone) are logged and dropped. If Telegram rejects the HTML, the answer is resent as plain text.
/// </summary>
public sealed partial class TelegramAdapter(TelegramBot bot, IOptions<TelegramOptions> options, TimeProvider time, ILogger<TelegramAdapter> logger) : IChannelAdapter
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    /// <summary>Longest wait honoured for one 429 before the message is given up.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);

    /// <inheritdoc />
    public string Channel => ChannelNames.Telegram;

    /// <inheritdoc />
    public bool RepliesInline => false;

    /// <inheritdoc />
    public async Task SendAsync(TurnContext turn, Answer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(answer);
        var activity = turn.Activity;
        var chatId = long.Parse(activity.ChatId, CultureInfo.InvariantCulture);
        var parts = TelegramHtml.Split(TelegramHtml.Format(answer));
        for (var i = 0; i < parts.Count; i++)
        {
            var quote = i == 0 && activity.IsGroup && activity.MessageId is { } id
                ? new ReplyParameters { MessageId = (int)id, AllowSendingWithoutReply = true }
                : null;
            var sent = await SendPartAsync(chatId, parts[i], ParseMode.Html, quote, activity.ThreadId, cancellationToken).ConfigureAwait(false);
            if (sent == SendResult.Rejected)
            {
                // Telegram could not parse the HTML: send this part and the rest as plain text rather than nothing
                // (the parts already sent are not repeated).
                for (var j = i; j < parts.Count; j++)
                {
                    var plain = System.Net.WebUtility.HtmlDecode(Tags().Replace(parts[j], string.Empty));
                    if (await SendPartAsync(chatId, plain, ParseMode.None, quote, activity.ThreadId, cancellationToken).ConfigureAwait(false) != SendResult.Sent)
                    {
                        return;
                    }

                    quote = null;
                }

                return;
            }

            if (sent == SendResult.Dropped)
            {
                return;
            }
        }
    }

    /// <inheritdoc />
    public async Task SendTypingAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var chatId = long.Parse(turn.Activity.ChatId, CultureInfo.InvariantCulture);
        await bot.Client.SendChatAction(chatId, ChatAction.Typing, turn.Activity.ThreadId, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private async Task<SendResult> SendPartAsync(long chatId, string text, ParseMode mode, ReplyParameters? quote, int? threadId, CancellationToken cancellationToken)
    {
        var attempts = Math.Max(1, options.Value.SendAttempts);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await bot.Client.SendMessage(chatId, text, mode, quote, linkPreviewOptions: NoPreview, messageThreadId: threadId, cancellationToken: cancellationToken).ConfigureAwait(false);
                return SendResult.Sent;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 429)
            {
                var wait = TimeSpan.FromSeconds(Math.Max(1, ex.Parameters?.RetryAfter ?? 1));
                if (attempt >= attempts || wait > MaxRetryAfter)
                {
                    LogGaveUp(logger, "429", attempt);
                    return SendResult.Dropped;
                }

                LogRetryAfter(logger, (int)wait.TotalSeconds);
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 400 && mode == ParseMode.Html && ex.Message.Contains("parse entities", StringComparison.OrdinalIgnoreCase))
            {
                LogHtmlRejected(logger);
                return SendResult.Rejected;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode is >= 400 and < 500)
            {
                // 403 blocked by the user, 400 chat not found …: retrying cannot help.
                LogDropped(logger, ex.ErrorCode, ex.Message);
                return SendResult.Dropped;
            }
            catch (RequestException ex) when (!cancellationToken.IsCancellationRequested)
            {
                // 5xx or the network: back off 1, 2, 4 … seconds.
                if (attempt >= attempts)
                {
                    LogGaveUp(logger, ex.GetType().Name, attempt);
                    return SendResult.Dropped;
                }

                await Task.Delay(TimeSpan.FromSeconds(1 << (attempt - 1)), time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("<[^>]+>")]
    private static partial System.Text.RegularExpressions.Regex Tags();

    private enum SendResult
    {
        Sent,
        Rejected,
        Dropped,
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram asked to wait {Seconds} s (429); retrying")]
    private static partial void LogRetryAfter(ILogger logger, int seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram message dropped after {Attempts} attempts ({Reason})")]
    private static partial void LogGaveUp(ILogger logger, string reason, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram rejected the HTML; resending as plain text")]
    private static partial void LogHtmlRejected(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram message dropped: {ErrorCode} {Description}")]
    private static partial void LogDropped(ILogger logger, int errorCode, string description);
}
