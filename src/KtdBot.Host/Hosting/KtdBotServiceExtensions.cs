using KtdBot.Answering;
using KtdBot.Conversations;
using KtdBot.Hosting;
using KtdBot.Ingestion;
using KtdBot.Knowledge;
using KtdBot.Search;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace KtdBot.Host.Hosting;

/// <summary>The wiring shared by the web host and the CLI verbs.</summary>
public static class KtdBotServiceExtensions
{
    /// <summary>Knowledge, store, answering and conversation memory, chosen by configuration.</summary>
    public static IHostApplicationBuilder AddKtdBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.SectionName).ValidateOnStart();
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.SectionName);
        services.AddSingleton(TimeProvider.System);

        services.AddSingleton<IDocumentExtractor, MarkdownDocumentExtractor>();
        services.AddSingleton<IDocumentExtractor, TextDocumentExtractor>();
        services.AddSingleton(sp => new KnowledgeLoader(sp.GetServices<IDocumentExtractor>()));
        services.AddSingleton(new Chunker());
        services.AddSingleton(sp => new IngestionPipeline(sp.GetRequiredService<Chunker>(), sp.GetService<IEmbeddingGenerator<string, Embedding<float>>>()));

        var provider = builder.Configuration.GetSection(StoreOptions.SectionName).GetValue(nameof(StoreOptions.Provider), StoreProvider.Embedded);
        if (provider == StoreProvider.Qdrant)
        {
            throw new NotSupportedException("Store:Provider=Qdrant is not wired yet.");
        }

        services.AddSingleton<IKnowledgeStore, EmbeddedKnowledgeStore>();

        services.AddSingleton(sp => new KnowledgeIndex(
            sp.GetRequiredService<IKnowledgeStore>(),
            sp.GetService<IEmbeddingGenerator<string, Embedding<float>>>(),
            sp.GetRequiredService<ILogger<KnowledgeIndex>>()));
        services.AddSingleton<KnowledgeStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<KnowledgeStartup>());

        services.AddSingleton<IConversationStore>(sp => new InMemoryConversationStore(
            sp.GetRequiredService<IOptions<ConversationOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddKtdBotAnswering();
        return builder;
    }
}
