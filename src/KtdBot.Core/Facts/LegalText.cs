using System.Text.RegularExpressions;
using KtdBot.Ingestion;

namespace KtdBot.Facts;

/// <summary>
/// A document's text as the legal-document readers need it: Markdown emphasis dropped, table cells apart, and the
/// hard-wrapped lines of one paragraph kept together as a block, so "Số:" + "86/2025/QĐ-UBND" and "**TM. ỦY BAN" +
/// "NHÂN DÂN**" read as one. A blank line, a lone "|", a rule ("-------") or a cell ends a block.
/// </summary>
internal sealed partial class LegalText
{
    private readonly List<List<string>> _blocks = [];

    private LegalText(ExtractedDocument document)
    {
        var current = new List<string>();
        void Flush()
        {
            if (current.Count == 0)
            {
                return;
            }

            // A paragraph broken by a page ("… của Sở Nội" / "vụ. …") goes on in lower case: it is the same block.
            if (_blocks.Count > 0 && char.IsLower(current[0][0]) && char.IsLetterOrDigit(_blocks[^1][^1][^1]))
            {
                _blocks[^1].AddRange(current);
            }
            else
            {
                _blocks.Add(current);
            }

            current = [];
        }

        var headings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in document.Sections)
        {
            Flush();
            // A typed document's capital lines are section headings ("TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH"): they are its text
            // too, once each (a heading path "Chương I › Điều 1" repeats its parents in every section under them).
            foreach (var part in section.Heading.Split(" › ").Select(Clean).Where(p => p.Length > 0 && headings.Add(p)))
            {
                _blocks.Add([part]);
            }

            foreach (var raw in section.Text.Split('\n'))
            {
                var line = Clean(raw);
                if (line.Length == 0 || Rule().IsMatch(line))
                {
                    Flush();
                }
                else if (DocumentLines.Cells(line) is { Count: > 1 } cells)
                {
                    Flush();
                    foreach (var cell in cells.Select(Clean).Where(c => c.Length > 0 && !Rule().IsMatch(c)))
                    {
                        _blocks.Add([cell]);
                    }
                }
                else
                {
                    current.Add(line);
                }
            }
        }

        Flush();
        Blocks = _blocks.Select(b => string.Join(' ', b)).ToList();
    }

    /// <summary>Each block's lines, cleaned.</summary>
    public IReadOnlyList<IReadOnlyList<string>> BlockLines => _blocks;

    /// <summary>Each block, its lines joined.</summary>
    public IReadOnlyList<string> Blocks { get; }

    /// <summary>The sentences of every block, in order, with the index of their block.</summary>
    public IEnumerable<(string Sentence, int Block)> Sentences() =>
        Blocks.SelectMany((block, i) => SentenceEnd().Split(block).Where(s => s.Trim().Length > 0).Select(s => (s.Trim(), i)));

    public static LegalText Of(ExtractedDocument document) => new(document);

    // "**Điều 2.****", "*Hà Nội, ngày 26 tháng*": emphasis marks carry nothing; a line of only "|" is a cell border.
    private static string Clean(string line) => Spaces().Replace(line.Replace("*", string.Empty, StringComparison.Ordinal).Trim().Trim('|').Replace('\u00a0', ' '), " ").Trim();

    [GeneratedRegex(@"^[-=_–—.\s|:]{3,}$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    // ". " before a capital, a digit or a quote; "Điều 2. Quyết định này …" splits after the article's number too.
    [GeneratedRegex(@"(?<=[.!?;])\s+(?=[\p{Lu}\d“""(])")]
    private static partial Regex SentenceEnd();
}
