using System.Text.RegularExpressions;

namespace KtdBot.Facts;

/// <summary>
/// A ranking whose table lost its grid (PDF text): after a header naming "Điểm" and "Đơn vị", each unit's name, its
/// points and its grade come one per line ("Sở Y tế" / "95,0" / "Xuất sắc"), or on one line ("1 Sở Y tế 95,0 Xuất sắc").
/// </summary>
internal static partial class ScoreReader
{
    public static int Read(IReadOnlyList<DocumentLine> lines, int index, BlocRef bloc, DocumentContext context, FactSink sink)
    {
        var header = lines[index].Folded.Folded;

        // "Công ty Điện lực Hà Tĩnh đạt 97,0 điểm, dẫn đầu khối": a score in a sentence.
        foreach (Match m in Scored().Matches(header))
        {
            if (UnitPhrases.SubjectBefore(lines[index].Folded, m.Index) is { } scored && UnitPhrases.LooksLikeUnit(scored))
            {
                sink.Add(new ScoreFact(bloc, context.ReviewYear ?? context.RosterYear, scored, lines[index].Folded.Cut(m.Groups["p"].Index, m.Groups["p"].Length), null, sink.Evidence(lines[index].Text)));
            }
        }

        // "- Phường Phổ Yên: 97,5 điểm, xếp thứ nhất;": one unit's score per list item.
        if (ListedScore().Match(header) is { Success: true } listed)
        {
            var text = lines[index].Folded;
            var scored = UnitPhrases.Capitalised(text.Cut(listed.Groups["u"].Index, listed.Groups["u"].Length));
            if (UnitPhrases.LooksLikeUnit(scored))
            {
                var rank = listed.Groups["r"].Success ? text.Cut(listed.Groups["r"].Index, listed.Groups["r"].Length) : null;
                sink.Add(new ScoreFact(bloc, context.ReviewYear ?? context.RosterYear, scored, text.Cut(listed.Groups["p"].Index, listed.Groups["p"].Length), rank, sink.Evidence(lines[index].Text)));
                return 0;
            }
        }

        // A PDF's table header may come out as a heading path ("KẾT QUẢ CHẤM ĐIỂM › Tự chấm › TT › Đơn vị › Khối chấm").
        var maxHeader = lines[index].Text.Contains('›', StringComparison.Ordinal) ? 240 : 80;
        if (lines[index].Text.Length > maxHeader || !header.Contains("diem", StringComparison.Ordinal) || !(header.Contains("don vi", StringComparison.Ordinal) || header.Contains("stt", StringComparison.Ordinal)))
        {
            return 0;
        }

        var year = context.ReviewYear ?? context.RosterYear;
        string? unit = null;
        string? points = null;
        var j = index + 1;
        for (; j < lines.Count && j < index + 120; j++)
        {
            var text = lines[j].Text.Trim();
            if (OneLine().Match(text) is { Success: true } row && UnitPhrases.LooksLikeUnit(row.Groups["unit"].Value))
            {
                Flush();
                sink.Add(new ScoreFact(bloc, year, row.Groups["unit"].Value.Trim(), row.Groups["p"].Value, row.Groups["r"].Success ? row.Groups["r"].Value.Trim() : null, sink.Evidence(text)));
                continue;
            }

            // Self-assessed then bloc-assessed: the later column is the one that counts.
            if (Points().IsMatch(text) && unit is not null)
            {
                points = text;
                continue;
            }

            if (UnitPhrases.LooksLikeUnit(text) && text.Length < 120)
            {
                Flush();
                unit = text;
                continue;
            }

            if (unit is not null && points is not null && text.Length < 30 && (!text.Any(char.IsDigit) || RankNumber().IsMatch(text)))
            {
                Add(text);
                unit = null;
                points = null;
                continue;
            }

            break;
        }

        Flush();
        return j - index - 1;

        void Flush()
        {
            if (unit is not null && points is not null)
            {
                Add(null);
            }

            unit = null;
            points = null;
        }

        void Add(string? rank) =>
            sink.Add(new ScoreFact(bloc, year, unit!, points!, rank, sink.Evidence(string.Join(" | ", new[] { unit!, points!, rank }.Where(x => x is not null)))));
    }

    [GeneratedRegex(@"\s(?:dat|duoc)\s+(?<p>\d{2,3}(?:[.,]\d{1,2})?)\s*(?:/\s*100\s*)?diem")]
    private static partial Regex Scored();

    [GeneratedRegex(@"^\s*(?:[-–•+*]|\d{1,2}[.)])?\s*(?<u>[^:;]{3,90}?)\s*:\s*(?<p>\d{2,3}(?:[.,]\d{1,2})?)\s*diem(?:\s*,\s*(?<r>xep (?:thu|hang|loai)\s+[^,;.]{2,20}))?")]
    private static partial Regex ListedScore();

    [GeneratedRegex(@"^(?:\d{2,3}(?:[.,]\d{1,2})?|\d[.,]\d{1,2})$")]
    private static partial Regex Points();

    // "Thứ nhất", "Hạng 1": a rank, not points.
    [GeneratedRegex(@"^(?:[Tt]hứ|[Hh]ạng|[Xx]ếp thứ)\s+\S+$")]
    private static partial Regex RankNumber();

    [GeneratedRegex(@"^(?:\d{1,2}[.)]?\s+)?(?<unit>\p{Lu}.+?)\s+(?<p>\d{2,3}(?:[.,]\d{1,2})?)(?:\s+(?<r>\p{Lu}[\p{L} ]{2,20}))?$")]
    private static partial Regex OneLine();
}
