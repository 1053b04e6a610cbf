"""Dynamics 365 Business Central (GB) page 143 'Posted Sales Invoices' > Open in Excel, personalised list."""
import datetime as dt
import io
import re
import zipfile
import random

from openpyxl import Workbook
from openpyxl.styles import Font

from c_common import FREEMAIL_GB, GB_FIRST, GB_LAST, LAYOUTS, gb_vat, gb_vat_ok, write_key, write_labels

ID = "c_gb_dynamics_bc_posted_sales_invoices"
rng = random.Random(6303)

HEADER = ["No.", "Posting Date", "Customer No.", "Customer Name", "Currency Code", "Due Date", "Amount",
          "Amount Including VAT", "Remaining Amount", "Sell-to Contact", "Sell-to E-Mail", "VAT Registration No.",
          "External Document No.", "Your Reference", "Payment Terms Code", "Payment Method Code", "Location Code",
          "No. Printed", "Closed", "Cancelled", "Corrective"]

# (name, domain, label, amb, kind, vat?, terms, method, refs)
ORGS = [
    ("Balfour Beatty Group Limited", "balfourbeatty.com", "B2B", "company"),
    ("Kier Construction Limited", "kier.co.uk", "B2B", "company"),
    ("Arup Group Limited", "arup.com", "B2B", "company"),
    ("Mott MacDonald Limited", "mottmac.com", "B2B", "company"),
    ("Greggs plc", "greggs.co.uk", "B2B", "company"),
    ("Travis Perkins Trading Company Limited", "travisperkins.co.uk", "B2B", "company"),
    ("Capita Business Services Ltd", "capita.com", "B2B", "company"),
    ("Wates Construction Limited", "wates.co.uk", "B2B", "company"),
    ("SERCO LIMITED", "serco.com", "B2B", "company"),
    ("Bupa Care Homes (CFChomes) Limited", "bupa.com", "B2B", "company"),
    ("Ocado Retail Limited", "ocado.com", "B2B", "company"),
    ("Hargreaves Lansdown plc", "hl.co.uk", "B2B", "company"),
    ("Thornbury Dental Practice Ltd", "thornburydental.co.uk", "B2B", "company"),
    ("British Heart Foundation", "bhf.org.uk", "B2B", "charity"),
    ("The National Trust", "nationaltrust.org.uk", "B2B", "charity"),
    ("British Red Cross Society", "redcross.org.uk", "B2B", "national_red_cross"),
    ("University of Buckingham", "buckingham.ac.uk", "B2B", "private_university"),
    ("Ordnance Survey Limited", "os.uk", "B2B", "state_owned_company"),
    ("Post Office Limited", "postoffice.co.uk", "B2B", "state_owned_company"),
    ("Manchester City Council", "manchester.gov.uk", "B2G", "municipality"),
    ("Leeds City Council", "leeds.gov.uk", "B2G", "municipality"),
    ("Kent County Council", "kent.gov.uk", "B2G", "county_council"),
    ("Hampshire County Council", "hants.gov.uk", "B2G", "county_council"),
    ("London Borough of Camden", "camden.gov.uk", "B2G", "borough_council"),
    ("Bristol City Council", "bristol.gov.uk", "B2G", "municipality"),
    ("Cardiff Council", "cardiff.gov.uk", "B2G", "municipality"),
    ("Glasgow City Council", "glasgow.gov.uk", "B2G", "municipality"),
    ("Cornwall Council", "cornwall.gov.uk", "B2G", "unitary_authority"),
    ("Manchester University NHS Foundation Trust", "mft.nhs.uk", "B2G", "nhs_trust"),
    ("Guy's and St Thomas' NHS Foundation Trust", "gstt.nhs.uk", "B2G", "nhs_trust"),
    ("Leeds Teaching Hospitals NHS Trust", "nhs.net", "B2G", "nhs_trust"),
    ("Oxford University Hospitals NHS Foundation Trust", "ouh.nhs.uk", "B2G", "nhs_trust"),
    ("NHS Greater Glasgow and Clyde", "ggc.scot.nhs.uk", "B2G", "nhs_health_board"),
    ("Environment Agency", "environment-agency.gov.uk", "B2G", "government_agency"),
    ("Ministry of Defence", "mod.gov.uk", "B2G", "armed_forces_ministry"),
    ("Metropolitan Police Service", "met.police.uk", "B2G", "police"),
    ("Driver and Vehicle Licensing Agency", "dvla.gov.uk", "B2G", "government_agency"),
    ("University of Leeds", "leeds.ac.uk", "B2G", "public_university"),
    ("Ark Schools", "arkonline.org", "B2G", "academy_trust"),
    ("Oasis Community Learning", "oasisuk.org", "B2G", "academy_trust"),
    ("United Learning Trust", "unitedlearning.org.uk", "B2G", "academy_trust"),
    ("Outwood Grange Academies Trust", "outwood.com", "B2G", "academy_trust"),
    ("St Mary's CofE Primary School", "stmarys.camden.sch.uk", "B2G", "public_school"),
    ("Embassy of Japan in the UK", "ld.mofa.go.jp", "B2G", "embassy"),
]
REFS_B = ["Office refurb - 3rd floor", "Stationery Q{q}", "Replacement toner", "New starter kit x{n}",
          "Site office furniture", "IT peripherals", "Meeting room chairs", "", "", ""]
REFS_G = ["Framework RM6173 call-off", "School office supplies", "Ward stationery", "Depot furniture",
          "Library refurb", "Toner - Civic Centre", "", ""]

rows, labels = [], []
inv = 104100
custno = {}


def cno(name):
    if name not in custno:
        custno[name] = f"C{10000 + 10 * (len(custno) + 1):05d}"
    return custno[name]


def person_name():
    return rng.choice(GB_FIRST), rng.choice(GB_LAST)


def add(name, label, amb, kind, contact="", email="", vat="", ext="", ref="", terms="30 DAYS", method="BANK",
        net=None, country="GB", cur="", cust=None, corrective=False):
    global inv
    inv += rng.randint(1, 6)
    post = dt.date(2024, 4, 1) + dt.timedelta(days=rng.randint(0, 270))
    days = {"30 DAYS": 30, "14 DAYS": 14, "CM": 30, "COD": 0, "7 DAYS": 7, "60 DAYS": 60}[terms]
    due = post + dt.timedelta(days=days)
    if net is None:
        net = round(rng.uniform(85, 9500), 2)
    vatamt = 0 if country != "GB" else round(net * 0.2, 2)
    gross = round(net + vatamt, 2)
    closed = rng.random() < 0.7 or method in ("CARD", "CASH")
    rem = 0 if closed else (gross if rng.random() < 0.8 else round(gross / 2, 2))
    rows.append([f"PS-INV{inv}", post, cust or cno(name), name, cur, due, -net if corrective else net,
                 -gross if corrective else gross, rem, contact, email, vat, ext, ref, terms, method,
                 rng.choice(["MAIN", "MAIN", "MAIN", "NORTH"]), rng.choice([1, 1, 1, 2, 0]), closed, False, corrective])
    labels.append((label, amb, kind, country))


vats = {}
for name, dom, lab, kind in ORGS:
    if kind in ("embassy",):
        vats[name] = ""
    else:
        vats[name] = gb_vat(rng) if rng.random() < 0.9 else ""
    for _ in range(rng.choice([2, 3, 3, 4])):
        f, l = person_name()
        contact = f"{f} {l}" if rng.random() < 0.7 else ""
        em = ""
        if rng.random() < 0.75:
            em = f"{f.lower()}.{l.lower()}@{dom}" if dom != "nhs.net" else f"{f.lower()}.{l.lower()}{rng.randint(1, 9)}@nhs.net"
            if rng.random() < 0.25:
                em = rng.choice(["accounts.payable@", "purchasing@", "invoices@"]) + dom
        if lab == "B2G":
            ext = rng.choice(["PO", "PO-", ""]) + str(rng.randint(4500000, 4599999)) if rng.random() < 0.8 else ""
            ref = rng.choice(REFS_G)
            terms = "30 DAYS"
        else:
            ext = str(rng.randint(100000, 999999)) if rng.random() < 0.6 else ""
            ref = rng.choice(REFS_B).format(q=rng.randint(1, 4), n=rng.randint(2, 12))
            terms = rng.choice(["30 DAYS", "30 DAYS", "CM", "60 DAYS"])
        add(name, lab, False, kind, contact, em, vats[name], ext, ref, terms, rng.choice(["BANK", "BANK", "BACS"]))

# Cash sales catch-all (counter sales) -> anonymous retail B2C
for _ in range(6):
    add("Cash Sales", "B2C", False, "anonymous_retail", terms="COD", method=rng.choice(["CARD", "CASH"]),
        net=round(rng.uniform(6, 140), 2), cust="CASH")
# private persons
for i in range(18):
    f, l = person_name()
    style = rng.random()
    nm = f"{f} {l}" if style < 0.5 else (f"{l.upper()}, {f.upper()}" if style < 0.65 else
                                         (f"Mrs {f[0]} {l}" if style < 0.85 else f"{f} {l}  "))
    em = f"{f.lower()}{l.lower()}{rng.randint(1, 99)}@{rng.choice(FREEMAIL_GB)}" if rng.random() < 0.7 else ""
    add(nm, "B2C", False, "private_person", email=em, ref=rng.choice(["Home office chair", "Desk for home", "", "Filing cabinet"]),
        terms="COD", method="CARD", net=round(rng.uniform(40, 600), 2))
# sole traders
for nm, em in [("Gareth Hughes t/a Hughes Electrical", "gareth@hugheselectrical.co.uk"),
               ("Priya Shah Architects", "studio@priyashaharchitects.co.uk"),
               ("Thomas White Bookkeeping", "thomaswhitebookkeeping@gmail.com"),
               ("R. Morgan Plumbing & Heating", "rmorganplumbing@btinternet.com")]:
    for _ in range(2):
        add(nm, "B2B", False, "sole_trader", email=em, vat=gb_vat(rng) if rng.random() < 0.5 else "",
            ref=rng.choice(["Printer + toner", "Office chair", "Filing", "Stationery"]), terms="14 DAYS", method="BANK")

# --- ambiguous cases
add("Hampshire County Council", "B2G", True, "county_council_one_household_item", "Helen Ward", "helen.ward@hants.gov.uk",
    vats["Hampshire County Council"], "PO4511872", "1 x kettle - staff kitchen", "30 DAYS", "BANK", net=24.99)
add("St Mary's CofE Primary School", "B2G", True, "public_school_one_household_item", "", "office@stmarys.camden.sch.uk",
    vats["St Mary's CofE Primary School"], "", "Microwave for staff room", "30 DAYS", "CARD", net=89.00)
add("Greggs plc", "B2B", True, "company_one_household_item", "", "", vats["Greggs plc"], "", "1 x portable air conditioner",
    "30 DAYS", "CARD", net=349.00)
add("Network Rail Infrastructure Limited", "B2B", True, "state_owned_company_procurement", "Ian Fletcher",
    "ian.fletcher@networkrail.co.uk", gb_vat(rng), "PO 3100458877", "Tender NR/CP7/0412 - UCR 2016 framework",
    "60 DAYS", "BANK", net=18450.00)
add("Network Rail Infrastructure Limited", "B2B", False, "state_owned_company", "", "accounts.payable@networkrail.co.uk",
    "", "PO 3100461203", "Desk chairs", "60 DAYS", "BANK", net=2310.00)
add("International Maritime Organization", "B2B", True, "international_org", "", "procurement@imo.org", "",
    "IMO-PO-24-0318", "Conference room furniture", "30 DAYS", "BANK", net=7640.00)
add("European Bank for Reconstruction and Development", "B2B", True, "international_org", "", "", "", "",
    "Stationery", "30 DAYS", "BANK", net=1210.50)
add("NHS Property Services Ltd", "B2B", True, "state_owned_company_procurement", "", "invoices@property.nhs.uk", gb_vat(rng),
    "PO 7700123", "NHS SBS framework call-off", "30 DAYS", "BANK", net=5420.00)
f, l = person_name()
add(f"{f} {l}", "B2C", True, "person_with_gov_email_household", email=f"{f.lower()}.{l.lower()}@nhs.net",
    ref="Sofa bed - home delivery", terms="COD", method="CARD", net=499.00)
f, l = person_name()
add(f"{f} {l}", "B2C", True, "person_with_gov_email_household", email=f"{f.lower()}.{l.lower()}@justice.gov.uk",
    ref="Home office desk - personal", terms="COD", method="CARD", net=229.00)
f, l = person_name()
add(f"{f} {l}", "B2B", True, "person_states_resale", email=f"{f.lower()}{l.lower()}@{rng.choice(FREEMAIL_GB)}",
    ref="Stock for resale - market stall", terms="COD", method="CARD", net=640.00)
f, l = person_name()
add(f"{f} {l}", "B2C", True, "private_person_bulk_quantity", email=f"{f.lower()}.{l.lower()}@gmail.com",
    ref="40 x desk lamps", terms="COD", method="CARD", net=1196.00)
f, l = person_name()
add(f"{f} {l}", "B2B", True, "person_pays_company_invoice", email=f"{f.lower()}{l.lower()}@hotmail.co.uk",
    ref="Paying for Hughes Electrical - inv PS-INV104233", terms="COD", method="CARD", net=412.00)
add("Gareth Hughes t/a Hughes Electrical", "B2B", True, "sole_trader_personal_card", email="gareth.hughes77@gmail.com",
    ref="TV for lounge", terms="COD", method="CARD", net=449.00)
for nm in ["Meadowbank", "J.K.S."]:
    add(nm, "B2B", True, "thin_name_only", terms="30 DAYS", method="", net=round(rng.uniform(150, 900), 2))

# more ambiguous cases
f, l = person_name()
add(f"{f} {l}", "B2C", True, "person_with_gov_email_household", email=f"{f[0].lower()}{l.lower()}@leeds.gov.uk",
    ref="Garden furniture set - deliver to home", terms="COD", method="CARD", net=315.00)
f, l = person_name()
add(f"{f} {l}", "B2C", True, "person_with_company_email_household", email=f"{f.lower()}.{l.lower()}@arup.com",
    ref="Bookcase for home", terms="COD", method="CARD", net=189.00)
add("Ark Schools", "B2G", True, "academy_one_household_item", "", "finance@arkonline.org", vats["Ark Schools"], "",
    "1 x dishwasher - staff room", "30 DAYS", "BANK", net=379.00)
add("Capita Business Services Ltd", "B2B", True, "company_one_household_item", "", "", vats["Capita Business Services Ltd"],
    "", "Fridge freezer", "30 DAYS", "CARD", net=529.00)
add("Harrow Lodge", "B2B", True, "thin_name_only", terms="30 DAYS", method="", net=744.00)
add("Unknown customer", "B2C", True, "thin_catch_all", cust="MISC", terms="COD", method="CASH", net=35.00)
add("Sarah Khan Consulting", "B2B", True, "sole_trader_personal_card", email="sarahkhan.consult@gmail.com",
    ref="Armchair - personal card", terms="COD", method="CARD", net=420.00)
# corrective invoice (after a cancelled one) for a council
add("Bristol City Council", "B2G", False, "municipality", "", "", vats["Bristol City Council"], "PO4520011", "Re-issue", corrective=False)

# Euro customer (Ireland) - no UK VAT
add("Dublin City Council", "B2G", False, "municipality", "", "accountspayable@dublincity.ie", "IE0033562F", "PO 2024-1188",
    "Library shelving", "30 DAYS", "BANK", net=6890.00, country="IE", cur="EUR")
add("Kingspan Group plc", "B2B", False, "company", "", "ap@kingspan.com", "IE4701427G", "", "Site cabins", "30 DAYS", "BANK",
    net=3315.00, country="IE", cur="EUR")

# page is sorted by Posting Date descending
order = sorted(range(len(rows)), key=lambda i: (rows[i][1], rows[i][0]), reverse=True)
rows = [rows[i] for i in order]
labels = [labels[i] for i in order]
# number series follows posting order: oldest invoice gets the lowest number
for k, r in enumerate(reversed(rows)):
    r[0] = f"PS-INV{104101 + k + k // 7}"
for r in rows:
    if r[11] and r[11].startswith("GB"):
        assert gb_vat_ok(r[11]), r[11]

wb = Workbook()
ws = wb.active
ws.title = "Posted Sales Invoices"
ws.append(HEADER)
for c in ws[1]:
    c.font = Font(bold=True)
for r in rows:
    ws.append(r)
for row in ws.iter_rows(min_row=2):
    for c in (row[1], row[5]):
        c.number_format = "dd/mm/yyyy"
    for c in (row[6], row[7], row[8]):
        c.number_format = "#,##0.00"
ws.freeze_panes = "A2"
for col, wdt in zip("ABCDEFGHIJKLMNOPQRSTU", [14, 12, 11, 42, 9, 12, 12, 12, 12, 18, 36, 15, 16, 36, 10, 10, 9, 6, 7, 7, 7]):
    ws.column_dimensions[col].width = wdt
buf = io.BytesIO()
wb.save(buf)
# make the file byte-reproducible: fixed document dates and zip entry times
with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, zipfile.ZipFile(LAYOUTS / f"{ID}.xlsx", "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "docProps/core.xml":
            data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-01-06T09:12:00Z", data)
        zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 6, 9, 12, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, data)

write_labels(ID, labels)
write_key(ID, {
    "id": ID,
    "system": "Microsoft Dynamics 365 Business Central (GB localisation), page 143 'Posted Sales Invoices' (Sales Invoice Header), personalised columns, Share > Open in Excel",
    "country": "GB",
    "language": "en",
    "docs": [
        "Base Application page 143 'Posted Sales Invoices' source (AL): repeater columns No., Sell-to Customer No. (caption 'Customer No.'), Sell-to Customer Name (caption 'Customer Name'), Currency Code, Due Date, Amount (excl. VAT), Amount Including VAT, Remaining Amount, then hidden-by-default fields (Sell-to Contact, Bill-to..., Posting Date, External Document No., Payment Terms Code, ...), Location Code, No. Printed, Closed, Cancelled, Corrective; SourceTableView sorting(Posting Date) order(descending)",
        "learn.microsoft.com reference for page 143 (Caption 'Posted Sales Invoices', source table Sales Invoice Header) and the salesInvoices API (customerName, totalAmountExcludingTax/IncludingTax, remainingAmount): one row per posted invoice",
        "Sales Invoice Header fields added by personalisation here: Posting Date, Sell-to Contact, Sell-to E-Mail, VAT Registration No., External Document No., Your Reference, Payment Method Code"
    ],
    "fields": {"buyer": "Customer Name", "product": None, "quantity": None, "amount": "Amount Including VAT",
               "tax_id": "VAT Registration No.", "email": "Sell-to E-Mail", "payment": "Payment Method Code",
               "comment": "Your Reference"},
    "also_ok": {"amount": ["Amount", "Remaining Amount"], "payment": ["Payment Terms Code"], "buyer": ["Sell-to Contact"]},
    "notes": "XLSX, one sheet 'Posted Sales Invoices', header on row 1, one row per posted invoice (no lines, no totals row), sorted by Posting Date descending as the page is. Dates are real Excel dates (dd/mm/yyyy), amounts numeric; Currency Code is empty for the local currency (GBP) and EUR for two Irish customers. Closed/Cancelled/Corrective are Excel booleans. 'Cash Sales' (Customer No. CASH) is the counter-sales catch-all customer: anonymous retail. There is no item column in this list; Your Reference often names what was bought. Academy trusts are read as public schools (B2G)."
})
print(len(rows), "rows")
