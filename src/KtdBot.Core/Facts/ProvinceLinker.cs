using KtdBot.Knowledge;

namespace KtdBot.Facts;

/// <summary>
/// A document that never names its province (a cluster's own notice: "Cụm thi đua số 2") speaks of the bloc of that
/// number in the province whose records hold its units. Linked only when exactly one province's records share at least
/// two of its units; otherwise the bloc stays without a province — never a guess.
/// </summary>
internal static class ProvinceLinker
{
    public static List<BlocFact> Link(List<BlocFact> facts)
    {
        var links = new Dictionary<(BlocKind, int), string>();
        foreach (var orphan in facts.Where(f => f.Bloc.Province is null && f.Bloc.Number is not null).GroupBy(f => (f.Bloc.Kind, f.Bloc.Number!.Value)))
        {
            var units = orphan.SelectMany(UnitsOf).Select(FactAssembler.Key).Distinct().ToList();
            var sharing = facts
                .Where(f => f.Bloc.Province is not null && f.Bloc.Kind == orphan.Key.Kind && f.Bloc.Number == orphan.Key.Value)
                .GroupBy(f => new FoldedText(f.Bloc.Province!).Folded)
                .Where(province => Shared(units, province.SelectMany(UnitsOf).Select(FactAssembler.Key).ToHashSet()) >= 2)
                .ToList();
            if (sharing.Count == 1)
            {
                links[orphan.Key] = sharing[0].First().Bloc.Province!;
            }
        }

        return links.Count == 0
            ? facts
            : facts.Select(f => f.Bloc.Province is null && f.Bloc.Number is { } n && links.TryGetValue((f.Bloc.Kind, n), out var province)
                ? f with { Bloc = f.Bloc with { Province = province } }
                : f).ToList();
    }

    private static int Shared(List<string> units, HashSet<string> known) =>
        units.Count(u => known.Any(k => FactAssembler.SameUnitKey(k, u)));

    private static IEnumerable<string> UnitsOf(BlocFact fact) => fact switch
    {
        MembersFact m => m.Members,
        RoleFact r => [r.Unit],
        AwardFact a => a.Recipients,
        ScoreFact s => [s.Unit],
        _ => [],
    };
}
