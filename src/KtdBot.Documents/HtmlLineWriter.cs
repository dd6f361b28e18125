using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using KtdBot.Ingestion;

namespace KtdBot.Documents;

/// <summary>Turns a DOM subtree into lines: one per block, br breaks a line, data tables one line per row.</summary>
internal sealed partial class HtmlLineWriter(List<PageLine> lines)
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "dd", "details", "div", "dl", "dt", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption",
    };

    private readonly StringBuilder _current = new();

    /// <summary>Appends the lines of <paramref name="node"/> and everything under it.</summary>
    public void Write(INode node)
    {
        Visit(node);
        Break(PageLineKind.Text);
    }

    private void Visit(INode node)
    {
        if (node is IText text)
        {
            _current.Append(text.Data);
            return;
        }

        if (node is not IElement element)
        {
            return;
        }

        var name = element.LocalName;
        if (name == "br")
        {
            Break(PageLineKind.Text);
            return;
        }

        if (name == "img")
        {
            return; // alt text repeats the caption
        }

        if (name == "table" && IsDataTable(element))
        {
            Break(PageLineKind.Text);
            foreach (var row in element.QuerySelectorAll("tr"))
            {
                var cells = row.Children.Where(c => c.LocalName is "td" or "th")
                    .Select(c => Squeeze(c.TextContent))
                    .Where(c => c.Length > 0)
                    .ToList();
                if (cells.Count > 0)
                {
                    lines.Add(new PageLine(string.Join(" | ", cells)));
                }
            }

            return;
        }

        var block = BlockTags.Contains(name);
        if (block)
        {
            Break(PageLineKind.Text);
        }

        foreach (var child in element.ChildNodes)
        {
            Visit(child);
        }

        if (block)
        {
            Break(KindOf(element));
        }
    }

    private void Break(PageLineKind kind)
    {
        var text = Squeeze(_current.ToString());
        _current.Clear();
        if (text.Length > 0)
        {
            lines.Add(new PageLine(text, kind));
        }
    }

    private static PageLineKind KindOf(IElement element) => element.LocalName switch
    {
        "h2" or "h3" or "h4" or "h5" or "h6" => PageLineKind.Heading,
        "figcaption" or "caption" => PageLineKind.Caption,
        "p" or "div" when IsBoldOnly(element) => PageLineKind.Bold,
        _ when element.ClassList.Any(c => c.Contains("caption", StringComparison.OrdinalIgnoreCase)) => PageLineKind.Caption,
        _ => PageLineKind.Text,
    };

    // A paragraph whose text is all inside <strong>/<b> and reads like a heading, not a sentence.
    private static bool IsBoldOnly(IElement element)
    {
        var text = Squeeze(element.TextContent);
        if (text.Length is 0 or > 120 || text.EndsWith('.') || element.Children.Any(c => BlockTags.Contains(c.LocalName)))
        {
            return false;
        }

        var (total, bold) = CountBold(element, inBold: false);
        return total > 0 && bold == total;
    }

    // Letters and digits inside and outside <strong>/<b>.
    private static (int Total, int Bold) CountBold(INode node, bool inBold)
    {
        if (node is IText text)
        {
            var count = text.Data.Count(char.IsLetterOrDigit);
            return (count, inBold ? count : 0);
        }

        var bold = inBold || (node is IElement { LocalName: "strong" or "b" });
        var (total, boldCount) = (0, 0);
        foreach (var child in node.ChildNodes)
        {
            var (t, b) = CountBold(child, bold);
            total += t;
            boldCount += b;
        }

        return (total, boldCount);
    }

    private static bool IsDataTable(IElement table)
    {
        if (table.QuerySelector("table") is not null)
        {
            return false;
        }

        var cells = table.QuerySelectorAll("td, th").ToList();
        var rows = table.QuerySelectorAll("tr").ToList();
        return rows.Count > 0
            && rows.Any(r => r.Children.Count(c => c.LocalName is "td" or "th") >= 2)
            && cells.All(c => c.TextContent.Trim().Length < 300 && !c.Children.Any(x => x.LocalName is "p" or "div" && x.QuerySelectorAll("p, div").Length > 1));
    }

    private static string Squeeze(string text) => WhitespaceRun().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhitespaceRun();
}
