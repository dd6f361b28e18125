using System.Text;

namespace KtdBot.Answering;

/// <summary>Plain-text rendering for terminals and chat apps without rich formatting.</summary>
public static class AnswerText
{
    /// <summary>The answer, then its numbered sources, then suggestions.</summary>
    public static string Render(Answer answer)
    {
        var text = new StringBuilder(answer.Text.Trim());
        if (answer.Citations.Count > 0)
        {
            text.Append("\n\nNguồn:");
            for (var i = 0; i < answer.Citations.Count; i++)
            {
                var citation = answer.Citations[i];
                text.Append('\n').Append('[').Append(i + 1).Append("] ").Append(citation.Title).Append(" — ").Append(citation.Source);
            }
        }

        if (answer.Suggestions.Count > 0)
        {
            text.Append("\n\nBạn có thể hỏi tiếp: ").Append(string.Join(" | ", answer.Suggestions));
        }

        return text.ToString();
    }
}
