using System.Text;
using System.Text.RegularExpressions;
using KtdBot.Answering;
using KtdBot.Text;

namespace KtdBot.Core.Tests.Answering.Metamorphic;

/// <summary>
/// A one-turn question that names one bloc or cluster ("Khối thi đua 8 tỉnh Bình Thuận", "khoi 2 ca mau", "Cụm thi
/// đua số 1 của Bộ Chỉ huy Quân sự tỉnh Cà Mau") asked as two turns: the name first, then the question, which starts
/// after the name or says "khối đó" / "cụm đó" where the name stood. A question naming no bloc, or two, has no clear
/// subject to split off; a conversation is already in turns.
/// </summary>
public sealed class TwoTurnsTransform : IQuestionTransform
{
    private static readonly Regex Subject = BuildSubject();

    public VariantKind Kind => VariantKind.TwoTurns;

    public IReadOnlyList<string>? Apply(AnswerCase item, Random random) =>
        item.Turns.Count == 1 ? Split(item.Turns[0]) : null;

    /// <summary>The context turn and the follow-up, or null when the question names no single bloc or cluster.</summary>
    public static IReadOnlyList<string>? Split(string question)
    {
        question = question.Normalize(NormalizationForm.FormC);
        var matches = Subject.Matches(NoDiacriticsTransform.Strip(question).ToLowerInvariant());
        if (matches.Count != 1)
        {
            return null;
        }

        var subject = matches[0];
        var context = question.Substring(subject.Index, subject.Length);
        var before = question[..subject.Index];
        var after = question[(subject.Index + subject.Length)..];
        string followUp;
        if (before.Trim().Length == 0)
        {
            followUp = after.TrimStart(' ', ',', ':', '-');
        }
        else
        {
            var head = subject.Groups["head"].Value == "cum" ? "cụm đó" : "khối đó";
            followUp = before + (VietnameseText.HasDiacritics(question) ? head : VietnameseText.Fold(head)) + after;
        }

        return LettersIn(followUp) ? [context, followUp] : null;
    }

    private static bool LettersIn(string text) => text.Any(char.IsLetter);

    // Over the question folded and in lower case, one character for one. The tail takes in the province ("của tỉnh
    // Cà Mau", "ở Cà Mau"), the army command a cluster belongs to, or a bare "tỉnh", so the follow-up does not start
    // in the middle of the name.
    private static Regex BuildSubject()
    {
        var provinces = string.Join('|', Provinces.FoldedNames.Select(n => string.Join(' ', n)).OrderByDescending(n => n.Length));
        const string Name = @"(?<head>khoi|cum)(?: thi dua)?(?: so)? (?:\d{1,3}|mttq(?: va cac to chuc chinh tri - xa hoi)?|mat tran to quoc va cac doan the)|(?<head>k)\d{1,3}";
        var tail = $@"(?:(?: cua| o)?(?: (?:bo chi huy )?quan su)?(?: tinh)? (?:{provinces})|(?: cua)? (?:bo chi huy )?quan su(?: tinh)?| tinh)?";
        return new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{Name}){tail}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant);
    }
}
