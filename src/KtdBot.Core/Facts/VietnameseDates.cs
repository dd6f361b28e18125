using System.Globalization;
using System.Text.RegularExpressions;

namespace KtdBot.Facts;

/// <summary>Dates as Vietnamese documents write them, in folded text: "ngày 15 tháng 12 năm 2025", "ngày 15/12/2025", "01/7/2025".</summary>
internal static partial class VietnameseDates
{
    /// <summary>The first recent date introduced by "ngày" (the long form first, as a header writes it), as yyyy-MM-dd.</summary>
    public static string? First(string folded) => Iso(LongDate().Match(folded), HeaderYears) ?? Iso(ShortDate().Match(folded), HeaderYears);

    // A header's date is the document's own: never a date of last century it quotes.
    private const int HeaderYears = 1991;

    /// <summary>The date a match of <see cref="Pattern"/> (or any match with groups d, m, y) holds, as yyyy-MM-dd.</summary>
    public static string? Iso(Match match, int earliestYear = 1946) =>
        match.Success
        && int.TryParse(match.Groups["d"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
        && int.TryParse(match.Groups["m"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && int.TryParse(match.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && d is >= 1 and <= 31 && m is >= 1 and <= 12 && y >= earliestYear && y < 2100
            ? $"{y:D4}-{m:D2}-{d:D2}"
            : null;

    /// <summary>A date with or without "ngày" in front, long or short: the text after "có hiệu lực từ".</summary>
    [GeneratedRegex(@"(?:ngay\s+)?(?<d>\d{1,2})(?:\s+thang\s+|\s*[/.-]\s*)(?<m>\d{1,2})(?:\s+nam\s+|\s*[/.-]\s*)(?<y>\d{4})")]
    public static partial Regex Pattern();

    [GeneratedRegex(@"ngay\s+(?<d>\d{1,2})\s+thang\s+(?<m>\d{1,2})\s+nam\s+(?<y>\d{4})")]
    private static partial Regex LongDate();

    [GeneratedRegex(@"ngay\s+(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4})")]
    private static partial Regex ShortDate();
}
