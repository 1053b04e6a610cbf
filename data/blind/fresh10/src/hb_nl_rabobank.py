"""Rabobank (Rabo Internetbankieren Zakelijk) - transactions downloaded as CSV ('Transacties downloaden',
CSV-bestand), filtered to credit ('Bij') transactions. Seller: a playground-equipment and green-maintenance
contractor in Houten (Utrecht) - municipalities, water board, province, schools and housing associations
pay its invoices, households pay for garden work and play sets.

Rebuilds layouts/hb_nl_rabobank_transacties_bij.csv and its key files exactly.
"""
import random
import datetime as dt

import hb_common as H

LAYOUT_ID = "hb_nl_rabobank_transacties_bij"
rng = random.Random(3991)

OWN_IBAN = H.iban("NL", "RABO" + "0317425806")

BANKS = {"BNGH": "BNGHNL2G", "NWAB": "NWABNL2G", "RABO": "RABONL2U", "INGB": "INGBNL2A", "ABNA": "ABNANL2A",
         "SNSB": "SNSBNL2A", "TRIO": "TRIONL2U", "BUNQ": "BUNQNL2A", "KNAB": "KNABNL2H", "ASNB": "ASNBNL21",
         "RBRB": "RBRBNL21", "DEUT": "DEUTNL2A"}
IBANS = {}


def nl_iban(name, bank):
    if name not in IBANS:
        if bank == "BNGH":
            acct = "0285" + f"{rng.randint(0, 999999):06d}"
        else:
            acct = f"{rng.randint(10**8, 10**10 - 1):010d}"
        IBANS[name] = H.iban("NL", bank + acct)
    return IBANS[name]


P = []


def add(name, o1, label, kind, n, amt, bank="ABNA", code="cb", final="", country="NL", amb=False, o2=None, iban=None):
    P.append(dict(name=name, o1=o1, label=label, kind=kind, n=n, amt=amt, bank=bank, code=code, final=final,
                  country=country, amb=amb, o2=o2, iban=iban))


# ---------------- B2G ----------------
add("Gemeente Utrecht", "Factuurnr {f} Inkoopordernr 45000{po}", "B2G", "municipality", 8, (1800, 46000), bank="BNGH",
    o2=["Speelplek {wijk}", "Inspectie speeltoestellen 2024", "Vervangen valondergrond {wijk}", ""])
add("Gemeente Houten", "Betaling factuur {f}", "B2G", "municipality", 7, (650, 18500), bank="BNGH",
    o2=["Onderhoud speelplaatsen", "Groenonderhoud bestek 2024-03", ""])
add("Gemeente Nieuwegein", "{f} ordernr 2024{po}", "B2G", "municipality", 5, (900, 22000), bank="BNGH")
add("Gemeente Zeist", "FACTUUR {f} KENMERK Z/24/{po}", "B2G", "municipality", 3, (700, 14800), bank="BNGH")
add("GEMEENTE DE BILT", "factuur {f}", "B2G", "municipality", 2, (500, 7200), bank="BNGH")
add("Gemeente Bunnik", "Fact. {f} speeltuin Odijk", "B2G", "municipality", 2, (1200, 9800), bank="BNGH")
add("Gemeente Amersfoort", "Uw factuur {f} d.d. {fd}", "B2G", "municipality", 3, (2400, 31000), bank="BNGH")
add("Werkorganisatie Duo+", "Factuur {f} namens gemeente De Ronde Venen", "B2G", "municipality", 2, (800, 6400),
    bank="BNGH", final="Gemeente De Ronde Venen")
add("Provincie Utrecht", "Factuur {f} Verplichtingnr 8{po}", "B2G", "province", 3, (1500, 26000), bank="BNGH",
    o2=["Groenonderhoud provinciale wegen", "Recreatieterrein Laagraven", ""])
add("Hoogheemraadschap De Stichtse Rijnlanden", "HDSR factuur {f}", "B2G", "water_board", 3, (900, 12500), bank="NWAB",
    o2=["Maaien waterkering Lek", "Onderhoud terrein rwzi", ""])
add("Rijkswaterstaat", "RWS Midden-Nederland factuur {f} bestelnr 45{po}", "B2G", "state_agency", 2, (2800, 19500), bank="INGB")
add("Ministerie van Defensie", "DEFENSIE INKOOPORDER 45{po} FACT {f}", "B2G", "armed_forces", 2, (1800, 8900), bank="INGB",
    o2=["Kromhout Kazerne Utrecht", ""])
add("Staatsbosbeheer", "Factuur {f}", "B2G", "state_agency", 2, (600, 5400), bank="INGB")
add("Universiteit Utrecht", "UU factuurnr {f} PO 4500{po}", "B2G", "public_university", 3, (700, 16500), bank="ABNA",
    o2=["Utrecht Science Park groenonderhoud", ""])
add("UMC Utrecht", "UMCU Crediteurenadministratie fact {f}", "B2G", "public_hospital", 2, (900, 7400), bank="INGB")
add("Veiligheidsregio Utrecht", "VRU factuur {f}", "B2G", "public_safety_region", 1, (1400, 4200), bank="BNGH")
add("RUD Utrecht", "Factuur {f}", "B2G", "state_agency", 1, (400, 1600), bank="BNGH")
add("Stichting Primair Openbaar Onderwijs Utrecht", "SPO Utrecht fact {f} schoolplein {school}", "B2G", "public_school_board", 3,
    (1600, 21000), bank="RABO", amb=True)
add("Stichting Hogeschool Utrecht", "HU factuur {f}", "B2G", "public_college", 1, (1100, 6200), bank="ABNA", amb=True)
add("Stichting Primair Openbaar Onderwijs Utrecht", "SPO Utrecht fact {f} waterkoker OBS {school}", "B2G", "public_school_board", 1,
    (34, 49), bank="RABO", amb=True)

# ---------------- B2B ----------------
add("Stichting Mitros", "Mitros crediteuren {f}", "B2B", "housing_association", 5, (600, 14800), bank="BNGH")
add("Portaal", "Portaal fact {f} complex {po}", "B2B", "housing_association", 3, (400, 9200), bank="ABNA")
add("Stichting Bo-Ex '91", "Bo-Ex factuur {f}", "B2B", "housing_association", 2, (350, 5600), bank="RABO")
add("ProRail B.V.", "ProRail inkooporder 45{po} factuur {f}", "B2B", "state_owned_company", 2, (1900, 12000), bank="ABNA")
add("ProRail B.V.", "ProRail aanbesteding 2024-{po} perceel 3 factuur {f}", "B2B", "state_owned_company", 1, (8000, 28000),
    bank="ABNA", amb=True)
add("Vitens N.V.", "VITENS FACT {f}", "B2B", "state_owned_company", 2, (700, 4900), bank="INGB")
add("Stedin Netbeheer B.V.", "Stedin betaling {f}", "B2B", "state_owned_company", 1, (900, 3800), bank="ABNA")
add("Stichting Het Utrechts Landschap", "factuur {f} maaiwerk", "B2B", "non_profit_foundation", 2, (500, 3900), bank="TRIO")
add("Stichting PCOU Willibrord", "PCOU Willibrord factuur {f} speelplein", "B2B", "private_school_board", 2, (2200, 16000), bank="RABO")
add("Landal GreenParks B.V.", "LANDAL CRED {f}", "B2B", "company", 4, (1200, 24000), bank="RABO")
add("Ouwehands Dierenpark Rhenen B.V.", "Factuur {f} speeltoestel", "B2B", "company", 2, (3100, 18500), bank="RABO")
add("IKEA Nederland B.V.", "IKEA UTRECHT FACT {f}", "B2B", "company", 1, (900, 4200), bank="DEUT")
add("Kinderdagverblijf De Boomhut B.V.", "fact {f} zandbak + inspectie", "B2B", "company", 2, (380, 2900), bank="RABO")
add("Speeltuinvereniging Ons Genoegen", "Factuur {f} klimrek", "B2B", "non_profit_association", 2, (900, 6800), bank="RABO")
add("Scouting Rhijnauwen", "fact {f}", "B2B", "non_profit_association", 1, (150, 900), bank="TRIO")
add("VvE Wittevrouwensingel 12", "VvE bijdrage tuinonderhoud fact {f}", "B2B", "homeowners_association", 2, (240, 1300), bank="ABNA")
add("Hoveniersbedrijf Van der Linden", "{f} onderaanneming", "B2B", "sole_trader", 2, (600, 4200), bank="RABO", code="bg")
add("Bouwbedrijf Van Wijk B.V.", "Factuur {f} project Kanaleneiland", "B2B", "company", 2, (2600, 13800), bank="ABNA")
add("ESA ESTEC", "PO {po} INVOICE {f} GROUNDS MAINTENANCE", "B2B", "international_org", 2, (2200, 9600), bank="DEUT",
    country="INT", amb=True)
add("J.P. Visser", "factuur {f} Visser Installatietechniek", "B2B", "person_paying_company_invoice", 1, (450, 1800),
    bank="INGB", code="bg", amb=True)
add("T. Yilmaz", "speeltoestel voor mijn gastouderopvang aan huis", "B2B", "private_person_business_use", 1, (480, 1650),
    bank="INGB", code="bg", amb=True)

# ---------------- B2C ----------------
INIT = ["J.", "P.", "M.A.", "E.J.M.", "H.", "S.", "A.", "R.J.", "C.", "W.", "K.", "L.M.", "D.", "F.", "T.", "N."]
SUR = ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
       "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits",
       "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel",
       "van Dijk", "Willems", "Verhoeven", "Koster", "Prins", "El Amrani", "Yilmaz", "Bouzid", "Nguyen"]
B2C_O1 = ["factuur {f}", "Factuur {f} tuinonderhoud", "{f}", "houten speeltoestel", "schommel + montage",
          "snoeien bomen achtertuin", "trampoline inbouw {f}", "aanbetaling speelhuisje", "restant factuur {f}",
          "tuin", "", "kunstgras achtertuin {f}"]
for i in range(70):
    ini, sur = rng.choice(INIT), rng.choice(SUR)
    st = rng.random()
    if st < 0.35:
        nm = f"{ini} {sur}"
    elif st < 0.5:
        nm = f"HR {ini.replace('.', ' ').strip()} {sur.upper()}"
    elif st < 0.62:
        nm = f"MW {ini.replace('.', ' ').strip()} {sur.upper()}"
    elif st < 0.72:
        nm = f"FAM {sur.upper()}"
    elif st < 0.82:
        nm = f"{ini} {sur} en/of {rng.choice(INIT)} {rng.choice(SUR)}"
    elif st < 0.92:
        nm = f"{sur.title() if ' ' not in sur else sur} {ini}"
    else:
        nm = f"{rng.choice(['Sanne', 'Daan', 'Lotte', 'Bram', 'Fleur', 'Thijs', 'Noor', 'Jeroen'])} {sur}"
    code = rng.choice(["bg"] * 5 + ["id"] * 2)
    o1 = rng.choice(B2C_O1) if code == "bg" else "Betaalverzoek {f}"
    add(nm, o1, "B2C", "private_person", 1, (65, 3400), bank=rng.choice(["RABO", "INGB", "ABNA", "SNSB", "ASNB", "BUNQ", "KNAB", "RBRB", "TRIO"]),
        code=code)
add("Stichting Mollie Payments", "Mollie uitbetaling {mol}", "B2C", "acquiring_payout", 9, (120, 2600), bank="ABNA",
    amb=True)
add("", "Storting contant geld", "B2C", "cash_deposit", 2, (150, 900), bank="RABO", code="kh", amb=True)

WIJK = ["Overvecht", "Kanaleneiland", "Leidsche Rijn", "Zuilen", "Lunetten", "Hoograven", "Tuinwijk", "Vleuten-De Meern"]
SCHOOL = ["De Klimop", "Het Zonnehuis", "De Boog", "De Watertoren", "Nieuw Welgelegen", "De Pijlstaart"]

txs = []
start, end = dt.date(2024, 7, 1), dt.date(2024, 12, 31)
for p in P:
    for _ in range(p["n"]):
        while True:
            d = start + dt.timedelta(days=rng.randint(0, (end - start).days))
            if d.weekday() < 5:
                break
        lo, hi = p["amt"]
        amt = round(rng.uniform(lo, hi), 2)
        if p["label"] != "B2C" and rng.random() < 0.5:
            amt = round(round(amt / 1.21) * 1.21, 2)
        txs.append(dict(d=d, amt=amt, p=p))
txs.sort(key=lambda t: t["d"])

volg = 4182
bal = 23875.12
inv = 2024 * 10000 + 312
HEADER = ["IBAN/BBAN", "Munt", "BIC", "Volgnr", "Datum", "Rentedatum", "Bedrag", "Saldo na trn",
          "Tegenrekening IBAN/BBAN", "Naam tegenpartij", "Naam uiteindelijke partij", "Naam initiërende partij",
          "BIC tegenpartij", "Code", "Batch ID", "Transactiereferentie", "Machtigingskenmerk", "Incassant ID",
          "Betalingskenmerk", "Omschrijving-1", "Omschrijving-2", "Omschrijving-3", "Reden retour", "Oorspr bedrag",
          "Oorspr munt", "Koers"]


def signed(x):
    return ("+" if x >= 0 else "-") + f"{abs(x):.2f}".replace(".", ",")


rows, labels = [], []
for i, t in enumerate(txs):
    p = t["p"]
    gap = rng.choice([1, 1, 2, 2, 3, 4, 6])
    volg += gap
    for _ in range(gap - 1):  # debits filtered out of the download
        bal -= round(rng.uniform(50, 1500) + rng.uniform(0, 0.35) * max(0.0, bal - 15000), 2)
    bal = max(bal, 1500 + rng.uniform(0, 1000))
    bal = round(bal + t["amt"], 2)
    n_inv = 312 + int(i * 1.4) + rng.randint(-5, 1)
    f = f"2024-{n_inv:04d}"
    fd = (t["d"] - dt.timedelta(days=rng.randint(14, 40))).strftime("%d-%m-%Y")
    fmt = dict(f=f, po=f"{rng.randint(10000, 99999)}", wijk=rng.choice(WIJK), school=rng.choice(SCHOOL), fd=fd,
               mol=f"st_{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789') for _ in range(10))}")
    o1 = p["o1"].format(**fmt)
    o2 = p["o2"] and rng.choice(p["o2"]).format(**fmt) or ""
    o3 = ""
    if len(o1) > 35:  # Rabobank splits long remittance text over the description columns
        cut = o1.rfind(" ", 0, 35)
        cut = cut if cut > 10 else 35
        o1, rest = o1[:cut], o1[cut:].strip()
        o3, o2 = (o2, rest) if o2 else ("", rest)
    if p["code"] == "kh":
        cp_iban, cp_bic, cp_name = "", "", ""
    else:
        cp_iban = nl_iban(p["name"], p["bank"]) if p["bank"] != "DEUT" else IBANS.setdefault(p["name"], H.iban("NL", "DEUT" + f"{rng.randint(10**8, 10**9):010d}"))
        cp_bic, cp_name = BANKS[p["bank"]], p["name"]
    e2e = ""
    if p["code"] == "cb":
        e2e = rng.choice([f"{rng.randint(10**9, 10**10)}", f"E2E{rng.randint(10**7, 10**8)}", "NOTPROVIDED"])
    if p["code"] == "id":
        e2e = f"{rng.randint(10**15, 10**16)}"
    kenmerk = ""
    if p["label"] == "B2G" and rng.random() < 0.15:
        kenmerk = f"{rng.randint(10**15, 10**16 - 1)}"
    row = [OWN_IBAN, "EUR", "RABONL2U", f"{volg:018d}", t["d"].isoformat(), t["d"].isoformat(), signed(t["amt"]),
           signed(bal), cp_iban, cp_name, p["final"], "", cp_bic, p["code"], "", e2e, "", "", kenmerk, o1, o2, o3, "",
           "", "", ""]
    rows.append(row)
    labels.append(p)


def qrow(r):
    return ",".join('"' + str(x).replace('"', '""') + '"' for x in r)


text = "\r\n".join([qrow(HEADER)] + [qrow(r) for r in rows]) + "\r\n"
with open(H.LAYOUTS / f"{LAYOUT_ID}.csv", "w", encoding="cp1252", newline="") as fh:
    fh.write(text)

H.write_labels(LAYOUT_ID, [dict(label=p["label"], ambiguous=p["amb"], kind=p["kind"], country=p["country"]) for p in labels])

H.write_key(LAYOUT_ID, {
    "id": LAYOUT_ID,
    "system": "Rabobank (NL) Rabo Internetbankieren / Rabo Zakelijk - 'Transacties downloaden' as CSV (the 2018 26-column layout), credit transactions only",
    "country": "NL",
    "language": "nl",
    "docs": [
        "Public parsers and tests of real Rabobank CSV downloads (several repositories): header \"IBAN/BBAN\",\"Munt\",\"BIC\",\"Volgnr\",\"Datum\",\"Rentedatum\",\"Bedrag\",\"Saldo na trn\",\"Tegenrekening IBAN/BBAN\",\"Naam tegenpartij\",\"Naam uiteindelijke partij\",\"Naam initiërende partij\",\"BIC tegenpartij\",\"Code\",\"Batch ID\",\"Transactiereferentie\",\"Machtigingskenmerk\",\"Incassant ID\",\"Betalingskenmerk\",\"Omschrijving-1\",\"Omschrijving-2\",\"Omschrijving-3\",\"Reden retour\",\"Oorspr bedrag\",\"Oorspr munt\",\"Koers\"; comma-delimited with every field in double quotes; ISO dates; signed amounts with decimal comma ('+100,00', '-4,99'); balance after transaction signed; 18-digit zero-padded Volgnr - used for columns, order and value forms",
        "Same sources: several parsers show the header as 'Naam initi\\ufffdrende partij', i.e. the file is single-byte Windows-1252/Latin-1, not UTF-8 - used for the encoding; transaction codes cb (crediteurenbetaling), bg (bankgiro opdracht), id (iDEAL), kh (kashandeling), ei, ba, tb",
        "Own reading: the download was filtered to 'Bij' (credits), so Volgnr and Saldo na trn jump over the removed debits; CRLF line ends; long remittance text continues in Omschrijving-2/3; municipalities bank with BNG Bank (BNGHNL2G) and the water board with NWB Bank (NWABNL2G); all IBANs carry valid mod-97 check digits"
    ],
    "fields": {"buyer": "Naam tegenpartij", "product": None, "quantity": None, "amount": "Bedrag", "tax_id": None,
               "email": None, "payment": "Code", "comment": "Omschrijving-1"},
    "also_ok": {"buyer": ["Naam uiteindelijke partij"], "comment": ["Omschrijving-2", "Omschrijving-3", "Betalingskenmerk"],
                "product": ["Omschrijving-1", "Omschrijving-2"]},
    "notes": "Open with encoding='cp1252' (Latin-1), sep=','. One row per incoming payment, chronological, no title or totals lines. The first three columns are the account holder's own IBAN/currency/BIC (the seller), not the buyer. No item column: what was sold appears only in the payer's description (Omschrijving-1..3). 'Werkorganisatie Duo+' pays on behalf of the municipality named in 'Naam uiteindelijke partij'. 'Stichting Mollie Payments' rows are web-shop payouts with no buyer; code 'kh' rows with empty counterparty are cash deposits. Dutch public-school boards and hogescholen are foundations (Stichting) although publicly run/funded; PCOU Willibrord is a denominational (bijzonder) school board."
})
print(LAYOUT_ID, "records:", len(rows))
