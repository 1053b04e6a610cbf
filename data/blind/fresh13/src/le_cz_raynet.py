"""le_cz_raynet_faktury: RAYNET CRM – Faktury (issued invoices) list exported to XLSX.

Raynet exports every list view to XLSX with the columns shown in the view
("All columns" adds the registered fields); invoice field labels are the Czech
UI labels ([Klient], [Datum vystavení], [Datum splatnosti], [Datum zdanitelného
plnění], [Způsob úhrady], [Variabilní symbol], [Poznámka pro příjemce] ...).
Seller: a Czech installer of photovoltaic plants, heat pumps and wallboxes.
One row per invoice, newest first.
"""
import random
from datetime import date, timedelta

from openpyxl import Workbook
from openpyxl.styles import Font

from le_common import LAYOUTS, freeze_xlsx, ico_ok, make_ico, write_key, write_labels

LID = "le_cz_raynet_faktury"
rng = random.Random(1302)

COLS = ["Kód", "Název", "Klient", "IČ", "DIČ", "Kontaktní osoba", "E-mail", "Datum vystavení",
        "Datum zdanitelného plnění", "Datum splatnosti", "Způsob úhrady", "Variabilní symbol",
        "Celkem bez DPH", "Celkem s DPH", "Měna", "Stav", "Vlastník", "Obchodní případ", "Poznámka pro příjemce"]

OWNERS = ["Tomáš Veselý", "Jana Malá", "Ondřej Kratochvíl"]
TOWNS = ["Kolín", "Benešov", "Říčany", "Mělník", "Kutná Hora", "Nymburk", "Brandýs nad Labem", "Mukařov",
         "Čelákovice", "Poděbrady", "Dobříš", "Beroun", "Mnichovice", "Úvaly", "Jesenice"]

MALE = [("Petr", "Svoboda"), ("Jiří", "Novotný"), ("Jan", "Dvořák"), ("Martin", "Černý"), ("Tomáš", "Procházka"),
        ("Pavel", "Kučera"), ("Josef", "Veselý"), ("Lukáš", "Horák"), ("Jakub", "Němec"), ("Michal", "Pokorný"),
        ("David", "Marek"), ("Karel", "Pospíšil"), ("Zdeněk", "Hájek"), ("Miroslav", "Jelínek"), ("Václav", "Král"),
        ("Roman", "Růžička"), ("Vojtěch", "Beneš"), ("Radek", "Fiala"), ("Ondřej", "Sedláček"), ("Aleš", "Doležal")]
FEMALE = [("Jana", "Svobodová"), ("Eva", "Novotná"), ("Hana", "Dvořáková"), ("Lenka", "Černá"), ("Petra", "Procházková"),
          ("Lucie", "Kučerová"), ("Kateřina", "Veselá"), ("Martina", "Horáková"), ("Markéta", "Němcová"),
          ("Veronika", "Pokorná"), ("Tereza", "Marková"), ("Alena", "Pospíšilová"), ("Monika", "Hájková")]
FREEMAIL = ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "volny.cz", "post.cz", "atlas.cz", "icloud.com"]


def ascii_cz(s):
    tr = str.maketrans("áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ", "acdeeinorstuuyzACDEEINORSTUUYZ")
    return s.translate(tr)


def person():
    first, last = rng.choice(MALE + FEMALE)
    title = rng.choice(["", "", "", "", "Ing. ", "Mgr. ", "MUDr. "])
    mail = rng.choice([f"{ascii_cz(first).lower()}.{ascii_cz(last).lower()}", f"{ascii_cz(last).lower()}{rng.randint(1, 99)}",
                       f"{ascii_cz(first)[0].lower()}{ascii_cz(last).lower()}"]) + "@" + rng.choice(FREEMAIL)
    # Raynet shows natural-person clients as "Příjmení Jméno" or as typed; both occur
    name = f"{title}{first} {last}" if rng.random() < 0.6 else f"{last} {first}"
    return name, f"{first} {last}", mail


# ------------------------------------------------------------------ buyer pool
# each: client, ico, dic, contact, email, kind, label, amb, country, items [(title, lo, hi, vat)], weight, pay, note
B = []


KNOWN_ICO = {  # IČO of real bodies (check digit verified below)
    "ŠKODA AUTO a.s.": "00177041", "ČEZ Distribuce, a. s.": "24729035", "Penny Market s.r.o.": "64945880",
    "Lidl Česká republika s.r.o.": "26178541", "České vysoké učení technické v Praze": "68407700",
    "Česká zemědělská univerzita v Praze": "60460709", "Fakultní nemocnice v Motole": "00064203",
    "Středočeský kraj": "70891095", "Město Kolín": "00235440", "Město Říčany": "00240702",
    "Statutární město Mladá Boleslav": "00238295", "Česká republika – Ministerstvo obrany": "60162694",
    "Správa železnic, státní organizace": "70994234", "ČEZ ESCO, a.s.": "03592880",
    "Oblastní nemocnice Kolín, a.s., nemocnice Středočeského kraje": "27256391", "Městská část Praha 12": "00231312",
    "Město Benešov": "00231401", "Město Čelákovice": "00240079", "Hasičský záchranný sbor Středočeského kraje": "70885184",
    "Krajské ředitelství policie Středočeského kraje": "75151502", "Okresní soud v Kolíně": "00024759",
}
_ICO_CACHE = {}
NO_VAT = {"public_school", "public_kindergarten", "municipal_budget_org", "court", "police", "state_fire_service",
          "armed_forces", "association", "volunteer_fire_association", "religious_organisation", "national_red_cross"}


def org(client, kind, label, amb, items, weight, email, contact=None, pay=None, note=None, ico=None, dic=True,
        country="CZ"):
    if ico is None:
        ico = KNOWN_ICO.get(client) or _ICO_CACHE.get(client) or make_ico(rng, rng.choice(["0", "2", "4", "6", "7"]))
        _ICO_CACHE[client] = ico
    if kind in NO_VAT:
        dic = False
    B.append(dict(client=client, ico=ico, dic=("CZ" + ico) if dic else "", contact=contact, email=email, kind=kind,
                  label=label, amb=amb, items=items, w=weight, pay=pay, note=note, country=country))


FVE_PUBLIC = [("FVE {K} kWp na střeše budovy ZŠ", 450000, 1400000, 21),
              ("FVE {K} kWp – budova obecního úřadu", 380000, 980000, 21),
              ("Tepelné čerpadlo vzduch-voda 2× 16 kW – hasičská zbrojnice", 520000, 760000, 21),
              ("Servisní prohlídka FVE + revize", 4500, 9800, 21),
              ("Rozšíření FVE o bateriové úložiště {B} kWh", 280000, 620000, 21)]
FVE_SCHOOL = [("FVE {K} kWp na střeše budovy školy", 450000, 1400000, 21),
              ("Tepelné čerpadlo vzduch-voda 2× 22 kW – tělocvična", 560000, 820000, 21),
              ("Servisní prohlídka FVE + revize", 4500, 9800, 21),
              ("Monitoring výroby FVE – roční licence", 6000, 9000, 21)]
FVE_STATE = [("FVE {K} kWp – objekt {t}", 600000, 2400000, 21),
             ("Bateriové úložiště {B} kWh – záložní napájení", 420000, 990000, 21),
             ("Servisní prohlídka FVE + revize", 4500, 9800, 21)]
FVE_SMALLBIZ = [("FVE {k} kWp na střeše provozovny – dodávka a montáž", 160000, 390000, 0),
                ("Bateriové úložiště {b} kWh – provozovna", 90000, 210000, 0),
                ("Servisní prohlídka FVE", 2900, 5200, 21)]
FVE_HOUSING = [("FVE {K} kWp na střeše bytového domu – společné prostory", 420000, 1300000, 0),
               ("Bateriové úložiště {B} kWh – bytový dům", 350000, 700000, 0),
               ("Servisní smlouva FVE – roční paušál", 9000, 18000, 21)]
FVE_COMPANY = [("FVE {K} kWp na střeše haly – dodávka a montáž", 650000, 4200000, 0),
               ("Bateriové úložiště {B} kWh – montáž", 390000, 980000, 0),
               ("Tepelné čerpadlo 2× 22 kW – kanceláře", 540000, 880000, 0),
               ("Servisní smlouva FVE – roční paušál", 12000, 36000, 21),
               ("Nabíjecí stanice 2× 22 kW pro firemní vozy", 85000, 190000, 0)]

# municipalities and other public bodies (B2G)
for cl, em, w in [("Obec Zdiby", "podatelna@zdiby.cz", 2), ("Město Říčany", "podatelna@ricany.cz", 2),
                  ("Město Benešov", "posta@benesov-city.cz", 1), ("Obec Psáry", "obec@psary.cz", 2),
                  ("Městská část Praha 12", "podatelna@praha12.cz", 1), ("Město Kolín", "podatelna@mukolin.cz", 2),
                  ("Obec Kamenice", "podatelna@obec-kamenice.cz", 1), ("Statutární město Mladá Boleslav", "epodatelna@mb-net.cz", 1),
                  ("Město Čelákovice", "podatelna@celakovice.cz", 1), ("Obec Mukařov", "obec@mukarov.cz", 1)]:
    org(cl, "municipality", "B2G", False, FVE_PUBLIC, w, em, contact=rng.choice(["Ing. Pavel Brož", "Mgr. Ivana Šťastná", "Bc. Radka Kolářová", "Jaroslav Vlček"]),
        note=rng.choice(["Veřejná zakázka malého rozsahu – objednávka č. 2024/{n}", "Dle smlouvy o dílo č. SOD/{n}/2024", "", "Financováno z programu Modernizační fond – KOMUNERG"]))
org("Středočeský kraj", "regional_government", "B2G", False, FVE_STATE, 1, "podatelna@kr-s.cz", contact="Ing. Milan Hruška",
    note="Smlouva o dílo č. S-{n}/OMS/2024")
for cl, em, k in [("Základní škola Dobříš, Komenského nám. 35, okres Příbram", "reditel@zsdobris.cz", "public_school"),
                  ("Mateřská škola Kamarád, Praha 12, příspěvková organizace", "skolka@mskamarad.cz", "public_kindergarten"),
                  ("Gymnázium Kolín, Žižkova 162", "sekretariat@gymkolin.cz", "public_school"),
                  ("Základní škola a mateřská škola Mukařov, příspěvková organizace", "info@zsmukarov.cz", "public_school"),
                  ("Technické služby Říčany, příspěvková organizace", "ts@ricany.cz", "municipal_budget_org")]:
    org(cl, k, "B2G", False, FVE_SCHOOL if k != "municipal_budget_org" else FVE_STATE, 2, em,
        contact=rng.choice(["Mgr. Alena Kubíčková", "PaedDr. Jiří Šimek", "Iveta Vondrová"]))
org("Fakultní nemocnice v Motole", "public_hospital", "B2G", False, FVE_STATE, 1, "podatelna@fnmotol.cz", contact="Ing. Petr Holý",
    note="Objednávka č. OBJ/2024/{n}")
org("České vysoké učení technické v Praze", "public_university", "B2G", False, FVE_STATE, 2, "podatelna@cvut.cz",
    contact="doc. Ing. Tomáš Bureš, Ph.D.", note="Fakturujte na Fakultu elektrotechnickou, Technická 2")
org("Česká zemědělská univerzita v Praze", "public_university", "B2G", False, FVE_STATE, 1, "podatelna@czu.cz", contact="Ing. Lenka Nová")
org("Česká republika – Ministerstvo obrany", "armed_forces", "B2G", False, FVE_STATE, 1, "posta@army.cz",
    contact="kpt. Ing. Radek Malý", note="VÚ 6940 Čáslav – objednávka č. {n}/2024")
org("Hasičský záchranný sbor Středočeského kraje", "state_fire_service", "B2G", False, FVE_STATE, 1, "podatelna@sc.izscr.cz")
org("Krajské ředitelství policie Středočeského kraje", "police", "B2G", False, FVE_STATE, 1, "krpspodatelna@pcr.cz")
org("Okresní soud v Kolíně", "court", "B2G", False, FVE_STATE[2:], 1, "podatelna@osoud.kol.justice.cz")
org("Správa železnic, státní organizace", "state_organisation", "B2G", False, FVE_STATE, 1, "epodatelna@spravazeleznic.cz",
    note="Objednávka č. {n}/2024/OŘ PHA")
# public bodies buying one household-type item: ambiguous B2G
org("Mateřská škola Úvaly, Pražská 1209, příspěvková organizace", "public_kindergarten", "B2G", True,
    [("Klimatizace split 2,6 kW – 1 ks vč. montáže", 28000, 36000, 21)], 0, "ms@msuvaly.cz", contact="Dana Vítková")

# companies and other organisations (B2B)
for cl, dom, k, w in [("AGRO Kolín s.r.o.", "agrokolin.cz", "company", 2), ("Kovovýroba Novotný s.r.o.", "kovonovotny.cz", "company", 2),
                      ("Autoservis Dvořák s.r.o.", "autoservis-dvorak.cz", "company", 2), ("Pekárna Pecka s.r.o.", "pekarnapecka.cz", "company", 1),
                      ("ŠKODA AUTO a.s.", "skoda-auto.cz", "company", 1), ("Lidl Česká republika s.r.o.", "lidl.cz", "company", 1),
                      ("Penny Market s.r.o.", "penny.cz", "company", 1), ("Hotel Kolín s.r.o.", "hotelkolin.cz", "company", 1),
                      ("ČEZ ESCO, a.s.", "cez.cz", "state_owned_company", 1), ("Technické služby města Mělníka, s.r.o.", "tsmelnik.cz", "municipal_owned_company", 1),
                      ("Mlékárna Kunín a.s.", "mlekarnakunin.cz", "company", 1), ("Stavby Beran s.r.o.", "stavbyberan.cz", "company", 2),
                      ("DAVI logistika s.r.o.", "davilogistika.cz", "company", 1)]:
    org(cl, k, "B2B", False, FVE_COMPANY, w, rng.choice(["info", "fakturace", "ucetni", "objednavky"]) + "@" + dom,
        contact=" ".join(rng.choice(MALE + FEMALE)), note=rng.choice(["Daň odvede zákazník (přenesená daňová povinnost dle § 92e ZDPH).", "Daň odvede zákazník.", ""]))
for cl, em, k, items, w in [
        ("Jan Procházka – truhlářství", "truhlarstvi.prochazka@seznam.cz", "sole_trader", FVE_SMALLBIZ, 1),
        ("MUDr. Eva Horáková – praktický lékař", "ordinace.horakova@email.cz", "sole_trader", FVE_SMALLBIZ, 1),
        ("Josef Kučera – Farma Vrbice", "farma.vrbice@seznam.cz", "sole_trader", FVE_SMALLBIZ, 1),
        ("Společenství vlastníků jednotek Na Sadech 1215, Kolín", "svj.nasadech@seznam.cz", "homeowners_association", FVE_HOUSING, 2),
        ("Bytové družstvo Slunečná", "bdslunecna@centrum.cz", "housing_cooperative", FVE_HOUSING, 1),
        ("Římskokatolická farnost Mělník", "farnost.melnik@ado.cz", "religious_organisation", FVE_SMALLBIZ, 1),
        ("Tělocvičná jednota Sokol Kolín", "sokolkolin@sokol.eu", "association", FVE_SMALLBIZ, 1),
        ("SDH Zdiby", "sdhzdiby@seznam.cz", "volunteer_fire_association", FVE_COMPANY[3:4], 1),
        ("Český červený kříž, Oblastní spolek Kolín", "kolin@cervenykriz.eu", "national_red_cross", FVE_SMALLBIZ, 1)]:
    org(cl, k, "B2B", False, items, w, em, dic=k in ("sole_trader", "homeowners_association", "housing_cooperative") and rng.random() < 0.5)

# ambiguous B2B
org("Oblastní nemocnice Kolín, a.s., nemocnice Středočeského kraje", "regional_owned_company_procurement", "B2B", True,
    [("FVE 148 kWp na střeše pavilonu D – dodávka a montáž", 3200000, 3900000, 0)], 0, "podatelna@nemocnicekolin.cz",
    contact="Ing. Hana Říhová", note="Veřejná zakázka P24V00012345 – smlouva č. 2024/078/SOD")
org("ČEZ Distribuce, a. s.", "state_owned_company_procurement", "B2B", True,
    [("Bateriové úložiště 250 kWh – distribuční stanice Poříčany", 2400000, 2900000, 0)], 0, "fakturace@cezdistribuce.cz",
    note="Dle rámcové dohody č. 4600012345 (zadávací řízení VZ 2024/011)")
org("Agentura Evropské unie pro kosmický program (EUSPA)", "international_org", "B2B", True,
    [("FVE 30 kWp – Janovského 438/2, Praha 7", 890000, 1100000, 21)], 0, "procurement@euspa.europa.eu",
    contact="Procurement Unit", dic=False, ico="", note="PO 2024/EUSPA/0311")
org("Pekárna Pecka s.r.o.", "company", "B2B", True, [("Klimatizace split 3,5 kW – 1 ks vč. montáže", 31000, 39000, 21)], 0,
    "info@pekarnapecka.cz", contact="Jitka Pecková")
org("Ing. Martin Kopecký – projekční kancelář", "sole_trader", "B2B", True, [("Wallbox 11 kW – instalace v garáži RD", 28000, 36000, 12)], 0,
    "kopecky.projekce@gmail.com", pay="Platební kartou")

# ------------------------------------------------------------------ persons (B2C)
B2C_ITEMS = [("Dodávka a montáž FVE {k} kWp + baterie {b} kWh, RD {t}", 190000, 480000, 0),
             ("Dodávka a montáž FVE {k} kWp, RD {t}", 150000, 290000, 0),
             ("Tepelné čerpadlo vzduch-voda {p} kW, RD {t}", 190000, 330000, 12),
             ("Wallbox 11 kW – dodávka a instalace", 24000, 39000, 12),
             ("Servisní prohlídka FVE", 2500, 4900, 21),
             ("Rozšíření baterie o 5 kWh", 58000, 79000, 0),
             ("Výměna střídače – záruční servis (doprava)", 1800, 3200, 21)]
B2C_NOTES = ["Dotace NZÚ Light – žádost č. NZUL-{n}", "Záloha 50 % uhrazena zálohovou fakturou ZF24{n2}", "Děkujeme za Vaši objednávku.",
             "", "", "Nová zelená úsporám – žádost č. NZU-{n}", "Montáž proběhla {d}."]

today = date(2024, 10, 31)
recs = []


def fmt(title):
    return title.format(k=rng.choice(["5,4", "6,3", "7,2", "8,1", "9,9", "10,8", "12,6"]),
                        K=rng.choice(["29,7", "36,0", "49,5", "64,8", "99,9", "148,5", "199,8"]),
                        b=rng.choice(["5,1", "7,7", "10,2", "15,4", "20,0"]),
                        B=rng.choice(["60", "90", "120", "180", "240"]),
                        p=rng.choice(["7", "9", "12", "16"]), t=rng.choice(TOWNS))


def money(lo, hi):
    return round(rng.uniform(lo, hi) / 100) * 100 + rng.choice([0, 0, 0, 50, 90])


def add_rec(buyer_client, ico, dic, contact, email, title, net, vat, pay, note, meta):
    recs.append(dict(client=buyer_client, ico=ico, dic=dic, contact=contact, email=email, title=title, net=net,
                     vat=vat, pay=pay, note=note, meta=meta))


def note_fill(n):
    return n.format(n=rng.randint(1000, 99999), n2=f"{rng.randint(1, 400):04d}", d=(today - timedelta(rng.randint(5, 200))).strftime("%d.%m.%Y")) if n else ""


weights = [b["w"] for b in B]
for _ in range(86):
    b = rng.choices(B, weights)[0]
    title, lo, hi, vat = rng.choice(b["items"])
    net = money(lo, hi)
    add_rec(b["client"], b["ico"], b["dic"], b["contact"] or "", b["email"], fmt(title), net, vat,
            b["pay"] or rng.choice(["Bankovním převodem"] * 9 + ["Platební kartou"]), note_fill(b["note"] or ""),
            dict(label=b["label"], ambiguous=b["amb"], kind=b["kind"], country=b["country"]))
for b in B:
    if b["w"] == 0:
        title, lo, hi, vat = b["items"][0]
        add_rec(b["client"], b["ico"], b["dic"], b["contact"] or "", b["email"], fmt(title), money(lo, hi), vat,
                b["pay"] or "Bankovním převodem", note_fill(b["note"] or ""),
                dict(label=b["label"], ambiguous=b["amb"], kind=b["kind"], country=b["country"]))

SPECIAL = {"Tereza Marková", "Eva Horáková", "Zdeněk Malý", "Petra Šimková", "Lucie Marková", "Radek Fiala", "Monika Hájková", "Karel Pospíšil", "Vojtěch Beneš"}
for _ in range(70):
    name, full, mail = person()
    while full in SPECIAL:
        name, full, mail = person()
    title, lo, hi, vat = rng.choices(B2C_ITEMS, [6, 3, 4, 2, 2, 1, 1])[0]
    pay = rng.choice(["Bankovním převodem"] * 6 + ["Platební kartou", "Hotově"]) if hi < 10000 else "Bankovním převodem"
    add_rec(name, "", "", "" if rng.random() < 0.7 else full, mail if rng.random() < 0.92 else "", fmt(title), money(lo, hi), vat,
            pay, note_fill(rng.choice(B2C_NOTES)), dict(label="B2C", ambiguous=False, kind="private_person", country="CZ"))

# ambiguous persons / thin
add_rec("Zdeněk Malý", "", "", "", "zdenek.maly@army.cz", "Dodávka a montáž FVE 6,3 kWp, RD Čáslav", 212000, 0,
        "Bankovním převodem", "Dotace NZÚ Light – žádost č. NZUL-58213",
        dict(label="B2C", ambiguous=True, kind="private_person_gov_email", country="CZ"))
add_rec("Ing. Petra Šimková", "", "", "", "petra.simkova@skoda-auto.cz", "Wallbox 11 kW – dodávka a instalace", 31900, 12,
        "Platební kartou", "", dict(label="B2C", ambiguous=True, kind="private_person_company_email", country="CZ"))
add_rec("Lucie Marková", "", "", "", "lucie.markova77@seznam.cz", "Dodávka a montáž FVE 9,9 kWp, provozovna kadeřnictví Nymburk",
        246000, 21, "Bankovním převodem", "FVE pro provozovnu – kadeřnictví, Palackého 12, Nymburk",
        dict(label="B2B", ambiguous=True, kind="private_person_business_use", country="CZ"))
add_rec("Radek Fiala", "", "", "", "radek.fiala@mvcr.cz", "Tepelné čerpadlo vzduch-voda 9 kW, RD Úvaly", 268400, 12,
        "Bankovním převodem", "Nová zelená úsporám – žádost č. NZU-40917",
        dict(label="B2C", ambiguous=True, kind="private_person_gov_email", country="CZ"))
add_rec("Hájková Monika", "", "", "", "monika.hajkova@cez.cz", "Dodávka a montáž FVE 8,1 kWp + baterie 10,2 kWh, RD Jesenice",
        331900, 0, "Bankovním převodem", "", dict(label="B2C", ambiguous=True, kind="private_person_company_email", country="CZ"))
add_rec("Pospíšil Karel", "", "", "", "karel.pospisil@volny.cz", "3× FVE 5,4 kWp – rodinné domy Mnichovice čp. 812, 813, 814",
        598500, 0, "Bankovním převodem", "", dict(label="B2C", ambiguous=True, kind="private_person_volume", country="CZ"))
add_rec("Vojtěch Beneš", "", "", "", "vojta.benes@gmail.com", "Dodávka a montáž FVE 12,6 kWp, dílna Poděbrady", 289900, 21,
        "Bankovním převodem", "FVE na dílnu – pro moje podnikání (autolakovna)",
        dict(label="B2B", ambiguous=True, kind="private_person_business_use", country="CZ"))
_pb = {b["client"]: b for b in B}
add_rec("Jan Procházka – truhlářství", _pb["Jan Procházka – truhlářství"]["ico"], _pb["Jan Procházka – truhlářství"]["dic"], "", "truhlarstvi.prochazka@seznam.cz", "Klimatizace split 2,6 kW do ložnice RD – 1 ks",
        27900, 12, "Platební kartou", "", dict(label="B2B", ambiguous=True, kind="sole_trader", country="CZ"))
add_rec("Autoservis Dvořák s.r.o.", _pb["Autoservis Dvořák s.r.o."]["ico"], _pb["Autoservis Dvořák s.r.o."]["dic"], "Petr Dvořák", "info@autoservis-dvorak.cz", "Wallbox 11 kW – instalace v RD jednatele, Kutná Hora",
        29900, 21, "Bankovním převodem", "", dict(label="B2B", ambiguous=True, kind="company", country="CZ"))
org("Mgr. Tereza Marková – advokátka", "sole_trader", "B2B", True, [("Wallbox 11 kW – dodávka a instalace, RD Jesenice", 26000, 33000, 12)], 0,
    "advokat.markova@seznam.cz", pay="Platební kartou")
_b = B[-1]
add_rec(_b["client"], _b["ico"], _b["dic"], "", _b["email"], _b["items"][0][0], 29400, 12, "Platební kartou", "",
        dict(label="B2B", ambiguous=True, kind="sole_trader", country="CZ"))
for t, amt in [("Servisní výjezd – výměna pojistky DC", 1850), ("Servisní výjezd", 2400), ("Prodej materiálu – solární kabel 6 mm² 50 m", 1390)]:
    add_rec("Drobní zákazníci – hotovost", "", "", "", "", t, amt, 21, "Hotově", "",
            dict(label="B2C", ambiguous=True, kind="catch_all_retail_account", country="CZ"))

# ------------------------------------------------------------------ dates, numbers, order
rng.shuffle(recs)
dates = sorted(date(2024, 3, 1) + timedelta(rng.randint(0, (today - date(2024, 3, 1)).days)) for _ in recs)
rows, labels = [], []
for i, (r, d) in enumerate(zip(recs, dates)):
    num = 240041 + i * 2 + rng.randint(0, 1)
    due = d + timedelta(rng.choice([14, 14, 14, 21, 30]) if r["pay"] == "Bankovním převodem" else 0)
    dzp = d - timedelta(rng.choice([0, 0, 0, 1, 2, 5]))
    gross = r["net"] if r["vat"] == 0 else round(r["net"] * (1 + r["vat"] / 100), 2)
    if r["pay"] in ("Platební kartou", "Hotově"):
        stav = "Uhrazeno"
    elif due < today - timedelta(10):
        stav = "Uhrazeno" if rng.random() < 0.93 else "Po splatnosti"
    else:
        stav = rng.choice(["Vystaveno", "Vystaveno", "Uhrazeno"])
    bc = f"OP-{d.year}-{112 + i * 3 + rng.randint(0, 2)}"
    bcn = r["title"]
    for sep in (", RD ", ", dílna", ", provozovna", " – "):
        bcn = bcn.split(sep)[0]
    rows.append([f"FV{num}", r["title"], r["client"], r["ico"] or None, r["dic"] or None, r["contact"] or None,
                 r["email"] or None, d, dzp, due, r["pay"], str(num), float(r["net"]), float(gross), "CZK", stav,
                 rng.choice(OWNERS), f"{bc} {bcn}" if r["client"] != "Drobní zákazníci – hotovost" else None, r["note"] or None])
    labels.append(r["meta"])

order = sorted(range(len(rows)), key=lambda k: rows[k][0], reverse=True)
rows = [rows[k] for k in order]
labels = [labels[k] for k in order]

wb = Workbook()
ws = wb.active
ws.title = "Faktury"
ws.append(COLS)
for c in ws[1]:
    c.font = Font(bold=True)
for r in rows:
    ws.append(r)
for row in ws.iter_rows(min_row=2):
    for c in row[7:10]:
        c.number_format = "d.m.yyyy"
    for c in row[12:14]:
        c.number_format = "#,##0.00"
ws.freeze_panes = "A2"
for col, wdt in zip("ABCDEFGHIJKLMNOPQRS", [12, 52, 44, 11, 13, 24, 30, 12, 12, 12, 18, 10, 14, 14, 6, 13, 18, 40, 50]):
    ws.column_dimensions[col].width = wdt
out = LAYOUTS / f"{LID}.xlsx"
wb.properties.creator = "RAYNET CRM"
import datetime as _dt
wb.properties.created = _dt.datetime(2024, 10, 31, 16, 5, 12)
wb.properties.modified = wb.properties.created
wb.save(out)
freeze_xlsx(out)
write_labels(LID, labels)
assert all(ico_ok(r[3]) for r in rows if r[3]), [r[3] for r in rows if r[3] and not ico_ok(r[3])]

write_key(LID, {
    "id": LID,
    "system": "RAYNET CRM – Faktury (vydané faktury), export seznamu do XLSX",
    "country": "CZ",
    "language": "cs",
    "docs": [
        "raynetcrm.com data-register page: every list (clients, business cases, quotes, orders, invoices) is exported to XLSX with the columns shown in the view; 'All columns' adds the registered fields",
        "RAYNET REST API model docs (wpify/raynet-sdk, InvoiceInsertDto / InvoiceEditDtoItemsInner / CompanyInsertDto): Czech UI labels of invoice fields – [Klient], [Název], [Datum vystavení], [Datum splatnosti], [Datum zdanitelného plnění], [Způsob úhrady], [Variabilní symbol], [Obchodní případ], [Poznámka pro příjemce]; client fields [IČ], [DIČ], natural-person clients ([Jedná se o fyzickou osobu])",
        "Czech VAT practice reflected in the amounts: 0 % on photovoltaics for family houses (from 2024), 12 % on heat pumps/installation in housing, reverse charge (§ 92e) on construction-assembly works for VAT-payer companies"
    ],
    "fields": {"buyer": "Klient", "product": "Název", "quantity": None, "amount": "Celkem s DPH", "tax_id": "IČ",
               "email": "E-mail", "payment": "Způsob úhrady", "comment": "Poznámka pro příjemce"},
    "also_ok": {"amount": ["Celkem bez DPH"], "tax_id": ["DIČ"], "buyer": ["Kontaktní osoba"], "product": ["Obchodní případ"]},
    "notes": ("XLSX, sheet 'Faktury', header in row 1, one row per issued invoice, newest invoice number first, no totals row. "
              "Dates are Excel dates (d.m.yyyy), amounts numeric CZK. Natural-person clients appear as 'Jméno Příjmení' or "
              "'Příjmení Jméno', sometimes with academic titles, without IČ/DIČ. 'Drobní zákazníci – hotovost' is a catch-all "
              "client for cash walk-in service calls. 'Vlastník' is the seller's salesperson, not the buyer. "
              "Reverse-charge invoices show Celkem s DPH = Celkem bez DPH.")
})
print(out, len(rows))
