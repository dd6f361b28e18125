using System.Globalization;
using System.Text.RegularExpressions;

namespace KtdBot.Answering.Passages;

/// <summary>
/// The arithmetic a quoted sentence leaves to the reader: "được thưởng 1,0 lần mức lương cơ sở" worked out with the base
/// salary the knowledge base states; and an amount a source misprints ("2.340.000 triệu đồng") quoted as what it must be,
/// with the misprint said plainly.
/// </summary>
internal static partial class QuotedAmounts
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The sentence with a misprinted unit corrected ("2.340.000 triệu đồng" → "2.340.000 đồng"), and whether it was.</summary>
    public static (string Sentence, bool Corrected) Corrected(string sentence)
    {
        var corrected = MillionsOfMillions().Replace(sentence, "${n} đồng");
        return (corrected, corrected != sentence);
    }

    /// <summary>The multiples of the base salary a text states ("0,3 lần mức lương cơ sở" → 0.3), in order.</summary>
    public static IReadOnlyList<decimal> Multiples(string text) =>
        Multiple().Matches(text).Select(m => decimal.TryParse(m.Groups["m"].Value.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var multiple) ? multiple : (decimal?)null)
            .OfType<decimal>().ToList();

    /// <summary>"1,0 × 2.340.000 = 2.340.000 đồng" for each distinct multiple the sentences state; empty without one.</summary>
    public static IReadOnlyList<string> Worked(IEnumerable<string> sentences, decimal salary) =>
        sentences.SelectMany(Multiples).Distinct()
            .Select(m => $"{m.ToString("0.0##", Vietnamese)} × {salary.ToString("N0", Vietnamese)} = {(m * salary).ToString("N0", Vietnamese)} đồng")
            .ToList();

    // "2.340.000 triệu đồng": a sum already in đồng with "triệu" left in by mistake.
    [GeneratedRegex(@"(?<n>\d{1,3}(?:\.\d{3}){2,})\s+triệu\s+đồng")]
    private static partial Regex MillionsOfMillions();

    [GeneratedRegex(@"(?<m>\d{1,2}(?:,\d{1,2})?)\s*lần\s+(?:mức\s+)?lương\s+cơ\s+sở", RegexOptions.IgnoreCase)]
    private static partial Regex Multiple();
}
