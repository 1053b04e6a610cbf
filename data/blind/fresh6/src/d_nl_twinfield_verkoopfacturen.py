"""Twinfield (NL) sales transactions (dagboek VRK) exported from 'Transacties bekijken' to Excel, one line per
debtor line (= one per sales invoice). Rebuilds layouts/d_nl_twinfield_verkoopfacturen.xlsx and its key. Seed fixed."""
import datetime as dt
import random

from openpyxl import Workbook
from openpyxl.styles import Font

import d_common as C

ID = "d_nl_twinfield_verkoopfacturen"
rng = random.Random(60604)

# seller: AV/ICT installer in Utrecht. Descriptions as typed on the invoice head.
PRO = ["Levering en installatie {n}x Samsung Flip 4 65 inch", "Onderhoudscontract AV-installaties {q}",
       "Levering {n}x Dell Latitude 5540 incl. inrichting", "Installatie wifi-netwerk {n} access points UniFi",
       "Microsoft 365 Business Premium, {n} licenties, jaarabonnement", "Levering {n}x Logitech Rally Bar videoconferentieset",
       "Storingsafhandeling locatie {loc}, {n} uur", "Bekabeling Cat6a, {n} aansluitpunten", "Levering {n}x Epson EB-L210W beamer",
       "Beheer werkplekken {q}, {n} werkplekken", "Camerabewaking: levering en montage {n} camera's"]
HOUSE = ["Levering Samsung QE55Q60C televisie", "Reparatie laptop HP Pavilion, vervangen scherm", "Installatie Sonos Arc soundbar",
         "Levering Philips Hue startset", "Levering Apple iPad 10e generatie", "Aansluiten thuisnetwerk en printer",
         "Levering De'Longhi Magnifica koffiemachine", "Levering Miele wasmachine WWD 120"]
VOORL = ["J.", "P.", "M.", "A.", "H.", "K.", "R.", "S.", "W.", "E.", "T.", "L."]
VOORN = ["Jan", "Sanne", "Pieter", "Lotte", "Daan", "Emma", "Bram", "Anouk", "Thijs", "Fleur", "Ruud", "Marieke"]
ACHTER = ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
          "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit"]

GOV = [("Gemeente Utrecht", "municipality"), ("Gemeente Amersfoort", "municipality"), ("Gemeente Zeist", "municipality"),
       ("Gemeente Nieuwegein", "municipality"), ("Waterschap Vallei en Veluwe", "water_authority"),
       ("Hoogheemraadschap De Stichtse Rijnlanden", "water_authority"), ("Provincie Utrecht", "regional_government"),
       ("Rijkswaterstaat Midden-Nederland", "state_agency"), ("Universiteit Utrecht", "public_university"),
       ("UMC Utrecht", "public_hospital"), ("Ministerie van Defensie, DMO", "armed_forces"),
       ("Politie Eenheid Midden-Nederland", "police"), ("Rechtbank Midden-Nederland", "court"),
       ("Belastingdienst, Directie Grote Ondernemingen", "state_agency")]
BIZ = [("Heijmans N.V.", "company"), ("Koninklijke Philips N.V.", "company"), ("Van der Berg Installatietechniek B.V.", "company"),
       ("Rabobank Utrecht e.o. U.A.", "cooperative"), ("Bol.com B.V.", "company"), ("Jumbo Supermarkten B.V.", "company"),
       ("Accountantskantoor Smit & Visser B.V.", "company"), ("Tandartspraktijk Dekker", "sole_trader"),
       ("Klusbedrijf Jansen", "sole_trader"), ("Fotografie Sanne de Vries", "sole_trader"),
       ("Stichting Voedselbank Utrecht", "nonprofit"), ("VvE Complex Lombok II", "homeowners_association"),
       ("Het Nederlandse Rode Kruis, afd. Utrecht", "nonprofit"), ("Christelijk Lyceum Zeist (Stichting)", "private_school"),
       ("Protestantse Gemeente Utrecht", "church")]

docs = []


def add(naam, descr, amount, label, amb, kind, cc="NL"):
    docs.append(dict(naam=naam, descr=descr, amount=round(amount, 2), label=label, amb=amb, kind=kind, cc=cc))


def pro_descr():
    t = rng.choice(PRO)
    return t.format(n=rng.randint(2, 24), q=rng.choice(["Q1 2024", "Q2 2024", "2024", "april 2024"]),
                    loc=rng.choice(["Stadskantoor", "hoofdkantoor", "vestiging Amersfoort", "gebouw Noord"]))


def particulier():
    v, a = rng.choice(VOORN), rng.choice(ACHTER)
    return rng.choice([f"Dhr. {rng.choice(VOORL)} {a}", f"Mevr. {rng.choice(VOORL)} {a}", f"{a}, {v}",
                       f"{v} {a}", f"{a.upper()} {rng.choice(VOORL)}"])


for _ in range(50):
    add(particulier(), rng.choice(HOUSE), rng.uniform(89, 1450), "B2C", False, "private_person")
for naam, kind in BIZ:
    for _ in range(rng.choice([2, 3, 4])):
        nm = naam.upper() if rng.random() < 0.1 else naam
        add(nm + (" " if rng.random() < 0.08 else ""), pro_descr(), rng.uniform(350, 24000), "B2B", False, kind)
for naam, kind in GOV:
    for _ in range(rng.choice([2, 3, 4])):
        d = pro_descr()
        if rng.random() < 0.4:
            d += rng.choice([" - inkoopordernr. 4510{0}".format(rng.randint(100000, 999999)),
                             " - contract {0}/{1}".format(rng.choice(["AV", "ICT"]), rng.randint(2022001, 2024999)),
                             " (raamovereenkomst)"])
        add(naam, d, rng.uniform(500, 38000), "B2G", False, kind)

# ambiguous per LABELING.md
add("Gemeente Zeist", "Levering De'Longhi Magnifica koffiemachine", 419.00, "B2G", True, "municipality_household_item")
add("Waterschap Vallei en Veluwe", "Levering Samsung QE55Q60C televisie", 899.00, "B2G", True, "water_authority_household_item")
add("Accountantskantoor Smit & Visser B.V.", "Levering Miele wasmachine WWD 120", 1049.00, "B2B", True, "company_household_item")
add("Klusbedrijf Jansen", "Levering Apple iPad 10e generatie", 479.00, "B2B", True, "sole_trader_household_item")
add("NS Reizigers B.V.", "Levering 40x Dell Latitude 5540 - aanbesteding NS-2024-0312 (Aanbestedingswet, speciale sectoren)",
    52800.00, "B2B", True, "state_owned_company_procurement")
add("ProRail B.V.", "Camerabewaking: levering en montage 12 camera's", 18450.00, "B2B", False, "state_owned_company")
add("Europol", "Levering 6x Logitech Rally Bar videoconferentieset - PO 2024/EUROPOL/0815", 27600.00, "B2B", True,
    "international_org")
add("Organisation for the Prohibition of Chemical Weapons (OPCW)", "Beheer werkplekken Q2 2024, 30 werkplekken", 8900.00,
    "B2B", True, "international_org")
add("Ambassade van de Bondsrepubliek Duitsland", "Installatie wifi-netwerk 8 access points UniFi", 6240.00, "B2G", False,
    "embassy", "DE")
add("Dhr. R. Visser", "Betaling namens Visser Hoveniers V.O.F.: levering 3x Dell Latitude 5540", 3890.00, "B2B", True,
    "person_pays_company_invoice")
add("Mevr. A. Bakker", "Levering 25x Apple iPad 10e generatie", 11975.00, "B2C", True, "private_bulk_quantity")
add("Dhr. T. de Groot", "Levering 10x Philips Hue startset, voor verhuur vakantiewoningen", 1890.00, "B2B", True,
    "private_stated_business_use")
add("Diverse debiteuren particulieren", "Webshop omzet week 17 (Mollie uitbetaling)", 4312.55, "B2C", True,
    "payout_line_catch_all")
add("Mollie B.V.", "Uitbetaling iDEAL/creditcard ontvangsten april 2024", 6120.40, "B2C", True, "acquiring_payout_line")
add("Debiteur 1187", "Levering 2x Ubiquiti UniFi switch 24 poorts PoE", 1290.00, "B2B", True, "thin_record")
add("Debiteur 1203", "Levering Samsung QE55Q60C televisie", 899.00, "B2C", True, "thin_record")
add("Politie Eenheid Midden-Nederland", "Levering Philips Hue startset", 189.95, "B2G", True, "police_household_item")
add("Stichting Nationaal Restauratiefonds", "Beheer werkplekken 2024, 12 werkplekken", 5400.00, "B2B", True,
    "state_founded_fund")
add("Kunde GmbH", "Levering 4x Epson EB-L210W beamer - intracommunautaire levering, btw verlegd", 5160.00, "B2B", False,
    "company", "DE")

rng.shuffle(docs)
HEAD = ["Periode", "Dagboek", "Boekst.nr.", "Status", "Boekdatum", "Debiteur", "Naam", "Valuta", "Bedrag",
        "Openstaand bedrag", "Betaalstatus", "Omschrijving", "Factuurnummer", "Vervaldatum"]
wb = Workbook()
ws = wb.active
ws.title = "Transacties"
ws.append(HEAD)
for c in ws[1]:
    c.font = Font(bold=True)
labels = []
deb = {}
d0 = dt.date(2024, 1, 3)
total = 0.0
for i, d in enumerate(docs):
    key = d["naam"].strip().lower()
    if key.startswith("debiteur "):
        code = key.split()[1]
    else:
        code = deb.setdefault(key, str(1001 + len(deb) * 3))
    date = d0 + dt.timedelta(days=int(i * 1.55))
    status = rng.choice(["Afgeletterd", "Afgeletterd", "Beschikbaar"])
    sign = -1 if (rng.random() < 0.03) else 1
    amt = sign * d["amount"]
    openb = 0.0 if status == "Afgeletterd" else amt
    total += amt
    ws.append([f"{date.year}/{date.month:02d}", "VRK", 202400000 + 118 + i, "Definitief", date, int(code), d["naam"],
               "EUR", amt, openb, status, d["descr"], f"{2024}{118 + i:04d}", date + dt.timedelta(days=30)])
    labels.append((d["label"], d["amb"], d["kind"], d["cc"]))
ws.append(["Totaal", None, None, None, None, None, None, "EUR", round(total, 2), None, None, None, None, None])
for c in ws[ws.max_row]:
    c.font = Font(bold=True)
for row in ws.iter_rows(min_row=2):
    row[4].number_format = "DD-MM-YYYY"
    row[13].number_format = "DD-MM-YYYY"
    row[8].number_format = "#,##0.00"
    row[9].number_format = "#,##0.00"
(C.OUT / "layouts").mkdir(exist_ok=True)
out = C.OUT / "layouts" / f"{ID}.xlsx"
wb.save(out)
# make the file byte-stable across runs (fixed zip timestamps)
import zipfile, io
src = out.read_bytes()
zin = zipfile.ZipFile(io.BytesIO(src))
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "docProps/core.xml":
            import re
            data = re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>",
                          lambda m: m.group(0).split(b">")[0] + b">2024-05-02T09:00:00Z</dcterms:" + m.group(1) + b">", data)
        zi = zipfile.ZipInfo(item.filename, date_time=(2024, 5, 2, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, data)
out.write_bytes(buf.getvalue())

meta = {
    "id": ID,
    "system": "Twinfield (Wolters Kluwer, NL): Transacties bekijken (browse 100) on dagboek VRK (verkoop), "
              "debtor lines exported to Excel",
    "country": "NL",
    "language": "nl",
    "docs": [
        "Twinfield browse definition 100 (public gist and client libraries in public code): fields "
        "fin.trs.head.yearperiod 'Periode', fin.trs.head.code 'Dagboek' (VRK), fin.trs.head.number 'Boekst.nr.', "
        "fin.trs.head.status 'Status', fin.trs.head.date 'Boekdatum', fin.trs.line.dim2 'Debiteur' (dimtype DEB), "
        "fin.trs.line.dim2name 'Naam', fin.trs.head.curcode, fin.trs.line.valuesigned, openvaluesigned, matchstatus, "
        "fin.trs.line.description, fin.trs.line.invnumber, duedate",
        "Client-library notes on browse 100: dim1 and dim2 cannot be combined, so a debtor view holds the debtor line "
        "only (one row per invoice, no article/quantity), amounts signed; matchstatus available/matched/proposed "
        "shown in Dutch as Beschikbaar/Afgeletterd/Voorgesteld",
        "Dutch labels for valuesigned/openvaluesigned/matchstatus/description/invnumber/duedate ('Bedrag', "
        "'Openstaand bedrag', 'Betaalstatus', 'Omschrijving', 'Factuurnummer', 'Vervaldatum') are my wording",
    ],
    "fields": {"buyer": "Naam", "product": "Omschrijving", "quantity": None, "amount": "Bedrag", "tax_id": None,
               "email": None, "payment": None, "comment": None},
    "also_ok": {"buyer": ["Debiteur"], "amount": ["Openstaand bedrag"], "comment": ["Omschrijving"],
                "payment": ["Betaalstatus"]},
    "notes": "XLSX, sheet 'Transacties', header in row 1, one record per sales invoice (debtor line of a VRK "
             "transaction), amounts gross incl. btw as numbers, dates as Excel dates (dd-mm-jjjj). The last row is a "
             "'Totaal' line (not a record). 'Debiteur' is the debtor code; 'Naam' the debtor name. 'Diverse debiteuren "
             "particulieren' is a catch-all debtor for webshop sales, and 'Mollie B.V.' lines are payment-provider "
             "payouts with no buyer. The layout has no VAT number, e-mail or payment-method column; the invoice "
             "description ('Omschrijving') is the only text about the goods and purpose.",
}
C.write_key(meta, labels)
print(ID, len(docs), "records")
