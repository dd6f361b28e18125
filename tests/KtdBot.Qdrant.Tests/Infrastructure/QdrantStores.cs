using KtdBot.Qdrant.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace KtdBot.Qdrant.Tests.Infrastructure;

/// <summary>Builds clients and stores over a fake (or live) Qdrant, wired as the DI registration wires them.</summary>
internal static class QdrantStores
{
    public static QdrantOptions Options(string collection = "ktdbot", QdrantFusion fusion = QdrantFusion.Auto, int batchSize = 128) => new()
    {
        Url = "http://qdrant.test:6333",
        Collection = collection,
        Timeout = TimeSpan.FromSeconds(10),
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        MaxRetries = 2,
        BatchSize = batchSize,
        Fusion = fusion,
    };

    public static QdrantClient Client(HttpClient http, QdrantOptions options, TimeProvider? time = null, ILoggerFactory? logs = null) =>
        new(http, options, time ?? TimeProvider.System, (logs ?? NullLoggerFactory.Instance).CreateLogger<QdrantClient>());

    public static QdrantClient Client(FakeQdrantHandler handler, QdrantOptions options, TimeProvider? time = null, string? apiKey = null) =>
        Client(handler.CreateClient(options, apiKey), options, time);

    public static QdrantKnowledgeStore Store(FakeQdrantHandler handler, QdrantOptions options, TimeProvider? time = null, string? apiKey = null) =>
        new(() => Client(handler, options, time, apiKey), options, time ?? TimeProvider.System, NullLogger<QdrantKnowledgeStore>.Instance);

    /// <summary>A store over the live server in QDRANT_URL, with its own collection name.</summary>
    public static QdrantKnowledgeStore Live(string collection, out Func<QdrantClient> clients, QdrantFusion fusion = QdrantFusion.Auto)
    {
        var options = new QdrantOptions
        {
            Url = LiveQdrant.Url!,
            ApiKey = LiveQdrant.ApiKey,
            Collection = collection,
            Timeout = TimeSpan.FromSeconds(30),
            Fusion = fusion,
        };
        var baseUrl = options.Url.EndsWith('/') ? options.Url : options.Url + "/";
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>().AddQdrantStrategies(options, TimeProvider.System).Build();
        var http = new HttpClient(new ResilienceHandler(pipeline) { InnerHandler = new SocketsHttpHandler() })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = Timeout.InfiniteTimeSpan,
        };
        if (options.ApiKey is not null)
        {
            http.DefaultRequestHeaders.Add("api-key", options.ApiKey);
        }

        clients = () => Client(http, options);
        return new QdrantKnowledgeStore(clients, options, TimeProvider.System, NullLogger<QdrantKnowledgeStore>.Instance);
    }

    /// <summary>Drops the live test alias and every collection built for it.</summary>
    public static async Task CleanUpLiveAsync(Func<QdrantClient> clients, string collection)
    {
        var client = clients();
        foreach (var name in await client.ListCollectionsAsync(CancellationToken.None))
        {
            if (name == collection || name.StartsWith(collection + "_", StringComparison.Ordinal))
            {
                await client.DeleteCollectionAsync(name, CancellationToken.None);
            }
        }
    }
}
