using KtdBot.Answering;
using KtdBot.Hosting;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace KtdBot.Llm;

/// <summary>Registers the language-model pieces an OpenAI-compatible endpoint enables.</summary>
public static class LlmServiceCollectionExtensions
{
    /// <summary>
    /// Adds the LLM answer agent (<see cref="IAnswerAgent"/>) when <see cref="LlmOptions.HasChatModel"/>, and the
    /// dense embedding generator (<see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>) when
    /// <see cref="LlmOptions.HasEmbeddingModel"/>; adds nothing otherwise. The agent needs the plugin
    /// <see cref="Kernel"/> registered by <see cref="AnsweringServiceCollectionExtensions.AddKtdBotAnswering"/>.
    /// </summary>
    public static IServiceCollection AddKtdBotLlm(this IServiceCollection services, LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.HasChatModel && !options.HasEmbeddingModel)
        {
            return services;
        }

        var client = OpenAICompatibleClient.Create(options);
        if (options.HasChatModel)
        {
            var model = options.ChatModel!;
            services.AddSingleton<IAnswerAgent>(sp => new LlmAnswerAgent(
                sp.GetRequiredService<Kernel>(),
                new OpenAIChatCompletionService(model, client, sp.GetService<ILoggerFactory>()),
                options.Timeout,
                sp.GetService<ILogger<LlmAnswerAgent>>()));
        }

        if (options.HasEmbeddingModel)
        {
            var generator = new OpenAICompatibleEmbeddingGenerator(client.GetEmbeddingClient(options.EmbeddingModel!).AsIEmbeddingGenerator(), options.Timeout);
            services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(generator);
        }

        return services;
    }
}
