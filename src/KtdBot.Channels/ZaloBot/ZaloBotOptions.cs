using System.Text.RegularExpressions;
using KtdBot.Channels.Core;
using Microsoft.Extensions.Options;

namespace KtdBot.Channels.ZaloBot;

/// <summary>How Zalo Bot Platform updates reach the bot (never both: getUpdates does not work while a webhook is set).</summary>
public enum ZaloBotMode
{
    /// <summary>Zalo POSTs each update to /webhooks/zalo-bot (production).</summary>
    Webhook,

    /// <summary>The bot long-polls getUpdates, one update per call (development, or a host without a public HTTPS address).</summary>
    Polling,
}

/// <summary>Which group messages are answered.</summary>
public enum ZaloBotGroupReplies
{
    /// <summary>
    /// Every text Zalo delivers from a group. Zalo delivers only messages that @mention the bot or quote one of its
    /// messages, and a quote carries no marker, so a delivered message without a mention is taken as a reply to the bot.
    /// </summary>
    Delivered,

    /// <summary>Only messages that @mention the bot by name (for platforms that deliver all group chatter).</summary>
    MentionsOnly,
}

/// <summary>The <c>ZaloBot</c> section (Zalo Bot Platform). The channel is off while <see cref="BotToken"/> is empty.</summary>
public sealed class ZaloBotOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "ZaloBot";

    /// <summary>The token Zalo Bot Manager sends when the bot is created ("12345689:abc-xyz"). Secret: it is part of every API URL, so it is never logged.</summary>
    public string BotToken { get; set; } = string.Empty;

    /// <summary>The <c>secret_token</c> given to setWebhook (8–256 characters); Zalo sends it back in X-Bot-Api-Secret-Token. Required in webhook mode.</summary>
    public string WebhookSecret { get; set; } = string.Empty;

    /// <summary>The Bot API server (the older host https://bot-api.zapps.me still answers; a fake in tests).</summary>
    public string ApiBaseUrl { get; set; } = "https://bot-api.zaloplatforms.com";

    /// <summary>Webhook (default) or Polling.</summary>
    public ZaloBotMode Mode { get; set; } = ZaloBotMode.Webhook;

    /// <summary>The public HTTPS URL Zalo should call, e.g. https://bot.example.org/webhooks/zalo-bot. When set, the host calls setWebhook at start.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>The bot's name as people @mention it in groups ("Bot KTD"); getMe's names are used too.</summary>
    public string? BotName { get; set; }

    /// <summary>Which group messages are answered (default: every one Zalo delivers).</summary>
    public ZaloBotGroupReplies GroupReplies { get; set; } = ZaloBotGroupReplies.Delivered;

    /// <summary>Seconds one getUpdates call waits for an update (Zalo's default 30).</summary>
    public int PollTimeoutSeconds { get; set; } = 30;

    /// <summary>Quick attempts per API request when the connection fails or a gateway answers 502/503/504; longer outages are retried by the turn queue.</summary>
    public int SendAttempts { get; set; } = 3;

    /// <summary>How long one API request (other than getUpdates) may take.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>True when a bot token is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);
}

/// <summary>Checks <see cref="ZaloBotOptions"/> at start, without ever echoing the token or the secret.</summary>
public sealed partial class ZaloBotOptionsValidator : IValidateOptions<ZaloBotOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ZaloBotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!TokenPattern().IsMatch(options.BotToken))
        {
            failures.Add("ZaloBot:BotToken does not look like a Zalo Bot token (the bot's id in digits, a colon, then the secret, without spaces or slashes).");
        }

        OptionChecks.HttpUrl(failures, "ZaloBot:ApiBaseUrl", options.ApiBaseUrl);

        if (options.Mode == ZaloBotMode.Webhook && !SecretPattern().IsMatch(options.WebhookSecret))
        {
            failures.Add("ZaloBot:WebhookSecret is required in webhook mode: 8-256 printable ASCII characters without spaces.");
        }

        if (!string.IsNullOrWhiteSpace(options.WebhookUrl) && (!Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var hook) || hook.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add("ZaloBot:WebhookUrl must be an absolute https URL (Zalo refuses plain http).");
        }

        if (options.PollTimeoutSeconds is < 1 or > 60)
        {
            failures.Add("ZaloBot:PollTimeoutSeconds must be between 1 and 60.");
        }

        OptionChecks.Requests(failures, ZaloBotOptions.SectionName, options.RequestTimeout, options.SendAttempts);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex(@"^[0-9]{1,25}:[^\s/?#%]{1,300}$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("^[\x21-\x7E]{8,256}$")]
    private static partial Regex SecretPattern();
}
