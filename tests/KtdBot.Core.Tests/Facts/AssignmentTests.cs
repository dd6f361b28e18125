using KtdBot.Facts;

namespace KtdBot.Core.Tests.Facts;

/// <summary>Roles of several blocs assigned in one article of a decision.</summary>
public sealed class AssignmentTests
{
    private static List<(int? Number, bool Deputy, string Unit, int? Year)> Roles(string text) =>
        FactExtractor.Extract(FactDocuments.Text("qd-415", "Quyết định kiện toàn các khối, cụm thi đua năm 2025", text))
            .Blocs.OfType<RoleFact>().Select(r => (r.Bloc.Number, r.Deputy, r.Unit, r.Year)).ToList();

    [Fact]
    public void ReadsTheLeaderOfEachBlocFromAnArticleList()
    {
        var roles = Roles("""
            UBND TỈNH QUẢNG NINH
            Điều 2. Giao nhiệm vụ Khối trưởng các khối thi đua năm 2025 như sau:
            a) Khối thi đua số 1: Viện Kiểm sát nhân dân tỉnh;
            b) Khối thi đua số 2: Sở Tư pháp;
            Điều 3. Tổ chức thực hiện.
            """);

        Assert.Contains((1, false, "Viện Kiểm sát nhân dân tỉnh", 2025), roles);
        Assert.Contains((2, false, "Sở Tư pháp", 2025), roles);
    }

    [Fact]
    public void ReadsDeputiesGivenInTurnOnlyWhenTheCountsAgree()
    {
        var roles = Roles("""
            UBND TỈNH QUẢNG NINH
            Khối phó các khối thi đua số 1, 2 và 3 năm 2025 lần lượt là: Công an tỉnh, Sở Giáo dục và Đào tạo, Agribank chi nhánh tỉnh Quảng Ninh.
            Khối trưởng các khối thi đua số 4 và 5 năm 2025 lần lượt là: Sở Y tế.
            """);

        Assert.Contains((1, true, "Công an tỉnh", 2025), roles);
        Assert.Contains((2, true, "Sở Giáo dục và Đào tạo", 2025), roles);
        Assert.Contains((3, true, "Agribank chi nhánh tỉnh Quảng Ninh", 2025), roles);
        Assert.DoesNotContain(roles, r => r.Number is 4 or 5);
    }

    [Fact]
    public void ReadsARoleInBracketsAfterItsUnit()
    {
        var roles = Roles("""
            UBND TỈNH QUẢNG NINH
            Cụm trưởng, Cụm phó năm 2025: Cụm thi đua số 1 là thành phố Móng Cái (Cụm trưởng) và thị xã Quảng Yên (Cụm phó); Cụm thi đua số 2 là huyện Đầm Hà (Cụm trưởng).
            """);

        Assert.Contains((1, false, "Thành phố Móng Cái", 2025), roles);
        Assert.Contains((1, true, "Thị xã Quảng Yên", 2025), roles);
        Assert.Contains((2, false, "Huyện Đầm Hà", 2025), roles);
    }
}

/// <summary>Role codes in a roster's role column, defined by its legend.</summary>
public sealed class RoleCodeTests
{
    private const string Roster = """
        UBND TỈNH QUẢNG NINH
        DANH SÁCH CÁC KHỐI THI ĐUA THUỘC TỈNH NĂM 2026
        STT | Khối thi đua | Tên cơ quan, đơn vị | Vai trò
        1 | Khối 1 (Nội chính) | Công an tỉnh | KT
        2 |  | Tòa án nhân dân tỉnh | KP
        3 |  | Viện Kiểm sát nhân dân tỉnh | Khối trưởng năm 2025
        """;

    [Fact]
    public void ACodeTheLegendDefinesMarksTheRoleAndANotedYearKeepsItsYear()
    {
        var roles = Read(Roster + "\nGhi chú: KT: Khối trưởng; KP: Khối phó năm 2026.");

        Assert.Contains((false, "Công an tỉnh", 2026), roles);
        Assert.Contains((true, "Tòa án nhân dân tỉnh", 2026), roles);
        Assert.Contains((false, "Viện Kiểm sát nhân dân tỉnh", 2025), roles);
    }

    [Fact]
    public void WithoutALegendACodeMeansNothing()
    {
        var roles = Read(Roster);

        Assert.DoesNotContain(roles, r => r.Unit is "Công an tỉnh" or "Tòa án nhân dân tỉnh");
    }

    private static List<(bool Deputy, string Unit, int? Year)> Read(string text) =>
        FactExtractor.Extract(FactDocuments.Text("pl-156", "Phụ lục danh sách khối thi đua năm 2026", text))
            .Blocs.OfType<RoleFact>().Select(r => (r.Deputy, r.Unit, r.Year)).ToList();
}
