using KtdBot.Qdrant;
using KtdBot.Qdrant.Http;
using KtdBot.Search;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Qdrant knowledge store.</summary>
public static class QdrantServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates the <c>Qdrant</c> section (at start), registers the Qdrant HttpClient (api-key header set
    /// here, header values never logged, retries and timeouts by <see cref="QdrantResilience"/>), <see cref="IKnowledgeStore"/> as <see cref="QdrantKnowledgeStore"/>,
    /// <see cref="IQdrantReadiness"/>, and the <c>qdrant</c> health check tagged <c>ready</c>.
    /// </summary>
    public static IServiceCollection AddQdrantKnowledgeStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<QdrantOptions>()
            .BindConfiguration(QdrantOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(QdrantClient.HttpClientName, (sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<QdrantOptions>>().Value;
                var url = options.Url.EndsWith('/') ? options.Url : options.Url + "/";
                http.BaseAddress = new Uri(url, UriKind.Absolute);
                http.Timeout = Timeout.InfiniteTimeSpan; // each attempt is timed by the pipeline (Qdrant:Timeout)
                if (!string.IsNullOrEmpty(options.ApiKey))
                {
                    http.DefaultRequestHeaders.Add("api-key", options.ApiKey);
                }
            })
            .RedactLoggedHeaders(static _ => true)
            .AddTypedClient((http, sp) => new QdrantClient(
                http,
                sp.GetRequiredService<IOptions<QdrantOptions>>().Value,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<QdrantClient>>()))
            .AddResilienceHandler("qdrant", static (pipeline, context) => pipeline.AddQdrantStrategies(
                context.ServiceProvider.GetRequiredService<IOptions<QdrantOptions>>().Value,
                context.ServiceProvider.GetRequiredService<TimeProvider>()));

        services.TryAddSingleton(sp => new QdrantKnowledgeStore(
            sp.GetRequiredService<QdrantClient>,
            sp.GetRequiredService<IOptions<QdrantOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<QdrantKnowledgeStore>>()));
        services.Replace(ServiceDescriptor.Singleton<IKnowledgeStore>(sp => sp.GetRequiredService<QdrantKnowledgeStore>()));
        services.TryAddSingleton<IQdrantReadiness>(sp => sp.GetRequiredService<QdrantKnowledgeStore>());
        services.AddHealthChecks().AddCheck<QdrantHealthCheck>("qdrant", tags: [QdrantHealthCheck.Tag]);
        return services;
    }
}
