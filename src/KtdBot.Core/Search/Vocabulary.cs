using KtdBot.Ingestion;
using KtdBot.Text;

namespace KtdBot.Search;

/// <summary>
/// Document frequencies of folded syllables in the knowledge base, so the answer composer can tell an
/// informative word of a question ("thời tiết", "Hội Luật gia") from a common one ("tỉnh", "năm").
/// </summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, int> _documentFrequency;

    private Vocabulary(Dictionary<string, int> documentFrequency, int documents)
    {
        _documentFrequency = documentFrequency;
        Documents = documents;
    }

    /// <summary>An empty vocabulary.</summary>
    public static Vocabulary Empty { get; } = new(new Dictionary<string, int>(), 0);

    /// <summary>Number of documents counted.</summary>
    public int Documents { get; }

    /// <summary>Counts every document once per syllable.</summary>
    public static Vocabulary Build(IEnumerable<ExtractedDocument> documents)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        foreach (var document in documents)
        {
            count++;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var token in Tokenizer.Syllables(document.Title))
            {
                seen.Add(token.Folded);
            }

            foreach (var section in document.Sections)
            {
                foreach (var token in Tokenizer.Syllables(section.Heading + " " + section.Text))
                {
                    seen.Add(token.Folded);
                }
            }

            foreach (var syllable in seen)
            {
                frequency[syllable] = frequency.GetValueOrDefault(syllable) + 1;
            }
        }

        return new Vocabulary(frequency, count);
    }

    /// <summary>True when the syllable occurs anywhere in the knowledge base.</summary>
    public bool Knows(string folded) => _documentFrequency.ContainsKey(folded);

    /// <summary>How many documents use the syllable.</summary>
    public int Frequency(string folded) => _documentFrequency.GetValueOrDefault(folded);

    /// <summary>Inverse document frequency; a syllable the knowledge base never uses weighs the most.</summary>
    public double Weight(string folded)
    {
        var df = _documentFrequency.GetValueOrDefault(folded);
        return Math.Log(1 + ((Documents + 1.0) / (df + 0.5)));
    }
}
