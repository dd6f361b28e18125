using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using KtdBot.Ingestion;

namespace KtdBot.Evaluation;

/// <summary>A BEIR-format evaluation set: corpus.jsonl (_id, title, text), queries.jsonl (_id, text), qrels/test.tsv.</summary>
public sealed record BeirDataset(
    IReadOnlyList<BeirDocument> Corpus,
    IReadOnlyList<BeirQuery> Queries,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Qrels)
{
    private static readonly JsonSerializerOptions WriteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Loads a folder; <paramref name="queriesFile"/> swaps queries.jsonl for another file (same ids).</summary>
    public static BeirDataset Load(string folder, string? queriesFile = null)
    {
        var corpus = ReadJsonLines(Path.Combine(folder, "corpus.jsonl"))
            .Select(o => new BeirDocument(Str(o, "_id"), Str(o, "title"), Str(o, "text")))
            .ToList();
        var queriesPath = queriesFile is null ? Path.Combine(folder, "queries.jsonl")
            : File.Exists(queriesFile) ? queriesFile : Path.Combine(folder, queriesFile);
        var queries = ReadJsonLines(queriesPath).Select(o => new BeirQuery(Str(o, "_id"), Str(o, "text"))).ToList();
        var qrels = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var qrelsPath = Path.Combine(folder, "qrels", "test.tsv");
        foreach (var line in File.ReadLines(qrelsPath).Skip(1))
        {
            var parts = line.Split('\t');
            if (parts.Length < 3 || !int.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var score))
            {
                continue;
            }

            if (!qrels.TryGetValue(parts[0], out var relevant))
            {
                relevant = new Dictionary<string, int>(StringComparer.Ordinal);
                qrels[parts[0]] = relevant;
            }

            relevant[parts[1]] = score;
        }

        return new BeirDataset(
            corpus,
            queries.Where(q => qrels.ContainsKey(q.Id)).ToList(),
            qrels.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, int>)p.Value, StringComparer.Ordinal));
    }

    /// <summary>Writes documents as corpus.jsonl (one line per document, sections joined); returns the count.</summary>
    public static int WriteCorpus(IEnumerable<ExtractedDocument> documents, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        var count = 0;
        foreach (var document in documents)
        {
            var text = string.Join("\n\n", document.Sections.Select(s => s.Heading.Length > 0 ? $"{s.Heading}\n{s.Text}" : s.Text));
            writer.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string> { ["_id"] = document.Id, ["title"] = document.Title, ["text"] = text }, WriteOptions));
            count++;
        }

        return count;
    }

    private static IEnumerable<JsonElement> ReadJsonLines(string path)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonElement element;
            try
            {
                element = JsonDocument.Parse(line).RootElement;
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: not a JSON object ({ex.Message})", ex);
            }

            yield return element;
        }
    }

    private static string Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;
}

/// <summary>A corpus document.</summary>
public sealed record BeirDocument(string Id, string Title, string Text);

/// <summary>A query.</summary>
public sealed record BeirQuery(string Id, string Text);
