# -*- coding: utf-8 -*-
"""Probe m_names: buyer names + one neutral item. Seeded; rebuild: python m_gen.py"""
import random, csv, json, math, os
from m_data import G, P, ITEMS, ST_T
R = random.Random(20261206)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
LANG_OF = {c: v[0] for c, v in P.items()}

RU_PATR = {'Иван':'Иванов','Алексей':'Алексеев','Сергей':'Сергеев','Дмитрий':'Дмитриев','Андрей':'Андреев','Михаил':'Михайлов',
 'Николай':'Николаев','Владимир':'Владимиров','Павел':'Павлов','Олег':'Олегов','Серик':'Сериков','Нурлан':'Нурланов','Ерлан':'Ерланов',
 'Бауыржан':'Бауыржанов','Арман':'Арманов','Ержан':'Ержанов','Данияр':'Данияров','Асхат':'Асхатов'}
CZ_F = {'Novák':'Nováková','Svoboda':'Svobodová','Novotný':'Novotná','Dvořák':'Dvořáková','Černý':'Černá','Procházka':'Procházková',
 'Kučera':'Kučerová','Veselý':'Veselá','Horák':'Horáková','Němec':'Němcová','Marek':'Marková','Pokorný':'Pokorná'}
JP_SUR = dict(zip('佐藤|鈴木|高橋|田中|伊藤|渡辺|山本|中村|小林|加藤|吉田|山田'.split('|'),
  'Sato|Suzuki|Takahashi|Tanaka|Ito|Watanabe|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Yamada'.split('|')))
JP_GIV = dict(zip('太郎|健一|大輔|翔太|誠|拓也|花子|美咲|陽子|さくら|恵子|由美'.split('|'),
  'Taro|Kenichi|Daisuke|Shota|Makoto|Takuya|Hanako|Misaki|Yoko|Sakura|Keiko|Yumi'.split('|')))
KZ_LAT = {'Нурланов':'Nurlanov','Серикбаев':'Serikbayev','Ахметов':'Akhmetov','Жумабаев':'Zhumabayev','Касымов':'Kassymov','Абдрахманов':'Abdrakhmanov',
 'Мусин':'Mussin','Токаев':'Tokayev','Исаков':'Issakov','Сулейменов':'Suleimenov','Бекмуханбетов':'Bekmukhanbetov','Оспанов':'Ospanov',
 'Асхат':'Askhat','Нурлан':'Nurlan','Ерлан':'Yerlan','Данияр':'Daniyar','Серик':'Serik','Бауыржан':'Baurzhan','Арман':'Arman','Ержан':'Yerzhan',
 'Айгерим':'Aigerim','Динара':'Dinara','Гульнара':'Gulnara','Асель':'Assel','Жанна':'Zhanna','Мадина':'Madina','Салтанат':'Saltanat','Айжан':'Aizhan'}

def sp(s): return s.split('|')

def fem_ru(l):
    if l.endswith(('ов','ев','ёв','ин','ын')): return l + 'а'
    return l

def person_parts(cc, fem=None):
    lang, src, fm, ff, sur = P[cc]
    if fem is None: fem = R.random() < 0.5
    f = R.choice(sp(ff) if fem else sp(fm)); l = R.choice(sp(sur))
    if cc == 'PL': l = l + ('a' if fem else 'i') if l.endswith('sk') else l
    if cc == 'CZ' and fem: l = CZ_F.get(l, l)
    if cc in ('RU','KZ') and fem: l = fem_ru(l)
    return f, l, fem

def person(cc):
    f, l, fem = person_parts(cc)
    fi = f[0]
    if cc in ('RU','KZ'):
        father = R.choice(['Иван','Алексей','Сергей','Дмитрий','Андрей','Михаил','Николай','Владимир','Павел','Олег'] if cc == 'RU' else ['Серик','Нурлан','Ерлан','Бауыржан','Арман','Ержан','Данияр','Асхат'])
        base = RU_PATR[father]
        if base.endswith('ев') or father in ('Алексей','Сергей','Андрей','Николай','Дмитрий'):
            pm = {'Алексей':'Алексеев','Сергей':'Сергеев','Андрей':'Андреев','Николай':'Николаев','Дмитрий':'Дмитриев'}[father] if father in ('Алексей','Сергей','Андрей','Николай','Дмитрий') else base
            stem = pm[:-2] + 'ев'
        else:
            stem = father + ('ов' if father != 'Михаил' else '')
            if father == 'Михаил': stem = 'Михайл'
        if father == 'Михаил': pat = 'Михайлов' + ('на' if fem else 'ич')
        elif father in ('Алексей','Сергей','Андрей','Николай'): pat = father[:-1] + 'ев' + ('на' if fem else 'ич')
        elif father == 'Дмитрий': pat = 'Дмитриев' + ('на' if fem else 'ич')
        elif father == 'Павел': pat = 'Павлов' + ('на' if fem else 'ич')
        else: pat = father + 'ов' + ('на' if fem else 'ич')
        fmt = R.choice(['full','full','full','init','fl','init2'] + (['lat'] if cc == 'KZ' else []))
        if fmt == 'full': return f'{l} {f} {pat}', 'surname_first_patronymic'
        if fmt == 'init': return f'{l} {fi}. {pat[0]}.', 'surname_initials'
        if fmt == 'init2': return f'{fi}.{pat[0]}. {l}', 'initials_surname'
        if fmt == 'lat':
            ll = KZ_LAT.get(l.rstrip('а') if fem and l.endswith('ова') else l, None) or KZ_LAT.get(l[:-1], 'Akhmetov')
            if fem: ll = ll + 'a'
            return f'{ll} {KZ_LAT[f]}', 'latin_surname_first'
        return f'{f} {l}', 'first_last'
    if cc == 'JP':
        fmt = R.choice(['k_sp','k','k_sama','rom','ROM'])
        if fmt == 'k_sp': return f'{l} {f}', 'kanji_surname_first'
        if fmt == 'k': return f'{l}{f}', 'kanji_surname_first'
        if fmt == 'k_sama': return f'{l} {f} 様', 'kanji_with_honorific'
        if fmt == 'rom': return f'{JP_GIV[f]} {JP_SUR[l]}', 'romaji_given_first'
        return f'{JP_SUR[l].upper()} {JP_GIV[f]}', 'romaji_surname_upper'
    if cc in ('ES','MX'):
        l2 = R.choice([x for x in sp(P[cc][4]) if x != l])
        fmt = R.choice(['f2','f2','l2f','f1','title'])
        if fmt == 'f2': return f'{f} {l} {l2}', 'two_surnames'
        if fmt == 'l2f': return f'{l} {l2}, {f}', 'last_comma_first'
        if fmt == 'f1': return f'{f} {l}', 'first_last'
        t = ('Sra.' if fem else 'Sr.') if cc == 'MX' else ('D.ª' if fem else 'D.')
        return f'{t} {f} {l} {l2}', 'title_two_surnames'
    if cc == 'BR':
        l2 = R.choice([x for x in sp(P[cc][4]) if x != l])
        part = {'Silva':'da ','Santos':'dos ','Souza':'de ','Oliveira':'de ','Costa':'da ','Lima':'de ','Almeida':'de ','Carvalho':'de '}.get(l2, '') if R.random() < 0.6 else ''
        fmt = R.choice(['full','full','short','upper'])
        if fmt == 'full': return f'{f} {l} {part}{l2}'.replace('  ',' '), 'given_family_particles'
        if fmt == 'short': return f'{f} {l2}', 'first_last'
        return f'{f.upper()} {l.upper()} {part.upper()}{l2.upper()}'.replace('  ',' '), 'uppercase_full'
    if cc in ('NL','BE') and (' ' in l and l[0].islower()):
        parts = l.split(' '); core = parts[-1]; prt = ' '.join(parts[:-1])
        fmt = R.choice(['fl','lcf','init','title'])
        if fmt == 'fl': return f'{f} {l}', 'first_last_particle'
        if fmt == 'lcf': return f'{core[0].upper()+core[1:]}, {f} {prt}', 'last_comma_first_particle'
        if fmt == 'init': return f'{fi}. {l}', 'initial_particle'
        return f"{'mevr.' if fem else 'dhr.'} {fi}. {l}", 'title_initial_particle'
    titles = {'de':(['Herr','Dr.','Prof. Dr.'],['Frau','Dr.','Frau Dr.']),'fr':(['M.','Monsieur','Dr'],['Mme','Madame','Dr']),
              'it':(['Sig.','Dott.','Ing.'],['Sig.ra','Dott.ssa','Prof.ssa']),'en':(['Mr','Mr.','Dr.'],['Mrs','Ms.','Dr']),
              'nl':(['dhr.','ir.'],['mevr.','drs.']),'pl':(['Pan','dr'],['Pani','dr']),'cs':(['Ing.','Mgr.','MUDr.'],['Ing.','Mgr.','Bc.']),
              'sv':([''],['']),'no':([''],['']),'da':([''],['']),'fi':([''],['']),'tr':(['Bay','Dr.'],['Bayan','Dr.'])}
    lang = P[cc][0]
    fmt = R.choice(['fl','fl','lcf','init','title','lf'])
    if cc == 'US' and R.random() < 0.3:
        mi = R.choice('ABCDEJKLMRST')
        return R.choice([f'{f} {mi}. {l}', f'{f} {mi}. {l} Jr.', f'{l}, {f} {mi}.']), 'first_middle_initial_last'
    if cc == 'FR' and fmt == 'lf': return f'{l.upper()} {f}', 'surname_upper_first'
    if cc == 'IT' and fmt == 'lf': return f'{l} {f}', 'surname_first'
    if cc in ('PL','CZ','TR') and fmt == 'lf': return f'{l} {f}', 'surname_first'
    if cc == 'IN' and fmt == 'init': return f'{fi}. {l}', 'initial_surname'
    if fmt == 'lf': fmt = 'lcf'
    if fmt == 'fl': return f'{f} {l}', 'first_last'
    if fmt == 'lcf': return f'{l}, {f}', 'last_comma_first'
    if fmt == 'init': return f'{fi}. {l}', 'initial_surname'
    t = R.choice(titles.get(lang, (['Mr'],['Ms']))[1 if fem else 0])
    if cc == 'TR' and t in ('Bay','Bayan'): return f'{f} {l} {"Hanım" if fem else "Bey"}', 'honorific'
    if not t: return f'{f} {l}', 'first_last'
    return f'{t} {f} {l}', 'title_first_last'

def item(lang): return R.choice(ITEMS[lang])

recs = []  # (name, item, label, amb, kind, country, source)
# --- third 1: companies ---
comp = [x for x in G if x[3] == 'B2B' and x[2] in ('company_no_legal_form','company_with_legal_form','state_owned_company','municipal_owned_company')]
pubg = [x for x in G if x[3] == 'B2G']
contr = [x for x in G if x[3] == 'B2B' and x not in comp]

def sample_groups(groups, target):
    tot = sum(len(x[6]) for x in groups); frac = min(1, target / tot); out = []
    for (cc, lang, kind, label, amb, src, names) in groups:
        k = max(1, round(len(names) * frac)) if frac < 1 else len(names)
        for n in R.sample(names, min(k, len(names))):
            out.append((n, item(lang), label, amb, kind, cc, src))
    return out

cn = [x for x in comp if x[2] == 'company_no_legal_form']; other = [x for x in comp if x[2] != 'company_no_legal_form']
recs += sample_groups(cn, 370)
recs += sample_groups(other, 200)
# sole traders
st = []
keys = list(ST_T)
seen = set()
while len(st) < 170:
    cc, lang = R.choice(keys)
    tpl = R.choice(ST_T[(cc, lang)])
    pc = cc if cc in P else 'DE'
    f, l, fem = person_parts(pc, fem=False if ('{rl}' in tpl) and R.random() < 0.6 else None)
    if '{rl}' in tpl:
        nm, _ = person(cc)
        # ИП + ФИО (full or initials)
        name = tpl.replace('{rl}', nm)
    else:
        name = tpl.replace('{f}', f).replace('{l}', l).replace('{rf}', f)
    if name in seen: continue
    seen.add(name)
    kind = 'sole_proprietor_ip' if name.startswith('ИП') else 'sole_trader_trade_name'
    src = 'Template: trade + surname from ' + P[pc][1]
    st.append((name, item(lang), 'B2B', False, kind, cc, src))
recs += st
# --- third 2: public bodies + contrast ---
recs += sample_groups(pubg, 420)
recs += sample_groups(contr, 190)
# --- third 3: persons ---
pers = []; seen = set(); cs = list(P)
i = 0
while len(pers) < 600:
    cc = cs[i % len(cs)]; i += 1
    nm, fmtk = person(cc)
    if nm in seen: continue
    seen.add(nm)
    pers.append((nm, item(P[cc][0]), 'B2C', False, 'private_person', cc, 'Generated from ' + P[cc][1] + f' (format: {fmtk})'))
recs += pers
# dedupe names
out = []; seen = set()
for r in recs:
    if r[0] in seen: continue
    seen.add(r[0]); out.append(r)
R.shuffle(out)
with open(f'{OUT}/layouts/m_names.csv', 'w', encoding='utf-8', newline='') as fh:
    w = csv.writer(fh); w.writerow(['Customer', 'Item'])
    for r in out: w.writerow([r[0], r[1]])
with open(f'{OUT}/key/m_names.labels.csv', 'w', encoding='utf-8', newline='') as fh:
    w = csv.writer(fh); w.writerow(['row', 'label', 'ambiguous', 'kind', 'country', 'source'])
    for i, r in enumerate(out):
        w.writerow([i, r[2], 'true' if r[3] else 'false', r[4], r[5], r[6]])
key = {"id": "m_names", "system": "Probe: buyer-name list (two-column CSV, not a real system export)", "country": "multi",
 "language": "multi",
 "docs": ["Not an export layout: a probe of buyer names only. Names come from public lists named per row in labels.csv 'source' "
          "(index constituent lists such as MDAX/SDAX, FTSE 250, S&P 400/600, SBF 120, AMX, IBEX, WIG, OMX, TOPIX, NIFTY; "
          "government directories such as GOV.UK, USA.gov, gov.pl, gov.kz, canada.ca, NCES, BIA; national surname statistics "
          "such as INSEE, ISTAT, INE, ONS, U.S. Census, PESEL, SCB, SSB). Person names are generated from common given names and "
          "surnames of each country in that country's usual written forms; sole traders' trade names are trade words + common surnames."],
 "fields": {"buyer": "Customer", "product": "Item", "quantity": None, "amount": None, "tax_id": None, "email": None, "payment": None, "comment": None},
 "notes": "UTF-8, comma, header line is the only non-record line. Every record is one buyer name with one neutral item (chair, laptop, monitor, lamp, desk, printer... in the buyer's language) that homes and offices buy alike, so the name alone decides. Row 0 is the first line after the header."}
json.dump(key, open(f'{OUT}/key/m_names.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(out))
