using KtdBot.Answering.Plugins;
using KtdBot.Search;

namespace KtdBot.Answering.Handlers;

/// <summary>A campaign named (or discussed before): what it is, who launched it and when, how to take part.</summary>
internal sealed class CampaignHandler(KnowledgeIndex index) : RecordHandler
{
    protected override ComposedAnswer? Answer(Turn turn)
    {
        var (campaigns, ask) = (turn.Subject.Campaigns, turn.Subject.Ask);
        if (campaigns.Count == 0 || turn.BlocId is not null)
        {
            return null;
        }

        // "chỉ số hài lòng phải đạt bao nhiêu?": the item of a plan read from documents that says it (how to take part,
        // its timeline and its criteria are answered whole below; a hand-written record's figures are the passages').
        if (ask is AskKind.Figure && Record(campaigns[0]) is { Extracted: true } && CampaignDetail.Compose(campaigns[0], turn.Frame, turn.Citations) is { } detail)
        {
            return detail;
        }

        if (ask is not (AskKind.HowTo or AskKind.Who or AskKind.When or AskKind.General or AskKind.Criteria or AskKind.LegalBasis))
        {
            return null;
        }

        // "Ai trao vốn Quỹ Mái ấm…?" asks about a deed, not who launched the programme: that is for the passages.
        var launcherUnknown = ask == AskKind.Who && campaigns[0].LaunchedBy is null && !turn.Frame.Says(Cue.LauncherWord);
        return launcherUnknown || !ExtractedCampaignHolds(campaigns[0], ask) ? null : CampaignAnswer.Compose(campaigns[0], ask, turn.Citations);
    }

    private Knowledge.Campaign? Record(CampaignInfo info) => index.Knowledge.Campaigns.FirstOrDefault(c => c.Id == info.Id);

    // A campaign read from a plan may lack what is asked (a plan rarely names who launched it): then the passages answer.
    private bool ExtractedCampaignHolds(CampaignInfo info, AskKind ask)
    {
        var campaign = Record(info);
        return campaign is not { Extracted: true } || ask switch
        {
            AskKind.Who => campaign.LaunchedBy is not null,
            AskKind.When => campaign.LaunchedOn is not null || campaign.KeyDates.Count > 0,
            AskKind.HowTo => campaign.HowToJoin.Count > 0,
            AskKind.Criteria => campaign.Results.Count > 0,
            AskKind.LegalBasis => campaign.LegalBasis.Count > 0,
            _ => campaign.Purpose.Length > 0,
        };
    }
}
