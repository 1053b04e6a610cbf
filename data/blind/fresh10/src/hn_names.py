"""Build the hn_names probe: a two-column list of buyer names with one neutral office item each.

Writes (relative to this script's folder):
  ../layouts/hn_names.csv          Customer,Item  (UTF-8, no BOM, comma-separated)
  ../key/hn_names.json             the key
  ../key/hn_names.labels.csv       row,label,ambiguous,kind,country,source

Run: python hn_names.py   (seeded; rebuilds the same files byte for byte)
"""
import csv
import io
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from hn_names_orgs import ORGS  # noqa: E402
from hn_names_people import HON, POOLS, WALKIN  # noqa: E402

SEED = 20251206
# invented person names that happen to match names of the earlier r_names probe: skipped
AVOID = {"alessia gallo", "matthew baker", "o'neill motors", "s. bühler"}
OUT = HERE.parent
PID = "hn_names"

# kind -> (label, ambiguous) per LABELING.md and readings_hn_.md
B2G_KINDS = {
    "ministry", "federal_agency", "national_agency", "tax_authority", "social_insurance",
    "regional_government", "state_government", "provincial_government", "county", "municipality",
    "district", "court", "police", "armed_forces", "military_hospital", "public_university",
    "public_hospital", "public_school", "school_district", "state_unitary_enterprise",
    "state_enterprise", "embassy", "tribal_government", "port_transit_authority", "state_fund",
    "water_board",
}
B2B_PLAIN = {
    "company", "sole_trader", "state_owned_company", "private_university", "private_school",
    "private_hospital", "church", "charity", "red_cross_society", "cooperative", "credit_union", "hoa",
}
B2B_AMBIG = {"international_org", "state_founded_fund", "professional_person"}
B2C_PLAIN = {"private_person", "anonymous_retail"}


def label_of(kind):
    if kind in B2G_KINDS:
        return "B2G", False
    if kind in B2B_PLAIN:
        return "B2B", False
    if kind in B2B_AMBIG:
        return "B2B", True
    if kind in B2C_PLAIN:
        return "B2C", False
    raise KeyError(kind)


COUNTRY = {
    "RU": ("Russia", "ru"), "KZ": ("Kazakhstan", "ru"), "BY": ("Belarus", "ru"), "UA": ("Ukraine", "uk"),
    "US": ("the United States", "en"), "GB": ("the United Kingdom", "en"), "IE": ("Ireland", "en"),
    "CA": ("Canada", "en"), "AU": ("Australia", "en"), "DE": ("Germany", "de"), "AT": ("Austria", "de"),
    "CH": ("Switzerland", "de"), "FR": ("France", "fr"), "BE": ("Belgium", "nl"),
    "NL": ("the Netherlands", "nl"), "ES": ("Spain", "es"), "PT": ("Portugal", "pt"), "IT": ("Italy", "it"),
    "PL": ("Poland", "pl"), "CZ": ("Czechia", "cs"), "SE": ("Sweden", "sv"), "NO": ("Norway", "nb"),
    "DK": ("Denmark", "da"), "FI": ("Finland", "fi"),
}

IDX = {
    "RU": "MOEX Broad Market Index (MOEXBMI) constituents",
    "KZ": "KASE index constituents (Kazakhstan Stock Exchange)",
    "US": "S&P MidCap 400 / S&P 500 constituents",
    "GB": "FTSE 250 constituents",
    "IE": "Euronext Dublin ISEQ All-Share constituents",
    "CA": "S&P/TSX Composite constituents",
    "AU": "S&P/ASX 200 constituents",
    "DE": "MDAX / SDAX constituents",
    "AT": "ATX Prime constituents (Wiener Börse)",
    "CH": "SPI Extra constituents (SIX Swiss Exchange)",
    "FR": "SBF 120 / CAC Mid 60 constituents",
    "BE": "BEL Mid / BEL Small constituents (Euronext Brussels)",
    "NL": "AMX / AScX constituents (Euronext Amsterdam)",
    "ES": "IBEX Medium Cap / IBEX Small Cap constituents",
    "PT": "PSI constituents (Euronext Lisbon)",
    "IT": "FTSE Italia Mid Cap / STAR constituents",
    "PL": "mWIG40 / sWIG80 constituents (GPW)",
    "CZ": "Prague Stock Exchange PX index constituents",
    "SE": "Nasdaq Stockholm Mid / Large Cap list",
    "NO": "Oslo Børs OBX / OSEBX constituents",
    "DK": "Nasdaq Copenhagen Mid / Large Cap list",
    "FI": "Nasdaq Helsinki Mid Cap list",
}
BIG = {
    "RU": "RBC 500 list of Russia's largest companies",
    "KZ": "Forbes Kazakhstan list of the 50 largest private companies",
    "BY": "largest private and foreign-owned companies of Belarus (company websites, Wikipedia)",
    "UA": "Forbes Ukraine list of the largest private companies",
    "US": "Fortune 500 / Fortune 1000 list",
    "GB": "Companies House register of large UK companies",
    "IE": "The Irish Times Top 1000 companies",
    "CA": "The Globe and Mail Report on Business Top 1000",
    "AU": "IBISWorld Top 1000 Australian companies",
    "DE": "Die Welt / Handelsblatt lists of the largest German family businesses",
    "AT": "trend TOP 500 Austrian companies",
    "CH": "Handelszeitung Top 500 Swiss companies",
    "FR": "INSEE / Les Échos lists of large French mid-caps (ETI)",
    "BE": "Trends Top 30,000 Belgian companies",
    "NL": "Dutch Top 100 companies (Wikipedia, FD)",
    "ES": "Actualidad Económica ranking of the 5,000 largest Spanish companies",
    "PT": "Exame 500 Maiores & Melhores",
    "IT": "Mediobanca R&S ranking of Italian companies",
    "PL": "Lista 500 Rzeczpospolitej",
    "CZ": "CZECH TOP 100 companies",
    "SE": "Veckans Affärer list of the 500 largest Swedish companies",
    "NO": "Kapital 500 largest Norwegian companies",
    "DK": "Børsen Top 1000 Danish companies",
    "FI": "Talouselämä 500 largest Finnish companies",
}
SRC_TEMPLATES = {
    "brand": "well-known retail and consumer brands of {cn} (company websites, Wikipedia)",
    "gov": "central government bodies and agencies of {cn} (official government portal)",
    "reg": "regional governments and administrative divisions of {cn} (Wikipedia)",
    "mun": "municipalities and local authorities of {cn} (Wikipedia list of municipalities)",
    "court": "courts of {cn} (judiciary portal)",
    "police": "police, defence ministry and armed forces units of {cn} (official sites, Wikipedia)",
    "edu": "public universities of {cn} (Wikipedia list of universities)",
    "health": "public hospitals and health services of {cn} (health service sites, Wikipedia)",
    "school": "public schools and school authorities of {cn} (school registers, Wikipedia)",
    "emb": "foreign embassies and consulates in {cn} (host foreign ministry's diplomatic list)",
    "transit": "transit and port authorities of {cn} (Wikipedia)",
    "tribe": "recognised tribal governments / First Nations in {cn} (BIA / ISC lists)",
    "soe": "state-owned companies of {cn} (state ownership reports, Wikipedia)",
    "pedu": "private universities and independent schools of {cn} (Wikipedia)",
    "rel": "churches and religious organisations of {cn} (Wikipedia)",
    "npo": "charities and non-profits of {cn} (charity registers, Wikipedia)",
    "intl": "international organisations and UN offices in {cn} (UN system directory, Wikipedia)",
    "fund": "foundations and funds set up by the state of {cn} (founding acts, Wikipedia)",
    "coop": "cooperatives, mutuals and credit unions of {cn} (Wikipedia)",
    "st": "invented trade name from common given names and surnames of {cn}",
    "prof": "invented self-employed professional from common given names and surnames of {cn}",
    "person": "invented from common given names and surnames of {cn} (national name statistics, Wikipedia lists of common names)",
    "walkin": "anonymous-buyer wording used by POS and accounting exports in {cn}",
}


def source_text(cc, key):
    cn = COUNTRY[cc][0]
    if key == "idx":
        return IDX[cc]
    if key == "big":
        return BIG[cc]
    return SRC_TEMPLATES[key].format(cn=cn)


ITEMS = {
    "ru": ["Офисное кресло", "Ноутбук", "Монитор", "Настольная лампа", "Лазерный принтер", "Клавиатура"],
    "kk": ["Кеңсе креслосы", "Ноутбук", "Монитор", "Үстел шамы", "Лазерлік принтер", "Пернетақта"],
    "uk": ["Офісне крісло", "Ноутбук", "Монітор", "Настільна лампа", "Лазерний принтер", "Клавіатура"],
    "en": ["Office chair", "Laptop", "Monitor", "Desk lamp", "Laser printer", "Keyboard"],
    "de": ["Bürostuhl", "Laptop", "Monitor", "Schreibtischlampe", "Laserdrucker", "Tastatur"],
    "fr": ["Fauteuil de bureau", "Ordinateur portable", "Écran", "Lampe de bureau", "Imprimante laser", "Clavier"],
    "nl": ["Bureaustoel", "Laptop", "Monitor", "Bureaulamp", "Laserprinter", "Toetsenbord"],
    "es": ["Silla de oficina", "Ordenador portátil", "Monitor", "Lámpara de escritorio", "Impresora láser", "Teclado"],
    "ca": ["Cadira d'oficina", "Ordinador portàtil", "Monitor", "Llum d'escriptori", "Impressora làser", "Teclat"],
    "pt": ["Cadeira de escritório", "Computador portátil", "Monitor", "Candeeiro de secretária", "Impressora laser", "Teclado"],
    "it": ["Sedia da ufficio", "Portatile", "Monitor", "Lampada da scrivania", "Stampante laser", "Tastiera"],
    "pl": ["Krzesło biurowe", "Laptop", "Monitor", "Lampka biurkowa", "Drukarka laserowa", "Klawiatura"],
    "cs": ["Kancelářská židle", "Notebook", "Monitor", "Stolní lampa", "Laserová tiskárna", "Klávesnice"],
    "sv": ["Kontorsstol", "Bärbar dator", "Bildskärm", "Skrivbordslampa", "Laserskrivare", "Tangentbord"],
    "nb": ["Kontorstol", "Bærbar PC", "Skjerm", "Skrivebordslampe", "Laserskriver", "Tastatur"],
    "da": ["Kontorstol", "Bærbar computer", "Skærm", "Skrivebordslampe", "Laserprinter", "Tastatur"],
    "fi": ["Toimistotuoli", "Kannettava tietokone", "Näyttö", "Työpöytävalaisin", "Lasertulostin", "Näppäimistö"],
}

# ---------------------------------------------------------------- surnames by gender

CZ_FEM_SPECIAL = {"Vaněk": "Vaňková", "Němec": "Němcová"}


def fem_surname(rule, s):
    if rule in ("ru", "by"):
        if s.endswith(("ский", "цкий")):
            return s[:-2] + "ая"
        if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
            return s + "а"
        return s
    if rule == "ua":
        if s.endswith(("ський", "цький")):
            return s[:-2] + "а"
        if s.endswith(("ов", "ев", "єв", "ін", "їн")):
            return s + "а"
        return s
    if rule == "pl":
        for a, b in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
            if s.endswith(a):
                return s[: -len(a)] + b
        return s
    if rule == "cz":
        if s in CZ_FEM_SPECIAL:
            return CZ_FEM_SPECIAL[s]
        if s.endswith("ý"):
            return s[:-1] + "á"
        if s.endswith("a"):
            return s[:-1] + "ová"
        if s.endswith("ek"):
            return s[:-2] + "ková"
        return s + "ová"
    return s


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def pick_pool(rng, cc):
    pools = POOLS[cc]
    return weighted(rng, [(p, p["weight"]) for p in pools])


NL_TV = ("van der ", "van den ", "van ", "de ", "den ", "ter ", "ten ")


def person_fields(rng, pool, gender):
    first = rng.choice(pool["male"] if gender == "m" else pool["female"])
    base = rng.choice(pool["surnames"])
    base2 = rng.choice([s for s in pool["surnames"] if s != base])
    last = fem_surname(pool.get("fem"), base) if gender == "f" else base
    last2 = fem_surname(pool.get("fem"), base2) if gender == "f" else base2
    f = {"F": first, "L": last, "L2": last2, "Lc": last[:1].upper() + last[1:], "LU": last.upper(),
         "Fi": first[0], "M": rng.choice("ABCDEFGHJKLMNPRSTW")}
    if pool.get("patr"):
        p = rng.choice(pool["patr"])[0 if gender == "m" else 1]
        f["P"], f["Pi"] = p, p[0]
    if pool.get("hon"):
        f["HON"] = HON[pool["hon"]][0 if gender == "m" else 1]
    if pool["lang"] == "pt":
        f["MN"] = rng.choice([n for n in (pool["male"] if gender == "m" else pool["female"]) if n != first])
    if pool["lang"] == "nl":
        tv = next((t for t in NL_TV if last.startswith(t)), "")
        f["LSORT"] = last[len(tv):] if tv else last
        f["TV"] = tv.strip()
    return f


def render(fmt, f):
    out = fmt
    if "{LSORT}" in fmt and f.get("TV"):
        # Dutch sorting form: "Vries, Jan de"
        out = fmt.replace("{LSORT}, {F}", "{LSORT}, {F} " + f["TV"])
    for k, v in f.items():
        out = out.replace("{" + k + "}", v)
    return out


def make_person(rng, cc):
    pool = pick_pool(rng, cc)
    gender = rng.choice("mf")
    f = person_fields(rng, pool, gender)
    fmt = weighted(rng, pool["fmt"])
    if "{HON}" in fmt and "HON" not in f:
        fmt = fmt.replace("{HON} ", "")
    return render(fmt, f), pool["lang"]


def trade_cycle(rng, cc, which):
    """Every (pool, pattern) of the country once, in seeded order, repeated only when exhausted."""
    while True:
        combos = [(pool, pat) for pool in POOLS[cc] for pat in pool[which]]
        rng.shuffle(combos)
        yield from combos


def make_trade(rng, pool, pat):
    gender = None
    if pat[:2] in ("m:", "f:"):
        gender, pat = pat[0], pat[2:]
    if gender is None:
        gender = rng.choice("mf") if "{F}" in pat else "m"
    f = person_fields(rng, pool, gender)
    return render(pat, f), pool["lang"]


# ---------------------------------------------------------------- export-style messiness

def cis_quotes(name):
    return name.replace("«", '"').replace("»", '"')


def build():
    rng = random.Random(SEED)
    records = []  # dicts: customer, lang, kind, cc, source, org(bool)
    seen = set()

    def add(name, lang, kind, cc, src, org):
        key = name.strip().casefold()
        if key in seen or key in AVOID:
            return False
        seen.add(key)
        records.append(dict(customer=name, lang=lang, kind=kind, cc=cc, source=source_text(cc, src), org=org))
        return True

    for cc in COUNTRY:
        default_lang = COUNTRY[cc][1]
        n_org = 0
        for line in ORGS[cc].strip().splitlines():
            parts = line.split("|")
            kind, src, name = parts[0], parts[1], parts[2]
            lang = parts[3] if len(parts) > 3 else default_lang
            label_of(kind)  # validates the kind
            if not add(name, lang, kind, cc, src, True):
                raise ValueError(f"duplicate organisation name {name!r}")
            n_org += 1
        big = cc in ("RU", "US", "GB", "DE")
        n_sole, n_prof = (6, 2) if big else (5, 1)
        for which, n, kind, src in (("sole", n_sole, "sole_trader", "st"), ("prof", n_prof, "professional_person", "prof")):
            made = 0
            combos = trade_cycle(rng, cc, which)
            while made < n:
                name, lang = make_trade(rng, *next(combos))
                if add(name, lang, kind, cc, src, True):
                    made += 1
        for name, lang in WALKIN[cc]:
            if not add(name, lang, "anonymous_retail", cc, "walkin", False):
                raise ValueError(f"duplicate walk-in wording {name!r}")
        n_persons = round((n_org + n_sole + n_prof) / 2) - len(WALKIN[cc])
        made = 0
        while made < n_persons:
            name, lang = make_person(rng, cc)
            if add(name, lang, "private_person", cc, "person", False):
                made += 1

    # messiness as exports have it
    orgs = [r for r in records if r["org"]]
    for r in orgs:
        if cc_is_cis(r["cc"]) and "«" in r["customer"] and rng.random() < 0.3:
            r["customer"] = cis_quotes(r["customer"])
    for r in rng.sample(orgs, round(0.05 * len(orgs))):
        r["customer"] = r["customer"].upper()
    for r in rng.sample(records, round(0.04 * len(records))):
        r["customer"] = r["customer"] + rng.choice([" ", " ", "  "])

    for r in records:
        r["item"] = rng.choice(ITEMS[r["lang"]])
    rng.shuffle(records)
    return records


def cc_is_cis(cc):
    return cc in ("RU", "KZ", "BY", "UA")


def write(records):
    (OUT / "layouts").mkdir(parents=True, exist_ok=True)
    (OUT / "key").mkdir(parents=True, exist_ok=True)

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["Customer", "Item"])
    for r in records:
        w.writerow([r["customer"], r["item"]])
    (OUT / "layouts" / f"{PID}.csv").write_bytes(buf.getvalue().encode("utf-8"))

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["row", "label", "ambiguous", "kind", "country", "source"])
    for i, r in enumerate(records):
        label, amb = label_of(r["kind"])
        w.writerow([i, label, "true" if amb else "false", r["kind"], r["cc"], r["source"]])
    (OUT / "key" / f"{PID}.labels.csv").write_bytes(buf.getvalue().encode("utf-8"))

    key = {
        "id": PID,
        "system": "name probe: two-column list of buyer names with one neutral office item each (imitates no real export layout)",
        "country": "multi",
        "language": "multi (ru, kk, uk, en, de, fr, nl, es, ca, pt, it, pl, cs, sv, nb, da, fi)",
        "docs": [
            "none: a name probe imitates no export layout; each name's public list is named in the labels' source column"
        ],
        "fields": {"buyer": "Customer", "product": "Item", "quantity": None, "amount": None,
                   "tax_id": None, "email": None, "payment": None, "comment": None},
        "also_ok": {},
        "notes": (
            "UTF-8 without BOM, comma-separated, header 'Customer,Item', one record per line, fields quoted only "
            "where they hold a comma or a quote. 24 countries (RU, KZ, BY, UA, US, GB, IE, CA, AU, DE, AT, CH, FR, "
            "BE, NL, ES, PT, IT, PL, CZ, SE, NO, DK, FI). The item is always one of office chair, laptop, monitor, "
            "desk lamp, laser printer, keyboard in the buyer's language, so only the name decides the label. "
            "Groups: real companies (mostly without legal form, some with it), cooperatives and credit unions, "
            "invented sole traders' trade names and self-employed professionals; real public bodies (ministries, "
            "agencies, regions, counties, municipalities, courts, police, armed forces, public universities, "
            "hospitals and schools, unitary/state enterprises, state funds, embassies, tribal governments, transit "
            "and port authorities) with contrast cases (state-owned companies, private universities and schools, "
            "churches, charities, international organisations, state-founded funds); invented private persons "
            "(some 'Last, First', some with initials or patronymics) and anonymous walk-in wording. About 5% of "
            "organisation names are upper-cased, about 4% of names carry trailing spaces, and about 30% of CIS "
            "names with «» quotes use straight double quotes instead, as 1C-style exports write them. Names were "
            "chosen to avoid those of the earlier r_names probe."
        ),
    }
    (OUT / "key" / f"{PID}.json").write_text(json.dumps(key, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    recs = build()
    write(recs)
    print(f"{len(recs)} records written")
