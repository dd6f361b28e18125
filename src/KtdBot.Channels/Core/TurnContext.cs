using KtdBot.Answering;

namespace KtdBot.Channels.Core;

/// <summary>How a turn ended, for logs, metrics and the web endpoint's status code.</summary>
public enum TurnOutcome
{
    /// <summary>Still running, or no middleware or handler decided.</summary>
    None,

    /// <summary>The bot answered.</summary>
    Answered,

    /// <summary>A repeated delivery of an activity already handled: dropped.</summary>
    Duplicate,

    /// <summary>The user sent too much too fast: a polite reply at most, no answer.</summary>
    RateLimited,

    /// <summary>Nothing to do (not addressed to the bot, unsupported event).</summary>
    Ignored,

    /// <summary>Answering or sending failed; logged.</summary>
    Failed,
}

/// <summary>
/// One turn: the incoming activity, the adapter that answers on its channel, and what was sent.
/// Created per activity by whoever runs the pipeline (the turn queue, or the web endpoint). When the channel cannot
/// take a reply now (<see cref="ChannelUnavailableException"/>), the reply and every later one are kept in order as
/// <see cref="Undelivered"/>, for the queue to resend with <see cref="RedeliverAsync"/> once the channel is back.
/// </summary>
public sealed class TurnContext(ChannelActivity activity, IChannelAdapter adapter)
{
    private readonly List<Answer> _sent = [];
    private readonly List<Answer> _undelivered = [];

    /// <summary>The incoming activity.</summary>
    public ChannelActivity Activity { get; } = activity;

    /// <summary>The adapter of the activity's channel.</summary>
    public IChannelAdapter Adapter { get; } = adapter;

    /// <summary>
    /// The question the bot answers: the activity's text, unless a middleware read it as the choice of a suggestion
    /// ("2" after a numbered list), in which case it is that suggestion.
    /// </summary>
    public string? Question { get; set; } = activity.Text;

    /// <summary>The suggestion the user chose (by number or button), when the question is one; shown above the answer.</summary>
    public string? ChosenSuggestion { get; set; }

    /// <summary>Where sent reply parts are recorded, so a retry never sends a part twice; null for the web (answered inline).</summary>
    public IDeliveryRecord? Delivery { get; init; }

    /// <summary>How the turn ended.</summary>
    public TurnOutcome Outcome { get; set; }

    /// <summary>Everything sent back during the turn, in order.</summary>
    public IReadOnlyList<Answer> Sent => _sent;

    /// <summary>Replies the channel could not take yet, in order.</summary>
    public IReadOnlyList<Answer> Undelivered => _undelivered;

    /// <summary>Why the last delivery failed, and how long the channel asked to wait; null when nothing is undelivered.</summary>
    public ChannelUnavailableException? DeliveryFailure { get; private set; }

    /// <summary>Sends an answer on the activity's channel (formatted, split and retried by the adapter).</summary>
    public async Task SendAsync(Answer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (_undelivered.Count > 0)
        {
            _undelivered.Add(answer); // keep the order: nothing overtakes a reply still waiting
            return;
        }

        try
        {
            await Adapter.SendAsync(this, answer, cancellationToken).ConfigureAwait(false);
            _sent.Add(answer);
        }
        catch (ChannelUnavailableException ex)
        {
            DeliveryFailure = ex;
            _undelivered.Add(answer);
        }
    }

    /// <summary>Sends a fixed sentence (a polite refusal, a welcome).</summary>
    public Task SendTextAsync(string text, CancellationToken cancellationToken) =>
        SendAsync(Answer.Ungrounded(text), cancellationToken);

    /// <summary>Resends what the channel could not take; true when nothing is left undelivered.</summary>
    public async Task<bool> RedeliverAsync(CancellationToken cancellationToken)
    {
        while (_undelivered.Count > 0)
        {
            try
            {
                await Adapter.SendAsync(this, _undelivered[0], cancellationToken).ConfigureAwait(false);
            }
            catch (ChannelUnavailableException ex)
            {
                DeliveryFailure = ex;
                return false;
            }

            _sent.Add(_undelivered[0]);
            _undelivered.RemoveAt(0);
        }

        DeliveryFailure = null;
        return true;
    }

    /// <summary>The key of part <paramref name="part"/> of the reply being sent now (the n-th reply of the turn).</summary>
    public string PartKey(int part) => FormattableString.Invariant($"{_sent.Count}.{part}");

    /// <summary>
    /// Sends the parts of one reply in order with <paramref name="sendPart"/> (part index, part, token → sent?), skipping
    /// the parts <see cref="Delivery"/> says were sent before a retry or a restart and recording each one sent. Stops at
    /// the first part not sent (the rest would fail the same way); a <see cref="ChannelUnavailableException"/> goes up.
    /// </summary>
    public async Task SendPartsAsync(IReadOnlyList<string> parts, Func<int, string, CancellationToken, Task<bool>> sendPart, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(sendPart);
        for (var i = 0; i < parts.Count; i++)
        {
            var key = PartKey(i);
            if (Delivery is { } record && await record.WasSentAsync(key, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            if (!await sendPart(i, parts[i], cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            if (Delivery is { } done)
            {
                await done.MarkSentAsync(key, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }
}

/// <summary>One channel's outgoing side: formats, splits and delivers answers; shows a typing indicator.</summary>
public interface IChannelAdapter
{
    /// <summary>The channel's name (<see cref="ChannelNames"/>).</summary>
    string Channel { get; }

    /// <summary>True when the answer travels back in the same HTTP response (web): refusals are always answered there.</summary>
    bool RepliesInline { get; }

    /// <summary>
    /// Delivers an answer to the turn's chat, skipping parts <see cref="TurnContext.Delivery"/> says were sent. Errors
    /// retrying cannot fix are logged and swallowed; when the channel is unavailable for now (429, 5xx, timeouts) it
    /// throws <see cref="ChannelUnavailableException"/> and the queue retries later.
    /// </summary>
    Task SendAsync(TurnContext turn, Answer answer, CancellationToken cancellationToken);

    /// <summary>Shows "typing…" in the turn's chat, where the channel has such a thing.</summary>
    Task SendTypingAsync(TurnContext turn, CancellationToken cancellationToken);

    /// <summary>
    /// True for a channel without buttons: suggestions end the reply as a numbered list, and a reply of just a number
    /// asks that suggestion (remembered per conversation by <see cref="SuggestionChoiceMiddleware"/>).
    /// </summary>
    bool NumbersSuggestions => false;

    /// <summary>Acknowledges the button press of <see cref="ChannelActivity.CallbackId"/> (Telegram stops its progress bar).</summary>
    Task AcknowledgeChoiceAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Which reply parts of a turn were already sent (kept with the inbox entry, so it survives a restart).</summary>
public interface IDeliveryRecord
{
    /// <summary>True when the part was sent before.</summary>
    Task<bool> WasSentAsync(string part, CancellationToken cancellationToken);

    /// <summary>Records the part as sent.</summary>
    Task MarkSentAsync(string part, CancellationToken cancellationToken);
}

/// <summary>The channel cannot take a reply now (rate limited, failing, timing out); the queue retries later, honouring <see cref="RetryAfter"/>.</summary>
public sealed class ChannelUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ChannelUnavailableException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public ChannelUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ChannelUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with the wait the channel asked for.</summary>
    public ChannelUnavailableException(string reason, TimeSpan? retryAfter, Exception? innerException = null)
        : base(reason, innerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>How long the channel asked to wait (Telegram's retry_after), when it said.</summary>
    public TimeSpan? RetryAfter { get; }
}
