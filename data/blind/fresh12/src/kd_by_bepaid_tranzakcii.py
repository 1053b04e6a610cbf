"""bePaid payment gateway (Belarus) — back office — list of successful transactions of a Belarusian online shop
(office supplies, school goods, small electronics), card and ЕРИП payments,
1–20 September 2025, exported to XLSX.

One line per transaction: UID, dates, status, type, payment method
(credit_card / erip, as the bePaid API names them), amount and currency, the
shop's order description and tracking_id, the customer fields the shop passed
(first name, last name, e-mail, phone, country, city, address), card data for
card payments, the ЕРИП account number for ЕРИП payments, fee and payout.
"""
from __future__ import annotations

import random

from openpyxl import Workbook
from openpyxl.styles import Font

from kd_common import LAYOUTS, by_unp, fix_xlsx_timestamps, write_key

ID = "kd_by_bepaid_tranzakcii"
SEED = 20250920

HEAD = ["UID", "Дата создания", "Дата оплаты", "Статус", "Тип", "Способ оплаты", "Сумма", "Валюта",
        "Описание", "Tracking ID", "Имя", "Фамилия", "Email", "Телефон", "Страна", "Город", "Адрес",
        "Держатель карты", "Карта", "Страна эмитента", "Номер счета ЕРИП", "Комиссия", "К зачислению"]

PEOPLE = [  # first, last, translit holder, gender
    ("Иван", "Ковалёв", "IVAN KAVALIOU", "m"), ("Анна", "Жук", "HANNA ZHUK", "f"),
    ("Дмитрий", "Новик", "DZMITRY NAVIK", "m"), ("Ольга", "Козловская", "VOLHA KAZLOUSKAYA", "f"),
    ("Сергей", "Мельник", "SIARHEI MELNIK", "m"), ("Татьяна", "Кравченко", "TATSIANA KRAUCHANKA", "f"),
    ("Андрей", "Ковальчук", "ANDREI KAVALCHUK", "m"), ("Наталья", "Шевчик", "NATALLIA SHAUCHYK", "f"),
    ("Алексей", "Лукашевич", "ALIAKSEI LUKASHEVICH", "m"), ("Елена", "Богданович", "ALENA BAHDANOVICH", "f"),
    ("Павел", "Савицкий", "PAVEL SAVITSKI", "m"), ("Юлия", "Климович", "YULIYA KLIMOVICH", "f"),
    ("Максим", "Якубович", "MAKSIM YAKUBOVICH", "m"), ("Мария", "Тарасевич", "MARYIA TARASEVICH", "f"),
    ("Виктор", "Сидоренко", "VIKTAR SIDARENKA", "m"), ("Ирина", "Гайдук", "IRYNA HAIDUK", "f"),
    ("Александр", "Войтович", "ALIAKSANDR VOITOVICH", "m"), ("Светлана", "Романович", "SVIATLANA RAMANOVICH", "f"),
    ("Николай", "Ермакович", "MIKALAI YERMAKOVICH", "m"), ("Екатерина", "Пашкевич", "KATSIARYNA PASHKEVICH", "f"),
    ("Артём", "Зайцев", "ARTSIOM ZAITSAU", "m"), ("Дарья", "Мороз", "DARYA MAROZ", "f"),
]
CITIES = [("Минск", 0.55), ("Гомель", 0.08), ("Брест", 0.07), ("Гродно", 0.07), ("Витебск", 0.06),
          ("Могилёв", 0.06), ("Борисов", 0.04), ("Барановичи", 0.03), ("Лида", 0.02), ("Пинск", 0.02)]
STREETS = ["ул. Притыцкого", "пр-т Независимости", "ул. Сурганова", "ул. Советская", "ул. Ленина",
           "пр-т Победителей", "ул. Кальварийская", "ул. Гагарина", "ул. Пушкина", "ул. Якуба Коласа"]
FREEMAIL = ["gmail.com", "mail.ru", "yandex.by", "tut.by", "icloud.com", "yahoo.com", "rambler.ru"]

# organisation, kind, label, tag, unp prefix, city, contact email, address
ORGS = [
    ("ГУО «Средняя школа № 12 г. Минска»", "public_school", "B2G", "state", "19", "Минск", "sch12@minsk.edu.by", "ул. Лобанка, 24"),
    ("ГУО «Гимназия № 1 г. Гомеля»", "public_school", "B2G", "state", "40", "Гомель", "gymn1@gomel.edu.by", "ул. Кирова, 19"),
    ("ГУО «Ясли-сад № 310 г. Минска»", "public_kindergarten", "B2G", "state", "19", "Минск", "ds310@minsk.edu.by", "ул. Есенина, 31"),
    ("УЗ «10-я городская клиническая больница»", "public_hospital", "B2G", "state", "10", "Минск", "zakupki@10gkb.by", "ул. Уборевича, 73"),
    ("УЗ «Брестская областная клиническая больница»", "public_hospital", "B2G", "state", "20", "Брест", "snab@bokb.by", "ул. Медицинская, 7"),
    ("УО «Белорусский государственный университет»", "public_university", "B2G", "state", "10", "Минск", "omts@bsu.by", "пр-т Независимости, 4"),
    ("ГУ «Национальная библиотека Беларуси»", "state_cultural_institution", "B2G", "state", "10", "Минск", "zakupki@nlb.by", "пр-т Независимости, 116"),
    ("Администрация Советского района г. Минска", "district_administration", "B2G", "state", "10", "Минск", "buh@sovetsky.minsk.gov.by", "ул. Волгоградская, 25"),
    ("Барановичский городской исполнительный комитет", "city_executive_committee", "B2G", "state", "20", "Барановичи", "ispolkom@baranovichi.gov.by", "ул. Советская, 79"),
    ("Войсковая часть 71184", "military_unit", "B2G", "state", "69", "Борисов", "vch71184@mil.by", "ул. Гагарина, 100"),
    ("КУП «Минсккоммунтеплосеть»", "municipal_unitary_enterprise", "B2G", "state", "10", "Минск", "omts@mkts.by", "ул. Каховская, 27"),
    ("УП «Минскводоканал»", "municipal_unitary_enterprise", "B2G", "state", "10", "Минск", "zakupki@minskvodokanal.by", "ул. Пулихова, 15"),
    ("РУП «Белтелеком»", "state_unitary_enterprise", "B2G", "state", "10", "Минск", "zakupki@beltelecom.by", "ул. Энгельса, 6"),
    ("РУП «Белпочта»", "state_unitary_enterprise", "B2G", "state", "10", "Минск", "omts@belpost.by", "пр-т Независимости, 10"),
    ("РУП «Минскэнерго»", "state_unitary_enterprise", "B2G", "state", "10", "Минск", "snab@minskenergo.by", "ул. Аранская, 24"),
    # state-owned joint-stock companies
    ("ОАО «Беларуськалий»", "state_owned_company", "B2B", "soe_proc", "60", "Солигорск", "zakupki@kali.by", "ул. Коржа, 5"),
    ("ОАО «Белшина»", "state_owned_company", "B2B", "soe_proc", "70", "Бобруйск", "omts@belshina.by", "Минское шоссе, 4"),
    ("ОАО «Нафтан»", "state_owned_company", "B2B", "soe", "30", "Новополоцк", "snab@naftan.by", "Промзона"),
    # companies
    ("ООО «Евроторг»", "company", "B2B", "biz", "10", "Минск", "office@eurotorg.by", "ул. Казинца, 52А"),
    ("ЗАО «Атлант»", "company", "B2B", "biz", "10", "Минск", "snab@atlant.by", "пр-т Победителей, 61"),
    ("ИООО «ЭПАМ Системз»", "company", "B2B", "biz", "19", "Минск", "facilities_by@epam.com", "ул. Академика Купревича, 1/1"),
    ("СООО «Белвест»", "company", "B2B", "biz", "30", "Витебск", "office@belwest.com", "ул. Правды, 1А"),
    ("ООО «Альфа-Трейд Групп»", "company", "B2B", "biz", "19", "Минск", "buh@alfatrade.by", "ул. Тимирязева, 65Б, оф. 412"),
    ("ЧТУП «Ремонт-Сервис Гродно»", "company", "B2B", "biz", "59", "Гродно", "remservis.grodno@gmail.com", "ул. Дзержинского, 94"),
    ("ООО «ТехноПарк Лоджистик»", "company", "B2B", "biz", "69", "Смолевичи", "info@tplogistic.by", "Индустриальный парк «Великий камень»"),
    ("ООО «Медицинский центр «Кравира»", "private_clinic", "B2B", "biz", "19", "Минск", "buh@kravira.by", "ул. Кальварийская, 7Б"),
    ("ЧУО «Частная средняя школа «Альтернатива»", "private_school", "B2B", "biz", "19", "Минск", "alternativa.school@mail.ru", "ул. Нёманская, 40"),
    ("ООО «Санта Ритейл»", "company", "B2B", "biz", "20", "Брест", "office@santa.by", "ул. Катин Бор, 106"),
    ("ЧУП «Кофейня «Зерно»", "company", "B2B", "biz", "40", "Гомель", "zerno.gomel@gmail.com", "ул. Советская, 21"),
    ("ИП Жук Андрей Викторович", "sole_trader", "B2B", "ip", "19", "Минск", "zhuk.av@gmail.com", "ул. Сурганова, 43, кв. 17"),
    ("ИП Савицкая Ольга Петровна", "sole_trader", "B2B", "ip", "59", "Гродно", "savitskaya.op@mail.ru", "ул. Ожешко, 12, кв. 3"),
    ("ИП Лемешевский Игорь Николаевич", "sole_trader", "B2B", "ip", "40", "Гомель", "lemeshevsky.ip@tut.by", "пр-т Ленина, 5, кв. 88"),
    # non-profits and international organisations
    ("Белорусское Общество Красного Креста", "national_red_cross", "B2B", "npo", "10", "Минск", "info@redcross.by", "ул. Карла Маркса, 35"),
    ("Религиозная община «Приход храма Всех Святых г. Минска»", "religious_organisation", "B2B", "npo", "10", "Минск", "vsehsvyatskiy@gmail.com", "ул. Калиновского, 1"),
    ("Товарищество собственников «Каменная Горка-5»", "homeowners_association", "B2B", "npo", "19", "Минск", "ts.kg5@mail.ru", "ул. Лещинского, 8"),
    ("Представительство Детского фонда ООН (ЮНИСЕФ) в Республике Беларусь", "international_org", "B2B", "intl", "10", "Минск", "minsk@unicef.org", "ул. Кирова, 17"),
]

GOODS = [  # name, price BYN, qty range for an organisation
    ("Бумага офисная SvetoCopy A4, 500 л.", 13.90, (10, 120)),
    ("Картридж HP 85A CE285A", 89.00, (2, 12)),
    ("МФУ Canon i-SENSYS MF3010", 489.00, (1, 4)),
    ("Ноутбук Lenovo IdeaPad 3 15IAU7", 1590.00, (1, 6)),
    ("Монитор Xiaomi Monitor A24i", 329.00, (1, 10)),
    ("Папка-регистратор Erich Krause 75 мм", 6.90, (10, 80)),
    ("Набор ручек BIC Cristal, 50 шт.", 39.00, (2, 15)),
    ("Шредер Office Kit S100", 349.00, (1, 3)),
    ("Ламинатор Office Kit L2301", 145.00, (1, 3)),
    ("Кресло офисное Бюрократ CH-868LT", 289.00, (2, 12)),
    ("Калькулятор Casio GR-12", 32.90, (2, 20)),
]
HOME = [
    ("Рюкзак школьный Erich Krause ErgoLine 15L", 119.00),
    ("Набор тетрадей 48 л., 10 шт.", 18.50),
    ("Пенал Kite Education", 24.90),
    ("Наушники JBL Tune 520BT", 149.00),
    ("Электрочайник Philips HD9350/90", 109.00),
    ("Микроволновая печь LG MS2042DB", 289.00),
    ("Кофемашина De'Longhi Magnifica S ECAM22.110.B", 1399.00),
    ("Телевизор Samsung UE43CU7100U", 1199.00),
    ("Планшет Samsung Galaxy Tab A9+ 64GB", 649.00),
    ("Настольная лампа Xiaomi Mi LED Desk Lamp 1S", 139.00),
]


def phone(rng):
    return f"+375 {rng.choice(['29', '33', '44', '25'])} {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"


TR = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i",
          "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
          "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "sch", "ы": "y", "ь": "", "ъ": "", "э": "e", "ю": "yu", "я": "ya"}


def translit(x: str) -> str:
    return "".join(TR.get(c, c) for c in x.lower())


def email_for(rng, first, last):
    f = translit(first)
    l = translit(last)
    pat = rng.choice(["{f}.{l}", "{l}{n}", "{f}{l}{n}", "{f}_{l}"])
    return pat.format(f=f, l=l, n=rng.randint(1, 99)) + "@" + rng.choice(FREEMAIL)


def main() -> None:
    rng = random.Random(SEED)
    orgs = []
    for name, kind, label, tag, pref, city, mail, addr in ORGS:
        orgs.append(dict(name=name, kind=kind, label=label, tag=tag, unp=by_unp(rng, pref[0]) if len(pref) == 1 else by_unp(rng, pref),
                         city=city, mail=mail, addr=addr))

    for o in orgs:
        if o["tag"] == "ip":
            parts = o["name"].split()
            hold = {"Жук": "ANDREI ZHUK", "Савицкая": "VOLHA SAVITSKAYA", "Лемешевский": "IHAR LIAMESHEUSKI"}[parts[1]]
            o["contact"] = (parts[2], parts[1], hold)
        else:
            c = rng.choice(PEOPLE)
            o["contact"] = (c[0], c[1], c[2])

    def by(tag):
        return [o for o in orgs if o["tag"] == tag]

    plan = []
    plan += [("person_goods", None)] * 96
    plan += [("person_thin", None)] * 12
    plan += [("person_gov_mail", None)] * 5
    plan += [("person_pays_company", rng.choice(by("biz")))] * 1
    plan += [("person_pays_company", rng.choice(by("biz")))] * 1
    plan += [("person_bulk", None)] * 2
    plan += [("org_invoice", o) for o in by("state") + rng.choices(by("state"), k=10)]
    plan += [("org_household", rng.choice([o for o in by("state") if o["kind"] in ("public_school", "public_kindergarten")]))
             for _ in range(2)]
    plan += [("soe_proc", o) for o in rng.choices(by("soe_proc"), k=4)]
    plan += [("org_invoice", o) for o in by("soe") * 2]
    plan += [("org_invoice", o) for o in by("biz") + rng.choices(by("biz"), k=14)]
    plan += [("org_household", o) for o in rng.choices(by("biz"), k=3)]
    plan += [("org_invoice", o) for o in by("ip") + by("ip")]
    plan += [("ip_card_household", o) for o in rng.choices(by("ip"), k=3)]
    plan += [("org_invoice", o) for o in by("npo") + by("npo")[:1]]
    plan += [("org_invoice", o) for o in by("intl")]
    rng.shuffle(plan)

    stamps = sorted((rng.randint(1, 20), rng.randint(0, 86399)) for _ in plan)
    rows, labels = [], []
    order_no = 61840
    for (scen, org), (day, sec) in zip(plan, stamps):
        order_no += rng.randint(1, 5)
        first, last, holder, g = rng.choice(PEOPLE)
        city = rng.choices([c for c, _ in CITIES], weights=[w for _, w in CITIES])[0]
        email = email_for(rng, first, last)
        tel = phone(rng)
        addr = f"{rng.choice(STREETS)}, {rng.randint(1, 140)}, кв. {rng.randint(1, 250)}"
        label, kind, amb = "B2C", "private_person", False
        method = rng.choice(["credit_card", "credit_card", "credit_card", "erip"])
        lines = []
        if scen in ("person_goods", "person_gov_mail", "person_thin"):
            for _ in range(rng.choice([1, 1, 2, 3])):
                n, p = rng.choice(HOME + GOODS[:1] + GOODS[5:7])[:2]
                if any(n == l[0] for l in lines):
                    continue
                lines.append((n, rng.choice([1, 1, 1, 2]), p))
        elif scen == "person_bulk":
            lines.append(("Наушники JBL Tune 520BT", 25, 149.00))
        elif scen in ("org_invoice", "soe_proc", "person_pays_company"):
            for _ in range(rng.choice([1, 2, 2, 3])):
                n, p, (lo, hi) = rng.choice(GOODS)
                if any(n == l[0] for l in lines):
                    continue
                lines.append((n, rng.randint(lo, hi), p))
        elif scen in ("org_household", "ip_card_household"):
            n, p = rng.choice(HOME[4:8])
            lines.append((n, 1, p))
        amount = round(sum(q * p for _n, q, p in lines), 2)
        items = "; ".join(f"{n} x{q}" for n, q, _p in lines)
        inv = f"С-{order_no}"
        if scen in ("person_goods", "person_gov_mail", "person_bulk"):
            desc = rng.choice([f"Оплата заказа №{order_no}", f"Заказ №{order_no}: {items}",
                               f"Оплата заказа №{order_no} в интернет-магазине ofistil.by"])
            if scen == "person_gov_mail":
                org = rng.choice([o for o in by("state") if o["mail"].endswith("gov.by") or "edu.by" in o["mail"]])
                email = f"{translit(first)[0]}.{translit(last)}@{org['mail'].split('@')[1]}"
                method = "credit_card"
                label, kind, amb = "B2C", "private_person_gov_email", True
            if scen == "person_bulk":
                method = "credit_card"
                kind, amb = "private_person_bulk", True
        elif scen == "person_thin":
            desc = f"Оплата заказа №{order_no}"
            last, email, addr = "", "", ""
            kind = "private_person_thin"
        else:
            o = org
            if scen != "person_pays_company":
                first, last, holder = o["contact"]
            desc = rng.choice([
                f"Оплата по счету № {inv} от {max(1, day - rng.randint(0, 6)):02d}.09.2025, {o['name']}, УНП {o['unp']}",
                f"Счет {inv}: {items}. Плательщик: {o['name']} (УНП {o['unp']})",
                f"Оплата заказа №{order_no} ({o['name']}, УНП {o['unp']}) по счету {inv}",
            ])
            email = o["mail"]
            city, addr = o["city"], o["addr"]
            method = "erip" if rng.random() < 0.85 else "credit_card"
            label, kind = o["label"], o["kind"]
            if scen == "soe_proc":
                desc = (f"Оплата по договору № {rng.randint(10, 380)}/25-З по результатам процедуры запроса ценовых предложений "
                        f"(icetrade.by, № {rng.randint(2025000000, 2025999999)}), {o['name']}, УНП {o['unp']}, счет {inv}")
                method = "erip"
                amb = True
            if scen == "org_household":
                desc = f"Оплата по счету № {inv}: {items}. {o['name']}, УНП {o['unp']}"
                amb = True
            if scen == "ip_card_household":
                desc = f"Заказ №{order_no}: {items}. Счет на {o['name']}, УНП {o['unp']}"
                method = "credit_card"
                amb = True
            if o["tag"] == "intl":
                amb = True
            if scen == "person_pays_company":
                desc = f"Оплата по счету № {inv} за {o['name']}, УНП {o['unp']}"
                email = email_for(rng, first, last)
                city, addr = rng.choice(["Минск", "Гомель"]), f"{rng.choice(STREETS)}, {rng.randint(1, 140)}, кв. {rng.randint(1, 250)}"
                method = "credit_card"
                label, kind, amb = "B2B", "person_paying_company_invoice", True
        if method == "credit_card":
            brand = rng.choice(["VISA", "VISA", "MASTERCARD", "BELKART", "MIR"])
            card = f"{brand} ****{rng.randint(1000, 9999)}"
            hold = holder
            issuer = "BY" if rng.random() < 0.93 else rng.choice(["RU", "PL", "LT"])
            erip = ""
            fee = round(amount * 0.024, 2)
        else:
            card = hold = issuer = ""
            erip = str(order_no)
            fee = round(max(amount * 0.012, 0.30), 2)
        if scen not in ("person_goods", "person_gov_mail", "person_bulk", "person_thin", "person_pays_company"):
            # organisations: the contact person typed at checkout
            if method == "credit_card" and scen != "ip_card_household":
                hold = holder
        created = f"2025-09-{day:02d} {sec // 3600:02d}:{sec % 3600 // 60:02d}:{sec % 60:02d}"
        pay_sec = min(sec + rng.randint(20, 900) if method == "credit_card" else sec + rng.randint(600, 40000), 86399)
        paid = f"2025-09-{day:02d} {pay_sec // 3600:02d}:{pay_sec % 3600 // 60:02d}:{pay_sec % 60:02d}"
        uid = f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-{rng.getrandbits(16):04x}-{rng.getrandbits(16):04x}-{rng.getrandbits(48):012x}"
        first_out = first
        if scen == "person_thin":
            first_out = first
        if rng.random() < 0.06 and scen == "person_goods":
            first_out, last = first.upper(), last.upper()
        rows.append([uid, created, paid, "successful", "payment", method, amount, "BYN", desc, f"ofs-{order_no}",
                     first_out, last, email, tel, "BY", city, addr, hold, card, issuer, erip, fee, round(amount - fee, 2)])
        labels.append(dict(label=label, amb=amb, kind=kind, country="BY"))

    wb = Workbook()
    ws = wb.active
    ws.title = "Транзакции"
    ws.append(HEAD)
    for c in ws[1]:
        c.font = Font(bold=True)
    for r in rows:
        ws.append(r)
        for col in (7, 22, 23):
            ws.cell(row=ws.max_row, column=col).number_format = "0.00"
    for col, wdt in zip("ABCDEFGHIJKLMNOPQRSTUVW", [38, 20, 20, 11, 9, 12, 10, 7, 70, 12, 12, 14, 30, 17, 6, 12, 30, 24, 18, 8, 12, 9, 11]):
        ws.column_dimensions[col].width = wdt
    LAYOUTS.mkdir(parents=True, exist_ok=True)
    out = LAYOUTS / f"{ID}.xlsx"
    wb.save(out)
    fix_xlsx_timestamps(out)

    key = {
        "id": ID,
        "system": "bePaid (платёжный шлюз, Беларусь) — back office, список успешных транзакций магазина (карты и ЕРИП) за 1–20 сентября 2025, выгрузка XLSX",
        "country": "BY",
        "language": "ru",
        "docs": [
            "docs.bepaid.by/ru/payment_management/reports/reports_shop: transaction report of a shop by date type created_at / paid_at / settled_at, status (successful, failed, ...) and payment_method_type credit_card / alternative / erip; each transaction carries billing_address (first_name, last_name, ...) and customer data — used for the column set and the raw method/status values",
            "docs.bepaid.by/en/payment_methods/apms/erip/webhooks: ЕРИП transactions carry uid, status, type payment, amount in minimal units, currency BYN, description, order_id / tracking_id, paid_at, created_at, payment_method_type erip, billing_address (first_name, middle_name, last_name ...), customer e-mail; ЕРИП account number is the shop's order/bill number",
            "docs.bepaid.by/ru/integration/card_api/transactions/payment: card payments carry description (order description, up to 255 chars), tracking_id and credit_card data (holder, brand, last 4 digits, issuer country)",
            "glama.ai bepaid-mcp tool «bepaid_export_transactions»: exports a period to XLSX/CSV with amounts, fees, payouts, payer, card, issuer country; Russian headers by default — the back-office file itself is not documented publicly, so the Russian header captions here are my reconstruction",
        ],
        "fields": {
            "buyer": "Фамилия",
            "product": None,
            "quantity": None,
            "amount": "Сумма",
            "tax_id": None,
            "email": "Email",
            "payment": "Способ оплаты",
            "comment": "Описание",
        },
        "also_ok": {"buyer": ["Имя", "Держатель карты", "Описание"], "amount": ["К зачислению"]},
        "notes": ("XLSX, one sheet «Транзакции», header in row 1, one line per successful payment, no totals. Amounts in BYN with decimals "
                  "(the API uses minimal units; the back office shows rubles). The buyer of an organisation's order is named only inside «Описание» "
                  "(organisation name and УНП put there by the shop's invoice text); «Имя»/«Фамилия» hold the checkout contact person, «Email» "
                  "the contact's address (organisation domain, .gov.by / .edu.by for state bodies). ЕРИП payments have no card data but the "
                  "ЕРИП account (order) number. УНП values are generated with a valid control digit (weights 29,23,19,17,13,7,5,3 mod 11), "
                  "not the organisations' real УНП."),
    }
    write_key(key, labels)


if __name__ == "__main__":
    main()
