using System.Text.RegularExpressions;
using KtdBot.Ingestion;

namespace KtdBot.Facts;

/// <summary>
/// The record of an administrative or legal document (a decision, plan, decree, resolution, notice…): its kind and
/// number, issuer, signing date and signer, from when it is in force and what it replaces, and its subject, each field
/// with the line it was read from; then the records of the documents it cites whose date, effect or signer it states.
/// A news article or an explainer has no record of its own, only those of the documents it cites.
/// </summary>
internal static partial class LegalDocumentReader
{
    public static List<LegalDocumentFact> Read(ExtractedDocument document, FactSink sink)
    {
        var text = LegalText.Of(document);
        var own = Own(document, text, sink);
        var cited = CitedDocuments.Read(text, own?.Number, sink);
        return own is null ? cited : [own, .. cited];
    }

    /// <summary>The document's own record alone, or null when it is not an administrative or legal document.</summary>
    public static LegalDocumentFact? Own(ExtractedDocument document) => Own(document, LegalText.Of(document), new FactSink(document.Id, document.Source.Date));

    private static LegalDocumentFact? Own(ExtractedDocument document, LegalText text, FactSink sink)
    {
        if (LegalHeader.Read(text, document.Title) is not { } heading)
        {
            return null;
        }

        var signed = SignatureBlock.Find(text.BlockLines.SelectMany(b => b).ToList());
        // A kind line alone ("QUYẾT ĐỊNH" in a news headline) is not a document: it needs its number, or its date or signature.
        if (heading.Number is null && !(heading.KindLine && (heading.Date is not null || signed is not null)))
        {
            return null;
        }

        var body = new FoldedText(string.Join(' ', text.Blocks));
        var sentences = text.Sentences().Select(s => s.Sentence).Where(s => !LegalClauses.IsPreamble(s)).ToList();
        var effectSentence = sentences.FirstOrDefault(s => LegalClauses.AboutItself(s) && LegalClauses.Effective(s) is not null);
        var effect = effectSentence is null ? null : LegalClauses.Effective(effectSentence);
        var issuer = heading.Issuer is null ? null
            : heading.IssuerParent is { } parent ? $"{OfficialNames.Readable(heading.Issuer, body)} ({OfficialNames.Readable(parent, body)})"
            : OfficialNames.Readable(heading.Issuer, body);
        return new LegalDocumentFact(heading.Kind.Name, heading.Number, sink.Evidence(heading.NumberLine ?? heading.DateLine ?? document.Title))
        {
            Province = issuer is null ? null : ProvinceIn(issuer),
            Issuer = issuer is null ? null : new StatedField(issuer, sink.Evidence(heading.IssuerLine ?? issuer)),
            Subject = heading.Subject is null ? null : new StatedField(Subject(heading.Subject, body), sink.Evidence(heading.Subject)),
            SignedOn = heading.Date is null ? null : new StatedField(heading.Date, sink.Evidence(heading.DateLine!)),
            Signer = signed is null ? null : new SignerField(signed.Name, SignerTitle(signed, body), OnBehalfOf(signed.OnBehalfOf), sink.Evidence(signed.Text)),
            Effective = effect is { } e ? new EffectiveField(e.FromSigning ? heading.Date : e.Date, e.FromSigning, sink.Evidence(effectSentence!)) : null,
            Replaces = sentences.SelectMany(LegalClauses.Replaced)
                .DistinctBy(r => LegalDocumentAssembler.NumberKey(r.Document.Number))
                .Select(r => new ReplacedDocument(r.Text, r.Repealed, sink.Evidence(r.Text.Length > 0 ? SentenceOf(sentences, r.Text) : r.Text)))
                .ToList(),
        };
    }

    private static string SentenceOf(List<string> sentences, string part) => sentences.FirstOrDefault(s => s.Contains(part, StringComparison.Ordinal)) ?? part;

    // "VỀ VIỆC BAN HÀNH QUY CHẾ XÉT TẶNG …": the longest ending the running text spells in lower case, the rest lowered.
    private static string Subject(string capitals, FoldedText body)
    {
        if (capitals.Any(char.IsLower))
        {
            return capitals;
        }

        var words = capitals.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var start = 0; start + 3 < words.Length; start++)
        {
            var tail = string.Join(' ', words[start..]);
            var written = OfficialNames.Readable(tail, body);
            if (written != OfficialNames.Lowered(tail))
            {
                var head = start == 0 ? string.Empty : OfficialNames.Lowered(string.Join(' ', words[..start])) + " ";
                return head + (start == 0 ? written : char.ToLowerInvariant(written[0]) + written[1..]);
            }
        }

        return OfficialNames.Lowered(capitals);
    }

    // "PHÓ CHỦ TỊCH" → "Phó Chủ tịch"; "CHÁNH ÁN TÒA ÁN NHÂN DÂN TỈNH" → "Chánh án Tòa án nhân dân tỉnh" (the office as the text spells it).
    private static string SignerTitle(Signed signed, FoldedText body)
    {
        var position = OfficialNames.Title(signed.Title[..signed.PositionLength]);
        var office = signed.Title[signed.PositionLength..].Trim();
        if (office.Length == 0)
        {
            return position;
        }

        var written = OfficialNames.Readable(office, body);
        return $"{position} {char.ToUpperInvariant(written[0])}{written[1..]}";
    }

    // "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH" → "TM. Ủy ban nhân dân, KT. Chủ tịch"; "KT. CHỦ TỊCH PHÓ CHỦ TỊCH THƯỜNG TRỰC" →
    // "KT. Chủ tịch, Phó Chủ tịch thường trực".
    private static string? OnBehalfOf(string block) =>
        block.Length == 0 ? null : string.Join(", ", Marker().Split(block).Where(p => p.Trim().Length > 0).Select(p => p.Trim())
            .Chunk(2).SelectMany(pair => pair.Length == 2 ? Behalf(pair[0], pair[1]) : SignatureBlock.TitlesIn(pair[0]).Select(OfficialNames.Title)));

    private static IEnumerable<string> Behalf(string marker, string capitals)
    {
        var titles = SignatureBlock.TitlesIn(capitals).Select(OfficialNames.Title).ToList();
        return titles.Count == 0 ? [marker] : titles.Skip(1).Prepend($"{marker} {titles[0]}");
    }

    private static string? ProvinceIn(string issuer)
    {
        var folded = new FoldedText(issuer);
        foreach (var name in Answering.Provinces.FoldedNames)
        {
            var at = folded.Folded.IndexOf(string.Join(' ', name), StringComparison.Ordinal);
            if (at >= 0)
            {
                return BlocMentions.TitleCase(folded.Cut(at, string.Join(' ', name).Length));
            }
        }

        return null;
    }

    [GeneratedRegex(@"((?:TM|KT|Q|TL|TUQ)\.)", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
