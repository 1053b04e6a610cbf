"""Ireland: Sage Business Cloud Accounting - sales invoices export with item lines (CSV, UTF-8 BOM). Seed 4104."""
import csv, os, random, datetime as dt
from t_common import SET, build_orders, write_labels, write_key, person_email, money

LID = "t_ie_sage_accounting_sales_invoices"
rng = random.Random(4104)

# seller: Galway supplier of school, office and catering equipment
GOODS = [("PAP-A4-80", "Xerox Performer A4 80gsm copier paper, box of 5 reams", 24.50, 23),
         ("TON-HP59A", "HP 59A black LaserJet toner CF259A", 139.00, 23), ("WB-1290", "Magnetic whiteboard 1200 x 900mm", 119.00, 23),
         ("PROJ-EBW51", "Epson EB-W51 WXGA projector", 489.00, 23), ("LAM-A3", "Fellowes Saturn 3i A3 laminator", 79.00, 23),
         ("CHR-POLY", "Polypropylene classroom chair, size 5 (each)", 32.00, 23), ("DSK-STU", "Single student desk 700 x 500mm", 89.00, 23),
         ("PRIT-43", "Pritt Stick 43g, box of 12", 21.60, 23), ("COPY-A4", "Pukka Pad A4 refill pad, pack of 10", 28.90, 23),
         ("HDMI-10", "HDMI cable 10m", 18.50, 23), ("CHROME-ACER", "Acer Chromebook 311 (education)", 259.00, 23),
         ("LOCK-30", "Chromebook charging trolley, 30 bays", 1195.00, 23), ("BOIL-20", "Burco 20L manual fill water boiler", 229.00, 23),
         ("DISH-HOB", "Hobart Ecomax commercial undercounter dishwasher", 2450.00, 23), ("SAN-5L", "Hand sanitiser gel 5L", 19.95, 23),
         ("BIN-240", "240L wheelie bin, green", 64.00, 23), ("SRV-INST", "Installation and commissioning (per hour)", 65.00, 13.5),
         ("BOOK-JC", "Junior Cycle exam papers pack", 12.95, 0)]
HOUSE = [("KET-DUAL", "Dualit 1.7L Lite kettle", 69.00, 23), ("MIC-SAM", "Samsung 23L solo microwave", 119.00, 23),
         ("CM-DELON", "De'Longhi Dedica espresso machine", 189.00, 23), ("TV-SAM55", "Samsung 55\" Crystal UHD TV", 549.00, 23)]
PERSONAL = [GOODS[3], GOODS[10], GOODS[4], HOUSE[3], HOUSE[2], GOODS[17]]
FIRST = ["Seán", "Aoife", "Ciarán", "Niamh", "Pádraig", "Siobhán", "Conor", "Gráinne", "Eoin", "Róisín", "Declan", "Orla",
         "Mícheál", "Sinéad", "Darragh", "Caoimhe", "Liam", "Emer", "Fiachra", "Aisling"]
LAST = ["Murphy", "Kelly", "O'Sullivan", "Walsh", "Ó Móráin", "Fahy", "Keane", "Flaherty", "Ní Bhriain", "Burke", "Kennedy",
        "Lynch", "Mac Donncha", "Joyce", "Hynes", "Connolly", "Quinn", "Ryan", "Nic Giolla Phádraig", "Costello"]

def ievat():
    return f"IE{rng.randint(1000000, 9999999)}{rng.choice('ABCDEFGHKLMNPRSTVWX')}{rng.choice(['', '', 'H', 'A'])}"

def lines(pool, n, q):
    return [dict(it=i, qty=rng.randint(*q)) for i in rng.sample(pool, min(n, len(pool)))]

def ascii_mail(s):
    tr = str.maketrans("áéíóúÁÉÍÓÚ'", "aeiouAEIOU_")
    return s.translate(tr).replace("_", "").replace(" ", "").lower()

def orgspec(kind, label, amb, weight, lst, pool=GOODS, n=(1, 4), q=(1, 10), ref=0.5, notes=("",), vatp=0.6, kindmap=None,
            pre=("accounts", "accountspayable", "finance", "office")):
    def make(r):
        name, dom = r.choice(lst)
        f, l = r.choice(FIRST), r.choice(LAST)
        o = dict(name=name, contact=(f"{f} {l}" if r.random() < 0.6 else ""), email=(f"{r.choice(pre)}@{dom}" if dom and r.random() < 0.85 else ""),
                 vat=(ievat() if r.random() < vatp else ""), ref=(f"PO {r.randint(100000, 999999)}" if r.random() < ref else ""),
                 note=r.choice(notes), lines=lines(pool, r.randint(*n), q))
        if kindmap and name in kindmap: o["kind"] = kindmap[name]
        if name.startswith("Embassy of France"): o["country"] = "FR"
        return o
    return dict(kind=kind, label=label, amb=amb, weight=weight, country="IE", make=make)

COCO = [("Galway County Council", "galwaycoco.ie"), ("Cork County Council", "corkcoco.ie"), ("Dublin City Council", "dublincity.ie"),
        ("Dún Laoghaire-Rathdown County Council", "dlrcoco.ie"), ("Mayo County Council", "mayococo.ie"), ("Comhairle Contae na Gaillimhe", "galwaycoco.ie"),
        ("Galway City Council", "galwaycity.ie")]
HSE = [("HSE - University Hospital Galway", "hse.ie"), ("HSE West - Merlin Park University Hospital", "hse.ie"), ("Cork University Hospital", "hse.ie"),
       ("St. James's Hospital", "stjames.ie"), ("Children's Health Ireland at Crumlin", "childrenshealthireland.ie"), ("HSE Community Healthcare West", "hse.ie")]
HKIND = {"HSE Community Healthcare West": "public_health_service"}
NS = [("Scoil Mhuire N.S., Oranmore", "scoilmhuireoranmore.ie"), ("St. Patrick's National School, Claregalway", ""),
      ("Gaelscoil Mhic Amhlaigh", "gaelscoilmhicamhlaigh.ie"), ("Scoil Iognáid", "scoiliognaid.ie"), ("Holy Family N.S. Knocknacarra", ""),
      ("Presentation Secondary School, Athenry", "presathenry.ie")]
NSKIND = {"Presentation Secondary School, Athenry": "voluntary_secondary_school"}
ETB = [("Galway and Roscommon Education and Training Board", "gretb.ie"), ("City of Dublin ETB", "cdetb.ie"), ("Kerry ETB", "kerryetb.ie"),
       ("Cork ETB", "corketb.ie"), ("Coláiste Bhaile Chláir (GRETB)", "gretb.ie")]
ETBKIND = {"Coláiste Bhaile Chláir (GRETB)": "etb_community_college"}
UNI = [("University of Galway", "universityofgalway.ie"), ("Atlantic Technological University", "atu.ie"),
       ("University College Cork", "ucc.ie"), ("Technological University Dublin", "tudublin.ie")]
GOV = [("Department of Education", "education.gov.ie"), ("Office of Public Works", "opw.ie"), ("An Garda Síochána - Mill Street Garda Station", "garda.ie"),
       ("Defence Forces - Dún Uí Mhaoilíosa Barracks", "defenceforces.ie"), ("Revenue Commissioners", "revenue.ie"),
       ("Údarás na Gaeltachta", "udaras.ie"), ("Tusla - Child and Family Agency", "tusla.ie"), ("Embassy of France in Ireland", "diplomatie.gouv.fr")]
GKIND = {"An Garda Síochána - Mill Street Garda Station": "police", "Defence Forces - Dún Uí Mhaoilíosa Barracks": "armed_forces_unit",
         "Údarás na Gaeltachta": "state_agency", "Tusla - Child and Family Agency": "state_agency", "Embassy of France in Ireland": "embassy",
         "Office of Public Works": "state_agency", "Revenue Commissioners": "state_agency"}
COMPLF = [("Ó Flaitheartaigh Teoranta", "oflaitheartaigh.ie"), ("Connemara Marble Teo.", "connemaramarble.ie"),
          ("Galway Bay Brewery Limited", "galwaybaybrewery.com"), ("Aerogen Ltd", "aerogen.com"), ("Corrib Oil Company Unlimited Company", "corriboil.ie"),
          ("Medtronic Ireland Manufacturing DAC", "medtronic.com"), ("Portershed CLG", "portershed.com"), ("Tribes Hospitality Ltd.", ""),
          ("Kenny's Bookshop & Galleries Limited", "kennys.ie")]
NOFORM = [("Ard Bia at Nimmos", "ardbia.com"), ("The Salt House", ""), ("Corrib Physiotherapy", "corribphysio.ie"),
          ("Claddagh Dental Clinic", "claddaghdental.ie"), ("Salthill Creche & Montessori", "")]
SOLE = [("Seán Ó Móráin Electrical", ""), ("Mary Keane Accountancy", ""), ("Pádraig Fahy Plumbing & Heating", ""), ("Gráinne Joyce Design", "")]
NPO = [("Galway Simon Community", "galwaysimon.ie"), ("Irish Red Cross", "redcross.ie"), ("Salthill-Knocknacarra GAA Club", ""),
       ("St. Nicholas' Collegiate Church", ""), ("Galway Rape Crisis Centre CLG", "grcc.ie"), ("The King's Hospital School", "kingshospital.ie"),
       ("Cúram Residents' Association", "")]
NPOKIND = {"St. Nicholas' Collegiate Church": "church", "The King's Hospital School": "private_school", "Salthill-Knocknacarra GAA Club": "sports_club",
           "Cúram Residents' Association": "residents_association"}
SEMI = [("ESB", "esb.ie"), ("Bord na Móna plc", "bnm.ie"), ("An Post", "anpost.ie"), ("Iarnród Éireann", "irishrail.ie")]

specs = [
    orgspec("ie_county_council", "B2G", False, 5, COCO, vatp=0.4),
    orgspec("public_hospital", "B2G", False, 3.5, HSE, kindmap=HKIND, vatp=0.3),
    orgspec("national_school", "B2G", False, 4, NS, kindmap=NSKIND, ref=0.2, vatp=0.0, q=(1, 30), pre=("office", "principal", "secretary")),
    orgspec("etb", "B2G", False, 2.5, ETB, kindmap=ETBKIND, vatp=0.2),
    orgspec("public_university", "B2G", False, 2.5, UNI, vatp=0.5),
    orgspec("government_department", "B2G", False, 3, GOV, kindmap=GKIND, vatp=0.1),
    orgspec("company_with_legal_form", "B2B", False, 8, COMPLF, ref=0.3, vatp=0.9),
    orgspec("company_no_legal_form", "B2B", False, 4, NOFORM, ref=0.1, vatp=0.6, pre=("info", "hello", "accounts")),
    orgspec("sole_trader_trade_name", "B2B", False, 3, SOLE, n=(1, 2), q=(1, 3), ref=0.0, vatp=0.4),
    orgspec("non_profit", "B2B", False, 4, NPO, kindmap=NPOKIND, ref=0.1, vatp=0.2, pre=("office", "finance", "admin")),
    orgspec("state_owned_company", "B2B", False, 1.5, SEMI, vatp=1.0),
]
def person(r, pool=PERSONAL, n=(1, 2), q=(1, 1)):
    f, l = r.choice(FIRST), r.choice(LAST)
    em = f"{ascii_mail(f)}.{ascii_mail(l)}{r.choice(['', str(r.randint(1, 99))])}@{r.choice(['gmail.com', 'eircom.net', 'hotmail.com', 'yahoo.ie', 'icloud.com'])}"
    return dict(name=f"{f} {l}", contact="", email=em if r.random() < 0.8 else "", vat="", ref="", note=r.choice(["", "", "Collect in store", "Deliver to home address, Barna"]),
                lines=lines(pool, r.randint(*n), q))
specs.append(dict(kind="private_person", label="B2C", amb=False, weight=8, country="IE", make=person))

# ---- ambiguous ----
def gov_person(r):
    o = person(r, PERSONAL, (1, 1))
    f, l = o["name"].split(" ", 1)
    o["email"] = f"{ascii_mail(f)}.{ascii_mail(l)}@{r.choice(['hse.ie', 'education.gov.ie', 'defenceforces.ie', 'galwaycoco.ie'])}"
    o["note"] = r.choice(["Personal purchase, paid by card", "For home", ""])
    return o
specs.append(dict(kind="person_with_gov_email", label="B2C", amb=True, weight=2, country="IE", make=gov_person))

def person_biz(r):
    o = person(r, GOODS, (1, 2), (2, 6))
    o["note"] = r.choice(["Goods for my childcare business", "For resale at my shop in Moycullen", "Needed for work - self-employed tutor, please invoice"])
    return o
specs.append(dict(kind="person_states_business_use", label="B2B", amb=True, weight=1.2, country="IE", make=person_biz))

def comp_house(r):
    name, dom = r.choice(COMPLF + NOFORM)
    return dict(name=name, contact="", email=(f"accounts@{dom}" if dom else ""), vat=ievat() if r.random() < 0.7 else "", ref="", note="",
                lines=lines(HOUSE, 1, (1, 1)))
specs.append(dict(kind="company_household_purchase", label="B2B", amb=True, weight=1.5, country="IE", make=comp_house))

def school_kettle(r):
    name, dom = r.choice(NS[:5])
    return dict(name=name, contact="", email=(f"office@{dom}" if dom else ""), vat="", ref="", note="Staff room",
                lines=lines(HOUSE[:2], 1, (1, 1)))
specs.append(dict(kind="public_school_household_item", label="B2G", amb=True, weight=1.2, country="IE", make=school_kettle))

def semi_tender(r):
    name, dom = r.choice(SEMI)
    return dict(name=name, contact="", email=f"accountspayable@{dom}", vat=ievat(), ref=f"PO {r.randint(4500000000, 4599999999)}",
                note=f"Supply under eTenders RFT {r.randint(180000, 260000)} framework", lines=lines(GOODS, r.randint(1, 3), (5, 40)))
specs.append(dict(kind="state_owned_company_procurement", label="B2B", amb=True, weight=0.8, country="IE", make=semi_tender))

def intl(r):
    name, dom = r.choice([("Eurofound - European Foundation for the Improvement of Living and Working Conditions", "eurofound.europa.eu"),
                          ("UNHCR Representation in Ireland", "unhcr.org")])
    return dict(name=name, contact="", email=f"procurement@{dom}", vat="", ref=f"PO {r.randint(10000, 99999)}", note="VAT exempt - international organisation",
                lines=lines(GOODS, r.randint(1, 3), (1, 8)))
specs.append(dict(kind="international_org", label="B2B", amb=True, weight=0.7, country="IE", make=intl))

def pays_comp(r):
    o = person(r, GOODS, (1, 2), (1, 4))
    comp = r.choice(NOFORM)[0]
    o["note"] = f"Paid by {o['name']} personally for {comp} - invoice addressed to {comp}"
    return o
specs.append(dict(kind="person_pays_company_invoice", label="B2B", amb=True, weight=0.7, country="IE", make=pays_comp))

orders = build_orders(rng, specs, 200, 250)

HEAD = ["Invoice Number", "Date", "Due Date", "Customer Reference", "Customer Name", "Contact Name", "Email", "VAT Registration Number",
        "Reference", "Product / Service", "Description", "Quantity", "Unit Price", "Discount", "Net", "VAT Rate", "VAT", "Total",
        "Ledger Account", "Status", "Outstanding", "Notes"]
rows, per = [], []
d0 = dt.date(2026, 1, 8)
refs = {}
for i, o in enumerate(orders):
    d = d0 + dt.timedelta(days=int(i * 320 / len(orders)))
    cref = refs.setdefault(o["name"], (ascii_mail(o["name"]).upper().replace(".", "").replace(",", "").replace("-", "")[:6] + f"{len(refs) + 1:03d}"))
    exempt = o["kind"] == "international_org"
    status = rng.choice(["Paid", "Paid", "Paid", "Unpaid", "Part Paid", "Overdue"])
    for l in o["lines"]:
        code, desc, price, rate = l["it"]
        rate = 0 if exempt else rate
        net = round(price * l["qty"], 2); vatv = round(net * rate / 100, 2); tot = round(net + vatv, 2)
        outst = 0 if status == "Paid" else (round(tot / 2, 2) if status == "Part Paid" else tot)
        rows.append([f"SI-{3120 + i}", d.strftime("%d/%m/%Y"), (d + dt.timedelta(days=30)).strftime("%d/%m/%Y"), cref, o["name"], o["contact"],
                     o["email"], o["vat"], o["ref"], code, desc, str(l["qty"]), money(price), "0.00", money(net),
                     {23: "Standard 23.00%", 13.5: "Reduced 13.50%", 0: "Zero 0.00%"}[rate], money(vatv), money(tot),
                     "4000 - Sales Type A" if code != "SRV-INST" else "4010 - Sales Type B", status, money(outst), o["note"]])
        per.append((o["label"], o["amb"], o["kind"], o["country"]))

with open(os.path.join(SET, "layouts", LID + ".csv"), "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f); w.writerow(HEAD); w.writerows(rows)
write_labels(LID, per)
write_key(LID, {
    "id": LID, "system": "Sage Business Cloud Accounting (Ireland) - Sales > Sales Invoices, export with item lines (CSV)", "country": "IE", "language": "en",
    "docs": ["Sage Accounting sales invoice object as documented by Zynk's Sage Business Cloud export (contact reference/name, invoice number, date, due date, reference, status, net/tax/total, outstanding, invoice lines with product/service, description, quantity, unit price, discount, ledger account, tax rate, notes) and Sage's CSV import template for invoices (Customer Reference, Invoice Date, Invoice Number, Due Date, Reference, Description, Ledger Account, Net, VAT Rate, VAT).",
             "Exact export header labels not found in stored documentation; headers follow the Sage Accounting UI labels. Irish VAT rates 23% / 13.5% / 0% shown as 'Standard 23.00%' etc.; dates dd/mm/yyyy; decimal point; UTF-8 with BOM (names with fadas)."],
    "fields": {"buyer": "Customer Name", "product": "Description", "quantity": "Quantity", "amount": "Total", "tax_id": "VAT Registration Number",
               "email": "Email", "payment": None, "comment": "Notes"},
    "also_ok": {"amount": ["Net"]},
    "notes": "Every line after the header is a record (one invoice line); lines of one invoice share Invoice Number. 'Reference' holds the customer's PO/reference. No payment-method column. File is UTF-8 with BOM."})
print(LID, len(rows), "rows", len(orders), "orders")
