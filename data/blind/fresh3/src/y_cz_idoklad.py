"""y_cz_idoklad_vydane_faktury: iDoklad - Faktury vydané, export do Excelu s položkami."""
import random, os, sys, datetime
sys.path.insert(0, os.path.dirname(__file__))
from y_common import B, plan_orders, write_labels, write_key, rdate, BASE
import pandas as pd

SID = 'y_cz_idoklad_vydane_faktury'
rng = random.Random(1993)
COLS = ["Číslo dokladu", "Variabilní symbol", "Datum vystavení", "Datum splatnosti", "DUZP", "Odběratel", "Kontaktní osoba", "IČ", "DIČ",
        "Ulice", "Město", "PSČ", "Stát", "E-mail", "Číslo objednávky", "Popis", "Název položky", "Množství", "Jednotka",
        "Cena za MJ", "Sazba DPH", "Celkem bez DPH", "Celkem s DPH", "Měna", "Forma úhrady", "Stav úhrady", "Datum úhrady", "Poznámka"]
BIZ = [("Notebook Lenovo ThinkPad E16 Gen 1", 21990.0, "ks"), ("Kancelářský papír A4 80 g, 500 listů", 119.0, "bal"),
       ("Toner HP 59A CF259A", 2890.0, "ks"), ("Tiskárna HP LaserJet Pro 4002dn", 6990.0, "ks"), ("Monitor Dell P2425H 24\"", 4290.0, "ks"),
       ("Kancelářská židle Antares", 3490.0, "ks"), ("Microsoft 365 Business Standard - roční licence", 3290.0, "ks"),
       ("Servisní práce technika", 890.0, "hod"), ("Pořadač pákový A4 75 mm, 10 ks", 459.0, "bal"), ("Skartovač Rexel Optimum", 5990.0, "ks"),
       ("Switch TP-Link TL-SG1024D", 1790.0, "ks"), ("Rozvaděč rack 19\" 42U", 16900.0, "ks"), ("Interaktivní panel 75\" do učebny", 54900.0, "ks")]
HOUSE = [("Televize Samsung 55\" Crystal UHD", 12990.0, "ks"), ("Rychlovarná konvice Bosch TWK3A011", 599.0, "ks"),
         ("Kávovar De'Longhi Magnifica S", 8490.0, "ks"), ("Lednice Samsung RB34", 11990.0, "ks"), ("Vysavač Dyson V11", 12490.0, "ks")]
CONS = [("Tablet Apple iPad 10,9\" 64 GB", 9990.0, "ks"), ("Tiskárna Epson EcoTank L3251", 4290.0, "ks"), ("Notebook Lenovo IdeaPad Slim 3 15\"", 12990.0, "ks"),
        ("Inkoust Epson 103 černý", 249.0, "ks"), ("Myš Logitech M185", 299.0, "ks"), ("Oprava notebooku - výměna displeje", 2490.0, "ks")]
CITIES = [("Brno", "602 00"), ("Praha 4", "140 00"), ("Olomouc", "779 00"), ("Jihlava", "586 01"), ("Zlín", "760 01"), ("Kroměříž", "767 01"),
          ("Přerov", "750 02"), ("Třebíč", "674 01"), ("Hodonín", "695 01"), ("Blansko", "678 01")]
STREETS = ["Masarykovo nám.", "Nádražní", "Husova", "Palackého", "Komenského", "Tyršova", "Dukelská", "náměstí Svobody"]
def ico(): return ''.join(str(rng.randrange(10)) for _ in range(8))
P = []
def g(name, kind, mail=None, city=None, dic=False, **k):
    i = k.pop('ic', ico())
    P.append(B(name, kind, 'B2G', ic=i, dic=('CZ' + i) if dic else '', city=city or rng.choice(CITIES), email=mail or '', **k))
g("Statutární město Brno", 'cz_municipality', "podatelna@brno.cz", CITIES[0], True)
g("Město Kroměříž", 'cz_municipality', "podatelna@mesto-kromeriz.cz", CITIES[5], True)
g("Obec Lažánky", 'cz_municipality', "obec@lazanky.cz", ("Lažánky", "664 71"))
g("Obec Dolní Bečva", 'cz_municipality', "starosta@dolnibecva.cz", ("Dolní Bečva", "756 55"))
g("Městská část Praha 4", 'cz_municipal_district', "posta@praha4.cz", CITIES[1], True)
g("Město Třebíč, Odbor školství", 'cz_municipality', None, CITIES[7], True)
g("Kraj Vysočina", 'cz_region', "posta@kr-vysocina.cz", CITIES[3], True)
g("Jihomoravský kraj", 'cz_region', "posta@jmk.cz", CITIES[0], True)
g("Ministerstvo vnitra", 'ministry', "posta@mvcr.cz", CITIES[1])
g("Ministerstvo zemědělství", 'ministry', "podatelna@mze.gov.cz", CITIES[1])
g("Úřad práce České republiky - Krajská pobočka v Olomouci", 'state_agency', None, CITIES[2])
g("Krajské ředitelství policie Jihomoravského kraje", 'police', "krpb.podatelna@pcr.cz", CITIES[0])
g("Hasičský záchranný sbor Zlínského kraje", 'fire_service', "podatelna@zln.izscr.cz", CITIES[4])
g("Vojenský útvar 4404 Přáslavice", 'armed_forces_unit', None, ("Přáslavice", "783 54"))
g("Okresní soud v Hodoníně", 'court', "podatelna@osoud.hod.justice.cz", CITIES[8])
g("Velvyslanectví Slovenské republiky v Praze", 'embassy', None, CITIES[1])
for n, m, c in [("Základní škola a Mateřská škola Lažánky, příspěvková organizace", "zs@zslazanky.cz", ("Lažánky", "664 71")),
                ("Základní škola Kroměříž, Zeyerova 3354, příspěvková organizace", "reditel@zszeyerova.cz", CITIES[5]),
                ("Gymnázium Jana Nerudy, škola hl. m. Prahy", None, CITIES[1]),
                ("Střední průmyslová škola Třebíč", "skola@spst.cz", CITIES[7]),
                ("Mateřská škola Blansko, Údolní 10", None, CITIES[9])]:
    g(n, 'public_school', m, c)
g("Masarykova univerzita", 'public_university', "nakup@rect.muni.cz", CITIES[0], True)
g("Univerzita Palackého v Olomouci", 'public_university', None, CITIES[2], True)
g("Vysoké učení technické v Brně, Fakulta informačních technologií", 'public_university', "nakup@fit.vut.cz", CITIES[0], True)
g("Fakultní nemocnice Olomouc", 'public_hospital', "podatelna@fnol.cz", CITIES[2], True)
g("Nemocnice Na Homolce", 'public_hospital', None, CITIES[1], True)
g("Krajská správa a údržba silnic Vysočiny, příspěvková organizace", 'regional_contributory_org', "ksusv@ksusv.cz", CITIES[3], True)
def co(name, kind, mail=None, **k):
    i = k.pop('ic', ico())
    dom = ''.join(ch for ch in name.lower().split(',')[0].split(' s.r.o')[0].split(' a.s')[0] if ch.isalnum() and ch.isascii())[:14]
    P.append(B(name, kind, 'B2B', ic=i, dic=k.pop('dic', 'CZ' + i), city=k.pop('city', rng.choice(CITIES)),
               email=mail if mail is not None else f"fakturace@{dom}.cz", **k))
for n in ["Stavební firma Horák s.r.o.", "AGROTEC a.s.", "Pekařství Novák, s.r.o.", "Autodoprava Dvořák v.o.s.", "Hotel Slavia Brno a.s.",
          "Účetní kancelář Bilance s.r.o.", "KOVOS Přerov, spol. s r.o.", "Moravská stavební - INVEST, a.s.", "Lékárna U Zlatého lva s.r.o.",
          "Elektro Kubíček k.s.", "Vinařství Sonberk a.s."]:
    co(n, 'company_with_legal_form')
for n in ["Tiskárna Helbich", "Květinářství Iris", "Optika Zrak", "Pneuservis Vlček"]:
    co(n, 'company_no_legal_form')
co("Ing. Petr Svoboda", 'sole_trader_osvc', mail="petr.svoboda.projekce@seznam.cz", dic='')
co("Jana Procházková - účetní služby", 'sole_trader_osvc', mail="ucetnictvi.prochazkova@email.cz")
co("Truhlářství Marek Veselý", 'sole_trader_trade_name', mail="truhlarstvi.vesely@seznam.cz")
co("JUDr. Tomáš Král, advokát", 'lawyer_practice', mail="kral@akkral.cz")
co("MUDr. Hana Pokorná - praktický lékař", 'doctor_private_practice', mail="ordinace.pokorna@centrum.cz", dic='')
co("TJ Sokol Přerov, z.s.", 'non_profit_association', mail="sokolprerov@seznam.cz", dic='')
co("Sbor dobrovolných hasičů Lažánky", 'volunteer_fire_association', mail="sdh.lazanky@seznam.cz", dic='')
co("Společenství vlastníků jednotek Palackého 12, Brno", 'homeowners_association', mail="svj.palackeho12@gmail.com", dic='')
co("Římskokatolická farnost Kroměříž - u sv. Mořice", 'religious_organisation', mail="farnost.moric@ado.cz", dic='')
co("Nadace Partnerství", 'foundation', dic='')
co("Charita Olomouc", 'non_profit_charity', mail="charita@olomouc.charita.cz", dic='')
co("Vysoká škola ekonomie a managementu, a.s.", 'private_university')
co("Nemocnice AGEL Prostějov a.s.", 'private_hospital')
co("Soukromá základní škola Cesta, s.r.o.", 'private_school')
co("ČEZ, a. s.", 'state_owned_company')
co("Dopravní podnik města Brna, a.s.", 'state_owned_company')
co("Kancelárske potreby Horváth s.r.o.", 'foreign_eu_company_vat', dic='SK2021854328', cc='SK', city=("Bratislava", "811 01"))
PERS = ["Jan Novák", "Petra Svobodová", "Tomáš Dvořák", "Lucie Černá", "Martin Procházka", "Kateřina Kučerová", "Jakub Veselý",
        "Tereza Horáková", "Lukáš Němec", "Eva Marková", "David Pospíšil", "Veronika Hájková"]
def asc(s): return s.lower().translate(str.maketrans('áčďéěíňóřšťúůýž', 'acdeeinorstuuyz'))
def per(name, kind='private_person', label='B2C', amb=False, **k):
    f, l = name.split()
    mail = k.pop('email', f"{asc(f)}.{asc(l)}{rng.choice(['', '88', '1979'])}@{rng.choice(['seznam.cz', 'email.cz', 'gmail.com', 'centrum.cz', 'post.cz'])}")
    P.append(B(name, kind, label, amb, ic='', dic='', city=rng.choice(CITIES), email=mail, cons=True, **k))
for n in PERS: per(n)
P.append(B('', 'anonymous_retail', 'B2C', cons=True, pay='Hotově', sparse=True))
P.append(B('Koncový zákazník', 'anonymous_retail', 'B2C', cons=True, pay='Kartou', sparse=True))
A = dict(single=True, repeat=False)
def amb(name, kind, label, prod, qty=1, **k):
    i = k.pop('ic', ico())
    P.append(B(name, kind, label, True, ic=i, dic=k.pop('dic', 'CZ' + i), city=k.pop('city', rng.choice(CITIES)), prod=prod, qty=qty,
               email=k.pop('email', ''), **A, **k))
amb("Stavební firma Horák s.r.o.", 'company_household_item', 'B2B', HOUSE[0])
amb("Účetní kancelář Bilance s.r.o.", 'company_household_item', 'B2B', HOUSE[4])
amb("AGROTEC a.s.", 'company_household_item', 'B2B', HOUSE[3])
amb("Mgr. Ondřej Beneš, advokát", 'lawyer_practice_item', 'B2B', ("Fax Brother FAX-2845", 4590.0, "ks"), comment="pro advokátní kancelář, fakturovat na AK")
amb("Základní škola a Mateřská škola Lažánky, příspěvková organizace", 'municipal_school_household_item', 'B2G', HOUSE[1], dic='', city=("Lažánky", "664 71"))
amb("Obec Dolní Bečva", 'public_body_household_item', 'B2G', HOUSE[2], dic='', comment="do zasedací místnosti OÚ", city=("Dolní Bečva", "756 55"))
amb("Správa železnic, státní organizace", 'state_enterprise', 'B2G', BIZ[4], qty=10, order="VZ č. 2026/S 088-2651")
amb("České dráhy, a.s.", 'state_owned_company_procurement', 'B2B', BIZ[0], qty=12, order="Veřejná zakázka č. DOD20260417", email="nakup@cd.cz")
amb("Česká pošta, s.p.", 'state_enterprise_procurement', 'B2G', BIZ[3], qty=8, order="Sektorová veřejná zakázka P26V00001234")
amb("Mezinárodní organizace pro migraci (IOM) - kancelář Praha", 'international_org', 'B2B', BIZ[0], qty=2, dic='', comment="osvobozeno od DPH - mezinárodní organizace")
per("Pavel Kratochvíl", 'private_person_bulk', 'B2C', True, prod=CONS[0], qty=30, **A)
per("Simona Benešová", 'private_person_bulk', 'B2C', True, prod=CONS[4], qty=40, **A)
per("Radek Urban", 'person_states_business_use', 'B2B', True, prod=CONS[1], qty=5, comment="zboží určené k dalšímu prodeji v mé prodejně", **A)
per("Michaela Šťastná", 'person_states_business_use', 'B2B', True, prod=CONS[2], qty=1, comment="notebook pro práci, využití výhradně pro podnikání", **A)
per("Roman Zeman", 'person_with_gov_email', 'B2C', True, prod=HOUSE[0], qty=1, email="roman.zeman@mocr.army.cz", comment="doručit domů", pay='Kartou', **A)
per("Ilona Kolářová", 'person_pays_company_invoice', 'B2B', True, prod=BIZ[1], qty=6, pay='Převodem', comment="úhrada faktury za firmu Květinářství Iris", **A)
for _b in P:
    if _b['kind'] in ('state_enterprise', 'state_enterprise_procurement'):
        _b['amb'] = False  # state enterprise (s.p./státní organizace) buying under public procurement: both signals point to the state
P.append(B('', 'product_only_business_goods', 'B2B', True, prod=BIZ[11], qty=1, ic='', **A))
P.append(B('', 'product_only_consumer_goods', 'B2C', True, prod=CONS[0], qty=1, ic='', **A))

amb("Hotel Slavia Brno a.s.", 'company_household_item', 'B2B', HOUSE[2])
P.append(B("Pekařství Novák, s.r.o.", 'company_household_item', 'B2B', True, ic=ico(), dic='CZ' + ico(), city=CITIES[6], email='', repeat=False,
           prods=[(HOUSE[0], 1), (HOUSE[4], 1)]))
amb("Truhlářství Marek Veselý", 'sole_trader_personal_purchase', 'B2B', CONS[0], pay='Kartou', dic='', email="truhlarstvi.vesely@seznam.cz")
amb("Optika Zrak", 'company_household_item', 'B2B', HOUSE[3])
P.append(B("ČEPS, a.s.", 'state_owned_company_procurement', 'B2B', True, ic=ico(), dic='CZ' + ico(), city=CITIES[1], email="nakup@ceps.cz",
           order="Veřejná zakázka č. VZ/2026/0415", repeat=False, prods=[(BIZ[0], 6), (BIZ[6], 6), (BIZ[4], 6)]))
P.append(B("Mezinárodní výbor Červeného kříže - regionální kancelář", 'international_org', 'B2B', True, ic='', dic='', city=CITIES[1], email='',
           comment="osvobozeno od DPH - mezinárodní organizace", repeat=False, prods=[(BIZ[3], 2), (BIZ[9], 1)]))
per("Filip Kovář", 'person_with_edu_email', 'B2C', True, prod=HOUSE[1], qty=1, email="filip.kovar@muni.cz", comment="doručit na adresu bydliště", **A)
per("Zuzana Holubová", 'private_person_bulk', 'B2C', True, prod=CONS[3], qty=60, **A)
P.append(B('', 'product_only_business_goods', 'B2B', True, prod=BIZ[1], qty=100, ic='', **A))
P.append(B('', 'product_only_consumer_goods', 'B2C', True, prod=HOUSE[4], qty=1, ic='', **A))
orders = plan_orders(rng, P, 235, max_lines=3)
dated = sorted(((rdate(rng), b, n) for b, n in orders), key=lambda x: x[0])
rows, labels = [], []
seq = 0
for d, b, n in dated:
    seq += 1
    num = f"{d.year}{seq:04d}"
    gov = b['label'] == 'B2G'
    if 'prods' in b: items = list(b['prods'])
    elif 'prod' in b: items = [(b['prod'], b['qty'])]
    elif b.get('cons'): items = [(rng.choice(CONS), 1) for _ in range(n)]
    else:
        items = []
        for _ in range(n):
            p = rng.choice(BIZ); items.append((p, rng.choice([1, 1, 2, 5, 10]) if p[1] < 3000 else rng.choice([1, 1, 2, 3])))
    exempt = b['kind'] in ('international_org', 'foreign_eu_company_vat')
    rate = 0 if exempt else 21
    pay = b.get('pay') or ('Převodem' if gov or (not b.get('cons') and rng.random() < 0.85) else
                           rng.choice(['Kartou', 'Hotově', 'Dobírka', 'Převodem']) if b.get('cons') else 'Hotově')
    due = d + datetime.timedelta(days=14 if pay == 'Převodem' else 0)
    st = rng.choice(['Uhrazeno', 'Uhrazeno', 'Neuhrazeno']) if pay == 'Převodem' else 'Uhrazeno'
    paid = (d + datetime.timedelta(days=rng.randrange(0, 20))) if st == 'Uhrazeno' else None
    order = b.get('order') or (f"OBJ-{rng.randrange(100, 999)}/{d.year}" if not b.get('cons') and b['name'] and rng.random() < 0.35 else '')
    popis = rng.choice(["Faktura za zboží", "Dodávka dle objednávky", "Faktura - prodej", ""]) if not b.get('cons') else rng.choice(["Faktura za zboží", ""])
    note = b.get('comment', '')
    if not note and gov and rng.random() < 0.25: note = "Smlouva zveřejněna v registru smluv"
    c = None if b.get('sparse') or not b['name'] else b.get('city')
    contact = rng.choice(['', '', 'Ing. Pavla Malá', 'Bc. Jiří Toman', 'Mgr. Alena Kubátová']) if (not b.get('cons') and b['name']) else ''
    for (name, price, unit), q in items:
        net = round(price * q, 2)
        rows.append({"Číslo dokladu": num, "Variabilní symbol": num, "Datum vystavení": d, "Datum splatnosti": due, "DUZP": d,
                     "Odběratel": b['name'], "Kontaktní osoba": contact, "IČ": b.get('ic', ''), "DIČ": b.get('dic', ''),
                     "Ulice": f"{rng.choice(STREETS)} {rng.randrange(1, 400)}" if c else '', "Město": c[0] if c else '', "PSČ": c[1] if c else '',
                     "Stát": ('Slovensko' if b.get('cc') == 'SK' else 'Česká republika') if c else '', "E-mail": b.get('email', ''),
                     "Číslo objednávky": order, "Popis": popis, "Název položky": name, "Množství": q, "Jednotka": unit, "Cena za MJ": price,
                     "Sazba DPH": f"{rate} %", "Celkem bez DPH": net, "Celkem s DPH": round(net * (1 + rate / 100), 2), "Měna": 'CZK',
                     "Forma úhrady": pay, "Stav úhrady": st, "Datum úhrady": paid, "Poznámka": note})
        labels.append((b['label'], b['amb'], b['kind'], b.get('cc', 'CZ')))
df = pd.DataFrame(rows, columns=COLS)
path = os.path.join(BASE, 'layouts', SID + '.xlsx')
with pd.ExcelWriter(path, engine='openpyxl', datetime_format='DD.MM.YYYY', date_format='DD.MM.YYYY') as xw:
    df.to_excel(xw, index=False, sheet_name='Faktury vydané')
write_labels(SID, labels)
write_key(SID, {
    "id": SID, "system": "iDoklad - Faktury vydané, export seznamu do Excelu (XLSX) s položkami", "country": "CZ", "language": "cs",
    "docs": ["iDoklad help 'Faktury vydané' (idoklad.cz/podpora/faktury-vydane): the issued-invoice list with payment state (uhrazeno/částečně uhrazeno), reminders, credit notes and sums",
             "iDoklad API v3 IssuedInvoice model as used by public clients (Holicz/idoklad-api-php-client, IdokladSdk): DocumentNumber, VariableSymbol, DateOfIssue, DateOfMaturity, DateOfTaxing (DUZP), Description (Popis), Note (Poznámka), OrderNumber, PurchaserDocumentAddress (Firm, IdentificationNumber=IČ, VatIdentificationNumber=DIČ, Email, Street, City, PostalCode, Country), Items (Name, Amount, Unit, UnitPrice, VatRate), PaymentOption with Czech names Převodem, Kartou, Hotově, Dobírka, Zápočtem, Zálohou",
             "Column headers are the Czech UI labels of these fields; the exact export header list was not found in the public documentation, so it is a reconstruction"],
    "fields": {"buyer": "Odběratel", "product": "Název položky", "quantity": "Množství", "amount": "Celkem s DPH",
               "tax_id": "IČ", "email": "E-mail", "payment": "Forma úhrady", "comment": "Poznámka"},
    "also_ok": {"amount": ["Celkem bez DPH"], "tax_id": ["DIČ"]},
    "notes": "XLSX, sheet 'Faktury vydané', header in row 1, every later row is a record (one invoice item). Items of one invoice share Číslo dokladu and the label. IČ = 8-digit company/OSVČ registration number, DIČ = CZ VAT number (public bodies not VAT-registered have no DIČ). 'Kontaktní osoba' is the buyer's contact person at an organisation, not the buyer. Rows without Odběratel are retail sales or product-only records."})
print(SID, len(rows))
