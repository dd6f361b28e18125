using KtdBot.Facts;

namespace KtdBot.Core.Tests.Facts;

/// <summary>Campaign plans whose parts are headings of their own (Markdown, Word) and whose launch is a ceremony.</summary>
public sealed class CampaignPlanTests
{
    [Fact]
    public void APlansPartsUnderHeadingsAndItsCeremonyAreRead()
    {
        var document = FactDocuments.Sections(
            "kh-168",
            "KẾ HOẠCH Tổ chức phong trào thi đua \"Chung sức xây dựng chính quyền số, phục vụ Nhân dân\" giai đoạn 2025 - 2027",
            ("I. MỤC ĐÍCH, YÊU CẦU", "1. Đẩy mạnh chuyển đổi số trong cơ quan nhà nước."),
            ("III. NỘI DUNG VÀ CHỈ TIÊU THI ĐUA", "- 100% hồ sơ được số hóa.\n- Từ 70% người dân có tài khoản định danh điện tử."),
            ("IV. HÌNH THỨC TỔ CHỨC", "1. Lễ phát động phong trào thi đua được tổ chức ngày 12/9/2025 tại Trung tâm Hội nghị tỉnh, do Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh phát động."),
            ("V. THỜI GIAN THỰC HIỆN", "- Sơ kết 01 năm: tháng 12/2026.\n- Tổng kết: quý IV/2027."));

        var campaign = Assert.Single(FactExtractor.Extract(document).Campaigns);

        Assert.Equal(("Chủ tịch UBND tỉnh", "2025-09-12"), (campaign.LaunchedBy, campaign.LaunchedOn));
        Assert.Contains(campaign.Criteria, c => c.Contains("70% người dân", StringComparison.Ordinal));
        Assert.Contains(campaign.KeyDates, d => d.Contains("tháng 12/2026", StringComparison.Ordinal));
        Assert.Contains("Đẩy mạnh chuyển đổi số", campaign.Purpose, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLauncherNamedBeforeTheCeremonyIsRead()
    {
        var document = FactDocuments.Sections(
            "kh-son-la",
            "KẾ HOẠCH Tổ chức phong trào thi đua \"Sơn La số - Vì dân phục vụ\" giai đoạn 2025 - 2027",
            ("II. PHÁT ĐỘNG VÀ ĐỐI TƯỢNG THAM GIA", "- **Cấp phát động:** Chủ tịch UBND tỉnh phát động Phong trào tại Lễ phát động tổ chức ngày **10/10/2025** tại Hội trường Trung tâm Hội nghị tỉnh."));

        var campaign = Assert.Single(FactExtractor.Extract(document).Campaigns);

        Assert.Equal("2025-10-10", campaign.LaunchedOn);
        Assert.Contains("Chủ tịch UBND tỉnh", campaign.LaunchedBy, StringComparison.Ordinal);
    }
}
