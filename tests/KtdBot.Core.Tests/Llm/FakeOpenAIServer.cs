using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KtdBot.Core.Tests.Llm;

/// <summary>A request the fake server received.</summary>
internal sealed record RecordedRequest(string Path, string? Authorization, JsonElement Body);

/// <summary>
/// An OpenAI-compatible server on loopback (Kestrel, port chosen by the OS) that records every request and
/// answers /v1/chat/completions from a script, in the wire shapes OpenAI returns: an assistant message with
/// <c>tool_calls</c> and finish_reason "tool_calls", the client then posts the <c>role: tool</c> results, and a
/// final assistant message with finish_reason "stop". /v1/embeddings answers deterministic vectors.
/// No network beyond 127.0.0.1.
/// </summary>
internal sealed class FakeOpenAIServer : IAsyncDisposable
{
    public const int Dimensions = 8;

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private int _callId;

    private FakeOpenAIServer(WebApplication app) => _app = app;

    /// <summary>Base URL as configured in Llm:Endpoint, e.g. http://127.0.0.1:5123/v1.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _requests.ToList();

    /// <summary>Requests to /v1/chat/completions.</summary>
    public IReadOnlyList<RecordedRequest> ChatRequests => Requests.Where(r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal)).ToList();

    /// <summary>When true, /v1/embeddings sends float arrays even when asked for base64, as some compatible servers do.</summary>
    public bool EmbeddingsIgnoreEncodingFormat { get; set; }

    /// <summary>When set, /v1/embeddings answers with this status instead of vectors.</summary>
    public HttpStatusCode? EmbeddingsStatus { get; set; }

    public static async Task<FakeOpenAIServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeOpenAIServer(app);
        app.MapPost("/v1/chat/completions", server.ChatAsync);
        app.MapPost("/v1/embeddings", server.EmbeddingsAsync);
        await app.StartAsync();
        server.Endpoint = new Uri(app.Urls.Single() + "/v1");
        return server;
    }

    /// <summary>Next reply: the assistant asks for one function call ("plugin-function", arguments as JSON).</summary>
    public void ThenToolCall(string function, object arguments) => ThenToolCalls((function, arguments));

    /// <summary>Next reply: several function calls in one assistant message.</summary>
    public void ThenToolCalls(params (string Function, object Arguments)[] calls) => _script.Enqueue(context =>
    {
        var toolCalls = new JsonArray();
        foreach (var (function, arguments) in calls)
        {
            var id = $"call_{Interlocked.Increment(ref _callId).ToString(CultureInfo.InvariantCulture)}";
            toolCalls.Add(new JsonObject
            {
                ["id"] = id,
                ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = function, ["arguments"] = JsonSerializer.Serialize(arguments) },
            });
        }

        var message = new JsonObject { ["role"] = "assistant", ["content"] = null, ["tool_calls"] = toolCalls, ["refusal"] = null, ["annotations"] = new JsonArray() };
        return WriteAsync(context, Completion(message, "tool_calls"));
    });

    /// <summary>Next reply: the final assistant text.</summary>
    public void ThenAnswer(string text) => _script.Enqueue(context =>
    {
        var message = new JsonObject { ["role"] = "assistant", ["content"] = text, ["refusal"] = null, ["annotations"] = new JsonArray() };
        return WriteAsync(context, Completion(message, "stop"));
    });

    /// <summary>Next reply: an error status with OpenAI's error body.</summary>
    public void ThenStatus(HttpStatusCode status) => _script.Enqueue(context =>
    {
        context.Response.StatusCode = (int)status;
        var error = new JsonObject
        {
            ["error"] = new JsonObject { ["message"] = "The server had an error while processing your request.", ["type"] = "server_error", ["param"] = null, ["code"] = null },
        };
        return WriteAsync(context, error, setStatus: false);
    });

    /// <summary>Next reply: nothing until <paramref name="delay"/> has passed (or the client gives up).</summary>
    public void ThenDelay(TimeSpan delay, string text) => _script.Enqueue(async context =>
    {
        await Task.Delay(delay, context.RequestAborted);
        var message = new JsonObject { ["role"] = "assistant", ["content"] = text };
        await WriteAsync(context, Completion(message, "stop"));
    });

    /// <summary>The vector the fake returns for a text: deterministic, unit length.</summary>
    public static float[] VectorFor(string text)
    {
        var vector = new float[Dimensions];
        foreach (var (c, i) in text.Select((c, i) => (c, i)))
        {
            vector[(c + i) % Dimensions] += 1;
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        return vector.Select(v => norm == 0 ? 0 : v / norm).ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ChatAsync(HttpContext context)
    {
        await RecordAsync(context);
        if (!_script.TryDequeue(out var reply))
        {
            await ThenStatusNow(context);
            return;
        }

        await reply(context);
    }

    private async Task EmbeddingsAsync(HttpContext context)
    {
        var request = await RecordAsync(context);
        if (EmbeddingsStatus is { } status)
        {
            context.Response.StatusCode = (int)status;
            await context.Response.WriteAsync("{\"error\":{\"message\":\"unavailable\",\"type\":\"server_error\",\"param\":null,\"code\":null}}");
            return;
        }

        // OpenAI's shape: a list of {object, index, embedding}; base64 little-endian floats when the client asks for base64.
        var inputs = request.Body.GetProperty("input") is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList()
            : [request.Body.GetProperty("input").GetString() ?? string.Empty];
        var base64 = request.Body.TryGetProperty("encoding_format", out var format) && format.GetString() == "base64" && !EmbeddingsIgnoreEncodingFormat;
        var data = new JsonArray();
        for (var i = 0; i < inputs.Count; i++)
        {
            var vector = VectorFor(inputs[i]);
            JsonNode embedding = base64
                ? Convert.ToBase64String(vector.SelectMany(BitConverter.GetBytes).ToArray())
                : new JsonArray(vector.Select(v => (JsonNode)v).ToArray());
            data.Add(new JsonObject { ["object"] = "embedding", ["index"] = i, ["embedding"] = embedding });
        }

        var tokens = inputs.Sum(i => i.Length);
        var body = new JsonObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["model"] = request.Body.GetProperty("model").GetString(),
            ["usage"] = new JsonObject { ["prompt_tokens"] = tokens, ["total_tokens"] = tokens },
        };
        await WriteAsync(context, body);
    }

    private static Task ThenStatusNow(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return context.Response.WriteAsync("{\"error\":{\"message\":\"script exhausted\",\"type\":\"server_error\",\"param\":null,\"code\":null}}");
    }

    private async Task<RecordedRequest> RecordAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var json = await reader.ReadToEndAsync();
        var recorded = new RecordedRequest(context.Request.Path.Value ?? string.Empty, context.Request.Headers.Authorization.ToString(), JsonDocument.Parse(json).RootElement.Clone());
        _requests.Enqueue(recorded);
        return recorded;
    }

    private static JsonObject Completion(JsonObject message, string finishReason) => new()
    {
        ["id"] = "chatcmpl-" + Guid.NewGuid().ToString("N")[..12],
        ["object"] = "chat.completion",
        ["created"] = 1_736_300_000,
        ["model"] = "fake-chat",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = message,
            ["logprobs"] = null,
            ["finish_reason"] = finishReason,
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 120, ["completion_tokens"] = 20, ["total_tokens"] = 140 },
        ["system_fingerprint"] = "fp_fake",
    };

    private static async Task WriteAsync(HttpContext context, JsonNode body, bool setStatus = true)
    {
        if (setStatus)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
    }
}
