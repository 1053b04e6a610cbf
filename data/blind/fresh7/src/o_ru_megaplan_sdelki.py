"""Мегаплан: список сделок, экспорт в CSV (Windows-1251, разделитель ';')."""
import csv
import random
from datetime import datetime, timedelta

import o_common as c

ID = "o_ru_megaplan_sdelki"
rng = random.Random(7202)

MANAGERS = ["Горбунов Илья", "Сорокина Анна", "Давыдов Максим", "Фролова Кристина"]
SCHEMES = {"main": "Продажа оборудования", "soft": "Лицензии ПО", "tender": "Госзакупки", "service": "Сервисное обслуживание"}

ITEMS = [  # name, price, scheme, business_only, household
    ("МФУ лазерное Pantum M6700DW", 21990, "main", False, False),
    ("Принтер лазерный Pantum P3300DN", 17490, "main", False, False),
    ("Ноутбук HIPER Expertbook MTL1601 15,6\" i5/16/512", 58990, "main", False, False),
    ("Ноутбук ASUS Vivobook 15 X1504ZA", 52990, "main", False, True),
    ("Монитор 27\" Acer Vero V277Ebiv", 14990, "main", False, False),
    ("Системный блок iRU Office 310H6SE i5-12400/16/512", 49900, "main", False, False),
    ("Сервер iRU Rock C1212P 2xXeon Silver 4310", 489000, "main", True, False),
    ("Шкаф телекоммуникационный 42U 600х1000 ЦМО", 58700, "main", True, False),
    ("Коммутатор Eltex MES2428 24 порта", 23800, "main", True, False),
    ("ИБП Ippon Smart Winner II 3000", 74500, "main", True, False),
    ("1С:Предприятие 8. Бухгалтерия предприятия ПРОФ", 15400, "soft", True, False),
    ("1С:Зарплата и управление персоналом 8 ПРОФ", 34200, "soft", True, False),
    ("Kaspersky Endpoint Security для бизнеса Стандартный, 50 узлов, 1 год", 176000, "soft", True, False),
    ("МойОфис Стандартный, бессрочная лицензия", 12900, "soft", True, False),
    ("Astra Linux Special Edition «Орёл», лицензия", 9800, "soft", True, False),
    ("Картридж Pantum TL-5120X", 6290, "main", False, False),
    ("Бумага SvetoCopy A4 80 г/м2, 500 л (коробка 5 пачек)", 2450, "main", False, False),
    ("Обслуживание оргтехники, абонемент на 12 мес.", 96000, "service", True, False),
    ("Заправка картриджей (выезд)", 3600, "service", False, False),
    ("Кондиционер сплит-система Haier HSU-09HPL203/R3", 34990, "main", False, True),
    ("Телевизор Haier 55 Smart TV S1", 42990, "main", False, True),
    ("Кофемашина De'Longhi Magnifica S ECAM22.110.B", 39990, "main", False, True),
    ("Смартфон Xiaomi Redmi Note 13 8/256", 21990, "main", False, True),
    ("Холодильник ATLANT ХМ 4621-101", 36990, "main", False, True),
]
IM = {i[0]: i for i in ITEMS}
BIZ = [i[0] for i in ITEMS if not i[4]]
HOME = [i[0] for i in ITEMS if i[4]]

deals = []


def deal(client="", ctype="Компания", inn="", email="", phone="", lines=None, pay="", descr="",
         label="B2B", amb=False, kind="company", scheme=None, title=None, status=None):
    lines = lines or [(rng.choice(BIZ), rng.randint(1, 5))]
    sch = scheme or IM[lines[0][0]][2]
    total = sum(IM[n][1] * q for n, q in lines)
    deals.append(dict(client=client, ctype=ctype, inn=inn, email=email, phone=phone, lines=lines, pay=pay,
                      descr=descr, label=label, amb=amb, kind=kind, scheme=SCHEMES[sch], total=total,
                      title=title, status=status))


def phone():
    return f"+7 (846) {rng.randint(200, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"


def mobile():
    return f"+7 9{rng.randint(17, 99)} {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"


# ---------- private companies ----------
COMP = ["ООО «Волгатрансстрой»", "ООО \"СамараЛогистик\"", "ООО «Жигулёвская долина»", "ООО «ПК Средневолжский»",
        "ООО «Агрофирма Кинель»", "АО «Самарский завод «Электрощит»", "ООО «Медицинский центр «Здоровье семьи»",
        "ООО \"Техномир\"", "ООО «Автоцентр Тольятти-Север»", "ООО «Стройинвест-Самара»", "ЗАО «Волжский терминал»",
        "ООО «Юридическое бюро «Право и дело»", "ООО «Фабрика мебели «Дубрава»", "ООО «Аптека Плюс»",
        "ООО \"ГК \"ТЕПЛОСЕРВИС\"", "ООО «Ресторация»", "АО «Тольяттихимбанк»", "ООО «Кинельский элеватор»",
        "ООО «Смарт Офис»", "ООО «ДЕЛОВЫЕ ЛИНИИ САМАРА»", "ООО «Гостиница «Волга»", "ООО «Поволжская строительная компания»"]
comp_inn = {n: c.rand_inn10(rng, "63") for n in COMP}
comp_mail = {}
DOMS = ["volgatrans.ru", "samlog.ru", "zhig-dolina.ru", "pk-sv.ru", "agrokinel.ru", "electroshield.ru", "zdorovie-semyi.ru",
        "tehnomir63.ru", "atc-tlt.ru", "stroyinvest-samara.ru", "vt-port.ru", "pravoidelo.ru", "dubrava-mebel.ru",
        "aptekaplus63.ru", "teploservis63.ru", "restoracia-smr.ru", "tlt-bank.ru", "kinel-elevator.ru", "smartoffice63.ru",
        "dl-samara.ru", "hotel-volga.ru", "psk-volga.ru"]
for n, d in zip(COMP, DOMS):
    comp_mail[n] = rng.choice(["info@", "zakupki@", "buh@", "office@", "it@"]) + d
for _ in range(66):
    n = rng.choice(COMP)
    k = rng.randint(1, 3)
    lines = [(it, rng.choice([1, 2, 3, 5, 10]) if IM[it][1] < 60000 else 1) for it in rng.sample(BIZ, k)]
    deal(client=n if rng.random() > 0.1 else n.upper(), inn=comp_inn[n] if rng.random() > 0.15 else "",
         email=comp_mail[n] if rng.random() > 0.2 else "", phone=phone(), lines=lines,
         pay=rng.choice(["Безналичный расчёт по счёту", "Безналичный расчёт по счёту", "Отсрочка 30 дней"]),
         descr=rng.choice(["", "Счёт и УПД через Диадок", "Доставка на склад", "Нужен счёт-фактура", "Повторный заказ", "Установка в офисе"]))
# company with free-mail -> plain B2B
deal(client="ООО «Уют-Сервис»", inn=c.rand_inn10(rng, "63"), email="uyut.service63@mail.ru", phone=mobile(),
     lines=[("МФУ лазерное Pantum M6700DW", 2), ("Картридж Pantum TL-5120X", 4)], pay="Безналичный расчёт по счёту")
# religious org, ТСЖ, АНО -> B2B
deal(client="Местная религиозная организация православный Приход храма Святой Троицы г. Самары Самарской Епархии",
     inn=c.rand_inn10(rng, "63"), lines=[("Ноутбук HIPER Expertbook MTL1601 15,6\" i5/16/512", 1)], pay="Безналичный расчёт по счёту",
     kind="religious_org")
deal(client="ТСЖ «Ново-Садовая 106»", inn=c.rand_inn10(rng, "63"), email="tsj106@yandex.ru",
     lines=[("Системный блок iRU Office 310H6SE i5-12400/16/512", 1), ("1С:Предприятие 8. Бухгалтерия предприятия ПРОФ", 1)],
     pay="Безналичный расчёт по счёту", kind="homeowners_association")
deal(client="АНО ДПО «Учебный центр «Профи»", inn=c.rand_inn10(rng, "63"), email="info@uc-profi63.ru",
     lines=[("Ноутбук HIPER Expertbook MTL1601 15,6\" i5/16/512", 8), ("МойОфис Стандартный, бессрочная лицензия", 8)],
     pay="Безналичный расчёт по счёту", kind="nonprofit")
# company buys one household item -> B2B ambiguous
deal(client="ООО «Юридическое бюро «Право и дело»", inn=comp_inn["ООО «Юридическое бюро «Право и дело»"],
     email=comp_mail["ООО «Юридическое бюро «Право и дело»"], lines=[("Кондиционер сплит-система Haier HSU-09HPL203/R3", 1)],
     pay="Безналичный расчёт по счёту", amb=True, kind="company_household")
deal(client="ООО \"Техномир\"", inn=comp_inn["ООО \"Техномир\""], lines=[("Холодильник ATLANT ХМ 4621-101", 1)],
     pay="Оплата картой", amb=True, kind="company_household")
# company order with a household item among business goods -> plain B2B
deal(client="ООО «Гостиница «Волга»", inn=comp_inn["ООО «Гостиница «Волга»"], email=comp_mail["ООО «Гостиница «Волга»"],
     lines=[("Системный блок iRU Office 310H6SE i5-12400/16/512", 3), ("МФУ лазерное Pantum M6700DW", 2), ("Кофемашина De'Longhi Magnifica S ECAM22.110.B", 1)],
     pay="Безналичный расчёт по счёту")

# ---------- sole traders ----------
SURN = [("Шишкин", "Шишкина"), ("Галиев", "Галиева"), ("Лебедев", "Лебедева"), ("Морозов", "Морозова"),
        ("Кудрявцев", "Кудрявцева"), ("Ахмедов", "Ахмедова"), ("Соловьёв", "Соловьёва"), ("Пономарёв", "Пономарёва"),
        ("Григорьев", "Григорьева"), ("Васильев", "Васильева"), ("Федоров", "Федорова"), ("Яковлев", "Яковлева")]
MN = [("Игорь", "Валерьевич"), ("Артём", "Олегович"), ("Ринат", "Ильдарович"), ("Владимир", "Петрович"), ("Евгений", "Сергеевич")]
FN = [("Светлана", "Анатольевна"), ("Юлия", "Викторовна"), ("Алия", "Рашидовна"), ("Марина", "Геннадьевна"), ("Ксения", "Игоревна")]


def fio():
    s = rng.choice(SURN)
    if rng.random() < 0.5:
        n, p = rng.choice(MN)
        return s[0], n, p
    n, p = rng.choice(FN)
    return s[1], n, p


for _ in range(16):
    s, n, p = fio()
    name = rng.choice([f"ИП {s} {n} {p}", f"ИП {s} {n[0]}.{p[0]}.", f"Индивидуальный предприниматель {s} {n} {p}"])
    deal(client=name, inn=c.rand_inn12(rng, "63") if rng.random() > 0.2 else "",
         email=rng.choice([f"ip.{s[:5].lower()}@mail.ru", "", f"shop{rng.randint(1,99)}@yandex.ru"]).replace("ё", "e"),
         phone=mobile(), lines=[(rng.choice(["1С:Предприятие 8. Бухгалтерия предприятия ПРОФ", "МФУ лазерное Pantum M6700DW",
                                              "Системный блок iRU Office 310H6SE i5-12400/16/512", "Заправка картриджей (выезд)"]), rng.randint(1, 3))],
         pay=rng.choice(["Безналичный расчёт по счёту", "Оплата картой"]), kind="sole_trader")
# ИП buys a TV by personal card, no documents -> B2B ambiguous
for it in ["Телевизор Haier 55 Smart TV S1", "Смартфон Xiaomi Redmi Note 13 8/256", "Холодильник ATLANT ХМ 4621-101"]:
    s, n, p = fio()
    deal(client=f"ИП {s} {n} {p}", inn=c.rand_inn12(rng, "63"), phone=mobile(), lines=[(it, 1)], pay="Оплата картой",
         descr="Самовывоз", amb=True, kind="sole_trader_household")

# ---------- state-owned companies ----------
SOE = [("ОАО «РЖД» (Куйбышевская железная дорога — филиал)", "7708503727", "rzd.ru"),
       ("ПАО «Россети Волга»", c.rand_inn10(rng, "64"), "rossetivolga.ru"),
       ("АО «Почта России» (УФПС Самарской области)", "7724490000", "russianpost.ru"),
       ("АО «РКЦ «Прогресс»", c.rand_inn10(rng, "63"), "samspace.ru"),
       ("ПАО «ОДК-Кузнецов»", c.rand_inn10(rng, "63"), "kuznetsov-motors.ru")]
for nm, inn, dom in SOE:
    deal(client=nm, inn=inn, email=f"zakupki@{dom}", lines=[(rng.choice(["Коммутатор Eltex MES2428 24 порта", "ИБП Ippon Smart Winner II 3000", "Системный блок iRU Office 310H6SE i5-12400/16/512"]), rng.randint(2, 10))],
         pay="Безналичный расчёт, оплата 30 дней после приёмки",
         descr=f"Закупка по 223-ФЗ, извещение № 32514{rng.randint(100000, 999999)} на ЕИС", amb=True,
         kind="state_owned_company_223fz", scheme="tender")
deal(client="ПАО «Ростелеком»", inn="7707049388", email="samara@rt.ru", lines=[("Бумага SvetoCopy A4 80 г/м2, 500 л (коробка 5 пачек)", 20)],
     pay="Безналичный расчёт по счёту", kind="state_owned_company")
deal(client="ПАО Сбербанк (Поволжский банк)", inn="7707083893", lines=[("Картридж Pantum TL-5120X", 30)],
     pay="Безналичный расчёт по счёту", kind="state_owned_company")

# ---------- government ----------
GOV = [("Администрация городского округа Самара", "samadm.ru", "municipality"),
       ("Администрация Кировского внутригородского района г.о. Самара", "samadm.ru", "municipality"),
       ("Министерство образования Самарской области", "samregion.ru", "regional_ministry"),
       ("ГБУЗ СО «Самарская городская клиническая больница № 1 им. Н.И. Пирогова»", "samaragkb1.ru", "public_hospital"),
       ("ГБУЗ «Самарская областная клиническая больница им. В.Д. Середавина»", "sokb.ru", "public_hospital"),
       ("МБОУ «Школа № 124» г.о. Самара", "samara.edu.ru", "school"),
       ("МБОУ «Лицей «Технический» г.о. Самара", "samara.edu.ru", "school"),
       ("МБДОУ «Детский сад № 381» г.о. Самара", "samara.edu.ru", "kindergarten"),
       ("ФГБОУ ВО «Самарский государственный технический университет»", "samgtu.ru", "public_university"),
       ("ГКУ СО «Главное управление организации торгов Самарской области»", "samregion.ru", "state_agency"),
       ("МКУ г.о. Самара «Центр бухгалтерского учёта»", "samadm.ru", "municipal_agency"),
       ("Управление МВД России по г. Самаре", "mvd.ru", "police"),
       ("ГБУ СО «Самарский областной центр занятости»", "samregion.ru", "state_institution"),
       ("Арбитражный суд Самарской области", "arbitr.ru", "court"),
       ("МУП г.о. Самара «Самарагорсвет»", "samgorsvet.ru", "municipal_unitary_enterprise")]
gov_inn = {g[0]: c.rand_inn10(rng, "63") for g in GOV}
for _ in range(42):
    nm, dom, kind = rng.choice(GOV)
    inn = gov_inn[nm]
    lines = [(it, rng.choice([1, 2, 4, 6, 10, 20])) for it in rng.sample(BIZ, rng.randint(1, 2))]
    r = rng.random()
    if r < 0.45:
        ikz = "25" + inn + inn[:4] + "01001" + "1" + f"{rng.randint(1, 999):04d}" + "000" + "2620" + "244"
        descr = f"Контракт по 44-ФЗ, ИКЗ {ikz}"
        pay = "Безналичный расчёт, оплата в течение 7 рабочих дней после приёмки"
        sch = "tender"
    elif r < 0.7:
        descr = rng.choice(["Муниципальный контракт на поставку", "Государственный контракт, закупка у единственного поставщика (п. 4 ч. 1 ст. 93 44-ФЗ)",
                            "Договор по п. 4 ч. 1 ст. 93 44-ФЗ"])
        pay = "Безналичный расчёт по счёту"
        sch = "tender"
    else:
        descr, pay, sch = rng.choice(["", "Счёт, акт", "Доставка до учреждения"]), "Безналичный расчёт по счёту", None
    mail = rng.choice(["", f"zakupki@{dom}", f"it@{dom}", f"school124@{dom}" if "124" in nm else f"buh@{dom}"])
    deal(client=nm, inn=inn if rng.random() > 0.1 else "", email=mail, phone=phone(), lines=lines, pay=pay,
         descr=descr, label="B2G", kind=kind, scheme=sch)
# state autonomous university under 223-ФЗ -> B2G, not ambiguous
for _ in range(2):
    deal(client="ФГАОУ ВО «Самарский национальный исследовательский университет имени академика С.П. Королёва»",
         inn=c.rand_inn10(rng, "63"), email="zakupki@ssau.ru", lines=[("Сервер iRU Rock C1212P 2xXeon Silver 4310", 1), ("ИБП Ippon Smart Winner II 3000", 2)],
         pay="Безналичный расчёт", descr=f"Закупка по 223-ФЗ, № 32514{rng.randint(100000, 999999)}", label="B2G",
         kind="public_university_223fz", scheme="tender")
# school buys one coffee machine / kettle-type item -> B2G ambiguous
deal(client="МБОУ «Школа № 124» г.о. Самара", inn=gov_inn["МБОУ «Школа № 124» г.о. Самара"], email="school124@samara.edu.ru",
     lines=[("Кофемашина De'Longhi Magnifica S ECAM22.110.B", 1)], pay="Безналичный расчёт по счёту", label="B2G", amb=True,
     kind="school_household")
deal(client="МБДОУ «Детский сад № 381» г.о. Самара", inn=gov_inn["МБДОУ «Детский сад № 381» г.о. Самара"],
     lines=[("Холодильник ATLANT ХМ 4621-101", 1)], pay="Безналичный расчёт по счёту", label="B2G", amb=True,
     kind="kindergarten_household")
deal(client="Арбитражный суд Самарской области", inn=gov_inn["Арбитражный суд Самарской области"],
     lines=[("Кондиционер сплит-система Haier HSU-09HPL203/R3", 1)], pay="Безналичный расчёт по счёту", label="B2G", amb=True,
     kind="court_household", descr="Договор по п. 4 ч. 1 ст. 93 44-ФЗ")

# ---------- non-profits with a state founder, international org ----------
deal(client="Фонд «Сколково»", inn=c.rand_inn10(rng, "77"), email="zakupki@sk.ru",
     lines=[("Ноутбук HIPER Expertbook MTL1601 15,6\" i5/16/512", 5)], pay="Безналичный расчёт по счёту", amb=True,
     kind="state_founded_fund")
deal(client="Самарский областной фонд поддержки предпринимательства (микрокредитная компания)", inn=c.rand_inn10(rng, "63"),
     lines=[("1С:Предприятие 8. Бухгалтерия предприятия ПРОФ", 2)], pay="Безналичный расчёт по счёту", amb=True,
     kind="state_founded_fund")
deal(client="Представительство Управления Верховного комиссара ООН по делам беженцев в РФ", inn="",
     email="rusmo@unhcr.org", lines=[("МФУ лазерное Pantum M6700DW", 2), ("Картридж Pantum TL-5120X", 6)],
     pay="Безналичный расчёт по счёту", amb=True, kind="international_org")

# ---------- persons ----------
for _ in range(24):
    s, n, p = fio()
    nm = rng.choice([f"{s} {n} {p}", f"{s} {n}", f"{s}, {n}", f"{s.upper()} {n.upper()} {p.upper()}", f"{n} {s}"])
    tr = str.maketrans({"ё": "e", "ь": "", "ъ": ""})
    lat = {"Шишкин": "shishkin", "Галиев": "galiev", "Лебедев": "lebedev", "Морозов": "morozov", "Кудрявцев": "kudryavtsev",
           "Ахмедов": "ahmedov", "Соловьёв": "solovev", "Пономарёв": "ponomarev", "Григорьев": "grigorev",
           "Васильев": "vasilev", "Федоров": "fedorov", "Яковлев": "yakovlev"}
    base = [k for k in lat if s.startswith(k)][0]
    deal(client=nm, ctype="Человек", email=rng.choice([f"{lat[base]}{rng.randint(70, 99)}@mail.ru", f"{lat[base]}.{rng.randint(1, 9)}@gmail.com", f"{lat[base]}@yandex.ru", ""]),
         phone=mobile(), lines=[(rng.choice(["Ноутбук ASUS Vivobook 15 X1504ZA", "Принтер лазерный Pantum P3300DN", "Монитор 27\" Acer Vero V277Ebiv",
                                              "Телевизор Haier 55 Smart TV S1", "Смартфон Xiaomi Redmi Note 13 8/256", "Заправка картриджей (выезд)"]), 1)],
         pay=rng.choice(["Оплата картой", "Наличные при получении", "СБП"]),
         descr=rng.choice(["", "Доставка на дом", "Для ребёнка, учёба", "Самовывоз", "Подарок"]), label="B2C", kind="private_person")
# person with a company / government e-mail buying household goods -> B2C ambiguous
deal(client="Кудрявцева Марина Геннадьевна", ctype="Человек", email="m.kudryavtseva@samregion.ru", phone=mobile(),
     lines=[("Холодильник ATLANT ХМ 4621-101", 1)], pay="Оплата картой", descr="Доставка на дом, ул. Ново-Вокзальная",
     label="B2C", amb=True, kind="person_gov_email")
deal(client="Лебедев Артём", ctype="Человек", email="a.lebedev@electroshield.ru", phone=mobile(),
     lines=[("Телевизор Haier 55 Smart TV S1", 1)], pay="Оплата картой", descr="Доставка домой", label="B2C", amb=True,
     kind="person_company_email")
# private person, 40 identical phones -> B2C ambiguous
deal(client="Ахмедов Ринат", ctype="Человек", phone=mobile(), lines=[("Смартфон Xiaomi Redmi Note 13 8/256", 40)],
     pay="Наличные при получении", label="B2C", amb=True, kind="private_person_bulk")
# private person with stated business purpose -> B2B ambiguous
deal(client="Морозова Юлия", ctype="Человек", email="morozova.yu@mail.ru", phone=mobile(),
     lines=[("Смартфон Xiaomi Redmi Note 13 8/256", 12)], pay="СБП", descr="Для перепродажи в своём магазине",
     amb=True, kind="person_resale")
deal(client="Григорьев Евгений Сергеевич", ctype="Человек", phone=mobile(),
     lines=[("МФУ лазерное Pantum M6700DW", 1), ("Бумага SvetoCopy A4 80 г/м2, 500 л (коробка 5 пачек)", 2)],
     pay="Оплата картой", descr="Для работы, веду бухгалтерию клиентов", amb=True, kind="person_business_use")
# person pays a company's invoice -> B2B ambiguous
deal(client="Соловьёва Светлана Анатольевна", ctype="Человек", phone=mobile(),
     lines=[("Системный блок iRU Office 310H6SE i5-12400/16/512", 2)], pay="Оплата картой",
     descr="Оплата по счёту № 418 за ООО «Жигулёвская долина», закрывающие на ООО", amb=True, kind="person_paying_for_company")

# ---------- thin records ----------
deal(lines=[("Шкаф телекоммуникационный 42U 600х1000 ЦМО", 1)], ctype="", title="Шкаф 42U — запрос цены", amb=True,
     kind="product_only", status="Новая")
deal(lines=[("Kaspersky Endpoint Security для бизнеса Стандартный, 50 узлов, 1 год", 1)], ctype="", title="Касперский 50 узлов",
     amb=True, kind="product_only", status="Новая")
deal(lines=[("Ноутбук ASUS Vivobook 15 X1504ZA", 1)], ctype="", title="Ноутбук Vivobook", label="B2C", amb=True,
     kind="product_only", status="Новая")
deal(client="Олег", ctype="Человек", phone=mobile(), lines=[("Заправка картриджей (выезд)", 1)], label="B2C", amb=True,
     kind="thin_first_name_only", status="Новая")

rng.shuffle(deals)

STATUSES = ["Успешно завершена", "Успешно завершена", "Успешно завершена", "Счёт выставлен", "Оплачена", "В работе", "Отказ"]
HEAD = ["Номер", "Название", "Схема", "Статус", "Клиент", "Тип клиента", "ИНН клиента", "E-mail клиента", "Телефон клиента",
        "Ответственный", "Стоимость", "Валюта", "Позиции сделки", "Способ оплаты", "Описание", "Дата создания", "Дата изменения"]
rows, labels = [], []
t = datetime(2024, 10, 1, 9, 0)
for i, d in enumerate(deals):
    t += timedelta(hours=rng.randint(2, 30))
    if t.hour > 19:
        t = t.replace(hour=9) + timedelta(days=1)
    upd = t + timedelta(days=rng.randint(0, 25), hours=rng.randint(0, 8))
    first = d["lines"][0][0]
    title = d["title"] or (f"{first.split(' ')[0]} {first.split(' ')[1]} — {d['client']}".strip(" —") if d["client"] else first)
    pos = "; ".join(f"{n} — {q} шт." for n, q in d["lines"])
    total = f"{d['total']:.2f}".replace(".", ",")
    rows.append([1201 + i, title, d["scheme"], d["status"] or rng.choice(STATUSES), d["client"], d["ctype"], d["inn"],
                 d["email"], d["phone"], rng.choice(MANAGERS), total, "RUB", pos, d["pay"], d["descr"],
                 t.strftime("%d.%m.%Y %H:%M"), upd.strftime("%d.%m.%Y %H:%M")])
    labels.append(dict(label=d["label"], amb=d["amb"], kind=d["kind"], country="RU" if d["kind"] != "international_org" else "RU"))

c.LAYOUTS.mkdir(parents=True, exist_ok=True)
with open(c.LAYOUTS / f"{ID}.csv", "w", newline="", encoding="cp1251") as f:
    w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(HEAD)
    w.writerows(rows)
c.write_labels(ID, labels)
c.write_key(ID, {
    "id": ID,
    "system": "Мегаплан CRM — список сделок, экспорт в CSV",
    "country": "RU",
    "language": "ru",
    "docs": [
        "megaplan-sdk on PyPI (Megaplan API v3): deals are handled through the REST API alongside tasks and projects — confirmed the entity and that deals carry a client (contractor), cost, status and pipeline",
        "docs.sendsay.ru, Мегаплан integration: custom fields are added under Настройки → Бизнес-процессы и сделки → Дополнительные поля — basis for the custom columns ИНН/E-mail/Способ оплаты",
        "polytell.ru instruction for Megaplan users: deals have a scheme (схема сделки) with statuses and the base parameters 'цена сделки' and 'дата сделки'",
        "The exact CSV header of Мегаплан's list export was not found in public documentation; column titles follow the deal card's Russian field names, Windows-1251 and ';' as Russian Excel opens them"
    ],
    "fields": {"buyer": "Клиент", "product": "Позиции сделки", "quantity": None, "amount": "Стоимость",
               "tax_id": "ИНН клиента", "email": "E-mail клиента", "payment": "Способ оплаты", "comment": "Описание"},
    "also_ok": {"product": ["Название"]},
    "notes": "CSV, Windows-1251, ';' delimiter, every field quoted, CRLF; one row per deal, no title or totals lines. Стоимость uses a decimal comma. Quantities are inside 'Позиции сделки' as 'name — N шт.' separated by '; '. Тип клиента is 'Компания' or 'Человек' (empty when the deal has no client). Some deals have no client at all (only a title and positions)."
})
print(ID, len(labels))
