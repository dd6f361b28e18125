using System.Globalization;
using KtdBot.Answering.Plugins;
using KtdBot.Ingestion;
using KtdBot.Knowledge;
using KtdBot.Text;

namespace KtdBot.Answering;

/// <summary>Turns document sources into the citation lines and snippets users see.</summary>
public static class Citations
{
    /// <summary>"Báo Bình Thuận, 9/1/2025"; the publication alone when the date is unknown.</summary>
    public static string Line(DocumentSource source)
    {
        var publication = source.Publication is "không rõ" or "unknown" or "" ? "Nguồn không ghi tên báo" : source.Publication;
        return source.Date is { } date ? $"{publication}, {FormatDate(date)}" : publication;
    }

    /// <summary>The reference for a document id of the knowledge base.</summary>
    public static SourceRef Ref(KnowledgeBase knowledge, string? documentId)
    {
        var document = documentId is null ? null : knowledge.Document(documentId);
        return document is null
            ? new SourceRef(documentId ?? "knowledge", documentId ?? "knowledge", "Cơ sở dữ liệu KtdBot")
            : new SourceRef(document.Id, document.Source.Title, Line(document.Source));
    }

    /// <summary>The sentence of a document that best supports a statement (most shared syllables), for the snippet.</summary>
    public static string Snippet(KnowledgeBase knowledge, string documentId, string statement, int maxLength = 320)
    {
        var document = knowledge.Document(documentId);
        if (document is null)
        {
            return statement;
        }

        var wanted = NameMatcher.Syllables(statement).ToHashSet(StringComparer.Ordinal);
        var best = string.Empty;
        var bestScore = -1.0;
        foreach (var candidate in SnippetCandidates.Of(document))
        {
            var shared = 0;
            foreach (var syllable in candidate.Distinct)
            {
                shared += wanted.Contains(syllable) ? 1 : 0;
            }

            var score = shared - (0.01 * candidate.Length);
            if (score > bestScore)
            {
                bestScore = score;
                best = candidate.Text;
            }
        }

        return Shorten(best.Length > 0 ? best : statement, maxLength);
    }

    /// <summary>Cuts at a word boundary with an ellipsis.</summary>
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength - 1);
        return string.Concat(text.AsSpan(0, cut > maxLength / 2 ? cut : maxLength - 1), "…");
    }

    /// <summary>"2025-01-08" → "8/1/2025".</summary>
    public static string FormatDate(string isoDate) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? $"{date.Day}/{date.Month}/{date.Year}"
            : isoDate;

    /// <summary>Folded text for comparisons.</summary>
    internal static string Folded(string text) => VietnameseText.Fold(VietnameseText.Normalize(text));
}
