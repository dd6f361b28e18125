using System.ComponentModel.DataAnnotations;

namespace KtdBot.Qdrant;

/// <summary>How hybrid (sparse + dense) results are fused.</summary>
public enum QdrantFusion
{
    /// <summary>Ask the server its version: <see cref="Server"/> on Qdrant 1.16 or later, <see cref="Client"/> before.</summary>
    Auto,

    /// <summary>One Query API call with two prefetches and the parametrised <c>rrf</c> query (Qdrant ≥ 1.16).</summary>
    Server,

    /// <summary>One batch Query API call (Qdrant ≥ 1.10) and reciprocal rank fusion in process.</summary>
    Client,
}

/// <summary>
/// The <c>Qdrant</c> configuration section, used when <c>Store:Provider</c> is <c>Qdrant</c>.
/// </summary>
public sealed class QdrantOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Qdrant";

    /// <summary>REST endpoint, e.g. <c>http://qdrant:6333</c>. A path prefix (behind a reverse proxy) is kept.</summary>
    [Required]
    [Url]
    public string Url { get; set; } = string.Empty;

    /// <summary>Value of the <c>api-key</c> header; empty for a local server without authentication. Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// The alias readers query. Each ingest builds the collection <c>&lt;Collection&gt;_&lt;UTC timestamp&gt;</c>
    /// and moves this alias to it.
    /// </summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9_-]{1,100}$", ErrorMessage = "Qdrant:Collection must be 1-100 letters, digits, '_' or '-'.")]
    public string Collection { get; set; } = "ktdbot";

    /// <summary>Time allowed for one HTTP attempt (retries get their own).</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "01:00:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Size of the dense vector (the embedding model's dimension). Unset: taken from the first chunk that
    /// carries an embedding; no embedding at all means a sparse-only collection.
    /// </summary>
    [Range(1, 65536)]
    public int? VectorSize { get; set; }

    /// <summary>Points per upsert request.</summary>
    [Range(1, 10000)]
    public int BatchSize { get; set; } = 128;

    /// <summary>Retries after a 429, 502, 503, 504, a network error or a timeout.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>First retry delay; doubles on each retry (with jitter). A <c>Retry-After</c> header wins.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Shards of a new collection (distributed mode); unset = the server's default.</summary>
    [Range(1, 1024)]
    public int? ShardNumber { get; set; }

    /// <summary>Copies of each shard (distributed mode); unset = the server's default (1).</summary>
    [Range(1, 16)]
    public int? ReplicationFactor { get; set; }

    /// <summary>Replicas that must acknowledge a write; unset = the server's default (1).</summary>
    [Range(1, 16)]
    public int? WriteConsistencyFactor { get; set; }

    /// <summary>Where hybrid fusion happens; both rank exactly like the embedded store.</summary>
    public QdrantFusion Fusion { get; set; } = QdrantFusion.Auto;
}
