"""ja_au_akaunting_invoices: Akaunting (v3) Sales > Invoices > Export (XLSX, six sheets).

Layout follows akaunting app/Exports/Sales/Invoices/Invoices.php (WithMultipleSheets: invoices, invoice_items,
invoice_item_taxes, invoice_histories, invoice_totals, invoice_transactions), the sheet classes' fields()
(headings = the snake_case field names, sheet title = snake_case class name), App\\Abstracts\\Export::map
(dates converted to Excel serials, formatted yyyy-mm-dd; values starting with = + - @ prefixed with an
apostrophe against CSV injection) and the invoices sheet order (document_number desc).
Records = rows of the first sheet 'invoices'. Seeded: rebuilds the same files on every run.
"""
from __future__ import annotations

import random
import re
from datetime import date, datetime, timedelta
from decimal import Decimal

from openpyxl import Workbook

from ja_common import LAYOUTS, fmt_abn, make_abn, money, normalize_xlsx, write_key, write_labels

LAYOUT_ID = "ja_au_akaunting_invoices"
rng = random.Random(3106)

SELLER = "Southern Cross AV & IT Pty Ltd"
DEFAULT_NOTES = "Thank you for your business. Please pay by EFT to BSB 034-002 Acc 912 345 quoting the invoice number."
DEFAULT_FOOTER = "Southern Cross AV & IT Pty Ltd | ABN 62 611 908 412 | Payment terms: 14 days"

# name, type, unit price (ex GST), kind
ITEMS = [
    ("Epson EB-L630U Laser Projector", "product", "3299.00", "b"),
    ("Projector installation (labour, per hr)", "service", "165.00", "b"),
    ("Samsung 65\" Q60D QLED Smart TV", "product", "1495.00", "h"),
    ("TV wall mount & install", "service", "249.00", "h"),
    ("Cat6 data point - supply & install", "service", "185.00", "b"),
    ("Ubiquiti UniFi U6 Pro Access Point", "product", "289.00", "b"),
    ("Microsoft 365 Business Standard (annual)", "service", "264.00", "b"),
    ("Managed IT support - monthly", "service", "990.00", "b"),
    ("On-site support callout (1 hr)", "service", "150.00", "g"),
    ("Logitech Rally Bar video conferencing bar", "product", "5290.00", "b"),
    ("Sonos Arc soundbar", "product", "1499.00", "h"),
    ("Home theatre setup & calibration", "service", "450.00", "h"),
    ("Netgear Orbi mesh Wi-Fi system (3 pack)", "product", "799.00", "h"),
    ("Dell Latitude 5450 laptop", "product", "1890.00", "g"),
    ("Bar fridge 70L", "product", "349.00", "h"),
    ("Breville Barista Express coffee machine", "product", "899.00", "h"),
    ("HDMI cabling & wall plates", "product", "95.00", "g"),
    ("Meeting room AV design & commissioning", "service", "1850.00", "b"),
]
IT = {i[0]: i for i in ITEMS}
BIZ = [i[0] for i in ITEMS if i[3] in "bg"]
HOME = [i[0] for i in ITEMS if i[3] == "h"]

FIRST = ["Jack", "Oliver", "William", "Noah", "Thomas", "James", "Lachlan", "Cooper", "Liam", "Ethan", "Charlotte",
         "Olivia", "Mia", "Isla", "Chloe", "Emily", "Sophie", "Ruby", "Grace", "Zoe", "Harper", "Matilda", "Aiden",
         "Minh", "Anh", "Priya", "Raj", "Mei", "Sione", "Tahlia"]
LAST = ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Johnson", "White", "Martin", "Anderson",
        "Thompson", "Nguyen", "Tran", "Walker", "Harris", "Ryan", "Kelly", "O'Brien", "Murphy", "Campbell", "Lee",
        "Mitchell", "Hall", "Young", "King", "Wright", "Patel", "Singh", "Chen", "Tupou"]
SUBURBS = [("Brisbane City", "4000"), ("Fortitude Valley", "4006"), ("New Farm", "4005"), ("Paddington", "4064"),
           ("Toowong", "4066"), ("Indooroopilly", "4068"), ("Chermside", "4032"), ("Carindale", "4152"),
           ("Sunnybank", "4109"), ("Springfield Lakes", "4300"), ("North Lakes", "4509"), ("Southport", "4215"),
           ("Robina", "4226"), ("Ipswich", "4305"), ("Redcliffe", "4020"), ("Cleveland", "4163"),
           ("Kangaroo Point", "4169"), ("Bulimba", "4171"), ("Ashgrove", "4060"), ("Woolloongabba", "4102")]
STREETS = ["Queen St", "Ann St", "Adelaide St", "Wickham Tce", "Brunswick St", "Given Tce", "Coronation Dr",
           "Sandgate Rd", "Logan Rd", "Gympie Rd", "Waterworks Rd", "Oxley Rd", "Moggill Rd", "Old Cleveland Rd",
           "Stanley St", "Hawken Dr", "Beaudesert Rd", "Kessels Rd"]
FREEMAIL = ["gmail.com", "gmail.com", "outlook.com", "hotmail.com", "bigpond.com", "icloud.com", "yahoo.com.au",
            "live.com.au", "optusnet.com.au"]

# organisations: name, email domain, label, ambiguous, kind, state, city, postcode, street, has_abn, profile
ORGS = [
    ("Brisbane City Council", "brisbane.qld.gov.au", "B2G", False, "municipality", "QLD", "Brisbane City", "4000", "266 George St", True, "biz"),
    ("City of Gold Coast", "goldcoast.qld.gov.au", "B2G", False, "municipality", "QLD", "Southport", "4215", "833 Southport Nerang Rd", True, "biz"),
    ("Logan City Council", "logan.qld.gov.au", "B2G", False, "municipality", "QLD", "Logan Central", "4114", "150 Wembley Rd", True, "biz"),
    ("City of Moreton Bay", "moretonbay.qld.gov.au", "B2G", False, "municipality", "QLD", "Strathpine", "4500", "220 Gympie Rd", True, "biz"),
    ("Ipswich City Council", "ipswich.qld.gov.au", "B2G", False, "municipality", "QLD", "Ipswich", "4305", "1 Nicholas St", True, "biz"),
    ("Department of Education (Queensland)", "qed.qld.gov.au", "B2G", False, "state_department", "QLD", "Brisbane City", "4000", "1 William St", True, "biz"),
    ("Queensland Police Service", "police.qld.gov.au", "B2G", False, "police", "QLD", "Brisbane City", "4000", "200 Roma St", True, "biz"),
    ("Metro North Hospital and Health Service", "health.qld.gov.au", "B2G", False, "public_hospital", "QLD", "Herston", "4029", "Butterfield St", True, "biz"),
    ("Gold Coast Hospital and Health Service", "health.qld.gov.au", "B2G", False, "public_hospital", "QLD", "Southport", "4215", "1 Hospital Blvd", True, "biz"),
    ("Queensland University of Technology", "qut.edu.au", "B2G", False, "public_university", "QLD", "Brisbane City", "4000", "2 George St", True, "biz"),
    ("The University of Queensland", "uq.edu.au", "B2G", False, "public_university", "QLD", "St Lucia", "4072", "Level 5, JD Story Building", True, "biz"),
    ("Griffith University", "griffith.edu.au", "B2G", False, "public_university", "QLD", "Nathan", "4111", "170 Kessels Rd", True, "biz"),
    ("TAFE Queensland", "tafeqld.edu.au", "B2G", False, "public_college", "QLD", "South Brisbane", "4101", "66 Ernest St", True, "biz"),
    ("Department of Defence - RAAF Base Amberley", "defence.gov.au", "B2G", False, "armed_forces", "QLD", "Amberley", "4306", "Southern Amberley Rd", True, "biz"),
    ("CSIRO", "csiro.au", "B2G", False, "federal_agency", "QLD", "Dutton Park", "4102", "41 Boggo Rd", True, "biz"),
    ("Queensland Fire Department", "fire.qld.gov.au", "B2G", False, "fire_service", "QLD", "Kedron", "4031", "125 Kedron Park Rd", True, "biz"),
    ("Services Australia", "servicesaustralia.gov.au", "B2G", False, "federal_agency", "QLD", "Brisbane City", "4000", "240 Queen St", True, "biz"),
    ("Australian Federal Police", "afp.gov.au", "B2G", False, "police", "QLD", "Brisbane City", "4000", "203 Wharf St", True, "biz"),
    ("Cherbourg Aboriginal Shire Council", "cherbourg.qld.gov.au", "B2G", False, "indigenous_shire_council", "QLD", "Cherbourg", "4605", "22 Barambah Ave", True, "biz"),
    ("Torres Strait Island Regional Council", "tsirc.qld.gov.au", "B2G", False, "indigenous_regional_council", "QLD", "Thursday Island", "4875", "46 Victoria Pde", True, "biz"),
    ("Queensland Museum", "qm.qld.gov.au", "B2G", False, "state_statutory_body", "QLD", "South Brisbane", "4101", "Grey St", True, "biz"),
    ("Kelvin Grove State College", "eq.edu.au", "B2G", False, "public_school", "QLD", "Kelvin Grove", "4059", "Victoria Park Rd", True, "biz"),
    # B2B
    ("Flight Centre Travel Group Limited", "flightcentre.com.au", "B2B", False, "company", "QLD", "Brisbane City", "4000", "275 Grey St", True, "biz"),
    ("Suncorp Group Limited", "suncorp.com.au", "B2B", False, "company", "QLD", "Brisbane City", "4000", "80 Ann St", True, "biz"),
    ("Aurizon Operations Limited", "aurizon.com.au", "B2B", False, "company", "QLD", "Brisbane City", "4000", "900 Ann St", True, "biz"),
    ("Bank of Queensland Limited", "boq.com.au", "B2B", False, "company", "QLD", "Newstead", "4006", "100 Skyring Tce", True, "biz"),
    ("Brisbane Grammar School", "bgs.qld.edu.au", "B2B", False, "private_school", "QLD", "Spring Hill", "4000", "24 Gregory Tce", True, "biz"),
    ("St Andrew's War Memorial Hospital", "uchealth.com.au", "B2B", False, "private_hospital", "QLD", "Spring Hill", "4000", "457 Wickham Tce", True, "biz"),
    ("Brisbane Broncos Limited", "broncos.com.au", "B2B", False, "company", "QLD", "Red Hill", "4059", "Fulcher Rd", True, "biz"),
    ("Harper Legal Pty Ltd", "harperlegal.com.au", "B2B", False, "company", "QLD", "Brisbane City", "4000", "Level 9, 127 Creek St", True, "biz"),
    ("Paddington Physio Pty Ltd", "paddingtonphysio.com.au", "B2B", False, "company", "QLD", "Paddington", "4064", "186 Given Tce", True, "biz"),
    ("Valley Coworking Pty Ltd", "valleycowork.com.au", "B2B", False, "company", "QLD", "Fortitude Valley", "4006", "310 Brunswick St", True, "biz"),
    ("Nguyen & Co Chartered Accountants", "nguyenco.com.au", "B2B", False, "company", "QLD", "Sunnybank", "4109", "Shop 4, 341 Mains Rd", True, "biz"),
    ("Sunnybank Family Medical Centre Pty Ltd", "sunnybankfmc.com.au", "B2B", False, "company", "QLD", "Sunnybank", "4109", "358 Mains Rd", True, "biz"),
    ("St Stephen's Cathedral Parish", "bne.catholic.net.au", "B2B", False, "church", "QLD", "Brisbane City", "4000", "249 Elizabeth St", True, "biz"),
    ("Kelvin Grove State College P&C Association", "kgsc-pandc.org.au", "B2B", False, "parents_association", "QLD", "Kelvin Grove", "4059", "Victoria Park Rd", True, "biz"),
    ("Australian Red Cross Society", "redcross.org.au", "B2B", False, "nonprofit", "QLD", "Milton", "4064", "49 Park Rd", True, "biz"),
    ("Australia Post", "auspost.com.au", "B2B", False, "state_owned_company", "QLD", "Brisbane City", "4000", "261 Queen St", True, "biz"),
    ("Morrison Electrical", "gmail.com", "B2B", False, "sole_trader", "QLD", "Redcliffe", "4020", "17 Anzac Ave", True, "biz"),
    ("Green Leaf Landscaping", "greenleaflandscaping.com.au", "B2B", False, "sole_trader", "QLD", "Carindale", "4152", "8 Creek Rd", True, "biz"),
]

invoices = []


def contact_person():
    return rng.choice(FIRST), rng.choice(LAST)


def pemail(f, l, dom):
    pat = rng.choice(["{f}.{l}", "{f}{l}", "{fi}{l}", "{f}.{l}{n}", "{f}_{l}{n}"])
    return pat.format(f=f.lower(), l=l.lower().replace("'", ""), fi=f[0].lower(), n=rng.randint(1, 99)) + "@" + dom


def au_phone(kind):
    if kind == "mobile":
        n = f"04{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    else:
        n = f"07 {rng.randint(3000, 3999)} {rng.randint(1000, 9999)}"
    if rng.random() < 0.3:
        n = "+61 " + n[1:]
    return n


def lines_for(profile, n):
    pool = BIZ if profile == "biz" else HOME
    picks = list(dict.fromkeys(rng.sample(pool, min(n, len(pool)))))
    out = []
    for name in picks:
        price = Decimal(IT[name][2])
        if profile == "home":
            q = 1
        elif "per hr" in name or "callout" in name:
            q = rng.randint(1, 8)
        elif "data point" in name:
            q = rng.randint(2, 24)
        elif price >= 2000:
            q = rng.randint(1, 3)
        else:
            q = rng.randint(1, 10)
        out.append((name, q))
    return out


def org_inv(org, lines, amb=None, notes=None, order_number=None, email=None, subheading=None, label=None, kind=None):
    name, dom, lab, a, k, st, city, pc, street, has_abn, prof = org
    f, l = contact_person()
    if email is None:
        if dom == "gmail.com":
            email = pemail(f, l, dom)
        elif rng.random() < 0.35:
            email = rng.choice(["accounts", "accountspayable", "ap", "finance", "procurement"]) + "@" + dom
        else:
            email = pemail(f, l, dom)
    invoices.append(dict(name=name, email=email, abn=ORG_ABN.get(name) if has_abn else None,
                         phone=au_phone("land" if dom != "gmail.com" else "mobile"), street=street, city=city,
                         state=st, pc=pc, lines=lines, label=label or lab, amb=a if amb is None else amb,
                         kind=kind or k, notes=notes, order_number=order_number, subheading=subheading,
                         gov=(lab == "B2G")))


ORG_ABN = {o[0]: make_abn(rng) for o in ORGS}
for extra in ["Energex Limited", "International Organization for Migration", "Foundation for Rural & Regional Renewal",
              "Surf Life Saving Queensland", "Liam O'Donnell", "Logan City Council - Libraries"]:
    ORG_ABN[extra] = make_abn(rng)

for org in ORGS:
    n_inv = rng.choice([2, 2, 3, 3, 4]) if org[2] == "B2G" else rng.choice([1, 2, 2, 3])
    for _ in range(n_inv):
        po = None
        if org[2] == "B2G" and rng.random() < 0.7:
            po = rng.choice(["PO", "", "4500", "PO-", "CO"]) + str(rng.randint(100000, 999999))
        elif org[2] == "B2B" and rng.random() < 0.3:
            po = str(rng.randint(10000, 99999))
        org_inv(org, lines_for(org[10], rng.choice([1, 1, 2, 2, 3])), order_number=po)

# B2G ambiguous: public bodies buying household-type goods only
org_inv(("Kelvin Grove State College", "eq.edu.au", "B2G", True, "public_school", "QLD", "Kelvin Grove", "4059",
         "Victoria Park Rd", True, "home"), [("Bar fridge 70L", 1)], notes="Staff room bar fridge")
org_inv(("Logan City Council - Libraries", "logan.qld.gov.au", "B2G", True, "municipality", "QLD", "Logan Central",
         "4114", "26 Wilbur St", True, "home"), [("Breville Barista Express coffee machine", 1)], order_number="PO-778120")
# B2B ambiguous
org_inv(ORGS[29], [("Home theatre setup & calibration", 1), ("Sonos Arc soundbar", 1),
                   ("Samsung 65\" Q60D QLED Smart TV", 1)], amb=True,
        notes="Install at director's residence - 14 Jubilee Tce, Ashgrove")
org_inv(("Energex Limited", "energyq.com.au", "B2B", True, "state_owned_company", "QLD", "Newstead", "4006",
         "26 Reddacliff St", True, "biz"), [("Meeting room AV design & commissioning", 2),
                                             ("Logitech Rally Bar video conferencing bar", 2)],
        order_number="4600118274", notes="Per Energy Queensland tender EQ-T-2025-0412. Quote SCQ-1187.")
org_inv(("International Organization for Migration", "iom.int", "B2B", True, "international_org", "ACT", "Canberra",
         "2600", "Level 3, 40 Brisbane Ave Barton", True, "biz"), [("Logitech Rally Bar video conferencing bar", 1),
                                                                 ("Projector installation (labour, per hr)", 4)],
        order_number="IOM-AU-25-031")
org_inv(("Foundation for Rural & Regional Renewal", "frrr.org.au", "B2B", True, "state_founded_nonprofit_fund", "VIC",
         "Bendigo", "3550", "38 View St", True, "biz"), [("Dell Latitude 5450 laptop", 2),
                                                       ("Microsoft 365 Business Standard (annual)", 2)])
org_inv(("Surf Life Saving Queensland", "lifesaving.com.au", "B2B", True, "nonprofit_coop_contract", "QLD",
         "Burleigh Heads", "4220", "18 Orchid Ave", True, "biz"), [("Ubiquiti UniFi U6 Pro Access Point", 6),
                                                                   ("Cat6 data point - supply & install", 12)],
        notes="Pricing under Local Buy arrangement BUS 295", order_number="SLSQ-PO-2291")
# sole trader with ABN, personal-looking purchase
invoices.append(dict(name="Liam O'Donnell", email="liamodonnell.sparky@gmail.com", abn=ORG_ABN["Liam O'Donnell"],
                     phone=au_phone("mobile"), street="42 Carrington St", city="Ashgrove", state="QLD", pc="4060",
                     lines=[("Netgear Orbi mesh Wi-Fi system (3 pack)", 1), ("On-site support callout (1 hr)", 1)],
                     label="B2B", amb=True, kind="sole_trader", notes=None, order_number=None, subheading=None,
                     gov=False))
# private person stating business use
invoices.append(dict(name="Chloe Tan", email="chloe.tan88@gmail.com", abn=None, phone=au_phone("mobile"),
                     street="Shop 2, 58 Latrobe Tce", city="Paddington", state="QLD", pc="4064",
                     lines=[("Samsung 65\" Q60D QLED Smart TV", 1), ("TV wall mount & install", 1)],
                     label="B2B", amb=True, kind="private_person_business_use",
                     notes="For the new café - menu board screen", order_number=None, subheading=None, gov=False))
# thin: first name only
invoices.append(dict(name="Dave", email=None, abn=None, phone=None, street=None, city=None, state=None, pc=None,
                     lines=[("On-site support callout (1 hr)", 1)], label="B2C", amb=True, kind="thin_record",
                     notes=None, order_number=None, subheading=None, gov=False))
# B2C ambiguous: persons with government e-mails buying household services
invoices.append(dict(name="Sarah Mitchell", email="sarah.mitchell@health.qld.gov.au", abn=None,
                     phone=au_phone("mobile"), street="9 Rainbow St", city="Sandgate", state="QLD", pc="4017",
                     lines=[("Samsung 65\" Q60D QLED Smart TV", 1), ("TV wall mount & install", 1)], label="B2C",
                     amb=True, kind="private_person_gov_email", notes=None, order_number=None, subheading=None,
                     gov=False))
invoices.append(dict(name="Cpl Josh Ryan", email="joshua.ryan2@defence.gov.au", abn=None,
                     phone=au_phone("mobile"), street="3 Tallis St", city="Raceview", state="QLD", pc="4305",
                     lines=[("Netgear Orbi mesh Wi-Fi system (3 pack)", 1), ("Home theatre setup & calibration", 1)],
                     label="B2C", amb=True, kind="private_person_gov_email", notes="home install, weekend please",
                     order_number=None, subheading=None, gov=False))
invoices.append(dict(name="Sam", email="sam.k@icloud.com", abn=None, phone=None, street=None, city=None,
                     state=None, pc=None, lines=[("HDMI cabling & wall plates", 1)], label="B2C", amb=True,
                     kind="thin_record", notes=None, order_number=None, subheading=None, gov=False))

org_inv(ORGS[6], [("Samsung 65\" Q60D QLED Smart TV", 1), ("TV wall mount & install", 1)], amb=True,
        notes="Meal room TV - Stones Corner station")
org_inv(ORGS[30], [("Breville Barista Express coffee machine", 1)], amb=True, notes=None)
invoices.append(dict(name="Megan Kelly", email="mkell123@eq.edu.au", abn=None, phone=au_phone("mobile"),
                     street="71 Dornoch Tce", city="Highgate Hill", state="QLD", pc="4101",
                     lines=[("Home theatre setup & calibration", 1), ("Sonos Arc soundbar", 1)], label="B2C",
                     amb=True, kind="private_person_edu_email", notes=None, order_number=None, subheading=None,
                     gov=False))
invoices.append(dict(name="Minh Tran", email="minhtran.bne@gmail.com", abn=None, phone=au_phone("mobile"),
                     street="12 Padstow Rd", city="Eight Mile Plains", state="QLD", pc="4113",
                     lines=[("Samsung 65\" Q60D QLED Smart TV", 10)], label="B2C", amb=True,
                     kind="private_person_bulk", notes=None, order_number=None, subheading=None, gov=False))

# B2C clear: households
for _ in range(40):
    f, l = contact_person()
    sub, pc = rng.choice(SUBURBS)
    nm = f"{f} {l}"
    r = rng.random()
    if r < 0.1:
        nm = nm.upper()
    elif r < 0.2:
        nm = f"{l}, {f}"
    elif r < 0.25:
        nm = nm + " "
    invoices.append(dict(name=nm, email=pemail(f, l, rng.choice(FREEMAIL)) if rng.random() < 0.9 else None,
                         abn=None, phone=au_phone("mobile") if rng.random() < 0.8 else None,
                         street=f"{rng.randint(1, 220)} {rng.choice(STREETS)}", city=sub, state="QLD", pc=pc,
                         lines=lines_for("home", rng.choice([1, 1, 2])), label="B2C", amb=False,
                         kind="private_person", notes=rng.choice([None, None, None, "Install Saturday AM",
                                                                   "Gate code 1942"]),
                         order_number=None, subheading=None, gov=False))

rng.shuffle(invoices)

# ---------------------------------------------------------------- documents
START = date(2025, 1, 7)
d = START
docs = []
for i, inv in enumerate(invoices, start=31):
    d += timedelta(days=rng.choice([0, 0, 1, 1, 1, 2]))
    number = f"INV-{i:05d}"
    sub = money(sum(Decimal(IT[n][2]) * q for n, q in inv["lines"]))
    gst = money(sub * Decimal("0.10"))
    total = sub + gst
    terms = 30 if inv["gov"] else 14
    status = rng.choices(["paid", "paid", "paid", "sent", "viewed", "partial", "cancelled", "draft"],
                         [40, 20, 10, 10, 8, 5, 3, 4])[0]
    if d > date(2025, 5, 20) and status == "paid" and rng.random() < 0.5:
        status = "sent"
    docs.append(dict(inv=inv, number=number, date=d, due=d + timedelta(days=terms), sub=sub, gst=gst, total=total,
                     status=status))


NUMERIC_RE = re.compile(r"^[+-]?(\d+\.?\d*|\d*\.?\d+)([Ee][-+]?[0-2]?\d{1,3})?$")


def xl_safe(v):
    """Akaunting's apostrophe guard, then PhpSpreadsheet DefaultValueBinder (numeric strings -> numbers,
    except strings with a leading zero)."""
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@"):
        return "'" + v
    if isinstance(v, str) and NUMERIC_RE.match(v) and not (v[0] == "0" and len(v) > 1 and v[1] != "."):
        return float(v) if "." in v else int(v)
    return v


def num(x: Decimal):
    f = float(x)
    return int(f) if f == int(f) else f


wb = Workbook()
ws = wb.active
ws.title = "invoices"
inv_fields = ["invoice_number", "order_number", "status", "invoiced_at", "due_at", "amount", "discount_type",
              "discount_rate", "currency_code", "currency_rate", "category_name", "contact_name", "contact_email",
              "contact_tax_number", "contact_phone", "contact_address", "contact_country", "contact_state",
              "contact_zip_code", "contact_city", "title", "subheading", "notes", "footer", "template", "color",
              "parent_number"]
ws.append(inv_fields)
labels = []
state_style = {"QLD": ["Queensland", "QLD", "Qld", "QLD"], "ACT": ["ACT", "Australian Capital Territory"],
               "VIC": ["Victoria", "VIC"]}
for doc in sorted(docs, key=lambda x: x["number"], reverse=True):
    inv = doc["inv"]
    abn = inv["abn"]
    abn_txt = fmt_abn(abn, rng.choice([0, 0, 0, 1, 2])) if abn else None
    notes = inv["notes"]
    if notes is None:
        notes = DEFAULT_NOTES if rng.random() < 0.7 else None
    if inv["order_number"] and rng.random() < 0.2 and notes == DEFAULT_NOTES:
        notes = f"PO {inv['order_number']}\n" + DEFAULT_NOTES
    recurring = (any(n == "Managed IT support - monthly" for n, _ in inv["lines"]) and rng.random() < 0.6)
    row = [
        doc["number"], inv["order_number"], doc["status"], doc["date"], doc["due"], num(doc["total"]),
        None, None, "AUD", 1, "Sales" if rng.random() < 0.85 else "Installation Services",
        inv["name"], inv["email"], abn_txt, inv["phone"],
        inv["street"], "Australia" if inv["street"] else None,
        rng.choice(state_style[inv["state"]]) if inv["state"] else None, inv["pc"], inv["city"],
        "Tax Invoice" if rng.random() < 0.8 else None, inv["subheading"], notes,
        DEFAULT_FOOTER if rng.random() < 0.85 else None, "default", "#55588b",
        "INV-00012" if recurring else None,
    ]
    ws.append([xl_safe(v) for v in row])
    r = ws.max_row
    for col in ("D", "E"):
        ws[f"{col}{r}"].number_format = "yyyy-mm-dd"
    labels.append(dict(label=inv["label"], ambiguous=inv["amb"], kind=inv["kind"],
                       country={"ACT": "AU"}.get(inv["state"], "AU")))

# child sheets (not records)
wi = wb.create_sheet("invoice_items")
wi.append(["invoice_number", "item_name", "item_description", "item_type", "quantity", "discount_type",
           "discount_rate", "price", "total", "tax"])
wt = wb.create_sheet("invoice_item_taxes")
wt.append(["invoice_number", "item_name", "tax_rate", "amount"])
wh = wb.create_sheet("invoice_histories")
wh.append(["invoice_number", "status", "notify", "description"])
wto = wb.create_sheet("invoice_totals")
wto.append(["invoice_number", "code", "name", "amount", "sort_order"])
wtr = wb.create_sheet("invoice_transactions")
wtr.append(["invoice_number", "transaction_number", "paid_at", "amount", "currency_code", "currency_rate",
            "account_name", "contact_email", "category_name", "description", "payment_method", "reference",
            "reconciled"])
tra = 57
for doc in docs:
    inv = doc["inv"]
    for n, q in inv["lines"]:
        price = Decimal(IT[n][2])
        tot = money(price * q)
        wi.append([doc["number"], n, None, IT[n][1], q, None, None, num(price), num(tot), num(money(tot / 10))])
        wt.append([doc["number"], n, 10, num(money(tot / 10))])
    wh.append([doc["number"], "draft", 0, f"{doc['number']} added!"])
    if doc["status"] != "draft":
        wh.append([doc["number"], "sent", 1 if rng.random() < 0.8 else 0, "Invoice marked as sent!"])
    wto.append([doc["number"], "sub_total", "invoices.sub_total", num(doc["sub"]), 1])
    wto.append([doc["number"], "tax", "GST", num(doc["gst"]), 2])
    wto.append([doc["number"], "total", "invoices.total", num(doc["total"]), 3])
    if doc["status"] in ("paid", "partial"):
        tra += 1
        paid = doc["total"] if doc["status"] == "paid" else money(doc["total"] / 2)
        pm = "offline-payments.bank_transfer.2" if (inv["gov"] or inv["abn"]) and rng.random() < 0.85 else \
            rng.choice(["offline-payments.bank_transfer.2", "offline-payments.cash.1", "stripe.card.3"])
        pdate = doc["date"] + timedelta(days=rng.randint(0, 35))
        wtr.append([doc["number"], f"TRA-{tra:05d}", pdate, num(paid), "AUD", 1, "Westpac Business One",
                    inv["email"], "Sales", None, pm, None, 1 if rng.random() < 0.7 else 0])
        wtr[f"C{wtr.max_row}"].number_format = "yyyy-mm-dd"
        wh.append([doc["number"], doc["status"], 0, f"A${float(paid):,.2f} Payment"])

LAYOUTS.mkdir(parents=True, exist_ok=True)
out = LAYOUTS / f"{LAYOUT_ID}.xlsx"
wb.properties.creator = "Akaunting"
wb.properties.created = datetime(2025, 6, 2, 9, 14, 0)
wb.properties.modified = datetime(2025, 6, 2, 9, 14, 0)
wb.save(out)
normalize_xlsx(out)

write_labels(LAYOUT_ID, labels)
write_key(LAYOUT_ID, {
    "id": LAYOUT_ID,
    "system": "Akaunting 3.x Sales > Invoices > Export (XLSX workbook, first sheet 'invoices')",
    "country": "AU",
    "language": "en",
    "docs": [
        "github akaunting/akaunting app/Exports/Sales/Invoices/Invoices.php: WithMultipleSheets with the sheets "
        "Invoices, InvoiceItems, InvoiceItemTaxes, InvoiceHistories, InvoiceTotals, InvoiceTransactions",
        "app/Exports/Sales/Invoices/Sheets/Invoices.php: fields() = invoice_number, order_number, status, "
        "invoiced_at, due_at, amount, discount_type, discount_rate, currency_code, currency_rate, category_name, "
        "contact_name, contact_email, contact_tax_number, contact_phone, contact_address, contact_country, "
        "contact_state, contact_zip_code, contact_city, title, subheading, notes, footer, template, color, "
        "parent_number; columns D and E formatted FORMAT_DATE_YYYYMMDD; ordered by document_number desc; "
        "contact_country translated to the country name",
        "app/Abstracts/Export.php: headings() = the field names, sheet title = snake_case class name, dates "
        "converted with ExcelDate::PHPToExcel, values starting with = + - @ prefixed with an apostrophe",
        "the other sheet classes (InvoiceItems, InvoiceItemTaxes, InvoiceHistories, InvoiceTotals, "
        "InvoiceTransactions): their field lists",
    ],
    "fields": {"buyer": "contact_name", "product": None, "quantity": None, "amount": "amount",
               "tax_id": "contact_tax_number", "email": "contact_email", "payment": None, "comment": "notes"},
    "also_ok": {"comment": ["subheading"]},
    "notes": "XLSX with six sheets; the records are the rows of the first sheet 'invoices' (one row per invoice, "
             "newest number first). Item lines (item_name, quantity, price) are only in sheet 'invoice_items' and "
             "payments (payment_method codes such as offline-payments.bank_transfer.2) only in "
             "'invoice_transactions', both keyed by invoice_number - not records. amount is the invoice total incl. "
             "10% GST. contact_tax_number holds the ABN (11 digits, valid mod-89 check, typed with or without "
             "spaces or an 'ABN ' prefix); persons have none. contact_phone values starting with '+' carry "
             "Akaunting's apostrophe prefix (\"'+61 ...\"). notes is often the company's default invoice note. "
             "Seller invented (Brisbane); buyers are real Australian public bodies and companies with generated "
             "ABNs, persons invented.",
})
print(LAYOUT_ID, len(labels), "invoices")
