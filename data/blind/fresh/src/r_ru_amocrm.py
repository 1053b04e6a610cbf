"""Layout r_ru_amocrm_leads: amoCRM deals export (XLSX), Russian headers.

Seller: an Ekaterinburg office-equipment / furniture / IT integrator running amoCRM.
One row per deal (amoCRM exports one line per lead)."""
import random
from datetime import datetime, timedelta

import pandas as pd

from r_common import (LAYOUTS, free_email, inn10, inn12, kpp, rand_dt, ru_person, translit, write_key,
                      write_labels)

ID = "r_ru_amocrm_leads"
rng = random.Random(20261206)

MANAGERS = ["Ольга Шестакова", "Денис Каримов", "Андрей Лукин", "Екатерина Пономарёва", "Виталий Зырянов"]
PIPE_B2B = "Корпоративные продажи"
PIPE_RET = "Розница / сайт"
STAGES_OPEN = ["Первичный контакт", "Переговоры", "Выставлен счёт", "Ждём оплату", "Принимают решение"]
STAGE_WON = "Успешно реализовано"
STAGE_LOST = "Закрыто и не реализовано"
SOURCES = ["Сайт", "Звонок", "Email", "Авито", "Рекомендация", "Яндекс.Директ", "Повторное обращение", "Выставка", "2ГИС"]

# (name, unit price) by category
P_OFFICE = [("МФУ Kyocera ECOSYS M2540dn", 48900), ("МФУ Pantum M6700DW", 21990), ("Принтер HP LaserJet Pro M404dn", 32500),
            ("Ноутбук HP ProBook 450 G10", 84990), ("Ноутбук Lenovo ThinkPad E16", 92500), ("Монитор AOC 24B2XH 23.8\"", 11990),
            ("Системный блок Intel Core i5 / 16 ГБ / SSD 512", 61500), ("Картридж Kyocera TK-1170", 5200),
            ("Бумага SvetoCopy A4, коробка 5 пачек", 2450), ("Кресло офисное Бюрократ CH-868N", 8990),
            ("Стол письменный 1400х700 «Арго»", 9600), ("Шкаф для документов «Арго» А-304", 17800),
            ("Стеллаж металлический MS Standart 200/100х60", 7300), ("Шредер Office Kit S220", 13400),
            ("ИБП APC Back-UPS 1500VA", 24990), ("Проектор Epson EB-E20", 52000), ("Интерактивная панель Lumien 65\"", 218000),
            ("Коммутатор Cisco CBS250-24T-4G", 38900), ("Маршрутизатор MikroTik hAP ax3", 14500),
            ("Ламинатор Гелеос ЛМ-A4", 6900), ("Доска магнитно-маркерная 120х180", 8200)]
P_ONLY_B2B = [("Сервер Dell PowerEdge R450", 685000), ("Шкаф серверный 42U 600х1000", 74000),
              ("Лицензия 1С:Предприятие 8 ПРОФ (клиентская на 10 рабочих мест)", 62000),
              ("Бумага SvetoCopy A4, паллета 40 коробок", 92000), ("Kaspersky Endpoint Security для бизнеса, 50 узлов", 148000)]
P_HOUSE = [("Чайник электрический Bosch TWK 3A011", 3490), ("Кондиционер сплит-система Haier HSU-09HPL203/R3", 38990),
           ("Телевизор Samsung UE55CU7100U 55\"", 54990), ("Кофемашина DeLonghi Magnifica S ECAM 22.110", 46990),
           ("Холодильник Бирюса 120", 17990), ("Микроволновая печь LG MS2042DB", 9490), ("Пылесос Dyson V8", 39990),
           ("Обогреватель масляный Ballu BOH/CL-09", 5990)]
P_PERSON = [("Ноутбук Acer Aspire 5", 56990), ("Монитор Samsung Odyssey G5 27\"", 24990), ("Кресло компьютерное ZONE 51", 15990),
            ("Принтер струйный Epson L3251", 18990), ("Ноутбук HP ProBook 450 G10", 84990), ("Стол компьютерный «Лайт»", 6900),
            ("Смартфон Samsung Galaxy A55", 38990), ("Кофемашина DeLonghi Magnifica S ECAM 22.110", 46990),
            ("МФУ Pantum M6700DW", 21990), ("Телевизор Samsung UE55CU7100U 55\"", 54990), ("Роутер Keenetic Giga", 11900),
            ("Планшет Huawei MatePad 11.5", 29990), ("Пылесос Dyson V8", 39990)]

PAY_ORG = ["Безналичный расчёт по счёту", "Безналичный расчёт по счёту", "Безналичный расчёт по счёту", "Безналичный расчёт (отсрочка 30 дней)"]
PAY_PERSON = ["Картой онлайн", "СБП", "Наличными при получении", "Картой при получении", "Рассрочка Тинькофф"]

COMPANIES = [
    ("ООО «Уралэнергомонтаж»", "uem-ural.ru"), ("ООО «СтройИнвестГрупп»", "sig-ekb.ru"), ("АО «Уральский турбинный завод»", "utz.ru"),
    ("ООО «Логистик-Урал»", "logistic-ural.ru"), ("ЗАО «Уралметаллоптторг»", "umot.ru"), ("ООО «Вектор»", "vektor-ekb.ru"),
    ("ООО «Медицинский центр «Здоровье»", "mc-zdorovie66.ru"), ("ООО «Стоматология Дент-Арт»", "dent-art.ru"),
    ("ООО «Юридическая фирма «Легис»", "legis-law.ru"), ("ООО «Интерсвязь-Урал»", "is-ural.ru"), ("ООО «ЭкоКлин»", "ecoclean-ekb.ru"),
    ("ООО «ПромСервис»", "promservis.su"), ("ООО «ТрансЛогистик»", "translogistic66.ru"), ("АО «Уралхиммаш»", "uralchimmash.ru"),
    ("ООО «Автоцентр Сити»", "avtocity-ekb.ru"), ("ООО «Бухгалтерское бюро «Баланс»", "balans-buh.ru"),
    ("ООО «Агентство недвижимости «Квартал»", "kvartal-an.ru"), ("ПАО «Уралкалий»", "uralkali.com"),
    ("ООО «Сибирское здоровье»", "sibzdorov.ru"), ("ООО «Кейтеринг Про»", "cateringpro.ru"), ("ООО «Урал-Пак»", "ural-pak.ru"),
    ("АО «Тандер»", "magnit.ru"), ("ООО «ДСК «Атомстрой»", "atomstroy-dsk.ru"), ("ООО «Маркетинг Лаб»", "mlab.agency"),
    ("ООО «Производственная компания «Техноком»", "pk-technocom.ru"), ("ООО «ГК «Сварог»", "svarog-group.ru"),
    ("ООО «Фабрика мебели «Уют»", "fm-uyut.ru"), ("АО «ЕВРАЗ НТМК»", "evraz.com"), ("ООО «Клиника Екатеринбургская»", "clinica-ekb.ru"),
    ("ООО «Отель Онегин»", "oneginhotel.ru"), ("ООО «Рекламное агентство «Формат»", "format-ra.ru"),
    ("ООО «Уралтехснаб»", "uts66.ru"), ("ООО «Аудиторская компания «Гарант-Аудит»", "garant-audit.ru"),
]
NOFORM = [("Уралхимпласт", "uralchimplast.ru"), ("Кофейня Бреве", None), ("Восток-Моторс", "vostok-motors.ru"),
          ("Типография Мастер-Принт", "masterprint66.ru"), ("Дентал Люкс", "dentalux-ekb.ru"), ("Фитнес-клуб Территория", None),
          ("Ресторан Троекуров", None), ("Сеть автомоек «Мойка 24»", None), ("Школа английского «Инглекс-Урал»", None),
          ("Кондитерская «Буше Урал»", None), ("Строймаркет Гвоздь", "gvozd-ekb.ru"), ("Пекарня Хлебница", None)]
LIKE_PERSON = [("«Петрович»", "petrovich.ru"), ("Бабушкина кухня", None), ("«Дядя Фёдор» пекарня-кулинария", None),
               ("Мастерская Ивана Соколова", None)]

GOV = [  # (name, email domain, kind)
    ("ГБУЗ СО «Центральная городская больница № 3 г. Екатеринбург»", "cgb3-ekb.ru", "regional_public_hospital"),
    ("ГАУЗ СО «Областная детская клиническая больница»", "odkb.ru", "regional_public_hospital"),
    ("МАОУ СОШ № 76", "school76-ekb.ru", "municipal_school"), ("МБОУ СОШ № 112", "eduekb.ru", "municipal_school"),
    ("МАДОУ — детский сад № 45", "eduekb.ru", "municipal_kindergarten"),
    ("ФГАОУ ВО «УрФУ имени первого Президента России Б.Н. Ельцина»", "urfu.ru", "public_university"),
    ("ФГБОУ ВО УГМУ Минздрава России", "usma.ru", "public_university"),
    ("Администрация города Екатеринбурга", "ekadm.ru", "municipality"),
    ("Администрация Березовского городского округа", "berezovsky.midural.ru", "municipality"),
    ("Администрация Кировского района города Екатеринбурга", "ekadm.ru", "municipal_district_admin"),
    ("МКУ «Центр обеспечения деятельности органов местного самоуправления»", "ekadm.ru", "municipal_institution"),
    ("ГКУ СО «Управление автомобильных дорог»", "uad.midural.ru", "regional_agency"),
    ("УМВД России по г. Екатеринбургу", "mvd.ru", "police"),
    ("ФКУ ИК-2 ГУФСИН России по Свердловской области", "66.fsin.gov.ru", "federal_institution"),
    ("Войсковая часть 3275", None, "armed_forces_unit"), ("Войсковая часть 31612", None, "armed_forces_unit"),
    ("Министерство цифрового развития и связи Свердловской области", "egov66.ru", "regional_ministry"),
    ("Арбитражный суд Свердловской области", "ekaterinburg.arbitr.ru", "court"),
    ("МУП «Екатеринбургский метрополитен»", "metro-ektb.ru", "municipal_unitary_enterprise"),
    ("ГУП СО «Газовые сети»", "gazseti.ru", "state_unitary_enterprise"),
    ("Управление Федерального казначейства по Свердловской области", "roskazna.gov.ru", "federal_agency"),
    ("ОСФР по Свердловской области", "sfr.gov.ru", "state_social_fund"),
    ("Генеральное консульство КНР в Екатеринбурге", None, "consulate"),
    ("Генеральное консульство Республики Узбекистан в г. Екатеринбурге", None, "consulate"),
    ("ГБПОУ СО «Екатеринбургский колледж транспортного строительства»", "ektts.ru", "public_college"),
    ("МБУК «Централизованная библиотечная система»", "ekb-lib.ru", "municipal_institution"),
    ("ФГБУ «Уральское УГМС»", "svgimet.ru", "federal_institution"),
    ("ГАУ СО «Дворец молодёжи»", "dm-centre.ru", "state_autonomous_institution"),
    ("ГУ МЧС России по Свердловской области", "66.mchs.gov.ru", "federal_agency"),
    ("Избирательная комиссия Свердловской области", "ikso.org", "regional_agency"),
]
STATE_OWNED = [("ОАО «РЖД» (Свердловская железная дорога — филиал)", "svrw.ru"), ("ПАО «Россети Урал»", "rosseti-ural.ru"),
               ("АО «Почта России» (УФПС Свердловской области)", "russianpost.ru"), ("ООО «Газпром трансгаз Екатеринбург»", "ekaterinburg-tr.gazprom.ru"),
               ("АО «НПО автоматики»", "npoa.ru"), ("ПАО «Ростелеком»", "rt.ru"), ("АО «Уральский электрохимический комбинат»", "ueip.ru")]
NONPROFITS = [("АНО «Центр развития ребёнка «Звёздочка»", "nonprofit"), ("Благотворительный фонд «Дедморозим»", "charity_fund"),
              ("ТСЖ «Малышева 125»", "homeowners_association"), ("ТСН «Изумрудный бор»", "homeowners_association"),
              ("Местная религиозная организация православный Приход храма Святой Троицы г. Екатеринбурга", "religious_organization"),
              ("Ассоциация «Уральский союз строителей»", "association"), ("АНО ВО «Гуманитарный университет»", "private_university"),
              ("ЧОУ «Частная школа «Новая школа»", "private_school"),
              ("Свердловское региональное отделение Российского Красного Креста", "national_red_cross"),
              ("Автономная некоммерческая организация «Хоккейный клуб «Автомобилист»", "nonprofit"),
              ("Садоводческое некоммерческое товарищество «Рассвет»", "cooperative"),
              ("Свердловская областная коллегия адвокатов", "bar_association")]
STATE_FUNDS = ["Региональный фонд содействия капитальному ремонту общего имущества в МКД Свердловской области",
               "Свердловский областной фонд поддержки предпринимательства (микрокредитная компания)"]
INTL = ["Представительство УВКБ ООН в Российской Федерации", "Региональная делегация МККК в Москве"]

GOV_EMAILS = ["minfin.gov.ru", "mintrans.gov.ru", "economy.gov.ru", "midural.ru"]


def ikz(rng, inn, kp):
    return f"25{rng.choice('123')}{inn}{kp}{rng.randint(1, 9999):04d}{rng.randint(1, 400):03d}{rng.choice(['2620','2823','3101','2630','2670'])}244"


def gov_inn(rng):
    return inn10(rng, rng.choice(["66", "66", "66", "77"]))


rows, labels = [], []
START = datetime(2025, 1, 9, 8, 0)
END = datetime(2025, 11, 28, 19, 0)
next_id = 31254870


def add(label, amb, kind, cc, d):
    global next_id
    next_id += rng.randint(3, 900)
    created = rand_dt(rng, START, END)
    edited = created + timedelta(hours=rng.randint(1, 400))
    won = d.pop("won", rng.random() < 0.72)
    lost = (not won) and rng.random() < 0.35
    stage = STAGE_WON if won else (STAGE_LOST if lost else rng.choice(STAGES_OPEN))
    mgr = rng.choice(MANAGERS)
    prod, qty = d.get("product"), d.get("qty")
    rec = {
        "ID": next_id,
        "Название сделки": d.get("deal") or f"Сделка #{next_id}",
        "Бюджет": d.get("budget", 0),
        "Ответственный": mgr,
        "Дата создания сделки": created.strftime("%d.%m.%Y %H:%M:%S"),
        "Кем создана сделка": rng.choice([mgr, mgr, "Робот", "Форма на сайте"]),
        "Дата редактирования": edited.strftime("%d.%m.%Y %H:%M:%S"),
        "Кем редактирована": mgr,
        "Дата закрытия": (edited.strftime("%d.%m.%Y %H:%M:%S") if stage in (STAGE_WON, STAGE_LOST) else "не закрыта"),
        "Теги": d.get("tags", ""),
        "Примечание": d.get("note", ""),
        "Примечание 2": d.get("note2", ""),
        "Этап сделки": stage,
        "Воронка": d.get("pipe", PIPE_B2B),
        "Полное имя контакта": d.get("contact", ""),
        "Компания контакта": d.get("ccomp", ""),
        "Ответственный за контакт": mgr if d.get("contact") else "",
        "Компания": d.get("company", ""),
        "Рабочий телефон": d.get("wphone", ""),
        "Мобильный телефон": d.get("mphone", ""),
        "Рабочий email": d.get("wemail", ""),
        "Личный email": d.get("pemail", ""),
        "Город": d.get("city", "Екатеринбург"),
        "Источник": d.get("source", rng.choice(SOURCES)),
        "Должность": d.get("position", ""),
        "Товар": prod or "",
        "Кол-во": qty if qty is not None else "",
        "ИНН": d.get("inn", ""),
        "Способ оплаты": d.get("pay", ""),
        "Причина отказа": (rng.choice(["Дорого", "Купили у конкурентов", "Не прошли по тендеру", "Нет бюджета", "Не выходит на связь"]) if stage == STAGE_LOST else ""),
        "utm_source": d.get("utm", rng.choice(["", "", "", "yandex", "google", "2gis", "avito"])),
    }
    rows.append(rec)
    labels.append((label, amb, kind, cc))


def phone(rng, mobile=True):
    if mobile:
        return f"+7 9{rng.randint(10, 99)} {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
    return f"+7 (343) {rng.randint(200, 399)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"


def person_contact(rng, style=None):
    last, first, pat, g = ru_person(rng)
    style = style or rng.choice(["full", "full", "lf", "f"])
    name = {"full": f"{last} {first} {pat}", "lf": f"{last} {first}", "f": first}[style]
    return name, first, last


def org_lines(rng, cats=P_OFFICE, big=False):
    p, price = rng.choice(cats)
    qty = rng.choice([1, 2, 3, 5, 10, 12, 20]) if big or price < 20000 else rng.choice([1, 2, 3, 4, 6, 8, 15])
    return p, qty, price * qty


def org_contact(rng, dom):
    name, first, last = person_contact(rng, rng.choice(["full", "lf", "f"]))
    pos = rng.choice(["Менеджер по закупкам", "Офис-менеджер", "Главный бухгалтер", "Специалист по закупкам",
                      "Директор", "Системный администратор", "Заведующий хозяйством", "Инженер-программист", ""])
    email = ""
    if dom:
        email = rng.choice([f"{translit(first)[0]}.{translit(last)}@{dom}", f"zakupki@{dom}", f"info@{dom}", f"{translit(last)}@{dom}"])
    return name, pos, email


# ----- B2B companies with legal form (70)
for i in range(70):
    comp, dom = rng.choice(COMPANIES)
    name, pos, email = org_contact(rng, dom)
    p, q, b = org_lines(rng)
    sparse = rng.random() < 0.15
    d = dict(company=comp, ccomp=comp, contact="" if sparse else name, position="" if sparse else pos,
             wemail=email if not sparse else "", wphone=phone(rng, False) if rng.random() < .6 else "",
             mphone=phone(rng) if rng.random() < .4 else "", product=p, qty=q, budget=b,
             inn=inn10(rng, "66") if rng.random() < .6 else "", pay=rng.choice(PAY_ORG + [""]),
             deal=rng.choice([f"КП для {comp}", "", f"Поставка: {p}", "Заявка с сайта"]),
             note=rng.choice(["", "", "Нужен счёт и УПД", "Доставка на склад, ул. Монтажников 4", "Выставлен счёт № {}".format(rng.randint(100, 999)),
                              "Договор поставки на год, отсрочка 30 дней", "Запросили КП на 3 позиции"]),
             tags=rng.choice(["", "юрлицо", "постоянный клиент", "опт"]))
    if d["deal"] == "":
        d.pop("deal")
    if rng.random() < .3:  # company filled only on the contact
        d["company"] = ""
    add("B2B", False, "company_with_legal_form", "RU", d)

# ----- companies without legal form (14) and person-like names (4)
for i in range(14):
    comp, dom = rng.choice(NOFORM)
    name, pos, email = org_contact(rng, dom)
    p, q, b = org_lines(rng)
    add("B2B", False, "company_no_legal_form", "RU",
        dict(company=comp, ccomp=comp, contact=name, position=pos, wemail=email, mphone=phone(rng), product=p, qty=q, budget=b,
             pay=rng.choice(PAY_ORG), note=rng.choice(["", "Счёт на оплату отправлен на почту", "Оборудование для зала", "Для бухгалтерии"])))
for comp, dom in LIKE_PERSON:
    name, pos, email = org_contact(rng, dom)
    p, q, b = org_lines(rng)
    add("B2B", False, "company_named_like_person", "RU",
        dict(company=comp, ccomp=comp, contact=name, position=pos, wemail=email, product=p, qty=q, budget=b, pay=PAY_ORG[0],
             note="Счёт выставлен, закрывающие — УПД"))

# ----- sole traders (22 plain, 4 ambiguous personal-looking)
for i in range(22):
    last, first, pat, g = ru_person(rng)
    comp = f"ИП {last} {first} {pat}" if rng.random() < .7 else f"ИП {last} {first[0]}.{pat[0]}."
    p, q, b = org_lines(rng)
    add("B2B", False, "sole_trader", "RU",
        dict(company=comp if rng.random() < .8 else "", ccomp=comp, contact=f"{first} {last}", position="Индивидуальный предприниматель",
             mphone=phone(rng), pemail=free_email(rng, first, last), inn=inn12(rng, "66"), product=p, qty=q, budget=b,
             pay=rng.choice(PAY_ORG + ["Безналичный расчёт по счёту", "СБП"]),
             note=rng.choice(["", "Для магазина на Вайнера", "Оборудование в салон красоты", "Счёт на ИП", "Нужна УПД"])))
for i in range(4):
    last, first, pat, g = ru_person(rng)
    p, price = rng.choice(P_HOUSE[1:4])
    add("B2B", True, "sole_trader_personal_purchase", "RU",
        dict(company=f"ИП {last} {first} {pat}", ccomp=f"ИП {last} {first} {pat}", contact=f"{first} {last}", mphone=phone(rng),
             pemail=free_email(rng, first, last), product=p, qty=1, budget=price, pay="Картой при получении",
             note=rng.choice(["Оплата личной картой, документы не нужны", "Без документов, доставка домой", "Чек на физлицо"]),
             pipe=PIPE_RET))

# ----- state (B2G): 52 plain
for i in range(52):
    org, dom, kind = rng.choice(GOV)
    name, pos, email = org_contact(rng, dom)
    if dom is None:
        email = ""
    p, q, b = org_lines(rng, big=True)
    ginn = gov_inn(rng)
    note = rng.choice(["", "Оплата по счёту через казначейство", "Закупка малого объёма (п.4 ч.1 ст.93 44-ФЗ)",
                       f"Муниципальный контракт № {rng.randint(10, 400)}-МК от {rng.randint(1, 28):02d}.{rng.randint(1, 11):02d}.2025",
                       f"ИКЗ {ikz(rng, ginn, kpp(ginn))}", "Через электронный магазин (Портал поставщиков)", "Договор по 44-ФЗ, оплата 7 раб. дней"])
    if kind == "state_autonomous_institution":
        note = rng.choice(["Закупка по 223-ФЗ, извещение № 325{}".format(rng.randint(10 ** 7, 10 ** 8 - 1)), "Договор по 223-ФЗ"])
    cc = "CN" if "КНР" in org else ("UZ" if "Узбекистан" in org else "RU")
    add("B2G", False, kind, cc,
        dict(company=org if rng.random() < .85 else "", ccomp=org, contact=name, position=pos, wemail=email,
             wphone=phone(rng, False), product=p, qty=q, budget=b, inn=ginn if rng.random() < .7 else "",
             pay=rng.choice(["Безналичный расчёт по счёту", "Казначейство (безнал)", "Безналичный расчёт по контракту"]),
             note=note, tags=rng.choice(["бюджет", "госзаказ", "44-ФЗ", "", "тендер"])))
# 44-FZ with ИКЗ only, buyer field empty, contact gives school (still B2G)
for i in range(3):
    ginn = gov_inn(rng)
    org, dom, kind = rng.choice(GOV[:6])
    add("B2G", False, "public_procurement_44fz", "RU",
        dict(company="", ccomp="", contact=person_contact(rng, "lf")[0], wemail=f"zakupki@{dom}",
             product=rng.choice(P_OFFICE)[0], qty=rng.choice([5, 10, 20]), budget=rng.randint(80, 600) * 1000,
             inn=ginn, pay="Безналичный расчёт по контракту", note=f"Электронный аукцион, ИКЗ {ikz(rng, ginn, kpp(ginn))}",
             tags="44-ФЗ"))
# municipal school / kindergarten buys one household item -> B2G ambiguous
for org in ["МБОУ СОШ № 45 г. Березовский", "МАДОУ — детский сад № 512", "МАОУ Гимназия № 9", "МКУ «Управление образования Берёзовского ГО»"]:
    p, price = rng.choice(P_HOUSE[:1] + P_HOUSE[4:6] + P_HOUSE[7:])
    add("B2G", True, "public_body_household_item", "RU",
        dict(company=org, ccomp=org, contact=person_contact(rng, "lf")[0], position="Заведующий хозяйством", wemail="",
             product=p, qty=1, budget=price, pay="Безналичный расчёт по счёту", note="Счёт на учреждение, оплата через казначейство"))

# ----- state-owned companies: 6 with 223-FZ (ambiguous), 5 plain
for i in range(6):
    comp, dom = rng.choice(STATE_OWNED)
    name, pos, email = org_contact(rng, dom)
    p, q, b = org_lines(rng, big=True)
    add("B2B", True, "state_owned_company_procurement", "RU",
        dict(company=comp, ccomp=comp, contact=name, position=pos, wemail=email, product=p, qty=q, budget=b,
             pay="Безналичный расчёт по договору", inn=inn10(rng, "77"),
             note=rng.choice([f"Закупка по 223-ФЗ, извещение № 325{rng.randint(10 ** 7, 10 ** 8 - 1)}",
                              "Запрос котировок в электронной форме (223-ФЗ), площадка РТС-тендер",
                              "Участвуем в закупке по 223-ФЗ, обеспечение заявки не требуется"]), tags="223-ФЗ"))
for i in range(5):
    comp, dom = rng.choice(STATE_OWNED)
    name, pos, email = org_contact(rng, dom)
    p, q, b = org_lines(rng)
    add("B2B", False, "state_owned_company", "RU",
        dict(company=comp, ccomp=comp, contact=name, position=pos, wemail=email, product=p, qty=q, budget=b,
             pay=PAY_ORG[0], note=rng.choice(["", "Счёт на филиал", "Оплата по счёту"])))

# ----- non-profits (B2B plain)
for org, kind in NONPROFITS:
    name, pos, email = org_contact(rng, None)
    p, q, b = org_lines(rng)
    add("B2B", False, kind, "RU",
        dict(company=org, ccomp=org, contact=name, position=pos, pemail=free_email(rng, *person_contact(rng)[1:]),
             product=p, qty=q, budget=b, inn=inn10(rng, "66") if rng.random() < .5 else "", pay=PAY_ORG[0]))
for org in STATE_FUNDS:
    name, pos, email = org_contact(rng, None)
    p, q, b = org_lines(rng)
    add("B2B", True, "state_founded_fund_nonprofit", "RU",
        dict(company=org, ccomp=org, contact=name, position=pos, product=p, qty=q, budget=b, pay=PAY_ORG[0],
             note="Учредитель — Свердловская область; закупка по положению о закупках"))
for org in INTL:
    name, pos, email = org_contact(rng, None)
    p, q, b = org_lines(rng)
    add("B2B", True, "international_org", "RU",
        dict(company=org, ccomp=org, contact=name, position=pos, product=p, qty=q, budget=b, pay=PAY_ORG[0], city="Москва",
             note="Оплата в рублях по счёту, без НДС по письму организации"))

# ----- company buys household goods only (air-conditioner case) -> B2B ambiguous
for i in range(4):
    comp, dom = rng.choice(COMPANIES + NOFORM[:3])
    p, price = rng.choice(P_HOUSE[1:4] + P_HOUSE[5:7])
    add("B2B", True, "company_household_item", "RU",
        dict(company=comp, ccomp=comp, contact=person_contact(rng, "lf")[0], product=p, qty=1, budget=price,
             pay=rng.choice(PAY_ORG), note=rng.choice(["", "Счёт на организацию", "Доставка по адресу ул. Щорса 7, кв. 41"])))

# ----- company role mailbox only
for dom in ["uralsteel-group.ru", "tdsnab.ru", "metallinvest-ural.ru"]:
    p, q, b = org_lines(rng, big=True)
    add("B2B", False, "company_role_mailbox", "RU",
        dict(wemail=f"{rng.choice(['zakupki', 'snab', 'purchasing'])}@{dom}", product=p, qty=q, budget=b, source="Email",
             deal="Запрос КП с почты"))

# ----- private persons (B2C) ~50
for i in range(50):
    name, first, last = person_contact(rng)
    p, price = rng.choice(P_PERSON)
    q = 1 if rng.random() < .85 else 2
    sparse = rng.random() < .2
    d = dict(contact=name, mphone=phone(rng), pemail="" if sparse else free_email(rng, first, last), product=p, qty=q,
             budget=price * q, pay=rng.choice(PAY_PERSON), pipe=PIPE_RET,
             deal=rng.choice(["Заявка с сайта", "", f"{p.split(' ')[0]} — {first}", "Звонок"]),
             note=rng.choice(["", "", "Доставка на дом, после 18:00", "Самовывоз", "Подарок мужу на день рождения", "Для учёбы сына",
                              "Доставка: ул. Белинского 86, кв. 112", "Для дома, нужна сборка"]),
             city=rng.choice(["Екатеринбург"] * 5 + ["Верхняя Пышма", "Берёзовский", "Среднеуральск"]))
    if d["deal"] == "":
        d.pop("deal")
    add("B2C", False, "private_person", "RU", d)
# anonymous retail / walk-in
for i in range(3):
    p, price = rng.choice(P_PERSON)
    add("B2C", False, "anonymous_retail", "RU",
        dict(contact="Розничный покупатель", product=p, qty=1, budget=price, pay=rng.choice(["Наличными", "Картой в магазине"]),
             pipe=PIPE_RET, deal="Продажа в шоуруме", source="Шоурум", won=True))

# ----- person states business purpose -> B2B ambiguous
for note in ["Беру для работы — делаем ремонт квартир, оформлю как расходы бригады", "Для перепродажи на Авито, если пойдёт — возьму партию",
             "Для своего кабинета (частная практика психолога)", "Покупаю для работы, оформлен как самозанятый"]:
    name, first, last = person_contact(rng)
    p, price = rng.choice(P_PERSON)
    q = rng.choice([1, 2, 3])
    add("B2B", True, "person_states_business_use", "RU",
        dict(contact=name, mphone=phone(rng), pemail=free_email(rng, first, last), product=p, qty=q, budget=price * q,
             pay=rng.choice(PAY_PERSON), note=note, pipe=PIPE_RET))
# ----- person buys volume (B2C ambiguous)
for p, price, q in [("Смартфон Samsung Galaxy A15", 13990, 40), ("Роутер Keenetic Giga", 11900, 25), ("Монитор AOC 24B2XH 23.8\"", 11990, 18)]:
    name, first, last = person_contact(rng)
    add("B2C", True, "private_person_bulk_quantity", "RU",
        dict(contact=name, mphone=phone(rng), pemail=free_email(rng, first, last), product=p, qty=q, budget=price * q,
             pay="Наличными при получении", pipe=PIPE_RET, note="Самовывоз со склада"))
# ----- person with government e-mail, personal purchase (B2C ambiguous)
for i in range(3):
    name, first, last = person_contact(rng, "full")
    p, price = rng.choice(P_PERSON)
    add("B2C", True, "person_with_gov_email", "RU",
        dict(contact=name, wemail=f"{translit(first)[0]}.{translit(last)}@{rng.choice(GOV_EMAILS)}", mphone=phone(rng),
             product=p, qty=1, budget=price, pay="Картой онлайн", pipe=PIPE_RET, note="Доставка домой, оплата личной картой"))
# ----- person pays a company's invoice (B2B ambiguous)
for comp in ["ООО «РемСтройСервис»", "ООО «Кофейня на Малышева»"]:
    name, first, last = person_contact(rng, "full")
    p, q, b = org_lines(rng)
    add("B2B", True, "person_pays_company_invoice", "RU",
        dict(contact=name, mphone=phone(rng), pemail=free_email(rng, first, last), product=p, qty=q, budget=b, pay="СБП",
             note=f"Счёт выставлен на {comp}, оплатил директор со своей карты"))
# ----- product only, nothing about the buyer
for p, price, lab in [(P_ONLY_B2B[0][0], P_ONLY_B2B[0][1], "B2B"), (P_ONLY_B2B[2][0], P_ONLY_B2B[2][1], "B2B"),
                      (P_ONLY_B2B[3][0], P_ONLY_B2B[3][1], "B2B"), ("Кофемашина DeLonghi Magnifica S ECAM 22.110", 46990, "B2C"),
                      ("Планшет Huawei MatePad 11.5", 29990, "B2C")]:
    add(lab, True, "product_only", "RU", dict(product=p, qty=1, budget=price, source=rng.choice(["Сайт", "Звонок"]),
                                              deal=f"Сделка без контакта", pipe=PIPE_B2B if lab == "B2B" else PIPE_RET))

# shuffle deals in time order like an export sorted by creation date
order = sorted(range(len(rows)), key=lambda i: datetime.strptime(rows[i]["Дата создания сделки"], "%d.%m.%Y %H:%M:%S"), reverse=True)
rows = [rows[i] for i in order]
labels = [labels[i] for i in order]
df = pd.DataFrame(rows)
df["Кол-во"] = df["Кол-во"].astype(object)
out = f"{LAYOUTS}/{ID}.xlsx"
with pd.ExcelWriter(out, engine="openpyxl") as xw:
    df.to_excel(xw, index=False, sheet_name="Сделки")
write_labels(ID, labels)
write_key(ID, {
    "id": ID,
    "system": "amoCRM — экспорт сделок (раздел «Сделки» → «Экспорт» → Excel)",
    "country": "RU",
    "language": "ru",
    "docs": [
        "Column names and order follow the amoCRM deal export as public parsers read it: ID, Название сделки, Бюджет, Ответственный, "
        "Дата создания сделки, Кем создана сделка, Дата редактирования, Кем редактирована, Дата закрытия, Теги, Примечание, Примечание 2.., "
        "Этап сделки, Воронка, Полное имя контакта, Компания контакта, Ответственный за контакт, Компания, Рабочий телефон, Мобильный телефон, "
        "Рабочий email, Личный email, then account custom fields (a Go parser of the export lists columns 0..75 in this order; an AdvantShop "
        "importer reads Название сделки / Компания / Основной контакт / Рабочий email (контакт) / Бюджет / Воронка / Этап сделки; a SQL loader "
        "maps 'Дата закрытия' = 'не закрыта' for open deals).",
        "Custom fields of this account (Город, Источник, Должность, Товар, Кол-во, ИНН, Способ оплаты, Причина отказа, utm_source) are named "
        "as a typical account defines them; amoCRM writes custom fields after the standard ones.",
        "Dates dd.mm.yyyy HH:MM:SS as text; Бюджет as a number in roubles."],
    "fields": {"buyer": "Компания", "product": "Товар", "quantity": "Кол-во", "amount": "Бюджет", "tax_id": "ИНН",
               "email": "Рабочий email", "payment": "Способ оплаты", "comment": "Примечание"},
    "also_ok": {"buyer": ["Компания контакта"], "email": ["Личный email"]},
    "notes": "One row per deal; no title or totals lines (row 0 = first line after the header). Sheet 'Сделки'. "
             "'Компания' is sometimes empty while 'Компания контакта' holds the organisation (the company was linked only to the contact); "
             "private buyers have only 'Полное имя контакта'. Seller is an Ekaterinburg office-equipment integrator. "
             "Deals in every stage are included (won, open, lost) — the label is about the prospective buyer.",
})
print(ID, len(rows))
