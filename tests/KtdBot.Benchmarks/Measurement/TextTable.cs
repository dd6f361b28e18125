using System.Globalization;
using System.Text;

namespace KtdBot.Benchmarks.Measurement;

/// <summary>A plain, aligned text table (also valid Markdown), for console output and docs/benchmarks.md.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    /// <summary>Adds a row; numbers are formatted with the invariant culture.</summary>
    public void Add(params object[] cells) =>
        _rows.Add(cells.Select(c => c switch
        {
            double d => d.ToString("0.####", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => c?.ToString() ?? string.Empty,
        }).ToArray());

    /// <inheritdoc />
    public override string ToString()
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => i < r.Length ? r[i].Length : 0))).ToArray();
        var builder = new StringBuilder();
        Line(builder, headers, widths);
        builder.Append('|');
        foreach (var width in widths)
        {
            builder.Append(' ').Append('-', width).Append(" |");
        }

        builder.AppendLine();
        foreach (var row in _rows)
        {
            Line(builder, row, widths);
        }

        return builder.ToString();
    }

    private static void Line(StringBuilder builder, string[] cells, int[] widths)
    {
        builder.Append('|');
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < cells.Length ? cells[i] : string.Empty;
            builder.Append(' ').Append(cell.PadRight(widths[i])).Append(" |");
        }

        builder.AppendLine();
    }
}
