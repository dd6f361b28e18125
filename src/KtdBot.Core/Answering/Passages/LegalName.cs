using System.Text.RegularExpressions;

namespace KtdBot.Answering.Passages;

/// <summary>
/// A legal document's short name from its number line ("Số: 71/2025/QĐ-UBND" → "Quyết định 71/2025/QĐ-UBND"),
/// the kind read from the number's code by one table.
/// </summary>
internal static partial class LegalName
{
    private const int HeaderLines = 25;

    private static readonly (string Code, string Kind)[] Kinds =
    [
        ("QĐ", "Quyết định"), ("KH", "Kế hoạch"), ("NQ", "Nghị quyết"), ("NĐ", "Nghị định"), ("TT", "Thông tư"), ("HD", "Hướng dẫn"),
        ("CT", "Chỉ thị"), ("TB", "Thông báo"), ("QH", "Luật"),
    ];

    /// <summary>The short name, or null when the first lines carry no document number.</summary>
    public static string? Of(IReadOnlyList<string> lines)
    {
        var header = lines.Take(HeaderLines).ToList();
        for (var i = 0; i < header.Count; i++)
        {
            // "Số:" and the number are often on lines of their own.
            var line = i + 1 < header.Count ? $"{header[i]} {header[i + 1]}" : header[i];
            if (Number().Match(line) is { Success: true } match)
            {
                var number = match.Groups["n"].Value;
                var code = match.Groups["code"].Value;
                var kind = Kinds.FirstOrDefault(k => code.StartsWith(k.Code, StringComparison.Ordinal)).Kind;
                return kind is null ? null : $"{kind} {number}";
            }
        }

        return null;
    }

    // "Số: 71/2025/QĐ-UBND", "Số: 982/KH-UBND".
    [GeneratedRegex(@"Số\s*:\s*(?<n>\d+(?:/\d{4})?/(?<code>[A-ZĐ]+)(?:-[A-ZĐ]+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
