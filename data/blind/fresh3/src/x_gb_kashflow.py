"""UK: KashFlow invoices export (one row per invoice line), CSV UTF-8 with BOM, DD/MM/YYYY."""
import csv
import os
import datetime as dt
from x_common import rng, write_key, gb_vat, LAYOUTS

LID = "x_gb_kashflow_invoices"
R = rng(4202)

HEAD = ["Invoice Number", "Invoice Date", "Due Date", "Customer Code", "Customer Name", "Contact Name", "Email",
        "Telephone", "Postcode", "VAT Number", "Customer Reference", "Line-Quantity", "Line-Description",
        "Line-Charge Type", "Line-Rate", "Line-VAT Rate", "Line-VAT Amount", "Line-Net", "Line-Gross",
        "Payment Method", "Paid Date", "Status", "Project", "Notes"]

# seller: small IT services & supplies company in Gloucestershire
IT = [("Dell OptiPlex 7010 SFF i5 16GB", 649.00, "Hardware Sales"), ("HP LaserJet Pro 4002dn", 219.00, "Hardware Sales"),
      ("Microsoft 365 Business Standard - annual licence", 118.80, "Software Licences"),
      ("On-site IT support - per hour", 65.00, "Services"), ("Remote support block - 10 hours", 550.00, "Services"),
      ("Managed backup (Datto) - monthly", 45.00, "Managed Services"), ("Sophos XGS 107 Firewall incl. 1yr Xstream", 899.00, "Hardware Sales"),
      ("Cat6 data point installation", 95.00, "Services"), ("Lenovo ThinkPad E14 Gen 5", 749.00, "Hardware Sales"),
      ("Ubiquiti UniFi U6+ access point", 129.00, "Hardware Sales"), ("Logitech C920 HD webcam", 59.99, "Hardware Sales"),
      ("Dell P2423 24in monitor", 189.00, "Hardware Sales"), ("APC Smart-UPS 1500VA", 549.00, "Hardware Sales"),
      ("Domain renewal .co.uk (2 years)", 24.00, "Hosting"), ("Website hosting - annual", 180.00, "Hosting"),
      ("Data migration and setup", 325.00, "Services"), ("StarTech 12U wall-mount server rack", 289.00, "Hardware Sales")]
HOUSE = [("Nespresso Vertuo Next coffee machine", 129.00, "Hardware Sales"), ("Samsung 50in Crystal UHD Smart TV", 399.00, "Hardware Sales"),
         ("Apple iPad 10th gen 64GB", 349.00, "Hardware Sales"), ("Russell Hobbs cordless kettle 1.7L", 34.99, "Hardware Sales"),
         ("Amazon Echo Show 8", 119.99, "Hardware Sales"), ("Sony WH-1000XM5 headphones", 299.00, "Hardware Sales"),
         ("Dyson Pure Cool fan", 329.00, "Hardware Sales"), ("Nintendo Switch OLED", 309.99, "Hardware Sales")]
HOMEPC = [("HP Envy laptop 15in - home setup included", 799.00, "Hardware Sales"), ("Home PC repair / virus removal", 75.00, "Services"),
          ("Printer setup and Wi-Fi config (home visit)", 60.00, "Services"), ("Samsung 1TB external SSD", 89.00, "Hardware Sales"),
          ("Microsoft 365 Family - annual", 104.99, "Software Licences"), ("BT Whole Home Wi-Fi mesh (3 discs)", 199.00, "Hardware Sales")]

FIRST = ["Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Mia", "Charlie", "Grace", "Thomas", "Sophie", "Rhys",
         "Siobhan", "Callum", "Priya", "Mohammed", "Aisha", "David", "Emma", "Gareth", "Fiona", "Liam", "Chloe", "Hamish"]
LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Evans", "Thomas", "Roberts",
        "Walker", "Wright", "Robinson", "Hughes", "Patel", "Khan", "Campbell", "MacDonald", "O'Neill", "Morgan", "Price"]
FREEMAIL = ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com", "icloud.com"]
PC = ["GL50 ", "GL51 ", "GL52 ", "GL1 ", "GL20 ", "BS1 ", "BS8 ", "OX18 ", "LS1 ", "M1 ", "CF10 ", "EX4 ", "SW1A ", "EC2V ", "NW1 "]


def person():
    return R.choice(FIRST), R.choice(LAST)


def pmail(f, l, dom=None):
    dom = dom or R.choice(FREEMAIL)
    return R.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{R.randint(1, 99)}"]).lower().replace("'", "") + "@" + dom


def postcode():
    return R.choice(PC) + f"{R.randint(1, 9)}{R.choice('ABDEFGHJLNPQRSTUWXYZ')}{R.choice('ABDEFGHJLNPQRSTUWXYZ')}"


GOV = [("uk_city_council", "Leeds City Council", "leeds.gov.uk"), ("uk_city_council", "Manchester City Council", "manchester.gov.uk"),
       ("uk_county_council", "Gloucestershire County Council", "gloucestershire.gov.uk"), ("uk_county_council", "Surrey County Council", "surreycc.gov.uk"),
       ("uk_borough_council", "Cheltenham Borough Council", "cheltenham.gov.uk"), ("uk_borough_council", "Tewkesbury Borough Council", "tewkesbury.gov.uk"),
       ("uk_unitary_council", "Cornwall Council", "cornwall.gov.uk"), ("london_borough", "London Borough of Camden", "camden.gov.uk"),
       ("scottish_council", "The Highland Council", "highland.gov.uk"), ("welsh_council", "Cardiff Council", "cardiff.gov.uk"),
       ("parish_council", "Bishops Cleeve Parish Council", "bishopscleeve-pc.gov.uk"),
       ("nhs_trust", "Gloucestershire Hospitals NHS Foundation Trust", "nhs.net"), ("nhs_trust", "Leeds Teaching Hospitals NHS Trust", "nhs.net"),
       ("nhs_icb", "NHS Gloucestershire ICB", "nhs.net"), ("nhs_trust", "South Western Ambulance Service NHS Foundation Trust", "swast.nhs.uk"),
       ("central_gov_department", "HM Revenue & Customs", "hmrc.gov.uk"), ("central_gov_department", "Department for Education", "education.gov.uk"),
       ("gov_agency", "Environment Agency", "environment-agency.gov.uk"), ("gov_agency", "DVLA", "dvla.gov.uk"),
       ("gov_agency", "HM Courts & Tribunals Service", "justice.gov.uk"), ("police", "Gloucestershire Constabulary", "gloucestershire.police.uk"),
       ("police", "Avon and Somerset Police", "avonandsomerset.police.uk"), ("armed_forces_unit", "MOD - RAF Brize Norton, Station IT", "mod.gov.uk"),
       ("armed_forces_unit", "British Army - 1st Battalion The Rifles", "mod.gov.uk"), ("fire_service", "Gloucestershire Fire and Rescue Service", "glosfire.gov.uk"),
       ("public_university", "University of Gloucestershire", "glos.ac.uk"), ("public_university", "University of Bristol", "bristol.ac.uk"),
       ("public_university", "Cardiff Metropolitan University", "cardiffmet.ac.uk"), ("fe_college", "Gloucestershire College", "gloscol.ac.uk"),
       ("academy", "Pate's Grammar School (Academy Trust)", "patesgs.org"), ("academy", "Balcarras Academy", "balcarras.gloucs.sch.uk"),
       ("multi_academy_trust", "Greenshaw Learning Trust", "greenshawlearningtrust.co.uk"),
       ("maintained_school", "St Mary's CofE Primary School, Charlton Kings", "stmarys-ck.gloucs.sch.uk"),
       ("transit_authority", "Transport for London", "tfl.gov.uk")]
BIZ = [("company_with_legal_form", "Brightwave Digital Ltd", "brightwave.co.uk"), ("company_with_legal_form", "Marston Property Services Limited", "marstonps.co.uk"),
       ("company_with_legal_form", "Harrison & Webb LLP", "harrisonwebb.law"), ("company_with_legal_form", "Greenleaf Architects LLP", "greenleafarch.co.uk"),
       ("company_with_legal_form", "Severn Trent Plc", "severntrent.co.uk"), ("company_with_legal_form", "Spirax-Sarco Engineering plc", "spiraxsarco.com"),
       ("company_with_legal_form", "Cotswold Veterinary Group Ltd", "cotswoldvets.co.uk"), ("company_with_legal_form", "Kestrel Logistics (UK) Ltd", "kestrel-logistics.co.uk"),
       ("cic", "Stroud Community Bike Hub CIC", "stroudbikehub.org.uk"), ("cic", "Forest of Dean Community Energy CIC", "fodce.org.uk"),
       ("company_no_legal_form", "The Daily Grind Cafe", "dailygrindcafe.co.uk"), ("company_no_legal_form", "Cotswold Joinery", "cotswoldjoinery.co.uk"),
       ("company_no_legal_form", "Apex Physiotherapy", "apexphysio.co.uk"), ("company_no_legal_form", "Montpellier Dental Practice", "montpellierdental.co.uk"),
       ("sole_trader_trade_name", "Mark Evans Plumbing & Heating", "gmail.com"), ("sole_trader_trade_name", "J. Patel Accountancy", "jpatelaccountancy.co.uk"),
       ("sole_trader_trade_name", "Sarah Hughes Photography", "sarahhughesphoto.co.uk"), ("sole_trader_trade_name", "Rhys Morgan Electrical", "btinternet.com"),
       ("charity", "Sue Ryder - Leckhampton Court Hospice", "sueryder.org"), ("charity", "Gloucestershire Wildlife Trust", "gloucestershirewildlifetrust.co.uk"),
       ("national_red_cross", "British Red Cross", "redcross.org.uk"), ("church", "St Peter's Church, Leckhampton (PCC)", "stpetersleckhampton.org.uk"),
       ("housing_association", "Bromford Housing Group", "bromford.co.uk"), ("private_school", "Cheltenham Ladies' College", "cheltladiescollege.org"),
       ("private_university", "University of Buckingham", "buckingham.ac.uk"), ("private_hospital", "Nuffield Health Cheltenham Hospital", "nuffieldhealth.com"),
       ("sports_club", "Cheltenham Cricket Club", "cheltenhamcc.co.uk")]

codes = {}


def ccode(name):
    if name not in codes:
        base = "".join(c for c in name.upper() if c.isalpha())[:4] or "CUST"
        codes[name] = f"{base}{len(codes) + 1:03d}"
    return codes[name]


orders = []


def add(label, amb, kind, cc, name, contact, email, vat, lines, pay, ref="", notes="", project="", code=None):
    orders.append(dict(label=label, amb=amb, kind=kind, cc=cc, name=name, contact=contact, email=email, vat=vat,
                       lines=lines, pay=pay, ref=ref, notes=notes, project=project, code=code))


def lines(pool, n, q):
    return [(p, R.randint(*q)) for p in R.sample(pool, min(n, len(pool)))]


vats = {}


def vat_of(name):
    if name not in vats:
        vats[name] = gb_vat(R)
    return vats[name]


def gov():
    kind, name, dom = R.choice(GOV)
    f, l = person()
    pay = R.choice(["BACS", "BACS", "BACS", "Government Procurement Card"])
    ref = R.choice(["PO", "PO-", "P0"]) + str(R.randint(1000000, 9999999))
    add("B2G", False, kind, "GB", name, f"{f} {l}", pmail(f, l, dom) if R.random() < 0.8 else "accounts.payable@" + dom, "",
        lines(IT, R.randint(1, 3), (1, 12)), pay, ref=ref, notes=R.choice(["", "", "Deliver to goods-in", "Quote Q-" + str(R.randint(1000, 9999)), "Invoice via Ariba please"]),
        project=R.choice(["", "", "Network refresh", "Laptop rollout"]))


def biz():
    kind, name, dom = R.choice(BIZ)
    f, l = person()
    email = pmail(f, l, dom) if dom not in FREEMAIL else pmail(f, l, dom)
    if kind == "sole_trader_trade_name" and name.startswith("Mark"):
        f, l = "Mark", "Evans"
        email = "markevansplumbing@gmail.com"
    vat = vat_of(name) if kind in ("company_with_legal_form", "company_no_legal_form") and R.random() < 0.75 else ""
    add("B2B", False, kind, "GB", name, f"{f} {l}", email, vat, lines(IT, R.randint(1, 3), (1, 8)),
        R.choice(["BACS", "BACS", "Card", "Direct Debit", "GoCardless", "Cheque"]), ref=R.choice(["", "", str(R.randint(10000, 99999)), "PO " + str(R.randint(100, 9999))]),
        notes=R.choice(["", "", "", "Monthly support contract", "Thanks for your business"]))


def pers():
    f, l = person()
    add("B2C", False, "private_person", "GB", f"{f} {l}", "", pmail(f, l) if R.random() < 0.85 else "", "",
        lines(HOMEPC + HOUSE[2:4], R.randint(1, 2), (1, 1)), R.choice(["Card", "Card", "Cash", "PayPal", "BACS"]),
        notes=R.choice(["", "", "Home visit", "Paid on collection"]))


def anon():
    add("B2C", False, "anonymous_retail", "", "Cash Sales", "", "", "", lines(HOMEPC + HOUSE, 1, (1, 1)),
        R.choice(["Cash", "Card"]), notes="Counter sale", code="CASH001")


def ambig():
    for name, dom, item in [("Brightwave Digital Ltd", "brightwave.co.uk", HOUSE[0]), ("Harrison & Webb LLP", "harrisonwebb.law", HOUSE[1]),
                            ("Cotswold Joinery", "cotswoldjoinery.co.uk", HOUSE[6])]:
        f, l = person()
        add("B2B", True, "company_household_item", "GB", name, f"{f} {l}", pmail(f, l, dom), vat_of(name), [(item, 1)], "Card")
    add("B2B", True, "sole_trader_personal_purchase", "GB", "Mark Evans Plumbing & Heating", "Mark Evans", "markevansplumbing@gmail.com", "",
        [(HOUSE[1], 1)], "Card")
    add("B2B", True, "sole_trader_personal_purchase", "GB", "Rhys Morgan Electrical", "Rhys Morgan", "rhys.morgan@btinternet.com", "",
        [(HOUSE[7], 1)], "Card")
    add("B2G", True, "public_school_household_item", "GB", "St Mary's CofE Primary School, Charlton Kings", "Helen Price", "office@stmarys-ck.gloucs.sch.uk", "",
        [(HOUSE[3], 1)], "BACS", ref="PO 33018")
    add("B2G", True, "gov_office_household_item", "GB", "Tewkesbury Borough Council", "Alan Walker", "alan.walker@tewkesbury.gov.uk", "",
        [(HOUSE[0], 1)], "Government Procurement Card", notes="Staff kitchen")
    for dom, kind in [("nhs.net", "person_with_gov_email"), ("mod.gov.uk", "person_with_mil_email"), ("justice.gov.uk", "person_with_gov_email"),
                      ("bristol.ac.uk", "person_with_edu_email")]:
        f, l = person()
        add("B2C", True, kind, "GB", f"{f} {l}", "", pmail(f, l, dom), "", [(R.choice(HOUSE), 1)], "Card", notes="Deliver to home address")
    f, l = person()
    add("B2C", True, "person_bulk_quantity", "GB", f"{f} {l}", "", pmail(f, l), "", [(HOUSE[2], 30)], "BACS")
    f, l = person()
    add("B2C", True, "person_bulk_quantity", "GB", f"{f} {l}", "", pmail(f, l), "", [(("Anker 20W USB-C charger", 14.99, "Hardware Sales"), 50)], "Card")
    for note in ["For my salon - need a VAT invoice", "Buying these to resell on my market stall", "For my home office, I'm self-employed"]:
        f, l = person()
        add("B2B", True, "person_states_business_use", "GB", f"{f} {l}", "", pmail(f, l), "", lines(IT[8:12] + HOUSE[2:3], R.randint(1, 2), (1, 4)), "Card", notes=note)
    f, l = person()
    add("B2B", True, "person_pays_company_invoice", "GB", f"{f} {l}", "", pmail(f, l), "", lines(IT, 2, (1, 3)), "Card",
        notes="Director paying Kestrel Logistics (UK) Ltd invoice personally, to be reimbursed")
    add("B2B", True, "state_owned_company_procurement", "GB", "Post Office Limited", "Grace Hughes", "grace.hughes@postoffice.co.uk", vat_of("Post Office Limited"),
        [(IT[0], 25), (IT[11], 25)], "BACS", ref="Find a Tender ref 2026/S 000-014387", notes="Call-off under framework contract")
    add("B2B", False, "state_owned_company", "GB", "Post Office Limited", "Tom Roberts", "tom.roberts@postoffice.co.uk", vat_of("Post Office Limited"),
        [(IT[3], 6)], "BACS", ref="PO 9100213")
    for name, dom in [("International Maritime Organization", "imo.org"), ("European Bank for Reconstruction and Development", "ebrd.com")]:
        f, l = person()
        add("B2B", True, "international_org", "GB", name, f"{f} {l}", pmail(f, l, dom), "", lines(IT, 2, (2, 10)), "BACS", ref="PO " + str(R.randint(100000, 999999)))
    add("B2B", True, "state_founded_nonprofit_fund", "GB", "Youth Futures Foundation", "Chloe Morgan", "chloe.morgan@youthfuturesfoundation.org", "",
        [(IT[8], 4), (IT[2], 4)], "BACS", ref="PO 2210")
    add("B2B", True, "nonprofit_coop_contract", "GB", "Sue Ryder - Leckhampton Court Hospice", "Fiona Campbell", "fiona.campbell@sueryder.org", "",
        [(IT[0], 5)], "BACS", notes="Priced under ESPO framework 664 (charity access)")
    add("B2B", True, "product_only_business_goods", "", "Sundry Customers", "", "", "", [(IT[16], 1), (IT[12], 1)], "Cash", code="SUND001")
    add("B2C", True, "product_only", "", "Sundry Customers", "", "", "", [(HOUSE[5], 1)], "Card", code="SUND001")
    add("B2G", False, "embassy", "JP", "Embassy of Japan", "Kenji Sato", "kenji.sato@ld.mofa.go.jp", "", [(IT[1], 3), (IT[10], 6)], "BACS", ref="EOJ-PO-2026-041")
    add("B2G", False, "embassy", "IN", "High Commission of India, London", "Rohan Mehta", "admin.london@mea.gov.in", "", [(IT[11], 8)], "BACS")


ambig()
while sum(len(o["lines"]) for o in orders) < 236:
    x = R.random()
    if x < 0.32:
        gov()
    elif x < 0.66:
        biz()
    elif x < 0.93:
        pers()
    else:
        anon()
R.shuffle(orders)

rows, labels = [], []
inv = 10412
d = dt.date(2026, 4, 1)
for o in orders:
    inv += 1
    d += dt.timedelta(days=R.choice([0, 1, 1, 2]))
    due = d + dt.timedelta(days=30 if o["pay"] in ("BACS", "Cheque", "Direct Debit", "GoCardless") else 0)
    paid = R.random() < 0.7
    code = o["code"] or ccode(o["name"])
    anonymous = o["name"] in ("Cash Sales", "Sundry Customers")
    tel = "" if anonymous else f"0{R.randint(1200, 7999)} {R.randint(100000, 999999)}"
    pcode = "" if anonymous else postcode()
    pdate = (d + dt.timedelta(days=R.randint(0, 25))).strftime("%d/%m/%Y")
    for p, q in o["lines"]:
        net = round(p[1] * q, 2)
        vrate = 20.0
        vamt = round(net * 0.2, 2)
        rows.append([inv, d.strftime("%d/%m/%Y"), due.strftime("%d/%m/%Y"), code, o["name"], o["contact"], o["email"],
                     tel, pcode, o["vat"], o["ref"], q, p[0], p[2],
                     f"{p[1]:.2f}", f"{vrate:.1f}", f"{vamt:.2f}", f"{net:.2f}", f"{net + vamt:.2f}", o["pay"] if paid or o["pay"] in ("Card", "Cash") else "",
                     pdate if paid or o["pay"] in ("Card", "Cash") else "",
                     "Paid" if paid or o["pay"] in ("Card", "Cash") else "Unpaid", o["project"], o["notes"]])
        labels.append((o["label"], o["amb"], o["kind"], o["cc"]))

with open(os.path.join(LAYOUTS, LID + ".csv"), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f)
    w.writerow(HEAD)
    w.writerows(rows)

write_key(LID, {
    "id": LID,
    "system": "KashFlow (IRIS KashFlow) sales invoices CSV export, one row per invoice line",
    "country": "GB",
    "language": "en",
    "docs": [
        "KashFlow knowledge base 'Import Invoices CSV' and 'Fields Required When Importing Data' (kashflow.com/akademy, kashflow.co.uk kb-000048): Customer Code, Invoice Number, Invoice Date, Due Date (DD/MM/YYYY), Customer Reference, Line-Quantity, Line-Description, Line-Charge Type, Line-Rate (net, no currency symbol), Line-VAT Amount, Line-VAT Rate; multi-line invoices as repeated rows",
        "Customer fields (Customer Name, Contact, Email, Telephone, Postcode, VAT Number) from the KashFlow customer record as documented in the KashFlow API/Make connector (Name, Contact, Telephone, Email, Postcode, EC/VAT registration)",
    ],
    "fields": {"buyer": "Customer Name", "product": "Line-Description", "quantity": "Line-Quantity", "amount": "Line-Net",
               "tax_id": "VAT Number", "email": "Email", "payment": "Payment Method", "comment": "Notes"},
    "also_ok": {"amount": ["Line-Gross"]},
    "notes": "One row per invoice line; all lines of one Invoice Number share a label. Header is line 1 (UTF-8 with BOM), no title or totals lines. 'Cash Sales' is the seller's counter-sale customer (anonymous retail); 'Sundry Customers' is a catch-all account holding no buyer data (product-only records). Customer Reference holds the buyer's PO number.",
}, labels)
print(LID, len(rows), "rows", len(orders), "orders")
