"""Wave (Canada): Accounting > Transactions export (CSV), as Wave writes it: one row per
transaction line (income lines, the receivable line, sales-tax line, payment lines)."""
import csv, random, datetime as dt
from k_common import B, LAYOUTS, write_labels, write_key

LID = "k_ca_wave_transactions"
rnd = random.Random(20261206)

HEADER = ["Transaction ID", "Transaction Date", "Account Name", "Transaction Description",
          "Transaction Line Description", "Amount (One column)", " ",
          "Debit Amount (Two Column Approach)", "Credit Amount (Two Column Approach)",
          "Other Accounts for this Transaction", "Customer", "Vendor", "Invoice Number",
          "Bill Number", "Notes / Memo", "Amount Before Sales Tax", "Sales Tax Amount",
          "Sales Tax Name", "Transaction Date Added", "Transaction Date Last Modified",
          "Account Group", "Account Type", "Account ID"]

BIZ = [("Dell Latitude 5440 laptop", 1349.00, "Sales"), ("Microsoft 365 Business Standard - annual licence", 202.80, "Services"),
       ("On-site IT support (per hour)", 95.00, "Services"), ("Ubiquiti UniFi U6 Pro access point", 229.00, "Sales"),
       ("Network cabling - Cat6 drop", 145.00, "Services"), ("APC Back-UPS Pro 1500VA", 289.99, "Sales"),
       ("Samsung 27in business monitor", 279.99, "Sales"), ("Brother HL-L2350DW laser printer", 189.99, "Sales"),
       ("Managed backup - monthly", 79.00, "Services"), ("Fortinet FortiGate 40F firewall", 749.00, "Sales"),
       ("Server rack 42U installation", 1850.00, "Services"), ("Logitech MX Keys keyboard", 139.99, "Sales")]
HOME = [("Home Wi-Fi setup", 149.00, "Services"), ("Laptop repair - screen replacement", 219.00, "Services"),
        ("iPad 10.9in 64GB", 499.00, "Sales"), ("Data recovery - personal hard drive", 450.00, "Services"),
        ("Keurig K-Classic coffee maker", 149.99, "Sales"), ("Samsung 55in Crystal UHD TV", 699.99, "Sales")]
KETTLE = [("Keurig K-Classic coffee maker", 149.99, "Sales")]
TV = [("Samsung 55in Crystal UHD TV", 699.99, "Sales")]

buyers = [
    # B2B
    B("Stantec Consulting Ltd.", "B2B", "company", "CA"), B("Maple Leaf Foods Inc.", "B2B", "company", "CA"),
    B("BOULEVARD AUTO SERVICE LTD", "B2B", "company", "CA"), B("Tilley Endurables, Inc.", "B2B", "company", "CA"),
    B("Pinnacle Accounting Professional Corporation", "B2B", "professional_corporation", "CA"),
    B("Lakeshore Dental Centre", "B2B", "company", "CA"), B("Kevin O'Brien Plumbing", "B2B", "sole_trader", "CA"),
    B("Dr. Amanda Singh Family Practice", "B2B", "professional_practice", "CA"),
    B("Kingston Humane Society", "B2B", "non_profit", "CA"), B("United Way Centraide Ottawa", "B2B", "non_profit", "CA"),
    B("St. George's Cathedral (Anglican)", "B2B", "religious_org", "CA"), B("Upper Canada College", "B2B", "private_school", "CA"),
    B("Hydro One Networks Inc.", "B2B", "state_owned_company", "CA"),
    B("Northern Lights Yoga Studio ", "B2B", "company", "CA"), B("Tremblay Électrique inc.", "B2B", "company", "CA"),
    # B2G
    B("City of Kingston", "B2G", "municipality", "CA"), B("Town of Oakville", "B2G", "municipality", "CA"),
    B("Township of South Frontenac", "B2G", "municipality", "CA"), B("County of Frontenac", "B2G", "county", "CA"),
    B("Halifax Regional Municipality", "B2G", "municipality", "CA"),
    B("Ottawa-Carleton District School Board", "B2G", "school_board", "CA"),
    B("Toronto District School Board", "B2G", "school_board", "CA"),
    B("Ontario Ministry of Transportation", "B2G", "provincial_ministry", "CA"),
    B("Service Alberta", "B2G", "provincial_department", "CA"), B("Queen's University", "B2G", "public_university", "CA"),
    B("Kingston Health Sciences Centre", "B2G", "public_hospital", "CA"),
    B("Canada Border Services Agency", "B2G", "federal_agency", "CA"),
    B("Toronto Transit Commission", "B2G", "transit_authority", "CA"),
    # B2C
    B("Emily Chen", "B2C", "private_person", "CA", pool="home"), B("Tremblay, Luc", "B2C", "private_person", "CA", pool="home"),
    B("SARAH MACDONALD", "B2C", "private_person", "CA", pool="home"), B("Jean-François Gagnon", "B2C", "private_person", "CA", pool="home"),
    B("Olivia Wilson", "B2C", "private_person", "CA", pool="home"), B("Raj Patel ", "B2C", "private_person", "CA", pool="home"),
    B("Brown, Michael", "B2C", "private_person", "CA", pool="home"), B("Chloé Roy", "B2C", "private_person", "CA", pool="home"),
    # ambiguous
    B("Canada Post Corporation", "B2B", "state_owned_company", "CA", amb=True, note="Tender CPC-RFP-2025-0118"),
    B("ICAO - International Civil Aviation Organization", "B2B", "international_org", "CA", amb=True),
    B("Limestone District School Board", "B2G", "school_board", "CA", amb=True, pool="kettle"),
    B("Stantec Consulting Ltd.", "B2B", "company_household_item", "CA", amb=True, pool="tv"),
    B("Marc Bouchard", "B2B", "person_states_resale", "CA", amb=True, pool="home", note="for resale at my kiosk"),
    B("", "B2C", "thin_product_only", "CA", amb=True, pool="home"),
    B("", "B2B", "thin_product_only", "CA", amb=True, pool="server"),
]

weights = [(1.2 if b["amb"] else {"B2C": 2.2, "B2B": 1.5, "B2G": 0.8}[b["label"]]) for b in buyers]

rows, labels = [], []
txid = 1131801267438479900
d0 = dt.date(2025, 1, 6)
inv_no = 1041
acct_id = {"Sales": "", "Services": ""}
while len(rows) < 185:
    b = rnd.choices(buyers, weights)[0]
    pool = b["pool"]
    if pool == "biz":
        items = rnd.sample(BIZ, rnd.randint(1, 3)); qmax = 12
    elif pool == "home":
        items = rnd.sample(HOME, 1); qmax = 1
    elif pool == "kettle":
        items = KETTLE; qmax = 1
    elif pool == "tv":
        items = TV; qmax = 1
    else:
        items = [("Server rack 42U installation", 1850.00, "Services")]; qmax = 1
    if b["kind"] == "person_states_resale":
        items = [("iPad 10.9in 64GB", 499.00, "Sales")]; qmax = 1
    d0 += dt.timedelta(days=rnd.randint(0, 3))
    date = d0.isoformat()
    txid += rnd.randint(10 ** 14, 9 * 10 ** 14)
    tid = str(txid)
    cust = b["name"]
    num = str(inv_no); inv_no += 1
    desc = f"{cust.strip()} - {num}" if cust else f"Invoice {num}"
    note = b["note"]
    lines, net_total, tax_total = [], 0.0, 0.0
    for (pname, price, acct) in items:
        q = 1 if qmax == 1 else rnd.randint(1, qmax)
        if b["kind"] == "person_states_resale":
            q = 6
        net = round(price * q, 2)
        tax = round(net * 0.13, 2)
        net_total += net; tax_total += tax
        pdesc = pname if q == 1 else f"{pname} x {q}"
        lines.append([tid, date, acct, desc, f"{desc} - {pdesc}", f"{net:.2f}", "", "", f"{net:.2f}",
                      "Accounts Receivable, HST Payable", cust, "", num, "", note, f"{net:.2f}", f"{tax:.2f}",
                      "HST", date, date, "Income", "Income", ""])
    net_total = round(net_total, 2); tax_total = round(tax_total, 2); tot = round(net_total + tax_total, 2)
    lines.append([tid, date, "HST Payable", desc, f"{desc} - HST", f"{tax_total:.2f}", "", "", f"{tax_total:.2f}",
                  "Accounts Receivable", cust, "", num, "", note, f"{tax_total:.2f}", "", "HST", date, date,
                  "Liability", "Sales Taxes", ""])
    lines.append([tid, date, "Accounts Receivable", desc, desc, f"{tot:.2f}", "", f"{tot:.2f}", "",
                  "Sales, Services, HST Payable" if len(items) > 1 else f"{items[0][2]}, HST Payable", cust, "", num, "",
                  note, f"{tot:.2f}", "", "", date, date, "Asset", "System Receivable Invoice", ""])
    lab = [(b["label"], b["amb"], b["kind"], b["country"])] * len(lines)
    # some invoices are paid in the export period: a payment transaction of two lines
    if rnd.random() < 0.3:
        pd = (d0 + dt.timedelta(days=rnd.randint(5, 30))).isoformat()
        txid += rnd.randint(10 ** 14, 9 * 10 ** 14)
        pid = str(txid)
        bank = rnd.choice(["Cash on Hand", "RBC Business Chequing"])
        lines.append([pid, pd, "Accounts Receivable", "Invoice Payment", "Invoice Payment", f"-{tot:.2f}", "", "",
                      f"{tot:.2f}", bank, cust, "", num, "", "", f"-{tot:.2f}", "", "", pd, pd, "Asset",
                      "System Receivable Invoice", ""])
        lines.append([pid, pd, bank, "Invoice Payment", "Invoice Payment", f"{tot:.2f}", "", f"{tot:.2f}", "",
                      "Accounts Receivable", "", "", "", "", "", f"{tot:.2f}", "", "", pd, pd, "Asset",
                      "Cash and Bank", ""])
        lab.append((b["label"], b["amb"], b["kind"], b["country"]))
        lab.append((b["label"], True, "payment_line_no_buyer", b["country"]))
    rows.extend(lines); labels.extend(lab)

LAYOUTS.mkdir(parents=True, exist_ok=True)
with open(LAYOUTS / f"{LID}.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(rows)
write_labels(LID, labels)
write_key(LID, {
    "id": LID,
    "system": "Wave (Wave Financial, Canada) - Accounting > Transactions, Export to CSV (account transactions incl. invoices)",
    "country": "CA", "language": "en",
    "docs": ["invoiceninja/invoiceninja tests/Feature/Import/wave_invoices.csv and app/Import/Transformer/Wave/InvoiceTransformer.php "
             "(importer of Wave's own export): exact header text and order incl. the blank ' ' column, ISO dates, dot decimals, "
             "one row per transaction line, 'Customer - Invoice' descriptions, Account Type 'Income' / 'System Receivable Invoice' / "
             "'Cash and Bank', payment transactions as 'Invoice Payment' pairs"],
    "fields": {"buyer": "Customer", "product": "Transaction Line Description", "quantity": None,
               "amount": "Amount (One column)", "tax_id": None, "email": None, "payment": None,
               "comment": "Notes / Memo"},
    "also_ok": {"amount": ["Amount Before Sales Tax", "Credit Amount (Two Column Approach)", "Debit Amount (Two Column Approach)"],
                "product": ["Transaction Description"], "payment": ["Other Accounts for this Transaction"]},
    "notes": "Comma CSV, UTF-8 without BOM, no title or totals lines. One row per transaction line: each invoice has one "
             "Income line per item (quantity only inside the description as 'x N'), an HST Payable line (Account Type 'Sales Taxes') "
             "and an Accounts Receivable line (System Receivable Invoice) with the gross total; all share Transaction ID and "
             "Invoice Number and carry the invoice's label. Paid invoices add a payment transaction: an Accounts Receivable line "
             "with the customer and a negative amount, and a Cash/bank line with no customer and no invoice number (labelled like "
             "its invoice but ambiguous: the line alone holds no buyer). Two invoices have no customer at all (thin). "
             "Persons appear as 'First Last', 'Last, First' or upper case; some names have trailing spaces.",
})
print(LID, len(rows))
