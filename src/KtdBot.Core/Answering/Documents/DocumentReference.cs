using System.Globalization;
using System.Text.RegularExpressions;
using KtdBot.Facts;
using KtdBot.Text;

namespace KtdBot.Answering.Documents;

/// <summary>
/// The document a question names: by number ("Quyết định 3621/QĐ-BYT", "qđ 86/2025", "nđ 152", "kh 0124"), typed with or
/// without diacritics, or by kind alone ("kế hoạch … của Đắk Lắk"), with the provinces and other words that narrow it.
/// </summary>
/// <param name="Number">The number's digits, without leading zeros ("0124" → 124); null when only a kind is named.</param>
/// <param name="Year">"86/2025" → 2025.</param>
/// <param name="Code">The code typed after the number, folded ("qd-byt"), or null.</param>
/// <param name="Kind">The kind named or implied by the code, or null.</param>
/// <param name="Provinces">Folded names of the provinces the question names.</param>
/// <param name="Words">The question's folded syllables, to choose between documents by their subject.</param>
internal sealed record DocumentReference(int? Number, int? Year, string? Code, LegalKinds.Kind? Kind, IReadOnlyList<string> Provinces, IReadOnlyList<string> Words)
{
    /// <summary>The reference a text makes, or null when it names no document by number or kind.</summary>
    public static DocumentReference? Read(string text, IReadOnlyList<string> provinces)
    {
        var folded = VietnameseText.Fold(text).ToLowerInvariant();
        var words = Tokenizer.Syllables(text).Select(t => t.Folded).ToList();
        foreach (Match m in Numbered.Matches(folded))
        {
            var kind = m.Groups["kind"].Success ? LegalKinds.Named(m.Groups["kind"].Value) : null;
            var code = m.Groups["code"].Success ? m.Groups["code"].Value.Replace(" ", string.Empty, StringComparison.Ordinal) : null;
            kind ??= code is null ? null : LegalKinds.All.FirstOrDefault(k => k.Shorthand is { } s && code.Split('-')[0] == s);
            if (kind is null && code is null)
            {
                continue; // "khối 8", "năm 2025": a number, not a document's
            }

            var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : (int?)null;
            return new DocumentReference(int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), year, code, kind, provinces, words);
        }

        var named = KindWord.Match(folded);
        return named.Success ? new DocumentReference(null, null, null, LegalKinds.Named(named.Value), provinces, words) : null;
    }

    /// <summary>True when the record is the document this reference names (its number, year, code and kind agree).</summary>
    public bool Names(LegalDocumentFact record)
    {
        if (Number is null)
        {
            return Kind is null || OfKind(record, Kind);
        }

        if (record.Number is not { } number || NumberOf(number) != Number)
        {
            return false;
        }

        var key = LegalDocumentAssembler.NumberKey(number);
        return (Year is null || key.Contains($"/{Year}/", StringComparison.Ordinal))
            && (Code is null || key.Split('/')[^1].StartsWith(Code, StringComparison.Ordinal))
            && (Kind is null || OfKind(record, Kind));
    }

    // Rules are issued by a decision ("Quyết định … ban hành Quy chế …"): asking for the rules is asking for that decision.
    private static bool OfKind(LegalDocumentFact record, LegalKinds.Kind kind) =>
        string.Equals(record.Kind, kind.Name, StringComparison.Ordinal)
        || (kind.Code is null && record.Subject is { } subject && VietnameseText.Fold(subject.Value).Contains(kind.Folded, StringComparison.Ordinal));

    private static int? NumberOf(string number) =>
        int.TryParse(number.Split('/')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    // "quyết định 3621/qđ-byt", "qd 86/2025", "86/2025/qđ-ubnd", "nđ152", "kế hoạch số 0124".
    private static readonly Regex Numbered = new(
        $@"(?<![\p{{L}}\d/])(?:(?<kind>{LegalKinds.FoldedNamesAndShorthand})\s*(?:so\s*)?)?(?<n>\d{{1,5}})(?:\s*/\s*(?<y>(?:19|20)\d\d))?(?:\s*/\s*(?<code>[a-z]+(?:\s*-\s*[a-z0-9]+)*))?(?![\d/])",
        RegexOptions.CultureInvariant);

    // A kind named in words, without a number: "kế hoạch của Đắk Lắk", "nghị quyết này".
    private static readonly Regex KindWord = new($@"\b(?:{LegalKinds.FoldedNames})\b", RegexOptions.CultureInvariant);
}
