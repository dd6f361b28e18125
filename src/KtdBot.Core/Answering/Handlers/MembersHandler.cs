using System.Text;
using KtdBot.Answering.Plugins;
using KtdBot.Search;

namespace KtdBot.Answering.Handlers;

/// <summary>
/// The members of a bloc — and, for a bloc named with little else ("Khối thi đua 8"), its leaders too. The last of
/// the bloc handlers: whatever else is asked about a bloc is answered with its roster. A year before the only roster
/// recorded is declined rather than read off a later list (blocs are renumbered).
/// </summary>
internal sealed class MembersHandler(KnowledgeIndex index, BlocRosterPlugin blocs) : BlocHandler
{
    protected override ComposedAnswer? AnswerBloc(Turn turn, string blocId)
    {
        if (BlocCampaignsHandler.AsksCampaigns(turn))
        {
            return null; // "khối MTTQ thực hiện phong trào nào?" with no campaign record: the passages, not the roster
        }

        if (blocs.GetMembers(blocId) is not { } members)
        {
            return Answers.Decline(Replies.NotFound);
        }

        var bloc = members.Bloc;
        if (turn.Year is { } year && bloc.RosterYear is { } listed && year < listed && !BlocResolver.HasRosterBefore(index.Knowledge.Blocs, blocId, listed))
        {
            return Answers.Decline(Replies.NoRosterForYear(bloc, year, listed));
        }

        // An overview of a bloc whose documents name no member gives its leaders alone.
        var text = members.Members.Count == 0 && turn.Ask != AskKind.Members && bloc.LeaderYears.Count > 0
            ? new StringBuilder()
            : new StringBuilder().Cited(Sentences.Members(bloc, members.Members), members.Source, turn.Citations);
        if (turn.Ask != AskKind.Members && bloc.LeaderYears.Count > 0)
        {
            foreach (var leader in blocs.GetLeaderHistory(blocId)?.Leaders ?? [])
            {
                text.Append(text.Length > 0 ? "\n" : string.Empty).Append(Answers.Leader(leader, turn.Citations, brief: true));
            }
        }

        return Answers.Grounded(text, turn.Citations, new Topic(AskKind.Members, blocId, turn.Year), Suggest.AfterMembers(bloc));
    }
}
