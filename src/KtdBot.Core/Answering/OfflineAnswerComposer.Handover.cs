using System.Text;
using System.Text.RegularExpressions;
using KtdBot.Answering.Plugins;

namespace KtdBot.Answering;

/// <summary>
/// Hand-overs asked from one side: "X bàn giao khối trưởng cho ai?" is the unit that led the year after X's, and
/// "X nhận cờ bàn giao từ đơn vị nào?" the one that led the year before — both from the bloc's leaders by year.
/// </summary>
public sealed partial class OfflineAnswerComposer
{
    private async Task<ComposedAnswer?> AnswerHandoverAsync(QuestionFrame q, CitationList citations, CancellationToken ct)
    {
        var syllables = string.Join(' ', q.Syllables);
        var gives = GivesTo().IsMatch(syllables);
        var receives = ReceivesFrom().IsMatch(syllables);
        if (gives == receives || q.Blocs.Matches.Count > 0)
        {
            return null;
        }

        var memberships = MembershipsInProvinceAsked(q, await CallAsync<IReadOnlyList<UnitMembership>>(BlocRosterPlugin.Name, "find_unit_bloc", new() { ["unit"] = q.Text }, ct).ConfigureAwait(false) ?? []);
        foreach (var membership in memberships)
        {
            var history = await CallAsync<BlocLeaderHistory>(BlocRosterPlugin.Name, "get_leader_history", new() { ["blocId"] = membership.Bloc.Id }, ct).ConfigureAwait(false);
            var leaders = history?.Leaders.Where(l => l.Unit is not null).OrderBy(l => l.Year).ToList() ?? [];
            var own = leaders.FindIndex(l => string.Equals(l.Unit, membership.Unit, StringComparison.Ordinal));
            var other = own < 0 ? -1 : gives ? own + 1 : own - 1;
            if (other < 0 || other >= leaders.Count)
            {
                continue;
            }

            var (from, to) = gives ? (leaders[own], leaders[other]) : (leaders[other], leaders[own]);
            var text = new StringBuilder(LeaderSentence(from, citations, brief: true)).Append('\n').Append(LeaderSentence(to, citations));
            var role = to.Bloc.Kind == "cụm thi đua" ? "cụm trưởng" : "khối trưởng";
            text.Insert(0, $"{from.Unit} bàn giao nhiệm vụ {role} cho {to.Unit} (năm {to.Year}).\n");
            return Grounded(text, citations, new Topic(AskKind.Leader, membership.Bloc.Id, to.Year), Suggest.AfterLeader(to.Bloc));
        }

        return null;
    }

    [GeneratedRegex(@"\bban giao\b[^?]*\bcho\s+(?:ai|don vi nao|hoi nao|co quan nao|ai vay)\b")]
    private static partial Regex GivesTo();

    [GeneratedRegex(@"\bnhan\b[^?]*\btu\s+(?:ai|don vi nao|hoi nao|co quan nao)\b")]
    private static partial Regex ReceivesFrom();
}
