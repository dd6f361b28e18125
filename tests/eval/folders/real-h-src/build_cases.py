#!/usr/bin/env python3
"""Builds real-h.jsonl (blind eval cases for KtdBot) from the case table below.
Each turn carries two extra keys that chat_eval.py ignores:
  docs    - short names of the documents in /work/shared/real-documents/ the expected strings come from
  derived - alternatives that are NOT verbatim in a document: computed figures (multiple x 2.340.000)
            and format variants of a document string (15/12/2025 for "15 tháng 12 năm 2025", "3 lần" for "3,0 lần")
check_cases.py verifies every other expected string against the norm()-folded document text."""
import json, os

D = dict(
    A='tvpl_cstdcs_khong_can_sang_kien.md', B='tvpl_cstdcs_la_gi.md', C='tvpl_danh_hieu_ho_gia_dinh.md',
    D='tvpl_danh_hieu_vinh_du_nha_nuoc.md', E='tvpl_ho_so_cstd_cac_cap.md', F='tvpl_mot_sang_kien_nhieu_danh_hieu.md',
    G='tvpl_muc_thuong_cstd_tet_2026_nd152.md', H='tvpl_muc_thuong_tu_1-7-2025.md', I='tvpl_qua_trinh_cong_hien_nd152.md',
    J='tvpl_thu_tuc_co_thi_dua_chinh_phu_chuyen_de.md', K='tvpl_thuong_danh_hieu_tap_the_nd152.md',
    L='tvpl_ty_le_cstdcs_2025.md', M='tvpl_ty_le_phieu_cstdcs.md', BN='vb_bacninh_qd86-2025_quy_dinh_tdkt.md',
    BYT='vb_byt_qd3621-2025_quy_trinh_tthc_tdkt.md', DL='vb_daklak_kh0124-2025_dot_thi_dua_dai_hoi_xiv.md',
    NQ83='vb_hanoi_hdnd_nq83-2025_cong_dan_danh_du_thu_do.md', QD71='vb_hanoi_qd71-2025_cong_dan_thu_do_uu_tu.md',
    NA='vb_nghean_kh982-2025_dot_thi_dua_dai_hoi_xiv.md')

TYPO = ['2.340.000 triệu']  # the source articles' own typo ("2.340.000 triệu đồng"); an answer must not repeat it


def T(q, all=None, none=None, docs=[], derived=(), decline=False, note=None):
    t = {'q': q}
    if all: t['all'] = all
    if none: t['none'] = none
    if decline: t['decline'] = True
    t['docs'] = docs
    if derived: t['derived'] = list(derived)
    if note: t['note'] = note
    return t


C = []  # (kind, turn or [turns])

# ---------------- amount ----------------
C.append(('amount', T('muc thuong lđtt theo nđ 152 la bao nhieu tien vay ad',
    all=[['0,3', '0.3'], ['702.000', '710.000', '702 nghìn', '702 nghin']], none=[TYPO],
    docs='GH', derived=['0.3', '710.000', '702 nghìn', '702 nghin'],
    note='710.000 accepted: NĐ 152 Điều 49 k2 rounds up to tens of thousands (quoted in G); the tables print 702.000')))
C.append(('amount', T('CO THI DUA CUA CHINH PHU THUONG BAO NHIEU TIEN',
    all=[['12 lần', '12,0 lần', '12 lan'], ['28.080.000', '28,08 triệu', '28.08 triệu']], none=[TYPO],
    docs='GHK', derived=['28,08 triệu', '28.08 triệu'])))
C.append(('amount', T('cờ thi đua của đại học quốc gia dc thưởng mấy lần lương cơ sở, ra bn tiền',
    all=[['6,0', '6 lần'], ['14.040.000', '14,04 triệu']], none=[['12,0 lần', '12 lần mức lương']],
    docs='GHK', derived=['6 lần', '14,04 triệu'], note='none: the Government flag coefficient (row confusion)')))
C.append(('amount', T('tap the duoc tang huan chuong sao vang thi tien thuong bao nhieu',
    all=[['92 lần'], ['215.280.000', '215,28 triệu']], docs='K',
    derived=['215.280.000', '215,28 triệu'], note='computed: 92 x 2.340.000 = 215.280.000')))
C.append(('amount', T('giấy khen cho tập thể thì thưởng bn tiền',
    all=[['0,6'], ['1.404.000', '1.410.000', '1,4 triệu']], docs='K',
    derived=['1.404.000', '1.410.000', '1,4 triệu'],
    note='computed: 0,6 x 2.340.000 = 1.404.000 (1.410.000 after the Điều 49 round-up)')))
C.append(('amount', T('ba me viet nam anh hung dc thuong bao nhieu z',
    all=[['15,5'], ['36.270.000', '36,27 triệu']], docs='D',
    derived=['36.270.000', '36,27 triệu'], note='computed: 15,5 x 2.340.000 = 36.270.000; D quotes NĐ 98/2023 Điều 56')))
C.append(('amount', T('Hộ gia đình được tặng hình thức khen thưởng thì tiền thưởng tính như thế nào?',
    all=[['1,5 lần'], ['cá nhân']], docs='K')))
C.append(('amount', T('1 nguoi cung luc dat nhieu danh hieu thi dua, thoi gian tinh giong nhau thi dc nhan tien thuong the nao',
    all=[['cao nhất']], docs='G', note='NĐ 152 Điều 49 k5, second paragraph')))

# ---------------- criteria ----------------
C.append(('criteria', T('ko co sang kien thi co dc xet cstdcs ko ad',
    all=[['hoàn thành xuất sắc nhiệm vụ'], ['Lao động tiên tiến', 'Chiến sĩ tiên tiến', 'LĐTT']],
    docs='A', derived=['LĐTT'])))
C.append(('criteria', T('muốn đạt chiến sỹ thi đua cấp tỉnh thì phải có mấy lần liên tục CSTĐCS?',
    all=[['03 lần', '3 lần', 'ba lần']],
    docs='AF', derived=['ba lần'])))
C.append(('criteria', T('bac ninh tap the lao dong xuat sac can bao nhieu % lao dong tien tien',
    all=[['70%'], ['100%'], ['Chiến sĩ thi đua cơ sở', 'CSTĐCS']], docs='BN', derived=['CSTĐCS'])))
C.append(('criteria', T('o bac ninh ca nhan muon dc bang khen chu tich ubnd tinh thi can may lan cstdcs lien tuc',
    all=[['02 lần', '2 lần', 'hai lần'], ['Chiến sĩ thi đua cơ sở', 'CSTĐCS']], docs='BN', derived=['hai lần', 'CSTĐCS'])))
C.append(('criteria', T('TIEU CHUAN XET DANH HIEU CONG DAN THU DO UU TU LA GI',
    all=[['Chí công'], ['thành tích đặc biệt xuất sắc']], docs=['QD71'])))
C.append(('criteria', T('lđtt cho công nhân, nông dân thì tiêu chuẩn ra sao, ai quy định chi tiết',
    all=[['sản xuất có hiệu quả'], ['Ủy ban nhân dân cấp tỉnh', 'UBND cấp tỉnh', 'UBND tỉnh']],
    docs='L', derived=['UBND cấp tỉnh', 'UBND tỉnh'])))
C.append(('criteria', T('nguoi hoat dong lien tuc o chien truong mien nam de xet khen thuong qua trinh cong hien phai hoat dong it nhat bao nhieu nam',
    all=[['10 năm']], docs='I', note='NĐ 152 Điều 9 k1')))

# ---------------- procedure ----------------
C.append(('procedure', T('ho so de nghi xet cstdcs gom nhung gi',
    all=[['Tờ trình'], ['Báo cáo thành tích'], ['Biên bản bình xét'], ['sáng kiến']], docs='BEM')))
C.append(('procedure', T('Hội đồng TĐKT tỉnh Bắc Ninh họp xét đề nghị khen thưởng thì cần ít nhất bao nhiêu ủy viên tham dự?',
    all=[['80%']], docs='BN', note='general quorum is 2/3; award sessions need 80% (Điều 8 k4 b)')))
C.append(('procedure', T('ca nhan nop ho so giai thuong hai thuong lan ong cham nhat ngay nao',
    all=[['15 tháng 8', '15/8']], docs=['BYT'], derived=['15/8'],
    note='the managing unit then has until 30/9 (not the individual deadline)')))
C.append(('procedure', T('co thi dua chinh phu theo chuyen de, ho so ko du dieu kien thi bao lau bi tra lai',
    all=[['05 ngày làm việc', '5 ngày làm việc']], docs='J')))
C.append(('procedure', T('tiền thưởng sau khi nhân hệ số lương cơ sở có được làm tròn ko',
    all=[['làm tròn'], ['hàng chục nghìn']], docs='G', note='NĐ 152 Điều 49 k2')))
C.append(('procedure', T('xet cong dan danh du thu do thi so noi vu phai xin y kien bo nao',
    all=[['Bộ Ngoại giao'], ['Bộ Công an']], docs=['NQ83'])))
C.append(('procedure', T('ở bắc ninh cơ quan nào xác nhận việc thực hiện nghĩa vụ nộp ngân sách của trường hợp đề nghị khen thưởng',
    all=[['Thuế tỉnh'], ['Bảo hiểm xã hội tỉnh', 'BHXH tỉnh']], docs='BN', derived=['BHXH tỉnh'],
    note='deep detail: QĐ 86 Quy định Điều 10 k2 điểm d')))

# ---------------- legal ----------------
C.append(('legal', T('nđ 152/2025 có hiệu lực từ ngày nào',
    all=[['01/7/2025', '1/7/2025', '01 tháng 7 năm 2025', '1-7-2025']], docs='HI',
    derived=['1/7/2025', '01 tháng 7 năm 2025', '1-7-2025'])))
C.append(('legal', T('ty le cstdcs van khong duoc qua 15% so lđtt dung ko ad',
    all=[['91/2017'], ['không bị khống chế', 'không khống chế', 'đã bỏ', 'bỏ %', 'không còn', 'không quy định', 'bãi bỏ']],
    docs='L', derived=['không khống chế', 'không còn', 'không quy định', 'bãi bỏ'],
    note='the 15% cap came from NĐ 91/2017 Điều 9 k3, no longer in force since 1/1/2024')))
C.append(('legal', T('QĐ 86/2025 của Bắc Ninh bãi bỏ văn bản nào?',
    all=[['13/2024']], none=[['35/2024']], docs='BN', note='none: the Hà Nội decision replaced by QĐ 71/2025')))
C.append(('legal', T('NQ 32/2024 cua HDND Ha Noi ve cong dan danh du thu do con hieu luc ko',
    all=[['83/2025'], ['10 tháng 12 năm 2025', '10/12/2025']], docs=['NQ83'], derived=['10/12/2025'])))
C.append(('legal', T('1 sáng kiến có dùng để xét nhiều hình thức khen thưởng dc ko',
    all=[['5007'], ['một lần', '1 lần']], docs='F', derived=['1 lần'])))
C.append(('legal', T('QD 86 BAC NINH CAN CU THONG TU NAO CUA BO NOI VU',
    all=[['15/2025/TT-BNV']], none=[['01/2024/TT-BNV']], docs='BN',
    note='none: the circular that TT 15/2025 replaced (not in the documents)')))
C.append(('legal', T('chu tich ubnd xa co dc ky qd tang cstdcs ko hay phai len cap tren',
    all=[['129/2025'], ['Chiến sĩ thi đua cơ sở', 'CSTĐCS']], docs='A', derived=['CSTĐCS'],
    note='Luật Điều 80 k3 (quoted) gives the commune chairman only LĐTT, giấy khen, Gia đình văn hóa; NĐ 129/2025 Điều 59 adds CSTĐCS. A correct answer says yes and names NĐ 129/2025')))
C.append(('legal', T('QĐ 3621/QĐ-BYT có hiêu lực khi nào?', all=[['ngày ký']], docs=['BYT'])))

# ---------------- signer ----------------
C.append(('signer', T('NQ 83/2025/NQ-HĐND do ai ký',
    all=[['Phùng Thị Hồng Hà'], ['Chủ tịch']], none=[['Dương Đức Tuấn']], docs=['NQ83'])))
C.append(('signer', T('ke hoach 0124/KH-UBND cua dak lak ai ky, ngay nao',
    all=[['Đào Mỹ'], ['18 tháng 11', '18/11/2025', '18/11']], none=[['Phùng Thành Vinh']],
    docs=['DL'], derived=['18/11/2025', '18/11'])))
C.append(('signer', T('tờ trình của sở nội vụ bắc ninh đề nghị ban hành qđ 86 số mấy, ngày nào',
    all=[['252/TTr-SNV', '252'], ['06 tháng 11 năm 2025', '06/11/2025', '6/11/2025']], none=[['6453']],
    docs='BN', derived=['06/11/2025', '6/11/2025'], note='none: the Hà Nội Sở Nội vụ submission number (QĐ 71)')))
C.append(('signer', T('QĐ 71/2025/QĐ-UBND của Hà Nội ký ngày nào, theo tờ trình số mấy',
    all=[['26 tháng 11', '26/11/2025'], ['6453']], docs=['QD71'], derived=['26/11/2025'])))
C.append(('signer', T('nghị quyết công dân danh dự thủ đô được thông qua ở kỳ họp thứ mấy, khóa mấy',
    all=[['28'], ['XVI']], docs=['NQ83'])))

# ---------------- campaign ----------------
C.append(('campaign', T('chủ đề đợt thi đua của đắk lăk là gì',
    all=[['tăng tốc, bứt phá', 'tăng tốc bứt phá'], ['lần thứ XIV', 'Đại hội XIV']],
    docs=['DL'], derived=['tăng tốc bứt phá', 'Đại hội XIV'])))
C.append(('campaign', T('DAK LAK DOT THI DUA NAY CO NHUNG HINH THUC KHEN THUONG NAO',
    all=[['Huân chương Lao động'], ['Bằng khen của Thủ tướng', 'Bằng khen Thủ tướng'], ['Giấy khen']],
    docs=['DL'], derived=['Bằng khen Thủ tướng'])))
C.append(('campaign', T('dot thi dua cua nghe an bat dau tu khj nao',
    all=[['ngày ban hành']], none=[['tháng 10/2025']], docs=['NA'],
    note='none: the Đắk Lắk start (tháng 10/2025)')))
C.append(('campaign', T('kế hoạch 982 của nghệ an có nhắc những phong trào nào do thủ tướng phát động',
    all=[['nông thôn mới'], ['người nghèo', 'nhà tạm']], docs=['NA'])))
C.append(('campaign', T('dak lak thoi gian thuc hien dot thi dua la tu bao gio den bao gio',
    all=[['tháng 10/2025', '10/2025'], ['tổ chức thành công']], none=[['ngày ban hành Kế hoạch']],
    docs=['DL'], note='none: the Nghệ An start')))
C.append(('campaign', T('ở đắk lắk sở nào phối hợp chỉ đạo báo chí tuyên truyền đợt thi đua',
    all=[['Sở Văn hóa'], ['Tuyên giáo']], docs=['DL'])))

# ---------------- honorary ----------------
C.append(('honorary', T('danh hieu vinh du nha nuoc gom nhung danh hieu nao',
    all=[['Bà mẹ Việt Nam anh hùng'], ['Anh hùng Lao động'], ['Nhà giáo nhân dân'], ['Thầy thuốc'], ['Nghệ nhân']], docs='D')))
C.append(('honorary', T('cong dan thu do uu tu co truy tang ko, 1 nguoi dc tang may lan',
    all=[['không áp dụng hình thức truy tặng', 'không truy tặng', 'không áp dụng truy tặng', 'không được truy tặng'], ['một lần', '1 lần']],
    docs=['QD71'], derived=['không truy tặng', 'không áp dụng truy tặng', 'không được truy tặng', '1 lần'])))
C.append(('honorary', T('Người được tặng danh hiệu Công dân danh dự Thủ đô được hưởng quyền lợi gì?',
    all=[['dịch vụ công ích'], ['Huy hiệu']], docs=['NQ83'])))
C.append(('honorary', T('danh hieu thi dua danh cho ho gia dinhh la gi', all=[['Gia đình văn hóa']], docs='C')))
C.append(('honorary', T('dây đeo huy hiệu công dân danh dự thủ đô dài bao nhiêu',
    all=[['80cm', '80 cm', '80 phân']], docs=['NQ83'], derived=['80 cm'],
    note='deep detail in Phụ lục III; the same appendix gives two sizes for the badge (D=30cm and D=60mm), so the size itself is not asked')))
C.append(('honorary', T('giải thưởng hải thượng lãn ông là giải về lĩnh vực gì, mã quy trình là gì',
    all=[['y dược cổ truyền'], ['QT.YDCT.11']], docs=['BYT'])))

# ---------------- conversation ----------------
C.append(('conversation', [
    T('qđ 86/2025 bắc ninh có hiệu lực khi nào', all=[['15 tháng 12 năm 2025', '15/12/2025']], docs='BN', derived=['15/12/2025']),
    T('văn bản đó ai ký', all=[['Phạm Hoàng Sơn']], docs='BN'),
    T('ông ấy giữ chức gì', all=[['Chủ tịch']], none=[['Phó Chủ tịch']], docs='BN')]))
C.append(('conversation', [
    T('tieu chuan lao dong tien tien o bac ninh la gi', all=[['Hoàn thành tốt nhiệm vụ']], docs='BN'),
    T('con tap the thi sao?', all=[['70%'], ['cảnh cáo']], docs='BN',
      note='Tập thể lao động tiên tiến: ≥70% LĐTT and nobody disciplined at cảnh cáo or above')]))
C.append(('conversation', [
    T('Kế hoạch thi đua chào mừng Đại hội XIV của Nghệ An ai kí?', all=[['Phùng Thành Vinh']], none=[['Đào Mỹ']], docs=['NA']),
    T('còn đắk lắk thì sao', all=[['Đào Mỹ']], none=[['Phùng Thành Vinh']], docs=['DL'])]))
C.append(('conversation', [
    T('quy che xet tang cong dan thu do uu tu hien hanh la qd nao', all=[['71/2025']], docs=['QD71']),
    T('van ban do ai ky', all=[['Dương Đức Tuấn']], none=[['Phùng Thị Hồng Hà']], docs=['QD71']),
    T('ông ấy giữ chức gì', all=[['Phó Chủ tịch']], docs=['QD71'])]))
C.append(('conversation', [
    T('xét giải thưởng hải thượng lãn ông tổng thời gian giải quyết là bao nhiêu ngày', all=[['150 ngày']], docs=['BYT']),
    T('văn bản đó ai ký', all=[['Vũ Mạnh Hà']], docs=['BYT']),
    T('ông ấy sinh năm nào', decline=True, note='never stated')]))
C.append(('conversation', [
    T('ty le phieu dong y khi xet cstdcs la bao nhieu', all=[['80%']], docs='M'),
    T('con cstd toan quoc thi sao?', all=[['90%']], docs='M')]))
C.append(('conversation', [
    T('mức thưởng LĐTT năm 2025 là bao nhiêu', all=[['702.000', '710.000']], none=[TYPO], docs='H', derived=['710.000']),
    T('thế còn năm 2026?', all=[['702.000', '710.000']], none=[TYPO], docs='G', derived=['710.000'],
      note='G (Tết 2026) keeps 0,3 x 2.340.000')]))
C.append(('conversation', [
    T('nq 83 của hđnd hà nội về danh hiệu gì', all=[['Công dân danh dự Thủ đô']], docs=['NQ83']),
    T('ai dc xet tang', all=[['người nước ngoài']], docs=['NQ83']),
    T('vậy ai quyết định tặng', all=[['Chủ tịch Ủy ban nhân dân thành phố', 'Chủ tịch UBND thành phố', 'Chủ tịch UBND TP', 'Chủ tịch UBND Thành phố Hà Nội']],
      docs=['NQ83'], derived=['Chủ tịch UBND thành phố', 'Chủ tịch UBND TP', 'Chủ tịch UBND Thành phố Hà Nội'])]))

# ---------------- two-part ----------------
C.append(('two-part', T('QD 71/2025 Ha Noi hieu luc tu ngay nao va thay the QD nao',
    all=[['06 tháng 12 năm 2025', '06/12/2025', '6/12/2025'], ['35/2024']], none=[['13/2024']],
    docs=['QD71'], derived=['06/12/2025', '6/12/2025'])))
C.append(('two-part', T('bắc ninh hạn gửi hồ sơ khen tổng kết năm là ngày nào, còn ngành giáo dục thì sao',
    all=[['10/12'], ['10/7']], docs='BN')))
C.append(('two-part', T('nha giao nhan dan va nha giao uu tu thuong bao nhieu lan luong co so',
    all=[['12,5'], ['9,0', '9 lần']], docs='D', derived=['9 lần'])))
C.append(('two-part', T('ho so hai thuong lan ong nop may bo, co mat phi ko',
    all=[['01 bộ', '1 bộ'], ['Không quy định', 'không mất phí', 'miễn phí', 'không thu phí', 'không có phí']],
    docs=['BYT'], derived=['1 bộ', 'không mất phí', 'miễn phí', 'không thu phí', 'không có phí'])))
C.append(('two-part', T('Cờ thi đua của Chính phủ theo chuyên đề: thời hạn giải quyết bao lâu và thủ tuc quy định ở văn bản nào?',
    all=[['20 ngày làm việc'], ['311/QĐ-BNV', '311']], docs='J')))
C.append(('two-part', T('CSTĐ toàn quốc cần mấy lần CSTĐ tỉnh liên tục và được thưởng bao nhiêu',
    all=[['02 lần', '2 lần', 'hai lần'], ['10.530.000', '4,5']], docs='AEGH', derived=['hai lần'])))

# ---------------- decline ----------------
C.append(('decline', T('sdt phong thi dua khen thuong so noi vu bac ninh la bao nhieu', decline=True, note='no phone number anywhere')))
C.append(('decline', T('Giám đốc Sở Nội vụ Hà Nội hiện nay tên là gì?', decline=True, note='the office is named, the person never')))
C.append(('decline', T('quy dinh thi dua khen thuong cua tinh Quang Ninh nam 2025 co gi moi', decline=True, note='province not covered')))
C.append(('decline', T('Nghị định 215/2025/NĐ-CP về thi đua khen thưởng quy định những gì?', decline=True, note='invented decree number')))
C.append(('decline', T('DANH SACH CONG DAN THU DO UU TU NAM 2025 GOM NHUNG AI', decline=True, note='a list never given')))
C.append(('decline', T('giải thưởng hải thượng lãn ông được thưởng bao nhiêu tiền', decline=True, note='QĐ 3621 states no amount')))
C.append(('decline', T('dak lak da khen thuong bao nhieu tap the trong dot thi dua dai hoi XIV roi', decline=True, note='results not in the plan')))


def out():
    rows, n = [], 0
    for kind, x in C:
        n += 1
        r = {'id': f'rh-{n:03d}', 'kind': kind}
        if isinstance(x, list):
            for t in x:
                t['docs'] = [D[k] for k in (t['docs'] if isinstance(t['docs'], list) else list_keys(t['docs']))]
            r['turns'] = x
        else:
            x['docs'] = [D[k] for k in (x['docs'] if isinstance(x['docs'], list) else list_keys(x['docs']))]
            r.update(x)
        rows.append(r)
    p = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'real-h.jsonl')
    with open(p, 'w', encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(rows), 'cases ->', p)


def list_keys(s):
    # 'BN' -> ['BN'] (a key itself); 'GHK' -> ['G','H','K'] (single-letter keys)
    return [s] if s in D else list(s)


if __name__ == '__main__':
    out()
