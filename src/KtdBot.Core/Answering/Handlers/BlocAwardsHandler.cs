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

        var text = new StringBuilder();
        foreach (var award in awards.Awards)
        {
            text.Cited(Sentences.BlocAward(awards.Bloc, award), award.Source, turn.Citations).Append('\n');
        }

        return Answers.Grounded(text, turn.Citations, new Topic(AskKind.Awards, blocId, turn.Year), Suggest.AfterAwards(awards.Bloc));
    }
}
