namespace KtdBot.Channels.State;

/// <summary>
/// The suggestions last offered in a conversation as a numbered list, so that a reply of just a number asks that one.
/// Kept with the conversation state: a file under <c>Data:Path</c> by default (it survives a restart), the shared
/// conversation store (Redis) when <c>Redis:Connection</c> is set; forgotten after <c>Conversation:Expiry</c> idle.
/// </summary>
public interface ISuggestionMemory
{
    /// <summary>Remembers <paramref name="suggestions"/> (numbered from 1, in order) as the conversation's latest.</summary>
    Task RememberAsync(string conversationId, IReadOnlyList<string> suggestions, CancellationToken cancellationToken);

    /// <summary>The suggestions last offered in the conversation; empty when none (or they expired).</summary>
    Task<IReadOnlyList<string>> RecallAsync(string conversationId, CancellationToken cancellationToken);
}
