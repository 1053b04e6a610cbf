"""Clear Books (UK) - Tools > Export, Sales Ledger data type, CSV download.

Seller: a West Yorkshire workplace-supplies firm. One line per invoice line.
Rebuilds layouts/i_gb_clearbooks_sales_invoices.csv and its key files. Seed fixed.
"""
import csv
import io
import random
from datetime import date, timedelta

from i_common import LAYOUTS, write_key, write_labels

ID = "i_gb_clearbooks_sales_invoices"
rng = random.Random(44019)


def gb_vat():
    """GB VAT number, 9 digits, check pair per the mod-97 rule (old series)."""
    while True:
        d = [rng.randint(0, 9) for _ in range(7)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(8, 1, -1)))
        chk = (-s) % 97
        return "GB" + "".join(map(str, d)) + f"{chk:02d}"


P = {
    "paper": ("Navigator A4 Universal 80gsm paper, box of 5 reams", 24.95, "4000"),
    "toner": ("HP 26A black toner cartridge CF226A", 89.00, "4000"),
    "chair": ("Fellowes ergonomic mesh office chair", 149.00, "4010"),
    "desk": ("Height-adjustable desk 1400x800, white top", 329.00, "4010"),
    "towel": ("C-fold hand towels white, case of 2,880", 22.50, "4020"),
    "clean": ("Jangro multi-purpose cleaner 5L", 11.40, "4020"),
    "glove": ("Nitrile gloves blue, box of 100", 6.20, "4020"),
    "aid": ("First aid kit BS 8599-1, large", 38.50, "4030"),
    "cooler": ("Brita Vivreau floor-standing water cooler", 645.00, "4010"),
    "coffee": ("Nescafe Original instant coffee 750g", 17.99, "4040"),
    "tea": ("Tetley tea bags, pack of 1100", 21.50, "4040"),
    "ext": ("Fire extinguisher 6L AFFF foam", 44.00, "4030"),
    "wb": ("Magnetic whiteboard 1200x900mm", 89.00, "4010"),
    "vest": ("Hi-vis vest yellow EN ISO 20471, pack of 10", 19.50, "4030"),
    "sack": ("Clinical waste sacks yellow, roll of 50", 9.80, "4020"),
    "bin": ("Pedal bin 30L stainless", 27.90, "4020"),
    "dlv": ("Delivery charge", 9.95, "4900"),
    # household-looking
    "kettle": ("Morphy Richards Accents 1.5L kettle", 34.99, "4040"),
    "hoover": ("Henry HVR160 vacuum cleaner", 139.00, "4020"),
    "tv": ("Samsung 50in Crystal UHD smart TV", 399.00, "4010"),
    "toast": ("Breville 4-slice toaster", 39.99, "4040"),
}
OFFICE = ["paper", "toner", "chair", "desk", "coffee", "tea", "wb", "aid", "towel", "clean", "cooler"]
HEALTH = ["glove", "sack", "towel", "clean", "aid", "paper", "bin"]
SITE = ["vest", "glove", "aid", "ext", "clean", "towel"]
SCHOOL = ["paper", "wb", "towel", "clean", "aid", "chair", "toner"]

C = []


def cust(name, email, kind, label, profile, weight=1, vat=True, amb=False, cc="GB"):
    C.append(dict(name=name, email=email, vat=gb_vat() if vat else "", kind=kind, label=label, amb=amb, cc=cc,
                  profile=profile, weight=weight))


# B2B
cust("Marshalls plc", "accounts.payable@marshalls.co.uk", "company", "B2B", OFFICE + SITE, 2)
cust("Yorkshire Water Services Limited", "supplierinvoices@yorkshirewater.co.uk", "company", "B2B", SITE + OFFICE, 2)
cust("Pennine Dental Care Ltd", "practice@penninedentalcare.co.uk", "company", "B2B", HEALTH + OFFICE, 2)
cust("RYBURN VALLEY JOINERY LTD", "office@ryburnjoinery.co.uk", "company", "B2B", SITE, 1)
cust("Hargreaves & Sons (Builders) Ltd", "accounts@hargreavesbuilders.co.uk", "company", "B2B", SITE, 2)
cust("Moorside Veterinary Practice LLP", "admin@moorsidevets.co.uk", "company", "B2B", HEALTH, 1)
cust("Bronte Accountancy LLP", "hello@bronteaccountancy.co.uk", "company", "B2B", OFFICE, 1)
cust("Covea Insurance plc", "ap.halifax@coveainsurance.co.uk", "company", "B2B", OFFICE, 1)
cust("Northern Ballet", "facilities@northernballet.com", "charity", "B2B", OFFICE, 1)
cust("The Piece Hall Trust", "operations@thepiecehall.co.uk", "charity", "B2B", OFFICE + ["clean", "towel"], 1)
cust("The Grammar School at Leeds", "finance@gsal.org.uk", "private_school", "B2B", SCHOOL, 1)
cust("Yorkshire Building Society", "invoices@ybs.co.uk", "building_society", "B2B", OFFICE, 1)
cust("Overgate Hospice", "finance@overgatehospice.org.uk", "charity", "B2B", HEALTH, 1)
cust("Post Office Limited", "ap.supplierinvoices@postoffice.co.uk", "state_owned_company", "B2B", OFFICE, 1)
cust("Gary Walsh Electrical", "garywalshelectrical@btinternet.com", "sole_trader", "B2B", SITE, 1, vat=False)
cust("Sarah Hughes t/a Hughes Hair Studio", "hugheshairstudio@gmail.com", "sole_trader", "B2B", ["towel", "clean", "glove"], 1, vat=False)
cust("A. Khan Plumbing & Heating", "akhanplumbing@outlook.com", "sole_trader", "B2B", SITE, 1, vat=False)
cust("British Red Cross Society", "ap@redcross.org.uk", "national_red_cross", "B2B", ["aid", "glove", "vest"], 1)
cust("Todmorden Community Co-operative Ltd", "info@todcoop.org.uk", "cooperative", "B2B", OFFICE, 1)
# B2G
cust("Leeds City Council", "fms.invoices@leeds.gov.uk", "municipality", "B2G", OFFICE + SITE, 3)
cust("Calderdale Metropolitan Borough Council", "accounts.payable@calderdale.gov.uk", "municipality", "B2G", OFFICE + SITE, 3)
cust("Kirklees Council", "creditors@kirklees.gov.uk", "municipality", "B2G", OFFICE, 2)
cust("City of Bradford Metropolitan District Council", "accounts.payable@bradford.gov.uk", "municipality", "B2G", OFFICE, 2)
cust("Wakefield Council", "payables@wakefield.gov.uk", "municipality", "B2G", OFFICE, 1)
cust("Hebden Royd Town Council", "clerk@hebdenroydtowncouncil.gov.uk", "town_council", "B2G", ["paper", "tea", "coffee", "clean"], 1)
cust("West Yorkshire Fire and Rescue Service", "procurement@westyorksfire.gov.uk", "fire_service", "B2G", SITE, 1)
cust("West Yorkshire Police", "ap@westyorkshire.police.uk", "police", "B2G", OFFICE + SITE, 1)
cust("Leeds Teaching Hospitals NHS Trust", "leedsth-tr.accountspayable@nhs.net", "nhs_trust", "B2G", HEALTH, 3)
cust("Calderdale and Huddersfield NHS Foundation Trust", "cht.invoices@nhs.net", "nhs_trust", "B2G", HEALTH, 2)
cust("Bradford Teaching Hospitals NHS Foundation Trust", "bth.ap@nhs.net", "nhs_trust", "B2G", HEALTH, 1)
cust("University of Huddersfield", "purchasing@hud.ac.uk", "public_university", "B2G", OFFICE + SCHOOL, 2)
cust("Calderdale College", "finance@calderdale.ac.uk", "public_college", "B2G", SCHOOL, 1)
cust("Crossley Heath School", "finance@crossleyheath.org.uk", "academy", "B2G", SCHOOL, 1)
cust("Outwood Academy City", "finance@city.outwood.com", "academy", "B2G", SCHOOL, 1)
cust("Co-op Academy Leeds", "office@leeds.coopacademies.co.uk", "academy", "B2G", SCHOOL, 1)
cust("Environment Agency", "ea-invoices@environment-agency.gov.uk", "government_agency", "B2G", SITE, 1)
cust("HM Courts & Tribunals Service", "hmcts.finance@justice.gov.uk", "government_agency", "B2G", OFFICE, 1)
# B2C persons
for nm, em, prof in [
    ("Mrs Janet Barker", "janetbarker62@hotmail.co.uk", ["chair", "kettle", "toast"]),
    ("Smith, David", "davesmith.hx@gmail.com", ["desk", "chair"]),
    ("Emma Clarke", "emmaclarke@yahoo.co.uk", ["chair", "hoover"]),
    ("MOHAMMED IQBAL", "m.iqbal87@gmail.com", ["desk", "wb"]),
    ("Rebecca Sutcliffe", "", ["kettle", "toast"]),
    ("Thomas Brook ", "tombrook@btinternet.com", ["chair", "paper"]),
    ("Holmes, Karen", "karenholmes@sky.com", ["hoover"]),
]:
    C.append(dict(name=nm, email=em, vat="", kind="private_person", label="B2C", amb=False, cc="GB",
                  profile=prof, weight=2))

known = {c["name"]: c for c in C}


def qty_for(k, label):
    if label == "B2C":
        return 1 if k not in ("paper",) else rng.choice([1, 2])
    if k in ("desk", "chair"):
        return rng.choice([1, 2, 4, 6, 10])
    if k in ("cooler",):
        return 1
    if k in ("paper", "towel", "glove", "sack"):
        return rng.choice([5, 10, 20, 40])
    return rng.choice([1, 2, 3, 6, 12])


invs = []
pool = [c for c in C for _ in range(c["weight"])]
for _ in range(92):
    c = rng.choice(pool)
    n = 1 if c["label"] == "B2C" else rng.choice([1, 1, 2, 2, 3])
    ks = rng.sample(c["profile"], min(n, len(c["profile"])))
    ls = [(k, qty_for(k, c["label"])) for k in ks]
    if c["label"] == "B2C" and rng.random() < 0.5:
        ls.append(("dlv", 1))
    if c["label"] == "B2G":
        ref = rng.choice([f"PO {rng.randint(4500000000, 4509999999)}", f"PO-{rng.randint(100000, 999999)}",
                          f"Order no. {rng.randint(70000, 79999)}"])
    elif c["label"] == "B2B":
        ref = rng.choice(["", f"PO{rng.randint(1000, 9999)}", "Monthly consumables", "Site order", ""])
    else:
        ref = rng.choice(["", "Web order", "Collected", ""])
    invs.append(dict(c=c, lines=ls, ref=ref))


def special(name, email, kind, label, amb, lines, ref, vat=None):
    base = known.get(name)
    v = base["vat"] if base else (gb_vat() if vat else "")
    c = dict(name=name, email=email, vat=v, kind=kind, label=label, amb=amb, cc="GB")
    invs.append(dict(c=c, lines=lines, ref=ref))


special("Network Rail Infrastructure Limited", "apinvoices@networkrail.co.uk", "state_owned_company", "B2B", True,
        [("vest", 40), ("glove", 60), ("aid", 10)], "Tender ref NR/CP7/PS/2291 - framework call-off", vat=True)
special("International Maritime Organization", "procurement@imo.org", "international_org", "B2B", True,
        [("chair", 12), ("desk", 6)], "IMO purchase order 24-0388")
special("Bronte Accountancy LLP", "hello@bronteaccountancy.co.uk", "company_household_item", "B2B", True,
        [("kettle", 1)], "")
special("Hargreaves & Sons (Builders) Ltd", "accounts@hargreavesbuilders.co.uk", "company_household_item", "B2B", True,
        [("tv", 1)], "")
special("Crossley Heath School", "finance@crossleyheath.org.uk", "academy", "B2G", True, [("kettle", 1)], "Staffroom")
special("Calderdale Metropolitan Borough Council", "accounts.payable@calderdale.gov.uk", "municipality", "B2G", True,
        [("toast", 1)], "Todmorden library staff room")
special("Dr Helen Ashworth", "helen.ashworth3@nhs.net", "person_gov_email", "B2C", True, [("hoover", 1), ("dlv", 1)],
        "Deliver to home address, Sowerby Bridge")
special("Paul Greenwood", "paul.greenwood@marshalls.co.uk", "person_company_email", "B2C", True, [("toast", 1)], "Collected")
special("Gary Walsh Electrical", "garywalshelectrical@btinternet.com", "sole_trader_personal_card", "B2B", True,
        [("tv", 1)], "Paid by personal debit card")
special("Dean Fletcher", "deanfletcher77@gmail.com", "person_for_resale", "B2B", True, [("kettle", 12), ("toast", 12)],
        "For resale on market stall - Halifax Borough Market")
special("Lisa Moran", "lisamoran@live.co.uk", "private_person_bulk", "B2C", True, [("chair", 30)], "")
special("Cash Sale", "", "anonymous_thin", "B2B", True, [("paper", 40), ("toner", 6)], "")
special("Cash Sale", "", "anonymous_thin", "B2C", True, [("kettle", 1)], "")
special("Cash Sale", "", "anonymous_thin", "B2C", True, [("hoover", 1)], "")
special("Andrew Lumb", "andylumb@gmail.com", "person_paying_company_invoice", "B2B", True, [("desk", 4), ("chair", 4)],
        "Payment on behalf of Lumb Surveying Ltd")
special("Consulate of Pakistan, Bradford", "parepbradford@mofa.gov.pk", "consulate", "B2G", False,
        [("paper", 10), ("toner", 2)], "")

rng.shuffle(invs)
start = date(2024, 4, 2)
for i, inv in enumerate(invs):
    d = start + timedelta(days=int(i * 182 / len(invs)))
    while d.weekday() > 4:
        d += timedelta(days=1)
    inv["date"] = d
invs.sort(key=lambda x: x["date"])

header = ["ID", "Date", "Due Date", "Customer", "Customer Email", "Customer VAT Number", "Reference", "Description",
          "Quantity", "Unit Price", "Account", "VAT Rate", "Net", "VAT", "Gross", "Paid", "Outstanding", "Status",
          "Currency", "Invoice Number"]
rows, labels = [], []
for n, inv in enumerate(invs):
    c = inv["c"]
    docid = 2311 + n
    terms = 0 if c["label"] == "B2C" or c["name"] == "Cash Sale" else 30
    due = inv["date"] + timedelta(days=terms)
    lines = []
    for k, q in inv["lines"]:
        desc, price, acc = P[k]
        net = round(price * q, 2)
        vat = round(net * 0.2, 2)
        lines.append((desc, q, price, acc, net, vat, round(net + vat, 2)))
    gross = round(sum(l[6] for l in lines), 2)
    if terms == 0 or rng.random() < 0.6:
        paid, status = gross, "paid"
    else:
        paid, status = 0.0, "approved"
    for desc, q, price, acc, net, vat, g in lines:
        rows.append([docid, inv["date"].strftime("%d/%m/%Y"), due.strftime("%d/%m/%Y"), c["name"], c["email"], c["vat"],
                     inv["ref"], desc, q, f"{price:.2f}", acc, "20%", f"{net:.2f}", f"{vat:.2f}", f"{g:.2f}",
                     f"{paid:.2f}", f"{gross - paid:.2f}", status, "GBP", f"INV{docid:06d}"])
        labels.append((c["label"], c["amb"], c["kind"], c["cc"]))

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(header)
w.writerows(rows)
(LAYOUTS / f"{ID}.csv").write_text(buf.getvalue(), encoding="utf-8", newline="")
write_labels(ID, labels)
write_key(ID, {
    "id": ID,
    "system": "Clear Books (UK online accounting) - Tools > Export, data type 'Sales Ledger', downloaded as CSV",
    "country": "GB",
    "language": "en",
    "docs": [
        "Clear Books support, 'How to record a separate payment to invoices in bulk': sales ledger export from Tools > Export, CSV, has a status column (approved = unpaid), invoice date, due date and outstanding amount, and the full invoice number in the last column (column T, i.e. 20 columns for sales)",
        "Clear Books support, 'How to import sales invoices' / multi-currency import: field vocabulary Invoice number, Invoice date, Customer name, Line description, Line unit price, Line net price, Line VAT rate, Line VAT amount, currency code; one row per invoice line with invoice number/customer/date repeated",
        "Clear Books user guide: invoice numbers in INV000207 style, statuses paid/draft/approved, NET/VAT/GROSS totals",
    ],
    "fields": {"buyer": "Customer", "product": "Description", "quantity": "Quantity", "amount": "Gross",
               "tax_id": "Customer VAT Number", "email": "Customer Email", "payment": None, "comment": "Reference"},
    "also_ok": {"amount": ["Net"]},
    "notes": "Plain CSV, UTF-8, no title or totals lines, one record per invoice line; ID, dates, customer, Paid/Outstanding/Status and the full Invoice Number (last column) repeat on every line of an invoice. Dates dd/mm/yyyy, amounts with a dot. Status 'approved' = unpaid, 'paid' = settled. 'Cash Sale' is the catch-all customer for counter sales with no buyer. The exact column set of the real export is reconstructed from the support articles (20 columns, invoice number last); column names are my reading of Clear Books vocabulary.",
})
print(len(rows), "records")
