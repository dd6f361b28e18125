using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KtdBot.Answering;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace KtdBot.Channels.Telegram;

/// <summary>
/// Suggestions as an inline keyboard, one button a row. A suggestion is longer than the 64 bytes callback data may
/// carry, so the data is only <c>s&lt;n&gt;:&lt;hash&gt;</c> (well under 64 bytes) and the question is read back from the
/// button's own text in the message the press came from, which Telegram sends with it: nothing to store, and a press
/// still works after a restart.
/// </summary>
public static class TelegramSuggestionButtons
{
    /// <summary>At most this many buttons.</summary>
    public const int MaxButtons = 4;

    /// <summary>Telegram's limit on callback data.</summary>
    public const int MaxCallbackDataBytes = 64;

    private const string Prefix = "s";

    /// <summary>The keyboard for an answer's suggestions; null when it has none.</summary>
    public static InlineKeyboardMarkup? For(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var suggestions = answer.Suggestions.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Take(MaxButtons).ToList();
        if (suggestions.Count == 0)
        {
            return null;
        }

        return new InlineKeyboardMarkup(suggestions.Select((s, i) => new[] { InlineKeyboardButton.WithCallbackData(s, Data(i + 1, s)) }));
    }

    /// <summary>The callback data of suggestion <paramref name="number"/>: "s2:1a2b3c4d".</summary>
    public static string Data(int number, string suggestion)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(suggestion)).AsSpan(0, 4));
        return string.Create(CultureInfo.InvariantCulture, $"{Prefix}{number}:{hash}");
    }

    /// <summary>True when the data is one of this bot's suggestion buttons (other data is not a question).</summary>
    public static bool IsSuggestion(string? data) =>
        data is { Length: > 3 and <= MaxCallbackDataBytes } && data.StartsWith(Prefix, StringComparison.Ordinal)
        && data.IndexOf(':', StringComparison.Ordinal) is var colon and > 1 && int.TryParse(data.AsSpan(1, colon - 1), NumberStyles.None, CultureInfo.InvariantCulture, out _);

    /// <summary>The suggestion a press asks: the text of the button with that data in the message, checked against its hash; null when not found.</summary>
    public static string? Resolve(Message? message, string data)
    {
        ArgumentNullException.ThrowIfNull(data);
        foreach (var row in message?.ReplyMarkup?.InlineKeyboard ?? [])
        {
            foreach (var button in row)
            {
                if (button.CallbackData == data && !string.IsNullOrWhiteSpace(button.Text)
                    && int.TryParse(data.AsSpan(1, data.IndexOf(':', StringComparison.Ordinal) - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                    && Data(number, button.Text.Trim()) == data)
                {
                    return button.Text.Trim();
                }
            }
        }

        return null;
    }
}
