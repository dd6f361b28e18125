using YamlDotNet.RepresentationModel;

namespace KtdBot.Ingestion;

/// <summary>A Markdown file split into its YAML front matter and body.</summary>
internal sealed record FrontMatterDocument(YamlMappingNode? Header, string Body, int BodyStartLine)
{
    /// <summary>Splits "---\nyaml\n---\nbody". Throws <see cref="YamlDotNet.Core.YamlException"/> on broken YAML.</summary>
    public static FrontMatterDocument Parse(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        if (!normalized.StartsWith("---\n", StringComparison.Ordinal))
        {
            return new FrontMatterDocument(null, normalized, 1);
        }

        var end = normalized.IndexOf("\n---", 4, StringComparison.Ordinal);
        if (end < 0)
        {
            return new FrontMatterDocument(null, normalized, 1);
        }

        var yaml = normalized[4..end];
        var bodyStart = normalized.IndexOf('\n', end + 4);
        var body = bodyStart < 0 ? string.Empty : normalized[(bodyStart + 1)..];
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var header = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        var bodyLine = normalized[..Math.Max(0, bodyStart)].Count(c => c == '\n') + 2;
        return new FrontMatterDocument(header, body, bodyLine);
    }
}
