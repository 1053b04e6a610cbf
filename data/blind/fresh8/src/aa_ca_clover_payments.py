"""Seeded generator: CA Clover dashboard 'Payments' export (Transactions > Payments > Export).

Merchant: a print & sign shop in Ottawa, ON, using Clover Flex/Station at the
counter plus Virtual Terminal for phone/invoice payments. One line per payment.
"""
import csv
import json
import random
from datetime import datetime, timedelta
from pathlib import Path

SEED = 8202
ID = "aa_ca_clover_payments"
HERE = Path(__file__).resolve().parent
OUT = HERE.parent

HEADER = ["Payment Date", "Payment ID", "External Payment ID", "Invoice Number", "Card Auth Code",
          "Transaction #", "Note", "Tender", "Card Brand", "Card Number", "Card Entry Type", "Currency",
          "Amount", "Tax Amount", "Tip Amount", "Service Charge Amount", "Customer Name",
          "Payment Employee ID", "Payment Employee Name", "Payment Employee Custom ID", "Order ID",
          "Order Date", "Order Employee ID", "Order Employee Name", "Order Employee Custom ID", "Result",
          "Device", "# Refunds", "Refund Amount", "Custom Fields"]

B32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
FIRST = ["Olivia", "Liam", "Emma", "Noah", "Charlotte", "William", "Amelia", "Benjamin", "Sophie",
         "Lucas", "Chloe", "Mathieu", "Isabelle", "Jean-François", "Marie-Ève", "Patrick", "Nathalie",
         "Daniel", "Sarah", "Kevin", "Jennifer", "Mark", "Emily", "Ryan", "Melissa", "Michael", "Julie"]
LAST = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin",
        "Smith", "Brown", "Wilson", "MacDonald", "Campbell", "Martin", "Taylor", "Anderson", "Leblanc",
        "Thompson", "Wong", "Singh", "Nguyen", "Kelly", "O'Brien", "Bergeron", "Lalonde", "Pelletier"]
EMPLOYEES = [("7QXJ2B4M1K0TR", "Karen M."), ("4ZD9W1E8PBN3A", "Sam P."), ("M8T1R5Y6QX2ZC", "Owner")]
DEVICES = ["C045UQ13960417", "C030UQ22910885", "VIRTUAL TERMINAL"]

COUNTER = [  # (note, base net) typical walk-in jobs
    ("", 4.50), ("", 12.80), ("", 27.40), ("", 8.25), ("", 45.00), ("", 19.99), ("", 3.60),
    ("copies", 6.40), ("passport photos", 16.95), ("scan to USB", 5.00), ("lamination", 9.50),
    ("resume printing", 11.20), ("poster 24x36", 39.00), ("fax", 3.00), ("thesis binding", 48.00),
]
# organisations paying keyed / invoice payments: name on payment, note, kind
COMPANIES = [
    ("BRIDGEHEAD (2000) INC", "Inv {inv} - menu boards + window vinyl", "company"),
    ("Kichesippi Beer Co.", "Inv {inv} - tap handle decals", "company"),
    ("Minto Communities Inc.", "Inv {inv} - site hoarding signs Kanata", "company"),
    ("Tomlinson Group", "Inv {inv} - safety signage 40 units", "company"),
    ("CIENA CORPORATION", "Inv {inv} - event banners", "company"),
    ("Claridge Homes Corporation", "Inv {inv} - model home signage", "company"),
    ("Ottawa Senators Hockey Club", "Inv {inv} - arena promo posters", "company"),
    ("The Ottawa Hospital Foundation", "Inv {inv} - gala programmes", "non_profit"),
    ("Ottawa Humane Society", "Inv {inv} - adoption event banners", "non_profit"),
    ("Canadian Red Cross", "Inv {inv} - volunteer recruitment posters", "non_profit"),
    ("St. Patrick's Basilica", "Inv {inv} - bulletin printing", "church"),
    ("Algonquin Grove Dental", "Inv {inv} - business cards + appointment cards", "private_practice"),
    ("Dovercourt Recreation Association", "Inv {inv} - summer camp brochures", "non_profit"),
]
PUBLIC = [
    ("CITY OF OTTAWA", "PO 45{po} - By-law notice signs", "municipality"),
    ("City of Ottawa - Parks Forestry", "PO 45{po} - trail signage", "municipality"),
    ("Ottawa-Carleton District School Board", "Inv {inv} - school event banners", "school_board"),
    ("Carleton University - Dept of Biology", "Inv {inv} - conference posters", "public_university"),
    ("University of Ottawa", "Inv {inv} - convocation signage", "public_university"),
    ("Public Services and Procurement Canada", "Inv {inv} - acquisition card - wayfinding decals", "federal_department"),
    ("RCMP National HQ", "Inv {inv} - acquisition card - training binders", "federal_police"),
    ("Embassy of Japan in Canada", "Inv {inv} - reception signage", "embassy"),
    ("Ottawa Public Library", "Inv {inv} - program posters", "public_library"),
    ("Ottawa Police Service", "PO 45{po} - community event flyers", "police"),
]


def rid(rnd, n=13):
    return "".join(rnd.choice(B32) for _ in range(n))


def main():
    rnd = random.Random(SEED)
    recs = []
    plan = (["cash"] * 46 + ["card_anon"] * 52 + ["card_named"] * 34 + ["company"] * 20 +
            ["public"] * 14 + ["amb_person_invoice"] * 5 + ["amb_resale"] * 3 + ["amb_bulk_private"] * 2 +
            ["amb_company_household"] * 2 + ["amb_public_household"] * 2 + ["amb_thin_deposit"] * 3 +
            ["amb_gov_card_personal"] * 2)
    rnd.shuffle(plan)
    inv = 3100
    for kind in plan:
        r = {"note": "", "name": "", "inv": "", "keyed": False, "tender": "", "net": 0.0}
        if kind == "cash":
            note, net = rnd.choice(COUNTER)
            r.update(note=note, net=round(net * rnd.choice([1, 1, 1, 2, 3]), 2), tender="Cash")
            lab = ("B2C", False, "anonymous_retail")
        elif kind == "card_anon":
            note, net = rnd.choice(COUNTER)
            r.update(note=note, net=round(net * rnd.choice([1, 1, 2, 4]), 2), tender=rnd.choice(["Debit Card", "Credit Card", "Credit Card"]))
            lab = ("B2C", False, "anonymous_retail")
        elif kind == "card_named":
            fn, ln = rnd.choice(FIRST), rnd.choice(LAST)
            style = rnd.random()
            name = f"{ln.upper()}/{fn.upper()}" if style < 0.4 else (f"{fn.upper()} {ln.upper()}" if style < 0.8 else f"{fn} {ln}")
            note, net = rnd.choice(COUNTER + [("wedding invitations", 165.00), ("canvas print 16x20", 74.00),
                                               ("photo book", 58.00), ("birthday banner", 35.00)])
            r.update(note=note, name=name, net=net, tender="Credit Card")
            lab = ("B2C", False, "private_person")
        elif kind in ("company", "public"):
            inv += rnd.randint(1, 9)
            nm, nt, k = rnd.choice(COMPANIES if kind == "company" else PUBLIC)
            r.update(name=nm, note=nt.format(inv=inv, po=rnd.randint(10000000, 99999999)), inv=str(inv),
                     keyed=True, tender="Credit Card", net=round(rnd.uniform(180, 2400), 2))
            lab = ("B2B", False, k) if kind == "company" else ("B2G", False, k)
        elif kind == "amb_person_invoice":
            inv += rnd.randint(1, 9)
            fn, ln = rnd.choice(FIRST), rnd.choice(LAST)
            comp = rnd.choice(["Kanata Family Dental", "Westboro Physiotherapy", "Glebe Fitness Studio",
                               "Rideau Realty Brokerage", "Hintonburg Bakery"])
            r.update(name=f"{fn.upper()} {ln.upper()}", note=f"Inv {inv} {comp} - paid by owner", inv=str(inv),
                     keyed=rnd.random() < 0.5, tender="Credit Card", net=round(rnd.uniform(140, 900), 2))
            lab = ("B2B", True, "person_pays_company_invoice")
        elif kind == "amb_resale":
            fn, ln = rnd.choice(FIRST), rnd.choice(LAST)
            r.update(name=f"{ln.upper()}/{fn.upper()}", note=rnd.choice(["sticker sheets x 200 - for resale at craft fair",
                                                                        "art prints x 50 - selling on my online shop"]),
                     tender="Credit Card", net=round(rnd.uniform(160, 420), 2))
            lab = ("B2B", True, "private_person_business_purpose")
        elif kind == "amb_bulk_private":
            fn, ln = rnd.choice(FIRST), rnd.choice(LAST)
            r.update(name=f"{fn.upper()} {ln.upper()}", note="60 x coroplast lawn signs 18x24",
                     tender="Credit Card", net=round(60 * 9.5, 2))
            lab = ("B2C", True, "private_person_bulk")
        elif kind == "amb_company_household":
            inv += rnd.randint(1, 9)
            nm = rnd.choice(["Minto Communities Inc.", "Tomlinson Group"])
            r.update(name=nm, note=f"Inv {inv} - 1 x framed family photo canvas (retirement gift)", inv=str(inv),
                     keyed=True, tender="Credit Card", net=89.00)
            lab = ("B2B", True, "company_household_item")
        elif kind == "amb_public_household":
            inv += rnd.randint(1, 9)
            nm = rnd.choice(["Embassy of Japan in Canada", "Ottawa Public Library"])
            r.update(name=nm, note=f"Inv {inv} - 1 x canvas print 16x20", inv=str(inv),
                     keyed=True, tender="Credit Card", net=74.00)
            lab = ("B2G", True, "public_body_household_item")
        elif kind == "amb_thin_deposit":
            r.update(note=rnd.choice(["deposit", "50% deposit", "balance"]), keyed=True,
                     tender="Credit Card", net=round(rnd.uniform(600, 1900), 2))
            lab = ("B2B", True, "thin_large_keyed_deposit")
        elif kind == "amb_gov_card_personal":
            fn, ln = rnd.choice(FIRST), rnd.choice(LAST)
            r.update(name=f"{fn.upper()} {ln.upper()}", note="personal - cottage photo canvas, not on acq card",
                     tender="Credit Card", net=112.00)
            lab = ("B2C", True, "public_servant_personal_purchase")
        r["lab"] = lab
        recs.append(r)

    t = datetime(2024, 4, 2, 9, 5)
    rows, labels = [], []
    for r in recs:
        t += timedelta(minutes=rnd.randint(15, 190))
        if t.hour >= 18:
            t = t.replace(hour=9, minute=rnd.randint(0, 40)) + timedelta(days=1)
        if t.weekday() == 6:
            t += timedelta(days=1)
        tax = round(r["net"] * 0.13, 2)
        amt = round(r["net"] + tax, 2)
        emp = rnd.choice(EMPLOYEES)
        oemp = emp if rnd.random() < 0.85 else rnd.choice(EMPLOYEES)
        card = r["tender"] != "Cash"
        if r["keyed"]:
            entry, device, brand = "KEYED", "VIRTUAL TERMINAL", rnd.choice(["VISA", "MC", "MC", "AMEX"])
        elif r["tender"] == "Debit Card":
            entry, device, brand = rnd.choice(["EMV_CONTACTLESS", "EMV_CONTACT"]), rnd.choice(DEVICES[:2]), "INTERAC"
        elif card:
            entry, device, brand = rnd.choice(["EMV_CONTACTLESS", "EMV_CONTACTLESS", "EMV_CONTACT"]), rnd.choice(DEVICES[:2]), rnd.choice(["VISA", "VISA", "MC", "AMEX"])
        else:
            entry, device, brand = "", rnd.choice(DEVICES[:2]), ""
        ts = t.strftime("%d-%b-%Y %I:%M %p EDT")
        row = {h: "" for h in HEADER}
        row.update({
            "Payment Date": ts, "Payment ID": rid(rnd), "Invoice Number": r["inv"],
            "Card Auth Code": (f"{rnd.randint(0, 999999):06d}" if card else ""),
            "Transaction #": (f"{rnd.randint(10**11, 10**12 - 1)}" if card else ""),
            "Note": r["note"], "Tender": r["tender"], "Card Brand": brand,
            "Card Number": (f"{rnd.randint(0, 9999):04d}" if card else ""), "Card Entry Type": entry,
            "Currency": "CAD", "Amount": f"{amt:.2f}", "Tax Amount": f"{tax:.2f}", "Tip Amount": "",
            "Customer Name": r["name"], "Payment Employee ID": emp[0], "Payment Employee Name": emp[1],
            "Order ID": rid(rnd), "Order Date": ts, "Order Employee ID": oemp[0], "Order Employee Name": oemp[1],
            "Result": "SUCCESS", "Device": device,
        })
        rows.append(row)
        labels.append(r["lab"])

    lay = OUT / "layouts" / f"{ID}.csv"
    lay.parent.mkdir(parents=True, exist_ok=True)
    with open(lay, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=HEADER, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    key = OUT / "key"
    key.mkdir(parents=True, exist_ok=True)
    with open(key / f"{ID}.labels.csv", "w", encoding="utf-8") as f:
        f.write("row,label,ambiguous,kind,country\n")
        for i, (l, a, k) in enumerate(labels):
            f.write(f"{i},{l},{str(a).lower()},{k},CA\n")
    meta = {
        "id": ID,
        "system": "Clover (Fiserv) merchant dashboard - Transactions > Payments, exported to CSV",
        "country": "CA",
        "language": "en",
        "docs": [
            "docs.clover.com 'Export merchant data' (regions United States / Canada / Europe): PAYMENTS and ORDERS exports - used for the export types and that Clover runs in Canada",
            "Public repository reconstructing Clover's dashboard exports from the REST API (export_payments.py): Payments export column list and order (Payment Date, Payment ID, External Payment ID, Invoice Number, Card Auth Code, Transaction #, Note, Tender, Card Brand, Card Number, Card Entry Type, Currency, Amount, Tax Amount, Tip Amount, Service Charge Amount, Customer Name = cardholder name, Payment/Order Employee ID/Name/Custom ID, Order ID, Order Date, Result, Device, # Refunds, Refund Amount, Custom Fields), blank Tip Amount when no tip, last 4 digits in Card Number - used for the header and value forms",
            "Own reading: date/time rendered 'dd-Mon-yyyy hh:mm AM/PM EDT'; tender labels 'Cash', 'Credit Card', 'Debit Card' with INTERAC as debit card brand in Canada; 13% Ontario HST in Tax Amount"
        ],
        "fields": {"buyer": "Customer Name", "product": None, "quantity": None, "amount": "Amount",
                   "tax_id": None, "email": None, "payment": "Tender", "comment": "Note"},
        "also_ok": {"payment": ["Card Brand", "Card Entry Type"], "product": ["Note"]},
        "notes": ("One line per payment, no title or totals lines. Customer Name is the cardholder name read from the card "
                  "(often 'LAST/FIRST' or upper case, empty for cash and many tap payments) or, for Virtual Terminal (Device "
                  "'VIRTUAL TERMINAL', Card Entry Type KEYED) payments, the name the clerk typed - an organisation for invoice "
                  "payments. Note is the clerk's free text: the job sold and, for account customers, the shop's invoice or the "
                  "buyer's PO number. No item column exists in this export. Amount includes 13% HST (Tax Amount). Most lines are "
                  "anonymous counter sales.")
    }
    with open(key / f"{ID}.json", "w", encoding="utf-8") as f:
        json.dump(meta, f, indent=2, ensure_ascii=False)
    print(ID, len(rows))


if __name__ == "__main__":
    main()
