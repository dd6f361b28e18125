using System.Text.RegularExpressions;

namespace KtdBot.Answering.Passages;

/// <summary>
/// Which article a quoted unit sits under, so an answer can say "Theo Điều 23 Luật Thi đua, khen thưởng 2022: …".
/// A legal text heads its articles ("Điều 5. Tiêu chuẩn …"); a Q&amp;A article names the clause it quotes
/// ("Căn cứ theo Điều 23 Luật Thi đua, khen thưởng 2022 quy định như sau:"). The reference holds until the next one,
/// the next question the article asks itself, or the writer's own conclusion ("Như vậy, …").
/// </summary>
internal static partial class ArticleReferences
{
    private const int MostLinesQuoted = 12;

    /// <summary>The reference in force at each logical line of <paramref name="lines"/>, or null.</summary>
    public static string?[] InForce(IReadOnlyList<string> lines, string? documentName)
    {
        var references = new string?[lines.Count];
        string? current = null;
        var articlesOf = documentName;
        var citedAt = -1;
        var quotedItems = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (AttachedRules().Match(line) is { Success: true } rules && documentName is not null && ReferenceEquals(articlesOf, documentName))
            {
                // The rules a decision issues number their own articles: "Điều 4 Quy chế ban hành kèm theo Quyết định …".
                articlesOf = $"{char.ToUpperInvariant(rules.Value[0])}{rules.Value[1..].ToLowerInvariant()} ban hành kèm theo {documentName}";
                current = null;
            }
            else if (ArticleHeading().Match(line) is { Success: true } heading)
            {
                citedAt = -1;
                current = articlesOf is null ? $"Điều {heading.Groups["n"].Value}" : $"Điều {heading.Groups["n"].Value} {articlesOf}";
            }
            else if (Citing().Match(line) is { Success: true } cited)
            {
                current = Tidy(cited.Groups["ref"].Value);
                citedAt = i;
                quotedItems = false;
            }
            else if (current is not null && citedAt >= 0 && (i - citedAt > MostLinesQuoted || (quotedItems && ListItems.Item(line) is null)))
            {
                // An article quoting a clause quotes a few lines of it, not the rest of the page: once its items end, so does the quote.
                current = null;
            }
            else if (EndsReference(line))
            {
                current = null;
            }

            quotedItems = citedAt >= 0 && current is not null && (quotedItems || ListItems.Item(line) is not null);

            references[i] = current;
        }

        return references;
    }

    /// <summary>The prefix to quote <paramref name="unit"/> with, or empty when the unit names its article itself.</summary>
    public static string Prefix(string? reference, string unit) =>
        reference is null || unit.Contains("Điều ", StringComparison.Ordinal) ? string.Empty : $"Theo {reference}: ";

    private static bool EndsReference(string line) =>
        line.TrimEnd().EndsWith('?') || Conclusions.Any(c => line.StartsWith(c, StringComparison.Ordinal)) || IsHeading(line);

    // The writer's own words after a quoted clause.
    private static readonly string[] Conclusions =
        ["Như vậy", "Tóm lại", "Lưu ý", "Xem thêm", "Trên đây", "Theo đó", "Do đó", "Đồng thời", "Tuy nhiên", "Vì vậy", "Ngoài ra", "(Hình", "Hình", "Chương", "CHƯƠNG", "Mục ", "MỤC "];

    // "III. CÔNG TÁC KHEN THƯỞNG": a heading in capitals closes what came before.
    private static bool IsHeading(string line)
    {
        var letters = line.Where(char.IsLetter).ToList();
        return letters.Count >= 6 && letters.All(char.IsUpper);
    }

    private static string Tidy(string reference) => reference.Trim().TrimEnd(',', ' ');

    [GeneratedRegex(@"^(?:QUY CHẾ|QUY ĐỊNH|ĐIỀU LỆ|QUY TRÌNH)(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex AttachedRules();

    // "Điều 23. Danh hiệu …", "Điều 5 ." at the start of a line of a legal text.
    [GeneratedRegex(@"^Điều\s+(?<n>\d+)\s*[.:]", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleHeading();

    // "Căn cứ theo khoản 1 Điều 23 Luật Thi đua, khen thưởng 2022 quy định như sau:", "Tại Điều 74 Nghị định 152/2025/NĐ-CP có quy định:".
    [GeneratedRegex(@"(?:Căn cứ|căn cứ|Theo|theo|Tại|tại)\s+(?:theo\s+|tại\s+)?(?:quy định tại\s+)?(?<ref>(?:điểm\s+[a-zđ]\s+)?(?:khoản\s+\d+\s+)?Điều\s+\d+\s+(?:Luật|Nghị định|Thông tư|Quyết định|Nghị quyết|Bộ luật)[^:;]*?)(?=\s+(?:quy định|có quy định|như sau|hướng dẫn|về|đã|nêu|có nêu|thì|được)\b|\s*:)[^:]*:\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Citing();
}
