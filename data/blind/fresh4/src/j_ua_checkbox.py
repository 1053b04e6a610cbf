"""Checkbox (UA, ПРРО) - receipts export to Excel, one row per receipt item.
Seeded; rebuilds layouts/j_ua_checkbox_cheky.xlsx and its key exactly."""
import datetime as dt
import random

import openpyxl
from openpyxl.styles import Font

from j_common import LAYOUTS, O, normalize_xlsx, timestamps, ua_edrpou, ua_rnokpp, write_key

ID = "j_ua_checkbox_cheky"
rng = random.Random(4303)

CAT = {  # name: (price UAH, code, tax letter)
    "Папір офісний A4 Double A 80 г/м², 500 арк.": (289.00, "8852059001018", "А"),
    "Картридж HP 85A CE285A сумісний": (590.00, "4820195010852", "А"),
    "Чайник електричний Tefal KO330": (1299.00, "3045386377451", "А"),
    "Лампа світлодіодна Philips 10W E27": (89.00, "8719514309296", "А"),
    "Батарейки Duracell AA, 4 шт": (189.00, "5000394052543", "А"),
    "Мішки для сміття 120 л, 10 шт": (79.00, "4820048480025", "А"),
    "Засіб для миття посуду Fairy 500 мл": (79.90, "8001090622198", "А"),
    "Папір туалетний Zewa 8 рулонів": (219.00, "7322541171163", "А"),
    "Ручка кулькова BuroMax, синя": (9.00, "4823078925110", "А"),
    "Степлер Axent №24/6": (129.00, "4823078953434", "А"),
    "Папка-реєстратор А4 75 мм": (119.00, "4823078912202", "А"),
    "Обігрівач масляний Ardesto 9 секцій": (3499.00, "4823119100126", "А"),
    "Павербанк Xiaomi 20000 mAh": (1199.00, "6934177730523", "А"),
    "Подовжувач 5 м 4 розетки": (449.00, "4820199190245", "А"),
    "Ліхтарик акумуляторний LED": (399.00, "4820199050312", "А"),
    "Зарядна станція EcoFlow River 2": (9999.00, "4897082668321", "А"),
    "Праска Philips DST3020/20": (1999.00, "8710103934542", "А"),
    "Мікрохвильова піч Samsung ME88SUB": (4599.00, "8801643171051", "А"),
    "Вентилятор підлоговий Ardesto FN-1608RB": (1299.00, "4823119101024", "А"),
    "Дриль-шурупокрут Makita DF333DWYE": (5299.00, "0088381694802", "А"),
    "Серветки паперові 100 шт": (35.00, "4820003500109", "А"),
    "Швабра з віджимом Vileda": (699.00, "4023103201347", "А"),
    "Маркер перманентний Axent, чорний": (29.00, "4823078958569", "А"),
    "Калькулятор Citizen SDC-888": (459.00, "4562195133551", "А"),
    "Кава мелена Lavazza Qualità Rossa 250 г": (199.00, "8000070035805", "А"),
}
HOUSE = [k for k in CAT if k not in ("Картридж HP 85A CE285A сумісний",)]

ed = lambda first=None: ua_edrpou(rng, first)
rn = lambda male=None: ua_rnokpp(rng, male=male)

orders = [
    # B2C named
    O("B2C", False, "private_person", "UA", [("Праска Philips DST3020/20", 1)], buyer="Коваленко Олена", email="olena.kovalenko@ukr.net", pay="Картка"),
    O("B2C", False, "private_person", "UA", [("Зарядна станція EcoFlow River 2", 1), ("Подовжувач 5 м 4 розетки", 1)], buyer="ШЕВЧЕНКО ІГОР ПЕТРОВИЧ", pay="Картка", note="доставка Новою поштою, відділення 112"),
    O("B2C", False, "private_person", "UA", [("Вентилятор підлоговий Ardesto FN-1608RB", 1)], buyer="Бондар, Марія", pay="Готівка"),
    O("B2C", False, "private_person", "UA", [("Павербанк Xiaomi 20000 mAh", 1), ("Ліхтарик акумуляторний LED", 2)], email="andriy.melnyk@gmail.com", pay="Картка"),
    O("B2C", False, "private_person", "UA", [("Мікрохвильова піч Samsung ME88SUB", 1)], buyer="Ткаченко В.", phone="+380671234590", pay="Картка"),
    O("B2C", False, "private_person", "UA", [("Дриль-шурупокрут Makita DF333DWYE", 1)], buyer="Олійник Сергій Васильович", pay="Готівка"),
    # B2B clear
    O("B2B", False, "llc", "UA", [("Папір офісний A4 Double A 80 г/м², 500 арк.", 40), ("Картридж HP 85A CE285A сумісний", 6), ("Папка-реєстратор А4 75 мм", 20)],
      buyer="ТОВ «Будсервіс-Київ»", code=ed("4"), pay="Безготівкова оплата", note="рахунок-фактура № 118 від 04.03.2025, видаткова накладна"),
    O("B2B", False, "llc", "UA", [("Папір офісний A4 Double A 80 г/м², 500 арк.", 100), ("Ручка кулькова BuroMax, синя", 200)],
      buyer="ТОВ «Нова Пошта»", code=ed("3"), email="zakupivli@novaposhta.ua", pay="Безготівкова оплата", note="договір № 77/2025"),
    O("B2B", False, "sole_trader", "UA", [("Дриль-шурупокрут Makita DF333DWYE", 2), ("Подовжувач 5 м 4 розетки", 4)],
      buyer="ФОП Кравчук Олег Миколайович", code=rn(True), pay="Безготівкова оплата", note="рахунок № 18, ремонтні роботи"),
    O("B2B", False, "company", "UA", [("Павербанк Xiaomi 20000 mAh", 20), ("Ліхтарик акумуляторний LED", 20)],
      buyer="ПрАТ «Київстар»", code=ed("2"), pay="Безготівкова оплата", note="рахунок № 124"),
    O("B2B", False, "homeowners_association", "UA", [("Лампа світлодіодна Philips 10W E27", 60), ("Ліхтарик акумуляторний LED", 6)],
      buyer="ОСББ «Липки-2»", code=ed("4"), pay="Безготівкова оплата", note="освітлення під'їздів"),
    O("B2B", False, "religious_org", "UA", [("Обігрівач масляний Ardesto 9 секцій", 3)],
      buyer="Релігійна громада парафії Святого Миколая ПЦУ м. Києва", code=ed("2"), pay="Картка"),
    O("B2B", False, "charity", "UA", [("Зарядна станція EcoFlow River 2", 3), ("Павербанк Xiaomi 20000 mAh", 15)],
      buyer="БФ «Повернись живим»", code=ed("3"), email="office@savelife.in.ua", pay="Безготівкова оплата", note="рахунок № 131"),
    O("B2B", False, "company", "UA", [("Серветки паперові 100 шт", 50), ("Мішки для сміття 120 л, 10 шт", 40)],
      buyer="ТОВ \"Сільпо-Фуд\"", code=ed("4"), pay="Безготівкова оплата"),
    O("B2B", False, "private_enterprise", "UA", [("Калькулятор Citizen SDC-888", 5), ("Степлер Axent №24/6", 5)],
      buyer="ПП «Альфа-Сервіс»", code=ed("3"), pay="Картка", note="корпоративна картка"),
    O("B2B", False, "llc", "UA", [("Папір офісний A4 Double A 80 г/м², 500 арк.", 25)], buyer="ТОВ \"Будсервіс-Київ\"", pay="Безготівкова оплата", note="рах. № 140"),
    # B2G clear
    O("B2G", False, "municipality", "UA", [("Зарядна станція EcoFlow River 2", 4), ("Подовжувач 5 м 4 розетки", 8)],
      buyer="Бучанська міська рада", code=ed("0"), email="bucharada@ukr.net", pay="Безготівкова оплата", note="Prozorro UA-2025-03-04-004512-a, договір № 112"),
    O("B2G", False, "village_council", "UA", [("Папір офісний A4 Double A 80 г/м², 500 арк.", 30), ("Картридж HP 85A CE285A сумісний", 4)],
      buyer="Гатненська сільська рада", code=ed("0"), pay="Безготівкова оплата", note="договір про закупівлю № 27"),
    O("B2G", False, "public_school", "UA", [("Лампа світлодіодна Philips 10W E27", 40), ("Ліхтарик акумуляторний LED", 10)],
      buyer="Ліцей № 171 «Лідер» Печерського району м. Києва", code=ed("2"), pay="Безготівкова оплата", note="Prozorro UA-2025-03-10-001877-a"),
    O("B2G", False, "public_clinic", "UA", [("Обігрівач масляний Ardesto 9 секцій", 4), ("Зарядна станція EcoFlow River 2", 2)],
      buyer="КНП «ЦПМСД № 1 Дарницького району м. Києва»", code=ed("3"), email="cpmsd1@darn.kyivcity.gov.ua", pay="Безготівкова оплата"),
    O("B2G", False, "municipal_enterprise", "UA", [("Мішки для сміття 120 л, 10 шт", 100), ("Ліхтарик акумуляторний LED", 10)],
      buyer="КП «Київблагоустрій»", code=ed("3"), pay="Безготівкова оплата", note="договір № 56-КБ"),
    O("B2G", False, "armed_forces", "UA", [("Павербанк Xiaomi 20000 mAh", 30), ("Ліхтарик акумуляторний LED", 30), ("Батарейки Duracell AA, 4 шт", 50)],
      buyer="Військова частина А4267", code=ed("0"), pay="Безготівкова оплата", note="договір № 14/ВЧ"),
    O("B2G", False, "state_agency", "UA", [("Папка-реєстратор А4 75 мм", 50), ("Степлер Axent №24/6", 10)],
      buyer="Головне управління ДПС у м. Києві", code=ed("4"), pay="Безготівкова оплата", note="Prozorro UA-2025-03-12-000931-b"),
    O("B2G", False, "embassy", "PL", [("Зарядна станція EcoFlow River 2", 1), ("Подовжувач 5 м 4 розетки", 2)], buyer="Посольство Республіки Польща в Україні", pay="Картка"),
    # ambiguous
    O("B2B", True, "company_household_item", "UA", [("Чайник електричний Tefal KO330", 1)], buyer="ТОВ «Інтерлогістик»", code=ed("4"), pay="Безготівкова оплата"),
    O("B2B", True, "company_household_item", "UA", [("Мікрохвильова піч Samsung ME88SUB", 1), ("Кава мелена Lavazza Qualità Rossa 250 г", 2)], buyer="ТОВ \"Дніпро-Консалт\"", code=ed("4"), pay="Картка"),
    O("B2G", True, "public_school", "UA", [("Чайник електричний Tefal KO330", 1)], buyer="Броварська гімназія № 5 Броварської міської ради", code=ed("2"), pay="Готівка"),
    O("B2G", True, "public_kindergarten", "UA", [("Праска Philips DST3020/20", 1)], buyer="ЗДО № 521 м. Києва", pay="Картка"),
    O("B2B", True, "sole_trader", "UA", [("Мікрохвильова піч Samsung ME88SUB", 1)], buyer="ФОП Гнатюк Ірина Богданівна", code=rn(False), pay="Картка"),
    O("B2C", True, "person_gov_email", "UA", [("Праска Philips DST3020/20", 1), ("Серветки паперові 100 шт", 2)], buyer="Мороз Наталія", email="n.moroz@kyivcity.gov.ua", pay="Картка"),
    O("B2C", True, "person_company_email", "UA", [("Вентилятор підлоговий Ardesto FN-1608RB", 1), ("Батарейки Duracell AA, 4 шт", 1)], buyer="Савчук Андрій", email="a.savchuk@kyivstar.net", pay="Картка"),
    O("B2C", True, "private_bulk", "UA", [("Павербанк Xiaomi 20000 mAh", 30)], phone="+380503334411", pay="Картка"),
    O("B2B", True, "private_resale", "UA", [("Батарейки Duracell AA, 4 шт", 40), ("Ліхтарик акумуляторний LED", 20)], buyer="Поліщук Василь", pay="Готівка", note="для перепродажу"),
    O("B2B", True, "state_owned_company", "UA", [("Ліхтарик акумуляторний LED", 50), ("Батарейки Duracell AA, 4 шт", 100), ("Подовжувач 5 м 4 розетки", 20)],
      buyer="АТ «Укрзалізниця»", code="40075815", pay="Безготівкова оплата", note="закупівля Prozorro UA-2025-02-27-011245-a, договір № ЦЗВ-07-0112-25"),
    O("B2B", True, "international_org", "UA", [("Зарядна станція EcoFlow River 2", 2), ("Папір офісний A4 Double A 80 г/м², 500 арк.", 10)],
      buyer="Представництво УВКБ ООН в Україні", email="ukrki@unhcr.org", pay="Безготівкова оплата"),
    O("B2B", True, "person_pays_company_invoice", "UA", [("Папір офісний A4 Double A 80 г/м², 500 арк.", 20), ("Картридж HP 85A CE285A сумісний", 2)],
      buyer="Литвиненко С.", pay="Картка", note="оплата за ТОВ «Альянс-Буд», рах. № 55"),
    O("B2B", True, "private_business_use", "UA", [("Калькулятор Citizen SDC-888", 1), ("Папка-реєстратор А4 75 мм", 6)], buyer="Гончаренко Юлія", pay="Картка", note="для роботи, бухгалтерія"),
    O("B2B", True, "sole_trader", "UA", [("Обігрівач масляний Ardesto 9 секцій", 1), ("Чайник електричний Tefal KO330", 1)], buyer="ФОП Петренко", code=rn(True), pay="Картка"),
    O("B2B", True, "company_household_item", "UA", [("Праска Philips DST3020/20", 1), ("Вентилятор підлоговий Ardesto FN-1608RB", 1)], buyer="ТОВ «Агро-Лайф»", code=ed("4"), pay="Безготівкова оплата"),
    O("B2C", True, "person_gov_email", "UA", [("Швабра з віджимом Vileda", 1), ("Засіб для миття посуду Fairy 500 мл", 2)], buyer="Кириленко Ольга", email="o.kyrylenko@mon.gov.ua", pay="Картка"),
    O("B2G", True, "public_hospital", "UA", [("Мікрохвильова піч Samsung ME88SUB", 1)], buyer="КНП «Київська міська клінічна лікарня № 1»", code=ed("0"), pay="Безготівкова оплата"),
    O("B2G", True, "municipality", "UA", [("Кава мелена Lavazza Qualità Rossa 250 г", 3), ("Чайник електричний Tefal KO330", 1)], buyer="Ірпінська міська рада", code=ed("0"), pay="Картка"),
]


def anon():
    n = rng.choices([1, 2, 3, 4], [45, 30, 15, 10])[0]
    lines = [(p, rng.choice([1, 1, 1, 2, 2, 3])) for p in rng.sample(HOUSE, n)]
    for i, (p, q) in enumerate(lines):
        if p.startswith("Ручка") or p.startswith("Маркер"):
            lines[i] = (p, rng.choice([2, 3, 5, 10]))
    return O("B2C", False, "anonymous_retail", "UA", lines, pay=rng.choice(["Готівка", "Картка", "Картка", "Картка"]))


while sum(len(o["lines"]) for o in orders) < 290:
    orders.append(anon())
rng.shuffle(orders)
times = timestamps(rng, len(orders), dt.date(2025, 3, 1), dt.date(2025, 3, 31), 9, 20)

HEAD = ["Фіскальний номер чека", "Дата і час", "Тип чека", "Каса", "Касир", "Назва товару", "Код товару", "Кількість", "Ціна, грн",
        "Знижка, грн", "Сума, грн", "Податок", "Форма оплати", "Покупець", "ЄДРПОУ/РНОКПП покупця", "Email покупця", "Телефон покупця", "Коментар"]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Чеки"
ws.append(HEAD)
for c in ws[1]:
    c.font = Font(bold=True)
labels = []
cashiers = ["Мельник Оксана", "Бойко Дмитро"]
for o, t in zip(orders, times):
    fn = str(rng.randint(3000000000, 3999999999))
    if rng.random() < 0.04:
        fn += ".3.1"  # offline receipt number suffix
    for p, q in o["lines"]:
        price, code, tax = CAT[p]
        gross = round(price * q, 2)
        disc = round(gross * 0.05, 2) if (o["label"] != "B2C" and gross > 5000) else 0.0
        ws.append([fn, t.strftime("%d.%m.%Y %H:%M:%S"), "Продаж", "Каса 1 (ФН 4000123456)", rng.choice(cashiers), p, code, q, price, disc,
                   round(gross - disc, 2), tax, o["pay"], o.get("buyer", ""), o.get("code", ""), o.get("email", ""), o.get("phone", ""), o.get("note", "")])
        labels.append((o["label"], o["amb"], o["kind"], o["country"]))
LAYOUTS.mkdir(parents=True, exist_ok=True)
wb.save(LAYOUTS / f"{ID}.xlsx")
normalize_xlsx(LAYOUTS / f"{ID}.xlsx")

meta = {
    "id": ID,
    "system": "Checkbox (checkbox.ua, ПРРО) — експорт чеків з особистого кабінету в Excel, один рядок на товарну позицію",
    "country": "UA",
    "language": "uk",
    "docs": [
        "wiki.checkbox.ua API specification (uk/api-specification, uk/api): a receipt is created in an open shift by a cashier on a cash register and holds goods (code, name, price, quantity), payments of type CASH or CASHLESS with a label, discounts, delivery e-mails/phone for the electronic copy, and free header/footer text — gave item, payment, e-mail/phone and comment columns",
        "Checkbox receipts get a fiscal number from the DPS; offline receipts carry a suffix — reflected in 'Фіскальний номер чека'",
        "The cabinet's exact Excel column titles were not found in the public documentation searched; the buyer name and ЄДРПОУ/РНОКПП columns are an assumption (buyer requisites written by the cashier), column names and order are my reading",
    ],
    "fields": {"buyer": "Покупець", "product": "Назва товару", "quantity": "Кількість", "amount": "Сума, грн", "tax_id": "ЄДРПОУ/РНОКПП покупця",
               "email": "Email покупця", "payment": "Форма оплати", "comment": "Коментар"},
    "also_ok": {"amount": ["Ціна, грн"]},
    "notes": "XLSX, sheet 'Чеки', header in row 1, no title or totals rows. One row per receipt item; lines of one receipt share 'Фіскальний номер чека', buyer and payment. Most receipts are anonymous retail. Buyer codes: 8-digit ЄДРПОУ for legal entities, 10-digit РНОКПП for ФОП/persons (valid check digits). Prices and sums are numbers in UAH.",
}
write_key(ID, meta, labels)
print(ID, len(labels))
