using System.Text;
using KtdBot.Answering.Plugins;

namespace KtdBot.Answering.Handlers;

/// <summary>"Hội Nông dân … làm khối trưởng năm nào?": the years this unit led its bloc, else every recorded leader.</summary>
internal sealed class UnitLeaderHandler(BlocRosterPlugin blocs) : UnitHandler
{
    protected override ComposedAnswer? AnswerUnit(Turn turn, IReadOnlyList<UnitMembership> memberships)
    {
        if (turn.Subject.Ask is not (AskKind.Leader or AskKind.LeaderHistory))
        {
            return null;
        }

        var first = memberships[0];
        var unit = Core(first);
        var leaders = blocs.GetLeaderHistory(first.Bloc.Id)?.Leaders ?? [];
        var own = leaders.Where(l => l.Unit is not null && NameMatcher.Contains(NameMatcher.Syllables(l.Unit), unit)).ToList();
        var shown = (own.Count > 0 ? own : leaders).Where(l => turn.Frame.Year is null || l.Year == turn.Frame.Year).ToList();
        if (shown.Count == 0)
        {
            return Answers.Decline(Replies.NoLeaders(first.Bloc));
        }

        var text = new StringBuilder();
        foreach (var leader in shown)
        {
            text.Append(Answers.Leader(leader, turn.Citations)).Append('\n');
        }

        return Grounded(text, turn, first);
    }
}
