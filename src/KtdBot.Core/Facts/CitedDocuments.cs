using System.Text.RegularExpressions;

namespace KtdBot.Facts;

/// <summary>
/// Records of the documents a text cites, when the citing sentence states a fact of theirs outright: "Nghị định
/// 152/2025/NĐ-CP có hiệu lực từ ngày 01/7/2025", "Ngày 14/6/2025, Chính phủ đã ban hành Nghị định …", "Nghị định số
/// 42/2025/NĐ-CP ngày 27 tháng 02 năm 2025 của Chính phủ", "Phó Thủ tướng … đã ký Nghị định …". A mention without
/// such a fact gives nothing.
/// </summary>
internal static partial class CitedDocuments
{
    // How far after a document's number its "có hiệu lực từ …" may stand and still be about it.
    private const int EffectReach = 60;

    public static List<LegalDocumentFact> Read(LegalText text, string? ownNumber, FactSink sink)
    {
        var found = new List<LegalDocumentFact>();
        foreach (var (sentence, _) in text.Sentences())
        {
            var mentions = LegalClauses.Mentions(sentence).ToList();
            for (var i = 0; i < mentions.Count; i++)
            {
                var mention = mentions[i];
                if (ownNumber is not null && Same(mention.Number, ownNumber))
                {
                    continue;
                }

                var evidence = sink.Evidence(sentence);
                var next = i + 1 < mentions.Count ? mentions[i + 1].Start : sentence.Length;
                var effect = LegalClauses.Effective(sentence, mention.End) is { } e && e.At < next && e.At - mention.End <= EffectReach ? e : default((string? Date, bool FromSigning, int At)?);
                var announced = Announced().Match(sentence[..mention.Start]);
                var signer = SignedBy(sentence, mention);
                var date = mention.Date ?? (announced.Success ? VietnameseDates.Iso(VietnameseDates.Pattern().Match(new FoldedText(announced.Groups["date"].Value).Folded)) : null);
                var issuer = mention.Issuer ?? (announced.Success ? announced.Groups["who"].Value.Trim() : null);
                if (effect is null && signer is null && date is null)
                {
                    continue;
                }

                found.Add(new LegalDocumentFact(mention.Kind.Name, mention.Number, evidence)
                {
                    Cited = true,
                    Issuer = issuer is null ? null : new StatedField(issuer, evidence),
                    SignedOn = date is null ? null : new StatedField(date, evidence),
                    Signer = signer is null ? null : signer with { Evidence = evidence },
                    Effective = effect is { } stated ? new EffectiveField(stated.FromSigning ? date : stated.Date, stated.FromSigning, evidence) : null,
                });
            }
        }

        return found;
    }

    private static bool Same(string a, string b) => string.Equals(LegalDocumentAssembler.NumberKey(a), LegalDocumentAssembler.NumberKey(b), StringComparison.Ordinal);

    // "Phó Thủ tướng Trần Hồng Hà đã ký Nghị định …" or "Nghị định … do Phó Thủ tướng Trần Hồng Hà ký".
    private static SignerField? SignedBy(string sentence, DocumentMention mention)
    {
        var before = SignerBefore().Match(sentence[..mention.Start]);
        var after = SignerAfter().Match(sentence, mention.End);
        var m = before.Success ? before : after.Success && after.Index - mention.End < 80 ? after : null;
        return m is null ? null : new SignerField(m.Groups["name"].Value, m.Groups["title"].Value, null, new Evidence(string.Empty, sentence, null));
    }

    private const string SignerTitles = "Phó Thủ tướng|Thủ tướng(?: Chính phủ)?|Bộ trưởng|Thứ trưởng|Phó Chủ tịch|Chủ tịch|Phó Giám đốc|Giám đốc";

    [GeneratedRegex(@"(?<title>" + SignerTitles + @")(?:\s+[^,.;]{0,60}?)?\s+(?<name>\p{Lu}[\p{Ll}\p{M}]+(?:\s+\p{Lu}[\p{Ll}\p{M}]+){1,3})\s+(?:đã\s+|vừa\s+)*ký(?:\s+ban hành)?\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex SignerBefore();

    [GeneratedRegex(@"\G[^.;]{0,80}?\bdo\s+(?<title>" + SignerTitles + @")(?:\s+[^,.;]{0,60}?)?\s+(?<name>\p{Lu}[\p{Ll}\p{M}]+(?:\s+\p{Lu}[\p{Ll}\p{M}]+){1,3})\s+(?:đã\s+)?ký\b", RegexOptions.CultureInvariant)]
    private static partial Regex SignerAfter();

    // "Ngày 14/6/2025, Chính phủ đã ban hành " right before the document's name.
    [GeneratedRegex(@"(?:^|[.;]\s*)(?<date>[Nn]gày\s+\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|[/.-]\d{1,2}[/.-]\d{4})),\s*(?<who>[^,;.]{3,60}?)\s+(?:đã\s+|vừa\s+)*ban hành\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex Announced();
}
