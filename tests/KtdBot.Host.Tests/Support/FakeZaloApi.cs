using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace KtdBot.Host.Tests.Support;

/// <summary>A customer-service message the fake OA API accepted or refused.</summary>
/// <param name="UserId">recipient.user_id.</param>
/// <param name="Text">message.text.</param>
/// <param name="AccessToken">The access_token header.</param>
/// <param name="Error">The error code answered.</param>
public sealed record ZaloSend(string UserId, string Text, string AccessToken, int Error)
{
    /// <summary>message.attachment.payload.buttons (a template attachment), empty without one.</summary>
    public IReadOnlyList<(string Title, string Type, string Payload)> Buttons { get; init; } = [];
}

/// <summary>
/// A local fake of the Zalo OA API (POST /v3.0/oa/message/cs) and OAuth server (POST /v4/oa/access_token). Refresh tokens
/// are single-use, as at Zalo; an access token is valid until it is replaced by a refresh.
/// </summary>
public sealed class FakeZaloApi : LoopbackServer
{
    /// <summary>App id (also signs events).</summary>
    public const string AppId = "2941051478263917425";

    /// <summary>OA secret key (signs events).</summary>
    public const string OaSecretKey = "OaSecretKey-TEST-qwe123";

    /// <summary>App secret (secret_key header of refreshes).</summary>
    public const string AppSecret = "AppSecret-TEST-asd456";

    /// <summary>The OA id.</summary>
    public const string OaId = "579745863508352884";

    private readonly ConcurrentQueue<ZaloSend> _sends = new();
    private readonly ConcurrentQueue<int> _errors = new();
    private readonly object _tokens = new();
    private int _refreshes;

    private FakeZaloApi()
    {
    }

    /// <summary>The access token the fake accepts.</summary>
    public string AccessToken { get; private set; } = "AccessToken-1-TEST";

    /// <summary>The refresh token the fake accepts (once).</summary>
    public string RefreshToken { get; private set; } = "RefreshToken-1-TEST";

    /// <summary>Every send, in arrival order.</summary>
    public IReadOnlyList<ZaloSend> Sends => _sends.ToArray();

    /// <summary>Sends that succeeded.</summary>
    public IReadOnlyList<ZaloSend> Delivered => Sends.Where(s => s.Error == 0).ToList();

    /// <summary>Refreshes granted.</summary>
    public int Refreshes => Volatile.Read(ref _refreshes);

    /// <summary>While true, a message with buttons is refused with -201 (invalid parameters), as an OA without the feature would.</summary>
    public bool RefuseButtons { get; set; }

    /// <summary>Refresh attempts refused (a spent or unknown refresh token, a wrong secret).</summary>
    public int RefusedRefreshes { get; private set; }

    /// <summary>Starts a fake on a free loopback port.</summary>
    public static async Task<FakeZaloApi> StartNewAsync()
    {
        var fake = new FakeZaloApi();
        await fake.StartAsync();
        return fake;
    }

    /// <summary>The next sends answer these error codes (HTTP 200), in order.</summary>
    public void AnswerErrors(params int[] errors)
    {
        foreach (var error in errors)
        {
            _errors.Enqueue(error);
        }
    }

    /// <summary>Makes the current access token invalid (as if it expired): the next send gets -216.</summary>
    public void ExpireAccessToken()
    {
        lock (_tokens)
        {
            AccessToken = "expired-" + Guid.NewGuid().ToString("N");
        }
    }

    /// <inheritdoc />
    protected override void Map(WebApplication app)
    {
        app.MapPost("/v3.0/oa/message/cs", (Func<HttpContext, Task<IResult>>)SendAsync);
        app.MapPost("/v4/oa/access_token", (Func<HttpContext, Task<IResult>>)RefreshAsync);
    }

    private async Task<IResult> SendAsync(HttpContext context)
    {
        var body = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync())!;
        var user = body["recipient"]?["user_id"]?.GetValue<string>() ?? string.Empty;
        var text = body["message"]?["text"]?.GetValue<string>() ?? string.Empty;
        var token = context.Request.Headers["access_token"].ToString();
        var buttons = body["message"]?["attachment"]?["payload"]?["buttons"] is JsonArray list
            ? list.OfType<JsonObject>().Select(b => (b["title"]?.ToString() ?? string.Empty, b["type"]?.ToString() ?? string.Empty, b["payload"]?.ToString() ?? string.Empty)).ToList()
            : [];
        int error;
        if (RefuseButtons && buttons.Count > 0)
        {
            error = -201;
        }
        else if (_errors.TryDequeue(out var queued))
        {
            error = queued;
        }
        else
        {
            lock (_tokens)
            {
                error = token == AccessToken ? 0 : -216;
            }
        }

        _sends.Enqueue(new ZaloSend(user, text, token, error) { Buttons = buttons });
        return error == 0
            ? Results.Json(new JsonObject { ["error"] = 0, ["message"] = "Success", ["data"] = new JsonObject { ["message_id"] = Guid.NewGuid().ToString("N"), ["user_id"] = user } })
            : Results.Json(new JsonObject { ["error"] = error, ["message"] = error == -216 ? "Access token is invalid" : "Error" });
    }

    private async Task<IResult> RefreshAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        lock (_tokens)
        {
            if (context.Request.Headers["secret_key"] != AppSecret
                || form["app_id"] != AppId
                || form["grant_type"] != "refresh_token"
                || form["refresh_token"] != RefreshToken)
            {
                RefusedRefreshes++;
                return Results.Json(new JsonObject { ["error"] = -14014, ["error_name"] = "Invalid refresh token", ["error_description"] = "Refresh token is invalid or used" });
            }

            var n = Interlocked.Increment(ref _refreshes) + 1;
            AccessToken = $"AccessToken-{n}-TEST";
            RefreshToken = $"RefreshToken-{n}-TEST";
            return Results.Json(new JsonObject { ["access_token"] = AccessToken, ["refresh_token"] = RefreshToken, ["expires_in"] = "90000" });
        }
    }
}

/// <summary>Real-shaped, signed Zalo OA webhook events.</summary>
public static class ZaloEvents
{
    // Zalo writes Vietnamese as UTF-8, not \u escapes; the signature covers the bytes as sent.
    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>user_send_text.</summary>
    public static string Text(string userId, string text, string msgId, DateTimeOffset? at = null) => new JsonObject
    {
        ["app_id"] = FakeZaloApi.AppId,
        ["user_id_by_app"] = "55243" + userId,
        ["event_name"] = "user_send_text",
        ["timestamp"] = Millis(at),
        ["sender"] = new JsonObject { ["id"] = userId },
        ["recipient"] = new JsonObject { ["id"] = FakeZaloApi.OaId },
        ["message"] = new JsonObject { ["text"] = text, ["msg_id"] = msgId },
    }.ToJsonString(Relaxed);

    /// <summary>follow.</summary>
    public static string Follow(string userId, DateTimeOffset? at = null) => new JsonObject
    {
        ["app_id"] = FakeZaloApi.AppId,
        ["oa_id"] = FakeZaloApi.OaId,
        ["user_id_by_app"] = "55243" + userId,
        ["event_name"] = "follow",
        ["timestamp"] = Millis(at),
        ["source"] = "oa_profile",
        ["follower"] = new JsonObject { ["id"] = userId },
    }.ToJsonString(Relaxed);

    /// <summary>user_seen_message (acknowledged, ignored).</summary>
    public static string Seen(string userId) => new JsonObject
    {
        ["app_id"] = FakeZaloApi.AppId,
        ["event_name"] = "user_seen_message",
        ["timestamp"] = Millis(null),
        ["sender"] = new JsonObject { ["id"] = userId },
        ["recipient"] = new JsonObject { ["id"] = FakeZaloApi.OaId },
        ["message"] = new JsonObject { ["msg_ids"] = new JsonArray("a1b2c3") },
    }.ToJsonString(Relaxed);

    /// <summary>The signature Zalo would send: hex SHA-256 of appId + body + timestamp + OA secret key, computed here independently.</summary>
    public static string Sign(string body, string? secret = null)
    {
        var timestamp = JsonNode.Parse(body)!["timestamp"]!.ToString();
        var bytes = Encoding.UTF8.GetBytes(FakeZaloApi.AppId + body + timestamp + (secret ?? FakeZaloApi.OaSecretKey));
        return Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
    }

    private static string Millis(DateTimeOffset? at) => (at ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
}
