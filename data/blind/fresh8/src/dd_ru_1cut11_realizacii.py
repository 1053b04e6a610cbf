"""1C:Управление торговлей 11 - list form «Реализации товаров и услуг» saved to Excel (xlsx).
One row per document. Seeded; rebuilds layouts/ and key/ files exactly."""
import json, random, datetime as dt
import pandas as pd
from dd_common import normalize_xlsx, OUT, inn10, inn12, ru_person

rng = random.Random(8011)
ID = "dd_ru_1cut11_realizacii"
ORG = 'ООО "ТехноОфис Поволжье"'
MANAGERS = ["Кириллова Анна", "Жуков Сергей", "Тарасова Мария", "Белов Игорь"]
SKLAD = ["Основной склад", "Склад Самара", "Магазин на Московском шоссе"]

B2B = ['ООО "Стройинвест"', 'ООО "ВолгаЛогистик"', 'АО "Самарский подшипниковый завод"', 'ООО "Агроторг"',
       'ООО "Медицинский центр "Здоровье""', 'ООО "ТК Приволжье"', 'ЗАО "Тольяттисинтез-Сервис"', 'ООО "Бухгалтерия Плюс"',
       'ООО "Альфа-Проект"', 'АО "Тандер"', 'ООО "Кафе Вкусно"', 'ООО "ЭнергоМонтаж"', 'ООО "Автодом Самара"',
       'ООО "Частная школа "Развитие""', 'АНО ДПО "Учебный центр "Профессионал""', 'ТСЖ "Солнечный-5"',
       'Местная религиозная организация православный Приход храма Святителя Николая г. Самары',
       'ООО "СВ-Трейд"', 'ООО "Клиника доктора Левина"', 'Ассоциация "Союз строителей Самарской области"']
B2G = ['МБОУ "Школа № 124 г.о. Самара"', 'ГБУЗ "Самарская областная клиническая больница им. В.Д. Середавина"',
       'ФГБОУ ВО "Самарский государственный технический университет"', 'Администрация городского округа Тольятти',
       'ГКУ СО "Управление капитального строительства"', 'МАДОУ "Детский сад № 45" г.о. Самара',
       'МКУ "Центр бухгалтерского учета" г.о. Сызрань', 'ФКУ "ИК-3 УФСИН России по Самарской области"',
       'МУП "Самараводоканал-Сервис"', 'ГБУ СО "Центр социального обслуживания граждан пожилого возраста"',
       'Министерство образования Самарской области', 'ФГБУ "Приволжское УГМС"']
SOE = ['ОАО "РЖД"', 'ПАО "Россети Волга"', 'АО "Почта России"']
GOODS_B = ["МФУ Pantum M6500W, 5 шт.", "бумага SvetoCopy A4, 50 пачек", "ноутбуки HP 250 G9 - 4 шт.", "картриджи HP 59A, 10 шт.",
           "кресла офисные Бюрократ CH-868N, 12 шт.", "сервер Dell PowerEdge R450", "ИБП APC Back-UPS 1500, 3 шт.",
           "кондиционеры Ballu BSAG-12HN1 - 6 шт. с монтажом", "мониторы AOC 24B2XH, 8 шт.", "канцтовары по спецификации"]
HOUSE = ["Чайник Bosch TWK3A011, 1 шт.", "Микроволновая печь LG MS2042DB, 1 шт.", "Холодильник Атлант ХМ-4421, 1 шт.",
         "Пылесос Samsung VC18M31A0HP, 1 шт.", "Кофеварка De'Longhi EC685, 1 шт.", "Телевизор Samsung UE43AU7100U, 1 шт."]

rows, labels = [], []
d0 = dt.datetime(2024, 3, 1, 9, 0)
num = 1180


def add(client, kontr, summa, hoz, forma, comm, label, amb, kind, status="Закрыта"):
    global num
    num += rng.randint(1, 3)
    d = d0 + dt.timedelta(days=len(rows) * 0.45 + rng.random(), minutes=rng.randint(0, 500))
    rows.append({"Дата": d.strftime("%d.%m.%Y %H:%M:%S"), "Номер": f"ТО00-{num:06d}", "Клиент": client,
                 "Контрагент": kontr, "Сумма": round(summa, 2), "Валюта": "RUB", "Хозяйственная операция": hoz,
                 "Форма оплаты": forma, "Склад": rng.choice(SKLAD), "Статус": status,
                 "Менеджер": rng.choice(MANAGERS), "Организация": ORG, "Комментарий": comm})
    labels.append((label, amb, kind, "RU"))


def plan():
    c = []
    c += ["b2b"] * 88 + ["b2g"] * 34 + ["b2g_44"] * 12 + ["retail"] * 18 + ["person"] * 14 + ["ip"] * 8
    c += ["soe223"] * 5 + ["soe_plain"] * 3 + ["co_house"] * 5 + ["school_kettle"] * 3 + ["gov_person"] * 2
    c += ["ip_card"] * 3 + ["person_resale"] * 2 + ["person_bulk"] * 1 + ["thin"] * 2
    rng.shuffle(c)
    return c


for case in plan():
    if case == "b2b":
        n = rng.choice(B2B)
        comm = rng.choice(["", "", f"по заказу клиента № {rng.randint(100, 999)}", rng.choice(GOODS_B),
                           "доставка на склад клиента", "счет-фактура, УПД подписаны", "отсрочка 14 дней"])
        if n.startswith("ТСЖ") or "Приход" in n or "Ассоциация" in n:
            kind = "non_profit"
        elif n.startswith("ООО \"Частная") or "АНО" in n:
            kind = "private_school"
        else:
            kind = "company"
        add(n if rng.random() > 0.1 else n.upper(), n, rng.uniform(8000, 480000), "Реализация", "Безналичная",
            comm, "B2B", False, kind)
    elif case == "b2g":
        n = rng.choice(B2G)
        k = ("municipal_school" if "Школа" in n or "Детский" in n else "public_hospital" if "ГБУЗ" in n else
             "public_university" if "ФГБОУ" in n else "municipal_enterprise" if "МУП" in n else "government_body")
        add(n, n, rng.uniform(5000, 350000), "Реализация", "Безналичная",
            rng.choice(["", "по договору", rng.choice(GOODS_B), "оплата через УФК"]), "B2G", False, k)
    elif case == "b2g_44":
        n = rng.choice(B2G)
        ikz = "24" + "".join(str(rng.randint(0, 9)) for _ in range(34))
        add(n, n, rng.uniform(40000, 900000), "Реализация", "Безналичная",
            f"Контракт № {rng.randint(1, 99)}-ЭА по 44-ФЗ, ИКЗ {ikz}", "B2G", False, "government_body")
    elif case == "retail":
        add("Розничный покупатель", "Розничный покупатель", rng.uniform(490, 25000), "Реализация в розницу",
            rng.choice(["Наличная", "Платежная карта"]), "", "B2C", False, "anonymous_retail")
    elif case == "person":
        f, i, o = ru_person(rng)
        name = rng.choice([f"{f} {i} {o}", f"{f} {i[0]}.{o[0]}.", f"{f} {i} {o} "])
        add(name, name, rng.uniform(1500, 60000), "Реализация", rng.choice(["Платежная карта", "Наличная"]),
            rng.choice(["", "доставка на дом", "самовывоз", rng.choice(HOUSE)]), "B2C", False, "private_person")
    elif case == "ip":
        f, i, o = ru_person(rng)
        name = f"ИП {f} {i[0]}.{o[0]}."
        add(name, name, rng.uniform(6000, 150000), "Реализация", "Безналичная",
            rng.choice(["для магазина", rng.choice(GOODS_B), ""]), "B2B", False, "sole_trader")
    elif case == "soe223":
        n = rng.choice(SOE)
        add(n, n, rng.uniform(100000, 1500000), "Реализация", "Безналичная",
            f"Договор по 223-ФЗ, закупка № 3240{rng.randint(1000000, 9999999)}", "B2B", True, "state_owned_company")
    elif case == "soe_plain":
        n = rng.choice(SOE)
        add(n, n, rng.uniform(20000, 300000), "Реализация", "Безналичная", rng.choice(GOODS_B), "B2B", False,
            "state_owned_company")
    elif case == "co_house":
        n = rng.choice(B2B[:12])
        add(n, n, rng.uniform(4000, 45000), "Реализация", rng.choice(["Безналичная", "Платежная карта"]),
            rng.choice(HOUSE), "B2B", True, "company_household_item")
    elif case == "school_kettle":
        n = rng.choice([b for b in B2G if "Школа" in b or "Детский" in b])
        add(n, n, rng.uniform(2500, 6000), "Реализация", "Безналичная", HOUSE[0], "B2G", True, "municipal_school")
    elif case == "gov_person":
        f, i, o = ru_person(rng)
        add(f"{f} {i} {o}", f"{f} {i} {o}", rng.uniform(15000, 60000), "Реализация", "Платежная карта",
            f"{rng.choice(HOUSE)} доставка на дом, чек на e-mail {rng.choice(['a.volkov', 'e.smirnova', 'popov.mv', 'kozlova.ip'])}@samregion.ru",
            "B2C", True, "person_gov_email")
    elif case == "ip_card":
        f, i, o = ru_person(rng)
        add(f"ИП {f} {i} {o}", f"ИП {f} {i} {o}", rng.uniform(30000, 70000), "Реализация в розницу",
            "Платежная карта", HOUSE[5], "B2B", True, "sole_trader_personal_card")
    elif case == "person_resale":
        f, i, o = ru_person(rng)
        add(f"{f} {i} {o}", f"{f} {i} {o}", rng.uniform(40000, 120000), "Реализация", "Наличная",
            "для перепродажи, 20 шт. наушников JBL Tune 520BT", "B2B", True, "person_stated_resale")
    elif case == "person_bulk":
        f, i, o = ru_person(rng)
        add(f"{f} {i} {o}", f"{f} {i} {o}", 495000.0, "Реализация", "Платежная карта",
            "Смартфон Xiaomi Redmi Note 13, 40 шт.", "B2C", True, "private_person_bulk")
    elif case == "thin":
        add("", "", rng.uniform(900, 3000), "Реализация", "", "", "B2C", True, "thin_record")

df = pd.DataFrame(rows)
cols = ["Дата", "Номер", "Клиент", "Контрагент", "Сумма", "Валюта", "Хозяйственная операция", "Форма оплаты",
        "Статус", "Склад", "Менеджер", "Организация", "Комментарий"]
df = df[cols]
df.to_excel(OUT / "layouts" / f"{ID}.xlsx", index=False, sheet_name="Лист1")
normalize_xlsx(OUT / "layouts" / f"{ID}.xlsx")
pd.DataFrame([(i, *l) for i, l in enumerate(labels)], columns=["row", "label", "ambiguous", "kind", "country"]) \
    .assign(ambiguous=lambda x: x.ambiguous.map({True: "true", False: "false"})) \
    .to_csv(OUT / "key" / f"{ID}.labels.csv", index=False)
key = {
    "id": ID,
    "system": "1C:Управление торговлей, ред. 11 - список документов «Реализации товаров и услуг» (Продажи > Документы продажи), сохранён через «Еще > Вывести список» в Excel (xlsx)",
    "country": "RU", "language": "ru",
    "docs": ["the public documentation gave no column listing for the УТ 11 list form; columns follow the standard list form of the document "
             "(Дата, Номер, Клиент, Контрагент, Сумма, Валюта, Хозяйственная операция, Форма оплаты, Статус, Склад, Менеджер, Организация, Комментарий) "
             "as 1C's «Вывести список» writes them: one header row, dates as 'ДД.ММ.ГГГГ ЧЧ:ММ:СС' text, sums as numbers"],
    "fields": {"buyer": "Клиент", "product": None, "quantity": None, "amount": "Сумма", "tax_id": None,
               "email": None, "payment": "Форма оплаты", "comment": "Комментарий"},
    "also_ok": {"buyer": ["Контрагент"]},
    "notes": "One row per sale document, no title or totals lines (Вывести список writes just the table). No product column: goods are "
             "sometimes named in Комментарий. «Розничный покупатель» is the catch-all retail client (Хозяйственная операция = Реализация в розницу). "
             "Two rows have empty Клиент/Контрагент (thin). Организация is the seller.",
}
(OUT / "key" / f"{ID}.json").write_text(json.dumps(key, ensure_ascii=False, indent=2), encoding="utf-8")
print(ID, len(df))
