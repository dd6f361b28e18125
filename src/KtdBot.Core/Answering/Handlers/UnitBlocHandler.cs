using System.Text;
using KtdBot.Answering.Plugins;

namespace KtdBot.Answering.Handlers;

/// <summary>"Sở Y tế thuộc khối nào?": the bloc of each roster in force in the years asked (every roster, with its year, when none is).</summary>
internal sealed class UnitBlocHandler : UnitHandler
{
    protected override ComposedAnswer? AnswerUnit(Turn turn, IReadOnlyList<UnitMembership> memberships)
    {
        var text = new StringBuilder();
        var answered = SubjectFilters.MembershipsByYear(memberships, turn.Frame.Years);
        foreach (var (membership, year) in answered)
        {
            text.Cited(Sentences.Membership(membership, year), membership.Source, turn.Citations, $"{membership.Bloc.Name} {membership.Unit}").Append('\n');
        }

        // "khối đó" next refers to the bloc just named for the year asked, not to the unit's first roster.
        return Grounded(text, turn, answered[0].Membership);
    }
}
