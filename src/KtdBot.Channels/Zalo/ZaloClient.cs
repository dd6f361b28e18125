using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace KtdBot.Channels.Zalo;

/// <summary>The result code of an OA API call (HTTP 200 with an <c>error</c> field).</summary>
/// <param name="Error">0 on success; negative Zalo error codes otherwise.</param>
/// <param name="Message">Zalo's message, for logs.</param>
public sealed record ZaloApiResult(int Error, string? Message);

/// <summary>A refreshed token pair as returned by the OAuth server.</summary>
/// <param name="AccessToken">The new access token.</param>
/// <param name="RefreshToken">The new refresh token (the old one is now spent).</param>
/// <param name="ExpiresIn">Seconds the access token lives.</param>
public sealed record ZaloRefreshResult(string AccessToken, string RefreshToken, int ExpiresIn);

/// <summary>
/// The Zalo OA HTTP calls the bot makes: customer-service text messages and token refresh. Its HttpClient logs nothing
/// (tokens travel in headers and form bodies). HTTP failures throw <see cref="HttpRequestException"/>; API errors are returned.
/// </summary>
public sealed class ZaloClient(IHttpClientFactory httpClients, IOptions<ZaloOptions> options)
{
    /// <summary>The named HttpClient.</summary>
    public const string HttpClientName = "zalo";

    /// <summary>POST /v3.0/oa/message/cs with the access_token header: text, with buttons when given (a template attachment).</summary>
    public async Task<ZaloApiResult> SendTextAsync(string accessToken, string userId, string text, IReadOnlyList<ZaloButton> buttons, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(buttons);
        var attachment = buttons.Count == 0 ? null : new Attachment("template", new TemplatePayload(buttons));
        using var request = new HttpRequestMessage(HttpMethod.Post, Combine(options.Value.ApiBaseUrl, "v3.0/oa/message/cs"))
        {
            Content = JsonContent.Create(new SendRequest(new Recipient(userId), new TextMessage(text, attachment))),
        };
        request.Headers.TryAddWithoutValidation("access_token", accessToken);
        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<ApiResponse>(cancellationToken).ConfigureAwait(false);
        return new ZaloApiResult(result?.Error ?? -1, result?.Message);
    }

    /// <summary>POST /v4/oa/access_token (secret_key header, refresh_token form); null with Zalo's error when refused.</summary>
    public async Task<(ZaloRefreshResult? Pair, string? Error)> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, Combine(settings.OAuthBaseUrl, "v4/oa/access_token"))
        {
            Content = new FormUrlEncodedContent(
            [
                new KeyValuePair<string, string>("refresh_token", refreshToken),
                new KeyValuePair<string, string>("app_id", settings.AppId),
                new KeyValuePair<string, string>("grant_type", "refresh_token"),
            ]),
        };
        request.Headers.TryAddWithoutValidation("secret_key", settings.AppSecret);
        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken).ConfigureAwait(false);
        if (result is { AccessToken: { Length: > 0 } access, RefreshToken: { Length: > 0 } refresh })
        {
            var expiresIn = int.TryParse(result.ExpiresIn?.ToString(), out var seconds) ? seconds : 90000;
            return (new ZaloRefreshResult(access, refresh, expiresIn), null);
        }

        return (null, $"{result?.Error} {result?.ErrorName} {result?.ErrorDescription}".Trim());
    }

    private static Uri Combine(string baseUrl, string path) => new(baseUrl.TrimEnd('/') + "/" + path, UriKind.Absolute);

    private sealed record Recipient([property: JsonPropertyName("user_id")] string UserId);

    private sealed record TextMessage(
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("attachment"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Attachment? Attachment);

    private sealed record Attachment([property: JsonPropertyName("type")] string Type, [property: JsonPropertyName("payload")] TemplatePayload Payload);

    private sealed record TemplatePayload([property: JsonPropertyName("buttons")] IReadOnlyList<ZaloButton> Buttons);

    private sealed record SendRequest([property: JsonPropertyName("recipient")] Recipient Recipient, [property: JsonPropertyName("message")] TextMessage Message);

    private sealed class ApiResponse
    {
        [JsonPropertyName("error")]
        public int Error { get; set; }

        [JsonPropertyName("message")]
        public string? Message { get; set; }
    }

    private sealed class TokenResponse
    {
        [JsonPropertyName("access_token")]
        public string? AccessToken { get; set; }

        [JsonPropertyName("refresh_token")]
        public string? RefreshToken { get; set; }

        [JsonPropertyName("expires_in")]
        public System.Text.Json.JsonElement? ExpiresIn { get; set; }

        [JsonPropertyName("error")]
        public int? Error { get; set; }

        [JsonPropertyName("error_name")]
        public string? ErrorName { get; set; }

        [JsonPropertyName("error_description")]
        public string? ErrorDescription { get; set; }
    }
}
