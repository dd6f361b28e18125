using KtdBot.Ingestion;

namespace KtdBot.Core.Tests.Facts;

/// <summary>Documents as the extractors hand them to fact extraction: sections of lines, tables as " | " rows.</summary>
internal static class FactDocuments
{
    public static ExtractedDocument Text(string id, string title, string text, string? date = null, string heading = "") =>
        new(id, title, [new DocumentSection(heading, text)], new DocumentSource("Báo Tỉnh", date, title), new Dictionary<string, string>());

    public static ExtractedDocument Sections(string id, string title, params (string Heading, string Text)[] sections) =>
        new(id, title, sections.Select(s => new DocumentSection(s.Heading, s.Text)).ToList(), new DocumentSource("không rõ", null, title), new Dictionary<string, string>());
}
