using System.Text;
using KtdBot.Text;

namespace KtdBot.Search;

/// <summary>
/// The lexical features of Vietnamese text, hashed to 32-bit ids (Qdrant sparse indices are uint32).
/// Four families: accented syllables, folded syllables, and the bigrams of each. Documents carry all
/// four, so a query typed without diacritics matches through the folded families while an accented
/// query also earns the accented ones and keeps its precision ("bàn" vs "bạn").
/// </summary>
public static class LexicalFeatures
{
    private const char Accented = 'a';
    private const char Folded = 'f';
    private const char AccentedPair = 'A';
    private const char FoldedPair = 'F';

    // Interrogatives and politeness words say what kind of answer is wanted, not what it is about.
    private static readonly HashSet<string> QueryStopWords = new(StringComparer.Ordinal)
    {
        "gì", "nào", "ai", "đâu", "nhiêu", "sao", "vậy", "ạ", "nhỉ", "hả", "à", "ơi", "xin", "hỏi", "tôi", "mình", "bạn",
        "cho", "biết", "là", "thì", "có", "không", "được", "của", "và", "các", "những", "như", "thế",
    };

    private static readonly HashSet<string> FoldedQueryStopWords = new(StringComparer.Ordinal)
    {
        "gi", "nao", "ai", "nhieu", "xin", "hoi", "toi", "minh", "cho", "biet", "la", "thi", "co", "khong", "duoc", "cua", "va", "cac", "nhung", "nhu",
    };

    /// <summary>Counts document features and returns the syllable count (the BM25 length).</summary>
    public static int CountDocument(string text, Dictionary<uint, int> counts)
    {
        var length = 0;
        Token? previous = null;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token is not { } t)
            {
                previous = null;
                continue;
            }

            length++;
            Add(counts, Hash(Accented, t.Accented));
            Add(counts, Hash(Folded, t.Folded));
            if (previous is { } p)
            {
                Add(counts, Hash(AccentedPair, p.Accented, t.Accented));
                Add(counts, Hash(FoldedPair, p.Folded, t.Folded));
            }

            previous = t;
        }

        return length;
    }

    /// <summary>Query features with their weights. Folded features always; accented ones when the query carries diacritics.</summary>
    public static Dictionary<uint, float> Query(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var accentedQuery = tokens.Any(t => t is { HasDiacritics: true });
        var weights = new Dictionary<uint, float>();
        Token? previous = null;
        foreach (var token in tokens)
        {
            if (token is not { } t)
            {
                previous = null;
                continue;
            }

            var stop = accentedQuery && t.HasDiacritics ? QueryStopWords.Contains(t.Accented) : FoldedQueryStopWords.Contains(t.Folded) || QueryStopWords.Contains(t.Accented);
            if (!stop)
            {
                weights[Hash(Folded, t.Folded)] = 1f;
                if (accentedQuery)
                {
                    weights[Hash(Accented, t.Accented)] = 1f;
                }
            }

            if (previous is { } p)
            {
                weights[Hash(FoldedPair, p.Folded, t.Folded)] = 1f;
                if (accentedQuery)
                {
                    weights[Hash(AccentedPair, p.Accented, t.Accented)] = 1f;
                }
            }

            previous = t;
        }

        return weights;
    }

    private static void Add(Dictionary<uint, int> counts, uint feature)
    {
        counts.TryGetValue(feature, out var count);
        counts[feature] = count + 1;
    }

    private static uint Hash(char family, string term) => Fnv1A(Fnv1A(2166136261u, family), term);

    private static uint Hash(char family, string first, string second) =>
        Fnv1A(Fnv1A(Fnv1A(Fnv1A(2166136261u, family), first), ' '), second);

    private static uint Fnv1A(uint hash, string text)
    {
        foreach (var c in text)
        {
            hash = Fnv1A(hash, c);
        }

        return hash;
    }

    private static uint Fnv1A(uint hash, char c)
    {
        hash = (hash ^ (byte)c) * 16777619u;
        return (hash ^ (byte)(c >> 8)) * 16777619u;
    }
}
