namespace KtdBot.Answering.Handlers;

/// <summary>
/// Answers one kind of question, or passes (null) so the next handler in <see cref="QuestionHandlers.InOrder"/> may.
/// A handler states only what the plugins return, and declines when they return nothing that fits.
/// </summary>
internal interface IQuestionHandler
{
    ValueTask<ComposedAnswer?> AnswerAsync(Turn turn, CancellationToken cancellationToken);
}

/// <summary>A handler that never waits: the records it reads are in memory.</summary>
internal abstract class RecordHandler : IQuestionHandler
{
    public ValueTask<ComposedAnswer?> AnswerAsync(Turn turn, CancellationToken cancellationToken) => ValueTask.FromResult(Answer(turn));

    protected abstract ComposedAnswer? Answer(Turn turn);
}

/// <summary>
/// A question about the bloc the turn is about (its members, leader, awards …): each handler takes its own ask, and
/// a decline keeps the bloc as the subject, so "còn năm ngoái?" comes next.
/// </summary>
internal abstract class BlocHandler : RecordHandler
{
    protected sealed override ComposedAnswer? Answer(Turn turn)
    {
        if (!turn.AboutBloc || AnswerBloc(turn, turn.RosterBlocId!) is not { } answer)
        {
            return null;
        }

        return answer.Topic is null ? answer with { Topic = new Topic(turn.Ask, turn.RosterBlocId, turn.Year) } : answer;
    }

    protected abstract ComposedAnswer? AnswerBloc(Turn turn, string blocId);
}
