"""Seeded generator for the k_names probe: Customer,Item with buyer names from public lists."""
import csv, json, random, re, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from k_items import ITEMS

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
rng = random.Random(20261206)
TARGET = 23  # per country per third

PERSON_SRC = {
 'RU': 'Wikipedia: Список общерусских фамилий; most common Russian given names (Rosstat)',
 'KZ': 'Wikipedia: Kazakh name; most popular names in Kazakhstan (stat.gov.kz)',
 'BY': 'Wikipedia: Belarusian surnames; common Belarusian given names',
 'UA': 'Wikipedia: Найпоширеніші прізвища в Україні; popular Ukrainian given names',
 'US': 'US Census Bureau: frequently occurring surnames 2010; SSA popular baby names',
 'GB': 'ONS baby names; Wikipedia: List of most common surnames in Europe (UK)',
 'IE': 'CSO Ireland baby names; Wikipedia: List of common Irish surnames',
 'CA': 'Wikipedia: List of most common surnames in North America (Canada); Statistique Québec names',
 'AU': 'Wikipedia: List of most common surnames in Oceania (Australia); NSW popular baby names',
 'DE': 'Wikipedia: Liste der häufigsten Familiennamen in Deutschland; GfdS Vornamen',
 'AT': 'Statistik Austria Vornamen; Wikipedia: häufigste Familiennamen in Österreich',
 'CH': 'BFS Vornamen/Nachnamen der Schweiz',
 'FR': 'INSEE prénoms; Wikipedia: Liste des noms de famille les plus courants en France',
 'BE': 'Statbel prénoms/noms; Wikipedia: most common surnames in Belgium',
 'NL': 'Meertens Instituut Nederlandse Familienamenbank; SVB voornamen',
 'ES': 'INE: apellidos y nombres más frecuentes',
 'PT': 'Wikipedia: apelidos mais comuns em Portugal; IRN nomes próprios',
 'IT': 'ISTAT nomi; Wikipedia: cognomi più diffusi in Italia',
 'PL': 'Wikipedia: Najpopularniejsze nazwiska w Polsce; PESEL imiona',
 'CZ': 'MV ČR četnost jmen a příjmení',
 'DK': 'Danmarks Statistik: navne',
 'NO': 'SSB: navn',
 'SE': 'SCB: namn',
 'FI': 'DVV nimipalvelu: suku- ja etunimet',
}

def parse(path):
    data = {}; cur = None; sec = None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            continue
        if line.startswith('@'):
            cc, lang = line[1:].split()
            cur = data[cc] = {'lang': lang, 'src': {}}
            continue
        if line.startswith('#'):
            parts = line[1:].split(' ', 1)
            sec = parts[0]
            cur['src'][sec] = parts[1] if len(parts) > 1 else ''
            if sec in ('cities', 'cities2', 'fm', 'ff', 'pm', 'pf', 'sn', 'snm', 'snf'):
                cur[sec] = []
            else:
                cur.setdefault(sec, [])
            continue
        if sec in ('cities', 'cities2', 'fm', 'ff', 'pm', 'pf', 'sn', 'snm', 'snf'):
            cur[sec] += line.split('|')
        else:
            cur[sec].append(line)
    return data

def female_ru(s):
    return s + 'а' if re.search(r'(ов|ев|ёв|ин)$', s) else s

FR_MARK = ('Université', 'République', 'Office des', 'Genève', 'Ville de', 'Ministère', 'Plomberie',
           'Oratoire', 'Boulangerie', 'SPF', 'Service public', 'Liège', 'CHU', 'Police fédérale',
           'Défense', 'Tribunal', 'Croix-Rouge', 'OTAN', 'Commune de')
NL_MARK = ('Stad ', 'Schrijnwerkerij', 'Kapsalon', 'Boekhoudkantoor', 'FOD', 'Vlaamse', 'Provincie',
           'Universiteit', 'Sint-', 'Vlerick', 'Colruyt', 'Delhaize', 'Van de Velde', 'Vandemoortele',
           'Port of Antwerp', 'STIB-MIVB', 'Lotus', 'Brico')
QC_FIRST = ('Chloé', 'Léa')

def lang_for(cc, lang, name):
    if cc == 'KZ' and re.search('[әғқңөұүһі]', name):
        return 'kk'
    if cc == 'CH' and any(m in name for m in FR_MARK):
        return 'fr'
    if re.match(r'(Mr|Mrs|Ms)\.? ', name):
        return lang
    if cc == 'CA' and (any(m in name for m in FR_MARK) or any(name.startswith(q) for q in QC_FIRST)
                       or 'Tremblay' in name or 'Côté' in name or 'Gagnon' in name or 'Desjardins' in name
                       or 'Jean Coutu' in name or 'Couche-Tard' in name or 'Hydro-Québec' in name):
        return 'fr'
    if cc == 'BE':
        if any(m in name for m in NL_MARK) or re.match(r'(Jan|Luc|Pieter|Sofie|Els|An)\b', name) or re.search(r', (Jan|Luc|Pieter|Sofie|Els|An)$', name):
            return 'nl'
        return 'fr'
    return lang

LEGAL = re.compile(r'(ООО|АО|ПАО|ТОО|ОАО|ТОВ|GmbH|\bAG\b|\bSA\b|S\.A\.|\bLtd\b|\bInc\b|\bLLC\b|\bNV\b|\bAB\b|\bAS\b|\bA/S\b|\bOy\b|\bS\.p\.A\.|sp\. z o\.o\.|s\.r\.o\.)')

def fill(tpl, d, cc=None):
    first = d.get('fm', []) + d.get('ff', [])
    male = rng.random() < 0.5
    if 'snm' in d:
        j = rng.randrange(len(d['snm'])); surname = d['snm'][j] if male else d['snf'][j]
    else:
        surname = rng.choice(d['sn'])
        if not male and cc in ('RU', 'BY', 'UA', 'KZ'): surname = female_ru(surname)
    out = tpl
    if '{N} {S}' in out or '{S} {N}' in out:
        out = out.replace('{S}', surname, 1).replace('{N}', rng.choice(d['fm'] if male else d['ff']), 1)
    if '{S}' in out and '{N}' not in out and '{I}' in out:
        out = out.replace('{S}', surname, 1)
    while '{S}' in out: out = out.replace('{S}', (d.get('sn') or d.get('snm'))[rng.randrange(len(d.get('sn') or d.get('snm')))], 1)
    while '{N}' in out: out = out.replace('{N}', rng.choice(first), 1)
    while '{I}' in out: out = out.replace('{I}', rng.choice(first)[0], 1)
    return out

def sole_kind(name, cc):
    if re.match(r'(ИП|ФОП|Индивидуальный предприниматель)\b', name):
        return 'sole_trader_registered'
    if re.match(r'(Адвокат|Нотариус|Rechtsanwalt|Maître|Kancelaria Adwokacka)', name) or re.search(r'\bCPA$', name):
        return 'professional_practice'
    return 'sole_trader_trade_name'

def person(cc, d):
    male = rng.random() < 0.5
    fn = rng.choice(d['fm'] if male else d['ff'])
    if 'snm' in d:
        i = rng.randrange(len(d['snm'])); sn = d['snm'][i] if male else d['snf'][i]
    else:
        sn = rng.choice(d['sn'])
    r = rng.random()
    if cc in ('RU', 'BY', 'UA', 'KZ'):
        if not male: sn = female_ru(sn)
        pat = rng.choice(d['pm'] if male else d['pf'])
        if r < 0.55: return f'{sn} {fn} {pat}'
        if r < 0.75: return f'{sn} {fn[0]}.{pat[0]}.'
        if r < 0.9: return f'{fn} {sn}'
        return f'{sn} {fn}'
    if cc in ('US', 'GB', 'IE', 'CA', 'AU'):
        if r < 0.5: return f'{fn} {sn}'
        if r < 0.7: return f'{sn}, {fn}'
        if r < 0.85: return f'{"Mr" if male else rng.choice(["Mrs","Ms"])}{"." if cc in ("US","CA") else ""} {fn} {sn}'
        return f'{fn[0]}. {sn}'
    if cc in ('DE', 'AT', 'CH'):
        if r < 0.45: return f'{fn} {sn}'
        if r < 0.7: return f'{sn}, {fn}'
        if r < 0.9: return f'{"Herr" if male else "Frau"} {fn} {sn}'
        return f'Dr. {fn} {sn}'
    if cc in ('FR', 'BE') :
        if r < 0.45: return f'{fn} {sn}'
        if r < 0.7: return f'{sn.upper()} {fn}'
        return f'{"M." if male else "Mme"} {fn} {sn}'
    if cc == 'NL':
        if r < 0.4: return f'{fn} {sn}'
        if r < 0.7: return f'{fn[0]}. {sn}'
        if r < 0.85:
            parts = sn.split(' ')
            if len(parts) > 1: return f'{parts[-1]}, {fn[0]}. {" ".join(parts[:-1])}'
            return f'{sn}, {fn[0]}.'
        return f'{"Dhr." if male else "Mevr."} {fn[0]}. {sn}'
    if cc == 'ES':
        sn2 = rng.choice(d['sn'])
        if r < 0.7: return f'{fn} {sn} {sn2}'
        return f'{sn} {sn2}, {fn}'
    if cc == 'PT':
        sn2 = rng.choice(d['sn'])
        if r < 0.7: return f'{fn} {sn} {sn2}'
        return f'{fn} {sn2}'
    if cc == 'IT':
        if r < 0.5: return f'{sn} {fn}'
        if r < 0.8: return f'{fn} {sn}'
        return f'{"Sig." if male else "Sig.ra"} {fn} {sn}'
    if cc == 'PL':
        if r < 0.6: return f'{fn} {sn}'
        return f'{sn} {fn}'
    if cc == 'CZ':
        if r < 0.5: return f'{fn} {sn}'
        if r < 0.8: return f'{sn} {fn}'
        return f'{rng.choice(["Ing.","Mgr.","MUDr."])} {fn} {sn}'
    if cc == 'FI':
        if r < 0.5: return f'{fn} {sn}'
        return f'{sn} {fn}'
    # DK NO SE
    if r < 0.8: return f'{fn} {sn}'
    return f'{sn}, {fn}'

def main():
    data = parse(os.path.join(HERE, 'k_data.txt'))
    rows = []; seen = set()
    def add(name, cc, label, amb, kind, source, third):
        if name in seen: return False
        seen.add(name)
        rows.append(dict(name=name, cc=cc, label=label, amb=amb, kind=kind, source=source, third=third,
                         lang=lang_for(cc, data[cc]['lang'], name)))
        return True
    for cc, d in data.items():
        c = cc.lower()
        # companies third
        n = 0
        for name in d['comp']:
            kind = 'company_with_legal_form' if LEGAL.search(name) else 'company_no_legal_form'
            n += add(name, cc, 'B2B', False, kind, d['src']['comp'], 'company')
        tpls = d['sole']; i = 0; tries = 0
        target = max(TARGET, n + 3)
        while n < target and tries < 500:
            t = tpls[i % len(tpls)]; i += 1; tries += 1
            if '{' not in t and i > len(tpls): continue
            name = fill(t, d, cc)
            n += add(name, cc, 'B2B', False, sole_kind(name, cc), d['src']['sole'], 'company')
        # public third
        n = 0
        for line in d['pub']:
            kind, name = line.split('|', 1)
            n += add(name, cc, 'B2G', False, f'{c}_{kind}', d['src']['pub'], 'public')
        for line in d['contra']:
            kind, lab, amb, name = line.split('|', 3)
            n += add(name, cc, 'B2' + lab, amb == '1', kind, 'Wikipedia / official site of the organisation (contrast case)', 'public')
        munis = []
        for line in d['muni']:
            kind, tpl = line.split('|', 1)
            key = 'cities2' if '{c2}' in tpl else 'cities'
            for city in d[key]:
                munis.append((kind, tpl.replace('{c}', city).replace('{c2}', city)))
        rng.shuffle(munis)
        msrc = 'Wikipedia: list of municipalities/cities of ' + cc + ' (name with the administrative word)'
        for k, (kind, name) in enumerate(munis):
            if n >= TARGET + 2 and k >= 3: break
            n += add(name, cc, 'B2G', False, f'{c}_{kind}', msrc, 'public')
        # persons third
        n = 0; tries = 0
        while n < TARGET and tries < 500:
            tries += 1
            n += add(person(cc, d), cc, 'B2C', False, 'private_person', PERSON_SRC[cc], 'person')
    rng.shuffle(rows)
    for r in rows:
        r['item'] = rng.choice(ITEMS[r['lang']])
    os.makedirs(os.path.join(SET, 'layouts'), exist_ok=True)
    with open(os.path.join(SET, 'layouts', 'k_names.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f); w.writerow(['Customer', 'Item'])
        for r in rows: w.writerow([r['name'], r['item']])
    with open(os.path.join(SET, 'key', 'k_names.labels.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f); w.writerow(['row', 'label', 'ambiguous', 'kind', 'country', 'source'])
        for i, r in enumerate(rows):
            w.writerow([i, r['label'], 'true' if r['amb'] else 'false', r['kind'], r['cc'], r['source']])
    from collections import Counter
    print(len(rows), Counter(r['third'] for r in rows), Counter(r['label'] for r in rows),
          sum(r['amb'] for r in rows))
    print(Counter((r['cc'], r['third']) for r in rows))

main()
