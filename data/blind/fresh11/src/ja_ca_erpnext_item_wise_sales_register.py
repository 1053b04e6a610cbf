"""ja_ca_erpnext_item_wise_sales_register: ERPNext "Item-wise Sales Register" exported as CSV.

Layout follows erpnext/accounts/report/item_wise_sales_register/item_wise_sales_register.py (columns, tax
Rate/Amount column pairs sorted by scrubbed tax description, Total Tax / Total Other Charges / Total, hidden
Currency column), the report JSON (add_total_row = 1) and frappe/desk/query_report.py export_query:
"Include filters" rows (fieldname, value) then an empty row, header labels, csv.writer with the dialog default
quoting "Non-numeric" (csv.QUOTE_NONNUMERIC), delimiter ',', UTF-8 without BOM, CRLF; the total row's first cell
is 'Total' in quotes. Rows ordered by posting_date desc, item_group desc (no group_by filter).
Seeded: rebuilds the same files on every run.
"""
from __future__ import annotations

import csv
import io
import random
from datetime import date, timedelta
from decimal import Decimal

from ja_common import LAYOUTS, money, write_key, write_labels

LAYOUT_ID = "ja_ca_erpnext_item_wise_sales_register"
rng = random.Random(4107)

COMPANY = "Northbridge Lab & Safety Supply Ltd."
ABBR = "NLS"
HTML = '<div class="ql-editor read-mode"><p>{}</p></div>'

# code, name, group, uom, price, kind(b/g/h)
ITEMS = [
    ("GLV-NIT-M", "Nitrile Exam Gloves, Medium (100/box)", "Gloves", "Box", "14.50", "g"),
    ("GLV-NIT-L", "Nitrile Exam Gloves, Large (100/box)", "Gloves", "Box", "14.50", "g"),
    ("MSK-3M-1860", "3M 1860 N95 Health Care Respirator (20/box)", "Respiratory Protection", "Box", "32.00", "g"),
    ("EYE-UVX-S3960C", "Uvex Stealth S3960C Safety Goggles", "Eye Protection", "Nos", "18.75", "g"),
    ("EYE-3M-SF201", "3M SecureFit SF201AF Safety Glasses", "Eye Protection", "Nos", "6.95", "g"),
    ("LAB-BKR-250", "Pyrex Griffin Beaker 250 mL (12/pk)", "Labware", "Pack", "68.00", "b"),
    ("LAB-PIP-200", "Pipette Tips 200 uL, Racked (960/box)", "Labware", "Box", "42.00", "b"),
    ("LAB-MCT-15", "Microcentrifuge Tubes 1.5 mL (500/bag)", "Labware", "Pack", "19.90", "b"),
    ("INS-FLK-117", "Fluke 117 True-RMS Multimeter", "Instruments", "Nos", "329.00", "b"),
    ("INS-OHS-PX224", "Ohaus Pioneer PX224 Analytical Balance", "Instruments", "Nos", "2450.00", "b"),
    ("FA-KIT-CSA2M", "CSA Type 2 First Aid Kit, Medium (26-50 workers)", "First Aid", "Nos", "89.00", "g"),
    ("FA-KIT-HOME", "Home First Aid Kit, 120 pc", "First Aid", "Nos", "24.99", "h"),
    ("SPL-KIT-20G", "Universal Spill Kit, 20 gal", "Spill Control", "Nos", "145.00", "b"),
    ("FTW-TERRA-9", "Terra CSA Green Patch Safety Boots, Size 9", "Safety Footwear", "Pair", "159.00", "g"),
    ("EYW-PORT-16", "Portable Eyewash Station, 16 gal", "Emergency Equipment", "Nos", "389.00", "b"),
    ("CLN-KIMW-280", "Kimtech Science Kimwipes (280/box)", "Consumables", "Box", "6.40", "g"),
    ("SAN-PUR-1L", "Purell Advanced Hand Sanitizer 1 L", "Consumables", "Nos", "16.50", "g"),
    ("APL-KTL-BRV", "Breville Electric Kettle 1.7 L", "Appliances", "Nos", "129.99", "h"),
    ("APL-MW-PAN12", "Panasonic 1.2 cu ft Microwave Oven", "Appliances", "Nos", "219.00", "h"),
    ("APL-FRG-DAN33", "Danby 3.3 cu ft Compact Refrigerator", "Appliances", "Nos", "279.00", "h"),
    ("APL-COF-KCL", "Keurig K-Classic Coffee Maker", "Appliances", "Nos", "149.99", "h"),
    ("FUM-LAB-PL4", "Labconco Purifier Logic+ Fume Hood, 4 ft", "Lab Furniture", "Nos", "14250.00", "b"),
    ("CAB-JR-FL45", "Justrite Sure-Grip EX Flammable Cabinet 45 gal", "Lab Furniture", "Nos", "1690.00", "b"),
]
IT = {i[0]: i for i in ITEMS}
BIZ = [i[0] for i in ITEMS if i[5] in "bg"]
HOME = [i[0] for i in ITEMS if i[5] == "h"]
GEN = [i[0] for i in ITEMS if i[5] == "g"]

# tax descriptions per province (ERPNext Sales Taxes and Charges descriptions of the seller's templates)
TAXES = {
    "Ontario": [("HST ON 13%", Decimal("13"))],
    "Nova Scotia": [("HST NS 15%", Decimal("15"))],
    "British Columbia": [("GST 5%", Decimal("5")), ("PST BC 7%", Decimal("7"))],
    "Alberta": [("GST 5%", Decimal("5"))],
    "Manitoba": [("GST 5%", Decimal("5"))],
    "Quebec": [("GST 5%", Decimal("5")), ("QST 9.975%", Decimal("9.975"))],
    "Exempt": [],
}


def scrub(txt):
    return txt.replace(" ", "_").replace("-", "_").lower()


FIRST = ["Liam", "Olivia", "Noah", "Emma", "Ethan", "Charlotte", "Lucas", "Amelia", "William", "Ava", "Benjamin",
         "Sophie", "Jacob", "Chloé", "Mathieu", "Gabrielle", "Félix", "Harpreet", "Gurpreet", "Wei", "Mei",
         "Arjun", "Fatima", "Owen", "Maya", "Nathan", "Zoe", "Connor", "Aisha", "Daniel"]
LAST = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Smith",
        "Brown", "Wilson", "MacDonald", "Campbell", "Singh", "Patel", "Li", "Wang", "Chen", "Nguyen", "Martin",
        "Thompson", "Anderson", "LeBlanc", "Sandhu", "Ahmed", "O'Neill", "Kowalczyk", "Fraser", "Murray"]

# customer id, customer name, group, territory, label, ambiguous, kind, country, mode, buy-profile
CUSTOMERS = [
    ("University of Toronto", "University of Toronto", "Government", "Ontario", "B2G", False, "public_university", "biz"),
    ("McMaster University", "McMaster University", "Government", "Ontario", "B2G", False, "public_university", "biz"),
    ("University of British Columbia", "University of British Columbia", "Government", "British Columbia", "B2G", False, "public_university", "biz"),
    ("Toronto District School Board", "Toronto District School Board", "Government", "Ontario", "B2G", False, "school_board", "biz"),
    ("Peel District School Board", "Peel District School Board", "Government", "Ontario", "B2G", False, "school_board", "biz"),
    ("City of Toronto", "City of Toronto - Toronto Water", "Government", "Ontario", "B2G", False, "municipality", "biz"),
    ("Regional Municipality of Peel", "Regional Municipality of Peel", "Government", "Ontario", "B2G", False, "municipality", "biz"),
    ("Hamilton Health Sciences", "Hamilton Health Sciences", "Government", "Ontario", "B2G", False, "public_hospital", "biz"),
    ("Sunnybrook Health Sciences Centre", "Sunnybrook Health Sciences Centre", "Commercial", "Ontario", "B2G", False, "public_hospital", "biz"),
    ("Alberta Health Services", "Alberta Health Services", "Government", "Alberta", "B2G", False, "public_health_authority", "biz"),
    ("Vancouver Coastal Health", "Vancouver Coastal Health Authority", "Government", "British Columbia", "B2G", False, "public_health_authority", "biz"),
    ("Public Health Agency of Canada", "Public Health Agency of Canada - NML Winnipeg", "Government", "Manitoba", "B2G", False, "federal_agency", "biz"),
    ("National Research Council Canada", "National Research Council Canada", "Government", "Ontario", "B2G", False, "federal_agency", "biz"),
    ("DND - CFB Borden", "Department of National Defence - CFB Borden", "Government", "Ontario", "B2G", False, "armed_forces", "biz"),
    ("RCMP O Division", "Royal Canadian Mounted Police - O Division", "Government", "Ontario", "B2G", False, "police", "biz"),
    ("Ministry of Transportation Ontario", "Ontario Ministry of Transportation", "Government", "Ontario", "B2G", False, "provincial_ministry", "biz"),
    ("Six Nations of the Grand River", "Six Nations of the Grand River Elected Council", "Government", "Exempt", "B2G", False, "first_nation_government", "biz"),
    ("Seneca College", "Seneca Polytechnic", "Government", "Ontario", "B2G", False, "public_college", "biz"),
    ("Humber College", "Humber Polytechnic", "Non Profit", "Ontario", "B2G", False, "public_college", "biz"),
    ("Ville de Montréal", "Ville de Montréal", "Government", "Quebec", "B2G", False, "municipality", "biz"),
    ("Centre de services scolaire de Montréal", "Centre de services scolaire de Montréal", "Government", "Quebec", "B2G", False, "school_board", "biz"),
    ("CIUSSS Centre-Sud-de-l'Île-de-Montréal", "CIUSSS du Centre-Sud-de-l'Île-de-Montréal", "Government", "Quebec", "B2G", False, "public_health_authority", "biz"),
    ("Halifax Regional Municipality", "Halifax Regional Municipality", "Government", "Nova Scotia", "B2G", False, "municipality", "biz"),
    ("Nova Scotia Health", "Nova Scotia Health Authority", "Government", "Nova Scotia", "B2G", False, "public_health_authority", "biz"),
    # B2B
    ("Magna International Inc.", "Magna International Inc.", "Commercial", "Ontario", "B2B", False, "company", "biz"),
    ("Linamar Corporation", "Linamar Corporation", "Commercial", "Ontario", "B2B", False, "company", "biz"),
    ("Maple Leaf Foods Inc.", "Maple Leaf Foods Inc.", "Commercial", "Ontario", "B2B", False, "company", "biz"),
    ("Bombardier Inc.", "Bombardier Inc.", "Commercial", "Quebec", "B2B", False, "company", "biz"),
    ("Stantec Consulting Ltd.", "Stantec Consulting Ltd.", "Commercial", "Alberta", "B2B", False, "company", "biz"),
    ("Apotex Inc.", "Apotex Inc.", "Commercial", "Ontario", "B2B", False, "company", "biz"),
    ("Sanofi Pasteur Limited", "Sanofi Pasteur Limited", "Commercial", "Ontario", "B2B", False, "company", "biz"),
    ("CAE Inc.", "CAE Inc.", "Commercial", "Quebec", "B2B", False, "company", "biz"),
    ("Teck Resources Limited", "Teck Resources Limited - Trail Operations", "Commercial", "British Columbia", "B2B", False, "company", "biz"),
    ("Suncor Energy Inc.", "SUNCOR ENERGY INC.", "Commercial", "Alberta", "B2B", False, "company", "biz"),
    ("Kensington Medical Lab Inc.", "Kensington Medical Lab Inc.", "Commercial", "Ontario", "B2B", False, "company", "biz"),
    ("Dr. Priya Nair Dentistry", "Dr. Priya Nair Dentistry Professional Corporation", "Commercial", "Ontario", "B2B", False, "professional_corporation", "biz"),
    ("Hamilton Auto Body Inc.", "Hamilton Auto Body Inc.", "Commercial", "Ontario", "B2B", False, "company", "biz"),
    ("Lakeshore Veterinary Hospital", "Lakeshore Veterinary Hospital", "Commercial", "Ontario", "B2B", False, "company", "biz"),
    ("Blue Heron Brewing Co. Ltd.", "Blue Heron Brewing Co. Ltd.", "Commercial", "Ontario", "B2B", False, "company", "biz"),
    ("Redeemer University", "Redeemer University", "Non Profit", "Ontario", "B2B", False, "private_university", "biz"),
    ("St. Michael's Cathedral Basilica", "St. Michael's Cathedral Basilica", "Non Profit", "Ontario", "B2B", False, "church", "gen"),
    ("Canadian Red Cross Society", "The Canadian Red Cross Society", "Non Profit", "Ontario", "B2B", False, "nonprofit", "gen"),
    ("Canada Post Corporation", "Canada Post Corporation", "Commercial", "Ontario", "B2B", False, "state_owned_company", "gen"),
    ("Mississauga Dental Arts", "Mississauga Dental Arts", "Commercial", "Ontario", "B2B", False, "company", "biz"),
]

rows_meta = []  # invoices: dict(customer..., lines, label, amb, kind, country, mode, project, so, dn)
inv_specs = []


def lines_for(profile, n):
    pool = {"biz": BIZ + GEN, "gen": GEN, "home": HOME}[profile]
    picks = list(dict.fromkeys(rng.sample(pool, min(n, len(pool)))))
    out = []
    for code in picks:
        price = Decimal(IT[code][4])
        if profile in ("home",):
            q = 1
        elif price >= 1000:
            q = 1
        elif price >= 100:
            q = rng.randint(1, 4)
        else:
            q = rng.choice([1, 2, 4, 5, 6, 10, 12, 20, 24])
        out.append((code, q))
    return out


def spec(cust_id, cust_name, group, terr, label, amb, kind, lines, mode="", project=None, country="CA", flow=None):
    inv_specs.append(dict(customer=cust_id, customer_name=cust_name, group=group, territory=terr, label=label,
                          amb=amb, kind=kind, lines=lines, mode=mode, project=project, country=country,
                          flow=flow or rng.choice(["direct", "so", "so_dn", "so_dn"])))


for c in CUSTOMERS:
    cid, cname, grp, terr, lab, amb, kind, prof = c
    n_inv = rng.choice([1, 1, 2]) if lab == "B2G" else rng.choice([1, 1, 2])
    for _ in range(n_inv):
        spec(cid, cname, grp, terr, lab, amb, kind, lines_for(prof, rng.choice([1, 2, 2, 3, 4])))

# B2G ambiguous: public bodies buying only household goods, household quantity
spec("Peel DSB - Glenforest SS", "Peel District School Board - Glenforest Secondary School", "Government", "Ontario",
     "B2G", True, "public_school", [("APL-KTL-BRV", 1)], flow="direct")
spec("City of Mississauga", "City of Mississauga - Fire Station 105", "Government", "Ontario", "B2G", True,
     "municipality", [("APL-MW-PAN12", 1)], flow="direct")
spec("TDSB - Runnymede Junior & Senior PS", "Toronto District School Board - Runnymede Junior and Senior Public School",
     "Government", "Ontario", "B2G", True, "public_school", [("APL-COF-KCL", 1), ("APL-KTL-BRV", 1)], flow="direct")
# B2B ambiguous
spec("Blue Heron Brewing Co. Ltd.", "Blue Heron Brewing Co. Ltd.", "Commercial", "Ontario", "B2B", True, "company",
     [("APL-COF-KCL", 1)], flow="direct")
spec("International Civil Aviation Organization", "International Civil Aviation Organization (ICAO)", "Non Profit",
     "Quebec", "B2B", True, "international_org", [("MSK-3M-1860", 10), ("SAN-PUR-1L", 24), ("FA-KIT-CSA2M", 3)])
spec("Canada Foundation for Innovation", "Canada Foundation for Innovation", "Non Profit", "Ontario", "B2B", True,
     "state_founded_nonprofit_fund", [("INS-OHS-PX224", 1), ("LAB-PIP-200", 6)])
spec("YMCA of Greater Toronto", "YMCA of Greater Toronto", "Non Profit", "Ontario", "B2B", True,
     "nonprofit_coop_contract", [("FA-KIT-CSA2M", 12), ("EYW-PORT-16", 2), ("SAN-PUR-1L", 48)],
     project="Kinetic GPO Agreement 2023-117")
spec("Ontario Power Generation Inc.", "Ontario Power Generation Inc.", "Commercial", "Ontario", "B2B", True,
     "state_owned_company", [("SPL-KIT-20G", 6), ("CAB-JR-FL45", 2), ("EYW-PORT-16", 2)],
     project="OPG RFQ-2025-0318 Pickering Chem Lab")
spec("Rossi Renovations", "Rossi Renovations (Marco Rossi)", "Commercial", "Ontario", "B2B", True, "sole_trader",
     [("APL-MW-PAN12", 1), ("APL-FRG-DAN33", 1)], mode="Credit Card", flow="direct")
spec("M. Singh", "M. Singh", "All Customer Groups", "All Territories", "B2B", True, "thin_record",
     [("LAB-PIP-200", 2)], flow="direct")
spec("Lakeshore Veterinary Hospital", "Lakeshore Veterinary Hospital", "Commercial", "Ontario", "B2B", True,
     "company", [("APL-FRG-DAN33", 1)], flow="direct")
# B2C
for _ in range(30):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    nm = f"{f} {l}"
    if rng.random() < 0.12:
        nm = nm.upper()
    terr = rng.choice(["Ontario"] * 6 + ["Quebec", "British Columbia", "Alberta", "Nova Scotia"])
    prof = "home" if rng.random() < 0.5 else "gen"
    ls = lines_for(prof, rng.choice([1, 1, 2]))
    ls = [(c, 1 if q > 2 else q) for c, q in ls]
    spec(nm, nm, rng.choice(["Individual", "Individual", "Individual", "All Customer Groups"]), terr, "B2C", False,
         "private_person", ls, mode=rng.choice(["", "", "Credit Card", "Cash"]), flow="direct")
# Walk-in counter sales (POS consolidated invoices)
for _ in range(6):
    ls = lines_for(rng.choice(["gen", "home"]), rng.choice([1, 2, 3]))
    ls = [(c, min(q, 2)) for c, q in ls]
    spec("Walk-In Customer", "Walk-In Customer", "Individual", "Ontario", "B2C", False, "anonymous_retail", ls,
         mode=rng.choice(["Cash, Debit Card", "Debit Card", "Cash, Credit Card, Debit Card", "Credit Card"]),
         flow="pos")
# B2C ambiguous
spec("Liam Tremblay", "Liam Tremblay", "Individual", "Ontario", "B2C", True, "private_person_bulk",
     [("MSK-3M-1860", 40)], mode="Credit Card", flow="direct")
spec("J. Roy", "J. Roy", "All Customer Groups", "Quebec", "B2C", True, "thin_record",
     [("GLV-NIT-M", 1)], flow="direct")
spec("Harpreet Sandhu", "Harpreet Sandhu", "Individual", "Ontario", "B2C", True, "private_person_bulk",
     [("GLV-NIT-M", 30), ("GLV-NIT-L", 30)], mode="Debit Card", flow="direct")
spec("K. Li", "K. Li", "All Customer Groups", "All Territories", "B2C", True, "thin_record",
     [("FA-KIT-HOME", 1)], flow="direct")

rng.shuffle(inv_specs)

# ---------------------------------------------------------------- build data
d0 = date(2025, 1, 6)
day = d0
so_no, dn_no, inv_no = 87, 64, 112
all_rows = []
tax_cols_used = set()
for sp in inv_specs:
    day = day + timedelta(days=rng.choice([0, 0, 0, 1, 1, 2]))
    if day > date(2025, 3, 31):
        day = date(2025, 3, 31)
    inv_no += 1
    invoice = f"ACC-SINV-2025-{inv_no:05d}"
    so = dn = None
    if sp["flow"] in ("so", "so_dn"):
        so_no += rng.randint(1, 3)
        so = f"SAL-ORD-2025-{so_no:05d}"
    if sp["flow"] == "so_dn":
        dn_no += rng.randint(1, 2)
        dn = f"MAT-DN-2025-{dn_no:05d}"
    taxes = TAXES[sp["territory"]] if sp["territory"] in TAXES else TAXES["Ontario"]
    for code, q in sp["lines"]:
        it = IT[code]
        price = money(it[4])
        amount = money(price * q)
        tax_vals = {}
        for desc, rate in taxes:
            tax_vals[desc] = (rate, money(amount * rate / 100))
            tax_cols_used.add(desc)
        all_rows.append(dict(sp=sp, code=code, it=it, invoice=invoice, date=day, so=so, dn=dn, qty=q,
                             price=price, amount=amount, tax=tax_vals))

tax_cols = sorted(tax_cols_used, key=scrub)
columns = ["Item Code", "Item Name", "Item Group", "Description", "Invoice", "Posting Date", "Customer Group",
           "Customer", "Customer Name", "Receivable Account", "Mode Of Payment", "Territory", "Project", "Company",
           "Sales Order", "Delivery Note", "Income Account", "Cost Center", "Stock Qty", "Stock UOM", "Rate",
           "Amount"]
for t in tax_cols:
    columns += [f"{t} Rate", f"{t} Amount"]
columns += ["Total Tax", "Total Other Charges", "Total"]

# order by posting_date desc, item_group desc (stable within ties: database order ~ insertion)
all_rows.sort(key=lambda r: (r["date"], r["it"][2]), reverse=True)

out_rows, labels = [], []
sums = {}
for r in all_rows:
    sp = r["sp"]
    vals = [r["code"], r["it"][1], r["it"][2], None, r["invoice"], r["date"],
            sp["group"], sp["customer"], sp["customer_name"], f"Debtors - {ABBR}", sp["mode"],
            "All Territories" if sp["territory"] == "All Territories" else (
                "Ontario" if sp["territory"] == "Exempt" else sp["territory"]),
            sp["project"], COMPANY, r["so"], r["dn"], f"Sales - {ABBR}", f"Main - {ABBR}",
            float(r["qty"]), r["it"][3], float(r["price"]), float(r["amount"])]
    total_tax = 0
    for t in tax_cols:
        if t in r["tax"]:
            rate, amt = r["tax"][t]
            vals += [float(rate), float(amt)]
            total_tax += float(amt)
        else:
            vals += [0, 0]
    total_tax_out = round(total_tax, 2) if total_tax else 0
    vals += [total_tax_out, 0, round(float(r["amount"]) + total_tax, 2)]
    out_rows.append((r, vals))
    labels.append(dict(label=sp["label"], ambiguous=sp["amb"], kind=sp["kind"], country=sp["country"]))

# descriptions: plain or Quill HTML, as stored on the invoice item
final_rows = []
for r, vals in out_rows:
    descr = r["it"][1]
    if sum(map(ord, r["invoice"] + r["code"])) % 5 in (0, 2):
        descr = HTML.format(descr)
    vals[3] = descr
    final_rows.append(vals)

# total row (add_total_row): Float/Currency columns summed, first (Link) column 'Total'
numeric_start = columns.index("Stock Qty")
total_row = ["'Total'"] + [""] * (len(columns) - 1)
for ci, col in enumerate(columns):
    if col in ("Stock Qty", "Rate", "Amount", "Total Tax", "Total Other Charges", "Total") or col.endswith(
            " Rate") or col.endswith(" Amount"):
        s = sum(float(v[ci]) for v in final_rows if v[ci])
        total_row[ci] = s if s else ""
filters = [["company", COMPANY], ["from_date", "2025-01-01"], ["to_date", "2025-03-31"], []]

buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC, delimiter=",")
w.writerows(filters)
w.writerow(columns)
w.writerows(final_rows)
w.writerow(total_row)
LAYOUTS.mkdir(parents=True, exist_ok=True)
(LAYOUTS / f"{LAYOUT_ID}.csv").write_bytes(buf.getvalue().encode("utf-8"))

write_labels(LAYOUT_ID, labels)
write_key(LAYOUT_ID, {
    "id": LAYOUT_ID,
    "system": "ERPNext (Frappe) Accounts report 'Item-wise Sales Register', Export > CSV with 'Include filters'",
    "country": "CA",
    "language": "en",
    "docs": [
        "github frappe/erpnext erpnext/accounts/report/item_wise_sales_register/item_wise_sales_register.py: column "
        "labels and order (Item Code ... Amount), tax Rate/Amount pairs labelled '<tax description> Rate/Amount' "
        "sorted by scrubbed description, Total Tax, Total Other Charges, Total, hidden Currency column; rows ordered "
        "by posting_date desc, item_group desc; Mode Of Payment = ', '.join of the invoice's payment modes (empty "
        "string on credit invoices); Customer Group/Territory fall back to 'Not Specified' only when null",
        "item_wise_sales_register.json: add_total_row = 1 (a total row is appended)",
        "frappe/desk/query_report.py export_query/build_xlsx_data and get_csv_bytes: optional filter rows "
        "[fieldname, value] + empty row before the header, hidden columns dropped, csv.writer(delimiter, quoting); "
        "frappe query_report.js export dialog defaults: CSV Delimiter ',' and CSV Quoting 'Non-numeric' (2); "
        "add_total_row puts \"'Total'\" in a Link first column",
    ],
    "fields": {"buyer": "Customer Name", "product": "Item Name", "quantity": "Stock Qty", "amount": "Amount",
               "tax_id": None, "email": None, "payment": "Mode Of Payment", "comment": None},
    "also_ok": {"buyer": ["Customer"], "product": ["Description", "Item Code"], "amount": ["Total"]},
    "notes": "4 title lines above the header: three filter rows (company, from_date, to_date) and an empty row; "
             "then the header; one row per sales-invoice item; the last line is the report total row ('Total' in "
             "quotes in Item Code, sums in numeric columns) and is not a record. Open with "
             "pd.read_csv(path, skiprows=4) and drop the last row. Description is the invoice item description, "
             "often stored as Quill HTML (<div class=\"ql-editor read-mode\"><p>..</p></div>). Customer is the "
             "customer ID (can differ from Customer Name after a rename, e.g. 'Seneca College' -> 'Seneca "
             "Polytechnic'); Customer Group is the seller's own classification and is not always right. "
             "Walk-In Customer rows are consolidated POS invoices (anonymous counter sales). Taxes: HST/GST/PST/QST "
             "by province; Six Nations (on-reserve delivery) invoices carry no tax. Seller invented (Mississauga, ON); "
             "buyers are real Canadian public bodies and companies, persons invented.",
})
print(LAYOUT_ID, len(final_rows), "rows,", len(inv_specs), "invoices")
