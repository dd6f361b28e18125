using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using KtdBot.Answering;

namespace KtdBot.Host.Hosting;

/// <summary>The JSON contract of <c>ask --json</c> and <c>POST /api/chat</c> (DESIGN.md).</summary>
/// <param name="Answer">The answer text.</param>
/// <param name="Grounded">False when the knowledge base did not support an answer.</param>
/// <param name="Citations">Numbered sources: title, source, snippet.</param>
/// <param name="Suggestions">Follow-up questions worth asking.</param>
/// <param name="ConversationId">The conversation the answer belongs to.</param>
public sealed record AnswerResponse(
    string Answer,
    bool Grounded,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<string> Suggestions,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ConversationId = null)
{
    /// <summary>camelCase, Vietnamese letters written as they are (not \u escapes).</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    /// <summary>Maps an answer to the contract.</summary>
    public static AnswerResponse From(Answer answer, string? conversationId = null) =>
        new(answer.Text, answer.Grounded, answer.Citations, answer.Suggestions, conversationId);
}
