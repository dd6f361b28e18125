using System.Text.RegularExpressions;
using KtdBot.Text;

namespace KtdBot.Ingestion;

/// <summary>What is left of a news page once the page furniture is gone.</summary>
/// <param name="Title">The headline (first substantial line).</param>
/// <param name="Paragraphs">Article paragraphs in order; photo captions appear once.</param>
/// <param name="PageDate">A date shown on the page (yyyy-MM-dd), which may be the viewing date.</param>
/// <param name="Author">The byline, when one closes the article.</param>
/// <param name="Publication">The newspaper named at the top ("Báo Cà Mau"), when it is.</param>
public sealed record CleanedPage(string Title, IReadOnlyList<string> Paragraphs, string? PageDate, string? Author, string? Publication);

/// <summary>
/// Recovers the article from the text of a provincial news page: drops date and weather lines,
/// "follow us" lines, repeated photo captions, and everything from the related-article teasers on.
/// Works on lines, so both plain-text copies and HTML block texts go through it.
/// </summary>
public static partial class NewsPageCleaner
{
    private static readonly string[] TailMarkers =
    [
        "có thể bạn quan tâm", "bài liên quan", "tin liên quan", "tin cùng chuyên mục", "tin khác", "xem thêm",
        "đọc thêm", "bình luận", "nổi bật", "đừng bỏ lỡ", "tin mới nhất", "tin đọc nhiều", "powered by",
    ];

    /// <summary>Cleans the lines of one page.</summary>
    public static CleanedPage Clean(IEnumerable<string> rawLines)
    {
        var lines = rawLines.Select(l => VietnameseText.Normalize(l).Trim()).Where(l => l.Length > 0).ToList();
        string? pageDate = null;
        string? publication = null;
        var kept = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            if (IsTailMarker(line) && kept.Count > 2)
            {
                break;
            }

            if (TryReadDateLine(line, out var date))
            {
                pageDate ??= date;
                continue;
            }

            if (IsFurniture(line))
            {
                continue;
            }

            if (publication is null && PublicationLine().IsMatch(line) && kept.Count <= 2)
            {
                publication = line;
                continue;
            }

            // Photo captions are printed twice (under the image and in the alt text): keep one.
            if (kept.Count > 0 && string.Equals(kept[^1], line, StringComparison.Ordinal))
            {
                continue;
            }

            kept.Add(line);
        }

        var (body, author) = CutAtByline(kept);
        body = body.Where(l => !IsImageFileName(l)).ToList();
        var title = body.Count > 0 ? body[0] : string.Empty;
        var paragraphs = body.Skip(1).Where(l => !string.Equals(l, title, StringComparison.Ordinal)).ToList();
        return new CleanedPage(title, paragraphs, pageDate, author, publication);
    }

    private static bool IsTailMarker(string line)
    {
        var lower = line.ToLowerInvariant().Trim(' ', ':', '.');
        if (lower.StartsWith('(') && lower.Contains("bình luận", StringComparison.Ordinal))
        {
            return true;
        }

        return line.Length < 40 && TailMarkers.Any(m => lower.StartsWith(m, StringComparison.Ordinal));
    }

    private static bool IsFurniture(string line)
    {
        var lower = line.ToLowerInvariant();
        return WeatherLine().IsMatch(line)
            || (lower.StartsWith("theo dõi", StringComparison.Ordinal) && line.Length < 60)
            || ViewCountLine().IsMatch(line)
            || (lower.Contains("icon thời tiết", StringComparison.Ordinal));
    }

    private static bool IsImageFileName(string line) => ImageFileLine().IsMatch(line);

    /// <summary>Reads "Thứ hai, 10-11-25 18:42:04", "09/01/2025, 08:40", "Thứ 4, 29/11/2023 | 17:18:52".</summary>
    internal static bool TryReadDateLine(string line, out string? date)
    {
        date = null;
        if (line.Length > 60)
        {
            return false;
        }

        var match = DateLine().Match(line);
        if (!match.Success)
        {
            return false;
        }

        var day = int.Parse(match.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (year < 100)
        {
            year += 2000;
        }

        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            return false;
        }

        date = $"{year:D4}-{month:D2}-{day:D2}";
        return true;
    }

    // A byline closes the article: a short line of capitalised words after real paragraphs.
    // What follows it on these pages is teasers for other news.
    private static (List<string> Body, string? Author) CutAtByline(List<string> lines)
    {
        var longParagraphs = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length > 150)
            {
                longParagraphs++;
                continue;
            }

            if (longParagraphs >= 2 && IsByline(line))
            {
                return (lines.Take(i).ToList(), line);
            }
        }

        return (lines, null);
    }

    private static bool IsByline(string line)
    {
        if (line.Length is < 4 or > 40 || line.Any(char.IsDigit) || ".:;!?,“”\"-–".Any(line.Contains))
        {
            return false;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0]));
    }

    [GeneratedRegex(@"^(?:(?:thứ\s+\S+|chủ nhật)\s*,\s*)?(?<d>\d{1,2})[-/.](?<m>\d{1,2})[-/.](?<y>\d{2}|\d{4})(?:\s*[,|]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*\[?GMT[+-]\d+\]?)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"\d+\s*°C", RegexOptions.CultureInvariant)]
    private static partial Regex WeatherLine();

    [GeneratedRegex(@"^[\d.,]+\s+lượt xem$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ViewCountLine();

    [GeneratedRegex(@"^Báo\s+\p{Lu}[\p{L}\s]{1,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex PublicationLine();

    [GeneratedRegex(@"^\S+\.(?:jpe?g|png|gif|webp)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageFileLine();
}
