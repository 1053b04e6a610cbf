"""Webkassa (KZ) - cheques journal exported to CSV, one row per fiscal cheque.
Seeded; rebuilds layouts/j_kz_webkassa_cheki.csv and its key exactly."""
import datetime as dt
import random

from j_common import LAYOUTS, O, kz_bin, kz_iin, timestamps, write_key

ID = "j_kz_webkassa_cheki"
rng = random.Random(4202)

CAT = {
    "Чайник электрический Scarlett SC-EK18P": 8990,
    "Лампа светодиодная Navigator 10 Вт E27": 690,
    "Бумага офисная SvetoCopy A4, 500 л.": 2650,
    "Картридж HP 85A CE285A": 24900,
    "Перфоратор Makita HR2470": 78900,
    "Удлинитель 3 м 3 розетки": 2490,
    "Мешки для мусора 60 л, 30 шт": 790,
    "Средство для мытья посуды AOS 450 мл": 890,
    "Бумага туалетная Zewa 8 рулонов": 2390,
    "Мыло жидкое Palmolive 300 мл": 1290,
    "Ручка шариковая BIC Orange, 4 шт": 690,
    "Степлер Attache №24/6": 1890,
    "Папка-регистратор 75 мм": 1290,
    "Обогреватель масляный Polaris PRE 0920": 24990,
    "Вентилятор напольный Midea FS4050": 15990,
    "Утюг Tefal FV2867": 19990,
    "Микроволновая печь Samsung ME88SUB": 49990,
    "Батарейки Duracell AA, 4 шт": 1990,
    "Дрель-шуруповерт Bosch GSR 120-LI": 49900,
    "Швабра с отжимом Vileda Turbo": 12990,
    "Саморезы 3,5х35, 500 шт": 1990,
    "Смеситель для кухни Frap F4052": 14990,
    "Пена монтажная Soudal 750 мл": 3490,
    "Перчатки рабочие х/б, пара": 250,
    "Скотч упаковочный 48 мм х 66 м": 490,
    "Губки для посуды, 5 шт": 450,
}
HOUSE = [k for k in CAT if k not in ("Картридж HP 85A CE285A", "Перфоратор Makita HR2470")]

bin_ = lambda **k: kz_bin(rng, **k)
iin = lambda **k: kz_iin(rng, **k)

orders = [
    # B2C named
    O("B2C", False, "private_person", "KZ", [("Утюг Tefal FV2867", 1)], buyer="Ахметова Динара Сериковна", xin=iin(male=False), email="dinara.akhmetova@gmail.com", pay="Банковская карта"),
    O("B2C", False, "private_person", "KZ", [("Вентилятор напольный Midea FS4050", 1), ("Удлинитель 3 м 3 розетки", 1)], buyer="НУРЛАНОВ ЕРЛАН", pay="Мобильный платеж"),
    O("B2C", False, "private_person", "KZ", [("Смеситель для кухни Frap F4052", 1)], buyer="Ким, Виктория", phone="+7 701 455 21 09", pay="Банковская карта"),
    O("B2C", False, "private_person", "KZ", [("Швабра с отжимом Vileda Turbo", 1), ("Губки для посуды, 5 шт", 2)], email="aigerim.s@mail.ru", pay="Мобильный платеж"),
    O("B2C", False, "private_person", "KZ", [("Дрель-шуруповерт Bosch GSR 120-LI", 1)], buyer="Иванов Сергей", xin=iin(male=True), pay="Наличные"),
    O("B2C", False, "private_person", "KZ", [("Микроволновая печь Samsung ME88SUB", 1)], buyer="Смагулов А.", phone="+77085553412", pay="Банковская карта", note="доставка домой, мкр. Самал 12"),
    O("B2C", False, "private_person", "KZ", [("Обогреватель масляный Polaris PRE 0920", 1)], xin=iin(), pay="Наличные"),
    # B2B clear
    O("B2B", False, "llp", "KZ", [("Саморезы 3,5х35, 500 шт", 20), ("Пена монтажная Soudal 750 мл", 24), ("Перчатки рабочие х/б, пара", 100)],
      buyer="ТОО «Астана Құрылыс Сервис»", xin=bin_(), pay="Безналичный расчет", note="по счету на оплату № 112 от 04.03.2025, накладная"),
    O("B2B", False, "llp", "KZ", [("Бумага офисная SvetoCopy A4, 500 л.", 40), ("Картридж HP 85A CE285A", 4), ("Папка-регистратор 75 мм", 20)],
      buyer="ТОО \"KazTechStroy\"", xin=bin_(), email="buh@kaztechstroy.kz", pay="Безналичный расчет", note="счет № 118, ЭСФ"),
    O("B2B", False, "sole_trader", "KZ", [("Перфоратор Makita HR2470", 1), ("Саморезы 3,5х35, 500 шт", 10)],
      buyer="ИП «Сейтказиев»", xin=iin(male=True), pay="Безналичный расчет", note="счет на оплату № 45"),
    O("B2B", False, "company", "KZ", [("Бумага офисная SvetoCopy A4, 500 л.", 60), ("Ручка шариковая BIC Orange, 4 шт", 30)],
      buyer="ТОО «Магнум Кэш энд Керри»", xin=bin_(), email="zakup@magnum.kz", pay="Безналичный расчет", note="договор поставки № 56"),
    O("B2B", False, "homeowners_association", "KZ", [("Лампа светодиодная Navigator 10 Вт E27", 80), ("Мешки для мусора 60 л, 30 шт", 20)],
      buyer="ОСИ «ЖК Highvill Астана»", xin=bin_(), pay="Безналичный расчет"),
    O("B2B", False, "religious_org", "KZ", [("Обогреватель масляный Polaris PRE 0920", 3)],
      buyer="Местная религиозная организация «Приход храма Казанской иконы Божией Матери г. Астаны»", xin=bin_(), pay="Безналичный расчет"),
    O("B2B", False, "nonprofit", "KZ", [("Бумага туалетная Zewa 8 рулонов", 20), ("Мыло жидкое Palmolive 300 мл", 20)],
      buyer="ОФ «Дом Мамы»", xin=bin_(), pay="Банковская карта"),
    O("B2B", False, "private_clinic", "KZ", [("Бумага офисная SvetoCopy A4, 500 л.", 15), ("Степлер Attache №24/6", 5)],
      buyer="ТОО «Клиника Плюс»", xin=bin_(), email="office@clinicplus.kz", pay="Безналичный расчет", note="счет № 131"),
    O("B2B", False, "company_bin_only", "KZ", [("Скотч упаковочный 48 мм х 66 м", 48), ("Перчатки рабочие х/б, пара", 50)], xin=bin_(), pay="Безналичный расчет"),
    O("B2B", False, "llp", "KZ", [("Картридж HP 85A CE285A", 2)], buyer="ТОО «Nur Logistic»", xin=bin_(), pay="Банковская карта", note="корпоративная карта"),
    # B2G clear
    O("B2G", False, "municipality", "KZ", [("Бумага офисная SvetoCopy A4, 500 л.", 100), ("Картридж HP 85A CE285A", 6)],
      buyer="ГУ «Аппарат акима района Есиль города Астаны»", xin=bin_(), email="esil@astana.gov.kz", pay="Безналичный расчет", note="договор о госзакупках № 41 от 03.03.2025"),
    O("B2G", False, "public_school", "KZ", [("Лампа светодиодная Navigator 10 Вт E27", 50), ("Удлинитель 3 м 3 розетки", 10)],
      buyer="ГУ «Школа-гимназия № 64» акимата города Астаны", xin=bin_(), pay="Безналичный расчет", note="госзакуп способом из одного источника"),
    O("B2G", False, "public_kindergarten", "KZ", [("Мыло жидкое Palmolive 300 мл", 40), ("Бумага туалетная Zewa 8 рулонов", 30)],
      buyer="ГККП «Ясли-сад № 44 «Қарлығаш» акимата города Астаны", xin=bin_(), pay="Безналичный расчет"),
    O("B2G", False, "public_hospital", "KZ", [("Обогреватель масляный Polaris PRE 0920", 4), ("Удлинитель 3 м 3 розетки", 4)],
      buyer="ГКП на ПХВ «Городская поликлиника № 4» акимата города Астаны", xin=bin_(), pay="Безналичный расчет", note="договор № 78-ГЗ"),
    O("B2G", False, "state_enterprise", "KZ", [("Перфоратор Makita HR2470", 1), ("Дрель-шуруповерт Bosch GSR 120-LI", 2)],
      buyer="РГП на ПХВ «Казгидромет» МЭПР РК", xin=bin_(), pay="Безналичный расчет"),
    O("B2G", False, "state_agency", "KZ", [("Папка-регистратор 75 мм", 50), ("Степлер Attache №24/6", 10)],
      buyer="РГУ «Департамент государственных доходов по городу Астане КГД МФ РК»", xin=bin_(), email="kanc@kgd.gov.kz", pay="Безналичный расчет"),
    O("B2G", False, "police", "KZ", [("Батарейки Duracell AA, 4 шт", 40), ("Удлинитель 3 м 3 розетки", 6)],
      buyer="ГУ «Департамент полиции города Астаны МВД РК»", xin=bin_(), pay="Безналичный расчет", note="госзакупки, договор № 212"),
    O("B2G", False, "embassy", "TR", [("Вентилятор напольный Midea FS4050", 3)], buyer="Посольство Турецкой Республики в Республике Казахстан", xin=bin_(typ=5), pay="Банковская карта"),
    # ambiguous
    O("B2B", True, "company_household_item", "KZ", [("Чайник электрический Scarlett SC-EK18P", 1)], buyer="ТОО «Сарыарка Консалтинг»", xin=bin_(), pay="Банковская карта"),
    O("B2B", True, "company_household_item", "KZ", [("Микроволновая печь Samsung ME88SUB", 1), ("Чайник электрический Scarlett SC-EK18P", 1)], buyer="ТОО «Altyn Trade»", xin=bin_(), pay="Безналичный расчет"),
    O("B2G", True, "public_kindergarten", "KZ", [("Утюг Tefal FV2867", 1)], buyer="ГККП «Ясли-сад № 12 «Айгөлек» акимата города Астаны", xin=bin_(), pay="Наличные"),
    O("B2G", True, "public_school", "KZ", [("Чайник электрический Scarlett SC-EK18P", 1)], buyer="КГУ «Общеобразовательная школа № 38» акимата г. Астаны", pay="Банковская карта"),
    O("B2B", True, "sole_trader", "KZ", [("Микроволновая печь Samsung ME88SUB", 1)], buyer="ИП Жумабаев", xin=iin(male=True), pay="Банковская карта"),
    O("B2C", True, "person_gov_email", "KZ", [("Утюг Tefal FV2867", 1), ("Губки для посуды, 5 шт", 1)], buyer="Байжанова Гульмира", email="g.baizhanova@astana.gov.kz", pay="Банковская карта"),
    O("B2C", True, "person_company_email", "KZ", [("Вентилятор напольный Midea FS4050", 1)], buyer="Тлеубаев Арман", email="a.tleubayev@kmg.kz", pay="Мобильный платеж"),
    O("B2C", True, "private_bulk", "KZ", [("Удлинитель 3 м 3 розетки", 30)], phone="+77478120356", pay="Мобильный платеж"),
    O("B2B", True, "private_resale", "KZ", [("Батарейки Duracell AA, 4 шт", 40), ("Лампа светодиодная Navigator 10 Вт E27", 30)], buyer="Абдрахманов Ерлан", pay="Наличные", note="для перепродажи, магазин на рынке"),
    O("B2B", True, "state_owned_company", "KZ", [("Перчатки рабочие х/б, пара", 300), ("Пена монтажная Soudal 750 мл", 40)],
      buyer="АО «НК «Қазақстан темір жолы»", xin=bin_(), pay="Безналичный расчет", note="закупка по Порядку закупок АО «Самрук-Қазына», договор № 1458230/2025"),
    O("B2B", True, "international_org", "KZ", [("Бумага офисная SvetoCopy A4, 500 л.", 20), ("Удлинитель 3 м 3 розетки", 5)],
      buyer="Офис ЮНИСЕФ в Казахстане", xin=bin_(typ=5, attr=2), email="astana@unicef.org", pay="Безналичный расчет"),
    O("B2B", True, "state_founded_fund", "KZ", [("Бумага офисная SvetoCopy A4, 500 л.", 30), ("Папка-регистратор 75 мм", 10)],
      buyer="Корпоративный фонд «Қазақстан халқына»", xin=bin_(), pay="Безналичный расчет"),
    O("B2B", True, "person_pays_company_invoice", "KZ", [("Саморезы 3,5х35, 500 шт", 12), ("Пена монтажная Soudal 750 мл", 12)],
      buyer="Оспанов Б.", pay="Банковская карта", note="оплата за ТОО «Нур-Строй» по счету № 77"),
    O("B2B", True, "company_household_item", "KZ", [("Вентилятор напольный Midea FS4050", 1)], buyer="ТОО «Green Office Astana»", xin=bin_(), pay="Банковская карта"),
    O("B2B", True, "company_household_item", "KZ", [("Швабра с отжимом Vileda Turbo", 1), ("Губки для посуды, 5 шт", 2)], buyer="ТОО «Данк Строй»", xin=bin_(), pay="Мобильный платеж"),
    O("B2G", True, "municipality", "KZ", [("Чайник электрический Scarlett SC-EK18P", 1)], buyer="ГУ «Аппарат акима поселка Косшы»", xin=bin_(), pay="Безналичный расчет"),
    O("B2B", True, "sole_trader", "KZ", [("Утюг Tefal FV2867", 1)], buyer="ИП «Оразбаева»", xin=iin(male=False), pay="Банковская карта"),
    O("B2C", True, "person_gov_email", "KZ", [("Обогреватель масляный Polaris PRE 0920", 1)], buyer="Садыкова Нургуль", email="n.sadykova@edu.gov.kz", pay="Банковская карта"),
    O("B2C", True, "private_bulk", "KZ", [("Мыло жидкое Palmolive 300 мл", 48)], buyer="Мухамедиева С.", pay="Мобильный платеж"),
    O("B2B", True, "private_business_use", "KZ", [("Бумага офисная SvetoCopy A4, 500 л.", 10), ("Степлер Attache №24/6", 2)], buyer="Ли Роман", pay="Наличные", note="для офиса"),
    O("B2B", True, "state_owned_company", "KZ", [("Скотч упаковочный 48 мм х 66 м", 120), ("Бумага офисная SvetoCopy A4, 500 л.", 40)],
      buyer="АО «Казпочта»", xin=bin_(), pay="Безналичный расчет", note="закуп по Порядку закупок Фонда, лот № 2025-112"),
    O("B2B", True, "international_org", "KZ", [("Картридж HP 85A CE285A", 3), ("Бумага офисная SvetoCopy A4, 500 л.", 10)],
      buyer="Офис программ ОБСЕ в Астане", xin=bin_(typ=5, attr=2), email="pooa@osce.org", pay="Безналичный расчет"),
    O("B2B", True, "thin_bin_only", "KZ", [("Чайник электрический Scarlett SC-EK18P", 1)], xin=bin_(), pay="Банковская карта"),
    O("B2B", True, "person_pays_company_invoice", "KZ", [("Лампа светодиодная Navigator 10 Вт E27", 40)], buyer="Каримова А.", pay="Мобильный платеж", note="оплата за ИП Каримов по счету № 19"),
    O("B2B", True, "private_business_use", "KZ", [("Перфоратор Makita HR2470", 1)], buyer="Дмитриев Олег", phone="+77012345671", pay="Банковская карта", note="для работы"),
]


def anon():
    n = rng.choices([1, 2, 3, 4], [45, 30, 15, 10])[0]
    lines = [(p, rng.choice([1, 1, 1, 2, 2, 3])) for p in rng.sample(HOUSE, n)]
    return O("B2C", False, "anonymous_retail", "KZ", lines, pay=rng.choice(["Наличные", "Банковская карта", "Мобильный платеж", "Мобильный платеж"]))


while len(orders) < 225:
    orders.append(anon())
rng.shuffle(orders)
times = timestamps(rng, len(orders), dt.date(2025, 3, 1), dt.date(2025, 3, 31), 10, 21)

HEAD = ["№", "Дата и время", "Касса", "Смена", "Номер чека", "Фискальный признак", "Тип операции", "Кассир", "Товары",
        "Количество", "Сумма без скидки", "Скидка", "Итого", "В т.ч. НДС 12%", "Вид оплаты", "ИИН/БИН покупателя",
        "Покупатель", "E-mail покупателя", "Телефон покупателя", "Примечание"]


def num(x):
    return f"{x:.2f}".replace(".", ",")


def cell(v):
    v = str(v)
    if any(c in v for c in ';"\n'):
        v = '"' + v.replace('"', '""') + '"'
    return v


out = [";".join(HEAD)]
labels = []
cashiers = ["Жанар Б.", "Асель К.", "Администратор"]
tot = 0.0
for i, (o, t) in enumerate(zip(orders, times), 1):
    goods = "; ".join(f"{p} x{q}" for p, q in o["lines"])
    qty = sum(q for _, q in o["lines"])
    gross = sum(CAT[p] * q for p, q in o["lines"])
    disc = round(gross * 0.05, 2) if (o["label"] != "B2C" and gross > 100000) else 0.0
    total = gross - disc
    vat = round(total * 12 / 112, 2)
    tot += total
    shift = 301 + (t.date() - dt.date(2025, 3, 1)).days
    row = [i, t.strftime("%d.%m.%Y %H:%M:%S"), "SWK00412806", shift, f"{t.strftime('%y%m%d')}{i:04d}", str(rng.randint(1000000000, 4294967295)),
           "Продажа", rng.choice(cashiers), goods, qty, num(gross), num(disc), num(total), num(vat), o["pay"], o.get("xin", ""),
           o.get("buyer", ""), o.get("email", ""), o.get("phone", ""), o.get("note", "")]
    out.append(";".join(cell(v) for v in row))
    labels.append((o["label"], o["amb"], o["kind"], o["country"]))
out.append(";".join(cell(v) for v in ["Итого", "", "", "", "", "", "", "", "", "", "", "", num(tot)] + [""] * 7))
LAYOUTS.mkdir(parents=True, exist_ok=True)
with open(LAYOUTS / f"{ID}.csv", "w", encoding="utf-8-sig", newline="") as f:
    f.write("\r\n".join(out) + "\r\n")

meta = {
    "id": ID,
    "system": "Webkassa (webkassa.kz, онлайн-ККМ) — журнал чеков за период, выгрузка из личного кабинета в CSV, одна строка на чек",
    "country": "KZ",
    "language": "ru",
    "docs": [
        "Webkassa API (Check / SendReceiptCommandRequest as implemented in public integrations, e.g. Delphi/Dart clients on GitHub): a sale cheque carries Positions, Payments (cash / card / mobile), RoundType, ExternalCheckNumber and the optional buyer fields CustomerEmail, CustomerPhone and CustomerXin (ИИН/БИН покупателя) — gave the buyer columns",
        "Kazakh fiscal cheque requisites: cashbox serial (ЗНМ), shift, fiscal sign (фискальный признак, uint32), operation type, VAT 12% included",
        "The exact CSV column titles of the cabinet's journal export were not found in the public documentation searched; the title set, ';' delimiter, UTF-8 with BOM, decimal comma and the trailing 'Итого' line are my reading of a Russian-language KZ cabinet export. The buyer-name column and 'Примечание' are an assumption (the API carries no buyer name)",
    ],
    "fields": {"buyer": "Покупатель", "product": "Товары", "quantity": "Количество", "amount": "Итого", "tax_id": "ИИН/БИН покупателя",
               "email": "E-mail покупателя", "payment": "Вид оплаты", "comment": "Примечание"},
    "also_ok": {"amount": ["Сумма без скидки"]},
    "notes": "CSV, ';' delimiter, UTF-8 with BOM, CRLF, decimal comma, dates dd.mm.yyyy HH:MM:SS. One row per fiscal cheque; 'Товары' lists the positions as 'name xqty' joined by '; '. The last line is a totals line starting with 'Итого' (not a record). Most cheques carry no buyer data (anonymous retail). ИИН/БИН: 12 digits, valid check digit; a BIN has 4/5/6 in position 5, an ИИН encodes the birth date.",
}
write_key(ID, meta, labels)
print(ID, len(labels))
