using System.Globalization;
using System.Text.RegularExpressions;
using KtdBot.Text;

namespace KtdBot.Ingestion;

/// <summary>What is left of a news page once the page furniture is gone.</summary>
/// <param name="Title">The headline.</param>
/// <param name="Paragraphs">Article paragraphs in order; photo captions appear once.</param>
/// <param name="PageDate">A date shown on the page (yyyy-MM-dd); the one under the headline wins over a page-header clock.</param>
/// <param name="Author">The byline, when one closes the article.</param>
/// <param name="Publication">The newspaper named at the top ("Báo Cà Mau"), when it is.</param>
/// <param name="Headings">
/// Paragraphs the source marked as headings (HTML h2–h6, bold-only lines). Null for plain text, where headings
/// can only be guessed from the text itself.
/// </param>
public sealed record CleanedPage(
    string Title,
    IReadOnlyList<string> Paragraphs,
    string? PageDate,
    string? Author,
    string? Publication,
    IReadOnlySet<string>? Headings = null);

/// <summary>What a line of a page was in its source, when the source says (HTML does, plain text does not).</summary>
public enum PageLineKind
{
    /// <summary>Ordinary text.</summary>
    Text,

    /// <summary>A heading element (h2–h6).</summary>
    Heading,

    /// <summary>A line whose text is all bold: a sub-heading or a byline.</summary>
    Bold,

    /// <summary>A photo caption.</summary>
    Caption,
}

/// <summary>One line of a page, with what its source said it was.</summary>
/// <param name="Text">The text.</param>
/// <param name="Kind">Its role in the source.</param>
public readonly record struct PageLine(string Text, PageLineKind Kind = PageLineKind.Text);

/// <summary>
/// Recovers the article from the text of a provincial news page: drops menus and everything above the headline,
/// date, weather, "follow us", share and view/comment-count lines, repeated photo captions, and everything from
/// the related-article teasers or the byline on. Works on lines, so both plain-text copies and HTML block
/// texts go through it.
/// </summary>
public static partial class NewsPageCleaner
{
    // A line that is exactly one of these (give or take a colon or a count) opens the teasers and footers that follow an article.
    private static readonly string[] TailHeadings =
    [
        "có thể bạn quan tâm", "bạn có thể quan tâm", "bài liên quan", "tin liên quan", "bài viết liên quan",
        "tin tức liên quan", "tin cùng chuyên mục", "cùng chuyên mục", "tin khác", "các tin khác", "tin bài khác",
        "bài khác", "xem thêm", "đọc thêm", "bình luận", "ý kiến bạn đọc", "gửi bình luận", "viết bình luận",
        "nổi bật", "tin nổi bật", "đừng bỏ lỡ", "tin mới nhất", "tin mới", "mới nhất", "tin đọc nhiều", "đọc nhiều",
        "xem nhiều", "tin xem nhiều", "đọc nhiều nhất", "tiêu điểm",
    ];

    // Footers are recognised by how they start.
    private static readonly string[] TailPrefixes = ["powered by", "©", "copyright", "bản quyền thuộc về"];

    // Words of share bars, follow buttons and reading tools (folded); a short line made only of them is furniture.
    private static readonly HashSet<string> ShareWords = new(StringComparer.Ordinal)
    {
        "chia", "se", "share", "facebook", "fb", "zalo", "twitter", "x", "email", "mail", "in", "bai", "viet", "luu",
        "copy", "link", "sao", "chep", "lien", "ket", "google", "news", "tweet", "like", "thich", "gui", "ban", "co",
        "chu", "a", "a-", "a+", "nghe", "doc", "lang", "theo", "doi", "tren", "print", "follow", "us", "on", "youtube",
        "tiktok", "telegram", "messenger", "pinterest", "linkedin", "rss", "phong", "to", "thu", "nho", "|", "-", "+",
    };

    /// <summary>Cleans the lines of a plain-text page.</summary>
    public static CleanedPage Clean(IEnumerable<string> rawLines) =>
        Clean(rawLines.Select(l => new PageLine(l)));

    /// <summary>
    /// Cleans the lines of one page. <paramref name="knownTitle"/> (from HTML metadata) marks where the article
    /// starts when the headline is among the lines; <paramref name="knownAuthor"/> lets the byline be cut even
    /// when it does not look like one.
    /// </summary>
    public static CleanedPage Clean(IEnumerable<PageLine> rawLines, string? knownTitle = null, string? knownAuthor = null)
    {
        var lines = rawLines
            .Select(l => l with { Text = Collapse(VietnameseText.Normalize(l.Text)) })
            .Where(l => l.Text.Length > 0)
            .ToList();
        knownTitle = string.IsNullOrWhiteSpace(knownTitle) ? null : Collapse(VietnameseText.Normalize(knownTitle));

        var titleIndex = FindTitle(lines, knownTitle);
        var title = knownTitle ?? (titleIndex >= 0 ? lines[titleIndex].Text : string.Empty);

        // Above the headline: menus, clocks and the masthead. Only the date and the publication are worth keeping.
        string? headerDate = null;
        string? publication = null;
        for (var i = 0; i < titleIndex; i++)
        {
            var line = lines[i].Text;
            if (TryReadDateLine(line, out var date))
            {
                headerDate ??= date;
            }
            else if (PublicationLine().IsMatch(line))
            {
                publication ??= Masthead(line);
            }
        }

        string? articleDate = null;
        var kept = new List<PageLine>(lines.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var longParagraphs = 0;
        for (var i = titleIndex + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = line.Text;
            if (IsTeaserHeading(text) && line.Kind != PageLineKind.Caption)
            {
                if (longParagraphs > 0)
                {
                    break;
                }

                continue; // a stray "Tin mới" box above the article: drop the line, keep reading
            }

            // A typed table's row ("| Khối 2 | 14h00, 18/12/2025 | Sở Tư pháp |") is content, however short; its rules are not.
            if (TableRule().IsMatch(text))
            {
                continue;
            }

            if (TableRow().IsMatch(text))
            {
                kept.Add(line);
                continue;
            }

            if (TryReadDateLine(text, out var date))
            {
                articleDate ??= date;
                continue;
            }

            if (IsFurniture(text) || IsImageFileName(text))
            {
                continue;
            }

            if (publication is null && kept.Count <= 1 && PublicationLine().IsMatch(text))
            {
                publication = Masthead(text);
                continue;
            }

            if (string.Equals(Fold(text), Fold(title), StringComparison.Ordinal))
            {
                continue; // the headline again (a page repeats it in its breadcrumb, its footer or a caption)
            }

            // Photo captions are printed twice (under the image and in the alt text): keep one, the longer
            // when one is the other plus a photo credit.
            if (!seen.Add(text))
            {
                continue;
            }

            if (kept.Count > 0 && IsExtensionOf(text, kept[^1].Text))
            {
                kept[^1] = line;
                continue;
            }

            if (kept.Count > 0 && IsExtensionOf(kept[^1].Text, text))
            {
                continue;
            }

            if (text.Length > 150)
            {
                longParagraphs++;
            }

            kept.Add(line);
        }

        var (body, author) = CutAtByline(kept, knownAuthor);
        if (body.Count > 0)
        {
            body[0] = body[0] with { Text = LeadAgencyCode().Replace(body[0].Text, string.Empty) };
        }

        var headings = lines.Any(l => l.Kind != PageLineKind.Text)
            ? body.Where(l => l.Kind is PageLineKind.Heading or PageLineKind.Bold).Select(l => l.Text).ToHashSet(StringComparer.Ordinal)
            : null;
        return new CleanedPage(title, body.Select(l => l.Text).ToList(), articleDate ?? headerDate, author, publication, headings);
    }

    /// <summary>Reads "Thứ hai, 10-11-25 18:42:04", "09/01/2025, 08:40", "Thứ 4, 29/11/2023 | 17:18:52", "Cập nhật: 08:40 ngày 09/01/2025".</summary>
    internal static bool TryReadDateLine(string line, out string? date)
    {
        date = null;
        if (line.Length > 70)
        {
            return false;
        }

        // "16/01/2025 06:45 | 1.204 lượt xem": the view count shares the date's line on some sites.
        var match = DateLine().Match(TrailingCount().Replace(line, string.Empty));
        return match.Success && TryFormatDate(match, out date);
    }

    /// <summary>Finds a d/m/y date anywhere in a short string ("Ngày đăng 9-1-2025") and formats it yyyy-MM-dd.</summary>
    public static string? FindDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = DayMonthYear().Match(text);
        return match.Success && TryFormatDate(match, out var date) ? date : null;
    }

    private static bool TryFormatDate(Match match, out string? date)
    {
        date = null;
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year < 100)
        {
            year += 2000;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = $"{year:D4}-{month:D2}-{day:D2}";
        return true;
    }

    // The headline is the known title when the page shows it before any real paragraph; otherwise the first
    // line that reads like a headline rather than a menu item, a clock or a masthead.
    private static int FindTitle(List<PageLine> lines, string? knownTitle)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (knownTitle is not null)
            {
                if (string.Equals(Fold(text), Fold(knownTitle), StringComparison.Ordinal))
                {
                    return i;
                }

                if (text.Length > 150)
                {
                    break;
                }

                continue;
            }

            if (LooksLikeHeadline(text))
            {
                return i;
            }
        }

        if (knownTitle is not null)
        {
            // The headline is not among the lines (the article body was picked without it): only drop menu-like
            // lines before the first real sentence.
            var first = lines.FindIndex(l => l.Kind != PageLineKind.Text || l.Text.Length > 150 || LooksLikeHeadline(l.Text));
            return first < 0 ? -1 : first - 1;
        }

        return lines.Count > 0 ? 0 : -1;
    }

    private static bool LooksLikeHeadline(string text) =>
        (text.Length >= 30 || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 5)
        && !TryReadDateLine(text, out _)
        && !IsFurniture(text)
        && !IsTeaserHeading(text)
        && !IsImageFileName(text);

    /// <summary>
    /// True for a line that opens what follows an article on a news page: "Tin liên quan", "Có thể bạn quan tâm",
    /// "Bình luận (3)", "POWERED BY …", "© 2025 …".
    /// </summary>
    public static bool IsTeaserHeading(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var lower = line.ToLowerInvariant();
        if (TailPrefixes.Any(p => lower.StartsWith(p, StringComparison.Ordinal)))
        {
            return true;
        }

        if (line.Length > 40)
        {
            return false;
        }

        var bare = CountSuffix().Replace(lower, string.Empty).Trim(' ', ':', '.', '»', '›', '>', '-');
        return TailHeadings.Contains(bare, StringComparer.Ordinal);
    }

    private static bool IsFurniture(string line)
    {
        var lower = line.ToLowerInvariant();
        return WeatherLine().IsMatch(line)
            || lower.Contains("icon thời tiết", StringComparison.Ordinal)
            || (lower.StartsWith("theo dõi", StringComparison.Ordinal) && line.Length < 60)
            || CountLine().IsMatch(line)
            || InlineTeaser().IsMatch(line)
            || (Breadcrumb().IsMatch(line) && line.Length < 120)
            || PhotoCredit().IsMatch(line)
            || IsShareBar(line);
    }

    private static bool IsShareBar(string line)
    {
        if (line.Length > 80)
        {
            return false;
        }

        var words = Fold(line).Split([' ', ',', '/', '·', '•'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(ShareWords.Contains);
    }

    private static bool IsImageFileName(string line) => ImageFileLine().IsMatch(line);

    // "Đại biểu dự hội nghị" followed by "Đại biểu dự hội nghị. Ảnh: Hồng Quân": the second extends the first.
    private static bool IsExtensionOf(string longer, string shorter) =>
        longer.Length > shorter.Length
        && longer.Length - shorter.Length <= 60
        && shorter.Length is >= 20 and <= 300
        && longer.StartsWith(shorter.TrimEnd('.'), StringComparison.Ordinal);

    // A byline closes the article: a short line of capitalised words after real paragraphs.
    // What follows it on these pages is teasers for other news.
    private static (List<PageLine> Body, string? Author) CutAtByline(List<PageLine> lines, string? knownAuthor)
    {
        var knownFolded = string.IsNullOrWhiteSpace(knownAuthor) ? null : Fold(Collapse(VietnameseText.Normalize(knownAuthor)));
        var longParagraphs = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Text.Length > 150)
            {
                longParagraphs++;
                continue;
            }

            if (knownFolded is not null && line.Text.Length < 80 && Fold(line.Text).EndsWith(knownFolded, StringComparison.Ordinal)
                && (Fold(line.Text).Length == knownFolded.Length || ReadByline(line.Text) is not null))
            {
                return (lines.Take(i).ToList(), ReadByline(line.Text) ?? line.Text);
            }

            if (longParagraphs >= 2 && line.Kind != PageLineKind.Heading && ReadByline(line.Text) is { } author
                && !IsCapitalHeadingBeforeText(lines, i))
            {
                return (lines.Take(i).ToList(), author);
            }
        }

        return (lines, null);
    }

    // "KẾT QUẢ NỔI BẬT" over a paragraph is a heading; capital bylines are two or three words ("NGỌC HÂN", "NGUYỄN VĂN AN").
    private static bool IsCapitalHeadingBeforeText(List<PageLine> lines, int index)
    {
        var text = lines[index].Text;
        return text.Where(char.IsLetter).All(char.IsUpper)
            && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4
            && index + 1 < lines.Count
            && lines[index + 1].Text.Length > 150;
    }

    /// <summary>The name(s) in a byline ("NGỌC HÂN", "Bài và ảnh: Hồng Quân", "Hoàng Uyên - Ngọc Hân"), or null.</summary>
    internal static string? ReadByline(string line)
    {
        var match = BylinePrefix().Match(line);
        var names = match.Success ? line[match.Length..].Trim() : line;
        if (names.Length is < 4 or > 60 || names.Any(char.IsDigit) || ".:;!?“”\"()".Any(names.Contains))
        {
            return null;
        }

        var people = names.Split(['-', '–', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var person in people)
        {
            var words = person.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is < 2 or > 5 || !words.All(w => char.IsUpper(w[0])))
            {
                return null;
            }
        }

        return people.Length > 0 ? names : null;
    }

    private static string Fold(string text) => VietnameseText.Fold(text).Trim(' ', '.', ':');

    // An all-capitals masthead is cited in sentence case: "BÁO QUẢNG NAM ĐIỆN TỬ" → "Báo Quảng Nam Điện Tử".
    private static string Masthead(string line) =>
        line.Any(char.IsLower) ? line : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(line.ToLowerInvariant());

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"^(?:(?:cập nhật|ngày đăng|đăng ngày|đăng lúc|xuất bản|thời gian)\s*:?\s*)?(?:(?:thứ\s+\S+|chủ nhật)\s*,?\s*)?(?:\d{1,2}:\d{2}(?::\d{2})?\s*[,|-]?\s*)?(?:ngày\s+)?(?<d>\d{1,2})[-/.](?<m>\d{1,2})[-/.](?<y>\d{4}|\d{2})(?:\s*[,|-]?\s*(?:lúc\s+)?\d{1,2}(?::|h)\d{2}(?::\d{2})?)?(?:\s*\[?\(?GMT\s*[+-]\s*\d+\)?\]?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})[-/.](?<m>\d{1,2})[-/.](?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\d+\s*°C", RegexOptions.CultureInvariant)]
    private static partial Regex WeatherLine();

    // View and comment counts: "6,161 lượt xem", "(0) Bình luận", "Bình luận (3)", "12 comments".
    [GeneratedRegex(@"^(?:\(?[\d.,]+\)?\s*(?:lượt xem|lượt đọc|bình luận|ý kiến|comments?|views?)|(?:lượt xem|bình luận|ý kiến)\s*:?\s*\(?[\d.,]+\)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountLine();

    [GeneratedRegex(@"\s*\(\d+\)\s*$|^\s*\(\d+\)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex CountSuffix();

    // "Xem thêm: <another article>", "Từ khóa: thi đua, khen thưởng": links to elsewhere inside or under the article.
    [GeneratedRegex(@"^(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|từ khóa|từ khoá|tags?|chủ đề)\s*[:>»]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineTeaser();

    // A credit on a line of its own: "Ảnh: Hồng Quân", "Ảnh minh họa".
    [GeneratedRegex(@"^(?:(?:ảnh|nguồn ảnh|video|clip)\s*:\s*[^.!?]{1,40}|ảnh minh họa)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCredit();

    // "Trang chủ » Thời sự » Chính trị". Not "|": table rows are written "Danh hiệu | Số lượng".
    // A slash separates crumbs only with spaces around it: "152/2025/NĐ-CP" is a document number.
    [GeneratedRegex(@"^[^»›>/]{1,30}(?:(?:\s*[»›>]\s*|\s+/\s+)[^»›>/]{1,30}){2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Breadcrumb();

    // "Báo Cà Mau", and the all-capitals masthead "BÁO QUẢNG NAM ĐIỆN TỬ".
    [GeneratedRegex(@"^(?:Báo\s+\p{Lu}[\p{L}\s]{1,30}|BÁO\s+[\p{Lu}\s]{2,30})$", RegexOptions.CultureInvariant)]
    private static partial Regex PublicationLine();

    [GeneratedRegex(@"\s*[|·•–-]?\s*[\d.,]+\s*(?:lượt xem|lượt đọc|bình luận|views?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCount();

    [GeneratedRegex(@"^\S+\.(?:jpe?g|png|gif|webp)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageFileLine();

    // "BTO-Chiều 8/1, …", "CMO - Sáng nay, …": the agency code that opens a lead.
    [GeneratedRegex(@"^(?:\p{Lu}{2,6}|\([\w.]{2,30}\))\s*[-–—]\s*(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex LeadAgencyCode();

    [GeneratedRegex(@"^(?:(?:bài|tin|ảnh|bài viết)(?:\s*(?:và|,|&)\s*(?:ảnh|bài))?|nhóm phóng viên)\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylinePrefix();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\s*[+|]?(?:[-=+:]{3,}[+|]?)+\s*$")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"^\s*\|(?:[^|]+\|){2,}\s*$")]
    private static partial Regex TableRow();
}
