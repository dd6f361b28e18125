using System.Text.Json.Nodes;

namespace KtdBot.Host.Tests.Support;

/// <summary>
/// Zalo Bot Platform updates shaped like the captured real ones (unwrapped <c>{event_name, message}</c>, date in
/// milliseconds, 20-hex ids), and wrapped in <c>{ok, result}</c> as the docs show them.
/// </summary>
public static class ZaloBotUpdates
{
    // Zalo writes Vietnamese as UTF-8, not \u escapes.
    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>message.text.received in a private chat (chat.id is the user's id).</summary>
    public static string PrivateText(string userId, string text, string messageId, bool wrapped = false) =>
        Serialize(Update("message.text.received", Message(messageId, userId, userId, "PRIVATE", m => m["text"] = text)), wrapped);

    /// <summary>message.text.received in a group.</summary>
    public static string GroupText(string groupId, string userId, string text, string messageId, bool wrapped = false) =>
        Serialize(Update("message.text.received", Message(messageId, groupId, userId, "GROUP", m => m["text"] = text)), wrapped);

    /// <summary>message.image.received (photo_url as in real payloads, or photo as the docs say).</summary>
    public static string Image(string chatId, string userId, string messageId, string chatType = "PRIVATE", bool docsField = false) =>
        Serialize(Update("message.image.received", Message(messageId, chatId, userId, chatType, m =>
        {
            m[docsField ? "photo" : "photo_url"] = "https://f20-zpc.zdn.vn/jpg/3821472193827193/abc.jpg";
            m["caption"] = string.Empty;
            m["message_type"] = "CHAT_PHOTO";
        })), false);

    /// <summary>message.sticker.received.</summary>
    public static string Sticker(string chatId, string userId, string messageId, string chatType = "PRIVATE") =>
        Serialize(Update("message.sticker.received", Message(messageId, chatId, userId, chatType, m =>
        {
            m["sticker"] = "bfe458bf64fa8da4d4eb";
            m["url"] = "https://zalo-api.zadn.vn/api/emoticon/sticker/webpc?eid=46991&size=130";
            m["message_type"] = "CHAT_STICKER";
        })), false);

    /// <summary>message.voice.received.</summary>
    public static string Voice(string chatId, string userId, string messageId) =>
        Serialize(Update("message.voice.received", Message(messageId, chatId, userId, "PRIVATE", m =>
        {
            m["voice_url"] = "https://voice-aac-dl.zdn.vn/8431230957123/abc.aac";
            m["message_type"] = "CHAT_VOICE";
        })), false);

    /// <summary>message.unsupported.received: ids, sender, chat and date only (a file, a location, a link preview).</summary>
    public static string Unsupported(string chatId, string userId, string messageId, string chatType = "PRIVATE") =>
        Serialize(Update("message.unsupported.received", Message(messageId, chatId, userId, chatType, _ => { })), false);

    /// <summary>An event name the bot does not know, with a message.</summary>
    public static string Unknown(string chatId, string userId, string messageId) =>
        Serialize(Update("user.follow", Message(messageId, chatId, userId, "PRIVATE", _ => { })), false);

    private static JsonObject Update(string eventName, JsonObject message) => new() { ["event_name"] = eventName, ["message"] = message };

    private static JsonObject Message(string messageId, string chatId, string userId, string chatType, Action<JsonObject> content)
    {
        var message = new JsonObject
        {
            ["message_id"] = messageId,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
            ["chat"] = new JsonObject { ["id"] = chatId, ["chat_type"] = chatType },
            ["from"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["display_name"] = "Nguyễn Thị Lan" },
        };
        content(message);
        return message;
    }

    private static string Serialize(JsonObject update, bool wrapped) =>
        (wrapped ? new JsonObject { ["ok"] = true, ["result"] = update } : update).ToJsonString(Relaxed);
}
