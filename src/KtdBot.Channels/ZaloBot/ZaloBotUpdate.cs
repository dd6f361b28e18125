using System.Globalization;
using System.Text.Json;
using KtdBot.Channels.Web;

namespace KtdBot.Channels.ZaloBot;

/// <summary>The fields of a Zalo Bot message the bot reads (real deliveries and the docs disagree on a few names: both are read).</summary>
/// <param name="MessageId">message_id (20 hex characters).</param>
/// <param name="Date">date: epoch milliseconds (seconds are recognised too).</param>
/// <param name="ChatId">chat.id: where replies go (the group's id in a group).</param>
/// <param name="IsGroup">chat.chat_type is GROUP.</param>
/// <param name="FromId">from.id: who wrote.</param>
/// <param name="FromIsBot">from.is_bot.</param>
/// <param name="Text">text (text events), else caption.</param>
public sealed record ZaloBotMessage(string? MessageId, DateTimeOffset? Date, string ChatId, bool IsGroup, string? FromId, bool FromIsBot, string? Text);

/// <summary>One Zalo Bot update: <c>event_name</c> (message.text.received, message.image.received …) and its message.</summary>
/// <param name="EventName">The event's name.</param>
/// <param name="Message">The message; null when the update has none the bot can answer (no chat id).</param>
public sealed record ZaloBotUpdate(string EventName, ZaloBotMessage? Message)
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    /// <summary>
    /// The updates in a webhook body: one update <c>{event_name, message}</c> as Zalo really sends it, the same wrapped in
    /// <c>{ok: true, result: …}</c> as the docs show it, or a list of either. Null when the body is not that.
    /// </summary>
    public static IReadOnlyList<ZaloBotUpdate>? ReadBody(ReadOnlySpan<byte> body)
    {
        try
        {
            using var json = JsonDocument.Parse(body.ToArray(), Options);
            return ReadAll(json.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            return null; // not JSON, invalid UTF-8 inside a string, too deep
        }
    }

    /// <summary>The updates in a JSON value (a getUpdates result, or a webhook body); null when it holds none in a known shape.</summary>
    public static IReadOnlyList<ZaloBotUpdate>? ReadAll(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("result", out var result) && !value.TryGetProperty("event_name", out _))
        {
            return value.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.True ? ReadAll(result) : null;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            var updates = new List<ZaloBotUpdate>();
            foreach (var item in value.EnumerateArray())
            {
                if (Read(item) is not { } update)
                {
                    return null;
                }

                updates.Add(update);
            }

            return updates;
        }

        return Read(value) is { } single ? [single] : null;
    }

    private static ZaloBotUpdate? Read(JsonElement update)
    {
        if (update.ValueKind != JsonValueKind.Object || !update.TryGetProperty("event_name", out var eventName)
            || eventName.ValueKind != JsonValueKind.String || eventName.GetString() is not { Length: > 0 } name)
        {
            return null;
        }

        if (!update.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.Object
            || !message.TryGetProperty("chat", out var chat) || chat.ValueKind != JsonValueKind.Object
            || JsonFields.Text(chat, "id") is not { Length: > 0 } chatId)
        {
            return new ZaloBotUpdate(name, null);
        }

        message.TryGetProperty("from", out var from);
        var fromObject = from.ValueKind == JsonValueKind.Object;
        return new ZaloBotUpdate(name, new ZaloBotMessage(
            JsonFields.Text(message, "message_id"),
            Date(message),
            chatId,
            string.Equals(JsonFields.Text(chat, "chat_type"), "GROUP", StringComparison.OrdinalIgnoreCase),
            fromObject ? JsonFields.Text(from, "id") : null,
            fromObject && from.TryGetProperty("is_bot", out var isBot) && isBot.ValueKind == JsonValueKind.True,
            JsonFields.Text(message, "text") ?? JsonFields.Text(message, "caption")));
    }

    private static DateTimeOffset? Date(JsonElement message)
    {
        if (!long.TryParse(JsonFields.Text(message, "date"), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return null;
        }

        // Zalo writes milliseconds; a value that small can only be seconds.
        var ms = value < 100_000_000_000 ? value * 1000 : value;
        return ms < 253_402_300_799_999 ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
    }

}
