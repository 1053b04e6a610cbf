"""Build the blind names probe: layouts/names.csv + key/names.json + key/names.labels.csv.

Run:  python data/blind/final/src/names_build.py
Seeded; rebuilding gives identical files.
"""
import csv
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

import names_companies, names_public, names_ambiguous, names_persons  # noqa: E402

SEED = 20261206
rng = random.Random(SEED)

# Neutral goods: items a home and an office buy alike, one unit, nothing about the buyer.
# Household appliances (kettle, TV, air conditioner, coffee machine) are left out on purpose:
# LABELING.md reads "an organisation's order made only of household goods" as ambiguous.
PRODUCTS = {
 "en": ['Laptop 15.6"', "Office chair", "LED desk lamp", "Printer paper A4, 500 sheets", "Wireless mouse",
        "USB-C charging cable 2 m", '27" monitor', "Mechanical keyboard", "Noise-cancelling headphones",
        "External SSD 1 TB", "Webcam 1080p", "Ballpoint pens, pack of 10", "Desk organiser", "Stapler",
        "Whiteboard 90 x 60 cm", "Power bank 10000 mAh", "HDMI cable 1.5 m",
        "Extension lead, 4 sockets", 'Tablet 10.9"', "Bookshelf, oak veneer", "USB flash drive 64 GB",
        "Sticky notes 76 x 76 mm, 12 pads", "Spiral notebook A5", "A4 ring binder", "Surge protector, 6 outlets", "Inkjet cartridge, colour", "Laser printer toner, black"],
 "de": ["Bürostuhl", "LED-Schreibtischlampe", "Kopierpapier A4, 500 Blatt", "Kabellose Maus", 'Notebook 15,6"',
        "USB-C-Ladekabel 2 m", "Monitor 27 Zoll", "Tastatur, kabellos", "Kugelschreiber, 10er-Pack", "Haftnotizen 76 x 76 mm"],
 "fr": ["Chaise de bureau", "Lampe de bureau LED", "Papier A4, 500 feuilles", "Souris sans fil",
        'Ordinateur portable 15,6"', "Câble de charge USB-C 2 m", "Écran 27 pouces", "Clé USB 64 Go"],
 "it": ["Sedia da ufficio", "Lampada da scrivania LED", "Carta per stampante A4, 500 fogli", "Mouse wireless",
        'Notebook 15,6"', "Cavo di ricarica USB-C 2 m", "Monitor 27 pollici", "Chiavetta USB 64 GB"],
 "es": ["Silla de oficina", "Lámpara de escritorio LED", "Papel A4, 500 hojas", "Ratón inalámbrico",
        'Portátil 15,6"', "Cable de carga USB-C 2 m", "Monitor de 27 pulgadas", "Memoria USB 64 GB"],
 "nl": ["Bureaustoel", "LED-bureaulamp", "Printpapier A4, 500 vel", "Draadloze muis", "Laptop 15,6 inch",
        "USB-C-oplaadkabel 2 m", "Monitor 27 inch", "USB-stick 64 GB"],
 "sv": ["Kontorsstol", "LED-skrivbordslampa", "Kopieringspapper A4, 500 ark", "Trådlös mus", 'Bärbar dator 15,6"',
        "USB-C-laddkabel 2 m"],
 "no": ["Kontorstol", "LED-skrivebordslampe", "Kopipapir A4, 500 ark", "Trådløs mus", 'Bærbar PC 15,6"'],
 "da": ["Kontorstol", "LED-skrivebordslampe", "Printerpapir A4, 500 ark", "Trådløs mus", 'Bærbar computer 15,6"'],
 "fi": ["Työtuoli", "LED-pöytävalaisin", "Tulostuspaperi A4, 500 arkkia", "Langaton hiiri", 'Kannettava tietokone 15,6"'],
 "cs": ["Kancelářská židle", "Stolní LED lampa", "Kancelářský papír A4, 500 listů", "Bezdrátová myš", 'Notebook 15,6"'],
 "pt": ["Cadeira de escritório", "Candeeiro de secretária LED", "Papel A4, 500 folhas", "Rato sem fios", 'Portátil 15,6"'],
 "uk": ["Офісне крісло", "Настільна LED-лампа", "Папір офісний А4, 500 аркушів", "Бездротова миша", 'Ноутбук 15,6"'],
 "ru": ["Офисное кресло", "Настольная LED-лампа", "Бумага А4, 500 листов", "Беспроводная мышь", 'Ноутбук 15,6"'],
}
LANG = {"DE": "de", "AT": "de", "FR": "fr", "LU": "fr", "IT": "it", "ES": "es", "MX": "es", "NL": "nl",
        "SE": "sv", "NO": "no", "DK": "da", "FI": "fi", "CZ": "cs", "PT": "pt", "UA": "uk", "BY": "ru", "KZ": "ru"}


def lang_of(cc, name):
    if cc == "CH":
        low = name.lower()
        if any(w in low for w in ("ville", "canton", "commune", "vaud", "genève", "vaudois", "croix")):
            return "fr"
        if any(w in low for w in ("città", "cantone", "ticino")):
            return "it"
        return "de"
    if cc == "BE":
        return "fr" if any(w in name for w in ("Ville", "Commune", "SPF", "CPAS", "Wallonie", "Croix", "Boulangerie")) else "nl"
    if cc == "CA":
        return "fr" if any(w in name for w in ("Ville", "Ministère", "CIUSSS", "Rénovation", "Groupe")) else "en"
    if cc in ("UA", "BY", "KZ") and not any("\u0400" <= ch <= "\u04ff" for ch in name):
        return "en"
    return LANG.get(cc, "en")


def product_for(cc, name):
    lang = lang_of(cc, name)
    if lang != "en" and rng.random() < 0.5:
        return rng.choice(PRODUCTS[lang])
    return rng.choice(PRODUCTS["en"])


def parse(groups, label, ambiguous):
    out = []
    for kind, source, cc0, text in groups:
        for line in text.strip("\n").split("\n"):
            if not line.strip():
                continue
            parts = [p.strip() for p in line.split(" | ")]
            name = parts[0]
            cc = parts[1] if len(parts) > 1 else cc0
            k = parts[2] if len(parts) > 2 else kind
            out.append(dict(Customer=name, label=label, ambiguous=ambiguous, kind=k, country=cc, source=source))
    return out


records = []
records += parse(names_companies.GROUPS, "B2B", False)
records += parse(names_public.GROUPS, "B2G", False)
records += parse(names_ambiguous.GROUPS, "B2B", True)

# private persons: equal share per country, unique names
PERSON_N = 32
seen = {r["Customer"] for r in records}
for cc in names_persons.POOLS:
    src = names_persons.POOLS[cc][0]
    n = 0
    tries = 0
    while n < PERSON_N and tries < 2000:
        tries += 1
        name, fmt = names_persons.make_person(cc, rng)
        if name in seen:
            continue
        seen.add(name)
        records.append(dict(Customer=name, label="B2C", ambiguous=False, kind="private_person",
                            country=cc, source=src + " (synthetic combination)"))
        n += 1

# duplicates are errors
names = [r["Customer"] for r in records]
dups = {n for n in names if names.count(n) > 1}
assert not dups, dups

for r in records:
    r["Item"] = product_for(r["country"], r["Customer"])

rng.shuffle(records)

os.makedirs(os.path.join(ROOT, "layouts"), exist_ok=True)
os.makedirs(os.path.join(ROOT, "key"), exist_ok=True)
with open(os.path.join(ROOT, "layouts", "names.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["Customer", "Item"])
    for r in records:
        w.writerow([r["Customer"], r["Item"]])

with open(os.path.join(ROOT, "key", "names.labels.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["row", "label", "ambiguous", "kind", "country", "source"])
    for i, r in enumerate(records):
        w.writerow([i, r["label"], "true" if r["ambiguous"] else "false", r["kind"], r["country"], r["source"]])

key = {
    "id": "names",
    "system": "Probe: real buyer names with a neutral product (no real export system; plain two-column CSV)",
    "country": "multi",
    "language": "multi",
    "docs": [
        "No system layout: a probe of buyer names only. Names come from public lists (index constituent lists, "
        "census/statistics-office lists of municipalities, counties, school districts and tribes, national "
        "name statistics); the `source` column of names.labels.csv names the list for every row."
    ],
    "fields": {"buyer": "Customer", "product": "Item", "quantity": None, "amount": None,
               "tax_id": None, "email": None, "payment": None, "comment": None},
    "notes": ("UTF-8 without BOM, comma-delimited, header `Customer,Item`; every line after the header is one "
              "record (one-line orders); no title or totals lines. Item is a neutral single item that a home or "
              "an office buys alike. Private-person names are synthetic combinations of the most common given "
              "names and surnames of each country. `country` of an embassy is the sending state; of an "
              "international organisation its seat. Seed %d." % SEED),
}
with open(os.path.join(ROOT, "key", "names.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")

from collections import Counter
print(len(records))
print(Counter(r["label"] for r in records))
print(Counter((r["label"], r["ambiguous"]) for r in records))
