using System.Text.RegularExpressions;
using KtdBot.Text;

namespace KtdBot.Core.Tests.Answering.Metamorphic;

/// <summary>
/// Chat shorthand as people type it in Zalo and Telegram, every entry of the table that occurs, in every turn. A common
/// word is shortened only where it is written in lower case (or opens the turn): "Vì người nghèo - Không để ai bị bỏ
/// lại phía sau" is a name. A turn typed without marks is matched and shortened without marks.
/// </summary>
public sealed class ShorthandTransform : IQuestionTransform
{
    // Phrase → shorthand, longest first. Titles and the bloc head are shortened whatever their case.
    private static readonly (string Phrase, string Short, bool AnyCase)[] Table =
    [
        ("thi đua, khen thưởng", "tđkt", false),
        ("chiến sĩ thi đua", "CSTĐ", true),
        ("lao động tiên tiến", "LĐTT", true),
        ("ủy ban nhân dân", "UBND", true),
        ("khối thi đua", "khối", true),
        ("như thế nào", "ntn", false),
        ("bao nhiêu", "bn", false),
        ("thành phố", "tp", false),
        ("đơn vị", "đv", false),
        ("cơ quan", "cq", false),
        ("không", "ko", false),
        ("được", "dc", false),
        ("trước", "trc", false),
        ("với", "vs", false),
        ("năm", "nam", false),
        ("gì", "j", false),
    ];

    private static readonly (Regex Pattern, string Short, bool AnyCase)[] Marked = [.. Table.Select(e => (Pattern(e.Phrase), e.Short, e.AnyCase))];

    private static readonly (Regex Pattern, string Short, bool AnyCase)[] Unmarked =
    [
        .. Table.Where(e => VietnameseText.Fold(e.Phrase) != VietnameseText.Fold(e.Short))
            .Select(e => (Pattern(VietnameseText.Fold(e.Phrase)), VietnameseText.Fold(e.Short), e.AnyCase)),
    ];

    public VariantKind Kind => VariantKind.Shorthand;

    public IReadOnlyList<string>? Apply(AnswerCase item, Random random)
    {
        var turns = item.Turns.Select(Shorten).ToList();
        return turns.SequenceEqual(item.Turns, StringComparer.Ordinal) ? null : turns;
    }

    /// <summary>The turn with every shorthand of the table applied.</summary>
    public static string Shorten(string turn)
    {
        var entries = VietnameseText.HasDiacritics(turn) ? Marked : Unmarked;
        foreach (var (pattern, shorthand, anyCase) in entries)
        {
            turn = pattern.Replace(turn, m => anyCase || IsCommonWord(m) ? shorthand : m.Value);
        }

        return turn;
    }

    // Lower case, or capitalised only because it opens the turn.
    private static bool IsCommonWord(Match match) =>
        string.Equals(match.Value, match.Value.ToLowerInvariant(), StringComparison.Ordinal)
        || (match.Index == 0 && string.Equals(match.Value[1..], match.Value[1..].ToLowerInvariant(), StringComparison.Ordinal));

    private static Regex Pattern(string phrase) =>
        new($@"(?<![\p{{L}}\p{{M}}\p{{N}}]){Regex.Escape(phrase)}(?![\p{{L}}\p{{M}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
