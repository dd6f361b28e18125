using System.Globalization;
using System.Text.Json;
using KtdBot.Ingestion;
using KtdBot.Qdrant.Http;
using KtdBot.Search;
using KtdBot.Text;

namespace KtdBot.Qdrant;

/// <summary>
/// The payload of one point: everything needed to rebuild the <see cref="KnowledgeChunk"/>, plus the
/// filter fields in the shape Qdrant's keyword index matches (folded province, lists as arrays).
/// </summary>
internal sealed class ChunkPayload
{
    /// <summary>Payload fields that get a keyword index.</summary>
    public static readonly string[] IndexedFields = ["document_id", "kind", "province_folded", "blocs", "years"];

    public string DocumentId { get; init; } = string.Empty;

    public int Ordinal { get; init; }

    public string Title { get; init; } = string.Empty;

    public string Heading { get; init; } = string.Empty;

    public string Text { get; init; } = string.Empty;

    public SourcePayload Source { get; init; } = new();

    public Dictionary<string, string> Metadata { get; init; } = [];

    /// <summary>Copy of metadata <c>kind</c>, matched exactly.</summary>
    public string? Kind { get; init; }

    /// <summary>The province without diacritics or case; empty when the chunk has none (as the embedded filter compares).</summary>
    public string ProvinceFolded { get; init; } = string.Empty;

    /// <summary>Bloc ids, trimmed and lower-cased.</summary>
    public string[] Blocs { get; init; } = [];

    /// <summary>Years, as trimmed strings.</summary>
    public string[] Years { get; init; } = [];

    public static ChunkPayload From(KnowledgeChunk chunk) => new()
    {
        DocumentId = chunk.DocumentId,
        Ordinal = chunk.Ordinal,
        Title = chunk.Title,
        Heading = chunk.Heading,
        Text = chunk.Text,
        Source = new SourcePayload
        {
            Publication = chunk.Source.Publication,
            Date = chunk.Source.Date,
            Title = chunk.Source.Title,
            Author = chunk.Source.Author,
            Location = chunk.Source.Location,
        },
        Metadata = new Dictionary<string, string>(chunk.Metadata, StringComparer.Ordinal),
        Kind = chunk.Meta(MetadataKeys.Kind),
        ProvinceFolded = VietnameseText.Fold(chunk.Meta(MetadataKeys.Province) ?? string.Empty),
        Blocs = ListValues(chunk.Meta(MetadataKeys.Blocs)),
        Years = ListValues(chunk.Meta(MetadataKeys.Years)),
    };

    public KnowledgeChunk ToChunk(Guid id) => new(
        id,
        DocumentId,
        Ordinal,
        Title,
        Heading,
        Text,
        new DocumentSource(Source.Publication, Source.Date, Source.Title, Source.Author, Source.Location),
        Metadata);

    /// <summary>The Qdrant filter equivalent to the embedded store's metadata filter; null when nothing is filtered.</summary>
    public static Filter? FilterFor(SearchFilter? filter)
    {
        if (filter is null || filter.IsEmpty)
        {
            return null;
        }

        var must = new List<FieldCondition>(5);
        if (filter.Document is not null)
        {
            must.Add(DocumentCondition(filter.Document));
        }

        if (filter.Province is not null)
        {
            must.Add(new FieldCondition("province_folded", new MatchValue(VietnameseText.Fold(filter.Province))));
        }

        if (filter.Kind is not null)
        {
            must.Add(new FieldCondition("kind", new MatchValue(filter.Kind)));
        }

        if (filter.Bloc is not null)
        {
            must.Add(new FieldCondition("blocs", new MatchValue(filter.Bloc.ToLowerInvariant())));
        }

        if (filter.Year is { } year)
        {
            must.Add(new FieldCondition("years", new MatchValue(year.ToString(CultureInfo.InvariantCulture))));
        }

        return new Filter(must);
    }

    public static Filter DocumentFilter(string documentId) => new([DocumentCondition(documentId)]);

    private static FieldCondition DocumentCondition(string documentId) => new("document_id", new MatchValue(documentId));

    /// <summary>Rebuilds a chunk from a point id and payload; null when the point was not written by this store.</summary>
    public static KnowledgeChunk? Read(JsonElement id, JsonElement? payload)
    {
        if (id.ValueKind != JsonValueKind.String || !Guid.TryParse(id.GetString(), out var guid) || payload is not { ValueKind: JsonValueKind.Object } body)
        {
            return null;
        }

        try
        {
            var parsed = body.Deserialize<ChunkPayload>(QdrantJson.Options);
            return parsed is null || parsed.DocumentId.Length == 0 ? null : parsed.ToChunk(guid);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // The embedded store splits on ',' and compares trimmed values ignoring case.
    private static string[] ListValues(string? list) =>
        list is null ? [] : list.Split(',').Select(v => v.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToArray();
}

/// <summary>The citation part of the payload.</summary>
internal sealed class SourcePayload
{
    public string Publication { get; init; } = string.Empty;

    public string? Date { get; init; }

    public string Title { get; init; } = string.Empty;

    public string? Author { get; init; }

    public string? Location { get; init; }
}
