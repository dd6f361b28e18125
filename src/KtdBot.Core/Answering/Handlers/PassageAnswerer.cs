using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using KtdBot.Answering.Plugins;
using KtdBot.Search;

namespace KtdBot.Answering.Handlers;

/// <summary>An answer quoted from the passages search finds, when <see cref="PassageSelector"/> finds sentences that cover the question.</summary>
internal sealed class PassageAnswerer(KnowledgeIndex index, KnowledgeSearchPlugin search)
{
    private static readonly ConditionalWeakTable<Ingestion.ExtractedDocument, List<string>> FoldedDocuments = [];

    /// <summary>The answer from the passages, or null.</summary>
    public async Task<Answer?> AnswerAsync(QuestionFrame q, string query, CitationList citations, CancellationToken ct) =>
        (await SelectAsync(q, query, citations, null, ct).ConfigureAwait(false))?.Answer;

    /// <summary>The answer and the document it came from; a follow-up looks first in <paramref name="preferredDocument"/>.</summary>
    public async Task<(Answer Answer, string DocumentId)?> SelectAsync(QuestionFrame q, string query, CitationList citations, string? preferredDocument, CancellationToken ct)
    {
        var passages = await search.SearchAsync(query, 8, cancellationToken: ct).ConfigureAwait(false);
        var selection = PassageSelector.Select(q, query, passages, index.Vocabulary, preferredDocument, DocumentSyllables, index.Knowledge.Document);
        if (selection is null)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var (sentence, passage) in selection)
        {
            text.Append(sentence.TrimEnd()).Append(CultureInfo.InvariantCulture, $" [{citations.CitePassage(passage.Source, passage.Text)}]").Append('\n');
        }

        return (new Answer(text.ToString().TrimEnd(), true, citations.Items, []), selection[0].Passage.Source.DocumentId);
    }

    private List<string> DocumentSyllables(string documentId) =>
        index.Knowledge.Document(documentId) is { } document
            ? FoldedDocuments.GetValue(document, d => [.. NameMatcher.Syllables(string.Join(' ', d.Sections.Select(s => s.Heading + " " + s.Text)
                .Prepend(d.Title).Append(d.Metadata.GetValueOrDefault(Ingestion.MetadataKeys.Province) ?? string.Empty)))])
            : [];
}
