using System.Globalization;
using System.Text.RegularExpressions;

namespace KtdBot.Facts;

/// <summary>
/// A decision assigns the roles of several blocs at once: "Giao nhiệm vụ Khối trưởng các khối thi đua năm 2025 như
/// sau:" then "a) Khối thi đua số 1: Viện Kiểm sát nhân dân tỉnh;", "Khối phó các khối thi đua số 1, 2 và 3 năm 2025
/// lần lượt là: A, B, C", or a role in brackets after its unit: "Cụm thi đua số 1 là thành phố Móng Cái (Cụm trưởng)".
/// A "lần lượt" list is read only when it names as many units as blocs.
/// </summary>
internal static partial class AssignmentReader
{
    /// <summary>Reads one line (and the per-bloc list after it); returns how many following lines it consumed.</summary>
    public static int Read(IReadOnlyList<DocumentLine> lines, int index, BlocRef? current, DocumentContext context, Func<BlocRef, BlocRef> canonical, FactSink sink)
    {
        var line = lines[index];
        var folded = line.Folded.Folded;
        if (!folded.Contains("truong", StringComparison.Ordinal) && !folded.Contains("pho", StringComparison.Ordinal))
        {
            return 0;
        }

        var consumed = LeadInList(lines, index, context, canonical, sink);
        Respectively(line, context, canonical, sink);
        Bracketed(line, current, context, canonical, sink);
        return consumed;
    }

    private static int LeadInList(IReadOnlyList<DocumentLine> lines, int index, DocumentContext context, Func<BlocRef, BlocRef> canonical, FactSink sink)
    {
        var line = lines[index];
        if (!line.Text.TrimEnd().EndsWith(':') || Role().Match(line.Folded.Folded) is not { Success: true } role)
        {
            return 0;
        }

        var year = LastYear(line.Folded.Folded, line.Folded.Folded.Length) ?? context.RosterYear;
        var consumed = 0;
        for (var j = index + 1; j < lines.Count && !lines[j].IsRow; j++)
        {
            var item = lines[j];
            if (BlocMentions.Find(item, context.Province, true) is not [var mention, ..] || mention.Start > 6)
            {
                break;
            }

            var rest = item.Text[mention.End..].TrimStart();
            var unit = rest.StartsWith(':') ? UnitPhrases.Capitalised(rest[1..].Trim().TrimEnd(';', '.', ',').Trim()) : string.Empty;
            if (!UnitPhrases.LooksLikeUnit(unit))
            {
                break;
            }

            sink.Add(new RoleFact(canonical(mention.Bloc), year, role.Groups["p"].Success, unit, null, null, false, sink.Evidence(line.Text + "\n" + item.Text)));
            consumed = j - index;
        }

        return consumed;
    }

    private static void Respectively(DocumentLine line, DocumentContext context, Func<BlocRef, BlocRef> canonical, FactSink sink)
    {
        var text = line.Folded;
        foreach (Match m in InTurn().Matches(text.Folded))
        {
            var numbers = Numbers().Matches(m.Groups["nums"].Value).Select(n => int.Parse(n.Value, CultureInfo.InvariantCulture)).ToList();
            var start = m.Index + m.Length;
            var end = text.Folded.IndexOf(". ", start, StringComparison.Ordinal) is var stop and >= 0 ? stop : text.Folded.TrimEnd('.', ' ').Length;
            var units = UnitPhrases.SplitList(text.Original[start..end]).Select(UnitPhrases.Capitalised).ToList();
            // The counts agreeing is the check: a bank or company ("Agribank chi nhánh …") has no unit word to start it.
            if (units.Count != numbers.Count || !units.All(u => u.Length > 2 && char.IsUpper(u[0])))
            {
                continue;
            }

            var kind = m.Groups["k"].Value == "cum" ? Knowledge.BlocKind.Cum : Knowledge.BlocKind.Khoi;
            var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : context.RosterYear;
            for (var i = 0; i < numbers.Count; i++)
            {
                var bloc = new BlocRef(kind, numbers[i], $"{(kind == Knowledge.BlocKind.Cum ? "Cụm" : "Khối")} thi đua số {numbers[i]}", context.Province);
                sink.Add(new RoleFact(canonical(bloc), year, m.Groups["p"].Success, units[i], null, null, false, sink.Evidence(line.Text)));
            }
        }
    }

    private static void Bracketed(DocumentLine line, BlocRef? current, DocumentContext context, Func<BlocRef, BlocRef> canonical, FactSink sink)
    {
        var text = line.Folded;
        var mentions = BlocMentions.Find(line, context.Province, true);
        foreach (Match m in BracketRole().Matches(text.Folded))
        {
            var boundary = Boundary().Matches(text.Folded[..m.Index]).LastOrDefault();
            var from = boundary is null ? 0 : boundary.Index + boundary.Length;
            var unit = UnitPhrases.Capitalised(text.Original[from..m.Index].Trim());
            var bloc = mentions.LastOrDefault(b => b.End <= m.Index)?.Bloc ?? current;
            if (bloc is null || !UnitPhrases.LooksLikeUnit(unit) || unit.Split(' ').Length > 14)
            {
                continue;
            }

            var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : LastYear(text.Folded, m.Index) ?? context.RosterYear;
            sink.Add(new RoleFact(canonical(bloc), year, m.Groups["p"].Success, unit, null, null, false, sink.Evidence(line.Text)));
        }
    }

    private static int? LastYear(string folded, int end) =>
        YearWord().Matches(folded[..end]).LastOrDefault() is { } y ? int.Parse(y.Groups["y"].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"\b(?:khoi|cum)\s+(?:(?<p>pho)|truong)\b")]
    private static partial Regex Role();

    [GeneratedRegex(@"\b(?:khoi|cum)\s+(?:(?<p>pho)|truong)\s+(?:cua\s+)?(?:cac\s+)?(?<k>khoi|cum)(?:\s+thi\s+dua)?\s+(?:so\s+)?(?<nums>\d{1,2}(?:\s*(?:,|va)\s*(?:so\s+)?\d{1,2})+)(?:\s+nam\s+(?<y>20\d\d))?\s+lan\s+luot\s+la\s*:?\s*")]
    private static partial Regex InTurn();

    [GeneratedRegex(@"\d{1,2}")]
    private static partial Regex Numbers();

    [GeneratedRegex(@"\(\s*(?:khoi|cum)\s+(?:(?<p>pho)|truong)(?:\s+nam\s+(?<y>20\d\d))?\s*\)")]
    private static partial Regex BracketRole();

    // Where the unit before a bracketed role begins: after a comma, colon, bracket, "là" or "và".
    [GeneratedRegex(@"[,;:()]\s*(?:(?:la|va|gom)\s+)?|\s(?:la|va|gom)\s+")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"\bnam\s+(?<y>20\d\d)\b")]
    private static partial Regex YearWord();
}
