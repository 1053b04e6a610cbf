"""QuickBooks Desktop (Canadian edition) - Reports > Customers & Receivables / Sales >
'Sales by Customer Detail', exported with Excel > 'Create a comma separated values (.csv) file'.

Layout: header row whose first cell is the (unnamed) indentation column, then for every
customer a section header line (name in column 1), its transaction lines (column 1 empty),
and a 'Total <customer>' line; a final 'TOTAL' line. Windows-1252 (ANSI) text, CRLF.
Seed fixed: rerunning rebuilds the same files.
"""
import csv
import random
import datetime as dt
from h_common import LAYOUTS, write_labels, write_key

SEED = 4417
rng = random.Random(SEED)
LAYOUT_ID = "h_ca_quickbooks_sales_by_customer_detail"
HEADER = ["", "Type", "Date", "Num", "Memo", "Name", "Item", "Qty", "Sales Price", "Amount", "Balance"]

# QuickBooks items (Parent:Child item names), memo = sales description, price CAD
ITEMS = {
    "LAPTOP": ("Computers:ThinkPad E14 Gen 5", "Lenovo ThinkPad E14 Gen 5, i5, 16GB, 512GB SSD", 1249.00),
    "DESKTOP": ("Computers:HP ProDesk 400 G9", "HP ProDesk 400 G9 SFF desktop, i5, 16GB", 1089.00),
    "MONITOR": ("Computers:Dell P2422H", "Dell 24 in. monitor P2422H", 279.99),
    "DOCK": ("Computers:USB-C Dock", "Lenovo ThinkPad Universal USB-C Dock", 329.00),
    "PRINTER": ("Printers:Brother MFC-L8900CDW", "Brother MFC-L8900CDW colour laser MFP", 899.00),
    "TONER": ("Supplies:Toner TN-436BK", "Brother TN-436BK toner, black, high yield", 162.50),
    "PAPER": ("Supplies:Copy Paper Letter", "Hammermill copy paper 8.5x11, case of 5000 sheets", 64.99),
    "PAPERFR": ("Supplies:Papier Lettre", "Papier Rolland Enviro 8.5x11, caisse 5000 feuilles", 79.95),
    "CHAIR": ("Furniture:Task Chair", "ergoCentric airCentric 2 task chair", 689.00),
    "DESK": ("Furniture:Sit-Stand Desk", "Global Zira height-adjustable desk 30x60", 1195.00),
    "FILE": ("Furniture:Lateral File", "Lateral file cabinet 3-drawer, 36 in.", 649.00),
    "SHRED": ("Equipment:Shredder", "Fellowes Powershred 99Ci cross-cut shredder", 449.99),
    "PROJ": ("AV:Epson Projector", "Epson PowerLite 1288 projector", 1049.00),
    "DISPLAY": ("AV:Samsung 65 Display", "Samsung QM65C 65 in. commercial display", 1899.00),
    "CAMERA": ("AV:Logitech Rally", "Logitech Rally Bar conference camera", 4199.00),
    "HEADSET": ("Accessories:Jabra Evolve2 65", "Jabra Evolve2 65 headset, MS Teams", 329.00),
    "M365": ("Software:M365 Business Std", "Microsoft 365 Business Standard, 1 yr subscription", 198.00),
    "INSTALL": ("Services:Installation", "On-site installation / setup, per hour", 125.00),
    "DELIV": ("Services:Delivery", "Delivery and placement", 95.00),
    "TV55": ("Consumer:TV 55 in.", "Samsung 55 in. 4K UHD Smart TV", 599.99),
    "TV65": ("Consumer:TV 65 in.", "LG 65 in. OLED evo C3", 2299.99),
    "MICRO": ("Appliances:Microwave", "Panasonic 1.2 cu.ft. microwave", 219.99),
    "ESPRESSO": ("Appliances:Espresso", "Breville Barista Express espresso machine", 899.99),
    "FRIDGE": ("Appliances:Bar Fridge", "Danby 3.1 cu.ft. compact fridge", 279.99),
    "PHONE": ("Consumer:iPhone 15 128GB", "Apple iPhone 15, 128GB, unlocked", 1129.00),
    "TABLET": ("Consumer:iPad 10th gen", "Apple iPad 10th gen Wi-Fi 64GB", 499.00),
    "VAC": ("Appliances:Robot Vacuum", "iRobot Roomba j7+ robot vacuum", 799.99),
    "GIFTCARD": ("Consumer:Gift Card", "Store gift card $50", 50.00),
}
OFFICE = ["LAPTOP", "DESKTOP", "MONITOR", "DOCK", "PRINTER", "TONER", "PAPER", "CHAIR", "DESK",
          "FILE", "SHRED", "HEADSET", "M365", "INSTALL", "DELIV"]
AV = ["PROJ", "DISPLAY", "CAMERA", "INSTALL"]
QC_OFFICE = ["LAPTOP", "MONITOR", "PAPERFR", "TONER", "CHAIR", "DESK", "INSTALL", "DELIV"]
HOME = ["TV55", "TV65", "MICRO", "ESPRESSO", "TABLET", "VAC", "PHONE"]

# customers: (QuickBooks customer name, label, ambiguous, kind, pool, n_docs, forced docs)
customers = []


def cust(name, label, kind, pool, n_docs=1, amb=False, docs=None, country="CA"):
    customers.append(dict(name=name, label=label, kind=kind, pool=pool, n_docs=n_docs, amb=amb,
                          docs=docs or [], country=country))


# ---- companies and other non-state organisations (B2B)
for n, k in [("Maple Leaf Foods Inc.", "company"), ("Groupe Dynamite Inc.", "company"),
             ("Boulangerie St-Méthode inc.", "company"), ("Roy's Plumbing & Heating Ltd.", "company"),
             ("Les Entreprises Gaudreault Ltée", "company"), ("Shopify Inc.", "company"),
             ("Canadian Tire Corporation, Limited", "company"), ("Cascades Canada ULC", "company"),
             ("Tim Hortons", "company"), ("Lululemon", "company"), ("Kinaxis Inc.", "company"),
             ("GATINEAU AUTO PIÈCES LTÉE", "company"), ("Ottawa Valley Dental Centre", "professional_practice"),
             ("Dr. Anil Mehta Medicine Professional Corporation", "professional_practice"),
             ("Desjardins - Caisse de l'Outaouais", "credit_union"),
             ("Toronto Standard Condominium Corporation No. 2487", "condominium_corporation"),
             ("St. Patrick's Basilica", "church"), ("Canadian Red Cross Society", "non_profit"),
             ("Ottawa Humane Society", "non_profit"), ("Barrhaven Family Chiropractic", "professional_practice"),
             ("McKay & Associates Law Office", "professional_practice"), ("Bytown Brewery Co.", "company"),
             ("9432-1187 Québec inc.", "company"), ("Laflamme Electric Ltd", "company"),
             ("Ottawa Food Bank", "non_profit")]:
    cust(n, "B2B", k, rng.choice([OFFICE, OFFICE, AV]), n_docs=rng.choice([1, 2, 2, 3]))

# ---- Crown corporations: state-owned companies -> B2B (plain unless a tender shows)
cust("Canada Post Corporation", "B2B", "state_owned_company", OFFICE, 2)
cust("Hydro-Québec", "B2B", "state_owned_company", QC_OFFICE, 2)
cust("Hydro Ottawa Limited", "B2B", "municipal_owned_company", OFFICE, 1)
cust("Ontario Power Generation Inc.", "B2B", "state_owned_company", OFFICE, 1)

# ---- the state (B2G)
for n, k, pool, nd in [
    ("City of Ottawa", "municipality", OFFICE, 3), ("Ville de Gatineau", "municipality", QC_OFFICE, 2),
    ("Town of Oakville", "municipality", OFFICE, 1), ("Municipality of Chatham-Kent", "municipality", OFFICE, 1),
    ("Regional Municipality of Peel", "municipality", AV, 1), ("Toronto Public Library Board", "municipal_institution", OFFICE, 1),
    ("Ontario Ministry of Transportation", "provincial_ministry", OFFICE, 2),
    ("Ministère de la Santé et des Services sociaux", "provincial_ministry", QC_OFFICE, 1),
    ("BC Ministry of Citizens' Services", "provincial_ministry", OFFICE, 1),
    ("Public Services and Procurement Canada", "federal_department", OFFICE, 2),
    ("Canada Revenue Agency", "federal_agency", OFFICE, 1), ("Statistics Canada", "federal_agency", AV, 1),
    ("DND - CFB Petawawa", "armed_forces", OFFICE, 1), ("RCMP National Division", "police", OFFICE, 1),
    ("House of Commons", "legislature", AV, 1), ("Embassy of the United States of America", "embassy", OFFICE, 1),
    ("Ottawa-Carleton District School Board", "school_board", OFFICE, 2),
    ("Toronto District School Board", "school_board", AV, 1),
    ("Centre de services scolaire des Portages-de-l'Outaouais", "school_board", QC_OFFICE, 1),
    ("Conseil des écoles catholiques du Centre-Est", "school_board", QC_OFFICE, 1),
    ("The Ottawa Hospital", "public_hospital", OFFICE, 2), ("CISSS de l'Outaouais", "public_health_agency", QC_OFFICE, 1),
    ("Algonquin College", "public_college", AV, 1), ("Université d'Ottawa", "public_university", OFFICE, 1),
    ("Carleton University", "public_university", OFFICE, 1),
    ("Kitigan Zibi Anishinabeg", "first_nation_government", OFFICE, 1),
    ("OC Transpo", "transit_authority", OFFICE, 1)]:
    country = "US" if k == "embassy" else "CA"
    cust(n, "B2G", k, pool, nd, country=country)

# ---- private persons (B2C)
for n in ["Tremblay, Marie", "Gagnon, Luc", "Smith, John", "Patel, Ravi", "Lee, Jennifer",
          "Bouchard, Sylvie", "MacDonald, Ian", "Côté, Isabelle", "Wilson, Sarah", "Roy, Mathieu"]:
    cust(n, "B2C", "private_person", HOME, rng.choice([1, 1, 2]))

# ---- ambiguous and edge cases (explicit documents)
# doc = (type, [(item, qty, price or None, memo override or None)])
cust("ICAO - International Civil Aviation Organization", "B2B", "international_org", AV, 0, True,
     docs=[("Invoice", [("DISPLAY", 4, None, None), ("CAMERA", 2, None, None), ("INSTALL", 12, None, None)])])
cust("Canada Foundation for Innovation", "B2B", "state_founded_fund", OFFICE, 0, True,
     docs=[("Invoice", [("LAPTOP", 6, None, None), ("DOCK", 6, None, None)])])
cust("VIA Rail Canada Inc.", "B2B", "state_owned_company", OFFICE, 0, True,
     docs=[("Invoice", [("HEADSET", 40, None, "Jabra Evolve2 65 headsets - per MERX tender VIA-2024-118"),
                        ("M365", 40, None, None)])])
cust("CBC/Radio-Canada", "B2G", "state_enterprise", AV, 0, True,
     docs=[("Invoice", [("DISPLAY", 3, None, "Samsung 65 in. displays - CanadaBuys solicitation 24-58102")])])
cust("Kinaxis Inc.", "B2B", "company_household_item", OFFICE, 0, True,
     docs=[("Invoice", [("ESPRESSO", 1, None, None)])])
cust("Town of Oakville", "B2G", "municipality_household_item", OFFICE, 0, True,
     docs=[("Invoice", [("MICRO", 1, None, "Microwave for fire station 5 kitchen")])])
cust("Ottawa-Carleton District School Board", "B2G", "school_board_household_item", OFFICE, 0, True,
     docs=[("Invoice", [("FRIDGE", 1, None, "Bar fridge - staff room, Glebe C.I.")])])
cust("Bélanger Rénovation", "B2B", "sole_trader_personal_card", HOME, 0, True,
     docs=[("Sales Receipt", [("TV55", 1, None, "Samsung 55 in. TV - paid Visa (personal card)")])])
cust("Wong Accounting Professional Corporation", "B2B", "person_pays_company_invoice", OFFICE, 0, True,
     docs=[("Invoice", [("LAPTOP", 2, None, None), ("MONITOR", 4, None, None),
                        ("DELIV", 1, None, "Delivery - invoice paid by M. Wong personal cheque")])])
cust("Vachon, Pierre", "B2B", "private_person_resale", HOME, 0, True,
     docs=[("Invoice", [("VAC", 8, 719.99, "iRobot Roomba j7+ - for resale at his shop in Hull")])])
cust("Nguyen, Thanh", "B2C", "private_person_bulk", HOME, 0, True,
     docs=[("Sales Receipt", [("PHONE", 30, 1089.00, None)])])
cust("Leblanc, Julie", "B2C", "person_gov_email", HOME, 0, True,
     docs=[("Sales Receipt", [("TV65", 1, None, "LG OLED 65 - personal purchase, receipt to julie.leblanc@canada.ca"),
                              ("DELIV", 1, None, "Home delivery, Orleans")])])
cust("Dr. Anil Mehta Medicine Professional Corporation", "B2B", "company_household_item", OFFICE, 0, True,
     docs=[("Sales Receipt", [("TV55", 1, None, "Waiting room TV")])])
cust("Morin, Daniel", "B2C", "person_military_employee", HOME, 0, True,
     docs=[("Sales Receipt", [("VAC", 1, None, "Roomba j7+ - personal purchase, ship to home; DND ID shown for discount")])])
cust("UNHCR - Representation in Canada", "B2B", "international_org", OFFICE, 0, True,
     docs=[("Invoice", [("LAPTOP", 3, None, None), ("HEADSET", 3, None, None)])])
cust("Bytown Brewery Co.", "B2B", "company_household_item", OFFICE, 0, True,
     docs=[("Invoice", [("FRIDGE", 1, None, None), ("MICRO", 1, None, None)])])
cust("RCMP National Division", "B2G", "police_household_item", OFFICE, 0, True,
     docs=[("Invoice", [("ESPRESSO", 1, None, "Breville espresso machine - detachment lunchroom")])])
cust("Singh, Harpreet", "B2B", "private_person_business_use", OFFICE, 0, True,
     docs=[("Invoice", [("LAPTOP", 1, None, "ThinkPad E14 - for his trucking company dispatch office"),
                        ("PRINTER", 1, None, None), ("M365", 2, None, None)])])
cust("No name", "B2B", "thin_business_goods", OFFICE, 0, True,
     docs=[("Sales Receipt", [("M365", 10, None, None)])])
cust("Cash Sales", "B2C", "anonymous_retail", HOME, 0, False,
     docs=[("Sales Receipt", [(rng.choice(HOME + ["GIFTCARD"]), 1, None, None)]) for _ in range(9)])
cust("No name", "B2B", "thin_business_goods", OFFICE, 0, True,
     docs=[("Sales Receipt", [("TONER", 6, None, None), ("PAPER", 10, None, None)])])
NO_NAME_HOME = ("Sales Receipt", [("TABLET", 1, None, None)])

# merge customers of the same name (QuickBooks shows one section per customer)
sections = {}
for c in customers:
    sections.setdefault(c["name"], []).append(c)

# build documents with dates, then number them in date order
docs = []   # dict(name, type, date, lines, label...)
for name, specs in sections.items():
    for c in specs:
        plan = list(c["docs"])
        for _ in range(c["n_docs"]):
            if c["label"] == "B2C":
                plan.append((rng.choice(["Sales Receipt", "Sales Receipt", "Invoice"]),
                             [(k, 1, None, None) for k in rng.sample(c["pool"], rng.randint(1, 2))]))
            else:
                keys = rng.sample(c["pool"], rng.randint(1, 4))
                lines = []
                for k in keys:
                    q = rng.randint(1, 4) if k in ("INSTALL", "DELIV") else rng.randint(1, 24)
                    lines.append((k, q, None, None))
                plan.append(("Invoice", lines))
        for typ, lines in plan:
            d = dt.date(2024, 1, 2) + dt.timedelta(days=rng.randint(0, 360))
            docs.append(dict(name=name, type=typ, date=d, lines=lines, label=c["label"], amb=c["amb"],
                             kind=c["kind"], country=c["country"]))
# the household-goods 'No name' receipt (thin, B2C best guess)
d = dt.date(2024, 8, 17)
docs.append(dict(name="No name", type=NO_NAME_HOME[0], date=d, lines=NO_NAME_HOME[1], label="B2C", amb=True,
                 kind="thin_household_goods", country="CA"))
# a credit memo for one company (return of two chairs) - same customer, same label
docs.append(dict(name="Shopify Inc.", type="Credit Memo", date=dt.date(2024, 10, 3),
                 lines=[("CHAIR", -2, None, "Return - 2 task chairs, damaged in transit")], label="B2B",
                 amb=False, kind="company", country="CA"))

docs.sort(key=lambda x: (x["date"], x["name"]))
inv_no, sr_no, cm_no = 10412, 2280, 415
for dcm in docs:
    if dcm["type"] == "Invoice":
        dcm["num"] = str(inv_no); inv_no += 1
    elif dcm["type"] == "Sales Receipt":
        dcm["num"] = f"SR-{sr_no}"; sr_no += 1
    else:
        dcm["num"] = f"CM-{cm_no}"; cm_no += 1


def money(x):
    return f"{x:,.2f}"


def qty_s(q):
    return str(int(q)) if float(q).is_integer() else f"{q:g}"


rows = []      # CSV rows
labels = []
grand_qty = grand_amt = 0.0


def sort_key(name):
    # QuickBooks lists 'No name' last; others alphabetically
    return (name == "No name", name.casefold())


for name in sorted({d["name"] for d in docs}, key=sort_key):
    rows.append([name] + [""] * (len(HEADER) - 1))
    bal = 0.0
    tq = 0.0
    for dcm in [x for x in docs if x["name"] == name]:
        for k, q, price, memo in dcm["lines"]:
            item, desc, lp = ITEMS[k]
            up = price if price is not None else round(lp * rng.choice([1, 1, 1, 0.95, 0.9]), 2)
            amt = round(q * up, 2)
            bal = round(bal + amt, 2)
            tq += q
            shown_name = "" if name == "No name" else name
            rows.append(["", dcm["type"], dcm["date"].strftime("%d/%m/%Y"), dcm["num"], memo or desc,
                         shown_name, item, qty_s(q), f"{up:.2f}", money(amt), money(bal)])
            labels.append(dict(label=dcm["label"], ambiguous=dcm["amb"], kind=dcm["kind"], country=dcm["country"]))
    rows.append([f"Total {name}", "", "", "", "", "", "", qty_s(tq), "", money(bal), money(bal)])
    grand_qty += tq
    grand_amt += bal
rows.append(["TOTAL", "", "", "", "", "", "", qty_s(grand_qty), "", money(grand_amt), money(grand_amt)])

out = LAYOUTS / f"{LAYOUT_ID}.csv"
with open(out, "w", encoding="cp1252", newline="") as fh:
    w = csv.writer(fh, lineterminator="\r\n")
    w.writerow(HEADER)
    w.writerows(rows)

write_labels(LAYOUT_ID, labels)
write_key(LAYOUT_ID, {
    "id": LAYOUT_ID,
    "system": "QuickBooks Desktop (Canadian edition) - report 'Sales by Customer Detail', exported to a comma separated values (.csv) file",
    "country": "CA",
    "language": "en",
    "docs": [
        "QuickBooks in-product help (support.quickbooks.intuit.com, QB2K12 report descriptions): customer detail reports list each customer's sales transactions, per-customer totals and a grand total in bold at the bottom",
        "public parser of QuickBooks Desktop 'Sales by Customer Detail' Excel exports (code search): columns Type, Date, Num, Memo, Name, Item, Qty, Sales Price, Amount, Balance; a customer-name row opens each block and a 'Total <Customer>' subtotal row closes it; transaction rows carry the customer in Name",
        "public Django importer of the QuickBooks 'Sales by Customer Detail' CSV (code search): header row located by Type/Date/Num, required columns Type, Date, Num, Name, Memo, Item, Qty, Sales Price, Amount; amounts carry thousands commas",
        "developer.intuit.com QuickBooks Desktop SDK 'reports that can be requested': Sales by Customer Detail belongs to the General Detail report family",
    ],
    "fields": {"buyer": "Name", "product": "Item", "quantity": "Qty", "amount": "Amount",
               "tax_id": None, "email": None, "payment": None, "comment": None},
    "also_ok": {"product": ["Memo"], "amount": ["Sales Price"], "comment": ["Memo"]},
    "notes": ("Not a flat table. Line 1 is the header; its first cell is empty (the indentation column; pandas calls it "
              "'Unnamed: 0'). For every customer: a section line with only the customer name in column 1, then the "
              "customer's transaction lines (column 1 empty), then 'Total <customer>' with Qty/Amount/Balance totals; the "
              "file ends with a 'TOTAL' line. Only transaction lines are records (numbered 0.. in file order); section, "
              "Total and TOTAL lines are not. Balance is the running total inside a customer section. Dates DD/MM/YYYY "
              "(Canadian Windows date setting); amounts with thousands commas, quoted when they contain one; "
              "encoding Windows-1252 (accents in Québec names), CRLF. Type is Invoice, Sales Receipt (paid at the "
              "counter) or Credit Memo (negative Qty). Catch-all customers: 'Cash Sales' (walk-in retail, B2C) and the "
              "'No name' section for receipts saved without a customer (Name cell empty - thin records). Names "
              "of persons are 'Last, First'. Memo is the item's sales description unless the clerk typed a note; "
              "payment and purpose notes, when any, are in Memo."),
})
print(out, len(labels))
