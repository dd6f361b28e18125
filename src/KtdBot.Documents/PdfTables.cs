using KtdBot.Text;
using UglyToad.PdfPig.DocumentLayoutAnalysis;

namespace KtdBot.Documents;

/// <summary>
/// Tables of a PDF page. Layout analysis returns a table as one block per column (each column's cells stacked, an index
/// column often as one block per number), so the text would read column after column. Blocks side by side — two or
/// more multi-line blocks overlapping in height, apart in width, plus the one-line blocks between their top and bottom —
/// are one table: its lines are regrouped by height into rows and by block into columns, joined by " | " as DOCX rows
/// are, with empty cells kept in place.
/// </summary>
internal static class PdfTables
{
    // Two-column layouts that are not tables: the national motto beside the issuer, the recipients beside the signature.
    private static readonly string[] LayoutCues = ["cong hoa xa hoi chu nghia", "doc lap - tu do", "noi nhan"];

    /// <summary>One table: the blocks it was made of, and its rows.</summary>
    public sealed record Table(IReadOnlySet<TextBlock> Blocks, IReadOnlyList<string> Rows);

    public static List<Table> Find(IReadOnlyList<TextBlock> blocks)
    {
        var tables = new List<Table>();
        var used = new HashSet<TextBlock>();
        var tall = blocks.Where(b => b.TextLines.Count >= 2).ToList();
        foreach (var seed in tall)
        {
            if (used.Contains(seed))
            {
                continue;
            }

            var side = tall.Where(b => !used.Contains(b) && (b == seed || (Overlap(b, seed) && Apart(b, seed)))).ToList();
            if (side.Count < 2 || !side.All(a => side.All(b => a == b || Apart(a, b))))
            {
                continue;
            }

            var top = side.Max(b => b.BoundingBox.Top) + 2;
            var bottom = side.Min(b => b.BoundingBox.Bottom) - 2;
            var small = blocks.Where(b => b.TextLines.Count == 1 && !side.Contains(b) && !used.Contains(b)
                && b.BoundingBox.Bottom >= bottom && b.BoundingBox.Top <= top && side.All(s => Apart(s, b))).ToList();
            var members = side.Concat(small).ToList();
            var rows = Rows(members);
            if (rows.Count < 3 || rows.Count(r => r.Count(c => c.Length > 0) >= 2) * 2 < rows.Count || IsLayout(rows))
            {
                continue;
            }

            used.UnionWith(members);
            tables.Add(new Table(members.ToHashSet(), rows.Select(r => string.Join(" | ", r)).ToList()));
        }

        return tables;
    }

    // Columns: blocks whose widths overlap are one column (an index column of one block per number). Rows: lines whose
    // baselines are within half a line of each other. A row with one cell below a filled row is that cell wrapping.
    private static List<List<string>> Rows(List<TextBlock> members)
    {
        var columns = new List<(double Left, double Right)>();
        foreach (var block in members.OrderBy(b => b.BoundingBox.Left))
        {
            var at = columns.FindIndex(c => block.BoundingBox.Left < c.Right && block.BoundingBox.Right > c.Left);
            if (at < 0)
            {
                columns.Add((block.BoundingBox.Left, block.BoundingBox.Right));
            }
            else
            {
                columns[at] = (Math.Min(columns[at].Left, block.BoundingBox.Left), Math.Max(columns[at].Right, block.BoundingBox.Right));
            }
        }

        var lines = members.SelectMany(b => b.TextLines).OrderByDescending(l => l.BoundingBox.Bottom).ToList();
        var height = lines.Select(l => l.BoundingBox.Height).Order().ElementAt(lines.Count / 2);
        var rows = new List<(double Baseline, string[] Cells)>();
        foreach (var line in lines)
        {
            var column = columns.FindIndex(c => line.BoundingBox.Left < c.Right && line.BoundingBox.Right > c.Left);
            var text = line.Text.Trim();
            if (column < 0 || text.Length == 0)
            {
                continue;
            }

            var row = rows.FindIndex(r => Math.Abs(r.Baseline - line.BoundingBox.Bottom) <= height * 0.5);
            if (row < 0)
            {
                rows.Add((line.BoundingBox.Bottom, new string[columns.Count]));
                row = rows.Count - 1;
            }

            var cells = rows[row].Cells;
            cells[column] = cells[column] is { Length: > 0 } before ? $"{before} {text}" : text;
        }

        var merged = new List<List<string>>();
        var previous = double.NaN;
        foreach (var (baseline, cells) in rows)
        {
            // A wrapped cell continues in lower case, or sits closer under its first line than the next row would.
            var filled = cells.Count(c => c is { Length: > 0 });
            var only = Array.FindIndex(cells, c => c is { Length: > 0 });
            var wraps = filled == 1 && merged.Count > 0 && only > 0 && merged[^1][only].Length > 0
                && (char.IsLower(cells[only][0]) || previous - baseline < height * 1.6);
            previous = baseline;
            if (wraps)
            {
                merged[^1][only] = $"{merged[^1][only]} {cells[only]}";
                continue;
            }

            merged.Add(cells.Select(c => c ?? string.Empty).ToList());
        }

        return merged;
    }

    private static bool IsLayout(List<List<string>> rows)
    {
        var text = VietnameseText.Fold(string.Join(' ', rows.SelectMany(r => r)));
        return LayoutCues.Any(c => text.Contains(c, StringComparison.Ordinal));
    }

    private static bool Overlap(TextBlock a, TextBlock b)
    {
        var overlap = Math.Min(a.BoundingBox.Top, b.BoundingBox.Top) - Math.Max(a.BoundingBox.Bottom, b.BoundingBox.Bottom);
        return overlap >= 0.6 * Math.Min(a.BoundingBox.Height, b.BoundingBox.Height);
    }

    private static bool Apart(TextBlock a, TextBlock b) =>
        a.BoundingBox.Right <= b.BoundingBox.Left || b.BoundingBox.Right <= a.BoundingBox.Left;
}
