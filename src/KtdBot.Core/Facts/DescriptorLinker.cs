using KtdBot.Knowledge;

namespace KtdBot.Facts;

/// <summary>
/// A report titled "Khối thi đua MTTQ và các tổ chức chính trị - xã hội tỉnh …" speaks of the numbered bloc a decision
/// describes with that phrase ("Khối thi đua số 6 (Khối MTTQ và các tổ chức chính trị - xã hội)"). Linked only within
/// one province and kind, and only when the phrase names one number (for the fact's year when blocs were renumbered);
/// otherwise the named bloc stays its own record.
/// </summary>
internal static class DescriptorLinker
{
    private const int ShortestKey = 8;

    public static List<BlocFact> Link(List<BlocFact> facts)
    {
        var described = facts
            .Where(f => f.Bloc.Number is not null && f.Bloc.Descriptor is not null)
            .Select(f => (f.Bloc, f.Year, Key: Key(new FoldedText(f.Bloc.Descriptor!).Folded)))
            .Where(d => d.Key.Length >= ShortestKey)
            .ToList();
        if (described.Count == 0)
        {
            return facts;
        }

        return facts.Select(f => f.Bloc.Number is null && Numbered(f, described) is { } numbered
            ? f with { Bloc = numbered with { Descriptor = f.Bloc.Name } }
            : f).ToList();
    }

    private static BlocRef? Numbered(BlocFact fact, List<(BlocRef Bloc, int? Year, string Key)> described)
    {
        var key = Key(fact.Bloc.NameKey);
        if (key.Length < ShortestKey)
        {
            return null;
        }

        var matching = described
            .Where(d => d.Bloc.Kind == fact.Bloc.Kind && SameProvince(d.Bloc.Province, fact.Bloc.Province) && Matches(d.Key, key))
            .ToList();
        var numbers = matching.Select(d => d.Bloc.Number).Distinct().ToList();
        if (numbers.Count > 1 && fact.Year is { } year)
        {
            numbers = matching.Where(d => d.Year == year).Select(d => d.Bloc.Number).Distinct().ToList();
        }

        return numbers.Count == 1 ? matching.First(d => d.Bloc.Number == numbers[0]).Bloc : null;
    }

    private static bool Matches(string descriptor, string name) =>
        descriptor == name || descriptor.StartsWith(name + " ", StringComparison.Ordinal) || name.StartsWith(descriptor + " ", StringComparison.Ordinal);

    private static bool SameProvince(string? a, string? b) =>
        a is not null && b is not null && new FoldedText(a).Folded == new FoldedText(b).Folded;

    // "khoi cac co quan mttq va cac to chuc chinh tri - xa hoi tinh" → "mttq va cac to chuc chinh tri - xa hoi".
    private static string Key(string folded)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        string[][] leading = [["khoi"], ["cum"], ["thi", "dua"], ["cac"], ["co", "quan"], ["don", "vi"]];
        var trimmed = true;
        while (trimmed)
        {
            trimmed = false;
            foreach (var lead in leading)
            {
                if (words.Count > lead.Length && words.Take(lead.Length).SequenceEqual(lead))
                {
                    words.RemoveRange(0, lead.Length);
                    trimmed = true;
                }
            }
        }

        if (words.Count > 1 && words[^1] == "tinh")
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }
}
