using BenchmarkDotNet.Attributes;
using KtdBot.Benchmarks.Search;
using KtdBot.Evaluation;
using KtdBot.Search;
using KtdBot.Text;

namespace KtdBot.Benchmarks.Micro;

/// <summary>
/// Per-call cost and allocations of the query path's parts on the eval corpus: tokenising, encoding, and the
/// whole search for KtdBot and for the closest Lucene.Net variant. Run with <c>-- micro</c>.
/// </summary>
[MemoryDiagnoser]
public class SearchMicroBenchmarks : IDisposable
{
    private EmbeddedRetriever? _ours;
    private LuceneRetriever? _lucene;
    private string _passage = string.Empty;

    /// <summary>An eval question, with and without diacritics.</summary>
    [Params("Khối thi đua 2 Cà Mau gồm những đơn vị nào?", "Khoi thi dua 2 Ca Mau gom nhung don vi nao?")]
    public string Query { get; set; } = string.Empty;

    /// <summary>Indexes the eval corpus on both sides.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var set = BeirDataset.Load(Path.Combine(AppContext.BaseDirectory, "eval", "ktd"));
        var documents = BeirDocuments.From(set);
        _passage = new KtdBot.Ingestion.Chunker().Chunk(documents[0])[0].SearchText;
        _ours = new EmbeddedRetriever();
        _lucene = new LuceneRetriever(LuceneSchema.VietnameseTwoFields());
        Task.WaitAll(_ours.BuildAsync(documents, CancellationToken.None), _lucene.BuildAsync(documents, CancellationToken.None));
    }

    /// <summary>Normalise and split into syllables.</summary>
    [Benchmark]
    public int Tokenize() => Tokenizer.Tokenize(Query).Count;

    /// <summary>The query's sparse vector (folded, accented and bigram features).</summary>
    [Benchmark]
    public int EncodeQuery() => Bm25.EncodeQuery(Query).Indices.Length;

    /// <summary>One passage's BM25 vector (the first chunk of the first eval document: the per-chunk indexing cost).</summary>
    [Benchmark]
    public int EncodeDocument() => new Bm25(120).EncodeDocument(_passage).Indices.Length;

    /// <summary>KtdBot: encode, search 40 passages, rank documents.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> KtdBotSearch() => (await _ours!.SearchAsync(Query, SystemRunner.Depth, CancellationToken.None).ConfigureAwait(false)).Count;

    /// <summary>Lucene vi-2fields: analyse, build the query, search 40 passages, rank documents.</summary>
    [Benchmark]
    public async Task<int> LuceneSearch() => (await _lucene!.SearchAsync(Query, SystemRunner.Depth, CancellationToken.None).ConfigureAwait(false)).Count;

    /// <inheritdoc />
    [GlobalCleanup]
    public void Dispose()
    {
        _ours?.Dispose();
        _lucene?.Dispose();
        GC.SuppressFinalize(this);
    }
}
