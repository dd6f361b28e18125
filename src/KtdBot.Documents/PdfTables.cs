using KtdBot.Text;
using UglyToad.PdfPig.Content;

namespace KtdBot.Documents;

/// <summary>
/// Tables of a PDF page, rebuilt from where the words sit. Layout analysis reads a table column after column (each
/// column's cells stacked), so the rows are lost. Here the page's words are set in visual lines; a line whose words
/// leave wide gaps is cut into cells; consecutive lines whose cells line up in the same columns are a table; lines that
/// sit closer together than the rows do are one row (a cell wrapped on two lines, a header set on three). Rows come back
/// as "cell | cell", the way DOCX rows are, with empty cells kept in place.
/// </summary>
internal static class PdfTables
{
    // Two-column layouts that are not tables: the national motto beside the issuer, the recipients beside the signature.
    private static readonly string[] LayoutCues = ["cong hoa xa hoi chu nghia", "doc lap - tu do", "noi nhan"];

    /// <summary>One table: the words it was made of, its top edge, and its rows.</summary>
    public sealed record Table(IReadOnlySet<Word> Words, double Top, IReadOnlyList<string> Rows);

    public static List<Table> Find(IReadOnlyList<Word> words)
    {
        var lines = VisualLines(words);
        var tables = new List<Table>();
        var start = 0;
        while (start < lines.Count)
        {
            if (lines[start].Cells.Count < 2)
            {
                start++;
                continue;
            }

            var end = Extend(lines, start);
            var first = TightAbove(lines, start);
            var region = lines.GetRange(first, end - first);
            if (Build(region) is { } table)
            {
                tables.Add(table);
                start = end;
            }
            else
            {
                start++;
            }
        }

        return tables;
    }

    // One-cell lines just above a table's first line, as close as a wrapped line and between its columns: the top
    // half of a header cell set on two lines ("Khối, cụm thi đua" over "năm 2024").
    private static int TightAbove(List<VisualLine> lines, int start)
    {
        var bands = Bands([lines[start]]);
        var first = start;
        while (first > 0 && lines[first - 1].Cells.Count == 1
            && lines[first - 1].Baseline - lines[first].Baseline < lines[first].Height * 1.2
            && !bands.Any(b => Overlaps(lines[first - 1].Cells[0], b)))
        {
            first--;
        }

        return first;
    }

    // The run of lines from a first multi-cell line: further multi-cell lines, and one-cell lines that fit inside one
    // column (a wrapped cell), while the gaps stay within a few rows.
    private static int Extend(List<VisualLine> lines, int start)
    {
        var bands = Bands([lines[start]]);
        var end = start + 1;
        var lastMulti = start;
        for (var i = start + 1; i < lines.Count; i++)
        {
            var gap = lines[i - 1].Baseline - lines[i].Baseline;
            if (gap > lines[i].Height * 5)
            {
                break;
            }

            if (lines[i].Cells.Count >= 2)
            {
                bands = Bands(lines.GetRange(start, i - start + 1).Where(l => l.Cells.Count >= 2));
                lastMulti = i;
                end = i + 1;
                continue;
            }

            // A wrapped cell stays inside its column; a sentence or heading under the table runs across columns.
            var cell = lines[i].Cells[0];
            // Or it sits tight under the line before, in a gap between columns: a header cell set on two lines.
            var crossed = bands.Where(b => Overlaps(cell, b)).ToList();
            var inside = (crossed.Count == 1 && cell.Left >= crossed[0].Left - 3) || (crossed.Count == 0 && gap < lines[i].Height * 1.2);
            if (!inside || i - lastMulti > 3)
            {
                break;
            }

            end = i + 1;
        }

        // One-cell lines after the last multi-cell line belong to it only when they sit closer than the rows do.
        var multi = Enumerable.Range(start, lastMulti - start + 1).Where(i => lines[i].Cells.Count >= 2).ToList();
        var pitches = multi.Zip(multi.Skip(1), (a, b) => b == a + 1 ? lines[a].Baseline - lines[b].Baseline : double.NaN).Where(g => !double.IsNaN(g)).Order().ToList();
        var wrapped = pitches.Count > 0 ? pitches[pitches.Count / 2] * 0.8 : lines[start].Height * 1.6;
        while (end - 1 > lastMulti && lines[end - 2].Baseline - lines[end - 1].Baseline > wrapped)
        {
            end--;
        }

        return end;
    }

    private static Table? Build(List<VisualLine> region)
    {
        var multi = region.Where(l => l.Cells.Count >= 2).ToList();
        var bands = ColumnBands(multi);
        if (multi.Count < 2 || bands.Count < 2 || region.Count < 3)
        {
            return null;
        }

        // Columns must recur: at least two bands used by two or more lines.
        if (bands.Count(b => multi.Count(l => l.Cells.Any(c => Overlaps(c, b))) >= 2) < 2)
        {
            return null;
        }

        var rows = Rows(region, bands);
        var text = VietnameseText.Fold(string.Join(' ', rows.SelectMany(r => r)));
        if (LayoutCues.Any(c => text.Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }

        var used = region.SelectMany(l => l.Cells).SelectMany(c => c.Words).ToHashSet();
        return new Table(used, region[0].Top, rows.Select(r => string.Join(" | ", r)).ToList());
    }

    // Lines closer together than the table's row pitch are one row: when the gaps fall in two classes, the small one is
    // a line inside a cell. Each column's text is read top to bottom.
    private static List<List<string>> Rows(List<VisualLine> region, List<(double Left, double Right)> bands)
    {
        var gaps = region.Zip(region.Skip(1), (a, b) => a.Baseline - b.Baseline).ToList();
        var smallest = gaps.Min();
        var inCell = gaps.Any(g => g > smallest * 1.4) ? smallest * 1.25 : 0;
        var rows = new List<List<string>>();
        for (var i = 0; i < region.Count; i++)
        {
            var cells = new string[bands.Count];
            // A header set tighter than the rows ("Điểm khối chấm Xếp thứ") may read as one cell: cut it into its columns.
            foreach (var cell in region[i].Cells.SelectMany(c => Split(c, bands.Count(b => Overlaps(c, b)))))
            {
                var column = bands.FindIndex(b => Overlaps(cell, b));
                column = column < 0 ? Nearest(bands, cell) : column;
                cells[column] = cells[column] is { Length: > 0 } before ? $"{before} {cell.Text}" : cell.Text;
            }

            if (i > 0 && gaps[i - 1] <= inCell)
            {
                var row = rows[^1];
                for (var c = 0; c < cells.Length; c++)
                {
                    if (cells[c] is { Length: > 0 } more)
                    {
                        row[c] = row[c].Length > 0 ? $"{row[c]} {more}" : more;
                    }
                }

                continue;
            }

            rows.Add(cells.Select(c => c ?? string.Empty).ToList());
        }

        return rows;
    }

    // A cell across k columns is k cells, cut at its k - 1 widest gaps between words.
    private static IEnumerable<Cell> Split(Cell cell, int columns)
    {
        if (columns < 2 || cell.Words.Count < 2)
        {
            return [cell];
        }

        var cuts = Enumerable.Range(1, cell.Words.Count - 1)
            .OrderByDescending(i => cell.Words[i].BoundingBox.Left - cell.Words[i - 1].BoundingBox.Right)
            .Take(columns - 1)
            .Order()
            .ToList();
        var parts = new List<Cell>();
        var start = 0;
        foreach (var cut in cuts.Append(cell.Words.Count))
        {
            parts.Add(new Cell(cell.Words.GetRange(start, cut - start)));
            start = cut;
        }

        return parts;
    }

    private static int Nearest(List<(double Left, double Right)> bands, Cell cell) =>
        bands.Select((b, i) => (Distance: Math.Abs(b.Left - cell.Left), i)).MinBy(x => x.Distance).i;

    // The columns of a table: bands of the lines with the most cells, widened by other lines' cells that fall in one band.
    private static List<(double Left, double Right)> ColumnBands(List<VisualLine> lines)
    {
        if (lines.Count == 0)
        {
            return [];
        }

        var most = lines.Max(l => l.Cells.Count);
        var bands = Bands(lines.Where(l => l.Cells.Count == most));
        foreach (var cell in lines.Where(l => l.Cells.Count < most).SelectMany(l => l.Cells))
        {
            var hit = bands.FindIndex(b => Overlaps(cell, b));
            if (hit >= 0 && bands.Count(b => Overlaps(cell, b)) == 1)
            {
                bands[hit] = (Math.Min(bands[hit].Left, cell.Left), Math.Max(bands[hit].Right, cell.Right));
            }
            else if (hit < 0)
            {
                bands.Add((cell.Left, cell.Right));
            }
        }

        return Bands(bands);
    }

    // Column bands: the x-extents of cells that overlap, merged across lines.
    private static List<(double Left, double Right)> Bands(IEnumerable<VisualLine> lines) =>
        Bands(lines.SelectMany(l => l.Cells).Select(c => (c.Left, c.Right)));

    private static List<(double Left, double Right)> Bands(IEnumerable<(double Left, double Right)> spans)
    {
        var bands = new List<(double Left, double Right)>();
        foreach (var cell in spans.OrderBy(c => c.Left))
        {
            var at = bands.FindIndex(b => cell.Left < b.Right && cell.Right > b.Left);
            if (at < 0)
            {
                bands.Add((cell.Left, cell.Right));
            }
            else
            {
                bands[at] = (Math.Min(bands[at].Left, cell.Left), Math.Max(bands[at].Right, cell.Right));
            }
        }

        return bands.OrderBy(b => b.Left).ToList();
    }

    private static bool Overlaps(Cell cell, (double Left, double Right) band) => cell.Left < band.Right && cell.Right > band.Left;

    // Words on one baseline, top of the page first; a gap more than twice the usual space starts a new cell.
    private static List<VisualLine> VisualLines(IReadOnlyList<Word> words)
    {
        var lines = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var height = Math.Max(word.BoundingBox.Height, 4);
            var line = lines.FirstOrDefault(l => Math.Abs(l[0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= height * 0.3);
            if (line is null)
            {
                lines.Add([word]);
            }
            else
            {
                line.Add(word);
            }
        }

        // A cell gap is much wider than the page's usual space between words (which tight tables come close to).
        var sorted = lines.Select(l => l.OrderBy(w => w.BoundingBox.Left).ToList()).ToList();
        var spaces = sorted.SelectMany(l => l.Zip(l.Skip(1), (a, b) => b.BoundingBox.Left - a.BoundingBox.Right)).Where(g => g > 0).Order().ToList();
        var space = spaces.Count > 0 ? spaces[spaces.Count / 2] : 3;
        var threshold = Math.Max(space * 2.2, 5);
        return sorted.Select(l => new VisualLine(l, threshold)).ToList();
    }

    private sealed class VisualLine
    {
        public VisualLine(List<Word> words, double threshold)
        {
            Baseline = words.Average(w => w.BoundingBox.Bottom);
            Top = words.Max(w => w.BoundingBox.Top);
            Height = Math.Max(words.Select(w => w.BoundingBox.Height).Order().ElementAt(words.Count / 2), 4);
            var current = new List<Word> { words[0] };
            for (var i = 1; i < words.Count; i++)
            {
                if (words[i].BoundingBox.Left - words[i - 1].BoundingBox.Right > threshold)
                {
                    Cells.Add(new Cell(current));
                    current = [];
                }

                current.Add(words[i]);
            }

            Cells.Add(new Cell(current));
        }

        public double Baseline { get; }

        public double Top { get; }

        public double Height { get; }

        public List<Cell> Cells { get; } = [];
    }

    private sealed class Cell(List<Word> words)
    {
        public List<Word> Words { get; } = words;

        public double Left { get; } = words[0].BoundingBox.Left;

        public double Right { get; } = words[^1].BoundingBox.Right;

        public string Text { get; } = string.Join(' ', words.Select(w => w.Text));
    }
}
