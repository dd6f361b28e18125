# -*- coding: utf-8 -*-
"""Text PDFs (reportlab): Khối 1 review report 2025, Khối 4 conference minutes 2025, decision awarding Cờ thi đua 2025."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, Preformatted
from common import out, FONT, FONT_B, FONT_I

pdfmetrics.registerFont(TTFont('DV', FONT)); pdfmetrics.registerFont(TTFont('DVB', FONT_B)); pdfmetrics.registerFont(TTFont('DVI', FONT_I))
N = ParagraphStyle('n', fontName='DV', fontSize=11, leading=15, alignment=TA_JUSTIFY, spaceAfter=4)
NB = ParagraphStyle('nb', parent=N, fontName='DVB')
NI = ParagraphStyle('ni', parent=N, fontName='DVI')
CT = ParagraphStyle('ct', parent=N, alignment=TA_CENTER)
CTB = ParagraphStyle('ctb', parent=CT, fontName='DVB')
SM = ParagraphStyle('sm', parent=N, fontSize=9, leading=11, alignment=0)
MONO = ParagraphStyle('mono', fontName='DV', fontSize=9.5, leading=12)


def head(left, right):
    t = Table([[[Paragraph(x, CTB if i < len(left) - 1 else CT) for i, x in enumerate(left)],
                [Paragraph(x, CTB if i < 2 else ParagraphStyle('r', parent=CT, fontName='DVI')) for i, x in enumerate(right)]]],
              colWidths=[7 * cm, 9.5 * cm])
    t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    return t


def sign(left, right):
    t = Table([[[Paragraph(x, SM) for x in left], [Paragraph(x, CTB) for x in right]]], colWidths=[7.5 * cm, 9 * cm])
    t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    return t


def grid(rows, widths):
    t = Table([[Paragraph(str(c), SM) for c in r] for r in rows], colWidths=[w * cm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('FONTNAME', (0, 0), (-1, 0), 'DVB'),
                           ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('BACKGROUND', (0, 0), (-1, 0), colors.whitesmoke)]))
    return t


def doc(name):
    return SimpleDocTemplate(out(name), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                             title=name, author='province-k')


# ----------------------------------------------------------------------------------------------
def build_report_k1():
    s = []
    s.append(head(['SỞ TÀI CHÍNH TỈNH TÂY NINH', 'KHỐI THI ĐUA SỐ 1', '-------', 'Số: 25/BC-KTĐ1'],
                  ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Tây Ninh, ngày 12 tháng 12 năm 2025']))
    s.append(Spacer(1, 10))
    s.append(Paragraph('BÁO CÁO', CTB))
    s.append(Paragraph('Tổng kết công tác thi đua, khen thưởng năm 2025 của Khối thi đua số 1 (Khối Kinh tế tổng hợp)', CTB))
    s.append(Spacer(1, 8))
    s.append(Paragraph('Thực hiện Quyết định số 1520/QĐ-UBND ngày 18/8/2025 của UBND tỉnh về việc phân chia khối thi đua các sở, ban, ngành tỉnh và chỉ định Khối trưởng, Khối phó năm 2025 và Quy chế ban hành kèm theo Quyết định số 35/2025/QĐ-UBND, Sở Tài chính (Khối trưởng Khối thi đua số 1 năm 2025) báo cáo kết quả như sau:', N))
    s.append(Paragraph('I. KẾT QUẢ HOẠT ĐỘNG CỦA KHỐI', NB))
    s.append(Paragraph('Khối thi đua số 1 năm 2025 gồm 06 thành viên: Sở Tài chính (Khối trưởng), Sở Công Thương (Khối phó), Thuế tỉnh Tây Ninh, Kho bạc Nhà nước Khu vực XVII, Thống kê tỉnh Tây Ninh và Ban Quản lý Khu kinh tế tỉnh. Sau khi sắp xếp tổ chức bộ máy, các thành viên đã nhanh chóng ổn định hoạt động, ký kết lại giao ước thi đua ngày 29/8/2025.', N))
    s.append(Paragraph('II. HỘI NGHỊ TỔNG KẾT', NB))
    s.append(Paragraph('Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025 của Khối được tổ chức lúc 08 giờ 00 ngày 09/12/2025 tại Hội trường Sở Tài chính (số 02 đường Hùng Vương, phường Long An). Hội nghị do ông Đặng Quốc Bảo, Giám đốc Sở Tài chính, Khối trưởng chủ trì; dự có đại diện lãnh đạo Ban Thi đua - Khen thưởng (Sở Nội vụ) và lãnh đạo 06/06 đơn vị thành viên.', N))
    s.append(Paragraph('III. KẾT QUẢ CHẤM ĐIỂM', NB))
    s.append(Paragraph('Kết quả chấm điểm theo thang điểm 100 (điểm khối chấm là căn cứ xếp hạng):', N))
    s.append(grid([['STT', 'Đơn vị', 'Điểm tự chấm', 'Điểm khối chấm', 'Xếp hạng'],
                   ['1', 'Sở Tài chính', '98,0', '97,5', '1'],
                   ['2', 'Sở Công Thương', '97,0', '95,5', '2'],
                   ['3', 'Thuế tỉnh Tây Ninh', '96,0', '94,5', '3'],
                   ['4', 'Kho bạc Nhà nước Khu vực XVII', '95,5', '93,5', '4'],
                   ['5', 'Thống kê tỉnh Tây Ninh', '94,0', '92,0', '5'],
                   ['6', 'Ban Quản lý Khu kinh tế tỉnh', '93,5', '91,5', '6']], [1.2, 6.3, 2.8, 2.8, 2.2]))
    s.append(Spacer(1, 6))
    s.append(Paragraph('IV. BÌNH XÉT, SUY TÔN VÀ ĐỀ NGHỊ KHEN THƯỞNG', NB))
    s.append(Paragraph('Qua bỏ phiếu kín, Sở Tài chính được 5/6 phiếu (đạt 83,3%) suy tôn là đơn vị dẫn đầu Khối thi đua số 1 năm 2025; Sở Công Thương được 1/6 phiếu. Hội nghị thống nhất đề nghị:', N))
    s.append(Paragraph('- UBND tỉnh tặng Cờ thi đua cho Sở Tài chính;', N))
    s.append(Paragraph('- Chủ tịch UBND tỉnh tặng Bằng khen cho Sở Công Thương và Thuế tỉnh Tây Ninh.', N))
    s.append(Paragraph('V. BÀN GIAO NHIỆM VỤ KHỐI TRƯỞNG NĂM 2026', NB))
    s.append(Paragraph('Hội nghị thống nhất bầu Sở Công Thương làm Khối trưởng và Thuế tỉnh Tây Ninh làm Khối phó Khối thi đua số 1 năm 2026. Ngay sau hội nghị, Sở Tài chính đã bàn giao nhiệm vụ Khối trưởng, hồ sơ, tài liệu của Khối cho Sở Công Thương.', N))
    s.append(Spacer(1, 12))
    s.append(sign(['Nơi nhận:', '- Sở Nội vụ (Ban TĐKT);', '- Các thành viên Khối 1;', '- Lưu: VT, Sở TC.'],
                  ['KHỐI TRƯỞNG', 'GIÁM ĐỐC SỞ TÀI CHÍNH', ' ', ' ', 'Đặng Quốc Bảo']))
    doc('BC_tong_ket_Khoi_thi_dua_so_1_nam_2025.pdf').build(s)


# ----------------------------------------------------------------------------------------------
def build_minutes_k4():
    s = []
    s.append(head(['SỞ Y TẾ TỈNH TÂY NINH', 'KHỐI THI ĐUA SỐ 4', '-------'],
                  ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Tây Ninh, ngày 16 tháng 12 năm 2025']))
    s.append(Spacer(1, 10))
    s.append(Paragraph('BIÊN BẢN', CTB))
    s.append(Paragraph('Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025 - Khối thi đua số 4 (Khối Văn hóa - Xã hội)', CTB))
    s.append(Spacer(1, 8))
    s.append(Paragraph('Thời gian: bắt đầu lúc 14 giờ 00, thứ Ba, ngày 16/12/2025.', N))
    s.append(Paragraph('Địa điểm: Hội trường Sở Y tế tỉnh Tây Ninh.', N))
    s.append(Paragraph('Chủ trì: bà Bùi Thị Mỹ Linh, Giám đốc Sở Y tế - Khối trưởng Khối thi đua số 4 năm 2025.', N))
    s.append(Paragraph('Thư ký: ông Ngô Thanh Tâm, Chánh Văn phòng Sở Y tế.', N))
    s.append(Paragraph('Thành phần: ông Lâm Quốc Huy, Phó Trưởng Ban Thi đua - Khen thưởng (Sở Nội vụ); lãnh đạo 05/05 đơn vị thành viên: Sở Y tế, Sở Giáo dục và Đào tạo, Sở Văn hóa, Thể thao và Du lịch (Khối phó), Báo và Phát thanh, Truyền hình Tây Ninh, Trường Cao đẳng Tây Ninh.', N))
    s.append(Paragraph('NỘI DUNG', NB))
    s.append(Paragraph('1. Khối trưởng thông qua báo cáo tổng kết năm 2025; các thành viên thống nhất nội dung báo cáo.', N))
    s.append(Paragraph('2. Kết quả chấm điểm (tự chấm / khối chấm):', N))
    rows = [
        'STT  Đơn vị                                    Tự chấm   Khối chấm   Xếp hạng',
        '1    Sở Y tế                                   98,5      97,75       1',
        '2    Sở Giáo dục và Đào tạo                    98,0      97,0        2',
        '3    Sở Văn hóa, Thể thao và Du lịch           97,0      96,25       3',
        '4    Báo và Phát thanh, Truyền hình Tây Ninh   96,5      95,5        4',
        '5    Trường Cao đẳng Tây Ninh                  95,0      94,0        5',
    ]
    s.append(Preformatted('\n'.join(rows), MONO))
    s.append(Spacer(1, 6))
    s.append(Paragraph('3. Bình xét, suy tôn: hội nghị bỏ phiếu kín, phát ra 05 phiếu, thu về 05 phiếu hợp lệ. Kết quả: Sở Y tế được 4/5 phiếu (80%) suy tôn dẫn đầu Khối; Sở Giáo dục và Đào tạo được 1/5 phiếu.', N))
    s.append(Paragraph('4. Đề nghị khen thưởng: đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Y tế; đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho Sở Giáo dục và Đào tạo và Sở Văn hóa, Thể thao và Du lịch.', N))
    s.append(Paragraph('5. Bầu Khối trưởng, Khối phó năm 2026: hội nghị thống nhất 100% bầu Sở Giáo dục và Đào tạo làm Khối trưởng, Báo và Phát thanh, Truyền hình Tây Ninh làm Khối phó Khối thi đua số 4 năm 2026. Sở Y tế bàn giao nhiệm vụ Khối trưởng cho Sở Giáo dục và Đào tạo tại hội nghị.', N))
    s.append(Paragraph('6. Đại diện Ban Thi đua - Khen thưởng thông báo: từ năm 2026, Trường Cao đẳng Long An được bổ sung vào Khối thi đua số 4.', N))
    s.append(Paragraph('Hội nghị kết thúc lúc 16 giờ 30 cùng ngày. Biên bản được đọc lại cho các thành viên cùng nghe và thống nhất thông qua.', N))
    s.append(Spacer(1, 12))
    t = Table([[[Paragraph('THƯ KÝ', CTB), Spacer(1, 30), Paragraph('Ngô Thanh Tâm', CTB)],
                [Paragraph('CHỦ TRÌ', CTB), Paragraph('KHỐI TRƯỞNG - GIÁM ĐỐC SỞ Y TẾ', CTB), Spacer(1, 16), Paragraph('Bùi Thị Mỹ Linh', CTB)]]],
              colWidths=[7.5 * cm, 9 * cm])
    s.append(t)
    doc('Bien_ban_hoi_nghi_tong_ket_Khoi_4_nam_2025.pdf').build(s)


# ----------------------------------------------------------------------------------------------
def build_co_thi_dua():
    s = []
    s.append(head(['ỦY BAN NHÂN DÂN', 'TỈNH TÂY NINH', '-------', 'Số: 215/QĐ-UBND'],
                  ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Tây Ninh, ngày 22 tháng 01 năm 2026']))
    s.append(Spacer(1, 10))
    s.append(Paragraph('QUYẾT ĐỊNH', CTB))
    s.append(Paragraph('Về việc tặng Cờ thi đua của Ủy ban nhân dân tỉnh năm 2025', CTB))
    s.append(Paragraph('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂY NINH', CTB))
    s.append(Spacer(1, 6))
    for c in ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
              'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
              'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
              'Căn cứ Quyết định số 35/2025/QĐ-UBND ngày 05 tháng 9 năm 2025 của UBND tỉnh ban hành Quy chế tổ chức và hoạt động của các khối, cụm thi đua;',
              'Theo đề nghị của Hội đồng Thi đua - Khen thưởng tỉnh và Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 15 tháng 01 năm 2026.']:
        s.append(Paragraph(c, NI))
    s.append(Paragraph('QUYẾT ĐỊNH:', CTB))
    s.append(Paragraph('Điều 1. Tặng Cờ thi đua của Ủy ban nhân dân tỉnh cho 09 (chín) tập thể đã hoàn thành xuất sắc toàn diện nhiệm vụ công tác, dẫn đầu phong trào thi đua năm 2025, gồm:', N))
    s.append(Paragraph('I. Đơn vị dẫn đầu khối thi đua các sở, ban, ngành tỉnh (03 tập thể)', NB))
    s.append(grid([['STT', 'Tập thể', 'Khối thi đua'],
                   ['1', 'Sở Tài chính', 'Khối thi đua số 1'],
                   ['2', 'Sở Nông nghiệp và Môi trường', 'Khối thi đua số 2'],
                   ['3', 'Sở Y tế', 'Khối thi đua số 4']], [1.2, 8, 6]))
    s.append(Spacer(1, 4))
    s.append(Paragraph('II. Đơn vị dẫn đầu cụm thi đua các xã, phường (04 tập thể)', NB))
    s.append(grid([['STT', 'Tập thể', 'Cụm thi đua'],
                   ['1', 'Ủy ban nhân dân phường Long An', 'Cụm thi đua số 1'],
                   ['2', 'Ủy ban nhân dân phường Tân Ninh', 'Cụm thi đua số 2'],
                   ['3', 'Ủy ban nhân dân xã Đức Hòa', 'Cụm thi đua số 3'],
                   ['4', 'Ủy ban nhân dân xã Tân Biên', 'Cụm thi đua số 4']], [1.2, 8, 6]))
    s.append(Spacer(1, 4))
    s.append(Paragraph('III. Đơn vị dẫn đầu phong trào thi đua theo chuyên đề (02 tập thể)', NB))
    s.append(grid([['STT', 'Tập thể', 'Phong trào'],
                   ['1', 'Sở Xây dựng', '"Cả nước chung tay xóa nhà tạm, nhà dột nát"'],
                   ['2', 'Ủy ban nhân dân xã Thạnh Bình', '"Cả nước chung sức xây dựng nông thôn mới"']], [1.2, 8, 6]))
    s.append(Spacer(1, 6))
    s.append(Paragraph('Điều 2. Tiền thưởng kèm theo Cờ thi đua thực hiện theo quy định tại Nghị định số 152/2025/NĐ-CP, được trích từ Quỹ thi đua, khen thưởng của tỉnh.', N))
    s.append(Paragraph('Điều 3. Chưa xem xét tặng Cờ thi đua đối với Khối thi đua số 3 (Khối Nội chính) do hồ sơ đề nghị gửi sau thời hạn quy định tại điểm c Điều 4 Quy chế ban hành kèm theo Quyết định số 35/2025/QĐ-UBND. Hội đồng Thi đua - Khen thưởng tỉnh sẽ xem xét khi Khối hoàn thiện hồ sơ theo quy định.', N))
    s.append(Paragraph('Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các cơ quan, đơn vị và các tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.', N))
    s.append(Spacer(1, 12))
    s.append(sign(['Nơi nhận:', '- Như Điều 4;', '- TT.TU, TT.HĐND tỉnh;', '- Các PCT UBND tỉnh;', '- Lưu: VT, SNV (Ban TĐKT).'],
                  ['CHỦ TỊCH', ' ', ' ', 'Trần Minh Khoa']))
    doc('QD_215-QD-UBND_tang_Co_thi_dua_nam_2025.pdf').build(s)


if __name__ == '__main__':
    build_report_k1(); build_minutes_k4(); build_co_thi_dua()
    print('pdf ok')
