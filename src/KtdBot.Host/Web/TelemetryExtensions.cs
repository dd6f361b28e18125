using System.Diagnostics;
using System.Text.RegularExpressions;
using KtdBot.Channels.Core;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KtdBot.Host.Web;

/// <summary>OpenTelemetry: traces and metrics from ASP.NET Core, HttpClient and the channel core; OTLP export only when configured.</summary>
public static partial class TelemetryExtensions
{
    /// <summary>
    /// Traces and metrics with the standard ASP.NET Core and HttpClient instrumentation plus the <c>KtdBot.Channels</c>
    /// source and meter. Exported over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the standard variable).
    /// Bot API URLs carry the Telegram token, so it is cut out of every client span.
    /// </summary>
    public static IHostApplicationBuilder AddKtdBotTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("KtdBot"))
            .WithTracing(tracing => tracing
                .AddSource(ChannelTelemetry.Name)
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/healthz"))
                .AddHttpClientInstrumentation(o =>
                {
                    o.EnrichWithHttpRequestMessage = (activity, _) => RedactToken(activity);
                    o.EnrichWithHttpResponseMessage = (activity, _) => RedactToken(activity);
                    o.EnrichWithException = (activity, _) => RedactToken(activity);
                }))
            .WithMetrics(metrics => metrics
                .AddMeter(ChannelTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>Replaces the token in a Bot API URL (<c>/bot&lt;token&gt;/method</c>) on the span's URL tags.</summary>
    internal static void RedactToken(Activity activity)
    {
        foreach (var tag in (string[])["url.full", "http.url", "url.path"])
        {
            if (activity.GetTagItem(tag) is string url && url.Contains("/bot", StringComparison.Ordinal))
            {
                activity.SetTag(tag, BotToken().Replace(url, "/bot{token}/"));
            }
        }
    }

    [GeneratedRegex("/bot[0-9]+:[^/]+/")]
    private static partial Regex BotToken();
}
