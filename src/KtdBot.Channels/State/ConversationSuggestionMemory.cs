using System.Globalization;
using KtdBot.Conversations;

namespace KtdBot.Channels.State;

/// <summary>
/// Suggestion memory kept in the conversation store itself (shared by every host when that store is Redis): the list
/// is one turn of a companion conversation <c>&lt;id&gt;#suggestions</c>, numbered in its context, and expires with it.
/// </summary>
public sealed class ConversationSuggestionMemory(IConversationStore conversations, TimeProvider time) : ISuggestionMemory
{
    private const string Suffix = "#suggestions";

    /// <inheritdoc />
    public Task RememberAsync(string conversationId, IReadOnlyList<string> suggestions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        var numbered = suggestions.Select((s, i) => KeyValuePair.Create((i + 1).ToString(CultureInfo.InvariantCulture), s)).ToDictionary();
        return conversations.AppendAsync(conversationId + Suffix, new ConversationTurn(string.Empty, string.Empty, numbered, time.GetUtcNow()), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> RecallAsync(string conversationId, CancellationToken cancellationToken)
    {
        var turns = await conversations.GetAsync(conversationId + Suffix, cancellationToken).ConfigureAwait(false);
        if (turns.Count == 0)
        {
            return [];
        }

        return turns[^1].Context
            .Select(p => (Number: int.TryParse(p.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0, Text: p.Value))
            .Where(p => p.Number > 0)
            .OrderBy(p => p.Number)
            .Select(p => p.Text)
            .ToList();
    }
}
