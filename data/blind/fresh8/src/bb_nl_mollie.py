"""NL: Mollie dashboard settlement export (CSV), one row per balance transaction of a
settlement: payments, refunds, chargebacks and the withheld-fee / compensation lines."""
import random, csv, json
from bb_common import *

rng = random.Random(8202)
KID = "bb_nl_mollie_settlements"

FIRST = ["Daan", "Sem", "Lucas", "Emma", "Julia", "Sophie", "Tess", "Milan", "Lotte", "Bram", "Anouk",
         "Thijs", "Sanne", "Ruben", "Fleur", "Jeroen", "Marieke", "Kees", "Ingrid", "Pieter", "Noor", "Joost"]
LAST = ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
        "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer"]
BANKS = [("INGB", "INGBNL2A"), ("RABO", "RABONL2U"), ("ABNA", "ABNANL2A"), ("SNSB", "SNSBNL2A"),
         ("ASNB", "ASNBNL21"), ("BUNQ", "BUNQNL2A"), ("KNAB", "KNABNL2H"), ("TRIO", "TRIONL2U")]

def consumer_person():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.random()
    if style < 0.35:
        return f"{f[0]}. {l}" if rng.random() < .6 else f"{f[0]}.{rng.choice('AJMPW')}. {l}"
    if style < 0.5:
        ln = l.split()[-1]
        pre = " ".join(l.split()[:-1])
        return f"{ln.upper()} {pre.upper()} {f[0]}".replace("  ", " ").strip() if pre else f"{ln.upper()} {f[0]}"
    if style < 0.6:
        return f"HR {f[0]} {l.upper()}" if rng.random() < .5 else f"MW {f[0]} {l.upper()}"
    return f"{f} {l}"

COMPANIES = ["Coolblue B.V.", "bol.com B.V.", "Booking.com B.V.", "Mollie B.V.", "Picnic B.V.",
             "Rituals Cosmetics Enterprise B.V.", "Koninklijke Philips N.V.", "ASML Netherlands B.V.",
             "Adyen N.V.", "Tony's Chocolonely Nederland B.V.", "Lightspeed Commerce Netherlands B.V.",
             "Van der Valk Hotel Utrecht B.V.", "Hotel Okura Amsterdam B.V.", "Brouwerij 't IJ B.V.",
             "Lunchroom De Zoete Inval V.O.F.", "Koffiebar Anne&Max B.V.", "Bakkerij Bart B.V."]
GOV = [("Gemeente Utrecht", "municipality"), ("Gemeente Amsterdam", "municipality"),
       ("Gemeente Rotterdam", "municipality"), ("Gemeente Haarlem", "municipality"),
       ("Rijkswaterstaat", "government_agency"), ("Belastingdienst", "government_agency"),
       ("Provincie Noord-Holland", "province"), ("Universiteit Utrecht", "public_university"),
       ("Hoogheemraadschap van Rijnland", "water_board"), ("Ministerie van Defensie", "armed_forces"),
       ("UMC Utrecht", "public_hospital")]
SHOP_ITEMS = [("Rancilio Silvia Pro X", 1899.00), ("Lelit Bianca V3", 2599.00), ("Eureka Mignon Specialita", 419.00),
              ("Koffiebonen Huismelange 1 kg", 24.50), ("Barista workshop 2 personen", 129.00),
              ("Abonnement Koffie van de maand", 19.95), ("Melkkan 600 ml", 17.95), ("Ontkalker 3 x 500 ml", 18.50)]
BIZ_ITEMS = [("Koffiebonen Horeca Espresso 10 x 1 kg", 219.00), ("La Marzocco Linea Mini onderhoud", 285.00),
             ("Kantoorkoffie abonnement Q2", 640.00), ("Barista training team (6 pers.)", 895.00)]

rows, labels = [], []
settlements = [f"T{rng.randint(1000000, 9999999)}" for _ in range(6)]
seq = 0

def tid(prefix="tr_"):
    return prefix + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(10))

def add(method, amount, status, desc, cname, cacct, cbic, meta, lab, amb, kind, cc="NL", refunded="", charged=""):
    global seq
    seq += 1
    si = min(seq // 36, 5)
    day = 1 + (seq * 2) % 28
    month = 1 + si * 2 + (1 if seq % 36 > 18 else 0)
    amt = f"{amount:.2f}"
    rows.append({
        "Date": f"2024-{month:02d}-{day:02d} {rng.randint(7, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        "ID": tid("re_" if status == "refunded" and amount < 0 else "chb_" if status == "charged_back" else "tr_") if method else "",
        "Payment method": method, "Currency": "EUR", "Amount": amt, "Status": status,
        "Description": desc, "Consumer name": cname, "Consumer bank account": cacct, "Consumer BIC": cbic,
        "Settlement currency": "EUR", "Settlement amount": amt, "Settlement reference": settlements[si],
        "Amount refunded": refunded, "Amount charged back": charged,
        "Metadata": json.dumps(meta, ensure_ascii=False) if meta else "",
    })
    labels.append((lab, amb, kind, cc))

order = 18230
plan = (["ideal_person"] * 60 + ["card_person"] * 18 + ["bancontact_be"] * 6 + ["pos"] * 22 +
        ["ideal_company"] * 26 + ["invoice_company"] * 10 + ["gov_invoice"] * 14 + ["gov_kettle"] * 2 +
        ["thin_card"] * 6 + ["person_pays_company"] * 3 + ["company_one_home"] * 3 + ["gov_mail_person"] * 0 +
        ["refund"] * 6 + ["chargeback"] * 2 + ["fee"] * 6 + ["compensation"] * 2 + ["intl"] * 1 + ["ns_tender"] * 1)
rng.shuffle(plan)
persons_paid = []

for k in plan:
    order += rng.randint(1, 4)
    if k == "ideal_person":
        name = consumer_person()
        b = rng.choice(BANKS)
        item, price = rng.choice(SHOP_ITEMS)
        q = rng.choice([1, 1, 1, 2])
        desc = rng.choice([f"Bestelling {order}", f"Bestelling {order}", f"{item}", f"Bestelling {order} - {item}"])
        add("iDEAL", q * price + rng.choice([0, 0, 6.95]), "paid", desc, name, iban(rng, "NL", b[0]), b[1],
            {"order_id": str(order)} if desc.startswith("Bestelling") else None, "B2C", False, "private_person")
        persons_paid.append((name, b))
    elif k == "card_person":
        f, l = rng.choice(FIRST), rng.choice(LAST)
        item, price = rng.choice(SHOP_ITEMS)
        add(rng.choice(["Credit card", "Apple Pay", "PayPal"]), price, "paid", f"Bestelling {order} - {item}",
            f"{f} {l}" if rng.random() < .8 else f"{f[0]} {l}".upper(), "", "", {"order_id": str(order)}, "B2C", False, "private_person")
    elif k == "bancontact_be":
        f, l = rng.choice(["Wout", "Lotte", "Jonas", "Elise"]), rng.choice(["Peeters", "Janssens", "Maes", "Claes"])
        item, price = rng.choice(SHOP_ITEMS)
        add("Bancontact", price + 9.95, "paid", f"Bestelling {order}", f"{l.upper()} {f.upper()}", iban(rng, "BE", rng.choice(["001", "068", "363"])), rng.choice(["GEBABEBB", "GKCCBEBB", "BBRUBEBB"]),
            {"order_id": str(order)}, "B2C", False, "private_person", cc="BE")
    elif k == "pos":
        add("Point-of-sale", rng.choice([3.20, 3.60, 4.10, 7.80, 12.40, 24.50, 29.00, 8.90]), "paid",
            f"Koffiebar kassabon {rng.randint(4000, 9999)}", "", "", "", None, "B2C", False, "anonymous_retail")
    elif k == "ideal_company":
        c = rng.choice(COMPANIES)
        b = rng.choice(BANKS[:3])
        item, price = rng.choice(BIZ_ITEMS)
        q = rng.choice([1, 1, 2, 3])
        nm = c if rng.random() > .25 else c.upper().replace(" B.V.", " BV")
        add("iDEAL", q * price, "paid", rng.choice([f"Bestelling {order} - {item}", f"Bestelling {order} {c}"]),
            nm, iban(rng, "NL", b[0]), b[1], {"order_id": str(order), "company": c}, "B2B", False, "company")
    elif k == "invoice_company":
        c = rng.choice(COMPANIES)
        b = rng.choice(BANKS[:3])
        item, price = rng.choice(BIZ_ITEMS)
        add("Bank transfer", price * rng.choice([1, 2, 4]), "paid", f"Factuur 2024-{rng.randint(100, 499):04d} {item}",
            c, iban(rng, "NL", b[0]), b[1], {"invoice": "yes"}, "B2B", False, "company")
    elif k == "gov_invoice":
        g, kind = rng.choice(GOV)
        b = rng.choice([("BNGH", "BNGHNL2G"), ("INGB", "INGBNL2A")])
        item, price = rng.choice(BIZ_ITEMS)
        add("Bank transfer", price * rng.choice([1, 2, 3]), "paid",
            rng.choice([f"Factuur 2024-{rng.randint(100, 499):04d}", f"Factuur 2024-{rng.randint(100, 499):04d} inkoopordernr 45{rng.randint(10000000, 99999999)}"]),
            g if rng.random() > .2 else g.upper(), iban(rng, "NL", b[0]), b[1], None, "B2G", False, kind)
    elif k == "gov_kettle":
        g, kind = GOV[rng.choice([0, 3])]
        add("iDEAL", 18.50, "paid", "Ontkalker 3 x 500 ml", g + " Wijkcentrum", iban(rng, "NL", "BNGH"), "BNGHNL2G", None, "B2G", True, "municipality_household_item")
    elif k == "thin_card":
        add(rng.choice(["Credit card", "Klarna Pay later"]), rng.choice([24.50, 49.00, 419.00, 129.00]), "paid",
            f"Bestelling {order}", "", "", "", {"order_id": str(order)}, "B2C", True, "thin_record")
    elif k == "person_pays_company":
        name = consumer_person()
        b = rng.choice(BANKS)
        c = rng.choice(COMPANIES[13:])
        add("Bank transfer", rng.choice([219.00, 438.00, 285.00]), "paid", f"Factuur 2024-{rng.randint(100, 499):04d} {c}",
            name, iban(rng, "NL", b[0]), b[1], None, "B2B", True, "person_paying_company_invoice")
    elif k == "company_one_home":
        c = rng.choice(COMPANIES[:10])
        add("iDEAL", 419.00, "paid", f"Bestelling {order} - Eureka Mignon Specialita", c, iban(rng, "NL", "ABNA"), "ABNANL2A",
            {"order_id": str(order)}, "B2B", True, "company_household_item")
    elif k == "refund":
        if persons_paid:
            name, b = rng.choice(persons_paid)
            add("iDEAL", -rng.choice([24.50, 17.95, 129.00]), "refunded", f"Terugbetaling bestelling {order - rng.randint(20, 80)}", name,
                iban(rng, "NL", b[0]), b[1], None, "B2C", False, "private_person", refunded="")
        else:
            add("", -12.0, "", "Withheld transaction fees", "", "", "", None, "B2C", True, "acquiring_fee_line")
    elif k == "chargeback":
        f, l = rng.choice(FIRST), rng.choice(LAST)
        add("Credit card", -rng.choice([419.00, 129.00]), "charged_back", f"Chargeback bestelling {order - 40}", f"{f} {l}", "", "", None,
            "B2C", False, "private_person", charged="")
    elif k == "fee":
        add("", -round(rng.uniform(18, 95), 2), "", rng.choice([f"Withheld transaction fees ({rng.choice(['januari', 'maart', 'mei', 'juli', 'september', 'november'])} 2024) MOL{rng.randint(100000, 999999)}",
                                                                  "Inhouding transactiekosten"]), "Mollie B.V.", "", "", None,
            "B2C", True, "acquiring_fee_line")
    elif k == "compensation":
        add("", round(rng.uniform(0.05, 2.5), 2), "", f"Invoice compensation MOL{rng.randint(100000, 999999)}", "Mollie B.V.", "", "", None,
            "B2C", True, "acquiring_compensation_line")
    elif k == "intl":
        add("Bank transfer", 1280.00, "paid", f"Factuur 2024-{rng.randint(100, 499):04d} Barista training team (6 pers.) + koffie", "European Medicines Agency",
            iban(rng, "NL", "INGB"), "INGBNL2A", None, "B2B", True, "international_org")
    elif k == "ns_tender":
        add("Bank transfer", 2560.00, "paid", f"Factuur 2024-0{rng.randint(100, 499)} aanbesteding NS-{rng.randint(1000, 9999)} koffievoorziening", "NS Stations B.V.",
            iban(rng, "NL", "RABO"), "RABONL2U", None, "B2B", True, "state_owned_company_procurement")

cols = list(rows[0].keys())
with open(LAYOUTS / f"{KID}.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.DictWriter(fh, fieldnames=cols, delimiter=",", quoting=csv.QUOTE_ALL)
    w.writeheader()
    w.writerows(rows)

meta = {
    "id": KID,
    "system": "Mollie Dashboard > Administration > Settlements > (settlement) > Download as CSV; transactions of six consecutive settlements of a Dutch coffee roaster with webshop, coffee bar (Mollie POS terminal) and invoices paid by transfer",
    "country": "NL", "language": "en",
    "docs": [
        "docs.mollie.com 'Settlement report': a settlement report lists every transaction that moved the balance between two payouts: payments, refunds, chargebacks, and costs such as withheld transaction fees, invoice rounding/compensation",
        "help.mollie.com 'How do I find a settlement on my bank statement?': settlements are found under Administration > Settlements and can be downloaded as CSV, PDF, MT940 or CODA",
        "Mollie API payment details (iDEAL/bank transfer): consumerName, consumerAccount (IBAN), consumerBic are the payer details shown beside a payment",
        "Column headers are my reading of the dashboard CSV (English interface); no public column list was found in public documentation"
    ],
    "fields": {"buyer": "Consumer name", "product": "Description", "quantity": None, "amount": "Amount",
               "tax_id": None, "email": None, "payment": "Payment method", "comment": "Description"},
    "also_ok": {"amount": ["Settlement amount"], "comment": ["Metadata"]},
    "notes": "One row per balance transaction. Payments carry the payer's name as the bank or card holder writes it (often initials, upper case, 'HR'/'MW' prefixes); companies and public bodies paying by iDEAL or bank transfer appear under their account name. Point-of-sale rows are coffee-bar terminal receipts without a payer. Rows with an empty Payment method are Mollie's own withheld-fee and invoice-compensation lines (Consumer name 'Mollie B.V.' is the acquirer, not a buyer). Negative amounts are refunds/chargebacks/fees. Quoted CSV, ',' delimiter, '.' decimals, UTF-8."
}
write_key(KID, meta, labels)
print(KID, len(rows))
