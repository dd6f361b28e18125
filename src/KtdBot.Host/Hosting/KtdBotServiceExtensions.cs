using KtdBot.Answering;
using KtdBot.Conversations;
using KtdBot.Documents;
using KtdBot.Hosting;
using KtdBot.Ingestion;
using KtdBot.Knowledge;
using KtdBot.Llm;
using KtdBot.Qdrant;
using KtdBot.Search;
using KtdBot.State;
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

        services.AddDocumentExtractors();
        // Parsed files are cached under Data:Path by content hash: a restart re-reads only the files that changed.
        services.AddOptions<DataOptions>().BindConfiguration(DataOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var data = sp.GetRequiredService<IOptions<DataOptions>>().Value.Path;
            var root = Path.IsPathRooted(data) ? data : Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, data);
            var version = FileParsedFileCache.CurrentVersion(typeof(DocumentExtractors).Assembly);
            return new KnowledgeLoader(sp.GetServices<IDocumentExtractor>(), folder => FileParsedFileCache.For(root, folder, version));
        });
        services.AddSingleton(new Chunker());
        services.AddSingleton(sp => new IngestionPipeline(sp.GetRequiredService<Chunker>(), sp.GetService<IEmbeddingGenerator<string, Embedding<float>>>()));

        // A chat model and an embedding model are optional; without them nothing is registered.
        services.AddKtdBotLlm(builder.Configuration.GetSection(LlmOptions.SectionName).Get<LlmOptions>() ?? new LlmOptions());

        services.AddSingleton<IKnowledgeStore, EmbeddedKnowledgeStore>();
        if (builder.Configuration.GetSection(StoreOptions.SectionName).GetValue(nameof(StoreOptions.Provider), StoreProvider.Embedded) == StoreProvider.Qdrant)
        {
            services.AddQdrantKnowledgeStore(); // replaces the embedded store
        }

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
