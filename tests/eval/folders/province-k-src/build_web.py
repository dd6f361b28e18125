# -*- coding: utf-8 -*-
"""HTML newspaper pages (two baotayninh-style, one neighbour-province page), the TXT notice (CRLF, hard-wrapped,
typed letterhead) and the MD notice on reward coefficients."""
import textwrap
from common import out

NAV = '''<header class="site-header">
  <div class="topbar"><span>Thứ Ba, 01/12/2026</span> | <a href="/rss">RSS</a> | <a href="/lien-he">Liên hệ</a> | <a href="/dang-nhap">Đăng nhập</a></div>
  <div class="logo"><a href="/"><img src="/img/logo-btn.png" alt="Báo Tây Ninh"> BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TÂY NINH</a></div>
  <nav class="main-menu"><ul>
    <li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/chinh-tri">Chính trị</a></li>
    <li><a href="/kinh-te">Kinh tế</a></li><li><a href="/xa-hoi">Xã hội</a></li><li><a href="/thi-dua-khen-thuong">Thi đua - Khen thưởng</a></li>
    <li><a href="/van-hoa">Văn hóa</a></li><li><a href="/the-thao">Thể thao</a></li><li><a href="/phap-luat">Pháp luật</a></li>
    <li><a href="/video">Video</a></li><li><a href="/podcast">Podcast</a></li><li><a href="/e-paper">Báo in</a></li>
  </ul></nav>
  <form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form>
</header>'''

SHARE = '''<div class="share-bar"><span>Chia sẻ:</span> <a class="fb" href="#">Facebook</a> <a class="zalo" href="#">Zalo</a>
<a class="tw" href="#">X</a> <a class="copy" href="#">Sao chép liên kết</a> <a class="print" href="#">In bài</a>
<span class="font">Cỡ chữ: <a href="#">A-</a> <a href="#">A+</a></span></div>'''

FOOTER = '''<footer class="site-footer">
  <p>BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TÂY NINH - Cơ quan của Đảng bộ, chính quyền và Nhân dân tỉnh Tây Ninh</p>
  <p>Giấy phép hoạt động báo điện tử số 123/GP-BVHTTDL. Tổng Biên tập: Hồ Văn Nghĩa</p>
  <p>Địa chỉ: số 04 đường Võ Văn Tần, phường Tân An, tỉnh Tây Ninh. Điện thoại: 0272.3826.xxx - Email: toasoan@baotayninh.vn</p>
  <p>© Bản quyền thuộc về Báo và Phát thanh, Truyền hình Tây Ninh. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
  <ul class="footer-links"><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/quang-cao">Quảng cáo</a></li><li><a href="/dieu-khoan">Điều khoản</a></li></ul>
</footer>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)};gtag('js',new Date());var __ads={slot:"970x250",n:12};</script>'''


def page(title, crumbs, date, author, body, related, most_read, comments, footer=FOOTER, nav=NAV, site='Báo Tây Ninh'):
    rel = ''.join(f'<li><a href="/tin/{i}">{t}</a></li>' for i, t in enumerate(related, 1000))
    mr = ''.join(f'<li><span class="rank">{i}</span><a href="/doc-nhieu/{i}">{t}</a></li>' for i, t in enumerate(most_read, 1))
    cm = ''.join(f'<div class="comment"><b class="name">{n}</b> <span class="time">{tm}</span><p>{c}</p><a href="#" class="like">Thích</a> <a href="#" class="reply">Trả lời</a></div>' for n, tm, c in comments)
    bc = ' &rsaquo; '.join(f'<a href="#">{c}</a>' for c in crumbs)
    paras = ''.join(f'<p>{p}</p>' for p in body)
    return f'''<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{title} - {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{title}"><meta property="og:site_name" content="{site}">
<link rel="stylesheet" href="/css/main.min.css"><style>.ads{{min-height:250px}} .share-bar a{{margin:0 4px}}</style></head>
<body>
{nav}
<div class="breadcrumb">{bc}</div>
<div class="ads ads-top">Quảng cáo</div>
<main class="container"><article class="detail">
<h1 class="title">{title}</h1>
<div class="meta"><span class="author">{author}</span> - <time>{date}</time> <span class="views">Lượt xem: 1.2K</span></div>
{SHARE}
<div class="content">{paras}</div>
<div class="tags">Từ khóa: <a href="#">thi đua khen thưởng</a> <a href="#">khối thi đua</a> <a href="#">tổng kết</a></div>
{SHARE}
</article>
<section class="related"><h3>Tin liên quan</h3><ul>{rel}</ul></section>
<aside class="sidebar"><section class="most-read"><h3>Đọc nhiều</h3><ol>{mr}</ol></section>
<div class="ads ads-right">Quảng cáo</div>
<section class="newsletter"><h3>Đăng ký nhận tin</h3><input placeholder="Email của bạn"><button>Đăng ký</button></section></aside>
<section class="comments"><h3>Bình luận ({len(comments)})</h3>{cm}
<form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><input placeholder="Họ tên"><button>Gửi bình luận</button></form>
<p class="note">Bình luận của bạn đọc không thể hiện quan điểm của tòa soạn.</p></section>
</main>
{footer}
</body></html>
'''


def build_khoi2():
    body = [
        '<strong>Chiều 11/12/2025, Khối thi đua số 2 (Khối Kinh tế - Kỹ thuật) các sở, ban, ngành tỉnh tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2025 và triển khai nhiệm vụ năm 2026.</strong>',
        'Hội nghị diễn ra tại hội trường Sở Nông nghiệp và Môi trường (phường Long An), do ông Huỳnh Thanh Sơn - Giám đốc Sở Nông nghiệp và Môi trường, Khối trưởng Khối thi đua số 2 năm 2025 chủ trì. Dự hội nghị có đại diện Ban Thi đua - Khen thưởng (Sở Nội vụ) và lãnh đạo 4 đơn vị thành viên: Sở Nông nghiệp và Môi trường, Sở Xây dựng, Sở Khoa học và Công nghệ (Khối phó) và Ban Quản lý dự án đầu tư xây dựng tỉnh.',
        'Năm 2025 là năm đặc biệt khi các đơn vị vừa thực hiện nhiệm vụ chuyên môn vừa sắp xếp, hợp nhất bộ máy sau khi tỉnh Long An và tỉnh Tây Ninh hợp nhất thành tỉnh Tây Ninh (mới). Dù vậy, các thành viên đều hoàn thành tốt các chỉ tiêu giao ước thi đua.',
        'Theo kết quả chấm điểm chéo, Sở Nông nghiệp và Môi trường đạt 96,75 điểm, xếp thứ nhất; Sở Khoa học và Công nghệ đạt 95,5 điểm; Sở Xây dựng đạt 95 điểm; Ban Quản lý dự án đầu tư xây dựng tỉnh đạt 93,25 điểm.',
        'Qua bỏ phiếu kín, hội nghị thống nhất 4/4 phiếu suy tôn Sở Nông nghiệp và Môi trường là đơn vị dẫn đầu, đề nghị UBND tỉnh tặng Cờ thi đua; đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho Sở Xây dựng và Sở Khoa học và Công nghệ.',
        'Cũng tại hội nghị, các thành viên đã bầu Sở Xây dựng làm Khối trưởng và Sở Nông nghiệp và Môi trường làm Khối phó Khối thi đua số 2 năm 2026. Ông Huỳnh Thanh Sơn đã trao biểu trưng Khối trưởng cho lãnh đạo Sở Xây dựng.',
        '<em>Minh Thư</em>',
    ]
    related = ['Khối thi đua số 2 ký kết giao ước thi đua năm 2025 với 14 nội dung',
               'Sơ kết 6 tháng, Khối thi đua số 2 thống nhất 9 nhóm nhiệm vụ trọng tâm',
               'Khối thi đua số 1 tổng kết: Sở Tài chính dẫn đầu',
               'Cụm thi đua số 2 các phường phía Bắc tổng kết năm 2025']
    most = ['Tây Ninh: 1.168 tập thể, cá nhân được khen thưởng trong năm 2025',
            'Giá lúa tăng nhẹ, nông dân phấn khởi',
            'Khai mạc Hội Xuân Bính Ngọ 2026 tại Núi Bà Đen',
            'Sở Xây dựng được đề nghị tặng Huân chương Lao động hạng Ba',
            'Thời tiết Tây Ninh cuối tuần: mưa rào rải rác']
    comments = [('Hoàng Anh', '11/12/2025 19:02', 'Tôi nghe nói Sở Xây dựng mới là đơn vị dẫn đầu với 97,25 điểm mà?'),
                ('nguyenvan.b', '11/12/2025 20:15', 'Theo quy chế thì khối phó năm nay lên làm khối trưởng năm sau, tức Sở Khoa học và Công nghệ sẽ làm Khối trưởng 2026.'),
                ('Thu Hà', '12/12/2025 07:40', 'Chúc mừng các đơn vị! Khối 2 có tới 6 đơn vị thành viên, làm tốt lắm.')]
    html = page('Khối thi đua số 2 tổng kết công tác thi đua, khen thưởng năm 2025',
                ['Trang chủ', 'Thi đua - Khen thưởng', 'Tin tức'], '12/12/2025 06:30', 'MINH THƯ', body, related, most, comments)
    open(out('baotayninh_khoi_thi_dua_so_2_tong_ket_2025.html'), 'w', encoding='utf-8').write(html)


def build_launch():
    body = [
        '<strong>Sáng 26/3/2026, tại Trung tâm Hội nghị tỉnh, UBND tỉnh Tây Ninh tổ chức Lễ phát động phong trào thi đua "Tây Ninh chuyển đổi số - phục vụ người dân và doanh nghiệp" giai đoạn 2026 - 2028.</strong>',
        'Phát biểu phát động, ông Trần Minh Khoa - Chủ tịch UBND tỉnh nhấn mạnh: sau khi vận hành chính quyền địa phương hai cấp, chuyển đổi số là "chìa khóa" để phục vụ người dân và doanh nghiệp tốt hơn. Chủ tịch UBND tỉnh đề nghị các sở, ban, ngành, UBND các xã, phường, các doanh nghiệp hưởng ứng phong trào bằng những việc làm cụ thể, thiết thực.',
        'Theo Kế hoạch số 86/KH-UBND của UBND tỉnh, phong trào đặt mục tiêu 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ tiếp nhận trực tuyến từ 80% trở lên; tỷ lệ giải quyết đúng hạn từ 98% trở lên và mức độ hài lòng của người dân, doanh nghiệp từ 90% trở lên.',
        'Các cơ quan, đơn vị, địa phương đăng ký thi đua gửi về Sở Nội vụ trước ngày 15/4/2026. Phong trào sẽ được sơ kết vào Quý IV/2027 và tổng kết vào Quý IV/2028.',
        'Tại buổi lễ, đại diện các khối thi đua, cụm thi đua đã ký kết giao ước thi đua thực hiện phong trào.',
        '<em>Thanh Tùng</em>',
    ]
    related = ['Tây Ninh có 1.020 dịch vụ công trực tuyến toàn trình',
               'Phường Tân An ra mắt mô hình "Bình dân học vụ số"',
               'Hơn 2.300 cán bộ được tập huấn kỹ năng số trong quý I/2026']
    most = ['Khởi công tuyến đường kết nối Đức Hòa - Trảng Bàng',
            'Tây Ninh đạt 97,3% hồ sơ trực tuyến, dẫn đầu khu vực',
            'Lịch cắt điện tuần này',
            'Giải việt dã Báo Tây Ninh lần thứ 30']
    comments = [('Trung Kiên', '26/3/2026 10:05', 'Kế hoạch này do Chủ tịch tỉnh ký ban hành luôn, rất quyết liệt.'),
                ('Lan Phương', '26/3/2026 12:48', 'Cho hỏi hạn đăng ký thi đua là 30/4/2026 đúng không ạ?'),
                ('minhtri', '27/3/2026 08:11', 'Nghe nói tổng kết có 5 Cờ thi đua?')]
    html = page('Phát động phong trào thi đua "Tây Ninh chuyển đổi số - phục vụ người dân và doanh nghiệp"',
                ['Trang chủ', 'Thời sự', 'Chính trị'], '26/3/2026 11:20', 'THANH TÙNG', body, related, most, comments)
    open(out('baotayninh_phat_dong_phong_trao_chuyen_doi_so.html'), 'w', encoding='utf-8').write(html)


DN_NAV = '''<header class="dn-header"><div class="brand"><a href="/">BÁO ĐỒNG NAI</a> <small>Cơ quan của Đảng bộ, chính quyền và Nhân dân tỉnh Đồng Nai</small></div>
<nav><a href="/">Trang chủ</a> | <a href="/chinh-tri">Chính trị</a> | <a href="/kinh-te">Kinh tế</a> | <a href="/xa-hoi">Xã hội</a> | <a href="/binh-phuoc">Bình Phước (cũ)</a> | <a href="/the-thao">Thể thao</a> | <a href="/ban-doc">Bạn đọc</a></nav></header>'''
DN_FOOTER = '''<footer><p>BÁO ĐỒNG NAI - Giấy phép số 456/GP-BVHTTDL. Địa chỉ: phường Trấn Biên, tỉnh Đồng Nai.</p><p>© Báo Đồng Nai. Ghi rõ nguồn "Báo Đồng Nai" khi phát hành lại thông tin.</p></footer>'''


def build_dongnai():
    body = [
        '<strong>Ngày 9/12/2025, Khối thi đua số 2 (Khối Kinh tế - Kỹ thuật) các sở, ngành tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2025.</strong>',
        'Hội nghị do Sở Khoa học và Công nghệ tỉnh Đồng Nai - Khối trưởng năm 2025 chủ trì, tại hội trường Sở Khoa học và Công nghệ (phường Trấn Biên). Khối gồm 5 thành viên: Sở Nông nghiệp và Môi trường, Sở Xây dựng, Sở Khoa học và Công nghệ, Ban Quản lý dự án đầu tư xây dựng tỉnh và Ban Quản lý các Khu công nghiệp Đồng Nai.',
        'Kết quả chấm điểm, Sở Khoa học và Công nghệ dẫn đầu với 98,2 điểm; Sở Nông nghiệp và Môi trường đạt 96,4 điểm; Sở Xây dựng đạt 95,8 điểm. Hội nghị suy tôn Sở Khoa học và Công nghệ dẫn đầu Khối, đề nghị UBND tỉnh Đồng Nai tặng Cờ thi đua.',
        'Hội nghị bầu Sở Nông nghiệp và Môi trường làm Khối trưởng, Ban Quản lý các Khu công nghiệp Đồng Nai làm Khối phó Khối thi đua số 2 năm 2026.',
        '<em>Hoàng Lộc</em>',
    ]
    related = ['Đồng Nai khen thưởng 87 tập thể dẫn đầu phong trào thi đua', 'Khối thi đua số 1 Đồng Nai ký giao ước 2026']
    most = ['Sân bay Long Thành đón chuyến bay thương mại đầu tiên', 'Giá sầu riêng giảm mạnh']
    comments = [('Bạn đọc Biên Hòa', '09/12/2025 21:30', 'Khối 2 năm nay cạnh tranh sát nút.')]
    html = page('Khối thi đua số 2 tổng kết năm 2025: Sở Khoa học và Công nghệ dẫn đầu',
                ['Trang chủ', 'Xã hội', 'Thi đua'], '10/12/2025 07:15', 'HOÀNG LỘC', body, related, most, comments,
                footer=DN_FOOTER, nav=DN_NAV, site='Báo Đồng Nai')
    open(out('baodongnai_khoi_thi_dua_so_2_tong_ket_2025.html'), 'w', encoding='utf-8').write(html)


# ----------------------------------------------------------------------------------------------
def build_txt():
    head = [
        'VĂN PHÒNG UBND TỈNH TÂY NINH        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        '     KHỐI THI ĐUA SỐ 3                  Độc lập - Tự do - Hạnh phúc',
        '        -------                        -------------------------',
        'Số: 38/TB-KTĐ3                    Tây Ninh, ngày 20 tháng 11 năm 2026',
        '',
        '                               THÔNG BÁO',
        '         Về việc tổ chức Hội nghị tổng kết công tác thi đua,',
        '             khen thưởng năm 2026 của Khối thi đua số 3',
        '                            -----------',
        '',
        '                Kính gửi: Các đơn vị thành viên Khối thi đua số 3',
        '',
    ]
    paras = [
        'Căn cứ Quy chế tổ chức và hoạt động của các khối, cụm thi đua ban hành kèm theo Quyết định số 35/2025/QĐ-UBND ngày 05/9/2025 của UBND tỉnh;',
        'Căn cứ Quyết định số 2875/QĐ-UBND ngày 05/10/2026 của UBND tỉnh về việc điều chỉnh Khối trưởng, Khối phó Khối thi đua số 3 năm 2026, theo đó Văn phòng UBND tỉnh làm Khối trưởng thay Sở Tư pháp và Sở Tư pháp làm Khối phó thay Thanh tra tỉnh (điều chỉnh danh sách kèm theo Quyết định số 95/QĐ-UBND ngày 12/01/2026);',
        'Văn phòng UBND tỉnh (Khối trưởng Khối thi đua số 3 năm 2026) thông báo tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2026 như sau:',
        '1. Thời gian: 08 giờ 00, thứ Năm, ngày 10/12/2026.',
        '2. Địa điểm: Phòng họp số 2, Văn phòng UBND tỉnh (Trung tâm Hành chính tỉnh, phường Long An).',
        '3. Chủ trì: Chánh Văn phòng UBND tỉnh - Khối trưởng.',
        '4. Thành phần: lãnh đạo 05 đơn vị thành viên (Sở Nội vụ, Sở Tư pháp, Thanh tra tỉnh, Văn phòng UBND tỉnh, Sở Dân tộc và Tôn giáo); mời đại diện Ban Thi đua - Khen thưởng (Sở Nội vụ).',
        '5. Nội dung: thông qua báo cáo tổng kết năm 2026; chấm điểm, bình xét, suy tôn đơn vị dẫn đầu; thống nhất đề nghị khen thưởng; bầu Khối trưởng, Khối phó năm 2027.',
        '6. Đề nghị các đơn vị gửi báo cáo tổng kết và bảng tự chấm điểm năm 2026 về Văn phòng UBND tỉnh (qua Phòng Hành chính - Tổ chức) trước ngày 04/12/2026. Rút kinh nghiệm năm 2025 (hồ sơ của Khối gửi chậm nên chưa được xem xét tặng Cờ thi đua), hồ sơ đề nghị khen thưởng năm 2026 sẽ được Khối trưởng gửi về Sở Nội vụ trước ngày 25/12/2026.',
        'Rất mong các đơn vị quan tâm, tham dự đầy đủ, đúng thành phần./.',
    ]
    lines = list(head)
    for p in paras:
        lines += textwrap.wrap(p, 76) + ['']
    lines += [
        'Nơi nhận:                                  TM. KHỐI THI ĐUA SỐ 3',
        '- Như trên;                                      KHỐI TRƯỞNG',
        '- Sở Nội vụ (Ban TĐKT);                  CHÁNH VĂN PHÒNG UBND TỈNH',
        '- Lưu: VT, HCTC.',
        '                                                 (đã ký)',
        '',
        '                                               Phan Minh Trí',
        '',
    ]
    open(out('TB_38-TB-KTD3_hoi_nghi_tong_ket_2026.txt'), 'w', encoding='utf-8', newline='\r\n').write('\n'.join(lines))


def build_md():
    md = '''# THÔNG BÁO
## Hướng dẫn mức tiền thưởng kèm theo danh hiệu thi đua, hình thức khen thưởng năm 2026

**Cơ quan ban hành:** Sở Nội vụ tỉnh Tây Ninh (Ban Thi đua - Khen thưởng)
**Số:** 120/TB-SNV — **Ngày:** 05/01/2026

Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng; Nghị định số 73/2024/NĐ-CP ngày 30/6/2024 của Chính phủ quy định mức lương cơ sở, Sở Nội vụ hướng dẫn mức tiền thưởng áp dụng từ ngày 01/01/2026 như sau.

### 1. Cách tính

- Mức lương cơ sở áp dụng: **2.340.000 đồng/tháng**.
- Tiền thưởng = hệ số × mức lương cơ sở.
- **Làm tròn:** số tiền sau khi nhân hệ số được **làm tròn lên hàng chục nghìn đồng** (ví dụ: 1.234.000 đồng làm tròn thành 1.240.000 đồng).
- Trong cùng thời điểm, cùng một thành tích, nếu một đối tượng đạt nhiều danh hiệu thi đua kèm theo các mức tiền thưởng khác nhau thì nhận mức tiền thưởng cao nhất.

### 2. Hệ số tiền thưởng

| Danh hiệu / hình thức | Đối tượng | Hệ số |
|---|---|---|
| Chiến sĩ thi đua toàn quốc | Cá nhân | 4,5 |
| Chiến sĩ thi đua cấp tỉnh | Cá nhân | 3,0 |
| Chiến sĩ thi đua cơ sở | Cá nhân | 1,0 |
| Lao động tiên tiến | Cá nhân | 0,3 |
| Cờ thi đua của Chính phủ | Tập thể | 12,0 |
| Cờ thi đua của UBND tỉnh | Tập thể | 8,0 |
| Tập thể lao động xuất sắc | Tập thể | 1,5 |
| Tập thể lao động tiên tiến | Tập thể | 0,8 |
| Bằng khen của Thủ tướng Chính phủ | Cá nhân | 3,5 |
| Bằng khen của Thủ tướng Chính phủ | Tập thể | 7,0 |
| Bằng khen của Chủ tịch UBND tỉnh | Cá nhân | 1,5 |
| Bằng khen của Chủ tịch UBND tỉnh | Tập thể | 3,0 |

### 3. Nguồn kinh phí

Tiền thưởng kèm theo các quyết định khen thưởng của Chủ tịch UBND tỉnh được chi từ Quỹ thi đua, khen thưởng của tỉnh; các cơ quan, đơn vị lập danh sách đề nghị chi gửi Sở Tài chính sau khi có quyết định khen thưởng.

*Ghi chú: mức tiền thưởng kèm theo Giấy khen do cơ quan, đơn vị, UBND cấp xã tự hướng dẫn, không thuộc phạm vi thông báo này.*
'''
    open(out('TB_120-TB-SNV_muc_tien_thuong_2026.md'), 'w', encoding='utf-8').write(md)


if __name__ == '__main__':
    build_khoi2(); build_launch(); build_dongnai(); build_txt(); build_md()
    print('web ok')
