using KtdBot.Core.Tests.Support;

namespace KtdBot.Core.Tests.Facts;

/// <summary>Lào Cai's folder (tests/eval/folders/province-h): a reward table with "Cá nhân / Tập thể" in one row, a quy chế.</summary>
public sealed class LaoCaiFolderFixture() : BotFixture(Path.Combine(AppContext.BaseDirectory, "eval", "folders", "province-h"));

public sealed class LaoCaiFolderTests(LaoCaiFolderFixture bot) : IClassFixture<LaoCaiFolderFixture>
{
    [Fact]
    public Task ARowForBothRecipientsGivesEachItsMultiple() =>
        bot.AssertAnswersAsync("bang khen chu tich ubnd tinh cho tap the thuong bao nhieu", "Tập thể: 3 lần mức lương cơ sở", "7.020.000");

    [Fact]
    public Task ATotalForSeveralPeopleRoundsEachRewardFirst() =>
        bot.AssertAnswersAsync("don vi co 10 nguoi dat LDTT thi tong tien thuong la bao nhieu", "10 × 710.000 = 7.100.000 đồng");

    [Fact]
    public Task ARuleForEveryBlocQuotesTheRegulation() =>
        bot.AssertAnswersAsync("khoi co 7 thanh vien thi dc de nghi toi da may bang khen", "tối đa 03 đơn vị");

    [Fact]
    public Task ADocumentNumberAfterTheBlocWordIsNoCluster() =>
        bot.AssertAnswersAsync("quy che khoi cum thi dua 35/2025 thay the nhung van ban nao", "12/2023/QĐ-UBND", "07/2023/QĐ-UBND");

    [Fact]
    public Task TheRoleHandedOverAtAYearsReviewIsTheNextYears() =>
        bot.AssertAnswersAsync("Sau tổng kết năm 2025, Khối 1 chuyển giao nhiệm vụ khối trưởng cho đơn vị nào?", "Năm 2026", "Sở Nội vụ");
}
