"""Stripe (Ireland) - Dashboard Payments export (unified payments CSV), one row per charge/payment.

Seller: a Dublin coffee roaster selling online (Checkout / Invoicing / Billing subscriptions),
at weekend markets (Terminal) and through a Connect marketplace (py_ payments from the platform).
Rebuild: python q_ie_stripe_payments.py  (seed fixed)
"""
import csv
import datetime as dt
import random

from q_common import LAYOUTS, ie_vat, rand_alnum, write_key, write_labels

LAYOUT_ID = "q_ie_stripe_payments"
rng = random.Random(3535)

HEADERS = [
    "id", "Created (UTC)", "Amount", "Amount Refunded", "Currency", "Captured", "Converted Amount",
    "Converted Amount Refunded", "Converted Currency", "Decline Reason", "Description", "Fee", "Refunded date (UTC)",
    "Statement Descriptor", "Status", "Seller Message", "Taxes On Fee", "Card ID", "Card Name", "Card Address Line1",
    "Card Address Line2", "Card Address City", "Card Address State", "Card Address Country", "Card Address Zip",
    "Card AVS Line1 Status", "Card AVS Zip Status", "Card Brand", "Card CVC Status", "Card Exp Month", "Card Exp Year",
    "Card Fingerprint", "Card Funding", "Card Issue Country", "Card Last4", "Card Tokenization Method", "Customer ID",
    "Customer Description", "Customer Email", "Customer Phone", "Shipping Name", "Shipping Address Line1",
    "Shipping Address Line2", "Shipping Address City", "Shipping Address State", "Shipping Address Country",
    "Shipping Address Postal Code", "Disputed Amount", "Dispute Date (UTC)", "Dispute Evidence Due (UTC)",
    "Dispute Reason", "Dispute Status", "Invoice ID", "Invoice Number", "Checkout Session ID", "Client Reference ID",
    "Payment Link ID", "Application Fee", "Application ID", "Destination", "Transfer", "Transfer Group",
    "PaymentIntent ID", "Payment Source Type", "order_id (metadata)", "items (metadata)", "company_name (metadata)",
    "vat_number (metadata)", "po_number (metadata)", "customer_note (metadata)",
]

PRODUCTS = [
    ("Ethiopia Yirgacheffe 250g", 13.50), ("Colombia Huila 250g", 12.00), ("House Espresso Blend 1kg", 34.00),
    ("Brazil Cerrado 1kg", 31.00), ("Decaf Swiss Water 250g", 12.50), ("Kenya Nyeri AA 250g", 15.00),
    ("Aeropress Go", 39.95), ("Hario V60 Dripper 02", 24.00), ("Hario V60 Filter Papers x100", 6.50),
    ("Baratza Encore ESP grinder", 189.00), ("Fellow Stagg EKG kettle", 179.00), ("KeepCup Brew 12oz", 28.00),
    ("Chemex 6-cup", 52.00), ("Gift card", 50.00), ("Home Barista Workshop (Sat)", 65.00),
]
HOUSEHOLD_BIG = [("Sage Bambino Plus espresso machine", 399.00), ("Baratza Encore ESP grinder", 189.00),
                 ("Fellow Stagg EKG kettle", 179.00)]
WHOLESALE = [("Wholesale House Espresso Blend 5kg", 130.00), ("Wholesale Brazil Cerrado 5kg", 118.00),
             ("Wholesale Decaf 1kg", 29.00), ("Office coffee plan - 6kg/month", 210.00),
             ("Barista training session (on site)", 240.00), ("Espresso machine service call", 145.00)]

GIVEN = ["Aoife", "Ciara", "Niamh", "Siobhán", "Sinéad", "Orla", "Emma", "Sarah", "Caoimhe", "Róisín", "Grace", "Laura",
         "Seán", "Ciarán", "Conor", "Darragh", "Cian", "Eoin", "Jack", "Mark", "Pádraig", "Liam", "Kevin", "Colm"]
SURN = ["Murphy", "Kelly", "O'Sullivan", "Walsh", "Smith", "O'Brien", "Byrne", "Ryan", "O'Connor", "O'Neill",
        "O'Reilly", "Doyle", "McCarthy", "Gallagher", "Doherty", "Kennedy", "Lynch", "Murray", "Quinn", "Moore",
        "McLoughlin", "Carroll", "Connolly", "Daly", "Brennan", "Nolan"]
EU_PEOPLE = [("Lukas Schneider", "DE", "Berlin", "10437"), ("Anna Müller", "DE", "München", "80331"),
             ("Camille Dubois", "FR", "Lyon", "69002"), ("Sophie Janssen", "NL", "Utrecht", "3511"),
             ("Marco Rossi", "IT", "Milano", "20121"), ("Katarzyna Nowak", "PL", "Kraków", "31-042"),
             ("Jonas Peeters", "BE", "Gent", "9000"), ("Laura Fernández", "ES", "Madrid", "28004")]
IE_TOWNS = [("Dublin 8", "D08 X2Y7"), ("Dublin 6", "D06 F8K3"), ("Dublin 7", "D07 PK22"), ("Dún Laoghaire", "A96 R8C4"),
            ("Cork", "T12 H2RK"), ("Galway", "H91 E2K7"), ("Limerick", "V94 T9PX"), ("Kilkenny", "R95 D3W2"),
            ("Bray", "A98 V6F2"), ("Swords", "K67 E5A6"), ("Maynooth", "W23 F854"), ("Waterford", "X91 N2P6")]
IE_STREETS = ["Main Street", "Church Road", "Grove Park", "Oakley Road", "Griffith Avenue", "Ranelagh Road",
              "Beechwood Court", "Strand Road", "College Road", "Mill Lane", "Seafield Crescent", "Harbour View"]
FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.ie", "outlook.com", "icloud.com", "eircom.net"]


def deaccent(s):
    return s.translate(str.maketrans("áéíóúÁÉÍÓÚüÜ", "aeiouAEIOUuU")).replace("'", "")


def ie_person():
    g, s = rng.choice(GIVEN), rng.choice(SURN)
    name = f"{g} {s}"
    email = f"{deaccent(g).lower()}{rng.choice(['.', '', '_'])}{deaccent(s).lower()}{rng.choice(['', '', str(rng.randint(1, 99))])}@{rng.choice(FREEMAIL)}"
    town, eir = rng.choice(IE_TOWNS)
    line1 = f"{rng.randint(1, 180)} {rng.choice(IE_STREETS)}"
    return dict(name=name, email=email, line1=line1, city=town, zip=eir, country="IE", state="")


records = []  # each: row dict + label info


def base_row(when):
    r = {h: "" for h in HEADERS}
    r["Created (UTC)"] = when.strftime("%Y-%m-%d %H:%M")
    r["Currency"] = "eur"
    r["Captured"] = "true"
    r["Converted Currency"] = "eur"
    r["Statement Descriptor"] = "BEANBURR COFFEE"
    r["Status"] = "Paid"
    r["Seller Message"] = "Payment complete."
    r["Amount Refunded"] = "0.00"
    r["Converted Amount Refunded"] = "0.00"
    return r


def rand_when():
    start = dt.datetime(2024, 3, 1, 7, 0)
    return start + dt.timedelta(minutes=rng.randint(0, 60 * 24 * 182))


def card_fields(r, holder, country="IE", addr=None, present=False):
    r["Card ID"] = "pm_1" + rand_alnum(rng, 23)
    r["Card Name"] = holder
    if addr:
        r["Card Address Line1"] = addr.get("line1", "")
        r["Card Address City"] = addr.get("city", "")
        r["Card Address Country"] = addr.get("country", country)
        r["Card Address Zip"] = addr.get("zip", "")
        r["Card AVS Line1 Status"] = "pass"
        r["Card AVS Zip Status"] = rng.choice(["pass", "pass", "unavailable"])
    r["Card Brand"] = rng.choice(["Visa", "Visa", "MasterCard", "MasterCard", "American Express"])
    r["Card CVC Status"] = "" if present else "pass"
    r["Card Exp Month"] = str(rng.randint(1, 12))
    r["Card Exp Year"] = str(rng.randint(2025, 2030))
    r["Card Fingerprint"] = rand_alnum(rng, 16)
    r["Card Funding"] = rng.choice(["debit", "debit", "credit"])
    r["Card Issue Country"] = country
    r["Card Last4"] = f"{rng.randint(0, 9999):04d}"
    r["Card Tokenization Method"] = "" if present else rng.choice(["", "", "apple_pay", "google_pay"])
    r["Payment Source Type"] = "card_present" if present else "card"


def money(x):
    return f"{x:.2f}"


def set_amount(r, amount, fee_rate=0.015, fixed=0.25, currency="eur", fx=1.0):
    r["Amount"] = money(amount)
    r["Currency"] = currency
    conv = round(amount * fx, 2)
    r["Converted Amount"] = money(conv)
    r["Fee"] = money(round(conv * fee_rate + fixed, 2))
    r["Taxes On Fee"] = "0.00"


order_no = [10480]
inv_no = [0]


def next_order():
    order_no[0] += rng.randint(1, 4)
    return f"#{order_no[0]}"


def items_text(items):
    return ", ".join(f"{n} x{q}" for n, q, _ in items)


def add(r, label, kind, country, amb=False):
    if not r["PaymentIntent ID"] and r["Payment Source Type"] != "stripe_account":
        r["PaymentIntent ID"] = "pi_3" + r["id"][4:]
    records.append((r, dict(label=label, ambiguous=amb, kind=kind, country=country)))


def web_order(p, items, when=None, label="B2C", kind="private_person", country=None, amb=False, note="",
              company="", vat="", po="", ship=None, holder=None, customer_desc=None, status="Paid"):
    when = when or rand_when()
    r = base_row(when)
    r["id"] = "ch_3" + rand_alnum(rng, 23)
    amount = round(sum(q * pr for _, q, pr in items) + (4.95 if sum(q * pr for _, q, pr in items) < 60 else 0), 2)
    c = (country or p["country"])
    eu = c in ("IE", "DE", "FR", "NL", "IT", "PL", "BE", "ES")
    set_amount(r, amount, 0.015 if eu else 0.025)
    oid = next_order()
    r["Description"] = f"Order {oid}: " + items_text(items)
    card_fields(r, holder if holder is not None else p["name"], c, p)
    r["Customer ID"] = "cus_" + rand_alnum(rng, 14)
    r["Customer Description"] = customer_desc if customer_desc is not None else p["name"]
    r["Customer Email"] = p["email"]
    r["Customer Phone"] = p.get("phone", "")
    sh = ship or p
    r["Shipping Name"] = sh.get("ship_name", p["name"])
    r["Shipping Address Line1"] = sh["line1"]
    r["Shipping Address City"] = sh["city"]
    r["Shipping Address Country"] = sh["country"]
    r["Shipping Address Postal Code"] = sh["zip"]
    r["Checkout Session ID"] = "cs_live_a1" + rand_alnum(rng, 56)
    r["Client Reference ID"] = oid.strip("#")
    r["order_id (metadata)"] = oid.strip("#")
    r["items (metadata)"] = items_text(items)
    r["company_name (metadata)"] = company
    r["vat_number (metadata)"] = vat
    r["po_number (metadata)"] = po
    r["customer_note (metadata)"] = note
    apply_status(r, status, when)
    add(r, label, kind, c, amb)
    return r


def apply_status(r, status, when):
    if status == "Refunded":
        r["Status"] = "Refunded"
        r["Amount Refunded"] = r["Amount"]
        r["Converted Amount Refunded"] = r["Converted Amount"]
        r["Refunded date (UTC)"] = (when + dt.timedelta(days=rng.randint(1, 12), hours=rng.randint(0, 9))).strftime("%Y-%m-%d %H:%M")
    elif status == "Partially refunded":
        r["Status"] = "Paid"
        part = round(float(r["Amount"]) * rng.choice([0.3, 0.5]), 2)
        r["Amount Refunded"] = money(part)
        r["Converted Amount Refunded"] = money(part)
        r["Refunded date (UTC)"] = (when + dt.timedelta(days=rng.randint(1, 12))).strftime("%Y-%m-%d %H:%M")
    elif status == "Failed":
        r["Status"] = "Failed"
        r["Captured"] = "false"
        reason = rng.choice(["insufficient_funds", "card_declined", "expired_card", "do_not_honor"])
        r["Decline Reason"] = reason
        r["Seller Message"] = {"insufficient_funds": "The customer's account has insufficient funds to cover this payment.",
                               "expired_card": "The customer's card has expired.",
                               }.get(reason, "The bank did not return any further details with this decline.")
        r["Fee"] = "0.00"
        r["Converted Amount"] = "0.00"


def rand_items(pool=PRODUCTS, n=(1, 3)):
    out = []
    for name, price in rng.sample(pool, rng.randint(*n)):
        out.append((name, rng.choice([1, 1, 1, 2]), price))
    return out


# ---------------------------------------------------------------- private persons, online
for _ in range(95):
    p = ie_person()
    st = rng.choices(["Paid", "Refunded", "Failed", "Partially refunded"], [86, 5, 6, 3])[0]
    desc = p["name"] if rng.random() < 0.75 else ""
    if rng.random() < 0.08:
        desc = p["name"].upper()
    web_order(p, rand_items(), status=st, customer_desc=desc)
for name, c, city, z in EU_PEOPLE:
    for _ in range(rng.choice([1, 2])):
        first, last = name.split(" ", 1)
        p = dict(name=name, email=f"{deaccent(first).lower()}.{deaccent(last).lower()}@{rng.choice(['gmail.com', 'gmx.de' if c == 'DE' else 'outlook.com', 'web.de' if c == 'DE' else 'orange.fr' if c == 'FR' else 'gmail.com'])}",
                 line1=f"{rng.choice(['Hauptstraße', 'Rue de la République', 'Kerkstraat', 'Via Roma', 'ul. Długa', 'Calle Mayor'])} {rng.randint(1, 90)}",
                 city=city, zip=z, country=c)
        web_order(p, rand_items(n=(1, 2)))
# UK / Northern Ireland buyers paying in GBP
for _ in range(6):
    p = ie_person()
    p["city"], p["zip"], p["country"] = rng.choice([("Belfast", "BT7 1NN"), ("Derry", "BT48 6DQ"), ("Newry", "BT34 1AA")]) + ("GB",)
    r = web_order(p, rand_items(n=(1, 2)), country="GB")
    amt = float(r["Amount"])
    r["Currency"] = "gbp"
    r["Converted Amount"] = money(round(amt * 1.17, 2))
    r["Fee"] = money(round(amt * 1.17 * 0.025 + 0.25, 2))

# subscriptions (Stripe Billing)
for _ in range(22):
    p = ie_person()
    when = rand_when()
    r = base_row(when)
    r["id"] = "ch_3" + rand_alnum(rng, 23)
    price = rng.choice([17.00, 24.00, 34.00])
    set_amount(r, price)
    r["Description"] = rng.choice(["Subscription update", "Subscription update", "Subscription creation"])
    card_fields(r, p["name"], "IE", p)
    r["Customer ID"] = "cus_" + rand_alnum(rng, 14)
    r["Customer Description"] = p["name"] if rng.random() < .6 else ""
    r["Customer Email"] = p["email"]
    inv_no[0] += 1
    r["Invoice ID"] = "in_1" + rand_alnum(rng, 23)
    r["Invoice Number"] = f"{rand_alnum(rng, 8).upper()}-{rng.randint(1, 18):04d}"
    r["items (metadata)"] = {17.00: "Coffee subscription 250g x2 / month", 24.00: "Coffee subscription 500g / month",
                             34.00: "Coffee subscription 1kg / month"}[price]
    apply_status(r, rng.choices(["Paid", "Failed"], [9, 1])[0], when)
    add(r, "B2C", "private_person", "IE")

# market stall, Stripe Terminal, no customer
for _ in range(22):
    when = rand_when().replace(hour=rng.randint(9, 15))
    when = when - dt.timedelta(days=(when.weekday() - 5) % 7)  # Saturday
    r = base_row(when)
    r["id"] = "ch_3" + rand_alnum(rng, 23)
    items = rand_items([p for p in PRODUCTS if p[1] < 60], (1, 2))
    set_amount(r, round(sum(q * pr for _, q, pr in items), 2), 0.014, 0.10)
    r["Description"] = rng.choice(["Temple Bar Food Market", "Dún Laoghaire People's Park Market", ""])
    card_fields(r, "", "IE", None, present=True)
    r["items (metadata)"] = items_text(items)
    add(r, "B2C", "anonymous_retail", "IE")

# ---------------------------------------------------------------- businesses (Stripe Invoicing + checkout)
COMPANIES = [
    ("Two Pups Coffee Ltd", "hello@twopupscoffee.ie", "Dublin 8", "D08 T6C9"),
    ("The Fumbally Café Ltd", "accounts@fumbally.ie", "Dublin 8", "D08 P9F2"),
    ("Harbour Bakehouse Ltd", "orders@harbourbakehouse.ie", "Howth", "D13 W7K2"),
    ("Kerry Group plc", "facilities.dublin@kerry.com", "Naas", "W91 W923"),
    ("Glanbia plc", "procurement@glanbia.com", "Kilkenny", "R95 E866"),
    ("Matheson LLP", "facilities@matheson.com", "Dublin 2", "D02 Y604"),
    ("Intercom R&D Unlimited Company", "workplace-dublin@intercom.io", "Dublin 2", "D02 R296"),
    ("Brindle Coffee Ltd", "ap@brindlecoffee.ie", "Dublin 1", "D01 F5P2"),
    ("Westbury Hotel Ltd", "purchasing@doylecollection.com", "Dublin 2", "D02 CH66"),
    ("Cork Coworking Hub DAC", "admin@corkcoworking.ie", "Cork", "T12 X8N2"),
    ("ESB Networks DAC", "facilities@esbnetworks.ie", "Dublin 2", "D02 XE80"),
    ("Deli Mar Ltd", "delimar.galway@gmail.com", "Galway", "H91 YK2P"),
]


def business_invoice(name, email, city, zipc, label, kind, country="IE", amb=False, po="", vat=None, pay="card",
                     holder=None, items=None, when=None, customer_desc=None, note=""):
    when = when or rand_when()
    r = base_row(when)
    r["id"] = ("py_3" if pay == "sepa_debit" else "ch_3") + rand_alnum(rng, 23)
    items = items or [(n, rng.randint(1, 4), pr) for n, pr in rng.sample(WHOLESALE, rng.randint(1, 2))]
    amount = round(sum(q * pr for _, q, pr in items) * 1.23, 2)
    set_amount(r, amount, 0.008 if pay == "sepa_debit" else 0.015, 0.0 if pay == "sepa_debit" else 0.25)
    if pay == "sepa_debit":
        r["Fee"] = money(min(round(amount * 0.008, 2), 5.00))
    r["Description"] = "Payment for Invoice"
    r["Customer ID"] = "cus_" + rand_alnum(rng, 14)
    r["Customer Description"] = customer_desc if customer_desc is not None else name
    r["Customer Email"] = email
    r["Invoice ID"] = "in_1" + rand_alnum(rng, 23)
    inv_no[0] += 1
    r["Invoice Number"] = f"BB-{2024}-{inv_no[0]:04d}"
    if pay == "card":
        card_fields(r, holder if holder is not None else rng.choice(["", name.upper()[:22]]), country,
                    dict(line1=f"{rng.randint(1, 90)} {rng.choice(['Pearse Street', 'Camden Street', 'Baggot Street', 'Dame Street', 'South Mall'])}",
                         city=city, zip=zipc, country=country))
        r["Card Funding"] = rng.choice(["credit", "credit", "debit"])
    else:
        r["Payment Source Type"] = "sepa_debit"
        r["Seller Message"] = "Payment complete."
    r["items (metadata)"] = items_text(items)
    r["company_name (metadata)"] = name if label != "B2G" else ""
    r["vat_number (metadata)"] = vat if vat is not None else ""
    r["po_number (metadata)"] = po
    r["customer_note (metadata)"] = note
    add(r, label, kind, country, amb)
    return r


for name, email, city, z in COMPANIES:
    vat = ie_vat(f"{rng.randint(3000000, 9999999)}", rng.choice(["", "H", "W"]))
    kind = "state_owned_company" if name.startswith("ESB") else "company"
    for _ in range(rng.choice([2, 3, 3, 4])):
        business_invoice(name, email, city, z, "B2B", kind, vat=vat if rng.random() < .85 else "",
                         pay=rng.choice(["card", "card", "sepa_debit"]), po=(f"PO{rng.randint(10000, 99999)}" if rng.random() < .3 else ""))
# sole trader with VAT number
for _ in range(3):
    business_invoice("Seán Daly t/a Daly's Deli", "dalysdeli@gmail.com", "Kilkenny", "R95 K2D8", "B2B", "sole_trader",
                     vat=ie_vat("8123456", ""), pay="card", holder="SEAN DALY")
# EU B2B customer with reverse charge VAT number
business_invoice("Kaffeerösterei Elbgold GmbH", "einkauf@elbgold.com", "Hamburg", "22769", "B2B", "company", country="DE",
                 vat="DE812345678", pay="sepa_debit")

PUBLIC = [
    ("Dublin City Council", "procurement@dublincity.ie", "Dublin 8", "D08 RF3F", "municipality", "IE"),
    ("Cork County Council", "purchasing@corkcoco.ie", "Cork", "T12 R2NC", "municipality", "IE"),
    ("Galway City Council", "purchasing@galwaycity.ie", "Galway", "H91 X4K8", "municipality", "IE"),
    ("Health Service Executive", "accounts.payable@hse.ie", "Dublin 8", "D08 W2A8", "public_health_body", "IE"),
    ("University College Dublin", "procurement@ucd.ie", "Dublin 4", "D04 V1W8", "public_university", "IE"),
    ("Trinity College Dublin", "procurement@tcd.ie", "Dublin 2", "D02 PN40", "public_university", "IE"),
    ("Department of Foreign Affairs", "facilities@dfa.ie", "Dublin 2", "D02 VY53", "government_department", "IE"),
    ("Office of Public Works", "procurement@opw.ie", "Trim", "C15 NX36", "state_agency", "IE"),
    ("An Garda Síochána - Garda College", "gardacollege@garda.ie", "Templemore", "E41 F9T3", "police", "IE"),
    ("Óglaigh na hÉireann - Defence Forces", "procurement@defenceforces.ie", "Newbridge", "W12 AD93", "armed_forces", "IE"),
    ("Embassy of the Federal Republic of Germany", "verwaltung@dubl.auswaertiges-amt.de", "Dublin 4", "D04 X9T2", "embassy", "DE"),
]
for name, email, city, z, kind, ctry in PUBLIC:
    for _ in range(rng.choice([1, 2, 2])):
        po = rng.choice([f"PO-{rng.randint(4500000000, 4509999999)}", f"Purchase Order {rng.randint(100000, 999999)}", ""])
        business_invoice(name, email, city, z, "B2G", kind, country="IE", po=po, vat="",
                         pay=rng.choice(["card", "card", "sepa_debit"]), holder=rng.choice(["", name.upper()[:22], "PURCHASE CARD"]))

# ---------------------------------------------------------------- ambiguous records
# payments received from a Connect marketplace platform: no buyer at all
for _ in range(12):
    when = rand_when()
    r = base_row(when)
    r["id"] = "py_1" + rand_alnum(rng, 23)
    amt = round(rng.uniform(18, 240), 2)
    set_amount(r, amt, 0, 0)
    r["Fee"] = "0.00"
    r["Statement Descriptor"] = ""
    r["Seller Message"] = ""
    r["Payment Source Type"] = "stripe_account"
    r["Transfer Group"] = "group_" + rand_alnum(rng, 24)
    r["Application ID"] = "ca_" + rand_alnum(rng, 30)
    add(r, "B2C", "marketplace_payout_line", "IE", True)
p = ie_person()
p["email"] = "clodagh.brennan@hse.ie"
p["name"] = "Clodagh Brennan"
web_order(p, [("Baratza Encore ESP grinder", 1, 189.00), ("Colombia Huila 250g", 2, 12.00)], kind="person_gov_email", amb=True)
p = ie_person()
p["email"] = "d.nolan@finance.gov.ie"
p["name"] = "Declan Nolan"
web_order(p, [("Chemex 6-cup", 1, 52.00), ("Kenya Nyeri AA 250g", 1, 15.00)], kind="person_gov_email", amb=True)
p = ie_person()
p["email"] = "eimear.walsh@kerry.com"
p["name"] = "Eimear Walsh"
web_order(p, [("Aeropress Go", 1, 39.95), ("Ethiopia Yirgacheffe 250g", 2, 13.50)], kind="person_company_email", amb=True)
p = ie_person()
p["email"] = "office@matheson.com"
web_order(dict(p, name="Matheson LLP", email="facilities@matheson.com"), [("Sage Bambino Plus espresso machine", 1, 399.00)],
          label="B2B", kind="company_household_item", amb=True, company="Matheson LLP", holder="MATHESON LLP",
          ship=dict(p, ship_name="Ruth Kenny"), customer_desc="Matheson LLP")
p = ie_person()
web_order(dict(p, name="Brindle Coffee Ltd", email="ap@brindlecoffee.ie"), [("Fellow Stagg EKG kettle", 1, 179.00)],
          label="B2B", kind="company_household_item", amb=True, company="Brindle Coffee Ltd", customer_desc="Brindle Coffee Ltd")
business_invoice("European Foundation for the Improvement of Living and Working Conditions (Eurofound)", "procurement@eurofound.europa.eu",
                 "Dublin 18", "D18 KP65", "B2B", "international_org", amb=True, po="EF/PO/2024/0412", vat="")
business_invoice("An Post", "procurement@anpost.ie", "Dublin 1", "D01 F5P2", "B2B", "state_owned_company", amb=True,
                 po="Tender ref. AP-RFT-2024-117 / PO 7800412", vat=ie_vat("6388047", ""), pay="sepa_debit")
business_invoice("Irish Rail (Iarnród Éireann)", "procurement@irishrail.ie", "Dublin 1", "D01 V6V6", "B2B", "state_owned_company",
                 amb=True, po="eTenders RFT 2024/0871", vat=ie_vat("4812551", ""), pay="card")
p = ie_person()
p["email"] = "fiachra.quinn@ucd.ie"
p["name"] = "Fiachra Quinn"
web_order(p, [("Fellow Stagg EKG kettle", 1, 179.00)], kind="person_public_university_email", amb=True)
p = ie_person()
web_order(dict(p, name="Cork Coworking Hub DAC", email="admin@corkcoworking.ie"), [("Chemex 6-cup", 1, 52.00)],
          label="B2B", kind="company_household_item", amb=True, company="Cork Coworking Hub DAC", customer_desc="Cork Coworking Hub DAC")
p = ie_person()
web_order(p, [("KeepCup Brew 12oz", 40, 28.00)], kind="private_person_bulk", amb=True)
p = ie_person()
web_order(p, [("House Espresso Blend 1kg", 10, 34.00), ("Ethiopia Yirgacheffe 250g", 12, 13.50)], label="B2B",
          kind="private_person_resale", amb=True, note="For resale in my farm shop in Wicklow, invoice please")
p = ie_person()
business_invoice("Harbour Bakehouse Ltd", "orders@harbourbakehouse.ie", "Howth", "D13 W7K2", "B2B",
                 "person_paying_company_invoice", amb=True, holder=p["name"], customer_desc=p["name"], pay="card",
                 vat="", note="paid with my own card, Harbour Bakehouse invoice")
for _ in range(3):
    when = rand_when()
    r = base_row(when)
    r["id"] = "ch_3" + rand_alnum(rng, 23)
    items = rand_items(n=(1, 1))
    set_amount(r, round(sum(q * pr for _, q, pr in items), 2))
    oid = next_order()
    r["Description"] = f"Order {oid}: " + items_text(items)
    r["order_id (metadata)"] = oid.strip("#")
    r["Payment Source Type"] = "card"
    r["Card Brand"] = "Visa"
    r["Card Last4"] = f"{rng.randint(0, 9999):04d}"
    add(r, "B2C", "product_only", "IE", True)

# ---------------------------------------------------------------- write (newest first, like the dashboard)
records.sort(key=lambda x: x[0]["Created (UTC)"], reverse=True)
LAYOUTS.mkdir(parents=True, exist_ok=True)
with open(LAYOUTS / f"{LAYOUT_ID}.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.DictWriter(fh, fieldnames=HEADERS, lineterminator="\n")
    w.writeheader()
    for r, _ in records:
        w.writerow(r)
write_labels(LAYOUT_ID, [lab for _, lab in records])

write_key(LAYOUT_ID, {
    "id": LAYOUT_ID,
    "system": "Stripe Dashboard - Payments > Export (unified_payments.csv), account in Ireland, EUR",
    "country": "IE",
    "language": "en",
    "docs": [
        "Stripe Dashboard payments export column set as used by importers and parsers of the unified payments CSV: id, Created (UTC), "
        "Amount, Amount Refunded, Currency, Captured, Converted Amount, Converted Amount Refunded, Converted Currency, Decline Reason, "
        "Description, Fee, Refunded date (UTC), Statement Descriptor, Status, Seller Message, Taxes On Fee, Card ID ... Card Last4, "
        "Customer ID, Customer Description, Customer Email, Customer Phone, Shipping ..., Dispute ..., Invoice ID, Invoice Number, "
        "Checkout Session ID, ..., Transfer, Transfer Group, PaymentIntent ID, Payment Source Type, then one '<key> (metadata)' column "
        "per metadata key",
        "docs.stripe.com 'Export file formats' (data migrations): customer description, name, email and card.* fields; metadata fields "
        "are exported only when listed",
        "Stripe CSV samples in public importers: Created (UTC) as 'YYYY-MM-DD HH:MM', amounts with '.' decimals, lower-case currency, "
        "Status values Paid / Refunded / Failed",
    ],
    "fields": {"buyer": "Customer Description", "product": "Description", "quantity": None, "amount": "Amount",
               "tax_id": "vat_number (metadata)", "email": "Customer Email", "payment": "Payment Source Type",
               "comment": "customer_note (metadata)"},
    "also_ok": {"buyer": ["Card Name", "Shipping Name", "company_name (metadata)"], "amount": ["Converted Amount"],
                "product": ["items (metadata)"], "payment": ["Card Brand", "Card Funding"]},
    "notes": "One row per charge/payment, newest first; no title or totals lines. Refunds show as Status 'Refunded' with Amount "
             "Refunded and Refunded date (UTC) filled; failed charges have Status 'Failed' and a Decline Reason. py_ rows with Payment "
             "Source Type 'stripe_account' are payments received from a Connect marketplace platform: no customer, no description "
             "(payout-like lines). card_present rows are Stripe Terminal sales at weekend markets with no customer (anonymous retail). "
             "'Payment for Invoice' rows come from Stripe Invoicing to businesses and public bodies (PO numbers in po_number (metadata)). "
             "Quantities appear only inside the item text ('x2'). Irish VAT numbers have valid check letters.",
})
print(LAYOUT_ID, len(records), "rows")
