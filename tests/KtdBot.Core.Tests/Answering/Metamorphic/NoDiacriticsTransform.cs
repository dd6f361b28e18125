using System.Text;
using KtdBot.Text;

namespace KtdBot.Core.Tests.Answering.Metamorphic;

/// <summary>Every turn typed without diacritics, through the project's own fold, letter case kept.</summary>
public sealed class NoDiacriticsTransform : IQuestionTransform
{
    public VariantKind Kind => VariantKind.NoDiacritics;

    public IReadOnlyList<string>? Apply(AnswerCase item, Random random)
    {
        var turns = item.Turns.Select(Strip).ToList();
        return turns.SequenceEqual(item.Turns, StringComparer.Ordinal) ? null : turns;
    }

    /// <summary>
    /// The text without marks, one character for one (so positions in it are positions in the composed original):
    /// "Đại tá" → "Dai ta".
    /// </summary>
    public static string Strip(string text)
    {
        var composed = text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length);
        foreach (var c in composed)
        {
            var folded = VietnameseText.Fold(c.ToString());
            var plain = folded.Length == 1 ? folded[0] : c;
            builder.Append(char.IsUpper(c) ? char.ToUpperInvariant(plain) : plain);
        }

        return builder.ToString();
    }
}
