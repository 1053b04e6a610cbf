"""ja_gb_starling_business_statement_in: Starling Bank (UK) business account statement CSV, money-in lines.

Header as Starling writes it: Date,Counter Party,Reference,Type,Amount (GBP),Balance (GBP),Spending Category,Notes
(dates dd/mm/yyyy, signed amounts with two decimals, running balance, upper-case spending category).
The account holder is an invented Manchester cleaning/facilities company; the file was cut down to the
incoming payments (sales receipts), so the running balance jumps where money-out lines were removed.
Seeded: rebuilds the same files on every run.
"""
from __future__ import annotations

import csv
import random
from datetime import date, timedelta
from decimal import Decimal

from ja_common import LAYOUTS, money, write_key, write_labels

LAYOUT_ID = "ja_gb_starling_business_statement_in"
rng = random.Random(77123)

# counter party, ref patterns, type weights, amount range, label, ambiguous, kind, count
PUBLIC = [
    ("MANCHESTER CITY COUNCIL", ["REMIT {n}", "MCC SUPPLIER PAYMENT {n}", "BRIGHTWELL FAC {n}"], "BACS", (2400, 8900), "municipality", 6),
    ("SALFORD CITY COUNCIL", ["SCC PAYMENT {n}", "REMITTANCE {n}"], "BACS", (1800, 6200), "municipality", 4),
    ("TRAFFORD COUNCIL", ["TMBC {n}", "INV {inv}"], "BACS", (900, 4200), "municipality", 3),
    ("STOCKPORT MBC", ["SMBC REMIT {n}"], "BACS", (900, 3900), "municipality", 3),
    ("BOLTON COUNCIL", ["BOLTON MBC {n}"], "BACS", (700, 2600), "municipality", 2),
    ("MANCHESTER UNIVERSITY NHS FT", ["MFT {n}", "MFT REMITTANCE {n}", "INV {inv} MFT"], "BACS", (1200, 6400), "nhs_trust", 6),
    ("NORTHERN CARE ALLIANCE NHS", ["NCA {n}", "INV{inv}"], "BACS", (800, 5200), "nhs_trust", 3),
    ("THE CHRISTIE NHS FT", ["CHRISTIE {n}"], "BACS", (900, 3800), "nhs_trust", 2),
    ("NHS SBS", ["NHS SBS REMIT {n}", "SBS {n} INV {inv}"], "BACS", (600, 4100), "nhs_body", 3),
    ("GREATER MANCHESTER POLICE", ["GMP {n}", "GMP INV {inv}"], "BACS", (700, 3400), "police", 2),
    ("GMFRS", ["GMFRS {n}"], "BACS", (600, 2200), "fire_service", 2),
    ("TRANSPORT FOR GREATER MANCH", ["TFGM {n}", "TFGM PO {po}"], "BACS", (900, 4600), "transport_authority", 2),
    ("GREATER MANCHESTER COMBINED", ["GMCA {n}"], "BACS", (600, 2400), "combined_authority", 1),
    ("THE UNIVERSITY OF MANCHESTER", ["UOM {n}", "UOM PO {po}"], "BACS", (900, 5200), "public_university", 3),
    ("MANCHESTER METROPOLITAN UNI", ["MMU {n}", "INV {inv}"], "BACS", (700, 3600), "public_university", 2),
    ("THE MANCHESTER COLLEGE", ["TMC {n}"], "BACS", (500, 2600), "public_college", 2),
    ("MINISTRY OF DEFENCE", ["MOD DBS FIN {n}", "MOD PO {po}"], "BACS", (900, 3800), "armed_forces", 1),
    ("HM COURTS & TRIBUNALS SERV", ["HMCTS {n}"], "BACS", (600, 2100), "central_government", 1),
    ("ENVIRONMENT AGENCY", ["EA {n}"], "BACS", (500, 1900), "central_government", 1),
    ("ST PAULS CE PRIMARY SCHOOL", ["INV {inv}", "SCHOOL CLEAN {inv}"], "FASTER PAYMENT", (450, 1600), "public_school", 2),
    ("CONSILIUM ACADEMIES", ["CAT {n}", "INV {inv}"], "BACS", (600, 2800), "public_school_academy_trust", 2),
]
PRIVATE_ORGS = [
    ("BRUNTWOOD ESTATES LTD", ["BRUNTWOOD {n}", "INV {inv}"], "BACS", (900, 5400), "company", 4),
    ("AUTO TRADER LTD", ["AUTOTRADER {n}"], "BACS", (1200, 3900), "company", 3),
    ("CO-OPERATIVE GROUP LTD", ["CO-OP GROUP {n}", "COOP REMIT {n}"], "BACS", (800, 4200), "cooperative", 3),
    ("KELLOGG MARKETING AND SALES", ["KELLOGG {n}"], "BACS", (900, 2700), "company", 2),
    ("MANCHESTER UNITED FC LTD", ["MUFC {n}", "INV {inv}"], "BACS", (1400, 6800), "company", 2),
    ("HALLE CONCERTS SOCIETY", ["HALLE INV {inv}"], "FASTER PAYMENT", (400, 1800), "charity", 2),
    ("ONWARD HOMES LTD", ["ONWARD {n}", "VOID CLEAN {inv}"], "BACS", (300, 2400), "housing_association", 3),
    ("GREAT PLACES HOUSING GROUP", ["GPHG {n}"], "BACS", (400, 2200), "housing_association", 2),
    ("SPIRE HEALTHCARE LTD", ["SPIRE MCR {n}"], "BACS", (900, 3600), "private_hospital", 2),
    ("THE MANCHESTER GRAMMAR SCH", ["MGS INV {inv}"], "BACS", (700, 2900), "private_school", 2),
    ("MANCHESTER CATHEDRAL", ["CATHEDRAL INV {inv}"], "FASTER PAYMENT", (250, 900), "church", 1),
    ("WITHINGTON BAPTIST CHURCH", ["INV {inv}"], "FASTER PAYMENT", (120, 480), "church", 1),
    ("NORTHERN QUARTER DENTAL LTD", ["INV {inv}", "NQ DENTAL"], "FASTER PAYMENT", (180, 650), "company", 3),
    ("ANCOATS COFFEE CO LTD", ["INV {inv}"], "FASTER PAYMENT", (150, 520), "company", 3),
    ("KAMAL & CO SOLICITORS", ["KAMAL CO INV {inv}"], "FASTER PAYMENT", (220, 700), "company", 2),
    ("HOMELY LETTINGS LTD", ["EOT {addr}", "INV {inv}"], "FASTER PAYMENT", (160, 420), "company", 4),
    ("PROPERTYPAL MANCHESTER LTD", ["END TENANCY {addr}"], "FASTER PAYMENT", (180, 380), "company", 3),
    ("DIDSBURY VETS LTD", ["INV {inv}"], "FASTER PAYMENT", (140, 460), "company", 2),
    ("PICCADILLY HOTEL MCR LTD", ["PHM {n}", "INV {inv}"], "BACS", (600, 2900), "company", 2),
    ("POST OFFICE LTD", ["POL {n}"], "BACS", (700, 2300), "state_owned_company", 1),
]
FIRST = ["James", "Oliver", "Jack", "Harry", "George", "Thomas", "Daniel", "Mohammed", "Adam", "Ryan", "Amelia",
         "Olivia", "Emily", "Sophie", "Jessica", "Charlotte", "Chloe", "Hannah", "Aisha", "Zara", "Rebecca", "Laura",
         "Kirsty", "Gemma", "Priya", "Connor", "Liam", "Niamh", "Siobhan", "Callum"]
LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
        "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel",
        "Khan", "Hussain", "Ahmed", "Begum", "Owen", "Hughes", "Lewis", "Murphy", "O'Connor", "Kowalski", "Nowak"]
SERVICES = ["END OF TENANCY {addr}", "EOT CLEAN {addr}", "OVEN CLEAN", "CARPET CLEAN", "DEEP CLEAN",
            "DEEP CLEAN 3 BED", "WINDOWS", "AFTER BUILDERS CLEAN", "CLEAN {addr}", "INV {inv}", "{surname} CLEAN",
            "DEPOSIT", "SOFA CLEAN", "Cleaning", "cleaner", "inv {inv}", "{surname}"]
ROADS = ["ELM RD", "WILMSLOW RD", "BURTON RD", "PALATINE RD", "BARLOW MOOR RD", "MAULDETH RD", "SCHOOL LN",
         "STATION RD", "CHURCH ST", "OXFORD RD", "CHORLTON RD", "KINGS RD", "VICTORIA AVE", "ASHFIELD RD"]


def addr():
    return f"{rng.randint(1, 140)} {rng.choice(ROADS)}"


inv_counter = [2140]


def inv():
    inv_counter[0] += rng.randint(1, 4)
    return str(inv_counter[0])


def fill(pat, surname=""):
    return pat.format(n=rng.randint(100000, 9999999), inv=inv(), po=f"{rng.choice(['45', '30', 'PO'])}{rng.randint(100000, 9999999)}",
                      addr=addr(), surname=surname.upper())


def amt(lo, hi):
    return money(rng.uniform(lo, hi)).quantize(Decimal("0.01"))


entries = []  # dict(cp, ref, type, amount, label, amb, kind, notes)


def add(cp, ref, typ, amount, label, amb, kind, notes="", country="GB"):
    entries.append(dict(cp=cp, ref=ref, type=typ, amount=amount, label=label, amb=amb, kind=kind, notes=notes,
                        country=country))


for cp, refs, typ, rngs, kind, cnt in PUBLIC:
    for _ in range(cnt):
        t = typ if rng.random() < 0.85 else "FASTER PAYMENT"
        add(cp, fill(rng.choice(refs)), t, amt(*rngs), "B2G", False, kind,
            rng.choice(["", "", "", "", "monthly contract", "remittance emailed"]))
for cp, refs, typ, rngs, kind, cnt in PRIVATE_ORGS:
    for _ in range(cnt):
        t = typ if rng.random() < 0.85 else "FASTER PAYMENT"
        add(cp, fill(rng.choice(refs)), t, amt(*rngs), "B2B", False, kind, rng.choice(["", "", "", "", "paid late"]))

# B2G ambiguous: public bodies paying for a single household-type service
add("ST PAULS CE PRIMARY SCHOOL", "OVEN CLEAN STAFFROOM", "FASTER PAYMENT", Decimal("65.00"), "B2G", True, "public_school")
add("TRAFFORD COUNCIL", f"DOMESTIC CLEAN {addr()} ASC", "BACS", Decimal("120.00"), "B2G", True, "municipality",
    "adult social care one-off")
add("SALFORD CITY COUNCIL", "CARPET CLEAN TENANT 44", "BACS", Decimal("95.00"), "B2G", True, "municipality")

# B2B ambiguous
add("D OKAFOR", "INV 2231 OKAFOR PROPERTIES", "FASTER PAYMENT", Decimal("540.00"), "B2B", True,
    "person_paying_company_invoice")
add("MRS S BEGUM", "BEGUM ACCOUNTANCY LTD INV 2266", "FASTER PAYMENT", Decimal("310.00"), "B2B", True,
    "person_paying_company_invoice")
add("K HUSSAIN", "SHOP CLEAN HUSSAIN NEWSAGENTS", "FASTER PAYMENT", Decimal("145.00"), "B2B", True,
    "private_person_business_use")
add("Lee Walker", "office clean for my salon", "FASTER PAYMENT", Decimal("180.00"), "B2B", True,
    "private_person_business_use")
add("ZENITH DIGITAL LTD", "OVEN CLEAN 14 ELM RD DIDSBURY", "FASTER PAYMENT", Decimal("75.00"), "B2B", True,
    "company")
add("NETWORK RAIL INFRA LTD", "PO 4500981234 NR/T/2291", "BACS", Decimal("3860.40"), "B2B", True,
    "state_owned_company")
add("NETWORK RAIL INFRA LTD", "PO 4500981235 NR/T/2291", "BACS", Decimal("3860.40"), "B2B", True,
    "state_owned_company")
add("GOODALL", "PO 88213", "FASTER PAYMENT", Decimal("420.00"), "B2B", True, "thin_record")
add("INTERNATIONAL MARITIME ORG", "IMO PO 25/0412 CLEANING", "BACS", Decimal("2140.00"), "B2B", True,
    "international_org")

# B2C ambiguous: card-acquirer payouts (no buyer), thin records
for _ in range(6):
    add("SUMUP PAYMENTS LIMITED", "SUMUP PAYOUT", "FASTER PAYMENT", amt(120, 880), "B2C", True, "acquiring_payout")
add("J BROWN", "2290", "FASTER PAYMENT", Decimal("85.00"), "B2C", True, "thin_record")
add("M J", "", "FASTER PAYMENT", Decimal("60.00"), "B2C", True, "thin_record")

# B2C clear: private persons paying for household cleaning
for _ in range(47):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.random()
    if style < 0.35:
        cp = f"{f[0]} {l}".upper()
    elif style < 0.55:
        cp = f"{rng.choice(['MR', 'MRS', 'MS', 'MISS'])} {f[0]} {l}".upper()
    elif style < 0.7:
        cp = f"{l} {f[0]}".upper()
    elif style < 0.85:
        cp = f"{f} {l}"
    else:
        cp = f"{rng.choice(['MR', 'MRS', 'MS'])} {f} {l}".upper()
    price = Decimal(rng.choice([55, 60, 65, 70, 75, 85, 90, 95, 110, 120, 135, 150, 165, 180, 195, 220, 240, 260,
                                285, 320, 345, 380, 420]))
    if rng.random() < 0.15:
        price = amt(55, 420)
    add(cp, fill(rng.choice(SERVICES), l), "FASTER PAYMENT", money(price), "B2C", False, "private_person",
        rng.choice(["", "", "", "", "", "deposit", "balance"]))

rng.shuffle(entries)

# dates through H1 2025, chronological (Starling lists oldest first), running balance incl. removed debits
d = date(2025, 1, 2)
bal = Decimal("18432.55")
rows, labels = [], []
for e in entries:
    d += timedelta(days=rng.choice([0, 0, 1, 1, 1, 2]))
    while d.weekday() >= 5 and e["type"] == "BACS":
        d += timedelta(days=1)
    # money-out lines removed from this file still moved the balance
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
        bal -= money(rng.uniform(25, 2400))
    if bal < 2000:
        bal += Decimal("6000.00")  # (a transfer in from the Spaces/savings, also removed)
    bal += e["amount"]
    rows.append([d.strftime("%d/%m/%Y"), e["cp"], e["ref"], e["type"], f"{e['amount']:.2f}", f"{bal:.2f}", "INCOME",
                 e["notes"]])
    labels.append(dict(label=e["label"], ambiguous=e["amb"], kind=e["kind"], country=e["country"]))

LAYOUTS.mkdir(parents=True, exist_ok=True)
with open(LAYOUTS / f"{LAYOUT_ID}.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["Date", "Counter Party", "Reference", "Type", "Amount (GBP)", "Balance (GBP)", "Spending Category",
                "Notes"])
    w.writerows(rows)

write_labels(LAYOUT_ID, labels)
write_key(LAYOUT_ID, {
    "id": LAYOUT_ID,
    "system": "Starling Bank (UK) business current account - statement CSV download (incoming payments)",
    "country": "GB",
    "language": "en",
    "docs": [
        "Public Starling statement CSV samples and parsers (GitHub code: a Starling API client test expecting the "
        "CSV statement header 'Date,Counter Party,Reference,Type,Amount (GBP),Balance (GBP),Spending Category' and "
        "rows like '01/10/2019,An Employer,SALARY,FASTER PAYMENT,1500.00,5500.00,INCOME'; several importers using "
        "the same header with a trailing 'Notes' column): column names and order, dd/mm/yyyy dates, signed amount "
        "with 2 decimals, running balance, upper-case type (FASTER PAYMENT, ...) and spending category",
        "actualbudget/actual issue #6704: a Starling CSV export quoted by a user (Date, Counter Party, Amount (GBP), "
        "Spending Category with values like TRANSPORT) - confirms the upper-case category codes",
    ],
    "fields": {"buyer": "Counter Party", "product": None, "quantity": None, "amount": "Amount (GBP)",
               "tax_id": None, "email": None, "payment": "Type", "comment": "Reference"},
    "also_ok": {"comment": ["Notes"]},
    "notes": "One row per incoming payment (sales receipt). The account holder (an invented Manchester "
             "cleaning/facilities company) cut the statement down to money-in lines, so Balance (GBP) jumps "
             "between rows where debits were removed. Counter Party is the payer's account name as the payer's "
             "bank sent it (often upper case, truncated around 27 characters, persons as 'J SMITH', 'MRS K OWEN' or "
             "'OWEN K'); Reference is the payer's free-text reference (invoice/PO/remittance numbers, addresses, "
             "'SUMUP PAYOUT' for card-acquirer settlements); Notes is the account holder's own note. No product, "
             "quantity, e-mail or tax ID columns exist. Payers are real UK public bodies and companies; persons "
             "invented.",
})
print(LAYOUT_ID, len(rows))
