using KtdBot.Facts;

namespace KtdBot.Core.Tests.Facts;

/// <summary>Units renamed or merged in the 2025 reorganisation, as decisions and rosters write it.</summary>
public sealed class SuccessionTests
{
    [Fact]
    public void ReadsMergersBesideTheNewNameInSentencesAndNotes()
    {
        var document = FactDocuments.Text("qd-1412", "Quyết định điều chỉnh khối thi đua năm 2025", """
            3. Khối thi đua số 3 gồm 05 đơn vị: Sở Công Thương; Sở Xây dựng (hợp nhất Sở Xây dựng và Sở Giao thông vận tải); Thuế tỉnh Cao Bằng (trước đây là Cục Thuế tỉnh).
            2. Khối thi đua số 2: đưa Sở Kế hoạch và Đầu tư ra khỏi khối do hợp nhất vào Sở Tài chính từ ngày 01/3/2025.
            1. Khối thi đua số 1: đổi tên Cục Thi hành án dân sự tỉnh thành Thi hành án dân sự tỉnh Cao Bằng; khối gồm 06 đơn vị.
            | STT | Tên đơn vị | Ghi chú |
            | 10 | Sở Nội vụ | Hợp nhất Sở Nội vụ và Sở Lao động - Thương binh và Xã hội |
            """);

        var successions = FactExtractor.Extract(document).Successions.Select(s => (s.Old, s.New, s.Merged)).ToList();

        Assert.Contains(("Sở Giao thông vận tải", "Sở Xây dựng", (bool?)true), successions);
        Assert.Contains(("Cục Thuế tỉnh", "Thuế tỉnh Cao Bằng", (bool?)false), successions);
        Assert.Contains(("Sở Kế hoạch và Đầu tư", "Sở Tài chính", (bool?)true), successions);
        Assert.Contains(("Cục Thi hành án dân sự tỉnh", "Thi hành án dân sự tỉnh Cao Bằng", (bool?)false), successions);
        Assert.Contains(("Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ", (bool?)true), successions);
        Assert.DoesNotContain(successions, s => s.Old == s.New); // "Sở Xây dựng (hợp nhất Sở Xây dựng và …)"
    }

    [Fact]
    public void ReadsATableOfOldAndNewNames()
    {
        var document = FactDocuments.Text("doi-ten", "Danh sách đơn vị đổi tên", """
            | STT | Tên đơn vị cũ | Tên đơn vị mới |
            | 1 | Kho bạc Nhà nước tỉnh | Kho bạc Nhà nước khu vực VI |
            """);

        var succession = Assert.Single(FactExtractor.Extract(document).Successions);

        Assert.Equal(("Kho bạc Nhà nước tỉnh", "Kho bạc Nhà nước khu vực VI"), (succession.Old, succession.New));
        Assert.Empty(FactExtractor.Extract(document).Blocs); // not a roster
    }

    [Fact]
    public void ReadsRewardMultiplesSetWithDotLeaders()
    {
        var document = FactDocuments.Text("tb-112", "THÔNG BÁO Về mức tiền thưởng", """
            Mức lương cơ sở hiện hành là 2.340.000 đồng/tháng.
            2. Hệ số tiền thưởng (số lần mức lương cơ sở)
            - Cờ thi đua của UBND tỉnh ............................. 8,0 lần
            - Lao động tiên tiến, Chiến sĩ tiên tiến ............... 0,3 lần
            """);

        var amounts = FactExtractor.Extract(document).Amounts.Select(a => (a.Title, a.Multiple)).ToList();

        Assert.Contains(("Cờ thi đua của UBND tỉnh", 8.0m), amounts);
        Assert.Contains(("Lao động tiên tiến, Chiến sĩ tiên tiến", 0.3m), amounts);
    }
}
