"""Etsy 'Sold Order Items' CSV (Shop Manager > Settings > Options > Download Data), US craft/office-supply shop."""
import csv
import datetime as dt
import random

from c_common import LAYOUTS, US_FIRST, US_LAST, write_key, write_labels

ID = "c_us_etsy_sold_order_items"
rng = random.Random(6101)

HEADER = ["Sale Date", "Item Name", "Buyer", "Quantity", "Price", "Coupon Code", "Coupon Details",
          "Discount Amount", "Shipping Discount", "Order Shipping", "Order Sales Tax", "Item Total", "Currency",
          "Transaction ID", "Listing ID", "Date Paid", "Date Shipped", "Ship Name", "Ship Address1",
          "Ship Address2", "Ship City", "Ship State", "Ship Zipcode", "Ship Country", "Order ID", "Variations",
          "Order Type", "Listings Type", "Payment Type", "InPerson Discount", "InPerson Location",
          "VAT Paid by Buyer", "SKU"]

# (listing id, title, price, sku, variation template, digital?)
P = [
    (1289034471, "Kraft Paper Roll 18in x 100ft - Brown Wrapping Paper for Packing & Crafts", 14.99, "KR-18100", "", False),
    (1304455129, "Washi Tape Set of 12 - Pastel Masking Tape for Planners", 9.50, "WT-PAS12", "Color:Pastel", False),
    (1157782306, "A5 Dot Grid Notebook - Lay Flat Bullet Journal 160gsm", 18.00, "NB-A5DOT", "Color:Sage Green", False),
    (987431220, "Custom Address Stamp Self-Inking - Personalized Return Address", 32.00, "ST-ADDR", "Personalization:{p}", False),
    (1422210987, "Kraft Bubble Mailers 6x10 - Pack of 50 Padded Envelopes", 16.75, "BM-610-50", "", False),
    (1398820441, "Thermal Shipping Labels 4x6 - 500 Labels Roll, Zebra Compatible", 19.99, "TL-46-500", "", False),
    (1201348876, "Gold Brass Paper Clips - Box of 100", 6.25, "PC-GLD100", "", False),
    (1099873412, "White Cardstock 8.5x11 110lb - 100 Sheets", 21.40, "CS-W110", "", False),
    (1243300981, "Glassine Envelopes 4x6 - Pack of 100", 12.80, "GE-46-100", "", False),
    (1318842290, "Wax Seal Kit with 2 Sealing Wax Sticks - Custom Initial", 24.00, "WS-KIT", "Personalization:{i}", False),
    (1177610932, "Personalized Teacher Stamp - Checked by Teacher Name", 22.00, "ST-TCHR", "Personalization:{t}", False),
    (1052237788, "Custom Library Book Stamp - Ex Libris Property Of", 28.50, "ST-LIB", "Personalization:{l}", False),
    (1410038722, "Walnut Desk Organizer - Pen Holder and Phone Stand", 38.00, "DO-WAL", "", False),
    (1501122334, "Printable Planner Stickers PDF - Weekly Kit", 4.50, "", "", True),
    (1499912877, "2025 Monthly Planner Printable - Digital Download PDF", 6.00, "", "", True),
    (1188223490, "Bakers Twine Red and White 100 Yards", 7.95, "BT-RW100", "", False),
    (1266019043, "Kraft Hang Tags with String - 100 pcs", 8.40, "HT-KR100", "Size:2x3.5in", False),
    (1377720815, "Custom Logo Stamp Self-Inking 2x1 inch", 39.00, "ST-LOGO21", "Ink Color:Black", False),
    (1155098843, "Liquid Chalk Markers 8 Pack Neon", 15.20, "CM-NEON8", "", False),
    (1290871256, "Blank Cotton Canvas Tote Bags Natural - Set of 10", 27.00, "TB-NAT10", "", False),
    (1433320017, "Custom Round Logo Stickers 2 inch - 250 pcs", 45.00, "SK-RND250", "Finish:Matte", False),
    (1210033478, "Kraft Thank You Cards - Set of 24 with Envelopes", 11.50, "TY-KR24", "", False),
    (1360042871, "Magnetic Whiteboard Labels for Classroom - 30 pcs", 13.25, "ML-CLS30", "Color:Rainbow", False),
    (1119904428, "Scrapbook Paper Pad 12x12 Floral - 48 Sheets", 16.00, "SP-FL48", "", False),
    (1456670123, "Date Stamp Library Due Date Rubber Stamp", 17.50, "ST-DATE", "", False),
    (1388012456, "Hot Glue Gun Mini with 30 Glue Sticks", 12.99, "GG-MINI", "", False),
]
BYID = {p[1]: p for p in P}
HOUSE = [P[1], P[2], P[13], P[14], P[18], P[21], P[23], P[9], P[12], P[25]]
OFFICE = [P[0], P[4], P[5], P[6], P[7], P[8], P[16], P[17], P[20], P[15], P[19]]
SCHOOL = [P[10], P[22], P[7], P[6], P[18], P[11], P[24], P[1]]

PLACES = [("Austin", "TX", "78704"), ("Portland", "OR", "97214"), ("Columbus", "OH", "43215"),
          ("Raleigh", "NC", "27607"), ("Denver", "CO", "80218"), ("Madison", "WI", "53703"),
          ("Tucson", "AZ", "85719"), ("Nashville", "TN", "37206"), ("Sacramento", "CA", "95816"),
          ("Buffalo", "NY", "14222"), ("Omaha", "NE", "68106"), ("Boise", "ID", "83702"),
          ("Providence", "RI", "02906"), ("Burlington", "VT", "05401"), ("Jersey City", "NJ", "07302"),
          ("Savannah", "GA", "31401"), ("Spokane", "WA", "99201"), ("Tulsa", "OK", "74104"),
          ("Richmond", "VA", "23220"), ("Ann Arbor", "MI", "48104"), ("Salt Lake City", "UT", "84102"),
          ("Lexington", "KY", "40502"), ("Baton Rouge", "LA", "70808"), ("Grand Rapids", "MI", "49503")]
STREETS = ["Maple St", "Oak Ave", "Pine Ridge Dr", "Cedar Ln", "Elm St", "Washington Ave", "Lakeview Dr",
           "Highland Ave", "Sunset Blvd", "Park Pl", "Church St", "Meadow Ln", "Willow Way", "Hillcrest Rd"]

# (ship name, address1, address2, (city, state, zip), label, ambiguous, kind, mode)
ORGS = [
    ("Denver Public Library", "10 W 14th Ave Pkwy", "Attn: Technical Services", ("Denver", "CO", "80204"), "B2G", False, "public_library", "library"),
    ("Multnomah County Library", "1525 SW Yamhill St", "Central Library - Processing", ("Portland", "OR", "97205"), "B2G", False, "public_library", "library"),
    ("Ann Arbor District Library", "343 S Fifth Ave", "", ("Ann Arbor", "MI", "48104"), "B2G", False, "public_library", "library"),
    ("Boston Public Library", "700 Boylston St", "Acquisitions Dept", ("Boston", "MA", "02116"), "B2G", False, "public_library", "library"),
    ("Lincoln Elementary School", "1450 Lincoln Ave", "Attn: Mrs. Carter Rm 12", ("Madison", "WI", "53703"), "B2G", False, "public_school", "school"),
    ("Austin ISD - Zilker Elementary", "1900 Bluebonnet Ln", "Front Office", ("Austin", "TX", "78704"), "B2G", False, "school_district", "school"),
    ("Wake County Public Schools", "5625 Dillard Dr", "Purchasing - Bldg B", ("Cary", "NC", "27518"), "B2G", False, "school_district", "school"),
    ("Roosevelt Middle School", "1400 W Roosevelt Rd", "Library Media Center", ("Tucson", "AZ", "85719"), "B2G", False, "public_school", "school"),
    ("Omaha Public Library - W. Dale Clark", "215 S 15th St", "", ("Omaha", "NE", "68102"), "B2G", False, "public_library", "library"),
    ("Spokane Public Schools", "200 N Bernard St", "Attn: Receiving", ("Spokane", "WA", "99201"), "B2G", False, "school_district", "school"),
    ("Madison Public Library", "201 W Mifflin St", "", ("Madison", "WI", "53703"), "B2G", True, "public_library_one_household_item", "one_house"),
    ("Hillcrest Elementary School", "4200 Hillcrest Rd", "Teachers Lounge", ("Richmond", "VA", "23225"), "B2G", True, "public_school_one_household_item", "one_house"),
    ("University of Michigan - School of Art & Design", "2000 Bonisteel Blvd", "Room 2039", ("Ann Arbor", "MI", "48109"), "B2G", False, "public_university", "office"),
    ("Blue Fern Bakery LLC", "233 E 6th St", "", ("Austin", "TX", "78701"), "B2B", False, "company", "office"),
    ("Harbor Coffee Roasters", "88 Wickenden St", "", ("Providence", "RI", "02903"), "B2B", False, "company", "office"),
    ("Oak & Ivy Boutique", "412 Main St", "", ("Boise", "ID", "83702"), "B2B", False, "company", "office"),
    ("Sunny Days Learning Center LLC", "2901 Sheridan Blvd", "", ("Denver", "CO", "80214"), "B2B", False, "private_daycare", "school"),
    ("Evergreen Family Dental PC", "1020 N Division St", "Suite 200", ("Spokane", "WA", "99202"), "B2B", False, "company", "office"),
    ("MAIN STREET MERCANTILE", "19 Church St", "", ("Burlington", "VT", "05401"), "B2B", False, "company", "office"),
    ("Printwell Studio Inc", "750 Broad St", "Unit 3", ("Richmond", "VA", "23220"), "B2B", False, "company", "office"),
    ("Vanderbilt University - Office of Admissions", "2305 West End Ave", "", ("Nashville", "TN", "37203"), "B2B", False, "private_university", "office"),
    ("St. Mary Catholic School", "325 Mary St", "", ("Savannah", "GA", "31401"), "B2B", False, "private_school", "school"),
    ("Grace Community Church", "4700 E 71st St", "Children's Ministry", ("Tulsa", "OK", "74136"), "B2B", False, "church", "school"),
    ("Keller Williams Realty - Lakeview", "1800 Lakeview Dr", "", ("Baton Rouge", "LA", "70810"), "B2B", True, "company_one_household_item", "one_house"),
    ("Pinecrest HOA", "PO Box 2210", "", ("Boise", "ID", "83701"), "B2B", False, "homeowners_association", "office"),
]


def ship_date(d):
    return d + dt.timedelta(days=rng.randint(1, 4))


def fmt(d):
    return d.strftime("%m/%d/%y")


def var(tmpl, name):
    last = name.split()[-1] if name else "Smith"
    return (tmpl.replace("{p}", f"The {last} Family")
                .replace("{i}", last[0])
                .replace("{t}", f"Mrs. {last}")
                .replace("{l}", f"Property of {name}"))


rows, labels = [], []
tx = 3398812000
order = 3301455000
start = dt.date(2024, 9, 2)


def person():
    f, l = rng.choice(US_FIRST), rng.choice(US_LAST)
    return f, l


def username(f, l):
    s = rng.choice([f.lower() + l.lower(), f[0].lower() + l.lower() + str(rng.randint(1, 99)),
                    f.lower() + "_" + str(rng.randint(70, 99)), l.lower() + "crafts", f.lower() + l[0].lower() + "designs"])
    return s


def add_order(buyer, ship, items, label, amb, kind, pay="online_cc", digital=False, coupon=None, country="US"):
    global tx, order
    order += rng.randint(3, 40)
    d = start + dt.timedelta(days=rng.randint(0, 120))
    shipped = "" if digital else fmt(ship_date(d))
    sub = sum(q * p[2] for p, q in items)
    shipcost = 0.0 if digital or sub >= 35 else round(rng.choice([4.50, 5.25, 6.95]), 2)
    taxrate = 0.0 if label == "B2G" and rng.random() < 0.7 else 0.07
    tax = round(sub * taxrate, 2)
    disc = 0.0
    cdet = ""
    if coupon:
        disc = round(sub * 0.10, 2)
        cdet = "10% off entire order"
    for p, q in items:
        tx += rng.randint(5, 300)
        name, a1, a2, (city, st, z) = ship
        if digital:
            name, a1, a2, city, st, z, cn = "", "", "", "", "", "", ""
        else:
            cn = "United States"
        v = var(p[4], name or buyer) if p[4] else ""
        rows.append([fmt(d), p[1], buyer, q, f"{p[2]:.2f}", coupon or "", cdet, f"{disc:.2f}" if disc else "0",
                     "0", f"{shipcost:.2f}", f"{tax:.2f}", f"{q * p[2]:.2f}", "USD", tx, p[0], fmt(d), shipped,
                     name, a1, a2, city, st, z, cn, order, v, "online", "listing", pay, "", "", "", p[3]])
        labels.append((label, amb, kind, country))


def addr():
    c = rng.choice(PLACES)
    return f"{rng.randint(10, 9899)} {rng.choice(STREETS)}", ("Apt " + str(rng.randint(1, 40))) if rng.random() < 0.2 else "", c


# --- organisations
for o in ORGS:
    nm, a1, a2, place, lab, amb, kind, mode = o
    reps = 2 if mode in ("library", "school", "office") and rng.random() < 0.5 else 1
    for _ in range(reps):
        if mode == "one_house":
            items = [(rng.choice([P[12], P[21], P[2]]), 1)]
        elif mode == "library":
            items = [(p, rng.randint(2, 6)) for p in rng.sample([P[11], P[24], P[7], P[6], P[8], P[22]], rng.randint(2, 3))]
        elif mode == "school":
            items = [(p, rng.randint(1, 6)) for p in rng.sample(SCHOOL, rng.randint(1, 3))]
        else:
            items = [(p, rng.randint(2, 10)) for p in rng.sample(OFFICE, rng.randint(1, 3))]
        bu = nm.lower().replace(" ", "").replace("-", "")[:14] + ("" if rng.random() < 0.5 else str(rng.randint(1, 9)))
        pay = "online_cc" if rng.random() < 0.8 else "paypal"
        add_order(bu, (nm, a1, a2, place), items, lab, amb, kind, pay=pay)

# --- school staff / persons with a school name in the address line (teacher buying for class, paid personally)
for _ in range(3):
    f, l = person()
    a1, a2, c = addr()
    add_order(username(f, l), (f"{f} {l}", a1, a2, c), [(P[10], 1), (P[22], 1)], "B2C", False, "private_person")

# --- clear private persons
for i in range(58):
    f, l = person()
    a1, a2, c = addr()
    nm = f"{f} {l}"
    r = rng.random()
    if r < 0.08:
        nm = nm.upper()
    elif r < 0.12:
        nm = f"{l}, {f}"
    elif r < 0.16:
        nm = nm + " "
    n = rng.choice([1, 1, 1, 2, 2, 3])
    items = [(p, rng.choice([1, 1, 1, 2])) for p in rng.sample(HOUSE + OFFICE[:4], n)]
    add_order(username(f, l), (nm, a1, a2, c), items, "B2C", False, "private_person",
              pay=rng.choice(["online_cc"] * 5 + ["paypal", "paypal", "online_giftcard"]),
              coupon=rng.choice([None] * 6 + ["FALL10"]))

# --- digital downloads: no ship name/address, only username (thin)
for _ in range(6):
    f, l = person()
    add_order(username(f, l), ("", "", "", ("", "", "")), [(rng.choice([P[13], P[14]]), 1)], "B2C", True,
              "thin_digital_only_username", digital=True)

# --- ambiguous persons
# person buying 40 identical teacher stamps / tote bags (volume suggests resale)
for p, q in [(P[19], 12), (P[3], 40), (P[1], 30)]:
    f, l = person()
    a1, a2, c = addr()
    add_order(username(f, l), (f"{f} {l}", a1, a2, c), [(p, q)], "B2C", True, "private_person_bulk_quantity")
# APO/FPO address household items (forces address)
for ap in [("PSC 473 Box 1120", "", ("FPO", "AP", "96349")), ("Unit 3050 Box 112", "", ("APO", "AE", "09021"))]:
    f, l = person()
    add_order(username(f, l), (f"SGT {f} {l}".upper() if rng.random() < 0.5 else f"{f} {l}", ap[0], ap[1], ap[2]),
              [(P[2], 1), (P[1], 1)], "B2C", True, "person_forces_address_household")
# sole trader: person ship name, shop name in address line 2, business goods, personal card
for shop in ["c/o Willow & Wick Candles", "c/o Fern Hollow Soap Co", "Etsy shop: LittleLoomStudio"]:
    f, l = person()
    a1, a2, c = addr()
    add_order(username(f, l), (f"{f} {l}", a1, shop, c), [(P[4], 2), (P[5], 1), (P[20], 1)], "B2B", True,
              "sole_trader_personal_card")

with open(LAYOUTS / f"{ID}.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(rows)

write_labels(ID, labels)
write_key(ID, {
    "id": ID,
    "system": "Etsy Shop Manager > Settings > Options > Download Data > CSV type 'Order Items' (file EtsySoldOrderItems<year>.csv)",
    "country": "US",
    "language": "en",
    "docs": [
        "Public code fixtures/parsers of Etsy downloads (GitHub search): header 'Sale Date,Item Name,Buyer,Quantity,Price,Coupon Code,Coupon Details,Discount Amount,Shipping Discount,Order Shipping,Order Sales Tax,Item Total,Currency,Transaction ID,Listing ID,Date Paid,Date Shipped,Ship Name,Ship Address1,Ship Address2,Ship City,Ship State,Ship Zipcode,Ship Country,Order ID,Variations,Order Type,Listings Type,Payment Type,InPerson Discount,InPerson Location,VAT Paid by Buyer,SKU'; dates MM/DD/YY; Buyer is the Etsy username, Ship Name the recipient; Payment Type values like online_cc; one row per transaction (listing bought)",
        "A published data-structure note on EtsySoldOrderItems2021.csv: Sale Date 12/31/21, Price 18.99 as a plain decimal, Currency USD, Variations 'Color:Gray'",
        "Etsy Open API v3 ShopReceipt/ShopReceiptTransaction docs: one transaction per listing purchased on a receipt (order)"
    ],
    "fields": {"buyer": "Ship Name", "product": "Item Name", "quantity": "Quantity", "amount": "Item Total",
               "tax_id": None, "email": None, "payment": "Payment Type", "comment": None},
    "also_ok": {"buyer": ["Buyer"], "amount": ["Price"], "product": ["Variations"]},
    "notes": "Comma CSV, UTF-8 without BOM, header on line 1, one row per order item (transaction); Order ID groups lines of one order and all lines of an order share the label. Order Shipping and Order Sales Tax are order-level values repeated on each item row. Buyer is the Etsy username; Ship Name is the recipient and carries the organisation name for schools, libraries and businesses. Digital downloads have empty ship fields and no Date Shipped (thin: only a username and a printable planner). Zip codes keep leading zeros (read with dtype=str). No e-mail, tax-ID or note column in this file."
})
print(len(rows), "rows")
