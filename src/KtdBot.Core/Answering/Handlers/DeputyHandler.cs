using System.Text;
using KtdBot.Answering.Plugins;

namespace KtdBot.Answering.Handlers;

/// <summary>The deputy (khối phó) of the year asked, or every one recorded; "khối trưởng, khối phó là ai" gets both roles.</summary>
internal sealed class DeputyHandler(BlocRosterPlugin blocs) : BlocHandler
{
    protected override ComposedAnswer? AnswerBloc(Turn turn, string blocId)
    {
        if (turn.Ask != AskKind.Deputy)
        {
            return null;
        }

        var deputies = blocs.GetDeputy(blocId);
        if (blocs.GetMembers(blocId) is not { } info)
        {
            return Answers.Decline(Replies.NotFound);
        }

        var year = turn.Year;
        var deputy = BlocRankingAnswers.Deputy(info.Bloc, deputies, year, turn.Citations);
        if (year is not null && turn.Frame.Says(Cue.LeaderToo) && blocs.GetLeader(blocId, year.Value) is { Unit: not null } leader)
        {
            var both = new StringBuilder(Answers.Leader(leader, turn.Citations)).Append('\n');
            both.Append(deputy.Grounded ? deputy.Text : Replies.NoDeputyForYear(info.Bloc, year.Value));
            return Answers.Grounded(both, turn.Citations, new Topic(AskKind.Deputy, blocId, year), Suggest.AfterLeader(info.Bloc));
        }

        return new ComposedAnswer(deputy, new Topic(AskKind.Deputy, blocId, year));
    }
}
