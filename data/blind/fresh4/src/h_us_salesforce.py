"""Salesforce (US) - 'Opportunities with Products' report, Export > Details Only > .csv.

One row per opportunity product (OpportunityLineItem); opportunity fields repeat on every
product row. All values double-quoted, LF line ends, UTF-8, two footer lines after a blank line.
Seed fixed: rerunning rebuilds the same files.
"""
import random
import datetime as dt
from h_common import LAYOUTS, write_labels, write_key

SEED = 20240611
rng = random.Random(SEED)
LAYOUT_ID = "h_us_salesforce_opportunities"

HEADER = ["Opportunity Owner", "Account Name", "Opportunity Name", "Type", "Lead Source",
          "Stage", "Fiscal Period", "Amount", "Probability (%)", "Close Date", "Created Date",
          "Next Step", "Description", "Product Name", "Product Code", "Quantity",
          "Sales Price", "Total Price", "Billing State/Province"]

OWNERS = ["Megan Hartley", "Derek Olsen", "Priya Raman", "Tom Castellano", "Alicia Brooks"]

# Products of an AV / IT solutions reseller (code, name, list price)
P = {
    "LAT": ("DL-LAT5440", "Dell Latitude 5440 Laptop i5/16GB", 1149.00),
    "OPT": ("DL-OPT7010", "Dell OptiPlex 7010 Micro Desktop", 879.00),
    "MON": ("DL-P2423D", "Dell P2423D 24\" Monitor", 219.00),
    "DOCK": ("DL-WD22TB4", "Dell WD22TB4 Thunderbolt Dock", 289.00),
    "SW24": ("CS-C9200-24P", "Cisco Catalyst 9200 24-port PoE+ Switch", 3260.00),
    "SW48": ("CS-C9300-48P", "Cisco Catalyst 9300 48-port PoE+ Switch", 7480.00),
    "AP": ("CS-MR46", "Cisco Meraki MR46 Access Point", 899.00),
    "MXLIC": ("CS-LIC-MR-ENT-3Y", "Meraki MR Enterprise License 3YR", 375.00),
    "FW": ("FN-FG-100F", "Fortinet FortiGate 100F Firewall", 3595.00),
    "UPS": ("APC-SMT1500RM2U", "APC Smart-UPS 1500VA Rackmount", 849.00),
    "RACK": ("APC-AR3100", "APC NetShelter SX 42U Rack Enclosure", 1629.00),
    "M365": ("MS-M365-BS-1Y", "Microsoft 365 Business Standard (annual, per user)", 150.00),
    "M365G": ("MS-M365-G3-1Y", "Microsoft 365 G3 GCC (annual, per user)", 396.00),
    "POLY": ("PL-STUDIOX50", "Poly Studio X50 Video Bar", 2899.00),
    "DISP75": ("SM-QM75C", "Samsung QM75C 75\" 4K Commercial Display", 1899.00),
    "TV65": ("SM-QN65Q80C", "Samsung 65\" Q80C QLED Smart TV", 1097.99),
    "TV55": ("SM-UN55TU7000", "Samsung 55\" Crystal UHD Smart TV", 379.99),
    "SOUND": ("SN-ARC", "Sonos Arc Soundbar", 899.00),
    "IPAD": ("AP-IPAD10-64", "Apple iPad 10.9\" Wi-Fi 64GB", 349.00),
    "MBA": ("AP-MBA13-M2", "Apple MacBook Air 13\" M2 8GB/256GB", 999.00),
    "CB": ("AC-CB314", "Acer Chromebook 314", 279.00),
    "CBLIC": ("GG-CEU-EDU", "Google Chrome Education Upgrade", 38.00),
    "PRN": ("HP-M479FDW", "HP Color LaserJet Pro MFP M479fdw", 629.00),
    "TONER": ("HP-414X-BK", "HP 414X High Yield Black Toner", 189.00),
    "DOC": ("EL-ME-S", "Elo 22\" Touchscreen Kiosk", 1340.00),
    "CAM": ("AX-P3265", "Axis P3265-LVE Dome Camera", 1149.00),
    "NVR": ("AX-S3008", "Axis S3008 Recorder 8TB", 1499.00),
    "INST": ("SVC-INSTALL-HR", "Professional Services - Installation (hour)", 145.00),
    "PM": ("SVC-PM-HR", "Project Management (hour)", 165.00),
    "SUP": ("SVC-SUPPORT-1Y", "Managed Support Plan - 1 Year", 4800.00),
    "CABLE": ("SVC-CAT6-DROP", "Cat6 Cable Drop (per drop)", 225.00),
    "COFFEE": ("KE-K2500", "Keurig K-2500 Commercial Coffee Maker", 489.00),
    "FRIDGE": ("GE-GTE18", "GE 17.5 cu. ft. Top-Freezer Refrigerator", 749.00),
    "VAC": ("DY-V15", "Dyson V15 Detect Cordless Vacuum", 749.99),
    "AIR": ("DY-TP07", "Dyson Purifier Cool TP07", 569.99),
    "WATCH": ("AP-AW9-45", "Apple Watch Series 9 45mm", 429.00),
    "GIFT": ("AM-GC-100", "Amazon Gift Card $100", 100.00),
    "HEAD": ("BO-QC45", "Bose QuietComfort 45 Headphones", 329.00),
    "RUG": ("TB-RUGGED", "Panasonic Toughbook 40", 3899.00),
    "MDT": ("GT-MDT-F110", "Getac F110 Rugged Tablet", 2650.00),
}

STAGES_OPEN = [("Proposal/Price Quote", 75), ("Negotiation/Review", 90), ("Qualification", 10),
               ("Needs Analysis", 20), ("Value Proposition", 50)]

records = []      # rows as lists (for the CSV)
labels = []       # parallel list of label dicts
opp_counter = [0]


def fmt_date(d):
    return f"{d.month}/{d.day}/{d.year}"


def fiscal(d):
    return f"Q{(d.month - 1) // 3 + 1}-{d.year}"


def money(x):
    return f"{x:.2f}"


def add_opp(account, opp_name, lines, label, amb, kind, state, country="US", typ=None,
            lead=None, stage=None, next_step="", desc="", owner=None):
    """lines: list of (product key, qty, unit price or None for list)."""
    opp_counter[0] += 1
    close = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 440))
    created = close - dt.timedelta(days=rng.randint(12, 160))
    if stage is None:
        r = rng.random()
        if r < 0.72:
            stage, prob = "Closed Won", 100
        elif r < 0.82:
            stage, prob = "Closed Lost", 0
        else:
            stage, prob = rng.choice(STAGES_OPEN)
    else:
        prob = {"Closed Won": 100, "Closed Lost": 0}.get(stage, dict(STAGES_OPEN).get(stage, 50))
    typ = typ if typ is not None else rng.choice(["New Customer", "Existing Customer - Upgrade",
                                                  "Existing Customer - Replacement", "New Customer"])
    lead = lead if lead is not None else rng.choice(["Web", "Phone Inquiry", "Partner Referral",
                                                     "Trade Show", "Purchased List", "", "Web"])
    owner = owner or rng.choice(OWNERS)
    priced = []
    for key, qty, price in lines:
        code, pname, lp = P[key]
        up = price if price is not None else round(lp * rng.choice([1, 1, 0.95, 0.92, 0.9]), 2)
        priced.append((code, pname, qty, up, round(qty * up, 2)))
    amount = round(sum(p[4] for p in priced), 2)
    for code, pname, qty, up, tot in priced:
        records.append([owner, account, opp_name, typ, lead, stage, fiscal(close), money(amount),
                        str(prob), fmt_date(close), fmt_date(created), next_step, desc, pname, code,
                        f"{qty:.2f}", money(up), money(tot), state])
        labels.append(dict(label=label, ambiguous=amb, kind=kind, country=country))


def pick_lines(pool, n_min=1, n_max=3, qmin=1, qmax=25):
    keys = rng.sample(pool, rng.randint(n_min, min(n_max, len(pool))))
    return [(k, rng.randint(qmin, qmax), None) for k in keys]


OFFICE = ["LAT", "OPT", "MON", "DOCK", "M365", "PRN", "TONER", "UPS", "POLY", "DISP75", "INST"]
NETWORK = ["SW24", "SW48", "AP", "MXLIC", "FW", "RACK", "UPS", "CABLE", "INST", "PM", "SUP"]
SECURITY = ["CAM", "NVR", "INST", "CABLE", "SUP"]
SCHOOL = ["CB", "CBLIC", "IPAD", "DISP75", "AP", "MXLIC", "PRN", "INST"]
FIELD = ["RUG", "MDT", "INST", "SUP"]

# ---------------------------------------------------------------- companies (B2B)
companies = [
    ("Northwind Logistics, Inc.", "IL"), ("Blue Ridge Dental Group, PLLC", "VA"),
    ("Hawthorne Property Management LLC", "OH"), ("Cascade Brewing Co.", "OR"),
    ("Pinnacle Title & Escrow, LLC", "AZ"), ("Tri-State Mechanical Corp.", "PA"),
    ("Lakeshore Orthopedics, P.C.", "MI"), ("Redwood Capital Partners LP", "CA"),
    ("Sunbelt Rentals, Inc.", "SC"), ("Gulf Coast Marine Services LLC", "LA"),
    ("Acme Fabrication Corp", "TX"), ("Keller Williams Realty - Plano", "TX"),
    ("Chipotle Mexican Grill", "CA"), ("Costco Wholesale Corporation", "WA"),
    ("Patagonia", "CA"), ("Wegmans Food Markets, Inc.", "NY"),
    ("Nucor Corporation", "NC"), ("Brightline Architects Inc", "CO"),
    ("MERIDIAN HEALTHCARE STAFFING LLC", "FL"), ("Evergreen Landscaping Co", "WA"),
    ("Bayview Credit Union", "CA"), ("Heartland Ag Supply Cooperative", "IA"),
    ("Johnson & Lee CPAs, LLP", "GA"), ("Stanford University", "CA"),
    ("Mayo Clinic", "MN"), ("Northwestern Memorial HealthCare", "IL"),
    ("St. Vincent de Paul Catholic Church", "MO"), ("Willow Creek HOA", "NV"),
    ("Summit Orthodontics", "UT"), ("Harbor Freight Tools USA, Inc.", "CA"),
    ("Delta Air Lines, Inc.", "GA"), ("Zillow Group", "WA"),
    ("Thomas White Bookkeeping", "NC"), ("Ramirez Family Farms LLC", "CA"),
    ("Coastal Carolina Pediatrics, PA", "SC"), ("Midwest Grain Processors Corp.", "NE"),
    ("Duke University", "NC"), ("Kaiser Foundation Health Plan, Inc.", "CA"),
]
company_kinds = {
    "Bayview Credit Union": "credit_union", "Heartland Ag Supply Cooperative": "cooperative",
    "Stanford University": "private_university", "Duke University": "private_university",
    "Mayo Clinic": "private_hospital", "Northwestern Memorial HealthCare": "private_hospital",
    "Kaiser Foundation Health Plan, Inc.": "private_hospital",
    "St. Vincent de Paul Catholic Church": "church", "Willow Creek HOA": "homeowners_association",
    "Thomas White Bookkeeping": "sole_trader", "Summit Orthodontics": "professional_practice",
    "Blue Ridge Dental Group, PLLC": "professional_practice",
    "Lakeshore Orthopedics, P.C.": "professional_practice",
}
for name, st in companies:
    pool = rng.choice([OFFICE, NETWORK, SECURITY, OFFICE])
    n_opp = 2 if rng.random() < 0.35 else 1
    for _ in range(n_opp):
        lines = pick_lines(pool, 1, 3, 1, 30)
        short = name.split(",")[0].replace(" Inc", "").replace(" LLC", "")
        oname = f"{short} - {rng.choice(['Office Refresh', 'Network Upgrade', 'Q3 Order', 'Conference Rooms', 'Expansion', 'Renewal', 'New Site Buildout'])}"
        ns = rng.choice(["", "Send quote", "PO received", "Waiting on signed quote", "Invoice Net 30", ""])
        add_opp(name, oname, lines, "B2B", False, company_kinds.get(name, "company"), st,
                next_step=ns)

# ---------------------------------------------------------------- federal agencies (B2G)
federal = [
    ("Department of Veterans Affairs - VISN 10", "OH", "federal_agency"),
    ("U.S. Army Corps of Engineers - Seattle District", "WA", "armed_forces"),
    ("General Services Administration", "DC", "federal_agency"),
    ("NASA Goddard Space Flight Center", "MD", "federal_agency"),
    ("National Park Service - Yellowstone", "WY", "federal_agency"),
    ("U.S. Department of Agriculture - APHIS", "MD", "federal_agency"),
    ("Naval Facilities Engineering Systems Command (NAVFAC) Southwest", "CA", "armed_forces"),
    ("Federal Bureau of Prisons - FCI Englewood", "CO", "federal_agency"),
    ("U.S. Customs and Border Protection", "DC", "federal_agency"),
    ("United States Postal Service", "DC", "federal_agency"),
    ("VA Palo Alto Health Care System", "CA", "veterans_medical_center"),
    ("Embassy of Japan", "DC", "embassy"),
]
for name, st, kind in federal:
    pool = rng.choice([OFFICE, NETWORK, FIELD])
    lines = pick_lines(pool, 1, 3, 2, 40)
    ns = rng.choice(["Award under GSA Schedule 47QTCA20D00XX", "SAM.gov RFQ response submitted",
                     "Contract W912DW-24-P-0" + str(rng.randint(100, 999)), "Awaiting funded PO", "",
                     "Ship to receiving dock, bldg 4"])
    add_opp(name, f"{name.split(' - ')[0][:40]} - FY24 {rng.choice(['Refresh', 'Tech Refresh', 'Network', 'Field Devices'])}",
            lines, "B2G", False, kind, st, typ="New Customer", next_step=ns,
            country="JP" if kind == "embassy" else "US")

# ---------------------------------------------------------------- states
states = [
    ("State of Ohio - Department of Administrative Services", "OH"),
    ("Commonwealth of Virginia - VITA", "VA"),
    ("Texas Department of Transportation", "TX"),
    ("California Department of Corrections and Rehabilitation", "CA"),
    ("STATE OF COLORADO - OFFICE OF INFORMATION TECHNOLOGY", "CO"),
    ("Florida Department of Children and Families", "FL"),
    ("Minnesota Department of Natural Resources", "MN"),
    ("New York State Office of General Services", "NY"),
]
for name, st in states:
    lines = pick_lines(rng.choice([OFFICE, NETWORK, FIELD]), 1, 3, 5, 60)
    ns = rng.choice(["State contract #" + str(rng.randint(10000, 99999)), "NASPO ValuePoint order",
                     "PO issued", "Paid by state P-card", ""])
    add_opp(name, f"{st} State - {rng.choice(['Statewide Refresh', 'District Offices', 'Field Laptops', 'WAN Upgrade'])}",
            lines, "B2G", False, "state_agency", st, next_step=ns)

# ---------------------------------------------------------------- counties / cities
counties = [("Cook County Government", "IL"), ("Maricopa County", "AZ"), ("King County", "WA"),
            ("Harris County Sheriff's Office", "TX"), ("Fairfax County Government", "VA"),
            ("Orange County Public Works", "CA"), ("Wake County", "NC"), ("Dane County", "WI")]
for name, st in counties:
    lines = pick_lines(rng.choice([OFFICE, SECURITY, NETWORK]), 1, 3, 2, 30)
    ns = rng.choice(["Sourcewell contract #121923-CDW", "Board approval 6/18", "PO received", "",
                     "Paid by county P-card"])
    kind = "police" if "Sheriff" in name else "county"
    add_opp(name, f"{name} - {rng.choice(['Jail Cameras', 'Admin Bldg Refresh', 'EOC Displays', 'Network Core'])}",
            lines, "B2G", False, kind, st, next_step=ns)

cities = [("City of Austin", "TX"), ("City of Boise", "ID"), ("City and County of Denver", "CO"),
          ("Town of Cary", "NC"), ("City of Tacoma - Public Utilities", "WA"),
          ("Village of Oak Park", "IL"), ("City of Scottsdale Police Department", "AZ"),
          ("Township of Lower Merion", "PA")]
for name, st in cities:
    lines = pick_lines(rng.choice([OFFICE, SECURITY, NETWORK, FIELD]), 1, 3, 2, 30)
    kind = "police" if "Police" in name else ("township" if "Township" in name else "municipality")
    add_opp(name, f"{name} - {rng.choice(['City Hall AV', 'Council Chambers', 'Patrol Devices', 'Library Wi-Fi'])}",
            lines, "B2G", False, kind, st, next_step=rng.choice(["", "PO received", "Council approved"]))

# ---------------------------------------------------------------- transit / port authorities
for name, st in [("Port Authority of New York and New Jersey", "NY"),
                 ("Metropolitan Atlanta Rapid Transit Authority", "GA")]:
    add_opp(name, f"{name.split(' of ')[0]} - Operations Center", pick_lines(SECURITY + NETWORK, 2, 3, 4, 20),
            "B2G", False, "transit_authority", st, next_step="Formal bid awarded")

# ---------------------------------------------------------------- schools / universities
schools = [("Los Angeles Unified School District", "CA"), ("Fairfax County Public Schools", "VA"),
           ("Houston ISD", "TX"), ("Cherry Creek School District No. 5", "CO"),
           ("Chicago Public Schools", "IL"), ("Gwinnett County Public Schools", "GA"),
           ("Anchorage School District", "AK"), ("Lincoln Public Schools", "NE")]
for name, st in schools:
    lines = pick_lines(SCHOOL, 1, 3, 20, 300)
    add_opp(name, f"{name} - {rng.choice(['1:1 Chromebooks', 'Classroom Displays', 'E-Rate Wi-Fi', 'Summer Refresh'])}",
            lines, "B2G", False, "school_district", st,
            next_step=rng.choice(["E-Rate Form 471 filed", "Board approved", "PO received", ""]))

univs = [("University of Michigan", "MI"), ("Texas A&M University", "TX"),
         ("The Ohio State University", "OH"), ("University of Washington", "WA"),
         ("Arizona State University", "AZ"), ("Georgia Institute of Technology", "GA"),
         ("Portland Community College", "OR")]
for name, st in univs:
    lines = pick_lines(OFFICE + NETWORK, 1, 3, 3, 50)
    kind = "public_college" if "College" in name else "public_university"
    add_opp(name, f"{name} - {rng.choice(['Lecture Halls', 'Research Lab', 'Residence Hall Wi-Fi', 'Library'])}",
            lines, "B2G", False, kind, st, next_step=rng.choice(["", "PO received", "E&I contract"]))

# ---------------------------------------------------------------- public hospitals
for name, st in [("Parkland Health (Dallas County Hospital District)", "TX"),
                 ("NYC Health + Hospitals", "NY")]:
    add_opp(name, f"{name.split(' (')[0]} - Nurse Stations", pick_lines(OFFICE, 2, 3, 10, 60),
            "B2G", False, "public_hospital", st)

# ---------------------------------------------------------------- tribal governments
for name, st in [("Cherokee Nation", "OK"), ("Navajo Nation Division of Public Safety", "AZ"),
                 ("Confederated Tribes of Warm Springs", "OR"), ("Seminole Tribe of Florida", "FL")]:
    add_opp(name, f"{name.split(' Division')[0]} - {rng.choice(['Admin Offices', 'Public Safety', 'Health Center'])}",
            pick_lines(OFFICE + SECURITY, 1, 3, 2, 25), "B2G", False, "tribal_government", st)

# ---------------------------------------------------------------- non-profits (B2B)
nonprofits = [("American Red Cross", "DC"), ("Habitat for Humanity International", "GA"),
              ("YMCA of Greater Seattle", "WA"), ("Boys & Girls Clubs of Metro Atlanta", "GA"),
              ("Feeding America", "IL"), ("The Nature Conservancy", "VA"),
              ("Goodwill Industries of Central Texas", "TX"), ("United Way of King County", "WA")]
for name, st in nonprofits:
    add_opp(name, f"{name} - {rng.choice(['Office Refresh', 'Donated Laptops', 'HQ Network'])}",
            pick_lines(OFFICE, 1, 3, 2, 40), "B2B", False, "non_profit", st,
            next_step=rng.choice(["501(c)(3) tax-exempt cert on file", "PO received", ""]))

# ---------------------------------------------------------------- individuals (B2C)
persons = [("Karen Mitchell", "TX"), ("Robert Nguyen", "CA"), ("Jessica Alvarez", "FL"),
           ("Michael O'Brien", "MA"), ("Ashley Thompson", "GA"), ("David Kowalski", "IL")]
HOME = ["TV65", "TV55", "SOUND", "MBA", "IPAD", "HEAD", "VAC"]
for name, st in persons:
    lines = pick_lines(HOME, 1, 2, 1, 2)
    add_opp(name, f"{name.split()[-1]} Residence - {rng.choice(['Home Theater', 'Home Office', 'Living Room'])}",
            lines, "B2C", False, "private_person", st, typ="New Customer",
            lead=rng.choice(["Web", "Phone Inquiry"]),
            desc=rng.choice(["Home install, paid by credit card", "Residential delivery", ""]))

# ---------------------------------------------------------------- ambiguous and edge cases
# company buys one household item
add_opp("Pinnacle Title & Escrow, LLC", "Pinnacle Title - Breakroom", [("FRIDGE", 1, 749.00)],
        "B2B", True, "company_household_item", "AZ", desc="Breakroom refrigerator, 1 unit")
add_opp("Brightline Architects Inc", "Brightline - Lobby TV", [("TV65", 1, 1049.00)],
        "B2B", True, "company_household_item", "CO")
add_opp("Redwood Capital Partners LP", "Redwood Capital - Coffee", [("COFFEE", 1, None)],
        "B2B", True, "company_household_item", "CA")
# public body buying one household item
add_opp("Lincoln Public Schools", "LPS - Teachers Lounge Fridge", [("FRIDGE", 1, 749.00)],
        "B2G", True, "school_district_household_item", "NE", next_step="Paid by district P-card")
add_opp("Town of Cary", "Town of Cary - Fire Station 3 TV", [("TV55", 1, 379.99)],
        "B2G", True, "municipality_household_item", "NC")
add_opp("Minnesota Department of Natural Resources", "MN DNR - Ranger Station Purifier", [("AIR", 1, None)],
        "B2G", True, "state_agency_household_item", "MN")
# international organisations
add_opp("World Bank Group", "World Bank - Conference Center AV", [("POLY", 6, None), ("DISP75", 6, None), ("INST", 40, None)],
        "B2B", True, "international_org", "DC", next_step="Vendor registration in WBG eConsultant2")
add_opp("Inter-American Development Bank", "IDB - Laptop Refresh", [("LAT", 45, None), ("DOCK", 45, None)],
        "B2B", True, "international_org", "DC")
add_opp("International Monetary Fund", "IMF - HQ2 Displays", [("DISP75", 12, None)],
        "B2B", True, "international_org", "DC")
# state-owned company under procurement rules
add_opp("National Railroad Passenger Corporation (Amtrak)", "Amtrak - Station Cameras",
        [("CAM", 24, None), ("NVR", 3, None), ("INST", 60, None)], "B2B", True, "state_owned_company", "DC",
        next_step="Response to Amtrak RFQ per Amtrak Procurement Manual; award pending")
add_opp("Tennessee Valley Authority", "TVA - Substation Network", [("SW24", 8, None), ("FW", 2, None)],
        "B2G", True, "state_enterprise", "TN", next_step="TVA supply chain solicitation #7342")
# non-profit via cooperative purchasing contract
add_opp("Goodwill Industries of Central Texas", "Goodwill - Store Cameras (Sourcewell)",
        [("CAM", 18, None), ("NVR", 2, None)], "B2B", True, "non_profit_coop_contract", "TX",
        next_step="Ordered off Sourcewell contract #030421-AXI")
add_opp("YMCA of Greater Seattle", "YMCA - Branch Wi-Fi (TIPS)", [("AP", 30, None), ("MXLIC", 30, None)],
        "B2B", True, "non_profit_coop_contract", "WA", next_step="TIPS-USA contract 230105 pricing")
# private person buying 40 identical iPads
add_opp("Jason Whitaker", "Whitaker - iPads", [("IPAD", 40, 339.00)], "B2C", True, "private_person_bulk", "NJ",
        desc="Paid by personal Amex, ship to residence")
# private person states business use
add_opp("Linda Park", "Park - Laptop for consulting practice", [("MBA", 1, None), ("MON", 1, None)],
        "B2B", True, "private_person_business_use", "WA", desc="For her new bookkeeping practice; wants receipt for taxes")
add_opp("Marcus Bell", "Bell - Units for resale", [("HEAD", 12, 289.00)],
        "B2B", True, "private_person_business_use", "OH", desc="Customer says units are for resale on his eBay store")
# sole trader paying by personal card for a household-looking item
add_opp("Priya Desai DDS", "Desai DDS - Waiting Room TV", [("TV55", 1, None)], "B2B", True, "sole_trader_personal_card",
        "NJ", desc="Paid with personal Visa, no PO")
# person paying a company's invoice
add_opp("Hawthorne Property Management LLC", "Hawthorne - Leasing Office Laptops",
        [("LAT", 3, None)], "B2B", True, "person_pays_company_invoice", "OH",
        desc="Invoice paid by owner Greg Hawthorne personally by check")
# military member buying household goods (APO address)
add_opp("SSgt. Kevin Ramos", "Ramos - TV and Soundbar", [("TV65", 1, None), ("SOUND", 1, None)],
        "B2C", True, "person_military_address", "AE", desc="Ship to APO AE 09096, personal purchase")
# thin records: no account at all
add_opp("", "Web order 55918", [("SW48", 2, None), ("MXLIC", 10, None)], "B2B", True, "thin_business_goods", "",
        lead="Web", typ="")
add_opp("", "Web order 55931", [("TV55", 1, None)], "B2C", True, "thin_household_goods", "", lead="Web", typ="")
add_opp("", "Phone order - walk-in", [("HEAD", 1, None)], "B2C", True, "thin_household_goods", "",
        lead="Phone Inquiry", typ="")
# staff gifts in bulk by a company (plain B2B)
add_opp("Zillow Group", "Zillow - Holiday Gifts", [("WATCH", 60, 399.00), ("GIFT", 200, 100.00)],
        "B2B", False, "company", "WA", desc="Year-end employee gifts")
# public body paying by purchase card (plain B2G)
add_opp("Dane County", "Dane County - Clerk Printers", [("PRN", 3, None), ("TONER", 6, None)],
        "B2G", False, "county", "WI", next_step="Paid by county P-card")

# shuffle opportunity order as a report sorted by Close Date would show it
order = sorted(range(len(records)), key=lambda i: (dt.datetime.strptime(records[i][9], "%m/%d/%Y"), records[i][2]))
records = [records[i] for i in order]
labels = [labels[i] for i in order]


def q(v):
    return '"' + str(v).replace('"', '""') + '"'


out = LAYOUTS / f"{LAYOUT_ID}.csv"
with open(out, "w", encoding="utf-8", newline="") as fh:
    fh.write(",".join(q(h) for h in HEADER) + "\n")
    for r in records:
        fh.write(",".join(q(v) for v in r) + "\n")
    fh.write("\n")
    fh.write(q("Confidential Information - Do Not Distribute") + "\n")
    fh.write(q("Copyright (c) 2000-2025 salesforce.com, inc. All rights reserved.") + "\n")

write_labels(LAYOUT_ID, labels)
write_key(LAYOUT_ID, {
    "id": LAYOUT_ID,
    "system": "Salesforce Sales Cloud (Lightning) - report of type 'Opportunities with Products', Export > Details Only > Comma Delimited .csv",
    "country": "US",
    "language": "en",
    "docs": [
        "developer.salesforce.com Opportunity field reference (Field Label column): labels Account Name, Amount, Close Date, Stage (StageName), Probability (%), Type, Lead Source, Next Step, Description, Fiscal Period - used as report column headers",
        "api-evangelist salesforce-sales-cloud opportunity schema: default StageName picklist (Prospecting ... Negotiation/Review, Closed Won, Closed Lost)",
        "frombelvideres4thfloor.blogspot.com 'Salesforce CSV Format for Report Exports': all values double-quoted, LF row ends, quotes doubled, a footer without data at the end of the file",
        "public parsing scripts (code search) that strip the footer lines 'Confidential Information - Do Not Distribute' and 'Copyright (c) 2000-20xx salesforce.com, inc. All rights reserved.' from report CSVs",
        "support.code42.com 'Salesforce report downloads': CSV/XLS only for Details Only (not Formatted) reports, file named report<epoch-ms>.csv",
    ],
    "fields": {"buyer": "Account Name", "product": "Product Name", "quantity": "Quantity",
               "amount": "Total Price", "tax_id": None, "email": None, "payment": None,
               "comment": "Description"},
    "also_ok": {"amount": ["Amount", "Sales Price"], "product": ["Product Code", "Opportunity Name"],
                "comment": ["Next Step"]},
    "notes": ("One row per opportunity product line; Opportunity fields (Owner, Account Name, Opportunity Name, Stage, "
              "Amount = opportunity total, dates M/D/YYYY) repeat on each product row, so all rows of one Opportunity "
              "Name share a label. Records = data rows between the header and the footer. After the last record: one "
              "blank line, then two single-cell footer lines ('Confidential Information - Do Not Distribute', "
              "'Copyright (c) 2000-2025 salesforce.com, inc. All rights reserved.') - not records. Numbers are plain "
              "(no $ or thousands separators). Some opportunities have no Account (web/phone orders). Person accounts "
              "appear as 'First Last'. Payment evidence, when any, is free text in Next Step / Description "
              "(P-card, personal card). Closed Lost and open-stage opportunities are included, as a pipeline "
              "export would hold them; the buyer decides the label regardless of stage."),
})
print(out, len(records))
