using System.Text.RegularExpressions;
using KtdBot.Ingestion;

namespace KtdBot.Answering.Passages;

/// <summary>What a piece of a passage is: a sentence, one list item, a whole list with its lead-in, or a question.</summary>
internal enum UnitKind
{
    /// <summary>A sentence of running text.</summary>
    Sentence,

    /// <summary>One item of a list or one clause (khoản, điểm): answers a single fact.</summary>
    Item,

    /// <summary>A lead-in ending with ":" together with every item that follows it: answers "gồm những gì", criteria.</summary>
    List,

    /// <summary>A question the document asks itself (Q&amp;A headings): a topic, never an answer.</summary>
    Question,
}

/// <summary>A candidate answer cut from a passage.</summary>
/// <param name="Text">The words as quoted.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Index">Its position among the passage's units, so neighbours can be found.</param>
/// <param name="Line">The logical line it was cut from (for a list, its lead-in's line), to find the article it sits under.</param>
/// <param name="Lead">For an item, the line (or section heading) that introduces its list; for a list, its own lead-in line ("… đạt các tiêu chuẩn sau đây:"); else null.</param>
internal sealed record AnswerUnit(string Text, UnitKind Kind, int Index, int Line, string? Lead = null)
{
    /// <summary>
    /// True when the unit may be quoted as an answer: not a question, not a file listing in code spans, not a decision's
    /// header line (its number, its place and date) nor its list of recipients ("Nơi nhận:").
    /// </summary>
    public bool Answers => Kind != UnitKind.Question && !Text.Contains('`', StringComparison.Ordinal) && !AnswerUnits.IsFurniture(this);
}

/// <summary>
/// Cuts a passage into answer units. Documents crawled from the web are hard-wrapped mid-sentence and carry Markdown
/// emphasis, so lines are rejoined first; list items (-, +, •, 1., (1), a), đ)) stay items, and a lead-in ending with
/// ":" is kept with the items that follow it, as one list, besides each item on its own.
/// </summary>
internal static partial class AnswerUnits
{
    private const int ShortestUnit = 13;

    /// <summary>The units of <paramref name="text"/>; <paramref name="heading"/> introduces a list that has no lead-in of its own.</summary>
    public static List<AnswerUnit> Of(string text, string heading) => Of(LogicalLines(text).ToList(), heading);

    /// <summary>The units of logical <paramref name="lines"/> (see <see cref="LogicalLines"/>).</summary>
    public static List<AnswerUnit> Of(IReadOnlyList<string> lines, string heading)
    {
        var units = new List<AnswerUnit>();
        var items = new List<(string Text, int Line)>();
        string? lead = null;
        var leadLine = 0;
        var markedList = false;
        void Add(string unitText, UnitKind kind, int line, string? itemLead = null)
        {
            // A short lead-in ("Nơi nhận:") is kept: it says what its list is.
            if (unitText.Length >= ShortestUnit || unitText.EndsWith(':'))
            {
                units.Add(new AnswerUnit(unitText, IsQuestion(unitText) ? UnitKind.Question : kind, units.Count, line, itemLead));
            }
        }

        void FlushList()
        {
            if (items.Count == 0)
            {
                if (lead is not null)
                {
                    Add(lead, UnitKind.Sentence, leadLine);
                    lead = null;
                }

                return;
            }

            // A list without an introducing line is introduced by its section heading.
            var intro = lead ?? (heading.Length > 0 ? heading.Split(" › ")[^1] : null);
            var whole = (intro is null ? string.Empty : intro.TrimEnd(':', ' ') + ": ") + string.Join("; ", items.Select(i => i.Text.TrimEnd(';', '.', ' ')).Where(i => i.Length > 0)) + ".";
            foreach (var item in items)
            {
                Add(item.Text, UnitKind.Item, item.Line, intro);
            }

            if (items.Count > 1 || lead is not null)
            {
                Add(whole, UnitKind.List, lead is null ? items[0].Line : leadLine, lead);
            }

            items.Clear();
            lead = null;
            markedList = false;
        }

        for (var l = 0; l < lines.Count; l++)
        {
            var line = lines[l];
            var item = ListItems.Item(line);

            // Crawled pages often lose the bullets: short lines ending with ";" or "." right after a lead-in are its items.
            // A list whose items carry markers ends at the first line without one.
            var unmarked = item is null && (lead is not null || LeadInJustBefore(l)) && !markedList && IsUnmarkedItem(line);
            if (item is not null || unmarked)
            {
                if (items.Count == 0 && lead is null && LeadInJustBefore(l))
                {
                    lead = units[^1].Text;
                    leadLine = units[^1].Line;
                    units.RemoveAt(units.Count - 1);
                }

                // "a) … đạt các tiêu chuẩn sau đây:" introduces items of its own.
                if (item is not null && item.EndsWith(':'))
                {
                    FlushList();
                    lead = item;
                    leadLine = l;
                    continue;
                }

                markedList |= item is not null;
                items.Add((item ?? line, l));
                continue;
            }

            FlushList();
            foreach (var sentence in Chunker.Sentences(line))
            {
                Add(sentence, UnitKind.Sentence, l);
            }
        }

        bool LeadInJustBefore(int l) =>
            units.Count > 0 && units[^1].Line == l - 1 && units[^1].Kind == UnitKind.Sentence && units[^1].Text.EndsWith(':');

        FlushList();
        return units;
    }

    /// <summary>Lines as the author wrote them: hard wraps undone, emphasis marks and table borders dropped.</summary>
    internal static IEnumerable<string> LogicalLines(string text)
    {
        var current = new System.Text.StringBuilder();
        foreach (var raw in text.Split('\n'))
        {
            var line = Clean(raw);
            if (line.Length == 0)
            {
                if (current.Length > 0)
                {
                    yield return current.ToString();
                    current.Clear();
                }

                continue;
            }

            // A line that goes on in lower case continues the sentence, whatever the wrap fell after ("…, phường;\ncác đơn vị …").
            // "Điều" wrapped away from its number ("Điều\n1. Phạm vi điều chỉnh") is the article's heading, not a list.
            var continues = (char.IsLower(line[0]) && ListItems.Item(line) is null) || Divisions.Contains(current.ToString());
            if (current.Length > 0 && !continues && (EndsALine(current) || ListItems.Item(line) is not null || line.StartsWith('|')))
            {
                yield return current.ToString();
                current.Clear();
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(line);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    // A line ends where its author ended it: after a full stop, a colon or semicolon, or a table row.
    private static bool EndsALine(System.Text.StringBuilder line)
    {
        var last = line[^1];
        return last is '.' or ':' or ';' or '!' or '?' or '|' || (last is '"' or '”' or ')' && line.Length > 1 && line[^2] is '.' or ';');
    }

    private static string Clean(string raw)
    {
        var line = Emphasis().Replace(raw, string.Empty).Trim();
        return line is "|" or "-" or "–" || line.All(c => c is '-' or '_' or '=' or '|' or ' ') ? string.Empty : Spaces().Replace(line, " ");
    }

    private const int LongestUnmarkedItem = 400;

    internal static bool IsFurniture(AnswerUnit unit) =>
        HeaderLine().IsMatch(unit.Text) || (unit.Lead ?? unit.Text).StartsWith("Nơi nhận", StringComparison.Ordinal);

    // "Số: 86/2025/QĐ-UBND", "86/2025/QĐ-UBND", "Bắc Ninh, ngày 03 tháng 12 năm 2025".
    [GeneratedRegex(@"^(?:Số\s*:.{0,40}|\d+/(?:\d{4}/)?[A-ZĐ]+(?:-[A-ZĐ]+)*|[\p{L} ]+,\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\.?)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderLine();

    private static readonly HashSet<string> Divisions = new(StringComparer.Ordinal) { "Điều", "Chương", "Mục", "Phần", "Khoản" };

    private static bool IsUnmarkedItem(string line) =>
        line.Length <= LongestUnmarkedItem && (line.EndsWith(';') || line.EndsWith('.')) && !line.StartsWith('|') && !QuestionForms.Concludes(line);

    private static bool IsQuestion(string unit) => unit.TrimEnd(' ', '*', '"', '”').EndsWith('?');

    // "**Điều 5.**", "*(*)*": emphasis and footnote stars.
    [GeneratedRegex(@"\(\*+\)|\*+", RegexOptions.CultureInvariant)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
