"""BG: Prim ERP - Продажби > Експорт на продажби (CSV, one row per document line)."""
import csv
import datetime as dt
import random

from gc_common import LAYOUTS, bg_egn, bg_eik, summary, write_key

PID = "gc_bg_prim_prodazhbi_export"
rng = random.Random(9101)

# (name, brand, category, unit price net BGN, household?)
BIZ = [
    ("Лаптоп Lenovo ThinkPad E14 Gen 5 i5-1335U 16GB 512GB", "Lenovo", "Лаптопи", 1499.00),
    ("Монитор Dell P2423D 23.8\" QHD", "Dell", "Монитори", 429.00),
    ("Мултифункционално устройство HP LaserJet Pro MFP 4102fdw", "HP", "Принтери", 899.00),
    ("Тонер касета HP 149A W1490A", "HP", "Консумативи", 139.90),
    ("Копирна хартия Navigator A4 80 г/м2, 500 л.", "Navigator", "Канцеларски материали", 11.20),
    ("Рутер MikroTik hAP ax3", "MikroTik", "Мрежово оборудване", 249.00),
    ("Суич TP-Link TL-SG1024D 24 порта", "TP-Link", "Мрежово оборудване", 159.00),
    ("UPS APC Back-UPS Pro 1500VA BR1500G-GR", "APC", "UPS", 489.00),
    ("Сървър Dell PowerEdge T150 E-2314 16GB", "Dell", "Сървъри", 3290.00),
    ("Microsoft 365 Business Standard, годишен абонамент", "Microsoft", "Софтуер", 268.00),
    ("Сторидж Synology DS923+", "Synology", "Сървъри", 1320.00),
    ("Етикетен принтер Zebra ZD421d", "Zebra", "Принтери", 780.00),
    ("Баркод скенер Honeywell Voyager 1250g", "Honeywell", "POS оборудване", 189.00),
]
HOME = [
    ("Телевизор Samsung UE55CU7172 55\" 4K", "Samsung", "Телевизори", 749.00),
    ("Прахосмукачка Rowenta X-Force Flex 9.60", "Rowenta", "Малки уреди", 457.50),
    ("Кафеавтомат De'Longhi Magnifica S ECAM22.110.B", "De'Longhi", "Кафемашини", 582.50),
    ("Електрическа кана Tefal KO2001", "Tefal", "Малки уреди", 41.58),
    ("Смартфон Samsung Galaxy A55 5G 128GB", "Samsung", "Смартфони", 624.17),
    ("Слушалки Sony WH-1000XM5", "Sony", "Аудио", 540.83),
    ("Климатик Daikin Sensira FTXF35E 12000 BTU", "Daikin", "Климатици", 1325.00),
    ("Хладилник с фризер Bosch KGN39VLCT", "Bosch", "Хладилници", 1165.83),
    ("Пералня Beko WUE 7612 XBW 7 кг", "Beko", "Перални", 515.83),
    ("Микровълнова фурна Samsung MS23K3513AW", "Samsung", "Малки уреди", 199.17),
    ("Лаптоп Acer Aspire 3 A315-59 i3 8GB 256GB", "Acer", "Лаптопи", 749.17),
    ("Таблет Apple iPad 10.9\" Wi-Fi 64GB", "Apple", "Таблети", 665.83),
    ("Ел. четка за зъби Oral-B Pro 3 3500", "Oral-B", "Лична грижа", 99.17),
]

FIRST_M = ["Иван", "Георги", "Димитър", "Николай", "Петър", "Христо", "Стоян", "Александър", "Мартин", "Васил"]
FIRST_F = ["Мария", "Елена", "Десислава", "Иванка", "Гергана", "Петя", "Надежда", "Йорданка", "Милена", "Виктория"]
LAST_M = ["Иванов", "Георгиев", "Димитров", "Петров", "Николов", "Стоянов", "Тодоров", "Христов", "Маринов", "Колев"]
CITIES = ["София", "Пловдив", "Варна", "Бургас", "Русе", "Стара Загора", "Плевен", "Велико Търново", "Благоевград", "Шумен"]
FREEMAIL = ["abv.bg", "gmail.com", "mail.bg", "yahoo.com", "dir.bg"]
TRANSLIT = dict(zip("абвгдежзийклмнопрстуфхцчшщъьюя",
                    ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                     "u", "f", "h", "ts", "ch", "sh", "sht", "a", "", "yu", "ya"]))


def tr(s):
    return "".join(TRANSLIT.get(c, c) for c in s.lower())


def person(female=None):
    if female is None:
        female = rng.random() < 0.5
    fn = rng.choice(FIRST_F if female else FIRST_M)
    ln = rng.choice(LAST_M) + ("а" if female else "")
    return fn, ln, female


# organisations: name, kind, label, amb, domain, city, note
COMPANIES = [
    ("Телерик ЕАД", "telerik.com", "София"), ("Софарма АД", "sopharma.bg", "София"),
    ("Аурубис България АД", "aurubis.com", "Пирдоп"), ("А1 България ЕАД", "a1.bg", "София"),
    ("Кауфланд България ЕООД енд Ко КД", "kaufland.bg", "София"), ("Спиди АД", "speedy.bg", "София"),
    ("Еконт Експрес ООД", "econt.com", "Варна"), ("Хлебозавод Добруджа ЕООД", "dobrudzha-bread.bg", "Добрич"),
    ("Сирма Груп Холдинг АД", "sirma.bg", "София"), ("Биовет АД", "biovet.com", "Пещера"),
    ("\"Агрокомплект\" ООД", "agrokomplekt.bg", "Пловдив"), ("Стомана Индъстри АД", "stomana.bg", "Перник"),
    ("Булпрос Консултинг АД", "bulpros.com", "София"), ("\"Дентал Арт 2010\" ЕООД", "dentalart.bg", "Бургас"),
    ("Счетоводна кантора Пенева ЕООД", "peneva-acc.bg", "Русе"), ("ХОТЕЛ \"МОРСКО КОНЧЕ\" ООД", "morskokonche.com", "Несебър"),
]
SOLE = ["ЕТ \"Иван Петров - 67\"", "ЕТ \"Мими - Мария Колева\"", "ЕТ \"ВАСИЛЕВ - ДС\"", "ЕТ \"Стоян Христов - Авто\""]
NGO = [("Сдружение \"Български Червен кръст\"", "redcross.bg"),  # national Red Cross: plain non-profit
       ("Фондация \"Помощ за благотворителността в България\"", "bcaf.bg"),
       ("Етажна собственост бл. 214, ж.к. Люлин", None),
       ("Храм \"Св. Николай Чудотворец\"", None)]
GOV = [
    ("Столична община", "municipality", "sofia.bg", "София"),
    ("Община Пловдив", "municipality", "plovdiv.bg", "Пловдив"),
    ("Община Габрово", "municipality", "gabrovo.bg", "Габрово"),
    ("Министерство на вътрешните работи", "ministry", "mvr.bg", "София"),
    ("Агенция по заетостта", "state_agency", "az.government.bg", "София"),
    ("Национална агенция за приходите", "state_agency", "nra.bg", "София"),
    ("Районен съд - Варна", "court", "vrs.justice.bg", "Варна"),
    ("Софийски университет \"Св. Климент Охридски\"", "public_university", "uni-sofia.bg", "София"),
    ("Технически университет - Варна", "public_university", "tu-varna.bg", "Варна"),
    ("146 ОУ \"Патриарх Евтимий\"", "public_school", "146ou.bg", "София"),
    ("СУ \"Христо Ботев\" - гр. Шумен", "public_school", "botev-sh.bg", "Шумен"),
    ("ДГ № 12 \"Детски свят\"", "municipal_kindergarten", None, "Русе"),
    ("Посолство на Република Франция в България", "embassy", "diplomatie.gouv.fr", "София"),
    ("Военно формирование 54990", "armed_forces", "mod.bg", "Стара Загора"),
]
STATE_CO = [("Български държавни железници ЕАД", "bdz.bg"), ("Национална електрическа компания ЕАД", "nek.bg"),
            ("Български пощи ЕАД", "bgpost.bg"), ("Булгаргаз ЕАД", "bulgargaz.bg")]
# state hospitals registered as EAD companies
HOSP = [("УМБАЛ \"Александровска\" ЕАД", "alexandrovska-hospital.bg"), ("МБАЛ - Шумен АД", "mbal-shumen.com")]
INTL = [("Представителство на УНИЦЕФ в България", "unicef.org"), ("Международна организация по миграция - Мисия България", "iom.int")]

PAY_B = ["Банков превод", "Банков превод", "Банков превод", "Наложен платеж"]
PAY_C = ["Наложен платеж", "Карта", "Карта", "В брой", "ePay"]


def biz_lines(n=None, qmax=5):
    n = n or rng.choice([1, 1, 2, 2, 3, 4])
    items = rng.sample(BIZ, n)
    return [(it, rng.randint(1, qmax)) for it in items]


def home_lines(n=None):
    n = n or rng.choice([1, 1, 1, 2])
    return [(it, 1) for it in rng.sample(HOME, n)]


def make_order(kind):
    """Return buyer fields, lines, label, amb, kind, country."""
    b = {"name": "", "id": "", "vat": "", "pay": "", "city": rng.choice(CITIES), "email": "", "note": ""}
    lab, amb, k, cc = "B2C", False, kind, "BG"
    if kind == "private_person":
        fn, ln, f = person()
        b["name"] = rng.choice([f"{fn} {ln}", f"{fn} {ln}", f"{fn.upper()} {ln.upper()}", f"{fn} {ln} "])
        b["id"] = bg_egn(rng, f) if rng.random() < 0.3 else ""
        b["email"] = f"{tr(fn)}.{tr(ln)}{rng.randint(1, 99) if rng.random() < .5 else ''}@{rng.choice(FREEMAIL)}"
        b["pay"] = rng.choice(PAY_C)
        lines = home_lines() if rng.random() < .8 else biz_lines(1, 1)
    elif kind == "anonymous_retail":
        b["name"] = "Клиент на дребно"
        b["pay"] = rng.choice(["В брой", "Карта"])
        b["city"] = ""
        lines = home_lines()
    elif kind == "company":
        nm, dom, city = rng.choice(COMPANIES)
        eik = bg_eik(rng)
        b.update(name=nm, id=eik, vat="BG" + eik, city=city, email=rng.choice(["office", "info", "zakupki", "accounting"]) + "@" + dom,
                 pay=rng.choice(PAY_B), note=rng.choice(["", "", "", f"Поръчка № {rng.randint(1000, 9999)}", "Доставка до склад"]))
        lines = biz_lines(qmax=8)
        lab = "B2B"
    elif kind == "company_household":  # company buys one household item only
        nm, dom, city = rng.choice(COMPANIES)
        eik = bg_eik(rng)
        b.update(name=nm, id=eik, vat="BG" + eik, city=city, email="office@" + dom, pay="Банков превод",
                 note=rng.choice(["", "за офиса", "за кухнята в офиса"]))
        lines = home_lines(1)
        lab, amb = "B2B", True
    elif kind == "sole_trader":
        b.update(name=rng.choice(SOLE), id=bg_eik(rng), pay=rng.choice(PAY_B))
        b["email"] = f"{tr(rng.choice(LAST_M))}@{rng.choice(FREEMAIL)}"
        lines = biz_lines(qmax=3)
        lab = "B2B"
    elif kind == "sole_trader_card_household":
        b.update(name=rng.choice(SOLE), id=bg_eik(rng), pay="Карта")
        lines = home_lines(1)
        lab, amb = "B2B", True
    elif kind == "non_profit":
        nm, dom = rng.choice(NGO)
        b.update(name=nm, id=bg_eik(rng), pay="Банков превод", email=("office@" + dom) if dom else "")
        lines = biz_lines(qmax=3)
        lab = "B2B"
        k = "hoa" if "Етажна" in nm else ("church" if "Храм" in nm else "non_profit")
    elif kind in ("gov",):
        nm, k, dom, city = rng.choice(GOV)
        b.update(name=nm, id=bg_eik(rng) if k != "embassy" else "", city=city, pay="Банков превод",
                 email=(rng.choice(["delovodstvo", "obshtestveni.porachki", "zakupki", "info"]) + "@" + dom) if dom else "",
                 note=rng.choice(["", "", "Договор по ЗОП № " + str(rng.randint(10, 300)) + "/2025", "Заявка " + str(rng.randint(100, 999))]))
        lines = biz_lines(qmax=10)
        lab = "B2G"
        if k == "embassy":
            cc = "FR"  # the buyer is the French state
    elif kind == "gov_household":  # state buyer, one household item
        nm, k, dom, city = rng.choice([g for g in GOV if g[1] in ("public_school", "municipal_kindergarten", "municipality", "court")])
        b.update(name=nm, id=bg_eik(rng), city=city, pay="Банков превод", email=("info@" + dom) if dom else "")
        lines = home_lines(1)
        lab, amb = "B2G", True
    elif kind == "state_owned_company":
        nm, dom = rng.choice(STATE_CO)
        eik = bg_eik(rng)
        zop = rng.random() < 0.5
        b.update(name=nm, id=eik, vat="BG" + eik, city="София", pay="Банков превод", email="zop@" + dom if zop else "office@" + dom,
                 note=("Обществена поръчка по ЗОП, договор № " + str(rng.randint(10, 99)) + "-" + str(rng.randint(100, 999))) if zop else "")
        lines = biz_lines(qmax=10)
        lab, amb = "B2B", zop
        k = "state_owned_company_procurement" if zop else "state_owned_company"
    elif kind == "public_hospital_ead":
        nm, dom = rng.choice(HOSP)
        eik = bg_eik(rng)
        b.update(name=nm, id=eik, vat="BG" + eik, city="София", pay="Банков превод", email="zop@" + dom,
                 note="Договор по ЗОП")
        lines = biz_lines(qmax=6)
        lab, amb = "B2G", True
    elif kind == "international_org":
        nm, dom = rng.choice(INTL)
        b.update(name=nm, id=bg_eik(rng), city="София", pay="Банков превод", email="sofia@" + dom)
        lines = biz_lines(qmax=4)
        lab, amb = "B2B", True
    elif kind == "person_company_email":  # person with company/gov e-mail buying household goods
        fn, ln, f = person()
        dom = rng.choice(["sopharma.bg", "a1.bg", "mvr.bg", "uni-sofia.bg", "nra.bg"])
        b.update(name=f"{fn} {ln}", email=f"{tr(fn)[0]}.{tr(ln)}@{dom}", pay=rng.choice(["Карта", "Наложен платеж"]))
        lines = home_lines(1)
        lab, amb = "B2C", True
    elif kind == "person_states_business":
        fn, ln, f = person()
        b.update(name=f"{fn} {ln}", email=f"{tr(fn)}{rng.randint(70, 99)}@{rng.choice(FREEMAIL)}", pay="Наложен платеж",
                 note=rng.choice(["за магазина", "за перепродажба", "за работа в сервиза"]))
        lines = biz_lines(1, 3) if rng.random() < .5 else [(rng.choice(HOME), rng.randint(3, 6))]
        lab, amb = "B2B", True
    elif kind == "person_bulk":
        fn, ln, f = person()
        b.update(name=f"{fn} {ln}", email=f"{tr(ln)}@{rng.choice(FREEMAIL)}", pay="Карта")
        lines = [(rng.choice(HOME[4:6]), rng.randint(15, 30))]
        lab, amb = "B2C", True
    elif kind == "thin_product_only":
        b.update(city="", pay="")
        if rng.random() < .5:
            lines = [(rng.choice(BIZ[8:9] + BIZ[9:10] + BIZ[10:11]), 1)]
            lab = "B2B"
        else:
            lines = home_lines(1)
        amb = True
    else:
        raise ValueError(kind)
    return b, lines, lab, amb, k, cc


KINDS = [("private_person", 30), ("anonymous_retail", 8), ("company", 22), ("sole_trader", 5), ("non_profit", 4),
         ("gov", 12), ("company_household", 2.5), ("sole_trader_card_household", 1.5), ("gov_household", 2.5),
         ("state_owned_company", 3), ("public_hospital_ead", 1.2), ("international_org", 1.2),
         ("person_company_email", 2.5), ("person_states_business", 2), ("person_bulk", 1), ("thin_product_only", 1.5)]

HEADER = ["Вид документ", "Номер", "Дата", "Контрагент", "Контрагент ЕИК или ЕГН", "Име артикул", "Бранд", "Категория",
          "Описание, ред на документ", "Валута", "Валутен курс", "Сума", "Данъци", "Всичко",
          "Контрагент ДДС", "Начин на плащане", "Населено място", "eMail", "Бележка", "Количество", "Цена, единична"]


def main():
    rows, labels = [], []
    seen = {}
    no = 2400000120
    day = dt.date(2025, 3, 1)
    while len(rows) < 210:
        kind = rng.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
        b, lines, lab, amb, k, cc = make_order(kind)
        if b["name"] and b["name"] != "Клиент на дребно":  # one customer card per name
            card = seen.setdefault(b["name"].strip().lower(), {f: b[f] for f in ("id", "vat", "city")})
            b.update(card)
        no += rng.randint(1, 4)
        day += dt.timedelta(days=rng.choice([0, 0, 0, 1]))
        for (name, brand, cat, price), q in lines:
            net = round(price * q, 2)
            tax = round(net * 0.2, 2)
            rows.append(["Продажба", str(no), day.strftime("%d.%m.%Y"), b["name"], b["id"], name, brand, cat,
                         "", "BGN", "1.00000", f"{net:.2f}", f"{tax:.2f}", f"{net + tax:.2f}", b["vat"], b["pay"],
                         b["city"], b["email"], b["note"], str(q), f"{price:.2f}"])
            labels.append((lab, amb, k, cc))
    with open(LAYOUTS / f"{PID}.csv", "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(HEADER)
        w.writerows(rows)
    key = {
        "id": PID,
        "system": "Prim ERP (docs.prim.io), Продажби > Експорт на продажби, CSV, one row per document line",
        "country": "BG", "language": "bg",
        "docs": ["docs.prim.io 'Експорт на продажби': export of sales lines; mandatory columns Вид документ, Номер, Дата, "
                 "Контрагент, Контрагент ЕИК или ЕГН, Име артикул, Бранд, Категория, Описание, ред на документ, Валута, "
                 "Валутен курс, Сума, Данъци, Всичко; optional columns incl. Контрагент ДДС, Начин на плащане, Населено "
                 "място, eMail, Бележка, Количество, Цена (unit) - used in that order. XLS or CSV offered.",
                 "docs.prim.io 'Импорт на документи и плащания': import/export works with document lines, not whole documents."],
        "fields": {"buyer": "Контрагент", "product": "Име артикул", "quantity": "Количество", "amount": "Всичко",
                   "tax_id": "Контрагент ЕИК или ЕГН", "email": "eMail", "payment": "Начин на плащане", "comment": "Бележка"},
        "also_ok": {"amount": ["Сума"], "tax_id": ["Контрагент ДДС"], "product": ["Описание, ред на документ"]},
        "notes": "UTF-8 with BOM, ';' delimited, CRLF, '.' decimals, dates dd.mm.yyyy. One row per sales line; lines of one "
                 "document share Номер and buyer. Сума = net line amount, Данъци = VAT 20%, Всичко = gross. "
                 "'Клиент на дребно' is the catch-all retail customer. Контрагент ЕИК или ЕГН holds a 9-digit EIK for "
                 "organisations and sole traders (ЕТ) or a 10-digit EGN for some private persons; Контрагент ДДС = BG+EIK "
                 "for VAT-registered firms. 'Описание, ред на документ' is empty as the shop leaves line descriptions blank. "
                 "Header 'Описание, ред на документ' contains a comma (harmless, delimiter is ';').",
    }
    write_key(key, labels)
    summary(PID, labels)


if __name__ == "__main__":
    main()
