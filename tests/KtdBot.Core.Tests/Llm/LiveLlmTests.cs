using KtdBot.Answering;
using KtdBot.Hosting;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace KtdBot.Core.Tests.Llm;

/// <summary>
/// Runs only against a real endpoint: LLM_ENDPOINT (e.g. http://localhost:11434/v1), LLM_MODEL, optional
/// LLM_API_KEY, and LLM_EMBEDDING_MODEL for the embedding test. Skipped, with the reason shown, otherwise.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LiveLlmFactAttribute : FactAttribute
{
    public LiveLlmFactAttribute(bool embeddings = false)
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("LLM_ENDPOINT")))
        {
            Skip = "Live LLM test: set LLM_ENDPOINT and LLM_MODEL (and LLM_API_KEY if needed) to run it.";
        }
        else if (embeddings && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("LLM_EMBEDDING_MODEL")))
        {
            Skip = "Live embedding test: set LLM_EMBEDDING_MODEL to run it.";
        }
        else if (!embeddings && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("LLM_MODEL")))
        {
            Skip = "Live LLM test: set LLM_MODEL to run it.";
        }
    }
}

[Collection(LlmTestGroup.Name)]
public sealed class LiveLlmTests(LlmKnowledgeFixture knowledge)
{
    private static LlmOptions Options => new()
    {
        Endpoint = new Uri(Environment.GetEnvironmentVariable("LLM_ENDPOINT")!),
        ApiKey = Environment.GetEnvironmentVariable("LLM_API_KEY"),
        ChatModel = Environment.GetEnvironmentVariable("LLM_MODEL"),
        EmbeddingModel = Environment.GetEnvironmentVariable("LLM_EMBEDDING_MODEL"),
        Timeout = TimeSpan.FromSeconds(120),
    };

    [LiveLlmFact]
    public async Task TheConfiguredModelGivesAGroundedCitedAnswer()
    {
        const string question = "Năm 2025 ai là khối trưởng Khối thi đua 8 Bình Thuận?";
        using var services = knowledge.Services(Options);
        var offline = await LlmKnowledgeFixture.OfflineAsync(services, question);

        var answer = await services.GetRequiredService<IAnswerAgent>().TryAnswerAsync(question, [], offline, CancellationToken.None);

        Assert.NotNull(answer); // null = timeout, error or failed grounding check: see the warning logged
        Assert.Contains("[1]", answer.Text, StringComparison.Ordinal);
        Assert.Contains("da cam", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [LiveLlmFact(embeddings: true)]
    public async Task TheConfiguredEmbeddingModelReturnsOneVectorPerText()
    {
        using var services = knowledge.Services(Options);

        var vectors = await services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>().GenerateAsync(["khối thi đua 8", "phong trào Vì người nghèo"]);

        Assert.Equal(2, vectors.Count);
        Assert.True(vectors[0].Vector.Length > 0);
        Assert.Equal(vectors[0].Vector.Length, vectors[1].Vector.Length);
    }
}
