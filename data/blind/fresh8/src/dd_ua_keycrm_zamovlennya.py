"""KeyCRM (UA) - експорт замовлень за шаблоном (xlsx), one row per product line of an order.
Seeded; rebuilds layouts/ and key/ files exactly."""
import json, random, datetime as dt
import pandas as pd
from dd_common import normalize_xlsx, OUT, edrpou, rnokpp, ua_person

rng = random.Random(8033)
ID = "dd_ua_keycrm_zamovlennya"
TR = {"Коваленко": "kovalenko", "Шевченко": "shevchenko", "Бондаренко": "bondarenko", "Ткаченко": "tkachenko",
      "Кравченко": "kravchenko", "Мельник": "melnyk", "Олійник": "oliinyk", "Лисенко": "lysenko", "Савчук": "savchuk",
      "Поліщук": "polishchuk", "Бойко": "boiko", "Кравчук": "kravchuk", "Гончаренко": "honcharenko", "Руденко": "rudenko",
      "Марченко": "marchenko", "Литвиненко": "lytvynenko"}
FREE = ["gmail.com", "ukr.net", "i.ua", "gmail.com", "meta.ua"]
P_HOME = [("Кавомашина De'Longhi Magnifica S ECAM 22.110.B", 15999), ("Кава в зернах Lavazza Qualita Oro 1 кг", 899),
          ("Кава в зернах Jacobs Barista Editions Crema 1 кг", 649), ("Капучинатор Philips CA6500/63", 1899),
          ("Чашки для капучино Luminarc 6 шт.", 529), ("Електрочайник Tefal KO2M0810", 1499),
          ("Гейзерна кавоварка Bialetti Moka Express 6 чашок", 1799), ("Кавомолка Bosch TSM6A013B", 899)]
P_PRO = [("Кавомашина професійна La Spaziale S1 Vivaldi II", 89500), ("Кава в зернах Ambassador Blue Label 1 кг", 685),
         ("Стаканчики паперові 250 мл (50 шт.)", 95), ("Кришки для стаканів 80 мм (100 шт.)", 120),
         ("Молоко Ферма Бариста 2,5% 1 л", 52), ("Засіб для чищення Puly Caff 900 г", 745),
         ("Кавомолка Fiorenzato F64 E", 32900), ("Сироп Monin Карамель 1 л", 489)]
B2B = [("ТОВ «Кава Хаус Україна»", "company"), ("ТОВ «Львівська копальня кави»", "company"), ("ТОВ «Епіцентр К»", "company"),
       ("ТОВ «Офіс Сервіс Груп»", "company"), ("ПП «Смачна випічка»", "company"), ("ТОВ «Готель Дніпро Плаза»", "company"),
       ("ТОВ «Медичний центр Добробут-Поліклініка»", "company"), ("ОСББ «Липки-12»", "hoa"),
       ("Релігійна організація «Парафія Святого Миколая»", "religious_org"), ("ГО «Спільнота бариста України»", "non_profit"),
       ("Приватний заклад освіти «Ліцей Інтелект»", "private_school")]
GOV = [("КНП «Київська міська клінічна лікарня № 1»", "public_hospital", "health.kyivcity.gov.ua"),
       ("Виконавчий комітет Житомирської міської ради", "municipality", "zt-rada.gov.ua"),
       ("Київський національний університет імені Тараса Шевченка", "public_university", "knu.ua"),
       ("Ліцей № 142 Оболонського району м. Києва", "municipal_school", "osvita.kyivcity.gov.ua"),
       ("Головне управління ДПС у Львівській області", "government_body", "tax.gov.ua"),
       ("Військова частина А4021", "armed_forces", "mil.gov.ua"),
       ("Департамент освіти і науки Одеської міської ради", "municipality", "omr.gov.ua")]
PAY_C = ["Накладений платіж", "Оплата карткою (LiqPay)", "Monobank: оплата частинами", "Накладений платіж"]
PAY_B = "Безготівковий розрахунок (рахунок)"
CITIES = ["м. Київ", "м. Львів", "м. Одеса", "м. Дніпро", "м. Харків", "м. Вінниця", "м. Житомир", "м. Полтава"]

rows, labels = [], []
oid = 18240
t0 = dt.datetime(2024, 9, 2, 8, 30)


def email(f, free=True):
    base = TR.get(f, "user") + str(rng.randint(1, 99))
    return f"{base}@{rng.choice(FREE)}"


def order(buyer, phone, mail, company, lines, pay, pstat, deliv, addr, comm, label, amb, kind, country="UA"):
    global oid, t0
    oid += rng.randint(1, 4)
    t0 += dt.timedelta(minutes=rng.randint(40, 900))
    total = sum(q * p for _, q, p in lines)
    for name, q, p in lines:
        rows.append({"ID": oid, "Дата створення": t0.strftime("%d.%m.%Y %H:%M"), "Статус": rng.choice(["Виконано", "Виконано", "Відправлено", "Доставлено"]),
                     "Джерело": rng.choice(["Сайт", "Instagram", "Телефон", "Prom.ua"]) if label != "B2G" else rng.choice(["Сайт", "Телефон", "Email"]),
                     "Покупець": buyer, "Телефон": phone, "Email": mail, "Компанія": company, "Товар": name,
                     "Кількість": q, "Ціна": p, "Сума замовлення": total, "Спосіб оплати": pay, "Статус оплати": pstat,
                     "Спосіб доставки": deliv, "Адреса доставки": addr, "Коментар": comm})
        labels.append((label, amb, kind, country))


def phone():
    return f"+380{rng.choice(['50', '67', '63', '97', '93', '66'])}{rng.randint(1000000, 9999999)}"


def np_addr():
    return f"{rng.choice(CITIES)}, Відділення №{rng.randint(1, 180)}"


def lines(pool, n, qmax):
    return [(nm, rng.randint(1, qmax), p) for nm, p in rng.sample(pool, n)]


cases = (["person"] * 46 + ["anon_site"] * 4 + ["b2b"] * 30 + ["fop"] * 10 + ["gov"] * 14 + ["gov_prozorro"] * 4
         + ["soe_prozorro"] * 2 + ["intl"] * 2 + ["gov_email_person"] * 3 + ["co_house"] * 3 + ["fop_card"] * 2
         + ["person_resale"] * 2 + ["person_bulk"] * 1 + ["thin"] * 3 + ["school_kettle"] * 2)
rng.shuffle(cases)
for c in cases:
    if c == "person":
        f, i, o = ua_person(rng)
        buyer = rng.choice([f"{f} {i}", f"{f} {i} {o}", f"{i} {f}", f"{f.upper()} {i.upper()}"])
        order(buyer, phone(), email(f) if rng.random() < .6 else "", "", lines(P_HOME, rng.randint(1, 2), 2),
              rng.choice(PAY_C), "Оплачено", rng.choice(["Нова Пошта", "Нова Пошта", "Укрпошта"]), np_addr(),
              rng.choice(["", "", "Передзвоніть перед відправкою", "подарунок, без чеку в посилці", "для дому"]), "B2C", False, "private_person")
    elif c == "anon_site":
        order("Покупець з сайту", "", "", "", lines(P_HOME, 1, 2), "Оплата карткою (LiqPay)", "Оплачено", "Самовивіз",
              "", "", "B2C", False, "anonymous_retail")
    elif c == "b2b":
        co, kind = rng.choice(B2B); f, i, o = ua_person(rng)
        dom = rng.choice(["kavahouse.ua", "coffeemine.com.ua", "epicentrk.com", "osg.com.ua", "smachna.com.ua", "dniproplaza.com"])
        order(f"{f} {i}", phone(), f"zakupivli@{dom}" if rng.random() < .5 else f"{TR.get(f,'office')}@{dom}", co,
              lines(P_PRO, rng.randint(1, 4), 12), PAY_B, rng.choice(["Оплачено", "Очікує оплату"]), "Нова Пошта",
              f"{rng.choice(CITIES)}, вул. {rng.choice(['Хрещатик', 'Шевченка', 'Городоцька', 'Соборна'])}, {rng.randint(1, 120)}",
              rng.choice(["Рахунок на ТОВ, ЄДРПОУ " + edrpou(rng, "4"), "ВН + рахунок", "", "доставка в кав'ярню до 12:00"]),
              "B2B", False, kind)
    elif c == "fop":
        f, i, o = ua_person(rng)
        order(f"{f} {i} {o}", phone(), email(f), f"ФОП {f} {i[0]}. {o[0]}.", lines(P_PRO, rng.randint(1, 3), 20), PAY_B,
              "Оплачено", "Нова Пошта", np_addr(), f"Рахунок на ФОП, РНОКПП {rnokpp(rng)}, для кав'ярні", "B2B", False, "sole_trader")
    elif c in ("gov", "gov_prozorro", "school_kettle"):
        g, kind, dom = rng.choice(GOV) if c != "school_kettle" else GOV[3]
        f, i, o = ua_person(rng)
        if c == "school_kettle":
            ls = [(P_HOME[5][0], 1, P_HOME[5][1])]
            comm = "Рахунок на заклад, оплата з казначейства"
        else:
            ls = lines(P_PRO + P_HOME[:2], rng.randint(1, 3), 6)
            comm = ("Договір за результатами закупівлі UA-2024-" + f"{rng.randint(1,12):02d}-{rng.randint(1,28):02d}-00{rng.randint(1000,9999)}-a"
                    if c == "gov_prozorro" else "Рахунок на установу, оплата через ДКСУ")
        order(f"{f} {i} {o}", phone(), f"{rng.choice(['zakupivli', 'buh', 'office'])}@{dom}", g, ls, PAY_B,
              rng.choice(["Оплачено", "Очікує оплату"]), "Нова Пошта", np_addr(), comm, "B2G", c == "school_kettle",
              kind if c != "school_kettle" else "municipal_school")
    elif c == "soe_prozorro":
        order("Гнатюк Василь", phone(), "v.hnatiuk@uz.gov.ua", "АТ «Укрзалізниця»", lines(P_PRO, 3, 20), PAY_B, "Очікує оплату",
              "Нова Пошта", np_addr(), f"Закупівля через Prozorro UA-2024-10-{rng.randint(10, 28)}-00{rng.randint(1000, 9999)}-a, договір № {rng.randint(100, 999)}/НХ",
              "B2B", True, "state_owned_company")
    elif c == "intl":
        order("Кириленко Ольга", phone(), "okyrylenko@unicef.org", "Представництво ЮНІСЕФ в Україні", lines(P_PRO, 2, 6), PAY_B,
              "Оплачено", "Самовивіз", "м. Київ, вул. Ділова, 5", "invoice in USD equivalent, without VAT", "B2B", True, "international_org")
    elif c == "gov_email_person":
        f, i, o = ua_person(rng)
        order(f"{f} {i}", phone(), f"{TR.get(f, 'user')}@{rng.choice(['kmda.gov.ua', 'mil.gov.ua', 'tax.gov.ua'])}", "",
              [(P_HOME[0][0], 1, P_HOME[0][1])], "Оплата карткою (LiqPay)", "Оплачено", "Нова Пошта", np_addr(),
              "доставка додому", "B2C", True, "person_gov_email")
    elif c == "co_house":
        co, _ = rng.choice(B2B[:7])
        order("Савчук Роман", phone(), "office@osg.com.ua", co, [(P_HOME[rng.choice([0, 5, 6])][0], 1, P_HOME[0][1])], PAY_B,
              "Оплачено", "Нова Пошта", np_addr(), "рахунок на компанію", "B2B", True, "company_household_item")
    elif c == "fop_card":
        f, i, o = ua_person(rng)
        order(f"{f} {i}", phone(), email(f), f"ФОП {f} {i[0]}. {o[0]}.", [(P_HOME[0][0], 1, P_HOME[0][1])], "Оплата карткою (LiqPay)",
              "Оплачено", "Нова Пошта", np_addr(), "", "B2B", True, "sole_trader_personal_card")
    elif c == "person_resale":
        f, i, o = ua_person(rng)
        order(f"{f} {i}", phone(), email(f), "", [(P_HOME[1][0], 24, 760)], "Накладений платіж", "Оплачено", "Нова Пошта", np_addr(),
              "беру на перепродаж, чи буде оптова ціна далі?", "B2B", True, "person_stated_resale")
    elif c == "person_bulk":
        f, i, o = ua_person(rng)
        order(f"{f} {i}", phone(), email(f), "", [(P_HOME[7][0], 30, P_HOME[7][1])], "Оплата карткою (LiqPay)", "Оплачено",
              "Нова Пошта", np_addr(), "", "B2C", True, "private_person_bulk")
    elif c == "thin":
        order("", "", "", "", lines(P_HOME, 1, 1), "", "", "", "", "", "B2C", True, "thin_record")

df = pd.DataFrame(rows)
df.to_excel(OUT / "layouts" / f"{ID}.xlsx", index=False, sheet_name="Замовлення")
normalize_xlsx(OUT / "layouts" / f"{ID}.xlsx")
pd.DataFrame([(i, *l) for i, l in enumerate(labels)], columns=["row", "label", "ambiguous", "kind", "country"]) \
    .assign(ambiguous=lambda x: x.ambiguous.map({True: "true", False: "false"})) \
    .to_csv(OUT / "key" / f"{ID}.labels.csv", index=False)
key = {
    "id": ID,
    "system": "KeyCRM - експорт замовлень у xlsx за шаблоном експорту (Налаштування > Замовлення > Експорт замовлень), інтерфейс українською, рядок на кожен товар замовлення",
    "country": "UA", "language": "uk",
    "docs": ["help.keycrm.app/ru/order-management/export-v-excel: export of orders by a user template (Настройки > Общие > Заказы > Экспорт заказов), format csv or xlsx, "
             "the user switches order fields on/off and can filter by period/status/manager",
             "help.keycrm.app/uk/... import article: Дата створення column name, UTF-8 files",
             "column captions in Ukrainian are my rendering of the template's order fields (ID, Дата створення, Статус, Джерело, Покупець, Телефон, Email, "
             "Компанія, Товар, Кількість, Ціна, Сума замовлення, Спосіб оплати, Статус оплати, Спосіб доставки, Адреса доставки, Коментар) - not verified verbatim"],
    "fields": {"buyer": "Покупець", "product": "Товар", "quantity": "Кількість", "amount": "Сума замовлення", "tax_id": None,
               "email": "Email", "payment": "Спосіб оплати", "comment": "Коментар"},
    "also_ok": {"buyer": ["Компанія"], "amount": ["Ціна"]},
    "notes": "One row per order line; order-level cells (ID, buyer, Сума замовлення, payment, comment) repeat on each line of the order. "
             "Покупець is the contact person; Компанія holds the organisation when the buyer card has one - the organisation decides the label. "
             "Tax IDs (ЄДРПОУ / РНОКПП) appear only inside Коментар. 'Покупець з сайту' is a catch-all for quick orders without a contact. "
             "Three orders are thin (product only).",
}
(OUT / "key" / f"{ID}.json").write_text(json.dumps(key, ensure_ascii=False, indent=2), encoding="utf-8")
print(ID, len(df), df.ID.nunique())
