"""ИС ЭСФ (esf.gov.kz): журнал выписанных ЭСФ, выгрузка в Excel (xlsx)."""
import random
from datetime import date, timedelta
from openpyxl import Workbook
import n_common as c

LID = "n_kz_esf_zhurnal"
rng = random.Random(5454)
SELLER_BIN = c.kz_bin(random.Random(1), "4", "0")

GOODS = [("Ноутбук Lenovo ThinkPad E14 Gen 5", 489000), ("Монитор Dell P2422H", 119000), ("МФУ Kyocera ECOSYS M2040dn", 215000),
         ("Бумага офисная А4 Svetocopy (пачка 500 л.)", 2650), ("Картридж Kyocera TK-1170", 24500),
         ("Источник бесперебойного питания APC Back-UPS 650", 58000), ("Коммутатор TP-Link TL-SG1024D", 46500),
         ("Сервер Dell PowerEdge R350", 2950000), ("Услуги по техническому обслуживанию оргтехники", 85000),
         ("Лицензия Microsoft 365 Business Standard (1 год)", 79000)]
HOUSE = [("Чайник электрический Tefal KO1201", 14900), ("Микроволновая печь LG MS2042DB", 52000),
         ("Кондиционер Midea MSAG-09HRN1", 219000), ("Телевизор Samsung UE50CU7100", 239000)]
ORGS = [("ТОО \"Технодом Оператор\"", "company"), ("ТОО «Мечта Маркет»", "company"), ("АО \"Kaspi Bank\"", "company"),
        ("ТОО «Раимбек Агро»", "company"), ("ТОО «BI Group»", "company"), ("ТОО «Астана-Строй Сервис»", "company"),
        ("АО «Халык Банк»", "company"), ("ТОО «Магнум Кэш энд Керри»", "company"), ("ОСИ «Жилой комплекс Highvill»", "hoa"),
        ("ЧУ «Назарбаев Интеллектуальная школа»", "private_school")]
NATCO = [("АО «Национальная компания «КазМунайГаз»"), ("АО «Казахтелеком»"), ("АО «Национальная компания «Қазақстан темір жолы»"),
         ("АО «KEGOC»"), ("АО «Самрук-Энерго»")]
GOV = [("ГУ «Аппарат акима города Астаны»", "municipality"), ("ГУ «Управление образования города Астаны»", "municipal_agency"),
       ("КГУ «Общеобразовательная школа № 45» акимата г. Астаны", "municipal_school"),
       ("ГККП «Ясли-сад № 12 «Балапан» акимата города Астаны", "municipal_kindergarten"),
       ("ГКП на ПХВ «Городская поликлиника № 4» акимата города Астаны", "public_hospital"),
       ("РГП на ПХВ «Казахский национальный университет имени аль-Фараби»", "public_university"),
       ("РГУ «Департамент государственных доходов по городу Астане»", "state_agency"),
       ("ГУ «Аппарат акима Алматинской области»", "municipality"),
       ("Посольство Федеративной Республики Германия в Республике Казахстан", "embassy")]
IPS = ["ИП «Ахметов Д.С.»", "ИП Жумабекова Айгерим Сериковна", "ИП «Смагулов»", "ИП Ким Виктор Александрович"]
PERSONS = ["Нурланов Ержан Бауыржанович", "Садыкова Динара Маратовна", "Иванов Сергей Петрович", "Абдрахманова Салтанат Кайратовна"]

ids = {}


def bin_(name, kind="4", attr="0"):
    if name not in ids:
        ids[name] = c.kz_bin(rng, kind, attr)
    return ids[name]


def iin(name):
    if name not in ids:
        ids[name] = c.kz_iin(rng)
    return ids[name]


def build():
    recs, labs = [], []
    d = date(2025, 1, 13)
    seq = 1

    def add(cat, rid, rname, items, pay, contract, extra, lab):
        nonlocal d, seq
        d += timedelta(days=rng.choice([0, 0, 1]))
        regno = f"ESF-{SELLER_BIN}-{d.strftime('%Y%m%d')}-{rng.randint(10**9, 10**10 - 1)}"
        for pname, q, price in items:
            net = round(q * price / 1.12 if price > 0 else 0, 2)
            vat = round(net * 0.12, 2)
            recs.append([regno, f"{seq:06d}",
                         d.strftime("%d.%m.%Y"), d.strftime("%d.%m.%Y"), "Основной", "Принят",
                         SELLER_BIN, "ТОО «IT Office Astana»", rid, rname, cat, pname, q, "шт", net, vat, round(net + vat, 2),
                         pay, contract, extra])
            labs.append(lab)
        seq += 1

    def items(k=None):
        k = k or rng.choice([1, 1, 2, 3])
        return [(n, rng.choice([1, 2, 3, 5, 10]), p) for n, p in rng.sample(GOODS, k)]

    bank = "Безналичный расчет"
    for _ in range(36):
        n, kind = rng.choice(ORGS)
        add("", bin_(n), n, items(), bank, rng.choice(["", f"Договор поставки № {rng.randint(1, 99)} от 10.01.2025"]), "",
            ("B2B", False, kind, "KZ"))
    for n in NATCO:
        add("", bin_(n), n, items(2), bank, f"Договор № {rng.randint(100, 999)}-ДП", "", ("B2B", False, "national_company", "KZ"))
        add("", bin_(n), n, items(2), bank, f"Договор № {rng.randint(100, 999)}-ЗП",
            "Закуп по Порядку осуществления закупок АО «Самрук-Қазына»", ("B2B", True, "national_company_samruk_procurement", "KZ"))
    for _ in range(34):
        n, kind = rng.choice(GOV)
        gz = rng.random() < 0.7 and kind != "embassy"
        add("Государственное учреждение" if n.startswith(("ГУ", "КГУ", "РГУ")) else "", bin_(n, "4", "0"), n, items(), bank,
            f"Договор о государственных закупках № {rng.randint(10000, 99999)} (goszakup.gov.kz)" if gz else "", "",
            ("B2G", False, kind, "KZ"))
    # school buys one kettle
    n = GOV[2][0]
    add("Государственное учреждение", bin_(n), n, [(HOUSE[0][0], 1, HOUSE[0][1])], bank, "", "",
        ("B2G", True, "municipal_school_household_item", "KZ"))
    # company buys one air-conditioner
    n = ORGS[5][0]
    add("", bin_(n), n, [(HOUSE[2][0], 1, HOUSE[2][1])], bank, "", "", ("B2B", True, "company_household_item", "KZ"))
    # international organisation
    n = "Представительство Программы развития ООН (ПРООН) в Республике Казахстан"
    add("", bin_(n, "5", "2"), n, items(2), bank, "PO-KAZ-2025-0147", "", ("B2B", True, "international_org", "KZ"))
    # sole traders
    for _ in range(10):
        n = rng.choice(IPS)
        add("", iin(n), n, items(), rng.choice([bank, bank, "Наличный расчет"]), "", "", ("B2B", False, "sole_trader", "KZ"))
    n = IPS[1]
    add("", iin(n), n, [(HOUSE[3][0], 1, HOUSE[3][1])], "Оплата платежной картой", "", "", ("B2B", True, "sole_trader_personal_purchase", "KZ"))
    # private persons with ИИН (physical person asked for an ESF)
    for _ in range(8):
        n = rng.choice(PERSONS)
        add("", iin(n), n.upper() if rng.random() < 0.3 else n, [rng.choice([(a, 1, b) for a, b in HOUSE] + [(GOODS[0][0], 1, GOODS[0][1])])],
            rng.choice(["Оплата платежной картой", "Наличный расчет"]), "", "", ("B2C", False, "private_person", "KZ"))
    # retail sale ESF without a named buyer
    for _ in range(6):
        add("Розничная реализация", "", "", items(rng.choice([1, 2])), "Наличный расчет", "", "", ("B2C", False, "anonymous_retail", "KZ"))
    # person buying for resale
    n = "Омаров Тимур Асканович"
    add("", iin(n), n, [(GOODS[4][0], 30, GOODS[4][1])], bank, "", "для перепродажи", ("B2B", True, "private_person_resale", "KZ"))
    # person with gov e-mail buys household goods
    n = "Касымов Арман Ерланович"
    add("", iin(n), n, [(HOUSE[1][0], 1, HOUSE[1][1])], "Оплата платежной картой", "", "эл. почта: a.kassymov@astana.gov.kz, доставка на дом",
        ("B2C", True, "person_gov_email_household", "KZ"))
    # fund founded by the state, registered as non-profit
    n = "Корпоративный фонд «Фонд развития социальных проектов «Samruk-Kazyna Trust»»"
    add("", bin_(n, "4", "0"), n, items(2), bank, "", "", ("B2B", True, "state_founded_fund", "KZ"))
    return recs, labs


def main():
    recs, labs = build()
    wb = Workbook()
    ws = wb.active
    ws.title = "ЭСФ"
    ws.append(["Журнал ЭСФ: выписанные, период 01.01.2025 — 31.05.2025"])
    hdr = ["Регистрационный номер", "Номер ЭСФ в учетной системе", "Дата выписки", "Дата совершения оборота", "Вид ЭСФ", "Статус",
           "ИИН/БИН поставщика", "Наименование поставщика", "ИИН/БИН получателя", "Наименование получателя", "Категория получателя",
           "Наименование товаров, работ, услуг", "Кол-во (объем)", "Ед. изм.", "Стоимость без косвенных налогов", "Сумма НДС",
           "Стоимость с учетом косвенных налогов", "Способ оплаты", "Договор (контракт)", "Дополнительные сведения"]
    ws.append(hdr)
    for r in recs:
        ws.append(r)
        ws.cell(ws.max_row, 9).number_format = "@"
        ws.cell(ws.max_row, 7).number_format = "@"
    wb.save(c.OUT / "layouts" / f"{LID}.xlsx")
    c.write_labels(LID, labs, "KZ")
    c.write_key(LID, {
        "id": LID, "system": "ИС ЭСФ (esf.gov.kz, КГД МФ РК) — журнал выписанных электронных счетов-фактур, выгрузка в Excel по строкам товаров",
        "country": "KZ", "language": "ru",
        "docs": ["KGD notice on the new ESF form (enbekshiqazaq.kz / gov.kz): sections B (supplier) and C (recipient) with "
                 "'Категория' fields; the 'Условия оплаты по договору' field replaced by 'Способ оплаты'; SDK and user guide on kgd.gov.kz.",
                 "zakon.kz on the 2025 rules: ESF is issued in ИС ЭСФ, participants are физлицо, ИП, ЮЛ; ndpr.ru: public-procurement "
                 "contracts are documented only by ESF since 2017.",
                 "Column names follow the ESF form sections (A registration number/own number, dates of issue and turnover, type "
                 "'Основной', status; B/C supplier and recipient ИИН/БИН, name, category; G goods lines with quantity, unit, "
                 "value without indirect taxes, VAT, value with taxes; contract). The exact Excel column list was not found."],
        "fields": {"buyer": "Наименование получателя", "product": "Наименование товаров, работ, услуг", "quantity": "Кол-во (объем)",
                   "amount": "Стоимость с учетом косвенных налогов", "tax_id": "ИИН/БИН получателя", "email": None,
                   "payment": "Способ оплаты", "comment": "Дополнительные сведения"},
        "also_ok": {"amount": ["Стоимость без косвенных налогов"], "comment": ["Договор (контракт)"]},
        "notes": "xlsx, one title line above the header, no totals line. One row per goods line of an ESF; all lines of one ESF "
                 "(same 'Регистрационный номер'/'Номер ЭСФ в учетной системе') share the label. 'ИИН/БИН поставщика' is the seller. "
                 "БИН/ИИН are generated with valid check digits (БИН type 4 resident / 5 non-resident). National companies of "
                 "Samruk-Kazyna are B2B; with Samruk procurement rules noted they are ambiguous. 'Розничная реализация' ESFs have no "
                 "recipient. VAT 12%."})
    print(LID, len(recs))


if __name__ == "__main__":
    main()
