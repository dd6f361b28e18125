using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace KtdBot.Qdrant.Http;

/// <summary>
/// A small typed client over Qdrant's REST API (Query API only, Qdrant ≥ 1.10). Writes wait for the
/// server to apply them. Its HttpClient carries <see cref="QdrantResilience"/> (429/502/503/504, network errors and
/// timeouts retried with back-off); whatever still fails becomes a <see cref="QdrantException"/> carrying Qdrant's
/// own message. The api-key header is set by the HttpClient's configuration and never appears in a message or log.
/// </summary>
internal sealed partial class QdrantClient(HttpClient http, QdrantOptions options, TimeProvider time, ILogger<QdrantClient> logger)
{
    /// <summary>Name of the HttpClient registered for Qdrant.</summary>
    public const string HttpClientName = "KtdBot.Qdrant";

    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");

    /// <summary>GET / : the server's version.</summary>
    public async Task<VersionInfo> GetVersionAsync(CancellationToken cancellationToken) =>
        await SendAsync<VersionInfo>(HttpMethod.Get, string.Empty, null, enveloped: false, cancellationToken).ConfigureAwait(false);

    /// <summary>GET /readyz: true when every shard is ready. Never throws for an unreachable server.</summary>
    public async Task<bool> IsServerReadyAsync(CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("readyz", UriKind.Relative));
            request.Options.Set(QdrantResilience.NoRetry, true);
            using var response = await http.SendAsync(request, linked.Token).ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TimeoutRejectedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogNotReady(logger, ex.GetType().Name);
            return false;
        }
    }

    /// <summary>GET /collections.</summary>
    public async Task<IReadOnlyList<string>> ListCollectionsAsync(CancellationToken cancellationToken)
    {
        var list = await SendAsync<CollectionsList>(HttpMethod.Get, "collections", null, true, cancellationToken).ConfigureAwait(false);
        return list.Collections.Select(c => c.Name).ToList();
    }

    /// <summary>GET /collections/{name}/exists.</summary>
    public async Task<bool> CollectionExistsAsync(string collection, CancellationToken cancellationToken)
    {
        var result = await SendAsync<CollectionExistence>(HttpMethod.Get, $"{Collection(collection)}/exists", null, true, cancellationToken).ConfigureAwait(false);
        return result.Exists;
    }

    /// <summary>PUT /collections/{name}.</summary>
    public Task CreateCollectionAsync(string collection, CreateCollectionRequest request, CancellationToken cancellationToken) =>
        SendAsync<bool>(HttpMethod.Put, Collection(collection), request, true, cancellationToken);

    /// <summary>GET /collections/{name}.</summary>
    public Task<CollectionInfo> GetCollectionAsync(string collection, CancellationToken cancellationToken) =>
        SendAsync<CollectionInfo>(HttpMethod.Get, Collection(collection), null, true, cancellationToken);

    /// <summary>DELETE /collections/{name}; false when there was no such collection.</summary>
    public async Task<bool> DeleteCollectionAsync(string collection, CancellationToken cancellationToken)
    {
        try
        {
            return await SendAsync<bool>(HttpMethod.Delete, Collection(collection), null, true, cancellationToken).ConfigureAwait(false);
        }
        catch (QdrantException ex) when (ex.Kind == QdrantErrorKind.NotFound)
        {
            return false;
        }
    }

    /// <summary>PUT /collections/{name}/index?wait=true.</summary>
    public Task CreatePayloadIndexAsync(string collection, string field, string schemaType, CancellationToken cancellationToken) =>
        WriteAsync(HttpMethod.Put, $"{Collection(collection)}/index?wait=true", new CreateFieldIndex(field, schemaType), cancellationToken);

    /// <summary>PUT /collections/{name}/points?wait=true.</summary>
    public Task UpsertAsync(string collection, IReadOnlyList<PointStruct> points, CancellationToken cancellationToken) =>
        WriteAsync(HttpMethod.Put, $"{Collection(collection)}/points?wait=true", new PointsList(points), cancellationToken);

    /// <summary>POST /collections/{name}/points/delete?wait=true with a filter selector.</summary>
    public Task DeletePointsAsync(string collection, Filter filter, CancellationToken cancellationToken) =>
        WriteAsync(HttpMethod.Post, $"{Collection(collection)}/points/delete?wait=true", new FilterSelector(filter), cancellationToken);

    /// <summary>POST /collections/{name}/points/query.</summary>
    public async Task<IReadOnlyList<ScoredPoint>> QueryAsync(string collection, QueryRequest request, CancellationToken cancellationToken)
    {
        var response = await SendAsync<QueryResponse>(HttpMethod.Post, $"{Collection(collection)}/points/query", request, true, cancellationToken).ConfigureAwait(false);
        return response.Points;
    }

    /// <summary>POST /collections/{name}/points/query/batch.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<ScoredPoint>>> QueryBatchAsync(string collection, IReadOnlyList<QueryRequest> requests, CancellationToken cancellationToken)
    {
        var responses = await SendAsync<List<QueryResponse>>(HttpMethod.Post, $"{Collection(collection)}/points/query/batch", new QueryRequestBatch(requests), true, cancellationToken).ConfigureAwait(false);
        return responses.Select(r => r.Points).ToList();
    }

    /// <summary>POST /collections/{name}/points/scroll.</summary>
    public Task<ScrollResult> ScrollAsync(string collection, ScrollRequest request, CancellationToken cancellationToken) =>
        SendAsync<ScrollResult>(HttpMethod.Post, $"{Collection(collection)}/points/scroll", request, true, cancellationToken);

    /// <summary>POST /collections/{name}/points/count.</summary>
    public async Task<long> CountAsync(string collection, Filter? filter, bool exact, CancellationToken cancellationToken)
    {
        var result = await SendAsync<CountResult>(HttpMethod.Post, $"{Collection(collection)}/points/count", new CountRequest(filter, exact), true, cancellationToken).ConfigureAwait(false);
        return result.Count;
    }

    /// <summary>POST /collections/aliases: all actions are applied atomically.</summary>
    public Task UpdateAliasesAsync(IReadOnlyList<AliasAction> actions, CancellationToken cancellationToken) =>
        SendAsync<bool>(HttpMethod.Post, "collections/aliases", new ChangeAliases(actions), true, cancellationToken);

    /// <summary>GET /aliases.</summary>
    public async Task<IReadOnlyList<AliasDescription>> ListAliasesAsync(CancellationToken cancellationToken)
    {
        var result = await SendAsync<AliasesList>(HttpMethod.Get, "aliases", null, true, cancellationToken).ConfigureAwait(false);
        return result.Aliases;
    }

    private static string Collection(string name) => "collections/" + Uri.EscapeDataString(name);

    private async Task WriteAsync(HttpMethod method, string path, object body, CancellationToken cancellationToken)
    {
        var result = await SendAsync<UpdateResult>(method, path, body, true, cancellationToken).ConfigureAwait(false);
        if (string.Equals(result.Status, "wait_timeout", StringComparison.Ordinal))
        {
            throw new QdrantException(QdrantErrorKind.Timeout, Describe(method, path), HttpStatusCode.OK, null,
                $"Qdrant {Describe(method, path)}: the server did not apply the write within its wait timeout.");
        }
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, bool enveloped, CancellationToken cancellationToken)
    {
        var operation = Describe(method, path);
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            var payload = JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), QdrantJson.Options);
            request.Content = new ByteArrayContent(payload) { Headers = { ContentType = JsonMediaType } };
        }

        // The pipeline (QdrantResilience) has retried what can be retried; what comes out of it is the final outcome.
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var text = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? Parse<T>(text, enveloped, operation, response.StatusCode)
                : throw ToException(operation, response.StatusCode, text);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw new QdrantException(QdrantErrorKind.Unavailable, operation, null, null,
                $"Qdrant {operation}: cannot reach the server at {http.BaseAddress} after {Attempts} attempt(s): {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is TimeoutRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new QdrantException(QdrantErrorKind.Timeout, operation, null, null,
                $"Qdrant {operation}: no answer within {options.Timeout.TotalSeconds:0.###} s (Qdrant:Timeout) after {Attempts} attempt(s).", ex);
        }
    }

    private int Attempts => options.MaxRetries + 1;

    /// <summary>The body, within <see cref="QdrantOptions.Timeout"/>: the pipeline times the attempt up to the headers.</summary>
    private async Task<string> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        return await response.Content.ReadAsStringAsync(linked.Token).ConfigureAwait(false);
    }

    private static T Parse<T>(string text, bool enveloped, string operation, HttpStatusCode status)
    {
        try
        {
            if (!enveloped)
            {
                return JsonSerializer.Deserialize<T>(text, QdrantJson.Options) ?? throw new JsonException("empty body");
            }

            var envelope = JsonSerializer.Deserialize<Envelope<T>>(text, QdrantJson.Options) ?? throw new JsonException("empty body");
            return envelope.Result is { } result ? result : throw new JsonException("no result");
        }
        catch (JsonException ex)
        {
            throw new QdrantException(QdrantErrorKind.Unexpected, operation, status, null,
                $"Qdrant {operation}: unexpected response ({ex.Message}). Is Qdrant:Url a Qdrant ≥ 1.10 REST endpoint?", ex);
        }
    }

    private static QdrantException ToException(string operation, HttpStatusCode status, string body)
    {
        var serverError = ServerError(body);
        var code = (int)status;
        var (kind, hint) = code switch
        {
            401 or 403 => (QdrantErrorKind.Unauthorized, "check Qdrant:ApiKey"),
            404 => (QdrantErrorKind.NotFound, "run ingest to build the collection"),
            409 => (QdrantErrorKind.Conflict, "it already exists"),
            400 or 422 => (QdrantErrorKind.InvalidRequest, "the request was rejected"),
            429 => (QdrantErrorKind.RateLimited, "too many requests"),
            502 or 503 or 504 => (QdrantErrorKind.Unavailable, "the server is unavailable"),
            _ => (QdrantErrorKind.Unexpected, "unexpected status"),
        };
        var detail = string.IsNullOrWhiteSpace(serverError) ? string.Empty : $": {serverError}";
        return new QdrantException(kind, operation, status, serverError, $"Qdrant {operation} failed with {code} ({hint}){detail}");
    }

    /// <summary>Qdrant's <c>status.error</c>, or the plain-text body (401/403 answer in plain text).</summary>
    private static string? ServerError(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("status", out var status)
                && status.ValueKind == JsonValueKind.Object
                && status.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.String)
            {
                return error.GetString();
            }
        }
        catch (JsonException)
        {
            // Not JSON: a plain-text error.
        }

        var trimmed = body.Trim();
        return trimmed.Length > 500 ? trimmed[..500] + "…" : trimmed;
    }

    private static string Describe(HttpMethod method, string path)
    {
        var query = path.IndexOf('?', StringComparison.Ordinal);
        return $"{method.Method} /{(query < 0 ? path : path[..query])}";
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Qdrant readiness probe failed: {Error}")]
    private static partial void LogNotReady(ILogger logger, string error);
}
