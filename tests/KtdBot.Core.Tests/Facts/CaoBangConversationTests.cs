namespace KtdBot.Core.Tests.Facts;

/// <summary>Follow-ups over Cao Bằng's documents: the conference, the unit and the year of the previous answer.</summary>
public sealed class CaoBangConversationTests(CaoBangFolderFixture bot) : IClassFixture<CaoBangFolderFixture>
{
    [Fact]
    public async Task TheConferencePointedBackToIsTheBlocsBeingDiscussed()
    {
        var conversation = Guid.NewGuid().ToString("N");
        await bot.AskAsync("Cum thi dua cac xa, phuong so 1 tong ket nam 2025 vao ngay nao?", conversation);

        var answer = await bot.AskAsync("hoi nghi do ai chu tri", conversation);

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains("Bế Văn Quyết", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hoàng Minh Tuấn", answer.Text, StringComparison.Ordinal); // Khối 2's chair
    }

    [Fact]
    public async Task TheScoreAskedNextIsTheLeadingUnitsInTheSameYear()
    {
        var conversation = Guid.NewGuid().ToString("N");
        var leading = await bot.AskAsync("khối 2 năm 2025 đơn vị nào dẫn đầu?", conversation);

        var answer = await bot.AskAsync("được bao nhiêu điểm", conversation);

        Assert.StartsWith("Thành tích năm 2025: Cờ thi đua", leading.Text, StringComparison.Ordinal);
        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains("Sở Tài chính", answer.Text, StringComparison.Ordinal);
        Assert.Contains("98,5", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KhoiDoAfterAUnitsBlocIsThatBlocInThatYear()
    {
        var conversation = Guid.NewGuid().ToString("N");
        await bot.AskAsync("sở tư pháp năm 2024 thuộc khối nào", conversation);

        var answer = await bot.AskAsync("khối trưởng khối đó là ai", conversation);

        Assert.True(answer.Grounded, answer.Text);
        Assert.StartsWith("Năm 2024, khối trưởng Khối thi đua số 1", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Sở Tư pháp", answer.Text, StringComparison.Ordinal);
    }
}
