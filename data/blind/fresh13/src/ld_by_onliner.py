"""ld_by_onliner_zakazy: Onliner (catalog.onliner.by) shop orders export, XLSX, Belarus.

Seeded; rebuilds layouts/ld_by_onliner_zakazy.xlsx and its key files exactly.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ld_common import LAYOUTS, by_unp, by_unp_valid, lab, write_key  # noqa: E402

ID = "ld_by_onliner_zakazy"
rng = random.Random(130303)

HEADER = ["Номер заказа", "Дата создания", "Статус", "Фамилия", "Имя", "Отчество", "E-mail", "Телефон", "Город",
          "Адрес доставки", "Способ доставки", "Способ оплаты", "Артикул", "Товар", "Количество", "Цена, BYN",
          "Скидка, BYN", "Стоимость, BYN", "Предложение для юр. лиц", "Стоимость доставки, BYN",
          "Стоимость заказа, BYN", "Промокод", "Комментарий покупателя"]

P = {  # key: (full name as in Onliner catalog, article, price BYN)
    "kettle": ("Электрочайник Tefal KO200130", "KO200130", 69.90),
    "kettle2": ("Электрочайник Bosch TWK3A011", "TWK3A011", 79.00),
    "fridge": ("Холодильник с морозильником ATLANT ХМ 4621-101", "XM4621-101", 1049.00),
    "tv": ("Телевизор Samsung UE43CU7100U", "UE43CU7100UXRU", 1199.00),
    "phone": ("Смартфон Xiaomi Redmi Note 13 8GB/256GB (полночный черный)", "RN13-8-256-BK", 699.00),
    "phone_a": ("Смартфон Samsung Galaxy A15 4GB/128GB (черный)", "SM-A155FZKD", 449.00),
    "nb": ("Ноутбук ASUS Vivobook 15 X1504ZA-BQ451", "X1504ZA-BQ451", 1499.00),
    "nb2": ("Ноутбук Lenovo IdeaPad 3 15IAU7 82RK00S1RK", "82RK00S1RK", 1379.00),
    "printer": ("Принтер Canon i-SENSYS LBP6030B", "8468B006", 459.00),
    "mfu": ("МФУ Pantum M6500W", "M6500W", 529.00),
    "paper": ("Офисная бумага SvetoCopy A4 80 г/м2 500 л", "SVC-A4-500", 15.90),
    "vacuum": ("Робот-пылесос Xiaomi Robot Vacuum S10 (европейская версия)", "BHR5988EU", 799.00),
    "washer": ("Стиральная машина ATLANT СМА 60У1214-01", "60U1214-01", 849.00),
    "micro": ("Микроволновая печь Samsung ME88SUB/BW", "ME88SUB/BW", 329.00),
    "coffee": ("Кофемашина De'Longhi Magnifica S ECAM 22.114.B", "ECAM22.114.B", 1299.00),
    "cart": ("Картридж HP 106A (W1106A)", "W1106A", 119.00),
    "monitor": ("Монитор LG 24MP400-B", "24MP400-B", 349.00),
    "ups": ("Источник бесперебойного питания Powercom Raptor RPT-1000AP", "RPT-1000AP", 389.00),
    "ac": ("Сплит-система Midea MSAG1-09HRN1-I/MSAG1-09HRN1-O", "MSAG1-09HRN1", 1450.00),
    "heater": ("Масляный радиатор Ballu BOH/CL-09", "BOH/CL-09", 159.00),
    "blender": ("Погружной блендер Philips HR2543/90", "HR2543/90", 189.00),
    "projector": ("Проектор Epson EB-W06", "V11H973040", 2290.00),
    "router": ("Wi-Fi роутер TP-Link Archer C6", "ARCHER-C6", 139.00),
    "charger": ("Сетевое зарядное Xiaomi Mi 33W Wall Charger (Type-A + Type-C)", "BHR4996GL", 39.00),
}
HOUSE = ["kettle", "kettle2", "fridge", "tv", "phone", "phone_a", "vacuum", "washer", "micro", "coffee", "ac", "heater",
         "blender", "router"]
OFFICE = ["nb", "nb2", "printer", "mfu", "paper", "cart", "monitor", "ups", "projector", "router"]

M_FIRST = ["Александр", "Дмитрий", "Сергей", "Андрей", "Алексей", "Максим", "Иван", "Павел", "Артём", "Владислав",
           "Никита", "Евгений", "Михаил", "Виталий", "Денис", "Игорь"]
F_FIRST = ["Анастасия", "Екатерина", "Ольга", "Татьяна", "Наталья", "Юлия", "Анна", "Мария", "Елена", "Ирина",
           "Дарья", "Алина", "Валерия", "Светлана", "Кристина", "Вероника", "Людмила"]
SURN = [("Ковалёв", "Ковалёва"), ("Козлов", "Козлова"), ("Новик", "Новик"), ("Кравченко", "Кравченко"),
        ("Лукашевич", "Лукашевич"), ("Мельник", "Мельник"), ("Шевчук", "Шевчук"), ("Сидорович", "Сидорович"),
        ("Жук", "Жук"), ("Климович", "Климович"), ("Янковский", "Янковская"), ("Садовский", "Садовская"),
        ("Василевич", "Василевич"), ("Позняк", "Позняк"), ("Ермакович", "Ермакович"), ("Макаревич", "Макаревич"),
        ("Гончар", "Гончар"), ("Кузьмич", "Кузьмич"), ("Литвинович", "Литвинович"), ("Зайцев", "Зайцева"),
        ("Волков", "Волкова"), ("Соколов", "Соколова"), ("Ивашкевич", "Ивашкевич"), ("Карпович", "Карпович"),
        ("Радевич", "Радевич"), ("Бондаренко", "Бондаренко"), ("Мицкевич", "Мицкевич"), ("Лис", "Лис"),
        ("Тарасевич", "Тарасевич"), ("Шапиро", "Шапиро"), ("Стасевич", "Стасевич"), ("Гурский", "Гурская")]
PATR_M = ["Александрович", "Сергеевич", "Владимирович", "Николаевич", "Андреевич", "Петрович", "Викторович",
          "Иванович", "Геннадьевич", "Леонидович"]
PATR_F = ["Александровна", "Сергеевна", "Владимировна", "Николаевна", "Андреевна", "Петровна", "Викторовна",
          "Ивановна", "Геннадьевна", "Леонидовна"]
TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
              ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
               "u", "f", "h", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"]))
FREEMAIL = ["mail.ru"] * 4 + ["gmail.com"] * 4 + ["yandex.by", "tut.by", "list.ru", "bk.ru", "yandex.ru"]
CITIES = [("г. Минск", 60), ("г. Гомель", 8), ("г. Могилёв", 6), ("г. Витебск", 6), ("г. Гродно", 6), ("г. Брест", 6),
          ("г. Бобруйск", 3), ("г. Барановичи", 3), ("г. Борисов", 3), ("г. Пинск", 2), ("г. Солигорск", 2),
          ("г. Молодечно", 2), ("г. Новополоцк", 2), ("г. Лида", 2), ("г. Жодино", 1), ("аг. Колодищи", 1)]
STREETS = ["пр-т Независимости", "ул. Притыцкого", "пр-т Дзержинского", "ул. Кальварийская", "ул. Сурганова",
           "пр-т Победителей", "ул. Есенина", "ул. Якубова", "ул. Советская", "ул. Ленина", "ул. Московская",
           "бул. Шевченко", "ул. Я. Купалы", "ул. Кирова", "пр-т Машерова", "ул. Гагарина"]


def tr(s: str) -> str:
    return "".join(TR.get(c, c) for c in s.lower())


class Person:
    def __init__(self, female=None):
        self.female = rng.random() < 0.55 if female is None else female
        self.first = rng.choice(F_FIRST if self.female else M_FIRST)
        self.last = rng.choice(SURN)[1 if self.female else 0]
        self.patr = rng.choice(PATR_F if self.female else PATR_M)

    def email(self, dom=None) -> str:
        d = dom or rng.choice(FREEMAIL)
        f, l = tr(self.first), tr(self.last)
        return rng.choice([f"{l}.{f}", f"{f}.{l}{rng.randint(1, 99)}", f"{l}{rng.randint(80, 99)}",
                           f"{f[0]}{l}", f"{f}_{l[:4]}"]) + "@" + d


def phone() -> str:
    op = rng.choice(["29", "29", "33", "44", "44", "25"])
    return f"+375{op}{rng.randint(1000000, 9999999)}"


def key5() -> str:
    return "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(5))


def addr(city: str) -> str:
    s = f"{rng.choice(STREETS)}, д. {rng.randint(1, 150)}"
    if rng.random() < 0.3:
        s += f", к. {rng.randint(1, 4)}"
    if rng.random() < 0.85:
        s += f", кв. {rng.randint(1, 240)}"
    return s


class Org:
    def __init__(self, name, kind, label, unp_first, email=None, city="г. Минск", street=None, amb=False):
        self.name, self.kind, self.label, self.email, self.city, self.street, self.amb = \
            name, kind, label, email, city, street, amb
        self.unp = by_unp(rng, unp_first)
        assert by_unp_valid(self.unp)


B2G = [
    Org("ГУО «Средняя школа № 12 г. Гродно»", "municipal_school", "B2G", "5", "sch12@grodno.edu.by", "г. Гродно",
        "ул. Врублевского, 40"),
    Org("ГУО «Ясли-сад № 317 г. Минска»", "municipal_kindergarten", "B2G", "19", "ds317@minsk.edu.by", "г. Минск",
        "ул. Есенина, 67"),
    Org("УЗ «4-я городская клиническая больница имени Н.Е. Савченко»", "public_hospital", "B2G", "10",
        "zakupki@4gkb.by", "г. Минск", "ул. Розы Люксембург, 110"),
    Org("Войсковая часть 3214", "military_unit", "B2G", "10", None, "г. Минск", "ул. Уручская, 2"),
    Org("Администрация Ленинского района г. Минска", "municipality", "B2G", "10", "admlr@minsk.gov.by", "г. Минск",
        "ул. Бобруйская, 10"),
    Org("РУП «Белтелеком»", "state_unitary_enterprise", "B2G", "10", "zakupki@main.beltelecom.by", "г. Минск",
        "ул. Энгельса, 6"),
    Org("КУП «Минсккоммунтеплосеть»", "municipal_unitary_enterprise", "B2G", "10", "mkts@mkts.by", "г. Минск",
        "ул. Ботаническая, 6"),
    Org("Гродненский районный исполнительный комитет", "municipality", "B2G", "5", "rik@grodnorik.gov.by",
        "г. Гродно", "ул. Горького, 51"),
    Org("ГУ «ТЦСОН Советского района г. Гомеля»", "public_social_institution", "B2G", "4", "tcson-sov@gomel.gov.by",
        "г. Гомель", "ул. Федюнинского, 17"),
    Org("УО «Белорусский государственный университет информатики и радиоэлектроники»", "public_university", "B2G",
        "10", "zakupki@bsuir.by", "г. Минск", "ул. П. Бровки, 6"),
    Org("ГУО «Гимназия № 1 г. Бреста»", "municipal_school", "B2G", "2", "gymn1@brest.edu.by", "г. Брест",
        "ул. Гоголя, 72"),
]
B2B = [
    Org("ООО «Евроторг»", "company", "B2B", "10", "zakupki@eurotorg.by", "г. Минск", "ул. Казинца, 52А"),
    Org("ЧУП «ТехноСтрой-Инвест»", "private_unitary_company", "B2B", "19", "tsi.minsk@gmail.com", "г. Минск",
        "ул. Стебенева, 20"),
    Org("ОДО «Белинтерсервис»", "company", "B2B", "4", "belinterservice@mail.ru", "г. Гомель", "ул. Барыкина, 130"),
    Org("ООО «ЭПАМ Системз»", "company", "B2B", "10", "procurement_by@epam.com", "г. Минск", "ул. Академика Купревича, 1"),
    Org("ЧТУП «Мир канцелярии»", "private_unitary_company", "B2B", "7", "mirkanc@tut.by", "г. Могилёв",
        "ул. Челюскинцев, 105"),
    Org("ОАО «Беларуськалий»", "state_owned_company", "B2B", "6", "office@kali.by", "г. Солигорск",
        "ул. Коржа, 5"),
    Org("Белорусское Общество Красного Креста", "national_red_cross", "B2B", "10", "info@redcross.by", "г. Минск",
        "ул. Карла Маркса, 35"),
    Org("Приход храма Святой Троицы г. Бреста", "religious_organisation", "B2B", "2", None, "г. Брест",
        "ул. Советская, 94"),
    Org("Товарищество собственников «Мирошниченко 10»", "homeowners_association", "B2B", "19", "ts.mir10@mail.ru",
        "г. Минск", "ул. Мирошниченко, 10"),
    Org("ООО «Автомойка Люкс-Сервис»", "company", "B2B", "3", "lux-service.vit@gmail.com", "г. Витебск",
        "ул. Терешковой, 9"),
]
NAFTAN = Org("ОАО «Нафтан»", "state_owned_company_procurement", "B2B", "3", "omts@naftan.by", "г. Новополоцк",
             "ул. Промышленная, 1", amb=True)
UNHCR = Org("Представительство УВКБ ООН в Республике Беларусь", "international_org", "B2B", "10",
            "blrmi@unhcr.org", "г. Минск", "ул. Кирова, 17", amb=True)

START = dt.datetime(2024, 3, 1, 8, 0)
orders = []


def when(office=False):
    d = START + dt.timedelta(days=rng.randint(0, 270), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
    if office:
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
        return d.replace(hour=rng.randint(8, 16))
    return d.replace(hour=rng.choice([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 20, 21, 21, 22, 23]))


def lines_of(items, cashless=False):
    out = []
    for k, q in items:
        name, art, price = P[k]
        disc = 0.0
        if rng.random() < 0.12:
            disc = round(price * rng.choice([0.05, 0.07, 0.1]), 2)
        out.append({"Артикул": art, "Товар": name, "Количество": q, "Цена, BYN": price, "Скидка, BYN": round(disc * q, 2),
                    "Стоимость, BYN": round((price - disc) * q, 2),
                    "Предложение для юр. лиц": "Да" if cashless else "Нет"})
    return out


def add(head, lines, label):
    head.setdefault("Дата создания", when())
    head.setdefault("Статус", rng.choices(["Доставлен", "Подтвержден", "Новый", "Отменен магазином",
                                           "Отменен покупателем"], [78, 8, 4, 4, 6])[0])
    dprice = head.pop("_dprice", 0.0)
    head["Стоимость доставки, BYN"] = dprice
    head["Стоимость заказа, BYN"] = round(sum(l["Стоимость, BYN"] for l in lines) + dprice, 2)
    orders.append((head, lines, label))


def person_head(p: Person, city=None, patr=None) -> dict:
    c = city or rng.choices(CITIES, [w for _, w in CITIES])[0][0]
    h = {"Фамилия": p.last if rng.random() > 0.05 else p.last.upper(), "Имя": p.first,
         "Отчество": p.patr if (rng.random() < 0.3 if patr is None else patr) else "",
         "E-mail": p.email(), "Телефон": phone(), "Город": c}
    if rng.random() < 0.7:
        h["Способ доставки"] = "Курьером"
        h["Адрес доставки"] = addr(c)
        h["_dprice"] = 0.0 if rng.random() < 0.6 else rng.choice([5.0, 7.0, 10.0])
    else:
        h["Способ доставки"] = "Пункт выдачи"
        h["Адрес доставки"] = f"ПВЗ «{rng.choice(['Onliner', 'Boxberry', 'Европочта'])}», {rng.choice(STREETS)}, д. {rng.randint(1, 90)}"
        h["_dprice"] = rng.choice([0.0, 3.0, 4.0])
    return h


def org_head(o: Org, comment: str | None = None) -> dict:
    p = Person()
    h = person_head(p, city=o.city, patr=rng.random() < 0.6)
    if o.email:
        h["E-mail"] = o.email
    h["Способ доставки"] = "Курьером"
    h["Адрес доставки"] = o.street
    h["_dprice"] = 0.0
    h["Способ оплаты"] = "Безналичный расчет"
    if comment is None:
        comment = rng.choice([
            f"Счёт выставить на {o.name}, УНП {o.unp}. Оплата после поставки по ТТН.",
            f"Плательщик: {o.name}, УНП {o.unp}. Доверенность у водителя не нужна, примет завхоз.",
            f"Безнал, {o.name} (УНП {o.unp}), нужны счёт-фактура и ТТН-1",
            f"Для {o.name}. УНП {o.unp}. Доставка в рабочее время 8:30–16:30"])
    h["Комментарий покупателя"] = comment
    h["Дата создания"] = when(office=True)
    return h


# --- B2G
for o in B2G:
    for _ in range(rng.choice([1, 1, 2])):
        items = [(k, rng.randint(1, 4) if k != "paper" else rng.choice([10, 20, 50]))
                 for k in rng.sample(OFFICE + ["ac", "heater"], rng.randint(1, 3))]
        cm = None
        if o.kind == "military_unit":
            cm = f"В/ч 3214, УНП {o.unp}. Оплата по безналу после получения, контактное лицо — прапорщик"
        add(org_head(o, cm), lines_of(items, True), lab("B2G", o.kind, "BY"))

# --- B2G ambiguous: school buys one kettle
o = B2G[10]
add(org_head(o, f"Для учительской. Счёт на {o.name}, УНП {o.unp}"), lines_of([("kettle", 1)], True),
    lab("B2G", "municipal_school_household_item", "BY", True))

# --- B2B
for o in B2B:
    for _ in range(rng.choice([1, 1, 2])):
        pool = OFFICE if o.kind not in ("homeowners_association", "religious_organisation") else ["heater", "ups", "router", "printer"]
        items = [(k, rng.randint(1, 5) if k != "paper" else rng.choice([10, 25, 50, 100])) for k in
                 rng.sample(pool, rng.randint(1, 3))]
        if o.kind == "company" and rng.random() < 0.25:
            items.append(("kettle2", 1))  # household item inside a business order: plain B2B
        add(org_head(o), lines_of(items, True), lab("B2B", o.kind, "BY"))

# --- sole proprietors with documents
for _ in range(5):
    p = Person()
    h = person_head(p, patr=True)
    h["Способ оплаты"] = "Безналичный расчет"
    unp = by_unp(rng, rng.choice(["1", "2", "3", "4", "5", "6", "7"]))
    h["Комментарий покупателя"] = f"ИП {p.last} {p.first[0]}.{p.patr[0]}., УНП {unp}, прошу выставить счёт"
    add(h, lines_of([(k, rng.randint(1, 2)) for k in rng.sample(OFFICE, rng.randint(1, 2))], True),
        lab("B2B", "sole_trader", "BY"))

# --- ambiguous B2B
add(org_head(NAFTAN, f"Процедура закупки № 2024-{rng.randint(1100000, 1199999)} (icetrade.by), договор по "
                     f"результатам закупки. УНП {NAFTAN.unp}"),
    lines_of([("printer", 4), ("cart", 12), ("paper", 100)], True), lab("B2B", NAFTAN.kind, "BY", True))
add(org_head(UNHCR, "PO BLR/2024/0173. Оплата в BYN, без НДС (техническая помощь)"),
    lines_of([("nb", 3), ("monitor", 3), ("ups", 3)], True), lab("B2B", UNHCR.kind, "BY", True))
p = Person(female=False)
h = person_head(p, patr=True)
h["Способ оплаты"] = "Картой «Халва»"
h["Комментарий покупателя"] = f"ИП {p.last} {p.first[0]}.{p.patr[0]}."
add(h, lines_of([("tv", 1)]), lab("B2B", "sole_trader_personal_card", "BY", True))
o = B2B[9]
add(org_head(o), lines_of([("micro", 1)], True), lab("B2B", "company_household_item", "BY", True))
p = Person(female=False)
h = person_head(p)
h["Способ оплаты"] = "Наличными"
h["Комментарий покупателя"] = "беру под перепродажу, если есть скидка от 10 шт — напишите"
add(h, lines_of([("charger", 12)]), lab("B2B", "private_person_resale", "BY", True))

GRODNO_AZOT = Org("ОАО «Гродно Азот»", "state_owned_company_procurement", "B2B", "5", "zakupki@azot.by", "г. Гродно",
                  "ул. Бородича, 4", amb=True)
add(org_head(GRODNO_AZOT, f"Закупка по Положению о закупках за счёт собственных средств, процедура № "
                          f"2024-{rng.randint(1200000, 1299999)} на icetrade.by. УНП {GRODNO_AZOT.unp}"),
    lines_of([("mfu", 2), ("monitor", 6)], True), lab("B2B", GRODNO_AZOT.kind, "BY", True))
UNICEF = Org("Представительство Детского фонда ООН (ЮНИСЕФ) в Республике Беларусь", "international_org", "B2B", "10",
             "minsk@unicef.org", "г. Минск", "ул. Кирова, 17", amb=True)
add(org_head(UNICEF, "PO 43170287, оплата безналичным платежом в BYN"), lines_of([("projector", 2), ("nb2", 2)], True),
    lab("B2B", UNICEF.kind, "BY", True))
o = B2B[1]
add(org_head(o, f"Для офиса. Счёт на {o.name}, УНП {o.unp}"), lines_of([("coffee", 1)], True),
    lab("B2B", "company_household_item", "BY", True))
o = B2G[1]
add(org_head(o, f"Счёт на {o.name}, УНП {o.unp}, для пищеблока"), lines_of([("blender", 1)], True),
    lab("B2G", "municipal_kindergarten_household_item", "BY", True))
p = Person(female=True)
h = person_head(p)
h["Способ оплаты"] = "Картой онлайн"
h["Комментарий покупателя"] = "Оплачу своей картой, а ТТН и счёт-фактуру выписать на ООО «Автомойка Люкс-Сервис»"
add(h, lines_of([("printer", 1), ("cart", 2)]), lab("B2B", "person_pays_company_invoice", "BY", True))

# --- ambiguous B2C
p = Person(female=False)
h = person_head(p)
h["E-mail"] = f"{tr(p.last)}.{tr(p.first)[0]}@mogilev.gov.by"
h["Способ оплаты"] = "Наличными"
add(h, lines_of([("tv", 1)]), lab("B2C", "person_with_gov_email", "BY", True))
p = Person()
h = person_head(p)
h["Способ оплаты"] = "Картой при получении"
h["Комментарий покупателя"] = "Для всей семьи и родственников, 8 одинаковых"
add(h, lines_of([("kettle", 8)]), lab("B2C", "private_person_volume", "BY", True))
p = Person(female=True)
h = person_head(p)
h["E-mail"] = f"{tr(p.last)}@minsk.gov.by"
h["Способ оплаты"] = "Картой онлайн"
add(h, lines_of([("kettle2", 1)]), lab("B2C", "person_with_gov_email", "BY", True))
p = Person(female=False)
h = person_head(p)
h["E-mail"] = f"{tr(p.first)[0]}.{tr(p.last)}@beltelecom.by"
h["Способ оплаты"] = "Картой при получении"
add(h, lines_of([("vacuum", 1)]), lab("B2C", "person_with_company_email", "BY", True))
p = Person()
h = person_head(p)
h["Способ оплаты"] = "Наличными"
add(h, lines_of([("phone_a", 20)]), lab("B2C", "private_person_volume", "BY", True))
for k in ["heater", "blender"]:
    h = {"Телефон": phone(), "Город": "г. Минск", "Способ доставки": "Пункт выдачи", "Статус": "Новый"}
    add(h, lines_of([(k, 1)]), lab("B2C", "thin_record", "BY", True))

# --- private persons
while sum(len(l) for _, l, _ in orders) < 236:
    p = Person()
    h = person_head(p)
    h["Способ оплаты"] = rng.choice(["Наличными"] * 3 + ["Картой при получении"] * 3 + ["Картой онлайн"] * 2 +
                                    ["Картой «Халва»", "Оплата частями"])
    n = 1 if rng.random() < 0.85 else 2
    items = [(k, 1 if rng.random() < 0.9 else 2) for k in rng.sample(HOUSE + ["nb", "nb2", "printer", "monitor"], n)]
    if rng.random() < 0.15:
        h["Комментарий покупателя"] = rng.choice(["Позвоните за час до доставки", "Домофон не работает, звонить на телефон",
                                                 "Подъезд 3, этаж 7", "Можно после 18:00?", "Нужен подъём на этаж"])
    if rng.random() < 0.05:
        h["Промокод"] = rng.choice(["ONLINER10", "CLEVER5"])
    add(h, lines_of(items), lab("B2C", "private_person", "BY"))

# ------------------------------------------------------------------ write
orders.sort(key=lambda t: t[0]["Дата создания"], reverse=True)
wb = Workbook()
ws = wb.active
ws.title = "Заказы"
ws.append(HEADER)
for c in ws[1]:
    c.font = Font(bold=True)
labels = []
used = set()
for head, lines, lb in orders:
    k = key5()
    while k in used:
        k = key5()
    used.add(k)
    head["Номер заказа"] = k
    for ln in lines:
        row = {h: None for h in HEADER}
        row.update({a: b for a, b in head.items() if a in HEADER})
        row.update(ln)
        vals = []
        for h in HEADER:
            v = row[h]
            if isinstance(v, dt.datetime):
                v = v.strftime("%d.%m.%Y %H:%M")
            vals.append(None if v == "" else v)
        ws.append(vals)
        labels.append(lb)
for row in ws.iter_rows(min_row=2):
    for c in row:
        if isinstance(c.value, float):
            c.number_format = "0.00"
for col, wdt in zip("ABCDEFGHIJKLMNOPQRSTUVW", [9, 16, 18, 14, 12, 15, 28, 15, 14, 38, 14, 20, 16, 52, 7, 10, 10, 12,
                                               10, 10, 12, 10, 60]):
    ws.column_dimensions[col].width = wdt
LAYOUTS.mkdir(parents=True, exist_ok=True)
out = LAYOUTS / f"{ID}.xlsx"
wb.save(out)
buf = io.BytesIO()
with zipfile.ZipFile(out) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2024-11-27T10:15:00Z", data)
        zi = zipfile.ZipInfo(item.filename, date_time=(2024, 11, 27, 10, 15, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, data)
out.write_bytes(buf.getvalue())

META = {
    "system": "Onliner (catalog.onliner.by, Onliner Корзина) — заказы магазина-продавца, выгрузка списка заказов в Excel",
    "country": "BY",
    "language": "ru",
    "docs": [
        "github.com/onlinerby/onliner-cart-api docs/order/show.md и index.md (GET /orders, /orders/{key}): ключ заказа из "
        "5 символов (латиница и цифры без 0, o, 1, i, l), contact.first_name/last_name/middle_name/email/phone, "
        "delivery.city/address/type (courier, pickup_point), delivery.price, payment.type, comment, order_cost "
        "(стоимость заказа с доставкой и скидками), positions[]: article, product.full_name, quantity, price, discount, "
        "cost, is_cashless («Флаг предложения для юридических лиц»), status_change_log со статусами на русском "
        "(«Новый», «Отменен магазином»), суммы в BYN",
        "docs/order/change-payment-type.md: способы оплаты cash, terminal, cashless, online, halva",
        "Не найдено в документации: формат выгрузки из кабинета магазина; колонки названы по описаниям полей API, "
        "один ряд на позицию заказа, даты dd.mm.yyyy HH:MM",
    ],
    "fields": {"buyer": "Фамилия", "product": "Товар", "quantity": "Количество", "amount": "Стоимость, BYN",
               "tax_id": None, "email": "E-mail", "payment": "Способ оплаты", "comment": "Комментарий покупателя"},
    "also_ok": {"buyer": ["Имя", "Отчество"], "amount": ["Стоимость заказа, BYN"], "product": ["Артикул"]},
    "notes": ("XLSX, sheet 'Заказы', header row 1, no title/totals. One row per order position; order fields repeat on "
              "each position, so all rows of one 'Номер заказа' share a label. The buyer is only a contact person "
              "(Фамилия/Имя/Отчество); when an organisation buys, its name and УНП appear only in 'Комментарий "
              "покупателя' (and often its e-mail domain: *.edu.by, *.gov.by). 'Предложение для юр. лиц' = Да marks an "
              "offer for legal entities (Onliner is_cashless) and is set on cashless orders; it is an offer attribute, "
              "not the buyer. 'Стоимость, BYN' = line cost after discount; 'Стоимость заказа, BYN' = order total incl. "
              "delivery. Sorted newest first."),
}
write_key(ID, META, labels)
if __name__ == "__main__":
    from collections import Counter
    print(ID, len(labels), "orders", len(orders), Counter(l["label"] for l in labels), sum(l["ambiguous"] for l in labels))
