"""y_pl_fakturownia_faktury: Fakturownia.pl - eksport faktur z pozycjami (CSV, ';', UTF-8 z BOM)."""
import random, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from y_common import B, plan_orders, write_labels, write_key, rdate, BASE
import datetime

SID = 'y_pl_fakturownia_faktury'
rng = random.Random(1918)
COLS = ["Numer", "Rodzaj", "Status", "Data wystawienia", "Data sprzedaży", "Termin płatności", "Sprzedawca", "NIP sprzedawcy",
        "Nabywca", "NIP nabywcy", "Ulica nabywcy", "Kod pocztowy nabywcy", "Miasto nabywcy", "Kraj nabywcy", "E-mail nabywcy",
        "Odbiorca", "NIP odbiorcy", "Nazwa produktu", "Kod produktu", "Ilość", "Jednostka", "Cena netto", "Stawka VAT",
        "Wartość netto", "Wartość brutto", "Razem brutto", "Waluta", "Sposób płatności", "Opłacono", "Numer zamówienia", "Uwagi"]
SELLER = ("BIUROTEX Sp. z o.o.", "6762471190")
BIZ = [("Laptop Dell Latitude 5540 i5/16GB/512GB", "DL-5540", 3899.0, "szt."), ("Papier ksero A4 80g Pollux, karton 5 ryz", "PAP-A4", 99.0, "karton"),
       ("Toner HP 59A CF259A oryginalny", "TN-59A", 469.0, "szt."), ("Drukarka HP LaserJet Pro 4002dn", "HP-4002", 1149.0, "szt."),
       ("Monitor iiyama ProLite 27\" XUB2792QSU", "IY-27", 1089.0, "szt."), ("Krzesło biurowe obrotowe Nowy Styl", "KR-NS", 649.0, "szt."),
       ("Microsoft 365 Business Standard - licencja roczna", "MS365", 599.0, "szt."), ("Usługa serwisowa - godzina pracy technika", "SERW-H", 150.0, "godz."),
       ("Segregator A4 75mm Esselte, op. 10 szt.", "SEG-75", 89.0, "op."), ("Niszczarka Fellowes 79Ci", "FEL-79", 1299.0, "szt."),
       ("Switch TP-Link TL-SG1024D", "TP-24", 329.0, "szt."), ("Szafa rack 19\" 42U stojąca", "RACK-42", 3290.0, "szt."),
       ("Monitor interaktywny 75\" do sali lekcyjnej", "MI-75", 9890.0, "szt.")]
HOUSE = [("Telewizor Samsung 55\" Crystal UHD", "TV-55", 2199.0, "szt."), ("Czajnik elektryczny Bosch TWK3A011", "CZ-BO", 119.0, "szt."),
         ("Ekspres do kawy De'Longhi Magnifica S", "EK-DL", 1499.0, "szt."), ("Lodówka Samsung RB34", "LOD-SA", 2299.0, "szt."),
         ("Odkurzacz Dyson V11", "OD-DY", 2199.0, "szt.")]
CONS = [("Tablet Apple iPad 10,9\" 64GB", "IPAD-10", 1899.0, "szt."), ("Drukarka Epson EcoTank L3251", "EP-L3251", 699.0, "szt."),
        ("Laptop Lenovo IdeaPad Slim 3 15\"", "LN-IP3", 2299.0, "szt."), ("Tusz Epson 103 czarny", "EP-103", 39.0, "szt."),
        ("Mysz bezprzewodowa Logitech M185", "LG-M185", 59.0, "szt."), ("Naprawa laptopa - wymiana matrycy", "SERW-MAT", 450.0, "usł.")]
CITIES = [("Kraków", "30-001"), ("Rzeszów", "35-001"), ("Wieliczka", "32-020"), ("Tarnów", "33-100"), ("Katowice", "40-001"),
          ("Warszawa", "00-001"), ("Lublin", "20-001"), ("Kielce", "25-001"), ("Nowy Sącz", "33-300"), ("Łódź", "90-001")]
STREETS = ["ul. Rynek", "ul. Mickiewicza", "ul. Słowackiego", "al. Jana Pawła II", "ul. Kościuszki", "ul. Długa", "pl. Wolności"]

def nip(dash=False):
    n = ''.join(str(rng.randrange(10)) for _ in range(10))
    return f"{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}" if dash else n
P = []
def g(name, kind, odb='', dom=None, **k):
    c = k.pop('city', rng.choice(CITIES))
    P.append(B(name, kind, 'B2G', nip=nip(rng.random() < 0.3), city=c, odb=odb, email=(f"sekretariat@{dom}" if dom else ''), **k))
g("Gmina Miasto Rzeszów", 'pl_municipality', "Szkoła Podstawowa nr 12 im. Jana Kochanowskiego w Rzeszowie", 'sp12.rzeszow.pl', city=CITIES[1])
g("Gmina Wieliczka", 'pl_municipality', "Urząd Miasta i Gminy w Wieliczce", 'wieliczka.eu', city=CITIES[2])
g("Gmina Miejska Kraków", 'pl_municipality', "Zespół Szkół Ogólnokształcących nr 6 w Krakowie", 'zso6.krakow.pl', city=CITIES[0])
g("Gmina Miejska Kraków", 'pl_municipality', "Miejski Ośrodek Pomocy Społecznej w Krakowie", 'mops.krakow.pl', city=CITIES[0])
g("Gmina Tarnów", 'pl_municipality', "Przedszkole Samorządowe w Zbylitowskiej Górze", None, city=CITIES[3])
g("Gmina Łącko", 'pl_municipality', "Urząd Gminy Łącko", 'lacko.pl', city=("Łącko", "33-390"))
g("Miasto Kielce", 'pl_municipality', "Szkoła Podstawowa nr 25 w Kielcach", 'sp25.kielce.eu', city=CITIES[7])
g("Powiat Tarnowski", 'pl_county', "Starostwo Powiatowe w Tarnowie", 'powiat.tarnow.pl', city=CITIES[3])
g("Powiat Nowosądecki", 'pl_county', "Zespół Szkół Zawodowych w Nowym Sączu", None, city=CITIES[8])
g("Województwo Małopolskie", 'pl_voivodeship', "Urząd Marszałkowski Województwa Małopolskiego", 'umwm.malopolska.pl', city=CITIES[0])
g("Urząd Skarbowy w Tarnowie", 'state_agency', '', 'mf.gov.pl', city=CITIES[3])
g("Zakład Ubezpieczeń Społecznych Oddział w Rzeszowie", 'state_agency', '', 'zus.pl', city=CITIES[1])
g("Generalna Dyrekcja Dróg Krajowych i Autostrad Oddział w Krakowie", 'state_agency', '', 'gddkia.gov.pl', city=CITIES[0])
g("Komenda Wojewódzka Policji w Katowicach", 'police', '', 'katowice.kwp.gov.pl', city=CITIES[4])
g("Jednostka Wojskowa 4220", 'armed_forces_unit', '', None, city=("Nowa Dęba", "39-460"))
g("Sąd Rejonowy dla Krakowa-Śródmieścia", 'court', '', 'krakow.sr.gov.pl', city=CITIES[0])
g("Ministerstwo Cyfryzacji", 'ministry', '', 'cyfra.gov.pl', city=CITIES[5])
g("Ambasada Republiki Czeskiej w Warszawie", 'embassy', '', None, city=CITIES[5])
g("Uniwersytet Jagielloński", 'public_university', "Wydział Fizyki, Astronomii i Informatyki Stosowanej UJ", 'uj.edu.pl', city=CITIES[0])
g("Politechnika Rzeszowska im. Ignacego Łukasiewicza", 'public_university', '', 'prz.edu.pl', city=CITIES[1])
g("Akademia Górniczo-Hutnicza im. Stanisława Staszica w Krakowie", 'public_university', '', 'agh.edu.pl', city=CITIES[0])
g("Samodzielny Publiczny Zakład Opieki Zdrowotnej w Łęcznej", 'public_hospital', '', 'spzoz.leczna.pl', city=("Łęczna", "21-010"))
g("Szpital Wojewódzki im. św. Łukasza SP ZOZ w Tarnowie", 'public_hospital', '', 'lukasz.med.pl', city=CITIES[3])
g("Uniwersytecki Szpital Kliniczny w Rzeszowie", 'public_hospital', '', 'szpital.rzeszow.pl', city=CITIES[1])
g("Zakład Gospodarki Komunalnej w Łącku", 'municipal_budget_unit', '', None, city=("Łącko", "33-390"))

def b2b(name, kind, mail=None, **k):
    c = rng.choice(CITIES)
    dom = ''.join(ch for ch in name.lower().split(' sp')[0].split(' s.a')[0] if ch.isalnum() and ch.isascii())[:14]
    P.append(B(name, kind, 'B2B', nip=k.pop('nip', nip(rng.random() < 0.3)), city=c, email=mail if mail is not None else f"biuro@{dom}.pl", **k))
for n in ["Budimex S.A.", "Tarnowskie Zakłady Mięsne sp. z o.o.", "MAKRO-BUD sp. z o.o. sp.k.", "Przedsiębiorstwo Handlowe ANMAR sp.j.",
          "Biuro Rachunkowe Saldo sp. z o.o.", "Comarch S.A.", "Hotel Pod Wawelem sp. z o.o.", "Transport-Spedycja Kowalczyk sp. z o.o.",
          "Apteka Pod Orłem s.c. M. Wójcik, A. Wójcik", "Zakład Stolarski Drewmax sp. z o.o.", "Piekarnia Mistrz sp. z o.o."]:
    b2b(n, 'company_with_legal_form')
for n in ["Drukarnia Kolor-Press", "Kwiaciarnia Stokrotka", "Optyk Okularnik", "Auto-Serwis Lewandowski"]:
    b2b(n, 'company_no_legal_form')
b2b("Usługi Remontowo-Budowlane Jan Kowalski", 'sole_trader_jdg', mail="jan.kowalski.remonty@wp.pl")
b2b("FHU ELMAR Marek Elżanowski", 'sole_trader_jdg', mail="elmar.fhu@onet.pl")
b2b("Kancelaria Adwokacka adw. Anna Zielińska", 'lawyer_practice')
b2b("Gabinet Stomatologiczny lek. dent. Piotr Mazur", 'doctor_private_practice', mail="gabinet.mazur@gmail.com")
b2b("Fundacja Rozwoju Przedsiębiorczości", 'foundation')
b2b("Stowarzyszenie Przyjaciół Ziemi Sądeckiej", 'non_profit_association', mail="stowarzyszenie.sadecczyzna@gmail.com")
b2b("Ochotnicza Straż Pożarna w Brzezince", 'volunteer_fire_association', mail="osp.brzezinka@interia.pl")
b2b("Koło Gospodyń Wiejskich w Wietrzychowicach", 'non_profit_association', mail="kgw.wietrzychowice@wp.pl")
b2b("Rada Rodziców przy Szkole Podstawowej nr 3 w Tarnowie", 'parents_association', mail="radarodzicow.sp3@gmail.com")
b2b("Wspólnota Mieszkaniowa Nieruchomości przy ul. Długiej 14", 'homeowners_association', mail="wm.dluga14@zarzadca.pl")
b2b("Parafia Rzymskokatolicka pw. Najświętszego Serca Pana Jezusa", 'religious_organisation', mail="parafia.nspj@gmail.com")
b2b("Akademia Leona Koźmińskiego", 'private_university')
b2b("Lux Med sp. z o.o.", 'private_hospital')
b2b("Niepubliczna Szkoła Podstawowa Montessori", 'private_school')
b2b("Poczta Polska S.A.", 'state_owned_company')
b2b("Miejskie Przedsiębiorstwo Komunikacyjne S.A. w Krakowie", 'state_owned_company')
for n, cc, vat in [("Kancelářské potřeby Novák s.r.o.", 'CZ', 'CZ27084721'), ("Bürobedarf Lenz GmbH", 'DE', 'DE281934067')]:
    b2b(n, 'foreign_eu_company_vat', nip=vat, cc=cc)
PERS = ["Jan Nowak", "Anna Wiśniewska", "Piotr Wójcik", "Katarzyna Kamińska", "Tomasz Lewandowski", "Magdalena Zielińska",
        "Michał Szymański", "Agnieszka Dąbrowska", "Krzysztof Kozłowski", "Ewa Jankowska", "Paweł Mazur", "Joanna Krawczyk"]
def asc(s): return s.lower().translate(str.maketrans('ąćęłńóśźż', 'acelnoszz'))
def per(name, kind='private_person', label='B2C', amb=False, **k):
    f, l = name.split()
    mail = k.pop('email', f"{asc(f)}.{asc(l)}{rng.choice(['', '85', '1990'])}@{rng.choice(['gmail.com', 'wp.pl', 'onet.pl', 'o2.pl', 'interia.pl'])}")
    P.append(B(name, kind, label, amb, nip='', city=rng.choice(CITIES), email=mail, cons=True, **k))
for n in PERS: per(n)
P.append(B('', 'anonymous_retail', 'B2C', doc='Paragon', cons=True, pay='Gotówka'))
P.append(B('', 'anonymous_retail', 'B2C', doc='Paragon', cons=True, pay='Karta'))
P.append(B('Klient detaliczny', 'anonymous_retail', 'B2C', doc='Paragon', cons=True, pay='BLIK'))
A = dict(single=True, repeat=False)
def amb(name, kind, label, prod, qty=1, **k):
    P.append(B(name, kind, label, True, nip=k.pop('nip', nip()), city=k.pop('city', rng.choice(CITIES)), prod=prod, qty=qty, email=k.pop('email', ''), **A, **k))
amb("Transport-Spedycja Kowalczyk sp. z o.o.", 'company_household_item', 'B2B', HOUSE[0])
amb("Biuro Rachunkowe Saldo sp. z o.o.", 'company_household_item', 'B2B', HOUSE[3])
amb("Comarch S.A.", 'company_household_item', 'B2B', HOUSE[4], email="zakupy@comarch.pl")
amb("Kancelaria Radcy Prawnego r.pr. Tomasz Sikora", 'lawyer_practice_item', 'B2B', ("Faks laserowy Brother FAX-2845", "BR-FAX", 749.0, "szt."),
    comment="Faktura na kancelarię, do użytku w kancelarii")
amb("Gmina Miasto Rzeszów", 'municipal_school_household_item', 'B2G', HOUSE[1], odb="Szkoła Podstawowa nr 12 im. Jana Kochanowskiego w Rzeszowie", city=CITIES[1])
amb("Powiat Tarnowski", 'public_body_household_item', 'B2G', HOUSE[2], odb="Starostwo Powiatowe w Tarnowie", city=CITIES[3])
amb("PKP Polskie Linie Kolejowe S.A.", 'state_owned_company_procurement', 'B2B', BIZ[0], qty=15, email="zakupy@plk-sa.pl",
    order="Postępowanie nr 9090/ICZZ/26", comment="Zamówienie sektorowe, umowa nr ZRK/2026/114")
amb("ORLEN S.A.", 'state_owned_company_procurement', 'B2B', BIZ[4], qty=24, order="Przetarg nr SWZ/0417/2026", email="zakupy.it@orlen.pl")
amb("Biuro Wysokiego Komisarza Narodów Zjednoczonych ds. Uchodźców (UNHCR) w Polsce", 'international_org', 'B2B', BIZ[0], qty=3,
    nip='', city=CITIES[5], comment="Zwolnienie z VAT - organizacja międzynarodowa")
per("Adam Kaczmarek", 'private_person_bulk', 'B2C', True, prod=CONS[0], qty=25, **A)
per("Beata Górska", 'private_person_bulk', 'B2C', True, prod=CONS[4], qty=50, **A)
per("Marcin Pawlak", 'person_states_business_use', 'B2B', True, prod=CONS[1], qty=6, comment="Towar do odsprzedaży w moim sklepie", **A)
per("Karolina Michalska", 'person_states_business_use', 'B2B', True, prod=CONS[2], qty=1, comment="laptop do pracy, na potrzeby działalności", **A)
per("Robert Wróbel", 'person_with_gov_email', 'B2C', True, prod=HOUSE[0], qty=1, email="robert.wrobel@mon.gov.pl",
    comment="dostawa do domu", pay='Karta', **A)
per("Dorota Sobczak", 'person_pays_company_invoice', 'B2B', True, prod=BIZ[1], qty=4, pay='Przelew',
    comment="Wpłata za fakturę firmy Kwiaciarnia Stokrotka", **A)
P.append(B('', 'product_only_business_goods', 'B2B', True, prod=BIZ[11], qty=2, doc='Faktura VAT', nip='', **A))
P.append(B('', 'product_only_consumer_goods', 'B2C', True, prod=HOUSE[4], qty=1, doc='Faktura VAT', nip='', **A))

amb("Hotel Pod Wawelem sp. z o.o.", 'company_household_item', 'B2B', HOUSE[2])
P.append(B("Zakład Stolarski Drewmax sp. z o.o.", 'company_household_item', 'B2B', True, nip=nip(), city=CITIES[3], email='', repeat=False,
           prods=[(HOUSE[0], 1), (HOUSE[4], 1)]))
amb("FHU ELMAR Marek Elżanowski", 'sole_trader_personal_purchase', 'B2B', CONS[0], pay='Karta', email="elmar.fhu@onet.pl")
amb("Drukarnia Kolor-Press", 'company_household_item', 'B2B', HOUSE[3])
P.append(B("PGE Polska Grupa Energetyczna S.A.", 'state_owned_company_procurement', 'B2B', True, nip=nip(), city=CITIES[5], email="zakupy@gkpge.pl",
           order="Postępowanie nr POST/PGE/2026/00871", repeat=False, prods=[(BIZ[0], 8), (BIZ[6], 8), (BIZ[4], 8)]))
P.append(B("Międzynarodowy Komitet Czerwonego Krzyża - delegatura w Warszawie", 'international_org', 'B2B', True, nip='', city=CITIES[5], email='',
           comment="Zwolnienie z VAT - organizacja międzynarodowa", repeat=False, prods=[(BIZ[0], 2), (BIZ[3], 1)]))
per("Łukasz Baran", 'person_with_edu_email', 'B2C', True, prod=HOUSE[1], qty=1, email="lukasz.baran@uj.edu.pl", comment="dostawa pod adres domowy", **A)
per("Natalia Sikora", 'private_person_bulk', 'B2C', True, prod=CONS[3], qty=60, **A)
P.append(B('', 'product_only_business_goods', 'B2B', True, prod=BIZ[1], qty=40, doc='Faktura VAT', nip='', **A))
P.append(B('', 'product_only_consumer_goods', 'B2C', True, prod=CONS[0], qty=1, doc='Paragon', nip='', **A))
def money(x): return f"{x:.2f}".replace('.', ',')
orders = plan_orders(rng, P, 240, max_lines=3)
dated = sorted(((rdate(rng), b, n) for b, n in orders), key=lambda x: x[0])
rows, labels = [], []
cnt = {}
for d, b, n in dated:
    doc = b.get('doc') or ('Faktura VAT' if not b.get('cons') else rng.choice(['Faktura VAT', 'Faktura VAT', 'Paragon']))
    key = (doc, d.month); cnt[key] = cnt.get(key, 0) + 1
    numer = (f"FV {cnt[key]}/{d.month:02d}/{d.year}" if doc == 'Faktura VAT' else f"PAR {cnt[key]}/{d.month:02d}/{d.year}")
    gov = b['label'] == 'B2G'
    if 'prods' in b: items = list(b['prods'])
    elif 'prod' in b: items = [(b['prod'], b['qty'])]
    elif b.get('cons'): items = [(rng.choice(CONS), 1) for _ in range(n)]
    else:
        items = []
        for _ in range(n):
            p = rng.choice(BIZ); items.append((p, rng.choice([1, 1, 2, 5, 10]) if p[2] < 700 else rng.choice([1, 1, 2, 3])))
    exempt = b['kind'] == 'international_org' or b['kind'] == 'foreign_eu_company_vat'
    vat = 0.0 if exempt else 0.23
    total = round(sum(p[2] * q for p, q in items) * (1 + vat), 2)
    pay = b.get('pay') or ('Przelew' if gov or not b.get('cons') and rng.random() < 0.85 else
                           rng.choice(['Karta', 'BLIK', 'Gotówka', 'Przelewy24', 'Pobranie', 'Przelew']) if b.get('cons') else 'Gotówka')
    termin = d + datetime.timedelta(days=(30 if gov else 14 if pay == 'Przelew' else 0))
    status = rng.choice(['Opłacona', 'Opłacona', 'Wystawiona', 'Przeterminowana']) if pay == 'Przelew' else 'Opłacona'
    order = b.get('order') or (f"ZP/{rng.randrange(10, 399)}/{d.year}" if gov and rng.random() < 0.3 else '')
    note = b.get('comment', '')
    if not note and gov and rng.random() < 0.3: note = "Mechanizm podzielonej płatności"
    c = b.get('city')
    for (name, code, price, unit), q in items:
        net = round(price * q, 2)
        rows.append({"Numer": numer, "Rodzaj": doc, "Status": status, "Data wystawienia": d.isoformat(), "Data sprzedaży": d.isoformat(),
                     "Termin płatności": termin.isoformat(), "Sprzedawca": SELLER[0], "NIP sprzedawcy": SELLER[1],
                     "Nabywca": b['name'], "NIP nabywcy": b.get('nip', ''),
                     "Ulica nabywcy": f"{rng.choice(STREETS)} {rng.randrange(1, 120)}" if c else '', "Kod pocztowy nabywcy": c[1] if c else '',
                     "Miasto nabywcy": c[0] if c else '', "Kraj nabywcy": b.get('cc', 'PL') if c else '', "E-mail nabywcy": b.get('email', ''),
                     "Odbiorca": b.get('odb', ''), "NIP odbiorcy": '', "Nazwa produktu": name, "Kod produktu": code, "Ilość": q,
                     "Jednostka": unit, "Cena netto": money(price), "Stawka VAT": 'zw' if b['kind'] == 'international_org' else ('np' if exempt else '23'),
                     "Wartość netto": money(net), "Wartość brutto": money(round(net * (1 + vat), 2)), "Razem brutto": money(total),
                     "Waluta": 'PLN', "Sposób płatności": pay, "Opłacono": money(total) if status == 'Opłacona' else '0,00',
                     "Numer zamówienia": order, "Uwagi": note})
        labels.append((b['label'], b['amb'], b['kind'], b.get('cc', 'PL')))
path = os.path.join(BASE, 'layouts', SID + '.csv')
import csv
with open(path, 'w', encoding='utf-8-sig', newline='') as f:
    w = csv.DictWriter(f, fieldnames=COLS, delimiter=';', quoting=csv.QUOTE_MINIMAL)
    w.writeheader(); w.writerows(rows)
write_labels(SID, labels)
write_key(SID, {
    "id": SID, "system": "Fakturownia.pl - eksport listy faktur z pozycjami (CSV)", "country": "PL", "language": "pl",
    "docs": ["Fakturownia (InvoiceOcean) REST API invoice fields as used in public clients (abb/fakturownia, linkerry connector, several TypeScript integrations): number, kind, status, issue_date, sell_date, payment_to, seller_name, seller_tax_no, buyer_name, buyer_tax_no, buyer_street, buyer_post_code, buyer_city, buyer_country, buyer_email, recipient (odbiorca), positions[name, code, quantity, quantity_unit, price_net, tax, total_price_net, total_price_gross], price_gross, currency, payment_type, paid, oid (order number), description",
             "Headers are the Polish labels that Fakturownia's UI and printouts give these fields (Numer, Rodzaj, Data wystawienia, Data sprzedaży, Termin płatności, Sprzedawca, Nabywca, NIP nabywcy, Odbiorca, Ilość, Cena netto, Stawka VAT, Wartość netto/brutto, Sposób płatności, Uwagi); exact export header spelling not found in the public documentation, so these are my best reconstruction",
             "Polish practice since the 2017 centralizacja VAT JST: the invoice names the gmina/powiat as Nabywca (with the JST's NIP) and the school or office as Odbiorca; payment types Przelew, Gotówka, Karta, BLIK, Przelewy24, Pobranie; 'zw'/'np' VAT rates"],
    "fields": {"buyer": "Nabywca", "product": "Nazwa produktu", "quantity": "Ilość", "amount": "Wartość brutto",
               "tax_id": "NIP nabywcy", "email": "E-mail nabywcy", "payment": "Sposób płatności", "comment": "Uwagi"},
    "also_ok": {"amount": ["Wartość netto", "Razem brutto"]},
    "notes": "CSV UTF-8 with BOM, ';' separator, decimal comma, ISO dates. Header in line 1; every later line is a record (one invoice position). Positions of one invoice share Numer and the label. 'Sprzedawca'/'NIP sprzedawcy' are the seller (the same in every row) - not the buyer. For local-government invoices the Nabywca is the gmina/powiat/województwo and Odbiorca the unit that ordered; both are public. 'Paragon' rows are retail receipts, mostly without Nabywca. Two foreign EU buyers carry their EU VAT number in 'NIP nabywcy'."})
print(SID, len(rows))
