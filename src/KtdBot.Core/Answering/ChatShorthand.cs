using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KtdBot.Text;

namespace KtdBot.Answering;

/// <summary>
/// Rewrites the shorthand and synonyms people type in chat into the words the knowledge base is written in ("k8" → "khối 8",
/// "ko" → "không", "cq" → "cơ quan", "nđ 152" → "nghị định 152", "trưởng khối" → "khối trưởng") and drops greetings and fillers ("ad ơi",
/// "cho em hỏi") that would otherwise count as words the answer must contain.
/// A shorthand the knowledge base itself uses ("UBND", "CSTĐ", "MTTQ") is left as typed: there it is a name.
/// </summary>
internal static partial class ChatShorthand
{
    /// <summary>What a folded shorthand word stands for, folded and split into syllables ("cstdcs" → chien si thi dua co so), or null.</summary>
    internal static string[]? Meaning(string folded) =>
        QuestionCues.Default.Shorthand.TryGetValue(folded, out var meaning) || QuestionCues.Default.ShorthandBeforeNumber.TryGetValue(folded, out meaning)
            ? VietnameseText.Fold(meaning).Replace(",", string.Empty, StringComparison.Ordinal).Split(' ')
            : null;

    /// <summary>The question with shorthand spelled out and fillers removed.</summary>
    /// <param name="text">The question as typed.</param>
    /// <param name="knows">True for folded syllables the knowledge base uses.</param>
    /// <param name="cues">The table of shorthand, synonyms and fillers; the shipped one by default.</param>
    public static string Expand(string text, Func<string, bool> knows, QuestionCues? cues = null)
    {
        cues ??= QuestionCues.Default;
        var words = WordPattern().Matches(text).Select(m => (m.Index, m.Length, Folded: VietnameseText.Fold(m.Value).ToLowerInvariant())).ToList();
        // Spelled out the way the rest is typed: with marks only if the question has them, so a question typed without
        // diacritics stays one (later steps read unmarked words as possibly unmarked "năm", "đang"…).
        var typedWithMarks = VietnameseText.HasDiacritics(text);
        var builder = new StringBuilder(text.Length + 16);
        var copied = 0;
        var opening = true;
        for (var i = 0; i < words.Count; i++)
        {
            var (index, length, typed) = words[i];
            var folded = Joined().Replace(typed, string.Empty); // "gd&dt" → "gddt"
            var filler = cues.Fillers.FirstOrDefault(f => StartsAt(words, i, f)
                && (f.Length > 1 || !knows(folded))
                && (!f.Contains("hoi") || opening || AsTyped(text, words, i, f).Contains("hỏi", StringComparison.OrdinalIgnoreCase)));
            if (filler is null && text.AsSpan(index, length) is "ạ" or "nhé")
            {
                filler = [folded];
            }

            string? replacement = null;
            var span = 1;
            if (filler is not null)
            {
                replacement = string.Empty;
                span = filler.Length;
            }
            else if (cues.Synonyms.FirstOrDefault(s => StartsAt(words, i, s.Phrase)) is { Phrase: { } said, Meaning: { } meant })
            {
                replacement = meant;
                span = said.Length;
            }
            else if (BlocNumber().Match(folded) is { Success: true } bloc)
            {
                replacement = $"khối {bloc.Groups["n"].Value}";
            }
            // "qd 86" is "quyết định 86" even where the documents write "QĐ" themselves: their passages spell it out.
            else if (cues.ShorthandBeforeNumber.TryGetValue(folded, out var document) && i + 1 < words.Count && char.IsDigit(words[i + 1].Folded[0]))
            {
                replacement = document;
            }
            else if (cues.Shorthand.TryGetValue(folded, out var word) && !knows(folded))
            {
                replacement = word;
            }

            opening = opening && replacement == string.Empty;
            if (replacement is null)
            {
                continue;
            }

            var end = words[i + span - 1].Index + words[i + span - 1].Length;
            builder.Append(text, copied, index - copied).Append(typedWithMarks ? replacement : VietnameseText.Fold(replacement));
            copied = end;
            i += span - 1;
        }

        if (copied == 0)
        {
            return text;
        }

        var joined = SpacePattern().Replace(builder.Append(text, copied, text.Length - copied).ToString(), " ");
        var expanded = SpaceBeforePunctuation().Replace(joined, "$1").Trim(' ', ',');
        return WordPattern().IsMatch(expanded) ? expanded : text;
    }

    private static bool StartsAt(List<(int Index, int Length, string Folded)> words, int start, string[] phrase)
    {
        if (start + phrase.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(words[start + k].Folded, phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string AsTyped(string text, List<(int Index, int Length, string Folded)> words, int start, string[] phrase)
    {
        var end = words[start + phrase.Length - 1].Index + words[start + phrase.Length - 1].Length;
        return text[words[start].Index..end];
    }

    // "GD&ĐT", "PT-TH" are one word: an abbreviation joined by "&" or "-".
    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+(?:[&-](?=\p{L})[\p{L}\p{M}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[&-]", RegexOptions.CultureInvariant)]
    private static partial Regex Joined();

    // "k8", "kt8", "ktd8", "khoi8": a bloc's number glued to its abbreviation.
    [GeneratedRegex(@"^(?:k|kt|ktd|khoi)(?<n>\d{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex BlocNumber();

    [GeneratedRegex(@" {2,}", RegexOptions.CultureInvariant)]
    private static partial Regex SpacePattern();

    [GeneratedRegex(@" +([?.!,;:])", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceBeforePunctuation();
}
