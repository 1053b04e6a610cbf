"""Braintree Control Panel > Transactions > Search > Download (CSV), US merchant.

Seller (invented): Tri-State Lab Supply, Pittsburgh PA - online store and phone orders
for lab, safety and field-testing supplies. One row per transaction (sale, credit,
declined attempt). Rebuilds layouts/la_us_braintree_transaction_search.csv and its key.
"""
import random
import string
from datetime import datetime, timedelta

from la_common import LAYOUTS, KEY, ensure_dirs, write_csv, write_labels, write_key, money

ID = "la_us_braintree_transaction_search"
SEED = 130113
rng = random.Random(SEED)

HEADER = ["Transaction ID", "Subscription ID", "Transaction Type", "Transaction Status", "Escrow Status",
          "Created Datetime", "Created Timezone", "Settlement Date", "Disbursement Date", "Merchant Account",
          "Currency ISO Code", "Amount Authorized", "Amount Submitted For Settlement", "Service Fee",
          "Tax Amount", "Tax Exempt", "Purchase Order Number", "Order ID", "Descriptor Name",
          "Descriptor Phone", "Descriptor URL", "Refunded Transaction ID", "Payment Instrument Type",
          "Card Type", "Cardholder Name", "First Six of Credit Card", "Last Four of Credit Card",
          "Expiration Date", "Credit Card Customer Location", "Customer ID", "Payment Method Token",
          "Credit Card Unique Identifier", "Customer First Name", "Customer Last Name", "Customer Company",
          "Customer Email", "Customer Phone", "Customer Fax", "Customer Website", "Billing Address ID",
          "Billing First Name", "Billing Last Name", "Billing Company", "Billing Street Address",
          "Billing Extended Address", "Billing City (Locality)", "Billing State/Province (Region)",
          "Billing Postal Code", "Billing Country", "Shipping Address ID", "Shipping First Name",
          "Shipping Last Name", "Shipping Company", "Shipping Street Address", "Shipping Extended Address",
          "Shipping City (Locality)", "Shipping State/Province (Region)", "Shipping Postal Code",
          "Shipping Country", "User", "IP Address", "Creating Using Token", "Transaction Source",
          "Authorization Code", "Processor Response Code", "Processor Response Text",
          "Gateway Rejection Reason", "Postal Code Response Code", "Street Address Response Code",
          "AVS Response Text", "CVV Response Code", "CVV Response Text", "Settlement Amount",
          "Settlement Currency ISO Code", "Settlement Currency Exchange Rate", "Fraud Detected",
          "Disputed Date", "Authorized Transaction ID", "Country of Issuance", "Issuing Bank",
          "Durbin Regulated", "Commercial", "Prepaid", "Payroll", "Healthcare", "Affluent Category", "Debit",
          "Product ID", "PayPal Payer Email", "PayPal Payment ID", "PayPal Authorization ID",
          "PayPal Debug ID", "PayPal Capture ID", "PayPal Refund ID", "PayPal Custom Field",
          "PayPal Payer ID", "PayPal Payer First Name", "PayPal Payer Last Name",
          "PayPal Seller Protection Status", "PayPal Transaction Fee Amount",
          "PayPal Transaction Fee Currency ISO Code", "Risk ID", "Risk Decision"]

FIRST = ["James", "Mary", "Michael", "Jennifer", "Robert", "Linda", "David", "Patricia", "John", "Elizabeth",
         "William", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Christopher", "Karen", "Daniel", "Lisa",
         "Matthew", "Nancy", "Anthony", "Ashley", "Mark", "Emily", "Steven", "Megan", "Andrew", "Rachel",
         "Joshua", "Lauren", "Kevin", "Amanda", "Brian", "Nicole", "Ryan", "Stephanie", "Tyler", "Heather",
         "Brandon", "Kayla", "Justin", "Rebecca", "Kyle", "Danielle", "Aaron", "Laura", "Jose", "Maria",
         "Luis", "Ana", "Wei", "Priya", "Darnell", "Keisha", "Connor", "Madison", "Ethan", "Olivia"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
        "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker",
        "Hall", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Carter",
        "Kowalski", "Novak", "Schmidt", "Mueller", "Yablonski", "Sullivan", "O'Brien", "McCarthy", "Murphy",
        "Rossi", "Romano", "Garcia", "Martinez", "Rodriguez", "Hernandez", "Nguyen", "Patel", "Kim",
        "Chen", "Washington", "Brooks", "Reed", "Kelly", "Price", "Bennett", "Wood", "Ross", "Hughes",
        "Fischer", "Lombardi"]
FREEMAIL = ["gmail.com"] * 6 + ["yahoo.com"] * 2 + ["outlook.com", "hotmail.com", "icloud.com", "aol.com",
                                                    "comcast.net", "verizon.net"]
STREETS = ["Beechwood Blvd", "Murray Ave", "Washington Rd", "Perry Hwy", "Freeport Rd", "Center Ave",
           "Greentree Rd", "Brownsville Rd", "Library Rd", "McKnight Rd", "Babcock Blvd", "Saw Mill Run Blvd",
           "Butler St", "Penn Ave", "Forbes Ave", "Walnut St", "Maple Dr", "Oak Ln", "Hillcrest Dr",
           "Orchard Ave", "Highland Ave", "Elm St", "Cedar St", "Park Ave", "Lincoln Ave"]
CITIES = [("Pittsburgh", "PA", "152"), ("Bethel Park", "PA", "15102"), ("Monroeville", "PA", "15146"),
          ("Cranberry Township", "PA", "16066"), ("Greensburg", "PA", "15601"), ("Butler", "PA", "16001"),
          ("Erie", "PA", "16505"), ("State College", "PA", "16801"), ("Harrisburg", "PA", "17110"),
          ("Philadelphia", "PA", "191"), ("Columbus", "OH", "432"), ("Cleveland", "OH", "441"),
          ("Akron", "OH", "44313"), ("Morgantown", "WV", "26505"), ("Wheeling", "WV", "26003"),
          ("Buffalo", "NY", "142"), ("Rochester", "NY", "146"), ("Baltimore", "MD", "212"),
          ("Arlington", "VA", "22201"), ("Richmond", "VA", "232")]

STAFF = ["dkowalski", "mreyes", "tsl_api"]

# (company, domain, street, city, state, zip, kind, label, ambiguous, country, website)
ORGS = {
    "company": [
        ("PPG Industries, Inc.", "ppg.com", "One PPG Pl", "Pittsburgh", "PA", "15272"),
        ("Wabtec Corporation", "wabtec.com", "30 Isabella St", "Pittsburgh", "PA", "15212"),
        ("Kennametal Inc.", "kennametal.com", "525 William Penn Pl Ste 3300", "Pittsburgh", "PA", "15219"),
        ("EQT Corporation", "eqt.com", "625 Liberty Ave Ste 1700", "Pittsburgh", "PA", "15222"),
        ("Covestro LLC", "covestro.com", "1 Covestro Cir", "Pittsburgh", "PA", "15205"),
        ("Koppers Inc.", "koppers.com", "436 Seventh Ave", "Pittsburgh", "PA", "15219"),
        ("MSA Safety Incorporated", "msasafety.com", "1000 Cranberry Woods Dr", "Cranberry Township", "PA", "16066"),
        ("Westinghouse Electric Company LLC", "westinghouse.com", "1000 Westinghouse Dr", "Cranberry Township", "PA", "16066"),
        ("Viatris Inc.", "viatris.com", "1000 Mylan Blvd", "Canonsburg", "PA", "15317"),
        ("Pace Analytical Services, LLC", "pacelabs.com", "1638 Roseytown Rd", "Greensburg", "PA", "15601"),
        ("Eurofins Lancaster Laboratories Environmental, LLC", "eurofinsus.com", "2425 New Holland Pike", "Lancaster", "PA", "17601"),
        ("Coherent Corp.", "coherent.com", "375 Saxonburg Blvd", "Saxonburg", "PA", "16056"),
        ("Duolingo, Inc.", "duolingo.com", "5900 Penn Ave", "Pittsburgh", "PA", "15206"),
        ("Charles River Laboratories, Inc.", "crl.com", "251 Ballardvale St", "Wilmington", "MA", "01887"),
        ("Aurora Operations, Inc.", "aurora.tech", "1654 Smallman St", "Pittsburgh", "PA", "15222"),
        ("Dick's Sporting Goods, Inc.", "dcsg.com", "345 Court St", "Coraopolis", "PA", "15108"),
    ],
    "private_university": [
        ("Carnegie Mellon University", "andrew.cmu.edu", "5000 Forbes Ave", "Pittsburgh", "PA", "15213"),
        ("Duquesne University", "duq.edu", "600 Forbes Ave", "Pittsburgh", "PA", "15282"),
    ],
    "private_hospital": [
        ("UPMC Presbyterian Shadyside", "upmc.edu", "200 Lothrop St", "Pittsburgh", "PA", "15213"),
        ("Allegheny General Hospital", "ahn.org", "320 E North Ave", "Pittsburgh", "PA", "15212"),
    ],
    "private_school": [
        ("Shady Side Academy", "shadysideacademy.org", "423 Fox Chapel Rd", "Pittsburgh", "PA", "15238"),
    ],
    "nonprofit": [
        ("Carnegie Science Center", "carnegiesciencecenter.org", "1 Allegheny Ave", "Pittsburgh", "PA", "15212"),
        ("Western Pennsylvania Conservancy", "waterlandlife.org", "800 Waterfront Dr", "Pittsburgh", "PA", "15222"),
    ],
    "church": [
        ("St. Paul Cathedral Parish", "stpaulpgh.org", "108 N Dithridge St", "Pittsburgh", "PA", "15213"),
    ],
    "state_owned_company": [
        ("National Railroad Passenger Corporation (Amtrak)", "amtrak.com", "1 Massachusetts Ave NW", "Washington", "DC", "20001"),
    ],
    "international_org": [
        ("The World Bank Group", "worldbank.org", "1818 H St NW", "Washington", "DC", "20433"),
        ("Pan American Health Organization", "paho.org", "525 23rd St NW", "Washington", "DC", "20037"),
    ],
    "federal_government_corporation": [
        ("Tennessee Valley Authority", "tva.gov", "400 W Summit Hill Dr", "Knoxville", "TN", "37902"),
    ],
    "federal_agency": [
        ("U.S. Geological Survey - PA Water Science Center", "usgs.gov", "215 Limekiln Rd", "New Cumberland", "PA", "17070"),
        ("VA Pittsburgh Healthcare System", "va.gov", "University Dr C", "Pittsburgh", "PA", "15240"),
        ("CDC NIOSH Pittsburgh Mining Research Division", "cdc.gov", "626 Cochrans Mill Rd", "Pittsburgh", "PA", "15236"),
        ("National Energy Technology Laboratory", "netl.doe.gov", "3610 Collins Ferry Rd", "Morgantown", "WV", "26505"),
        ("U.S. EPA Region 3", "epa.gov", "1600 John F Kennedy Blvd", "Philadelphia", "PA", "19103"),
    ],
    "armed_forces": [
        ("US Army Corps of Engineers Pittsburgh District", "usace.army.mil", "1000 Liberty Ave", "Pittsburgh", "PA", "15222"),
        ("911th Airlift Wing", "us.af.mil", "2475 Defense Ave", "Coraopolis", "PA", "15108"),
    ],
    "state_agency": [
        ("PA Dept of Environmental Protection", "pa.gov", "400 Waterfront Dr", "Pittsburgh", "PA", "15222"),
        ("Pennsylvania State Police", "pa.gov", "1800 Elmerton Ave", "Harrisburg", "PA", "17110"),
        ("Ohio Environmental Protection Agency", "epa.ohio.gov", "50 W Town St Ste 700", "Columbus", "OH", "43215"),
        ("West Virginia Department of Agriculture", "wv.gov", "1900 Kanawha Blvd E", "Charleston", "WV", "25305"),
    ],
    "county": [
        ("Allegheny County Health Department", "alleghenycounty.us", "542 Fourth Ave", "Pittsburgh", "PA", "15219"),
        ("Butler County Conservation District", "co.butler.pa.us", "122 McCune Dr", "Butler", "PA", "16001"),
    ],
    "municipality": [
        ("City of Pittsburgh Bureau of Fire", "pittsburghpa.gov", "200 Ross St", "Pittsburgh", "PA", "15219"),
        ("City of Erie", "erie.pa.us", "626 State St", "Erie", "PA", "16501"),
    ],
    "township": [
        ("Cranberry Township", "cranberrytownship.org", "2525 Rochester Rd", "Cranberry Township", "PA", "16066"),
        ("Upper St. Clair Township", "twpusc.org", "1820 McLaughlin Run Rd", "Upper St Clair", "PA", "15241"),
    ],
    "transit_authority": [
        ("Pittsburgh Regional Transit", "rideprt.org", "345 Sixth Ave Fl 3", "Pittsburgh", "PA", "15222"),
    ],
    "school_district": [
        ("Pittsburgh Public Schools", "pghschools.org", "341 S Bellefield Ave", "Pittsburgh", "PA", "15213"),
        ("North Allegheny School District", "northallegheny.org", "200 Hillvue Ln", "Pittsburgh", "PA", "15237"),
        ("Mt. Lebanon School District", "mtlsd.net", "7 Horsman Dr", "Pittsburgh", "PA", "15228"),
        ("Fox Chapel Area School District", "fcasd.edu", "611 Field Club Rd", "Pittsburgh", "PA", "15238"),
    ],
    "public_college": [
        ("Community College of Allegheny County", "ccac.edu", "800 Allegheny Ave", "Pittsburgh", "PA", "15233"),
        ("West Virginia University", "mail.wvu.edu", "1 Waterfront Pl", "Morgantown", "WV", "26506"),
        ("The Ohio State University", "osu.edu", "281 W Lane Ave", "Columbus", "OH", "43210"),
        ("Slippery Rock University", "sru.edu", "1 Morrow Way", "Slippery Rock", "PA", "16057"),
    ],
    "public_hospital": [
        ("Harris Health System", "harrishealth.org", "4800 Fournace Pl", "Bellaire", "TX", "77401"),
        ("Parkland Health", "phhs.org", "5200 Harry Hines Blvd", "Dallas", "TX", "75235"),
    ],
    "tribal_government": [
        ("Seneca Nation of Indians", "sni.org", "90 Ohi:yo' Way", "Salamanca", "NY", "14779"),
        ("Oneida Nation", "oneida-nsn.gov", "N7210 Seminary Rd", "Oneida", "WI", "54155"),
        ("Cherokee Nation", "cherokee.org", "17675 S Muskogee Ave", "Tahlequah", "OK", "74464"),
    ],
    "embassy": [
        ("Embassy of Japan", "ws.mofa.go.jp", "2520 Massachusetts Ave NW", "Washington", "DC", "20008"),
    ],
}
EMBASSY_COUNTRY = {"Embassy of Japan": "JP"}

SOLE_TRADERS = [  # trade name, owner first, last, city, state, zip
    ("Rivera Home Inspections", "Luis", "Rivera", "Bethel Park", "PA", "15102"),
    ("Mike Novak Well Water Testing", "Mike", "Novak", "Butler", "PA", "16001"),
    ("Sarah Kim DVM Mobile Vet", "Sarah", "Kim", "Monroeville", "PA", "15146"),
    ("Lombardi Pool & Spa Service", "Anthony", "Lombardi", "Erie", "PA", "16505"),
    ("Hughes Environmental Consulting", "Megan", "Hughes", "Morgantown", "WV", "26505"),
]

ISSUERS_CONSUMER = ["JPMORGAN CHASE BANK, N.A.", "BANK OF AMERICA, N.A.", "PNC BANK, N.A.", "CITIBANK N.A.",
                    "CAPITAL ONE, N.A.", "WELLS FARGO BANK, N.A.", "THE HUNTINGTON NATIONAL BANK",
                    "CITIZENS BANK, N.A.", "DISCOVER BANK", "AMERICAN EXPRESS"]
ISSUERS_COMMERCIAL = ["U.S. BANK N.A. ND", "CITIBANK N.A.", "JPMORGAN CHASE BANK, N.A.", "PNC BANK, N.A.",
                      "BANK OF AMERICA, N.A."]
BIN = {"Visa": ["414720", "426684", "448596", "471604", "440066"],
       "MasterCard": ["542418", "552433", "517805", "546616"],
       "American Express": ["371449", "378282", "374355"],
       "Discover": ["601100", "601155"]}
GPC_BIN = {"Visa": ["485932", "471552", "456367"], "MasterCard": ["556951", "555005"]}

START = datetime(2024, 7, 1, 8, 0, 0)
CUTOFF = datetime(2025, 1, 1)


def tid():
    return "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(8))


def hexid(n=32):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def phone(area=None):
    area = area or rng.choice(["412", "724", "878", "814", "304", "614", "216", "716", "202", "703"])
    return f"{area}{rng.randint(200, 989)}{rng.randint(1000, 9999)}"


def person_addr():
    city, st, z = rng.choice(CITIES)
    if len(z) == 3:
        z = z + f"{rng.randint(1, 99):02d}"
    return f"{rng.randint(10, 9899)} {rng.choice(STREETS)}", city, st, z


def ip():
    return f"{rng.choice([24, 50, 65, 71, 73, 98, 107, 173, 174, 208])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"


class Buyer:
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.cust_id = str(rng.randint(10000000, 99999999)) if kw.get("vaulted", True) else ""
        self.token = "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(6)) if self.cust_id else ""
        self.card_uid = hexid()
        self.last4 = f"{rng.randint(0, 9999):04d}"
        self.exp = f"{rng.randint(1, 12):02d}/{rng.randint(2025, 2029)}"
        self.bill_id = "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(2)) if self.cust_id else ""


def make_person(kind="private_person", label="B2C", amb=False, email_domain=None, apo=False):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    street, city, st, z = person_addr()
    dom = email_domain or rng.choice(FREEMAIL)
    sep = rng.choice([".", "", "_"])
    email = f"{f.lower()}{sep}{l.lower().replace(chr(39), '')}{rng.choice(['', '', str(rng.randint(1, 99))])}@{dom}"
    if apo:
        street, city, st, z = f"Unit {rng.randint(2000, 9999)} Box {rng.randint(1, 999)}", "APO", "AE", f"09{rng.randint(100, 499)}"
    card = rng.choice(["Visa", "Visa", "MasterCard", "MasterCard", "American Express", "Discover"])
    return Buyer(kind=kind, label=label, amb=amb, country="US", first=f, last=l, company="", email=email,
                 phone=phone(), street=street, city=city, state=st, zip=z, card=card, commercial="No",
                 product_id=rng.choice(["A", "F", "I", "MCS", "MCW", "MWE"]) if card in ("Visa", "MasterCard") else "",
                 issuer=rng.choice(ISSUERS_CONSUMER) if card != "American Express" else "AMERICAN EXPRESS",
                 debit=rng.choice(["No", "No", "Yes"]), tax_exempt=False, po=False, website="",
                 channel="online", amt=(18, 420), paypal=rng.random() < 0.15, vaulted=rng.random() < 0.6)


def make_org(group, kind, label, amb, country="US", card_style="gpc", amt=(120, 4800), tax_exempt=True, po=0.8):
    name, dom, street, city, st, z = rng.choice(ORGS[group])
    f, l = rng.choice(FIRST), rng.choice(LAST)
    role = rng.random()
    if role < 0.3:
        email = f"{rng.choice(['purchasing', 'procurement', 'ap', 'accountspayable', 'labsupplies'])}@{dom}"
    else:
        email = f"{f.lower()}.{l.lower().replace(chr(39), '')}@{dom}"
    if card_style == "gpc":
        card = rng.choice(["Visa", "MasterCard"])
        commercial, pid, issuer, debit = "Yes", ("S1" if card == "Visa" else "MCO"), rng.choice(ISSUERS_COMMERCIAL[:2]), "No"
    elif card_style == "corp":
        card = rng.choice(["Visa", "MasterCard", "American Express"])
        commercial = "Yes"
        pid = {"Visa": rng.choice(["K1", "S1", "G1"]), "MasterCard": rng.choice(["MCO", "MCB", "MPL"]), "American Express": ""}[card]
        issuer = rng.choice(ISSUERS_COMMERCIAL) if card != "American Express" else "AMERICAN EXPRESS"
        debit = "No"
    else:
        card = rng.choice(["Visa", "MasterCard"])
        commercial, pid, issuer, debit = "No", rng.choice(["A", "F", "MCS"]), rng.choice(ISSUERS_CONSUMER[:8]), "Yes"
    if group == "embassy":
        country = EMBASSY_COUNTRY[name]
    return Buyer(kind=kind, label=label, amb=amb, country=country, first=f, last=l, company=name, email=email,
                 phone=phone(), street=street, city=city, state=st, zip=z, card=card, commercial=commercial,
                 product_id=pid, issuer=issuer, debit=debit, tax_exempt=tax_exempt, po=po, website=dom.split("@")[-1],
                 channel=rng.choice(["online", "phone", "phone"]), amt=amt, paypal=False,
                 vaulted=rng.random() < 0.75, dom=dom)


def po_number(b):
    k = b.kind
    y = rng.choice(["24", "25"])
    if k in ("federal_agency", "armed_forces", "federal_government_corporation"):
        pref = {"usgs.gov": "140G01", "va.gov": "36C244", "cdc.gov": "75D301", "netl.doe.gov": "89243",
                "epa.gov": "68HE03", "usace.army.mil": "W912QR", "us.af.mil": "FA6712", "tva.gov": "TVA"}.get(b.dom, "GS")
        if pref == "TVA":
            return rng.choice([f"TVA PO {rng.randint(7000000, 7999999)}", f"TVA-{y}-{rng.randint(100000, 999999)}"])
        return rng.choice([f"GPC-FY{y}-{rng.randint(100, 999)}", f"{pref}{y}P{rng.randint(1000, 9999)}",
                           f"SMARTPAY {rng.randint(1000, 9999)}"])
    if k in ("school_district", "public_college"):
        return rng.choice([f"PO {y}-{rng.randint(10000, 99999)}", f"{rng.randint(4500000, 4599999)}", f"P{y}0{rng.randint(1000, 9999)}"])
    if k in ("state_agency", "county", "municipality", "township", "transit_authority", "public_hospital", "tribal_government"):
        return rng.choice([f"{rng.randint(4300000000, 4399999999)}", f"PO-{y}-{rng.randint(1000, 9999)}", f"REQ {rng.randint(10000, 99999)}"])
    return rng.choice([f"{rng.randint(4500000000, 4599999999)}", f"PO{rng.randint(100000, 999999)}", f"{rng.randint(10000, 99999)}"])


def build_buyers():
    buyers = []
    # (factory, number of distinct buyers, tx per buyer range)
    for _ in range(52):
        buyers.append((make_person(), (1, 1) if rng.random() < 0.85 else (2, 2)))
    for _ in range(4):
        buyers.append((make_person("person_gov_email_personal_card", "B2C", True,
                                   email_domain=rng.choice(["va.gov", "pa.gov", "usgs.gov", "cdc.gov"])), (1, 1)))
    for _ in range(3):
        buyers.append((make_person("military_member_apo_personal", "B2C", True, email_domain="us.af.mil" if rng.random() < .5 else "army.mil", apo=True), (1, 1)))
    for _ in range(3):
        b = make_person("person_commercial_card_no_company", "B2B", True)
        b.commercial, b.product_id, b.issuer, b.card, b.debit = "Yes", "K1", "U.S. BANK N.A. ND", "Visa", "No"
        b.amt = (150, 900)
        buyers.append((b, (1, 1)))
    for g, n, rep in [("company", 16, (1, 4))]:
        for i in range(n):
            b = make_org(g, "private_company", "B2B", False, card_style=rng.choice(["corp", "corp", "online"]),
                         amt=(90, 3800), tax_exempt=rng.random() < 0.15, po=0.55)
            b.company, b.street, b.city, b.state, b.zip, b.dom = ORGS[g][i][0], ORGS[g][i][2], ORGS[g][i][3], ORGS[g][i][4], ORGS[g][i][5], ORGS[g][i][1]
            b.email = b.email.split("@")[0] + "@" + ORGS[g][i][1]
            b.website = ORGS[g][i][1]
            buyers.append((b, rep))
    for trade, f, l, city, st, z in SOLE_TRADERS:
        street = f"{rng.randint(10, 9899)} {rng.choice(STREETS)}"
        b = Buyer(kind="sole_trader", label="B2B", amb=False, country="US", first=f, last=l, company=trade,
                  email=f"{f.lower()}{l.lower()}{rng.randint(1, 9)}@gmail.com", phone=phone(), street=street, city=city,
                  state=st, zip=z, card=rng.choice(["Visa", "MasterCard"]), commercial="Yes", product_id="G1",
                  issuer=rng.choice(ISSUERS_CONSUMER[:6]), debit="No", tax_exempt=False, po=0.0, website="",
                  channel="online", amt=(40, 650), paypal=False, vaulted=True)
        buyers.append((b, (1, 2)))
    for trade, f, l, city, st, z in SOLE_TRADERS[:4]:
        b = make_person("sole_trader_personal_card", "B2B", True)
        b.first, b.last, b.company, b.city, b.state, b.zip = f, l, trade, city, st, z
        b.email = f"{f.lower()}.{l.lower()}@{rng.choice(['gmail.com', 'yahoo.com'])}"
        b.amt = (25, 140)
        buyers.append((b, (1, 1)))
    for g, kind, n, rep in [("private_university", "private_university", 2, (2, 3)),
                            ("private_hospital", "private_hospital", 2, (1, 3)),
                            ("private_school", "private_school", 1, (1, 2)),
                            ("nonprofit", "nonprofit", 2, (1, 2)), ("church", "church", 1, (1, 1))]:
        for i in range(n):
            b = make_org(g, kind, "B2B", False, card_style=rng.choice(["corp", "online"]), amt=(60, 2600),
                         tax_exempt=True, po=0.6)
            nm = ORGS[g][i]
            b.company, b.dom, b.street, b.city, b.state, b.zip, b.website = nm[0], nm[1], nm[2], nm[3], nm[4], nm[5], nm[1]
            b.email = b.email.split("@")[0] + "@" + nm[1]
            buyers.append((b, rep))
    b = make_org("state_owned_company", "state_owned_company", "B2B", False, card_style="corp", amt=(200, 1800), tax_exempt=False, po=0.5)
    buyers.append((b, (2, 2)))
    for i in range(2):
        b = make_org("international_org", "international_org", "B2B", True, card_style="corp", amt=(150, 2400), tax_exempt=True, po=0.7)
        nm = ORGS["international_org"][i]
        b.company, b.dom, b.street, b.city, b.state, b.zip, b.website = nm[0], nm[1], nm[2], nm[3], nm[4], nm[5], nm[1]
        b.email = b.email.split("@")[0] + "@" + nm[1]
        buyers.append((b, (2, 2)))
    b = make_org("federal_government_corporation", "federal_government_corporation", "B2G", True, amt=(300, 3500), po=1.0)
    buyers.append((b, (2, 2)))
    gov = [("federal_agency", 5, (2, 3)), ("armed_forces", 2, (2, 3)), ("state_agency", 4, (2, 2)),
           ("county", 2, (2, 3)), ("municipality", 2, (2, 2)), ("township", 2, (1, 2)),
           ("transit_authority", 1, (1, 2)), ("school_district", 4, (2, 3)), ("public_college", 4, (2, 2)),
           ("public_hospital", 2, (1, 2)), ("tribal_government", 3, (1, 2)), ("embassy", 1, (2, 2))]
    for g, n, rep in gov:
        for i in range(n):
            b = make_org(g, g, "B2G", False, card_style="gpc" if rng.random() < 0.8 else "online",
                         amt=(75, 6200), tax_exempt=True, po=0.85)
            nm = ORGS[g][i]
            b.company, b.dom, b.street, b.city, b.state, b.zip, b.website = nm[0], nm[1], nm[2], nm[3], nm[4], nm[5], nm[1]
            b.email = b.email.split("@")[0] + "@" + nm[1]
            if g == "embassy":
                b.country = EMBASSY_COUNTRY[nm[0]]
            buyers.append((b, rep))
    return buyers


def messy(s, p_upper=0.12, p_space=0.08):
    if not s:
        return s
    if rng.random() < p_upper:
        s = s.upper()
    if rng.random() < p_space:
        s = s + " "
    return s


def main():
    ensure_dirs()
    buyers = build_buyers()
    events = []
    for b, (lo, hi) in buyers:
        for _ in range(rng.randint(lo, hi)):
            events.append(b)
    # thin records: virtual-terminal keyed sales with no buyer information at all
    for _ in range(6):
        events.append(Buyer(kind="thin_no_buyer_info", label="B2C", amb=True, country="US", first="", last="",
                            company="", email="", phone="", street="", city="", state="", zip="",
                            card=rng.choice(["Visa", "MasterCard"]), commercial="Unknown", product_id="",
                            issuer="", debit="", tax_exempt=False, po=0.0, website="", channel="thin",
                            amt=(12, 160), paypal=False, vaulted=False))
    rng.shuffle(events)
    rows, labels, sales = [], [], []
    times, t = [], START
    for b in events:
        t = t + timedelta(minutes=rng.randint(200, 1900), seconds=rng.randint(0, 59))
        if t.hour < 7:
            t = t.replace(hour=rng.randint(8, 20))
        times.append(t)
    global CUTOFF
    CUTOFF = times[-1] - timedelta(days=2)
    for b, t in zip(events, times):
        rows_for = make_tx(b, t, sales)
        for r in rows_for:
            rows.append(r)
            labels.append({"label": b.label, "ambiguous": b.amb, "kind": b.kind, "country": b.country})
    # a few refunds (credits) of earlier settled sales, same buyer
    for _ in range(6):
        orig_row, b = rng.choice(sales)
        tc = datetime.strptime(orig_row["Created Datetime"], "%m/%d/%Y %H:%M:%S") + timedelta(days=rng.randint(2, 20), minutes=rng.randint(30, 600))
        rows.append(make_credit(orig_row, b, tc))
        labels.append({"label": b.label, "ambiguous": b.amb, "kind": b.kind, "country": b.country})
    # newest first, as the Control Panel lists search results
    order = sorted(range(len(rows)), key=lambda i: datetime.strptime(rows[i][5], "%m/%d/%Y %H:%M:%S"), reverse=True)
    rows = [rows[i] for i in order]
    labels = [labels[i] for i in order]
    write_csv(LAYOUTS / f"{ID}.csv", HEADER, rows, bom=False, lineterminator="\n")
    write_labels(KEY / f"{ID}.labels.csv", labels)
    write_key(KEY / f"{ID}.json", KEYDOC)
    print(ID, len(rows))


def make_tx(b, t, sales):
    r = {h: "" for h in HEADER}
    lo, hi = b.amt
    base = round(rng.uniform(lo, hi) * (1 if rng.random() < 0.7 else 0.5), 2)
    if b.channel == "thin":
        base = round(rng.uniform(lo, hi), 2)
    taxable = (not b.tax_exempt) and b.state == "PA"
    tax = round(base * (0.07 if b.city == "Pittsburgh" else 0.06), 2) if taxable else 0.0
    total = round(base + tax, 2)
    declined = rng.random() < 0.035 and b.channel != "thin"
    r["Transaction ID"] = tid()
    r["Transaction Type"] = "sale"
    r["Created Datetime"] = t.strftime("%m/%d/%Y %H:%M:%S")
    r["Created Timezone"] = "CDT" if t < datetime(2024, 11, 3) or t > datetime(2025, 3, 9) else "CST"
    r["Merchant Account"] = "tristatelabsupply"
    r["Currency ISO Code"] = "USD"
    r["Amount Authorized"] = money(total)
    r["Tax Amount"] = money(tax)
    r["Tax Exempt"] = "true" if b.tax_exempt else "false"
    if b.po and rng.random() < b.po:
        r["Purchase Order Number"] = po_number(b)
    r["Order ID"] = f"TSL-{rng.randint(104000, 119999)}" if b.channel != "thin" else ""
    r["Descriptor Name"] = "TRISTATELAB*ORDER"
    r["Descriptor Phone"] = "4125550182"
    r["Descriptor URL"] = "tristatelabsupply.com"
    online = b.channel == "online"
    if b.paypal:
        r["Payment Instrument Type"] = "paypal_account"
        r["PayPal Payer Email"] = b.email
        r["PayPal Payment ID"] = "PAYID-" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(24))
        r["PayPal Authorization ID"] = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(17))
        r["PayPal Debug ID"] = hexid(13)
        r["PayPal Capture ID"] = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(17))
        r["PayPal Payer ID"] = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(13))
        r["PayPal Payer First Name"] = b.first
        r["PayPal Payer Last Name"] = b.last
        r["PayPal Seller Protection Status"] = rng.choice(["ELIGIBLE", "PARTIALLY_ELIGIBLE"])
        r["PayPal Transaction Fee Amount"] = money(round(total * 0.0349 + 0.49, 2))
        r["PayPal Transaction Fee Currency ISO Code"] = "USD"
    else:
        r["Payment Instrument Type"] = "credit_card"
        r["Card Type"] = b.card
        bins = GPC_BIN if (b.commercial == "Yes" and b.product_id in ("S1", "MCO") and b.label == "B2G") else BIN
        r["First Six of Credit Card"] = rng.choice(bins.get(b.card, BIN[b.card]))
        r["Last Four of Credit Card"] = b.last4
        r["Expiration Date"] = b.exp
        r["Credit Card Customer Location"] = "US" if b.country == "US" or b.kind == "embassy" else "International"
        r["Credit Card Unique Identifier"] = b.card_uid
        if b.first:
            ch = rng.random()
            if ch < 0.5:
                r["Cardholder Name"] = f"{b.first} {b.last}"
            elif ch < 0.75:
                r["Cardholder Name"] = f"{b.first} {b.last}".upper()
            elif ch < 0.87:
                r["Cardholder Name"] = f"{b.last.upper()}/{b.first.upper()}"
            else:
                r["Cardholder Name"] = f"{b.first[0]} {b.last}".upper()
        r["Country of Issuance"] = "USA"
        r["Issuing Bank"] = b.issuer
        r["Durbin Regulated"] = "Yes" if b.debit == "Yes" and b.issuer in ISSUERS_CONSUMER[:6] else "No"
        r["Commercial"] = b.commercial
        r["Prepaid"] = "No" if b.commercial != "Unknown" else "Unknown"
        r["Payroll"] = "No" if b.commercial != "Unknown" else "Unknown"
        r["Healthcare"] = "No" if b.commercial != "Unknown" else "Unknown"
        r["Debit"] = b.debit or "Unknown"
        r["Product ID"] = b.product_id
        if b.commercial == "Unknown":
            r["Durbin Regulated"] = "Unknown"
    if b.cust_id and b.channel != "thin":
        r["Customer ID"] = b.cust_id
        r["Payment Method Token"] = b.token if r["Payment Instrument Type"] == "credit_card" else b.token[::-1]
        r["Creating Using Token"] = "Yes" if rng.random() < 0.4 else "No"
        fill_customer = rng.random() < 0.85
    else:
        r["Creating Using Token"] = "No"
        fill_customer = b.channel != "thin" and rng.random() < 0.35
    if b.kind in ("person_gov_email_personal_card", "military_member_apo_personal"):
        fill_customer = True  # the e-mail on the vaulted customer is the evidence these rows are about
    if fill_customer:
        r["Customer First Name"] = messy(b.first)
        r["Customer Last Name"] = messy(b.last)
        r["Customer Company"] = messy(b.company, 0.2, 0.1)
        r["Customer Email"] = b.email if rng.random() < 0.93 else b.email.upper()
        r["Customer Phone"] = b.phone if rng.random() < 0.8 else ""
        r["Customer Website"] = b.website if (b.company and rng.random() < 0.3) else ""
    if b.channel != "thin":
        r["Billing Address ID"] = b.bill_id if b.cust_id else ""
        r["Billing First Name"] = b.first
        r["Billing Last Name"] = b.last
        r["Billing Company"] = b.company if rng.random() < 0.9 else ""
        r["Billing Street Address"] = b.street
        if b.company and rng.random() < 0.3:
            r["Billing Extended Address"] = rng.choice(["Attn: Accounts Payable", "Room 210", "Bldg 2", "Suite 400", "Mail Stop 12"])
        r["Billing City (Locality)"] = b.city
        r["Billing State/Province (Region)"] = b.state
        r["Billing Postal Code"] = b.zip
        r["Billing Country"] = "United States of America" if rng.random() < 0.8 else "US"
        if online or rng.random() < 0.6:
            r["Shipping First Name"] = b.first
            r["Shipping Last Name"] = b.last
            r["Shipping Company"] = b.company
            r["Shipping Street Address"] = b.street
            r["Shipping City (Locality)"] = b.city
            r["Shipping State/Province (Region)"] = b.state
            r["Shipping Postal Code"] = b.zip
            r["Shipping Country"] = r["Billing Country"]
    elif rng.random() < 0.5:
        r["Billing Postal Code"] = f"15{rng.randint(100, 299)}"
    if b.channel == "online" and not b.paypal:
        r["User"] = "tsl_api"
        r["IP Address"] = ip()
        r["Transaction Source"] = "api"
    elif b.paypal:
        r["User"] = "tsl_api"
        r["IP Address"] = ip()
        r["Transaction Source"] = "api"
    else:
        r["User"] = rng.choice(STAFF[:2])
        r["Transaction Source"] = "control_panel"
    if declined:
        r["Transaction Status"] = "processor_declined"
        r["Processor Response Code"] = rng.choice(["2001", "2000", "2046"])
        r["Processor Response Text"] = {"2001": "Insufficient Funds", "2000": "Do Not Honor", "2046": "Declined"}[r["Processor Response Code"]]
        r["Amount Submitted For Settlement"] = ""
    else:
        settled = t < CUTOFF
        r["Transaction Status"] = "settled" if settled else rng.choice(["settling", "submitted_for_settlement"])
        r["Amount Submitted For Settlement"] = money(total)
        r["Processor Response Code"] = "1000"
        r["Processor Response Text"] = "Approved"
        r["Authorization Code"] = f"{rng.randint(0, 999999):06d}" if not b.paypal else ""
        if settled:
            sd = t + timedelta(days=1 if t.weekday() < 4 else 3)
            r["Settlement Date"] = sd.replace(hour=rng.randint(2, 5), minute=rng.randint(0, 59), second=rng.randint(0, 59)).strftime("%m/%d/%Y %H:%M:%S")
            r["Disbursement Date"] = (sd + timedelta(days=1 if sd.weekday() < 4 else 3)).strftime("%m/%d/%Y")
            r["Settlement Amount"] = money(total)
            r["Settlement Currency ISO Code"] = "USD"
            r["Settlement Currency Exchange Rate"] = "1"
    if r["Payment Instrument Type"] == "credit_card":
        if b.channel == "thin":
            r["Postal Code Response Code"] = rng.choice(["I", "M"])
            r["Street Address Response Code"] = "I"
            r["AVS Response Text"] = "Not Verified"
            r["CVV Response Code"] = rng.choice(["M", "I"])
        else:
            r["Postal Code Response Code"] = rng.choice(["M", "M", "M", "N"])
            r["Street Address Response Code"] = rng.choice(["M", "M", "N", "I"])
            r["AVS Response Text"] = "Matches" if r["Postal Code Response Code"] == "M" else "Does not Match"
            r["CVV Response Code"] = "M" if rng.random() < 0.9 else "I"
        r["CVV Response Text"] = {"M": "Matches", "I": "Not Verified", "N": "Does not Match"}[r["CVV Response Code"]]
        if r["AVS Response Text"] == "Not Verified":
            pass
    r["Fraud Detected"] = "No"
    r["Risk ID"] = hexid(8) + "-" + hexid(4) if rng.random() < 0.7 and b.channel == "online" else ""
    r["Risk Decision"] = "Approve" if r["Risk ID"] else "Not Evaluated"
    out = [r[h] for h in HEADER]
    if not declined:
        sales.append((r, b))
    return [out]


def make_credit(orig, b, t):
    r = dict(orig)
    amt = float(orig["Amount Submitted For Settlement"] or orig["Amount Authorized"])
    part = round(amt * rng.choice([1, 1, 0.5, 0.25]), 2)
    r["Transaction ID"] = tid()
    r["Transaction Type"] = "credit"
    r["Refunded Transaction ID"] = orig["Transaction ID"]
    r["Created Datetime"] = t.strftime("%m/%d/%Y %H:%M:%S")
    r["Created Timezone"] = "CDT" if t < datetime(2024, 11, 3) or t > datetime(2025, 3, 9) else "CST"
    r["Amount Authorized"] = money(part)
    r["Amount Submitted For Settlement"] = money(part)
    r["Tax Amount"] = money(0)
    r["Authorization Code"] = ""
    r["Transaction Status"] = "settled" if t < CUTOFF else "submitted_for_settlement"
    r["User"] = rng.choice(STAFF[:2])
    r["Transaction Source"] = "control_panel"
    r["IP Address"] = ""
    r["Risk ID"], r["Risk Decision"] = "", "Not Evaluated"
    if r["Transaction Status"] == "settled":
        sd = t + timedelta(days=1)
        r["Settlement Date"] = sd.strftime("%m/%d/%Y %H:%M:%S")
        r["Disbursement Date"] = (sd + timedelta(days=1)).strftime("%m/%d/%Y")
        r["Settlement Amount"] = money(part)
    else:
        r["Settlement Date"] = r["Disbursement Date"] = r["Settlement Amount"] = ""
    if r["PayPal Payment ID"]:
        r["PayPal Refund ID"] = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(17))
        r["PayPal Transaction Fee Amount"] = ""
    return [r[h] for h in HEADER]


KEYDOC = {
    "id": ID,
    "system": "Braintree (PayPal) Control Panel - Transactions search results downloaded as CSV",
    "country": "US",
    "language": "en",
    "docs": [
        "Public code that loads Braintree transaction-search downloads (a LookML view over the raw Braintree CSV, a Next.js CSV importer and an R loader): gave the column names and their order from 'Transaction ID' through 'Risk Decision', including 'Amount Submitted For Settlement', 'Tax Exempt', 'Purchase Order Number', 'Customer Company', 'Billing City (Locality)', 'Commercial', 'Product ID' and the PayPal columns",
        "The same R loader parses 'Created Datetime' with %m/%d/%Y (MM/DD/YYYY HH:MM:SS) and filters 'Transaction Status' values such as settled, processor_declined, gateway_rejected, voided",
        "Braintree developer docs (custom reporting page) describe building CSV rows per transaction from transaction search results; Level 2 fields (tax amount, tax exempt, purchase order number) come from the Braintree transaction object",
    ],
    "fields": {"buyer": "Customer Company", "product": None, "quantity": None,
               "amount": "Amount Submitted For Settlement", "tax_id": None, "email": "Customer Email",
               "payment": "Payment Instrument Type", "comment": None},
    "also_ok": {"buyer": ["Billing Company", "Customer Last Name", "Billing Last Name", "Cardholder Name"],
                "amount": ["Amount Authorized", "Settlement Amount"],
                "payment": ["Card Type"],
                "email": ["PayPal Payer Email"]},
    "notes": "One row per transaction, newest first; comma-separated UTF-8 without BOM, LF line ends, header row only, no totals. "
             "Seller (invented) is an online/phone lab and safety supply store in Pittsburgh. Transaction Type 'credit' rows are refunds "
             "(they carry the refunded sale's buyer and the same label); 'processor_declined' rows are failed attempts, still labelled by buyer. "
             "Buyer evidence is spread over Customer Company / Billing Company / names / Customer Email; many rows leave the Customer* block empty "
             "(not vaulted) and only the Billing block or Cardholder Name is filled. Government purchase cards show Commercial=Yes, Product ID S1/MCO, "
             "Tax Exempt=true and a Purchase Order Number (policy: a public body paying by purchase card is B2G). Six virtual-terminal rows carry no buyer "
             "data at all (thin records). No product/quantity columns exist in this export.",
}

if __name__ == "__main__":
    main()
