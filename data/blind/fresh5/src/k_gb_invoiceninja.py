"""Invoice Ninja (GB): v4 'Export' of invoices to CSV - title lines, INVOICES section, one row per item."""
import csv, random, datetime as dt
from k_common import B, LAYOUTS, write_labels, write_key

LID = "k_gb_invoiceninja_invoices"
rnd = random.Random(77001)

HEADER = ["Client", "Email", "Invoice Number", "Amount", "Paid", "PO Number", "Status", "Invoice Date", "Due Date",
          "Discount", "Partial/Deposit", "Partial Due Date", "Public Notes", "Private Notes", "Item Product",
          "Item Notes", "Item Cost", "Item Quantity"]

BIZ = [("ERG-CHAIR", "Ergonomic mesh office chair, adjustable lumbar", 189.00, (2, 20)),
       ("DESK-1600", "Height-adjustable desk 1600 x 800mm, white", 349.00, (1, 12)),
       ("HP-M283FDW", "HP Color LaserJet Pro M283fdw", 329.00, (1, 3)),
       ("PAPER-A4", "A4 copier paper 80gsm, box of 5 reams", 22.50, (2, 40)),
       ("TONER-207A", "HP 207A toner, black", 74.99, (2, 10)),
       ("MON-27", "Dell P2723D 27in monitor", 239.00, (1, 15)),
       ("LAPTOP-E14", "Lenovo ThinkPad E14 Gen 5, 16GB, 512GB SSD", 749.00, (1, 10)),
       ("INSTALL", "Delivery, installation & assembly (per hour)", 45.00, (1, 12)),
       ("SHRED-79CI", "Fellowes 79Ci cross-cut shredder", 219.00, (1, 3)),
       ("CAB-4DR", "4-drawer steel filing cabinet", 199.00, (1, 8))]
HOME = [("KETTLE", "Russell Hobbs 1.7L kettle", 34.99, (1, 1)),
        ("MICRO-25", "Panasonic 25L microwave", 119.00, (1, 1)),
        ("SOFA-2S", "2-seat fabric sofa, grey", 499.00, (1, 1)),
        ("LAMP-DESK", "LED desk lamp", 29.99, (1, 2)),
        ("BOOKCASE", "5-shelf oak-effect bookcase", 89.00, (1, 1))]

buyers = [
    B("Tesco Stores Ltd", "B2B", "company", "GB", email="facilities@tesco.com"),
    B("Arup Group Limited", "B2B", "company", "GB", email="procurement@arup.com"),
    B("Deloitte LLP", "B2B", "llp", "GB", email="uk-purchasing@deloitte.co.uk"),
    B("Greggs plc", "B2B", "company", "GB", email="accounts.payable@greggs.co.uk"),
    B("Clifford Chance LLP", "B2B", "llp", "GB", email="officeservices@cliffordchance.com"),
    B("BrewDog PLC", "B2B", "company", "GB", email="invoices@brewdog.com"),
    B("Hargreaves & Wood Surveyors Ltd", "B2B", "company", "GB", email="office@hargreaveswood.co.uk"),
    B("J. Patel Accountancy", "B2B", "sole_trader", "GB", email="jpatelaccountancy@gmail.com"),
    B("Sarah Hughes Physiotherapy", "B2B", "sole_trader", "GB", email="sarah@hughesphysio.co.uk"),
    B("Oxfam GB", "B2B", "charity", "GB", email="purchasing@oxfam.org.uk"),
    B("British Heart Foundation", "B2B", "charity", "GB", email="procurement@bhf.org.uk"),
    B("The Royal British Legion", "B2B", "charity", "GB", email="finance@britishlegion.org.uk"),
    B("Network Rail Infrastructure Ltd", "B2B", "state_owned_company", "GB", email="ap@networkrail.co.uk"),
    # B2G
    B("Manchester City Council", "B2G", "council", "GB", email="accounts.payable@manchester.gov.uk"),
    B("Leeds City Council", "B2G", "council", "GB", email="procurement@leeds.gov.uk"),
    B("Surrey County Council", "B2G", "council", "GB", email="ap@surreycc.gov.uk"),
    B("London Borough of Camden", "B2G", "council", "GB", email="purchasing@camden.gov.uk"),
    B("Guy's and St Thomas' NHS Foundation Trust", "B2G", "nhs_trust", "GB", email="gst-tr.accountspayable@nhs.net"),
    B("Leeds Teaching Hospitals NHS Trust", "B2G", "nhs_trust", "GB", email="leedsth-tr.procurement@nhs.net"),
    B("Department for Education", "B2G", "ministry", "GB", email="facilities.services@education.gov.uk"),
    B("HM Revenue & Customs", "B2G", "central_government", "GB", email="estates.purchasing@hmrc.gov.uk"),
    B("Metropolitan Police Service", "B2G", "police", "GB", email="procurement@met.police.uk"),
    B("Transport for London", "B2G", "transit_authority", "GB", email="accountspayable@tfl.gov.uk"),
    B("The University of Manchester", "B2G", "public_university", "GB", email="purchasing@manchester.ac.uk"),
    B("Harris Federation", "B2G", "academy_trust", "GB", email="finance@harrisfederation.org.uk"),
    B("Ark Schools", "B2G", "academy_trust", "GB", email="purchasing@arkonline.org"),
    # B2C
    B("Oliver Smith", "B2C", "private_person", "GB", email="oliver.smith84@gmail.com", pool="home"),
    B("Amelia Jones", "B2C", "private_person", "GB", email="amelia.jones@hotmail.co.uk", pool="home"),
    B("WILLIAMS, HARRY", "B2C", "private_person", "GB", email="harrywilliams@btinternet.com", pool="home"),
    B("Chloe Taylor ", "B2C", "private_person", "GB", email="chloe.taylor@yahoo.co.uk", pool="home"),
    B("Davies, Rhys", "B2C", "private_person", "GB", email="rhys.davies1990@outlook.com", pool="home"),
    B("Priya Sharma", "B2C", "private_person", "GB", email="", pool="home"),
    B("George Evans", "B2C", "private_person", "GB", email="g.evans@sky.com", pool="home"),
    # ambiguous
    B("Network Rail Infrastructure Ltd", "B2B", "state_owned_company_tender", "GB", amb=True, email="ap@networkrail.co.uk",
      note="Contract ref NR/CP7/2025/0412 - mini-competition under framework"),
    B("International Maritime Organization", "B2B", "international_org", "GB", amb=True, email="procurement@imo.org"),
    B("Arup Group Limited", "B2B", "company_household_item", "GB", amb=True, email="procurement@arup.com", pool="sofa"),
    B("St Mary's C of E Primary School", "B2G", "school_household_item", "GB", amb=True, email="office@st-marys.camden.sch.uk", pool="kettle"),
    B("Hannah Clarke", "B2C", "person_nhs_email_household", "GB", amb=True, email="hannah.clarke7@nhs.net", pool="sofa"),
    B("Tom Bennett", "B2C", "person_gov_email_household", "GB", amb=True, email="tom.bennett@justice.gov.uk", pool="micro"),
    B("Daniel Wright", "B2B", "person_states_resale", "GB", amb=True, email="danwright.trading@gmail.com", pool="chairs",
      note="for resale - refurb office furniture business"),
    B("", "B2C", "thin_product_only", "GB", amb=True, pool="home1"),
]
weights = [(1.4 if b["amb"] else {"B2C": 2.2, "B2B": 1.3, "B2G": 0.7}[b["label"]]) for b in buyers]

def money(x):
    return f"£{x:,.2f}"

rows, labels = [], []
d = dt.date(2025, 1, 8)
inv = 2301
while len(rows) < 190:
    b = rnd.choices(buyers, weights)[0]
    p = b["pool"]
    if p == "biz":
        items = rnd.sample(BIZ, rnd.randint(1, 4))
    elif p == "home":
        items = rnd.sample(HOME, 1)
    elif p == "sofa":
        items = [HOME[2]]
    elif p == "kettle":
        items = [HOME[0]]
    elif p == "micro":
        items = [HOME[1]]
    elif p == "chairs":
        items = [("ERG-CHAIR", "Ergonomic mesh office chair, adjustable lumbar", 189.00, (10, 10))]
    else:
        items = [rnd.choice(HOME)]
    d += dt.timedelta(days=rnd.randint(0, 3))
    inv += 1
    lines = []
    for (code, notes, cost, (qa, qb)) in items:
        q = rnd.randint(qa, qb)
        lines.append((code, notes, cost, q))
    amount = round(sum(c * q for _, _, c, q in lines) * 1.2, 2)  # prices net, 20% VAT
    status = rnd.choice(["Paid", "Paid", "Sent", "Partial", "Viewed", "Overdue"])
    paid = amount if status == "Paid" else (round(amount * 0.5, 2) if status == "Partial" else 0.0)
    if b["label"] == "B2G":
        po = rnd.choice([f"PO{rnd.randint(4500000000, 4599999999)}", f"{rnd.randint(100000, 999999)}", ""])
    elif b["label"] == "B2B" and rnd.random() < 0.5:
        po = f"PO-{rnd.randint(10000, 99999)}"
    else:
        po = ""
    due = d + dt.timedelta(days=30)
    pub = b["note"] or rnd.choice(["", "", "Thank you for your business.", "Payment by BACS within 30 days."])
    priv = rnd.choice(["", "", "delivered", "deliver to goods-in, loading bay", "card payment taken"]) if b["label"] != "B2C" \
        else rnd.choice(["", "home delivery", "card payment taken", ""])
    for (code, notes, cost, q) in lines:
        rows.append([b["name"], b["email"], str(inv), money(amount), money(paid), po, status, d.isoformat(), due.isoformat(),
                     "", money(0), "", pub, priv, code, notes, f"{cost:g}", str(q)])
        labels.append((b["label"], b["amb"], b["kind"], b["country"]))

LAYOUTS.mkdir(parents=True, exist_ok=True)
n = len(HEADER)
with open(LAYOUTS / f"{LID}.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["Invoice Ninja v4.5.50 - November 28, 2025 9:14 am"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(["INVOICES"] + [""] * (n - 1))
    w.writerow(HEADER); w.writerows(rows)
write_labels(LID, labels)
write_key(LID, {
    "id": LID,
    "system": "Invoice Ninja v4 (self-hosted, UK user) - Settings > Import/Export > Export, invoices, CSV",
    "country": "GB", "language": "en",
    "docs": ["invoiceninja/invoiceninja tests/Feature/Import/invoice.csv (a v4 export): title line 'Invoice Ninja v4.x.x - <date>', "
             "an empty line of commas, a section line 'INVOICES', then the header Client, Email, Invoice Number, Amount, Paid, PO Number, "
             "Status, Invoice Date, Due Date, Discount, Partial/Deposit, Partial Due Date, Public Notes, Private Notes, Item Product, "
             "Item Notes, Item Cost, Item Quantity; one row per item with invoice fields repeated; money with currency symbol; ISO dates",
             "invoiceninja/invoiceninja docs (import-and-export.md): exports are CSV downloads from Settings > Import | Export"],
    "fields": {"buyer": "Client", "product": "Item Notes", "quantity": "Item Quantity", "amount": "Amount",
               "tax_id": None, "email": "Email", "payment": None, "comment": "Public Notes"},
    "also_ok": {"product": ["Item Product"], "amount": ["Item Cost", "Paid"], "comment": ["Private Notes"]},
    "notes": "Comma CSV, UTF-8 without BOM. Three lines above the header (title, empty commas line, 'INVOICES'); read with "
             "pandas.read_csv(path, skiprows=3). One row per invoice item; Amount and Paid are invoice-level gross totals (incl. 20% VAT) "
             "repeated on each item row, formatted '£1,234.50'; Item Cost is the net unit price. One invoice has an empty Client and Email (thin). "
             "Academy trusts (Harris Federation, Ark Schools) are read as state-funded public schools (B2G).",
})
print(LID, len(rows))
