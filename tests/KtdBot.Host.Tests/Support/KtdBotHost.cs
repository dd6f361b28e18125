using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KtdBot.Host.Tests.Support;

/// <summary>
/// The real host (Program.cs) on Kestrel at 127.0.0.1 and a free port, configured like an operator would
/// (settings as configuration keys), with every log line captured.
/// </summary>
public sealed class KtdBotHost : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    private KtdBotHost(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services)
    {
        _settings = settings;
        _services = services;
    }

    /// <summary>Keep the data folder when the host is disposed (a restart test starts a second host on it).</summary>
    public bool KeepData { get; set; }

    /// <summary>Every log line the host wrote.</summary>
    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>http://127.0.0.1:port/.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>A client for the host.</summary>
    public HttpClient Http { get; private set; } = new();

    /// <summary>Starts a host with these settings (and service overrides, for slow or long fake answers).</summary>
    public static KtdBotHost Start(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        if (!settings.ContainsKey("Data:Path"))
        {
            settings = new Dictionary<string, string?>(settings) { ["Data:Path"] = NewDataPath() };
        }

        if (settings.ContainsKey("Redis:Connection") && !settings.ContainsKey("Redis:ConsumerName"))
        {
            // Each host its own name in the inbox's consumer group, as each pod has its own.
            settings = new Dictionary<string, string?>(settings) { ["Redis:ConsumerName"] = "host-" + Guid.NewGuid().ToString("N")[..8] };
        }

        var host = new KtdBotHost(settings, services);
        host.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host.Address = new Uri(address.TrimEnd('/') + "/");
        host.Http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(30) };
        return host;
    }

    /// <summary>Settings for a host wired to the fakes (either may be null to leave that channel off).</summary>
    public static Dictionary<string, string?> Settings(FakeTelegramBotApi? telegram, FakeZaloApi? zalo, string? tokenFile = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Knowledge:Path"] = "knowledge",
            ["Channels:TypingDelay"] = "00:00:05",
            ["Data:Path"] = NewDataPath(),
        };
        if (telegram is not null)
        {
            settings["Telegram:BotToken"] = FakeTelegramBotApi.Token;
            settings["Telegram:WebhookSecret"] = TestSecrets.TelegramWebhookSecret;
            settings["Telegram:ApiBaseUrl"] = telegram.Url;
            settings["Telegram:Mode"] = "Webhook";
        }

        if (zalo is not null)
        {
            settings["Zalo:AppId"] = FakeZaloApi.AppId;
            settings["Zalo:OaSecretKey"] = FakeZaloApi.OaSecretKey;
            settings["Zalo:AccessToken"] = zalo.AccessToken;
            settings["Zalo:RefreshToken"] = zalo.RefreshToken;
            settings["Zalo:AppSecret"] = FakeZaloApi.AppSecret;
            settings["Zalo:ApiBaseUrl"] = zalo.Url;
            settings["Zalo:OAuthBaseUrl"] = zalo.Url;
            settings["Zalo:TokenFile"] = tokenFile ?? Path.Combine(Path.GetTempPath(), "ktdbot-tests", Guid.NewGuid().ToString("N"), "zalo-tokens.json");
        }

        return settings;
    }

    /// <summary>Settings for a host with only the Zalo Bot channel, wired to the fake (webhook mode unless told).</summary>
    public static Dictionary<string, string?> ZaloBotSettings(FakeZaloBotApi bot, string mode = "Webhook") => WithZaloBot(Settings(null, null), bot, mode);

    /// <summary>Turns the Zalo Bot channel on in <paramref name="settings"/>, wired to the fake; returns them.</summary>
    public static Dictionary<string, string?> WithZaloBot(Dictionary<string, string?> settings, FakeZaloBotApi bot, string mode = "Webhook")
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(bot);
        settings["ZaloBot:BotToken"] = FakeZaloBotApi.Token;
        settings["ZaloBot:WebhookSecret"] = FakeZaloBotApi.WebhookSecret;
        settings["ZaloBot:ApiBaseUrl"] = bot.Url;
        settings["ZaloBot:Mode"] = mode;
        settings["ZaloBot:PollTimeoutSeconds"] = "1";
        return settings;
    }

    /// <summary>A fresh folder for a host's durable inbox, under the temp folder (removed with the host).</summary>
    public static string NewDataPath() => Path.Combine(Path.GetTempPath(), "ktdbot-tests", Guid.NewGuid().ToString("N"), "data");

    /// <summary>POSTs a Telegram update with the right secret (or the given one; null sends no header).</summary>
    public Task<HttpResponseMessage> PostTelegramAsync(string update, string? secret = TestSecrets.TelegramWebhookSecret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "webhooks/telegram") { Content = new StringContent(update, System.Text.Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        return Http.SendAsync(request);
    }

    /// <summary>POSTs a Zalo Bot update with the right secret (or the given one; null sends no header).</summary>
    public Task<HttpResponseMessage> PostZaloBotAsync(string update, string? secret = FakeZaloBotApi.WebhookSecret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "webhooks/zalo-bot") { Content = new StringContent(update, System.Text.Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Bot-Api-Secret-Token", secret);
        }

        return Http.SendAsync(request);
    }

    /// <summary>
    /// Waits until every activity the host has acknowledged is answered (or given up): the turn queue is empty. An
    /// activity is in the queue before its webhook's 200, so after the POSTs return this is "nothing more will be sent".
    /// </summary>
    public Task IdleAsync(TimeSpan? timeout = null)
    {
        var queue = Services.GetRequiredService<KtdBot.Channels.Core.TurnQueue>();
        return Eventually.TrueAsync(() => queue.Count == 0, "the turn queue to empty", timeout);
    }

    /// <summary>POSTs a Zalo event signed correctly (or with the given signature; null sends no header).</summary>
    public Task<HttpResponseMessage> PostZaloAsync(string body, string? signature = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "webhooks/zalo") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-ZEvent-Signature", signature.Length == 0 ? ZaloEvents.Sign(body) : signature);
        }

        return Http.SendAsync(request);
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(Logs);
            logging.AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace);
        });
        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Http.Dispose();

        }

        base.Dispose(disposing);
        if (disposing && !KeepData)
        {
            // Token files and inboxes the settings placed under the temp folder go with the host.
            foreach (var file in new[] { _settings.GetValueOrDefault("Zalo:TokenFile"), _settings.GetValueOrDefault("Data:Path") is { } data ? Path.Combine(data, "inbox.db") : null })
            {
                if (file is not null && Path.GetDirectoryName(file) is { } folder
                    && folder.StartsWith(Path.Combine(Path.GetTempPath(), "ktdbot-tests"), StringComparison.Ordinal) && Directory.Exists(folder))
                {
                    try
                    {
                        Directory.Delete(folder, recursive: true);
                    }
                    catch (IOException)
                    {
                        // Another host of the same test may still hold it.
                    }
                }
            }
        }
    }
}

/// <summary>Secrets used by the tests (and looked for in logs).</summary>
public static class TestSecrets
{
    /// <summary>Telegram:WebhookSecret.</summary>
    public const string TelegramWebhookSecret = "wh-SECRET_7Hq2Lx9Pz";

    /// <summary>Everything that must never appear in a log line.</summary>
    public static IEnumerable<string> All(FakeZaloApi? zalo) =>
    [
        FakeTelegramBotApi.Token,
        FakeTelegramBotApi.Token.Split(':')[1],
        TelegramWebhookSecret,
        FakeZaloBotApi.Token,
        FakeZaloBotApi.Token.Split(':')[1],
        FakeZaloBotApi.WebhookSecret,
        FakeZaloApi.OaSecretKey,
        FakeZaloApi.AppSecret,
        "AccessToken-1-TEST", "AccessToken-2-TEST", "RefreshToken-1-TEST", "RefreshToken-2-TEST",
        .. zalo is null ? [] : new[] { zalo.AccessToken, zalo.RefreshToken },
    ];
}
