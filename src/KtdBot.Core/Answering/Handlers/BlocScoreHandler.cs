using KtdBot.Answering.Plugins;

namespace KtdBot.Answering.Handlers;

/// <summary>"Điểm thi đua của Sở Y tế trong Khối 3": the unit's score in the bloc's ranking, or the whole ranking.</summary>
internal sealed class BlocScoreHandler(BlocRosterPlugin blocs) : BlocHandler
{
    protected override ComposedAnswer? AnswerBloc(Turn turn, string blocId) =>
        turn.Ask == AskKind.Score
            ? new ComposedAnswer(BlocRankingAnswers.Scores(blocs.GetScores(blocId), turn.Frame.Syllables, turn.Year, turn.Citations, turn.FocusUnit), new Topic(AskKind.Score, blocId, turn.Year))
            : null;
}
