"""ja_us_spree_order_lines: Spree Commerce 5.x admin "Orders" CSV export (one row per line item).

Layout follows spree/core Spree::CSV::OrderLineItemPresenter (v5.6.1) and Spree::Export#generate_csv:
Ruby CSV, UTF-8 without BOM, comma, CRLF; order-level columns filled on the first line of an order only;
BigDecimal columns (Item Price, Item Total Discount, Item Total Price, Discount, Store Credit amount)
printed by Ruby as BigDecimal#to_s ("0.1999e2"); Float columns (.to_f) as "19.99"/"20.0";
booleans as true/false; address state_name blank when a State record is set (US addresses).
Seeded: rebuilds the same files on every run.
"""
from __future__ import annotations

import csv
import io
import random
from datetime import datetime, timedelta
from decimal import Decimal

from ja_common import LAYOUTS, money, ruby_bigdecimal_to_s as bd, write_key, write_labels

LAYOUT_ID = "ja_us_spree_order_lines"
rng = random.Random(20250611)

HEADERS = [
    'Number', 'Email', 'Status', 'Currency', 'Subtotal', 'Shipping', 'Taxes', 'Taxes included',
    'Discount Used', 'Free Shipping', 'Discount', 'Discount Code', 'Store Credit amount', 'Total',
    'Shipping method', 'Total weight', 'Payment Type Used', 'Product ID', 'Item Quantity', 'Item SKU',
    'Item Name', 'Item Price', 'Item Total Discount', 'Item Total Price', 'Item requires shipping',
    'Item taxbale', 'Item Vendor', 'Category lvl0', 'Category lvl1', 'Category lvl2', 'Category lvl3',
    'Category lvl4', 'Billing Name', 'Billing Address 1', 'Billing Address 2', 'Billing Company',
    'Billing City', 'Billing Zip', 'Billing State', 'Billing Country', 'Billing Phone', 'Shipping Name',
    'Shipping Address 1', 'Shipping Address 2', 'Shipping Company', 'Shipping City', 'Shipping Zip',
    'Shipping State', 'Shipping Country', 'Shipping Phone', 'Placed at', 'Shipped at', 'Cancelled at',
    'Cancelled by', 'Notes',
]

# product_id, sku, name, price, weight(lb), taxon path, kind(b=business, h=household, g=general), digital
CATALOG = [
    (101, "LOG-C920S", "Logitech C920s HD Pro Webcam", "69.99", 0.6, "Electronics -> Webcams", "g", False),
    (102, "EPS-PL118", "Epson PowerLite 118 3LCD Projector", "649.99", 6.0, "Electronics -> Projectors", "b", False),
    (103, "ANK-A8346", "Anker 7-in-1 USB-C Hub", "35.99", 0.3, "Computers -> Accessories", "g", False),
    (104, "LOG-MK270", "Logitech MK270 Wireless Keyboard and Mouse Combo", "27.99", 1.4, "Computers -> Accessories", "g", False),
    (105, "BEL-SURGE12", "Belkin 12-Outlet Surge Protector", "39.99", 2.1, "Power -> Surge Protection", "g", False),
    (106, "DEL-P2425H", "Dell 24 Monitor - P2425H", "219.99", 11.0, "Computers -> Monitors", "g", False),
    (107, "ACR-CB311", "Acer Chromebook 311 (C723)", "229.00", 3.2, "Computers -> Chromebooks", "g", False),
    (108, "UBQ-U6PLUS", "Ubiquiti UniFi U6+ Access Point", "129.00", 1.1, "Networking -> Wireless", "b", False),
    (109, "NTG-GS308", "Netgear GS308 8-Port Gigabit Switch", "24.99", 0.9, "Networking -> Switches", "g", False),
    (110, "TPL-DECOX55-3", "TP-Link Deco X55 Mesh WiFi System (3-pack)", "179.99", 2.6, "Networking -> Wireless", "g", False),
    (111, "APC-BE600M1", "APC Back-UPS 600VA (BE600M1)", "79.99", 10.5, "Power -> UPS", "g", False),
    (112, "BRO-HLL2350", "Brother HL-L2350DW Monochrome Laser Printer", "139.99", 15.9, "Printers -> Laser", "g", False),
    (113, "BRO-TN730", "Brother TN730 Toner Cartridge", "54.99", 1.2, "Printers -> Supplies", "g", False),
    (114, "CAL-3068AV", "Califone 3068AV Stereo Headphones", "14.95", 0.5, "Classroom -> Audio", "b", False),
    (115, "JBL-FLIP6", "JBL Flip 6 Portable Speaker", "129.95", 1.2, "Audio -> Speakers", "h", False),
    (116, "LNC-CARRIER30", "LocknCharge Carrier 30 Charging Cart", "1899.00", 120.0, "Classroom -> Charging", "b", False),
    (117, "SDK-CZ48-64", "SanDisk Ultra 64GB USB 3.0 Flash Drive", "9.99", 0.1, "Storage -> Flash Drives", "g", False),
    (118, "SAM-T7-1TB", "Samsung T7 1TB Portable SSD", "99.99", 0.2, "Storage -> External Drives", "g", False),
    (119, "CBM-HDMI10", "Cable Matters High Speed HDMI Cable 10 ft", "9.99", 0.4, "Cables -> HDMI", "g", False),
    (120, "ANK-USBC6", "Anker USB-C to USB-C Cable 6 ft", "12.99", 0.2, "Cables -> USB", "g", False),
    (121, "KEU-KEXPRESS", "Keurig K-Express Single Serve Coffee Maker", "79.99", 7.8, "Home -> Kitchen", "h", False),
    (122, "NIN-AF101", "Ninja AF101 Air Fryer 4 Qt", "99.99", 10.6, "Home -> Kitchen", "h", False),
    (123, "FRG-EFR341", "Frigidaire 3.1 cu ft Compact Refrigerator", "229.99", 48.0, "Home -> Appliances", "h", False),
    (124, "HBE-MW09", "Hamilton Beach 0.9 cu ft Countertop Microwave", "89.99", 24.0, "Home -> Kitchen", "h", False),
    (125, "SAM-UN55DU7200", "Samsung 55\" Crystal UHD DU7200 4K Smart TV", "399.99", 33.0, "Home -> TV & Video", "h", False),
    (126, "ROK-STICK4K", "Roku Streaming Stick 4K", "49.99", 0.3, "Home -> TV & Video", "h", False),
    (127, "NIN-SWOLED", "Nintendo Switch - OLED Model", "349.99", 2.9, "Home -> Gaming", "h", False),
    (128, "SNY-WH1000XM5", "Sony WH-1000XM5 Wireless Noise Canceling Headphones", "399.99", 0.6, "Audio -> Headphones", "h", False),
    (129, "APL-APP2", "Apple AirPods Pro (2nd generation)", "249.00", 0.2, "Audio -> Headphones", "h", False),
    (130, "ANK-20WCHG", "Anker 20W USB-C Charger", "15.99", 0.1, "Phones -> Accessories", "g", False),
    (131, "MOT-GPLAY24", "Moto G Play (2024) 64GB Unlocked", "149.99", 0.6, "Phones -> Unlocked Phones", "h", False),
    (132, "MS-365BS-1Y", "Microsoft 365 Business Standard (1-year subscription)", "150.00", 0.0, "Software -> Business", "b", True),
    (133, "CSC-C1000-24T", "Cisco Catalyst 1000-24T-4G-L Switch", "899.00", 9.4, "Networking -> Switches", "b", False),
    (134, "STC-4POSTRACK42", "StarTech 42U 4-Post Server Rack", "1299.00", 130.0, "Networking -> Racks", "b", False),
    (135, "FEL-4630401", "Fellowes Powershred 12C Cross-Cut Shredder", "119.99", 16.0, "Office -> Shredders", "g", False),
    (136, "EXP-DRY12", "EXPO Low-Odor Dry Erase Markers, Chisel Tip, 12 ct", "14.49", 0.5, "Classroom -> Supplies", "g", False),
    (137, "GCD-50", "Cedar Ridge eGift Card $50", "50.00", 0.0, "Gift Cards", "h", True),
]
PROD = {p[0]: p for p in CATALOG}
BIZ = [p[0] for p in CATALOG if p[6] == "b"]
GEN = [p[0] for p in CATALOG if p[6] == "g"]
HOME = [p[0] for p in CATALOG if p[6] == "h" and not p[7]]

TAX = {"OH": Decimal("0.075"), "PA": Decimal("0.06"), "IN": Decimal("0.07"), "KY": Decimal("0.06"),
       "MI": Decimal("0.06")}

FIRST = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
         "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Christopher", "Karen",
         "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Betty", "Mark", "Sandra", "Steven", "Ashley",
         "Andrew", "Kimberly", "Joshua", "Emily", "Kevin", "Donna", "Brian", "Michelle", "Tyler", "Megan",
         "DeShawn", "Maria", "Luis", "Aaliyah", "Wei", "Priya", "Omar", "Hannah", "Jacob", "Brittany"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee",
        "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King",
        "Wright", "Scott", "Hill", "Green", "Adams", "Nelson", "Baker", "Campbell", "Mitchell", "Roberts",
        "Kowalski", "Schmidt", "Nguyen", "Patel", "O'Brien", "Sullivan", "Murphy", "Reyes", "Kim", "Washington"]
STREETS = ["Maple Ave", "Oak St", "High St", "Main St", "Broad St", "Elm St", "Park Ave", "Cedar Ln",
           "Lincoln Ave", "Washington St", "Walnut St", "Sunset Dr", "Riverside Dr", "Hickory Ln", "Lakeview Dr",
           "Chestnut St", "Summit St", "Neil Ave", "Indianola Ave", "Cleveland Ave"]
FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com",
            "aol.com", "att.net", "comcast.net"]
CITIES = [("Columbus", "OH", "43215"), ("Columbus", "OH", "43201"), ("Dublin", "OH", "43017"),
          ("Westerville", "OH", "43081"), ("Cincinnati", "OH", "45202"), ("Cleveland", "OH", "44113"),
          ("Dayton", "OH", "45402"), ("Akron", "OH", "44308"), ("Toledo", "OH", "43604"),
          ("Pittsburgh", "PA", "15213"), ("Erie", "PA", "16501"), ("Indianapolis", "IN", "46204"),
          ("Fort Wayne", "IN", "46802"), ("Louisville", "KY", "40202"), ("Lexington", "KY", "40507"),
          ("Detroit", "MI", "48226"), ("Ann Arbor", "MI", "48104"), ("Grand Rapids", "MI", "49503"),
          ("Chicago", "IL", "60607"), ("Nashville", "TN", "37203"), ("Charleston", "WV", "25301"),
          ("Buffalo", "NY", "14202"), ("Austin", "TX", "78701"), ("Denver", "CO", "80202")]


def phone(area=None):
    area = area or rng.choice(["614", "513", "216", "937", "330", "419", "412", "317", "502", "859", "313",
                               "734", "616", "312", "615"])
    return f"{area}-{rng.randint(201, 989)}-{rng.randint(1000, 9999)}"


def street():
    return f"{rng.randint(12, 9870)} {rng.choice(STREETS)}"


# ---------------------------------------------------------------- organisations
# key: (company, email_domain, city, state, zip, address, label, ambiguous, kind, pay, exempt, notes_fn, prods, qty)
ORGS = [
    # ---- B2G (state)
    ("Columbus City Schools - Purchasing", "columbus.k12.oh.us", "Columbus", "OH", "43215", "270 E State St", "B2G", False, "school_district", "po", True),
    ("The Ohio State University - College of Engineering", "osu.edu", "Columbus", "OH", "43210", "2070 Neil Ave", "B2G", False, "public_university", "pcard", True),
    ("City of Cincinnati - Dept. of Enterprise Technology", "cincinnati-oh.gov", "Cincinnati", "OH", "45202", "801 Plum St", "B2G", False, "municipality", "po", True),
    ("Franklin County Board of Commissioners", "franklincountyohio.gov", "Columbus", "OH", "43215", "373 S High St", "B2G", False, "county", "po", True),
    ("Ohio Department of Transportation, District 6", "dot.ohio.gov", "Delaware", "OH", "43015", "400 E William St", "B2G", False, "state_agency", "pcard", True),
    ("Ohio Department of Health", "odh.ohio.gov", "Columbus", "OH", "43215", "246 N High St", "B2G", False, "state_agency", "po", True),
    ("Cuyahoga Community College (Tri-C)", "tri-c.edu", "Cleveland", "OH", "44115", "700 Carnegie Ave", "B2G", False, "public_college", "pcard", True),
    ("Kent State University - IT Services", "kent.edu", "Kent", "OH", "44242", "800 E Summit St", "B2G", False, "public_university", "pcard", True),
    ("University of Michigan - Michigan Medicine", "umich.edu", "Ann Arbor", "MI", "48109", "1500 E Medical Center Dr", "B2G", False, "public_university", "pcard", True),
    ("Detroit Public Schools Community District", "detroitk12.org", "Detroit", "MI", "48202", "3011 W Grand Blvd", "B2G", False, "school_district", "po", True),
    ("The MetroHealth System", "metrohealth.org", "Cleveland", "OH", "44109", "2500 MetroHealth Dr", "B2G", False, "public_hospital", "po", True),
    ("Robley Rex VA Medical Center", "va.gov", "Louisville", "KY", "40206", "800 Zorn Ave", "B2G", False, "veterans_medical_center", "pcard", True),
    ("US Army Cadet Command, Fort Knox", "army.mil", "Fort Knox", "KY", "40121", "1st Cavalry Regiment Rd", "B2G", False, "armed_forces", "pcard", True),
    ("Cherokee Nation - Information Technology", "cherokee.org", "Tahlequah", "OK", "74464", "17675 S Muskogee Ave", "B2G", False, "tribal_government", "po", True),
    ("Eastern Band of Cherokee Indians", "ebci-nsn.gov", "Cherokee", "NC", "28719", "88 Council House Loop", "B2G", False, "tribal_government", "pcard", True),
    ("Pennsylvania State Police - Troop B", "pa.gov", "Washington", "PA", "15301", "83 Murtland Ave", "B2G", False, "police", "pcard", True),
    ("Lexington-Fayette Urban County Government", "lexingtonky.gov", "Lexington", "KY", "40507", "200 E Main St", "B2G", False, "municipality", "po", True),
    ("Pittsburgh Regional Transit", "rideprt.org", "Pittsburgh", "PA", "15222", "345 Sixth Ave", "B2G", False, "transit_authority", "po", True),
    ("NASA Glenn Research Center", "nasa.gov", "Cleveland", "OH", "44135", "21000 Brookpark Rd", "B2G", False, "federal_agency", "pcard", True),
    ("Indiana Department of Revenue", "dor.in.gov", "Indianapolis", "IN", "46204", "100 N Senate Ave", "B2G", False, "state_agency", "po", True),
    ("Columbus Metropolitan Library", "columbuslibrary.org", "Columbus", "OH", "43215", "96 S Grant Ave", "B2G", False, "public_library", "po", True),
    ("Wright-Patterson AFB - 88th Communications Sq", "us.af.mil", "Wright-Patterson AFB", "OH", "45433", "5135 Pearson Rd", "B2G", False, "armed_forces", "pcard", True),
    ("University of Kentucky", "uky.edu", "Lexington", "KY", "40506", "301 Hilltop Ave", "B2G", False, "public_university", "pcard", True),
    # ---- B2B (other organisations)
    ("Battelle Memorial Institute", "battelle.org", "Columbus", "OH", "43201", "505 King Ave", "B2B", False, "nonprofit_research", "card", False),
    ("Nationwide Mutual Insurance Co", "nationwide.com", "Columbus", "OH", "43215", "1 Nationwide Plz", "B2B", False, "company", "po", False),
    ("Cardinal Health Inc.", "cardinalhealth.com", "Dublin", "OH", "43017", "7000 Cardinal Pl", "B2B", False, "company", "po", False),
    ("Case Western Reserve University", "case.edu", "Cleveland", "OH", "44106", "10900 Euclid Ave", "B2B", False, "private_university", "card", True),
    ("Cleveland Clinic Foundation", "ccf.org", "Cleveland", "OH", "44195", "9500 Euclid Ave", "B2B", False, "private_hospital", "po", True),
    ("Xavier University", "xavier.edu", "Cincinnati", "OH", "45207", "3800 Victory Pkwy", "B2B", False, "private_university", "card", True),
    ("Huntington National Bank", "huntington.com", "Columbus", "OH", "43215", "41 S High St", "B2B", False, "company", "po", False),
    ("KEMBA Financial Credit Union", "kemba.org", "Gahanna", "OH", "43230", "4311 N Hamilton Rd", "B2B", False, "credit_union", "card", False),
    ("Saint Joseph Cathedral", "columbuscatholic.org", "Columbus", "OH", "43215", "212 E Broad St", "B2B", False, "church", "card", True),
    ("Olde Towne East Homeowners Association", "otehoa.org", "Columbus", "OH", "43205", "PO Box 91542", "B2B", False, "homeowners_association", "card", False),
    ("Buckeye Dental Associates LLC", "buckeyedentalassoc.com", "Westerville", "OH", "43081", "580 N State St Ste 110", "B2B", False, "company", "card", False),
    ("Short North Coworking LLC", "shortnorthcowork.com", "Columbus", "OH", "43201", "1020 N High St", "B2B", False, "company", "card", False),
    ("Miller & Hayes CPAs, Inc.", "millerhayescpa.com", "Dublin", "OH", "43017", "5555 Perimeter Dr", "B2B", False, "company", "card", False),
    ("German Village Animal Hospital", "gvanimalhospital.com", "Columbus", "OH", "43206", "585 S 3rd St", "B2B", False, "company", "card", False),
    ("Steel City Robotics Inc", "steelcityrobotics.io", "Pittsburgh", "PA", "15222", "2 Smithfield St", "B2B", False, "company", "card", False),
    ("Hoosier Logistics Group LLC", "hoosierlogistics.com", "Indianapolis", "IN", "46225", "1850 S Meridian St", "B2B", False, "company", "po", False),
    ("Bluegrass Family Medicine PLLC", "bgfamilymed.com", "Lexington", "KY", "40503", "1401 Harrodsburg Rd", "B2B", False, "company", "card", False),
    ("Motor City Print & Sign Co.", "motorcityprint.com", "Detroit", "MI", "48207", "2545 Gratiot Ave", "B2B", False, "company", "card", False),
    ("Grandview Heights Rotary Club", "grandviewrotary.org", "Grandview Heights", "OH", "43212", "PO Box 12201", "B2B", False, "nonprofit", "card", True),
    ("Hilltop Christian Academy", "hilltopchristian.org", "Columbus", "OH", "43204", "3399 W Broad St", "B2B", False, "private_school", "card", True),
]

BIZ_NOTES = ["", "", "", "Deliver to loading dock B", "Attn: IT Dept", "Please include packing slip",
             "Ship complete only", "Call before delivery", "Net 30 per account terms"]
GOV_NOTES = ["PO #{po} - tax exempt, certificate on file", "PO {po}", "Purchase Order {po}; deliver to receiving",
             "P-card purchase - tax exempt", "Req {po} / invoice to Accounts Payable", "PO#{po}",
             "Tax exempt org. PO {po}. Deliver Mon-Fri 7am-3pm", ""]


def pick_lines(kind_pref: str, n: int, qty_hi: int):
    pool = {"biz": BIZ + GEN + GEN, "gen": GEN, "home": HOME}[kind_pref]
    ids = list(dict.fromkeys(rng.sample(pool, min(n, len(pool)))))[:n]
    out = []
    for pid in ids:
        price = Decimal(PROD[pid][3])
        if qty_hi <= 2:  # private buyers: mostly one piece
            q = 1 if rng.random() < 0.85 else 2
        elif price >= 300:
            q = rng.randint(1, 3)
        else:
            q = rng.randint(1, qty_hi)
        out.append((pid, q))
    return out


def person():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return f, l


def person_email(f, l, domain=None):
    domain = domain or rng.choice(FREEMAIL)
    pat = rng.choice(["{f}.{l}", "{f}{l}", "{fi}{l}", "{f}{l}{n}", "{f}_{l}", "{l}{fi}{n}"])
    return pat.format(f=f.lower(), l=l.lower().replace("'", ""), fi=f[0].lower(), n=rng.randint(1, 99)) + "@" + domain


# ---------------------------------------------------------------- order specs
orders = []  # each: dict


def add(order):
    orders.append(order)


def org_order(org, lines, amb=None, kind=None, label=None, notes=None, pay=None, ship_name=None):
    company, domain, city, state, zipc, addr, lab, a, k, paystyle, exempt = org
    f, l = person()
    email = person_email(f, l, domain) if rng.random() < 0.8 else rng.choice(["purchasing", "ap", "it", "orders", "procurement"]) + "@" + domain
    po = f"{rng.choice(['', '45', '2025-'])}{rng.randint(10000, 999999)}"
    if notes is None:
        if lab == "B2G":
            notes = rng.choice(GOV_NOTES).format(po=po)
        else:
            notes = rng.choice(BIZ_NOTES)
    p = pay or paystyle
    add(dict(email=email, bill=(f"{f} {l}", addr, "", company, city, zipc, state, phone()), ship_same=True,
             lines=lines, label=label or lab, amb=a if amb is None else amb, kind=kind or k, country="US",
             pay=p, exempt=exempt, notes=notes, state=state))


def person_order(lines, label="B2C", amb=False, kind="private_person", email_domain=None, notes="",
                 company="", pay="card", city=None, name=None, bill_addr=None, state_override=None):
    f, l = name or person()
    c = city or rng.choice(CITIES)
    email = person_email(f, l, email_domain)
    add(dict(email=email, bill=(f"{f} {l}", bill_addr or street(), rng.choice(["", "", "", f"Apt {rng.randint(1, 40)}"]),
                                company, c[0], c[2], state_override or c[1], phone()), ship_same=True,
             lines=lines, label=label, amb=amb, kind=kind, country="US", pay=pay, exempt=False,
             notes=notes, state=state_override or c[1]))


# B2G clear: each body 1-2 orders
for org in ORGS[:23]:
    for _ in range(rng.choice([1, 1, 2])):
        n = rng.choice([1, 2, 2, 3, 4])
        org_order(org, pick_lines("biz", n, 12))
# B2G ambiguous: public bodies buying only household goods in household quantities
org_order(("Worthington City Schools - Kilbourne Middle School", "worthington.k12.oh.us", "Worthington", "OH", "43085",
           "50 E Dublin Granville Rd", "B2G", True, "public_school", "pcard", True), [(121, 1)],
          notes="Staff lounge - P-card")
org_order(("City of Dayton - Fire Station 11", "daytonohio.gov", "Dayton", "OH", "45405", "1 Beckel St", "B2G", True,
           "municipality", "pcard", True), [(124, 1)], notes="")
org_order(("Hamilton County Public Library - Norwood Branch", "chpl.org", "Norwood", "OH", "45212",
           "4325 Montgomery Rd", "B2G", True, "public_library", "pcard", True), [(123, 1), (121, 1)],
          notes="Break room")
# B2B clear
for org in ORGS[23:]:
    for _ in range(rng.choice([1, 1, 2, 2])):
        org_order(org, pick_lines("biz", rng.choice([1, 2, 3, 3, 4]), 8))
# B2B ambiguous: company buying a single household item / only household goods
org_order(("Buckeye Dental Associates LLC", "buckeyedentalassoc.com", "Westerville", "OH", "43081",
           "580 N State St Ste 110", "B2B", True, "company", "card", False), [(125, 1)], notes="")
org_order(("Steel City Robotics Inc", "steelcityrobotics.io", "Pittsburgh", "PA", "15222", "2 Smithfield St",
           "B2B", True, "company", "card", False), [(122, 1), (121, 1)], notes="for the office kitchen")
# sole proprietor, trade name in company field, personal card, personal-looking purchase
person_order([(125, 1), (126, 1)], label="B2B", amb=True, kind="sole_trader", company="Dana Whitfield Photography",
             name=("Dana", "Whitfield"), city=("Columbus", "OH", "43206"))
# private persons stating business purpose
person_order([(130, 24), (120, 24)], label="B2B", amb=True, kind="private_person_business_use",
             notes="these are for resale in my phone repair shop", name=("Hector", "Ramirez"),
             city=("Cleveland", "OH", "44102"))
person_order([(112, 1), (113, 2), (135, 1)], label="B2B", amb=True, kind="private_person_business_use",
             notes="for my home office / tax prep business", name=("Gloria", "Nwosu"), city=("Akron", "OH", "44308"))
# non-profit buying through a public cooperative purchasing contract
org_order(("Boys & Girls Clubs of Columbus", "bgccolumbus.org", "Columbus", "OH", "43205", "1108 City Park Ave",
           "B2B", True, "nonprofit_coop_contract", "po", True), [(107, 10), (116, 1)],
          notes="Pricing per Sourcewell cooperative contract #121923. Tax exempt 501(c)(3).")
# international organisations
org_order(("International Monetary Fund - Facilities", "imf.org", "Washington", "DC", "20431", "700 19th St NW",
           "B2B", True, "international_org", "po", True), [(102, 2), (119, 4)], notes="IMF PO 7700123981")
org_order(("Pan American Health Organization", "paho.org", "Washington", "DC", "20037", "525 23rd St NW",
           "B2B", True, "international_org", "card", True), [(101, 6)], notes="")
# state-owned company with procurement reference
org_order(("National Railroad Passenger Corp (Amtrak)", "amtrak.com", "Pittsburgh", "PA", "15222",
           "1100 Liberty Ave", "B2B", True, "state_owned_company", "po", False), [(133, 2), (134, 1)],
          notes="Amtrak PO 4501873320 issued under RFQ 25-0193; deliver to station IT room")
# thin: digital business-only product bought with a free-mail address, no name/address
add(dict(email="kmorales1987@gmail.com", bill=None, ship_same=True, lines=[(132, 5)], label="B2B", amb=True,
         kind="thin_record", country="US", pay="card", exempt=False, notes="", state="OH"))

# B2C clear: private persons, household/general goods
for _ in range(33):
    n = rng.choice([1, 1, 1, 2, 2, 3])
    pool = "home" if rng.random() < 0.6 else "gen"
    lines = pick_lines(pool, n, 2)
    person_order(lines, notes=rng.choice(["", "", "", "", "Leave at side door", "Gift - please no invoice in box",
                                          "Happy birthday Jake!", "Please ring bell", "Christmas gift", "no signature needed"]))
# anonymous-looking private names written messily
person_order([(129, 1)], name=("MARCUS", "HOLLOWAY"), notes="")
person_order([(127, 1), (126, 1)], name=("jenna", "kowalczyk"), notes="")
# B2C ambiguous
# soldier with army.mil email, APO address, household goods
f, l = "Miguel", "Reyes"
add(dict(email="miguel.a.reyes4.mil@army.mil", bill=(f"SGT {f} {l}", "Unit 29350 Box 112", "", "", "APO", "09096", "AE",
                                                       phone("910")),
         ship_same=True, lines=[(128, 1), (126, 1)], label="B2C", amb=True, kind="private_person_mil_email",
         country="US", pay="card", exempt=False, notes="APO AE - ship USPS only", state="AE", apo=True))
person_order([(122, 1), (121, 1)], amb=True, kind="private_person_gov_email", email_domain="ohio.gov",
             name=("Rachel", "Dunbar"), city=("Hilliard", "OH", "43026"))
person_order([(128, 1)], amb=True, kind="private_person_edu_email", email_domain="buckeyemail.osu.edu",
             name=("Ethan", "Park"), city=("Columbus", "OH", "43201"))
person_order([(131, 40)], amb=True, kind="private_person_bulk", name=("Tariq", "Haddad"),
             city=("Dearborn", "MI", "48126"))
# thin consumer: gift card, no address
add(dict(email="sunnyday_77@yahoo.com", bill=None, ship_same=True, lines=[(137, 2)], label="B2C", amb=True,
         kind="thin_record", country="US", pay="card", exempt=False, notes="", state="OH"))

rng.shuffle(orders)

# ---------------------------------------------------------------- build rows
SHIP_METHODS = [("UPS Ground", Decimal("12.95")), ("USPS Priority Mail", Decimal("9.95")),
                ("UPS 2nd Day Air", Decimal("24.95"))]
ADMIN = "ops@cedarridgetech.com"
start = datetime(2025, 3, 3, 8, 0, 0)
rows, labels = [], []
number_base = 100000000 + rng.randint(0, 899999999)
used_numbers = set()


def order_number():
    while True:
        n = f"R{rng.randint(100000000, 999999999)}"
        if n not in used_numbers:
            used_numbers.add(n)
            return n


t = start
for o in orders:
    t += timedelta(minutes=rng.randint(40, 1600), seconds=rng.randint(0, 59))
    placed = t
    lines = o["lines"]
    digital_only = all(PROD[pid][7] for pid, _ in lines)
    rate = Decimal("0") if o["exempt"] else TAX.get(o["state"], Decimal("0"))
    item_total = sum(money(PROD[pid][3]) * q for pid, q in lines)
    # shipping
    if digital_only:
        ship_m, ship_cost = None, Decimal("0")
    elif any(PROD[pid][4] >= 100 for pid, _ in lines):
        ship_m, ship_cost = ("Freight (LTL)", Decimal("149.00"))
    else:
        ship_m, ship_cost = rng.choice(SHIP_METHODS)
    free_ship = (not digital_only) and item_total >= 99 and ship_m in ("UPS Ground", "USPS Priority Mail")
    promo_code = None
    pct = Decimal("0")
    if free_ship:
        promo_code = "FREESHIP99"
    elif rng.random() < 0.12 and o["label"] == "B2C":
        promo_code, pct = "SPRING15", Decimal("0.15")
    line_promos = [-(money(PROD[pid][3]) * q * pct).quantize(Decimal("0.01")) for pid, q in lines]
    line_taxes = [((money(PROD[pid][3]) * q + lp) * rate).quantize(Decimal("0.01")) for (pid, q), lp in
                  zip(lines, line_promos)]
    ship_promo = -ship_cost if free_ship else Decimal("0")
    promo_total = sum(line_promos) + ship_promo
    tax_total = sum(line_taxes)
    store_credit = Decimal("0")
    if o["label"] == "B2C" and rng.random() < 0.06:
        store_credit = Decimal("25.00")
    total = item_total + ship_cost + promo_total + tax_total
    weight = sum(Decimal(str(PROD[pid][4])) * q for pid, q in lines)
    status = "complete"
    canceled_at = None
    r = rng.random()
    if r < 0.05:
        status = "canceled"
        canceled_at = placed + timedelta(hours=rng.randint(1, 30))
    elif r < 0.08:
        status = "returned"
    shipped_at = None if (status == "canceled" or digital_only) else placed + timedelta(hours=rng.randint(18, 70),
                                                                                        minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
    if o["pay"] in ("card", "pcard"):
        pay_name = "Store Credit" if (store_credit and rng.random() < 0.5) else "Credit Card"
    else:
        pay_name = None  # check / purchase-order payment method: no payment source
    number = order_number()
    bill = o["bill"]
    for idx, ((pid, q), lp, lt) in enumerate(zip(lines, line_promos, line_taxes)):
        p = PROD[pid]
        tax_path = ["Categories"] + [s.strip() for s in p[5].split("->")]
        tax_path += [None] * (5 - len(tax_path))
        first = idx == 0
        price = money(p[3])
        line_total = price * q + lp + lt
        row = [
            number,
            o["email"] if first else None,
            status if first else None,
            "USD" if first else None,
            float(item_total) if first else None,
            float(ship_cost) if first else None,
            float(tax_total) if first else None,
            False if first else None,
            (promo_total < 0) if first else None,
            free_ship if first else None,
            bd(abs(promo_total)) if first else None,
            promo_code if first else None,
            (bd(store_credit) if store_credit else "0") if first else None,
            float(total) if first else None,
            ship_m if first else None,
            float(weight) if first else None,
            pay_name if first else None,
            pid, q, p[1], p[2], bd(price), bd(abs(lp)), bd(line_total),
            not p[7], pid != 137, None,
            tax_path[0], tax_path[1], tax_path[2], tax_path[3], tax_path[4],
        ]
        if bill and first:
            name, a1, a2, comp, city, zipc, st, ph = bill
            addr_block = [name, a1, a2 or None, comp or None, city, zipc, None, "United States", ph]
        else:
            addr_block = [None] * 9
        ship_block = list(addr_block) if (bill and first and not digital_only) else [None] * 9
        row += addr_block + ship_block
        row += [placed.strftime('%Y-%m-%d %H:%M:%S') if first else None,
                shipped_at.strftime('%Y-%m-%d %H:%M:%S') if shipped_at else None,
                canceled_at.strftime('%Y-%m-%d %H:%M:%S') if (first and canceled_at) else None,
                ADMIN if (first and canceled_at) else None,
                (o["notes"] or None) if first else None]
        rows.append(row)
        labels.append(dict(label=o["label"], ambiguous=o["amb"], kind=o["kind"], country=o["country"]))


def ruby_field(v):
    if v is None:
        return ""
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, float):
        return repr(v)
    return str(v)


def ruby_csv_line(fields):
    out = []
    for f in fields:
        s = ruby_field(f)
        if any(c in s for c in [",", '"', "\r", "\n"]):
            s = '"' + s.replace('"', '""') + '"'
        out.append(s)
    return ",".join(out) + "\r\n"


LAYOUTS.mkdir(parents=True, exist_ok=True)
with open(LAYOUTS / f"{LAYOUT_ID}.csv", "w", encoding="utf-8", newline="") as fh:
    fh.write(ruby_csv_line(HEADERS))
    for r in rows:
        fh.write(ruby_csv_line(r))

write_labels(LAYOUT_ID, labels)
write_key(LAYOUT_ID, {
    "id": LAYOUT_ID,
    "system": "Spree Commerce 5.x (v5.6.1) admin Orders export (Spree::Exports::Orders, CSV, one row per line item)",
    "country": "US",
    "language": "en",
    "docs": [
        "github spree/spree spree/core/app/presenters/spree/csv/order_line_item_presenter.rb (tag v5.6.1): the 55 "
        "HEADERS in order (including the misspelt 'Item taxbale'), which columns are filled only on the first line "
        "of an order (index.zero?), Ruby types of each value (to_f floats, BigDecimal price/promo/total, booleans), "
        "dates as %Y-%m-%d %H:%M:%S in the store time zone, Billing/Shipping State taken from Address#state_name",
        "github spree/spree spree/core/app/models/spree/export.rb: CSV.open(..., encoding: 'UTF-8', col_sep: ',', "
        "row_sep: \"\\r\\n\"), header row then one or more rows per order (multi_line_csv? true in exports/orders.rb)",
        "spree/core/app/models/spree/address.rb: state_name is cleared when a State record matches (US), so the "
        "state columns stay empty for US addresses; payment.rb#display_source_name gives the source class name "
        "('Credit Card', 'Store Credit') and nothing for source-less methods such as check / purchase order",
    ],
    "fields": {"buyer": "Billing Company", "product": "Item Name", "quantity": "Item Quantity",
               "amount": "Item Total Price", "tax_id": None, "email": "Email", "payment": "Payment Type Used",
               "comment": "Notes"},
    "also_ok": {"buyer": ["Billing Name", "Shipping Company", "Shipping Name"],
                "amount": ["Total", "Subtotal", "Item Price"], "product": ["Item SKU"]},
    "notes": "One row per order line; order-level columns (Email, Status, totals, Payment Type Used, Billing/Shipping "
             "address, Placed at, Notes) are filled on the first line of each order only and blank on the following "
             "lines of the same order (same Number). Billing Company is empty for private persons: use Billing Name. "
             "Amount-like BigDecimal columns are written by Ruby in engineering notation (e.g. '0.6999e2' = 69.99); "
             "Subtotal/Shipping/Taxes/Total are plain floats. Orders paid by check / purchase order have an empty "
             "Payment Type Used. Two orders (digital goods) have no billing/shipping address at all. Store: an "
             "invented Ohio web shop for classroom/office tech; buyers are real US public bodies and companies with "
             "invented contact persons.",
})
print(LAYOUT_ID, len(rows), "rows,", len(orders), "orders")
