using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using KtdBot.Answering.Plugins;
using KtdBot.Search;

namespace KtdBot.Answering.Handlers;

/// <summary>An answer quoted from the passages search finds, when <see cref="PassageSelector"/> finds sentences that cover the question.</summary>
internal sealed class PassageAnswerer(KnowledgeIndex index, KnowledgeSearchPlugin search, LegalDocumentsPlugin documents)
{
    private static readonly ConditionalWeakTable<Ingestion.ExtractedDocument, List<string>> FoldedDocuments = [];

    /// <summary>The answer from the passages, or null.</summary>
    public async Task<Answer?> AnswerAsync(QuestionFrame q, string query, CitationList citations, CancellationToken ct) =>
        (await SelectAsync(q, query, citations, null, ct).ConfigureAwait(false))?.Answer;

    /// <summary>The answer and the document it came from; a follow-up looks first in <paramref name="preferredDocument"/>.</summary>
    public async Task<(Answer Answer, string DocumentId)?> SelectAsync(QuestionFrame q, string query, CitationList citations, string? preferredDocument, CancellationToken ct)
    {
        // A question about one document ("QĐ 86 của Bắc Ninh căn cứ thông tư nào") is answered from that document first:
        // the passages of others may share more of its words ("Bộ Nội vụ") and crowd it out of the search.
        IReadOnlyList<(string Sentence, Passage Passage)>? selection = null;
        if (preferredDocument is null && NamedDocument(q) is { } named)
        {
            var inside = await search.SearchDocumentAsync(query, named, 8, ct).ConfigureAwait(false);
            selection = PassageSelector.Select(q, query, inside, index.Vocabulary, null, DocumentSyllables, index.Knowledge.Document);
        }

        if (selection is null)
        {
            var passages = await search.SearchAsync(query, 8, cancellationToken: ct).ConfigureAwait(false);
            selection = PassageSelector.Select(q, query, passages, index.Vocabulary, preferredDocument, DocumentSyllables, index.Knowledge.Document);
        }

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

    // The one document held under the number the question gives, or null.
    private string? NamedDocument(QuestionFrame q)
    {
        var reference = Documents.DocumentReference.Read(q.Text, q.Provinces);
        var own = reference?.Number is null ? [] : documents.Find(reference).Where(r => !r.Cited).ToList();
        return own.Count == 1 ? own[0].Evidence.DocumentId : null;
    }

    private decimal? StatedSalary() =>
        index.Knowledge.Facts.Where(f => f.BaseSalary is not null).OrderByDescending(f => index.Knowledge.Document(f.DocumentId)?.Source.Date ?? string.Empty).FirstOrDefault()?.BaseSalary;

    private List<string> DocumentSyllables(string documentId) =>
        index.Knowledge.Document(documentId) is { } document
            ? FoldedDocuments.GetValue(document, d => [.. NameMatcher.Syllables(string.Join(' ', d.Sections.Select(s => s.Heading + " " + s.Text)
                .Prepend(d.Title).Append(d.Metadata.GetValueOrDefault(Ingestion.MetadataKeys.Province) ?? string.Empty)))])
            : [];
}
