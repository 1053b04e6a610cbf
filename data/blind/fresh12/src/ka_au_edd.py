"""Easy Digital Downloads (WordPress) Reports > Export > 'Export Payment History' CSV (edd-payments.csv)
for an Australian teaching-resources / teacher-PD shop selling in AUD (GST-inclusive).  Columns and
writing rules follow EDD_Batch_Payments_Export::csv_cols()/get_data() and EDD_Batch_Export::print_csv_*:
every field double-quoted after addslashes(), CRLF, one row per payment.  Seeded; same bytes every run."""
import hashlib
import random
from datetime import datetime, timedelta

from ka_common import LAYOUTS, ensure_dirs, fmt_abn, make_abn, write_key, write_labels

LID = "ka_au_edd_payment_history_export"
SEED = 90431

COLS = ["Payment ID", "Payment Number", "Email", "Customer ID", "First Name", "Last Name", "Address",
        "Address (Line 2)", "City", "State", "Country", "Zip / Postal Code", "Products (Verbose)",
        "Products (Raw)", "SKUs", "Amount ($)", "Tax ($)", "Discount Code", "Payment Method", "Transaction ID",
        "Purchase Key", "Date", "User", "Currency", "IP Address", "Mode (Live|Test)", "Status"]

# key: (title, option, price incl GST, sku)
P = {
    "phon1": ("Phonics Decodable Readers Pack (Levels 1-6)", "Single Teacher Licence", 49.00, "PHON-DR16"),
    "phonS": ("Phonics Decodable Readers Pack (Levels 1-6)", "Whole School Licence", 395.00, "PHON-DR16-S"),
    "nap1": ("NAPLAN Writing Practice Bundle (Years 3-5)", "Single Teacher Licence", 29.00, "NAP-WB35"),
    "napS": ("NAPLAN Writing Practice Bundle (Years 3-5)", "Whole School Licence", 249.00, "NAP-WB35-S"),
    "mathC": ("Maths Fluency Program - Year 2", "Classroom Licence (1 class)", 79.00, "MFP-Y2-C"),
    "mathS": ("Maths Fluency Program - Year 2", "Whole School Licence", 690.00, "MFP-Y2-S"),
    "pdsor": ("Science of Reading PD Course (6 modules)", "Per Seat", 189.00, "PD-SOR"),
    "pdtip": ("Trauma-Informed Practice in the Classroom - PD Course", "Per Seat", 229.00, "PD-TIP"),
    "atsi1": ("Aboriginal & Torres Strait Islander Perspectives Unit Planner", "Single Teacher Licence", 39.00, "ATSI-UP"),
    "atsiS": ("Aboriginal & Torres Strait Islander Perspectives Unit Planner", "Whole School Licence", 320.00, "ATSI-UP-S"),
    "escape": ("Fractions Escape Room Game", None, 12.00, "GAME-FRAC"),
    "hwnsw": ("Handwriting Worksheets - NSW Foundation Font", None, 19.00, "HW-NSWF"),
    "hwvic": ("Handwriting Worksheets - Victorian Modern Cursive", None, 19.00, "HW-VMC"),
    "site": ("Whole School Site Licence - All Resources (12 months)", None, 1450.00, "SITE-ALL-12"),
    "home": ("Homeschool Term Planner 2024", None, 24.00, "HS-PLAN24"),
    "calm": ("Calm Kids Bedtime Stories (Audiobook)", None, 14.95, "AUD-CALM"),
    "parent": ("Parenting Anxious Kids (eBook)", None, 19.95, "EBK-PAK"),
    "relief": ("Relief Teacher Survival Kit", None, 34.00, "RTSK"),
}
TEACHER_ITEMS = ["phon1", "nap1", "mathC", "atsi1", "escape", "hwnsw", "hwvic", "relief", "pdsor"]
SCHOOL_ITEMS = ["phonS", "napS", "mathS", "atsiS", "site", "pdsor", "pdtip"]
HOME_ITEMS = ["home", "phon1", "hwnsw", "hwvic", "escape", "calm", "parent", "mathC"]

FIRST = ["Jack", "Oliver", "William", "Noah", "Thomas", "James", "Lachlan", "Ethan", "Liam", "Cooper",
         "Charlotte", "Olivia", "Amelia", "Isla", "Mia", "Chloe", "Sophie", "Emily", "Jessica", "Sarah",
         "Rebecca", "Kate", "Jodie", "Kylie", "Nicole", "Michelle", "Melissa", "Lisa", "Karen", "Priya",
         "Mei", "Ngoc", "Renee", "Tahlia", "Bianca", "Danielle", "Leanne", "Simone", "Fiona", "Bronwyn"]
LAST = ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Nguyen", "Johnson", "Martin", "White",
        "Anderson", "Walker", "Thompson", "Thomas", "Lee", "Ryan", "Kelly", "Harris", "King", "Robinson",
        "Murphy", "O'Connor", "Papadopoulos", "Tran", "Singh", "Patel", "Chen", "Wang", "Rossi", "Kowalczyk",
        "McDonald", "Campbell", "Stewart", "Mitchell", "Young", "Hughes", "Edwards", "Evans", "O'Brien", "Nikolic"]
FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "yahoo.com.au",
            "icloud.com", "optusnet.com.au", "iinet.net.au", "live.com.au", "tpg.com.au"]
HOMES = [("Parramatta", "NSW", "2150"), ("Penrith", "NSW", "2750"), ("Newcastle", "NSW", "2300"),
         ("Wollongong", "NSW", "2500"), ("Dubbo", "NSW", "2830"), ("Castle Hill", "NSW", "2154"),
         ("Geelong", "VIC", "3220"), ("Ballarat", "VIC", "3350"), ("Bendigo", "VIC", "3550"),
         ("Frankston", "VIC", "3199"), ("Box Hill", "VIC", "3128"), ("Toowoomba", "QLD", "4350"),
         ("Townsville", "QLD", "4810"), ("Cairns", "QLD", "4870"), ("Caloundra", "QLD", "4551"),
         ("Ipswich", "QLD", "4305"), ("Joondalup", "WA", "6027"), ("Bunbury", "WA", "6230"),
         ("Mount Gambier", "SA", "5290"), ("Glenelg", "SA", "5045"), ("Launceston", "TAS", "7250"),
         ("Belconnen", "ACT", "2617"), ("Palmerston", "NT", "0830")]
STREETS = ["Station St", "Church St", "High St", "Victoria Rd", "King St", "Bridge Rd", "Pacific Hwy",
           "Main Rd", "Wattle Ave", "Banksia Cres", "Koala Cl", "Ocean Pde", "Railway Tce", "Hill St"]

# organisations: (label, kind, org name, domain/email rule, address1, city, state, pc, n, items, options)
ORGS = [
    # ---- B2G: public schools, departments, universities, TAFE, councils, health, defence, libraries
    ("B2G", "public_school", "Parramatta Public School", "det.nsw.edu.au", "Macquarie St", "Parramatta", "NSW", "2150", 3, SCHOOL_ITEMS, "school"),
    ("B2G", "public_school", "Blacktown Boys High School", "det.nsw.edu.au", "Fifth Ave", "Blacktown", "NSW", "2148", 2, SCHOOL_ITEMS, "school"),
    ("B2G", "public_school", "Dubbo South Public School", "det.nsw.edu.au", "Bourke St", "Dubbo", "NSW", "2830", 2, SCHOOL_ITEMS, "school"),
    ("B2G", "public_school", "Brighton Primary School", "education.vic.gov.au", "Wilson St", "Brighton", "VIC", "3186", 2, SCHOOL_ITEMS, "school"),
    ("B2G", "public_school", "Box Hill High School", "education.vic.gov.au", "Middleborough Rd", "Box Hill", "VIC", "3128", 2, SCHOOL_ITEMS, "school"),
    ("B2G", "public_school", "Cairns West State School", "eq.edu.au", "Minnie St", "Manunda", "QLD", "4870", 2, SCHOOL_ITEMS, "school"),
    ("B2G", "public_school", "Toowoomba State High School", "eq.edu.au", "Stephen St", "Toowoomba", "QLD", "4350", 2, SCHOOL_ITEMS, "school"),
    ("B2G", "public_school", "Perth Modern School", "education.wa.edu.au", "Roberts Rd", "Subiaco", "WA", "6008", 1, SCHOOL_ITEMS, "school"),
    ("B2G", "public_school", "Unley High School", "schools.sa.edu.au", "Kitchener St", "Netherby", "SA", "5062", 1, SCHOOL_ITEMS, "school"),
    ("B2G", "public_school", "Lyneham Primary School", "ed.act.edu.au", "Brigalow St", "Lyneham", "ACT", "2602", 1, SCHOOL_ITEMS, "school"),
    ("B2G", "state_department", "NSW Department of Education - Professional Learning", "det.nsw.edu.au", "Level 7, 105 Phillip St", "Parramatta", "NSW", "2150", 2, ["pdtip", "pdsor"], "seats"),
    ("B2G", "state_department", "Department of Education Victoria - Koorie Outcomes Division", "education.vic.gov.au", "2 Treasury Pl", "East Melbourne", "VIC", "3002", 1, ["atsiS", "pdtip"], "seats"),
    ("B2G", "public_university", "Monash University - Faculty of Education", "monash.edu", "19 Ancora Imparo Way", "Clayton", "VIC", "3800", 2, ["pdsor", "site", "phonS"], "seats"),
    ("B2G", "public_university", "The University of Queensland - School of Education", "uq.edu.au", "Social Sciences Bldg, St Lucia Campus", "St Lucia", "QLD", "4072", 1, ["site", "mathS"], "school"),
    ("B2G", "public_college", "TAFE NSW - Education Support Faculty", "tafensw.edu.au", "1 Mary Ann St", "Ultimo", "NSW", "2007", 2, ["phonS", "napS", "atsiS"], "school"),
    ("B2G", "council", "City of Sydney - Library Services", "cityofsydney.nsw.gov.au", "Town Hall House, 456 Kent St", "Sydney", "NSW", "2000", 1, ["home", "calm", "parent"], "seats"),
    ("B2G", "council", "Brisbane City Council - Libraries", "brisbane.qld.gov.au", "266 George St", "Brisbane City", "QLD", "4000", 1, ["home", "parent"], "seats"),
    ("B2G", "public_hospital", "Sydney Children's Hospitals Network - Hospital School", "health.nsw.gov.au", "Hawkesbury Rd", "Westmead", "NSW", "2145", 1, ["phonS", "mathC", "nap1"], "school"),
    ("B2G", "armed_forces", "Department of Defence - Defence Member and Family Support", "defence.gov.au", "Russell Offices, R1-1", "Canberra", "ACT", "2600", 1, ["parent", "calm"], "seats"),
    ("B2G", "state_library", "State Library Victoria", "slv.vic.gov.au", "328 Swanston St", "Melbourne", "VIC", "3000", 1, ["home", "phon1", "hwvic"], "seats"),
    ("B2G", "public_school", "Ponsonby Primary School", "ponsonby.school.nz", "44 Curran St", "Herne Bay, Auckland", "", "1011", 1, ["phonS", "escape"], "school"),
    # ---- B2B: non-government schools, childcare, tutoring, NFPs
    ("B2B", "private_school", "St Aloysius' College", "staloysius.nsw.edu.au", "47 Upper Pitt St", "Milsons Point", "NSW", "2061", 2, SCHOOL_ITEMS, "school"),
    ("B2B", "private_school", "Scotch College", "scotch.vic.edu.au", "1 Morrison St", "Hawthorn", "VIC", "3122", 2, SCHOOL_ITEMS, "school"),
    ("B2B", "private_school", "Brisbane Grammar School", "brisbanegrammar.com", "24 Gregory Tce", "Spring Hill", "QLD", "4000", 1, SCHOOL_ITEMS, "school"),
    ("B2B", "private_school", "Marist College Ashgrove", "marash.qld.edu.au", "142 Frasers Rd", "Ashgrove", "QLD", "4060", 1, SCHOOL_ITEMS, "school"),
    ("B2B", "private_school", "St Mary's Cathedral College", "syd.catholic.edu.au", "2 St Mary's Rd", "Sydney", "NSW", "2000", 2, SCHOOL_ITEMS, "school"),
    ("B2B", "private_school", "St Patrick's Primary School Mentone", "cem.edu.au", "Childers St", "Mentone", "VIC", "3194", 2, SCHOOL_ITEMS, "school"),
    ("B2B", "private_school", "Perth College Anglican School for Girls", "pc.wa.edu.au", "31 Lawley Cres", "Mount Lawley", "WA", "6050", 1, SCHOOL_ITEMS, "school"),
    ("B2B", "childcare_provider", "Goodstart Early Learning", "goodstart.org.au", "Level 4, 1 Gould St", "Brisbane", "QLD", "4000", 2, ["phon1", "hwnsw", "calm", "pdtip"], "seats"),
    ("B2B", "childcare_provider", "G8 Education Ltd", "g8education.edu.au", "159 Varsity Pde", "Varsity Lakes", "QLD", "4227", 2, ["phon1", "pdtip"], "seats"),
    ("B2B", "company", "Kip McGrath Education Centre Parramatta", "kipmcgrath.com.au", "Shop 3, 27 Church St", "Parramatta", "NSW", "2150", 3, ["nap1", "mathC", "hwnsw", "escape"], "seats"),
    ("B2B", "company", "Cluey Learning Pty Ltd", "clueylearning.com.au", "Level 2, 1 Chifley Sq", "Sydney", "NSW", "2000", 2, ["site", "napS", "mathS"], "school"),
    ("B2B", "company", "Success Tutoring Castle Hill", "successtutoring.com.au", "Shop 8, 4 Old Castle Hill Rd", "Castle Hill", "NSW", "2154", 2, ["nap1", "mathC", "escape"], "seats"),
    ("B2B", "non_profit", "The Smith Family", "thesmithfamily.com.au", "Level 9, 117 Clarence St", "Sydney", "NSW", "2000", 1, ["phon1", "home", "parent"], "seats"),
    ("B2B", "non_profit", "Dyslexia-SPELD Foundation WA", "dsf.net.au", "Suite 1, 4 Haig Park Cct", "Nedlands", "WA", "6009", 2, ["phonS", "pdsor"], "seats"),
    ("B2B", "non_profit", "Raising Literacy Australia", "raisingliteracy.org.au", "GPO Box 1152", "Adelaide", "SA", "5001", 1, ["phon1", "calm"], "seats"),
]

REPEAT_BONUS = 1  # every organisation in ORGS orders n + 1 times over the half-year

SCHOOL_USER = {  # how a school's shared inbox looks per system
    "det.nsw.edu.au": lambda s: s.split()[0].lower() + "-p.school@det.nsw.edu.au",
    "education.vic.gov.au": lambda s: s.replace(" ", ".").lower().replace("primary.school", "ps").replace("high.school", "hs") + "@education.vic.gov.au",
    "eq.edu.au": lambda s: "admin@" + "".join(w[0] for w in s.split()).lower() + ".eq.edu.au",
}


def b_stripe(rng):
    return "ch_3" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(23))


def b_paypal(rng):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXY0123456789") for _ in range(17))


def money(x):
    return f"{x:,.2f}"


def php_num(x):
    """PHP float-to-string: 49.0 -> '49', 39.5 -> '39.5'."""
    t = f"{x:.2f}".rstrip("0").rstrip(".")
    return t


def addslashes(s):
    s = s.replace('"', "'")
    return s.replace("\\", "\\\\").replace("'", "\\'")


def main():
    rng = random.Random(SEED)
    ensure_dirs()
    pays = []
    start = datetime(2024, 1, 15, 6, 0)

    def when():
        return start + timedelta(days=rng.randint(0, 165), hours=rng.randint(0, 16), minutes=rng.randint(0, 59),
                                 seconds=rng.randint(0, 59))

    def ip():
        return rng.choice(["1.144", "1.145", "110.22", "120.150", "49.195", "101.191", "124.168", "203.219",
                           "58.108", "14.203"]) + f".{rng.randint(1, 254)}.{rng.randint(1, 254)}"

    def add(email, first, last, a1, a2, city, state, country, pc, lines, method, lab, *, user=None,
            status=None, discount="none", dt=None):
        pays.append(dict(email=email, first=first, last=last, a1=a1, a2=a2, city=city, state=state,
                         country=country, pc=pc, lines=lines, method=method, lab=lab, user=user, status=status,
                         discount=discount, dt=dt or when()))

    def person_name():
        return rng.choice(FIRST), rng.choice(LAST)

    def staff_email(f, l, dom):
        clean = l.lower().replace("'", "")
        if dom == "eq.edu.au":
            return f"{f[0].lower()}{clean[:4]}{rng.randint(1, 99)}@eq.edu.au"
        if dom == "det.nsw.edu.au":
            return f"{f.lower()}.{clean}{rng.choice(['', '', '1', '2', '5'])}@det.nsw.edu.au"
        if dom == "schools.sa.edu.au":
            return f"{f.lower()}.{clean}{rng.randint(100, 999)}@schools.sa.edu.au"
        return f"{f.lower()}.{clean}@{dom}"

    # ---- organisations
    for label, kind, name, dom, a1, city, state, pc, n, items, mode in ORGS:
        contact = person_name()
        for i in range(n + REPEAT_BONUS):
            f, l = contact if rng.random() < 0.7 else person_name()
            if dom in SCHOOL_USER and mode == "school" and rng.random() < 0.45:
                email = SCHOOL_USER[dom](name)
            else:
                email = staff_email(f, l, dom)
            if mode == "seats":
                k = rng.choice(items)
                q = rng.choice([5, 8, 10, 12, 15, 20, 25]) if P[k][2] < 300 else 1
                lines = [(k, q)]
                if rng.random() < 0.3:
                    k2 = rng.choice(items)
                    if k2 != k:
                        lines.append((k2, rng.choice([1, 2, 5])))
            else:
                keys = rng.sample(items, rng.randint(1, 2))
                lines = [(k, 1) for k in keys]
            method = rng.choice(["Manual Purchases", "Manual Purchases", "Stripe"]) if label == "B2G" else rng.choice(["Stripe", "Stripe", "Manual Purchases", "PayPal Standard"])
            if rng.random() < 0.5:
                addr1, addr2 = f"{name}", f"{rng.randint(1, 120)} {a1}" if not a1[0].isdigit() and not a1.startswith(("Level", "Shop", "Suite", "GPO", "Town", "Russell", "Social")) else a1
            else:
                addr1, addr2 = (f"{rng.randint(1, 120)} {a1}" if not a1[0].isdigit() and not a1.startswith(("Level", "Shop", "Suite", "GPO", "Town", "Russell", "Social")) else a1), ("Attn: Accounts Payable" if rng.random() < 0.4 else "")
            country = "NZ" if dom.endswith(".nz") else "AU"
            add(email, f, l, addr1, addr2, city, state, country, pc, lines, method,
                dict(label=label, ambiguous=False, kind=kind, country=country))

    # ---- B2G ambiguous: staff member with school address + school e-mail, single teacher licence, card
    for dom, school, a1, city, state, pc in [
        ("det.nsw.edu.au", "Kogarah Public School", "Gray St", "Kogarah", "NSW", "2217"),
        ("education.vic.gov.au", "Bendigo South East College", "Ellis St", "Flora Hill", "VIC", "3550"),
        ("eq.edu.au", "Brisbane State High School", "Cordelia St", "South Brisbane", "QLD", "4101"),
        ("education.wa.edu.au", "Bunbury Primary School", "Stirling St", "Bunbury", "WA", "6230"),
        ("schools.sa.edu.au", "Mount Gambier North Primary School", "Heath St", "Mount Gambier", "SA", "5290"),
        ("ed.act.edu.au", "Belconnen High School", "Murranji St", "Hawker", "ACT", "2614"),
    ]:
        f, l = person_name()
        add(staff_email(f, l, dom), f, l, school, f"{rng.randint(2, 90)} {a1}", city, state, "AU", pc,
            [(rng.choice(["phon1", "nap1", "atsi1"]), 1)], "Stripe",
            dict(label="B2G", ambiguous=True, kind="public_school", country="AU"))
    # public school buys one personal/household-type item
    add("lyneham.ps@ed.act.edu.au", "Office", "Manager", "Lyneham Primary School", "Brigalow St", "Lyneham", "ACT",
        "AU", "2602", [("calm", 1)], "Stripe", dict(label="B2G", ambiguous=True, kind="public_school", country="AU"))

    # ---- B2B: sole traders with trade-name e-mail and ABN typed into the address
    for trade, f, l, (city, state, pc) in [
        ("brightsparks.tutoring", "Renee", "Walker", ("Penrith", "NSW", "2750")),
        ("readwithmeslp", "Fiona", "Campbell", ("Geelong", "VIC", "3220")),
        ("kowalczyk.speechpathology", "Ngoc", "Kowalczyk", ("Caloundra", "QLD", "4551")),
        ("mathsmate.tutoring.bendigo", "Lachlan", "Hughes", ("Bendigo", "VIC", "3550")),
    ]:
        abn = fmt_abn(make_abn(rng))
        for _ in range(rng.randint(1, 2)):
            keys = rng.sample(["nap1", "mathC", "phon1", "escape", "hwnsw", "relief"], rng.randint(1, 3))
            add(f"{trade}@gmail.com", f, l, f"{rng.randint(2, 300)} {rng.choice(STREETS)}", f"ABN {abn}", city,
                state, "AU", pc, [(k, 1) for k in keys], rng.choice(["Stripe", "PayPal Standard"]),
                dict(label="B2B", ambiguous=False, kind="sole_trader", country="AU"))
    # ---- B2B ambiguous
    add("renee@brightsparkstutoring.com.au", "Renee", "Walker", "17 Banksia Cres", "", "Penrith", "NSW", "AU", "2750",
        [("calm", 1)], "Stripe", dict(label="B2B", ambiguous=True, kind="sole_trader", country="AU"))
    add("p.singh@clueylearning.com.au", "Priya", "Singh", "Level 2, 1 Chifley Sq", "", "Sydney", "NSW", "AU", "2000",
        [("parent", 1)], "Stripe", dict(label="B2B", ambiguous=True, kind="company", country="AU"))
    add("accounts@schoolsplus.org.au", "Simone", "Edwards", "Australian Schools Plus", "Level 1, 50 Carrington St",
        "Sydney", "NSW", "AU", "2000", [("site", 1), ("pdtip", 10)], "Manual Purchases",
        dict(label="B2B", ambiguous=True, kind="state_founded_nonprofit", country="AU"))
    for lines in ([("site", 1)], [("mathS", 1)]):
        add("", "", "", "", "", "", "", "", "", lines, "Manual Purchases",
            dict(label="B2B", ambiguous=True, kind="thin_record", country="AU"), user="guest")
    add("", "", "", "", "", "", "", "", "", [("nap1", 1)], "Stripe",
        dict(label="B2C", ambiguous=True, kind="thin_record", country="AU"), user="guest")
    add("jodie.nguyen83@gmail.com", "Jodie", "Nguyen", "4 Koala Cl", "", "Ipswich", "QLD", "AU", "4305",
        [("phon1", 20), ("hwnsw", 20)], "PayPal Standard",
        dict(label="B2C", ambiguous=True, kind="private_person_bulk", country="AU"))

    # ---- B2C ambiguous: staff with government/school e-mail buying for themselves, home address, card
    for dom, items in [("det.nsw.edu.au", ["calm"]), ("education.vic.gov.au", ["parent", "calm"]),
                       ("eq.edu.au", ["phon1"]), ("defence.gov.au", ["parent"]), ("health.nsw.gov.au", ["calm"]),
                       ("det.nsw.edu.au", ["nap1"]), ("education.wa.edu.au", ["home"]), ("monash.edu", ["parent"]),
                       ("tafensw.edu.au", ["calm", "parent"]), ("brisbane.qld.gov.au", ["home"])]:
        f, l = person_name()
        city, state, pc = rng.choice(HOMES)
        add(staff_email(f, l, dom), f, l, f"{rng.randint(2, 300)} {rng.choice(STREETS)}", "", city, state, "AU", pc,
            [(k, 1) for k in items], rng.choice(["Stripe", "PayPal Standard"]),
            dict(label="B2C", ambiguous=True, kind="gov_email_person", country="AU"))

    # ---- B2C: parents, homeschoolers, teachers paying privately with personal e-mail
    for i in range(66):
        f, l = person_name()
        city, state, pc = rng.choice(HOMES)
        sep = rng.choice([".", "", "_"])
        email = f"{f.lower()}{sep}{l.lower().replace(chr(39), '')}{rng.choice(['', '', str(rng.randint(70, 99))])}@{rng.choice(FREEMAIL)}"
        pool = HOME_ITEMS if i % 2 else TEACHER_ITEMS
        keys = rng.sample(pool, rng.randint(1, 3))
        lines = [(k, 1) for k in keys]
        df, dl = f, l
        r = rng.random()
        if r < 0.08:
            df, dl = f.upper(), l.upper()
        elif r < 0.14:
            df, dl = f.lower(), l.lower()
        elif r < 0.2:
            dl = l + " "
        add(email, df, dl, f"{rng.randint(1, 300)} {rng.choice(STREETS)}", rng.choice(["", "", "", f"Unit {rng.randint(1, 30)}"]),
            city, state, "AU", pc, lines, rng.choice(["Stripe", "Stripe", "PayPal Standard"]),
            dict(label="B2C", ambiguous=False, kind="private_person", country="AU"),
            discount=rng.choice(["none"] * 8 + ["EOFY10", "TERM2SAVE"]))

    pays.sort(key=lambda p: p["dt"])

    rows = []
    pid = 18340
    seqno = 2210
    cust_ids = {}
    for p in pays:
        pid += rng.randint(2, 9)
        seqno += 1
        verbose, raw, skus = [], [], []
        total = 0.0
        tax_total = 0.0
        for k, q in p["lines"]:
            title, opt, price, sku = P[k]
            line = round(price * q, 2)
            tax = round(line / 11, 2)
            total += line
            tax_total += tax
            v = title + (f" ({q})" if q > 1 else "") + " - " + (opt + " - " if opt else "") + "$" + money(line)
            verbose.append(v)
            raw.append(f"{title}|{php_num(line)}{{{php_num(tax)}}}")
            skus.append(sku)
        if p["discount"] != "none":
            total = round(total * 0.9, 2)
            tax_total = round(total / 11, 2)
        key = p["email"] or f"guest{pid}"
        if key not in cust_ids:
            cust_ids[key] = 600 + len(cust_ids)
        cid = cust_ids[key]
        status = p["status"]
        if status is None:
            age = (datetime(2024, 6, 30) - p["dt"]).days
            if p["method"] == "Manual Purchases" and age < 30 and rng.random() < 0.6:
                status = "pending"
            elif rng.random() < 0.03:
                status = "refunded"
            else:
                status = "complete"
        if p["method"] == "Stripe":
            tid = b_stripe(rng)
        elif p["method"] == "PayPal Standard":
            tid = b_paypal(rng)
        else:
            tid = str(pid)
        user = p["user"] or (f"{p['first']} {p['last']}".strip() if rng.random() < 0.55 and p["first"] else "guest")
        purchase_key = hashlib.md5(f"{pid}{p['email']}{SEED}".encode()).hexdigest()
        vals = {
            "Payment ID": str(pid), "Payment Number": f"BL-{seqno}", "Email": p["email"], "Customer ID": str(cid),
            "First Name": p["first"], "Last Name": p["last"], "Address": p["a1"], "Address (Line 2)": p["a2"],
            "City": p["city"], "State": p["state"], "Country": p["country"], "Zip / Postal Code": p["pc"],
            "Products (Verbose)": " / ".join(verbose), "Products (Raw)": " / ".join(raw), "SKUs": " / ".join(skus),
            "Amount ($)": money(total), "Tax ($)": money(tax_total), "Discount Code": p["discount"],
            "Payment Method": p["method"], "Transaction ID": tid, "Purchase Key": purchase_key,
            "Date": p["dt"].strftime("%Y-%m-%d %H:%M:%S"), "User": user, "Currency": "AUD", "IP Address": ip(),
            "Mode (Live|Test)": "live", "Status": status,
        }
        rows.append(vals)

    path = LAYOUTS / f"{LID}.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(",".join('"' + addslashes(c) + '"' for c in COLS) + "\r\n")
        for v in rows:
            fh.write(",".join('"' + addslashes(v[c]) + '"' for c in COLS) + "\r\n")
    labels = [p["lab"] for p in pays]
    write_labels(LID, labels)

    key = {
        "id": LID,
        "system": "Easy Digital Downloads 2.x (WordPress) - Downloads > Reports > Export > 'Export Payment History' (edd-payments.csv), sequential order numbers and SKUs enabled, status 'all'",
        "country": "AU",
        "language": "en",
        "docs": [
            "EDD source includes/admin/reporting/export/class-batch-export-payments.php (csv_cols, get_data): column labels and order - Payment ID, Payment Number, Email, Customer ID, First Name, Last Name, Address, Address (Line 2), City, State, Country, Zip / Postal Code, Products (Verbose), Products (Raw), SKUs, Amount (<symbol>), Tax (<symbol>), Discount Code, Payment Method, Transaction ID, Purchase Key, Date, User, Currency, IP Address, Mode (Live|Test), Status; 'Payment Number' only with sequential numbering, 'SKUs' only when SKUs are enabled; products joined with ' / ', verbose as 'Title (qty) - Price option - $price', raw as 'Title|price{tax}'; discount 'none' when unused; user display name or 'guest'; status 'complete' for published payments",
            "EDD source includes/admin/reporting/export/class-batch-export.php (print_csv_cols/print_csv_rows): every header and value wrapped in double quotes after addslashes() (so O'Connor is written O\\'Connor and inner double quotes become \\'), rows end with CRLF",
            "EDD formatting functions (edd_currency_symbol): AUD uses the '$' symbol, hence headers 'Amount ($)' and 'Tax ($)'; amounts formatted with thousands separator (1,450.00)",
        ],
        "fields": {"buyer": "Last Name", "product": "Products (Verbose)", "quantity": None, "amount": "Amount ($)",
                   "tax_id": None, "email": "Email", "payment": "Payment Method", "comment": None},
        "also_ok": {"buyer": ["First Name", "Address"], "product": ["Products (Raw)", "SKUs"],
                    "comment": ["Address (Line 2)"]},
        "notes": "One row per EDD payment (order), no title or totals lines, UTF-8 without BOM, all fields quoted, CRLF, backslash-escaped apostrophes. The layout has no company column: organisations show only through the e-mail domain (school/department shared inboxes such as parramatta-p.school@det.nsw.edu.au, staff addresses @education.vic.gov.au, @eq.edu.au), through the institution's name typed into Address / Address (Line 2), through 'Whole School' / 'Per Seat' licence options and seat quantities, and through 'Manual Purchases' (admin-entered invoice orders, often 'pending'). Sole traders typed their ABN into Address (Line 2). Quantities live only inside Products (Verbose) as 'Title (20) - ...'. Amount ($) is GST-inclusive; Tax ($) is the GST part. Rows with empty e-mail/name are admin-entered payments with nothing about the buyer.",
    }
    write_key(LID, key)
    return rows, labels


if __name__ == "__main__":
    rows, labels = main()
    from collections import Counter
    print(len(rows), Counter(l["label"] for l in labels), sum(l["ambiguous"] for l in labels))
