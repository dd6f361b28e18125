using KtdBot.Answering;
using KtdBot.Host.Hosting;
using KtdBot.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KtdBot.Host.Web;

/// <summary>The web host's endpoints: chat API, health, web chat page.</summary>
public static class WebEndpoints
{
    /// <summary>Services the web endpoints need.</summary>
    public static IHostApplicationBuilder AddKtdBotWeb(this IHostApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = AnswerResponse.JsonOptions.Encoder);
        return builder;
    }

    /// <summary>Maps the endpoints.</summary>
    public static WebApplication MapKtdBotWeb(this WebApplication app)
    {
        app.MapPost("/api/chat", ChatAsync);
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" }));
        app.MapGet("/readyz", (KnowledgeIndex index) => index.IsReady
            ? Results.Ok(new { status = "ready" })
            : Results.Json(new { status = "loading" }, statusCode: StatusCodes.Status503ServiceUnavailable));
        return app;
    }

    private static async Task<Results<Ok<AnswerResponse>, BadRequest<string>>> ChatAsync(ChatRequest request, IAnswerService answers, CancellationToken cancellationToken)
    {
        var conversation = string.IsNullOrWhiteSpace(request.ConversationId) ? string.Empty : $"web:{request.ConversationId}";
        var answer = await answers.AnswerAsync(new Question(conversation, request.Text ?? string.Empty), cancellationToken);
        return TypedResults.Ok(AnswerResponse.From(answer, request.ConversationId));
    }
}

/// <summary>Body of POST /api/chat.</summary>
public sealed record ChatRequest(string? ConversationId, string? Text);
