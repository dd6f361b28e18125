using System.Text;
using KtdBot.Core.Tests.Ingestion;
using KtdBot.Documents;
using KtdBot.Ingestion;

namespace KtdBot.Core.Tests.Documents;

public sealed class HtmlDocumentExtractorTests
{
    private readonly HtmlDocumentExtractor _extractor = new();

    [Fact]
    public async Task KeepsOnlyTheArticleOfANoisyNewsPage()
    {
        var document = await ExtractAsync(NewsSamples.Html, "khoi-6-tong-ket.html");

        Assert.Equal(NewsSamples.Title, document.Title);
        Assert.Collection(
            document.Sections,
            lead =>
            {
                Assert.Equal(string.Empty, lead.Heading);
                Assert.Equal([NewsSamples.Lead, NewsSamples.SigningCaption, NewsSamples.Movements], Paragraphs(lead));
            },
            results =>
            {
                Assert.Equal("Kết quả nổi bật", results.Heading);
                Assert.Equal(
                    [
                        NewsSamples.Results,
                        "Hình thức khen thưởng | Tập thể | Cá nhân",
                        "Cờ thi đua của UBND tỉnh | 3 | 0",
                        "Bằng khen của Chủ tịch UBND tỉnh | 27 | 112",
                        NewsSamples.SpeakerCaptionWithCredit,
                    ],
                    Paragraphs(results));
            },
            plans =>
            {
                Assert.Equal("Phương hướng năm 2025", plans.Heading);
                Assert.Equal([NewsSamples.Plans], Paragraphs(plans));
            });
    }

    [Fact]
    public async Task RemovesNavigationWeatherShareCommentsAndRelatedArticleTeasers()
    {
        var document = await ExtractAsync(NewsSamples.Html, "khoi-6-tong-ket.html");
        var text = AllText(document);

        foreach (var furniture in NewsSamples.Furniture)
        {
            Assert.DoesNotContain(furniture, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ReadsTitlePublicationDateAndAuthorFromPageMetadata()
    {
        var document = await ExtractAsync(NewsSamples.Html, "khoi-6-tong-ket.html");

        Assert.Equal(new DocumentSource(NewsSamples.Publication, "2025-01-15", NewsSamples.Title, "Minh Khoa", "khoi-6-tong-ket.html"), document.Source);
    }

    [Fact]
    public async Task GivesTheSameArticleAsThePlainTextCopyOfThePage()
    {
        var fromHtml = await ExtractAsync(NewsSamples.Html, "trang.html");
        var fromText = await new TextDocumentExtractor().ExtractAsync(new MemoryStream(Encoding.UTF8.GetBytes(NewsSamples.PlainText)), "trang.txt", CancellationToken.None);

        string[] Prose(ExtractedDocument d) => d.Sections.SelectMany(Paragraphs).Where(p => !p.Contains(" | ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(Prose(fromText), Prose(fromHtml));
    }

    [Fact]
    public async Task FallsBackToBlockTextsWhenThePageHasNoArticleElement()
    {
        var html = $"""
            <html><head><title>{NewsSamples.Title} | Báo Kiên Thành</title></head>
            <body>
              <div class="top"><div class="thoi-tiet">Kiên Thành 29°C</div></div>
              <div class="menu-top"><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a> <a href="/kinh-te">Kinh tế</a></div>
              <div id="wrapper">
                <div class="col-left">
                  <div class="title-news">{NewsSamples.Title}</div>
                  <div class="ngay-dang">Thứ tư, 15/01/2025 | 16:05:10</div>
                  <div class="noi-dung-tin">
                    <div>{NewsSamples.Lead}</div>
                    <div>{NewsSamples.SigningCaption}</div>
                    <div>{NewsSamples.SigningCaption}</div>
                    <div>{NewsSamples.Movements}</div>
                    <div><b>Kết quả nổi bật</b></div>
                    <div>{NewsSamples.Results}</div>
                    <div><b>Phương hướng năm 2025</b></div>
                    <div>{NewsSamples.Plans}</div>
                    <div>MINH KHOA</div>
                  </div>
                  <div class="other">
                    <div>Tin khác</div>
                    <div><a href="/a">Kiên Thành khai mạc Hội chợ xuân 2025 với hơn 200 gian hàng</a></div>
                  </div>
                </div>
              </div>
              <div class="bottom">POWERED BY ONECMS - A PRODUCT OF NEKO</div>
            </body></html>
            """;

        var document = await ExtractAsync(html, "khong-the-article.htm");

        Assert.Equal(NewsSamples.Title, document.Title);
        Assert.Equal("Báo Kiên Thành", document.Source.Publication);
        Assert.Equal("2025-01-15", document.Source.Date);
        Assert.Equal("MINH KHOA", document.Source.Author);
        Assert.Equal(["", "Kết quả nổi bật", "Phương hướng năm 2025"], document.Sections.Select(s => s.Heading));
        Assert.Equal(
            [NewsSamples.Lead, NewsSamples.SigningCaption, NewsSamples.Movements, NewsSamples.Results, NewsSamples.Plans],
            document.Sections.SelectMany(Paragraphs));
    }

    [Fact]
    public async Task RemovesRelatedArticleTeasersUnderABareHeading()
    {
        // No wrapper, no telling class: the heading and the teasers sit among the article's own paragraphs.
        var html = $"""
            <html><head><meta property="og:title" content="{NewsSamples.Title}"></head><body>
            <div class="content">
              <h1>{NewsSamples.Title}</h1>
              <p>{NewsSamples.Lead}</p>
              <p>{NewsSamples.Movements}</p>
              <h2>Có thể bạn quan tâm</h2>
              <p>Cử tri vùng sâu nô nức đi bầu cử từ sáng sớm</p>
              <p>Sáng 15/3, cử tri các xã vùng sâu của tỉnh Kiên Thành đã có mặt tại các điểm bỏ phiếu từ sớm để thực hiện quyền và nghĩa vụ công dân, nhiều điểm hoàn thành bỏ phiếu trước 9 giờ.</p>
            </div></body></html>
            """;

        var document = await ExtractAsync(html, "khoi-6.html");

        Assert.Equal([NewsSamples.Lead, NewsSamples.Movements], document.Sections.SelectMany(Paragraphs));
    }

    [Fact]
    public async Task UsesTheVisibleHeadlineToFindTheArticleWhenOgTitleIsWordedDifferently()
    {
        var html = $"""
            <html><head><meta property="og:title" content="Khối thi đua số 6 tổng kết năm 2024"></head><body>
            <article>
              <div class="category">Thi đua - Khen thưởng</div>
              <h1>{NewsSamples.Title}</h1>
              <p>{NewsSamples.Lead}</p>
              <p>{NewsSamples.Movements}</p>
            </article>
            <div class="sapo">Một đoạn giới thiệu của bài khác, đặt sau bài viết chính trên trang.</div>
            </body></html>
            """;

        var document = await ExtractAsync(html, "khoi-6.html");

        Assert.Equal("Khối thi đua số 6 tổng kết năm 2024", document.Title);
        Assert.Equal([NewsSamples.Lead, NewsSamples.Movements], document.Sections.SelectMany(Paragraphs));
    }

    [Fact]
    public async Task TakesTheLeadPrintedAboveTheArticleBody()
    {
        var html = $"""
            <html><head><meta property="og:title" content="{NewsSamples.Title}"></head><body>
            <h1 class="title">{NewsSamples.Title}</h1>
            <h2 class="sapo">{NewsSamples.Lead}</h2>
            <div itemprop="articleBody"><p>{NewsSamples.Movements}</p><p>{NewsSamples.Results}</p></div>
            </body></html>
            """;

        var document = await ExtractAsync(html, "khoi-6.html");

        Assert.Equal([NewsSamples.Lead, NewsSamples.Movements, NewsSamples.Results], document.Sections.SelectMany(Paragraphs));
    }

    [Fact]
    public async Task ReadsTheDateFromTheTimeElementAndTheAuthorFromJsonLd()
    {
        var html = $$"""
            <html><head>
              <meta property="og:title" content="{{NewsSamples.Title}}">
              <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"x","author":[{"@type":"Person","name":"Trần Thị Mai"}],"publisher":{"@type":"Organization","name":"Báo Kiên Thành"} }</script>
            </head><body><article>
              <h1>{{NewsSamples.Title}}</h1>
              <time datetime="2025-01-15T23:30:00-05:00">15/01/2025</time>
              <p>{{NewsSamples.Lead}}</p><p>{{NewsSamples.Movements}}</p>
            </article></body></html>
            """;

        var document = await ExtractAsync(html, "khoi-6.html");

        Assert.Equal("2025-01-15", document.Source.Date); // the date as printed, not shifted to another time zone
        Assert.Equal("Trần Thị Mai", document.Source.Author);
        Assert.Equal("Báo Kiên Thành", document.Source.Publication);
    }

    [Fact]
    public async Task ReadsAPageSavedInTheEncodingItDeclares()
    {
        var html = $"""
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>{NewsSamples.Title}</title></head>
            <body><article><h1>{NewsSamples.Title}</h1><p>{NewsSamples.Lead}</p><p>{NewsSamples.Movements}</p></article></body></html>
            """;
        var bytes = Windows1258(html);

        var document = await _extractor.ExtractAsync(new MemoryStream(bytes), "cu.htm", CancellationToken.None);

        Assert.Equal(NewsSamples.Title, document.Title);
        Assert.Equal([NewsSamples.Lead, NewsSamples.Movements], document.Sections.SelectMany(Paragraphs));
    }

    [Fact]
    public async Task PageWithoutArticleTextIsRejectedNamingTheFile()
    {
        const string html = "<html><head><title>Trang chủ</title></head><body><nav><a href='/'>Trang chủ</a></nav></body></html>";

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => ExtractAsync(html, "rong.html"));

        Assert.Contains("rong.html", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BinaryFileIsRejectedNamingTheFile()
    {
        var bytes = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00 };

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => _extractor.ExtractAsync(new MemoryStream(bytes), "nen.html", CancellationToken.None));

        Assert.Contains("nen.html", error.Message, StringComparison.Ordinal);
    }

    // Windows-1258 has â, ê, ô, ă, ơ, ư, đ but no toned vowels: tones follow the letter as combining marks.
    private static byte[] Windows1258(string text)
    {
        const string tones = "\u0300\u0301\u0303\u0309\u0323";
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            builder.Append(new string(decomposed.Where(m => !tones.Contains(m, StringComparison.Ordinal)).ToArray()).Normalize(NormalizationForm.FormC));
            builder.Append(decomposed.Where(m => tones.Contains(m, StringComparison.Ordinal)).ToArray());
        }

        return CodePagesEncodingProvider.Instance.GetEncoding(1258)!.GetBytes(builder.ToString());
    }

    private static string[] Paragraphs(DocumentSection section) => section.Text.Split("\n\n");

    private static string AllText(ExtractedDocument document) =>
        string.Join("\n", document.Sections.Select(s => s.Heading + "\n" + s.Text));

    private Task<ExtractedDocument> ExtractAsync(string html, string fileName) =>
        _extractor.ExtractAsync(new MemoryStream(Encoding.UTF8.GetBytes(html)), fileName, CancellationToken.None);
}
