using System.Globalization;
using System.Text;
using KtdBot.Facts;

namespace KtdBot.Answering;

/// <summary>
/// A cash reward worked out from a document's table of multiples: the multiple the documents give for the title asked,
/// times the base salary typed in the question, else the one the documents state (named in the answer).
/// </summary>
internal static partial class CashFromDocuments
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static Answer? Answer(QuestionFrame q, Knowledge.KnowledgeBase knowledge, CitationList citations)
    {
        var amounts = knowledge.Facts.SelectMany(f => f.Amounts).ToList();
        if (amounts.Count == 0)
        {
            return null;
        }

        // The title whose name the question carries most completely; the longest such name wins ("Cờ thi đua của Chính phủ" over "Cờ thi đua").
        var scored = amounts
            .Select(a => (Amount: a, Length: BestName(q.Syllables, a.Title)))
            .Where(x => x.Length > 0)
            .ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        var longest = scored.Max(x => x.Length);
        var chosen = scored.Where(x => x.Length == longest).Select(x => x.Amount).ToList();
        // Different documents may give different multiples (an old decree beside the new one): the newest document speaks.
        var newest = chosen.Max(a => a.Evidence.Date ?? string.Empty);
        chosen = chosen.Where(a => (a.Evidence.Date ?? string.Empty) == newest).DistinctBy(a => (a.For, a.Multiple)).Take(4).ToList();

        var typed = q.BaseSalary;
        var stated = knowledge.Facts.Where(f => f.BaseSalary is not null).OrderByDescending(f => knowledge.Document(f.DocumentId)?.Source.Date ?? string.Empty).FirstOrDefault();
        var salary = typed ?? stated?.BaseSalary;
        // The rounding rule of the document that gives the multiples, else of the newest document that states one.
        var rounding = knowledge.Facts.FirstOrDefault(f => f.DocumentId == chosen[0].Evidence.DocumentId)?.Rounding
            ?? knowledge.Facts.Where(f => f.Rounding is not null).OrderByDescending(f => f.Rounding!.Date ?? string.Empty).FirstOrDefault()?.Rounding;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Tiền thưởng {chosen[0].Title} (theo tài liệu):\n");
        foreach (var amount in chosen)
        {
            var statement = new StringBuilder("- ");
            statement.Append(amount.For is null ? string.Empty : Capitalise(amount.For) + ": ");
            statement.Append(CultureInfo.InvariantCulture, $"{amount.Multiple.ToString("0.##", Vietnamese)} lần mức lương cơ sở");
            if (salary is { } s)
            {
                var exact = amount.Multiple * s;
                statement.Append(CultureInfo.InvariantCulture, $", tức {amount.Multiple.ToString("0.##", Vietnamese)} × {s.ToString("N0", Vietnamese)} = {exact.ToString("N0", Vietnamese)} đồng");
                if (rounding is not null && RoundedUp(exact) != exact)
                {
                    statement.Append(CultureInfo.InvariantCulture, $", làm tròn lên {RoundedUp(exact).ToString("N0", Vietnamese)} đồng");
                }
            }

            var source = Citations.Ref(knowledge, amount.Evidence.DocumentId);
            text.Append(statement).Append(CultureInfo.InvariantCulture, $" [{citations.CitePassage(source, amount.Evidence.Text)}]\n");
        }

        if (salary is { } both && BothAsked(q.Syllables) && Second(scored, chosen[0].Title) is { } second)
        {
            AppendTotal(text, chosen, second, both, Collective(q.Syllables), rounding is not null);
        }

        // "tặng 11 Cờ thi đua …, tổng tiền thưởng là bao nhiêu?": the total for that many awards.
        if (salary is { } each && Count(q.Syllables) is { } count && chosen.Count == 1)
        {
            var one = chosen[0].Multiple * each;
            one = rounding is null ? one : RoundedUp(one);
            text.Append(CultureInfo.InvariantCulture, $"Tổng cho {count} {chosen[0].Title}: {count} × {one.ToString("N0", Vietnamese)} = {(count * one).ToString("N0", Vietnamese)} đồng.\n");
        }

        if (salary is not null && rounding is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"Tiền thưởng được làm tròn lên hàng chục nghìn đồng [{citations.CitePassage(Citations.Ref(knowledge, rounding.DocumentId), rounding.Text)}].\n");
        }

        if (salary is { } used)
        {
            text.Append(typed is not null
                ? $"Tính theo mức lương cơ sở {used.ToString("N0", Vietnamese)} đồng như trong câu hỏi."
                : $"Mức lương cơ sở dùng để tính: {used.ToString("N0", Vietnamese)} đồng [{citations.CitePassage(Citations.Ref(knowledge, stated!.DocumentId), $"mức lương cơ sở {used.ToString("N0", Vietnamese)} đồng")}].");
        }
        else
        {
            text.Append("Tài liệu không nêu mức lương cơ sở, nên tôi chỉ nêu hệ số.");
        }

        return new Answer(text.ToString().TrimEnd(), true, citations.Items, []);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\([^()]*\)")]
    private static partial System.Text.RegularExpressions.Regex Bracketed();

    // "11 cờ thi đua", "5 bằng khen", "12 tập thể", "10 người đạt LĐTT": how many awards a total is asked for.
    private static int? Count(IReadOnlyList<string> question)
    {
        for (var i = 0; i + 1 < question.Count; i++)
        {
            if (int.TryParse(question[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 2 and <= 500
                && question[i + 1] is "co" or "bang" or "giay" or "tap" or "ca" or "danh" or "huan" or "don" or "nguoi" or "chien" or "lao")
            {
                return n;
            }
        }

        return null;
    }

    // "làm tròn số lên hàng chục nghìn đồng": 702.000 → 710.000.
    private static decimal RoundedUp(decimal amount) => Math.Ceiling(amount / 10_000m) * 10_000m;

    // "vừa được Cờ thi đua vừa được Bằng khen", "cả hai", "cùng lúc": a unit given both gets both rewards.
    private static bool BothAsked(IReadOnlyList<string> question)
    {
        var joined = " " + string.Join(' ', question) + " ";
        return question.Count(s => s == "vua") >= 2 || joined.Contains(" ca hai ", StringComparison.Ordinal)
            || joined.Contains(" cung luc ", StringComparison.Ordinal) || joined.Contains(" dong thoi ", StringComparison.Ordinal);
    }

    private static bool Collective(IReadOnlyList<string> question)
    {
        var joined = " " + string.Join(' ', question) + " ";
        return joined.Contains(" don vi ", StringComparison.Ordinal) || joined.Contains(" tap the ", StringComparison.Ordinal);
    }

    // The best-named other title of the question, from the newest document that gives it.
    private static List<AmountFact>? Second(List<(AmountFact Amount, int Length)> scored, string first)
    {
        var others = scored.Where(x => x.Amount.Title != first).ToList();
        if (others.Count == 0)
        {
            return null;
        }

        var longest = others.Max(x => x.Length);
        var chosen = others.Where(x => x.Length == longest).Select(x => x.Amount).ToList();
        var newest = chosen.Max(a => a.Evidence.Date ?? string.Empty);
        return chosen.Where(a => (a.Evidence.Date ?? string.Empty) == newest).ToList();
    }

    private static void AppendTotal(StringBuilder text, List<AmountFact> first, List<AmountFact> second, decimal salary, bool collective, bool rounded)
    {
        var wanted = collective ? "Tập thể" : "Cá nhân";
        var a = first.FirstOrDefault(x => x.For == wanted) ?? first.FirstOrDefault(x => x.For is null);
        var b = second.FirstOrDefault(x => x.For == wanted) ?? second.FirstOrDefault(x => x.For is null);
        if (a is null || b is null)
        {
            return;
        }

        var multiple = a.Multiple + b.Multiple;
        var total = rounded ? RoundedUp(a.Multiple * salary) + RoundedUp(b.Multiple * salary) : multiple * salary;
        text.Append(CultureInfo.InvariantCulture, $"Được cả {a.Title} và {b.Title}{(collective ? " (tập thể)" : string.Empty)}: nhận cả hai khoản, {a.Multiple.ToString("0.##", Vietnamese)} + {b.Multiple.ToString("0.##", Vietnamese)} = {multiple.ToString("0.##", Vietnamese)} lần mức lương cơ sở, tức {total.ToString("N0", Vietnamese)} đồng{(rounded ? " (mỗi khoản đã làm tròn)" : string.Empty)}.\n");
    }

    // The length of the title's longest alternative ("Lao động tiên tiến, Chiến sĩ tiên tiến") that the question holds whole.
    // How much of a title the question carries: every syllable of one of its names in order ("bằng khen của chủ tịch
    // ubnd tỉnh"), or most of its words with the form first ("bang khen chu tich tinh"). Both sides in one spelling:
    // "UBND" and "Ủy ban nhân dân" are the same words in a title.
    private static int BestName(IReadOnlyList<string> question, string title)
    {
        var asked = Canonical(string.Join(' ', question)).Split(' ');
        var joined = " " + string.Join(' ', asked) + " ";
        var best = 0;
        // "Lao động tiên tiến, Chiến sĩ tiên tiến" names two titles; "Chiến sĩ thi đua bộ, ban, ngành, tỉnh" one: try both readings.
        // "Tập thể lao động tiên tiến (TTLĐTT)": the abbreviation in brackets is not part of the name people type.
        title = Bracketed().Replace(title, " ").Trim();
        foreach (var name in title.Split([',', ';', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Append(title))
        {
            var syllables = NameMatcher.Syllables(name);
            var words = Canonical(string.Join(' ', syllables)).Split(' ');
            if (syllables.Length < 2)
            {
                continue;
            }

            var generic = syllables.Length == 2 && name.Length < title.Length;
            if (!generic && joined.Contains(" " + string.Join(' ', words) + " ", StringComparison.Ordinal))
            {
                best = Math.Max(best, syllables.Length * 2);
                continue;
            }

            // The form ("bằng khen", "cờ thi đua") must be typed as such; the giver may be shortened.
            var content = words.Where(w => w is not ("cua" or "cho" or "va")).ToList();
            var present = content.Count(asked.Contains);
            // The form leads, typed as such: "bằng khen" together, or an abbreviation that stands for it ("cstđ").
            var head = QuestionCues.Default.NameSpellings.Any(a => a.Short == words[0]) ? " " + words[0] + " " : " " + words[0] + " " + words[1] + " ";
            if (joined.Contains(head, StringComparison.Ordinal) && present * 4 >= content.Count * 3 && present > 2)
            {
                best = Math.Max(best, present);
            }
        }

        return best;
    }

    private static string Canonical(string folded)
    {
        foreach (var (full, abbreviation) in QuestionCues.Default.NameSpellings)
        {
            folded = folded.Replace(full, abbreviation, StringComparison.Ordinal);
        }

        return folded;
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
