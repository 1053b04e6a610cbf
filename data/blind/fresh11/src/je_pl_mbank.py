"""je_pl_mbank_zestawienie_operacji: mBank 'Elektroniczne zestawienie operacji' CSV.

A monthly statement (September 2024) of the auxiliary business account of an invented
Kraków office/school-supplies distributor; the account only receives customer payments.
cp1250, ';', prelude block above the header, '#Saldo końcowe' footer. Seeded: rebuilds
the same bytes every run.
"""
from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from je_common import (LAYOUTS, fmt_space_comma, iban_check, pl_nip, pl_nrb,  # noqa: E402
                       write_key, write_labels)

ID = "je_pl_mbank_zestawienie_operacji"
rng = random.Random(11_2024_09)

SELLER = "PAPIRUS DYSTRYBUCJA SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ"
SELLER_NIP = pl_nip("677244318")  # invented, valid check digit (Kraków tax-office prefix)
_OWN_BBAN = "11402004" + "0000310276543210"  # mBank sort code 1140 2004 (valid check digit)
OWN_NRB = iban_check("PL", _OWN_BBAN) + _OWN_BBAN

MONTH_DAYS = [date(2024, 9, 1) + timedelta(days=i) for i in range(30)]
WORKDAYS = [d for d in MONTH_DAYS if d.weekday() < 5]

OFFICE = ["MATERIAŁY BIUROWE", "PAPIER XERO A4 POLSPEED", "TONERY HP 59A", "TUSZE EPSON 603",
          "SEGREGATORY I KOPERTY", "ARTYKUŁY PAPIERNICZE", "KRZESŁA OBROTOWE", "ŚRODKI CZYSTOŚCI",
          "NISZCZARKA FELLOWES", "TABLICA SUCHOŚCIERALNA", "KALENDARZE 2025", "POMOCE DYDAKTYCZNE",
          "ETYKIETY I TAŚMY", "LAMINATOR I FOLIE", "PAPIER KSERO I TONERY"]
SCHOOL = ["PLECAK SZKOLNY", "PIÓRNIK Z WYPOSAŻENIEM", "ZESZYTY 60 KART", "KREDKI I FARBY",
          "KALKULATOR CASIO FX-82", "BLOK RYSUNKOWY A4", "WORKI NA OBUWIE", "CYRKIEL I EKIERKA"]

_inv_no = iter(range(2240, 3999))


def inv() -> str:
    n = next(_inv_no)
    m = rng.choice(["08", "09"]) if n < 2330 else "09"
    return f"FV/2024/{m}/{n:04d}"


def pad_party(name: str, street: str, city: str) -> str:
    """mBank prints the counterparty as fixed-width segments padded with spaces."""
    if not street:
        return f"{name}  "
    return f"{name}  {street.ljust(34)}{city}"


# ---------------------------------------------------------------- buyer catalogue
# (name, street, postcode+city, bank, kind, label, country, amb, style, count, amount range)
G = "B2G"; B = "B2B"; C = "B2C"
CATALOGUE = [
    ("GMINA WIELICZKA", "PL. KOŚCIUSZKI 1", "32-020 WIELICZKA", "102", "municipality", G, "PL", False, "budget", 4, (300, 6800)),
    ("GMINA MIEJSKA KRAKÓW - URZĄD MIASTA KRAKOWA", "PL. WSZYSTKICH ŚWIĘTYCH 3-4", "31-004 KRAKÓW", "102", "municipality", G, "PL", False, "mpp", 4, (800, 12400)),
    ("GMINA ZIELONKI", "UL. KRAKOWSKIE PRZEDMIEŚCIE 116", "32-087 ZIELONKI", "859", "municipality", G, "PL", False, "budget", 2, (200, 2900)),
    ("STAROSTWO POWIATOWE W MYŚLENICACH", "UL. REYMONTA 6", "32-400 MYŚLENICE", "102", "county_office", G, "PL", False, "budget", 3, (400, 5200)),
    ("POWIAT KRAKOWSKI", "AL. SŁOWACKIEGO 20", "30-037 KRAKÓW", "124", "county", G, "PL", False, "mpp", 2, (900, 7600)),
    ("SZKOŁA PODSTAWOWA NR 2 IM. JANA PAWŁA II W SKAWINIE", "UL. ŻWIRKI I WIGURY 1", "32-050 SKAWINA", "102", "public_school", G, "PL", False, "budget", 3, (150, 2400)),
    ("ZESPÓŁ SZKÓŁ EKONOMICZNYCH NR 1 W KRAKOWIE", "UL. KAPUCYŃSKA 2", "31-113 KRAKÓW", "102", "public_school", G, "PL", False, "budget", 2, (250, 3100)),
    ("PRZEDSZKOLE SAMORZĄDOWE NR 3 W WIELICZCE", "UL. SIENKIEWICZA 9", "32-020 WIELICZKA", "859", "public_kindergarten", G, "PL", False, "budget", 2, (120, 980)),
    ("CENTRUM USŁUG WSPÓLNYCH W ZIELONKACH", "UL. KRAKOWSKIE PRZEDMIEŚCIE 116", "32-087 ZIELONKI", "859", "municipal_shared_services", G, "PL", False, "cuw", 3, (180, 2600)),
    ("SĄD REJONOWY DLA KRAKOWA-ŚRÓDMIEŚCIA W KRAKOWIE", "UL. PRZY RONDZIE 7", "31-547 KRAKÓW", "101", "court", G, "PL", False, "mpp", 3, (600, 9800)),
    ("KOMENDA WOJEWÓDZKA POLICJI W KRAKOWIE", "UL. MOGILSKA 109", "31-571 KRAKÓW", "101", "police", G, "PL", False, "mpp", 3, (900, 14500)),
    ("MAŁOPOLSKI URZĄD WOJEWÓDZKI W KRAKOWIE", "UL. BASZTOWA 22", "31-156 KRAKÓW", "101", "state_administration", G, "PL", False, "mpp", 2, (700, 8200)),
    ("DRUGI URZĄD SKARBOWY KRAKÓW", "UL. WIELICKA 72", "30-552 KRAKÓW", "101", "tax_office", G, "PL", False, "budget", 2, (300, 4100)),
    ("UNIWERSYTET JAGIELLOŃSKI", "UL. GOŁĘBIA 24", "31-007 KRAKÓW", "124", "public_university", G, "PL", False, "plain", 4, (350, 11800)),
    ("AKADEMIA GÓRNICZO-HUTNICZA IM. STANISŁAWA STASZICA W KRAKOWIE", "AL. MICKIEWICZA 30", "30-059 KRAKÓW", "124", "public_university", G, "PL", False, "mpp", 3, (500, 9900)),
    ("SZPITAL UNIWERSYTECKI W KRAKOWIE", "UL. JAKUBOWSKIEGO 2", "30-688 KRAKÓW", "113", "public_hospital", G, "PL", False, "mpp", 2, (1200, 13600)),
    ("SAMODZIELNY PUBLICZNY ZESPÓŁ OPIEKI ZDROWOTNEJ W MYŚLENICACH", "UL. SZPITALNA 2", "32-400 MYŚLENICE", "102", "public_hospital", G, "PL", False, "plain", 2, (400, 3800)),
    ("WOJSKOWE CENTRUM REKRUTACJI W KRAKOWIE", "UL. MOGILSKA 4", "31-516 KRAKÓW", "101", "armed_forces", G, "PL", False, "budget", 2, (300, 4200)),
    ("ZAKŁAD UBEZPIECZEŃ SPOŁECZNYCH ODDZIAŁ W KRAKOWIE", "UL. ZAMKOWA 1", "30-301 KRAKÓW", "101", "state_social_fund", G, "PL", False, "mpp", 2, (800, 9400)),
    ("NARODOWY FUNDUSZ ZDROWIA MAŁOPOLSKI ODDZIAŁ WOJEWÓDZKI", "UL. JOSEPHA CONRADA 79", "31-357 KRAKÓW", "101", "state_health_fund", G, "PL", False, "mpp", 1, (1500, 6100)),
    ("CONSULATE GENERAL OF THE UNITED STATES OF AMERICA", "UL. STOLARSKA 9", "31-043 KRAKÓW", "103", "consulate", G, "US", False, "plain", 1, (600, 2400)),
    ("ZARZĄD DRÓG MIASTA KRAKOWA", "UL. CENTRALNA 53", "31-586 KRAKÓW", "102", "municipal_budget_unit", G, "PL", False, "budget", 2, (400, 5600)),
    ("MIEJSKI OŚRODEK POMOCY SPOŁECZNEJ W KRAKOWIE", "UL. JÓZEFIŃSKA 14", "30-529 KRAKÓW", "102", "municipal_social_services", G, "PL", False, "budget", 2, (250, 3900)),
    ("POWIATOWY URZĄD PRACY W WIELICZCE", "UL. SŁOWACKIEGO 2", "32-020 WIELICZKA", "102", "labour_office", G, "PL", False, "budget", 1, (200, 2100)),
    ("MUZEUM NARODOWE W KRAKOWIE", "AL. 3 MAJA 1", "30-062 KRAKÓW", "124", "state_cultural_institution", G, "PL", False, "plain", 2, (300, 4700)),
    # ---- companies and other organisations (B2B)
    ("COMARCH SPÓŁKA AKCYJNA", "AL. JANA PAWŁA II 39A", "31-864 KRAKÓW", "105", "company", B, "PL", False, "plain", 4, (400, 9600)),
    ("MOTOROLA SOLUTIONS SYSTEMS POLSKA SP. Z O.O.", "UL. CZERWONE MAKI 82", "30-392 KRAKÓW", "103", "company", B, "PL", False, "plain", 3, (300, 7200)),
    ("SABRE POLSKA SP. Z O.O.", "UL. WADOWICKA 6", "30-415 KRAKÓW", "105", "company", B, "PL", False, "mpp", 3, (500, 8800)),
    ("BIURO RACHUNKOWE FINANSE-PLUS SP. Z O.O.", "UL. KARMELICKA 45/4", "31-128 KRAKÓW", "114", "company", B, "PL", False, "plain", 3, (90, 880)),
    ("DELTA-BUD SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ", "UL. ZAKOPIAŃSKA 162", "30-435 KRAKÓW", "109", "company", B, "PL", False, "plain", 3, (120, 1900)),
    ("TRANS-POL SPEDYCJA SPÓŁKA JAWNA", "UL. CHORZOWSKA 14", "32-050 SKAWINA", "124", "company", B, "PL", False, "plain", 2, (150, 1400)),
    ("HOTEL POD WAWELEM SP. Z O.O.", "PL. NA GROBLACH 22", "31-101 KRAKÓW", "160", "company", B, "PL", False, "plain", 3, (200, 2600)),
    ("KANCELARIA ADWOKACKA ADW. PIOTR WÓJCIK", "UL. BATOREGO 19/2", "31-135 KRAKÓW", "114", "law_practice", B, "PL", False, "plain", 2, (80, 760)),
    ("GABINET STOMATOLOGICZNY LEK. DENT. EWA KACZMAREK", "OS. OGRODOWE 4", "31-554 KRAKÓW", "105", "medical_practice", B, "PL", False, "plain", 2, (60, 540)),
    ("FIRMA HANDLOWO-USŁUGOWA JANUSZ MAZUR", "UL. KRÓLEWSKA 7", "32-020 WIELICZKA", "102", "sole_trader", B, "PL", False, "plain", 3, (70, 1250)),
    ("PHU ANNA LIS", "UL. RYNEK 3", "32-005 NIEPOŁOMICE", "859", "sole_trader", B, "PL", False, "plain", 2, (50, 690)),
    ("USŁUGI REMONTOWO-BUDOWLANE TOMASZ KRÓL", "UL. LIPOWA 18", "32-050 SKAWINA", "102", "sole_trader", B, "PL", False, "plain", 2, (60, 480)),
    ("PARAFIA RZYMSKOKATOLICKA PW. ŚW. FLORIANA W KRAKOWIE", "UL. WARSZAWSKA 1B", "31-155 KRAKÓW", "124", "religious_organisation", B, "PL", False, "plain", 2, (80, 940)),
    ("WSPÓLNOTA MIESZKANIOWA NIERUCHOMOŚCI UL. DŁUGA 12 KRAKÓW", "UL. DŁUGA 12", "31-146 KRAKÓW", "102", "homeowners_association", B, "PL", False, "plain", 2, (60, 420)),
    ("SPÓŁDZIELNIA MIESZKANIOWA WZGÓRZA KRZESŁAWICKIE", "OS. NA WZGÓRZACH 10", "31-723 KRAKÓW", "124", "housing_cooperative", B, "PL", False, "plain", 2, (150, 1700)),
    ("KRAKOWSKA AKADEMIA IM. ANDRZEJA FRYCZA MODRZEWSKIEGO", "UL. G. HERLINGA-GRUDZIŃSKIEGO 1", "30-705 KRAKÓW", "105", "private_university", B, "PL", False, "plain", 2, (400, 5200)),
    ("POLSKI CZERWONY KRZYŻ MAŁOPOLSKI ODDZIAŁ OKRĘGOWY", "UL. ŁOBZOWSKA 5", "31-139 KRAKÓW", "102", "national_red_cross", B, "PL", False, "plain", 1, (150, 1300)),
    ("POCZTA POLSKA SPÓŁKA AKCYJNA", "UL. RODZINY HISZPAŃSKICH 8", "00-940 WARSZAWA", "102", "state_owned_company", B, "PL", False, "mpp", 2, (700, 6400)),
    ("MIEJSKIE PRZEDSIĘBIORSTWO KOMUNIKACYJNE S.A. W KRAKOWIE", "UL. ŚW. WAWRZYŃCA 13", "31-060 KRAKÓW", "124", "municipal_company", B, "PL", False, "mpp", 2, (500, 5600)),
    ("APTEKA PRYWATNA MAGISTER FARM. KAROLINA DUDEK", "UL. KALWARYJSKA 33", "30-509 KRAKÓW", "109", "sole_trader", B, "PL", False, "plain", 2, (40, 310)),
    ("STUDIO GRAFICZNE PIKSEL SP. Z O.O.", "UL. RAKOWICKA 7", "31-511 KRAKÓW", "114", "company", B, "PL", False, "plain", 2, (70, 880)),
    ("ZAKŁAD MECHANIKI POJAZDOWEJ AUTO-SERWIS KOZŁOWSKI S.C.", "UL. NOWOHUCKA 52", "31-580 KRAKÓW", "105", "civil_partnership", B, "PL", False, "plain", 2, (45, 520)),
]

# records built here: dict(party, title, op, nrb, amount, label, kind, country, amb, day)
records: list[dict] = []


def add(party, title, op, nrb, amount, label, kind, country, amb, day=None):
    records.append(dict(party=party, title=title, op=op, nrb=nrb, amount=round(amount, 2),
                        label=label, kind=kind, country=country, amb=amb,
                        day=day or rng.choice(WORKDAYS)))


def title_for(style: str, name: str, amount: float) -> str:
    i = inv()
    d = rng.choice(OFFICE)
    if style == "budget":
        par = rng.choice(["§ 4210", "§4210", "PAR. 4210", "§ 4240", "§4300"])
        return rng.choice([f"ZAPŁATA ZA FAKTURĘ {i} {d} {par}",
                           f"{i} {d} {par}",
                           f"FAKT. NR {i} Z DNIA {rng.randint(1, 28):02d}.{i[8:10]}.2024 {par}"])
    if style == "mpp":
        if rng.random() < 0.55:
            vat = round(amount * 23 / 123, 2)
            return f"/VAT/{vat:.2f}/IDC/{SELLER_NIP}/INV/{i}/TXT/{d}".replace(f"{vat:.2f}", f"{vat:.2f}".replace(".", ","))
        return rng.choice([f"FAKTURA {i}", f"ZAPŁATA {i} {d}", f"{i}"])
    if style == "cuw":
        school = rng.choice(["SP ZIELONKI", "SP BIBICE", "SP TROJANOWICE", "PRZEDSZKOLE ZIELONKI"])
        return f"{i} {school} {d} § 4210"
    return rng.choice([f"{i}", f"FAKTURA {i}", f"ZAPŁATA ZA {i}", f"{i} {d}", f"FV {i[11:]}/{i[8:10]}/2024 {d}"])


for (name, street, city, bank, kind, label, country, amb, style, count, (lo, hi)) in CATALOGUE:
    nrb = pl_nrb(rng, bank)
    party = pad_party(name, street, city)
    for _ in range(count):
        amount = rng.uniform(lo, hi)
        add(party, title_for(style, name, amount), "PRZELEW ZEWNĘTRZNY PRZYCHODZĄCY", nrb,
            amount, label, kind, country, amb)

# ---------------------------------------------------------------- ambiguous organisations
add(pad_party("SZKOŁA PODSTAWOWA NR 2 IM. JANA PAWŁA II W SKAWINIE", "UL. ŻWIRKI I WIGURY 1", "32-050 SKAWINA"),
    f"{inv()} CZAJNIK ELEKTRYCZNY 1 SZT. POKÓJ NAUCZYCIELSKI § 4210", "PRZELEW ZEWNĘTRZNY PRZYCHODZĄCY",
    pl_nrb(rng, "102"), 129.00, G, "public_school_household_item", "PL", True)
add(pad_party("MIEJSKI OŚRODEK POMOCY SPOŁECZNEJ W KRAKOWIE", "UL. JÓZEFIŃSKA 14", "30-529 KRAKÓW"),
    f"{inv()} EKSPRES DO KAWY DELONGHI MAGNIFICA 1 SZT", "PRZELEW ZEWNĘTRZNY PRZYCHODZĄCY",
    pl_nrb(rng, "102"), 1499.00, G, "municipal_unit_household_item", "PL", True)
add(pad_party("KATARZYNA ZIELIŃSKA", "UL. ŁOKIETKA 40/12", "31-334 KRAKÓW"),
    f"{inv()} ZA SZKOŁĘ PODSTAWOWĄ NR 2 W SKAWINIE - PŁACĘ W IMIENIU SZKOŁY", "PRZELEW ZEWNĘTRZNY PRZYCHODZĄCY",
    pl_nrb(rng, "105"), 386.40, G, "person_paying_public_body_invoice", "PL", True)
add(pad_party("DELTA-BUD SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ", "UL. ZAKOPIAŃSKA 162", "30-435 KRAKÓW"),
    f"{inv()} ODKURZACZ BOSCH SERIE 4 1 SZT", "PRZELEW ZEWNĘTRZNY PRZYCHODZĄCY",
    pl_nrb(rng, "109"), 649.00, B, "company_household_item", "PL", True)
add(pad_party("HOTEL POD WAWELEM SP. Z O.O.", "PL. NA GROBLACH 22", "31-101 KRAKÓW"),
    f"{inv()} TELEWIZOR SAMSUNG 55 CALI 1 SZT.", "PRZELEW ZEWNĘTRZNY PRZYCHODZĄCY",
    pl_nrb(rng, "160"), 2399.00, B, "company_household_item", "PL", True)
add(pad_party("MAREK WIŚNIEWSKI", "OS. TYSIĄCLECIA 21/58", "31-610 KRAKÓW"),
    f"{inv()} ZA FIRMĘ WIŚNIEWSKI-TRANS SP. Z O.O. NIP 6792871356", "PRZELEW ZEWNĘTRZNY PRZYCHODZĄCY",
    pl_nrb(rng, "116"), 812.70, B, "person_paying_company_invoice", "PL", True)
add(pad_party("PAWEŁ DUDA", "UL. BRONOWICKA 64/3", "30-091 KRAKÓW"),
    "ZAM. 10412 TUSZE I PAPIER - DO SKLEPU", "PRZELEW ZEWNĘTRZNY PRZYCHODZĄCY",
    pl_nrb(rng, "105"), 436.20, B, "person_stated_business_use", "PL", True)
add(pad_party("FUNDACJA ROZWOJU SYSTEMU EDUKACJI", "AL. JEROZOLIMSKIE 142A", "02-305 WARSZAWA"),
    f"{inv()} MATERIAŁY KONFERENCYJNE ERASMUS+", "PRZELEW ZEWNĘTRZNY PRZYCHODZĄCY",
    pl_nrb(rng, "113"), 2875.50, B, "state_founded_foundation", "PL", True)
add(pad_party("INTERNATIONAL ORGANIZATION FOR MIGRATION IOM", "UL. MALCZEWSKIEGO 3", "02-622 WARSZAWA"),
    f"{inv()} OFFICE SUPPLIES KRAKOW OFFICE", "PRZELEW ZEWNĘTRZNY PRZYCHODZĄCY",
    pl_nrb(rng, "103"), 1640.00, B, "international_org", "PL", True)
add(pad_party("MIEJSKIE PRZEDSIĘBIORSTWO WODOCIĄGÓW I KANALIZACJI S.A. W KRAKOWIE", "UL. SENATORSKA 1", "30-106 KRAKÓW"),
    f"{inv()} UMOWA NR ZP/45/2024 PRZETARG DOSTAWA MATERIAŁÓW BIUROWYCH", "PRZELEW ZEWNĘTRZNY PRZYCHODZĄCY",
    pl_nrb(rng, "124"), 6930.12, B, "municipal_company_public_procurement", "PL", True)
add(pad_party("  ", "", ""), "ZAPŁATA ZA FAKTURĘ", "PRZELEW ZEWNĘTRZNY PRZYCHODZĄCY",
    pl_nrb(rng, "102"), 245.00, B, "thin_record_invoice_only", "PL", True)

# ---------------------------------------------------------------- private persons (B2C)
FIRST_M = ["JAN", "PIOTR", "KRZYSZTOF", "ANDRZEJ", "TOMASZ", "PAWEŁ", "MICHAŁ", "MARCIN", "ŁUKASZ",
           "GRZEGORZ", "ADAM", "JAKUB", "RAFAŁ", "WOJCIECH"]
FIRST_F = ["ANNA", "MARIA", "KATARZYNA", "MAŁGORZATA", "AGNIESZKA", "BARBARA", "EWA", "MAGDALENA",
           "JOANNA", "MONIKA", "ALEKSANDRA", "KAROLINA", "JUSTYNA", "BEATA"]
SUR = [("NOWAK", "NOWAK"), ("KOWALSKI", "KOWALSKA"), ("WIŚNIEWSKI", "WIŚNIEWSKA"), ("WÓJCIK", "WÓJCIK"),
       ("KOWALCZYK", "KOWALCZYK"), ("KAMIŃSKI", "KAMIŃSKA"), ("LEWANDOWSKI", "LEWANDOWSKA"),
       ("ZIELIŃSKI", "ZIELIŃSKA"), ("SZYMAŃSKI", "SZYMAŃSKA"), ("WOŹNIAK", "WOŹNIAK"),
       ("DĄBROWSKI", "DĄBROWSKA"), ("KOZŁOWSKI", "KOZŁOWSKA"), ("JANKOWSKI", "JANKOWSKA"),
       ("MAZUR", "MAZUR"), ("KWIATKOWSKI", "KWIATKOWSKA"), ("KRAWCZYK", "KRAWCZYK"),
       ("PIOTROWSKI", "PIOTROWSKA"), ("GRABOWSKI", "GRABOWSKA"), ("PAWŁOWSKI", "PAWŁOWSKA"),
       ("MICHALSKI", "MICHALSKA"), ("KRÓL", "KRÓL"), ("WIECZOREK", "WIECZOREK"), ("WRÓBEL", "WRÓBEL"),
       ("MAJEWSKI", "MAJEWSKA"), ("JABŁOŃSKI", "JABŁOŃSKA")]
STREETS = [("UL. DŁUGA", "31-146 KRAKÓW"), ("UL. KARMELICKA", "31-128 KRAKÓW"), ("OS. OGRODOWE", "31-554 KRAKÓW"),
           ("UL. WIELICKA", "30-552 KRAKÓW"), ("UL. KALWARYJSKA", "30-509 KRAKÓW"), ("OS. TYSIĄCLECIA", "31-610 KRAKÓW"),
           ("UL. OPOLSKA", "31-323 KRAKÓW"), ("UL. RUCZAJ", "30-409 KRAKÓW"), ("UL. SŁONECZNA", "32-020 WIELICZKA"),
           ("UL. KOPERNIKA", "32-050 SKAWINA"), ("UL. DALEKA", "32-005 NIEPOŁOMICE"), ("UL. BOCHEŃSKA", "32-020 WIELICZKA"),
           ("OS. KOMBATANTÓW", "31-630 KRAKÓW"), ("UL. MYŚLENICKA", "30-698 KRAKÓW")]


def person() -> str:
    if rng.random() < 0.5:
        return f"{rng.choice(FIRST_M)} {rng.choice(SUR)[0]}"
    return f"{rng.choice(FIRST_F)} {rng.choice(SUR)[1]}"


_order = iter(range(10230, 10999, 3))
for _ in range(33):
    nm = person()
    st, city = rng.choice(STREETS)
    street = f"{st} {rng.randint(1, 80)}" + (f"/{rng.randint(1, 60)}" if rng.random() < 0.6 else "")
    items = rng.sample(SCHOOL, k=rng.randint(1, 3))
    o = next(_order)
    title = rng.choice([f"ZAMÓWIENIE {o}", f"ZAM. NR {o} {' + '.join(items)}", f"ZAM {o}",
                        f"{' '.join(items)} ZAM {o}", f"ZAPŁATA ZA ZAMÓWIENIE NR {o}"])
    if rng.random() < 0.15:
        nm_disp = nm.title()  # some payer banks send mixed case
    else:
        nm_disp = nm
    internal = rng.random() < 0.25
    op = "PRZELEW WEWNĘTRZNY PRZYCHODZĄCY" if internal else "PRZELEW ZEWNĘTRZNY PRZYCHODZĄCY"
    bank = "114" if internal else rng.choice(["102", "105", "109", "124", "116", "249"])
    add(pad_party(nm_disp, street, city), title, op, pl_nrb(rng, bank),
        rng.uniform(24, 390), C, "private_person", "PL", False, rng.choice(MONTH_DAYS))

for _ in range(14):  # BLIK phone transfers from private persons
    nm = person()
    o = next(_order)
    add(f"{nm}  ", rng.choice([f"ZAM {o}", "PRZELEW NA TELEFON", f"ZAMÓWIENIE {o} BLIK", "ZAKUPY SZKOLNE"]),
        "BLIK P2P-PRZYCHODZĄCY", "", rng.uniform(19, 260), C, "private_person_blik", "PL", False,
        rng.choice(MONTH_DAYS))

# ambiguous B2C: acquiring payouts, bulk private order, thin cash deposit
PAYU_NRB = pl_nrb(rng, "109")
PAYPRO_NRB = pl_nrb(rng, "124")
for i in range(7):
    add(pad_party("PAYU SPÓŁKA AKCYJNA", "UL. GRUNWALDZKA 186", "60-166 POZNAŃ POLSKA"),
        f"PAYU WYPŁATA ŚRODKÓW {rng.randint(10**9, 10**10 - 1)} SKLEP PAPIRUS-SKLEP.PL",
        "PRZELEW ZEWNĘTRZNY PRZYCHODZĄCY", PAYU_NRB,
        rng.uniform(380, 3400), C, "acquiring_payout", "PL", True)
for i in range(4):
    add(pad_party("PAYPRO SPÓŁKA AKCYJNA", "UL. PASTELOWA 8", "60-198 POZNAŃ"),
        f"PRZELEWY24 ROZLICZENIE {rng.randint(10**8, 10**9 - 1)} Z DNIA {rng.randint(2, 27):02d}.09.2024",
        "PRZELEW ZEWNĘTRZNY PRZYCHODZĄCY", PAYPRO_NRB,
        rng.uniform(250, 2100), C, "acquiring_payout", "PL", True)
add(pad_party("RENATA SZYMAŃSKA", "UL. KOPERNIKA 12", "32-050 SKAWINA"),
    "ZAM. 10377 40 SZT. KALKULATOR CASIO FX-82MS", "PRZELEW ZEWNĘTRZNY PRZYCHODZĄCY",
    pl_nrb(rng, "102"), 40 * 44.90, C, "private_person_bulk_quantity", "PL", True)
add("", "ZAM 10388", "WPŁATA GOTÓWKI WE WPŁATOMACIE", "", 87.50, C, "thin_record_cash_deposit", "PL", True)

# ---------------------------------------------------------------- order, balances, write
records.sort(key=lambda r: (r["day"], rng.random()))
opening = 18432.17
bal = opening
lines_out = []
for r in records:
    bal = round(bal + r["amount"], 2)
    acct = f"'{r['nrb']}" if r["nrb"] else "''"
    d = r["day"].isoformat()
    lines_out.append(f'{d};{d};{r["op"]};"{r["title"]}";"{r["party"]}";{acct};'
                     f'{fmt_space_comma(r["amount"])};{fmt_space_comma(bal)};')

n = len(records)
total_in = round(sum(r["amount"] for r in records), 2)
own_fmt = " ".join([OWN_NRB[:2]] + [OWN_NRB[i:i + 4] for i in range(2, 26, 4)])
prelude = [
    "mBank S.A. Bankowość Detaliczna;",
    "Skrytka Pocztowa 2108;",
    "90-959 Łódź 2;",
    "www.mBank.pl;",
    "mLinia: 801 300 800;",
    "+48 (42) 6 300 800;",
    "",
    "",
    "#Klient;",
    f"{SELLER};",
    "",
    "Elektroniczne zestawienie operacji;",
    "",
    "#Za okres:;",
    "01.09.2024;30.09.2024;",
    "#Rodzaj rachunku;",
    "mBiznes konto pomocnicze;",
    "#Waluta;",
    "PLN;",
    "#Numer rachunku;",
    f"{own_fmt};",
    "#Data następnej kapitalizacji;",
    "31.12.2024;",
    "#Oprocentowanie rachunku;",
    "0,00%;",
    "#Limit kredytu;",
    "0,00 PLN;",
    "#Oprocentowanie kredytu;",
    "0,00%;",
    "",
    "#Podsumowanie obrotów na rachunku;#Liczba operacji;#Wartość operacji",
    f"Uznania;{n};{fmt_space_comma(total_in)};",
    "Obciążenia;0;0,00;",
    f"Razem;{n};{fmt_space_comma(total_in)};",
    "",
    f"#Saldo początkowe;{fmt_space_comma(opening)};",
    "",
    "#Data księgowania;#Data operacji;#Opis operacji;#Tytuł;#Nadawca/Odbiorca;#Numer konta;#Kwota;#Saldo po operacji;",
]
footer = ["", "", f";;;;;;#Saldo końcowe;{fmt_space_comma(bal)};", "",
          "Niniejszy dokument sporządzono na podstawie art. 7 Ustawy Prawo Bankowe (Dz. U. Nr 140 z 1997 roku, "
          "poz.939 z późniejszymi zmianami).", ""]
LAYOUTS.mkdir(parents=True, exist_ok=True)
(LAYOUTS / f"{ID}.csv").write_bytes("\r\n".join(prelude + lines_out + footer).encode("cp1250"))

write_labels(ID, [dict(label=r["label"], amb=r["amb"], kind=r["kind"], country=r["country"]) for r in records])
write_key(ID, {
    "id": ID,
    "system": "mBank (Poland) internet banking - 'Elektroniczne zestawienie operacji' CSV (monthly account statement), business auxiliary account receiving customer payments",
    "country": "PL",
    "language": "pl",
    "docs": [
        "Public parsers/tests of mBank CSV exports on GitHub (found via the search tool): header '#Data księgowania;#Data operacji;#Opis operacji;#Tytuł;#Nadawca/Odbiorca;#Numer konta;#Kwota;#Saldo po operacji;' with trailing ';', Windows-1250 encoding, semicolon separator",
        "Same sources: prelude lines 'mBank S.A. Bankowość Detaliczna; Skrytka Pocztowa 2108; 90-959 Łódź 2; www.mBank.pl; mLinia...', '#Klient;', 'Elektroniczne zestawienie operacji;', '#Za okres:;', '#Rodzaj rachunku;', '#Waluta;', '#Numer rachunku;', '#Data następnej kapitalizacji;', '#Oprocentowanie rachunku;', '#Limit kredytu;', '#Oprocentowanie kredytu;', '#Podsumowanie obrotów na rachunku;#Liczba operacji;#Wartość operacji'; footer ';;;;;;#Saldo końcowe;...;' and the 'Niniejszy dokument sporządzono na podstawie art. 7 Ustawy Prawo Bankowe...' sentence",
        "Same sources: ISO dates yyyy-mm-dd, amounts with space thousands separator and decimal comma ('12 345,00'), #Tytuł and #Nadawca/Odbiorca quoted, counterparty account prefixed with an apostrophe (''' when empty), counterparty printed as space-padded name/street/city segments, operation types such as 'PRZELEW ZEWNĘTRZNY PRZYCHODZĄCY', 'PRZELEW WEWNĘTRZNY PRZYCHODZĄCY', 'BLIK P2P-...'",
        "Polish split-payment (MPP) transfer title structure /VAT/.../IDC/<supplier NIP>/INV/.../TXT/... (IDC is the SELLER's NIP, not the buyer's)"
    ],
    "fields": {"buyer": "#Nadawca/Odbiorca", "product": None, "quantity": None, "amount": "#Kwota",
               "tax_id": None, "email": None, "payment": "#Opis operacji", "comment": "#Tytuł"},
    "also_ok": {"product": ["#Tytuł"], "comment": ["#Opis operacji"]},
    "notes": ("37 prelude lines (bank address, #Klient, statement metadata, turnover summary, opening balance) precede the header row, which is line 38; "
              "read with sep=';', encoding='cp1250', header at the '#Data księgowania' line. The header and every row end with ';' "
              "(an empty 9th column). After the records: two blank lines, a totals line ';;;;;;#Saldo końcowe;<balance>;' "
              "and a closing legal sentence - neither is a record. One row per incoming payment; every record is a credit. "
              "The buyer is the payer in #Nadawca/Odbiorca (name + street + postcode/city, space padded); goods appear only as words in #Tytuł. "
              "Payouts from PayU / PayPro (Przelewy24) are acquiring settlements of web-shop card/BLIK sales with no buyer. "
              "In MPP titles the IDC number is the seller's own NIP.")
})
print(ID, n, "records")
