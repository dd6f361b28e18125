using KtdBot.Channels.Core;
using Microsoft.AspNetCore.Http;

namespace KtdBot.Channels.Web;

/// <summary>
/// Authenticates webhook calls that carry a shared secret in a header (Telegram's and the Zalo Bot Platform's
/// <c>secret_token</c>): the header must be present once and equal the configured secret, compared in constant time.
/// Missing: 401; wrong or repeated: 403. Nothing of the body is read before the secret matches.
/// </summary>
public abstract class SecretHeaderFilter(ChannelTelemetry telemetry) : IEndpointFilter
{
    /// <summary>The channel, for the refusal counter.</summary>
    protected abstract string Channel { get; }

    /// <summary>The header the channel sends the secret in.</summary>
    protected abstract string Header { get; }

    /// <summary>The configured secret.</summary>
    protected abstract string ExpectedSecret { get; }

    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var presented = context.HttpContext.Request.Headers[Header];
        if (presented.Count == 0 || string.IsNullOrEmpty(presented[0]))
        {
            telemetry.Refused(Channel, "missing-secret");
            return WebhookResults.MissingCredentials();
        }

        if (presented.Count != 1 || !SecretComparer.FixedTimeEquals(presented[0], ExpectedSecret))
        {
            telemetry.Refused(Channel, "wrong-secret");
            return WebhookResults.Forbidden();
        }

        return await next(context).ConfigureAwait(false);
    }
}
