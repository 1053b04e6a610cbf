"""Generator: cz_fakturoid_faktury -- Fakturoid: export vydaných faktur do CSV (řádek = položka faktury),
UTF-8 s BOM, ';', desetinná čárka. Seeded; rebuild with: python cz_fakturoid_faktury_gen.py"""
import json, random, csv
from datetime import date, timedelta
from pathlib import Path

SEED = 4108
R = random.Random(SEED)
BASE = Path(__file__).resolve().parent.parent
LID = "cz_fakturoid_faktury"


def ico_ok(s):
    w = [8, 7, 6, 5, 4, 3, 2]
    r = sum(int(a) * b for a, b in zip(s[:7], w)) % 11
    return str((11 - r) % 10) == s[7]


def ico():
    d = "%07d" % R.randint(1000000, 9999999)
    r = sum(int(a) * b for a, b in zip(d, [8, 7, 6, 5, 4, 3, 2])) % 11
    return d + str((11 - r) % 10)


def real_or_gen(s):
    return s if ico_ok(s) else ico()


def rodne():
    while True:
        d = "%02d%02d%02d%03d" % (R.randint(55, 99), R.choice([R.randint(1, 12), R.randint(51, 62)]), R.randint(1, 28), R.randint(0, 999))
        for c in range(10):
            if int(d + str(c)) % 11 == 0:
                return d + str(c)


def asc(t):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))


def money(x):
    s = "%.2f" % x
    i, f = s.split(".")
    g = ""
    while len(i) > 3:
        g = " " + i[-3:] + g; i = i[:-3]
    return i + g + "," + f


IT = [("Notebook Lenovo ThinkPad E16 Gen 1", "ks", 21990), ("Monitor Dell P2723DE 27\"", "ks", 8490), ("Tiskárna HP LaserJet Pro MFP 4102fdw", "ks", 10990),
      ("Licence Microsoft 365 Business Standard (1 rok)", "ks", 3490), ("Switch Ubiquiti UniFi USW-24-PoE", "ks", 9990), ("Server Dell PowerEdge T150", "ks", 48900),
      ("UPS APC Back-UPS Pro 1500VA", "ks", 6990), ("Správa IT – paušál", "měs", 8500), ("Instalace a konfigurace sítě", "hod", 950),
      ("Záložní disk NAS Synology DS224+", "ks", 9990)]
OFFICE = [("Kancelářský papír A4 80 g, 500 listů", "bal", 119), ("Toner HP 59A", "ks", 2690), ("Pořadač pákový A4 75 mm", "ks", 59),
          ("Kancelářská židle Antares 1580 Syn Gala", "ks", 4290), ("Psací stůl 160x80", "ks", 5690)]
HOUSE = [("Rychlovarná konvice Tefal KO2001", "ks", 899), ("Mikrovlnná trouba Samsung MS23K3513AW", "ks", 2990), ("Televize Samsung UE55CU7172", "ks", 12990),
         ("Kávovar De'Longhi Magnifica S ECAM 22.110", "ks", 9990), ("Lednice Gorenje RB493PW", "ks", 7990), ("Vysavač Philips XC3131", "ks", 3490),
         ("Mobilní telefon Samsung Galaxy A35", "ks", 8990)]

INVS = []


def add(name, ic, dic, kind, label, amb, pools, q=(1, 5), n=(1, 4), pay="Převodem", note="", order="", email="", city=("Praha", "110 00"), times=1, country="CZ"):
    for _ in range(times):
        INVS.append(dict(name=name, ic=ic, dic=dic, kind=kind, label=label, amb=amb, pools=pools, q=q, n=n, pay=pay, note=note, order=order,
                         email=email, city=city, country=country))


G, B, C = "B2G", "B2B", "B2C"
PRAHA = ("Praha", "110 00"); BRNO = ("Brno", "602 00"); OSTRAVA = ("Ostrava", "702 00"); PLZEN = ("Plzeň", "301 00"); JIHLAVA = ("Jihlava", "586 01")
gov = [("Hlavní město Praha", "00064581", "cz_region_capital", PRAHA, "podatelna@praha.eu"),
       ("Statutární město Brno", "44992785", "cz_municipality", BRNO, "posta@brno.cz"),
       ("Město Kolín", "00235440", "cz_municipality", ("Kolín", "280 02"), "podatelna@mukolin.cz"),
       ("Obec Psáry", "00241580", "cz_municipality", ("Psáry", "252 44"), "obec@psary.cz"),
       ("Městská část Praha 6", "00063703", "cz_municipality", ("Praha 6", "160 52"), "podatelna@praha6.cz"),
       ("Jihomoravský kraj", "70888337", "cz_region", BRNO, "posta@jmk.cz"),
       ("Kraj Vysočina", "70890749", "cz_region", JIHLAVA, "posta@kr-vysocina.cz"),
       ("Ministerstvo vnitra", "00007064", "ministry", PRAHA, "posta@mvcr.cz"),
       ("Ministerstvo financí", "00006947", "ministry", PRAHA, "podatelna@mfcr.cz"),
       ("Univerzita Karlova", "00216208", "public_university", PRAHA, "nakup@cuni.cz"),
       ("Vysoké učení technické v Brně", "00216305", "public_university", BRNO, "nakup@vut.cz"),
       ("Fakultní nemocnice Brno", "65269705", "public_hospital", BRNO, "nakup@fnbrno.cz"),
       ("Krajské ředitelství policie Jihomoravského kraje", "72050250", "police", BRNO, "krpb.podatelna@pcr.cz"),
       ("Vojenský útvar 8601 Náchod", "60162694", "armed_forces_unit", ("Náchod", "547 01"), "vu8601@army.cz"),
       ("Základní škola a Mateřská škola Praha 4, Bítovská 1, příspěvková organizace", "", "cz_public_school", ("Praha 4", "140 00"), "reditel@zsbitovska.cz"),
       ("Gymnázium, Brno, Křenová 36, příspěvková organizace", "", "cz_public_school", BRNO, "sekretariat@gymkrenova.cz"),
       ("Technické služby města Jihlavy, příspěvková organizace", "", "municipal_institution", JIHLAVA, "ts@tsji.cz"),
       ("Správa železnic, státní organizace", "70994234", "state_enterprise", PRAHA, "nakup@spravazeleznic.cz"),
       ("Velvyslanectví Spolkové republiky Německo v Praze", "", "embassy", ("Praha 1", "118 01"), "info@prag.diplo.de")]
for nm, ic, k, city, em in gov:
    if k != "embassy":
        ic = real_or_gen(ic) if ic else ico()
    dic = ("CZ" + ic) if ic and R.random() < 0.6 else ""
    add(nm, ic, dic, k, G, False, [IT, OFFICE], (1, 12), (1, 4), "Převodem",
        R.choice(["", "Objednávka č. OBJ-%d/2024" % R.randint(100, 999), "Veřejná zakázka malého rozsahu č. VZ-%d/2024" % R.randint(10, 99), "Dle smlouvy zveřejněné v registru smluv"]),
        "OBJ-%d" % R.randint(1000, 9999) if R.random() < 0.5 else "", em, city, R.choice([1, 2, 2, 3]))
add("Mateřská škola Sluníčko, Praha 10, příspěvková organizace", ico(), "", "public_school_household_item", G, True, [[HOUSE[0]]], (1, 1), (1, 1), "Převodem", "", "", "ms.slunicko@praha10.cz", ("Praha 10", "100 00"))
add("Základní škola Jihlava, Kollárova 30, příspěvková organizace", ico(), "", "public_school_household_item", G, True, [[HOUSE[1]]], (1, 1), (1, 1), "Převodem", "", "", "skola@zskollarova.cz", JIHLAVA)
add("Obec Dolní Břežany", ico(), "", "state_body_household_item", G, True, [[HOUSE[3]]], (1, 1), (1, 1), "Převodem", "", "", "obec@dolnibrezany.cz", ("Dolní Břežany", "252 41"))
# state-owned companies
for nm, ic in [("ČEZ, a. s.", "45274649"), ("Dopravní podnik hl. m. Prahy, akciová společnost", "00005886")]:
    ic = real_or_gen(ic)
    add(nm, ic, "CZ" + ic, "state_owned_company_procurement", B, True, [IT], (2, 10), (1, 3), "Převodem",
        "Plnění dle rámcové dohody uzavřené v zadávacím řízení (ZZVZ), ev. č. zakázky Z2024-0%05d" % R.randint(0, 99999), "4500%06d" % R.randint(0, 999999), "nakup@" + ("cez.cz" if "ČEZ" in nm else "dpp.cz"), PRAHA)
ic = real_or_gen("70994226"); add("České dráhy, a.s.", ic, "CZ" + ic, "state_owned_company", B, False, [OFFICE], (5, 30), (1, 3), "Převodem", "", "", "objednavky@cd.cz", PRAHA)
# companies
for nm, city in [("ACME Software s.r.o.", PRAHA), ("Stavby Novák a.s.", BRNO), ("Kovovýroba Hruška s.r.o.", OSTRAVA), ("Pekárna U Mostu s.r.o.", PLZEN),
                 ("Advokátní kancelář Dvořák & partneři, s.r.o.", PRAHA), ("Zubní klinika Smile s.r.o.", BRNO), ("Účetnictví Plus v.o.s.", JIHLAVA),
                 ("Hotel Sen s.r.o.", ("Český Krumlov", "381 01")), ("Logistika Morava a.s.", OSTRAVA), ("Agro Vysočina, družstvo", JIHLAVA),
                 ("Škoda Auto a.s.", ("Mladá Boleslav", "293 01")), ("Kavárna Lidový dům s.r.o.", PRAHA)]:
    ic = ico()
    add(nm, ic, "CZ" + ic, "company_with_legal_form", B, False, [IT, OFFICE], (1, 10), (1, 5), R.choice(["Převodem", "Převodem", "Kartou"]), "", "",
        "%s@%s.cz" % (R.choice(["fakturace", "info", "ucetni"]), asc(nm.lower().split()[0].replace(",", ""))), city, R.choice([1, 2, 3]))
for nm in ["Kavárna Místo", "Pivovar Matuška", "Rohlik.cz"]:
    ic = ico(); add(nm, ic, "CZ" + ic, "company_no_legal_form", B, False, [IT, OFFICE], (1, 6), (1, 3), "Převodem", "", "", "", PRAHA, R.choice([1, 2]))
ic = ico(); add("Realitní kancelář Domov s.r.o.", ic, "CZ" + ic, "company_household_item", B, True, [[HOUSE[2]]], (1, 1), (1, 1), "Převodem", "", "", "info@rkdomov.cz", PRAHA)
ic = ico(); add("Architekti Vlček s.r.o.", ic, "CZ" + ic, "company_household_item", B, True, [[HOUSE[3], HOUSE[0]]], (1, 1), (2, 2), "Kartou", "do kuchyňky", "", "studio@vlcek-arch.cz", BRNO)
# OSVČ
for nm in ["Jan Novák", "Ing. Petr Dvořák – daňové poradenství", "Marie Svobodová – překlady", "Tomáš Černý", "MUDr. Eva Horáková"]:
    ic = ico(); add(nm, ic, "CZ" + rodne() if R.random() < 0.5 else "", "sole_trader", B, False, [IT, OFFICE], (1, 4), (1, 3), R.choice(["Převodem", "Hotově"]), "", "",
                    "%s@%s" % (asc([t for t in nm.replace("Ing. ", "").replace("MUDr. ", "").split()][1].lower()), R.choice(["seznam.cz", "email.cz", "gmail.com"])), R.choice([PRAHA, BRNO, PLZEN]))
ic = ico(); add("Radek Procházka", ic, "", "sole_trader_personal_card", B, True, [[HOUSE[2]]], (1, 1), (1, 1), "Kartou", "", "", "radek.prochazka@seznam.cz", OSTRAVA)
ic = ico(); add("Lucie Králová", ic, "", "sole_trader_personal_card", B, True, [[HOUSE[6]]], (1, 1), (1, 1), "Hotově", "", "", "lucie.kralova@email.cz", PLZEN)
# non-profits, HOA, church, private edu
for nm, k in [("Společenství vlastníků jednotek Vinohradská 12", "homeowners_association"), ("Římskokatolická farnost u kostela sv. Ludmily Praha-Vinohrady", "religious_organisation"),
              ("Český červený kříž, Oblastní spolek Praha 1", "red_cross_national"), ("Člověk v tísni, o.p.s.", "non_profit"), ("TJ Sokol Brno I, z.s.", "non_profit"),
              ("Vysoká škola ekonomie a managementu, a.s.", "private_university"), ("Metropolitní univerzita Praha, o.p.s.", "private_university"),
              ("Soukromá základní škola Square, s.r.o.", "private_school")]:
    ic = ico(); add(nm, ic, "", k, B, False, [IT, OFFICE], (1, 8), (1, 3), "Převodem", "", "", "", PRAHA)
add("Mezinárodní organizace pro migraci (IOM), kancelář Praha", "", "", "international_org", B, True, [IT], (1, 4), (1, 2), "Převodem", "PO CZ-2024-017", "", "iomprague@iom.int", PRAHA)
# persons
for nm, em in [("Jana Procházková", "jana.prochazkova@seznam.cz"), ("Martin Veselý", "m.vesely@email.cz"), ("Petra Marešová", "petra.maresova@gmail.com"),
               ("Ondřej Kučera", "ondra.kucera@centrum.cz"), ("Veronika Pokorná", "veronika.p@seznam.cz"), ("Jakub Beneš", "jakub.benes@post.cz"),
               ("Karolína Fialová", "karolina.fialova@gmail.com"), ("David Růžička", "")]:
    add(nm, "", "", "private_person", C, False, [HOUSE, IT[:1]], (1, 1), (1, 2), R.choice(["Převodem", "Kartou", "Dobírka"]), "", "", em, R.choice([PRAHA, BRNO, OSTRAVA, PLZEN]))
add("Lukáš Doležal", "", "", "person_company_email_household", C, True, [[HOUSE[4]]], (1, 1), (1, 1), "Kartou", "doručit domů", "", "lukas.dolezal@skoda-auto.cz", ("Mladá Boleslav", "293 01"))
add("Tereza Šimková", "", "", "person_gov_email_household", C, True, [[HOUSE[5], HOUSE[0]]], (1, 1), (1, 2), "Kartou", "", "", "tereza.simkova@mfcr.cz", PRAHA)
add("Filip Kratochvíl", "", "", "person_states_business_use", B, True, [[IT[0], IT[2]]], (1, 2), (2, 2), "Převodem", "pro podnikání – zahajuji živnost, IČO zatím nemám", "", "filip.kratochvil@gmail.com", BRNO)
add("Pavel Zeman", "", "", "private_person_bulk", C, True, [[HOUSE[6]]], (20, 20), (1, 1), "Převodem", "", "", "pavel.zeman77@seznam.cz", OSTRAVA)


def main():
    R.shuffle(INVS)
    hdr = ["Číslo", "Variabilní symbol", "Stav", "Vystaveno", "Datum zdanitelného plnění", "Splatnost", "Odběratel", "Ulice", "Město", "PSČ", "Země",
           "IČO", "DIČ", "E-mail", "Číslo objednávky", "Název položky", "Množství", "Jednotka", "Cena za jednotku", "Sazba DPH", "Základ", "DPH",
           "Celkem", "Měna", "Způsob úhrady", "Poznámka", "Soukromá poznámka"]
    rows, labels = [], []
    d0 = date(2024, 1, 3); n = 0
    streets = ["Národní 12", "Masarykova 34", "Husova 5", "Palackého 18", "nám. Svobody 1", "Nádražní 220", "Školní 7"]
    for inv in INVS:
        n += 1; d0 += timedelta(days=R.choice([0, 0, 1, 1, 2]))
        num = "2024-%04d" % n
        pool = [p for pl in inv["pools"] for p in pl]
        its = R.sample(pool, min(R.randint(*inv["n"]), len(pool)))
        status = R.choice(["Uhrazeno"] * 6 + ["Odesláno", "Po splatnosti"])
        for nm, unit, price in its:
            q = R.randint(*inv["q"])
            base = price * q; vat = round(base * 0.21, 2)
            rows.append([num, num.replace("-", ""), status, d0.strftime("%d.%m.%Y"), d0.strftime("%d.%m.%Y"), (d0 + timedelta(days=14)).strftime("%d.%m.%Y"),
                         inv["name"], R.choice(streets), inv["city"][0], inv["city"][1], "Česká republika" if inv["country"] == "CZ" else inv["country"],
                         inv["ic"], inv["dic"], inv["email"], inv["order"], nm, str(q).replace(".", ","), unit, money(price), "21 %", money(base), money(vat),
                         money(base + vat), "CZK", inv["pay"], inv["note"], ""])
            labels.append((inv["label"], inv["amb"], inv["kind"], inv["country"]))
    with open(BASE / "layouts" / (LID + ".csv"), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(hdr); w.writerows(rows)
    with open(BASE / "key" / (LID + ".labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (l, a, k, c) in enumerate(labels):
            w.writerow([i, l, "true" if a else "false", k, c])
    key = {
        "id": LID, "system": "Fakturoid (CZ online invoicing) — export vydaných faktur do CSV, řádek = položka faktury",
        "country": "CZ", "language": "cs",
        "docs": ["Column set follows the Fakturoid API invoice object and its documented Czech field descriptions (number Číslo, variable_symbol Variabilní symbol, status Stav, issued_on Datum vystavení, taxable_fulfillment_due Datum zdanitelného plnění, due_on Datum splatnosti, client_name Obchodní jméno příjemce, client_street/city/zip/country, client_registration_no IČ, client_vat_no DIČ, order_number Číslo objednávky, lines: name, quantity, unit_name, unit_price, vat_rate; subtotal/total, currency, payment_method bank/cash/cod/card, note, private_note). The exact header row of Fakturoid's CSV export was not found in public docs: Czech headers are the closest documented labels. Czech number format (space thousands, decimal comma), dates DD.MM.YYYY."],
        "fields": {"buyer": "Odběratel", "product": "Název položky", "quantity": "Množství", "amount": "Celkem",
                   "tax_id": "IČO", "email": "E-mail", "payment": "Způsob úhrady", "comment": "Poznámka"},
        "also_ok": {"amount": ["Základ"], "tax_id": ["DIČ"]},
        "notes": "UTF-8 with BOM, ';' separator, one header line, no totals. One invoice (Číslo) = one order; its lines share one label. IČO is 8 digits with a valid checksum; the IČO of the named public bodies and of ČEZ, DPP, ČD were written from the public business register as remembered (all pass the checksum; not re-verified online); all other IČO/DIČ are generated. Persons have no IČO."
    }
    (BASE / "key" / (LID + ".json")).write_text(json.dumps(key, ensure_ascii=False, indent=2), encoding="utf-8")
    print(LID, len(rows))


if __name__ == "__main__":
    main()
