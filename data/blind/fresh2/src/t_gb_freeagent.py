"""UK: FreeAgent invoices export (CSV, one row per invoice item). Seed 4103."""
import csv, os, random, datetime as dt
from t_common import SET, build_orders, write_labels, write_key, person_email, money

LID = "t_gb_freeagent_invoices"
rng = random.Random(4103)

# seller: small Leeds IT support, training and web company
SERV = [("Hours", "IT support - on-site engineer", 65.0), ("Days", "Network installation engineer day rate", 480.0),
        ("Services", "Managed IT support - monthly retainer", 350.0), ("Services", "Website hosting and maintenance (12 months)", 420.0),
        ("Training", "Cyber Essentials awareness training (half day)", 395.0), ("Services", "Cyber Essentials certification assessment", 600.0),
        ("Products", "Microsoft 365 Business Standard - annual licence", 122.4), ("Products", "Dell OptiPlex 7010 SFF i5 16GB 512GB", 689.0),
        ("Products", "HP ProBook 450 G10 15.6\" laptop", 849.0), ("Products", "Ubiquiti UniFi U6+ access point", 139.0),
        ("Products", "Synology DS224+ NAS with 2x4TB", 629.0), ("Products", "APC Smart-UPS 1500VA", 545.0),
        ("Products", "Brother MFC-L8390CDW colour laser", 469.0), ("Products", "Logitech Rally Bar Mini video conferencing kit", 2150.0),
        ("Hours", "Data migration to SharePoint", 65.0), ("Services", "Sophos Intercept X licence (per device, 1 yr)", 38.5),
        ("Products", "Cat6 cabling - per data point installed", 95.0)]
PERSONAL = [("Products", "Apple MacBook Air 13\" M3", 1099.0), ("Hours", "Home laptop repair and virus removal", 65.0),
            ("Products", "Samsung Galaxy Tab S9 FE", 449.0), ("Services", "Home broadband/WiFi setup visit", 85.0),
            ("Products", "Sonos Era 100 speaker", 249.0)]
HOUSE = [("Products", "Dualit 1.5L Classic kettle", 129.0), ("Products", "De'Longhi Magnifica S bean-to-cup coffee machine", 349.0),
         ("Products", "Russell Hobbs 20L microwave", 89.0)]
FIRST = ["Oliver", "Amelia", "Harry", "Isla", "George", "Ava", "Jack", "Mia", "Mohammed", "Sophie", "Thomas", "Emily", "Priya",
         "Callum", "Hannah", "Ibrahim", "Lucy", "Rhys", "Chloe", "Daniel"]
LAST = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Khan", "Patel", "Evans", "Thomas", "Walker", "Wright", "Robinson",
        "Hussain", "Hughes", "Green", "Wood", "Harris", "Clarke", "Ahmed", "Whitaker"]

def vat(): return f"GB{rng.randint(100000000, 999999999)}"

def lines(pool, n, q):
    return [dict(it=i, qty=rng.randint(*q)) for i in rng.sample(pool, min(n, len(pool)))]

def orgspec(kind, label, amb, weight, lst, pool=SERV, n=(1, 3), q=(1, 6), po=0.6, notes=("",), vatp=0.7, kindmap=None, email_prefix=("accounts.payable", "invoices", "finance", "procurement")):
    def make(r):
        name, dom = r.choice(lst)
        o = dict(contact=name, email=(f"{r.choice(email_prefix)}@{dom}" if dom and r.random() < 0.85 else ""),
                 vat=(vat() if r.random() < vatp else ""), po=(f"{r.choice(['PO', 'P0', ''])}{r.randint(10000000, 99999999)}" if r.random() < po else ""),
                 note=r.choice(notes), lines=lines(pool, r.randint(*n), q))
        if kindmap and name in kindmap: o["kind"] = kindmap[name]
        return o
    return dict(kind=kind, label=label, amb=amb, weight=weight, country="GB", make=make)

COUNCIL = [("Leeds City Council", "leeds.gov.uk"), ("Kent County Council", "kent.gov.uk"), ("London Borough of Camden", "camden.gov.uk"),
           ("Cheshire East Council", "cheshireeast.gov.uk"), ("City of Bradford Metropolitan District Council", "bradford.gov.uk"),
           ("Otley Town Council", "otleytowncouncil.gov.uk"), ("North Yorkshire Council", "northyorks.gov.uk"), ("Calderdale Council", "calderdale.gov.uk")]
CKIND = {"Otley Town Council": "town_parish_council"}
NHS = [("Leeds Teaching Hospitals NHS Trust", "nhs.net"), ("Leeds and York Partnership NHS Foundation Trust", "nhs.net"),
       ("NHS West Yorkshire Integrated Care Board", "nhs.net"), ("Bradford Teaching Hospitals NHS Foundation Trust", "bthft.nhs.uk"),
       ("Yorkshire Ambulance Service NHS Trust", "nhs.net")]
CENTRAL = [("Department for Work and Pensions", "dwp.gov.uk"), ("HM Land Registry", "landregistry.gov.uk"),
           ("Ministry of Defence - RAF Leeming", "mod.gov.uk"), ("West Yorkshire Police", "westyorkshire.police.uk"),
           ("Environment Agency", "environment-agency.gov.uk"), ("West Yorkshire Fire and Rescue Service", "westyorksfire.gov.uk"),
           ("HM Courts & Tribunals Service - Leeds Combined Court", "justice.gov.uk")]
CENKIND = {"Ministry of Defence - RAF Leeming": "armed_forces_unit", "West Yorkshire Police": "police", "Environment Agency": "government_agency",
           "HM Courts & Tribunals Service - Leeds Combined Court": "court", "West Yorkshire Fire and Rescue Service": "fire_service",
           "HM Land Registry": "government_agency"}
SCHOOL = [("Leeds West Academy", "leedswestacademy.org.uk"), ("Allerton Grange School", "allertongrange.com"),
          ("St Mary's Catholic Primary School, Menston", "stmarysmenston.org"), ("Red Kite Learning Trust", "redkitelearningtrust.org.uk"),
          ("Harrogate Grammar School", "hgs-online.org.uk")]
SKIND = {"Leeds West Academy": "academy", "Red Kite Learning Trust": "multi_academy_trust", "Harrogate Grammar School": "academy"}
UNI = [("University of Leeds", "leeds.ac.uk"), ("Leeds Beckett University", "leedsbeckett.ac.uk"), ("Sheffield Hallam University", "shu.ac.uk"),
       ("Leeds City College", "leedscitycollege.ac.uk"), ("University of York", "york.ac.uk")]
UKIND = {"Leeds City College": "public_fe_college"}
LTD = [("Hargreaves Joinery Ltd", "hargreavesjoinery.co.uk"), ("Pennine Surveyors LLP", "penninesurveyors.co.uk"),
       ("Marshalls plc", "marshalls.co.uk"), ("Brewin Clarke Solicitors LLP", "brewinclarke.co.uk"), ("Northern Lights Media Limited", "northernlightsmedia.co.uk"),
       ("Aire Valley Lettings Ltd", "airevalleylettings.co.uk"), ("Kirkgate Accountants Limited", "kirkgateaccountants.co.uk"), ("Greggs PLC", "greggs.co.uk")]
NOFORM = [("The Hop Inn", "thehopinn.co.uk"), ("Kirkstall Bridge Dental Practice", "kirkstallbridgedental.co.uk"),
          ("Otley Bike Hub", ""), ("Headingley Physiotherapy", "headingleyphysio.co.uk"), ("Northern Monk Brew Co", "northernmonk.com")]
SOLE = [("Jane Whitaker Bookkeeping", ""), ("J. Patel Electrical", ""), ("Tom Barker Plumbing & Heating", ""), ("Rhys Evans Photography", "")]
CHAR = [("Leeds Mind", "leedsmind.org.uk"), ("British Red Cross", "redcross.org.uk"), ("St George's Crypt", "stgeorgescrypt.org.uk"),
        ("Chapel Allerton Methodist Church", ""), ("Yorkshire Housing", "yorkshirehousing.co.uk"), ("The Grammar School at Leeds", "gsal.org.uk"),
        ("Yorkshire Wildlife Trust", "ywt.org.uk"), ("Horsforth Cricket Club", "")]
CHKIND = {"Chapel Allerton Methodist Church": "church", "Yorkshire Housing": "housing_association", "The Grammar School at Leeds": "private_school",
          "Horsforth Cricket Club": "sports_club"}

specs = [
    orgspec("uk_council", "B2G", False, 5, COUNCIL, kindmap=CKIND),
    orgspec("nhs_trust", "B2G", False, 3, NHS),
    orgspec("central_government", "B2G", False, 3, CENTRAL, kindmap=CENKIND),
    orgspec("state_school", "B2G", False, 3, SCHOOL, kindmap=SKIND, po=0.4),
    orgspec("public_university", "B2G", False, 3, UNI, kindmap=UKIND),
    orgspec("company_with_legal_form", "B2B", False, 8, LTD, po=0.3, vatp=0.9, email_prefix=("accounts", "office", "finance", "it")),
    orgspec("company_no_legal_form", "B2B", False, 5, NOFORM, po=0.1, vatp=0.5, email_prefix=("info", "hello", "accounts")),
    orgspec("sole_trader_trade_name", "B2B", False, 3, SOLE, n=(1, 2), q=(1, 2), po=0, vatp=0.3),
    orgspec("charity", "B2B", False, 5, CHAR, po=0.2, vatp=0.4, kindmap=CHKIND, email_prefix=("finance", "office", "admin")),
    orgspec("state_owned_company", "B2B", False, 1, [("Post Office Limited", "postoffice.co.uk"), ("Channel Four Television Corporation", "channel4.co.uk")], po=0.5, vatp=1.0),
]

def person(r, pool=PERSONAL, n=(1, 2), q=(1, 1)):
    f, l = r.choice(FIRST), r.choice(LAST)
    return dict(contact=f"{f} {l}", email=person_email(r, f, l, ("gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "sky.com")) if r.random() < 0.85 else "",
                vat="", po="", note=r.choice(["", "", "Thank you for your custom.", "Home visit, Roundhay"]), lines=lines(pool, r.randint(*n), q))
specs.append(dict(kind="private_person", label="B2C", amb=False, weight=8, country="GB", make=person))

# ---- ambiguous ----
def nhs_person(r):
    o = person(r, PERSONAL, (1, 1))
    f, l = o["contact"].split()
    o["email"] = f"{f.lower()}.{l.lower()}{r.randint(1,9)}@nhs.net" if r.random() < 0.6 else f"{f.lower()}.{l.lower()}@{r.choice(['leeds.gov.uk', 'mod.gov.uk'])}"
    o["note"] = r.choice(["Personal purchase - paid by card", "For home use", ""])
    return o
specs.append(dict(kind="person_with_gov_email", label="B2C", amb=True, weight=2, country="GB", make=nhs_person))

def person_biz(r):
    o = person(r, SERV, (1, 2), (1, 3))
    o["note"] = r.choice(["Setting up as self-employed - kit for my new consultancy", "For my eBay resale business", "Equipment for my home-based childminding business"])
    return o
specs.append(dict(kind="person_states_business_use", label="B2B", amb=True, weight=1.2, country="GB", make=person_biz))

def comp_house(r):
    name, dom = r.choice(LTD[:7] + NOFORM)
    return dict(contact=name, email=(f"office@{dom}" if dom else ""), vat=vat() if r.random() < 0.6 else "", po="", note="",
                lines=lines(HOUSE, 1, (1, 1)))
specs.append(dict(kind="company_household_purchase", label="B2B", amb=True, weight=1.5, country="GB", make=comp_house))

def school_kettle(r):
    name, dom = r.choice([s for s in SCHOOL if "Trust" not in s[0]])
    return dict(contact=name, email=f"office@{dom}", vat="", po=f"PO{r.randint(100000, 999999)}", note="Staffroom", lines=lines(HOUSE[:1], 1, (1, 1)))
specs.append(dict(kind="public_school_household_item", label="B2G", amb=True, weight=1, country="GB", make=school_kettle))

def intl(r):
    name, dom = r.choice([("International Maritime Organization", "imo.org"), ("European Bank for Reconstruction and Development", "ebrd.com")])
    return dict(contact=name, email=f"procurement@{dom}", vat="", po=f"{r.randint(10000, 99999)}", note="VAT-exempt international organisation",
                lines=lines(SERV, r.randint(1, 3), (1, 5)))
specs.append(dict(kind="international_org", label="B2B", amb=True, weight=0.8, country="GB", make=intl))

def soc_tender(r):
    name, dom = r.choice([("Post Office Limited", "postoffice.co.uk"), ("Channel Four Television Corporation", "channel4.co.uk")])
    return dict(contact=name, email=f"accountspayable@{dom}", vat=vat(), po=f"PO{r.randint(4000000, 4999999)}",
                note=f"Contract awarded under tender ref. {r.choice(['PO-ITT-2026-031', 'C4-RFQ-0912'])} (Find a Tender)", lines=lines(SERV, r.randint(1, 3), (1, 10)))
specs.append(dict(kind="state_owned_company_procurement", label="B2B", amb=True, weight=0.7, country="GB", make=soc_tender))

def pays_company(r):
    o = person(r, SERV, (1, 2), (1, 3))
    comp = r.choice(NOFORM)[0]
    o["note"] = f"Invoice for {comp} - settled by director on personal card"
    return o
specs.append(dict(kind="person_pays_company_invoice", label="B2B", amb=True, weight=0.8, country="GB", make=pays_company))

def bulk(r):
    o = person(r, PERSONAL[2:3], (1, 1), (30, 40))
    o["note"] = ""
    return o
specs.append(dict(kind="person_bulk_quantity", label="B2C", amb=True, weight=0.6, country="GB", make=bulk))

for s_ in specs:
    if s_["amb"]: s_["weight"] *= 1.8
orders = build_orders(rng, specs, 200, 250)

HEAD = ["Reference", "Contact", "Contact Email", "Contact VAT Registration Number", "Dated On", "Due On", "Status", "Currency",
        "Project", "PO Reference", "Item Type", "Item Quantity", "Item Description", "Item Price", "Item VAT Rate",
        "Net Value", "VAT Value", "Total Value", "Paid Value", "Due Value", "Comments"]
rows, per = [], []
d0 = dt.date(2026, 1, 6)
for i, o in enumerate(orders):
    d = d0 + dt.timedelta(days=int(i * 320 / len(orders)))
    exempt = o["kind"] == "international_org"
    net = sum(round(l["it"][2] * l["qty"], 2) for l in o["lines"])
    vatv = 0.0 if exempt else round(net * 0.2, 2)
    tot = round(net + vatv, 2)
    status = rng.choice(["Paid", "Paid", "Paid", "Sent", "Overdue"])
    paid = tot if status == "Paid" else 0.0
    for l in o["lines"]:
        t, desc, price = l["it"]
        rows.append([f"INV-{2410 + i}", o["contact"], o["email"], o["vat"], d.strftime("%d/%m/%Y"),
                     (d + dt.timedelta(days=30)).strftime("%d/%m/%Y"), status, "GBP", "", o["po"], t, str(l["qty"]), desc,
                     money(price), "0%" if exempt else "20%", money(net), money(vatv), money(tot), money(paid), money(tot - paid), o["note"]])
        per.append((o["label"], o["amb"], o["kind"], o["country"]))

with open(os.path.join(SET, "layouts", LID + ".csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(HEAD); w.writerows(rows)
write_labels(LID, per)
write_key(LID, {
    "id": LID, "system": "FreeAgent - Invoices > Export (CSV, with invoice items)", "country": "GB", "language": "en",
    "docs": ["FreeAgent API v2 invoice object (reference, contact, dated_on, due_on, status, currency, net_value, sales_tax_value, total_value, paid_value, due_value, comments, po_reference, invoice_items with item_type Hours/Days/Services/Products/Training, quantity, price, description, sales_tax_rate) as listed by public FreeAgent integration docs; contact sales_tax_registration_number.",
             "No stored page gives the CSV header labels verbatim; headers are the Title-Case forms of those FreeAgent fields as the web export writes them (UK account: 'VAT' for sales tax). UK dates dd/mm/yyyy, decimal point, no currency symbol, comma-delimited UTF-8."],
    "fields": {"buyer": "Contact", "product": "Item Description", "quantity": "Item Quantity", "amount": "Total Value",
               "tax_id": "Contact VAT Registration Number", "email": "Contact Email", "payment": None, "comment": "Comments"},
    "also_ok": {"amount": ["Net Value"]},
    "notes": "Every line after the header is a record (one invoice item); items of one invoice share Reference and repeat the invoice totals (Net/VAT/Total Value are invoice-level, the file has no line amount, so the amount is the invoice total). No payment-method column."})
print(LID, len(rows), "rows", len(orders), "orders")
