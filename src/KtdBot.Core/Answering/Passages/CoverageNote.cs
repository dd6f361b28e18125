using System.Runtime.CompilerServices;
using KtdBot.Ingestion;
using KtdBot.Knowledge;

namespace KtdBot.Answering.Passages;

/// <summary>
/// What a decline says the documents do cover when the question names a province none of them mentions:
/// "Các tài liệu hiện có không nhắc đến Thanh Hóa; tài liệu có về: Bắc Ninh, Hà Nội, Nghệ An."
/// </summary>
internal static class CoverageNote
{
    private const int MostProvincesListed = 8;

    private static readonly ConditionalWeakTable<ExtractedDocument, HashSet<string>> Named = [];

    /// <summary>The note for <paramref name="q"/>, or null when every province it names is in some document.</summary>
    public static string? For(QuestionFrame q, KnowledgeBase knowledge)
    {
        var missing = q.Provinces.Where(p => !knowledge.Documents.Any(d => NamedIn(d).Contains(p))).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var covered = Provinces.FoldedNames.Select(n => string.Join(' ', n))
            .Select(p => knowledge.Documents.FirstOrDefault(d => NamedIn(d).Contains(p)) is { } d ? Spelled(DocumentText(d), p) : null)
            .OfType<string>()
            .Take(MostProvincesListed)
            .ToList();
        var note = $"Các tài liệu hiện có không nhắc đến {string.Join(", ", missing.Select(p => Spelled(q.Text, p) ?? p))}, nên tôi không trả lời thay bằng quy định của nơi khác.";
        return covered.Count == 0 ? note : $"{note} Tài liệu hiện có nói về: {string.Join(", ", covered)}.";
    }

    // The provinces a document names, folded, read once per document.
    private static HashSet<string> NamedIn(ExtractedDocument document) => Named.GetValue(document, d =>
    {
        var syllables = NameMatcher.Syllables(string.Join(' ', d.Sections.Select(s => s.Heading + " " + s.Text).Prepend(d.Title).Append(d.Source.Publication)
            .Append(d.Metadata.GetValueOrDefault(MetadataKeys.Province) ?? string.Empty)));
        return Provinces.FoldedNames.Select(n => string.Join(' ', n)).Where(p => ProvinceMentions.Names(syllables, p)).ToHashSet(StringComparer.Ordinal);
    });

    private static string DocumentText(ExtractedDocument d) => string.Join(' ', d.Sections.Select(s => s.Text).Prepend(d.Title).Append(d.Source.Publication));

    // The words of a text that spell a folded name, as written there ("Thanh Hóa"), capitalised.
    private static string? Spelled(string text, string folded)
    {
        var words = text.Split([' ', ',', '?', '.', '!', ':', ';', '\n', '(', ')', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries);
        var wanted = folded.Split(' ');
        for (var i = 0; i + wanted.Length <= words.Length; i++)
        {
            if (words.Skip(i).Take(wanted.Length).Select(w => Text.VietnameseText.Fold(w).ToLowerInvariant()).SequenceEqual(wanted))
            {
                return string.Join(' ', words.Skip(i).Take(wanted.Length).Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
            }
        }

        return null;
    }
}
