using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace KtdBot.Benchmarks.Search;

/// <summary>
/// How a Lucene.Net variant analyses passages and queries: which fields a passage is indexed into, and
/// which of them a query searches. Queries are analysed as a whole (not split on spaces first, as the
/// classic QueryParser would, which would defeat shingles) and become a disjunction of their distinct terms.
/// </summary>
internal sealed class LuceneSchema : IDisposable
{
    /// <summary>The Lucene version every component is created for.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly bool _accentedWhenTyped;

    private LuceneSchema(string name, Analyzer analyzer, IReadOnlyList<string> fields, bool accentedWhenTyped = false)
    {
        Name = name;
        Analyzer = analyzer;
        Fields = fields;
        _accentedWhenTyped = accentedWhenTyped;
    }

    /// <summary>Label for tables.</summary>
    public string Name { get; }

    /// <summary>Per-field analysis, used both when indexing and when building queries.</summary>
    public Analyzer Analyzer { get; }

    /// <summary>Fields every passage is indexed into (the first also stores the passage text).</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>
    /// Stock <see cref="StandardAnalyzer"/> (UAX#29 words, lower case, English stop words): the baseline
    /// a team gets without thinking about Vietnamese.
    /// </summary>
    public static LuceneSchema Standard() =>
        new("Lucene StandardAnalyzer", new StandardAnalyzer(Version), ["text"]);

    /// <summary>
    /// Vietnamese-aware, one field: NFC, UAX#29 words, lower case, <see cref="ASCIIFoldingFilter"/>
    /// (strips tone and quality marks, đ → d), then unigrams plus bigram shingles. Accent-blind by design.
    /// </summary>
    public static LuceneSchema VietnameseFolded() =>
        new("Lucene vi-folded+shingles", Vietnamese(fold: true), ["text"]);

    /// <summary>
    /// Vietnamese-aware, two fields — the closest Lucene equivalent of KtdBot's features: a folded field (as
    /// <see cref="VietnameseFolded"/>) always searched, and an accented field (same chain without folding)
    /// searched too when the query carries diacritics, so an accented query also earns exact-accent matches.
    /// </summary>
    public static LuceneSchema VietnameseTwoFields()
    {
        var analyzer = new PerFieldAnalyzerWrapper(Vietnamese(fold: true), new Dictionary<string, Analyzer>
        {
            ["folded"] = Vietnamese(fold: true),
            ["accented"] = Vietnamese(fold: false),
        });
        return new LuceneSchema("Lucene vi-2fields+shingles", analyzer, ["folded", "accented"], accentedWhenTyped: true);
    }

    /// <summary>
    /// The (field, term) pairs a query searches, each field analysed once. With two fields, the accented field
    /// joins only when its analysis differs from the folded one, i.e. when some word carries a diacritic.
    /// </summary>
    public List<(string Field, string Term)> QueryTerms(string query)
    {
        var first = Terms(Analyzer, Fields[0], query);
        var pairs = first.Select(t => (Fields[0], t)).ToList();
        if (!_accentedWhenTyped)
        {
            return pairs;
        }

        var accented = Terms(Analyzer, Fields[1], query);
        if (!accented.SequenceEqual(first, StringComparer.Ordinal))
        {
            pairs.AddRange(accented.Select(t => (Fields[1], t)));
        }

        return pairs;
    }

    /// <inheritdoc />
    public void Dispose() => Analyzer.Dispose();

    private static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (seen.Add(value))
            {
                terms.Add(value);
            }
        }

        stream.End();
        return terms;
    }

    private static Analyzer Vietnamese(bool fold) => Analyzer.NewAnonymous(
        (_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, source);
            if (fold)
            {
                stream = new ASCIIFoldingFilter(stream);
            }

            stream = new ShingleFilter(stream, 2, 2);
            return new TokenStreamComponents(source, stream);
        },
        (_, reader) => new StringReader(reader.ReadToEnd().Normalize(NormalizationForm.FormC)));
}
