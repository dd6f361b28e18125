using KtdBot.Core.Tests.Support;

namespace KtdBot.Core.Tests.Answering;

/// <summary>
/// A folder of raw legal texts as crawled (hard-wrapped lines, Markdown emphasis, clause markers, a signature block)
/// and a Q&amp;A article, with no hand-written records: every answer is a quoted clause or sentence.
/// </summary>
public sealed class ExtractiveAnswersFixture() : BotFixture(CreateFolder())
{
    // A provincial decision: its number on a line of its own, articles split from their numbers, lists after lead-ins.
    private const string Decision = """
        |
        **ỦY BAN NHÂN
        DÂN **
        TỈNH QUẢNG TRỊ
        |
        **CỘNG HÒA XÃ
        HỘI CHỦ NGHĨA VIỆT NAM**
        |
        Số:
        45/2025/QĐ-UBND
        |
        *Quảng Trị, ngày
        12 tháng 11 năm 2025*
        |

        **QUYẾT ĐỊNH**

        BAN HÀNH QUY ĐỊNH VỀ CÔNG TÁC THI ĐUA, KHEN THƯỞNG
        TỈNH QUẢNG TRỊ

        *Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6
        năm 2022;*

        **Điều
        1.****
        **Ban hành kèm theo Quyết định này Quy định về công tác thi đua, khen thưởng tỉnh Quảng Trị.

        **Điều
        2.****
        **Quyết định này có hiệu lực kể từ ngày 25 tháng 11 năm 2025.

        **Điều
        3.****
        **Bãi bỏ Quyết định số 20/2023/QĐ-UBND ngày 10 tháng 5 năm 2023 của Ủy ban nhân dân tỉnh
        Quảng Trị về công tác thi đua, khen thưởng.

        |
        **TM. ỦY BAN NHÂN
        DÂN**
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Hoàng Nam Khánh
        |

        **QUY ĐỊNH**

        **Điều
        4.** **Danh hiệu Lao động tiên tiến**

        1. Danh hiệu “Lao động tiên
        tiến” để tặng hằng năm cho cán bộ, công chức, viên chức đạt các tiêu chuẩn sau
        đây:

        a) Hoàn thành tốt nhiệm vụ
        trở lên;

        b) Có tinh thần tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia
        phong trào thi đua.

        **Điều
        5.** **Thời gian gửi hồ sơ**

        Các cụm, khối thi đua gửi hồ sơ đề nghị khen thưởng tổng kết năm về Sở Nội vụ
        trước ngày 15/12 hằng năm.
        """;

    // A Q&A article quoting the law, then concluding in its own words.
    private const string Article = """
        # Không có sáng kiến có được xét Chiến sĩ thi đua cơ sở không?

        **Không có sáng kiến có được xét danh hiệu Chiến sĩ thi đua cơ sở không?**

        Căn cứ theo Điều 23 Luật Thi đua, khen thưởng 2022 quy định như sau:

        Danh hiệu “Chiến sĩ thi đua cơ sở” để tặng cho cá nhân đạt các tiêu chuẩn sau đây:

        1. Đạt tiêu chuẩn danh hiệu “Lao động tiên tiến” hoặc “Chiến sĩ tiên tiến”;

        2. Hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến được cơ sở công nhận.

        Như vậy, không bắt buộc phải có sáng kiến: cá nhân hoàn thành xuất sắc nhiệm vụ vẫn được xét danh hiệu Chiến sĩ thi đua cơ sở.
        """;

    private static string CreateFolder()
    {
        var folder = Directory.CreateTempSubdirectory("ktdbot-extractive-").FullName;
        File.WriteAllText(Path.Combine(folder, "qd45-2025-quang-tri.md"), Decision);
        File.WriteAllText(Path.Combine(folder, "cstdcs-khong-can-sang-kien.md"), Article);
        return folder;
    }
}

public sealed class ExtractiveAnswerTests(ExtractiveAnswersFixture bot) : IClassFixture<ExtractiveAnswersFixture>
{
    [Fact]
    public async Task QuotesTheCriteriaListUnderItsArticle()
    {
        var answer = await bot.AskAsync("Tiêu chuẩn danh hiệu Lao động tiên tiến đối với cán bộ, công chức ở Quảng Trị là gì?");

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains("Theo Điều 4 Quy định ban hành kèm theo Quyết định 45/2025/QĐ-UBND", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Hoàn thành tốt nhiệm vụ trở lên", answer.Text, StringComparison.Ordinal);
        Assert.Contains("tự lực, tự cường", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersADeadlineWithTheSentenceThatHoldsTheDate()
    {
        var answer = await bot.AskAsync("Quảng Trị: các cụm, khối thi đua gửi hồ sơ khen thưởng tổng kết năm trước ngày nào?");

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains("15/12", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NamesWhoSignedFromTheSignatureBlock()
    {
        var answer = await bot.AskAsync("Quyết định 45/2025/QĐ-UBND của Quảng Trị do ai ký?");

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains("Hoàng Nam Khánh", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersAYesNoQuestionWithTheWritersConclusionAndTheClauseItRestsOn()
    {
        var answer = await bot.AskAsync("ko co sang kien thi co dc de nghi cstdcs ko");

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains("không bắt buộc phải có sáng kiến", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Hoàn thành xuất sắc nhiệm vụ", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersBothPartsOfATwoPartQuestion()
    {
        var answer = await bot.AskAsync("qd 45/2025 cua quang tri hieu luc tu khi nao, thay the van ban nao");

        // Answered from the decision's record: its effective date, and the decision its closing article repeals.
        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains("có hiệu lực từ ngày 25/11/2025", answer.Text, StringComparison.Ordinal);
        Assert.Contains("20/2023/QĐ-UBND", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeclinesAHowManyQuestionNoSentenceCounts()
    {
        // The decision mentions the blocs, never how many there are.
        var answer = await bot.AskAsync("Tỉnh Quảng Trị hiện có bao nhiêu cụm, khối thi đua?");

        Assert.False(answer.Grounded, answer.Text);
    }

    [Fact]
    public async Task NeverQuotesTheQuestionAnArticleAsksItself()
    {
        var answer = await bot.AskAsync("Không có sáng kiến có được xét danh hiệu Chiến sĩ thi đua cơ sở không?");

        Assert.True(answer.Grounded, answer.Text);
        Assert.DoesNotContain("Chiến sĩ thi đua cơ sở không?", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeclinesAProvinceTheDocumentsNeverMentionAndSaysWhichTheyCover()
    {
        var answer = await bot.AskAsync("Ở Thanh Hóa, các cụm, khối thi đua gửi hồ sơ khen thưởng tổng kết năm trước ngày nào?");

        Assert.False(answer.Grounded, answer.Text);
        Assert.DoesNotContain("15/12", answer.Text, StringComparison.Ordinal);
        Assert.Contains("không nhắc đến Thanh Hóa", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Quảng Trị", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeclinesWhenNoSentenceHoldsTheKindOfAnswerAsked()
    {
        // The documents give a deadline, never a number of days to settle a dossier.
        var answer = await bot.AskAsync("Quảng Trị giải quyết hồ sơ khen thưởng tổng kết năm trong bao nhiêu ngày?");

        Assert.False(answer.Grounded, answer.Text);
    }

    [Fact]
    public async Task DeclinesADateQuestionAboutAYearNoDocumentCovers()
    {
        var answer = await bot.AskAsync("Năm 2027 quyết định về thi đua của Quảng Trị có hiệu lực từ ngày nào?");

        Assert.False(answer.Grounded, answer.Text);
    }
}
