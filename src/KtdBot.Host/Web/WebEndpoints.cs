using System.Net.Mime;
using System.Text.Json;
using KtdBot.Answering;
using KtdBot.Channels.Core;
using KtdBot.Channels.Web;
using KtdBot.Host.Hosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.FileProviders;

namespace KtdBot.Host.Web;

/// <summary>The web host's endpoints: the chat API, health and readiness, the web chat page.</summary>
public static class WebEndpoints
{
    /// <summary>Largest POST /api/chat body read (the answering service politely refuses questions over 2000 characters anyway).</summary>
    public const int MaxChatBodyBytes = 32 * 1024;

    /// <summary>The health-check tag of everything /readyz waits for (knowledge, Redis and Qdrant when configured).</summary>
    public const string ReadyTag = "ready";

    /// <summary>Services the web endpoints need: JSON options, problem details without stack traces, readiness checks, the web chat adapter.</summary>
    public static IHostApplicationBuilder AddKtdBotWeb(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = AnswerResponse.JsonOptions.Encoder);
        builder.Services.AddProblemDetails();
        builder.Services.AddHealthChecks().AddCheck<KnowledgeHealthCheck>("knowledge", tags: [ReadyTag]);
        builder.Services.AddSingleton<WebChatAdapter>();
        return builder;
    }

    /// <summary>Maps the endpoints, the web chat page, and an exception handler that answers ProblemDetails (never a stack trace).</summary>
    public static WebApplication MapKtdBotWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        var page = WebChatPage.FileProvider(app.Environment);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = page });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = page, OnPrepareResponse = WebChatPage.AddSecurityHeaders });

        app.MapPost("/api/chat", ChatAsync).WithName("Chat");
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteHealthAsync });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteReadinessAsync });
        return app;
    }

    private static async Task<IResult> ChatAsync(HttpContext http, TurnPipeline pipeline, WebChatAdapter adapter, TimeProvider time, ILogger<ChatRequest> logger)
    {
        if (!http.Request.HasJsonContentType())
        {
            // A cross-site form or text/plain POST needs no CORS preflight; JSON does.
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Content-Type must be application/json.");
        }

        var body = await RequestBody.ReadAsync(http.Request, MaxChatBodyBytes, http.RequestAborted);
        if (body is null)
        {
            return Results.Json(AnswerResponse.From(Answer.Ungrounded(ChannelReplies.TooLarge)), AnswerResponse.JsonOptions, statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        if (ChatRequest.Read(body) is not { } request)
        {
            ChatRequest.LogMalformed(logger, body.Length);
            return WebhookResults.Malformed();
        }

        var conversation = request.ConversationId?.Trim() ?? string.Empty;
        if (conversation.Length > ChatRequest.MaxConversationIdLength)
        {
            ChatRequest.LogMalformed(logger, body.Length);
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"conversationId is longer than {ChatRequest.MaxConversationIdLength} characters.");
        }

        // Rate limits count per client address: a client cannot dodge them by changing the conversation id.
        var user = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var activity = new ChannelActivity(ChannelNames.Web, string.Empty, ActivityType.Message, conversation, user, request.Text ?? string.Empty, time.GetUtcNow());
        var turn = new TurnContext(activity, adapter);
        await pipeline.RunAsync(turn, http.RequestAborted);

        if (turn.Sent.Count == 0)
        {
            return Results.Json(AnswerResponse.From(Answer.Ungrounded(ChannelReplies.Busy)), AnswerResponse.JsonOptions, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var response = AnswerResponse.From(turn.Sent[^1], request.ConversationId);
        if (turn.Outcome == TurnOutcome.Failed)
        {
            http.Response.Headers.RetryAfter = "5"; // answering failed: the apology, and a status that says so
            return Results.Json(response, AnswerResponse.JsonOptions, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        if (turn.Outcome == TurnOutcome.RateLimited)
        {
            http.Response.Headers.RetryAfter = "60";
            return Results.Json(response, AnswerResponse.JsonOptions, statusCode: StatusCodes.Status429TooManyRequests);
        }

        return Results.Json(response, AnswerResponse.JsonOptions);
    }

    private static Task WriteHealthAsync(HttpContext http, HealthReport report) =>
        http.Response.WriteAsJsonAsync(new { status = report.Status == HealthStatus.Unhealthy ? "unhealthy" : "ok" });

    private static Task WriteReadinessAsync(HttpContext http, HealthReport report)
    {
        var checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description });
        var status = report.Status switch
        {
            HealthStatus.Unhealthy => "not ready",
            HealthStatus.Degraded => "degraded", // answering, with some state in-process (Redis down)
            _ => "ready",
        };
        return http.Response.WriteAsJsonAsync(new { status, checks });
    }
}

/// <summary>Body of POST /api/chat.</summary>
public sealed partial record ChatRequest(string? ConversationId, string? Text)
{
    /// <summary>Longer conversation ids are refused (cutting them would let two conversations share one memory).</summary>
    public const int MaxConversationIdLength = 128;

    /// <summary>The request, or null when the body is empty, not JSON, not valid UTF-8 or of the wrong shape.</summary>
    public static ChatRequest? Read(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return body.Length == 0 ? null : JsonSerializer.Deserialize<ChatRequest>(body, AnswerResponse.JsonOptions);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>One line, no stack trace: a flood of bad requests must not flood the logs with traces.</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a malformed chat request ({Bytes} bytes)")]
    public static partial void LogMalformed(ILogger logger, int bytes);
}

/// <summary>Readiness: the knowledge base has been loaded and indexed.</summary>
public sealed class KnowledgeHealthCheck(KtdBot.Search.KnowledgeIndex index) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(index.IsReady ? HealthCheckResult.Healthy("loaded") : HealthCheckResult.Unhealthy("loading"));
}

/// <summary>The web chat's side of the channel core: answers travel back in the HTTP response, so sending only records them.</summary>
public sealed class WebChatAdapter : IChannelAdapter
{
    /// <inheritdoc />
    public string Channel => ChannelNames.Web;

    /// <inheritdoc />
    public bool RepliesInline => true;

    /// <inheritdoc />
    public Task SendAsync(TurnContext turn, Answer answer, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task SendTypingAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Where the web chat page's files come from, and the headers they are served with.</summary>
internal static class WebChatPage
{
    /// <summary>wwwroot beside the executable (so <c>dotnet run</c> works from any folder), else the content root's.</summary>
    public static IFileProvider FileProvider(IWebHostEnvironment environment)
    {
        var besideApp = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        return File.Exists(Path.Combine(besideApp, "index.html")) ? new PhysicalFileProvider(besideApp) : environment.WebRootFileProvider;
    }

    /// <summary>A strict content security policy: the page loads only its own script and style and talks only to this host.</summary>
    public static void AddSecurityHeaders(StaticFileResponseContext context)
    {
        var headers = context.Context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (context.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
            headers["Referrer-Policy"] = "no-referrer";
            headers.CacheControl = "no-cache";
            headers.ContentType = MediaTypeNames.Text.Html + "; charset=utf-8";
        }
    }
}
