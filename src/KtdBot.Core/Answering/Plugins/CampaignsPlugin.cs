using System.ComponentModel;
using KtdBot.Knowledge;
using KtdBot.Search;
using Microsoft.SemanticKernel;

namespace KtdBot.Answering.Plugins;

/// <summary>Campaigns and movements (phong trào thi đua, cuộc vận động): what, who launched it, when, how to take part.</summary>
public sealed class CampaignsPlugin(KnowledgeIndex index)
{
    /// <summary>Plugin name in the kernel.</summary>
    public const string Name = "campaigns";

    /// <summary>Campaigns matching a name.</summary>
    [KernelFunction("find_campaign")]
    [Description("Tìm phong trào thi đua / cuộc vận động theo tên, có hoặc không dấu (\"Vì người nghèo\", \"dan van kheo\", \"xóa nhà tạm\"): ai phát động, khi nào, mục đích, cách tham gia, kết quả kèm nguồn.")]
    public IReadOnlyList<CampaignInfo> FindCampaign([Description("Tên phong trào")] string name)
    {
        var query = NameMatcher.Syllables(name);
        var scored = new List<(Campaign Campaign, double Score)>();
        foreach (var campaign in index.Knowledge.Campaigns)
        {
            var score = campaign.Aliases.Append(campaign.Name)
                .Select(n => Distinctive(NameMatcher.Syllables(n)))
                .Where(n => n.Length > 0)
                .Select(n => (Name: n, Match: NameMatcher.Match(query, n, index.Vocabulary.Knows)))
                .Where(m => m.Match.Coverage >= 0.99 || m.Match.Run >= 3 || (m.Match.Run >= 2 && m.Match.Coverage >= 0.6))
                .Select(m => m.Match.Run + m.Match.Coverage)
                .DefaultIfEmpty(0)
                .Max();
            // A decision number typed in the question ("587/QĐ-TTg") names the campaign it founded.
            var numbers = query.Where(t => t.Length >= 3 && char.IsDigit(t[0]) && !IsYear(t)).ToHashSet(StringComparer.Ordinal);
            if (score == 0 && numbers.Count > 0 && campaign.LegalBasis.Any(b => NameMatcher.Syllables(b).Any(numbers.Contains)))
            {
                score = 1;
            }

            if (score > 0)
            {
                scored.Add((campaign, score));
            }
        }

        return scored.OrderByDescending(s => s.Score).Select(s => Info(s.Campaign)).ToList();
    }

    /// <summary>Campaigns named in the sources of a bloc.</summary>
    [KernelFunction("campaigns_of_bloc")]
    [Description("Các phong trào thi đua, cuộc vận động được nêu trong các bài viết về một khối/cụm thi đua (mã khối từ blocs.find_blocs).")]
    public IReadOnlyList<CampaignInfo> CampaignsOfBloc([Description("Mã khối (id)")] string blocId)
    {
        var bloc = index.Knowledge.Blocs.FirstOrDefault(b => string.Equals(b.Id, blocId, StringComparison.OrdinalIgnoreCase));
        if (bloc is null)
        {
            return [];
        }

        var sources = bloc.Sources.ToHashSet(StringComparer.Ordinal);
        return index.Knowledge.Campaigns
            .Where(c => c.Sources.Any(sources.Contains) || c.Results.Any(r => sources.Contains(r.Source)))
            .Select(Info)
            .ToList();
    }

    /// <summary>Every campaign.</summary>
    [KernelFunction("list_campaigns")]
    [Description("Liệt kê các phong trào thi đua và cuộc vận động có trong dữ liệu.")]
    public IReadOnlyList<string> ListCampaigns() => index.Knowledge.Campaigns.Select(c => c.Name).ToList();

    // "Phong trào thi đua", "cuộc vận động", "chương trình" say what kind of thing it is, not which one.
    private static readonly string[][] GenericPrefixes =
    [
        ["phong", "trao", "thi", "dua"], ["phong", "trao"], ["thi", "dua"], ["cuoc", "van", "dong"], ["chuong", "trinh"], ["quy"],
    ];

    private static bool IsYear(string number) => number.Length == 4 && (number.StartsWith("19", StringComparison.Ordinal) || number.StartsWith("20", StringComparison.Ordinal));

    private static string[] Distinctive(string[] name)
    {
        foreach (var prefix in GenericPrefixes)
        {
            if (name.Length > prefix.Length && name.AsSpan(0, prefix.Length).SequenceEqual(prefix))
            {
                return Distinctive(name[prefix.Length..]);
            }
        }

        return name;
    }

    private CampaignInfo Info(Campaign campaign) => new(
        campaign.Id,
        campaign.Name,
        campaign.Kind,
        campaign.Period,
        campaign.LaunchedBy,
        campaign.LaunchedOn,
        campaign.LegalBasis,
        campaign.Purpose,
        campaign.HowToJoin,
        campaign.KeyDates,
        campaign.Results.Select(r => new CampaignResult(r.Text, Citations.Ref(index.Knowledge, r.Source))).ToList(),
        Citations.Ref(index.Knowledge, campaign.Sources.FirstOrDefault()));
}
