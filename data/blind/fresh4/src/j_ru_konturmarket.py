"""Kontur.Market (RU) - sales report by receipts exported to Excel, one row per receipt position.
Seeded; rebuilds layouts/j_ru_konturmarket_prodazhi.xlsx and its key exactly."""
import datetime as dt
import random

import openpyxl
from openpyxl.styles import Font

from j_common import LAYOUTS, O, normalize_xlsx, ru_inn10, ru_inn12, timestamps, write_key

ID = "j_ru_konturmarket_prodazhi"
rng = random.Random(4101)

# name: (price, unit, code, vat)
CAT = {
    "Чайник электрический Polaris PWK 1702CA": (1990, "шт", "4607000171023", "20%"),
    "Лампа светодиодная Gauss A60 10W E27 4100K": (129, "шт", "4630027212447", "20%"),
    "Перфоратор Bosch GBH 2-26 DRE": (15990, "шт", "3165140339863", "20%"),
    "Краска ВД интерьерная Dulux Professional 2 Matt 10 л": (5490, "шт", "5011513771217", "20%"),
    "Валик малярный 250 мм с ручкой": (390, "шт", "4603775410251", "20%"),
    "Саморезы по дереву 3,5х35 фосф. (1 кг)": (420, "кг", "2000000411207", "20%"),
    "Перчатки х/б с ПВХ, пара": (45, "пар", "2000000100453", "20%"),
    "Удлинитель 5 м 4 розетки с заземлением": (690, "шт", "4606400419020", "20%"),
    "Мешки для мусора 120 л, 10 шт": (189, "уп", "4607131420168", "20%"),
    "Швабра с отжимом и ведром": (1290, "шт", "4620003921108", "20%"),
    "Средство для мытья посуды Fairy 900 мл": (299, "шт", "8001090621313", "20%"),
    "Бумага туалетная Zewa Плюс 8 рулонов": (459, "уп", "7322541171163", "20%"),
    "Дрель-шуруповерт Makita DF333DWYE": (9490, "шт", "0088381694802", "20%"),
    "Клей плиточный Ceresit CM 11 Plus 25 кг": (560, "шт", "4607003950012", "20%"),
    "Смеситель для кухни Iddis Vane": (2890, "шт", "4640015322014", "20%"),
    "Сверло по бетону SDS-plus 8х160": (140, "шт", "4690573042283", "20%"),
    "Замок навесной 50 мм": (650, "шт", "4607057190213", "20%"),
    "Стремянка алюминиевая 5 ступеней": (3490, "шт", "4603708008055", "20%"),
    "Обогреватель масляный Ballu 9 секций": (3990, "шт", "4650114100128", "20%"),
    "Вентилятор напольный Scarlett SC-SF111B": (2490, "шт", "4640027441117", "20%"),
    "Утюг Philips DST3020/20": (3290, "шт", "8710103934542", "20%"),
    "Микроволновая печь LG MS2042DB": (8990, "шт", "8806098764571", "20%"),
    "Батарейки Duracell AA, 4 шт": (349, "уп", "5000394052543", "20%"),
    "Изолента ПВХ 19 мм х 20 м": (79, "шт", "4607105810215", "20%"),
    "Герметик силиконовый санитарный 280 мл": (359, "шт", "4607134090047", "20%"),
    "Пена монтажная Tytan Professional 65": (690, "шт", "5902666662109", "20%"),
    "Цемент М500 Д0, 50 кг": (590, "шт", "2000000259000", "20%"),
    "Губки для посуды, 10 шт": (119, "уп", "4607031211117", "20%"),
    "Ведро пластиковое 12 л": (199, "шт", "4605742002124", "20%"),
    "Лопата штыковая с черенком": (890, "шт", "4603770202264", "20%"),
    "Рулетка 5 м": (290, "шт", "4690573012156", "20%"),
    "Кабель ВВГнг-LS 3х2,5, м": (119, "м", "2000000882215", "20%"),
    "Розетка двойная с заземлением Legrand Valena": (520, "шт", "3414971133231", "20%"),
}
HOUSE = ["Лампа светодиодная Gauss A60 10W E27 4100K", "Мешки для мусора 120 л, 10 шт", "Средство для мытья посуды Fairy 900 мл",
         "Бумага туалетная Zewa Плюс 8 рулонов", "Батарейки Duracell AA, 4 шт", "Губки для посуды, 10 шт", "Изолента ПВХ 19 мм х 20 м",
         "Ведро пластиковое 12 л", "Удлинитель 5 м 4 розетки с заземлением", "Замок навесной 50 мм", "Герметик силиконовый санитарный 280 мл",
         "Валик малярный 250 мм с ручкой", "Перчатки х/б с ПВХ, пара", "Рулетка 5 м", "Сверло по бетону SDS-plus 8х160",
         "Пена монтажная Tytan Professional 65", "Розетка двойная с заземлением Legrand Valena", "Лопата штыковая с черенком",
         "Швабра с отжимом и ведром", "Чайник электрический Polaris PWK 1702CA", "Краска ВД интерьерная Dulux Professional 2 Matt 10 л",
         "Дрель-шуруповерт Makita DF333DWYE", "Смеситель для кухни Iddis Vane", "Вентилятор напольный Scarlett SC-SF111B"]

inn = lambda: ru_inn10(rng, "66")
inn12 = lambda: ru_inn12(rng, "66")

orders = [
    # ---- B2C named persons (clear)
    O("B2C", False, "private_person", "RU", [("Вентилятор напольный Scarlett SC-SF111B", 1), ("Удлинитель 5 м 4 розетки с заземлением", 1)],
      buyer="Кузнецова Анна Сергеевна", contact="anna.kuz88@mail.ru", pay="Карта"),
    O("B2C", False, "private_person", "RU", [("Смеситель для кухни Iddis Vane", 1), ("Герметик силиконовый санитарный 280 мл", 1)],
      contact="+79126043318", pay="Карта"),
    O("B2C", False, "private_person", "RU", [("Дрель-шуруповерт Makita DF333DWYE", 1)], buyer="Смирнов Д.", contact="dmitry.smirnov1990@gmail.com", pay="Карта"),
    O("B2C", False, "private_person", "RU", [("Краска ВД интерьерная Dulux Professional 2 Matt 10 л", 2), ("Валик малярный 250 мм с ручкой", 2)],
      buyer="ПЕТРОВ ИГОРЬ ВАЛЕРЬЕВИЧ", pay="Наличные", comment="доставка на дом, ул. Белинского 86-112"),
    O("B2C", False, "private_person", "RU", [("Утюг Philips DST3020/20", 1)], buyer="Иванова, Ольга", contact="olga.ivanova77@yandex.ru", pay="Карта"),
    O("B2C", False, "private_person", "RU", [("Лопата штыковая с черенком", 2), ("Ведро пластиковое 12 л", 1)], buyer="Шарипов Рустам", pay="Наличные", comment="для дачи"),
    O("B2C", False, "private_person", "RU", [("Обогреватель масляный Ballu 9 секций", 1)], buyer="Ложкина Татьяна Николаевна ", contact="+7 (950) 201-44-87", pay="Карта"),
    O("B2C", False, "private_person", "RU", [("Микроволновая печь LG MS2042DB", 1)], contact="v.zaitsev@bk.ru", pay="Карта"),
    O("B2C", False, "anonymous_retail", "RU", [("Стремянка алюминиевая 5 ступеней", 1)], buyer="Розничный покупатель", pay="Наличные"),
    O("B2C", False, "anonymous_retail", "RU", [("Батарейки Duracell AA, 4 шт", 2), ("Изолента ПВХ 19 мм х 20 м", 1)], buyer="Розничный покупатель", pay="Карта"),
    # ---- B2B clear
    O("B2B", False, "llc", "RU", [("Клей плиточный Ceresit CM 11 Plus 25 кг", 40), ("Саморезы по дереву 3,5х35 фосф. (1 кг)", 10), ("Пена монтажная Tytan Professional 65", 12)],
      buyer="ООО «СтройМонтажУрал»", inn=inn(), pay="Безнал", comment="Счёт № 245 от 03.03.2025, УПД"),
    O("B2B", False, "llc", "RU", [("Мешки для мусора 120 л, 10 шт", 50), ("Средство для мытья посуды Fairy 900 мл", 24), ("Перчатки х/б с ПВХ, пара", 100)],
      buyer="ООО \"Клининг-Профи\"", inn=inn(), contact="zakupki@cleaning-profi.ru", pay="Безнал", comment="по счёту 262"),
    O("B2B", False, "llc", "RU", [("Мешки для мусора 120 л, 10 шт", 60), ("Губки для посуды, 10 шт", 30)],
      buyer="ООО \"Клининг-Профи\"", inn=None, contact="zakupki@cleaning-profi.ru", pay="Безнал", comment="по счёту 301"),
    O("B2B", False, "sole_trader", "RU", [("Перфоратор Bosch GBH 2-26 DRE", 2), ("Сверло по бетону SDS-plus 8х160", 20)],
      buyer="ИП Мельников Алексей Петрович", inn=inn12(), pay="Безнал", comment="оплата по счёту № 251, ремонт офиса заказчика"),
    O("B2B", False, "company", "RU", [("Кабель ВВГнг-LS 3х2,5, м", 300), ("Розетка двойная с заземлением Legrand Valena", 40), ("Изолента ПВХ 19 мм х 20 м", 30)],
      buyer="АО «ЕВРАЗ НТМК»", inn=ru_inn10(rng, "66"), pay="Безнал", comment="по договору поставки № 17/25, ТОРГ-12"),
    O("B2B", False, "homeowners_association", "RU", [("Лампа светодиодная Gauss A60 10W E27 4100K", 60), ("Замок навесной 50 мм", 4)],
      buyer="ТСЖ «Малышева 73»", inn=inn(), pay="Безнал", comment="для освещения подъездов"),
    O("B2B", False, "religious_org", "RU", [("Краска ВД интерьерная Dulux Professional 2 Matt 10 л", 6), ("Валик малярный 250 мм с ручкой", 4)],
      buyer="Местная религиозная организация православный Приход храма во имя Святой Троицы г. Екатеринбурга", inn=inn(), pay="Безнал"),
    O("B2B", False, "nonprofit", "RU", [("Обогреватель масляный Ballu 9 секций", 3), ("Удлинитель 5 м 4 розетки с заземлением", 3)],
      buyer="АНО «Центр социальной помощи \"Доверие\"»", inn=inn(), contact="info@doverie-ekb.ru", pay="Безнал", comment="счёт 288"),
    O("B2B", False, "company", "RU", [("Цемент М500 Д0, 50 кг", 30), ("Клей плиточный Ceresit CM 11 Plus 25 кг", 20)],
      buyer="ООО «Петрович»", inn=inn(), pay="Безнал", comment="УПД № 412"),
    O("B2B", False, "farm_sole_trader", "RU", [("Лопата штыковая с черенком", 10), ("Ведро пластиковое 12 л", 20), ("Перчатки х/б с ПВХ, пара", 50)],
      buyer="ГЛАВА КФХ ГАЙНУЛЛИН РАИС РАШИТОВИЧ", inn=ru_inn12(rng, "66"), pay="Безнал"),
    O("B2B", False, "llc", "RU", [("Дрель-шуруповерт Makita DF333DWYE", 3)], buyer="ООО «УралТехМонтаж»", inn=inn(), pay="Карта", comment="корпоративная карта"),
    # ---- B2G clear
    O("B2G", False, "municipal_school", "RU", [("Краска ВД интерьерная Dulux Professional 2 Matt 10 л", 12), ("Валик малярный 250 мм с ручкой", 10), ("Перчатки х/б с ПВХ, пара", 20)],
      buyer="МБОУ СОШ № 16", inn=inn(), pay="Безнал", comment="Муниципальный контракт № 17-МК от 05.03.2025, 44-ФЗ п.5 ч.1 ст.93, ИКЗ 253665801234566580100100170014778244"),
    O("B2G", False, "municipal_kindergarten", "RU", [("Лампа светодиодная Gauss A60 10W E27 4100K", 30), ("Батарейки Duracell AA, 4 шт", 10)],
      buyer="МАДОУ - детский сад № 555", inn=inn(), pay="Безнал", comment="договор по 223-ФЗ № 34"),
    O("B2G", False, "public_hospital", "RU", [("Обогреватель масляный Ballu 9 секций", 4), ("Удлинитель 5 м 4 розетки с заземлением", 6)],
      buyer="ГАУЗ СО «ГКБ № 40»", inn=inn(), contact="zakupki@gkb40.ru", pay="Безнал", comment="договор № 112/25"),
    O("B2G", False, "municipality", "RU", [("Замок навесной 50 мм", 10), ("Лампа светодиодная Gauss A60 10W E27 4100K", 40)],
      buyer="Администрация Верх-Исетского района города Екатеринбурга", inn=inn(), pay="Безнал", comment="муниципальный контракт, ИКЗ 253665801234590660100100090012740244"),
    O("B2G", False, "public_university", "RU", [("Перфоратор Bosch GBH 2-26 DRE", 1), ("Сверло по бетону SDS-plus 8х160", 15), ("Рулетка 5 м", 5)],
      buyer="ФГАОУ ВО «УрФУ имени первого Президента России Б.Н. Ельцина»", inn=inn(), pay="Безнал", comment="44-ФЗ, п.4 ч.1 ст.93, счёт 279"),
    O("B2G", False, "state_agency", "RU", [("Стремянка алюминиевая 5 ступеней", 2), ("Удлинитель 5 м 4 розетки с заземлением", 5)],
      buyer="Главное управление МЧС России по Свердловской области", inn=inn(), pay="Безнал", comment="государственный контракт № 0162100000825000031"),
    O("B2G", False, "municipal_unitary_enterprise", "RU", [("Лопата штыковая с черенком", 15), ("Перчатки х/б с ПВХ, пара", 200), ("Цемент М500 Д0, 50 кг", 10)],
      buyer="ЕМУП «Водоканал»", inn=inn(), pay="Безнал"),
    O("B2G", False, "penal_institution", "RU", [("Мешки для мусора 120 л, 10 шт", 40), ("Швабра с отжимом и ведром", 6)],
      buyer="ФКУ ИК-2 ГУФСИН России по Свердловской области", inn=inn(), pay="Безнал", comment="ГК № 48 от 11.03.2025"),
    O("B2G", False, "consulate", "HU", [("Обогреватель масляный Ballu 9 секций", 2)], buyer="Генеральное консульство Венгрии в Екатеринбурге", pay="Карта"),
    O("B2G", False, "municipal_school", "RU", [("Герметик силиконовый санитарный 280 мл", 6), ("Смеситель для кухни Iddis Vane", 2)],
      buyer="МАОУ Гимназия № 94", inn=inn(), pay="Безнал", comment="по счёту 290"),
    # ---- ambiguous
    O("B2B", True, "company_household_item", "RU", [("Чайник электрический Polaris PWK 1702CA", 1)], buyer="ООО «Альфа-Логистик»", inn=inn(), pay="Безнал"),
    O("B2B", True, "company_household_item", "RU", [("Обогреватель масляный Ballu 9 секций", 1)], buyer="ООО \"Уральские локомотивы\"", inn=inn(), pay="Карта"),
    O("B2G", True, "municipal_school", "RU", [("Чайник электрический Polaris PWK 1702CA", 1)], buyer="МБОУ СОШ № 110", inn=inn(), pay="Наличные"),
    O("B2G", True, "municipal_school", "RU", [("Вентилятор напольный Scarlett SC-SF111B", 1)], buyer="МАОУ гимназия № 9", inn=inn(), pay="Карта"),
    O("B2B", True, "sole_trader", "RU", [("Микроволновая печь LG MS2042DB", 1)], buyer="ИП Захаров Евгений Викторович", inn=inn12(), pay="Карта"),
    O("B2C", True, "person_gov_email", "RU", [("Утюг Philips DST3020/20", 1), ("Губки для посуды, 10 шт", 1)], buyer="Орлова Марина Викторовна", contact="m.orlova@ekburg.ru", pay="Карта"),
    O("B2C", True, "person_company_email", "RU", [("Вентилятор напольный Scarlett SC-SF111B", 1), ("Батарейки Duracell AA, 4 шт", 1)], buyer="Белов Сергей", contact="s.belov@uralchem.ru", pay="Карта"),
    O("B2C", True, "private_bulk", "RU", [("Удлинитель 5 м 4 розетки с заземлением", 30)], buyer="Ахмедов Т.", pay="Наличные"),
    O("B2C", True, "private_bulk", "RU", [("Бумага туалетная Zewa Плюс 8 рулонов", 36), ("Средство для мытья посуды Fairy 900 мл", 24)], contact="eremina.l@mail.ru", pay="Карта"),
    O("B2B", True, "private_resale", "RU", [("Батарейки Duracell AA, 4 шт", 20), ("Изолента ПВХ 19 мм х 20 м", 20)], buyer="Гусев Николай", pay="Наличные", comment="для перепродажи в магазине"),
    O("B2B", True, "state_owned_company", "RU", [("Лопата штыковая с черенком", 20), ("Перчатки х/б с ПВХ, пара", 300), ("Рулетка 5 м", 10)],
      buyer="ОАО «РЖД» Свердловская дирекция по ремонту пути", inn="7708503727", pay="Безнал", comment="закупка по 223-ФЗ, договор № 3214/ОАЭ-СВЕРД/25"),
    O("B2B", True, "person_pays_company_invoice", "RU", [("Клей плиточный Ceresit CM 11 Plus 25 кг", 15), ("Герметик силиконовый санитарный 280 мл", 10), ("Пена монтажная Tytan Professional 65", 6)],
      buyer="Сидоров Андрей Викторович", pay="Карта", comment="оплата за ООО «Ремстрой-Урал» по счёту № 311"),
    O("B2B", True, "state_founded_fund", "RU", [("Удлинитель 5 м 4 розетки с заземлением", 4), ("Лампа светодиодная Gauss A60 10W E27 4100K", 20)],
      buyer="Свердловский областной фонд поддержки предпринимательства (микрокредитная компания)", inn=inn(), pay="Безнал", comment="счёт 296"),
    O("B2B", True, "company_household_item", "RU", [("Микроволновая печь LG MS2042DB", 1), ("Чайник электрический Polaris PWK 1702CA", 1)], buyer="ООО «Сервис-Плюс»", inn=inn(), pay="Безнал", comment="счёт 305"),
    O("B2G", True, "public_hospital", "RU", [("Утюг Philips DST3020/20", 1)], buyer="ГАУЗ СО «Детская городская больница № 8 г. Екатеринбург»", inn=inn(), pay="Карта"),
    O("B2C", True, "person_company_email", "RU", [("Швабра с отжимом и ведром", 1), ("Губки для посуды, 10 шт", 2), ("Средство для мытья посуды Fairy 900 мл", 1)], buyer="Котова Елена", contact="e.kotova@sberbank.ru", pay="Карта"),
    O("B2B", True, "sole_trader", "RU", [("Обогреватель масляный Ballu 9 секций", 1), ("Чайник электрический Polaris PWK 1702CA", 1)], buyer="ИП Лаптева Ирина Олеговна", inn=inn12(), pay="Карта"),
    O("B2B", True, "private_business_use", "RU", [("Перфоратор Bosch GBH 2-26 DRE", 1), ("Сверло по бетону SDS-plus 8х160", 6)], buyer="Федоров Максим", contact="+79043871205", pay="Карта", comment="для работы, бригада"),
]

# anonymous retail filler up to ~300 lines
def anon():
    n = rng.choices([1, 2, 3, 4], [45, 30, 15, 10])[0]
    prods = rng.sample(HOUSE, n)
    lines = []
    for p in prods:
        unit = CAT[p][1]
        q = rng.choice([1, 1, 1, 2, 2, 3]) if unit in ("шт", "уп", "пар") else rng.choice([1, 2, 5, 10])
        if p.startswith("Кабель"):
            q = rng.choice([5, 10, 15, 20])
        lines.append((p, q))
    return O("B2C", False, "anonymous_retail", "RU", lines, pay=rng.choice(["Наличные", "Карта", "Карта", "Карта", "СБП"]))

while sum(len(o["lines"]) for o in orders) < 300:
    orders.append(anon())
rng.shuffle(orders)
times = timestamps(rng, len(orders), dt.date(2025, 3, 1), dt.date(2025, 3, 31), 9, 21)

cashiers = ["Соколова Е.А.", "Минеева О.Н.", "Ткаченко В.С."]
HEAD = ["Дата", "Время", "Номер чека", "Смена", "Тип операции", "Кассир", "Наименование", "Штрихкод", "Кол-во", "Ед. изм.",
        "Цена, ₽", "Скидка, ₽", "Сумма, ₽", "Ставка НДС", "Способ оплаты", "Покупатель", "ИНН покупателя",
        "Телефон или e-mail покупателя", "Комментарий"]
rows, labels = [], []
chk = 1840
for o, t in zip(orders, times):
    chk += 1
    shift = 212 + (t.date() - dt.date(2025, 3, 1)).days
    for p, q in o["lines"]:
        price, unit, code, vat = CAT[p]
        gross = price * q
        disc = 0.0
        if o["label"] == "B2C" and gross > 5000 and rng.random() < 0.3:
            disc = round(gross * 0.05, 2)
        if o["label"] != "B2C" and q >= 20:
            disc = round(gross * 0.07, 2)
        rows.append([t.strftime("%d.%m.%Y"), t.strftime("%H:%M"), chk, shift, "Продажа", rng.choice(cashiers), p, code, q, unit,
                     float(price), disc, round(gross - disc, 2), vat, o.get("pay", ""), o.get("buyer", ""), o.get("inn", "") or "",
                     o.get("contact", ""), o.get("comment", "")])
        labels.append((o["label"], o["amb"], o["kind"], o["country"]))

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Продажи"
ws.append(["Отчёт «Продажи по чекам»"])
ws["A1"].font = Font(bold=True, size=12)
ws.append(["Организация: ООО «Хозмаг Урал», ИНН 6658471239"])
ws.append(["Торговая точка: Екатеринбург, ул. Викулова, 33/1"])
ws.append(["Период: 01.03.2025 — 31.03.2025"])
ws.append([])
ws.append(HEAD)
for c in ws[6]:
    c.font = Font(bold=True)
for r in rows:
    ws.append(r)
for r in ws.iter_rows(min_row=7, min_col=11, max_col=13):
    for c in r:
        c.number_format = "#,##0.00"
ws.append([])
tot = ["Итого", None, None, None, None, None, None, None, None, None, None, round(sum(r[11] for r in rows), 2), round(sum(r[12] for r in rows), 2)]
ws.append(tot)
for c in ws[ws.max_row]:
    c.font = Font(bold=True)
LAYOUTS.mkdir(parents=True, exist_ok=True)
wb.properties.creator = "Контур.Маркет"
wb.properties.created = dt.datetime(2025, 4, 1, 9, 0, 0)
wb.properties.modified = dt.datetime(2025, 4, 1, 9, 0, 0)
wb.save(LAYOUTS / f"{ID}.xlsx")
normalize_xlsx(LAYOUTS / f"{ID}.xlsx")

meta = {
    "id": ID,
    "system": "Контур.Маркет — отчёт о продажах по чекам (выгрузка в Excel из веб-кабинета), одна строка на позицию чека",
    "country": "RU",
    "language": "ru",
    "docs": [
        "Контур.Маркет news 'Агентам, ИП и юрлицам стало проще формировать правильные чеки' (kontur-partner.ru/news/1644, 11.01.2021): the cashier enters the buyer's requisites (name and ИНН) into the receipt for settlements between organisations/ИП, and the till keeps a base of ИНН — hence the buyer name and ИНН columns",
        "54-ФЗ receipt requisites as used by Kontur OFD API docs (github skbkontur/ofd-api-docs): receipt number, shift, cashier, date/time, buyer e-mail/phone for an electronic receipt — gave the receipt-level columns",
        "Exact column titles of the Kontur.Market Excel report were not found in the public documentation searched; titles, title block (report name, organisation, shop, period) and totals line follow the usual Russian web-cabinet Excel export and are my reading",
    ],
    "fields": {"buyer": "Покупатель", "product": "Наименование", "quantity": "Кол-во", "amount": "Сумма, ₽", "tax_id": "ИНН покупателя",
               "email": "Телефон или e-mail покупателя", "payment": "Способ оплаты", "comment": "Комментарий"},
    "also_ok": {"amount": ["Цена, ₽"]},
    "notes": "XLSX, sheet 'Продажи'. Rows 1-4 are a title block, row 5 blank, row 6 the header; then one row per receipt position (a receipt's lines share Номер чека, buyer and payment). After the records: one blank row and an 'Итого' totals row (not records). Most receipts have no buyer (anonymous retail); 'Розничный покупатель' is a catch-all name. The e-mail/phone column holds either, as entered for the electronic receipt.",
}
write_key(ID, meta, labels)
print(ID, len(labels))
