"""Эвотор: отчёт по чекам (позиции чеков), XLSX, as downloaded from the owner's account."""
import random
from datetime import datetime, timedelta

from openpyxl import Workbook

import o_common as c

ID = "o_ru_evotor_cheki"
rng = random.Random(7101)

SHOP = "Хозтовары «Домовой»"
KASSY = ["Эвотор 7.2 №1", "Эвотор 7.2 №2"]
CASHIERS = ["Лаптева О. Н.", "Гарипова Р. Ф.", "Шестаков Д. А."]

GOODS = [  # name, article, unit, price
    ("Лампа светодиодная Gauss A60 12W E27 4100K", "GS-102502212", "шт", 189.0),
    ("Лампа светодиодная ЭРА LED A65-25W-840-E27", "ERA-B0035335", "шт", 215.0),
    ("Батарейки Duracell AA LR6 4 шт", "DUR-5000394", "уп", 449.0),
    ("Мешки для мусора 120 л 10 шт ПВД", "MUS-120-10", "уп", 159.0),
    ("Мешки для мусора 60 л 20 шт", "MUS-60-20", "уп", 99.0),
    ("Перчатки х/б с ПВХ 5 нитей", "PR-XB-5N", "пара", 39.0),
    ("Губки для посуды Paclan 5 шт", "PCL-409120", "уп", 89.0),
    ("Средство для мытья посуды Fairy 900 мл", "FRY-900", "шт", 269.0),
    ("Белизна 1 л", "BEL-1000", "шт", 79.0),
    ("Туалетная бумага Zewa Plus 8 рул", "ZW-144101", "уп", 349.0),
    ("Удлинитель Power Cube 3 розетки 3 м", "PC-3-3", "шт", 629.0),
    ("Скотч упаковочный 48 мм х 66 м прозрачный", "SK-48-66", "шт", 95.0),
    ("Клей Момент Монтаж 125 г", "MOM-1427", "шт", 389.0),
    ("Краска ВД-АК Текс Профи 14 кг белая", "TX-PROF-14", "шт", 2890.0),
    ("Валик малярный 180 мм с ручкой", "VAL-180", "шт", 249.0),
    ("Саморезы по дереву 3,5х35 500 шт", "SAM-3535", "уп", 319.0),
    ("Замок навесной Аллюр ВС1-40", "ZN-VS140", "шт", 459.0),
    ("Чайник электрический Scarlett SC-EK18P40", "SC-EK18P40", "шт", 1490.0),
    ("Сушилка для белья напольная Ника СБ1", "NK-SB1", "шт", 1790.0),
    ("Ведро пластиковое 12 л", "VD-12", "шт", 149.0),
    ("Швабра с отжимом Vileda SuperMocio", "VIL-137182", "шт", 1990.0),
    ("Тряпка для пола микрофибра 50х60", "TR-5060", "шт", 119.0),
    ("Освежитель воздуха Glade 300 мл", "GL-300", "шт", 219.0),
    ("Мыло жидкое Aura 5 л", "AUR-5000", "шт", 459.0),
    ("Салфетки бумажные 100 шт", "SAL-100", "уп", 69.0),
    ("Пакет-майка 30х55 100 шт", "PM-3055", "уп", 189.0),
    ("Хомут нейлоновый 200 мм 100 шт", "HM-200", "уп", 149.0),
    ("Изолента ПВХ 19 мм х 20 м синяя", "IZ-1920", "шт", 59.0),
]
HOUSEHOLD = ["Чайник электрический Scarlett SC-EK18P40", "Сушилка для белья напольная Ника СБ1",
             "Швабра с отжимом Vileda SuperMocio"]
GMAP = {g[0]: g for g in GOODS}

SURN = [("Иванов", "Иванова"), ("Смирнов", "Смирнова"), ("Кузнецов", "Кузнецова"), ("Попов", "Попова"),
        ("Сафонов", "Сафонова"), ("Мухаметшин", "Мухаметшина"), ("Белоусов", "Белоусова"),
        ("Зайцев", "Зайцева"), ("Ершов", "Ершова"), ("Карпов", "Карпова"), ("Шарипов", "Шарипова"),
        ("Волков", "Волкова"), ("Тарасов", "Тарасова"), ("Никитин", "Никитина")]
MALE = [("Андрей", "Викторович"), ("Сергей", "Александрович"), ("Дмитрий", "Игоревич"),
        ("Алексей", "Николаевич"), ("Рустам", "Ринатович"), ("Павел", "Сергеевич")]
FEMALE = [("Ольга", "Петровна"), ("Елена", "Владимировна"), ("Наталья", "Андреевна"),
          ("Гульнара", "Фаритовна"), ("Татьяна", "Юрьевна"), ("Ирина", "Михайловна")]


TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
              ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
               "t", "u", "f", "h", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"]))


def translit(s):
    return "".join(TR.get(ch, ch) for ch in s)


def person():
    s = rng.choice(SURN)
    if rng.random() < 0.5:
        n, p = rng.choice(MALE)
        return s[0], n, p
    n, p = rng.choice(FEMALE)
    return s[1], n, p


receipts = []  # dict(buyer, inn, contact, pay, type, lines, label, amb, kind)


def add(lines, label="B2C", amb=False, kind="anonymous_retail", buyer="", inn="", contact="",
        pay=None, typ="Приход"):
    receipts.append(dict(lines=lines, label=label, amb=amb, kind=kind, buyer=buyer, inn=inn,
                         contact=contact, pay=pay or rng.choice(["Наличные", "Банковская карта",
                                                                  "Банковская карта", "СБП"]),
                         typ=typ))


def rnd_lines(n_max=3, pool=None):
    pool = pool or [g for g in GOODS if g[0] not in HOUSEHOLD]
    out = []
    for g in rng.sample(pool, rng.randint(1, n_max)):
        q = 1 if g[3] > 500 else rng.choice([1, 1, 1, 2, 2, 3])
        out.append((g[0], q))
    return out


# 1. anonymous retail
for _ in range(62):
    add(rnd_lines(3))
# anonymous with a household item
for _ in range(6):
    add([(rng.choice(HOUSEHOLD), 1)] + rnd_lines(1))
# returns
for _ in range(3):
    add(rnd_lines(1), typ="Возврат прихода")
# 2. persons who asked for an e-receipt (phone/email), plain B2C
for _ in range(8):
    s, n, p = person()
    mail = rng.choice([f"{n.lower()[:3]}{rng.randint(70, 99)}@mail.ru", f"+7 912 {rng.randint(100,999)}-{rng.randint(10,99)}-{rng.randint(10,99)}",
                       f"{s.lower()}.{rng.randint(1,99)}@yandex.ru", f"+7 922 {rng.randint(100,999)}-{rng.randint(10,99)}-{rng.randint(10,99)}"])
    mail = translit(mail)
    add(rnd_lines(3), buyer=rng.choice([f"{s} {n} {p}", f"{s} {n[0]}. {p[0]}.", ""]), contact=mail,
        kind="private_person")
# person with a government e-mail buying household goods -> B2C, ambiguous
add([("Сушилка для белья напольная Ника СБ1", 1), ("Мешки для мусора 60 л 20 шт", 2)],
    buyer="Тарасова Елена Владимировна", contact="e.tarasova@egov66.ru", amb=True,
    kind="person_gov_email", pay="Банковская карта")
add([("Чайник электрический Scarlett SC-EK18P40", 1)], buyer="", contact="d.ershov@ekadm.ru",
    amb=True, kind="person_gov_email", pay="СБП")
# person name only, thin
add([("Замок навесной Аллюр ВС1-40", 1)], buyer="КАРПОВ", kind="private_person_thin")

# 3. sole traders (ИП)
ips = []
for _ in range(4):
    s, n, p = person()
    ips.append((f"ИП {s} {n} {p}", c.rand_inn12(rng)))
for nm, inn in ips:
    add([(rng.choice(["Мешки для мусора 120 л 10 шт ПВД", "Перчатки х/б с ПВХ 5 нитей", "Пакет-майка 30х55 100 шт"]), rng.choice([10, 20, 30])),
         (rng.choice(["Мыло жидкое Aura 5 л", "Белизна 1 л", "Туалетная бумага Zewa Plus 8 рул"]), rng.choice([4, 6, 10]))],
        label="B2B", kind="sole_trader", buyer=nm, inn=inn, pay="Банковская карта")
# repeat for one ИП
add([("Пакет-майка 30х55 100 шт", 15), ("Скотч упаковочный 48 мм х 66 м прозрачный", 12)], label="B2B",
    kind="sole_trader", buyer=ips[0][0], inn=ips[0][1], pay="Банковская карта")
# ИП buys one household item by card, no documents -> B2B ambiguous
add([("Швабра с отжимом Vileda SuperMocio", 1)], label="B2B", amb=True, kind="sole_trader_household",
    buyer=ips[2][0].upper(), inn=ips[2][1], pay="Банковская карта")
add([("Чайник электрический Scarlett SC-EK18P40", 1)], label="B2B", amb=True, kind="sole_trader_household",
    buyer=f"ИП {person()[0]} Р.Р.", inn=c.rand_inn12(rng), pay="СБП")

# 4. companies
SMU_INN = c.rand_inn10(rng)
comps = [("ООО \"УК \"Уральский Дом\"", "zakupki@uraldom-uk.ru"), ("ООО «Клининг Плюс»", "office@cleanplus66.ru"),
         ("ООО «СтройМонтаж-Урал»", ""), ("АО \"Уралтрансмаш\"", ""), ("ООО ТК \"ВЕКТОР\"", "buh@vector-tk.ru"),
         ("ТСЖ «Малышева 84»", "")]
for nm, mail in comps:
    kind = "homeowners_association" if nm.startswith("ТСЖ") else "company"
    inn = SMU_INN if "СтройМонтаж" in nm else c.rand_inn10(rng)
    add([(rng.choice(["Лампа светодиодная ЭРА LED A65-25W-840-E27", "Лампа светодиодная Gauss A60 12W E27 4100K"]), rng.choice([20, 30, 50])),
         (rng.choice(["Саморезы по дереву 3,5х35 500 шт", "Хомут нейлоновый 200 мм 100 шт", "Изолента ПВХ 19 мм х 20 м синяя"]), rng.choice([5, 10])),
         (rng.choice(["Перчатки х/б с ПВХ 5 нитей", "Мешки для мусора 120 л 10 шт ПВД"]), rng.choice([20, 40]))],
        label="B2B", kind=kind, buyer=nm, inn=inn, contact=mail, pay=rng.choice(["Банковская карта", "Банковская карта", "Наличные"]))
add([("Краска ВД-АК Текс Профи 14 кг белая", 6), ("Валик малярный 180 мм с ручкой", 6)], label="B2B",
    kind="company", buyer="ООО «СтройМонтаж-Урал»", inn=SMU_INN, pay="Банковская карта")
# state-owned company, no procurement rules shown -> plain B2B
add([("Мыло жидкое Aura 5 л", 4), ("Мешки для мусора 120 л 10 шт ПВД", 10), ("Тряпка для пола микрофибра 50х60", 10)],
    label="B2B", kind="state_owned_company", buyer="АО «Почта России» ОПС 620075", inn="7724490000",
    pay="Банковская карта")
# company orders made only of household goods in household quantities -> B2B ambiguous
add([("Чайник электрический Scarlett SC-EK18P40", 1), ("Сушилка для белья напольная Ника СБ1", 1),
     ("Швабра с отжимом Vileda SuperMocio", 1)], label="B2B", amb=True, kind="company_household",
    buyer="ООО \"Стоматология Дента-Люкс\"", inn=c.rand_inn10(rng), pay="Банковская карта")
# person paying for an organisation (org ИНН on a person's name) -> B2B ambiguous
add([("Лампа светодиодная Gauss A60 12W E27 4100K", 10), ("Удлинитель Power Cube 3 розетки 3 м", 3),
     ("Изолента ПВХ 19 мм х 20 м синяя", 5)], label="B2B", amb=True, kind="person_paying_for_company",
    buyer="Белоусов Алексей Николаевич", inn=c.rand_inn10(rng), pay="Банковская карта")
# private person buying 40 identical items -> B2C ambiguous
add([("Батарейки Duracell AA LR6 4 шт", 40)], label="B2C", amb=True, kind="private_person_bulk",
    buyer="Никитин Сергей", contact="+7 908 631-44-20", pay="Банковская карта")
add([("Удлинитель Power Cube 3 розетки 3 м", 25), ("Лампа светодиодная Gauss A60 12W E27 4100K", 40)],
    label="B2C", amb=True, kind="private_person_bulk", contact="nikolay.popov84@gmail.com", pay="СБП")
# person with company e-mail buying household goods -> B2C ambiguous
add([("Сушилка для белья напольная Ника СБ1", 1), ("Освежитель воздуха Glade 300 мл", 2),
     ("Губки для посуды Paclan 5 шт", 1)], label="B2C", amb=True, kind="person_company_email",
    buyer="Шарипова Гульнара", contact="g.sharipova@uralchem.ru", pay="Банковская карта")
# ИП buying household goods only -> B2B ambiguous
add([("Швабра с отжимом Vileda SuperMocio", 1), ("Ведро пластиковое 12 л", 1), ("Средство для мытья посуды Fairy 900 мл", 1)],
    label="B2B", amb=True, kind="sole_trader_household", buyer="ИП Никитина Т.Ю.", inn=c.rand_inn12(rng),
    pay="Банковская карта")
# company buys one household item -> B2B ambiguous
add([("Чайник электрический Scarlett SC-EK18P40", 1)], label="B2B", amb=True, kind="company_household",
    buyer="ООО \"Альфа-Сервис\"", inn=c.rand_inn10(rng), pay="Банковская карта")
add([("Сушилка для белья напольная Ника СБ1", 1)], label="B2B", amb=True, kind="company_household",
    buyer="ООО «Оптима»", inn=c.rand_inn10(rng), contact="info@optima-ekb.ru", pay="Банковская карта")
# organisation role mailbox only, no name -> organisation, B2B (not ambiguous)
add([("Мыло жидкое Aura 5 л", 6), ("Туалетная бумага Zewa Plus 8 рул", 10)], label="B2B", kind="company_role_mailbox",
    contact="zakupki@uralenergo-service.ru", pay="Банковская карта")

# 5. budget institutions (B2G)
gov = [("МАОУ СОШ № 23", "school"), ("МБДОУ - детский сад № 514", "kindergarten"),
       ("ГАУЗ СО \"ЦГБ № 7 г. Екатеринбург\"", "public_hospital"), ("МКУ \"Центр бухгалтерского обслуживания\"", "municipal_agency"),
       ("Администрация Кировского района города Екатеринбурга", "municipality"), ("ГБУК СО «Свердловская областная универсальная научная библиотека им. В.Г. Белинского»", "state_institution")]
for nm, kind in gov:
    add([(rng.choice(["Лампа светодиодная Gauss A60 12W E27 4100K", "Батарейки Duracell AA LR6 4 шт", "Мыло жидкое Aura 5 л"]), rng.choice([10, 12, 20])),
         (rng.choice(["Белизна 1 л", "Тряпка для пола микрофибра 50х60", "Мешки для мусора 120 л 10 шт ПВД"]), rng.choice([10, 15]))],
        label="B2G", kind=kind, buyer=nm, inn=c.rand_inn10(rng), pay=rng.choice(["Банковская карта", "Банковская карта", "Наличные"]))
# school buys one kettle -> B2G ambiguous
add([("Чайник электрический Scarlett SC-EK18P40", 1)], label="B2G", amb=True, kind="school_household",
    buyer="МБОУ СОШ № 9", inn=c.rand_inn10(rng), pay="Банковская карта")
add([("Сушилка для белья напольная Ника СБ1", 1), ("Чайник электрический Scarlett SC-EK18P40", 1)], label="B2G",
    amb=True, kind="kindergarten_household", buyer="МАДОУ детский сад № 39", inn=c.rand_inn10(rng), pay="Наличные")

rng.shuffle(receipts)

# ---------- render ----------
wb = Workbook()
ws = wb.active
ws.title = "Чеки"
ws.append(["Отчёт по чекам"])
ws.append([f"Магазин: {SHOP}, г. Екатеринбург, ул. Щорса, 105"])
ws.append(["Период: 01.03.2025 — 31.03.2025"])
ws.append([])
HEAD = ["Дата", "Время", "Магазин", "Касса", "Смена", "Номер чека", "Тип чека", "Кассир", "Наименование",
        "Артикул", "Количество", "Ед. изм.", "Цена", "Скидка", "Сумма", "Ставка НДС", "Вид оплаты",
        "Покупатель", "ИНН покупателя", "Телефон или e-mail покупателя"]
ws.append(HEAD)
labels = []
t = datetime(2025, 3, 1, 9, 5)
chk = {k: 1 for k in KASSY}
total = 0.0
for r in receipts:
    t += timedelta(minutes=rng.randint(20, 340))
    if t.hour >= 21:
        t = t.replace(hour=9, minute=rng.randint(0, 30)) + timedelta(days=1)
    kassa = rng.choice(KASSY)
    smena = (t - datetime(2025, 3, 1)).days + 112
    num = chk[kassa]
    chk[kassa] += 1
    cashier = rng.choice(CASHIERS)
    sign = -1 if r["typ"].startswith("Возврат") else 1
    for name, q in r["lines"]:
        g = GMAP[name]
        disc = round(g[3] * q * 0.05, 2) if (q >= 10 and rng.random() < 0.5) else 0.0
        amt = round(g[3] * q - disc, 2)
        total += sign * amt
        ws.append([t.strftime("%d.%m.%Y"), t.strftime("%H:%M:%S"), SHOP, kassa, smena, num, r["typ"], cashier,
                   name, g[1], q, g[2], g[3], disc, amt, "Без НДС", r["pay"], r["buyer"] or None,
                   r["inn"] or None, r["contact"] or None])
        labels.append(dict(label=r["label"], amb=r["amb"], kind=r["kind"], country="RU"))
ws.append([])
ws.append(["Итого", None, None, None, None, None, None, None, None, None, None, None, None, None, round(total, 2)])
c.LAYOUTS.mkdir(parents=True, exist_ok=True)
c.save_xlsx(wb, c.LAYOUTS / f"{ID}.xlsx")
c.write_labels(ID, labels)

c.write_key(ID, {
    "id": ID,
    "system": "Эвотор — личный кабинет, отчёт по чекам (позиции чеков), выгрузка в Excel",
    "country": "RU",
    "language": "ru",
    "docs": [
        "docs.evotor.online, Open API облачной кассы (АТОЛ-Онлайн коннектор): receipt.client has name, inn, email, phone; items have name, price, quantity, sum, vat, payment_method — gave the buyer columns (покупатель, ИНН покупателя, телефон/e-mail) and the per-position rows",
        "Public how-to pages on Эвотор shift reports (смена opens with the first sale, Z-отчёт on closing): gave the Смена / Касса / Номер чека columns",
        "Exact column titles of the Excel report were not found in public documentation; titles follow the receipt requisites' Russian names"
    ],
    "fields": {"buyer": "Покупатель", "product": "Наименование", "quantity": "Количество", "amount": "Сумма",
               "tax_id": "ИНН покупателя", "email": "Телефон или e-mail покупателя", "payment": "Вид оплаты",
               "comment": None},
    "also_ok": {"amount": ["Цена"]},
    "notes": "XLSX, one sheet; three title lines and a blank line above the header (header on row 5); one row per receipt position, receipt fields repeated on each position; a receipt is identified by Касса + Смена + Номер чека; a blank line and an 'Итого' line close the sheet (not records). Most receipts have no buyer: anonymous retail. 'Возврат прихода' rows are refunds, still anonymous retail. Buyer name/ИНН appear only when the cashier entered them (FFD 1.2 tags 1227/1228)."
})
print(ID, len(labels))
