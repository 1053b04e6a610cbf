"""ld_ua_salesdrive_zayavky: SalesDrive CRM "Заявки" export (XLSX) of a Ukrainian electronics / office shop.

Seeded; rebuilds layouts/ld_ua_salesdrive_zayavky.xlsx and its key files exactly.
"""
from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ld_common import (LAYOUTS, lab, ua_edrpou, ua_edrpou_valid, ua_rnokpp, ua_rnokpp_valid,  # noqa: E402
                       write_key)

ID = "ld_ua_salesdrive_zayavky"
rng = random.Random(130202)

HEADER = ["№ заявки", "Дата", "Статус", "Прізвище", "Ім'я", "По батькові", "Телефон", "E-mail", "Компанія",
          "ЄДРПОУ / РНОКПП", "Товар", "Артикул (SKU)", "Кількість", "Ціна", "Знижка", "Сума", "Сума заявки",
          "Спосіб оплати", "Спосіб доставки", "Адреса доставки", "ТТН", "Коментар", "Менеджер", "Джерело"]

P = {  # key: (name, sku, price UAH)
    "eco_d2": ("Зарядна станція EcoFlow DELTA 2 (1024 Вт·год)", "EF-D2-1024", 38999),
    "bluetti": ("Зарядна станція Bluetti AC180 (1152 Вт·год)", "BLT-AC180", 29999),
    "eco_river": ("Зарядна станція EcoFlow RIVER 2 Pro (768 Вт·год)", "EF-R2P-768", 23499),
    "gen7": ("Генератор бензиновий Könner & Söhnen KS 7000E (5,5 кВт)", "KS-7000E", 32500),
    "gen3": ("Генератор інверторний Hyundai HHY 3050Si (3 кВт)", "HY-3050SI", 27900),
    "lifepo": ("Акумулятор LiFePO4 12,8V 100Ah", "LFP-12-100", 11500),
    "ups650": ("ДБЖ APC Back-UPS 650VA (BX650LI-GR)", "APC-BX650", 2899),
    "ups_line": ("ДБЖ для котла LogicPower LPY-B-PSW-800VA+ (12V)", "LP-PSW800", 5399),
    "pb20": ("Power bank Xiaomi Redmi 20000 mAh 18W (PB200LZM)", "XM-PB200", 899),
    "pb_anker": ("Power bank Anker PowerCore 26800 mAh", "ANK-26800", 2499),
    "lamp": ("Ліхтар налобний Fenix HM65R", "FNX-HM65R", 3299),
    "nb_lenovo": ("Ноутбук Lenovo IdeaPad Slim 3 15IAN8 (82XB006XRA)", "LN-IPS3-15", 21999),
    "nb_asus": ("Ноутбук ASUS VivoBook 15 X1504ZA-BQ451", "AS-X1504ZA", 24499),
    "mfu": ("БФП Canon i-SENSYS MF443dw", "CN-MF443DW", 17300),
    "printer": ("Принтер HP LaserJet Pro M404dn (W1A53A)", "HP-M404DN", 12999),
    "cart": ("Картридж HP 59A (CF259A)", "HP-CF259A", 3150),
    "paper": ("Папір офісний Double A A4 80 г/м² (500 арк.)", "DA-A4-80", 289),
    "monitor": ("Монітор Dell P2422H 23.8\"", "DL-P2422H", 7999),
    "router": ("Маршрутизатор TP-Link Archer AX23", "TPL-AX23", 2199),
    "starlink": ("Starlink Standard Kit (V4)", "SL-STD-V4", 17999),
    "radio": ("Радіостанція Motorola DP4400e VHF", "MT-DP4400E", 21000),
    "kettle": ("Електрочайник Tefal KO200130", "TF-KO2001", 799),
    "coffee": ("Кавомашина Philips EP1220/00", "PH-EP1220", 11999),
    "micro": ("Мікрохвильова піч Samsung MS23K3614AW/UA", "SM-MS23K", 4299),
    "tv": ("Телевізор Samsung UE43CU7100UXUA", "SM-UE43CU", 14999),
    "phone": ("Смартфон Samsung Galaxy A15 4/128GB Black", "SM-A155-128", 6999),
    "vacuum": ("Робот-пилосос Xiaomi Robot Vacuum S10", "XM-S10", 7499),
    "drone": ("Квадрокоптер DJI Mavic 3 Pro (DJI RC)", "DJI-M3P", 87000),
    "tablet": ("Планшет Samsung Galaxy Tab A9+ 8/128GB Wi-Fi", "SM-X210", 8999),
    "ext": ("Подовжувач Defender S550 5 розеток, 5 м", "DF-S550", 329),
}
HOUSEHOLD = ["kettle", "coffee", "micro", "tv", "phone", "vacuum", "tablet"]
OFFICE = ["nb_lenovo", "nb_asus", "mfu", "printer", "cart", "paper", "monitor", "router", "ups650", "ext"]
POWER = ["eco_d2", "bluetti", "eco_river", "gen7", "gen3", "lifepo", "ups650", "ups_line", "pb20", "pb_anker", "lamp"]

M_FIRST = ["Олександр", "Андрій", "Сергій", "Дмитро", "Володимир", "Іван", "Максим", "Богдан", "Тарас", "Юрій",
           "Олег", "Віталій", "Микола", "Василь", "Ростислав", "Артем", "Павло", "Ярослав"]
F_FIRST = ["Олена", "Наталія", "Ірина", "Тетяна", "Оксана", "Юлія", "Світлана", "Марія", "Анна", "Катерина",
           "Людмила", "Галина", "Ольга", "Вікторія", "Христина", "Софія", "Інна", "Алла"]
SURN = ["Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник", "Шевчук", "Поліщук", "Лисенко",
        "Мельник", "Бойко", "Ковальчук", "Савченко", "Руденко", "Мороз", "Марченко", "Павленко", "Гончаренко",
        "Романюк", "Кузьменко", "Петренко", "Литвиненко", "Клименко", "Савчук", "Ярошенко", "Гнатюк", "Дячук",
        "Остапчук", "Ковальськ", "Вишневськ", "Заболотн", "Білоус", "Онищенко", "Федорук", "Данилюк", "Грицай"]
PATR_M = ["Олександрович", "Андрійович", "Сергійович", "Васильович", "Іванович", "Миколайович", "Петрович",
          "Володимирович", "Богданович", "Юрійович"]
PATR_F = ["Олександрівна", "Андріївна", "Сергіївна", "Василівна", "Іванівна", "Миколаївна", "Петрівна",
          "Володимирівна", "Богданівна", "Юріївна"]
TR = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
      "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
      "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "",
      "ю": "iu", "я": "ia", "'": "", "’": ""}
FREEMAIL = ["ukr.net"] * 5 + ["gmail.com"] * 5 + ["i.ua", "meta.ua"]
CITIES = [("Київ", 140), ("Львів", 60), ("Харків", 90), ("Одеса", 70), ("Дніпро", 110), ("Вінниця", 30),
          ("Полтава", 25), ("Черкаси", 20), ("Житомир", 18), ("Івано-Франківськ", 22), ("Тернопіль", 15),
          ("Рівне", 14), ("Луцьк", 16), ("Ужгород", 9), ("Чернівці", 12), ("Хмельницький", 19), ("Суми", 11),
          ("Чернігів", 13), ("Запоріжжя", 40), ("Біла Церква", 8), ("Бровари", 7), ("Ірпінь", 5), ("Миколаїв", 21)]


def tr(s: str) -> str:
    return "".join(TR.get(c, c) for c in s.lower())


class Person:
    def __init__(self, female: bool | None = None):
        self.female = rng.random() < 0.55 if female is None else female
        self.first = rng.choice(F_FIRST if self.female else M_FIRST)
        s = rng.choice(SURN)
        if s.endswith("ськ"):
            s += "а" if self.female else "ий"
        elif s.endswith("н") and s.startswith("Заболот"):
            s += "а" if self.female else "ий"
        self.last = s
        self.patr = rng.choice(PATR_F if self.female else PATR_M)
        self.born = dt.date(rng.randint(1962, 2003), rng.randint(1, 12), rng.randint(1, 28))

    def email(self, dom=None) -> str:
        d = dom or rng.choice(FREEMAIL)
        f, l = tr(self.first), tr(self.last)
        return rng.choice([f"{l}.{f}", f"{f}.{l}{rng.randint(1, 99)}", f"{l}{self.born.year % 100:02d}",
                           f"{f[0]}{l}", f"{l}_{f[0]}"]) + "@" + d


def phone() -> str:
    op = rng.choice(["50", "66", "95", "99", "67", "68", "96", "97", "98", "63", "73", "93"])
    n = f"{rng.randint(0, 9999999):07d}"
    return rng.choice([f"+380{op}{n}", f"380{op}{n}", f"0{op}{n}", f"+38 (0{op}) {n[:3]}-{n[3:5]}-{n[5:]}"])


def city_weighted() -> tuple[str, int]:
    return rng.choices(CITIES, [w for _, w in CITIES])[0]


def np_address(city=None) -> tuple[str, str]:
    c, nmax = city_weighted() if city is None else (city, 40)
    r = rng.random()
    if r < 0.65:
        return "Нова Пошта (відділення)", f"м. {c}, Відділення №{rng.randint(1, nmax)}"
    if r < 0.75:
        return "Нова Пошта (поштомат)", f"м. {c}, Поштомат №{rng.randint(1000, 9999)}"
    if r < 0.9:
        st = rng.choice(["вул. Шевченка", "просп. Перемоги", "вул. Грушевського", "вул. Б. Хмельницького",
                         "вул. Соборна", "вул. Незалежності", "вул. Городоцька", "вул. Січових Стрільців"])
        return "Нова Пошта (кур'єр)", f"м. {c}, {st}, {rng.randint(1, 140)}, кв. {rng.randint(1, 220)}"
    return "Укрпошта", f"{rng.randint(1, 9)}{rng.randint(1000, 9999)}, м. {c}, {rng.choice(['вул. Миру', 'вул. Садова'])}, {rng.randint(1, 80)}"


# ------------------------------------------------------------------ buyers
class Org:
    def __init__(self, name, label, kind, email=None, city=None, first=None, amb=False, street=None, code=None):
        self.name, self.label, self.kind, self.amb = name, label, kind, amb
        self.code = code or ua_edrpou(rng, first)
        assert ua_edrpou_valid(self.code), (name, self.code)
        self.email, self.city, self.street = email, city, street
        self.contact = Person()


B2G = [
    Org("Військова частина А4267", "B2G", "military_unit", "vch.a4267@ukr.net", "Дніпро", "0"),
    Org("Військова частина А1314", "B2G", "military_unit", None, "Житомир", "0"),
    Org("КНП «Черкаська обласна лікарня Черкаської обласної ради»", "B2G", "public_hospital",
        "zakupivli@cherkasy-okl.gov.ua", "Черкаси", "0", street="вул. Менделєєва, 3"),
    Org("КНП «Центр первинної медико-санітарної допомоги № 2» Солом'янського району м. Києва", "B2G",
        "public_clinic", "cpmsd2sol@ukr.net", "Київ", "3"),
    Org("Ліцей № 142 Оболонського району міста Києва", "B2G", "municipal_school", "lyceum142@ukr.net", "Київ", "2"),
    Org("Луцький ліцей № 21 імені Михайла Кравчука Луцької міської ради", "B2G", "municipal_school",
        "lutsk_licey21@ukr.net", "Луцьк", "2"),
    Org("Виконавчий комітет Броварської міської ради Броварського району Київської області", "B2G", "municipality",
        "zakupivli@brovary-rada.gov.ua", "Бровари", "0", street="вул. Героїв України, 15"),
    Org("Головне управління ДСНС України у Львівській області", "B2G", "state_agency", "zakupivli@lviv.dsns.gov.ua",
        "Львів", "3"),
    Org("ДП «Ліси України»", "B2G", "state_enterprise", "tender@forest.gov.ua", "Київ", "4"),
    Org("Управління освіти Ірпінської міської ради", "B2G", "municipal_agency", "osvita@irpin-rada.gov.ua", "Ірпінь",
        "4"),
    Org("Чернівецький національний університет імені Юрія Федьковича", "B2G", "public_university",
        "tender@chnu.edu.ua", "Чернівці", "0"),
    Org("КП «Київпастранс»", "B2G", "municipal_enterprise", "zakupivli@kpt.kyiv.ua", "Київ", "3"),
    Org("Головне управління Національної поліції в Одеській області", "B2G", "police", "zakupivli@od.npu.gov.ua",
        "Одеса", "4"),
    Org("Комунальний заклад «Вінницький обласний центр екстреної медичної допомоги»", "B2G", "public_hospital",
        "vocemd@ukr.net", "Вінниця", "3"),
]
B2B = [
    Org("ТОВ «Агро-Інвест Полтава»", "B2B", "company", "office@agroinvest.pl.ua", "Полтава", "4"),
    Org("ПП «Будмайстер-Захід»", "B2B", "company", "budmaister.zakhid@gmail.com", "Тернопіль", "3"),
    Org("ТОВ «ІТ Інтеграція Груп»", "B2B", "company", "buh@itintegration.com.ua", "Харків", "4"),
    Org("ТОВ «Нова Пошта»", "B2B", "company", "zakupivli@novaposhta.ua", "Київ", code="31316718"),
    Org("ПрАТ «Київстар»", "B2B", "company", "procurement@kyivstar.net", "Київ", code="21673832"),
    Org("ОСББ «Затишок-12»", "B2B", "homeowners_association", "osbb.zatyshok12@ukr.net", "Київ", "4"),
    Org("Благодійний фонд «Повернись живим»", "B2B", "charity", "fund@savelife.in.ua", "Київ", "4"),
    Org("ГО «Волонтерська сотня Прикарпаття»", "B2B", "nonprofit", "volsotnia.if@gmail.com", "Івано-Франківськ", "4"),
    Org("Товариство Червоного Хреста України (Львівська обласна організація)", "B2B", "national_red_cross",
        "lviv@redcross.org.ua", "Львів", "0"),
    Org("ТОВ «Смарт Логістик Вест»", "B2B", "company", "office@smartlog.com.ua", "Рівне", "4"),
    Org("ТОВ «Клініка Добробут-Поліклініка»", "B2B", "private_clinic", "zakup@dobrobut.com", "Київ", "3"),
    Org("ПП «Фермерське господарство «Зелений Гай»", "B2B", "company", "zelenyi.hai@ukr.net", "Вінниця", "3"),
]
STATE_CO = [
    Org("АТ «Укрзалізниця»", "B2B", "state_owned_company_prozorro", "tender@uz.gov.ua", "Київ", code="40075815",
        amb=True),
    Org("АТ «Укрпошта»", "B2B", "state_owned_company_prozorro", "tender@ukrposhta.ua", "Київ", code="21560045",
        amb=True),
]
INTL = [
    Org("Міжнародний комітет Червоного Хреста (Делегація МКЧХ в Україні)", "B2B", "international_org",
        "kie_procurement@icrc.org", "Київ", "2", amb=True),
    Org("Програма розвитку ООН в Україні (ПРООН)", "B2B", "international_org", "procurement.ua@undp.org", "Київ",
        "2", amb=True),
]


def prozorro_id(d: dt.datetime) -> str:
    return f"UA-{d:%Y-%m-%d}-{rng.randint(0, 12000):06d}-{rng.choice('abc')}"


# ------------------------------------------------------------------ orders
START = dt.datetime(2024, 2, 1, 8, 0)
orders = []  # (order dict, list of lines, label)


def when() -> dt.datetime:
    d = START + dt.timedelta(minutes=rng.randint(0, 290 * 24 * 60))
    return d.replace(hour=rng.randint(8, 21))


def make_lines(keys_qty: list[tuple[str, int]], disc_pct: float = 0.0) -> list[dict]:
    out = []
    for k, q in keys_qty:
        name, sku, price = P[k]
        disc = round(price * q * disc_pct) if disc_pct else 0
        out.append({"Товар": name, "Артикул (SKU)": sku, "Кількість": q, "Ціна": price, "Знижка": disc,
                    "Сума": price * q - disc})
    return out


def add(head: dict, lines: list[dict], label: dict) -> None:
    total = sum(l["Сума"] for l in lines)
    head.setdefault("Статус", rng.choices(["Виконано", "Відправлено", "Нова", "Скасовано", "Повернення"],
                                         [74, 10, 6, 8, 2])[0])
    head.setdefault("Дата", when())
    head.setdefault("Менеджер", rng.choice(["Олена Кравець", "Андрій Мазур", "Ірина Т.", ""]))
    head.setdefault("Джерело", rng.choice(["Сайт", "Сайт", "Сайт", "Телефон", "Instagram", "Prom.ua"]))
    head["Сума заявки"] = total
    if head["Статус"] in ("Виконано", "Відправлено", "Повернення") and head.get("Спосіб доставки", "").startswith("Нова"):
        head.setdefault("ТТН", f"2045{rng.randint(0, 9999999999):010d}")
    orders.append((head, lines, label))


def person_head(p: Person, email=True, with_patr=None) -> dict:
    wp = rng.random() < 0.35 if with_patr is None else with_patr
    last = p.last if rng.random() > 0.06 else p.last.upper()
    first = p.first if rng.random() > 0.05 else p.first + " "
    return {"Прізвище": last, "Ім'я": first, "По батькові": p.patr if wp else "", "Телефон": phone(),
            "E-mail": p.email() if (email and rng.random() < 0.8) else ""}


def org_head(o: Org, pay="Безготівковий розрахунок (рахунок)") -> dict:
    c = Person()
    h = person_head(c, with_patr=rng.random() < 0.6)
    if o.email and rng.random() < 0.85:
        h["E-mail"] = o.email
    h["Компанія"] = o.name if rng.random() > 0.08 else o.name.upper()
    h["ЄДРПОУ / РНОКПП"] = o.code
    h["Спосіб оплати"] = pay
    if rng.random() < 0.3 and o.street:
        h["Спосіб доставки"], h["Адреса доставки"] = "Нова Пошта (кур'єр)", f"м. {o.city}, {o.street}"
    else:
        h["Спосіб доставки"], h["Адреса доставки"] = np_address(o.city)
    return h


def pick(pool, n_max=3, qmax=5):
    ks = rng.sample(pool, rng.randint(1, n_max))
    return [(k, rng.randint(1, qmax) if k not in ("paper", "cart", "ext") else rng.choice([5, 10, 20, 40])) for k in ks]


# --- B2G
for o in B2G:
    for _ in range(rng.choice([1, 2, 2])):
        h = org_head(o)
        d = when()
        h["Дата"] = d
        if o.kind == "military_unit":
            items = pick(["eco_d2", "bluetti", "gen7", "lifepo", "starlink", "radio", "lamp", "pb_anker", "drone"], 2, 4)
        elif o.kind in ("municipal_school", "public_university", "municipal_agency"):
            items = pick(OFFICE + ["ups_line", "eco_river"], 3, 4)
        else:
            items = pick(OFFICE + POWER, 3, 3)
        r = rng.random()
        if r < 0.55:
            h["Коментар"] = f"Закупівля {prozorro_id(d)}, договір № {rng.randint(12, 480)} від {d:%d.%m.%Y}"
        elif r < 0.75:
            h["Коментар"] = "Оплата протягом 10 банківських днів після поставки, потрібні видаткова накладна та рахунок"
        elif r < 0.85:
            h["Коментар"] = "Рахунок на ЄДРПОУ установи, без ПДВ"
        add(h, make_lines(items), lab("B2G", o.kind, "UA"))

# --- B2G ambiguous: public bodies buying one household item
h = org_head(B2G[5])
add(h, make_lines([("kettle", 1)]), lab("B2G", "municipal_school_household_item", "UA", True))
h = org_head(B2G[3])
h["Коментар"] = "для кімнати персоналу"
add(h, make_lines([("micro", 1)]), lab("B2G", "public_clinic_household_item", "UA", True))

# --- B2B plain
for o in B2B:
    for _ in range(rng.choice([1, 2, 2])):
        h = org_head(o, pay=rng.choice(["Безготівковий розрахунок (рахунок)"] * 3 + ["Безготівковий з ПДВ"]))
        if o.kind in ("charity", "nonprofit"):
            items = pick(["eco_d2", "bluetti", "starlink", "drone", "lifepo", "gen3", "pb_anker"], 2, 6)
            h["Коментар"] = rng.choice(["Для передачі військовим частинам, потрібен акт", "Благодійна допомога, рахунок на фонд",
                                        ""])
        elif o.kind == "homeowners_association":
            items = pick(["gen7", "lifepo", "ups_line", "ext", "lamp"], 2, 2)
        else:
            items = pick(OFFICE + POWER, 3, 5)
            if rng.random() < 0.2:
                items.append(("coffee", 1))  # household item inside a business order: plain B2B
        add(h, make_lines(items), lab("B2B", o.kind, "UA"))

# --- sole traders (ФОП) with documents
for _ in range(6):
    p = Person()
    h = person_head(p)
    h["Компанія"] = rng.choice([f"ФОП {p.last} {p.first} {p.patr}", f"ФОП {p.last} {p.first[0]}.{p.patr[0]}."])
    h["ЄДРПОУ / РНОКПП"] = ua_rnokpp(rng, p.born, not p.female)
    assert ua_rnokpp_valid(h["ЄДРПОУ / РНОКПП"])
    h["Спосіб оплати"] = "Безготівковий розрахунок (рахунок)"
    h["Спосіб доставки"], h["Адреса доставки"] = np_address()
    h["Коментар"] = rng.choice(["Рахунок на ФОП, 3 група без ПДВ", "Потрібна видаткова накладна", ""])
    add(h, make_lines(pick(OFFICE + ["ups650", "router"], 3, 3)), lab("B2B", "sole_trader", "UA"))

# --- state-owned JSCs buying through Prozorro (B2B, ambiguous)
for o in STATE_CO:
    h = org_head(o)
    d = when()
    h["Дата"] = d
    h["Коментар"] = f"Закупівля через Prozorro {prozorro_id(d)}, оплата 30 к.д. після поставки"
    add(h, make_lines(pick(["printer", "mfu", "cart", "paper", "ups650", "gen7"], 3, 6)),
        lab("B2B", o.kind, "UA", True))

# --- international organisations (B2B, ambiguous)
for o in INTL:
    h = org_head(o, pay="Безготівковий розрахунок (рахунок)")
    h["Коментар"] = rng.choice(["PO 4500123817, invoice in UAH, VAT exempt (humanitarian aid)",
                                "Purchase order LTA-2024/UKR/118, доставка на склад у Києві"])
    add(h, make_lines(pick(["eco_d2", "bluetti", "gen3", "lifepo", "starlink"], 2, 8)),
        lab("B2B", o.kind, "UA", True))

# --- sole trader buys a TV / phone by personal card (B2B, ambiguous)
for k in ["tv", "vacuum"]:
    p = Person()
    h = person_head(p)
    h["Компанія"] = f"ФОП {p.last} {p.first[0]}.{p.patr[0]}."
    h["ЄДРПОУ / РНОКПП"] = ua_rnokpp(rng, p.born, not p.female)
    h["Спосіб оплати"] = "Оплата карткою онлайн (LiqPay)"
    h["Спосіб доставки"], h["Адреса доставки"] = np_address()
    add(h, make_lines([(k, 1)]), lab("B2B", "sole_trader_personal_card", "UA", True))

# --- company buys one household item only (B2B, ambiguous)
o = B2B[9]
h = org_head(o)
add(h, make_lines([("coffee", 1)]), lab("B2B", "company_household_item", "UA", True))

# --- a person pays a company's invoice by card (B2B, ambiguous)
p = Person()
h = person_head(p)
h["Спосіб оплати"] = "Оплата карткою онлайн (LiqPay)"
h["Спосіб доставки"], h["Адреса доставки"] = np_address()
h["Коментар"] = "Видаткову накладну виписати на ТОВ «Смарт Логістик Вест», оплачую своєю карткою"
add(h, make_lines([("nb_lenovo", 1), ("monitor", 1)]), lab("B2B", "person_pays_company_invoice", "UA", True))

# --- a private person buys for resale (B2B, ambiguous)
p = Person(female=False)
h = person_head(p)
h["Спосіб оплати"] = "Накладений платіж"
h["Спосіб доставки"], h["Адреса доставки"] = np_address()
h["Коментар"] = "Беру для перепродажу, якщо буде гуртова ціна — пишіть"
add(h, make_lines([("pb20", 15)]), lab("B2B", "private_person_resale", "UA", True))

# --- volunteers: private persons buying in volume for the army (B2C, ambiguous)
for k, q, t in [("eco_d2", 6, "Збір для 47 ОМБр, передамо хлопцям"), ("pb_anker", 20, "Волонтерський збір на повербанки для ЗСУ")]:
    p = Person()
    h = person_head(p)
    h["Спосіб оплати"] = "Оплата карткою онлайн (LiqPay)"
    h["Спосіб доставки"], h["Адреса доставки"] = np_address()
    h["Коментар"] = t
    add(h, make_lines([(k, q)]), lab("B2C", "private_person_volume", "UA", True))

# --- servicemen with a mil.gov.ua mailbox buying personal items (B2C, ambiguous)
for k in ["pb20", "lamp"]:
    p = Person(female=False)
    h = person_head(p)
    h["E-mail"] = f"{tr(p.last)}.{tr(p.first)[0]}@mil.gov.ua"
    h["Спосіб оплати"] = "Накладений платіж"
    h["Спосіб доставки"], h["Адреса доставки"] = np_address()
    add(h, make_lines([(k, 1)]), lab("B2C", "person_with_mil_email", "UA", True))

# --- person with a government mailbox buying a household item for home (B2C, ambiguous)
p = Person(female=True)
h = person_head(p)
h["E-mail"] = f"{tr(p.last)}@kyivcity.gov.ua"
h["Спосіб оплати"] = "Накладений платіж"
h["Спосіб доставки"], h["Адреса доставки"] = np_address("Київ")
add(h, make_lines([("coffee", 1)]), lab("B2C", "person_with_gov_email", "UA", True))

# --- volunteer: private person buying 4 generators for a brigade (B2C, ambiguous)
p = Person(female=False)
h = person_head(p)
h["Спосіб оплати"] = "Оплата карткою онлайн (LiqPay)"
h["Спосіб доставки"], h["Адреса доставки"] = np_address()
h["Коментар"] = "Збирали всією громадою, везу на схід — для 24 ОМБр"
add(h, make_lines([("gen3", 4), ("ext", 4)]), lab("B2C", "private_person_volume", "UA", True))

# --- thin records: phone + product only (B2C, ambiguous)
for k in ["pb20", "kettle"]:
    h = {"Телефон": phone(), "Статус": "Нова", "Джерело": "Телефон"}
    add(h, make_lines([(k, 1)]), lab("B2C", "thin_record", "UA", True))

# --- private persons
while sum(len(l) for _, l, _ in orders) < 232:
    p = Person()
    h = person_head(p)
    h["Спосіб оплати"] = rng.choice(["Накладений платіж"] * 4 + ["Оплата карткою онлайн (LiqPay)"] * 3 +
                                    ["Оплата частинами monobank", "Готівка при самовивозі"])
    if h["Спосіб оплати"] == "Готівка при самовивозі":
        h["Спосіб доставки"], h["Адреса доставки"] = "Самовивіз", "м. Київ, вул. Кирилівська, 41 (магазин)"
    else:
        h["Спосіб доставки"], h["Адреса доставки"] = np_address()
    pool = rng.choice([POWER, HOUSEHOLD, HOUSEHOLD, OFFICE[:3] + ["router", "monitor"]])
    items = [(k, 1 if rng.random() < 0.85 else 2) for k in rng.sample(pool, 1 if rng.random() < 0.8 else 2)]
    if rng.random() < 0.15:
        h["Коментар"] = rng.choice(["Дзвоніть після 18:00", "Чи можна оплатити частинами?", "Подарунок, без чеку в коробці",
                                    "На дачу, світла немає по 8 год"])
    add(h, make_lines(items, disc_pct=0.05 if rng.random() < 0.1 else 0.0), lab("B2C", "private_person", "UA"))

# ------------------------------------------------------------------ write
orders.sort(key=lambda t: t[0]["Дата"], reverse=True)
num = 24817 + len(orders) * 3
wb = Workbook()
ws = wb.active
ws.title = "Заявки"
ws.append(HEADER)
for c in ws[1]:
    c.font = Font(bold=True)
labels = []
for head, lines, lb in orders:
    head["№ заявки"] = num
    num -= rng.randint(1, 5)
    for ln in lines:
        row = {h: "" for h in HEADER}
        row.update({k: v for k, v in head.items() if k in HEADER})
        row.update(ln)
        vals = []
        for h in HEADER:
            v = row[h]
            if h == "Дата" and isinstance(v, dt.datetime):
                v = v.strftime("%d.%m.%Y %H:%M")
            vals.append(v if v != "" else None)
        ws.append(vals)
        labels.append(lb)
widths = {"A": 10, "B": 17, "C": 12, "D": 16, "E": 12, "F": 16, "G": 16, "H": 28, "I": 40, "J": 14, "K": 48,
          "L": 14, "M": 9, "N": 10, "O": 9, "P": 11, "Q": 12, "R": 30, "S": 24, "T": 40, "U": 16, "V": 50, "W": 14,
          "X": 10}
for k, v in widths.items():
    ws.column_dimensions[k].width = v
ws.freeze_panes = "A2"
LAYOUTS.mkdir(parents=True, exist_ok=True)
out = LAYOUTS / f"{ID}.xlsx"
wb.save(out)
# make the file byte-stable (openpyxl stamps creation/modification time)
import zipfile, io  # noqa: E402
buf = io.BytesIO()
with zipfile.ZipFile(out) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "docProps/core.xml":
            import re
            data = re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>",
                          lambda m: m.group(0).split(b">")[0] + b">2024-11-29T09:00:00Z</dcterms:" + m.group(1) + b">",
                          data)
        zi = zipfile.ZipInfo(item.filename, date_time=(2024, 11, 29, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, data)
out.write_bytes(buf.getvalue())

META = {
    "system": "SalesDrive (salesdrive.ua) — CRM для інтернет-магазину, розділ «Заявки», експорт списку заявок у Excel",
    "country": "UA",
    "language": "uk",
    "docs": [
        "api.salesdrive.me/api/docs (order-list, order-create) через типи публічного клієнта DriZ/Salesdrive-API-Client: "
        "заявка має fName/lName/mName (Ім'я/Прізвище/По батькові), phone, email, company, comment, payment_method, "
        "shipping_method, shipping_address, paymentAmount, orderTime 'YYYY-MM-DD HH:mm:ss', products[] з text (назва "
        "товару), sku, amount (кількість), price, discount; доставка Нова Пошта/Укрпошта/Meest з ТТН",
        "публічний приклад форми SalesDrive (/handler/) з українськими підписами полів: «Ім'я», «Прізвище», «По батькові», "
        "«Телефон», «E-mail», «Коментар», «Спосіб доставки», «Спосіб оплати», «Адреса доставки», товари «назва товару», "
        "«ціна», «кількість», «знижка», «артикул (SKU)»",
        "Не знайдено в документації: точний набір і порядок колонок Excel-експорту з інтерфейсу; колонку «ЄДРПОУ / РНОКПП» "
        "узято з реквізитів контрагента; прийнято один рядок на товар з повтором полів заявки, дата у форматі "
        "dd.mm.yyyy HH:MM, як показує інтерфейс",
    ],
    "fields": {"buyer": "Компанія", "product": "Товар", "quantity": "Кількість", "amount": "Сума",
               "tax_id": "ЄДРПОУ / РНОКПП", "email": "E-mail", "payment": "Спосіб оплати", "comment": "Коментар"},
    "also_ok": {"buyer": ["Прізвище", "Ім'я"], "amount": ["Сума заявки"], "product": ["Артикул (SKU)"]},
    "notes": ("XLSX, one sheet 'Заявки', header in row 1, no title or totals rows. One row per product line; order "
              "fields (№ заявки, contact, company, payment, delivery, comment, 'Сума заявки') repeat on every line of "
              "the same order, so all lines of one '№ заявки' share a label. 'Компанія' is empty for private buyers; "
              "'ЄДРПОУ / РНОКПП' holds an 8-digit ЄДРПОУ for legal entities and a 10-digit РНОКПП for ФОП. "
              "'Сума' = Ціна × Кількість − Знижка (UAH); 'Сума заявки' is the order total. Prozorro tender IDs "
              "(UA-YYYY-MM-DD-NNNNNN-x) appear in 'Коментар' for public buyers and state-owned JSCs. "
              "'Накладений платіж' = cash on delivery via Nova Poshta. Sorted newest first."),
}
write_key(ID, META, labels)
if __name__ == "__main__":
    from collections import Counter
    print(ID, len(labels), "orders", len(orders), Counter(l["label"] for l in labels), sum(l["ambiguous"] for l in labels))
