using KtdBot.Conversations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KtdBot.Answering;

/// <summary>
/// The answering port's implementation: checks the input, answers chat commands, remembers the
/// conversation, composes the offline answer and, when an agent is configured, lets it write a more
/// fluent one that must stay within the same facts.
/// </summary>
public sealed class AnswerService(
    OfflineAnswerComposer composer,
    IConversationStore conversations,
    TimeProvider time,
    IAnswerAgent? agent = null,
    ILogger<AnswerService>? logger = null) : IAnswerService
{
    /// <summary>Longest question read; longer ones get a polite request to shorten.</summary>
    public const int MaxQuestionLength = 2000;

    private readonly ILogger _logger = logger ?? NullLogger<AnswerService>.Instance;

    /// <inheritdoc />
    public async Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken)
    {
        var text = (question.Text ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return Answer.Ungrounded(Replies.Empty, composer.Examples);
        }

        if (text.Length > MaxQuestionLength)
        {
            return Answer.Ungrounded(Replies.TooLong(MaxQuestionLength));
        }

        if (text.StartsWith('/'))
        {
            var command = await AnswerCommandAsync(text, cancellationToken).ConfigureAwait(false);
            if (command is not null)
            {
                return command;
            }
        }

        var remember = question.ConversationId.Length > 0;
        var history = remember ? await conversations.GetAsync(question.ConversationId, cancellationToken).ConfigureAwait(false) : [];
        var previous = history.Count > 0 ? Topic.FromContext(history[^1].Context) : null;
        ComposedAnswer composed;
        try
        {
            composed = await composer.ComposeAsync(text, previous, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A store or plugin failure (Qdrant down, say) must not reach the user as a crash.
            _logger.LogError(ex, "Answering failed; replying that the service is unavailable");
            return Answer.Ungrounded(Replies.Unavailable);
        }

        var answer = composed.Answer;
        if (agent is not null && answer.Grounded)
        {
            answer = await agent.TryAnswerAsync(text, history, answer, cancellationToken).ConfigureAwait(false) ?? answer;
        }

        answer = answer with { Suggestions = answer.Suggestions.Where(s => !SameQuestion(s, text)).ToList() };
        if (remember)
        {
            // A declined question keeps the earlier topic alive, so "còn khối 8?" still works after a miss.
            var context = composed.Topic?.ToContext() ?? (history.Count > 0 ? history[^1].Context : new Dictionary<string, string>());
            await conversations.AppendAsync(question.ConversationId, new ConversationTurn(text, answer.Text, context, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        }

        _logger.LogDebug("Answered (grounded: {Grounded}, citations: {Citations})", answer.Grounded, answer.Citations.Count);
        return answer;
    }

    private static bool SameQuestion(string a, string b) =>
        string.Equals(Citations.Folded(a).Trim(' ', '?'), Citations.Folded(b).Trim(' ', '?'), StringComparison.Ordinal);

    private async Task<Answer?> AnswerCommandAsync(string text, CancellationToken cancellationToken)
    {
        var word = text.Split(' ', 2)[0];
        var at = word.IndexOf('@', StringComparison.Ordinal);
        var command = (at > 0 ? word[..at] : word).ToLowerInvariant();
        switch (command)
        {
            case "/start" or "/help" or "/huongdan" or "/trogiup":
                return new Answer(Replies.Help, true, [], composer.Examples);
            case "/khoi" or "/cum" or "/blocs":
                return (await composer.ComposeAsync("danh sách các khối thi đua", null, cancellationToken).ConfigureAwait(false)).Answer;
            default:
                return null; // not a command we know: read it as a question
        }
    }
}
