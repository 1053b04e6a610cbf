"""Billy (Denmark) - invoice list exported to Excel (one row per invoice)."""
import datetime as dt
import random
import sys
from pathlib import Path

from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ee_common as C  # noqa: E402

ID = "ee_dk_billy_fakturaer"
rnd = random.Random(7202)

HEAD = ["Fakturanr.", "Fakturadato", "Forfaldsdato", "Kunde", "Kundenr.", "CVR-nr.", "EAN-nr.", "E-mail",
        "Att.", "Beskrivelse", "Beløb ekskl. moms", "Moms", "Beløb inkl. moms", "Valuta",
        "Betalingsbetingelser", "Status", "Restbeløb", "Besked til kunde"]

P = {  # name, price ex moms DKK, category
    "sup": ("Timer - IT-support", 795, "svc"),
    "net": ("Opsætning af netværk og firewall", 4800, "svc"),
    "u6": ("Ubiquiti UniFi U6 Pro access point", 1390, "biz"),
    "t14": ("Lenovo ThinkPad T14 Gen 4", 9995, "biz"),
    "m365": ("Microsoft 365 Business Standard (12 mdr.)", 1020, "biz"),
    "nas": ("Synology DS923+ NAS inkl. 4 x 4 TB", 9480, "biz"),
    "rack": ('Serverskab 19" 42U inkl. montering', 8950, "rack"),
    "sw": ("Cisco CBS350-24P switch", 4295, "biz"),
    "mon": ('Dell P2423D 24" skærm', 1790, "biz"),
    "web": ("Webhotel og domæne (12 mdr.)", 1188, "biz"),
    "backup": ("Cloud backup, 1 TB (12 mdr.)", 2400, "biz"),
    "korsel": ("Kørsel", 395, "svc"),
    "sonos": ("Sonos Era 100", 1599, "hh"),
    "tv": ('Samsung 65" QLED Q70D TV', 7196, "hh"),
    "iph": ("Apple iPhone 15 128 GB", 5596, "hh"),
    "nes": ("Nespresso Vertuo Pop kaffemaskin", 559, "hh"),
    "hue": ("Philips Hue White and Color startsæt", 1119, "hh"),
    "kedel": ("Bosch elkedel 1,7 l", 319, "hh"),
    "robot": ("Roborock S8 robotstøvsuger", 4799, "hh"),
}
BIZ = [k for k, v in P.items() if v[2] == "biz"]
HH = [k for k, v in P.items() if v[2] == "hh"]
GIVEN = ["Mette", "Lars", "Anne", "Peter", "Kirsten", "Jens", "Hanne", "Michael", "Søren", "Camilla",
         "Mads", "Louise", "Rasmus", "Line", "Thomas", "Sofie", "Henrik", "Pia", "Morten", "Julie"]
SUR = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
       "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
       "Johansen", "Møller", "Mortensen", "Frederiksen"]
FREEMAIL = ["gmail.com", "hotmail.com", "live.dk", "mail.dk", "outlook.dk", "yahoo.dk", "jubii.dk"]


def ascii_(s):
    return s.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")


def pmail(g, s):
    return f"{ascii_(g)}{rnd.choice(['.', '', '_'])}{ascii_(s)}{rnd.choice(['', '', str(rnd.randint(60, 99))])}@{rnd.choice(FREEMAIL)}"


def ean():
    return C.gln13("5798" + "".join(str(rnd.randint(0, 9)) for _ in range(8)))


COMP = [  # name, cvr, domain, kind
    ("Novo Nordisk A/S", "24256790", "novonordisk.com", "company"),
    ("Danske Bank A/S", "61126228", "danskebank.dk", "company"),
    ("Carlsberg Danmark A/S", C.dk_cvr(rnd, 2), "carlsberg.dk", "company"),
    ("COWI A/S", C.dk_cvr(rnd, 4), "cowi.com", "company"),
    ("Rambøll Danmark A/S", C.dk_cvr(rnd, 3), "ramboll.dk", "company"),
    ("Salling Group A/S", C.dk_cvr(rnd, 3), "sallinggroup.com", "company"),
    ("Tømrerfirmaet Kim Jensen ApS", C.dk_cvr(rnd, 3), "kimjensen-toemrer.dk", "company"),
    ("Revisionsfirmaet Nørgaard ApS", C.dk_cvr(rnd, 3), "noergaard-revision.dk", "company"),
    ("Advokatfirmaet Holm & Bech I/S", C.dk_cvr(rnd, 3), "holmbech.dk", "law_firm"),
    ("Café Ørsted ApS", C.dk_cvr(rnd, 4), "cafeoersted.dk", "company"),
    ("Tandlægerne i Vejle ApS", C.dk_cvr(rnd, 3), "tandvejle.dk", "company"),
    ("Nordisk Lager & Logistik A/S", C.dk_cvr(rnd, 2), "nll.dk", "company"),
    ("DSB", "25050053", "dsb.dk", "state_owned_company"),
    ("Rygaards Skole", C.dk_cvr(rnd, 5), "rygaards.com", "private_school"),
    ("Privathospitalet Mølholm P/S", C.dk_cvr(rnd, 3), "molholm.dk", "private_hospital"),
    ("Andelsboligforeningen Grøndalsvænget", C.dk_cvr(rnd, 6), "gmail.com", "housing_cooperative"),
    ("Frederiksberg Sogns Menighedsråd", C.dk_cvr(rnd, 6), "km.dk", "church"),
    ("Dansk Røde Kors", C.dk_cvr(rnd, 2), "rodekors.dk", "nonprofit"),
]
for c_ in COMP:
    assert C.dk_cvr_valid(c_[1]), c_
GOV = [
    ("Københavns Kommune", "64942212", "kk.dk", "municipality"),
    ("Aarhus Kommune", "55133018", "aarhus.dk", "municipality"),
    ("Odense Kommune", "35209115", "odense.dk", "municipality"),
    ("Aalborg Kommune", "29189420", "aalborg.dk", "municipality"),
    ("Region Hovedstaden", "29190623", "regionh.dk", "region"),
    ("Region Midtjylland", "29190925", "rm.dk", "region"),
    ("Region Syddanmark", "29190909", "rsyd.dk", "region"),
    ("Skattestyrelsen", C.dk_cvr(rnd, 4), "sktst.dk", "state_agency"),
    ("Rigspolitiet", C.dk_cvr(rnd, 1), "politi.dk", "police"),
    ("Forsvarsministeriets Materiel- og Indkøbsstyrelse", C.dk_cvr(rnd, 1), "mil.dk", "armed_forces"),
    ("Banedanmark", C.dk_cvr(rnd, 1), "bane.dk", "state_agency"),
    ("Aarhus Universitet", C.dk_cvr(rnd, 3), "au.dk", "public_university"),
    ("Københavns Universitet", C.dk_cvr(rnd, 2), "ku.dk", "public_university"),
]
for g_ in GOV:
    assert C.dk_cvr_valid(g_[1]), g_
GOV_EAN = {g_[0]: ean() for g_ in GOV}
cust = {}


def kno(name):
    if name not in cust:
        cust[name] = 100 + len(cust)
    return str(cust[name])


def lines_biz(n=None):
    n = n or rnd.choice([1, 1, 2, 2, 3])
    out = []
    for a in rnd.sample(BIZ + ["sup", "sup", "net"], n):
        if a == "sup":
            q = rnd.choice([1, 1.5, 2, 3, 4, 6, 7.5])
        elif a in ("m365", "backup", "web"):
            q = rnd.choice([1, 3, 5, 10, 20])
        elif a == "net":
            q = 1
        else:
            q = rnd.choice([1, 2, 3, 5, 8])
        out.append((a, q))
    if rnd.random() < 0.25:
        out.append(("korsel", 1))
    return out


orders = []


def add(name, cvr, ean_, email, att, lines, terms, msg, meta, vat=True, key=None):
    orders.append(dict(name=name, cvr=cvr, ean=ean_, email=email, att=att, lines=lines, terms=terms,
                       msg=msg, meta=meta, vat=vat, key=key or name.strip()))


for _ in range(70):
    n, cvr, d, kind = rnd.choice(COMP)
    g, s = rnd.choice(GIVEN), rnd.choice(SUR)
    email = f"styrelsen.groendalsvaenget@{d}" if d == "gmail.com" else rnd.choice(
        [f"faktura@{d}", f"bogholderi@{d}", f"{ascii_(g)}.{ascii_(s)}@{d}", f"{ascii_(g)[:2]}{ascii_(s)[:2]}@{d}"])
    nm = n.upper() if rnd.random() < 0.08 else (n + " " if rnd.random() < 0.08 else n)
    msg = rnd.choice(["", "", "", f"Jeres ordre nr. {rnd.randint(1000, 9999)}", "Tak for handlen."])
    add(nm, cvr, "", email, f"{g} {s}" if rnd.random() < 0.6 else "", lines_biz(),
        rnd.choice(["Netto 8 dage", "Netto 14 dage", "Netto 30 dage", "Løbende måned + 30 dage"]), msg,
        ("B2B", False, kind, "DK"), key=n)
# enkeltmandsvirksomheder
for _ in range(9):
    g, s = rnd.choice(GIVEN), rnd.choice(SUR)
    trade = rnd.choice([f"Frisør {g} v/{g} {s}", f"{s} VVS v/{g} {s}", f"Fotograf {g} {s}",
                        f"{g} {s} Consulting", f"Malerfirmaet {s} v/{g} {s}"])
    add(trade, C.dk_cvr(rnd), "", pmail(g, s), "", lines_biz(rnd.choice([1, 2])),
        rnd.choice(["Netto 8 dage", "Netto 14 dage"]), "", ("B2B", False, "sole_trader", "DK"))
# public sector (EAN + CVR)
for _ in range(26):
    n, cvr, d, kind = rnd.choice(GOV)
    g, s = rnd.choice(GIVEN), rnd.choice(SUR)
    unit = ""
    if kind == "municipality":
        unit = rnd.choice(["Teknik- og Miljøforvaltningen", "Børne- og Ungdomsforvaltningen", "Borgerservice",
                           "Kultur- og Fritidsforvaltningen", "Sundheds- og Omsorgsforvaltningen"])
    att = f"{unit + ', ' if unit else ''}{g} {s}"
    msg = rnd.choice([f"Ordrenr. {rnd.randint(4500000000, 4509999999)}", f"Indkøbsordre {rnd.randint(100000, 999999)}",
                      "Fakturaen sendes som OIOUBL via NemHandel.", ""])
    add(n, cvr, GOV_EAN[n], f"{ascii_(g)[:3]}{ascii_(s)[:3]}@{d}" if rnd.random() < 0.5 else f"{ascii_(g)}.{ascii_(s)}@{d}",
        att, lines_biz(), rnd.choice(["Netto 30 dage", "Løbende måned + 30 dage"]), msg, ("B2G", False, kind, "DK"))
add("Sveriges ambassad i Köpenhamn", "", "", "ambassaden.kopenhamn@gov.se", "Administrationen",
    [("t14", 2), ("mon", 2)], "Netto 30 dage", "", ("B2G", False, "embassy", "SE"), vat=False)
add("Norges ambassade i København", "", "", "emb.copenhagen@mfa.no", "",
    [("sup", 3)], "Netto 30 dage", "", ("B2G", False, "embassy", "NO"), vat=False)
# private persons
for _ in range(34):
    g, s = rnd.choice(GIVEN), rnd.choice(SUR)
    st = rnd.random()
    name = f"{g} {s}" if st < 0.6 else (f"{s}, {g}" if st < 0.8 else f"{g} {s}".upper())
    if rnd.random() < 0.35:
        lines = [("sup", rnd.choice([1, 1.5, 2]))]
        msg = rnd.choice(["Hjælp med opsætning af printer og wifi derhjemme", "Fjernelse af virus på privat PC", ""])
    else:
        lines = [(rnd.choice(HH), 1)] + ([(rnd.choice(HH), 1)] if rnd.random() < 0.25 else [])
        msg = rnd.choice(["", "", "Betalt med MobilePay", "Betalt med Dankort i butikken"])
    add(name, "", "", pmail(g, s) if rnd.random() < 0.85 else "", "", lines,
        rnd.choice(["Netto 8 dage", "Kontant", "Kontant"]), msg, ("B2C", False, "private_person", "DK"))

# ambiguous
add("Café Ørsted ApS", COMP[9][1], "", "info@cafeoersted.dk", "", [("tv", 1)], "Netto 8 dage", "",
    ("B2B", True, "company_household_item", "DK"))
add("Revisionsfirmaet Nørgaard ApS", COMP[7][1], "", "kontor@noergaard-revision.dk", "", [("nes", 1)], "Kontant",
    "Betalt med MobilePay", ("B2B", True, "company_household_item", "DK"))
add("Tandlægerne i Vejle ApS", COMP[10][1], "", "klinik@tandvejle.dk", "", [("sonos", 1)], "Netto 8 dage", "",
    ("B2B", True, "company_household_item", "DK"))
add("Morten Frederiksen", "", "", "mofr@politi.dk", "", [("robot", 1)], "Kontant",
    "Leveres til privatadresse, Hasserisvej 112, 9000 Aalborg", ("B2C", True, "person_gov_email", "DK"))
add("Pia Mortensen", "", "", "pia.mortensen@sktst.dk", "", [("kedel", 1), ("hue", 1)], "Kontant", "Betalt med MobilePay",
    ("B2C", True, "person_gov_email", "DK"))
add("Julie Poulsen", "", "", "jpou@novonordisk.com", "", [("sonos", 2)], "Netto 8 dage", "",
    ("B2C", True, "person_company_email", "DK"))
add("Frisør Lotte v/Lotte Mikkelsen", C.dk_cvr(rnd), "", "lotte.mikkelsen@hotmail.com", "", [("tv", 1)], "Kontant",
    "Betalt med privat Dankort", ("B2B", True, "sole_trader_personal_card", "DK"))
add("Energinet", C.dk_cvr(rnd, 2), "", "kreditor@energinet.dk", "Indkøb",
    [("sw", 6), ("u6", 20), ("sup", 16)], "Løbende måned + 30 dage",
    "Leveret i henhold til rammeaftale efter udbud (forsyningsvirksomhedsdirektivet), udbudsref. 23/04518",
    ("B2B", True, "state_owned_company_procurement", "DK"))
add("UNOPS", "", "", "procurement@unops.org", "Marmorvej 51, UN City", [("t14", 4), ("m365", 4)], "Netto 30 dage",
    "Momsfritaget leverance til international organisation", ("B2B", True, "international_org", "DK"), vat=False)
add("WHO Regional Office for Europe", "", "", "euprocurement@who.int", "", [("mon", 10)], "Netto 30 dage",
    "PO 202403117", ("B2B", True, "international_org", "DK"), vat=False)
add("Danmarks Grundforskningsfond", C.dk_cvr(rnd, 1), "", "dg@dg.dk", "", [("t14", 2), ("backup", 1)], "Netto 14 dage",
    "", ("B2B", True, "state_founded_foundation", "DK"))
add("Rasmus Kristensen", "", "", "rasmus.k88@gmail.com", "", [("iph", 30)], "Netto 8 dage", "",
    ("B2C", True, "private_bulk_purchase", "DK"))
add("Line Olsen", "", "", "lineolsen@live.dk", "", [("hue", 10), ("sonos", 4)], "Netto 8 dage",
    "Varerne købes til videresalg i min netbutik", ("B2B", True, "private_stated_resale", "DK"))
add("Aarhus Kommune", "55133018", GOV_EAN["Aarhus Kommune"], "skovvangskolen@aarhus.dk", "Skovvangskolen, Lærerværelset",
    [("kedel", 1)], "Løbende måned + 30 dage", "", ("B2G", True, "municipal_school_household_item", "DK"))
add("Odense Kommune", "35209115", GOV_EAN["Odense Kommune"], "", "Dalumskolen SFO",
    [("nes", 1)], "Løbende måned + 30 dage", "", ("B2G", True, "municipal_school_household_item", "DK"))
add("Henrik", "", "", "", "", [("rack", 1)], "Netto 8 dage", "", ("B2B", True, "thin_record", "DK"))
add("Mette", "", "", "", "", [("iph", 1)], "Kontant", "", ("B2C", True, "thin_record", "DK"))
add("Kim Jensen", "", "", "kimjensen1970@mail.dk", "", [("t14", 1), ("m365", 2)], "Netto 8 dage",
    "Vedr. Tømrerfirmaet Kim Jensen ApS - betales fra privat konto", ("B2B", True, "person_pays_company_invoice", "DK"))

rnd.shuffle(orders)
wb = Workbook()
ws = wb.active
ws.title = "Fakturaer"
ws.append(HEAD)
labels = []
date = dt.date(2024, 1, 3)
no = 1051
TERMS = {"Netto 8 dage": 8, "Netto 14 dage": 14, "Netto 30 dage": 30, "Kontant": 0}
for o in orders:
    date += dt.timedelta(days=rnd.choice([0, 1, 1, 2, 3]))
    if o["terms"] == "Løbende måned + 30 dage":
        nxt = (date.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        due = nxt - dt.timedelta(days=1) + dt.timedelta(days=30)
    else:
        due = date + dt.timedelta(days=TERMS[o["terms"]])
    net = round(sum(P[a][1] * q for a, q in o["lines"]), 2)
    vat = round(net * 0.25, 2) if o["vat"] else 0.0
    gross = round(net + vat, 2)
    paid = o["terms"] == "Kontant" or (due < dt.date(2024, 11, 20) and rnd.random() < 0.92)
    status = "Betalt" if paid else ("Forfalden" if due < dt.date(2024, 12, 20) else "Ikke betalt")
    desc = ", ".join(P[a][0] for a, _ in o["lines"][:2]) + (" m.m." if len(o["lines"]) > 2 else "")
    ws.append([no, date, due, o["name"], kno(o["key"]), o["cvr"] or None, o["ean"] or None, o["email"] or None,
               o["att"] or None, desc, net, vat, gross, "DKK", o["terms"], status, 0.0 if paid else gross,
               o["msg"] or None])
    r = ws.max_row
    for col in (2, 3):
        ws.cell(r, col).number_format = "DD-MM-YYYY"
    for col in (11, 12, 13, 17):
        ws.cell(r, col).number_format = "#,##0.00"
    labels.append(o["meta"])
    no += 1
for col, w in zip("ABCDEFGHIJKLMNOPQR", [10, 12, 12, 38, 9, 11, 15, 32, 30, 50, 15, 12, 15, 7, 22, 11, 12, 50]):
    ws.column_dimensions[col].width = w
C.save_xlsx(wb, C.ROOT / "layouts" / f"{ID}.xlsx")

key = {
    "id": ID,
    "system": "Billy (billy.dk), Salg - Fakturaer, invoice list exported to Excel (one row per invoice)",
    "country": "DK",
    "language": "da",
    "docs": [
        "billy.dk 'Funktioner for revisorer': exports are chosen per period and format (PDF, HTML, Excel or CSV) - used for the Excel format",
        "billy.dk 'Importering og eksportering af kontoplan': Billy's own files have a first row of column headers; used for a single header row, no title lines",
        "billy.dk 'Abonnementsfakturering': invoice variables {{invoiceNo}}, {{entryDate}}, {{amount}}, {{contact.name}}, {{attContactPerson.name}}, {{headerMessage}}, {{balance}} - used for the columns Fakturanr., Fakturadato, Kunde, Att., Besked til kunde, Restbeløb",
        "Billy API invoice object as used in public client code (invoiceNo, entryDate, dueDate, contactId, state, isPaid, balance, amount/tax/grossAmount, paymentTermsMode, lineDescription) - used for the per-invoice row with net, VAT and gross amounts, payment terms text and a short line description"
    ],
    "fields": {"buyer": "Kunde", "product": "Beskrivelse", "quantity": None, "amount": "Beløb inkl. moms",
               "tax_id": "CVR-nr.", "email": "E-mail", "payment": "Betalingsbetingelser",
               "comment": "Besked til kunde"},
    "also_ok": {"amount": ["Beløb ekskl. moms"], "tax_id": ["EAN-nr."]},
    "notes": "XLSX, one sheet 'Fakturaer', header in row 1, one row per invoice, no totals row. Dates are real date cells (DD-MM-YYYY). Beskrivelse holds the first one or two line descriptions ('m.m.' when more lines); there is no quantity column. Public customers carry an EAN-nr. (GLN, 5798..., for OIOUBL/NemHandel invoicing) next to the CVR-nr.; Att. is the contact person (for municipalities 'department/school, person'). Private persons have no CVR. Embassies and international organisations are invoiced without VAT. 'Kontant' terms mean the invoice was paid on issue; Besked til kunde sometimes says how (MobilePay, Dankort)."
}
C.write_key(ID, key, labels)
print(ID, len(labels), "rows")
