namespace KtdBot.Core.Tests.Ingestion;

/// <summary>
/// One invented provincial news article (the province and people are fictional), as a reader's plain-text copy
/// and as the saved web page, each with the furniture real pages carry: clock and weather lines, menus, share
/// bars, captions printed twice, a byline, comment counts, related-article teasers and a CMS footer.
/// </summary>
internal static class NewsSamples
{
    public const string Title = "Khối thi đua số 6 tổng kết công tác thi đua, khen thưởng năm 2024";

    public const string Publication = "Báo Kiên Thành";

    public const string Lead =
        "Chiều 15/1, Khối thi đua số 6 gồm 9 sở, ngành thuộc khối kinh tế của tỉnh Kiên Thành tổ chức hội nghị tổng kết "
        + "công tác thi đua, khen thưởng năm 2024 và ký kết giao ước thi đua năm 2025.";

    public const string SigningCaption = "Các đơn vị trong Khối thi đua số 6 ký kết giao ước thi đua năm 2025.";

    public const string Movements =
        "Năm 2024, các đơn vị trong khối đã phát động 14 phong trào thi đua theo chuyên đề, gắn với nhiệm vụ chính trị "
        + "của từng ngành. Nhiều mô hình mới được nhân rộng như “Ngày thứ Bảy vì người nghèo”, “Mỗi cán bộ một sáng kiến” "
        + "và đạt hiệu quả thiết thực.";

    public const string Results =
        "Toàn khối có 3 tập thể được đề nghị UBND tỉnh tặng Cờ thi đua, 27 tập thể và 112 cá nhân được tặng Bằng khen. "
        + "Các đơn vị đã vận động đóng góp hơn 1,2 tỉ đồng cho Quỹ Vì người nghèo, hỗ trợ xây dựng 18 căn nhà đại đoàn kết "
        + "cho hộ khó khăn.";

    public const string SpeakerCaption = "Ông Lê Văn Tâm, Giám đốc Sở Công Thương, phát biểu tại hội nghị.";

    public const string SpeakerCaptionWithCredit = SpeakerCaption + " Ảnh: Minh Khoa";

    public const string Plans =
        "Năm 2025, khối thống nhất bầu Sở Tài chính làm Khối trưởng, Sở Xây dựng làm Khối phó. Các đơn vị tiếp tục đẩy "
        + "mạnh chuyển đổi số, cải cách hành chính và phát hiện, bồi dưỡng các điển hình tiên tiến để đề nghị khen thưởng "
        + "kịp thời.";

    /// <summary>Text that belongs to the page, not the article; none of it may survive cleaning.</summary>
    public static readonly string[] Furniture =
    [
        "°C", "thời tiết", "Trang chủ", "Thời sự", "Theo dõi", "lượt xem", "Chia sẻ", "Facebook", "Zalo", "Bình luận",
        "Tin liên quan", "Bài liên quan", "Có thể bạn quan tâm", "Hội chợ xuân", "giao ban báo chí", "Khối thi đua số 3",
        "POWERED BY", "Đọc nhiều", "Giấy phép", "KTO-", "Từ khóa", "Đăng nhập", "window.",
    ];

    /// <summary>A reader's copy of the page: what selecting everything in a browser and pasting gives.</summary>
    public static readonly string PlainText = $$"""
        Thứ năm, 16-01-25 09:12:40
        Kiên Thành, 29°C/ 27°C - 31°C Icon thời tiết mây
        Theo dõi Báo Kiên Thành trên
        Trang chủ
        Thời sự
        Kinh tế
        Xã hội

        {{Title}}

        Báo Kiên Thành

        Thứ tư, 15/01/2025 | 16:05:10
        1.245 lượt xem
        KTO-{{Lead}}

        ky-ket-giao-uoc.jpg
        {{SigningCaption}}

        {{SigningCaption}}

        {{Movements}}

        KẾT QUẢ NỔI BẬT

        {{Results}}

        {{SpeakerCaption}}
        {{SpeakerCaptionWithCredit}}

        Phương hướng năm 2025

        {{Plans}}

        Chia sẻ
        Facebook Zalo

        MINH KHOA


        (2) Bình luận
        Tin liên quan
        Hội nghị giao ban báo chí tháng 1 năm 2025
        Sáng 14/1, Ban Tuyên giáo Tỉnh ủy Kiên Thành tổ chức hội nghị giao ban báo chí định kỳ, thông tin kết quả nổi bật của tỉnh và định hướng tuyên truyền trong dịp Tết Nguyên đán.
        Kiên Thành khai mạc Hội chợ xuân 2025 với hơn 200 gian hàng
        Đọc nhiều
        POWERED BY ONECMS - A PRODUCT OF NEKO
        {{Title}}
        """;

    /// <summary>The saved web page of the same article, as a CMS renders it.</summary>
    public static readonly string Html = $$"""
        <!DOCTYPE html>
        <html lang="vi">
        <head>
          <meta charset="utf-8">
          <title>{{Title}} - Báo Kiên Thành</title>
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <meta property="og:title" content="{{Title}}">
          <meta property="og:site_name" content="Báo Kiên Thành">
          <meta property="og:type" content="article">
          <meta property="article:published_time" content="2025-01-15T16:05:10+07:00">
          <meta name="author" content="Minh Khoa">
          <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
          <style>.main-menu li { display: inline-block; }</style>
        </head>
        <body>
          <header class="site-header">
            <div class="top-bar">
              <span class="today">Thứ năm, 16/01/2025</span>
              <span class="weather-widget">Kiên Thành 29°C <img src="/icons/may.svg" alt="Icon thời tiết mây"></span>
              <a href="/dang-nhap">Đăng nhập</a>
            </div>
            <a class="logo" href="/"><img src="/logo.png" alt="Báo Kiên Thành"></a>
            <nav class="main-menu">
              <ul>
                <li><a href="/">Trang chủ</a></li>
                <li><a href="/thoi-su">Thời sự</a></li>
                <li><a href="/kinh-te">Kinh tế</a></li>
                <li><a href="/xa-hoi">Xã hội</a></li>
              </ul>
            </nav>
          </header>
          <div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/thoi-su">Thời sự</a></div>
          <main class="container">
            <article class="detail">
              <h1 class="detail-title">{{Title}}</h1>
              <div class="detail-meta">
                <time datetime="2025-01-15T16:05:10+07:00">Thứ tư, 15/01/2025 | 16:05</time>
                <span class="views">1.245 lượt xem</span>
              </div>
              <div class="share-bar"><a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>
              <p class="sapo"><strong>KTO-</strong>{{Lead}}</p>
              <figure class="image">
                <img src="/uploads/ky-ket-giao-uoc.jpg" alt="{{SigningCaption}}" title="{{SigningCaption}}">
                <figcaption>{{SigningCaption}}</figcaption>
              </figure>
              <p>{{Movements}}</p>
              <div class="box-tin-lien-quan">
                <h3>Tin liên quan</h3>
                <ul>
                  <li><a href="/khoi-3">Khối thi đua số 3 ký kết giao ước thi đua năm 2025</a></li>
                  <li><a href="/khoi-4">Khối thi đua số 4 bầu Khối trưởng mới</a></li>
                </ul>
              </div>
              <h2>Kết quả nổi bật</h2>
              <p>{{Results}}</p>
              <table class="data">
                <tr><th>Hình thức khen thưởng</th><th>Tập thể</th><th>Cá nhân</th></tr>
                <tr><td>Cờ thi đua của UBND tỉnh</td><td>3</td><td>0</td></tr>
                <tr><td>Bằng khen của Chủ tịch UBND tỉnh</td><td>27</td><td>112</td></tr>
              </table>
              <div class="inline-box">
                <p><strong>Bài liên quan</strong></p>
                <ul>
                  <li><a href="/hoi-cho">Kiên Thành khai mạc Hội chợ xuân 2025</a></li>
                  <li><a href="/giao-ban">Hội nghị giao ban báo chí tháng 1</a></li>
                </ul>
              </div>
              <figure class="image">
                <img src="/uploads/phat-bieu.jpg" alt="{{SpeakerCaption}}">
                <figcaption>{{SpeakerCaptionWithCredit}}</figcaption>
              </figure>
              <p><strong>Phương hướng năm 2025</strong></p>
              <p>{{Plans}}</p>
              <p style="text-align: right;"><strong>Minh Khoa</strong></p>
              <div class="detail-tags">Từ khóa: <a href="/tag/thi-dua">thi đua</a>, <a href="/tag/khen-thuong">khen thưởng</a></div>
              <div class="comment-box">
                <h3>Bình luận (2)</h3>
                <form><textarea placeholder="Nhập bình luận"></textarea><button>Gửi</button></form>
              </div>
            </article>
            <section class="related-news">
              <h2>Có thể bạn quan tâm</h2>
              <article class="story">
                <h3><a href="/giao-ban">Hội nghị giao ban báo chí tháng 1 năm 2025</a></h3>
                <p>Sáng 14/1, Ban Tuyên giáo Tỉnh ủy Kiên Thành tổ chức hội nghị giao ban báo chí định kỳ, thông tin kết quả nổi bật của tỉnh.</p>
              </article>
              <article class="story">
                <h3><a href="/hoi-cho">Kiên Thành khai mạc Hội chợ xuân 2025 với hơn 200 gian hàng</a></h3>
                <p>Hội chợ kéo dài đến ngày 25/1 tại Quảng trường trung tâm tỉnh.</p>
              </article>
            </section>
          </main>
          <aside class="sidebar">
            <h2>Đọc nhiều</h2>
            <ol><li><a href="/a">Giá lúa tăng mạnh đầu năm</a></li><li><a href="/b">Thời tiết dịp Tết</a></li></ol>
          </aside>
          <footer>
            <p>© 2025 Báo Kiên Thành. Giấy phép số 12/GP-BTTTT.</p>
            <p>POWERED BY ONECMS - A PRODUCT OF NEKO</p>
          </footer>
        </body>
        </html>
        """;
}
