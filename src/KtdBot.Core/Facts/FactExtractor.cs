using KtdBot.Ingestion;

namespace KtdBot.Facts;

/// <summary>
/// The fact-extraction step of ingestion (after extract/clean, before chunk/encode): reads blocs (members, leader and
/// deputy per year, hand-overs, awards, review conferences, scores), campaigns, cash-reward multiples and legal-document
/// records (kind, number, issuer, signer, dates, what it replaces) from a document's tables, lists and sentences, each
/// fact with the sentence or row it came from. Deterministic: the same document gives the same facts.
/// </summary>
public static class FactExtractor
{
    /// <summary>Reads the facts of one document.</summary>
    public static DocumentFacts Extract(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = DocumentLines.Read(document);
        var context = DocumentContext.Of(document, lines);
        var sink = new FactSink(document.Id, context.Date);
        var mentions = lines.Select(l => l.IsRow ? [] : BlocMentions.Find(l, null, context.SpeaksOfBlocs || l.Text == l.Heading)).ToList();
        var canonical = new BlocNames(mentions.SelectMany(m => m).Select(m => m.Bloc), context.Province);
        var primary = canonical.Primary;

        BlocRef? current = null;
        string? currentHeading = null;
        var sheets = document.Source.Location?.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) == true;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsRow)
            {
                var rows = lines.Skip(i).TakeWhile(l => l.IsRow && l.Paragraph == line.Paragraph).ToList();
                // A table on another sheet of a workbook does not belong to the bloc named on the sheet before.
                var owner = current is not null && (!sheets || currentHeading == line.Heading) ? canonical.Of(current) : null;
                // A decision's table may map old units to new ones and divide the new ones into blocs at once.
                if (!SuccessionReader.ReadTable(rows, sink) || RosterReader.AssignsBlocs(rows, context))
                {
                    RosterReader.ReadTable(rows, LeadIn(lines, i), AwardSection(lines, i, context), owner, context, sink);
                    rows.ForEach(row => SuccessionReader.ReadLine(row, sink, context.Abbreviations)); // "Sở Tài chính (hợp nhất …)" in a roster's cell
                }

                AmountReader.ReadTable(rows, sink);
                i += rows.Count - 1;
                continue;
            }

            var mention = mentions[i].FirstOrDefault();
            if (mention is not null)
            {
                current = mention.Bloc;
                currentHeading = line.Heading;
            }

            // A sentence without a bloc's name speaks of the bloc last named, or of the document's main bloc.
            var bloc = mention is not null ? canonical.Of(mention.Bloc) : current is not null ? canonical.Of(current) : Generic(line) ? primary : null;
            var consumed = RosterReader.ReadProse(lines, i, mention, bloc, context, sink);
            consumed = Math.Max(consumed, AwardReader.Read(lines, i, bloc, context, sink));
            consumed = Math.Max(consumed, AssignmentReader.Read(lines, i, bloc, context, canonical.Of, sink));
            if (bloc is not null)
            {
                RoleReader.Read(line, bloc, context, sink);
                ReviewReader.Read(lines, i, bloc, context, sink);
                consumed = Math.Max(consumed, ScoreReader.Read(lines, i, bloc, context, sink));
            }

            AmountReader.ReadLine(line, sink);
            SuccessionReader.ReadLine(line, sink);
            i += consumed;
        }

        CampaignReader.Read(document, lines, context, sink);
        return new DocumentFacts(document.Id, Distinct(sink.Blocs), sink.Campaigns, sink.Amounts.DistinctBy(a => (a.Title, a.Multiple, a.For)).ToList(), sink.BaseSalary)
        {
            Rounding = sink.Rounding,
            Successions = sink.Successions.DistinctBy(s => (s.Old, s.New)).ToList(),
            Documents = LegalDocumentReader.Read(document, sink),
        };
    }

    // The line that introduces a table: "(Kèm theo Quyết định số …)" under an appendix's title is not it.
    private static DocumentLine? LeadIn(IReadOnlyList<DocumentLine> lines, int table)
    {
        var at = table - 1;
        while (at > 0 && table - at < 3 && lines[at].Text.TrimStart().StartsWith('(') && lines[at].Text.TrimEnd().EndsWith(')'))
        {
            at--;
        }

        return at >= 0 ? lines[at] : null;
    }

    // "II. BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH (09 tập thể)" a few lines above a table whose header a PDF broke apart.
    private static DocumentLine? AwardSection(IReadOnlyList<DocumentLine> lines, int table, DocumentContext context)
    {
        for (var at = table - 1; at >= 0 && table - at <= 4 && !lines[at].IsRow; at--)
        {
            if (AwardReader.SectionAward(lines[at], context.ConfersAwards) is not null)
            {
                return lines[at];
            }
        }

        return null;
    }

    // "các đơn vị trong khối", "khối đã …": the bloc the document is about.
    private static bool Generic(DocumentLine line)
    {
        var folded = line.Folded.Folded;
        return folded.Contains("trong khoi", StringComparison.Ordinal) || folded.Contains("khoi thi dua", StringComparison.Ordinal)
            || folded.Contains("khoi truong", StringComparison.Ordinal) || folded.Contains("cum truong", StringComparison.Ordinal)
            || folded.Contains("hoi nghi", StringComparison.Ordinal) || folded.Contains("de nghi", StringComparison.Ordinal);
    }

    // Repeated photo captions and summaries state the same fact twice: keep one.
    private static List<BlocFact> Distinct(List<BlocFact> facts) =>
        facts.DistinctBy(f => f switch
        {
            MembersFact m => $"m|{m.Bloc}|{m.Year}|{string.Join(';', m.Members)}|{m.DeclaredCount}",
            RoleFact r => $"r|{r.Bloc}|{r.Year}|{r.Deputy}|{r.Unit}",
            AwardFact a => $"a|{a.Bloc}|{a.Year}|{a.Form}|{string.Join(';', a.Recipients)}",
            ReviewFact v => $"v|{v.Bloc}|{v.Year}|{v.Date}|{v.Chair}",
            ScoreFact s => $"s|{s.Bloc}|{s.Year}|{s.Unit}",
            _ => f.ToString(),
        }).ToList();
}
