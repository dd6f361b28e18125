using System.Globalization;
using System.Text;

namespace KtdBot.Text;

/// <summary>
/// Vietnamese text normalisation: one canonical form for storage and display, and a folded form
/// (no diacritics, lower case) for matching what people type without accents.
/// </summary>
public static class VietnameseText
{
    // Combining tone marks: grave, acute, tilde, hook above, dot below.
    private const string ToneMarks = "\u0300\u0301\u0303\u0309\u0323";

    /// <summary>
    /// NFC, invisible characters removed, Ð (U+00D0) read as Đ, whitespace collapsed within lines,
    /// and tone marks moved to one canonical (traditional) position: hòa, thủy, khỏe.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (System.Text.Ascii.IsValid(text))
        {
            return text; // nothing to compose, map or move (questions typed without diacritics)
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var word = new StringBuilder();
        foreach (var raw in decomposed)
        {
            var c = MapLookalike(raw);
            if (c == '\0')
            {
                continue;
            }

            if (char.IsLetter(c) || IsCombining(c))
            {
                word.Append(c);
                continue;
            }

            FlushWord(word, builder);
            builder.Append(c);
        }

        FlushWord(word, builder);
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Lower case with every diacritic removed and đ read as d: "Khối Đoàn" → "khoi doan".</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var raw in decomposed)
        {
            var c = MapLookalike(raw);
            if (c == '\0' || IsCombining(c))
            {
                continue;
            }

            builder.Append(FoldChar(c));
        }

        return builder.ToString();
    }

    /// <summary>True when the text carries any Vietnamese diacritic (including đ).</summary>
    public static bool HasDiacritics(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007f' && char.IsLetter(c) && Fold(c.ToString())[0] != char.ToLowerInvariant(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower case and fold one already-decomposed base character (đ → d).</summary>
    internal static char FoldChar(char c) => c switch
    {
        'đ' or 'Đ' or '\u00D0' or '\u00F0' => 'd',
        _ => char.ToLowerInvariant(c),
    };

    private static bool IsCombining(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    // Returns '\0' for characters that must disappear (soft hyphen, zero-width, BOM).
    private static char MapLookalike(char c) => c switch
    {
        '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => '\0',
        '\u00D0' => 'Đ',
        '\u00F0' => 'đ',
        '\u00A0' or '\u2007' or '\u202F' => ' ',
        _ => c,
    };

    private static void FlushWord(StringBuilder word, StringBuilder output)
    {
        if (word.Length == 0)
        {
            return;
        }

        output.Append(PlaceTone(word.ToString()));
        word.Clear();
    }

    /// <summary>Moves the single tone mark of a decomposed syllable to its canonical vowel.</summary>
    private static string PlaceTone(string syllable)
    {
        if (!syllable.AsSpan().ContainsAny(ToneMarks))
        {
            return syllable; // no tone to move
        }

        char tone = '\0';
        var letters = new List<(char Base, string Marks)>(syllable.Length);
        foreach (var c in syllable)
        {
            if (IsCombining(c))
            {
                if (ToneMarks.Contains(c, StringComparison.Ordinal))
                {
                    if (tone != '\0' && tone != c)
                    {
                        return syllable; // two different tones: not a Vietnamese syllable, leave it alone
                    }

                    tone = c;
                    continue;
                }

                if (letters.Count == 0)
                {
                    return syllable;
                }

                var last = letters[^1];
                letters[^1] = (last.Base, last.Marks + c);
                continue;
            }

            letters.Add((c, string.Empty));
        }

        if (tone == '\0')
        {
            return syllable;
        }

        var target = ToneTarget(letters);
        if (target < 0)
        {
            return syllable;
        }

        var builder = new StringBuilder(syllable.Length);
        for (var i = 0; i < letters.Count; i++)
        {
            builder.Append(letters[i].Base).Append(letters[i].Marks);
            if (i == target)
            {
                builder.Append(tone);
            }
        }

        return builder.ToString();
    }

    private static bool IsVowel(char c) => "aeiouyAEIOUY".Contains(c, StringComparison.Ordinal);

    // Traditional placement: a vowel with a quality mark (ơ in ươ) wins; a closed syllable takes the
    // last vowel of the nucleus; an open one takes the middle of three or the first of two (hòa, thủy).
    private static int ToneTarget(List<(char Base, string Marks)> letters)
    {
        var start = 0;
        while (start < letters.Count && !IsVowel(letters[start].Base))
        {
            start++;
        }

        if (start == letters.Count)
        {
            return -1;
        }

        var end = start;
        while (end < letters.Count && IsVowel(letters[end].Base))
        {
            end++;
        }

        // A second vowel group means several syllables run together ("khen\u200Dthưởng" once the joiner is gone):
        // not one syllable, so its mark stays where it was typed.
        for (var i = end; i < letters.Count; i++)
        {
            if (IsVowel(letters[i].Base))
            {
                return -1;
            }
        }

        // "qu" and "gi" (before another vowel) belong to the initial consonant.
        var first = char.ToLowerInvariant(letters[start].Base);
        var previous = start > 0 ? char.ToLowerInvariant(letters[start - 1].Base) : '\0';
        if (end - start > 1 && ((previous == 'q' && first == 'u') || (previous == 'g' && first == 'i' && letters[start].Marks.Length == 0)))
        {
            start++;
        }

        var count = end - start;
        if (count == 1)
        {
            return start;
        }

        var withQuality = -1;
        for (var i = start; i < end; i++)
        {
            if (letters[i].Marks.Length > 0)
            {
                withQuality = i; // the last one: ươ takes the tone on ơ
            }
        }

        if (withQuality >= 0)
        {
            return withQuality;
        }

        var closed = end < letters.Count;
        if (closed)
        {
            return end - 1;
        }

        return count >= 3 ? start + 1 : start;
    }
}
