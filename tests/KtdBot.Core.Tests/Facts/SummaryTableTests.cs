using KtdBot.Facts;

namespace KtdBot.Core.Tests.Facts;

/// <summary>Spreadsheet-style tables: a bloc column in Roman numerals over merged cells, one summary row per bloc.</summary>
public sealed class SummaryTableTests
{
    [Fact]
    public void ARomanBlocColumnMergedDownItsGroupGivesEachBlocItsMembers()
    {
        // Merged cells come out empty on the group's later rows; the empty first cells must keep the columns in place.
        var document = FactDocuments.Text("ds-2024", "Danh sách các khối thi đua thuộc tỉnh năm 2024", """
            UBND TỈNH THANH HÓA
            Khối | Tên khối | STT | Tên cơ quan, đơn vị | Ghi chú
            I | KHỐI TỔNG HỢP | 1 | Văn phòng UBND tỉnh
             |  | 2 | Sở Nội vụ
             |  | 3 | Sở KH&ĐT | Từ 01/3/2025 hợp nhất vào Sở Tài chính
            IV | KHỐI NỘI CHÍNH | 1 | Công an tỉnh
             |  | 2 | Tòa án nhân dân tỉnh
            """);

        var rosters = FactExtractor.Extract(document).Blocs.OfType<MembersFact>().ToDictionary(m => m.Bloc.Number!.Value);

        Assert.Equal(["Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở KH&ĐT"], rosters[1].Members);
        Assert.Equal(["Công an tỉnh", "Tòa án nhân dân tỉnh"], rosters[4].Members);
        Assert.Equal("Khối Nội Chính", rosters[4].Bloc.Descriptor);
        Assert.All(rosters.Values, r => Assert.Equal(2024, r.Year));
    }

    [Fact]
    public void ASummaryRowPerBlocGivesItsLeaderDeputyLeadingUnitAndConferenceDay()
    {
        var document = FactDocuments.Text("kt-kp", "Khối trưởng, khối phó các khối thi đua năm 2024", """
            UBND TỈNH THANH HÓA
            Khối | Khối trưởng năm 2024 | Khối phó năm 2024 | Đơn vị dẫn đầu (Cờ thi đua UBND tỉnh năm 2024) | Ngày hội nghị tổng kết
            Khối I | Sở KH&ĐT | Văn phòng UBND tỉnh | Sở Nội vụ | 26/12/2024
            Khối IV | Viện Kiểm sát nhân dân tỉnh | Tòa án nhân dân tỉnh | Bộ Chỉ huy Quân sự tỉnh | 08/01/2025
            """);

        var facts = FactExtractor.Extract(document).Blocs;

        Assert.Empty(facts.OfType<MembersFact>());
        var roles = facts.OfType<RoleFact>().Select(r => (r.Bloc.Number, r.Year, r.Deputy, r.Unit)).ToList();
        Assert.Contains((4, 2024, false, "Viện Kiểm sát nhân dân tỉnh"), roles);
        Assert.Contains((4, 2024, true, "Tòa án nhân dân tỉnh"), roles);
        var award = Assert.Single(facts.OfType<AwardFact>(), a => a.Bloc.Number == 4);
        Assert.Equal(("Cờ thi đua", "UBND tỉnh", false), (award.Form, award.Giver, award.Proposed));
        Assert.Equal(["Bộ Chỉ huy Quân sự tỉnh"], award.Recipients);
        var review = Assert.Single(facts.OfType<ReviewFact>(), r => r.Bloc.Number == 4);
        Assert.Equal(("2025-01-08", 2024), (review.Date, review.Year));
    }

    [Fact]
    public void AScoreTableCountsTheBlocsMarkNotTheSelfAssessedOne()
    {
        var document = FactDocuments.Text("bc", "Báo cáo tổng kết Khối thi đua số 2 tỉnh Lạng Sơn năm 2024", """
            TT | Đơn vị | Tự chấm | Khối chấm | Xếp hạng
            1 | Sở Xây dựng | 98,0 | 97,5 | 1
            2 | Sở Công Thương | 96,5 | 96,0 | 2
            """);

        var scores = FactExtractor.Extract(document).Blocs.OfType<ScoreFact>().ToDictionary(s => s.Unit);

        Assert.Equal("97,5", scores["Sở Xây dựng"].Points);
        Assert.Equal("96,0", scores["Sở Công Thương"].Points);
        Assert.Equal(2, scores["Sở Công Thương"].Bloc.Number);
    }

    [Fact]
    public void ANamedBlocKeepsItsCapitalisedWordsAndCommas()
    {
        var document = FactDocuments.Text("qd-98", "Quyết định chia khối thi đua năm 2024 tỉnh Lạng Sơn", """
            5. Khối các cơ quan Đảng, Mặt trận và đoàn thể tỉnh (06 đơn vị)
            TT | Cơ quan, đơn vị | Nhiệm vụ trong khối
            1 | Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh | Thành viên
            2 | Hội Liên hiệp Phụ nữ tỉnh | Khối trưởng
            """);

        var facts = FactExtractor.Extract(document).Blocs;

        var roster = Assert.Single(facts.OfType<MembersFact>());
        Assert.Equal("Khối các cơ quan Đảng, Mặt trận và đoàn thể", roster.Bloc.Name);
        Assert.Equal("Hội Liên hiệp Phụ nữ tỉnh", Assert.Single(facts.OfType<RoleFact>()).Unit);
    }
}
