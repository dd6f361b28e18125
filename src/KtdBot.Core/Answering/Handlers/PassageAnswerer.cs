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
        var misprinted = false;
        foreach (var (quoted, passage) in selection)
        {
            var (sentence, corrected) = Passages.QuotedAmounts.Corrected(quoted);
            misprinted |= corrected;
            text.Append(sentence.TrimEnd()).Append(CultureInfo.InvariantCulture, $" [{citations.CitePassage(passage.Source, passage.Text)}]").Append('\n');
        }

        if (misprinted)
        {
            text.Append(Sentences.MisprintedUnit).Append('\n');
        }

        // "… được thưởng 1,0 lần mức lương cơ sở": the sum, with the base salary typed or the one the documents state.
        if ((q.BaseSalary ?? StatedSalary()) is { } salary && Passages.QuotedAmounts.Worked(selection.Select(s => s.Sentence), salary) is { Count: > 0 } worked)
        {
            text.Append(Sentences.WorkedAmounts(worked, salary, q.BaseSalary is not null)).Append('\n');
        }

        return (new Answer(text.ToString().TrimEnd(), true, citations.Items, []), selection[0].Passage.Source.DocumentId);
    }

    private decimal? StatedSalary() =>
        index.Knowledge.Facts.Where(f => f.BaseSalary is not null).OrderByDescending(f => index.Knowledge.Document(f.DocumentId)?.Source.Date ?? string.Empty).FirstOrDefault()?.BaseSalary;

    private List<string> DocumentSyllables(string documentId) =>
        index.Knowledge.Document(documentId) is { } document
            ? FoldedDocuments.GetValue(document, d => [.. NameMatcher.Syllables(string.Join(' ', d.Sections.Select(s => s.Heading + " " + s.Text)
                .Prepend(d.Title).Append(d.Metadata.GetValueOrDefault(Ingestion.MetadataKeys.Province) ?? string.Empty)))])
            : [];
}
