"""SI: Minimax - Poslovanje > Izdani računi, list of issued invoice lines exported to Excel."""
import datetime as dt
import random

from openpyxl import Workbook

from gc_common import LAYOUTS, si_ddv, save_xlsx, summary, write_key

PID = "gc_si_minimax_izdani_racuni"
rng = random.Random(9303)

# seller: office supplies / IT / small appliances distributor. (artikel, EM, net unit price EUR, ddv rate)
BIZ = [
    ("Prenosnik HP ProBook 450 G10 i5/16GB/512GB", "kos", 899.00),
    ("Monitor Philips 243V7QDAB 24\"", "kos", 119.00),
    ("Tiskalnik Brother HL-L5210DN", "kos", 259.00),
    ("Toner Brother TN-3600XL", "kos", 89.90),
    ("Fotokopirni papir Navigator A4 80g, 500 listov", "zav", 5.70),
    ("Registrator A4 široki, moder", "kos", 2.35),
    ("Pisarniški stol Kastel Kyos", "kos", 329.00),
    ("Usmerjevalnik Ubiquiti UniFi Dream Machine Pro", "kos", 419.00),
    ("Strežnik Lenovo ThinkSystem ST50 V2", "kos", 1690.00),
    ("Microsoft 365 Business Basic - letna licenca", "kos", 64.80),
    ("Brezprekinitveno napajanje APC Back-UPS 950VA", "kos", 149.00),
    ("Namestitev in konfiguracija opreme", "ura", 45.00),
]
HOME = [
    ("Kavni aparat De'Longhi Magnifica Evo ECAM290.21.B", "kos", 449.00),
    ("Grelnik vode Gorenje K17FEII", "kos", 29.90),
    ("Hladilnik Gorenje NRK6192AXL4", "kos", 599.00),
    ("Televizor Samsung QE50Q60D 50\"", "kos", 529.00),
    ("Sesalnik Rowenta X-Force Flex 8.60", "kos", 279.00),
    ("Mikrovalovna pečica Gorenje MO20A3W", "kos", 84.90),
    ("Klimatska naprava Gorenje KAS35 3,5 kW", "kos", 649.00),
    ("Pametni telefon Samsung Galaxy S24 128GB", "kos", 699.00),
]
FN_M = ["Janez", "Marko", "Luka", "Matej", "Andrej", "Gregor", "Tomaž", "Peter", "Aleš", "Rok"]
FN_F = ["Maja", "Nina", "Mojca", "Petra", "Katja", "Špela", "Tina", "Barbara", "Mateja", "Urška"]
LN = ["Novak", "Horvat", "Krajnc", "Kovačič", "Zupančič", "Potočnik", "Kovač", "Mlakar", "Vidmar", "Golob", "Kos", "Turk"]
POSTE = [("1000", "Ljubljana"), ("2000", "Maribor"), ("3000", "Celje"), ("4000", "Kranj"), ("5000", "Nova Gorica"),
         ("6000", "Koper - Capodistria"), ("8000", "Novo mesto"), ("9000", "Murska Sobota"), ("1230", "Domžale")]
STREETS = ["Slovenska cesta", "Celovška cesta", "Dunajska cesta", "Partizanska cesta", "Tržaška cesta", "Prešernova ulica",
           "Cankarjeva ulica", "Ulica heroja Staneta", "Kidričeva ulica"]
FREEMAIL = ["gmail.com", "siol.net", "t-2.net", "amis.net", "hotmail.com"]
COMPANIES = [("Krka, d. d., Novo mesto", ("8000", "Novo mesto")), ("Petrol d.d., Ljubljana", ("1000", "Ljubljana")),
             ("Mercator d.o.o.", ("1000", "Ljubljana")), ("Gorenje gospodinjski aparati, d.o.o.", ("3320", "Velenje")),
             ("Outfit7 Limited d.o.o.", ("1000", "Ljubljana")), ("Kolektor Group d.o.o.", ("5280", "Idrija")),
             ("Hidria d.o.o.", ("5280", "Idrija")), ("Bellabeat d.o.o.", ("1000", "Ljubljana")),
             ("RAČUNOVODSKI SERVIS BILANCA D.O.O.", ("2000", "Maribor")), ("Zobozdravstvo Zobek d.o.o.", ("4000", "Kranj")),
             ("Gostilna Pri Lojzetu d.o.o.", ("5271", "Vipava")), ("Akrapovič d.d.", ("1295", "Ivančna Gorica"))]
SP = ["Janez Kovač s.p.", "AVTOMEHANIKA MLAKAR, Rok Mlakar s.p.", "Frizerski salon Tina, Tina Golob s.p.",
      "Odvetnik Peter Vidmar", "Mateja Krajnc s.p. - računovodske storitve"]
NGO = [("Društvo prijateljev mladine Ljubljana Moste-Polje", "non_profit"), ("Rdeči križ Slovenije", "non_profit"),
       ("Župnija Ljubljana - Šentjakob", "church"), ("Gasilsko društvo Domžale - mesto", "non_profit")]
GOV = [("Mestna občina Ljubljana", "municipality", "ljubljana.si", ("1000", "Ljubljana")),
       ("Mestna občina Maribor", "municipality", "maribor.si", ("2000", "Maribor")),
       ("Občina Domžale", "municipality", "domzale.si", ("1230", "Domžale")),
       ("Republika Slovenija, Ministrstvo za notranje zadeve", "ministry", "gov.si", ("1000", "Ljubljana")),
       ("Policijska uprava Celje", "police", "policija.si", ("3000", "Celje")),
       ("Finančna uprava Republike Slovenije", "state_agency", "gov.si", ("1000", "Ljubljana")),
       ("Univerza v Ljubljani, Fakulteta za računalništvo in informatiko", "public_university", "fri.uni-lj.si", ("1000", "Ljubljana")),
       ("Univerza v Mariboru", "public_university", "um.si", ("2000", "Maribor")),
       ("Univerzitetni klinični center Ljubljana", "public_hospital", "kclj.si", ("1000", "Ljubljana")),
       ("Osnovna šola Prežihovega Voranca Ljubljana", "public_school", "guest.arnes.si", ("1000", "Ljubljana")),
       ("Gimnazija Kranj", "public_school", "gimkr.si", ("4000", "Kranj")),
       ("Zavod za zdravstveno zavarovanje Slovenije", "state_fund", "zzzs.si", ("1000", "Ljubljana")),
       ("Slovenska vojska, Ministrstvo za obrambo", "armed_forces", "mors.si", ("1000", "Ljubljana")),
       ("Veleposlaništvo Zvezne republike Nemčije", "embassy", "diplo.de", ("1000", "Ljubljana"))]
STATE_CO = [("Telekom Slovenije, d.d.", "telekom.si"), ("Elektro Ljubljana d.d.", "elektro-ljubljana.si"),
            ("Slovenske železnice, d.o.o.", "slo-zeleznice.si"), ("Pošta Slovenije d.o.o.", "posta.si")]
INTL = [("Agencija za sodelovanje energetskih regulatorjev (ACER)", "acer.europa.eu"),
        ("CEF - Center za razvoj financ", "cef-see.org")]

PAY_B = ["Nakazilo na TRR"] * 4 + ["Nakazilo na TRR - e-račun"]
PAY_C = ["Plačilna kartica", "Gotovina", "Nakazilo na TRR", "Plačilna kartica"]


def asc(s):
    return s.lower().replace("č", "c").replace("š", "s").replace("ž", "z")


def addr():
    return f"{rng.choice(STREETS)} {rng.randint(1, 120)}"


def bl(qmax=5, n=None):
    n = n or rng.choice([1, 1, 2, 2, 3])
    return [(it, rng.randint(1, qmax) if it[1] != "ura" else rng.randint(2, 10)) for it in rng.sample(BIZ, n)]


def hl(n=1):
    return [(it, 1) for it in rng.sample(HOME, n)]


def order(kind):
    posta = rng.choice(POSTE)
    b = dict(name="", addr=addr(), posta=posta, drz="SI", zav="N", ddv="", email="", pay="", intst="", note="")
    lab, amb, k = "B2C", False, kind
    if kind == "private_person":
        f = rng.random() < .5
        fn, ln = rng.choice(FN_F if f else FN_M), rng.choice(LN)
        b["name"] = rng.choice([f"{fn} {ln}", f"{ln} {fn}", f"{fn.upper()} {ln.upper()}", f"{fn} {ln} "])
        b["email"] = f"{asc(fn)}.{asc(ln)}@{rng.choice(FREEMAIL)}" if rng.random() < .7 else ""
        b["pay"] = rng.choice(PAY_C)
        lines = hl(rng.choice([1, 1, 2])) if rng.random() < .75 else bl(1, 1)
    elif kind == "end_consumer":
        b.update(name="Končni kupec", addr="", posta=("", ""), pay=rng.choice(["Gotovina", "Plačilna kartica"]))
        lines = hl(1)
        k = "anonymous_retail"
    elif kind == "company":
        nm, posta = rng.choice(COMPANIES)
        dom = asc(nm.split()[0].strip(",")) + ".si"
        b.update(name=nm, posta=posta, zav="D", ddv="SI" + si_ddv(rng), email=rng.choice(["racuni", "info", "nabava"]) + "@" + dom,
                 pay=rng.choice(PAY_B), note=rng.choice(["", "", f"Naročilnica št. {rng.randint(100, 999)}/2025", "Dostava v skladišče"]))
        lines = bl(8)
        lab = "B2B"
    elif kind == "foreign_company":
        nm, cc, vid = rng.choice([("Infobip d.o.o.", "HR", "HR" + str(rng.randint(10 ** 10, 10 ** 11 - 1))),
                                  ("Porsche Holding GmbH", "AT", "ATU" + str(rng.randint(10 ** 7, 10 ** 8 - 1)))])
        b.update(name=nm, drz=cc, posta=("10000", "Zagreb") if cc == "HR" else ("5020", "Salzburg"), zav="D", ddv=vid,
                 addr="Zagrebačka cesta 80" if cc == "HR" else "Vogelweiderstraße 75",
                 email="invoices@" + asc(nm.split()[0]) + ".com", pay="Nakazilo na TRR")
        lines = bl(6)
        return b, lines, "B2B", False, "company", cc
    elif kind == "company_household":
        nm, posta = rng.choice(COMPANIES)
        b.update(name=nm, posta=posta, zav="D", ddv="SI" + si_ddv(rng), pay=rng.choice(["Nakazilo na TRR", "Plačilna kartica"]))
        lines = hl(1)
        lab, amb = "B2B", True
    elif kind == "sole_trader":
        nm = rng.choice(SP)
        b.update(name=nm, zav=rng.choice(["D", "N"]), ddv=si_ddv(rng), pay=rng.choice(PAY_B),
                 email=asc(nm.split()[0].strip(",")) + "@" + rng.choice(FREEMAIL))
        if b["zav"] == "D":
            b["ddv"] = "SI" + b["ddv"]
        lines = bl(3)
        lab = "B2B"
        k = "lawyer" if "Odvetnik" in nm else "sole_trader"
    elif kind == "sole_trader_card_household":
        nm = rng.choice(SP)
        b.update(name=nm, ddv=si_ddv(rng), pay="Plačilna kartica")
        lines = hl(1)
        lab, amb = "B2B", True
    elif kind == "non_profit":
        nm, k = rng.choice(NGO)
        b.update(name=nm, ddv=si_ddv(rng), pay="Nakazilo na TRR")
        lines = bl(3)
        lab = "B2B"
    elif kind == "gov":
        nm, k, dom, posta = rng.choice(GOV)
        b.update(name=nm, posta=posta, ddv=("SI" + si_ddv(rng)) if k not in ("embassy",) else "", zav="D" if k in ("municipality", "public_hospital") else "N",
                 email=rng.choice(["glavna.pisarna", "nabava", "info"]) + "@" + dom, pay="Nakazilo na TRR - e-račun",
                 intst=str(rng.randint(1000, 99999)) if k != "embassy" else "",
                 note=rng.choice(["", "", f"Pogodba JN {rng.randint(100, 999)}/2025", f"Naročilnica {rng.randint(1000, 9999)}"]))
        if k == "embassy":
            b["pay"] = "Nakazilo na TRR"
            lines = bl(10)
            return b, lines, "B2G", False, k, "DE"  # the buyer is the German state
        lines = bl(10)
        lab = "B2G"
    elif kind == "gov_household":
        nm, k, dom, posta = rng.choice([g for g in GOV if g[1] in ("public_school", "municipality", "police")])
        b.update(name=nm, posta=posta, ddv="SI" + si_ddv(rng), email="info@" + dom, pay="Nakazilo na TRR - e-račun",
                 intst=str(rng.randint(1000, 99999)))
        lines = hl(1)
        lab, amb = "B2G", True
    elif kind == "state_owned_company":
        nm, dom = rng.choice(STATE_CO)
        proc = rng.random() < .5
        b.update(name=nm, posta=("1000", "Ljubljana"), zav="D", ddv="SI" + si_ddv(rng), email="nabava@" + dom, pay="Nakazilo na TRR - e-račun",
                 note=f"Okvirni sporazum po ZJN-3, JN{rng.randint(100, 999)}/2025" if proc else "")
        lines = bl(10)
        lab, amb = "B2B", proc
        k = "state_owned_company_procurement" if proc else "state_owned_company"
    elif kind == "international_org":
        nm, dom = rng.choice(INTL)
        b.update(name=nm, posta=("1000", "Ljubljana"), email="procurement@" + dom, pay="Nakazilo na TRR")
        lines = bl(4)
        lab, amb = "B2B", True
    elif kind == "person_company_email":
        f = rng.random() < .5
        fn, ln = rng.choice(FN_F if f else FN_M), rng.choice(LN)
        dom = rng.choice(["gov.si", "krka.biz", "petrol.si", "policija.si", "kclj.si"])
        b.update(name=f"{fn} {ln}", email=f"{asc(fn)}.{asc(ln)}@{dom}", pay="Plačilna kartica")
        lines = hl(1)
        lab, amb = "B2C", True
    elif kind == "person_pays_company":
        f = rng.random() < .5
        fn, ln = rng.choice(FN_F if f else FN_M), rng.choice(LN)
        b.update(name=f"{fn} {ln}", email=f"{asc(fn)}{rng.randint(1, 99)}@{rng.choice(FREEMAIL)}", pay="Nakazilo na TRR",
                 note=rng.choice(["Za podjetje, račun na ime direktorja", "Za opravljanje dejavnosti", "Nakup za frizerski salon"]))
        lines = bl(2, 1)
        lab, amb = "B2B", True
    elif kind == "thin":
        b.update(name="", addr="", posta=("", ""), pay="")
        it = rng.choice(BIZ[8:10] + HOME[:3])
        lines = [(it, 1)]
        lab, amb = ("B2B" if it in BIZ else "B2C"), True
        k = "thin_record"
    else:
        raise ValueError(kind)
    return b, lines, lab, amb, k, b["drz"]


KINDS = [("private_person", 20), ("end_consumer", 5), ("company", 28), ("foreign_company", 2.5), ("company_household", 2.5),
         ("sole_trader", 6), ("sole_trader_card_household", 1.2), ("non_profit", 4), ("gov", 16), ("gov_household", 2.5),
         ("state_owned_company", 3.5), ("international_org", 1.2), ("person_company_email", 2.5),
         ("person_pays_company", 1.5), ("thin", 1.3)]

HEADER = ["Številka", "Datum računa", "Datum zapadlosti", "Stranka", "Naslov", "Pošta", "Kraj pošte", "Država",
          "Zavezanec za DDV", "Identifikacijska številka", "E-pošta", "Artikel", "Količina", "EM", "Cena",
          "Vrednost brez DDV", "DDV", "Vrednost z DDV", "Način plačila", "Interna številka", "Opomba"]


def main():
    rows, labels = [], []
    seen = {}
    no = 140
    day = dt.date(2025, 4, 1)
    while len(rows) < 230:
        kind = rng.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
        b, lines, lab, amb, k, cc = order(kind)
        if b["name"]:  # one customer card per name: same address and tax number every time
            card = seen.setdefault(b["name"].strip().lower(), {f: b[f] for f in ("addr", "posta", "ddv", "zav", "intst")})
            b.update(card)
        no += 1
        day += dt.timedelta(days=rng.choice([0, 0, 1, 1, 2]))
        due = day + dt.timedelta(days=30 if lab != "B2C" else 8)
        for (art, em, price), q in lines:
            net = round(price * q, 2)
            rc = cc != "SI"
            vat = 0.0 if rc else round(net * 0.22, 2)
            rows.append([f"2025-{no:05d}", day, due, b["name"], b["addr"], b["posta"][0], b["posta"][1], b["drz"], b["zav"],
                         b["ddv"], b["email"], art, q, em, price, net, vat, round(net + vat, 2), b["pay"], b["intst"], b["note"]])
            labels.append((lab, amb, k, cc))
    wb = Workbook()
    ws = wb.active
    ws.title = "Izdani računi"
    ws.append(HEADER)
    for r in rows:
        ws.append([v if v != "" else None for v in r])
    for row in ws.iter_rows(min_row=2, max_row=1 + len(rows)):
        row[1].number_format = "D.M.YYYY"
        row[2].number_format = "D.M.YYYY"
        for c in row[14:18]:
            c.number_format = "#,##0.00"
    wb.properties.creator = "Minimax"
    wb.properties.created = dt.datetime(2025, 7, 3, 8, 0)
    wb.properties.modified = dt.datetime(2025, 7, 3, 8, 0)
    save_xlsx(wb, LAYOUTS / f"{PID}.xlsx")
    key = {
        "id": PID,
        "system": "Minimax (SAOP/Seyfor, Slovenia), Poslovanje > Izdani računi, invoice lines exported to Excel",
        "country": "SI", "language": "sl",
        "docs": ["help.minimax.si 'Šifrant Stranke - navodila za uvoz v Minimax (excel)': customer fields and their "
                 "order Šifra, Naziv, GLN, Naslov, Država (2-letter code), Pošta (post code), Kraj pošte, Zavezanec za DDV "
                 "(capital letter flag), identifikacijska številka - reused as buyer columns.",
                 "help.minimax.si 'Izdani e-računi': e-invoices to budget users (proračunski uporabniki) carry an "
                 "'Interna številka' set on the customer, plus basis document and purpose code; issued via Poslovanje > Izdani računi.",
                 "help.minimax.si 'Začetek dela z izdanimi računi': invoices to VAT payers and end consumers, items from "
                 "Šifranti > Artikli with VAT rate; exact Excel export header of the invoice-line list was not found and is reconstructed."],
        "fields": {"buyer": "Stranka", "product": "Artikel", "quantity": "Količina", "amount": "Vrednost z DDV",
                   "tax_id": "Identifikacijska številka", "email": "E-pošta", "payment": "Način plačila", "comment": "Opomba"},
        "also_ok": {"amount": ["Vrednost brez DDV"]},
        "notes": "XLSX, one sheet, header on the first row, no title or totals lines. One row per invoice line; lines of "
                 "one invoice share Številka and buyer. 'Končni kupec' is the catch-all end consumer. Identifikacijska "
                 "številka is SI+8 digits for VAT payers (Zavezanec za DDV = D) or the bare 8-digit davčna številka; "
                 "foreign EU buyers carry their VAT ID and 0 DDV (reverse charge). Interna številka is filled only for "
                 "budget users receiving e-invoices (a hint of the state, not a label). Dates as Excel dates (d.m.yyyy).",
    }
    write_key(key, labels)
    summary(PID, labels)


if __name__ == "__main__":
    main()
