using KtdBot.Ingestion;
using KtdBot.Qdrant.Tests.Infrastructure;
using KtdBot.Search;

namespace KtdBot.Qdrant.Tests;

/// <summary>
/// What every <see cref="IKnowledgeStore"/> must do. The embedded store, the Qdrant store over the fake
/// server (both fusion modes) and, with QDRANT_URL set, over a live Qdrant all run these same tests.
/// </summary>
public abstract class KnowledgeStoreContract : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>A new, empty store.</summary>
    protected abstract Task<IKnowledgeStore> CreateStoreAsync();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [StoreFact]
    public async Task EmptyStoreCountsZeroAndFindsNothing()
    {
        var store = await CreateStoreAsync();

        Assert.Equal(0, await store.CountAsync(None));
        Assert.Empty(await store.SearchAsync(TestCorpus.Query("khối thi đua"), None));
    }

    [StoreFact]
    public async Task ReplaceAllStoresEachChunkOnce()
    {
        var store = await CreateStoreAsync();
        var encoded = TestCorpus.Encoded();

        await store.ReplaceAllAsync([.. encoded, encoded[0]], None);

        Assert.Equal(TestCorpus.Chunks.Count, await store.CountAsync(None));
    }

    [StoreFact]
    public async Task FindsThePassageThatAnswersTheQuestion()
    {
        var store = await CreateStoreAsync();
        await store.ReplaceAllAsync(TestCorpus.Encoded(), None);

        var hits = await store.SearchAsync(TestCorpus.Query("Năm 2025 ai làm khối trưởng Khối thi đua 2 Cà Mau?"), None);

        Assert.Equal(TestCorpus.Chunks[0].Id, hits[0].Chunk.Id);
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score >= p.Second.Score), "hits are best first");
    }

    [StoreFact]
    public async Task QueryTypedWithoutDiacriticsStillFinds()
    {
        var store = await CreateStoreAsync();
        await store.ReplaceAllAsync(TestCorpus.Encoded(), None);

        var hits = await store.SearchAsync(TestCorpus.Query("khoi thi dua 8 gom nhung hoi nao"), None);

        Assert.Equal("khoi-8-binh-thuan", hits[0].Chunk.DocumentId);
    }

    [StoreFact]
    public async Task HitsCarryTheWholeChunkBack()
    {
        var store = await CreateStoreAsync();
        await store.ReplaceAllAsync(TestCorpus.Encoded(), None);

        var hits = await store.SearchAsync(TestCorpus.Query("Quỹ Mái ấm công đoàn hỗ trợ bao nhiêu đoàn viên", top: 20), None);

        foreach (var hit in hits)
        {
            TestCorpus.AssertSameChunk(TestCorpus.Chunks.Single(c => c.Id == hit.Chunk.Id), hit.Chunk);
        }

        Assert.Equal("mai-am-cong-doan", hits[0].Chunk.DocumentId);
        Assert.Equal("https://example.org/mai-am", hits[0].Chunk.Source.Location);
    }

    [StoreFact]
    public async Task TopLimitsTheHits()
    {
        var store = await CreateStoreAsync();
        await store.ReplaceAllAsync(TestCorpus.Encoded(), None);

        Assert.Equal(2, (await store.SearchAsync(TestCorpus.Query("khối thi đua tỉnh", top: 2), None)).Count);
        Assert.Empty(await store.SearchAsync(TestCorpus.Query("khối thi đua tỉnh", top: 0), None));
    }

    [StoreFact]
    public async Task ProvinceFilterIgnoresDiacriticsAndCase()
    {
        var store = await CreateStoreAsync();
        await store.ReplaceAllAsync(TestCorpus.Encoded(), None);

        var hits = await store.SearchAsync(TestCorpus.Query("khối thi đua tỉnh", top: 20, new SearchFilter(Province: "CA MAU")), None);

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("Cà Mau", h.Chunk.Meta(MetadataKeys.Province)));
    }

    [StoreFact]
    public async Task BlocYearAndKindFiltersMatchListMembers()
    {
        var store = await CreateStoreAsync();
        await store.ReplaceAllAsync(TestCorpus.Encoded(), None);

        var byBlocAndYear = await store.SearchAsync(TestCorpus.Query("khối thi đua", top: 20, new SearchFilter(Bloc: "khoi-thi-dua-2-ca-mau", Year: 2025)), None);
        var byBlocIgnoringCase = await store.SearchAsync(TestCorpus.Query("khối thi đua", top: 20, new SearchFilter(Bloc: "khoi-thi-dua-8-binh-thuan")), None);
        var byKind = await store.SearchAsync(TestCorpus.Query("thi đua", top: 20, new SearchFilter(Kind: "regulation")), None);
        var nothing = await store.SearchAsync(TestCorpus.Query("khối thi đua", top: 20, new SearchFilter(Province: "Cà Mau", Year: 1999)), None);

        Assert.Equal([TestCorpus.Chunks[0].Id], byBlocAndYear.Select(h => h.Chunk.Id));
        Assert.Equal(["khoi-8-binh-thuan"], byBlocIgnoringCase.Select(h => h.Chunk.DocumentId));
        Assert.Equal(2, byKind.Count);
        Assert.All(byKind, h => Assert.Equal("regulation", h.Chunk.Meta(MetadataKeys.Kind)));
        Assert.Empty(nothing);
    }

    [StoreFact]
    public async Task DocumentFilterKeepsOneDocumentsPassages()
    {
        var store = await CreateStoreAsync();
        await store.ReplaceAllAsync(TestCorpus.Encoded(), None);

        var hits = await store.SearchAsync(TestCorpus.Query("khối thi đua", top: 20, new SearchFilter(Document: "khoi-8-binh-thuan")), None);

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("khoi-8-binh-thuan", h.Chunk.DocumentId));
    }

    [StoreFact]
    public async Task ReplaceAllForgetsWhatTheNewSetLacks()
    {
        var store = await CreateStoreAsync();
        await store.ReplaceAllAsync(TestCorpus.Encoded(), None);

        await store.ReplaceAllAsync(TestCorpus.Encode(TestCorpus.Chunks.Where(c => c.DocumentId != "mai-am-cong-doan"), dense: false), None);

        Assert.Equal(TestCorpus.Chunks.Count - 1, await store.CountAsync(None));
        var hits = await store.SearchAsync(TestCorpus.Query("Quỹ Mái ấm công đoàn", top: 20), None);
        Assert.DoesNotContain(hits, h => h.Chunk.DocumentId == "mai-am-cong-doan");
    }

    [StoreFact]
    public async Task UpsertAddsNewChunksAndUpdatesExistingOnes()
    {
        var store = await CreateStoreAsync();
        var encoded = TestCorpus.Encoded();
        await store.ReplaceAllAsync(encoded.Take(4).ToList(), None);
        var edited = TestCorpus.Chunks[0] with { Text = "Năm 2026 Tòa án nhân dân tỉnh làm khối trưởng luân phiên." };
        var updates = TestCorpus.Encode([edited, .. TestCorpus.Chunks.Skip(4)], dense: false);

        await store.UpsertAsync(updates, None);

        Assert.Equal(TestCorpus.Chunks.Count, await store.CountAsync(None));
        var hits = await store.SearchAsync(TestCorpus.Query("khối trưởng luân phiên 2026"), None);
        Assert.Equal(edited.Id, hits[0].Chunk.Id);
        Assert.Equal(edited.Text, hits[0].Chunk.Text);
    }

    [StoreFact]
    public async Task UpsertIntoAnEmptyStoreCreatesIt()
    {
        var store = await CreateStoreAsync();

        await store.UpsertAsync(TestCorpus.Encoded().Take(3).ToList(), None);

        Assert.Equal(3, await store.CountAsync(None));
        Assert.NotEmpty(await store.SearchAsync(TestCorpus.Query("khối thi đua 2"), None));
    }

    [StoreFact]
    public async Task DenseVectorsFindPassagesWithoutSharedWords()
    {
        var store = await CreateStoreAsync();
        await store.ReplaceAllAsync(TestCorpus.Encoded(dense: true), None);
        var lighthouse = TestCorpus.Chunks.Single(c => c.DocumentId == "bien-dao");

        // The words share nothing with the passage; the "embedding" is the passage's own.
        var request = new SearchRequest(Bm25.EncodeQuery("khen thưởng danh hiệu"), TestCorpus.Embed(lighthouse.SearchText), 3);
        var hits = await store.SearchAsync(request, None);

        Assert.Contains(hits, h => h.Chunk.Id == lighthouse.Id);
    }
}

/// <summary>The contract on the in-process index.</summary>
public sealed class EmbeddedKnowledgeStoreContractTests : KnowledgeStoreContract
{
    protected override Task<IKnowledgeStore> CreateStoreAsync() => Task.FromResult<IKnowledgeStore>(new EmbeddedKnowledgeStore());
}

/// <summary>The contract on the Qdrant store over the fake server, fusing on the server (Qdrant ≥ 1.16).</summary>
public sealed class FakeQdrantKnowledgeStoreContractTests : KnowledgeStoreContract
{
    protected override Task<IKnowledgeStore> CreateStoreAsync() =>
        Task.FromResult<IKnowledgeStore>(QdrantStores.Store(new FakeQdrantHandler(new FakeQdrant()), QdrantStores.Options(batchSize: 3)));
}

/// <summary>The contract on the Qdrant store over a fake Qdrant 1.12, fusing in process from one batch query.</summary>
public sealed class FakeQdrant112KnowledgeStoreContractTests : KnowledgeStoreContract
{
    protected override Task<IKnowledgeStore> CreateStoreAsync() =>
        Task.FromResult<IKnowledgeStore>(QdrantStores.Store(new FakeQdrantHandler(new FakeQdrant { Version = "1.12.4" }), QdrantStores.Options()));
}

/// <summary>The contract on a live Qdrant (QDRANT_URL, QDRANT_API_KEY); skipped, with the reason shown, without one.</summary>
[RequiresLiveQdrant]
public sealed class LiveQdrantKnowledgeStoreContractTests : KnowledgeStoreContract
{
    private readonly List<(string Collection, Func<Http.QdrantClient> Clients)> _created = [];

    protected override Task<IKnowledgeStore> CreateStoreAsync()
    {
        var collection = $"ktdbot_test_{Guid.NewGuid():N}"[..24];
        var store = QdrantStores.Live(collection, out var clients);
        _created.Add((collection, clients));
        return Task.FromResult<IKnowledgeStore>(store);
    }

    public override async Task DisposeAsync()
    {
        foreach (var (collection, clients) in _created)
        {
            await QdrantStores.CleanUpLiveAsync(clients, collection);
        }
    }
}
