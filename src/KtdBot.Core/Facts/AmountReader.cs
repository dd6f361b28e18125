using System.Globalization;
using System.Text.RegularExpressions;

namespace KtdBot.Facts;

/// <summary>
/// Cash rewards as multiples of the base salary, from table rows ("Cờ thi đua cấp tỉnh | 8,0 | 18.720.000") and sentences
/// ("… kèm theo tiền thưởng 1,5 lần mức lương cơ sở"), and the base salary a document states ("mức lương cơ sở 2.340.000 đồng").
/// </summary>
internal static partial class AmountReader
{
    public static void ReadTable(IReadOnlyList<DocumentLine> rows, FactSink sink)
    {
        var columns = TableColumns.FromHeaderRow(rows[0].Cells);
        if (columns?["multiple"] is not { } multipleColumn)
        {
            // "Danh hiệu | Cá nhân | Tập thể" with "1,5 lần" in the cells: one multiple per column, named by its header.
            // A table cut by a section heading ("B | ĐỐI VỚI TẬP THỂ") continues without its header: every row is data then.
            var header = rows[0].Cells.Any(c => TimesCell().IsMatch(new FoldedText(c).Folded)) ? [] : rows[0].Cells;
            foreach (var row in header.Count == 0 ? rows : rows.Skip(1))
            {
                var title = row.Cells.FirstOrDefault(c => c.Length > 3 && !TableColumns.IsIndex(c) && !TimesCell().IsMatch(c));
                for (var i = 0; i < row.Cells.Count && title is not null; i++)
                {
                    if (TimesCell().Match(new FoldedText(row.Cells[i]).Folded) is { Success: true } times && Number(times.Groups["x"].Value) is { } x && x is > 0 and <= 200)
                    {
                        var who = i < header.Count && header[i].Trim().Length > 0 ? header[i].Trim() : null;
                        if (CleanTitle(title) is { } cleanTitle)
                        {
                            sink.Amounts.Add(new AmountFact(cleanTitle, x, sink.Evidence(row.Text), who));
                        }
                    }
                }
            }

            foreach (var row in rows.Where(r => !TimesCell().IsMatch(new FoldedText(r.Text).Folded)))
            {
                ReadLine(row, sink);
            }

            return;
        }

        var target = rows[0].Cells.ToList().FindIndex(c => new FoldedText(c).Folded.Trim().StartsWith("doi tuong", StringComparison.Ordinal));
        foreach (var row in rows.Skip(1))
        {
            var title = columns.Cell(row.Cells, "name") ?? row.Cells.FirstOrDefault(c => c.Length > 3 && !TableColumns.IsIndex(c));
            // "Cá nhân / Tập thể | 1,5 / 3,0": one multiple for each recipient.
            if (title is not null && multipleColumn < row.Cells.Count && target >= 0 && target < row.Cells.Count
                && row.Cells[multipleColumn].Split('/') is { Length: 2 } pair && row.Cells[target].Split('/') is { Length: 2 } whom
                && CleanTitle(title) is { } shared)
            {
                for (var k = 0; k < 2; k++)
                {
                    if (Number(pair[k].Trim()) is { } each && each is > 0 and <= 200)
                    {
                        sink.Amounts.Add(new AmountFact(shared, each, sink.Evidence(row.Text), whom[k].Trim()));
                    }
                }

                continue;
            }

            if (title is null || multipleColumn >= row.Cells.Count || Number(row.Cells[multipleColumn]) is not { } multiple || multiple is <= 0 or > 200)
            {
                continue;
            }

            if (CleanTitle(title) is { } cleanTitle)
            {
                sink.Amounts.Add(new AmountFact(cleanTitle, multiple, sink.Evidence(row.Text)));
            }
        }
    }

    public static void ReadLine(DocumentLine line, FactSink sink)
    {
        var folded = line.Folded.Folded;
        if (BaseSalary().Match(folded) is { Success: true } salary && Money(salary.Groups["v"].Value, salary.Groups["u"].Value) is { } value && value is > 500_000 and < 20_000_000)
        {
            sink.BaseSalary ??= value;
        }

        // "Tiền thưởng sau khi nhân với hệ số … được làm tròn số lên hàng chục nghìn đồng": amounts are rounded up.
        if (RoundingRule().IsMatch(folded))
        {
            sink.Rounding ??= sink.Evidence(line.Text);
        }

        // "- Cờ thi đua của UBND tỉnh ........ 8,0 lần" under "Hệ số tiền thưởng (số lần mức lương cơ sở)".
        if (!line.IsRow && sink.BaseSalary is not null && LeaderMultiple().Match(folded) is { Success: true } led
            && Number(led.Groups["x"].Value) is { } times && times is > 0 and <= 200
            && CleanTitle(line.Folded.Cut(led.Groups["t"].Index, led.Groups["t"].Length)) is { } ledTitle)
        {
            sink.Amounts.Add(new AmountFact(ledTitle, times, sink.Evidence(line.Text)));
            return;
        }

        var perRecipient = ReadPerRecipient(line, sink);
        foreach (Match m in Multiple().Matches(folded))
        {
            if (Number(m.Groups["x"].Value) is not { } multiple || multiple is <= 0 or > 200 || perRecipient.Contains(m.Index))
            {
                continue;
            }

            var title = line.IsRow
                ? line.Cells.FirstOrDefault(c => c.Length > 3 && !TableColumns.IsIndex(c) && !c.Contains("lần", StringComparison.OrdinalIgnoreCase))
                : TitleBefore(line.Folded, m.Index);
            if (title is not null && CleanTitle(title) is { } cleanTitle)
            {
                sink.Amounts.Add(new AmountFact(cleanTitle, multiple, sink.Evidence(line.Text)));
            }
        }
    }

    // "Bằng khen của Chủ tịch UBND tỉnh: cá nhân 1,5 lần; tập thể 3,0 lần mức lương cơ sở; hộ gia đình bằng 1,5 lần mức
    // tiền thưởng của cá nhân": one amount per recipient, a household's as a multiple of the individual's. Returns where
    // each multiple starts, so the plain reading does not count it again.
    private static HashSet<int> ReadPerRecipient(DocumentLine line, FactSink sink)
    {
        var starts = new HashSet<int>();
        var folded = line.Folded.Folded;
        var matches = Recipient().Matches(folded);
        // The base salary may be named in the line or once above the list ("Hệ số tiền thưởng (số lần mức lương cơ sở)").
        if (matches.Count == 0 || line.IsRow || (!folded.Contains("luong co so", StringComparison.Ordinal) && sink.BaseSalary is null)
            || TitleBefore(line.Folded, matches[0].Index) is not { } found || CleanTitle(found) is not { } title)
        {
            return starts;
        }

        decimal? individual = null;
        foreach (Match m in matches)
        {
            if (Number(m.Groups["x"].Value) is not { } x || x is <= 0 or > 200)
            {
                continue;
            }

            var who = Recipients[m.Groups["who"].Value];
            var relative = m.Groups["rel"].Success;
            if (relative && individual is null)
            {
                continue;
            }

            var multiple = relative ? x * individual!.Value : x;
            individual ??= who == "Cá nhân" ? x : null;
            starts.Add(m.Groups["x"].Index);
            sink.Amounts.Add(new AmountFact(title, multiple, sink.Evidence(line.Text), who));
        }

        return starts;
    }

    private static readonly Dictionary<string, string> Recipients = new(StringComparer.Ordinal)
    {
        ["ca nhan"] = "Cá nhân",
        ["tap the"] = "Tập thể",
        ["ho gia dinh"] = "Hộ gia đình",
    };

    // The title named before the multiple in a sentence: the last award noun phrase before it, with the titles listed
    // just before it ("Lao động tiên tiến, Chiến sĩ tiên tiến: 0,3 lần").
    private static string? TitleBefore(FoldedText text, int end)
    {
        var starts = TitleStart().Matches(text.Folded[..end]).ToList();
        if (starts.Count == 0)
        {
            return ListItemTitle(text.Original[..end]);
        }

        var at = starts.Count - 1;
        while (at > 0 && ListedBefore(text.Folded, starts[at - 1], starts[at].Index))
        {
            at--;
        }

        var best = starts[at].Index;

        var phrase = text.Original[best..end];
        var stop = StopWords().Match(new FoldedText(phrase).Folded);
        var title = (stop.Success ? phrase[..stop.Index] : phrase).Trim().Trim('"', '“', '”').TrimEnd(',', ':', ' ');
        return title.Length > 3 && title.Split(' ').Length <= 14 ? char.ToUpperInvariant(title[0]) + title[1..] : null;
    }

    // "Chiến sĩ thi đua cơ sở**" (Markdown bold), "Danh hiệu, khung và" (a sentence cut mid-phrase): a title is a name.
    internal static string? CleanTitle(string title)
    {
        var text = title.Replace("*", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).Trim().TrimEnd(':', ',', '.', ';').Trim();
        var last = new FoldedText(text.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty).Folded;
        var quotes = text.Count(c => c is '"' or '“' or '”');
        return text.Length < 4 || last is "va" or "la" or "cua" or "cho" or "voi" or "bang" or "duoc" || quotes % 2 == 1 ? null : text;
    }

    internal static decimal? Number(string text)
    {
        var t = text.Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
        if (t.Length == 0 || !char.IsDigit(t[0]))
        {
            return null;
        }

        t = t.Replace(',', '.');
        return decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static decimal? Money(string digits, string unit)
    {
        if (unit.StartsWith("trieu", StringComparison.Ordinal))
        {
            return Number(digits) * 1_000_000m;
        }

        var plain = digits.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
        return decimal.TryParse(plain, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    [GeneratedRegex(@"^\s*(?<x>\d{1,3}(?:[.,]\d{1,2})?)\s*lan\b")]
    private static partial Regex TimesCell();

    // "- Xã, phường tiêu biểu: 2,0 lần …": a list item names its title before the colon.
    private static string? ListItemTitle(string before)
    {
        var colon = before.LastIndexOf(':');
        if (colon < 0 || before[(colon + 1)..].Trim().Length > 0)
        {
            return null;
        }

        var item = ListItem().Match(before[..colon]);
        var title = item.Success ? item.Groups["t"].Value.Trim() : string.Empty;
        return title.Length > 3 && char.IsUpper(title[0]) && title.Split(' ').Length <= 10 ? title : null;
    }

    [GeneratedRegex(@"(?:^\s*(?:[-+•*]\s*|\d{1,2}[.)]\s*|[a-zđ][.)]\s*)?|[;\n]\s*)(?<t>[^:;\n]+)$")]
    private static partial Regex ListItem();

    // Only ", " between one title's words and the next title: "lao dong tien tien, chien si tien tien".
    private static bool ListedBefore(string folded, Match previous, int next)
    {
        var between = folded[previous.Index..next];
        var comma = between.LastIndexOf(", ", StringComparison.Ordinal);
        return comma > 0 && comma + 2 == between.Length && between.Split(' ').Length <= 8 && !between.Contains(':', StringComparison.Ordinal) && !between.Contains(';', StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\b(?<who>ca nhan|tap the|ho gia dinh)\s+(?:bang\s+|la\s+|duoc\s+thuong\s+)?(?<x>\d{1,3}(?:[.,]\d{1,2})?)\s*lan\b(?<rel>\s+muc\s+(?:tien\s+)?thuong\s+(?:cua|doi voi)\s+ca\s+nhan)?")]
    private static partial Regex Recipient();

    [GeneratedRegex(@"(?<x>\d{1,3}(?:[.,]\d{1,2})?)\s*lan\s+(?:muc\s+)?luong\s+co\s+so")]
    private static partial Regex Multiple();

    [GeneratedRegex(@"muc\s+luong\s+co\s+so[^.;]{0,60}?(?<v>\d{1,3}(?:[.,]\d{3}){1,3}|\d{1,2}(?:[.,]\d{1,2})?)\s*(?<u>trieu|dong|d\b|vnd)")]
    private static partial Regex BaseSalary();

    [GeneratedRegex(@"^\s*(?:[-+•*]\s*)?(?<t>[^.:;]{3,100}?)\s*(?:\.{2,}|…+)\s*(?<x>\d{1,3}(?:[.,]\d{1,2})?)\s*lan\b[^.;]{0,30}$")]
    private static partial Regex LeaderMultiple();

    [GeneratedRegex(@"lam tron(?: so)? len(?: den)? hang chuc (?:nghin|ngan)")]
    private static partial Regex RoundingRule();

    [GeneratedRegex(@"\b(?:danh hieu|huan chuong|huy chuong|co thi dua|bang khen|giay khen|chien si thi dua|lao dong tien tien|chien si tien tien|tap the lao dong|don vi quyet thang|don vi tien tien|anh hung|nha giao|thay thuoc|nghe nhan|gia dinh van hoa|thon, to dan pho van hoa|ky niem chuong)\b")]
    private static partial Regex TitleStart();

    [GeneratedRegex(@"\s(?:duoc|kem theo|thuong|muc|tien thuong|la|bang|voi)\s|:")]
    private static partial Regex StopWords();
}
