using System.Text;
using KtdBot.Answering.Plugins;

namespace KtdBot.Answering.Handlers;

/// <summary>"Khối trưởng năm 2024 hay 2025?": the leader of each year asked, as recorded.</summary>
internal sealed class BlocLeaderOfYearsHandler(BlocRosterPlugin blocs) : BlocHandler
{
    protected override ComposedAnswer? AnswerBloc(Turn turn, string blocId)
    {
        var q = turn.Frame;
        if (turn.Ask is not (AskKind.Leader or AskKind.LeaderHistory) || turn.Year is not null || q.Years.Count <= 1)
        {
            return null;
        }

        var history = blocs.GetLeaderHistory(blocId);
        var asked = history?.Leaders.Where(l => q.Years.Contains(l.Year)).ToList() ?? [];
        if (history is null || asked.Count == 0)
        {
            return Answers.Decline(Replies.NoLeaderForYear(history?.Bloc, q.Years[0], history?.Leaders.Select(l => l.Year).ToList() ?? []));
        }

        var text = new StringBuilder();
        foreach (var leader in asked)
        {
            text.Append(Answers.Leader(leader, turn.Citations, brief: text.Length > 0)).Append('\n');
        }

        return Answers.Grounded(text, turn.Citations, new Topic(AskKind.Leader, blocId), Suggest.AfterLeader(history.Bloc));
    }
}
