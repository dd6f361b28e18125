namespace KtdBot.Core.Tests.Facts;

/// <summary>Follow-ups over Cao Bằng's documents: the conference, the unit and the year of the previous answer.</summary>
public sealed class CaoBangConversationTests(CaoBangFolderFixture bot) : IClassFixture<CaoBangFolderFixture>
{
    [Fact]
    public async Task TheConferencePointedBackToIsTheBlocsBeingDiscussed()
    {
        var answers = await bot.ConverseAsync("Cum thi dua cac xa, phuong so 1 tong ket nam 2025 vao ngay nao?", "hoi nghi do ai chu tri");

        Assert.True(answers[1].Grounded, answers[1].Text);
        Assert.Contains("Bế Văn Quyết", answers[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hoàng Minh Tuấn", answers[1].Text, StringComparison.Ordinal); // Khối 2's chair
    }

    [Fact]
    public async Task TheScoreAskedNextIsTheLeadingUnitsInTheSameYear()
    {
        var answers = await bot.ConverseAsync("khối 2 năm 2025 đơn vị nào dẫn đầu?", "được bao nhiêu điểm");

        Assert.StartsWith("Thành tích năm 2025: Cờ thi đua", answers[0].Text, StringComparison.Ordinal);
        Assert.True(answers[1].Grounded, answers[1].Text);
        Assert.Contains("Sở Tài chính", answers[1].Text, StringComparison.Ordinal);
        Assert.Contains("98,5", answers[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KhoiDoAfterAUnitsBlocIsThatBlocInThatYear()
    {
        var answers = await bot.ConverseAsync("sở tư pháp năm 2024 thuộc khối nào", "khối trưởng khối đó là ai");

        Assert.True(answers[1].Grounded, answers[1].Text);
        Assert.StartsWith("Năm 2024, khối trưởng Khối thi đua số 1", answers[1].Text, StringComparison.Ordinal);
        Assert.Contains("Sở Tư pháp", answers[1].Text, StringComparison.Ordinal);
    }
}
