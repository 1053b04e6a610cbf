"""Wise Business - GBP balance statement downloaded as CSV, money-in rows only.

Seller (invented): Peak Defib & First Aid Ltd, Sheffield - sells AEDs, cabinets, pads,
first-aid kits and first-aid training, invoiced and paid by bank transfer; card takings
arrive as Stripe/SumUp payouts, marketplace takings as Amazon payouts.
Rebuilds layouts/la_gb_wise_business_statement_in.csv and its key files.
"""
import random
from datetime import date, timedelta

from la_common import LAYOUTS, KEY, ensure_dirs, write_csv, write_labels, write_key, money

ID = "la_gb_wise_business_statement_in"
SEED = 130131
rng = random.Random(SEED)

HEADER = ["TransferWise ID", "Date", "Amount", "Currency", "Description", "Payment Reference", "Running Balance",
          "Exchange From", "Exchange To", "Exchange Rate", "Payer Name", "Payee Name", "Payee Account Number",
          "Merchant", "Card Last Four Digits", "Card Holder Full Name", "Attachment", "Note", "Total fees"]

# payer, kind, label, ambiguous, country, amount range, weight of repeats
G = "B2G"
B = "B2B"
C = "B2C"
PAYERS = [
    # NHS and health (B2G)
    ("SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST", "nhs_trust", G, False, "GB", (180, 6800), 4),
    ("SHEFFIELD CHILDRENS NHS FOUNDATION TRUST", "nhs_trust", G, False, "GB", (120, 3400), 2),
    ("YORKSHIRE AMBULANCE SERVICE NHS TRUST", "ambulance_trust", G, False, "GB", (300, 9000), 3),
    ("NHS SOUTH YORKSHIRE ICB", "integrated_care_board", G, False, "GB", (400, 5200), 2),
    ("DONCASTER AND BASSETLAW TEACHING HOSPITALS NHS FT", "nhs_trust", G, False, "GB", (150, 2900), 2),
    ("BARNSLEY HOSPITAL NHS FOUNDATION TRUST", "nhs_trust", G, False, "GB", (150, 2600), 2),
    ("CHESTERFIELD ROYAL HOSPITAL NHS FT", "nhs_trust", G, False, "GB", (150, 2400), 2),
    # councils (B2G)
    ("SHEFFIELD CITY COUNCIL", "city_council", G, False, "GB", (95, 7400), 4),
    ("ROTHERHAM MBC", "metropolitan_borough_council", G, False, "GB", (95, 4600), 3),
    ("BARNSLEY MBC", "metropolitan_borough_council", G, False, "GB", (95, 3900), 2),
    ("DONCASTER COUNCIL", "metropolitan_borough_council", G, False, "GB", (95, 3200), 2),
    ("DERBYSHIRE COUNTY COUNCIL", "county_council", G, False, "GB", (150, 5100), 3),
    ("NORTH EAST DERBYSHIRE DISTRICT COUNCIL", "district_council", G, False, "GB", (120, 1800), 1),
    ("HIGH PEAK BOROUGH COUNCIL", "borough_council", G, False, "GB", (120, 1800), 1),
    ("HATHERSAGE PARISH COUNCIL", "parish_council", G, False, "GB", (250, 1700), 2),
    ("DRONFIELD TOWN COUNCIL", "town_council", G, False, "GB", (250, 1700), 2),
    ("BRADFIELD PARISH COUNCIL", "parish_council", G, False, "GB", (250, 1700), 1),
    ("STOCKSBRIDGE TOWN COUNCIL", "town_council", G, False, "GB", (250, 1700), 1),
    ("CASTLETON PARISH COUNCIL", "parish_council", G, False, "GB", (250, 1700), 2),
    # emergency services, central government, armed forces (B2G)
    ("SOUTH YORKSHIRE POLICE", "police", G, False, "GB", (200, 4800), 2),
    ("SOUTH YORKSHIRE FIRE AND RESCUE", "fire_and_rescue", G, False, "GB", (200, 3600), 2),
    ("DERBYSHIRE CONSTABULARY", "police", G, False, "GB", (200, 2400), 1),
    ("MOD DBS FINANCE", "armed_forces", G, False, "GB", (300, 5200), 2),
    ("HM PRISON AND PROBATION SERVICE", "central_government", G, False, "GB", (300, 3000), 1),
    ("ENVIRONMENT AGENCY", "central_government", G, False, "GB", (200, 2200), 1),
    # schools, academy trusts, colleges, universities (B2G)
    ("DORE PRIMARY SCHOOL", "state_school", G, False, "GB", (60, 1600), 2),
    ("TOTLEY PRIMARY SCHOOL", "state_school", G, False, "GB", (60, 1600), 1),
    ("WESTWAYS PRIMARY SCHOOL", "state_school", G, False, "GB", (60, 1600), 1),
    ("MINERVA LEARNING TRUST", "academy_trust", G, False, "GB", (150, 3900), 2),
    ("TAPTON SCHOOL ACADEMY TRUST", "academy_trust", G, False, "GB", (150, 2800), 2),
    ("STEEL CITY SCHOOLS PARTNERSHIP", "academy_trust", G, False, "GB", (150, 2800), 1),
    ("UNITED LEARNING TRUST", "academy_trust", G, False, "GB", (150, 2800), 2),
    ("THE UNIVERSITY OF SHEFFIELD", "public_university", G, False, "GB", (90, 4200), 2),
    ("SHEFFIELD HALLAM UNIVERSITY", "public_university", G, False, "GB", (90, 4200), 2),
    ("THE SHEFFIELD COLLEGE", "public_college", G, False, "GB", (90, 2400), 2),
    # Ireland (paid in GBP against our invoices)
    ("HEALTH SERVICE EXECUTIVE", "public_health_service", G, False, "IE", (300, 6400), 2),
    ("CORK COUNTY COUNCIL", "county_council", G, False, "IE", (200, 2900), 1),
    ("UNIVERSITY COLLEGE CORK", "public_university", G, False, "IE", (150, 2400), 1),
    ("DEPARTMENT OF DEFENCE IRELAND", "armed_forces", G, False, "IE", (400, 5200), 1),
    ("IRISH RED CROSS SOCIETY", "national_red_cross", B, False, "IE", (200, 2600), 1),
    ("KINGSPAN GROUP PLC", "private_company", B, False, "IE", (300, 4800), 1),
    # companies (B2B)
    ("TESCO STORES LTD", "private_company", B, False, "GB", (300, 5200), 2),
    ("SAINSBURYS SUPERMARKETS LTD", "private_company", B, False, "GB", (300, 4200), 1),
    ("AMEY OW LTD", "private_company", B, False, "GB", (200, 3600), 2),
    ("KIER CONSTRUCTION LTD", "private_company", B, False, "GB", (200, 3600), 2),
    ("GRIPPLE LTD", "private_company", B, False, "GB", (200, 2800), 2),
    ("WESTFIELD HEALTH", "friendly_society", B, False, "GB", (200, 2800), 1),
    ("SHEFFIELD UNITED FOOTBALL CLUB LTD", "private_company", B, False, "GB", (300, 3800), 1),
    ("MEADOWHALL SHOPPING CENTRE LTD", "private_company", B, False, "GB", (300, 3800), 2),
    ("BOOTS UK LTD", "private_company", B, False, "GB", (200, 2600), 1),
    ("NEXT PLC", "private_company", B, False, "GB", (200, 2600), 1),
    ("HSBC UK BANK PLC", "private_company", B, False, "GB", (200, 2600), 1),
    ("LIBERTY STEEL SPECIALITY STEEL UK", "private_company", B, False, "GB", (200, 2600), 1),
    ("PEAK DISTRICT ACTIVITY CENTRE LTD", "private_company", B, False, "GB", (150, 1900), 2),
    ("ARNOLD LABORATORY LTD", "private_company", B, False, "GB", (100, 1500), 1),
    ("SHEFFIELD FORGEMASTERS INTERNATIONAL LTD", "state_owned_company", B, False, "GB", (300, 3600), 2),
    ("ROYAL MAIL GROUP LTD", "private_company", B, False, "GB", (300, 3600), 1),
    ("POST OFFICE LIMITED", "state_owned_company", B, False, "GB", (300, 3600), 1),
    # sole traders (trade names)
    ("K WALKER T/A WALKER ELECTRICAL", "sole_trader", B, False, "GB", (60, 1500), 2),
    ("J BROWN T/A BROWNS CAFE", "sole_trader", B, False, "GB", (60, 1500), 1),
    ("A SHAH T/A SHAH DENTAL CARE", "sole_trader", B, False, "GB", (60, 1800), 2),
    ("HOLMES PLUMBING AND HEATING", "sole_trader", B, False, "GB", (60, 900), 1),
    # charities, clubs, churches (B2B)
    ("HALLAMSHIRE HARRIERS", "sports_club", B, False, "GB", (80, 1700), 1),
    ("STANNINGTON CRICKET CLUB", "sports_club", B, False, "GB", (80, 1700), 2),
    ("SHEFFIELD TIGERS RUFC", "sports_club", B, False, "GB", (80, 1700), 1),
    ("ST LUKES HOSPICE", "charity", B, False, "GB", (80, 2400), 2),
    ("SHEFFIELD CATHEDRAL", "church", B, False, "GB", (80, 1700), 1),
    ("ST MARKS CHURCH BROOMHILL", "church", B, False, "GB", (80, 1700), 1),
    ("BRITISH RED CROSS SOCIETY", "national_red_cross", B, False, "GB", (200, 3400), 1),
    ("ST JOHN AMBULANCE", "charity", B, False, "GB", (200, 3400), 1),
    ("HOPE VILLAGE HALL", "charity", B, False, "GB", (80, 1700), 1),
    ("SHEFFIELD UNITED COMMUNITY FOUNDATION", "charity", B, False, "GB", (80, 1700), 1),
    # international organisation (B2B, ambiguous)
    ("INTERNATIONAL MARITIME ORGANIZATION", "international_org", B, True, "GB", (300, 3200), 2),
]

PERSON_FIRST = ["JOHN", "SARAH", "DAVID", "EMMA", "JAMES", "CLAIRE", "PAUL", "HELEN", "MARK", "RACHEL", "IAN",
                "JOANNE", "GARETH", "NICOLA", "STEVEN", "LOUISE", "ANDREW", "KAREN", "MOHAMMED", "AISHA",
                "PRIYA", "TOMASZ", "KATIE", "LIAM", "CHLOE", "CONOR", "SIOBHAN"]
PERSON_LAST = ["SMITH", "JONES", "TAYLOR", "BROWN", "WILLIAMS", "WILSON", "JOHNSON", "DAVIES", "ROBINSON",
               "WRIGHT", "THOMPSON", "EVANS", "WALKER", "WHITE", "ROBERTS", "GREEN", "HALL", "WOOD", "HOLMES",
               "HUSSAIN", "KHAN", "PATEL", "BIBI", "NOWAK", "OCONNOR", "MURPHY", "BARKER", "ELLIS", "HUDSON"]
PERSON_REFS = ["HOME DEFIB", "DEFIB", "AED", "FIRST AID KIT", "first aid course", "INV {inv}", "{inv}",
               "{last}", "{last} {inv}", "PADS", "AED PADS", "DEFIB PADS", "CABINET", "Christmas present dad",
               "FAMILY FIRST AID", "paediatric first aid", "PFA COURSE", "INV{inv}"]


def person():
    f, l = rng.choice(PERSON_FIRST), rng.choice(PERSON_LAST)
    style = rng.random()
    if style < 0.35:
        return f"{f} {l}", l
    if style < 0.6:
        return f"{f[0]} {l}", l
    if style < 0.75:
        return f"{rng.choice(['MR', 'MRS', 'MS', 'MISS', 'DR'])} {f[0]} {l}", l
    if style < 0.9:
        return f"{f.title()} {l.title()}", l
    return f"{f[0]} {rng.choice(PERSON_FIRST)[0]} {l}", l


def org_ref(kind, inv):
    if kind in ("nhs_trust", "ambulance_trust", "integrated_care_board", "public_health_service"):
        return rng.choice([f"REMIT {rng.randint(100000, 999999)}", f"INV {inv}", f"PDFA{inv}", f"SUPP 4{rng.randint(10000, 99999)} INV {inv}",
                           f"PO {rng.randint(10000000, 99999999)}", f"{inv}"])
    if kind in ("city_council", "metropolitan_borough_council", "county_council", "district_council", "borough_council"):
        return rng.choice([f"{rng.randint(1000000000, 1999999999)}", f"REMITTANCE {rng.randint(100000, 999999)}", f"INV {inv}",
                           f"PDFA {inv}", f"{rng.randint(5000000, 5999999)} {inv}"])
    if kind in ("parish_council", "town_council", "state_school", "sports_club", "church", "charity"):
        return rng.choice([f"INV {inv}", f"{inv}", f"DEFIB {inv}", "DEFIB", "COMMUNITY DEFIB", f"PDFA {inv}",
                           f"AED PADS {inv}", "FIRST AID TRAINING", f"INV{inv}"])
    if kind in ("academy_trust", "public_university", "public_college"):
        return rng.choice([f"{rng.randint(100000, 999999)}", f"INV {inv}", f"PO {rng.randint(100000, 999999)}", f"PDFA{inv}"])
    if kind in ("police", "fire_and_rescue", "armed_forces", "central_government"):
        return rng.choice([f"{rng.randint(100000000, 999999999)}", f"PO {rng.randint(8000000, 8999999)}", f"INV {inv}",
                           f"REMIT {rng.randint(100000, 999999)}"])
    return rng.choice([f"INV {inv}", f"{inv}", f"PDFA {inv}", f"PO {rng.randint(4500000000, 4509999999)}",
                       f"{rng.randint(100000, 999999)} INV {inv}", f"INVOICE {inv}"])


def trunc(s):
    return s[:18] if rng.random() < 0.3 else s


def amount(lo, hi, per_unit=True):
    base = rng.choice([95, 120, 150, 249, 295, 330, 450, 650, 780, 1195, 1434, 1450, 1740, 2868, 3585])
    a = base * rng.choice([1, 1, 1, 2, 3]) if base < hi else rng.uniform(lo, hi)
    a = min(max(a, lo), hi)
    if rng.random() < 0.6:
        a = round(a * 1.2, 2)  # VAT-inclusive invoice totals
    return round(a, 2)


def main():
    ensure_dirs()
    entries = []  # dict payer, ref, amount, label info
    inv = 2104

    def add(payer, ref, amt, kind, label, amb, cc, note=""):
        entries.append(dict(payer=payer, ref=ref, amt=amt, kind=kind, label=label, amb=amb, cc=cc, note=note))

    for payer, kind, label, amb, cc, (lo, hi), w in PAYERS:
        for _ in range(w):
            inv += rng.randint(1, 6)
            name = payer if rng.random() < 0.75 else trunc(payer)
            add(name, org_ref(kind, inv), amount(lo, hi), kind, label, amb, cc,
                rng.choice(["", "", "", "", f"INV-{inv} paid", "remittance emailed", "pads x4", "training"]))
    # private persons
    for _ in range(56):
        inv += rng.randint(1, 4)
        nm, last = person()
        ref = rng.choice(PERSON_REFS).format(inv=inv, last=last)
        amt = rng.choice([29.99, 34.50, 45.00, 59.95, 64.80, 95.00, 114.00, 150.00, 249.00, 1194.00, 1299.00, 1434.00])
        add(nm, ref, amt, "private_person", C, False, "GB",
            rng.choice(["", "", "", "", "", "web order"]))
    for _ in range(2):
        nm, last = rng.choice(["SEAN O'SULLIVAN", "AOIFE MURPHY"]), ""
        add(nm, rng.choice(["DEFIB", "FIRST AID KIT", f"INV {inv}"]), rng.choice([64.80, 1434.00]), "private_person", C, False, "IE")
    # persons paying an organisation's invoice
    for org in ["HALLAM DENTAL PRACTICE", "CROOKES VALLEY PHARMACY", "ECCLESALL ROAD GYM"]:
        inv += 3
        nm, _ = person()
        add(nm, f"INV-{inv} {org}"[:35], round(rng.choice([1434.00, 342.00, 780.00]), 2), "person_pays_company_invoice", B, True, "GB")
    # persons stating a business use
    for ref in ["FIRST AID KIT FOR THE SHOP", "DEFIB FOR OUR SALON", "KIT FOR WORK VAN"]:
        nm, _ = person()
        add(nm, ref, rng.choice([59.95, 1434.00, 45.00]), "person_states_business_use", B, True, "GB")
    # company buying one household first-aid kit only
    add("LIBERTY STEEL SPECIALITY STEEL UK", "FAMILY FIRST AID KIT", 34.50, "company_household_item", B, True, "GB")
    add("MEADOWHALL SHOPPING CENTRE LTD", "HOME KIT X1", 29.99, "company_household_item", B, True, "GB")
    # state-owned company under a public tender reference
    add("POST OFFICE LIMITED", "FTS 2024/S 000-031877 CALL OFF 3", 4302.00, "state_owned_company_procurement", B, True, "GB")
    # card acquiring and marketplace payouts (no buyer)
    for _ in range(7):
        add("STRIPE PAYMENTS UK LTD", rng.choice(["STRIPE", "STRIPE PAYOUT", f"ST-{rng.choice('ABCDEFGHJK')}{rng.randint(1000, 9999)}{rng.choice('LMNPQRSTVW')}{rng.randint(1, 9)}"]),
            round(rng.uniform(140, 2600), 2), "card_acquiring_payout", C, True, "GB")
    for _ in range(4):
        add("SUMUP PAYMENTS LIMITED", f"SUMUP PAYOUT {rng.randint(10000000, 99999999)}", round(rng.uniform(60, 900), 2),
            "card_acquiring_payout", C, True, "GB")
    for _ in range(3):
        add("AMAZON PAYMENTS UK LIMITED", f"AMAZON {rng.randint(1000000000, 9999999999)}", round(rng.uniform(200, 1800), 2),
            "marketplace_payout", C, True, "GB")
    # thin records: no payer name, only a number as reference
    for _ in range(3):
        inv += 2
        add("", rng.choice([f"{inv}", f"{rng.randint(100000, 999999)}"]), rng.choice([45.00, 95.00, 114.00]),
            "thin_no_buyer_info", C, True, "GB")

    rng.shuffle(entries)
    d = date(2024, 6, 3)
    bal = 8412.37
    out = []
    tid = 1043556120
    for e in entries:
        d = d + timedelta(days=rng.choice([0, 0, 1, 1, 1, 2, 3]))
        if d.weekday() >= 5 and e["kind"] not in ("card_acquiring_payout", "marketplace_payout", "private_person"):
            d = d + timedelta(days=7 - d.weekday())
        # hidden outgoing payments in between (stock, wages, VAT) keep the balance realistic
        if rng.random() < 0.55:
            bal = round(bal - rng.uniform(150, 2200), 2)
        if bal < 1500:
            bal = round(bal + 4000, 2)  # an own-account top-up (not exported in this money-in view)
        bal = round(bal + e["amt"], 2)
        if bal > 26000:
            bal = round(bal - rng.uniform(9000, 15000), 2)  # sweep to the reserve account (outgoing, not shown)
        tid += rng.randint(1000, 900000)
        payer = e["payer"]
        desc = f"Received money from {payer} with reference {e['ref']}" if payer else f"Received money with reference {e['ref']}"
        if not e["ref"]:
            desc = f"Received money from {payer}"
        out.append((d, [f"TRANSFER-{tid}", d.strftime("%d-%m-%Y"), money(e["amt"]), "GBP", desc, e["ref"], money(bal),
                        "", "", "", payer, "", "", "", "", "", "", e["note"], "0.00"],
                    {"label": e["label"], "ambiguous": e["amb"], "kind": e["kind"], "country": e["cc"]}))
    out.reverse()  # Wise lists the newest transaction first
    write_csv(LAYOUTS / f"{ID}.csv", HEADER, [r for _, r, _ in out], bom=False, quoting=1, lineterminator="\n")
    write_labels(KEY / f"{ID}.labels.csv", [l for _, _, l in out])
    write_key(KEY / f"{ID}.json", KEYDOC)
    print(ID, len(out))


KEYDOC = {
    "id": ID,
    "system": "Wise Business - balance statement for the GBP account downloaded as CSV (money-in rows kept)",
    "country": "GB",
    "language": "en",
    "docs": [
        "Several public statement importers (Go, TypeScript, Python, SQL import adapters) carry the Wise CSV header verbatim: "
        "\"TransferWise ID\",\"Date\",\"Amount\",\"Currency\",\"Description\",\"Payment Reference\",\"Running Balance\",\"Exchange From\","
        "\"Exchange To\",\"Exchange Rate\",\"Payer Name\",\"Payee Name\",\"Payee Account Number\",\"Merchant\",\"Card Last Four Digits\","
        "\"Card Holder Full Name\",\"Attachment\",\"Note\",\"Total fees\" - every field double-quoted, Date as DD-MM-YYYY, signed amounts with a dot",
        "The same samples show incoming rows as 'Received money from <payer> with reference <ref>' with the payer repeated in 'Payer Name' and "
        "the reference in 'Payment Reference'; 'Total fees' 0.00 on received money",
    ],
    "fields": {"buyer": "Payer Name", "product": None, "quantity": None, "amount": "Amount", "tax_id": None,
               "email": None, "payment": None, "comment": "Payment Reference"},
    "also_ok": {"comment": ["Description", "Note"], "buyer": ["Description"]},
    "notes": "GBP balance statement, newest first, all fields quoted, UTF-8 without BOM. Only money-in rows are kept (the user deleted "
             "outgoing payments before handing the file over), so Running Balance jumps between rows. One row per incoming payment; "
             "the buyer is the payer (upper-case bank names, sometimes cut to 18 characters by Faster Payments). Stripe / SumUp "
             "rows are card-acquiring payouts and Amazon rows marketplace payouts with no buyer (policy: B2C, ambiguous). Three rows "
             "carry no payer name at all. Irish public bodies and companies pay some invoices in GBP (country IE). No product column: "
             "what was bought shows only in references (DEFIB, PADS, training, invoice numbers).",
}

if __name__ == "__main__":
    main()
