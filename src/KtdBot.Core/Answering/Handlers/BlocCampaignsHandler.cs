using System.Globalization;
using System.Text;
using KtdBot.Answering.Plugins;
using KtdBot.Search;

namespace KtdBot.Answering.Handlers;

/// <summary>"Khối … thực hiện những phong trào nào?": the campaigns its sources name.</summary>
internal sealed class BlocCampaignsHandler(KnowledgeIndex index, CampaignsPlugin campaigns) : RecordHandler
{
    protected override ComposedAnswer? Answer(Turn turn)
    {
        if (turn.BlocId is not { } blocId || !AsksCampaigns(turn)
            || campaigns.CampaignsOfBloc(blocId) is not { Count: > 0 } named)
        {
            return null;
        }

        var bloc = index.Knowledge.Blocs.First(b => b.Id == blocId);

        var source = Citations.Ref(index.Knowledge, bloc.Sources.FirstOrDefault());
        var text = new StringBuilder(Sentences.BlocCampaignsHeading(bloc.DisplayName)).Append('\n');
        foreach (var campaign in named)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {Sentences.Capitalize(campaign.Kind)} “{campaign.Name}”\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"[{turn.Citations.Cite(source, string.Join(" ", named.Select(c => c.Name)))}]");
        return Answers.Grounded(text, turn.Citations, new Topic(AskKind.General, blocId), named.Take(2).Select(c => $"Tham gia phong trào {c.Name} thế nào?").ToList());
    }

    /// <summary>"Khối MTTQ được đề nghị thực hiện những phong trào nào?": the bloc's campaigns, though "đề nghị" reads like awards.</summary>
    public static bool AsksCampaigns(Turn turn) =>
        turn.Ask is AskKind.General or AskKind.Awards && turn.Frame.Says(Cue.CampaignWord) && turn.Frame.Says(Cue.Which) && turn.Frame.Titles.Count == 0
        && !turn.Frame.Syllables.Contains("khen", StringComparer.Ordinal) && !turn.Frame.Syllables.Contains("co", StringComparer.Ordinal);
}
