using KtdBot.Answering.Plugins;
using KtdBot.Search;

namespace KtdBot.Answering.Handlers;

/// <summary>"Điểm thi đua của Sở Xây dựng năm 2025": the unit's score in whichever bloc ranked it.</summary>
internal sealed class UnitScoreHandler(KnowledgeIndex index, BlocRosterPlugin blocs) : RecordHandler
{
    protected override ComposedAnswer? Answer(Turn turn)
    {
        if (turn.Subject.Ask != AskKind.Score || turn.BlocId is not null)
        {
            return null;
        }

        var ranked = index.Knowledge.Blocs.Where(b => b.Scores.Count > 0).SelectMany(b => blocs.GetScores(b.Id)).ToList();
        return new ComposedAnswer(BlocRankingAnswers.Scores(ranked, turn.Frame.Syllables, turn.Year, turn.Citations), new Topic(AskKind.Score, Year: turn.Year));
    }
}
