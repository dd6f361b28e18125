using KtdBot.Facts;

namespace KtdBot.Core.Tests.Facts;

/// <summary>Decisions as provinces write them: award lists by section, member lists in one cell, clusters of communes.</summary>
public sealed class AwardDecisionTests
{
    [Fact]
    public void AnAwardDecisionsSectionsConferTheirTablesForTheYearEachRowNames()
    {
        var document = FactDocuments.Text("qd-215", "Quyết định về việc tặng Cờ thi đua và Bằng khen cho các tập thể thuộc khối, cụm thi đua", """
            Cao Bằng, ngày 14 tháng 02 năm 2025
            I. CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN TỈNH (09 tập thể)
            | STT | Tên tập thể | Thành tích |
            | 1 | Thanh tra tỉnh | Dẫn đầu Khối thi đua số 1 năm 2024 |
            | 7 | Hội Khuyến học tỉnh | Dẫn đầu Khối thi đua số 7 năm 2024 |
            II. BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH (09 tập thể)
            | STT | Tên tập thể | Thành tích |
            | 2 | Sở Xây dựng | Xuất sắc trong phong trào thi đua Khối thi đua số 2 năm 2024 |
            """);

        var facts = FactExtractor.Extract(document).Blocs;

        var flag = Assert.Single(facts.OfType<AwardFact>(), a => a.Bloc.Number == 7);
        Assert.Equal((2024, false, "Cờ thi đua", "UBND tỉnh"), (flag.Year, flag.Proposed, flag.Form, flag.Giver));
        Assert.Equal(["Hội Khuyến học tỉnh"], flag.Recipients);
        var commendation = Assert.Single(facts.OfType<AwardFact>(), a => a.Bloc.Number == 2);
        Assert.Equal(("Bằng khen", "Chủ tịch UBND tỉnh", 2024), (commendation.Form, commendation.Giver, commendation.Year));
        // "phong trào thi đua Khối …" names no deputy, and a list of recipients is no roster.
        Assert.Empty(facts.OfType<RoleFact>());
        Assert.Empty(facts.OfType<MembersFact>());
    }

    [Fact]
    public void ANumberedListInOneCellIsOneMemberPerItem()
    {
        var document = FactDocuments.Text("qd-118", "Quyết định phân chia khối thi đua năm 2024", """
            | STT | Khối, cụm | Đơn vị thành viên | Khối trưởng | Khối phó |
            | 1 | Khối thi đua số 1 (Các cơ quan tham mưu tổng hợp) 03 đơn vị | 1. Văn phòng UBND tỉnh 2. Sở Tài chính 3. Sở Văn hóa, Thể thao và Du lịch | Sở Tài chính | Văn phòng UBND tỉnh |
            """);

        var roster = Assert.Single(FactExtractor.Extract(document).Blocs.OfType<MembersFact>());

        Assert.Equal(["Văn phòng UBND tỉnh", "Sở Tài chính", "Sở Văn hóa, Thể thao và Du lịch"], roster.Members);
        Assert.Equal(2024, roster.Year);
    }

    [Fact]
    public void AClusterOfCommunesKeepsItsNumber()
    {
        var document = FactDocuments.Text("qd-1412", "Quyết định điều chỉnh khối, cụm thi đua năm 2025 tỉnh Cao Bằng", """
            5. Cụm thi đua các xã, phường số 2: cụm trưởng là xã Bảo Lạc; cụm phó là xã Lý Bôn.
            """);

        var roles = FactExtractor.Extract(document).Blocs.OfType<RoleFact>().ToList();

        Assert.All(roles, r => Assert.Equal((KtdBot.Knowledge.BlocKind.Cum, 2), (r.Bloc.Kind, r.Bloc.Number!.Value)));
        Assert.Contains(roles, r => !r.Deputy && r.Unit == "Xã Bảo Lạc");
        Assert.Contains(roles, r => r.Deputy && r.Unit == "Xã Lý Bôn");
    }

    [Fact]
    public void TheYouthUnionsNameIsNotAProvince()
    {
        var document = FactDocuments.Text("tb-112", "THÔNG BÁO Kết luận hội nghị tổng kết năm 2025 Khối thi đua số 5", """
            TỈNH ĐOÀN CAO BẰNG KHỐI THI ĐUA SỐ 5
            ĐOÀN TNCS HỒ CHÍ MINH
            Ngày 22/12/2025, tại Hội trường Tỉnh Đoàn, Khối thi đua số 5 tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025. Đoàn TNCS Hồ Chí Minh tỉnh chủ trì.
            """);

        var facts = FactExtractor.Extract(document).Blocs;

        Assert.NotEmpty(facts);
        Assert.All(facts, f => Assert.Equal("Cao Bằng", f.Bloc.Province));
    }

    [Fact]
    public void AListOfLeadingUnitsUnderAFlagSectionGivesEachBlocItsFlagForTheYearTheListNames()
    {
        var document = FactDocuments.Sections("qd-0215", "Quyết định về việc tặng Cờ thi đua của Ủy ban nhân dân tỉnh năm 2025",
            ("DANH SÁCH Các tập thể được tặng Cờ thi đua của Ủy ban nhân dân tỉnh năm 2025", "(Kèm theo Quyết định số 0215/QĐ-UBND ngày 23/01/2026)"),
            ("I. CỜ THI ĐUA CHO TẬP THỂ DẪN ĐẦU CÁC KHỐI THI ĐUA THUỘC TỈNH (02 tập thể)",
                "1. Sở Tài chính, đơn vị dẫn đầu Khối thi đua số 1; 2. Quỹ Đầu tư phát triển tỉnh, đơn vị dẫn đầu Khối thi đua số 5."));

        var flags = FactExtractor.Extract(document).Blocs.OfType<AwardFact>().ToList();

        Assert.Equal(2, flags.Count);
        Assert.All(flags, f => Assert.Equal((2025, "Cờ thi đua"), (f.Year, f.Form)));
        Assert.Equal(["Quỹ Đầu tư phát triển tỉnh"], Assert.Single(flags, f => f.Bloc.Number == 5).Recipients);
    }

    [Fact]
    public void ProposalsWithTheirVotesNameEachRecipientWithoutTheVotes()
    {
        var document = FactDocuments.Text("bc-45", "Báo cáo tổng kết năm 2025 Khối thi đua số 2", """
            2. Kết quả bỏ phiếu kín: - Suy tôn Sở Nông nghiệp và Môi trường là đơn vị dẫn đầu Khối thi đua số 2 năm 2025, đề nghị UBND tỉnh tặng Cờ thi đua: 05/05 phiếu đồng ý (đạt 100%). - Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen: Sở Xây dựng 05/05 phiếu (100%); Sở Công Thương 04/05 phiếu (80%).
            """, date: "2025-12-12");

        var awards = FactExtractor.Extract(document).Blocs.OfType<AwardFact>().ToList();

        Assert.Equal(["Sở Nông nghiệp và Môi trường"], Assert.Single(awards, a => a.Form.StartsWith("Cờ", StringComparison.Ordinal)).Recipients);
        Assert.Equal(["Sở Xây dựng", "Sở Công Thương"], Assert.Single(awards, a => a.Form.StartsWith("Bằng khen", StringComparison.Ordinal)).Recipients);
    }
}
