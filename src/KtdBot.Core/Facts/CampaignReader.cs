using System.Text.RegularExpressions;
using KtdBot.Ingestion;

namespace KtdBot.Facts;

/// <summary>
/// A campaign from a plan or launch document ("Kế hoạch … phát động phong trào thi đua “…”"): its name, who launched it and
/// when (the issuer and the document's date), its purpose, who takes part and how, its timeline, criteria and legal basis,
/// each read from the section the plan gives it (I. MỤC ĐÍCH, YÊU CẦU; II. ĐỐI TƯỢNG, NỘI DUNG; … THỜI GIAN …).
/// </summary>
internal static partial class CampaignReader
{
    private static readonly (string Field, string[] Headings)[] Parts =
    [
        ("purpose", ["muc dich", "muc tieu"]),
        ("join", ["doi tuong", "noi dung", "hinh thuc", "cach thuc", "pham vi", "dang ky"]),
        ("dates", ["thoi gian", "tien do", "moc thoi gian", "lo trinh", "so ket", "tong ket", "to chuc phat dong", "phat dong va dang ky"]),
        ("criteria", ["tieu chi", "chi tieu", "tieu chuan"]),
    ];

    public static void Read(ExtractedDocument document, IReadOnlyList<DocumentLine> lines, DocumentContext context, FactSink sink)
    {
        var head = lines.Where(l => !l.IsRow).Take(6).ToList(); // past a letterhead set as a table
        var titleLine = new FoldedText(document.Title);
        var launch = Launch().Match(titleLine.Folded) is { Success: true } t ? (Text: titleLine, Match: t) : head.Select(l => (Text: l.Folded, Match: Launch().Match(l.Folded.Folded))).FirstOrDefault(x => x.Match.Success);
        if (launch.Match is not { Success: true } m)
        {
            return;
        }

        var name = launch.Text.Cut(m.Groups["name"].Index, m.Groups["name"].Length).Trim('"', '“', '”', ' ');
        if (name.Length < 4)
        {
            return;
        }

        var fields = Parts.ToDictionary(p => p.Field, _ => new List<string>(), StringComparer.Ordinal);
        string? field = null;
        var fieldLevel = 0;
        string? section = null;
        var timeline = false;
        foreach (var line in lines)
        {
            // A Markdown or Word heading ("### V. THỜI GIAN THỰC HIỆN") is no line of its own: the part changes with it.
            if (line.Heading != section && line.Heading.Length > 0 && line.Text != line.Heading)
            {
                section = line.Heading;
                var last = new DocumentLine(line.Heading.Split(" › ")[^1], [], line.Heading, line.Paragraph);
                field = PartOf(last);
                fieldLevel = Level(last);
            }

            // "1. Tạo khí thế …" under "I. MỤC ĐÍCH, YÊU CẦU" is an item of the part; "II. …" or "2. Đối tượng" (at the
            // part heading's own level) ends it.
            if (IsHeading(line) && Level(line) is var level && (field is null || level <= fieldLevel))
            {
                timeline = false;
                field = PartOf(line);
                fieldLevel = level;
                if (field is not null)
                {
                    continue;
                }
            }

            // "2. Thời gian: từ tháng 3/2026 …, chia làm hai giai đoạn:" inside "II. ĐỐI TƯỢNG, THỜI GIAN", and its bullets,
            // are the timeline too.
            if (IsHeading(line) && Level(line) > fieldLevel)
            {
                timeline = PartOf(line) == "dates";
            }

            if (field is not null && fields[field].Count < 10 && line.Text.Length > 8)
            {
                fields[field].Add(UnitPhrases.CleanItem(line.Text));
            }

            if (timeline && field != "dates" && fields["dates"].Count < 10 && line.Text.Length > 8)
            {
                fields["dates"].Add(UnitPhrases.CleanItem(line.Text));
            }
        }

        var basis = lines.Where(l => l.Folded.Folded.StartsWith("can cu", StringComparison.Ordinal)).Take(6).Select(l => l.Text.TrimEnd(';', '.')).ToList();
        // "Lễ phát động … tổ chức ngày 12/9/2025 …, do Chủ tịch UBND tỉnh … phát động": the launch itself, when the plan says it.
        var ceremony = lines.Select((l, at) => (Line: l, At: at, Match: Ceremony().Match(l.Folded.Folded) is { Success: true } c1 ? c1 : LauncherFirst().Match(l.Folded.Folded))).FirstOrDefault(x => x.Match.Success);
        var launchedBy = ceremony.Match is { Success: true } c && c.Groups["who"].Success ? Launcher(ceremony.Line.Folded.Cut(c.Groups["who"].Index, c.Groups["who"].Length))
            : ceremony.Match is { Success: true } ? PersonLaunching(lines, ceremony.At) ?? Issuer(lines) : Issuer(lines);
        var launchedOn = ceremony.Match is { Success: true } d ? CeremonyDate(d, context.DateYear) ?? context.Date : context.Date;
        var period = Period().Match(launch.Text.Folded) is { Success: true } pm ? launch.Text.Cut(pm.Index, pm.Length) : null;
        sink.Campaigns.Add(new CampaignFact(
            name,
            launchedBy,
            launchedOn,
            period,
            fields["purpose"].Count > 0 ? string.Join(" ", fields["purpose"].Take(2)) : null,
            fields["join"],
            fields["dates"],
            fields["criteria"],
            basis,
            sink.Evidence(launch.Text.Original)));
    }

    // "Đồng chí Đặng Quốc Hưng, Chủ tịch UBND tỉnh, Chủ tịch Hội đồng … phát động phong trào." beside the ceremony's
    // line: the person, with the first office named.
    private static string? PersonLaunching(IReadOnlyList<DocumentLine> lines, int ceremony)
    {
        foreach (var line in lines.Skip(ceremony).Take(3))
        {
            if (PersonLauncher().Match(line.Folded.Folded) is { Success: true } m)
            {
                var parts = line.Folded.Cut(m.Groups["who"].Index, m.Groups["who"].Length).Split(',', StringSplitOptions.TrimEntries);
                return parts.Length > 1 ? $"{parts[0]}, {parts[1]}" : parts[0];
            }
        }

        return null;
    }

    // "Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh" → its first office.
    private static string Launcher(string who) => who.Split(',')[0].Trim();

    private static string? CeremonyDate(Match m, int? documentYear)
    {
        var day = int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : documentYear;
        return year is null || day is < 1 or > 31 || month is < 1 or > 12 ? null : $"{year:D4}-{month:D2}-{day:D2}";
    }

    // The issuing body from the header ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "UBND TỈNH …", "LIÊN ĐOÀN LAO ĐỘNG TỈNH …").
    private static string? Issuer(IReadOnlyList<DocumentLine> lines)
    {
        foreach (var line in lines.Take(8))
        {
            var text = line.IsRow ? line.Cells[0] : line.Text;
            // "ỦY BAN NHÂN DÂN" over "TỈNH CAO BẰNG": a letterhead set on two lines, the first read as a heading.
            if (line.Heading is { Length: > 0 } heading && heading.Where(char.IsLetter).All(char.IsUpper) && !IssuerWords().IsMatch(new FoldedText(text).Folded)
                && new FoldedText(text).Folded.StartsWith("tinh ", StringComparison.Ordinal))
            {
                text = $"{heading} {text}";
            }

            var letters = text.Where(char.IsLetter).ToList();
            if (letters.Count > 6 && letters.All(char.IsUpper) && IssuerWords().IsMatch(new FoldedText(text).Folded))
            {
                return text.Trim();
            }
        }

        return null;
    }

    private static bool IsHeading(DocumentLine line) =>
        line.Text == line.Heading || HeadingNumber().IsMatch(line.Text) || (line.Text.Length < 80 && line.Text.Where(char.IsLetter).All(char.IsUpper));

    // Roman numerals and capitals head parts; "1." heads items, "a)" sub-items.
    private static int Level(DocumentLine line) =>
        RomanNumber().IsMatch(line.Text) || !HeadingNumber().IsMatch(line.Text) ? 0 : char.IsDigit(line.Text.TrimStart()[0]) ? 1 : 2;

    private static string? PartOf(DocumentLine line)
    {
        var folded = FoldedHeadingNumber().Replace(line.Folded.Folded, string.Empty);
        // "NỘI DUNG VÀ TIÊU CHÍ THI ĐUA" holds the criteria, however it starts.
        if (Parts.First(p => p.Field == "criteria").Headings.Any(h => folded.Contains(h, StringComparison.Ordinal)))
        {
            return "criteria";
        }

        foreach (var (field, headings) in Parts)
        {
            if (headings.Any(h => folded.StartsWith(h, StringComparison.Ordinal)))
            {
                return field;
            }
        }

        // A part's heading may name its subject later: "IV. TỔ CHỨC ĐĂNG KÝ THI ĐUA", "III. KẾ HOẠCH THỜI GIAN".
        return Level(line) == 0 && Parts.FirstOrDefault(p => p.Headings.Any(h => folded.Contains(h, StringComparison.Ordinal))) is { Field: { } contained } ? contained : null;
    }

    [GeneratedRegex(@"\b(?:dong chi|ong|ba)\s+(?<who>[^.;]{3,140}?)\s+(?:se\s+)?(?:chu tri\s+)?phat dong\b")]
    private static partial Regex PersonLauncher();

    [GeneratedRegex(@"(?:phat dong|ke hoach)[^""“\n]{0,80}?phong trao(?: thi dua)?\s*[""“](?<name>[^""”]{4,160})[""”]")]
    private static partial Regex Launch();

    [GeneratedRegex(@"\ble phat dong\b[^.;]{0,80}?\bngay\s+(?<d>\d{1,2})[/-](?<m>\d{1,2})(?:[/-](?<y>20\d\d))?(?:[^.;]{0,120}?(?:\bdo\s+|;\s*(?:dong chi\s+)?)(?<who>(?:pho\s+)?chu tich[^.;]{3,90}?)\s+(?:se\s+)?phat dong)?")]
    private static partial Regex Ceremony();

    // "Chủ tịch UBND tỉnh … phát động Phong trào tại Lễ phát động tổ chức ngày **10/10/2025**".
    [GeneratedRegex(@"(?<who>(?:pho\s+)?chu tich[^.;:]{3,90}?)\s+phat dong\b[^.;]{0,60}?\ble phat dong\b[^.;]{0,40}?\bngay[*\s]+(?<d>\d{1,2})[/-](?<m>\d{1,2})(?:[/-](?<y>20\d\d))?")]
    private static partial Regex LauncherFirst();

    [GeneratedRegex(@"giai doan\s+20\d\d\s*[-–]\s*20\d\d|nam\s+20\d\d")]
    private static partial Regex Period();

    [GeneratedRegex(@"^(?:[IVX]{1,4}|\d{1,2}|[a-z])[.)]\s+")]
    private static partial Regex HeadingNumber();

    // The same on folded text, where "II." is "ii.".
    [GeneratedRegex(@"^(?:[ivx]{1,4}|\d{1,2}|[a-z])[.)]\s+")]
    private static partial Regex FoldedHeadingNumber();

    [GeneratedRegex(@"^[IVX]{1,4}[.)]\s+")]
    private static partial Regex RomanNumber();

    [GeneratedRegex(@"\b(?:uy ban nhan dan|ubnd|lien doan lao dong|hoi dong thi dua|ban chap hanh|tinh uy|so|ban thi dua)\b")]
    private static partial Regex IssuerWords();
}
