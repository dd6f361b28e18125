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
}
