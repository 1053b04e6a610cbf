"""b_pl_wfirma_faktury.csv — wFirma.pl «Przychody › Sprzedaż» invoice list export with positions, Polish."""
import csv, datetime as dt, os, random
from b_common import LAY, Lab, write_key, nip, nip_fmt, fmt_pl
from b_orders import B, pick, lines

BIZ = [("Laptop Dell Latitude 5540 i5/16GB/512GB", "szt.", 4390.00), ("Monitor Dell P2425H 24\"", "szt.", 849.00),
       ("Urządzenie wielofunkcyjne Brother MFC-L8390CDW", "szt.", 2299.00), ("Papier ksero Pollux A4 80 g (ryza 500 ark.)", "ryza", 18.90),
       ("Toner Brother TN-2420", "szt.", 239.00), ("Krzesło biurowe Nowy Styl Xilium", "szt.", 899.00), ("Niszczarka Fellowes 79Ci", "szt.", 1049.00),
       ("Switch Cisco CBS250-24T-4G", "szt.", 1590.00), ("Szafa rack 19\" 42U stojąca 800x1000", "szt.", 3190.00), ("Usługa konfiguracji sieci LAN", "godz.", 180.00),
       ("Długopis BIC Cristal niebieski (op. 50 szt.)", "op.", 34.50)]
HOME = [("Czajnik elektryczny Bosch TWK7203", "szt.", 229.00), ("Klimatyzator przenośny De'Longhi Pinguino PAC N90", "szt.", 2199.00),
        ("Smartfon Samsung Galaxy A35 5G 6/128GB", "szt.", 1299.00), ("Telewizor Samsung UE55DU7172U 55\"", "szt.", 2099.00),
        ("Odkurzacz Dyson V12 Detect Slim", "szt.", 2399.00), ("Ekspres ciśnieniowy Philips EP2231/40", "szt.", 1499.00),
        ("Robot kuchenny Bosch MUM5", "szt.", 999.00), ("Kuchenka mikrofalowa Amica AMGF20E1GB", "szt.", 399.00)]
SPECIAL = {"bulk": HOME[2], "kettle": HOME[0], "biz_only": BIZ[8]}
SUR = [("Kowalski", "Kowalska"), ("Nowak", "Nowak"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"), ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"),
       ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska")]
MN = ["Jan", "Piotr", "Tomasz", "Marcin", "Krzysztof", "Paweł"]
FN = ["Anna", "Katarzyna", "Agnieszka", "Magdalena", "Joanna", "Ewa"]
LAT = str.maketrans("ąćęłńóśźż", "acelnoszz")


def person(rng):
    m, f = rng.choice(SUR)
    if rng.random() < 0.5:
        n = rng.choice(FN); s = f
    else:
        n = rng.choice(MN); s = m
    return f"{n} {s}", f"{n.lower().translate(LAT)}.{s.lower().translate(LAT)}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl'])}"


def pool(rng):
    P = []
    N = lambda: nip_fmt(nip(rng))
    for nm, dom, city in [("Kowalczyk Instalacje Sp. z o.o.", "kowalczyk-instalacje.pl", "Gliwice"), ("Budimex S.A.", "budimex.pl", "Warszawa"),
                          ("ORLEN S.A.", "orlen.pl", "Płock"), ("Transgór Logistyka Sp. z o.o.", "transgor.pl", "Poznań"), ("Medicover Sp. z o.o.", "medicover.pl", "Warszawa"),
                          ("Agro-Mix Spółka Jawna J. i M. Nowak", "agromix.pl", "Kalisz"), ("Software House Vistula S.A.", "vistula-sh.pl", "Kraków")]:
        P.append(B(nm, "company_with_legal_form" if "ORLEN" not in nm else "state_owned_company_plain", "B2B", cc="PL", tax=N(), email=f"{rng.choice(['faktury', 'biuro', 'zakupy'])}@{dom}",
                   city=city, pay=rng.choice(["przelew", "przelew", "przelew 30 dni"]), w=2.0))
    for nm, city in [("Piekarnia Cukiernia Bułeczka", "Rzeszów"), ("Kwiaciarnia Storczyk", "Lublin"), ("Auto Serwis Gaweł", "Tarnów")]:
        P.append(B(nm, "company_no_legal_form", "B2B", cc="PL", tax=N(), email="", city=city, pay="przelew", w=1.0))
    for nm, kind in [("Usługi Remontowo-Budowlane Jan Zieliński", "sole_trader_trade_name"), ("Kancelaria Adwokacka adw. Anna Wiśniewska", "professional_practice"),
                     ("Gabinet Stomatologiczny lek. dent. Paweł Woźniak", "professional_practice"), ("Biuro Rachunkowe Ewa Kamińska", "sole_trader_trade_name")]:
        P.append(B(nm, kind, "B2B", cc="PL", tax=N(), email=person(rng)[1], city=rng.choice(["Łódź", "Kielce", "Opole"]), pay="przelew", w=1.1))
    for nm, kind in [("Fundacja Wielka Orkiestra Świątecznej Pomocy", "charity"), ("Wspólnota Mieszkaniowa Słoneczna 12", "homeowners_association"),
                     ("Parafia Rzymskokatolicka pw. św. Floriana w Krakowie", "religious_org"), ("Polski Czerwony Krzyż Oddział Okręgowy w Gdańsku", "national_red_cross"),
                     ("Akademia Leona Koźmińskiego", "private_university"), ("Spółdzielnia Mieszkaniowa „Ursynów”", "cooperative")]:
        P.append(B(nm, kind, "B2B", cc="PL", tax=N(), email="", city=rng.choice(["Warszawa", "Kraków", "Gdańsk"]), pay="przelew", w=0.9))
    # B2G: nabywca / odbiorca
    for nab, odb, kind, em, city in [("Gmina Miasto Rzeszów", "Urząd Miasta Rzeszowa", "municipality", "zamowienia@erzeszow.pl", "Rzeszów"),
                                     ("Gmina Wieliczka", "Urząd Miasta i Gminy Wieliczka", "municipality", "", "Wieliczka"),
                                     ("Powiat Krakowski", "Starostwo Powiatowe w Krakowie", "county", "", "Kraków"),
                                     ("Gmina Lublin", "Szkoła Podstawowa nr 12 im. Marii Konopnickiej w Lublinie", "public_school", "sp12@lublin.eu", "Lublin"),
                                     ("Uniwersyteckie Centrum Kliniczne", "", "public_hospital", "zamowienia@uck.pl", "Gdańsk"),
                                     ("Samodzielny Publiczny Zakład Opieki Zdrowotnej w Łęcznej", "", "public_hospital", "", "Łęczna"),
                                     ("Jednostka Wojskowa 1234", "", "armed_forces_unit", "jw1234@ron.mil.pl", "Wesoła"),
                                     ("Komenda Wojewódzka Policji w Krakowie", "", "police", "zamowienia@malopolska.policja.gov.pl", "Kraków"),
                                     ("Generalna Dyrekcja Dróg Krajowych i Autostrad Oddział w Katowicach", "", "state_agency", "", "Katowice"),
                                     ("Uniwersytet Jagielloński", "", "public_university", "zamowienia@uj.edu.pl", "Kraków"),
                                     ("Ministerstwo Cyfryzacji", "", "ministry", "", "Warszawa")]:
        P.append(B(nab, kind, "B2G", cc="PL", tax=N(), odb=odb, email=em, city=city, pay="przelew 30 dni", w=1.6,
                   comment=rng.choice(["", "", "Umowa nr ZP/" + str(rng.randint(10, 99)) + "/2025", "zamówienie z wyłączeniem stosowania ustawy Pzp (art. 2 ust. 1 pkt 1)"])))
    P.append(B("Ambasada Republiki Federalnej Niemiec w Warszawie", "embassy", "B2G", cc="DE", tax="", email="", city="Warszawa", pay="przelew", w=0.5))
    for _ in range(12):
        n, e = person(rng)
        P.append(B(n, "private_person", "B2C", cc="PL", mode="home", tax="", email=e, city=rng.choice(["Warszawa", "Poznań", "Wrocław", "Toruń"]),
                   pay=rng.choice(["karta", "BLIK", "pobranie", "gotówka", "PayU"]), w=1.4))
    P.append(B("Osoba prywatna", "anonymous_retail", "B2C", cc="PL", mode="home", tax="", email="", city="", pay="gotówka", w=1.0))
    # ambiguous
    P.append(B("Biuro Projektowe Arkada Sp. z o.o.", "company_household_item", "B2B", True, "PL", "hh1", tax=N(), email="biuro@arkada-projekt.pl", city="Poznań", pay="przelew", w=1.3))
    n, e = person(rng)
    P.append(B(f"{n} Usługi Transportowe", "sole_proprietor_personal_purchase", "B2B", True, "PL", "hh1", tax=N(), email=e, city="Radom", pay="karta", comment="płatność kartą prywatną", w=1.0))
    n, e = person(rng)
    P.append(B(n, "person_bulk_identical", "B2C", True, "PL", "bulk", tax="", email=e, city="Białystok", pay="BLIK", w=1.0))
    n, e = person(rng)
    P.append(B(n, "person_states_resale", "B2B", True, "PL", "bulk", tax="", email=e, city="Słubice", pay="przelew", comment="towar do dalszej odsprzedaży", w=0.9))
    n, e = person(rng)
    P.append(B(n, "person_with_gov_email", "B2C", True, "PL", "home", tax="", email=n.split()[0].lower().translate(LAT) + "." + n.split()[1].lower().translate(LAT) + "@policja.gov.pl",
               city="Kraków", pay="karta", comment="dostawa do domu", w=0.8))
    P.append(B("Gmina Kielce", "public_school_household_item", "B2G", True, "PL", "kettle", tax=N(), odb="Szkoła Podstawowa nr 5 w Kielcach", email="", city="Kielce", pay="przelew 14 dni", w=0.8))
    P.append(B("PKP Intercity S.A.", "state_owned_company_procurement", "B2B", True, "PL", "biz", tax=N(), email="zamowienia@intercity.pl", city="Warszawa", pay="przelew 30 dni",
               comment="postępowanie przetargowe nr BZU-" + str(rng.randint(100, 999)) + "/2025 (regulamin udzielania zamówień sektorowych)", w=0.8))
    P.append(B("OBWE — Biuro Instytucji Demokratycznych i Praw Człowieka (ODIHR)", "international_org", "B2B", True, "PL", "biz", tax="", email="", city="Warszawa", pay="przelew", w=0.6))
    P.append(B("", "product_only_business_goods", "B2B", True, "PL", "biz_only", tax="", email="", city="", pay="przelew", w=0.5))
    P.append(B("", "product_only_household_goods", "B2C", True, "PL", "home1", tax="", email="", city="", pay="gotówka", w=0.5))
    return P


def gen():
    rng = random.Random(5505)
    P = pool(rng)
    for b in P:
        if b["amb"]:
            b["w"] *= 2.4
    head = ["Numer", "Data wystawienia", "Data sprzedaży", "Termin płatności", "Nabywca", "NIP", "Odbiorca", "Miejscowość", "E-mail", "Nazwa towaru/usługi",
            "Ilość", "J.m.", "Cena netto", "Stawka VAT", "Wartość netto", "Kwota VAT", "Wartość brutto", "Razem brutto", "Forma płatności", "Status", "Uwagi"]
    rows, lab = [], Lab()
    d = dt.date(2025, 1, 2)
    n = 0
    while len(rows) < 200:
        b = pick(P, rng)
        ls = lines(b, rng, BIZ, HOME, SPECIAL)
        d += dt.timedelta(days=rng.choice([0, 0, 1, 1, 2]))
        n += 1
        pay = b["pay"]
        due = d + dt.timedelta(days=30 if "30" in pay else (14 if "14" in pay else (7 if pay == "przelew" else 0)))
        calc = [(p, q, round(p[2] * q, 2)) for p, q in ls]
        tot = round(sum(x[2] * 1.23 for x in calc), 2)
        st = rng.choice(["zapłacono", "zapłacono", "nie zapłacono"]) if "przelew" in pay else "zapłacono"
        for p, q, net in calc:
            vat = round(net * 0.23, 2)
            rows.append([f"FV {n}/{d.month:02d}/{d.year}", d.isoformat(), d.isoformat(), due.isoformat(), b["name"], b.get("tax", ""), b.get("odb", ""), b.get("city", ""),
                         b.get("email", ""), p[0], str(q).replace(".", ","), p[1], fmt_pl(p[2]), "23%", fmt_pl(net), fmt_pl(vat), fmt_pl(net + vat), fmt_pl(tot),
                         pay, st, b.get("comment", "")])
            lab.add(b)
    with open(os.path.join(LAY, "b_pl_wfirma_faktury.csv"), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        w.writerow(head)
        w.writerows(rows)
    write_key("b_pl_wfirma_faktury", {
        "id": "b_pl_wfirma_faktury", "system": "wFirma.pl — Przychody › Sprzedaż, eksport listy faktur z pozycjami do CSV", "country": "PL", "language": "pl",
        "docs": ["Polish VAT-invoice fields as wFirma/inFakt invoice lists and exports name them (Numer, Data wystawienia, Data sprzedaży, Termin płatności, Nabywca, NIP, Odbiorca, Nazwa towaru/usługi, Ilość, J.m., Cena netto, Stawka VAT, Wartość netto/brutto, Forma płatności, Status). "
                 "The nabywca/odbiorca split is how Polish local-government units are invoiced (Gmina as nabywca, Urząd/Szkoła as odbiorca). "
                 "wFirma's exact export header set was not found in the public documentation searched; the closest documented Polish invoice layout is used (cf. invoicer CSV format: klient nazwa, nip, netto23, vat23, data_faktury, termin_zapłaty)."],
        "fields": {"buyer": "Nabywca", "product": "Nazwa towaru/usługi", "quantity": "Ilość", "amount": "Wartość brutto", "tax_id": "NIP", "email": "E-mail",
                   "payment": "Forma płatności", "comment": "Uwagi"},
        "also_ok": {"amount": ["Wartość netto", "Razem brutto"], "buyer": ["Odbiorca"]},
        "notes": "UTF-8 with BOM, ';', decimal comma, ISO dates. Header row 1, every following row is a record: one row per invoice position; rows with the same Numer are one invoice and share a label. "
                 "«Razem brutto» is the invoice total repeated on each position. NIPs synthetic but checksum-valid. Two invoices have no buyer at all (product-only records).",
    }, lab.rows)
    return len(rows), lab.rows


if __name__ == "__main__":
    print(gen()[0])
