"""Seeded generator: GB Sage 200 Invoicing > Invoicing List, 'Export/Send to Excel' (xlsx).

Seller: a Leeds catering-equipment and janitorial wholesaler. One row per
invoice or credit note (document level), columns as the list was set up.
"""
import json
import random
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook

SEED = 8303
ID = "aa_gb_sage200_invoicing_list"
HERE = Path(__file__).resolve().parent
OUT = HERE.parent

HEADER = ["Invoice/credit no.", "Type", "Document date", "Customer account", "Customer name",
          "Customer order no.", "Status", "Net value", "VAT value", "Gross value", "Currency",
          "Date cancelled", "Reason cancelled"]

COMPANIES = [
    ("Compass Group UK & Ireland Ltd", "company"), ("Sodexo Limited", "company"),
    ("Whitbread Group PLC", "company"), ("Mitchells & Butlers Retail Ltd", "company"),
    ("Kirkstall Brewery Ltd", "company"), ("Harvey Nichols & Co Ltd", "company"),
    ("Bettys & Taylors Group Ltd", "company"), ("The Alchemist Bars Ltd", "company"),
    ("Asda Stores Ltd", "company"), ("Leeds United Football Club Ltd", "company"),
    ("Leeds Rugby Ltd", "company"), ("Spire Healthcare Ltd", "private_hospital"),
    ("The Grammar School at Leeds", "private_school"), ("St Gemma's Hospice", "charity"),
    ("Leeds Grand Theatre & Opera House Ltd", "non_profit"), ("Yorkshire County Cricket Club", "company"),
    ("Elior UK PLC", "company"), ("Aramark Ltd", "company"), ("Brakes Bros Ltd", "company"),
    ("Post Office Limited", "state_owned_company"), ("Hilton Leeds City (Park Plaza Hotels)", "company"),
    ("Friends of Roundhay Park", "charity"), ("Leeds Kirkgate Market Traders Association", "association"),
    ("S Khan t/a Khan's Kitchen", "sole_trader"), ("M Sutcliffe t/a The Pie Shop", "sole_trader"),
    ("Headingley Methodist Church", "church"),
]
PUBLIC = [
    ("Leeds City Council", "municipality"), ("Wakefield Council", "municipality"),
    ("City of Bradford Metropolitan District Council", "municipality"), ("Kirklees Council", "municipality"),
    ("North Yorkshire Council", "county_council"), ("Leeds Teaching Hospitals NHS Trust", "nhs_trust"),
    ("Leeds and York Partnership NHS Foundation Trust", "nhs_trust"), ("West Yorkshire Police", "police"),
    ("HM Prison & Probation Service - HMP Leeds", "prison_service"), ("Ministry of Defence", "armed_forces"),
    ("University of Leeds", "public_university"), ("Leeds Beckett University", "public_university"),
    ("West Yorkshire Fire & Rescue Authority", "fire_authority"), ("Leeds City College", "public_college"),
]
PERSONS = ["Mrs A Holroyd", "Mr J Whiteley", "Ms K Ramsden", "Mr D Barraclough", "Mrs S Ackroyd",
           "Mr P Walsh", "Miss L Pickles", "Mr T Illingworth", "Mrs H Brearley", "Dr R Gill"]


def acct(name, used):
    letters = "".join(c for c in name.upper() if c.isalpha())
    stem = letters[:3] if not name.startswith(("Mr ", "Mrs ", "Ms ", "Miss ", "Dr ")) else name.split()[-1].upper()[:3]
    k = 1
    while f"{stem}{k:03d}" in used.values():
        k += 1
    return f"{stem}{k:03d}"


def _normalise_zip(path):
    """Make the xlsx byte-reproducible: fixed core.xml times and zip entry dates."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2024-04-02T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 4, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    rnd = random.Random(SEED)
    used = {}

    def code(n):
        if n not in used:
            used[n] = acct(n, used)
        return used[n]

    recs = []
    for _ in range(92):
        n, k = rnd.choice(COMPANIES)
        ref = rnd.choice(["", "PO{0}".format(rnd.randint(10000, 99999)), "{0}".format(rnd.randint(4500000000, 4599999999)),
                          "ORD-{0}".format(rnd.randint(1000, 9999)), "Tel order", "per email"])
        recs.append(dict(name=n, ref=ref, net=round(rnd.uniform(120, 6800), 2), lab=("B2B", False, k)))
    for _ in range(36):
        n, k = rnd.choice(PUBLIC)
        ref = rnd.choice(["LCC{0}".format(rnd.randint(100000, 999999)) if "Leeds City" in n else "PO {0}".format(rnd.randint(1000000, 9999999)),
                          "{0}".format(rnd.randint(4500000000, 4599999999)), "YPO framework {0}".format(rnd.randint(100, 999))])
        recs.append(dict(name=n, ref=ref, net=round(rnd.uniform(90, 9500), 2), lab=("B2G", False, k)))
    for _ in range(12):
        n = rnd.choice(PERSONS)
        recs.append(dict(name=n, ref=rnd.choice(["", "", "Tel order", "Collection"]), net=round(rnd.uniform(25, 420), 2),
                         lab=("B2C", False, "private_person")))
    for _ in range(9):
        recs.append(dict(name="Cash Sales", ref=rnd.choice(["", "Walk in", "Counter", "Trade counter"]), net=round(rnd.uniform(8, 160), 2),
                         lab=("B2C", False, "cash_sale_catch_all"), acct="CASH01"))
    amb = [
        dict(name="GORSE Academies Trust", ref="GAT-PO-{0}".format(rnd.randint(1000, 9999)), net=1840.50, lab=("B2G", True, "academy_trust")),
        dict(name="GORSE Academies Trust", ref="GAT-PO-{0}".format(rnd.randint(1000, 9999)), net=642.00, lab=("B2G", True, "academy_trust")),
        dict(name="Network Rail Infrastructure Ltd", ref="Tender NR/CP7/{0}".format(rnd.randint(10000, 99999)), net=7420.00, lab=("B2B", True, "state_owned_company_procurement")),
        dict(name="Network Rail Infrastructure Ltd", ref="CP7 mini-comp {0}".format(rnd.randint(100, 999)), net=3180.75, lab=("B2B", True, "state_owned_company_procurement")),
        dict(name="International Maritime Organization", ref="IMO/PR/{0}".format(rnd.randint(1000, 9999)), net=2260.00, lab=("B2B", True, "international_org")),
        dict(name="British Council", ref="BC-{0}".format(rnd.randint(100000, 999999)), net=980.40, lab=("B2B", True, "state_founded_non_profit")),
        dict(name="British Council", ref="", net=415.00, lab=("B2B", True, "state_founded_non_profit")),
        dict(name="Leeds Teaching Hospitals NHS Trust", ref="Ward J12 kettle", net=24.99, lab=("B2G", True, "nhs_trust_household_item")),
        dict(name="West Yorkshire Police", ref="1 x microwave - Elland Rd custody", net=89.00, lab=("B2G", True, "police_household_item")),
        dict(name="Kirkstall Brewery Ltd", ref="microwave for staff room", net=89.00, lab=("B2B", True, "company_household_item")),
        dict(name="The Alchemist Bars Ltd", ref="1 x toaster - manager's flat", net=45.83, lab=("B2B", True, "company_household_item")),
        dict(name="Cash Sales", ref="Mr D Hirst - for his cafe", net=612.50, lab=("B2B", True, "cash_sale_business_purpose"), acct="CASH01"),
        dict(name="Cash Sales", ref="Mrs Y Akhtar - stock for her shop", net=288.00, lab=("B2B", True, "cash_sale_business_purpose"), acct="CASH01"),
        dict(name="Mr R Atkinson", ref="", net=2950.00, lab=("B2C", True, "private_person_bulk")),
        dict(name="Mrs S Ackroyd", ref="pays for Ackroyd Catering inv", net=740.00, lab=("B2B", True, "person_pays_company_invoice")),
        dict(name="Cash Sales", ref="", net=4120.00, lab=("B2C", True, "cash_sale_large_no_buyer"), acct="CASH01"),
        dict(name="Dr R Gill", ref="for surgery waiting room", net=135.00, lab=("B2B", True, "private_person_business_purpose")),
        dict(name="UNHCR", ref="UK office refurb {0}".format(rnd.randint(100, 999)), net=1320.00, lab=("B2B", True, "international_org")),
        dict(name="Leeds Community Foundation", ref="", net=356.20, lab=("B2B", False, "charity")),
        dict(name="Leeds City Council", ref="1 x fridge - Kirkgate Market office", net=329.00, lab=("B2G", True, "municipality_household_item")),
    ]
    recs += amb
    rnd.shuffle(recs)

    wb = Workbook()
    ws = wb.active
    ws.title = "Invoicing List"
    ws.append(HEADER)
    labels = []
    d = date(2024, 1, 3)
    inv_no = 48112
    cr_no = 2210
    for r in recs:
        d += timedelta(days=rnd.choice([0, 0, 0, 1, 1, 2]))
        while d.weekday() >= 5:
            d += timedelta(days=1)
        is_credit = rnd.random() < 0.06 and r["lab"][0] != "B2C"
        if is_credit:
            cr_no += 1
            num, typ = f"CR{cr_no:06d}", "Credit note"
            net = round(r["net"] * rnd.choice([0.1, 0.25, 0.5]), 2)
        else:
            inv_no += 1
            num, typ = f"{inv_no:07d}", "Invoice"
            net = r["net"]
        vat = round(net * 0.2, 2)
        status = rnd.choice(["Completed"] * 12 + ["Printed", "Printed", "Draft"])
        dcanc, rcanc = None, ""
        if typ == "Invoice" and rnd.random() < 0.03:
            status, dcanc, rcanc = "Cancelled", d + timedelta(days=1), rnd.choice(["Duplicate", "Raised to wrong account", "Order cancelled by customer"])
        name = r["name"]
        if rnd.random() < 0.05:
            name = name.upper()
        if rnd.random() < 0.05:
            name = name + " "
        ac = r.get("acct") or code(r["name"])
        ws.append([num, typ, d, ac, name, r["ref"] or None, status, net, vat, round(net + vat, 2), "GBP", dcanc, rcanc or None])
        labels.append(r["lab"])
    for row in ws.iter_rows(min_row=2):
        row[2].number_format = "dd/mm/yyyy"
        row[11].number_format = "dd/mm/yyyy"
        for c in row[7:10]:
            c.number_format = "#,##0.00"
    from datetime import datetime as _dt
    wb.properties.created = _dt(2024, 4, 2, 9, 0, 0)
    wb.properties.modified = _dt(2024, 4, 2, 9, 0, 0)
    wb.properties.creator = "Sage 200"
    lay = OUT / "layouts" / f"{ID}.xlsx"
    lay.parent.mkdir(parents=True, exist_ok=True)
    wb.save(lay)
    _normalise_zip(lay)

    key = OUT / "key"
    with open(key / f"{ID}.labels.csv", "w", encoding="utf-8") as f:
        f.write("row,label,ambiguous,kind,country\n")
        for i, (l, a, k) in enumerate(labels):
            cc = "GB"
            f.write(f"{i},{l},{str(a).lower()},{k},{cc}\n")
    meta = {
        "id": ID,
        "system": "Sage 200 (Standard/Professional, UK) - Invoicing > Invoicing List, exported to Excel",
        "country": "GB",
        "language": "en",
        "docs": [
            "desktophelp.sage.co.uk Sage 200 'Manage and report on invoices and credit notes': the Invoicing List shows all invoices and credit notes with a Status (Draft, On Hold, Printed, Completed, Cancelled); columns can be added such as Net value, VAT value, Date cancelled, Exchange rate, Reason cancelled; the list can be printed or exported/sent to Excel - used for the layout, the status vocabulary and the sentence-case column names",
            "Sage KB (Sage 50 customer activity) for UK ledger conventions: customer account reference codes of up to 8 upper-case characters - used for Customer account codes",
            "Own reading: the exact default column set of the list is not published; columns chosen as a UK user would set the list up (number, type, date, account, name, customer order no., status, net/VAT/gross, currency, cancellation columns); dates are real Excel dates shown dd/mm/yyyy, values numeric"
        ],
        "fields": {"buyer": "Customer name", "product": None, "quantity": None, "amount": "Gross value",
                   "tax_id": None, "email": None, "payment": None, "comment": "Customer order no."},
        "also_ok": {"amount": ["Net value"], "buyer": ["Customer account"], "comment": ["Reason cancelled"]},
        "notes": ("XLSX, one sheet 'Invoicing List', header in row 1, one row per invoice or credit note (document level; "
                  "no item columns), no title or totals rows. Credit notes have Type 'Credit note', numbers 'CR...' and positive values. "
                  "Customer account CASH01 'Cash Sales' is the catch-all account for counter sales; the customer's name or purpose, "
                  "when known, is only in 'Customer order no.', which users also fill with PO numbers, tender references or free text. "
                  "Private customers have their own accounts named 'Mrs A Holroyd' style. Cancelled invoices carry Date/Reason cancelled.")
    }
    with open(key / f"{ID}.json", "w", encoding="utf-8") as f:
        json.dump(meta, f, indent=2, ensure_ascii=False)
    print(ID, len(recs))


if __name__ == "__main__":
    main()
