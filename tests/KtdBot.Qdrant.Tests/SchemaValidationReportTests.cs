using System.Text.Json;
using KtdBot.Qdrant.Tests;
using KtdBot.Qdrant.Tests.Infrastructure;

// One test at a time, and the report collection last, so the report sees every request the suite sent.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
[assembly: TestCollectionOrderer("KtdBot.Qdrant.Tests.ReportLastOrderer", "KtdBot.Qdrant.Tests")]

namespace KtdBot.Qdrant.Tests;

/// <summary>Runs test collections by name, the schema report last.</summary>
public sealed class ReportLastOrderer : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .OrderBy(c => c.DisplayName == SchemaValidationReportTests.CollectionName ? 1 : 0)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);
}

/// <summary>
/// The suite's last word: how many request bodies the client sent were validated against Qdrant's strict schema
/// (and how many of the fake's answers), and that none broke it. Also checks the operation table against openapi.json.
/// </summary>
[Collection(CollectionName)]
public sealed class SchemaValidationReportTests(ITestOutputHelper output, ReportSink sink) : IClassFixture<ReportSink>
{
    public const string CollectionName = "zz Qdrant schema validation report";

    [ContractFact]
    public void TheOperationTableMatchesTheOpenApiSpec()
    {
        var openApi = QdrantContract.OpenApiPath;
        Assert.True(openApi is not null, "openapi.json should sit beside jsonschema-strict.json");
        using var spec = JsonDocument.Parse(File.ReadAllText(openApi));
        var paths = spec.RootElement.GetProperty("paths");
        foreach (var operation in QdrantContract.Operations)
        {
            var definition = paths.GetProperty(operation.Template).GetProperty(operation.Method.ToLowerInvariant());
            Assert.Equal(operation.OperationId, definition.GetProperty("operationId").GetString());
            var body = definition.TryGetProperty("requestBody", out var requestBody)
                ? requestBody.GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!.Split('/')[^1]
                : null;
            Assert.Equal(operation.RequestDefinition, body);
            var query = definition.TryGetProperty("parameters", out var parameters)
                ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!).ToArray()
                : [];
            Assert.Equal(query.Order(StringComparer.Ordinal), operation.QueryParameters.Order(StringComparer.Ordinal));
            var ok = definition.GetProperty("responses").GetProperty("200");
            if (operation.ResultDefinition is { } result && ok.TryGetProperty("content", out var content) && content.TryGetProperty("application/json", out var json))
            {
                var schema = json.GetProperty("schema");
                var declared = operation.Enveloped ? schema.GetProperty("properties").GetProperty("result") : schema;
                Assert.Equal(result, Describe(declared));
            }

            output.WriteLine($"{operation.Method,-6} {operation.Template,-52} {operation.RequestDefinition ?? "-",-24} → {operation.ResultDefinition ?? "text"}");
        }
    }

    [ContractFact]
    public async Task EveryRequestBodyConformedToTheStrictSchema()
    {
        // A round trip of its own, so the report is never empty even when run alone.
        var store = QdrantStores.Store(new FakeQdrantHandler(new FakeQdrant()), QdrantStores.Options());
        await store.ReplaceAllAsync(TestCorpus.Encoded(dense: true), CancellationToken.None);
        await store.SearchAsync(TestCorpus.Query("khối trưởng", filter: new KtdBot.Search.SearchFilter(Province: "Cà Mau"), dense: true), CancellationToken.None);

        var summary = $"{QdrantContract.RequestBodiesValidated} request bodies validated against {QdrantContract.SchemaPath}, "
            + $"{QdrantContract.ResponseBodiesValidated} fake Qdrant answers validated against the spec, {QdrantContract.Violations.Count} violations";
        sink.Report(summary);
        output.WriteLine(summary);
        foreach (var (operation, count) in QdrantContract.ByOperation.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {operation,-22} {count,6}");
        }

        Assert.Empty(QdrantContract.Violations);
        Assert.True(QdrantContract.RequestBodiesValidated >= 5);
        Assert.True(QdrantContract.ByOperation.Count >= 5);
    }

    private static string Describe(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference) ? reference.GetString()!.Split('/')[^1]
        : schema.GetProperty("type").GetString() == "array" ? "[]" + Describe(schema.GetProperty("items"))
        : schema.GetProperty("type").GetString()!;
}

/// <summary>Writes the report as an xUnit diagnostic message too, so it shows in the runner's normal output.</summary>
public sealed class ReportSink(IMessageSink diagnostics)
{
    public void Report(string message) => diagnostics.OnMessage(new Xunit.Sdk.DiagnosticMessage("Qdrant contract: " + message));
}
