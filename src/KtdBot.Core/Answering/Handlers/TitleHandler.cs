namespace KtdBot.Answering.Handlers;

/// <summary>A title named (or discussed before): its criteria, legal basis and what is in force, as its record gives them.</summary>
internal sealed class TitleHandler : RecordHandler
{
    protected override ComposedAnswer? Answer(Turn turn) =>
        turn.Subject.Titles.Count > 0 && turn.BlocId is null
        && turn.Subject.Ask is AskKind.Criteria or AskKind.LegalBasis or AskKind.General or AskKind.Who or AskKind.Awards or AskKind.Figure
            ? TitleAnswer.Compose(turn.Subject.Titles[0], turn.Subject.Ask, turn.Frame, turn.Citations)
            : null;
}
