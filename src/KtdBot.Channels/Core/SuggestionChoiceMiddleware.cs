using KtdBot.Channels.State;
using Microsoft.Extensions.Logging;

namespace KtdBot.Channels.Core;

/// <summary>
/// Suggestions the user chooses. A button press (Telegram callback query) is acknowledged first, and its suggestion is
/// the question. On a channel without buttons (<see cref="IChannelAdapter.NumbersSuggestions"/>) a reply of just a
/// number asks the suggestion listed under that number, and the suggestions listed under this turn's answer are
/// remembered for the next one. A memory that fails never fails the turn: the number is then answered as typed.
/// </summary>
public sealed partial class SuggestionChoiceMiddleware(ISuggestionMemory memory, ILogger<SuggestionChoiceMiddleware> logger) : ITurnMiddleware
{
    /// <inheritdoc />
    public async Task OnTurnAsync(TurnContext turn, Func<CancellationToken, Task> continueTurn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(continueTurn);
        var activity = turn.Activity;
        if (activity.CallbackId is not null)
        {
            await AcknowledgeAsync(turn, cancellationToken).ConfigureAwait(false);
            turn.ChosenSuggestion = turn.Question;
        }

        var numbered = turn.Adapter.NumbersSuggestions && activity.Type == ActivityType.Message && activity.ConversationId.Length > 0;
        if (numbered && NumberedSuggestions.TryReadChoice(turn.Question, out var number))
        {
            var offered = await RecallAsync(activity, cancellationToken).ConfigureAwait(false);
            if (number <= offered.Count)
            {
                turn.Question = offered[number - 1];
                turn.ChosenSuggestion = offered[number - 1];
            }
        }

        await continueTurn(cancellationToken).ConfigureAwait(false);

        if (numbered && turn.Sent.LastOrDefault(a => a.Suggestions.Count > 0) is { } answer)
        {
            await RememberAsync(activity, NumberedSuggestions.Shown(answer)).ConfigureAwait(false);
        }
    }

    private async Task AcknowledgeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            await turn.Adapter.AcknowledgeChoiceAsync(turn, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogAcknowledgeFailed(logger, turn.Activity.Channel, ex.GetType().Name); // the spinner stops by itself; the answer still goes out
        }
    }

    private async Task<IReadOnlyList<string>> RecallAsync(ChannelActivity activity, CancellationToken cancellationToken)
    {
        try
        {
            return await memory.RecallAsync(activity.ConversationId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogMemoryFailed(logger, activity.Channel, ex.GetType().Name);
            return [];
        }
    }

    private async Task RememberAsync(ChannelActivity activity, IReadOnlyList<string> shown)
    {
        try
        {
            // The reply is out: remembering it is not cut short by a shutdown.
            await memory.RememberAsync(activity.ConversationId, shown, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogMemoryFailed(logger, activity.Channel, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Acknowledging a {Channel} button press failed ({Error})")]
    private static partial void LogAcknowledgeFailed(ILogger logger, string channel, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Suggestion memory unavailable on {Channel} ({Error}); a numbered reply is answered as typed")]
    private static partial void LogMemoryFailed(ILogger logger, string channel, string error);
}
