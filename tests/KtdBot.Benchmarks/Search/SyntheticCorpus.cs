using System.Text;
using KtdBot.Ingestion;
using KtdBot.Text;

namespace KtdBot.Benchmarks.Search;

/// <summary>A generated passage's document, with the words it was written from (for known-item queries).</summary>
internal sealed record SyntheticDocument(ExtractedDocument Document, IReadOnlyList<string> Words, bool Folded);

/// <summary>
/// A generated query; <paramref name="Target"/> is the document it was cut from, if any, and
/// <paramref name="TargetFolded"/> says whether that document was written without diacritics.
/// </summary>
internal sealed record SyntheticQuery(string Text, string? Target, bool TargetFolded);

/// <summary>
/// Vietnamese-like text for the scale run. Syllables come from the knowledge base's vocabulary and are drawn
/// by a Zipf law over their frequency rank (exponent 1); half of the draws instead follow a syllable pair seen
/// in the knowledge base ("thi" → "đua"), so bigrams repeat as in real text instead of being all distinct.
/// Deterministic for a seed.
/// </summary>
internal sealed class SyntheticCorpus
{
    private const double FollowPairShare = 0.5;
    private readonly string[] _syllables;
    private readonly double[] _zipf;
    private readonly Dictionary<int, (int[] Next, double[] Cumulative)> _successors;
    private readonly Random _random;

    private SyntheticCorpus(string[] syllables, double[] zipf, Dictionary<int, (int[] Next, double[] Cumulative)> successors, int seed)
    {
        _syllables = syllables;
        _zipf = zipf;
        _successors = successors;
        _random = new Random(seed);
    }

    /// <summary>Distinct syllables available.</summary>
    public int VocabularySize => _syllables.Length;

    /// <summary>Learns syllable and pair frequencies from documents (lower-cased, accented syllables containing a letter).</summary>
    public static SyntheticCorpus FromDocuments(IEnumerable<ExtractedDocument> documents, int seed, double exponent = 1.0)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = new Dictionary<(string, string), int>();
        foreach (var document in documents)
        {
            foreach (var text in document.Sections.Select(s => s.Text).Prepend(document.Title))
            {
                string? previous = null;
                foreach (var token in Tokenizer.Tokenize(text))
                {
                    if (token is not { } t || !t.Accented.Any(char.IsLetter))
                    {
                        previous = null;
                        continue;
                    }

                    counts[t.Accented] = counts.GetValueOrDefault(t.Accented) + 1;
                    if (previous is not null)
                    {
                        pairs[(previous, t.Accented)] = pairs.GetValueOrDefault((previous, t.Accented)) + 1;
                    }

                    previous = t.Accented;
                }
            }
        }

        var syllables = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToArray();
        var rank = syllables.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i, StringComparer.Ordinal);
        var zipf = Cumulative(syllables.Select((_, i) => 1.0 / Math.Pow(i + 1, exponent)));
        var successors = pairs
            .GroupBy(p => rank[p.Key.Item1])
            .ToDictionary(
                g => g.Key,
                g => (g.Select(p => rank[p.Key.Item2]).ToArray(), Cumulative(g.Select(p => (double)p.Value))));
        return new SyntheticCorpus(syllables, zipf, successors, seed);
    }

    /// <summary>
    /// Documents of one passage each: a 5–10 syllable title and 80–150 syllables of text with commas and full
    /// stops every 6–20 syllables; one in ten is written entirely without diacritics.
    /// </summary>
    public List<SyntheticDocument> Documents(int count)
    {
        var documents = new List<SyntheticDocument>(count);
        for (var i = 0; i < count; i++)
        {
            var folded = _random.NextDouble() < 0.10;
            var title = Words(_random.Next(5, 11));
            var words = Words(_random.Next(80, 151));
            var text = Punctuate(words);
            var titleText = Capitalise(string.Join(' ', title));
            if (folded)
            {
                text = VietnameseText.Fold(text);
                titleText = VietnameseText.Fold(titleText);
            }

            var id = $"syn-{i:D6}";
            var document = new ExtractedDocument(
                id,
                titleText,
                [new DocumentSection(string.Empty, text)],
                new DocumentSource("synthetic", null, titleText),
                new Dictionary<string, string> { [MetadataKeys.Kind] = "document" });
            documents.Add(new SyntheticDocument(document, words, folded));
        }

        return documents;
    }

    /// <summary>
    /// Queries of 4–9 syllables: half are a run of words cut from a random document (a known item to find), half
    /// are drawn like the corpus; three in ten are typed without diacritics.
    /// </summary>
    public List<SyntheticQuery> Queries(int count, IReadOnlyList<SyntheticDocument> documents)
    {
        var queries = new List<SyntheticQuery>(count);
        for (var i = 0; i < count; i++)
        {
            var length = _random.Next(4, 10);
            string text;
            string? target = null;
            var targetFolded = false;
            if (i % 2 == 0 && documents.Count > 0)
            {
                var source = documents[_random.Next(documents.Count)];
                var start = _random.Next(0, Math.Max(1, source.Words.Count - length));
                text = string.Join(' ', source.Words.Skip(start).Take(length));
                target = source.Document.Id;
                targetFolded = source.Folded;
            }
            else
            {
                text = string.Join(' ', Words(length));
            }

            if (_random.NextDouble() < 0.30)
            {
                text = VietnameseText.Fold(text);
            }

            queries.Add(new SyntheticQuery(Capitalise(text) + "?", target, targetFolded));
        }

        return queries;
    }

    private List<string> Words(int count)
    {
        var words = new List<string>(count);
        var previous = -1;
        for (var i = 0; i < count; i++)
        {
            var next = previous >= 0 && _random.NextDouble() < FollowPairShare && _successors.TryGetValue(previous, out var followers)
                ? followers.Next[Draw(followers.Cumulative)]
                : Draw(_zipf);
            words.Add(_syllables[next]);
            previous = next;
        }

        return words;
    }

    private string Punctuate(List<string> words)
    {
        var builder = new StringBuilder();
        var untilBreak = _random.Next(6, 21);
        var capital = true;
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(capital ? Capitalise(words[i]) : words[i]);
            capital = false;
            if (--untilBreak == 0 && i < words.Count - 1)
            {
                var stop = _random.NextDouble() < 0.3;
                builder.Append(stop ? '.' : ',');
                capital = stop;
                untilBreak = _random.Next(6, 21);
            }
        }

        return builder.Append('.').ToString();
    }

    private int Draw(double[] cumulative)
    {
        var index = Array.BinarySearch(cumulative, _random.NextDouble() * cumulative[^1]);
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        var list = new List<double>();
        var total = 0.0;
        foreach (var weight in weights)
        {
            total += weight;
            list.Add(total);
        }

        return [.. list];
    }

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));
}
