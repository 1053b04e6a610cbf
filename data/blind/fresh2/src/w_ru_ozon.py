"""w_ru_ozon_fbs_postings: Ozon Seller, FBS postings report (CSV ; UTF-8 BOM)."""
import random, csv, os, zlib, datetime as dt
from w_common import *

r = random.Random(4101)
KID = 'w_ru_ozon_fbs_postings'
HEAD = ["Номер заказа","Номер отправления","Принят в обработку","Дата отгрузки","Статус","Дата доставки",
        "Фактическая дата передачи в доставку","Сумма отправления","Код валюты отправления","Наименование товара",
        "OZON id","Артикул","Ваша цена","Код валюты товара","Оплачено покупателем","Код валюты покупателя",
        "Количество","Стоимость доставки","Связанные отправления","Выкуп товара","Цена товара до скидок","Скидка %",
        "Скидка руб","Акции","Объемный вес товаров, кг","Кластер отправления","Кластер доставки","Регион доставки",
        "Город доставки","Способ доставки","Способ оплаты","Юридическое лицо","Покупатель","ИНН покупателя","КПП покупателя"]

HOME = [("Электрический чайник Polaris PWK 1725CGLD, 1.7 л", 2890),("Робот-пылесос Xiaomi Robot Vacuum E10", 11990),
        ("Телевизор Xiaomi Mi TV A 43 2025, 43\" 4K UHD", 26990),("Мультиварка REDMOND RMC-M90", 4990),
        ("Блендер погружной Braun MQ 5235 WH", 6490),("Фен Dyson Supersonic HD07", 42990),("Утюг Philips DST7030/20", 5790),
        ("Кофемашина De'Longhi Magnifica S ECAM 22.110.B", 36990),("Микроволновая печь Samsung MS23K3614AW", 8990),
        ("Обогреватель масляный Ballu Classic BOH/CL-09", 4290),("Набор сковород Tefal Ingenio Essential 3 предмета", 5490),
        ("Смартфон Samsung Galaxy A35 8/256 ГБ", 27990),("Наушники беспроводные Apple AirPods Pro 2", 21990),
        ("Увлажнитель воздуха Xiaomi Smart Humidifier 2", 5690),("Электрическая зубная щётка Oral-B Pro 3 3500", 4590),
        ("Пылесос вертикальный Dreame T20", 17990),("Весы напольные Xiaomi Mi Body Composition Scale 2", 1990),
        ("Кондиционер мобильный Ballu BPAC-09 CE", 24990),("Холодильник ATLANT ХМ 4621-101", 39990)]
OFFICE = [("Бумага офисная SvetoCopy A4, 80 г/м2, 500 л.", 389),("МФУ лазерное Pantum M6500W", 14990),
          ("Картридж HP 83A CF283A черный", 3490),("Шредер Fellowes PowerShred 8Cd", 7990),("Степлер Attache № 24/6 на 30 листов", 359),
          ("Ламинатор Office Kit L3220", 3890),("Кресло офисное Бюрократ CH-868N черное", 8990),("Монитор Samsung 27\" S27C360EAI", 12990),
          ("Ноутбук HUAWEI MateBook D 15 i5/8/512", 52990),("Источник бесперебойного питания Ippon Back Basic 850", 4690),
          ("Роутер Keenetic Giga KN-1011", 8490),("Клавиатура и мышь Logitech MK270 беспроводные", 2390),
          ("Файлы-вкладыши А4 Attache 100 шт", 249),("Папка-регистратор Erich Krause 70 мм", 289)]
BIZ = [("Термопринтер этикеток Xprinter XP-365B", 5490),("Сканер штрихкодов Mertech 2210 P2D USB", 4390),
       ("Денежный ящик АТОЛ EC-410-B", 4990),("Онлайн-касса АТОЛ Sigma 7 с ФН 15 мес.", 21990),
       ("Термоэтикетки 58х40 мм, 900 шт, 10 рулонов", 1690),("Стеллаж металлический 2000х1000х500, 5 полок", 8990),
       ("Стрейч-плёнка 500 мм 17 мкм, 6 рулонов", 2690),("Скотч упаковочный 48 мм х 66 м, 36 шт", 1990),
       ("Коробка картонная 60х40х40, 20 шт", 2390),("Тележка грузовая складная 150 кг", 3990),
       ("Антисептик для рук Septolete 5 л", 1290),("Бахилы одноразовые 100 пар", 390)]
SCHOOL = [("Интерактивная панель NexTouch NextPanel 65\"", 189990),("Проектор Epson CO-W01", 42990),
          ("Ноутбук HUAWEI MateBook D 15 i5/8/512", 52990),("Бумага офисная SvetoCopy A4, 80 г/м2, 500 л.", 389),
          ("Картридж HP 83A CF283A черный", 3490),("Мяч футбольный Select Brillant Training", 2590),
          ("Рециркулятор бактерицидный Армед СH111-130", 6990)]
REG = [("Москва","Москва","Москва"),("Санкт-Петербург","Санкт-Петербург","Санкт-Петербург"),("Московская область","Москва","Балашиха"),
       ("Свердловская область","Урал","Екатеринбург"),("Республика Татарстан","Казань","Казань"),("Новосибирская область","Сибирь","Новосибирск"),
       ("Краснодарский край","Краснодар","Краснодар"),("Самарская область","Самара","Самара"),("Нижегородская область","Нижний Новгород","Нижний Новгород"),
       ("Ростовская область","Ростов","Ростов-на-Дону"),("Воронежская область","Воронеж","Воронеж"),("Пермский край","Урал","Пермь"),
       ("Республика Башкортостан","Уфа","Уфа"),("Тюменская область","Тюмень","Тюмень"),("Красноярский край","Красноярск","Красноярск")]
DELIV = ["Ozon Логистика, самовывоз из ПВЗ","Ozon Логистика, курьерская доставка","Ozon Логистика, постамат"]
PAY_P = ["Картой онлайн","Картой онлайн","Ozon Карта","Ozon Карта","СБП","Ozon Рассрочка"]

COMP = ["ООО «ТехноСклад»","ООО «Альфа-Логистик»","ООО «СтройМонтаж-Урал»","ООО «Кофейня на Садовой»","ООО «Медицинский центр Здоровье+»",
        "ООО «ПромСнаб»","ООО «Вектор»","ООО «Ритейл Групп»","АО «Уралхиммаш»","ООО «ТК Магистраль»","ЗАО «Северсталь-Метиз Сервис»",
        "ООО «Бухгалтерия Онлайн»","ООО «Стоматология Дента Люкс»","ПАО «Ростелеком»","ООО «Автосервис 24»","ООО «Детский сад Солнышко»"]
NOFORM = ["Ресторан «Пхали-Хинкали»","Типография Печатный Двор","Фитнес-клуб Атлетика","Автомойка «Чистый Кузов»","Пекарня «Хлеб да Соль»","Мебельная фабрика Сканди"]
IPS = ["ИП {f} {i}.{o}.","Индивидуальный предприниматель {f} {io}"]
SCH = ["МБОУ «Средняя общеобразовательная школа № {n}» г. {c}","ГБОУ Школа № {n}","МАОУ «Лицей № {n}»","МБДОУ «Детский сад № {n} «Ромашка»",
       "МКОУ «Основная общеобразовательная школа с. Берёзовка»","МБУ ДО «Детская школа искусств № {n}»"]
HOSP = ["ГБУЗ «Городская клиническая больница № {n}»","ГАУЗ «Городская поликлиника № {n}»","ГБУЗ «Детская городская больница № {n}»","ФГБУ «НМИЦ онкологии им. Н.Н. Петрова» Минздрава России"]
ADM = ["Администрация Кировского сельского поселения","Администрация городского округа Балашиха","Управление образования администрации г. Перми","ФКУ «Центр ГИМС МЧС России по Республике Татарстан»","МКУ «Центр бухгалтерского обслуживания»"]
UNI = ["ФГБОУ ВО «Уральский государственный экономический университет»","ФГАОУ ВО «Казанский (Приволжский) федеральный университет»","ФГБОУ ВО «Самарский государственный технический университет»"]
MUP = ["МУП «Водоканал» г. Воронежа","МУП «Горэлектротранс»","ГУП «Мосгортранс»","МУП «Тепловые сети» г. Тюмени"]
NPO = ["АНО «Центр поддержки НКО»","Благотворительный фонд «Подари жизнь»","ТСЖ «Олимпийский 14»","Местная религиозная организация православный Приход храма Святителя Николая","Ассоциация «Союз реставраторов»","Некоммерческое партнёрство «Клуб юных техников»"]
STATEOWN = ["ОАО «РЖД» (Свердловская дирекция по обслуживанию пассажиров)","ПАО «Россети Урал»","АО «Почта Банк»"]

def company(kind):
    if kind == 'company_with_legal_form': n = r.choice(COMP)
    elif kind == 'company_no_legal_form': n = r.choice(NOFORM)
    elif kind in ('sole_trader', 'sole_trader_personal_purchase'):
        f, i, o = ru_person(r); n = r.choice(IPS).format(f=f, i=i[0], o=o[0], io=i + ' ' + o)
    elif kind in ('municipal_school', 'municipal_school_household_item'): n = r.choice(SCH).format(n=r.randint(1, 180), c=r.choice(['Пермь','Тюмень','Самара','Воронеж']))
    elif kind == 'public_hospital': n = r.choice(HOSP).format(n=r.randint(1, 70))
    elif kind == 'government_body': n = r.choice(ADM)
    elif kind == 'public_university': n = r.choice(UNI)
    elif kind == 'state_unitary_enterprise': n = r.choice(MUP)
    elif kind == 'non_profit': n = r.choice(NPO)
    elif kind == 'state_owned_company': n = r.choice(STATEOWN)
    elif kind == 'company_household_only': n = r.choice(COMP)
    return n

# kind, weight, label, ambiguous, legal
KINDS = [('anonymous_marketplace_buyer', 44, 'B2C', False, 'Нет'), ('private_person', 18, 'B2C', False, 'Нет'),
         ('private_person_bulk_quantity', 9, 'B2C', True, 'Нет'),
         ('company_with_legal_form', 10, 'B2B', False, 'Да'), ('company_no_legal_form', 3, 'B2B', False, 'Да'),
         ('sole_trader', 4, 'B2B', False, 'Да'), ('sole_trader_personal_purchase', 4, 'B2B', True, 'Да'),
         ('company_household_only', 5, 'B2B', True, 'Да'),
         ('municipal_school', 4, 'B2G', False, 'Да'), ('municipal_school_household_item', 4, 'B2G', True, 'Да'),
         ('public_hospital', 2, 'B2G', False, 'Да'), ('government_body', 1.5, 'B2G', False, 'Да'),
         ('public_university', 1, 'B2G', False, 'Да'), ('state_unitary_enterprise', 1, 'B2G', False, 'Да'),
         ('non_profit', 3, 'B2B', False, 'Да'), ('state_owned_company', 1, 'B2B', False, 'Да')]

rows, labels = [], []
start = dt.datetime(2026, 10, 1, 8, 0)
order_no = 31872450112
while len(rows) < 225:
    k = r.choices(KINDS, weights=[x[1] for x in KINDS])[0]
    kind, _, lab, amb, legal = k
    reg, clus, city = r.choice(REG)
    name = inn = kp = ''
    if kind == 'private_person' or kind == 'private_person_bulk_quantity' and r.random() < .5:
        f, i, o = ru_person(r); name = f"{i} {f}" if r.random() < .6 else f"{f} {i} {o}"
    if legal == 'Да':
        name = company(kind)
        if kind.startswith('sole_trader'):
            inn = memo_id(name, lambda: inn12(r))
        else:
            inn = memo_id(name, lambda: inn10(r)); kp = kpp(inn, random.Random(inn))
        if r.random() < .1: kp = ''
    # lines
    if kind in ('anonymous_marketplace_buyer', 'private_person'):
        pool = HOME if r.random() < .75 else OFFICE
        lines = [(p, 1 if r.random() < .85 else 2) for p in r.sample(pool, r.choice([1, 1, 1, 2]))]
    elif kind == 'private_person_bulk_quantity':
        lines = [(r.choice([("Смартфон Samsung Galaxy A35 8/256 ГБ", 27990),("Наушники беспроводные Apple AirPods Pro 2", 21990),("Электрический чайник Polaris PWK 1725CGLD, 1.7 л", 2890)]), r.choice([30, 40, 45]))]
    elif kind in ('sole_trader_personal_purchase', 'company_household_only', 'municipal_school_household_item'):
        lines = [(r.choice([("Электрический чайник Polaris PWK 1725CGLD, 1.7 л", 2890),("Телевизор Xiaomi Mi TV A 43 2025, 43\" 4K UHD", 26990),("Микроволновая печь Samsung MS23K3614AW", 8990),("Кофемашина De'Longhi Magnifica S ECAM 22.110.B", 36990)]), 1)]
    elif kind in ('municipal_school', 'public_university'):
        lines = [(p, r.choice([1, 2, 5, 10])) for p in r.sample(SCHOOL, r.choice([1, 2, 2, 3]))]
    elif kind in ('sole_trader', 'company_no_legal_form'):
        lines = [(p, r.choice([1, 2, 3, 5])) for p in r.sample(BIZ, r.choice([1, 2, 3]))]
    else:
        pool = OFFICE + BIZ
        lines = [(p, r.choice([1, 2, 4, 10, 20])) for p in r.sample(pool, r.choice([1, 2, 3]))]
    if legal == 'Да':
        pay = 'Картой онлайн' if kind == 'sole_trader_personal_purchase' else r.choice(['Оплата по счёту', 'Оплата по счёту', 'Оплата по счёту', 'Корпоративная карта'])
        if kind == 'company_household_only': pay = r.choice(['Оплата по счёту', 'Корпоративная карта'])
    else:
        pay = r.choice(PAY_P)
    start += dt.timedelta(minutes=r.randint(20, 300))
    order_no += r.randint(1000, 90000)
    post = f"{r.randint(10000000, 99999999)}-{r.randint(1000, 9999):04d}-1"
    status = r.choices(['Доставлен', 'Доставляется', 'Ожидает отгрузки', 'Отменён', 'Ожидает сборки'], [60, 15, 10, 8, 7])[0]
    ship = start + dt.timedelta(days=1)
    deliv = ship + dt.timedelta(days=r.randint(1, 6))
    priced = []
    for (pn, pr), q in lines:
        disc = r.choice([0, 0, 5, 10, 15, 22])
        base = round(pr * r.uniform(.97, 1.05), -1)
        fin = round(base * (100 - disc) / 100, 0)
        priced.append((pn, base, fin, q, disc))
    total = sum(f * q for _, _, f, q, _ in priced)
    for pn, base, fin, q, disc in priced:
        paid = fin * q if status != 'Отменён' else 0
        rows.append([str(order_no), post, start.strftime('%Y-%m-%d %H:%M:%S'), ship.strftime('%Y-%m-%d %H:%M:%S'), status,
                     deliv.strftime('%Y-%m-%d %H:%M:%S') if status == 'Доставлен' else '',
                     ship.strftime('%Y-%m-%d %H:%M:%S') if status in ('Доставлен', 'Доставляется') else '',
                     f"{total:.2f}", 'RUB', pn, str(1000000000 + zlib.crc32(pn.encode()) % 900000000), 'ART-' + str(zlib.crc32(pn.encode()) % 100000),
                     f"{fin:.2f}", 'RUB', f"{paid:.2f}", 'RUB', str(q), '', '', '', f"{base:.2f}", str(disc),
                     f"{base - fin:.2f}", 'Скидка продавца' if disc else '', f"{r.uniform(.3, 25):.2f}".replace('.', ','),
                     'Москва, МО и Дальние регионы', clus, reg, city, r.choice(DELIV), pay, legal, name, inn, kp])
        labels.append((lab, amb, kind, 'RU'))

path = os.path.join(ROOT, 'layouts', KID + '.csv')
with open(path, 'w', encoding='utf-8-sig', newline='') as f:
    w = csv.writer(f, delimiter=';', quoting=csv.QUOTE_MINIMAL)
    w.writerow(HEAD); w.writerows(rows)
write_key(ROOT, KID, {
    "id": KID, "system": "Ozon Seller — отчёт «Отправления FBS» (CSV, выгрузка из раздела FBS → Отправления)",
    "country": "RU", "language": "ru",
    "docs": ["Headers follow the Ozon seller FBS postings CSV as I know it (Номер заказа, Номер отправления, Принят в обработку, Дата отгрузки, Статус, ... Кластер отправления, Кластер доставки, Регион доставки, Город доставки, Способ доставки); the public documentation searched held only Ozon Seller API schemas (posting product: name, offer_id, price, quantity, sku, currency_code; analytics_data: region, city, delivery_type, payment_type_group_name, is_legal) and a google-apps-script README listing 'Номер заказа, Номер отправления, Дата создания, Артикул, Название, Кол-во, Цена товара, Область, Город, Сегмент, Организация, Вид оплаты, Статус'.",
             "The business-buyer flag 'Юридическое лицо' (Да/Нет) mirrors Ozon's analytics_data.is_legal; the buyer company columns (Покупатель, ИНН покупателя, КПП покупателя) stand for the legal-entity details Ozon passes for Ozon-for-business orders — filled only for legal orders and for some rFBS-style person orders. Semicolon, UTF-8 with BOM, dot decimals, ISO datetimes."],
    "fields": {"buyer": "Покупатель", "product": "Наименование товара", "quantity": "Количество", "amount": "Оплачено покупателем",
               "tax_id": "ИНН покупателя", "email": None, "payment": "Способ оплаты", "comment": None},
    "also_ok": {"amount": ["Ваша цена", "Сумма отправления"]},
    "notes": "Every line after the header is a record (no title or totals lines). Order = 'Номер заказа'; multi-line postings repeat order data. Marketplace FBS postings of persons mostly carry no buyer name: 'Юридическое лицо'=Нет is then the evidence of a private buyer (B2C, not ambiguous). The postings report has no payout lines, so none are included. Cancelled postings have 'Оплачено покупателем' 0.00."
}, labels)
print(KID, len(rows))
