using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace KtdBot.Host.Hosting;

/// <summary>The operator's key for admin endpoints; unset disables them.</summary>
public sealed class AdminOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Admin";

    /// <summary>Sent by operators in the <c>X-Api-Key</c> header. Never logged.</summary>
    public string? ApiKey { get; set; }
}

/// <summary>
/// POST /admin/reload: re-reads knowledge/ after cadres edit it, without a restart (the embedded index is
/// rebuilt; with Qdrant the structured records are re-read and <c>ingest</c> refreshes the collection).
/// </summary>
public static class AdminEndpoints
{
    /// <summary>Maps the admin group behind the API-key filter.</summary>
    public static WebApplication MapAdmin(this WebApplication app)
    {
        var admin = app.MapGroup("/admin").AddEndpointFilter<AdminKeyFilter>();
        admin.MapPost("/reload", ReloadAsync);
        return app;
    }

    /// <summary>Registers the options.</summary>
    public static IHostApplicationBuilder AddAdmin(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName);
        return builder;
    }

    private static async Task<Ok<ReloadResult>> ReloadAsync(KnowledgeStartup startup, CancellationToken cancellationToken)
    {
        var report = await startup.LoadAsync(null, forceIngest: false, cancellationToken);
        return TypedResults.Ok(new ReloadResult(report.Documents, report.Chunks, report.Errors.Select(e => e.ToString()).ToList(), (long)report.Elapsed.TotalMilliseconds));
    }

    private sealed class AdminKeyFilter(IOptions<AdminOptions> options) : IEndpointFilter
    {
        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            var expected = options.Value.ApiKey;
            if (string.IsNullOrEmpty(expected))
            {
                return TypedResults.NotFound(); // no key configured: admin endpoints do not exist
            }

            var given = context.HttpContext.Request.Headers["X-Api-Key"].ToString();
            return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected))
                ? await next(context)
                : TypedResults.Unauthorized();
        }
    }
}

/// <summary>What a reload did.</summary>
public sealed record ReloadResult(int Documents, int Passages, IReadOnlyList<string> Problems, long ElapsedMs);
