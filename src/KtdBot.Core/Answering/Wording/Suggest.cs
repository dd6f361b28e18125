using KtdBot.Answering.Plugins;

namespace KtdBot.Answering;

/// <summary>Short follow-up questions offered under an answer.</summary>
public static class Suggest
{
    /// <summary>Example questions for /help and declines.</summary>
    public static IReadOnlyList<string> Examples { get; } =
    [
        "Khối thi đua 8 gồm những hội nào?",
        "Năm 2025 ai làm khối trưởng Khối thi đua 2?",
        "Tiêu chuẩn Chiến sĩ thi đua cơ sở là gì?",
        "Tôi muốn tham gia phong trào Vì người nghèo thì làm gì?",
    ];

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Knowledge.KnowledgeBase, IReadOnlyList<string>> ForKnowledge = [];

    /// <summary>
    /// Examples about what this knowledge holds: a folder of Lào Cai's documents is asked about its own blocs, not
    /// about the shipped Khối thi đua 8. A kind the knowledge lacks is left out; only the title question, which the law
    /// explainers answer, stands in for missing titles.
    /// </summary>
    public static IReadOnlyList<string> ExamplesFor(Knowledge.KnowledgeBase knowledge) => ForKnowledge.GetValue(knowledge, static k =>
    {
        var home = k.HomeProvince;
        var blocs = k.Blocs.Where(b => b.Members.Count > 0)
            .OrderByDescending(b => string.Equals(b.Province, home, StringComparison.OrdinalIgnoreCase))
            .ThenBy(b => b.Kind == Knowledge.BlocKind.Cum).ThenByDescending(b => b.Year ?? 0).ThenBy(b => b.Number ?? int.MaxValue).ToList();
        var led = blocs.FirstOrDefault(b => b.Leaders.Count > 0);
        string?[] found =
        [
            blocs.Count > 0 ? $"{blocs[0].Name} gồm những đơn vị nào?" : null,
            led is null ? null : $"Năm {led.Leaders.Max(l => l.Year)} ai làm {(led.Kind == Knowledge.BlocKind.Cum ? "cụm trưởng" : "khối trưởng")} {led.Name}?",
            k.Awards.Count > 0 ? $"Tiêu chuẩn {k.Awards[0].Name} là gì?" : null,
            k.Campaigns.Count > 0 ? $"Tham gia phong trào {k.Campaigns[0].Name} thế nào?" : null,
        ];
        return found.Select((e, i) => e ?? (i == 2 ? Examples[2] : null)).OfType<string>().ToList();
    });

    /// <summary>After a roster.</summary>
    public static IReadOnlyList<string> AfterMembers(BlocInfo bloc) =>
        bloc.LeaderYears.Count > 0
            ? [$"Năm {bloc.LeaderYears[^1]} ai làm {Role(bloc)} {bloc.Name}?", $"{bloc.Name} đề nghị khen thưởng những đơn vị nào?"]
            : [$"{bloc.Name} tổng kết khi nào?"];

    /// <summary>After a leader answer.</summary>
    public static IReadOnlyList<string> AfterLeader(BlocInfo bloc) =>
        [$"{bloc.Name} gồm những đơn vị nào?", $"{bloc.Name} đề nghị khen thưởng những đơn vị nào?"];

    /// <summary>After awards.</summary>
    public static IReadOnlyList<string> AfterAwards(BlocInfo bloc) =>
        [$"{bloc.Name} gồm những đơn vị nào?", "Tiêu chuẩn Cờ thi đua cấp tỉnh là gì?"];

    /// <summary>After the bloc list.</summary>
    public static IReadOnlyList<string> AfterList(IReadOnlyList<BlocInfo> blocs) =>
        blocs.Take(2).Select(b => $"{b.Name} gồm những đơn vị nào?").ToList();

    /// <summary>After a title.</summary>
    public static IReadOnlyList<string> AfterTitle(AwardTitleInfo title) =>
        [$"Tiền thưởng {title.Name} là bao nhiêu?", $"{title.Name} căn cứ điều nào?"];

    /// <summary>After a campaign.</summary>
    public static IReadOnlyList<string> AfterCampaign(CampaignInfo campaign) =>
        [$"Ai phát động phong trào {campaign.Name}?", $"Tham gia phong trào {campaign.Name} thế nào?"];

    private static string Role(BlocInfo bloc) => bloc.Kind == "cụm thi đua" ? "cụm trưởng" : "khối trưởng";
}
