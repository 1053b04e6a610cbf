"""Sage Intacct (US) - AR invoice detail custom report, exported to CSV.

Seller: a Dallas-area IT reseller and managed-services firm. One line per AR invoice line.
Rebuilds layouts/i_us_sage_intacct_ar_invoices.csv and its key files. Seed fixed.
"""
import csv
import io
import random
from datetime import date, timedelta

from i_common import LAYOUTS, write_key, write_labels

ID = "i_us_sage_intacct_ar_invoices"
rng = random.Random(20240607)

EIN_PREFIX = ["75", "74", "76", "45", "46", "81", "82", "26", "27", "20", "30", "33", "36", "47", "83", "84"]


def ein():
    return f"{rng.choice(EIN_PREFIX)}-{rng.randint(0, 9999999):07d}"


# product catalogue: key -> (memo text, unit price, GL account)
P = {
    "lat": ("Dell Latitude 5440 14in laptop, i5, 16GB", 1189.00, "4000 Hardware sales"),
    "cb": ("Lenovo 300e Chromebook Gen 4", 329.00, "4000 Hardware sales"),
    "m365": ("Microsoft 365 Business Standard - annual subscription", 150.00, "4100 Software & subscriptions"),
    "gwe": ("Google Workspace for Education Plus - per student/yr", 5.00, "4100 Software & subscriptions"),
    "mr46": ("Cisco Meraki MR46 Wi-Fi 6 access point", 1099.00, "4000 Hardware sales"),
    "ms120": ("Cisco Meraki MS120-48LP switch", 2349.00, "4000 Hardware sales"),
    "lic": ("Meraki Enterprise license, 3 years", 540.00, "4100 Software & subscriptions"),
    "ups": ("APC Smart-UPS 1500VA LCD 120V", 749.00, "4000 Hardware sales"),
    "msp": ("Managed IT services - monthly retainer", 2400.00, "4200 Managed services"),
    "lab": ("On-site technician labor, per hour", 125.00, "4300 Professional services"),
    "proj": ("Epson PowerLite 1795F wireless projector", 899.00, "4000 Hardware sales"),
    "cab": ("Cat6 network drop, installed and certified", 185.00, "4300 Professional services"),
    "rally": ("Logitech Rally Bar video conferencing kit", 3999.00, "4000 Hardware sales"),
    "hp": ("HP LaserJet Pro 4001dn printer", 429.00, "4000 Hardware sales"),
    "ipad": ("Apple iPad 10.9in Wi-Fi 64GB", 349.00, "4000 Hardware sales"),
    "mon": ("Dell P2423D 24in QHD monitor", 239.00, "4000 Hardware sales"),
    "dock": ("Dell WD22TB4 Thunderbolt dock", 289.00, "4000 Hardware sales"),
    "fw": ("Fortinet FortiGate 60F firewall + 1yr UTP bundle", 1295.00, "4000 Hardware sales"),
    "bkp": ("Datto SIRIS backup appliance - monthly service", 410.00, "4200 Managed services"),
    "train": ("End-user security awareness training, per seat", 24.00, "4300 Professional services"),
    "ship": ("Freight and handling", 85.00, "4900 Freight billed"),
    # household-looking goods
    "tv": ("Samsung 65in Crystal UHD smart TV", 529.00, "4000 Hardware sales"),
    "keur": ("Keurig K-Elite single-serve coffee maker", 169.00, "4000 Hardware sales"),
    "ring": ("Ring Video Doorbell Pro 2, installed", 249.00, "4000 Hardware sales"),
    "eero": ("Home Wi-Fi setup: eero Pro 6E 3-pack incl. install", 649.00, "4300 Professional services"),
    "rec": ("Data recovery - failed laptop drive", 450.00, "4300 Professional services"),
    "micro": ("Panasonic 1.2 cu ft countertop microwave", 189.00, "4000 Hardware sales"),
}

OFFICE = ["lat", "mon", "dock", "m365", "hp", "ups", "lab", "fw", "bkp", "train", "rally", "mr46", "cab"]
SCHOOL = ["cb", "gwe", "proj", "mr46", "ms120", "lic", "lab", "cab", "ipad", "ups"]
GOVT = ["lat", "mon", "dock", "mr46", "ms120", "lic", "ups", "lab", "cab", "rally", "hp", "fw"]

# customer pool: (id, name, contact, email, taxid?, kind, label, amb, country, profile, weight)
C = []


def cust(cid, name, contact, email, kind, label, profile, weight=1, tax=True, amb=False, cc="US"):
    C.append(dict(id=cid, name=name, contact=contact, email=email, tax=ein() if tax else "",
                  kind=kind, label=label, amb=amb, cc=cc, profile=profile, weight=weight))


# companies / non-profits (B2B)
cust("C-10014", "Kimley-Horn and Associates, Inc.", "Accounts Payable", "ap.invoices@kimley-horn.com", "company", "B2B", OFFICE, 3)
cust("C-10022", "Texas Instruments Incorporated", "Rachel Odom", "rodom@ti.com", "company", "B2B", OFFICE, 2)
cust("C-10031", "Redbud Dental Group, PLLC", "Dr. Amy Lindqvist", "office@redbuddental.com", "company", "B2B", OFFICE, 2)
cust("C-10038", "Lone Star Title Company LLC", "Tanya Brooks", "tbrooks@lonestartitleco.com", "company", "B2B", OFFICE, 2)
cust("C-10045", "BRAZOS VALLEY AUTO GLASS, LLC", "Eddie Ruiz", "eddie@bvautoglass.com", "company", "B2B", OFFICE, 1)
cust("C-10052", "Hilltop Holdings Inc.", "IT Procurement", "itprocurement@hilltop.com", "company", "B2B", OFFICE, 2)
cust("C-10057", "McKinstry Co., LLC", "Accounts Payable", "ap@mckinstry.com", "company", "B2B", OFFICE, 1)
cust("C-10063", "Trinity Industries, Inc.", "Carla Jimenez", "carla.jimenez@trin.net", "company", "B2B", OFFICE, 2)
cust("C-10071", "Rosewood Property Company", "Greg Holt", "gholt@rosewoodproperty.com", "company", "B2B", OFFICE, 1)
cust("C-10077", "Baylor Scott & White Health", "Supply Chain AP", "scap@bswhealth.org", "private_health_system", "B2B", OFFICE, 2)
cust("C-10084", "Southern Methodist University", "OIT Purchasing", "oitpurchasing@smu.edu", "private_university", "B2B", SCHOOL, 2)
cust("C-10089", "Texas Christian University", "Purchasing", "purchasing@tcu.edu", "private_university", "B2B", SCHOOL, 1)
cust("C-10093", "Parish Episcopal School", "Business Office", "businessoffice@parish.org", "private_school", "B2B", SCHOOL, 1)
cust("C-10098", "First Baptist Church of Plano", "Church Office", "office@fbcplano.org", "church", "B2B", OFFICE, 1)
cust("C-10102", "Pecan Creek Homeowners Association", "Board Treasurer", "treasurer@pecancreekhoa.org", "homeowners_association", "B2B", ["mr46", "lab", "cab"], 1)
cust("C-10107", "Big Brothers Big Sisters Lone Star", "Operations", "operations@bbbstx.org", "non_profit", "B2B", OFFICE, 1)
cust("C-10111", "Delgado Tax Services", "Maria Delgado", "maria@delgadotaxservices.com", "sole_trader_trade_name", "B2B", OFFICE, 1)
cust("C-10116", "Whataburger Restaurants LLC", "Restaurant IT", "restaurantit@wbhq.com", "company", "B2B", OFFICE, 2)
cust("C-10120", "Southwest Airlines Co.", "Airport IT Services", "ap.itservices@wnco.com", "company", "B2B", OFFICE, 1)
cust("C-10124", "Jacobs Engineering Group Inc.", "AP Dallas", "dallas.ap@jacobs.com", "company", "B2B", OFFICE, 1)
cust("C-10129", "North Texas Food Bank", "Facilities", "facilities@ntfb.org", "non_profit", "B2B", OFFICE, 1)
cust("C-10133", "Frisco Family Chiropractic, P.A.", "Front Desk", "frontdesk@friscofamilychiro.com", "company", "B2B", OFFICE, 1)
cust("C-10137", "Oak Cliff Credit Union", "Branch Ops", "branchops@oakcliffcu.org", "credit_union", "B2B", OFFICE, 1)

# state (B2G)
cust("G-20003", "Dallas County", "Purchasing Department", "purchasing@dallascounty.org", "county", "B2G", GOVT, 3, tax=False)
cust("G-20008", "Collin County", "IT Department", "it.purchasing@collincountytx.gov", "county", "B2G", GOVT, 2, tax=False)
cust("G-20011", "Tarrant County", "Purchasing", "purchasing@tarrantcountytx.gov", "county", "B2G", GOVT, 2, tax=False)
cust("G-20015", "Dallas Independent School District", "Procurement Services", "procurement@dallasisd.org", "school_district", "B2G", SCHOOL, 3, tax=False)
cust("G-20019", "Plano Independent School District", "Technology Services", "techpurchasing@pisd.edu", "school_district", "B2G", SCHOOL, 3, tax=False)
cust("G-20022", "Richardson ISD", "Purchasing", "purchasing@risd.org", "school_district", "B2G", SCHOOL, 2, tax=False)
cust("G-20026", "Frisco ISD", "Technology Purchasing", "techpurchasing@friscoisd.org", "school_district", "B2G", SCHOOL, 2, tax=False)
cust("G-20031", "City of Garland", "Purchasing Division", "purchasing@garlandtx.gov", "municipality", "B2G", GOVT, 2, tax=False)
cust("G-20034", "City of McKinney", "IT Services", "itservices@mckinneytexas.org", "municipality", "B2G", GOVT, 1, tax=False)
cust("G-20038", "Texas Department of Transportation", "Dallas District Purchasing", "dal.purchasing@txdot.gov", "state_agency", "B2G", GOVT, 2, tax=False)
cust("G-20041", "Texas Parks and Wildlife Department", "Region 5 Admin", "r5admin@tpwd.texas.gov", "state_agency", "B2G", GOVT, 1, tax=False)
cust("G-20045", "Texas Comptroller of Public Accounts", "Procurement", "procurement@cpa.texas.gov", "state_agency", "B2G", GOVT, 1, tax=False)
cust("G-20049", "The University of Texas at Dallas", "Purchasing Office", "purchasing@utdallas.edu", "public_university", "B2G", SCHOOL, 2, tax=False)
cust("G-20052", "University of North Texas", "Procurement Services", "procurement@unt.edu", "public_university", "B2G", SCHOOL, 2, tax=False)
cust("G-20056", "Dallas College", "Purchasing", "purchasing@dallascollege.edu", "public_college", "B2G", SCHOOL, 1, tax=False)
cust("G-20059", "Parkland Health (Dallas County Hospital District)", "Supply Chain", "supplychain@phhs.org", "public_hospital", "B2G", GOVT, 1, tax=False)
cust("G-20063", "Dallas Area Rapid Transit", "Procurement", "procurement@dart.org", "transit_authority", "B2G", GOVT, 1, tax=False)
cust("G-20066", "VA North Texas Health Care System", "Contracting Office", "vhantxcontracting@va.gov", "federal_agency", "B2G", GOVT, 1, tax=False)

# persons (B2C)
PERS = [
    ("P-30012", "Hernandez, Maria", "mhernandez1984@gmail.com", ["eero", "rec", "ring"]),
    ("P-30014", "Kevin O'Brien", "kobrien.tx@yahoo.com", ["lat", "eero"]),
    ("P-30017", "PATEL, ANIL", "anil.patel77@gmail.com", ["rec", "mon"]),
    ("P-30019", "Jennifer Wu", "jenwu.dallas@outlook.com", ["ipad", "eero"]),
    ("P-30023", "Marcus Johnson", "", ["ring", "tv"]),
    ("P-30026", "Linda  Sullivan", "lindasullivan@att.net", ["rec"]),
    ("P-30029", "Robert Kim", "rkim2210@icloud.com", ["eero", "lab"]),
    ("P-30031", "Thompson, Ashley", "ashley.t@hotmail.com", ["lat", "dock"]),
]
for pid, nm, em, prof in PERS:
    C.append(dict(id=pid, name=nm, contact=nm, email=em, tax="", kind="private_person", label="B2C",
                  amb=False, cc="US", profile=prof, weight=2))

by_id = {c["id"]: c for c in C}

TERMS_B = ["Net 30", "Net 30", "Net 30", "Net 15", "Net 45"]
TERMS_C = ["Due on receipt", "Credit card"]
STATES = ["Posted", "Paid", "Paid", "Partially paid", "Posted"]


def lines_for(profile, n):
    keys = rng.sample(profile, min(n, len(profile)))
    out = []
    for k in keys:
        memo, price, gl = P[k]
        if k in ("msp", "bkp"):
            q = 1
        elif k == "lab":
            q = rng.choice([2, 3, 4, 6, 8, 12])
        elif k == "gwe":
            q = rng.choice([450, 800, 1200, 2400])
        elif k in ("m365", "train"):
            q = rng.choice([10, 15, 25, 40, 60])
        elif k == "cab":
            q = rng.choice([6, 12, 18, 24])
        elif k == "cb":
            q = rng.choice([30, 60, 90, 120])
        else:
            q = rng.choice([1, 2, 4, 5, 8, 10, 12])
        out.append((k, q))
    return out


invoices = []  # dict(cust, lines=[(key, qty)], desc, term, amb override, kind override, label override)

# regular invoices by weighted customer pool
pool = [c for c in C for _ in range(c["weight"])]
for _ in range(80):
    c = rng.choice(pool)
    n = 1 if c["label"] == "B2C" else rng.choice([1, 1, 2, 2, 3])
    ls = lines_for(c["profile"], n)
    if c["label"] == "B2C":
        ls = [(k, 1 if k != "lab" else 2) for k, _ in ls]
    desc = ""
    if c["label"] == "B2G":
        desc = rng.choice([f"PO {rng.randint(4500000000, 4500999999)}", f"P.O. #{rng.randint(24000, 24999)}-TECH",
                           f"DIR contract DIR-TSO-{rng.randint(4000, 4999)} / PO {rng.randint(100000, 999999)}", ""])
    elif c["label"] == "B2B":
        desc = rng.choice(["", "", f"PO {rng.randint(10000, 99999)}", "Per quote Q-" + str(rng.randint(2100, 2999)),
                           "Monthly services", "Office refresh"])
    else:
        desc = rng.choice(["", "Paid by card at pickup", "Home visit", ""])
    invoices.append(dict(cust=c, lines=ls, desc=desc))

# monthly managed services for a few business/government clients (repeat relationship)
for cid in ["C-10014", "C-10031", "C-10038", "G-20031", "C-10098", "C-10133"]:
    for m in range(3):
        invoices.append(dict(cust=by_id[cid], lines=[("msp", 1), ("bkp", 1)] if m % 2 == 0 else [("msp", 1)],
                             desc="Managed services - monthly billing"))

# ---- ambiguous and special cases ----
SPECIAL = []


def special(cid, name, contact, email, kind, label, amb, lines, desc, term=None, tax=True):
    known = by_id.get(cid)
    taxv = known["tax"] if known else (ein() if tax else "")
    c = dict(id=cid, name=name, contact=contact, email=email, tax=taxv, kind=kind, label=label,
             amb=amb, cc="US", profile=[], weight=0)
    invoices.append(dict(cust=c, lines=lines, desc=desc, term=term))


special("C-10141", "National Railroad Passenger Corporation (Amtrak)", "Procurement - Southwest", "ap.southwest@amtrak.com",
        "state_owned_company", "B2B", True, [("mr46", 6), ("lic", 6), ("lab", 8)], "Amtrak RFQ 2024-SW-0417, subject to federal procurement terms")
special("C-10141", "National Railroad Passenger Corporation (Amtrak)", "Procurement - Southwest", "ap.southwest@amtrak.com",
        "state_owned_company", "B2B", False, [("ups", 2)], "Union Station Dallas - UPS replacement")
special("C-10146", "Inter-American Development Bank", "Country Office Services", "procurement@iadb.org",
        "international_org", "B2B", True, [("rally", 1), ("lab", 4)], "Conference room AV, Dallas liaison office", tax=False)
special("C-10149", "The World Bank Group", "Corporate Procurement", "corporateprocurement@worldbank.org",
        "international_org", "B2B", True, [("lat", 3), ("dock", 3)], "PO WB-7731904", tax=False)
special("C-10152", "Texas A&M Foundation", "Finance Office", "finance@txamfoundation.com",
        "state_affiliated_foundation", "B2B", True, [("lat", 4), ("m365", 25)], "")
special("C-10155", "Boys & Girls Clubs of Greater Dallas, Inc.", "Accounts Payable", "ap@bgcdallas.org",
        "non_profit_coop_contract", "B2B", True, [("cb", 60), ("lic", 4), ("mr46", 4)], "Purchased under TIPS cooperative contract 230105")
special("C-10038", "Lone Star Title Company LLC", "Tanya Brooks", "tbrooks@lonestartitleco.com",
        "company_household_item", "B2B", True, [("keur", 1)], "Break room")
special("C-10014", "Kimley-Horn and Associates, Inc.", "Accounts Payable", "ap.invoices@kimley-horn.com",
        "company_household_item", "B2B", True, [("micro", 1)], "")
special("G-20026", "Frisco ISD", "Wester Middle School - Front Office", "wester.office@friscoisd.org",
        "school_district", "B2G", True, [("keur", 1)], "Teachers' lounge", tax=False)
special("G-20003", "Dallas County", "Constable Pct. 2", "constable2@dallascounty.org",
        "county", "B2G", True, [("tv", 1)], "", tax=False)
special("P-30036", "Carter, Denise", "Denise Carter", "denise.carter@txdot.gov",
        "person_gov_email", "B2C", True, [("eero", 1)], "Install at residence, Rowlett", term="Credit card", tax=False)
special("P-30038", "Brian Nguyen", "Brian Nguyen", "b-nguyen2@ti.com",
        "person_company_email", "B2C", True, [("ring", 1)], "Home install", term="Credit card", tax=False)
special("P-30041", "Laura Chen, DDS", "Laura Chen", "drlaurachen@gmail.com",
        "professional_practice", "B2B", True, [("lat", 2), ("hp", 1)], "For the practice - front desk", tax=False)
special("P-30044", "Omar Haddad", "Omar Haddad", "omarhaddad.tx@gmail.com",
        "person_for_resale", "B2B", True, [("ipad", 15)], "Customer states units are for resale in his phone repair kiosk", term="Due on receipt", tax=False)
special("P-30047", "WILLIAMS, DERRICK", "Derrick Williams", "dwilliams469@yahoo.com",
        "private_person_bulk", "B2C", True, [("cb", 20)], "", term="Credit card", tax=False)
special("CASH", "Cash Customer", "", "", "anonymous_thin", "B2B", True, [("ms120", 2), ("lic", 2)], "", term="Due on receipt", tax=False)
special("CASH", "Cash Customer", "", "", "anonymous_thin", "B2C", True, [("rec", 1)], "", term="Due on receipt", tax=False)
special("CASH", "Cash Customer", "", "", "anonymous_thin", "B2C", True, [("mon", 1)], "walk-in", term="Due on receipt", tax=False)
special("C-10158", "Tomas Reyes", "Tomas Reyes", "treyes.pm@gmail.com",
        "person_paying_company_invoice", "B2B", True, [("lab", 6), ("cab", 8)], "Paying on behalf of Reyes Property Mgmt LLC - office build-out", tax=False)
special("G-20070", "United States Postal Service", "North Texas District", "ntx.purchasing@usps.gov",
        "federal_agency", "B2G", False, [("hp", 4), ("ups", 4)], "Order 2B-88310 (purchase card)", term="Credit card", tax=False)
special("G-20073", "Consulate General of Mexico in Dallas", "Administracion", "admin@consulmexdallas.org",
        "consulate", "B2G", False, [("lat", 2), ("mon", 2)], "", tax=False)

# shuffle by date
start = date(2024, 1, 2)
rng.shuffle(invoices)
for i, inv in enumerate(invoices):
    inv["date"] = start + timedelta(days=int(i * 178 / len(invoices)) + rng.randint(0, 1))
invoices.sort(key=lambda d: d["date"])

header = ["Customer ID", "Customer name", "Invoice number", "Reference number", "Date", "Due date", "Term", "State",
          "Bill-to contact name", "Bill-to email address", "Customer tax ID", "Line no.", "Memo", "GL account",
          "Line amount", "Invoice total", "Total due", "Description"]

rows, labels = [], []
grand = 0.0
for n, inv in enumerate(invoices):
    c = inv["cust"]
    term = inv.get("term") or (rng.choice(TERMS_C) if c["label"] == "B2C" else rng.choice(TERMS_B))
    days = {"Net 30": 30, "Net 15": 15, "Net 45": 45}.get(term, 0)
    due = inv["date"] + timedelta(days=days)
    invno = f"INV-{4101 + n:06d}"
    ref = ""
    if c["label"] in ("B2B", "B2G") and c["id"] != "CASH" and rng.random() < 0.5:
        ref = f"PO-{rng.randint(10000, 99999)}"
    lines = []
    for k, q in inv["lines"]:
        memo, price, gl = P[k]
        amt = round(price * q, 2)
        text = memo if q == 1 else f"{memo} (qty {q} @ {price:,.2f})"
        lines.append((text, gl, amt))
    total = round(sum(a for _, _, a in lines), 2)
    state = rng.choice(STATES)
    due_amt = 0.0 if state == "Paid" else (round(total * 0.5, 2) if state == "Partially paid" else total)
    if term == "Credit card":
        state, due_amt = "Paid", 0.0
    for ln, (text, gl, amt) in enumerate(lines, 1):
        rows.append([c["id"], c["name"], invno, ref, inv["date"].strftime("%m/%d/%Y"), due.strftime("%m/%d/%Y"), term,
                     state, c["contact"], c["email"], c["tax"], ln, text, gl, f"{amt:.2f}", f"{total:.2f}",
                     f"{due_amt:.2f}", inv["desc"]])
        labels.append((c["label"], c["amb"], c["kind"], c["cc"]))
        grand += amt

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(["Bluestem Technology Partners, Inc."])
w.writerow(["AR Invoice Detail"])
w.writerow(["Date range: 01/01/2024 - 06/30/2024"])
w.writerow([])
w.writerow(header)
w.writerows(rows)
w.writerow(["Total"] + [""] * 13 + [f"{grand:.2f}", "", "", ""])
(LAYOUTS / f"{ID}.csv").write_text(buf.getvalue(), encoding="utf-8", newline="")
write_labels(ID, labels)

write_key(ID, {
    "id": ID,
    "system": "Sage Intacct - Accounts Receivable, AR sales invoice detail (custom report of AR invoices with their lines), exported to CSV",
    "country": "US",
    "language": "en",
    "docs": [
        "Sage Intacct help, 'Field descriptions: AR sales invoices' (AR sales invoices list): Customer name, AR sales invoice number, Date, Amount, State with values Draft/Posted/Partially paid/Paid - gave the column wording and State values",
        "Sage Intacct arinvoice object as returned by the Web Services API (public paste of a readByQuery answer): CUSTOMERID, CUSTOMERNAME, RECORDID (INV-000643 style), TERMNAME (Net15), WHENCREATED/WHENDUE in MM/DD/YYYY, TOTALENTERED, TOTALDUE, BILLTOPAYTOCONTACTNAME - gave the invoice-level fields, number style and US date format",
        "Sage Intacct customer fields (public integration listing): Tax ID, Primary Email Address - gave the buyer tax-ID and e-mail columns",
    ],
    "fields": {"buyer": "Customer name", "product": "Memo", "quantity": None, "amount": "Line amount",
               "tax_id": "Customer tax ID", "email": "Bill-to email address", "payment": "Term",
               "comment": "Description"},
    "also_ok": {"amount": ["Invoice total"], "buyer": ["Customer ID", "Bill-to contact name"]},
    "notes": "Custom-report CSV: three title lines (company, report name, date range) and a blank line above the header, one record per invoice line, invoice-level columns repeated on every line, and a final 'Total' line summing Line amount (not a record). AR invoice lines carry no quantity column; multi-unit lines state it inside Memo as '(qty N @ price)'. 'Cash Customer' (ID CASH) is the catch-all account for walk-in sales with no buyer. Term 'Credit card' means paid by card. Customer tax ID is a US EIN (no check digit).",
})
print(len(rows), "records")
