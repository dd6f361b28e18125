using System.Text.RegularExpressions;
using KtdBot.Channels.Core;
using Microsoft.Extensions.Options;

namespace KtdBot.Channels.Telegram;

/// <summary>How Telegram updates reach the bot.</summary>
public enum TelegramMode
{
    /// <summary>Telegram POSTs updates to /webhooks/telegram (production).</summary>
    Webhook,

    /// <summary>The bot long-polls getUpdates (development, or a host without a public HTTPS address).</summary>
    Polling,
}

/// <summary>The <c>Telegram</c> section. The channel is off while <see cref="BotToken"/> is empty.</summary>
public sealed class TelegramOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Telegram";

    /// <summary>The token from @BotFather ("123456789:AA…"). Secret: it is part of every Bot API URL, so it is never logged.</summary>
    public string BotToken { get; set; } = string.Empty;

    /// <summary>The <c>secret_token</c> given to setWebhook; Telegram sends it back in X-Telegram-Bot-Api-Secret-Token. Required in webhook mode.</summary>
    public string WebhookSecret { get; set; } = string.Empty;

    /// <summary>The Bot API server (the public one, a local Bot API server, or a fake in tests).</summary>
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    /// <summary>Webhook (default) or Polling.</summary>
    public TelegramMode Mode { get; set; } = TelegramMode.Webhook;

    /// <summary>The public HTTPS URL Telegram should call, e.g. https://bot.example.org/webhooks/telegram. When set, the host calls setWebhook at start.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>The bot's @username, used to recognise /cmd@botname and mentions in groups; read with getMe when empty.</summary>
    public string? BotUsername { get; set; }

    /// <summary>setWebhook's max_connections: how many updates Telegram delivers at once (1–100).</summary>
    public int MaxConnections { get; set; } = 40;

    /// <summary>Quick attempts per Bot API request when the connection fails or a gateway answers 502/503/504; longer outages are retried by the turn queue.</summary>
    public int SendAttempts { get; set; } = 3;

    /// <summary>How long one Bot API request may take (a hung API must not hold a chat's worker).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>True when a bot token is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);

    /// <summary>The bot's numeric id: the token's prefix.</summary>
    public long BotId => long.TryParse(BotToken.AsSpan(0, Math.Max(0, BotToken.IndexOf(':', StringComparison.Ordinal))), out var id) ? id : 0;
}

/// <summary>Checks <see cref="TelegramOptions"/> at start, without ever echoing the token.</summary>
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!TokenPattern().IsMatch(options.BotToken))
        {
            failures.Add("Telegram:BotToken does not look like a BotFather token (digits, a colon, then letters, digits, _ or -).");
        }

        OptionChecks.HttpUrl(failures, "Telegram:ApiBaseUrl", options.ApiBaseUrl);

        if (options.Mode == TelegramMode.Webhook && !SecretPattern().IsMatch(options.WebhookSecret))
        {
            failures.Add("Telegram:WebhookSecret is required in webhook mode: 1-256 characters of A-Z, a-z, 0-9, _ and -.");
        }

        if (!string.IsNullOrWhiteSpace(options.WebhookUrl) && !Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out _))
        {
            failures.Add("Telegram:WebhookUrl must be an absolute URL.");
        }

        if (options.MaxConnections is < 1 or > 100)
        {
            failures.Add("Telegram:MaxConnections must be between 1 and 100.");
        }

        OptionChecks.Requests(failures, TelegramOptions.SectionName, options.RequestTimeout, options.SendAttempts);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[0-9]{1,20}:[A-Za-z0-9_-]{1,200}$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretPattern();
}
