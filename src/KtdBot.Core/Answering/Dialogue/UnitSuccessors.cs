using KtdBot.Answering.Plugins;
using KtdBot.Facts;
using KtdBot.Search;

namespace KtdBot.Answering;

/// <summary>
/// A unit asked by a name the roster in force no longer lists: the unit it was renamed or merged into ("Sở Kế hoạch và
/// Đầu tư" → "Sở Tài chính" from 1/3/2025), as the documents say, and that unit's bloc in the year asked.
/// </summary>
internal sealed class UnitSuccessors(KnowledgeIndex index, BlocRosterPlugin blocs)
{
    private const int MaxSteps = 3;

    /// <summary>True when the roster of the membership's bloc in force in <paramref name="year"/> is a newer one without the unit.</summary>
    public bool Superseded(UnitMembership membership, int year)
    {
        var inForce = BlocResolver.CompositionFor(index.Knowledge.Blocs, membership.Bloc.Id, year);
        var roster = inForce == membership.Bloc.Id ? null : blocs.Find(inForce);
        return roster is not null && !roster.Members.Any(m => SameUnit(m.Name, membership.Unit));
    }

    /// <summary>The renamings that lead from the unit to its successor, and the successor's bloc in the year; null when none is known.</summary>
    public (IReadOnlyList<UnitSuccession> Steps, UnitMembership Membership)? Successor(UnitMembership membership, int year)
    {
        var steps = new List<UnitSuccession>();
        var name = membership.Unit;
        for (var i = 0; i < MaxSteps; i++)
        {
            var next = index.Knowledge.Facts.SelectMany(f => f.Successions).FirstOrDefault(s => SameUnit(s.Old, name));
            if (next is null)
            {
                break;
            }

            steps.Add(next);
            name = next.New;
            // The successor in the same province (or the one it merged into): a neighbour's bloc may list a unit of the same name.
            var candidates = blocs.FindUnitBloc(name).Where(m => SameUnit(m.Unit, name) && Provinces.OneSinceMerger(m.Bloc.Province, membership.Bloc.Province)).ToList();
            var found = SubjectFilters.MembershipsByYear(candidates, [year]);
            if (found.Count > 0 && found[0].Year == year && !Superseded(found[0].Membership, year))
            {
                return (steps, found[0].Membership);
            }
        }

        return null;
    }

    private static bool SameUnit(string a, string b) =>
        NameMatcher.Syllables(UnitNames.Core(a)).SequenceEqual(NameMatcher.Syllables(UnitNames.Core(b)));
}
