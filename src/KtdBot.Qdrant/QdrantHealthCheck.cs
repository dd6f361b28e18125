using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KtdBot.Qdrant;

/// <summary>Health check (tagged <c>ready</c>): Qdrant reachable, its shards ready, and the collection alias present.</summary>
public sealed class QdrantHealthCheck(QdrantKnowledgeStore store) : IHealthCheck
{
    /// <summary>The tag the check is registered with.</summary>
    public const string Tag = "ready";

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (ready, reason) = await store.CheckReadinessAsync(cancellationToken).ConfigureAwait(false);
        return ready ? HealthCheckResult.Healthy(reason) : HealthCheckResult.Unhealthy(reason);
    }
}
