using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KtdBot.Channels.Core;
using KtdBot.Channels.Web;

namespace KtdBot.Channels.Zalo;

/// <summary>The fields of a Zalo OA webhook event the bot reads.</summary>
/// <param name="EventName">user_send_text, follow, user_send_image …</param>
/// <param name="Timestamp">The event's timestamp exactly as written in the body (milliseconds; signed as written).</param>
/// <param name="SenderId">sender.id (user events).</param>
/// <param name="FollowerId">follower.id (follow and unfollow).</param>
/// <param name="Text">message.text.</param>
/// <param name="MessageId">message.msg_id.</param>
public sealed record ZaloEvent(string EventName, string Timestamp, string? SenderId, string? FollowerId, string? Text, string? MessageId)
{
    /// <summary>When the event happened, if the timestamp is a number of milliseconds.</summary>
    public DateTimeOffset? At => long.TryParse(Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && ms is > 0 and < 253402300799999
        ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
        : null;

    /// <summary>
    /// The top-level <c>timestamp</c> exactly as written (it is part of what the signature covers), read with a forward-only
    /// token scan and nothing else, so the signature can be checked before the body is parsed; null when there is none.
    /// </summary>
    public static string? ReadTimestamp(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isTimestamp = !reader.ValueIsEscaped && reader.ValueSpan.SequenceEqual("timestamp"u8);
                reader.Read();
                if (isTimestamp)
                {
                    return reader.TokenType is JsonTokenType.String or JsonTokenType.Number && !reader.ValueIsEscaped && reader.ValueSpan.Length is > 0 and <= 20
                        ? Encoding.UTF8.GetString(reader.ValueSpan)
                        : null;
                }

                reader.Skip();
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Not JSON: nothing to verify.
        }

        return null;
    }

    /// <summary>Reads an event; null when the body is not a JSON object with event_name and timestamp.</summary>
    public static ZaloEvent? TryParse(ReadOnlySpan<byte> body)
    {
        try
        {
            using var json = JsonDocument.Parse(body.ToArray());
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || JsonFields.Text(root, "event_name") is not { Length: > 0 } name
                || !root.TryGetProperty("timestamp", out var ts))
            {
                return null;
            }

            var timestamp = ts.ValueKind switch
            {
                JsonValueKind.String => ts.GetString() ?? string.Empty,
                JsonValueKind.Number => ts.GetRawText(),
                _ => string.Empty,
            };
            if (timestamp.Length == 0)
            {
                return null;
            }

            root.TryGetProperty("message", out var message);
            return new ZaloEvent(
                name,
                timestamp,
                Id(root, "sender"),
                Id(root, "follower"),
                message.ValueKind == JsonValueKind.Object ? JsonFields.Text(message, "text") : null,
                message.ValueKind == JsonValueKind.Object ? JsonFields.Text(message, "msg_id") : null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            return null; // not JSON, invalid UTF-8 inside a string, values of the wrong kind
        }
    }

    /// <summary>
    /// The activity for the event, or null for events the bot acknowledges and ignores. Text is answered; follow gets a
    /// welcome; a picture, sticker or file gets a polite "text only".
    /// </summary>
    public ChannelActivity? ToActivity()
    {
        var at = At ?? DateTimeOffset.UtcNow;
        switch (EventName)
        {
            case "user_send_text" when SenderId is { Length: > 0 } user && MessageId is { Length: > 0 } id:
                return new ChannelActivity(ChannelNames.Zalo, id, ActivityType.Message, user, user, Text ?? string.Empty, at);
            case "follow" when FollowerId is { Length: > 0 } follower:
                return new ChannelActivity(ChannelNames.Zalo, $"follow:{follower}:{Timestamp}", ActivityType.Welcome, follower, follower, null, at);
            case "user_send_image" or "user_send_sticker" or "user_send_gif" or "user_send_file" or "user_send_audio" or "user_send_video"
                when SenderId is { Length: > 0 } user && MessageId is { Length: > 0 } id:
                return new ChannelActivity(ChannelNames.Zalo, id, ActivityType.Message, user, user, null, at);
            default:
                return null;
        }
    }


    private static string? Id(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? JsonFields.Text(value, "id") : null;
}

/// <summary>
/// The X-ZEvent-Signature of a Zalo OA event: hex SHA-256 (a plain hash, not an HMAC) of
/// appId + raw body + the body's timestamp + OA secret key. Senders may prefix it with "mac=".
/// </summary>
public static class ZaloSignature
{
    /// <summary>The signature header.</summary>
    public const string HeaderName = "X-ZEvent-Signature";

    /// <summary>The expected signature, lower-case hex.</summary>
    public static string Compute(string appId, ReadOnlySpan<byte> body, string timestamp, string oaSecretKey)
    {
        ArgumentNullException.ThrowIfNull(appId);
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentNullException.ThrowIfNull(oaSecretKey);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(appId));
        hash.AppendData(body);
        hash.AppendData(Encoding.UTF8.GetBytes(timestamp));
        hash.AppendData(Encoding.UTF8.GetBytes(oaSecretKey));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>True when the header (with or without "mac=", any hex case) matches, compared in constant time.</summary>
    public static bool Verify(string? header, string appId, ReadOnlySpan<byte> body, string timestamp, string oaSecretKey)
    {
        var presented = (header ?? string.Empty).Trim();
        if (presented.StartsWith("mac=", StringComparison.OrdinalIgnoreCase))
        {
            presented = presented[4..].Trim();
        }

        return SecretComparer.FixedTimeEquals(presented.ToLowerInvariant(), Compute(appId, body, timestamp, oaSecretKey));
    }
}
