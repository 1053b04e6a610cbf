"""PowerOffice Go (NO) - outgoing invoices report (fakturalinjer) exported to Excel via the share button."""
import random
from datetime import date, timedelta

from openpyxl import Workbook

from f_common import OUT, save_xlsx, orgnr_no, write_key, write_labels

LID = "f_no_poweroffice_go_fakturaer"
rng = random.Random(6404)

COLS = ["Fakturanr", "Fakturadato", "Forfallsdato", "Kundenr", "Kundenavn", "Org.nr", "E-post", "Deres ref.",
        "Produktkode", "Produkt", "Antall", "Enhetspris", "Rabatt %", "Beløp eks. mva", "Mva-sats",
        "Fakturabeløp inkl. mva", "Betalingsbetingelse", "Leveringsmåte", "Merknad", "Status"]

FM = ["Ole", "Lars", "Per", "Nils", "Marius", "Jonas", "Sondre", "Erik", "Henrik", "Magnus"]
FF = ["Kari", "Ingrid", "Anne", "Silje", "Ida", "Emma", "Thea", "Marte", "Ingvild", "Hanne"]
SN = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen",
      "Berg", "Haugen", "Hagen", "Johannessen", "Eriksen", "Dahl", "Moe", "Solberg"]
FREE = ["gmail.com", "hotmail.com", "online.no", "outlook.com", "icloud.com", "live.no"]
TR = str.maketrans("æøåÆØÅ", "eoaEOA")

P = {
    "kaffe": ("KAF-MOCCA", "Kaffemaskin Moccamaster KBG Select", 2399.00),
    "vann": ("VK-WILFA", "Vannkoker Wilfa Classic 1,7 l", 479.00),
    "tv": ("TV-QE55Q60C", "TV Samsung 55\" QE55Q60C QLED", 7990.00),
    "pc": ("PC-TPE14G5", "Bærbar PC Lenovo ThinkPad E14 Gen 5 i5/16/512", 10990.00),
    "skjerm": ("SKJ-P2423D", "Skjerm Dell P2423D 24\" QHD", 2790.00),
    "dokk": ("DOK-WD19S", "Dokkingstasjon Dell WD19S", 1790.00),
    "skriver": ("SKR-HP4002", "Skriver HP LaserJet Pro 4002dn", 3490.00),
    "toner": ("TON-149A", "Toner HP 149A sort", 990.00),
    "papir": ("PAP-A4-5", "Kopipapir A4 80 g (eske 5 pakker)", 289.00),
    "mus": ("MUS-MX3S", "Mus Logitech MX Master 3S", 990.00),
    "headset": ("HS-EV255", "Headset Jabra Evolve2 55 MS", 2690.00),
    "install": ("TJ-INST", "Installasjon og oppsett (time)", 1150.00),
    "mobil": ("MOB-IP15-128", "Mobiltelefon Apple iPhone 15 128 GB", 9590.00),
    "deksel": ("DEK-IP15", "Mobildeksel silikon iPhone 15", 199.00),
    "skap": ("SRV-42U", "Serverskap 42U 600x1000", 14990.00),
    "m365": ("LIS-M365BP", "Lisens Microsoft 365 Business Premium (12 mnd)", 2640.00),
    "frakt": ("FRAKT", "Frakt", 149.00),
}
HOME = ["kaffe", "vann", "tv", "mobil", "deksel", "pc", "mus"]
BIZ = ["pc", "skjerm", "dokk", "skriver", "toner", "papir", "mus", "headset", "install", "m365"]

COMP = [("Telenor Norge AS", "telenor.no", "company"), ("Veidekke Entreprenør AS", "veidekke.no", "company"),
        ("Kiwi Norge AS", "kiwi.no", "company"), ("Fjordkraft AS", "fjordkraft.no", "company"),
        ("Bergen Rørleggerservice AS", "bergenror.no", "company"), ("Hansen & Dahl Regnskap AS", "hdregnskap.no", "company"),
        ("NORDIC BYGG OG ANLEGG AS", "nordicbygg.no", "company"), ("Tannlegene i Storgata AS", "tannlegenestorgata.no", "company"),
        ("Statkraft AS", "statkraft.com", "state_owned_company"), ("Norsk Tipping AS", "norsk-tipping.no", "state_owned_company"),
        ("Tømrermester Ole Hansen", None, "sole_trader"), ("Frisør Lise Berg", None, "sole_trader"), ("Advokat Kristin Moe", "advokatmoe.no", "sole_trader"),
        ("Norges Røde Kors", "redcross.no", "non_profit"), ("Stiftelsen Norsk Luftambulanse", "norskluftambulanse.no", "non_profit"),
        ("Borettslaget Tåsen Terrasse", None, "homeowners_association"), ("FAU Ullevål skole", None, "parents_association"),
        ("Grefsen menighet, Den norske kirke", "kirken.no", "religious_organisation")]
PUB = [("Oslo kommune, Utdanningsetaten", "postmottak@ude.oslo.kommune.no", "municipality"),
       ("Bergen kommune", "postmottak@bergen.kommune.no", "municipality"),
       ("Trondheim kommune", "postmottak@trondheim.kommune.no", "municipality"),
       ("Bærum kommune", "post@baerum.kommune.no", "municipality"),
       ("Vestland fylkeskommune", "post@vlfk.no", "county"), ("Akershus fylkeskommune", "postmottak@afk.no", "county"),
       ("Nordahl Grieg videregående skole", "nordahl-grieg.vgs@vlfk.no", "public_school"),
       ("Statens vegvesen", "firmapost@vegvesen.no", "state_agency"), ("Skatteetaten", "innkjop@skatteetaten.no", "state_agency"),
       ("Politiet - Oslo politidistrikt", "post.oslo@politiet.no", "police"), ("Universitetet i Oslo", "innkjop@uio.no", "public_university"),
       ("Oslo universitetssykehus HF", "innkjop@ous-hf.no", "public_hospital"), ("Forsvarsmateriell", "postmottak@fma.no", "armed_forces")]

invs = []


def person():
    f = rng.random() < 0.5
    return rng.choice(FF if f else FM), rng.choice(SN)


def fmail(fn, sn):
    a, b = fn.lower().translate(TR), sn.lower().translate(TR)
    return rng.choice([f"{a}.{b}", f"{a}{b}{rng.randint(1, 99)}", f"{a[0]}{b}"]) + "@" + rng.choice(FREE)


def items(keys, nmax, qmax):
    return [(k, rng.randint(1, qmax)) for k in rng.sample(keys, rng.randint(1, nmax))]


def add(i, label, kind, amb, country="NO"):
    i.update(label=label, kind=kind, amb=amb, country=country)
    invs.append(i)


for _ in range(26):
    fn, sn = person()
    add({"name": f"{fn} {sn}", "email": fmail(fn, sn), "items": items(HOME, 2, 1),
         "terms": rng.choice(["14 dager netto", "Vipps", "Kort", "Forskudd"]), "lev": "E-post",
         "note": rng.choice(["", "", "Levering hjemme", "Gave - vennligst pakk inn", ""])}, "B2C", "private_person", False)
for _ in range(42):
    name, dom, kind = rng.choice(COMP)
    org = orgnr_no(rng, "9") if kind != "sole_trader" else orgnr_no(rng, "9")
    fn, sn = person()
    add({"name": name, "org": org, "email": (rng.choice(["faktura", "post", "innkjop", "regnskap"]) + "@" + dom) if dom else (fmail(*name.split()[-2:]) if kind == "sole_trader" else fmail(fn, sn)),
         "ref": f"{fn} {sn}" if rng.random() < 0.6 else "", "items": items(BIZ, 3, 5),
         "terms": rng.choice(["14 dager netto", "30 dager netto", "14 dager netto"]), "lev": rng.choice(["EHF", "EHF", "E-post"]),
         "note": rng.choice(["", "", "Bestilling nr. %d" % rng.randint(1000, 99999), "Iht. serviceavtale", "Levert til lager"])},
        "B2B", kind, False)
for _ in range(22):
    name, mail, kind = rng.choice(PUB)
    fn, sn = person()
    add({"name": name, "org": orgnr_no(rng, "9"), "email": mail, "ref": rng.choice([f"{fn} {sn}", "%d%03d" % (rng.randint(1000, 9999), rng.randint(0, 999))]),
         "items": items(BIZ, 3, 8), "terms": "30 dager netto", "lev": "EHF",
         "note": rng.choice(["Bestillingsnr. %d" % rng.randint(4500000000, 4599999999), "Rammeavtale IKT-utstyr", "Iht. avrop på rammeavtale", ""])},
        "B2G", kind, False)

# ---- ambiguous
for dom, kind in [("equinor.com", "person_company_email"), ("dnb.no", "person_company_email"),
                  ("fin.dep.no", "person_government_email"), ("mil.no", "person_government_email")]:
    fn, sn = person()
    add({"name": f"{fn} {sn}", "email": f"{fn.lower().translate(TR)}.{sn.lower().translate(TR)}@{dom}",
         "items": [(rng.choice(["kaffe", "tv", "mobil"]), 1)], "terms": "Vipps", "lev": "E-post", "note": "Levering hjemme"}, "B2C", kind, True)
for name, dom in [("Hansen & Dahl Regnskap AS", "hdregnskap.no"), ("Tannlegene i Storgata AS", "tannlegenestorgata.no")]:
    add({"name": name, "org": orgnr_no(rng), "email": "post@" + dom, "items": [("kaffe", 1)], "terms": "14 dager netto", "lev": "EHF"},
        "B2B", "company_household_item", True)
add({"name": "Elektriker Sondre Haugen", "org": orgnr_no(rng), "email": fmail("Sondre", "Haugen"), "items": [("tv", 1)],
     "terms": "Vipps", "lev": "E-post"}, "B2B", "sole_trader_personal_purchase", True)
fn, sn = person()
add({"name": f"{fn} {sn}", "email": fmail(fn, sn), "items": [("deksel", 40), ("mobil", 3)], "terms": "Forskudd", "lev": "E-post"},
    "B2C", "private_bulk_volume", True)
fn, sn = person()
add({"name": f"{fn} {sn}", "email": fmail(fn, sn), "items": [("pc", 1), ("skriver", 1)], "terms": "14 dager netto", "lev": "E-post",
     "note": "Til bruk i mitt enkeltpersonforetak (ikke registrert i Mva-registeret)"}, "B2B", "private_stated_business_use", True)
for name, mail in [("Ullevål skole", "ullevaal@osloskolen.no"), ("Fyllingsdalen barnehage", "fyllingsdalen.bhg@bergen.kommune.no")]:
    add({"name": name, "org": orgnr_no(rng), "email": mail, "items": [("vann", 1)], "terms": "30 dager netto", "lev": "EHF"},
        "B2G", "public_school_household_item", True)
add({"name": "Equinor ASA", "org": orgnr_no(rng), "email": "accountspayable@equinor.com", "ref": "PO 4512874410",
     "items": [("pc", 8), ("dokk", 8), ("skjerm", 8)], "terms": "30 dager netto", "lev": "EHF",
     "note": "Avrop iht. kontrakt etter forsyningsforskriften, Doffin ref. 2024-104455"}, "B2B", "state_owned_company_procurement", True)
add({"name": "NATO Joint Warfare Centre", "org": "", "email": "procurement@jwc.nato.int", "ref": "RFQ JWC-24-061",
     "items": [("headset", 10), ("install", 6)], "terms": "30 dager netto", "lev": "E-post", "note": "Fritatt for mva"}, "B2B", "international_org", True)
add({"name": "Stiftelsen Nasjonalmuseet for kunst, arkitektur og design", "org": orgnr_no(rng), "email": "faktura@nasjonalmuseet.no",
     "items": [("pc", 3), ("skjerm", 3)], "terms": "30 dager netto", "lev": "EHF"}, "B2B", "state_founded_foundation", True)
for k, lab in [("skap", "B2B"), ("tv", "B2C"), ("m365", "B2B")]:
    add({"name": "Diverse kunder", "catch": True, "items": [(k, 1)], "terms": "Kontant", "lev": ""}, lab, "thin_catch_all_account", True)

_seen = {}
for _x in invs:  # one tax ID per customer name
    if _x.get('name') and any(_x.get(k) for k in ['org']):
        if _x['name'] in _seen:
            _x.update(_seen[_x['name']])
        else:
            _seen[_x['name']] = {k: _x.get(k, '') for k in ['org']}
rng.shuffle(invs)
wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Utgående fakturaer - fakturalinjer"])
ws.append(["Nordlys IT-Service AS (org.nr. 926 481 557) - Periode 01.04.2024 - 30.06.2024"])
ws.append([])
ws.append(COLS)
lab = []
d = date(2024, 4, 2)
fno = 10452
custno = {}
nxt = 10001
s_eks = s_inkl = 0.0
for inv in invs:
    fno += 1
    d += timedelta(days=rng.choice([0, 0, 1, 1, 2]))
    terms = inv["terms"]
    days = 30 if terms.startswith("30") else 14 if terms.startswith("14") else 0
    key = inv["name"]
    if inv.get("catch"):
        kn = 10000
    else:
        if key not in custno:
            custno[key] = nxt
            nxt += 1
        kn = custno[key]
    name = inv["name"]
    if not inv.get("catch"):
        if rng.random() < 0.07:
            name = name.upper()
        elif inv["label"] == "B2C" and rng.random() < 0.1:
            fn, sn = name.split(" ", 1)
            name = f"{sn}, {fn}"
        elif rng.random() < 0.05:
            name += " "
    rate = 0 if inv["kind"] == "international_org" else 25
    lines = inv["items"] + ([("frakt", 1)] if inv["label"] == "B2C" and rng.random() < 0.5 else [])
    calc = []
    for k, q in lines:
        code, desc, price = P[k]
        disc = rng.choice([0, 0, 5, 10]) if inv["label"] != "B2C" and k != "frakt" else 0
        eks = round(price * q * (1 - disc / 100), 2)
        calc.append((code, desc, q, price, disc, eks))
    inkl = round(sum(c[5] for c in calc) * (1 + rate / 100), 2)
    status = rng.choice(["Betalt", "Betalt", "Åpen", "Purret"]) if days else "Betalt"
    org = inv.get("org", "")
    if org and rng.random() < 0.4:
        org = f"{org[:3]} {org[3:6]} {org[6:]}"
    for code, desc, q, price, disc, eks in calc:
        ws.append([fno, d, d + timedelta(days=days), kn, name, org, inv.get("email", ""), inv.get("ref", ""),
                   code, desc, q, price, disc, eks, rate, inkl, terms, inv.get("lev", ""), inv.get("note", ""), status])
        lab.append(inv)
        s_eks += eks
    s_inkl += inkl
ws.append(["Sum", None, None, None, None, None, None, None, None, None, None, None, None, round(s_eks, 2), None, round(s_inkl, 2),
           None, None, None, None])
for row in ws.iter_rows(min_row=5):
    if isinstance(row[1].value, date):
        row[1].number_format = "DD.MM.YYYY"
        row[2].number_format = "DD.MM.YYYY"
    for c in (row[11], row[13], row[15]):
        c.number_format = "#,##0.00"
save_xlsx(wb, OUT / "layouts" / f"{LID}.xlsx")
write_labels(LID, lab)
write_key(LID, {
    "id": LID,
    "system": "PowerOffice Go - Salg: utgående fakturaer, report with invoice lines shared/exported to Excel",
    "country": "NO",
    "language": "no",
    "docs": [
        "revisoft.no 'DataRev - PowerOffice Go': reports are exported with the share button -> Excel; the file opens with a sheet named 'Sheet1' and three rows above the column headers (headers like 'Kundenr, Kundenavn, ...') - reproduced: 2 title lines + 1 blank line, header on row 4",
        "docs.simutek.se PowerOffice Go integration: outgoing invoice has invoice number, customer (kundenummer, navn, organisasjonsnummer, e-post for faktura), vår/deres referanse, payment terms in days, lines with description, quantity, unit price, VAT code; delivery by e-mail or EHF",
        "support.poweroffice.com (fakturajournal import, Kom i gang med fakturering): invoice delivery methods (leveringsmåter), payment terms (betalingsbetingelser), customer and product registers",
        "Exact header text of this Go report not found in public docs; Norwegian labels chosen (Fakturanr, Kundenavn, Org.nr, Beløp eks. mva, Fakturabeløp inkl. mva, Betalingsbetingelse, Leveringsmåte, Merknad)"
    ],
    "fields": {"buyer": "Kundenavn", "product": "Produkt", "quantity": "Antall", "amount": "Fakturabeløp inkl. mva",
               "tax_id": "Org.nr", "email": "E-post", "payment": "Betalingsbetingelse", "comment": "Merknad"},
    "also_ok": {"amount": ["Beløp eks. mva", "Enhetspris"], "product": ["Produktkode"], "comment": ["Deres ref."]},
    "notes": "Sheet1: row 1 report title, row 2 company and period, row 3 blank, row 4 header; one row per invoice line, invoice columns repeat on every line ('Fakturabeløp inkl. mva' = invoice total repeated). Last row 'Sum' is a totals line, not a record. Kundenr 10000 'Diverse kunder' is a catch-all account (thin records). Org.nr sometimes written with spaces (999 999 999). Persons and the NATO agency have no Org.nr."
})
print(ws.max_row - 5, "lines", len(invs), "invoices")
