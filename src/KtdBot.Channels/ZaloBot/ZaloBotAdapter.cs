using KtdBot.Answering;
using KtdBot.Channels.Core;
using Microsoft.Extensions.Logging;

namespace KtdBot.Channels.ZaloBot;

/// <summary>
/// The Zalo Bot Platform's outgoing side: plain text with numbered sources and the suggestions as a numbered list
/// (the platform has no buttons), split under 2000 characters; each part sent is recorded, so a retry sends only
/// what is missing. 429, 5xx, 403 ("internal server error" in Zalo's table), 408, network failures and timeouts throw
/// <see cref="ChannelUnavailableException"/> and the turn queue retries the chat later; 401 (token wrong or reset),
/// 400 and 404 are logged once and the reply dropped.
/// </summary>
public sealed partial class ZaloBotAdapter(ZaloBotClient client, ILogger<ZaloBotAdapter> logger) : IChannelAdapter
{
    /// <summary>The longest text one message may carry (1–2000 characters, counted in UTF-16 units to be safe).</summary>
    public const int MessageLimit = 2000;

    /// <inheritdoc />
    public string Channel => ChannelNames.ZaloBot;

    /// <inheritdoc />
    public bool RepliesInline => false;

    /// <inheritdoc />
    public bool NumbersSuggestions => true;

    /// <inheritdoc />
    public async Task SendAsync(TurnContext turn, Answer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(answer);
        var parts = TextSplitter.Split(PlainReply.WithNumberedSuggestions(answer, turn.ChosenSuggestion), MessageLimit);
        await turn.SendPartsAsync(parts, (_, part, ct) => SendPartAsync(turn.Activity.ChatId, part, ct), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task SendTypingAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var response = await client.SendTypingAsync(turn.Activity.ChatId, cancellationToken).ConfigureAwait(false);
        if (!response.Ok)
        {
            LogTypingRefused(logger, response.ErrorCode);
        }
    }

    private async Task<bool> SendPartAsync(string chatId, string text, CancellationToken cancellationToken)
    {
        ZaloBotResponse response;
        try
        {
            response = await client.SendMessageAsync(chatId, text, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw new ChannelUnavailableException(ex.GetType().Name, null, ex); // the network, or a timeout after the client's quick retries
        }

        switch (response.Failure)
        {
            case ZaloBotFailure.None:
                return true;
            case ZaloBotFailure.Timeout or ZaloBotFailure.Transient:
                throw new ChannelUnavailableException($"zalobot {response.ErrorCode}", response.ErrorCode == 429 ? TimeSpan.FromSeconds(2) : null);
            case ZaloBotFailure.Unauthorized:
                LogUnauthorized(logger);
                return false;
            default:
                LogDropped(logger, response.ErrorCode, response.Description ?? string.Empty);
                return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Zalo Bot reply dropped: the API refused the bot token (401); set ZaloBot:BotToken to the bot's current token")]
    private static partial void LogUnauthorized(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo Bot reply dropped: error {ErrorCode} {Description}")]
    private static partial void LogDropped(ILogger logger, int errorCode, string description);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Zalo Bot typing indicator refused: error {ErrorCode}")]
    private static partial void LogTypingRefused(ILogger logger, int errorCode);
}
