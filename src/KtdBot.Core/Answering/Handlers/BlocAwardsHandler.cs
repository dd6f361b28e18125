using System.Text;
using KtdBot.Answering.Plugins;

namespace KtdBot.Answering.Handlers;

/// <summary>The awards a bloc proposed or received for the year asked (every year when none is asked).</summary>
internal sealed class BlocAwardsHandler(BlocRosterPlugin blocs) : BlocHandler
{
    protected override ComposedAnswer? AnswerBloc(Turn turn, string blocId)
    {
        if (turn.Ask != AskKind.Awards)
        {
            return null;
        }

        var awards = blocs.GetAwards(blocId, turn.Year);
        if ((awards is null || awards.Awards.Count == 0) && BlocCampaignsHandler.AsksCampaigns(turn))
        {
            return null; // a question about the campaigns a bloc was asked to carry out: the passages answer it
        }

        if (awards is null || awards.Awards.Count == 0)
        {
            return Answers.Decline(Replies.NoAwards(awards?.Bloc, turn.Year, awards?.KnownYears ?? []));
        }

        // "có ai được tặng Huân chương Lao động không?": only that form answers; none recorded is said, not replaced by another.
        var asked = AskedForms(turn.Frame.Syllables);
        var ofForm = asked.Count == 0 ? awards.Awards : awards.Awards.Where(a => asked.Any(f => NameMatcher.Syllables(a.Form).Take(f.Length).SequenceEqual(f))).ToList();
        if (ofForm.Count == 0)
        {
            var recorded = awards.Awards.Select(a => $"{a.Form} cho {Sentences.JoinVi(a.Recipients)}").Distinct().ToList();
            return Answers.Decline(Replies.NoAwardOfForm(awards.Bloc, FormName(asked[0]), turn.Year, recorded)) with { Topic = new Topic(AskKind.Awards, blocId, turn.Year) };
        }

        // The flag first: it goes to the unit that led the bloc, which "đơn vị nào dẫn đầu" asks for.
        var ordered = ofForm.OrderByDescending(a => IsFlag(a.Form)).ToList();
        var text = new StringBuilder();
        foreach (var award in ordered)
        {
            text.Cited(Sentences.BlocAward(awards.Bloc, award), award.Source, turn.Citations).Append('\n');
        }

        // A follow-up ("được bao nhiêu điểm?", "quyết định số mấy?") is about the leading unit and the document cited.
        var leading = ordered.Where(a => IsFlag(a.Form)).SelectMany(a => a.Recipients).Distinct().ToList();
        var topic = new Topic(AskKind.Awards, blocId, turn.Year, DocumentId: ordered[0].Source.DocumentId, Unit: leading.Count == 1 ? leading[0] : null);
        return Answers.Grounded(text, turn.Citations, topic, Suggest.AfterAwards(awards.Bloc));
    }

    // The award forms a question names, in syllables: "huân chương lao động", "bằng khen", "cờ thi đua".
    private static List<string[]> AskedForms(IReadOnlyList<string> question)
    {
        var named = new List<string[]>();
        foreach (var form in Forms)
        {
            for (var i = 0; i + form.Length <= question.Count; i++)
            {
                if (question.Skip(i).Take(form.Length).SequenceEqual(form))
                {
                    // "huân chương lao động": the order named too, when typed.
                    named.Add(form[0] == "huan"
                        ? question.Skip(i).TakeWhile((_, k) => k < form.Length + 2 && (k < form.Length || question[i + k] is not ("khong" or "cho" or "nam" or "nao"))).ToArray()
                        : form);
                    break;
                }
            }
        }

        return named;
    }

    private static readonly string[][] Forms = [["huan", "chuong"], ["huy", "chuong"], ["bang", "khen"], ["co", "thi", "dua"], ["giay", "khen"], ["ky", "niem", "chuong"]];

    private static readonly Dictionary<string, string> Orders = new(StringComparer.Ordinal)
    {
        ["lao dong"] = "Lao động", ["bao ve to quoc"] = "Bảo vệ Tổ quốc", ["doc lap"] = "Độc lập", ["chien cong"] = "Chiến công",
        ["dung cam"] = "Dũng cảm", ["sao vang"] = "Sao vàng", ["ho chi minh"] = "Hồ Chí Minh", ["dai doan ket"] = "Đại đoàn kết dân tộc",
    };

    private static string FormName(string[] form) => form[0] switch
    {
        "huan" => "Huân chương" + (Orders.FirstOrDefault(o => string.Join(' ', form.Skip(2)).StartsWith(o.Key, StringComparison.Ordinal)).Value is { } order ? " " + order : string.Empty),
        "huy" => "Huy chương",
        "bang" => "Bằng khen",
        "co" => "Cờ thi đua",
        "giay" => "Giấy khen",
        _ => "Kỷ niệm chương",
    };

    private static bool IsFlag(string form) => form.StartsWith("Cờ", StringComparison.OrdinalIgnoreCase);
}
