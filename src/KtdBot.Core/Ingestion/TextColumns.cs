using System.Text.RegularExpressions;

namespace KtdBot.Ingestion;

/// <summary>
/// A typed notice sets its letterhead and its signature block in two columns with spaces ("CỤM THI ĐUA SỐ 3
/// CÁC XÃ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"). Read line by line, each line joins the two; read as columns,
/// the issuer, number and recipients stay apart from the national motto, place and date, and the signer.
/// </summary>
internal static partial class TextColumns
{
    // A line set this far right with nothing on its left belongs to the right column ("    Sông Mã, ngày 15 …").
    private const int RightIndent = 20;

    public static IReadOnlyList<string> Split(IReadOnlyList<string> lines)
    {
        var result = new List<string>(lines.Count + 8);
        var i = 0;
        var top = Block(lines, 0);
        if (top > 0)
        {
            AddColumns(lines, 0, top, result);
            i = top;
        }

        for (; i < lines.Count; i++)
        {
            if (SignatureStart().IsMatch(lines[i]) && Block(lines, i) is var end && end > i)
            {
                AddColumns(lines, i, end, result);
                i = end - 1;
                continue;
            }

            result.Add(lines[i]);
        }

        return result;
    }

    // The run of non-empty lines from start in which some line has two columns; its end, or start when none has.
    private static int Block(IReadOnlyList<string> lines, int start)
    {
        var end = start;
        var columns = false;
        while (end < lines.Count && lines[end].Trim().Length > 0)
        {
            columns |= ColumnBreak().IsMatch(lines[end].TrimEnd());
            end++;
        }

        // The signature block may be split by blank lines ("(đã ký)", then the name): it runs to the end.
        if (columns && start > 0)
        {
            end = lines.Count;
        }

        return columns ? end : start;
    }

    private static void AddColumns(IReadOnlyList<string> lines, int start, int end, List<string> result)
    {
        var left = new List<string>();
        var right = new List<string>();
        for (var i = start; i < end; i++)
        {
            var line = lines[i].TrimEnd();
            var indent = line.Length - line.TrimStart().Length;
            var parts = ColumnBreak().Split(line.Trim());
            if (parts.Length >= 2)
            {
                left.Add(parts[0]);
                right.Add(string.Join(' ', parts[1..]));
            }
            else if (line.Length > 0)
            {
                (indent >= RightIndent ? right : left).Add(line.Trim());
            }
        }

        result.AddRange(JoinIssuer(left));
        result.Add(string.Empty);
        result.AddRange(right);
        result.Add(string.Empty);
    }

    // "ỦY BAN NHÂN DÂN" over "TỈNH CAO BẰNG": the issuer's name set on two lines in capitals is one name.
    private static List<string> JoinIssuer(List<string> left)
    {
        var caps = left.TakeWhile(l => l.Any(char.IsLetter) && l.Where(char.IsLetter).All(char.IsUpper) && !l.Contains(':', StringComparison.Ordinal)).Take(3).Count();
        return caps < 2 ? left : [string.Join(' ', left.Take(caps)), .. left.Skip(caps)];
    }

    // Four spaces or more between words are a column break, not a space.
    [GeneratedRegex(@"(?<=\S) {4,}(?=\S)")]
    private static partial Regex ColumnBreak();

    [GeneratedRegex(@"^\s*(?:Nơi nhận|NƠI NHẬN)\s*:")]
    private static partial Regex SignatureStart();
}
