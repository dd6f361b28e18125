using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KtdBot.Qdrant.Tests.Infrastructure;
using KtdBot.Search;

namespace KtdBot.Qdrant.Tests;

/// <summary>The Qdrant-specific behaviour of the store: re-indexing without downtime, request shapes, payload.</summary>
public sealed partial class QdrantKnowledgeStoreTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly FakeQdrant _fake = new();
    private readonly FakeQdrantHandler _handler;
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 10, 15, 0, 123, TimeSpan.Zero));

    public QdrantKnowledgeStoreTests() => _handler = new FakeQdrantHandler(_fake);

    public void Dispose() => _handler.Dispose();

    [Fact]
    public async Task IngestBuildsATimestampedCollectionAndPointsTheAliasAtIt()
    {
        var store = Store();

        await store.ReplaceAllAsync(TestCorpus.Encoded(dense: true), None);

        Assert.Equal(["ktdbot_20250301101500123"], _fake.CollectionNames);
        Assert.Equal("ktdbot_20250301101500123", _fake.Aliases["ktdbot"]);
        Assert.Equal(
            new Dictionary<string, string> { ["document_id"] = "keyword", ["kind"] = "keyword", ["province_folded"] = "keyword", ["blocs"] = "keyword", ["years"] = "keyword" },
            _fake.IndexesOf("ktdbot_20250301101500123"));
        var create = JsonNode.Parse(_fake.Requests.Single(r => r.OperationId == "create_collection").Body!)!;
        Assert.Equal("""{"dense":{"size":32,"distance":"Cosine"}}""", create["vectors"]!.ToJsonString());
        Assert.Equal("""{"sparse":{"modifier":"idf"}}""", create["sparse_vectors"]!.ToJsonString());
        Assert.Equal(TestCorpus.Chunks.Count, await store.CountAsync(None));
    }

    [Fact]
    public async Task WithoutEmbeddingsTheCollectionIsSparseOnly()
    {
        await Store().ReplaceAllAsync(TestCorpus.Encoded(), None);

        var create = JsonNode.Parse(_fake.Requests.Single(r => r.OperationId == "create_collection").Body!)!.AsObject();
        Assert.False(create.ContainsKey("vectors"));
        Assert.Equal("""{"sparse":{"modifier":"idf"}}""", create["sparse_vectors"]!.ToJsonString());
    }

    [Fact]
    public async Task DistributedSettingsGoIntoTheNewCollection()
    {
        var options = QdrantStores.Options();
        options.ShardNumber = 6;
        options.ReplicationFactor = 2;
        options.WriteConsistencyFactor = 2;

        await Store(options).ReplaceAllAsync(TestCorpus.Encoded(), None);

        var create = JsonNode.Parse(_fake.Requests.Single(r => r.OperationId == "create_collection").Body!)!;
        Assert.Equal(6, (int)create["shard_number"]!);
        Assert.Equal(2, (int)create["replication_factor"]!);
        Assert.Equal(2, (int)create["write_consistency_factor"]!);
    }

    [Fact]
    public async Task ReindexMovesTheAliasAndDropsTheOldCollection()
    {
        var store = Store();
        await store.ReplaceAllAsync(TestCorpus.Encoded(), None);
        _time.Now = _time.Now.AddMinutes(5);

        await store.ReplaceAllAsync(TestCorpus.Encoded().Take(3).ToList(), None);

        Assert.Equal(["ktdbot_20250301102000123"], _fake.CollectionNames);
        Assert.Equal("ktdbot_20250301102000123", _fake.Aliases["ktdbot"]);
        Assert.Equal(3, await store.CountAsync(None));
        var switchBody = _fake.Requests.Last(r => r.OperationId == "update_aliases").Body;
        Assert.Equal(
            """{"actions":[{"delete_alias":{"alias_name":"ktdbot"}},{"create_alias":{"collection_name":"ktdbot_20250301102000123","alias_name":"ktdbot"}}]}""",
            switchBody);
    }

    [Fact]
    public async Task TwoIngestsInOneMillisecondGetDistinctCollections()
    {
        var store = Store();
        await store.ReplaceAllAsync(TestCorpus.Encoded(), None);
        _fake.Intercept = r => r.OperationId == "delete_collection" ? new FakeResponse(200, """{"result":true,"status":"ok","time":0.0}""") : null;

        await store.ReplaceAllAsync(TestCorpus.Encoded(), None);

        Assert.Equal("ktdbot_20250301101500124", _fake.Aliases["ktdbot"]);
    }

    [Fact]
    public async Task AFailureMidwayLeavesTheOldIndexServing()
    {
        var store = Store();
        await store.ReplaceAllAsync(TestCorpus.Encoded(), None);
        _time.Now = _time.Now.AddMinutes(5);
        _fake.Intercept = r => r.OperationId == "upsert_points" && r.Path.Contains("102000", StringComparison.Ordinal)
            ? FakeQdrant.Error(400, "Wrong input: simulated failure")
            : null;

        var error = await Assert.ThrowsAsync<QdrantException>(() => store.ReplaceAllAsync(TestCorpus.Encoded().Take(2).ToList(), None));

        Assert.Contains("simulated failure", error.Message, StringComparison.Ordinal);
        Assert.Equal("ktdbot_20250301101500123", _fake.Aliases["ktdbot"]);
        Assert.Equal(["ktdbot_20250301101500123"], _fake.CollectionNames); // the half-built one was dropped
        Assert.Equal(TestCorpus.Chunks.Count, await store.CountAsync(None));
    }

    [Fact]
    public async Task ACountThatDoesNotAddUpStopsTheSwitch()
    {
        var store = Store();
        await store.ReplaceAllAsync(TestCorpus.Encoded(), None);
        _time.Now = _time.Now.AddMinutes(5);
        _fake.Intercept = r => r.OperationId == "count_points" && r.Path.Contains("102000", StringComparison.Ordinal)
            ? new FakeResponse(200, """{"result":{"count":1},"status":"ok","time":0.0}""")
            : null;

        var error = await Assert.ThrowsAsync<QdrantException>(() => store.ReplaceAllAsync(TestCorpus.Encoded(), None));

        Assert.Equal(QdrantErrorKind.Inconsistent, error.Kind);
        Assert.Contains("holds 1 points after writing 8", error.Message, StringComparison.Ordinal);
        Assert.Equal("ktdbot_20250301101500123", _fake.Aliases["ktdbot"]);
        Assert.DoesNotContain("ktdbot_20250301102000123", _fake.CollectionNames);
    }

    [Fact]
    public async Task ReadersSeeTheOldIndexWhileTheNewOneIsBuilt()
    {
        var store = Store();
        await store.ReplaceAllAsync(TestCorpus.Encoded(), None);
        _time.Now = _time.Now.AddMinutes(5);
        var seenDuringBuild = new List<int>();
        _fake.Intercept = r =>
        {
            if (r.OperationId == "upsert_points" && r.Path.Contains("102000", StringComparison.Ordinal))
            {
                seenDuringBuild.Add((int)store.CountAsync(None).GetAwaiter().GetResult());
                seenDuringBuild.Add(store.SearchAsync(TestCorpus.Query("Quỹ Mái ấm công đoàn"), None).GetAwaiter().GetResult().Count);
            }

            return null;
        };

        await store.ReplaceAllAsync(TestCorpus.Encoded().Take(2).ToList(), None);

        Assert.Equal([TestCorpus.Chunks.Count, 5], seenDuringBuild);
        Assert.Equal(2, await store.CountAsync(None));
    }

    [Fact]
    public async Task UpsertsInBatchesWithTheChunkIdsAsPointIds()
    {
        var store = Store(QdrantStores.Options(batchSize: 3));

        await store.ReplaceAllAsync(TestCorpus.Encoded(), None);

        var upserts = _fake.Requests.Where(r => r.OperationId == "upsert_points").ToList();
        Assert.Equal([3, 3, 2], upserts.Select(u => JsonNode.Parse(u.Body!)!["points"]!.AsArray().Count));
        var ids = upserts.SelectMany(u => JsonNode.Parse(u.Body!)!["points"]!.AsArray().Select(p => (string)p!["id"]!)).ToList();
        Assert.Equal(TestCorpus.Chunks.Select(c => c.Id.ToString()), ids);
    }

    [Fact]
    public async Task PayloadCarriesTheChunkAndTheFilterFields()
    {
        await Store().ReplaceAllAsync(TestCorpus.Encoded(), None);

        var point = JsonNode.Parse(_fake.Requests.First(r => r.OperationId == "upsert_points").Body!)!["points"]![0]!;
        var payload = point["payload"]!;
        Assert.Equal("khoi-2-ca-mau", (string)payload["document_id"]!);
        Assert.Equal("ca mau", (string)payload["province_folded"]!);
        Assert.Equal("""["khoi-thi-dua-2-ca-mau"]""", payload["blocs"]!.ToJsonString());
        Assert.Equal("""["2024","2025"]""", payload["years"]!.ToJsonString());
        Assert.Equal("Minh Anh", (string)payload["source"]!["author"]!);
        Assert.Equal("2024, 2025", (string)payload["metadata"]!["years"]!);
        Assert.Equal(TestCorpus.Encoded()[0].Sparse.Indices.Length, point["vector"]!["sparse"]!["indices"]!.AsArray().Count);
    }

    [Fact]
    public async Task ReadAllScrollsEveryChunkBackIntact()
    {
        var store = Store();
        await store.ReplaceAllAsync(TestCorpus.Encoded(), None);

        var chunks = new List<KtdBot.Ingestion.KnowledgeChunk>();
        await foreach (var chunk in store.ReadAllAsync(None))
        {
            chunks.Add(chunk);
        }

        Assert.Equal(TestCorpus.Chunks.Count, chunks.Count);
        foreach (var chunk in chunks)
        {
            TestCorpus.AssertSameChunk(TestCorpus.Chunks.Single(c => c.Id == chunk.Id), chunk);
        }
    }

    [Fact]
    public async Task DeleteDocumentRemovesOnlyItsChunks()
    {
        var store = Store();
        await store.ReplaceAllAsync(TestCorpus.Encoded(), None);

        await store.DeleteDocumentAsync("khoi-2-ca-mau", None);

        Assert.Equal(TestCorpus.Chunks.Count - 2, await store.CountAsync(None));
        Assert.Equal("""{"filter":{"must":[{"key":"document_id","match":{"value":"khoi-2-ca-mau"}}]}}""", _fake.Requests.Last(r => r.OperationId == "delete_points").Body);
    }

    [Fact]
    public async Task SparseSearchIsOneQueryWithTheIdfWeightedVectorAndFilter()
    {
        var store = Store();
        await store.ReplaceAllAsync(TestCorpus.Encoded(), None);

        await store.SearchAsync(TestCorpus.Query("khối trưởng", 3, new SearchFilter(Province: "Cà Mau", Year: 2025)), None);

        var query = JsonNode.Parse(_fake.Requests.Last(r => r.OperationId == "query_points").Body!)!;
        Assert.Equal("sparse", (string)query["using"]!);
        Assert.Equal(3, (int)query["limit"]!);
        Assert.True((bool)query["with_payload"]!);
        Assert.Equal(
            """{"must":[{"key":"province_folded","match":{"value":"ca mau"}},{"key":"years","match":{"value":"2025"}}]}""",
            query["filter"]!.ToJsonString());
    }

    [Fact]
    public async Task HybridSearchFusesTwoPrefetchesWithTheEmbeddedStoresRrfConstant()
    {
        var store = Store();
        await store.ReplaceAllAsync(TestCorpus.Encoded(dense: true), None);

        await store.SearchAsync(TestCorpus.Query("khối trưởng", 5, new SearchFilter(Kind: "bloc"), dense: true), None);

        var query = JsonNode.Parse(_fake.Requests.Last(r => r.OperationId == "query_points").Body!)!;
        Assert.Equal("""{"rrf":{"k":61}}""", query["query"]!.ToJsonString());
        var prefetch = query["prefetch"]!.AsArray();
        Assert.Equal(["sparse", "dense"], prefetch.Select(p => (string)p!["using"]!));
        Assert.All(prefetch, p => Assert.Equal(20, (int)p!["limit"]!));
        Assert.All(prefetch, p => Assert.Equal("""{"must":[{"key":"kind","match":{"value":"bloc"}}]}""", p!["filter"]!.ToJsonString()));
    }

    [Theory]
    [InlineData("1.15.2", "query_batch_points")]
    [InlineData("1.10.0", "query_batch_points")]
    [InlineData("1.16.0", "query_points")]
    [InlineData("1.19.0-dev", "query_points")]
    public async Task AutoFusionPicksByServerVersion(string version, string operation)
    {
        _fake.Version = version;
        var store = Store();
        await store.ReplaceAllAsync(TestCorpus.Encoded(dense: true), None);

        var hits = await store.SearchAsync(TestCorpus.Query("khối trưởng", dense: true), None);

        Assert.NotEmpty(hits);
        Assert.Equal(operation, _fake.Requests.Last().OperationId);
    }

    [Fact]
    public async Task AnEmbeddingOfAnotherSizeFallsBackToTheSparseRanking()
    {
        var store = Store();
        await store.ReplaceAllAsync(TestCorpus.Encoded(dense: true), None);

        var hits = await store.SearchAsync(new SearchRequest(Bm25.EncodeQuery("khối trưởng"), new float[] { 1, 2, 3 }, 3), None);

        Assert.NotEmpty(hits);
        var query = JsonNode.Parse(_fake.Requests.Last(r => r.OperationId == "query_points").Body!)!;
        Assert.Equal(["sparse"], query["prefetch"]!.AsArray().Select(p => (string)p!["using"]!));
    }

    [Fact]
    public async Task EmbeddingsOfMixedSizesAreRefusedBeforeAnythingIsWritten()
    {
        var encoded = TestCorpus.Encoded(dense: true);
        encoded[3] = encoded[3] with { Dense = new float[] { 1, 2 } };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store().ReplaceAllAsync(encoded, None));

        Assert.Contains("2-dimensional", error.Message, StringComparison.Ordinal);
        Assert.Empty(_fake.CollectionNames);
    }

    [Fact]
    public async Task APlainCollectionWithTheAliasNameIsReplacedByTheAlias()
    {
        await QdrantStores.Client(_handler, QdrantStores.Options())
            .CreateCollectionAsync("ktdbot", new Http.CreateCollectionRequest { SparseVectors = new() { ["sparse"] = new Http.SparseVectorParams("idf") } }, None);

        await Store().ReplaceAllAsync(TestCorpus.Encoded(), None);

        Assert.Equal(["ktdbot_20250301101500123"], _fake.CollectionNames);
        Assert.Equal("ktdbot_20250301101500123", _fake.Aliases["ktdbot"]);
    }

    [Fact]
    public async Task BuildsLeftByACrashedIngestAreDroppedOnceStale()
    {
        var client = QdrantStores.Client(_handler, QdrantStores.Options());
        var sparse = new Http.CreateCollectionRequest { SparseVectors = new() { ["sparse"] = new Http.SparseVectorParams("idf") } };
        await client.CreateCollectionAsync("ktdbot_20250301080000000", sparse, None); // two hours old: crashed
        await client.CreateCollectionAsync("ktdbot_20250301100000000", sparse, None); // 15 minutes old: maybe still running
        await client.CreateCollectionAsync("ktdbot_archive", sparse, None); // not ours to drop

        await Store().ReplaceAllAsync(TestCorpus.Encoded(), None);

        Assert.Equal(["ktdbot_20250301100000000", "ktdbot_20250301101500123", "ktdbot_archive"], _fake.CollectionNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReadyOnlyOnceTheAliasExists()
    {
        var store = Store();
        Assert.False(await store.IsReadyAsync(None));

        await store.ReplaceAllAsync(TestCorpus.Encoded(), None);
        Assert.True(await store.IsReadyAsync(None));

        _handler.Enqueue(new Fault.NetworkError());
        Assert.False(await store.IsReadyAsync(None));
    }

    [Fact]
    public async Task TheHealthCheckExplainsItself()
    {
        var store = Store();
        var check = new QdrantHealthCheck(store);

        var before = await check.CheckHealthAsync(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext(), None);
        await store.ReplaceAllAsync(TestCorpus.Encoded(), None);
        var after = await check.CheckHealthAsync(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext(), None);

        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, before.Status);
        Assert.Contains("run ingest", before.Description, StringComparison.Ordinal);
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, after.Status);
        Assert.Matches(TimestampedCollection(), after.Description!);
    }

    private QdrantKnowledgeStore Store(QdrantOptions? options = null) => QdrantStores.Store(_handler, options ?? QdrantStores.Options(), _time);

    [GeneratedRegex("ktdbot_[0-9]{17}")]
    private static partial Regex TimestampedCollection();
}
