using System.Globalization;
using System.Text;
using KtdBot.Answering.Plugins;
using KtdBot.Search;

namespace KtdBot.Answering.Handlers;

/// <summary>
/// The leader of a bloc: of the year asked, with the years either side; or, no year asked, every recorded leader
/// (newest first for "ai làm khối trưởng", oldest first for "qua các năm"). A year without a record is declined.
/// </summary>
internal sealed class BlocLeaderHandler(KnowledgeIndex index, BlocRosterPlugin blocs) : BlocHandler
{
    protected override ComposedAnswer? AnswerBloc(Turn turn, string blocId) => turn.Ask switch
    {
        AskKind.Leader when turn.Year is { } year => OfYear(turn, blocId, year),
        AskKind.Leader or AskKind.LeaderHistory => History(turn, blocId),
        _ => null,
    };

    private ComposedAnswer OfYear(Turn turn, string blocId, int year)
    {
        var leader = blocs.GetLeader(blocId, year);
        if (leader?.Unit is null)
        {
            return Answers.Decline(Replies.NoLeaderForYear(leader?.Bloc, year, leader?.KnownYears ?? []));
        }

        var text = new StringBuilder(Answers.Leader(leader, turn.Citations));
        AppendOtherRosters(text, blocId, year, leader.Unit, turn.Citations);
        if (leader.KnownYears.Any(y => y != year))
        {
            foreach (var other in blocs.GetLeaderHistory(blocId)?.Leaders.Where(l => l.Year != year && Math.Abs(l.Year - year) == 1) ?? [])
            {
                text.Append('\n').Append(Answers.Leader(other, turn.Citations, brief: true));
            }
        }

        return Answers.Grounded(text, turn.Citations, new Topic(AskKind.Leader, blocId, year), Suggest.AfterLeader(leader.Bloc));
    }

    private ComposedAnswer History(Turn turn, string blocId)
    {
        var history = blocs.GetLeaderHistory(blocId);
        if (history is null || history.Leaders.Count == 0)
        {
            return Answers.Decline(Replies.NoLeaders(history?.Bloc));
        }

        var text = new StringBuilder();
        var latest = history.Leaders[^1];
        if (turn.Ask == AskKind.Leader)
        {
            text.Append(Sentences.Latest(latest.Year));
        }

        foreach (var leader in turn.Ask == AskKind.Leader ? history.Leaders.Reverse() : history.Leaders)
        {
            text.Append(Answers.Leader(leader, turn.Citations, brief: text.Length > 60)).Append('\n');
        }

        return Answers.Grounded(text, turn.Citations, new Topic(turn.Ask, blocId, latest.Year), Suggest.AfterLeader(history.Bloc));
    }

    // A renumbered bloc: the same number named another roster in another year, and that roster's hand-over may name a
    // leader for the year asked too ("Khối II" of 2024 chose its 2025 leader). Both are said, each with its roster.
    private void AppendOtherRosters(StringBuilder text, string blocId, int year, string unit, CitationList citations)
    {
        var bloc = index.Knowledge.Blocs.FirstOrDefault(b => b.Id == blocId);
        if (bloc?.Year is null)
        {
            return;
        }

        foreach (var other in index.Knowledge.Blocs.Where(b => b.Id != bloc.Id && b.Year is not null && b.Kind == bloc.Kind && b.Number == bloc.Number && b.Province == bloc.Province))
        {
            if (other.LeaderIn(year) is { } theirs && !string.Equals(theirs.Unit, unit, StringComparison.Ordinal))
            {
                var statement = Sentences.OtherRoster(other.Name, other.Year!.Value, theirs.Unit, year);
                text.Append('\n').Append(statement).Append(CultureInfo.InvariantCulture, $" [{citations.Cite(Citations.Ref(index.Knowledge, theirs.Source), theirs.Basis ?? statement)}]");
            }
        }
    }
}
