using System.Net;
using KtdBot.Qdrant.Http;
using KtdBot.Qdrant.Tests.Infrastructure;

namespace KtdBot.Qdrant.Tests;

public sealed class QdrantClientTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly FakeQdrant _fake = new() { ApiKey = "s3cret-key" };
    private readonly FakeQdrantHandler _handler;

    public QdrantClientTests() => _handler = new FakeQdrantHandler(_fake);

    public void Dispose() => _handler.Dispose();

    [Fact]
    public async Task SendsTheApiKeyHeaderOnEveryRequest()
    {
        var client = Client();

        await client.CreateCollectionAsync("c1", Sparse(), None);
        await client.ListAliasesAsync(None);

        Assert.All(_fake.Requests, r => Assert.Equal("s3cret-key", r.ApiKey));
    }

    [Fact]
    public async Task WrongApiKeyIsUnauthorizedWithTheServersPlainTextAndNoKeyInTheMessage()
    {
        var client = Client(apiKey: "wrong-key");

        var error = await Assert.ThrowsAsync<QdrantException>(() => client.ListCollectionsAsync(None));

        Assert.Equal(QdrantErrorKind.Unauthorized, error.Kind);
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Contains("Invalid API key", error.Message, StringComparison.Ordinal);
        Assert.Contains("Qdrant:ApiKey", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-key", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, _handler.Attempts);
    }

    [Fact]
    public async Task PlainTextForbiddenIsUnauthorized()
    {
        _handler.Enqueue(new Fault.Status(403, "Forbidden: read-only API key", "text/plain"));

        var error = await Assert.ThrowsAsync<QdrantException>(() => Client().UpdateAliasesAsync([], None));

        Assert.Equal(QdrantErrorKind.Unauthorized, error.Kind);
        Assert.Equal("Forbidden: read-only API key", error.ServerError);
    }

    [Fact]
    public async Task WritesWaitUntilTheServerAppliedThem()
    {
        var client = Client();
        await client.CreateCollectionAsync("c1", Sparse(), None);

        await client.CreatePayloadIndexAsync("c1", "kind", "keyword", None);
        await client.UpsertAsync("c1", [Point("0b2f4c6e-0000-4000-8000-000000000001")], None);
        await client.DeletePointsAsync("c1", new Filter([new FieldCondition("kind", new MatchValue("bloc"))]), None);

        var writes = _fake.Requests.Where(r => r.OperationId is "create_field_index" or "upsert_points" or "delete_points").ToList();
        Assert.Equal(3, writes.Count);
        Assert.All(writes, w => Assert.Equal("?wait=true", w.Query));
    }

    [Fact]
    public async Task ServerErrorTextBecomesTheExceptionMessage()
    {
        var client = Client();
        await client.CreateCollectionAsync("c1", new CreateCollectionRequest
        {
            Vectors = new() { ["dense"] = new VectorParams(4, "Cosine") },
            SparseVectors = new() { ["sparse"] = new SparseVectorParams("idf") },
        }, None);

        var error = await Assert.ThrowsAsync<QdrantException>(() => client.UpsertAsync("c1",
            [new PointStruct("0b2f4c6e-0000-4000-8000-000000000001", new() { ["dense"] = new float[] { 1, 2 } }, null)], None));

        Assert.Equal(QdrantErrorKind.InvalidRequest, error.Kind);
        Assert.Equal("Wrong input: Vector dimension error: expected dim: 4, got 2", error.ServerError);
        Assert.Contains("PUT /collections/c1/points failed with 400", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected dim: 4, got 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingCollectionIsNotFoundAndDuplicateIsConflict()
    {
        var client = Client();
        await client.CreateCollectionAsync("c1", Sparse(), None);

        var missing = await Assert.ThrowsAsync<QdrantException>(() => client.CountAsync("nope", null, true, None));
        var duplicate = await Assert.ThrowsAsync<QdrantException>(() => client.CreateCollectionAsync("c1", Sparse(), None));

        Assert.Equal(QdrantErrorKind.NotFound, missing.Kind);
        Assert.Contains("Collection `nope` doesn't exist", missing.Message, StringComparison.Ordinal);
        Assert.Equal(QdrantErrorKind.Conflict, duplicate.Kind);
        Assert.False(await client.DeleteCollectionAsync("nope", None));
    }

    [Fact]
    public async Task UnprocessableBodyIsInvalidRequestAndNotRetried()
    {
        _handler.Enqueue(new Fault.Status(422, """{"status":{"error":"Json deserialize error: unknown field `vectorz`"},"time":0.0}"""));

        var error = await Assert.ThrowsAsync<QdrantException>(() => Client().ListCollectionsAsync(None));

        Assert.Equal(QdrantErrorKind.InvalidRequest, error.Kind);
        Assert.Equal("Json deserialize error: unknown field `vectorz`", error.ServerError);
        Assert.Equal(1, _handler.Attempts);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task RetriesTransientStatusesThenSucceeds(int status)
    {
        _handler.Enqueue(new Fault.Status(status, """{"status":{"error":"busy"},"time":0.0}"""), new Fault.Status(status, "busy", "text/plain"));

        var collections = await Client().ListCollectionsAsync(None);

        Assert.Empty(collections);
        Assert.Equal(3, _handler.Attempts);
    }

    [Fact]
    public async Task HonoursRetryAfter()
    {
        _handler.Enqueue(new Fault.Status(429, """{"status":{"error":"Too many requests"},"time":0.0}""", RetryAfter: TimeSpan.FromMilliseconds(300)));
        var started = DateTime.UtcNow;

        await Client().ListCollectionsAsync(None);

        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromMilliseconds(250), "waited as the server asked");
    }

    [Fact]
    public async Task GivesUpAfterMaxRetriesWithTheLastError()
    {
        _handler.Enqueue(Enumerable.Repeat<Fault>(new Fault.Status(429, """{"status":{"error":"Too many requests"},"time":0.0}"""), 3).ToArray());

        var error = await Assert.ThrowsAsync<QdrantException>(() => Client().ListCollectionsAsync(None));

        Assert.Equal(QdrantErrorKind.RateLimited, error.Kind);
        Assert.Equal("Too many requests", error.ServerError);
        Assert.Equal(3, _handler.Attempts); // 1 + MaxRetries (2)
    }

    [Fact]
    public async Task RetriesNetworkErrorsThenReportsUnavailable()
    {
        _handler.Enqueue(new Fault.NetworkError());
        Assert.Empty(await Client().ListCollectionsAsync(None));

        _handler.Enqueue(new Fault.NetworkError(), new Fault.NetworkError(), new Fault.NetworkError());
        var error = await Assert.ThrowsAsync<QdrantException>(() => Client().ListCollectionsAsync(None));

        Assert.Equal(QdrantErrorKind.Unavailable, error.Kind);
        Assert.Contains("cannot reach the server at http://qdrant.test:6333/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowAnswersTimeOutPerAttemptAndAreRetried()
    {
        var options = QdrantStores.Options();
        options.Timeout = TimeSpan.FromMilliseconds(100);
        options.MaxRetries = 1;
        _handler.Enqueue(new Fault.Hang());
        Assert.Empty(await Client(options).ListCollectionsAsync(None));

        _handler.Enqueue(new Fault.Hang(), new Fault.Hang());
        var error = await Assert.ThrowsAsync<QdrantException>(() => Client(options).ListCollectionsAsync(None));

        Assert.Equal(QdrantErrorKind.Timeout, error.Kind);
        Assert.Contains("Qdrant:Timeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallerCancellationIsNotRetried()
    {
        _handler.Enqueue(new Fault.Hang());
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client().ListCollectionsAsync(cancel.Token));

        Assert.Equal(1, _handler.Attempts);
    }

    [Fact]
    public async Task WaitTimeoutOnAWriteIsReported()
    {
        var client = Client();
        await client.CreateCollectionAsync("c1", Sparse(), None);
        _fake.Intercept = r => r.OperationId == "upsert_points"
            ? new FakeResponse(200, """{"result":{"operation_id":7,"status":"wait_timeout"},"status":"ok","time":30.0}""")
            : null;

        var error = await Assert.ThrowsAsync<QdrantException>(() => client.UpsertAsync("c1", [Point("0b2f4c6e-0000-4000-8000-000000000001")], None));

        Assert.Equal(QdrantErrorKind.Timeout, error.Kind);
    }

    [Fact]
    public async Task KeepsAPathPrefixOfTheUrl()
    {
        var recorded = new List<Uri>();
        var handler = new RecordingHandler(recorded);
        using var http = new HttpClient(handler) { BaseAddress = new Uri("https://proxy.example/qdrant/") };
        var client = QdrantStores.Client(http, QdrantStores.Options());

        await client.ListAliasesAsync(None);
        await client.CountAsync("my coll", null, true, None);

        Assert.Equal("https://proxy.example/qdrant/aliases", recorded[0].AbsoluteUri);
        Assert.Equal("https://proxy.example/qdrant/collections/my%20coll/points/count", recorded[1].AbsoluteUri);
    }

    [Fact]
    public async Task ReadinessIsFalseWhenTheServerIsUnreachable()
    {
        _handler.Enqueue(new Fault.NetworkError());
        Assert.False(await Client().IsServerReadyAsync(None));
        Assert.True(await Client().IsServerReadyAsync(None));
    }

    private QdrantClient Client(QdrantOptions? options = null, string apiKey = "s3cret-key") =>
        QdrantStores.Client(_handler, options ?? QdrantStores.Options(), apiKey: apiKey);

    private static CreateCollectionRequest Sparse() => new() { SparseVectors = new() { ["sparse"] = new SparseVectorParams("idf") } };

    private static PointStruct Point(string id) =>
        new(id, new() { ["sparse"] = new SparseVectorWire([1, 5], [0.5f, 1.25f]) }, new Dictionary<string, object> { ["kind"] = "bloc" });

    private sealed class RecordingHandler(List<Uri> recorded) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            recorded.Add(request.RequestUri!);
            var body = request.RequestUri!.AbsolutePath.EndsWith("/count", StringComparison.Ordinal)
                ? """{"result":{"count":3},"status":"ok","time":0.001}"""
                : """{"result":{"aliases":[]},"status":"ok","time":0.001}""";
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body) });
        }
    }
}
