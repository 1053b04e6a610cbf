"""EE: Merit Aktiva - sales invoice lines report exported to Excel (one row per invoice line)."""
import datetime as dt
import random

from openpyxl import Workbook

from gc_common import LAYOUTS, ee_isikukood, ee_kmkr, ee_regcode, save_xlsx, summary, write_key

PID = "gc_ee_merit_aktiva_myygiarved_read"
rng = random.Random(9202)

# seller: office furniture / IT / appliances reseller. (item code, description, unit, net unit price EUR)
BIZ = [
    ("LAP-DELL5440", "Sülearvuti Dell Latitude 5440 i5 16GB 512GB", "tk", 1089.00),
    ("MON-P2723D", "Monitor Dell P2723D 27\" QHD", "tk", 319.00),
    ("PRN-M479", "Printer HP Color LaserJet Pro MFP M479fdw", "tk", 529.00),
    ("TON-CF410X", "Tooner HP 410X must CF410X", "tk", 129.00),
    ("PAB-A4", "Koopiapaber Data Copy A4 80g 500 lehte", "pakk", 5.90),
    ("TOOL-ERGO", "Kontoritool Kinnarps Capella", "tk", 412.00),
    ("LAUD-160", "Tõstetav töölaud 160x80 cm", "tk", 489.00),
    ("SW-M365BS", "Microsoft 365 Business Standard (1 a)", "tk", 137.00),
    ("SRV-T150", "Server Dell PowerEdge T150", "tk", 2240.00),
    ("NAS-DS923", "Synology DiskStation DS923+", "tk", 579.00),
    ("UPS-1500", "UPS APC Smart-UPS 1500VA", "tk", 615.00),
    ("SERV-PAIG", "IT-tugi, paigaldustööd", "h", 55.00),
]
HOME = [
    ("KOH-JURA", "Kohvimasin Jura E8", "tk", 879.00),
    ("TV-LG55", "Teler LG 55UR78003LK 55\"", "tk", 449.00),
    ("VEEK-PHI", "Veekeetja Philips HD9350", "tk", 39.90),
    ("KULM-BOS", "Külmik Bosch KGN36VLEC", "tk", 649.00),
    ("TOLM-DYS", "Tolmuimeja Dyson V12 Detect Slim", "tk", 559.00),
    ("MIKR-SAM", "Mikrolaineahi Samsung MS23K3513AW", "tk", 119.00),
    ("OHUS-MIT", "Õhksoojuspump Mitsubishi Electric MSZ-LN35", "tk", 1390.00),
    ("TEL-IPH", "Nutitelefon Apple iPhone 15 128GB", "tk", 749.00),
    ("LAP-MBA", "Sülearvuti Apple MacBook Air 13 M3", "tk", 1079.00),
]
FN_M = ["Jaan", "Andres", "Toomas", "Mart", "Priit", "Rein", "Margus", "Kristjan", "Siim", "Rasmus"]
FN_F = ["Mari", "Kadri", "Liis", "Triin", "Kristiina", "Anne", "Tiina", "Helen", "Piret", "Katrin"]
LN = ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel", "Lepik", "Kuusk", "Ivanov", "Smirnova"]
FREEMAIL = ["gmail.com", "hot.ee", "mail.ee", "online.ee", "outlook.com"]
COMPANIES = [("Telia Eesti AS", "telia.ee"), ("Bolt Operations OÜ", "bolt.eu"), ("Rimi Eesti Food AS", "rimi.ee"),
             ("Pipedrive OÜ", "pipedrive.com"), ("Skeleton Technologies OÜ", "skeletontech.com"),
             ("Ericsson Eesti AS", "ericsson.com"), ("Tallink Grupp AS", "tallink.ee"), ("Selver AS", "selver.ee"),
             ("OÜ Raamatupidamisbüroo Arvestus", "arvestus.ee"), ("Hambakliinik Kaarli OÜ", "kaarlikliinik.ee"),
             ("AS Tallinna Vesi", "tallinnavesi.ee"), ("Cleveron AS", "cleveron.com"), ("Ehituse ABC AS", "ehituseabc.ee"),
             ("NORDEKA ehitus OÜ", "nordeka.ee")]
FIE = ["Mari Kask FIE", "Andres Sepp FIE", "Piret Rebane FIE", "Toomas Mägi FIE"]
NGO = [("MTÜ Eesti Pagulasabi", "non_profit", "pagulasabi.ee"), ("Korteriühistu Lille 4", "hoa", None),
       ("EELK Tallinna Jaani Kogudus", "church", "jaani.ee"), ("Eesti Punane Rist", "non_profit", "redcross.ee")]
GOV = [("Tallinna Linnakantselei", "municipality", "tallinnlv.ee"), ("Tartu Linnavalitsus", "municipality", "raad.tartu.ee"),
       ("Politsei- ja Piirivalveamet", "state_agency", "politsei.ee"), ("Maksu- ja Tolliamet", "state_agency", "emta.ee"),
       ("Riigi Tugiteenuste Keskus", "state_agency", "rtk.ee"), ("Kaitseressursside Amet", "armed_forces_agency", "mod.gov.ee"),
       ("Tartu Ülikool", "public_university", "ut.ee"), ("Tallinna Tehnikaülikool", "public_university", "taltech.ee"),
       ("Tallinna 21. Kool", "public_school", "21k.ee"), ("Tartu Mart Reiniku Kool", "public_school", "reiniku.tartu.ee"),
       ("Eesti Töötukassa", "state_fund", "tootukassa.ee"), ("Soome Suursaatkond Tallinnas", "embassy", "formin.fi"),
       ("Viimsi Vallavalitsus", "municipality", "viimsivv.ee")]
STATE_CO = [("Eesti Energia AS", "energia.ee"), ("Elering AS", "elering.ee"), ("AS Tallinna Sadam", "ts.ee"),
            ("AS Eesti Raudtee", "evr.ee")]
INTL = [("eu-LISA", "eulisa.europa.eu", "EE"), ("NATO CCDCOE", "ccdcoe.org", "EE")]
HOSP = [("SA Tartu Ülikooli Kliinikum", "kliinikum.ee"), ("SA Põhja-Eesti Regionaalhaigla", "regionaalhaigla.ee")]

PAY_B = ["Pangaülekanne"] * 4 + ["E-arve"]
PAY_C = ["Kaardimakse", "Kaardimakse", "Sularaha", "Pangaülekanne"]


def asc(s):
    return s.lower().replace("ä", "a").replace("õ", "o").replace("ö", "o").replace("ü", "u")


def person():
    f = rng.random() < .5
    fn = rng.choice(FN_F if f else FN_M)
    return fn, rng.choice(LN), f


def bl(qmax=5, n=None):
    n = n or rng.choice([1, 1, 2, 2, 3])
    return [(it, rng.randint(1, qmax) if it[2] != "h" else rng.randint(2, 12)) for it in rng.sample(BIZ, n)]


def hl(n=1):
    return [(it, 1) for it in rng.sample(HOME, n)]


def order(kind):
    b = dict(name="", reg="", kmkr="", country="EE", email="", pay="", note="")
    lab, amb, k = "B2C", False, kind
    if kind == "private_person":
        fn, ln, f = person()
        b["name"] = rng.choice([f"{fn} {ln}", f"{fn} {ln}", f"{ln}, {fn}", f"{fn.upper()} {ln.upper()}"])
        b["reg"] = ee_isikukood(rng, f) if rng.random() < .35 else ""
        b["email"] = f"{asc(fn)}.{asc(ln)}@{rng.choice(FREEMAIL)}" if rng.random() < .8 else ""
        b["pay"] = rng.choice(PAY_C)
        lines = hl(rng.choice([1, 1, 2])) if rng.random() < .75 else bl(1, 1)
    elif kind == "company":
        nm, dom = rng.choice(COMPANIES)
        b.update(name=nm, reg=ee_regcode(rng, 1), kmkr=ee_kmkr(rng) if rng.random() < .85 else "",
                 email=rng.choice(["arved", "info", "raamatupidamine", "ost"]) + "@" + dom, pay=rng.choice(PAY_B),
                 note=rng.choice(["", "", f"Tellimus nr {rng.randint(1000, 9999)}", "Kontorisse", "Lattu"]))
        lines = bl(8)
        lab = "B2B"
    elif kind == "foreign_company":
        nm, dom, cc = rng.choice([("Kesko Oyj", "kesko.fi", "FI"), ("SIA Tet", "tet.lv", "LV"), ("UAB Telia Lietuva", "telia.lt", "LT")])
        b.update(name=nm, country=cc, kmkr=cc + str(rng.randint(10 ** {"FI": 7, "LV": 10, "LT": 8}[cc], 10 ** {"FI": 8, "LV": 11, "LT": 9}[cc] - 1)), email="invoices@" + dom,
                 pay="Pangaülekanne")
        lines = bl(6)
        lab, k = "B2B", "company"
        return b, lines, lab, amb, k, cc
    elif kind == "company_household":
        nm, dom = rng.choice(COMPANIES)
        b.update(name=nm, reg=ee_regcode(rng, 1), kmkr=ee_kmkr(rng), email="info@" + dom, pay=rng.choice(["Pangaülekanne", "Kaardimakse"]))
        lines = hl(1)
        lab, amb = "B2B", True
    elif kind == "sole_trader":
        nm = rng.choice(FIE)
        b.update(name=nm, reg=ee_regcode(rng, 1), email=asc(nm.split()[0]) + "@" + rng.choice(FREEMAIL), pay=rng.choice(PAY_B))
        lines = bl(3)
        lab = "B2B"
    elif kind == "sole_trader_card_household":
        nm = rng.choice(FIE)
        b.update(name=nm, reg=ee_regcode(rng, 1), pay="Kaardimakse")
        lines = hl(1)
        lab, amb = "B2B", True
    elif kind == "non_profit":
        nm, k, dom = rng.choice(NGO)
        b.update(name=nm, reg=ee_regcode(rng, 8), email=("info@" + dom) if dom else "", pay="Pangaülekanne")
        lines = bl(3)
        lab = "B2B"
    elif kind == "gov":
        nm, k, dom = rng.choice(GOV)
        b.update(name=nm, reg=ee_regcode(rng, 7) if k != "embassy" else "", email=rng.choice(["info", "arved", "hanked"]) + "@" + dom,
                 pay="E-arve", note=rng.choice(["", "", f"Riigihange {rng.randint(270000, 289999)}", f"Ostutellimus {rng.randint(100, 999)}/2025"]))
        if k == "embassy":
            b["country"] = "FI"
            b["pay"] = "Pangaülekanne"
        lines = bl(10)
        lab = "B2G"
    elif kind == "gov_household":
        nm, k, dom = rng.choice([g for g in GOV if g[1] in ("public_school", "municipality", "state_agency")])
        b.update(name=nm, reg=ee_regcode(rng, 7), email="info@" + dom, pay="E-arve")
        lines = hl(1)
        lab, amb = "B2G", True
    elif kind == "state_owned_company":
        nm, dom = rng.choice(STATE_CO)
        proc = rng.random() < .5
        b.update(name=nm, reg=ee_regcode(rng, 1), kmkr=ee_kmkr(rng), email="arved@" + dom, pay="E-arve",
                 note=f"Riigihange nr {rng.randint(270000, 289999)}, raamleping" if proc else "")
        lines = bl(10)
        lab, amb = "B2B", proc
        k = "state_owned_company_procurement" if proc else "state_owned_company"
    elif kind == "public_hospital_foundation":
        nm, dom = rng.choice(HOSP)
        b.update(name=nm, reg=ee_regcode(rng, 9), kmkr=ee_kmkr(rng), email="arved@" + dom, pay="E-arve",
                 note=f"Riigihange {rng.randint(270000, 289999)}")
        lines = bl(6)
        lab, amb = "B2G", True
    elif kind == "international_org":
        nm, dom, cc = rng.choice(INTL)
        b.update(name=nm, email="procurement@" + dom, pay="Pangaülekanne")
        lines = bl(5)
        lab, amb = "B2B", True
    elif kind == "person_company_email":
        fn, ln, f = person()
        dom = rng.choice(["telia.ee", "politsei.ee", "ut.ee", "mil.ee", "bolt.eu"])
        b.update(name=f"{fn} {ln}", email=f"{asc(fn)}.{asc(ln)}@{dom}", pay="Kaardimakse", note=rng.choice(["", "Kojuvedu"]))
        lines = hl(1)
        lab, amb = "B2C", True
    elif kind == "person_states_business":
        fn, ln, f = person()
        b.update(name=f"{fn} {ln}", email=f"{asc(fn)}{rng.randint(1, 99)}@{rng.choice(FREEMAIL)}", pay="Pangaülekanne",
                 note=rng.choice(["Töö jaoks, arve palun", "Edasimüügiks", "Kasutan oma äris"]))
        lines = bl(3, 1)
        lab, amb = "B2B", True
    elif kind == "thin":
        b.update(name=rng.choice(["Klient", "Eraisik", "M. Tamm"]), pay="")
        lines = hl(1)
        lab, amb = "B2C", True
        k = "thin_record"
    else:
        raise ValueError(kind)
    return b, lines, lab, amb, k, b["country"]


KINDS = [("private_person", 24), ("company", 28), ("foreign_company", 3), ("company_household", 2.5), ("sole_trader", 5),
         ("sole_trader_card_household", 1.2), ("non_profit", 4), ("gov", 15), ("gov_household", 2.5),
         ("state_owned_company", 3.5), ("public_hospital_foundation", 1.2), ("international_org", 1.2),
         ("person_company_email", 2.5), ("person_states_business", 1.5), ("thin", 1.5)]

HEADER = ["Arve nr", "Kuupäev", "Maksetähtaeg", "Klient", "Registrikood", "KMKR nr", "Riik", "E-post", "Artikkel",
          "Kirjeldus", "Kogus", "Ühik", "Hind", "Summa", "KM", "Summa kokku", "Makseviis", "Kommentaar"]


def main():
    rows, labels = [], []
    seen = {}
    no = 25100
    day = dt.date(2025, 1, 2)
    while len(rows) < 190:
        kind = rng.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
        b, lines, lab, amb, k, cc = order(kind)
        if b["name"] not in ("", "Klient", "Eraisik"):  # one customer card per name
            card = seen.setdefault(b["name"].strip().lower(), {f: b[f] for f in ("reg", "kmkr")})
            b.update(card)
        no += 1
        day += dt.timedelta(days=rng.choice([0, 0, 1]))
        due = day + dt.timedelta(days=14 if lab != "B2C" else 7)
        vatrate = 0.22 if day < dt.date(2025, 7, 1) else 0.24
        for (code, desc, unit, price), q in lines:
            net = round(price * q, 2)
            vat = round(net * vatrate, 2) if cc == "EE" else 0.0
            rows.append([str(no), day, due, b["name"], b["reg"], b["kmkr"], b["country"], b["email"], code, desc, q, unit,
                         price, net, vat, round(net + vat, 2), b["pay"], b["note"]])
            labels.append((lab, amb, k, cc))
    wb = Workbook()
    ws = wb.active
    ws.title = "Müügiarved"
    ws.append(["Müügiarvete aruanne (arve read)"])
    ws.append(["Periood: 01.01.2025 - 31.03.2025"])
    ws.append([])
    ws.append(HEADER)
    for r in rows:
        ws.append([v if v != "" else None for v in r])
    n = len(rows)
    ws.append([])
    ws.append(["Kokku", None, None, None, None, None, None, None, None, None, None, None, None,
               round(sum(r[13] for r in rows), 2), round(sum(r[14] for r in rows), 2), round(sum(r[15] for r in rows), 2)])
    for row in ws.iter_rows(min_row=5, max_row=4 + n):
        row[1].number_format = "DD.MM.YYYY"
        row[2].number_format = "DD.MM.YYYY"
        for c in row[12:16]:
            c.number_format = "#,##0.00"
    wb.properties.creator = "Merit Aktiva"
    wb.properties.created = dt.datetime(2025, 4, 2, 9, 15)
    wb.properties.modified = dt.datetime(2025, 4, 2, 9, 15)
    save_xlsx(wb, LAYOUTS / f"{PID}.xlsx")
    key = {
        "id": PID,
        "system": "Merit Aktiva (Estonia), sales invoices (Müük > Müügiarved) line report exported to Excel",
        "country": "EE", "language": "et",
        "docs": ["help.amsgroup.ee guide to issuing sales invoices in Merit Aktiva: client card fields Kliendi nimi, "
                 "Registrikood, Käibemaksukohustuslase number, flag 'Füüsiline isik või välismaine ettevõte', Riik, "
                 "Maksetähtaeg; invoice line fields Kaup/teenus (artikkel), Kirjeldus, Kogus, ühiku hind.",
                 "merit.ee release notes: sales invoices may be sent as e-invoices (mandatory to state bodies since 01.07.2019), "
                 "sales reports by client/country exportable; Excel export of reports.",
                 "Column short forms (KMKR nr, KM, Summa kokku) follow the usual Estonian invoice/report wording; exact export "
                 "header text of this report was not found in the docs and is reconstructed."],
        "fields": {"buyer": "Klient", "product": "Kirjeldus", "quantity": "Kogus", "amount": "Summa kokku",
                   "tax_id": "Registrikood", "email": "E-post", "payment": "Makseviis", "comment": "Kommentaar"},
        "also_ok": {"amount": ["Summa"], "tax_id": ["KMKR nr"], "product": ["Artikkel"]},
        "notes": "XLSX, sheet 'Müügiarved'. Two title lines and a blank line above the header (header on Excel row 4: "
                 "read with header=3); a blank line and a 'Kokku' totals line after the data (not records). One row per "
                 "invoice line; lines of one invoice share Arve nr and buyer. Summa = net, KM = VAT 22% (0 for EU reverse "
                 "charge), Summa kokku = gross. Registrikood holds the 8-digit registry code (1... companies, 7... state "
                 "and local government, 8... NGOs, 9... foundations) or an 11-digit isikukood for some private persons. "
                 "'Makseviis' E-arve = invoice delivered as e-invoice and paid by transfer.",
    }
    write_key(key, labels)
    summary(PID, labels)


if __name__ == "__main__":
    main()
