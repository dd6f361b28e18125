using System.Globalization;
using System.Text;
using KtdBot.Answering.Passages;
using KtdBot.Answering.Plugins;

namespace KtdBot.Answering.Handlers;

/// <summary>
/// A question about one thing a plan says ("chỉ số hài lòng phải đạt bao nhiêu?", "hạn đăng ký?", "chia mấy giai
/// đoạn?"): the plan's items (timeline, criteria, ways to take part) that carry the question's own words, two in a row
/// at least, rather than the whole record.
/// </summary>
internal static class CampaignDetail
{
    public static ComposedAnswer? Compose(CampaignInfo campaign, QuestionFrame q, CitationList citations)
    {
        var name = NameMatcher.Syllables(campaign.Name).ToHashSet(StringComparer.Ordinal);
        var words = q.Syllables.Where(s => !name.Contains(s) && !CampaignWords.Contains(s) && !char.IsDigit(s[0])).ToList();
        var pairs = q.Syllables.Zip(q.Syllables.Skip(1), (a, b) => (a, b)).Where(p => words.Contains(p.a) && words.Contains(p.b)).ToList();
        if (pairs.Count == 0)
        {
            return null;
        }

        var wantsFigure = q.Ask == AskKind.Figure || AnswerTypes.AllOf(q.Syllables).Any(t => t is not AnswerType.None);
        var items = campaign.KeyDates.Concat(campaign.Results.Select(r => r.Text)).Concat(campaign.HowToJoin).Distinct(StringComparer.Ordinal)
            .Select(item => (Item: item, Score: Score(NameMatcher.Syllables(item), pairs, words) + (wantsFigure && item.Any(char.IsDigit) ? 0.5 : 0)))
            .Where(x => x.Score >= 2)
            .ToList();
        if (items.Count == 0)
        {
            return null;
        }

        var best = items.Max(x => x.Score);
        var text = new StringBuilder();
        if (Sentences.Launched(campaign) is { } launched)
        {
            text.Cited(launched, campaign.Source, citations).Append('\n');
        }
        else
        {
            text.Append(Sentences.Campaign(campaign)).Append('\n');
        }

        foreach (var (item, _) in items.Where(x => x.Score >= best - 0.5).Take(3))
        {
            text.Append("- ").Append(item.TrimEnd('.', ';')).Append(CultureInfo.InvariantCulture, $" [{citations.Cite(campaign.Source, item)}]\n");
        }

        return new ComposedAnswer(new Answer(text.ToString().TrimEnd(), true, citations.Items, Suggest.AfterCampaign(campaign)), new Topic(q.Ask, CampaignId: campaign.Id));
    }

    // Words every campaign question and every item of a plan share.
    private static readonly HashSet<string> CampaignWords = new(StringComparer.Ordinal) 
    {
        "phong", "trao", "thi", "dua", "ke", "hoach", "cua", "trong", "nguoi", "la", "gi", "bao", "nhieu", "nao", "khi", "ngay",
        "may", "co", "khong", "phai", "dat", "duoc", "the", "vay", "a", "ad", "oi", "cho", "hoi", "em", "minh", "ban", "nhe", "va",
        "cac", "nhung", "voi", "tu", "den", "o", "dau", "ai", "lam", "sao", "nhu",
    };

    // Two points for each pair of the question's words the item says in a row, one for each single word.
    private static double Score(IReadOnlyList<string> item, List<(string A, string B)> pairs, List<string> words)
    {
        var said = item.Zip(item.Skip(1), (a, b) => (a, b)).ToHashSet();
        var single = item.ToHashSet(StringComparer.Ordinal);
        return (2 * pairs.Distinct().Count(said.Contains)) + (0.25 * words.Distinct().Count(single.Contains));
    }
}
