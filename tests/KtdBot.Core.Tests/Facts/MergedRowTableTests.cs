using KtdBot.Facts;

namespace KtdBot.Core.Tests.Facts;

/// <summary>
/// Decisions that title each bloc on a merged row inside one table, mark the leader and deputy with an "x" in their
/// columns, shorten "thi đua" to "TĐ", number blocs in Roman capitals, and amend a year's leader later.
/// </summary>
public sealed class MergedRowTableTests
{
    [Fact]
    public void BlocTitlesOnMergedRowsSplitOneTableIntoBlocsWithTheirMarkedRoles()
    {
        var document = FactDocuments.Text("qd-1850-2025", "Quyết định về việc sắp xếp các khối thi đua năm 2025", """
            CÁC KHỐI THI ĐUA THUỘC TỈNH VÀ PHÂN CÔNG KHỐI TRƯỞNG, KHỐI PHÓ NĂM 2025

            STT | Tên cơ quan, đơn vị | Khối trưởng | Khối phó

            KHỐI THI ĐUA SỐ 1 - KHỐI CÁC CƠ QUAN TỔNG HỢP (03 đơn vị)

            1 | Văn phòng Ủy ban nhân dân tỉnh | x

            2 | Sở Tài chính |  | x

            3 | Sở Tư pháp

            KHỐI THI ĐUA SỐ 5 - KHỐI CÁC ĐƠN VỊ SỰ NGHIỆP (03 đơn vị)

            1 | Vườn quốc gia Yok Đôn | x

            2 | Vườn quốc gia Chư Yang Sin

            3 | Quỹ Đầu tư phát triển tỉnh |  | x
            """, date: "2025-08-25");

        var facts = FactExtractor.Extract(document).Blocs;

        var rosters = facts.OfType<MembersFact>().ToDictionary(m => m.Bloc.Number!.Value, m => m.Members);
        Assert.Equal(["Văn phòng Ủy ban nhân dân tỉnh", "Sở Tài chính", "Sở Tư pháp"], rosters[1]);
        Assert.Equal(["Vườn quốc gia Yok Đôn", "Vườn quốc gia Chư Yang Sin", "Quỹ Đầu tư phát triển tỉnh"], rosters[5]);
        var roles = facts.OfType<RoleFact>().Select(r => (r.Bloc.Number, r.Year, r.Deputy, r.Unit)).ToList();
        Assert.Contains((1, 2025, false, "Văn phòng Ủy ban nhân dân tỉnh"), roles);
        Assert.Contains((1, 2025, true, "Sở Tài chính"), roles);
        Assert.Contains((5, 2025, false, "Vườn quốc gia Yok Đôn"), roles);
        Assert.Contains((5, 2025, true, "Quỹ Đầu tư phát triển tỉnh"), roles);
    }

    [Fact]
    public void ATitleAboveEachTableStaysOutsideTheTables()
    {
        var document = FactDocuments.Text("qd-0187-2024", "Quyết định phân chia khối thi đua năm 2024", """
            KHỐI I: KHỐI CÁC CƠ QUAN TỔNG HỢP (02 đơn vị)

            STT | Tên cơ quan, đơn vị | Ghi chú

            1 | Sở Kế hoạch và Đầu tư | Khối trưởng

            2 | Sở Tài chính | Khối phó

            KHỐI IV: KHỐI CÁC ĐƠN VỊ SỰ NGHIỆP (02 đơn vị)

            STT | Tên cơ quan, đơn vị | Ghi chú

            1 | Đài Phát thanh và Truyền hình tỉnh | Khối trưởng

            2 | Trường Chính trị tỉnh | Khối phó
            """, date: "2024-01-24");

        var rosters = FactExtractor.Extract(document).Blocs.OfType<MembersFact>().ToDictionary(m => m.Bloc.Number!.Value, m => m.Members);

        Assert.Equal(["Sở Kế hoạch và Đầu tư", "Sở Tài chính"], rosters[1]);
        Assert.Equal(["Đài Phát thanh và Truyền hình tỉnh", "Trường Chính trị tỉnh"], rosters[4]); // "KHỐI IV" in capitals is a bloc
    }

    [Fact]
    public void AWorkbookShorthandForBlocsAndUnitsIsWrittenOutFromItsLegend()
    {
        var document = FactDocuments.Text("danh-sach-2026", "DANH SÁCH KHỐI THI ĐUA VÀ PHÂN CÔNG KHỐI TRƯỞNG, KHỐI PHÓ NĂM 2026", """
            STT | Khối/Cụm thi đua | Tên cơ quan, đơn vị | Phân công năm 2026 |  | Ghi chú
             |  |  | KT | KP
            1 | Khối TĐ số 3 (Văn hóa - Xã hội) | Sở Y tế
            2 |  | Sở GD&ĐT | x
            3 |  | Báo và PT-TH tỉnh |  | x
            4 |  | Sở DT&TG |  |  | Trước đây là Ban Dân tộc tỉnh
            Ghi chú (ký hiệu, chữ viết tắt):
            KT: Khối trưởng; KP: Khối phó; TĐ: thi đua;
            GD&ĐT: Giáo dục và Đào tạo; DT&TG: Dân tộc và Tôn giáo;
            PT-TH: Phát thanh, Truyền hình.
            """, date: "2026-01-14");

        var facts = FactExtractor.Extract(document);

        var roster = Assert.Single(facts.Blocs.OfType<MembersFact>());
        Assert.Equal(3, roster.Bloc.Number);
        Assert.Equal(["Sở Y tế", "Sở Giáo dục và Đào tạo", "Báo và Phát thanh, Truyền hình tỉnh", "Sở Dân tộc và Tôn giáo"], roster.Members);
        Assert.Contains(facts.Blocs.OfType<RoleFact>(), r => r.Year == 2026 && !r.Deputy && r.Unit == "Sở Giáo dục và Đào tạo");
        Assert.Contains(facts.Successions, s => s.Old == "Ban Dân tộc tỉnh" && s.New == "Sở Dân tộc và Tôn giáo");
    }

    [Fact]
    public void AnAmendmentThatNamesTheNewLeaderIsAHandOverOfThatYear()
    {
        var document = FactDocuments.Text("tb-12-2026", "Thông báo tổ chức Hội nghị tổng kết năm 2026 của Khối thi đua số 4", """
            Căn cứ Quyết định số 1127/QĐ-UBND ngày 15/5/2026 của UBND tỉnh về việc điều chỉnh Khối trưởng Khối thi đua số 4 năm 2026, theo đó Bộ Chỉ huy Bộ đội Biên phòng tỉnh thay Bộ Chỉ huy Quân sự tỉnh làm Khối trưởng Khối thi đua số 4 năm 2026; Tòa án nhân dân tỉnh tiếp tục làm Khối phó;
            """, date: "2026-11-24");

        var roles = FactExtractor.Extract(document).Blocs.OfType<RoleFact>().ToList();

        var leader = Assert.Single(roles, r => !r.Deputy);
        Assert.Equal(("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", 2026, true), (leader.Unit, leader.Year, leader.Handover));
        Assert.Contains(roles, r => r.Deputy && r.Year == 2026 && r.Unit == "Tòa án nhân dân tỉnh");
    }

    [Fact]
    public void AnElectionResultLabelledWithItsYearGivesBothRolesWholeNames()
    {
        var document = FactDocuments.Text("bang-diem-khoi-3-2025", "Bảng tổng hợp điểm Khối thi đua số 3 năm 2025", """
            Kết quả bầu Khối trưởng, Khối phó năm 2026: Khối trưởng - Sở Giáo dục và Đào tạo; Khối phó - Sở Văn hóa, Thể thao và Du lịch.
            """, date: "2025-12-17");

        var roles = FactExtractor.Extract(document).Blocs.OfType<RoleFact>().Select(r => (r.Year, r.Deputy, r.Unit)).ToList();

        Assert.Contains((2026, false, "Sở Giáo dục và Đào tạo"), roles);
        Assert.Contains((2026, true, "Sở Văn hóa, Thể thao và Du lịch"), roles);
    }

    [Fact]
    public void AnAmendmentThatNamesTheOldHolderAfterTheRoleReplacesBothRolesOfTheYear()
    {
        var document = FactDocuments.Text("tb-38-2026", "Thông báo tổ chức Hội nghị tổng kết năm 2026 của Khối thi đua số 3", """
            Căn cứ Quyết định số 2875/QĐ-UBND ngày 05/10/2026 của UBND tỉnh về việc điều chỉnh Khối trưởng, Khối phó Khối thi đua số 3 năm 2026, theo đó Văn phòng UBND tỉnh làm Khối trưởng thay Sở Tư pháp và Sở Tư pháp làm Khối phó thay Thanh tra tỉnh;
            """, date: "2026-11-20");

        var roles = FactExtractor.Extract(document).Blocs.OfType<RoleFact>().Select(r => (r.Year, r.Deputy, r.Unit, r.Handover)).ToList();

        Assert.Equal([(2026, false, "Văn phòng UBND tỉnh", true), (2026, true, "Sở Tư pháp", true)], roles.Order());
    }

    [Fact]
    public void ATableOfUnitsBeforeAndAfterTheMergerStillDividesThemIntoBlocs()
    {
        var document = FactDocuments.Text("qd-1520-2025", "Quyết định phân chia khối thi đua năm 2025", """
            STT | Tên cơ quan, đơn vị (sau sắp xếp) | Cơ quan, đơn vị trước sắp xếp | Khối trưởng | Khối phó

            KHỐI THI ĐUA SỐ 2 - KHỐI KINH TẾ - KỸ THUẬT

            1 | Sở Nông nghiệp và Môi trường | Sở Nông nghiệp và Phát triển nông thôn, Sở Tài nguyên và Môi trường | x |

            2 | Sở Xây dựng | Sở Xây dựng, Sở Giao thông vận tải |  | x

            3 | Sở Khoa học và Công nghệ | Sở Khoa học và Công nghệ, Sở Thông tin và Truyền thông
            """, date: "2025-08-18");

        var facts = FactExtractor.Extract(document);

        var members = Assert.Single(facts.Blocs.OfType<MembersFact>());
        Assert.Equal((2, "KHỐI KINH TẾ - KỸ THUẬT"), (members.Bloc.Number, members.Bloc.Descriptor));
        Assert.Equal(["Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Khoa học và Công nghệ"], members.Members);
        Assert.Contains(facts.Blocs.OfType<RoleFact>(), r => r.Deputy && r.Unit == "Sở Xây dựng");
        Assert.Contains(facts.Successions, s => s.Old == "Sở Giao thông vận tải" && s.New == "Sở Xây dựng");
    }

    [Fact]
    public void ABareNumberUnderAClusterColumnIsACluster()
    {
        var document = FactDocuments.Text("ds-cum-2026", "Danh sách cụm thi đua các xã, phường năm 2026", """
            STT | Tên cơ quan, đơn vị | Cụm thi đua | Cụm trưởng

            1 | Phường Long An | 1 | x

            2 | Phường Tân An | 1

            3 | Xã Đức Hòa | 3 | x
            """, date: "2026-01-12");

        var rosters = FactExtractor.Extract(document).Blocs.OfType<MembersFact>().ToList();

        Assert.All(rosters, r => Assert.Equal(KtdBot.Knowledge.BlocKind.Cum, r.Bloc.Kind));
        Assert.Equal([1, 3], rosters.Select(r => r.Bloc.Number!.Value).Order());
    }

    [Fact]
    public void AScoreSheetsSummaryRowsAreNeitherMembersNorABloc()
    {
        var document = FactDocuments.Text("bang-diem-khoi-1-2025", "BẢNG TỔNG HỢP ĐIỂM CHẤM THI ĐUA NĂM 2025 - KHỐI THI ĐUA SỐ 1", """
            STT | Cơ quan, đơn vị | Điểm tự chấm | Điểm khối chấm | Xếp hạng

            1 | Sở Tài chính | 98 | 97.5 | 1

            2 | Sở Công Thương | 97 | 95.5 | 2

             | Điểm bình quân của khối |  | 94.08333333333333 |

             | Tổng số phiếu hợp lệ |  |  | 6
            """, date: "2026-12-02");

        var facts = FactExtractor.Extract(document).Blocs;

        Assert.All(facts, f => Assert.Equal(1, f.Bloc.Number));
        var scores = facts.OfType<ScoreFact>().ToList();
        Assert.Equal(["Sở Tài chính", "Sở Công Thương"], scores.Select(s => s.Unit));
        Assert.All(scores, s => Assert.Equal(2025, s.Year)); // the sheet's title, not the file's date
    }

    [Fact]
    public void ADecisionRecognisingLeadersIsNoHandOver()
    {
        var document = FactDocuments.Text("ds-khoi-2026", "Danh sách khối thi đua năm 2026", """
            DANH SÁCH KHỐI THI ĐUA CÁC SỞ, BAN, NGÀNH TỈNH NĂM 2026 (Kèm theo Quyết định số 95/QĐ-UBND ngày 12/01/2026 của UBND tỉnh về việc công nhận Khối trưởng, Khối phó năm 2026)
            """);

        Assert.DoesNotContain(FactExtractor.Extract(document).Blocs, f => f is RoleFact);
    }
}
