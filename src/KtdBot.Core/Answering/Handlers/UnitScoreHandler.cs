using KtdBot.Answering.Plugins;
using KtdBot.Search;

namespace KtdBot.Answering.Handlers;

/// <summary>"Điểm thi đua của Sở Xây dựng năm 2025": the unit's score in whichever bloc ranked it.</summary>
internal sealed class UnitScoreHandler(KnowledgeIndex index, BlocRosterPlugin blocs) : RecordHandler
{
    protected override ComposedAnswer? Answer(Turn turn)
    {
        // A unit must be named ("tiêu chí chấm điểm phong trào …" names none): then its score in its own province's blocs.
        if (turn.Subject.Ask != AskKind.Score || turn.BlocId is not null || turn.Subject.Memberships.Count == 0)
        {
            return null;
        }

        var provinces = turn.Subject.Memberships.Select(m => m.Bloc.Province).ToHashSet(StringComparer.Ordinal);
        var ranked = index.Knowledge.Blocs.Where(b => b.Scores.Count > 0 && provinces.Contains(b.Province)).SelectMany(b => blocs.GetScores(b.Id)).ToList();
        return new ComposedAnswer(BlocRankingAnswers.Scores(ranked, turn.Frame.Syllables, turn.Year, turn.Citations), new Topic(AskKind.Score, Year: turn.Year));
    }
}
