using System.Text.RegularExpressions;
using KtdBot.Answering;
using KtdBot.Conversations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace KtdBot.Llm;

/// <summary>
/// Writes the answer with a chat model that calls the same Semantic Kernel plugins as the offline composer
/// (automatic function calling), given the offline answer as a verified draft. The result is used only
/// when it is grounded — every number and proper name found in what the plugins returned or in the draft —
/// and cites only the draft's sources; otherwise, and on any error or timeout, the caller keeps the offline answer.
/// </summary>
public sealed partial class LlmAnswerAgent : IAnswerAgent
{
    /// <summary>Tool-calling rounds allowed before the turn is abandoned.</summary>
    public const int MaxToolRounds = 5;

    /// <summary>Longest answer accepted, in characters; a longer one is not the short answer asked for.</summary>
    public const int MaxAnswerLength = 2500;

    private readonly Kernel _kernel;
    private readonly TimeSpan _timeout;
    private readonly ILogger _logger;

    /// <summary>Creates the agent.</summary>
    /// <param name="pluginKernel">The kernel holding the answering plugins (<see cref="AnsweringServiceCollectionExtensions.CreatePluginKernel"/>).</param>
    /// <param name="chat">The chat model, e.g. an OpenAI-compatible endpoint.</param>
    /// <param name="timeout">How long one answer may take, tool calls included.</param>
    /// <param name="logger">Warnings on fallback; never user text or keys.</param>
    public LlmAnswerAgent(Kernel pluginKernel, IChatCompletionService chat, TimeSpan timeout, ILogger<LlmAnswerAgent>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(pluginKernel);
        ArgumentNullException.ThrowIfNull(chat);
        _timeout = timeout;
        _logger = logger ?? NullLogger<LlmAnswerAgent>.Instance;

        // The agent's own kernel: the chat model plus the very plugin instances the offline composer uses.
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(chat);
        foreach (var plugin in pluginKernel.Plugins)
        {
            builder.Plugins.Add(plugin);
        }

        _kernel = builder.Build();
    }

    /// <inheritdoc />
    public async Task<Answer?> TryAnswerAsync(string question, IReadOnlyList<ConversationTurn> history, Answer offline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(offline);

        // Each turn gets its own capture, so concurrent questions never share evidence.
        var capture = new ToolResultCapture(MaxToolRounds);
        var kernel = _kernel.Clone();
        kernel.AutoFunctionInvocationFilters.Add(capture);
        var settings = new OpenAIPromptExecutionSettings
        {
            FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(),
            Temperature = 0.1,
            MaxTokens = 800,
        };

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        ChatMessageContent reply;
        try
        {
            var chat = kernel.GetRequiredService<IChatCompletionService>();
            reply = await chat.GetChatMessageContentAsync(AgentPrompt.Build(question, history, offline), settings, kernel, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning("LLM answer timed out after {Timeout} s ({Calls} tool calls); using the offline answer", _timeout.TotalSeconds, capture.Calls.Count);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception's message can carry the response body; its type and status are enough to diagnose.
            _logger.LogWarning("LLM answer failed ({Error}, status {Status}); using the offline answer", ex.GetType().Name, (int?)(ex as HttpOperationException)?.StatusCode);
            return null;
        }

        return Accept(reply, capture, offline);
    }

    private Answer? Accept(ChatMessageContent reply, ToolResultCapture capture, Answer offline)
    {
        if (capture.Stopped || reply.Role != AuthorRole.Assistant || string.IsNullOrWhiteSpace(reply.Content))
        {
            _logger.LogWarning("LLM gave no final answer ({Calls} tool calls, stopped: {Stopped}); using the offline answer", capture.Calls.Count, capture.Stopped);
            return null;
        }

        var text = Clean(reply.Content);
        if (text.Length > MaxAnswerLength)
        {
            _logger.LogWarning("LLM answer too long ({Length} characters); using the offline answer", text.Length);
            return null;
        }

        var evidence = capture.Results
            .Append(offline.Text)
            .Concat(offline.Citations.SelectMany(c => new[] { c.Title, c.Source, c.Snippet }));
        var unsupported = new GroundingCheck(evidence).Unsupported(text);
        if (unsupported.Count > 0)
        {
            _logger.LogWarning("LLM answer failed the grounding check ({Count} unsupported numbers or names); using the offline answer", unsupported.Count);
            _logger.LogDebug("Unsupported in the LLM answer: {Unsupported}", string.Join(" | ", unsupported).ReplaceLineEndings(" "));
            return null;
        }

        var (cited, markers) = AnswerCitations.Keep(text, offline.Citations.Count);
        if (offline.Citations.Count > 0 && markers == 0)
        {
            _logger.LogWarning("LLM answer cites none of the {Sources} sources; using the offline answer", offline.Citations.Count);
            return null;
        }

        _logger.LogDebug("LLM answer accepted ({Calls} tool calls: {Functions})", capture.Calls.Count, string.Join(", ", capture.Calls));
        return new Answer(cited, true, offline.Citations, offline.Suggestions);
    }

    /// <summary>
    /// Plain text as the channels expect: no reasoning block (some local models put &lt;think&gt;…&lt;/think&gt; in the
    /// content), no Markdown emphasis or headings, no runs of blank lines.
    /// </summary>
    internal static string Clean(string text)
    {
        var plain = Reasoning().Replace(text, string.Empty);
        plain = plain.Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal);
        plain = Heading().Replace(plain, string.Empty);
        plain = BlankLines().Replace(plain.ReplaceLineEndings("\n"), "\n\n");
        return plain.Trim();
    }

    [GeneratedRegex(@"<think>.*?(</think>|$)", RegexOptions.Singleline)]
    private static partial Regex Reasoning();

    [GeneratedRegex(@"^#{1,6}[ \t]+", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}
