"""Eventbrite organizer report 'Attendee Summary' exported to CSV, Canadian organizer.

Seller (invented): an Ottawa professional-training company selling workshop seats on
Eventbrite (CAD). One row per attendee (ticket); all rows of one Order # share a label.
Rebuilds layouts/la_ca_eventbrite_attendee_summary.csv and its key files.
"""
import random
from datetime import datetime, timedelta

from la_common import LAYOUTS, KEY, ensure_dirs, write_csv, write_labels, write_key, money

ID = "la_ca_eventbrite_attendee_summary"
SEED = 130127
rng = random.Random(SEED)

Q_PO = "Purchase order / cost centre (if your organization is paying by invoice)"
Q_DIET = "Dietary restrictions or accessibility needs"
HEADER = ["Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity", "Price Tier", "Ticket Type",
          "Attendee #", "Group", "Order Type", "Currency", "Total Paid", "Fees Paid", "Eventbrite Fees",
          "Eventbrite Payment Processing", "Attendee Status", "Billing Address 1", "Billing Address 2",
          "Billing City", "Billing State", "Billing Zip", "Billing Country", Q_PO, Q_DIET, "Job Title", "Company"]

TICKETS = [  # name, price, audience
    ("ATIP Fundamentals - 2 days (Ottawa)", 895.00, "pro"),
    ("ATIP Fundamentals - Virtual", 795.00, "pro"),
    ("Plain Language Writing for Government - Early Bird", 395.00, "pro"),
    ("Plain Language Writing for Government", 445.00, "pro"),
    ("Procurement Essentials for Public Servants", 595.00, "pro"),
    ("Project Management Fundamentals (PMP Prep) - 3 days", 1295.00, "pro"),
    ("Excel Power Query for Analysts - Virtual", 349.00, "pro"),
    ("Indigenous Cultural Awareness - Virtual Half Day", 185.00, "pro"),
    ("Standard First Aid & CPR Level C (Blended)", 139.00, "personal"),
    ("Résumé & Interview Skills for the Federal Public Service", 89.00, "personal"),
    ("Lunch & Learn: Generative AI at Work", 0.00, "free"),
]
PRO = [t for t in TICKETS if t[2] == "pro"]
PERSONAL = [t for t in TICKETS if t[2] == "personal"]
FREE = [t for t in TICKETS if t[2] == "free"]

FIRST = ["Emily", "Olivia", "Sophie", "Chloé", "Noah", "Liam", "William", "Jacob", "Mathieu", "Gabriel", "Félix",
         "Émilie", "Camille", "Jessica", "Ryan", "Justin", "Priya", "Amrit", "Mohamed", "Fatima", "Wei", "Sarah",
         "Michael", "Daniel", "Catherine", "Marc", "Julie", "Isabelle", "Nathalie", "Jean-François", "Marie-Ève",
         "Alexandre", "Hannah", "Connor", "Ava", "Maya", "Zoe", "Ethan", "Karine", "Patrick", "Stéphanie",
         "Kevin", "Amanda", "Jasmine", "Harpreet", "Samuel", "Laura", "Caroline", "Dominic", "Meghan"]
LAST = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné",
        "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Smith", "Brown", "Wilson",
        "MacDonald", "Campbell", "Taylor", "Anderson", "Thompson", "Martin", "Lee", "Wong", "Singh", "Patel",
        "Nguyen", "Kaur", "Ahmed", "McKenzie", "Fraser", "Murray", "O'Neill", "Chartrand", "Sarazin", "Kelly",
        "Lapointe", "Poirier", "Girard", "Desjardins", "Boucher", "Leduc", "Charbonneau", "Stewart", "Reid"]
ALG_LAST = ["Whiteduck", "Commanda", "Sarazin", "Jacko", "Decontie", "Odjick", "Tenasco", "Benedict", "Thompson"]
FREEMAIL = ["gmail.com"] * 5 + ["hotmail.com", "outlook.com", "yahoo.ca", "rogers.com", "sympatico.ca",
                                "videotron.ca", "bell.net", "icloud.com"]
PLACES = [("Ottawa", "ON", "K1S"), ("Ottawa", "ON", "K2P"), ("Ottawa", "ON", "K1Y"), ("Kanata", "ON", "K2K"),
          ("Orléans", "ON", "K1C"), ("Nepean", "ON", "K2G"), ("Gatineau", "QC", "J8Y"), ("Gatineau", "QC", "J9H"),
          ("Toronto", "ON", "M4C"), ("Kingston", "ON", "K7L"), ("Winnipeg", "MB", "R3M"), ("Montréal", "QC", "H2J"),
          ("Halifax", "NS", "B3H"), ("Moncton", "NB", "E1C")]
STREETS = ["Bank St", "Elgin St", "Bronson Ave", "Carling Ave", "Rue Principale", "Boul. Saint-Joseph",
           "Richmond Rd", "Somerset St W", "Alta Vista Dr", "Woodroffe Ave", "Innes Rd", "Baseline Rd",
           "Queen St", "King St W", "Main St", "Wellington St W", "Rue Laurier", "Chemin d'Aylmer"]
GOV_TITLES = ["Policy Analyst", "Program Officer", "ATIP Analyst", "Senior ATIP Advisor", "Procurement Officer",
              "Manager, Communications", "Team Leader", "Senior Advisor", "Analyste des politiques",
              "Conseillère principale", "Agent de programme", "Business Analyst", "Records Officer", "Director"]
CORP_TITLES = ["Consultant", "Senior Consultant", "Project Manager", "Account Manager", "Analyst",
               "Office Manager", "HR Coordinator", "Privacy Officer", "Procurement Specialist"]


def org_list():
    # name, email domain, kind, label, ambiguous, country, po-style
    return {
        "federal_department": [
            ("Health Canada", "hc-sc.gc.ca"), ("Employment and Social Development Canada", "hrsdc-rhdcc.gc.ca"),
            ("Canada Revenue Agency", "cra-arc.gc.ca"), ("Public Services and Procurement Canada", "tpsgc-pwgsc.gc.ca"),
            ("Statistics Canada", "statcan.gc.ca"), ("Indigenous Services Canada", "sac-isc.gc.ca"),
            ("Transport Canada", "tc.gc.ca"), ("Global Affairs Canada", "international.gc.ca"),
            ("Canadian Heritage", "pch.gc.ca"), ("Library and Archives Canada", "bac-lac.gc.ca"),
            ("Treasury Board of Canada Secretariat", "tbs-sct.gc.ca"), ("Immigration, Refugees and Citizenship Canada", "cic.gc.ca"),
        ],
        "armed_forces": [("Department of National Defence / Canadian Armed Forces", "forces.gc.ca")],
        "federal_police": [("Royal Canadian Mounted Police", "rcmp-grc.gc.ca")],
        "provincial_ministry": [("Ontario Ministry of Health", "ontario.ca"), ("Government of Nunavut", "gov.nu.ca"),
                                ("Ministère de la Santé et des Services sociaux", "msss.gouv.qc.ca")],
        "public_hospital": [("The Ottawa Hospital", "toh.ca"), ("Hôpital Montfort", "montfort.on.ca"),
                            ("Alberta Health Services", "albertahealthservices.ca")],
        "municipality": [("City of Ottawa", "ottawa.ca"), ("Ville de Gatineau", "gatineau.ca"),
                         ("Regional Municipality of Durham", "durham.ca"), ("City of Winnipeg", "winnipeg.ca"),
                         ("Town of Oakville", "oakville.ca")],
        "school_board": [("Ottawa-Carleton District School Board", "ocdsb.ca"), ("Ottawa Catholic School Board", "ocsb.ca"),
                         ("Conseil des écoles publiques de l'Est de l'Ontario", "cepeo.on.ca")],
        "public_university": [("University of Ottawa", "uottawa.ca"), ("Carleton University", "carleton.ca"),
                              ("Algonquin College", "algonquincollege.com"), ("La Cité collégiale", "collegelacite.ca")],
        "first_nation_government": [("Algonquins of Pikwakanagan First Nation", "pikwakanagan.ca"),
                                    ("Kitigan Zibi Anishinabeg", "kza.qc.ca"), ("Mohawk Council of Akwesasne", "akwesasne.ca")],
        "embassy": [("Embassy of the United States of America", "state.gov"), ("Australian High Commission", "dfat.gov.au")],
        "crown_corporation": [("Canada Post", "canadapost.ca"), ("Export Development Canada", "edc.ca"),
                              ("VIA Rail Canada", "viarail.ca"), ("Hydro Ottawa", "hydroottawa.com")],
        "international_org": [("International Civil Aviation Organization", "icao.int")],
        "state_founded_foundation": [("World Anti-Doping Agency", "wada-ama.org")],
        "private_company": [("Deloitte LLP", "deloitte.ca"), ("CGI Inc.", "cgi.com"), ("Shopify Inc.", "shopify.com"),
                            ("Nokia Canada Inc.", "nokia.com"), ("Ciena Canada, ULC", "ciena.com"), ("KPMG LLP", "kpmg.ca"),
                            ("Bell Canada", "bell.ca"), ("TELUS Communications Inc.", "telus.com"),
                            ("Calian Group Ltd.", "calian.com"), ("IBM Canada Ltd.", "ca.ibm.com"),
                            ("Accenture Inc.", "accenture.com"), ("Samson & Associates", "samson.ca"),
                            ("Interis | BDO", "bdo.ca"), ("Adobe Systems Canada Inc.", "adobe.com")],
        "nonprofit": [("Canadian Red Cross", "redcross.ca"), ("United Way East Ontario", "unitedwayeo.ca"),
                      ("The Ottawa Mission", "ottawamission.com"), ("Canadian Cancer Society", "cancer.ca")],
        "church": [("St. Patrick's Basilica", "stpatricksbasilica.org")],
    }


ORGS = org_list()
EMBASSY_CC = {"Embassy of the United States of America": "US", "Australian High Commission": "AU"}
GOV_KINDS = ["federal_department", "armed_forces", "federal_police", "provincial_ministry", "public_hospital",
             "municipality", "school_board", "public_university", "first_nation_government", "embassy"]


def name():
    return rng.choice(FIRST), rng.choice(LAST)


def strip_acc(s):
    tr = str.maketrans("éèêëàâîïôöûüçÉÈ", "eeeeaaiioouucEE")
    return s.translate(tr).replace("'", "").replace(" ", "")


def email_for(f, l, dom):
    style = rng.random()
    if style < 0.7:
        return f"{strip_acc(f).lower()}.{strip_acc(l).lower()}@{dom}"
    if style < 0.85:
        return f"{strip_acc(f)}.{strip_acc(l)}@{dom}"
    return f"{strip_acc(f)[0].lower()}{strip_acc(l).lower()}@{dom}"


def personal_email(f, l):
    return f"{strip_acc(f).lower()}{rng.choice(['.', '', '_'])}{strip_acc(l).lower()}{rng.choice(['', '', str(rng.randint(1, 99))])}@{rng.choice(FREEMAIL)}"


def postal(prefix):
    L = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{prefix} {rng.randint(0, 9)}{rng.choice(L)}{rng.randint(0, 9)}"


def address():
    city, prov, pre = rng.choice(PLACES)
    return f"{rng.randint(12, 2999)} {rng.choice(STREETS)}", rng.choice(["", "", "", f"Apt {rng.randint(101, 2405)}", f"Unit {rng.randint(1, 40)}"]), city, prov, postal(pre)


def po_value(kind, proc=False):
    y = rng.choice(["24", "25"])
    if proc:
        return rng.choice([f"Standing offer E60ZH-{y}0012/001/ZH - call-up {rng.randint(10, 99)}",
                           f"RFQ {y}-{rng.randint(100, 999)} awarded - PO {rng.randint(4500000000, 4509999999)}"])
    if kind in ("federal_department", "armed_forces", "federal_police"):
        return rng.choice([f"PO {rng.randint(4500000000, 4599999999)}", f"Cost centre {rng.randint(100000, 999999)} / Fund 0100",
                           "Acquisition card", "Acq card - receipt to finance", f"IO {rng.randint(7000, 7999)}-{rng.randint(100, 999)}",
                           "Invoice to Finance, PO to follow", f"Bon de commande {y}-{rng.randint(1000, 9999)}"])
    if kind in ("provincial_ministry", "public_hospital", "municipality", "school_board", "public_university"):
        return rng.choice([f"PO {rng.randint(100000, 999999)}", f"PO#{y}-{rng.randint(10000, 99999)}",
                           f"Requisition {rng.randint(20000, 99999)}", "P-card", f"BC {y}{rng.randint(10000, 99999)}"])
    if kind == "first_nation_government":
        return rng.choice(["Invoice to Band Office - Finance", f"PO {rng.randint(1000, 9999)}", "Education dept - invoice please"])
    if kind == "embassy":
        return rng.choice(["Invoice to Embassy Management Office", f"Order {rng.randint(10000, 99999)}"])
    return rng.choice(["", f"PO {rng.randint(100000, 999999)}", f"PO#{rng.randint(10000, 99999)}", "Corporate card",
                       f"Cost centre {rng.randint(1000, 9999)}", ""])


def diet():
    return rng.choice(["", "", "", "", "None", "none", "Vegetarian", "Gluten-free", "Nut allergy", "Halal",
                       "Végétarien", "Wheelchair accessible seating please", "Lactose intolerant", "N/A"])


def order_date(t):
    off = "-04:00" if (t < datetime(2024, 11, 3, 2) or t >= datetime(2025, 3, 9, 2)) else "-05:00"
    return t.strftime("%Y-%m-%d %H:%M:%S") + off


def fees(price):
    if price == 0:
        return 0.0, 0.0, 0.0
    eb = round(1.79 + 0.037 * price, 2)
    total = round(price + eb, 2)
    proc = round(0.029 * total, 2)
    return total, eb, proc


def make_orders():
    """Return list of orders: dict(buyer info, label info, n, ticket, order_type...)"""
    orders = []

    def add(**kw):
        orders.append(kw)

    # private persons
    for _ in range(54):
        f, l = name()
        tk = rng.choice(PERSONAL + PERSONAL + PRO[-2:] + FREE)
        n = 1 if rng.random() < 0.85 else 2
        add(kind="private_person", label="B2C", amb=False, cc="CA", f=f, l=l, email=personal_email(f, l),
            company="", title=rng.choice(["", "", "", "Student", "Retired", "Registered Nurse", "Teacher"]),
            ticket=tk, n=n, otype="Free Order" if tk[1] == 0 else "Eventbrite Completed", po="", billing=True, group="")
    # persons with government e-mail buying a personal course by card
    for dom in ["canada.ca", "hc-sc.gc.ca", "forces.gc.ca", "ontario.ca"]:
        f, l = name()
        add(kind="person_gov_email_personal_purchase", label="B2C", amb=True, cc="CA", f=f, l=l,
            email=email_for(f, l, dom), company="", title="", ticket=rng.choice(PERSONAL), n=1,
            otype="Eventbrite Completed", po="", billing=True, group="")
    # persons with company e-mail, personal course
    for dom in ["deloitte.ca", "bell.ca"]:
        f, l = name()
        add(kind="person_company_email_personal_purchase", label="B2C", amb=True, cc="CA", f=f, l=l,
            email=email_for(f, l, dom), company="", title="", ticket=rng.choice(PERSONAL), n=1,
            otype="Eventbrite Completed", po="", billing=True, group="")
    # private persons stating business use
    for note in ["Self-employed - please issue receipt to my business", "For my consulting practice (expense)"]:
        f, l = name()
        add(kind="person_states_business_use", label="B2B", amb=True, cc="CA", f=f, l=l, email=personal_email(f, l),
            company="", title="", ticket=rng.choice(PRO), n=1, otype="Eventbrite Completed", po=note, billing=True, group="")
    # private persons paying an organisation's registration
    for org in ["Ottawa Dental Group", "Glebe Physiotherapy Clinic"]:
        f, l = name()
        add(kind="person_pays_company_invoice", label="B2B", amb=True, cc="CA", f=f, l=l, email=personal_email(f, l),
            company="", title="", ticket=rng.choice(PRO), n=1, otype="Eventbrite Completed",
            po=f"Paying for {org} - please put the clinic name on the receipt", billing=True, group="")
    # thin records: manual orders without any attendee information
    for _ in range(3):
        tk = rng.choice(PERSONAL + FREE)
        add(kind="thin_no_buyer_info", label="B2C", amb=True, cc="CA", f="Info Requested", l="Info Requested",
            email="Info Requested", company="", title="", ticket=tk, n=1,
            otype="Free Order" if tk[1] == 0 else "Paid Directly", po="", billing=False, group="")
    # sole traders (trade names)
    for trade, f, l in [("Marie Tremblay Consulting", "Marie", "Tremblay"), ("JPL Translation Services", "Jean-Pierre", "Lavoie"),
                        ("Northern Lights Bookkeeping", "Amanda", "Côté"), ("Singh Privacy Advisory", "Harpreet", "Singh")]:
        add(kind="sole_trader", label="B2B", amb=False, cc="CA", f=f, l=l, email=personal_email(f, l), company=trade,
            title=rng.choice(["Owner", "Principal", "Consultant"]), ticket=rng.choice(PRO), n=1,
            otype="Eventbrite Completed", po="", billing=True, group="")
    # companies
    comps = ORGS["private_company"]
    for i in range(15):
        nm, dom = comps[i % len(comps)]
        f, l = name()
        add(kind="private_company", label="B2B", amb=False, cc="CA", f=f, l=l, email=email_for(f, l, dom),
            company=nm, title=rng.choice(CORP_TITLES), ticket=rng.choice(PRO), n=rng.choice([1, 1, 2, 2, 3]),
            otype=rng.choice(["Eventbrite Completed", "Eventbrite Completed", "Paid Directly"]),
            po=po_value("company"), billing=True, group="", dom=dom)
    # company buying a personal-type course for one employee
    nm, dom = ("Calian Group Ltd.", "calian.com")
    f, l = name()
    add(kind="company_personal_type_purchase", label="B2B", amb=True, cc="CA", f=f, l=l, email=email_for(f, l, dom),
        company=nm, title="HR Coordinator", ticket=PERSONAL[1], n=1, otype="Eventbrite Completed", po="Corporate card",
        billing=True, group="", dom=dom)
    for kind in ["nonprofit", "nonprofit", "nonprofit", "nonprofit", "church"]:
        nm, dom = rng.choice(ORGS[kind])
        f, l = name()
        add(kind=kind, label="B2B", amb=False, cc="CA", f=f, l=l, email=email_for(f, l, dom), company=nm,
            title=rng.choice(["Volunteer Coordinator", "Program Manager", "Office Administrator"]),
            ticket=rng.choice(PRO + PERSONAL), n=rng.choice([1, 1, 2]), otype="Eventbrite Completed", po="",
            billing=True, group="", dom=dom)
    # crown corporations: 2 plain, 2 with procurement references
    for i, proc in [(0, False), (3, False), (1, True), (2, True)]:
        nm, dom = ORGS["crown_corporation"][i]
        f, l = name()
        add(kind="state_owned_company", label="B2B", amb=proc, cc="CA", f=f, l=l, email=email_for(f, l, dom),
            company=nm, title=rng.choice(CORP_TITLES), ticket=rng.choice(PRO), n=rng.choice([1, 2, 2]),
            otype="Paid Directly" if proc else "Eventbrite Completed", po=po_value("crown", proc), billing=not proc,
            group="", dom=dom)
    for kind, n_orders in [("international_org", 2), ("state_founded_foundation", 1)]:
        for _ in range(n_orders):
            nm, dom = ORGS[kind][0]
            f, l = name()
            add(kind=kind, label="B2B", amb=True, cc="CA", f=f, l=l, email=email_for(f, l, dom), company=nm,
                title=rng.choice(CORP_TITLES), ticket=rng.choice(PRO), n=rng.choice([1, 2]),
                otype=rng.choice(["Eventbrite Completed", "Paid Directly"]), po=po_value("company"), billing=True,
                group="", dom=dom)
    # government
    plan = [("federal_department", 21), ("armed_forces", 3), ("federal_police", 2), ("provincial_ministry", 3),
            ("public_hospital", 3), ("municipality", 5), ("school_board", 3), ("public_university", 4),
            ("first_nation_government", 3), ("embassy", 2)]
    for kind, k in plan:
        for j in range(k):
            nm, dom = ORGS[kind][j % len(ORGS[kind])]
            f, l = name()
            if kind == "first_nation_government":
                l = rng.choice(ALG_LAST)
            n = rng.choice([1, 1, 2, 2, 3, 4]) if kind == "federal_department" else rng.choice([1, 1, 2])
            otype = rng.choice(["Paid Directly", "Paid Directly", "Eventbrite Completed"])
            grp = rng.choice(["", "", "", f"{nm.split(' ')[0]} {rng.choice(['ATIP Team', 'Learning Cohort', 'Policy Unit'])}"]) if n > 2 else ""
            add(kind=kind, label="B2G", amb=False, cc=EMBASSY_CC.get(nm, "CA"), f=f, l=l, email=email_for(f, l, dom),
                company=nm if rng.random() < 0.9 else "", title=rng.choice(GOV_TITLES), ticket=rng.choice(PRO), n=n,
                otype=otype, po=po_value(kind), billing=otype == "Eventbrite Completed", group=grp, dom=dom)
    return orders


def main():
    ensure_dirs()
    orders = make_orders()
    rng.shuffle(orders)
    t = datetime(2024, 8, 20, 9, 0, 0)
    rows, labels = [], []
    order_no = 10123456789
    att_no = 17012345678
    refunds = set(rng.sample(range(len(orders)), 3))
    for oi, o in enumerate(orders):
        t = t + timedelta(minutes=rng.randint(120, 2400), seconds=rng.randint(0, 59))
        if t.hour < 7:
            t = t.replace(hour=rng.randint(7, 22))
        order_no += rng.randint(3000, 900000)
        tk_name, price, _ = o["ticket"]
        otype = o["otype"]
        if oi in refunds and otype == "Eventbrite Completed" and price > 0:
            otype = "Eventbrite Refunded"
        addr = address() if o.get("billing") else ("", "", "", "", "")
        for a in range(o["n"]):
            att_no += rng.randint(1, 40000)
            if a == 0:
                f, l, em, title = o["f"], o["l"], o["email"], o["title"]
            else:
                if rng.random() < 0.35:
                    f = l = em = "Info Requested"
                    title = ""
                else:
                    f, l = name()
                    if o["kind"] == "first_nation_government":
                        l = rng.choice(ALG_LAST)
                    dom = o.get("dom")
                    em = email_for(f, l, dom) if dom else personal_email(f, l)
                    title = rng.choice(GOV_TITLES if o["label"] == "B2G" else CORP_TITLES) if o["company"] else ""
            if otype in ("Eventbrite Completed", "Eventbrite Refunded"):
                total, eb, proc = fees(price)
                fees_paid = eb
            elif otype == "Paid Directly":
                total, eb, proc, fees_paid = price, 0.0, 0.0, 0.0
            else:
                total = eb = proc = fees_paid = 0.0
            status = "Not Attending" if otype == "Eventbrite Refunded" else ("Checked In" if t < datetime(2025, 1, 20) and rng.random() < 0.7 else "Attending")
            company = o["company"]
            if company and rng.random() < 0.08:
                company = company.upper()
            if f == "Info Requested":
                company = company if rng.random() < 0.5 else ""
            row = [str(order_no), order_date(t), f, l, em, "1", "", tk_name, str(att_no), o.get("group", ""), otype,
                   "CAD", money(total), money(fees_paid), money(eb), money(proc), status,
                   addr[0], addr[1], addr[2], addr[3], addr[4], "CA" if addr[0] else "",
                   o["po"] if a == 0 else "", diet() if f != "Info Requested" else "", title,
                   company + (" " if company and rng.random() < 0.05 else "")]
            if o["kind"] == "private_person" and rng.random() < 0.1:
                row[2], row[3] = row[2].lower(), row[3].upper()
            rows.append(row)
            labels.append({"label": o["label"], "ambiguous": o["amb"], "kind": o["kind"], "country": o["cc"]})
    write_csv(LAYOUTS / f"{ID}.csv", HEADER, rows, bom=True, lineterminator="\r\n")
    write_labels(KEY / f"{ID}.labels.csv", labels)
    write_key(KEY / f"{ID}.json", KEYDOC)
    print(ID, len(rows), len(orders))


KEYDOC = {
    "id": ID,
    "system": "Eventbrite organizer reports - Attendee Summary report exported to CSV (Canadian organizer, CAD)",
    "country": "CA",
    "language": "en",
    "docs": [
        "Public code reading Eventbrite attendee exports gave the column order 'Order #', 'Order Date', 'First Name', 'Last Name', 'Email', 'Quantity', 'Price Tier', 'Ticket Type', 'Attendee #', 'Group', 'Order Type', 'Currency', 'Total Paid', 'Fees Paid', 'Eventbrite Fees', 'Eventbrite Payment Processing', 'Attendee Status', then address blocks, the organizer's custom questions, 'Job Title' and 'Company' (a UK-locale variant uses 'Order no.', 'Surname', 'Attendee no.')",
        "Sample rows in the same code show the Order Date form '2017-07-14 20:53:35-03:00', Quantity 1 per attendee row and Order Type values 'Eventbrite Completed', 'Free Order', 'Eventbrite Refunded'; a BOM-prefixed CSV is what Excel users receive",
        "Eventbrite's own checkout docs name 'Eventbrite Payment Processing' and PayPal as checkout methods; manual (offline) orders appear as 'Paid Directly'",
    ],
    "fields": {"buyer": "Company", "product": "Ticket Type", "quantity": "Quantity", "amount": "Total Paid",
               "tax_id": None, "email": "Email", "payment": "Order Type", "comment": Q_PO},
    "also_ok": {"buyer": ["Last Name"], "comment": [Q_DIET], "amount": ["Fees Paid"]},
    "notes": "One row per attendee (ticket); rows of one 'Order #' belong to one order and share the label. The first row of an order is the "
             "buyer; further attendees may show 'Info Requested' in name and e-mail (Eventbrite's placeholder when attendee data was not collected). "
             "Two custom checkout questions sit before Job Title/Company; the PO / cost-centre answer is given on the first attendee row only. "
             "'Paid Directly' rows are manual orders the organizer added for invoiced customers (no Eventbrite fees). UTF-8 with BOM, CRLF, comma. "
             "Seller (invented) is an Ottawa training company; buyers are federal departments (gc.ca), provinces, municipalities, school boards, "
             "public universities, First Nations, embassies, Crown corporations, companies, non-profits and private persons.",
}

if __name__ == "__main__":
    main()
