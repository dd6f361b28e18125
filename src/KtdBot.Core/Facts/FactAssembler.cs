using System.Globalization;
using System.Text;
using KtdBot.Knowledge;

namespace KtdBot.Facts;

/// <summary>
/// Turns the facts of every document into the same records hand-written YAML gives. Blocs are keyed by kind, number or
/// name, and province (never merged across provinces, nor a bloc without a province into one with); when a bloc's
/// roster differs between years (renumbering, mergers), each year's roster is its own record, and the other facts go to
/// the roster in force in their year.
/// </summary>
public static partial class FactAssembler
{
    /// <summary>Bloc records from the facts.</summary>
    public static IReadOnlyList<Bloc> Blocs(IEnumerable<DocumentFacts> documents, Func<string, string> titleOf)
    {
        var facts = DescriptorLinker.Link(ProvinceLinker.Link(documents.SelectMany(d => d.Blocs).ToList()));
        var groups = new List<List<BlocFact>>();
        foreach (var fact in facts)
        {
            var group = groups.FirstOrDefault(g => SameBloc(g[0].Bloc, fact.Bloc));
            if (group is null)
            {
                groups.Add([fact]);
            }
            else
            {
                group.Add(fact);
            }
        }

        var blocs = new List<Bloc>();
        foreach (var group in groups)
        {
            var rosters = group.OfType<MembersFact>().Where(m => m.Members.Count > 0).ToList();
            var years = Compositions(rosters, out var repeated);
            // A fact from before the first roster known cannot be placed in it: the number may have meant another bloc then.
            var first = years.Count > 0 ? years.Keys.First() : int.MinValue;
            var earlier = group.Where(f => f.Year is { } y && y < first && y > 0).ToList();
            foreach (var (year, roster) in years)
            {
                var share = group.Except(earlier).Where(f => years.Count == 1 || PlaceOf(f, years) == year).ToList();
                var bloc = Build(share, roster, years.Count > 1 || earlier.Count > 0 ? year : null, titleOf);
                blocs.Add(bloc with { RepeatedIn = repeated.TryGetValue(year, out var later) ? later : [] });
            }

            foreach (var byYear in earlier.GroupBy(f => f.Year!.Value))
            {
                blocs.Add(Build(byYear.ToList(), null, byYear.Key, titleOf));
            }

            if (years.Count == 0)
            {
                blocs.Add(Build(group, null, null, titleOf));
            }
        }

        return blocs;
    }

    /// <summary>Campaign records, one per campaign name.</summary>
    public static IReadOnlyList<Campaign> Campaigns(IEnumerable<DocumentFacts> documents) =>
        documents.SelectMany(d => d.Campaigns)
            .GroupBy(c => new FoldedText(c.Name).Folded)
            .Select(g =>
            {
                var c = g.First();
                return new Campaign(
                    Slug(c.Name),
                    c.Name,
                    [],
                    "phong trào thi đua",
                    c.Period,
                    c.LaunchedBy,
                    c.LaunchedOn,
                    c.LegalBasis,
                    c.Purpose ?? string.Empty,
                    c.HowToJoin,
                    c.KeyDates,
                    c.Criteria.Select(x => new SourcedFact(x, c.Evidence.DocumentId)).ToList(),
                    g.Select(x => x.Evidence.DocumentId).Distinct().ToList())
                {
                    Extracted = true,
                };
            })
            .ToList();

    /// <summary>The key a cadre sees for a bloc: kind, number or name, province.</summary>
    public static bool SameBloc(BlocRef a, BlocRef b) =>
        a.Kind == b.Kind
        && (a.Number is not null || b.Number is not null ? a.Number == b.Number : a.NameKey == b.NameKey || a.NameKey.StartsWith(b.NameKey, StringComparison.Ordinal) || b.NameKey.StartsWith(a.NameKey, StringComparison.Ordinal))
        && string.Equals(a.Province is null ? null : new FoldedText(a.Province).Folded, b.Province is null ? null : new FoldedText(b.Province).Folded, StringComparison.Ordinal);

    // One roster per year; a year whose roster repeats the previous one's is the same composition (and is noted in
    // repeated, under the year kept, so that year's list still counts the bloc).
    private static SortedDictionary<int, MembersFact> Compositions(List<MembersFact> rosters, out Dictionary<int, List<int>> repeated)
    {
        repeated = [];
        var byYear = new SortedDictionary<int, MembersFact>();
        foreach (var roster in rosters.OrderByDescending(r => r.FromTable).ThenByDescending(r => r.Members.Count))
        {
            var year = roster.Year ?? 0;
            byYear.TryAdd(year, roster);
        }

        // A roster that repeats the previous year's is the same composition: keep the fuller list under the earlier year.
        var distinct = new SortedDictionary<int, MembersFact>();
        int? previousYear = null;
        foreach (var (year, roster) in byYear)
        {
            if (previousYear is { } py && SameMembers(distinct[py], roster))
            {
                var kept = distinct[py];
                distinct[py] = (roster.FromTable && !kept.FromTable) || (roster.FromTable == kept.FromTable && roster.Members.Count > kept.Members.Count) ? roster : kept;
                if (year > 0)
                {
                    (repeated.TryGetValue(py, out var later) ? later : repeated[py] = []).Add(year);
                }

                continue;
            }

            distinct[year] = roster;
            previousYear = year;
        }

        return distinct;
    }

    private static bool SameMembers(MembersFact a, MembersFact b)
    {
        var left = a.Members.Select(Key).ToHashSet(StringComparer.Ordinal);
        var right = b.Members.Select(Key).ToHashSet(StringComparer.Ordinal);
        // A news article naming some members is part of a roster, not a new one; a list with its count is complete.
        return left.SetEquals(right) || (Partial(a) && left.IsSubsetOf(right)) || (Partial(b) && right.IsSubsetOf(left));
    }

    private static bool Partial(MembersFact roster) => !roster.FromTable && (roster.DeclaredCount is null || roster.DeclaredCount > roster.Members.Count);


    // A leader or deputy is a member of its bloc: when a bloc's rosters differ by year (renumbering), a role goes to the
    // roster that holds its unit — a hand-over written at the 2024 review names the 2025 leader of the 2024 bloc —
    // and only otherwise to the roster in force in its year.
    private static int PlaceOf(BlocFact fact, SortedDictionary<int, MembersFact> compositions)
    {
        if (fact is RoleFact role)
        {
            var unit = Key(role.Unit);
            var holding = compositions.Where(c => c.Value.Members.Any(m => SameUnitKey(Key(m), unit))).Select(c => c.Key).ToList();
            if (holding.Count == 1)
            {
                return holding[0];
            }
        }

        return CompositionOf(fact.Year, compositions.Keys);
    }

    internal static bool SameUnitKey(string a, string b) => a.Length > 2 && b.Length > 2 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));

    private static int CompositionOf(int? year, IEnumerable<int> compositions)
    {
        var years = compositions.ToList();
        if (year is null)
        {
            return years[^1];
        }

        var atOrBefore = years.Where(y => y <= year).ToList();
        return atOrBefore.Count > 0 ? atOrBefore[^1] : years[0];
    }

    private static Bloc Build(List<BlocFact> facts, MembersFact? roster, int? scopedYear, Func<string, string> titleOf)
    {
        var reference = facts.Select(f => f.Bloc).OrderByDescending(b => b.NameKey.Length).First();
        var province = facts.Select(f => f.Bloc.Province).FirstOrDefault(p => p is not null);
        var sources = facts.Select(f => f.Evidence.DocumentId).Distinct().ToList();
        if (roster is not null)
        {
            sources.Remove(roster.Evidence.DocumentId);
            sources.Insert(0, roster.Evidence.DocumentId);
        }

        var declared = facts.OfType<MembersFact>().Select(m => m.DeclaredCount).FirstOrDefault(c => c is not null);
        var members = roster?.Members.Select(m => new BlocMember(m, [])).ToList() ?? [];
        var complete = roster is not null && (roster.FromTable || declared is null || declared == members.Count);
        var leaders = Roles(facts, deputy: false);
        var deputies = Roles(facts, deputy: true);
        var reviews = facts.OfType<ReviewFact>().Where(r => r.Year is not null)
            .OrderByDescending(r => (r.Date is null ? 0 : 1) + (r.Chair is null ? 0 : 1) + (r.Place is null ? 0 : 1))
            .GroupBy(r => r.Year!.Value)
            .Select(g => new BlocReview(
                g.Key,
                g.Select(r => r.Date).FirstOrDefault(d => d is not null),
                $"Hội nghị tổng kết công tác thi đua, khen thưởng năm {g.Key} — {titleOf(g.First().Evidence.DocumentId)}",
                g.Select(r => r.Chair).FirstOrDefault(c => c is not null),
                string.Join(" ", g.Select(r => r.Evidence.Text).Distinct().Take(2)) + (g.Select(r => r.Place).FirstOrDefault(p => p is not null) is { } place ? $" Địa điểm: {place}." : string.Empty),
                g.First().Evidence.DocumentId))
            .ToList();
        var awards = facts.OfType<AwardFact>().Where(a => a.Year is not null)
            .GroupBy(a => (a.Year!.Value, a.Form, a.Giver))
            .Select(g => new BlocAward(g.Key.Value, g.Key.Form, g.Key.Giver, g.All(a => a.Proposed) ? "proposed" : "conferred", g.SelectMany(a => a.Recipients).Distinct().ToList(), g.First().Evidence.DocumentId))
            .ToList();

        var name = reference.Name;
        var id = Slug($"{name} {province} {scopedYear}");
        var aliases = Aliases(reference, province);
        foreach (var descriptor in facts.Select(f => f.Bloc.Descriptor).Where(d => d is not null).Distinct())
        {
            // "Khối các cơ quan văn hóa - xã hội", and as people shorten it: "Khối văn hóa - xã hội".
            aliases.Add(descriptor!);
            var shortened = ShortDescriptor().Replace(descriptor!, "$1 ");
            if (shortened != descriptor)
            {
                aliases.Add(shortened);
            }

            // "Khối Mặt trận Tổ quốc và các tổ chức …" is typed "khối MTTQ".
            if (Abbreviated(shortened) is { } abbreviated)
            {
                aliases.Add(abbreviated);
            }
        }

        var description = Describe(name, province, scopedYear, members.Count, declared, leaders, sources, titleOf);
        return new Bloc(id, reference.Kind, name, reference.Number, aliases, province, null, description, complete, members, leaders, reviews, awards, sources)
        {
            Deputies = deputies,
            Scores = facts.OfType<ScoreFact>().Where(s => s.Year is not null).DistinctBy(s => (s.Year, Key(s.Unit)))
                .Select(s => new BlocScore(s.Year!.Value, s.Unit, s.Points, s.Rank, s.Evidence.DocumentId) { Figures = s.Figures }).ToList(),
            Year = scopedYear ?? roster?.Year,
            Extracted = true,
        };
    }

    // Per year, one unit: a hand-over or election first, then a roster's note, then a speaker's role; among equals the
    // newest document (a decision that amends the year's roles after a merger); the rest are conflicts.
    private static List<BlocLeader> Roles(List<BlocFact> facts, bool deputy) =>
        facts.OfType<RoleFact>().Where(r => r.Deputy == deputy && r.Year is not null)
            .GroupBy(r => r.Year!.Value)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var best = g.OrderByDescending(r => r.Handover).ThenByDescending(r => r.Person is null).ThenByDescending(r => r.Evidence.Date ?? string.Empty, StringComparer.Ordinal).First();
                var person = g.FirstOrDefault(r => r.Person is not null && Key(r.Unit) == Key(best.Unit));
                return new BlocLeader(g.Key, best.Unit, person?.Person, person?.PersonTitle, best.Handover ? best.Evidence.Date : null, best.Evidence.Text, best.Evidence.DocumentId);
            })
            .ToList();

    // The descriptor's kind word and the shorthand of the long name that follows it: "Khối MTTQ".
    private static string? Abbreviated(string descriptor)
    {
        var words = descriptor.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return null;
        }

        var rest = words[1].ToLowerInvariant();
        var shorthand = FactVocabulary.Shorthands.FirstOrDefault(s => rest.StartsWith(s.Long, StringComparison.Ordinal));
        return shorthand.Short is null ? null : $"{char.ToUpperInvariant(words[0][0])}{words[0][1..].ToLowerInvariant()} {shorthand.Short}";
    }

    private static List<string> Aliases(BlocRef bloc, string? province)
    {
        var word = bloc.Kind == BlocKind.Khoi ? "Khối" : "Cụm";
        var aliases = new List<string>();
        // "Khối thi đua MTTQ và các tổ chức chính trị - xã hội": people type its first words ("khối thi đua MTTQ …").
        var words = bloc.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (bloc.Number is null && words.Length > 5)
        {
            aliases.Add(string.Join(' ', words.Take(words[1] is "thi" or "THI" ? 4 : 3)));
            // "Khối thi đua MTTQ và …" is also typed "khối MTTQ".
            if (words[1] is "thi" or "THI" && words[3].Length >= 3 && words[3].All(c => char.IsUpper(c) || c == '&'))
            {
                aliases.Add($"{word} {words[3]}");
            }
        }

        if (bloc.Number is { } n)
        {
            aliases.AddRange([$"{word} {n}", $"{word} thi đua {n}", $"{word} số {n}"]);
            if (province is not null)
            {
                aliases.Add($"{word} thi đua số {n} tỉnh {province}");
            }
        }

        return aliases;
    }

    private static string Describe(string name, string? province, int? year, int members, int? declared, List<BlocLeader> leaders, List<string> sources, Func<string, string> titleOf)
    {
        var text = new StringBuilder(name);
        text.Append(province is null ? string.Empty : $" (tỉnh {province})");
        text.Append(year is null ? string.Empty : $", theo danh sách năm {year}");
        if (members > 0 || declared is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" có {(members > 0 ? members : declared)} đơn vị thành viên");
        }

        text.Append('.');
        foreach (var leader in leaders)
        {
            text.Append(CultureInfo.InvariantCulture, $" Năm {leader.Year}: {leader.Unit} làm khối trưởng.");
        }

        text.Append(" Thông tin trích từ: ").Append(string.Join("; ", sources.Take(4).Select(titleOf))).Append('.');
        return text.ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^((?:[Kk]hối|[Cc]ụm|KHỐI|CỤM))\s+(?:các\s+)?(?:cơ quan|đơn vị|cơ quan, đơn vị|sở, ngành|ngành)?\s*")]
    private static partial System.Text.RegularExpressions.Regex ShortDescriptor();

    internal static string Key(string unit) => new FoldedText(Answering.UnitNames.Core(unit)).Folded.Trim();

    internal static string Slug(string text)
    {
        var folded = new FoldedText(text.Trim()).Folded;
        var slug = new StringBuilder();
        foreach (var c in folded)
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        return string.Join('-', slug.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
