"""Poland: Comarch ERP Optima - Rejestr sprzedaży VAT, list exported to Excel (XLSX), one row per document."""
import random, os, sys, datetime, unicodedata
sys.path.insert(0, os.path.dirname(__file__))
from v_common import *
import pandas as pd

rng = random.Random(4404)
KID = 'v_pl_optima_rejestr_sprzedazy_vat'

BIZ = ["Papier ksero A4 80g Pollux (karton 5 ryz)", "Toner HP 59A CF259A", "Laptop Dell Latitude 5540 i5/16GB", "Monitor iiyama ProLite 24\"", "Krzesło biurowe obrotowe Nowy Styl",
       "Licencja Microsoft 365 Business Standard (12 mies.)", "Licencja Comarch ERP Optima moduł Księga Handlowa", "Switch Ubiquiti UniFi 24 PoE", "Szafa rack 42U 800x1000",
       "Urządzenie wielofunkcyjne Xerox VersaLink C405", "Niszczarka Kobra 260.2", "Zasilacz UPS Ever Sinline 1200", "Usługa serwisu informatycznego (roboczogodziny)",
       "Projektor BenQ MW560", "Segregatory A4/75 mm (karton 20 szt.)", "Wdrożenie sieci LAN - okablowanie strukturalne", "Dysk SSD Kingston KC3000 1TB"]
HOUSE = ["Telewizor Samsung 55\" Crystal UHD", "Ekspres do kawy DeLonghi Magnifica S", "Czajnik elektryczny Bosch TWK 1,7 l", "Klimatyzator przenośny Midea",
         "Kuchenka mikrofalowa Amica", "Odkurzacz automatyczny iRobot Roomba", "Tablet Lenovo Tab M10", "Frytkownica beztłuszczowa Tefal Easy Fry", "Słuchawki JBL Tune 760NC"]
PHONE = "Smartfon Samsung Galaxy A25 128GB"
PRICE = {}

FIRST = ["Anna", "Piotr", "Katarzyna", "Krzysztof", "Małgorzata", "Tomasz", "Agnieszka", "Paweł", "Joanna", "Marcin", "Magdalena", "Michał", "Ewa", "Łukasz", "Barbara", "Jakub", "Monika", "Grzegorz", "Aleksandra", "Marek"]
LASTM = ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Mazur", "Krawczyk", "Jankowski"]
FEM = {"Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Joanna", "Magdalena", "Ewa", "Barbara", "Monika", "Aleksandra"}
CITIES = ["Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Lublin", "Katowice", "Białystok", "Rzeszów", "Olsztyn", "Kielce", "Toruń", "Opole"]
LOC = {"Warszawa": "Warszawie", "Kraków": "Krakowie", "Łódź": "Łodzi", "Wrocław": "Wrocławiu", "Poznań": "Poznaniu", "Gdańsk": "Gdańsku", "Lublin": "Lublinie", "Katowice": "Katowicach",
       "Białystok": "Białymstoku", "Rzeszów": "Rzeszowie", "Olsztyn": "Olsztynie", "Kielce": "Kielcach", "Toruń": "Toruniu", "Opole": "Opolu"}
GEN = {"Warszawa": "Warszawy", "Kraków": "Krakowa", "Łódź": "Łodzi", "Wrocław": "Wrocławia", "Poznań": "Poznania", "Gdańsk": "Gdańska", "Lublin": "Lublina", "Katowice": "Katowic",
       "Białystok": "Białegostoku", "Rzeszów": "Rzeszowa", "Olsztyn": "Olsztyna", "Kielce": "Kielc", "Toruń": "Torunia", "Opole": "Opola"}

def person(rng):
    f = rng.choice(FIRST); l = rng.choice(LASTM)
    if f in FEM and l.endswith('ski'): l = l[:-1] + 'a'
    return f"{f} {l}", f, l
def asc(s): return unicodedata.normalize('NFKD', s.replace('ł', 'l').replace('Ł', 'L')).encode('ascii', 'ignore').decode().lower().replace(' ', '')
def goods(rng, pool, n=(1, 3)):
    items = rng.sample(pool, rng.randint(*n))
    return ", ".join(items)
B = lambda **k: k
def amt(rng, lo, hi): return round(rng.uniform(lo, hi), 2)

PUBLIC = [("Gmina Miasta {g}", "pl_municipality"), ("Urząd Miasta {g}", "pl_municipality"), ("Gmina {city}", "pl_municipality"), ("Urząd Gminy Czarna", "pl_municipality"),
          ("Starostwo Powiatowe w {l}", "pl_county"), ("Powiat {pw} - Starostwo Powiatowe", "pl_county"), ("Urząd Marszałkowski Województwa Mazowieckiego", "pl_voivodeship"),
          ("Gmina Miasta {g} - Szkoła Podstawowa nr {n} im. Marii Konopnickiej", "public_school"), ("Zespół Szkół Ponadpodstawowych nr {n} w {l}", "public_school"),
          ("Przedszkole Miejskie nr {n} w {l}", "public_school"), ("Uniwersytet Warszawski", "public_university"), ("Politechnika Gdańska", "public_university"),
          ("Uniwersytet Jagielloński w Krakowie", "public_university"), ("Akademia Górniczo-Hutnicza im. S. Staszica", "public_university"),
          ("Samodzielny Publiczny Zakład Opieki Zdrowotnej w {l}", "public_hospital"), ("Wojewódzki Szpital Specjalistyczny SP ZOZ w {l}", "public_hospital"),
          ("Uniwersytecki Szpital Kliniczny w {l}", "public_hospital"), ("Komenda Miejska Policji w {l}", "police"), ("Jednostka Wojskowa nr {j}", "armed_forces"),
          ("Sąd Rejonowy w {l}", "court"), ("Urząd Skarbowy w {l}", "state_agency"), ("Generalna Dyrekcja Dróg Krajowych i Autostrad Oddział w {l}", "state_agency"),
          ("Ministerstwo Cyfryzacji", "pl_ministry"), ("Zakład Ubezpieczeń Społecznych Oddział w {l}", "state_agency"), ("Ambasada Republiki Federalnej Niemiec w Warszawie", "embassy"),
          ("Zarząd Transportu Miejskiego w {l}", "transit_authority"), ("Miejski Ośrodek Pomocy Społecznej w {l}", "pl_municipal_unit")]

def public_case(rng):
    nm, kind = rng.choice(PUBLIC); c = rng.choice(CITIES)
    nm = nm.format(city=c, pw=rng.choice(['Wołomiński', 'Krakowski', 'Poznański', 'Wrocławski', 'Piaseczyński']), g=GEN[c], l=LOC[c], n=rng.randint(1, 60), j=rng.choice([1234, 2063, 4220, 3390, 1156]))
    return B(name=nm, nip=pl_nip(rng, rng.random() < .4), city=c, kind=kind, label='B2G', amb=False, cc='DE' if kind == 'embassy' else 'PL',
             opis=goods(rng, BIZ), net=amt(rng, 300, 24000), pay=rng.choice(["przelew", "przelew", "przelew 30 dni"]), cat=rng.choice(["SPRZEDAŻ TOWARÓW", "USŁUGI"]))
def school_kettle(rng):
    c = rng.choice(CITIES)
    return B(name=f"Szkoła Podstawowa nr {rng.randint(1,40)} w {LOC[c]}", nip=pl_nip(rng), city=c, kind='public_school_household_item', label='B2G', amb=True, cc='PL',
             opis=f"{rng.choice(HOUSE[1:3] + HOUSE[4:5])} - 1 szt. (pokój nauczycielski)", net=amt(rng, 120, 900), pay="przelew", cat="SPRZEDAŻ TOWARÓW")

COMP = ["Budimex", "Transbud", "Elektro-Instal", "Polmar", "Agro-Handel", "Drewmet", "Dom-Bud", "Media Serwis", "Logistyka Wisła", "Apteka Pod Orłem", "Kancelaria Podatkowa Fiskus", "Auto-Serwis Kraś", "Piekarnia Złoty Kłos", "Hurtownia Budowlana Betex"]
def company_case(rng, form=True):
    if form:
        r = rng.random()
        if r < .12: nm = rng.choice(["Orange Polska S.A.", "Jeronimo Martins Polska S.A.", "Allegro.pl sp. z o.o.", "Budimex S.A."])
        elif r < .3: full, f, l = person(rng); nm = f"{rng.choice(COMP)} {l} i Wspólnicy Sp. j."
        elif r < .38: nm = f"{rng.choice(COMP)} Sp. z o.o. Sp. k."
        else: nm = f"{rng.choice(COMP)} {rng.choice(['Sp. z o.o.', 'sp. z o.o.', 'Spółka z ograniczoną odpowiedzialnością', 'S.A.'])}"
        kind = 'company_with_legal_form'
    else:
        nm = rng.choice(COMP).upper() if rng.random() < .3 else rng.choice(COMP); kind = 'company_no_legal_form'
    return B(name=nm, nip=pl_nip(rng, rng.random() < .4), city=rng.choice(CITIES), kind=kind, label='B2B', amb=False, cc='PL', opis=goods(rng, BIZ),
             net=amt(rng, 200, 30000), pay=rng.choice(["przelew", "przelew 14 dni", "przelew 30 dni", "karta", "gotówka"]), cat=rng.choice(["SPRZEDAŻ TOWARÓW", "USŁUGI", "SPRZEDAŻ TOWARÓW"]))
def company_nf(rng): return company_case(rng, False)
def foreign_company(rng):
    nm, cc, v = rng.choice([("Bürotechnik Schulz GmbH", "DE", "DE" + str(rng.randint(10**8, 10**9 - 1))), ("Kancelářské potřeby s.r.o.", "CZ", "CZ" + str(rng.randint(10**7, 10**8 - 1)))])
    return B(name=nm, nip=v, city=rng.choice(["Berlin", "Dresden", "Praha", "Ostrava"]), kind='foreign_company', label='B2B', amb=False, cc=cc, opis=goods(rng, BIZ), net=amt(rng, 2000, 40000),
             pay="przelew", cat="WDT")
def nonprofit(rng):
    c = rng.choice(CITIES)
    opts = [("Fundacja Rozwoju Przedsiębiorczości", "foundation"), ("Stowarzyszenie Przyjaciół Ziemi Kłodzkiej", "association"), ("Parafia Rzymskokatolicka pw. św. Stanisława w {l}", "religious_organisation"),
            ("Wspólnota Mieszkaniowa ul. Słowackiego 12", "homeowners_association"), ("Spółdzielnia Mieszkaniowa Przyszłość", "cooperative"), ("Polski Czerwony Krzyż Oddział Rejonowy w {l}", "national_red_cross"),
            ("Rada Rodziców przy Szkole Podstawowej nr 8", "parents_association"), ("Uniwersytet SWPS", "private_university"), ("Akademia Leona Koźmińskiego", "private_university"),
            ("Społeczne Liceum Ogólnokształcące STO nr 3", "private_school"), ("LUX MED sp. z o.o.", "private_hospital"), ("Klub Sportowy Orlęta {c}", "sports_club")]
    nm, kind = rng.choice(opts)
    return B(name=nm.format(c=c, l=LOC[c]), nip=pl_nip(rng), city=c, kind=kind, label='B2B', amb=False, cc='PL', opis=goods(rng, BIZ, (1, 2)),
             net=amt(rng, 150, 8000), pay=rng.choice(["przelew", "gotówka"]), cat="SPRZEDAŻ TOWARÓW")
def jdg(rng):
    full, f, l = person(rng)
    nm = rng.choice([f"Usługi Remontowe {full}", f"Kancelaria Adwokacka adw. {full}", f"Gabinet Stomatologiczny lek. dent. {full}", f"PHU {l[:3].upper()}EX {full}",
                     f"F.H.U. {full}", f"Biuro Rachunkowe {full}", f"{full} Usługi Transportowe", f"{full}"])
    return B(name=nm, nip=pl_nip(rng, rng.random() < .4), city=rng.choice(CITIES), kind='sole_trader', label='B2B', amb=False, cc='PL', opis=goods(rng, BIZ, (1, 2)),
             net=amt(rng, 100, 9000), pay=rng.choice(["przelew", "karta", "BLIK", "gotówka"]), cat="SPRZEDAŻ TOWARÓW")
def private(rng):
    full, f, l = person(rng)
    return B(name=full, nip="", city=rng.choice(CITIES), kind='private_person', label='B2C', amb=False, cc='PL', opis=goods(rng, HOUSE + BIZ[2:4], (1, 2)),
             net=amt(rng, 80, 4500), pay=rng.choice(["karta", "BLIK", "gotówka", "pobranie", "przelew"]), cat="SPRZEDAŻ DETALICZNA")
def anon(rng):
    return B(name="", nip="", city="", code="!NIEOKREŚLONY!", kind='anonymous_retail', label='B2C', amb=False, cc='PL', opis=rng.choice(["Sprzedaż detaliczna - paragony", "Sprzedaż detaliczna", goods(rng, HOUSE, (1, 1))]),
             net=amt(rng, 30, 1500), pay=rng.choice(["gotówka", "karta"]), cat="SPRZEDAŻ DETALICZNA", doc="PA")
def company_aircon(rng):
    o = company_case(rng); o.update(kind='company_household_item', amb=True, opis=f"{rng.choice(HOUSE)} - 1 szt.", net=amt(rng, 200, 3000)); return o
def person_bulk(rng):
    o = private(rng); q = rng.choice([25, 30, 40]); o.update(kind='private_person_bulk_quantity', amb=True, opis=f"{PHONE} - {q} szt.", net=round(q * 812.19, 2), pay=rng.choice(["karta", "BLIK"])); return o
def person_resale(rng):
    o = private(rng); o.update(kind='person_states_business_use', label='B2B', amb=True, opis=goods(rng, BIZ, (1, 2)) + rng.choice([" - na odsprzedaż", " - do pracy (działalność)", " - zakup do sklepu"])); return o
def jdg_tv(rng):
    o = jdg(rng); full, f, l = person(rng)
    o.update(name=f"F.H.U. {full}", kind='sole_trader_personal_purchase', amb=True, opis=f"{rng.choice(HOUSE[:1] + HOUSE[6:])} - 1 szt.", pay="karta", net=amt(rng, 400, 3500)); return o
def intl_org(rng):
    return B(name=rng.choice(["UNHCR Biuro w Polsce", "Międzynarodowa Organizacja ds. Migracji (IOM) Misja w Polsce", "Międzynarodowy Komitet Czerwonego Krzyża - Delegatura w Warszawie"]),
             nip=pl_nip(rng), city="Warszawa", kind='international_org', label='B2B', amb=True, cc='PL', opis=goods(rng, BIZ), net=amt(rng, 1000, 20000), pay="przelew", cat="SPRZEDAŻ TOWARÓW")
def soe_tender(rng):
    nm = rng.choice(["PKP Intercity S.A.", "Poczta Polska S.A.", "PGE Dystrybucja S.A.", "Miejskie Przedsiębiorstwo Wodociągów i Kanalizacji w m.st. Warszawie S.A."])
    return B(name=nm, nip=pl_nip(rng, True), city=rng.choice(CITIES), kind='state_owned_company_procurement', label='B2B', amb=True, cc='PL',
             opis=goods(rng, BIZ) + f" - umowa nr {rng.randint(10,999)}/ZP/2024 (zamówienie sektorowe, postępowanie przetargowe)", net=amt(rng, 10000, 90000), pay="przelew 30 dni", cat="SPRZEDAŻ TOWARÓW")
def person_pays_company(rng):
    full, f, l = person(rng)
    return B(name=full, nip="", city=rng.choice(CITIES), kind='person_pays_company_invoice', label='B2B', amb=True, cc='PL', opis=goods(rng, BIZ, (1, 2)) + f" - zapłata za fakturę firmy {rng.choice(COMP)} Sp. z o.o.",
             net=amt(rng, 300, 6000), pay="przelew", cat="SPRZEDAŻ TOWARÓW")
def product_only(rng):
    t, l = rng.choice([("Szafa rack 42U 800x1000", 'B2B'), ("Licencja Comarch ERP Optima moduł Księga Handlowa", 'B2B'), ("Frytkownica beztłuszczowa Tefal Easy Fry", 'B2C'), ("Słuchawki JBL Tune 760NC", 'B2C')])
    return B(name="", nip="", city="", code="", kind='product_only', label=l, amb=True, cc='PL', opis=t, net=amt(rng, 150, 4000), pay="", cat="")
def nonprofit_central(rng):
    return B(name=rng.choice(["Fundacja Pomocy Dzieciom Promyk", "Stowarzyszenie Hospicjum Królowej Apostołów"]), nip=pl_nip(rng), city=rng.choice(CITIES), kind='nonprofit_public_purchasing_contract',
             label='B2B', amb=True, cc='PL', opis=goods(rng, BIZ) + " - zakup w ramach umowy ramowej Centralnego Ośrodka Informatyki", net=amt(rng, 1000, 15000), pay="przelew", cat="SPRZEDAŻ TOWARÓW")
# person with gov email: register has no e-mail column, so the evidence is in the description
def gov_person(rng):
    full, f, l = person(rng)
    return B(name=full, nip="", city=rng.choice(CITIES), kind='person_with_gov_email', label='B2C', amb=True, cc='PL',
             opis=f"{rng.choice(HOUSE)} - 1 szt., kontakt {asc(f)}.{asc(l)}@{rng.choice(['policja.gov.pl', 'mon.gov.pl', 'mf.gov.pl'])}, dostawa do domu", net=amt(rng, 100, 3000), pay="karta", cat="SPRZEDAŻ DETALICZNA")

CASES = [(15, public_case), (1.5, school_kettle), (15, company_case), (5, company_nf), (2, foreign_company), (7, nonprofit), (8, jdg),
         (17, private), (5, anon), (1.5, company_aircon), (1, person_bulk), (1, person_resale), (1, jdg_tv), (0.7, intl_org),
         (1, soe_tender), (0.7, person_pays_company), (1, product_only), (0.7, nonprofit_central), (1, gov_person)]
orders = pick_cases(rng, CASES, 200, 250, None)
for o in orders: o['lines'] = [1]
# pick_cases counts rows by lines; here each order is one document
rows, labels = [], []; codes = {}
d0 = datetime.date(2024, 1, 2); cnt = {"FA": 0, "PA": 0}
for i, o in enumerate(orders):
    d = d0 + datetime.timedelta(days=int(i * 0.45))
    doc = o.get('doc', 'FA'); cnt[doc] += 1
    num = f"{doc}/{cnt[doc]}/{d.month:02d}/2024" if doc == 'FA' else f"PA/{cnt[doc]}/2024"
    code = o.get('code') if 'code' in o else (codes.setdefault(o['name'], (asc(o['name'])[:10].upper() or 'KLIENT') + str(len(codes))) if o['name'] else "")
    rate = 0 if o['kind'] == 'foreign_company' else 23
    vat = round(o['net'] * rate / 100, 2)
    term = "" if o['pay'] in ("gotówka", "karta", "BLIK", "") else (d + datetime.timedelta(days=30 if '30' in o['pay'] else 14)).isoformat()
    rows.append({"Lp.": i + 1, "Rejestr": "SPRZEDAŻ", "Data zapisu": d.isoformat(), "Data wystawienia": d.isoformat(), "Data sprzedaży": d.isoformat(), "Numer dokumentu": num,
                 "Kod kontrahenta": code, "Nazwa kontrahenta": o['name'], "NIP": o['nip'], "Miejscowość": o['city'], "Kategoria": o['cat'], "Opis": o['opis'],
                 "Stawka VAT": "0% WDT" if rate == 0 else "23%", "Netto": o['net'], "VAT": vat, "Brutto": round(o['net'] + vat, 2), "Forma płatności": o['pay'],
                 "Termin płatności": term, "Rozliczono": rng.choice(["Tak", "Tak", "Nie", "Częściowo"]), "Kod JPK": rng.choice(["", "", "GTU_06", "MPP"]) if o['label'] != 'B2C' else ""})
    labels.append((o['label'], o['amb'], o['kind'], o['cc']))

df = pd.DataFrame(rows)
path = os.path.join(SET, 'layouts', KID + '.xlsx')
df.to_excel(path, index=False, sheet_name="Rejestr sprzedaży VAT")
write_key(KID, {
    "id": KID, "system": "Comarch ERP Optima - Rejestry VAT, zakładka Rejestr sprzedaży, lista wyeksportowana do arkusza (XLSX)", "country": "PL", "language": "pl",
    "docs": ["Comarch ERP Optima help (pomoc.comarch.pl/optima, 'Rejestry VAT – Scenariusze', 'Formularz dokumentu'): a VAT register entry holds the kontrahent (kod, nazwa, NIP, taken from the kontrahent card or typed for a one-off buyer), data zapisu, data wystawienia, data sprzedaży, numer dokumentu, kategoria and opis, net/VAT/gross per rate, forma płatności and termin; registers are listed per sub-register (e.g. SPRZEDAŻ).",
             "Optima's default undefined buyer code '!NIEOKREŚLONY!' is used for receipts (paragony). Column list and order of the exported grid are the writer's reconstruction; grids export numeric cells to Excel."],
    "fields": {"buyer": "Nazwa kontrahenta", "product": "Opis", "quantity": None, "amount": "Netto", "tax_id": "NIP", "email": None, "payment": "Forma płatności", "comment": None},
    "also_ok": {"amount": ["Brutto"], "comment": ["Opis"]},
    "notes": "One row per document (a VAT register holds no line items or quantities); one header row, no totals row. 'Opis' is the register's free-text description and carries the goods (and, for a few records, the buyer's stated purpose or a tender reference). 'Kod kontrahenta' is the kontrahent acronym; '!NIEOKREŚLONY!' marks anonymous retail receipts (PA). Product-only rows have empty kontrahent fields. Private persons carry no NIP. The register has no e-mail column; the person_with_gov_email rows carry the address inside Opis."
}, labels)
print(KID, len(rows), 'rows')
