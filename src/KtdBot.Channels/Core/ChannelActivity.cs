namespace KtdBot.Channels.Core;

/// <summary>What an incoming activity asks of the bot.</summary>
public enum ActivityType
{
    /// <summary>A user message (text, or something else the bot cannot read: <see cref="ChannelActivity.Text"/> is null).</summary>
    Message,

    /// <summary>A user started following the bot (Zalo <c>follow</c>): answered with a welcome.</summary>
    Welcome,
}

/// <summary>The names channels go by in conversation ids, dedupe keys, logs and metrics.</summary>
public static class ChannelNames
{
    /// <summary>Telegram Bot API.</summary>
    public const string Telegram = "telegram";

    /// <summary>Zalo Official Account API v3.</summary>
    public const string Zalo = "zalo";

    /// <summary>Zalo Bot Platform (bots made in Zalo Bot Manager).</summary>
    public const string ZaloBot = "zalobot";

    /// <summary>The web chat page (POST /api/chat).</summary>
    public const string Web = "web";
}

/// <summary>What a message the bot cannot read carried, so the note it gets says so.</summary>
public enum MessageContent
{
    /// <summary>Text (or something the channel did not describe).</summary>
    Text,

    /// <summary>A photo or picture.</summary>
    Image,

    /// <summary>A sticker.</summary>
    Sticker,

    /// <summary>A voice message.</summary>
    Voice,

    /// <summary>A file, a location, a link preview, or anything else the channel does not pass on.</summary>
    Unsupported,

    /// <summary>A button of a suggestion the bot can no longer find (the message is too old, or it was not the bot's).</summary>
    StaleChoice,
}

/// <summary>
/// One normalised incoming activity, whatever channel it came from (the Bot Framework's Activity, reduced to what KtdBot uses).
/// </summary>
/// <param name="Channel">One of <see cref="ChannelNames"/>.</param>
/// <param name="Id">The channel's id for this delivery (Telegram <c>update_id</c>, Zalo <c>msg_id</c>); empty when the channel has none (web).</param>
/// <param name="Type">Message or welcome.</param>
/// <param name="ChatId">Where replies go (Telegram chat id, Zalo user id, web conversation id).</param>
/// <param name="UserId">Who wrote (rate limits are per user).</param>
/// <param name="Text">What the user wrote; null for messages the bot cannot read (photos, stickers …).</param>
/// <param name="Timestamp">When the channel says it happened.</param>
public sealed record ChannelActivity(
    string Channel,
    string Id,
    ActivityType Type,
    string ChatId,
    string UserId,
    string? Text,
    DateTimeOffset Timestamp)
{
    /// <summary>True in a group chat, where the bot answers only when addressed and quotes the message it answers.</summary>
    public bool IsGroup { get; init; }

    /// <summary>The channel's id of the message being answered (quoted in group replies).</summary>
    public long? MessageId { get; init; }

    /// <summary>The forum topic the message was written in (Telegram supergroups with topics).</summary>
    public int? ThreadId { get; init; }

    /// <summary>What the message carried when <see cref="Text"/> is null (a photo, a sticker …).</summary>
    public MessageContent Content { get; init; }

    /// <summary>The channel's id of the button press to acknowledge (Telegram callback query); null for typed messages.</summary>
    public string? CallbackId { get; init; }

    /// <summary>The key under which repeated deliveries are recognised; null when the channel gives no id.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? DedupeKey => Id.Length == 0 ? null : $"{Channel}:{Id}";

    /// <summary>The conversation-memory id: per chat, and per user inside a group; empty (no memory) without a chat id.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string ConversationId => ChatId.Length == 0 ? string.Empty : IsGroup ? $"{Channel}:{ChatId}:{UserId}" : $"{Channel}:{ChatId}";

    /// <summary>The rate-limit key: per user and channel.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string RateLimitKey => $"{Channel}:{UserId}";
}
