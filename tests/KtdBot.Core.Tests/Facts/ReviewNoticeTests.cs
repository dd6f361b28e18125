using KtdBot.Facts;

namespace KtdBot.Core.Tests.Facts;

/// <summary>Review conferences as notices and newspapers announce them.</summary>
public sealed class ReviewNoticeTests
{
    [Fact]
    public void ANoticesLabelledItemsGiveTheDayAndPlaceNotTheDateOfTheRegulationItCites()
    {
        var document = FactDocuments.Text("tb-18", "THÔNG BÁO Về việc tổ chức Hội nghị tổng kết năm 2026", """
            Căn cứ Quy chế ban hành kèm theo Quyết định số 35/2025/QĐ-UBND ngày 10/10/2025 của UBND tỉnh Gia Lai; Thuế tỉnh Gia Lai, Khối trưởng Khối thi đua số 1, thông báo tổ chức Hội nghị tổng kết như sau:

            1. Thời gian: 08 giờ 00, thứ Sáu, ngày 18/12/2026.

            2. Địa điểm: Hội trường tầng 3, Thuế tỉnh Gia Lai.

            3. Chủ trì: ông Huỳnh Văn Lộc, Trưởng Thuế tỉnh Gia Lai.
            """);

        var review = Assert.Single(FactExtractor.Extract(document).Blocs.OfType<ReviewFact>());

        Assert.Equal("2026-12-18", review.Date);
        Assert.Equal("Hội trường tầng 3, Thuế tỉnh Gia Lai", review.Place);
        Assert.StartsWith("Huỳnh Văn Lộc", review.Chair, StringComparison.Ordinal);
    }

    [Fact]
    public void TheChairIsThePersonBeforeChuTriNotWordsAfterDoThi()
    {
        var document = FactDocuments.Text("glo-5", "Khối thi đua số 5 tổng kết công tác thi đua, khen thưởng năm 2025", """
            Chiều 22/12, tại phường Pleiku, Khối thi đua số 5 của tỉnh Gia Lai tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2025.
            Ông Trần Quốc Bảo - Giám đốc Công ty Cổ phần Môi trường Đô thị Gia Lai, Khối trưởng năm 2025 - chủ trì hội nghị.
            """);

        var reviews = FactExtractor.Extract(document).Blocs.OfType<ReviewFact>().ToList();

        Assert.Contains(reviews, r => r.Date == "2025-12-22" && r.Chair!.StartsWith("Trần Quốc Bảo", StringComparison.Ordinal));
        Assert.DoesNotContain(reviews, r => r.Chair!.StartsWith("thị", StringComparison.Ordinal));
    }

    [Fact]
    public void APageNamingAMergedProvincesCompaniesIsAboutTheProvinceItMergedInto()
    {
        var document = FactDocuments.Text("glo-xs", "Khối thi đua số 5 tổng kết năm 2025", """
            Khối thi đua số 5 gồm các doanh nghiệp nhà nước tỉnh Gia Lai tổ chức hội nghị tổng kết năm 2025.
            Công ty TNHH Xổ số kiến thiết Bình Định dẫn đầu khối; Công ty TNHH MTV Khai thác công trình thủy lợi Bình Định và Công ty Cổ phần Sách Bình Định được đề nghị tặng Bằng khen.
            """);

        Assert.All(FactExtractor.Extract(document).Blocs, f => Assert.Equal("Gia Lai", f.Bloc.Province));
    }
}
