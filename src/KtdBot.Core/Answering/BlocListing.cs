using System.Globalization;
using KtdBot.Answering.Plugins;

namespace KtdBot.Answering;

/// <summary>
/// "Năm 2024 có bao nhiêu khối thi đua?": the blocs in force in a year — for a bloc renumbered between years, the roster
/// of that year — of the province asked (or the folder's own), counted with their units.
/// </summary>
internal static class BlocListing
{
    public static string? KindAsked(IReadOnlyList<string> syllables) =>
        syllables.Contains("cum", StringComparer.Ordinal) && !syllables.Contains("khoi", StringComparer.Ordinal) ? "cụm thi đua"
        : syllables.Contains("khoi", StringComparer.Ordinal) && !syllables.Contains("cum", StringComparer.Ordinal) ? "khối thi đua" : null;

    /// <summary>True when the question asks how many blocs or clusters there are.</summary>
    public static bool Counts(IReadOnlyList<string> syllables)
    {
        var text = " " + string.Join(' ', syllables) + " ";
        return text.Contains(" bao nhieu khoi ", StringComparison.Ordinal) || text.Contains(" may khoi ", StringComparison.Ordinal)
            || text.Contains(" bao nhieu cum ", StringComparison.Ordinal) || text.Contains(" may cum ", StringComparison.Ordinal);
    }

    /// <summary>The newest year any roster of the province (asked, or the folder's own) is dated; null when none is.</summary>
    public static int? NewestRosterYear(IReadOnlyList<BlocInfo> blocs, string? home, IReadOnlyList<string> provinces) =>
        blocs.Where(b => b.RosterYear is not null && (provinces.Count > 0
                ? b.Province is not null && provinces.Contains(Citations.Folded(b.Province), StringComparer.Ordinal)
                : home is null || string.Equals(b.Province, home, StringComparison.OrdinalIgnoreCase)))
            .Max(b => b.RosterYear);

    public static List<BlocInfo> InForce(IReadOnlyList<BlocInfo> blocs, int? year, string? home, IReadOnlyList<string> provinces, string? kind)
    {
        // Without a year this is the list of everything known; a count for a year is of one province.
        var shown = blocs.Where(b => (kind is null || b.Kind == kind)
            && (provinces.Count > 0 ? b.Province is not null && provinces.Contains(Citations.Folded(b.Province), StringComparer.Ordinal)
                : year is null || home is null || b.Province is null || string.Equals(b.Province, home, StringComparison.OrdinalIgnoreCase)));
        if (year is null)
        {
            return shown.ToList();
        }

        // Rosters dated that very year (a new division of the blocs) replace the whole earlier set: a bloc they no longer
        // have is not counted. Otherwise, per bloc, the roster in force that year; one known only later is left out.
        var listed = shown.Where(b => b.MemberCount > 0).ToList();
        if (listed.Any(b => b.ListedIn(year.Value)))
        {
            return listed.Where(b => b.ListedIn(year.Value) || b.RosterYear is null).GroupBy(b => (b.Kind, b.Name, b.Province)).Select(g => g.First()).ToList();
        }

        return listed.GroupBy(b => (b.Kind, b.Name, b.Province))
            .Select(g => g.Any(b => b.RosterYear is null) ? g.First() : g.Where(b => b.RosterYear <= year).MaxBy(b => b.RosterYear))
            .Where(b => b is not null)
            .Select(b => b!)
            .ToList();
    }

    public static string Heading(IReadOnlyList<BlocInfo> blocs, int? year)
    {
        if (year is null)
        {
            return "Tôi có dữ liệu về các khối, cụm thi đua sau:\n";
        }

        var province = blocs.Select(b => b.Province).Distinct().Count() == 1 && blocs[0].Province is { } p ? $" tỉnh {p}" : string.Empty;
        var khoi = blocs.Count(b => b.Kind == "khối thi đua");
        var cum = blocs.Count - khoi;
        var counts = string.Join(" và ", new[] { khoi > 0 ? $"{khoi} khối thi đua" : null, cum > 0 ? $"{cum} cụm thi đua" : null }.Where(x => x is not null));
        var units = blocs.All(b => b.MembersComplete) ? $", tổng cộng {blocs.Sum(b => b.MemberCount)} đơn vị" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"Theo tài liệu hiện có, năm {year}{province} có {counts}{units}:\n");
    }
}
