"""Реестр договоров поставщика: договоры с портала goszakup.gov.kz и прочие продажи, XLSX."""
import random
from datetime import date, timedelta

from openpyxl import Workbook

import o_common as c

ID = "o_kz_goszakup_dogovory"
rng = random.Random(7404)

SELLER = "ТОО «Астана Офис Снаб»"
SELLER_BIN = c.rand_bin(rng)

GOODS = [  # name, unit, price without VAT, household
    ("Компьютер персональный настольный (моноблок) Lenovo IdeaCentre AIO 3 24\"", "шт", 385000, False),
    ("Ноутбук HP ProBook 450 G10 15,6\" i5/16/512", "шт", 465000, False),
    ("Принтер лазерный HP LaserJet Pro M404dn", "шт", 158000, False),
    ("МФУ Kyocera ECOSYS M2540dn", "шт", 212000, False),
    ("Картридж Kyocera TK-1170", "шт", 21500, False),
    ("Бумага офисная А4 Svetocopy 80 г/м2, 500 листов", "пачка", 2150, False),
    ("Кресло офисное «Бюрократ» CH-868N", "шт", 46000, False),
    ("Стол письменный 1200х600 ЛДСП", "шт", 38500, False),
    ("Шкаф для документов 800х400х1980", "шт", 72000, False),
    ("Сервер Dell PowerEdge R750xs", "шт", 6450000, False),
    ("Источник бесперебойного питания APC Smart-UPS 1500VA", "шт", 289000, False),
    ("Проектор Epson EB-W51", "шт", 268000, False),
    ("Интерактивная панель 75\" Newline", "шт", 1850000, False),
    ("Чайник электрический Tefal KO2408", "шт", 16900, True),
    ("Холодильник Indesit ITR 4180 W", "шт", 189000, True),
    ("Микроволновая печь Samsung MS23K3513AW", "шт", 48000, True),
    ("Кондиционер Midea MSAG1-12HRN1", "шт", 245000, True),
    ("Пылесос Samsung VC18M21A0SB", "шт", 52000, True),
]
GM = {g[0]: g for g in GOODS}
OFFICE = [g[0] for g in GOODS if not g[3]]
HOME = [g[0] for g in GOODS if g[3]]

rows = []


def add(src, cust, bin_, method, items, label, kind, amb=False, status=None, pay="", note="", country="KZ",
        anno=True, vat=True):
    rows.append(dict(src=src, cust=cust, bin=bin_, method=method, items=items, label=label, kind=kind, amb=amb,
                     status=status, pay=pay, note=note, country=country, anno=anno, vat=vat))


GZ = "goszakup.gov.kz"
SK = "Закупки Самрук-Казына (zakup.sk.kz)"
DIR = "Прямой договор"
RET = "Розничная продажа"

GOV = [("ГУ «Аппарат акима города Астаны»", "state_body"),
       ("ГУ «Управление образования города Астаны»", "municipal_agency"),
       ("КГУ «Школа-лицей № 66» акимата города Астаны", "school"),
       ("КГУ «Общеобразовательная школа № 47» акимата города Астаны", "school"),
       ("ГККП «Ясли-сад № 41 «Балдырган» акимата города Астаны", "kindergarten"),
       ("ГКП на ПХВ «Городская поликлиника № 4» акимата города Астаны", "public_hospital"),
       ("ГКП на ПХВ «Многопрофильная городская больница № 2» акимата города Астаны", "public_hospital"),
       ("РГП на ПХВ «Казгидромет» Министерства экологии и природных ресурсов РК", "state_enterprise"),
       ("РГУ «Департамент государственных доходов по городу Астане»", "state_body"),
       ("ГУ «Аппарат акима района Сарыарка города Астаны»", "municipality"),
       ("КГУ «Центр поддержки детей, находящихся в трудной жизненной ситуации» акимата Акмолинской области", "state_institution"),
       ("ГУ «Отдел образования по городу Кокшетау управления образования Акмолинской области»", "municipal_agency"),
       ("РГУ «Департамент полиции города Астаны МВД РК»", "police"),
       ("ГУ «Управление здравоохранения Карагандинской области»", "regional_agency"),
       ("РГКП «Национальный центр тестирования» МНВО РК", "state_enterprise")]
gbin = {g[0]: c.rand_bin(rng) for g in GOV}
METHODS = ["Запрос ценовых предложений", "Запрос ценовых предложений", "Аукцион", "Открытый конкурс",
           "Через электронный магазин", "Из одного источника по несостоявшимся закупкам"]
for _ in range(80):
    cust, kind = rng.choice(GOV)
    k = rng.randint(1, 2)
    items = [(g, rng.choice([1, 2, 3, 5, 10, 15, 20, 30]) if GM[g][2] < 500000 else rng.randint(1, 3)) for g in rng.sample(OFFICE, k)]
    if any(g == "Бумага офисная А4 Svetocopy 80 г/м2, 500 листов" for g, _ in items):
        items = [(g, q * 20 if g.startswith("Бумага") else q) for g, q in items]
    add(GZ, cust if rng.random() > 0.08 else cust.upper(), gbin[cust], rng.choice(METHODS), items, "B2G", kind,
        pay=rng.choice(["Оплата в течение 30 календарных дней после подписания акта", "Предоплата 30%, остаток после поставки",
                        "Оплата по факту поставки через казначейство"]))
# public bodies buying a household item only -> B2G ambiguous
add(GZ, "КГУ «Общеобразовательная школа № 47» акимата города Астаны", gbin["КГУ «Общеобразовательная школа № 47» акимата города Астаны"],
    "Через электронный магазин", [("Чайник электрический Tefal KO2408", 1)], "B2G", "school_household", amb=True,
    pay="Оплата по факту поставки через казначейство")
add(GZ, "ГККП «Ясли-сад № 41 «Балдырган» акимата города Астаны", gbin["ГККП «Ясли-сад № 41 «Балдырган» акимата города Астаны"],
    "Из одного источника по несостоявшимся закупкам", [("Холодильник Indesit ITR 4180 W", 1), ("Микроволновая печь Samsung MS23K3513AW", 1)],
    "B2G", "kindergarten_household", amb=True, pay="Оплата по факту поставки через казначейство")
# embassy (direct contract, invoice in tenge, VAT-exempt) -> B2G
for _ in range(2):
    add(DIR, "Посольство Федеративной Республики Германия в Астане", "", "Прямой договор",
        [(rng.choice(["Ноутбук HP ProBook 450 G10 15,6\" i5/16/512", "МФУ Kyocera ECOSYS M2540dn"]), rng.randint(1, 4))], "B2G",
        "embassy", pay="Банковский перевод по счёту", note="Без НДС — освобождение для дипломатических представительств",
        country="DE", anno=False, vat=False)

# national companies under Samruk-Kazyna procurement rules -> B2B ambiguous
SKC = ["АО «НК «КазМунайГаз»", "АО «НАК «Казатомпром»", "АО «KEGOC»", "АО «Казпочта»", "АО «НК «Қазақстан темір жолы»",
       "АО «Самрук-Энерго»", "ТОО «Samruk-Kazyna Business Service»"]
sbin = {x: c.rand_bin(rng) for x in SKC}
for _ in range(15):
    cust = rng.choice(SKC)
    items = [(g, rng.choice([2, 5, 10, 20])) for g in rng.sample(OFFICE[:9], rng.randint(1, 2))]
    add(SK, cust, sbin[cust], rng.choice(["Открытый тендер", "Запрос ценовых предложений", "Электронный магазин Samruk-Kazyna", "Из одного источника"]),
        items, "B2B", "state_owned_company_procurement_rules", amb=True,
        pay="Оплата в течение 30 рабочих дней после подписания акта приёма-передачи",
        note="Порядок закупок АО «Самрук-Қазына»")
# state-owned company buying directly, no procurement rules -> plain B2B
add(DIR, "АО «Казпочта» (филиал по г. Астана)", sbin["АО «Казпочта»"], "Прямой договор", [("Бумага офисная А4 Svetocopy 80 г/м2, 500 листов", 60)],
    "B2B", "state_owned_company", pay="Банковский перевод по счёту", anno=False)

# private companies, ИП, ОСИ
TOO = ["ТОО «KazBuild Engineering»", "ТОО «Арман Логистик»", "ТОО \"Казахстан Агро Трейд\"", "ТОО «Медикал Сервис Астана»",
       "ТОО «Нур Инвест Групп»", "ТОО «Сарыарка Энергосервис»", "ТОО «ЮрКонсалт Партнёрс»", "ТОО «Alem Digital»",
       "ТОО «Евразия Строй»", "ТОО \"КАРАГАНДА-ТЕХСНАБ\"", "ТОО «Частная школа «Мирас»", "АО «Банк ЦентрКредит»"]
tbin = {x: c.rand_bin(rng) for x in TOO}
for _ in range(30):
    cust = rng.choice(TOO)
    items = [(g, rng.choice([1, 2, 4, 6, 10])) for g in rng.sample(OFFICE, rng.randint(1, 2))]
    add(DIR, cust, tbin[cust], "Прямой договор", items, "B2B", "private_school" if "школа" in cust else "company",
        pay=rng.choice(["Банковский перевод по счёту", "Предоплата 100%", "Отсрочка 15 дней"]),
        note=rng.choice(["", "ЭСФ выписан", "Доставка в офис", "Повторный заказ"]), anno=False)
# company buys one household item -> B2B ambiguous
add(DIR, "ТОО «ЮрКонсалт Партнёрс»", tbin["ТОО «ЮрКонсалт Партнёрс»"], "Прямой договор", [("Кондиционер Midea MSAG1-12HRN1", 1)],
    "B2B", "company_household", amb=True, pay="Банковский перевод по счёту", anno=False)
add(DIR, "ТОО «Alem Digital»", tbin["ТОО «Alem Digital»"], "Прямой договор", [("Холодильник Indesit ITR 4180 W", 1)],
    "B2B", "company_household", amb=True, pay="Банковский перевод по счёту", anno=False)
# ОСИ
add(DIR, "ОСИ «Есиль-16»", c.rand_bin(rng), "Прямой договор", [("Ноутбук HP ProBook 450 G10 15,6\" i5/16/512", 1), ("Принтер лазерный HP LaserJet Pro M404dn", 1)],
    "B2B", "homeowners_association", pay="Банковский перевод по счёту", anno=False)
# ИП
SURN_M = ["Ахметов", "Нурланов", "Сейткали", "Жумабаев", "Ким", "Иванов", "Ермеков", "Садыков"]
SURN_F = ["Ахметова", "Нурланова", "Сейткали", "Жумабаева", "Ким", "Иванова", "Ермекова", "Садыкова"]
N_M = ["Ерлан", "Нурсултан", "Асхат", "Данияр", "Бауыржан", "Сергей", "Арман"]
N_F = ["Айгерим", "Динара", "Жанар", "Гульмира", "Асель", "Ольга", "Сауле"]
for _ in range(11):
    male = rng.random() < 0.5
    s = rng.choice(SURN_M if male else SURN_F)
    n = rng.choice(N_M if male else N_F)
    nm = rng.choice([f"ИП «{s}»", f"ИП {s} {n}", f"ИП «{n}»", f"Индивидуальный предприниматель {s} {n[0]}."])
    add(DIR if rng.random() < 0.7 else RET, nm, c.rand_iin(rng, male), "Прямой договор",
        [(rng.choice(OFFICE[:8]), rng.choice([1, 2, 3, 5]))], "B2B", "sole_trader",
        pay=rng.choice(["Банковский перевод по счёту", "Kaspi Pay", "Kaspi QR"]), anno=False)
# ИП buying one household item via Kaspi QR -> B2B ambiguous
add(RET, "ИП «Садыкова»", c.rand_iin(rng, False), "Розничная продажа", [("Пылесос Samsung VC18M21A0SB", 1)], "B2B",
    "sole_trader_household", amb=True, pay="Kaspi QR", anno=False)

# persons
for _ in range(9):
    male = rng.random() < 0.5
    s = rng.choice(SURN_M if male else SURN_F)
    n = rng.choice(N_M if male else N_F)
    add(RET, rng.choice([f"{s} {n}", f"{s.upper()} {n.upper()}", f"Физическое лицо {s} {n[0]}."]),
        rng.choice([c.rand_iin(rng, male), ""]), "Розничная продажа",
        [(rng.choice(["Ноутбук HP ProBook 450 G10 15,6\" i5/16/512", "Принтер лазерный HP LaserJet Pro M404dn", "Кресло офисное «Бюрократ» CH-868N",
                      "Пылесос Samsung VC18M21A0SB", "Микроволновая печь Samsung MS23K3513AW"]), 1)],
        "B2C", "private_person", pay=rng.choice(["Kaspi QR", "Kaspi Red", "Наличные", "Банковская карта"]), anno=False)
# person with gov.kz e-mail buying household goods -> B2C ambiguous
add(RET, "Ермекова Динара", c.rand_iin(rng, False), "Розничная продажа", [("Холодильник Indesit ITR 4180 W", 1)], "B2C",
    "person_gov_email", amb=True, pay="Kaspi Red", note="Чек отправлен на d.ermekova@astana.gov.kz, доставка на дом", anno=False)
# anonymous retail
for _ in range(4):
    add(RET, "Розничный покупатель", "", "Розничная продажа", [(rng.choice(["Бумага офисная А4 Svetocopy 80 г/м2, 500 листов", "Картридж Kyocera TK-1170", "Чайник электрический Tefal KO2408"]), rng.randint(1, 3))],
        "B2C", "anonymous_retail", pay=rng.choice(["Kaspi QR", "Наличные"]), anno=False)
# marketplace payout lines without buyer -> B2C ambiguous
for _ in range(2):
    add(RET, "", "", "Kaspi Магазин", [("Выплата Kaspi.kz по заказам за день", 1)], "B2C", "marketplace_payout", amb=True,
        pay="Kaspi Pay", note="Зачисление от АО «Kaspi Bank» за вычетом комиссии", anno=False)
# international organisation -> B2B ambiguous
add(DIR, "Представительство Программы развития ООН (ПРООН) в Республике Казахстан", "", "Прямой договор",
    [("Ноутбук HP ProBook 450 G10 15,6\" i5/16/512", 6), ("Проектор Epson EB-W51", 1)], "B2B", "international_org", amb=True,
    pay="Банковский перевод по счёту", note="Без НДС", anno=False, vat=False)
# corporate fund founded by the state holding -> B2B ambiguous
add(DIR, "КФ «Samruk-Kazyna Trust»", c.rand_bin(rng), "Прямой договор", [("Интерактивная панель 75\" Newline", 2)], "B2B",
    "state_founded_fund", amb=True, pay="Банковский перевод по счёту", anno=False)
# product-only lines
add(DIR, "", "", "", [("Сервер Dell PowerEdge R750xs", 1)], "B2B", "product_only", amb=True, status="На подписании", anno=False)
add(DIR, "", "", "", [("Источник бесперебойного питания APC Smart-UPS 1500VA", 4)], "B2B", "product_only", amb=True,
    status="На подписании", anno=False)

GOODS_EXTRA = {"Выплата Kaspi.kz по заказам за день": ("Выплата Kaspi.kz по заказам за день", "", 0, False)}
rng.shuffle(rows)

wb = Workbook()
ws = wb.active
ws.title = "Реестр договоров"
ws.append([f"Реестр договоров поставщика {SELLER} (БИН {SELLER_BIN})"])
ws.append(["Договоры портала государственных закупок goszakup.gov.kz, закупок Самрук-Казына и прочие продажи за 2024–2025 гг."])
ws.append([])
HEAD = ["№ п/п", "Источник", "Номер договора", "Номер объявления", "Дата заключения", "Финансовый год", "Заказчик",
        "БИН/ИИН заказчика", "Способ закупки", "Предмет договора", "Количество", "Ед. изм.", "Цена за единицу без НДС, тенге",
        "Сумма договора без НДС, тенге", "Сумма договора с НДС, тенге", "Статус договора", "Условия оплаты", "Примечание"]
ws.append(HEAD)
labels = []
d0 = date(2024, 1, 15)
total = 0
n = 0
for r in rows:
    d0 += timedelta(days=rng.randint(0, 5))
    if r["src"] == GZ:
        cnum = f"{rng.randint(1, 480)}-{d0.strftime('%y')}/ГЗ"
        anno = f"{rng.randint(11800000, 13900000)}-{rng.randint(1, 2)}"
    elif r["src"] == SK:
        cnum = f"{rng.randint(100000, 999999)}/{d0.year}/1"
        anno = f"{rng.randint(900000, 1200000)}"
    elif r["src"] == RET:
        cnum = f"Выплата {d0.strftime('%d.%m.%Y')}" if r["kind"] == "marketplace_payout" else f"Чек № {rng.randint(1000, 9999)}"
        anno = ""
    else:
        cnum = f"АОС-{d0.strftime('%y')}/{rng.randint(10, 399)}"
        anno = ""
    status = r["status"] or (rng.choice(["Исполнен", "Исполнен", "Действует", "Расторгнут"]) if r["src"] in (GZ, SK, DIR) else "Исполнен")
    for g, q in r["items"]:
        n += 1
        if g in GOODS_EXTRA:
            unit, price = "", None
            net = rng.randint(180, 950) * 1000 + rng.randint(0, 999)
            gross = net
        else:
            _, unit, price, _ = GM[g]
            net = price * q
            gross = round(net * 1.12, 2) if r["vat"] else net
        total += gross
        ws.append([n, r["src"], cnum, anno or None, d0.strftime("%d.%m.%Y"), d0.year, r["cust"] or None, r["bin"] or None,
                   r["method"] or None, g, q, unit or None, price, net, gross, status, r["pay"] or None, r["note"] or None])
        labels.append(dict(label=r["label"], amb=r["amb"], kind=r["kind"], country=r["country"]))
ws.append([])
ws.append([None, "Итого", None, None, None, None, None, None, None, None, None, None, None, None, round(total, 2)])
c.LAYOUTS.mkdir(parents=True, exist_ok=True)
c.save_xlsx(wb, c.LAYOUTS / f"{ID}.xlsx")
c.write_labels(ID, labels)
c.write_key(ID, {
    "id": ID,
    "system": "Реестр договоров поставщика: выгрузка договоров с портала goszakup.gov.kz (кабинет поставщика) дополненная закупками Самрук-Казына и прочими продажами, Excel",
    "country": "KZ",
    "language": "ru",
    "docs": [
        "goszakup.gov.kz open-data (OWS v2) contract objects as used in public client code: contract_number, contract_number_sys, trd_buy_number_anno, customer_bin, customer_name_ru, supplier_biin, fin_year, sign_date, contract_sum, contract_sum_wnds, fakt_sum_wnds, ref_contract_status_id, description_ru — gave the columns (номер договора, номер объявления, заказчик, БИН заказчика, финансовый год, дата заключения, сумма с/без НДС, статус, предмет)",
        "packagist rustem-kaimolla/goszakup-api README: registries of participants, annual plans, announcements, contracts; access via a token from АО «Центр электронных финансов»",
        "glama goszakup-mcp server notes: company identifiers are 12-digit BINs, individuals' and sole proprietors' are 12-digit IINs with a check digit — used to compute valid BIN/IIN",
        "Exact Russian header titles of the portal's Excel download were not found; titles follow the portal's Russian field names"
    ],
    "fields": {"buyer": "Заказчик", "product": "Предмет договора", "quantity": "Количество",
               "amount": "Сумма договора с НДС, тенге", "tax_id": "БИН/ИИН заказчика", "email": None,
               "payment": "Условия оплаты", "comment": "Примечание"},
    "also_ok": {"amount": ["Сумма договора без НДС, тенге"]},
    "notes": "XLSX; two title lines and a blank line above the header (header on row 4); one row per contract item (multi-item contracts share Номер договора); a blank line and an 'Итого' line at the end are not records. Источник tells where the sale comes from: goszakup.gov.kz (public procurement), Закупки Самрук-Казына (national companies' own procurement rules), Прямой договор, Розничная продажа / Kaspi Магазин. Kaspi payout rows have no buyer. Embassy and UN rows are VAT-free (gross = net)."
})
print(ID, len(labels))
