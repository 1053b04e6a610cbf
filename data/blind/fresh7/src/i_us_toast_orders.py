"""Toast POS (US) - CheckDetails.csv data export of a Tex-Mex restaurant in Austin, TX.

One row per check. Rebuilds layouts/i_us_toast_orders.csv and its key files. Seed fixed.
"""
import csv
import io
import random
from datetime import datetime, timedelta

from i_common import LAYOUTS, write_key, write_labels

ID = "i_us_toast_orders"
rng = random.Random(7314)
TAX = 0.0825

MENU = {
    "Breakfast Taco": 3.75, "Migas Plate": 12.50, "Brisket Taco": 5.95, "Al Pastor Taco": 4.95,
    "Chicken Fajita Plate": 17.95, "Beef Fajitas for Two": 36.00, "Queso": 8.50, "Chips & Salsa": 4.50,
    "Guacamole": 9.50, "Enchiladas Verdes": 15.95, "Cheese Enchiladas": 13.50, "Frozen Margarita": 9.50,
    "Topo Chico": 3.25, "Iced Tea": 3.00, "Horchata": 3.75, "Shiner Bock": 6.00, "Kids Quesadilla": 7.50,
    "Tres Leches": 7.95, "Coffee": 2.75, "Michelada": 8.00, "Tortilla Soup": 7.25, "Chalupa": 11.50,
}
CATER = {
    "Taco Bar Catering (per person)": 16.95, "Breakfast Taco Catering (dozen)": 39.00,
    "Fajita Catering (per person)": 19.95, "Chips & Salsa Catering Tray": 34.00, "Queso Catering Half Pan": 45.00,
    "Iced Tea (gallon)": 14.00, "Catering Delivery Fee": 35.00, "Catering Setup & Serveware": 25.00,
    "Cookie & Churro Tray": 42.00,
}
SERVERS = ["Ana Torres", "Jake Whitman", "Destiny Ramos", "Carlos Mendez", "Brianna Cole", "Online Ordering",
           "Luis Garza", "Kayla Nguyen"]
GIVEN = ["Emily", "Michael", "Sarah", "Daniel", "Jessica", "Chris", "Ashley", "Matthew", "Amanda", "Josh", "Lauren",
         "Ryan", "Megan", "Tyler", "Rachel", "Andrew", "Stephanie", "Jose", "Maria", "Kevin", "Nicole", "Brandon"]
SUR = ["Garcia", "Smith", "Johnson", "Martinez", "Brown", "Davis", "Rodriguez", "Miller", "Wilson", "Lopez",
       "Anderson", "Thomas", "Hernandez", "Moore", "Taylor", "Jackson", "Lee", "Perez", "White", "Harris", "Clark"]
FREEMAIL = ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com"]


def phone():
    return f"({rng.choice(['512', '737', '512'])}) {rng.randint(200, 989)}-{rng.randint(1000, 9999)}"


def cust_id():
    return str(rng.randint(100000000000, 999999999999))


def dine_items(guests):
    items = []
    for _ in range(guests):
        items.append(rng.choice(["Brisket Taco", "Al Pastor Taco", "Chicken Fajita Plate", "Enchiladas Verdes",
                                 "Cheese Enchiladas", "Migas Plate", "Chalupa", "Tortilla Soup", "Kids Quesadilla"]))
        if rng.random() < 0.7:
            items.append(rng.choice(["Frozen Margarita", "Topo Chico", "Iced Tea", "Horchata", "Shiner Bock",
                                     "Michelada", "Coffee"]))
    if rng.random() < 0.5:
        items.insert(0, rng.choice(["Queso", "Chips & Salsa", "Guacamole"]))
    if rng.random() < 0.2:
        items.append("Tres Leches")
    return items


checks = []  # dict(items=[(name, qty)], guests, tender, cust=(id,name,phone,email), label, amb, kind, exempt, disc)


def add(items, guests, tender, cust=("", "", "", ""), label="B2C", amb=False, kind="anonymous_retail",
        exempt=False, disc=("", 0.0), cc="US"):
    checks.append(dict(items=items, guests=guests, tender=tender, cust=cust, label=label, amb=amb, kind=kind,
                       exempt=exempt, disc=disc, cc=cc))


# anonymous walk-in checks
for _ in range(138):
    g = rng.choice([1, 1, 2, 2, 2, 3, 4, 4, 5, 6])
    its = [(n, 1) for n in dine_items(g)]
    if rng.random() < 0.25:
        its = [("Breakfast Taco", 1)] * rng.randint(1, 4) + [("Coffee", 1)]
    disc = ("", 0.0)
    if rng.random() < 0.08:
        disc = ("Happy Hour", 3.00)
    add(its, g, rng.choice(["Credit", "Credit", "Credit", "Cash", "Credit", "Gift Card"]), disc=disc)

# named online-order guests (persons)
for _ in range(28):
    fn, ln = rng.choice(GIVEN), rng.choice(SUR)
    em = f"{fn.lower()}.{ln.lower()}{rng.randint(1, 99)}@{rng.choice(FREEMAIL)}" if rng.random() < 0.8 else ""
    name = f"{fn} {ln}" if rng.random() < 0.85 else fn
    g = rng.choice([1, 2, 2, 3, 4])
    add([(n, 1) for n in dine_items(g)], g, "Credit", (cust_id(), name, phone(), em), kind="private_person")

# business catering (B2B)
BIZ = [
    ("Dell Technologies - Round Rock", "cateringorders@dell.com", "company"),
    ("Indeed Inc - Sunset Station", "austin.events@indeed.com", "company"),
    ("Oracle Austin Waterfront", "austin-facilities_us@oracle.com", "company"),
    ("Whole Foods Market HQ", "hq.events@wholefoods.com", "company"),
    ("Samsung Austin Semiconductor", "sas.hr.events@samsung.com", "company"),
    ("Kasasa Ltd", "office@kasasa.com", "company"),
    ("Austin Habitat for Humanity", "volunteer@austinhabitat.org", "non_profit"),
    ("St. Edward's University - Student Life", "studentlife@stedwards.edu", "private_university"),
    ("Travis Heights Elementary PTA", "thepta.treasurer@gmail.com", "parents_association"),
    ("Riverbend Church", "events@riverbend.com", "church"),
    ("Bright Smile Orthodontics", "frontdesk@brightsmileatx.com", "company"),
]


def catering(guests, breakfast=False):
    if breakfast:
        its = [("Breakfast Taco Catering (dozen)", max(1, guests // 6)), ("Coffee", 1)]
    else:
        its = [(rng.choice(["Taco Bar Catering (per person)", "Fajita Catering (per person)"]), guests),
               ("Chips & Salsa Catering Tray", max(1, guests // 15)), ("Iced Tea (gallon)", max(1, guests // 10))]
        if rng.random() < 0.5:
            its.append(("Queso Catering Half Pan", max(1, guests // 20)))
        if rng.random() < 0.4:
            its.append(("Cookie & Churro Tray", 1))
    its.append(("Catering Delivery Fee", 1))
    if rng.random() < 0.5:
        its.append(("Catering Setup & Serveware", 1))
    return its


for i in range(16):
    nm, em, kind = BIZ[i % len(BIZ)]
    g = rng.choice([12, 15, 20, 25, 30, 40, 60])
    add(catering(g, breakfast=rng.random() < 0.3), g, rng.choice(["House Account", "Credit", "House Account"]),
        (cust_id(), nm, phone(), em), label="B2B", kind=kind)
# company buys gift cards in bulk for staff
add([("$25 Gift Card", 40)], 0, "Credit", (cust_id(), "Samsung Austin Semiconductor", phone(), "sas.hr.events@samsung.com"),
    label="B2B", kind="company")

# government catering (B2G), tax exempt
GOV = [
    ("City of Austin - Parks & Recreation", "pard.admin@austintexas.gov", "municipal_department"),
    ("Travis County Clerk's Office", "clerk.admin@traviscountytx.gov", "county"),
    ("UT Austin - McCombs School of Business", "mccombs.events@mccombs.utexas.edu", "public_university"),
    ("Austin Fire Department - Station 6", "afd.station6@austintexas.gov", "fire_department"),
    ("Texas Department of State Health Services", "dshs.facilities@dshs.texas.gov", "state_agency"),
    ("Austin Community College - Riverside", "riverside.events@austincc.edu", "public_college"),
    ("Austin ISD - Travis Heights Elementary", "travisheights.office@austinisd.org", "public_school"),
    ("Capital Metro", "events@capmetro.org", "transit_authority"),
]
for i in range(14):
    nm, em, kind = GOV[i % len(GOV)]
    g = rng.choice([10, 15, 20, 25, 35, 50])
    add(catering(g, breakfast=rng.random() < 0.35), g, rng.choice(["House Account", "Other", "Credit"]),
        (cust_id(), nm, phone(), em), label="B2G", kind=kind, exempt=True)

# ---- ambiguous cases ----
add(catering(35), 35, "Credit", (cust_id(), "Megan Ortiz", phone(), "megan.ortiz@dell.com"),
    label="B2B", amb=True, kind="person_company_email_catering")
add(catering(20, breakfast=True), 20, "Credit", (cust_id(), "Ryan Patel", phone(), "rpatel@indeed.com"),
    label="B2B", amb=True, kind="person_company_email_catering")
for nm, em in [("Laura Kim", "laura.kim@austintexas.gov"), ("Victor Salinas", "victor.salinas@traviscountytx.gov"),
               ("Dana Brooks", "dana.brooks@txdot.gov")]:
    add([(n, 1) for n in dine_items(2)], 2, "Credit", (cust_id(), nm, phone(), em),
        label="B2C", amb=True, kind="person_gov_email")
add([(n, 1) for n in dine_items(1)], 1, "Credit", (cust_id(), "SGT Aaron Blake", phone(), "aaron.m.blake.mil@army.mil"),
    label="B2C", amb=True, kind="person_mil_email")
add([(n, 1) for n in dine_items(1)], 1, "Credit", (cust_id(), "Priya Raman", phone(), "priya.raman@oracle.com"),
    label="B2C", amb=True, kind="person_company_email")
add([(n, 1) for n in dine_items(3)], 3, "Credit", (cust_id(), "Jordan Ellis", phone(), "jordan.ellis@samsung.com"),
    label="B2C", amb=True, kind="person_company_email")
add([("Migas Plate", 1), ("Coffee", 1)], 1, "Credit", (cust_id(), "Karen Lowe", phone(), "karen.lowe@austinisd.org"),
    label="B2C", amb=True, kind="person_gov_email", disc=("Teacher Appreciation 10%", 1.53))
add([("Chicken Fajita Plate", 1), ("Iced Tea", 1)], 1, "House Account",
    (cust_id(), "Kasasa Ltd", phone(), "office@kasasa.com"), label="B2B", amb=True, kind="company_single_meal")
add([("Enchiladas Verdes", 1)], 1, "House Account",
    (cust_id(), "Oracle Austin Waterfront", phone(), "austin-facilities_us@oracle.com"),
    label="B2B", amb=True, kind="company_single_meal")
add([("Cookie & Churro Tray", 1)], 0, "House Account",
    (cust_id(), "City of Austin - Parks & Recreation", phone(), "pard.admin@austintexas.gov"),
    label="B2G", amb=True, kind="municipal_department", exempt=True)
add([("Brisket Taco", 1), ("Topo Chico", 1)], 1, "Other",
    (cust_id(), "Austin Fire Department - Station 6", phone(), "afd.station6@austintexas.gov"),
    label="B2G", amb=True, kind="fire_department", exempt=True)
add(catering(25), 25, "Credit", (cust_id(), "Hannah Cho", phone(), "hannah.cho@wholefoods.com"),
    label="B2B", amb=True, kind="person_company_email_catering")
add([(n, 1) for n in dine_items(2)], 2, "Credit", (cust_id(), "Eric Dunn", phone(), "eric.dunn@dshs.texas.gov"),
    label="B2C", amb=True, kind="person_gov_email")
add([("Frozen Margarita", 1), ("Queso", 1)], 1, "House Account",
    (cust_id(), "Indeed Inc - Sunset Station", phone(), "austin.events@indeed.com"),
    label="B2B", amb=True, kind="company_single_meal")
add([("Iced Tea (gallon)", 1)], 0, "Other",
    (cust_id(), "Travis County Clerk's Office", phone(), "clerk.admin@traviscountytx.gov"),
    label="B2G", amb=True, kind="county", exempt=True)
for g in (30, 40, 18, 24, 15):
    add(catering(g), g, "Credit", label="B2C", amb=True, kind="anonymous_thin_catering")
add([("Chips & Salsa Catering Tray", 2), ("Queso Catering Half Pan", 1)], 0, "Cash", (cust_id(), "Mike", "", ""),
    label="B2C", amb=True, kind="thin_first_name_only")

rng.shuffle(checks)
start = datetime(2024, 5, 6, 7, 30)
for i, ch in enumerate(checks):
    day = start + timedelta(days=i * 27 // len(checks))
    is_cater = any(n in CATER for n, _ in ch["items"])
    hh = rng.choice([7, 8, 10, 11, 11, 12]) if is_cater else rng.choice([7, 8, 9, 11, 12, 12, 13, 17, 18, 19, 20])
    ch["t"] = day.replace(hour=hh, minute=rng.randint(0, 59))
    ch["cater"] = is_cater
checks.sort(key=lambda c: c["t"])
rows, labels = [], []
day_counter = {}
for ch in checks:
    t, is_cater = ch["t"], ch["cater"]
    key = t.date()
    day_counter[key] = day_counter.get(key, 0) + rng.randint(3, 9)
    num = day_counter[key]
    sub = 0.0
    names = []
    for n, q in ch["items"]:
        price = MENU.get(n) or CATER.get(n) or 25.00
        sub += price * q
        names.append(n)
    sub = round(sub, 2)
    disc_reason, disc = ch["disc"]
    taxable = sub - disc
    tax = 0.0 if ch["exempt"] else round(taxable * TAX, 2)
    total = round(taxable + tax, 2)
    cid, cname, cphone, cemail = ch["cust"]
    server = "Online Ordering" if (cname and ch["label"] == "B2C" and rng.random() < 0.6) else rng.choice(SERVERS[:5] + SERVERS[6:])
    if is_cater:
        server = rng.choice(["Catering Team", "Luis Garza"])
    check_id = str(rng.randint(100000000000000000, 109999999999999999))
    rows.append(["", t.strftime("%m/%d/%y"), t.strftime("%I:%M %p"), ", ".join(names), server, f"{tax:.2f}",
                 ch["tender"], check_id, num, f"{total:.2f}", "", ch["guests"], f"{disc:.2f}", disc_reason, "",
                 cid, cname, cphone, cemail])
    labels.append((ch["label"], ch["amb"], ch["kind"], ch["cc"]))

header = ["Location Code", "Opened Date", "Opened Time", "Item Description", "Server", "Tax", "Tender", "Check Id",
          "Check #", "Total", "Customer Family", "Table Size", "Discount", "Reason of Discount", "Link",
          "Customer Id", "Customer", "Customer Phone", "Customer Email"]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(header)
w.writerows(rows)
(LAYOUTS / f"{ID}.csv").write_text(buf.getvalue(), encoding="utf-8", newline="")
write_labels(ID, labels)
write_key(ID, {
    "id": ID,
    "system": "Toast POS - data export CheckDetails.csv (check details), one restaurant location",
    "country": "US",
    "language": "en",
    "docs": [
        "Toast developer guide, 'Check details' data export: file name CheckDetails.csv; fields Location Code (not used), Opened Date (MM/DD/YY), Opened Time (hh:mm a), Item Description (comma-separated list of the items on the check), Server, Tax, Tender, Check Id, Check #, Total, Customer Family (not used), Table Size (guests on the check), Discount, Reason of Discount, Link, Customer Id, Customer, Customer Phone, Customer Email - gave column names, order, date/time formats",
        "Toast platform guide, 'Data export files overview' and 'Data export field reference': exports are CSV, one file per data type per business day, money with two decimals",
        "Toast Payment Details export field list: tender types Credit, Cash, Gift Card; House Account payments - gave the Tender values",
    ],
    "fields": {"buyer": "Customer", "product": "Item Description", "quantity": None, "amount": "Total",
               "tax_id": None, "email": "Customer Email", "payment": "Tender", "comment": None},
    "also_ok": {"comment": ["Reason of Discount"], "quantity": ["Table Size"]},
    "notes": "One record per check, no title or totals lines. Most checks are walk-in guests with empty Customer columns (anonymous retail). Item Description lists item names once per selection, so catering quantities (per-person items) are not visible; Table Size carries the guest/head count. Catering for public bodies is rung tax-exempt (Tax 0.00). Tender 'House Account' = billed to the customer's house account, 'Other' = restaurant-defined tender (PO/check). Location Code, Customer Family and Link are empty as the export leaves them.",
})
print(len(rows), "records")
