using KtdBot.Knowledge;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KtdBot.Search;

/// <summary>
/// The loaded knowledge base (structured records for rosters, titles and campaigns) and the passage
/// search over the configured store. Queries are encoded the same way for every store; a dense query
/// vector is added when an embedding model is configured, and its failure only costs the dense half.
/// </summary>
public sealed class KnowledgeIndex(
    IKnowledgeStore store,
    IEmbeddingGenerator<string, Embedding<float>>? embeddings = null,
    ILogger<KnowledgeIndex>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<KnowledgeIndex>.Instance;
    private volatile KnowledgeBase _knowledge = KnowledgeBase.Empty;
    private volatile bool _ready;
    private volatile Vocabulary _vocabulary = Vocabulary.Empty;

    /// <summary>The structured knowledge currently in use.</summary>
    public KnowledgeBase Knowledge => _knowledge;

    /// <summary>Syllable frequencies of the knowledge in use.</summary>
    public Vocabulary Vocabulary => _vocabulary;

    /// <summary>True once a knowledge base has been loaded and the store can answer.</summary>
    public bool IsReady => _ready;

    /// <summary>The store searched.</summary>
    public IKnowledgeStore Store => store;

    /// <summary>Switches to a freshly loaded knowledge base (its passages must already be in the store).</summary>
    public void Use(KnowledgeBase knowledge)
    {
        _vocabulary = Vocabulary.Build(knowledge.Documents);
        _knowledge = knowledge;
        _ready = true;
    }

    /// <summary>The best passages for a question, best first.</summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int top, SearchFilter? filter, CancellationToken cancellationToken)
    {
        var sparse = Bm25.EncodeQuery(query);
        if (sparse.Indices.Length == 0)
        {
            return [];
        }

        ReadOnlyMemory<float>? dense = null;
        if (embeddings is not null)
        {
            try
            {
                dense = (await embeddings.GenerateAsync([query], cancellationToken: cancellationToken).ConfigureAwait(false))[0].Vector;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
            {
                _logger.LogWarning(ex, "Query embedding failed; searching with the lexical vector only");
            }
        }

        return await store.SearchAsync(new SearchRequest(sparse, dense, top, filter), cancellationToken).ConfigureAwait(false);
    }
}
