using System.Globalization;
using KtdBot.Answering;
using KtdBot.Channels.Core;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace KtdBot.Channels.Telegram;

/// <summary>
/// Telegram's outgoing side: answers as HTML split under 4096 characters, the first part quoting the question in groups.
/// Each part sent is recorded (<see cref="TurnContext.Delivery"/>), so a retry sends only what is missing. 429, 5xx,
/// network failures and timeouts throw <see cref="ChannelUnavailableException"/> (with retry_after): the queue retries
/// the chat later without holding a worker. Errors retrying cannot fix (blocked by the user, chat gone) are logged and
/// dropped. If Telegram rejects the HTML, the answer is resent as plain text.
/// </summary>
public sealed partial class TelegramAdapter(TelegramBot bot, ILogger<TelegramAdapter> logger) : IChannelAdapter
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

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
        var plain = false;
        for (var i = 0; i < parts.Count; i++)
        {
            var key = turn.PartKey(i);
            if (turn.Delivery is { } record && await record.WasSentAsync(key, cancellationToken).ConfigureAwait(false))
            {
                continue; // sent before a retry or a restart
            }

            var quote = i == 0 && activity.IsGroup && activity.MessageId is { } id
                ? new ReplyParameters { MessageId = (int)id, AllowSendingWithoutReply = true }
                : null;
            var text = plain ? Plain(parts[i]) : parts[i];
            var sent = await SendPartAsync(chatId, text, plain ? ParseMode.None : ParseMode.Html, quote, activity.ThreadId, cancellationToken).ConfigureAwait(false);
            if (sent == SendResult.Rejected)
            {
                // Telegram could not parse the HTML: send this part and the rest as plain text rather than nothing
                // (the parts already sent are not repeated).
                plain = true;
                sent = await SendPartAsync(chatId, Plain(parts[i]), ParseMode.None, quote, activity.ThreadId, cancellationToken).ConfigureAwait(false);
            }

            if (sent != SendResult.Sent)
            {
                return;
            }

            if (turn.Delivery is { } done)
            {
                await done.MarkSentAsync(key, CancellationToken.None).ConfigureAwait(false);
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

    private static string Plain(string html) => System.Net.WebUtility.HtmlDecode(Tags().Replace(html, string.Empty));

    private async Task<SendResult> SendPartAsync(long chatId, string text, ParseMode mode, ReplyParameters? quote, int? threadId, CancellationToken cancellationToken)
    {
        try
        {
            await bot.Client.SendMessage(chatId, text, mode, quote, linkPreviewOptions: NoPreview, messageThreadId: threadId, cancellationToken: cancellationToken).ConfigureAwait(false);
            return SendResult.Sent;
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 429)
        {
            var wait = TimeSpan.FromSeconds(Math.Max(1, ex.Parameters?.RetryAfter ?? 1));
            throw new ChannelUnavailableException("429", wait, ex);
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
        catch (ApiRequestException ex)
        {
            throw new ChannelUnavailableException(ex.ErrorCode.ToString(CultureInfo.InvariantCulture), null, ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The network, a timeout (the per-request timeout of the Bot API client), a hung connection.
            throw new ChannelUnavailableException(ex.GetType().Name, null, ex);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram rejected the HTML; resending as plain text")]
    private static partial void LogHtmlRejected(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram message dropped: {ErrorCode} {Description}")]
    private static partial void LogDropped(ILogger logger, int errorCode, string description);
}
