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
/// Created per activity by whoever runs the pipeline (the turn queue, or the web endpoint).
/// </summary>
public sealed class TurnContext(ChannelActivity activity, IChannelAdapter adapter)
{
    private readonly List<Answer> _sent = [];

    /// <summary>The incoming activity.</summary>
    public ChannelActivity Activity { get; } = activity;

    /// <summary>The adapter of the activity's channel.</summary>
    public IChannelAdapter Adapter { get; } = adapter;

    /// <summary>How the turn ended.</summary>
    public TurnOutcome Outcome { get; set; }

    /// <summary>Everything sent back during the turn, in order.</summary>
    public IReadOnlyList<Answer> Sent => _sent;

    /// <summary>Sends an answer on the activity's channel (formatted, split and retried by the adapter).</summary>
    public async Task SendAsync(Answer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        await Adapter.SendAsync(this, answer, cancellationToken).ConfigureAwait(false);
        _sent.Add(answer);
    }

    /// <summary>Sends a fixed sentence (a polite refusal, a welcome).</summary>
    public Task SendTextAsync(string text, CancellationToken cancellationToken) =>
        SendAsync(Answer.Ungrounded(text), cancellationToken);
}

/// <summary>One channel's outgoing side: formats, splits and delivers answers; shows a typing indicator.</summary>
public interface IChannelAdapter
{
    /// <summary>The channel's name (<see cref="ChannelNames"/>).</summary>
    string Channel { get; }

    /// <summary>True when the answer travels back in the same HTTP response (web): refusals are always answered there.</summary>
    bool RepliesInline { get; }

    /// <summary>Delivers an answer to the turn's chat. Channel errors that retrying cannot fix are logged and swallowed.</summary>
    Task SendAsync(TurnContext turn, Answer answer, CancellationToken cancellationToken);

    /// <summary>Shows "typing…" in the turn's chat, where the channel has such a thing.</summary>
    Task SendTypingAsync(TurnContext turn, CancellationToken cancellationToken);
}
