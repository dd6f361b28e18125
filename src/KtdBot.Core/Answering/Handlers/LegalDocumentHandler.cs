using KtdBot.Answering.Documents;
using KtdBot.Answering.Plugins;
using KtdBot.Search;

namespace KtdBot.Answering.Handlers;

/// <summary>
/// "Quyết định 3621/QĐ-BYT ai ký?", "nđ 152 có hiệu lực từ bao giờ", "kế hoạch của Đắk Lắk ban hành ngày nào",
/// "văn bản đó ai ký?": the signer, signing date, effective date, replaced documents or issuer of the document the
/// question names by number or by kind and province, or of the document the previous answer was about. It answers only
/// about that document: one named but held for another province, or several that fit, are declined with what is held.
/// </summary>
internal sealed class LegalDocumentHandler(KnowledgeIndex index, LegalDocumentsPlugin documents) : RecordHandler
{
    protected override ComposedAnswer? Answer(Turn turn)
    {
        var q = turn.Frame;
        var reference = DocumentReference.Read(q.Text, q.Provinces);
        // "… có kế hoạch … không, số mấy?": a document named by kind is asked for its number.
        var asksNumber = reference is { Number: null, Kind: not null } && q.Says(Cue.DocumentNumber);
        var asked = LegalDocumentAnswer.Asked(q.Syllables);
        if (asked.Count == 0 && reference is not null && q.FollowUpCue && turn.Previous is { LegalDocument: not null, Query: { } before })
        {
            asked = LegalDocumentAnswer.Asked(NameMatcher.Syllables(before)); // "còn QĐ 71 thì sao?" after "QĐ 86 ai ký?"
        }

        if (asked.Count == 0 && !asksNumber)
        {
            return null;
        }

        var pointsBack = q.Says(Cue.DocumentBack) || (reference is null && turn.Continues && !turn.HasOwnSubject);
        if (pointsBack && reference?.Number is null && asked.Count > 0)
        {
            return documents.Remembered(turn.Previous?.LegalDocument, turn.Previous?.DocumentId) is { } earlier
                ? LegalDocumentAnswer.Compose(earlier, asked, turn, index.Knowledge, introduce: false)
                : null;
        }

        if (reference is null)
        {
            return null;
        }

        var found = documents.Find(reference);
        return found.Count switch
        {
            1 => LegalDocumentAnswer.Compose(found[0], asksNumber ? [LegalDocumentAnswer.Number, .. asked] : asked, turn, index.Knowledge, introduce: reference.Number is null),
            > 1 => Answers.Decline(Replies.WhichDocument(found.Select(LegalDocumentsPlugin.Describe).ToList())),
            _ => NotHeld(reference),
        };
    }

    // A number held only for another province is said so, with the documents held under it; anything else is left to
    // the passages, which may quote a document whose record could not be read (and decline another province's).
    private ComposedAnswer? NotHeld(DocumentReference reference)
    {
        if (reference.Number is null || reference.Provinces.Count == 0 || documents.Find(reference with { Provinces = [] }) is not { Count: > 0 } elsewhere)
        {
            return null;
        }

        var kind = reference.Kind?.Name.ToLowerInvariant() ?? "văn bản";
        var asked = $"{kind} số {reference.Number} của {string.Join(", ", reference.Provinces.Select(ProvinceName))}";
        return Answers.Decline(Replies.NoSuchDocument(asked, elsewhere.Select(LegalDocumentsPlugin.Describe).ToList()));
    }

    // "bac ninh" → "Bắc Ninh", as the documents write it.
    private string ProvinceName(string folded) =>
        documents.Own().Select(r => r.Province).FirstOrDefault(p => p is not null && Text.VietnameseText.Fold(p) == folded)
        ?? string.Join(' ', folded.Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
