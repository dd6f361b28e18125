#!/usr/bin/env python3
"""Checks real-h.jsonl against the real documents, using chat_eval.norm() (the matcher's own folding).
- every "all" alternative not listed in the turn's "derived" must occur in the norm()-folded text of one of the turn's docs;
- every "all" group must have at least one alternative found verbatim, unless all its alternatives are derived;
- derived money figures must equal coefficient x 2.340.000 (or its round-up to tens of thousands, NĐ 152 Điều 49 k2);
- no "none" alternative may be contained in an "all" alternative (a correct answer would then fail);
- decline turns carry no "all"; ids unique; every document in the folder is used at least once.
Prints where each "none" trap occurs in the corpus (document-derived trap or not) and exits non-zero on any error."""
import json, os, re, sys, math
sys.path.insert(0, '/work/shared/tools')
from chat_eval import norm

DOCDIR = '/work/shared/real-documents'
HERE = os.path.dirname(os.path.abspath(__file__))
docs = {f: norm(open(os.path.join(DOCDIR, f), encoding='utf-8').read()) for f in os.listdir(DOCDIR) if f.endswith('.md') and f != 'SOURCES.md'}
BASE = 2_340_000
# derived money figures -> coefficient of the base salary stated in the cited document
COMPUTED = {'215.280.000': 92, '215,28 triệu': 92, '1.404.000': 0.6, '1.410.000': 0.6, '1,4 triệu': 0.6,
            '36.270.000': 15.5, '36,27 triệu': 15.5, '710.000': 0.3, '702 nghìn': 0.3, '702 nghin': 0.3,
            '28,08 triệu': 12, '28.08 triệu': 12, '14,04 triệu': 6}
KINDS = {'amount', 'criteria', 'procedure', 'legal', 'signer', 'campaign', 'honorary', 'conversation', 'two-part', 'decline'}


def money_ok(s, k):
    v = k * BASE
    up = math.ceil(round(v) / 10000) * 10000
    t = s.replace('nghìn', '').replace('nghin', '').strip()
    if 'triệu' in t:
        x = float(t.replace('triệu', '').strip().replace(',', '.')) * 1e6
        return abs(x - v) < 60_000 or abs(x - up) < 60_000
    if re.fullmatch(r'\d{3}', t):  # "702 nghìn"
        return int(t) * 1000 in (round(v), up)
    x = int(t.replace('.', ''))
    return x in (round(v), up)


errors, info, used, ids = [], [], set(), set()
rows = [json.loads(l) for l in open(os.path.join(HERE, 'real-h.jsonl'), encoding='utf-8') if l.strip()]
nalts = nverb = nder = 0
for r in rows:
    if r['id'] in ids: errors.append(f"{r['id']}: duplicate id")
    ids.add(r['id'])
    if r.get('kind') not in KINDS: errors.append(f"{r['id']}: bad kind {r.get('kind')}")
    turns = r.get('turns') or [r]
    if r.get('kind') == 'conversation' and not (2 <= len(turns) <= 3): errors.append(f"{r['id']}: conversation with {len(turns)} turns")
    for i, t in enumerate(turns, 1):
        tag = f"{r['id']}#{i}"
        td = t.get('docs', [])
        for f in td:
            if f not in docs: errors.append(f"{tag}: unknown doc {f}")
        used.update(td)
        if t.get('decline'):
            if t.get('all'): errors.append(f"{tag}: decline turn with 'all'")
            continue
        if not t.get('all'): errors.append(f"{tag}: answerable turn without 'all'")
        der = set(t.get('derived', []))
        for a in der:
            if a in COMPUTED and not money_ok(a, COMPUTED[a]): errors.append(f"{tag}: computed figure {a} != {COMPUTED[a]} x {BASE}")
        for g in t.get('all', []):
            found = False
            for a in g:
                nalts += 1
                hit = [f for f in td if norm(a) in docs[f]]
                if hit: found = True; nverb += 1
                elif a in der: nder += 1
                else: errors.append(f"{tag}: '{a}' not in {td}")
            if not found and not all(a in der for a in g): errors.append(f"{tag}: group {g} has no verbatim alternative")
            if not found and all(a in der for a in g): info.append(f"{tag}: group {g} is computed only")
        for g in t.get('none', []):
            for n in g:
                for ga in t.get('all', []):
                    for a in ga:
                        if norm(n) in norm(a): errors.append(f"{tag}: none '{n}' is inside expected '{a}'")
                where = [f for f, txt in docs.items() if norm(n) in txt]
                info.append(f"{tag}: none '{n}' " + (f"occurs in {', '.join(sorted(where))}" if where else 'occurs in no document (invented/superseded trap)'))
unused = sorted(set(docs) - used)
if unused: errors.append('documents never used: ' + ', '.join(unused))
# stated money figures in the reward tables: check them against the multiples too
for fig, k in [('10530000', 4.5), ('7020000', 3), ('2340000', 1), ('702000', 0.3), ('3510000', 1.5), ('1872000', 0.8),
               ('4680000', 2), ('28080000', 12), ('18720000', 8), ('14040000', 6)]:
    if int(fig) != round(k * BASE): errors.append(f'table figure {fig} != {k} x {BASE}')
kinds = {}
for r in rows: kinds[r['kind']] = kinds.get(r['kind'], 0) + 1
print('cases:', len(rows), '| per kind:', ', '.join(f'{k} {v}' for k, v in sorted(kinds.items())))
print(f'alternatives: {nalts} ({nverb} verbatim in their document, {nder} derived)')
print('documents used:', len(used), 'of', len(docs))
for x in info: print('  info', x)
for e in errors: print('ERROR', e)
print('OK' if not errors else f'{len(errors)} errors')
sys.exit(1 if errors else 0)
