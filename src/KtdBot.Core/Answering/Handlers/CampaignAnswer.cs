using System.Globalization;
using System.Text;
using KtdBot.Answering.Plugins;

namespace KtdBot.Answering.Handlers;

/// <summary>What a campaign's record says for what was asked: how to take part, who launched it and when, or what it is.</summary>
internal static class CampaignAnswer
{
    public static ComposedAnswer Compose(CampaignInfo campaign, AskKind ask, CitationList citations)
    {
        var text = new StringBuilder();
        void Line(string statement) => text.Cited(statement, campaign.Source, citations).Append('\n');
        var launched = Sentences.Launched(campaign);
        if (ask == AskKind.Who && campaign.LaunchedBy is null)
        {
            return Answers.Decline(Replies.UnknownLauncher($"{campaign.Kind} “{campaign.Name}”"));
        }

        switch (ask)
        {
            case AskKind.HowTo when campaign.HowToJoin.Count > 0:
                text.Append(Sentences.HowToJoin(campaign)).Append('\n');
                foreach (var step in campaign.HowToJoin)
                {
                    text.Append("- ").Append(step.TrimEnd('.')).Append('\n');
                }

                text.Append(CultureInfo.InvariantCulture, $"[{citations.Cite(campaign.Source, string.Join(" ", campaign.HowToJoin))}]\n");
                if (campaign.KeyDates.Count > 0)
                {
                    text.Append(Sentences.KeyDates(campaign.KeyDates)).Append('\n');
                }

                break;
            case AskKind.Criteria when campaign.Results.Count > 0:
                // The plan's criteria, all of them: a question about one criterion finds its own.
                text.Append(Sentences.Campaign(campaign)).Append('\n');
                foreach (var result in campaign.Results)
                {
                    text.Append("- ").Append(result.Text.TrimEnd('.', ';')).Append(CultureInfo.InvariantCulture, $" [{citations.Cite(result.Source, result.Text)}]\n");
                }

                break;
            case AskKind.When when launched is null && campaign.KeyDates.Count > 0:
                // A plan gives its timeline, rarely who launched it.
                text.Append(Sentences.Campaign(campaign)).Append('\n');
                Line(Sentences.KeyDates(campaign.KeyDates));
                break;
            case AskKind.Who or AskKind.When or AskKind.LegalBasis when launched is not null || campaign.LegalBasis.Count > 0:
                if (launched is not null)
                {
                    Line(launched);
                }

                foreach (var basis in campaign.LegalBasis)
                {
                    Line(Sentences.Basis(basis));
                }

                if (ask == AskKind.When && campaign.KeyDates.Count > 0)
                {
                    Line(Sentences.KeyDates(campaign.KeyDates));
                }

                break;
            default:
                if (launched is not null)
                {
                    Line(launched);
                }
                else
                {
                    text.Append(Sentences.Campaign(campaign)).Append('\n');
                }

                if (campaign.Purpose.Length > 0)
                {
                    Line(Sentences.Purpose(campaign.Purpose));
                }

                foreach (var result in campaign.Results.Take(3))
                {
                    text.Append(result.Text.TrimEnd('.')).Append(CultureInfo.InvariantCulture, $". [{citations.Cite(result.Source, result.Text)}]\n");
                }

                if (campaign.HowToJoin.Count > 0)
                {
                    text.Append(Sentences.WaysToJoin(campaign.HowToJoin)).Append('\n');
                }

                break;
        }

        return text.Length == 0
            ? Answers.Decline(Replies.NotFound)
            : new ComposedAnswer(new Answer(text.ToString().TrimEnd(), true, citations.Items, Suggest.AfterCampaign(campaign)), new Topic(ask, CampaignId: campaign.Id));
    }
}
