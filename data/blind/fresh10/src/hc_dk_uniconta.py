"""hc_dk_uniconta_fakturalinjer: Uniconta (Denmark), Debitor > Fakturaer > Fakturalinjer grid exported to Excel.

Column set and order follow Uniconta-Pages Debtor/DebtorInvoiceLinesPage.xaml (dgInvLines):
DCAccount, AccountName, Item, Text, InvoiceQty, Unit, SalesPrice, DiscountPct, InvoiceTotal,
Margin, MarginRatio, Warehouse visible by default; Date and InvoiceNumber are hidden by default
and were switched on by the user. Danish captions: 'Konto' is documented in the Uniconta
Danish help (Debitor article); the other captions are my Danish reading of the field names.
"""
import random
from datetime import date, datetime, timedelta

from openpyxl import Workbook
from openpyxl.styles import Font

from hc_common import LAYOUTS, normalize_xlsx, write_key, write_labels

LAYOUT_ID = "hc_dk_uniconta_fakturalinjer"
rng = random.Random(20241012)
HEADER = ["Konto", "Kontonavn", "Vare", "Tekst", "Antal", "Enhed", "Salgspris", "Rabat %", "Beløb", "Avance", "DG %", "Lager", "Dato", "Fakturanr."]
G, B, C = "B2G", "B2B", "B2C"

ITEMS = {  # code: (text, unit, price DKK excl. moms, cost ratio, household?)
    "KP-A4-80": ("Kopipapir A4 80 g, 5 x 500 ark", "ks", 189.0, 0.72, False),
    "PAL-A4-80": ("Palle kopipapir A4 80 g (200 ks)", "palle", 31900.0, 0.78, False),
    "TORK-H2": ("Tork Xpress håndklædeark H2, 21 pk", "kolli", 549.0, 0.7, False),
    "TORK-T4": ("Tork toiletpapir T4, 42 ruller", "kolli", 329.0, 0.7, False),
    "SAEBE-5L": ("Håndsæbe parfumefri 5 l", "dunk", 119.0, 0.6, False),
    "DESINF-1L": ("Hånddesinfektion 85 % 1 l", "stk", 79.0, 0.55, False),
    "NITRIL-M": ("Nitrilhandsker str. M, 100 stk", "æske", 59.0, 0.5, False),
    "KAFFE-ØKO": ("Kaffebønner økologiske 1 kg", "pose", 169.0, 0.65, False),
    "JURA-X8": ("Jura X8 kaffeautomat", "stk", 17995.0, 0.74, False),
    "STOL-ERGO": ("Kontorstol ergonomisk, sort", "stk", 2495.0, 0.62, False),
    "BORD-HS160": ("Hæve-/sænkebord 160 x 80 cm", "stk", 4495.0, 0.66, False),
    "TONER-59A": ("Toner HP 59A sort", "stk", 899.0, 0.8, False),
    "SAEKKE-60": ("Affaldssække 60 l, 50 stk", "rl", 39.0, 0.5, False),
    "GULV-5L": ("Gulvsæbe 5 l", "dunk", 149.0, 0.55, False),
    "MOP-MF10": ("Mikrofibermopper 10 stk", "pk", 229.0, 0.5, False),
    "SENSEO": ("Philips Senseo kaffemaskine", "stk", 699.0, 0.7, True),
    "ELKEDEL": ("Elkedel 1,7 l", "stk", 249.0, 0.6, True),
    "NILFISK-SEL": ("Nilfisk Select støvsuger", "stk", 1799.0, 0.7, True),
    "GRAM-KS60": ("Gram køleskab 60 cm", "stk", 4299.0, 0.75, True),
    "MIKRO-20": ("Mikrobølgeovn 20 l", "stk", 899.0, 0.65, True),
    "FRAGT": ("Fragt", "stk", 295.0, 0.9, False),
}
BIZ = [k for k, v in ITEMS.items() if not v[4] and k not in ("PAL-A4-80", "FRAGT", "JURA-X8")]
HOME = [k for k, v in ITEMS.items() if v[4]]

PUBLIC = [
    ("Københavns Kommune - Valby Skole", "public_school"), ("Københavns Kommune - Sundhed og Omsorg, Plejecenter Sølund", "municipality"),
    ("Københavns Kommune", "municipality"), ("Frederiksberg Kommune", "municipality"), ("Roskilde Kommune", "municipality"),
    ("Roskilde Kommune, Børnehuset Troldehøj", "municipality"), ("Aarhus Kommune, Borgerservice", "municipality"),
    ("Odense Kommune", "municipality"), ("Gentofte Kommune", "municipality"), ("Greve Kommune, Tune Skole", "public_school"),
    ("Region Hovedstaden", "region"), ("Region Sjælland", "region"), ("Rigshospitalet", "public_hospital"),
    ("Herlev og Gentofte Hospital", "public_hospital"), ("Sjællands Universitetshospital, Roskilde", "public_hospital"),
    ("Københavns Universitet", "public_university"), ("Danmarks Tekniske Universitet", "public_university"),
    ("Roskilde Universitet", "public_university"), ("Aarhus Universitet", "public_university"),
    ("Professionshøjskolen Absalon", "public_university"), ("Rysensteen Gymnasium", "public_school"),
    ("Roskilde Katedralskole", "public_school"), ("Københavns Politi", "police"),
    ("Forsvarsministeriets Materiel- og Indkøbsstyrelse", "armed_forces"), ("Skattestyrelsen", "state_agency"),
    ("Energistyrelsen", "state_agency"), ("Banedanmark", "state_agency"), ("Trafikselskabet Movia", "transit_authority"),
    ("Kriminalforsorgen, Statsfængslet på Sjælland", "state_agency"), ("Statens Serum Institut", "state_agency"),
    ("Folketinget", "parliament"), ("Beredskabsstyrelsen", "state_agency"),
]
EMBASSIES = [("Tysklands Ambassade København", "DE"), ("Sveriges Ambassad i Köpenhamn", "SE")]
COMPANIES = ["Novo Nordisk A/S", "Carlsberg Danmark A/S", "ISS Facility Services A/S", "Danske Bank A/S", "Coop Danmark A/S",
             "Salling Group A/S", "Tandlægerne i Roskilde ApS", "Advokatfirmaet Holm & Vestergaard P/S", "Bageriet Brødkunst ApS",
             "Revisionsfirmaet Nielsen & Co. I/S", "ROSKILDE AUTOCENTER A/S", "Hotel Prindsen Roskilde ApS", "Fysioterapien Ro's Torv ApS",
             "Byggefirmaet Kristensen & Søn ApS", "Arla Foods amba", "Dagrofa ApS"]
OTHERB = [("A/B Grøndalsvænge", "housing_cooperative"), ("Boligselskabet KAB, afd. Bellahøj", "nonprofit_housing"),
          ("Dansk Røde Kors, Roskilde afdeling", "national_red_cross"), ("Roskilde Domsogns Menighedsråd", "church"),
          ("Bernadotteskolen", "private_school"), ("Aleris-Hamlet Hospitaler", "private_hospital"), ("Roskilde Boldklub", "sports_club"),
          ("Danske Handicaporganisationer", "nonprofit"), ("Grundejerforeningen Trekroner", "homeowners_association")]
SOLE = ["Malerfirma Jens Hansen", "Frisør Salon Kamille v/Kamille Nørgaard", "Tømrermester Lars Bak", "VVS-installatør Peter Holm",
        "Klinik for Fodterapi v/Mette Skov"]
GIVEN = ["Mette", "Anne", "Sofie", "Camilla", "Louise", "Line", "Lars", "Jens", "Peter", "Mikkel", "Rasmus", "Søren", "Henrik", "Emma", "Ida", "Jonas", "Frederik", "Maria"]
SURN = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Mikkelsen"]

invoices = []  # each: dict(account, name, lines=[(code, text, qty)], label, amb, kind, country)
acc_map = {}


def acct(name, prefix="1"):
    if name not in acc_map:
        acc_map[name] = f"{prefix}{len(acc_map) + 1:04d}"
    return acc_map[name]


def inv(name, lines, label, amb, kind, country="DK", account=None):
    invoices.append(dict(account=account or acct(name), name=name, lines=lines, label=label, amb=amb, kind=kind, country=country))


def biz_lines(k=None, big=False):
    k = k or rng.randint(1, 3)
    out = []
    for code in rng.sample(BIZ, k):
        if ITEMS[code][2] > 1000:
            q = rng.randint(1, 8) if big else rng.randint(1, 3)
        else:
            q = rng.randint(2, 40) if big else rng.randint(1, 12)
        out.append((code, None, q))
    if rng.random() < 0.3:
        out.append(("FRAGT", None, 1))
    return out


# ---- B2G
for name, kind in PUBLIC:
    for _ in range(rng.choice([1, 2]) if kind in ("municipality", "public_school", "public_hospital", "public_university") else 1):
        inv(name, biz_lines(big=True), G, False, kind)
for name, cc in EMBASSIES:
    inv(name, biz_lines(2), G, False, "embassy", cc)
inv("Region Hovedstaden", [("JURA-X8", None, 2), ("KAFFE-ØKO", None, 20)], G, False, "region")
# public bodies buying household goods only (ambiguous)
inv("Roskilde Kommune, Børnehuset Troldehøj", [("MIKRO-20", None, 1)], G, True, "municipality")
inv("Rysensteen Gymnasium", [("GRAM-KS60", None, 1)], G, True, "public_school")
inv("Københavns Politi", [("ELKEDEL", None, 1), ("SENSEO", None, 1)], G, True, "police")
inv("Gentofte Kommune, Hjemmeplejen Nord", [("NILFISK-SEL", None, 1)], G, True, "municipality")

# ---- B2B
for name in COMPANIES:
    for _ in range(rng.choice([1, 1, 1, 2])):
        kind = "cooperative" if "amba" in name else "company"
        inv(name, biz_lines(), B, False, kind)
for name, kind in OTHERB:
    inv(name, biz_lines(rng.randint(1, 3)), B, False, kind)
for name in SOLE:
    inv(name, biz_lines(rng.randint(1, 2)), B, False, "sole_trader")
inv("Sund & Bælt Holding A/S", biz_lines(3), B, False, "state_owned_company")
inv("PostNord Danmark A/S", biz_lines(2), B, False, "state_owned_company")
inv("Svensk Städservice AB", biz_lines(2, big=True), B, False, "foreign_company", "SE")
# ambiguous B2B
inv("PostNord Danmark A/S", biz_lines(3, big=True) + [("", "Leveret iht. udbud 2024/S 087-261544, kontrakt nr. 2024-1187", 0)], B, True, "state_owned_company_procurement")
inv("HOFOR A/S", biz_lines(2, big=True) + [("", "Jf. SKI-rammeaftale 50.80 Facility services", 0)], B, True, "state_owned_company_procurement")
inv("WHO Regional Office for Europe", biz_lines(3, big=True), B, True, "international_org")
inv("UNICEF Supply Division", biz_lines(2, big=True), B, True, "international_org")
inv("Fonden Dansk Standard", biz_lines(2), B, True, "state_founded_foundation")
inv("Advokatfirmaet Holm & Vestergaard P/S", [("SENSEO", None, 1), ("ELKEDEL", None, 1)], B, True, "company_household_item")
inv("Hotel Prindsen Roskilde ApS", [("NILFISK-SEL", None, 1)], B, True, "company_household_item")
inv("Bageriet Brødkunst ApS", [("SENSEO", None, 1)], B, True, "company_household_item")
inv("Malerfirma Jens Hansen", [("GRAM-KS60", None, 1), ("", "Betalt med privat kort - levering til privatadresse", 0)], B, True, "sole_trader_personal_purchase")
inv("Sofie Lund", [("MOP-MF10", None, 3), ("GULV-5L", None, 4), ("", "Til min frisørsalon i Køge", 0)], B, True, "private_person_business_use", account="P0311")
inv("Diverse debitor", [("PAL-A4-80", None, 1)], B, True, "thin_record_business_goods", account="99999")

# ---- B2C
for i in range(19):
    nm = f"{rng.choice(GIVEN)} {rng.choice(SURN)}"
    if rng.random() < 0.12:
        nm = f"{nm.split()[1]}, {nm.split()[0]}"
    lines = [(rng.choice(HOME + ["KAFFE-ØKO", "DESINF-1L", "SAEKKE-60"]), None, rng.randint(1, 2))]
    if rng.random() < 0.35:
        lines.append(("FRAGT", None, 1))
    inv(nm, lines, C, False, "private_person", account=f"P{300 + i:04d}")
for _ in range(6):
    inv("Kontantsalg butik", [(rng.choice(HOME + ["KAFFE-ØKO", "NITRIL-M", "SAEBE-5L"]), None, rng.randint(1, 3))], C, False, "anonymous_retail", account="99990")
inv("Jonas Mikkelsen", [("NITRIL-M", None, 40)], C, True, "private_bulk_purchase", account="P0330")
inv("Emma Poulsen", [("TONER-59A", None, 25)], C, True, "private_bulk_purchase", account="P0332")
inv("Anne Holm", [("SENSEO", None, 1), ("", "Privat køb - levering til hjemmeadresse, kontakt anne.holm@kk.dk", 0)], C, True, "person_with_gov_email", account="P0331")
inv("Diverse debitor", [("ELKEDEL", None, 1)], C, True, "thin_record", account="99999")

# ---- render: dates, invoice numbers, lines
rng.shuffle(invoices)
dates = sorted(date(2024, 9, 2) + timedelta(days=rng.randint(0, 110)) for _ in invoices)
num = 24100
rows, labels = [], []
for iv, d in zip(invoices, dates):
    num += 1
    for code, text, qty in iv["lines"]:
        if code:
            t, unit, price, cost, _h = ITEMS[code]
            disc = rng.choice([0, 0, 0, 5, 10, 12.5]) if iv["label"] != C else 0
            total = round(qty * price * (1 - disc / 100), 2)
            margin = round(total * (1 - cost), 2)
            ratio = round(margin / total * 100, 2) if total else 0
            rows.append([iv["account"], iv["name"], code, text or t, qty, unit, price, disc, total, margin, ratio,
                         "HOVED", datetime(d.year, d.month, d.day), num])
        else:
            rows.append([iv["account"], iv["name"], None, text, 0, None, 0, 0, 0, 0, 0, None, datetime(d.year, d.month, d.day), num])
        labels.append(dict(label=iv["label"], amb=iv["amb"], kind=iv["kind"], country=iv["country"]))

wb = Workbook()
ws = wb.active
ws.title = "Fakturalinjer"
ws.append(HEADER)
for c in ws[1]:
    c.font = Font(bold=True)
for r in rows:
    ws.append(r)
for row in ws.iter_rows(min_row=2):
    row[12].number_format = "dd-mm-yyyy"
    for i in (6, 8, 9):
        row[i].number_format = "#,##0.00"
    row[10].number_format = "0.00"
out = LAYOUTS / f"{LAYOUT_ID}.xlsx"
wb.properties.creator = "Uniconta"
wb.properties.created = datetime(2024, 12, 31, 9, 0, 0)
wb.properties.modified = datetime(2024, 12, 31, 9, 0, 0)
wb.save(out)
normalize_xlsx(out)

write_labels(LAYOUT_ID, labels)
write_key(LAYOUT_ID, {
    "id": LAYOUT_ID,
    "system": "Uniconta (Danish ERP), Debitor > Fakturaer > Fakturalinjer (invoice lines of all debtor invoices), grid 'Eksporter' to Excel",
    "country": "DK",
    "language": "da",
    "docs": [
        "Uniconta/Uniconta-Pages Debtor/DebtorInvoiceLinesPage.xaml: grid dgInvLines columns DCAccount, AccountName, Item, Text, InvoiceQty, Unit, SalesPrice, NetDiscount, DiscountPct, InvoiceTotal, Margin, MarginRatio, Warehouse, Location visible; Date and InvoiceNumber hidden by default (enabled here)",
        "Uniconta/Uniconta-Pages Debtor/Invoices.xaml: invoice grid carries EAN, SendTimeOIO, YourRef, Requisition (not in the lines grid)",
        "support.uniconta.com (da) Debitor article: fields 'Konto', 'CVR-nr.', 'Kontonavn'; advice against a catch-all 'diverse-debitor'; OIOUBL/NemHandel invoicing of public customers by GLN/EAN",
        "Not found: the exact Danish captions of the lines grid; 'Kontonavn' and 'Konto' are documented, the others are my reading (Vare, Tekst, Antal, Enhed, Salgspris, Rabat %, Beløb, Avance, DG %, Lager, Dato, Fakturanr.)",
    ],
    "fields": {"buyer": "Kontonavn", "product": "Tekst", "quantity": "Antal", "amount": "Beløb", "tax_id": None,
               "email": None, "payment": None, "comment": None},
    "also_ok": {"buyer": ["Konto"], "product": ["Vare"], "amount": ["Salgspris"], "comment": ["Tekst"]},
    "notes": "XLSX, one sheet 'Fakturalinjer', header in row 1, one row per invoice line; no totals. All lines of one Fakturanr. share the buyer and the label. Text-only lines (empty Vare, Antal 0, Beløb 0) carry notes such as a tender reference or 'Betalt med privat kort'. Catch-all accounts: 99990 'Kontantsalg butik' (counter sales, anonymous retail) and 99999 'Diverse debitor' (unknown buyer; thin records). Private customers have P-accounts. Amounts in DKK excl. moms.",
})
print(out, len(rows), len(invoices))
