"""US Shopify orders_export.csv — safety / workwear / jobsite supply store (seeded)."""
import csv, os, random, datetime as dt
from q_common import *

LID = "q_us_shopify_orders"
rng = random.Random(4101)

HEAD = ["Name","Email","Financial Status","Paid at","Fulfillment Status","Fulfilled at","Accepts Marketing","Currency","Subtotal","Shipping","Taxes","Total","Discount Code","Discount Amount","Shipping Method","Created at","Lineitem quantity","Lineitem name","Lineitem price","Lineitem compare at price","Lineitem sku","Lineitem requires shipping","Lineitem taxable","Lineitem fulfillment status","Billing Name","Billing Street","Billing Address1","Billing Address2","Billing Company","Billing City","Billing Zip","Billing Province","Billing Country","Billing Phone","Shipping Name","Shipping Street","Shipping Address1","Shipping Address2","Shipping Company","Shipping City","Shipping Zip","Shipping Province","Shipping Country","Shipping Phone","Notes","Note Attributes","Cancelled at","Payment Method","Payment Reference","Refunded Amount","Vendor","Outstanding Balance","Employee","Location","Device ID","Id","Tags","Risk Level","Source","Lineitem discount","Tax 1 Name","Tax 1 Value","Tax 2 Name","Tax 2 Value","Tax 3 Name","Tax 3 Value","Tax 4 Name","Tax 4 Value","Tax 5 Name","Tax 5 Value","Phone","Receipt Number","Duties","Billing Province Name","Shipping Province Name","Payment ID","Payment Terms Name","Next Payment Due At","Payment References"]

# (name, sku, price, vendor, kind)  kind: B business-only, G general, H household/personal
P = [
 ("3M Half Facepiece Reusable Respirator 6200, Medium","3M-6200-M",18.95,"3M","G"),
 ("3M Organic Vapor/P95 Cartridge 60923 (2-pack)","3M-60923",24.50,"3M","G"),
 ("MSA V-Gard Cap Style Hard Hat, Fas-Trac III, White","MSA-475358",27.80,"MSA","B"),
 ("ANSI Class 2 Hi-Vis Safety Vest, Lime, XL","HV-C2-LM-XL",9.95,"SafetyCo","B"),
 ("ANSI Class 3 Hi-Vis Rain Jacket, Lime, L","HV-C3-RJ-L",64.00,"SafetyCo","B"),
 ("Mechanix Wear M-Pact Gloves, Large","MPT-58-010",29.99,"Mechanix Wear","G"),
 ("Ansell HyFlex 11-840 Work Gloves, Size 9 (12 pairs)","ANS-11840-9",46.20,"Ansell","B"),
 ("Howard Leight MAX Uncorded Earplugs (Box of 200 pairs)","HL-MAX-1",39.75,"Honeywell","B"),
 ("Uvex Stealth OTG Safety Goggles, Clear","UVX-S3970DF",21.40,"Honeywell","G"),
 ("First Aid Only 25-Person OSHA/ANSI First Aid Kit","FAO-90560",41.99,"First Aid Only","G"),
 ("Brady Lockout/Tagout Electrical Kit, 48 pc","BRD-65289",289.00,"Brady","B"),
 ("Justrite Sure-Grip EX Flammable Safety Cabinet, 45 gal","JR-894500",1249.00,"Justrite","B"),
 ("Eagle Type I Safety Can, 5 gal, Red","EGL-UI50S",78.60,"Eagle","B"),
 ("Carhartt Men's Loose Fit Firm Duck Bib Overall, 36x32","CH-102776-36",74.99,"Carhartt","G"),
 ("Carhartt Force Relaxed Fit Midweight Pocket T-Shirt, L","CH-K87-L",24.99,"Carhartt","H"),
 ("Klein Tools 11-in-1 Screwdriver/Nut Driver","KT-32500",22.97,"Klein Tools","G"),
 ("Milwaukee M18 Compact Brushless Drill/Driver Kit","MW-2801-22CT",179.00,"Milwaukee","G"),
 ("Stanley FatMax 25 ft Tape Measure","ST-33-725",24.98,"Stanley","G"),
 ("Maglite ML300L 3-Cell D LED Flashlight","MAG-ML300L",49.95,"Maglite","H"),
 ("YETI Rambler 20 oz Tumbler with MagSlider Lid","YETI-R20",35.00,"YETI","H"),
 ("YETI Tundra 45 Hard Cooler, Tan","YETI-T45",325.00,"YETI","H"),
 ("Igloo 5 Gallon Seat Top Water Jug, Orange","IGL-42316",39.99,"Igloo","G"),
 ("Coleman Cascade 3-in-1 Camp Stove","CLM-2000036",159.99,"Coleman","H"),
 ("Hydro Flask 32 oz Wide Mouth Bottle","HF-W32",44.95,"Hydro Flask","H"),
 ("NoTrax Sof-Tred Anti-Fatigue Mat, 3x5 ft","NTX-406S0035",118.00,"NoTrax","B"),
 ("Pig Universal Absorbent Mat Pad, 100 pads","PIG-MAT240",94.50,"New Pig","B"),
 ("Rite in the Rain All-Weather Field Book No. 353","RITR-353",10.95,"Rite in the Rain","G"),
 ("Traffic Cone 28 in, Reflective Collars (6-pack)","TC-28R-6",139.00,"SafetyCo","B"),
 ("Kidde Pro 210 ABC Fire Extinguisher, 2.5 lb","KD-466204",42.99,"Kidde","G"),
 ("Steel Toe Work Boot, Timberland PRO Pit Boss 6 in, 10.5W","TBP-33031-105W",139.99,"Timberland PRO","G"),
]
PH = [p for p in P if p[4]=="H"]
PG = [p for p in P if p[4] in "GH"]
PB = [p for p in P if p[4] in "BG"]

STATES = [("TX","Texas","Austin","78701"),("OH","Ohio","Columbus","43215"),("AZ","Arizona","Phoenix","85003"),("KY","Kentucky","Lexington","40507"),("WA","Washington","Seattle","98104"),("OK","Oklahoma","Tulsa","74103"),("TN","Tennessee","Nashville","37203"),("PA","Pennsylvania","Ardmore","19003"),("CO","Colorado","Denver","80202"),("NC","North Carolina","Raleigh","27601"),("MN","Minnesota","Minneapolis","55401"),("GA","Georgia","Atlanta","30303"),("FL","Florida","Tampa","33602"),("NM","New Mexico","Albuquerque","87102")]
TAXRATE = {"TX":0.0625,"OH":0.0575,"AZ":0.056,"KY":0.06,"WA":0.065,"OK":0.045,"TN":0.07,"PA":0.06,"CO":0.029,"NC":0.0475,"MN":0.06875,"GA":0.04,"FL":0.06,"NM":0.05125}
FIRST = ["James","Maria","Robert","Jennifer","Michael","Linda","David","Patricia","Carlos","Ashley","Kevin","Tanya","Brian","Nicole","Jose","Heather","Travis","Megan","Darnell","Kimberly","Luis","Amanda","Cody","Rachel","Tyler","Denise","Hector","Brittany","Wayne","Crystal"]
LAST = ["Johnson","Garcia","Miller","Davis","Martinez","Wilson","Anderson","Thomas","Hernandez","Moore","Jackson","Lee","Thompson","White","Harris","Clark","Lewis","Robinson","Walker","Young","Nguyen","Patel","Begay","Yazzie","Kowalski","O'Brien","Schmidt","Rivera","Brooks","Foster"]
STREETS = ["Main St","Oak Ave","Industrial Blvd","Commerce Dr","Elm St","County Rd 12","Maple Ln","Airport Rd","Ridge Rd","Cedar Ct","Lakeview Dr","Washington Ave"]

def addr():
    return f"{rng.randint(100,9899)} {rng.choice(STREETS)}"

def person():
    return rng.choice(FIRST), rng.choice(LAST)

# --- buyer archetypes: each returns dict ---
ORGS = [
 # label, amb, kind, company, domain, state, notes, tags, terms, exempt
 ("B2G",False,"us_county","Maricopa County Facilities Management","maricopa.gov","AZ"),
 ("B2G",False,"us_county","Travis County Road & Bridge","traviscountytx.gov","TX"),
 ("B2G",False,"us_county","Franklin County Engineer's Office","franklincountyohio.gov","OH"),
 ("B2G",False,"us_county","Hennepin County Public Works","hennepin.us","MN"),
 ("B2G",False,"us_city","City of Tulsa - Water & Sewer Dept","cityoftulsa.org","OK"),
 ("B2G",False,"us_city","City of Seattle Parks and Recreation","seattle.gov","WA"),
 ("B2G",False,"us_city","Metro Nashville Public Works","nashville.gov","TN"),
 ("B2G",False,"us_city","City of Albuquerque Solid Waste","cabq.gov","NM"),
 ("B2G",False,"us_township","Lower Merion Township Public Works","lowermerion.org","PA"),
 ("B2G",False,"school_district","Cypress-Fairbanks ISD Maintenance","cfisd.net","TX"),
 ("B2G",False,"school_district","Jefferson County Public Schools","jefferson.kyschools.us","KY"),
 ("B2G",False,"school_district","Denver Public Schools - Facility Mgmt","dpsk12.org","CO"),
 ("B2G",False,"school_district","Wake County Public School System","wcpss.net","NC"),
 ("B2G",False,"public_university","University of Kentucky Physical Plant","uky.edu","KY"),
 ("B2G",False,"public_university","The Ohio State University - FOD","osu.edu","OH"),
 ("B2G",False,"public_university","Arizona State University Facilities","asu.edu","AZ"),
 ("B2G",False,"public_university","Texas A&M AgriLife Extension","ag.tamu.edu","TX"),
 ("B2G",False,"federal_agency","USDA Forest Service - Coconino NF","usda.gov","AZ"),
 ("B2G",False,"federal_agency","National Park Service - Great Smoky Mountains NP","nps.gov","TN"),
 ("B2G",False,"federal_agency","US Fish & Wildlife Service Region 2","fws.gov","NM"),
 ("B2G",False,"armed_forces","US Army Corps of Engineers - Tulsa District","usace.army.mil","OK"),
 ("B2G",False,"armed_forces","Fort Cavazos DPW","army.mil","TX"),
 ("B2G",False,"state_agency","Ohio Department of Transportation District 6","dot.ohio.gov","OH"),
 ("B2G",False,"state_agency","Washington State Department of Ecology","ecy.wa.gov","WA"),
 ("B2G",False,"state_agency","Texas Parks and Wildlife Department","tpwd.texas.gov","TX"),
 ("B2G",False,"tribal_government","Navajo Nation Division of Natural Resources","navajo-nsn.gov","AZ"),
 ("B2G",False,"tribal_government","Cherokee Nation Environmental Programs","cherokee.org","OK"),
 ("B2G",False,"tribal_government","Muscogee (Creek) Nation Public Works","muscogeenation.com","OK"),
 ("B2G",False,"transit_port_authority","Port of Seattle Maritime Operations","portseattle.org","WA"),
 ("B2G",False,"public_hospital","Parkland Health (Dallas County Hospital District)","phhs.org","TX"),
 ("B2G",False,"public_hospital","VA Tennessee Valley Healthcare System","va.gov","TN"),
 ("B2B",False,"company_with_legal_form","Hendricks Roofing LLC","hendricksroofing.com","TX"),
 ("B2B",False,"company_with_legal_form","Blue Ridge Electrical Contractors, Inc.","blueridgeelectric.net","NC"),
 ("B2B",False,"company_with_legal_form","Sonoran Desert Landscaping LLC","sonoranlandscapes.com","AZ"),
 ("B2B",False,"company_with_legal_form","Great Lakes Mechanical Corp.","glmech.com","OH"),
 ("B2B",False,"company_with_legal_form","Pinnacle Steel Erectors Inc","pinnaclesteel.us","PA"),
 ("B2B",False,"company_with_legal_form","Rocky Mountain Pipeline Services, LLC","rmpipeline.com","CO"),
 ("B2B",False,"company_no_legal_form","Delgado Concrete & Paving","delgadoconcrete.com","NM"),
 ("B2B",False,"company_no_legal_form","Twin Cities Tree Service","twincitiestree.com","MN"),
 ("B2B",False,"company_no_legal_form","Gulf Coast Marine Fabrication","gcmfab.com","FL"),
 ("B2B",False,"company_no_legal_form","Peachtree Plumbing","peachtreeplumbing.com","GA"),
 ("B2B",False,"company_no_legal_form","Cumberland Valley Excavating","cvexcavating.com","TN"),
 ("B2B",False,"company_no_legal_form","Puget Sound Painting Co","pspainting.com","WA"),
 ("B2B",False,"company_with_legal_form","Kiewit Infrastructure Co.","kiewit.com","CO"),
 ("B2B",False,"private_university","Vanderbilt University Plant Operations","vanderbilt.edu","TN"),
 ("B2B",False,"church","Grace Community Church","gracecc.org","TX"),
 ("B2B",False,"nonprofit","Habitat for Humanity of Greater Nashville","habitatnashville.org","TN"),
 ("B2B",False,"nonprofit","Second Harvest Food Bank of Central Florida","feedhopenow.org","FL"),
 ("B2B",False,"hoa","Lakeside Village Homeowners Association","lakesidevillagehoa.org","GA"),
 ("B2B",False,"cooperative","Runestone Electric Association","runestoneelectric.com","MN"),
 ("B2B",False,"professional_practice","Lakeview Family Dental","lakeviewfamilydental.com","OH"),
]
SOLE = [  # sole trader trade names, person in billing name, often free mail
 ("Mike Delgado Handyman Services","NM"),("Tommy Nguyen Pressure Washing","TX"),("Brooks Lawn & Snow","MN"),
 ("Rivera Drywall","AZ"),("Foster Home Inspections","KY"),("Kowalski Welding","PA"),("Patel Property Maintenance","GA"),
]

orders = []

def mk(label, amb, kind, cc, **kw):
    d = dict(label=label, amb=amb, kind=kind, cc=cc); d.update(kw); orders.append(d)

def org_lines(pool=PB, nmax=4, qmax=12):
    n = rng.randint(1, nmax)
    return [(p, rng.randint(1, qmax)) for p in rng.sample(pool, n)]

def hh_lines(nmax=3):
    n = rng.randint(1, nmax)
    return [(p, rng.randint(1, 2)) for p in rng.sample(PG, n)]

for (lab, amb, kind, co, dom, st) in ORGS:
    reps = 2 if kind in ("us_county","school_district","company_with_legal_form","company_no_legal_form") and rng.random()<0.5 else 1
    for _ in range(reps):
        f, l = person()
        role = rng.random()
        email = (rng.choice(["purchasing","procurement","facilities","ap","orders","safety","warehouse"])+"@"+dom) if role<0.35 else f"{slug(f)}.{slug(l)}@{dom}"
        if lab=="B2B" and rng.random()<0.15 and kind.startswith("company"):
            email = person_email(rng, f, l)  # organisation on free mail (weak signal only)
        gov = lab=="B2G"
        pay = rng.choice(["terms","pcard","manual"]) if gov else rng.choice(["card","card","terms","manual","paypal"])
        po = f"PO {rng.randint(4500000000,4599999999)}" if gov and rng.random()<0.6 else (f"PO# {rng.randint(10000,99999)}" if rng.random()<0.3 else "")
        mk(lab, amb, kind, "US", first=f, last=l, company=co, email=email, st=st, pay=pay, po=po,
           exempt=(gov or kind in ("church","nonprofit","private_university")) and rng.random()<0.8,
           lines=org_lines(), dock=rng.random()<0.4)

for (co, st) in SOLE:
    f, l = co.split()[0], co.split()[1] if len(co.split())>2 else "Smith"
    if co.startswith("Mike"): f, l = "Mike","Delgado"
    if co.startswith("Tommy"): f, l = "Tommy","Nguyen"
    if co.startswith("Brooks"): f = rng.choice(FIRST); l = "Brooks"
    if co.startswith("Rivera"): f = "Angel"; l = "Rivera"
    if co.startswith("Foster"): f = "Dana"; l = "Foster"
    if co.startswith("Kowalski"): f = "Ed"; l = "Kowalski"
    if co.startswith("Patel"): f = "Raj"; l = "Patel"
    mk("B2B", False, "sole_trader_trade_name", "US", first=f, last=l, company=co, email=person_email(rng,f,l), st=rng.choice(STATES)[0] if False else st,
       pay="card", po="", exempt=False, lines=org_lines(PB,3,6), dock=False)

# private persons (plain B2C)
for _ in range(44):
    f, l = person(); st = rng.choice(STATES)[0]
    mk("B2C", False, "private_person", "US", first=f, last=l, company="", email=person_email(rng,f,l), st=st,
       pay=rng.choice(["card","card","card","paypal","shoppay"]), po="", exempt=False, lines=hh_lines(), dock=False)

# POS walk-in sales at the store counter (no customer)
for _ in range(10):
    mk("B2C", False, "anonymous_retail", "US", first="", last="", company="", email="", st="TX", pay=rng.choice(["cash","card"]),
       po="", exempt=False, lines=hh_lines(2), dock=False, pos=True)

# ---- ambiguous cases ----
for co, dom, st in [("Hendricks Roofing LLC","hendricksroofing.com","TX"),("Great Lakes Mechanical Corp.","glmech.com","OH"),("Peachtree Plumbing","peachtreeplumbing.com","GA")]:
    f,l = person()
    mk("B2B", True, "company_household_purchase", "US", first=f, last=l, company=co, email=f"{slug(f)}@{dom}", st=st, pay="card", po="", exempt=False,
       lines=[(rng.choice(PH),1)], dock=False)
for co, st in [("Brooks Lawn & Snow","MN"),("Rivera Drywall","AZ")]:
    f,l = ("Luis","Brooks") if co.startswith("Brooks") else ("Angel","Rivera")
    mk("B2B", True, "sole_trader_personal_purchase", "US", first=f, last=l, company=co, email=person_email(rng,f,l), st=st, pay="card", po="", exempt=False,
       lines=[(P[21],1),(P[19],2)], dock=False)
for dom, st, kind in [("navy.mil","FL","person_with_mil_email"),("usda.gov","CO","person_with_gov_email"),("ky.gov","KY","person_with_gov_email"),("tamu.edu","TX","person_with_edu_email")]:
    f,l = person()
    mk("B2C", True, kind, "US", first=f, last=l, company="", email=f"{slug(f)}.{slug(l)}@{dom}", st=st, pay="card", po="", exempt=False,
       lines=[(rng.choice(PH),1)], dock=False, home=True)
# APO address person
f,l = person()
mk("B2C", True, "person_apo_address", "US", first=f, last=l, company="", email=person_email(rng,f,l), st="AE", pay="card", po="", exempt=False,
   lines=[(P[19],2),(P[23],1)], dock=False, apo=True)
# private persons buying in volume
for prod, q in [(P[3],40),(P[2],25),(P[5],36)]:
    f,l = person()
    mk("B2C", True, "private_person_bulk", "US", first=f, last=l, company="", email=person_email(rng,f,l), st=rng.choice(STATES)[0], pay="card", po="", exempt=False,
       lines=[(prod,q)], dock=False)
# private persons stating business use
for note in ["Buying these for resale at my booth at the Canton flea market","These are for my crew - small fencing side business, need receipt for taxes","for the shop"]:
    f,l = person()
    mk("B2B", True, "person_states_business_use", "US", first=f, last=l, company="", email=person_email(rng,f,l), st=rng.choice(STATES)[0], pay="card", po="", exempt=False,
       lines=org_lines(PB,2,10), dock=False, note=note)
# person paying a company's invoice
for co in ["Delgado Concrete & Paving","Cumberland Valley Excavating"]:
    f,l = person()
    mk("B2B", True, "person_pays_company_invoice", "US", first=f, last=l, company="", email=person_email(rng,f,l), st="TN" if "Cumberland" in co else "NM", pay="card", po="", exempt=False,
       lines=org_lines(PB,3,8), dock=False, note=f"Paying invoice for {co} - please put company name on receipt")
# international organisations
for co, dom in [("World Bank Group - GSD Facilities","worldbankgroup.org"),("Pan American Health Organization","paho.org")]:
    f,l = person()
    mk("B2B", True, "international_org", "US", first=f, last=l, company=co, email=f"{slug(f)[0]}{slug(l)}@{dom}", st="DC", pay="terms", po=f"PO {rng.randint(7000000,7999999)}", exempt=True,
       lines=org_lines(), dock=True)
# non-profit via public cooperative contract
for co, dom, st in [("Goodwill Industries of Central Texas","goodwillcentraltexas.org","TX"),("YMCA of the Triangle","ymcatriangle.org","NC")]:
    f,l = person()
    mk("B2B", True, "nonprofit_coop_contract", "US", first=f, last=l, company=co, email=f"purchasing@{dom}", st=st, pay="terms", po="", exempt=True,
       lines=org_lines(), dock=True, note="Pricing per Sourcewell contract #092222-SFT" if "Goodwill" in co else "Ordered under OMNIA Partners cooperative contract R191804")
# state-owned company with procurement reference
f,l = person()
mk("B2B", True, "state_owned_company_procurement", "US", first=f, last=l, company="Amtrak (National Railroad Passenger Corp.)", email=f"{slug(f)}.{slug(l)}@amtrak.com", st="PA",
   pay="terms", po="PO 2100045821", exempt=False, lines=org_lines(), dock=True, note="Per RFQ 2024-0413; ship to Bear Maintenance Facility receiving")
# public body buying one household item (kettle case)
for co, dom, st, kind in [("Lubbock ISD - Hutchinson Middle School","lubbockisd.org","TX","school_district"),("Town of Chapel Hill Fire Station 3","townofchapelhill.org","NC","us_city")]:
    f,l = person()
    mk("B2G", True, kind+"_household_item", "US", first=f, last=l, company=co, email=f"{slug(f)[0]}{slug(l)}@{dom}", st=st, pay="pcard", po="", exempt=True,
       lines=[(rng.choice([P[22],P[20]]),1)], dock=False)
# product only: draft orders created by staff, no customer at all
for prod in [P[10], P[11]]:
    mk("B2B", True, "product_only_business_goods", "", first="", last="", company="", email="", st="TX", pay="manual", po="", exempt=False,
       lines=[(prod, rng.randint(1,3))], dock=False, bare=True)
for prod in [P[20]]:
    mk("B2C", True, "product_only_household_goods", "", first="", last="", company="", email="", st="TX", pay="manual", po="", exempt=False,
       lines=[(prod, 1)], dock=False, bare=True)
# Canadian company ordering cross-border
f,l = person()
mk("B2B", False, "company_with_legal_form", "CA", first=f, last=l, company="Northshore Contracting Ltd.", email=f"{slug(f)}@northshorecontracting.ca", st="ON",
   pay="card", po="", exempt=False, lines=org_lines(), dock=True, foreign=("ON","Ontario","Thunder Bay","P7B 1A1","CA"))

rng.shuffle(orders)

start = dt.datetime(2024, 2, 1, 8, 0)
rows, labels = [], []
num = 3318
stmap = {s[0]: s for s in STATES}
for i, o in enumerate(orders):
    num += rng.randint(1, 4)
    created = start + dt.timedelta(minutes=int(i * 560 + rng.randint(0, 400)))
    tz = "-0500" if created.month >= 3 and created.day >= 10 or created.month > 3 else "-0600"
    ts = created.strftime("%Y-%m-%d %H:%M:%S ") + tz
    st = o["st"]
    sinfo = stmap.get(st, (st, {"DC":"District of Columbia","AE":"Armed Forces Europe"}.get(st, st), {"DC":"Washington","AE":"APO"}.get(st, "City"), {"DC":"20433","AE":"09021"}.get(st, "00000")))
    if o.get("foreign"): sinfo = o["foreign"][:4]
    country = o.get("foreign", [None]*5)[4] or "US"
    lines = o["lines"]
    sub = round(sum(p[2]*q for p, q in lines), 2)
    disc_code, disc = "", 0.0
    if o["label"] == "B2C" and not o.get("pos") and rng.random() < 0.15:
        disc_code, disc = "SPRING10", round(sub*0.10, 2)
    ship = 0.0 if sub > 150 or o.get("pos") or o.get("bare") else rng.choice([9.95, 14.95, 19.95])
    rate = 0.0 if o["exempt"] else TAXRATE.get(st, 0.0)
    tax = round((sub - disc) * rate, 2)
    total = round(sub - disc + ship + tax, 2)
    pay = o["pay"]
    fin, pmeth, terms, nextdue = "paid", "", "", ""
    if pay in ("card", "pcard", "shoppay"): pmeth = "Shopify Payments"
    elif pay == "paypal": pmeth = "PayPal Express Checkout"
    elif pay == "manual": pmeth = "manual"
    elif pay == "cash": pmeth = "Cash"
    elif pay == "terms":
        fin = rng.choice(["pending", "paid"]); terms = "Net 30"
        pmeth = "" if fin == "pending" else "manual"
        nextdue = (created + dt.timedelta(days=30)).strftime("%Y-%m-%d %H:%M:%S ") + tz if fin == "pending" else ""
    paid_at = "" if fin == "pending" else ts
    if o.get("pos") and pay == "card": pmeth = "Shopify Payments"
    full = f"{o['first']} {o['last']}".strip()
    company = o["company"]
    a1 = addr() if full or company else ""
    a2 = ""
    city, zipc = sinfo[2], sinfo[3]
    if o.get("dock"): a2 = rng.choice(["Receiving Dock B", "Bldg 4 Warehouse", "Attn: Central Stores", "Loading dock, rear entrance"])
    if o.get("home"): a2 = rng.choice(["Apt 12", "", "Unit 3B"])
    if o.get("apo"): a1, a2, city, zipc = "Unit 3050 Box 112", "", "APO", "09021"
    phone = f"+1{rng.randint(201,989)}{rng.randint(2000000,9999999)}" if full and rng.random() < 0.6 else ""
    notes = o.get("note", "")
    if not notes and o["po"] and rng.random() < 0.5: notes = o["po"]
    elif not notes and o.get("dock") and rng.random() < 0.3: notes = "Please deliver Mon-Fri 7am-3pm to receiving"
    elif not notes and o["label"] == "B2C" and not o.get("bare") and not o.get("pos") and rng.random() < 0.1: notes = rng.choice(["Gift for my husband, please no invoice in box", "Leave at side door", "Birthday present"])
    nattr = f"PO Number: {o['po'].replace('PO# ','').replace('PO ','')}" if o["po"] else ""
    tags = []
    if o["exempt"]: tags.append("tax-exempt")
    if terms: tags.append("net30")
    if o["label"] == "B2B" and not o["kind"].startswith("person") and rng.random() < 0.3: tags.append("wholesale")
    if o.get("pos"): src, loc, emp, dev = "pos", "Austin Showroom", rng.choice(["Jessica Ramirez", "Tom Becker"]), str(rng.randint(70000000, 79999999))
    elif o.get("bare"): src, loc, emp, dev = "shopify_draft_order", "", "", ""
    elif terms or pay == "manual": src, loc, emp, dev = "shopify_draft_order", "", "", ""
    else: src, loc, emp, dev = "web", "", "", ""
    oid = str(5600000000000 + rng.randint(0, 999999999))
    taxname = f"{sinfo[1]} State Tax {round(rate*100,3):g}%" if tax else ""
    for j, (p, q) in enumerate(lines):
        r = {h: "" for h in HEAD}
        r["Name"] = f"#{num}"; r["Email"] = o["email"]; r["Created at"] = ts
        r["Lineitem quantity"] = q; r["Lineitem name"] = p[0]; r["Lineitem price"] = f"{p[2]:.2f}"
        r["Lineitem sku"] = p[1]; r["Lineitem requires shipping"] = "false" if o.get("pos") else "true"
        r["Lineitem taxable"] = "true"; r["Lineitem fulfillment status"] = "fulfilled" if (o.get("pos") or i < len(orders) - 12) else "pending"
        r["Vendor"] = p[3]; r["Lineitem discount"] = "0.00"
        if j == 0:
            r.update({"Financial Status": fin, "Paid at": paid_at,
                      "Fulfillment Status": "fulfilled" if r["Lineitem fulfillment status"] == "fulfilled" else "unfulfilled",
                      "Fulfilled at": ts if r["Lineitem fulfillment status"] == "fulfilled" else "",
                      "Accepts Marketing": "yes" if rng.random() < 0.35 else "no", "Currency": "USD",
                      "Subtotal": f"{sub:.2f}", "Shipping": f"{ship:.2f}", "Taxes": f"{tax:.2f}", "Total": f"{total:.2f}",
                      "Discount Code": disc_code, "Discount Amount": f"{disc:.2f}",
                      "Shipping Method": "" if o.get("pos") else ("Free Ground Shipping" if ship == 0 else "UPS Ground"),
                      "Notes": notes, "Note Attributes": nattr, "Payment Method": pmeth,
                      "Payment Reference": f"c{rng.randint(10**10, 10**11)}.1" if pmeth else "",
                      "Refunded Amount": "0.00", "Outstanding Balance": f"{total:.2f}" if fin == "pending" else "0.00",
                      "Employee": emp, "Location": loc, "Device ID": dev, "Id": oid, "Tags": ", ".join(tags),
                      "Risk Level": "Low", "Source": src, "Phone": phone, "Receipt Number": "",
                      "Payment ID": f"c{rng.randint(10**10, 10**11)}.1" if pmeth else "",
                      "Payment Terms Name": terms, "Next Payment Due At": nextdue,
                      "Payment References": f"c{rng.randint(10**10, 10**11)}.1" if pmeth else ""})
            if tax: r["Tax 1 Name"] = taxname; r["Tax 1 Value"] = f"{tax:.2f}"
            if full or company:
                bn = full if full else company
                r.update({"Billing Name": bn, "Billing Street": (a1 + (", " + a2 if a2 else "")), "Billing Address1": a1, "Billing Address2": a2,
                          "Billing Company": company, "Billing City": city, "Billing Zip": zipc, "Billing Province": sinfo[0],
                          "Billing Country": country, "Billing Phone": phone, "Billing Province Name": sinfo[1]})
                if not o.get("pos"):
                    r.update({"Shipping Name": bn, "Shipping Street": r["Billing Street"], "Shipping Address1": a1, "Shipping Address2": a2,
                              "Shipping Company": company, "Shipping City": city, "Shipping Zip": zipc, "Shipping Province": sinfo[0],
                              "Shipping Country": country, "Shipping Phone": phone, "Shipping Province Name": sinfo[1]})
        rows.append(r)
        labels.append((o["label"], o["amb"], o["kind"], o["cc"]))

with open(os.path.join(LAYOUTS, LID + ".csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.DictWriter(fh, fieldnames=HEAD); w.writeheader(); w.writerows(rows)
write_labels(LID, labels)
write_key(LID, {
  "id": LID, "system": "Shopify admin Orders export (orders_export.csv, all columns)", "country": "US", "language": "en",
  "docs": ["Shopify Admin > Orders > Export writes one row per line item, comma-separated UTF-8; header set and order as seen in public parsers of orders_export.csv (e.g. laplace-live/shopify-csv-converter types, jadwro/allegro_csv_parser ShopifyOrderTypeCSV, a SQL table built from the export with Tax 1..5 Name/Value, Phone, Receipt Number, Duties, Billing/Shipping Province Name, Payment ID, Payment Terms Name, Next Payment Due At, Payment References).",
           "Order-level fields (Financial Status, totals, Billing/Shipping block, Notes, Payment Method, Tags...) are filled only on the first line of an order; later lines repeat only Name, Email, Created at and the Lineitem fields, as the real export does. Dates 'YYYY-MM-DD HH:MM:SS -0500'."],
  "fields": {"buyer": "Billing Company", "product": "Lineitem name", "quantity": "Lineitem quantity", "amount": "Total",
             "tax_id": None, "email": "Email", "payment": "Payment Method", "comment": "Notes"},
  "also_ok": {"buyer": ["Billing Name"], "amount": ["Subtotal", "Lineitem price"], "comment": ["Note Attributes"]},
  "notes": "Every line after the header is a record (no title or totals lines). An order is identified by 'Name' (#NNNN); its buyer fields sit on the first line only. Billing Company is empty for persons (Billing Name then names the buyer). Shopify has no line amount: Total is the order total, Lineitem price the unit price. POS walk-in orders (Source pos) and staff draft orders without customer have no buyer at all."})
print(LID, len(rows), "rows", len(orders), "orders")
