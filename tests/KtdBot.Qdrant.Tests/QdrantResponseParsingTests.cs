using System.Net;
using System.Text;
using KtdBot.Qdrant.Http;
using KtdBot.Qdrant.Tests.Infrastructure;

namespace KtdBot.Qdrant.Tests;

/// <summary>
/// Answers shaped as Qdrant 1.19 sends them: each sample is first checked against the spec's schema
/// (so the samples cannot drift from the contract), then parsed by the client.
/// </summary>
public sealed class QdrantResponseParsingTests(ITestOutputHelper output)
{
    private const string ChunkPayloadJson = """
        {"document_id":"khoi-2-ca-mau","ordinal":0,"title":"Khối thi đua 2 tỉnh Cà Mau","heading":"Khối trưởng",
         "text":"Năm 2025, Công an tỉnh Cà Mau làm khối trưởng.",
         "source":{"publication":"Báo Cà Mau","date":"2025-02-28","title":"Khối thi đua 2 tổng kết","author":null,"location":"knowledge/articles/khoi-2.md"},
         "metadata":{"kind":"bloc","province":"Cà Mau","blocs":"khoi-thi-dua-2-ca-mau","years":"2024, 2025"},
         "kind":"bloc","province_folded":"ca mau","blocs":["khoi-thi-dua-2-ca-mau"],"years":["2024","2025"]}
        """;

    private const string CollectionInfoResult = """
        {"status":"green","optimizer_status":"ok","indexed_vectors_count":0,"points_count":42,"segments_count":2,
         "config":{
           "params":{"vectors":{"dense":{"size":384,"distance":"Cosine"}},"shard_number":2,"replication_factor":2,"write_consistency_factor":1,
                     "on_disk_payload":true,"sparse_vectors":{"sparse":{"modifier":"idf"}}},
           "hnsw_config":{"m":16,"ef_construct":100,"full_scan_threshold":10000,"max_indexing_threads":0,"on_disk":false},
           "optimizer_config":{"deleted_threshold":0.2,"vacuum_min_vector_number":1000,"default_segment_number":0,"max_segment_size":null,
                               "memmap_threshold":null,"indexing_threshold":10000,"flush_interval_sec":5,"max_optimization_threads":null},
           "wal_config":{"wal_capacity_mb":32,"wal_segments_ahead":0},
           "quantization_config":null,
           "strict_mode_config":{"enabled":false}},
         "payload_schema":{"kind":{"data_type":"keyword","points":42},"years":{"data_type":"keyword","points":40}}}
        """;

    public static TheoryData<string, string> Samples => new()
    {
        { "CollectionInfo", CollectionInfoResult },
        { "QueryResponse", $$"""{"points":[{"id":"2ad35c72-b9dd-54ab-af0e-7b14bf017292","version":3,"score":0.032786883,"payload":{{ChunkPayloadJson}}}]}""" },
        { "ScrollResult", $$"""{"points":[{"id":"2ad35c72-b9dd-54ab-af0e-7b14bf017292","payload":{{ChunkPayloadJson}}}],"next_page_offset":"a5c234a0-4a53-582b-b838-31fe2e915e17"}""" },
        { "CountResult", """{"count":42}""" },
        { "CollectionsAliasesResponse", """{"aliases":[{"alias_name":"ktdbot","collection_name":"ktdbot_20250301101500123"}]}""" },
        { "CollectionsResponse", """{"collections":[{"name":"ktdbot_20250301101500123"}]}""" },
        { "CollectionExistence", """{"exists":true}""" },
        { "UpdateResult", """{"operation_id":17,"status":"completed"}""" },
        { "VersionInfo", """{"title":"qdrant - vector search engine","version":"1.19.0","commit":"74f3e85b9"}""" },
        { "ErrorResponse", """{"status":{"error":"Wrong input: Vector dimension error: expected dim: 384, got 3"},"time":0.000131}""" },
    };

    [ContractTheory]
    [MemberData(nameof(Samples))]
    public void SamplesConformToTheSpec(string definition, string json)
    {
        var errors = QdrantContract.Validate(definition, json);

        output.WriteLine($"{definition}: {(errors.Count == 0 ? "valid" : string.Join("; ", errors))}");
        Assert.Empty(errors);
    }

    [ContractFact]
    public void TheSpecRejectsAMisspeltKey()
    {
        Assert.NotEmpty(QdrantContract.Validate("CountRequest", """{"exact":true,"filtre":{}}"""));
        Assert.NotEmpty(QdrantContract.Validate("SparseVectorParams", """{"modifier":"IDF"}"""));
        Assert.Empty(QdrantContract.Validate("CountRequest", """{"exact":true}"""));
    }

    [Fact]
    public async Task ParsesCollectionInfo()
    {
        var info = await Client(Envelope(CollectionInfoResult)).GetCollectionAsync("ktdbot", CancellationToken.None);

        Assert.Equal(42, info.PointsCount);
        Assert.Equal(2, info.Config.Params.ShardNumber);
        Assert.Equal("idf", info.Config.Params.SparseVectors!["sparse"].Modifier);
        Assert.Equal(384, info.Config.Params.Vectors!.Value.GetProperty("dense").GetProperty("size").GetInt32());
    }

    [Fact]
    public async Task ParsesScoredPointsIntoChunks()
    {
        var points = await Client(Envelope(Samples_("QueryResponse"))).QueryAsync("ktdbot", new QueryRequest { Limit = 1 }, CancellationToken.None);

        var chunk = ChunkPayload.Read(points[0].Id, points[0].Payload);
        Assert.NotNull(chunk);
        Assert.Equal(Guid.Parse("2ad35c72-b9dd-54ab-af0e-7b14bf017292"), chunk.Id);
        Assert.Equal(0.032786883, points[0].Score, 6);
        Assert.Equal("Khối trưởng", chunk.Heading);
        Assert.Equal("Báo Cà Mau", chunk.Source.Publication);
        Assert.Null(chunk.Source.Author);
        Assert.Equal("2024, 2025", chunk.Meta("years"));
    }

    [Fact]
    public async Task ParsesScrollPagesCountsAliasesAndVersion()
    {
        var scroll = await Client(Envelope(Samples_("ScrollResult"))).ScrollAsync("ktdbot", new ScrollRequest { Limit = 1 }, CancellationToken.None);
        var count = await Client(Envelope("""{"count":42}""")).CountAsync("ktdbot", null, true, CancellationToken.None);
        var aliases = await Client(Envelope(Samples_("CollectionsAliasesResponse"))).ListAliasesAsync(CancellationToken.None);
        var version = await Client(Samples_("VersionInfo")).GetVersionAsync(CancellationToken.None);
        var exists = await Client(Envelope("""{"exists":true}""")).CollectionExistsAsync("ktdbot", CancellationToken.None);

        Assert.Equal("a5c234a0-4a53-582b-b838-31fe2e915e17", scroll.NextPageOffset!.Value.GetString());
        Assert.Single(scroll.Points);
        Assert.Equal(42, count);
        Assert.Equal(new AliasDescription("ktdbot", "ktdbot_20250301101500123"), aliases.Single());
        Assert.Equal("1.19.0", version.Version);
        Assert.True(exists);
    }

    [Fact]
    public async Task ParsesTheErrorEnvelope()
    {
        var error = await Assert.ThrowsAsync<QdrantException>(() =>
            Client(Samples_("ErrorResponse"), HttpStatusCode.BadRequest).CountAsync("ktdbot", null, true, CancellationToken.None));

        Assert.Equal("Wrong input: Vector dimension error: expected dim: 384, got 3", error.ServerError);
    }

    [Fact]
    public async Task AnUnexpectedBodyIsAClearError()
    {
        var error = await Assert.ThrowsAsync<QdrantException>(() =>
            Client("<html>proxy login</html>").CountAsync("ktdbot", null, true, CancellationToken.None));

        Assert.Equal(QdrantErrorKind.Unexpected, error.Kind);
        Assert.Contains("unexpected response", error.Message, StringComparison.Ordinal);
    }

    private static string Samples_(string definition) => (string)Samples.First(row => (string)row[0] == definition)[1];

    private static string Envelope(string result) => $$"""{"result":{{result}},"status":"ok","time":0.000412}""";

    private static QdrantClient Client(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        QdrantStores.Client(new HttpClient(new CannedHandler(status, body)) { BaseAddress = new Uri("http://qdrant.test:6333/") }, QdrantStores.Options());

    private sealed class CannedHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
