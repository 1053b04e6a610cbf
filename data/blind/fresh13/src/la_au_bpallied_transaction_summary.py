"""Bp Allied (Best Practice Software) - Reports > Transaction Summary, 'Invoices' display,
exported from the results grid to Excel (XLSX).

Seller (invented): a Brisbane physiotherapy practice with three locations. One row per
invoice; the grid's footer totals are exported as a last line (not a record).
Rebuilds layouts/la_au_bpallied_transaction_summary.xlsx and its key files.
"""
import random
from datetime import date, datetime, timedelta

from openpyxl import Workbook
from openpyxl.styles import Font

from la_common import LAYOUTS, KEY, ensure_dirs, write_labels, write_key

ID = "la_au_bpallied_transaction_summary"
SEED = 130149
rng = random.Random(SEED)

HEADER = ["Invoice ID", "Invoice Date", "Invoice Status", "Bill to", "Client (if not = Bill to)", "Location",
          "Practitioner", "Invoice Amount", "Payment No", "Payment Date", "Payment Method", "Payment Amount",
          "Health Fund"]

FIRST = ["Jack", "Oliver", "William", "Noah", "Thomas", "James", "Lucas", "Henry", "Charlotte", "Olivia", "Amelia",
         "Isla", "Mia", "Ava", "Grace", "Chloe", "Emily", "Sophie", "Zoe", "Ruby", "Thi Lan", "Minh", "Priya",
         "Arjun", "Mei", "Wei", "Mohammed", "Aroha", "Tama", "Bradley", "Kylie", "Darren", "Leanne", "Shane",
         "Michelle", "Troy", "Belinda", "Craig", "Nathan", "Jessica", "Hayden", "Tahlia", "Cooper", "Matilda"]
LAST = ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Johnson", "White", "Martin", "Anderson",
        "Thompson", "Nguyen", "Tran", "Le", "Walker", "Harris", "Ryan", "Kelly", "O'Brien", "Murphy", "Campbell",
        "Stewart", "Mitchell", "Clarke", "Singh", "Patel", "Chen", "Wang", "Li", "Kaur", "Robinson", "Hughes",
        "Edwards", "Hall", "Young", "Scott", "Green", "Te Rangi", "Ngata", "Doyle", "McKenzie", "Fitzgerald"]
LOCATIONS = ["Chermside", "North Lakes", "Paddington"]
PRACS = {"Chermside": ["Liam O'Connor", "Sophie Nguyen"], "North Lakes": ["Jack Thompson", "Priya Sharma"],
         "Paddington": ["Emma Wilson", "Hannah Lee (EP)"]}
FUNDS = ["Medibank Private", "BUPA", "HCF", "NIB", "HBF", "Defence Health", "Teachers Health",
         "Queensland Country Health Fund", "GMHBA", "AHM", "Australian Unity"]
PRIVATE_FEES = [92.00, 92.00, 92.00, 110.00, 125.00, 38.00, 38.00, 75.00]
PRODUCT_FEES = [24.95, 39.95, 18.50, 54.00, 89.95, 12.95]

G, B, C = "B2G", "B2B", "B2C"
THIRD = [
    # bill-to, kind, label, ambiguous, invoices, fee options
    ("Department of Veterans' Affairs", "federal_department", G, False, 14, [70.30, 70.30, 98.50]),
    ("Medicare", "federal_health_payer", G, False, 10, [60.35]),
    ("WorkCover Queensland", "state_statutory_insurer", G, False, 12, [94.05, 94.05, 125.40, 350.00]),
    ("National Disability Insurance Agency", "federal_agency", G, False, 5, [193.99, 96.99]),
    ("Brisbane City Council", "city_council", G, False, 2, [495.00, 660.00]),
    ("City of Moreton Bay", "city_council", G, False, 1, [495.00]),
    ("Queensland Police Service", "police", G, False, 2, [125.40, 350.00]),
    ("Kedron State High School", "state_school", G, False, 2, [450.00, 300.00]),
    ("Metro North Hospital and Health Service", "public_hospital", G, False, 2, [92.00, 1840.00]),
    ("Queensland Fire Department", "fire_service", G, False, 1, [660.00]),
    ("The University of Queensland", "public_university", G, False, 1, [880.00]),
    ("My Plan Manager", "ndis_plan_managed", C, True, 7, [193.99, 96.99, 193.99]),
    ("Plan Partners", "ndis_plan_managed", C, True, 5, [193.99, 96.99]),
    ("Leap in! Plan Management", "ndis_plan_managed", C, True, 4, [193.99, 96.99]),
    ("Bupa Health Services Pty Ltd - ADF Health", "defence_health_contractor", B, True, 5, [92.00, 110.00, 125.00]),
    ("Suncorp Insurance (CTP)", "insurer", B, False, 3, [92.00, 110.00, 350.00]),
    ("RACQ Insurance (CTP)", "insurer", B, False, 3, [92.00, 110.00]),
    ("Allianz Australia Insurance Limited", "insurer", B, False, 2, [92.00, 110.00]),
    ("QBE Insurance (Australia) Limited", "insurer", B, False, 2, [92.00, 110.00]),
    ("Bunnings Group Limited", "private_company", B, False, 3, [245.00, 245.00, 480.00]),
    ("Downer EDI Works Pty Ltd", "private_company", B, False, 2, [245.00, 480.00]),
    ("Boral Resources (Qld) Pty Limited", "private_company", B, False, 2, [245.00]),
    ("Brisbane Broncos Rugby League Club Ltd", "private_company", B, False, 2, [1650.00, 2200.00]),
    ("Aurizon Operations Limited", "private_company", B, False, 1, [480.00]),
    ("Queensland Ballet", "nonprofit", B, False, 1, [1320.00]),
    ("Slater and Gordon Lawyers", "law_firm", B, False, 2, [880.00, 1100.00]),
    ("Shine Lawyers", "law_firm", B, False, 1, [660.00]),
    ("Maurice Blackburn Lawyers", "law_firm", B, False, 1, [880.00]),
    ("Brisbane Catholic Education", "nongovernment_school_system", B, False, 1, [540.00]),
    ("Anglicare Southern Queensland", "church_organisation", B, False, 1, [385.00]),
    ("Institute for Urban Indigenous Health Ltd", "community_controlled_health_org", B, False, 2, [92.00, 184.00]),
    ("Energy Queensland Limited", "state_owned_company", B, False, 2, [245.00, 480.00]),
    ("Morrison Electrical", "sole_trader_pays_owner_treatment", B, True, 2, [92.00, 110.00]),
    ("Tran Family Bakery", "sole_trader_pays_owner_treatment", B, True, 1, [92.00]),
]


def client_name():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    r = rng.random()
    if r < 0.06:
        return f"{l.upper()}, {f}"
    if r < 0.09:
        return f"{l}, {f} "
    return f"{l}, {f}"


def stabilise_zip(path):
    """Rewrite the xlsx with fixed member timestamps and a fixed modified date so reruns are identical."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2025-03-31T17:05:12Z</dcterms:modified>", data)
                data = re.sub(rb"<dcterms:created([^>]*)>[^<]*</dcterms:created>",
                              rb"<dcterms:created\1>2025-03-31T17:05:12Z</dcterms:created>", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 31, 17, 5, 12))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def fmt_sum(x):
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return f"SUM={s}"


def main():
    ensure_dirs()
    invoices = []
    clients = [client_name() for _ in range(70)]
    # private clients: repeat visits
    for _ in range(112):
        c = rng.choice(clients)
        invoices.append(dict(bill=c, client="", kind="private_person", label=C, amb=False, cc="AU",
                             fee=rng.choice(PRIVATE_FEES), private=True))
    for _ in range(5):
        invoices.append(dict(bill="Cash Sale", client="", kind="anonymous_retail", label=C, amb=False, cc="AU",
                             fee=rng.choice(PRODUCT_FEES), private=True, cash=True))
    for bill, kind, label, amb, n, fees in THIRD:
        for _ in range(n):
            cl = rng.choice(clients) if kind not in ("private_company", "nonprofit", "law_firm", "city_council",
                                                     "nongovernment_school_system", "church_organisation",
                                                     "state_school", "fire_service", "public_university") or rng.random() < 0.5 else ""
            if kind == "sole_trader_pays_owner_treatment":
                cl = "Morrison, Jake" if bill.startswith("Morrison") else "Tran, Minh"
            invoices.append(dict(bill=bill, client=cl, kind=kind, label=label, amb=amb, cc="AU", fee=rng.choice(fees),
                                 private=False))
    rng.shuffle(invoices)
    start = date(2025, 1, 2)
    days = [start + timedelta(days=i) for i in range(0, 88)]
    days = [d for d in days if d.weekday() < 6]
    dates = sorted(rng.choice(days) for _ in invoices)
    inv_id = 48211
    pay_no = 39117
    rows, labels = [], []
    for inv, d in zip(invoices, dates):
        inv_id += 1
        loc = rng.choice(LOCATIONS)
        prac = rng.choice(PRACS[loc])
        amt = inv["fee"]
        status = "Paid"
        pno = pdate = pmeth = pamt = fund = None
        if inv["private"]:
            if inv.get("cash"):
                meth = rng.choice(["EFTPOS", "Cash", "EFTPOS"])
                prac = ""
            else:
                meth = rng.choice(["EFTPOS", "EFTPOS", "HICAPS", "HICAPS", "Credit Card", "Cash"])
            if rng.random() < 0.04:
                status = "Awaiting Payment"
            elif meth == "HICAPS":
                pay_no += 2
                pno, pdate, pmeth, pamt, fund = "*mulitple*", d, "*mulitple*", amt, rng.choice(FUNDS)
            else:
                pay_no += 1
                pno, pdate, pmeth, pamt = pay_no, d, meth, amt
        else:
            if rng.random() < 0.42 or d > date(2025, 3, 20):
                status = "Awaiting Payment"
            else:
                pay_no += 1
                pdate = d + timedelta(days=rng.randint(5, 30))
                meth = {"federal_department": "DVA Online", "federal_health_payer": "Medicare Online"}.get(inv["kind"], "Direct Deposit")
                pno, pmeth, pamt = pay_no, meth, amt
        if rng.random() < 0.015:
            status, pno, pdate, pmeth, pamt, fund = "Voided", None, None, None, None, None
        rows.append([inv_id, d, status, inv["bill"], inv["client"] or None, loc, prac or None, amt, pno, pdate, pmeth,
                     pamt, fund])
        labels.append({"label": inv["label"], "ambiguous": inv["amb"], "kind": inv["kind"], "country": inv["cc"]})

    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet"
    ws.append(HEADER)
    for c in ws[1]:
        c.font = Font(bold=True)
    for r in rows:
        ws.append([(datetime(v.year, v.month, v.day) if isinstance(v, date) else v) for v in r])
    for row in ws.iter_rows(min_row=2, max_row=ws.max_row):
        for c in row:
            if isinstance(c.value, datetime):
                c.number_format = "dd/mm/yyyy"
            elif isinstance(c.value, float):
                c.number_format = "#,##0.00"
    tot_inv = sum(r[7] for r in rows)
    tot_pay = sum(r[11] for r in rows if isinstance(r[11], float))
    ws.append([f"COUNT={len(rows)}", None, None, None, None, None, None, fmt_sum(tot_inv), None, None, None,
               fmt_sum(tot_pay), None])
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
    widths = [11, 12, 16, 42, 24, 12, 18, 14, 11, 12, 16, 14, 26]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    # fixed workbook metadata so reruns are byte-stable
    wb.properties.creator = "Bp Allied"
    wb.properties.created = datetime(2025, 3, 31, 17, 5, 12)
    wb.properties.modified = datetime(2025, 3, 31, 17, 5, 12)
    out = LAYOUTS / f"{ID}.xlsx"
    wb.save(out)
    stabilise_zip(out)
    write_labels(KEY / f"{ID}.labels.csv", labels)
    write_key(KEY / f"{ID}.json", KEYDOC)
    print(ID, len(rows))


KEYDOC = {
    "id": ID,
    "system": "Bp Allied (Best Practice Software) - Reports > Transaction Summary report, 'Invoices' display, results grid exported to Excel",
    "country": "AU",
    "language": "en",
    "docs": [
        "Bp Allied knowledge base, 'Transaction Summary Report' (kb.bpsoftware.net/bpallied/v6/TransSumRpt.htm): the Invoices display lists "
        "Invoice ID, Invoice Date, Invoice Status (e.g. Paid or Awaiting Payment), Bill to (who the invoice is addressed to, client or third-party name), "
        "Client (if not = Bill to) (the client referred to in a third-party invoice), Location, Practitioner, Payment No (shows *mulitple* when several "
        "payments exist), Payment Date, Payment Method, Payment Amount, Health Fund (when the claim was lodged through HealthPoint/HICAPS)",
        "Bp Allied v5 report pages (Draft Invoices, Outstanding Balance): results grids carry an 'Invoice Amount' column, a built-in totalling function in the "
        "footer, and the standard output options Export / Preview / Print",
        "Bp Allied 'Invoices Navigation Bar' page: the Bill to list holds the client list plus Third Party Billers maintained under System > Data Maintenance",
    ],
    "fields": {"buyer": "Bill to", "product": None, "quantity": None, "amount": "Invoice Amount", "tax_id": None,
               "email": None, "payment": "Payment Method", "comment": None},
    "also_ok": {"buyer": ["Client (if not = Bill to)"], "amount": ["Payment Amount"]},
    "notes": "XLSX, one sheet, header in row 1, one row per invoice (Jan-Mar 2025), then one footer totals line (COUNT=/SUM= text cells) that is "
             "not a record. Seller (invented) is a three-location Brisbane physiotherapy practice. Private clients appear as 'Surname, Firstname' in "
             "Bill to; third-party invoices name the payer in Bill to and the treated person in 'Client (if not = Bill to)'. HICAPS-claimed visits "
             "show '*mulitple*' payments and the Health Fund. Government payers: DVA, Medicare, WorkCover Queensland, NDIA, council, police, state "
             "school, hospital and health service, fire department, public university. NDIS plan managers (private firms paying from a participant's "
             "plan) are labelled by the participant (B2C, ambiguous). No product/quantity columns: the grid does not itemise.",
}

if __name__ == "__main__":
    main()
