namespace KtdBot.Answering.Handlers;

/// <summary>No passage answers, but the question names a campaign: what its record says about it.</summary>
internal sealed class CampaignFallbackHandler : RecordHandler
{
    protected override ComposedAnswer? Answer(Turn turn) =>
        turn.Subject.Campaigns.Count > 0 ? CampaignAnswer.Compose(turn.Subject.Campaigns[0], AskKind.General, turn.Citations) : null;
}
