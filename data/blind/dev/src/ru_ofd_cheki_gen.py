"""Generator: ru_ofd_cheki -- export of cash-register receipts (кассовые чеки) from an OFD personal
account to XLSX, one row per предмет расчёта (tag 1059), receipt requisites repeated.
Seeded; rebuild with: python ru_ofd_cheki_gen.py"""
import json, random, csv
from datetime import datetime, timedelta
from pathlib import Path
import openpyxl

SEED = 4103
R = random.Random(SEED)
BASE = Path(__file__).resolve().parent.parent
LID = "ru_ofd_cheki"


def inn10(region="77"):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    d = region + "%02d" % R.randint(1, 40) + "".join(str(R.randint(0, 9)) for _ in range(5))
    return d + str(sum(int(a) * b for a, b in zip(d, w)) % 11 % 10)


def inn12(region="77"):
    d = region + "".join(str(R.randint(0, 9)) for _ in range(8))
    d += str(sum(int(a) * b for a, b in zip(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)
    return d + str(sum(int(a) * b for a, b in zip(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)


HOUSE = [("Чайник электрический Polaris PWK 1803C", 2490), ("Пылесос Dyson V8 Absolute", 32990), ("Утюг Tefal FV2868", 4590),
         ("Микроволновая печь LG MS2042DB", 9990), ("Блендер погружной Braun MQ 5235", 6990), ("Фен Philips BHD350", 3290),
         ("Телевизор LG 50UR78006LK", 42990), ("Холодильник ATLANT ХМ 4624-101", 38990), ("Кофемашина De'Longhi Magnifica S ECAM22.110", 44990),
         ("Мультиварка Redmond RMC-M90", 7990), ("Сковорода Tefal Ingenio 28 см", 2990), ("Набор кастрюль Rondell 6 предм.", 8490),
         ("Обогреватель масляный Ballu BOH/CL-07", 4990), ("Лампа настольная светодиодная", 1490), ("Батарейки Duracell AA 4 шт", 449),
         ("Пакет-майка", 7), ("Удлинитель 5 м 3 розетки", 690), ("Смартфон Xiaomi Redmi 13C 128GB", 11990)]
BIZ = [("Бумага офисная SvetoCopy А4 500 л", 459), ("Картридж HP 59A CF259A", 8990), ("Кресло офисное Chairman 696", 8990),
       ("Кулер для воды Aqua Work 16-LD/EN", 8490), ("Шредер Office Kit S150", 11990), ("МФУ Pantum M6500", 13990),
       ("Удлинитель сетевой фильтр Pilot", 1290), ("Роутер Keenetic Giga KN-1011", 10990)]
CASHIERS = ["Кассир Соколова Е.А.", "Кассир Морозов И.В.", "Старший кассир Петрова Н.Н.", "Администратор Гаврилов С.С."]
ADDR = ["г. Москва, ул. Профсоюзная, д. 56", "г. Москва, Ленинградский пр-т, д. 62"]
RN = ["0004567812034561", "0004567812039987"]
FN = ["7281440500123456", "7281440500129870"]

RECEIPTS = []


def add(items, label, amb, kind, buyer="", binn="", contact="", cash=False, country="RU", typ="Приход"):
    RECEIPTS.append(dict(items=items, label=label, amb=amb, kind=kind, buyer=buyer, binn=binn, contact=contact,
                         cash=cash, country=country, typ=typ))


def pick(pool, n, qmax=1):
    return [(nm, p, R.randint(1, qmax)) for nm, p in R.sample(pool, n)]


def build():
    G, B, C = "B2G", "B2B", "B2C"
    # anonymous retail receipts
    for _ in range(95):
        n = R.choice([1, 1, 1, 2, 2, 3, 4])
        it = pick(HOUSE, n, 2)
        contact = R.choice(["", "", "", "", "+79161234567".replace("1234567", "%07d" % R.randint(0, 9999999)),
                            "%s%d@%s" % (R.choice(["anna", "ivan.petrov", "k.smirnova", "dima", "olga_v"]), R.randint(1, 99), R.choice(["mail.ru", "yandex.ru", "gmail.com", "bk.ru"]))])
        add(it, C, False, "anonymous_retail", contact=contact, cash=R.random() < 0.3)
    # returns, anonymous
    for _ in range(6):
        add(pick(HOUSE, 1), C, False, "anonymous_retail_return", typ="Возврат прихода")
    # anonymous buyer with many identical items
    add([("Чайник электрический Polaris PWK 1803C", 2490, 30)], C, True, "anonymous_bulk")
    add([("Смартфон Xiaomi Redmi 13C 128GB", 11990, 12)], C, True, "anonymous_bulk", contact="+7926%07d" % R.randint(0, 9999999))
    # organisations identified by 1227/1228
    orgs = [("ООО \"РОМАШКА\"", "company_with_legal_form"), ("ООО \"СТОМАТОЛОГИЯ ДЕНТАЛ ПРО\"", "company_with_legal_form"),
            ("АО \"МОСТОТРЕСТ\"", "company_with_legal_form"), ("ООО \"КАФЕ УЮТ\"", "company_with_legal_form"),
            ("ООО \"АГЕНТСТВО НЕДВИЖИМОСТИ ИНКОМ\"", "company_with_legal_form"), ("ООО \"ТЕХНОСЕРВИС\"", "company_with_legal_form"),
            ("ЗАО \"СТРОЙДОРМАШ\"", "company_with_legal_form"), ("ООО \"ЛУКОЙЛ-ИНФОРМ\"", "company_with_legal_form")]
    for nm, k in orgs:
        inn = inn10()
        for _ in range(R.choice([1, 2])):
            add(pick(BIZ, R.choice([1, 2, 3]), 6), B, False, k, buyer=nm, binn=inn, cash=R.random() < 0.5)
    add(pick(BIZ, 2, 4), B, False, "company_no_legal_form", buyer="Кофейня Зерно", binn=inn10())
    add(pick(BIZ, 1, 3), B, False, "company_no_legal_form", buyer="ЭКОПРИНТ", binn=inn10())
    add(pick(BIZ, 2, 3), B, False, "homeowners_association", buyer="ТСЖ \"Черёмушки-7\"", binn=inn10())
    add(pick(BIZ, 1, 2) + pick(HOUSE[13:16], 1, 2), B, False, "non_profit", buyer="АНО \"Центр помощи детям \"Радуга\"\"", binn=inn10())
    # organisations buying only a household item -> ambiguous
    add([("Телевизор LG 50UR78006LK", 42990, 1)], B, True, "company_household_item", buyer="ООО \"ВЕКТОР ПЛЮС\"", binn=inn10())
    add([("Кофемашина De'Longhi Magnifica S ECAM22.110", 44990, 1)], B, True, "company_household_item", buyer="ООО \"ГАРАНТ-АУДИТ\"", binn=inn10())
    add([("Холодильник ATLANT ХМ 4624-101", 38990, 1)], B, True, "company_household_item", buyer="АО \"СТРОЙПРОЕКТ\"", binn=inn10())
    # sole traders
    for nm in ["ИП Захарова Анна Игоревна", "ИП Осипов Д.В.", "Индивидуальный предприниматель Рахимов Фарид Маратович"]:
        add(pick(BIZ, R.choice([1, 2]), 5), B, False, "sole_trader", buyer=nm, binn=inn12())
    # ИП by personal card, household goods
    add([("Телевизор LG 50UR78006LK", 42990, 1)], B, True, "sole_trader_personal_card", buyer="ИП Белов Сергей Анатольевич", binn=inn12())
    add([("Пылесос Dyson V8 Absolute", 32990, 1)], B, True, "sole_trader_personal_card", buyer="ИП Юсупова Д.Р.", binn=inn12())
    add([("Кофемашина De'Longhi Magnifica S ECAM22.110", 44990, 1), ("Чайник электрический Polaris PWK 1803C", 2490, 1)], B, True, "sole_trader_personal_card", buyer="ИП Григорьев Павел Олегович", binn=inn12())
    add([("Батарейки Duracell AA 4 шт", 449, 60)], C, True, "anonymous_bulk")
    add([("Микроволновая печь LG MS2042DB", 9990, 1), ("Чайник электрический Polaris PWK 1803C", 2490, 1)], B, True, "company_household_item", buyer="ООО \"ЛОГИСТИК ЦЕНТР\"", binn=inn10())
    # state buyers
    state = [("МБДОУ \"Детский сад № 45\"", "public_kindergarten"), ("ГБОУ \"Школа № 1329\"", "public_school"),
             ("ГБУ \"Жилищник района Тропарёво-Никулино\"", "state_institution"), ("ФГБУ \"ЦНИИОИЗ\" Минздрава России", "state_institution"),
             ("ГБУЗ \"ГП № 134 ДЗМ\"", "public_hospital"), ("Управа района Коньково города Москвы", "ru_municipality")]
    for nm, k in state:
        add(pick(BIZ, R.choice([1, 2, 3]), 5), G, False, k, buyer=nm, binn=inn10())
    add([("Чайник электрический Polaris PWK 1803C", 2490, 1)], G, True, "public_school_household_item", buyer="МБОУ \"СОШ № 17\"", binn=inn10("50"))
    add([("Микроволновая печь LG MS2042DB", 9990, 1)], G, True, "public_school_household_item", buyer="ГБОУ \"Школа № 2107\"", binn=inn10())
    add([("Обогреватель масляный Ballu BOH/CL-07", 4990, 2)], G, True, "state_body_household_item", buyer="ФКУ \"ЦХиСО ГУ МВД России по г. Москве\"", binn=inn10())
    # person with company / gov e-mail buying household goods
    for em in ["a.smirnova@minfin.gov.ru", "i.kuznetsov@sberbank.ru", "v.popova@mos.ru", "d.orlov@gazprom-neft.ru", "s.fedorov@rzd.ru", "m.volkova@kaspersky.com", "p.egorov@nalog.gov.ru"]:
        add(pick(HOUSE[:13], R.choice([1, 2])), C, True, "person_company_or_gov_email_household", contact=em)
    # role mailbox, otherwise anonymous
    add(pick(BIZ, 2, 6), B, False, "role_mailbox_organisation", contact="zakupki@stroymontazh-m.ru")
    add(pick(BIZ, 1, 10), B, False, "role_mailbox_organisation", contact="office@dentalpro-clinic.ru")
    # private person named in 1227 with 12-digit INN (person), household goods
    add(pick(HOUSE, 1), C, False, "private_person", buyer="Ковалёв Андрей Сергеевич", binn=inn12())
    add(pick(HOUSE, 2), C, False, "private_person", buyer="Мельникова Ольга Петровна", binn="")


def main():
    build()
    R.shuffle(RECEIPTS)
    hdr = ["Дата и время", "Номер смены", "Номер чека за смену", "Тип документа", "Признак расчета",
           "Наименование предмета расчета", "Цена за единицу", "Количество", "Стоимость предмета расчета", "Ставка НДС",
           "Признак способа расчета", "Итого по чеку", "Наличными", "Безналичными",
           "Покупатель (клиент)", "ИНН покупателя (клиента)", "Телефон или электронный адрес покупателя",
           "Кассир", "Адрес расчетов", "РН ККТ", "ФН", "ФД", "ФП"]
    rows, labels = [], []
    t = datetime(2024, 3, 1, 9, 5)
    shift = 801; chk = 0; fd = 40211
    for rc in RECEIPTS:
        t += timedelta(minutes=R.randint(3, 75))
        if t.hour >= 21:
            t = t.replace(hour=10, minute=R.randint(0, 30)) + timedelta(days=1); shift += 1; chk = 0
        chk += 1; fd += 1
        kk = R.randint(0, 1)
        total = sum(p * q for _, p, q in rc["items"])
        cash = total if rc["cash"] else 0
        for nm, p, q in rc["items"]:
            rows.append([t.strftime("%d.%m.%Y %H:%M"), shift, chk, "Кассовый чек", rc["typ"], nm, "%.2f" % p, q,
                         "%.2f" % (p * q), "НДС 20%", "Полный расчет", "%.2f" % total, "%.2f" % cash, "%.2f" % (total - cash),
                         rc["buyer"], rc["binn"], rc["contact"], CASHIERS[shift % 4], ADDR[kk], RN[kk], FN[kk], fd,
                         str(R.randint(10**9, 4 * 10**9))])
            labels.append((rc["label"], rc["amb"], rc["kind"], rc["country"]))
    for r in rows:
        for i in (6, 8, 11, 12, 13):
            r[i] = r[i].replace(".", ",")
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Чеки"
    ws.append(hdr)
    for r in rows:
        ws.append(r)
    wb.save(BASE / "layouts" / (LID + ".xlsx"))
    with open(BASE / "key" / (LID + ".labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (l, a, k, c) in enumerate(labels):
            w.writerow([i, l, "true" if a else "false", k, c])
    key = {
        "id": LID, "system": "ОФД (оператор фискальных данных), личный кабинет: выгрузка кассовых чеков в XLSX, строка на предмет расчёта",
        "country": "RU", "language": "ru",
        "docs": ["Column names are the requisite names of the fiscal data formats (ФФД 1.05/1.2, приказ ФНС ЕД-7-20/662@): дата, время (1012), номер смены (1038), номер чека за смену (1042), признак расчета (1054), наименование предмета расчета (1030), цена за единицу (1079), количество (1023), стоимость предмета расчета (1043), ставка НДС (1199), признак способа расчета (1214), сумма по чеку наличными (1031) / безналичными (1081), покупатель (клиент) (1227), ИНН покупателя (клиента) (1228), телефон или электронный адрес покупателя (1008), кассир (1021), адрес расчетов (1009), РН ККТ (1037), ФН (1041), ФД (1040), ФП (1077). The exact column order of a particular OFD's XLSX export was not found in public docs: closest documented layout."],
        "fields": {"buyer": "Покупатель (клиент)", "product": "Наименование предмета расчета", "quantity": "Количество",
                   "amount": "Стоимость предмета расчета", "tax_id": "ИНН покупателя (клиента)",
                   "email": "Телефон или электронный адрес покупателя", "payment": "Безналичными", "comment": None},
        "also_ok": {"amount": ["Итого по чеку"], "payment": ["Наличными"]},
        "notes": "XLSX, one header line, no totals. One receipt (ФД / Номер смены + Номер чека за смену) = one order; its item rows share one label. Money written as text with a decimal comma (as the OFD export writes them). Payment is shown by the two amount columns Наличными / Безналичными (no separate method column). Most receipts have no buyer: anonymous retail, B2C not ambiguous. Покупатель/ИНН покупателя (tags 1227/1228) are filled only where the buyer asked for it."
    }
    (BASE / "key" / (LID + ".json")).write_text(json.dumps(key, ensure_ascii=False, indent=2), encoding="utf-8")
    print(LID, len(rows))


if __name__ == "__main__":
    main()
