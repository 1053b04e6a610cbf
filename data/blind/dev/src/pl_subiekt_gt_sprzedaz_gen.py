"""pl_subiekt_gt_sprzedaz: Polish sales-by-line listing exported from Subiekt GT (Zestawienie sprzedaży, CSV).
cp1250, ';', decimal comma, yyyy-mm-dd. Seeded."""
import csv, os, random, datetime as dt, sys
sys.path.insert(0, os.path.dirname(__file__))
from de_us_gb_fr_es_it_pl_common_A import *

LID = "pl_subiekt_gt_sprzedaz"
R = random.Random(1250)
CAT = {
 "biz": [("Papier ksero A4 Pollux 80g (ryza 500 ark.)", "PAP-POLLUX", 22.90, "ryza"), ("Toner HP 85A CE285A", "HP-85A", 289.00, "szt."),
         ("Laptop Dell Vostro 3520 i5 16GB", "DL-V3520", 2899.00, "szt."), ("Monitor iiyama ProLite 24\" XU2493HS", "IY-XU2493", 529.00, "szt."),
         ("Krzesło obrotowe biurowe Nowy Styl", "NS-KRZ", 449.00, "szt."), ("Segregator Esselte A4/75 mm", "ES-SEG75", 8.90, "szt."),
         ("Niszczarka Fellowes 79Ci", "FW-79CI", 1290.00, "szt."), ("Przełącznik TP-Link TL-SG1024D", "TP-SG1024", 319.00, "szt."),
         ("Zasilacz awaryjny UPS APC Back-UPS 950VA", "APC-950", 529.00, "szt.")],
 "bizonly": [("Szafa rack 19\" 42U 800x1000", "RACK-42U", 4590.00, "szt."), ("Licencja Subiekt nexo PRO (1 stanowisko)", "INS-NEXO", 1290.00, "szt."),
             ("Faks Brother FAX-2845", "BR-FAX", 749.00, "szt.")],
 "house": [("Czajnik elektryczny Bosch TWK3A011", "BO-TWK", 129.00, "szt."), ("Ekspres do kawy Philips EP2220", "PH-EP2220", 1399.00, "szt."),
           ("Klimatyzator przenośny De'Longhi Pinguino", "DL-PING", 1999.00, "szt."), ("Telewizor Samsung 55\" Crystal UHD", "SA-TV55", 2199.00, "szt."),
           ("Odkurzacz Dyson V8", "DY-V8", 1299.00, "szt."), ("Smartfon Xiaomi Redmi Note 13 128GB", "XI-RN13", 899.00, "szt.")],
 "service": [("Usługa instalacji i konfiguracji (rbh)", "USL-RBH", 150.00, "godz.")],
}
G, BB, C = "B2G", "B2B", "B2C"
BUY = [
 B("Gmina Miejska Kraków - Urząd Miasta Krakowa", "pl_municipality", G, False, "PL", 3, "biz+service", nip=True, city="Kraków", pay="przelew 30 dni"),
 B("Gmina Miasta Gdańska", "pl_municipality", G, False, "PL", 2, "biz", nip=True, city="Gdańsk", pay="przelew 21 dni"),
 B("Gmina Wieliczka", "pl_municipality", G, False, "PL", 1, "biz", nip=True, city="Wieliczka", pay="przelew 14 dni"),
 B("Urząd Gminy Zielonki", "pl_municipality", G, False, "PL", 1, "biz", nip=True, city="Zielonki", pay="przelew 14 dni"),
 B("Powiat Wielicki - Starostwo Powiatowe w Wieliczce", "pl_county", G, False, "PL", 1, "biz", nip=True, city="Wieliczka", pay="przelew 14 dni"),
 B("Województwo Małopolskie - Urząd Marszałkowski", "regional_government", G, False, "PL", 1, "biz+bizonly", nip=True, city="Kraków", pay="przelew 30 dni", note="Umowa nr ZP/123/2024 (przetarg nieograniczony)"),
 B("Szkoła Podstawowa nr 12 im. Jana Pawła II w Tarnowie", "public_school", G, False, "PL", 2, "biz", nip=True, city="Tarnów", pay="przelew 14 dni", note="Nabywca: Gmina Miasta Tarnowa"),
 B("Zespół Szkół Technicznych w Rybniku", "public_school", G, False, "PL", 1, "biz+service", nip=True, city="Rybnik", pay="przelew 14 dni"),
 B("Przedszkole Samorządowe nr 3 w Myślenicach", "public_school_household_item", G, True, "PL", 1, "house", items=[("Czajnik elektryczny Bosch TWK3A011", 1)], nip=True, city="Myślenice", pay="przelew 7 dni"),
 B("Uniwersytet Jagielloński", "public_university", G, False, "PL", 2, "biz", nip=True, city="Kraków", pay="przelew 30 dni"),
 B("Politechnika Warszawska", "public_university", G, False, "PL", 1, "biz+bizonly", nip=True, city="Warszawa", pay="przelew 30 dni"),
 B("Uniwersyteckie Centrum Kliniczne", "public_hospital", G, False, "PL", 2, "biz", nip=True, city="Gdańsk", pay="przelew 60 dni"),
 B("Samodzielny Publiczny Zakład Opieki Zdrowotnej w Myślenicach", "public_hospital", G, False, "PL", 1, "biz", nip=True, city="Myślenice", pay="przelew 30 dni"),
 B("Komenda Wojewódzka Policji w Krakowie", "police", G, False, "PL", 1, "biz", nip=True, city="Kraków", pay="przelew 30 dni"),
 B("Jednostka Wojskowa 4101", "armed_forces_unit", G, False, "PL", 1, "biz", nip=True, city="Lubliniec", pay="przelew 30 dni"),
 B("Ambasada Republiki Federalnej Niemiec", "embassy", G, False, "DE", 1, "biz", city="Warszawa", pay="przelew 14 dni", note="zw. z VAT - misja dyplomatyczna"),
 B("Państwowe Gospodarstwo Leśne Lasy Państwowe - Nadleśnictwo Niepołomice", "state_forest_enterprise", G, False, "PL", 1, "biz", nip=True, city="Niepołomice", pay="przelew 21 dni"),
 # business
 B("Budmax Sp. z o.o.", "company_with_legal_form", BB, False, "PL", 3, "biz+service", nip=True, city="Katowice", pay="przelew 14 dni"),
 B("Jeronimo Martins Polska S.A.", "company_with_legal_form", BB, False, "PL", 2, "biz", nip=True, city="Kostrzyn", pay="przelew 30 dni"),
 B("Kowalczyk i Wspólnicy Sp.j.", "company_with_legal_form", BB, False, "PL", 1, "biz", nip=True, city="Poznań", pay="przelew 7 dni"),
 B("Piekarnia Pod Kogutem", "company_no_legal_form", BB, False, "PL", 2, "biz", nip=True, city="Bochnia", pay="gotówka"),
 B("Usługi Remontowe Jan Kowalski", "sole_trader_trade_name", BB, False, "PL", 1, "biz", nip=True, city="Skawina", pay="przelew 7 dni"),
 B("Kancelaria Adwokacka adw. Anna Nowak", "lawyer_professional_purchase", BB, True, "PL", 1, "bizonly", items=[("Faks Brother FAX-2845", 1)], nip=True, city="Kraków", pay="przelew 7 dni", note="na potrzeby kancelarii"),
 B("Biuro Rachunkowe Fiskus Sp. z o.o.", "company_household_purchase", BB, True, "PL", 1, "house", items=[("Klimatyzator przenośny De'Longhi Pinguino", 1)], nip=True, city="Wrocław", pay="przelew 14 dni"),
 B("Auto-Serwis Marek Zieliński", "sole_trader_personal_purchase", BB, True, "PL", 1, "house", items=[("Telewizor Samsung 55\" Crystal UHD", 1)], nip=True, city="Nowy Targ", pay="karta płatnicza", note="paragon, odbiór osobisty"),
 B("ORLEN S.A.", "state_owned_company_procurement", BB, True, "PL", 2, "biz+bizonly", nip=True, city="Płock", pay="przelew 60 dni", note="Postępowanie zakupowe nr 2024/KP/0417"),
 B("Poczta Polska S.A.", "state_owned_company", BB, False, "PL", 1, "biz", nip=True, city="Warszawa", pay="przelew 30 dni"),
 B("Miejskie Przedsiębiorstwo Komunikacyjne S.A. w Krakowie", "municipal_company", BB, False, "PL", 1, "biz", nip=True, city="Kraków", pay="przelew 30 dni"),
 B("Polski Czerwony Krzyż Oddział Rejonowy w Krakowie", "non_profit_red_cross", BB, False, "PL", 1, "biz", nip=True, city="Kraków", pay="przelew 14 dni"),
 B("Fundacja Wielka Orkiestra Świątecznej Pomocy", "foundation", BB, False, "PL", 1, "biz", nip=True, city="Warszawa", pay="przelew 14 dni"),
 B("Parafia Rzymskokatolicka pw. św. Anny", "church", BB, False, "PL", 1, "biz", nip=True, city="Kraków", pay="gotówka"),
 B("Wspólnota Mieszkaniowa ul. Długa 5", "homeowners_association", BB, False, "PL", 1, "biz", nip=True, city="Kraków", pay="przelew 14 dni"),
 B("Uniwersytet SWPS", "private_university", BB, False, "PL", 1, "biz", nip=True, city="Warszawa", pay="przelew 21 dni"),
 B("Rada Rodziców przy Szkole Podstawowej nr 12", "parents_association", BB, False, "PL", 1, "biz", city="Tarnów", pay="gotówka"),
 B("Europejska Agencja Straży Granicznej i Przybrzeżnej (Frontex)", "international_org", BB, True, "PL", 2, "biz", city="Warszawa", pay="przelew 30 dni", note="zw. z VAT - organizacja międzynarodowa"),
 # consumers
 B("Jan Nowak", "private_person", C, False, "PL", 1, "house", city="Kraków", pay="karta płatnicza"),
 B("Katarzyna Wiśniewska", "private_person", C, False, "PL", 1, "house+biz", city="Wieliczka", pay="przelew"),
 B("Tomasz Lewandowski", "private_person", C, False, "PL", 1, "house", city="Tarnów", pay="gotówka"),
 B("Agnieszka Wójcik", "private_person_sparse", C, False, "PL", 1, "house"),
 B("Klient detaliczny", "anonymous_retail", C, False, "PL", 3, "house+biz", pay="gotówka", lines=1, qty=1, doc="PA"),
 B("Paweł Kamiński", "private_person_bulk_phones", C, True, "PL", 1, "house", items=[("Smartfon Xiaomi Redmi Note 13 128GB", 40)], city="Łódź", pay="przelew"),
 B("Magdalena Zając", "person_states_resale", BB, True, "PL", 1, "house", items=[("Czajnik elektryczny Bosch TWK3A011", 12)], city="Lublin", pay="przelew", note="do sklepu - towar do odsprzedaży"),
 B("Michał Szymański", "person_with_gov_email", C, True, "PL", 1, "house", items=[("Odkurzacz Dyson V8", 1)], city="Warszawa", pay="karta płatnicza", note="m.szymanski@mon.gov.pl, dostawa do domu"),
 B("Krzysztof Dąbrowski", "person_states_business_use", BB, True, "PL", 1, "biz", items=[("Laptop Dell Vostro 3520 i5 16GB", 1)], city="Rzeszów", pay="przelew", note="do pracy w firmie, faktura na firmę później"),
 B("", "product_only_business_goods", BB, True, "PL", 1, "bizonly", items=[("Licencja Subiekt nexo PRO (1 stanowisko)", 1)], doc="PA"),
 B("", "product_only_household_goods", C, True, "PL", 1, "house", items=[("Ekspres do kawy Philips EP2220", 1)], doc="PA"),
]

def fmt_nip(n): return f"{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}"

def main():
    orders = make_orders(R, BUY, CAT, dt.date(2024, 1, 2), 355, (1, 4), boost=2)
    header = ["Lp.", "Numer", "Data wystawienia", "Data sprzedaży", "Kontrahent", "NIP", "Miejscowość", "Symbol", "Nazwa",
              "Ilość", "J.m.", "Cena netto", "Wartość netto", "Stawka VAT", "Wartość VAT", "Wartość brutto",
              "Forma płatności", "Uwagi"]
    nips, rows, labels = {}, [], []
    nfs = npa = 0
    tot = 0.0
    for o in orders:
        b = o["b"]
        if b.get("nip") and b["name"] not in nips:
            nips[b["name"]] = fmt_nip(nip_valid(R))
        doc = b.get("doc", "FS")
        if doc == "PA":
            npa += 1; num = f"PA {npa}/{o['date'].month:02d}/{o['date'].year}"
        else:
            nfs += 1; num = f"FS {nfs}/{o['date'].month:02d}/{o['date'].year}"
        zw = b["kind"] in ("embassy", "international_org")
        for ln in o["lines"]:
            name, sku, price, unit = ln["p"]
            net = round(price * ln["qty"], 2); vat = 0 if zw else round(net * 0.23, 2)
            tot += net + vat
            rows.append([str(len(rows) + 1), num, o["date"].isoformat(), o["date"].isoformat(), b["name"], nips.get(b["name"], ""),
                         b.get("city", ""), sku, name, de_num(ln["qty"], False).replace(",00", ""), unit, de_num(price, False),
                         de_num(net, False), "zw" if zw else "23%", de_num(vat, False), de_num(net + vat, False),
                         b.get("pay", "gotówka" if doc == "PA" else ""), b.get("note", "")])
            labels.append((b["label"], b["amb"], b["kind"], b["country"]))
    with open(os.path.join(LAY, LID + ".csv"), "w", encoding="cp1250", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(header); w.writerows(rows)
    meta = {
        "id": LID, "system": "InsERT Subiekt GT - Zestawienie sprzedaży wg pozycji dokumentów, eksport do CSV", "country": "PL", "language": "pl",
        "docs": ["No public page listing the exact CSV columns of this Subiekt GT listing was found in the public documentation searched; column names follow the Polish invoice fields Subiekt GT shows on sales documents (Numer, Data wystawienia, Data sprzedaży, Kontrahent, NIP, Symbol, Nazwa, Ilość, J.m., Cena netto, Wartość netto, Stawka VAT, Wartość VAT, Wartość brutto, Forma płatności, Uwagi) - closest documented layout, not verbatim.",
                 "Polish conventions: Windows-1250, ';', decimal comma, ISO dates as Subiekt writes them, NIP as XXX-XXX-XX-XX (valid checksum); FS = faktura sprzedaży, PA = paragon (receipt)."],
        "fields": {"buyer": "Kontrahent", "product": "Nazwa", "quantity": "Ilość", "amount": "Wartość brutto",
                   "tax_id": "NIP", "email": None, "payment": "Forma płatności", "comment": "Uwagi"},
        "also_ok": {"amount": ["Wartość netto"]},
        "notes": "One row per document line; header then records only (no totals row). Lines of one Numer share the label. PA documents with 'Klient detaliczny' are receipts to anonymous retail buyers; two PA receipts carry no buyer at all."
    }
    write_key(LID, meta, labels)
    print(LID, len(rows), len(orders))

if __name__ == "__main__":
    main()
