"""US: Zoho Books invoices export (CSV, one row per line item). Seed 4101."""
import csv, os, random, datetime as dt
from t_common import SET, build_orders, write_labels, write_key, person_email, money

LID = "t_us_zoho_books_invoices"
rng = random.Random(4101)

OFFICE = [("HP 26A Black Toner Cartridge (CF226A)", "Genuine HP LaserJet toner", 142.99, "ea"),
          ("Hammermill Copy Plus Paper 8.5 x 11, 10 Ream Case", "20 lb, 92 bright, 5000 sheets", 54.99, "case"),
          ("Dell Latitude 5440 14\" Laptop i5/16GB/512GB", "Windows 11 Pro, 3-yr ProSupport", 1189.00, "ea"),
          ("Dell P2423D 24\" QHD Monitor", "", 229.99, "ea"),
          ("Logitech MK540 Advanced Wireless Keyboard & Mouse", "", 49.99, "ea"),
          ("APC Back-UPS Pro 1500VA (BR1500MS2)", "UPS battery backup", 239.00, "ea"),
          ("Ubiquiti UniFi U6 Pro Access Point", "WiFi 6 ceiling AP", 159.00, "ea"),
          ("Cisco Catalyst 1000-24T-4G-L Switch", "24-port managed switch", 1096.00, "ea"),
          ("Microsoft 365 Business Standard - Annual Subscription", "per user / year", 150.00, "user"),
          ("On-site IT support - hourly", "Technician labor", 125.00, "hr"),
          ("Network cabling install - Cat6 drop", "per drop, incl. jack and patch", 185.00, "drop"),
          ("HON 10500 Series L-Shaped Desk", "", 1249.00, "ea"),
          ("Steelcase Series 1 Task Chair", "", 415.00, "ea"),
          ("Brother HL-L6210DW Business Laser Printer", "", 329.99, "ea"),
          ("Fellowes Powershred 99Ci Shredder", "", 349.99, "ea"),
          ("Avery 5160 Easy Peel Address Labels, 3000 ct", "", 31.49, "box"),
          ("BIC Round Stic Ballpoint Pens, Black, 60 ct", "", 8.99, "box"),
          ("Post-it Super Sticky Notes 3x3, 24 pads", "", 27.99, "pack"),
          ("Clorox Disinfecting Wipes 75 ct, case of 6", "", 39.99, "case"),
          ("Georgia-Pacific Angel Soft Toilet Paper, 80 rolls", "", 64.99, "case"),
          ("Epson WorkForce Pro WF-C4810 Printer", "", 199.99, "ea"),
          ("Zebra ZD421 Direct Thermal Label Printer", "", 389.00, "ea"),
          ("Apple iPad 10.9\" 64GB Wi-Fi", "", 349.00, "ea"),
          ("Samsung 65\" Crystal UHD TV (conference room)", "", 529.99, "ea")]
HOUSEHOLD = [("Keurig K-Classic Single Serve Coffee Maker", "", 109.99, "ea"),
             ("Hamilton Beach 1.7L Electric Kettle", "", 29.99, "ea"),
             ("Frigidaire 1.1 cu ft Countertop Microwave", "", 129.00, "ea"),
             ("Dyson V8 Cordless Vacuum", "", 399.99, "ea"),
             ("Ninja Professional Blender BL610", "", 89.99, "ea"),
             ("LG 5,000 BTU Window Air Conditioner", "", 219.00, "ea"),
             ("Apple AirPods Pro (2nd generation)", "", 249.00, "ea")]
CONSUMER = HOUSEHOLD + [OFFICE[2], OFFICE[3], OFFICE[4], OFFICE[13], OFFICE[22]]

STATES = {"TX": ["Austin", "Houston", "Dallas", "San Antonio"], "OK": ["Tulsa", "Oklahoma City", "Norman"],
          "AZ": ["Phoenix", "Tempe", "Mesa"], "OH": ["Columbus", "Cleveland", "Dayton"],
          "CA": ["Sacramento", "Fresno", "San Diego"], "VA": ["Fairfax", "Richmond", "Arlington"],
          "UT": ["Salt Lake City", "Provo"], "IN": ["West Lafayette", "Indianapolis"]}
FIRST = ["Jennifer", "Michael", "David", "Sarah", "Carlos", "Emily", "James", "Aisha", "Kevin", "Linda", "Robert",
         "Maria", "Tyler", "Brianna", "Anthony", "Megan", "Luis", "Rachel", "Daniel", "Nicole", "Hoang", "Priya"]
LAST = ["Morales", "Johnson", "Nguyen", "Patel", "Smith", "Garcia", "Williams", "Brown", "Kim", "Davis", "Martinez",
        "Anderson", "Thompson", "Walker", "Hernandez", "Robinson", "Clark", "Lewis", "Okafor", "Schmidt"]

def lines_from(pool, nlines, qty):
    out = []
    for it in rng.sample(pool, min(nlines, len(pool))):
        q = rng.randint(*qty)
        out.append(dict(item=it[0], desc=it[1], price=it[2], unit=it[3], qty=q))
    return out

def org(names, domain_fn, kind, label, amb, pool=OFFICE, nl=(1, 4), qty=(1, 12), po=0.7, notes=None, state=None,
        exempt=False, weight=1.0):
    def make(r):
        name, st = r.choice(names)
        return dict(name=name, state=st, email=domain_fn(r, name),
                    po=(f"PO-{r.randint(2025,2026)}-{r.randint(1000,99999)}" if r.random() < po else ""),
                    note=(r.choice(notes) if notes else ""), exempt=exempt,
                    lines=lines_from(pool, r.randint(*nl), qty))
    return dict(weight=weight, kind=kind, label=label, amb=amb, country="US", make=make)

def role(dom):
    return lambda r, n: f"{r.choice(['purchasing','accountspayable','ap','procurement','invoices'])}@{dom(n)}"

def dom_from(mapping):
    return lambda n: mapping[n]

CITY = [("City of Tulsa", "OK"), ("City of Mesa", "AZ"), ("City of Columbus - Department of Public Utilities", "OH"),
        ("City of Fresno", "CA"), ("Town of Gilbert", "AZ"), ("City of Norman Parks & Recreation", "OK")]
CITYD = {"City of Tulsa": "cityoftulsa.org", "City of Mesa": "mesaaz.gov", "City of Columbus - Department of Public Utilities": "columbus.gov",
         "City of Fresno": "fresno.gov", "Town of Gilbert": "gilbertaz.gov", "City of Norman Parks & Recreation": "normanok.gov"}
COUNTY = [("Maricopa County", "AZ"), ("Travis County Purchasing Office", "TX"), ("Cuyahoga County Board of Elections", "OH"),
          ("Tulsa County Sheriff's Office", "OK"), ("Fairfax County Government", "VA"), ("Salt Lake County", "UT")]
COUNTYD = {"Maricopa County": "maricopa.gov", "Travis County Purchasing Office": "traviscountytx.gov", "Cuyahoga County Board of Elections": "cuyahogacounty.gov",
           "Tulsa County Sheriff's Office": "tulsacounty.org", "Fairfax County Government": "fairfaxcounty.gov", "Salt Lake County": "saltlakecounty.gov"}
SD = [("Austin Independent School District", "TX"), ("Fairfax County Public Schools", "VA"), ("Tulsa Public Schools", "OK"),
      ("Mesa Public Schools", "AZ"), ("Columbus City Schools", "OH"), ("Granite School District", "UT")]
SDD = {"Austin Independent School District": "austinisd.org", "Fairfax County Public Schools": "fcps.edu", "Tulsa Public Schools": "tulsaschools.org",
       "Mesa Public Schools": "mpsaz.org", "Columbus City Schools": "columbus.k12.oh.us", "Granite School District": "graniteschools.org"}
STATEAG = [("Texas Department of Transportation", "TX"), ("Ohio Department of Natural Resources", "OH"),
           ("California Department of Motor Vehicles", "CA"), ("Oklahoma Department of Corrections", "OK"),
           ("Arizona Department of Economic Security", "AZ"), ("Virginia Department of Health", "VA")]
STATEAGD = {"Texas Department of Transportation": "txdot.gov", "Ohio Department of Natural Resources": "dnr.ohio.gov",
            "California Department of Motor Vehicles": "dmv.ca.gov", "Oklahoma Department of Corrections": "doc.ok.gov",
            "Arizona Department of Economic Security": "azdes.gov", "Virginia Department of Health": "vdh.virginia.gov"}
FED = [("U.S. Army Corps of Engineers - Tulsa District", "OK"), ("Social Security Administration - Austin Field Office", "TX"),
       ("George E. Wahlen Department of Veterans Affairs Medical Center", "UT"), ("National Park Service - Grand Canyon National Park", "AZ"),
       ("Wright-Patterson Air Force Base - 88th Contracting Squadron", "OH"), ("Internal Revenue Service - Ogden Campus", "UT")]
FEDD = {"U.S. Army Corps of Engineers - Tulsa District": "usace.army.mil", "Social Security Administration - Austin Field Office": "ssa.gov",
        "George E. Wahlen Department of Veterans Affairs Medical Center": "va.gov", "National Park Service - Grand Canyon National Park": "nps.gov",
        "Wright-Patterson Air Force Base - 88th Contracting Squadron": "us.af.mil", "Internal Revenue Service - Ogden Campus": "irs.gov"}
PUBU = [("The University of Texas at Austin", "TX"), ("The Ohio State University", "OH"), ("Purdue University", "IN"),
        ("Arizona State University", "AZ"), ("Austin Community College District", "TX"), ("Salt Lake Community College", "UT"),
        ("Tulsa Community College", "OK"), ("Northern Virginia Community College", "VA")]
PUBUD = {"The University of Texas at Austin": "utexas.edu", "The Ohio State University": "osu.edu", "Purdue University": "purdue.edu",
         "Arizona State University": "asu.edu", "Austin Community College District": "austincc.edu", "Salt Lake Community College": "slcc.edu",
         "Tulsa Community College": "tulsacc.edu", "Northern Virginia Community College": "nvcc.edu"}
TRIBE = [("Cherokee Nation", "OK"), ("Muscogee (Creek) Nation", "OK"), ("Navajo Nation Division of Community Development", "AZ"),
         ("Gila River Indian Community", "AZ"), ("Chickasaw Nation", "OK")]
TRIBED = {"Cherokee Nation": "cherokee.org", "Muscogee (Creek) Nation": "muscogeenation.com", "Navajo Nation Division of Community Development": "navajo-nsn.gov",
          "Gila River Indian Community": "gric.nsn.us", "Chickasaw Nation": "chickasaw.net"}
AUTH = [("Port Authority of New York and New Jersey", "VA"), ("Metropolitan Transit Authority of Harris County", "TX"),
        ("Valley Metro Regional Public Transportation Authority", "AZ"), ("Utah Transit Authority", "UT")]
AUTHD = {"Port Authority of New York and New Jersey": "panynj.gov", "Metropolitan Transit Authority of Harris County": "ridemetro.org",
         "Valley Metro Regional Public Transportation Authority": "valleymetro.org", "Utah Transit Authority": "rideuta.com"}
COMPLF = [("Brightline Logistics LLC", "brightlinelogistics.com", "TX"), ("Acme Tool & Die, Inc.", "acmetooldie.com", "OH"),
          ("Harmon Dental Group PLLC", "harmondental.com", "VA"), ("Summit Roofing Co.", "summitroofingaz.com", "AZ"),
          ("Redbud Capital Partners, L.P.", "redbudcap.com", "OK"), ("Pioneer Engineering Corp.", "pioneereng.com", "CA"),
          ("Wasatch Property Management LLC", "wasatchpm.com", "UT"), ("Lone Star Title Company, Inc.", "lonestartitle.com", "TX"),
          ("Meridian Health Partners, LLC", "meridianhp.com", "IN"), ("Koch Fabrication Inc", "kochfab.com", "OK")]
COMPNF = [("Blue Mesa Grill", "bluemesagrill.com", "AZ"), ("Redline Auto Body", "redlineautobody.net", "OK"),
          ("Cascade Print Shop", "cascadeprint.com", "CA"), ("Northpoint Chiropractic", "northpointchiro.com", "OH"),
          ("Hill Country Veterinary Clinic", "hcvetclinic.com", "TX"), ("Silver Lake Dental", "silverlakedental.com", "UT"),
          ("Prairie Wind Brewing", "prairiewindbrewing.com", "OK"), ("Potomac Legal Group", "potomaclegal.com", "VA")]
SOLE = [("Thomas White Bookkeeping", "TX"), ("Maria Lopez Photography", "AZ"), ("Dave's Handyman Services", "OK"),
        ("Nguyen Tax & Accounting", "CA"), ("Sarah Chen, CPA", "VA"), ("Big Mike's BBQ Catering", "TX")]
NPO = [("Habitat for Humanity of Greater Tulsa", "habitattulsa.org", "OK"), ("Boys & Girls Club of the Austin Area", "bgcaustin.org", "TX"),
       ("St. Mark's Episcopal Church", "stmarks-sa.org", "TX"), ("Sunrise Ridge Homeowners Association", "sunriseridgehoa.com", "AZ"),
       ("Rice University", "rice.edu", "TX"), ("American Red Cross - Central Ohio Chapter", "redcross.org", "OH"),
       ("Goodwill Industries of Central Arizona", "goodwillaz.org", "AZ"), ("Tinker Federal Credit Union", "tinkerfcu.org", "OK"),
       ("Baylor Scott & White Health", "bswhealth.org", "TX"), ("Cristo Rey Columbus High School", "cristoreycolumbus.org", "OH")]
NPOKIND = {"Rice University": "private_university", "St. Mark's Episcopal Church": "church", "Sunrise Ridge Homeowners Association": "hoa",
           "Tinker Federal Credit Union": "credit_union", "Baylor Scott & White Health": "private_hospital",
           "Cristo Rey Columbus High School": "private_school"}
INTL = [("The World Bank Group", "worldbank.org"), ("Pan American Health Organization", "paho.org"), ("International Monetary Fund", "imf.org"),
        ("Inter-American Development Bank", "iadb.org")]

def mk_org_spec(lst, domd, kind, weight, **kw):
    return org(lst, lambda r, n: (f"{r.choice(['purchasing','ap','procurement','accounts.payable'])}@{domd[n]}" if r.random() < 0.8 else ""),
               kind, "B2G", False, weight=weight, **kw)

specs = [
    mk_org_spec(CITY, CITYD, "us_city", 2.5),
    mk_org_spec(COUNTY, COUNTYD, "us_county", 2.2),
    mk_org_spec(SD, SDD, "school_district", 3, qty=(2, 30)),
    mk_org_spec(STATEAG, STATEAGD, "state_agency", 2),
    mk_org_spec(FED, FEDD, "federal_office", 2.2, notes=["GPC purchase card", "Contract W912BV-26-P-0142", "", ""]),
    mk_org_spec(PUBU, PUBUD, "public_university", 2.5),
    mk_org_spec(TRIBE, TRIBED, "tribal_government", 2.2),
    mk_org_spec(AUTH, AUTHD, "transit_port_authority", 1.2),
]

def comp(lst, kind, weight, nl=(1, 4), qty=(1, 10)):
    def make(r):
        n, d, st = r.choice(lst)
        return dict(name=n, state=st, email=(f"{r.choice(['office','billing','ap','info','admin'])}@{d}" if r.random() < 0.8 else ""),
                    po=(f"{r.randint(4500, 9800)}" if r.random() < 0.35 else ""), note="", exempt=False,
                    lines=lines_from(OFFICE, r.randint(*nl), qty))
    return dict(weight=weight, kind=kind, label="B2B", amb=False, country="US", make=make)

specs += [comp(COMPLF, "company_with_legal_form", 7), comp(COMPNF, "company_no_legal_form", 5)]

def sole(r):
    n, st = r.choice(SOLE)
    f, l = r.choice(FIRST), r.choice(LAST)
    return dict(name=n, state=st, email=person_email(r, f, l) if r.random() < 0.6 else "", po="", note="", exempt=False,
                lines=lines_from(OFFICE, r.randint(1, 3), (1, 3)))
specs.append(dict(weight=3, kind="sole_trader_trade_name", label="B2B", amb=False, country="US", make=sole))

def npo(r):
    n, d, st = r.choice(NPO)
    return dict(name=n, state=st, email=f"{r.choice(['office','finance','admin','accounting'])}@{d}", po="",
                note="", exempt=(r.random() < 0.5), lines=lines_from(OFFICE, r.randint(1, 4), (1, 8)),
                kind=NPOKIND.get(n, "non_profit"))
specs.append(dict(weight=5, kind="non_profit", label="B2B", amb=False, country="US", make=npo))

def person(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    return dict(name=f"{f} {l}", state=r.choice(list(STATES)), email=person_email(r, f, l), po="",
                note=r.choice(["", "", "Thanks for your business.", "Home delivery, leave at front door"]), exempt=False,
                lines=lines_from(CONSUMER, r.randint(1, 2), (1, 2)))
specs.append(dict(weight=15, kind="private_person", label="B2C", amb=False, country="US", make=person))

# ---- ambiguous cases ----
def comp_household(r):
    n, d, st = r.choice(COMPLF + COMPNF)
    return dict(name=n, state=st, email=f"office@{d}", po="", note="", exempt=False,
                lines=lines_from(HOUSEHOLD, 1, (1, 1)))
specs.append(dict(weight=2, kind="company_household_purchase", label="B2B", amb=True, country="US", make=comp_household))

def gov_person(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    dom, kind = r.choice([("va.gov", "person_with_gov_email"), ("txdot.gov", "person_with_gov_email"),
                          ("us.af.mil", "person_with_mil_email"), ("army.mil", "person_with_mil_email")])
    return dict(name=f"{f} {l}", state=r.choice(list(STATES)), email=f"{f.lower()}.{l.lower()}@{dom}", po="",
                note=r.choice(["Ship to home address, personal purchase", "Paid by personal Visa", "Gift for my wife"]),
                exempt=False, lines=lines_from(HOUSEHOLD, 1, (1, 1)), kind=kind)
specs.append(dict(weight=2, kind="person_with_gov_email", label="B2C", amb=True, country="US", make=gov_person))

def person_biz(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    return dict(name=f"{f} {l}", state=r.choice(list(STATES)), email=person_email(r, f, l), po="",
                note=r.choice(["For resale at my booth at the flea market", "Buying for my hair salon", "For my home office business - need invoice for taxes",
                               "Equipment for my food truck"]),
                exempt=False, lines=lines_from(OFFICE + HOUSEHOLD, r.randint(1, 2), (2, 6)))
specs.append(dict(weight=1.5, kind="person_states_business_use", label="B2B", amb=True, country="US", make=person_biz))

def person_pays_company(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    n, d, st = r.choice(COMPNF)
    return dict(name=f"{f} {l}", state=st, email=person_email(r, f, l), po="",
                note=f"Paid personally by {f} {l} on behalf of {n}; invoice for {n}",
                exempt=False, lines=lines_from(OFFICE, r.randint(1, 3), (1, 4)))
specs.append(dict(weight=1, kind="person_pays_company_invoice", label="B2B", amb=True, country="US", make=person_pays_company))

def person_bulk(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    it = r.choice([HOUSEHOLD[6], OFFICE[22], OFFICE[4]])
    return dict(name=f"{f} {l}", state=r.choice(list(STATES)), email=person_email(r, f, l), po="", note="", exempt=False,
                lines=[dict(item=it[0], desc=it[1], price=it[2], unit=it[3], qty=r.choice([30, 40, 50]))])
specs.append(dict(weight=1, kind="person_bulk_quantity", label="B2C", amb=True, country="US", make=person_bulk))

def intl(r):
    n, d = r.choice(INTL)
    return dict(name=n, state="VA", email=f"procurement@{d}", po=f"PO-{r.randint(100000,999999)}", note="", exempt=True,
                lines=lines_from(OFFICE, r.randint(1, 3), (2, 10)))
specs.append(dict(weight=1, kind="international_org", label="B2B", amb=True, country="US", make=intl))

def coop(r):
    n, d, st = r.choice([x for x in NPO if x[0] in ("Habitat for Humanity of Greater Tulsa", "Goodwill Industries of Central Arizona", "Boys & Girls Club of the Austin Area")])
    return dict(name=n, state=st, email=f"finance@{d}", po=f"PO-{r.randint(1000,9999)}",
                note=r.choice(["Pricing per Sourcewell contract #121923-DEL", "Purchased under OMNIA Partners cooperative contract R191902"]),
                exempt=True, lines=lines_from(OFFICE, r.randint(1, 3), (2, 10)))
specs.append(dict(weight=0.8, kind="nonprofit_coop_contract", label="B2B", amb=True, country="US", make=coop))

def school_kettle(r):
    n, st = r.choice(SD)
    school = r.choice(["Lincoln Elementary", "Roosevelt Middle School", "Jefferson High School"])
    return dict(name=f"{n} - {school}", state=st, email=f"{school.split()[0].lower()}.office@{SDD[n]}", po=f"PO-2026-{r.randint(1000,9999)}",
                note="Teachers' lounge", exempt=True, lines=lines_from(HOUSEHOLD[:3], 1, (1, 1)))
specs.append(dict(weight=1.2, kind="public_school_household_item", label="B2G", amb=True, country="US", make=school_kettle))

def lawyer(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    return dict(name=f"{f} {l}, Attorney at Law", state=r.choice(list(STATES)), email=person_email(r, f, l), po="",
                note="For the law office", exempt=False, lines=lines_from([OFFICE[13], OFFICE[14], OFFICE[3]], 1, (1, 1)))
specs.append(dict(weight=0.8, kind="professional_practice_personal_item", label="B2B", amb=True, country="US", make=lawyer))

orders = build_orders(rng, specs, 200, 250)

HEAD = ["Invoice Date", "Invoice ID", "Invoice Number", "Invoice Status", "Customer ID", "Customer Name", "Is Inclusive Tax",
        "Due Date", "PurchaseOrder", "Currency Code", "Exchange Rate", "Discount Type", "SubTotal", "Total", "Balance",
        "Payment Terms", "Payment Terms Label", "Notes", "Terms & Conditions", "Subject", "Billing City", "Billing State",
        "Billing Country", "Billing Code", "Shipping City", "Shipping State", "Item Name", "Item Desc", "Quantity",
        "Usage unit", "Item Price", "Discount", "Item Total", "Item Tax", "Item Tax %", "Item Tax Amount",
        "Item Tax Exemption Reason", "Sales person", "Primary Contact EmailID", "Last Payment Date"]
ZIP = {"TX": "787", "OK": "741", "AZ": "852", "OH": "432", "CA": "937", "VA": "220", "UT": "841", "IN": "479"}
rows, per_row = [], []
d0 = dt.date(2026, 1, 5)
cust_ids = {}
for i, o in enumerate(orders):
    d = d0 + dt.timedelta(days=int(i * 330 / len(orders)))
    terms = rng.choice([(30, "Net 30"), (15, "Net 15"), (0, "Due on Receipt"), (45, "Net 45")])
    cid = cust_ids.setdefault(o["name"], str(5316184000000000000 + rng.randint(10**6, 10**8)))
    st = o["state"]; city = rng.choice(STATES[st])
    taxrate = 0 if o["exempt"] or o["label"] == "B2G" else rng.choice([8.25, 8.5, 7.5, 6.25])
    sub = sum(round(l["price"] * l["qty"], 2) for l in o["lines"])
    tot = round(sub * (1 + taxrate / 100), 2)
    status = rng.choice(["Paid", "Paid", "Paid", "Open", "Overdue"])
    bcode = ZIP[st] + f"{rng.randint(10,99)}"; scity = city if rng.random() < 0.8 else ""
    rep = rng.choice(["Kyle Brennan", "Dana Ortiz", ""]); lpd = (d + dt.timedelta(days=rng.randint(3, 40))).isoformat() if status == "Paid" else ""
    for l in o["lines"]:
        lt = round(l["price"] * l["qty"], 2)
        rows.append([d.isoformat(), str(5316184000001000000 + i * 37), f"INV-{1000 + i:06d}", status, cid, o["name"], "false",
                     (d + dt.timedelta(days=terms[0])).isoformat(), o["po"], "USD", "1.00", "item_level", money(sub), money(tot),
                     money(0 if status == "Paid" else tot), str(terms[0]), terms[1], o["note"] or "Thanks for your business.",
                     "", "", city, st, "U.S.A", bcode, scity, st,
                     l["item"], l["desc"], str(l["qty"]), l["unit"], money(l["price"]), "0.00", money(lt),
                     ("" if taxrate == 0 else f"{st} Sales Tax"), ("" if taxrate == 0 else f"{taxrate}"),
                     money(lt * taxrate / 100), ("Government entity" if o["label"] == "B2G" else ("Non-profit / resale certificate on file" if o["exempt"] else "")),
                     rep, o["email"], lpd])
        per_row.append((o["label"], o["amb"], o["kind"], o["country"]))

path = os.path.join(SET, "layouts", LID + ".csv")
with open(path, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(HEAD); w.writerows(rows)
write_labels(LID, per_row)
write_key(LID, {
    "id": LID, "system": "Zoho Books - Sales > Invoices > Export Invoices (CSV, one row per line item)", "country": "US", "language": "en",
    "docs": ["Zoho Books help 'How do I export invoices?' (zoho.com/books/kb/invoices/exp-inv): module Invoices, status and date-range filter, export template, decimal format, CSV/XLS/XLSX.",
             "A public importer test fixture of a real Zoho Books invoice CSV shows the header order 'Invoice Date,Invoice ID,Invoice Number,Invoice Status,Customer ID,Customer Name,...,Due Date,SubTotal,Total,...,Notes,Subject,Billing Address,Billing City,...,Item Name,Item Desc,Quantity,Item Total,Item Price'; other column names (PurchaseOrder, Is Inclusive Tax, Usage unit, Item Tax %, Primary Contact EmailID, Payment Terms Label) follow the Zoho Books export as I know it.",
             "Dates yyyy-MM-dd, decimal point, no currency symbol, UTF-8 without BOM, one row per invoice line with invoice-level fields repeated."],
    "fields": {"buyer": "Customer Name", "product": "Item Name", "quantity": "Quantity", "amount": "Item Total",
               "tax_id": None, "email": "Primary Contact EmailID", "payment": None, "comment": "Notes"},
    "also_ok": {"product": ["Item Desc"]},
    "notes": "Every line after the header is a record (no title or totals rows). Invoice-level columns (SubTotal, Total, Balance) repeat on every line of an invoice. No payment-method column: Zoho's invoice export carries terms, not the way the invoice was paid. 'Item Tax Exemption Reason' is a tax exemption, not evidence of the label by itself (policy)."})
print(LID, len(rows), "rows", len(orders), "orders")
