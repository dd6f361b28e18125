using KtdBot.Answering.Plugins;
using KtdBot.Knowledge;

namespace KtdBot.Answering;

/// <summary>Narrows what a question names to the province and the year it asks about.</summary>
internal static class SubjectFilters
{
    // A unit in rosters of several years (renumbering): for each year asked, the roster in force that year; when no
    // year is asked, every roster with its year.
    public static List<(UnitMembership Membership, int? Year)> MembershipsByYear(IReadOnlyList<UnitMembership> memberships, IReadOnlyList<int> years)
    {
        if (years.Count == 0 || memberships.All(m => m.Bloc.RosterYear is null))
        {
            return memberships.Select(m => (m, (int?)null)).ToList();
        }

        var chosen = new List<(UnitMembership, int?)>();
        foreach (var year in years.Distinct())
        {
            var dated = memberships.Where(m => m.Bloc.RosterYear is not null).OrderBy(m => m.Bloc.RosterYear).ToList();
            var inForce = dated.LastOrDefault(m => m.Bloc.RosterYear <= year) ?? dated.FirstOrDefault(m => m.Bloc.RosterYear == year + 1);
            if (inForce is not null)
            {
                chosen.Add((inForce, year));
            }
        }

        return chosen.Count > 0 ? chosen : memberships.Select(m => (m, (int?)null)).ToList();
    }

    // A province named in the question narrows the units' blocs to it; none named, the folder's own province first.
    public static List<UnitMembership> MembershipsInProvinceAsked(QuestionFrame q, IReadOnlyList<UnitMembership> memberships, KnowledgeBase knowledge)
    {
        var asked = memberships.Where(m => q.Provinces.Count == 0 || m.Bloc.Province is null
            || q.Provinces.Contains(string.Join(' ', NameMatcher.Syllables(m.Bloc.Province)), StringComparer.Ordinal)).ToList();
        var home = q.Provinces.Count == 0 ? knowledge.HomeProvince : null;
        var own = home is null ? [] : asked.Where(m => m.Bloc.Province is null || string.Equals(m.Bloc.Province, home, StringComparison.OrdinalIgnoreCase)).ToList();
        return own.Count > 0 ? own : asked;
    }

    // "Phong trào chuyển đổi số ở Nghệ An" is not Hà Tĩnh's: a campaign tied to other provinces is left out; a
    // national one (no province in its record) stays.
    public static List<CampaignInfo> CampaignsInProvinceAsked(QuestionFrame q, IReadOnlyList<CampaignInfo> campaigns, KnowledgeBase knowledge) =>
        campaigns.Where(c =>
        {
            if (q.Provinces.Count == 0)
            {
                return true;
            }

            var own = Answering.Provinces.Mentioned(NameMatcher.Syllables($"{c.Name} {c.LaunchedBy} {c.Purpose}"), knowledge);
            return own.Count == 0 || q.Provinces.Any(own.Contains);
        }).ToList();
}
