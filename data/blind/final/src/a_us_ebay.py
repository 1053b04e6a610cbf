"""a_us_ebay_orders_report: eBay Seller Hub Orders report (CSV download), US seller of refurbished electronics."""
import random, csv, datetime as dt
from a_common import *

LID = "a_us_ebay_orders_report"
rng = random.Random(4808)
C = lambda code, name, price, t, maxq=20: dict(code=code, name=name, price=price, t=t, maxq=maxq)
CAT = [
    C("OPT7080-16-256", "Dell OptiPlex 7080 SFF i5-10500 16GB 256GB SSD Windows 11 Pro", 289.99, "n", 20),
    C("T480-8-256", "Lenovo ThinkPad T480 14\" i5-8350U 8GB RAM 256GB SSD Win 11", 219.00, "n", 20),
    C("870EVO-1TB", "Samsung 870 EVO 1TB 2.5\" SATA III Internal SSD MZ-77E1T0", 79.99, "n", 10),
    C("C2960X-48", "Cisco Catalyst WS-C2960X-48TS-L 48-Port Gigabit Switch", 189.00, "b", 6),
    C("R740-2X6130", "Dell PowerEdge R740 2x Xeon Gold 6130 128GB RAM 2U Server", 1899.00, "b", 2),
    C("M404DN-R", "HP LaserJet Pro M404dn Monochrome Printer - Refurbished", 169.99, "n", 3),
    C("U6LITE", "Ubiquiti UniFi U6-Lite WiFi 6 Access Point", 89.00, "n", 10),
    C("BX600", "APC Back-UPS 600VA BE600M1 Battery Backup", 59.99, "n", 6),
    C("IP13-128-G", "Apple iPhone 13 128GB Unlocked Midnight - Good Condition", 339.00, "h"),
    C("WH1000XM4", "Sony WH-1000XM4 Wireless Noise Canceling Headphones Black", 168.00, "h"),
    C("SW-OLED", "Nintendo Switch OLED Model White Console", 269.99, "h"),
    C("GPROX", "Logitech G PRO X Gaming Headset with Blue VO!CE", 79.99, "h"),
    C("IPAD9-64", "Apple iPad 9th Gen 10.2\" 64GB Wi-Fi Space Gray", 179.00, "h"),
    C("JBL-CH5", "JBL Charge 5 Portable Bluetooth Speaker Blue", 109.95, "h"),
]
cat = {c["code"]: c for c in CAT}
G, Bz, Cz = "B2G", "B2B", "B2C"
ST = {"TX": ("Austin", "78704"), "CA": ("Sacramento", "95814"), "FL": ("Tampa", "33606"), "NY": ("Buffalo", "14201"), "OH": ("Columbus", "43215"),
      "WA": ("Spokane", "99201"), "GA": ("Savannah", "31401"), "IL": ("Peoria", "61602"), "AZ": ("Mesa", "85201"), "PA": ("Erie", "16501"),
      "MI": ("Lansing", "48933"), "CO": ("Pueblo", "81003"), "NC": ("Durham", "27701"), "OR": ("Salem", "97301"), "MN": ("Duluth", "55802")}
streets = ["Maple Ave", "Oak St", "Pine Rd", "Cedar Ln", "Elm St", "Lakeview Dr", "Sunset Blvd", "Hillcrest Rd", "Park Ave", "Willow Way"]
def addr(st=None):
    st = st or rng.choice(list(ST))
    return (f"{rng.randint(10, 9999)} {rng.choice(streets)}", "", ST[st][0], st, ST[st][1])
first = ["Michael", "Jessica", "Chris", "Amanda", "Tyler", "Brittany", "Jose", "Hannah", "Kevin", "Megan", "Andre", "Olivia", "Ryan", "Samantha",
         "Derek", "Nicole", "Luis", "Emily", "Brandon", "Courtney", "Eric", "Rachel", "Marcus", "Kayla"]
last = ["Johnson", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "White",
        "Harris", "Clark", "Lewis", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker"]
mails = ["gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"]
buyers = []
for i in range(46):
    f, l = rng.choice(first), rng.choice(last)
    user = rng.choice([f"{f.lower()}{l.lower()}{rng.randint(1, 99)}", f"{f[0].lower()}{l.lower()}_{rng.randint(10, 999)}", f"{l.lower()}.{f.lower()}"])
    buyers.append(B(f"{f} {l}", Cz, "private_person", "US", False, "person", 1.0, user=user,
                    email="" if rng.random() < 0.1 else f"{user}@{rng.choice(mails)}", addr=addr(), shipto=None))
def org(name, kind, label, user, email, st, w=1.0, exempt=False, **kw):
    return B(name, label, kind, "US", False, "org", w, user=user, email=email, addr=addr(st), exempt=exempt, **kw)
buyers += [
    org("Oregon Department of Transportation", "us_state_agency_purchase_card", G, "odot_it_purchasing", "it.purchasing@odot.oregon.gov", "OR", 1.5, True),
    org("Harris County Sheriff's Office", "us_county", G, "hcso-techsupply", "techsupply@sheriff.hctx.net", "TX", 1, True),
    org("City of Pueblo - Information Technology", "us_city", G, "pueblo_city_it", "itdept@pueblo.us", "CO", 1, True),
    org("Erie County Public Library", "public_library", G, "ecpl_tech", "techservices@buffalolib.org", "NY", 0.7, True),
    org("Durham Public Schools - Technology Services", "school_district", G, "dps_techservices", "techservices@dpsnc.net", "NC", 1, True),
    org("TechRenew LLC", "reseller_tax_exempt", Bz, "techrenew-llc", "purchasing@techrenew.com", "OH", 1.5, True),
    org("Midwest Computer Recyclers Inc", "reseller_tax_exempt", Bz, "mwcr_inc", "buy@midwestcomputerrecyclers.com", "IL", 1, True),
    org("Sunbelt IT Solutions", "company_no_legal_form", Bz, "sunbelt_it", "orders@sunbeltitsolutions.com", "FL", 1),
    org("Precision Machining Corp", "company_with_legal_form", Bz, "precisionmachining_ap", "ap@precisionmachiningcorp.com", "MI", 1),
    org("Grace Community Church", "church", Bz, "gracecc_av", "office@gracecommunity.org", "GA", 0.8, True),
    org("St. Vincent de Paul Society of Spokane", "non_profit", Bz, "svdp_spokane", "admin@svdpspokane.org", "WA", 0.8, True),
]
def L(code, q): return (cat[code], q)
P = lambda name, user, email, kind, label, amb, st=None, note="", shipto=None: B(name, label, kind, "US", amb, "person", user=user, email=email, addr=addr(st), note=note, shipto=shipto)
S = [
    (P("Jason Whitley", "jwhitley_deals", "jwhitley88@gmail.com", "private_person_bulk_quantity", Cz, True), [L("870EVO-1TB", 40)]),
    (P("Carlos Mendoza", "cmendoza_flips", "carlosmendoza.resale@gmail.com", "person_states_resale", Bz, True, note="Buying for resale in my repair shop, please send invoice"), [L("T480-8-256", 5), L("BX600", 2)]),
    (P("SPC Dylan Foster", "dfoster_0212", "dylan.m.foster2.mil@army.mil", "person_with_mil_email", Cz, True), [L("GPROX", 1)]),
    (B("Rebecca Stone", Cz, "person_apo_address", "US", True, "person", user="bstone_apo", email="becca.stone@gmail.com", addr=("Unit 8400 Box 1225", "", "APO", "AE", "09104")), [L("SW-OLED", 1)]),
    (P("Nathan Price", "nprice_ut", "nathan.price@utexas.edu", "person_with_edu_email", Cz, True, "TX"), [L("WH1000XM4", 1)]),
    (P("Monica Ellis", "mellis_reads", "monica.ellis@dot.ca.gov", "person_with_gov_email", Cz, True, "CA", note="gift for my son"), [L("IPAD9-64", 1)]),
    (org("Apex Dental Group LLC", "company_household_goods_only", Bz, "apexdental_office", "office@apexdentalgroup.com", "AZ"), [L("JBL-CH5", 1)]),
    (org("Lincoln High School - Tacoma Public Schools", "public_school_household_item", G, "lincolnhs_library", "lhs.library@tacoma.k12.wa.us", "WA", exempt=True), [L("JBL-CH5", 1)]),
    (B("", Cz, "product_only_household_goods", "US", True, "person", user="t***a", email="", addr=("", "", "", "", "")), [L("IP13-128-G", 1)]),
    (B("", Cz, "product_only_household_goods", "US", True, "person", user="k***0", email="", addr=("", "", "", "", "")), [L("WH1000XM4", 1)]),
]
S[6][0]["amb"] = True; S[7][0]["amb"] = True
# gifts: ship-to name differs (plain B2C)
for b in buyers[:6]:
    b["shipto"] = rng.choice(first) + " " + b["name"].split()[-1]
S += [S[i] for i in (0, 2, 4, 5, 6, 1)]  # repeat buyers / second purchases
orders = gen_orders(rng, buyers, CAT, S, 190, maxlines=3, line_rows=lambda o: len(o["lines"]) + (1 if len(o["lines"]) > 1 else 0))
hdr = ["Sales Record Number", "Order Number", "Buyer Username", "Buyer Name", "Buyer Email", "Buyer Note", "Buyer Address 1", "Buyer Address 2",
       "Buyer City", "Buyer State", "Buyer Zip", "Buyer Country", "Buyer Tax Identifier Name", "Buyer Tax Identifier Value", "Ship To Name",
       "Ship To Phone", "Ship To Address 1", "Ship To Address 2", "Ship To City", "Ship To State", "Ship To Zip", "Ship To Country", "Item Number",
       "Item Title", "Custom Label", "Sold Via Promoted Listings", "Quantity", "Sold For", "Shipping And Handling", "Item Location", "Item Zip Code",
       "Item Country", "eBay Collect And Remit Tax Rate", "eBay Collect And Remit Tax Type", "eBay Reference Name", "eBay Reference Value",
       "Tax Status", "Seller Collected Tax", "eBay Collected Tax", "Electronic Waste Recycling Fee", "Mattress Recycling Fee", "Battery Recycling Fee",
       "White Goods Disposal Tax", "Tire Recycling Fee", "Additional Fee", "Lumber Fee", "Prepaid Wireless Fee", "Road Improvement And Food Delivery Fee",
       "eBay Collected Charges", "Total Price", "eBay Collected Tax and Fees Included in Total", "Payment Method", "Sale Date", "Paid On Date",
       "Ship By Date", "Minimum Estimated Delivery Date", "Maximum Estimated Delivery Date", "Shipped On Date", "Feedback Left", "Feedback Received",
       "My Item Note", "PayPal Transaction ID", "Shipping Service", "Tracking Number", "Transaction ID", "Variation Details", "Global Shipping Program",
       "Global Shipping Reference ID", "Click And Collect", "Click And Collect Reference Number", "eBay Plus", "Authenticity Verification Program",
       "Authenticity Verification Status", "Authenticity Verification Outcome Reason", "PSA Vault Program", "Vault Fulfillment Type",
       "eBay Fulfillment Program", "Tax City", "Tax State", "Tax Zip", "Tax Country", "eBay International Shipping"]
H = {h: i for i, h in enumerate(hdr)}
def usd(x): return "${:,.2f}".format(x)
def ed(d): return d.strftime("%b-%d-%y")
item_ids = {c["code"]: str(rng.randint(134000000000, 136999999999)) for c in CAT}
rows = []; metas = []
d0 = dt.date(2025, 9, 1); srn = 7712
for i, o in enumerate(orders):
    b = o["buyer"]
    date = d0 + dt.timedelta(days=int(i * 0.6))
    on = "%02d-%05d-%05d" % (rng.randint(10, 27), rng.randint(10000, 99999), rng.randint(10000, 99999))
    a = b.get("addr") or ("", "", "", "", "")
    sub = sum(c["price"] * q for c, q in o["lines"])
    ship = 0.0 if sub > 100 else 9.95
    exempt = b.get("exempt")
    tax = 0.0 if exempt else round(sub * 0.0825, 2)
    pay = rng.choice(["CreditCard", "CreditCard", "PayPal", "ApplePay", "GooglePay"])
    def base():
        r = [""] * len(hdr)
        return r
    def fill_order(r, with_items):
        r[H["Sales Record Number"]] = str(srn); r[H["Order Number"]] = on; r[H["Buyer Username"]] = b.get("user", "")
        r[H["Buyer Name"]] = b["name"]; r[H["Buyer Email"]] = b.get("email", ""); r[H["Buyer Note"]] = b.get("note", "")
        r[H["Buyer Address 1"]], r[H["Buyer Address 2"]], r[H["Buyer City"]], r[H["Buyer State"]], r[H["Buyer Zip"]] = a
        r[H["Buyer Country"]] = "United States" if a[0] else ""
        r[H["Ship To Name"]] = b.get("shipto") or b["name"]
        r[H["Ship To Phone"]] = "" if not a[0] else "+1 %03d-%03d-%04d" % (rng.randint(201, 989), rng.randint(200, 999), rng.randint(0, 9999))
        r[H["Ship To Address 1"]], r[H["Ship To Address 2"]], r[H["Ship To City"]], r[H["Ship To State"]], r[H["Ship To Zip"]] = a
        r[H["Ship To Country"]] = r[H["Buyer Country"]]
        r[H["Shipping And Handling"]] = usd(ship); r[H["Tax Status"]] = "Exempt" if exempt else "Taxable"
        r[H["Seller Collected Tax"]] = usd(0); r[H["eBay Collected Tax"]] = usd(tax); r[H["eBay Collected Charges"]] = usd(0)
        r[H["Total Price"]] = usd(sub + ship + tax); r[H["eBay Collected Tax and Fees Included in Total"]] = "Yes"
        r[H["Payment Method"]] = pay; r[H["Sale Date"]] = ed(date); r[H["Paid On Date"]] = ed(date)
        r[H["Ship By Date"]] = ed(date + dt.timedelta(days=2)); r[H["Shipped On Date"]] = ed(date + dt.timedelta(days=1))
        r[H["Minimum Estimated Delivery Date"]] = ed(date + dt.timedelta(days=4)); r[H["Maximum Estimated Delivery Date"]] = ed(date + dt.timedelta(days=7))
        r[H["Shipping Service"]] = rng.choice(["USPS Ground Advantage", "UPS Ground", "FedEx Home Delivery"])
        r[H["Tracking Number"]] = "9400%018d" % rng.randint(0, 10**18 - 1)
        r[H["Global Shipping Program"]] = "No"; r[H["Click And Collect"]] = "No"; r[H["eBay Plus"]] = "No"
        r[H["Tax City"]], r[H["Tax State"]], r[H["Tax Zip"]] = a[2], a[3], a[4]; r[H["Tax Country"]] = "US" if a[0] else ""
        r[H["eBay International Shipping"]] = "No"; r[H["Feedback Left"]] = "No"; r[H["Feedback Received"]] = rng.choice(["", "Positive"])
    def fill_item(r, c, q):
        r[H["Item Number"]] = item_ids[c["code"]]; r[H["Item Title"]] = c["name"]; r[H["Custom Label"]] = c["code"]
        r[H["Sold Via Promoted Listings"]] = rng.choice(["Yes", "No", "No"]); r[H["Quantity"]] = str(q); r[H["Sold For"]] = usd(c["price"])
        r[H["Item Location"]] = "Columbus, OH"; r[H["Item Zip Code"]] = "43219"; r[H["Item Country"]] = "United States"
        r[H["eBay Collect And Remit Tax Rate"]] = "0%" if exempt else "8.25%"; r[H["eBay Collect And Remit Tax Type"]] = "SalesTax"
        r[H["Transaction ID"]] = str(rng.randint(10**12, 10**13 - 1))
    if len(o["lines"]) == 1:
        r = base(); fill_order(r, True); fill_item(r, *o["lines"][0]); rows.append(r); metas.append(meta(b))
    else:
        r = base(); fill_order(r, False); r[H["Quantity"]] = str(sum(q for _, q in o["lines"])); rows.append(r); metas.append(meta(b))
        for c, q in o["lines"]:
            r = base(); r[H["Sales Record Number"]] = str(srn); r[H["Order Number"]] = on; r[H["Buyer Username"]] = b.get("user", "")
            fill_item(r, c, q); rows.append(r); metas.append(meta(b))
    srn += 1
with open(f"{LAY}/{LID}.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, quoting=csv.QUOTE_ALL)
    w.writerow(hdr); w.writerow([""] * len(hdr)); w.writerows(rows)
    w.writerow([""] * len(hdr)); w.writerow([""] * len(hdr))
    w.writerow(["%d record(s) downloaded" % len(rows)] + [""] * (len(hdr) - 1))
    w.writerow(["Seller ID : buckeye_refurb_tech"] + [""] * (len(hdr) - 1))
write_labels(LID, metas)
write_key(LID, {
    "id": LID, "system": "eBay Seller Hub - Orders > Download report (Orders report CSV), US marketplace",
    "country": "US", "language": "en",
    "docs": ["eBay Orders report column list as reproduced in public repositories that parse it (e.g. randomecho/shifted-sales-report README: Sales Record Number, Order Number, Buyer Username, Buyer Name, Buyer Email, Buyer Note, Buyer Address 1 ... Tax Status, eBay Collected Tax, Total Price, Payment Method, Sale Date ... eBay International Shipping)",
             "eBay report conventions: all fields quoted, an empty row after the header, '$1,234.56' amounts, 'Mon-DD-YY' dates, multi-item orders as one order row (buyer, totals) followed by one row per item, and trailer lines 'N record(s) downloaded' and 'Seller ID : ...' - trailer/blank rows written from memory of the real download"],
    "fields": {"buyer": "Buyer Name", "product": "Item Title", "quantity": "Quantity", "amount": "Total Price", "tax_id": "Buyer Tax Identifier Value",
               "email": "Buyer Email", "payment": "Payment Method", "comment": "Buyer Note"},
    "also_ok": {"amount": ["Sold For"], "buyer": ["Buyer Username"]},
    "notes": "File line 2 (all-empty row right after the header) is not a record; record 0 is file line 3. At the end: two all-empty rows, 'N record(s) downloaded' and 'Seller ID : ...' - not records. For multi-item orders the first row of the order carries the buyer and order totals with empty item fields, and the following rows (same Order Number) carry the items; all rows of an order have one label. Buyer Tax Identifier Name/Value are empty for these domestic US buyers; 'Tax Status' = Exempt marks buyers with an exemption certificate on file (not evidence by itself). Two records have only a masked username and an item."})
print(LID, len(metas))
