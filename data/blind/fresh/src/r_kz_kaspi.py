"""Layout r_kz_kaspi_orders: Kaspi.kz merchant cabinet («Магазин на Kaspi.kz») orders export, XLSX, Russian headers.

Seller: an Almaty electronics / appliances / office-goods shop. One row per order line."""
import random
from datetime import datetime, timedelta

import pandas as pd

from r_common import LAYOUTS, kz_bin, rand_dt, write_key, write_labels

ID = "r_kz_kaspi_orders"
rng = random.Random(7700)

KZ_M = ["Ерлан", "Нурлан", "Арман", "Данияр", "Азамат", "Айдос", "Бауыржан", "Ерасыл", "Санжар", "Тимур", "Дамир", "Руслан",
        "Ержан", "Асхат", "Марат", "Алихан", "Жандос", "Ильяс"]
KZ_F = ["Айгерим", "Динара", "Асель", "Жанар", "Гульнара", "Алия", "Меруерт", "Камила", "Акмарал", "Салтанат", "Аружан", "Томирис",
        "Дана", "Индира", "Айжан", "Мадина"]
KZ_LAST = ["Нурланов", "Жумабаев", "Сейтказин", "Абенов", "Касымов", "Ахметов", "Сапаров", "Токтаров", "Бекмуханов", "Оспанов",
           "Искаков", "Каримов", "Мукашев", "Ермеков", "Серикбаев", "Туребеков", "Алимжанов", "Байжанов"]
RU_M = ["Сергей", "Андрей", "Дмитрий", "Алексей", "Виктор", "Евгений", "Игорь", "Максим"]
RU_F = ["Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Анастасия", "Юлия", "Светлана"]
RU_LAST = ["Петров", "Иванов", "Ким", "Пак", "Шевченко", "Ковальчук", "Морозов", "Цой", "Лисицын", "Гуляев", "Федоров"]


def person(rng):
    if rng.random() < .7:
        fem = rng.random() < .5
        last = rng.choice(KZ_LAST)
        return (rng.choice(KZ_F) if fem else rng.choice(KZ_M)) + " " + (last + "а" if fem else last)
    fem = rng.random() < .5
    last = rng.choice(RU_LAST)
    if fem and last.endswith(("ов", "ин", "ев")):
        last += "а"
    return (rng.choice(RU_F) if fem else rng.choice(RU_M)) + " " + last


# (Kaspi name, seller name, sku, category, price)
GOODS = [
    ("Ноутбук Lenovo IdeaPad Slim 3 15IRH8 серый", "Lenovo IdeaPad Slim3 i5/16/512", "LEN-IPS3-15", "Ноутбуки", 329990),
    ("Ноутбук HP 250 G9 6S775EA черный", "HP 250 G9 i3/8/256", "HP-250G9", "Ноутбуки", 219990),
    ("МФУ Canon i-SENSYS MF3010", "Canon MF3010", "CAN-MF3010", "Принтеры и МФУ", 89990),
    ("Принтер Epson L3251 черный", "Epson L3251 СНПЧ", "EPS-L3251", "Принтеры и МФУ", 109990),
    ("МФУ HP LaserJet Pro MFP M428fdn", "HP M428fdn", "HP-M428", "Принтеры и МФУ", 289990),
    ("Смартфон Samsung Galaxy A15 8/256Gb черный", "Samsung A15 8/256 black", "SAM-A15-256", "Смартфоны", 99990),
    ("Смартфон Apple iPhone 15 128Gb черный", "iPhone 15 128 black", "APL-IP15-128", "Смартфоны", 429990),
    ("Телевизор Samsung UE55CU7100UXCE 140 см черный", "Samsung 55CU7100", "SAM-TV55", "Телевизоры", 259990),
    ("Телевизор Xiaomi Mi TV A2 43 108 см черный", "Xiaomi TV A2 43", "XMI-TV43", "Телевизоры", 139990),
    ("Электрочайник Tefal KO2008 белый", "Tefal KO2008", "TEF-KO2008", "Чайники", 12990),
    ("Электрочайник Xiaomi Mi Smart Kettle Pro белый", "Xiaomi Kettle Pro", "XMI-KETTLE", "Чайники", 17990),
    ("Кондиционер Midea MSAG1-09HRN1 белый", "Midea 09 on/off", "MID-AC09", "Кондиционеры", 179990),
    ("Кондиционер Gree GWH12AGC-K6DNA1A белый", "Gree Bora 12", "GRE-AC12", "Кондиционеры", 249990),
    ("Пылесос Dyson V8 Absolute серый", "Dyson V8 Absolute", "DYS-V8", "Пылесосы", 199990),
    ("Кофемашина De'Longhi Magnifica S ECAM22.110.B черный", "Delonghi ECAM22.110", "DLG-ECAM22", "Кофемашины", 239990),
    ("Монитор Samsung S24C310EAI 24\" черный", "Samsung 24 S3", "SAM-MON24", "Мониторы", 59990),
    ("Кресло офисное Бюрократ CH-868N черный", "Кресло CH-868N", "BUR-CH868", "Офисные кресла", 44990),
    ("Бумага SvetoCopy A4 80 г/м2 500 листов", "SvetoCopy A4 пачка", "SVC-A4", "Бумага для офисной техники", 2790),
    ("Картридж HP 59A CF259A черный", "HP 59A", "HP-CF259A", "Расходные материалы", 54990),
    ("Роутер TP-Link Archer C6 белый", "TP-Link Archer C6", "TPL-C6", "Сетевое оборудование", 19990),
    ("ИБП APC Back-UPS BX1400MI-GR черный", "APC BX1400", "APC-BX1400", "ИБП", 79990),
    ("Микроволновая печь Samsung MS23K3614AW белый", "Samsung MS23", "SAM-MW23", "Микроволновые печи", 49990),
    ("Проектор Epson EB-E20 белый", "Epson EB-E20", "EPS-EBE20", "Проекторы", 289990),
    ("Наушники Apple AirPods Pro 2 белый", "AirPods Pro 2", "APL-APP2", "Наушники", 119990),
    ("Сервер HPE ProLiant DL20 Gen10 Plus P44114-421", "HPE DL20 Gen10+", "HPE-DL20", "Серверы", 1249990),
]
G = {g[2]: g for g in GOODS}
OFFICE = ["LEN-IPS3-15", "HP-250G9", "CAN-MF3010", "EPS-L3251", "HP-M428", "SAM-MON24", "BUR-CH868", "SVC-A4", "HP-CF259A", "TPL-C6",
          "APC-BX1400", "EPS-EBE20"]
HOUSE = ["TEF-KO2008", "XMI-KETTLE", "MID-AC09", "GRE-AC12", "DYS-V8", "DLG-ECAM22", "SAM-MW23", "SAM-TV55", "XMI-TV43"]
PERSONAL = ["LEN-IPS3-15", "HP-250G9", "EPS-L3251", "SAM-A15-256", "APL-IP15-128", "SAM-TV55", "XMI-TV43", "TEF-KO2008", "XMI-KETTLE",
            "MID-AC09", "GRE-AC12", "DYS-V8", "DLG-ECAM22", "SAM-MON24", "TPL-C6", "SAM-MW23", "APL-APP2", "BUR-CH868"]

CITIES = [("Алматы", ["мкр. Самал-2, д. 58", "ул. Розыбакиева, д. 247", "пр. Абая, д. 150/230", "мкр. Аксай-4, д. 12",
                      "ул. Толе би, д. 273", "мкр. Орбита-3, д. 7", "ул. Жандосова, д. 98", "мкр. Алмагуль, д. 19"]),
          ("Астана", ["пр. Кабанбай батыра, д. 40", "ул. Сыганак, д. 14", "пр. Туран, д. 55/1", "ул. Бокейхана, д. 8"]),
          ("Караганда", ["пр. Бухар-Жырау, д. 63", "ул. Ерубаева, д. 47"]), ("Шымкент", ["пр. Тауке хана, д. 31", "мкр. Нурсат, д. 112"])]

PAY_P = ["Kaspi Gold", "Kaspi Gold", "Kaspi Gold", "Kaspi Red", "Кредит на Покупки", "Рассрочка 0-0-12", "Рассрочка 0-0-24"]
PAY_ORG = ["Business Карта", "Business Карта", "Закуп в Рассрочку"]
DELIV = ["Kaspi Доставка", "Kaspi Доставка", "Kaspi Доставка", "Kaspi Постамат", "Самовывоз"]

TOO = ["ТОО «Astana Build Group»", "ТОО «Алматы Строй Инвест»", "ТОО «KazLogistics Service»", "ТОО «Медицинский центр «Керуен-Медикус»",
       "ТОО «Qazaq Digital»", "ТОО «Нур-Тех Сервис»", "ТОО «Стоматология Smile»", "ТОО «Кофейня Coffee Boom»", "ТОО «Юридическая фирма «Заң»",
       "ТОО «Агрофирма «Береке»", "ТОО «Бухгалтерский центр «Есеп»", "ТОО «ЭнергоМонтаж KZ»", "ТОО «Гостиница «Жибек Жолы»",
       "АО «Казахтелеком»", "ТОО «Magnum Cash&Carry»", "ТОО «Technodom Operator»", "ТОО «Auto Service Almaty»", "ТОО «Тенгри Трэвел»"]
NOFORM = ["Кофейня Daily Grind", "Автосервис «Мастер»", "Салон красоты «Айару»", "Учебный центр «Bilim Plus»"]
IP = ["ИП «Арман»", "ИП Жумабаев Е.К.", "ИП «Saule Beauty»", "ИП Ким В.С.", "ИП «Береке-Трейд»", "ИП Оспанова Г.М.",
      "ИП «Nomad Print»", "ИП Сейтказин Д.А.", "ИП «Алтын Дән»", "ИП Цой А.П."]
GOV = [("КГУ «Общеобразовательная школа № 45» отдела образования по г. Караганде", "public_school"),
       ("ГУ «Аппарат акима Бостандыкского района г. Алматы»", "akimat"),
       ("КГП на ПХВ «Городская поликлиника № 5» УОЗ г. Алматы", "state_enterprise_public_clinic"),
       ("РГП на ПХВ «Казгидромет»", "state_enterprise"),
       ("ГККП «Ясли-сад № 12 «Балапан»", "municipal_kindergarten"),
       ("ГУ «Управление образования г. Алматы»", "municipal_department"),
       ("КГУ «Центр поддержки семьи» акимата г. Астаны", "municipal_institution"),
       ("РГП на ПХВ «Казахский национальный университет имени аль-Фараби»", "public_university"),
       ("ГУ «Департамент полиции г. Алматы МВД РК»", "police"),
       ("ГУ «Аппарат акима сельского округа Боралдай»", "akimat"),
       ("КГУ «Гимназия № 159 им. Ыбырая Алтынсарина»", "public_school"),
       ("ГУ «Воинская часть 6505»", "armed_forces_unit"),
       ("РГУ «Департамент государственных доходов по г. Алматы»", "state_agency")]
NONPROFIT = [("ОСИ «Жетысу-2, дом 15»", "homeowners_association"), ("КСК «Самал»", "homeowners_association"),
             ("Частное учреждение «Школа «Мирас»", "private_school"), ("Религиозное объединение «Мечеть «Нур-Ата»", "religious_organization"),
             ("ОФ «Дом мамы Алматы»", "charity_fund"), ("ОЮЛ «Ассоциация IT-компаний Казахстана»", "association"),
             ("ОО «Казахстанское общество Красного Полумесяца»", "national_red_cross")]

rows, labels = [], []
START, END = datetime(2025, 8, 1, 8), datetime(2025, 11, 30, 22)
order_no = 512004700


def add_order(label, amb, kind, buyer, items, pay, comment="", deliv=None, cc="KZ"):
    global order_no
    order_no += rng.randint(1, 40000)
    dt = rand_dt(rng, START, END)
    status = rng.choices(["Выдан", "Отменен", "Возврат", "Передан на доставку", "Ожидает передачи курьеру"], [78, 8, 3, 6, 5])[0]
    city, streets = rng.choices(CITIES, [60, 25, 8, 7])[0]
    deliv = deliv or rng.choice(DELIV)
    addr = f"{city}, {rng.choice(streets)}" + (f", кв. {rng.randint(1, 240)}" if rng.random() < .5 else "")
    if deliv == "Самовывоз":
        addr = "Алматы, ул. Тимирязева, д. 42, пав. 15 (пункт выдачи магазина)"
    if deliv == "Kaspi Постамат":
        addr = f"{city}, Kaspi Постамат, {rng.choice(streets)}"
    phone = f"7{rng.choice(['701', '702', '705', '707', '708', '747', '771', '775', '777'])}{rng.randint(1000000, 9999999)}"
    changed = dt + timedelta(days=rng.randint(0, 6))
    for sku, qty in items:
        kn, sn, art, cat, price = G[sku]
        rows.append({
            "№ заказа": order_no,
            "Дата поступления заказа": dt.strftime("%d.%m.%Y"),
            "Статус": status,
            "Дата изменения статуса": changed.strftime("%d.%m.%Y"),
            "Причина отмены": rng.choice(["Покупатель отказался", "Нет в наличии", "Не удалось связаться с покупателем"]) if status == "Отменен" else "",
            "Требуется подписание": "Да" if pay.startswith(("Кредит", "Рассрочка", "Закуп")) else "Нет",
            "Название товара в Kaspi Магазине": kn,
            "Название в системе продавца": sn,
            "Артикул": art,
            "Категория": cat,
            "Количество": qty,
            "Цена": price,
            "Сумма": price * qty,
            "Способ оплаты": pay,
            "Способ доставки": deliv,
            "Курьерская служба": "Kaspi Доставка" if deliv.startswith("Kaspi") else "",
            "Стоимость доставки для покупателя": 0 if deliv != "Kaspi Доставка" or price * qty > 10000 else 1990,
            "Стоимость доставки для продавца": rng.choice([999, 1499, 1999, 2999]) if deliv.startswith("Kaspi") else 0,
            "Плановая дата передачи курьеру": (dt + timedelta(days=1)).strftime("%d.%m.%Y") if deliv.startswith("Kaspi") else "",
            "Склад передачи КД": "TechnoMart_PP1" if deliv.startswith("Kaspi") else "",
            "Адрес самовывоза/доставки": addr,
            "ФИО": buyer,
            "Телефон": phone if buyer else "",
            "Комментарий": comment,
            "Оценка покупателя": rng.choice([5, 5, 5, 4, ""]) if status == "Выдан" and rng.random() < .4 else "",
            "Отзыв покупателя": rng.choice(["Всё отлично, доставили быстро", "Рекомендую продавца", "Товар соответствует описанию", "Упаковка помята, но всё работает", ""]) if status == "Выдан" and rng.random() < .2 else "",
        })
        labels.append((label, amb, kind, cc))


def items_of(pool, n_lines=None, qty=None):
    n_lines = n_lines or (1 if rng.random() < .88 else 2)
    skus = rng.sample(pool, n_lines)
    return [(s, qty or (1 if G[s][4] > 30000 else rng.choice([1, 1, 2, 3]))) for s in skus]


# private persons
for i in range(140):
    add_order("B2C", False, "private_person", person(rng), items_of(PERSONAL), rng.choice(PAY_P),
              rng.choice([""] * 6 + ["Позвонить за час до доставки", "Домофон не работает, звоните", "Подарок, упакуйте пожалуйста",
                                     "Доставка после 18:00", "Оставить у охраны", "Маме в подарок"]))
# persons with volume
for sku, q in [("SAM-A15-256", 15), ("XMI-KETTLE", 20), ("APL-APP2", 10), ("TEF-KO2008", 24)]:
    add_order("B2C", True, "private_person_bulk_quantity", person(rng), [(sku, q)], rng.choice(PAY_P[:3]))
# persons stating business use
for note in ["Беру для своего магазина, нужен фискальный чек", "Для офиса, оплачиваю сам, потом компания возместит",
             "Для работы — открываю копицентр", "Беру на перепродажу в Талдыкоргане"]:
    add_order("B2B", True, "person_states_business_use", person(rng), items_of(OFFICE + ["SAM-A15-256"], 1, rng.choice([1, 2, 3])),
              rng.choice(PAY_P), note)
# person pays for a company
for org in ["ТОО «Qazaq Digital»", "ТОО «Нур-Тех Сервис»", "ТОО «Тенгри Трэвел»"]:
    add_order("B2B", True, "person_pays_company_invoice", person(rng), items_of(OFFICE, 1, rng.choice([1, 2, 4])), "Kaspi Gold",
              f"Оплачиваю за {org}, прошу ЭСФ на БИН {kz_bin(rng)}")
# anonymous / masked buyer, product only
for sku in ["XMI-TV43", "DYS-V8"]:
    add_order("B2C", True, "product_only", "", [(sku, 1)], rng.choice(PAY_P))
add_order("B2B", True, "product_only", "", [("HPE-DL20", 1)], "Kaspi Red")

# ТОО / АО
for i in range(30):
    bn = kz_bin(rng)
    add_order("B2B", False, "company_with_legal_form", rng.choice(TOO), items_of(OFFICE, qty=rng.choice([1, 2, 3, 5, 10])), rng.choice(PAY_ORG),
              rng.choice(["", "", f"Нужна ЭСФ, БИН {bn}", f"Счет-фактуру на БИН {bn}", "Доставка в офис, 3 этаж, бухгалтерия", "Для нового филиала"]))
for i in range(6):
    add_order("B2B", False, "company_no_legal_form", rng.choice(NOFORM), items_of(OFFICE), rng.choice(PAY_ORG),
              rng.choice(["", "Для зала", "Для администратора"]))
# ТОО buys one household item only
for sku in ["MID-AC09", "GRE-AC12", "DLG-ECAM22"]:
    add_order("B2B", True, "company_household_item", rng.choice(TOO), [(sku, 1)], "Business Карта", "")
# ИП
for i in range(16):
    add_order("B2B", False, "sole_trader", rng.choice(IP), items_of(OFFICE + ["SAM-A15-256"], qty=rng.choice([1, 1, 2, 4])),
              rng.choice(PAY_ORG), rng.choice(["", "", "Для магазина", "Нужна ЭСФ на ИИН ИП", "В салон"]))
for i in range(3):
    nm = person(rng)
    add_order("B2B", True, "sole_trader_personal_purchase", nm, [(rng.choice(["SAM-TV55", "DYS-V8", "APL-IP15-128"]), 1)], "Kaspi Gold",
              rng.choice(["Я ИП, но оплачиваю с личной карты, ЭСФ не нужна", f"Оформите чек на ИП {nm.split()[1]}, оплата с личной Kaspi Gold",
                          "ИП, покупка для себя, документы не нужны"]))
# state
for i in range(20):
    org, kind = rng.choice(GOV)
    add_order("B2G", False, kind, org, items_of(OFFICE, qty=rng.choice([1, 2, 5, 10])), "Business Карта",
              rng.choice(["", "Нужна ЭСФ и накладная", "Доставка в бухгалтерию", "Приемка с 9:00 до 17:00, кабинет 204", "Для учебного кабинета"]))
for org, kind in [(GOV[0][0], "public_body_household_item"), (GOV[4][0], "public_body_household_item"), (GOV[10][0], "public_body_household_item")]:
    add_order("B2G", True, kind, org, [(rng.choice(["TEF-KO2008", "XMI-KETTLE", "SAM-MW23"]), 1)], "Business Карта", "Для учительской")
# non-profits
for org, kind in NONPROFIT:
    add_order("B2B", False, kind, org, items_of(OFFICE + HOUSE), "Business Карта", "")
for org in ["АОО «Назарбаев Интеллектуальные школы»", "Корпоративный фонд «Фонд развития социальных проектов «Samruk-Kazyna Trust»"]:
    add_order("B2B", True, "state_founded_nonprofit", org, items_of(OFFICE, qty=3), "Business Карта", "ЭСФ обязательно")
for org in ["Офис ЮНИСЕФ в Казахстане", "Представительство ПРООН в Республике Казахстан"]:
    add_order("B2B", True, "international_org", org, items_of(OFFICE, qty=2), "Business Карта", "Без НДС по ноте МИД")
# state-owned JSC (plain B2B, no procurement evidence)
for org in ["АО «НК «Қазақстан темір жолы»", "АО «KEGOC»", "АО «Казпочта»"]:
    add_order("B2B", False, "state_owned_company", org, items_of(OFFICE, qty=2), "Business Карта", "")

# export sorted by date desc like the cabinet
idx = sorted(range(len(rows)), key=lambda i: (datetime.strptime(rows[i]["Дата поступления заказа"], "%d.%m.%Y"), rows[i]["№ заказа"]), reverse=True)
rows = [rows[i] for i in idx]
labels = [labels[i] for i in idx]
df = pd.DataFrame(rows)
out = f"{LAYOUTS}/{ID}.xlsx"
with pd.ExcelWriter(out, engine="openpyxl") as xw:
    df.to_excel(xw, index=False, sheet_name="Заказы")
write_labels(ID, labels)
write_key(ID, {
    "id": ID,
    "system": "Kaspi.kz — кабинет продавца «Магазин на Kaspi.kz», выгрузка заказов в Excel",
    "country": "KZ",
    "language": "ru",
    "docs": [
        "Headers as sellers' public scripts read the Kaspi merchant-cabinet orders XLSX: № заказа, Дата поступления заказа, Статус, Дата изменения статуса, "
        "Причина отмены, Требуется подписание, Название товара в Kaspi Магазине, Название в системе продавца, Артикул, Категория, Количество, Цена, Сумма, "
        "Способ оплаты, Способ доставки, Курьерская служба, Стоимость доставки для покупателя/для продавца, Плановая дата передачи курьеру, Склад передачи КД, "
        "Адрес самовывоза/доставки, ФИО, Телефон, Комментарий, Оценка покупателя, Отзыв покупателя (archive-export column list and active-order "
        "raw mapping in public Kaspi seller tools).",
        "Payment values follow Kaspi products named in Kaspi Гид: Kaspi Gold, Kaspi Red, Кредит на Покупки, Рассрочка; for business buyers "
        "the Kaspi Pay 'Business Карта' and 'Закуп в Рассрочку'. Dates dd.mm.yyyy; amounts in tenge as whole numbers."],
    "fields": {"buyer": "ФИО", "product": "Название товара в Kaspi Магазине", "quantity": "Количество", "amount": "Сумма",
               "tax_id": None, "email": None, "payment": "Способ оплаты", "comment": "Комментарий"},
    "also_ok": {"product": ["Название в системе продавца"]},
    "notes": "One row per order line; a few orders have two lines sharing '№ заказа' (same label). No title or totals rows. "
             "The export has no БИН/ИИН column; a few comments quote a БИН. Buyers paying with Kaspi Pay (Business Карта, Закуп в Рассрочку) "
             "appear under the organisation's name in 'ФИО'. Three rows have an empty 'ФИО' (buyer data not shown) and are product-only cases.",
})
print(ID, len(rows))
