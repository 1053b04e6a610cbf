"""US: Microsoft Dynamics GP - SmartList 'Sales Line Items' exported to Excel.

Seller (invented): a Minnesota janitorial, school and facility supply distributor.
One row per SOP line; buyers are school districts, counties, cities, universities,
public hospitals, a VA medical centre, armed-forces units, tribal governments,
federal agencies, companies, non-profits and walk-in / private customers.
"""
import datetime as dt
import random

from openpyxl import Workbook
from openpyxl.styles import Font

import ha_common as C

LAYOUT_ID = "ha_us_dynamicsgp_sales_line_items"
SEED = 41017
rng = random.Random(SEED)

HEADERS = ["SOP Type", "SOP Number", "Document Date", "Customer Number", "Customer Name",
           "Customer PO Number", "Item Number", "Item Description", "QTY", "U Of M",
           "Unit Price", "Extended Price", "Payment Terms ID", "Tax Exempt 1",
           "Tax Registration Number", "Ship To Name", "Salesperson ID"]

# item number, description, U of M, unit price, group
ITEMS = [
    ("GP-26490", "enMotion 10in Roll Towel Brown 6/CS", "CASE", 68.50, "jan"),
    ("KCC-01890", "Scott Essential Multi-Fold Towels 4000/CS", "CASE", 42.95, "jan"),
    ("GOJ-5392-02", "PURELL Advanced Gel Sanitizer 1200mL ES8 2/CS", "CASE", 54.80, "jan"),
    ("GOJ-5156-04", "PURELL Healthcare Foam Sanitizer 1200mL 2/CS", "CASE", 61.25, "jan"),
    ("CLO-15949", "Clorox Disinfecting Wipes 75ct 6/CS", "CASE", 39.90, "jan"),
    ("DIA-98606", "Dial Professional Foaming Hand Soap 1L 8/CS", "CASE", 88.20, "jan"),
    ("RCP-FG263200GRAY", "Rubbermaid BRUTE 32 Gal Container Gray", "EA", 38.75, "jan"),
    ("RCP-FG758088YEL", "Rubbermaid WaveBrake Mop Bucket 35qt Yellow", "EA", 129.00, "jan"),
    ("MMM-7447", "Scotch-Brite 7447 Maroon Hand Pad 20/BX", "BOX", 21.30, "jan"),
    ("ZEP-1041624", "Zep Neutral Floor Cleaner Conc 1 Gal 4/CS", "CASE", 46.00, "jan"),
    ("HOS-H6000", "Hospeco Can Liner 40x46 1.5mil Black 100/CS", "CASE", 36.40, "jan"),
    ("GP-19375", "Angel Soft Pro 2-Ply Bath Tissue 80/CS", "CASE", 71.60, "jan"),
    ("HAM-86700", "Hammermill Copy Plus 8.5x11 20lb 10RM/CS", "CASE", 52.40, "office"),
    ("HP-CF258X", "HP 58X High Yield Toner Black", "EA", 279.99, "office"),
    ("FEL-4689001", "Fellowes Powershred 79Ci Shredder", "EA", 289.00, "office"),
    ("DUR-PC1500", "Duracell Procell AA Batteries 24/PK", "PK", 18.40, "office"),
    ("TIC-13806", "Ticonderoga No.2 Pencils 96/BX", "BOX", 16.90, "school"),
    ("CYO-520024", "Crayola Classic Crayons 24ct 12/PK", "PK", 14.80, "school"),
    ("EXP-1921061", "EXPO Low Odor Dry Erase Marker Chisel 12/PK", "PK", 14.25, "school"),
    ("SCH-MEAD-05512", "Five Star Spiral Notebook 1 Subject 24/CS", "CASE", 58.30, "school"),
    ("ELM-E308", "Elmer's School Glue Sticks 30/PK", "PK", 11.95, "school"),
    ("SAFESTEP-3300", "Safe Step 3300 Ice Melter 50lb Bag", "BAG", 24.50, "winter"),
    ("SNOW-TRUETEMPER", "True Temper 24in Snow Pusher", "EA", 42.00, "winter"),
    ("TEN-T300", "Tennant T300 Walk-Behind Scrubber 20in", "EA", 8450.00, "equip"),
    ("NSS-PACER30", "Clarke CarpetMaster 30in Upright Vacuum", "EA", 689.00, "equip"),
    ("KEU-5000341", "Keurig K-Elite Single Serve Coffee Maker", "EA", 169.99, "house"),
    ("HAM-40880", "Hamilton Beach 1.7L Electric Kettle", "EA", 34.99, "house"),
    ("DYS-V8ABS", "Dyson V8 Absolute Cordless Vacuum", "EA", 399.99, "house"),
    ("PAN-NNSN686S", "Panasonic 1.2 cu ft Microwave Stainless", "EA", 159.00, "house"),
]
ITEM = {i[0]: i for i in ITEMS}
GROUP = {}
for it in ITEMS:
    GROUP.setdefault(it[4], []).append(it[0])
FREIGHT = ("FREIGHT", "Freight - Common Carrier", "EA")

EXEMPT = "EXEMPT - ST3 ON FILE"
FED = "FEDERAL - EXEMPT"


def ein(prefix="41"):
    return f"{prefix}-{rng.randint(1000000, 9999999)}"


# number, name, label, kind, terms, exempt, taxreg, ship-to names, groups, salesperson
CUSTOMERS = [
    ("MPLSPUBSCH001", "Minneapolis Public Schools SSD #1", "B2G", "public_school_district", "NET 30", EXEMPT, ein(), ["Northeast Middle School", "Roosevelt High School", "MPS Davis Center"], ["school", "jan", "office"], "JDAHL"),
    ("ANOKAHENN0011", "ANOKA-HENNEPIN ISD 11", "B2G", "public_school_district", "NET 30", EXEMPT, "", ["Coon Rapids High School", "ISD 11 Central Services"], ["school", "jan"], "JDAHL"),
    ("STPAULPS0625", "Saint Paul Public Schools ISD 625 ", "B2G", "public_school_district", "NET 30", EXEMPT, ein(), ["Central High School", "SPPS Facilities - 1930 Como"], ["school", "jan", "office"], "JDAHL"),
    ("HENNCOUNTY01", "Hennepin County", "B2G", "county", "NET 45", EXEMPT, ein(), ["Hennepin County Government Center", "Public Works Facility - Medina"], ["jan", "office", "winter"], "MKOVAC"),
    ("RAMSEYCO0001", "RAMSEY COUNTY - FACILITIES MGMT", "B2G", "county", "NET 45", EXEMPT, "", ["Ramsey County Courthouse"], ["jan", "winter"], "MKOVAC"),
    ("CITYBLOOM001", "City of Bloomington", "B2G", "municipality", "NET 30", EXEMPT, ein(), ["Bloomington Civic Plaza", "Bloomington Ice Garden"], ["jan", "winter"], "MKOVAC"),
    ("CITYDULU0001", "City of Duluth", "B2G", "municipality", "NET 30", EXEMPT, "", ["Duluth City Hall"], ["jan", "winter", "office"], "TBERG"),
    ("CITYROCH0001", "City of Rochester - Parks & Forestry", "B2G", "municipality", "NET 30", EXEMPT, "", ["Rochester Parks Maintenance"], ["jan", "winter"], "TBERG"),
    ("UOFMTWINC001", "University of Minnesota - Facilities Mgmt", "B2G", "public_university", "NET 30", EXEMPT, ein(), ["Coffman Memorial Union", "UMN Facilities Stores"], ["jan", "office", "equip"], "JDAHL"),
    ("MNSUMANK0001", "Minnesota State University, Mankato", "B2G", "public_university", "NET 30", EXEMPT, "", ["MSU Mankato Central Receiving"], ["jan", "office"], "TBERG"),
    ("DAKOTACTC001", "Dakota County Technical College", "B2G", "public_college", "NET 30", EXEMPT, "", ["DCTC Receiving"], ["jan", "office"], "TBERG"),
    ("HENNHEALTH01", "HENNEPIN HEALTHCARE - HCMC", "B2G", "public_hospital", "NET 45", EXEMPT, ein(), ["HCMC Materials Mgmt - Dock 4"], ["jan"], "MKOVAC"),
    ("MPLSVAHCS001", "Minneapolis VA Health Care System", "B2G", "veterans_medical_center", "P-CARD", FED, "", ["VAMC One Veterans Dr - Bldg 70"], ["jan"], "MKOVAC"),
    ("MNDOT0000005", "MN Dept of Transportation - District 5", "B2G", "state_agency", "NET 30", EXEMPT, "", ["MnDOT Golden Valley Truck Station"], ["jan", "winter"], "TBERG"),
    ("MNDNR0000001", "Minnesota DNR - Parks & Trails", "B2G", "state_agency", "NET 30", EXEMPT, "", ["Itasca State Park"], ["jan"], "TBERG"),
    ("934AW0000001", "934th Airlift Wing - USAF Reserve", "B2G", "armed_forces", "P-CARD", FED, "", ["934 MSG Bldg 760"], ["jan", "office"], "MKOVAC"),
    ("CAMPRIPLEY01", "Camp Ripley - MN National Guard", "B2G", "armed_forces", "NET 30", FED, "", ["Camp Ripley Bldg 1-51"], ["jan", "winter"], "TBERG"),
    ("REDLAKEBAND1", "Red Lake Band of Chippewa Indians", "B2G", "tribal_government", "NET 30", "TRIBAL - EXEMPT", "", ["Red Lake Tribal Government Center"], ["jan", "winter"], "TBERG"),
    ("MILLELACS001", "Mille Lacs Band of Ojibwe", "B2G", "tribal_government", "NET 30", "TRIBAL - EXEMPT", "", ["District I Community Center"], ["jan", "school"], "TBERG"),
    ("METROAIRPT01", "Metropolitan Airports Commission", "B2G", "airport_authority", "NET 30", EXEMPT, ein(), ["MSP Terminal 1 Custodial"], ["jan", "winter"], "MKOVAC"),
    ("METCOUNCIL01", "Metropolitan Council - Metro Transit", "B2G", "transit_authority", "NET 30", EXEMPT, "", ["Heywood Garage"], ["jan", "winter"], "MKOVAC"),
    ("THREERIVER01", "Three Rivers Park District", "B2G", "park_district", "NET 30", EXEMPT, "", ["Baker Park Reserve"], ["jan", "winter"], "MKOVAC"),
    ("FCISANDST001", "Federal Bureau of Prisons - FCI Sandstone", "B2G", "federal_agency", "P-CARD", FED, "", ["FCI Sandstone Warehouse"], ["jan"], "TBERG"),
    ("USFSSUPER001", "USDA Forest Service - Superior NF", "B2G", "federal_agency", "P-CARD", FED, "", ["Ely Ranger Station"], ["jan", "office"], "TBERG"),
    ("DANECOUNTY01", "Dane County", "B2G", "county", "NET 30", "WI EXEMPT CES ON FILE", "", ["Dane County Highway Dept"], ["jan", "winter"], "HOUSE"),
    ("MADISONMMSD1", "Madison Metropolitan School District", "B2G", "public_school_district", "NET 30", "WI EXEMPT CES ON FILE", "", ["MMSD Building Services"], ["school", "jan"], "HOUSE"),
    ("TARGETCORP01", "Target Corporation", "B2B", "company", "NET 60", "", ein(), ["Target HQ - Nicollet Mall"], ["jan", "office"], "JDAHL"),
    ("MAYOCLINIC01", "Mayo Clinic", "B2B", "private_nonprofit_hospital", "NET 45", EXEMPT, ein(), ["Mayo Clinic Supply Chain - Rochester"], ["jan"], "TBERG"),
    ("ALLINAHLTH01", "Allina Health System", "B2B", "private_nonprofit_hospital", "NET 45", EXEMPT, "", ["Abbott Northwestern Hospital"], ["jan"], "MKOVAC"),
    ("ESSENTIA0001", "Essentia Health", "B2B", "private_nonprofit_hospital", "NET 45", EXEMPT, "", ["Essentia Health St. Mary's - Duluth"], ["jan"], "TBERG"),
    ("STTHOMAS0001", "University of St. Thomas", "B2B", "private_university", "NET 30", EXEMPT, ein(), ["UST Facilities - St Paul Campus"], ["jan", "office"], "JDAHL"),
    ("MACALESTER01", "MACALESTER COLLEGE", "B2B", "private_university", "NET 30", EXEMPT, "", ["Macalester Facilities Services"], ["jan", "office"], "JDAHL"),
    ("BRECKSCHOOL1", "Breck School", "B2B", "private_school", "NET 30", EXEMPT, "", ["Breck School - Golden Valley"], ["school", "jan"], "JDAHL"),
    ("CARGILL00001", "Cargill, Incorporated", "B2B", "company", "NET 60", "", ein(), ["Cargill Office Center - Wayzata"], ["jan", "office"], "JDAHL"),
    ("XCELENERGY01", "Xcel Energy Services Inc.", "B2B", "company", "NET 45", "", ein(), ["Xcel Riverside Service Center"], ["jan", "winter"], "MKOVAC"),
    ("ABMINDUST001", "ABM Industries - Twin Cities", "B2B", "company", "NET 30", "RESALE CERT ST3", "", ["ABM Janitorial - IDS Center"], ["jan", "equip"], "MKOVAC"),
    ("RYANCOS00001", "Ryan Companies US, Inc.", "B2B", "company", "NET 30", "", ein(), ["Ryan Jobsite - North Loop"], ["jan", "winter"], "MKOVAC"),
    ("WINGSFCU0001", "Wings Financial Credit Union", "B2B", "credit_union", "NET 30", "", "", ["Wings Financial - Apple Valley"], ["jan", "office"], "HOUSE"),
    ("CATHSTPAUL01", "Cathedral of Saint Paul", "B2B", "church", "NET 30", EXEMPT, "", ["Cathedral of Saint Paul"], ["jan", "winter"], "HOUSE"),
    ("EAGLEVALHOA1", "Eagle Valley Townhome Association", "B2B", "hoa", "NET 30", "", "", ["Eagle Valley Clubhouse"], ["winter", "jan"], "HOUSE"),
    ("MNTWINS00001", "Minnesota Twins LLC", "B2B", "company", "NET 30", "", ein(), ["Target Field - Gate 34 Dock"], ["jan"], "JDAHL"),
    ("HOLIDAYST001", "Holiday Stationstores LLC", "B2B", "company", "NET 30", "", "", ["Holiday #317 Bloomington"], ["jan", "winter"], "HOUSE"),
    ("LUNDSBYER001", "Lunds & Byerlys", "B2B", "company", "NET 30", "", "", ["Lunds & Byerlys - Edina"], ["jan"], "HOUSE"),
    ("AMREDCROSS01", "American Red Cross - North Central Div", "B2B", "national_red_cross", "NET 30", EXEMPT, ein(), ["Red Cross Blood Center - St Paul"], ["jan", "office"], "HOUSE"),
    ("SORENLAWN001", "Sorensen Lawn & Snow", "B2B", "sole_proprietor", "CREDIT CARD", "", "", ["Michael Sorensen"], ["winter"], "HOUSE"),
    ("MNHISTSOC001", "Minnesota Historical Society", "B2B", "state_founded_nonprofit", "NET 30", EXEMPT, ein(), ["Minnesota History Center", "Historic Fort Snelling"], ["jan", "office"], "JDAHL"),
    ("YMCANORTH001", "YMCA of the North", "B2B", "nonprofit", "NET 30", EXEMPT, "", ["Dayton YMCA", "YMCA Blaisdell"], ["jan"], "JDAHL"),
    ("AMTRAK000001", "National Railroad Passenger Corp (Amtrak)", "B2B", "state_owned_company", "NET 30", "", ein("52"), ["Amtrak - St Paul Union Depot"], ["jan", "winter"], "MKOVAC"),
    ("CASH", "CASH SALES", "B2C", "anonymous_retail", "COD", "", "", ["WILL CALL"], ["jan", "winter"], "HOUSE"),
    ("JOHNSONKA001", "JOHNSON, KAREN", "B2C", "private_person", "CREDIT CARD", "", "", ["Karen Johnson"], ["house", "winter"], "HOUSE"),
    ("OLSONERIC001", "Olson, Eric", "B2C", "private_person", "CREDIT CARD", "", "", ["Eric Olson"], ["winter"], "HOUSE"),
    ("NGUYENTH0001", "NGUYEN, THANH", "B2C", "private_person", "COD", "", "", ["Thanh Nguyen"], ["house"], "HOUSE"),
    ("PETERSONAM01", "Peterson, Amy", "B2C", "private_person", "CREDIT CARD", "", "", ["Amy Peterson"], ["house", "jan"], "HOUSE"),
    ("LARSONBRI001", "Larson, Brian ", "B2C", "private_person", "CREDIT CARD", "", "", ["Brian Larson"], ["winter"], "HOUSE"),
    ("ANDERSONJE01", "Anderson, Jessica", "B2C", "private_person", "CREDIT CARD", "", "", ["Jessica Anderson"], ["house"], "HOUSE"),
    ("SCHMIDTLA001", "SCHMIDT, LAURA", "B2C", "private_person", "COD", "", "", ["Laura Schmidt"], ["jan", "house"], "HOUSE"),
    ("CARLSONDA001", "Carlson, Dave", "B2C", "private_person", "CREDIT CARD", "", "", ["Dave Carlson"], ["winter"], "HOUSE"),
    ("LINDQVISTG01", "Lindqvist, Greg", "B2C", "private_person", "CREDIT CARD", "", "", ["Greg Lindqvist"], ["jan"], "HOUSE"),
    ("HERNANDEZL01", "Hernandez, Luis", "B2C", "private_person", "CREDIT CARD", "", "", ["Luis Hernandez"], ["house"], "HOUSE"),
    ("BAKERTOM0001", "Baker, Tom", "B2C", "private_person", "CREDIT CARD", "", "", ["Tom Baker"], ["equip"], "HOUSE"),
]
CUST = {c[0]: c for c in CUSTOMERS}


def po_for(cust):
    num, name, label, kind, terms = cust[:5]
    if kind == "private_person" or kind == "anonymous_retail":
        return rng.choice(["", "", "", "PHONE ORDER", "WALK IN"])
    if kind == "sole_proprietor":
        return ""
    if terms == "P-CARD":
        return rng.choice(["PCARD", "P-CARD VISA", "GPC " + str(rng.randint(1000, 9999))])
    if kind in ("public_school_district",):
        return f"PO {rng.randint(2400000, 2499999)}"
    if kind in ("county", "municipality", "park_district", "transit_authority", "airport_authority"):
        return rng.choice([f"PO-{rng.randint(100000, 399999)}", f"{rng.randint(4500000000, 4500999999)}", "BLANKET PO 2024"])
    if kind in ("state_agency",):
        return f"SWIFT PO 3-{rng.randint(100000, 999999)}"
    if kind in ("public_university", "public_college"):
        return f"PO{rng.randint(100000, 999999)}"
    if kind in ("tribal_government",):
        return rng.choice([f"RL-{rng.randint(1000, 9999)}", f"MLB PO {rng.randint(10000, 99999)}"])
    if kind in ("armed_forces", "federal_agency", "veterans_medical_center"):
        return rng.choice(["GPC", "GPC ORDER", f"36C263{rng.randint(24000000, 24999999)}"])
    return rng.choice(["", f"{rng.randint(100000, 999999)}", f"PO# {rng.randint(10000, 99999)}", "NET 30 ACCT"])


def qty_for(kind, item_no):
    grp = ITEM[item_no][4]
    if kind in ("private_person", "anonymous_retail", "sole_proprietor"):
        return rng.choice([1, 1, 1, 2, 2, 3]) if grp != "winter" else rng.choice([2, 4, 6])
    if grp in ("equip",):
        return 1
    if grp == "house":
        return 1
    if grp == "winter":
        return rng.choice([10, 20, 40, 49, 98])
    if grp in ("office",) and ITEM[item_no][2] == "EA":
        return rng.choice([1, 2, 4, 6])
    return rng.choice([2, 4, 6, 8, 10, 12, 20, 24, 40])


def random_lines(cust, nmin, nmax):
    groups = [g for g in cust[8] if g != "house"] or cust[8]
    n = rng.randint(nmin, nmax)
    pool = []
    for g in groups:
        pool += GROUP[g]
    picks = rng.sample(pool, min(n, len(pool)))
    return [(p, qty_for(cust[3], p), None) for p in picks]


START = dt.date(2024, 1, 3)


def bizday(i):
    d = START + dt.timedelta(days=i)
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def build():
    docs = []  # (cust_no, lines[(item, qty, price_override)], label, amb, kind, po_override, terms_override)

    def add(cust_no, lines, amb=False, kind=None, label=None, po=None, terms=None, ship=None):
        c = CUST[cust_no]
        docs.append(dict(cust=c, lines=lines, label=label or c[2], amb=amb, kind=kind or c[3],
                         po=po, terms=terms, ship=ship))

    # --- scripted ambiguous documents ---
    add("MNHISTSOC001", [("KCC-01890", 12, None), ("GOJ-5392-02", 6, None), ("HAM-86700", 10, None)], amb=True)
    add("MNHISTSOC001", [("RCP-FG263200GRAY", 8, None), ("HOS-H6000", 10, None), ("CLO-15949", 6, None)], amb=True)
    add("YMCANORTH001", [("DIA-98606", 12, None), ("GP-19375", 20, None)], amb=True, kind="nonprofit_coop_purchasing_contract", po="SOURCEWELL #031421-NCL")
    add("YMCANORTH001", [("CLO-15949", 10, None), ("KCC-01890", 16, None)], amb=True, kind="nonprofit_coop_purchasing_contract", po="SOURCEWELL CONTRACT 031421")
    add("AMTRAK000001", [("SAFESTEP-3300", 98, None), ("SNOW-TRUETEMPER", 6, None), ("HOS-H6000", 8, None)], amb=True, kind="state_owned_company_procurement", po="RFP 2023-0417 / CTR 91455")
    add("AMTRAK000001", [("GP-26490", 10, None), ("GOJ-5392-02", 8, None)], amb=True, kind="state_owned_company_procurement", po="RFP 2023-0417 REL 3")
    add("TARGETCORP01", [("KEU-5000341", 1, None)], amb=True, kind="company_household_item", po="4400187722")
    add("HENNCOUNTY01", [("HAM-40880", 1, None)], amb=True, kind="public_body_household_item", po="PCARD")
    add("CITYDULU0001", [("PAN-NNSN686S", 1, None), ("KEU-5000341", 1, None)], amb=True, kind="public_body_household_item", po="CITY HALL BREAKROOM")
    add("LUNDSBYER001", [("DYS-V8ABS", 1, None)], amb=True, kind="company_household_item")
    add("SORENLAWN001", [("DYS-V8ABS", 1, None)], amb=True, kind="sole_proprietor_personal_purchase", terms="CREDIT CARD")
    add("LINDQVISTG01", [("GOJ-5392-02", 40, None)], amb=True, kind="private_bulk_purchase")
    add("HERNANDEZL01", [("CLO-15949", 6, None), ("DUR-PC1500", 10, None)], amb=True, kind="private_states_resale", label="B2B", po="FOR RESALE - SWAP MEET")
    add("CASH", [("HAM-86700", 40, None)], amb=True, kind="thin_record_business_goods", label="B2B", po="WALK IN")
    add("BAKERTOM0001", [("TEN-T300", 1, None)], amb=True, kind="private_person_commercial_goods")

    # --- scripted plain documents that test reading rules ---
    add("CARGILL00001", [("KCC-01890", 20, None), ("GOJ-5392-02", 10, None), ("PAN-NNSN686S", 1, None), ("HOS-H6000", 12, None)])
    add("AMREDCROSS01", [("CLO-15949", 12, None), ("GOJ-5156-04", 8, None)])
    add("CASH", [("RCP-FG263200GRAY", 1, None), ("SAFESTEP-3300", 2, None)])
    add("CASH", [("CLO-15949", 1, None)])
    add("CASH", [("SNOW-TRUETEMPER", 1, None), ("SAFESTEP-3300", 3, None)])
    add("MPLSVAHCS001", [("GOJ-5156-04", 24, None), ("DIA-98606", 12, None), ("KCC-01890", 20, None)])
    add("934AW0000001", [("HAM-86700", 20, None), ("HP-CF258X", 4, None)])
    add("UOFMTWINC001", [("TEN-T300", 1, None), (FREIGHT[0], 1, 385.00)])
    add("ABMINDUST001", [("NSS-PACER30", 2, None), ("MMM-7447", 10, None), (FREIGHT[0], 1, 95.00)])
    add("JOHNSONKA001", [("PAN-NNSN686S", 1, None)])
    add("NGUYENTH0001", [("HAM-40880", 1, None), ("KEU-5000341", 1, None)])
    add("ANDERSONJE01", [("DYS-V8ABS", 1, None)])
    add("OLSONERIC001", [("SAFESTEP-3300", 4, None), ("SNOW-TRUETEMPER", 1, None)])
    add("CARLSONDA001", [("SAFESTEP-3300", 6, None)])
    add("LARSONBRI001", [("SNOW-TRUETEMPER", 1, None)])
    add("PETERSONAM01", [("CLO-15949", 1, None), ("PAN-NNSN686S", 1, None)])
    add("SCHMIDTLA001", [("RCP-FG758088YEL", 1, None), ("ZEP-1041624", 1, None)])
    add("EAGLEVALHOA1", [("SAFESTEP-3300", 40, None), ("SNOW-TRUETEMPER", 4, None)])
    add("CATHSTPAUL01", [("SAFESTEP-3300", 20, None), ("GP-19375", 6, None)])

    # --- routine documents ---
    weights = {
        "public_school_district": 6, "county": 5, "municipality": 4, "public_university": 4,
        "public_college": 2, "public_hospital": 3, "veterans_medical_center": 2, "state_agency": 2,
        "armed_forces": 2, "tribal_government": 2, "airport_authority": 2, "transit_authority": 2,
        "park_district": 2, "federal_agency": 3, "company": 2, "private_nonprofit_hospital": 2,
        "private_university": 1, "private_school": 1, "credit_union": 1, "church": 1, "hoa": 1,
        "national_red_cross": 1,
    }
    eligible = [c for c in CUSTOMERS if c[3] in weights]
    w = [weights[c[3]] for c in eligible]
    target = 205
    while sum(len(d["lines"]) for d in docs) < target:
        c = rng.choices(eligible, w)[0]
        lines = random_lines(c, 1, 5)
        if rng.random() < 0.12:
            lines.append((FREIGHT[0], 1, round(rng.uniform(45, 220), 2)))
        add(c[0], lines)
    return docs


def main():
    C.ensure_dirs()
    docs = build()
    order = list(range(len(docs)))
    rng.shuffle(order)
    wb = Workbook()
    ws = wb.active
    ws.title = "Sales Line Items"
    ws.append(HEADERS)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    labels = []
    sop = 41260
    day = 0
    returns_done = 0
    for k, idx in enumerate(order):
        d = docs[idx]
        c = d["cust"]
        sop += rng.randint(1, 9)
        day += rng.choice([0, 0, 1, 1, 1, 2])
        date = bizday(day)
        sop_type = "Invoice"
        sop_no = f"INV{sop:08d}"
        if returns_done < 2 and k in (37, 88) and c[2] != "B2C":
            sop_type, sop_no = "Return", f"RTN{sop:08d}"
            returns_done += 1
        po = d["po"] if d["po"] is not None else po_for(c)
        terms = d["terms"] or c[4]
        ship = d["ship"] or rng.choice(c[7])
        for item_no, qty, price in d["lines"]:
            if item_no == FREIGHT[0]:
                desc, uom, unit = FREIGHT[1], FREIGHT[2], price
            else:
                _, desc, uom, unit, _ = ITEM[item_no]
                if c[2] in ("B2G", "B2B") and c[3] not in ("sole_proprietor",) and rng.random() < 0.4:
                    unit = round(unit * rng.choice([0.9, 0.92, 0.95]), 2)
            ext = C.money(unit * qty)
            ws.append([sop_type, sop_no, date, c[0], c[1], po, item_no, desc, qty, uom,
                       unit, ext, terms, c[5], c[6], ship, c[9]])
            labels.append((d["label"], d["amb"], d["kind"], "US"))
    for row in ws.iter_rows(min_row=2):
        row[2].number_format = "m/d/yyyy"
        row[8].number_format = "0.00"
        row[10].number_format = '"$"#,##0.00'
        row[11].number_format = '"$"#,##0.00'
    widths = [9, 14, 12, 16, 40, 24, 18, 46, 8, 7, 12, 13, 14, 24, 22, 34, 12]
    for i, wdt in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = wdt
    out = C.LAYOUTS / f"{LAYOUT_ID}.xlsx"
    wb.properties.creator = "Microsoft Dynamics GP"
    wb.properties.created = dt.datetime(2024, 7, 1, 9, 14, 0)
    wb.properties.modified = dt.datetime(2024, 7, 1, 9, 14, 0)
    wb.save(out)
    C.normalize_xlsx(C.LAYOUTS / f"{LAYOUT_ID}.xlsx")
    C.write_labels(LAYOUT_ID, labels)
    C.write_key(LAYOUT_ID, KEY)
    C.summary(LAYOUT_ID, labels)


KEY = {
    "id": LAYOUT_ID,
    "system": "Microsoft Dynamics GP - SmartList 'Sales Line Items' (Sales series), columns added with Columns/Add from the sales header, exported with the SmartList Excel button",
    "country": "US",
    "language": "en",
    "docs": [
        "gptables.azurecurve.co.uk SOP30300 'Sales Transaction Amounts History': display names SOP Type, SOP Number, Item Number, Item Description, U Of M used verbatim as column captions",
        "wiki.devknight.com SOP10100 'Sales Transaction Work' column listing: Document Date and the header fields a SmartList can add (Customer Number, Customer Name, Customer PO Number, Payment Terms ID, Tax Exempt 1, Tax Registration Number, Ship To Name, Salesperson ID)",
        "learn.microsoft.com Dynamics GP web-service docs (SalesLine, SalesDocument): CustomerName 64 chars, CustomerPONumber 20 chars, ItemDescription 100 chars, TotalAmount = extended price = UnitPrice x Quantity",
        "gptables SOP10103 'Sales Payment Work and History': payment types are Cash/Check/Credit Card, so the only payment hint on a line export is the customer's Payment Terms ID",
        "Not found in search: the exact default column set of the 'Sales Line Items' SmartList and the Excel export styling; a bold header row in row 1, no title or totals rows, dates as Excel dates, money as numbers with a $ format are my reconstruction. Trailing spaces in a few names imitate GP's padded char fields."
    ],
    "fields": {"buyer": "Customer Name", "product": "Item Description", "quantity": "QTY",
               "amount": "Extended Price", "tax_id": "Tax Registration Number", "email": None,
               "payment": "Payment Terms ID", "comment": None},
    "also_ok": {"buyer": ["Ship To Name", "Customer Number"], "amount": ["Unit Price"],
                "tax_id": ["Tax Exempt 1"], "comment": ["Customer PO Number"]},
    "notes": "One row per SOP line (records are lines); all lines of one SOP Number share the label. Two documents are SOP Type 'Return'. Tax Registration Number holds an EIN for some organisations (governments have EINs too); Tax Exempt 1 holds sales-tax exemption notes (government, non-profits, a reseller) and is not evidence of the state by itself. Customer Number 'CASH' / Customer Name 'CASH SALES' is the will-call counter catch-all (anonymous retail). Payment Terms ID 'P-CARD' marks government purchase-card buyers; Customer PO Number sometimes carries free text (RFP number, Sourcewell contract, 'FOR RESALE - SWAP MEET'). Ship To Name of private customers is the person's name. Seller is an invented Minnesota janitorial/school/facility supply distributor."
}

if __name__ == "__main__":
    main()
