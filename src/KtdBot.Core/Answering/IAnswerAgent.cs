using KtdBot.Conversations;

namespace KtdBot.Answering;

/// <summary>
/// A language-model agent that rewrites answers fluently from the same plugins. It returns null whenever
/// it cannot give an answer it can stand behind (timeout, error, failed grounding check); the offline
/// answer is then used.
/// </summary>
public interface IAnswerAgent
{
    /// <summary>Tries to answer; <paramref name="offline"/> is the embedded answer, already composed, to fall back on or build from.</summary>
    Task<Answer?> TryAnswerAsync(string question, IReadOnlyList<ConversationTurn> history, Answer offline, CancellationToken cancellationToken);
}
