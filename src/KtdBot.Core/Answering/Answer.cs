namespace KtdBot.Answering;

/// <summary>A source shown under an answer.</summary>
/// <param name="Title">Document title (headline, regulation name or record name).</param>
/// <param name="Source">Publication and date, or the legal document: "Báo Bình Thuận, 9/1/2025".</param>
/// <param name="Snippet">The passage that supports the answer.</param>
public sealed record Citation(string Title, string Source, string Snippet);

/// <summary>
/// What the bot says to one question. <see cref="Grounded"/> is false when the knowledge base did not
/// support an answer; the text then explains politely what the bot can help with.
/// </summary>
/// <param name="Text">The answer in Vietnamese (plain text; channels format it).</param>
/// <param name="Grounded">True when every fact in <paramref name="Text"/> comes from the cited sources.</param>
/// <param name="Citations">Numbered sources, in the order the text refers to them ([1], [2] …).</param>
/// <param name="Suggestions">Short follow-up questions the user may tap or type next.</param>
public sealed record Answer(string Text, bool Grounded, IReadOnlyList<Citation> Citations, IReadOnlyList<string> Suggestions)
{
    /// <summary>An answer that cites nothing.</summary>
    public static Answer Ungrounded(string text, IReadOnlyList<string>? suggestions = null) =>
        new(text, false, [], suggestions ?? []);
}

/// <summary>One incoming question.</summary>
/// <param name="ConversationId">Groups turns for follow-ups ("telegram:12345", "web:abc"). Empty = no memory.</param>
/// <param name="Text">What the user typed.</param>
public sealed record Question(string ConversationId, string Text);

/// <summary>
/// The answering port every channel talks to. The embedded default composes answers without a model;
/// with <c>Llm:Endpoint</c> set, an LLM agent writes them and falls back to the offline answer.
/// Implementations never throw for bad user input: they answer politely.
/// </summary>
public interface IAnswerService
{
    /// <summary>Answers one question, using and updating the conversation's memory.</summary>
    Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken);
}
