using KtdBot.Answering.Handlers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KtdBot.Answering;

/// <summary>
/// The default answerer: reads the question into a frame, takes the conversation into account, and runs the handlers
/// (<see cref="QuestionHandlers.InOrder"/>) until one answers — each calls the same Semantic Kernel plugins the LLM
/// agent uses, through their typed methods, and writes a short Vietnamese answer with numbered sources. It states
/// only what the plugins returned and declines when they return nothing that fits.
/// </summary>
public sealed class OfflineAnswerComposer
{
    private readonly QuestionAnalyzer _analyzer;
    private readonly TurnReader _turns;
    private readonly IReadOnlyList<IQuestionHandler> _handlers;
    private readonly Search.KnowledgeIndex _index;
    private readonly ILogger _logger;

    internal OfflineAnswerComposer(QuestionAnalyzer analyzer, TurnReader turns, IEnumerable<IQuestionHandler> handlers, Search.KnowledgeIndex index, ILogger<OfflineAnswerComposer>? logger = null)
    {
        _logger = logger ?? NullLogger<OfflineAnswerComposer>.Instance;
        _analyzer = analyzer;
        _turns = turns;
        _handlers = handlers.ToList();
        _index = index;
    }

    /// <summary>Example questions about what the loaded knowledge holds (its own blocs, titles and campaigns).</summary>
    public IReadOnlyList<string> Examples => Suggest.ExamplesFor(_index.Knowledge);

    /// <summary>
    /// Answers one question, using the topic of the previous turn for follow-ups. A question of two parts ("… thuộc khối
    /// nào, khối đó gồm những ai") is answered part by part, the second as a follow-up of the first.
    /// </summary>
    public async Task<ComposedAnswer> ComposeAsync(string question, Topic? previous, CancellationToken cancellationToken)
    {
        var parts = QuestionParts.Split(question);
        var composed = await ComposePartAsync(parts[0], previous, cancellationToken).ConfigureAwait(false);
        if (parts.Count == 1)
        {
            return composed;
        }

        // The first part alone found nothing: the question is read whole, as if it had one part.
        if (!composed.Answer.Grounded)
        {
            return await ComposePartAsync(question, previous, cancellationToken).ConfigureAwait(false);
        }

        var second = await ComposePartAsync(parts[1], composed.Topic, cancellationToken).ConfigureAwait(false);
        return new ComposedAnswer(AnswerParts.Join(composed.Answer, second.Answer), second.Topic);
    }

    private async Task<ComposedAnswer> ComposePartAsync(string question, Topic? previous, CancellationToken cancellationToken)
    {
        var turn = _turns.Read(_analyzer.Analyze(question), previous);
        foreach (var handler in _handlers)
        {
            if (await handler.AnswerAsync(turn, cancellationToken).ConfigureAwait(false) is not { } composed)
            {
                continue;
            }

            // Which handler answered, and as what the question was read: the first thing to look at when an answer is off.
            _logger.LogDebug("Answered by {Handler} (ask {Ask}, bloc {Bloc}, year {Year}, grounded {Grounded})", handler.GetType().Name, turn.Ask, turn.BlocId, turn.Year, composed.Answer.Grounded);

            // A turn about something else (a person, a passage) keeps the bloc under discussion for "khối đó" next;
            // TurnReader decides whether the next question refers back to it.
            if (composed.Topic is { BlocId: null } topic && previous?.BlocId is { } discussed && !turn.Frame.Blocs.Mentioned)
            {
                composed = composed with { Topic = topic with { BlocId = discussed, Year = topic.Year ?? previous.Year } };
            }

            if (ReferenceEquals(composed.Answer.Suggestions, Suggest.Examples))
            {
                composed = composed with { Answer = composed.Answer with { Suggestions = Examples } };
            }

            return turn.Asked.Injection && composed.Answer.Grounded
                ? composed with { Answer = composed.Answer with { Text = composed.Answer.Text + "\n\n" + Sentences.InjectionNote } }
                : composed;
        }

        throw new InvalidOperationException($"no handler answered; {nameof(NotFoundHandler)} must be last");
    }
}
