using KtdBot.Core.Tests.Answering;
using KtdBot.Core.Tests.Support;
using KtdBot.Documents;
using KtdBot.Knowledge;

namespace KtdBot.Core.Tests.Facts;

/// <summary>The five raw source pages alone (../shared/seeds): the blocs they describe, with members, leaders and awards.</summary>
public sealed class SeedPageFactsTests
{
    [SeedsFact]
    public async Task TheRawPagesGiveTheirBlocsWithMembersLeadersAndAwards()
    {
        var knowledge = await new KnowledgeLoader(DocumentExtractors.All()).LoadAsync(RawNewsPagesFixture.FindSeeds()!, CancellationToken.None);

        var camau = Assert.Single(knowledge.Blocs, b => b.Number == 2 && b.Province == "Cà Mau");
        Assert.Equal(7, camau.Members.Count);
        Assert.Equal("Viện Kiểm sát nhân dân tỉnh Cà Mau", camau.LeaderIn(2025)?.Unit);
        Assert.Equal("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cà Mau", camau.LeaderIn(2024)?.Unit);
        Assert.Equal("Phạm Minh Giang", camau.LeaderIn(2024)?.Person);

        var binhThuan = Assert.Single(knowledge.Blocs, b => b.Number == 8);
        Assert.Equal("Bình Thuận", binhThuan.Province);
        Assert.Equal(12, binhThuan.Members.Count);
        Assert.Equal("Hội Nạn nhân chất độc da cam/dioxin tỉnh", binhThuan.LeaderIn(2025)?.Unit);
        Assert.Equal(["Hội Người cao tuổi tỉnh"], Assert.Single(binhThuan.Awards, a => a.Form == "Cờ thi đua").Recipients);
        Assert.Contains("đề nghị UBND tỉnh tặng Cờ thi đua", Assert.Single(knowledge.Facts.SelectMany(f => f.Blocs), f => f is KtdBot.Facts.AwardFact { Form: "Cờ thi đua" }).Evidence.Text, StringComparison.Ordinal);

        var mttq = Assert.Single(knowledge.Blocs, b => b.Name.StartsWith("Khối thi đua MTTQ", StringComparison.Ordinal));
        Assert.Equal("Hội Cựu chiến binh tỉnh", mttq.LeaderIn(2023)?.Unit);
        Assert.Equal("Hội Nông dân tỉnh", mttq.LeaderIn(2024)?.Unit);

        // A related-article teaser at the foot of a page names a cluster; nothing is taken from it.
        Assert.DoesNotContain(knowledge.Blocs, b => b.Kind == BlocKind.Cum);
    }
}
