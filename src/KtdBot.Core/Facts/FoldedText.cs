using KtdBot.Text;

namespace KtdBot.Facts;

/// <summary>
/// A text and its folded twin of the same length, so patterns are matched without diacritics or case
/// and the fact is cut from the original, as written.
/// </summary>
internal sealed class FoldedText
{
    public FoldedText(string original)
    {
        Original = original;
        var folded = new char[original.Length];
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            folded[i] = c < 0x80 ? char.ToLowerInvariant(c) : FoldOne(c);
        }

        Folded = new string(folded);
    }

    /// <summary>The text as written.</summary>
    public string Original { get; }

    /// <summary>Lower case, no diacritics, same length as <see cref="Original"/>.</summary>
    public string Folded { get; }

    /// <summary>The original text of a span of the folded text, trimmed.</summary>
    public string Cut(int start, int length) => Original.Substring(start, length).Trim();

    private static char FoldOne(char c)
    {
        var folded = VietnameseText.Fold(c.ToString());
        return folded.Length == 1 ? folded[0] : c;
    }
}
