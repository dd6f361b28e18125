using KtdBot.Answering;
using KtdBot.Channels.Core;
using Microsoft.Extensions.Logging;

namespace KtdBot.Channels.Zalo;

/// <summary>
/// Zalo's outgoing side: plain text (with numbered sources) split under 2000 characters, sent as customer-service
/// messages, the suggestions as buttons under the last part (<see cref="ZaloSuggestionButtons"/>; sent again without
/// them if Zalo refuses them with -201); each part sent is recorded, so a retry sends only what is missing. -216 refreshes the token once and
/// retries; -230 (no interaction in 7 days), -305 (48 hours passed), -311 (reply quota), -213 (not following), -211
/// (quota) and other API errors are logged and dropped; -32 (rate limited), HTTP failures and timeouts throw
/// <see cref="ChannelUnavailableException"/> and the turn queue retries the chat later.
/// </summary>
public sealed partial class ZaloAdapter(ZaloClient client, ZaloTokens tokens, ILogger<ZaloAdapter> logger) : IChannelAdapter
{
    /// <summary>Treated as the longest text one message may carry.</summary>
    public const int MessageLimit = 2000;

    /// <inheritdoc />
    public string Channel => ChannelNames.Zalo;

    /// <inheritdoc />
    public bool RepliesInline => false;

    /// <inheritdoc />
    public async Task SendAsync(TurnContext turn, Answer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(answer);
        var buttons = ZaloSuggestionButtons.For(answer);
        var text = buttons.Count > 0 ? PlainReply.WithoutSuggestions(answer, turn.ChosenSuggestion) : AnswerText.Render(answer);
        var parts = TextSplitter.Split(text, MessageLimit);
        await turn.SendPartsAsync(parts, (i, part, ct) => SendPartAsync(turn.Activity.ChatId, part, i == parts.Count - 1 ? buttons : [], ct), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task SendTypingAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask; // the OA API has no typing indicator

    private async Task<bool> SendPartAsync(string userId, string text, IReadOnlyList<ZaloButton> buttons, CancellationToken cancellationToken)
    {
        var refreshed = false;
        while (true)
        {
            ZaloApiResult result;
            var accessToken = await tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                result = await client.SendTextAsync(accessToken, userId, text, buttons, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                throw new ChannelUnavailableException(ex.GetType().Name, null, ex); // HTTP failure or timeout after the client's quick retries
            }

            switch (result.Error)
            {
                case 0:
                    return true;
                case -216 when !refreshed:
                    refreshed = true;
                    if (!await tokens.RefreshAsync(accessToken, cancellationToken).ConfigureAwait(false))
                    {
                        return false;
                    }

                    continue;
                case -201 when buttons.Count > 0:
                    LogButtonsRefused(logger);
                    buttons = []; // the answer matters more than its buttons
                    continue;
                case -32:
                    throw new ChannelUnavailableException("zalo -32 rate limited", TimeSpan.FromSeconds(2));
                case -230 or -305 or -311 or -213 or -211:
                    LogUndeliverable(logger, result.Error, Describe(result.Error));
                    return false;
                default:
                    LogApiError(logger, result.Error, result.Message ?? string.Empty);
                    return false;
            }
        }
    }

    private static string Describe(int error) => error switch
    {
        -230 => "the user has not interacted with the OA in 7 days",
        -305 => "the 48-hour reply window has passed",
        -311 => "the OA is out of reply quota",
        -213 => "the user does not follow the OA",
        -211 => "the OA is out of quota",
        _ => "unknown",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo refused the suggestion buttons (-201); the reply is sent without them")]
    private static partial void LogButtonsRefused(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo reply dropped: error {Error} ({Reason})")]
    private static partial void LogUndeliverable(ILogger logger, int error, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo reply dropped: error {Error} {Message}")]
    private static partial void LogApiError(ILogger logger, int error, string message);
}
