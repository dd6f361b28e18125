namespace KtdBot.Answering;

/// <summary>
/// Words that point back to what the conversation is about ("khối đó", "cụm này", "khối trên", "hội nghị đó"), folded.
/// A conference pointed back to is the one of the bloc being discussed.
/// </summary>
internal static class Anaphora
{
    private static readonly string[][] Heads = [["khoi"], ["cum"], ["hoi", "nghi", "tong", "ket"], ["hoi", "nghi"], ["buoi", "tong", "ket"], ["cuoc", "hop"]];

    private static readonly HashSet<string> Pointers = new(StringComparer.Ordinal) { "do", "nay", "tren", "ay", "kia" };

    /// <summary>True when a bloc, cluster or conference word is followed by a pointer: "khối đó", "cụm thi đua này", "hội nghị ấy".</summary>
    public static bool RefersToBloc(IReadOnlyList<string> syllables)
    {
        for (var i = 0; i < syllables.Count; i++)
        {
            foreach (var head in Heads)
            {
                if (!Starts(syllables, i, head))
                {
                    continue;
                }

                var next = i + head.Length;
                // "khối thi đua đó": the words "thi đua" between the head and its pointer.
                next += next + 2 < syllables.Count && syllables[next] == "thi" && syllables[next + 1] == "dua" ? 2 : 0;
                if (next < syllables.Count && Pointers.Contains(syllables[next]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"hội đó", "đơn vị này", "sở ấy": a unit word and a pointer, nothing else.</summary>
    public static bool PointsBack(IReadOnlyList<string> syllables) =>
        syllables.Count is >= 2 and <= 3 && Pointers.Contains(syllables[^1]) && UnitWords.Contains(string.Join(' ', syllables.Take(syllables.Count - 1)));

    private static readonly HashSet<string> UnitWords = new(StringComparer.Ordinal) { "hoi", "don vi", "so", "co quan", "ban", "doan", "dv", "to chuc", "xa", "phuong", "huyen" };

    private static bool Starts(IReadOnlyList<string> syllables, int at, string[] head)
    {
        if (at + head.Length > syllables.Count)
        {
            return false;
        }

        for (var k = 0; k < head.Length; k++)
        {
            if (syllables[at + k] != head[k])
            {
                return false;
            }
        }

        return true;
    }
}
