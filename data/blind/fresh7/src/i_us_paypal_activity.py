"""PayPal business account - Activity download (CSV, balance affecting) of a small
engraving shop in Asheville, NC. One row per PayPal transaction.
Rebuilds layouts/i_us_paypal_activity.csv and its key files. Seed fixed.
"""
import csv
import io
import random
import string
from datetime import datetime, timedelta

from i_common import LAYOUTS, write_key, write_labels

ID = "i_us_paypal_activity"
rng = random.Random(90210)
SELLER = "orders@copperhollowengraving.com"

ITEMS = [  # title, sku, price, option1 name
    ("Engraved Walnut Award Plaque 8x10", "PLQ-810-WAL", 64.00, "Engraving text"),
    ("Custom Magnetic Name Badge (set of 10)", "BDG-MAG-10", 42.00, "Names"),
    ("Laser Engraved Maple Cutting Board", "CB-MPL-12", 48.00, "Personalization"),
    ("Personalized Leather Keychain", "KC-LTH", 14.00, "Initials"),
    ("Engraved Brass Desk Name Plate", "DNP-BRS", 36.00, "Name and title"),
    ("Custom Retirement Plaque", "PLQ-RET", 89.00, "Engraving text"),
    ("Engraved Crystal Award - Star", "AWD-CRY-STR", 118.00, "Engraving text"),
    ("Personalized Wedding Welcome Sign", "SGN-WED", 95.00, "Couple names / date"),
    ("Engraved Pet Memorial Stone", "PET-STN", 58.00, "Pet name"),
    ("Custom Logo Coasters (set of 4)", "CST-LOGO-4", 32.00, "Logo file"),
    ("Engraved Bamboo Pen Set (25 pcs)", "PEN-BAM-25", 55.00, "Imprint text"),
]
PERSON_ITEMS = [0, 2, 3, 4, 5, 7, 8, 6]
BIZ_ITEMS = [0, 1, 4, 6, 9, 10, 2]
GOV_ITEMS = [0, 1, 4, 5, 6]

GIVEN = ["Jennifer", "Michael", "Emily", "David", "Sarah", "James", "Ashley", "John", "Amanda", "Robert", "Megan",
         "William", "Heather", "Brian", "Rebecca", "Steven", "Laura", "Jason", "Katie", "Eric", "Brittany", "Mark",
         "Hannah", "Tyler", "Crystal"]
SUR = ["Adams", "Baker", "Carter", "Dixon", "Ellis", "Foster", "Greene", "Hayes", "Ingram", "Jenkins", "Keller",
       "Lambert", "McCoy", "Nash", "Owens", "Parker", "Reid", "Shaw", "Tucker", "Vaughn", "Walsh", "Young", "Price",
       "Rhodes", "Whitaker"]
FREEMAIL = ["gmail.com", "gmail.com", "yahoo.com", "aol.com", "outlook.com", "icloud.com", "hotmail.com", "comcast.net"]
PLACES = [("Asheville", "NC", "28801"), ("Asheville", "NC", "28806"), ("Hendersonville", "NC", "28792"),
          ("Charlotte", "NC", "28205"), ("Raleigh", "NC", "27603"), ("Knoxville", "TN", "37919"),
          ("Greenville", "SC", "29601"), ("Atlanta", "GA", "30307"), ("Columbus", "OH", "43215"),
          ("Denver", "CO", "80205"), ("Austin", "TX", "78704"), ("Portland", "OR", "97214"),
          ("Richmond", "VA", "23220"), ("Nashville", "TN", "37206"), ("Pittsburgh", "PA", "15213")]
STREETS = ["Oak St", "Maple Ave", "Church St", "Pine Ridge Rd", "Haywood Rd", "Elm Dr", "Lakeview Ct", "Main St",
           "Chestnut St", "Sunset Blvd", "Willow Ln", "Merrimon Ave"]


def txid():
    return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(17))


def receipt():
    return "-".join(f"{rng.randint(0, 9999):04d}" for _ in range(4))


def addr():
    city, st, z = rng.choice(PLACES)
    return f"{rng.randint(12, 4980)} {rng.choice(STREETS)}", city, st, z


LOCAL = [("Asheville", "NC", "28801"), ("Asheville", "NC", "28803"), ("Asheville", "NC", "28806"),
         ("Hendersonville", "NC", "28792"), ("Waynesville", "NC", "28786"), ("Black Mountain", "NC", "28711"),
         ("Mills River", "NC", "28759"), ("Swannanoa", "NC", "28778")]


def local_addr():
    city, st, z = rng.choice(LOCAL)
    return f"{rng.randint(10, 900)} {rng.choice(STREETS)}", city, st, z


def money(x):
    return f"{x:,.2f}"


events = []  # dict(kind of row, fields..., label info)


def sale(name, email, item_idx, qty, label, kind, amb=False, note="", typ=None, place=None, addr_status="Confirmed",
         opt=None, line2=""):
    title, sku, price, oname = ITEMS[item_idx]
    a1, city, st, z = place or addr()
    events.append(dict(row="sale", name=name, email=email, title=title, sku=sku, price=price, qty=qty, oname=oname,
                       oval=opt or "", label=label, kind=kind, amb=amb, note=note,
                       typ=typ or rng.choice(["Express Checkout Payment", "Express Checkout Payment", "Website Payment",
                                              "Mobile Payment"]),
                       a1=a1, a2=line2, city=city, st=st, z=z, astat=addr_status))


# persons
OPTS_P = ["Happy Retirement Linda", "The Parkers est. 2019", "Biscuit 2011-2024", "J.R.W.", "Grandpa's Kitchen",
          "Emma & Noah 10.12.24", "Best Coach Ever", "Home Sweet Home", "K.M.", "Rest easy, Max"]
for _ in range(112):
    fn, ln = rng.choice(GIVEN), rng.choice(SUR)
    em = f"{fn.lower()}{rng.choice(['.', '', '_'])}{ln.lower()}{rng.choice(['', str(rng.randint(1, 99))])}@{rng.choice(FREEMAIL)}"
    nm = f"{fn} {ln}" if rng.random() > 0.07 else f"{fn.upper()} {ln.upper()}"
    sale(nm, em, rng.choice(PERSON_ITEMS), rng.choice([1, 1, 1, 1, 2]), "B2C", "private_person",
         note=rng.choice(["", "", "", "It's a gift, thank you!", "Please double-check spelling", ""]),
         opt=rng.choice(OPTS_P), addr_status=rng.choice(["Confirmed", "Confirmed", "Non-Confirmed"]))

BIZ = [
    ("Highland Brewing Company", "accounting@highlandbrewing.com", "company"),
    ("The Biltmore Company", "ap@biltmore.com", "company"),
    ("Blue Ridge Realty Group LLC", "office@blueridgerealtygroup.com", "company"),
    ("Mountain Mama Yoga LLC", "hello@mountainmamayoga.com", "company"),
    ("Sierra Nevada Brewing Co.", "millsriver.events@sierranevada.com", "company"),
    ("Hendersonville Rotary Club", "treasurer@hendersonvillerotary.org", "non_profit"),
    ("First Presbyterian Church of Asheville", "office@fpcasheville.org", "church"),
    ("Mission Hospital (HCA Healthcare)", "mission.volunteers@hcahealthcare.com", "company"),
    ("Carolina Mountain Dental PA", "frontdesk@carolinamountaindental.com", "company"),
    ("French Broad Outfitters Inc", "sales@frenchbroadoutfitters.com", "company"),
    ("Warren Wilson College", "events@warren-wilson.edu", "private_college"),
]
for i in range(30):
    nm, em, kind = BIZ[i % len(BIZ)]
    k = rng.choice(BIZ_ITEMS)
    q = rng.choice([1, 2, 3, 5, 10, 12]) if k not in (1, 10) else rng.choice([1, 2, 3])
    sale(nm, em, k, q, "B2B", kind, place=local_addr(), typ=rng.choice(["Express Checkout Payment", "Website Payment", "General Payment"]),
         note=rng.choice(["", f"PO {rng.randint(1000, 9999)}", "Staff recognition", "Logo sent by email", ""]),
         opt=rng.choice(["Company logo", "Employee of the Month", "Team names attached", "Front desk"]))

GOV = [
    ("Buncombe County Sheriff's Office", "purchasing@buncombenc.gov", "county"),
    ("City of Asheville", "purchasing@ashevillenc.gov", "municipality"),
    ("NCDOT Division 13", "div13.admin@ncdot.gov", "state_agency"),
    ("Haywood County Schools", "finance@haywood.k12.nc.us", "school_district"),
    ("UNC Asheville", "purchasing@unca.edu", "public_university"),
    ("Charles George VA Medical Center", "vhaashvoluntary@va.gov", "federal_agency"),
    ("Town of Black Mountain", "finance@townofblackmountain.org", "municipality"),
    ("Henderson County Public Schools", "purchasing@hcpsnc.org", "school_district"),
]
for i in range(14):
    nm, em, kind = GOV[i % len(GOV)]
    k = rng.choice(GOV_ITEMS)
    q = rng.choice([2, 3, 5, 8, 12]) if k not in (1,) else rng.choice([1, 2, 4])
    sale(nm, em, k, q, "B2G", kind, place=local_addr(), typ=rng.choice(["Express Checkout Payment", "General Payment"]),
         note=rng.choice([f"P-card purchase, PO {rng.randint(24000, 24999)}", "Tax exempt - cert on file",
                          f"Purchase order {rng.randint(4500100, 4509999)}", ""]),
         opt=rng.choice(["Years of Service", "Department names attached", "Officer of the Year", "Board members"]))
sale("Fort Liberty MWR - Special Events", "usarmy.liberty.imcom.mbx.mwr-events@army.mil", 6, 6, "B2G", "armed_forces",
     typ="General Payment", note="GPC purchase", place=("2175 Reilly Rd", "Fort Liberty", "NC", "28310"))

# ambiguous cases
sale("Ryan Mercer", "ryan.t.mercer.mil@us.af.mil", 7, 1, "B2C", "person_mil_email", amb=True,
     opt="Ryan & Jess 06.08.24", line2="PSC 3 Box 1420", place=("Unit 3010", "APO", "AE", "09021"))
sale("Katherine Boyd", "kboyd@biltmore.com", 8, 1, "B2C", "person_company_email", amb=True, opt="Pepper")
sale("Daniel Fox", "daniel.fox@ncdot.gov", 2, 1, "B2C", "person_gov_email", amb=True, opt="The Fox Family")
sale("Melissa Grant", "mgrant@ashevillenc.gov", 3, 2, "B2C", "person_gov_email", amb=True, opt="M.G.")
sale("Blue Ridge Realty Group LLC", "office@blueridgerealtygroup.com", 2, 1, "B2B", "company_household_item", amb=True,
     place=local_addr(),
     opt="Welcome Home")
sale("City of Asheville", "purchasing@ashevillenc.gov", 2, 1, "B2G", "municipality", amb=True, place=local_addr(),
     opt="Thank you, Carol - 28 years", note="Retirement gift, Parks Dept")
sale("Tom Becker", "tombecker62@gmail.com", 1, 3, "B2B", "person_paying_company_invoice", amb=True,
     typ="General Payment", note="Payment for invoice 1042 - Becker Landscaping LLC")
sale("Sandra Lowry", "sandylowry@aol.com", 3, 24, "B2B", "person_for_resale", amb=True,
     note="These are for resale in my gift shop in Boone")
sale("Kevin Shaw", "kshaw_77@yahoo.com", 1, 6, "B2C", "private_person_bulk", amb=True)
sale("Jake Morrow Photography", "jakemorrowphoto@gmail.com", 3, 1, "B2B", "sole_trader_personal_purchase", amb=True,
     opt="A.M.")
sale("Megan Ellis", "megan.ellis@unca.edu", 5, 1, "B2C", "person_edu_email", amb=True, opt="Dr. Ellis - 30 Years",
     note="Personal gift for my mother")

rng.shuffle(events)
t0 = datetime(2024, 3, 1, 8, 0)
for i, e in enumerate(events):
    e["t"] = t0 + timedelta(minutes=int(i * (91 * 24 * 60) / len(events)) + rng.randint(0, 600), seconds=rng.randint(0, 59))
events.sort(key=lambda e: e["t"])

# refunds of some sales, payouts, one chargeback fee
sales = [e for e in events if e["row"] == "sale"]
extra = []
for e in rng.sample(sales, 7):
    extra.append(dict(row="refund", ref=e, t=e["t"] + timedelta(days=rng.randint(2, 12), hours=rng.randint(1, 8)),
                      label=e["label"], kind=e["kind"], amb=e["amb"]))
d = datetime(2024, 3, 8, 6, 12)
while d < datetime(2024, 6, 1):
    extra.append(dict(row="payout", t=d, label="B2C", kind="payout_line", amb=True))
    d += timedelta(days=rng.choice([7, 7, 14]))
extra.append(dict(row="cbfee", t=datetime(2024, 4, 23, 14, 2), label="B2C", kind="acquiring_fee_line", amb=True))
events = sorted(events + extra, key=lambda e: e["t"])

header = ["Date", "Time", "TimeZone", "Name", "Type", "Status", "Currency", "Gross", "Fee", "Net", "From Email Address",
          "To Email Address", "Transaction ID", "Shipping Address", "Address Status", "Item Title", "Item ID",
          "Shipping and Handling Amount", "Insurance Amount", "Sales Tax", "Option 1 Name", "Option 1 Value",
          "Option 2 Name", "Option 2 Value", "Reference Txn ID", "Invoice Number", "Custom Number", "Quantity",
          "Receipt ID", "Balance", "Address Line 1", "Address Line 2/District/Neighborhood", "Town/City",
          "State/Province/Region/County/Territory/Prefecture/Republic", "Zip/Postal Code", "Country",
          "Contact Phone Number", "Subject", "Note", "Country Code", "Balance Impact"]

bal = 1842.17
order_no = 1180
rows, labels = [], []
for e in events:
    t = e["t"]
    tz = "PDT" if t >= datetime(2024, 3, 10, 2) else "PST"
    base = dict.fromkeys(header, "")
    base.update({"Date": t.strftime("%m/%d/%Y"), "Time": t.strftime("%H:%M:%S"), "TimeZone": tz, "Currency": "USD",
                 "Status": "Completed", "Transaction ID": txid()})
    if e["row"] == "sale":
        order_no += 1
        sub = e["price"] * e["qty"]
        ship = 0.0 if sub >= 75 else 7.95
        tax = round(sub * 0.07, 2) if e["st"] == "NC" and e["label"] != "B2G" else 0.0
        gross = round(sub + ship + tax, 2)
        fee = -round(gross * 0.0349 + 0.49, 2)
        net = round(gross + fee, 2)
        bal = round(bal + net, 2)
        e.update(txn=base["Transaction ID"], gross=gross, order=f"CHE-{order_no}")
        ship_addr = ", ".join(x for x in [e["name"], e["a1"], e["a2"], e["city"], e["st"], e["z"], "United States"] if x)
        base.update({"Name": e["name"], "Type": e["typ"], "Gross": money(gross), "Fee": money(fee), "Net": money(net),
                     "From Email Address": e["email"], "To Email Address": SELLER, "Shipping Address": ship_addr,
                     "Address Status": e["astat"], "Item Title": e["title"], "Item ID": e["sku"],
                     "Shipping and Handling Amount": money(ship), "Insurance Amount": "", "Sales Tax": money(tax),
                     "Option 1 Name": e["oname"] if e["oval"] else "", "Option 1 Value": e["oval"],
                     "Invoice Number": f"CHE-{order_no}", "Quantity": str(e["qty"]),
                     "Receipt ID": receipt() if rng.random() < 0.6 else "", "Balance": money(bal),
                     "Address Line 1": e["a1"], "Address Line 2/District/Neighborhood": e["a2"], "Town/City": e["city"],
                     "State/Province/Region/County/Territory/Prefecture/Republic": e["st"], "Zip/Postal Code": e["z"],
                     "Country": "United States",
                     "Contact Phone Number": f"{rng.randint(200, 989)}-{rng.randint(200, 989)}-{rng.randint(1000, 9999)}" if rng.random() < 0.4 else "",
                     "Subject": f"Copper Hollow Engraving - Order CHE-{order_no}", "Note": e["note"],
                     "Country Code": "US", "Balance Impact": "Credit"})
        if e["oval"] and rng.random() < 0.3:
            base.update({"Option 2 Name": "Finish", "Option 2 Value": rng.choice(["Walnut", "Cherry", "Black", "Gold"])})
    elif e["row"] == "refund":
        r = e["ref"]
        part = rng.choice([1.0, 1.0, 0.5])
        gross = -round(r["gross"] * part, 2)
        fee = round(-gross * 0.0349, 2) if part == 1.0 else 0.0
        net = round(gross + fee, 2)
        bal = round(bal + net, 2)
        base.update({"Name": r["name"], "Type": "Payment Refund", "Gross": money(gross), "Fee": money(fee),
                     "Net": money(net), "From Email Address": SELLER, "To Email Address": r["email"],
                     "Item Title": r["title"], "Item ID": r["sku"], "Reference Txn ID": r["txn"],
                     "Invoice Number": r["order"], "Quantity": str(r["qty"]), "Balance": money(bal),
                     "Note": rng.choice(["Engraving error - remake sent", "Order cancelled by buyer", "Damaged in shipping"]),
                     "Country Code": "US", "Balance Impact": "Debit"})
    elif e["row"] == "payout":
        amt = round(min(bal - 50, rng.uniform(600, 1600)), 2)
        bal = round(bal - amt, 2)
        base.update({"Type": "General Withdrawal", "Gross": money(-amt), "Fee": "0.00", "Net": money(-amt),
                     "From Email Address": SELLER, "Item Title": "", "Balance": money(bal),
                     "Note": "", "Balance Impact": "Debit"})
    else:
        bal = round(bal - 20.00, 2)
        base.update({"Type": "Chargeback Fee", "Gross": "0.00", "Fee": "-20.00", "Net": "-20.00",
                     "From Email Address": SELLER, "Balance": money(bal), "Balance Impact": "Debit"})
    rows.append([base[h] for h in header])
    labels.append((e["label"], e["amb"], e["kind"], "US"))

buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
w.writerow(header)
w.writerows(rows)
(LAYOUTS / f"{ID}.csv").write_text("\ufeff" + buf.getvalue(), encoding="utf-8", newline="")
write_labels(ID, labels)
write_key(ID, {
    "id": ID,
    "system": "PayPal business account - Activity download (Reports > Activity download, transaction type balance affecting, format CSV)",
    "country": "US",
    "language": "en",
    "docs": [
        "hledger CSV rules for PayPal CSV (2018 format, default fields): the full default header row Date, Time, TimeZone, Name, Type, Status, Currency, Gross, Fee, Net, From Email Address, To Email Address, Transaction ID, Shipping Address, Address Status, Item Title, Item ID, Shipping and Handling Amount, Insurance Amount, Sales Tax, Option 1/2 Name/Value, Reference Txn ID, Invoice Number, Custom Number, Quantity, Receipt ID, Balance, address parts, Country, Contact Phone Number, Subject, Note, Country Code, Balance Impact - gave column names and order",
        "PayPal Activity Download specification and developer 'Download Account History': UTF-8, CSV or tab formats, Date as M/D/YYYY, Time HH:MM:SS, three-letter TimeZone, Name = counterparty, Balance Impact Credit/Debit/Memo - gave formats",
        "OCA bank-statement-import PayPal usage notes: Activity download with transaction type 'Balance affecting', CSV; public parsers read a BOM before the first quoted header - gave the BOM and quoting",
    ],
    "fields": {"buyer": "Name", "product": "Item Title", "quantity": "Quantity", "amount": "Gross",
               "tax_id": None, "email": "From Email Address", "payment": None, "comment": "Note"},
    "also_ok": {"amount": ["Net"], "comment": ["Subject"], "payment": ["Type"]},
    "notes": "UTF-8 with BOM, every field double-quoted, CRLF, one record per PayPal transaction in date order, no title or totals lines. Money uses a dot decimal and comma thousands inside quotes ('1,234.56'), refunds/withdrawals/fees negative. PayPal fee is on the payment row (Fee/Net). Rows without a buyer: 'General Withdrawal' (payout to the seller's bank) and 'Chargeback Fee'. In 'Payment Refund' rows the From Email Address is the seller's own and the buyer's address is in To Email Address; Reference Txn ID points at the refunded payment (same buyer, same label). Sales Tax is NC sales tax on in-state consumer/business orders; government orders tax-exempt.",
})
print(len(rows), "records")
