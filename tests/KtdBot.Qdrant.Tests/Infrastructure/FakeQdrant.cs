using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KtdBot.Qdrant.Tests.Infrastructure;

/// <summary>An answer from the fake.</summary>
internal sealed record FakeResponse(int Status, string Body, string ContentType = "application/json");

/// <summary>A request the fake received.</summary>
internal sealed record RecordedRequest(string Method, string Path, string Query, string? Body, string? ApiKey, string? OperationId);

/// <summary>
/// An in-process stand-in for the Qdrant REST endpoints the client uses, written from Qdrant's documented
/// behaviour, not from the embedded store's code: BM25 sparse scoring with the <c>idf</c> modifier
/// (ln(1 + (N − n + 0.5)/(n + 0.5)), N = points in the collection), cosine dense scoring on normalised vectors,
/// RRF as Qdrant computes it (1/(position + k), zero-based positions, k = 2 unless the query gives one),
/// keyword filters, scroll, count, atomic alias changes. Every request body is validated against the strict
/// schema (a 422 like Qdrant's when it does not conform) and every 200 body it sends is validated too.
/// </summary>
internal sealed class FakeQdrant
{
    private const int DefaultRrfK = 2;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Collection> _collections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private long _sequence;
    private long _operationId;

    /// <summary>When set, requests must carry this <c>api-key</c>.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Reported by <c>GET /</c>.</summary>
    public string Version { get; set; } = "1.19.0";

    /// <summary>Lets a test replace the answer to a request (return null to let it through).</summary>
    public Func<RecordedRequest, FakeResponse?>? Intercept { get; set; }

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public IReadOnlyCollection<string> CollectionNames
    {
        get
        {
            lock (_gate)
            {
                return _collections.Keys.ToArray();
            }
        }
    }

    public IReadOnlyDictionary<string, string> Aliases
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, string>(_aliases);
            }
        }
    }

    /// <summary>Payload indexes of a collection (field → type).</summary>
    public IReadOnlyDictionary<string, string> IndexesOf(string collection)
    {
        lock (_gate)
        {
            return new Dictionary<string, string>(_collections[collection].Indexes);
        }
    }

    public FakeResponse Handle(string method, string path, string query, string? body, string? apiKey)
    {
        var found = QdrantContract.Find(method, path);
        var recorded = new RecordedRequest(method, path, query, body, apiKey, found?.Operation.OperationId);
        _requests.Enqueue(recorded);
        if (found is not { } match)
        {
            return Text(404, $"fake Qdrant: no operation {method} {path} in the contract table");
        }

        var (operation, pathValues) = match;
        if (operation.OperationId != "readyz" && ApiKey is not null && !string.Equals(apiKey, ApiKey, StringComparison.Ordinal))
        {
            return Text(401, apiKey is null ? "Must provide an API key or an Authorization bearer token" : "Invalid API key or JWT");
        }

        var queryErrors = CheckQuery(operation, query);
        var schemaErrors = QdrantContract.ValidateRequest(operation, body);
        if (queryErrors.Count + schemaErrors.Count > 0)
        {
            return Error(422, "Json deserialize error: " + string.Join("; ", queryErrors.Concat(schemaErrors)));
        }

        if (Intercept?.Invoke(recorded) is { } replaced)
        {
            return replaced;
        }

        FakeResponse response;
        try
        {
            var json = string.IsNullOrEmpty(body) ? null : JsonNode.Parse(body);
            lock (_gate)
            {
                response = Dispatch(operation.OperationId, pathValues, json);
            }
        }
        catch (FakeError error)
        {
            return Error(error.Status, error.Message);
        }

        if (response.Status == 200 && response.ContentType == "application/json")
        {
            var errors = QdrantContract.ValidateResponse(operation, response.Body);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"The fake's own answer to {operation.OperationId} breaks the spec: {string.Join("; ", errors)}");
            }
        }

        return response;
    }

    private static List<string> CheckQuery(QdrantOperation operation, string query)
    {
        var errors = new List<string>();
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (!operation.QueryParameters.Contains(parts[0]))
            {
                errors.Add($"unknown query parameter '{parts[0]}'");
            }
            else if (parts[0] == "wait" && parts.ElementAtOrDefault(1) is not ("true" or "false"))
            {
                errors.Add("wait must be true or false");
            }
        }

        return errors;
    }

    private FakeResponse Dispatch(string operationId, Dictionary<string, string> path, JsonNode? body) => operationId switch
    {
        "root" => Json(new JsonObject { ["title"] = "qdrant - vector search engine", ["version"] = Version, ["commit"] = "fake" }),
        "readyz" => Text(200, "all shards are ready"),
        "get_collections" => Ok(new JsonObject { ["collections"] = new JsonArray(_collections.Keys.Order(StringComparer.Ordinal).Select(n => (JsonNode)new JsonObject { ["name"] = n }).ToArray()) }),
        "get_collections_aliases" => Ok(new JsonObject { ["aliases"] = new JsonArray(_aliases.Select(a => (JsonNode)new JsonObject { ["alias_name"] = a.Key, ["collection_name"] = a.Value }).ToArray()) }),
        "collection_exists" => Ok(new JsonObject { ["exists"] = _collections.ContainsKey(path["collection_name"]) }),
        "create_collection" => CreateCollection(path["collection_name"], body!),
        "get_collection" => Ok(Resolve(path["collection_name"]).Info()),
        "delete_collection" => DeleteCollection(path["collection_name"]),
        "create_field_index" => CreateIndex(Resolve(path["collection_name"]), body!),
        "upsert_points" => Upsert(Resolve(path["collection_name"]), body!),
        "delete_points" => DeletePoints(Resolve(path["collection_name"]), body!),
        "scroll_points" => Scroll(Resolve(path["collection_name"]), body!),
        "count_points" => Ok(new JsonObject { ["count"] = Resolve(path["collection_name"]).Points.Values.Count(p => Matches(p, body?["filter"])) }),
        "query_points" => Ok(QueryResult(Resolve(path["collection_name"]), body!)),
        "query_batch_points" => Ok(new JsonArray(body!["searches"]!.AsArray().Select(q => (JsonNode)QueryResult(Resolve(path["collection_name"]), q!)).ToArray())),
        "update_aliases" => UpdateAliases(body!),
        _ => throw new FakeError(404, $"fake Qdrant does not implement {operationId}"),
    };

    private Collection Resolve(string name)
    {
        var real = _aliases.TryGetValue(name, out var target) ? target : name;
        return _collections.TryGetValue(real, out var collection) ? collection : throw new FakeError(404, $"Not found: Collection `{name}` doesn't exist!");
    }

    private FakeResponse CreateCollection(string name, JsonNode body)
    {
        if (_collections.ContainsKey(name) || _aliases.ContainsKey(name))
        {
            throw new FakeError(409, $"Wrong input: Collection `{name}` already exists!");
        }

        var dense = new Dictionary<string, int>(StringComparer.Ordinal);
        if (body["vectors"] is JsonObject vectors)
        {
            if (vectors.ContainsKey("size"))
            {
                throw new FakeError(400, "fake Qdrant: only named vectors are supported");
            }

            foreach (var (vectorName, config) in vectors)
            {
                if ((string?)config!["distance"] != "Cosine")
                {
                    throw new FakeError(400, "fake Qdrant: only Cosine distance is supported");
                }

                dense[vectorName] = (int)config["size"]!;
            }
        }

        var sparse = new Dictionary<string, bool>(StringComparer.Ordinal);
        if (body["sparse_vectors"] is JsonObject sparseVectors)
        {
            foreach (var (vectorName, config) in sparseVectors)
            {
                sparse[vectorName] = (string?)config?["modifier"] == "idf";
            }
        }

        _collections[name] = new Collection(name, dense, sparse)
        {
            ShardNumber = (int?)body["shard_number"] ?? 1,
            ReplicationFactor = (int?)body["replication_factor"] ?? 1,
        };
        return Ok(true);
    }

    private FakeResponse DeleteCollection(string name)
    {
        if (!_collections.Remove(name))
        {
            return Ok(false);
        }

        foreach (var alias in _aliases.Where(a => a.Value == name).Select(a => a.Key).ToList())
        {
            _aliases.Remove(alias);
        }

        return Ok(true);
    }

    private FakeResponse CreateIndex(Collection collection, JsonNode body)
    {
        collection.Indexes[(string)body["field_name"]!] = (string?)body["field_schema"] ?? "keyword";
        return Updated();
    }

    private FakeResponse Upsert(Collection collection, JsonNode body)
    {
        var points = body["points"]?.AsArray() ?? throw new FakeError(400, "fake Qdrant: only the points-list form is supported");
        var parsed = new List<Point>(points.Count);
        foreach (var node in points)
        {
            var id = node!["id"]!.GetValue<JsonElement>().ToString();
            var point = new Point(id, collection.Points.TryGetValue(id, out var existing) ? existing.Sequence : Interlocked.Increment(ref _sequence));
            if (node["vector"] is not JsonObject vectors)
            {
                throw new FakeError(400, "fake Qdrant: only named vectors are supported");
            }

            foreach (var (vectorName, value) in vectors)
            {
                if (collection.Dense.TryGetValue(vectorName, out var size))
                {
                    var vector = value!.AsArray().Select(v => (double)v!).ToArray();
                    if (vector.Length != size)
                    {
                        throw new FakeError(400, $"Wrong input: Vector dimension error: expected dim: {size}, got {vector.Length}");
                    }

                    point.Dense[vectorName] = Normalized(vector);
                }
                else if (collection.Sparse.ContainsKey(vectorName))
                {
                    var indices = value!["indices"]!.AsArray().Select(i => (uint)i!).ToArray();
                    var values = value["values"]!.AsArray().Select(v => (double)v!).ToArray();
                    if (indices.Length != values.Length || indices.Distinct().Count() != indices.Length)
                    {
                        throw new FakeError(400, "Wrong input: sparse vector indices and values must be unique and of equal length");
                    }

                    point.Sparse[vectorName] = indices.Zip(values).ToDictionary(p => p.First, p => p.Second);
                }
                else
                {
                    throw new FakeError(400, $"Wrong input: Not existing vector name error: {vectorName}");
                }
            }

            point.Payload = node["payload"]?.DeepClone() as JsonObject ?? [];
            parsed.Add(point);
        }

        foreach (var point in parsed)
        {
            collection.Points[point.Id] = point;
        }

        return Updated();
    }

    private FakeResponse DeletePoints(Collection collection, JsonNode body)
    {
        var filter = body["filter"] ?? throw new FakeError(400, "fake Qdrant: only filter selectors are supported");
        foreach (var id in collection.Points.Values.Where(p => Matches(p, filter)).Select(p => p.Id).ToList())
        {
            collection.Points.Remove(id);
        }

        return Updated();
    }

    private static FakeResponse Scroll(Collection collection, JsonNode body)
    {
        var limit = (int?)body["limit"] ?? 10;
        var offset = body["offset"]?.GetValue<JsonElement>().ToString();
        var ordered = collection.Points.Values.Where(p => Matches(p, body["filter"])).OrderBy(p => p.Id, StringComparer.Ordinal)
            .SkipWhile(p => offset is not null && string.CompareOrdinal(p.Id, offset) < 0).Take(limit + 1).ToList();
        var withPayload = body["with_payload"]?.GetValue<bool>() ?? true;
        var page = new JsonArray(ordered.Take(limit).Select(p => (JsonNode)PointJson(p, null, withPayload)).ToArray());
        return Ok(new JsonObject { ["points"] = page, ["next_page_offset"] = ordered.Count > limit ? ordered[limit].Id : null });
    }

    private FakeResponse UpdateAliases(JsonNode body)
    {
        var aliases = new Dictionary<string, string>(_aliases, StringComparer.Ordinal);
        foreach (var action in body["actions"]!.AsArray())
        {
            if (action!["create_alias"] is { } create)
            {
                var alias = (string)create["alias_name"]!;
                var target = (string)create["collection_name"]!;
                if (!_collections.ContainsKey(target))
                {
                    throw new FakeError(404, $"Not found: Collection `{target}` doesn't exist!");
                }

                if (_collections.ContainsKey(alias))
                {
                    throw new FakeError(409, $"Wrong input: Collection `{alias}` already exists!");
                }

                aliases[alias] = target;
            }
            else if (action["delete_alias"] is { } delete)
            {
                if (!aliases.Remove((string)delete["alias_name"]!))
                {
                    throw new FakeError(404, $"Not found: Alias {(string)delete["alias_name"]!} does not exists!");
                }
            }
            else
            {
                throw new FakeError(400, "fake Qdrant: unsupported alias action");
            }
        }

        // All or nothing, as Qdrant applies one request's actions atomically.
        _aliases.Clear();
        foreach (var (alias, target) in aliases)
        {
            _aliases[alias] = target;
        }

        return Ok(true);
    }

    private static JsonObject QueryResult(Collection collection, JsonNode request)
    {
        var limit = (int?)request["limit"] ?? 10;
        var withPayload = request["with_payload"]?.GetValue<bool>() ?? false;
        var ranked = Rank(collection, request, request["filter"], limit);
        return new JsonObject { ["points"] = new JsonArray(ranked.Select(r => (JsonNode)PointJson(r.Point, r.Score, withPayload)).ToArray()) };
    }

    private static List<(Point Point, double Score)> Rank(Collection collection, JsonNode request, JsonNode? outerFilter, int limit)
    {
        if (request["prefetch"] is { } prefetchNode)
        {
            var prefetches = prefetchNode is JsonArray array ? array.Select(p => p!).ToList() : [prefetchNode];
            var sources = prefetches.Select(p => Rank(collection, p, CombineFilters(outerFilter, p["filter"]), (int?)p["limit"] ?? 10)).ToList();
            var query = request["query"];
            int k;
            if (query?["rrf"] is { } rrf)
            {
                k = (int?)rrf["k"] ?? DefaultRrfK;
            }
            else if ((string?)query?["fusion"] == "rrf")
            {
                k = DefaultRrfK;
            }
            else
            {
                throw new FakeError(400, "fake Qdrant: only RRF fusion over prefetches is supported");
            }

            var scores = new Dictionary<string, (Point Point, double Score, int First)>(StringComparer.Ordinal);
            var order = 0;
            foreach (var source in sources)
            {
                for (var position = 0; position < source.Count; position++)
                {
                    var point = source[position].Point;
                    var add = 1.0 / (position + k);
                    scores[point.Id] = scores.TryGetValue(point.Id, out var known) ? (point, known.Score + add, known.First) : (point, add, order++);
                }
            }

            return scores.Values.OrderByDescending(s => s.Score).ThenBy(s => s.First).Take(limit).Select(s => (s.Point, s.Score)).ToList();
        }

        var vectorName = (string?)request["using"];
        var queryVector = request["query"] is JsonObject { } nearest && nearest.ContainsKey("nearest") ? nearest["nearest"] : request["query"];
        var candidates = collection.Points.Values.Where(p => Matches(p, CombineFilters(outerFilter, request["filter"])));
        IEnumerable<(Point Point, double Score)> scored;
        if (queryVector is JsonArray dense)
        {
            var name = vectorName ?? throw new FakeError(400, "fake Qdrant: name the dense vector with 'using'");
            if (!collection.Dense.TryGetValue(name, out var size))
            {
                throw new FakeError(400, $"Wrong input: Not existing vector name error: {name}");
            }

            var query = dense.Select(v => (double)v!).ToArray();
            if (query.Length != size)
            {
                throw new FakeError(400, $"Wrong input: Vector dimension error: expected dim: {size}, got {query.Length}");
            }

            var normalized = Normalized(query);
            scored = candidates.Where(p => p.Dense.ContainsKey(name)).Select(p => (p, (double)Dot(p.Dense[name], normalized)));
        }
        else if (queryVector is JsonObject sparse && sparse.ContainsKey("indices"))
        {
            var name = vectorName ?? throw new FakeError(400, "fake Qdrant: name the sparse vector with 'using'");
            if (!collection.Sparse.TryGetValue(name, out var idf))
            {
                throw new FakeError(400, $"Wrong input: Not existing vector name error: {name}");
            }

            var indices = sparse["indices"]!.AsArray().Select(i => (uint)i!).ToArray();
            var values = sparse["values"]!.AsArray().Select(v => (double)v!).ToArray();
            // Single precision, term by term, as Qdrant scores.
            var total = collection.Points.Count;
            var weights = new List<(uint Index, float Weight)>();
            for (var i = 0; i < indices.Length; i++)
            {
                var frequency = collection.Points.Values.Count(p => p.Sparse.TryGetValue(name, out var v) && v.ContainsKey(indices[i]));
                var inverse = idf ? (float)Math.Log(1 + ((total - frequency + 0.5) / (frequency + 0.5))) : 1f;
                weights.Add((indices[i], inverse * (float)values[i]));
            }

            scored = candidates
                .Where(p => p.Sparse.TryGetValue(name, out var v) && weights.Any(w => v.ContainsKey(w.Index)))
                .Select(p =>
                {
                    var score = 0f;
                    foreach (var (index, weight) in weights)
                    {
                        if (p.Sparse[name].TryGetValue(index, out var d))
                        {
                            score += weight * (float)d;
                        }
                    }

                    return (p, (double)score);
                });
        }
        else
        {
            throw new FakeError(400, "fake Qdrant: unsupported query");
        }

        return scored.OrderByDescending(s => s.Item2).ThenBy(s => s.Item1.Sequence).Take(limit).ToList();
    }

    private static JsonNode? CombineFilters(JsonNode? first, JsonNode? second) =>
        first is null ? second : second is null ? first : new JsonObject { ["must"] = new JsonArray(first.DeepClone(), second.DeepClone()) };

    private static bool Matches(Point point, JsonNode? filter)
    {
        if (filter is null)
        {
            return true;
        }

        static IEnumerable<JsonNode> Conditions(JsonNode? node) => node switch
        {
            null => [],
            JsonArray array => array.Select(c => c!),
            _ => [node],
        };

        return Conditions(filter["must"]).All(c => Condition(point, c))
            && !Conditions(filter["must_not"]).Any(c => Condition(point, c))
            && (filter["should"] is null || Conditions(filter["should"]).Any(c => Condition(point, c)));
    }

    private static bool Condition(Point point, JsonNode condition)
    {
        if (condition["key"] is null)
        {
            return Matches(point, condition); // a nested filter
        }

        var value = point.Payload[(string)condition["key"]!];
        var values = value switch
        {
            null => [],
            JsonArray array => array.Select(v => v?.ToJsonString() ?? "null").ToList(),
            _ => [value.ToJsonString()],
        };
        var match = condition["match"] ?? throw new FakeError(400, "fake Qdrant: only match conditions are supported");
        if (match["value"] is { } single)
        {
            return values.Contains(single.ToJsonString());
        }

        if (match["any"] is JsonArray any)
        {
            return any.Any(a => values.Contains(a!.ToJsonString()));
        }

        throw new FakeError(400, "fake Qdrant: only match value/any are supported");
    }

    private static JsonObject PointJson(Point point, double? score, bool withPayload)
    {
        var json = new JsonObject { ["id"] = point.Id };
        if (score is { } s)
        {
            json["version"] = 1;
            json["score"] = s;
        }

        if (withPayload)
        {
            json["payload"] = point.Payload.DeepClone();
        }

        return json;
    }

    private FakeResponse Updated() =>
        Ok(new JsonObject { ["operation_id"] = Interlocked.Increment(ref _operationId), ["status"] = "completed" });

    // Qdrant normalises cosine vectors on the way in and scores in single precision.
    private static float[] Normalized(double[] vector)
    {
        var single = vector.Select(v => (float)v).ToArray();
        var norm = MathF.Sqrt(single.Sum(v => v * v));
        return norm > 0 ? single.Select(v => v / norm).ToArray() : single;
    }

    private static float Dot(float[] a, float[] b)
    {
        var sum = 0f;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static FakeResponse Ok(JsonNode result) =>
        Json(new JsonObject { ["result"] = result, ["status"] = "ok", ["time"] = 0.0001 });

    private static FakeResponse Ok(bool result) =>
        Json(new JsonObject { ["result"] = result, ["status"] = "ok", ["time"] = 0.0001 });

    private static FakeResponse Json(JsonNode node) => new(200, node.ToJsonString());

    private static FakeResponse Text(int status, string text) => new(status, text, "text/plain");

    public static FakeResponse Error(int status, string message) =>
        new(status, new JsonObject { ["status"] = new JsonObject { ["error"] = message }, ["time"] = 0.0 }.ToJsonString());

    private sealed class Collection(string name, Dictionary<string, int> dense, Dictionary<string, bool> sparse)
    {
        public string Name { get; } = name;

        public Dictionary<string, int> Dense { get; } = dense;

        public Dictionary<string, bool> Sparse { get; } = sparse;

        public Dictionary<string, string> Indexes { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Point> Points { get; } = new(StringComparer.Ordinal);

        public int ShardNumber { get; init; }

        public int ReplicationFactor { get; init; }

        public JsonObject Info() => new()
        {
            ["status"] = "green",
            ["optimizer_status"] = "ok",
            ["indexed_vectors_count"] = 0,
            ["points_count"] = Points.Count,
            ["segments_count"] = 1,
            ["config"] = new JsonObject
            {
                ["params"] = new JsonObject
                {
                    ["vectors"] = new JsonObject(Dense.Select(d => KeyValuePair.Create(d.Key, (JsonNode?)new JsonObject { ["size"] = d.Value, ["distance"] = "Cosine" }))),
                    ["shard_number"] = ShardNumber,
                    ["replication_factor"] = ReplicationFactor,
                    ["write_consistency_factor"] = 1,
                    ["on_disk_payload"] = true,
                    ["sparse_vectors"] = new JsonObject(Sparse.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)(s.Value ? new JsonObject { ["modifier"] = "idf" } : new JsonObject())))),
                },
                ["hnsw_config"] = new JsonObject { ["m"] = 16, ["ef_construct"] = 100, ["full_scan_threshold"] = 10000, ["max_indexing_threads"] = 0, ["on_disk"] = false },
                ["optimizer_config"] = new JsonObject { ["deleted_threshold"] = 0.2, ["vacuum_min_vector_number"] = 1000, ["default_segment_number"] = 0, ["flush_interval_sec"] = 5 },
                ["wal_config"] = new JsonObject { ["wal_capacity_mb"] = 32, ["wal_segments_ahead"] = 0 },
            },
            ["payload_schema"] = new JsonObject(Indexes.Select(i => KeyValuePair.Create(i.Key, (JsonNode?)new JsonObject { ["data_type"] = i.Value, ["points"] = Points.Count }))),
        };
    }

    private sealed class Point(string id, long sequence)
    {
        public string Id { get; } = id;

        public long Sequence { get; } = sequence;

        public Dictionary<string, float[]> Dense { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Dictionary<uint, double>> Sparse { get; } = new(StringComparer.Ordinal);

        public JsonObject Payload { get; set; } = [];
    }

    private sealed class FakeError(int status, string message) : Exception(message)
    {
        public int Status { get; } = status;
    }
}
