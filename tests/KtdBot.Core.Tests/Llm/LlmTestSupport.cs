using System.Collections.Concurrent;
using KtdBot.Answering;
using KtdBot.Conversations;
using KtdBot.Hosting;
using KtdBot.Ingestion;
using KtdBot.Knowledge;
using KtdBot.Llm;
using KtdBot.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KtdBot.Core.Tests.Llm;

/// <summary>The repository's knowledge/ folder (copied beside the tests), loaded and indexed once for the LLM tests.</summary>
public sealed class LlmKnowledgeFixture : IAsyncLifetime
{
    public KnowledgeIndex Index { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var loader = new KnowledgeLoader([new MarkdownDocumentExtractor(), new TextDocumentExtractor()]);
        var knowledge = await loader.LoadAsync(Path.Combine(AppContext.BaseDirectory, "knowledge"), CancellationToken.None);
        var store = new EmbeddedKnowledgeStore();
        await new IngestionPipeline(new Chunker()).IngestAsync(knowledge, store, CancellationToken.None);
        Index = new KnowledgeIndex(store);
        Index.Use(knowledge);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The answering services as the host wires them, plus <see cref="LlmServiceCollectionExtensions.AddKtdBotLlm"/>.</summary>
    public ServiceProvider Services(LlmOptions llm, RecordingLoggerProvider? logs = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b =>
        {
            b.SetMinimumLevel(LogLevel.Debug);
            if (logs is not null)
            {
                b.AddProvider(logs);
            }
        });
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Index);
        services.AddSingleton<IConversationStore>(new InMemoryConversationStore(new ConversationOptions(), TimeProvider.System));
        services.AddKtdBotAnswering();
        services.AddKtdBotLlm(llm);
        return services.BuildServiceProvider();
    }

    /// <summary>The offline answer the agent is given as its draft.</summary>
    public static async Task<Answer> OfflineAsync(IServiceProvider services, string question) =>
        (await services.GetRequiredService<OfflineAnswerComposer>().ComposeAsync(question, null, CancellationToken.None)).Answer;
}

[CollectionDefinition(Name)]
public sealed class LlmTestGroup : ICollectionFixture<LlmKnowledgeFixture>
{
    public const string Name = "llm";
}

/// <summary>Keeps every log line written, to check what is (not) logged.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Category, string Message)> _entries = new();

    public IReadOnlyList<(LogLevel Level, string Category, string Message)> Entries => _entries.ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<(LogLevel, string, string)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((logLevel, category, formatter(state, exception) + (exception is null ? string.Empty : " " + exception)));
    }
}
