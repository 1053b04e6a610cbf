"""Poster POS — «Статистика → Чеки» report exported to Excel (Ukrainian UI),
a Lviv bakery-café that also takes catering orders, 1–21 September 2025.

One line per receipt: receipt number, opened / closed time, waiter, hall and
table, guest count, customer and customer group (optional columns), payment
method, sum, discount, paid, profit, status, comment; a totals line at the end.
The receipts report has no product column: what was bought shows only in the
comment where staff typed it.
"""
from __future__ import annotations

import random

from openpyxl import Workbook
from openpyxl.styles import Font

from kd_common import LAYOUTS, fix_xlsx_timestamps, write_key

ID = "kd_ua_poster_cheky"
SEED = 20250921

HEAD = ["№", "Відкрито", "Закрито", "Офіціант", "Зал", "Стіл", "Гостей", "Клієнт", "Група клієнтів",
        "Спосіб оплати", "Сума", "Знижка, %", "Оплачено", "Прибуток", "Статус", "Коментар"]

WAITERS = ["Марія Гнатів", "Остап Кравець", "Юлія Федорків", "Тарас Бойко", "Ірина Савчук"]
HALLS = [("Зал", ["1", "2", "3", "4", "5", "6", "7", "8"]), ("Тераса", ["Т1", "Т2", "Т3", "Т4"]),
         ("З собою", [""])]

GIVEN_F = ["Олена", "Наталія", "Оксана", "Ірина", "Тетяна", "Мар'яна", "Христина", "Софія", "Анна", "Юлія", "Галина", "Богдана"]
GIVEN_M = ["Андрій", "Тарас", "Остап", "Богдан", "Олександр", "Юрій", "Роман", "Василь", "Дмитро", "Максим", "Ігор", "Назар"]
SURN = ["Коваленко", "Шевчук", "Бондаренко", "Ткачук", "Мельник", "Кравчук", "Гнатюк", "Павлишин", "Дячук",
        "Литвин", "Савчук", "Федоришин", "Романюк", "Костів", "Гаврилюк", "Іваницька", "Стасюк", "Федорів"]

COMPANIES = [  # name, kind
    ("ТОВ «СОФТСЕРВ»", "company"),
    ("ТОВ «ЕЛЕКС»", "company"),
    ("ТОВ «ЕПАМ СИСТЕМЗ»", "company"),
    ("ТОВ «Нова Пошта»", "company"),
    ("ТОВ «Львівхолод»", "company"),
    ("ТОВ «Агенція нерухомості «Ринок Площа»", "company"),
    ("ТОВ «Стоматологія «Дентал Арт»", "private_clinic"),
    ("ПП «Галицька кава»", "company"),
    ("ТОВ «Приватна школа «Афіна»", "private_school"),
]
NONPROFITS = [
    ("ГО «Львівська освітня фундація»", "nonprofit"),
    ("БФ «Повернись живим»", "charity"),
    ("Товариство Червоного Хреста України, Львівська обласна організація", "national_red_cross"),
    ("Релігійна громада парафії св. Юра УГКЦ", "religious_organisation"),
]
STATE = [  # name, kind
    ("Львівська міська рада", "city_council"),
    ("Національний університет «Львівська політехніка»", "public_university"),
    ("ЛНУ імені Івана Франка", "public_university"),
    ("КНП «1 ТМО м. Львова»", "public_hospital"),
    ("КНП ЛОР «Львівська обласна клінічна лікарня»", "public_hospital"),
    ("Львівський ліцей № 28 Львівської міської ради", "public_school"),
    ("Департамент освіти і науки Львівської ОДА", "regional_department"),
    ("ГУ ДПС у Львівській області", "state_agency"),
    ("ЛМКП «Львівводоканал»", "municipal_enterprise"),
    ("Військова частина А7014", "military_unit"),
]
INTL = ("Делегація Міжнародного комітету Червоного Хреста (МКЧХ), офіс у Львові", "international_org")
FOP = ["ФОП Коваль Оксана Миколаївна", "ФОП Дмитрук Роман Ігорович", "ФОП Гринишин Н.В.", "ФОП Стецько Андрій"]

CATERING = ["Кава-брейк на {n} осіб (кава, круасани, тістечка)", "Фуршет на {n} осіб", "Обід для учасників семінару, {n} осіб",
            "Набори випічки {n} шт. з доставкою", "Кава-брейк для конференції, {n} учасників"]
CAKES = ["Торт «Наполеон» 2 кг", "Торт «Львівський сирник» 1,5 кг", "Торт «Медівник» 2 кг", "Торт «Захер» 1 кг"]


def person(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{rng.choice(GIVEN_F)} {rng.choice(SURN)}"
    s = rng.choice(SURN)
    if s.endswith("ька"):
        s = s[:-3] + "ький"
    return f"{rng.choice(GIVEN_M)} {s}"


def main() -> None:
    rng = random.Random(SEED)
    regulars = [person(rng) for _ in range(26)]
    regulars[3] = regulars[3].upper()
    regulars[7] = "Оля (торти)"
    regulars[11] = regulars[11].split()[1] + " " + regulars[11].split()[0][0] + "."
    staff_clients = WAITERS[:3]
    reg_group = {r: rng.choice(["Постійні 5%", "Постійні 5%", "Гості", "Постійні 10%"]) for r in regulars}

    plan = []
    plan += [("anon", None)] * 115
    plan += [("regular", None)] * 34
    plan += [("staff", None)] * 4
    plan += [("regular_cake", None)] * 8
    plan += [("company_catering", c) for c in rng.choices(COMPANIES, k=14)]
    plan += [("company_one_cake", c) for c in rng.choices(COMPANIES, k=5)]
    plan += [("company_small", c) for c in rng.choices(COMPANIES, k=2)]
    plan += [("npo_catering", c) for c in NONPROFITS + [NONPROFITS[0]]]
    plan += [("state_catering", s) for s in STATE + rng.choices(STATE[:9], k=5)]
    plan += [("state_one_cake", s) for s in [STATE[9], STATE[5], STATE[3]]]
    plan += [("intl_catering", INTL)] * 2
    plan += [("fop_bulk", f) for f in rng.choices(FOP, k=5)]
    plan += [("fop_card_cake", f) for f in rng.choices(FOP, k=4)]
    plan += [("person_office", None)] * 4
    plan += [("person_bulk", None)] * 2
    plan += [("person_corporate", None)] * 4
    rng.shuffle(plan)

    # spread over 1–21 Sep 2025, sorted by time
    slots = sorted((rng.randint(1, 21), rng.randint(7 * 60 + 30, 21 * 60 + 30)) for _ in plan)
    rows, labels = [], []
    no = 48213
    for (kind, who), (day, minute) in zip(plan, slots):
        no += rng.randint(1, 3)
        hall, tables = rng.choice(HALLS)
        table = rng.choice(tables)
        guests = rng.choice([1, 1, 1, 2, 2, 3, 4]) if hall != "З собою" else 1
        client, group, pay, comment, disc = "", "", rng.choice(["Готівка", "Картка", "Картка", "Картка"]), "", 0
        label, amb, bkind = "B2C", False, "anonymous_retail"
        if kind == "anon":
            total = round(rng.choice([38, 45, 52, 65, 78, 89, 95, 110, 125, 148, 165, 210, 245, 320, 415]) * guests
                          * rng.uniform(0.8, 1.3), 0)
        elif kind == "regular":
            client = rng.choice(regulars)
            group = reg_group[client]
            disc = 10 if group.endswith("10%") else (5 if group.endswith("5%") else 0)
            total = round(rng.uniform(60, 520), 0)
            bkind = "private_person"
            if rng.random() < 0.15:
                comment = rng.choice(["без цукру", "з собою", "передзамовлення по телефону"])
        elif kind == "staff":
            client = rng.choice(staff_clients)
            group, disc = "Співробітники", 30
            total = round(rng.uniform(80, 220), 0)
            bkind = "private_person"
        elif kind == "regular_cake":
            client = rng.choice(regulars)
            group = reg_group[client]
            disc = 10 if group.endswith("10%") else (5 if group.endswith("5%") else 0)
            cake = rng.choice(CAKES)
            total = rng.choice([780, 920, 1150, 1340])
            comment = rng.choice([f"{cake}, напис «З днем народження!»", f"{cake} на замовлення", f"Передзамовлення: {cake}"])
            hall, table, guests = "З собою", "", 1
            bkind = "private_person"
        elif kind in ("company_catering", "npo_catering", "state_catering", "intl_catering"):
            client, bkind = who
            group = "Корпоративні"
            n = rng.choice([12, 15, 20, 25, 30, 40, 60])
            comment = rng.choice(CATERING).format(n=n)
            if rng.random() < 0.5:
                comment += f", рахунок № {rng.randint(120, 480)}"
            total = round(n * rng.uniform(165, 420), 0)
            pay = "Безготівковий (рахунок)" if rng.random() < 0.85 else "Картка"
            hall, table, guests = "З собою", "", n
            label = {"company_catering": "B2B", "npo_catering": "B2B", "state_catering": "B2G", "intl_catering": "B2B"}[kind]
            amb = kind == "intl_catering"
        elif kind in ("company_one_cake", "state_one_cake"):
            client, bkind = who
            group = "Корпоративні"
            cake = rng.choice(CAKES)
            comment = f"{cake}, день народження колеги"
            total = rng.choice([780, 920, 1150])
            pay = "Картка"
            hall, table, guests = "З собою", "", 1
            label = "B2B" if kind == "company_one_cake" else "B2G"
            amb = True
        elif kind == "company_small":
            client, bkind = who
            group = "Корпоративні"
            total = round(rng.uniform(180, 420), 0)
            pay = "Картка"
            label, amb = "B2B", True
        elif kind == "person_corporate":
            emp = rng.choice(["Епам", "СофтСерв", "Елекс", "Нова Пошта"])
            client = f"{person(rng)} ({emp})"
            group = "Корпоративні"
            total = round(rng.uniform(70, 260), 0)
            pay = "Картка"
            label, amb, bkind = "B2C", True, "private_person_company_affiliation"
        elif kind == "fop_bulk":
            client, bkind = who, "sole_trader"
            group = "Оптові"
            n = rng.choice([30, 40, 50, 60])
            comment = rng.choice([f"{n} круасанів для кав'ярні на Наукову", f"Випічка на реалізацію, {n} шт.",
                                  f"Опт: {n} шт. пиріжків для кіоску"])
            total = round(n * rng.uniform(28, 42), 0)
            pay = rng.choice(["Безготівковий (рахунок)", "Готівка"])
            hall, table, guests = "З собою", "", 1
            label = "B2B"
        elif kind == "fop_card_cake":
            client, bkind = who, "sole_trader"
            group = "Оптові"
            comment = rng.choice(CAKES)
            total = rng.choice([780, 1150])
            pay = "Картка"
            hall, table, guests = "З собою", "", 1
            label, amb = "B2B", True
        elif kind == "person_office":
            client = person(rng)
            group = "Гості"
            n = rng.choice([40, 60])
            comment = f"{n} тістечок асорті — для офісу, на корпоратив"
            total = round(n * 42, 0)
            hall, table, guests = "З собою", "", 1
            label, amb, bkind = "B2B", True, "private_person_business_use"
        elif kind == "person_bulk":
            client = person(rng)
            group = "Гості"
            n = rng.choice([35, 45])
            comment = f"{n} капучино з собою, замовлення по телефону"
            total = n * 65
            hall, table, guests = "З собою", "", 1
            label, amb, bkind = "B2C", True, "private_person_bulk"
        paid = round(total * (100 - disc) / 100, 2)
        profit = round(paid * rng.uniform(0.52, 0.68), 2)
        opened = f"{day:02d}.09.2025 {minute // 60:02d}:{minute % 60:02d}"
        close_min = minute + rng.randint(2, 55)
        closed = f"{day:02d}.09.2025 {min(close_min, 23 * 60 + 59) // 60:02d}:{min(close_min, 23 * 60 + 59) % 60:02d}"
        rows.append([no, opened, closed, rng.choice(WAITERS), hall, table, guests, client, group, pay,
                     float(total), disc, paid, profit, "Закритий", comment])
        labels.append(dict(label=label, amb=amb, kind=bkind, country="UA"))

    wb = Workbook()
    ws = wb.active
    ws.title = "Чеки"
    ws.append(HEAD)
    for c in ws[1]:
        c.font = Font(bold=True)
    for r in rows:
        ws.append(r)
        for col in (11, 13, 14):
            ws.cell(row=ws.max_row, column=col).number_format = "0.00"
    ws.append(["Разом", "", "", "", "", "", sum(r[6] for r in rows), "", "", "",
               round(sum(r[10] for r in rows), 2), "", round(sum(r[12] for r in rows), 2),
               round(sum(r[13] for r in rows), 2), "", ""])
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
    for col, wdt in zip("ABCDEFGHIJKLMNOP", [8, 17, 17, 16, 10, 6, 7, 44, 16, 22, 10, 9, 10, 10, 10, 55]):
        ws.column_dimensions[col].width = wdt
    LAYOUTS.mkdir(parents=True, exist_ok=True)
    out = LAYOUTS / f"{ID}.xlsx"
    wb.save(out)
    fix_xlsx_timestamps(out)

    key = {
        "id": ID,
        "system": "Poster POS (joinposter.com), адмін-панель: Статистика → Чеки, кнопка «Експорт» у Excel; кав'ярня-пекарня у Львові з кейтерингом",
        "country": "UA",
        "language": "uk",
        "docs": [
            "help.joinposter.com/en/articles/5326434-how-to-view-sales-report-by-receipts: the receipts report shows receipt number, opening and closing time, waiter, receipt amount, discount, profit and status; «Columns» adds table and floor area, customer and customer groups, guest count, sum, promotions and comments; filters by payment method (cash, card, gift card/bonuses, additional payment methods); totals at the bottom; «Export» downloads an Excel spreadsheet",
            "help.joinposter.com/en/collections/2995005-reports and support.joinposter.com (ru): report list and receipt archive, used for the receipt/status vocabulary; Ukrainian column captions are my rendering of the UI labels, not copied from a sample file",
        ],
        "fields": {
            "buyer": "Клієнт",
            "product": None,
            "quantity": None,
            "amount": "Оплачено",
            "tax_id": None,
            "email": None,
            "payment": "Спосіб оплати",
            "comment": "Коментар",
        },
        "also_ok": {"amount": ["Сума"]},
        "notes": ("XLSX, one sheet «Чеки», header in row 1, one line per closed receipt, last line «Разом» is a totals line (not a record). "
                  "«Офіціант» is the seller's staff member, not the buyer. Most receipts have no customer (walk-in guests). Customers come from "
                  "Poster's customer base: private regulars (groups «Постійні 5%/10%», «Гості», «Співробітники»), corporate clients («Корпоративні») "
                  "and ФОП resellers («Оптові»); catering and cakes are described only in «Коментар». Payment «Безготівковий (рахунок)» is the "
                  "venue's additional payment method for invoiced orders. «Сума» is before discount, «Оплачено» after; «Гостей» is the guest count."),
    }
    write_key(key, labels)


if __name__ == "__main__":
    main()
