"""Контур.Диадок: реестр исходящих документов (CSV, cp1251, «;») of a Moscow office-supply wholesaler.

Rebuilds layouts/hd_ru_diadoc_reestr_iskhodyashchikh.csv and its key. Seeded; run twice -> same bytes.
"""
import csv
import io
import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hd_common import LAYOUTS, ru_inn10, ru_inn12, seeded_uuid, write_labels, write_key, summary  # noqa: E402

LID = "hd_ru_diadoc_reestr_iskhodyashchikh"
rng = random.Random(20250610)

BOX = seeded_uuid(rng)  # our own Diadoc box id appears in every link

# ---------------------------------------------------------------- goods and services
HOUSEHOLD = [  # single household items (the "one kettle" / "air conditioner" case)
    ("Чайник электрический Polaris PWK 1725CGL", 2490),
    ("Микроволновая печь Samsung MS23K3614AW", 11990),
    ("Кондиционер Haier HSU-09HPL03/R3 с монтажом", 42900),
    ("Телевизор Samsung UE43CU7100U", 38990),
    ("Холодильник Indesit ITS 4180 W", 36990),
    ("Кофемашина De'Longhi Magnifica S ECAM22.110.B", 45990),
    ("Пылесос Tefal TW2947EA", 9990),
    ("Обогреватель масляный Ballu Classic BOH/CL-07", 4590),
]
OFFICE = [
    ("Бумага SvetoCopy A4 80 г/м2, 500 л.", 389, (20, 400)),
    ("Бумага Снегурочка A4 80 г/м2, 500 л.", 365, (20, 300)),
    ("Картридж HP 59A CF259A", 7450, (2, 30)),
    ("Картридж Kyocera TK-1170", 5120, (2, 24)),
    ("Ручка шариковая BRAUBERG синяя", 18, (50, 1000)),
    ("Папка-регистратор 75 мм Attache", 189, (10, 200)),
    ("Скрепки 28 мм, 100 шт.", 32, (20, 300)),
    ("Блок для записей 9x9x9 Attache", 96, (10, 150)),
    ("Степлер №24/6 Attache", 215, (5, 60)),
    ("Тетрадь 48 л. клетка Hatber", 46, (50, 800)),
    ("Маркер для доски Edding 360", 124, (10, 200)),
]
HYGIENE = [
    ("Полотенца бумажные Tork H3 Universal 250 л.", 168, (20, 400)),
    ("Туалетная бумага Tork T4 Advanced 2-сл.", 52, (50, 1200)),
    ("Мыло жидкое Grass Milana 5 л", 540, (4, 60)),
    ("Средство дезинфицирующее Ника-Хлор, 300 таб.", 610, (5, 80)),
    ("Перчатки нитриловые Benovy, 100 шт.", 690, (5, 120)),
    ("Маски медицинские трехслойные, 50 шт.", 149, (10, 300)),
    ("Мешки для мусора 120 л, 10 шт.", 118, (20, 500)),
]
IT = [
    ("Ноутбук Lenovo IdeaPad Slim 3 15IAH8", 56990, (1, 25)),
    ("МФУ лазерное Pantum M6500W", 16490, (1, 12)),
    ("Монитор 23.8\" AOC 24B2XH", 10990, (1, 40)),
    ("ИБП Ippon Back Basic 850", 6290, (1, 30)),
    ("Коммутатор TP-Link TL-SG1024D", 7690, (1, 8)),
]
BIZ_ONLY = [
    ("Сервер Dell PowerEdge R650xs", 689000, (1, 1)),
    ("Лицензия «1С:Бухгалтерия 8 ПРОФ»", 43300, (1, 1)),
    ("Паллета бумаги SvetoCopy A4 (200 пач.)", 74800, (1, 3)),
]
FURN = [
    ("Кресло офисное Бюрократ CH-299", 6980, (1, 40)),
    ("Стол письменный 1200x600 Riva", 5870, (1, 30)),
    ("Стеллаж металлический МС-500 2000x1000x500", 8450, (1, 40)),
    ("Шкаф для документов ШАМ-11", 17990, (1, 10)),
    ("Парта ученическая регулируемая 2-местная", 5390, (10, 120)),
    ("Стул ученический на металлокаркасе", 2190, (20, 240)),
]
SERVICES = [
    ("Заправка картриджей", 650, (5, 60)),
    ("Ремонт МФУ Kyocera ECOSYS M2040dn", 8900, (1, 3)),
    ("Техническое обслуживание оргтехники за месяц", 24000, (1, 1)),
    ("Доставка и подъем на этаж", 3500, (1, 1)),
    ("Сборка мебели", 9800, (1, 1)),
]
BUSINESS_GOODS = OFFICE + HYGIENE + IT + FURN


def pick_lines(r, pools, nmin=1, nmax=5, cap=350000):
    """Order lines; quantities skewed to the low end, order total kept under cap."""
    lines = []
    for _ in range(r.randint(nmin, nmax)):
        pool = r.choice(pools)
        name, price, (qmin, qmax) = r.choice(pool)
        if any(name == x[0] for x in lines):
            continue
        q = qmin + int((qmax - qmin) * r.random() ** 2.5)
        lines.append((name, q, price))
    while sum(q * p for _, q, p in lines) > cap and any(q > 1 for _, q, _p in lines):
        lines = [(n, max(1, q // 2), p) for n, q, p in lines]
    return lines


# ---------------------------------------------------------------- buyers
# (name as Diadoc shows it, inn kind/region or fixed inn, kpp?, label, kind, country, amb, flavour)
# flavour: "g44" state contract comments, "g93" small purchase, "gkettle" one household item,
# "b" business, "b223" 223-FZ state-owned company, "bhh" business buying one household item,
# "ip_hh" sole trader with household item, "c" private person, "c_dacha", "c_work" (states business use),
# "c_pays_co" person paying a company's invoice, "intl", "fund"
B = []


def add(name, inn, kpp, label, kind, country="RU", amb=False, flav="b", weight=1):
    B.append(dict(name=name, inn=inn, kpp=kpp, label=label, kind=kind, country=country, amb=amb,
                  flav=flav, weight=weight))


def org_inn(region):
    return ru_inn10(rng, region)


def foreign_inn():
    """INN of a foreign organisation's office: 9909 + 5 digits + check digit."""
    while True:
        body = "9909" + "".join(str(rng.randint(0, 9)) for _ in range(5))
        w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
        return body + str(sum(int(x) * k for x, k in zip(body, w)) % 11 % 10)


def kpp_for(inn, tail="01001"):
    return inn[:4] + tail


# --- state (B2G)
for nm, region, kind, w in [
    ('ГБУЗ "ГКБ № 52 ДЗМ"', "77", "public_hospital", 3),
    ('ГБУЗ "ГП № 219 ДЗМ"', "77", "public_polyclinic", 2),
    ('ГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ УЧРЕЖДЕНИЕ ЗДРАВООХРАНЕНИЯ МОСКОВСКОЙ ОБЛАСТИ "МЫТИЩИНСКАЯ ГОРОДСКАЯ КЛИНИЧЕСКАЯ БОЛЬНИЦА"', "50", "public_hospital", 2),
    ('ГБОУ Школа № 1535', "77", "public_school", 3),
    ('ГБОУ "Школа № 2086"', "77", "public_school", 2),
    ('МБОУ "СОШ № 7" г.о. Королёв', "50", "public_school", 2),
    ('МАДОУ "Детский сад № 15 "Солнышко"', "50", "public_kindergarten", 1),
    ('ФГБОУ ВО "МГТУ им. Н.Э. Баумана"', "77", "public_university", 3),
    ('ФГАОУ ВО "НИУ ВШЭ"', "77", "public_university", 2),
    ('ФГБОУ ВО "РЭУ им. Г.В. Плеханова"', "77", "public_university", 1),
    ('ФГБУ "НМИЦ онкологии им. Н.Н. Блохина" Минздрава России', "77", "federal_institution", 2),
    ('ФКУ "ГИАЦ МВД России"', "77", "federal_agency", 1),
    ('ФГКУ "УВО ВНГ России по г. Москве"', "77", "police", 2),
    ('ГКУ "Дирекция ЖКХиБ ЦАО"', "77", "regional_agency", 1),
    ('Администрация городского округа Мытищи Московской области', "50", "municipality", 2),
    ('Администрация Ленинского городского округа Московской области', "50", "municipality", 1),
    ('Управа района Хамовники города Москвы', "77", "municipal_office", 1),
    ('Префектура ЮЗАО г. Москвы', "77", "regional_agency", 1),
    ('ГБУ "Жилищник района Марьино"', "77", "regional_institution", 2),
    ('Межрайонная ИФНС России № 46 по г. Москве', "77", "federal_agency", 1),
    ('МКУ "ЦБ учреждений образования" г.о. Подольск', "50", "municipal_institution", 1),
    ('ГАУК г. Москвы "ЦПКиО им. М. Горького"', "77", "state_autonomous_institution", 1),
]:
    inn = org_inn(region)
    add(nm, inn, kpp_for(inn), "B2G", kind, flav="g44", weight=w)

for nm, inn, kind in [
    ('ГУП "Московский метрополитен"', "7702038150", "state_unitary_enterprise"),
    ('ФГУП "Охрана" Росгвардии', None, "state_unitary_enterprise"),
    ('МУП "Щелковский водоканал"', None, "municipal_unitary_enterprise"),
    ('ГУП "Мосгортранс"', None, "state_unitary_enterprise"),
]:
    inn = inn or org_inn("77" if "Щелков" not in nm else "50")
    add(nm, inn, kpp_for(inn), "B2G", kind, flav="g223", weight=2)

# ambiguous state cases
inn = org_inn("77")
add('ГБОУ "Школа № 1409"', inn, kpp_for(inn), "B2G", "public_school", amb=True, flav="gkettle", weight=1)
inn = org_inn("50")
add('МБДОУ "Детский сад № 42" г. Подольск', inn, kpp_for(inn), "B2G", "public_kindergarten", amb=True, flav="gkettle", weight=1)
inn = org_inn("77")
add('ГБУЗ "ДГП № 118 ДЗМ"', inn, kpp_for(inn), "B2G", "public_polyclinic", amb=True, flav="gkettle", weight=1)
inn = org_inn("77")
add('Отделение СФР по г. Москве и Московской области', inn, kpp_for(inn), "B2G", "state_social_fund",
    amb=True, flav="g44", weight=1)
inn = org_inn("99")
add('Посольство Республики Казахстан в Российской Федерации', foreign_inn(), "773787001", "B2G", "embassy",
    country="KZ", flav="g93", weight=1)

# --- business (B2B)
for nm, inn, kind, w in [
    ('ООО "ЯНДЕКС"', "7736207543", "company", 2),
    ('ПАО "МТС"', "7740000076", "company", 1),
    ('ООО "Леруа Мерлен Восток"', "5029069967", "company", 1),
    ('АО "Почта России"', "7724490000", "state_owned_company", 1),
    ('ПАО "Ростелеком"', "7707049388", "state_owned_company", 1),
    ('ООО "СтройМонтаж-Сервис"', None, "company", 2),
    ('ООО "Альфа-Логистик"', None, "company", 2),
    ('ООО "ТехноПарк-М"', None, "company", 2),
    ('ООО "Вектор"', None, "company", 1),
    ('ООО «Клиника Семейная»', None, "private_clinic", 2),
    ('ООО "Гранд Отель Подольск"', None, "company", 1),
    ('АО "Мосинжпроект"', None, "company", 1),
    ('ЗАО "Фирма Центроспас"', None, "company", 1),
    ('ООО "Бизнес Центр Нагатинский"', None, "company", 2),
    ('АНО ОО "Школа Летово"', None, "private_school", 1),
    ('АНО "Центр поддержки предпринимательства"', None, "non_profit", 1),
    ('Благотворительный фонд "Подари жизнь"', None, "charity", 1),
    ('ТСЖ "Солнечный берег"', None, "homeowners_association", 1),
    ('СНТ "Березка-2"', None, "garden_association", 1),
    ('Потребительский кооператив "ГСК № 17"', None, "cooperative", 1),
    ('Местная религиозная организация православный Приход храма Святителя Николая в Хамовниках', None, "religious_org", 1),
    ('Коллегия адвокатов г. Москвы "Барщевский и Партнеры"', None, "law_firm", 1),
    ('АО "Группа компаний "Медси"', None, "private_clinic", 1),
]:
    inn = inn or org_inn(rng.choice(["77", "77", "50"]))
    add(nm, inn, kpp_for(inn), "B2B", kind, flav="b", weight=w)

for nm, kind, w in [
    ("ИП Кузнецов Алексей Викторович", "sole_trader", 2),
    ("ИП Ахмедова Гульнара Рашидовна", "sole_trader", 1),
    ("ИП Соколов Д.А.", "sole_trader", 1),
    ("Индивидуальный предприниматель Павлова Ирина Сергеевна", "sole_trader", 1),
]:
    add(nm, ru_inn12(rng, rng.choice(["77", "50"])), "", "B2B", kind, flav="b", weight=w)

# ambiguous business cases
for nm, inn, kind in [
    ('ПАО Сбербанк', "7707083893", "state_owned_company"),
    ('ОАО "РЖД"', "7708503727", "state_owned_company"),
    ('ООО "Газпром трансгаз Москва"', "5003028028", "state_owned_company"),
]:
    add(nm, inn, inn[:4] + "01001" if inn != "7707083893" else "773601001", "B2B", kind, amb=True, flav="b223", weight=1)
inn = org_inn("77")
add('ООО "Прайм Консалтинг"', inn, kpp_for(inn), "B2B", "company", amb=True, flav="bhh", weight=1)
inn = org_inn("50")
add('ООО "Автосервис Ясенево"', inn, kpp_for(inn), "B2B", "company", amb=True, flav="bhh", weight=1)
add("ИП Морозов Игорь Николаевич", ru_inn12(rng, "50"), "", "B2B", "sole_trader", amb=True, flav="ip_hh", weight=1)
inn = org_inn("77")
add('Фонд "Сколково"', inn, kpp_for(inn), "B2B", "state_founded_fund", amb=True, flav="fund", weight=1)
add('Представительство Международного Комитета Красного Креста в Москве', foreign_inn(), "773187001", "B2B",
    "international_org", country="INT", amb=True, flav="intl", weight=1)

# --- private persons
for nm, flav, label, amb, kind in [
    ("Смирнова Елена Викторовна", "c", "B2C", False, "private_person"),
    ("Волков Андрей Сергеевич", "c_dacha", "B2C", False, "private_person"),
    ("Орлова Татьяна Михайловна", "c", "B2C", False, "private_person"),
    ("Никитин Павел Олегович", "c_work", "B2B", True, "private_person_business_use"),
    ("Федорова Ольга Ивановна", "c_pays_co", "B2B", True, "person_paying_company_invoice"),
    ("Захаров Максим Андреевич", "c_bulk", "B2C", True, "private_person_bulk"),
]:
    add(nm, ru_inn12(rng, rng.choice(["77", "50"])), "", label, kind, amb=amb, flav=flav, weight=1)


# ---------------------------------------------------------------- deals -> documents
def ikz(inn, kpp, yy):
    return f"{yy}3{inn}{kpp}{rng.randint(1, 400):04d}{rng.randint(1, 20):03d}0000244"


def contract_no():
    # EIS notice number: 0373 + 7-digit customer/agency code + 2-digit year + 6-digit serial = 19 digits
    return f"0373{rng.randint(1000000, 9999999)}25{rng.randint(1, 999999):06d}"


start = date(2025, 1, 9)
docs = []
num = 1040
act_num = 310

weights = [b["weight"] for b in B]


def deal_for(b, d):
    """Return (lines, comment_for_upd, comment_for_invoice, doc_kinds)."""
    flav = b["flav"]
    kinds = ["Счет", "УПД"]
    c_upd = ""
    c_inv = ""
    if flav in ("g44",):
        big = rng.random() < 0.65
        lines = pick_lines(rng, [OFFICE, HYGIENE, FURN, IT], 2, 6, cap=1200000 if big else 550000)
        if big:
            cn = contract_no()
            c_upd = f"Контракт № {cn} от {d:%d.%m.%Y}, ИКЗ {ikz(b['inn'], b['kpp'], d.strftime('%y'))}"
        else:
            c_upd = f"Договор № {rng.randint(10, 420)}/{d:%y} (п.4 ч.1 ст.93 44-ФЗ)"
        if rng.random() < 0.3:
            kinds = ["УПД"]
    elif flav == "g93":
        lines = pick_lines(rng, [OFFICE, HYGIENE], 1, 4, cap=120000)
        c_upd = f"Договор № {rng.randint(3, 90)}-П/{d:%y}"
    elif flav == "g223":
        lines = pick_lines(rng, [HYGIENE, OFFICE, FURN], 2, 5)
        c_upd = rng.choice([f"Договор № {rng.randint(100, 999)}/{d:%y}-223 по результатам запроса котировок (223-ФЗ)",
                            f"По договору поставки № {rng.randint(1000, 9999)}-ЗК/{d:%y}", ""])
    elif flav == "gkettle":
        nm, pr = rng.choice(HOUSEHOLD[:2] + HOUSEHOLD[6:])
        lines = [(nm, 1, pr)]
        c_upd = rng.choice([f"{nm}, 1 шт.", "для пищеблока", ""])
        kinds = ["УПД"]
    elif flav == "b223":
        lines = pick_lines(rng, [OFFICE, HYGIENE, IT], 2, 5)
        c_upd = f"Договор № {rng.randint(1000, 9999)}-{d:%y} по итогам закупки № 32{rng.randint(10 ** 9, 10 ** 10 - 1)} (223-ФЗ)"
    elif flav == "bhh":
        nm, pr = rng.choice(HOUSEHOLD[1:5])
        lines = [(nm, 1, pr)]
        c_upd = rng.choice(["", nm])
    elif flav == "ip_hh":
        nm, pr = HOUSEHOLD[3]
        lines = [(nm, 1, pr)]
        c_upd = ""
        kinds = ["УПД"]
    elif flav == "fund":
        lines = pick_lines(rng, [OFFICE, IT], 2, 4)
        c_upd = f"Договор № СК-{rng.randint(100, 999)}/{d:%y}"
    elif flav == "intl":
        lines = pick_lines(rng, [OFFICE, HYGIENE], 2, 4)
        c_upd = "Purchase order PO-MOS-" + str(rng.randint(2000, 9999))
    elif flav == "c":
        nm, pr = rng.choice(HOUSEHOLD)
        lines = [(nm, 1, pr)]
        c_upd = rng.choice(["", "доставка по адресу: кв. 48", "самовывоз"])
        kinds = ["УПД"]
    elif flav == "c_dacha":
        lines = [(HOUSEHOLD[7][0], 2, HOUSEHOLD[7][1]), (HOUSEHOLD[6][0], 1, HOUSEHOLD[6][1])]
        c_upd = "для дачи"
        kinds = ["УПД"]
    elif flav == "c_work":
        lines = [(IT[1][0], 1, IT[1][1]), (OFFICE[0][0], 10, OFFICE[0][1])]
        c_upd = "для работы (ремонт квартир), нужен закрывающий документ"
        kinds = ["Счет", "УПД"]
    elif flav == "c_pays_co":
        lines = pick_lines(rng, [OFFICE], 2, 3)
        c_upd = 'оплата физ. лицом за ООО "Дом Уюта"'
    elif flav == "c_bulk":
        lines = [(IT[0][0], 12, IT[0][1])]
        c_upd = ""
        kinds = ["УПД"]
    else:  # plain business
        lines = pick_lines(rng, [OFFICE, HYGIENE, IT, FURN, SERVICES], 1, 6, cap=rng.choice([60000, 150000, 400000]))
        if rng.random() < 0.08:
            bo = rng.choice(BIZ_ONLY)
            lines.append((bo[0], 1, bo[1]))
        if rng.random() < 0.35:
            c_upd = rng.choice([f"Заказ покупателя № {rng.randint(500, 3000)}", "Договор поставки № 14/24",
                                "доставка на склад", "оплата по счету", "для офиса"])
        if rng.random() < 0.2:
            kinds = ["УПД"]
    service = None
    if rng.random() < 0.15 and flav in ("b", "g44"):
        kinds = kinds + ["Акт"]
        sv = rng.choice(SERVICES)
        service = (sv[0], rng.randint(*sv[2]), sv[1])
    return lines, c_upd, c_inv, kinds, service


statuses_upd = (["Документооборот завершен"] * 12 + ["Подписан контрагентом"] * 3 +
                ["Ожидается подпись контрагента"] * 2 + ["Документооборот завершен. Отказано в аннулировании"] +
                ["Отказано в подписи"])

# make sure every buyer appears at least once, then fill by weight
order = list(range(len(B)))
rng.shuffle(order)
deals = order + rng.choices(range(len(B)), weights=weights, k=75)
rng.shuffle(deals)

d = start
for bi in deals:
    b = B[bi]
    d = d + timedelta(days=rng.choice([0, 0, 1, 1, 2, 3]))
    lines, c_upd, c_inv, kinds, service = deal_for(b, d)
    total = sum(q * p for _, q, p in lines)
    if b["flav"] in ("g44",) and rng.random() < 0.3:
        total = round(total * rng.uniform(0.82, 0.97), 0)  # price reduced at tender
    vat = round(total * 20 / 120, 2)
    inv_no = num
    num += 1
    letter_inv = seeded_uuid(rng)
    for k in kinds:
        dd = d if k == "Счет" else d + timedelta(days=rng.randint(1, 6))
        if k == "Счет":
            fname = f"Счет №{inv_no} от {dd:%d.%m.%Y}"
            status = rng.choice(["Подпись контрагента не требуется", "Документооборот завершен"])
            comment = c_inv
            number = str(inv_no)
        elif k == "УПД":
            fname = f"УПД №{inv_no} от {dd:%d.%m.%Y}"
            status = rng.choice(statuses_upd)
            comment = c_upd
            number = str(inv_no)
        else:
            act_num += 1
            fname = f"Акт №{act_num} от {dd:%d.%m.%Y}"
            status = rng.choice(statuses_upd[:14])
            comment = ""
            number = f"А-{act_num}"
        amount = total if k != "Акт" else float(service[1] * service[2])
        nds = round(amount * 20 / 120, 2)
        link = (f"https://diadoc.kontur.ru/{BOX}/Document/Show?letterId="
                f"{letter_inv if k == 'Счет' else seeded_uuid(rng)}&documentId={seeded_uuid(rng)}")
        name = b["name"]
        r = rng.random()
        if r < 0.04:
            name = name + " "
        docs.append(dict(date=dd, link=link, fname=fname, number=number, total=amount, nds=nds,
                         inn=b["inn"], kpp=b["kpp"], name=name, status=status, comment=comment,
                         label=b["label"], amb=b["amb"], kind=b["kind"], country=b["country"]))

# Diadoc lists newest first
docs.sort(key=lambda x: (x["date"], x["number"]), reverse=True)
docs = docs[:240]


def money(v):
    return f"{v:.2f}".replace(".", ",")


HEAD = ["Ссылка", "Имя файла", "Номер документа", "Дата документа", "Всего", "НДС", "ИНН", "КПП",
        "Название организации", "Статус документа", "Комментарий"]
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
w.writerow(HEAD)
for x in docs:
    w.writerow([x["link"], x["fname"], x["number"], f"{x['date']:%d.%m.%Y}", money(x["total"]),
                money(x["nds"]), f'="{x["inn"]}"', f'="{x["kpp"]}"' if x["kpp"] else "",
                x["name"], x["status"], x["comment"]])
out = LAYOUTS / f"{LID}.csv"
out.write_bytes(buf.getvalue().encode("cp1251"))

labels = [dict(label=x["label"], amb=x["amb"], kind=x["kind"], country=x["country"]) for x in docs]
write_labels(LID, labels)

write_key(LID, {
    "id": LID,
    "system": "Контур.Диадок (Kontur Diadoc EDI), web interface: Документы > Исходящие > выгрузка реестра документов (CSV)",
    "country": "RU",
    "language": "ru",
    "docs": [
        "Public importer code for the Diadoc document registry (a FastAPI module that reads the registry 'exported manually from the Diadoc web interface'): CSV in cp1251 with ';' delimiter; columns Ссылка; Имя файла; Номер документа; Дата документа; Всего; НДС; ИНН; КПП; Название организации; Статус документа; Комментарий; ИНН/КПП written as =\"7713076301\" (Excel guard against lost leading zeros); document type only inside 'Имя файла' (e.g. 'Счет №12 от ...'); direction (incoming/outgoing) not in the file; link format https://diadoc.kontur.ru/<box>/Document/Show?letterId=...&documentId=...; statuses quoted literally such as 'Документооборот завершен', 'Подписан контрагентом', 'Документооборот завершен. Отказано в аннулировании'; names with doubled CSV quotes",
        "developer.kontur.ru Diadoc API / 1C module pages (document kinds УПД, счет-фактура, акт, счет на оплату; outgoing vs incoming documents; counteragent = organisation with ИНН/КПП)",
        "Not found in search: an official column list of the registry; the column set above is taken from the importer, the status 'Подпись контрагента не требуется' for invoices and 'Ожидается подпись контрагента' / 'Отказано в подписи' are my reconstruction"
    ],
    "fields": {"buyer": "Название организации", "product": None, "quantity": None, "amount": "Всего",
               "tax_id": "ИНН", "email": None, "payment": None, "comment": "Комментарий"},
    "also_ok": {"tax_id": ["КПП"], "product": ["Имя файла"]},
    "notes": ("One line per outgoing document (Счет, УПД, Акт), newest first; no title or totals lines. One deal usually "
              "has a Счет and a УПД with the same number and buyer (same label). ИНН/КПП cells are Excel formulas "
              "=\"...\"; 10-digit INN + KPP = organisation, 12-digit INN without KPP = ИП or private person. Goods "
              "appear only in Комментарий when the sender typed them; 44-ФЗ contracts carry an ИКЗ or 'п.4 ч.1 ст.93 "
              "44-ФЗ', 223-ФЗ purchases a 32xxxxxxxxxx notice number. Amounts are gross with 20% VAT, comma decimals.")
})
summary(LID, labels)
