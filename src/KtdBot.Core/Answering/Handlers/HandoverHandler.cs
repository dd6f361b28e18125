using System.Text;
using System.Text.RegularExpressions;
using KtdBot.Answering.Plugins;

namespace KtdBot.Answering.Handlers;

/// <summary>
/// Hand-overs asked from one side: "X bàn giao khối trưởng cho ai?" is the unit that led the year after X's, and
/// "X nhận cờ bàn giao từ đơn vị nào?" the one that led the year before — both from the bloc's leaders by year.
/// </summary>
internal sealed partial class HandoverHandler(BlocRosterPlugin blocs) : RecordHandler
{
    protected override ComposedAnswer? Answer(Turn turn)
    {
        var syllables = string.Join(' ', turn.Asked.Syllables);
        var gives = GivesTo().IsMatch(syllables);
        if (gives == ReceivesFrom().IsMatch(syllables) || turn.Asked.Blocs.Matches.Count > 0)
        {
            return null;
        }

        foreach (var membership in turn.Subject.Memberships)
        {
            var leaders = blocs.GetLeaderHistory(membership.Bloc.Id)?.Leaders.Where(l => l.Unit is not null).OrderBy(l => l.Year).ToList() ?? [];
            var own = leaders.FindIndex(l => string.Equals(l.Unit, membership.Unit, StringComparison.Ordinal));
            var other = own < 0 ? -1 : gives ? own + 1 : own - 1;
            if (other < 0 || other >= leaders.Count)
            {
                continue;
            }

            var (from, to) = gives ? (leaders[own], leaders[other]) : (leaders[other], leaders[own]);
            var text = new StringBuilder(Sentences.Handover(from, to)).Append('\n')
                .Append(Answers.Leader(from, turn.Citations, brief: true)).Append('\n').Append(Answers.Leader(to, turn.Citations));
            return Answers.Grounded(text, turn.Citations, new Topic(AskKind.Leader, membership.Bloc.Id, to.Year), Suggest.AfterLeader(to.Bloc));
        }

        return null;
    }

    [GeneratedRegex(@"\bban giao\b[^?]*\bcho\s+(?:ai|don vi nao|hoi nao|co quan nao|ai vay)\b")]
    private static partial Regex GivesTo();

    [GeneratedRegex(@"\bnhan\b[^?]*\btu\s+(?:ai|don vi nao|hoi nao|co quan nao)\b")]
    private static partial Regex ReceivesFrom();
}
