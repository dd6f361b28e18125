using System.Text.RegularExpressions;

namespace KtdBot.Facts;

/// <summary>
/// Awards proposed or conferred: "đề nghị UBND tỉnh tặng Cờ thi đua cho A và tặng Bằng khen cho B, C", "đề nghị Chủ tịch
/// UBND tỉnh tặng Bằng khen cho:" followed by a list, "A được tặng Cờ thi đua của UBND tỉnh".
/// </summary>
internal static partial class AwardReader
{
    /// <summary>Reads one line (and the list after it); without a bloc, only lists that name a bloc per item are read.</summary>
    public static int Read(IReadOnlyList<DocumentLine> lines, int index, BlocRef? bloc, DocumentContext context, FactSink sink)
    {
        var line = lines[index];
        var text = line.Folded;
        var folded = text.Folded;
        ReadLeadersListed(lines, index, context, sink);
        if (!FactVocabulary.AwardForms.Any(f => folded.Contains(f, StringComparison.Ordinal)))
        {
            return 0;
        }

        var proposed = ProposalCue().IsMatch(folded);
        var year = context.ReviewYear ?? context.RosterYear;
        var consumed = 0;
        string? giver = ProposalGiver().Match(folded) is { Success: true } g ? text.Cut(g.Groups["g"].Index, g.Groups["g"].Length) : null;
        foreach (Match m in GivesTo().Matches(folded))
        {
            var form = text.Cut(m.Groups["form"].Index, m.Groups["form"].Length);
            // "… đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho …": each proposal names its own giver.
            var ownGiver = ProposalGiver().Matches(folded).LastOrDefault(p => p.Index < m.Index && p.Index + p.Length >= m.Index);
            var formGiver = m.Groups["of"].Success ? text.Cut(m.Groups["of"].Index, m.Groups["of"].Length)
                : ownGiver is not null ? text.Cut(ownGiver.Groups["g"].Index, ownGiver.Groups["g"].Length) : giver;
            var start = m.Index + m.Length;
            // "tặng Bằng khen: A 05/05 phiếu (100%); B 04/05 phiếu (80%).": a colon's list runs to the sentence's end.
            var end = m.Groups["colon"].Success ? EndOfSentence(folded, start) : EndOfClause(folded, start);
            if (NextGive().Match(folded, start) is { Success: true } next && next.Index < end)
            {
                end = next.Index;
            }

            var list = CountPrefix().Replace(text.Original[start..end].Trim(), string.Empty);
            List<string> recipients;
            // "… cho:" or "… cho các tập thể có thành tích xuất sắc …:" — the recipients follow as a list.
            var leadsIn = list.Trim(':', ' ').Length == 0 || (list.TrimEnd().EndsWith(':') && !UnitPhrases.LooksLikeUnit(UnitPhrases.Capitalised(list)));
            if (leadsIn && index + 1 < lines.Count)
            {
                recipients = [];
                for (var j = index + 1; j < lines.Count && recipients.Count < 40 && UnitPhrases.IsListItem(lines[j].Text); j++)
                {
                    consumed = Math.Max(consumed, j - index);
                    // "- Khối thi đua số 1: Văn phòng UBND tỉnh; Sở Tư pháp.": the recipients of one bloc.
                    if (PerBloc(lines[j], context) is { } part)
                    {
                        sink.Add(new AwardFact(part.Bloc, year, Capitalise(form), formGiver, proposed, part.Recipients, sink.Evidence(line.Text + "\n" + lines[j].Text)));
                        continue;
                    }

                    recipients.Add(UnitPhrases.CleanItem(lines[j].Text));
                }
            }
            else
            {
                recipients = UnitPhrases.SplitList(list).Select(r => VoteTail().Replace(r, string.Empty)).ToList();
            }

            recipients = recipients.Select(UnitPhrases.Capitalised).Where(r => r.Length > 2 && char.IsUpper(r[0])).ToList();
            if (recipients.Count > 0 && bloc is not null)
            {
                sink.Add(new AwardFact(bloc, year, Capitalise(form), formGiver, proposed, recipients, sink.Evidence(line.Text)));
            }
        }

        // "- Cờ thi đua của UBND tỉnh: **UBND huyện Hữu Lũng** (đơn vị dẫn đầu Cụm)." under "Đề nghị khen thưởng".
        if (bloc is not null && FormLabel().Match(folded) is { Success: true } label)
        {
            var listed = UnitPhrases.SplitList(text.Original[(label.Index + label.Length)..].Replace("*", string.Empty, StringComparison.Ordinal))
                .Select(UnitPhrases.CleanItem).Where(r => r.Length > 2 && char.IsUpper(r[0])).ToList();
            var underProposal = proposed || Enumerable.Range(Math.Max(0, index - 4), index - Math.Max(0, index - 4)).Any(j => ProposalCue().IsMatch(lines[j].Folded.Folded)) || ProposalCue().IsMatch(new FoldedText(line.Heading).Folded);
            if (listed.Count > 0)
            {
                var of = label.Groups["of"].Success ? text.Cut(label.Groups["of"].Index, label.Groups["of"].Length) : null;
                sink.Add(new AwardFact(bloc, year, Capitalise(text.Cut(label.Groups["form"].Index, label.Groups["form"].Length)), of, underProposal, listed, sink.Evidence(line.Text)));
            }
        }

        // "suy tôn Hội Cựu chiến binh tỉnh là đơn vị dẫn đầu Khối …, đề nghị UBND tỉnh tặng Cờ thi đua;": no "cho", so
        // the flag goes to the unit the bloc put first.
        foreach (Match m in LeaderTakesFlag().Matches(folded))
        {
            var unit = UnitPhrases.Capitalised(text.Cut(m.Groups["u"].Index, m.Groups["u"].Length));
            if (bloc is not null && UnitPhrases.LooksLikeUnit(unit))
            {
                var of = m.Groups["of"].Success ? m.Groups["of"] : m.Groups["g"];
                var flagGiver = of.Length > 2 ? text.Cut(of.Index, of.Length).Trim() : giver;
                sink.Add(new AwardFact(bloc, year, Capitalise(text.Cut(m.Groups["form"].Index, m.Groups["form"].Length)), flagGiver, true, [unit], sink.Evidence(line.Text)));
            }
        }

        // "Hội LHPN tỉnh đạt 98,6 điểm, …, được suy tôn là đơn vị dẫn đầu Khối …, đề nghị UBND tỉnh tặng Cờ thi đua;"
        foreach (Match m in PassiveLeaderTakesFlag().Matches(folded))
        {
            if (bloc is not null && UnitPhrases.ClauseSubjectBefore(text, m.Index) is { } unit)
            {
                var of = m.Groups["of"].Success ? m.Groups["of"] : m.Groups["g"];
                var flagGiver = of.Length > 2 ? text.Cut(of.Index, of.Length).Trim() : giver;
                sink.Add(new AwardFact(bloc, year, Capitalise(text.Cut(m.Groups["form"].Index, m.Groups["form"].Length)), flagGiver, true, [unit], sink.Evidence(line.Text)));
            }
        }

        // "Hội X được tặng Cờ thi đua của UBND tỉnh" — in a sentence, not in a list's title ("DANH SÁCH TẬP THỂ ĐƯỢC TẶNG …").
        foreach (var m in ListTitle().IsMatch(folded) ? [] : Received().Matches(folded).ToList())
        {
            if (bloc is not null && UnitPhrases.SubjectBefore(text, m.Index) is { } unit)
            {
                var form = text.Cut(m.Groups["form"].Index, m.Groups["form"].Length);
                var of = m.Groups["of"].Success ? text.Cut(m.Groups["of"].Index, m.Groups["of"].Length) : null;
                sink.Add(new AwardFact(bloc, year, Capitalise(form), of, proposed, [unit], sink.Evidence(line.Text)));
            }
        }

        return consumed;
    }

    // Under "I. CỜ THI ĐUA CHO TẬP THỂ DẪN ĐẦU CÁC KHỐI THI ĐUA (04 tập thể)": "1. Sở Tài chính, đơn vị dẫn đầu Khối thi
    // đua số 1; 2. …" — each item is the award to one bloc's leading unit.
    private static void ReadLeadersListed(IReadOnlyList<DocumentLine> lines, int index, DocumentContext context, FactSink sink)
    {
        var line = lines[index];
        if (line.IsRow || SectionAward(new DocumentLine(line.Heading.Split('›')[^1].Trim(), [], line.Heading, line.Paragraph), context.ConfersAwards) is not { } award)
        {
            return;
        }

        // The list's title above the section names the year rewarded and the giver: "DANH SÁCH … được tặng Cờ thi đua của
        // Ủy ban nhân dân tỉnh năm 2025".
        var title = Enumerable.Range(0, index).Reverse().Take(12).Select(j => lines[j]).FirstOrDefault(l => ListTitle().IsMatch(l.Folded.Folded))
            ?? new DocumentLine(line.Heading, [], line.Heading, line.Paragraph);
        var giver = award.Giver ?? ListTitleAward(title)?.Giver;
        var year = HeadingYear().Matches(title.Folded.Folded).LastOrDefault() is { } y ? int.Parse(y.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : context.ReviewYear ?? context.RosterYear;

        foreach (Match m in LeaderItem().Matches(line.Folded.Folded))
        {
            var unit = UnitPhrases.CleanItem(line.Folded.Cut(m.Groups["u"].Index, m.Groups["u"].Length));
            if (UnitPhrases.LooksLikeUnit(unit) && BlocMentions.Find(new DocumentLine(line.Folded.Cut(m.Groups["b"].Index, m.Groups["b"].Length), [], line.Heading, line.Paragraph), context.Province, true) is [var bloc, ..])
            {
                sink.Add(new AwardFact(bloc.Bloc, year, award.Form, giver, award.Proposed, [unit], sink.Evidence(line.Text)));
            }
        }
    }

    /// <summary>
    /// "Tập thể được tặng Cờ thi đua" over a table's name column, or "Tặng Cờ thi đua của UBND tỉnh cho 07 tập thể …,
    /// gồm:" just before the table: its rows are an award's recipients, not a roster. Null for any other table.
    /// </summary>
    public static (string Form, string? Giver, bool Proposed)? TableAward(string? nameHeader, DocumentLine? leadIn, DocumentLine? section = null, bool confers = false)
    {
        // "DANH SÁCH TẬP THỂ ĐƯỢC TẶNG CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN TỈNH NĂM 2025": an appendix's title over its table.
        var fromLeadIn = LeadInAward(leadIn) ?? ListTitleAward(leadIn) ?? SectionAward(section ?? leadIn, confers);
        if (nameHeader is not null && HeaderAward().Match(new FoldedText(nameHeader).Folded) is { Success: true } header)
        {
            var text = new FoldedText(nameHeader);
            return (Capitalise(text.Cut(header.Groups["form"].Index, header.Groups["form"].Length)), fromLeadIn?.Giver, header.Groups["p"].Success);
        }

        return fromLeadIn;
    }

    private static (string Form, string? Giver, bool Proposed)? ListTitleAward(DocumentLine? leadIn)
    {
        if (leadIn is null || leadIn.IsRow || ListTitle().Match(leadIn.Folded.Folded) is not { Success: true } list
            || HeaderAward().Match(leadIn.Folded.Folded, list.Index) is not { Success: true } title)
        {
            return null;
        }

        var form = leadIn.Folded.Cut(title.Groups["form"].Index, title.Groups["form"].Length);
        var giver = TitleGiver().Match(leadIn.Folded.Folded, title.Index + title.Length) is { Success: true } g ? leadIn.Folded.Cut(g.Groups["g"].Index, g.Groups["g"].Length) : null;
        return (Capitalise(form.ToLowerInvariant()), giver is null ? null : Giver(giver), title.Groups["p"].Success);
    }

    /// <summary>True when a cell names an award form ("Cờ thi đua của UBND tỉnh", "Bằng khen"), not a dash or a remark.</summary>
    public static bool NamesAForm(string cell)
    {
        var folded = new FoldedText(cell).Folded;
        return FactVocabulary.AwardForms.Any(f => folded.StartsWith(f, StringComparison.Ordinal) || folded.Contains(" " + f, StringComparison.Ordinal));
    }

    /// <summary>
    /// "I. CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN TỈNH (09 tập thể)": a section of an award decision's list; its table is the
    /// award's recipients, conferred when the document confers awards.
    /// </summary>
    public static (string Form, string? Giver, bool Proposed)? SectionAward(DocumentLine? line, bool confers)
    {
        if (line is null || line.IsRow || line.Text.Length > 160 || SectionTitle().Match(line.Folded.Folded) is not { Success: true } m)
        {
            return null;
        }

        var form = Capitalise(line.Folded.Cut(m.Groups["form"].Index, m.Groups["form"].Length).ToLowerInvariant());
        var giver = m.Groups["of"].Success ? Giver(line.Folded.Cut(m.Groups["of"].Index, m.Groups["of"].Length)) : null;
        return (form, giver, !confers);
    }

    // "CỦA ỦY BAN NHÂN DÂN TỈNH" in a title set in capitals: the giver as people write it.
    private static string Giver(string giver) =>
        giver.Any(char.IsLower) ? giver : new FoldedText(giver).Folded.Contains("chu tich", StringComparison.Ordinal) ? "Chủ tịch UBND tỉnh" : "UBND tỉnh";

    private static (string Form, string? Giver, bool Proposed)? LeadInAward(DocumentLine? leadIn)
    {
        if (leadIn is null || leadIn.IsRow || !leadIn.Text.TrimEnd().EndsWith(':'))
        {
            return null;
        }

        var folded = leadIn.Folded.Folded;
        var gives = GivesTo().Match(folded);
        if (!gives.Success || UnitPhrases.LooksLikeUnit(UnitPhrases.Capitalised(leadIn.Text[(gives.Index + gives.Length)..])))
        {
            return null;
        }

        var of = gives.Groups["of"].Success ? leadIn.Folded.Cut(gives.Groups["of"].Index, gives.Groups["of"].Length) : null;
        return (Capitalise(leadIn.Folded.Cut(gives.Groups["form"].Index, gives.Groups["form"].Length)), of, ProposalCue().IsMatch(folded));
    }

    private static (BlocRef Bloc, List<string> Recipients)? PerBloc(DocumentLine line, DocumentContext context)
    {
        if (BlocMentions.Find(line, context.Province, true) is not [var mention, ..] || mention.Start > 4)
        {
            return null;
        }

        var rest = line.Text[mention.End..].TrimStart();
        if (!rest.StartsWith(':'))
        {
            return null;
        }

        var recipients = UnitPhrases.SplitList(rest[1..]).Select(UnitPhrases.Capitalised).Where(r => r.Length > 2 && char.IsUpper(r[0])).ToList();
        return recipients.Count > 0 ? (mention.Bloc, recipients) : null;
    }

    private static int EndOfSentence(string folded, int start)
    {
        var end = folded.IndexOf(". ", start, StringComparison.Ordinal);
        return end < 0 ? folded.TrimEnd('.').Length : end;
    }

    private static int EndOfClause(string folded, int start)
    {
        for (var i = start; i < folded.Length; i++)
        {
            if (folded[i] is ';' or '.' && (i + 1 >= folded.Length || folded[i + 1] == ' ' || folded[i] == ';'))
            {
                return i;
            }
        }

        return folded.Length;
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    [GeneratedRegex(@"^\s*(?:[-–•+*]\s*|\d{1,2}[.)]\s*)?(?<form>co thi dua|bang khen|giay khen)(?:\s+cua\s+(?<of>[^:]{3,60}))?\s*:\s*")]
    private static partial Regex FormLabel();

    [GeneratedRegex(@"(?:duoc|(?<p>de nghi))\s+(?:tang|trao|khen)\s+(?<form>co thi dua|bang khen|giay khen|huan chuong\s+\S+(?:\s+hang\s+\S+)?)")]
    private static partial Regex HeaderAward();

    [GeneratedRegex(@"\G\s+cua\s+(?<g>(?:chu tich\s+)?(?:ubnd|uy ban nhan dan)(?:\s+tinh)?)")]
    private static partial Regex TitleGiver();

    // "DANH SÁCH …", "PHỤ LỤC 1 DANH SÁCH …", after the heading a line may carry ("… › PHỤ LỤC 1 …").
    [GeneratedRegex(@"(?:^|›)\s*(?:phu luc\s+\S+\s+)?danh sach\b")]
    private static partial Regex ListTitle();

    // "I. CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN TỈNH (09 tập thể)", "2. Bằng khen của Chủ tịch UBND tỉnh:", "I. CỜ THI ĐUA CHO
    // TẬP THỂ DẪN ĐẦU CÁC KHỐI THI ĐUA THUỘC TỈNH (04 tập thể)".
    [GeneratedRegex(@"^\s*(?:[ivx]{1,4}|\d{1,2}|[a-d])[.)]\s+(?<form>co thi dua|bang khen|giay khen)(?:\s+cua\s+(?<of>(?:chu tich\s+)?(?:ubnd|uy ban nhan dan)(?:\s+tinh)?))?(?:\s+cho\s+[^():]{3,100}?)?\s*(?:\(\s*\d{1,3}\s+(?:tap the|ca nhan|don vi)\s*\))?\s*:?\s*(?:›.*)?$")]
    private static partial Regex SectionTitle();

    [GeneratedRegex(@"(?:^|;\s*)(?:\d{1,2}[.)]\s*)?(?<u>[^;]{3,120}?),\s*(?:la\s+)?(?:don vi|tap the)\s+dan dau\s+(?<b>(?:khoi|cum)\s+(?:thi dua\s+)?(?:so\s+)?\d{1,2})\b")]
    private static partial Regex LeaderItem();

    [GeneratedRegex(@"\bnam\s+(?<y>20\d\d)\b")]
    private static partial Regex HeadingYear();

    [GeneratedRegex(@"^\d{1,3}\s+(?:tập thể|cá nhân|đơn vị|tap the|ca nhan|don vi)\s*:?\s*")]
    private static partial Regex CountPrefix();

    [GeneratedRegex(@"\b(?:de nghi|binh bau|binh xet|suy ton|trinh|bieu quyet|thong nhat)\b")]
    private static partial Regex ProposalCue();

    [GeneratedRegex(@"\bde nghi\s+(?<g>(?:chu tich\s+)?(?:ubnd|uy ban nhan dan|thu tuong|chinh phu|hoi dong thi dua)[^,.;]{0,30}?)\s+(?:tang|trao|khen)")]
    private static partial Regex ProposalGiver();

    [GeneratedRegex(@"\b(?:tang|trao|khen thuong)\s+(?<form>co thi dua|bang khen|giay khen|huan chuong\s+\S+(?:\s+hang\s+\S+)?|danh hieu\s+[""“][^""”]{3,60}[""”]|danh hieu\s+\S+(?:\s+\S+){0,4}?)(?:\s+(?:cua|cho tap the cua)\s+(?<of>(?:chu tich\s+)?(?:ubnd|uy ban nhan dan|thu tuong|chinh phu|bo|tinh uy|hoi dong)[^,.;:]{0,40}?))?(?:\s+cho\s*:?\s*|(?<colon>\s*:\s*(?=\p{L})))")]
    private static partial Regex GivesTo();

    // "Sở Xây dựng 05/05 phiếu (100%)": the votes a recipient got.
    [GeneratedRegex(@"\s+\d{1,3}/\d{1,3}\s+phiếu.*$")]
    private static partial Regex VoteTail();

    [GeneratedRegex(@"\s*(?:;|,)?\s+(?:va\s+)?(?:de nghi\s+\S+(?:\s+\S+){0,7}\s+)?(?:tang|trao)\s+(?:co thi dua|bang khen|giay khen|huan chuong|danh hieu)")]
    private static partial Regex NextGive();

    [GeneratedRegex(@"\b(?:suy ton|binh chon|binh bau|binh xet)\s+(?<u>[^,;.]{3,80}?)\s+(?:la\s+)?(?:don vi\s+)?dan dau\b[^;.]{0,120}?\bde nghi\s+(?<g>[^;.]{0,40}?)\s*tang\s+(?<form>co thi dua)(?:\s+cua\s+(?<of>[^,;.:]{3,40}?))?\s*(?=[;.,:]|$)")]
    private static partial Regex LeaderTakesFlag();

    [GeneratedRegex(@"\bduoc\s+(?:suy ton|binh chon|binh bau)\s+(?:la\s+)?(?:don vi\s+)?dan dau\b[^;.]{0,120}?\bde nghi\s+(?<g>[^;.]{0,40}?)\s*tang\s+(?<form>co thi dua)(?:\s+cua\s+(?<of>[^,;.:]{3,40}?))?\s*(?=[;.,]|$)")]
    private static partial Regex PassiveLeaderTakesFlag();

    [GeneratedRegex(@"\bduoc\s+(?:tang|trao|nhan)\s+(?<form>co thi dua|bang khen|giay khen|huan chuong\s+\S+(?:\s+hang\s+\S+)?)(?:\s+cua\s+(?<of>[^,.;]{3,40}))?")]
    private static partial Regex Received();

}
