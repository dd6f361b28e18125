# -*- coding: utf-8 -*-
"""DOCX documents: three bloc-division decisions (Long An 2024, Tây Ninh 2024, new Tây Ninh 2025),
the regulation on blocs/clusters (QĐ 35/2025/QĐ-UBND) and the campaign plan (KH 86/KH-UBND, 2026)."""
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common import out

C = WD_ALIGN_PARAGRAPH.CENTER


def new_doc():
    d = Document()
    st = d.styles['Normal']
    st.font.name = 'Times New Roman'
    st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for edge in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        e = OxmlElement('w:' + edge); e.set(qn('w:val'), 'nil'); b.append(e)
    tblPr.append(b)


def cell_lines(cell, lines, bold_first=0, italic_last=False):
    cell.text = ''
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i: p = cell.add_paragraph()
        p.alignment = C
        r = p.add_run(ln)
        r.bold = i < bold_first
        if italic_last and i == len(lines) - 1: r.italic = True


def letterhead(d, left, right):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    cell_lines(t.cell(0, 0), left, bold_first=len(left) - 1)
    cell_lines(t.cell(0, 1), right, bold_first=3, italic_last=True)
    d.add_paragraph()


def para(d, text, bold=False, italic=False, align=None, size=None):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    return p


def title(d, *lines):
    for i, ln in enumerate(lines):
        para(d, ln, bold=True, align=C)


def signature(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    lc = t.cell(0, 0); lc.text = ''
    p = lc.paragraphs[0]; r = p.add_run(left_lines[0]); r.bold = True; r.italic = True
    for ln in left_lines[1:]:
        q = lc.add_paragraph(); rr = q.add_run(ln); rr.font.size = Pt(11)
    cell_lines(t.cell(0, 1), right_lines, bold_first=len(right_lines) - 1)
    # the name (last line) bold as well
    for p in t.cell(0, 1).paragraphs:
        for r in p.runs: r.bold = True


def grid_table(d, header, rows, widths=None):
    t = d.add_table(rows=1, cols=len(header))
    t.style = 'Table Grid'
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]; c.text = ''
        r = c.paragraphs[0].add_run(h); r.bold = True
        c.paragraphs[0].alignment = C
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths): row.cells[i].width = Cm(w)
    return t


# ----------------------------------------------------------------------------------------------
# 1. Long An 2024: one table per bloc, Roman numerals
LA_BLOCS = [
    ('I', 'KHỐI CÁC CƠ QUAN KINH TẾ - TỔNG HỢP', [
        ('Sở Kế hoạch và Đầu tư', 'Khối trưởng'), ('Sở Tài chính', 'Khối phó'), ('Sở Công Thương', ''),
        ('Cục Thuế tỉnh', ''), ('Kho bạc Nhà nước Long An', ''), ('Cục Thống kê tỉnh', ''),
        ('Ban Quản lý Khu kinh tế tỉnh', '')]),
    ('II', 'KHỐI CÁC CƠ QUAN KINH TẾ NGÀNH', [
        ('Sở Nông nghiệp và Phát triển nông thôn', ''), ('Sở Tài nguyên và Môi trường', 'Khối trưởng'),
        ('Sở Xây dựng', ''), ('Sở Giao thông vận tải', 'Khối phó'), ('Sở Khoa học và Công nghệ', ''),
        ('Ban Quản lý dự án đầu tư xây dựng tỉnh', '')]),
    ('III', 'KHỐI CÁC CƠ QUAN VĂN HÓA - XÃ HỘI', [
        ('Sở Giáo dục và Đào tạo', ''), ('Sở Y tế', 'Khối trưởng'), ('Sở Văn hóa, Thể thao và Du lịch', ''),
        ('Sở Lao động - Thương binh và Xã hội', 'Khối phó'), ('Sở Thông tin và Truyền thông', ''),
        ('Đài Phát thanh và Truyền hình Long An', ''), ('Báo Long An', '')]),
    ('IV', 'KHỐI CÁC CƠ QUAN NỘI CHÍNH', [
        ('Sở Nội vụ', 'Khối trưởng'), ('Thanh tra tỉnh', 'Khối phó'), ('Sở Tư pháp', ''),
        ('Văn phòng UBND tỉnh', ''), ('Sở Ngoại vụ', '')]),
    ('V', 'KHỐI CÁC DOANH NGHIỆP NHÀ NƯỚC', [
        ('Công ty TNHH MTV Xổ số kiến thiết Long An', 'Khối trưởng'), ('Công ty Cổ phần Cấp nước Long An', 'Khối phó'),
        ('Quỹ Đầu tư phát triển Long An', ''), ('Công ty TNHH MTV Khai thác thủy lợi Long An', '')]),
]


def build_la_2024():
    d = new_doc()
    letterhead(d, ['ỦY BAN NHÂN DÂN', 'TỈNH LONG AN', '-------', 'Số: 1234/QĐ-UBND'],
               ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---------------',
                'Long An, ngày 22 tháng 01 năm 2024'])
    title(d, 'QUYẾT ĐỊNH', 'Về việc phân chia khối thi đua và chỉ định Khối trưởng, Khối phó',
          'các khối thi đua thuộc tỉnh năm 2024', '________', 'ỦY BAN NHÂN DÂN TỈNH LONG AN')
    for s in ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
              'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
              'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
              'Căn cứ Quyết định số 2156/QĐ-UBND ngày 20 tháng 3 năm 2023 của UBND tỉnh ban hành Quy chế tổ chức và hoạt động của các khối, cụm thi đua thuộc tỉnh;',
              'Theo đề nghị của Giám đốc Sở Nội vụ (Ban Thi đua - Khen thưởng) tại Tờ trình số 18/TTr-SNV ngày 15 tháng 01 năm 2024.']:
        para(d, s, italic=True)
    title(d, 'QUYẾT ĐỊNH:')
    para(d, 'Điều 1. Phân chia các cơ quan, đơn vị thuộc tỉnh thành 05 (năm) khối thi đua và chỉ định Khối trưởng, Khối phó các khối thi đua năm 2024 (chi tiết theo Phụ lục đính kèm).')
    para(d, 'Điều 2. Khối trưởng các khối thi đua có trách nhiệm xây dựng kế hoạch hoạt động, tổ chức ký kết giao ước thi đua, chấm điểm, bình xét và đề nghị khen thưởng theo Quy chế; Khối phó phối hợp với Khối trưởng tổ chức các hoạt động của khối.')
    para(d, 'Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các cơ quan, đơn vị có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.')
    para(d, 'Quyết định này có hiệu lực kể từ ngày ký.')
    signature(d, ['Nơi nhận:', '- Như Điều 3;', '- Ban TĐKT Trung ương;', '- TT.TU, TT.HĐND tỉnh;',
                  '- CT, các PCT UBND tỉnh;', '- Lưu: VT, SNV.'],
              ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Phạm Tấn Hòa'])
    d.add_page_break()
    title(d, 'PHỤ LỤC', 'DANH SÁCH CÁC KHỐI THI ĐUA THUỘC TỈNH NĂM 2024')
    para(d, '(Kèm theo Quyết định số 1234/QĐ-UBND ngày 22/01/2024 của UBND tỉnh Long An)', italic=True, align=C)
    for num, name, units in LA_BLOCS:
        para(d, f'KHỐI THI ĐUA SỐ {num}: {name}', bold=True)
        grid_table(d, ['STT', 'Tên cơ quan, đơn vị', 'Ghi chú'],
                   [(str(i + 1), u, role) for i, (u, role) in enumerate(units)], widths=[1.2, 10, 4])
        d.add_paragraph()
    d.save(out('QD_1234-QD-UBND_LongAn_khoi_thi_dua_2024.docx'))


# ----------------------------------------------------------------------------------------------
# 2. Tây Ninh 2024: ONE big table, bloc column vertically merged, role column
TN_BLOCS = [
    ('Khối thi đua số 1\n(Khối Tổng hợp)', [
        ('Sở Tài chính', 'Khối trưởng'), ('Sở Kế hoạch và Đầu tư', 'Khối phó'), ('Sở Công Thương', ''),
        ('Cục Thuế tỉnh Tây Ninh', ''), ('Kho bạc Nhà nước Tây Ninh', ''), ('Cục Thống kê tỉnh', ''),
        ('Ban Quản lý Khu kinh tế tỉnh', '')]),
    ('Khối thi đua số 2\n(Khối Kinh tế - Kỹ thuật)', [
        ('Sở Nông nghiệp và Phát triển nông thôn', 'Khối trưởng'), ('Sở Tài nguyên và Môi trường', ''),
        ('Sở Xây dựng', 'Khối phó'), ('Sở Giao thông vận tải', ''), ('Sở Khoa học và Công nghệ', '')]),
    ('Khối thi đua số 3\n(Khối Văn hóa - Xã hội)', [
        ('Sở Giáo dục và Đào tạo', 'Khối trưởng'), ('Sở Y tế', ''), ('Sở Văn hóa, Thể thao và Du lịch', 'Khối phó'),
        ('Sở Lao động - Thương binh và Xã hội', ''), ('Sở Thông tin và Truyền thông', ''),
        ('Đài Phát thanh và Truyền hình Tây Ninh', ''), ('Báo Tây Ninh', '')]),
    ('Khối thi đua số 4\n(Khối Nội chính)', [
        ('Thanh tra tỉnh', 'Khối trưởng'), ('Sở Nội vụ', 'Khối phó'), ('Sở Tư pháp', ''),
        ('Văn phòng UBND tỉnh', ''), ('Sở Ngoại vụ', ''), ('Ban Dân tộc tỉnh', '')]),
]


def build_tn_2024():
    d = new_doc()
    letterhead(d, ['ỦY BAN NHÂN DÂN', 'TỈNH TÂY NINH', '-------', 'Số: 45/QĐ-UBND'],
               ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---------------',
                'Tây Ninh, ngày 10 tháng 01 năm 2024'])
    title(d, 'QUYẾT ĐỊNH', 'Về việc kiện toàn các khối thi đua thuộc Ủy ban nhân dân tỉnh',
          'và phân công Khối trưởng, Khối phó năm 2024', '________', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂY NINH')
    for s in ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
              'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
              'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ;',
              'Căn cứ Quyết định số 310/QĐ-UBND ngày 24 tháng 02 năm 2022 của UBND tỉnh Tây Ninh ban hành Quy chế hoạt động của các khối, cụm thi đua;',
              'Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 09/TTr-SNV ngày 05 tháng 01 năm 2024.']:
        para(d, s, italic=True)
    title(d, 'QUYẾT ĐỊNH:')
    para(d, 'Điều 1. Kiện toàn 04 khối thi đua thuộc Ủy ban nhân dân tỉnh và phân công Khối trưởng, Khối phó năm 2024 như sau:')
    t = d.add_table(rows=1, cols=4)
    t.style = 'Table Grid'
    for i, h in enumerate(['Khối thi đua', 'STT', 'Tên cơ quan, đơn vị', 'Nhiệm vụ năm 2024']):
        c = t.rows[0].cells[i]; c.text = ''
        r = c.paragraphs[0].add_run(h); r.bold = True
    for bloc, units in TN_BLOCS:
        first = None
        for i, (u, role) in enumerate(units):
            cells = t.add_row().cells
            cells[1].text = str(i + 1); cells[2].text = u; cells[3].text = role
            if first is None:
                first = cells[0]; first.text = bloc
            last = cells[0]
        first.merge(last)
    para(d, 'Điều 2. Khối trưởng, Khối phó có trách nhiệm tổ chức hoạt động của khối theo Quy chế; tổ chức hội nghị tổng kết, bình xét, suy tôn đơn vị dẫn đầu và đề nghị khen thưởng gửi về Sở Nội vụ (Ban Thi đua - Khen thưởng).')
    para(d, 'Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ và Thủ trưởng các cơ quan, đơn vị có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này. Quyết định có hiệu lực kể từ ngày ký.')
    signature(d, ['Nơi nhận:', '- Như Điều 3;', '- TT.TU; TT.HĐND tỉnh;', '- CT, các PCT UBND tỉnh;', '- Lưu: VT, VP.UBND tỉnh.'],
              ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Võ Đức Trọng'])
    d.save(out('QD_45-QD-UBND_TayNinh_kien_toan_khoi_thi_dua_2024.docx'))


# ----------------------------------------------------------------------------------------------
# 3. New Tây Ninh 2025: renumbered blocs, old -> new names, x columns
LA, TN = 'tỉnh Long An', 'tỉnh Tây Ninh'
NEW_BLOCS = [
    ('KHỐI THI ĐUA SỐ 1 - KHỐI KINH TẾ TỔNG HỢP', [
        ('Sở Tài chính', 'Sở Tài chính và Sở Kế hoạch và Đầu tư tỉnh Long An; Sở Tài chính và Sở Kế hoạch và Đầu tư tỉnh Tây Ninh', 'x', ''),
        ('Sở Công Thương', 'Sở Công Thương tỉnh Long An; Sở Công Thương tỉnh Tây Ninh', '', 'x'),
        ('Thuế tỉnh Tây Ninh', 'Cục Thuế tỉnh Long An; Cục Thuế tỉnh Tây Ninh', '', ''),
        ('Kho bạc Nhà nước Khu vực XVII', 'Kho bạc Nhà nước Long An; Kho bạc Nhà nước Tây Ninh', '', ''),
        ('Thống kê tỉnh Tây Ninh', 'Cục Thống kê tỉnh Long An; Cục Thống kê tỉnh Tây Ninh', '', ''),
        ('Ban Quản lý Khu kinh tế tỉnh', 'Ban Quản lý Khu kinh tế tỉnh Long An; Ban Quản lý Khu kinh tế tỉnh Tây Ninh', '', '')]),
    ('KHỐI THI ĐUA SỐ 2 - KHỐI KINH TẾ - KỸ THUẬT', [
        ('Sở Nông nghiệp và Môi trường', 'Sở Nông nghiệp và Phát triển nông thôn, Sở Tài nguyên và Môi trường của hai tỉnh Long An, Tây Ninh', 'x', ''),
        ('Sở Xây dựng', 'Sở Xây dựng, Sở Giao thông vận tải của hai tỉnh Long An, Tây Ninh', '', ''),
        ('Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ, Sở Thông tin và Truyền thông của hai tỉnh Long An, Tây Ninh', '', 'x'),
        ('Ban Quản lý dự án đầu tư xây dựng tỉnh', 'Ban Quản lý dự án đầu tư xây dựng tỉnh Long An; Ban Quản lý dự án đầu tư xây dựng tỉnh Tây Ninh', '', '')]),
    ('KHỐI THI ĐUA SỐ 3 - KHỐI NỘI CHÍNH', [
        ('Sở Nội vụ', 'Sở Nội vụ, Sở Lao động - Thương binh và Xã hội của hai tỉnh Long An, Tây Ninh', 'x', ''),
        ('Sở Tư pháp', 'Sở Tư pháp tỉnh Long An; Sở Tư pháp tỉnh Tây Ninh', '', 'x'),
        ('Thanh tra tỉnh', 'Thanh tra tỉnh Long An; Thanh tra tỉnh Tây Ninh', '', ''),
        ('Văn phòng UBND tỉnh', 'Văn phòng UBND tỉnh và Sở Ngoại vụ của hai tỉnh Long An, Tây Ninh', '', ''),
        ('Sở Dân tộc và Tôn giáo', 'Ban Dân tộc tỉnh Tây Ninh; bộ phận tôn giáo thuộc Sở Nội vụ của hai tỉnh', '', '')]),
    ('KHỐI THI ĐUA SỐ 4 - KHỐI VĂN HÓA - XÃ HỘI', [
        ('Sở Y tế', 'Sở Y tế tỉnh Long An; Sở Y tế tỉnh Tây Ninh', 'x', ''),
        ('Sở Giáo dục và Đào tạo', 'Sở Giáo dục và Đào tạo tỉnh Long An; Sở Giáo dục và Đào tạo tỉnh Tây Ninh', '', ''),
        ('Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch tỉnh Long An; Sở Văn hóa, Thể thao và Du lịch tỉnh Tây Ninh', '', 'x'),
        ('Báo và Phát thanh, Truyền hình Tây Ninh', 'Báo Long An, Đài Phát thanh và Truyền hình Long An, Báo Tây Ninh, Đài Phát thanh và Truyền hình Tây Ninh', '', ''),
        ('Trường Cao đẳng Tây Ninh', 'Trường Cao đẳng nghề Tây Ninh', '', '')]),
]


def set_span(cell, n):
    tcPr = cell._tc.get_or_add_tcPr()
    g = OxmlElement('w:gridSpan'); g.set(qn('w:val'), str(n)); tcPr.append(g)


def build_new_2025():
    d = new_doc()
    letterhead(d, ['ỦY BAN NHÂN DÂN', 'TỈNH TÂY NINH', '-------', 'Số: 1520/QĐ-UBND'],
               ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---------------',
                'Tây Ninh, ngày 18 tháng 8 năm 2025'])
    title(d, 'QUYẾT ĐỊNH', 'Về việc phân chia khối thi đua các sở, ban, ngành tỉnh',
          'và chỉ định Khối trưởng, Khối phó năm 2025', '________', 'ỦY BAN NHÂN DÂN TỈNH TÂY NINH')
    for s in ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
              'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
              'Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;',
              'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
              'Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 312/TTr-SNV ngày 11 tháng 8 năm 2025.']:
        para(d, s, italic=True)
    title(d, 'QUYẾT ĐỊNH:')
    para(d, 'Điều 1. Phân chia các sở, ban, ngành tỉnh Tây Ninh (sau sắp xếp, hợp nhất tỉnh Long An và tỉnh Tây Ninh) thành 04 khối thi đua; chỉ định Khối trưởng, Khối phó năm 2025 (đánh dấu "x" tại cột tương ứng) như sau:')
    hdr = ['STT', 'Tên cơ quan, đơn vị (sau sắp xếp)', 'Cơ quan, đơn vị trước sắp xếp', 'Khối trưởng', 'Khối phó']
    t = d.add_table(rows=1, cols=5); t.style = 'Table Grid'
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]; c.text = ''
        r = c.paragraphs[0].add_run(h); r.bold = True
    for sec, units in NEW_BLOCS:
        row = t.add_row()
        a = row.cells[0]; a.merge(row.cells[4])
        a.text = ''
        r = a.paragraphs[0].add_run(sec); r.bold = True
        for i, (u, old, kt, kp) in enumerate(units):
            cells = t.add_row().cells
            for j, v in enumerate([str(i + 1), u, old, kt, kp]):
                cells[j].text = v
    para(d, 'Điều 2. Khối trưởng, Khối phó năm 2025 tổ chức hoạt động của khối từ ngày Quyết định này có hiệu lực đến ngày 31/12/2025; việc chấm điểm, bình xét năm 2025 thực hiện trên cơ sở kết quả của cả năm, bao gồm kết quả của các cơ quan, đơn vị trước sắp xếp. Khối trưởng, Khối phó năm 2026 do các thành viên bầu tại hội nghị tổng kết năm 2025.')
    para(d, 'Điều 3. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 160/QĐ-UBND ngày 14/01/2025 của UBND tỉnh Long An và Quyết định số 88/QĐ-UBND ngày 13/01/2025 của UBND tỉnh Tây Ninh.')
    para(d, 'Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ và Thủ trưởng các cơ quan, đơn vị có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.')
    signature(d, ['Nơi nhận:', '- Như Điều 3;', '- Bộ Nội vụ (Ban TĐKT Trung ương);', '- TT.TU, TT.HĐND tỉnh;',
                  '- CT, các PCT UBND tỉnh;', '- Lưu: VT, SNV.'],
              ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Lê Văn Phước'])
    d.save(out('QD_1520-QD-UBND_phan_chia_khoi_thi_dua_2025_sau_sap_xep.docx'))


# ----------------------------------------------------------------------------------------------
# 4. Regulation (Quy chế) – QPPL decision, effective 15/9/2025, signed 05/9/2025
def build_quy_che():
    d = new_doc()
    letterhead(d, ['ỦY BAN NHÂN DÂN', 'TỈNH TÂY NINH', '-------', 'Số: 35/2025/QĐ-UBND'],
               ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---------------',
                'Tây Ninh, ngày 05 tháng 9 năm 2025'])
    title(d, 'QUYẾT ĐỊNH', 'Ban hành Quy chế tổ chức và hoạt động của các khối, cụm thi đua', 'thuộc Ủy ban nhân dân tỉnh Tây Ninh', '________', 'ỦY BAN NHÂN DÂN TỈNH TÂY NINH')
    for s in ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
              'Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;',
              'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
              'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
              'Theo đề nghị của Giám đốc Sở Nội vụ.']:
        para(d, s, italic=True)
    title(d, 'QUYẾT ĐỊNH:')
    para(d, 'Điều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động của các khối, cụm thi đua thuộc Ủy ban nhân dân tỉnh Tây Ninh.')
    para(d, 'Điều 2. Hiệu lực thi hành')
    para(d, '1. Quyết định này có hiệu lực thi hành kể từ ngày 15 tháng 9 năm 2025.')
    para(d, '2. Quyết định này thay thế Quyết định số 2156/QĐ-UBND ngày 20 tháng 3 năm 2023 của UBND tỉnh Long An ban hành Quy chế tổ chức và hoạt động của các khối, cụm thi đua thuộc tỉnh và Quyết định số 310/QĐ-UBND ngày 24 tháng 02 năm 2022 của UBND tỉnh Tây Ninh ban hành Quy chế hoạt động của các khối, cụm thi đua.')
    para(d, 'Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã, phường chịu trách nhiệm thi hành Quyết định này.')
    signature(d, ['Nơi nhận:', '- Như Điều 3;', '- Bộ Nội vụ;', '- Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính - Bộ Tư pháp;',
                  '- TT.TU, TT.HĐND tỉnh;', '- Công báo tỉnh;', '- Lưu: VT, SNV.'],
              ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Lê Văn Phước'])
    d.add_page_break()
    title(d, 'QUY CHẾ', 'Tổ chức và hoạt động của các khối, cụm thi đua thuộc Ủy ban nhân dân tỉnh Tây Ninh')
    para(d, '(Ban hành kèm theo Quyết định số 35/2025/QĐ-UBND ngày 05 tháng 9 năm 2025 của UBND tỉnh Tây Ninh)', italic=True, align=C)
    body = [
        ('C', 'Chương I'), ('C', 'QUY ĐỊNH CHUNG'),
        ('D', 'Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng'),
        ('P', '1. Quy chế này quy định việc tổ chức, hoạt động, chấm điểm, bình xét thi đua và đề nghị khen thưởng của các khối thi đua các sở, ban, ngành tỉnh và các cụm thi đua các xã, phường thuộc tỉnh Tây Ninh.'),
        ('P', '2. Quy chế áp dụng đối với các cơ quan, đơn vị, địa phương là thành viên các khối, cụm thi đua do Ủy ban nhân dân tỉnh quyết định thành lập.'),
        ('D', 'Điều 2. Nguyên tắc tổ chức và hoạt động'),
        ('P', 'a) Tự nguyện, tự giác, công khai, minh bạch, đoàn kết, hợp tác và cùng phát triển;'),
        ('P', 'b) Khối trưởng, Khối phó (Cụm trưởng, Cụm phó) được luân phiên hằng năm giữa các thành viên; nhiệm kỳ 01 năm, tính từ ngày 01 tháng 01 đến ngày 31 tháng 12;'),
        ('P', 'c) Việc chấm điểm, bình xét phải bảo đảm chính xác, dân chủ, khách quan; thành tích đến đâu khen thưởng đến đó.'),
        ('C', 'Chương II'), ('C', 'TỔ CHỨC VÀ HOẠT ĐỘNG CỦA KHỐI, CỤM THI ĐUA'),
        ('D', 'Điều 3. Tổ chức khối, cụm thi đua'),
        ('P', '1. Khối thi đua gồm các sở, ban, ngành và cơ quan Trung ương đóng trên địa bàn tỉnh có chức năng, nhiệm vụ tương đồng; cụm thi đua gồm Ủy ban nhân dân các xã, phường có điều kiện tương đồng.'),
        ('P', '2. Mỗi khối, cụm có 01 Khối trưởng (Cụm trưởng) và 01 Khối phó (Cụm phó), do các thành viên bầu tại hội nghị tổng kết năm trước và được Ủy ban nhân dân tỉnh công nhận.'),
        ('D', 'Điều 4. Nhiệm vụ của Khối trưởng, Cụm trưởng'),
        ('P', 'a) Xây dựng kế hoạch hoạt động; tổ chức ký kết giao ước thi đua trước ngày 31 tháng 3 hằng năm;'),
        ('P', 'b) Tổ chức hội nghị sơ kết 6 tháng trước ngày 15 tháng 7 và hội nghị tổng kết năm trước ngày 20 tháng 12 hằng năm;'),
        ('P', 'c) Chủ trì chấm điểm, bình xét, suy tôn; gửi hồ sơ đề nghị khen thưởng về Sở Nội vụ (qua Ban Thi đua - Khen thưởng) trước ngày 31 tháng 12 hằng năm; hồ sơ gửi sau thời hạn này không được xem xét trong đợt khen thưởng tổng kết năm;'),
        ('P', 'd) Bàn giao nhiệm vụ, hồ sơ, tài liệu cho Khối trưởng (Cụm trưởng) năm sau ngay sau hội nghị tổng kết.'),
        ('D', 'Điều 5. Nhiệm vụ của Khối phó, Cụm phó'),
        ('P', 'Phối hợp với Khối trưởng (Cụm trưởng) tổ chức các hoạt động của khối, cụm; thay mặt Khối trưởng (Cụm trưởng) điều hành khi được ủy quyền.'),
        ('D', 'Điều 6. Thang điểm và tiêu chí chấm điểm'),
        ('P', '1. Việc chấm điểm thực hiện theo thang điểm 100, gồm:'),
        ('P', 'a) Thực hiện nhiệm vụ chính trị, chuyên môn được giao: tối đa 60 điểm;'),
        ('P', 'b) Công tác thi đua, khen thưởng và thực hiện giao ước thi đua: tối đa 20 điểm;'),
        ('P', 'c) Xây dựng tổ chức, đoàn kết nội bộ, cải cách hành chính: tối đa 20 điểm.'),
        ('P', '2. Điểm trừ: cơ quan, đơn vị có cán bộ, công chức, viên chức bị kỷ luật từ hình thức khiển trách trở lên trong năm bị trừ 02 điểm cho mỗi trường hợp.'),
        ('P', '3. Các thành viên tự chấm điểm; Khối trưởng tổ chức chấm chéo và tổng hợp điểm khối chấm. Kết quả xếp hạng căn cứ vào điểm khối chấm.'),
        ('D', 'Điều 7. Bình xét, suy tôn'),
        ('P', '1. Việc bình xét, suy tôn thực hiện bằng hình thức bỏ phiếu kín tại hội nghị tổng kết.'),
        ('P', '2. Đơn vị được suy tôn dẫn đầu phải có tổng điểm khối chấm cao nhất và được trên 50% tổng số thành viên của khối, cụm bỏ phiếu đồng ý.'),
        ('C', 'Chương III'), ('C', 'KHEN THƯỞNG'),
        ('D', 'Điều 8. Hình thức và số lượng khen thưởng'),
        ('P', 'a) Cờ thi đua của Ủy ban nhân dân tỉnh: xét tặng cho 01 đơn vị dẫn đầu của mỗi khối, cụm, đáp ứng tiêu chuẩn tại Điều 26 Luật Thi đua, khen thưởng;'),
        ('P', 'b) Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: mỗi khối, cụm đề nghị không quá 02 đơn vị có thành tích xuất sắc;'),
        ('P', 'c) Trong số các đơn vị được tặng Cờ thi đua của Ủy ban nhân dân tỉnh, Hội đồng Thi đua - Khen thưởng tỉnh lựa chọn đơn vị tiêu biểu xuất sắc để đề nghị tặng Cờ thi đua của Chính phủ theo Điều 25 Luật Thi đua, khen thưởng.'),
        ('D', 'Điều 9. Hồ sơ đề nghị khen thưởng'),
        ('P', 'Hồ sơ gồm: tờ trình của Khối trưởng (Cụm trưởng); biên bản hội nghị bình xét; bảng tổng hợp điểm tự chấm và điểm khối chấm; báo cáo thành tích của đơn vị được đề nghị.'),
        ('C', 'Chương IV'), ('C', 'TỔ CHỨC THỰC HIỆN'),
        ('D', 'Điều 10. Trách nhiệm của Sở Nội vụ'),
        ('P', 'Sở Nội vụ (Ban Thi đua - Khen thưởng) hướng dẫn, theo dõi hoạt động của các khối, cụm; thẩm định hồ sơ, trình Hội đồng Thi đua - Khen thưởng tỉnh xem xét.'),
        ('D', 'Điều 11. Sửa đổi, bổ sung'),
        ('P', 'Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, trình Ủy ban nhân dân tỉnh xem xét sửa đổi, bổ sung cho phù hợp.'),
    ]
    for k, s in body:
        if k == 'C': para(d, s, bold=True, align=C)
        elif k == 'D': para(d, s, bold=True)
        else: para(d, s)
    d.save(out('QD_35-2025-QD-UBND_Quy_che_khoi_cum_thi_dua.docx'))


# ----------------------------------------------------------------------------------------------
# 5. Campaign plan – signed by a vice-chairwoman, launched by the chairman at a ceremony
def build_ke_hoach():
    d = new_doc()
    letterhead(d, ['ỦY BAN NHÂN DÂN', 'TỈNH TÂY NINH', '-------', 'Số: 86/KH-UBND'],
               ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---------------',
                'Tây Ninh, ngày 16 tháng 3 năm 2026'])
    title(d, 'KẾ HOẠCH', 'Tổ chức phong trào thi đua "Tây Ninh chuyển đổi số - phục vụ người dân và doanh nghiệp"', 'giai đoạn 2026 - 2028')
    para(d, 'Thực hiện Luật Thi đua, khen thưởng năm 2022 và Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ; nhằm đẩy mạnh chuyển đổi số và cải cách thủ tục hành chính sau khi sắp xếp chính quyền địa phương hai cấp, Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức phong trào thi đua như sau:')
    secs = [
        ('I. MỤC ĐÍCH, YÊU CẦU', [
            '1. Tạo khí thế thi đua sôi nổi trong các cơ quan, đơn vị, địa phương, doanh nghiệp nhằm hoàn thành các mục tiêu chuyển đổi số của tỉnh, nâng cao chất lượng phục vụ người dân và doanh nghiệp.',
            '2. Phong trào được triển khai thiết thực, hiệu quả, tránh hình thức; gắn với việc phát hiện, nhân rộng các mô hình hay, cách làm sáng tạo.']),
        ('II. ĐỐI TƯỢNG, PHẠM VI', [
            'Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường; các doanh nghiệp, hợp tác xã trên địa bàn tỉnh; cán bộ, công chức, viên chức, người lao động và Nhân dân trong tỉnh.']),
        ('III. NỘI DUNG VÀ CHỈ TIÊU THI ĐUA', [
            'Kết quả thi đua được đánh giá theo 04 chỉ tiêu với trọng số như sau:',
            '1. 100% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình (trọng số 30%).',
            '2. Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến đạt từ 80% trở lên (trọng số 25%).',
            '3. Tỷ lệ hồ sơ được giải quyết đúng hạn đạt từ 98% trở lên (trọng số 25%).',
            '4. Mức độ hài lòng của người dân, doanh nghiệp đạt từ 90% trở lên (trọng số 20%).']),
        ('IV. THỜI GIAN VÀ CÁC BƯỚC THỰC HIỆN', [
            '1. Phát động: Tổ chức Lễ phát động phong trào vào ngày 26/3/2026 tại Trung tâm Hội nghị tỉnh; đồng chí Chủ tịch UBND tỉnh phát động phong trào.',
            '2. Đăng ký thi đua: Các cơ quan, đơn vị, địa phương gửi bản đăng ký thi đua về Sở Nội vụ (qua Ban Thi đua - Khen thưởng) trước ngày 15/4/2026.',
            '3. Giai đoạn 1 (từ tháng 4/2026 đến hết tháng 12/2026): hoàn thành chỉ tiêu 1; rà soát, tái cấu trúc quy trình các thủ tục hành chính.',
            '4. Giai đoạn 2 (năm 2027 - 2028): hoàn thành các chỉ tiêu 2, 3 và 4; sơ kết giữa kỳ vào Quý IV/2027.',
            '5. Tổng kết phong trào: Quý IV/2028.']),
        ('V. KHEN THƯỞNG', [
            '1. Sơ kết giữa kỳ: Chủ tịch UBND tỉnh tặng Bằng khen cho không quá 10 tập thể và 20 cá nhân có thành tích xuất sắc.',
            '2. Tổng kết: UBND tỉnh tặng Cờ thi đua cho 03 tập thể tiêu biểu xuất sắc nhất; Chủ tịch UBND tỉnh tặng Bằng khen cho không quá 20 tập thể và 30 cá nhân; lựa chọn tập thể, cá nhân tiêu biểu đề nghị Thủ tướng Chính phủ tặng Bằng khen.',
            '3. Tiền thưởng thực hiện theo Nghị định số 152/2025/NĐ-CP và hướng dẫn của Sở Nội vụ.']),
        ('VI. TỔ CHỨC THỰC HIỆN', [
            '1. Sở Nội vụ là cơ quan thường trực, tham mưu UBND tỉnh tổ chức Lễ phát động, theo dõi, hướng dẫn, tổng hợp kết quả và đề xuất khen thưởng.',
            '2. Sở Khoa học và Công nghệ theo dõi, đánh giá các chỉ tiêu chuyển đổi số; hằng quý báo cáo kết quả về Sở Nội vụ.',
            '3. Báo và Phát thanh, Truyền hình Tây Ninh mở chuyên trang, chuyên mục tuyên truyền về phong trào.']),
    ]
    for h, ps in secs:
        para(d, h, bold=True)
        for p in ps: para(d, p)
    signature(d, ['Nơi nhận:', '- Bộ Nội vụ;', '- TT.TU, TT.HĐND tỉnh;', '- CT, các PCT UBND tỉnh;',
                  '- Các sở, ban, ngành tỉnh;', '- UBND các xã, phường;', '- Lưu: VT, SNV.'],
              ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Nguyễn Thị Hồng Vân'])
    d.save(out('KH_86-KH-UBND_phong_trao_chuyen_doi_so_2026-2028.docx'))


if __name__ == '__main__':
    build_la_2024(); build_tn_2024(); build_new_2025(); build_quy_che(); build_ke_hoach()
    print('docx ok')
