using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace KtdBot.Host.Tests.Support;

/// <summary>One Zalo Bot API call as the fake received it.</summary>
/// <param name="Token">The token in the URL.</param>
/// <param name="Method">sendMessage, sendChatAction, getUpdates …</param>
/// <param name="Body">The JSON parameters.</param>
/// <param name="At">When it arrived.</param>
/// <param name="ErrorCode">The error answered (0 for ok).</param>
public sealed record ZaloBotCall(string Token, string Method, JsonObject Body, DateTimeOffset At, int ErrorCode)
{
    /// <summary>chat_id.</summary>
    public string ChatId => Body["chat_id"]?.ToString() ?? string.Empty;

    /// <summary>text.</summary>
    public string Text => Body["text"]?.ToString() ?? string.Empty;
}

/// <summary>
/// A local fake of the Zalo Bot Platform API (POST /bot{token}/{method}), recording every call and answering like the
/// docs and captured traffic: the <c>{ok, result}</c> envelope, sendMessage refusing texts outside 1–2000 characters,
/// getUpdates handing out one update per call (or 408 when none came), setWebhook answering with a verification outcome.
/// </summary>
public sealed class FakeZaloBotApi : LoopbackServer
{
    /// <summary>A token in Zalo Bot Manager's form (bot id, colon, secret); tests look for it in logs.</summary>
    public const string Token = "1459232241454765289:zbTEST-s3cr3t_Kq8Vw2Lx9Pz";

    /// <summary>The bot's id (the token's prefix).</summary>
    public const string BotId = "1459232241454765289";

    /// <summary>getMe's account_name.</summary>
    public const string AccountName = "bot.KtdTest";

    /// <summary>getMe's display_name: what people type after @ in a group.</summary>
    public const string DisplayName = "Bot KTD";

    /// <summary>ZaloBot:WebhookSecret.</summary>
    public const string WebhookSecret = "zb-Secret_4Hq7Lx2Pw9";

    private readonly ConcurrentQueue<ZaloBotCall> _calls = new();
    private readonly ConcurrentQueue<JsonObject> _updates = new();
    private readonly ConcurrentQueue<int> _sendErrors = new();
    private int _pollsStarted;

    private FakeZaloBotApi()
    {
    }

    /// <summary>Every call, in arrival order.</summary>
    public IReadOnlyList<ZaloBotCall> Calls => _calls.ToArray();

    /// <summary>The sendMessage calls answered ok (what a user would see), in order.</summary>
    public IReadOnlyList<ZaloBotCall> Delivered => Calls.Where(c => c.Method == "sendMessage" && c.ErrorCode == 0).ToList();

    /// <summary>Updates queued for getUpdates and not yet handed out.</summary>
    public int PendingUpdates => _updates.Count;

    /// <summary>getUpdates calls received so far.</summary>
    public int PollsStarted => Volatile.Read(ref _pollsStarted);

    /// <summary>Starts a fake on a free loopback port.</summary>
    public static async Task<FakeZaloBotApi> StartNewAsync()
    {
        var fake = new FakeZaloBotApi();
        await fake.StartAsync();
        return fake;
    }

    /// <summary>The messages a user would see in one chat.</summary>
    public IReadOnlyList<ZaloBotCall> DeliveredTo(string chatId) => Delivered.Where(c => c.ChatId == chatId).ToList();

    /// <summary>Every call of one method.</summary>
    public IReadOnlyList<ZaloBotCall> CallsOf(string method) => Calls.Where(c => c.Method == method).ToList();

    /// <summary>The next sendMessage calls answer these error codes (as the HTTP status too), in order.</summary>
    public void AnswerSendErrors(params int[] codes)
    {
        foreach (var code in codes)
        {
            _sendErrors.Enqueue(code);
        }
    }

    /// <summary>Queues an update (the object a webhook would carry) for getUpdates.</summary>
    public void EnqueueUpdate(string update) => _updates.Enqueue(JsonNode.Parse(update)!.AsObject());

    /// <inheritdoc />
    protected override void Map(WebApplication app) => app.MapPost("/{**path}", HandleAsync);

    private async Task<IResult> HandleAsync(HttpContext context, string path)
    {
        if (!TrySplitBotPath(path, out var token, out var method))
        {
            return Results.NotFound();
        }

        var text = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var body = text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)?.AsObject() ?? new JsonObject();
        if (token != Token)
        {
            return Record(token, method, body, Error(401, "Unauthorized"), 401);
        }

        switch (method)
        {
            case "getMe":
                return Record(token, method, body, Ok(new JsonObject { ["id"] = BotId, ["account_name"] = AccountName, ["account_type"] = "BASIC", ["can_join_groups"] = true, ["display_name"] = DisplayName }), 0);
            case "sendMessage":
                if (_sendErrors.TryDequeue(out var code))
                {
                    return Record(token, method, body, Error(code, code == 429 ? "Quota exceeded" : "Error"), code);
                }

                var length = body["text"]?.ToString().Length ?? 0;
                if (length is < 1 or > 2000 || body["chat_id"] is null)
                {
                    return Record(token, method, body, Error(400, "Bad Request: text must be 1-2000 characters"), 400);
                }

                return Record(token, method, body, Ok(new JsonObject { ["message_id"] = Guid.NewGuid().ToString("N")[..20], ["date"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() }), 0);
            case "sendChatAction":
                return Record(token, method, body, Results.Json(new JsonObject { ["ok"] = true }), 0);
            case "setWebhook":
                return Record(token, method, body, Ok(new JsonObject
                {
                    ["url"] = body["url"]?.ToString(),
                    ["updated_at"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
                    ["verification"] = new JsonObject { ["ok"] = true, ["status_code"] = 200, ["outcome"] = "webhook.ok", ["latency_ms"] = 12 },
                }), 0);
            case "deleteWebhook" or "getWebhookInfo":
                return Record(token, method, body, Ok(new JsonObject { ["url"] = string.Empty, ["updated_at"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() }), 0);
            case "getUpdates":
                Interlocked.Increment(ref _pollsStarted);
                var wait = DateTime.UtcNow.AddSeconds(Math.Min(1, int.TryParse(body["timeout"]?.ToString(), out var t) ? t : 30));
                while (true)
                {
                    if (_updates.TryDequeue(out var update))
                    {
                        return Record(token, method, body, Ok(update), 0);
                    }

                    if (DateTime.UtcNow >= wait || context.RequestAborted.IsCancellationRequested)
                    {
                        return Record(token, method, body, Error(408, "Request timeout"), 408);
                    }

                    await Task.Delay(20);
                }

            default:
                return Record(token, method, body, Error(404, "Not Found"), 404);
        }
    }

    private IResult Record(string token, string method, JsonObject body, IResult result, int errorCode)
    {
        _calls.Enqueue(new ZaloBotCall(token, method, body, DateTimeOffset.UtcNow, errorCode));
        return result;
    }

    private static IResult Ok(JsonNode result) => Results.Json(new JsonObject { ["ok"] = true, ["result"] = result });

    private static IResult Error(int code, string description) =>
        Results.Json(new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description }, statusCode: code);
}
