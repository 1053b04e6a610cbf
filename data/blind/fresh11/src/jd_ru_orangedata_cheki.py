"""Orange Data (cloud online cash register, RU) - receipts register exported from
the personal account as CSV: 30 columns, ';' separated, windows-1251, one header
line, one line per receipt, item names listed in one cell as "[a, b]".

Seller (invented): online office-supply and electronics shop kancpark.ru.
Buyers: private persons (e-receipt to e-mail/phone), companies, sole traders,
non-profits and public bodies paying by corporate / treasury cards (since
07.2021 54-FZ requires "Покупатель (клиент)" and "ИНН покупателя" when an
organisation or IP pays).
Run: python jd_ru_orangedata_cheki.py
"""
from __future__ import annotations

import datetime as dt
import random

from jd_common import LAYOUTS, money_comma, ru_inn10, ru_inn12, write_key, write_labels

LAYOUT_ID = "jd_ru_orangedata_cheki"
SEED = 110211
rng = random.Random(SEED)

HEADER = [
    "Идентификатор", "№", "Смена", "Признак расчета", "ФД", "ФП", "СНО",
    "Контакт клиента", "Список предметов расчета", "Оплата", "Сумма", "Дата",
    "Идентификатор в пакете", "Статус", "Номер ККТ", "Группа кассы",
    "Наименование доп. реквизита пользователя", "Значение доп. реквизита пользователя",
    "Доп реквизит чека(БСО)", "Покупатель (клиент)", "ИНН покупателя (клиента)",
    "Номер ТС", "Адрес расчетов", "Место расчетов", "Тип операции", "Тип чека",
    "Способ оплаты", "ИНН поставщика", "Признак агента позиций", "Версия ФФД",
]

# ------------------------------------------------------------------ goods
OFFICE = [
    ("Бумага офисная SvetoCopy A4 500 листов", 455.0, (5, 40)),
    ("Бумага Снегурочка A4 80 г/м2 500 листов", 429.0, (5, 40)),
    ("Картридж HP 59A CF259A черный", 8890.0, (1, 4)),
    ("Тонер-картридж Brother TN-2375", 5190.0, (1, 4)),
    ("Ручки шариковые BIC Round Stic синие 60 шт", 1249.0, (1, 5)),
    ("Степлер Kangaro HD-45", 689.0, (1, 6)),
    ("Папка-регистратор Erich Krause 75 мм", 289.0, (5, 30)),
    ("Маркеры для доски Attache 4 цвета", 319.0, (2, 10)),
    ("Доска магнитно-маркерная 90x120 см", 6490.0, (1, 3)),
    ("Шредер Office Kit S100 4x30", 8990.0, (1, 2)),
    ("Кресло офисное Бюрократ CH-868LT", 6490.0, (1, 8)),
    ("Бумажные полотенца Tork H3 20 пачек", 2490.0, (1, 6)),
    ("Конверты C4 белые 250 шт", 1390.0, (1, 4)),
    ("Скоросшиватели пластиковые A4 20 шт", 399.0, (1, 10)),
]
ELECTRONICS = [
    ("Ноутбук Lenovo IdeaPad Slim 3 15IRU8", 54990.0, (1, 3)),
    ("Монитор Samsung S24C310EAI 24", 11990.0, (1, 6)),
    ("МФУ лазерное Pantum M6500W", 15490.0, (1, 2)),
    ("ИБП APC Back-UPS BX950MI-GR", 9990.0, (1, 4)),
    ("Комплект клавиатура и мышь Logitech MK270", 2690.0, (1, 10)),
    ("Коммутатор TP-Link TL-SG1024D", 7990.0, (1, 2)),
    ("Наушники JBL Tune 520BT", 3990.0, (1, 2)),
    ("Смартфон Xiaomi Redmi 13C 8/256GB", 12990.0, (1, 1)),
    ("Внешний диск WD Elements 2TB", 7490.0, (1, 3)),
    ("Проектор Epson CO-W01", 39990.0, (1, 1)),
]
HOUSEHOLD = [
    ("Чайник электрический Bosch TWK3P420", 4990.0, (1, 1)),
    ("Микроволновая печь LG MS2042DB", 8990.0, (1, 1)),
    ("Пылесос Samsung VC18M21A0SB", 8490.0, (1, 1)),
    ("Телевизор LG 43UR78006LK 43", 32990.0, (1, 1)),
    ("Кофемашина De'Longhi Magnifica S ECAM22.110.B", 39990.0, (1, 1)),
    ("Утюг Tefal FV2845", 3990.0, (1, 1)),
    ("Фен Philips BHD300", 2490.0, (1, 1)),
    ("Конструктор LEGO City 60337 Скоростной пассажирский поезд", 9990.0, (1, 1)),
    ("Мультиварка Redmond RMC-M95", 5990.0, (1, 1)),
    ("Кофе в зернах Lavazza Qualita Oro 1 кг", 2190.0, (1, 2)),
    ("Увлажнитель воздуха Xiaomi Smart Humidifier 2", 6490.0, (1, 1)),
]
STUDENT = [
    ("Тетради Hatber 48 листов клетка 10 шт", 459.0, (1, 2)),
    ("Рюкзак школьный Brauberg", 3290.0, (1, 1)),
    ("Калькулятор Casio FX-991ES PLUS", 1990.0, (1, 1)),
    ("Ручки гелевые Pilot G-2 синие 4 шт", 690.0, (1, 2)),
]
BUSINESS_ONLY = [
    ("Сервер Dell PowerEdge R650xs", 689000.0, (1, 1)),
    ("Лицензия 1С:Бухгалтерия 8 ПРОФ электронная поставка", 14800.0, (1, 1)),
    ("Бумага SvetoCopy A4 паллета 100 коробок", 227500.0, (1, 1)),
    ("Шкаф серверный 19 42U ЦМО ШТК-М-42.6.10", 58900.0, (1, 1)),
]

# ------------------------------------------------------------------ people
M_FIRST = ["Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей", "Артём", "Илья",
           "Кирилл", "Михаил", "Никита", "Евгений", "Иван", "Роман", "Владимир", "Павел"]
F_FIRST = ["Анна", "Мария", "Елена", "Ольга", "Наталья", "Екатерина", "Татьяна", "Ирина",
           "Светлана", "Юлия", "Анастасия", "Дарья", "Марина", "Ксения", "Виктория"]
M_PAT = ["Александрович", "Дмитриевич", "Сергеевич", "Андреевич", "Алексеевич", "Игоревич",
         "Владимирович", "Викторович", "Николаевич", "Олегович", "Юрьевич", "Михайлович"]
SURN = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов",
        "Новиков", "Федоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семенов", "Егоров",
        "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин",
        "Захаров", "Зайцев", "Соловьев", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьев"]
TRANSLIT = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
            "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
            "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
            "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "э": "e", "ю": "yu", "я": "ya",
            "ь": "", "ъ": ""}
FREE_MAIL = ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "list.ru", "ya.ru", "rambler.ru"]


def tr(s: str) -> str:
    return "".join(TRANSLIT.get(ch, ch) for ch in s.lower())


def person():
    female = rng.random() < 0.5
    first = rng.choice(F_FIRST if female else M_FIRST)
    sur = rng.choice(SURN)
    pat = rng.choice(M_PAT)
    if female:
        sur = sur + "а"
        pat = pat.replace("ович", "овна").replace("евич", "евна")
    return sur, first, pat


def free_email(sur, first):
    pat = rng.choice(["{f}.{s}", "{s}.{f}", "{s}{n}", "{f}{s}{n}", "{s}_{fi}"])
    local = pat.format(f=tr(first), s=tr(sur), fi=tr(first)[0], n=rng.randint(1, 99))
    return f"{local}@{rng.choice(FREE_MAIL)}"


def phone():
    return f"+79{rng.randint(0, 99):02d}{rng.randint(0, 9999999):07d}"


# ------------------------------------------------------------------ organisations
# (name, region for INN, email domain)
COMPANIES = [
    ("ООО «Лемана ПРО»", "50", "lemanapro.ru"), ("АО «Тандер»", "23", "magnit.ru"),
    ("ООО «Вкусно — и точка»", "77", "vkusnoitochka.ru"), ("ООО «Самокат»", "77", "samokat.ru"),
    ("АО «Вкусвилл»", "77", "vkusvill.ru"), ("ООО «ЛУКОЙЛ-Информ»", "77", "lukoil.com"),
    ("ООО «Интернет Решения»", "77", "ozon.ru"), ("АО «Гринатом»", "77", "greenatom.ru"),
    ("ООО «Клиника Эксперт»", "57", "kl-expert.ru"), ("ООО «СтройТехМонтаж»", "66", "stm-ural.ru"),
    ("ООО «Альфа-Сервис»", "54", "alfaservis54.ru"), ("ООО «ТД Северный ветер»", "78", "sevveter.ru"),
    ("ООО «Юридическая фирма «Право и Дело»»", "77", "pravoidelo.ru"),
    ("ООО «Логистик Партнер»", "50", "logpartner.ru"), ("ООО «Медицинский центр «Здоровье»»", "16", "mc-zdorovie.ru"),
    ("ООО «Ромашка»", "59", "romashka-perm.ru"), ("ЗАО «Уралэнергомонтаж»", "66", "uem.ru"),
    ("ООО «Кофейня Март»", "78", "martcoffee.ru"), ("ООО «Агрофирма «Рассвет»»", "61", "agro-rassvet.ru"),
    ("ООО «ИТ Консалтинг Групп»", "77", "itcg.ru"), ("ООО «Автосалон Премьер»", "24", "premier-auto24.ru"),
    ("ООО «Бухгалтерское бюро «Баланс»»", "52", "balans-nn.ru"), ("АО «ЭР-Телеком Холдинг»", "59", "domru.ru"),
    ("ООО «Гостиница Волга»", "63", "hotel-volga.ru"), ("ООО «Стоматология Дента Люкс»", "74", "dentalux74.ru"),
    ("ООО «Школа английского Спикап»", "77", "speakup-school.ru"), ("ООО «Фабрика окон»", "36", "fabrikaokon36.ru"),
    ("ООО «ЭкоКлининг»", "77", "ecocleaning.ru"), ("ООО «Пекарня Хлебница»", "47", "hlebnica.ru"),
    ("ООО «Нотариальная палата-Сервис»", "77", "notservice.ru"), ("ООО «ВайтИнжиниринг»", "77", "whiteeng.ru"),
    ("АО «Байкальская энергетическая компания»", "38", "baikalenergy.ru"),
    ("ООО «Торговый дом «Кубань-Агро»»", "23", "kubagro.ru"), ("ООО «Сервисная компания Лифт»", "02", "sklift.ru"),
]
STATE_OWNED = [  # state-owned JSC, plain B2B
    ("ОАО «РЖД»", "77", "rzd.ru"), ("АО «Почта России»", "77", "russianpost.ru"),
    ("АО «Мосводоканал»", "77", "mosvodokanal.ru"), ("ПАО «Ростелеком»", "78", "rt.ru"),
]
NONPROFITS = [
    ("ТСЖ «Северное Бутово 12»", "77", "tsg-sb12.ru", "homeowners_association"),
    ("ТСЖ «Радуга»", "16", "tsgraduga.ru", "homeowners_association"),
    ("АНО «Центр социальных программ»", "77", "csp-ano.ru", "nonprofit"),
    ("АНО ДПО «Академия бизнеса»", "78", "akadbiz.ru", "nonprofit"),
    ("Благотворительный фонд «Подари жизнь»", "77", "podari-zhizn.ru", "charity"),
    ("Благотворительный фонд «Вера»", "77", "hospicefund.ru", "charity"),
    ("Местная религиозная организация православный Приход храма Святителя Николая в Хамовниках",
     "77", "nikola-hamovniki.ru", "religious_org"),
]
PUBLIC = [  # (name, region, email, kind)
    ("ГБОУ «Школа № 1535»", "77", "1535@edu.mos.ru", "public_school"),
    ("ГБОУ Школа № 57", "77", "57@edu.mos.ru", "public_school"),
    ("ГБОУ «Школа № 2007 ФМШ»", "77", "2007@edu.mos.ru", "public_school"),
    ("МАОУ «Гимназия № 2» г. Красноярска", "24", "gim2@krasobr.ru", "public_school"),
    ("МБОУ «Лицей № 1» г. Перми", "59", "licey1@edu.perm.ru", "public_school"),
    ("МАДОУ «Детский сад № 39» г. Екатеринбурга", "66", "mdou39@eduekb.ru", "public_school"),
    ("МБОУ СОШ № 12 г. Новосибирска", "54", "sch_12@edu54.ru", "public_school"),
    ("ГБОУ «Лицей № 239» Центрального района Санкт-Петербурга", "78", "lyceum239@obr.gov.spb.ru", "public_school"),
    ("ГБУЗ «ГКБ № 52 ДЗМ»", "77", "gkb52@zdrav.mos.ru", "public_hospital"),
    ("ГБУЗ «ГКБ им. С.П. Боткина ДЗМ»", "77", "botkin@zdrav.mos.ru", "public_hospital"),
    ("ГАУЗ «Республиканская клиническая больница МЗ РТ»", "16", "rkb@tatar.ru", "public_hospital"),
    ("ФГБУ «НМИЦ онкологии им. Н.Н. Блохина» Минздрава России", "77", "zakupki@ronc.ru", "public_hospital"),
    ("ГБУЗ СО «Свердловская областная клиническая больница № 1»", "66", "okb1@egov66.ru", "public_hospital"),
    ("ФГБОУ ВО «МГТУ им. Н.Э. Баумана»", "77", "zakupki@bmstu.ru", "public_university"),
    ("ФГАОУ ВО «НИУ «Высшая школа экономики»»", "77", "tender@hse.ru", "public_university"),
    ("ФГАОУ ВО «Уральский федеральный университет имени первого Президента России Б.Н. Ельцина»",
     "66", "zakupki@urfu.ru", "public_university"),
    ("ГБУ «Жилищник района Хамовники»", "77", "gbu-hamovniki@mos.ru", "state_institution"),
    ("ГБУ «Жилищник района Марьино»", "77", "gbu-marino@mos.ru", "state_institution"),
    ("Управление Росреестра по Москве", "77", "77_upr@rosreestr.gov.ru", "government_agency"),
    ("ГУ МЧС России по Московской области", "50", "info@50.mchs.gov.ru", "government_agency"),
    ("Администрация города Тулы", "71", "info@cityadm.tula.ru", "municipality"),
    ("МКУ «Управление по делам ГО и ЧС города Новосибирска»", "54", "gochs@admnsk.ru", "municipal_institution"),
    ("ГУП «Московский метрополитен»", "77", "zakupki@mosmetro.ru", "state_unitary_enterprise"),
    ("ЕМУП «Водоканал»", "66", "info@vodokanalekb.ru", "municipal_unitary_enterprise"),
    ("ФГУП «ГРЧЦ»", "77", "zakupki@grfc.ru", "state_unitary_enterprise"),
    ("Отделение СФР по г. Москве и Московской области", "77", "info@77.sfr.gov.ru", "state_social_fund"),
]
INTERNATIONAL = [
    ("Региональная делегация Международного комитета Красного Креста в Москве", "77", "mos_moscou@icrc.org"),
    ("Представительство Управления Верховного комиссара ООН по делам беженцев в РФ", "77", "rusmo@unhcr.org"),
    ("Информационный центр ООН в Москве", "77", "unic.moscow@un.org"),
]
STATE_FUNDS = [  # founded by the state, registered as non-profits
    ("АНО «Россия — страна возможностей»", "77", "info@rsv.ru"),
    ("Фонд «Талант и успех»", "23", "info@sochisirius.ru"),
    ("АНО «Агентство стратегических инициатив по продвижению новых проектов»", "77", "info@asi.ru"),
]
GOV_MAIL = ["mos.ru", "gov.spb.ru", "nalog.gov.ru", "minfin.gov.ru", "mvd.ru", "rosreestr.gov.ru"]
CORP_MAIL = ["rzd.ru", "sberbank.ru", "nornik.ru", "gazprom-neft.ru", "rosatom.ru", "mts.ru"]

# ------------------------------------------------------------------ record plan
records = []  # dicts: label, amb, kind, country, buyer, inn, contact, goods, pay, op


def add(n, **kw):
    for _ in range(n):
        records.append(dict(kw))


def org_profile(name, region, domain, label, kind, amb, goods, inn_len=10, role=None):
    inn = ru_inn10(rng, region) if inn_len == 10 else ru_inn12(rng, region)
    local = role or rng.choice(["zakupki", "buh", "info", "office", "snab"])
    contact = domain if "@" in domain else f"{local}@{domain}"
    return dict(label=label, amb=amb, kind=kind, country="RU", buyer=name, inn=inn,
                contact=contact, goods=goods, pay="card")


plan = []
# anonymous / contact-only persons
for _ in range(66):
    sur, first, pat = person()
    c = free_email(sur, first) if rng.random() < 0.8 else phone()
    g = rng.choice(["household", "household", "electronics", "student", "office"])
    plan.append(dict(label="B2C", amb=False, kind="private_person", country="RU", buyer="",
                     inn="", contact=c, goods=g, pay=rng.choice(["card"] * 5 + ["cash"])))
# named persons
for i in range(22):
    sur, first, pat = person()
    style = rng.random()
    if style < 0.6:
        nm = f"{sur} {first} {pat}"
    elif style < 0.8:
        nm = f"{sur.upper()} {first[0]}.{pat[0]}."
    else:
        nm = f"{first} {sur}"
    plan.append(dict(label="B2C", amb=False, kind="private_person", country="RU", buyer=nm,
                     inn="", contact=free_email(sur, first), goods=rng.choice(["household", "electronics", "student"]),
                     pay=rng.choice(["card", "card", "cash"])))
for i in range(4):
    sur, first, pat = person()
    plan.append(dict(label="B2C", amb=False, kind="private_person", country="RU",
                     buyer=rng.choice(["Физическое лицо", "Частное лицо", "Розничный покупатель"]),
                     inn="", contact=phone(), goods="household", pay="cash"))
for i in range(3):  # returns by persons
    sur, first, pat = person()
    plan.append(dict(label="B2C", amb=False, kind="private_person_return", country="RU", buyer="",
                     inn="", contact=free_email(sur, first), goods="household", pay="card", op="return"))
# companies (some repeat buyers)
comp_pool = [org_profile(n, r, d, "B2B", "company", False, "office") for n, r, d in COMPANIES]
for i in range(38):
    p = dict(comp_pool[i % len(comp_pool)])
    p["goods"] = rng.choice(["office", "office", "electronics", "mixed"])
    plan.append(p)
for n, r, d in STATE_OWNED:
    plan.append(org_profile(n, r, d, "B2B", "state_owned_company", False, "office"))
# sole traders
for i in range(12):
    sur, first, pat = person()
    style = rng.random()
    nm = (f"ИП {sur} {first} {pat}" if style < 0.5 else
          f"ИП {sur} {first[0]}.{pat[0]}." if style < 0.8 else
          f"Индивидуальный предприниматель {sur} {first} {pat}")
    plan.append(dict(label="B2B", amb=False, kind="sole_trader", country="RU", buyer=nm,
                     inn=ru_inn12(rng, rng.choice(["77", "50", "78", "16", "66"])),
                     contact=free_email(sur, first), goods=rng.choice(["office", "electronics"]), pay="card"))
for n, r, d, k in NONPROFITS:
    plan.append(org_profile(n, r, d, "B2B", k, False, "office"))
# public bodies (26)
for n, r, e, k in PUBLIC:
    plan.append(org_profile(n, r, e, "B2G", k, False, rng.choice(["office", "electronics", "mixed"])))
# ---- ambiguous
for n, r, d in rng.sample(COMPANIES, 4):
    plan.append(org_profile(n, r, d, "B2B", "company_household_item", True, "one_household"))
for n, r, e, k in [PUBLIC[5], PUBLIC[6], PUBLIC[16]]:
    plan.append(org_profile(n, r, e, "B2G", k + "_household_item", True, "one_household"))
for i in range(3):
    sur, first, pat = person()
    plan.append(dict(label="B2B", amb=True, kind="sole_trader_personal_purchase", country="RU",
                     buyer=f"ИП {sur} {first} {pat}", inn=ru_inn12(rng, "77"),
                     contact=free_email(sur, first), goods="one_household_tv", pay="card"))
for i in range(4):
    sur, first, pat = person()
    plan.append(dict(label="B2C", amb=True, kind="person_gov_email", country="RU", buyer="", inn="",
                     contact=f"{tr(first)[0]}.{tr(sur)}@{rng.choice(GOV_MAIL)}", goods="one_household", pay="card"))
for i in range(3):
    sur, first, pat = person()
    plan.append(dict(label="B2C", amb=True, kind="person_company_email", country="RU", buyer="", inn="",
                     contact=f"{tr(sur)}.{tr(first)[0]}@{rng.choice(CORP_MAIL)}", goods="one_household", pay="card"))
for dom in ["stroytrest-nn.ru", "medlab-spb.ru", "transservis.ru"]:
    plan.append(dict(label="B2B", amb=True, kind="role_mailbox_no_buyer", country="RU", buyer="", inn="",
                     contact=f"zakupki@{dom}", goods="office", pay="card"))
for i in range(3):
    sur, first, pat = person()
    plan.append(dict(label="B2B", amb=True, kind="sole_trader_unmarked", country="RU",
                     buyer=f"{sur} {first} {pat}", inn=ru_inn12(rng, rng.choice(["50", "77", "63"])),
                     contact=free_email(sur, first), goods="office", pay="card"))
for n, r, e in INTERNATIONAL:
    plan.append(org_profile(n, r, e, "B2B", "international_org", True, "office"))
for n, r, e in STATE_FUNDS:
    plan.append(org_profile(n, r, e, "B2B", "state_founded_fund", True, rng.choice(["office", "electronics"])))
for i in range(3):
    plan.append(dict(label="B2B", amb=True, kind="thin_business_goods", country="RU", buyer="", inn="",
                     contact="", goods="business_only", pay="card"))

assert len(plan) == 214, len(plan)

# messiness: some organisation names in upper case / straight quotes / trailing spaces
for p in plan:
    b = p["buyer"]
    if b and p["label"] != "B2C" and not b.startswith("ИП") and rng.random() < 0.18:
        b = b.replace("«", '"').replace("»", '"')
        if rng.random() < 0.5:
            b = b.upper()
    if b and rng.random() < 0.08:
        b = b + " "
    p["buyer"] = b
# one INN with a typo (checksum fails) on a clear company
for p in plan:
    if p["kind"] == "company" and p["inn"]:
        p["inn"] = p["inn"][:-1] + str((int(p["inn"][-1]) + 3) % 10)
        break


def pick_items(goods):
    if goods == "one_household":
        return [(rng.choice([h for h in HOUSEHOLD if "Телевизор" not in h[0]]), 1)]
    if goods == "one_household_tv":
        return [(HOUSEHOLD[3], 1)]
    if goods == "business_only":
        return [(rng.choice(BUSINESS_ONLY), 1)]
    pool = {"office": OFFICE, "electronics": ELECTRONICS, "household": HOUSEHOLD,
            "student": STUDENT, "mixed": OFFICE + ELECTRONICS}[goods]
    n = rng.choice([1, 1, 2, 2, 3, 4]) if goods in ("office", "mixed") else rng.choice([1, 1, 1, 2])
    chosen = rng.sample(pool, min(n, len(pool)))
    org = goods in ("office", "mixed")
    out = []
    for it in chosen:
        lo, hi = it[2]
        q = rng.randint(lo, hi) if org else 1
        out.append((it, q))
    return out


rng.shuffle(plan)
start = dt.datetime(2024, 3, 1, 8, 0)
times = sorted(start + dt.timedelta(minutes=rng.randint(0, 91 * 24 * 60)) for _ in plan)
kkt = ["0492000000041723", "0492000000041988"]
lines = []
labels = []
fd = 18342
shift_of_day = {}
no_in_shift = {}
order_no = 104120
for p, t in zip(plan, times):
    fd += rng.randint(1, 4)
    order_no += rng.randint(1, 6)
    day = t.date()
    if day not in shift_of_day:
        shift_of_day[day] = 212 + len(shift_of_day)
        no_in_shift[day] = 0
    no_in_shift[day] += 1
    items = pick_items(p["goods"])
    total = round(sum(it[1] * q for it, q in items), 2)
    if p["kind"] in ("company", "public_school", "public_university") and rng.random() < 0.2:
        total = round(total * 0.95, 2)  # volume discount
    op_return = p.get("op") == "return"
    names = "[" + ", ".join(it[0] for it, q in items) + "]"
    pay_word = "Наличными" if p["pay"] == "cash" else "Безналичными"
    pay = f"[{pay_word}: {total:.2f}]"
    prepaid = p["pay"] == "card" and rng.random() < 0.7
    method = "Предоплата 100%" if prepaid else "Полный расчет"
    methods = "[" + ", ".join(method for _ in items) + "]"
    has_order = rng.random() < 0.65 and p["kind"] != "thin_business_goods"
    row = {
        "Идентификатор": f"ord_{order_no}" + ("_r" if op_return else ""),
        "№": str(no_in_shift[day]),
        "Смена": str(shift_of_day[day]),
        "Признак расчета": "Возврат прихода" if op_return else "Приход",
        "ФД": str(fd),
        "ФП": str(rng.randint(1000000000, 4294967295)),
        "СНО": "ОСН",
        "Контакт клиента": p["contact"],
        "Список предметов расчета": names,
        "Оплата": pay,
        "Сумма": money_comma(total),
        "Дата": t.strftime("%d.%m.%Y %H:%M"),
        "Идентификатор в пакете": "",
        "Статус": "Обработан",
        "Номер ККТ": kkt[fd % 2],
        "Группа кассы": "Main",
        "Наименование доп. реквизита пользователя": "Номер заказа" if has_order else "",
        "Значение доп. реквизита пользователя": str(order_no) if has_order else "",
        "Доп реквизит чека(БСО)": "",
        "Покупатель (клиент)": p["buyer"],
        "ИНН покупателя (клиента)": p["inn"],
        "Номер ТС": "",
        "Адрес расчетов": "https://kancpark.ru",
        "Место расчетов": "kancpark.ru",
        "Тип операции": "Возврат" if op_return else "Продажа",
        "Тип чека": "Чек",
        "Способ оплаты": methods,
        "ИНН поставщика": "",
        "Признак агента позиций": "",
        "Версия ФФД": "1.2",
    }
    for v in row.values():
        assert ";" not in v and "\n" not in v
    lines.append(";".join(row[h] for h in HEADER))
    labels.append(dict(label=p["label"], ambiguous=p["amb"], kind=p["kind"], country=p["country"]))

LAYOUTS.mkdir(parents=True, exist_ok=True)
with open(LAYOUTS / f"{LAYOUT_ID}.csv", "w", encoding="cp1251", newline="") as f:
    f.write(";".join(HEADER) + "\r\n")
    for ln in lines:
        f.write(ln + "\r\n")
write_labels(LAYOUT_ID, labels)

write_key(LAYOUT_ID, {
    "id": LAYOUT_ID,
    "system": "Orange Data (облачная онлайн-касса, orangedata.ru) - реестр чеков, выгрузка CSV из личного кабинета",
    "country": "RU",
    "language": "ru",
    "docs": [
        "Public code jamsys SpbMetroCheck ParseOrangeCsv.java (github, search corpus 'code'): the 30 column names "
        "of the Orange Data receipts CSV in order (Идентификатор ... Версия ФФД), ';' delimiter, Cp1251 charset, "
        "one header line skipped, date parsed as d.M.y H:m, list cells such as 'Список предметов расчета', "
        "'Оплата' and 'Способ оплаты' written as bracketed comma lists '[a, b]'.",
        "FFD tag tables in public cash-register SDKs (Orange Data/ATOL style models, search 'code'): tag 1227 "
        "'Покупатель (клиент)' and tag 1228 'ИНН покупателя (клиента)' 10 or 12 digits; tag 1008 buyer phone or e-mail; "
        "tag 1214 method of settlement (Полный расчет / Предоплата 100%).",
        "54-FZ (public knowledge): since 01.07.2021 buyer name and INN are required on receipts when an "
        "organisation or IP pays; online shops send e-receipts to the buyer's e-mail or phone.",
        "Not found in the corpora: the exact wording of cell values for 'Оплата', 'Статус', 'Тип операции', "
        "'Тип чека'; these are my plausible fillers."
    ],
    "fields": {
        "buyer": "Покупатель (клиент)",
        "product": "Список предметов расчета",
        "quantity": None,
        "amount": "Сумма",
        "tax_id": "ИНН покупателя (клиента)",
        "email": "Контакт клиента",
        "payment": "Оплата",
        "comment": None,
    },
    "also_ok": {"payment": ["Способ оплаты"]},
    "notes": "One line per receipt (record = receipt); no title or totals lines. Quantities are not exported: the item "
             "cell lists names only. 'Контакт клиента' holds an e-mail or a +7 phone. 'Признак расчета' = 'Возврат "
             "прихода' marks 3 refund receipts of private persons (labelled by the buyer). 'Значение доп. реквизита "
             "пользователя' holds the shop order number when 'Наименование доп. реквизита пользователя' = 'Номер "
             "заказа'. Amounts use a decimal comma; the 'Оплата' cell repeats the amount with a dot. Tax IDs are "
             "synthetic with valid check digits (one company INN deliberately carries a typo). Seller is invented "
             "(kancpark.ru); buyer organisation names are real Russian bodies and companies.",
})
print(LAYOUT_ID, len(lines))
