namespace KtdBot.Channels.Core;

/// <summary>Checks the channel option validators share; each failure names the key, never its value.</summary>
public static class OptionChecks
{
    /// <summary>Adds a failure unless <paramref name="value"/> is an absolute http(s) URL.</summary>
    public static void HttpUrl(List<string> failures, string key, string? value)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{key} must be an absolute http(s) URL.");
        }
    }

    /// <summary>Adds failures unless <c>{section}:RequestTimeout</c> is 0.1 s – 2 min and <c>{section}:SendAttempts</c> 1–10.</summary>
    public static void Requests(List<string> failures, string section, TimeSpan requestTimeout, int sendAttempts)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (requestTimeout < TimeSpan.FromMilliseconds(100) || requestTimeout > TimeSpan.FromMinutes(2))
        {
            failures.Add($"{section}:RequestTimeout must be between 00:00:00.1 and 00:02:00.");
        }

        if (sendAttempts is < 1 or > 10)
        {
            failures.Add($"{section}:SendAttempts must be between 1 and 10.");
        }
    }
}
