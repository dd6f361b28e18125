using System.Text.RegularExpressions;
using KtdBot.Ingestion;

namespace KtdBot.Facts;

/// <summary>One line of a document as fact extraction reads it: a heading, a paragraph's sentence, a list item or a table row.</summary>
/// <param name="Text">The text (for a table row, the cells joined by " | ").</param>
/// <param name="Cells">The cells of a table row; empty for prose.</param>
/// <param name="Heading">The section heading it sits under.</param>
/// <param name="Paragraph">Index of the paragraph (a table counts as one), so sentences of one paragraph stay together.</param>
internal sealed record DocumentLine(string Text, IReadOnlyList<string> Cells, string Heading, int Paragraph)
{
    private FoldedText? _folded;

    public bool IsRow => Cells.Count > 1;

    /// <summary>A merged row that titles the rows under it ("KHỐI THI ĐUA SỐ 1 - …"), held as one filled cell.</summary>
    public bool IsGroupTitle { get; init; }

    public FoldedText Folded => _folded ??= new FoldedText(Text);
}

/// <summary>Splits a document into lines: paragraphs into sentences; " | " rows (DOCX, XLSX, PDF and Markdown tables) into cells.</summary>
internal static partial class DocumentLines
{
    public static List<DocumentLine> Read(ExtractedDocument document)
    {
        var lines = new List<DocumentLine>();
        var paragraph = 0;
        if (document.Title.Length > 0)
        {
            lines.Add(new DocumentLine(document.Title, [], string.Empty, paragraph++)); // a headline states facts too
        }

        foreach (var section in document.Sections)
        {
            if (section.Heading.Length > 0)
            {
                lines.Add(new DocumentLine(section.Heading, [], section.Heading, paragraph++));
            }

            var inTable = false;
            var raws = Unwrapped(section.Text.Split('\n')).ToList();
            for (var r = 0; r < raws.Count; r++)
            {
                var text = raws[r].Trim();
                if (text.Length == 0 || (inTable && TableRule().IsMatch(text)))
                {
                    continue; // blank lines between DOCX/PDF rows, and "-----+-----" rules inside a text table
                }

                if (Cells(text) is { Count: > 1 } cells)
                {
                    if (cells.All(c => MarkdownRule().IsMatch(c)))
                    {
                        continue; // "|---|---|"
                    }

                    if (!inTable)
                    {
                        paragraph++;
                        inTable = true;
                    }

                    lines.Add(new DocumentLine(string.Join(" | ", cells), cells, section.Heading, paragraph));
                    continue;
                }

                // "KHỐI THI ĐUA SỐ 1 - KHỐI CÁC CƠ QUAN TỔNG HỢP" on a merged row between a table's rows: one cell of it.
                if (inTable && IsGroupRow(text) && NextRow(raws, r))
                {
                    lines.Add(new DocumentLine(text, [text, string.Empty], section.Heading, paragraph) { IsGroupTitle = true });
                    continue;
                }

                inTable = false;
                paragraph++;
                foreach (var sentence in Sentences(text))
                {
                    lines.Add(new DocumentLine(sentence, [], section.Heading, paragraph));
                }
            }
        }

        return lines;
    }

    // Short, no sentence's end ("(06 đơn vị)" may close it): a group's title, not a note under the table.
    private static bool IsGroupRow(string text) => text.Length <= 150 && (!EndsSentence().IsMatch(text) || text.EndsWith(')'));

    private static bool NextRow(List<string> raws, int at)
    {
        var next = raws.Skip(at + 1).FirstOrDefault(l => l.Trim().Length > 0);
        // A header row after it starts another table: the line is that table's title, outside both.
        return next is not null && Cells(next.Trim()) is { Count: > 1 } cells && TableColumns.FromHeaderRow(cells) is null;
    }

    // Hard-wrapped text (TXT at 80 columns, PDF lines): a long line that does not end a sentence continues on the next,
    // unless that one starts a list item or a table row. "Đồng chí Lê Thị Minh" + "Hằng, Giám đốc …" is one sentence.
    private static IEnumerable<string> Unwrapped(string[] lines)
    {
        var pending = string.Empty;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 && pending.Length > 0)
            {
                continue; // a sentence broken across a PDF paragraph or page break carries on after the blank line
            }

            // "… (Nghị định số" + "73/2024/NĐ-CP).": a document number carries the sentence on, lower case or not.
            if (pending.Length > 0 && line.Length > 0 && !StartsBlock(line) && (line.Any(char.IsLower) || DocumentNumber().IsMatch(line)))
            {
                pending = pending + " " + line;
            }
            else
            {
                if (pending.Length > 0)
                {
                    yield return pending;
                }

                pending = line;
                if (line.Length == 0)
                {
                    yield return line;
                    pending = string.Empty;
                    continue;
                }
            }

            if (!Continues(pending))
            {
                yield return pending;
                pending = string.Empty;
            }
        }

        if (pending.Length > 0)
        {
            yield return pending;
        }
    }

    // "…: 07 đơn vị" (then one unit per line) is a lead-in, not a broken sentence.
    private static bool Continues(string line) =>
        line.Length >= 55 && Cells(line) is null && !EndsSentence().IsMatch(line) && !CountLeadIn().IsMatch(line);

    // Not "… lựa chọn 01 xã hoặc phường" (then "tiêu biểu nhất …"): the count ends the line, or a lead-in word follows it.
    [GeneratedRegex(@"\d{1,3}\s+(?:đơn vị|cơ quan|hội|thành viên|tập thể|xã|phường)(?:\s+(?:thành viên|trực thuộc|như sau|sau đây|gồm|gồm có|cấp tỉnh|cấp xã))?\s*:?\s*(?:›.*)?$")]
    private static partial Regex CountLeadIn();

    [GeneratedRegex(@"^\d{1,4}/\d{4}/")]
    private static partial Regex DocumentNumber();

    private static bool StartsBlock(string line) => Cells(line) is not null || ListStart().IsMatch(line);

    [GeneratedRegex(@"[.:;!?…)""”]\s*$")]
    private static partial Regex EndsSentence();

    [GeneratedRegex(@"^(?:[-–•+*]\s|\d{1,3}[.)]\s|[a-zđ][.)]\s|[IVX]{1,4}[.)]\s|Điều\s+\d)")]
    private static partial Regex ListStart();

    /// <summary>Cells of a " | " row, or null for prose.</summary>
    public static List<string>? Cells(string text)
    {
        if (!text.Contains(" | ", StringComparison.Ordinal) && !(text.StartsWith('|') && text.EndsWith('|')))
        {
            return null;
        }

        // "| a | b |" (Markdown) loses its outer pipes; " |  | 2 | Sở Nội vụ" (merged cells left empty) keeps its empty first cells.
        var trimmed = text.Trim();
        if (trimmed.Length > 1 && trimmed.StartsWith('|') && trimmed.EndsWith('|'))
        {
            trimmed = trimmed[1..^1];
        }

        return trimmed.Split('|').Select(c => c.Trim()).ToList();
    }

    // Sentence ends: ". " / "! " / "? " followed by a capital, a digit or an opening quote — not "TP. Hồ Chí Minh", "1.000".
    private static IEnumerable<string> Sentences(string paragraph)
    {
        var start = 0;
        foreach (Match m in SentenceEnd().Matches(paragraph))
        {
            var before = paragraph[start..m.Index].TrimEnd();
            // "Chiến sĩ thi đua cấp tỉnh ........ 3,0 lần": dot leaders before a figure end no sentence.
            var leader = before.EndsWith("..", StringComparison.Ordinal) && m.Index + m.Length < paragraph.Length && char.IsDigit(paragraph[m.Index + m.Length]);
            if (Abbreviation().IsMatch(before) || leader)
            {
                continue;
            }

            var sentence = paragraph[start..(m.Index + 1)].Trim();
            if (sentence.Length > 0)
            {
                yield return sentence;
            }

            start = m.Index + m.Length;
        }

        var rest = paragraph[start..].Trim();
        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    [GeneratedRegex(@"^[-+=|: ]{3,}$")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"^:?-{3,}:?$")]
    private static partial Regex MarkdownRule();

    // Also before an inline list item: "… năm 2024: - Khối thi đua số 1: A; B. - Khối thi đua số 3: C."
    [GeneratedRegex(@"[.!?…]\s+(?=[\p{Lu}\d""“(])|[.:;]\s+(?=[-–•]\s+\p{Lu})")]
    private static partial Regex SentenceEnd();

    // "TP. Hồ Chí Minh", "ThS. Nguyễn …", and list numbers ("gồm: 1. Sở Y tế; 2. …", "II. BẰNG KHEN …").
    [GeneratedRegex(@"(?:\b(?:TP|Tp|ThS|TS|PGS|GS|Th|St|Q|H|X)|(?:^|[\s:;(])(?:\d{1,2}|[IVX]{1,4}))$")]
    private static partial Regex Abbreviation();
}
