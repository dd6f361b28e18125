using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace KtdBot.Channels.Web;

/// <summary>Reads a request body whole, refusing bodies over a limit before reading them when the length is declared.</summary>
public static class RequestBody
{
    /// <summary>The body's bytes (empty when the client broke off mid-body), or null when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        var sizeFeature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = maxBytes + 1L;
        }

        if (request.ContentLength == 0)
        {
            return [];
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Clamp(request.ContentLength ?? 4096, 1, maxBytes + 1L));
        try
        {
            while (true)
            {
                var memory = buffer.GetMemory(4096);
                var read = await request.Body.ReadAsync(memory, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                buffer.Advance(read);
                if (buffer.WrittenCount > maxBytes)
                {
                    return null;
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        catch (BadHttpRequestException)
        {
            return []; // the client broke off mid-body: nothing to parse, so the caller answers 400
        }

        return buffer.WrittenSpan.ToArray();
    }
}

/// <summary>The webhook answers that carry no detail an attacker could use (and never a stack trace).</summary>
public static class WebhookResults
{
    /// <summary>401: the authentication header is missing.</summary>
    public static IResult MissingCredentials() => Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Missing webhook credentials.");

    /// <summary>403: the secret or signature does not match, or the event is stale.</summary>
    public static IResult Forbidden() => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Invalid webhook credentials.");

    /// <summary>413: the body is over the limit.</summary>
    public static IResult TooLarge() => Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large.");

    /// <summary>400: the body is not the JSON expected.</summary>
    public static IResult Malformed() => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed JSON body.");

    /// <summary>503 with Retry-After: the turn queue is full; the channel redelivers.</summary>
    public static IResult Busy(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.RetryAfter = "1";
        return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy; retry later.");
    }

    /// <summary>What the webhook answers for an admission: 200 when queued or a repeat, 503 when busy or stopping.</summary>
    public static IResult For(KtdBot.Channels.Core.Admission admission, HttpContext context) => admission switch
    {
        KtdBot.Channels.Core.Admission.Queued or KtdBot.Channels.Core.Admission.Duplicate => Acknowledged(),
        _ => Busy(context),
    };

    /// <summary>200 with an empty JSON object: received (answered later, or deliberately ignored).</summary>
    public static IResult Acknowledged() => Results.Json(AckBody);

    private static readonly object AckBody = new { ok = true };
}

/// <summary>Constant-time comparison of secrets of any length (hashing first, so lengths are not leaked either).</summary>
public static class SecretComparer
{
    /// <summary>True when both strings are equal; the time taken does not depend on where they differ.</summary>
    public static bool FixedTimeEquals(string? presented, string expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        Span<byte> a = stackalloc byte[32];
        Span<byte> b = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(presented ?? string.Empty), a);
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(expected), b);
        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(a, b) && presented is not null;
    }
}
