"""Allegro (PL) - seller's orders (zamówienia) exported to CSV, one row per order line (lineItem).
Seeded; rebuilds layouts/j_pl_allegro_zamowienia.csv and its key exactly."""
import datetime as dt
import random
import uuid

from j_common import LAYOUTS, O, pl_nip, timestamps, write_key

ID = "j_pl_allegro_zamowienia"
rng = random.Random(4404)

CAT = {  # title: price PLN
    "Czajnik elektryczny Philips HD9350/90 1,7 l stal": 199.99,
    "Ekspres ciśnieniowy De'Longhi Magnifica S ECAM22.110.B": 1349.00,
    "Toner HP 26A CF226A zamiennik 3100 str.": 89.90,
    "Papier ksero Pollux A4 80 g/m2 500 ark.": 24.99,
    "Niszczarka Fellowes 8Cd P-4": 449.00,
    "Słuchawki bezprzewodowe JBL Tune 510BT": 149.99,
    "Ładowarka sieciowa Baseus USB-C 20W PD": 39.99,
    "Powerbank Xiaomi Redmi 20000 mAh 18W": 119.00,
    "Odkurzacz pionowy Xiaomi Vacuum Cleaner G10": 999.00,
    "Żelazko parowe Tefal FV2867 Express Steam": 249.00,
    "Kabel HDMI 2.1 8K 2 m": 29.99,
    "Mysz bezprzewodowa Logitech M185": 59.99,
    "Klawiatura przewodowa Logitech K120": 59.00,
    "Monitor Dell P2422H 24\" IPS": 749.00,
    "Router TP-Link Archer C6 AC1200": 139.00,
    "Oczyszczacz powietrza Xiaomi Smart Air Purifier 4 Compact": 399.00,
    "Blender kielichowy Philips HR2041/00": 229.00,
    "Dysk SSD Samsung 980 1TB M.2 NVMe": 349.00,
    "Drukarka laserowa Brother HL-L2350DW WiFi": 629.00,
    "Baterie Duracell Plus AA 12 szt.": 44.99,
    "Wentylator stojący Descon DA-1602": 129.99,
    "Laminator Argo A4 + 100 folii": 149.00,
    "Lampka biurkowa LED z ładowarką indukcyjną": 89.99,
    "Kuchenka mikrofalowa Samsung MS23K3513AW": 499.00,
}
HOME = ["Czajnik elektryczny Philips HD9350/90 1,7 l stal", "Słuchawki bezprzewodowe JBL Tune 510BT", "Ładowarka sieciowa Baseus USB-C 20W PD",
        "Powerbank Xiaomi Redmi 20000 mAh 18W", "Odkurzacz pionowy Xiaomi Vacuum Cleaner G10", "Żelazko parowe Tefal FV2867 Express Steam",
        "Kabel HDMI 2.1 8K 2 m", "Mysz bezprzewodowa Logitech M185", "Router TP-Link Archer C6 AC1200",
        "Oczyszczacz powietrza Xiaomi Smart Air Purifier 4 Compact", "Blender kielichowy Philips HR2041/00", "Dysk SSD Samsung 980 1TB M.2 NVMe",
        "Baterie Duracell Plus AA 12 szt.", "Wentylator stojący Descon DA-1602", "Lampka biurkowa LED z ładowarką indukcyjną",
        "Kuchenka mikrofalowa Samsung MS23K3513AW", "Ekspres ciśnieniowy De'Longhi Magnifica S ECAM22.110.B", "Monitor Dell P2422H 24\" IPS"]
OFFER = {k: str(13800000000 + i * 731947 + 12345) for i, k in enumerate(CAT)}

FIRST_M = ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Marcin", "Jakub", "Adam", "Łukasz", "Mateusz", "Grzegorz", "Kamil", "Rafał", "Dawid"]
FIRST_F = ["Anna", "Katarzyna", "Magdalena", "Agnieszka", "Joanna", "Monika", "Aleksandra", "Natalia", "Ewa", "Karolina", "Paulina", "Marta"]
LAST = [("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"), ("Kowalczyk", "Kowalczyk"),
        ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"),
        ("Dąbrowski", "Dąbrowska"), ("Kozłowski", "Kozłowska"), ("Jankowski", "Jankowska"), ("Mazur", "Mazur"), ("Krawczyk", "Krawczyk"),
        ("Piotrowski", "Piotrowska"), ("Grabowski", "Grabowska"), ("Pawłowski", "Pawłowska"), ("Michalski", "Michalska"), ("Król", "Król")]
CITIES = [("Warszawa", "02-"), ("Kraków", "30-"), ("Łódź", "90-"), ("Wrocław", "50-"), ("Poznań", "60-"), ("Gdańsk", "80-"), ("Lublin", "20-"),
          ("Katowice", "40-"), ("Białystok", "15-"), ("Rzeszów", "35-"), ("Kielce", "25-"), ("Toruń", "87-"), ("Radom", "26-"), ("Olsztyn", "10-")]
STREETS = ["Lipowa", "Polna", "Leśna", "Słoneczna", "Krótka", "Szkolna", "Ogrodowa", "Kwiatowa", "Mickiewicza", "Kościuszki", "Sienkiewicza", "Długa"]


def person():
    male = rng.random() < 0.5
    ln = rng.choice(LAST)[0 if male else 1]
    fn = rng.choice(FIRST_M if male else FIRST_F)
    return fn, ln


def login(fn, ln):
    return rng.choice([f"{fn.lower()}_{ln.lower()}{rng.randint(1, 99)}", f"{ln.lower()}{rng.randint(1970, 2004)}", f"{fn[0].lower()}{ln.lower()}",
                       f"user_{rng.randint(100000, 999999)}"]).translate(str.maketrans("ąćęłńóśźż", "acelnoszz"))


def masked():
    a = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10))
    return f"{a}+{rng.randrange(16**8):08x}@allegromail.pl"


def addr(city=None, street=None):
    c, z = city or rng.choice(CITIES)
    st = street or f"ul. {rng.choice(STREETS)} {rng.randint(1, 120)}" + (f"/{rng.randint(1, 60)}" if rng.random() < 0.6 else "")
    return dict(street=st, zip=f"{z}{rng.randint(1, 999):03d}", city=c)


def P(label, amb, kind, lines, name=None, **kw):
    fn, ln = person()
    nm = name if name is not None else rng.choice([f"{fn} {ln}", f"{fn} {ln}", f"{fn.upper()} {ln.upper()}", f"{fn} {ln} "])
    base = dict(buyer=nm, login=login(fn, ln), email=masked(), phone=f"+48 {rng.randint(500, 889)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
                invoice="Nie", pay=rng.choice(["Płatności Allegro (PayU)", "Płatności Allegro (Przelewy24)", "Allegro Pay", "Płatności Allegro (BLIK)"]),
                ship=rng.choice(["Allegro Paczkomaty InPost", "Allegro Paczkomaty InPost", "Allegro Kurier DPD", "Allegro One Box", "Allegro Kurier InPost"]))
    base.update(addr())
    base.update(kw)
    return O(label, amb, kind, "PL", lines, **base)


def F(label, amb, kind, lines, firm, nip=True, **kw):
    kw.setdefault("invoice", "Tak")
    kw.setdefault("pay", rng.choice(["Płatności Allegro (PayU)", "Płatności Allegro (Przelewy24)", "Przelew tradycyjny"]))
    return P(label, amb, kind, lines, firm=firm, nip=pl_nip(rng) if nip is True else (nip or ""), **kw)


FISKUS_NIP = pl_nip(rng, "894")
orders = [
    # ---- B2B clear
    F("B2B", False, "llc", [("Monitor Dell P2422H 24\" IPS", 4), ("Klawiatura przewodowa Logitech K120", 4), ("Mysz bezprzewodowa Logitech M185", 4)], "BUD-MAR Sp. z o.o."),
    F("B2B", False, "professional_practice", [("Drukarka laserowa Brother HL-L2350DW WiFi", 1), ("Toner HP 26A CF226A zamiennik 3100 str.", 2)],
      "Kancelaria Radcy Prawnego Anna Nowak", name="Anna Nowak", msg="Proszę o fakturę VAT na dane kancelarii."),
    F("B2B", False, "sole_trader", [("Powerbank Xiaomi Redmi 20000 mAh 18W", 2), ("Ładowarka sieciowa Baseus USB-C 20W PD", 4)],
      "Usługi Remontowo-Budowlane Marek Wiśniewski", name="Marek Wiśniewski"),
    F("B2B", False, "llc", [("Papier ksero Pollux A4 80 g/m2 500 ark.", 25), ("Toner HP 26A CF226A zamiennik 3100 str.", 5), ("Niszczarka Fellowes 8Cd P-4", 1)],
      "Biuro Rachunkowe FISKUS Sp. z o.o.", nip=FISKUS_NIP, login="fiskus_biuro"),
    F("B2B", False, "llc", [("Papier ksero Pollux A4 80 g/m2 500 ark.", 30)], "Biuro Rachunkowe FISKUS Sp. z o.o.", nip=FISKUS_NIP, login="fiskus_biuro"),
    F("B2B", False, "private_clinic", [("Oczyszczacz powietrza Xiaomi Smart Air Purifier 4 Compact", 3), ("Laminator Argo A4 + 100 folii", 1)], "Przychodnia Lekarska MEDICUS s.c."),
    F("B2B", False, "sole_trader", [("Dysk SSD Samsung 980 1TB M.2 NVMe", 3), ("Kabel HDMI 2.1 8K 2 m", 5)], "TRANS-POL Jan Kowalski", name="Jan Kowalski"),
    F("B2B", False, "nonprofit", [("Laminator Argo A4 + 100 folii", 2), ("Papier ksero Pollux A4 80 g/m2 500 ark.", 10)], "Fundacja Dajemy Dzieciom Siłę"),
    F("B2B", False, "religious_org", [("Wentylator stojący Descon DA-1602", 4)], "Parafia Rzymskokatolicka pw. św. Stanisława Biskupa w Kielcach"),
    F("B2B", False, "homeowners_association", [("Baterie Duracell Plus AA 12 szt.", 10), ("Lampka biurkowa LED z ładowarką indukcyjną", 1)], "Wspólnota Mieszkaniowa ul. Słowackiego 12 w Toruniu"),
    F("B2B", False, "parents_association", [("Słuchawki bezprzewodowe JBL Tune 510BT", 3), ("Powerbank Xiaomi Redmi 20000 mAh 18W", 3)],
      "Rada Rodziców przy Szkole Podstawowej nr 5 w Kielcach", nip=False, msg="nagrody w konkursie szkolnym"),
    F("B2B", False, "company", [("Router TP-Link Archer C6 AC1200", 6)], "ORLEN S.A."),
    F("B2B", False, "private_university", [("Monitor Dell P2422H 24\" IPS", 6), ("Kabel HDMI 2.1 8K 2 m", 6)], "SWPS Uniwersytet Humanistycznospołeczny"),
    F("B2B", False, "llc", [("Ekspres ciśnieniowy De'Longhi Magnifica S ECAM22.110.B", 2), ("Czajnik elektryczny Philips HD9350/90 1,7 l stal", 2), ("Papier ksero Pollux A4 80 g/m2 500 ark.", 10)],
      "IT-SOLUTIONS GROUP SP. Z O.O."),
    F("B2B", False, "sole_trader", [("Toner HP 26A CF226A zamiennik 3100 str.", 4)], "Gabinet Stomatologiczny lek. dent. Ewa Mazur", name="Ewa Mazur"),
    # ---- B2G clear
    F("B2G", False, "municipality", [("Monitor Dell P2422H 24\" IPS", 5), ("Klawiatura przewodowa Logitech K120", 5)], "Gmina Wiązowna", name="Urząd Gminy Wiązowna",
      msg="Nabywca: Gmina Wiązowna, Odbiorca: Urząd Gminy Wiązowna. Płatność przelewem 14 dni."),
    F("B2G", False, "public_school", [("Laminator Argo A4 + 100 folii", 2), ("Papier ksero Pollux A4 80 g/m2 500 ark.", 20), ("Drukarka laserowa Brother HL-L2350DW WiFi", 1)],
      "Gmina Miasto Rzeszów - Szkoła Podstawowa nr 19 w Rzeszowie", name="Sekretariat SP 19"),
    F("B2G", False, "public_hospital", [("Oczyszczacz powietrza Xiaomi Smart Air Purifier 4 Compact", 6)], "Samodzielny Publiczny Zakład Opieki Zdrowotnej w Łęcznej",
      msg="zamówienie do 130 tys. zł, art. 2 ust. 1 pkt 1 Pzp"),
    F("B2G", False, "state_agency", [("Niszczarka Fellowes 8Cd P-4", 2), ("Toner HP 26A CF226A zamiennik 3100 str.", 10)], "Powiatowy Urząd Pracy w Kutnie"),
    F("B2G", False, "municipal_social_services", [("Czajnik elektryczny Philips HD9350/90 1,7 l stal", 3), ("Kuchenka mikrofalowa Samsung MS23K3513AW", 2), ("Papier ksero Pollux A4 80 g/m2 500 ark.", 10)],
      "Miejski Ośrodek Pomocy Społecznej w Pabianicach"),
    F("B2G", False, "county", [("Dysk SSD Samsung 980 1TB M.2 NVMe", 8)], "Powiat Piaseczyński - Starostwo Powiatowe w Piasecznie"),
    F("B2G", False, "fire_service", [("Powerbank Xiaomi Redmi 20000 mAh 18W", 10), ("Baterie Duracell Plus AA 12 szt.", 10)], "Komenda Miejska Państwowej Straży Pożarnej w Radomiu"),
    F("B2G", False, "public_university", [("Monitor Dell P2422H 24\" IPS", 10)], "Uniwersytet Warszawski", msg="Wydział Fizyki, zamówienie nr ZP/WF/112/2025"),
    F("B2G", False, "court", [("Niszczarka Fellowes 8Cd P-4", 1), ("Papier ksero Pollux A4 80 g/m2 500 ark.", 40)], "Sąd Rejonowy w Kielcach"),
    # ---- ambiguous
    F("B2B", True, "company_household_item", [("Ekspres ciśnieniowy De'Longhi Magnifica S ECAM22.110.B", 1)], "Kancelaria Notarialna Notariusz Joanna Kamińska", name="Joanna Kamińska"),
    F("B2B", True, "company_household_item", [("Czajnik elektryczny Philips HD9350/90 1,7 l stal", 1), ("Blender kielichowy Philips HR2041/00", 1)], "Biuro Podróży SUN-TOUR Sp. z o.o."),
    F("B2G", True, "public_school", [("Czajnik elektryczny Philips HD9350/90 1,7 l stal", 1)], "Szkoła Podstawowa nr 2 im. Marii Konopnickiej w Nowym Targu", nip=False),
    F("B2G", True, "municipality", [("Wentylator stojący Descon DA-1602", 1)], "Urząd Gminy Kobylnica"),
    F("B2B", True, "sole_trader", [("Odkurzacz pionowy Xiaomi Vacuum Cleaner G10", 1)], "FHU KRAWCZYK Paweł Krawczyk", name="Paweł Krawczyk", invoice="Nie", pay="Allegro Pay"),
    P("B2C", True, "private_bulk", [("Ładowarka sieciowa Baseus USB-C 20W PD", 25)]),
    P("B2C", True, "private_bulk", [("Powerbank Xiaomi Redmi 20000 mAh 18W", 20)]),
    P("B2B", True, "private_resale", [("Słuchawki bezprzewodowe JBL Tune 510BT", 10), ("Kabel HDMI 2.1 8K 2 m", 15)], msg="towar na sprzedaż w moim sklepie, czy jest rabat?"),
    P("B2C", True, "person_gov_address", [("Żelazko parowe Tefal FV2867 Express Steam", 1)], street="Urząd Miasta, ul. Rynek 1", msg="proszę dostarczyć do pracy, pokój 12"),
    F("B2B", True, "state_owned_company", [("Niszczarka Fellowes 8Cd P-4", 5), ("Papier ksero Pollux A4 80 g/m2 500 ark.", 50)], "Poczta Polska S.A.",
      msg="zamówienie w ramach postępowania nr ZZ.2611.45.2025"),
    F("B2B", True, "volunteer_fire_association", [("Powerbank Xiaomi Redmi 20000 mAh 18W", 6), ("Baterie Duracell Plus AA 12 szt.", 6)], "Ochotnicza Straż Pożarna w Kobylance"),
    F("B2B", True, "international_org", [("Monitor Dell P2422H 24\" IPS", 3)], "Europejska Agencja Straży Granicznej i Przybrzeżnej (Frontex)", nip=False),
    P("B2B", True, "thin_record", [("Toner HP 26A CF226A zamiennik 3100 str.", 10)], name="", login="", email="", phone="", street="", zip="", city=""),
    P("B2C", True, "thin_record", [("Czajnik elektryczny Philips HD9350/90 1,7 l stal", 1)], name="", login="", email="", phone="", street="", zip="", city=""),
    P("B2B", True, "private_business_use", [("Niszczarka Fellowes 8Cd P-4", 1), ("Lampka biurkowa LED z ładowarką indukcyjną", 1)], msg="do biura, proszę o paragon"),
    F("B2G", True, "public_kindergarten", [("Blender kielichowy Philips HR2041/00", 1), ("Czajnik elektryczny Philips HD9350/90 1,7 l stal", 1)], "Gmina Olsztyn - Przedszkole Miejskie nr 7 w Olsztynie"),
    F("B2B", True, "sole_trader", [("Odkurzacz pionowy Xiaomi Vacuum Cleaner G10", 1), ("Żelazko parowe Tefal FV2867 Express Steam", 1)], "Salon Fryzjerski Monika Król", name="Monika Król", pay="Płatności Allegro (BLIK)"),
    P("B2C", True, "private_bulk", [("Mysz bezprzewodowa Logitech M185", 15), ("Klawiatura przewodowa Logitech K120", 15)]),
    P("B2B", True, "private_business_use", [("Drukarka laserowa Brother HL-L2350DW WiFi", 1), ("Toner HP 26A CF226A zamiennik 3100 str.", 3)], invoice="Tak", msg="faktura na firmę, NIP podam w wiadomości"),
    F("B2B", True, "company_household_item", [("Czajnik elektryczny Philips HD9350/90 1,7 l stal", 2), ("Blender kielichowy Philips HR2041/00", 1)], "Koło Gospodyń Wiejskich w Zalesiu"),
    P("B2C", True, "person_company_invoice_request", [("Kuchenka mikrofalowa Samsung MS23K3513AW", 1)], invoice="Tak", msg="fakturę imienną proszę"),
]


def person_order():
    n = rng.choices([1, 2, 3], [65, 25, 10])[0]
    lines = [(p, rng.choice([1, 1, 1, 1, 2])) for p in rng.sample(HOME, n)]
    if rng.random() < 0.12:
        return P("B2C", False, "private_person", lines, pay="Płatność przy odbiorze", ship="Kurier InPost pobranie")
    return P("B2C", False, "private_person", lines)


while sum(len(o["lines"]) for o in orders) < 280:
    orders.append(person_order())
rng.shuffle(orders)
times = timestamps(rng, len(orders), dt.date(2025, 3, 1), dt.date(2025, 3, 31), 6, 24)

HEAD = ["Numer zamówienia", "Data zakupu", "Status", "Login kupującego", "Imię i nazwisko", "E-mail", "Telefon", "Firma", "NIP", "Faktura",
        "Ulica i numer", "Kod pocztowy", "Miejscowość", "ID oferty", "Tytuł oferty", "Ilość", "Cena jednostkowa", "Wartość", "Waluta",
        "Sposób dostawy", "Koszt dostawy", "Metoda płatności", "Wiadomość od kupującego"]


def num(x):
    return f"{x:.2f}".replace(".", ",")


def cell(v):
    v = str(v)
    if any(c in v for c in ';"\n'):
        v = '"' + v.replace('"', '""') + '"'
    return v


out = [";".join(HEAD)]
labels = []
for o, t in zip(orders, times):
    oid = str(uuid.UUID(int=rng.getrandbits(128), version=1))
    status = rng.choices(["Wysłane", "Odebrane", "Do wysłania", "Nowe"], [50, 30, 15, 5])[0]
    ship_cost = 0.0 if sum(CAT[p] * q for p, q in o["lines"]) >= 49 else 11.99
    if o.get("pay") == "Płatność przy odbiorze":
        ship_cost = 16.99
    for j, (p, q) in enumerate(o["lines"]):
        price = CAT[p]
        row = [oid, t.strftime("%Y-%m-%d %H:%M:%S"), status, o.get("login", ""), o.get("buyer", ""), o.get("email", ""), o.get("phone", ""),
               o.get("firm", ""), o.get("nip", ""), o.get("invoice", "Nie"), o.get("street", ""), o.get("zip", ""), o.get("city", ""),
               OFFER[p], p, q, num(price), num(price * q), "PLN", o.get("ship", "Allegro Kurier DPD"), num(ship_cost) if j == 0 else "",
               o.get("pay", ""), o.get("msg", "")]
        out.append(";".join(cell(v) for v in row))
        labels.append((o["label"], o["amb"], o["kind"], o["country"]))
LAYOUTS.mkdir(parents=True, exist_ok=True)
with open(LAYOUTS / f"{ID}.csv", "w", encoding="utf-8-sig", newline="") as f:
    f.write("\r\n".join(out) + "\r\n")

meta = {
    "id": ID,
    "system": "Allegro (allegro.pl) — lista zamówień sprzedawcy z Sales Center, eksport do CSV, jeden wiersz na pozycję zamówienia",
    "country": "PL",
    "language": "pl",
    "docs": [
        "Allegro REST API order (checkout-form) model as used by public integrations (GitHub TypeScript types): buyer {login, email, firstName, lastName, companyName, guest}, invoice {required, address.company.name, company.taxId, naturalPerson}, payment {type ONLINE / CASH_ON_DELIVERY, provider PAYU / P24 / ALLEGRO_PAY}, delivery {address, method name, cost}, lineItems {offer.id, offer.name, quantity, price.amount}, messageToSeller — gave the column set and one row per line item",
        "developer.allegro.pl news on invoice data ('dane do faktury', tax-ID types) and Allegro help on VAT invoices for company accounts — NIP and 'Faktura' columns",
        "Comarch e-Sale help: since 26 March 2019 Allegro masks buyers' e-mail addresses in transactions — hence the @allegromail.pl masked addresses",
        "Polish column titles, ';' delimiter, UTF-8 with BOM and decimal comma are my reading of a Polish CSV export; exact titles of the Sales Center CSV were not in the public documentation searched",
    ],
    "fields": {"buyer": "Imię i nazwisko", "product": "Tytuł oferty", "quantity": "Ilość", "amount": "Wartość", "tax_id": "NIP",
               "email": "E-mail", "payment": "Metoda płatności", "comment": "Wiadomość od kupującego"},
    "also_ok": {"buyer": ["Firma", "Login kupującego"], "amount": ["Cena jednostkowa"]},
    "notes": "CSV, ';' delimiter, UTF-8 with BOM, CRLF, decimal comma, dates YYYY-MM-DD HH:MM:SS. One row per order line: lines of one order share 'Numer zamówienia' (UUID) and all buyer columns; 'Koszt dostawy' only on the first line of an order. No title or totals lines. E-mails are Allegro-masked (…@allegromail.pl) and carry no domain signal. Organisations appear in 'Firma' (with 'NIP' and 'Faktura' = Tak); 'Imię i nazwisko' is the person (or office) placing the order. Two orders have all buyer data removed (thin records).",
}
write_key(ID, meta, labels)
print(ID, len(labels))
