using System.Globalization;
using System.Text.RegularExpressions;

namespace KtdBot.Facts;

/// <summary>Member lists: tables (one per bloc, or one with a bloc column), enumerations in a sentence, numbered lists.</summary>
internal static partial class RosterReader
{
    /// <summary>Reads one table: members (and leader/deputy from a note column), or scores when it has a score column.</summary>
    public static void ReadTable(IReadOnlyList<DocumentLine> rows, DocumentLine? leadIn, DocumentLine? section, BlocRef? current, DocumentContext context, FactSink sink)
    {
        var (header, headerRows) = TableColumns.Read(rows, context.Codes);
        var body = rows.Skip(headerRows).ToList();
        var columns = header ?? TableColumns.Guess(rows[0].Cells);
        if (columns["multiple"] is not null)
        {
            return; // a reward table: AmountReader reads it
        }

        var tableAward = AwardReader.TableAward(columns.FromHeader ? columns.Cell(rows[0].Cells, "name") : null, leadIn, section, context.ConfersAwards);

        var bloc = current;
        var members = new List<(BlocRef Bloc, string Name, DocumentLine Row)>();
        foreach (var row in body)
        {
            // A row that only names a bloc ("| Khối thi đua số 2 | |") starts that bloc's part of the table.
            var filled = row.Cells.Where(c => c.Trim().Length > 0).ToList();
            if (filled.Count <= 2 && BlocMentions.Find(new DocumentLine(string.Join(" ", filled), [], row.Heading, row.Paragraph), context.Province, true) is [var only, ..]
                && filled.All(c => !TableColumns.IsIndex(c) || c == filled[0]) && !UnitPhrases.LooksLikeUnit(filled[^1]))
            {
                bloc = only.Bloc;
                continue;
            }

            if (row.IsGroupTitle)
            {
                continue; // "A. CÁC KHỐI THI ĐUA THUỘC TỈNH": a group of blocs, no member
            }

            // "| Cụm trưởng năm 2025 | UBND huyện Hữu Lũng |": a role and its holder, not a member row.
            if (filled.Count == 2 && RoleLabel().IsMatch(new FoldedText(filled[0]).Folded) && bloc is { } labelled)
            {
                RoleReader.Read(new DocumentLine($"{filled[0]}: {filled[1]}", [], row.Heading, row.Paragraph), labelled, context, sink);
                continue;
            }

            // A bloc column may name the bloc only on a group's first row (merged cells): carry it down.
            var blocCell = columns.Cell(row.Cells, "bloc");
            if (blocCell is not null && BlocFromCell(blocCell, columns.Cell(row.Cells, "blocname"), columns.Header("bloc"), row, context) is { } named)
            {
                bloc = bloc is not null && bloc.Kind == named.Kind && bloc.Number == named.Number && named.Descriptor is null ? bloc : named; // keep the title row's descriptor
            }

            var name = columns.Cell(row.Cells, "name");
            if (name is null && blocCell is not null && bloc is not null)
            {
                BlocColumns.Read(row, columns, bloc, [], context, sink); // one row per bloc: its roles, leading unit, conference
                continue;
            }

            if (name is null || TableColumns.IsIndex(name) || IsTotalRow(name) || IsFurniture(name) || (!columns.FromHeader && !UnitPhrases.LooksLikeUnit(name)))
            {
                continue;
            }

            // Without a bloc column, a cell may still name the row's bloc ("Dẫn đầu phong trào thi đua Khối thi đua số 1").
            // A note in a table with a bloc column ("Chuyển từ Khối thi đua số 8") tells where the unit came from, not its bloc.
            var rowBloc = columns["bloc"] is null && NamedInRow(row, name, context) is { } inRow ? inRow : bloc;
            if (rowBloc is null)
            {
                continue;
            }

            var (written, marked) = context.Emphasis.Read(name);
            var plain = context.Abbreviations.Expand(written);
            var note = columns.Cell(row.Cells, "note");
            var (unit, role) = SplitRole(plain, note);
            role ??= marked ?? context.Codes.Role(note);
            if (columns.Cell(row.Cells, "score") is { } points && HasDigit(points))
            {
                sink.Add(new ScoreFact(rowBloc, context.ReviewYear ?? context.RosterYear, unit, points, columns.Cell(row.Cells, "rank"), sink.Evidence(row.Text)) { Figures = columns.Figures(row.Cells) });
                // "| Bộ CHQS tỉnh | 97,6 | … | 1 | Cờ thi đua của UBND tỉnh |": the score sheet's proposal column.
                if (columns.Cell(row.Cells, "award") is { } proposal && AwardReader.NamesAForm(proposal))
                {
                    sink.Add(new AwardFact(rowBloc, context.ReviewYear ?? context.RosterYear, proposal, null, !context.ConfersAwards, [unit], sink.Evidence(row.Text)));
                }

                continue;
            }

            if (columns.Cell(row.Cells, "award") is { } award && award.Length > 3)
            {
                sink.Add(new AwardFact(rowBloc, context.ReviewYear ?? context.RosterYear, award, null, !context.ConfersAwards, [unit], sink.Evidence(row.Text)));
                continue;
            }

            // "Cụm thi đua số 1 | UBND thành phố …; UBND huyện … | <cụm trưởng> | <cụm phó>": one row per bloc, its units in one cell.
            var units = UnitPhrases.CellUnits(unit);
            if (tableAward is { } given)
            {
                // "Dẫn đầu Khối thi đua số 1 năm 2024": the row names the year of the results it rewards.
                var rewarded = RowYear(row, name) ?? context.ReviewYear ?? context.RosterYear;
                sink.Add(new AwardFact(rowBloc, rewarded, given.Form, given.Giver, given.Proposed, units, sink.Evidence((leadIn is null ? string.Empty : leadIn.Text + "\n") + row.Text)));
                continue;
            }

            members.AddRange(units.Select(u => (rowBloc, u, row)));
            if (role is null && context.Codes.RoleOfYear(note) is { } held)
            {
                sink.Add(new RoleFact(rowBloc, held.Year, held.Deputy, unit, null, null, false, sink.Evidence(row.Text))); // "KT 2025: Sở TC"
            }
            else if (role is { } deputy)
            {
                // "Khối trưởng năm 2025" noted in the 2026 roster is the role of its own year.
                var year = note is not null && NoteYear().Match(new FoldedText(note).Folded) is { Success: true } y ? int.Parse(y.Groups["y"].Value, CultureInfo.InvariantCulture) : context.RosterYear;
                sink.Add(new RoleFact(rowBloc, year, deputy, unit, null, null, false, sink.Evidence(row.Text)));
            }

            BlocColumns.Read(row, columns, rowBloc, units, context, sink);
        }

        foreach (var group in members.GroupBy(m => m.Bloc))
        {
            var names = group.Select(g => g.Name).ToList();
            var evidence = string.Join("\n", group.Select(g => g.Row.Text));
            sink.Add(new MembersFact(group.Key, context.RosterYear, names, null, true, sink.Evidence(evidence)));
        }
    }

    /// <summary>True when a table titles blocs on merged rows or marks leaders and deputies in their own columns.</summary>
    public static bool AssignsBlocs(IReadOnlyList<DocumentLine> rows, DocumentContext context) =>
        rows.Any(r => r.IsGroupTitle) || TableColumns.Read(rows, context.Codes).Columns is { } columns && (columns["leader"] is not null || columns["deputy"] is not null || columns["bloc"] is not null);

    /// <summary>
    /// "Khối thi đua 8 có 12 hội thành viên gồm: A, B, …", "Khối thi đua 2 (Công an, Quân sự, …)", "… gồm các đơn vị sau:"
    /// followed by numbered lines. Returns how many following lines were consumed as list items.
    /// </summary>
    public static int ReadProse(IReadOnlyList<DocumentLine> lines, int index, BlocMention? mention, BlocRef? bloc, DocumentContext context, FactSink sink)
    {
        var line = lines[index];
        var text = line.Folded;
        if (bloc is null)
        {
            return 0;
        }

        // A list in parentheses right after the bloc's name.
        if (mention is not null && ParenthesisedList().Match(text.Original, mention.End) is { Success: true } paren && paren.Index <= mention.End + 1)
        {
            var items = UnitPhrases.SplitList(paren.Groups["list"].Value);
            if (items.Count >= 2 && items.Count(UnitPhrases.LooksLikeUnit) * 2 >= items.Count)
            {
                AddMembers(sink, bloc, context.ReviewYear ?? context.RosterYear, items, null, line.Text);
                return 0;
            }
        }

        // "1. Khối thi đua số 1 (Khối các cơ quan tổng hợp): 07 đơn vị" followed by one unit per line (PDF tables).
        if (mention is not null && CountAtEnd().Match(text.Folded) is { Success: true } tail)
        {
            var units = FollowingUnits(lines, index);
            if (units.Count >= 2)
            {
                AddMembers(sink, bloc, context.RosterYear, units, int.Parse(tail.Groups["n"].Value, CultureInfo.InvariantCulture), line.Text + "\n" + string.Join("\n", units));
                return units.Count;
            }
        }

        var gom = Includes().Match(text.Folded, mention?.End ?? 0);
        if (!gom.Success || (mention is null && !GenericBloc().IsMatch(text.Folded)))
        {
            return 0;
        }

        int? count = int.TryParse(gom.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        var rest = text.Original[(gom.Index + gom.Length)..].Trim();
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0 && colon < 80)
        {
            rest = rest[(colon + 1)..].Trim();
        }
        else if (!gom.Groups["gom"].Success)
        {
            rest = string.Empty; // "có 12 đơn vị" without a list: only the count
        }

        if (rest.Length == 0)
        {
            // "… gồm các đơn vị sau:" then one line per unit.
            var following = FollowingUnits(lines, index);
            if (following.Count >= 2)
            {
                AddMembers(sink, bloc, context.RosterYear, following, count, line.Text + "\n" + string.Join("\n", following));
                return following.Count;
            }

            if (count is not null)
            {
                sink.Add(new MembersFact(bloc, context.ReviewYear ?? context.RosterYear, [], count, false, sink.Evidence(line.Text)));
            }

            return 0;
        }

        // "(gồm 07 phường: Phổ Yên, Vạn Xuân, …)": the list ends with the parenthesis, and its items take the type named.
        var close = rest.IndexOf(')', StringComparison.Ordinal);
        if (close > 0 && rest.IndexOf('(', 0, close) < 0)
        {
            rest = rest[..close];
        }

        var listed = Typed(UnitPhrases.SplitList(rest), TypeNoun().Match(text.Folded, gom.Index + gom.Length) is { Success: true } noun ? text.Cut(noun.Groups["t"].Index, noun.Groups["t"].Length) : null);
        if (listed.Count >= 2 && (listed.Count(UnitPhrases.LooksLikeUnit) * 2 >= listed.Count || (count == listed.Count && listed.All(i => i.Length > 1 && char.IsUpper(i[0])))))
        {
            AddMembers(sink, bloc, context.ReviewYear ?? context.RosterYear, listed, count, line.Text);
        }
        else if (count is not null)
        {
            sink.Add(new MembersFact(bloc, context.ReviewYear ?? context.RosterYear, [], count, false, sink.Evidence(line.Text)));
        }

        return 0;
    }

    // "Phổ Yên" in a list of "07 phường" is "Phường Phổ Yên", as rosters name it.
    private static List<string> Typed(List<string> items, string? placeType)
    {
        if (placeType is null)
        {
            return items;
        }

        var head = char.ToUpperInvariant(placeType[0]) + placeType[1..];
        return items.Select(i => UnitPhrases.LooksLikeUnit(i) || i.Length == 0 || !char.IsUpper(i[0]) ? UnitPhrases.Capitalised(i) : $"{head} {i}").ToList();
    }

    private static void AddMembers(FactSink sink, BlocRef bloc, int? year, List<string> items, int? count, string evidence)
    {
        var names = new List<string>();
        foreach (var item in items)
        {
            var (unit, deputy) = SplitRole(item, null);
            names.Add(UnitPhrases.CleanItem(unit));
            if (deputy is { } isDeputy)
            {
                sink.Add(new RoleFact(bloc, year, isDeputy, UnitPhrases.CleanItem(unit), null, null, false, sink.Evidence(evidence.Split('\n')[0])));
            }
        }

        sink.Add(new MembersFact(bloc, year, names, count, false, sink.Evidence(evidence)));
    }

    // Lines after a list's lead-in, each one unit ("Sở Nội vụ", "2 Cục Thống kê tỉnh", "- Sở Y tế"), until prose resumes.
    private static List<string> FollowingUnits(IReadOnlyList<DocumentLine> lines, int index)
    {
        var units = new List<string>();
        for (var j = index + 1; j < lines.Count && units.Count < 80; j++)
        {
            var text = lines[j].Text;
            var item = UnitPhrases.CleanItem(TrailingNumber().Replace(BareNumber().Replace(text, string.Empty), string.Empty));
            if (lines[j].IsRow || text.Length > 160 || IsFurniture(text) || !(UnitPhrases.IsListItem(text) || UnitPhrases.LooksLikeUnit(item)))
            {
                break;
            }

            units.Add(SplitRole(item, null).Deputy is null ? item : text.Trim());
        }

        return units;
    }

    private static bool IsFurniture(string text)
    {
        var folded = new FoldedText(text).Folded;
        return folded.StartsWith("noi nhan", StringComparison.Ordinal) || folded.StartsWith("luu", StringComparison.Ordinal)
            || folded.StartsWith("khoi truong", StringComparison.Ordinal) || folded.StartsWith("cum truong", StringComparison.Ordinal);
    }

    private static int? RowYear(DocumentLine row, string name) =>
        row.Cells.Where(c => c != name).Select(c => NoteYear().Match(new FoldedText(c).Folded)).FirstOrDefault(m => m.Success) is { } y
            ? int.Parse(y.Groups["y"].Value, CultureInfo.InvariantCulture)
            : null;

    private static BlocRef? NamedInRow(DocumentLine row, string name, DocumentContext context)
    {
        var others = string.Join(" ; ", row.Cells.Where(c => c != name && c.Trim().Length > 8));
        return others.Length == 0 ? null : BlocMentions.Find(new DocumentLine(others, [], row.Heading, row.Paragraph), context.Province, false).FirstOrDefault()?.Bloc;
    }

    // "2", "IV", "Khối IV", "Khối thi đua số 2"; a "Tên khối" cell beside it ("KHỐI NỘI CHÍNH") is the bloc's descriptor.
    private static BlocRef? BlocFromCell(string cell, string? blocName, string? header, DocumentLine row, DocumentContext context)
    {
        var trimmed = cell.Trim().TrimEnd('.');
        // "Khối 1 (Nội chính)": the number, and the bloc's descriptor in brackets.
        if (BracketedDescriptor().Match(trimmed) is { Success: true } bracketed && blocName is null)
        {
            trimmed = bracketed.Groups["b"].Value;
            var described = bracketed.Groups["d"].Value.Trim();
            blocName = new FoldedText(described).Folded.StartsWith("khoi", StringComparison.Ordinal) || new FoldedText(described).Folded.StartsWith("cum", StringComparison.Ordinal)
                ? described
                : $"{(new FoldedText(trimmed).Folded.StartsWith("cum", StringComparison.Ordinal) ? "Cụm" : "Khối")} {char.ToLowerInvariant(described[0])}{described[1..]}";
        }

        var numbered = NumberCell().Match(new FoldedText(trimmed).Folded);
        var digits = numbered.Groups["n"].Value;
        var number = !numbered.Success ? null : int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : Text.RomanNumerals.Value(digits);
        // A bare "1" under a "Cụm thi đua" header is a cluster's number.
        var word = numbered.Groups["k"].Value is { Length: > 0 } k ? k : new FoldedText(header ?? string.Empty).Folded.Trim();
        var kind = word.StartsWith("cum", StringComparison.Ordinal) ? Knowledge.BlocKind.Cum : Knowledge.BlocKind.Khoi;
        var bloc = number is > 0 and < 100
            ? new BlocRef(kind, number, $"{(kind == Knowledge.BlocKind.Cum ? "Cụm" : "Khối")} thi đua số {number}", context.Province)
            : BlocMentions.Find(new DocumentLine(trimmed, [], row.Heading, row.Paragraph), context.Province, true).FirstOrDefault()?.Bloc;
        return bloc is not null && blocName is { Length: > 3 } && !TableColumns.IsIndex(blocName)
            ? bloc with { Descriptor = bloc.Descriptor ?? BlocMentions.TitleCase(blocName) }
            : bloc;
    }

    // "Sở Y tế (Khối trưởng)" or a note cell "Khối phó": the role, with the unit's name cleaned.
    private static (string Unit, bool? Deputy) SplitRole(string name, string? note)
    {
        var unit = name;
        var role = RoleOf(note);
        var inName = RoleInName().Match(name);
        if (inName.Success)
        {
            role ??= RoleOf(inName.Groups["role"].Value);
            unit = name[..inName.Index].Trim();
        }

        return (unit, role);
    }

    private static bool? RoleOf(string? note)
    {
        if (note is null)
        {
            return null;
        }

        var folded = new FoldedText(note).Folded;
        if (DeputyWord().IsMatch(folded))
        {
            return true; // "Khối phó", "Phó khối"; not "phong trào thi đua Khối …"
        }

        return folded.Contains("khoi truong", StringComparison.Ordinal) || folded.Contains("cum truong", StringComparison.Ordinal) || folded.Trim() is "truong khoi" or "truong cum" ? false : null;
    }

    // A bloc column's cell: "2", "IV", "Khối IV", "Cụm thi đua số 2", "Khối TĐ số 1".
    [GeneratedRegex(@"^(?:(?<k>khoi|cum)\s+)?(?:(?:thi dua|td)\s+)?(?:so\s+)?(?<n>\d{1,2}|[ivx]{1,4})$")]
    private static partial Regex NumberCell();

    [GeneratedRegex(@"\b(?:(?:khoi|cum)\s+pho|pho\s+(?:truong\s+)?(?:khoi|cum))\b")]
    private static partial Regex DeputyWord();

    [GeneratedRegex(@"^(?:khoi|cum)\s+(?:truong|pho)\b")]
    private static partial Regex RoleLabel();

    [GeneratedRegex(@"\bnam\s+(?<y>20\d\d)\b")]
    private static partial Regex NoteYear();

    [GeneratedRegex(@"^(?<b>(?:[Kk]hối|[Cc]ụm|KHỐI|CỤM)[^()]{1,25}?)\s*\((?<d>[^()]{3,60})\)$")]
    private static partial Regex BracketedDescriptor();

    // "Tổng cộng", "Điểm bình quân của khối", "Tổng số phiếu hợp lệ": a summary row, no unit.
    private static bool IsTotalRow(string name) => new FoldedText(name).Folded.Trim() is var folded
        && (folded is "tong" or "tong cong" or "cong" || SummaryRow().IsMatch(folded));

    [GeneratedRegex(@"^(?:tong so|diem binh quan|binh quan|diem trung binh|trung binh|tong diem)\b")]
    private static partial Regex SummaryRow();

    private static bool HasDigit(string text) => text.Any(char.IsDigit);

    [GeneratedRegex(@"\G\s*(?:của\s+tỉnh\s+[^()]{2,30}\s*)?\((?<list>[^()]{8,600})\)")]
    private static partial Regex ParenthesisedList();

    // "gồm 12 hội thành viên:", "có 12 hội thành viên gồm:", "gồm các đơn vị:", "gồm 7 cơ quan, đơn vị cấp tỉnh:", "có 9 đơn vị".
    [GeneratedRegex(@"\b(?:(?<gom>gom)\b\s*(?:co\s+)?(?<n>\d{1,3})?|co\s+(?<n>\d{1,3})\s+(?:hoi|don vi|co quan|thanh vien|tap the|so|ban|nganh)[^:.;]{0,40}?(?:(?<gom>gom|bao gom)\b)?)")]
    private static partial Regex Includes();

    // The place type after a count: "gồm 07 phường:".
    [GeneratedRegex(@"\G\s*(?<t>phuong|xa|huyen|thi xa|thi tran|quan)\s*:")]
    private static partial Regex TypeNoun();

    [GeneratedRegex(@"(?<n>\d{1,3})\s+(?:don vi|co quan|hoi|thanh vien|tap the|co quan, don vi)\s*[.:]?\s*(?:›.*)?$")]
    private static partial Regex CountAtEnd();

    [GeneratedRegex(@"^\s*\d{1,3}[.)]?\s+(?=\p{Lu})")]
    private static partial Regex BareNumber();

    // "Sở Y tế 1": a PDF table whose STT column came out after the name.
    [GeneratedRegex(@"\s+\d{1,3}$")]
    private static partial Regex TrailingNumber();

    [GeneratedRegex(@"^(?:khoi|cum)\b|\b(?:khoi|cum) (?:thi dua )?(?:nay|co|gom)\b")]
    private static partial Regex GenericBloc();


    [GeneratedRegex(@"\s*[(\-–]\s*(?<role>(?:khối|cụm|Khối|Cụm|KHỐI|CỤM)\s+(?:trưởng|phó|Trưởng|Phó|TRƯỞNG|PHÓ))\s*\)?\s*$")]
    private static partial Regex RoleInName();
}
