# -*- coding: utf-8 -*-
"""Rebuild every document in ../docs, then write and check ../province-k.jsonl."""
import build_docx, build_xlsx, build_pdf, build_web

build_docx.build_la_2024(); build_docx.build_tn_2024(); build_docx.build_new_2025(); build_docx.build_quy_che(); build_docx.build_ke_hoach()
build_xlsx.build_roster(); build_xlsx.build_scores(); build_xlsx.build_broken()
build_pdf.build_report_k1(); build_pdf.build_minutes_k4(); build_pdf.build_co_thi_dua()
build_web.build_khoi2(); build_web.build_launch(); build_web.build_dongnai(); build_web.build_txt(); build_web.build_md()
print('documents built')
import cases
cases.main()
