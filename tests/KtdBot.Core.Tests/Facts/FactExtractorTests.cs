using KtdBot.Facts;

namespace KtdBot.Core.Tests.Facts;

public sealed class FactExtractorTests
{
    [Fact]
    public void ReadsEveryBlocOfADecisionWithOneTablePerBloc()
    {
        var document = FactDocuments.Text("qd-12", "Quyết định về việc chia khối thi đua năm 2025", """
            UBND TỈNH TUYÊN QUANG
            1. Khối thi đua số 1 (các cơ quan tổng hợp)
            STT | Tên đơn vị | Ghi chú
            1 | Văn phòng UBND tỉnh | Khối trưởng
            2 | Sở Tài chính | Khối phó
            3 | Sở Nội vụ |
            2. Khối thi đua số 2 (các cơ quan kinh tế)
            STT | Tên đơn vị | Ghi chú
            1 | Sở Xây dựng |
            2 | Sở Công Thương | Khối trưởng
            """);

        var facts = FactExtractor.Extract(document).Blocs;

        var rosters = facts.OfType<MembersFact>().ToDictionary(m => m.Bloc.Number!.Value);
        Assert.Equal(["Văn phòng UBND tỉnh", "Sở Tài chính", "Sở Nội vụ"], rosters[1].Members);
        Assert.Equal(["Sở Xây dựng", "Sở Công Thương"], rosters[2].Members);
        Assert.All(rosters.Values, r => Assert.Equal(2025, r.Year));
        Assert.All(rosters.Values, r => Assert.Equal("Tuyên Quang", r.Bloc.Province));
        var roles = facts.OfType<RoleFact>().Select(r => (r.Bloc.Number, r.Deputy, r.Unit)).ToList();
        Assert.Contains((1, false, "Văn phòng UBND tỉnh"), roles);
        Assert.Contains((1, true, "Sở Tài chính"), roles);
        Assert.Contains((2, false, "Sở Công Thương"), roles);
        Assert.Contains(facts, f => f.Evidence.Text.Contains("2 | Sở Công Thương | Khối trưởng", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadsAnEnumerationWithItsCountAndKeepsCompoundNamesWhole()
    {
        var document = FactDocuments.Text("bao", "Khối thi đua 5 tổng kết năm 2024", """
            Khối thi đua 5 tỉnh Vĩnh Long có 4 đơn vị thành viên gồm: Sở Văn hóa, Thể thao và Du lịch, Sở Y tế, Hội Bảo trợ người khuyết tật và bảo vệ quyền trẻ em tỉnh và Trung đoàn 894.
            """, "2025-01-09");

        var roster = Assert.Single(FactExtractor.Extract(document).Blocs.OfType<MembersFact>());

        Assert.Equal(["Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế", "Hội Bảo trợ người khuyết tật và bảo vệ quyền trẻ em tỉnh", "Trung đoàn 894"], roster.Members);
        Assert.Equal(4, roster.DeclaredCount);
        Assert.Equal("Vĩnh Long", roster.Bloc.Province);
        Assert.Equal(2024, roster.Year);
    }

    [Fact]
    public void ReadsAListInParenthesesAfterTheBlocsName()
    {
        var document = FactDocuments.Text("bao", "Tổng kết", "Chiều 27/2, Khối thi đua 2 của tỉnh Cà Mau (Công an, Quân sự, Biên phòng, Thanh tra tỉnh Cà Mau) tổ chức tổng kết công tác thi đua năm 2024.");

        var roster = Assert.Single(FactExtractor.Extract(document).Blocs.OfType<MembersFact>());

        Assert.Equal(["Công an", "Quân sự", "Biên phòng", "Thanh tra tỉnh Cà Mau"], roster.Members);
        Assert.Equal("Cà Mau", roster.Bloc.Province);
    }

    [Fact]
    public void ReadsOneUnitPerLineAfterACountAsAPdfTableComesOut()
    {
        var document = FactDocuments.Text("qd-pdf", "Quyết định chia khối thi đua năm 2024", """
            3. Khối thi đua số 3 (Khối các cơ quan Trung ương): 03 đơn vị › Tên đơn vị STT
            Kho bạc Nhà nước tỉnh 1

            Cục Thống kê tỉnh 2

            Bảo hiểm xã hội tỉnh 3

            Khối trưởng: Kho bạc Nhà nước tỉnh. Khối phó: Cục Thống kê tỉnh.
            """);

        var facts = FactExtractor.Extract(document).Blocs;

        Assert.Equal(["Kho bạc Nhà nước tỉnh", "Cục Thống kê tỉnh", "Bảo hiểm xã hội tỉnh"], Assert.Single(facts.OfType<MembersFact>()).Members);
        Assert.Contains(facts.OfType<RoleFact>(), r => !r.Deputy && r.Unit == "Kho bạc Nhà nước tỉnh" && r.Year == 2024);
        Assert.Contains(facts.OfType<RoleFact>(), r => r.Deputy && r.Unit == "Cục Thống kê tỉnh");
    }

    [Theory]
    [InlineData("Đại diện Viện Kiểm sát nhân dân tỉnh nhận Cờ bàn giao Khối trưởng Khối thi đua 2 năm 2025.", 2025, "Viện Kiểm sát nhân dân tỉnh")]
    [InlineData("Hội Nạn nhân chất độc da cam/dioxin tỉnh được bầu làm Khối trưởng Khối thi đua 2 năm 2025.", 2025, "Hội Nạn nhân chất độc da cam/dioxin tỉnh")]
    [InlineData("Sở Giáo dục và Đào tạo đã bàn giao nhiệm vụ khối trưởng Khối thi đua 2 năm 2026 cho Sở Y tế.", 2026, "Sở Y tế")]
    [InlineData("Hội nghị đã bầu Sở Y tế làm khối trưởng, Sở Tư pháp làm khối phó Khối thi đua 2 năm 2026.", 2026, "Sở Y tế")]
    public void ReadsHandOversAndElections(string sentence, int year, string unit)
    {
        var document = FactDocuments.Text("bc", "Báo cáo tổng kết Khối thi đua 2 năm 2024", sentence);

        var roles = FactExtractor.Extract(document).Blocs.OfType<RoleFact>().Where(r => !r.Deputy).ToList();

        Assert.Contains(roles, r => r.Year == year && r.Unit == unit && r.Handover && r.Evidence.Text == sentence);
    }

    [Fact]
    public void AHandOverWithoutAYearGivesTheOutgoingUnitTheReviewYearAndTheIncomingOneTheNext()
    {
        var document = FactDocuments.Text("mttq", "Khối thi đua MTTQ và các tổ chức chính trị - xã hội tỉnh tổng kết công tác thi đua, khen thưởng năm 2023",
            "Hội Cựu chiến binh tỉnh bàn giao nhiệm vụ khối trưởng Khối thi đua MTTQ và các tổ chức chính trị - xã hội cho Hội Nông dân tỉnh.");

        var roles = FactExtractor.Extract(document).Blocs.OfType<RoleFact>().ToDictionary(r => r.Year!.Value, r => r.Unit);

        Assert.Equal("Hội Cựu chiến binh tỉnh", roles[2023]);
        Assert.Equal("Hội Nông dân tỉnh", roles[2024]);
    }

    [Fact]
    public void ReadsProposedAwardsWithTheirFormGiverAndRecipients()
    {
        var document = FactDocuments.Text("bao", "Khối thi đua 8 tổng kết công tác thi đua, khen thưởng năm 2024",
            "Tại hội nghị, các Hội thành viên đã bình bầu, đề nghị UBND tỉnh tặng Cờ thi đua cho Hội Người cao tuổi tỉnh và tặng Bằng khen cho Hội Chữ thập đỏ tỉnh, Hội Khuyến học tỉnh; Hội Luật gia tỉnh được bầu làm Khối trưởng Khối thi đua 8 năm 2025.");

        var awards = FactExtractor.Extract(document).Blocs.OfType<AwardFact>().ToList();

        var flag = Assert.Single(awards, a => a.Form == "Cờ thi đua");
        Assert.Equal(["Hội Người cao tuổi tỉnh"], flag.Recipients);
        Assert.True(flag.Proposed);
        Assert.Equal(2024, flag.Year);
        Assert.Equal(["Hội Chữ thập đỏ tỉnh", "Hội Khuyến học tỉnh"], Assert.Single(awards, a => a.Form == "Bằng khen").Recipients);
    }

    [Fact]
    public void ReadsTheReviewConferenceDayPlaceAndChairAndNotADutyToHoldOne()
    {
        var document = FactDocuments.Text("bc", "Báo cáo tổng kết Khối thi đua số 5 năm 2025", """
            Hội nghị tổng kết Khối thi đua số 5 được tổ chức ngày 22/12/2025 tại Hội trường Công an tỉnh, do Đại tá Nguyễn Quốc Thắng, Giám đốc Công an tỉnh, Khối trưởng chủ trì.
            Khối trưởng có trách nhiệm tổ chức hội nghị tổng kết công tác thi đua trước ngày 31/12.
            """);

        var review = Assert.Single(FactExtractor.Extract(document).Blocs.OfType<ReviewFact>());

        Assert.Equal("2025-12-22", review.Date);
        Assert.Equal(2025, review.Year);
        Assert.StartsWith("Hội trường Công an tỉnh", review.Place, StringComparison.Ordinal);
        Assert.StartsWith("Đại tá Nguyễn Quốc Thắng", review.Chair, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsRewardMultiplesPerColumnAndTheBaseSalary()
    {
        var document = FactDocuments.Text("tb", "Thông báo mức tiền thưởng", """
            Mức lương cơ sở làm căn cứ tính tiền thưởng: 2.340.000 đồng/tháng.
             STT | Danh hiệu | Cá nhân | Tập thể
            -----+-----------+---------+--------
              1  | Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh | 1,5 lần | 3,0 lần
              2  | Cờ thi đua của Ủy ban nhân dân tỉnh | - | 8,0 lần
            """);

        var facts = FactExtractor.Extract(document);

        Assert.Equal(2_340_000m, facts.BaseSalary);
        Assert.Contains(facts.Amounts, a => a.Title == "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" && a.Multiple == 1.5m && a.For == "Cá nhân");
        Assert.Contains(facts.Amounts, a => a.Title == "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" && a.Multiple == 3.0m && a.For == "Tập thể");
        Assert.Contains(facts.Amounts, a => a.Title == "Cờ thi đua của Ủy ban nhân dân tỉnh" && a.Multiple == 8.0m);
    }

    [Fact]
    public void ReadsRewardMultiplesPerRecipientFromANoticeSentence()
    {
        var document = FactDocuments.Text("tb-1520", "Thông báo mức tiền thưởng", """
            - Lao động tiên tiến, Chiến sĩ tiên tiến: 0,3 lần mức lương cơ sở.
            - Xã, phường tiêu biểu: 2,0 lần mức lương cơ sở;
            1. Bằng khen của Chủ tịch UBND tỉnh: cá nhân 1,5 lần; tập thể 3,0 lần mức lương cơ sở; hộ gia đình bằng 1,5 lần mức tiền thưởng của cá nhân.
            """);

        var amounts = FactExtractor.Extract(document).Amounts;

        Assert.Contains(amounts, a => a.Title == "Lao động tiên tiến, Chiến sĩ tiên tiến" && a.Multiple == 0.3m);
        Assert.Contains(amounts, a => a.Title == "Xã, phường tiêu biểu" && a.Multiple == 2.0m);
        var commendation = amounts.Where(a => a.Title == "Bằng khen của Chủ tịch UBND tỉnh").ToDictionary(a => a.For ?? "?", a => a.Multiple);
        Assert.Equal(new Dictionary<string, decimal> { ["Cá nhân"] = 1.5m, ["Tập thể"] = 3.0m, ["Hộ gia đình"] = 2.25m }, commendation);
    }

    [Fact]
    public void ReadsACampaignFromItsPlan()
    {
        var document = FactDocuments.Text("kh-85", "Kế hoạch phát động phong trào thi đua “Chung sức chuyển đổi số” giai đoạn 2025 - 2030", """
            ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
            Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;
            I. MỤC ĐÍCH, YÊU CẦU
            Khơi dậy tinh thần thi đua chuyển đổi số trong cơ quan, doanh nghiệp và người dân.
            II. ĐỐI TƯỢNG
            Các sở, ban, ngành, địa phương và doanh nghiệp trên địa bàn tỉnh.
            """, "2025-03-01");

        var campaign = Assert.Single(FactExtractor.Extract(document).Campaigns);

        Assert.Equal("Chung sức chuyển đổi số", campaign.Name);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", campaign.LaunchedBy);
        Assert.Equal("2025-03-01", campaign.LaunchedOn);
        Assert.StartsWith("Khơi dậy tinh thần", campaign.Purpose, StringComparison.Ordinal);
        Assert.Contains(campaign.HowToJoin, h => h.StartsWith("Các sở, ban, ngành", StringComparison.Ordinal));
        Assert.Single(campaign.LegalBasis);
    }

    [Fact]
    public void WordsThatAreNotBlocsGiveNoFacts()
    {
        var document = FactDocuments.Text("bao", "Phiên chợ quê", "Trường Tiểu học tổ chức Phiên chợ quê cho học sinh khối 4 và khối 5; khối đại đoàn kết toàn dân được củng cố. Các khối thi đua thuộc Ủy ban nhân dân tỉnh có trách nhiệm gồm: báo cáo đúng hạn.");

        Assert.Empty(FactExtractor.Extract(document).Blocs);
    }
}
