using System.Text;
using KtdBot.Answering.Plugins;

namespace KtdBot.Answering.Handlers;

/// <summary>"Sở Y tế được đề nghị khen thưởng gì?": the awards its bloc proposed for it, for the year asked.</summary>
internal sealed class UnitAwardsHandler(BlocRosterPlugin blocs) : UnitHandler
{
    protected override ComposedAnswer? AnswerUnit(Turn turn, IReadOnlyList<UnitMembership> memberships)
    {
        if (turn.Subject.Ask != AskKind.Awards)
        {
            return null;
        }

        var first = memberships[0];
        var unit = Core(first);
        var awards = blocs.GetAwards(first.Bloc.Id, turn.Frame.Year);
        var received = awards?.Awards.Where(a => a.Recipients.Any(r => NameMatcher.Contains(NameMatcher.Syllables(r), unit))).ToList() ?? [];
        if (awards is null || received.Count == 0)
        {
            return Answers.Decline(Replies.NoAwardsForUnit(first.Unit, turn.Frame.Year));
        }

        var text = new StringBuilder();
        foreach (var award in received)
        {
            text.Cited(Sentences.UnitAward(awards.Bloc, first.Unit, award), award.Source, turn.Citations).Append('\n');
        }

        return Grounded(text, turn, first);
    }
}
