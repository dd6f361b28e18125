using System.Text.RegularExpressions;

namespace KtdBot.Facts;

/// <summary>
/// Units renamed or merged in a reorganisation, as decisions write them beside the new name: "Sở Tài chính (hợp nhất
/// Sở Tài chính và Sở Kế hoạch và Đầu tư)", "Thuế tỉnh (trước đây là Cục Thuế tỉnh)", "đổi tên Cục Thi hành án dân sự
/// tỉnh thành Thi hành án dân sự tỉnh", or a table "Tên cũ | Tên mới". A question about the old name in a later year is
/// answered through the new one.
/// </summary>
internal static partial class SuccessionReader
{
    /// <summary>Reads a sentence or a row; <paramref name="names"/> writes out the abbreviations a roster's legend defines.</summary>
    public static void ReadLine(DocumentLine line, FactSink sink, Abbreviations? names = null)
    {
        if (line.IsRow)
        {
            ReadRow(line, sink, names ?? Abbreviations.None);
        }

        var text = line.Folded;
        foreach (Match m in Beside().Matches(line.Text))
        {
            var successor = UnitPhrases.CleanItem(m.Groups["new"].Value);
            // "hợp nhất" merges; "trước đây là" renames; "thành lập trên cơ sở" says neither.
            bool? merged = RenameWord().IsMatch(m.Groups["how"].Value) ? false : m.Groups["how"].Value.StartsWith("thành lập", StringComparison.OrdinalIgnoreCase) ? null : true;
            foreach (var old in UnitPhrases.SplitList(m.Groups["old"].Value))
            {
                Add(old, successor, line.Text, sink, merged);
            }
        }

        // "đưa Sở Kế hoạch và Đầu tư ra khỏi khối do hợp nhất vào Sở Tài chính", "Sở X được sáp nhập vào Sở Y".
        foreach (Match m in MergedInto().Matches(text.Folded))
        {
            var merged = m.Groups["old"].Success ? text.Cut(m.Groups["old"].Index, m.Groups["old"].Length) : UnitPhrases.SubjectBefore(text, m.Index);
            if (merged is not null)
            {
                Add(merged, text.Cut(m.Groups["new"].Index, m.Groups["new"].Length), line.Text, sink, true);
            }
        }

        foreach (Match m in Renamed().Matches(text.Folded))
        {
            Add(text.Cut(m.Groups["old"].Index, m.Groups["old"].Length), text.Cut(m.Groups["new"].Index, m.Groups["new"].Length), line.Text, sink, false);
        }
    }

    // "| 15 | Sở Xây dựng | Hợp nhất Sở Xây dựng và Sở Giao thông vận tải |": a roster's note on the unit's name.
    private static void ReadRow(DocumentLine row, FactSink sink, Abbreviations names)
    {
        for (var i = 1; i < row.Cells.Count; i++)
        {
            if (NoteCell().Match(row.Cells[i]) is not { Success: true } m || row.Cells.Take(i).LastOrDefault(c => UnitPhrases.LooksLikeUnit(c)) is not { } successor)
            {
                continue;
            }

            bool? merged = RenameWord().IsMatch(m.Groups["how"].Value) ? false : true;
            foreach (var old in UnitPhrases.SplitList(m.Groups["old"].Value))
            {
                Add(names.Expand(old), names.Expand(successor), row.Text, sink, merged); // "Sở DT&TG": "Sở Dân tộc và Tôn giáo"
            }
        }
    }

    /// <summary>A table of renamings: "STT | Tên đơn vị cũ | Tên đơn vị mới (từ 01/7/2025)".</summary>
    public static bool ReadTable(IReadOnlyList<DocumentLine> rows, FactSink sink)
    {
        var header = rows[0].Cells.Select(c => new FoldedText(c).Folded).ToList();
        var old = header.FindIndex(h => OldHeader().IsMatch(h));
        var successor = header.FindIndex(h => NewHeader().IsMatch(h));
        if (old < 0 || successor < 0 || old == successor)
        {
            return false;
        }

        foreach (var row in rows.Skip(1).Where(r => r.Cells.Count > Math.Max(old, successor)))
        {
            // "Sở Kế hoạch và Đầu tư; Sở Tài chính | Sở Tài chính": several old units merged into one, and within one
            // province's part "Sở Văn hóa và Thể thao, Sở Du lịch (Bình Định cũ)".
            foreach (var merged in UnitPhrases.CellUnits(row.Cells[old]).SelectMany(UnitPhrases.CellUnits))
            {
                Add(merged, row.Cells[successor], row.Text, sink);
            }
        }

        return true;
    }

    private static void Add(string old, string successor, string evidence, FactSink sink, bool? merged = null)
    {
        var (from, to) = (UnitPhrases.CleanItem(Unclosed(old)), UnitPhrases.CleanItem(Unclosed(successor)));
        if (UnitPhrases.LooksLikeUnit(from) && UnitPhrases.LooksLikeUnit(to) && Key(from) != Key(to))
        {
            sink.Successions.Add(new UnitSuccession(UnitPhrases.Capitalised(from), UnitPhrases.Capitalised(to), sink.Evidence(evidence), merged));
        }
    }

    // "Sở Tài chính (Gia Lai cũ" left by a list split inside its parentheses.
    private static string Unclosed(string name) => name.LastIndexOf('(') is var open and >= 0 && name.IndexOf(')', open) < 0 ? name[..open] : name;

    private static string Key(string name) => new FoldedText(name).Folded.Trim();

    // "Sở Xây dựng (hợp nhất Sở Xây dựng và Sở Giao thông vận tải)", "Thuế tỉnh Cao Bằng (trước đây là Cục Thuế tỉnh)".
    [GeneratedRegex(@"(?<new>\p{Lu}[^();:,|]{2,80}?)\s*\((?i:(?:được\s+)?(?<how>hợp nhất|sáp nhập|trước đây là|trước là|tên cũ là|tên cũ|đổi tên từ|thành lập trên cơ sở(?: hợp nhất)?))\s*:?\s+(?<old>[^()]{3,200}?)(?:[;,]\s*(?:tiếp nhận|nhận thêm)[^()]*)?\)")]
    private static partial Regex Beside();

    [GeneratedRegex(@"^\s*(?<how>(?i:hợp nhất|sáp nhập|trước đây là|đổi tên từ|tên cũ là|tên cũ:?))\s+(?<old>\p{Lu}.{2,200})$")]
    private static partial Regex NoteCell();

    [GeneratedRegex(@"trước|tên cũ|đổi tên", RegexOptions.IgnoreCase)]
    private static partial Regex RenameWord();

    // "đổi tên Cục Thi hành án dân sự tỉnh thành Thi hành án dân sự tỉnh Cao Bằng".
    [GeneratedRegex(@"\bdoi ten\s+(?<old>[^,;.]{3,80}?)\s+thanh\s+(?<new>[^,;.]{3,80}?)(?=\s*(?:[,;.]|$|ke tu|tu ngay))")]
    private static partial Regex Renamed();

    [GeneratedRegex(@"(?:(?<!thi )\b(?:dua|chuyen)\s+(?<old>[^,;.:]{3,80}?)\s+ra khoi (?:khoi|cum)[^,;.]{0,20}?\s+do\s+|\s(?:duoc\s+|da\s+|da duoc\s+)?)(?:hop nhat|sap nhap)\s+vao\s+(?<new>[^,;.]{3,80}?)(?=\s+(?:tu ngay|ke tu|theo|nen|va|de|do|khong)\b|\s*[,;.)]|$)")]
    private static partial Regex MergedInto();

    [GeneratedRegex(@"^(?:ten\s+)?(?:don vi\s+|co quan\s+)?(?:ten\s+)?cu\b|truoc (?:sap xep|sap nhap|hop nhat)")]
    private static partial Regex OldHeader();

    [GeneratedRegex(@"^(?:ten\s+)?(?:don vi\s+|co quan\s+)?(?:ten\s+)?moi\b|sau (?:sap xep|sap nhap|hop nhat)")]
    private static partial Regex NewHeader();
}
