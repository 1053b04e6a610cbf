"""ROZETKA Маркетплейс: замовлення продавця, вивантаження в Excel (рядок на товар у замовленні)."""
import random
from datetime import datetime, timedelta

from openpyxl import Workbook

import o_common as c

ID = "o_ua_rozetka_zamovlennia"
rng = random.Random(7303)

GOODS = [  # name, code, price, household?
    ("Зарядна станція EcoFlow RIVER 2 (256 Вт·год)", "358674921", 9999, True),
    ("Зарядна станція EcoFlow DELTA 2 (1024 Вт·год)", "358674915", 38999, False),
    ("Павербанк Baseus Bipow 20000 mAh 20W чорний", "296418725", 849, True),
    ("Ліхтар акумуляторний Videx VLF-A505C 5500 лм", "318224507", 2399, True),
    ("ДБЖ LogicPower LPM-U1100VA", "24880513", 3199, False),
    ("Роутер TP-Link Archer C6", "168201446", 1449, True),
    ("Чайник електричний Tefal KO693110", "275104312", 1899, True),
    ("Мультиварка Tefal RK745134", "263507118", 5499, True),
    ("Пилосос Rowenta X-Force Flex 8.60 RH9637WO", "327005418", 11999, True),
    ("Обігрівач масляний Ardesto OFH-11X1", "301288745", 2799, True),
    ("Кавоварка ріжкова De'Longhi ECP 33.21", "105622481", 5999, True),
    ("Мікрохвильова піч Samsung MS23K3513AW", "41230057", 4699, True),
    ("Ноутбук Lenovo IdeaPad Slim 3 15IRU8 (82X7003KRA)", "380917223", 24999, False),
    ("Монітор 23.8\" Philips 241V8LA/00", "302741955", 3899, False),
    ("БФП Canon i-SENSYS MF3010", "4416892", 8999, False),
    ("Папір офісний Double A A4 80 г/м² 500 арк.", "7711204", 349, False),
    ("Подовжувач Gembird 5 розеток 3 м", "15327819", 399, True),
    ("Генератор бензиновий Könner & Söhnen KS 3000", "31488016", 19999, False),
]
GM = {g[0]: g for g in GOODS}
HOME = [g[0] for g in GOODS if g[3]]
OFFICE = [g[0] for g in GOODS if not g[3]]

SURN = ["Коваленко", "Бондаренко", "Ткаченко", "Шевченко", "Кравченко", "Олійник", "Мельник", "Поліщук", "Савчук",
        "Лисенко", "Гончаренко", "Мороз", "Павленко", "Руденко", "Марченко", "Кузьменко", "Левченко", "Білик", "Гнатюк", "Данилюк"]
MN = ["Олександр", "Андрій", "Сергій", "Дмитро", "Максим", "Богдан", "Тарас", "Ігор", "Віталій", "Юрій"]
FN = ["Олена", "Наталія", "Ірина", "Оксана", "Тетяна", "Юлія", "Анна", "Марія", "Світлана", "Катерина"]
PATM = ["Іванович", "Петрович", "Миколайович", "Васильович", "Олегович"]
PATF = ["Іванівна", "Петрівна", "Миколаївна", "Василівна", "Олегівна"]
CITIES = ["Київ", "Львів", "Дніпро", "Харків", "Одеса", "Вінниця", "Полтава", "Житомир", "Рівне", "Черкаси",
          "Івано-Франківськ", "Тернопіль", "Луцьк", "Біла Церква", "Кременчук"]
DELIV = ["Нова Пошта (відділення)", "Нова Пошта (відділення)", "Нова Пошта (поштомат)", "Самовивіз з магазинів ROZETKA",
         "Укрпошта", "Meest ПОШТА", "Кур'єр Нова Пошта"]
PAY_P = ["Оплата під час отримання товару", "Оплатити зараз (Visa/Mastercard, Apple Pay, Google Pay)",
         "Оплатити зараз (Visa/Mastercard, Apple Pay, Google Pay)", "Оплата частинами від ПриватБанку"]
PAY_B = "Безготівковий розрахунок для юридичних осіб"


def person(upper=False):
    if rng.random() < 0.5:
        s, n, p = rng.choice(SURN), rng.choice(MN), rng.choice(PATM)
    else:
        s, n, p = rng.choice(SURN), rng.choice(FN), rng.choice(PATF)
    return s, n, p


def tel():
    return f"+380{rng.choice(['50', '63', '66', '67', '68', '73', '93', '95', '96', '97', '98'])}{rng.randint(1000000, 9999999)}"


orders = []


def order(buyer, lines, pay=None, org="", code="", ccom="", mcom="", label="B2C", amb=False, kind="private_person",
          city=None, deliv=None, src=None):
    orders.append(dict(buyer=buyer, lines=lines, pay=pay or rng.choice(PAY_P), org=org, code=code, ccom=ccom, mcom=mcom,
                       label=label, amb=amb, kind=kind, city=city or rng.choice(CITIES), deliv=deliv or rng.choice(DELIV),
                       src=src or rng.choice(["Кошик", "Кошик", "Кошик", "Колл-центр ROZETKA", "Мобільний додаток"])))


# private persons
for _ in range(80):
    s, n, p = person()
    nm = rng.choice([f"{s} {n}", f"{s} {n}", f"{s} {n} {p}", f"{s.upper()} {n.upper()}", f"{n} {s}", f"{s} {n} "])
    k = rng.choice([1, 1, 1, 2, 2, 3])
    lines = [(g, 1 if GM[g][2] > 2000 else rng.choice([1, 1, 2])) for g in rng.sample(HOME + ["Ноутбук Lenovo IdeaPad Slim 3 15IRU8 (82X7003KRA)", "Монітор 23.8\" Philips 241V8LA/00"], k)]
    order(nm, lines, ccom=rng.choice(["", "", "", "Передзвоніть, будь ласка", "Доставка після 18:00", "Подарунок, без чеку в коробці"]))
# person first name only
order("Оля", [("Павербанк Baseus Bipow 20000 mAh 20W чорний", 1)], kind="private_person_thin")
# person buys 40 identical powerbanks -> B2C ambiguous
order("Гнатюк Богдан", [("Павербанк Baseus Bipow 20000 mAh 20W чорний", 40)], pay=PAY_P[1], label="B2C", amb=True,
      kind="private_person_bulk")
# person with stated business purpose -> B2B ambiguous
order("Савчук Тетяна", [("Ліхтар акумуляторний Videx VLF-A505C 5500 лм", 6), ("Павербанк Baseus Bipow 20000 mAh 20W чорний", 10)],
      ccom="Беру для свого магазину, потрібна видаткова накладна", label="B2B", amb=True, kind="person_resale")
order("Руденко Максим", [("Ноутбук Lenovo IdeaPad Slim 3 15IRU8 (82X7003KRA)", 1), ("БФП Canon i-SENSYS MF3010", 1)],
      ccom="Для роботи в офісі, рахунок не потрібен", label="B2B", amb=True, kind="person_business_use")
# person pays an invoice issued to a company -> B2B ambiguous
order("Марченко Ігор Петрович", [("Монітор 23.8\" Philips 241V8LA/00", 3)], pay=PAY_P[1], org="ТОВ «Спектр-Сервіс»",
      code=c.rand_edrpou(rng, 40000000, 44999999), mcom="Рахунок на ТОВ, оплатив карткою фізособа", label="B2B", amb=True,
      kind="person_paying_for_company")

# ФОП with invoice
fops = []
for _ in range(10):
    s, n, p = person()
    fops.append((s, n, p, c.rand_rnokpp(rng)))
for s, n, p, code in fops:
    lines = [(g, rng.choice([1, 2, 3, 5])) for g in rng.sample(OFFICE + ["Роутер TP-Link Archer C6"], rng.randint(1, 2))]
    order(f"{s} {n}", lines, pay=PAY_B, org=rng.choice([f"ФОП {s} {n} {p}", f"ФОП {s} {n[0]}.{p[0]}.", f"ФІЗИЧНА ОСОБА-ПІДПРИЄМЕЦЬ {s.upper()} {n.upper()} {p.upper()}"]),
          code=code, ccom=rng.choice(["Потрібен рахунок-фактура", "Рахунок на ФОП", ""]), label="B2B", kind="sole_trader")
# ФОП repeat
s, n, p, code = fops[0]
order(f"{s} {n}", [("Папір офісний Double A A4 80 г/м² 500 арк.", 20)], pay=PAY_B, org=f"ФОП {s} {n} {p}", code=code,
      label="B2B", kind="sole_trader")
# ФОП buys one household item, card/COD -> B2B ambiguous
for g in ["Мультиварка Tefal RK745134", "Пилосос Rowenta X-Force Flex 8.60 RH9637WO"]:
    s, n, p = person()
    order(f"{s} {n}", [(g, 1)], pay=PAY_P[0], org=f"ФОП {s} {n} {p}", code=c.rand_rnokpp(rng), label="B2B", amb=True,
          kind="sole_trader_household")

# companies (ТОВ etc.)
COMP = ["ТОВ «Агро-Захід Трейд»", "ТОВ \"БУДІНВЕСТ ГРУП\"", "ТОВ «Епіцентр Логістик Сервіс»", "ТОВ «Смарт Медікал»",
        "ПП «Ярослав і К»", "ТОВ «Фармак Дистрибуція»", "ТОВ «Київ Офіс Солюшнс»", "ТОВ «Поділля Агропром»",
        "ТОВ \"ЛОГІСТИК ЮА\"", "ТОВ «Дніпро-Сталь Сервіс»", "ПрАТ «Оболонь-Трейд»", "ТОВ «IT Кластер Львів»"]
cinn = {x: c.rand_edrpou(rng, 30000000, 44999999) for x in COMP}
for _ in range(14):
    org = rng.choice(COMP)
    s, n, p = person()
    lines = [(g, rng.choice([1, 2, 3, 4, 5, 10])) for g in rng.sample(OFFICE, rng.randint(1, 3))]
    order(f"{s} {n}", lines, pay=PAY_B, org=org, code=cinn[org],
          ccom=rng.choice(["Рахунок на юрособу, платник ПДВ", "Потрібна видаткова накладна та ТТН", "", "Доставка на склад"]),
          label="B2B", kind="company")
# charity (plain non-profit)
order("Лисенко Андрій", [("Зарядна станція EcoFlow DELTA 2 (1024 Вт·год)", 4), ("Генератор бензиновий Könner & Söhnen KS 3000", 2)],
      pay=PAY_B, org="БФ «Повернись живим»", code=c.rand_edrpou(rng, 38000000, 38999999), label="B2B", kind="charity")
# company buys one household item -> B2B ambiguous
order("Бондаренко Олена", [("Чайник електричний Tefal KO693110", 1)], pay=PAY_B, org="ТОВ «Київ Офіс Солюшнс»",
      code=cinn["ТОВ «Київ Офіс Солюшнс»"], label="B2B", amb=True, kind="company_household")
order("Павленко Віталій", [("Мікрохвильова піч Samsung MS23K3513AW", 1), ("Кавоварка ріжкова De'Longhi ECP 33.21", 1)], pay=PAY_B,
      org="ТОВ \"БУДІНВЕСТ ГРУП\"", code=cinn["ТОВ \"БУДІНВЕСТ ГРУП\""], label="B2B", amb=True, kind="company_household")
# state-owned JSC under Prozorro -> B2B ambiguous
order("Кузьменко Юрій", [("ДБЖ LogicPower LPM-U1100VA", 10), ("Зарядна станція EcoFlow DELTA 2 (1024 Вт·год)", 2)], pay=PAY_B,
      org="АТ «Укрзалізниця» РФ «Південно-Західна залізниця»", code="40075815",
      mcom=f"Договір за результатами закупівлі Prozorro UA-2025-02-{rng.randint(10, 28)}-{rng.randint(100000, 999999)}-a",
      label="B2B", amb=True, kind="state_owned_company_procurement")
# international organisation -> B2B ambiguous
order("Левченко Ірина", [("Зарядна станція EcoFlow DELTA 2 (1024 Вт·год)", 6)], pay=PAY_B,
      org="Представництво Управління Верховного комісара ООН у справах біженців в Україні", code="",
      ccom="Invoice in UAH, delivery to Kyiv office", label="B2B", amb=True, kind="international_org", city="Київ")

# public bodies (комунальні заклади etc.)
GOV = [("КНП «Київська міська клінічна лікарня № 1» виконавчого органу Київської міської ради (КМДА)", "Київ", "public_hospital"),
       ("Ліцей № 142 Оболонського району м. Києва", "Київ", "school"),
       ("КЗ «Дошкільний навчальний заклад № 12» Вінницької міської ради", "Вінниця", "kindergarten"),
       ("Виконавчий комітет Білоцерківської міської ради", "Біла Церква", "municipality"),
       ("КНП «Центр первинної медико-санітарної допомоги № 2» Полтавської міської ради", "Полтава", "public_hospital"),
       ("Департамент освіти та науки Львівської міської ради", "Львів", "municipal_agency"),
       ("Житомирська обласна державна адміністрація", "Житомир", "regional_administration"),
       ("КП «Рівнеелектроавтотранс» Рівненської міської ради", "Рівне", "municipal_unitary_enterprise")]
gcode = {g[0]: c.rand_edrpou(rng, 20000000, 26999999) for g in GOV}
for _ in range(18):
    org, city, kind = rng.choice(GOV)
    s, n, p = person()
    lines = [(g, rng.choice([1, 2, 3, 5, 8])) for g in rng.sample(OFFICE + ["Подовжувач Gembird 5 розеток 3 м"], rng.randint(1, 2))]
    mcom = rng.choice(["", "Договір поставки, оплата після отримання", f"Закупівля без використання ЕСЗ, звіт про договір UA-2025-0{rng.randint(1, 4)}-{rng.randint(10, 28)}-{rng.randint(100000, 999999)}-b", "Рахунок, видаткова накладна, акт"])
    order(f"{s} {n} {p}", lines, pay=PAY_B, org=org, code=gcode[org], mcom=mcom, ccom=rng.choice(["", "Доставка до закладу", "Оплата з бюджетного рахунку, казначейство"]),
          label="B2G", kind=kind, city=city, deliv="Нова Пошта (відділення)")
# public body buys one kettle -> B2G ambiguous
order("Олійник Наталія Миколаївна", [("Чайник електричний Tefal KO693110", 1)], pay=PAY_B, org="Ліцей № 142 Оболонського району м. Києва",
      code=gcode["Ліцей № 142 Оболонського району м. Києва"], label="B2G", amb=True, kind="school_household", city="Київ")
order("Мороз Світлана", [("Обігрівач масляний Ardesto OFH-11X1", 2)], pay=PAY_B,
      org="КЗ «Дошкільний навчальний заклад № 12» Вінницької міської ради",
      code=gcode["КЗ «Дошкільний навчальний заклад № 12» Вінницької міської ради"], label="B2G", amb=True,
      kind="kindergarten_household", city="Вінниця")

order("Поліщук Оксана Василівна", [("Мікрохвильова піч Samsung MS23K3513AW", 2), ("Чайник електричний Tefal KO693110", 2),
      ("Кавоварка ріжкова De'Longhi ECP 33.21", 1)], pay=PAY_B,
      org="КНП «Центр первинної медико-санітарної допомоги № 2» Полтавської міської ради",
      code=gcode["КНП «Центр первинної медико-санітарної допомоги № 2» Полтавської міської ради"], label="B2G", amb=True,
      kind="public_clinic_household", city="Полтава")
s_, n_, p_ = person()
order(f"{s_} {n_}", [("Обігрівач масляний Ardesto OFH-11X1", 1), ("Пилосос Rowenta X-Force Flex 8.60 RH9637WO", 1)],
      pay=PAY_P[1], org=f"ФОП {s_} {n_} {p_}", code=c.rand_rnokpp(rng), label="B2B", amb=True, kind="sole_trader_household")
order("Білик Катерина", [("Мультиварка Tefal RK745134", 1), ("Чайник електричний Tefal KO693110", 1), ("Мікрохвильова піч Samsung MS23K3513AW", 1)],
      pay=PAY_B, org="ТОВ «Смарт Медікал»", code=cinn["ТОВ «Смарт Медікал»"], ccom="На кухню для персоналу",
      label="B2B", amb=True, kind="company_household")

rng.shuffle(orders)
STAT = ["Виконано", "Виконано", "Виконано", "Посилка доставлена", "Передано в службу доставки", "Обробляється менеджером",
        "Скасовано. Не вдається зв'язатися з покупцем"]
wb = Workbook()
ws = wb.active
ws.title = "Замовлення"
HEAD = ["№ замовлення", "Дата створення", "Джерело", "Статус", "Покупець", "Телефон покупця", "Юридична особа", "ЄДРПОУ/ІПН",
        "Товар", "Код товару", "Кількість", "Ціна, грн", "Сума, грн", "Сума замовлення, грн", "Спосіб доставки", "Місто",
        "Спосіб оплати", "Коментар покупця", "Коментар менеджера"]
ws.append(HEAD)
labels = []
t = datetime(2025, 1, 8, 8, 0)
num = 861204117
for o in orders:
    t += timedelta(minutes=rng.randint(30, 900))
    num += rng.randint(300, 9000)
    st = rng.choice(STAT) if o["pay"] != PAY_B else rng.choice(STAT[:5])
    phone = tel()
    tot = sum(GM[g][2] * q for g, q in o["lines"])
    for g, q in o["lines"]:
        ws.append([num, t.strftime("%d.%m.%Y %H:%M"), o["src"], st, o["buyer"], phone, o["org"] or None, o["code"] or None,
                   g, GM[g][1], q, GM[g][2], GM[g][2] * q, tot, o["deliv"], o["city"], o["pay"], o["ccom"] or None,
                   o["mcom"] or None])
        labels.append(dict(label=o["label"], amb=o["amb"], kind=o["kind"], country="UA"))
c.LAYOUTS.mkdir(parents=True, exist_ok=True)
c.save_xlsx(wb, c.LAYOUTS / f"{ID}.xlsx")
c.write_labels(ID, labels)
c.write_key(ID, {
    "id": ID,
    "system": "ROZETKA Маркетплейс — кабінет продавця, розділ «Замовлення», вивантаження замовлень в Excel",
    "country": "UA",
    "language": "uk",
    "docs": [
        "sellerhelp.rozetka.com.ua «Обробка замовлень»: an order shows its number, date and time of creation, source (кошик, колл-центр ROZETKA, кабінет продавця), buyer's surname, first name and phone, goods with quantity and price, current status, chosen delivery and payment methods, and an internal manager's comment seen only by the seller — gave the column set and order",
        "sellerhelp.rozetka.com.ua «Order processing» (EN): statuses 'Processed by the manager', 'Completed', 'Referred to a delivery service'; TTN entry — gave the status values",
        "sellerhelp.rozetka.com.ua «Доставка і оплата»: payment methods configured per seller, RozetkaPay online payment — gave the payment method values",
        "Company-buyer fields (legal entity name and ЄДРПОУ/ІПН for invoices) and the exact Excel header titles were not found in public documentation; they follow the order card's Ukrainian wording"
    ],
    "fields": {"buyer": "Юридична особа", "product": "Товар", "quantity": "Кількість", "amount": "Сума, грн",
               "tax_id": "ЄДРПОУ/ІПН", "email": None, "payment": "Спосіб оплати", "comment": "Коментар покупця"},
    "also_ok": {"buyer": ["Покупець"], "amount": ["Сума замовлення, грн", "Ціна, грн"], "comment": ["Коментар менеджера"]},
    "notes": "XLSX, one sheet, header on row 1, no title or totals lines; one row per item, order fields (number, date, buyer, delivery, payment, comments) repeated on every item row; 'Сума замовлення, грн' is the order total repeated. 'Покупець' is the contact person (surname first name) and is always filled; 'Юридична особа' and 'ЄДРПОУ/ІПН' are filled only when the buyer asked for an invoice (ТОВ, ФОП, комунальні заклади). ФОП carry a 10-digit РНОКПП, organisations an 8-digit ЄДРПОУ."
})
print(ID, len(labels))
