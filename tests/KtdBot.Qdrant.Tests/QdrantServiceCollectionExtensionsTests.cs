using KtdBot.Qdrant.Tests.Infrastructure;
using KtdBot.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KtdBot.Qdrant.Tests;

public sealed class QdrantServiceCollectionExtensionsTests
{
    private const string ApiKey = "k-9f8e7d6c5b4a";

    [Fact]
    public void RegistersTheStoreAsThePortWithReadinessAndAHealthCheck()
    {
        var builder = Builder(new() { ["Qdrant:Url"] = "http://qdrant:6333" });
        builder.Services.AddSingleton<IKnowledgeStore, EmbeddedKnowledgeStore>(); // the host's default, replaced

        builder.Services.AddQdrantKnowledgeStore();
        using var host = builder.Build();

        var store = host.Services.GetRequiredService<IKnowledgeStore>();
        Assert.IsType<QdrantKnowledgeStore>(store);
        Assert.Same(store, host.Services.GetRequiredService<IQdrantReadiness>());
        var registration = host.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations.Single(r => r.Name == "qdrant");
        Assert.Contains(QdrantHealthCheck.Tag, registration.Tags);
        var options = host.Services.GetRequiredService<IOptions<QdrantOptions>>().Value;
        Assert.Equal("ktdbot", options.Collection);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
    }

    [Theory]
    [InlineData(null, "ktdbot", "Url")]
    [InlineData("not a url", "ktdbot", "Url")]
    [InlineData("http://qdrant:6333", "bad/name", "Qdrant:Collection")]
    public async Task InvalidSettingsFailAtStart(string? url, string collection, string expected)
    {
        var builder = Builder(new() { ["Qdrant:Url"] = url, ["Qdrant:Collection"] = collection });
        builder.Services.AddQdrantKnowledgeStore();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorksEndToEndOverHttpAndNeverLogsTheApiKey()
    {
        await using var server = await FakeQdrantServer.StartAsync(new FakeQdrant { ApiKey = ApiKey });
        var logs = new CapturingLoggerProvider();
        var builder = Builder(new() { ["Qdrant:Url"] = server.Url.ToString(), ["Qdrant:ApiKey"] = ApiKey, ["Qdrant:Collection"] = "e2e" });
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
        builder.Services.AddQdrantKnowledgeStore();
        using var host = builder.Build();
        await host.StartAsync();

        var store = host.Services.GetRequiredService<IKnowledgeStore>();
        await store.ReplaceAllAsync(TestCorpus.Encoded(dense: true), CancellationToken.None);
        var hits = await store.SearchAsync(TestCorpus.Query("Khối thi đua 8 gồm những hội nào", dense: true), CancellationToken.None);
        var health = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(CancellationToken.None);
        await host.StopAsync();

        Assert.Equal("khoi-8-binh-thuan", hits[0].Chunk.DocumentId);
        Assert.Equal(HealthStatus.Healthy, health.Status);
        Assert.All(server.Fake.Requests.Where(r => r.OperationId != "readyz"), r => Assert.Equal(ApiKey, r.ApiKey));
        Assert.Contains(logs.Lines, l => l.Contains("System.Net.Http.HttpClient.KtdBot.Qdrant", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Contains("api-key", StringComparison.OrdinalIgnoreCase)); // the header is logged, redacted
        Assert.DoesNotContain(logs.Lines, l => l.Contains(ApiKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheRegisteredClientRetriesATransientFailureAndNotAReadinessProbe()
    {
        await using var server = await FakeQdrantServer.StartAsync(new FakeQdrant());
        var busy = 0;
        server.Fake.Intercept = r => r.OperationId is "get_collections" or "readyz" && Interlocked.Increment(ref busy) % 2 == 1
            ? new FakeResponse(503, """{"status":{"error":"busy"},"time":0.0}""")
            : null;
        var builder = Builder(new() { ["Qdrant:Url"] = server.Url.ToString(), ["Qdrant:RetryBaseDelay"] = "00:00:00.001" });
        builder.Services.AddQdrantKnowledgeStore();
        using var host = builder.Build();
        var client = host.Services.GetRequiredService<Http.QdrantClient>();

        Assert.Empty(await client.ListCollectionsAsync(CancellationToken.None));
        Assert.False(await client.IsServerReadyAsync(CancellationToken.None));

        Assert.Equal(2, server.Fake.Requests.Count(r => r.OperationId == "get_collections"));
        Assert.Equal(1, server.Fake.Requests.Count(r => r.OperationId == "readyz"));
    }

    private static HostApplicationBuilder Builder(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }
}
