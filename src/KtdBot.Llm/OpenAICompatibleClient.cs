using System.ClientModel;
using System.ClientModel.Primitives;
using KtdBot.Hosting;
using OpenAI;

namespace KtdBot.Llm;

/// <summary>The OpenAI SDK client pointed at any OpenAI-compatible endpoint (OpenAI, Azure OpenAI v1, Ollama, vLLM).</summary>
internal static class OpenAICompatibleClient
{
    // Servers such as Ollama and vLLM accept any bearer token; the SDK insists on a non-empty one.
    private const string NoKey = "no-key";

    /// <summary>
    /// Creates the client. No retries: a failed or slow model call falls back to the offline answer (or the
    /// lexical-only search) at once, which serves the user better than waiting through back-off.
    /// </summary>
    public static OpenAIClient Create(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var endpoint = options.Endpoint ?? throw new ArgumentException("Llm:Endpoint is not set.", nameof(options));
        var clientOptions = new OpenAIClientOptions
        {
            // The SDK appends "/chat/completions" and "/embeddings"; a trailing slash would double it.
            Endpoint = new Uri(endpoint.AbsoluteUri.TrimEnd('/')),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            // A backstop only: the agent and the embedding generator enforce their own, tighter limits.
            NetworkTimeout = options.Timeout * 5,
        };
        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? NoKey : options.ApiKey;
        return new OpenAIClient(new ApiKeyCredential(key), clientOptions);
    }
}
