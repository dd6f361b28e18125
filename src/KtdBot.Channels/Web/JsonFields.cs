using System.Text.Json;

namespace KtdBot.Channels.Web;

/// <summary>Reading loosely typed fields of channel payloads (Zalo writes ids as strings or numbers).</summary>
public static class JsonFields
{
    /// <summary>The property as text: a string as is, a number as written; null when absent or of another kind.</summary>
    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}
