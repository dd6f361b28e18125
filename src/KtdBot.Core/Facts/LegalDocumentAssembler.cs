namespace KtdBot.Facts;

/// <summary>
/// One record per legal document across all documents read: a document's own record, filled in by what other documents
/// state of it when they cite it (a decree's effective date from an explainer, its date from a decision's preamble).
/// The document's own record wins a field both give.
/// </summary>
public static class LegalDocumentAssembler
{
    /// <summary>Every document's record, own records first.</summary>
    public static IReadOnlyList<LegalDocumentFact> Assemble(IEnumerable<DocumentFacts> documents) =>
        documents.SelectMany(d => d.Documents)
            .OrderBy(d => d.Cited)
            .GroupBy(Key, StringComparer.Ordinal)
            .Select(g => g.Aggregate(Fill))
            .ToList();

    /// <summary>The key a record is known by: its number folded ("152/2025/nd-cp"), or its document id when it has none.</summary>
    public static string Key(LegalDocumentFact record) => record.Number is { } number ? NumberKey(number) : $"doc:{record.Evidence.DocumentId}";

    /// <summary>A number as compared: folded, without spaces ("152/2025/NĐ-CP" → "152/2025/nd-cp").</summary>
    internal static string NumberKey(string number) => new FoldedText(number.Replace(" ", string.Empty, StringComparison.Ordinal)).Folded;

    private static LegalDocumentFact Fill(LegalDocumentFact kept, LegalDocumentFact other) => kept with
    {
        Province = kept.Province ?? other.Province,
        Issuer = kept.Issuer ?? other.Issuer,
        Subject = kept.Subject ?? other.Subject,
        SignedOn = kept.SignedOn ?? other.SignedOn,
        Signer = kept.Signer ?? other.Signer,
        Effective = kept.Effective is { Date: not null } ? kept.Effective : other.Effective ?? kept.Effective,
        Replaces = kept.Replaces.Count > 0 ? kept.Replaces : other.Replaces,
    };
}
