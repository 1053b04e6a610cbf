"""Build the kn_names probe: real buyer names of 24 countries with one neutral office
product each, plus its key and labels.  Seeded; rebuilds the same files every run.

Writes (relative to this script's folder):
  ../layouts/kn_names.csv        Customer,Item  (UTF-8, comma-separated)
  ../key/kn_names.json           field key
  ../key/kn_names.labels.csv     row,label,ambiguous,kind,country,source
"""
import csv
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import kn_names_data_east as d_east      # noqa: E402
import kn_names_data_anglo as d_anglo    # noqa: E402
import kn_names_data_west as d_west      # noqa: E402
import kn_names_data_south as d_south    # noqa: E402
import kn_names_data_north as d_north    # noqa: E402

SEED = 20241212
OUT_LAYOUT = HERE.parent / "layouts" / "kn_names.csv"
OUT_KEY = HERE.parent / "key" / "kn_names.json"
OUT_LABELS = HERE.parent / "key" / "kn_names.labels.csv"

ORDER = ["RU", "KZ", "BY", "UA", "US", "GB", "IE", "CA", "AU", "DE", "AT", "CH", "FR",
         "BE", "NL", "ES", "PT", "IT", "PL", "CZ", "SE", "NO", "DK", "FI"]

COUNTRIES = {}
for mod in (d_east, d_anglo, d_west, d_south, d_north):
    COUNTRIES.update(mod.COUNTRIES)

# One neutral office product per record, in the buyer's language.
ITEMS = {
    "ru": ["Офисное кресло", "Ноутбук", "Монитор", "Настольная лампа", "Лазерный принтер",
           "Клавиатура"],
    "kk": ["Кеңсе креслосы", "Ноутбук", "Монитор", "Үстел шамы", "Лазерлік принтер",
           "Пернетақта"],
    "be": ["Офіснае крэсла", "Ноўтбук", "Манітор", "Настольная лямпа", "Лазерны прынтар",
           "Клавіятура"],
    "uk": ["Офісне крісло", "Ноутбук", "Монітор", "Настільна лампа", "Лазерний принтер",
           "Клавіатура"],
    "en": ["Office chair", "Laptop", "Monitor", "Desk lamp", "Laser printer", "Keyboard"],
    "de": ["Bürostuhl", "Laptop", "Monitor", "Schreibtischlampe", "Laserdrucker", "Tastatur"],
    "fr": ["Fauteuil de bureau", "Ordinateur portable", "Écran", "Lampe de bureau",
           "Imprimante laser", "Clavier"],
    "nl": ["Bureaustoel", "Laptop", "Monitor", "Bureaulamp", "Laserprinter", "Toetsenbord"],
    "es": ["Silla de oficina", "Portátil", "Monitor", "Lámpara de escritorio",
           "Impresora láser", "Teclado"],
    "ca": ["Cadira d'oficina", "Ordinador portàtil", "Monitor", "Làmpada d'escriptori",
           "Impressora làser", "Teclat"],
    "pt": ["Cadeira de escritório", "Portátil", "Monitor", "Candeeiro de secretária",
           "Impressora laser", "Teclado"],
    "it": ["Sedia da ufficio", "Computer portatile", "Monitor", "Lampada da scrivania",
           "Stampante laser", "Tastiera"],
    "pl": ["Krzesło biurowe", "Laptop", "Monitor", "Lampka biurkowa", "Drukarka laserowa",
           "Klawiatura"],
    "cs": ["Kancelářská židle", "Notebook", "Monitor", "Stolní lampa", "Laserová tiskárna",
           "Klávesnice"],
    "sv": ["Kontorsstol", "Bärbar dator", "Bildskärm", "Skrivbordslampa", "Laserskrivare",
           "Tangentbord"],
    "nb": ["Kontorstol", "Bærbar PC", "Skjerm", "Skrivebordslampe", "Laserskriver",
           "Tastatur"],
    "da": ["Kontorstol", "Bærbar computer", "Skærm", "Skrivebordslampe", "Laserprinter",
           "Tastatur"],
    "fi": ["Toimistotuoli", "Kannettava tietokone", "Näyttö", "Työpöytävalaisin",
           "Lasertulostin", "Näppäimistö"],
}

# kind -> (label, ambiguous, group)   group: biz = companies and sole traders,
# pub = public bodies and their contrast cases, per = persons
KINDS = {
    "company": ("B2B", False, "biz"),
    "cooperative": ("B2B", False, "biz"),
    "sole_trader": ("B2B", False, "biz"),
    "state_owned_company": ("B2B", False, "biz"),
    "professional_person": ("B2B", True, "biz"),
    "private_university": ("B2B", False, "pub"),
    "private_school": ("B2B", False, "pub"),
    "private_hospital": ("B2B", False, "pub"),
    "church": ("B2B", False, "pub"),
    "charity": ("B2B", False, "pub"),
    "red_cross": ("B2B", False, "pub"),
    "nonprofit": ("B2B", False, "pub"),
    "credit_union": ("B2B", False, "pub"),
    "hoa": ("B2B", False, "pub"),
    "international_org": ("B2B", True, "pub"),
    "state_founded_fund": ("B2B", True, "pub"),
    "ministry": ("B2G", False, "pub"),
    "agency": ("B2G", False, "pub"),
    "region": ("B2G", False, "pub"),
    "county": ("B2G", False, "pub"),
    "municipality": ("B2G", False, "pub"),
    "district": ("B2G", False, "pub"),
    "public_school": ("B2G", False, "pub"),
    "school_district": ("B2G", False, "pub"),
    "public_university": ("B2G", False, "pub"),
    "public_hospital": ("B2G", False, "pub"),
    "court": ("B2G", False, "pub"),
    "police": ("B2G", False, "pub"),
    "armed_forces": ("B2G", False, "pub"),
    "embassy": ("B2G", False, "pub"),
    "tribal_government": ("B2G", False, "pub"),
    "indigenous_parliament": ("B2G", False, "pub"),
    "transit_authority": ("B2G", False, "pub"),
    "port_authority": ("B2G", False, "pub"),
    "water_board": ("B2G", False, "pub"),
    "state_enterprise": ("B2G", False, "pub"),
    "social_insurance": ("B2G", False, "pub"),
    "state_body_fund": ("B2G", True, "pub"),
    "private_person": ("B2C", False, "per"),
    "anonymous_retail": ("B2C", False, "per"),
}

IDX = {
    "RU": "MOEX Russia Index constituents", "KZ": "KASE Index / KASE official list",
    "BY": "largest Belarusian enterprises", "UA": "largest Ukrainian companies",
    "US": "S&P MidCap 400 / S&P 500 constituents", "GB": "FTSE 250 constituents",
    "IE": "ISEQ (Euronext Dublin) constituents", "CA": "S&P/TSX Composite constituents",
    "AU": "S&P/ASX 200 constituents", "DE": "MDAX / SDAX constituents",
    "AT": "ATX / Wiener Börse prime market", "CH": "Swiss Performance Index (SPI) constituents",
    "FR": "SBF 120 constituents", "BE": "BEL 20 / BEL Mid constituents",
    "NL": "AMX / AScX constituents", "ES": "IBEX 35 / Mercado Continuo listed companies",
    "PT": "PSI (Euronext Lisbon) constituents", "IT": "FTSE MIB / FTSE Italia Mid Cap constituents",
    "PL": "WIG / mWIG40 / sWIG80 constituents", "CZ": "Prague Stock Exchange PX constituents",
    "SE": "Nasdaq Stockholm Large/Mid Cap list", "NO": "Oslo Børs OBX / OSEBX constituents",
    "DK": "Nasdaq Copenhagen Large/Mid Cap list", "FI": "Nasdaq Helsinki Large/Mid Cap list",
}
SRC = {
    "big": "largest companies and national retail brands of {c}",
    "soe": "state-ownership portfolio of {c} (state-owned companies and state enterprises)",
    "gov": "official directory of {c} government bodies and agencies",
    "muni": "official list of {c} regions, municipalities and local authorities",
    "edu": "{c} register of public universities and schools",
    "health": "{c} list of public hospitals and health authorities",
    "court": "{c} court directory",
    "mil": "{c} armed forces units and bases",
    "emb": "diplomatic list: foreign embassies in {c}",
    "tribe": "list of recognised tribal governments / First Nations in {c}",
    "np": "{c} register of non-profits, private schools and universities, churches, charities",
    "intl": "international organisations with a seat or office in {c}",
    "inv": "invented, typical {c} naming pattern (sole trader, HOA or numbered unit)",
}

LEGAL_LATIN = [
    r"SE & Co\. KGaA", r"GmbH \+ Co\. KG", r"S\.A\., S\.M\.E\.", r"spol\. s r\.o\.",
    r"sp\. z o\.o\.", r"Aktiengesellschaft", r"Incorporated", r"Corporation", r"Limited",
    r"S\.p\.A\.", r"a\. s\.", r"a\.s\.", r"s\.r\.o\.", r"v\.o\.s\.", r"N\.V\.", r"B\.V\.",
    r"S\.A\.", r"Inc\.", r"inc\.", r"Ltd\.", r"Ltd", r"PLC", r"plc", r"GmbH", r"KG", r"AG",
    r"SE", r"SA", r"NV", r"Oyj", r"Oy", r"ASA", r"AS", r"A/S", r"AB", r"SGPS",
]
LEGAL_RE = re.compile(r"^(?P<base>.*?\S)(?P<sep>,?\s+)(?P<form>" + "|".join(LEGAL_LATIN) + r")$")
CYR_FORM_RE = re.compile(r"^(?P<form>ООО|ПАО|АО|ОАО|ЗАО|ТОО|ТОВ|ПрАТ|ПАТ|АТ|СООО|ИООО|УП)\s+«(?P<base>.+)$")


def female_surname(country, s):
    if ":" in s:
        return s.split(":")[1]
    if country in ("RU", "KZ", "BY"):
        if re.search(r"(ов|ев|ёв|ин|ын)$", s):
            return s + "а"
        if re.search(r"(ский|цкий)$", s):
            return s[:-2] + "ая"
        return s
    if country == "UA":
        if re.search(r"(ов|ев|ін|їн)$", s):
            return s + "а"
        if re.search(r"(ський|цький)$", s):
            return s[:-2] + "а"
        return s
    return s


def male_surname(s):
    return s.split(":")[0]


def make_person(rng, code, cfg):
    """Return (name, lang) of an invented private person of the country."""
    lang = cfg["lang"]
    male, female, surnames = cfg["male"], cfg["female"], cfg["surnames"]
    titles = cfg.get("titles", [])
    r = rng.random()
    for alt in cfg.get("alt", []):
        if r < alt["share"]:
            lang = alt["lang"]
            male, female, surnames = alt["male"], alt["female"], alt["surnames"]
            titles = alt.get("titles", [])
            break
        r -= alt["share"]
    is_f = rng.random() < 0.5
    given = rng.choice(female if is_f else male)
    sur_raw = rng.choice(surnames)
    sur = female_surname(code, sur_raw) if is_f else male_surname(sur_raw)
    pat = cfg.get("patronymic")
    f = rng.random()
    if pat:
        p = rng.choice(pat)[1 if is_f else 0]
        if f < 0.45:
            name = f"{sur} {given} {p}"
        elif f < 0.60:
            name = f"{sur} {given[0]}. {p[0]}."
        elif f < 0.74:
            name = f"{given} {sur}"
        elif f < 0.85:
            name = f"{sur} {given}"
        elif f < 0.93:
            name = f"{sur}, {given} {p}"
        else:
            name = f"{sur} {given} {p}".lower()
        return name, lang
    if cfg.get("two_surnames"):
        sur2 = rng.choice([s for s in surnames if s != sur_raw])
        if rng.random() < 0.7:
            sur = f"{sur} {sur2}"
    if cfg.get("dutch_sort") and " " in sur and f < 0.35:
        prefix, core = sur.rsplit(" ", 1)
        if f < 0.15:
            return f"{core}, {given[0]}. {prefix}", lang
        return f"{given[0]}. {sur}", lang
    if cfg.get("upper_surname_first") and f < 0.22:
        return f"{sur.upper()} {given}", lang
    if f < 0.50:
        name = f"{given} {sur}"
    elif f < 0.65:
        name = f"{sur}, {given}"
    elif f < 0.75:
        name = f"{given[0]}. {sur}"
    elif f < 0.85 and titles:
        pairs = [(titles[i], titles[i + 1]) for i in range(0, len(titles) - 1, 2)]
        pair = pairs[0] if (len(pairs) == 1 or rng.random() < 0.75) else rng.choice(pairs[1:])
        t = pair[1] if is_f else pair[0]
        name = f"{t} {given} {sur}" if rng.random() < 0.6 else f"{t} {sur}"
    elif f < 0.92 and cfg.get("middle_initial"):
        name = f"{given} {rng.choice('ABCDEJKLMRST')}. {sur}"
    elif f < 0.96:
        name = f"{given} {sur}".lower()
    else:
        name = f"{sur.upper()}, {given.upper()}"
    return name, lang


def mess_org(rng, name, kind):
    """Spell an organisation name as exports and customers write it."""
    if kind in ("company", "state_owned_company", "cooperative"):
        m = LEGAL_RE.match(name)
        if m:
            u = rng.random()
            if u < 0.35:
                name = m.group("base")            # legal form left out
            elif u < 0.42:
                name = f'{m.group("base")} "{m.group("form")}"'  # quotes round the form
        m = CYR_FORM_RE.match(name)
        if m and not re.search(r"»\s+\S", m.group("base")):
            inner = m.group("base")
            if inner.count("«") < inner.count("»"):
                inner = inner[:-1]                # drop the outer closing quote
            u = rng.random()
            if u < 0.30:
                name = inner                      # typed without the form
            elif u < 0.55:
                name = f'{m.group("form")} "{inner}"'
            elif u < 0.62:
                name = f'"{m.group("form")}" {inner}'
    elif "«" in name and rng.random() < 0.3:
        name = name.replace("«", '"').replace("»", '"')
    if rng.random() < 0.05:
        name = name.upper()
    return name


def main():
    rng = random.Random(SEED)
    records = []
    for code in ORDER:
        cfg = COUNTRIES[code]
        cname = cfg["name"]
        orgs = []
        for line in cfg["orgs"].strip().splitlines():
            parts = line.split("|")
            kind, skey, name = parts[0], parts[1], parts[2]
            lang = parts[3] if len(parts) > 3 else cfg["lang"]
            assert kind in KINDS, (code, kind)
            source = IDX[code] if skey == "idx" else SRC[skey].format(c=cname)
            orgs.append(dict(name=name, kind=kind, lang=lang, source=source))
        n_persons = round(len(orgs) / 2)
        persons = []
        for w in cfg["walkin"]:
            wn, _, wl = w.partition("|")
            persons.append(dict(name=wn, kind="anonymous_retail", lang=wl or cfg["lang"],
                                source=f"generic anonymous-buyer label in {cname} sales exports"))
        seen = set()
        while len(persons) < n_persons:
            pname, plang = make_person(rng, code, cfg)
            if pname.lower() in seen:
                continue
            seen.add(pname.lower())
            persons.append(dict(name=pname, kind="private_person", lang=plang,
                                source=f"invented from common given names and surnames of {cname}"))
        for o in orgs:
            o["name"] = mess_org(rng, o["name"], o["kind"])
        for rec in orgs + persons:
            rec["country"] = code
            rec["item"] = rng.choice(ITEMS[rec["lang"]])
            if rng.random() < 0.04:
                rec["name"] = rec["name"] + " " * rng.choice([1, 1, 2, 3])
            records.append(rec)
    rng.shuffle(records)

    OUT_LAYOUT.parent.mkdir(parents=True, exist_ok=True)
    OUT_KEY.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT_LAYOUT, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["Customer", "Item"])
        for rec in records:
            w.writerow([rec["name"], rec["item"]])
    with open(OUT_LABELS, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country", "source"])
        for i, rec in enumerate(records):
            label, amb, _ = KINDS[rec["kind"]]
            w.writerow([i, label, "true" if amb else "false", rec["kind"], rec["country"],
                        rec["source"]])
    key = {
        "id": "kn_names",
        "system": "name probe: one buyer name and one neutral office product per record",
        "country": "MULTI",
        "language": "multi (each record in its buyer's language)",
        "docs": [
            "No export layout imitated: a two-column probe (Customer, Item) as BRIEF12N asks.",
            "Organisation names taken from public lists (stock-index constituents, national "
            "registers and directories of government bodies, municipalities, universities, "
            "hospitals, courts, embassies, non-profits, international organisations); the "
            "labels file names the list for each record.",
        ],
        "fields": {"buyer": "Customer", "product": "Item", "quantity": None, "amount": None,
                   "tax_id": None, "email": None, "payment": None, "comment": None},
        "also_ok": {},
        "notes": ("One record per line, no title or totals lines. Items are neutral office "
                  "products (office chair, laptop, monitor, desk lamp, laser printer, keyboard) "
                  "in the buyer's language, so only the name decides. About 5% of organisation "
                  "names are upper case, some records carry trailing spaces, some legal forms "
                  "are left out or put in quotes, as exports and customers write them. "
                  "Countries: " + ", ".join(ORDER) + "."),
    }
    with open(OUT_KEY, "w", encoding="utf-8") as fh:
        json.dump(key, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print(f"{len(records)} records written")


if __name__ == "__main__":
    main()
