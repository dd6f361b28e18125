using KtdBot.Facts;

namespace KtdBot.Core.Tests.Facts;

/// <summary>A report that names a bloc by the phrase the decision uses to describe a numbered bloc.</summary>
public sealed class DescribedBlocTests
{
    private static DocumentFacts Decision() => FactExtractor.Extract(FactDocuments.Text("qd", "Quyết định chia khối thi đua năm 2024", """
        UBND TỈNH SƠN LA
        Khối thi đua số 6 (Khối MTTQ và các tổ chức chính trị - xã hội) gồm 03 đơn vị: Ủy ban MTTQ Việt Nam tỉnh, Liên đoàn Lao động tỉnh, Tỉnh đoàn Sơn La.
        """, "2024-02-06"));

    [Fact]
    public void AReportTitledWithTheDescriptorJoinsTheNumberedBloc()
    {
        var report = FactExtractor.Extract(FactDocuments.Text("mttq", "Khối thi đua MTTQ và các tổ chức chính trị - xã hội tỉnh Sơn La tổng kết năm 2024", """
            Ngày 18/12/2024, Khối thi đua MTTQ và các tổ chức chính trị - xã hội tỉnh Sơn La tổ chức hội nghị tổng kết công tác thi đua năm 2024.
            Hội nghị suy tôn Liên đoàn Lao động tỉnh làm Khối trưởng Khối thi đua MTTQ và các tổ chức chính trị - xã hội năm 2025.
            """, "2024-12-19"));

        var blocs = FactAssembler.Blocs([Decision(), report], id => id);

        var bloc = Assert.Single(blocs);
        Assert.Equal(6, bloc.Number);
        Assert.Equal(3, bloc.Members.Count);
        Assert.Contains(bloc.Leaders, l => l.Year == 2025 && l.Unit == "Liên đoàn Lao động tỉnh");
    }

    [Fact]
    public void ANameOfAnotherProvinceStaysItsOwnBloc()
    {
        var report = FactExtractor.Extract(FactDocuments.Text("db", "Khối thi đua MTTQ và các tổ chức chính trị - xã hội tỉnh Điện Biên tổng kết năm 2024", """
            Hội nghị suy tôn Hội Nông dân tỉnh làm Khối trưởng Khối thi đua MTTQ và các tổ chức chính trị - xã hội tỉnh Điện Biên năm 2025.
            """, "2024-12-19"));

        var blocs = FactAssembler.Blocs([Decision(), report], id => id);

        Assert.Equal(2, blocs.Count);
        Assert.DoesNotContain(blocs.Single(b => b.Number == 6).Leaders, l => l.Unit == "Hội Nông dân tỉnh");
    }
}
