"""Reckon One (AU) invoices exported to CSV, one row per invoice line. Seller: office furniture & fit-out supplier."""
import csv
import datetime as dt
import random

from c_common import AU_FIRST, AU_LAST, FREEMAIL_AU, LAYOUTS, abn_ok, au_abn, write_key, write_labels

ID = "c_au_reckon_one_invoices"
rng = random.Random(6404)

HEADER = ["Invoice number", "Customer", "Invoice date", "Due date", "Payment terms", "Reference", "Status",
          "Amounts are", "Item", "Description", "Quantity", "Unit price", "Tax code", "Tax amount", "Amount",
          "Invoice total", "Balance due", "Customer ABN", "Customer email", "Notes"]

IT = {  # code: (description, unit price ex GST)
    "CHR-MESH": ("Ergonomic Office Chair - Mesh Back", 329.00),
    "DSK-HA15": ("Height Adjustable Desk 1500mm - Electric", 749.00),
    "FIL-4D": ("Steel Filing Cabinet 4 Drawer - Silver", 289.00),
    "WB-1812": ("Magnetic Whiteboard 1800x1200", 219.00),
    "DEL-INST": ("Delivery & Installation", 120.00),
    "BKC-5OAK": ("Bookcase 5 Shelf - Oak", 189.00),
    "KET-BRV": ("Breville Kettle 1.7L", 89.00),
    "SOF-3S": ("Sofa 3 Seater Fabric - Charcoal", 1199.00),
    "PAP-A4": ("A4 Copy Paper 80gsm - Box of 5 Reams", 32.50),
    "FRG-400": ("Fridge 400L - Staff Room", 999.00),
    "CHR-STU": ("Classroom Student Chair Polypropylene", 45.00),
    "PED-3D": ("Mobile Pedestal 3 Drawer - Lockable", 199.00),
    "TBL-BR24": ("Boardroom Table 2400mm", 1650.00),
    "MON-ARM2": ("Dual Monitor Arm - Gas Spring", 149.00),
    "LKR-6": ("Staff Lockers 6 Door Steel", 549.00),
    "SCR-ACU": ("Acoustic Desk Screen 1200mm", 165.00),
}
BUS = ["CHR-MESH", "DSK-HA15", "FIL-4D", "WB-1812", "PED-3D", "TBL-BR24", "MON-ARM2", "LKR-6", "SCR-ACU", "PAP-A4"]
HOME = ["BKC-5OAK", "SOF-3S", "KET-BRV", "CHR-MESH", "DSK-HA15", "MON-ARM2"]
SCHOOL = ["CHR-STU", "WB-1812", "FIL-4D", "LKR-6", "PAP-A4"]

ORGS = [  # name, email domain, label, kind, abn?
    ("Lendlease Building Pty Limited", "lendlease.com", "B2B", "company"),
    ("Downer EDI Works Pty Ltd", "downergroup.com", "B2B", "company"),
    ("CPB Contractors Pty Limited", "cpbcon.com.au", "B2B", "company"),
    ("Coastline Cafe Pty Ltd", "coastlinecafe.com.au", "B2B", "company"),
    ("Redgum Landscaping Pty Ltd", "redgumlandscaping.com.au", "B2B", "company"),
    ("Southern Cross Physio Pty Ltd", "southerncrossphysio.com.au", "B2B", "company"),
    ("BRIGHTSIDE ELECTRICAL PTY LTD", "brightsideelectrical.com.au", "B2B", "company"),
    ("The Trustee for Nguyen Family Trust", "nguyenaccounting.com.au", "B2B", "trust"),
    ("Kookaburra Kids Early Learning Pty Ltd", "kookaburrakids.com.au", "B2B", "private_childcare"),
    ("Bond University Limited", "bond.edu.au", "B2B", "private_university"),
    ("St Vincent de Paul Society NSW", "vinnies.org.au", "B2B", "charity"),
    ("Australian Red Cross Society", "redcross.org.au", "B2B", "national_red_cross"),
    ("Surf Life Saving New South Wales", "surflifesaving.com.au", "B2B", "non_profit"),
    ("Sydney Water Corporation", "sydneywater.com.au", "B2B", "state_owned_company"),
    ("NSW Department of Education", "det.nsw.edu.au", "B2G", "state_department"),
    ("Transport for NSW", "transport.nsw.gov.au", "B2G", "state_agency"),
    ("Queensland Health", "health.qld.gov.au", "B2G", "state_department"),
    ("Department of Education Victoria", "education.vic.gov.au", "B2G", "state_department"),
    ("Sydney Local Health District", "health.nsw.gov.au", "B2G", "public_health_district"),
    ("City of Sydney", "cityofsydney.nsw.gov.au", "B2G", "local_council"),
    ("Brisbane City Council", "brisbane.qld.gov.au", "B2G", "local_council"),
    ("City of Melbourne", "melbourne.vic.gov.au", "B2G", "local_council"),
    ("Logan City Council", "logan.qld.gov.au", "B2G", "local_council"),
    ("Inner West Council", "innerwest.nsw.gov.au", "B2G", "local_council"),
    ("Shire of Augusta Margaret River", "amrshire.wa.gov.au", "B2G", "local_council"),
    ("Parramatta West Public School", "det.nsw.edu.au", "B2G", "public_school"),
    ("The University of Sydney", "sydney.edu.au", "B2G", "public_university"),
    ("NSW Police Force", "police.nsw.gov.au", "B2G", "police"),
]
SOLE = [("Mick Thompson Carpentry", "mickthompsoncarpentry@bigpond.com"),
        ("J & M Nguyen", "jmnguyen.nails@gmail.com"),
        ("Sharon Kelly t/as Kelly's Mobile Hairdressing", "kellysmobilehair@outlook.com"),
        ("Dr Hamish Stewart", "reception@drhamishstewart.com.au")]

rows, labels = [], []
inv = 1000
abns = {}


def add(cust, lines, label, amb, kind, email="", abn="", ref="", terms="Net 30", notes="", country="AU", tax="GST"):
    global inv
    inv += 1
    d = dt.date(2024, 7, 1) + dt.timedelta(days=rng.randint(0, 240))
    days = {"Net 30": 30, "Net 15": 15, "Due on receipt": 0, "Net 7": 7}[terms]
    due = d + dt.timedelta(days=days)
    calc = []
    for code, q in lines:
        desc, price = IT[code]
        amt = round(q * price, 2)
        t = round(amt * 0.1, 2) if tax == "GST" else 0.0
        calc.append((code, desc, q, price, t, amt))
    total = round(sum(c[5] + c[4] for c in calc), 2)
    status = rng.choices(["Paid", "Unpaid", "Overdue"], [6, 2, 1])[0]
    bal = 0.0 if status == "Paid" else total
    for code, desc, q, price, t, amt in calc:
        rows.append([f"INV{inv:05d}", cust, d.strftime("%d/%m/%Y"), due.strftime("%d/%m/%Y"), terms, ref, status,
                     "Tax exclusive", code, desc, q, f"{price:.2f}", tax, f"{t:.2f}", f"{amt:.2f}", f"{total:.2f}",
                     f"{bal:.2f}", abn, email, notes])
        labels.append((label, amb, kind, country))


def pers():
    return rng.choice(AU_FIRST), rng.choice(AU_LAST)


for name, dom, lab, kind in ORGS:
    abns[name] = au_abn(rng) if rng.random() < 0.85 else ""
    for _ in range(rng.choice([1, 2, 2, 3])):
        pool = SCHOOL if kind in ("public_school", "state_department", "private_childcare") else BUS
        lines = [(c, rng.randint(2, 20)) for c in rng.sample(pool, rng.randint(1, 3))]
        if rng.random() < 0.4:
            lines.append(("DEL-INST", 1))
        f, l = pers()
        em = rng.choice([f"{f.lower()}.{l.lower()}@{dom}", f"accounts.payable@{dom}", f"{f[0].lower()}{l.lower()}@{dom}", ""])
        ref = (rng.choice(["PO ", "PO-", "LPO "]) + str(rng.randint(400000, 499999))) if lab == "B2G" or rng.random() < 0.5 else ""
        add(name, lines, lab, False, kind, em, abns[name], ref, rng.choice(["Net 30", "Net 30", "Net 15"]),
            rng.choice(["", "", "Deliver to loading dock", "Level 3 fit-out", "Contact site manager on arrival"]))

for name, em in SOLE:
    ab = au_abn(rng)
    for _ in range(2):
        add(name, [(rng.choice(["CHR-MESH", "FIL-4D", "PED-3D", "WB-1812"]), rng.randint(1, 3))], "B2B", False,
            "sole_trader", em, ab, "", "Net 15")

# private persons
for _ in range(22):
    f, l = pers()
    st = rng.random()
    nm = f"{f} {l}" if st < 0.6 else (f"{l.upper()}, {f}" if st < 0.75 else (f"Mrs {f} {l}" if st < 0.9 else f"{f} {l} "))
    em = f"{f.lower()}{rng.choice(['.', '', '_'])}{l.lower().replace(chr(39), '')}{rng.randint(1, 99)}@{rng.choice(FREEMAIL_AU)}" if rng.random() < 0.75 else ""
    lines = [(c, 1) for c in rng.sample(HOME, rng.randint(1, 2))]
    if rng.random() < 0.5:
        lines.append(("DEL-INST", 1))
    add(nm, lines, "B2C", False, "private_person", em, "", "", "Due on receipt",
        rng.choice(["", "Home delivery - leave at front door", "Paid by card", ""]))
# walk-in / cash customer catch-all
for _ in range(4):
    add("Cash Sale", [(rng.choice(["KET-BRV", "PAP-A4", "MON-ARM2"]), 1)], "B2C", False, "anonymous_retail",
        terms="Due on receipt", notes="EFTPOS")

# --- ambiguous
add("Logan City Council", [("KET-BRV", 1)], "B2G", True, "local_council_one_household_item",
    "depot.admin@logan.qld.gov.au", abns["Logan City Council"], "PO 470112", "Net 30", "Staff kitchen - Crestmead depot")
add("Parramatta West Public School", [("FRG-400", 1)], "B2G", True, "public_school_one_household_item",
    "parramattaw-p.school@det.nsw.edu.au", abns["Parramatta West Public School"], "", "Net 30", "Staff room fridge")
add("Redgum Landscaping Pty Ltd", [("SOF-3S", 1)], "B2B", True, "company_one_household_item", "", abns["Redgum Landscaping Pty Ltd"],
    "", "Due on receipt", "")
add("Australia Post", [("CHR-MESH", 40), ("DSK-HA15", 40), ("DEL-INST", 1)], "B2B", True, "state_owned_company_procurement",
    "procurement@auspost.com.au", au_abn(rng), "Tender APT-2024-0917", "Net 30", "Supplied under tender APT-2024-0917")
add("UNHCR Regional Representation Canberra", [("CHR-MESH", 6), ("PED-3D", 6)], "B2B", True, "international_org",
    "auscaadmin@unhcr.org", "", "", "Net 30", "GST-free - international organisation", tax="FRE")
add("Nature Conservancy Australia", [("WB-1812", 2), ("CHR-MESH", 8)], "B2B", True, "non_profit_coop_contract",
    "admin@natureaustralia.org.au", au_abn(rng), "", "Net 30", "Priced under Local Buy contract BUS 262")
f, l = pers()
add(f"{f} {l}", [("SOF-3S", 1), ("DEL-INST", 1)], "B2C", True, "person_with_gov_email_household",
    f"{f.lower()}.{l.lower()}@health.qld.gov.au", "", "", "Due on receipt", "Home delivery, paid by card")
f, l = pers()
add(f"{f} {l}", [("BKC-5OAK", 2)], "B2C", True, "person_with_gov_email_household",
    f"{f.lower()}.{l.lower()}@defence.gov.au", "", "", "Due on receipt", "Deliver to home address")
f, l = pers()
add(f"{f} {l}", [("CHR-MESH", 30)], "B2C", True, "private_person_bulk_quantity", f"{f.lower()}{l.lower()}@gmail.com",
    "", "", "Due on receipt", "")
f, l = pers()
add(f"{f} {l}", [("MON-ARM2", 20)], "B2B", True, "person_states_resale", f"{f.lower()}.{l.lower()}@outlook.com", "", "",
    "Due on receipt", "For resale at my market stall")
add("Mick Thompson Carpentry", [("SOF-3S", 1)], "B2B", True, "sole_trader_personal_card", "mthompson77@gmail.com",
    "", "", "Due on receipt", "Paid on personal Visa")
f, l = pers()
add(f"{f} {l}", [("PED-3D", 4), ("CHR-MESH", 4)], "B2B", True, "person_pays_company_invoice", f"{f.lower()}{l.lower()}@bigpond.com",
    "", "Coastline Cafe", "Due on receipt", "Paying on behalf of Coastline Cafe Pty Ltd")
add("Sydney Water Corporation", [("CHR-MESH", 24), ("SCR-ACU", 24)], "B2B", True, "state_owned_company_procurement",
    "ap@sydneywater.com.au", abns["Sydney Water Corporation"], "RFT SW-2024-118", "Net 30", "Per RFT SW-2024-118 contract terms")
add("Bec", [("BKC-5OAK", 1), ("DEL-INST", 1)], "B2C", True, "thin_first_name_only", terms="Due on receipt")
for c in ["LKR-6", "TBL-BR24"]:
    add("", [(c, 1)], "B2B", True, "thin_business_goods_only", terms="Net 30")
add("", [("BKC-5OAK", 1)], "B2C", True, "thin_consumer_goods_only", terms="Due on receipt")

for r in rows:
    if r[17]:
        assert abn_ok(r[17]), r[17]

with open(LAYOUTS / f"{ID}.csv", "w", newline="", encoding="utf-8-sig") as fh:
    w = csv.writer(fh, lineterminator="\r\n")
    w.writerow(HEADER)
    w.writerows(rows)

write_labels(ID, labels)
write_key(ID, {
    "id": ID,
    "system": "Reckon One (Australia) - Day to day > Invoices, invoice list exported to CSV with line detail",
    "country": "AU",
    "language": "en",
    "docs": [
        "help.reckon.com 'Invoices API v1': invoice fields InvoiceNumber (INV0047 style), CustomerName, InvoiceDate, DueDate, Status, Reference, Notes, InvoiceAmount, Balance",
        "help.reckon.com 'Create customer invoices in Reckon One': invoice header (customer, invoice and payment details) and grid columns Item / Account / Description, Quantity, Unit Price, Tax, Amount; amounts tax inclusive or exclusive",
        "help.reckon.com 'Creating an invoice - Reckon Invoices App': payment terms Net 15, Net 30, Due on receipt; Overdue filter on the invoice list",
        "help.reckon.com custom fields / 'Customer ABN number' KB: customers carry an ABN shown on tax invoices. No public column-by-column spec of a CSV export was found: the header names follow the invoice screen labels and API fields above"
    ],
    "fields": {"buyer": "Customer", "product": "Description", "quantity": "Quantity", "amount": "Amount",
               "tax_id": "Customer ABN", "email": "Customer email", "payment": "Payment terms", "comment": "Notes"},
    "also_ok": {"amount": ["Invoice total", "Balance due", "Unit price"], "product": ["Item"], "comment": ["Reference"]},
    "notes": "CSV, UTF-8 with BOM, CRLF, comma-separated, header on line 1, one row per invoice line; invoice fields repeated on each line and all lines of one invoice share the label. Dates DD/MM/YYYY; money as plain decimals ex GST ('Amounts are' Tax exclusive), Tax code GST (10%) or FRE. Invoice total is GST-inclusive per invoice. ABNs are 11 digits with a valid mod-89 check, written 'NN NNN NNN NNN'. 'Cash Sale' is the walk-in catch-all customer (anonymous retail). Three invoices have an empty Customer (thin: only the item)."
})
print(len(rows), "rows")
