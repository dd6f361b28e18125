using System.Globalization;
using KtdBot.Answering;
using KtdBot.Channels.Core;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace KtdBot.Channels.Telegram;

/// <summary>
/// Telegram's outgoing side: answers as HTML split under 4096 characters, the first part quoting the question in groups,
/// the suggestions as inline buttons under the last part (<see cref="TelegramSuggestionButtons"/>); a button press is
/// acknowledged (answerCallbackQuery) before it is answered.
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
        var buttons = TelegramSuggestionButtons.For(answer);
        var parts = TelegramHtml.Split(TelegramHtml.Format(answer, listSuggestions: buttons is null, turn.ChosenSuggestion));
        var plain = false;
        await turn.SendPartsAsync(parts, async (i, part, ct) =>
        {
            var quote = i == 0 && activity.IsGroup && activity.MessageId is { } id
                ? new ReplyParameters { MessageId = (int)id, AllowSendingWithoutReply = true }
                : null;
            var message = new OutgoingMessage(chatId, plain ? Plain(part) : part, plain ? ParseMode.None : ParseMode.Html, quote, activity.ThreadId, i == parts.Count - 1 ? buttons : null);
            var sent = await SendPartAsync(message, ct).ConfigureAwait(false);
            if (sent == SendResult.Rejected)
            {
                // Telegram could not parse the HTML: send this part and the rest as plain text rather than nothing
                // (the parts already sent are not repeated).
                plain = true;
                sent = await SendPartAsync(message with { Text = Plain(part), Mode = ParseMode.None }, ct).ConfigureAwait(false);
            }

            return sent == SendResult.Sent;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task AcknowledgeChoiceAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Activity.CallbackId is { } id)
        {
            await bot.Client.AnswerCallbackQuery(id, cancellationToken: cancellationToken).ConfigureAwait(false);
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

    private async Task<SendResult> SendPartAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var mode = message.Mode;
        try
        {
            await bot.Client.SendMessage(message.ChatId, message.Text, mode, message.Quote, message.Buttons, NoPreview, message.ThreadId, cancellationToken: cancellationToken).ConfigureAwait(false);
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

    /// <summary>One sendMessage: the part, how it is parsed, what it quotes, and the suggestion buttons (on the last part).</summary>
    private sealed record OutgoingMessage(long ChatId, string Text, ParseMode Mode, ReplyParameters? Quote, int? ThreadId, InlineKeyboardMarkup? Buttons);

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
