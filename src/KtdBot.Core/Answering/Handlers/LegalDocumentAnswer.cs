using System.Globalization;
using System.Text;
using KtdBot.Answering.Documents;
using KtdBot.Answering.Passages;
using KtdBot.Facts;
using KtdBot.Knowledge;

namespace KtdBot.Answering.Handlers;

/// <summary>
/// What a document's record says for each thing asked of it (signer, signing date, effective date, what it replaces,
/// issuer), each statement cited by the line it was read from; what the record lacks is said plainly, and when it lacks
/// everything asked, the answer declines with what the document does state.
/// </summary>
internal static class LegalDocumentAnswer
{
    /// <summary>The field "số mấy" asks for: which document it is, by its number (the type a question asks "nghị định nào" with).</summary>
    public const AnswerType Number = AnswerType.Document;

    /// <summary>The fields a question asks of a document, in the order the question table ranks them.</summary>
    public static IReadOnlyList<AnswerType> Asked(IReadOnlyList<string> syllables) =>
        AnswerTypes.AllOf(syllables).Where(t => t is AnswerType.Signer or AnswerType.Issued or AnswerType.Effective or AnswerType.Replaces or AnswerType.Issuer).ToList();

    public static ComposedAnswer Compose(LegalDocumentFact document, IReadOnlyList<AnswerType> asked, Turn turn, KnowledgeBase knowledge, bool introduce)
    {
        var text = new StringBuilder();
        var missing = new List<AnswerType>();
        // "… do Ủy ban nhân dân tỉnh Nghệ An ban hành" names the issuer itself: the document's name does not repeat it.
        var name = asked.Contains(AnswerType.Issuer) ? document.Name : Sentences.DocumentName(document);
        void Line(string statement, Evidence evidence)
        {
            var source = Citations.Ref(knowledge, evidence.DocumentId);
            text.Append(statement).Append(CultureInfo.InvariantCulture, $" [{turn.Citations.CitePassage(source, evidence.Text)}]\n");
            name = Sentences.SameDocument;
        }

        foreach (var field in asked)
        {
            if (Statements(document, field, name) is { Count: > 0 } statements)
            {
                foreach (var (statement, evidence) in statements)
                {
                    Line(statement, evidence);
                }
            }
            else
            {
                missing.Add(field);
            }
        }

        var topic = new Topic(turn.Ask, Query: turn.Frame.Text, DocumentId: document.Evidence.DocumentId) { LegalDocument = LegalDocumentAssembler.Key(document) };
        var fields = string.Join(", ", missing.Select(Sentences.DocumentField));
        if (text.Length == 0)
        {
            var stated = Enum.GetValues<AnswerType>().Where(t => !asked.Contains(t))
                .SelectMany(t => Statements(document, t, string.Empty)).Select(s => s.Statement.Trim().TrimEnd('.')).ToList();
            return new ComposedAnswer(Answer.Ungrounded(Replies.DocumentLacks(Sentences.DocumentName(document), fields, stated), Suggest.Examples), topic);
        }

        if (missing.Count > 0)
        {
            text.Append(Sentences.DocumentSilentOn(fields)).Append('\n');
        }

        if (introduce && document.Subject is { } subject)
        {
            text.Append(Sentences.DocumentSubject(subject.Value)).Append('\n');
        }

        return Answers.Grounded(text, turn.Citations, topic, []);
    }

    // Each statement the record makes for a field, with its evidence; none when the record does not say.
    private static List<(string Statement, Evidence Evidence)> Statements(LegalDocumentFact d, AnswerType field, string name) => field switch
    {
        Number when d.Number is not null && name.Length > 0 => [(Sentences.DocumentIs(d, Sentences.DocumentName(d)), d.Evidence)],
        AnswerType.Signer when d.Signer is { } signer => [(Sentences.SignedBy(name, signer), signer.Evidence)],
        AnswerType.Issued when d.SignedOn is { } signed => [(Sentences.SignedOn(name, signed.Value, d.Cited), signed.Evidence)],
        AnswerType.Effective when d.Effective is { } effective && (effective.Date is not null || effective.FromSigning) => [(Sentences.InForce(name, effective), effective.Evidence)],
        AnswerType.Replaces => d.Replaces.Select(r => (Sentences.Replaces(name, r), r.Evidence)).ToList(),
        AnswerType.Issuer when d.Issuer is { } issuer => [(Sentences.IssuedBy(name, issuer.Value), issuer.Evidence)],
        _ => [],
    };
}
