"""je_no_vipps_oppgjorsrapport: Vipps settlement report (oppgjørsrapport) CSV from the
Vipps business portal for an invented Bergen bakery with three sales units (café and
catering on Vippsnummer, web shop on Vipps Netthandel). One row per transaction.
UTF-8 with BOM, ';', decimal comma, dd.mm.yyyy. Seeded.
"""
from __future__ import annotations

import random
import sys
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from je_common import LAYOUTS, fmt_comma, no_account, write_key, write_labels  # noqa: E402

ID = "je_no_vipps_oppgjorsrapport"
rng = random.Random(4711_2024)

HEADER = ["Salgsdato", "Salgssted", "Vippsnummer", "Produkt", "Transaksjons-ID", "Ordre-ID", "Brutto", "Gebyr",
          "Netto", "Transaksjonstype", "Oppgjørs-ID", "Oppgjørsdato", "Oppgjørssum", "Oppgjørskonto", "Fornavn",
          "Etternavn", "Melding"]
UNITS = {
    "kafe": ("Nordnesbakeriet Kafé", "514327", "Vippsnummer", 0.0175),
    "catering": ("Nordnesbakeriet Catering", "598211", "Vippsnummer", 0.0175),
    "nett": ("Nordnesbakeriet Nettbutikk", "613905", "Vipps Netthandel", 0.0240),
}
ACCOUNT = no_account(rng, "3201")
DAYS = [date(2024, 11, 4) + timedelta(days=i) for i in range(14)]
WORK = [d for d in DAYS if d.weekday() < 5]

FIRST = ["Ole", "Lars", "Kari", "Ingrid", "Anne", "Nora", "Emma", "Jakob", "Håkon", "Sindre", "Marius", "Silje",
         "Marte", "Ida", "Kristian", "Eirik", "Hanne", "Tone", "Bjørn", "Sigrid", "Astrid", "Magnus", "Thea",
         "Sofie", "Henrik", "Torunn", "Geir", "Øyvind", "Solveig", "Åse", "Knut", "Ragnhild"]
LAST = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen",
        "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen",
        "Jacobsen", "Dahl", "Halvorsen", "Lund", "Solberg", "Moen", "Iversen", "Strand", "Eide", "Knutsen",
        "Birkeland", "Sandvik", "Bakke", "Haugland", "Tveit", "Helland", "Nygård", "Berg-Hansen", "Sæther"]
KAFE_MSG = ["kaffe", "skolebrød", "kanelbolle og kaffe", "2x skillingsbolle", "takk!", "lunsj", "brød",
            "🥐", "kaffe + rundstykke", "kake", "Grovbrød og kanelsnurr", "kaffe til to"]

rows: list[dict] = []
_tid = iter(range(5_812_330_411, 5_899_999_999, 7_319))


def add(unit, day, brutto, first, last, msg, label, kind, amb, country="NO", order_id="", typ="Salg"):
    rows.append(dict(unit=unit, day=day, brutto=round(brutto, 2), first=first, last=last, msg=msg, label=label,
                     kind=kind, amb=amb, country=country, order_id=order_id, typ=typ, tid=str(next(_tid))))


def name():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    r = rng.random()
    if r < 0.05:
        return f.upper(), l.upper()
    if r < 0.08:
        return f.lower(), l.lower()
    return f, l


# ---------------------------------------------------------------- café: walk-in private persons
for _ in range(108):
    f, l = name()
    msg = rng.choice(KAFE_MSG) if rng.random() < 0.4 else ""
    add("kafe", rng.choice(DAYS), rng.choice([39, 45, 52, 58, 64, 72, 85, 94, 109, 124, 138, 156, 189, 215, 248]),
        f, l, msg, "B2C", "private_person", False)
kafe_rows = [r for r in rows if r["unit"] == "kafe"]
for r in rng.sample(kafe_rows, 3):  # refunds of earlier café sales
    add("kafe", r["day"] + timedelta(days=rng.randint(0, 2)), -r["brutto"], r["first"], r["last"],
        "feil beløp" if rng.random() < 0.5 else "", "B2C", "private_person_refund", False, typ="Refundering")
add("kafe", date(2024, 11, 8), 40 * 32.0, "Trude", "Haugland", "40 kanelboller til 50-årsdagen", "B2C",
    "private_person_bulk_quantity", True)
add("kafe", date(2024, 11, 12), 486.0, "Camilla", "Moen",
    "Tur med avdeling Blåbær, Nordnes barnehage - legger ut for barnehagen", "B2G",
    "person_paying_for_public_kindergarten", True)

# ---------------------------------------------------------------- web shop: no buyer in the report
nett = []
for i in range(22):
    oid = f"NB-{24000 + 317 + i * 3}"
    add("nett", rng.choice(DAYS), rng.choice([289, 349, 395, 420, 469, 545, 610, 689, 749, 890, 1150]), "", "", "",
        "B2C", "acquiring_line_no_buyer", True, order_id=oid)
    nett.append(rows[-1])
r = rng.choice(nett)
add("nett", r["day"] + timedelta(days=1), -r["brutto"], "", "", "", "B2C", "acquiring_line_no_buyer", True,
    order_id=r["order_id"], typ="Refundering")

# ---------------------------------------------------------------- catering
_fak = iter(range(301, 999))


def fak():
    return f"24-{next(_fak)}"


for _ in range(28):
    f, l = name()
    ev = rng.choice(["Konfirmasjon", "Bursdagskake", "Dåp", "Minnestund", "Bryllup - forskudd", "Julebord hjemme",
                     "Barnebursdag", "50-årslag"])
    msg = rng.choice([f"{ev} faktura {fak()}", f"Faktura {fak()}", f"{ev}", f"{ev} {l}", f"Fakt. {fak()} {ev.lower()}"])
    add("catering", rng.choice(WORK), rng.choice([650, 890, 1240, 1490, 1875, 2150, 2680, 3300, 4100]), f, l, msg,
        "B2C", "private_person", False)

B2B_CLEAR = [
    ("Firmakort Sweco Norge AS - møtemat", "company"), ("Firmakort Multiconsult Norge AS, fakt {f}", "company"),
    ("Sparebanken Vest firmakort - frokostmøte", "company"), ("BKK AS firmakort, faktura {f}", "company"),
    ("Firmakort Equinor ASA Mongstad - møtemat, fakt. {f}", "state_owned_company"),
    ("Faktura {f} Frisørsalong Lise Hansen ENK", "sole_trader"), ("Rørlegger Moe AS firmakort, faktura {f}", "company"),
    ("Tannlege Kari Birkeland ENK - faktura {f} personalmøte", "dental_practice_sole_trader"),
    ("Firmakort Advokatfirmaet Thommessen AS, fakt {f}", "law_firm"),
    ("Firmakort Bergen Sjømat AS - kundemøte", "company"), ("Firmakort Sweco Norge AS, faktura {f}", "company"),
    ("Firmakort Nygård Regnskap AS, faktura {f}", "company"), ("Firmakort Statkraft AS - kurs Dale, fakt {f}", "state_owned_company"),
    ("Bergen Tannklinikk AS firmakort - fakt {f}", "company"), ("Fakt {f} Frisørsalong Lise Hansen ENK", "sole_trader"),
    ("Firmakort Multiconsult Norge AS - lunsj prosjektmøte", "company"),
    ("Firmakort BKK AS - seminar", "company"), ("Borettslaget Nordnes Terrasse firmakort - dugnad, faktura {f}", "housing_cooperative"),
]
OWNERS = {"Frisørsalong Lise Hansen ENK": ("Lise", "Hansen"), "Tannlege Kari Birkeland ENK": ("Kari", "Birkeland")}
for tmpl, kind in B2B_CLEAR:
    msg = tmpl.format(f=fak())
    f, l = name()
    for k, v in OWNERS.items():
        if k in msg:
            f, l = v
    add("catering", rng.choice(WORK), rng.choice([780, 1150, 1460, 1920, 2340, 2890, 3650, 4480, 5200]), f, l, msg,
        "B2B", kind, False)

B2G_CLEAR = [
    ("Innkjøpskort Bergen kommune, Nattland skole - fakt. {f}", "public_school"),
    ("Innkjøpskort Bergen kommune Fana bydel - møtemat", "municipality"),
    ("Innkjøpskort Helse Bergen HF, Haukeland - fakt {f}", "public_hospital"),
    ("Vestland fylkeskommune innkjøpskort - Bergen katedralskole", "public_school"),
    ("Innkjøpskort UiB Institutt for biovitenskap, faktura {f}", "public_university"),
    ("Forsvaret Haakonsvern orlogsstasjon - innkjøpskort, fakt {f}", "armed_forces"),
    ("Statsforvalteren i Vestland innkjøpskort - seminar", "state_agency"),
    ("Innkjøpskort Bergen tingrett, faktura {f}", "court"),
    ("NAV Bergenhus innkjøpskort - kurs", "state_agency"),
    ("Innkjøpskort Vest politidistrikt - fakt {f}", "police"),
    ("Innkjøpskort Bergen kommune, Årstad skole, fakt {f}", "public_school"),
    ("Innkjøpskort Helse Bergen HF - avd. for kreftbehandling", "public_hospital"),
    ("Bergen kommune innkjøpskort - Etat for barnehage, faktura {f}", "municipality"),
    ("Innkjøpskort Vestland fylkeskommune - fylkestinget", "county"),
]
for tmpl, kind in B2G_CLEAR:
    msg = tmpl.format(f=fak())
    f, l = name()
    add("catering", rng.choice(WORK), rng.choice([960, 1350, 1780, 2240, 2950, 3400, 4150, 5600, 6900]), f, l, msg,
        "B2G", kind, False)

AMB = [
    ("Faktura {f} Bergen Engineering AS", "B2B", "person_paying_company_invoice"),
    ("Fakt. {f} for Kontorfellesskapet Strandkaien 2 AS - jeg betaler", "B2B", "person_paying_company_invoice"),
    ("Faktura {f} - Hjelle Bygg AS", "B2B", "person_paying_company_invoice"),
    ("20 skolebrød for videresalg i kiosken vår", "B2B", "person_stated_resale"),
    ("Innkjøpskort Avinor AS Flesland - rammeavtale 2024/118 etter anbud, fakt {f}", "B2B",
     "state_owned_company_public_procurement"),
    ("Faktura {f} Fana bydel, Bergen kommune - legger ut selv", "B2G", "person_paying_public_body_invoice"),
    ("Fakt {f} Nattland skole (Bergen kommune) - betaler privat, får refusjon", "B2G",
     "person_paying_public_body_invoice"),
    ("Faktura {f} - Haukeland sykehus avd. 3 (Helse Bergen)", "B2G", "person_paying_public_body_invoice"),
]
for tmpl, label, kind in AMB:
    f, l = name()
    add("catering", rng.choice(WORK), rng.choice([540, 880, 1260, 1690, 2450, 3120]), f, l, tmpl.format(f=fak()),
        label, kind, True)

# ---------------------------------------------------------------- settlements and output
rows.sort(key=lambda r: (r["day"], r["unit"], int(r["tid"])))
_t = 5_812_330_411
for r in sorted(rows, key=lambda r: (r["day"], rng.random())):  # ids grow with time across units
    _t += rng.randint(1_500, 90_000)
    r["tid"] = str(_t)
rows.sort(key=lambda r: (r["day"], r["unit"], int(r["tid"])))


def next_bday(d):
    d += timedelta(days=1)
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


settle_id = {}
sid = 2_148_903
sums = defaultdict(float)
for r in rows:
    name_, msn, prod, pct = UNITS[r["unit"]]
    sd = next_bday(r["day"])
    key = (r["unit"], sd)
    if key not in settle_id:
        sid += rng.randint(1, 40)
        settle_id[key] = str(sid)
    r["sd"], r["sid"] = sd, settle_id[key]
    r["fee"] = 0.0 if r["typ"] == "Refundering" else -round(r["brutto"] * pct, 2)
    r["net"] = round(r["brutto"] + r["fee"], 2)
    sums[key] += r["net"]

out = [";".join(HEADER)]
for r in rows:
    name_, msn, prod, pct = UNITS[r["unit"]]
    vals = [r["day"].strftime("%d.%m.%Y"), name_, msn, prod, r["tid"], r["order_id"], fmt_comma(r["brutto"]),
            fmt_comma(r["fee"]), fmt_comma(r["net"]), r["typ"], r["sid"], r["sd"].strftime("%d.%m.%Y"),
            fmt_comma(sums[(r["unit"], r["sd"])]), ACCOUNT, r["first"], r["last"], r["msg"]]
    out.append(";".join(vals))
LAYOUTS.mkdir(parents=True, exist_ok=True)
(LAYOUTS / f"{ID}.csv").write_bytes(("\ufeff" + "\r\n".join(out) + "\r\n").encode("utf-8"))
write_labels(ID, rows)
write_key(ID, {
    "id": ID,
    "system": "Vipps (Vipps MobilePay, Norway) business portal - settlement report (oppgjørsrapport) as CSV, one row per transaction",
    "country": "NO",
    "language": "nb",
    "docs": [
        "vippsas/vipps-developers settlements/csv/README.md: CSV column titles Salgsdato, Salgssted, Vippsnummer, Produkt (e.g. 'Vipps Netthandel'), Transaksjons-ID, Ordre-ID, Brutto, Gebyr, Netto, Transaksjonstype (Salg, Refundering), Oppgjørs-ID, Oppgjørsdato, Oppgjørssum, Oppgjørskonto, Fornavn, Etternavn (names only for Vipps number), Melding",
        "Same repository, settlement-report.csv: dates as dd.mm.yyyy, fees negative, one settlement id per sales unit and settlement date",
        "Public parsers of Vipps portal reports: columns taken by position (SalesDate 0, SalesLocation 1, TransactionID 4, Gross 6, Fee 7, Net 8, Type 9, FirstName 14, LastName 15, Message 16), read with ';' delimiter and a BOM"
    ],
    "fields": {"buyer": "Etternavn", "product": None, "quantity": None, "amount": "Brutto", "tax_id": None,
               "email": None, "payment": "Produkt", "comment": "Melding"},
    "also_ok": {"buyer": ["Fornavn"], "amount": ["Netto"], "product": ["Melding"]},
    "notes": ("One row per Vipps transaction (sales and refunds), 17 columns, UTF-8 with BOM, ';', decimal comma (my reading for the "
              "Norwegian portal CSV; the English sample uses '.'). Brutto is the sale amount, Gebyr the (negative) Vipps fee, "
              "Netto = Brutto + Gebyr; Oppgjørssum repeats the settlement total of the sales unit for that settlement date. "
              "The payer is only named (Fornavn/Etternavn, always a private Vipps user) for Vippsnummer payments; Vipps Netthandel "
              "rows carry only an Ordre-ID. Who the purchase is for often shows only in Melding (firmakort / innkjøpskort / "
              "faktura numbers naming a company or a public body). Refunds have Transaksjonstype 'Refundering' and a negative Brutto.")
})
print(ID, len(rows), "rows")
