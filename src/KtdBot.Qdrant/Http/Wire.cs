using System.Text.Json;
using System.Text.Json.Serialization;

// Qdrant REST wire shapes (snake_case on the wire). Only the fields this project sends or reads.
namespace KtdBot.Qdrant.Http;

internal static class QdrantJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

internal sealed record Envelope<T>(T? Result, JsonElement? Status, double? Time);

internal sealed record VersionInfo(string Title, string Version, string? Commit);

internal sealed record CollectionDescription(string Name);

internal sealed record CollectionsList(IReadOnlyList<CollectionDescription> Collections);

internal sealed record CollectionExistence(bool Exists);

internal sealed class CreateCollectionRequest
{
    /// <summary>Named dense vectors; null (left out) for a sparse-only collection.</summary>
    public Dictionary<string, VectorParams>? Vectors { get; init; }

    public Dictionary<string, SparseVectorParams>? SparseVectors { get; init; }

    public int? ShardNumber { get; init; }

    public int? ReplicationFactor { get; init; }

    public int? WriteConsistencyFactor { get; init; }
}

internal sealed record VectorParams(int Size, string Distance);

internal sealed record SparseVectorParams(string? Modifier);

internal sealed record CollectionInfo(string Status, long? PointsCount, CollectionConfig Config);

internal sealed record CollectionConfig(CollectionParams Params);

internal sealed record CollectionParams(JsonElement? Vectors, Dictionary<string, SparseVectorParams>? SparseVectors, int? ShardNumber, int? ReplicationFactor);

internal sealed record CreateFieldIndex(string FieldName, string FieldSchema);

internal sealed record UpdateResult(long? OperationId, string Status);

internal sealed record SparseVectorWire(uint[] Indices, float[] Values);

/// <summary>A point; <see cref="Vector"/> maps vector names to <c>float[]</c> (dense) or <see cref="SparseVectorWire"/>.</summary>
internal sealed record PointStruct(string Id, Dictionary<string, object> Vector, object? Payload);

internal sealed record PointsList(IReadOnlyList<PointStruct> Points);

internal sealed record MatchValue(string Value);

internal sealed record FieldCondition(string Key, MatchValue Match);

internal sealed record Filter(IReadOnlyList<FieldCondition> Must);

internal sealed record FilterSelector(Filter Filter);

/// <summary><c>{"rrf": {"k": …}}</c> (Qdrant ≥ 1.16).</summary>
internal sealed record RrfQuery(Rrf Rrf);

internal sealed record Rrf(int K);

/// <summary>One retrieval leg of a fused query.</summary>
internal sealed class Prefetch
{
    /// <summary><c>float[]</c> or <see cref="SparseVectorWire"/>.</summary>
    public object? Query { get; init; }

    public string? Using { get; init; }

    public Filter? Filter { get; init; }

    public int? Limit { get; init; }
}

internal sealed class QueryRequest
{
    public IReadOnlyList<Prefetch>? Prefetch { get; init; }

    /// <summary><c>float[]</c>, <see cref="SparseVectorWire"/> or <see cref="RrfQuery"/>.</summary>
    public object? Query { get; init; }

    public string? Using { get; init; }

    public Filter? Filter { get; init; }

    public int? Limit { get; init; }

    public bool? WithPayload { get; init; }
}

internal sealed record QueryRequestBatch(IReadOnlyList<QueryRequest> Searches);

internal sealed record ScoredPoint(JsonElement Id, double Score, JsonElement? Payload);

internal sealed record QueryResponse(IReadOnlyList<ScoredPoint> Points);

internal sealed class ScrollRequest
{
    public Filter? Filter { get; init; }

    public int? Limit { get; init; }

    /// <summary>A point id (string UUID) from the previous page's <c>next_page_offset</c>.</summary>
    public object? Offset { get; init; }

    public bool WithPayload { get; init; } = true;

    public bool WithVector { get; init; }
}

internal sealed record PointRecord(JsonElement Id, JsonElement? Payload);

internal sealed record ScrollResult(IReadOnlyList<PointRecord> Points, JsonElement? NextPageOffset);

internal sealed record CountRequest(Filter? Filter, bool Exact);

internal sealed record CountResult(long Count);

internal sealed record CreateAlias(string CollectionName, string AliasName);

internal sealed record DeleteAlias(string AliasName);

/// <summary>One alias action: exactly one member set.</summary>
internal sealed class AliasAction
{
    public CreateAlias? CreateAlias { get; init; }

    public DeleteAlias? DeleteAlias { get; init; }
}

internal sealed record ChangeAliases(IReadOnlyList<AliasAction> Actions);

internal sealed record AliasDescription(string AliasName, string CollectionName);

internal sealed record AliasesList(IReadOnlyList<AliasDescription> Aliases);
