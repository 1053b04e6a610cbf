"""b_ua_prom_zamovlennia.xlsx — Prom.ua company cabinet «Експорт замовлень» (Excel), Ukrainian."""
import datetime as dt, os, random
import pandas as pd
from b_common import LAY, Lab, write_key
from b_orders import B, pick, lines

BIZ = [("Зарядна станція EcoFlow DELTA 2 (1024 Вт·год)", "EFD2", 38999), ("Генератор бензиновий Könner & Söhnen KS 7000E", "KS7000E", 32999),
       ("Інвертор гібридний Deye SUN-8K-SG04LP3-EU", "DEYE8K", 79900), ("Акумулятор LiFePO4 Pylontech US5000 4,8 кВт·год", "US5000", 61500),
       ("Радіостанція Motorola DP4400e", "DP4400E", 21900), ("Стабілізатор напруги Логікпауер LPT-10000RV", "LPT10000", 14890),
       ("Ноутбук Lenovo ThinkPad E16 Gen 1", "E16G1", 42999), ("БФП Canon i-SENSYS MF463dw", "MF463DW", 18999),
       ("Комплект Starlink Standard Kit", "STARLINK-STD", 17999), ("Подовжувач мережевий 5 м, 4 розетки", "EXT5-4", 389)]
HOME = [("Чайник електричний Tefal KO2408", "KO2408", 1399), ("Кондиціонер Cooper&Hunter Supreme CH-S12FTXAM2S-SC", "CHS12", 27999),
        ("Павербанк Xiaomi Redmi 20000 mAh 18W", "PB200LZM", 899), ("Телевізор LG 43UR78006LK", "43UR78", 16999),
        ("Смартфон Samsung Galaxy A55 8/256GB", "SM-A556B", 17999), ("Пилосос Rowenta X-Force Flex 9.60", "RH2037", 11999),
        ("Мультиварка Philips HD4713/40", "HD4713", 3299), ("Зарядна станція EcoFlow RIVER 2", "EFR2", 8999)]
SPECIAL = {"bulk": HOME[4], "kettle": HOME[0], "biz_only": BIZ[2]}

SUR = ["Коваленко", "Бондаренко", "Ткаченко", "Шевченко", "Кравченко", "Олійник", "Мельник", "Поліщук", "Литвиненко", "Савченко", "Марченко", "Руденко"]
MN = [("Олександр", "Олександрович"), ("Андрій", "Іванович"), ("Дмитро", "Петрович"), ("Сергій", "Миколайович"), ("Тарас", "Богданович")]
FN = [("Олена", "Петрівна"), ("Наталія", "Олександрівна"), ("Ірина", "Василівна"), ("Оксана", "Миколаївна"), ("Юлія", "Сергіївна")]
LAT = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": ""})


def pib(rng):
    s = rng.choice(SUR)
    n, p = rng.choice(FN if rng.random() < 0.5 else MN)
    return f"{s} {n} {p}", n, s


def pmail(rng, n, s):
    return f"{n.lower().translate(LAT)}.{s.lower().translate(LAT)}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'ukr.net', 'i.ua', 'meta.ua'])}"


def pool(rng):
    P = []
    def person(kind="private_person", label="B2C", amb=False, mode="home", **kw):
        full, n, s = pib(rng)
        d = dict(person=full, email=pmail(rng, n, s), pay=rng.choice(["Накладений платіж", "Пром-оплата", "Оплата карткою Visa/Mastercard", "Оплата частинами ПриватБанк"]))
        d.update(kw)
        return B("", kind, label, amb, "UA", mode, **d)
    for nm, dom in [("ТОВ «Епіцентр К»", "epicentrk.com"), ("ТОВ «Нова Пошта»", "novaposhta.ua"), ("ПрАТ «Київстар»", "kyivstar.net"),
                    ("ТОВ «Агро-Союз Дніпро»", "agrosoyuz.com.ua"), ("ТОВ «Будівельна компанія «Ковальська»", "kovalska.com"), ("ПАТ «Укрнафта»", "ukrnafta.com")]:
        full, n, s = pib(rng)
        P.append(B(nm, "company_with_legal_form" if "Укрнафта" not in nm else "state_owned_company_plain", "B2B", cc="UA", person=full, email=f"{rng.choice(['zakupivli', 'office', 'info'])}@{dom}",
                   pay="Оплата на рахунок", w=2.0))
    for nm in ["Сільпо", "Lviv Croissants", "Автосервіс «Гараж 54»"]:
        full, n, s = pib(rng)
        P.append(B(nm, "company_no_legal_form", "B2B", cc="UA", person=full, email=pmail(rng, n, s), pay="Оплата на рахунок", comment="рахунок і видаткова на компанію", w=1.0))
    for _ in range(3):
        full, n, s = pib(rng)
        P.append(B(f"ФОП {full}", "sole_proprietor", "B2B", cc="UA", person=full, email=pmail(rng, n, s), pay="Оплата на рахунок", comment=rng.choice(["", "потрібен рахунок для ФОП"]), w=1.2))
    for nm, kind in [("ОСББ «Затишок-2014»", "homeowners_association"), ("Благодійний фонд «Повернись живим»", "charity"),
                     ("Релігійна громада парафії Святого Миколая УГКЦ м. Львова", "religious_org"), ("Товариство Червоного Хреста України", "national_red_cross"),
                     ("Український католицький університет", "private_university")]:
        full, n, s = pib(rng)
        P.append(B(nm, kind, "B2B", cc="UA", person=full, email=pmail(rng, n, s), pay="Оплата на рахунок", w=0.9))
    for nm, kind, em in [("КНП «Київська міська клінічна лікарня № 17»", "public_hospital", "kmkl17@ukr.net"), ("КП «Київтеплоенерго»", "municipal_enterprise", "zakupivli@kte.kmda.gov.ua"),
                         ("КП «Харківводоканал»", "municipal_enterprise", "office@vodokanal.kharkov.ua"), ("Військова частина А0224", "armed_forces_unit", ""),
                         ("Військова частина А4123", "armed_forces_unit", ""), ("Львівська міська рада", "municipality", "zakupivli@lvivcity.gov.ua"),
                         ("Виконавчий комітет Дніпровської міської ради", "municipality", "zakupivli@dniprorada.gov.ua"), ("Київський ліцей № 142 Дніпровського району м. Києва", "public_school", ""),
                         ("Головне управління ДСНС України у Львівській області", "state_agency", "lviv@dsns.gov.ua"),
                         ("Національний університет «Львівська політехніка»", "public_university", "zakupivli@lpnu.ua"),
                         ("Адміністрація Державної прикордонної служби України", "state_agency", "")]:
        full, n, s = pib(rng)
        P.append(B(nm, kind, "B2G", cc="UA", person=full, email=em or pmail(rng, n, s), pay="Оплата на рахунок", comment=rng.choice(["", "", "договір за результатами закупівлі в Prozorro UA-2025-0" + str(rng.randint(1, 9)) + "-" + str(rng.randint(10, 28)) + "-00" + str(rng.randint(1000, 9999)) + "-a"]), w=1.6))
    full, n, s = pib(rng)
    P.append(B("Посольство Республіки Польща в Україні", "embassy", "B2G", cc="PL", person=full, email="", pay="Оплата на рахунок", w=0.5))
    for _ in range(14):
        P.append(person(w=1.5))
    # ambiguous
    full, n, s = pib(rng)
    P.append(B("ТОВ «Юридична фірма «Правовий Альянс»", "company_household_item", "B2B", True, "UA", "hh1", person=full, email="office@pravalliance.com.ua", pay="Оплата на рахунок", w=1.2))
    full, n, s = pib(rng)
    P.append(B(f"ФОП {full}", "sole_proprietor_personal_purchase", "B2B", True, "UA", "hh1", person=full, email=pmail(rng, n, s), pay="Оплата карткою Visa/Mastercard", w=1.0))
    P.append(person("person_bulk_identical", "B2C", True, "bulk", w=0.9))
    P.append(person("person_states_resale", "B2B", True, "bulk", comment="беру на перепродаж у свій магазин", w=0.8))
    full, n, s = pib(rng)
    P.append(B("", "person_with_gov_email", "B2C", True, "UA", "home", person=full, email=f"{n.lower().translate(LAT)}.{s.lower().translate(LAT)}@mil.gov.ua", pay="Накладений платіж", comment="доставка додому, Нова Пошта відділення 12", w=0.8))
    full, n, s = pib(rng)
    P.append(B("Військова частина А7014", "armed_forces_unit_household_item", "B2G", True, "UA", "kettle", person=full, email="", pay="Оплата на рахунок", w=0.7))
    full, n, s = pib(rng)
    P.append(B("Представництво Управління Верховного комісара ООН у справах біженців (УВКБ ООН) в Україні", "international_org", "B2B", True, "UA", "biz", person=full, email="ukrki@unhcr.org", pay="Оплата на рахунок", w=0.6))
    full, n, s = pib(rng)
    P.append(B("АТ «Укрзалізниця» (філія «Центр забезпечення виробництва»)", "state_owned_company_procurement", "B2B", True, "UA", "biz", person=full, email="",
               pay="Оплата на рахунок", comment="закупівля через Prozorro UA-2025-04-17-00" + str(rng.randint(1000, 9999)) + "-b", w=0.7))
    return P


def gen():
    rng = random.Random(4404)
    P = pool(rng)
    for b in P:
        if b["amb"]:
            b["w"] *= 2.2
    rows, lab = [], Lab()
    t = dt.datetime(2025, 4, 2, 8, 30)
    oid = 301122000
    while len(rows) < 200:
        b = pick(P, rng)
        ls = lines(b, rng, BIZ, HOME, SPECIAL)
        tot = sum(p[2] * q for p, q in ls)
        t += dt.timedelta(minutes=rng.randint(30, 900))
        oid += rng.randint(3, 400)
        status = rng.choice(["Виконано", "Виконано", "Виконано", "Прийнято", "Скасовано"])
        deliv = rng.choice(["Нова Пошта", "Нова Пошта", "Укрпошта", "Самовивіз"]) if b["pay"] != "Оплата на рахунок" else rng.choice(["Нова Пошта", "Доставка магазином"])
        src = rng.choice(["Каталог Prom.ua", "Каталог Prom.ua", "Сайт компанії", "Мобільний застосунок"])
        disc = 0 if rng.random() < 0.85 else round(tot * 0.05)
        city = rng.choice(["Київ", "Львів", "Дніпро", "Харків", "Одеса", "Вінниця", "Житомир"])
        for p, q in ls:
            rows.append({
                "Номер замовлення": oid, "Дата замовлення": t.strftime("%d.%m.%Y %H:%M"), "ПІБ": b["person"], "Назва компанії": b["name"],
                "Телефон": f"+380{rng.choice(['67', '50', '63', '97', '93'])}{rng.randint(1000000, 9999999)}", "Email": b["email"],
                "Адреса доставки": f"{city}, Нова Пошта №{rng.randint(1, 180)}" if deliv == "Нова Пошта" else (city if deliv != "Укрпошта" else f"{city}, відділення Укрпошти"),
                "Спосіб доставки": deliv, "Спосіб оплати": b["pay"], "Статус": status, "Джерело замовлення": src,
                "Причина скасування": "Покупець відмовився" if status == "Скасовано" else "", "Назва товару": p[0], "Артикул": p[1], "Кількість": q,
                "Ціна": p[2], "Сума": tot, "Сума зі знижкою": tot - disc, "Промокод": "SPRING5" if disc else "", "Мітки": "", "Коментар": b.get("comment", ""),
            })
            lab.add(b)
    df = pd.DataFrame(rows)
    df.to_excel(os.path.join(LAY, "b_ua_prom_zamovlennia.xlsx"), index=False, sheet_name="Замовлення")
    write_key("b_ua_prom_zamovlennia", {
        "id": "b_ua_prom_zamovlennia", "system": "Prom.ua — кабінет компанії › Замовлення › Експорт замовлень (Excel)", "country": "UA", "language": "uk",
        "docs": ["Prom.ua-platform order export (documented for the same platform's sister site, support.vendigo.ro «Exportul comenzilor»): order number, order date, name of the buyer, company name (if the buyer has one), delivery and payment method, status, order source, cancellation reason, phone, e-mail, address, "
                 "product name, article, quantity, labels, promo code, price, total order value, value with discount; every product of an order on a separate row under the same number, and the «Cost» field holds the order total. "
                 "Headers written in Ukrainian as the Prom.ua cabinet names them; Prom.ua writes .xls, this file is .xlsx with the same sheet layout."],
        "fields": {"buyer": "Назва компанії", "product": "Назва товару", "quantity": "Кількість", "amount": "Сума", "tax_id": None, "email": "Email",
                   "payment": "Спосіб оплати", "comment": "Коментар"},
        "also_ok": {"amount": ["Сума зі знижкою"], "buyer": ["ПІБ"]},
        "notes": "XLSX, header row 1, every following row is a record; rows with the same «Номер замовлення» are one order (one row per product) and share a label; «Сума»/«Сума зі знижкою» are order totals repeated on each row. "
                 "Private buyers have «Назва компанії» empty and only «ПІБ». The file has no tax-ID column (Prom.ua does not export ЄДРПОУ).",
    }, lab.rows)
    return len(rows), lab.rows


if __name__ == "__main__":
    print(gen()[0])
