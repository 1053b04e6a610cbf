"""BaseLinker (PL) order-list export: CSV, ';', UTF-8 with BOM, one line per order item."""
import csv
import random
from datetime import datetime, timedelta

from f_common import OUT, nip_pl, write_key, write_labels

LID = "f_pl_baselinker_zamowienia"
rng = random.Random(6101)

COLS = ["ID zamówienia", "Numer zamówienia w źródle", "Źródło", "Data złożenia", "Status",
        "Login kupującego", "E-mail", "Telefon",
        "Dostawa - imię i nazwisko", "Dostawa - firma", "Dostawa - adres", "Dostawa - kod pocztowy",
        "Dostawa - miasto", "Dostawa - kraj",
        "Faktura - imię i nazwisko", "Faktura - firma", "Faktura - NIP", "Faktura - adres",
        "Faktura - kod pocztowy", "Faktura - miasto", "Chcę fakturę",
        "Metoda płatności", "Pobranie", "Metoda dostawy", "Koszt dostawy brutto",
        "Komentarz kupującego", "Komentarz sprzedawcy",
        "Nazwa produktu", "SKU", "EAN", "Ilość", "Cena brutto", "Wartość brutto", "Stawka VAT", "Waluta"]

FIRST_M = ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Marcin", "Michał", "Jakub", "Łukasz", "Adam", "Grzegorz", "Kamil", "Mateusz"]
FIRST_F = ["Anna", "Katarzyna", "Magdalena", "Agnieszka", "Joanna", "Monika", "Aleksandra", "Ewa", "Natalia", "Karolina", "Marta", "Beata"]
SURN = [("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"),
        ("Kowalczyk", "Kowalczyk"), ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"),
        ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska"), ("Kozłowski", "Kozłowska"),
        ("Jankowski", "Jankowska"), ("Mazur", "Mazur"), ("Krawczyk", "Krawczyk"), ("Piotrowski", "Piotrowska")]
CITIES = [("Warszawa", "02-495"), ("Kraków", "30-418"), ("Łódź", "93-219"), ("Wrocław", "53-611"), ("Poznań", "61-248"),
          ("Gdańsk", "80-297"), ("Lublin", "20-834"), ("Rzeszów", "35-326"), ("Białystok", "15-665"), ("Kielce", "25-731"),
          ("Toruń", "87-100"), ("Opole", "45-273"), ("Nowy Sącz", "33-300"), ("Mielec", "39-300")]
STREETS = ["ul. Długa", "ul. Leśna", "ul. Słoneczna", "ul. Kościuszki", "ul. Mickiewicza", "ul. Polna", "os. Tysiąclecia",
           "ul. Krakowska", "al. Jana Pawła II", "ul. Ogrodowa"]
FREE = ["gmail.com", "wp.pl", "o2.pl", "onet.pl", "interia.pl", "op.pl"]
TRANS = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")

# name, sku, ean, price gross, vat
HOUSE = [("Czajnik elektryczny Bosch TWK3A011 1,7 l", "BSH-TWK3A011", "4242005111016", 109.00),
         ("Słuchawki bezprzewodowe JBL Tune 510BT czarne", "JBL-T510BT-BK", "6925281979293", 169.99),
         ("Ekspres ciśnieniowy De'Longhi Magnifica S ECAM22.110.B", "DL-ECAM22110B", "8004399325862", 1299.00),
         ("Odkurzacz pionowy Xiaomi Mi Vacuum Cleaner G10", "XI-G10", "6934177729137", 999.00),
         ("Etui silikonowe Samsung Galaxy A54 5G przezroczyste", "ETUI-A54-CLR", "5905359810427", 24.99),
         ("Lampka biurkowa LED Yeelight Pro z regulacją barwy", "YL-LAMP-PRO", "6924922208618", 189.00),
         ("Blender kielichowy Philips HR2041/00", "PH-HR2041", "8710103937592", 199.00),
         ("Żelazko parowe Tefal FV5736", "TF-FV5736", "3121040076257", 279.00),
         ("Telewizor LG 55UR78003LK 55\" 4K", "LG-55UR7800", "8806084620131", 2199.00),
         ("Zestaw garnków Tadar Solid 8 el.", "TAD-SOLID8", "5901698453116", 249.00),
         ("Kołdra całoroczna 200x220 antyalergiczna", "KOLD-200220", "5907461201154", 139.00),
         ("Klocki LEGO Technic 42151 Bugatti Bolide", "LEGO-42151", "5702017424200", 219.99)]
OFFICE = [("Papier ksero Pollux A4 80 g (karton 5 ryz)", "POL-A4-5R", "5901780901009", 119.00),
          ("Toner HP 59A CF259A czarny oryginalny", "HP-CF259A", "0193015474537", 489.00),
          ("Mysz bezprzewodowa Logitech M185 szara", "LOG-M185", "5099206027282", 54.99),
          ("Niszczarka Fellowes Powershred 8Cd", "FEL-8CD", "0043859685412", 399.00),
          ("Router TP-Link Archer C6 AC1200", "TPL-C6", "6935364085469", 149.00),
          ("Kabel HDMI 2.0 Unitek 3 m", "UNI-HDMI3", "4894160013467", 39.90),
          ("Tablica suchościeralna magnetyczna 120x90 cm", "TAB-12090", "5907512300117", 289.00),
          ("Segregator Esselte A4/75 mm niebieski", "ESS-A475-BL", "5902812192813", 9.49),
          ("Długopis BIC Cristal Original niebieski (op. 50 szt.)", "BIC-CR50", "3086121501025", 44.90),
          ("Monitor Dell P2423D 23,8\" QHD", "DELL-P2423D", "5397184655135", 1099.00),
          ("Filament PLA Devil Design 1,75 mm 1 kg czarny", "DD-PLA-BK", "5902280030044", 79.90),
          ("Klawiatura Logitech K120 USB", "LOG-K120", "5099206021129", 49.99)]
BIZONLY = [("Regał magazynowy metalowy 200x100x50 cm nośność 875 kg", "REG-MAG-200", "5903968100235", 459.00),
           ("Wózek paletowy ręczny 2500 kg widły 1150 mm", "WOZ-PAL-25", "5904310002356", 1290.00),
           ("Folia stretch ręczna 23 mic 1,5 kg (op. 6 rolek)", "STR-23-6", "5907512387219", 119.00),
           ("Drukarka etykiet Zebra ZD421d", "ZEB-ZD421D", "5711045981356", 2199.00)]
SCHOOL = [("Projektor Epson EB-W51", "EPS-EBW51", "8715946714256", 2399.00),
          ("Głośnik Bluetooth JBL Charge 5", "JBL-CHG5", "6925281982125", 649.00),
          ("Laminator Fellowes Saturn 3i A4", "FEL-SAT3", "0043859630153", 229.00)]

SOURCES = [("Allegro", 0.55), ("Sklep internetowy", 0.3), ("Erli", 0.05), ("Empik Marketplace", 0.05), ("Amazon.pl", 0.05)]
PAY_P = ["Przelewy24", "PayU", "BLIK", "Allegro Finance", "Pobranie"]
SHIP = [("InPost Paczkomaty 24/7", 13.99), ("Kurier DPD", 18.99), ("Kurier InPost", 16.99), ("Allegro One Box", 9.99),
        ("Orlen Paczka", 10.99), ("Odbiór osobisty", 0.0)]


def pick_src():
    x = rng.random()
    acc = 0
    for s, p in SOURCES:
        acc += p
        if x < acc:
            return s
    return SOURCES[0][0]


def person():
    fem = rng.random() < 0.5
    fn = rng.choice(FIRST_F if fem else FIRST_M)
    sm, sf = rng.choice(SURN)
    return fn, (sf if fem else sm)


def phone():
    return f"+48 {rng.randint(500, 889)} {rng.randint(100, 999)} {rng.randint(100, 999)}"


def addr():
    c, z = rng.choice(CITIES)
    return f"{rng.choice(STREETS)} {rng.randint(1, 120)}" + (f"/{rng.randint(1, 60)}" if rng.random() < 0.5 else ""), z, c


def fmail(fn, sn):
    a = fn.lower().translate(TRANS)
    b = sn.lower().translate(TRANS)
    return rng.choice([f"{a}.{b}", f"{a}{b}{rng.randint(1, 99)}", f"{a[0]}{b}", f"{b}.{a}{rng.randint(70, 99)}"]) + "@" + rng.choice(FREE)


def items(pool, nmax=2, qmax=2):
    n = rng.randint(1, nmax)
    out = []
    for it in rng.sample(pool, n):
        out.append((it, rng.randint(1, qmax)))
    return out


COMPANIES = [  # name, domain, city
    ("Comarch S.A.", "comarch.pl", "Kraków"), ("Inter Cars S.A.", "intercars.eu", "Warszawa"),
    ("FAKRO Sp. z o.o.", "fakro.pl", "Nowy Sącz"), ("Budimex S.A.", "budimex.pl", "Warszawa"),
    ("Wawel S.A.", "wawel.com.pl", "Kraków"), ("Amica S.A.", "amica.pl", "Wronki"),
    ("Selena FM S.A.", "selena.com", "Wrocław"), ("Mokate S.A.", "mokate.com.pl", "Ustroń"),
    ("ATAL S.A.", "atal.pl", "Cieszyn"), ("Kancelaria Radcy Prawnego Marta Jankowska", "radca-jankowska.pl", "Lublin"),
    ("Biuro Rachunkowe \"BILANS\" Sp. z o.o.", "bilans-rzeszow.pl", "Rzeszów"),
    ("PHU \"MAR-BUD\" Marek Nowak", None, "Mielec"), ("Drukarnia Cyfrowa PIXEL s.c.", "pixel-druk.pl", "Toruń"),
    ("AUTO-SERWIS KOZŁOWSKI SP. Z O.O.", "autoserwis-kozlowski.pl", "Białystok"),
    ("Gabinet Stomatologiczny lek. dent. Ewa Mazur", None, "Opole"),
    ("Fundacja \"Dajemy Dzieciom Siłę\"", "fdds.pl", "Warszawa"), ("Polski Czerwony Krzyż Oddział Okręgowy w Lublinie", "pck.lublin.pl", "Lublin"),
    ("Parafia Rzymskokatolicka pw. św. Józefa w Kielcach", None, "Kielce"),
    ("Wspólnota Mieszkaniowa ul. Polna 14", None, "Poznań"), ("Spółdzielnia Mieszkaniowa \"Zgoda\"", "sm-zgoda.pl", "Łódź"),
]
PUBLIC = [  # name, email, city, kind
    ("Urząd Gminy Kościelisko", "sekretariat@koscielisko.gmina.pl", "Kościelisko", "municipality"),
    ("Gmina Miasto Rzeszów", "zamowienia@erzeszow.pl", "Rzeszów", "municipality"),
    ("Urząd Miejski w Mielcu", "um@um.mielec.pl", "Mielec", "municipality"),
    ("Szkoła Podstawowa nr 12 im. Orląt Lwowskich w Lublinie", "sp12@sp12.lublin.eu", "Lublin", "public_school"),
    ("Zespół Szkół Technicznych w Mielcu", "sekretariat@zst.mielec.pl", "Mielec", "public_school"),
    ("Przedszkole Miejskie nr 7 w Toruniu", "pm7@przedszkola.torun.pl", "Toruń", "public_school"),
    ("Miejski Ośrodek Pomocy Społecznej w Krakowie", "zamowienia@mops.krakow.pl", "Kraków", "municipal_agency"),
    ("Powiatowy Urząd Pracy w Nowym Sączu", "kancelaria@pup.nowysacz.pl", "Nowy Sącz", "municipal_agency"),
    ("Starostwo Powiatowe w Kielcach", "starostwo@powiat.kielce.pl", "Kielce", "county"),
    ("Komenda Miejska Policji w Gdańsku", "logistyka@gd.policja.gov.pl", "Gdańsk", "police"),
    ("Urząd Skarbowy w Opolu", "us.opole@mf.gov.pl", "Opole", "state_agency"),
    ("Uniwersytet Łódzki", "zamowienia@uni.lodz.pl", "Łódź", "public_university"),
    ("Samodzielny Publiczny Zakład Opieki Zdrowotnej w Łęcznej", "zaopatrzenie@szpital.leczna.pl", "Łęczna", "public_hospital"),
]

orders = []
NIPS = {}


def kind_pre(name):
    return any(x in name for x in ("Marek Nowak", "Ewa Mazur", "Jankowska"))



def nip_for(name):
    if name not in NIPS:
        NIPS[name] = nip_pl(rng)
    return NIPS[name]


def base_order():
    src = pick_src()
    return {"src": src, "cod": False}


def add(o, label, kind, amb, country="PL"):
    o.update(label=label, kind=kind, amb=amb, country=country)
    orders.append(o)


# ---- B2C: private persons
for _ in range(62):
    o = base_order()
    fn, sn = person()
    o["person"] = (fn, sn)
    o["email"] = fmail(fn, sn)
    o["items"] = items(HOUSE + OFFICE[2:3] + OFFICE[5:6], 2, 1 if rng.random() < 0.8 else 2)
    o["pay"] = rng.choice(PAY_P)
    o["comment"] = rng.choice(["", "", "", "Proszę o dostarczenie po 17:00", "Prezent - proszę nie wkładać paragonu",
                               "Proszę o szybką wysyłkę", "Paczkomat KRA12M"])
    add(o, "B2C", "private_person", False)

# ---- B2C: private person asking for faktura imienna (no NIP) - still consumer
for _ in range(6):
    o = base_order()
    fn, sn = person()
    o["person"] = (fn, sn)
    o["email"] = fmail(fn, sn)
    o["invoice_person"] = True
    o["items"] = items(HOUSE, 1, 1)
    o["pay"] = rng.choice(PAY_P[:3])
    add(o, "B2C", "private_person", False)

# ---- B2B: companies with NIP
for _ in range(34):
    o = base_order()
    name, dom, city = rng.choice(COMPANIES)
    fn, sn = person()
    o["person"] = (fn, sn)
    o["company"] = name
    o["nip"] = nip_for(name)
    o["email"] = (rng.choice(["zakupy", "biuro", "faktury", f"{fn.lower().translate(TRANS)}.{sn.lower().translate(TRANS)}"]) + "@" + dom) if dom else (fmail(*name.split()[-2:]) if kind_pre(name) else fmail(fn, sn))
    o["items"] = items(OFFICE + BIZONLY, 3, 5)
    o["pay"] = rng.choice(["Przelew tradycyjny", "Przelewy24", "PayU", "Przelew - termin 14 dni"])
    o["city"] = city
    o["comment"] = rng.choice(["", "", "Faktura VAT na firmę", "Prosimy o FV na adres e-mail", "Dostawa do magazynu, brama nr 2"])
    kind = "company"
    if "Fundacja" in name or "Krzyż" in name:
        kind = "non_profit"
    elif "Parafia" in name:
        kind = "religious_organisation"
    elif "Wspólnota" in name or "Spółdzielnia" in name:
        kind = "homeowners_association"
    elif "Marek Nowak" in name or "Kancelaria" in name or "Gabinet" in name:
        kind = "sole_trader"
    add(o, "B2B", kind, False)

# ---- B2G: public bodies
for _ in range(15):
    o = base_order()
    o["src"] = "Sklep internetowy"
    name, mail, city, kind = rng.choice(PUBLIC)
    fn, sn = person()
    o["person"] = (fn, sn)
    o["company"] = name
    o["nip"] = nip_for(name)
    o["email"] = mail
    o["items"] = items(OFFICE + SCHOOL, 3, 6)
    o["pay"] = rng.choice(["Przelew - termin 14 dni", "Przelew - termin 30 dni"])
    o["city"] = city
    o["comment"] = rng.choice(["", "Faktura na Nabywcę: Gmina, Odbiorca: jednostka", "Zamówienie zgodnie z art. 2 ust. 1 pkt 1 Pzp (poniżej 130 000 zł)",
                               "Prosimy o fakturę z terminem płatności 30 dni", ""])
    add(o, "B2G", kind, False)

# ---- ambiguous cases
def amb_person_corp_mail(dom, kind_mail):
    o = base_order()
    fn, sn = person()
    o["person"] = (fn, sn)
    o["email"] = f"{fn.lower().translate(TRANS)}.{sn.lower().translate(TRANS)}@{dom}"
    o["items"] = items(HOUSE, 1, 1)
    o["pay"] = rng.choice(["BLIK", "Przelewy24"])
    add(o, "B2C", kind_mail, True)


for dom in ["comarch.pl", "pkobp.pl", "orlen.pl"]:
    amb_person_corp_mail(dom, "person_company_email")
for dom in ["mf.gov.pl", "lublin.uw.gov.pl", "mon.gov.pl"]:
    amb_person_corp_mail(dom, "person_government_email")

# company buying one household item
for name, dom in [("Selena FM S.A.", "selena.com"), ("Biuro Rachunkowe \"BILANS\" Sp. z o.o.", "bilans-rzeszow.pl"),
                  ("ATAL S.A.", "atal.pl")]:
    o = base_order()
    fn, sn = person()
    o.update(person=(fn, sn), company=name, nip=nip_for(name), email="biuro@" + dom,
             items=[(rng.choice(HOUSE[:4] + HOUSE[6:8]), 1)], pay="Przelewy24")
    add(o, "B2B", "company_household_item", True)

# sole trader with NIP buying TV, paid BLIK
for name in ["Usługi Hydrauliczne Piotr Zieliński", "FHU Karolina Wójcik"]:
    o = base_order()
    fn, sn = ("Piotr", "Zieliński") if "Piotr" in name else ("Karolina", "Wójcik")
    o.update(person=(fn, sn), company=name, nip=nip_for(name), email=fmail(fn, sn),
             items=[(HOUSE[8], 1)], pay="BLIK")
    add(o, "B2B", "sole_trader_personal_purchase", True)

# private person, resale volume
for _ in range(2):
    o = base_order()
    fn, sn = person()
    o.update(person=(fn, sn), email=fmail(fn, sn), items=[(HOUSE[4], rng.choice([30, 40, 50]))], pay="BLIK")
    add(o, "B2C", "private_bulk_volume", True)

# private person stating business use
for c in ["Kupuję na stoisko, odsprzedaż na targu", "Do mojego salonu fryzjerskiego - będzie używane w pracy"]:
    o = base_order()
    fn, sn = person()
    o.update(person=(fn, sn), email=fmail(fn, sn), items=items(HOUSE[:3] + HOUSE[4:5], 1, 3), pay="Przelewy24", comment=c)
    add(o, "B2B", "private_stated_business_use", True)

# public school one kettle
for name, mail in [("Szkoła Podstawowa nr 3 im. Marii Konopnickiej w Kielcach", "sp3@kielce.eu"),
                   ("Przedszkole Samorządowe nr 2 w Opolu", "ps2@opole.edu.pl")]:
    o = base_order()
    fn, sn = person()
    o.update(src="Allegro", person=(fn, sn), company=name, nip=nip_for(name), email=mail, items=[(HOUSE[0], 1)], pay="Przelew - termin 14 dni")
    add(o, "B2G", "public_school_household_item", True)

# state-owned company under procurement rules
o = base_order()
o.update(src="Sklep internetowy", person=person(), company="PKP Intercity S.A.", nip=nip_for("PKP Intercity S.A."), email="zakupy@intercity.pl",
         items=[(OFFICE[9], 6), (OFFICE[2], 6)], pay="Przelew - termin 30 dni",
         comment="Postępowanie zakupowe nr BZZ-271-0412/2024 wg regulaminu zamówień sektorowych")
add(o, "B2B", "state_owned_company_procurement", True)

# state-founded foundation
o = base_order()
o.update(src="Sklep internetowy", person=person(), company="Fundacja Rozwoju Systemu Edukacji", nip=nip_for("Fundacja Rozwoju Systemu Edukacji"),
         email="administracja@frse.org.pl", items=[(OFFICE[0], 10), (OFFICE[7], 20)], pay="Przelew - termin 14 dni")
add(o, "B2B", "state_founded_foundation", True)

# international organisation
o = base_order()
o.update(src="Sklep internetowy", person=person(), company="Frontex - European Border and Coast Guard Agency", nip="",
         email="procurement@frontex.europa.eu", items=[(OFFICE[9], 4), (OFFICE[11], 4)], pay="Przelew - termin 30 dni")
add(o, "B2B", "international_org", True, "PL")

# thin records: product only (Amazon hides buyer data)
for it, lab in [(HOUSE[5], "B2C"), (HOUSE[11], "B2C"), (BIZONLY[0], "B2B"), (BIZONLY[1], "B2B")]:
    o = base_order()
    o.update(src="Amazon.pl", thin=True, items=[(it, 1)], pay="Amazon Pay")
    add(o, lab, "thin_product_only", True)

rng.shuffle(orders)

# ---- write lines
start = datetime(2024, 9, 2, 8, 0)
rows = []
lab_rows = []
oid = 7412300
for o in orders:
    oid += rng.randint(3, 40)
    start += timedelta(minutes=rng.randint(20, 600))
    src = o["src"]
    thin = o.get("thin", False)
    fn, sn = o.get("person", ("", ""))
    company = o.get("company", "")
    street, zipc, city = addr()
    if o.get("city"):
        city = o["city"]
        zipc = dict(CITIES).get(city, {"Wronki": "64-510", "Ustroń": "43-450", "Cieszyn": "43-400", "Kościelisko": "34-511", "Łęczna": "21-010"}.get(city, zipc))
    if src == "Amazon.pl" and not thin:
        src = "Sklep internetowy"
    full = f"{fn} {sn}".strip()
    if full and rng.random() < 0.08:
        full = full.upper()
    elif full and rng.random() < 0.06:
        full = f"{sn}, {fn}"
    if company and rng.random() < 0.1:
        company = company.upper()
    if company and rng.random() < 0.08:
        company = company + " "
    wants_fv = bool(company) or o.get("invoice_person", False)
    pay = o.get("pay", "Przelewy24")
    if src == "Allegro" and pay.startswith("Przelew -"):
        pay = "Allegro Finance"
    cod = pay == "Pobranie"
    ship, ship_cost = rng.choice(SHIP)
    src_no = {"Allegro": f"{rng.randint(10**9, 10**10 - 1)}", "Amazon.pl": f"40{rng.randint(1, 9)}-{rng.randint(10**6, 10**7 - 1)}-{rng.randint(10**6, 10**7 - 1)}",
              "Erli": f"ERL{rng.randint(10**6, 10**7 - 1)}", "Empik Marketplace": f"EMP-{rng.randint(10**5, 10**6 - 1)}",
              "Sklep internetowy": f"#{rng.randint(10000, 99999)}"}[src]
    login = ""
    if src == "Allegro" and not thin:
        login = (sn.lower().translate(TRANS)[:6] + str(rng.randint(10, 9999))) if rng.random() < 0.7 else (company.split()[0].strip('"').lower()[:8] + "_pl" if company else fn.lower().translate(TRANS) + str(rng.randint(1, 99)))
    status = rng.choice(["Wysłane", "Zakończone", "Zakończone", "Do wysłania", "Nowe zamówienia"])
    tel = phone() if rng.random() < 0.85 else ""
    dfirma = company if rng.random() < 0.6 else ""
    fname = full if (not company or rng.random() < 0.5) else ""
    seller_c = rng.choice(["FV wysłana mailem", "Klient stały - rabat 5%", "Sprawdzić NIP w białej liście"]) \
        if company and o["label"] != "B2C" and rng.random() < 0.3 else ""
    for (name, sku, ean, price), qty in o["items"]:
        r = {c: "" for c in COLS}
        r.update({"ID zamówienia": oid, "Numer zamówienia w źródle": src_no, "Źródło": src,
                  "Data złożenia": start.strftime("%Y-%m-%d %H:%M:%S"), "Status": status,
                  "Login kupującego": login,
                  "Nazwa produktu": name, "SKU": sku, "EAN": ean, "Ilość": qty,
                  "Cena brutto": f"{price:.2f}".replace(".", ","),
                  "Wartość brutto": f"{price * qty:.2f}".replace(".", ","),
                  "Stawka VAT": "23", "Waluta": "PLN",
                  "Metoda płatności": pay, "Pobranie": "1" if cod else "0",
                  "Metoda dostawy": ship, "Koszt dostawy brutto": f"{ship_cost:.2f}".replace(".", ","),
                  "Dostawa - kraj": "PL"})
        if not thin:
            r.update({"E-mail": o.get("email", ""), "Telefon": tel,
                      "Dostawa - imię i nazwisko": full, "Dostawa - firma": dfirma,
                      "Dostawa - adres": street, "Dostawa - kod pocztowy": zipc, "Dostawa - miasto": city,
                      "Komentarz kupującego": o.get("comment", ""), "Komentarz sprzedawcy": seller_c,
                      "Chcę fakturę": "1" if wants_fv else "0"})
            if wants_fv:
                r.update({"Faktura - imię i nazwisko": fname,
                          "Faktura - firma": company, "Faktura - NIP": o.get("nip", ""),
                          "Faktura - adres": street, "Faktura - kod pocztowy": zipc, "Faktura - miasto": city})
        else:
            r["Komentarz sprzedawcy"] = "Dane kupującego ukryte przez Amazon"
        rows.append(r)
        lab_rows.append(o)

p = OUT / "layouts" / f"{LID}.csv"
with open(p, "w", newline="", encoding="utf-8-sig") as f:
    w = csv.DictWriter(f, fieldnames=COLS, delimiter=";", quoting=csv.QUOTE_MINIMAL)
    w.writeheader()
    w.writerows(rows)
write_labels(LID, lab_rows)

write_key(LID, {
    "id": LID,
    "system": "BaseLinker (Base) order manager - order list exported to a CSV file (one line per order item)",
    "country": "PL",
    "language": "pl",
    "docs": [
        "api.base.com (addInvoice) and the Zapier/Pipedream BaseLinker field lists: order fields are buyer e-mail, phone, delivery address (name and surname, company, street, postcode, city, country code), invoice address (name, company, NIP), payment method, cash-on-delivery flag, buyer comments, seller comments, delivery method and gross delivery price; products carry name, SKU, EAN, quantity, gross price and VAT rate - column set and order taken from these, labels translated to the Polish UI wording",
        "baselinker.com/pl-PL/pomoc (faktury): invoices are issued from orders; buyer asks for a faktura with company and NIP - hence the 'Chcę fakturę' flag and Faktura - * columns",
        "elte-s.com BaseLinker->Optima connector docs: orders may carry a company name without NIP, Allegro orders put the company in the invoice block - kept that messiness",
        "No public page gave the exact CSV header text of the BaseLinker export template; format chosen: ';' separator, UTF-8 with BOM, decimal comma, dates YYYY-MM-DD HH:MM:SS, order fields repeated on each item line"
    ],
    "fields": {"buyer": "Faktura - firma", "product": "Nazwa produktu", "quantity": "Ilość",
               "amount": "Wartość brutto", "tax_id": "Faktura - NIP", "email": "E-mail",
               "payment": "Metoda płatności", "comment": "Komentarz kupującego"},
    "also_ok": {"buyer": ["Faktura - imię i nazwisko", "Dostawa - imię i nazwisko", "Dostawa - firma", "Login kupującego"],
                "amount": ["Cena brutto"], "comment": ["Komentarz sprzedawcy"]},
    "notes": "One line per order item; order-level columns (ID zamówienia, buyer, address, payment, comments) repeat on each item line; all lines of one ID zamówienia share the label. No title or totals lines. Persons have no company column filled - use 'Dostawa - imię i nazwisko'. Amazon.pl orders have buyer data hidden (product only). 'Chcę fakturę' = 1 when the buyer asked for an invoice (some persons ask for a faktura imienna without NIP)."
})
print(len(rows), "lines", len(orders), "orders")
