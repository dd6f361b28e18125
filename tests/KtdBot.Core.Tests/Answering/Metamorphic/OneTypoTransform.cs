using System.Text;
using System.Text.RegularExpressions;
using KtdBot.Answering;
using KtdBot.Text;

namespace KtdBot.Core.Tests.Answering.Metamorphic;

/// <summary>
/// One slip of the finger in one common word of four or more letters: two neighbouring letters swapped, a letter
/// dropped or a letter doubled, never the first letter. Numbers, capitalised words (names), abbreviations, place
/// names and any word of a fact the case expects or forbids are left as typed, so the question still asks the same.
/// </summary>
public sealed partial class OneTypoTransform : IQuestionTransform
{
    private static readonly HashSet<string> PlaceSyllables = [.. Provinces.FoldedNames.SelectMany(n => n)];

    public VariantKind Kind => VariantKind.OneTypo;

    public IReadOnlyList<string>? Apply(AnswerCase item, Random random)
    {
        var names = new HashSet<string>(PlaceSyllables, StringComparer.Ordinal);
        foreach (var fact in item.Expect.Concat(item.Forbid))
        {
            names.UnionWith(Word().Matches(VietnameseText.Fold(fact)).Select(m => m.Value));
        }

        var candidates = item.Turns
            .SelectMany((turn, t) => Word().Matches(turn.Normalize(NormalizationForm.FormC)).Select(m => (Turn: t, Word: m)))
            .Where(c => IsCommonWord(c.Word.Value, names))
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var (index, word) = candidates[random.Next(candidates.Count)];
        var turns = item.Turns.Select(t => t.Normalize(NormalizationForm.FormC)).ToList();
        turns[index] = string.Concat(turns[index].AsSpan(0, word.Index), Slip(word.Value, random), turns[index].AsSpan(word.Index + word.Length));
        return turns;
    }

    /// <summary>True for a lower-case Vietnamese syllable of four or more letters that names nothing in <paramref name="names"/>.</summary>
    public static bool IsCommonWord(string word, IReadOnlySet<string> names)
    {
        var folded = VietnameseText.Fold(word);
        return word.Length >= 4
            && word.All(char.IsLower)
            && Syllable().IsMatch(folded)
            && !names.Contains(folded);
    }

    /// <summary>
    /// The word with one letter (never the first) swapped with the next, dropped, or doubled if it is a consonant:
    /// a doubled marked vowel ("thưưởng") is not what a keyboard makes.
    /// </summary>
    public static string Slip(string word, Random random)
    {
        var positions = Enumerable.Range(1, word.Length - 1).ToList();
        var swaps = positions.Where(i => i + 1 < word.Length && word[i] != word[i + 1]).ToList();
        var doubles = positions.Where(i => !"aeiouy".Contains(VietnameseText.Fold(word[i].ToString()), StringComparison.Ordinal)).ToList();
        switch (random.Next(3))
        {
            case 0 when swaps.Count > 0:
                var i = swaps[random.Next(swaps.Count)];
                return string.Concat(word.AsSpan(0, i), word[i + 1].ToString(), word[i].ToString(), word.AsSpan(i + 2));
            case 1 when doubles.Count > 0:
                var at = doubles[random.Next(doubles.Count)];
                return word.Insert(at, word[at].ToString());
            default:
                return word.Remove(positions[random.Next(positions.Count)], 1);
        }
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    // Initial consonant, vowels, final consonant: what a Vietnamese syllable looks like once folded ("truong", "nhung").
    [GeneratedRegex(@"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]+(?:ch|ng|nh|[cmnpt])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Syllable();
}
