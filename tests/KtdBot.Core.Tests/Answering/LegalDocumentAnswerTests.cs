using KtdBot.Core.Tests.Support;

namespace KtdBot.Core.Tests.Answering;

/// <summary>The bot over ../shared/real-documents (an empty folder when it is absent: every test then skips).</summary>
public sealed class RealDocumentsFixture() : BotFixture(RealDocuments.Find() ?? Directory.CreateTempSubdirectory("ktdbot-no-real-").FullName);

/// <summary>Questions about a named document — who signed it, when, from when it is in force, what it replaces — answered from its record.</summary>
public sealed class LegalDocumentAnswerTests(RealDocumentsFixture bot) : IClassFixture<RealDocumentsFixture>
{
    [RealDocumentsFact]
    public async Task TheSignerOfAMinistrysDecisionIsTheViceMinisterSigningForTheMinister()
    {
        var answer = await bot.AssertAnswersAsync("Quyết định 3621/QĐ-BYT ai ký?", "Vũ Mạnh Hà", "KT. Bộ trưởng");

        // Cited by its own record, not by its file name: number, subject, issuer and signing date.
        Assert.Contains(answer.Citations, c => c.Title.StartsWith("Quyết định 3621/QĐ-BYT", StringComparison.Ordinal) && c.Source == "Bộ Y tế, 24/11/2025");
    }

    [RealDocumentsFact]
    public Task ADecreeCitedByAnExplainerIsInForceFromTheDateTheExplainerStates() =>
        bot.AssertAnswersAsync("nghị định 152 có hiệu lực từ bao giờ", "Nghị định 152/2025/NĐ-CP có hiệu lực từ ngày 1/7/2025");

    [RealDocumentsFact]
    public Task ADecisionTakingEffectOnSigningGivesItsSigningDate() =>
        bot.AssertAnswersAsync("qđ 3621 có hiệu lực khi nào", "kể từ ngày ký (24/11/2025)");

    [RealDocumentsFact]
    public Task AProvincesDecisionNamedByShorthandAndProvinceGivesItsEffectiveDate() =>
        bot.AssertAnswersAsync("QĐ 86 của Bắc Ninh có hiệu lực từ khi nào?", "Quyết định 86/2025/QĐ-UBND", "15/12/2025");

    [RealDocumentsFact]
    public Task WhatADecisionReplacesIsTheDecisionItsClosingArticleNames() =>
        bot.AssertAnswersAsync("qd 71/2025 ha noi thay the quyet dinh nao", "thay thế Quyết định số 35/2024/QĐ-UBND");

    [RealDocumentsFact]
    public async Task APlanNamedByKindAndProvinceGivesItsSignerAndDateNotAnotherProvincesPlan()
    {
        var answer = await bot.AssertAnswersAsync("ke hoach dot thi dua cua dak lak do ai ky, ban hanh ngay nao", "Đào Mỹ", "18/11/2025");

        Assert.DoesNotContain("Phùng Thành Vinh", answer.Text, StringComparison.Ordinal);
    }

    [RealDocumentsFact]
    public async Task AFollowUpAsksAboutTheDocumentOfThePreviousAnswer()
    {
        var conversation = Guid.NewGuid().ToString("N");
        var first = await bot.AskAsync("QĐ 3621/QĐ-BYT ban hành ngày nào?", conversation);
        var second = await bot.AskAsync("văn bản đó ai ký?", conversation);

        Assert.Contains("24/11/2025", first.Text, StringComparison.Ordinal);
        Assert.True(second.Grounded, second.Text);
        Assert.Contains("Vũ Mạnh Hà", second.Text, StringComparison.Ordinal);
    }

    [RealDocumentsFact]
    public async Task APlanThatStatesNoEffectiveDateIsDeclinedWithWhatItDoesState()
    {
        var answer = await bot.AskAsync("Kế hoạch 982/KH-UBND có hiệu lực từ ngày nào?");

        Assert.False(answer.Grounded, answer.Text);
        Assert.Contains("không ghi ngày có hiệu lực", answer.Text, StringComparison.Ordinal);
        Assert.Contains("19/11/2025", answer.Text, StringComparison.Ordinal);
    }

    [RealDocumentsFact]
    public async Task ANumberHeldOnlyForAnotherProvinceIsNotAnsweredWithThatDocument()
    {
        var answer = await bot.AskAsync("Quyết định 86 của Hà Nội do ai ký?");

        Assert.False(answer.Grounded, answer.Text);
        Assert.DoesNotContain("Phạm Hoàng Sơn", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Bắc Ninh", answer.Text, StringComparison.Ordinal);
    }

    [RealDocumentsFact]
    public Task AListOneDocumentGivesIsQuotedThoughNoTitleRecordsExist() =>
        bot.AssertAnswersAsync("danh hieu vinh du nha nuoc gom nhung danh hieu nao", "Bà mẹ Việt Nam anh hùng", "Nghệ nhân nhân dân");

    [RealDocumentsFact]
    public async Task ADeclineInAFolderWithoutBlocsSuggestsNoBloc()
    {
        var answer = await bot.AssertDeclinesAsync("giá vé xe buýt Hà Nội bao nhiêu");
        Assert.DoesNotContain(answer.Suggestions, s => s.Contains("Khối thi đua", StringComparison.Ordinal));
    }
}
