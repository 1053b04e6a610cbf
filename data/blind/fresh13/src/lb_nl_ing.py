"""lb_nl_ing_zakelijk_transacties_bij: ING Zakelijk (Netherlands) account
transactions downloaded as CSV ("Puntkomma-gescheiden", Dutch), the view filtered
on 'Bij' (credits) before download.

Seller: a Utrecht bicycle shop with a business desk (dienstfietsen, fleet
maintenance) and a web shop (Mollie, bol.com) plus a SumUp card terminal.
"""
import random
from datetime import date, timedelta

import lb_common as C

SEED = 1304
ID = "lb_nl_ing_zakelijk_transacties_bij"
HEADER = ["Datum", "Naam / Omschrijving", "Rekening", "Tegenrekening", "Code", "Af Bij", "Bedrag (EUR)",
          "Mutatiesoort", "Mededelingen", "Saldo na mutatie", "Tag"]
MUT = {"OV": "Overschrijving", "GT": "Online bankieren", "VZ": "Verzamelbetaling", "DV": "Diversen"}

SURN = ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
        "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
        "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs",
        "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "van der Heijden",
        "Schouten", "van Beek", "Willems", "van Vliet", "Yilmaz", "El Amrani", "Bouzid", "Kaya", "Nguyen"]
GIVEN = ["Jan", "Pieter", "Sanne", "Lotte", "Thijs", "Bram", "Femke", "Eva", "Daan", "Ruben", "Anouk", "Iris",
         "Joost", "Martijn", "Esther", "Marieke", "Willem", "Kees", "Sophie", "Noor", "Lars", "Fleur"]
BANKS = ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]


def elf_account(rng):
    while True:
        d = "0" + "".join(str(rng.randint(0, 9)) for _ in range(9))
        if d[1] != "0" and C.nl_elfproef_ok(d):
            return d


def nl_iban(rng, bank):
    if bank == "INGB":
        acc = "000" + "".join(str(rng.randint(0, 9)) for _ in range(7))
    else:
        acc = elf_account(rng)
    return C.iban("NL", bank + acc)


def amt(x):
    return f"{x:.2f}".replace(".", ",")


def main():
    rng = random.Random(SEED)
    C.ensure_dirs()
    own = C.iban("NL", "INGB0007843216")
    tx = []  # dict(day, name, iban, code, amount, desc, kenmerk, label, amb, kind, country, tag)

    def add(name, iban_, code, amount, desc, label, kind, country="NL", amb=False, kenmerk=None, day=None,
            tag=""):
        tx.append(dict(day=day or (date(2024, 1, 2) + timedelta(days=rng.randint(0, 362))), name=name,
                       iban=iban_, code=code, amount=round(amount, 2), desc=desc, kenmerk=kenmerk, label=label,
                       amb=amb, kind=kind, country=country, tag=tag))

    inv_no = [24000]

    def inv():
        inv_no[0] += rng.randint(1, 7)
        return f"24-{inv_no[0] - 24000:04d}"

    bikes = ["Gazelle Ultimate C380 HMB", "Gazelle Orange C7+", "Batavus Finez E-go Power", "Cortina E-U4",
             "Urban Arrow Family", "Babboe Curve-E", "Sparta a-Shine", "VanMoof S5", "Stromer ST3",
             "Qwic Premium Q MN7", "Cube Kathmandu Hybrid"]

    # ---- public bodies (B2G) -------------------------------------------------------
    gov = [
        ("Gemeente Utrecht", "BNGH", "municipality", 5, "VZ"),
        ("GEMEENTE AMERSFOORT", "BNGH", "municipality", 3, "VZ"),
        ("Gemeente Nieuwegein", "BNGH", "municipality", 3, "OV"),
        ("Gemeente Zeist", "BNGH", "municipality", 2, "OV"),
        ("Gemeente Houten", "BNGH", "municipality", 2, "OV"),
        ("Provincie Utrecht", "BNGH", "province", 2, "VZ"),
        ("Hoogheemraadschap De Stichtse Rijnlanden", "BNGH", "water_board", 2, "OV"),
        ("RIJKSWATERSTAAT", "INGB", "national_agency", 2, "VZ"),
        ("Politie Eenheid Midden-Nederland", "INGB", "police", 3, "VZ"),
        ("MINISTERIE VAN DEFENSIE", "INGB", "armed_forces", 2, "VZ"),
        ("Universiteit Utrecht", "ABNA", "public_university", 3, "OV"),
        ("UMC Utrecht", "ABNA", "academic_hospital", 2, "OV"),
        ("RIVM", "INGB", "national_agency", 1, "VZ"),
        ("Veiligheidsregio Utrecht", "BNGH", "public_safety_region", 2, "OV"),
        ("GGD regio Utrecht", "BNGH", "public_health_service", 1, "OV"),
        ("Raad voor de rechtspraak", "INGB", "courts_administration", 1, "VZ"),
        ("Stichting Openbaar Primair Onderwijs Utrecht", "BNGH", "public_school_board", 2, "OV"),
        ("Kadaster", "RABO", "national_agency", 1, "OV"),
    ]
    gov_iban = {}
    for name, bank, kind, n, code in gov:
        ib = nl_iban(rng, bank)
        gov_iban[name] = ib
        for _ in range(n):
            k = rng.randint(2, 14)
            what = rng.choice([f"{k}x dienstfiets {rng.choice(bikes)}", "onderhoud dienstfietsen Q" + str(rng.randint(1, 4)),
                               "reparatie en APK fietsen wagenpark", f"{k}x e-bike medewerkers",
                               "huur fietsen evenement", "accu's en laders dienstfietsen"])
            if "x dienstfiets" in what or "e-bike" in what:
                amount = k * rng.uniform(1150, 2900)
            else:
                amount = rng.uniform(180, 2400)
            po = f"{rng.choice(['4500', '4700', '4600'])}{rng.randint(100000, 999999)}"
            desc = rng.choice([f"Factuur {inv()} / PO {po}", f"{inv()} {what}", f"FACTUURNR {inv()} INKOOPORDER {po}",
                               f"Betaling factuur {inv()}"])
            add(name, ib, code, amount, desc, "B2G", kind, kenmerk=f"{rng.randint(10**11, 10**12 - 1)}")
    ib = C.iban("NL", "DEUT0" + "".join(str(rng.randint(0, 9)) for _ in range(9)))
    add("Botschaft der Bundesrepublik Deutschland", ib, "OV", 2*1899.00,
        f"Rechnung {inv()} 2 Dienstfahrräder", "B2G", "embassy", country="DE")

    # ---- businesses and other organisations (B2B) ----------------------------
    biz = [
        ("Jaarbeurs B.V.", "RABO", "company", 2),
        ("ASR Nederland N.V.", "ABNA", "large_company", 2),
        ("Lease a Bike B.V.", "RABO", "bike_lease_company", 5),
        ("Thuisbezorgd.nl B.V.", "ABNA", "large_company", 3),
        ("NS Reizigers B.V.", "ABNA", "state_owned_company", 2),
        ("Bouwbedrijf Van Wijk B.V.", "RABO", "company", 1),
        ("Fietskoerier Utrecht V.O.F.", "TRIO", "company", 3),
        ("Van der Linden Installatietechniek B.V.", "RABO", "company", 2),
        ("Stichting Leger des Heils", "INGB", "charity", 1),
        ("Protestantse Gemeente Utrecht", "INGB", "church", 1),
        ("St. Antonius Ziekenhuis", "INGB", "private_hospital", 2),
        ("Stichting KPOU", "RABO", "denominational_school_board", 2),
        ("DP Utrecht Centrum B.V.", "INGB", "franchise_company", 2),
        ("Huisartsenpraktijk Lombok", "KNAB", "medical_practice", 1),
        ("Vereniging Kampong", "RABO", "sports_club", 1),
        ("Hotel Karel V B.V.", "ABNA", "hotel", 1),
        ("Fietsverhuur Utrecht Centraal", "INGB", "company", 2),
        ("Koerierbedrijf Snel B.V.", "BUNQ", "company", 2),
    ]
    for name, bank, kind, n in biz:
        ib = nl_iban(rng, bank)
        for _ in range(n):
            k = rng.randint(1, 8)
            desc = rng.choice([f"Factuur {inv()}", f"{inv()} leasefiets {rng.choice(bikes)}",
                               f"factuurnummer {inv()} debiteur {rng.randint(1000, 1999)}",
                               f"INV {inv()} onderhoud bakfietsen", f"{inv()} {k}x fiets medewerkers"])
            amount = rng.uniform(1100, 3200) * k if ("x fiets" in desc or "leasefiets" in desc) else rng.uniform(95, 2200)
            code = rng.choice(["OV", "GT", "OV"])
            add(name, ib, code, amount, desc, "B2B", kind)

    # ---- consumers (B2C) -------------------------------------------------------------
    for _ in range(70):
        sur = rng.choice(SURN)
        style = rng.random()
        if style < 0.35:
            name = f"{rng.choice('ABCDEFGHJKLMPRSTW')}.{rng.choice(['', 'J.', 'M.', 'A.'])} {sur}".replace(". ", ". ").replace("..", ".")
        elif style < 0.55:
            name = f"{rng.choice(GIVEN)} {sur}"
        elif style < 0.75:
            name = f"{rng.choice('ABCDEFGHJKLMPRSTW')} {sur}".upper()
        elif style < 0.9:
            name = f"{rng.choice(['HR', 'MW', 'Hr', 'Mevr'])} {rng.choice('ABCDEFGHJKLMPRSTW')} {sur}"
        else:
            name = f"{rng.choice(['HR', 'MW'])} {rng.choice('ABCDEFGHJKLMPRSTW')}{rng.choice('ABCDEFGHJKLMPRSTW')} {sur.upper()} EO"
        ib = nl_iban(rng, rng.choice(BANKS))
        kind_ = rng.random()
        if kind_ < 0.35:
            desc, amount = f"Aanbetaling {rng.choice(bikes)}", rng.choice([100, 250, 500, 1000])
        elif kind_ < 0.6:
            desc, amount = f"Bestelling {rng.randint(10200, 11900)}", rng.uniform(40, 3400)
        elif kind_ < 0.85:
            desc, amount = rng.choice(["reparatie fiets", "onderhoudsbeurt", "nieuwe band + ketting",
                                       "Factuur reparatie " + inv()]), rng.uniform(25, 260)
        else:
            desc, amount = f"restbetaling {rng.choice(bikes)}", rng.uniform(900, 3100)
        add(name, ib, rng.choice(["GT", "OV"]), amount, desc, "B2C", "private_person")

    # ---- ambiguous ---------------------------------------------------------------------
    mollie = C.iban("NL", "ABNA0524590958")
    for i in range(6):
        n = rng.randint(2, 9)
        add("Stichting Mollie Payments", mollie, "OV", rng.uniform(300, 6500),
            f"Mollie Payout st.{rng.randint(1000000, 9999999)}.2024 {n} betalingen", "B2C", "acquirer_payout", amb=True,
            kenmerk=f"st.{rng.randint(1000000, 9999999)}")
    bol = nl_iban(rng, "ABNA")
    for i in range(3):
        add("bol.com b.v.", bol, "OV", rng.uniform(200, 2600),
            f"Uitbetaling factuurnummer {rng.randint(1500000000, 1599999999)}", "B2C", "marketplace_payout", amb=True)
    sumup = C.iban("NL", "INGB0006736425")
    for i in range(3):
        add("SumUp Limited", sumup, "OV", rng.uniform(120, 1900),
            f"SUMUP PID{rng.randint(100000, 999999)} PAYOUT", "B2C", "acquirer_payout", amb=True)
    add("B.J. DE GROOT", nl_iban(rng, "RABO"), "GT", 1489.00, "Factuur 24-0612 Bakkerij De Groot bezorgfiets",
        "B2B", "person_paying_company_invoice", amb=True)
    add("Mw S van Leeuwen", nl_iban(rng, "INGB"), "GT", 356.20, "fact 24-0847 Kapsalon Sanne",
        "B2B", "person_paying_company_invoice", amb=True)
    add("HR K. SMITS", nl_iban(rng, "SNSB"), "OV", 1000.00, "Aanbetaling bakfiets voor mijn bezorgservice",
        "B2B", "private_person_business_use", amb=True)
    add("OPCW", nl_iban(rng, "ABNA"), "OV", 5 * 2149.00, f"Invoice {inv()} / PO OPCW-24-0381 5 service bicycles",
        "B2B", "international_org", amb=True)
    add("OPCW", nl_iban(rng, "ABNA"), "OV", 412.50, f"Invoice {inv()} maintenance", "B2B", "international_org", amb=True)
    ib = nl_iban(rng, "INGB")
    add("EUROPOL", ib, "OV", 8 * 1749.00, f"INV {inv()} PO 2024-EUROPOL-1187 bicycles", "B2B", "international_org",
        amb=True)
    add("ESA ESTEC", nl_iban(rng, "ABNA"), "OV", 3 * 2299.00, f"Invoice {inv()} e-bikes site Noordwijk", "B2B",
        "international_org", amb=True)
    add("PRORAIL B.V.", nl_iban(rng, "ABNA"), "VZ", 24 * 1320.00,
        f"Factuur {inv()} aanbesteding PR-24-0183 dienstfietsen", "B2B", "state_owned_company_procurement", amb=True)
    add("Gemeente Houten", gov_iban["Gemeente Houten"], "OV", 24.95, f"Factuur {inv()} fietsslot", "B2G",
        "municipality_single_item", amb=True)
    add("NOTPROVIDED", nl_iban(rng, "RBRB"), "OV", 189.00, f"{inv()}", "B2C", "thin_record", amb=True)
    add("Hr J.P. Visser", nl_iban(rng, "RABO"), "GT", 79.00, "bel + slot", "B2C", "private_person", amb=False)

    # ---- balance, order ---------------------------------------------------------------
    tx.sort(key=lambda t: (t["day"], rng.random()))
    bal = 18234.57
    mean_in = sum(t["amount"] for t in tx) / len(tx)
    rows = []
    for t in tx:
        # hidden debits (Af) are not in the filtered list but still move the balance
        debit = round(rng.uniform(0.0, 1.9) * mean_in * 0.95, 2)
        if bal - debit >= 1500:
            bal = round(bal - debit, 2)
        bal = round(bal + t["amount"], 2)
        valuta = t["day"].strftime("%d-%m-%Y")
        med = f"Naam: {t['name']} Omschrijving: {t['desc']} IBAN: {t['iban']}"
        if t["kenmerk"]:
            med += f" Kenmerk: {t['kenmerk']}"
        med += f" Valutadatum: {valuta}"
        # the user tagged some payments of invoices (any payer) as receivables
        is_inv = any(w in t["desc"].lower() for w in ("factuur", "fact ", "inv", "rechnung"))
        tag = "#debiteuren" if is_inv and rng.random() < 0.2 else ""
        rows.append((t, [t["day"].strftime("%Y%m%d"), t["name"], own, t["iban"], t["code"], "Bij", amt(t["amount"]),
                         MUT[t["code"]], med, amt(bal), tag]))
    rows.reverse()  # newest first

    labels = []
    with open(C.LAYOUTS / f"{ID}.csv", "w", encoding="utf-8", newline="") as f:
        f.write(";".join(f'"{h}"' for h in HEADER) + "\r\n")
        for t, r in rows:
            f.write(";".join('"' + v.replace('"', '""') + '"' for v in r) + "\r\n")
            labels.append(dict(row=len(labels), label=t["label"], ambiguous=t["amb"], kind=t["kind"],
                               country=t["country"]))
    C.write_labels(C.KEY / f"{ID}.labels.csv", labels)
    C.write_key(C.KEY / f"{ID}.json", {
        "id": ID,
        "system": "ING Bank Nederland, Mijn ING Zakelijk: 'Af- en bijschrijvingen downloaden' as CSV "
                  "(puntkomma-gescheiden), view filtered on Bij (credits)",
        "country": "NL",
        "language": "nl",
        "docs": [
            "Column list of the current ING NL CSV download, as quoted in several open-source importers "
            "(e.g. ofxstatement ING plugin, Banana ING import filter 'ING Format 3', parser test fixtures): "
            "\"Datum\";\"Naam / Omschrijving\";\"Rekening\";\"Tegenrekening\";\"Code\";\"Af Bij\";\"Bedrag (EUR)\";"
            "\"Mutatiesoort\";\"Mededelingen\";\"Saldo na mutatie\";\"Tag\"",
            "Same sources: every field in double quotes, date as YYYYMMDD, amounts without sign with a decimal "
            "comma and no thousands separator (direction in 'Af Bij'), codes such as GT/OV/VZ/DV/BA with "
            "Mutatiesoort 'Online bankieren', 'Overschrijving', 'Verzamelbetaling', 'Diversen', 'Betaalautomaat'; "
            "Mededelingen built as 'Naam: ... Omschrijving: ... IBAN: ... Kenmerk: ... Valutadatum: dd-mm-yyyy'",
            "The older comma-separated variant has no 'Saldo na mutatie' and 'Tag' columns; this file imitates the "
            "semicolon variant with them",
        ],
        "fields": {"buyer": "Naam / Omschrijving", "product": None, "quantity": None, "amount": "Bedrag (EUR)",
                   "tax_id": None, "email": None, "payment": "Mutatiesoort", "comment": "Mededelingen"},
        "also_ok": {"payment": ["Code"]},
        "notes": "One row per credit transfer, newest first, header in line 1, no title or totals lines. Only 'Bij' "
                 "rows (the user filtered the list on credits); 'Saldo na mutatie' is the running account balance "
                 "and jumps because the hidden debits still move it. 'Rekening' is the seller's own IBAN on every "
                 "row; 'Tegenrekening' the payer's IBAN (valid check digits, Dutch account numbers 11-proof where "
                 "the bank uses them). Payout lines from Stichting Mollie Payments, bol.com and SumUp bundle web-shop "
                 "and card sales and name no buyer. What was bought is only visible in the free text of "
                 "Mededelingen. Names are as sent by the payer's bank: upper case, initials, 'HR'/'MW' prefixes, "
                 "one 'NOTPROVIDED'.",
    })
    return len(rows)


if __name__ == "__main__":
    print(main())
