"""le_pl_pkobp_historia_uznania: PKO BP (iPKO) account-history CSV, incoming transfers only.

Format (from public parsers of the real export): comma separated, every field quoted,
cp1250, header "Data operacji","Data waluty","Typ transakcji","Kwota","Waluta",
"Saldo po transakcji","Opis transakcji" followed by six empty header cells; the
description is spread over the seven last cells as "Rachunek nadawcy: ...",
"Nazwa nadawcy: ...", "Adres nadawcy: ...", "Tytuł: ..."; amounts and balance
carry a sign and a decimal point ("+1400.00"); dates YYYY-MM-DD; newest first.
Seller: a Polish supplier of school and office furniture and equipment.
"""
import random
from datetime import date, timedelta

from le_common import LAYOUTS, pl_nrb, write_key, write_labels

LID = "le_pl_pkobp_historia_uznania"
rng = random.Random(1301)
OUR_NIP = "5213678904"  # seller's NIP quoted in split-payment titles (IDC)

BANKS = ["1020102", "1020104", "1020296", "1140200", "1050100", "1090101", "1240106",
         "1160220", "1750001", "8002000", "8931000", "8484000"]
PUBLIC_BANKS = ["1010101", "1130100", "1020105", "1240609", "8002000", "8931000"]

# ------------------------------------------------------------------ payers
# (name as sent, address or None, kind, label, ambiguous, country, title_style, (lo, hi), weight, public_bank)
P = []


def add(name, addr, kind, label, amb, country, style, rng_amt, weight, public=False, texts=None):
    P.append(dict(name=name, addr=addr, kind=kind, label=label, amb=amb, country=country,
                  style=style, amt=rng_amt, w=weight, public=public, texts=texts or []))


SCHOOL_TXT = ["KRZESŁA UCZNIOWSKIE", "ŁAWKI SZKOLNE 2-OSOBOWE", "TABLICA TRYPTYK", "SZAFY BIUROWE",
              "WYPOSAŻENIE PRACOWNI CHEMICZNEJ", "REGAŁY DO BIBLIOTEKI", "BIURKO NAUCZYCIELSKIE",
              "STOLIKI PRZEDSZKOLNE", "SZAFKI UCZNIOWSKIE", "MONITOR INTERAKTYWNY 65", "KRZESŁA OBROTOWE",
              "WYPOSAŻENIE GABINETU PEDAGOGA", "DOSTAWA MEBLI WG UMOWY"]
OFFICE_TXT = ["KRZESŁA OBROTOWE", "BIURKA ELEKTRYCZNE", "SZAFY AKTOWE", "KONTENERY POD BIURKO",
              "STÓŁ KONFERENCYJNY", "SZAFA METALOWA", "FOTEL GABINETOWY", "WYPOSAŻENIE SALI OBRAD"]

# public bodies, clear B2G
add("SZKOŁA PODSTAWOWA NR 340 IM. PROFESORÓW LWOWSKICH", "UL. LOKAJSKIEGO 3 02-793 WARSZAWA",
    "public_school", "B2G", False, "PL", "mpp", (1800, 24000), 5, True, SCHOOL_TXT)
add("SZKOŁA PODSTAWOWA IM. JANA PAWŁA II W RASZYNIE", "UL. SZKOLNA 2A 05-090 RASZYN",
    "public_school", "B2G", False, "PL", "fv", (900, 18000), 4, True, SCHOOL_TXT)
add("ZESPÓŁ SZKÓŁ OGÓLNOKSZTAŁCĄCYCH NR 6", "UL. JAGIELLOŃSKA 47 85-097 BYDGOSZCZ",
    "public_school", "B2G", False, "PL", "mpp", (2500, 31000), 3, True, SCHOOL_TXT)
add("PRZEDSZKOLE PUBLICZNE NR 5 W LEGIONOWIE", None,
    "public_kindergarten", "B2G", False, "PL", "fv", (700, 9500), 3, True, SCHOOL_TXT)
add("CENTRUM USŁUG WSPÓLNYCH W ŁOMIANKACH", "UL. WARSZAWSKA 115 05-092 ŁOMIANKI",
    "municipal_shared_services_unit", "B2G", False, "PL", "mpp", (3000, 42000), 4, True, SCHOOL_TXT)
add("URZĄD GMINY RASZYN", "UL. MAZOWIECKA 2 05-090 RASZYN",
    "municipality_office", "B2G", False, "PL", "mpp", (1500, 26000), 3, True, OFFICE_TXT)
add("GMINA WIELICZKA", "RYNEK GÓRNY 1 32-020 WIELICZKA",
    "municipality", "B2G", False, "PL", "mpp", (2000, 38000), 3, True, OFFICE_TXT + SCHOOL_TXT)
add("URZĄD MIASTA KIELCE", "RYNEK 1 25-303 KIELCE",
    "city_office", "B2G", False, "PL", "fv", (1200, 21000), 2, True, OFFICE_TXT)
add("STAROSTWO POWIATOWE W PIASECZNIE", "UL. CHYLICZKOWSKA 14 05-500 PIASECZNO",
    "county_office", "B2G", False, "PL", "mpp", (2400, 33000), 3, True, OFFICE_TXT)
add("MIEJSKI OŚRODEK POMOCY SPOŁECZNEJ W KIELCACH", "UL. STEFANA ŻEROMSKIEGO 21 25-370 KIELCE",
    "municipal_social_services", "B2G", False, "PL", "fv", (800, 12000), 2, True, OFFICE_TXT)
add("POWIATOWY URZĄD PRACY W OTWOCKU", None,
    "county_labour_office", "B2G", False, "PL", "fv", (900, 14000), 2, True, OFFICE_TXT)
add("UNIWERSYTET JAGIELLOŃSKI", "UL. GOŁĘBIA 24 31-007 KRAKÓW",
    "public_university", "B2G", False, "PL", "mpp", (3500, 48000), 3, True, OFFICE_TXT)
add("POLITECHNIKA WARSZAWSKA WYDZIAŁ ELEKTRONIKI I TECHNIK INFORMACYJNYCH", "UL. NOWOWIEJSKA 15/19 00-665 WARSZAWA",
    "public_university", "B2G", False, "PL", "mpp", (2800, 36000), 2, True, OFFICE_TXT)
add("AKADEMIA WYCHOWANIA FIZYCZNEGO JÓZEFA PIŁSUDSKIEGO W WARSZAWIE", None,
    "public_university", "B2G", False, "PL", "fv", (1600, 19000), 1, True, OFFICE_TXT)
add("WOJEWÓDZKI SZPITAL SPECJALISTYCZNY W OLSZTYNIE", "UL. ŻOŁNIERSKA 18 10-561 OLSZTYN",
    "public_hospital", "B2G", False, "PL", "mpp", (2200, 29000), 2, True, OFFICE_TXT)
add("SAMODZIELNY PUBLICZNY ZESPÓŁ ZAKŁADÓW OPIEKI ZDROWOTNEJ W WYSZKOWIE", None,
    "public_hospital", "B2G", False, "PL", "fv", (1500, 17000), 2, True, OFFICE_TXT)
add("JEDNOSTKA WOJSKOWA 4929", None,
    "armed_forces_unit", "B2G", False, "PL", "mpp", (3000, 40000), 2, True, OFFICE_TXT)
add("SĄD REJONOWY W PIASECZNIE", "UL. KOŚCIUSZKI 14 05-500 PIASECZNO",
    "court", "B2G", False, "PL", "fv", (1100, 16000), 2, True, OFFICE_TXT)
add("KOMENDA POWIATOWA POLICJI W WOŁOMINIE", None,
    "police", "B2G", False, "PL", "fv", (1300, 15000), 1, True, OFFICE_TXT)
add("KOMENDA MIEJSKA PAŃSTWOWEJ STRAŻY POŻARNEJ W KRAKOWIE", None,
    "state_fire_service", "B2G", False, "PL", "mpp", (1800, 22000), 1, True, OFFICE_TXT)
add("BIBLIOTEKA PUBLICZNA W DZIELNICY URSYNÓW M.ST. WARSZAWY", None,
    "municipal_cultural_institution", "B2G", False, "PL", "fv", (900, 11000), 2, True, ["REGAŁY DO BIBLIOTEKI", "STOLIKI", "PUFY DO CZYTELNI"])
add("MIASTO STOŁECZNE WARSZAWA DZIELNICA MOKOTÓW", "UL. RAKOWIECKA 25/27 02-517 WARSZAWA",
    "municipality", "B2G", False, "PL", "mpp", (4000, 52000), 2, True, SCHOOL_TXT)
add("ZAKŁAD GOSPODARKI KOMUNALNEJ W ZIELONKACH", None,
    "municipal_budget_enterprise", "B2G", False, "PL", "fv", (700, 8000), 1, True, OFFICE_TXT)
add("PAŃSTWOWY FUNDUSZ REHABILITACJI OSÓB NIEPEŁNOSPRAWNYCH", "AL. JANA PAWŁA II 13 00-828 WARSZAWA",
    "state_fund_body", "B2G", False, "PL", "mpp", (2500, 23000), 1, True, OFFICE_TXT)
add("ZAKŁAD UBEZPIECZEŃ SPOŁECZNYCH ODDZIAŁ W SIEDLCACH", None,
    "state_agency", "B2G", False, "PL", "fv", (1800, 20000), 1, True, OFFICE_TXT)
add("URZĄD MARSZAŁKOWSKI WOJEWÓDZTWA MAZOWIECKIEGO W WARSZAWIE", "UL. JAGIELLOŃSKA 26 03-719 WARSZAWA",
    "regional_government", "B2G", False, "PL", "mpp", (3000, 44000), 2, True, OFFICE_TXT)
add("GDAŃSKI ZESPÓŁ ŻŁOBKÓW", None,
    "public_nursery", "B2G", False, "PL", "fv", (600, 7500), 1, True, SCHOOL_TXT)
add("AMBASADA REPUBLIKI FEDERALNEJ NIEMIEC", "UL. JAZDÓW 12 00-467 WARSZAWA",
    "embassy", "B2G", False, "DE", "en", (2000, 16000), 1, False, OFFICE_TXT)
# public bodies buying one household item: B2G, ambiguous
add("PRZEDSZKOLE PUBLICZNE NR 2 W MARKACH", None,
    "public_kindergarten", "B2G", True, "PL", "house", (99, 189), 1, True, ["CZAJNIK ELEKTRYCZNY 1 SZT"])
add("URZĄD GMINY JABŁONNA", "UL. MODLIŃSKA 152 05-110 JABŁONNA",
    "municipality_office", "B2G", True, "PL", "house", (1400, 2300), 1, True, ["EKSPRES DO KAWY 1 SZT"])
add("SZKOŁA PODSTAWOWA NR 1 W OTWOCKU", None,
    "public_school", "B2G", True, "PL", "house", (900, 1600), 1, True, ["LODÓWKA DO POKOJU NAUCZYCIELSKIEGO"])

# businesses, clear B2B
for nm, ad, kind, w in [
    ("COMARCH SPÓŁKA AKCYJNA", "AL. JANA PAWŁA II 39A 31-864 KRAKÓW", "company", 2),
    ("ASSECO POLAND S.A.", "UL. OLCHOWA 14 35-322 RZESZÓW", "company", 2),
    ("BUDIMEX SPÓŁKA AKCYJNA", "UL. SIEDMIOGRODZKA 9 01-204 WARSZAWA", "company", 2),
    ("SELENA FM S.A.", None, "company", 1),
    ("FAKRO SP. Z O.O.", "UL. WĘGIERSKA 144A 33-300 NOWY SĄCZ", "company", 1),
    ("KRUK SPÓŁKA AKCYJNA", None, "company", 1),
    ("WIRTUALNA POLSKA MEDIA SPÓŁKA AKCYJNA", None, "company", 1),
    ("BIURO RACHUNKOWE PARTNER SP. Z O.O.", "UL. PUŁAWSKA 112 02-620 WARSZAWA", "company", 3),
    ("DOM MEDIOWY VECTOR SP. Z O.O. SP.K.", None, "company", 2),
    ("TRANS-POL LOGISTYKA SP. Z O.O.", "UL. GRANICZNA 8 05-090 RASZYN", "company", 3),
    ("MEDIQ CENTRUM MEDYCZNE SP. Z O.O.", None, "company", 2),
    ("PRZEDSZKOLE NIEPUBLICZNE AKADEMIA MALUCHA SP. Z O.O.", None, "private_kindergarten", 2),
    ("AKADEMIA LEONA KOŹMIŃSKIEGO", "UL. JAGIELLOŃSKA 57/59 03-301 WARSZAWA", "private_university", 2),
    ("LUX MED SP. Z O.O.", "UL. SZTURMOWA 2 02-678 WARSZAWA", "private_clinic", 1),
    ("POCZTA POLSKA SPÓŁKA AKCYJNA", "UL. RODZINY HISZPAŃSKICH 8 00-940 WARSZAWA", "state_owned_company", 1),
    ("PGE DYSTRYBUCJA S.A. ODDZIAŁ WARSZAWA", None, "state_owned_company", 1),
    ("KANCELARIA ADWOKACKA ADW. ANNA MAZUR", "UL. KOSZYKOWA 61 00-667 WARSZAWA", "professional_practice", 1),
    ("GABINET STOMATOLOGICZNY LEK. DENT. PIOTR WÓJCIK", None, "professional_practice", 1),
    ("PPHU MARBUD MAREK NOWAK", "UL. POLNA 7 05-080 IZABELIN", "sole_trader", 2),
    ("USŁUGI REMONTOWO-BUDOWLANE JAN KOWALCZYK", None, "sole_trader", 1),
    ("AGROTURYSTYKA POD LIPAMI HALINA KRÓL", None, "sole_trader", 1),
    ("FUNDACJA DZIECIĘCA FANTAZJA", None, "foundation", 1),
    ("STOWARZYSZENIE PRZYJACIÓŁ SZKOŁY W RASZYNIE", None, "association", 1),
    ("PARAFIA RZYMSKOKATOLICKA PW. ŚW. ANNY W PIASECZNIE", None, "religious_organisation", 1),
    ("WSPÓLNOTA MIESZKANIOWA UL. PUŁAWSKA 145", None, "homeowners_association", 1),
    ("SPÓŁDZIELNIA MIESZKANIOWA JARY", "UL. WASILKOWSKIEGO 7 02-776 WARSZAWA", "housing_cooperative", 1),
    ("RADA RODZICÓW PRZY SZKOLE PODSTAWOWEJ NR 2 W ZĄBKACH", None, "parents_association", 1),
    ("OCHOTNICZA STRAŻ POŻARNA W RASZYNIE", None, "volunteer_fire_association", 1),
    ("POLSKI CZERWONY KRZYŻ ODDZIAŁ REJONOWY W PIASECZNIE", None, "national_red_cross", 1),
]:
    add(nm, ad, kind, "B2B", False, "PL", rng.choice(["fv", "fv", "mpp", "fvtext"]), (600, 28000), w, False, OFFICE_TXT)

# businesses, ambiguous
add("PKP POLSKIE LINIE KOLEJOWE SPÓŁKA AKCYJNA", "UL. TARGOWA 74 03-734 WARSZAWA",
    "state_owned_company_procurement", "B2B", True, "PL", "proc", (9000, 46000), 2, False, ["UMOWA NR 90/114/0087/24/Z/I POSTĘPOWANIE PRZETARGOWE"])
add("MIEJSKIE PRZEDSIĘBIORSTWO WODOCIĄGÓW I KANALIZACJI W M.ST. WARSZAWIE S.A.", "UL. PŁOCKA 8/10 01-148 WARSZAWA",
    "municipal_owned_company_procurement", "B2B", True, "PL", "proc", (6000, 30000), 1, False, ["ZAMÓWIENIE PZP NR 2024/ZP/118 WYPOSAŻENIE BIUR"])
add("EUROPEAN BORDER AND COAST GUARD AGENCY FRONTEX", "PLAC EUROPEJSKI 6 00-844 WARSZAWA",
    "international_org", "B2B", True, "PL", "en", (4000, 38000), 1, False, OFFICE_TXT)
add("OSCE OFFICE FOR DEMOCRATIC INSTITUTIONS AND HUMAN RIGHTS", "UL. MIODOWA 10 00-251 WARSZAWA",
    "international_org", "B2B", True, "PL", "en", (2500, 14000), 1, False, OFFICE_TXT)
add("FUNDACJA ROZWOJU SYSTEMU EDUKACJI", "AL. JEROZOLIMSKIE 142A 02-305 WARSZAWA",
    "state_founded_foundation", "B2B", True, "PL", "fv", (3000, 21000), 1, False, OFFICE_TXT)
add("SALON FRYZJERSKI ANETA SP. Z O.O.", None,
    "company", "B2B", True, "PL", "house", (450, 900), 1, False, ["ODKURZACZ 1 SZT"])
add("KANCELARIA NOTARIALNA NOTARIUSZ EWA DUDEK", None,
    "professional_practice", "B2B", True, "PL", "house", (1600, 2600), 1, False, ["EKSPRES DO KAWY 1 SZT"])

MALE = ["JAN", "PIOTR", "KRZYSZTOF", "ANDRZEJ", "TOMASZ", "PAWEŁ", "MARCIN", "MICHAŁ", "MAREK",
        "GRZEGORZ", "JAKUB", "ADAM", "ŁUKASZ", "KAMIL", "MATEUSZ", "RAFAŁ", "DARIUSZ"]
FEMALE = ["ANNA", "MARIA", "KATARZYNA", "MAŁGORZATA", "AGNIESZKA", "BARBARA", "EWA", "MAGDALENA",
          "JOANNA", "ALEKSANDRA", "MONIKA", "NATALIA", "KAROLINA", "JUSTYNA", "BEATA"]
SUR_SKI = ["KOWALSK", "WIŚNIEWSK", "KAMIŃSK", "LEWANDOWSK", "ZIELIŃSK", "SZYMAŃSK", "DĄBROWSK",
           "KOZŁOWSK", "JANKOWSK", "KWIATKOWSK", "PIOTROWSK", "GRABOWSK", "NOWAKOWSK", "PAWŁOWSK",
           "MICHALSK", "JABŁOŃSK", "MAJEWSK", "OLSZEWSK", "JAWORSK"]
SUR_PLAIN = ["NOWAK", "WÓJCIK", "KOWALCZYK", "WOŹNIAK", "MAZUR", "KRAWCZYK", "ADAMCZYK", "DUDEK",
             "ZAJĄC", "WIECZOREK", "KRÓL", "WRÓBEL", "SIKORA", "BARAN", "GÓRSKA"]
STREETS = ["UL. LIPOWA", "UL. SŁONECZNA", "UL. OGRODOWA", "UL. KRÓTKA", "UL. LEŚNA", "UL. POLNA",
           "UL. MICKIEWICZA", "UL. KOŚCIUSZKI", "UL. SIENKIEWICZA", "AL. KRAKOWSKA", "UL. PUŁAWSKA"]
TOWNS = ["05-500 PIASECZNO", "02-797 WARSZAWA", "05-092 ŁOMIANKI", "05-120 LEGIONOWO", "30-418 KRAKÓW",
         "80-288 GDAŃSK", "25-351 KIELCE", "05-400 OTWOCK", "91-341 ŁÓDŹ", "60-175 POZNAŃ", "50-410 WROCŁAW"]
HOME_ITEMS = ["BIURKO DLA SYNA", "KRZESŁO OBROTOWE", "BIURKO DLA CÓRKI", "REGAŁ", "FOTEL", "BIURKO NAROŻNE",
              "SZAFKA NA BUTY", "KRZESŁO DZIECIĘCE", "LAMPKA BIURKOWA", "BIURKO REGULOWANE"]


def person():
    if rng.random() < 0.5:
        first = rng.choice(MALE)
        sur = rng.choice(SUR_SKI) + "I" if rng.random() < 0.6 else rng.choice(SUR_PLAIN[:-1])
    else:
        first = rng.choice(FEMALE)
        sur = rng.choice(SUR_SKI) + "A" if rng.random() < 0.6 else rng.choice(SUR_PLAIN)
    addr = f"{rng.choice(STREETS)} {rng.randint(1, 120)}{'' if rng.random() < 0.6 else ' M ' + str(rng.randint(1, 60))} {rng.choice(TOWNS)}"
    return f"{first} {sur}", addr


# ------------------------------------------------------------------ events
START, END = date(2024, 9, 2), date(2024, 11, 29)
days = [START + timedelta(d) for d in range((END - START).days + 1) if (START + timedelta(d)).weekday() < 5]
inv_no = {"n": 355}
order_no = {"n": 10410}


def inv(d):
    """Invoice number of an invoice issued 5-30 days before payment day d (numbered by issue date)."""
    idate = d - timedelta(rng.randint(5, 30))
    n = 280 + (idate - date(2024, 8, 1)).days * 3 + rng.randint(0, 2)
    return f"{n:04d}/{idate.month:02d}/{idate.year}"


def amt(lo, hi):
    """Gross invoice amount: a net price list total plus 23% VAT, rounded to grosze."""
    net = round(rng.uniform(lo, hi) / 1.23 / (1 if hi < 400 else 5)) * (1 if hi < 400 else 5)
    return round(net * 1.23, 2)


def shop_amt(lo, hi):
    """E-shop order total: catalogue prices ending in ,00 or ,99 plus delivery."""
    return round(rng.uniform(lo, hi)) + rng.choice([0, 0, 0.99, 0.99, 0.5]) + rng.choice([0, 0, 49, 99, 149])


events = []


def title_for(p, d, a):
    txt = rng.choice(p["texts"]) if p["texts"] else ""
    st = p["style"]
    fv = inv(d)
    if st == "mpp":
        vat = round(a * 23 / 123, 2)
        return f"/VAT/{vat:.2f}/IDC/{OUR_NIP}/INV/FV {fv}/TXT/{txt}"
    if st == "fv":
        return rng.choice([f"FV {fv}", f"FAKTURA VAT NR {fv}", f"ZAPŁATA ZA FV {fv}", f"FV {fv} {txt}"])
    if st == "fvtext":
        return rng.choice([f"FAKTURA {fv} {txt}", f"Zapłata za fakturę nr {fv}", f"FV/{fv}"])
    if st == "house":
        return f"FV {fv} {txt}"
    if st == "proc":
        vat = round(a * 23 / 123, 2)
        return f"/VAT/{vat:.2f}/IDC/{OUR_NIP}/INV/FV {fv}/TXT/{txt}"
    if st == "en":
        return rng.choice([f"INVOICE FV {fv}", f"PAYMENT INV FV {fv} PO 2024/{rng.randint(100, 999)}"])
    raise ValueError(st)


def add_event(d, typ, amount, desc, meta):
    events.append(dict(d=d, typ=typ, amount=amount, desc=desc, meta=meta))


ONE_OFF = ("house", "proc")
weights = [0 if p["style"] in ONE_OFF else p["w"] for p in P]
picks = [rng.choices(P, weights)[0] for _ in range(116)]
picks += [p for p in P for _ in range(p["w"]) if p["style"] in ONE_OFF]
for p in picks:  # one-off household purchases are added exactly once
    d = rng.choice(days)
    a = amt(*p["amt"])
    if "acct" not in p:  # a payer keeps its account across payments
        p["acct"] = pl_nrb(rng, rng.choice(PUBLIC_BANKS if p["public"] else BANKS))
    desc = [f"Rachunek nadawcy: {p['acct']}", f"Nazwa nadawcy: {p['name']}"]
    if p["addr"]:
        desc.append(f"Adres nadawcy: {p['addr']}")
    desc.append(f"Tytuł: {title_for(p, d, a)}")
    add_event(d, "Przelew na konto", a, desc, dict(label=p["label"], ambiguous=p["amb"], kind=p["kind"], country=p["country"]))

# private persons
SPECIAL_NAMES = {"KAMIL ZIELIŃSKI", "BEATA WRÓBEL", "MAGDALENA KOWALCZYK", "RAFAŁ SIKORA", "TOMASZ LEWANDOWSKI"}
for _ in range(46):
    name, addr = person()
    while name in SPECIAL_NAMES:
        name, addr = person()
    d = rng.choice(days)
    order_no["n"] = 10400 + (d - START).days * 2 - rng.randint(0, 5)
    item = rng.choice(HOME_ITEMS)
    t = rng.choice([f"ZAM {order_no['n']}", f"ZAMÓWIENIE NR {order_no['n']}", f"ZAM {order_no['n']} {item}",
                    f"zamowienie {order_no['n']}", f"{order_no['n']} {item.lower()}"])
    a = shop_amt(150, 3400)
    acct = pl_nrb(rng, rng.choice(BANKS))
    desc = [f"Rachunek nadawcy: {acct}", f"Nazwa nadawcy: {name}"]
    if rng.random() < 0.55:
        desc.append(f"Adres nadawcy: {addr}")
    desc.append(f"Tytuł: {t}")
    typ = "Przelew Natychmiastowy na rachunek" if rng.random() < 0.3 else "Przelew na konto"
    add_event(d, typ, a, desc, dict(label="B2C", ambiguous=False, kind="private_person", country="PL"))

# persons: ambiguous variants
specials = [
    ("KAMIL ZIELIŃSKI", "FV {fv} ZA ZIELIŃSKI TRANSPORT SP. Z O.O.", (2400, 5200), "B2B", "person_paying_company_invoice"),
    ("BEATA WRÓBEL", "ZAPŁATA FV {fv} BIURO PODRÓŻY WRÓBEL TRAVEL", (1800, 3900), "B2B", "person_paying_company_invoice"),
    ("MAGDALENA KOWALCZYK", "ZAM {zam} BIURKO I KRZESŁO DO GABINETU PSYCHOLOGICZNEGO", (1200, 2600), "B2B", "private_person_business_use"),
    ("RAFAŁ SIKORA", "ZAM {zam} 4 SZT KRZESŁO DO SALONU TATUAŻU", (1500, 2800), "B2B", "private_person_business_use"),
    ("TOMASZ LEWANDOWSKI", "ZAM {zam} 30 SZT KRZESŁO KONFERENCYJNE ISO", (5800, 7900), "B2C", "private_person_bulk"),
]
for name, tmpl, rr, lab, kind in specials:
    d = rng.choice(days)
    order_no["n"] = 10400 + (d - START).days * 2 - rng.randint(0, 5)
    t = tmpl.format(fv=inv(d), zam=order_no["n"])
    a = amt(*rr)
    acct = pl_nrb(rng, rng.choice(BANKS))
    add_event(d, "Przelew na konto", a, [f"Rachunek nadawcy: {acct}", f"Nazwa nadawcy: {name}", f"Tytuł: {t}"],
              dict(label=lab, ambiguous=True, kind=kind, country="PL"))

# payment-gateway payouts (no buyer)
pay_accts = {"PAYU SPÓŁKA AKCYJNA": pl_nrb(rng, "1140200"), "PAYPRO SPÓŁKA AKCYJNA": pl_nrb(rng, "1090101")}
for i in range(12):
    d = days[min(len(days) - 1, i * 5 + rng.randint(0, 3))]
    if i % 2 == 0:
        nm, t, adr = "PAYU SPÓŁKA AKCYJNA", f"Wypłata środków {d.isoformat()} POS 455612 ID {rng.randint(10**9, 10**10 - 1)}", "UL. GRUNWALDZKA 186 60-166 POZNAŃ"
    else:
        nm, t, adr = "PAYPRO SPÓŁKA AKCYJNA", f"PRZELEWY24 WYPŁATA NR {rng.randint(10**7, 10**8 - 1)} Z DNIA {d.strftime('%d.%m.%Y')}", "UL. PASTELOWA 8 60-198 POZNAŃ"
    a = amt(1200, 14000)
    add_event(d, "Przelew na konto", a, [f"Rachunek nadawcy: {pay_accts[nm]}", f"Nazwa nadawcy: {nm}", f"Adres nadawcy: {adr}", f"Tytuł: {t}"],
              dict(label="B2C", ambiguous=True, kind="payment_gateway_payout", country="PL"))

# thin lines
for t in ["ZAPŁATA", "PRZELEW"]:
    d = rng.choice(days)
    add_event(d, "Przelew na konto", amt(200, 900), [f"Rachunek nadawcy: {pl_nrb(rng, rng.choice(BANKS))}", "Nazwa nadawcy: ", f"Tytuł: {t}"],
              dict(label="B2C", ambiguous=True, kind="thin_unknown_payer", country="PL"))

# ------------------------------------------------------------------ balance and write
events.sort(key=lambda e: (e["d"], rng.random()))
bal = 48210.37
for e in events:
    if rng.random() < 0.75:  # outgoing operations between incoming ones (filtered out of the export)
        bal -= round(e["amount"] * rng.uniform(0.6, 1.5) + rng.uniform(0, 2500), 2)
    if bal > 160000:
        bal -= round(rng.uniform(60000, 110000), 2)  # transfer to the savings account / VAT account
    bal = max(bal, round(2100 + rng.uniform(0, 4000), 2))
    bal = round(bal + e["amount"], 2)
    e["bal"] = bal
events.reverse()  # newest first, as the bank lists them


def q(s):
    return '"' + s.replace('"', '""') + '"'


lines = [",".join(q(h) for h in ["Data operacji", "Data waluty", "Typ transakcji", "Kwota", "Waluta",
                                  "Saldo po transakcji", "Opis transakcji", "", "", "", "", "", ""])]
labels = []
for e in events:
    vd = e["d"] + timedelta(1) if (e["typ"] == "Przelew na konto" and rng.random() < 0.12 and e["d"].weekday() < 4) else e["d"]
    desc = e["desc"] + [""] * (7 - len(e["desc"]))
    row = [e["d"].isoformat(), vd.isoformat(), e["typ"], f"+{e['amount']:.2f}", "PLN", f"+{e['bal']:.2f}"] + desc
    lines.append(",".join(q(x) for x in row))
    labels.append(e["meta"])

out = LAYOUTS / f"{LID}.csv"
with open(out, "wb") as f:
    f.write(("\n".join(lines) + "\n").encode("cp1250"))
write_labels(LID, labels)

write_key(LID, {
    "id": LID,
    "system": "PKO BP (iPKO / iPKO biznes) – historia rachunku, eksport CSV, filtered to incoming operations (uznania)",
    "country": "PL",
    "language": "pl",
    "docs": [
        "github krystofair/bbbb (parser of PKO BP history.csv): header Data operacji, Data waluty, Typ transakcji, Kwota, Waluta, Saldo po transakcji, Opis transakcji followed by empty header cells; the description is a list of 'Key: value' cells (Rachunek nadawcy, Nazwa nadawcy, Adres nadawcy, Tytuł, Rachunek odbiorcy, Nazwa odbiorcy, Lokalizacja, Numer karty ...); comma delimiter, every field quoted",
        "public PKO importer tests (expense_analyzer PKOCsvImporter fixtures; a C# PkoTransaction importer test): cp1250 encoding, 13 columns (7 named + 6 empty header cells), signed amounts with decimal point ('+1400.00'), signed balance ('+1725.76'), ISO dates, 'Przelew na konto' and 'Przelew Natychmiastowy na rachunek' for incoming transfers, unused description cells written as \"\"",
        "Polish split-payment (MPP) transfer title format /VAT/…/IDC/…/INV/…/TXT/… used by public payers"
    ],
    "fields": {"buyer": "Opis transakcji", "product": None, "quantity": None, "amount": "Kwota",
               "tax_id": None, "email": None, "payment": "Typ transakcji", "comment": "Opis transakcji"},
    "also_ok": {},
    "notes": ("One row per incoming bank operation, newest first; no title or totals lines. The payer is not in a named column: "
              "'Opis transakcji' holds 'Rachunek nadawcy: <account>' and the following header-less cells (pandas names them "
              "'Unnamed: 7' … 'Unnamed: 12') hold 'Nazwa nadawcy: <payer>', optionally 'Adres nadawcy: <address>', and "
              "'Tytuł: <transfer title>' (invoice numbers, e-shop order numbers, item text, split-payment /VAT/…/INV/… strings). "
              "Payment-gateway payouts (PAYU S.A., PAYPRO S.A. = Przelewy24) carry no buyer. Two lines have an empty sender name. "
              "Balance column is the account balance after each operation (outgoing operations are filtered out, so it jumps). "
              "Encoding cp1250; read with pd.read_csv(path, encoding='cp1250').")
})
print(out, len(labels))
