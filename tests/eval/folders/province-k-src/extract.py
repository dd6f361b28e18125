# -*- coding: utf-8 -*-
"""Plain-text extraction used only by cases.py to check expected strings against each document.
DOCX: paragraphs and table rows in body order; XLSX: every sheet (hidden ones included, flagged), cached values;
PDF: pdftotext (poppler-utils); HTML: tags stripped; TXT/MD: raw."""
import html, os, re, subprocess, zipfile
from html.parser import HTMLParser


def docx_text(path):
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = Document(path)
    out = []
    def walk(parent):
        for el in parent.element.body.iterchildren() if hasattr(parent.element, 'body') else []:
            tag = el.tag.split('}')[1]
            if tag == 'p': out.append(Paragraph(el, parent).text)
            elif tag == 'tbl':
                t = Table(el, parent)
                for row in t.rows:
                    seen, cells = set(), []
                    for c in row.cells:
                        if id(c._tc) in seen: continue
                        seen.add(id(c._tc)); cells.append(c.text.replace('\n', ' '))
                    out.append(' | '.join(cells))
    walk(d)
    return '\n'.join(out)


def xlsx_text(path):
    import openpyxl
    try:
        wb = openpyxl.load_workbook(path, data_only=True)
    except Exception as e:
        return ''
    out = []
    for ws in wb.worksheets:
        out.append(f'## sheet {ws.title} [{ws.sheet_state}]')
        for row in ws.iter_rows(values_only=True):
            vals = [str(v) for v in row if v is not None]
            if vals: out.append(' | '.join(vals))
    return '\n'.join(out)


def xlsx_visible_text(path):
    import openpyxl
    wb = openpyxl.load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        if ws.sheet_state != 'visible': continue
        for row in ws.iter_rows(values_only=True):
            vals = [str(v) for v in row if v is not None]
            if vals: out.append(' | '.join(vals))
    return '\n'.join(out)


def pdf_text(path):
    return subprocess.run(['pdftotext', '-layout', path, '-'], capture_output=True, text=True, check=True).stdout


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__(); self.parts = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'): self.skip += 1
        if tag in ('p', 'div', 'li', 'br', 'h1', 'h2', 'h3', 'tr'): self.parts.append('\n')
    def handle_endtag(self, tag):
        if tag in ('script', 'style'): self.skip -= 1
    def handle_data(self, data):
        if not self.skip: self.parts.append(data)


def html_text(path):
    p = _Strip(); p.feed(open(path, encoding='utf-8').read()); return ''.join(p.parts)


def text_of(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == '.docx': return docx_text(path)
    if ext == '.xlsx': return xlsx_text(path)
    if ext == '.pdf': return pdf_text(path)
    if ext in ('.html', '.htm'): return html_text(path)
    return open(path, encoding='utf-8').read()
