using KtdBot.Ingestion;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace KtdBot.Benchmarks.Search;

/// <summary>
/// Lucene.Net 4.8 with <see cref="BM25Similarity"/> (k1 = 1.2, b = 0.75, as KtdBot) over an in-memory
/// <see cref="RAMDirectory"/>. Indexes the same passages KtdBot does (chunk search text: title, heading, text;
/// stored, since a passage must be shown), merged to one segment; a doc-values field maps a hit back to its chunk.
/// </summary>
internal sealed class LuceneRetriever(LuceneSchema schema) : IRetriever
{
    private const string OrdinalField = "ord";
    private RAMDirectory? _directory;
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;
    private NumericDocValues? _ordinals;
    private string[] _documentIds = [];

    /// <inheritdoc />
    public string Name => schema.Name;

    /// <inheritdoc />
    public int Passages => _documentIds.Length;

    /// <inheritdoc />
    public string Detail { get; private set; } = string.Empty;

    /// <summary>Bytes held by the RAMDirectory (the index files).</summary>
    public long IndexBytes => _directory?.GetSizeInBytes() ?? 0;

    /// <inheritdoc />
    public Task BuildAsync(IReadOnlyList<ExtractedDocument> documents, CancellationToken cancellationToken)
    {
        var chunker = new Chunker();
        var chunks = documents.SelectMany(chunker.Chunk).ToList();
        _documentIds = chunks.Select(c => c.DocumentId).ToArray();
        _directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneSchema.Version, schema.Analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 256,
        };
        using (var writer = new IndexWriter(_directory, config))
        {
            // KtdBot encodes passages on every core (Parallel.For); IndexWriter is thread-safe, so Lucene does too.
            var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
            Parallel.For(0, chunks.Count, options, i => writer.AddDocument(ToDocument(chunks[i].SearchText, i)));
            writer.ForceMerge(1);
            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _ordinals = MultiDocValues.GetNumericValues(_reader, OrdinalField);
        var fields = MultiFields.GetFields(_reader);
        Detail = string.Join(", ", schema.Fields.Select(f => $"{f}: {fields.GetTerms(f)?.SumDocFreq ?? 0:N0} postings, {fields.GetTerms(f)?.Count ?? 0:N0} terms"));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<string>> SearchAsync(string query, int depth, CancellationToken cancellationToken)
    {
        var searcher = _searcher ?? throw new InvalidOperationException("Build the index first.");
        var built = BuildQuery(query);
        if (built.Clauses.Count == 0)
        {
            return ValueTask.FromResult<IReadOnlyList<string>>([]);
        }

        var top = searcher.Search(built, depth * 4);
        var ordinals = _ordinals!;
        return ValueTask.FromResult(BeirDocuments.Rank(top.ScoreDocs.Select(hit => _documentIds[(int)ordinals.Get(hit.Doc)]), depth));
    }

    /// <summary>The query Lucene runs: every distinct analysed term of every searched field, OR-ed.</summary>
    public BooleanQuery BuildQuery(string query)
    {
        var built = new BooleanQuery();
        foreach (var (field, term) in schema.QueryTerms(query))
        {
            if (built.Clauses.Count < BooleanQuery.MaxClauseCount)
            {
                built.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            }
        }

        return built;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _reader?.Dispose();
        _directory?.Dispose();
        schema.Dispose();
        _reader = null;
        _directory = null;
        _searcher = null;
    }

    private Document ToDocument(string text, int ordinal)
    {
        var document = new Document();
        for (var i = 0; i < schema.Fields.Count; i++)
        {
            document.Add(new TextField(schema.Fields[i], text, i == 0 ? Field.Store.YES : Field.Store.NO));
        }

        document.Add(new NumericDocValuesField(OrdinalField, ordinal));
        return document;
    }
}
