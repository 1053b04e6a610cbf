"""b_kz_bitrix24_sdelki.csv — Bitrix24 (Kazakhstan portal) deals export with products, Russian."""
import csv, datetime as dt, os, random
from b_common import LAY, Lab, write_key, kz_bin, kz_iin
from b_orders import B, pick, lines

BIZ = [("Кресло офисное Chairman 699", "CH699", 54900), ("Стол рабочий СП-1400 (1400x700)", "SP1400", 68500),
       ("МФУ Canon i-SENSYS MF455dw", "MF455DW", 289000), ("Бумага Svetocopy A4 500 л.", "SVC-A4", 2450),
       ("Ноутбук HP ProBook 450 G10 i5/16/512", "PB450G10", 489000), ("Шкаф для документов ШАМ-11", "SHAM11", 112000),
       ("Проектор Epson EB-E20", "EBE20", 265000), ("Сейф офисный Промет AIKO T-40", "T40", 58900),
       ("Картридж Canon 057H", "C057H", 44900), ("Доска магнитно-маркерная 120x180", "DMM120", 36500)]
HOME = [("Чайник электрический Bosch TWK 3A011", "TWK3A011", 14990), ("Кондиционер Midea MSAG1-12HRN1 Blanc", "MSAG112", 219000),
        ("Смартфон Samsung Galaxy A55 8/256 ГБ", "SM-A556", 219990), ("Телевизор LG 55UR78006LK 55\"", "55UR780", 289990),
        ("Пылесос Xiaomi Robot Vacuum E10", "E10", 79990), ("Кофемашина Philips EP2231/40", "EP2231", 189990),
        ("Микроволновая печь Samsung MS23K3513AW", "MS23K", 49990), ("Холодильник Indesit ITS 4180 W", "ITS4180", 229990)]
SPECIAL = {"bulk": HOME[2], "kettle": HOME[0], "biz_only": BIZ[5]}

KZ_SUR = ["Ахметов", "Жумабаев", "Нурланов", "Сулейменов", "Искаков", "Бекжанов", "Омаров", "Касымов", "Садыков", "Исмаилов", "Ким", "Петров", "Ковалев"]
KZ_M = ["Нурлан", "Ерлан", "Дамир", "Алибек", "Серик", "Арман", "Тимур", "Данияр", "Руслан", "Виктор"]
KZ_F = ["Айгерим", "Динара", "Асель", "Гульнара", "Жанар", "Камила", "Светлана", "Мадина"]
MAIL = ["mail.ru", "gmail.com", "inbox.ru", "yandex.kz", "list.ru"]
LAT = str.maketrans("абвгдеёжзийклмнопрстуфхцчшщыэюяь", "abvgdeejziiklmnoprstufhccssyeuy_")


def fio(rng):
    s = rng.choice(KZ_SUR)
    if rng.random() < 0.5:
        f = rng.choice(KZ_F); s2 = s if s == "Ким" else s + "а"
        return f"{s2} {f}", f
    f = rng.choice(KZ_M)
    return f"{s} {f}", f


def pmail(rng, first):
    return f"{first.lower().translate(LAT).replace('_', '')}{rng.randint(80, 2005)}@{rng.choice(MAIL)}"


def pool(rng):
    P = []
    for nm, dom in [("ТОО «Шыгыс Курылыс»", "shygys-kurylys.kz"), ("ТОО «Alma Logistic Group»", "almalogistic.kz"),
                    ("АО «Казахтелеком»", "telecom.kz"), ("ТОО «KazAgroTrade»", "kazagrotrade.kz"), ("АО «Kaspi Bank»", "kaspi.kz"),
                    ("ТОО «Астана Строй Инвест»", "asi.kz"), ("ТОО «Медицинский центр «Сункар»", "sunkar-med.kz")]:
        P.append(B(nm, "company_with_legal_form", "B2B", cc="KZ", tax=kz_bin(rng, "4"), email=f"{rng.choice(['info', 'zakup', 'office'])}@{dom}", pay="Безналичный расчёт по счёту", w=2.0))
    for nm, dom in [("Magnum Cash&Carry", "magnum.kz"), ("Технодом", "technodom.kz"), ("Кофейня Coffee Boom", "coffeeboom.kz")]:
        P.append(B(nm, "company_no_legal_form", "B2B", cc="KZ", tax=kz_bin(rng, "4"), email=f"snab@{dom}", pay="Безналичный расчёт по счёту", w=1.0))
    for _ in range(3):
        n, f = fio(rng)
        P.append(B(f"ИП {n}", "sole_proprietor", "B2B", cc="KZ", tax=kz_iin(rng), email=pmail(rng, f), pay=rng.choice(["Безналичный расчёт по счёту", "Kaspi Pay (счёт на оплату)"]), w=1.2))
    P.append(B("ИП «Алтын Дан»", "sole_trader_trade_name", "B2B", cc="KZ", tax=kz_iin(rng), email="altyndan.kst@mail.ru", pay="Kaspi Pay (счёт на оплату)", w=0.8))
    P.append(B("КХ «Береке»", "farm_enterprise", "B2B", cc="KZ", tax=kz_iin(rng), email="bereke.kh@mail.ru", pay="Безналичный расчёт по счёту", w=0.7))
    for nm, kind in [("ОСИ «Жулдыз»", "homeowners_association"), ("ОФ «Фонд развития образования Алматы»", "non_profit"),
                     ("РО «Духовное управление мусульман Казахстана»", "religious_org"), ("Университет КИМЭП", "private_university"),
                     ("ОО «Казахстанское общество Красного Полумесяца»", "national_red_crescent")]:
        P.append(B(nm, kind, "B2B", cc="KZ", tax=kz_bin(rng, "4"), email="", pay="Безналичный расчёт по счёту", w=0.9))
    # B2G
    for nm, kind in [("ГУ «Аппарат акима города Астаны»", "akimat"), ("ГУ «Управление образования города Алматы»", "kz_state_agency"),
                     ("КГУ «Общеобразовательная школа № 45» отдела образования по г. Караганде", "public_school"),
                     ("КГП на ПХВ «Городская клиническая больница № 7» УОЗ г. Алматы", "public_hospital"),
                     ("РГП на ПХВ «Казахский национальный университет имени аль-Фараби»", "public_university"),
                     ("РГУ «Департамент государственных доходов по городу Алматы»", "kz_state_agency"),
                     ("ГУ «Войсковая часть 5512» Национальной гвардии РК", "armed_forces_unit"),
                     ("ГКП на ПХВ «Алматы Су»", "municipal_enterprise"), ("ГУ «Аппарат акима Карагандинской области»", "akimat"),
                     ("КГУ «Ясли-сад № 12 «Балдаурен»» акимата г. Костаная", "public_kindergarten")]:
        P.append(B(nm, kind, "B2G", cc="KZ", tax=kz_bin(rng, "4"), email=rng.choice(["", "", "kense@gov.kz"]), pay="Безналичный расчёт по договору госзакупок", w=1.6,
                   comment=rng.choice(["", "", "Договор о госзакупках № " + str(rng.randint(100, 999)) + " через портал goszakup.gov.kz"])))
    P.append(B("Посольство Российской Федерации в Республике Казахстан", "embassy", "B2G", cc="RU", tax=kz_bin(rng, "5"), email="", pay="Безналичный расчёт по счёту", w=0.5))
    P.append(B("Посольство США в Казахстане", "embassy", "B2G", cc="US", tax=kz_bin(rng, "5"), email="", pay="Безналичный расчёт по счёту", w=0.4))
    # B2C
    for _ in range(12):
        n, f = fio(rng)
        P.append(B(n, "private_person", "B2C", cc="KZ", mode="home", tax=rng.choice(["", "", kz_iin(rng)]), email=rng.choice(["", pmail(rng, f)]), pay=rng.choice(["Kaspi QR", "Kaspi Red", "Наличные", "Карта"]), w=1.5))
    P.append(B("Частное лицо", "anonymous_retail", "B2C", cc="KZ", mode="home", tax="", email="", pay="Наличные", w=1.5))
    # ambiguous
    P.append(B("ТОО «Ак Жол Консалт»", "company_household_item", "B2B", True, "KZ", "hh1", tax=kz_bin(rng, "4"), email="akzhol.consult@gmail.com", pay="Безналичный расчёт по счёту", w=1.2))
    n, f = fio(rng)
    P.append(B(f"ИП {n}", "sole_proprietor_personal_purchase", "B2B", True, "KZ", "hh1", tax=kz_iin(rng), email=pmail(rng, f), pay="Kaspi Gold (личная карта)", comment="без документов", w=0.9))
    n, f = fio(rng)
    P.append(B(n, "person_bulk_identical", "B2C", True, "KZ", "bulk", tax="", email=pmail(rng, f), pay="Kaspi Red", w=0.8))
    n, f = fio(rng)
    P.append(B(n, "person_states_resale", "B2B", True, "KZ", "bulk", tax=kz_iin(rng), email=pmail(rng, f), pay="Kaspi QR", comment="берёт на перепродажу в свой отдел на рынке", w=0.8))
    n, f = fio(rng)
    P.append(B(n, "person_with_gov_email", "B2C", True, "KZ", "home", tax="", email=f"{f.lower().translate(LAT).replace('_', '')}.{rng.randint(1, 99)}@minfin.gov.kz", pay="Kaspi Red", comment="доставка на дом", w=0.7))
    P.append(B("КГУ «Гимназия № 3» акимата г. Павлодара", "public_school_household_item", "B2G", True, "KZ", "kettle", tax=kz_bin(rng, "4"), email="", pay="Безналичный расчёт по договору госзакупок", w=0.7))
    P.append(B("АО «НК «КазМунайГаз»", "state_owned_company_procurement", "B2B", True, "KZ", "biz", tax=kz_bin(rng, "4"), email="zakup@kmg.kz", pay="Безналичный расчёт по счёту",
               comment="закупка по Правилам Фонда «Самрук-Казына», тендер № " + str(rng.randint(100000, 999999)), w=0.8))
    P.append(B("Представительство Всемирного банка в Казахстане", "international_org", "B2B", True, "KZ", "biz", tax=kz_bin(rng, "5"), email="", pay="Безналичный расчёт по счёту", w=0.5))
    P.append(B("Программа развития ООН (ПРООН) в Казахстане", "international_org", "B2B", True, "KZ", "biz", tax=kz_bin(rng, "5"), email="", pay="Безналичный расчёт по счёту", w=0.5))
    P.append(B("", "product_only_business_goods", "B2B", True, "KZ", "biz_only", tax="", email="", pay="", w=0.4))
    return P


def gen():
    rng = random.Random(3303)
    P = pool(rng)
    for b in P:
        if b["amb"]:
            b["w"] *= 1.7
    head = ["ID", "Название сделки", "Стадия сделки", "Компания", "Контакт", "БИН/ИИН", "E-mail", "Товар", "Цена", "Количество", "Сумма", "Валюта",
            "Способ оплаты", "Комментарий", "Ответственный", "Дата создания", "Город"]
    rows, lab = [], Lab()
    t = dt.datetime(2025, 3, 1, 10, 0)
    did = 4120
    while len(rows) < 200:
        b = pick(P, rng)
        ls = lines(b, rng, BIZ, HOME, SPECIAL)
        tot = sum(p[2] * q for p, q in ls)
        t += dt.timedelta(hours=rng.randint(2, 30))
        did += rng.randint(1, 7)
        is_org = b["label"] != "B2C" and not b["kind"].startswith("person")
        company = b["name"] if is_org else ""
        n, f = fio(rng)
        contact = "" if not b["name"] else (b["name"] if not is_org else rng.choice(["", n]))
        if b["kind"] == "anonymous_retail":
            contact = "Частное лицо"; company = ""
        title = f"Сделка #{did}" if not company else f"{company.split('«')[-1].rstrip('»') if '«' in company else company}: {ls[0][0][0].split(' ')[0].lower()}"
        stage = rng.choice(["Сделка успешна", "Сделка успешна", "Счёт выставлен"])
        resp = rng.choice(["Айдана Серикова", "Максим Ли", "Ержан Тулеуов"])
        city = rng.choice(["Алматы", "Астана", "Караганда", "Шымкент"])
        for p, q in ls:
            rows.append([did, title, stage, company, contact, b.get("tax", ""), b.get("email", ""),
                         p[0], p[2], q, tot, "KZT", b.get("pay", ""), b.get("comment", ""), resp,
                         t.strftime("%d.%m.%Y %H:%M:%S"), city])
            lab.add(b)
    with open(os.path.join(LAY, "b_kz_bitrix24_sdelki.csv"), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(head)
        w.writerows(rows)
    write_key("b_kz_bitrix24_sdelki", {
        "id": "b_kz_bitrix24_sdelki", "system": "Битрикс24 (портал .kz) — CRM › Сделки, экспорт в CSV с товарами", "country": "KZ", "language": "ru",
        "docs": ["Bitrix24 deal fields (crm.deal.fields / BI dataset crm_deal: ID, TITLE, STAGE, COMPANY, CONTACT, CRM_PRODUCT, OPPORTUNITY, CURRENCY_ID, COMMENTS, ASSIGNED_BY, DATE_CREATE) "
                 "exported with their Russian UI titles (helpdesk.bitrix24.ru «Описание полей» article, dev.1c-bitrix.ru crm.deal.fields). «БИН/ИИН», «E-mail», «Способ оплаты», «Город» are portal custom fields (UF_CRM_*) as Kazakh integrators add them. "
                 "One row per product row of the deal. The exact CSV of the UI export was not found; this is the closest layout."],
        "fields": {"buyer": "Компания", "product": "Товар", "quantity": "Количество", "amount": "Сумма", "tax_id": "БИН/ИИН", "email": "E-mail",
                   "payment": "Способ оплаты", "comment": "Комментарий"},
        "also_ok": {"amount": ["Цена"], "buyer": ["Контакт"]},
        "notes": "UTF-8 with BOM, ';'. Header row 1, every following row is a record. Rows with the same ID are one deal (one row per product). «Сумма» is the deal total (OPPORTUNITY), repeated on each product row; «Цена» is the unit price. "
                 "For deals with a person only, «Компания» is empty and the person is in «Контакт». БИН (5th digit 4/5) for organisations, ИИН (5th digit 3/4 = century/sex) for persons and ИП; synthetic, checksum-valid.",
    }, lab.rows)
    return len(rows), lab.rows


if __name__ == "__main__":
    print(gen()[0])
