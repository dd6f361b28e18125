using KtdBot.Answering;
using KtdBot.Channels.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KtdBot.Channels.Zalo;

/// <summary>
/// Zalo's outgoing side: plain text (with numbered sources) split under 2000 characters, sent as customer-service
/// messages. -216 refreshes the token once and retries; -230 (no interaction in 7 days), -305 (48 hours passed), -311 (reply
/// quota), -213 (not following), -211 (quota) and other API errors are logged and dropped; -32 (rate limited) and HTTP
/// failures are retried a bounded number of times.
/// </summary>
public sealed partial class ZaloAdapter(ZaloClient client, ZaloTokens tokens, IOptions<ZaloOptions> options, TimeProvider time, ILogger<ZaloAdapter> logger) : IChannelAdapter
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
        foreach (var part in TextSplitter.Split(AnswerText.Render(answer), MessageLimit))
        {
            if (!await SendPartAsync(turn.Activity.ChatId, part, cancellationToken).ConfigureAwait(false))
            {
                return; // the rest would fail the same way
            }
        }
    }

    /// <inheritdoc />
    public Task SendTypingAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask; // the OA API has no typing indicator

    private async Task<bool> SendPartAsync(string userId, string text, CancellationToken cancellationToken)
    {
        var attempts = Math.Max(1, options.Value.SendAttempts);
        var refreshed = false;
        for (var attempt = 1; ; attempt++)
        {
            ZaloApiResult result;
            var accessToken = await tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                result = await client.SendTextAsync(accessToken, userId, text, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                if (attempt >= attempts)
                {
                    LogGaveUp(logger, ex.GetType().Name, attempt);
                    return false;
                }

                await Task.Delay(TimeSpan.FromSeconds(1 << (attempt - 1)), time, cancellationToken).ConfigureAwait(false);
                continue;
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

                    attempt--; // the refresh is not a failed attempt
                    continue;
                case -32 when attempt < attempts:
                    await Task.Delay(TimeSpan.FromSeconds(1 << attempt), time, cancellationToken).ConfigureAwait(false);
                    continue;
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo reply dropped: error {Error} ({Reason})")]
    private static partial void LogUndeliverable(ILogger logger, int error, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo reply dropped: error {Error} {Message}")]
    private static partial void LogApiError(ILogger logger, int error, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo reply dropped after {Attempts} attempts ({Reason})")]
    private static partial void LogGaveUp(ILogger logger, string reason, int attempts);
}
