using KtdBot.Answering.Plugins;

namespace KtdBot.Answering.Handlers;

/// <summary>"gồm những đơn vị nào?" after a bloc the records do not know: declined again, about that bloc.</summary>
internal sealed class UnknownBlocFollowUpHandler(BlocRosterPlugin blocs) : RecordHandler
{
    protected override ComposedAnswer? Answer(Turn turn) =>
        turn.Asked.Blocs.Matches.Count == 0 && turn.Previous?.UnknownBloc is { } unknown && !turn.HasOwnSubject && turn.Continues
        && (Turn.IsBlocAsk(turn.AskRead) || Turn.IsBlocAsk(turn.AskAboutBloc) || turn.Asked.FollowUpCue)
            ? Answers.Decline(Replies.UnknownBloc(unknown, Answers.BlocNames(blocs))) with { Topic = turn.Previous }
            : null;
}
