using System.Runtime.CompilerServices;
using KtdBot.Ingestion;

namespace KtdBot.Answering;

/// <summary>One passage a snippet can be: a paragraph whole or one of its sentences, with its folded syllables.</summary>
/// <param name="Text">The passage as shown.</param>
/// <param name="Distinct">Its distinct folded syllables.</param>
/// <param name="Length">How many syllables it has (repeats counted).</param>
internal sealed record SnippetCandidate(string Text, string[] Distinct, int Length);

/// <summary>
/// The snippet candidates of a document, split and tokenised once per loaded document instead of on every citation
/// (that was most of what an answer allocated). Keyed by the document object, so a reload's new documents get new
/// entries and the old ones go with their documents.
/// </summary>
internal static class SnippetCandidates
{
    private static readonly ConditionalWeakTable<ExtractedDocument, SnippetCandidate[]> Cache = new();

    /// <summary>Every candidate of the document, in document order.</summary>
    public static SnippetCandidate[] Of(ExtractedDocument document) => Cache.GetValue(document, Build);

    private static SnippetCandidate[] Build(ExtractedDocument document)
    {
        var candidates = new List<SnippetCandidate>();
        foreach (var section in document.Sections)
        {
            // Each paragraph whole (a bulleted list stays together) and each of its sentences.
            foreach (var paragraph in section.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var flat = paragraph.Replace("\n- ", "; ", StringComparison.Ordinal).Replace('\n', ' ').TrimStart('-', ' ');
                foreach (var sentence in Chunker.Sentences(flat).Prepend(flat).Distinct(StringComparer.Ordinal))
                {
                    var syllables = NameMatcher.Syllables(sentence);
                    if (syllables.Length > 0)
                    {
                        candidates.Add(new SnippetCandidate(sentence, syllables.Distinct(StringComparer.Ordinal).ToArray(), syllables.Length));
                    }
                }
            }
        }

        return [.. candidates];
    }
}
