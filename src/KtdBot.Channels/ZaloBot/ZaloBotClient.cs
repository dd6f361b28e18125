using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace KtdBot.Channels.ZaloBot;

/// <summary>
/// The Zalo Bot Platform calls the bot makes: POST JSON to <c>{ApiBaseUrl}/bot{token}/{method}</c>. The token is part
/// of the URL, so both HttpClients log nothing. HTTP failures and timeouts throw; API errors are returned.
/// </summary>
public sealed class ZaloBotClient(IHttpClientFactory httpClients, IOptions<ZaloBotOptions> options)
{
    /// <summary>The named HttpClient for sends and setup calls (short timeout, Polly).</summary>
    public const string HttpClientName = "zalobot";

    /// <summary>The named HttpClient for getUpdates (a long poll: its timeout is above the poll's).</summary>
    public const string PollingClientName = "zalobot-polling";

    /// <summary>sendMessage: plain text, 1–2000 characters.</summary>
    public Task<ZaloBotResponse> SendMessageAsync(string chatId, string text, CancellationToken cancellationToken) =>
        CallAsync(HttpClientName, "sendMessage", new SendMessageBody(chatId, text), cancellationToken);

    /// <summary>sendChatAction typing.</summary>
    public Task<ZaloBotResponse> SendTypingAsync(string chatId, CancellationToken cancellationToken) =>
        CallAsync(HttpClientName, "sendChatAction", new ChatActionBody(chatId, "typing"), cancellationToken);

    /// <summary>getMe: the bot's id, account_name and (sometimes) display_name.</summary>
    public Task<ZaloBotResponse> GetMeAsync(CancellationToken cancellationToken) =>
        CallAsync(HttpClientName, "getMe", new { }, cancellationToken);

    /// <summary>setWebhook with the URL and the secret Zalo will send back in X-Bot-Api-Secret-Token.</summary>
    public Task<ZaloBotResponse> SetWebhookAsync(string url, string secret, CancellationToken cancellationToken) =>
        CallAsync(HttpClientName, "setWebhook", new SetWebhookBody(url, secret), cancellationToken);

    /// <summary>deleteWebhook (polling needs it gone).</summary>
    public Task<ZaloBotResponse> DeleteWebhookAsync(CancellationToken cancellationToken) =>
        CallAsync(HttpClientName, "deleteWebhook", new { }, cancellationToken);

    /// <summary>getUpdates: one update per call, or 408 when none came within the timeout. No offset exists.</summary>
    public Task<ZaloBotResponse> GetUpdatesAsync(int timeoutSeconds, CancellationToken cancellationToken) =>
        CallAsync(PollingClientName, "getUpdates", new GetUpdatesBody(timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)), cancellationToken);

    private async Task<ZaloBotResponse> CallAsync<T>(string client, string method, T body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var url = new Uri($"{settings.ApiBaseUrl.TrimEnd('/')}/bot{settings.BotToken}/{method}", UriKind.Absolute);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        using var response = await httpClients.CreateClient(client).SendAsync(request, cancellationToken).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return ZaloBotResponse.Read(response.StatusCode, bytes);
    }

    private sealed record SendMessageBody([property: JsonPropertyName("chat_id")] string ChatId, [property: JsonPropertyName("text")] string Text);

    private sealed record ChatActionBody([property: JsonPropertyName("chat_id")] string ChatId, [property: JsonPropertyName("action")] string Action);

    private sealed record SetWebhookBody([property: JsonPropertyName("url")] string Url, [property: JsonPropertyName("secret_token")] string SecretToken);

    private sealed record GetUpdatesBody([property: JsonPropertyName("timeout")] string Timeout);
}
