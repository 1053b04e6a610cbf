"""Canada (BC): Lightspeed Retail (R-Series) sales line items report export (CSV). Seed 4102."""
import csv, os, random, zlib, datetime as dt
from t_common import SET, build_orders, write_labels, write_key, person_email, money

LID = "t_ca_lightspeed_rseries_sales_lines"
rng = random.Random(4102)

# computer / electronics & office store in Burnaby BC
ITEMS = [("Apple MacBook Air 13\" M3 8GB/256GB", "Computers", 1299.00), ("Lenovo ThinkPad E14 Gen 5 i5", "Computers", 1049.99),
         ("HP LaserJet Pro MFP 4101fdw", "Printers", 549.99), ("HP 58A Black Toner CF258A", "Ink & Toner", 139.99),
         ("Brother TN760 High Yield Toner", "Ink & Toner", 109.99), ("Logitech MX Master 3S Mouse", "Accessories", 129.99),
         ("Logitech C920s Pro HD Webcam", "Accessories", 99.99), ("Samsung T7 Portable SSD 1TB", "Storage", 149.99),
         ("WD My Passport 2TB External HDD", "Storage", 99.99), ("Anker 737 Power Bank 24000mAh", "Accessories", 139.99),
         ("USB-C to HDMI Adapter 4K", "Cables", 24.99), ("Cat6 Patch Cable 10ft", "Cables", 9.99), ("Jabra Evolve2 40 Headset", "Audio", 169.99),
         ("Sony WH-1000XM5 Headphones", "Audio", 479.99), ("Apple iPad 10th Gen 64GB", "Tablets", 499.00),
         ("Microsoft Office Home & Business 2024", "Software", 329.99), ("Norton 360 Deluxe 5 Devices 1yr", "Software", 89.99),
         ("Epson EcoTank ET-2850", "Printers", 329.99), ("Canon PG-245XL Black Ink", "Ink & Toner", 39.99),
         ("Hilroy Copy Paper 8.5x11 5000 sheets", "Office Supplies", 59.99), ("APC Back-UPS 600VA", "Power", 99.99),
         ("TP-Link Deco X55 Mesh WiFi 3-pack", "Networking", 299.99), ("Netgear 8-Port Gigabit Switch GS308", "Networking", 39.99),
         ("Screen Repair - Laptop (labour)", "Service", 89.00), ("Data Recovery Service - Standard", "Service", 249.00),
         ("Nintendo Switch OLED", "Gaming", 449.99), ("Apple AirPods 4", "Audio", 179.00), ("Keurig K-Mini Coffee Maker", "Small Appliances", 99.99),
         ("Black+Decker Electric Kettle 1.7L", "Small Appliances", 39.99), ("Dyson V8 Cordless Vacuum", "Small Appliances", 499.99)]
CONS = [i for i in ITEMS if i[1] in ("Computers", "Accessories", "Storage", "Audio", "Tablets", "Gaming", "Small Appliances", "Ink & Toner", "Cables", "Software", "Service")]
BIZ = [i for i in ITEMS if i[1] not in ("Gaming", "Small Appliances") and not i[0].startswith(("Apple AirPods", "Sony WH"))]
HOUSE = [i for i in ITEMS if i[1] == "Small Appliances"]
FIRST = ["Emma", "Liam", "Olivia", "Noah", "Chloé", "Ethan", "Harpreet", "Jasmine", "Wei", "Mei", "Lucas", "Sophie", "Ryan",
         "Amrit", "Daniel", "Hana", "Mathieu", "Jordan", "Aiden", "Priya", "Kai", "Natalie"]
LAST = ["Tremblay", "Smith", "Wong", "Singh", "Li", "Martin", "Roy", "Gill", "MacDonald", "Chen", "Nguyen", "Brown", "Lee",
        "Sandhu", "Gagnon", "Wilson", "Kaur", "Dhillon", "Taylor", "Campbell"]

def lines(pool, n, q):
    return [dict(item=i, qty=rng.randint(*q)) for i in rng.sample(pool, min(n, len(pool)))]

def spec(kind, label, amb, weight, make):
    return dict(kind=kind, label=label, amb=amb, weight=weight, country="CA", make=make)

def walkin(r):
    return dict(cust="", company="", email="", pay=r.choice(["Cash", "Debit", "Visa", "Mastercard", "Debit", "Apple Pay"]), note="",
                lines=lines(CONS, r.choice([1, 1, 1, 2]), (1, 1)))

def person(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    return dict(cust=f"{f} {l}", company="", email=person_email(r, f, l, ("gmail.com", "hotmail.com", "shaw.ca", "telus.net", "yahoo.ca")) if r.random() < 0.75 else "",
                pay=r.choice(["Visa", "Mastercard", "Debit", "Cash", "Amex"]), note=r.choice(["", "", "", "Extended warranty declined"]),
                lines=lines(CONS, r.choice([1, 1, 2, 3]), (1, 2)))

def orgmaker(lst, pays, pool=BIZ, n=(1, 4), q=(1, 8), notes=("",), kindmap=None):
    def make(r):
        comp, dom = r.choice(lst)
        f, l = r.choice(FIRST), r.choice(LAST)
        o = dict(cust=f"{f} {l}" if r.random() < 0.7 else "", company=comp,
                 email=(f"{f.lower()}.{l.lower()}@{dom}" if dom and r.random() < 0.8 else ""),
                 pay=r.choice(pays), note=r.choice(notes), lines=lines(pool, r.randint(*n), q))
        if kindmap and comp in kindmap: o["kind"] = kindmap[comp]
        if comp.startswith("Consulate General of Japan"): o["country"] = "JP"
        return o
    return make

MUNI = [("City of Burnaby", "burnaby.ca"), ("City of Vancouver - Engineering Services", "vancouver.ca"), ("District of North Vancouver", "dnv.org"),
        ("Township of Langley", "tol.ca"), ("City of Surrey", "surrey.ca"), ("Corporation of Delta", "delta.ca"), ("Ville de Gatineau", "gatineau.ca")]
SB = [("Burnaby School District 41", "burnabyschools.ca"), ("Surrey Schools - School District No. 36", "surreyschools.ca"),
      ("Vancouver Board of Education (SD 39)", "vsb.bc.ca"), ("Coquitlam School District 43", "sd43.bc.ca"), ("Toronto District School Board", "tdsb.on.ca")]
PROV = [("BC Ministry of Health", "gov.bc.ca"), ("Ministry of Transportation and Transit (BC)", "gov.bc.ca"),
        ("BC Ministry of Education and Child Care", "gov.bc.ca"), ("Service BC - Burnaby", "gov.bc.ca"),
        ("Ontario Ministry of Transportation", "ontario.ca")]
FEDGOV = [("RCMP Burnaby Detachment", "rcmp-grc.gc.ca"), ("Canada Border Services Agency - Pacific Region", "cbsa-asfc.gc.ca"),
          ("CFB Esquimalt - Maritime Forces Pacific", "forces.gc.ca"), ("Consulate General of Japan in Vancouver", "vc.mofa.go.jp")]
FEDKIND = {"CFB Esquimalt - Maritime Forces Pacific": "armed_forces_unit", "Consulate General of Japan in Vancouver": "consulate"}
HEALTH = [("Fraser Health Authority", "fraserhealth.ca"), ("Vancouver Coastal Health - VGH", "vch.ca"), ("Simon Fraser University", "sfu.ca"),
          ("University of British Columbia", "ubc.ca"), ("British Columbia Institute of Technology", "bcit.ca"), ("Douglas College", "douglascollege.ca")]
HKIND = {"Fraser Health Authority": "public_health_authority", "Vancouver Coastal Health - VGH": "public_hospital"}
FN = [("Musqueam Indian Band", "musqueam.bc.ca"), ("Squamish Nation", "squamish.net"), ("Tsleil-Waututh Nation", "twnation.ca")]
CROWN = [("BC Hydro", "bchydro.com"), ("ICBC", "icbc.com"), ("Canada Post Corporation", "canadapost.ca"), ("BC Lottery Corporation", "bclc.com")]
COMPLF = [("Coastal Mountain Excavations Ltd.", "cmexcavations.ca"), ("Pacific Rim Dental Corp.", "pacificrimdental.ca"),
          ("Northshore Realty Inc.", "northshorerealty.ca"), ("Fraser Valley Logistics Ltd.", "fvlogistics.ca"),
          ("Constructions Gagnon Ltée", "constructionsgagnon.qc.ca"), ("Westcoast Bookkeeping Services Ltd.", "westcoastbooks.ca"),
          ("Lions Gate Law Corporation", "lionsgatelaw.ca")]
COMPNF = [("Kingsway Auto Repair", "kingswayauto.ca"), ("Metrotown Physio", "metrotownphysio.ca"), ("Bean Around the World Cafe", ""),
          ("Deer Lake Veterinary Hospital", "deerlakevet.ca"), ("Harbour Print & Copy", "harbourprint.ca")]
SOLE = [("Jordan Lee Photography", ""), ("Sandhu Tax Services", ""), ("Amrit's Mobile Detailing", ""), ("Mei Chen Design Studio", "")]
NPO = [("Greater Vancouver Food Bank", "foodbank.bc.ca"), ("Canadian Red Cross - BC Region", "redcross.ca"),
       ("Strata Plan BCS 1234", ""), ("St. Andrew's-Wesley United Church", "standrewswesley.ca"), ("Vancity Credit Union", "vancity.com"),
       ("St. George's School", "stgeorges.bc.ca")]
NPOKIND = {"Strata Plan BCS 1234": "strata_corporation", "St. Andrew's-Wesley United Church": "church", "Vancity Credit Union": "credit_union",
           "St. George's School": "private_school"}
GOVPAY = ["On Account", "On Account", "Visa (P-Card)", "Mastercard (P-Card)", "Cheque"]
BIZPAY = ["Visa", "Mastercard", "On Account", "Debit", "Amex", "E-Transfer"]
PO = lambda: f"PO# {rng.randint(4500000000, 4509999999)}"

specs = [
    spec("anonymous_retail", "B2C", False, 16, walkin),
    spec("private_person", "B2C", False, 10, person),
    spec("ca_municipality", "B2G", False, 3, orgmaker(MUNI, GOVPAY, notes=("", "PO# 2026-00418", "Fire Hall No. 4", "Parks dept."))),
    spec("school_board", "B2G", False, 3, orgmaker(SB, GOVPAY, q=(2, 25), notes=("", "PO 26-1187", "School library"))),
    spec("provincial_ministry", "B2G", False, 2.5, orgmaker(PROV, GOVPAY, notes=("", "Requisition 44107", ""))),
    spec("federal_agency", "B2G", False, 2, orgmaker(FEDGOV, GOVPAY, notes=("", "Requisition on file", ""), kindmap=FEDKIND)),
    spec("public_university", "B2G", False, 2.5, orgmaker(HEALTH, GOVPAY, kindmap=HKIND)),
    spec("first_nation_government", "B2G", False, 1.5, orgmaker(FN, GOVPAY + ["Cheque"])),
    spec("crown_corporation", "B2B", False, 1.5, orgmaker(CROWN, BIZPAY)),
    spec("company_with_legal_form", "B2B", False, 5, orgmaker(COMPLF, BIZPAY)),
    spec("company_no_legal_form", "B2B", False, 4, orgmaker(COMPNF, BIZPAY)),
    spec("sole_trader_trade_name", "B2B", False, 2, orgmaker(SOLE, BIZPAY, n=(1, 2), q=(1, 2))),
    spec("non_profit", "B2B", False, 3, orgmaker(NPO, BIZPAY + ["Cheque"], kindmap=NPOKIND)),
]

# ---- ambiguous ----
def crown_tender(r):
    o = orgmaker(CROWN, ["On Account"])(r)
    o["note"] = r.choice(["BC Bid RFQ 2026-0415 - per tender pricing", "Standing offer / tender ref. CP-RFP-2026-117"])
    return o
specs.append(spec("crown_corporation_tender", "B2B", True, 1, crown_tender))

def comp_house(r):
    comp, dom = r.choice(COMPLF + COMPNF)
    return dict(cust="", company=comp, email=(f"office@{dom}" if dom else ""), pay=r.choice(BIZPAY), note="", lines=lines(HOUSE, 1, (1, 1)))
specs.append(spec("company_household_purchase", "B2B", True, 1.5, comp_house))

def gov_person(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    dom = r.choice(["gov.bc.ca", "canada.ca", "forces.gc.ca", "rcmp-grc.gc.ca"])
    return dict(cust=f"{f} {l}", company="", email=f"{f.lower()}.{l.lower()}@{dom}", pay=r.choice(["Visa", "Debit"]),
                note=r.choice(["", "personal purchase", "gift"]), lines=lines(CONS[-6:] + HOUSE, 1, (1, 1)))
specs.append(spec("person_with_gov_email", "B2C", True, 1.5, gov_person))

def person_biz(r):
    o = person(r)
    o["note"] = r.choice(["For my shop - resale", "Customer buying for her daycare business, wants receipt with business name",
                          "for work - contractor, needs receipt for CRA", "reselling on Facebook Marketplace"])
    o["lines"] = lines(CONS, r.randint(1, 2), (2, 6))
    return o
specs.append(spec("person_states_business_use", "B2B", True, 1.2, person_biz))

def person_bulk(r):
    o = person(r)
    it = r.choice([i for i in ITEMS if i[0].startswith(("Apple AirPods", "Anker", "USB-C"))])
    o["lines"] = [dict(item=it, qty=r.choice([25, 30, 40]))]
    o["note"] = ""
    return o
specs.append(spec("person_bulk_quantity", "B2C", True, 0.8, person_bulk))

def school_kettle(r):
    comp, dom = r.choice(SB)
    return dict(cust="", company=comp, email=f"office@{dom}", pay="On Account", note="Staff room", lines=lines(HOUSE[:2], 1, (1, 1)))
specs.append(spec("public_school_household_item", "B2G", True, 1, school_kettle))

def intl(r):
    return dict(cust=r.choice(["", "Marc Dubois"]), company=r.choice(["International Civil Aviation Organization (ICAO)", "World Anti-Doping Agency"]),
                email=r.choice(["procurement@icao.int", "", "finance@wada-ama.org"]), pay=r.choice(["On Account", "Visa"]), note="",
                lines=lines(BIZ, r.randint(1, 3), (1, 5)))
specs.append(spec("international_org", "B2B", True, 0.6, intl))

def pay_for_company(r):
    o = person(r)
    comp, dom = r.choice(COMPNF)
    o["note"] = f"Paid on personal card for {comp} - please invoice {comp}"
    o["lines"] = lines(BIZ, r.randint(1, 3), (1, 4))
    return o
specs.append(spec("person_pays_company_invoice", "B2B", True, 0.7, pay_for_company))

for s_ in specs:
    if s_["amb"]: s_["weight"] *= 2.2
orders = build_orders(rng, specs, 200, 250)

HEAD = ["Sale ID", "Date", "Time", "Shop", "Register", "Employee", "Customer", "Company", "Email", "Description", "System ID",
        "Custom SKU", "Category", "Qty", "Retail", "Subtotal", "Discounts", "Subtotal w/ Discounts", "GST", "PST", "Total",
        "Payments", "Sale Note"]
rows, per = [], []
sid = 48210
t0 = dt.datetime(2026, 2, 2, 10, 0)
sysids = {it[0]: str(210000000000 + k * 317) for k, it in enumerate(ITEMS)}
for i, o in enumerate(orders):
    t = t0 + dt.timedelta(minutes=int(i * 60 * 24 * 200 / len(orders)))
    t = t.replace(hour=rng.randint(10, 19), minute=rng.randint(0, 59))
    sid += rng.randint(1, 4)
    reg, emp = rng.choice(["Register 1", "Register 2"]), rng.choice(["Tanya B.", "Kevin Ho", "Raj Patel"])
    pst_exempt = o.get("label") == "B2B" and "resale" in o["note"].lower()
    for ln in o["lines"]:
        name, cat, price = ln["item"]
        q = ln["qty"]
        disc = round(price * q * 0.1, 2) if (q >= 5 and rng.random() < 0.5) else 0.0
        sub = round(price * q, 2); sw = round(sub - disc, 2)
        gst = round(sw * 0.05, 2); pst = 0.0 if (pst_exempt or cat == "Service") else round(sw * 0.07, 2)
        rows.append([str(sid), f"{t.month}/{t.day}/{t.year}", t.strftime("%I:%M %p").lstrip("0"), "Burnaby - Kingsway",
                     reg, emp,
                     o["cust"], o["company"], o["email"], name, sysids[name], f"BK-{zlib.crc32(name.encode()) % 90000 + 10000}", cat,
                     str(q), money(price), money(sub), money(-disc) if disc else "0.00", money(sw), money(gst), money(pst),
                     money(sw + gst + pst), o["pay"], o["note"]])
        per.append((o["label"], o["amb"], o["kind"], o["country"]))

with open(os.path.join(SET, "layouts", LID + ".csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(HEAD); w.writerows(rows)
write_labels(LID, per)
write_key(LID, {
    "id": LID, "system": "Lightspeed Retail (R-Series) - Reports > Sales > line-item sales report, Export to CSV", "country": "CA", "language": "en",
    "docs": ["Lightspeed R-Series API reference (Sale, SaleLines, SalePayments, Customer with company, Shop, Register, Employee; calcSubtotal, tax1/tax2) and the R-Series sales report pages: one line per sale line with the sale's customer, employee, register, item description, system ID / custom SKU, qty, retail, subtotal, discounts, taxes and total; tax1/tax2 shown as GST/PST for a BC shop.",
             "Exact header labels of the CSV were not found in the stored documentation; they follow the R-Series report column labels as I know them (Sale ID, Customer, Company, Description, System ID, Custom SKU, Qty, Retail, Subtotal w/ Discounts). Dates M/D/YYYY, times h:mm AM/PM, decimal point, UTF-8."],
    "fields": {"buyer": "Company", "product": "Description", "quantity": "Qty", "amount": "Total", "tax_id": None,
               "email": "Email", "payment": "Payments", "comment": "Sale Note"},
    "also_ok": {"amount": ["Subtotal w/ Discounts", "Subtotal"], "buyer": ["Customer"]},
    "notes": "Every line after the header is a record (one sale line); lines of one sale share the Sale ID. Walk-in sales have empty Customer/Company/Email: anonymous retail, B2C. Company holds the customer's company (organisations); Customer holds the contact person or a private customer's name. BC taxes: GST 5%, PST 7% (PST not charged on services or resale)."})
print(LID, len(rows), "rows", len(orders), "orders")
