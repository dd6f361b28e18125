using System.Text.Json.Serialization;
using KtdBot.Answering;

namespace KtdBot.Channels.Zalo;

/// <summary>One OA message button.</summary>
/// <param name="Title">What the button says (at most 100 characters).</param>
/// <param name="Type">What a tap does.</param>
/// <param name="Payload">For <c>oa.query.show</c>: the text the user then sends (at most 1000 characters).</param>
public sealed record ZaloButton(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("payload")] string Payload);

/// <summary>
/// Suggestions as OA buttons of type <c>oa.query.show</c>: a tap makes the user send the suggestion as their own
/// message, shown in the chat, so it reaches the bot as an ordinary <c>user_send_text</c> and needs nothing stored.
/// </summary>
public static class ZaloSuggestionButtons
{
    /// <summary>At most this many buttons (Zalo allows five).</summary>
    public const int MaxButtons = 4;

    /// <summary>Zalo's limit on a button's title.</summary>
    public const int MaxTitle = 100;

    /// <summary>Zalo's limit on a query button's payload.</summary>
    public const int MaxPayload = 1000;

    /// <summary>The buttons for an answer's suggestions (none when it has none).</summary>
    public static IReadOnlyList<ZaloButton> For(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Suggestions
            .Where(s => !string.IsNullOrWhiteSpace(s) && s.Trim().Length <= MaxPayload)
            .Select(s => s.Trim())
            .Take(MaxButtons)
            .Select(s => new ZaloButton(Title(s), "oa.query.show", s))
            .ToList();
    }

    private static string Title(string suggestion)
    {
        if (suggestion.Length <= MaxTitle)
        {
            return suggestion;
        }

        var cut = char.IsHighSurrogate(suggestion[MaxTitle - 2]) ? MaxTitle - 2 : MaxTitle - 1;
        return suggestion[..cut].TrimEnd() + "…";
    }
}
