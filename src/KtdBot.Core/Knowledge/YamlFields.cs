using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace KtdBot.Knowledge;

/// <summary>
/// Reads fields from a YAML mapping and records every problem with its file and line, so one bad
/// value is reported precisely instead of failing the whole file with a stack trace.
/// </summary>
internal sealed class YamlFields(YamlMappingNode node, string file, List<KnowledgeError> errors, IReadOnlySet<string>? knownSources = null)
{
    public YamlMappingNode Node => node;

    public int Line => (int)node.Start.Line;

    // An entry's error (a leader's bad year) makes the whole record fail: half a record is worse than none.
    private YamlFields? _parent;

    public bool HasErrors { get; private set; }

    public void Error(YamlNode? at, string message)
    {
        for (var fields = this; fields is not null; fields = fields._parent)
        {
            fields.HasErrors = true;
        }

        Report(at, message);
    }

    /// <summary>Reports a problem that leaves the record usable.</summary>
    public void Warn(YamlNode? at, string message) => Report(at, message);

    private void Report(YamlNode? at, string message) => errors.Add(new KnowledgeError(file, (int)(at ?? node).Start.Line, message));

    public YamlNode? Get(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string Required(string key)
    {
        var value = Optional(key);
        if (value is null)
        {
            Error(node, $"missing required field '{key}'");
            return string.Empty;
        }

        return value;
    }

    /// <summary>A string, or null when absent, empty or the literal "unknown".</summary>
    public string? Optional(string key)
    {
        var value = Get(key);
        switch (value)
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                var text = scalar.Value?.Trim();
                return string.IsNullOrEmpty(text) || string.Equals(text, "unknown", StringComparison.OrdinalIgnoreCase) || text == "~" ? null : text;
            default:
                Error(value, $"field '{key}' must be a single value");
                return null;
        }
    }

    /// <summary>A required reference to a document id in articles/ or regulations/.</summary>
    public string SourceId(string key)
    {
        var id = Required(key);
        CheckSource(Get(key), id);
        return id;
    }

    /// <summary>
    /// A list of document ids. An id that names no document is reported and left out, so a record that still has a
    /// source loads (a data set without one of the articles keeps the award titles that cite it too); a record left
    /// with none fails.
    /// </summary>
    public List<string> SourceIds(string key)
    {
        var ids = Strings(key);
        var known = ids.Where(id => knownSources is null || knownSources.Contains(id)).ToList();
        if (known.Count == 0 && ids.Count > 0)
        {
            foreach (var id in ids)
            {
                CheckSource(Get(key), id);
            }

            return ids;
        }

        foreach (var id in ids.Except(known))
        {
            Warn(Get(key), $"source '{id}' is not the id of any document in articles/ or regulations/; ignored, the other sources are kept");
        }

        return known;
    }

    private void CheckSource(YamlNode? at, string id)
    {
        if (id.Length > 0 && knownSources is not null && !knownSources.Contains(id))
        {
            Error(at, $"source '{id}' is not the id of any document in articles/ or regulations/");
        }
    }

    public int? OptionalInt(string key)
    {
        var text = Optional(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Error(Get(key), $"field '{key}' must be a whole number, got '{text}'");
        return null;
    }

    public int RequiredYear(string key)
    {
        var year = OptionalInt(key);
        if (year is null)
        {
            if (Get(key) is null)
            {
                Error(node, $"missing required field '{key}'");
            }

            return 0;
        }

        if (year is < 1945 or > 2100)
        {
            Error(Get(key), $"field '{key}' is not a plausible year: {year}");
        }

        return year.Value;
    }

    public bool OptionalBool(string key, bool fallback)
    {
        var text = Optional(key);
        if (text is null)
        {
            return fallback;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        Error(Get(key), $"field '{key}' must be true or false, got '{text}'");
        return fallback;
    }

    /// <summary>A yyyy-MM-dd date, or null for unknown.</summary>
    public string? OptionalDate(string key)
    {
        var text = Optional(key);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return text;
        }

        Error(Get(key), $"field '{key}' must be a date written yyyy-MM-dd or 'unknown', got '{text}'");
        return null;
    }

    public List<string> Strings(string key)
    {
        var value = Get(key);
        switch (value)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return string.IsNullOrWhiteSpace(scalar.Value) ? [] : [scalar.Value.Trim()];
            case YamlSequenceNode sequence:
                var list = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
                    {
                        list.Add(text.Trim());
                    }
                    else
                    {
                        Error(item, $"each item of '{key}' must be a single value");
                    }
                }

                return list;
            default:
                Error(value, $"field '{key}' must be a list");
                return [];
        }
    }

    public IEnumerable<YamlFields> Mappings(string key)
    {
        var value = Get(key);
        if (value is null)
        {
            yield break;
        }

        if (value is not YamlSequenceNode sequence)
        {
            Error(value, $"field '{key}' must be a list of entries");
            yield break;
        }

        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                yield return new YamlFields(mapping, file, errors, knownSources) { _parent = this };
            }
            else if (item is YamlScalarNode scalar && key == "members")
            {
                // "- Hội Khuyến học tỉnh" is a fine shorthand for a member without aliases.
                var wrapped = new YamlMappingNode(new YamlScalarNode("name"), scalar);
                yield return new YamlFields(wrapped, file, errors, knownSources) { _parent = this };
            }
            else
            {
                Error(item, $"each item of '{key}' must be an entry with fields");
            }
        }
    }
}
