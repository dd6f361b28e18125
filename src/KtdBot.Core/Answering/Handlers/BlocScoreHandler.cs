using KtdBot.Answering.Plugins;
using KtdBot.Search;

namespace KtdBot.Answering.Handlers;

/// <summary>"Điểm thi đua của Sở Y tế trong Khối 3": the unit's score in the bloc's ranking, or the whole ranking.</summary>
internal sealed class BlocScoreHandler(KnowledgeIndex index, BlocRosterPlugin blocs) : BlocHandler
{
    protected override ComposedAnswer? AnswerBloc(Turn turn, string blocId)
    {
        if (turn.Ask != AskKind.Score)
        {
            return null;
        }

        // The newest roster (2026) holds no scores yet: the ranking is in the record of the year reviewed.
        var scores = blocs.GetScores(blocId);
        if (scores.Count == 0 && turn.Year is null)
        {
            scores = BlocResolver.OtherYears(index.Knowledge.Blocs, blocId).Select(b => blocs.GetScores(b.Id)).FirstOrDefault(s => s.Count > 0) ?? [];
        }

        return new ComposedAnswer(BlocRankingAnswers.Scores(scores, turn.Frame.Syllables, turn.Year, turn.Citations, turn.FocusUnit), new Topic(AskKind.Score, blocId, turn.Year));
    }
}
