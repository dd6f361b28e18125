using System.Globalization;
using System.Text.RegularExpressions;

namespace KtdBot.Facts;

/// <summary>
/// The columns of a table that speak of a row's bloc rather than of one member: its leader and deputy ("Khối trưởng năm
/// 2024", a name or an "x" on the unit's row), its leading unit and the award it got ("Đơn vị dẫn đầu (Cờ thi đua UBND
/// tỉnh năm 2024)"), and the day of its review conference ("Ngày hội nghị tổng kết").
/// </summary>
internal static partial class BlocColumns
{
    public static void Read(DocumentLine row, TableColumns columns, BlocRef bloc, IReadOnlyList<string> units, DocumentContext context, FactSink sink)
    {
        var evidence = sink.Evidence(row.Text);
        foreach (var (column, isDeputy) in new[] { ("leader", false), ("deputy", true) })
        {
            if (columns.Cell(row.Cells, column) is { } holder)
            {
                var unit = IsMark(holder) ? (units.Count == 1 ? units[0] : null) : holder;
                if (unit is { Length: > 2 })
                {
                    sink.Add(new RoleFact(bloc, YearOf(columns.Header(column)) ?? context.RosterYear, isDeputy, unit, null, null, false, evidence));
                }
            }
        }

        if (columns.Cell(row.Cells, "winner") is { Length: > 2 } winner && Form().Match(new FoldedText(columns.Header("winner") ?? string.Empty).Folded) is { Success: true } form)
        {
            var header = new FoldedText(columns.Header("winner")!);
            var giver = form.Groups["g"].Success ? header.Cut(form.Groups["g"].Index, form.Groups["g"].Length) : null;
            var name = header.Cut(form.Groups["form"].Index, form.Groups["form"].Length);
            sink.Add(new AwardFact(bloc, YearOf(columns.Header("winner")) ?? context.ReviewYear ?? context.RosterYear, char.ToUpperInvariant(name[0]) + name[1..], giver, false, [winner], evidence));
        }

        // "08h00, 26/12/2025" in a schedule: the day, with the hour kept in the row quoted as evidence.
        if (columns.Cell(row.Cells, "reviewdate") is { } day && Date().Match(day) is { Success: true } date)
        {
            var iso = $"{date.Groups["y"].Value}-{int.Parse(date.Groups["m"].Value, CultureInfo.InvariantCulture):D2}-{int.Parse(date.Groups["d"].Value, CultureInfo.InvariantCulture):D2}";
            var place = columns.Cell(row.Cells, "place") is { Length: > 2 } at ? at.Trim() : null;
            sink.Add(new ReviewFact(bloc, YearOf(columns.Header("leader")) ?? context.ReviewYear ?? context.RosterYear, iso, place, null, evidence));
        }
    }

    // "x", "✓": the row's unit holds the column's role.
    private static bool IsMark(string cell) => cell.Trim() is "x" or "X" or "✓" or "✔" or "+";

    private static int? YearOf(string? header) =>
        header is not null && HeaderYear().Match(new FoldedText(header).Folded) is { Success: true } m ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"\bnam\s+(?<y>20\d\d)\b")]
    private static partial Regex HeaderYear();

    [GeneratedRegex(@"(?<form>co thi dua|bang khen|giay khen)(?:\s+(?:cua\s+)?(?<g>(?:chu tich\s+)?(?:ubnd|uy ban nhan dan)(?:\s+tinh)?))?")]
    private static partial Regex Form();

    [GeneratedRegex(@"(?<![\d/])(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>20\d\d)\b")]
    private static partial Regex Date();
}
