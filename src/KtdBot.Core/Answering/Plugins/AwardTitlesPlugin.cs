using System.ComponentModel;
using KtdBot.Knowledge;
using KtdBot.Search;
using Microsoft.SemanticKernel;

namespace KtdBot.Answering.Plugins;

/// <summary>Emulation titles and forms of commendation: criteria, legal basis, what is in force, what changed.</summary>
public sealed class AwardTitlesPlugin(KnowledgeIndex index)
{
    /// <summary>Plugin name in the kernel.</summary>
    public const string Name = "awards";

    /// <summary>The titles best matching a name.</summary>
    [KernelFunction("find_title")]
    [Description("Tìm danh hiệu thi đua hoặc hình thức khen thưởng theo tên (có hoặc không dấu), ví dụ \"chiến sĩ thi đua cơ sở\", \"lao dong tien tien\", \"cờ thi đua của Chính phủ\": tiêu chuẩn, điều luật, căn cứ, hiệu lực, tiền thưởng, quy định không còn áp dụng.")]
    public IReadOnlyList<AwardTitleInfo> FindTitle([Description("Tên danh hiệu hoặc hình thức khen thưởng")] string name)
    {
        var query = NameMatcher.Syllables(name);
        var scored = new List<(AwardTitle Award, int Run, double Coverage)>();
        foreach (var award in index.Knowledge.Awards)
        {
            var best = award.Aliases.Append(award.Name)
                .Select(n => NameMatcher.Match(query, NameMatcher.Syllables(n), index.Vocabulary.Knows))
                .OrderByDescending(m => m.Coverage)
                .ThenByDescending(m => m.Run)
                .First();
            if (best.Coverage >= 0.99 || (best.Run >= 3 && best.Coverage >= 0.75))
            {
                scored.Add((award, best.Run, best.Coverage));
            }
        }

        // Longest full match first: "chiến sĩ thi đua cơ sở" beats "chiến sĩ thi đua".
        return scored.OrderByDescending(s => s.Coverage >= 0.99 ? s.Run : 0)
            .ThenByDescending(s => s.Coverage)
            .ThenByDescending(s => s.Run)
            .Select(s => Info(s.Award))
            .ToList();
    }

    /// <summary>Every title and form.</summary>
    [KernelFunction("list_titles")]
    [Description("Liệt kê các danh hiệu thi đua và hình thức khen thưởng có trong dữ liệu (tên, loại, điều luật).")]
    public IReadOnlyList<AwardTitleInfo> ListTitles() => index.Knowledge.Awards.Select(Info).ToList();

    /// <summary>Rules that no longer apply.</summary>
    [KernelFunction("obsolete_rules")]
    [Description("Các quy định cũ không còn áp dụng (ví dụ tỷ lệ 15% Chiến sĩ thi đua cơ sở), kèm căn cứ và ngày hết hiệu lực.")]
    public IReadOnlyList<AwardTitleInfo> ObsoleteRules() =>
        index.Knowledge.Awards.Where(a => a.ObsoleteRules.Count > 0).Select(Info).ToList();

    private AwardTitleInfo Info(AwardTitle award) => new(
        award.Id,
        award.Name,
        award.Type,
        award.Article,
        award.LegalBasis,
        award.EffectiveFrom,
        award.Criteria,
        award.ConferredBy,
        award.CashReward,
        award.Unconfirmed,
        award.ObsoleteRules.Select(r => string.Join(" ", new[]
        {
            r.Rule.TrimEnd('.') + ".",
            r.Basis is null ? null : $"Căn cứ cũ: {r.Basis}.",
            r.EndedOn is null ? null : $"Hết hiệu lực từ {Citations.FormatDate(r.EndedOn)}.",
            r.Note,
        }.Where(p => !string.IsNullOrWhiteSpace(p)))).ToList(),
        Citations.Ref(index.Knowledge, award.Sources.FirstOrDefault()));
}
