namespace KtdBot.Conversations;

/// <summary>One exchange remembered for follow-ups.</summary>
/// <param name="Question">What the user asked.</param>
/// <param name="Answer">What the bot answered (text only).</param>
/// <param name="Context">What the question was resolved to (bloc id, year, campaign id …), so a follow-up can inherit it.</param>
/// <param name="At">When it happened.</param>
public sealed record ConversationTurn(string Question, string Answer, IReadOnlyDictionary<string, string> Context, DateTimeOffset At);

/// <summary>
/// Conversation memory: a bounded, expiring history per conversation. In-process by default,
/// Redis when <c>Redis:Connection</c> is set, so several hosts share it.
/// </summary>
public interface IConversationStore
{
    /// <summary>The most recent turns, oldest first; empty when unknown or expired.</summary>
    Task<IReadOnlyList<ConversationTurn>> GetAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Appends a turn, trims the history to its bound and renews the expiry.</summary>
    Task AppendAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken);
}

/// <summary>Bounds shared by every conversation store.</summary>
public sealed class ConversationOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Conversation";

    /// <summary>Turns kept per conversation.</summary>
    public int MaxTurns { get; set; } = 10;

    /// <summary>A conversation idle this long is forgotten.</summary>
    public TimeSpan Expiry { get; set; } = TimeSpan.FromMinutes(30);
}
