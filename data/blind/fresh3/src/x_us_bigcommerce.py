"""US: BigCommerce order export (one row per order line item), CSV, UTF-8, comma."""
import csv
import zlib
import os
import datetime as dt
from x_common import rng, write_key, fmt_usd, LAYOUTS

LID = "x_us_bigcommerce_orders"
R = rng(4101)

HEAD = ["Order ID", "Order Date", "Order Status", "Customer ID", "Customer Name", "Customer Email",
        "Customer Phone", "Billing First Name", "Billing Last Name", "Billing Company", "Billing Street 1",
        "Billing Street 2", "Billing Suburb", "Billing State", "Billing Zip", "Billing Country",
        "Shipping Company", "Shipping Street 1", "Shipping Suburb", "Shipping State", "Shipping Zip",
        "Ship Method", "Payment Method", "Product ID", "Product SKU", "Product Name", "Product Qty",
        "Product Unit Price", "Product Total Price", "Subtotal (ex tax)", "Tax Total",
        "Shipping Cost (inc tax)", "Order Total (inc tax)", "Order Currency Code", "Customer Message",
        "Order Notes"]

# store: office, tech and facility supplies
OFFICE = [("HP 26A Black Toner Cartridge CF226A", 129.99), ("Hammermill Copy Plus Paper 8.5x11, 10 Ream Case", 54.99),
          ("Logitech MK270 Wireless Keyboard and Mouse Combo", 27.99), ("Dell 24 Monitor P2422H", 219.00),
          ("APC Back-UPS 600VA BE600M1", 74.99), ("Fellowes Powershred 99Ci Cross-Cut Shredder", 349.99),
          ("Brother HL-L2350DW Monochrome Laser Printer", 139.99), ("Post-it Super Sticky Notes 3x3, 24 Pads", 23.49),
          ("Avery 5160 Easy Peel Address Labels, 3000 ct", 31.99), ("Uni-ball Signo 207 Gel Pens, 12 pk", 15.29),
          ("HON 5-Drawer Vertical File Cabinet", 412.00), ("Quartet Magnetic Whiteboard 6' x 4'", 189.99),
          ("Anker USB-C Hub 7-in-1", 35.99), ("Cisco Meraki Go GS110-8P Switch", 249.00),
          ("Belkin 12-Outlet Surge Protector", 39.99), ("Zebra ZD421 Thermal Label Printer", 429.00),
          ("Swingline Heavy Duty Stapler", 42.50), ("Scotch Heavy Duty Shipping Tape, 6 Rolls", 21.99)]
SCHOOL = [("Crayola Classpack Markers, 256 ct", 64.99), ("Expo Low-Odor Dry Erase Markers, 36 pk", 32.99),
          ("Chromebook Charging Cart, 30 Bay", 1249.00), ("TI-84 Plus CE Graphing Calculator", 129.99),
          ("Composition Notebooks, Wide Ruled, 48 pk", 57.60), ("Flexible Classroom Stool, 18in", 69.00),
          ("Elmer's Washable School Glue Sticks, 60 ct", 18.49)]
JANITORIAL = [("Clorox Disinfecting Wipes, 6 Canisters", 26.99), ("Georgia-Pacific Multifold Paper Towels, 4000 ct", 48.99),
              ("Rubbermaid Brute 44 Gal Trash Can", 54.99), ("Nitrile Exam Gloves, Box of 100", 12.99),
              ("Purell Hand Sanitizer Refill 1200 mL, 2 pk", 39.99)]
IT = [("Dell Latitude 5440 Laptop, i5, 16GB", 1129.00), ("Ubiquiti UniFi U6 Pro Access Point", 159.00),
      ("Tripp Lite 42U Server Rack Enclosure SR42UB", 1499.00), ("Cat6 Patch Cable 7ft, 25 pk", 44.99),
      ("Samsung 870 EVO 1TB SSD", 89.99), ("Microsoft 365 Business Standard, 1-yr License", 150.00),
      ("Jabra Evolve2 40 USB Headset", 109.00), ("Synology DiskStation DS923+", 599.99)]
HOUSEHOLD = [("Frigidaire 8,000 BTU Window Air Conditioner", 329.00), ("Keurig K-Classic Coffee Maker", 119.99),
             ("Samsung 55\" Crystal UHD 4K Smart TV", 449.99), ("Dyson V8 Cordless Vacuum", 349.99),
             ("Instant Pot Duo 6 Qt", 89.99), ("Hamilton Beach Electric Kettle 1.7L", 29.99),
             ("Ninja Professional Blender", 99.99), ("Bose QuietComfort Headphones", 249.00),
             ("Apple AirPods (3rd gen)", 169.00), ("Brother FAX-2840 Laser Fax Machine", 219.99)]
HOME_OFFICE = OFFICE[:9] + IT[4:7] + HOUSEHOLD[5:9]
CHARGER = ("Anker 20W USB-C Wall Charger", 15.99)

STREETS = ["Main St", "Oak Ave", "Maple Dr", "Elm St", "Cedar Ln", "Park Blvd", "Washington Ave", "Lake Rd", "Pine St", "2nd St"]
CITIES = [("Austin", "Texas", "787"), ("Columbus", "Ohio", "432"), ("Denver", "Colorado", "802"), ("Phoenix", "Arizona", "850"),
          ("Raleigh", "North Carolina", "276"), ("Portland", "Oregon", "972"), ("Nashville", "Tennessee", "372"),
          ("Madison", "Wisconsin", "537"), ("Tampa", "Florida", "336"), ("Sacramento", "California", "958"),
          ("Richmond", "Virginia", "232"), ("Boise", "Idaho", "837"), ("Albany", "New York", "122")]
FIRST = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William",
         "Barbara", "Carlos", "Maria", "Daniel", "Ashley", "Kevin", "Emily", "Brian", "Jessica", "Tyrone", "Keisha",
         "Hiroshi", "Priya", "Luis", "Megan", "Andrew", "Nicole", "Jamal", "Hannah", "Wei", "Olivia"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez",
        "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Nguyen", "Patel",
        "Kim", "O'Brien", "Washington", "Begay", "Schultz", "Kowalski"]
FREEMAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "comcast.net"]


def person():
    return R.choice(FIRST), R.choice(LAST)


def pmail(f, l, dom=None):
    dom = dom or R.choice(FREEMAIL)
    return R.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{R.randint(1, 99)}", f"{l}.{f[0]}"]).lower().replace("'", "") + "@" + dom


def addr(city=None):
    c = city or R.choice(CITIES)
    return (f"{R.randint(10, 9899)} {R.choice(STREETS)}", c[0], c[1], c[2] + f"{R.randint(0, 99):02d}")


# (weight, kind, label, amb, country, org name or None, email domain, pool, qtyrange, nlines, payments, comment, notes, ship_to)
# org tuples: name, domain, city-override
GOV = [
    ("us_city", "City of Austin", "austintexas.gov", CITIES[0], OFFICE), ("us_city", "City of Boise - Public Works", "cityofboise.org", CITIES[11], JANITORIAL),
    ("us_city", "City of Tampa Parks & Recreation", "tampagov.net", CITIES[8], JANITORIAL),
    ("us_county", "Maricopa County", "maricopa.gov", CITIES[3], OFFICE), ("us_county", "Travis County Clerk", "traviscountytx.gov", CITIES[0], OFFICE),
    ("us_county", "Dane County Human Services", "countyofdane.com", CITIES[7], OFFICE),
    ("us_township", "Township of Cranford", "cranfordnj.org", ("Cranford", "New Jersey", "070"), OFFICE),
    ("school_district", "Fairfax County Public Schools", "fcps.edu", ("Merrifield", "Virginia", "221"), SCHOOL),
    ("school_district", "Houston Independent School District", "houstonisd.org", ("Houston", "Texas", "770"), SCHOOL),
    ("school_district", "Denver Public Schools", "dpsk12.org", CITIES[2], SCHOOL),
    ("public_school", "Lincoln Elementary School (Madison Metropolitan SD)", "madison.k12.wi.us", CITIES[7], SCHOOL),
    ("state_agency", "Texas Department of Transportation", "txdot.gov", CITIES[0], IT),
    ("state_agency", "California Department of Public Health", "cdph.ca.gov", CITIES[9], OFFICE),
    ("state_agency", "Ohio Bureau of Workers' Compensation", "bwc.state.oh.us", CITIES[1], OFFICE),
    ("state_agency", "North Carolina Department of Revenue", "ncdor.gov", CITIES[4], IT),
    ("federal_office", "Social Security Administration - Nashville Field Office", "ssa.gov", CITIES[6], OFFICE),
    ("federal_office", "U.S. Geological Survey", "usgs.gov", CITIES[2], IT),
    ("veterans_medical_centre", "VA Palo Alto Health Care System", "va.gov", ("Palo Alto", "California", "943"), JANITORIAL),
    ("military_base", "Fort Liberty DPW, Bldg 2-1105", "army.mil", ("Fort Liberty", "North Carolina", "283"), OFFICE),
    ("military_base", "Naval Station Norfolk - N4 Supply", "navy.mil", ("Norfolk", "Virginia", "235"), IT),
    ("armed_forces_unit", "366th Fighter Wing, Mountain Home AFB", "us.af.mil", ("Mountain Home AFB", "Idaho", "836"), OFFICE),
    ("public_university", "University of Michigan - Dept. of Chemistry", "umich.edu", ("Ann Arbor", "Michigan", "481"), IT),
    ("public_university", "The Ohio State University", "osu.edu", CITIES[1], OFFICE),
    ("public_university", "Portland Community College", "pcc.edu", CITIES[5], SCHOOL),
    ("tribal_government", "Navajo Nation Division of Community Development", "navajo-nsn.gov", ("Window Rock", "Arizona", "865"), OFFICE),
    ("tribal_government", "Cherokee Nation", "cherokee.org", ("Tahlequah", "Oklahoma", "744"), IT),
    ("port_authority", "Port of Portland", "portofportland.com", CITIES[5], JANITORIAL),
    ("transit_authority", "King County Metro Transit", "kingcounty.gov", ("Seattle", "Washington", "981"), JANITORIAL),
    ("public_hospital", "Denver Health and Hospital Authority", "dhha.org", CITIES[2], JANITORIAL),
    ("police", "Lake County Sheriff's Office", "lakecountyfl.gov", ("Tavares", "Florida", "327"), OFFICE),
    ("public_library", "Miami-Dade Public Library System", "mdpls.org", ("Miami", "Florida", "331"), OFFICE),
    ("court", "Superior Court of California, County of Sacramento", "saccourt.ca.gov", CITIES[9], OFFICE),
]
BIZ = [
    ("company_with_legal_form", "Northwind Logistics LLC", "northwindlogistics.com", OFFICE),
    ("company_with_legal_form", "Pinnacle Roofing, Inc.", "pinnacleroofingtx.com", OFFICE),
    ("company_with_legal_form", "Blue Ridge Dental Associates, PLLC", "blueridgedental.com", JANITORIAL),
    ("company_with_legal_form", "Cascade Analytics Corp.", "cascadeanalytics.io", IT),
    ("company_with_legal_form", "Harper & Cole CPAs LLP", "harpercole.com", OFFICE),
    ("company_with_legal_form", "Deloitte Consulting LLP", "deloitte.com", IT),
    ("company_with_legal_form", "Greene Electrical Contractors LLC", "greeneelectric.net", OFFICE),
    ("company_with_legal_form", "Summit Property Management Co.", "summitpm.com", JANITORIAL),
    ("company_no_legal_form", "Sunrise Bakery", "sunrisebakeryatx.com", OFFICE),
    ("company_no_legal_form", "Evergreen Landscaping", "evergreenlandscapes.com", OFFICE),
    ("company_no_legal_form", "Main Street Coffee Roasters", "mainstreetroasters.com", IT),
    ("company_no_legal_form", "Redline Auto Body", "redlineautobody.com", JANITORIAL),
    ("company_no_legal_form", "Brightpath Pediatrics", "brightpathpeds.com", JANITORIAL),
    ("sole_trader_trade_name", "Thomas White Bookkeeping", "gmail.com", OFFICE),
    ("sole_trader_trade_name", "Maria Lopez Photography", "marialopezphoto.com", IT),
    ("sole_trader_trade_name", "Dave's Handyman Service", "yahoo.com", OFFICE),
    ("non_profit", "Habitat for Humanity of Metro Denver", "habitatdenver.org", OFFICE),
    ("non_profit", "Boys & Girls Clubs of Tucson", "bgctucson.org", SCHOOL),
    ("national_red_cross", "American Red Cross - Central Ohio Chapter", "redcross.org", JANITORIAL),
    ("church", "St. Mark's Episcopal Church", "stmarksraleigh.org", OFFICE),
    ("hoa", "Oak Hills Homeowners Association", "oakhillshoa.org", OFFICE),
    ("credit_union", "Navy Federal Credit Union", "navyfederal.org", IT),
    ("private_university", "Vanderbilt University - Office of Research", "vanderbilt.edu", IT),
    ("private_university", "Northwestern University", "northwestern.edu", OFFICE),
    ("private_hospital", "Mayo Clinic Arizona", "mayo.edu", JANITORIAL),
    ("private_school", "St. Agnes Academy", "st-agnes.org", SCHOOL),
]


def lines_from(pool, n, q):
    picks = R.sample(pool, min(n, len(pool)))
    return [(p, R.randint(*q)) for p in picks]


orders = []  # list of dicts: buyer info + lines + label


def add(label, amb, kind, cc, buyer, lines, payment, msg="", notes="", ship_company="", ship_addr=None, status=None):
    orders.append(dict(label=label, amb=amb, kind=kind, cc=cc, buyer=buyer, lines=lines, payment=payment, msg=msg,
                       notes=notes, ship_company=ship_company, ship_addr=ship_addr, status=status))


def gov_order():
    kind, name, dom, city, pool = R.choice(GOV)
    f, l = person()
    po = f"PO {R.choice(['', '4500', '20', 'P'])}{R.randint(100000, 999999)}"
    pay = R.choice(["Purchase Order", "Purchase Order", "Credit Card", "Check"])
    notes = po if pay != "Credit Card" else R.choice(["P-Card purchase", "Paid with government purchase card", ""])
    if kind == "military_base":
        email = f"{f.lower()}.{l.lower().replace(chr(39), '')}.civ@{dom}"
    else:
        email = pmail(f, l, dom)
    b = dict(first=f, last=l, company=name, email=email, addr=addr(city), cid=R.randint(100, 9000))
    add("B2G", False, kind, "US", b, lines_from(pool, R.randint(1, 3), (1, 12)), pay,
        msg=R.choice(["", "", f"Please reference {po} on invoice", "Deliver to receiving dock", "Tax exempt - certificate on file"]),
        notes=notes, ship_company=name)


def biz_order():
    kind, name, dom, pool = R.choice(BIZ)
    f, l = person()
    if kind == "sole_trader_trade_name" and dom in FREEMAIL:
        email = pmail(f, l, dom)
        if name.startswith("Thomas White"):
            f, l = "Thomas", "White"
    else:
        email = pmail(f, l, dom) if R.random() < 0.7 else R.choice(["purchasing", "accounts", "office", "info"]) + "@" + dom
    if R.random() < 0.12:  # org using free mail: weak signal, not ambiguous
        email = pmail(f, l)
    b = dict(first=f, last=l, company=name, email=email, addr=addr(), cid=R.randint(100, 9000))
    pay = R.choice(["Credit Card", "Credit Card", "PayPal", "Purchase Order", "Net 30 Terms", "Bank Deposit"])
    msg = R.choice(["", "", "", "Please ship to suite 200", f"PO# {R.randint(1000, 99999)}", "Tax exempt 501(c)(3) - cert on file" if kind in ("non_profit", "church") else "", "Call before delivery"])
    add("B2B", False, kind, "US", b, lines_from(pool, R.randint(1, 3), (1, 10)), pay, msg=msg, ship_company=name)


def person_order(guest=None):
    f, l = person()
    guest = R.random() < 0.4 if guest is None else guest
    b = dict(first=f, last=l, company="", email=pmail(f, l), addr=addr(), cid=0 if guest else R.randint(100, 9000))
    pool = HOME_OFFICE if R.random() < 0.7 else HOUSEHOLD
    add("B2C", False, "guest_checkout" if guest else "private_person", "US", b, lines_from(pool, R.randint(1, 2), (1, 2)),
        R.choice(["Credit Card", "PayPal", "Apple Pay", "Credit Card", "Afterpay"]),
        msg=R.choice(["", "", "", "Leave at front door", "Gift - please no invoice in box", "Ring bell please"]))


def ambiguous_orders():
    # company buys only one household item
    for name, dom, item in [("Pinnacle Roofing, Inc.", "pinnacleroofingtx.com", HOUSEHOLD[0]),
                            ("Cascade Analytics Corp.", "cascadeanalytics.io", HOUSEHOLD[2]),
                            ("Harper & Cole CPAs LLP", "harpercole.com", HOUSEHOLD[1])]:
        f, l = person()
        add("B2B", True, "company_household_item", "US", dict(first=f, last=l, company=name, email=pmail(f, l, dom), addr=addr(), cid=R.randint(100, 9000)),
            [(item, 1)], "Credit Card", ship_company=name)
    # sole trader buys TV with personal card
    f, l = "Dave", "Morales"
    add("B2B", True, "sole_trader_personal_purchase", "US", dict(first=f, last=l, company="Dave's Handyman Service", email="davemorales77@yahoo.com", addr=addr(), cid=2231),
        [(HOUSEHOLD[2], 1)], "Credit Card")
    # lawyer buys fax for practice
    add("B2B", True, "lawyer_practice_purchase", "US", dict(first="Sarah", last="Kim", company="Law Office of Sarah Kim", email="skim.law@gmail.com", addr=addr(CITIES[10]), cid=3187),
        [(HOUSEHOLD[9], 1)], "Net 30 Terms", notes="Invoice to practice")
    # municipal school buys one kettle
    add("B2G", True, "public_school_household_item", "US", dict(first="Janet", last="Moore", company="Lincoln Elementary School (Madison Metropolitan SD)", email="jmoore@madison.k12.wi.us", addr=addr(CITIES[7]), cid=4410),
        [(HOUSEHOLD[5], 1)], "Purchase Order", notes="PO 7702291", ship_company="Lincoln Elementary School")
    add("B2G", True, "gov_office_household_item", "US", dict(first="Greg", last="Tran", company="Travis County Clerk", email="greg.tran@traviscountytx.gov", addr=addr(CITIES[0]), cid=4870),
        [(HOUSEHOLD[1], 1)], "Credit Card", notes="P-Card", ship_company="Travis County Clerk")
    # persons with .gov / .mil / .edu email buying household goods, home delivery
    for dom, kind in [("ssa.gov", "person_with_gov_email"), ("army.mil", "person_with_mil_email"), ("navy.mil", "person_with_mil_email"),
                      ("umich.edu", "person_with_edu_email"), ("deloitte.com", "person_with_company_email")]:
        f, l = person()
        add("B2C", True, kind, "US", dict(first=f, last=l, company="", email=pmail(f, l, dom), addr=addr(), cid=R.randint(100, 9000)),
            [(R.choice(HOUSEHOLD[:9]), 1)], R.choice(["Credit Card", "PayPal"]), msg="Leave with neighbor if not home")
    # APO address
    for _ in range(2):
        f, l = person()
        add("B2C", True, "person_apo_address", "US", dict(first=f, last=l, company="", email=pmail(f, l), addr=(f"PSC {R.randint(100, 999)} Box {R.randint(1000, 9999)}", "APO", "Armed Forces Europe", "090" + f"{R.randint(10, 99)}"), cid=R.randint(100, 9000)),
            [(R.choice(HOUSEHOLD[3:9]), 1), (OFFICE[2], 1)], "Credit Card")
    # private person buys 40 identical chargers
    f, l = person()
    add("B2C", True, "person_bulk_quantity", "US", dict(first=f, last=l, company="", email=pmail(f, l), addr=addr(), cid=0), [(CHARGER, 40)], "PayPal")
    f, l = person()
    add("B2C", True, "person_bulk_quantity", "US", dict(first=f, last=l, company="", email=pmail(f, l), addr=addr(), cid=R.randint(100, 9000)), [(HOUSEHOLD[8], 25)], "Credit Card")
    # private person states business use
    for m in ["These are for resale in my eBay store", "for the shop - need receipt for my business", "Buying for my Etsy business, ship asap"]:
        f, l = person()
        add("B2B", True, "person_states_business_use", "US", dict(first=f, last=l, company="", email=pmail(f, l), addr=addr(), cid=R.randint(100, 9000)),
            [(R.choice(OFFICE[:10]), R.randint(2, 6))], "Credit Card", msg=m)
    # person paying a company's invoice
    f, l = person()
    add("B2B", True, "person_pays_company_invoice", "US", dict(first=f, last=l, company="", email=pmail(f, l), addr=addr(), cid=R.randint(100, 9000)),
        [(IT[0], 2), (IT[6], 2)], "Credit Card", msg="Paying invoice #INV-20931 for Greene Electrical Contractors LLC with my personal card")
    # state-owned company with solicitation number
    add("B2B", True, "state_owned_company_procurement", "US", dict(first="Renee", last="Baptiste", company="National Railroad Passenger Corporation (Amtrak)", email="renee.baptiste@amtrak.com", addr=("1 Massachusetts Ave NW", "Washington", "District of Columbia", "20001"), cid=5120),
        [(IT[1], 20), (IT[3], 10)], "Purchase Order", notes="RFQ No. 2026-IT-00417 / PO 4501882210", ship_company="Amtrak")
    add("B2B", False, "state_owned_company", "US", dict(first="Paul", last="Reyes", company="National Railroad Passenger Corporation (Amtrak)", email="paul.reyes@amtrak.com", addr=("30th St Station", "Philadelphia", "Pennsylvania", "19104"), cid=5120),
        [(OFFICE[1], 8)], "Credit Card", ship_company="Amtrak")
    # international organisations
    for name, dom, city in [("The World Bank Group", "worldbank.org", ("Washington", "District of Columbia", "204")),
                            ("United Nations Development Programme", "undp.org", ("New York", "New York", "100")),
                            ("International Monetary Fund", "imf.org", ("Washington", "District of Columbia", "204"))]:
        f, l = person()
        add("B2B", True, "international_org", "US", dict(first=f, last=l, company=name, email=pmail(f, l, dom), addr=addr(city), cid=R.randint(100, 9000)),
            lines_from(IT + OFFICE, 2, (2, 10)), "Purchase Order", notes=f"PO {R.randint(1000000, 9999999)}", ship_company=name)
    # non-profit buying through a cooperative purchasing contract
    add("B2B", True, "nonprofit_coop_contract", "US", dict(first="Aaron", last="Whitfield", company="YMCA of Greater Seattle", email="awhitfield@seattleymca.org", addr=addr(("Seattle", "Washington", "981")), cid=6021),
        [(IT[0], 6), (IT[5], 6)], "Purchase Order", msg="Pricing per Sourcewell contract #121923", ship_company="YMCA of Greater Seattle")
    add("B2B", True, "nonprofit_coop_contract", "US", dict(first="Lena", last="Ortiz", company="Catholic Charities of Central Texas", email="lortiz@ccctx.org", addr=addr(CITIES[0]), cid=6050),
        [(JANITORIAL[1], 10), (JANITORIAL[0], 10)], "Purchase Order", msg="Order under OMNIA Partners cooperative contract R191802")
    # product-only records: phone order with no buyer data
    add("B2B", True, "product_only_business_goods", "", dict(first="", last="", company="", email="", addr=("", "", "", ""), cid=0),
        [(IT[2], 1), (IT[3], 4)], "Cash on Delivery", status="Manual Verification Required")
    add("B2C", True, "product_only", "", dict(first="", last="", company="", email="", addr=("", "", "", ""), cid=0),
        [(HOUSEHOLD[6], 1)], "Cash", status="Completed")
    # embassy
    add("B2G", False, "embassy", "CA", dict(first="Claire", last="Tremblay", company="Embassy of Canada", email="claire.tremblay@international.gc.ca", addr=("501 Pennsylvania Ave NW", "Washington", "District of Columbia", "20001"), cid=7001),
        [(OFFICE[0], 6), (OFFICE[1], 4)], "Purchase Order", notes="PO EMB-2026-114", ship_company="Embassy of Canada")
    add("B2G", False, "embassy", "DE", dict(first="Jonas", last="Becker", company="Embassy of the Federal Republic of Germany", email="verw-1@wash.diplo.de", addr=("4645 Reservoir Rd NW", "Washington", "District of Columbia", "20007"), cid=7002),
        [(IT[4], 10)], "Bank Deposit", ship_company="German Embassy")


ambiguous_orders()
n_amb = len(orders)
while sum(len(o["lines"]) for o in orders) < 238:
    x = R.random()
    if x < 0.33:
        gov_order()
    elif x < 0.66:
        biz_order()
    else:
        person_order()
R.shuffle(orders)

rows, labels = [], []
oid = 214500
d0 = dt.date(2026, 3, 2)
for o in orders:
    oid += R.randint(1, 7)
    d0 += dt.timedelta(days=R.choice([0, 0, 1, 1, 2]))
    b = o["buyer"]
    sub = sum(p[1] * q for p, q in o["lines"])
    tax = 0.0 if o["label"] in ("B2G",) or "Tax exempt" in o["msg"] else round(sub * 0.0725, 2)
    ship = 0.0 if sub > 150 else 9.95
    total = round(sub + tax + ship, 2)
    st = o["status"] or R.choice(["Shipped", "Shipped", "Completed", "Awaiting Fulfillment", "Awaiting Shipment"])
    sa = o["ship_addr"] or b["addr"]
    name = (b["first"] + " " + b["last"]).strip()
    phone = f"({R.randint(201, 989)}) {R.randint(200, 999)}-{R.randint(1000, 9999)}" if name else ""
    street2 = R.choice(["", "", "Suite 200", "Room 114"]) if b["company"] else ""
    for p, q in o["lines"]:
        pid = 100 + (zlib.crc32(p[0].encode()) % 900)
        sku = "SKU-" + "".join(w[0] for w in p[0].split()[:4]).upper() + str(pid)
        rows.append([oid, d0.strftime("%m/%d/%Y"), st, b["cid"], name, b["email"], phone, b["first"], b["last"], b["company"],
                     b["addr"][0], street2, b["addr"][1], b["addr"][2], b["addr"][3],
                     "United States" if b["addr"][0] else "", o["ship_company"], sa[0], sa[1], sa[2], sa[3],
                     "Free Shipping" if ship == 0 else R.choice(["UPS Ground", "USPS Priority Mail", "FedEx Home Delivery"]),
                     o["payment"], pid, sku, p[0], q, fmt_usd(p[1]), fmt_usd(p[1] * q), fmt_usd(sub), fmt_usd(tax), fmt_usd(ship),
                     fmt_usd(total), "USD", o["msg"], o["notes"]])
        labels.append((o["label"], o["amb"], o["kind"], o["cc"]))

with open(os.path.join(LAYOUTS, LID + ".csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, quoting=csv.QUOTE_ALL)
    w.writerow(HEAD)
    w.writerows(rows)

write_key(LID, {
    "id": LID,
    "system": "BigCommerce Orders export (Export Orders, custom export template with one row per product line), CSV",
    "country": "US",
    "language": "en",
    "docs": [
        "BigCommerce order export/API field names (Order ID, Customer ID, Billing First Name/Last Name/Company, Billing Suburb for city, Billing Zip, Payment Method, Subtotal (ex tax), Order Total (inc tax), Customer Message, Order Notes) as listed in BigCommerce order export templates and in Hypa Shift's BigCommerce order column reference (docs.shift.hypaapps.com) and the BigCommerce v2 order object (zynk docs)",
        "Guest checkouts carry Customer ID 0; amounts written with $ and thousands separators; dates MM/DD/YYYY",
    ],
    "fields": {"buyer": "Billing Company", "product": "Product Name", "quantity": "Product Qty", "amount": "Product Total Price",
               "tax_id": None, "email": "Customer Email", "payment": "Payment Method", "comment": "Customer Message"},
    "also_ok": {"buyer": ["Customer Name"], "comment": ["Order Notes"]},
    "notes": "One row per order line; all rows of one Order ID share a label. Header is line 1; no title or totals lines. Billing Company is empty for persons and guests, whose name is in Customer Name / Billing First Name. BigCommerce has no buyer tax-ID column.",
}, labels)
print(LID, len(rows), "rows", len(orders), "orders")
