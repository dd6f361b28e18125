using System.Runtime.CompilerServices;
using KtdBot.Facts;
using KtdBot.Knowledge;
using KtdBot.Text;

namespace KtdBot.Answering.Documents;

/// <summary>The legal-document records of a loaded knowledge base (see <see cref="LegalDocumentAssembler"/>), built once per load.</summary>
internal static class LegalRecords
{
    private static readonly ConditionalWeakTable<KnowledgeBase, IReadOnlyList<LegalDocumentFact>> Built = [];

    /// <summary>Every document's record, own records first.</summary>
    public static IReadOnlyList<LegalDocumentFact> Of(KnowledgeBase knowledge) => Built.GetValue(knowledge, k => LegalDocumentAssembler.Assemble(k.Facts));

    /// <summary>The folded name of the province a record belongs to ("bac ninh"): its own, or the one its issuer names.</summary>
    public static string? ProvinceKey(LegalDocumentFact record) =>
        record.Province is { } province ? VietnameseText.Fold(province)
        : record.Issuer is { } issuer ? Provinces.FoldedNames.Select(n => string.Join(' ', n)).FirstOrDefault(n => VietnameseText.Fold(issuer.Value).Contains(n, StringComparison.Ordinal))
        : null;
}
