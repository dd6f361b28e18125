namespace KtdBot.Answering;

/// <summary>Words that point back to what the conversation is about ("khối đó", "cụm này", "khối trên"), folded.</summary>
internal static class Anaphora
{
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal) { "khoi", "cum" };

    private static readonly HashSet<string> Pointers = new(StringComparer.Ordinal) { "do", "nay", "tren", "ay", "kia" };

    /// <summary>True when a bloc or cluster word is followed by a pointer: "khối đó", "cụm thi đua này".</summary>
    public static bool RefersToBloc(IReadOnlyList<string> syllables)
    {
        for (var i = 0; i + 1 < syllables.Count; i++)
        {
            if (!Heads.Contains(syllables[i]))
            {
                continue;
            }

            var next = i + 1 < syllables.Count && syllables[i + 1] == "thi" && i + 3 < syllables.Count ? i + 3 : i + 1;
            if (Pointers.Contains(syllables[next]))
            {
                return true;
            }
        }

        return false;
    }
}
