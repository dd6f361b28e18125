using KtdBot.Text;

namespace KtdBot.Search;

/// <summary>
/// BM25 split the way Qdrant's sparse index with the <c>idf</c> modifier wants it: documents carry the
/// length-normalised term-frequency part, the store multiplies in the inverse document frequency.
/// The embedded index and the Qdrant collection therefore rank alike.
/// </summary>
public sealed class Bm25(double averageLength, double k1 = 1.2, double b = 0.75)
{
    /// <summary>Average document length (syllables) of the corpus the weights were computed for.</summary>
    public double AverageLength { get; } = averageLength <= 0 ? 1 : averageLength;

    /// <summary>The document vector for a text.</summary>
    public SparseVector EncodeDocument(string text)
    {
        var counts = new Dictionary<uint, int>();
        var length = LexicalFeatures.CountDocument(text, counts);
        var norm = k1 * (1 - b + (b * length / AverageLength));
        var weights = new Dictionary<uint, float>(counts.Count);
        foreach (var (feature, tf) in counts)
        {
            weights[feature] = (float)(tf * (k1 + 1) / (tf + norm));
        }

        return SparseVector.From(weights);
    }

    /// <summary>The query vector (IDF is applied by the store).</summary>
    public static SparseVector EncodeQuery(string text) => SparseVector.From(LexicalFeatures.Query(text));

    /// <summary>Qdrant's IDF: ln(1 + (N − n + 0.5) / (n + 0.5)).</summary>
    public static float Idf(int documentCount, int documentFrequency) =>
        (float)Math.Log(1 + ((documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    /// <summary>Average syllable count over a corpus (the BM25 length is the number of syllables).</summary>
    public static double AverageLengthOf(IEnumerable<string> texts)
    {
        var lengths = texts.AsParallel().Select(t => (long)Tokenizer.Tokenize(t).Count(token => token is not null)).ToList();
        return lengths.Count == 0 ? 1 : (double)lengths.Sum() / lengths.Count;
    }
}
