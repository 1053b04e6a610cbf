"""Реєстр договорів постачальника (ProZorro + приватні замовлення), CSV ';' UTF-8 BOM. Seeded."""
import csv
import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e_common import LAYOUTS, edrpou, rnokpp, write_key  # noqa: E402

ID = "e_ua_prozorro_dohovory"
rng = random.Random(6303)

HEAD = ["№ з/п", "Дата укладення", "Номер договору", "Ідентифікатор закупівлі", "Вид процедури", "Замовник",
        "Код ЄДРПОУ замовника", "Тип замовника", "Предмет договору", "Код ДК 021:2015", "Кількість", "Од. виміру",
        "Ціна за од., грн", "Сума договору, грн", "у т.ч. ПДВ, грн", "Статус", "Контактна особа", "E-mail",
        "Умови оплати", "Примітка"]

GOODS = [("Папір офісний A4 80 г/м2 Double A, 500 арк.", "30197630-1", "пачка", 268.0),
         ("Папір для друку Navigator Universal A4, 500 арк.", "30197630-1", "пачка", 312.0),
         ("Картридж HP 59A CF259A", "30125100-2", "шт", 4380.0),
         ("Тонер-картридж Canon 057", "30125100-2", "шт", 3650.0),
         ("Ноутбук Lenovo IdeaPad 3 15IAU7", "30213100-6", "шт", 23999.0),
         ("Принтер лазерний HP LaserJet Pro 4003dn", "30232110-8", "шт", 15490.0),
         ("Канцелярське приладдя (ручки, олівці, степлери, скоби)", "30192000-1", "послуга/набір", 0),
         ("Рушники паперові Tork Universal H3, 250 шт.", "33760000-5", "упаковка", 62.0),
         ("Папір туалетний Ruta Professional, 8 рул.", "33760000-5", "упаковка", 128.0),
         ("Засоби мийні та чистячі (Domestos, Gala, Pro Service)", "39830000-9", "набір", 0),
         ("Рукавички нітрилові оглядові, розмір M, 100 шт.", "18424000-7", "упаковка", 215.0),
         ("Флеш-накопичувач Kingston DataTraveler 64 GB", "30237000-9", "шт", 289.0)]
HOUSE = [("Електрочайник Tefal KO200130", "39710000-2", "шт", 1199.0),
         ("Мікрохвильова піч Samsung MS23K3614AW", "39710000-2", "шт", 5299.0),
         ("Телевізор Samsung UE43CU7100UXUA", "32320000-2", "шт", 15999.0),
         ("Обігрівач масляний Ardesto OFH-07X1", "39710000-2", "шт", 2299.0),
         ("Пилосос Rowenta RO2981EA", "39710000-2", "шт", 3899.0)]

GOV = [("Виконавчий комітет Львівської міської ради", "city-adm.lviv.ua", "municipality"),
       ("Департамент освіти і науки виконавчого органу Київської міської ради (КМДА)", "kyivcity.gov.ua", "municipality"),
       ("Управління освіти Дніпровської міської ради", "dniprorada.gov.ua", "municipality"),
       ("Броварська міська рада Броварського району Київської області", "brovary-rada.gov.ua", "municipality"),
       ("Ірпінська міська рада", "irpinrada.gov.ua", "municipality"),
       ("КНП «Київська міська клінічна лікарня № 1» ВО КМР (КМДА)", "gmail.com", "public_hospital"),
       ("КНП «Міська клінічна лікарня № 4» Дніпровської міської ради", "ukr.net", "public_hospital"),
       ("КНП «Центр первинної медико-санітарної допомоги № 2» Броварської міської ради", "ukr.net", "public_hospital"),
       ("Ліцей № 100 «Поділ» Подільського району м. Києва", "ukr.net", "public_school"),
       ("Львівський ліцей № 52 Львівської міської ради", "ukr.net", "public_school"),
       ("Заклад дошкільної освіти (ясла-садок) № 585 Дніпровського району м. Києва", "ukr.net", "municipal_kindergarten"),
       ("Національний університет «Львівська політехніка»", "lpnu.ua", "public_university"),
       ("Київський національний університет імені Тараса Шевченка", "knu.ua", "public_university"),
       ("Головне управління ДПС у м. Києві", "tax.gov.ua", "state_agency"),
       ("Головне управління Національної поліції в Київській області", "police.gov.ua", "police"),
       ("Військова частина А4104", "post.mil.gov.ua", "armed_forces"),
       ("Державна служба України з надзвичайних ситуацій", "dsns.gov.ua", "state_agency"),
       ("Головне управління Пенсійного фонду України в Київській області", "pfu.gov.ua", "state_agency"),
       ("ДП «Ліси України»", "forest.gov.ua", "state_enterprise"),
       ("ДП «Антонов»", "antonov.com", "state_enterprise"),
       ("КП «Київтеплоенерго»", "kte.kmda.gov.ua", "municipal_enterprise"),
       ("КП «Львівводоканал»", "lvivvodokanal.com.ua", "municipal_enterprise")]
KIND_UA = {"municipality": "Юридична особа, яка забезпечує потреби держави або територіальної громади",
           "state_enterprise": "Юридична особа, яка здійснює діяльність в одній або декількох окремих сферах господарювання",
           "municipal_enterprise": "Юридична особа, яка здійснює діяльність в одній або декількох окремих сферах господарювання",
           "armed_forces": "Замовник, що здійснює закупівлі для потреб оборони"}
SOE = [("АТ «Укрзалізниця»", "uz.gov.ua"), ("АТ «Укрпошта»", "ukrposhta.ua"), ("АТ «Ощадбанк»", "oschadbank.ua"),
       ("НАК «Нафтогаз України»", "naftogaz.com")]
TOV = [("ТОВ «Епіцентр К»", "epicentrk.com"), ("ТОВ «Нова Пошта»", "novaposhta.ua"), ("ТОВ «Агро-Лідер Україна»", "agroleader.ua"),
       ("ТОВ \"БУДМАЙСТЕР-ПЛЮС\"", "budmaister.com.ua"), ("ТОВ «Медичний центр «Добробут»»", "dobrobut.com"),
       ("ПрАТ «Оболонь»", "obolon.ua"), ("ТОВ «ІТ Солюшнс Груп»", "itsg.com.ua"), ("ТОВ «Сільпо-Фуд»", "silpo.ua"),
       ("ТОВ «Приватна школа «Афіна»»", "athena-school.com.ua"), ("ТОВ «Бухгалтерська фірма «Аудит-Сервіс»»", "audit-service.com.ua")]
UA_SUR = ["Коваленко", "Бондаренко", "Шевченко", "Ткаченко", "Кравченко", "Мельник", "Бойко", "Олійник", "Поліщук",
          "Лисенко", "Мороз", "Савченко", "Марченко", "Руденко", "Петренко", "Гончаренко", "Кравчук", "Павленко"]
M_FIRST = ["Олександр", "Андрій", "Сергій", "Дмитро", "Василь", "Юрій", "Богдан", "Тарас", "Олег", "Ігор"]
F_FIRST = ["Олена", "Наталія", "Ірина", "Оксана", "Тетяна", "Світлана", "Юлія", "Марія", "Катерина", "Галина"]
PATR_M = ["Олександрович", "Миколайович", "Петрович", "Іванович", "Васильович", "Сергійович"]
PATR_F = ["Олександрівна", "Миколаївна", "Петрівна", "Іванівна", "Василівна", "Сергіївна"]
LAT = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'", ["a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i",
                                                      "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia", ""]))


def lat(s):
    return "".join(LAT.get(c, c) for c in s.lower())


def ua_person():
    fem = rng.random() < 0.55
    s = rng.choice(UA_SUR)
    f = rng.choice(F_FIRST if fem else M_FIRST)
    p = rng.choice(PATR_F if fem else PATR_M)
    return s, f, p


rows = []


def add(buyer, code, btype, goods, qty, label, amb, kind, proc="", tender=True, email="", contact="", pay="", note="", country="UA"):
    rows.append(dict(buyer=buyer, code=code, btype=btype, goods=goods, qty=qty, label=label, amb=amb, kind=kind, proc=proc,
                     tender=tender, email=email, contact=contact, pay=pay, note=note, country=country))


PROCS = ["Відкриті торги з особливостями", "Закупівля без використання електронної системи", "Закупівля без використання електронної системи",
         "Спрощена закупівля", "Закупівля через електронний каталог"]
PAY_G = ["Оплата протягом 30 календарних днів з дати поставки", "Оплата протягом 10 банківських днів після поставки",
         "Відстрочка платежу до 60 днів, у міру надходження бюджетних коштів", "Оплата за фактом поставки на підставі видаткової накладної"]


def qty_for(g):
    if g[3] == 0:
        return 1
    return rng.choice([2, 3, 5, 10]) if g[3] > 2000 else rng.choice([20, 50, 100, 200, 400])


for _ in range(5):
    for name, dom, kind in GOV:
        if rng.random() < 0.72:
            s, f, p = ua_person()
            g = rng.choice(GOODS)
            email = (lat(s) + "." + lat(f)[0] + "@" + dom) if dom in ("gmail.com", "ukr.net") else rng.choice(["zakupivli", "tender", "office"]) + "@" + dom
            add(name, edrpou(rng), KIND_UA.get(kind, KIND_UA["municipality"]), g, qty_for(g), "B2G", False, kind,
                proc=rng.choice(PROCS), email=email, contact=f"{s} {f} {p}", pay=rng.choice(PAY_G))
for name, dom in SOE:
    for _ in range(2):
        g = rng.choice(GOODS)
        s, f, p = ua_person()
        add(name, edrpou(rng), KIND_UA["state_enterprise"], g, qty_for(g), "B2B", True, "state_owned_company",
            proc=rng.choice(PROCS[:2] + ["Відкриті торги з особливостями"]), email="zakupivli@" + dom, contact=f"{s} {f}",
            pay=rng.choice(PAY_G))
for name, dom in TOV:
    for _ in range(rng.choice([2, 3, 3])):
        g = rng.choice(GOODS)
        s, f, p = ua_person()
        add(name, edrpou(rng), "", g, qty_for(g), "B2B", False, "company", proc="Приватне замовлення", tender=False,
            email=rng.choice(["office", "buh", lat(s)]) + "@" + dom, contact=f"{s} {f}",
            pay=rng.choice(["Передоплата 100% на підставі рахунку", "Оплата протягом 5 банківських днів на підставі рахунку"]))
# FOP under private orders
for _ in range(12):
    s, f, p = ua_person()
    nm = rng.choice([f"ФОП {s} {f} {p}", f"ФОП {s} {f[0]}.{p[0]}.", f"Фізична особа-підприємець {s} {f} {p}"])
    g = rng.choice(GOODS)
    add(nm, rnokpp(rng), "", g, qty_for(g), "B2B", False, "sole_trader", proc="Приватне замовлення", tender=False,
        email=lat(s) + "." + lat(f) + rng.choice(["@gmail.com", "@ukr.net", "@i.ua"]), contact="",
        pay=rng.choice(["Передоплата 100% на підставі рахунку", "Оплата на розрахунковий рахунок за рахунком"]))
# non-profits
for nm, kind, dom in [("ОСББ «Паркова 12»", "homeowners_association", "gmail.com"),
                      ("Благодійний фонд «Повернись живим»", "charity", "savelife.in.ua"),
                      ("Товариство Червоного Хреста України", "national_red_cross", "redcross.org.ua"),
                      ("Релігійна організація «Парафія Святого Миколая УГКЦ м. Львова»", "religious_organisation", "ukr.net")]:
    g = rng.choice(GOODS)
    add(nm, edrpou(rng), "", g, qty_for(g), "B2B", False, kind, proc="Приватне замовлення", tender=False,
        email="office@" + dom if dom not in ("gmail.com", "ukr.net") else "osbb.parkova12@gmail.com", pay="Оплата на підставі рахунку")
# international orgs -> B2B ambiguous
add("Представництво Управління Верховного комісара ООН у справах біженців в Україні (UNHCR)", edrpou(rng), "",
    GOODS[4], 12, "B2B", True, "international_org", proc="Приватне замовлення", tender=False, email="ukrki@unhcr.org",
    pay="Net 30 days after delivery, PO 2025/UKR/0412", country="UA")
add("Міжнародний комітет Червоного Хреста, делегація в Україні", edrpou(rng), "", GOODS[0], 300, "B2B", True,
    "international_org", proc="Приватне замовлення", tender=False, email="kie_kyiv@icrc.org", pay="Оплата протягом 30 днів, PO")
# ambiguous B2G: school buys one kettle
add("Ліцей № 100 «Поділ» Подільського району м. Києва", edrpou(rng), KIND_UA["municipality"], HOUSE[0], 1, "B2G", True,
    "public_school_household_item", proc="Закупівля без використання електронної системи", email="licey100@ukr.net",
    pay="Оплата за фактом поставки")
add("Заклад дошкільної освіти (ясла-садок) № 585 Дніпровського району м. Києва", edrpou(rng), KIND_UA["municipality"],
    HOUSE[1], 1, "B2G", True, "municipal_kindergarten_household_item", proc="Закупівля без використання електронної системи",
    email="dnz585@ukr.net", pay="Оплата протягом 10 банківських днів")
# company buys one household item
add("ТОВ «ІТ Солюшнс Груп»", edrpou(rng), "", HOUSE[2], 1, "B2B", True, "company_household_item", proc="Приватне замовлення",
    tender=False, email="office@itsg.com.ua", pay="Оплата карткою")
# FOP buying TV by card, delivery to home
s, f, p = ua_person()
add(f"ФОП {s} {f} {p}", rnokpp(rng), "", HOUSE[2], 1, "B2B", True, "sole_trader_personal_purchase", proc="Приватне замовлення",
    tender=False, email=lat(s) + "@gmail.com", pay="Оплата карткою, доставка Нова Пошта на відділення")
# persons
for _ in range(9):
    s, f, p = ua_person()
    nm = rng.choice([f"{s} {f} {p}", f"Фізична особа {s} {f}", f"{s.upper()} {f.upper()} {p.upper()}", f"{s}, {f}"])
    g = rng.choice(HOUSE + [GOODS[4], GOODS[5]])
    add(nm, rng.choice(["", rnokpp(rng)]), "", g, 1, "B2C", False, "private_person", proc="Приватне замовлення", tender=False,
        email=lat(s) + rng.choice(["@gmail.com", "@ukr.net", "@i.ua"]), pay=rng.choice(["Оплата карткою", "Накладений платіж (Нова Пошта)"]))
s, f, p = ua_person()
add(f"{s} {f} {p}", "", "", HOUSE[2], 1, "B2C", True, "private_person_gov_email", proc="Приватне замовлення", tender=False,
    email=lat(s) + "." + lat(f)[0] + "@kyivcity.gov.ua", pay="Оплата карткою", note="Доставка додому, вул. Героїв Дніпра, 38, кв. 112")
s, f, p = ua_person()
add(f"{s} {f} {p}", "", "", HOUSE[4], 1, "B2C", True, "private_person_mil_email", proc="Приватне замовлення", tender=False,
    email=lat(s) + "@post.mil.gov.ua", pay="Оплата карткою")
s, f, p = ua_person()
add(f"{s} {f} {p}", "", "", GOODS[11], 60, "B2C", True, "private_person_bulk", proc="Приватне замовлення", tender=False,
    email=lat(s) + "@ukr.net", pay="Оплата карткою")
s, f, p = ua_person()
add(f"{s} {f}", "", "", GOODS[2], 8, "B2B", True, "private_person_resale", proc="Приватне замовлення", tender=False,
    email=lat(s) + "@gmail.com", pay="Оплата карткою", note="Для перепродажу, просить знижку як для дилера")
# thin records
add("", "", "", GOODS[0], 100, "B2B", True, "thin_record", proc="", tender=False)
add("", "", "", HOUSE[3], 1, "B2C", True, "thin_record", proc="", tender=False)

rng.shuffle(rows)
LAYOUTS.mkdir(parents=True, exist_ok=True)
labels = []
d0 = date(2025, 1, 13)


def ua_num(x):
    return f"{x:.2f}".replace(".", ",")


with open(LAYOUTS / f"{ID}.csv", "w", encoding="utf-8-sig", newline="") as fh:
    w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(HEAD)
    for i, r in enumerate(rows, 1):
        d0 += timedelta(days=rng.choice([0, 1, 1, 2, 3]))
        g, q = r["goods"], r["qty"]
        price = g[3] if g[3] else float(rng.choice([3450, 8760, 12480, 19900, 27650]))
        total = round(price * q, 2)
        vat = round(total / 6, 2)
        tid = ""
        if r["tender"]:
            tid = f"UA-{d0:%Y-%m-%d}-{rng.randint(1, 12999):06d}-{rng.choice('abcd')}"
        if r["kind"] == "thin_record":
            num = f"{rng.randint(100, 999)}/25"
        else:
            num = rng.choice([f"{rng.randint(1, 480)}/25", f"ПЗ-{rng.randint(10, 999)}", f"{rng.randint(1, 99)}-Т"])
        qty = "" if g[3] == 0 else str(q)
        unit = "" if g[3] == 0 else g[2]
        pr = "" if g[3] == 0 else ua_num(price)
        status = rng.choice(["Підписаний"] * 4 + ["Виконаний", "Виконаний"]) if r["kind"] != "thin_record" else ""
        w.writerow([i, d0.strftime("%d.%m.%Y"), num, tid, r["proc"], r["buyer"], r["code"], r["btype"], g[0], g[1],
                    qty, unit, pr, ua_num(total), ua_num(vat), status, r["contact"], r["email"], r["pay"], r["note"]])
        labels.append(dict(label=r["label"], amb=r["amb"], kind=r["kind"], country=r["country"]))

meta = {
    "id": ID,
    "system": "Реєстр договорів постачальника (ProZorro-договори та приватні замовлення), експорт у CSV для Excel",
    "country": "UA",
    "language": "uk",
    "docs": [
        "openprocurement.api docs (github openprocurement/openprocurement.api, docs/source/standard/contract.rst; ProzorroUKR econtract.rst): a ProZorro contract carries contractID/contractNumber, title, items, value (amount incl. VAT flag), dateSigned, status, suppliers, buyer/procuringEntity — gave the per-contract columns (номер, дата підписання, предмет, сума, статус, замовник з кодом ЄДРПОУ).",
        "Prozorro tender IDs have the form UA-YYYY-MM-DD-NNNNNN-x (glama.ai prozorro_get_contract description) — used for 'Ідентифікатор закупівлі'.",
        "The supplier-side register itself (column captions, ';' delimiter, UTF-8 with BOM, comma decimals) is my reading of a Ukrainian supplier's Excel/CSV register, not a documented export."
    ],
    "fields": {"buyer": "Замовник", "product": "Предмет договору", "quantity": "Кількість", "amount": "Сума договору, грн",
               "tax_id": "Код ЄДРПОУ замовника", "email": "E-mail", "payment": "Умови оплати", "comment": "Примітка"},
    "also_ok": {"amount": ["Ціна за од., грн"], "buyer": ["Контактна особа"]},
    "notes": "CSV, ';' delimiter, UTF-8 with BOM, CRLF, comma decimal mark, dates dd.mm.yyyy. One row per contract, header in line 1, no totals. 'Код ЄДРПОУ замовника' holds an 8-digit ЄДРПОУ for organisations and a 10-digit РНОКПП for ФОП / persons when given. 'Тип замовника' is the ProZorro procuring-entity kind, empty for private orders ('Вид процедури' = 'Приватне замовлення'). Amounts include VAT (20%, shown in 'у т.ч. ПДВ, грн')."
}
write_key(ID, meta, labels)
print(ID, len(labels), "rows")
