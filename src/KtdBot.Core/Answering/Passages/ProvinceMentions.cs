namespace KtdBot.Answering.Passages;

/// <summary>
/// Whether a text names a province. Most names are unmistakable; a few are also something else ("tư tưởng Hồ Chí
/// Minh") and count only after a word that makes them a place.
/// </summary>
internal static class ProvinceMentions
{
    // Folded names that are a place only when a place word comes first.
    private static readonly HashSet<string> AlsoNotAPlace = new(StringComparer.Ordinal) { "ho chi minh" };

    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal) { "pho", "tp", "tinh", "tphcm" };

    /// <summary>True when the folded <paramref name="syllables"/> name the folded <paramref name="province"/>.</summary>
    public static bool Names(IReadOnlyList<string> syllables, string province)
    {
        var name = province.Split(' ');
        for (var i = 0; i + name.Length <= syllables.Count; i++)
        {
            if (name.Select((n, k) => string.Equals(syllables[i + k], n, StringComparison.Ordinal)).All(same => same)
                && (!AlsoNotAPlace.Contains(province) || (i > 0 && PlaceWords.Contains(syllables[i - 1]))))
            {
                return true;
            }
        }

        return false;
    }
}
