"""RBC Royal Bank online banking CSV download ("Account Type","Account Number",...,"CAD$","USD$")
of an Ottawa water-testing / environmental lab's business chequing account, deposits only (the user
kept the credit lines to list customer receipts).  Seeded; rebuilds the same bytes every run."""
import random
import unicodedata
from datetime import date, timedelta

from ka_common import LAYOUTS, ensure_dirs, write_key, write_labels

LID = "ka_ca_rbc_business_chequing_deposits"
SEED = 71093
ACCOUNT = "06342-1004587"

# (description 2 as the bank shows it, label, ambiguous, kind, n payments, (min, max) amount, desc1)
EFT = "Misc Payment"
ETR = "e-Transfer - Autodeposit"
PAYERS = [
    # ---- public bodies
    ("CITY OF OTTAWA", "B2G", False, "municipality", 7, (1450, 18600), EFT),
    ("VILLE DE GATINEAU", "B2G", False, "municipality", 3, (980, 9400), EFT),
    ("TWP OF RUSSELL", "B2G", False, "township", 2, (640, 3850), EFT),
    ("MUN OF MISSISSIPPI MILLS", "B2G", False, "municipality", 2, (720, 4100), EFT),
    ("UNITED COUNTIES OF PRESCOTT", "B2G", False, "county", 2, (1200, 6900), EFT),
    ("OTTAWA-CARLETON DSB", "B2G", False, "school_board", 3, (860, 7400), EFT),
    ("OTTAWA CATHOLIC SCHOOL BRD", "B2G", False, "school_board", 2, (540, 3900), EFT),
    ("CSDC DE L'EST ONTARIEN", "B2G", False, "school_board", 2, (610, 2950), EFT),
    ("UNIVERSITY OF OTTAWA", "B2G", False, "public_university", 3, (420, 5800), EFT),
    ("CARLETON UNIVERSITY", "B2G", False, "public_university", 2, (380, 4400), EFT),
    ("ALGONQUIN COLLEGE", "B2G", False, "public_college", 2, (350, 2600), EFT),
    ("THE OTTAWA HOSPITAL", "B2G", False, "public_hospital", 2, (760, 5200), EFT),
    ("QUEENSWAY CARLETON HOSP", "B2G", False, "public_hospital", 1, (690, 2400), EFT),
    ("RECEIVER GENERAL", "B2G", False, "federal_government", 5, (1800, 24500), EFT),
    ("GOVT CANADA", "B2G", False, "federal_government", 2, (950, 7200), EFT),
    ("MINISTRY OF FINANCE ON", "B2G", False, "provincial_government", 3, (1500, 12800), EFT),
    ("MINISTRE DES FINANCES QC", "B2G", False, "provincial_government", 1, (1100, 5600), EFT),
    ("KITIGAN ZIBI ANISHINABEG", "B2G", False, "first_nation_band_council", 3, (880, 6300), EFT),
    ("MOHAWK COUNCIL OF AKWESASNE", "B2G", False, "first_nation_band_council", 2, (1300, 8100), EFT),
    ("ALGONQUINS OF PIKWAKANAGAN", "B2G", False, "first_nation_band_council", 2, (700, 4200), EFT),
    ("EMBASSY OF JAPAN", "B2G", False, "embassy", 1, (420, 980), EFT),
    ("EASTERN ONTARIO HEALTH UNIT", "B2G", False, "public_health_unit", 2, (900, 5100), EFT),
    ("SOUTH NATION CONSERVATION", "B2G", False, "conservation_authority", 2, (650, 3700), EFT),
    ("RIDEAU VALLEY CONSERVATION", "B2G", False, "conservation_authority", 2, (590, 4800), EFT),
    # ---- companies, crown/municipal corporations, non-profits, sole traders
    ("MINTO COMMUNITIES", "B2B", False, "company", 3, (1150, 8900), EFT),
    ("TAMARACK HOMES", "B2B", False, "company", 2, (640, 3800), EFT),
    ("CLARIDGE HOMES CORP", "B2B", False, "company", 2, (700, 4600), EFT),
    ("J.L. RICHARDS & ASSOC", "B2B", False, "company", 2, (1300, 6400), EFT),
    ("NOVATECH ENGINEERING", "B2B", False, "company", 2, (520, 3100), EFT),
    ("PATERSON GROUP INC", "B2B", False, "company", 3, (880, 7700), EFT),
    ("R.W. TOMLINSON LTD", "B2B", False, "company", 2, (1600, 9200), EFT),
    ("CAIVAN COMMUNITIES", "B2B", False, "company", 2, (900, 5400), EFT),
    ("MCINTOSH PERRY CONSULTING", "B2B", False, "company", 2, (750, 4300), EFT),
    ("EXP SERVICES INC", "B2B", False, "company", 2, (480, 3600), EFT),
    ("GREELY SAND & GRAVEL INC", "B2B", False, "company", 1, (640, 1900), EFT),
    ("HYDRO OTTAWA LTD", "B2B", False, "municipally_owned_company", 2, (1100, 6100), EFT),
    ("CANADA POST CORP", "B2B", False, "state_owned_company", 1, (820, 2100), EFT),
    ("ASHBURY COLLEGE", "B2B", False, "private_school", 1, (380, 1250), EFT),
    ("CENTRETOWN CITIZENS OTTAWA", "B2B", False, "housing_cooperative", 2, (560, 2800), EFT),
    ("OCSCC NO 1042", "B2B", False, "condominium_corporation", 1, (300, 950), ETR),
    ("CANADIAN RED CROSS SOCIETY", "B2B", False, "non_profit", 1, (420, 1900), EFT),
    ("DUCKS UNLIMITED CANADA", "B2B", False, "non_profit", 1, (680, 2600), EFT),
    ("ST PATRICK'S BASILICA", "B2B", False, "religious_org", 1, (180, 480), ETR),
    ("DAVE'S WELL DRILLING", "B2B", False, "sole_trader", 3, (240, 1650), ETR),
    ("J TREMBLAY PLOMBERIE", "B2B", False, "sole_trader", 2, (180, 720), ETR),
    ("GAGNON EXCAVATION", "B2B", False, "sole_trader", 2, (310, 1400), ETR),
    ("M. LEBLANC HOME INSPECTIONS", "B2B", False, "sole_trader", 3, (165, 495), ETR),
    # B2B ambiguous by nature
    ("INTL CIVIL AVIATION ORG", "B2B", True, "international_org", 1, (1400, 3900), EFT),
    ("CANADA FOUNDATION FOR INNOV", "B2B", True, "state_founded_nonprofit", 1, (2500, 9800), EFT),
    ("FCM GREEN MUNICIPAL FUND", "B2B", True, "state_founded_nonprofit", 1, (3200, 11800), EFT),
    # ---- acquiring / payout lines (card sales at the counter and web shop), no buyer
    ("MONERIS", "B2C", True, "acquiring_payout", 7, (290, 2450), EFT),
    ("SQUARE CANADA", "B2C", True, "acquiring_payout", 3, (140, 1100), EFT),
    ("STRIPE", "B2C", True, "marketplace_payout", 2, (260, 1800), EFT),
]

FIRST = ["Marie", "Jean", "Jean-Francois", "Sophie", "Isabelle", "Luc", "Mathieu", "Genevieve", "Pierre",
         "Nathalie", "Sarah", "Emily", "Jessica", "Michael", "David", "Ryan", "Andrew", "Jennifer", "Kevin",
         "Stephanie", "Daniel", "Chantal", "Sylvie", "Patrick", "Eric", "Julie", "Mark", "Heather",
         "Christopher", "Amanda", "Olivier", "Francois", "Melanie", "Karine", "Brian", "Laura", "Priya",
         "Wei", "Mohamed", "Fatima", "Aaron", "Megan", "Lindsay", "Tyler", "Joanne", "Gord", "Denise"]
LAST = ["Gagnon", "Roy", "Cote", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagne", "Ouellet",
        "Pelletier", "Belanger", "Levesque", "Bergeron", "Leblanc", "Paquette", "Girard", "Simard",
        "Boucher", "Caron", "Smith", "Brown", "Tremblay", "Martin", "MacDonald", "Campbell", "Wilson",
        "Anderson", "Taylor", "Thompson", "Stewart", "Robertson", "Murray", "Fraser", "McKenzie", "Clarke",
        "Patel", "Singh", "Chen", "Nguyen", "Wong", "Kowalczyk", "O'Neill", "Kennedy", "Lalonde", "Seguin",
        "Charbonneau", "Proulx", "Sauve", "Lafleur"]


def ascii_upper(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii").upper()


def main():
    rng = random.Random(SEED)
    ensure_dirs()
    start = date(2024, 1, 2)
    events = []  # (date, seq, desc1, desc2, amount, label dict)

    def day():
        d = start + timedelta(days=rng.randint(0, 180))
        while d.weekday() >= 5:  # deposits post on business days
            d += timedelta(days=1)
        return d

    def amt(lo, hi):
        v = rng.uniform(lo, hi)
        # invoices carry 13% HST: make totals look like net*1.13
        net = round(v / 1.13, 0)
        return round(net * 1.13, 2)

    for name, label, amb, kind, n, (lo, hi), d1 in PAYERS:
        for _ in range(n):
            a = amt(lo, hi) if kind not in ("acquiring_payout", "marketplace_payout") else round(rng.uniform(lo, hi), 2)
            d2 = name
            if kind == "acquiring_payout" and name == "MONERIS":
                d2 = "MONERIS " + str(rng.randint(100000, 999999))
            if rng.random() < 0.15:
                d2 = d2 + " "
            events.append((day(), rng.random(), d1, d2, a,
                           dict(label=label, ambiguous=amb, kind=kind, country="JP" if kind == "embassy" else "CA")))

    # ---- private persons by e-Transfer (homeowners: well-water test kits, septic/well reports)
    for _ in range(58):
        f, l = rng.choice(FIRST), rng.choice(LAST)
        name = ascii_upper(f"{f} {l}")
        if rng.random() < 0.12:
            name = ascii_upper(f"{f[0]} {l}")
        a = rng.choice([89.27, 113.00, 146.90, 169.50, 203.40, 248.60, 282.50, 339.00, 96.05, 124.30])
        events.append((day(), rng.random(), ETR, name, a,
                       dict(label="B2C", ambiguous=False, kind="private_person", country="CA")))

    # ---- thin lines: counter cash and mobile cheque deposits with no payer named
    for _ in range(4):
        a = round(rng.uniform(90, 640), 2)
        events.append((day(), rng.random(), "Deposit", "", a,
                       dict(label="B2C", ambiguous=True, kind="thin_record", country="CA")))
    for _ in range(3):
        a = amt(150, 1900)
        events.append((day(), rng.random(), "MOBILE CHEQUE DEPOSIT", "", a,
                       dict(label="B2C", ambiguous=True, kind="thin_record", country="CA")))

    events.sort(key=lambda e: (e[0], e[1]))

    path = LAYOUTS / f"{LID}.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write('"Account Type","Account Number","Transaction Date","Cheque Number","Description 1","Description 2","CAD$","USD$"\n')
        for d, _, d1, d2, a, _lab in events:
            q1 = f'"{d1}"' if d1 else ""
            q2 = f'"{d2}"' if d2 else ""
            fh.write(f"Chequing,{ACCOUNT},{d.month}/{d.day}/{d.year},,{q1},{q2},{a:.2f},\n")
    labels = [e[5] for e in events]
    write_labels(LID, labels)

    key = {
        "id": LID,
        "system": "RBC Royal Bank (Canada) Online Banking / RBC Express - account activity 'Download' in CSV (comma separated) format, business chequing account, deposit lines only",
        "country": "CA",
        "language": "en",
        "docs": [
            "several public RBC CSV parsers (Python, Go, Ruby, C#, PHP) quote the RBC header verbatim: \"Account Type\",\"Account Number\",\"Transaction Date\",\"Cheque Number\",\"Description 1\",\"Description 2\",\"CAD$\",\"USD$\" - gave columns and their order, quoted header",
            "public sample rows in those parsers: Chequing,123-4567,6/12/2023,,\"COSTCO WHOLESAL\",\"IDP PURCHASE - 0746 \",-276.94, - gave unquoted account type/number, unpadded M/D/YYYY dates, quoted descriptions with trailing blanks, signed amount in CAD$ and empty USD$",
            "a Canadian multi-bank importer lists RBC as the format with two description columns - the counterparty/payer name usually sits in Description 2, the transaction type in Description 1",
        ],
        "fields": {"buyer": "Description 2", "product": None, "quantity": None, "amount": "CAD$",
                   "tax_id": None, "email": None, "payment": "Description 1", "comment": None},
        "also_ok": {"buyer": ["Description 1"]},
        "notes": "One row per posted credit on the chequing account (the user kept only deposits = customer receipts; no opening/closing balance lines, no title or totals). Payer names are the bank's upper-case, truncated payor text in 'Description 2'; 'Description 1' is the transaction type (Misc Payment = EFT, e-Transfer - Autodeposit = Interac e-Transfer, Deposit = branch cash, MOBILE CHEQUE DEPOSIT = cheque image deposit). Amounts positive in CAD$, USD$ empty. MONERIS / SQUARE CANADA / STRIPE lines are card-acquiring or payout batches with no individual buyer. Deposits and MOBILE CHEQUE DEPOSIT lines with an empty Description 2 name no payer at all.",
    }
    write_key(LID, key)
    return events, labels


if __name__ == "__main__":
    ev, labels = main()
    from collections import Counter
    print(len(labels), Counter(l["label"] for l in labels), sum(l["ambiguous"] for l in labels))
