namespace KtdBot.Qdrant;

/// <summary>Whether the Qdrant store can answer: for the host's <c>/readyz</c>.</summary>
public interface IQdrantReadiness
{
    /// <summary>True when Qdrant answers <c>/readyz</c> and the collection alias exists.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);
}
