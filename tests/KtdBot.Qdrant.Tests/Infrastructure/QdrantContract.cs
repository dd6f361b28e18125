using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using NJsonSchema;

namespace KtdBot.Qdrant.Tests.Infrastructure;

/// <summary>One REST operation the client uses, with the schema definitions Qdrant's OpenAPI spec gives it.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Template">Path template as in openapi.json.</param>
/// <param name="OperationId">openapi operationId.</param>
/// <param name="RequestDefinition">Definition the request body must satisfy, if it has a body.</param>
/// <param name="ResultDefinition">Definition of the envelope's <c>result</c> (or of the whole body when not enveloped); "boolean" for <c>true</c>/<c>false</c>; "[]Name" for an array.</param>
/// <param name="Enveloped">Whether the 200 body is Qdrant's <c>{"result", "status", "time"}</c> envelope.</param>
/// <param name="QueryParameters">Query parameters the spec allows.</param>
internal sealed record QdrantOperation(string Method, string Template, string OperationId, string? RequestDefinition, string? ResultDefinition, bool Enveloped, string[] QueryParameters)
{
    private readonly string[] _segments = Template.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Path parameters when <paramref name="path"/> fits the template, else null.</summary>
    public Dictionary<string, string>? Match(string method, string path)
    {
        if (!string.Equals(method, Method, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var parts = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != _segments.Length)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < parts.Length; i++)
        {
            if (_segments[i].StartsWith('{'))
            {
                values[_segments[i].Trim('{', '}')] = Uri.UnescapeDataString(parts[i]);
            }
            else if (!string.Equals(_segments[i], parts[i], StringComparison.Ordinal))
            {
                return null;
            }
        }

        return values;
    }
}

/// <summary>
/// Qdrant's published contract (../shared/qdrant): the strict JSON Schema every request body is validated
/// against, and the table of operations the client uses. Counts what was validated, for the final report.
/// </summary>
internal static class QdrantContract
{
    public const string SchemaEnvironmentVariable = "KTDBOT_QDRANT_SCHEMA";
    private const string SchemaRelativePath = "shared/qdrant/jsonschema-strict.json";
    private static readonly Lazy<JsonSchema?> LazySchema = new(Load);
    private static readonly ConcurrentQueue<string> ViolationQueue = new();
    private static readonly ConcurrentDictionary<string, int> ValidatedByOperation = new(StringComparer.Ordinal);
    private static int _requestBodies;
    private static int _responseBodies;

    /// <summary>Literal templates first, so <c>POST /collections/aliases</c> is not read as a collection name.</summary>
    public static IReadOnlyList<QdrantOperation> Operations { get; } =
    [
        new("GET", "/", "root", null, "VersionInfo", false, []),
        new("GET", "/readyz", "readyz", null, null, false, []),
        new("GET", "/aliases", "get_collections_aliases", null, "CollectionsAliasesResponse", true, []),
        new("GET", "/collections", "get_collections", null, "CollectionsResponse", true, []),
        new("POST", "/collections/aliases", "update_aliases", "ChangeAliasesOperation", "boolean", true, ["timeout"]),
        new("GET", "/collections/{collection_name}/exists", "collection_exists", null, "CollectionExistence", true, []),
        new("PUT", "/collections/{collection_name}", "create_collection", "CreateCollection", "boolean", true, ["timeout"]),
        new("GET", "/collections/{collection_name}", "get_collection", null, "CollectionInfo", true, []),
        new("DELETE", "/collections/{collection_name}", "delete_collection", null, "boolean", true, ["timeout"]),
        new("PUT", "/collections/{collection_name}/index", "create_field_index", "CreateFieldIndex", "UpdateResult", true, ["wait", "ordering", "timeout"]),
        new("PUT", "/collections/{collection_name}/points", "upsert_points", "PointInsertOperations", "UpdateResult", true, ["wait", "ordering", "timeout"]),
        new("POST", "/collections/{collection_name}/points/delete", "delete_points", "PointsSelector", "UpdateResult", true, ["wait", "ordering", "timeout"]),
        new("POST", "/collections/{collection_name}/points/scroll", "scroll_points", "ScrollRequest", "ScrollResult", true, ["consistency", "timeout"]),
        new("POST", "/collections/{collection_name}/points/count", "count_points", "CountRequest", "CountResult", true, ["consistency", "timeout"]),
        new("POST", "/collections/{collection_name}/points/query/batch", "query_batch_points", "QueryRequestBatch", "[]QueryResponse", true, ["consistency", "timeout"]),
        new("POST", "/collections/{collection_name}/points/query", "query_points", "QueryRequest", "QueryResponse", true, ["consistency", "timeout"]),
    ];

    /// <summary>Path of jsonschema-strict.json, or null when it is not on this machine.</summary>
    public static string? SchemaPath { get; } = Locate();

    /// <summary>openapi.json beside the schema, when present.</summary>
    public static string? OpenApiPath => SchemaPath is { } path && File.Exists(Path.Combine(Path.GetDirectoryName(path)!, "openapi.json"))
        ? Path.Combine(Path.GetDirectoryName(path)!, "openapi.json")
        : null;

    public static string SkipReason =>
        $"Qdrant's contract schema was not found: put {SchemaRelativePath} in a folder above the test assembly or set {SchemaEnvironmentVariable} to the file.";

    public static bool Available => SchemaPath is not null;

    public static JsonSchema? Schema => LazySchema.Value;

    public static int RequestBodiesValidated => Volatile.Read(ref _requestBodies);

    public static int ResponseBodiesValidated => Volatile.Read(ref _responseBodies);

    public static IReadOnlyCollection<string> Violations => ViolationQueue.ToArray();

    public static IReadOnlyDictionary<string, int> ByOperation => ValidatedByOperation;

    public static (QdrantOperation Operation, Dictionary<string, string> PathValues)? Find(string method, string path)
    {
        foreach (var operation in Operations)
        {
            if (operation.Match(method, path) is { } values)
            {
                return (operation, values);
            }
        }

        return null;
    }

    /// <summary>Validates a request body; returns the errors (none when valid or when the schema is absent).</summary>
    public static IReadOnlyList<string> ValidateRequest(QdrantOperation operation, string? body)
    {
        if (Schema is null)
        {
            return [];
        }

        IReadOnlyList<string> errors = operation.RequestDefinition is null
            ? string.IsNullOrEmpty(body) ? [] : [$"{operation.OperationId} takes no body"]
            : body is null ? [$"{operation.OperationId} needs a {operation.RequestDefinition} body"] : Validate(operation.RequestDefinition, body);
        if (operation.RequestDefinition is not null)
        {
            Interlocked.Increment(ref _requestBodies);
            ValidatedByOperation.AddOrUpdate(operation.OperationId, 1, (_, n) => n + 1);
        }

        Record(operation, "request", errors);
        return errors;
    }

    /// <summary>Validates a 200 body (the fake's answers must conform too).</summary>
    public static IReadOnlyList<string> ValidateResponse(QdrantOperation operation, string body)
    {
        if (Schema is null || operation.ResultDefinition is null)
        {
            return [];
        }

        var errors = new List<string>();
        using var document = JsonDocument.Parse(body);
        var result = document.RootElement;
        if (operation.Enveloped)
        {
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name is not ("result" or "status" or "time" or "usage"))
                {
                    errors.Add($"unexpected envelope member '{property.Name}'");
                }
            }

            if (!document.RootElement.TryGetProperty("result", out result))
            {
                errors.Add("no result");
            }
        }

        if (errors.Count == 0)
        {
            errors.AddRange(ValidateValue(operation.ResultDefinition, result));
        }

        Interlocked.Increment(ref _responseBodies);
        Record(operation, "response", errors);
        return errors;
    }

    /// <summary>Validates JSON against one definition of the strict schema.</summary>
    public static IReadOnlyList<string> Validate(string definition, string json)
    {
        using var document = JsonDocument.Parse(json);
        return ValidateValue(definition, document.RootElement);
    }

    private static List<string> ValidateValue(string definition, JsonElement value)
    {
        if (definition == "boolean")
        {
            return value.ValueKind is JsonValueKind.True or JsonValueKind.False ? [] : [$"expected a boolean, got {value.ValueKind}"];
        }

        if (definition.StartsWith("[]", StringComparison.Ordinal))
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                return [$"expected an array, got {value.ValueKind}"];
            }

            return value.EnumerateArray().SelectMany((item, i) => ValidateValue(definition[2..], item).Select(e => $"[{i}] {e}")).ToList();
        }

        var schema = Schema ?? throw new InvalidOperationException(SkipReason);
        if (!schema.Definitions.TryGetValue(definition, out var target))
        {
            return [$"the schema has no definition '{definition}'"];
        }

        return target.Validate(value.GetRawText()).Select(e => $"{definition}: {e.Kind} at '{e.Path}' (property {e.Property})").ToList();
    }

    private static void Record(QdrantOperation operation, string what, IReadOnlyList<string> errors)
    {
        foreach (var error in errors)
        {
            ViolationQueue.Enqueue($"{operation.Method} {operation.Template} {what}: {error}");
        }
    }

    private static JsonSchema? Load() =>
        SchemaPath is null ? null : JsonSchema.FromFileAsync(SchemaPath).GetAwaiter().GetResult();

    private static string? Locate()
    {
        if (Environment.GetEnvironmentVariable(SchemaEnvironmentVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        // The test assembly folder first (CI builds beside the sources), then the test project's own folder
        // (builds with --artifacts-path put the assembly elsewhere).
        var starts = new List<string> { AppContext.BaseDirectory };
        if (typeof(QdrantContract).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => a.Key == "KtdBotTestProjectDirectory")?.Value is { Length: > 0 } projectDirectory)
        {
            starts.Add(projectDirectory);
        }

        foreach (var start in starts)
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, SchemaRelativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}

/// <summary>A fact that needs Qdrant's contract schema: skipped, with the reason shown, when it is absent.</summary>
internal sealed class ContractFactAttribute : FactAttribute
{
    public ContractFactAttribute()
    {
        if (!QdrantContract.Available)
        {
            Skip = QdrantContract.SkipReason;
        }
    }
}

/// <summary>A theory that needs Qdrant's contract schema: skipped, with the reason shown, when it is absent.</summary>
internal sealed class ContractTheoryAttribute : TheoryAttribute
{
    public ContractTheoryAttribute()
    {
        if (!QdrantContract.Available)
        {
            Skip = QdrantContract.SkipReason;
        }
    }
}
