"""BCC Business (АО «Банк ЦентрКредит»): выписка по счету, Excel, incoming payments of a Karaganda supplier.

Rebuilds layouts/hd_kz_bcc_business_vypiska.xlsx and its key. Seeded.
"""
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hd_common import LAYOUTS, kz_bin, kz_iin, kz_iik, write_labels, write_key, summary, freeze_xlsx  # noqa: E402

LID = "hd_kz_bcc_business_vypiska"
rng = random.Random(20250701)

SELLER = "ТОО «Сарыарка Офис Снаб»"
SELLER_BIN = kz_bin(rng, 12)
SELLER_IIK = kz_iik(rng, "856")

BANKS = {
    "treasury": ("KKMFKZ2A", "070", "РГУ «Комитет казначейства Министерства финансов Республики Казахстан»"),
    "halyk": ("HSBKKZKX", "601", "АО «Народный Банк Казахстана»"),
    "kaspi": ("CASPKZKA", "722", "АО «Kaspi Bank»"),
    "bcc": ("KCJBKZKX", "856", "АО «Банк ЦентрКредит»"),
    "forte": ("IRTYKZKA", "996", "АО «ForteBank»"),
    "jusan": ("TSESKZKA", "998", "АО «First Heartland Jusan Bank»"),
    "bereke": ("BRKEKZKA", "914", "АО «Bereke Bank»"),
    "freedom": ("KSNVKZKA", "551", "АО «Банк Фридом Финанс Казахстан»"),
    "citi": ("CITIKZKA", "832", "АО «Ситибанк Казахстан»"),
}

GOODS = [  # name, price KZT (with VAT), qty range
    ("бумага офисная А4 SvetoCopy", 2650, (20, 400)),
    ("картриджи HP 85A", 24500, (2, 20)),
    ("канцелярские товары", None, None),
    ("хозяйственные товары (моющие средства)", None, None),
    ("бумажные полотенца и туалетная бумага Tork", None, None),
    ("стулья ученические", 14900, (20, 150)),
    ("парты ученические двухместные", 38900, (10, 60)),
    ("кресла офисные", 42500, (2, 30)),
    ("шкафы для документов", 96000, (1, 10)),
    ("ноутбуки Lenovo IdeaPad", 289000, (1, 15)),
    ("МФУ Pantum M6700DW", 118000, (1, 8)),
    ("мониторы AOC 24\"", 62000, (2, 20)),
]
SERVICES = [
    "заправку картриджей", "ремонт оргтехники", "техническое обслуживание МФУ",
    "доставку и сборку мебели",
]
HOUSEHOLD = [("чайник электрический Tefal", 18900), ("микроволновую печь Samsung", 54900),
             ("кондиционер Midea 12 с установкой", 289000), ("телевизор Samsung 55\"", 329000),
             ("холодильник Atlant", 219000), ("пылесос Philips", 64900)]

MALE_NAMES = ["Асхат", "Ерлан", "Нурлан", "Серик", "Данияр", "Алексей", "Виктор", "Бауыржан", "Руслан", "Тимур"]
MALE_SUR = ["Жумабаев", "Сейткали", "Ахметов", "Касымов", "Омаров", "Иванов", "Ким", "Нургалиев", "Садыков", "Шевченко"]
MALE_PAT = ["Кайратович", "Серикович", "Болатович", "Маратович", "Сергеевич", "Ерланович"]
FEM_NAMES = ["Айгерим", "Динара", "Жанар", "Гульнара", "Наталья", "Асель", "Салтанат", "Елена", "Айжан", "Мадина"]
FEM_SUR = ["Серикбаева", "Жумабаева", "Ахметова", "Касымова", "Омарова", "Иванова", "Ким", "Нургалиева", "Садыкова", "Петренко"]
FEM_PAT = ["Талгатовна", "Серикқызы", "Болатовна", "Маратовна", "Сергеевна", "Ерлановна"]


def person(r):
    if r.random() < 0.5:
        return r.choice(MALE_SUR), r.choice(MALE_NAMES), r.choice(MALE_PAT), False
    return r.choice(FEM_SUR), r.choice(FEM_NAMES), r.choice(FEM_PAT), True


def vat_text(amount):
    vat = round(amount * 12 / 112, 2)
    return f"{vat:,.2f}".replace(",", " ").replace(".", ",")


def fmt(amount):
    return f"{amount:,.2f}".replace(",", " ").replace(".", ",")


# --------------------------------------------------------------- payers
P = []


def add(name, bin_, bank, label, kind, country="KZ", amb=False, flav="b", weight=1, iik_mid=""):
    bic, code, bname = BANKS[bank]
    P.append(dict(name=name, bin=bin_, bic=bic, iik=kz_iik(rng, code, iik_mid), bank=bname, label=label,
                  kind=kind, country=country, amb=amb, flav=flav, weight=weight))


# state bodies paying through the treasury (single treasury account, KKMFKZ2A)
for nm, kind, w in [
    ("ГУ «Аппарат акима города Караганды»", "municipality", 2),
    ("ГУ «Отдел образования города Караганды»", "education_department", 2),
    ("КГУ «Общеобразовательная школа № 97» отдела образования города Караганды управления образования Карагандинской области", "public_school", 3),
    ("КГУ «Гимназия № 1 города Караганды»", "public_school", 2),
    ("КГУ «Школа-лицей № 66» отдела образования города Караганды", "public_school", 2),
    ("КГУ «Общеобразовательная школа № 4 поселка Габидена Мустафина»", "public_school", 1),
    ("ГУ «Управление образования Карагандинской области»", "regional_agency", 1),
    ("ГУ «Управление здравоохранения Карагандинской области»", "regional_agency", 1),
    ("РГУ «Департамент полиции Карагандинской области Министерства внутренних дел Республики Казахстан»", "police", 2),
    ("РГУ «Департамент государственных доходов по Карагандинской области Комитета государственных доходов МФ РК»", "state_agency", 2),
    ("РГУ «Департамент юстиции Карагандинской области Министерства юстиции Республики Казахстан»", "state_agency", 1),
    ("РГУ «Воинская часть 6505 Национальной гвардии Республики Казахстан»", "armed_forces", 2),
    ("ГУ «Аппарат акима Бухар-Жырауского района»", "akimat", 1),
    ("ГУ «Аппарат акима поселка Габидена Мустафина»", "akimat", 1),
    ("ГУ «Отдел жилищно-коммунального хозяйства и жилищной инспекции города Темиртау»", "municipal_department", 1),
    ("ГУ «Карагандинский областной суд»", "court", 1),
]:
    add(nm, kz_bin(rng, rng.randint(0, 12)), "treasury", "B2G", kind, flav="gt", weight=w,
        iik_mid=rng.choice(["105KSN", "106KSN"]))

# state enterprises and public universities with their own bank accounts
for nm, kind, bank, w in [
    ("КГП на ПХВ «Многопрофильная больница № 3 города Караганды» управления здравоохранения Карагандинской области", "public_hospital", "halyk", 3),
    ("КГП на ПХВ «Областная клиническая больница» управления здравоохранения Карагандинской области", "public_hospital", "halyk", 2),
    ("КГП на ПХВ «Поликлиника № 1 города Караганды»", "public_polyclinic", "bcc", 2),
    ("КГКП «Ясли-сад № 12 «Балбөбек» отдела образования города Караганды", "public_kindergarten", "halyk", 1),
    ("КГКП «Карагандинский высший политехнический колледж»", "public_college", "halyk", 1),
    ("РГП на ПХВ «Национальный центр экспертизы» КСЭК МЗ РК", "state_unitary_enterprise", "halyk", 1),
    ("НАО «Карагандинский университет имени академика Е.А. Букетова»", "public_university", "bcc", 2),
    ("НАО «Медицинский университет Караганды»", "public_university", "halyk", 2),
]:
    add(nm, kz_bin(rng, rng.randint(0, 20)), bank, "B2G", kind, flav="ge", weight=w)

add("Посольство Турецкой Республики в Республике Казахстан", kz_bin(rng, 1, "50"), "citi", "B2G", "embassy",
    country="TR", flav="gemb", weight=1)

# ambiguous state cases: household item in household quantity
add("КГУ «Общеобразовательная школа № 61» отдела образования города Караганды", kz_bin(rng, 3), "treasury",
    "B2G", "public_school", amb=True, flav="gkettle", weight=1, iik_mid="105KSN")
add("КГКП «Ясли-сад № 29 «Шапағат»»", kz_bin(rng, 8), "halyk", "B2G", "public_kindergarten", amb=True,
    flav="gkettle", weight=1)

# companies
for nm, bin_, bank, kind, w in [
    ("ТОО «Магнум Кэш энд Керри»", None, "halyk", "company", 1),
    ("ТОО «Технодом Оператор»", None, "forte", "company", 1),
    ("ТОО «Корпорация Казахмыс»", None, "halyk", "company", 2),
    ("АО «Шубарколь комир»", None, "bcc", "company", 1),
    ("ТОО «Караганды Су»", None, "halyk", "state_owned_company", 1),
    ("АО «KEGOC»", "970740000838", "halyk", "state_owned_company", 1),
    ("АО «Казпочта»", "000140002217", "halyk", "state_owned_company", 1),
    ("ТОО «KazStroyService Karaganda»", None, "forte", "company", 2),
    ("ТОО «Сарыарка Авто Сервис»", None, "kaspi", "company", 2),
    ("ТОО «Медицинский центр «Сункар»»", None, "bcc", "private_clinic", 2),
    ("ТОО «Гостиничный комплекс «Караганда»»", None, "jusan", "company", 1),
    ("ТОО «Логистический центр Сарыарка»", None, "bereke", "company", 2),
    ("ТОО «Qazaq Print»", None, "freedom", "company", 1),
    ("ЧУ «Карагандинский университет «Болашак»»", None, "bcc", "private_university", 1),
    ("ЧУ «Международная школа Караганды»", None, "halyk", "private_school", 1),
    ("ОСИ «Бухар Жырау 47»", None, "kaspi", "homeowners_association", 2),
    ("КСК «Восток-5»", None, "halyk", "homeowners_association", 1),
    ("СПК «Агро-Нұра»", None, "halyk", "cooperative", 1),
    ("ОО «Карагандинская областная федерация футбола»", None, "forte", "non_profit", 1),
    ("Местная религиозная организация «Приход храма святого Иоанна Богослова г. Караганды»", None, "halyk", "religious_org", 1),
]:
    add(nm, bin_ or kz_bin(rng, rng.randint(0, 22)), bank, "B2B", kind, flav="b", weight=w)

for i in range(5):
    s, n, p, fem = person(rng)
    nm = rng.choice([f"ИП {s} {n[0]}.{p[0]}.", f"ИП «{s}»", f"ИП {s.upper()} {n.upper()} {p.upper()}"])
    add(nm, kz_iin(rng, fem), rng.choice(["kaspi", "halyk", "forte"]), "B2B", "sole_trader", flav="b",
        weight=2 if i < 2 else 1)

# ambiguous business cases
add("АО «Казахтелеком»", "981140001551", "halyk", "B2B", "state_owned_company", amb=True, flav="bsk", weight=1)
add("АО «Национальная компания «Қазақстан темір жолы»»", "020540003431", "halyk", "B2B", "state_owned_company",
    amb=True, flav="bsk", weight=1)
add("Филиал АОО «Назарбаев Интеллектуальные школы» в г. Караганда", kz_bin(rng, 9, "41"), "halyk", "B2B",
    "state_founded_nonprofit", amb=True, flav="b", weight=1)
add("Представительство Детского фонда ООН (ЮНИСЕФ) в Республике Казахстан", kz_bin(rng, 94, "42"), "citi", "B2B",
    "international_org", country="INT", amb=True, flav="intl", weight=1)
add("ТОО «Арман Консалтинг»", kz_bin(rng, 17), "kaspi", "B2B", "company", amb=True, flav="bhh", weight=1)
s, n, p, fem = person(rng)
add(f"ИП {s.upper()} {n.upper()}", kz_iin(rng, fem), "kaspi", "B2B", "sole_trader", amb=True, flav="iphh", weight=1)

# private persons
for i in range(14):
    s, n, p, fem = person(rng)
    nm = rng.choice([f"{s.upper()} {n.upper()} {p.upper()}", f"{s} {n} {p}", f"{s.upper()} {n.upper()}"])
    add(nm, kz_iin(rng, fem), rng.choice(["kaspi", "kaspi", "halyk", "freedom", "jusan"]), "B2C", "private_person",
        flav="c", weight=1)
for flav, label, kind in [("cbulk", "B2C", "private_person_bulk"), ("cwork", "B2B", "private_person_business_use"),
                          ("cpays", "B2B", "person_paying_company_invoice"), ("cthin", "B2C", "private_person_thin")]:
    s, n, p, fem = person(rng)
    add(f"{s.upper()} {n.upper()} {p.upper()}", kz_iin(rng, fem), "kaspi", label, kind, amb=flav != "cthin",
        flav=flav, weight=1)

# acquiring / payout lines (no buyer)
add("АО «Kaspi Bank»", "971240001315", "kaspi", "B2C", "acquiring_payout", amb=True, flav="kaspipay", weight=3)
add("АО «Народный Банк Казахстана»", "940140000385", "halyk", "B2C", "acquiring_payout", amb=True, flav="pos", weight=1)


# --------------------------------------------------------------- payments
def goods_line(r, cap=None, big=False):
    name, price, qr = r.choice(GOODS)
    if price is None:
        amount = r.choice([38500, 64200, 112800, 187400, 256000, 412900]) * (1 if not big else r.randint(2, 5))
        return name, round(amount, 2)
    q = qr[0] + int((qr[1] - qr[0]) * r.random() ** 2.2)
    amount = q * price
    if cap:
        while amount > cap and q > 1:
            q //= 2
            amount = q * price
    return f"{name} ({q} шт.)", float(amount)


def purpose(p, d):
    flav = p["flav"]
    sf = f"{rng.randint(1, 480):08d}"
    dd = (d - timedelta(days=rng.randint(3, 25))).strftime("%d.%m.%Y")
    if flav == "gt":
        what, amount = goods_line(rng, big=True) if rng.random() < 0.8 else (rng.choice(SERVICES), float(rng.choice([45000, 96000, 180000, 240000])))
        if rng.random() < 0.6:
            dog = f"дог. о госзакупках № {rng.randint(100000, 999999)} от {dd}г. (портал goszakup.gov.kz)"
        else:
            dog = f"дог. № {rng.randint(1, 140)} от {dd}г. (закупка способом из одного источника)"
        txt = rng.choice([
            f"Оплата за {what} по {dog} Счет-фактура № {sf} от {dd}г. Сумма {fmt(amount)} в т.ч. НДС {vat_text(amount)}",
            f"Оплата по {dog} за {what}, с/ф № {sf}, в т.ч. НДС 12% {vat_text(amount)} тенге",
            f"Оплата за {what} согл. {dog}, акт/накл. № {rng.randint(10, 400)}. В т.ч. НДС {vat_text(amount)}",
        ])
        return amount, txt, "859" if what in SERVICES else "710"
    if flav == "ge":
        what, amount = goods_line(rng, big=True)
        if rng.random() < 0.55:
            ref = f"дог. о закупках № {rng.randint(10, 900)}-ГЗ от {dd} (Правила закупок, goszakup.gov.kz)"
        else:
            ref = f"дог. № {rng.randint(1, 300)}/25 от {dd}"
        return amount, f"Оплата за {what} по {ref}, с/ф № {sf}. Сумма {fmt(amount)}, в т.ч. НДС {vat_text(amount)}", "710"
    if flav == "gemb":
        what, amount = goods_line(rng, cap=600000)
        return amount, f"Оплата по счету № {sf} за {what}. Payment for office supplies", "710"
    if flav == "gkettle":
        nm, pr = rng.choice(HOUSEHOLD[:2])
        return float(pr), f"Оплата за {nm} 1 шт. по счету № {rng.randint(10, 900)} от {dd}. В т.ч. НДС {vat_text(pr)}", "710"
    if flav == "bsk":
        what, amount = goods_line(rng, big=True)
        return amount, (f"Оплата по договору о закупках № {rng.randint(100000, 999999)} от {dd} "
                        f"(Порядок закупок АО «Самрук-Қазына»), сф {sf}, за {what}, в т.ч. НДС {vat_text(amount)}"), "710"
    if flav == "intl":
        what, amount = goods_line(rng, cap=900000)
        return amount, f"PO KAZ/{rng.randint(2025001, 2025999)}, invoice {sf}, office supplies / {what}", "710"
    if flav == "bhh":
        nm, pr = HOUSEHOLD[2]
        return float(pr), f"Оплата за {nm}, сч. № {rng.randint(10, 900)} от {dd}, в т.ч. НДС {vat_text(pr)}", "710"
    if flav == "iphh":
        nm, pr = HOUSEHOLD[3]
        return float(pr), f"Kaspi перевод. {nm}", "710"
    if flav == "b":
        if rng.random() < 0.2:
            what, amount = rng.choice(SERVICES), float(rng.choice([18000, 45000, 96000, 150000]))
            kn = "859"
        else:
            what, amount = goods_line(rng, cap=rng.choice([300000, 900000, 2500000]))
            kn = "710"
        txt = rng.choice([
            f"Оплата за {what} по сч. № {rng.randint(10, 900)} от {dd}, в т.ч. НДС {vat_text(amount)}",
            f"Оплата по договору № {rng.randint(1, 120)}-{rng.choice(['П', 'К', 'ПС'])} от {dd} за {what}. НДС 12% {vat_text(amount)}",
            f"предоплата за {what} счет {rng.randint(10, 900)}",
            f"Оплата сч/ф {sf} от {dd} за {what}",
        ])
        return amount, txt, kn
    if flav == "c":
        if rng.random() < 0.5:
            nm, pr = rng.choice(HOUSEHOLD[1:] + [("кресло офисное", 42500), ("МФУ Pantum", 118000)])
            amount = float(pr)
            txt = rng.choice([f"Оплата за {nm}", f"{nm}, доставка на дом", f"Перевод. {nm}"])
        else:
            what, amount = goods_line(rng, cap=150000)
            txt = rng.choice([f"Оплата по счету {rng.randint(10, 900)}", f"за {what.split(' (')[0]}", "Перевод"])
        return amount, txt, rng.choice(["710", "710", "119"])
    if flav == "cbulk":
        return 40 * 14900.0, "Оплата за стулья ученические 40 шт.", "710"
    if flav == "cwork":
        return 3 * 42500.0, "Оплата за кресла офисные 3 шт., для магазина", "710"
    if flav == "cpays":
        what, amount = goods_line(rng, cap=400000)
        return amount, f"Оплата за ТОО «Алем Строй Групп» по счету № {rng.randint(10, 900)}", "710"
    if flav == "cthin":
        return float(rng.choice([15000, 27500])), "Перевод", "119"
    if flav == "kaspipay":
        n = rng.randint(2, 14)
        amount = float(sum(rng.choice([890, 2650, 4900, 12400, 18900, 42500]) for _ in range(n)))
        return amount, f"Зачисление средств по Kaspi Pay за {d - timedelta(days=1):%d.%m.%Y}, операций: {n}", "710"
    if flav == "pos":
        n = rng.randint(1, 9)
        amount = float(sum(rng.choice([1200, 2650, 6400, 14900, 24500]) for _ in range(n)))
        com = round(amount * 0.015, 2)
        return round(amount - com, 2), (f"Возмещение по операциям с ПК по POS-терминалу № {rng.randint(10000000, 99999999)} "
                                        f"за {d - timedelta(days=1):%d.%m.%Y}. Сумма {fmt(amount)}, комиссия {fmt(com)}"), "710"
    raise ValueError(flav)


N = 210
order = list(range(len(P)))
rng.shuffle(order)
seq = order + rng.choices(range(len(P)), weights=[p["weight"] for p in P], k=N - len(P))
rng.shuffle(seq)

start = datetime(2025, 4, 1, 9, 0)
span_minutes = 90 * 24 * 60 - 600
times = sorted(start + timedelta(minutes=rng.randint(0, span_minutes)) for _ in range(N))
recs = []
for t, pi in zip(times, seq):
    p = P[pi]
    if t.weekday() >= 5 and p["flav"] not in ("kaspipay", "c", "cthin"):
        t = t - timedelta(days=t.weekday() - 4)  # weekend -> the Friday before
    t = t.replace(hour=rng.randint(9, 18) if p["flav"] not in ("kaspipay", "pos") else rng.randint(3, 8))
    amount, txt, knp = purpose(p, t)
    recs.append(dict(t=t, p=p, amount=round(amount, 2), txt=txt, knp=knp))
recs.sort(key=lambda x: x["t"])

# --------------------------------------------------------------- workbook
wb = Workbook()
ws = wb.active
ws.title = "Выписка"
opening = 4512300.45
total_credit = round(sum(x["amount"] for x in recs), 2)
ws.append(["АО «Банк ЦентрКредит»"])
ws.append(["ВЫПИСКА ПО СЧЕТУ"])
ws.append(["за период с 01.04.2025 по 30.06.2025"])
ws.append([f"Клиент: {SELLER}"])
ws.append([f"БИН: {SELLER_BIN}"])
ws.append([f"ИИК: {SELLER_IIK}   Валюта: KZT"])
ws.append([f"Входящий остаток: {fmt(opening)}"])
ws.append([])
HEAD = ["№", "Дата", "БИК", "ИИК", "ИИН отправителя", "Корреспондент", "ИИН получателя", "Дебет", "Кредит", "КНП",
        "Банк", "Назначение платежа"]
ws.append(HEAD)
for c in ws[ws.max_row]:
    c.font = Font(bold=True)
    c.alignment = Alignment(wrap_text=True, horizontal="center")
ws["A1"].font = Font(bold=True)
ws["A2"].font = Font(bold=True, size=12)
for i, x in enumerate(recs, 1):
    p = x["p"]
    ws.append([i, x["t"].strftime("%d.%m.%Y %H:%M"), p["bic"], p["iik"], p["bin"], p["name"], SELLER_BIN, None,
               x["amount"], x["knp"], p["bank"], x["txt"]])
    ws.cell(ws.max_row, 9).number_format = "#,##0.00"
ws.append(["", "", "", "", "", "Итого обороты:", "", 0, total_credit])
ws.cell(ws.max_row, 9).number_format = "#,##0.00"
ws.append([f"Исходящий остаток: {fmt(opening + total_credit)}"])
for col, wdt in zip("ABCDEFGHIJKL", [6, 17, 12, 24, 15, 48, 15, 12, 15, 6, 34, 70]):
    ws.column_dimensions[col].width = wdt
wb.properties.creator = "BCC Business"
wb.properties.created = datetime(2025, 7, 1, 10, 12, 0)
wb.properties.modified = datetime(2025, 7, 1, 10, 12, 0)
out = LAYOUTS / f"{LID}.xlsx"
wb.save(out)
freeze_xlsx(out)

labels = [dict(label=x["p"]["label"], amb=x["p"]["amb"], kind=x["p"]["kind"], country=x["p"]["country"]) for x in recs]
write_labels(LID, labels)
write_key(LID, {
    "id": LID,
    "system": "BCC Business (internet banking of АО «Банк ЦентрКредит», Kazakhstan) - выписка по счету exported to Excel, incoming (credit) operations only",
    "country": "KZ",
    "language": "ru",
    "docs": [
        "Public parser of BCC Business statements (Telegram bot that reads .xlsx/.pdf statements): table columns №, Дата, БИК, ИИК, ИИН отправителя, Корреспондент, ИИН получателя, Дебет, Кредит, КНП, Банк, Назначение платежа; date in the 2nd column as 'dd.mm.yyyy HH:MM'; Дебет and Кредит in separate columns; title block above the table",
        "Public Kazakh bank-statement parsers (Halyk, Kaspi, Forte, Kassa Nova, Nurbank): statements carry a metadata block of several lines before the header row and use ИИН/БИН, КНП and Назначение платежа; BCC BIC KCJBKZKX, treasury BIC KKMFKZ2A (ESF PublicOffice default) for state institutions",
        "Not found in search: the exact Excel title/footer wording; title lines (bank, period, client, BIN, IIK, opening balance), the 'Итого обороты' and 'Исходящий остаток' footer and the credit-only filter are my reconstruction"
    ],
    "fields": {"buyer": "Корреспондент", "product": None, "quantity": None, "amount": "Кредит",
               "tax_id": "ИИН отправителя", "email": None, "payment": None, "comment": "Назначение платежа"},
    "also_ok": {"product": ["Назначение платежа"], "payment": ["КНП"]},
    "notes": ("Eight title lines (bank, report name, period, client, BIN, IIK, opening balance, blank) above the header; "
              "one line per incoming payment; the last two lines ('Итого обороты:' and 'Исходящий остаток') are not records. "
              "Дебет is empty because only credit turnovers were exported. 'ИИН отправителя' holds the payer's BIN (12 digits, "
              "legal entity, 5th digit 4/5) or IIN (person or ИП); 'ИИН получателя' is the seller's own BIN. State bodies pay from "
              "treasury accounts (BIC KKMFKZ2A, IIK with bank code 070); goods and the procurement reference are only in "
              "Назначение платежа. Kaspi Pay and POS settlement lines from the banks are acquiring payouts without a buyer.")
})
summary(LID, labels)
