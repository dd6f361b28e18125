using KtdBot.Answering;

namespace KtdBot.Channels.Core;

/// <summary>Plain-text replies for channels without rich text: the chosen question, the answer and its numbered sources.</summary>
public static class PlainReply
{
    /// <summary>The line that repeats a question chosen by number or button, so everyone in the chat sees what is answered.</summary>
    public static string ChosenLine(string chosen) => "Bạn hỏi: " + chosen;

    /// <summary>The reply without its suggestions (the channel shows them its own way: buttons, or a numbered list).</summary>
    public static string WithoutSuggestions(Answer answer, string? chosen)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var body = AnswerText.Render(answer with { Suggestions = [] });
        return chosen is null ? body : ChosenLine(chosen) + "\n\n" + body;
    }

    /// <summary>The reply with its suggestions as a numbered list at the end (<see cref="NumberedSuggestions"/>).</summary>
    public static string WithNumberedSuggestions(Answer answer, string? chosen)
    {
        var body = WithoutSuggestions(answer, chosen);
        var list = NumberedSuggestions.Render(NumberedSuggestions.Shown(answer));
        return list.Length == 0 ? body : body + "\n\n" + list;
    }
}
