# -*- coding: utf-8 -*-
"""XLSX: the 2026 roster (two-row merged header, x columns, abbreviations + legend, hidden outdated draft sheet),
the Khối 1 score sheet for 2025 (formulas with cached values), and a broken (truncated) 'official results' file."""
import re, shutil, zipfile, os
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from common import out

B = Font(bold=True)
CEN = Alignment(horizontal='center', vertical='center', wrap_text=True)
thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

ROSTER_2026 = [
    ('KHỐI THI ĐUA SỐ 1 - KHỐI KINH TẾ TỔNG HỢP', 1, [
        ('Sở Tài chính', '', '', ''), ('Sở Công Thương', 'x', '', ''), ('Thuế tỉnh Tây Ninh', '', 'x', ''),
        ('KBNN Khu vực XVII', '', '', ''), ('Thống kê tỉnh', '', '', ''), ('BQL Khu kinh tế tỉnh', '', '', '')]),
    ('KHỐI THI ĐUA SỐ 2 - KHỐI KINH TẾ - KỸ THUẬT', 2, [
        ('Sở NN&MT', '', 'x', ''), ('Sở Xây dựng', 'x', '', ''), ('Sở KH&CN', '', '', ''), ('BQLDA ĐTXD tỉnh', '', '', '')]),
    ('KHỐI THI ĐUA SỐ 3 - KHỐI NỘI CHÍNH', 3, [
        ('Sở Nội vụ', '', '', ''), ('Sở Tư pháp', 'x', '', ''), ('Thanh tra tỉnh', '', 'x', ''),
        ('Văn phòng UBND tỉnh', '', '', ''), ('Sở DT&TG', '', '', '')]),
    ('KHỐI THI ĐUA SỐ 4 - KHỐI VĂN HÓA - XÃ HỘI', 4, [
        ('Sở Y tế', '', '', ''), ('Sở GD&ĐT', 'x', '', ''), ('Sở VH,TT&DL', '', '', ''),
        ('Báo và PT,TH Tây Ninh', '', 'x', ''), ('Trường CĐ Tây Ninh', '', '', ''),
        ('Trường CĐ Long An', '', '', 'Bổ sung từ năm 2026')]),
]

DRAFT = [  # outdated draft (10/2025) with other leaders — hidden sheet
    (1, 'KBNN Khu vực XVII', 'Thống kê tỉnh'),
    (2, 'BQLDA ĐTXD tỉnh', 'Sở KH&CN'),
    (3, 'Sở DT&TG', 'Sở Nội vụ'),
    (4, 'Sở VH,TT&DL', 'Trường CĐ Tây Ninh'),
]

CLUSTERS_2026 = [
    ('CỤM THI ĐUA SỐ 1 - CÁC PHƯỜNG KHU VỰC TÂN AN - KIẾN TƯỜNG', [
        ('Phường Long An', '', ''), ('Phường Tân An', '', ''), ('Phường Khánh Hậu', 'x', ''), ('Phường Kiến Tường', '', 'x')]),
    ('CỤM THI ĐUA SỐ 2 - CÁC PHƯỜNG KHU VỰC TÂY NINH - HÒA THÀNH - TRẢNG BÀNG', [
        ('Phường Tân Ninh', '', ''), ('Phường Bình Minh', '', 'x'), ('Phường Ninh Thạnh', '', ''),
        ('Phường Hòa Thành', 'x', ''), ('Phường Long Hoa', '', ''), ('Phường Trảng Bàng', '', '')]),
    ('CỤM THI ĐUA SỐ 3 - CÁC XÃ KHU VỰC PHÍA ĐÔNG', [
        ('Xã Đức Hòa', '', 'x'), ('Xã Cần Giuộc', 'x', ''), ('Xã Bến Lức', '', ''), ('Xã Cần Đước', '', '')]),
    ('CỤM THI ĐUA SỐ 4 - CÁC XÃ KHU VỰC BIÊN GIỚI', [
        ('Xã Tân Biên', '', 'x'), ('Xã Châu Thành', 'x', ''), ('Xã Tân Châu', '', ''), ('Xã Bến Cầu', '', '')]),
]

LEGEND = ('Ghi chú: KT: Khối trưởng; KP: Khối phó; CT: Cụm trưởng; CP: Cụm phó; NN&MT: Nông nghiệp và Môi trường; '
          'KH&CN: Khoa học và Công nghệ; VH,TT&DL: Văn hóa, Thể thao và Du lịch; GD&ĐT: Giáo dục và Đào tạo; '
          'DT&TG: Dân tộc và Tôn giáo; KBNN: Kho bạc Nhà nước; BQL: Ban Quản lý; BQLDA ĐTXD: Ban Quản lý dự án đầu tư xây dựng; '
          'PT,TH: Phát thanh, Truyền hình; CĐ: Cao đẳng; UBND: Ủy ban nhân dân.')


def header2(ws, r, roleword, kt, kp):
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 1, end_column=2)
    ws.merge_cells(start_row=r, start_column=3, end_row=r + 1, end_column=3)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
    ws.merge_cells(start_row=r, start_column=6, end_row=r + 1, end_column=6)
    ws.cell(r, 1, 'STT'); ws.cell(r, 2, 'Tên cơ quan, đơn vị'); ws.cell(r, 3, roleword)
    ws.cell(r, 4, 'Nhiệm vụ năm 2026'); ws.cell(r + 1, 4, kt); ws.cell(r + 1, 5, kp); ws.cell(r, 6, 'Ghi chú')
    for rr in (r, r + 1):
        for c in range(1, 7):
            ws.cell(rr, c).font = B; ws.cell(rr, c).alignment = CEN; ws.cell(rr, c).border = BOX


def build_roster():
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = 'DS khoi 2026'
    ws.merge_cells('A1:F1'); ws['A1'] = 'DANH SÁCH KHỐI THI ĐUA CÁC SỞ, BAN, NGÀNH TỈNH NĂM 2026'; ws['A1'].font = Font(bold=True, size=13)
    ws.merge_cells('A2:F2'); ws['A2'] = '(Kèm theo Quyết định số 95/QĐ-UBND ngày 12/01/2026 của UBND tỉnh Tây Ninh về việc công nhận Khối trưởng, Khối phó, Cụm trưởng, Cụm phó năm 2026)'
    ws['A2'].alignment = CEN
    header2(ws, 4, 'Khối thi đua', 'KT', 'KP')
    r = 6
    for sec, num, units in ROSTER_2026:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1, sec).font = B; r += 1
        for i, (u, kt, kp, note) in enumerate(units):
            for c, v in enumerate([i + 1, u, num, kt, kp, note], 1):
                ws.cell(r, c, v if v != '' else None).border = BOX
            r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 1, LEGEND).alignment = Alignment(wrap_text=True, vertical='top')
    ws.row_dimensions[r].height = 75
    for col, w in zip('ABCDEF', (6, 34, 12, 8, 8, 22)): ws.column_dimensions[col].width = w

    wc = wb.create_sheet('Cum thi dua 2026')
    wc.merge_cells('A1:F1'); wc['A1'] = 'DANH SÁCH CỤM THI ĐUA CÁC XÃ, PHƯỜNG NĂM 2026'; wc['A1'].font = Font(bold=True, size=13)
    header2(wc, 3, 'Cụm thi đua', 'CT', 'CP')
    r = 5
    for n, (sec, units) in enumerate(CLUSTERS_2026, 1):
        wc.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        wc.cell(r, 1, sec).font = B; r += 1
        for i, (u, ct, cp) in enumerate(units):
            for c, v in enumerate([i + 1, u, n, ct, cp, None], 1):
                wc.cell(r, c, v if v != '' else None).border = BOX
            r += 1
    r += 1
    wc.cell(r, 1, 'Ghi chú: CT: Cụm trưởng; CP: Cụm phó.')
    for col, w in zip('ABCDEF', (6, 30, 12, 8, 8, 16)): wc.column_dimensions[col].width = w

    wd = wb.create_sheet('Du thao T10-2025')
    wd['A1'] = 'DỰ THẢO - LẤY Ý KIẾN (tháng 10/2025) - KHÔNG SỬ DỤNG'
    wd.append([])
    wd.append(['Khối', 'Khối trưởng 2026 (dự kiến)', 'Khối phó 2026 (dự kiến)'])
    for row in DRAFT: wd.append(list(row))
    wd.sheet_state = 'hidden'
    wb.active = 0
    wb.save(out('Danh_sach_khoi_cum_thi_dua_2026.xlsx'))


# ----------------------------------------------------------------------------------------------
SCORES = [  # unit, self score, TC1 (60), TC2 (20), TC3 (20), votes, proposal
    ('Sở Tài chính', 98.0, 58.5, 19.5, 19.5, 5, 'Cờ thi đua của UBND tỉnh'),
    ('Sở Công Thương', 97.0, 57.0, 19.0, 19.5, 1, 'Bằng khen của Chủ tịch UBND tỉnh'),
    ('Thuế tỉnh Tây Ninh', 96.0, 56.5, 19.0, 19.0, 0, 'Bằng khen của Chủ tịch UBND tỉnh'),
    ('Kho bạc Nhà nước Khu vực XVII', 95.5, 56.0, 18.5, 19.0, 0, ''),
    ('Thống kê tỉnh Tây Ninh', 94.0, 55.0, 18.5, 18.5, 0, ''),
    ('Ban Quản lý Khu kinh tế tỉnh', 93.5, 54.5, 18.5, 18.5, 0, ''),
]


def fill_cache(path, values):
    """openpyxl writes formulas with an empty <v/>; put the cached results in, as Excel would have saved them."""
    tmp = path + '.tmp'
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == 'xl/worksheets/sheet1.xml':
                s = data.decode('utf-8')
                for ref, v in values.items():
                    pat = re.compile(r'(<c r="%s"[^>]*>)(<f>[^<]*</f>)<v\s*/?>(?:</v>)?' % ref)
                    assert pat.search(s), ref
                    s = pat.sub(lambda m: m.group(1) + m.group(2) + '<v>%s</v>' % repr(float(v)).rstrip('0').rstrip('.'), s)
                data = s.encode('utf-8')
            zout.writestr(item, data)
    shutil.move(tmp, path)


def build_scores():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Khoi 1 - 2025'
    ws.merge_cells('A1:K1'); ws['A1'] = 'BẢNG TỔNG HỢP ĐIỂM CHẤM THI ĐUA NĂM 2025 - KHỐI THI ĐUA SỐ 1 (KHỐI KINH TẾ TỔNG HỢP)'; ws['A1'].font = Font(bold=True, size=13)
    ws.merge_cells('A2:K2'); ws['A2'] = 'Hội nghị tổng kết ngày 09/12/2025 - Khối trưởng: Sở Tài chính'
    # two-row header
    for rng in ('A4:A5', 'B4:B5', 'C4:C5', 'D4:G4', 'H4:H5', 'I4:I5', 'J4:J5', 'K4:K5'): ws.merge_cells(rng)
    ws['A4'] = 'STT'; ws['B4'] = 'Cơ quan, đơn vị'; ws['C4'] = 'Điểm tự chấm'; ws['D4'] = 'Điểm khối chấm'
    ws['D5'] = 'TC1 - Nhiệm vụ chuyên môn (tối đa 60)'; ws['E5'] = 'TC2 - Thi đua, khen thưởng (tối đa 20)'
    ws['F5'] = 'TC3 - Xây dựng tổ chức (tối đa 20)'; ws['G5'] = 'Tổng điểm khối chấm'
    ws['H4'] = 'Chênh lệch (tự chấm - khối chấm)'; ws['I4'] = 'Xếp hạng'; ws['J4'] = 'Số phiếu suy tôn dẫn đầu (6 thành viên)'; ws['K4'] = 'Đề nghị khen thưởng'
    for rr in (4, 5):
        for c in range(1, 12):
            ws.cell(rr, c).font = B; ws.cell(rr, c).alignment = CEN; ws.cell(rr, c).border = BOX
    cache = {}
    totals = [tc1 + tc2 + tc3 for _, _, tc1, tc2, tc3, _, _ in SCORES]
    ranks = [sorted(totals, reverse=True).index(t) + 1 for t in totals]
    for i, (u, self_s, tc1, tc2, tc3, votes, prop) in enumerate(SCORES):
        r = 6 + i
        ws.cell(r, 1, i + 1); ws.cell(r, 2, u); ws.cell(r, 3, self_s)
        ws.cell(r, 4, tc1); ws.cell(r, 5, tc2); ws.cell(r, 6, tc3)
        ws.cell(r, 7, f'=SUM(D{r}:F{r})'); cache[f'G{r}'] = totals[i]
        ws.cell(r, 8, f'=C{r}-G{r}'); cache[f'H{r}'] = self_s - totals[i]
        ws.cell(r, 9, f'=RANK(G{r},$G$6:$G$11)'); cache[f'I{r}'] = ranks[i]
        ws.cell(r, 10, votes); ws.cell(r, 11, prop or None)
        for c in range(1, 12): ws.cell(r, c).border = BOX
        for c in (3, 4, 5, 6, 7, 8): ws.cell(r, c).number_format = '0.0'
    ws['B12'] = 'Điểm bình quân của khối'; ws['B12'].font = B
    ws['G12'] = '=AVERAGE(G6:G11)'; ws['G12'].number_format = '0.00'
    cache['G12'] = sum(totals) / len(totals)
    ws['B13'] = 'Tổng số phiếu hợp lệ'; ws['J13'] = '=SUM(J6:J11)'; cache['J13'] = sum(s[5] for s in SCORES)
    ws['B15'] = 'Ghi chú: TC: tiêu chí; điểm khối chấm là căn cứ xếp hạng (Điều 6 Quy chế ban hành kèm theo Quyết định số 35/2025/QĐ-UBND).'
    for col, w in zip('ABCDEFGHIJK', (5, 32, 10, 12, 12, 12, 12, 12, 9, 14, 32)): ws.column_dimensions[col].width = w
    p = out('Bang_diem_Khoi_1_nam_2025.xlsx')
    wb.save(p)
    fill_cache(p, cache)
    return cache


def build_broken():
    """A file whose name promises the official results but whose zip is cut off (no central directory)."""
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Ket qua'
    ws['A1'] = 'KẾT QUẢ BÌNH XÉT CỜ THI ĐUA NĂM 2025 (CHÍNH THỨC)'
    for i in range(2, 400):
        ws.cell(i, 1, i - 1); ws.cell(i, 2, 'Đơn vị %d' % (i - 1)); ws.cell(i, 3, 'đang cập nhật')
    tmp = out('_tmp_broken.xlsx'); wb.save(tmp)
    data = open(tmp, 'rb').read(); os.remove(tmp)
    open(out('KET_QUA_CHINH_THUC_Co_thi_dua_2025.xlsx'), 'wb').write(data[:len(data) * 2 // 5])


if __name__ == '__main__':
    build_roster(); c = build_scores(); build_broken()
    print('xlsx ok', c)
