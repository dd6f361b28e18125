using System.Text;
using KtdBot.Facts;
using KtdBot.Ingestion;

namespace KtdBot.Core.Tests.Facts;

/// <summary>Records of administrative and legal documents: letterhead, signature block, closing articles, cited documents.</summary>
public sealed class LegalDocumentReaderTests
{
    // A ministry's decision as a DOCX gives it: one paragraph a block, the signature in the right cell of a table.
    private const string Decision = """
        BỘ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc

        Số: 1234/QĐ-BYT | Hà Nội, ngày 05 tháng 3 năm 2025

        QUYẾT ĐỊNH

        VỀ VIỆC BAN HÀNH QUY TRÌNH XÉT TẶNG KỶ NIỆM CHƯƠNG VÌ SỨC KHỎE NHÂN DÂN

        BỘ TRƯỞNG BỘ Y TẾ

        Căn cứ Nghị định số 42/2025/NĐ-CP ngày 27 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Y tế;

        QUYẾT ĐỊNH:

        Điều 1. Ban hành kèm theo Quyết định này Quy trình xét tặng Kỷ niệm chương Vì sức khỏe nhân dân của Bộ Y tế.

        Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

        Điều 3. Chánh Văn phòng Bộ và thủ trưởng các đơn vị chịu trách nhiệm thi hành Quyết định này./.

        Nơi nhận: - Như Điều 3; - Lưu: VT. | KT. BỘ TRƯỞNG THỨ TRƯỞNG (Đã ký) Vũ Mạnh Hà
        """;

    [Fact]
    public void ADecisionTakingEffectOnSigningIsInForceFromItsDate()
    {
        var record = Own(Document("qd-1234", Decision));

        Assert.Equal("Quyết định", record.Kind);
        Assert.Equal("1234/QĐ-BYT", record.Number);
        Assert.Equal("Bộ Y tế", record.Issuer?.Value);
        Assert.Equal("2025-03-05", record.SignedOn?.Value);
        Assert.Equal("Vũ Mạnh Hà", record.Signer?.Name);
        Assert.Equal("Thứ trưởng", record.Signer?.Title);
        Assert.Equal("KT. Bộ trưởng", record.Signer?.OnBehalfOf);
        Assert.True(record.Effective?.FromSigning);
        Assert.Equal("2025-03-05", record.Effective?.Date);
        Assert.Equal("Quyết định này có hiệu lực kể từ ngày ký.", record.Effective?.Evidence.Text.Replace("Điều 2. ", string.Empty, StringComparison.Ordinal));
        Assert.StartsWith("Về việc ban hành quy trình xét tặng", record.Subject?.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void ADecisionSignedByAViceChairmanOnBehalfOfTheChairmanNamesBoth()
    {
        var text = Decision.Replace("BỘ Y TẾ |", "ỦY BAN NHÂN DÂN TỈNH SƠN LA |", StringComparison.Ordinal)
            .Replace("KT. BỘ TRƯỞNG THỨ TRƯỞNG (Đã ký) Vũ Mạnh Hà", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Vũ Mạnh Hà", StringComparison.Ordinal);

        var record = Own(Document("qd-son-la", text));

        Assert.Equal("Phó Chủ tịch", record.Signer?.Title);
        Assert.Equal("KT. Chủ tịch", record.Signer?.OnBehalfOf);
        Assert.Equal("Sơn La", record.Province);
        Assert.Equal("Ủy ban nhân dân tỉnh Sơn La", record.Issuer?.Value);
    }

    // A plan crawled to Markdown: emphasis marks, cells bordered by lone "|", every line hard-wrapped.
    private const string Plan = """
        |
        **ỦY BAN NHÂN DÂN
        **
        TỈNH ĐẮK LẮK
        -------
        |
        **CỘNG HÒA XÃ HỘI
        CHỦ NGHĨA VIỆT NAM**
        Độc lập - Tự do - Hạnh phúc
        |
        Số: 0456/KH-UBND
        |
        *Đắk Lắk, ngày 18
        tháng 11 năm 2025*
        |

        **KẾ HOẠCH**

        TỔ CHỨC PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO" NĂM 2026

        Thực hiện Quyết định số 2437/QĐ-TTg ngày 04/11/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai
        Đợt thi đua, UBND tỉnh ban hành Kế hoạch như sau:

        **I. MỤC ĐÍCH, YÊU CẦU**

        Phát huy tinh thần thi đua trong toàn tỉnh.

        |
        Nơi nhận:
        - Thường trực Tỉnh ủy;
        - Lưu: VT, NV.
        |
        **TM. ỦY BAN
        NHÂN DÂN**
        KT. CHỦ TỊCH
        **PHÓ CHỦ TỊCH**
        **Nguyễn
        Thị Hòa**
        |
        """;

    [Fact]
    public void APlanSignedOnBehalfOfTheCommitteeGivesItsSignerWithoutAnEffectiveDate()
    {
        var facts = FactExtractor.Extract(Document("kh-0456", Plan));
        var record = Assert.Single(facts.Documents, d => !d.Cited);

        Assert.Equal("Kế hoạch 0456/KH-UBND", record.Name);
        Assert.Equal("Ủy ban nhân dân tỉnh Đắk Lắk", record.Issuer?.Value);
        Assert.Equal("Đắk Lắk", record.Province);
        Assert.Equal("2025-11-18", record.SignedOn?.Value);
        Assert.Equal("Nguyễn Thị Hòa", record.Signer?.Name);
        Assert.Equal("Phó Chủ tịch", record.Signer?.Title);
        Assert.Equal("TM. Ủy ban nhân dân, KT. Chủ tịch", record.Signer?.OnBehalfOf);
        Assert.Null(record.Effective);

        // The decision it carries out is cited with its date and issuer, as the sentence states them.
        var cited = Assert.Single(facts.Documents, d => d.Cited);
        Assert.Equal("Quyết định 2437/QĐ-TTg", cited.Name);
        Assert.Equal("2025-11-04", cited.SignedOn?.Value);
        Assert.Equal("Thủ tướng Chính phủ", cited.Issuer?.Value);
    }

    [Fact]
    public void RulesThatReplaceAnOlderDecisionNameItAndWhatTheyRepeal()
    {
        var text = """
            ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc

            Số: 25/2025/QĐ-UBND | Quảng Trị, ngày 02 tháng 12 năm 2025

            QUYẾT ĐỊNH

            Ban hành Quy chế thi đua, khen thưởng tỉnh Quảng Trị

            Xét đề nghị của Giám đốc Sở Nội vụ, đề nghị ban hành Quy chế thay thế Quyết định số 40/2020/QĐ-UBND;

            Điều 1. Ban hành kèm theo Quyết định này Quy chế thi đua, khen thưởng tỉnh Quảng Trị.

            Điều 2. Quyết định này có hiệu lực thi hành từ ngày 15/12/2025 và thay thế Quyết định số 12/2021/QĐ-UBND ngày 20 tháng 4 năm 2021 của Ủy ban nhân dân tỉnh Quảng Trị ban hành Quy chế thi đua, khen thưởng. Bãi bỏ Quyết định số 08/2023/QĐ-UBND ngày 10 tháng 3 năm 2023 của Ủy ban nhân dân tỉnh Quảng Trị.

            Nơi nhận: - Như Điều 3; | TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Lê Văn Minh
            """;

        var record = Own(Document("qd-25", text));

        Assert.Equal("2025-12-15", record.Effective?.Date);
        Assert.False(record.Effective?.FromSigning);
        Assert.Equal(2, record.Replaces.Count);
        Assert.Equal("Quyết định số 12/2021/QĐ-UBND ngày 20 tháng 4 năm 2021 của Ủy ban nhân dân tỉnh Quảng Trị", record.Replaces[0].Document);
        Assert.False(record.Replaces[0].Repealed);
        Assert.StartsWith("Quyết định số 08/2023/QĐ-UBND", record.Replaces[1].Document, StringComparison.Ordinal);
        Assert.True(record.Replaces[1].Repealed);
        // The preamble's "thay thế Quyết định số 40/2020" is what was proposed, not what the decision orders.
        Assert.DoesNotContain(record.Replaces, r => r.Document.Contains("40/2020", StringComparison.Ordinal));
        Assert.Equal("Lê Văn Minh", record.Signer?.Name);
        Assert.Equal("Chủ tịch", record.Signer?.Title);
        Assert.Equal("TM. Ủy ban nhân dân", record.Signer?.OnBehalfOf);
    }

    [Fact]
    public void RulesOfTheirOwnThatReplaceOlderRulesNameTheDecisionThatIssuedThem()
    {
        var text = """
            HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH LẠNG SƠN

            Lạng Sơn, ngày 20 tháng 12 năm 2025

            QUY CHẾ

            Tổ chức và hoạt động của các khối, cụm thi đua thuộc tỉnh

            Chương I. QUY ĐỊNH CHUNG

            Điều 1. Quy chế này quy định việc tổ chức và hoạt động của các khối, cụm thi đua.

            Điều 20. Hiệu lực thi hành. Quy chế này có hiệu lực từ ngày 01/01/2026 và thay thế Quy chế ban hành kèm theo Quyết định số 05/2022/QĐ-HĐTĐKT ngày 10 tháng 3 năm 2022 của Hội đồng Thi đua - Khen thưởng tỉnh.

            Nơi nhận: - Các khối, cụm thi đua; | TM. HỘI ĐỒNG KT. CHỦ TỊCH PHÓ CHỦ TỊCH THƯỜNG TRỰC (Đã ký) Hà Quang Trung
            """;

        var record = Own(Document("quy-che-khoi-cum", text));

        Assert.Equal("Quy chế", record.Kind);
        Assert.Null(record.Number);
        Assert.Equal("2025-12-20", record.SignedOn?.Value);
        Assert.Equal("2026-01-01", record.Effective?.Date);
        var replaced = Assert.Single(record.Replaces);
        Assert.StartsWith("Quyết định số 05/2022/QĐ-HĐTĐKT ngày 10 tháng 3 năm 2022", replaced.Document, StringComparison.Ordinal);
        Assert.False(replaced.Repealed);
        Assert.Equal("Phó Chủ tịch thường trực", record.Signer?.Title);
        Assert.Equal("TM. Hội đồng, KT. Chủ tịch", record.Signer?.OnBehalfOf);
    }

    [Fact]
    public void AResolutionSignedByTheChairInPersonGivesTheChairEvenWithTheTitleWrapped()
    {
        var text = """
            |
            **HỘI
            ĐỒNG NHÂN DÂN **
            **THÀNH PHỐ HÀ NỘI**
            |
            Số:
            12/2025/NQ-HĐND
            |
            *Hà Nội, ngày 10 tháng 12 năm 2025*
            |

            **NGHỊ QUYẾT**

            VỀ CHÍNH SÁCH KHEN THƯỞNG

            **Điều 5.** Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.

            |
            Nơi nhận:
            - Như Điều 4;
            - Lưu: VT.
            |
            **CHỦ
            TỊCH**
            Trần Thị Lan
            |
            """;

        var record = Own(Document("nq-12", text));

        Assert.Equal("Nghị quyết 12/2025/NQ-HĐND", record.Name);
        Assert.Equal("Trần Thị Lan", record.Signer?.Name);
        Assert.Equal("Chủ tịch", record.Signer?.Title);
        Assert.Null(record.Signer?.OnBehalfOf);
        Assert.Equal("2026-01-01", record.Effective?.Date);
        Assert.Equal("Hà Nội", record.Province);
    }

    [Fact]
    public async Task ATypedNoticeWithItsColumnsReadLineByLineGivesItsSigner()
    {
        // What a PDF's text layer gives: the recipients and the signature block side by side, line by line.
        var text = """
            ỦY BAN NHÂN DÂN                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            HUYỆN MƯỜNG LA                                Độc lập - Tự do - Hạnh phúc
            Số: 15/TB-UBND                           Mường La, ngày 09 tháng 01 năm 2026

                                           THÔNG BÁO
                        Kết quả bình xét thi đua năm 2025

            Ủy ban nhân dân huyện thông báo kết quả bình xét thi đua năm 2025 của các xã như sau: xã Ít Ong dẫn đầu.

            Nơi nhận:                                       TM. ỦY BAN NHÂN DÂN
            - Các xã;                                             KT. CHỦ TỊCH
            - Lưu: VT.                                           PHÓ CHỦ TỊCH
                                                                    (Đã ký)
                                                                Lò Văn Bình
            """;

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var document = await new TextDocumentExtractor().ExtractAsync(stream, "tb-15.txt", CancellationToken.None);

        var record = Own(document);

        Assert.Equal("Thông báo 15/TB-UBND", record.Name);
        Assert.Equal("2026-01-09", record.SignedOn?.Value);
        Assert.Equal("Lò Văn Bình", record.Signer?.Name);
        Assert.Equal("Phó Chủ tịch", record.Signer?.Title);
        Assert.Equal("Ủy ban nhân dân huyện Mường La", record.Issuer?.Value);
    }

    [Fact]
    public void AnExplainerGivesTheRecordOfTheDecreeItStatesTheEffectOfAndNothingOfItsOwn()
    {
        var text = """
            Ngày 14/6/2025, Chính phủ đã ban hành Nghị định 152/2025/NĐ-CP quy định chi tiết Luật Thi đua, khen thưởng.

            Theo đó, tiền thưởng được tính trên cơ sở mức lương cơ sở.

            Trước đây, khoản 3 Điều 9 Nghị định 91/2017/NĐ-CP (hết hiệu lực từ ngày 1/1/2024) quy định tỷ lệ 15%.

            Lưu ý: Nghị định 152/2025/NĐ-CP có hiệu lực từ ngày 01/7/2025.
            """;

        var facts = FactExtractor.Extract(FactDocuments.Text("tvpl-nd152", "Mức thưởng từ ngày 01/7/2025 là bao nhiêu?", text));

        Assert.DoesNotContain(facts.Documents, d => !d.Cited);
        Assert.DoesNotContain(facts.Documents, d => d.Number == "91/2017/NĐ-CP"); // "hết hiệu lực" is not "có hiệu lực"
        var effect = Assert.Single(facts.Documents, d => d.Effective is not null);
        Assert.Equal("Nghị định 152/2025/NĐ-CP", effect.Name);
        Assert.Equal("2025-07-01", effect.Effective!.Date);
        Assert.Equal("Lưu ý: Nghị định 152/2025/NĐ-CP có hiệu lực từ ngày 01/7/2025.", effect.Effective.Evidence.Text);
        var issued = Assert.Single(facts.Documents, d => d.SignedOn is not null);
        Assert.Equal("2025-06-14", issued.SignedOn!.Value);
        Assert.Equal("Chính phủ", issued.Issuer?.Value);
    }

    [Fact]
    public void ANewsArticleQuotingADecisionHasNoRecordOfItsOwn()
    {
        var text = """
            Chiều 18/3, Khối thi đua 11 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.

            Chủ tịch UBND tỉnh đã ký quyết định tặng Cờ thi đua cho Sở Tài chính.
            """;

        var facts = FactExtractor.Extract(FactDocuments.Text("bao-khoi-11", "QUYẾT TÂM HOÀN THÀNH NHIỆM VỤ NĂM 2025", text));

        Assert.Empty(facts.Documents);
    }

    private static ExtractedDocument Document(string id, string text) =>
        new(id, id, [new DocumentSection(string.Empty, text)], new DocumentSource("không rõ", null, id), new Dictionary<string, string>());

    private static LegalDocumentFact Own(ExtractedDocument document) => Assert.Single(FactExtractor.Extract(document).Documents, d => !d.Cited);
}
