using KtdBot.Channels.Core;
using Microsoft.Extensions.Options;

namespace KtdBot.Channels.Zalo;

/// <summary>The <c>Zalo</c> section (Zalo Official Account API v3). The channel is off until AppId and OaSecretKey are set.</summary>
public sealed class ZaloOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Zalo";

    /// <summary>The Zalo app's id (developers.zalo.me → the app → App ID); part of every webhook signature.</summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>The OA secret key (the app's Webhook page); signs webhook events. Secret.</summary>
    public string OaSecretKey { get; set; } = string.Empty;

    /// <summary>The first OA access token. After a refresh the stored pair is used instead. Secret.</summary>
    public string AccessToken { get; set; } = string.Empty;

    /// <summary>The first refresh token (single-use: every refresh returns a new one, which is stored). Secret.</summary>
    public string RefreshToken { get; set; } = string.Empty;

    /// <summary>The app secret key, sent as <c>secret_key</c> when refreshing. Secret.</summary>
    public string AppSecret { get; set; } = string.Empty;

    /// <summary>The OA API (replies).</summary>
    public string ApiBaseUrl { get; set; } = "https://openapi.zalo.me";

    /// <summary>The OAuth server (token refresh).</summary>
    public string OAuthBaseUrl { get; set; } = "https://oauth.zaloapp.com";

    /// <summary>Where the current token pair is kept when Redis is not configured (relative to the content root). Keep it out of the repo.</summary>
    public string TokenFile { get; set; } = "data/zalo-tokens.json";

    /// <summary>Events whose timestamp is further than this from now are refused (replay protection, with msg_id dedupe inside it).</summary>
    public TimeSpan MaxEventAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Quick attempts per OA API request when the connection fails or a gateway answers 502/503/504; longer outages are retried by the turn queue.</summary>
    public int SendAttempts { get; set; } = 3;

    /// <summary>How long one OA API request may take.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>True when webhook events can be verified.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(AppId) && !string.IsNullOrWhiteSpace(OaSecretKey);
}

/// <summary>Checks <see cref="ZaloOptions"/> at start, without echoing any secret.</summary>
public sealed class ZaloOptionsValidator : IValidateOptions<ZaloOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ZaloOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        OptionChecks.HttpUrl(failures, "Zalo:ApiBaseUrl", options.ApiBaseUrl);
        OptionChecks.HttpUrl(failures, "Zalo:OAuthBaseUrl", options.OAuthBaseUrl);

        if (string.IsNullOrWhiteSpace(options.AccessToken) && string.IsNullOrWhiteSpace(options.RefreshToken))
        {
            failures.Add("Zalo:AccessToken or Zalo:RefreshToken is required to reply.");
        }

        if (!string.IsNullOrWhiteSpace(options.RefreshToken) && string.IsNullOrWhiteSpace(options.AppSecret))
        {
            failures.Add("Zalo:AppSecret is required to refresh the access token.");
        }

        if (options.MaxEventAge <= TimeSpan.Zero)
        {
            failures.Add("Zalo:MaxEventAge must be positive.");
        }

        OptionChecks.Requests(failures, ZaloOptions.SectionName, options.RequestTimeout, options.SendAttempts);

        if (string.IsNullOrWhiteSpace(options.TokenFile))
        {
            failures.Add("Zalo:TokenFile is required.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
