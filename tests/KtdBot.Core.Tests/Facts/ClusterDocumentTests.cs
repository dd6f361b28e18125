using KtdBot.Facts;

namespace KtdBot.Core.Tests.Facts;

/// <summary>Clusters of communes and wards: members in one cell, lower-case place names in prose, award tables.</summary>
public sealed class ClusterDocumentTests
{
    [Fact]
    public void ReadsAClusterTableWithItsMembersInOneCellAndItsRolesInColumns()
    {
        var document = FactDocuments.Text("qd-1520", "Quyết định chia khối, cụm thi đua năm 2025", """
            UBND TỈNH THÁI NGUYÊN
            STT | Cụm thi đua | Các xã, phường thành viên | Cụm trưởng năm 2025 | Cụm phó năm 2025
            1 | Cụm thi đua số 1 | Phường Phan Đình Phùng, phường Quyết Thắng, phường Gia Sàng | Phường Phan Đình Phùng | Phường Gia Sàng
            2 | Cụm thi đua số 2 | UBND các huyện Đại Từ, Phú Lương, Định Hóa | UBND huyện Đại Từ | UBND huyện Định Hóa
            """);

        var facts = FactExtractor.Extract(document).Blocs;

        var rosters = facts.OfType<MembersFact>().ToDictionary(m => m.Bloc.Number!.Value);
        Assert.Equal(["Phường Phan Đình Phùng", "Phường Quyết Thắng", "Phường Gia Sàng"], rosters[1].Members);
        Assert.Equal(["UBND huyện Đại Từ", "UBND huyện Phú Lương", "UBND huyện Định Hóa"], rosters[2].Members);
        var roles = facts.OfType<RoleFact>().Select(r => (r.Bloc.Number, r.Deputy, r.Unit, r.Year)).ToList();
        Assert.Contains((1, true, "Phường Gia Sàng", 2025), roles);
        Assert.Contains((2, false, "UBND huyện Đại Từ", 2025), roles);
    }

    [Fact]
    public void ATableWhoseNameColumnNoCueKnowsIsStillARoster()
    {
        var document = FactDocuments.Text("qd", "Quyết định chia khối thi đua năm 2025", """
            Khối thi đua số 5 (Khối doanh nghiệp) tỉnh Thái Nguyên
            STT | Tên doanh nghiệp, đơn vị | Loại hình | Vai trò
            1 | Công ty cổ phần Nước sạch Thái Nguyên | Công ty cổ phần | Khối trưởng
            2 | Công ty TNHH MTV Xổ số kiến thiết Thái Nguyên | Công ty TNHH MTV |
            """);

        var facts = FactExtractor.Extract(document).Blocs;

        Assert.Equal(["Công ty cổ phần Nước sạch Thái Nguyên", "Công ty TNHH MTV Xổ số kiến thiết Thái Nguyên"], Assert.Single(facts.OfType<MembersFact>()).Members);
        Assert.Equal("Công ty cổ phần Nước sạch Thái Nguyên", Assert.Single(facts.OfType<RoleFact>()).Unit);
    }

    [Fact]
    public void ReadsACommuneClustersNoticeWrittenInLowerCase()
    {
        var document = FactDocuments.Text("tb-96", "Thông báo kết luận Hội nghị tổng kết năm 2025 của Cụm thi đua số 2", """
            Ngày 19/12/2025, tại Hội trường UBND phường Sông Công, Cụm thi đua số 2 (gồm 04 phường: Phổ Yên, Vạn Xuân, Sông Công, Bá Xuyên) tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025.
            Kết quả chấm điểm chéo:
            - Phường Phổ Yên: 97,5 điểm, xếp thứ nhất;
            - Phường Bá Xuyên: 96,0 điểm, xếp thứ hai;
            Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho phường Phổ Yên - đơn vị dẫn đầu Cụm thi đua số 2 năm 2025; đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho phường Bá Xuyên và phường Vạn Xuân.
            Hội nghị suy tôn phường Phổ Yên làm Cụm trưởng, phường Vạn Xuân làm Cụm phó Cụm thi đua số 2 năm 2026.
            """);

        var facts = FactExtractor.Extract(document).Blocs;

        Assert.Equal(["Phường Phổ Yên", "Phường Vạn Xuân", "Phường Sông Công", "Phường Bá Xuyên"], facts.OfType<MembersFact>().Single(m => m.Members.Count > 0).Members);
        var scores = facts.OfType<ScoreFact>().ToDictionary(s => s.Unit, s => s.Points);
        Assert.Equal("97,5", scores["Phường Phổ Yên"]);
        Assert.Equal("96,0", scores["Phường Bá Xuyên"]);
        var awards = facts.OfType<AwardFact>().ToDictionary(a => a.Form);
        Assert.Equal(["Phường Phổ Yên"], awards["Cờ thi đua"].Recipients);
        Assert.Equal(["Phường Bá Xuyên", "Phường Vạn Xuân"], awards["Bằng khen"].Recipients);
        Assert.Equal("Chủ tịch UBND tỉnh", awards["Bằng khen"].Giver);
        var roles = facts.OfType<RoleFact>().Where(r => r.Year == 2026).Select(r => (r.Deputy, r.Unit)).ToList();
        Assert.Contains((false, "Phường Phổ Yên"), roles);
        Assert.Contains((true, "Phường Vạn Xuân"), roles);
    }

    [Fact]
    public void ADecisionsAwardTableListsRecipientsNotMembers()
    {
        var document = FactDocuments.Text("qd-245", "Quyết định tặng Cờ thi đua cho các khối, cụm thi đua năm 2024", """
            ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN
            Điều 1. Tặng Cờ thi đua của UBND tỉnh cho 02 tập thể đã dẫn đầu các khối thi đua năm 2024, gồm:
            STT | Khối thi đua | Tập thể được tặng Cờ thi đua
            1 | Khối thi đua số 1 - Các cơ quan tổng hợp | Sở Tài chính
            2 | Khối thi đua số 4 - Nội chính | Công an tỉnh
            Điều 2. Tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể có thành tích xuất sắc năm 2024: - Khối thi đua số 1: Văn phòng UBND tỉnh; Sở Tư pháp. - Khối thi đua số 4: Bộ Chỉ huy Quân sự tỉnh.
            """);

        var facts = FactExtractor.Extract(document).Blocs;

        Assert.Empty(facts.OfType<MembersFact>());
        var awards = facts.OfType<AwardFact>().Select(a => (a.Bloc.Number, a.Form, a.Giver, Recipients: string.Join("; ", a.Recipients))).ToList();
        Assert.Contains((1, "Cờ thi đua", "UBND tỉnh", "Sở Tài chính"), awards);
        Assert.Contains((4, "Cờ thi đua", "UBND tỉnh", "Công an tỉnh"), awards);
        Assert.Contains((1, "Bằng khen", "Chủ tịch UBND tỉnh", "Văn phòng UBND tỉnh; Sở Tư pháp"), awards);
        Assert.Contains((4, "Bằng khen", "Chủ tịch UBND tỉnh", "Bộ Chỉ huy Quân sự tỉnh"), awards);
        Assert.All(facts, f => Assert.Equal(2024, f.Year));
    }

    [Fact]
    public void ANoticeThatNamesNoProvinceJoinsTheClusterWhoseUnitsItShares()
    {
        var decision = FactExtractor.Extract(FactDocuments.Text("qd", "Quyết định chia cụm thi đua năm 2025", """
            UBND TỈNH THÁI NGUYÊN
            STT | Cụm thi đua | Các xã, phường thành viên | Cụm trưởng năm 2025
            1 | Cụm thi đua số 2 | Phường Phổ Yên, phường Vạn Xuân, phường Sông Công | Phường Sông Công
            """));
        var neighbour = FactExtractor.Extract(FactDocuments.Text("tq", "Quyết định chia cụm thi đua năm 2025", """
            UBND TỈNH TUYÊN QUANG
            STT | Cụm thi đua | Các xã, phường thành viên | Cụm trưởng năm 2025
            1 | Cụm thi đua số 2 | Phường Minh Xuân, phường An Tường | Phường An Tường
            """));
        var notice = FactExtractor.Extract(FactDocuments.Text("tb", "Thông báo kết luận hội nghị Cụm thi đua số 2 năm 2025", """
            Ngày 19/12/2025, Cụm thi đua số 2 tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025.
            Hội nghị suy tôn phường Phổ Yên làm Cụm trưởng, phường Vạn Xuân làm Cụm phó Cụm thi đua số 2 năm 2026.
            Kết quả chấm điểm: - Phường Sông Công: 93,0 điểm.
            """));

        var blocs = FactAssembler.Blocs([decision, neighbour, notice], id => id);

        var thaiNguyen = Assert.Single(blocs, b => b.Province == "Thái Nguyên");
        Assert.Contains(thaiNguyen.Leaders, l => l.Year == 2026 && l.Unit == "Phường Phổ Yên");
        Assert.Contains(thaiNguyen.Leaders, l => l.Year == 2025 && l.Unit == "Phường Sông Công");
        var tuyenQuang = Assert.Single(blocs, b => b.Province == "Tuyên Quang");
        Assert.DoesNotContain(tuyenQuang.Leaders, l => l.Year == 2026);
        Assert.DoesNotContain(blocs, b => b.Province is null);
    }

    [Fact]
    public void ANoticeSharingNoUnitsStaysWithoutAProvince()
    {
        var decision = FactExtractor.Extract(FactDocuments.Text("qd", "Quyết định chia cụm thi đua năm 2025", """
            UBND TỈNH THÁI NGUYÊN
            STT | Cụm thi đua | Các xã, phường thành viên
            1 | Cụm thi đua số 2 | Phường Phổ Yên, phường Vạn Xuân
            """));
        var notice = FactExtractor.Extract(FactDocuments.Text("tb", "Thông báo Cụm thi đua số 2 năm 2025", """
            Hội nghị suy tôn phường Tân Lập làm Cụm trưởng Cụm thi đua số 2 năm 2026.
            """));

        var blocs = FactAssembler.Blocs([decision, notice], id => id);

        Assert.Contains(blocs, b => b.Province is null && b.Leaders.Any(l => l.Unit == "Phường Tân Lập"));
        Assert.DoesNotContain(blocs.Single(b => b.Province == "Thái Nguyên").Leaders, l => l.Year == 2026);
    }

    [Fact]
    public void TheUnitPutFirstTakesTheFlagWhenTheProposalNamesNoRecipient()
    {
        var document = FactDocuments.Text("tb-02", "Thông báo kết luận hội nghị tổng kết năm 2025 Cụm thi đua số 3", """
            Ngày 12/12/2025, Cụm thi đua số 3 tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025.
            3. Thống nhất suy tôn xã Mường Hung dẫn đầu Cụm thi đua số 3 năm 2025, đề nghị UBND tỉnh tặng Cờ thi đua; đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho xã Chiềng Khương và xã Quỳnh Nhai.
            """);

        var awards = FactExtractor.Extract(document).Blocs.OfType<AwardFact>().ToList();

        var flag = Assert.Single(awards, a => a.Form == "Cờ thi đua");
        Assert.Equal(["Xã Mường Hung"], flag.Recipients);
        Assert.True(flag.Proposed);
        Assert.Equal(["Xã Chiềng Khương", "Xã Quỳnh Nhai"], Assert.Single(awards, a => a.Form == "Bằng khen").Recipients);
    }

    [Fact]
    public void ANoteThatAUnitMovedFromAnotherBlocKeepsItInTheBlocOfItsRow()
    {
        var document = FactDocuments.Text("ds-2025", "Danh sách khối thi đua năm 2025", """
            UBND TỈNH SƠN LA
            STT | Khối thi đua | Tên cơ quan, đơn vị | Ghi chú
            1 | Khối thi đua số 4 | Sở Giáo dục và Đào tạo |
            2 |  | Sở Y tế |
            3 |  | Bảo hiểm xã hội tỉnh | Chuyển từ Khối thi đua số 8
            """);

        var rosters = FactExtractor.Extract(document).Blocs.OfType<MembersFact>().ToList();

        Assert.Equal(["Sở Giáo dục và Đào tạo", "Sở Y tế", "Bảo hiểm xã hội tỉnh"], Assert.Single(rosters).Members);
        Assert.Equal(4, rosters[0].Bloc.Number);
    }
}
