using System.ComponentModel.DataAnnotations;

namespace KtdBot.Hosting;

/// <summary>Where the knowledge base lives.</summary>
public sealed class KnowledgeOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Knowledge";

    /// <summary>Folder of documents and structured records; relative paths resolve against the app folder first, then the working folder.</summary>
    [Required]
    public string Path { get; set; } = "knowledge";
}

/// <summary>Which vector store answers searches.</summary>
public enum StoreProvider
{
    /// <summary>The in-process index, built from knowledge/ at start.</summary>
    Embedded,

    /// <summary>A Qdrant collection filled by <c>ingest</c>.</summary>
    Qdrant,
}

/// <summary>Store selection.</summary>
public sealed class StoreOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Store";

    /// <summary>Embedded (default) or Qdrant.</summary>
    public StoreProvider Provider { get; set; } = StoreProvider.Embedded;
}

/// <summary>An OpenAI-compatible model endpoint (OpenAI, Azure OpenAI, Ollama, vLLM). No endpoint = no model.</summary>
public sealed class LlmOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Llm";

    /// <summary>Base URL of the OpenAI-compatible API, e.g. http://localhost:11434/v1.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>API key, when the endpoint needs one. Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Chat model name; the agent is used only when this and <see cref="Endpoint"/> are set.</summary>
    public string? ChatModel { get; set; }

    /// <summary>Embedding model name; dense vectors are used only when this and <see cref="Endpoint"/> are set.</summary>
    public string? EmbeddingModel { get; set; }

    /// <summary>How long one model answer may take before the offline answer is used instead.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>True when a chat model is configured.</summary>
    public bool HasChatModel => Endpoint is not null && !string.IsNullOrWhiteSpace(ChatModel);

    /// <summary>True when an embedding model is configured.</summary>
    public bool HasEmbeddingModel => Endpoint is not null && !string.IsNullOrWhiteSpace(EmbeddingModel);
}
