using KtdBot.Ingestion;

namespace KtdBot.Facts;

/// <summary>
/// Names an administrative document in its citations as its own record does: "Quyết định 1468/QĐ-UBND — Ủy ban nhân dân
/// tỉnh Gia Lai, 15/9/2025" rather than its file name, "no newspaper named" and the day the file was saved. A document
/// with a publication of its own (a newspaper page, front matter) keeps it.
/// </summary>
public static class RecordSourcing
{
    /// <summary>The document with its citation data taken from its own record, when it has one.</summary>
    public static ExtractedDocument Apply(ExtractedDocument document, DocumentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(facts);
        var record = facts.Documents.FirstOrDefault(d => !d.Cited && d.Number is not null);
        if (record is null || document.Source.Publication != TextDocumentExtractor.UnknownPublication)
        {
            return document;
        }

        // Named by number and subject unless the title already carries the number.
        var numbered = document.Title.Contains(record.Number!, StringComparison.OrdinalIgnoreCase);
        var title = FileNameLike(document) || !numbered ? (record.Subject is { } subject ? $"{record.Name}: {subject.Value}" : record.Name) : document.Title;
        var source = document.Source with
        {
            Publication = record.Issuer?.Value ?? document.Source.Publication,
            Date = record.SignedOn?.Value ?? document.Source.Date,
            Title = title,
        };
        return document with { Title = title, Source = source };
    }

    // "QD-1468-QD-UBND-2025-sap-xep-khoi-thi-dua" or "BinhDinh_QD312_khoi_thi_dua_2024": a file's name, not a title.
    private static bool FileNameLike(ExtractedDocument document) =>
        document.Source.Location is { } location && string.Equals(document.Title, Path.GetFileNameWithoutExtension(location), StringComparison.Ordinal)
        || (!document.Title.Contains(' ', StringComparison.Ordinal) && document.Title.Length > 8);
}
