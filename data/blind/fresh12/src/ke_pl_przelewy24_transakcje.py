"""Przelewy24 (Poland): monthly transaction report CSV ('zestawienie transakcji') of an online shop.

Rebuilds layouts/ke_pl_przelewy24_zestawienie_transakcji.csv and its key. Seeded, no network.
"""
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ke_common import LAYOUTS, write_key, csv_text, dec_comma  # noqa: E402

ID = "ke_pl_przelewy24_zestawienie_transakcji"
rng = random.Random(24240501)

HEADER = ["Numer wiersza", "Data utworzenia", "Data i czas utworzenia wypłaty", "Id sesji", "Waluta", "Id wypłaty",
          "Czas wpłaty", "Id metody płatności", "Nazwa metody płatności", "Id transakcji", "Tekstowe id transakcji",
          "Saldo po operacji", "Tytuł", "Email klienta", "Imię i nazwisko klienta", "Kraj klienta", "Miasto klienta",
          "Adres klienta", "Kod pocztowy klienta", "Status", "Znacznik rekordu", "Data wpłaty", "Czas utworzenia",
          "Data i czas utworzenia", "Data i czas wpłaty", "Kwota", "Kwota bez prowizji", "Rodzaj prowizji",
          "Prowizja", "Id sprzedawcy"]

METHODS = [(154, "BLIK", 30), (25, "mTransfer - mBank", 8), (112, "Płacę z ING", 8), (31, "Płać z iPKO", 10),
           (20, "Przelew z Santander", 5), (136, "Płacę z Pekao", 4), (218, "Karta płatnicza", 14),
           (238, "Google Pay", 4), (239, "Apple Pay", 4), (1000, "Przelew tradycyjny", 6), (65, "Przelew z BNP Paribas", 3),
           (266, "PayPo - zapłać później", 2)]
CARD_IDS = {218, 238, 239}

# name, price PLN, group
CAT = [
    ("Papier ksero Pollux A4 80g, karton 5 ryz", 119.00, "biz"),
    ("Toner HP 26A CF226A czarny", 349.00, "biz"),
    ("Tusz HP 305XL czarny", 89.90, "mix"),
    ("Segregator Esselte A4 75 mm (10 szt.)", 89.90, "biz"),
    ("Niszczarka Fellowes Powershred 79Ci", 1299.00, "biz"),
    ("Laminator Fellowes Saturn 3i A4", 259.00, "biz"),
    ("Tablica suchościeralna 120x90 cm", 349.00, "biz"),
    ("Drukarka Brother HL-L2350DW", 599.00, "mix"),
    ("Projektor Epson EB-W06", 2199.00, "biz"),
    ("Kredki Bambino 24 kolory", 14.99, "mix"),
    ("Plastelina Astra 12 kolorów", 8.49, "mix"),
    ("Zeszyt A5 w kratkę 60 kartek (10 szt.)", 29.90, "mix"),
    ("Długopis BIC Cristal niebieski (50 szt.)", 54.90, "biz"),
    ("Karteczki samoprzylepne Post-it 76x76 (12 bloczków)", 59.90, "biz"),
    ("Mysz Logitech M185", 59.00, "mix"),
    ("Baterie Duracell AA (24 szt.)", 69.90, "mix"),
    ("Czajnik elektryczny Bosch TWK3A011", 129.00, "home"),
    ("Ekspres DeLonghi Magnifica S ECAM 22.110.B", 1499.00, "home"),
    ("Odkurzacz Philips PowerPro FC9332", 549.00, "home"),
    ("Robot kuchenny Bosch MUM5", 699.00, "home"),
    ("Żelazko Philips Azur GC4567", 299.00, "home"),
    ("Kuchenka mikrofalowa Samsung MS23K3513AW", 449.00, "home"),
]
BIZ = [c for c in CAT if c[2] in ("biz", "mix")]
HOME = [c for c in CAT if c[2] == "home"]
PRIV = [c for c in CAT if c[2] in ("mix", "home")]

FIRST_M = ["Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Marcin", "Michał", "Marek", "Grzegorz", "Jakub",
           "Łukasz", "Adam", "Rafał", "Kamil", "Mateusz"]
FIRST_F = ["Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Magdalena", "Joanna",
           "Aleksandra", "Monika", "Natalia", "Karolina", "Beata", "Dorota"]
LAST_M = ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
          "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Krawczyk", "Piotrowski"]
LAST_F = ["Nowak", "Kowalska", "Wiśniewska", "Wójcik", "Kowalczyk", "Kamińska", "Lewandowska", "Zielińska",
          "Szymańska", "Woźniak", "Dąbrowska", "Kozłowska", "Jankowska", "Mazur", "Krawczyk", "Piotrowska"]
FREEMAIL = ["gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl", "op.pl", "poczta.onet.pl", "interia.eu", "tlen.pl"]
CITIES = [("Warszawa", "00-"), ("Kraków", "30-"), ("Łódź", "90-"), ("Wrocław", "50-"), ("Poznań", "60-"),
          ("Gdańsk", "80-"), ("Szczecin", "70-"), ("Lublin", "20-"), ("Katowice", "40-"), ("Białystok", "15-"),
          ("Gdynia", "81-"), ("Rzeszów", "35-"), ("Toruń", "87-"), ("Kielce", "25-"), ("Olsztyn", "10-"),
          ("Tychy", "43-"), ("Gniezno", "62-"), ("Tczew", "83-"), ("Pruszków", "05-"), ("Zawiercie", "42-")]
STREETS = ["ul. Długa", "ul. Polna", "ul. Leśna", "ul. Słoneczna", "ul. Krótka", "ul. Szkolna", "ul. Ogrodowa",
           "ul. Lipowa", "ul. Kościuszki", "ul. Mickiewicza", "ul. Sienkiewicza", "ul. Kwiatowa", "os. Kalinowe"]

# name, e-mail, city, postal, street, kind
PUBLIC = [
    ("Urząd Gminy Kleszczów", "zamowienia@kleszczow.pl", "Kleszczów", "97-410", "ul. Główna 47", "municipality"),
    ("Urząd Miejski w Tczewie", "sekretariat@um.tczew.pl", "Tczew", "83-110", "pl. Piłsudskiego 1", "municipality"),
    ("Urząd Gminy Raszyn", "gmina@raszyn.pl", "Raszyn", "05-090", "ul. Szkolna 2a", "municipality"),
    ("Gmina Kobierzyce", "zaopatrzenie@ugk.pl", "Kobierzyce", "55-040", "al. Pałacowa 1", "municipality"),
    ("Starostwo Powiatowe w Wieliczce", "starostwo@powiat.wieliczka.pl", "Wieliczka", "32-020",
     "ul. Myślenicka 2", "county"),
    ("Urząd Marszałkowski Województwa Pomorskiego", "administracja@pomorskie.eu", "Gdańsk", "80-810",
     "ul. Okopowa 21/27", "regional_government"),
    ("Mazowiecki Urząd Wojewódzki w Warszawie", "zamowienia@mazowieckie.gov.pl", "Warszawa", "00-950",
     "pl. Bankowy 3/5", "state_agency"),
    ("Powiatowy Urząd Pracy w Sieradzu", "lose@praca.gov.pl", "Sieradz", "98-200", "ul. Sportowa 1",
     "state_agency"),
    ("Miejski Ośrodek Pomocy Społecznej w Bydgoszczy", "sekretariat@mops.bydgoszcz.pl", "Bydgoszcz", "85-008",
     "ul. Ogrodowa 9", "municipal_social_services"),
    ("Szkoła Podstawowa nr 5 w Gnieźnie", "sp5@gniezno.eu", "Gniezno", "62-200", "ul. Cierpięgi 1",
     "public_school"),
    ("Zespół Szkół Ekonomicznych w Rzeszowie", "sekretariat@zse.rzeszow.pl", "Rzeszów", "35-051",
     "ul. Ks. J. Jałowego 22", "public_school"),
    ("I Liceum Ogólnokształcące im. Mikołaja Kopernika w Łodzi", "sekretariat@kopernik.lodz.pl", "Łódź",
     "90-057", "ul. Sienkiewicza 46", "public_school"),
    ("Przedszkole Miejskie nr 3 w Kutnie", "pm3@kutno.pl", "Kutno", "99-300", "ul. Staszica 3", "public_school"),
    ("Szkoła Podstawowa nr 12 w Tychach", "sp12@tychy.edu.pl", "Tychy", "43-100", "ul. Grota Roweckiego 42",
     "public_school"),
    ("Uniwersytet Łódzki", "zamowienia@uni.lodz.pl", "Łódź", "90-136", "ul. Narutowicza 68", "public_university"),
    ("Politechnika Gdańska", "dzp@pg.edu.pl", "Gdańsk", "80-233", "ul. Narutowicza 11/12", "public_university"),
    ("Uniwersytet Warmińsko-Mazurski w Olsztynie", "zaopatrzenie@uwm.edu.pl", "Olsztyn", "10-719",
     "ul. Michała Oczapowskiego 2", "public_university"),
    ("Uniwersyteckie Centrum Kliniczne w Gdańsku", "zaopatrzenie@uck.gda.pl", "Gdańsk", "80-952",
     "ul. Dębinki 7", "public_hospital"),
    ("Szpital Powiatowy w Zawierciu", "sekretariat@szpitalzawiercie.pl", "Zawiercie", "42-400",
     "ul. Miodowa 14", "public_hospital"),
    ("Sąd Rejonowy w Pruszkowie", "oa@pruszkow.sr.gov.pl", "Pruszków", "05-800", "ul. Kraszewskiego 22", "court"),
    ("Komenda Powiatowa Policji w Zgorzelcu", "kpp@zgorzelec.policja.gov.pl", "Zgorzelec", "59-900",
     "ul. Bohaterów II Armii WP 8a", "police"),
    ("24 Wojskowy Oddział Gospodarczy w Giżycku", "24wog.zamowienia@ron.mil.pl", "Giżycko", "11-500",
     "ul. Nowowiejska 20", "armed_forces"),
    ("Wojskowa Akademia Techniczna", "zaopatrzenie@wat.edu.pl", "Warszawa", "00-908",
     "ul. gen. Sylwestra Kaliskiego 2", "military_university"),
    ("Miejska Biblioteka Publiczna w Koninie", "biblioteka@mbp.konin.pl", "Konin", "62-500",
     "ul. Dworcowa 13", "public_library"),
    ("Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej", "administracja@nfosigw.gov.pl", "Warszawa",
     "02-673", "ul. Konstruktorska 3a", "state_fund"),
    ("Regionalna Dyrekcja Ochrony Środowiska w Krakowie", "sekretariat.krakow@rdos.gov.pl", "Kraków", "31-202",
     "ul. Mogilska 25", "state_agency"),
]
PUB_W = {"municipality": 8, "county": 2, "regional_government": 1, "state_agency": 3, "municipal_social_services": 2,
         "public_school": 10, "public_university": 3, "public_hospital": 2, "court": 1, "police": 1,
         "armed_forces": 1, "military_university": 1, "public_library": 1, "state_fund": 1}

COMPANIES = [  # name, e-mail, kind
    ("Biuro Rachunkowe Anna Nowicka", "biuro@rachunkowe-nowicka.pl", "sole_trader"),
    ("PHU Marex Marek Zieliński", "marex.phu@wp.pl", "sole_trader"),
    ("Kancelaria Adwokacka adw. Piotr Lis", "kancelaria@adwokatlis.pl", "law_practice"),
    ("Gabinet Stomatologiczny lek. dent. Joanna Wrona", "rejestracja@stomatologia-wrona.pl", "medical_practice"),
    ("Inter Cars S.A.", "zakupy@intercars.eu", "company"),
    ("Comarch S.A.", "administracja@comarch.pl", "company"),
    ("Selena FM S.A.", "biuro@selena.com", "company"),
    ("Budimex S.A.", "zaopatrzenie@budimex.pl", "company"),
    ("Drutex S.A.", "sekretariat@drutex.pl", "company"),
    ("Auto-Serwis Kamiński Sp. z o.o.", "serwis@auto-kaminski.pl", "company"),
    ("Studio Grafiki Pixel s.c.", "kontakt@pixelstudio.pl", "company"),
    ("Hurtownia Elektryczna Volt Sp. z o.o.", "biuro@volt-hurtownia.pl", "company"),
    ("Poczta Polska S.A.", "zaopatrzenie.lodz@poczta-polska.pl", "state_owned_company"),
    ("KGHM Polska Miedź S.A.", "zakupy.biurowe@kghm.com", "state_owned_company"),
    ("Uniwersytet SWPS", "administracja@swps.edu.pl", "private_university"),
    ("Akademia Leona Koźmińskiego", "zamowienia@kozminski.edu.pl", "private_university"),
    ("Parafia Rzymskokatolicka pw. św. Jakuba w Toruniu", "parafia.jakub.torun@gmail.com", "church"),
    ("Wspólnota Mieszkaniowa ul. Długa 12", "wm.dluga12@onet.pl", "homeowners_association"),
    ("Rada Rodziców przy SP nr 5 w Gnieźnie", "radarodzicow.sp5@gmail.com", "parents_association"),
    ("Polski Czerwony Krzyż Oddział Okręgowy w Łodzi", "lodz@pck.org.pl", "national_red_cross"),
    ("Fundacja Dzieciom Zdążyć z Pomocą", "biuro@dzieciom.pl", "foundation"),
]

tx = []


def add(label, amb, kind, name, email, city, pc, street, items, method=None, status="wykonana", country="PL",
        title_mode=None):
    tx.append(dict(label=label, amb=amb, kind=kind, name=name, email=email, city=city, pc=pc, street=street,
                   items=items, method=method, status=status, country=country, title_mode=title_mode))


def pick(pool, n, q=(1, 5)):
    return [(it, rng.randint(*q)) for it in rng.sample(pool, min(n, len(pool)))]


def person():
    if rng.random() < 0.5:
        return rng.choice(FIRST_M), rng.choice(LAST_M)
    return rng.choice(FIRST_F), rng.choice(LAST_F)


def pmail(fn, ln):
    tr = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")
    b = rng.choice([f"{fn}.{ln}", f"{fn}{ln}", f"{fn[0]}{ln}", f"{ln}{rng.randint(1, 99)}",
                    f"{fn}.{ln}{rng.randint(70, 99)}"]).translate(tr).lower()
    return f"{b}@{rng.choice(FREEMAIL)}"


def addr():
    city, pre = rng.choice(CITIES)
    return city, f"{pre}{rng.randint(1, 999):03d}", f"{rng.choice(STREETS)} {rng.randint(1, 120)}" + rng.choice(
        ["", "", f"/{rng.randint(1, 60)}", f" m. {rng.randint(1, 40)}"])


def public_tx(amb=False):
    kinds = list(PUB_W)
    k = rng.choices(kinds, weights=[PUB_W[x] for x in kinds])[0]
    name, mail, city, pc, street, kind = rng.choice([p for p in PUBLIC if p[5] == k])
    if amb:
        items = [(rng.choice(HOME), 1)]
        kind = "public_body_household_item"
    else:
        items = pick(BIZ, rng.choice([1, 2, 2, 3, 4]), q=(1, 10))
    nm = name
    if rng.random() < 0.1:
        nm = name.upper()
    elif rng.random() < 0.1:
        nm = name + " "
    add("B2G", amb, kind, nm, mail, city, pc, street, items,
        method=rng.choice([(1000, "Przelew tradycyjny"), (25, "mTransfer - mBank"), (31, "Płać z iPKO"),
                           (136, "Płacę z Pekao"), (112, "Płacę z ING"), (20, "Przelew z Santander")]))


def company_tx(amb=False):
    pool = [c for c in COMPANIES if (not amb or c[2] == "company")]
    name, mail, kind = rng.choice(pool)
    city, pc, street = addr()
    for town, code in [("Łodzi", ("Łódź", "90-")), ("Toruniu", ("Toruń", "87-")), ("Gnieźnie", ("Gniezno", "62-"))]:
        if name.endswith(town):
            city, pc = code[0], f"{code[1]}{rng.randint(1, 999):03d}"
    if amb:
        items = [(rng.choice(HOME), 1)]
        kind = "company_household_item"
    else:
        items = pick(BIZ, rng.choice([1, 2, 3, 3]), q=(1, 8))
        if rng.random() < 0.15:
            items.append((rng.choice(HOME), 1))
    add("B2B", amb, kind, name.upper() if rng.random() < 0.1 else name, mail, city, pc, street, items)


def private_tx():
    fn, ln = person()
    city, pc, street = addr()
    nm = rng.choice([f"{fn} {ln}", f"{fn} {ln}", f"{ln} {fn}", f"{fn.upper()} {ln.upper()}", f"{fn.lower()} {ln.lower()}"])
    add("B2C", False, "private_person", nm, pmail(fn, ln), city, pc, street, pick(PRIV, rng.choice([1, 1, 2, 3]), q=(1, 3)))


for _ in range(52):
    public_tx()
for _ in range(34):
    company_tx()
for _ in range(66):
    private_tx()

# ---- ambiguous
for mail_dom in ["um.wroc.pl", "zus.pl", "uni.lodz.pl"]:
    fn, ln = person()
    city, pc, street = addr()
    tr = str.maketrans("ąćęłńóśźż", "acelnoszz")
    add("B2C", True, "person_gov_email_household", f"{fn} {ln}", f"{fn[0]}.{ln}@{mail_dom}".translate(tr).lower(),
        city, pc, street, [(rng.choice(HOME), 1)], method=(154, "BLIK"))
for _ in range(3):
    public_tx(amb=True)
for _ in range(2):
    company_tx(amb=True)
for name, mail in [("FHU Kowalski Marek Kowalski", "marek.kowalski77@gmail.com"),
                   ("Usługi Remontowe Tomasz Mazur", "tmazur.remonty@wp.pl")]:
    city, pc, street = addr()
    add("B2B", True, "sole_trader_personal_card", name, mail, city, pc, street, [(rng.choice(HOME), 1)],
        method=(218, "Karta płatnicza"))
add("B2B", True, "state_owned_company_procurement", "PKP Intercity S.A.", "zamowienia.biurowe@intercity.pl",
    "Warszawa", "02-305", "al. Jerozolimskie 142a", [(CAT[0], 40), (CAT[12], 10), (CAT[13], 20)],
    method=(1000, "Przelew tradycyjny"), title_mode="procurement")
add("B2B", True, "international_org", "Frontex - European Border and Coast Guard Agency",
    "procurement@frontex.europa.eu", "Warszawa", "00-844", "Plac Europejski 6",
    [(CAT[8], 2), (CAT[6], 3)], method=(1000, "Przelew tradycyjny"))
add("B2B", True, "state_founded_foundation", "Polska Fundacja Narodowa", "biuro@pfn.org.pl", "Warszawa",
    "00-124", "ul. Rondo ONZ 1", pick(BIZ, 2, q=(2, 6)), method=(25, "mTransfer - mBank"))
fn, ln = person()
city, pc, street = addr()
add("B2C", True, "private_person_bulk", f"{fn} {ln}", pmail(fn, ln), city, pc, street, [(CAT[15], 40)],
    method=(154, "BLIK"))
fn, ln = person()
city, pc, street = addr()
add("B2B", True, "private_stated_business_use", f"{fn} {ln}", pmail(fn, ln), city, pc, street,
    [(CAT[1], 3), (CAT[0], 2)], method=(154, "BLIK"), title_mode="business_note")
fn, ln = person()
add("B2G", True, "person_gov_email_office_goods", f"{fn} {ln}", f"{fn[0]}.{ln}@kleszczow.pl".lower().translate(
    str.maketrans("ąćęłńóśźż", "acelnoszz")), "Kleszczów", "97-410", "ul. Główna 47",
    [(CAT[0], 6), (CAT[3], 4), (CAT[13], 5)], method=(1000, "Przelew tradycyjny"))
# thin records: no client data, title only
for items, lab, kind in [([(CAT[0], 10)], "B2B", "thin_business_product"),
                         ([(CAT[16], 1)], "B2C", "thin_household_product"),
                         ([], "B2C", "thin_no_product"),
                         ([], "B2C", "thin_no_product")]:
    add(lab, True, kind, "", "", "", "", "", items, method=(154, "BLIK"), title_mode="bare")

rng.shuffle(tx)

# ---------------------------------------------------------------- write
rows, labels = [], []
t = datetime(2024, 4, 1, 6, 12, 5)
order_no = 24817
balance = 0.0
payout_id = 918223
for i, x in enumerate(tx, start=1):
    t += timedelta(minutes=rng.randint(25, 330))
    order_no += rng.randint(1, 3)
    if x["method"]:
        mid, mname = x["method"]
    else:
        m = rng.choices(METHODS, weights=[w for _, _, w in METHODS])[0]
        mid, mname = m[0], m[1]
    amount = round(sum(it[1] * q for it, q in x["items"]), 2)
    if not x["items"]:
        amount = float(rng.choice([129.0, 349.9, 76.4]))
    if amount < 200:
        amount += 14.99  # shipping
    status = x["status"]
    if x["label"] == "B2C" and not x["amb"] and rng.random() < 0.06:
        status = rng.choice(["odrzucona", "nowa"])
    fee = round(amount * (0.019 if mid not in CARD_IDS else 0.0229) + (0.0 if mid == 1000 else 0.25), 2)
    net = round(amount - fee, 2)
    paid = status == "wykonana"
    if paid:
        balance = round(balance + net, 2)
    pay_t = t + timedelta(seconds=rng.randint(20, 240)) if paid else None
    if mid == 1000 and paid:
        pay_t = t + timedelta(hours=rng.randint(20, 70))
    payout_dt = ""
    pid = ""
    if paid:
        pdt = (pay_t + timedelta(days=1)).replace(hour=9, minute=0, second=0)
        payout_dt = pdt.strftime("%Y-%m-%d %H:%M:%S")
        pid = str(payout_id + (pdt - datetime(2024, 4, 1)).days)
        if pdt.day in (1, 15):
            balance = 0.0
    tid = rng.randint(300000000, 399999999)
    text_id = "P24-" + "-".join("".join(rng.choice("ABCDEFGHJKLMNPRSTUWXYZ23456789") for _ in range(3))
                                for _ in range(3))
    names = ", ".join(f"{it[0]} x{q}" if q > 1 else it[0] for it, q in x["items"])
    mode = x["title_mode"]
    if x["amb"] and x["items"] and mode in (None, "bare"):
        mode = "items"  # the product is what makes these cases ambiguous: the shop lists it in the title
    if mode == "items":
        title = f"Zamówienie nr {order_no} - {names}"
    elif mode == "bare" or not x["items"]:
        title = f"Zamówienie nr {order_no}"
    elif mode == "procurement":
        title = f"Zamówienie nr {order_no} - zamówienie wg umowy ZP/27/2024 (Pzp), {names}"
    elif mode == "business_note":
        title = f"Zamówienie nr {order_no} - {names} - faktura na działalność, towar do biura"
    else:
        title = rng.choice([f"Zamówienie nr {order_no}", f"Zamówienie nr {order_no} - {names}",
                            f"Zamówienie nr {order_no} - {names}", f"Sklep biurowy - zamówienie {order_no}"])
    if len(title) > 250:
        title = title[:247] + "..."
    country = "PL" if x["city"] else ""
    rows.append([i, t.strftime("%Y-%m-%d"), payout_dt, f"ZAM-{order_no}-{int(t.timestamp()) % 100000}", "PLN", pid,
                 pay_t.strftime("%H:%M:%S") if pay_t else "", mid, mname, tid, text_id,
                 dec_comma(balance), title, x["email"], x["name"], country, x["city"], x["street"], x["pc"],
                 status, "transakcja", pay_t.strftime("%Y-%m-%d") if pay_t else "", t.strftime("%H:%M:%S"),
                 t.strftime("%Y-%m-%d %H:%M:%S"), pay_t.strftime("%Y-%m-%d %H:%M:%S") if pay_t else "",
                 dec_comma(amount), dec_comma(net), "prowizja od transakcji", dec_comma(fee), "218446"])
    labels.append(dict(label=x["label"], ambiguous=x["amb"], kind=x["kind"], country=x["country"]))

LAYOUTS.mkdir(parents=True, exist_ok=True)
with open(LAYOUTS / f"{ID}.csv", "w", encoding="utf-8", newline="") as f:
    f.write(csv_text([HEADER] + rows, delimiter=";", quote_all=True))

meta = {
    "id": ID,
    "system": "Przelewy24 (PayPro S.A., Poland): merchant transaction report CSV ('zestawienie transakcji') of an "
              "online office/school supplies shop, one row per payment transaction",
    "country": "PL",
    "language": "pl",
    "docs": [
        "KT Soft 'Konwerter księgowy' manual, module 'Przelewy 24 - raport kasowy' (doc.ktsoft.pl): supported CSV "
        "header, quoted and ';' separated, in this exact order: Numer wiersza; Data utworzenia; Data i czas "
        "utworzenia wypłaty; Id sesji; Waluta; Id wypłaty; Czas wpłaty; Id metody płatności; Nazwa metody "
        "płatności; Id transakcji; Tekstowe id transakcji; Saldo po operacji; Tytuł; Email klienta; Imię i "
        "nazwisko klienta; Kraj klienta; Miasto klienta; Adres klienta; Kod pocztowy klienta; Status; Znacznik "
        "rekordu; Data wpłaty; Czas utworzenia; Data i czas utworzenia; Data i czas wpłaty; Kwota; Kwota bez "
        "prowizji; Rodzaj prowizji; Prowizja; Id sprzedawcy. Statuses named: wykonane (completed), nowa, "
        "odrzucona; the file is e-mailed by Przelewy24 once a month",
        "Chosen, not documented: UTF-8 without BOM, every field quoted, dates yyyy-mm-dd, decimal comma, the "
        "values of 'Znacznik rekordu' and 'Rodzaj prowizji', the P24-XXX-XXX-XXX text ids and method ids",
    ],
    "fields": {"buyer": "Imię i nazwisko klienta", "product": "Tytuł", "quantity": None, "amount": "Kwota",
               "tax_id": None, "email": "Email klienta", "payment": "Nazwa metody płatności", "comment": None},
    "also_ok": {"amount": ["Kwota bez prowizji"], "comment": ["Tytuł"]},
    "notes": "Header on line 1, one transaction per line (row 0 = line 2); no totals line. The shop passes the "
             "order number and often the item list as the transaction title (Tytuł), so the product and "
             "quantities ('x10') are only inside that text. Buyers type their own name into the payer form: "
             "organisations appear under 'Imię i nazwisko klienta' with their official name, some persons use "
             "an institutional e-mail. No tax-ID column. A few transactions carry no client data at all. Statuses "
             "other than 'wykonana' (rejected/new) are failed payment attempts but still name the buyer.",
}
write_key(ID, meta, labels)
print(ID, len(rows), "rows")
