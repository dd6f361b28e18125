using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace KtdBot.Host.Tests.Support;

/// <summary>One Bot API call as the fake received it.</summary>
/// <param name="Token">The token in the URL.</param>
/// <param name="Method">sendMessage, sendChatAction, getMe …</param>
/// <param name="Body">The JSON (or form) parameters.</param>
/// <param name="At">When it arrived.</param>
public sealed record BotApiCall(string Token, string Method, JsonObject Body, DateTimeOffset At)
{
    /// <summary>chat_id.</summary>
    public long ChatId => Body["chat_id"] is { } id ? long.Parse(id.ToString()) : 0;

    /// <summary>text.</summary>
    public string Text => Body["text"]?.GetValue<string>() ?? string.Empty;

    /// <summary>parse_mode.</summary>
    public string? ParseMode => Body["parse_mode"]?.GetValue<string>();

    /// <summary>reply_parameters.message_id, when quoting.</summary>
    public long? ReplyToMessageId => Body["reply_parameters"]?["message_id"] is { } id ? long.Parse(id.ToString()) : null;

    /// <summary>The inline keyboard's buttons (reply_markup.inline_keyboard, row by row), empty without one.</summary>
    public IReadOnlyList<(string Text, string? Data)> Buttons =>
        Body["reply_markup"]?["inline_keyboard"] is JsonArray rows
            ? rows.OfType<JsonArray>().SelectMany(r => r.OfType<JsonObject>()).Select(b => (b["text"]?.GetValue<string>() ?? string.Empty, b["callback_data"]?.GetValue<string>())).ToList()
            : [];

    /// <summary>The message_id the fake gave a delivered message.</summary>
    public int? MessageId { get; init; }
}

/// <summary>
/// A local fake of the Telegram Bot API (POST /bot{token}/{method}), recording every call. It answers getMe,
/// sendMessage, sendChatAction, setWebhook, deleteWebhook and getUpdates like Telegram does, and can answer 429.
/// </summary>
public sealed class FakeTelegramBotApi : LoopbackServer
{
    /// <summary>A token in BotFather's format; tests look for it in logs.</summary>
    public const string Token = "123456789:AAtest-Token_9f8e7d6c5b4a3z2y1x0w";

    /// <summary>The bot's id (the token's prefix).</summary>
    public const long BotId = 123456789;

    /// <summary>The bot's @username.</summary>
    public const string Username = "ktd_test_bot";

    private readonly ConcurrentQueue<BotApiCall> _calls = new();
    private readonly ConcurrentQueue<JsonObject> _updates = new();
    private int _messageId = 1000;
    private int _tooManyRequests;
    private TaskCompletionSource? _hang;
    private readonly ConcurrentQueue<BotApiCall> _delivered = new();

    private FakeTelegramBotApi()
    {
    }

    /// <summary>Every call, in arrival order.</summary>
    public IReadOnlyList<BotApiCall> Calls => _calls.ToArray();

    /// <summary>The sendMessage calls.</summary>
    public IReadOnlyList<BotApiCall> Messages => Calls.Where(c => c.Method.Equals("sendMessage", StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>Seconds in retry_after of the 429s.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>Starts a fake on a free loopback port.</summary>
    public static async Task<FakeTelegramBotApi> StartNewAsync()
    {
        var fake = new FakeTelegramBotApi();
        await fake.StartAsync();
        return fake;
    }

    /// <summary>The next sendMessage with parse_mode HTML gets 400 "can't parse entities".</summary>
    public bool RejectNextHtml { get; set; }

    /// <summary>While true, sendMessage is recorded and then never answered (until the client gives up or this turns false).</summary>
    public bool HangSendMessage
    {
        get => _hang is not null;
        set
        {
            if (value)
            {
                _hang ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            else
            {
                Interlocked.Exchange(ref _hang, null)?.TrySetResult(); // released calls are answered 502, never taken
            }
        }
    }

    /// <summary>While true, every sendMessage gets 500 Internal Server Error.</summary>
    public bool FailSendMessage { get; set; }

    /// <summary>The sendMessage calls answered ok (the messages a user would see), in order.</summary>
    public IReadOnlyList<BotApiCall> Delivered => _delivered.ToArray();

    /// <summary>The messages a user would see in one chat.</summary>
    public IReadOnlyList<BotApiCall> DeliveredTo(long chatId) => Delivered.Where(m => m.ChatId == chatId).ToList();

    /// <summary>The next <paramref name="count"/> sendMessage calls get 429 Too Many Requests.</summary>
    public void AnswerTooManyRequests(int count) => Interlocked.Exchange(ref _tooManyRequests, count);

    /// <summary>Queues an update for getUpdates (long polling).</summary>
    public void EnqueueUpdate(string updateJson) => _updates.Enqueue(JsonNode.Parse(updateJson)!.AsObject());

    /// <summary>The messages sent to one chat.</summary>
    public IReadOnlyList<BotApiCall> MessagesTo(long chatId) => Messages.Where(m => m.ChatId == chatId).ToList();

    /// <inheritdoc />
    protected override void Map(WebApplication app) => app.MapPost("/{**path}", HandleAsync);

    private async Task<IResult> HandleAsync(HttpContext context, string path)
    {
        if (!TrySplitBotPath(path, out var token, out var method))
        {
            return Results.NotFound();
        }

        var body = await ReadParametersAsync(context.Request);
        var call = new BotApiCall(token, method, body, DateTimeOffset.UtcNow);
        _calls.Enqueue(call);
        if (token != Token)
        {
            return Error(401, "Unauthorized");
        }

        switch (method.ToLowerInvariant())
        {
            case "getme":
                return Ok(new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "KtdBot", ["username"] = Username });
            case "sendmessage":
                if (_hang is { } hang)
                {
                    try
                    {
                        await hang.Task.WaitAsync(context.RequestAborted);
                    }
                    catch (OperationCanceledException)
                    {
                    }

                    return Error(502, "Bad Gateway");
                }

                if (FailSendMessage)
                {
                    return Error(500, "Internal Server Error");
                }

                if (Interlocked.Decrement(ref _tooManyRequests) >= 0)
                {
                    return Results.Json(
                        new JsonObject
                        {
                            ["ok"] = false,
                            ["error_code"] = 429,
                            ["description"] = $"Too Many Requests: retry after {RetryAfterSeconds}",
                            ["parameters"] = new JsonObject { ["retry_after"] = RetryAfterSeconds },
                        },
                        statusCode: 429);
                }

                if (RejectNextHtml && string.Equals(body["parse_mode"]?.GetValue<string>(), "html", StringComparison.OrdinalIgnoreCase))
                {
                    RejectNextHtml = false;
                    return Error(400, "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 3");
                }

                var chatId = long.Parse(body["chat_id"]!.ToString());
                var messageId = Interlocked.Increment(ref _messageId);
                _delivered.Enqueue(call with { MessageId = messageId });
                return Ok(new JsonObject
                {
                    ["message_id"] = messageId,
                    ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                    ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatId < 0 ? "supergroup" : "private" },
                    ["from"] = new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "KtdBot", ["username"] = Username },
                    ["text"] = body["text"]?.GetValue<string>() ?? string.Empty,
                });
            case "sendchataction" or "setwebhook" or "deletewebhook" or "answercallbackquery":
                return Ok(true);
            case "getupdates":
                var offset = body["offset"] is { } o ? long.Parse(o.ToString()) : 0;
                var wait = DateTime.UtcNow.AddSeconds(Math.Min(1, body["timeout"] is { } t ? int.Parse(t.ToString()) : 0));
                while (true)
                {
                    var pending = new JsonArray(_updates.Where(u => u["update_id"]!.GetValue<long>() >= offset).Select(u => (JsonNode)u.DeepClone()).ToArray());
                    if (pending.Count > 0 || DateTime.UtcNow >= wait || context.RequestAborted.IsCancellationRequested)
                    {
                        return Ok(pending);
                    }

                    await Task.Delay(50);
                }

            default:
                return Error(404, "Not Found: method not found");
        }
    }

    private static IResult Ok(JsonNode? result) => Results.Json(new JsonObject { ["ok"] = true, ["result"] = result });

    private static IResult Error(int code, string description) =>
        Results.Json(new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description }, statusCode: code);

    private static async Task<JsonObject> ReadParametersAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            var values = new JsonObject();
            foreach (var (key, value) in form)
            {
                values[key] = value.ToString();
            }

            return values;
        }

        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)?.AsObject() ?? new JsonObject();
    }
}

/// <summary>Real-shaped Telegram updates.</summary>
public static class TelegramUpdates
{
    /// <summary>A text message in a private chat.</summary>
    public static string PrivateText(long updateId, long userId, string text, int messageId = 1) => new JsonObject
    {
        ["update_id"] = updateId,
        ["message"] = new JsonObject
        {
            ["message_id"] = messageId,
            ["from"] = User(userId),
            ["chat"] = new JsonObject { ["id"] = userId, ["first_name"] = "Lan", ["username"] = "lan_" + userId, ["type"] = "private" },
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["text"] = text,
        },
    }.ToJsonString();

    /// <summary>A text message in a supergroup, optionally with entities and a reply.</summary>
    public static string GroupText(long updateId, long chatId, long userId, string text, int messageId = 1, JsonArray? entities = null, JsonObject? replyTo = null)
    {
        var message = new JsonObject
        {
            ["message_id"] = messageId,
            ["from"] = User(userId),
            ["chat"] = new JsonObject { ["id"] = chatId, ["title"] = "Cán bộ thi đua tỉnh", ["type"] = "supergroup" },
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["text"] = text,
        };
        if (entities is not null)
        {
            message["entities"] = entities;
        }

        if (replyTo is not null)
        {
            message["reply_to_message"] = replyTo;
        }

        return new JsonObject { ["update_id"] = updateId, ["message"] = message }.ToJsonString();
    }

    /// <summary>A message the bot itself sent earlier (for reply_to_message).</summary>
    public static JsonObject BotMessage(long chatId, int messageId) => new()
    {
        ["message_id"] = messageId,
        ["from"] = new JsonObject { ["id"] = FakeTelegramBotApi.BotId, ["is_bot"] = true, ["first_name"] = "KtdBot", ["username"] = FakeTelegramBotApi.Username },
        ["chat"] = new JsonObject { ["id"] = chatId, ["title"] = "Cán bộ thi đua tỉnh", ["type"] = "supergroup" },
        ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60,
        ["text"] = "Khối thi đua 8 (tỉnh Bình Thuận) có 12 hội thành viên …",
    };

    /// <summary>
    /// A press of a button under a message the bot sent (<paramref name="pressed"/> as the fake delivered it, with its
    /// reply_markup as Telegram sends it back), in the chat that message went to.
    /// </summary>
    public static string ButtonPress(long updateId, long userId, BotApiCall pressed, string data, string queryId)
    {
        var chatId = pressed.ChatId;
        var message = new JsonObject
        {
            ["message_id"] = pressed.MessageId,
            ["from"] = new JsonObject { ["id"] = FakeTelegramBotApi.BotId, ["is_bot"] = true, ["first_name"] = "KtdBot", ["username"] = FakeTelegramBotApi.Username },
            ["chat"] = chatId < 0
                ? new JsonObject { ["id"] = chatId, ["title"] = "Cán bộ thi đua tỉnh", ["type"] = "supergroup" }
                : new JsonObject { ["id"] = chatId, ["first_name"] = "Lan", ["type"] = "private" },
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 30,
            ["text"] = System.Text.RegularExpressions.Regex.Replace(pressed.Text, "<[^>]+>", string.Empty),
        };
        if (pressed.Body["reply_markup"] is { } markup)
        {
            message["reply_markup"] = markup.DeepClone();
        }

        return new JsonObject
        {
            ["update_id"] = updateId,
            ["callback_query"] = new JsonObject
            {
                ["id"] = queryId,
                ["from"] = User(userId),
                ["message"] = message,
                ["chat_instance"] = "-5734419213873512345",
                ["data"] = data,
            },
        }.ToJsonString();
    }

    /// <summary>An entity array with one entity.</summary>
    public static JsonArray Entity(string type, int offset, int length) =>
        [new JsonObject { ["type"] = type, ["offset"] = offset, ["length"] = length }];

    /// <summary>A sticker in a private chat (no text).</summary>
    public static string PrivateSticker(long updateId, long userId) => new JsonObject
    {
        ["update_id"] = updateId,
        ["message"] = new JsonObject
        {
            ["message_id"] = 7,
            ["from"] = User(userId),
            ["chat"] = new JsonObject { ["id"] = userId, ["first_name"] = "Lan", ["type"] = "private" },
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["sticker"] = new JsonObject
            {
                ["file_id"] = "CAACAgIAAxkBAAIB", ["file_unique_id"] = "AgADAQAD", ["type"] = "regular",
                ["width"] = 512, ["height"] = 512, ["is_animated"] = false, ["is_video"] = false, ["emoji"] = "👍",
            },
        },
    }.ToJsonString();

    private static JsonObject User(long userId) => new()
    {
        ["id"] = userId, ["is_bot"] = false, ["first_name"] = "Lan", ["last_name"] = "Nguyễn", ["username"] = "lan_" + userId, ["language_code"] = "vi",
    };

    /// <summary>Serialises for assertion messages.</summary>
    public static string Describe(IEnumerable<BotApiCall> calls) => JsonSerializer.Serialize(calls.Select(c => new { c.Method, c.Body }));
}
