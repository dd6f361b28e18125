using System.Globalization;
using System.Text.RegularExpressions;
using KtdBot.Knowledge;

namespace KtdBot.Answering;

/// <summary>Reads the slots of a question that its words give directly: years, names, an article, amounts, compared units.</summary>
internal static partial class FrameSlots
{
    private static readonly HashSet<string> CountedNouns = new(StringComparer.Ordinal) { "don", "hoi", "thanh", "co", "phuong", "xa", "so", "nganh" };

    /// <summary>Years typed; a year inside a date ("ngày 29/11/2023") is when something happened, not what is asked.</summary>
    public static List<int> ExplicitYears(string text)
    {
        var years = new List<int>();
        foreach (Match match in YearPattern().Matches(text))
        {
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (!years.Contains(year))
            {
                years.Add(year);
            }
        }

        return years;
    }

    /// <summary>"có tới 20 đơn vị": a small number before a counted noun, not a bloc's own number ("khối 8 có …").</summary>
    public static int? ClaimedCount(IReadOnlyList<string> s) =>
        CountsBeforeNouns(s).Where(i => i == 0 || s[i - 1] is not ("khoi" or "cum" or "dua" or "so")).Select(i => (int?)int.Parse(s[i], CultureInfo.InvariantCulture)).FirstOrDefault();

    /// <summary>True when a small number stands before a counted noun anywhere (a bloc's number too: the intents read it so).</summary>
    public static bool ClaimsCount(IReadOnlyList<string> s) => CountsBeforeNouns(s).Any();

    private static IEnumerable<int> CountsBeforeNouns(IReadOnlyList<string> s) =>
        Enumerable.Range(0, Math.Max(0, s.Count - 1)).Where(i => s[i].Length is > 0 and <= 3 && s[i].All(char.IsDigit) && CountedNouns.Contains(s[i + 1]));

    /// <summary>"Điều 24", "dieu 24": the article number.</summary>
    public static int? Article(IReadOnlyList<string> s)
    {
        for (var i = 0; i + 1 < s.Count; i++)
        {
            if (s[i] == "dieu" && int.TryParse(s[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var article) && article is > 0 and < 1000)
            {
                return article;
            }
        }

        return null;
    }

    /// <summary>Runs of two or more capitalised words after the first word: "Trần Minh Huấn", "Hiệp Thành".</summary>
    public static List<string> CapitalisedNames(string text)
    {
        var words = text.Split([' ', ',', '?', '.', '!', ':', ';', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries);
        var names = new List<string>();
        var run = new List<string>();
        for (var i = 1; i <= words.Length; i++)
        {
            if (i < words.Length && char.IsUpper(words[i][0]) && words[i].Skip(1).All(char.IsLower))
            {
                run.Add(words[i]);
                continue;
            }

            if (run.Count >= 2)
            {
                names.Add(string.Join(' ', run));
            }

            run.Clear();
        }

        return names;
    }

    /// <summary>"nếu lương cơ sở là 2,34 triệu", "mức lương cơ sở 2.340.000 đồng", in đồng.</summary>
    public static decimal? BaseSalary(string question)
    {
        var m = Salary().Match(Text.VietnameseText.Fold(question));
        if (!m.Success)
        {
            return null;
        }

        var digits = m.Groups["v"].Value;
        if (m.Groups["u"].Value.StartsWith("tr", StringComparison.Ordinal))
        {
            return decimal.TryParse(digits.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var millions) ? millions * 1_000_000m : null;
        }

        return decimal.TryParse(digits.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 100_000 ? value : null;
    }

    /// <summary>A base salary a text states ("… với mức lương cơ sở 2,34 triệu đồng"): the first figure that reads as a monthly salary.</summary>
    public static decimal? SalaryIn(string text) =>
        Salary().Matches(Text.VietnameseText.Fold(text)).Select(m => BaseSalary(m.Value)).FirstOrDefault(v => v is >= 1_000_000m and <= 10_000_000m);

    /// <summary>"nếu 5 người cùng đạt …", "phòng tôi có 2 người đạt …": how many receive the reward (two or more), or null.</summary>
    public static int? Recipients(string question) =>
        RecipientCount().Match(Text.VietnameseText.Fold(question).ToLowerInvariant()) is { Success: true } m
        && int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 2 ? n : null;

    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,4})\s+(?:nguoi|ng|ca nhan|tap the|dong chi|can bo|vien chuc|cong chuc|don vi)\b")]
    private static partial Regex RecipientCount();

    /// <summary>"Công an tỉnh và Biên phòng có cùng khối không?": the two units, as typed; empty when it compares none.</summary>
    public static IReadOnlyList<string> ComparedUnits(string text, IReadOnlyList<string> syllables) =>
        SameBlocCue().IsMatch(string.Join(' ', syllables)) && SameBlocUnits().Match(text) is { Success: true } pair
            ? [pair.Groups["a"].Value, pair.Groups["b"].Value]
            : [];

    /// <summary>
    /// Titles whose name or alias the question types in full, in the order typed, leaving out a match that lies inside
    /// another's ("bằng khen" inside "bằng khen thủ tướng"); a shared name ("bằng khen") names every title that carries it.
    /// </summary>
    public static IEnumerable<AwardTitle> TitlesTypedInFull(IReadOnlyList<string> syllables, IReadOnlyList<AwardTitle> awards)
    {
        var spans = new List<(AwardTitle Award, int Start, int End)>();
        foreach (var award in awards)
        {
            var best = award.Aliases.Append(award.Name)
                .Select(n => Occurrence(syllables, NameMatcher.Syllables(n)))
                .Where(o => o.Start >= 0)
                .OrderByDescending(o => o.End - o.Start)
                .FirstOrDefault((Start: -1, End: -1));
            if (best.Start >= 0)
            {
                spans.Add((award, best.Start, best.End));
            }
        }

        return spans
            .Where(a => !spans.Any(b => b.Start <= a.Start && a.End <= b.End && b.End - b.Start > a.End - a.Start))
            .OrderBy(a => a.Start)
            .Select(a => a.Award)
            .DistinctBy(a => a.Id);
    }

    private static (int Start, int End) Occurrence(IReadOnlyList<string> text, IReadOnlyList<string> phrase)
    {
        for (var i = 0; phrase.Count > 0 && i + phrase.Count <= text.Count; i++)
        {
            if (phrase.Select((p, k) => string.Equals(text[i + k], p, StringComparison.Ordinal)).All(same => same))
            {
                return (i, i + phrase.Count);
            }
        }

        return (-1, -1);
    }

    // "tháng 8/2025" is a period asked about; "29/11/2023" a day on which something happened.
    [GeneratedRegex(@"(?:(?<![\d/.\-])|(?<=(?:thang|tháng|THÁNG|Tháng)\s*\d{1,2}/))(?<y>19[4-9]\d|20\d\d)(?![\d/.\-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"luong co so[^0-9]{0,20}(?<v>\d{1,3}(?:[.,]\d{3}){1,2}|\d{1,2}(?:[.,]\d{1,3})?)\s*(?<u>trieu|tr\b|dong|d\b|vnd)?")]
    private static partial Regex Salary();

    [GeneratedRegex(@"\b(?:cung|chung)\s+(?:mot\s+|1\s+)?(?:khoi|cum)\b|\bcung\s+thuoc\s+(?:mot\s+)?(?:khoi|cum)\b")]
    private static partial Regex SameBlocCue();

    // "A và B (năm 2025) có (cùng|chung) …", "A với B …".
    [GeneratedRegex(@"^(?:[^,]*?,\s*)?(?<a>.+?)\s+(?:và|va|với|voi)\s+(?<b>.+?)\s+(?:năm\s+\d{4}\s+)?(?:có\s+|co\s+|đều\s+|deu\s+)?(?:cùng|cung|chung)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SameBlocUnits();
}
