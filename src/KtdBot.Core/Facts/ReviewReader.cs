using System.Globalization;
using System.Text.RegularExpressions;

namespace KtdBot.Facts;

/// <summary>
/// Review conferences: "Chiều 27/2, Khối thi đua 2 … tổ chức tổng kết … năm 2024", with the day, the place ("tại …") and
/// the chair ("Đồng chí X … chủ trì hội nghị", "Hội nghị do … chủ trì") from the sentence or the two after it.
/// </summary>
internal static partial class ReviewReader
{
    public static void Read(IReadOnlyList<DocumentLine> lines, int index, BlocRef bloc, DocumentContext context, FactSink sink)
    {
        var line = lines[index];
        var folded = line.Folded.Folded;
        var cue = ReviewCue().Match(folded);
        if (!cue.Success || Duty().IsMatch(folded))
        {
            return; // "khối trưởng … tổ chức hội nghị tổng kết trước ngày 31/12": a duty, not a conference held
        }

        var year = cue.Groups["y"].Success ? int.Parse(cue.Groups["y"].Value, CultureInfo.InvariantCulture) : context.ReviewYear;
        // "Căn cứ Quyết định số 35/2025/QĐ-UBND ngày 10/10/2025": a cited document's date, not the conference's.
        var date = folded.StartsWith("can cu", StringComparison.Ordinal) ? null : DayIn(folded, year, context);
        string? place = null;
        if (Place().Match(folded) is { Success: true } p)
        {
            place = line.Folded.Cut(p.Groups["place"].Index, p.Groups["place"].Length);
        }

        // A notice's labelled items under it: "1. Thời gian: 08 giờ 00, ngày 18/12/2026", "2. Địa điểm: …".
        for (var j = index + 1; j < Math.Min(lines.Count, index + 6); j++)
        {
            var item = lines[j].Folded;
            if (TimeLabel().Match(item.Folded) is { Success: true } time && DayIn(item.Folded[time.Length..], year, context) is { } labelled)
            {
                date = labelled;
            }
            else if (PlaceLabel().Match(item.Folded) is { Success: true } at)
            {
                place ??= item.Cut(at.Length, item.Folded.Length - at.Length).Trim().TrimEnd('.');
            }
        }

        string? chair = null;
        var evidence = line.Text;
        for (var j = index; j < Math.Min(lines.Count, index + 6) && chair is null; j++)
        {
            chair = Chair(lines[j].Folded);
            if (chair is not null && j != index)
            {
                evidence += " " + lines[j].Text;
            }
        }

        if (date is null && chair is null && place is null && !cue.Groups["y"].Success)
        {
            return;
        }

        sink.Add(new ReviewFact(bloc, year, date, place, chair, sink.Evidence(evidence)));
    }

    private static string? Chair(FoldedText text)
    {
        var folded = text.Folded;
        var m = ChairLabel().Match(folded);
        if (m.Success)
        {
            return Clean(text.Cut(m.Groups["who"].Index, m.Groups["who"].Length));
        }

        m = ChairedBy().Match(folded);
        // "do X chủ trì", not "Đô thị" folded to "do thi".
        if (m.Success && text.Cut(m.Index, 2) is "do" or "Do")
        {
            return Clean(text.Cut(m.Groups["who"].Index, m.Groups["who"].Length));
        }

        var at = folded.IndexOf(" chu tri", StringComparison.Ordinal);
        if (at <= 0 || !folded[(at + 8)..].TrimStart().StartsWith("hoi nghi", StringComparison.Ordinal))
        {
            return null;
        }

        var phrase = text.Cut(0, at);
        var comma = Lead().Match(phrase);
        phrase = comma.Success ? phrase[comma.Length..].Trim() : phrase;
        return phrase.Length > 3 && char.IsUpper(phrase[0]) ? Clean(phrase) : null;
    }

    private static string Clean(string who) => LeadIn().Replace(who.Trim().TrimEnd(',', '.', '-', '–').TrimEnd(), string.Empty).Trim();

    private static string? DayIn(string folded, int? year, DocumentContext context)
    {
        var m = Day().Match(folded);
        if (!m.Success)
        {
            return null;
        }

        var d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (d is < 1 or > 31 || mo is < 1 or > 12)
        {
            return null;
        }

        int? y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
        // A review of year N is held late in N or early in N+1; the document's own date decides when it has one.
        y ??= context.DateYear is { } dated && (year is null || dated == year || dated == year + 1) ? dated : year is { } n ? (mo <= 6 ? n + 1 : n) : null;
        return y is null ? null : $"{y:D4}-{mo:D2}-{d:D2}";
    }

    [GeneratedRegex(@"(?:hoi nghi\s+tong ket|tong ket(?:\s+cong tac)?(?:\s+thi dua|\s+phong trao))[^.;]{0,120}?(?:nam\s+(?<y>20\d\d))?")]
    private static partial Regex ReviewCue();

    [GeneratedRegex(@"(?:ngay\s+)?(?<!\d)(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})(?:\s*/\s*(?<y>20\d\d))?(?!\d)|ngay\s+(?<d>\d{1,2})\s+thang\s+(?<m>\d{1,2})(?:\s+nam\s+(?<y>20\d\d))?")]
    private static partial Regex Day();

    [GeneratedRegex(@"\b(?:truoc ngay|chu tri to chuc|co trach nhiem|hang nam|chu tri, phoi hop|theo ket qua)")]
    private static partial Regex Duty();

    [GeneratedRegex(@"\btai\s+(?<place>(?:hoi truong|tru so|trung tam|khach san|nha van hoa|phong hop|so|ubnd)[^,.;]{2,80})")]
    private static partial Regex Place();

    [GeneratedRegex(@"^\s*(?:\d+[.)]\s*|[-+•]\s*)?thoi gian\s*:")]
    private static partial Regex TimeLabel();

    [GeneratedRegex(@"^\s*(?:\d+[.)]\s*|[-+•]\s*)?dia diem\s*:\s*")]
    private static partial Regex PlaceLabel();

    // "Chủ trì: ông X", "Dự và chủ trì hội nghị có ông X".
    [GeneratedRegex(@"\bchu tri(?: hoi nghi)?\s*(?::|\bco\b)\s*(?<who>[^.;]{4,160})")]
    private static partial Regex ChairLabel();

    [GeneratedRegex(@"\bdo\s+(?<who>[^.;]{4,160}?)\s+chu tri\b")]
    private static partial Regex ChairedBy();

    [GeneratedRegex(@"^(?:Tại hội nghị|Tới dự và chỉ đạo|Dự hội nghị|Hội nghị)[^,]*,\s*")]
    private static partial Regex Lead();

    [GeneratedRegex(@"^(?:đồng chí|Đồng chí|ông|Ông|bà|Bà|đ/c|Đ/c)\s+")]
    private static partial Regex LeadIn();
}
