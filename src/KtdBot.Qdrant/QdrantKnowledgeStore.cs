using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using KtdBot.Ingestion;
using KtdBot.Qdrant.Http;
using KtdBot.Search;
using Microsoft.Extensions.Logging;

namespace KtdBot.Qdrant;

/// <summary>
/// The knowledge store in Qdrant. Readers query the alias <see cref="QdrantOptions.Collection"/>; a re-index
/// builds a new collection beside it, verifies it and moves the alias atomically, so readers never see a
/// half-built index and a failed ingest leaves the previous one serving. Ranks like
/// <see cref="EmbeddedKnowledgeStore"/>: the same BM25 sparse vectors with Qdrant's <c>idf</c> modifier, cosine
/// dense vectors, and reciprocal rank fusion with the same constant.
/// </summary>
public sealed partial class QdrantKnowledgeStore : IKnowledgeStore, IQdrantReadiness
{
    /// <summary>Name of the sparse (BM25) vector.</summary>
    public const string SparseVectorName = "sparse";

    /// <summary>Name of the dense (embedding) vector.</summary>
    public const string DenseVectorName = "dense";

    // Qdrant scores position p (zero-based) as 1 / (p + k); the embedded store as 1 / (60 + rank), rank one-based.
    private const int EmbeddedRrfK = 60;
    private const int QdrantRrfK = EmbeddedRrfK + 1;
    private const string TimestampFormat = "yyyyMMddHHmmssfff";
    private static readonly Version ParametrisedRrfSince = new(1, 16);
    private static readonly TimeSpan ShapeLifetime = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StaleBuildAge = TimeSpan.FromHours(1);

    private readonly Func<QdrantClient> _clients;
    private readonly QdrantOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Regex _buildName;
    private volatile CollectionShape? _shape;
    private volatile StrongBox<bool>? _serverFusion;

    internal QdrantKnowledgeStore(Func<QdrantClient> clients, QdrantOptions options, TimeProvider time, ILogger<QdrantKnowledgeStore> logger)
    {
        _clients = clients;
        _options = options;
        _time = time;
        _logger = logger;
        _buildName = new Regex($"^{Regex.Escape(options.Collection)}_(?<stamp>[0-9]{{17}})$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The alias readers query.</summary>
    public string Alias => _options.Collection;

    /// <inheritdoc />
    public async Task ReplaceAllAsync(IReadOnlyList<EncodedChunk> chunks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        var distinct = Deduplicate(chunks);
        var denseSize = DenseSizeFor(distinct);
        var client = _clients();
        var started = _time.GetUtcNow();
        var previous = await CurrentTargetAsync(client, cancellationToken).ConfigureAwait(false);
        var build = await CreateBuildAsync(client, started, denseSize, cancellationToken).ConfigureAwait(false);
        LogBuilding(_logger, build, distinct.Count, denseSize);
        try
        {
            foreach (var field in ChunkPayload.IndexedFields)
            {
                await client.CreatePayloadIndexAsync(build, field, "keyword", cancellationToken).ConfigureAwait(false);
            }

            await UpsertBatchesAsync(client, build, distinct, denseSize is not null, cancellationToken).ConfigureAwait(false);
            var count = await client.CountAsync(build, null, exact: true, cancellationToken).ConfigureAwait(false);
            if (count != distinct.Count)
            {
                throw new QdrantException(QdrantErrorKind.Inconsistent, $"POST /collections/{build}/points/count", null, null,
                    $"Qdrant collection '{build}' holds {count} points after writing {distinct.Count}; the alias '{Alias}' was left unchanged.");
            }

            await SwitchAliasAsync(client, build, previous, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await AbandonBuildAsync(client, build).ConfigureAwait(false);
            throw;
        }

        _shape = null;
        LogSwitched(_logger, Alias, build, previous?.Name);
        if (previous is { IsAlias: true } old)
        {
            await TryDropAsync(client, old.Name).ConfigureAwait(false);
        }

        await DropStaleBuildsAsync(client, build, started).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task UpsertAsync(IReadOnlyList<EncodedChunk> chunks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        if (chunks.Count == 0)
        {
            return;
        }

        var client = _clients();
        var shape = await ShapeAsync(client, cancellationToken).ConfigureAwait(false);
        if (shape is null)
        {
            // Nothing to update yet: the first write builds the collection and its alias.
            await ReplaceAllAsync(chunks, cancellationToken).ConfigureAwait(false);
            return;
        }

        await UpsertBatchesAsync(client, Alias, Deduplicate(chunks), shape.DenseSize is not null, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _clients().CountAsync(Alias, null, exact: true, cancellationToken).ConfigureAwait(false);
        }
        catch (QdrantException ex) when (ex.Kind == QdrantErrorKind.NotFound)
        {
            return 0;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Top <= 0)
        {
            return [];
        }

        var client = _clients();
        try
        {
            if (request.Dense is not { } queryDense)
            {
                return await SparseOnlyAsync(client, request, cancellationToken).ConfigureAwait(false);
            }

            var shape = await ShapeAsync(client, cancellationToken).ConfigureAwait(false);
            if (shape is null)
            {
                LogMissing(_logger, Alias);
                return [];
            }

            if (shape.DenseSize is not { } size)
            {
                // No dense vector in the collection: the embedded store ranks by the sparse vector alone then too.
                return await SparseOnlyAsync(client, request, cancellationToken).ConfigureAwait(false);
            }

            float[]? dense = null;
            if (queryDense.Length == size)
            {
                dense = queryDense.ToArray();
            }
            else
            {
                // The embedded store ignores embeddings of another size but still fuses; so does this.
                LogDenseMismatch(_logger, queryDense.Length, size, shape.Name);
            }

            return await UseServerFusionAsync(client, cancellationToken).ConfigureAwait(false)
                ? await FusedOnServerAsync(client, request, dense, cancellationToken).ConfigureAwait(false)
                : await FusedHereAsync(client, request, dense, cancellationToken).ConfigureAwait(false);
        }
        catch (QdrantException ex) when (ex.Kind == QdrantErrorKind.NotFound)
        {
            LogMissing(_logger, Alias);
            _shape = null;
            return [];
        }
    }

    /// <summary>Every stored chunk, page by page (Qdrant's scroll).</summary>
    public async IAsyncEnumerable<KnowledgeChunk> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = _clients();
        object? offset = null;
        do
        {
            ScrollResult page;
            try
            {
                page = await client.ScrollAsync(Alias, new ScrollRequest { Limit = 256, Offset = offset }, cancellationToken).ConfigureAwait(false);
            }
            catch (QdrantException ex) when (ex.Kind == QdrantErrorKind.NotFound && offset is null)
            {
                yield break;
            }

            foreach (var point in page.Points)
            {
                if (ChunkPayload.Read(point.Id, point.Payload) is { } chunk)
                {
                    yield return chunk;
                }
            }

            offset = page.NextPageOffset is { ValueKind: JsonValueKind.String or JsonValueKind.Number } next ? next : null;
        }
        while (offset is not null);
    }

    /// <summary>Removes every chunk of one document (before re-ingesting a file that got shorter).</summary>
    public Task DeleteDocumentAsync(string documentId, CancellationToken cancellationToken) =>
        _clients().DeletePointsAsync(Alias, ChunkPayload.DocumentFilter(documentId), cancellationToken);

    /// <inheritdoc />
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        (await CheckReadinessAsync(cancellationToken).ConfigureAwait(false)).Ready;

    /// <summary>Readiness with the reason, for health reports.</summary>
    internal async Task<(bool Ready, string Reason)> CheckReadinessAsync(CancellationToken cancellationToken)
    {
        var client = _clients();
        if (!await client.IsServerReadyAsync(cancellationToken).ConfigureAwait(false))
        {
            return (false, "Qdrant is unreachable or its shards are not ready");
        }

        try
        {
            var target = await CurrentTargetAsync(client, cancellationToken).ConfigureAwait(false);
            return target is null
                ? (false, $"Qdrant has no collection or alias '{Alias}' yet: run ingest")
                : (true, $"'{Alias}' serves collection '{target.Name}'");
        }
        catch (QdrantException ex)
        {
            return (false, ex.Message);
        }
    }

    private async Task<IReadOnlyList<SearchHit>> SparseOnlyAsync(QdrantClient client, SearchRequest request, CancellationToken cancellationToken)
    {
        if (request.Sparse.Indices.Length == 0)
        {
            return [];
        }

        var points = await client.QueryAsync(Alias, new QueryRequest
        {
            Query = Wire(request.Sparse),
            Using = SparseVectorName,
            Filter = ChunkPayload.FilterFor(request.Filter),
            Limit = request.Top,
            WithPayload = true,
        }, cancellationToken).ConfigureAwait(false);
        return Hits(points.Select(p => (p.Id, p.Payload, p.Score)));
    }

    private async Task<IReadOnlyList<SearchHit>> FusedOnServerAsync(QdrantClient client, SearchRequest request, float[]? dense, CancellationToken cancellationToken)
    {
        var filter = ChunkPayload.FilterFor(request.Filter);
        var legs = Legs(request, dense, filter)
            .Select(leg => new Prefetch { Query = leg.Query, Using = leg.Using, Filter = filter, Limit = leg.Limit })
            .ToList();
        if (legs.Count == 0)
        {
            return [];
        }

        var points = await client.QueryAsync(Alias, new QueryRequest
        {
            Prefetch = legs,
            Query = new RrfQuery(new Rrf(QdrantRrfK)),
            Filter = filter,
            Limit = request.Top,
            WithPayload = true,
        }, cancellationToken).ConfigureAwait(false);
        return Hits(points.Select(p => (p.Id, p.Payload, p.Score)));
    }

    private async Task<IReadOnlyList<SearchHit>> FusedHereAsync(QdrantClient client, SearchRequest request, float[]? dense, CancellationToken cancellationToken)
    {
        var filter = ChunkPayload.FilterFor(request.Filter);
        var legs = Legs(request, dense, filter).ToList();
        if (legs.Count == 0)
        {
            return [];
        }

        var rankings = await client.QueryBatchAsync(Alias, legs, cancellationToken).ConfigureAwait(false);
        var byId = new Dictionary<string, ScoredPoint>(StringComparer.Ordinal);
        var ids = new List<IReadOnlyList<string>>(rankings.Count);
        foreach (var ranking in rankings)
        {
            var list = new List<string>(ranking.Count);
            foreach (var point in ranking)
            {
                var id = point.Id.ToString();
                byId.TryAdd(id, point);
                list.Add(id);
            }

            ids.Add(list);
        }

        var fused = ReciprocalRankFusion.Fuse(ids, request.Top, EmbeddedRrfK);
        return Hits(fused.Select(f => (byId[f.Item].Id, byId[f.Item].Payload, f.Score)));
    }

    /// <summary>The retrieval legs of a fused search, as the embedded store runs them: each takes four times the wanted hits.</summary>
    private static IEnumerable<QueryRequest> Legs(SearchRequest request, float[]? dense, Filter? filter)
    {
        var limit = request.Top * 4;
        if (request.Sparse.Indices.Length > 0)
        {
            yield return new QueryRequest { Query = Wire(request.Sparse), Using = SparseVectorName, Filter = filter, Limit = limit, WithPayload = true };
        }

        if (dense is not null)
        {
            yield return new QueryRequest { Query = dense, Using = DenseVectorName, Filter = filter, Limit = limit, WithPayload = true };
        }
    }

    private async Task<bool> UseServerFusionAsync(QdrantClient client, CancellationToken cancellationToken)
    {
        switch (_options.Fusion)
        {
            case QdrantFusion.Server:
                return true;
            case QdrantFusion.Client:
                return false;
        }

        if (_serverFusion is { } known)
        {
            return known.Value;
        }

        try
        {
            var info = await client.GetVersionAsync(cancellationToken).ConfigureAwait(false);
            var number = info.Version.Split('-', '+')[0];
            var server = !Version.TryParse(number, out var version) || version >= ParametrisedRrfSince;
            _serverFusion = new StrongBox<bool>(server);
            LogFusion(_logger, info.Version, server ? "server (rrf k)" : "in process (batch query)");
            return server;
        }
        catch (QdrantException)
        {
            return true; // The version is unknown this time; ask again on the next search.
        }
    }

    private async Task<CollectionShape?> ShapeAsync(QdrantClient client, CancellationToken cancellationToken)
    {
        if (_shape is { } cached && _time.GetUtcNow() - cached.Read < ShapeLifetime)
        {
            return cached;
        }

        var target = await CurrentTargetAsync(client, cancellationToken).ConfigureAwait(false);
        if (target is null)
        {
            _shape = null;
            return null;
        }

        CollectionInfo info;
        try
        {
            info = await client.GetCollectionAsync(target.Name, cancellationToken).ConfigureAwait(false);
        }
        catch (QdrantException ex) when (ex.Kind == QdrantErrorKind.NotFound)
        {
            _shape = null;
            return null; // Dropped between the two calls by a concurrent re-index.
        }

        var shape = new CollectionShape(target.Name, DenseSizeOf(info), _time.GetUtcNow());
        _shape = shape;
        return shape;
    }

    private static int? DenseSizeOf(CollectionInfo info) =>
        info.Config.Params.Vectors is { ValueKind: JsonValueKind.Object } vectors
        && vectors.TryGetProperty(DenseVectorName, out var dense)
        && dense.ValueKind == JsonValueKind.Object
        && dense.TryGetProperty("size", out var size)
        && size.TryGetInt32(out var value)
            ? value
            : null;

    /// <summary>The collection the alias points to; a plain collection of that name (made by hand) counts too.</summary>
    private async Task<Target?> CurrentTargetAsync(QdrantClient client, CancellationToken cancellationToken)
    {
        var aliases = await client.ListAliasesAsync(cancellationToken).ConfigureAwait(false);
        if (aliases.FirstOrDefault(a => string.Equals(a.AliasName, Alias, StringComparison.Ordinal)) is { } alias)
        {
            return new Target(alias.CollectionName, IsAlias: true);
        }

        return await client.CollectionExistsAsync(Alias, cancellationToken).ConfigureAwait(false) ? new Target(Alias, IsAlias: false) : null;
    }

    /// <summary>Creates <c>&lt;alias&gt;_&lt;timestamp&gt;</c>; a name already taken (two ingests in one millisecond) moves on a millisecond.</summary>
    private async Task<string> CreateBuildAsync(QdrantClient client, DateTimeOffset started, int? denseSize, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var build = $"{Alias}_{started.UtcDateTime.AddMilliseconds(attempt).ToString(TimestampFormat, CultureInfo.InvariantCulture)}";
            try
            {
                await client.CreateCollectionAsync(build, CreateRequest(denseSize), cancellationToken).ConfigureAwait(false);
                return build;
            }
            catch (QdrantException ex) when (ex.Kind == QdrantErrorKind.Conflict && attempt < 10)
            {
                // Taken: try the next name.
            }
        }
    }

    private async Task SwitchAliasAsync(QdrantClient client, string build, Target? previous, CancellationToken cancellationToken)
    {
        if (previous is { IsAlias: false })
        {
            // A plain collection holds the alias's name: it has to go before the alias can exist (a short gap, once).
            LogReplacingPlainCollection(_logger, Alias);
            await client.DeleteCollectionAsync(Alias, cancellationToken).ConfigureAwait(false);
        }

        var actions = new List<AliasAction>(2);
        if (previous is { IsAlias: true })
        {
            actions.Add(new AliasAction { DeleteAlias = new DeleteAlias(Alias) });
        }

        actions.Add(new AliasAction { CreateAlias = new CreateAlias(build, Alias) });
        await client.UpdateAliasesAsync(actions, cancellationToken).ConfigureAwait(false);
    }

    private async Task UpsertBatchesAsync(QdrantClient client, string collection, List<EncodedChunk> chunks, bool withDense, CancellationToken cancellationToken)
    {
        foreach (var batch in chunks.Chunk(_options.BatchSize))
        {
            var points = batch.Select(c => ToPoint(c, withDense)).ToList();
            await client.UpsertAsync(collection, points, cancellationToken).ConfigureAwait(false);
        }
    }

    private static PointStruct ToPoint(EncodedChunk encoded, bool withDense)
    {
        var vectors = new Dictionary<string, object>(2, StringComparer.Ordinal) { [SparseVectorName] = Wire(encoded.Sparse) };
        if (withDense && encoded.Dense is { Length: > 0 } dense)
        {
            vectors[DenseVectorName] = dense.ToArray();
        }

        return new PointStruct(encoded.Chunk.Id.ToString("D"), vectors, ChunkPayload.From(encoded.Chunk));
    }

    private CreateCollectionRequest CreateRequest(int? denseSize) => new()
    {
        Vectors = denseSize is { } size
            ? new Dictionary<string, VectorParams>(StringComparer.Ordinal) { [DenseVectorName] = new VectorParams(size, "Cosine") }
            : null,
        SparseVectors = new Dictionary<string, SparseVectorParams>(StringComparer.Ordinal) { [SparseVectorName] = new SparseVectorParams("idf") },
        ShardNumber = _options.ShardNumber,
        ReplicationFactor = _options.ReplicationFactor,
        WriteConsistencyFactor = _options.WriteConsistencyFactor,
    };

    private int? DenseSizeFor(List<EncodedChunk> chunks)
    {
        // An empty embedding counts as none (a null array converted to ReadOnlyMemory is empty, not null).
        var size = _options.VectorSize ?? chunks.FirstOrDefault(c => c.Dense is { Length: > 0 })?.Dense?.Length;
        if (size is null)
        {
            return null;
        }

        if (chunks.FirstOrDefault(c => c.Dense is { Length: > 0 } d && d.Length != size) is { } wrong)
        {
            throw new ArgumentException(
                $"Chunk {wrong.Chunk.Id} ({wrong.Chunk.DocumentId}#{wrong.Chunk.Ordinal}) has a {wrong.Dense!.Value.Length}-dimensional embedding; the collection's is {size} (Qdrant:VectorSize or the first embedding).",
                nameof(chunks));
        }

        return size;
    }

    private async Task AbandonBuildAsync(QdrantClient client, string build)
    {
        try
        {
            // The alias may have moved even if the answer got lost: never drop what readers are using.
            var now = await CurrentTargetAsync(client, CancellationToken.None).ConfigureAwait(false);
            if (now is not null && string.Equals(now.Name, build, StringComparison.Ordinal))
            {
                return;
            }

            await client.DeleteCollectionAsync(build, CancellationToken.None).ConfigureAwait(false);
        }
        catch (QdrantException ex)
        {
            LogCleanupFailed(_logger, build, ex.Message);
        }
    }

    private async Task TryDropAsync(QdrantClient client, string collection)
    {
        try
        {
            await client.DeleteCollectionAsync(collection, CancellationToken.None).ConfigureAwait(false);
        }
        catch (QdrantException ex)
        {
            LogCleanupFailed(_logger, collection, ex.Message);
        }
    }

    /// <summary>Drops builds an interrupted ingest left behind (older than an hour, so a concurrent ingest is spared).</summary>
    private async Task DropStaleBuildsAsync(QdrantClient client, string current, DateTimeOffset started)
    {
        try
        {
            foreach (var name in await client.ListCollectionsAsync(CancellationToken.None).ConfigureAwait(false))
            {
                if (string.Equals(name, current, StringComparison.Ordinal) || _buildName.Match(name) is not { Success: true } match)
                {
                    continue;
                }

                if (DateTime.TryParseExact(match.Groups["stamp"].Value, TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var stamp)
                    && started - new DateTimeOffset(stamp, TimeSpan.Zero) > StaleBuildAge)
                {
                    await TryDropAsync(client, name).ConfigureAwait(false);
                }
            }
        }
        catch (QdrantException ex)
        {
            LogCleanupFailed(_logger, Alias + "_*", ex.Message);
        }
    }

    private static List<EncodedChunk> Deduplicate(IEnumerable<EncodedChunk> chunks)
    {
        var byId = new Dictionary<Guid, EncodedChunk>();
        var order = new List<Guid>();
        foreach (var chunk in chunks)
        {
            if (!byId.ContainsKey(chunk.Chunk.Id))
            {
                order.Add(chunk.Chunk.Id);
            }

            byId[chunk.Chunk.Id] = chunk;
        }

        return order.Select(id => byId[id]).ToList();
    }

    private List<SearchHit> Hits(IEnumerable<(JsonElement Id, JsonElement? Payload, double Score)> points)
    {
        var hits = new List<SearchHit>();
        foreach (var (id, payload, score) in points)
        {
            if (ChunkPayload.Read(id, payload) is { } chunk)
            {
                hits.Add(new SearchHit(chunk, score));
            }
            else
            {
                LogForeignPoint(_logger, id.ToString(), Alias);
            }
        }

        return hits;
    }

    private static SparseVectorWire Wire(SparseVector vector) => new(vector.Indices, vector.Values);

    [LoggerMessage(Level = LogLevel.Information, Message = "Building Qdrant collection {Collection}: {Chunks} chunks, dense size {DenseSize}")]
    private static partial void LogBuilding(ILogger logger, string collection, int chunks, int? denseSize);

    [LoggerMessage(Level = LogLevel.Information, Message = "Qdrant alias {Alias} now serves {Collection} (was {Previous})")]
    private static partial void LogSwitched(ILogger logger, string alias, string collection, string? previous);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A plain Qdrant collection is named {Alias}; replacing it by an alias of the same name")]
    private static partial void LogReplacingPlainCollection(ILogger logger, string alias);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not drop Qdrant collection {Collection}: {Error}")]
    private static partial void LogCleanupFailed(ILogger logger, string collection, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Qdrant collection or alias {Alias} does not exist: run ingest. Searching returns nothing until then")]
    private static partial void LogMissing(ILogger logger, string alias);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Query embedding has {QuerySize} dimensions but collection {Collection} stores {Size}; ranking by the sparse vector only")]
    private static partial void LogDenseMismatch(ILogger logger, int querySize, int size, string collection);

    [LoggerMessage(Level = LogLevel.Information, Message = "Qdrant {Version}: hybrid fusion {Mode}")]
    private static partial void LogFusion(ILogger logger, string version, string mode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipping point {Id} in {Alias}: its payload is not a KtdBot chunk")]
    private static partial void LogForeignPoint(ILogger logger, string id, string alias);

    private sealed record Target(string Name, bool IsAlias);

    private sealed record CollectionShape(string Name, int? DenseSize, DateTimeOffset Read);
}
