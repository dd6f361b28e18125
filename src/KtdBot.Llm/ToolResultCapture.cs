using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.SemanticKernel;

namespace KtdBot.Llm;

/// <summary>
/// One turn's record of what the plugins returned. It hands each result to the model as compact JSON
/// with Vietnamese left readable (the default encoder would escape every accented letter), keeps that
/// same text as grounding evidence, and stops the tool loop after <paramref name="maxRounds"/> rounds.
/// </summary>
internal sealed class ToolResultCapture(int maxRounds) : IAutoFunctionInvocationFilter
{
    private static readonly JsonSerializerOptions ResultJson = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly List<string> _results = [];
    private readonly Lock _lock = new();

    /// <summary>The text of every result returned so far, in call order.</summary>
    public IReadOnlyList<string> Results
    {
        get
        {
            lock (_lock)
            {
                return _results.ToList();
            }
        }
    }

    /// <summary>Names of the functions called, "plugin.function".</summary>
    public IReadOnlyList<string> Calls { get; private set; } = [];

    /// <summary>True when the loop was stopped because the model kept calling tools.</summary>
    public bool Stopped { get; private set; }

    /// <inheritdoc />
    public async Task OnAutoFunctionInvocationAsync(AutoFunctionInvocationContext context, Func<AutoFunctionInvocationContext, Task> next)
    {
        if (context.RequestSequenceIndex >= maxRounds)
        {
            // A model that has not answered after this many rounds is looping; Terminate leaves no final answer, so the turn falls back.
            Stopped = true;
            context.Terminate = true;
            return;
        }

        await next(context).ConfigureAwait(false);
        var value = context.Result.GetValue<object>();
        var text = value switch
        {
            null => "null",
            string s => s,
            _ => JsonSerializer.Serialize(value, value.GetType(), ResultJson),
        };
        context.Result = new FunctionResult(context.Result, text);
        lock (_lock)
        {
            _results.Add(text);
            Calls = [.. Calls, $"{context.Function.PluginName}.{context.Function.Name}"];
        }
    }
}
