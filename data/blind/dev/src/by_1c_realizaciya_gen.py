"""Generator: by_1c_realizaciya -- 1С:Бухгалтерия для Беларуси: документы «Реализация товаров и услуг»
с табличной частью, выгрузка в CSV (cp1251, ';', числа с неразрывным пробелом и запятой).
Seeded; rebuild with: python by_1c_realizaciya_gen.py"""
import json, random, csv
from pathlib import Path

SEED = 4106
R = random.Random(SEED)
BASE = Path(__file__).resolve().parent.parent
LID = "by_1c_realizaciya"
NBSP = "\u00a0"


def unp(first=None):
    w = [29, 23, 19, 17, 13, 7, 5, 3]
    while True:
        d = (first or R.choice("1234567")) + "%07d" % R.randint(0, 9999999)
        s = sum(int(a) * b for a, b in zip(d, w)) % 11
        if s != 10:
            return d + str(s)


def num(x):
    s = "%.2f" % x
    i, f = s.split(".")
    g = ""
    while len(i) > 3:
        g = NBSP + i[-3:] + g; i = i[:-3]
    return i + g + "," + f


OFFICE = [("Бумага офисная \"Снегурочка\" А4 500 л.", "пач", 14.90), ("Картридж HP 26A CF226A", "шт", 189.00), ("Папка-регистратор 75 мм", "шт", 7.80),
          ("Ручка шариковая синяя", "шт", 0.95), ("Степлер №24/6", "шт", 12.50), ("Журнал регистрации приказов", "шт", 9.40)]
IT = [("Ноутбук ASUS VivoBook 15 X1504", "шт", 1899.00), ("Монитор Philips 243V7QDSB 23.8\"", "шт", 389.00), ("МФУ Canon i-SENSYS MF3010", "шт", 649.00),
      ("Программный продукт 1С:Бухгалтерия 8 для Беларуси", "шт", 890.00), ("ИБП Powercom RPT-1000AP", "шт", 329.00),
      ("Коммутатор TP-Link TL-SG1016D", "шт", 219.00), ("Сервер Lenovo ThinkSystem ST50 V2", "шт", 5290.00)]
FURN = [("Кресло офисное \"Престиж\"", "шт", 159.00), ("Стол письменный 1200х600", "шт", 235.00), ("Шкаф для документов 800х380х1850", "шт", 489.00),
        ("Стол ученический 2-местный регулируемый", "шт", 179.00), ("Доска аудиторная 3-элементная", "шт", 540.00)]
HOUSE = [("Электрочайник Vitek VT-7009", "шт", 79.90), ("Микроволновая печь Horizont 20MW700-1378", "шт", 239.00), ("Холодильник ATLANT ХМ 4208-000", "шт", 1049.00),
         ("Кондиционер бытовой Electrolux EACS-09HAT/N3", "шт", 1599.00), ("Телевизор Horizont 43LE7053D", "шт", 899.00),
         ("Стиральная машина ATLANT СМА 60У107-000", "шт", 869.00), ("Пылесос Bosch BGLS4X201", "шт", 399.00), ("Смартфон Xiaomi Redmi Note 13 8/256", "шт", 749.00)]
CLEAN = [("Средство моющее \"Бархiм\" 5 л", "шт", 18.50), ("Бумага туалетная \"Веллфикс\" 8 рул.", "уп", 9.90), ("Мешки для мусора 120 л (10 шт)", "уп", 6.20)]

ORG = "ООО \"ТехноОфисБел\""
ORG_UNP = "192837465"
BUYERS = []


def add(name, code, kind, label, amb, pools, q=(1, 10), n=(1, 4), comment="", contract=None, times=1, country="BY"):
    BUYERS.append(dict(name=name, code=code, kind=kind, label=label, amb=amb, pools=pools, q=q, n=n, comment=comment,
                       contract=contract, times=times, country=country))


G, B, C = "B2G", "B2B", "B2C"
for nm, k, pools in [("Минский городской исполнительный комитет", "by_executive_committee", [OFFICE, IT]),
                     ("Борисовский районный исполнительный комитет", "by_executive_committee", [OFFICE, FURN]),
                     ("Гомельский областной исполнительный комитет", "by_executive_committee", [IT]),
                     ("Администрация Центрального района г. Минска", "by_district_administration", [OFFICE]),
                     ("ГУО \"Средняя школа № 12 г. Минска\"", "public_school", [FURN, IT]),
                     ("ГУО \"Гимназия № 1 г. Гродно\"", "public_school", [OFFICE, FURN]),
                     ("ГУО \"Ясли-сад № 45 г. Гомеля\"", "public_kindergarten", [CLEAN, FURN]),
                     ("УЗ \"6-я городская клиническая больница\"", "public_hospital", [IT, OFFICE]),
                     ("УЗ \"Минская областная клиническая больница\"", "public_hospital", [OFFICE, CLEAN]),
                     ("Учреждение образования \"Белорусский государственный университет информатики и радиоэлектроники\"", "public_university", [IT, FURN]),
                     ("Белорусский государственный университет", "public_university", [IT, OFFICE]),
                     ("Министерство по налогам и сборам Республики Беларусь", "ministry", [OFFICE, IT]),
                     ("Инспекция МНС по Советскому району г. Минска", "state_agency", [OFFICE]),
                     ("ГУ \"Центр по обеспечению деятельности бюджетных организаций Фрунзенского района г. Минска\"", "state_institution", [OFFICE, CLEAN, FURN]),
                     ("Войсковая часть 5448", "armed_forces_unit", [FURN, CLEAN]),
                     ("РУП \"Белтелеком\"", "state_unitary_enterprise", [IT, OFFICE]),
                     ("УП \"Минскводоканал\"", "municipal_unitary_enterprise", [IT]),
                     ("КУП \"Минсксантранс\"", "municipal_unitary_enterprise", [CLEAN, OFFICE]),
                     ("ГУ \"Главное управление Министерства внутренних дел Минского горисполкома\"", "police", [IT, OFFICE]),
                     ("Посольство Федеративной Республики Германия в Республике Беларусь", "embassy", [OFFICE, HOUSE])]:
    code = unp() if k != "embassy" else ""
    add(nm, code, k, G, False, pools, (2, 30), (1, 4), "", "Договор № %d по результатам процедуры закупки № auc%010d (icetrade.by)" % (R.randint(10, 400), R.randint(0, 10**10 - 1)) if R.random() < 0.6 and k != "embassy" else None,
        R.choice([1, 2, 2]))
add("ГУО \"Средняя школа № 3 г. Лиды\"", unp("4"), "public_school_household_item", G, True, [[HOUSE[0]]], (1, 1), (1, 1), "", None, 1)
add("ГУО \"Детский сад № 8 г. Бобруйска\"", unp("7"), "public_school_household_item", G, True, [[HOUSE[1]]], (1, 1), (1, 1), "", None, 1)
add("Октябрьский сельский исполнительный комитет", unp(), "state_body_household_item", G, True, [[HOUSE[4]]], (1, 1), (1, 1), "", None, 1)
# state-owned JSC
add("ОАО \"Беларуськалий\"", unp("6"), "state_owned_company_procurement", B, True, [IT, OFFICE], (5, 40), (2, 4),
    "процедура закупки (конкурс) № 2024-1156789 на icetrade.by", "Договор № 158/24-ЗК", 2)
add("ОАО \"Нафтан\"", unp("2"), "state_owned_company_procurement", B, True, [FURN], (5, 20), (1, 2), "закупка по Указу № 590, процедура № 2024-1160021", "Договор № 24/0345", 1)
add("ОАО \"БЕЛАЗ\" - управляющая компания холдинга \"БЕЛАЗ-ХОЛДИНГ\"", unp("6"), "state_owned_company", B, False, [OFFICE, CLEAN], (10, 50), (1, 3), "", "Договор № 87-Ф", 1)
for nm in ["ООО \"Евроторг\"", "ОАО \"Савушкин продукт\"", "ЗАО \"Атлант\"", "ЧУП \"Стройтехсервис\"", "ЧТУП \"Дельта-Маркет\"", "ООО \"Юридическая фирма \"Ревера\"\"",
           "ООО \"Медицинский центр \"Лодэ\"\"", "СООО \"Мобильные ТелеСистемы\"", "ООО \"ЭПАМ Системз\"", "ОДО \"Трансавто\"", "ЗАО \"Альфа-Банк\""]:
    add(nm, unp(), "company_with_legal_form", B, False, [OFFICE, IT, FURN, CLEAN], (1, 25), (1, 5), "", "Договор поставки № %d" % R.randint(10, 300), R.choice([1, 2, 2, 3]))
for nm in ["Евроопт", "Санта Ритейл", "Белвест", "Гиппо"]:
    add(nm, unp(), "company_no_legal_form", B, False, [OFFICE, CLEAN], (2, 30), (1, 3), "", None, R.choice([1, 2]))
add("ООО \"Бизнес-Консалт Плюс\"", unp(), "company_household_item", B, True, [[HOUSE[3]]], (1, 1), (1, 1), "", None, 1)
add("ЧУП \"ЛогистТранс\"", unp(), "company_household_item", B, True, [[HOUSE[2], HOUSE[1]]], (1, 1), (1, 2), "", None, 1)
for nm in ["ИП Ковалёв Андрей Сергеевич", "ИП Новик Т.В.", "Индивидуальный предприниматель Жук Павел Игоревич"]:
    add(nm, unp(), "sole_trader", B, False, [OFFICE, IT, CLEAN], (2, 20), (1, 3), "", None, R.choice([1, 2]))
add("ИП Лукашевич Дмитрий Иванович", unp(), "sole_trader_personal_card", B, True, [[HOUSE[4]]], (1, 1), (1, 1), "оплата личной банковской платежной карточкой, без ТТН", None, 1)
add("ИП Шишко О.Н.", unp(), "sole_trader_personal_card", B, True, [[HOUSE[5]]], (1, 1), (1, 1), "оплачено картой физлица", None, 1)
for nm, k in [("Товарищество собственников \"Уручье-5\"", "homeowners_association"), ("ЖСПК \"Восток-12\"", "homeowners_association"),
              ("Минская епархия Белорусской Православной Церкви", "religious_organisation"),
              ("Частное учреждение образования \"БИП - Университет права и социально-информационных технологий\"", "private_university"),
              ("Частное учреждение образования \"Международная школа \"Квадрат\"\"", "private_school"),
              ("Белорусское Общество Красного Креста", "red_cross_national"), ("Общественное объединение \"Белорусский союз дизайнеров\"", "non_profit")]:
    add(nm, unp(), k, B, False, [OFFICE, FURN, CLEAN], (2, 20), (1, 3), "", None, 1)
add("Представительство Детского фонда ООН (ЮНИСЕФ) в Республике Беларусь", unp(), "international_org", B, True, [IT, OFFICE], (3, 20), (1, 3), "", "PO BLR-2024-0113", 1)
add("Представительство Программы развития ООН в Республике Беларусь", unp(), "international_org", B, True, [IT, FURN], (2, 10), (1, 3), "", None, 1)
add("ООО \"Архитектурное бюро \"Линия\"\"", unp(), "company_household_item", B, True, [[HOUSE[0], HOUSE[1], HOUSE[6]]], (1, 1), (2, 3), "на кухню офиса", None, 1)
add("Трусевич Кирилл Андреевич", "", "person_states_business_use", B, True, [[OFFICE[0], OFFICE[1]]], (10, 30), (1, 2), "для работы (оформление документов для клиентов)", None, 1)
for nm in ["Физическое лицо Мороз Алексей Викторович", "Василевская Ирина Николаевна", "Климович Сергей Петрович", "Бондаренко Юлия Александровна"]:
    add(nm, "", "private_person", C, False, [HOUSE], (1, 1), (1, 2), "", None, 1)
for _ in range(3):
    add("Розничный покупатель", "", "anonymous_retail", C, False, [HOUSE, CLEAN], (1, 2), (1, 2), "", None, 3)
add("Савицкий Роман Олегович", "", "private_person_bulk", C, True, [[HOUSE[7]]], (25, 35), (1, 1), "", None, 1)
add("Ярошевич Анна Петровна", "", "person_states_business_use", B, True, [[HOUSE[0], HOUSE[6]]], (6, 10), (1, 2), "для перепродажи (торговое место на рынке \"Ждановичи\")", None, 1)


def main():
    docs = [b for b in BUYERS for _ in range(b["times"])]
    R.shuffle(docs)
    hdr = ["Дата", "Номер", "Организация", "Контрагент", "УНП контрагента", "Договор", "Номенклатура", "Ед.", "Количество", "Цена",
           "Сумма", "% НДС", "НДС", "Всего", "Валюта", "Номер ЭСЧФ", "Склад", "Комментарий"]
    rows, labels = [], []
    n = 0; day = 0
    for b in docs:
        n += R.randint(1, 3)
        day = min(day + R.choice([0, 1, 1, 2]), 88)
        m, d = 1 + day // 30, 1 + day % 30
        if m == 2 and d > 29: d = 29
        date = "%02d.%02d.2024 %d:%02d:%02d" % (d, m, R.randint(9, 18), R.randint(0, 59), R.randint(0, 59))
        pool = [p for pl in b["pools"] for p in pl]
        items = R.sample(pool, min(R.randint(*b["n"]), len(pool)))
        esf = "%s-2024-%010d" % (ORG_UNP, R.randint(1, 9999)) if b["code"] else ""
        for nm, unit, price in items:
            q = R.randint(*b["q"])
            s = round(price * q, 2); vat = round(s * 0.2, 2)
            rows.append([date, "ТОБ-%06d" % n, ORG, b["name"], b["code"], b["contract"] or "Основной договор", nm, unit, str(q), num(price),
                         num(s), "20%", num(vat), num(s + vat), "BYN", esf, "Основной склад", b["comment"]])
            labels.append((b["label"], b["amb"], b["kind"], b["country"]))
    with open(BASE / "layouts" / (LID + ".csv"), "w", newline="", encoding="cp1251") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(hdr); w.writerows(rows)
    with open(BASE / "key" / (LID + ".labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (l, a, k, c) in enumerate(labels):
            w.writerow([i, l, "true" if a else "false", k, c])
    key = {
        "id": LID, "system": "1С:Бухгалтерия 8 для Беларуси — документы «Реализация товаров и услуг» с табличной частью, CSV cp1251 ';'",
        "country": "BY", "language": "ru",
        "docs": ["Columns follow the 1C document «Реализация товаров и услуг» of the Belarusian 1C configurations (шапка: Дата, Номер, Организация, Контрагент, Договор, Склад, Комментарий; табличная часть Товары: Номенклатура, Количество, Цена, Сумма, % НДС, НДС, Всего), the counterparty requisite УНП and the number of the electronic VAT invoice (ЭСЧФ, format <УНП продавца>-<год>-<10 цифр>) issued on the portal vat.gov.by. Public tenders are referenced by their icetrade.by procedure numbers. The exact saved-list column set was not found in public docs: closest documented layout."],
        "fields": {"buyer": "Контрагент", "product": "Номенклатура", "quantity": "Количество", "amount": "Всего",
                   "tax_id": "УНП контрагента", "email": None, "payment": None, "comment": "Комментарий"},
        "also_ok": {"amount": ["Сумма"]},
        "notes": "cp1251, ';', one header line, no title/totals. Money in 1C style: non-breaking space as thousands separator and decimal comma (e.g. '1\u00a0049,00'). One document (Номер) = one order. 'Организация' is the seller; 'Номер ЭСЧФ' starts with the SELLER's УНП (192837465), not the buyer's. УНП are 9 digits with a valid check digit (generated)."
    }
    (BASE / "key" / (LID + ".json")).write_text(json.dumps(key, ensure_ascii=False, indent=2), encoding="utf-8")
    print(LID, len(rows))


if __name__ == "__main__":
    main()
