"""hc_pl_shoper_zamowienia: Shoper (Polish SaaS e-commerce), orders exported through a CSV profile.

Shoper documents its CSV profiles ('Zarządzanie plikami CSV - opis pól', 'Jakie pola uzupełnia
się w pliku CSV dla klientów?'): a header row of default technical field names
(first_name, last_name, email, company_name, tax_id, pesel, street_1, city, zip_code, phone,
comment, ...), ';' as the default column separator. The list of order fields was not found;
order-level names below follow the same naming. One row per ordered product; order data
repeated on each row.
"""
import csv
import io
import random
from datetime import datetime, timedelta

from hc_common import LAYOUTS, pl_nip, pl_nip_random, write_key, write_labels

LAYOUT_ID = "hc_pl_shoper_zamowienia"
rng = random.Random(20241013)
HEADER = ["order_id", "date", "status", "paid", "email", "first_name", "last_name", "company_name", "tax_id", "street_1",
          "zip_code", "city", "phone", "payment", "shipping", "shipping_cost", "product_code", "product_name", "quantity",
          "price", "sum", "comment"]
G, B, C = "B2G", "B2B", "B2C"

P = {  # code: (name, gross price PLN, household?)
    "TAB-MAG-12090": ("Tablica magnetyczna suchościeralna 120x90 cm", 289.00, False),
    "KLO-500": ("Zestaw klocków konstrukcyjnych 500 el.", 149.99, False),
    "PLA-12": ("Plastelina 12 kolorów", 12.99, False),
    "FAR-PLAK-12": ("Farby plakatowe 12 x 20 ml", 18.50, False),
    "MATA-KOD-5": ("Mata edukacyjna do kodowania 5x5", 219.00, False),
    "GLOB-32": ("Globus fizyczny 32 cm", 129.00, False),
    "MIKR-BL300": ("Mikroskop szkolny Delta Optical BioLight 300", 399.00, False),
    "MONT-BELKI": ("Montessori - belki numeryczne", 259.00, False),
    "PHOTON-R": ("Robot edukacyjny Photon", 1290.00, False),
    "LEGO-SPIKE": ("LEGO Education SPIKE Prime 45678", 2099.00, False),
    "KRZ-ROZ5": ("Krzesło szkolne rozm. 5, buk", 179.00, False),
    "STOL-PRZ": ("Stolik przedszkolny prostokątny 120x60", 399.00, False),
    "KSERO-A4-5": ("Papier ksero A4 80 g, karton 5 ryz", 109.00, False),
    "LAM-A4": ("Laminator A4 Fellowes Arc", 249.00, False),
    "BIB-10": ("Bibuła marszczona 10 kolorów", 24.90, False),
    "PUZ-1000": ("Puzzle Trefl 1000 el.", 39.99, True),
    "DOBBLE": ("Gra planszowa Dobble", 59.90, True),
    "CZAJ-BOSCH": ("Czajnik elektryczny Bosch 1,7 l", 169.00, True),
    "ODK-ZELMER": ("Odkurzacz Zelmer Aquawelt", 499.00, True),
    "EKSP-DELONGHI": ("Ekspres do kawy De'Longhi Magnifica S", 1399.00, True),
    "MIKROF-AMICA": ("Kuchenka mikrofalowa Amica 20 l", 399.00, True),
}
EDU = [k for k, v in P.items() if not v[2]]
HOME = [k for k, v in P.items() if v[2]]
FREE = ["gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com", "op.pl"]
GIV_F = ["Anna", "Katarzyna", "Magdalena", "Agnieszka", "Joanna", "Monika", "Ewa", "Aleksandra", "Karolina", "Natalia", "Marta", "Beata"]
GIV_M = ["Piotr", "Tomasz", "Paweł", "Michał", "Krzysztof", "Marcin", "Łukasz", "Jakub", "Grzegorz", "Adam", "Mateusz", "Rafał"]
SUR = [("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"), ("Kowalczyk", "Kowalczyk"),
       ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"),
       ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska"), ("Kozłowski", "Kozłowska"), ("Mazur", "Mazur"), ("Krawczyk", "Krawczyk")]
CITIES = [("Kraków", "30-"), ("Warszawa", "02-"), ("Wrocław", "50-"), ("Poznań", "60-"), ("Gdańsk", "80-"), ("Łódź", "90-"),
          ("Lublin", "20-"), ("Katowice", "40-"), ("Tarnów", "33-"), ("Gliwice", "44-"), ("Rzeszów", "35-")]
STREETS = ["ul. Długa", "ul. Lipowa", "ul. Szkolna", "ul. Mickiewicza", "ul. Słowackiego", "al. Jana Pawła II", "ul. Kościuszki", "os. Zielone", "ul. Polna"]


def addr(city=None):
    c, pre = city or rng.choice(CITIES)
    return f"{rng.choice(STREETS)} {rng.randint(1, 120)}" + (f"/{rng.randint(1, 60)}" if rng.random() < 0.5 else ""), f"{pre}{rng.randint(1, 999):03d}", c


def person(female=None):
    f = rng.random() < 0.55 if female is None else female
    s = rng.choice(SUR)
    return (rng.choice(GIV_F) if f else rng.choice(GIV_M)), (s[1] if f else s[0])


def ascii_(s):
    return s.lower().translate(str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ"))


def phone():
    return f"{rng.choice(['5', '6', '7', '8'])}{rng.randint(0, 99):02d} {rng.randint(100, 999)} {rng.randint(100, 999)}"


orders = []


def order(email, fn, ln, company, nip, street, zipc, city, items, payment, label, amb, kind, country="PL", comment="", shipping=None):
    orders.append(dict(email=email, fn=fn, ln=ln, company=company, nip=nip, street=street, zip=zipc, city=city, items=items,
                       payment=payment, label=label, amb=amb, kind=kind, country=country, comment=comment,
                       shipping=shipping or rng.choice(["Kurier InPost", "Kurier DPD", "Paczkomaty InPost 24/7", "Kurier InPost"])))


def edu_items(k=None, big=True):
    out = []
    for code in rng.sample(EDU, k or rng.randint(1, 4)):
        pr = P[code][1]
        q = rng.randint(1, 3) if pr > 900 else (rng.randint(2, 30) if big and pr < 60 else rng.randint(1, 12))
        out.append((code, q))
    return out


PUBLIC = [  # (company_name as typed at checkout, 9-digit NIP body or full NIP, city, email, kind)
    ("Gmina Miejska Kraków - Szkoła Podstawowa nr 12 im. Lajkonika", "676101371", CITIES[0], "sekretariat@sp12.krakow.pl", "public_school"),
    ("GMINA MIEJSKA KRAKÓW - PRZEDSZKOLE SAMORZĄDOWE NR 98", "676101371", CITIES[0], "p98@mjo.krakow.pl", "public_school"),
    ("Miasto Stołeczne Warszawa - Przedszkole nr 145", "525224848", CITIES[1], "p145@eduwarszawa.pl", "public_school"),
    ("m.st. Warszawa - Szkoła Podstawowa nr 340 im. Profesorów Uniwersytetu Warszawskiego", "525224848", CITIES[1], "sp340@eduwarszawa.pl", "public_school"),
    ("Gmina Wrocław - Szkoła Podstawowa nr 64", "896102674", CITIES[2], "sekretariat.sp64@wroclawskaedukacja.pl", "public_school"),
    ("Miasto Poznań - Przedszkole nr 37 Słoneczko", "209000144", CITIES[3], "p37@przedszkola.poznan.pl", "public_school"),
    ("Gmina Miasta Gdańska - Przedszkole Samorządowe nr 12", "583", CITIES[4], "ps12@edu.gdansk.pl", "public_school"),
    ("Miasto Łódź - Szkoła Podstawowa nr 81", "725", CITIES[5], "kontakt@sp81.elodz.edu.pl", "public_school"),
    ("Gmina Lublin - Przedszkole nr 52", "946", CITIES[6], "p52@lublin.eu", "public_school"),
    ("Miasto Katowice - Żłobek Miejski nr 5", "954", CITIES[7], "zlobek5@zlobki.katowice.pl", "public_nursery"),
    ("Gmina Miasta Tarnowa - Miejski Ośrodek Pomocy Społecznej", "873", CITIES[8], "sekretariat@mops.tarnow.pl", "municipal_agency"),
    ("Miasto Gliwice - Urząd Miejski w Gliwicach", "631", CITIES[9], "zamowienia@um.gliwice.pl", "municipality"),
    ("Gmina Miasto Rzeszów - Poradnia Psychologiczno-Pedagogiczna nr 2", "813", CITIES[10], "ppp2@erzeszow.pl", "public_school"),
    ("Powiat Krakowski - Specjalny Ośrodek Szkolno-Wychowawczy w Radziszowie", "676", CITIES[0], "sosw.radziszow@powiat.krakow.pl", "public_school"),
    ("Uniwersytet Jagielloński - Wydział Chemii", "675000223", CITIES[0], "zamowienia.chemia@uj.edu.pl", "public_university"),
    ("Politechnika Wrocławska - Centrum Wiedzy i Informacji Naukowo-Technicznej", "896", CITIES[2], "zakupy@pwr.edu.pl", "public_university"),
    ("Biblioteka Publiczna m.st. Warszawy - Biblioteka Główna Województwa Mazowieckiego", "525", CITIES[1], "sekretariat@koszykowa.pl", "public_library"),
    ("Komenda Wojewódzka Policji w Krakowie", "676", CITIES[0], "zaopatrzenie@malopolska.policja.gov.pl", "police"),
    ("Gmina Skawina - Zespół Szkolno-Przedszkolny w Radziszowie", "944", CITIES[0], "zsp.radziszow@skawina.net", "public_school"),
    ("Gmina Kórnik - Szkoła Podstawowa w Kamionkach", "777", CITIES[3], "sp.kamionki@kornik.pl", "public_school"),
]

# ---- B2G
PNIP = {comp: (pl_nip(n9) if len(n9) == 9 else pl_nip_random(rng, n9)) for comp, n9, _c, _m, _k in PUBLIC}
for comp, nip9, city, mail, kind in PUBLIC:
    nip = PNIP[comp]
    street, zipc, c = addr(city)
    for _ in range(rng.choice([1, 2, 2, 3])):
        fn, ln = person()
        order(mail, fn, ln, comp, nip, street, zipc, c, edu_items(), rng.choice(["Przelew z odroczonym terminem 21 dni", "Przelew tradycyjny", "Przelew z odroczonym terminem 30 dni"]),
              G, False, kind, comment=rng.choice(["", "Faktura: Nabywca - gmina, Odbiorca - placówka", "Proszę o fakturę z terminem 30 dni", "Dostawa do sekretariatu, godz. 8-15", ""]))
order("kanzlei@wars.diplo.de", "Katrin", "Vogel", "Ambasada Republiki Federalnej Niemiec w Warszawie", "", "ul. Jazdów 12", "00-467", "Warszawa",
      edu_items(2), "Przelew tradycyjny", G, False, "embassy", country="DE", comment="Dla Szkoły Ambasady - bez VAT? proszę o kontakt")
# public bodies buying household items only (ambiguous)
for idx, code in [(0, "CZAJ-BOSCH"), (5, "ODK-ZELMER"), (10, "MIKROF-AMICA"), (9, "ODK-ZELMER")]:
    comp, nip9, city, mail, kind = PUBLIC[idx]
    street, zipc, c = addr(city)
    fn, ln = person()
    order(mail, fn, ln, comp, PNIP[comp], street, zipc, c, [(code, 1)], "Przelew z odroczonym terminem 21 dni", G, True, kind)

# ---- B2B
BIZ = [("Niepubliczne Przedszkole Akademia Malucha Sp. z o.o.", "private_kindergarten", "akademiamalucha.pl"),
       ("Fundacja Edukacyjna Bajkowa Kraina", "nonprofit", "bajkowakraina.org.pl"),
       ("Stowarzyszenie Przyjaciół Szkoły nr 5 w Tarnowie", "nonprofit", "o2.pl"),
       ("Rada Rodziców przy Szkole Podstawowej nr 12 w Krakowie", "parents_association", "gmail.com"),
       ("Parafia Rzymskokatolicka pw. św. Jana Chrzciciela w Gliwicach", "church", "parafia-jan.gliwice.pl"),
       ("Centrum Edukacyjne Smart Kids s.c.", "company", "smartkids.edu.pl"), ("Empik S.A.", "company", "empik.com"),
       ("Szkoła Językowa Speak Up Sp. z o.o.", "company", "speakup.pl"), ("Spółdzielnia Mieszkaniowa \"Piast\" w Gliwicach", "housing_cooperative", "smpiast.pl"),
       ("EDU-PROJEKT SP. Z O.O.", "company", "eduprojekt.com.pl"), ("Katolicka Szkoła Podstawowa im. św. Jadwigi Królowej", "private_school", "ksp-jadwiga.pl"),
       ("Uniwersytet SWPS", "private_university", "swps.edu.pl"), ("Klub Sportowy Wisła Kraków S.A.", "company", "wisla.krakow.pl"),
       ("Polski Czerwony Krzyż - Oddział Okręgowy w Krakowie", "national_red_cross", "pck.malopolska.pl")]
for name, kind, dom in BIZ:
    nip = pl_nip_random(rng)
    street, zipc, c = addr()
    for _ in range(rng.choice([1, 1, 2])):
        fn, ln = person()
        order(f"{rng.choice(['biuro', 'kontakt', 'zamowienia', ascii_(fn)])}@{dom}", fn, ln, name, nip, street, zipc, c, edu_items(),
              rng.choice(["Przelew tradycyjny", "Przelewy24", "Przelew z odroczonym terminem 14 dni"]), B, False, kind)
JDG = ["Pracownia Logopedyczna Joanna {ln}", "Klub Malucha Tęczowy Zakątek {fn} {ln}", "Korepetycje i Kursy {fn} {ln}", "Gabinet Terapii SI {ln}"]
for t in JDG:
    fn, ln = person(True)
    street, zipc, c = addr()
    order(f"{ascii_(fn)}.{ascii_(ln)}@{rng.choice(FREE)}", fn, ln, t.format(fn=fn, ln=ln), pl_nip_random(rng), street, zipc, c, edu_items(2, big=False),
          rng.choice(["Przelewy24", "BLIK", "Przelew tradycyjny"]), B, False, "sole_trader")
order("zakupy@pkp-intercity.pl", "Marek", "Zając", "PKP Intercity S.A.", pl_nip_random(rng, "526"), "al. Jerozolimskie 142A", "02-305", "Warszawa",
      [("KSERO-A4-5", 20), ("TAB-MAG-12090", 2)], "Przelew z odroczonym terminem 30 dni", B, False, "state_owned_company")
order("kontakt@vagnersport.de", "Jonas", "Vagner", "Vagner Lernspiele GmbH", "DE" + "".join(str(rng.randint(0, 9)) for _ in range(9)), "Hauptstr. 14", "02826", "Görlitz",
      edu_items(3), "Przelew tradycyjny", B, False, "foreign_company", country="DE", comment="Odwrotne obciążenie - WDT")
# ambiguous B2B
order("zamowienia.zp@poczta-polska.pl", "Iwona", "Sadowska", "Poczta Polska S.A.", pl_nip_random(rng, "525"), "ul. Rodziny Hiszpańskich 8", "00-940", "Warszawa",
      [("KSERO-A4-5", 40), ("LAM-A4", 4)], "Przelew z odroczonym terminem 30 dni", B, True, "state_owned_company_procurement",
      comment="Zamówienie w trybie ustawy Pzp, nr postępowania ZP/2024/0187 - faktura na Pocztę Polską")
order("biuro@frse.org.pl", "Dorota", "Lis", "Fundacja Rozwoju Systemu Edukacji", pl_nip_random(rng, "526"), "al. Jerozolimskie 142A", "02-305", "Warszawa",
      edu_items(3), "Przelew tradycyjny", B, True, "state_founded_foundation")
order("procurement.odihr@osce.org", "Marta", "Kubiak", "OSCE Office for Democratic Institutions and Human Rights (ODIHR)", "", "ul. Miodowa 10", "00-251", "Warszawa",
      [("KSERO-A4-5", 10), ("TAB-MAG-12090", 1)], "Przelew tradycyjny", B, True, "international_org", comment="Tax exempt - international organisation")
order("biuro@akademiamalucha.pl", "Ewa", "Sikora", BIZ[0][0], pl_nip_random(rng), "ul. Lipowa 4", "30-702", "Kraków", [("EKSP-DELONGHI", 1)], "BLIK", B, True, "company_household_item")
order("kontakt@speakup.pl", "Adam", "Mazur", BIZ[7][0], pl_nip_random(rng), "ul. Słowackiego 40", "50-411", "Wrocław", [("CZAJ-BOSCH", 1), ("MIKROF-AMICA", 1)], "Przelewy24", B, True, "company_household_item")
order("radarodzicow.sp12krakow@gmail.com", "Beata", "Mazur", BIZ[3][0], pl_nip_random(rng), "ul. Szkolna 1", "30-110", "Kraków", [("EKSP-DELONGHI", 1)], "BLIK", B, True,
      "nonprofit_household_item", comment="Ekspres do pokoju nauczycielskiego - prezent od rodziców")
fn, ln = person(True)
order(f"{ascii_(fn)}{rng.randint(10, 99)}@{rng.choice(FREE)}", fn, ln, f"Pracownia Ceramiki {fn} {ln}", pl_nip_random(rng), *addr(), [("ODK-ZELMER", 1)], "BLIK", B, True,
      "sole_trader_personal_purchase", comment="Płacę kartą prywatną, dostawa do domu")
fn, ln = person(False)
order(f"{ascii_(fn)}.{ascii_(ln)}@{rng.choice(FREE)}", fn, ln, "", "", *addr(), [("KLO-500", 12), ("PUZ-1000", 15)], "BLIK", B, True,
      "private_person_resale", comment="Towar do dalszej odsprzedaży na moim stoisku")
order("zakupy@eduprojekt.com.pl", "", "", "", "", "", "", "", [("KSERO-A4-5", 10)], "Przelew tradycyjny", B, False, "role_mailbox_only", shipping="Odbiór osobisty")

# ---- B2C
for _ in range(34):
    fn, ln = person()
    street, zipc, c = addr()
    mail = rng.choice([f"{ascii_(fn)}.{ascii_(ln)}@{rng.choice(FREE)}", f"{ascii_(fn)}{ascii_(ln)}{rng.randint(1, 99)}@{rng.choice(FREE)}"])
    items = [(rng.choice(HOME[:2] + ["KLO-500", "PLA-12", "FAR-PLAK-12", "GLOB-32", "MATA-KOD-5", "MIKR-BL300", "MONT-BELKI"]), rng.randint(1, 2))]
    if rng.random() < 0.4:
        items.append((rng.choice(["PLA-12", "BIB-10", "DOBBLE", "PUZ-1000"]), 1))
    if rng.random() < 0.1:
        fn, ln = fn.upper(), ln.upper()
    order(mail, fn, ln, "", "", street, zipc, c, items, rng.choice(["BLIK", "Przelewy24", "Płatność przy odbiorze", "PayU", "BLIK"]), C, False, "private_person",
          comment=rng.choice(["", "", "", "Prezent - proszę bez paragonu w paczce", "Proszę o kontakt przed dostawą"]))
fn, ln = person(True)
order("anna.wrobel@sp12.krakow.pl", "Anna", "Wróbel", "", "", *addr(CITIES[0]), [("PUZ-1000", 2), ("DOBBLE", 1)], "BLIK", C, True, "person_with_school_email",
      comment="Zakup prywatny, wysyłka do domu")
fn, ln = person(False)
order(f"{ascii_(fn)}.{ascii_(ln)}@policja.gov.pl", fn, ln, "", "", *addr(), [("EKSP-DELONGHI", 1)], "Przelewy24", C, True, "person_with_gov_email")
fn, ln = person(True)
order(f"{ascii_(fn)}{rng.randint(1, 9)}@{rng.choice(FREE)}", fn, ln, "", "", *addr(), [("PLA-12", 30), ("FAR-PLAK-12", 30)], "BLIK", C, True, "private_bulk_purchase")
order(f"ola{rng.randint(100, 999)}@{rng.choice(FREE)}", "Ola", "", "", "", "", "", "", [("DOBBLE", 1)], "BLIK", C, True, "thin_record", shipping="Paczkomaty InPost 24/7")
order("", "", "", "", "", "", "", "", [("LEGO-SPIKE", 6)], "Przelew tradycyjny", B, True, "thin_record_business_goods", shipping="Kurier DPD")

# ---- render
rng.shuffle(orders)
base = datetime(2024, 8, 19, 7, 0, 0)
stamps = sorted(base + timedelta(minutes=rng.randint(0, 60 * 24 * 95)) for _ in orders)
rows, labels = [], []
oid = 10412
for o, ts in zip(orders, stamps):
    oid += 1
    ship = {"Kurier InPost": 16.99, "Kurier DPD": 19.99, "Paczkomaty InPost 24/7": 13.99, "Odbiór osobisty": 0.0}[o["shipping"]]
    goods = sum(P[c][1] * q for c, q in o["items"])
    if goods >= 500 and o["label"] != C:
        ship = 0.0
    total = round(goods + ship, 2)
    status = "Anulowane" if rng.random() < 0.02 else ("Zrealizowane" if ts < datetime(2024, 11, 10) else rng.choice(["Wysłane", "W realizacji", "Zrealizowane"]))
    paid = "1" if (o["payment"] in ("BLIK", "Przelewy24", "PayU") or status == "Zrealizowane") else "0"
    for code, q in o["items"]:
        rows.append([oid, ts.strftime("%Y-%m-%d %H:%M:%S"), status, paid, o["email"], o["fn"], o["ln"], o["company"], o["nip"], o["street"],
                     o["zip"], o["city"], phone() if o["fn"] else "", o["payment"], o["shipping"], f"{ship:.2f}", code, P[code][0], q,
                     f"{P[code][1]:.2f}", f"{total:.2f}", o["comment"]])
        labels.append(dict(label=o["label"], amb=o["amb"], kind=o["kind"], country=o["country"]))
# phone must be stable per order: regenerate deterministically per order id
seen = {}
for r in rows:
    if r[12]:
        seen.setdefault(r[0], r[12])
        r[12] = seen[r[0]]

buf = io.StringIO()
w = csv.writer(buf, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
w.writerow(HEADER)
w.writerows(rows)
out = LAYOUTS / f"{LAYOUT_ID}.csv"
with open(out, "w", encoding="utf-8", newline="") as fh:
    fh.write(buf.getvalue())

write_labels(LAYOUT_ID, labels)
write_key(LAYOUT_ID, {
    "id": LAYOUT_ID,
    "system": "Shoper (Polish SaaS e-commerce platform), Zamówienia exported through a CSV export profile (shop selling teaching aids)",
    "country": "PL",
    "language": "pl",
    "docs": [
        "shoper.pl/help 'Zarządzanie plikami CSV - opis pól' and 'Jakie pola uzupełnia się w pliku CSV dla klientów?': CSV files use default technical field names (first_name, last_name, email, company_name, tax_id, pesel, street_1, city, zip_code, phone, comment); order number is the mandatory key of order files",
        "pomoc.home.pl 'Tworzenie nowego profilu CSV' (Shoper od home.pl): column and category separators are set in the profile settings; only ready-made profiles export orders",
        "Not found: Shoper's own list of order fields; order-level names (order_id, date, status, paid, payment, shipping, shipping_cost, product_code, product_name, quantity, price, sum) are my reading in the documented naming style",
        "Polish public-sector invoicing practice: a school or kindergarten orders as 'Nabywca' = gmina/miasto (its NIP) with the unit as 'Odbiorca'; NIP check digits (weights 6,5,7,2,3,4,5,6,7, mod 11) computed",
    ],
    "fields": {"buyer": "company_name", "product": "product_name", "quantity": "quantity", "amount": "sum", "tax_id": "tax_id",
               "email": "email", "payment": "payment", "comment": "comment"},
    "also_ok": {"buyer": ["last_name", "first_name"], "amount": ["price"], "product": ["product_code"]},
    "notes": "UTF-8 CSV without BOM, ';' separated, CRLF, quotes only where needed, '.' decimals. One row per ordered product; order-level columns (buyer, address, payment, sum = order total incl. shipping) repeat on every product row of the same order_id, and all rows of an order share the label. Private buyers leave company_name and tax_id empty; the buyer is then first_name + last_name. Public schools and kindergartens order under their gmina's name and NIP ('Gmina Miejska Kraków - Szkoła Podstawowa nr 12'). One order has only a role mailbox (zakupy@...), one has no buyer data at all.",
})
print(out, len(rows), len(orders))
