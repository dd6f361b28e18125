# -*- coding: utf-8 -*-
"""Shared helpers for building the province-k knowledge folder (invented facts, new Tây Ninh after the 2025 merger)."""
import os, re, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.normpath(os.path.join(HERE, '..', 'docs'))
os.makedirs(DOCS, exist_ok=True)

def out(name):
    return os.path.join(DOCS, name)

# fonts for reportlab
FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
FONT_B = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
FONT_I = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf'


def norm(s):
    """Same folding as /work/shared/tools/chat_eval.py norm()."""
    s = unicodedata.normalize('NFD', s or '')
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').replace('đ', 'd').replace('Đ', 'D').lower()
    s = re.sub(r'(?<=\d)[.,](?=\d{3})', '', s)
    return re.sub(r'\s+', ' ', s)
