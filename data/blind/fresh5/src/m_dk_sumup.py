"""SumUp Fakturering (ex-Debitoor, Denmark) - fakturaoversigt CSV export, one row per invoice line."""
import random, csv, io
from datetime import date, timedelta
from m_common import OUT, dk_cvr, fmt_num, write_key

rng = random.Random(5102)
KID = "m_dk_sumup_fakturaer"
FIRST = ["Mette", "Anne", "Kirsten", "Hanne", "Lars", "Jens", "Peter", "Michael", "Søren", "Henrik", "Camilla", "Louise", "Mads", "Frederik", "Ida", "Sofie"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen"]
FREE = ["gmail.com", "hotmail.com", "live.dk", "mail.dk", "yahoo.dk", "outlook.dk"]
BIZ = [("Ladcykel Christiania Light", 18995.00), ("Kildemoes Logic 7-gear herrecykel", 5499.00), ("Elcykel Winther Cykler E-Family", 14999.00),
       ("Cykelservice – stort eftersyn", 699.00), ("Cykellås Abus Bordo 6000", 649.00), ("Cykelslange 28\" Schwalbe", 79.00), ("Dæk Schwalbe Marathon Plus 700x35", 349.00),
       ("Cykelhjelm Abus Urban-I 3.0", 599.00), ("Cykelparkeringsstativ 5 pladser", 2495.00)]
HOME = [("Børnecykel Puky 16\"", 2299.00), ("Kildemoes Logic 7-gear damecykel", 5499.00), ("Cykelservice – lille eftersyn", 399.00), ("Cykelhjelm Abus Urban-I 3.0", 599.00), ("Cykelkurv Basil", 349.00)]
COMP = [("Bybudet ApS", "bybudet.dk"), ("Hotel Skt. Petri A/S", "hotelsktpetri.com"), ("Arkitektfirmaet Holm ApS", "holmark.dk"), ("Carlsberg Danmark A/S", "carlsberg.dk"),
        ("Novo Nordisk A/S", "novonordisk.com"), ("Tømrerfirmaet Jensen & Søn ApS", "jensen-son.dk"), ("Wolt Denmark ApS", "wolt.com"), ("Andelsboligforeningen Kastelsvej 12", "abf-kastelsvej.dk"),
        ("Boldklubben Frem", "bkfrem.dk"), ("Blomsterbutikken v/Hanne Olsen", "gmail.com")]
GOV = [("Københavns Kommune", "kk.dk", "municipality"), ("Frederiksberg Kommune", "frederiksberg.dk", "municipality"), ("Aarhus Kommune", "aarhus.dk", "municipality"),
       ("Gentofte Kommune", "gentofte.dk", "municipality"), ("Region Hovedstaden", "regionh.dk", "region"), ("Region Midtjylland", "rm.dk", "region"),
       ("Københavns Universitet", "ku.dk", "public_university"), ("Rigspolitiet", "politi.dk", "police"), ("Forsvarsministeriets Materiel- og Indkøbsstyrelse", "fmi.dk", "armed_forces_agency")]

buyers = []
_T = {}
def cvr(n):
    return _T.setdefault(n.strip().lower(), dk_cvr(rng))
def add(**kw):
    for k, v in dict(cvr="", ean="", email="", pay="Bankoverførsel", note="", cc="DK", amb=False).items():
        kw.setdefault(k, v)
    buyers.append(kw)
def person(): return rng.choice(FIRST), rng.choice(LAST)
def pm(f, l, d=None): return f"{f.lower()}{rng.choice(['.', '', '_'])}{l.lower()}@{d or rng.choice(FREE)}".replace("ø", "oe").replace("å", "aa").replace("æ", "ae")

for _ in range(22):
    n, d = rng.choice(COMP)
    kind = "company" if ("ApS" in n or "A/S" in n) else ("housing_cooperative" if "Andels" in n else ("association" if "Boldklub" in n else "sole_trader"))
    add(name=n, kind=kind, label="B2B", cvr=cvr(n), email=("faktura@" + d) if d != "gmail.com" else pm("hanne", "olsen", d), goods="biz",
        note=rng.choice(["", "", "Rekvisition " + str(rng.randint(1000, 9999)), "Firmacykler til medarbejdere"]))
for _ in range(16):
    n, d, k = rng.choice(GOV)
    add(name=n, kind=k, label="B2G", cvr=cvr(n), ean="57980" + str(rng.randint(10000000, 99999999)), email=pm(*person(), d), goods="biz",
        note=rng.choice(["", "Hjemmeplejen Nord", "Ordrenr. " + str(rng.randint(4500000000, 4599999999)), "EAN-faktura via NemHandel"]))
for _ in range(26):
    f, l = person()
    add(name=rng.choice([f"{f} {l}", f"{l}, {f}", f"{f} {l}".upper(), f"{f} {l} "]), kind="private_person", label="B2C",
        email=pm(f, l) if rng.random() < 0.7 else "", goods="home", pay=rng.choice(["MobilePay", "Kort", "Bankoverførsel", "Kontant"]))
for _ in range(40):
    add(name="", kind="anonymous_card_sale", label="B2C", goods="card", pay="SumUp kortbetaling")
# ambiguous
for _ in range(3):
    add(name="", kind="payout_line_no_buyer", label="B2C", amb=True, goods="payout", pay="SumUp udbetaling")
f, l = person(); add(name=f"{f} {l}", kind="person_gov_email_household", label="B2C", amb=True, email=pm(f, l, "kk.dk"), goods="home1", pay="Kort")
f, l = person(); add(name=f"{f} {l}", kind="person_company_email_household", label="B2C", amb=True, email=pm(f, l, "maersk.com"), goods="home1", pay="MobilePay")
add(name="Arkitektfirmaet Holm ApS", kind="company_household_item", label="B2B", amb=True, cvr=cvr("Arkitektfirmaet Holm ApS"), goods="home1")
add(name="Blomsterbutikken v/Hanne Olsen", kind="sole_trader_personal_purchase", label="B2B", amb=True, cvr=cvr("Blomsterbutikken v/Hanne Olsen"), goods="kid", pay="Kort")
add(name="DSB", kind="state_owned_company_procurement", label="B2B", amb=True, cvr=cvr("DSB"), email="indkob@dsb.dk", goods="biz", note="Udbud jf. forsyningsvirksomhedsdirektivet, kontrakt 2024-0419")
add(name="UNOPS", kind="international_org", label="B2B", amb=True, email="procurement@unops.org", goods="biz", note="UN City, Marmorvej 51")
add(name="UNICEF Supply Division", kind="international_org", label="B2B", amb=True, email="supply@unicef.org", goods="biz")
f, l = person(); add(name=f"{f} {l}", kind="private_person_for_resale", label="B2B", amb=True, email=pm(f, l), goods="home1", note="Til videresalg i min butik")
f, l = person(); add(name=f"{f} {l}", kind="private_person_bulk", label="B2C", amb=True, email=pm(f, l), goods="bulk", pay="MobilePay")
add(name="Vesterbro Ny Skole", kind="municipal_school_household_item", label="B2G", amb=True, ean="5798009" + str(rng.randint(100000, 999999)), email="vns@kk.dk", goods="home1")
for _ in range(2):
    add(name="", kind="product_only_business_goods", label="B2B", amb=True, goods="thin_biz", pay="")
rng.shuffle(buyers)

HEAD = ["Fakturanr.", "Fakturadato", "Forfaldsdato", "Kunde", "CVR-nr.", "EAN-nr.", "E-mail", "Produkt", "Antal", "Enhedspris", "Moms %",
        "Beløb ekskl. moms", "Beløb inkl. moms", "Status", "Betalingsmetode", "Bemærkninger"]
rows, labels = [], []
d0 = date(2024, 2, 1); num = 2187
for b in buyers:
    g = b["goods"]
    if g == "biz": lines = [rng.choice(BIZ) for _ in range(rng.randint(1, 3))]
    elif g == "home": lines = [rng.choice(HOME)] + ([("Cykelkurv Basil", 349.00)] if rng.random() < 0.3 else [])
    elif g in ("home1", "kid"): lines = [rng.choice(HOME[:2])]
    elif g == "bulk": lines = [("Cykellås Abus Bordo 6000", 649.00)]
    elif g == "card": lines = [rng.choice(HOME[2:] + BIZ[4:8])]
    elif g == "payout": lines = [("Udbetaling kortbetalinger", round(rng.uniform(3000, 14000), 2))]
    else: lines = [rng.choice(BIZ[8:] + BIZ[:1])]
    d0 += timedelta(days=rng.randint(0, 1)); num += 1
    st = "Betalt" if g in ("card", "payout") else rng.choice(["Betalt", "Betalt", "Ubetalt", "Forfalden"])
    seen = set()
    for prod, price in lines:
        if prod in seen: continue
        seen.add(prod)
        q = 1 if g != "biz" else rng.randint(1, 8)
        if g == "bulk": q = 30
        net = round(q * price / 1.25, 2) if g in ("card", "payout") else round(q * price, 2)
        gross = round(net * 1.25, 2)
        unit = fmt_num(price / 1.25 if g in ("card", "payout") else price)
        rows.append([str(num) if g not in ("card", "payout") else "", d0.strftime("%d-%m-%Y"), "" if g in ("card", "payout") else (d0 + timedelta(days=rng.choice([8, 14, 30]))).strftime("%d-%m-%Y"),
                     b["name"], b["cvr"], b["ean"], b["email"], prod, str(q), unit, "25", fmt_num(net), fmt_num(gross), st, b["pay"], b["note"]])
        labels.append((b["label"], b["amb"], b["kind"], b["cc"]))
buf = io.StringIO(); w = csv.writer(buf, delimiter=";", lineterminator="\r\n"); w.writerow(HEAD); w.writerows(rows)
(OUT / "layouts" / f"{KID}.csv").write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
write_key(KID, {
    "system": "SumUp Fakturering (formerly Debitoor), Denmark - invoice overview exported to CSV together with imported SumUp card income, one row per line",
    "country": "DK", "language": "da",
    "docs": ["help.sumup.com (da) 'Generer en faktura ved hjælp af din SumUp-profil': Fakturanummer, Fakturadato, Forfaldsdato/Betalingsbetingelser, kunde with momsnummer/e-mail, Produkt, mængde, momsprocent, pris, Fakturabetingelser - gave the field set and Danish names",
             "help.debitoor.com 'SumUp anbinden': SumUp card transactions are imported as income without a customer ('Sonstige Einnahme'), fees and payouts booked separately - gave anonymous card-sale rows and payout rows",
             "No public page lists the exact CSV headers; ';' delimiter, UTF-8 BOM, comma decimals, dd-mm-yyyy are the Danish Excel conventions assumed; EAN-nr. column because Danish public buyers are invoiced by EAN (NemHandel)"],
    "fields": {"buyer": "Kunde", "product": "Produkt", "quantity": "Antal", "amount": "Beløb inkl. moms", "tax_id": "CVR-nr.", "email": "E-mail", "payment": "Betalingsmetode", "comment": "Bemærkninger"},
    "also_ok": {"amount": ["Beløb ekskl. moms"], "tax_id": ["EAN-nr."]},
    "notes": "One row per invoice line; rows sharing Fakturanr. are one invoice. Rows with empty Fakturanr. and empty Kunde are SumUp card sales imported as income (anonymous retail, B2C) or 'Udbetaling kortbetalinger' payout lines (no buyer, B2C ambiguous). CVR-nr. values pass the mod-11 check. No title/totals lines."}, labels)
print(KID, len(rows))
