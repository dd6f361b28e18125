using System.Text;
using KtdBot.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KtdBot.Ingestion;

/// <summary>
/// Markdown with optional YAML front matter (id, title, kind, province, source, blocs, years).
/// Headings become sections, so each chunk keeps the heading it sits under.
/// </summary>
public sealed class MarkdownDocumentExtractor : IDocumentExtractor
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown"];

    /// <inheritdoc />
    public async Task<ExtractedDocument> ExtractAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(content, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        FrontMatterDocument parsed;
        try
        {
            parsed = FrontMatterDocument.Parse(text);
        }
        catch (YamlException ex)
        {
            throw new DocumentFormatException($"{fileName}: front matter is not valid YAML (line {ex.Start.Line}): {ex.Message}", ex);
        }

        var header = parsed.Header;
        var sections = SplitSections(parsed.Body, out var firstHeading, out var subject);
        // "# KẾ HOẠCH" then "**Phát động phong trào thi đua …**": the kind and its subject are the title.
        firstHeading = subject is null ? firstHeading : $"{firstHeading} {subject}";
        var id = Scalar(header, "id") ?? DocumentIds.FromFileName(fileName);
        var title = Scalar(header, "title") ?? firstHeading ?? Path.GetFileNameWithoutExtension(fileName);
        var source = ReadSource(header, title, fileName);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [MetadataKeys.Kind] = Scalar(header, "kind") ?? "document",
        };
        AddIfPresent(metadata, MetadataKeys.Province, Scalar(header, "province"));
        AddIfPresent(metadata, MetadataKeys.Blocs, List(header, "blocs"));
        AddIfPresent(metadata, MetadataKeys.Years, List(header, "years"));
        AddIfPresent(metadata, "campaigns", List(header, "campaigns"));
        return new ExtractedDocument(id, VietnameseText.Normalize(title), sections, source, metadata);
    }

    private static DocumentSource ReadSource(YamlMappingNode? header, string title, string fileName)
    {
        var node = header is not null && header.Children.TryGetValue(new YamlScalarNode("source"), out var value) ? value as YamlMappingNode : null;
        var publication = Scalar(node, "publication") ?? "không rõ";
        var date = Scalar(node, "date") ?? Scalar(node, "event_date");
        return new DocumentSource(
            VietnameseText.Normalize(publication),
            date is null or "unknown" ? null : date,
            VietnameseText.Normalize(Scalar(node, "title") ?? title),
            Scalar(node, "author") is { } author and not "unknown" ? author : null,
            fileName);
    }

    private static List<DocumentSection> SplitSections(string body, out string? firstHeading, out string? subject)
    {
        firstHeading = null;
        subject = null;
        StringBuilder? pendingSubject = null;
        var sections = new List<DocumentSection>();
        var headings = new string?[7];
        var current = new StringBuilder();
        string currentHeading = string.Empty;
        foreach (var rawLine in body.Split('\n'))
        {
            var line = rawLine.TrimEnd();
            var level = HeadingLevel(line);
            if (level > 0)
            {
                Flush(sections, currentHeading, current);
                var text = VietnameseText.Normalize(line[level..].Trim().TrimEnd('#').Trim());
                pendingSubject = firstHeading is null && level == 1 && AdministrativeHeader.IsKind(text) ? new StringBuilder() : null;
                firstHeading ??= text;
                headings[level] = text;
                for (var k = level + 1; k < headings.Length; k++)
                {
                    headings[k] = null;
                }

                // The document title (level 1) is already the chunk title; sections show the deeper path.
                currentHeading = string.Join(" › ", headings.Skip(2).Where(h => h is not null));
                continue;
            }

            if (pendingSubject is not null && (pendingSubject.Length > 0 || line.StartsWith("**", StringComparison.Ordinal)))
            {
                pendingSubject.Append(' ').Append(line.Trim());
                if (line.EndsWith("**", StringComparison.Ordinal) && pendingSubject.Length > 4)
                {
                    subject = VietnameseText.Normalize(pendingSubject.ToString().Replace("**", string.Empty, StringComparison.Ordinal).Trim());
                    pendingSubject = null;
                }
            }
            else if (pendingSubject is not null && line.Trim().Length > 0)
            {
                pendingSubject = null; // a paragraph, not a bold subject, follows the kind
            }

            current.Append(line).Append('\n');
        }

        Flush(sections, currentHeading, current);
        return sections;
    }

    private static void Flush(List<DocumentSection> sections, string heading, StringBuilder current)
    {
        var text = VietnameseText.Normalize(current.ToString()).Trim();
        current.Clear();
        if (text.Length > 0)
        {
            sections.Add(new DocumentSection(heading, text));
        }
    }

    private static int HeadingLevel(string line)
    {
        var level = 0;
        while (level < line.Length && line[level] == '#')
        {
            level++;
        }

        return level is > 0 and <= 6 && level < line.Length && line[level] == ' ' ? level : 0;
    }

    private static string? Scalar(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { Length: > 0 } s }
            ? s
            : null;

    private static string? List(YamlMappingNode? node, string key)
    {
        if (node is null || !node.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            return null;
        }

        return value switch
        {
            YamlSequenceNode seq => string.Join(',', seq.Children.OfType<YamlScalarNode>().Select(s => s.Value)),
            YamlScalarNode { Value: { Length: > 0 } s } => s,
            _ => null,
        };
    }

    private static void AddIfPresent(Dictionary<string, string> metadata, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && value != "unknown")
        {
            metadata[key] = value;
        }
    }
}
