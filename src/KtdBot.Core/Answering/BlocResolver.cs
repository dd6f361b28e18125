using System.Globalization;
using System.Runtime.CompilerServices;
using KtdBot.Knowledge;

namespace KtdBot.Answering;

/// <summary>What a question says about a bloc: a number and kind ("khối 8", "cụm số 1"), a name, or a province.</summary>
/// <param name="Matches">Blocs the reference fits, best first.</param>
/// <param name="Number">The number typed, if any.</param>
/// <param name="Kind">Khối or cụm, when typed.</param>
/// <param name="Mentioned">True when the question refers to a bloc at all (even one the knowledge base does not know).</param>
public sealed record BlocReference(IReadOnlyList<Bloc> Matches, int? Number, BlocKind? Kind, bool Mentioned);

/// <summary>Resolves bloc references in folded syllables.</summary>
public static class BlocResolver
{
    // Each bloc's names tokenised once per loaded record, not on every question (keyed by the record: a reload's new
    // records get new entries, the old ones go with their records).
    private static readonly ConditionalWeakTable<Bloc, string[][]> NameSyllables = new();

    /// <summary>Finds the blocs a question refers to; provinces named in the question narrow the match.</summary>
    public static BlocReference Resolve(IReadOnlyList<string> query, IReadOnlyList<Bloc> blocs, IReadOnlyList<string> provincesMentioned, Func<string, bool>? isWord = null, string? homeProvince = null, int? year = null)
    {
        var home = homeProvince is null || provincesMentioned.Count > 0 ? null : Citations.Folded(homeProvince);
        var (number, kind, mentioned) = ReadNumbered(query);
        var matches = new List<(Bloc Bloc, double Score)>();
        foreach (var bloc in blocs)
        {
            double score = 0;
            if (number is { } n && bloc.Number == n && (kind is null || kind == bloc.Kind))
            {
                score = 2;
            }

            foreach (var syllables in NameSyllables.GetValue(bloc, static b => [.. b.Aliases.Append(b.Name).Select(NameMatcher.Syllables)]))
            {
                // A name counts when it appears whole; names that are only "khối thi đua N" are handled by the number above.
                if (syllables.Length >= 2 && NameMatcher.Contains(query, syllables, isWord) && !IsBareNumberedName(syllables))
                {
                    score = Math.Max(score, 1.5 + (0.1 * syllables.Length));
                }
            }

            if (score > 0 && number is { } typed && ((bloc.Number is { } own && typed != own) || (kind is { } typedKind && bloc.Kind != typedKind)))
            {
                score = 0; // "khối 5" never resolves to khối 8 (nor "cụm 5" to khối 5) through a shared word
            }

            // "khối nội chính năm 2025": the same descriptor names different numbers in different years (renumbering):
            // the roster in force in the year asked first.
            if (score > 0 && number is null && year is { } asked && bloc.Year is { } rosterYear)
            {
                score += rosterYear <= asked ? 0.05 - ((asked - rosterYear) * 0.001) : -0.05;
            }

            if (score > 0)
            {
                if (provincesMentioned.Count > 0)
                {
                    var province = bloc.Province is null ? null : Citations.Folded(bloc.Province);
                    if (province is null || !provincesMentioned.Contains(province, StringComparer.Ordinal))
                    {
                        // Named province differs from the bloc's (or the bloc's is unknown): keep it only as a weak candidate.
                        score -= province is null ? 0.5 : 10;
                    }
                }
                else if (home is not null && bloc.Province is not null && Citations.Folded(bloc.Province) != home)
                {
                    score -= 0.3; // no province named: the folder's own province first
                }

                if (score > 0)
                {
                    matches.Add((bloc, score));
                }
            }
        }

        var ordered = matches.OrderByDescending(m => m.Score).Select(m => m.Bloc).ToList();
        return new BlocReference(ordered, number, kind, mentioned || ordered.Count > 0);
    }

    /// <summary>
    /// The record of a bloc for a year: when documents give a bloc a different roster in different years (renumbering,
    /// mergers), the roster in force that year (the latest one from before it), or the newest when no year is asked.
    /// </summary>
    public static string CompositionFor(IReadOnlyList<Bloc> blocs, string blocId, int? year)
    {
        var bloc = blocs.FirstOrDefault(b => b.Id == blocId);
        if (bloc?.Year is null)
        {
            return blocId;
        }

        var siblings = blocs.Where(b => b.Year is not null && SameBlocOtherYear(b, bloc))
            .OrderBy(b => b.Year)
            .ToList();
        if (siblings.Count < 2)
        {
            return blocId;
        }

        var chosen = year is null ? siblings[^1] : siblings.LastOrDefault(b => b.Year <= year) ?? siblings[0];
        return chosen.Id;
    }

    /// <summary>The records of the same bloc in other years, newest first (the bloc's own record among them).</summary>
    public static IEnumerable<Bloc> OtherYears(IReadOnlyList<Bloc> blocs, string blocId)
    {
        var bloc = blocs.FirstOrDefault(b => b.Id == blocId);
        return bloc?.Year is null ? [] : blocs.Where(b => b.Year is not null && SameBlocOtherYear(b, bloc)).OrderByDescending(b => b.Year);
    }

    /// <summary>True when another record of the same bloc holds a roster older than <paramref name="year"/>.</summary>
    public static bool HasRosterBefore(IReadOnlyList<Bloc> blocs, string blocId, int year)
    {
        var bloc = blocs.FirstOrDefault(b => b.Id == blocId);
        return bloc is not null && blocs.Any(b => b.Year < year && SameBlocOtherYear(b, bloc));
    }

    // Records of one bloc in different years: same kind, number, name and province.
    private static bool SameBlocOtherYear(Bloc a, Bloc b) =>
        a.Kind == b.Kind && a.Number == b.Number
        && string.Equals(a.Name, b.Name, StringComparison.Ordinal) && string.Equals(a.Province, b.Province, StringComparison.Ordinal);

    // "khoi 8", "khoi thi dua 8", "khoi thi dua so 8", "cum thi dua so 1", "cum 1".
    private static (int? Number, BlocKind? Kind, bool Mentioned) ReadNumbered(IReadOnlyList<string> query)
    {
        var mentioned = false;
        for (var i = 0; i < query.Count; i++)
        {
            BlocKind? kind = query[i] switch
            {
                "khoi" => BlocKind.Khoi,
                "cum" => BlocKind.Cum,
                _ => null,
            };
            if (kind is null)
            {
                continue;
            }

            var j = i + 1;
            if (j + 1 < query.Count && query[j] == "thi" && NameMatcher.SameSyllable(query[j + 1], "dua"))
            {
                j += 2;
                mentioned = true;
            }

            // "cụm (thi đua các) xã, phường số 2": a short descriptor before "số N".
            for (var k = j; k < Math.Min(query.Count - 1, j + 4); k++)
            {
                if (query[k].Length == 0 || query[k] is "khoi" or "cum" or "nam" || char.IsDigit(query[k][0]))
                {
                    break;
                }

                if (k > j && query[k] == "so" && char.IsDigit(query[k + 1][0]))
                {
                    j = k;
                    break;
                }
            }

            if (j < query.Count && query[j] == "so")
            {
                j++;
            }

            if (j < query.Count && int.TryParse(query[j], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and < 100)
            {
                return (number, kind, true);
            }

            // "Khối thi đua số II", "khối IV": decisions number blocs in Roman numerals, and people copy them.
            // A lone "i", "v" or "x" is a numeral only at the end or before a word that follows a bloc's name ("khối V năm 2024").
            if (j < query.Count && Text.RomanNumerals.Value(query[j]) is { } roman && (j > i + 1 || query[j].Length > 1 || j + 1 == query.Count || AfterBloc.Contains(query[j + 1])))
            {
                return (roman, kind, true);
            }

            if (j < query.Count && j > i + 1 && query[j] is "truong")
            {
                continue; // "khối trưởng" is a role, not a bloc
            }
        }

        return (null, null, mentioned);
    }

    private static readonly HashSet<string> AfterBloc = new(StringComparer.Ordinal) { "nam", "co", "gom", "la", "ai", "thuoc", "nay", "do", "tinh", "duoc", "da", "to", "tong" };

    private static bool IsBareNumberedName(string[] syllables) =>
        syllables.Length <= 5 && syllables[0] is "khoi" or "cum" && syllables.Any(s => s.Length > 0 && char.IsDigit(s[0]));
}
