using KtdBot.Knowledge;

namespace KtdBot.Facts;

/// <summary>A hand-written field and an extracted fact that disagree; the hand-written value is kept.</summary>
/// <param name="File">The hand-written file.</param>
/// <param name="Field">The field ("leaders[2025].unit", "members").</param>
/// <param name="HandWritten">The value kept.</param>
/// <param name="Extracted">The value the documents gave.</param>
/// <param name="Evidence">Where the extracted value was read.</param>
public sealed record KnowledgeConflict(string File, string Field, string HandWritten, string Extracted, string Evidence)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}: {Field}: hand-written '{HandWritten}' kept; documents say '{Extracted}' ({Evidence})";
}

/// <summary>
/// One knowledge model: extracted records join the hand-written ones. Hand-written wins: an extracted bloc that is a
/// hand-written bloc adds only the years the hand-written record lacks, and every disagreement is reported by file and field.
/// </summary>
public static class KnowledgeMerger
{
    /// <summary>Merges blocs; <paramref name="fileOf"/> names the hand-written file of a record id.</summary>
    public static IReadOnlyList<Bloc> MergeBlocs(IReadOnlyList<Bloc> handWritten, IReadOnlyList<Bloc> extracted, Func<string, string> fileOf, List<KnowledgeConflict> conflicts)
    {
        var merged = handWritten.ToList();
        foreach (var bloc in extracted)
        {
            var at = merged.FindIndex(h => !h.Extracted && Same(h, bloc));
            if (at < 0)
            {
                merged.Add(bloc);
                continue;
            }

            merged[at] = Enrich(merged[at], bloc, fileOf(merged[at].Id), conflicts);
        }

        return merged;
    }

    /// <summary>Adds extracted campaigns whose name no hand-written campaign carries.</summary>
    public static IReadOnlyList<Campaign> MergeCampaigns(IReadOnlyList<Campaign> handWritten, IReadOnlyList<Campaign> extracted)
    {
        var names = handWritten.SelectMany(c => c.Aliases.Append(c.Name)).Select(n => new FoldedText(n).Folded).ToHashSet(StringComparer.Ordinal);
        return handWritten.Concat(extracted.Where(c => !names.Contains(new FoldedText(c.Name).Folded))).ToList();
    }

    private static bool Same(Bloc handWritten, Bloc extracted)
    {
        if (handWritten.Kind != extracted.Kind || (handWritten.Year is { } own && extracted.Year is { } read && own != read))
        {
            return false; // another year's roster of a renumbered bloc is another record
        }

        var provinceAgrees = extracted.Province is null
            ? handWritten.Sources.Intersect(extracted.Sources, StringComparer.Ordinal).Any()
            : handWritten.Province is not null && new FoldedText(handWritten.Province).Folded == new FoldedText(extracted.Province).Folded;
        if (!provinceAgrees)
        {
            return false;
        }

        if (extracted.Number is not null)
        {
            return handWritten.Number == extracted.Number;
        }

        var key = new FoldedText(extracted.Name).Folded;
        return handWritten.Aliases.Append(handWritten.Name).Select(n => new FoldedText(n).Folded).Any(n => n.StartsWith(key, StringComparison.Ordinal) || key.StartsWith(n, StringComparison.Ordinal));
    }

    private static Bloc Enrich(Bloc kept, Bloc found, string file, List<KnowledgeConflict> conflicts)
    {
        if (kept.MembersComplete && found.MembersComplete && found.Members.Count > 0 && found.Members.Count != kept.Members.Count)
        {
            conflicts.Add(new KnowledgeConflict(file, "members", $"{kept.Members.Count} units", $"{found.Members.Count} units: {string.Join(", ", found.Members.Select(m => m.Name))}", found.Sources.FirstOrDefault() ?? string.Empty));
        }

        var leaders = kept.Leaders.ToList();
        foreach (var leader in found.Leaders)
        {
            if (kept.LeaderIn(leader.Year) is { } own)
            {
                if (!SameUnit(own.Unit, leader.Unit))
                {
                    conflicts.Add(new KnowledgeConflict(file, $"leaders[{leader.Year}].unit", own.Unit, leader.Unit, $"{leader.Source}: {leader.Basis}"));
                }

                continue;
            }

            leaders.Add(leader);
        }

        var awards = kept.Awards.ToList();
        awards.AddRange(found.Awards.Where(a => !kept.Awards.Any(k => k.Year == a.Year)));
        var reviews = kept.Reviews.ToList();
        foreach (var review in found.Reviews)
        {
            if (kept.Reviews.FirstOrDefault(r => r.Year == review.Year) is { } own)
            {
                if (own.Date is not null && review.Date is not null && own.Date != review.Date)
                {
                    conflicts.Add(new KnowledgeConflict(file, $"reviews[{review.Year}].date", own.Date, review.Date, review.Source));
                }

                continue;
            }

            reviews.Add(review);
        }

        return kept with
        {
            Leaders = leaders.OrderBy(l => l.Year).ToList(),
            Awards = awards,
            Reviews = reviews,
            Deputies = kept.Deputies.Count > 0 ? kept.Deputies : found.Deputies,
            Scores = kept.Scores.Count > 0 ? kept.Scores : found.Scores,
        };
    }

    private static bool SameUnit(string a, string b)
    {
        var left = FactAssembler.Key(a);
        var right = FactAssembler.Key(b);
        return left.Contains(right, StringComparison.Ordinal) || right.Contains(left, StringComparison.Ordinal);
    }
}
