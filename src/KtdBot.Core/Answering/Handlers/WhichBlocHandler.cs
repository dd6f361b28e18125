using KtdBot.Answering.Plugins;

namespace KtdBot.Answering.Handlers;

/// <summary>
/// A bloc question that names no bloc the records know: a long one may name it in words the records do not hold
/// ("Sở Tài chính bàn giao … cho ai?"), so the passages are tried; otherwise "Bạn muốn hỏi khối nào?", and the
/// question waits for its bloc ("khối 2" next answers it).
/// </summary>
internal sealed class WhichBlocHandler(PassageAnswerer passages, BlocRosterPlugin blocs) : IQuestionHandler
{
    public async ValueTask<ComposedAnswer?> AnswerAsync(Turn turn, CancellationToken cancellationToken)
    {
        // A rule for every bloc ("một đơn vị có được làm khối trưởng hai năm liền không?") is for the passages.
        if (!UnitHandler.AsksThroughUnit(turn) || turn.Frame.Cues.Contains(Cue.GeneralRule))
        {
            return null;
        }

        var q = turn.Frame;
        var fromPages = q.Syllables.Count >= 7 ? await passages.AnswerAsync(q, q.Text, turn.Citations, cancellationToken).ConfigureAwait(false) : null;
        if (fromPages is not null)
        {
            return new ComposedAnswer(fromPages, new Topic(turn.Subject.Ask, Query: q.Text));
        }

        return turn.Subject.Ask == AskKind.UnitBloc
            ? Answers.Decline(Replies.UnknownUnit(Answers.BlocNames(blocs)))
            : Answers.Decline(Replies.WhichBloc(Answers.BlocNames(blocs))) with { Topic = new Topic(turn.Subject.Ask, Year: turn.Year, AwaitsBloc: true) };
    }
}
