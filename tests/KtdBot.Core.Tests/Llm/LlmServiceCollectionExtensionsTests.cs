using System.Net;
using KtdBot.Answering;
using KtdBot.Hosting;
using KtdBot.Llm;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace KtdBot.Core.Tests.Llm;

public sealed class LlmServiceCollectionExtensionsTests
{
    private static readonly Uri Endpoint = new("http://127.0.0.1:9/v1");

    [Fact]
    public void RegistersNothingWithoutAnEndpoint()
    {
        var services = new ServiceCollection().AddKtdBotLlm(new LlmOptions { ChatModel = "m", EmbeddingModel = "e" });
        Assert.Empty(services);
    }

    [Fact]
    public void RegistersOnlyTheAgentForAChatModel()
    {
        var services = new ServiceCollection().AddKtdBotLlm(new LlmOptions { Endpoint = Endpoint, ChatModel = "m" });
        Assert.Contains(services, d => d.ServiceType == typeof(IAnswerAgent));
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IEmbeddingGenerator<string, Embedding<float>>));
    }

    [Fact]
    public void RegistersOnlyTheEmbeddingGeneratorForAnEmbeddingModel()
    {
        var services = new ServiceCollection().AddKtdBotLlm(new LlmOptions { Endpoint = Endpoint, EmbeddingModel = "e" });
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IAnswerAgent));
        Assert.Contains(services, d => d.ServiceType == typeof(IEmbeddingGenerator<string, Embedding<float>>));
    }
}

public sealed class OpenAICompatibleEmbeddingGeneratorTests
{
    [Fact]
    public async Task ReturnsTheVectorsTheEndpointSends()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        using var services = new ServiceCollection()
            .AddKtdBotLlm(new LlmOptions { Endpoint = server.Endpoint, ApiKey = "emb-key", EmbeddingModel = "fake-embed" })
            .BuildServiceProvider();
        var generator = services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        var embeddings = await generator.GenerateAsync(["khối thi đua 8", "khoi thi dua 2 ca mau"]);

        Assert.Equal(2, embeddings.Count);
        Assert.Equal(FakeOpenAIServer.VectorFor("khối thi đua 8"), embeddings[0].Vector.ToArray());
        Assert.Equal(FakeOpenAIServer.VectorFor("khoi thi dua 2 ca mau"), embeddings[1].Vector.ToArray());
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/embeddings", request.Path);
        Assert.Equal("Bearer emb-key", request.Authorization);
        Assert.Equal("fake-embed", request.Body.GetProperty("model").GetString());
        Assert.Equal(["khối thi đua 8", "khoi thi dua 2 ca mau"], request.Body.GetProperty("input").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task AcceptsFloatArraysFromServersThatIgnoreTheBase64Request()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.EmbeddingsIgnoreEncodingFormat = true;
        using var services = new ServiceCollection()
            .AddKtdBotLlm(new LlmOptions { Endpoint = new Uri(server.Endpoint + "/"), EmbeddingModel = "fake-embed" })
            .BuildServiceProvider();

        var embeddings = await services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>().GenerateAsync(["Hội Khuyến học"]);

        Assert.Equal(FakeOpenAIServer.VectorFor("Hội Khuyến học"), Assert.Single(embeddings).Vector.ToArray());
        Assert.Equal("/v1/embeddings", Assert.Single(server.Requests).Path); // a trailing slash in Llm:Endpoint is harmless
    }

    [Fact]
    public async Task ReportsAServerErrorAsAnHttpRequestException()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.EmbeddingsStatus = HttpStatusCode.BadGateway;
        using var services = new ServiceCollection()
            .AddKtdBotLlm(new LlmOptions { Endpoint = server.Endpoint, EmbeddingModel = "fake-embed" })
            .BuildServiceProvider();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>().GenerateAsync(["x"]));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Equal("Bearer no-key", Assert.Single(server.Requests).Authorization);
    }
}
