using System.Text;
using KtdBot.Answering.Plugins;
using KtdBot.Search;

namespace KtdBot.Answering.Handlers;

/// <summary>
/// "Sở Y tế thuộc khối nào?": the bloc of each roster in force in the years asked (every roster, with its year, when none
/// is). A unit the roster of that year no longer lists is followed to the unit it was renamed or merged into; asked
/// with no year, a unit the province's newest division no longer lists is followed the same way, since "thuộc khối nào"
/// means now.
/// </summary>
internal sealed class UnitBlocHandler(KnowledgeIndex index, UnitSuccessors successors, BlocRosterPlugin blocs) : UnitHandler
{
    protected override ComposedAnswer? AnswerUnit(Turn turn, IReadOnlyList<UnitMembership> memberships)
    {
        var text = new StringBuilder();
        var answered = SubjectFilters.MembershipsByYear(memberships, turn.Frame.Years);
        var first = answered[0].Membership;
        if (turn.Frame.Years.Count == 0 && Newest(memberships) is { } now)
        {
            var latest = memberships.MaxBy(m => m.Bloc.RosterYear)!;
            var dropped = successors.Superseded(latest, now);
            if (Successor(text, turn, latest, now, sayIfNone: dropped) is { } successor)
            {
                first = successor;
                text.Append("Trước đó: ");
            }
            else if (dropped)
            {
                return Grounded(text, turn, latest); // "Danh sách năm 2026 không còn …"
            }
        }

        foreach (var (membership, year) in answered)
        {
            if (year is { } asked && successors.Superseded(membership, asked))
            {
                first = Successor(text, turn, membership, asked, sayIfNone: true) ?? first;
                continue;
            }

            text.Cited(Sentences.Membership(membership, year), membership.Source, turn.Citations, $"{membership.Bloc.Name} {membership.Unit}").Append('\n');
            if (turn.Asked.Says(Cue.UnitRole) && (year ?? membership.Bloc.RosterYear) is { } held)
            {
                AppendRole(text, turn, membership, held);
            }
        }

        // "khối đó" next refers to the bloc just named for the year asked, not to the unit's first roster.
        return Grounded(text, turn, first);
    }

    // "giữ vai trò gì": leader, deputy or plain member in that year, each cited from its own record.
    private void AppendRole(StringBuilder text, Turn turn, UnitMembership membership, int year)
    {
        var unit = Core(membership);
        bool Holds(string? holder) => holder is not null && NameMatcher.Contains(NameMatcher.Syllables(holder), unit);
        var leader = blocs.GetLeaderHistory(membership.Bloc.Id)?.Leaders.FirstOrDefault(l => l.Year == year && l.Unit is not null);
        var deputy = blocs.GetDeputy(membership.Bloc.Id, year).FirstOrDefault(d => d.Unit is not null);
        var (role, source) = Holds(leader?.Unit) ? (false, leader!.Source) : Holds(deputy?.Unit) ? (true, deputy!.Source) : ((bool?)null, leader?.Source);
        text.Cited(Sentences.UnitRole(membership, year, role, role is null ? leader?.Unit : null), source ?? membership.Source, turn.Citations, $"{membership.Bloc.Name} {year}").Append('\n');
    }

    // The year of the province's newest division (three blocs or more) when it is newer than every roster listing the unit.
    private int? Newest(IReadOnlyList<UnitMembership> memberships)
    {
        var listed = memberships.Max(m => m.Bloc.RosterYear);
        var province = memberships[0].Bloc.Province;
        if (listed is null || province is null)
        {
            return null;
        }

        var newest = index.Knowledge.Blocs
            .Where(b => b.Year > listed && Provinces.OneSinceMerger(b.Province, province))
            .GroupBy(b => b.Year!.Value)
            .Where(g => g.Count() >= 3)
            .Select(g => g.Key)
            .DefaultIfEmpty()
            .Max();
        return newest > 0 ? newest : null;
    }

    // "Sở Kế hoạch và Đầu tư hợp nhất vào Sở Tài chính [1]. Năm 2026, Sở Tài chính là thành viên của Khối 2 [2]."; with
    // no successor known, "Danh sách năm 2026 không còn …" when sayIfNone.
    private UnitMembership? Successor(StringBuilder text, Turn turn, UnitMembership membership, int year, bool sayIfNone)
    {
        if (successors.Successor(membership, year) is not { } found)
        {
            if (!sayIfNone)
            {
                return null;
            }

            text.Cited(Sentences.NoLongerListed(membership, year), membership.Source, turn.Citations, $"{membership.Bloc.Name} {membership.Unit}").Append('\n');
            return null;
        }

        foreach (var step in found.Steps)
        {
            text.Cited(Sentences.Succeeded(step.Old, step.New, step.Merged), Citations.Ref(index.Knowledge, step.Evidence.DocumentId), turn.Citations, step.Evidence.Text).Append('\n');
        }

        text.Cited(Sentences.Membership(found.Membership, year), found.Membership.Source, turn.Citations, $"{found.Membership.Bloc.Name} {found.Membership.Unit}").Append('\n');
        return found.Membership;
    }
}
