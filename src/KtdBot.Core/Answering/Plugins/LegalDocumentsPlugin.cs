using System.ComponentModel;
using KtdBot.Answering.Documents;
using KtdBot.Answering.Passages;
using KtdBot.Facts;
using KtdBot.Search;
using Microsoft.SemanticKernel;

namespace KtdBot.Answering.Plugins;

/// <summary>Administrative and legal documents (quyết định, kế hoạch, nghị định…): who issued and signed them, when, from when they are in force, what they replace.</summary>
public sealed class LegalDocumentsPlugin(KnowledgeIndex index)
{
    /// <summary>Plugin name in the kernel.</summary>
    public const string Name = "documents";

    private const int LeastSharedWords = 2;

    // Words that say nothing about which document is meant: function words, the kinds' and issuers' words, and the words
    // that ask for a field ("ai ký", "hiệu lực từ", "số mấy").
    private static readonly HashSet<string> Common = new[]
    {
        "ve", "viec", "ban", "hanh", "cua", "cac", "va", "tren", "dia", "nam", "thi", "dua", "khen", "thuong", "tinh", "thanh", "pho",
        "ai", "nao", "khi", "co", "la", "gi", "do", "tu", "uy", "nhan", "dan", "ubnd", "so", "van", "nay", "khong", "ko", "k", "moi",
        "cho", "hoi", "quy", "che", "dinh",
    }.Concat(QuestionCues.Default.AnswerTypes.Where(t => t.Type is AnswerType.Signer or AnswerType.Issued or AnswerType.Effective or AnswerType.Replaces or AnswerType.Issuer)
            .SelectMany(t => t.Phrases).Concat(QuestionCues.Default[Cue.DocumentNumber]).Concat(QuestionCues.Default[Cue.DocumentBack]).SelectMany(p => p))
        .Concat(LegalKinds.All.SelectMany(k => k.Folded.Split(' ')))
        .ToHashSet(StringComparer.Ordinal);

    // A document named by kind alone must carry most of the question's other words in its subject or issuer.
    private const double LeastCoverage = 0.75;

    /// <summary>The documents a reference names: by number (with or without its code), or by kind and province or subject.</summary>
    [KernelFunction("find_documents")]
    [Description("Tìm văn bản (quyết định, kế hoạch, nghị định, nghị quyết, thông tư…) theo số hiệu hoặc loại văn bản kèm tỉnh, có hoặc không dấu (\"Quyết định 3621/QĐ-BYT\", \"qd 86 bac ninh\", \"kế hoạch đợt thi đua của Đắk Lắk\"): cơ quan ban hành, ngày ký, người ký, ngày có hiệu lực, văn bản được thay thế, mỗi thông tin kèm câu nguồn.")]
    public IReadOnlyList<LegalDocumentFact> FindDocuments([Description("Số hiệu hoặc loại văn bản và tỉnh")] string reference)
    {
        var syllables = NameMatcher.Syllables(reference);
        var named = DocumentReference.Read(reference, Provinces.Mentioned(syllables, index.Knowledge));
        return named is null ? [] : Find(named);
    }

    /// <summary>Every document the knowledge base holds a record of (its own, not those it only cites).</summary>
    [KernelFunction("list_documents")]
    [Description("Liệt kê các văn bản có trong dữ liệu (số hiệu, loại, cơ quan ban hành).")]
    public IReadOnlyList<string> ListDocuments() => Own().Select(Describe).ToList();

    /// <summary>The records the reference names; several when it does not tell them apart.</summary>
    internal IReadOnlyList<LegalDocumentFact> Find(DocumentReference reference)
    {
        var named = LegalRecords.Of(index.Knowledge).Where(reference.Names).Where(r => InProvinces(r, reference)).ToList();
        if (reference.Number is not null)
        {
            return named;
        }

        // By kind alone: of the province's documents of that kind, or, with no province named, of those whose subject and
        // issuer carry most of the question's distinctive words (two at least), the ones that carry the most.
        var words = reference.Words.Where(w => !Common.Contains(w) && (!w.All(char.IsDigit) || w.Length == 4)).Distinct(StringComparer.Ordinal).ToList();
        var scored = named.Select(r => (Record: r, Shared: Shared(r, words))).OrderByDescending(s => s.Shared).ToList();
        var enough = reference.Provinces.Count > 0 ? 0 : Math.Max(LeastSharedWords, (int)Math.Ceiling(LeastCoverage * words.Count));
        return scored.Count == 0 || scored[0].Shared < enough ? [] : scored.Where(s => s.Shared == scored[0].Shared).Select(s => s.Record).ToList();
    }

    /// <summary>The record a conversation remembered by <see cref="LegalDocumentAssembler.Key"/>, or the own record of a document.</summary>
    internal LegalDocumentFact? Remembered(string? key, string? documentId) =>
        LegalRecords.Of(index.Knowledge).FirstOrDefault(r => key is not null && LegalDocumentAssembler.Key(r) == key)
        ?? LegalRecords.Of(index.Knowledge).FirstOrDefault(r => documentId is not null && !r.Cited && r.Evidence.DocumentId == documentId);

    /// <summary>The documents' own records.</summary>
    internal IEnumerable<LegalDocumentFact> Own() => LegalRecords.Of(index.Knowledge).Where(r => !r.Cited);

    /// <summary>"Kế hoạch 0124/KH-UBND (Ủy ban nhân dân tỉnh Đắk Lắk)".</summary>
    internal static string Describe(LegalDocumentFact record) => record.Issuer is { } issuer ? $"{record.Name} ({issuer.Value})" : record.Name;

    // A document named by number may be one whose province its record does not know; one named by kind must be the province's.
    private static bool InProvinces(LegalDocumentFact record, DocumentReference reference) =>
        reference.Provinces.Count == 0 || LegalRecords.ProvinceKey(record) is not { } own
            ? reference.Provinces.Count == 0 || reference.Number is not null
            : reference.Provinces.Contains(own, StringComparer.Ordinal);

    private static int Shared(LegalDocumentFact record, IReadOnlyList<string> words)
    {
        var own = NameMatcher.Syllables($"{record.Subject?.Value} {record.Issuer?.Value}").ToHashSet(StringComparer.Ordinal);
        return words.Count(own.Contains);
    }
}
