"""Authorize.Net Merchant Interface "Download Transactions" file (tab-delimited .txt, UTF-8 BOM)
for a Pittsburgh field/survey/safety supply store.  Seeded; rebuilds the same bytes every run."""
import random
from datetime import datetime, timedelta

from ka_common import LAYOUTS, ensure_dirs, write_key, write_labels

LID = "ka_us_authorizenet_transaction_download"
SEED = 41207

COLS = [
    "Response Code", "Authorization Code", "Address Verification Status", "Transaction ID",
    "Submit Date/Time", "Card Number", "Expiration Date", "Invoice Number", "Invoice Description",
    "Total Amount", "Method", "Action Code", "Customer ID", "Customer First Name", "Customer Last Name",
    "Company", "Address", "City", "State", "ZIP", "Country", "Phone", "Fax", "Email",
    "Ship - To First Name", "Ship - To Last Name", "Ship - To Company", "Ship - To Address",
    "Ship - To City", "Ship - To State", "Ship - To ZIP", "Ship - To Country", "L2 - Tax", "L2 - Duty",
    "L2 - Freight", "L2 - Tax Exempt", "L2 - Purchase Order Number", "Routing Number",
    "Bank Account Number", "Order Number", "Available Card Balance", "Approved Amount", "Market Type",
    "Product", "Settlement Amount",
]

P = {  # key: (name, unit price, category)
    "fb311": ("Rite in the Rain All-Weather Field Book No. 311", 14.95, "field"),
    "fb313": ("Rite in the Rain Level Book No. 313", 15.95, "field"),
    "pen97": ("Rite in the Rain All-Weather Pen No. 97", 7.95, "field"),
    "flag": ("Presco Survey Flagging Tape, Orange Glo (12 rolls)", 29.50, "field"),
    "paint": ("Forestry Suppliers Tree Marking Paint, Blue (case of 12)", 118.80, "field"),
    "lathe": ("Wood Survey Lath 4 ft (bundle of 50)", 44.00, "field"),
    "wheel": ("Keson RR318N Measuring Wheel", 129.00, "field"),
    "tape300": ("Lufkin 300 ft Fiberglass Tape", 89.00, "field"),
    "rod": ("Seco 15 ft Aluminum Grade Rod, Hi-Vis", 189.00, "field"),
    "logtape": ("Spencer 75 ft Logger Tape", 69.95, "field"),
    "caliper": ("Haglof Mantax Blue Tree Caliper 500 mm", 179.00, "field"),
    "range": ("Nikon Forestry Pro II Laser Rangefinder", 379.95, "field"),
    "compass": ("Suunto MC-2 Mirror Compass", 74.95, "outdoor"),
    "brunton": ("Brunton TruArc 15 Compass", 79.00, "outdoor"),
    "gps67i": ("Garmin GPSMAP 67i GPS/inReach", 599.99, "outdoor"),
    "etrex": ("Garmin eTrex 32x Handheld GPS", 249.99, "outdoor"),
    "instinct": ("Garmin Instinct 2 Solar Watch", 399.99, "outdoor"),
    "laser": ("Spectra Precision LL300N Laser Level", 1195.00, "pro"),
    "r12i": ("Trimble R12i GNSS Receiver", 18950.00, "pro"),
    "tsc7": ("Trimble TSC7 Field Controller", 5450.00, "pro"),
    "vest": ("ML Kishigo 1163 Class 2 Safety Vest, Lime", 18.50, "safety"),
    "hardhat": ("MSA V-Gard Hard Hat, Fas-Trac III", 24.95, "safety"),
    "resp": ("3M 6502QL Half Facepiece Respirator", 32.00, "safety"),
    "cone": ("28 in Orange Traffic Cone w/ Reflective Collar (pack of 6)", 119.94, "safety"),
    "firstaid": ("First Aid Only 50-Person ANSI B Kit", 64.99, "safety"),
    "radio": ("Motorola Talkabout T470 Two-Way Radio (2-pack)", 79.99, "outdoor"),
    "light": ("Milwaukee M12 ROVER Service & Repair Flood Light", 99.00, "field"),
    "cooler": ("Coleman 316 Series 52-Quart Hard Cooler", 64.99, "household"),
    "keurig": ("Keurig K-Express Single Serve Coffee Maker", 79.99, "household"),
    "tumbler": ("YETI Rambler 30 oz Tumbler", 38.00, "household"),
    "fan": ("Honeywell HT-908 Turbo Table Fan", 24.99, "household"),
    "jug": ("Igloo 5 Gallon Water Jug", 34.99, "household"),
    "headlamp": ("Black Diamond Spot 400 Headlamp", 49.95, "outdoor"),
    "boots": ("Irish Setter 83605 Logger Boots", 219.99, "outdoor"),
    "snake": ("Turtleskin SnakeArmor Gaiters", 129.00, "outdoor"),
}

FIRST = ["James", "Michael", "Robert", "John", "David", "William", "Richard", "Joseph", "Thomas",
         "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Steven", "Andrew", "Joshua", "Kevin",
         "Brian", "Ryan", "Jason", "Eric", "Kyle", "Tyler", "Mary", "Patricia", "Jennifer", "Linda",
         "Elizabeth", "Susan", "Jessica", "Sarah", "Karen", "Lisa", "Nancy", "Ashley", "Emily", "Megan",
         "Amanda", "Stephanie", "Rachel", "Lauren", "Nicole", "Heather", "Amy", "Rebecca", "Laura", "Dana"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
        "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker",
        "Hall", "Young", "King", "Wright", "Scott", "Baker", "Nelson", "Carter", "Mitchell", "Kowalski",
        "Novak", "Schneider", "Hoffman", "Yoder", "Stoltzfus", "Kelly", "Murphy", "O'Brien", "Sullivan",
        "Russo", "Romano", "Kaminski", "Wagner", "Becker", "Snyder", "Hughes", "Zajac", "Dombrowski"]
FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "comcast.net", "verizon.net", "outlook.com",
            "aol.com", "hotmail.com", "icloud.com", "windstream.net", "atlanticbb.net"]
STREETS = ["Maple Ave", "Oak St", "Washington Rd", "Liberty Ave", "Penn Ave", "Murray Ave", "Butler St",
           "McKnight Rd", "Perry Hwy", "Freeport Rd", "Brownsville Rd", "Walnut St", "Center Ave",
           "Highland Ave", "Greentree Rd", "Babcock Blvd", "Saw Mill Run Blvd", "Route 30", "Ridge Rd"]
HOMES = [("Pittsburgh", "PA", "15217"), ("Pittsburgh", "PA", "15201"), ("Pittsburgh", "PA", "15236"),
         ("Cranberry Township", "PA", "16066"), ("Monroeville", "PA", "15146"), ("State College", "PA", "16801"),
         ("Morgantown", "WV", "26505"), ("Columbus", "OH", "43214"), ("Erie", "PA", "16509"),
         ("Johnstown", "PA", "15905"), ("Wexford", "PA", "15090"), ("Canonsburg", "PA", "15317"),
         ("Butler", "PA", "16001"), ("Greensburg", "PA", "15601"), ("Altoona", "PA", "16602"),
         ("Wheeling", "WV", "26003"), ("Akron", "OH", "44313"), ("Buffalo", "NY", "14216"),
         ("Charlottesville", "VA", "22903"), ("Ligonier", "PA", "15658"), ("Indiana", "PA", "15701")]


def org(label, kind, company, email_dom, addr, city, state, zp, n, items, *, amb=False, exempt=False,
        po=None, method="CC", market="eCommerce", first=None, last=None, note=None, country="US",
        ship=None, upper=False, cust=None):
    return dict(label=label, kind=kind, amb=amb, company=company, dom=email_dom, addr=addr, city=city,
                state=state, zip=zp, n=n, items=items, exempt=exempt, po=po, method=method, market=market,
                first=first, last=last, note=note, country=country, ship=ship, upper=upper, cust=cust)


FIELD = ["fb311", "fb313", "pen97", "flag", "paint", "lathe", "wheel", "tape300", "rod", "logtape",
         "caliper", "range", "light"]
SAFETY = ["vest", "hardhat", "resp", "cone", "firstaid"]
OUTDOOR = ["compass", "brunton", "etrex", "gps67i", "radio", "headlamp", "boots", "snake", "instinct"]

PROFILES = [
    # ---- B2G: federal, military, state, county, city, township, schools, colleges, tribes, transit
    org("B2G", "federal_agency", "USDA Forest Service - Allegheny National Forest", "usda.gov",
        "4 Farm Colony Dr", "Warren", "PA", "16365", 4, FIELD, exempt=True, po="12805B24P{n:04d}"),
    org("B2G", "federal_agency", "National Park Service - Shenandoah National Park", "nps.gov",
        "3655 US Highway 211 East", "Luray", "VA", "22835", 3, FIELD + OUTDOOR, exempt=True, po="140P4224P{n:04d}"),
    org("B2G", "federal_agency", "US Army Corps of Engineers - Pittsburgh District", "usace.army.mil",
        "1000 Liberty Ave, Rm 2200", "Pittsburgh", "PA", "15222", 4, FIELD + SAFETY, exempt=True,
        po="W911WN-24-P-{n:04d}"),
    org("B2G", "federal_agency", "U.S. Geological Survey - PA Water Science Center", "usgs.gov",
        "215 Limekiln Rd", "New Cumberland", "PA", "17070", 2, FIELD, exempt=True, po="140G0124P{n:04d}"),
    org("B2G", "veterans_medical_center", "VA Pittsburgh Healthcare System - Facilities Mgmt", "va.gov",
        "University Drive C", "Pittsburgh", "PA", "15240", 2, SAFETY, exempt=True, po="36C24424P{n:04d}"),
    org("B2G", "armed_forces", "10th Mountain Division - 1-87 Infantry, Fort Drum", "army.mil",
        "10670 Mount Belvedere Blvd", "Fort Drum", "NY", "13602", 2, OUTDOOR + ["compass", "radio"],
        exempt=True, po=None, upper=True),
    org("B2G", "state_agency", "PennDOT Engineering District 11-0", "pa.gov", "45 Thoms Run Rd",
        "Bridgeville", "PA", "15017", 4, SAFETY + FIELD, exempt=True, po="4300{n:06d}"),
    org("B2G", "state_agency", "Ohio Department of Natural Resources - Division of Forestry", "dnr.ohio.gov",
        "2045 Morse Rd, Bldg H-1", "Columbus", "OH", "43229", 3, FIELD, exempt=True, po="DNR01-24{n:05d}"),
    org("B2G", "state_agency", "West Virginia Division of Highways - District 4", "wv.gov",
        "1 Division St", "Bridgeport", "WV", "26330", 2, SAFETY, exempt=True, po="DOT24{n:06d}"),
    org("B2G", "state_agency", "Pennsylvania Game Commission - Southwest Region", "pa.gov",
        "4820 Route 711", "Bolivar", "PA", "15923", 2, FIELD + OUTDOOR, exempt=True, po="4300{n:06d}"),
    org("B2G", "county", "Allegheny County Department of Public Works", "alleghenycounty.us",
        "542 Forbes Ave, Suite 501", "Pittsburgh", "PA", "15219", 4, SAFETY + FIELD, exempt=True,
        po="PO-ACDPW-{n:05d}"),
    org("B2G", "county", "Franklin County Engineer's Office", "franklincountyohio.gov", "970 Dublin Rd",
        "Columbus", "OH", "43215", 2, FIELD + SAFETY, exempt=True, po="FCE-{n:05d}"),
    org("B2G", "county", "FAIRFAX COUNTY DPWES", "fairfaxcounty.gov", "12000 Government Center Pkwy",
        "Fairfax", "VA", "22035", 2, FIELD, exempt=True, po="4400{n:06d}"),
    org("B2G", "municipality", "City of Pittsburgh - Dept. of Mobility & Infrastructure", "pittsburghpa.gov",
        "414 Grant St, Rm 301", "Pittsburgh", "PA", "15219", 3, SAFETY + FIELD, exempt=True,
        po="CP{n:07d}"),
    org("B2G", "municipality", "City of Columbus - Division of Water", "columbus.gov", "910 Dublin Rd",
        "Columbus", "OH", "43215", 2, SAFETY, exempt=True, po="PO{n:06d}"),
    org("B2G", "township", "Cranberry Township Public Works", "cranberrytownship.org", "2525 Rochester Rd",
        "Cranberry Township", "PA", "16066", 2, SAFETY + FIELD, exempt=True, po="CT24-{n:04d}"),
    org("B2G", "school_district", "Pittsburgh Public Schools - Facilities", "pghschools.org",
        "1305 Muriel St", "Pittsburgh", "PA", "15203", 2, SAFETY, exempt=True, po="PPS{n:06d}"),
    org("B2G", "school_district", "Fairfax County Public Schools", "fcps.edu", "8115 Gatehouse Rd",
        "Falls Church", "VA", "22042", 2, ["compass", "fb311", "tape300", "wheel"], exempt=True,
        po="FCPS-{n:06d}"),
    org("B2G", "school_district", "Columbus City Schools", "columbus.k12.oh.us", "270 E State St",
        "Columbus", "OH", "43215", 1, ["compass", "etrex", "fb311"], exempt=True, po="CCS{n:06d}"),
    org("B2G", "public_university", "The Pennsylvania State University - EMS", "psu.edu",
        "116 Deike Bldg", "University Park", "PA", "16802", 3, FIELD + ["etrex", "compass", "brunton"],
        exempt=True, po="PSU{n:07d}"),
    org("B2G", "public_university", "West Virginia University - Forestry & Natural Resources",
        "mail.wvu.edu", "1145 Evansdale Dr", "Morgantown", "WV", "26506", 3, FIELD, exempt=True,
        po="WVU{n:07d}"),
    org("B2G", "public_college", "Community College of Allegheny County", "ccac.edu", "800 Allegheny Ave",
        "Pittsburgh", "PA", "15233", 2, SAFETY + ["fb311", "tape300"], exempt=True, po="CCAC-{n:05d}"),
    org("B2G", "tribal_government", "Seneca Nation of Indians - Environmental Protection Dept", "sni.org",
        "12837 Route 438", "Irving", "NY", "14081", 2, FIELD + ["etrex"], exempt=True, po="SN-EPD-{n:04d}"),
    org("B2G", "tribal_government", "Eastern Band of Cherokee Indians - Natural Resources", "ebci-nsn.gov",
        "PO Box 1747", "Cherokee", "NC", "28719", 2, FIELD, exempt=True, po="EBCI{n:05d}"),
    org("B2G", "transit_authority", "Pittsburgh Regional Transit", "rideprt.org", "345 Sixth Ave, Floor 3",
        "Pittsburgh", "PA", "15222", 2, SAFETY, exempt=True, po="PRT-{n:06d}"),
    org("B2G", "municipal_authority", "ALCOSAN", "alcosan.org", "3300 Preble Ave", "Pittsburgh", "PA",
        "15233", 2, SAFETY + ["resp"], exempt=True, po="A24-{n:05d}", method="ECHECK"),
    org("B2G", "embassy", "Embassy of Canada", "international.gc.ca", "501 Pennsylvania Ave NW",
        "Washington", "DC", "20001", 1, ["radio", "firstaid"], exempt=True, po=None),
    org("B2G", "public_university", "The Ohio State University - School of Environment & Natural Resources",
        "osu.edu", "2021 Coffey Rd", "Columbus", "OH", "43210", 2, FIELD, exempt=True, po="OSU{n:07d}"),
    # B2G ambiguous: public body, household item in household quantity
    org("B2G", "municipality", "City of Morgantown", "morgantownwv.gov", "389 Spruce St", "Morgantown", "WV",
        "26505", 1, ["keurig"], amb=True, exempt=True, po="MGN-24-{n:04d}"),
    org("B2G", "school_district", "Fairfax County Public Schools - Transportation", "fcps.edu",
        "6840 Industrial Rd", "Springfield", "VA", "22151", 1, ["cooler"], amb=True, exempt=True),
    org("B2G", "county", "Butler County Planning Commission", "co.butler.pa.us", "124 W Diamond St",
        "Butler", "PA", "16001", 1, ["fan"], amb=True, exempt=True),
    org("B2G", "township", "Cranberry Township Public Works", "cranberrytownship.org", "2525 Rochester Rd",
        "Cranberry Township", "PA", "16066", 1, ["keurig"], amb=True, exempt=True),
    org("B2G", "county", "Allegheny County Department of Public Works", "alleghenycounty.us",
        "542 Forbes Ave, Suite 501", "Pittsburgh", "PA", "15219", 1, ["fan"], amb=True, exempt=True),
    # ---- B2B companies, private institutions, non-profits, sole traders
    org("B2B", "company", "Civil & Environmental Consultants, Inc.", "cecinc.com", "700 Cherrington Pkwy",
        "Moon Township", "PA", "15108", 4, FIELD + SAFETY, po="CEC-{n:06d}"),
    org("B2B", "company", "Michael Baker International", "mbakerintl.com", "500 Grant St, Suite 5400",
        "Pittsburgh", "PA", "15219", 3, FIELD + ["laser", "range"], po="MBI{n:07d}"),
    org("B2B", "company", "GANNETT FLEMING, INC.", "gfnet.com", "207 Senate Ave", "Camp Hill", "PA", "17011",
        2, FIELD, po="GF-{n:06d}"),
    org("B2B", "company", "HDR Engineering, Inc.", "hdrinc.com", "11 Stanwix St, Suite 800", "Pittsburgh",
        "PA", "15222", 2, FIELD + SAFETY, po=None),
    org("B2B", "company", "Stantec Consulting Services Inc.", "stantec.com", "400 Holiday Dr, Suite 202",
        "Pittsburgh", "PA", "15220", 2, FIELD, po="4500{n:06d}"),
    org("B2B", "company", "Trumbull Corporation", "trumbullcorp.com", "225 N Shore Dr", "Pittsburgh", "PA",
        "15212", 3, SAFETY, po="TC24-{n:04d}"),
    org("B2B", "company", "Golden Triangle Construction Co., Inc.", "goldentriangleconstruction.com",
        "8555 Old Steubenville Pike", "Imperial", "PA", "15126", 2, SAFETY + ["laser"], po=None),
    org("B2B", "company", "KLH Engineers, Inc.", "klhengrs.com", "5173 Campbells Run Rd", "Pittsburgh", "PA",
        "15205", 2, FIELD, po="KLH{n:05d}"),
    org("B2B", "company", "Duquesne Light Company", "duqlight.com", "411 Seventh Ave", "Pittsburgh", "PA",
        "15219", 2, SAFETY, po="4501{n:06d}"),
    org("B2B", "company", "EQT Corporation", "eqt.com", "625 Liberty Ave, Suite 1700", "Pittsburgh", "PA",
        "15222", 2, SAFETY + FIELD, po="EQT-{n:07d}"),
    org("B2B", "company", "Mascaro Construction Company, L.P.", "mascaroconstruction.com",
        "1720 Metropolitan St", "Pittsburgh", "PA", "15233", 2, SAFETY, po=None),
    org("B2B", "company", "Ridgeline Land Surveying LLC", "ridgelinesurvey.com", "1180 Washington Pike",
        "Bridgeville", "PA", "15017", 3, FIELD + ["laser", "rod"], po=None),
    org("B2B", "company", "Allegheny Arborists LLC", "alleghenyarborists.com", "212 Sandy Creek Rd",
        "Verona", "PA", "15147", 2, ["caliper", "logtape", "paint", "range"], po=None),
    org("B2B", "private_university", "Carnegie Mellon University - Civil & Environmental Eng.",
        "andrew.cmu.edu", "5000 Forbes Ave", "Pittsburgh", "PA", "15213", 2, FIELD, exempt=True,
        po="CMU{n:07d}"),
    org("B2B", "private_university", "Duquesne University", "duq.edu", "600 Forbes Ave", "Pittsburgh", "PA",
        "15282", 1, ["etrex", "compass", "fb311"], exempt=True, po="DU-{n:06d}"),
    org("B2B", "private_hospital", "UPMC Facilities Services", "upmc.edu", "200 Lothrop St", "Pittsburgh",
        "PA", "15213", 2, SAFETY, exempt=True, po="UPMC{n:08d}"),
    org("B2B", "non_profit", "Western Pennsylvania Conservancy", "paconserve.org", "800 Waterfront Dr",
        "Pittsburgh", "PA", "15222", 2, FIELD + ["etrex"], exempt=True, po=None),
    org("B2B", "non_profit", "Laurel Highlands Council, Boy Scouts of America", "lhcscouting.org",
        "1275 Bedford Ave", "Pittsburgh", "PA", "15219", 1, ["compass", "firstaid", "radio"], exempt=True),
    org("B2B", "religious_org", "St. Paul Cathedral Parish", "stpaulpgh.org", "108 N Dithridge St",
        "Pittsburgh", "PA", "15213", 1, ["cone", "vest"], exempt=True),
    org("B2B", "hoa", "Treetops at Wexford Homeowners Association", "treetopshoa.org", "PO Box 812",
        "Wexford", "PA", "15090", 1, ["cone", "flag"], po=None),
    org("B2B", "sole_trader", "Kowalski Land Surveying", "gmail.com", "47 Orchard Ln", "Carnegie", "PA",
        "15106", 2, FIELD + ["rod", "laser"], first="Thomas", last="Kowalski"),
    org("B2B", "sole_trader", "Hostetler Forestry Consulting", "hostetlerforestry.com", "RR 2 Box 118",
        "Somerset", "PA", "15501", 2, ["caliper", "logtape", "paint", "range"], first="Brian", last="Hostetler"),
    # B2B ambiguous
    org("B2B", "international_org", "The World Bank Group - GSD Facilities", "worldbank.org",
        "1818 H St NW", "Washington", "DC", "20433", 1, ["radio", "firstaid", "headlamp"], po="WB-7165{n:04d}"),
    org("B2B", "state_founded_nonprofit", "National Fish and Wildlife Foundation", "nfwf.org",
        "1133 15th St NW, Suite 1000", "Washington", "DC", "20005", 1, ["etrex", "fb311", "flag"], exempt=True),
    org("B2B", "state_owned_company", "National Railroad Passenger Corp. (Amtrak)", "amtrak.com",
        "2955 Market St", "Philadelphia", "PA", "19104", 1, SAFETY, po="RFQ-A24-0{n:04d}"),
    org("B2B", "non_profit_coop_contract", "Pittsburgh Botanic Garden", "pittsburghbotanicgarden.org",
        "799 Pinkerton Run Rd", "Oakdale", "PA", "15071", 1, ["cone", "vest", "flag"], exempt=True,
        po="COSTARS-26 #{n:04d}"),
    org("B2B", "company", "Mascaro Construction Company, L.P.", "mascaroconstruction.com",
        "1720 Metropolitan St", "Pittsburgh", "PA", "15233", 1, ["keurig"], amb=True),
    org("B2B", "sole_trader", "Hostetler Forestry Consulting", "gmail.com", "RR 2 Box 118", "Somerset", "PA",
        "15501", 1, ["instinct"], amb=True, first="Brian", last="Hostetler"),
]


def money(x):
    return f"{x:.2f}"


def tz_name(dt):
    # US Eastern daylight time 2024: 10 Mar - 3 Nov
    return "EDT" if datetime(2024, 3, 10, 2) <= dt < datetime(2024, 11, 3, 2) else "EST"


def fmt_submit(dt):
    return dt.strftime("%d-%b-%Y %I:%M:%S %p") + " " + tz_name(dt)


def main():
    rng = random.Random(SEED)
    ensure_dirs()
    rows, labels = [], []
    po_counter = [117]

    def pick_person():
        f, l = rng.choice(FIRST), rng.choice(LAST)
        return f, l

    def lines_for(items, n_lines, big=False):
        keys = rng.sample(items, min(n_lines, len(items)))
        out = []
        for k in keys:
            name, price, cat = P[k]
            if cat == "pro" or price > 300:
                q = 1
            elif k in ("fb311", "fb313", "pen97", "vest", "hardhat"):
                q = rng.choice([6, 10, 12, 12, 24, 25, 50]) if big else rng.choice([1, 2, 3])
            else:
                q = rng.choice([1, 2, 3, 4, 6]) if big else rng.choice([1, 1, 2])
            out.append((k, q))
        return out

    def desc_of(order_no, lines, prefix="Web order"):
        parts = []
        for k, q in lines:
            parts.append(f"{P[k][0]} x{q}")
        return f"{prefix} {order_no}: " + "; ".join(parts)

    txn_id = [60219384712]
    order_no = [10412]
    events = []  # (datetime, row dict, label dict)

    start = datetime(2024, 1, 3, 8, 0, 0)

    def when():
        d = start + timedelta(days=rng.randint(0, 178), hours=rng.randint(0, 10), minutes=rng.randint(0, 59),
                              seconds=rng.randint(0, 59))
        return d

    def base_row():
        return {c: "" for c in COLS}

    def add(row, label, amb, kind, country, dt):
        events.append((dt, row, dict(label=label, ambiguous=amb, kind=kind, country=country)))

    def fill_payment(row, method, market, approved=True):
        if method == "ECHECK":
            row["Method"] = "ECHECK"
            row["Routing Number"] = "XXXX" + f"{rng.randint(0, 9999):04d}"
            row["Bank Account Number"] = "XXXX" + f"{rng.randint(0, 9999):04d}"
            row["Address Verification Status"] = "P"
            row["Authorization Code"] = ""
        else:
            row["Method"] = "CC"
            row["Card Number"] = "XXXX" + f"{rng.randint(0, 9999):04d}"
            row["Expiration Date"] = "XXXX"
            row["Address Verification Status"] = "P" if market == "Retail" else rng.choice(["Y", "Y", "Y", "Z", "A"])
            row["Authorization Code"] = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6)) if approved else ""
        row["Market Type"] = market
        row["Product"] = "Card Present" if market == "Retail" else "Card Not Present"

    def finish(row, subtotal, ship_state, exempt, freight, approved=True, credit=False):
        tax = 0.0 if exempt or ship_state != "PA" else round(subtotal * 0.07, 2)
        total = round(subtotal + tax + freight, 2)
        row["L2 - Tax"] = money(tax)
        row["L2 - Freight"] = money(freight)
        row["L2 - Duty"] = "0.00"
        row["L2 - Tax Exempt"] = "Y" if exempt else "N"
        row["Total Amount"] = money(total)
        row["Response Code"] = "1" if approved else "2"
        row["Action Code"] = "CREDIT" if credit else "AUTH_CAPTURE"
        row["Approved Amount"] = money(total) if approved else ""
        row["Settlement Amount"] = money(total) if approved else "0.00"
        return total

    # ---- organisations
    for pr in PROFILES:
        main_contact = (pr["first"], pr["last"]) if pr["first"] else pick_person()
        for i in range(pr["n"]):
            row = base_row()
            dt = when()
            f, l = main_contact
            if not pr["first"] and i > 0 and rng.random() < 0.3:
                f, l = pick_person()
            dom = pr["dom"]
            if dom == "gmail.com":
                email = f"{f[0].lower()}{l.lower()}.pls@gmail.com" if "Surveying" in pr["company"] else f"{f.lower()}.{l.lower()}@gmail.com"
            else:
                email = f"{f[0].lower()}{l.lower().replace(chr(39), '')}@{dom}"
                if rng.random() < 0.15:
                    email = rng.choice(["purchasing", "accountspayable", "procurement"]) + "@" + dom
            company = pr["company"].upper() if pr["upper"] else pr["company"]
            if rng.random() < 0.08:
                company = company + " "
            row["Customer First Name"], row["Customer Last Name"] = f, l
            row["Company"] = company
            row["Address"], row["City"], row["State"], row["ZIP"] = pr["addr"], pr["city"], pr["state"], pr["zip"]
            row["Country"] = rng.choice(["US", "USA", "US"])
            row["Phone"] = f"{rng.choice(['412', '724', '814', '304', '614', '703', '716', '202'])}-{rng.randint(200, 989)}-{rng.randint(1000, 9999)}"
            row["Email"] = email
            if rng.random() < 0.5:
                row["Ship - To First Name"], row["Ship - To Last Name"] = f, l
                row["Ship - To Company"] = company
                row["Ship - To Address"], row["Ship - To City"] = pr["addr"], pr["city"]
                row["Ship - To State"], row["Ship - To ZIP"], row["Ship - To Country"] = pr["state"], pr["zip"], row["Country"]
            if pr["po"]:
                po_counter[0] += rng.randint(1, 40)
                row["L2 - Purchase Order Number"] = pr["po"].format(n=po_counter[0])
            if pr["kind"] in ("company", "non_profit") and rng.random() < 0.5:
                row["Customer ID"] = f"C{rng.randint(1000, 4999)}"
            market = pr["market"] if rng.random() < 0.7 else "MOTO"
            fill_payment(row, pr["method"], market)
            big = pr["kind"] not in ("sole_trader", "embassy") and not pr["amb"]
            lines = [(pr["items"][0], 1)] if pr["amb"] and len(pr["items"]) == 1 else lines_for(pr["items"], rng.randint(1, 3), big)
            if pr["amb"] and pr["kind"] in ("international_org", "state_founded_nonprofit", "state_owned_company",
                                           "non_profit_coop_contract"):
                lines = lines_for(pr["items"], rng.randint(2, 3), True)
            subtotal = sum(P[k][1] * q for k, q in lines)
            freight = 0.0 if subtotal > 500 else rng.choice([9.95, 12.95, 14.95, 19.95])
            row["_doc"] = ("phone" if market == "MOTO" else "web", lines, None, None)
            ship_state = row["Ship - To State"] or pr["state"]
            finish(row, subtotal, ship_state, pr["exempt"], freight)
            row["Submit Date/Time"] = fmt_submit(dt)
            add(row, pr["label"], pr["amb"] or pr["kind"] in ("international_org", "state_founded_nonprofit",
                                                              "state_owned_company", "non_profit_coop_contract"),
                pr["kind"], "CA" if pr["kind"] == "embassy" else "US", dt)

    # ---- special single records
    def person_row(f, l, email, addr, city, state, zp, lines, *, market="eCommerce", method="CC",
                   company="", note=None, ship_addr=None, approved=True, inv_prefix="Web order", country="US"):
        row = base_row()
        dt = when()
        row["Customer First Name"], row["Customer Last Name"], row["Company"] = f, l, company
        row["Address"], row["City"], row["State"], row["ZIP"], row["Country"] = addr, city, state, zp, country
        row["Email"] = email
        row["Phone"] = f"{rng.choice(['412', '724', '814', '304', '614'])}-{rng.randint(200, 989)}-{rng.randint(1000, 9999)}" if rng.random() < 0.7 else ""
        fill_payment(row, method, market, approved)
        subtotal = sum(P[k][1] * q for k, q in lines)
        freight = 0.0 if market == "Retail" else (0.0 if subtotal > 500 else rng.choice([7.95, 9.95, 12.95]))
        row["_doc"] = ("pos" if market == "Retail" else "web", lines, inv_prefix, note)
        if ship_addr:
            row["Ship - To First Name"], row["Ship - To Last Name"] = f, l
            row["Ship - To Address"], row["Ship - To City"], row["Ship - To State"], row["Ship - To ZIP"] = ship_addr
            row["Ship - To Country"] = country
        finish(row, subtotal, (ship_addr[2] if ship_addr else state), False, freight, approved)
        row["Submit Date/Time"] = fmt_submit(dt)
        return row, dt

    # private persons, clear B2C
    for i in range(44):
        f, l = rng.choice(FIRST), rng.choice(LAST)
        city, st, zp = rng.choice(HOMES)
        addr = f"{rng.randint(12, 9890)} {rng.choice(STREETS)}"
        dom = rng.choice(FREEMAIL)
        sep = rng.choice([".", "", "_"])
        email = f"{f.lower()}{sep}{l.lower().replace(chr(39), '')}{rng.choice(['', '', str(rng.randint(1, 99))])}@{dom}"
        items = rng.sample(OUTDOOR + ["cooler", "tumbler", "firstaid", "fb311", "headlamp"], rng.randint(1, 2))
        lines = [(k, 1 if P[k][1] > 50 else rng.choice([1, 2])) for k in items]
        if rng.random() < 0.15:
            l = l.upper()
            f = f.upper()
        approved = rng.random() > 0.06
        row, dt = person_row(f, l, email, addr, city, st, zp, lines, approved=approved)
        add(row, "B2C", False, "private_person", "US", dt)

    # anonymous counter sales (card present, no buyer) -> B2C, not ambiguous
    for i in range(12):
        items = rng.sample(["fb311", "pen97", "vest", "hardhat", "compass", "headlamp", "firstaid", "tumbler", "jug"], rng.randint(1, 2))
        lines = [(k, rng.choice([1, 1, 2])) for k in items]
        row, dt = person_row("", "", "", "", "", "", "", lines, market="Retail", country="")
        row["Country"] = ""
        add(row, "B2C", False, "anonymous_retail", "US", dt)

    # B2C ambiguous: .gov / .mil / school e-mail, personal card, home delivery, household/outdoor goods
    specials = [
        ("Rachel", "Huber", "rachel_huber@nps.gov", "118 Skyline Dr", "Front Royal", "VA", "22630", [("gps67i", 1)], "gov_email_person"),
        ("Kevin", "Dombrowski", "kevin.dombrowski@usace.army.mil", "2214 Brookline Blvd", "Pittsburgh", "PA", "15226", [("cooler", 1), ("tumbler", 2)], "gov_email_person"),
        ("Lauren", "Stoltzfus", "lstoltzfus@pghschools.org", "5530 Beacon St", "Pittsburgh", "PA", "15217", [("tumbler", 1)], "gov_email_person"),
        ("Tyler", "Novak", "tyler.j.novak.mil@army.mil", "Unit 29350 Box 14", "APO", "AE", "09096", [("headlamp", 1), ("instinct", 1)], "military_person_apo"),
        ("Megan", "Yoder", "myoder@pa.gov", "71 Cedar Ln", "Harrisburg", "PA", "17112", [("boots", 1)], "gov_email_person"),
    ]
    for f, l, em, a, c, s, z, lines, kind in specials:
        row, dt = person_row(f, l, em, a, c, s, z, lines)
        add(row, "B2C", True, kind, "US", dt)

    for f, l, em, a, c, s, z, lines, kind in [
        ("Jennifer", "Wright", "jwright2@fcps.edu", "4417 Random Hills Rd", "Fairfax", "VA", "22030", [("cooler", 1)], "gov_email_person"),
        ("Scott", "Clark", "clark.1874@osu.edu", "2291 Northwest Blvd", "Columbus", "OH", "43221", [("gps67i", 1)], "gov_email_person"),
    ]:
        row, dt = person_row(f, l, em, a, c, s, z, lines)
        add(row, "B2C", True, kind, "US", dt)

    # B2C ambiguous: private person, 40 identical vests, no company
    row, dt = person_row("Derek", "Walker", "dwalker1987@yahoo.com", "302 Mill St", "Butler", "PA", "16001", [("vest", 40)])
    add(row, "B2C", True, "private_person_bulk", "US", dt)
    row, dt = person_row("Amy", "Kelly", "amykelly@comcast.net", "19 Bower Hill Rd", "Pittsburgh", "PA", "15243", [("radio", 12)])
    add(row, "B2C", True, "private_person_bulk", "US", dt)

    # B2C ambiguous: thin online record, only a consumer product
    for lines in ([("cooler", 1)], [("headlamp", 1)]):
        row, dt = person_row("", "", "", "", "", "", "", lines, country="")
        row["Country"] = ""
        row["Address Verification Status"] = "S"
        add(row, "B2C", True, "thin_record", "US", dt)

    # B2B ambiguous: private person states resale
    row, dt = person_row("Jake", "Miller", "jakemillercrafts@gmail.com", "88 Elm St", "Greensburg", "PA", "15601",
                         [("fb311", 24), ("pen97", 24)], note="for resale at my booth, Route 30 flea market")
    add(row, "B2B", True, "private_person_resale", "US", dt)
    # B2B ambiguous: person paying a company's invoice
    row, dt = person_row("Dana", "Moore", "danamoore62@gmail.com", "1402 Locust St", "Pittsburgh", "PA", "15219",
                         [("laser", 1)], inv_prefix="Invoice payment",
                         note="payment of INV-24-0107 for Ridgeline Land Surveying LLC")
    add(row, "B2B", True, "person_paying_company_invoice", "US", dt)
    # B2B ambiguous: thin record, business-only goods
    for lines in ([("r12i", 1)], [("tsc7", 1)]):
        row, dt = person_row("", "", "", "", "", "", "", lines, country="")
        row["Country"] = ""
        add(row, "B2B", True, "thin_record", "US", dt)

    # a refund (CREDIT) for a company order and a declined private card
    row, dt = person_row("Steven", "Harris", "sharris@cecinc.com", "700 Cherrington Pkwy", "Moon Township", "PA", "15108",
                         [("wheel", 1)], company="Civil & Environmental Consultants, Inc.")
    row["Action Code"] = "CREDIT"
    row["_doc"] = ("web", row["_doc"][1], "Refund web order", None)
    add(row, "B2B", False, "company", "US", dt)

    events.sort(key=lambda e: e[0])
    out_rows = [e[1] for e in events]
    phone_no = 101
    for r in out_rows:
        txn_id[0] += rng.randint(40, 2600)
        r["Transaction ID"] = str(txn_id[0])
        kind, lines, prefix, note = r.pop("_doc")
        if kind == "pos":
            r["Invoice Number"] = ""
            d = desc_of("POS", lines, prefix="Counter sale")
        elif kind == "phone":
            phone_no += rng.randint(1, 4)
            r["Invoice Number"] = f"INV-24-{phone_no:04d}"
            d = desc_of(r["Invoice Number"], lines, prefix="Phone order")
        else:
            order_no[0] += rng.randint(1, 6)
            r["Invoice Number"] = f"W{order_no[0]}"
            d = desc_of(r["Invoice Number"], lines, prefix=prefix or "Web order")
        if note:
            d = d + " -- " + note
        r["Invoice Description"] = d
    labels = [e[2] for e in events]

    path = LAYOUTS / f"{LID}.txt"
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write("\t".join(COLS) + "\r\n")
        for r in out_rows:
            fh.write("\t".join(r[c] for c in COLS) + "\r\n")
    write_labels(LID, labels)

    key = {
        "id": LID,
        "system": "Authorize.Net Merchant Interface - Transaction Search / Download Transactions (default field set), tab-delimited text file Transaction_YYYY-MM-DD_HHMMSS.txt",
        "country": "US",
        "language": "en",
        "docs": [
            "github Kabba ReconciliationColumns (PHP): the 45 Authorize.Net download columns 'verbatim and in original order' taken from an authoritative export Transaction_2026-07-26_204824.txt - gave the header list and order (Response Code ... Settlement Amount, incl. 'Ship - To ...' and 'L2 - ...' spellings)",
            "public UCRM import script (upload_authorize_batches): reads the Authorize.Net batch file with csv.DictReader(delimiter='\\t', encoding='utf-8-sig'), keeps Response Code '1', uses 'Submit Date/Time' as 'DD-Mon-YYYY hh:mm:ss AM/PM', 'Total Amount', 'Customer ID', 'Customer First Name/Last Name' - gave tab delimiter, UTF-8 BOM, date format and approved code",
            "public SQL reconciliation script: strips ' EDT' from Authorize.Net 'Settlement Date Time' - gave the trailing time-zone token on date/times",
            "Authorize.Net AIM response field semantics (Method CC/ECHECK, transaction types AUTH_CAPTURE/CREDIT) via public gateway client code - gave the Method and Action Code values",
        ],
        "fields": {"buyer": "Company", "product": "Invoice Description", "quantity": None,
                   "amount": "Total Amount", "tax_id": None, "email": "Email", "payment": "Method",
                   "comment": None},
        "also_ok": {"buyer": ["Customer Last Name", "Ship - To Company"],
                    "amount": ["Settlement Amount", "Approved Amount"],
                    "comment": ["Invoice Description"],
                    "payment": ["Market Type"]},
        "notes": "One row per gateway transaction (one web/phone order or counter sale). Header row only, no title or totals lines; tab-delimited, UTF-8 with BOM, CRLF. Card numbers masked XXXX1234; ECHECK rows carry masked routing/account numbers instead. Products and quantities only exist inside the free-text 'Invoice Description' ('Web order W10453: <item> x12; ...'). Public buyers show in Company + e-mail domain + L2 - Tax Exempt = Y + L2 - Purchase Order Number (P-card level-2 data). Response Code 2 = declined (still a record, labelled by buyer). 'Retail'/'Card Present' rows with no name are anonymous counter sales. Action Code CREDIT = refund. 'Product' is Authorize.Net's product type (Card Present / Card Not Present), not the goods.",
    }
    write_key(LID, key)
    return out_rows, labels


if __name__ == "__main__":
    rows, labels = main()
    from collections import Counter
    print(len(rows), Counter(l["label"] for l in labels), sum(l["ambiguous"] for l in labels))
