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
        if (awards is null || awards.Awards.Count == 0)
        {
            return Answers.Decline(Replies.NoAwards(awards?.Bloc, turn.Year, awards?.KnownYears ?? []));
        }

        // The flag first: it goes to the unit that led the bloc, which "đơn vị nào dẫn đầu" asks for.
        var ordered = awards.Awards.OrderByDescending(a => IsFlag(a.Form)).ToList();
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

    private static bool IsFlag(string form) => form.StartsWith("Cờ", StringComparison.OrdinalIgnoreCase);
}
