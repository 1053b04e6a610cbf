"""AU: Manager.io - Sales Invoices > 'Sales Invoices - Lines' screen, copied with
'Copy to clipboard' (tab-separated) and saved as .tsv. One row per invoice line.

Seller (invented): a Brisbane first-aid supplies, AED and first-aid training business.
Buyers: councils, state schools, Hospital and Health Services, police, fire, TMR,
public universities, TAFE, Defence bases, AFP, Services Australia, Seqwater,
companies (Pty Ltd / Limited), government-owned corporations, private schools,
childcare operators, P&C associations, bodies corporate, clubs, churches,
sole traders, walk-in 'Cash Sale' customers and private persons.
"""
import datetime as dt
import random

import ha_common as C

LAYOUT_ID = "ha_au_managerio_sales_invoice_lines"
SEED = 70519
rng = random.Random(SEED)

HEADERS = ["Issue Date", "Due Date", "Reference", "Customer", "Description", "Item", "Account",
           "Line Description", "Qty", "Unit Price", "Tax Code", "Discount", "Tax Amount", "Amount"]

# code, name, unit price (ex GST), account, group
ITEMS = [
    ("TRN-011", "HLTAID011 Provide First Aid - course place", 125.00, "Training income", "course"),
    ("TRN-009", "HLTAID009 Provide CPR - course place", 65.00, "Training income", "course"),
    ("TRN-012", "HLTAID012 First Aid in Education and Care - course place", 145.00, "Training income", "edu_course"),
    ("TRN-ONS", "On-site training fee (up to 12 participants)", 350.00, "Training income", "onsite"),
    ("AED-HS1", "Philips HeartStart HS1 AED", 2295.00, "Sales", "aed"),
    ("AED-G5", "Cardiac Science Powerheart G5 AED", 2650.00, "Sales", "aed"),
    ("AED-CAB", "AED wall cabinet with alarm", 299.00, "Sales", "aedacc"),
    ("AED-PAD", "HeartStart HS1 adult pads cartridge", 89.00, "Sales", "aedacc"),
    ("AED-BAT", "HeartStart HS1 battery", 345.00, "Sales", "aedacc"),
    ("AED-SGN", "AED location sign (photoluminescent)", 19.00, "Sales", "aedacc"),
    ("FAK-L", "Workplace first aid kit - large (wall mount)", 189.00, "Sales", "kit"),
    ("FAK-M", "Workplace first aid kit - medium (portable)", 129.00, "Sales", "kit"),
    ("FAK-V", "Vehicle first aid kit", 59.00, "Sales", "kit"),
    ("FAK-SCH", "School excursion first aid kit", 79.00, "Sales", "kit"),
    ("FAK-BRN", "Burns kit - workplace", 79.00, "Sales", "kit"),
    ("FAK-SNK", "Snake bite kit", 29.95, "Sales", "kit"),
    ("CON-ICE", "Instant ice packs 24/box", 36.00, "Sales", "consum"),
    ("CON-EYE", "Eyewash saline 500mL", 18.00, "Sales", "consum"),
    ("CON-GLV", "Nitrile gloves blue 100/box", 14.50, "Sales", "consum"),
    ("SRV-RST", "First aid kit restock service (per kit)", 45.00, "Service income", "restock"),
    ("HOME-KIT", "Home & car first aid kit", 39.95, "Sales", "home"),
    ("FRT", "Freight - courier", 25.00, "Freight recovered", "freight"),
]
ITEM = {i[0]: i for i in ITEMS}

# name, label, kind, groups, po style, amb
CUSTOMERS = [
    ("Brisbane City Council", "B2G", "municipality", ["aed", "aedacc", "kit", "restock"], "po45"),
    ("Logan City Council", "B2G", "municipality", ["kit", "restock", "course", "onsite"], "po45"),
    ("City of Moreton Bay", "B2G", "municipality", ["kit", "aedacc", "restock"], "po"),
    ("REDLAND CITY COUNCIL", "B2G", "municipality", ["aed", "aedacc", "kit"], "po"),
    ("Kelvin Grove State College", "B2G", "public_school", ["edu_course", "onsite", "kit"], "qgp"),
    ("Wellers Hill State School", "B2G", "public_school", ["kit", "consum", "edu_course"], "qgp"),
    ("Cleveland District State High School", "B2G", "public_school", ["aedacc", "kit", "course"], "qgp"),
    ("Metro North Hospital and Health Service", "B2G", "public_hospital", ["course", "onsite", "consum"], "po45"),
    ("Children's Health Queensland HHS", "B2G", "public_hospital", ["kit", "consum"], "po45"),
    ("Queensland Police Service", "B2G", "police", ["kit", "aed", "aedacc"], "po"),
    ("Queensland Fire and Emergency Services", "B2G", "fire_service", ["kit", "consum", "aedacc"], "po"),
    ("Department of Transport and Main Roads", "B2G", "state_agency", ["kit", "restock", "course"], "po"),
    ("Queensland University of Technology", "B2G", "public_university", ["aed", "aedacc", "course", "onsite"], "po"),
    ("The University of Queensland", "B2G", "public_university", ["kit", "restock", "course"], "po"),
    ("TAFE Queensland", "B2G", "public_college", ["course", "onsite", "kit"], "po"),
    ("Department of Defence - Gallipoli Barracks Enoggera", "B2G", "armed_forces", ["kit", "consum", "aedacc"], "defence"),
    ("RAAF Base Amberley", "B2G", "armed_forces", ["kit", "aed"], "defence"),
    ("Australian Federal Police - Brisbane Airport", "B2G", "federal_police", ["kit", "aedacc"], "po"),
    ("Services Australia", "B2G", "federal_agency", ["kit", "restock"], "po"),
    ("Seqwater", "B2G", "statutory_authority", ["kit", "aed", "course", "onsite"], "po"),
    ("Hutchinson Builders", "B2B", "company", ["kit", "course", "onsite", "restock"], "co"),
    ("Bunnings Group Limited", "B2B", "company", ["kit", "restock"], "co"),
    ("Woolworths Group Limited - Carindale", "B2B", "company", ["aed", "aedacc", "kit"], "co"),
    ("Sunwater Limited", "B2B", "state_owned_company", ["kit", "vehicle"], "co"),
    ("Port of Brisbane Pty Ltd", "B2B", "company", ["aed", "kit", "course"], "co"),
    ("Brisbane Grammar School", "B2B", "private_school", ["edu_course", "aedacc", "kit"], "co"),
    ("St Aidan's Anglican Girls' School", "B2B", "private_school", ["edu_course", "kit"], "co"),
    ("St Andrew's War Memorial Hospital", "B2B", "private_hospital", ["course", "consum"], "co"),
    ("Goodstart Early Learning Ltd - Carindale", "B2B", "childcare_operator", ["edu_course", "kit"], "co"),
    ("Ashgrove State School P&C Association", "B2B", "parents_association", ["kit", "consum"], ""),
    ("Body Corporate for Riverpoint Apartments CTS 31947", "B2B", "body_corporate", ["aed", "aedacc"], ""),
    ("Wests Panthers Rugby League Football Club Inc", "B2B", "sports_club", ["kit", "consum", "course"], ""),
    ("Holy Spirit Parish New Farm", "B2B", "church", ["aedacc", "course"], ""),
    ("Dean Walsh Electrical", "B2B", "sole_trader", ["kit", "vehicle", "course"], ""),
    ("Bree's Mobile Dog Grooming", "B2B", "sole_trader", ["vehicle", "course"], ""),
    ("Australian Red Cross Society", "B2B", "national_red_cross", ["consum", "kit"], "co"),
    ("JH Property Services Pty Ltd", "B2B", "company", ["kit", "restock"], ""),
    ("MERIDIAN CIVIL PTY LTD ", "B2B", "company", ["kit", "vehicle", "course"], "co"),
]
CUST = {c[0]: c for c in CUSTOMERS}
PERSONS = ["Jessica Nguyen", "Liam O'Connor", "Chloe Smith", "Jack Wilson", "Mia Brown",
           "Noah Taylor", "Ava Jones", "Lachlan Murray", "Sienna Kelly", "Harrison White",
           "Priya Sharma", "Tom Ryan", "NGUYEN, Thi Lan", "Ella Robinson", "Cooper Hall"]

START = dt.date(2024, 2, 1)


def po(style):
    if style == "po45":
        return f"PO {rng.randint(4500100000, 4500999999)}"
    if style == "po":
        return rng.choice([f"Purchase order {rng.randint(100000, 999999)}", f"PO{rng.randint(10000, 99999)}", f"Order no. {rng.randint(2024000, 2024999)}"])
    if style == "qgp":
        return rng.choice(["QGP card payment", "Paid by school purchase card", f"School order {rng.randint(1000, 9999)}"])
    if style == "defence":
        return rng.choice([f"Defence PO {rng.randint(4600000000, 4600999999)}", "DPC (Defence purchasing card)"])
    if style == "co":
        return rng.choice([f"PO {rng.randint(10000, 99999)}", f"Your ref {rng.randint(100000, 999999)}", ""])
    return rng.choice(["", "", "Phone order"])


def lines_for(groups, org=True):
    out = []
    grp_items = {}
    for it in ITEMS:
        grp_items.setdefault(it[4], []).append(it[0])
    grp_items["vehicle"] = ["FAK-V"]
    chosen = rng.sample(groups, k=min(len(groups), rng.randint(1, 3)))
    for g in chosen:
        code = rng.choice(grp_items[g])
        if g in ("course", "edu_course"):
            q = rng.randint(4, 16) if org else 1
        elif g == "onsite":
            q = 1
        elif g == "aed":
            q = rng.choice([1, 1, 2, 3]) if org else 1
        elif g == "restock":
            q = rng.randint(3, 20)
        elif g in ("kit", "vehicle"):
            q = rng.choice([2, 3, 4, 6, 10, 12]) if org else 1
        else:
            q = rng.choice([2, 4, 6, 10]) if org else 1
        out.append((code, q))
    if org and any(ITEM[c][4] in ("aed", "kit") for c, _ in out) and rng.random() < 0.3:
        out.append(("FRT", 1))
    return out


def build():
    invs = []

    def add(customer, lines, label, kind, amb=False, desc=None, country="AU"):
        invs.append(dict(customer=customer, lines=lines, label=label, kind=kind, amb=amb,
                         desc=desc, country=country))

    # scripted ambiguous invoices
    add("Energex Limited", [("FAK-L", 24, None), ("FAK-V", 40, None), ("FRT", 1, None)], "B2B", "state_owned_company_procurement", True,
        "Contract EQL-24-0113 (QTenders) - call-off 3")
    add("Energex Limited", [("SRV-RST", 36, None)], "B2B", "state_owned_company_procurement", True,
        "Contract EQL-24-0113 (QTenders) - restock")
    add("Energex Limited", [("AED-G5", 4, None), ("AED-CAB", 4, None)], "B2B", "state_owned_company_procurement", True,
        "Contract EQL-24-0113 (QTenders) - depot AEDs")
    add("Cash Sale", [("FAK-L", 10, None), ("FAK-BRN", 10, None)], "B2B", "thin_record_business_goods", True, "")
    add("Wellers Hill State School", [("HOME-KIT", 1, None)], "B2G", "public_body_household_item", True, "Staff room")
    add("JH Property Services Pty Ltd", [("HOME-KIT", 1, None)], "B2B", "company_household_item", True, "")
    add("Dean Walsh Electrical", [("HOME-KIT", 2, None), ("TRN-009", 1, None)], "B2B", "sole_trader_personal_purchase", True,
        "Paid by card over the phone - for home")
    add("Cash Sale", [("AED-HS1", 3, None), ("AED-CAB", 3, None)], "B2B", "thin_record_business_goods", True, "")
    add("Kylie Morgan", [("TRN-011", 4, None), ("FAK-M", 1, None)], "B2B", "private_person_business_purpose", True,
        "Staff first aid for Morgan's Cafe, Paddington")
    add("Ella Robinson", [("HOME-KIT", 30, None)], "B2C", "private_bulk_purchase", True, "")
    add("Sgt Ben Carter", [("HOME-KIT", 1, None), ("FAK-SNK", 1, None)], "B2C", "forces_member_personal_purchase", True,
        "Personal purchase - deliver to Enoggera married quarters")
    add("Cooper Hall", [("FAK-M", 12, None)], "B2B", "private_person_resale", True, "For resale - market stall, Eumundi")
    add("Dr Anjali Mehta", [("AED-HS1", 1, None), ("AED-CAB", 1, None), ("TRN-009", 3, None)], "B2B", "professional_practice", True,
        "Mehta Family Practice - clinic AED")
    add("Wests Panthers Rugby League Football Club Inc", [("HOME-KIT", 1, None)], "B2B", "club_household_item", True, "Canteen")

    # plain private persons and walk-ins
    for p in PERSONS:
        if p in ("Ella Robinson", "Cooper Hall"):
            continue
        lines = rng.choice([[("TRN-011", 1, None)], [("TRN-009", 1, None)], [("HOME-KIT", 1, None)],
                            [("TRN-011", 1, None), ("HOME-KIT", 1, None)], [("FAK-SNK", 1, None), ("HOME-KIT", 1, None)]])
        add(p, lines, "B2C", "private_person", False, rng.choice(["", "", "Public course - Woolloongabba", "Online booking"]))
    for _ in range(5):
        add("Cash Sale", rng.choice([[("HOME-KIT", 1, None)], [("CON-ICE", 1, None)], [("FAK-SNK", 1, None), ("CON-EYE", 1, None)], [("FAK-V", 1, None)]]),
            "B2C", "anonymous_retail", False, "Counter sale")

    # routine organisation invoices
    weights = {"B2G": 3, "B2B": 2}
    eligible = CUSTOMERS
    w = [weights[c[1]] for c in eligible]
    while sum(len(i["lines"]) for i in invs) < 210:
        c = rng.choices(eligible, w)[0]
        ls = [(code, q, None) for code, q in lines_for(c[3], org=True)]
        add(c[0], ls, c[1], c[2], False, po(c[4]))
    return invs


def fmt(x):
    return f"{x:,.2f}"


def main():
    C.ensure_dirs()
    invs = build()
    rng.shuffle(invs)
    rows, labels = [], []
    ref = 1380
    day = 0
    for inv in invs:
        ref += 1
        day += rng.choice([0, 0, 1, 1, 2])
        issue = START + dt.timedelta(days=day)
        while issue.weekday() >= 5:
            issue += dt.timedelta(days=1)
            day += 1
        terms = 14 if inv["label"] == "B2C" else 30
        due = issue + dt.timedelta(days=terms)
        for code, q, _ in inv["lines"]:
            _, name, unit, account, grp = ITEM[code]
            line_desc = ""
            if grp in ("course", "edu_course"):
                line_desc = f"Course date {(issue + dt.timedelta(days=rng.randint(3, 20))).strftime('%d/%m/%Y')}"
            elif grp == "onsite":
                line_desc = "On-site at customer premises"
            elif code == "FRT":
                line_desc = "StarTrack"
            elif grp == "restock":
                line_desc = "Quarterly restock"
            disc = 0.0
            if inv["label"] != "B2C" and q >= 10 and rng.random() < 0.5:
                disc = C.money(unit * q * 0.1)
            amount = C.money(unit * q - disc)
            tax = C.money(amount * 0.10)
            rows.append([issue.strftime("%d/%m/%Y"), due.strftime("%d/%m/%Y"), f"INV-{ref}", inv["customer"],
                         inv["desc"] or "", f"{code} - {name}", account, line_desc, f"{q:g}", fmt(unit), "GST 10%",
                         fmt(disc) if disc else "", fmt(tax), fmt(amount)])
            labels.append((inv["label"], inv["amb"], inv["kind"], inv["country"]))
    path = C.LAYOUTS / f"{LAYOUT_ID}.tsv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(HEADERS) + "\r\n")
        for r in rows:
            f.write("\t".join(r) + "\r\n")
    C.write_labels(LAYOUT_ID, labels)
    C.write_key(LAYOUT_ID, KEY)
    C.summary(LAYOUT_ID, labels)


KEY = {
    "id": LAYOUT_ID,
    "system": "Manager.io (desktop/cloud accounting) - Sales Invoices tab > 'Sales Invoices - Lines' screen, copied with 'Copy to clipboard' and pasted/saved as a tab-separated file",
    "country": "AU",
    "language": "en",
    "docs": [
        "manager.io/guides/sales-invoice-lines: the 'Sales Invoices - Lines' screen lists every line of every sales invoice with the columns Issue Date, Due Date, Reference, Customer, Description, Item, Account, Line Description, Qty, Unit Price, Project, Division, Tax Code, Discount, Tax Amount, Amount; columns are chosen with 'Edit columns' (Project and Division are hidden here)",
        "manager.io/guides/10645 'Copy lists and reports': lists are copied with 'Copy to clipboard' as tab-separated values (TSV), only the data shown on screen, keeping the screen's search and sort; there is no other export format for lists",
        "manager.io/guides/sales-invoices: Description is the invoice-level summary; Reference is the invoice number",
        "Not found in search: how the copy writes numbers and dates; dd/mm/yyyy dates (Australian regional setting), thousands separators in money as shown on screen, CRLF line ends, no BOM are my reconstruction. Item shows 'code - name' as Manager displays inventory items."
    ],
    "fields": {"buyer": "Customer", "product": "Item", "quantity": "Qty", "amount": "Amount",
               "tax_id": None, "email": None, "payment": None, "comment": "Description"},
    "also_ok": {"product": ["Line Description"], "comment": ["Line Description"]},
    "notes": "One row per invoice line (records are lines); all lines of one Reference share the label. Header in row 1, no title or totals lines. Amount is the line amount excluding GST after Discount; Tax Amount is the 10% GST. 'Cash Sale' is the walk-in counter customer (anonymous retail) except one invoice of 3 AEDs with cabinets (thin record of business goods). Description carries the buyer's PO / purchase-card note or a free-text purpose. Seller is an invented Brisbane first-aid supplies and training business."
}

if __name__ == "__main__":
    main()
