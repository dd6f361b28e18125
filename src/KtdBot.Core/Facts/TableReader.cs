namespace KtdBot.Facts;

/// <summary>A table's header read into column roles (index, name, note, bloc, score, rank, multiple, award).</summary>
internal sealed class TableColumns
{
    private readonly Dictionary<string, int> _columns;

    private readonly IReadOnlyList<string> _headers;

    private TableColumns(Dictionary<string, int> columns, bool fromHeader, IReadOnlyList<string>? headers = null)
    {
        _columns = columns;
        FromHeader = fromHeader;
        _headers = headers ?? [];
    }

    /// <summary>The header cell of a role's column ("Khối trưởng năm 2024"), when a header named it.</summary>
    public string? Header(string role) => this[role] is { } i && i < _headers.Count ? _headers[i] : null;

    /// <summary>
    /// A score row read with its headers ("Tự chấm: 98,5; Khối chấm: 96,0; Xếp hạng: 2"), so a question about one of the
    /// columns finds its own figure; null when the row has fewer than two such figures.
    /// </summary>
    public string? Figures(IReadOnlyList<string> cells)
    {
        var skip = new[] { this["index"], this["name"], this["bloc"], this["note"] };
        var parts = new List<string>();
        for (var i = 0; i < cells.Count && i < _headers.Count; i++)
        {
            var header = _headers[i].Trim();
            if (!skip.Contains(i) && header.Length > 0 && cells[i].Any(char.IsDigit))
            {
                parts.Add($"{header}: {cells[i].Trim()}");
            }
        }

        return parts.Count >= 2 ? string.Join("; ", parts) : null;
    }

    /// <summary>True when a header row named the columns; false when they were guessed.</summary>
    public bool FromHeader { get; }

    public int? this[string role] => _columns.TryGetValue(role, out var index) ? index : null;

    /// <summary>
    /// Reads a table's header, one row or two: a second row under a merged header cell ("Nhiệm vụ năm 2026" over
    /// "KT | KP", "Điểm chấm theo tiêu chí" over its criteria) names the columns under it. Role codes the document's
    /// legend defines are read as the roles they stand for. HeaderRows is how many rows the header took.
    /// </summary>
    public static (TableColumns? Columns, int HeaderRows) Read(IReadOnlyList<DocumentLine> rows, RoleCodes codes)
    {
        var header = rows[0].Cells;
        if (FromHeaderRow(header) is not { } single)
        {
            return (null, 0);
        }

        if (rows.Count < 2 || SubHeader(header, rows[1].Cells) is not { } merged)
        {
            return (single, 1);
        }

        var cells = Enumerable.Range(0, Math.Max(header.Count, merged.Count))
            .Select(i => i >= merged.Count || merged[i].Length == 0 ? (i < header.Count ? header[i] : string.Empty) : Joined(codes.Label(merged[i]) ?? merged[i], Parent(header, i)))
            .ToList();
        return (FromHeaderRow(cells), 2);

        static string Joined(string sub, string parent) => parent.Length == 0 || parent == sub ? sub : $"{sub} ({parent})";
    }

    // The second row of a two-row header: short labels, no index, no unit, at least one under an empty (merged) cell.
    private static IReadOnlyList<string>? SubHeader(IReadOnlyList<string> header, IReadOnlyList<string> next)
    {
        var filled = next.Select((c, i) => (Text: c.Trim(), Index: i)).Where(c => c.Text.Length > 0).ToList();
        var fits = filled.Count > 0 && filled.All(c => c.Text.Length <= 40 && !IsIndex(c.Text) && !UnitPhrases.LooksLikeUnit(c.Text) && (!c.Text.Any(char.IsDigit) || c.Text.Contains('(')));
        var underMerged = filled.Any(c => c.Index < header.Count && c.Index > 0 && header[c.Index].Trim().Length == 0);
        return fits && underMerged && (next.Count == 0 || next[0].Trim().Length == 0) ? next.Select(c => c.Trim()).ToList() : null;
    }

    // The header cell a merged span starts at: the nearest filled cell at or left of the column.
    private static string Parent(IReadOnlyList<string> header, int column)
    {
        for (var i = Math.Min(column, header.Count - 1); i >= 0; i--)
        {
            if (header[i].Trim().Length > 0)
            {
                // "Điểm chấm theo tiêu chí (Điều 7 Quy chế …)": the note in brackets is no part of the columns' names.
                return System.Text.RegularExpressions.Regex.Replace(header[i], @"\s*\([^()]*\)", string.Empty).Trim();
            }
        }

        return string.Empty;
    }

    /// <summary>Reads a header row; null when the row is data, not a header.</summary>
    public static TableColumns? FromHeaderRow(IReadOnlyList<string> cells)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < cells.Count; i++)
        {
            var folded = new FoldedText(cells[i].Trim().Trim('*')).Folded.Trim().TrimEnd(':', '.');
            if (folded.Length == 0 || folded.Length > 60)
            {
                continue;
            }

            foreach (var (role, cues) in FactVocabulary.Columns)
            {
                // A later score column ("Điểm khối chấm" after "Điểm tự chấm") is the one that counts.
                if ((!columns.ContainsKey(role) || role == "score") && cues.Any(c => folded == c || (folded.StartsWith(c, StringComparison.Ordinal) && !char.IsLetter(folded[c.Length]))))
                {
                    columns[role] = i;
                    break;
                }
            }
        }

        // "STT | Tên doanh nghiệp, đơn vị | Loại hình | Vai trò": a header whose name column no cue knows — the first
        // column after the index that no other role took.
        if (!columns.ContainsKey("name") && columns.ContainsKey("index") && columns.Count >= 2)
        {
            var taken = columns.Values.ToHashSet();
            var free = Enumerable.Range(0, cells.Count).Where(i => !taken.Contains(i) && cells[i].Trim().Length > 0).ToList();
            if (free.Count > 0 && free[0] > columns["index"])
            {
                columns["name"] = free[0];
            }
        }

        // A summary with one row per bloc has no name column: "Khối | Khối trưởng năm 2024 | Khối phó năm 2024 | …",
        // or a schedule "Khối/Cụm | Thời gian | Địa điểm".
        var perBloc = columns.ContainsKey("bloc") && (columns.ContainsKey("leader") || columns.ContainsKey("deputy") || columns.ContainsKey("winner") || columns.ContainsKey("reviewdate"));
        return columns.ContainsKey("name") || perBloc || (columns.ContainsKey("index") && columns.Count >= 2) ? new TableColumns(columns, true, cells) : null;
    }

    /// <summary>Guesses columns for a table without a header: "1 | Sở Y tế | Khối trưởng".</summary>
    public static TableColumns Guess(IReadOnlyList<string> firstRow)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var start = 0;
        if (firstRow.Count > 1 && IsIndex(firstRow[0]))
        {
            columns["index"] = 0;
            start = 1;
        }

        columns["name"] = start;
        if (firstRow.Count > start + 1)
        {
            columns["note"] = start + 1;
        }

        return new TableColumns(columns, false);
    }

    public static bool IsIndex(string cell) => cell.Trim().TrimEnd('.').Length is > 0 and <= 3 && cell.Trim().TrimEnd('.').All(c => char.IsDigit(c) || c is 'I' or 'V' or 'X');

    /// <summary>A cell's text; bold or italic marks are kept only on the name, where they may say the unit's role.</summary>
    public string? Cell(IReadOnlyList<string> cells, string role) =>
        this[role] is { } i && i < cells.Count && cells[i].Trim().Trim('*').Trim().Length > 0 ? (role == "name" ? cells[i].Trim() : cells[i].Trim().Trim('*').Trim()) : null;
}
