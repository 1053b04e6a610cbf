"""M.E.Doc: реєстр виданих податкових накладних (вихідні ПН), CSV cp1251 ';'."""
import csv
import random
from datetime import date, timedelta
import n_common as c

LID = "n_ua_medoc_reiestr_pn"
rng = random.Random(5353)

GOODS = [("Папір офісний А4 Double A 80 г/м2", 245), ("Тонер-картридж Canon 737", 2350), ("Крісло офісне Новий Стиль Prestige", 3150),
         ("Стіл письмовий 1200х600", 4200), ("Ноутбук HP 250 G9", 26999), ("Миша Logitech M185", 520),
         ("Шафа для документів метал. 1800 мм", 9800), ("Ручка кулькова BIC Orange (уп. 20 шт)", 210),
         ("Проектор Epson EB-E01", 17500), ("Дошка магнітно-маркерна 90х120", 2100)]
HOUSE = [("Чайник електричний Tefal KO1201", 1150), ("Мікрохвильова піч Samsung MS23K3614AW", 4599),
         ("Пилосос Rowenta RO2981", 3899), ("Кондиціонер Cooper&Hunter CH-S09FTXE", 18900)]

# (name, edrpou or None, kind, label, vat payer?)
B2B = [("ТОВ \"ЕПІЦЕНТР К\"", "32490244", "company"), ("ТОВ «АТБ-маркет»", "30487219", "company"),
       ("ПРАТ \"ОБОЛОНЬ\"", "05391057", "company"), ("ТОВ «Нова Пошта»", None, "company"),
       ("ТОВ «Юридична фірма \"Астерс\"»", None, "company"), ("ТОВ «Київстар»", None, "company"),
       ("ПрАТ «Фармак»", None, "company"), ("АТ КБ «ПРИВАТБАНК»", "14360570", "state_owned_bank")]
STATE_JSC = [("АТ «Укрзалізниця»", "40075815"), ("АТ «Укрпошта»", "21560045"), ("АТ «НАК «Нафтогаз України»", "20077720")]
B2G_PAYER = [("КП «Київпастранс»", "municipal_enterprise"), ("КП «Київтеплоенерго»", "municipal_enterprise"),
             ("ДП «Антонов»", "state_enterprise"), ("КП «Львівводоканал»", "municipal_enterprise")]
B2G_NONPAYER = [("КНП «Київська міська клінічна лікарня № 12»", "public_hospital"),
                ("КНП «Центр первинної медико-санітарної допомоги № 1 Дніпровського району м. Києва»", "public_hospital"),
                ("Спеціалізована школа № 57 м. Києва", "municipal_school"),
                ("Ліцей № 100 \"Поділ\" м. Києва", "municipal_school"),
                ("Київська міська рада", "municipality"), ("Броварська міська рада", "municipality"),
                ("Департамент освіти і науки виконавчого органу Київської міської ради (КМДА)", "municipal_agency"),
                ("Київський національний університет імені Тараса Шевченка", "public_university"),
                ("Головне управління ДПС у м. Києві", "state_agency"), ("Військова частина А0139", "armed_forces")]
FOP = ["ФОП Коваленко Олег Петрович", "ФОП Шевчук Ірина Василівна", "ФОП Бондаренко Андрій Миколайович",
       "Фізична особа-підприємець Мельник Наталія Олександрівна"]
PERSONS = ["Ткаченко Олена Вікторівна", "Кравченко Сергій Іванович", "Бойко Юлія Андріївна", "Олійник Максим Петрович"]

codes = {}


def edr(name, real=None):
    if name not in codes:
        codes[name] = real if real and c.ua_edrpou(rng, real[:7]) == real else c.ua_edrpou(rng)
    return codes[name]


def rnokpp(name):
    if name not in codes:
        codes[name] = c.ua_rnokpp(rng)
    return codes[name]


def build():
    recs, labs = [], []
    d = date(2025, 2, 3)
    num = 1

    def add(name, ipn, code, items, reason, pay, note, lab):
        nonlocal d, num
        d += timedelta(days=rng.choice([0, 0, 0, 1]))
        net = round(sum(q * p for _, q, p in items) / 1.2, 2)
        vat = round(net * 0.2, 2)
        prod = "; ".join(n for n, _, _ in items)
        qty = sum(q for _, q, _ in items)
        st = rng.choice(["Зареєстровано в ЄРПН"] * 8 + ["Відправлено", "Реєстрацію зупинено"])
        recs.append([str(len(recs) + 1), d.strftime("%d.%m.%Y"), str(num), "ПН", reason, name, ipn, code, prod, qty,
                     f"{net:.2f}".replace(".", ","), f"{vat:.2f}".replace(".", ","), f"{net + vat:.2f}".replace(".", ","),
                     pay, st, note])
        num += 1
        labs.append(lab)

    def items(k=None):
        k = k or rng.choice([1, 2, 2, 3])
        return [(n, rng.choice([1, 2, 4, 5, 10, 20]), p) for n, p in rng.sample(GOODS, k)]

    pays = ["оплата з поточного рахунку", "оплата з поточного рахунку", "", "бартер", "готівка"]
    for _ in range(50):
        n, real, kind = rng.choice(B2B)
        e = edr(n, real)
        add(n, c.ua_vat_ipn(e), e, items(), "", rng.choice(pays[:3]), rng.choice(["", "", "дог. № 45/25", "рах. № СФ-000" + str(rng.randint(100, 999))]),
            ("B2B", False, "company" if kind == "company" else "state_owned_company", "UA"))
    for n, real in STATE_JSC:
        e = edr(n, real)
        for _ in range(3):
            add(n, c.ua_vat_ipn(e), e, items(), "", "оплата з поточного рахунку", "", ("B2B", False, "state_owned_company", "UA"))
        add(n, c.ua_vat_ipn(e), e, items(3), "", "оплата з поточного рахунку",
            f"Prozorro UA-2025-0{rng.randint(1, 4)}-{rng.randint(10, 28)}-00{rng.randint(1000, 9999)}-a",
            ("B2B", True, "state_owned_company_tender", "UA"))
    # company buys one household item only
    for n in ["ТОВ «Юридична фірма \"Астерс\"»", "ТОВ «Нова Пошта»"]:
        e = edr(n)
        add(n, c.ua_vat_ipn(e), e, [(HOUSE[3][0], 1, HOUSE[3][1])], "", "оплата з поточного рахунку", "",
            ("B2B", True, "company_household_item", "UA"))
    # VAT-paying communal / state enterprises
    for _ in range(14):
        n, kind = rng.choice(B2G_PAYER)
        e = edr(n)
        add(n, c.ua_vat_ipn(e), e, items(), "", "оплата з поточного рахунку",
            rng.choice(["", f"UA-2025-03-{rng.randint(10, 28)}-00{rng.randint(1000, 9999)}-a"]), ("B2G", False, kind, "UA"))
    # public bodies are non-payers: PN shows «Неплатник» and 100000000000; the counterparty code is kept
    for _ in range(28):
        n, kind = rng.choice(B2G_NONPAYER)
        e = edr(n)
        note = rng.choice([n, n, f"{n}, договір № {rng.randint(10, 99)}/25",
                           f"{n}, UA-2025-0{rng.randint(1, 4)}-{rng.randint(10, 28)}-00{rng.randint(1000, 9999)}-b"])
        add("Неплатник", "100000000000", e, items(), "02", "оплата з поточного рахунку", note, ("B2G", False, kind, "UA"))
    # school buys one kettle
    n = "Ліцей № 100 \"Поділ\" м. Києва"
    add("Неплатник", "100000000000", edr(n), [(HOUSE[0][0], 1, HOUSE[0][1])], "02", "оплата з поточного рахунку", n,
        ("B2G", True, "municipal_school_household_item", "UA"))
    # international organisation (non-payer)
    n = "Представництво Управління Верховного комісара ООН у справах біженців (УВКБ ООН) в Україні"
    add("Неплатник", "100000000000", edr(n), items(3), "02", "оплата з поточного рахунку", n,
        ("B2B", True, "international_org", "UA"))
    n = "Товариство Червоного Хреста України"
    add("Неплатник", "100000000000", edr(n), items(2), "02", "оплата з поточного рахунку", n, ("B2B", False, "nonprofit", "UA"))
    # FOP: VAT payers (IPN = РНОКПП) and non-payers
    for _ in range(12):
        n = rng.choice(FOP)
        r = rnokpp(n)
        if rng.random() < 0.5:
            add(n, r, r, items(), "", "оплата з поточного рахунку", "", ("B2B", False, "sole_trader", "UA"))
        else:
            add("Неплатник", "100000000000", r, items(), "02", "оплата з поточного рахунку", n, ("B2B", False, "sole_trader", "UA"))
    n = FOP[1]
    add("Неплатник", "100000000000", rnokpp(n), [(HOUSE[2][0], 1, HOUSE[2][1])], "02", "готівка",
        f"{n}, оплата особистою карткою", ("B2B", True, "sole_trader_personal_purchase", "UA"))
    # private persons (non-payers), with the name in the note
    for _ in range(14):
        n = rng.choice(PERSONS)
        add("Неплатник", "100000000000", "", [rng.choice([(a, 1, b) for a, b in HOUSE[:3]] + [("Ноутбук HP 250 G9", 1, 26999)])],
            "02", rng.choice(["готівка", "оплата карткою"]), n, ("B2C", False, "private_person", "UA"))
    # daily retail totals (type 11): anonymous retail
    for _ in range(18):
        add("Неплатник", "100000000000", "", items(rng.choice([2, 3])), "11", "готівка", "зведена за денними підсумками, РРО",
            ("B2C", False, "anonymous_retail_summary", "UA"))
    # thin non-payer records: nothing about the buyer
    for it, lab in [([("Шафа для документів метал. 1800 мм", 6, 9800)], ("B2B", True, "thin_business_goods", "UA")),
                    ([(HOUSE[1][0], 1, HOUSE[1][1])], ("B2C", True, "thin_household_goods", "UA")),
                    ([("Миша Logitech M185", 1, 520)], ("B2C", True, "thin_household_goods", "UA")),
                    ([("Тонер-картридж Canon 737", 12, 2350)], ("B2B", True, "thin_business_goods", "UA"))]:
        add("Неплатник", "100000000000", "", it, "02", "", "", lab)
    # private person says: for resale
    add("Неплатник", "100000000000", "", [("Ручка кулькова BIC Orange (уп. 20 шт)", 50, 210)], "02", "оплата карткою",
        "Гнатюк Василь, для перепродажу", ("B2B", True, "private_person_resale", "UA"))
    # person with .gov.ua e-mail in the note, household
    add("Неплатник", "100000000000", "", [(HOUSE[0][0], 1, HOUSE[0][1])], "02", "оплата карткою",
        "Савченко Л. (l.savchenko@kmda.gov.ua), доставка додому", ("B2C", True, "person_gov_email_household", "UA"))
    return recs, labs


def main():
    recs, labs = build()
    hdr = ["№ з/п", "Дата складання", "Порядковий номер", "Вид документа", "Тип причини", "Найменування покупця",
           "ІПН покупця", "Код ЄДРПОУ/РНОКПП контрагента", "Номенклатура постачання", "Кількість",
           "Обсяг постачання без ПДВ", "Сума ПДВ", "Загальна сума з ПДВ", "Форма розрахунків", "Статус", "Примітка"]
    with open(c.OUT / "layouts" / f"{LID}.csv", "w", newline="", encoding="cp1251") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["Реєстр виданих податкових накладних за період 01.02.2025 - 31.05.2025"])
        w.writerow(["ТОВ «Офіс Трейд Україна», ІПН 441234526591"])
        w.writerow(hdr)
        for r in recs:
            w.writerow(r)
    c.write_labels(LID, labs, "UA")
    c.write_key(LID, {
        "id": LID, "system": "M.E.Doc, модуль «Облік ПДВ»: реєстр виданих податкових накладних (вихідні ПН), експорт у CSV",
        "country": "UA", "language": "uk",
        "docs": ["Податковий кодекс ст. 201.15 (seen in the public web pages): the registers of issued tax invoices hold the invoice's "
                 "serial number, date, total supply, VAT, and the counterparty's registration number.",
                 "factor.ua on Порядок № 1307 п. 8/12: a ПН to a VAT non-payer carries type of reason 02 (summary/daily-totals "
                 "invoices type 11); for non-payers the buyer name is «Неплатник» and the ІПН is the conventional 100000000000.",
                 "No M.E.Doc page with the export column list was found; the headers follow the ПН requisites above and M.E.Doc's "
                 "journal (status of registration in ЄРПН, counterparty code, note)."],
        "fields": {"buyer": "Найменування покупця", "product": "Номенклатура постачання", "quantity": "Кількість",
                   "amount": "Загальна сума з ПДВ", "tax_id": "ІПН покупця", "email": None, "payment": "Форма розрахунків",
                   "comment": "Примітка"},
        "also_ok": {"amount": ["Обсяг постачання без ПДВ"], "tax_id": ["Код ЄДРПОУ/РНОКПП контрагента"],
                    "buyer": ["Примітка"]},
        "notes": "CSV in cp1251, ';' delimiter, decimal comma, dates dd.mm.yyyy. Two title lines above the header (read with "
                 "skiprows=2). One row per tax invoice; several goods joined by '; ' in 'Номенклатура постачання', 'Кількість' is "
                 "the total count. For VAT non-payers (most public bodies, persons, many ФОП) the invoice shows «Неплатник» / "
                 "100000000000 and type of reason 02; the real buyer then appears only in the counterparty code and/or the "
                 "accountant's 'Примітка'. Type 11 rows are daily retail totals (anonymous). ЄДРПОУ and РНОКПП carry valid "
                 "check digits (real ЄДРПОУ for Епіцентр К, АТБ-маркет, Оболонь, ПриватБанк, Укрзалізниця, Укрпошта, Нафтогаз); "
                 "the 12-digit VAT ІПН is built from the first 7 ЄДРПОУ digits plus an oblast code and is not check-digit verified."})
    print(LID, len(recs))


if __name__ == "__main__":
    main()
