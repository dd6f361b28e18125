using System.Net;
using System.Text.Json;

namespace KtdBot.Channels.ZaloBot;

/// <summary>What a Zalo Bot API error means for the caller.</summary>
public enum ZaloBotFailure
{
    /// <summary>The call succeeded.</summary>
    None,

    /// <summary>408: nothing arrived within getUpdates' timeout (for a send: the API timed out, try again later).</summary>
    Timeout,

    /// <summary>429, 5xx, 403 (which Zalo's table labels "internal server error"), a network failure: try again later.</summary>
    Transient,

    /// <summary>401: the token is wrong or was reset in Zalo Bot Creator. Nothing works until it is replaced.</summary>
    Unauthorized,

    /// <summary>400, 404 and anything else: this request will never succeed.</summary>
    Permanent,
}

/// <summary>
/// One Zalo Bot API answer: <c>{"ok": true, "result": …}</c> or <c>{"ok": false, "error_code": n, "description": "…"}</c>,
/// in an HTTP 200 or not. A 2xx without <c>ok: true</c> is a failure.
/// </summary>
/// <param name="Ok">True when the API said ok.</param>
/// <param name="ErrorCode">Zalo's error_code, else the HTTP status; 0 when the answer had neither.</param>
/// <param name="Description">Zalo's description, for logs (it never holds the token).</param>
/// <param name="Result">The result (a clone), when there is one.</param>
public sealed record ZaloBotResponse(bool Ok, int ErrorCode, string? Description, JsonElement? Result)
{
    /// <summary>What the error means.</summary>
    public ZaloBotFailure Failure => Ok ? ZaloBotFailure.None : ErrorCode switch
    {
        408 => ZaloBotFailure.Timeout,
        429 or 403 or >= 500 => ZaloBotFailure.Transient,
        401 => ZaloBotFailure.Unauthorized,
        _ => ZaloBotFailure.Permanent,
    };

    /// <summary>Reads an answer body; whatever it is, an answer comes back (a body that is not the envelope is a failure with the HTTP status).</summary>
    public static ZaloBotResponse Read(HttpStatusCode status, ReadOnlySpan<byte> body)
    {
        try
        {
            using var json = JsonDocument.Parse(body.ToArray(), new JsonDocumentOptions { MaxDepth = 64 });
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                var ok = root.TryGetProperty("ok", out var okValue) && okValue.ValueKind == JsonValueKind.True;
                var code = root.TryGetProperty("error_code", out var codeValue) ? ReadInt(codeValue) : null;
                var description = root.TryGetProperty("description", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;
                JsonElement? result = root.TryGetProperty("result", out var value) ? value.Clone() : null;
                var succeeded = ok && (int)status is >= 200 and < 300;
                return new ZaloBotResponse(succeeded, succeeded ? 0 : code ?? StatusOrZero(status), description, result);
            }
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            // Not JSON (a proxy's error page): the status says what happened.
        }

        return new ZaloBotResponse(false, StatusOrZero(status), status.ToString(), null);
    }

    private static int StatusOrZero(HttpStatusCode status) => (int)status is >= 200 and < 300 ? 0 : (int)status;

    private static int? ReadInt(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt32(out var n) => n,
        JsonValueKind.String when int.TryParse(value.GetString(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };
}
