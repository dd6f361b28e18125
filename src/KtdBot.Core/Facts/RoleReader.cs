using System.Globalization;
using System.Text.RegularExpressions;

namespace KtdBot.Facts;

/// <summary>
/// Leaders and deputies from sentences: hand-overs ("X nhận Cờ bàn giao Khối trưởng … năm 2025", "X bàn giao nhiệm vụ
/// khối trưởng … cho Y"), elections ("bầu X làm khối trưởng, Y làm khối phó năm 2026", "X được bầu làm Khối trưởng …"),
/// labels ("Khối trưởng: Sở Y tế") and a speaker's role ("bà …, Chủ tịch Hội …, Trưởng Khối thi đua 8").
/// </summary>
internal static partial class RoleReader
{
    private static readonly string[] ObjectStops = ["lam", "nam", "giu", "dam nhan", "tai", "thay", "trong", "da", "duoc", "se", "tiep tuc", "nhan", "voi", "ngay", "thay mat", "truoc", "sau khi"];

    public static void Read(DocumentLine line, BlocRef bloc, DocumentContext context, FactSink sink)
    {
        var text = line.Folded;
        var folded = text.Folded;
        if (!folded.Contains("truong", StringComparison.Ordinal) && !folded.Contains("pho", StringComparison.Ordinal))
        {
            return;
        }

        var found = 0;

        // "X nhận Cờ bàn giao Khối trưởng Khối thi đua 2 năm 2025" / "X nhận cờ khối trưởng năm 2025".
        foreach (Match m in ReceivesFlag().Matches(folded))
        {
            if (UnitPhrases.SubjectBefore(text, m.Index) is { } unit)
            {
                var year = YearIn(folded, m.Index + m.Length, 60) ?? Next(context.ReviewYear);
                found += Add(sink, bloc, year, m.Groups["p"].Success, unit, line, handover: true);
            }
        }

        // "X bàn giao nhiệm vụ khối trưởng (năm 2026) … cho Y".
        foreach (Match m in HandsOver().Matches(folded))
        {
            var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : Next(context.ReviewYear);
            var deputy = m.Groups["p"].Success;
            if (UnitPhrases.ObjectAfter(text, m.Index + m.Length, ObjectStops) is { } to)
            {
                found += Add(sink, bloc, year, deputy, to, line, handover: true);
            }

            if (UnitPhrases.SubjectBefore(text, m.Index) is { } from && year is { } y)
            {
                found += Add(sink, bloc, y - 1, deputy, from, line, handover: true);
            }
        }

        // "bầu X làm khối trưởng(, Y làm khối phó) năm 2026", "thống nhất chọn X làm Khối trưởng".
        foreach (Match m in Elects().Matches(folded))
        {
            if (m.Groups["giao"].Success && !char.IsUpper(UnitPhrases.Capitalised(text.Original[(m.Index + m.Length)..])[0]))
            {
                continue; // "giao" assigns a role only to a named unit: "Giao Sở Tư pháp làm Khối trưởng"
            }

            var year = YearIn(folded, m.Index, 200) ?? Next(context.ReviewYear) ?? context.RosterYear;
            var unitStart = m.Index + m.Length;
            foreach (Match role in MakesRole().Matches(folded, unitStart))
            {
                if (role.Index - unitStart > 120)
                {
                    break;
                }

                var unit = Between(text, unitStart, role.Index);
                if (unit is not null)
                {
                    found += Add(sink, bloc, YearIn(folded, role.Index, 40) ?? year, role.Groups["p"].Success, unit, line, handover: true);
                }

                unitStart = role.Index + role.Length;
                var comma = Comma().Match(folded, unitStart);
                if (!comma.Success || comma.Index > unitStart + 20)
                {
                    break;
                }

                unitStart = comma.Index + comma.Length;
            }
        }

        // "X được bầu làm Khối trưởng Khối thi đua 8 năm 2025", "X được giao làm cụm trưởng".
        foreach (Match m in WasElected().Matches(folded))
        {
            if (UnitPhrases.SubjectBefore(text, m.Index) is { } unit)
            {
                var year = YearIn(folded, m.Index + m.Length, 60) ?? Next(context.ReviewYear) ?? context.RosterYear;
                found += Add(sink, bloc, year, m.Groups["p"].Success, unit, line, handover: true);
            }
        }

        // An amendment: "X thay Y làm Khối trưởng Khối thi đua số 4 năm 2026"; "Z tiếp tục làm Khối phó" that year.
        int? amendedYear = null;
        foreach (Match m in TakesOver().Matches(folded))
        {
            if (UnitPhrases.SubjectBefore(text, m.Index) is { } unit)
            {
                var year = YearIn(folded, m.Index + m.Length, 60) ?? amendedYear ?? context.RosterYear;
                amendedYear = m.Groups["keep"].Success ? amendedYear : year;
                found += Add(sink, bloc, year, m.Groups["p"].Success, unit, line, handover: true);
            }
        }

        // "…Khối thi đua số 3 năm 2026, theo đó X làm Khối trưởng thay Y và Y làm Khối phó thay Z": the year named before.
        foreach (Match m in TakesOverAfter().Matches(folded))
        {
            if (UnitPhrases.SubjectBefore(text, m.Index) is { } unit)
            {
                var year = YearIn(folded, m.Index + m.Length, 60) ?? LastYear(folded[..m.Index]) ?? context.RosterYear;
                found += Add(sink, bloc, year, m.Groups["p"].Success, unit, line, handover: true);
            }
        }

        // "Khối trưởng (năm 2025): Sở Y tế", "Khối phó - Sở Giáo dục và Đào tạo".
        foreach (Match m in Label().Matches(folded))
        {
            if (UnitPhrases.ObjectAfter(text, m.Index + m.Length, ObjectStops) is { } unit && UnitPhrases.LooksLikeUnit(unit))
            {
                // "Kết quả bầu Khối trưởng, Khối phó năm 2026: Khối trưởng - …": the year the lead-in names.
                var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)
                    : LeadInYear().Match(folded[..m.Index]) is { Success: true } lead ? int.Parse(lead.Groups["y"].Value, CultureInfo.InvariantCulture) : context.RosterYear;
                found += Add(sink, bloc, year, m.Groups["p"].Success, unit, line, handover: false);
            }
        }

        if (found == 0)
        {
            ReadSpeaker(line, bloc, context, sink);
        }
    }

    // "bà Nguyễn Thị Phúc - Chủ tịch Hội Người cao tuổi tỉnh, Trưởng Khối thi đua 8" /
    // "đại tá Phạm Minh Giang, …, Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cà Mau (Khối trưởng Khối thi đua 2)":
    // the unit led the bloc in the year the document reviews.
    private static void ReadSpeaker(DocumentLine line, BlocRef bloc, DocumentContext context, FactSink sink)
    {
        var text = line.Folded;
        var role = SpeakerRole().Match(text.Folded);
        if (!role.Success)
        {
            return;
        }

        var person = Person().Matches(text.Original).LastOrDefault(p => p.Index < role.Index);
        if (person is null)
        {
            return;
        }

        var titleText = text.Original[(person.Index + person.Length)..role.Index];
        var parts = titleText.Split([',', '-', '–', '('], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        string? unit = null;
        foreach (var part in parts.Reverse())
        {
            var headAt = UnitStart(part);
            if (headAt >= 0)
            {
                unit = part[headAt..].Trim().TrimEnd(')', ',');
                break;
            }
        }

        if (unit is null)
        {
            return;
        }

        var year = context.ReviewYear ?? context.RosterYear;
        var deputy = role.Groups["p"].Success;
        var personTitle = string.Join(", ", parts).Trim();
        sink.Add(new RoleFact(bloc, year, deputy, unit, person.Groups["name"].Value, personTitle.Length > 0 ? personTitle : null, false, sink.Evidence(line.Text)));
    }

    // Where a unit's name begins inside a title ("Chính ủy Bộ Chỉ huy …" → at "Bộ Chỉ huy").
    private static int UnitStart(string part)
    {
        var folded = new FoldedText(part).Folded;
        var words = WordStarts().Matches(part);
        foreach (Match w in words)
        {
            if (!char.IsUpper(part[w.Index]))
            {
                continue;
            }

            var rest = folded[w.Index..];
            if (FactVocabulary.UnitHeads.Any(h => h.Length > 2 && rest.StartsWith(h, StringComparison.Ordinal) && (rest.Length == h.Length || !char.IsLetter(rest[h.Length]))))
            {
                return w.Index;
            }
        }

        return -1;
    }

    private static string? Between(FoldedText text, int start, int end)
    {
        if (end <= start)
        {
            return null;
        }

        var phrase = UnitPhrases.Capitalised(text.Cut(start, end - start).Trim(',', ' '));
        return phrase.Length > 1 && char.IsUpper(phrase[0]) && phrase.Split(' ').Length <= 16 ? phrase : null;
    }

    private static int Add(FactSink sink, BlocRef bloc, int? year, bool deputy, string unit, DocumentLine line, bool handover)
    {
        var cleaned = unit.Trim().Trim('"', '“', '”').TrimEnd('.', ',', ';');
        // "X làm Khối trưởng thay Y và Y làm Khối phó": the second clause's subject is what follows the last "và".
        cleaned = EarlierClause().Replace(cleaned, string.Empty);
        if (cleaned.Length < 3 || MakesRole().IsMatch(new FoldedText(cleaned).Folded))
        {
            return 0;
        }

        sink.Add(new RoleFact(bloc, year, deputy, cleaned, null, null, handover, sink.Evidence(line.Text)));
        return 1;
    }

    private static int? Next(int? year) => year + 1;

    [GeneratedRegex(@"^.*\s(?i:làm)\s+(?i:khối|cụm)\s+(?i:trưởng|phó)\s+(?i:thay)(?:\s+(?i:cho))?\s+.*?(?:\s(?i:và)|,)\s+")]
    private static partial Regex EarlierClause();

    private static int? YearIn(string folded, int start, int window)
    {
        var m = YearWord().Match(folded, Math.Min(start, folded.Length));
        return m.Success && m.Index - start <= window ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"(?<!cong\s|xac\s|ghi\s)\bnhan\s+(?:co\s+)?(?:ban giao\s+)?(?:nhiem vu\s+)?(?:khoi|cum)\s+(?:(?<p>pho)|truong)\b")]
    private static partial Regex ReceivesFlag();

    [GeneratedRegex(@"\bban giao\s+(?:co\s+)?(?:nhiem vu\s+|vai tro\s+|chuc danh\s+)?(?:(?:khoi|cum)\s+(?:(?<p>pho)|truong))[^.;]{0,120}?(?:nam\s+(?<y>20\d\d)[^.;]{0,40}?)?\s+cho\s+")]
    private static partial Regex HandsOver();

    [GeneratedRegex(@"(?<!duoc\s)(?<!binh\s)(?<!\w)(?:bau|chon|thong nhat chon|thong nhat bau|suy ton|phan cong|(?<giao>giao|cu))\s+(?=\p{L})")]
    private static partial Regex Elects();

    [GeneratedRegex(@"\s+lam\s+(?:(?:khoi|cum)\s+(?:(?<p>pho)|truong)|(?<p>pho)\s+(?:khoi|cum)|truong\s+(?:khoi|cum))\b")]
    private static partial Regex MakesRole();

    [GeneratedRegex(@"\s+(?:thay(?:\s+cho)?\s+(?:(?!lam\s)[^.;]){3,80}?|(?<keep>tiep tuc))\s+lam\s+(?:khoi|cum)\s+(?:(?<p>pho)|truong)\b")]
    private static partial Regex TakesOver();

    [GeneratedRegex(@"\s+lam\s+(?:khoi|cum)\s+(?:(?<p>pho)|truong)\s+thay(?:\s+cho)?\s+(?=\p{L})")]
    private static partial Regex TakesOverAfter();

    [GeneratedRegex(@"\bnam\s+(?<y>20\d\d)\s*:")]
    private static partial Regex LeadInYear();

    [GeneratedRegex(@"\G\s*(?:,|;|va)\s*")]
    private static partial Regex Comma();

    [GeneratedRegex(@"\bduoc\s+(?:bau|chon|suy ton|giao|phan cong|cu)\s+(?:lam\s+|giu\s+|dam nhan\s+)?(?:vai tro\s+|nhiem vu\s+)?(?:(?:khoi|cum)\s+(?:(?<p>pho)|truong)|(?<p>pho)\s+(?:khoi|cum)\s+truong)\b")]
    private static partial Regex WasElected();

    [GeneratedRegex(@"(?<=^|[\s(])(?:(?:khoi|cum)\s+(?:(?<p>pho)|truong))(?:\s+nam\s+(?<y>20\d\d))?(?:\s*[:\-–]\s*|\s+la\s+)(?!(?:khoi|cum)\s+(?:pho|truong))")]
    private static partial Regex Label();

    [GeneratedRegex(@"(?:\(|,|-|–)\s*(?:(?:khoi|cum)\s+(?:(?<p>pho)|truong)|truong\s+(?:khoi|cum)|(?<p>pho)\s+(?:khoi|cum)\s+truong)\b")]
    private static partial Regex SpeakerRole();

    [GeneratedRegex(@"\b(?:ông|bà|Ông|Bà|đồng chí|Đồng chí|đ/c|Đ/c|(?:[Đđ]ại|[Tt]hượng|[Tt]rung|[Tt]hiếu)\s+(?:tá|úy|tướng))\s+(?<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})")]
    private static partial Regex Person();

    [GeneratedRegex(@"\b\p{L}")]
    private static partial Regex WordStarts();

    [GeneratedRegex(@"\bnam\s+(?<y>20\d\d)\b")]
    private static partial Regex YearWord();

    private static int? LastYear(string folded) =>
        YearWord().Matches(folded) is { Count: > 0 } years ? int.Parse(years[^1].Groups["y"].Value, CultureInfo.InvariantCulture) : null;
}
