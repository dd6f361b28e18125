using System.Globalization;
using System.Text.RegularExpressions;
using KtdBot.Ingestion;

namespace KtdBot.Facts;

/// <summary>What a whole document tells about its facts: its province, date, and the year it reviews or applies to.</summary>
/// <param name="Province">The province the document is about (the one it names most, as written), if any.</param>
/// <param name="Date">The document's date (yyyy-MM-dd), from its source or its header line.</param>
/// <param name="ReviewYear">"tổng kết … năm 2024" → 2024: the year whose results it reports.</param>
/// <param name="AppliesTo">"chia khối thi đua năm 2025" → 2025: the year a roster in it applies to.</param>
/// <param name="SpeaksOfBlocs">True when the document says "khối thi đua" or "cụm thi đua" anywhere (so "khối 3" is a bloc).</param>
internal sealed partial record DocumentContext(string? Province, string? Date, int? ReviewYear, int? AppliesTo, bool SpeaksOfBlocs)
{
    /// <summary>What bold and italic cells mean in this document's rosters.</summary>
    public EmphasisLegend Emphasis { get; init; } = EmphasisLegend.None;

    /// <summary>Role codes of this document's rosters ("KT", "KP"), as its legend defines them.</summary>
    public RoleCodes Codes { get; init; } = RoleCodes.None;

    /// <summary>Abbreviations its legend spells out ("TC = Tài chính"), to write unit names in full.</summary>
    public Abbreviations Abbreviations { get; init; } = Abbreviations.None;

    /// <summary>A decision that confers awards ("Quyết định về việc tặng Cờ thi đua …"): its award tables are conferred, not proposed.</summary>
    public bool ConfersAwards { get; init; }

    public int? DateYear => Date is { Length: >= 4 } && int.TryParse(Date[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;

    public static DocumentContext Of(ExtractedDocument document, IReadOnlyList<DocumentLine> lines)
    {
        var head = new FoldedText(document.Title + " \n " + string.Join(" \n ", lines.Take(12).Select(l => l.Text)));
        var all = new FoldedText(document.Title + " \n " + string.Join(" \n ", lines.Select(l => l.Text)));
        // "Lạng Sơn, ngày 15 tháng 9 năm 2025" in an administrative header is the document's date; a DOCX's metadata is when the file was made.
        // A list "(Kèm theo Quyết định số 95/QĐ-UBND ngày 12/01/2026 …)" is as old as the decision it is annexed to.
        var date = FormalDate(head.Folded) ?? AnnexDate(head.Folded) ?? document.Source.Date ?? HeaderDate(head.Folded);
        var review = Year(ReviewCue(), head.Folded) ?? Year(ReviewCue(), all.Folded);
        var applies = Year(AppliesCue(), new FoldedText(document.Title).Folded) ?? Year(AppliesCue(), head.Folded);
        var speaks = all.Folded.Contains("khoi thi dua", StringComparison.Ordinal) || all.Folded.Contains("cum thi dua", StringComparison.Ordinal);
        return new DocumentContext(MainProvince(document.Title, all), date, review, applies, speaks) { Emphasis = EmphasisLegend.Of(all.Folded), Codes = RoleCodes.Of(all.Original), Abbreviations = Abbreviations.Of(all.Original), ConfersAwards = Confers().IsMatch(head.Folded) };
    }

    /// <summary>The year a roster or role without its own year applies to.</summary>
    public int? RosterYear => AppliesTo ?? ReviewYear ?? DateYear;

    private static int? Year(Regex cue, string folded)
    {
        var m = cue.Match(folded);
        return m.Success && int.TryParse(m.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
    }

    private static string? FormalDate(string folded) => FormalDateCue().IsMatch(folded) ? HeaderDate(folded[FormalDateCue().Match(folded).Index..]) : null;

    private static string? AnnexDate(string folded) => AnnexCue().Match(folded) is { Success: true } m ? HeaderDate(folded[m.Index..]) : null;

    [GeneratedRegex(@"\(\s*kem theo (?:quyet dinh|ke hoach|thong bao|cong van)[^\n()]{0,40}?ngay\s+\d")]
    private static partial Regex AnnexCue();

    [GeneratedRegex(@"\p{L},\s*ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}")]
    private static partial Regex FormalDateCue();

    // ", ngày 15 tháng 01 năm 2025" or "ngày 15/01/2025" in the header.
    private static string? HeaderDate(string folded) => VietnameseDates.First(folded);

    // The province named most (title counts three times), as written in the text.
    private static string? MainProvince(string title, FoldedText all)
    {
        var titleFolded = new FoldedText(title).Folded;
        (string Name, string Folded, int Count)? best = null;
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in Answering.Provinces.FoldedNames)
        {
            var joined = string.Join(' ', name);
            // "tỉnh Quảng Trị" counts; "Trường Đại học Quảng Bình" only breaks ties.
            var count = (10 * Occurrences(all.Folded, "tinh " + joined, out var named)) + Occurrences(all.Folded, joined, out var first) + (20 * Occurrences(titleFolded, joined, out _));
            first = named >= 0 ? named + 5 : first;
            if (count > 0)
            {
                var written = BlocMentions.TitleCase(all.Cut(first, joined.Length));
                found[joined] = written;
                if (best is null || count > best.Value.Count)
                {
                    best = (written, joined, count);
                }
            }
        }

        // A page naming "Xổ số kiến thiết Bình Định" more often than "Gia Lai" is about Gia Lai, which Bình Định merged into.
        return best is { } b && Answering.Provinces.MergedIntoOf(b.Folded) is { } into && found.TryGetValue(into, out var successor) ? successor : best?.Name;
    }

    // "Đoàn TNCS Hồ Chí Minh", "tư tưởng Hồ Chí Minh", "xã Nguyễn Huệ": a province's name inside another name.
    private static readonly string[] NotAPlace = ["tncs", "cong san", "tu tuong", "chu tich", "bac", "chuong", "nguyen", "tran", "le", "ly"];

    private static int Occurrences(string folded, string name, out int first)
    {
        first = -1;
        var count = 0;
        for (var at = folded.IndexOf(name, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            var before = (at == 0 || !char.IsLetter(folded[at - 1])) && !NotAPlace.Any(w => folded[..at].EndsWith(w + " ", StringComparison.Ordinal));
            var after = at + name.Length >= folded.Length || !char.IsLetter(folded[at + name.Length]);
            if (before && after)
            {
                first = first < 0 ? at : first;
                count++;
            }
        }

        return count;
    }

    [GeneratedRegex(@"quyet dinh[^\n]{0,80}?\b(?:ve viec\s+)?(?:tang|khen thuong|cong nhan)\b")]
    private static partial Regex Confers();

    [GeneratedRegex(@"(?:tong ket|diem cham|cham diem|bang diem)[^\n.]{0,80}?nam\s+(?<y>20\d\d)")]
    private static partial Regex ReviewCue();

    [GeneratedRegex(@"(?:chia|phan chia|thanh lap|kien toan|cung co|danh sach|to chuc)[^\n.]{0,60}?(?:khoi|cum)[^\n.]{0,80}?nam\s+(?<y>20\d\d)|(?:khoi|cum) thi dua[^\n.]{0,40}?nam\s+(?<y>20\d\d)")]
    private static partial Regex AppliesCue();
}
