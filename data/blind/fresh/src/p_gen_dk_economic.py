"""p_dk_economic_fakturaer: e-conomic booked invoices with lines, CSV ';' decimal comma, Windows-1252."""
import datetime as dt
import os
import random

from p_common import Cat, lines_for, write_labels, write_key, fmt_num, LAYOUTS, KEY

ID = "p_dk_economic_fakturaer"
rng = random.Random(8000)

CAT = Cat([
    ("Tavlearbejde, ny gruppetavle erhverv", "1010", "stk.", 8900.00, 25, "biz"),
    ("Nødbelysning LED-armatur inkl. montering", "1020", "stk.", 1450.00, 25, "biz"),
    ("Serviceaftale erhverv, kvartal", "1030", "kvartal", 2400.00, 25, "biz"),
    ("Kabelbakke 300 mm", "1040", "meter", 185.00, 25, "biz"),
    ("Lysstyring DALI-kontroller", "1050", "stk.", 3200.00, 25, "biz"),
    ("Termografering af el-tavle", "1060", "stk.", 1650.00, 25, "biz"),
    ("Zaptec Pro ladestander inkl. montering (erhverv)", "1070", "stk.", 11900.00, 25, "biz"),
    ("Stikledning 5G10", "1080", "meter", 96.00, 25, "biz"),
    ("Arbejdsløn, elektriker", "2000", "timer", 595.00, 25, "both"),
    ("Arbejdsløn, lærling", "2010", "timer", 345.00, 25, "both"),
    ("Kørsel", "2020", "stk.", 395.00, 25, "both"),
    ("LK Fuga stikkontakt 1-modul", "3010", "stk.", 89.00, 25, "both"),
    ("LED-panel 60x60 36 W", "3020", "stk.", 420.00, 25, "both"),
    ("Kabel PKL 3G1,5", "3030", "meter", 14.50, 25, "both"),
    ("HPFI-relæ 40 A 4-polet", "3040", "stk.", 690.00, 25, "both"),
    ("Materialer, småt", "3050", "stk.", 250.00, 25, "both"),
    ("Fejlfinding", "2030", "timer", 595.00, 25, "both"),
    ("Easee Home ladeboks 22 kW inkl. installation", "4010", "stk.", 9995.00, 25, "home"),
    ("Installation af emhætte", "4020", "stk.", 1200.00, 25, "home"),
    ("Udskiftning af el-tavle i parcelhus", "4030", "stk.", 7800.00, 25, "home"),
    ("Elektrisk gulvvarme 2 m², badeværelse", "4040", "stk.", 3900.00, 25, "home"),
    ("Tilslutning af induktionskomfur", "4050", "stk.", 895.00, 25, "home"),
    ("Ophængning af lampe", "4060", "stk.", 450.00, 25, "home"),
    ("Røgalarm med 10 års batteri", "4070", "stk.", 249.00, 25, "home"),
    ("Ring Video Doorbell inkl. installation", "4080", "stk.", 1595.00, 25, "home"),
])

FIRST = ["Mette", "Lars", "Anne", "Jens", "Hanne", "Peter", "Susanne", "Michael", "Camilla", "Søren", "Louise",
         "Rasmus", "Maria", "Niels", "Line", "Thomas", "Kirsten", "Mads", "Sofie", "Henrik", "Ida", "Martin",
         "Birgitte", "Frederik", "Pia", "Anders"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen",
        "Møller", "Mortensen", "Holm", "Lund", "Bach", "Dahl"]
FREEMAIL = ["gmail.com", "hotmail.com", "mail.dk", "live.dk", "outlook.dk", "jubii.dk", "yahoo.dk", "icloud.com"]
CITY = [("2100", "København Ø"), ("2200", "København N"), ("2000", "Frederiksberg"), ("2800", "Kongens Lyngby"),
        ("2860", "Søborg"), ("2600", "Glostrup"), ("2300", "København S"), ("8000", "Aarhus C")]


def slug(s):
    t = s.lower()
    for a, b in [("æ", "ae"), ("ø", "oe"), ("å", "aa"), (" ", ""), ("-", "")]:
        t = t.replace(a, b)
    return t


def cvr():
    return str(rng.randint(10000000, 44999999))


def ean():
    return "5798" + "".join(str(rng.randint(0, 9)) for _ in range(9))


def C(name, kind, label, email=None, tax=None, ean_no=None, ref=None, mode=None, comment=None, amb=False,
      country="DK", pay=None, orders=1, att=None):
    return dict(name=name, kind=kind, label=label, email=email, cvr=tax, ean=ean_no, ref=ref, mode=mode,
                comment=comment, amb=amb, country=country, pay=pay, orders=orders, att=att)


SPECS = [
    # B2G
    C("Københavns Kommune, Teknik- og Miljøforvaltningen", "dk_municipality", "B2G", None, "64942212", ean(),
      ref="Indkøbsordre 7100234511", orders=3),
    C("Frederiksberg Kommune", "dk_municipality", "B2G", "bygningsdrift@frederiksberg.dk", "11259979", ean(), orders=2),
    C("Gladsaxe Kommune, Ejendomsafdelingen", "dk_municipality", "B2G", None, "62761113", ean()),
    C("Aarhus Kommune, Børn og Unge", "dk_municipality", "B2G", None, "55133018"),
    C("Lyngby-Taarbæk Kommune", "dk_municipality", "B2G", "ejendomme@ltk.dk", "11715311"),
    C("Region Hovedstaden, Center for Ejendomme", "dk_region", "B2G", None, "29190623", ean(), orders=2),
    C("Region Midtjylland", "dk_region", "B2G", None, "29190925", ean()),
    C("Rigshospitalet, Teknisk Afdeling", "public_hospital", "B2G", None, "29190623", ean(),
      comment="Levering til Blegdamsvej 9, opgang 3"),
    C("Herlev og Gentofte Hospital", "public_hospital", "B2G", None, None, ean()),
    C("Københavns Universitet, Campusservice", "public_university", "B2G", "campusservice@ku.dk", "29979812", ean(),
      orders=2),
    C("DTU – Danmarks Tekniske Universitet", "public_university", "B2G", None, "30060946", ean()),
    C("Bygningsstyrelsen", "dk_national_agency", "B2G", None, "58182516", ean(), ref="BYGST-24-1187"),
    C("Vejdirektoratet", "dk_national_agency", "B2G", None, "60729018"),
    C("Forsvarsministeriets Ejendomsstyrelse", "dk_national_agency", "B2G", None, "16287180", ean(),
      comment="Arbejde udført på Kastellet"),
    C("Den Kongelige Livgarde, Høvelte Kaserne", "armed_forces", "B2G", None, None, ean()),
    C("Københavns Politi", "dk_police", "B2G", None, None, ean()),
    C("Retten i Glostrup", "dk_court", "B2G", None, None),
    C("Kildevældsskolen, Københavns Kommune", "public_school", "B2G", None, None, ean()),
    C("Hasle Skole, Aarhus Kommune", "public_school", "B2G", "hasle.skole@mbu.aarhus.dk"),
    C("Hovedstadens Beredskab", "dk_municipal_body", "B2G", None, "36863579"),
    C("Embassy of the United States of America, Copenhagen", "embassy", "B2G", None, country="US"),
    C("Tysklands Ambassade i København", "embassy", "B2G", None, country="DE"),
    C("Brøndby Strand Skole, Brøndby Kommune", "public_school_household_item", "B2G", None, None, ean(),
      mode="sku:4050", amb=True, comment="Skolekøkkenet"),
    # B2B
    C("Novo Nordisk A/S", "company_with_legal_form", "B2B", None, "24256790", ean(), ref="PO 4512398871"),
    C("Carlsberg Danmark A/S", "company_with_legal_form", "B2B", None, "25508343"),
    C("Tømrerfirmaet Hansen & Søn ApS", "company_with_legal_form", "B2B", "kontor@hansen-soen.dk", cvr(), orders=2),
    C("Jensens Bøfhus A/S", "company_with_legal_form", "B2B", None, cvr()),
    C("Ejendomsselskabet Norden A/S", "company_with_legal_form", "B2B", "drift@ejd-norden.dk", cvr(), orders=3),
    C("Salling Group A/S, Netto Søborg", "company_with_legal_form", "B2B", None, "35954716"),
    C("Café Norden", "company_no_legal_form", "B2B", "info@cafenorden.dk", cvr()),
    C("Hotel Skt. Petri", "company_no_legal_form", "B2B", None, cvr()),
    C("Bageriet Brød", "company_no_legal_form", "B2B", "brod@bageriet-brod.dk", cvr()),
    C("PostNord Danmark", "state_owned_company", "B2B", None, cvr()),
    C("Frisør Lotte v/Lotte Sørensen", "sole_trader_trade_name", "B2B", "frisorlotte@mail.dk", cvr()),
    C("Malerfirma Kim Nielsen", "sole_trader_trade_name", "B2B", "kim.maler@gmail.com", cvr()),
    C("Tandklinikken Østerbro v/Peter Holm", "sole_trader_trade_name", "B2B", "klinik@tandlaegeholm.dk", cvr()),
    C("Fysioterapi Lund v/Mette Lund", "sole_trader_trade_name", "B2B", None, cvr()),
    C("A/B Søpassagen 12", "homeowners_association", "B2B", "bestyrelsen@absoepassagen.dk", cvr(), orders=2),
    C("E/F Nørrebrogade 20", "homeowners_association", "B2B", None, cvr(),
      comment="Administrator: DEAS A/S"),
    C("Boldklubben Frem", "non_profit", "B2B", None, cvr()),
    C("Dansk Røde Kors, Afdeling København", "national_red_cross", "B2B", None, "20700211"),
    C("Kirkens Korshær, Varmestuen Vesterbro", "religious_organisation", "B2B", None),
    C("Sankt Ansgars Katolske Kirke", "religious_organisation", "B2B", None),
    C("Forældreforeningen ved Hasle Skole", "parents_association", "B2B", "foraeldre.hasle@gmail.com"),
    C("Sankt Petri Skole", "private_school", "B2B", None, cvr()),
    C("Aleris-Hamlet Hospitaler A/S", "private_hospital", "B2B", None, cvr()),
    # B2B ambiguous
    C("Sund & Bælt Holding A/S", "state_owned_company_procurement", "B2B", None, "10634192",
      ref="Udbud SB-2024-017, delaftale 2", amb=True),
    C("UNICEF Supply Division", "international_org", "B2B", None, amb=True, comment="UN City, Marmorvej 51"),
    C("UNOPS", "international_org", "B2B", "procurement@unops.org", amb=True),
    C("WHO Regional Office for Europe", "international_org", "B2B", None, amb=True),
    C("Byggerådgivning Dahl ApS", "company_household_item", "B2B", "post@dahl-bygraad.dk", cvr(),
      mode="single_home", amb=True, comment="Montering på direktørens privatadresse"),
    C("VVS-Service Thomsen", "sole_trader_household_item", "B2B", "vvs.thomsen@live.dk", cvr(),
      mode="single_home", amb=True, pay="MobilePay"),
]


def priv(kind="private_person", amb=False, mode="home", label="B2C", comment=None, dom=None, pay=None):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    if dom:
        email = f"{slug(f)[:3]}{slug(l)[:2]}@{dom}"
    else:
        email = None if rng.random() < 0.25 else f"{slug(f)}{rng.choice(['.', '', '_'])}{slug(l)}{rng.choice(['', '', '75', '1'])}@{rng.choice(FREEMAIL)}"
    name = f"{f} {l}" if rng.random() < .8 else f"{f} {rng.choice(LAST)} {l}"
    return C(name, kind, label, email, mode=mode, amb=amb, comment=comment, pay=pay)


for _ in range(26):
    SPECS.append(priv())
SPECS[-4]["orders"] = 2
SPECS.append(priv("private_bulk", True, "bulk_same"))
SPECS.append(priv("person_with_gov_email", True, "single_home", dom="kk.dk", pay="Betalingskort"))
SPECS.append(priv("person_with_gov_email", True, "single_home", dom="mil.dk", pay="MobilePay",
                  comment="Privat bolig"))
SPECS.append(priv("person_states_business_use", True, "home", "B2B",
                  comment="Kunden oplyser: arbejdet er i hans udlejningslejlighed (erhvervsmæssig udlejning)"))
SPECS.append(priv("person_pays_company_invoice", True, "biz", "B2B",
                  comment="Betalt privat af indehaver på vegne af Madsen Auto ApS"))
SPECS.append(C("", "product_only_business_goods", "B2B", None, mode="bizonly_single", amb=True, pay=""))
SPECS.append(C("", "product_only_household", "B2C", None, mode="homeonly_single", amb=True, pay=""))

HEADER = ["Fakturanr.", "Dato", "Forfaldsdato", "Kundenr.", "Kundenavn", "Att.", "E-mail", "CVR-nr.", "EAN-nr.",
          "Postnr.", "By", "Jeres ref.", "Overskrift", "Linjenr.", "Varenr.", "Varenavn", "Antal", "Enhed",
          "Enhedspris", "Rabat %", "Beløb", "Moms", "Beløb inkl. moms", "Faktura i alt", "Valuta",
          "Betalingsbetingelse", "Tekst 1"]


TOK = [("Københavns Kommune", ("1599", "København V")), ("Frederiksberg", ("2000", "Frederiksberg")),
       ("Gladsaxe", ("2860", "Søborg")), ("Aarhus", ("8000", "Aarhus C")), ("Hasle", ("8210", "Aarhus V")),
       ("Lyngby", ("2800", "Kongens Lyngby")), ("Region Hovedstaden", ("3400", "Hillerød")),
       ("Region Midtjylland", ("8800", "Viborg")), ("Rigshospitalet", ("2100", "København Ø")),
       ("Herlev", ("2730", "Herlev")), ("Københavns Universitet", ("1165", "København K")),
       ("DTU", ("2800", "Kongens Lyngby")), ("Bygningsstyrelsen", ("1552", "København V")),
       ("Vejdirektoratet", ("1553", "København V")), ("Ejendomsstyrelse", ("8800", "Viborg")),
       ("Livgarde", ("3460", "Birkerød")), ("Københavns Politi", ("1567", "København V")),
       ("Glostrup", ("2600", "Glostrup")), ("Kildevæld", ("2100", "København Ø")), ("Hovedstadens Beredskab", ("2300", "København S")),
       ("Embassy", ("2100", "København Ø")), ("Ambassade", ("2100", "København Ø")), ("Brøndby", ("2660", "Brøndby Strand")),
       ("Novo Nordisk", ("2880", "Bagsværd")), ("Carlsberg", ("1799", "København V")), ("Søborg", ("2860", "Søborg")),
       ("Nørrebrogade", ("2200", "København N")), ("Sund & Bælt", ("1606", "København V")),
       ("UNICEF", ("2150", "Nordhavn")), ("UNOPS", ("2150", "Nordhavn")), ("WHO", ("2100", "København Ø")),
       ("Vesterbro", ("1620", "København V"))]


def city_for(name):
    if not name:
        return ("", "")
    for t, c in TOK:
        if t in name:
            return c
    return rng.choice(CITY)


def main():
    orders = []
    for s in SPECS:
        orders += [s] * s["orders"]
    rng.shuffle(orders)
    custs, nxt = {}, 1001
    rows, labels = [], []
    d0 = dt.date(2024, 1, 10)
    for i, s in enumerate(orders):
        if s["name"]:
            if s["name"] not in custs:
                custs[s["name"]] = nxt
                nxt += 1
            cno = str(custs[s["name"]])
        else:
            cno = "99999"
        mode = s["mode"] or ("biz" if s["label"] in ("B2B", "B2G") else "home")
        items = lines_for(rng, CAT, mode)
        date = d0 + dt.timedelta(days=int(i * 2.7) + rng.randint(0, 2))
        if s["pay"] is not None:
            pay = s["pay"]
        elif s["label"] in ("B2G",) or (s["label"] == "B2B" and mode == "biz"):
            pay = rng.choice(["Netto 30 dage", "Løbende måned + 30 dage", "Netto 8 dage"])
        else:
            pay = rng.choice(["Netto 8 dage", "Kontant", "MobilePay", "Betalingskort", "Netto 8 dage"])
        days = {"Netto 30 dage": 30, "Netto 8 dage": 8}.get(pay, 0)
        if pay == "Løbende måned + 30 dage":
            nm = (date.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            due = nm - dt.timedelta(days=1) + dt.timedelta(days=30)
        else:
            due = date + dt.timedelta(days=days)
        nets, vats = [], []
        for e, q in items:
            n = round(e[3] * q, 2)
            nets.append(n)
            vats.append(round(n * 0.25, 2))
        total = round(sum(nets) + sum(vats), 2)
        pc, by = city_for(s["name"])
        att = ""
        if s["label"] != "B2C" and s["name"] and s["kind"] not in ("sole_trader_trade_name", "person_states_business_use",
                                                                    "person_pays_company_invoice") and rng.random() < .5:
            att = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        heading = rng.choice(["Faktura", "El-arbejde", "Service", "Udført arbejde", "Installation"])
        for ln, ((e, q), n, v) in enumerate(zip(items, nets, vats), 1):
            rows.append([
                str(20240000 + 300 + i), date.strftime("%d-%m-%Y"), due.strftime("%d-%m-%Y"), cno, s["name"], att,
                s["email"] or "", s["cvr"] or "", s["ean"] or "", pc, by, s["ref"] or "", heading, str(ln), e[1],
                e[0], fmt_num(q, nd=2), e[2], fmt_num(e[3]), "0,00", fmt_num(n), fmt_num(v), fmt_num(n + v),
                fmt_num(total), "DKK", pay, s["comment"] or "",
            ])
            labels.append(dict(label=s["label"], amb=s["amb"], kind=s["kind"], country=s["country"]))
    with open(os.path.join(LAYOUTS, ID + ".csv"), "w", encoding="cp1252", newline="") as f:
        for r in [HEADER] + rows:
            out = []
            for v in r:
                v = str(v)
                if any(c in v for c in ';"\n'):
                    v = '"' + v.replace('"', '""') + '"'
                out.append(v)
            f.write(";".join(out) + "\r\n")
    write_labels(os.path.join(KEY, ID + ".labels.csv"), labels)
    write_key(os.path.join(KEY, ID + ".json"), {
        "id": ID,
        "system": "Visma e-conomic – bogførte fakturaer med fakturalinjer (CSV-eksport)",
        "country": "DK",
        "language": "da",
        "docs": [
            "e-conomic REST booked invoice model (typings of the @phasesdk/api-client-for-economic package on unpkg; "
            "restdocs.e-conomic.com referenced by the Pipedream e-conomic actions): bookedInvoiceNumber, date, dueDate, "
            "currency, netAmount, vatAmount, grossAmount, paymentTerms (name e.g. 'Netto 8 dage'), customer number, "
            "recipient {name, address, zip, city, attention, cvr, ean, publicEntryNumber}, notes {heading, textLine1}, "
            "references (customer contact / 'Jeres ref.'), lines {lineNumber, description, quantity, unitNetPrice, "
            "discountPercentage, vatAmount, totalNetAmount, product.productNumber, unit.name}. Headers are the Danish "
            "UI labels of those fields.",
            "EAN-nr. (GLN 5798...) is the recipient identifier used for OIOUBL/NemHandel e-invoices, required by Danish "
            "public buyers; filled for many public bodies and a few large companies.",
            "Danish CSV conventions: ';' separator, decimal comma and '.' thousands, dates dd-mm-yyyy; file written "
            "in Windows-1252 (æøå).",
        ],
        "fields": {
            "buyer": "Kundenavn", "product": "Varenavn", "quantity": "Antal", "amount": "Beløb", "tax_id": "CVR-nr.",
            "email": "E-mail", "payment": "Betalingsbetingelse", "comment": "Tekst 1",
        },
        "also_ok": {"amount": ["Beløb inkl. moms"]},
        "notes": "Header on line 1, one row per invoice line, no totals line. All lines of one Fakturanr. share a "
                 "label. Kundenr. 99999 with empty Kundenavn are product-only records. Read with sep=';', "
                 "decimal=',', thousands='.', encoding='cp1252'.",
    })
    print(ID, len(rows), "rows", len(orders), "orders")


if __name__ == "__main__":
    main()
