# -*- coding: utf-8 -*-
"""Build the blind names probe: layouts/names.csv + key/names.json + key/names.labels.csv.
Run: python src/names_build.py   (from data/blind/dev)"""
import csv, json, os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import names_data_companies as C
import names_data_public as P
import names_data_persons as N

SEED = 20261206
rng = random.Random(SEED)
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ITEMS = {
 "en": ['Laptop 15.6"', '27" IPS monitor', 'Wireless mouse', 'USB-C hub, 7-in-1', 'External SSD 1 TB',
        'Printer paper A4, 500 sheets', 'LED desk lamp', 'Office chair', 'Bluetooth headset', 'Webcam 1080p',
        'Laser printer', 'Toner cartridge, black', 'Spiral notebook A5', 'Smartphone 128 GB', 'Tablet 10.1"',
        'HDMI cable 2 m', 'Power strip, 6 outlets', 'Laptop backpack', 'Wireless keyboard', 'USB flash drive 64 GB',
        'Ballpoint pens, pack of 10', 'Desk organizer', 'Wi-Fi router', 'Stapler', 'Calculator', 'Monitor arm',
        'Inkjet printer', 'Ink cartridge multipack', 'Sticky notes, 12 pads', 'Document scanner'],
 "de": ['Laptop 15,6 Zoll', 'Monitor 27 Zoll', 'Kabellose Maus', 'Kopierpapier A4, 500 Blatt', 'LED-Schreibtischlampe',
        'Bürostuhl', 'Tastatur, kabellos', 'USB-Stick 64 GB', 'Externe SSD 1 TB', 'Laserdrucker', 'Tonerkartusche schwarz',
        'Notizbuch A5', 'Steckdosenleiste 6-fach', 'Headset mit Mikrofon', 'Webcam Full HD', 'Kugelschreiber, 10er-Pack',
        'Tischrechner', 'Heftgerät', 'Laptop-Rucksack', 'HDMI-Kabel 2 m'],
 "fr": ['Ordinateur portable 15,6"', 'Écran 27 pouces', 'Souris sans fil', 'Ramette papier A4, 500 feuilles',
        'Lampe de bureau LED', 'Chaise de bureau', 'Clavier sans fil', 'Clé USB 64 Go', 'Disque SSD externe 1 To',
        'Imprimante laser', 'Cartouche de toner noir', 'Cahier A5', 'Multiprise 6 prises', 'Casque avec micro',
        'Webcam Full HD', 'Stylos à bille, lot de 10', 'Calculatrice', 'Agrafeuse', 'Sac à dos pour ordinateur', 'Câble HDMI 2 m'],
 "ru": ['Ноутбук 15,6"', 'Монитор 27"', 'Мышь беспроводная', 'Бумага офисная А4, 500 листов', 'Лампа настольная светодиодная',
        'Кресло офисное', 'Клавиатура беспроводная', 'USB-флешка 64 ГБ', 'Внешний SSD 1 ТБ', 'Лазерный принтер',
        'Картридж для принтера, чёрный', 'Тетрадь А5, 96 листов', 'Сетевой фильтр, 6 розеток', 'Гарнитура с микрофоном',
        'Веб-камера Full HD', 'Ручки шариковые, 10 шт.', 'Калькулятор настольный', 'Степлер', 'Рюкзак для ноутбука', 'Кабель HDMI 2 м'],
 "pl": ['Laptop 15,6"', 'Monitor 27"', 'Mysz bezprzewodowa', 'Papier ksero A4, 500 arkuszy', 'Lampka biurkowa LED',
        'Krzesło biurowe', 'Klawiatura bezprzewodowa', 'Pendrive 64 GB', 'Dysk SSD zewnętrzny 1 TB', 'Drukarka laserowa',
        'Toner czarny', 'Zeszyt A5', 'Listwa zasilająca 6 gniazd', 'Słuchawki z mikrofonem', 'Kamera internetowa Full HD',
        'Długopisy, 10 szt.', 'Kalkulator biurowy', 'Zszywacz', 'Plecak na laptopa', 'Kabel HDMI 2 m'],
}

def item(lang):
    if lang in ITEMS and lang != "en" and rng.random() < 0.6:
        return rng.choice(ITEMS[lang])
    return rng.choice(ITEMS["en"])

LEGAL = re.compile(r"(\b(Inc|Incorporated|Corp|Corporation|Company|Co|Ltd|Limited|LLC|PC|plc|p\.l\.c|PLC|Plc|AG|SE|KGaA|KG|GmbH|"
                   r"e\.K|SA|S\.A|SCA|SARL|EURL|sp\. z o\.o)\b\.?|\b(ООО|АО|ОАО|ПАО|МКПАО|ТОО|ИП|КФХ|АНО|ТСЖ|ОСИ)\b|\(ПАО\)|Банк ВТБ)")

PERSONLIKE = {"Ralph Lauren", "Eli Lilly", "Charles Schwab", "John Deere", "Estée Lauder", "Dr. Oetker", "Chanel"}
records = []  # dict(Customer, Item, label, ambiguous, kind, country, source)
def add(name, lang, label, amb, kind, country, source):
    records.append(dict(Customer=name, Item=item(lang), label=label, ambiguous=amb, kind=kind, country=country, source=source))

# ---------------- companies (B2B) ----------------
def parse(block):
    out = []
    for line in block.strip().splitlines():
        common, _, formal = line.partition("|")
        out.append((common.strip(), formal.strip() or None))
    return out

INDEXES = [(C.SP500, "S&P 500 constituents", "US", "en", 165), (C.FTSE100, "FTSE 100 constituents", "GB", "en", None),
           (C.DAX40, "DAX 40 constituents", "DE", "de", None), (C.CAC40, "CAC 40 constituents", "FR", "fr", None),
           (C.MOEX, "MOEX Russia Index constituents", "RU", "ru", None), (C.WIG20, "WIG20 constituents", "PL", "pl", None),
           (C.KASE, "KASE Index constituents / Kazakh listed companies", "KZ", "ru", None)]
for block, source, country, lang, keep in INDEXES:
    entries = parse(block)
    if keep:
        entries = rng.sample(entries, keep)
    p_formal = 0.4 if country in ("RU", "KZ", "PL") else 0.22
    for common, formal in entries:
        name = formal if (formal and rng.random() < p_formal) else common
        if common in C.STATE_OWNED:
            kind = "state_owned_company"
        elif name in PERSONLIKE:
            kind = "company_named_like_person"
        else:
            kind = "company_with_legal_form" if LEGAL.search(name) else "company_no_legal_form"
        add(name, lang, "B2B", False, kind, country, source)

for name, country, lang in C.PRIVATE:
    kind = "state_owned_company" if name in C.STATE_OWNED_PRIVATE else "company_named_like_person" if name in PERSONLIKE else (
        "company_with_legal_form" if LEGAL.search(name) else "company_no_legal_form")
    add(name, lang, "B2B", False, kind, country, "well-known unlisted / state-owned company (Forbes largest private companies, company registers)")

for name, country, lang, kind in C.SMALL:
    add(name, lang, "B2B", False, kind, country, "constructed trade name: common surname from the national surname list + trade")

for name, country, lang, kind in C.NONPROFIT:
    add(name, lang, "B2B", False, kind, country, "public directories of non-profits, churches, private universities and hospitals")

# ---------------- public bodies (B2G) ----------------
SUBSAMPLE = {("us_county", "US"): 85, ("public_university", "US"): 30, ("school_district", "US"): 28}
for kind, country, lang, source, block in P.GROUPS:
    lines = block.strip().splitlines()
    if (kind, country) in SUBSAMPLE:
        lines = rng.sample(lines, SUBSAMPLE[(kind, country)])
    for name in lines:
        name = name.strip()
        add(name, lang, "B2G", False, P.KIND_OVERRIDE.get(name, kind), country, source)
for name, country, lang in P.EMBASSIES:
    kind = "consulate" if re.search(r"(?i)consul|konsul", name) else "embassy"
    add(name, lang, "B2G", False, kind, country, "diplomatic lists (foreign missions in host capitals)")

# ---------------- ambiguous by nature (B2B, ambiguous) ----------------
for name, country, lang, kind, source in P.AMBIGUOUS:
    add(name, lang, "B2B", True, kind, country, source)

# ---------------- private persons (B2C) ----------------
def initials(*names):
    return "".join(n[0] + "." for n in names)

def person_us(d, title_en):
    male = rng.random() < 0.5
    g = rng.choice(d["m"] if male else d["f"]); s = rng.choice(d["sur"]); mid = rng.choice("ABCDEJKLMRSTW")
    fmt = rng.choice(["fl", "fl", "fl", "lf", "fml", "il", "LF", "title"])
    if fmt == "fl": return f"{g} {s}"
    if fmt == "lf": return f"{s}, {g}"
    if fmt == "fml": return f"{g} {mid}. {s}"
    if fmt == "il": return f"{g[0]}. {s}"
    if fmt == "LF": return f"{s.upper()}, {g.upper()}"
    return f"{rng.choice(title_en[0] if male else title_en[1])} {g} {s}"

def person_de(d):
    male = rng.random() < 0.5
    g = rng.choice(d["m"] if male else d["f"]); s = rng.choice(d["sur"])
    fmt = rng.choice(["fl", "fl", "lf", "lf", "title", "dr", "il"])
    if fmt == "fl": return f"{g} {s}"
    if fmt == "lf": return f"{s}, {g}"
    if fmt == "title": return f"{'Herr' if male else 'Frau'} {g} {s}"
    if fmt == "dr": return f"Dr. {g} {s}"
    return f"{g[0]}. {s}"

def person_fr(d):
    male = rng.random() < 0.5
    g = rng.choice(d["m"] if male else d["f"]); s = rng.choice(d["sur"])
    fmt = rng.choice(["fl", "fl", "LF", "LF", "title", "lf"])
    if fmt == "fl": return f"{g} {s}"
    if fmt == "LF": return f"{s.upper()} {g}"
    if fmt == "title": return f"{'M.' if male else 'Mme'} {g} {s}"
    return f"{s}, {g}"

def person_ru(d, kz=False):
    male = rng.random() < 0.5
    g = rng.choice(d["m"] if male else d["f"])
    sur = rng.choice(d["sur"])
    if kz:
        s = sur[0] if male else sur[1]
    else:
        s = sur if male else sur + "а"
    p = rng.choice(d["pat"])[0 if male else 1]
    opts = ["fio", "fio", "fio", "fio", "f_io", "f_io2", "io_f", "if", "lat"]
    if kz: opts += ["kzpat"]
    fmt = rng.choice(opts)
    if fmt == "fio": return f"{s} {g} {p}"
    if fmt == "f_io": return f"{s} {g[0]}.{p[0]}."
    if fmt == "f_io2": return f"{s} {g[0]}. {p[0]}."
    if fmt == "io_f": return f"{g[0]}.{p[0]}. {s}"
    if fmt == "if": return f"{g} {s}"
    if fmt == "kzpat":
        kp = rng.choice(d["kz_pat"])[0 if male else 1]
        return f"{s} {g} {kp}"
    # latin transliteration, First Last
    lg = (d["lat_m"] if male else d["lat_f"]); ls = d["lat_sur"]
    base = sur if kz else sur
    base_m = base[0] if kz else base
    if g in lg and base_m in ls:
        return f"{lg[g]} {ls[base_m] + ('' if male else 'a')}"
    return f"{s} {g} {p}"

def person_pl(d):
    male = rng.random() < 0.5
    g = rng.choice(d["m"] if male else d["f"]); sur = rng.choice(d["sur"]); s = sur[0] if male else sur[1]
    fmt = rng.choice(["fl", "fl", "lf", "lf", "title", "il"])
    if fmt == "fl": return f"{g} {s}"
    if fmt == "lf": return f"{s} {g}"
    if fmt == "title": return f"{'Pan' if male else 'Pani'} {g} {s}"
    return f"{g[0]}. {s}"

PLAN = [("US", N.US, "en", 70, lambda d: person_us(d, (["Mr.", "Dr."], ["Mrs.", "Ms."]))),
        ("GB", N.GB, "en", 55, lambda d: person_us(d, (["Mr", "Dr"], ["Mrs", "Ms", "Miss"]))),
        ("DE", N.DE, "de", 60, person_de), ("FR", N.FR, "fr", 55, person_fr),
        ("RU", N.RU, "ru", 80, person_ru), ("PL", N.PL, "pl", 50, person_pl),
        ("KZ", N.KZ, "ru", 45, lambda d: person_ru(d, kz=True))]
seen = {r["Customer"] for r in records}
for country, d, lang, n, gen in PLAN:
    made = 0; tries = 0
    while made < n and tries < 10000:
        tries += 1
        nm = gen(d)
        if nm in seen: continue
        seen.add(nm); made += 1
        add(nm, lang, "B2C", False, "private_person", country, d["source"])

# ---------------- checks, shuffle, write ----------------
names = [r["Customer"] for r in records]
dups = {n for n in names if names.count(n) > 1}
assert not dups, dups
rng.shuffle(records)

os.makedirs(os.path.join(BASE, "layouts"), exist_ok=True)
os.makedirs(os.path.join(BASE, "key"), exist_ok=True)
with open(os.path.join(BASE, "layouts", "names.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["Customer", "Item"])
    for r in records:
        w.writerow([r["Customer"], r["Item"]])
with open(os.path.join(BASE, "key", "names.labels.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["row", "label", "ambiguous", "kind", "country", "source"])
    for i, r in enumerate(records):
        w.writerow([i, r["label"], "true" if r["ambiguous"] else "false", r["kind"], r["country"], r["source"]])
key = {
  "id": "names",
  "system": "Probe: real buyer names with one neutral product each (not a real export system)",
  "country": "multi (US, GB, DE, FR, RU, PL, KZ + international organisations)",
  "language": "multi (en, de, fr, ru, pl, kk)",
  "docs": ["No system layout: a two-column UTF-8 CSV (no BOM, comma-delimited, RFC 4180 quoting) testing buyer-name evidence alone.",
           "Names from public lists: index constituents (S&P 500, FTSE 100, DAX 40, CAC 40, MOEX, WIG20, KASE), US Census county/place lists, "
           "NCES districts, IPEDS, USA.gov agency index, USDA Forest Service, BIA tribal list, GOV.UK councils, NHS trusts, "
           "Destatis Gemeindeverzeichnis, INSEE COG, Russian/Kazakh/Polish registers of state bodies, diplomatic lists; "
           "person names built from national most-common given-name and surname lists."],
  "fields": {"buyer": "Customer", "product": "Item", "quantity": None, "amount": None,
             "tax_id": None, "email": None, "payment": None, "comment": None},
  "notes": "Every line after the header is a record (row 0 = first line after the header); no title or totals lines. "
           "One record = one order. Items are neutral office/IT goods chosen to say nothing about the buyer; about 60%% of "
           "non-English buyers get the item in their language. labels.csv has an extra column `source` naming the public list "
           "a name comes from. Built by src/names_build.py, seed %d." % SEED,
}
with open(os.path.join(BASE, "key", "names.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)

from collections import Counter
print(len(records))
print(Counter(r["label"] for r in records))
print(Counter((r["label"], r["ambiguous"]) for r in records))
print(Counter(r["kind"] for r in records).most_common())
print(Counter(r["country"] for r in records).most_common())
