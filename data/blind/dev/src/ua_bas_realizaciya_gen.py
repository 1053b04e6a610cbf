"""Generator: ua_bas_realizaciya -- BAS Бухгалтерія (Україна): список документів «Реалізація товарів
та послуг» з табличною частиною, збережений у XLSX. Seeded; rebuild with:
python ua_bas_realizaciya_gen.py"""
import json, random, csv
from pathlib import Path
import openpyxl

SEED = 4105
R = random.Random(SEED)
BASE = Path(__file__).resolve().parent.parent
LID = "ua_bas_realizaciya"


def edrpou():
    while True:
        d = "%07d" % R.randint(1000000, 4499999)
        n = int(d + "0")
        w = [1, 2, 3, 4, 5, 6, 7] if (n < 30000000 or n > 60000000) else [7, 1, 2, 3, 4, 5, 6]
        s = sum(int(a) * b for a, b in zip(d, w)) % 11
        if s == 10:
            w = [x + 2 for x in w]
            s = sum(int(a) * b for a, b in zip(d, w)) % 11
            if s == 10:
                s = 0
        return d + str(s)


def rnokpp():
    d = "%05d" % R.randint(22000, 36500) + "%04d" % R.randint(0, 9999)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return d + str(sum(int(a) * b for a, b in zip(d, w)) % 11 % 10)


def ipn(code):
    return code[:7] + "2659" + str(R.randint(0, 9))


OFFICE = [("Папір офісний Double A A4 80 г/м2, 500 арк.", "пач", 265), ("Картридж HP 83A (CF283A)", "шт", 2150),
          ("Папка-реєстратор 75 мм", "шт", 95), ("Ручка кулькова BuroMax, синя", "шт", 9), ("Степлер Axent №24", "шт", 145),
          ("Журнал реєстрації вхідної кореспонденції", "шт", 120), ("Конверт С4 з відривною стрічкою (50 шт)", "уп", 210)]
IT = [("Ноутбук Lenovo V15 G4 15.6\"", "шт", 21999), ("Монітор Dell P2422H 24\"", "шт", 7499), ("БФП Canon i-SENSYS MF453dw", "шт", 16999),
      ("Ліцензія BAS Бухгалтерія ПРОФ", "шт", 8900), ("ДБЖ APC Back-UPS 850VA", "шт", 5899), ("Маршрутизатор MikroTik hAP ax2", "шт", 3999),
      ("Сервер HPE ProLiant ML30 Gen11", "шт", 79000), ("Зарядна станція EcoFlow RIVER 2 Pro", "шт", 23999), ("Генератор бензиновий Könner&Söhnen 3,5 кВт", "шт", 24999)]
FURN = [("Крісло офісне Новий Стиль Prestige", "шт", 2199), ("Стіл письмовий 1200х600", "шт", 3450), ("Шафа для документів 800х400х1900", "шт", 6890),
        ("Парта учнівська одномісна регульована", "шт", 2890), ("Дошка магнітно-маркерна 100х150", "шт", 2650)]
HOUSE = [("Електрочайник Tefal KO2008", "шт", 1299), ("Мікрохвильова піч Samsung MS23K3614AW", "шт", 4299), ("Холодильник Indesit LI8 S1E W", "шт", 15999),
         ("Кондиціонер побутовий Cooper&Hunter CH-S12FTXE", "шт", 18999), ("Телевізор Samsung UE50CU7100", "шт", 17999),
         ("Пральна машина Bosch WAN24260UA", "шт", 17499), ("Пилосос Philips XB2140", "шт", 3999), ("Смартфон Samsung Galaxy A25 6/128GB", "шт", 10999),
         ("Кавоварка DeLonghi Dedica EC685", "шт", 8999)]
CLEAN = [("Засіб мийний Fairy 5 л", "шт", 395), ("Папір туалетний Кохавинка 8 рул.", "уп", 89), ("Рукавички нітрилові (100 шт)", "уп", 245),
         ("Мішки для сміття 120 л (10 шт)", "уп", 79)]

ORG = "ТОВ «Офіс Партнер Україна»"
BUYERS = []


def add(name, code, vat, kind, label, amb, pools, q=(1, 10), n=(1, 4), comment="", contract=None, times=1, pay="Безготівкова", country="UA"):
    BUYERS.append(dict(name=name, code=code, vat=vat, kind=kind, label=label, amb=amb, pools=pools, q=q, n=n, comment=comment,
                       contract=contract, times=times, pay=pay, country=country))


def prz():
    return "UA-2024-%02d-%02d-%06d-a" % (R.randint(1, 3), R.randint(1, 28), R.randint(0, 999999))


G, B, C = "B2G", "B2B", "B2C"
for nm, k, pools in [("Виконавчий орган Київської міської ради (Київська міська державна адміністрація)", "ua_city_administration", [OFFICE, IT]),
                     ("Львівська міська рада", "ua_city_council", [OFFICE, FURN]),
                     ("Харківська міська рада", "ua_city_council", [IT]),
                     ("Департамент освіти і науки виконавчого органу Київської міської ради (КМДА)", "ua_state_body", [IT, FURN]),
                     ("Управління освіти Дніпровської міської ради", "ua_state_body", [FURN, OFFICE]),
                     ("Ліцей № 142 Оболонського району міста Києва", "public_school", [FURN, IT]),
                     ("Гімназія № 34 «Либідь» Печерського району м. Києва", "public_school", [OFFICE, FURN]),
                     ("Заклад дошкільної освіти (ясла-садок) № 598 Голосіївського району м. Києва", "public_kindergarten", [CLEAN, FURN]),
                     ("Комунальне некомерційне підприємство «Київська міська клінічна лікарня № 1» ВО КМР (КМДА)", "ua_municipal_hospital_knp", [IT, OFFICE]),
                     ("КНП «Центр первинної медико-санітарної допомоги № 1» Дніпровського району м. Києва", "ua_municipal_hospital_knp", [OFFICE, CLEAN]),
                     ("КНП «Львівське територіальне медичне об'єднання «Багатопрофільна клінічна лікарня інтенсивних методів лікування та швидкої медичної допомоги»", "ua_municipal_hospital_knp", [IT]),
                     ("Державна податкова служба України", "ua_state_agency", [OFFICE, IT]),
                     ("Головне управління Національної поліції в Київській області", "police", [IT, OFFICE]),
                     ("Військова частина А0139", "armed_forces_unit", [IT, CLEAN]),
                     ("Національний університет «Львівська політехніка»", "public_university", [IT, FURN]),
                     ("Київський національний університет імені Тараса Шевченка", "public_university", [IT, OFFICE]),
                     ("КП «Київтеплоенерго»", "ua_municipal_enterprise", [IT, OFFICE]),
                     ("ДП «Документ»", "ua_state_enterprise", [OFFICE]),
                     ("Бучанська міська рада", "ua_city_council", [IT]),
                     ("Посольство Республіки Польща в Україні", "embassy", [OFFICE, HOUSE])]:
    code = edrpou() if k != "embassy" else ""
    add(nm, code, "", k, G, False, pools, (2, 30), (1, 4), "", "Договір № %d за результатами закупівлі %s" % (R.randint(10, 400), prz()) if k not in ("embassy",) else None,
        R.choice([1, 2, 2, 3]))
add("Ліцей № 25 Святошинського району міста Києва", edrpou(), "", "public_school_household_item", G, True, [[HOUSE[0]]], (1, 1), (1, 1), "", "Договір № 7 (спрощена закупівля)", 1)
add("Опорний заклад освіти «Броварський ліцей № 2» Броварської міської ради", edrpou(), "", "public_school_household_item", G, True, [[HOUSE[1]]], (1, 1), (1, 1), "", None, 1)
add("Відділ освіти Ірпінської міської ради", edrpou(), "", "state_body_household_item", G, True, [[HOUSE[8], HOUSE[0]]], (1, 1), (1, 2), "", None, 1)
# state-owned joint-stock companies with Prozorro tender
for nm in ["АТ «Українська залізниця»", "НАК «Нафтогаз України»", "АТ «Укрпошта»"]:
    code = edrpou()
    add(nm, code, ipn(code), "state_owned_company_procurement", B, True, [IT, OFFICE], (5, 40), (2, 4),
        "закупівля через Prozorro, тендер %s" % prz(), "Договір № %d/ЦЗ-24" % R.randint(100, 999), 1)
code = edrpou(); add("АТ «Ощадбанк»", code, ipn(code), "state_owned_company", B, False, [OFFICE], (10, 60), (1, 3), "", "Договір поставки № 58-ОБ", 1)
# companies
for nm in ["ТОВ «Рога і Копита Груп»", "ТОВ «Сільпо-Фуд»", "ПрАТ «Оболонь»", "ПП «Агро-Експорт Поділля»", "ТОВ «Нова Пошта»", "ТОВ «Епіцентр К»",
           "ТОВ «Юридична фірма «Астерс»»", "ТОВ «Медичний центр «Добробут»»", "АТ «Київстар»", "ТОВ «ІТ-Інтеграція»", "ПП «Будмайстер»",
           "ТОВ «Кав'ярня «Львівська майстерня шоколаду»»"]:
    code = edrpou(); add(nm, code, ipn(code), "company_with_legal_form", B, False, [OFFICE, IT, FURN, CLEAN], (1, 25), (1, 5), "", "Договір поставки № %d" % R.randint(10, 300), R.choice([1, 2, 2, 3]))
for nm in ["Rozetka", "Фора", "АТБ-маркет", "Comfy", "Монобанк"]:
    code = edrpou(); add(nm, code, ipn(code), "company_no_legal_form", B, False, [OFFICE, CLEAN, IT], (2, 30), (1, 4), "", None, R.choice([1, 2]))
code = edrpou(); add("ТОВ «Консалт-Аудит Плюс»", code, ipn(code), "company_household_item", B, True, [[HOUSE[3]]], (1, 1), (1, 1), "для офісу", None, 1)
code = edrpou(); add("ТОВ «Вест Логістик»", code, "", "company_household_item", B, True, [[HOUSE[2], HOUSE[1]]], (1, 1), (1, 2), "", None, 1)
# ФОП
for nm in ["ФОП Коваленко Олександр Миколайович", "ФОП Бондар І.В.", "ФОП Мельник Тетяна Петрівна", "ФОП Ткаченко Р.С."]:
    add(nm, rnokpp(), "", "sole_trader", B, False, [OFFICE, IT, CLEAN], (2, 20), (1, 3), "", None, R.choice([1, 2]))
add("ФОП Гнатюк Василь Іванович", rnokpp(), "", "sole_trader_personal_card", B, True, [[HOUSE[4]]], (1, 1), (1, 1), "оплата особистою карткою ПриватБанку", None, 1, "Платіжна картка")
add("ФОП Савчук О.О.", rnokpp(), "", "sole_trader_personal_card", B, True, [[HOUSE[5]]], (1, 1), (1, 1), "", None, 1, "Платіжна картка")
# non-profits etc.
for nm, k in [("ОСББ «Оболонь-Ривʼєра»", "homeowners_association"), ("Благодійний фонд «Повернись живим»", "non_profit"),
              ("Товариство Червоного Хреста України", "red_cross_national"), ("Релігійна організація «Парафія Святого Миколая» УГКЦ", "religious_organisation"),
              ("Український католицький університет", "private_university"), ("ТОВ «Приватна школа «Афіни»»", "private_school"),
              ("ГО «Асоціація платників податків України»", "non_profit")]:
    add(nm, edrpou(), "", k, B, False, [OFFICE, FURN, CLEAN], (2, 20), (1, 3), "", None, 1)
add("Представництво Дитячого фонду ООН (ЮНІСЕФ) в Україні", edrpou(), "", "international_org", B, True, [IT, OFFICE], (3, 20), (1, 3), "", "PO 2024/UKR/0412", 1)
add("Програма розвитку ООН в Україні (ПРООН)", edrpou(), "", "international_org", B, True, [IT], (2, 10), (1, 2), "", None, 1)
# persons
for nm in ["Шевченко Олена Іванівна", "Бойко Андрій Петрович", "Кравчук Ірина Степанівна", "Лисенко Дмитро Олегович", "Поліщук Наталія Вікторівна",
           "Мороз Богдан Сергійович"]:
    add(nm, rnokpp(), "", "private_person", C, False, [HOUSE], (1, 1), (1, 2), "", None, 1, R.choice(["Платіжна картка", "Готівкова"]))
for _ in range(3):
    add("Роздрібний покупець", "", "", "anonymous_retail", C, False, [HOUSE, CLEAN], (1, 2), (1, 2), "", None, 3, R.choice(["Платіжна картка", "Готівкова"]))
add("Приватна особа", "", "", "anonymous_retail", C, False, [HOUSE], (1, 1), (1, 1), "", None, 2, "Готівкова")
add("Руденко Віталій Андрійович", rnokpp(), "", "private_person_bulk", C, True, [[HOUSE[7]]], (25, 40), (1, 1), "", None, 1, "Платіжна картка")
add("Захарченко Ольга Миколаївна", rnokpp(), "", "person_states_business_use", B, True, [[HOUSE[6], HOUSE[0]]], (5, 10), (1, 2), "для продажу в магазині (перепродаж)", None, 1, "Безготівкова")
add("Олег", "", "", "private_person_sparse", C, False, [HOUSE], (1, 1), (1, 1), "", None, 1, "Готівкова")


def main():
    docs = [b for b in BUYERS for _ in range(b["times"])]
    R.shuffle(docs)
    rows, labels = [], []
    num = 0; day = 0
    for b in docs:
        num += R.randint(1, 3)
        day = min(day + R.choice([0, 1, 1, 2]), 88)
        m, d = 1 + day // 30, 1 + day % 30
        if m == 2 and d > 29: d = 29
        date = "%02d.%02d.2024 %02d:%02d:%02d" % (d, m, R.randint(9, 18), R.randint(0, 59), R.randint(0, 59))
        pool = [p for pl in b["pools"] for p in pl]
        items = R.sample(pool, min(R.randint(*b["n"]), len(pool)))
        for nm, unit, price in items:
            q = R.randint(*b["q"])
            net = round(price * q / 1.2, 2); vat = round(price * q - net, 2)
            rows.append([len(rows) + 1, date, "ОПУ-%06d" % num, ORG, b["name"], b["code"], b["vat"], b["contract"] or "Основний договір",
                         nm, unit, q, float(price), net, "20%", vat, float(price * q), b["pay"], "Основний склад", b["comment"], R.choice(["Гончаренко Н.В.", "Петрук А.С."])])
            labels.append((b["label"], b["amb"], b["kind"], b["country"]))
    hdr = ["№", "Дата", "Номер", "Організація", "Контрагент", "Код за ЄДРПОУ", "ІПН", "Договір", "Номенклатура", "Од.", "Кількість", "Ціна",
           "Сума без ПДВ", "% ПДВ", "ПДВ", "Сума з ПДВ", "Форма оплати", "Склад", "Коментар", "Відповідальний"]
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "TDSheet"
    ws.append(["Реалізація товарів та послуг за період 01.01.2024 - 31.03.2024"])
    ws.append([])
    ws.append(hdr)
    for r in rows:
        ws.append(r)
    for row in ws.iter_rows(min_row=4):
        for c in row:
            if isinstance(c.value, float):
                c.number_format = '#,##0.00'
    wb.save(BASE / "layouts" / (LID + ".xlsx"))
    with open(BASE / "key" / (LID + ".labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (l, a, k, c) in enumerate(labels):
            w.writerow([i, l, "true" if a else "false", k, c])
    key = {
        "id": LID, "system": "BAS Бухгалтерія (Україна) — список документів «Реалізація товарів та послуг» з табличною частиною, збережений у XLSX",
        "country": "UA", "language": "uk",
        "docs": ["Columns follow the BAS / 1C:Підприємство (Україна) document «Реалізація товарів і послуг» (шапка: Дата, Номер, Організація, Контрагент, Договір, Склад, Відповідальний, Коментар; табличная частина Товари: Номенклатура, Кількість, Ціна, Сума, % ПДВ, ПДВ, Всього) plus the counterparty requisites «Код за ЄДРПОУ» and «ІПН» (індивідуальний податковий номер платника ПДВ). The exact saved-report column set was not found in public docs: closest documented layout. Public tenders are referenced by their Prozorro id UA-YYYY-MM-DD-NNNNNN-a."],
        "fields": {"buyer": "Контрагент", "product": "Номенклатура", "quantity": "Кількість", "amount": "Сума з ПДВ",
                   "tax_id": "Код за ЄДРПОУ", "email": None, "payment": "Форма оплати", "comment": "Коментар"},
        "also_ok": {"amount": ["Сума без ПДВ"], "tax_id": ["ІПН"]},
        "notes": "XLSX sheet TDSheet. Line 1 is a title line and line 2 is blank; line 3 is the header (read with header=2). No totals row. One document (Номер) = one order. 'Код за ЄДРПОУ' holds the 8-digit ЄДРПОУ of organisations and the 10-digit РНОКПП of ФОП and private persons; 'ІПН' is the 12-digit VAT payer number when the buyer is a VAT payer. 'Організація' is the seller. Codes are checksum-valid but generated."
    }
    (BASE / "key" / (LID + ".json")).write_text(json.dumps(key, ensure_ascii=False, indent=2), encoding="utf-8")
    print(LID, len(rows))


if __name__ == "__main__":
    main()
