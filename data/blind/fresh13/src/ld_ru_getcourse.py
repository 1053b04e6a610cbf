"""ld_ru_getcourse_zakazy: GetCourse "Заказы" export of an online school (RU), CSV.

Seeded; rebuilds layouts/ld_ru_getcourse_zakazy.csv and its key files exactly.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ld_common import LAYOUTS, lab, ru_inn10, ru_inn12, ru_inn_valid, write_key  # noqa: E402

ID = "ld_ru_getcourse_zakazy"
rng = random.Random(130101)

HEADER = [
    "ID заказа", "Номер", "ID пользователя", "Пользователь", "Email", "Телефон",
    "Дата создания", "Дата оплаты", "Title", "Статус", "Стоимость, RUB", "Оплачено",
    "Получено", "Валюта", "Менеджер", "Город", "Платежная система", "ID партнера",
    "ФИО партнера пользователя", "Промокод", "Состав заказа", "utm_source", "utm_medium",
    "utm_campaign", "Название организации", "ИНН организации", "Комментарий к заказу",
]

# ------------------------------------------------------------------ catalogue
OFFERS = {
    "fgos": ("Курс повышения квалификации «Обновлённые ФГОС НОО и ООО: требования и практика», 72 ч", 2900),
    "fg": ("Курс повышения квалификации «Формирование функциональной грамотности школьников», 36 ч", 1490),
    "pp": ("Курс «Оказание первой помощи в образовательной организации», 16 ч", 990),
    "ot": ("Курс «Охрана труда для руководителей и специалистов», 40 ч", 3500),
    "44fz": ("Курс повышения квалификации «Контрактная система в сфере закупок (44-ФЗ)», 144 ч", 9800),
    "223web": ("Вебинар «Изменения в 223-ФЗ в 2024 году: разбор для заказчиков»", 1990),
    "buh": ("Профессиональная переподготовка «Бухгалтерский учёт в бюджетных учреждениях», 256 ч", 24900),
    "1c": ("Курс «1С:Бухгалтерия 8.3 с нуля до уверенного пользователя»", 7990),
    "excel": ("Курс «Excel для экономистов: продвинутый уровень»", 4490),
    "ai": ("Курс «Нейросети для маркетолога: ChatGPT, Midjourney, YandexGPT»", 14900),
    "eng": ("Английский для взрослых: групповой курс, 3 месяца", 18000),
    "ege": ("Годовой курс подготовки к ЕГЭ по математике (профиль)", 32000),
    "oge": ("Курс подготовки к ОГЭ по русскому языку, 9 класс", 12900),
    "sketch": ("Курс «Скетчинг для начинающих»", 2990),
    "bake": ("Мастер-класс «Домашняя выпечка: хлеб на закваске и круассаны»", 3490),
    "parent": ("Курс «Психология родительства: кризисы 3, 7 и 13 лет»", 5900),
    "ppdl": ("Курс «Логопедический массаж» для педагогов и родителей", 6500),
    "hr": ("Курс «Кадровое делопроизводство и воинский учёт», 72 ч", 5400),
    "lic25": ("Корпоративная лицензия «Первая помощь» на 25 слушателей", 19800),
    "otgr": ("Корпоративное обучение «Охрана труда», группа до 10 человек", 29000),
}
TEACHER = ["fgos", "fg", "pp", "ppdl", "fgos", "fg"]
PERSONAL = ["eng", "ege", "oge", "sketch", "bake", "parent", "1c", "excel", "ai", "eng", "ege", "sketch"]
ORG_STAFF = ["ot", "44fz", "buh", "hr", "pp", "1c", "excel", "otgr", "fgos"]

# ------------------------------------------------------------------ people
M_FIRST = ["Александр", "Дмитрий", "Сергей", "Андрей", "Алексей", "Максим", "Иван", "Михаил", "Евгений",
           "Николай", "Артём", "Владимир", "Павел", "Роман", "Олег", "Игорь", "Денис", "Кирилл"]
F_FIRST = ["Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Анна", "Мария", "Юлия", "Екатерина",
           "Марина", "Галина", "Людмила", "Анастасия", "Оксана", "Валентина", "Дарья", "Ксения", "Надежда",
           "Лариса", "Вера", "Алёна", "Гульнара", "Эльвира"]
SURN = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков",
        "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов",
        "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв",
        "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Фролов", "Дмитриев", "Гусев",
        "Киселёв", "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев",
        "Антонов", "Тарасов", "Жуков", "Баранов", "Комаров", "Давыдов", "Беляев", "Богданов", "Осипов",
        "Сидоров", "Матвеев", "Галиев", "Сафин", "Хабибуллин", "Гарипов", "Шевченко", "Ковальчук", "Ким"]
PATR_M = ["Александрович", "Сергеевич", "Владимирович", "Николаевич", "Андреевич", "Петрович", "Викторович",
          "Игоревич", "Юрьевич", "Михайлович"]
PATR_F = ["Александровна", "Сергеевна", "Владимировна", "Николаевна", "Андреевна", "Петровна", "Викторовна",
          "Игоревна", "Юрьевна", "Михайловна", "Олеговна", "Рашидовна"]
TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
              ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
               "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
FREEMAIL = ["mail.ru"] * 5 + ["yandex.ru"] * 4 + ["gmail.com"] * 2 + ["bk.ru", "inbox.ru", "list.ru", "ya.ru", "rambler.ru"]
CITIES = ["Москва", "Москва", "Санкт-Петербург", "Екатеринбург", "Новосибирск", "Казань", "Нижний Новгород",
          "Пермь", "Вологда", "Тула", "Сургут", "Уфа", "Краснодар", "Самара", "Челябинск", "Воронеж", "Тюмень",
          "Иркутск", "Ярославль", "Ростов-на-Дону", "", ""]


def tr(s: str) -> str:
    return "".join(TR.get(c, c) for c in s.lower())


def fem(surname: str) -> str:
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    return surname


class Person:
    def __init__(self, female: bool | None = None):
        self.female = rng.random() < 0.68 if female is None else female
        self.first = rng.choice(F_FIRST if self.female else M_FIRST)
        s = rng.choice(SURN)
        self.last = fem(s) if self.female else s
        self.patr = rng.choice(PATR_F if self.female else PATR_M)

    def display(self) -> str:
        r = rng.random()
        if r < 0.50:
            v = f"{self.first} {self.last}"
        elif r < 0.68:
            v = f"{self.last} {self.first} {self.patr}"
        elif r < 0.76:
            v = f"{self.last} {self.first}"
        elif r < 0.82:
            v = f"{self.last}, {self.first}"
        elif r < 0.88:
            v = self.first
        elif r < 0.93:
            v = f"{self.first} {self.last}".upper()
        else:
            v = f"{self.first.lower()} {self.last.lower()}"
        if rng.random() < 0.07:
            v += " "
        return v

    def email(self, domain: str | None = None) -> str:
        d = domain or rng.choice(FREEMAIL)
        f, l = tr(self.first), tr(self.last)
        pat = rng.choice([f"{l}.{f[0]}", f"{f}.{l}", f"{l}{rng.randint(70, 99)}", f"{f}{l[0]}{rng.randint(1, 999)}",
                          f"{l}_{f}", f"{f[0]}{l}"])
        return f"{pat}@{d}"


def phone() -> str:
    code = rng.choice(["916", "926", "903", "905", "912", "919", "921", "950", "960", "977", "982", "987", "999"])
    n = f"{rng.randint(0, 9999999):07d}"
    r = rng.random()
    if r < 0.55:
        return f"+7{code}{n}"
    if r < 0.80:
        return f"8{code}{n}"
    if r < 0.95:
        return f"+7 ({code}) {n[:3]}-{n[3:5]}-{n[5:]}"
    return ""


def money(v: float) -> str:
    whole = int(v)
    frac = round((v - whole) * 100)
    s = f"{whole:,}".replace(",", " ")
    if frac:
        s += f",{frac:02d}"
    return s + " руб."


# ------------------------------------------------------------------ buyers
class Org:
    def __init__(self, name, region, label, kind, email=None, kpp=None, comment_kind=None, ambiguous=False,
                 inn=None, city=""):
        self.name, self.label, self.kind, self.ambiguous = name, label, kind, ambiguous
        self.inn = inn or ru_inn10(rng, region)
        assert ru_inn_valid(self.inn), (name, self.inn)
        self.kpp = kpp or (self.inn[:4] + "01001")
        self.email = email
        self.comment_kind = comment_kind
        self.contact = Person()
        self.city = city


B2G_ORGS = [
    Org("МБОУ «Средняя общеобразовательная школа № 17» г. Вологды", "35", "B2G", "municipal_school",
        "school17-vologda@yandex.ru", city="Вологда"),
    Org("ГБОУ «Школа № 1535»", "77", "B2G", "state_school", "1535@edu.mos.ru", city="Москва"),
    Org("МАДОУ г. Нижневартовска ДС № 48 «Улыбка»", "86", "B2G", "municipal_kindergarten", "ds48nv@mail.ru",
        city="Нижневартовск"),
    Org("МАОУ «Лицей № 2» г. Перми", "59", "B2G", "municipal_school", "licey2@perm.ru", city="Пермь"),
    Org("ГБУЗ «Городская клиническая больница № 52 ДЗМ»", "77", "B2G", "public_hospital", "gkb52@zdrav.mos.ru",
        city="Москва"),
    Org("ГАУЗ «Республиканская клиническая больница МЗ РТ»", "16", "B2G", "public_hospital", "rkb.ok@tatar.ru",
        city="Казань"),
    Org("ГБПОУ «Колледж связи № 54» имени П.М. Вострухина", "77", "B2G", "public_college", "ks54@edu.mos.ru",
        city="Москва"),
    Org("МКУ «Управление образования Администрации г. Сургута»", "86", "B2G", "municipal_agency",
        "uo@admsurgut.ru", city="Сургут"),
    Org("Администрация Краснооктябрьского сельского поселения", "34", "B2G", "municipality",
        "adm-krasnooktyabr@volganet.ru"),
    Org("ФГБОУ ВО «Уральский государственный экономический университет»", "66", "B2G", "public_university",
        "ok@usue.ru", city="Екатеринбург"),
    Org("ФКУ «ГБ МСЭ по Свердловской области» Минтруда России", "66", "B2G", "federal_agency",
        "gbmse66@fss.gov.ru", city="Екатеринбург"),
    Org("ГКУ «Центр занятости населения города Москвы»", "77", "B2G", "regional_agency", "czn@mos.ru", city="Москва"),
    Org("МБУК «Централизованная библиотечная система» г. Тулы", "71", "B2G", "municipal_institution",
        "cbs-tula@tularegion.org", city="Тула"),
    Org("ГАУ ДПО «Институт развития образования Республики Башкортостан»", "02", "B2G",
        "state_autonomous_institution_223fz", "irorb@irorb.ru", comment_kind="223", city="Уфа"),
    Org("МУП «Водоканал» г. Череповца", "35", "B2G", "municipal_unitary_enterprise", "ok@vodokanal35.ru",
        city="Череповец"),
    Org("ФГУП «Охрана» Росгвардии", "77", "B2G", "federal_unitary_enterprise", "uc@ohrana.ru", city="Москва"),
    Org("МБДОУ «Детский сад № 112» г. Воронежа", "36", "B2G", "municipal_kindergarten", "dou112@vrn.ru",
        city="Воронеж"),
    Org("ГБУ СО «КЦСОН Октябрьского района города Екатеринбурга»", "66", "B2G", "regional_social_institution",
        "kcson-okt@egov66.ru", city="Екатеринбург"),
]
B2B_ORGS = [
    Org("ООО «СтройИнвестГрупп»", "78", "B2B", "company", "buh@sigroup.ru", city="Санкт-Петербург"),
    Org("ООО «Вкусвилл»", "77", "B2B", "company", "edu@vkusvill.ru", city="Москва"),
    Org("АНО ДПО «Центр профессионального образования «Развитие»", "52", "B2B", "nonprofit", "info@cpo-razvitie.ru",
        city="Нижний Новгород"),
    Org("ЧОУ «Школа «Перспектива»", "54", "B2B", "private_school", "perspektiva.nsk@mail.ru", city="Новосибирск"),
    Org("ТСЖ «Дом на Набережной»", "63", "B2B", "homeowners_association", "tsj.naberezhnaya@yandex.ru",
        city="Самара"),
    Org("ООО «Клиника доктора Кима»", "23", "B2B", "private_clinic", "admin@drkim-clinic.ru", city="Краснодар"),
    Org("ООО «ТехноПром-Урал»", "74", "B2B", "company", "hr@tpural.ru", city="Челябинск"),
    Org("ЗАО «Агрофирма «Рассвет»", "61", "B2B", "company", "agro-rassvet@mail.ru", city="Ростов-на-Дону"),
    Org("ООО «ЛогистикПлюс»", "72", "B2B", "company", "office@logplus72.ru", city="Тюмень"),
    Org("Местная религиозная организация православный Приход храма Святителя Николая", "76", "B2B",
        "religious_organisation", "hram.nikolaya@yandex.ru", city="Ярославль"),
]
STATE_CO = [  # state-owned companies buying under 223-ФЗ
    Org("ОАО «РЖД»", "77", "B2B", "state_owned_company_223fz", "cdzv-ok@center.rzd.ru", ambiguous=True,
        inn="7708503727", city="Москва"),
    Org("АО «Почта России»", "77", "B2B", "state_owned_company_223fz", "zakupki.ufps66@russianpost.ru",
        ambiguous=True, inn="7724490000", city="Екатеринбург"),
    Org("ПАО «Россети Центр»", "69", "B2B", "state_owned_company_223fz", "oot@mrsk-1.ru", ambiguous=True,
        city="Тверь"),
    Org("ПАО «Ростелеком»", "77", "B2B", "state_owned_company_223fz", "uc-zakupki@rt.ru", ambiguous=True,
        inn="7707049388", city="Москва"),
]
FUNDS = [
    Org("АНО «Россия — страна возможностей»", "77", "B2B", "state_founded_nonprofit", "edu@rsv.ru",
        ambiguous=True, city="Москва"),
    Org("Фонд «Талант и успех»", "23", "B2B", "state_founded_fund", "personal@sochisirius.ru", ambiguous=True,
        city="Сочи"),
]


def ip_name(p: Person) -> str:
    return f"ИП {p.last} {p.first} {p.patr}"


# ------------------------------------------------------------------ orders
START = dt.datetime(2024, 1, 9, 8, 0)
orders: list[tuple[dict, dict]] = []
next_id = [31845120]
next_num = [10211]
user_ids: dict[str, int] = {}


def uid(key: str) -> int:
    if key not in user_ids:
        user_ids[key] = 148730000 + rng.randint(0, 9_999_999)
    return user_ids[key]


def when() -> dt.datetime:
    return START + dt.timedelta(minutes=rng.randint(0, 325 * 24 * 60), seconds=rng.randint(0, 59))


def utm() -> tuple[str, str, str]:
    r = rng.random()
    if r < 0.35:
        return "", "", ""
    src = rng.choice(["yandex", "vk", "telegram", "email", "yandex", "dzen"])
    med = {"yandex": "cpc", "vk": "post", "telegram": "channel", "email": "rassylka", "dzen": "article"}[src]
    camp = rng.choice(["pk_pedagog_2024", "ege_autumn", "ot_rukovod", "eng_start", "webinar_223", "sale_black_friday"])
    return src, med, camp


def add(row: dict, label: dict) -> None:
    base = {h: "" for h in HEADER}
    base.update(row)
    orders.append((base, label))


def order_core(offer_key: str, qty: int = 1, status: str | None = None, pay: str | None = None,
               created: dt.datetime | None = None, promo: bool = True) -> dict:
    title, price = OFFERS[offer_key]
    created = created or when()
    status = status or rng.choices(["Завершен", "Новый", "Ожидаем оплаты", "Отменен", "Частично оплачен"],
                                   [82, 5, 6, 5, 2])[0]
    total = price * qty
    disc_code = ""
    if promo and rng.random() < 0.12 and qty == 1:
        disc_code = rng.choice(["PEDAGOG15", "SEPT10", "FRIEND500", "BLACK25"])
        total = {"PEDAGOG15": round(total * 0.85), "SEPT10": round(total * 0.9),
                 "FRIEND500": total - 500, "BLACK25": round(total * 0.75)}[disc_code]
    pay = pay or rng.choice(["Get Оплата", "ЮKassa", "Тинькофф", "Продамус", "СБП", "Get Оплата"])
    paid = total if status == "Завершен" else (round(total / 2) if status == "Частично оплачен" else 0)
    fee = 0 if pay == "Оплата по счету" else round(paid * rng.choice([0.028, 0.032, 0.035, 0.039]), 2)
    paydate = ""
    if paid:
        paydate = (created + dt.timedelta(minutes=rng.randint(2, 60 * 24 * (9 if pay == "Оплата по счету" else 1)),
                                          seconds=rng.randint(0, 59)))
        paydate = paydate.strftime("%Y-%m-%d %H:%M:%S")
    src, med, camp = utm()
    comp = title if qty == 1 else f"{title} × {qty}"
    r = {
        "ID заказа": str(next_id[0]), "Номер": str(next_num[0]),
        "Дата создания": created.strftime("%Y-%m-%d %H:%M:%S"), "Дата оплаты": paydate,
        "Title": title, "Статус": status, "Стоимость, RUB": money(total), "Оплачено": money(paid),
        "Получено": money(paid - fee), "Валюта": "RUB",
        "Менеджер": rng.choice(["", "", "", "Анна Кравец", "Илья Сомов"]),
        "Платежная система": pay if (paid or status in ("Ожидаем оплаты", "Новый") and pay == "Оплата по счету") else
        (pay if rng.random() < 0.4 else ""),
        "Промокод": disc_code, "Состав заказа": comp,
        "utm_source": src, "utm_medium": med, "utm_campaign": camp,
    }
    if rng.random() < 0.08:
        r["ID партнера"] = str(rng.randint(120000000, 159999999))
        r["ФИО партнера пользователя"] = rng.choice(["Марина Лисицына", "Методический центр «Учитель.PRO»",
                                                      "Олег Карпов"])
    next_id[0] += rng.randint(3, 410)
    next_num[0] += rng.randint(1, 9)
    return r


def person_row(p: Person, email: str | None = None, city: str | None = None) -> dict:
    e = email if email is not None else p.email()
    return {"ID пользователя": str(uid(e or p.last + p.first)), "Пользователь": p.display(), "Email": e,
            "Телефон": phone(), "Город": rng.choice(CITIES) if city is None else city}


def ikz(inn: str, kpp: str) -> str:
    code = f"24{inn}{kpp}0{rng.randint(1, 3):03d}{rng.randint(1, 140):04d}8542244"
    assert len(code) == 36, code
    return code


def b2g_comment(o: Org, qty: int) -> str:
    r = rng.random()
    if o.comment_kind == "223":
        return rng.choice([f"Закупка у единственного поставщика по 223-ФЗ, договор № {rng.randint(10, 99)}-ДПО/24",
                           "Положение о закупке ГАУ (223-ФЗ), п. 12.3 — закупка у ед. поставщика"])
    if r < 0.30:
        return (f"Договор № {rng.randint(11, 140)}/ПК-2024 от {rng.randint(1, 28):02d}.{rng.randint(1, 11):02d}.2024, "
                f"оплата по счёту в течение 7 раб. дней (п.4 ч.1 ст.93 44-ФЗ)")
    if r < 0.45:
        return f"Контракт по 44-ФЗ, ИКЗ {ikz(o.inn, o.kpp)}"
    if r < 0.65 and qty > 1:
        return f"Счёт на {qty} сотрудников, закрывающие: акт + удостоверения. КПП {o.kpp}"
    if r < 0.80:
        return f"Оплата по счёту, КПП {o.kpp}, лицевой счёт в УФК"
    return ""


# --- B2G: public bodies paying by invoice, several repeat orders
for o in B2G_ORGS:
    n = rng.choice([2, 2, 3, 3, 3]) if o.kind != "federal_unitary_enterprise" else 1
    for _ in range(n):
        if "school" in o.kind or "kindergarten" in o.kind or o.kind == "public_college":
            off = rng.choice(TEACHER + ["pp", "ot", "fgos"])
        elif o.kind == "state_autonomous_institution_223fz":
            off = rng.choice(["44fz", "223web", "buh"])
        else:
            off = rng.choice(ORG_STAFF)
        qty = 1 if off in ("otgr", "lic25", "buh") else rng.choice([1, 1, 2, 3, 4, 6])
        st = rng.choices(["Завершен", "Ожидаем оплаты", "Отменен"], [85, 10, 5])[0]
        row = order_core(off, qty=qty, status=st, pay="Оплата по счету", promo=False)
        contact = Person()
        row.update(person_row(contact, email=o.email if rng.random() < 0.8 else contact.email(), city=o.city))
        row["Название организации"] = o.name if rng.random() < 0.93 else o.name.upper()
        row["ИНН организации"] = o.inn
        row["Комментарий к заказу"] = b2g_comment(o, qty)
        add(row, lab("B2G", o.kind, "RU"))

# --- B2B: companies, non-profits, private schools paying by invoice
for o in B2B_ORGS:
    for _ in range(rng.choice([1, 2, 2, 3])):
        off = rng.choice(ORG_STAFF + (["ai", "excel"] if o.kind == "company" else []))
        qty = 1 if off in ("otgr", "lic25", "buh") else rng.choice([1, 1, 2, 3, 5])
        row = order_core(off, qty=qty, status=rng.choices(["Завершен", "Ожидаем оплаты"], [90, 10])[0],
                         pay="Оплата по счету", promo=False)
        contact = Person()
        row.update(person_row(contact, email=o.email if rng.random() < 0.7 else contact.email(), city=o.city))
        row["Название организации"] = o.name
        row["ИНН организации"] = o.inn
        row["Комментарий к заказу"] = rng.choice(["", "", "Нужны закрывающие документы (акт, счёт-фактура не нужна — УСН)",
                                                 f"Счёт и акт на организацию, КПП {o.kpp}", "Оплата по договору-оферте",
                                                 "Обучение сотрудников, удостоверения отправить СДЭКом в офис"])
        add(row, lab("B2B", o.kind, "RU"))

# --- sole proprietors buying a work course by invoice (plain B2B)
for _ in range(6):
    p = Person()
    row = order_core(rng.choice(["ai", "1c", "excel", "hr", "ot"]), pay="Оплата по счету",
                     status="Завершен", promo=False)
    row.update(person_row(p))
    row["Название организации"] = ip_name(p) if rng.random() < 0.8 else ip_name(p).upper()
    row["ИНН организации"] = ru_inn12(rng, rng.choice(["50", "77", "66", "16", "54"]))
    row["Комментарий к заказу"] = rng.choice(["", "Акт на ИП", "Прошу выставить счёт на ИП"])
    add(row, lab("B2B", "sole_trader", "RU"))

# --- state-owned companies under 223-FZ (B2B, ambiguous)
for o in STATE_CO:
    for _ in range(rng.choice([1, 2])):
        row = order_core(rng.choice(["ot", "otgr", "lic25", "223web", "44fz"]), pay="Оплата по счету",
                         status="Завершен", promo=False)
        c = Person()
        row.update(person_row(c, email=o.email, city=o.city))
        row["Название организации"] = o.name
        row["ИНН организации"] = o.inn
        row["Комментарий к заказу"] = rng.choice([
            f"Закупка у единственного поставщика по 223-ФЗ, № {rng.randint(1000, 9999)}/ЗКТЭ-ЦДЗ/24",
            f"Договор по 223-ФЗ, извещение № 32413{rng.randint(100000, 999999)}",
            "Оплата в течение 15 раб. дней согласно Положению о закупке (223-ФЗ)"])
        add(row, lab("B2B", o.kind, "RU", ambiguous=True))

# --- state-founded non-profits (B2B, ambiguous)
for o in FUNDS:
    row = order_core(rng.choice(["otgr", "hr", "excel"]), pay="Оплата по счету", status="Завершен", promo=False)
    c = Person()
    row.update(person_row(c, email=o.email, city=o.city))
    row["Название организации"] = o.name
    row["ИНН организации"] = o.inn
    row["Комментарий к заказу"] = "Оплата по счёту, договор на оказание образовательных услуг"
    add(row, lab("B2B", o.kind, "RU", ambiguous=True))

# --- sole trader paying a hobby/household-type course by personal card (B2B, ambiguous)
for off in ["sketch", "bake"]:
    p = Person()
    row = order_core(off, pay=rng.choice(["Тинькофф", "ЮKassa"]), status="Завершен")
    row.update(person_row(p))
    row["Название организации"] = ip_name(p)
    row["ИНН организации"] = ru_inn12(rng, "78")
    add(row, lab("B2B", "sole_trader_personal_card", "RU", ambiguous=True))

# --- a person pays a company's invoice from a personal card (B2B, ambiguous)
for comp in ["ООО «Альфа-Строй»", "ООО «Салон красоты «Мирра»", "ООО «Айти Решения»"]:
    p = Person()
    inn = ru_inn10(rng, rng.choice(["77", "78", "50"]))
    row = order_core(rng.choice(["ai", "excel", "hr"]), pay=rng.choice(["Тинькофф", "Get Оплата"]), status="Завершен")
    row.update(person_row(p))
    row["Название организации"] = comp
    row["ИНН организации"] = inn
    row["Комментарий к заказу"] = f"Оплачиваю с личной карты, акт и счёт выставить на {comp}, ИНН {inn}"
    add(row, lab("B2B", "person_pays_company_invoice", "RU", ambiguous=True))

# --- private person states business use (B2B, ambiguous)
for txt, off in [("Курс беру для работы — веду бухгалтерию нескольких клиентов, нужен акт", "1c"),
                 ("Для работы в моём салоне, нужен закрывающий документ", "ai")]:
    p = Person()
    row = order_core(off, pay="Get Оплата", status="Завершен")
    row.update(person_row(p))
    row["Комментарий к заказу"] = txt
    add(row, lab("B2B", "private_person_business_purpose", "RU", ambiguous=True))

# --- company buys one household-type course for one person (B2B, ambiguous)
for comp, off in [("ООО «Пекарня «Колосок»", "parent"), ("ООО «ТехноПром-Урал»", "bake")]:
    p = Person()
    row = order_core(off, pay="Оплата по счету", status="Завершен", promo=False)
    row.update(person_row(p))
    row["Название организации"] = comp
    row["ИНН организации"] = B2B_ORGS[6].inn if "ТехноПром" in comp else ru_inn10(rng, "74")
    add(row, lab("B2B", "company_household_item", "RU", ambiguous=True))

# --- person with a government / corporate e-mail buying a hobby course by card (B2C, ambiguous)
for dom in ["gov.spb.ru", "mos.ru", "sberbank.ru", "tatar.ru"]:
    p = Person()
    row = order_core(rng.choice(["sketch", "bake", "eng", "parent"]), pay=rng.choice(["Тинькофф", "ЮKassa", "СБП"]),
                     status="Завершен")
    e = f"{tr(p.last)}.{tr(p.first)[0]}{tr(p.patr)[0]}@{dom}"
    row.update(person_row(p, email=e))
    add(row, lab("B2C", "person_with_gov_or_company_email", "RU", ambiguous=True))

# --- thin records: e-mail only (B2C, ambiguous)
for off in ["eng", "ege"]:
    row = order_core(off, status="Новый")
    row["Платежная система"] = ""
    e = f"{rng.choice(['sunny', 'kotik', 'mama.vani', 'nastya'])}{rng.randint(1990, 2012)}@{rng.choice(FREEMAIL)}"
    row.update({"ID пользователя": str(uid(e)), "Email": e})
    add(row, lab("B2C", "thin_record", "RU", ambiguous=True))

# --- private person buying 25 licences by card (B2C, ambiguous: volume)
p = Person(female=True)
row = order_core("lic25", pay="Тинькофф", status="Завершен", promo=False)
row.update(person_row(p))
add(row, lab("B2C", "private_person_volume", "RU", ambiguous=True))

# --- private persons (teachers for themselves, parents, hobby)
n_b2c = 200 - len(orders) - 4
for i in range(n_b2c):
    p = Person()
    r = rng.random()
    off = rng.choice(TEACHER) if r < 0.35 else rng.choice(PERSONAL)
    if rng.random() < 0.03:
        off = "223web"  # a private person attends a webinar about 223-ФЗ: product alone decides nothing
    row = order_core(off)
    row.update(person_row(p))
    if rng.random() < 0.06:
        row["Комментарий к заказу"] = rng.choice(["Подарок дочери", "Можно оплатить долями?",
                                                 "Удостоверение прислать на почту", "для себя"])
    add(row, lab("B2C", "private_person", "RU"))

# --- foreign private persons (KZ / BY)
for cc, city, ph in [("KZ", "Алматы", "+7 701"), ("KZ", "Астана", "+7 747"), ("BY", "Минск", "+375 29"),
                     ("BY", "Гомель", "+375 44")]:
    p = Person()
    row = order_core(rng.choice(PERSONAL), pay="Продамус", status="Завершен")
    row.update(person_row(p, city=city))
    row["Телефон"] = f"{ph} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    add(row, lab("B2C", "private_person_foreign", cc))

# ------------------------------------------------------------------ write
orders.sort(key=lambda t: t[0]["Дата создания"], reverse=True)
# ids grow with creation date in GetCourse: renumber in date order
for i, (r, _) in enumerate(sorted(orders, key=lambda t: t[0]["Дата создания"])):
    r["ID заказа"] = str(31845120 + i * 37 + (i * 7919) % 29)
    r["Номер"] = str(10211 + i * 3 + (i * 31) % 3)

LAYOUTS.mkdir(parents=True, exist_ok=True)
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
w.writerow(HEADER)
for r, _ in orders:
    w.writerow([r[h] for h in HEADER])
(LAYOUTS / f"{ID}.csv").write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))

META = {
    "system": "GetCourse (getcourse.ru) — раздел «Заказы», выгрузка списка заказов (экспорт заказов) онлайн-школы",
    "country": "RU",
    "language": "ru",
    "docs": [
        "getcourse.ru/help/api — экспорт заказов (deals) через /pl/api/account/deals и /pl/api/account/exports/{id}: "
        "ответ содержит info.fields (названия колонок) и info.items (строки-массивы), один заказ на строку",
        "публичный код, разбирающий эту выгрузку (GitHub), даёт русские названия колонок и их порядок: «ID заказа», "
        "«Номер», «ID пользователя», «Пользователь», «Email», «Телефон», «Дата создания», «Дата оплаты», «Title», "
        "«Статус», «Стоимость, RUB» (индекс 10), «Оплачено», «Получено», «Валюта», «Город», «Платежная система», "
        "«ID партнера», «ФИО партнера пользователя», «Состав заказа», utm_*; даты вида YYYY-MM-DD HH:MM:SS; суммы с "
        "пробелами и запятой как разделителем дроби (русская локаль)",
        "getcourse.ru/blog/275988 (Список заказов) — статусы заказа, ручные платежи, менеджер заказа",
        "Не найдено в документации: разделитель и кодировка CSV-файла из интерфейса — выбраны ';' и UTF-8 с BOM, "
        "как у скачиваемого из веб-интерфейса CSV для Excel; дополнительные поля заказа «Название организации», "
        "«ИНН организации», «Комментарий к заказу» — пользовательские доп. поля заказа, которые школы добавляют для "
        "оплаты юрлицами (GetCourse выгружает доп. поля последними колонками)",
    ],
    "fields": {"buyer": "Пользователь", "product": "Title", "quantity": None, "amount": "Стоимость, RUB",
               "tax_id": "ИНН организации", "email": "Email", "payment": "Платежная система",
               "comment": "Комментарий к заказу"},
    "also_ok": {"buyer": ["Название организации"], "product": ["Состав заказа"], "amount": ["Оплачено", "Получено"]},
    "notes": ("CSV, ';' delimiter, every field quoted, UTF-8 with BOM, CRLF. One row per order (GetCourse deal); no "
              "title or totals lines. 'Пользователь' is the GetCourse user (contact person), the paying organisation, "
              "when any, is in the custom order fields 'Название организации' / 'ИНН организации'. Money cells are "
              "text like '12 900 руб.' (space thousands separator, comma decimals). 'Состав заказа' shows '× N' when "
              "an organisation bought seats for several staff. 'Оплата по счету' = bank transfer against an invoice. "
              "Cancelled and unpaid orders are kept (labelled by buyer). Sorted newest first."),
}
labels = [lb for _, lb in orders]
write_key(ID, META, labels)
if __name__ == "__main__":
    from collections import Counter
    print(ID, len(orders), Counter(l["label"] for l in labels), sum(l["ambiguous"] for l in labels))
