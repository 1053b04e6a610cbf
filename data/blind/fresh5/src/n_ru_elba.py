"""Контур.Эльба: реестр выставленных документов (счета, акты, накладные, УПД), xlsx."""
import random
from datetime import date, timedelta
from openpyxl import Workbook
import n_common as c

LID = "n_ru_elba_dokumenty"
rng = random.Random(5151)


def inn_ok(inn):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    d = [int(x) for x in inn]
    return len(inn) == 10 and sum(a * b for a, b in zip(d, w)) % 11 % 10 == d[9]


INNS = {}


def inn10(real=None):
    return real if real and inn_ok(real) else c.ru_inn10(rng)


def org_inn(name, real=None, region="66"):
    if name not in INNS:
        INNS[name] = real if real and inn_ok(real) else c.ru_inn10(rng, region)
    return INNS[name]


def ip_inn(name):
    if name not in INNS:
        INNS[name] = c.ru_inn12(rng)
    return INNS[name]

# seller: small ООО on УСН in Екатеринбург selling office equipment, printing and IT services
ORG_GOODS = [("Картридж HP 59A (CF259A)", 7900), ("Бумага SvetoCopy A4, 500 л.", 410),
             ("МФУ Pantum M6700DW", 21500), ("Монитор Acer 23.8\" SA241Y", 11900),
             ("Ноутбук Lenovo IdeaPad 3 15\"", 54900), ("Лицензия Kaspersky Endpoint Security, 1 год", 2450),
             ("Источник бесперебойного питания Ippon Back Basic 850", 5600),
             ("Заправка картриджа HP 85A", 650), ("Обслуживание компьютерной техники, абон. плата", 18000),
             ("Настройка локальной сети", 12500), ("Печать визиток, 1000 шт.", 1900),
             ("Клавиатура Logitech K120", 890), ("Шредер Fellowes 11C", 9800)]
HOUSE = [("Чайник электрический Tefal KO1201", 2390), ("Микроволновая печь LG MS2042DB", 8990),
         ("Пылесос Philips FC9332", 11400), ("Телевизор Samsung UE43AU7100", 32990),
         ("Кондиционер Ballu BSD-09HN1", 27900)]

B2B = [("ООО \"ЛЕРУА МЕРЛЕН ВОСТОК\"", "5029069967", "zakupki@leroymerlin.ru", "ooo"),
       ("ООО «Уральские локомотивы»", None, "snab@uralloco.ru", "ooo"),
       ("АО «Уралхиммаш»", None, "office@uralchemmash.ru", "ao"),
       ("ООО «Компания Тензор»", None, "buh@tensor.ru", "ooo"),
       ("ООО «Стоматология Дента-Люкс»", None, "denta-lux@mail.ru", "ooo"),
       ("АО «Екатеринбургская электросетевая компания»", None, "info@eesk.ru", "ao"),
       ("ООО \"ВЕКТОР\"", None, "vektor-ekb@yandex.ru", "ooo"),
       ("ООО «Агентство недвижимости Этажи»", None, "office@etagi.com", "ooo"),
       ("ПАО «Уралкалий»", None, "zakupki@uralkali.com", "pao"),
       ("ООО «СК Атомстройкомплекс»", None, "", "ooo"),
       ("АНО ДПО «Уральский институт бизнеса»", None, "uib@uib.ru", "nonprofit"),
       ("ТСЖ «Малышева 125»", None, "tszh125@mail.ru", "hoa"),
       ("Местная религиозная организация православный Приход храма Святой Троицы", None, "", "religious_org")]
STATE_JSC = [("ПАО Сбербанк", "7707083893", "zakupki@sberbank.ru"),
             ("ОАО «РЖД»", "7708503727", "")]
B2G = [("МБОУ СОШ № 16", "school@eduekb.ru", "municipal_school"),
       ("МАДОУ детский сад № 5", "mdou5@eduekb.ru", "municipal_kindergarten"),
       ("ГБУЗ СО «Свердловская областная клиническая больница № 1»", "zakupki@okb1.ru", "public_hospital"),
       ("ГАУЗ СО «Городская больница № 36 Травматологическая»", "gb36@mis66.ru", "public_hospital"),
       ("Администрация города Екатеринбурга", "adm@ekadm.ru", "municipality"),
       ("Администрация Березовского городского округа", "adm@berez.ru", "municipality"),
       ("ФГБУ «Уральское УГМС»", "ugms@svgimet.ru", "federal_institution"),
       ("ФГАОУ ВО «УрФУ имени первого Президента России Б.Н. Ельцина»", "zakupki@urfu.ru", "public_university"),
       ("Екатеринбургское муниципальное унитарное предприятие \"Водоканал\"", "vodokanal@vodokanalekb.ru", "municipal_enterprise"),
       ("МКУ «Центр бухгалтерского обслуживания Кировского района»", "", "municipal_agency"),
       ("Управление Росреестра по Свердловской области", "66_upr@rosreestr.ru", "federal_agency")]
PERSONS = [("Иванова Мария Сергеевна", "m.ivanova84@mail.ru"), ("Петров Алексей Игоревич", "petrov.ai@gmail.com"),
           ("Смирнова Ольга Викторовна", "olga.smirnova@yandex.ru"), ("Кузнецов Дмитрий Андреевич", ""),
           ("Попова Екатерина Николаевна", "popova_ekaterina@bk.ru"), ("Волков Сергей Павлович", "volkov.sp@list.ru"),
           ("ЗАХАРОВА НАТАЛЬЯ ВЛАДИМИРОВНА", ""), ("Морозов Игорь Евгеньевич", "igor.morozov@inbox.ru")]
IPS = [("ИП Соколов Андрей Викторович", "sokolov.ip@mail.ru"), ("ИП Лебедева Татьяна Юрьевна", "lebedeva.tu@yandex.ru"),
       ("Индивидуальный предприниматель Новиков Роман Олегович", ""), ("ИП Фёдорова Светлана Ивановна", "fedorova.salon@gmail.com")]

DOCS = ["Счёт", "Акт", "Накладная", "УПД"]
PAY = ["Банк", "Банк", "Банк", "Касса", "Эквайринг", ""]


def money(x):
    return round(x, 2)


def build():
    recs = []
    labs = []
    d0 = date(2025, 1, 9)
    num = {k: 1 for k in DOCS}

    def add(buyer, inn, kpp, email, items, doctype, pay, comment, lab):
        nonlocal d0
        d0 += timedelta(days=rng.choice([0, 0, 1, 1, 2]))
        n = num[doctype]
        num[doctype] += 1
        content = "; ".join(f"{p} — {q} шт." for p, q, _ in items)
        amount = money(sum(q * pr for _, q, pr in items))
        paid = rng.choice(["Оплачен", "Оплачен", "Не оплачен", "Частично оплачен"]) if doctype == "Счёт" else ""
        recs.append([d0, str(n), doctype, buyer, inn, kpp, email, content, amount, "Без НДС",
                     paid, pay, comment])
        labs.append(lab)

    def items_org(k=None):
        k = k or rng.choice([1, 1, 2, 3])
        return [(p, rng.choice([1, 2, 3, 5, 10]), pr) for p, pr in rng.sample(ORG_GOODS, k)]

    # clear companies
    for _ in range(62):
        name, inn, email, kind = rng.choice(B2B)
        inn = org_inn(name, inn)
        if kind == "religious_org":
            kind2 = "religious_org"
        else:
            kind2 = {"ooo": "company", "ao": "company", "pao": "company", "nonprofit": "nonprofit", "hoa": "hoa"}[kind]
        add(name, inn, c.ru_kpp(inn), email if rng.random() < 0.8 else "", items_org(),
            rng.choice(DOCS), rng.choice(PAY[:4]), rng.choice(["", "", "Договор поставки № 14/25", "по заявке"]),
            ("B2B", False, kind2, "RU"))
    # company buys only one household item (air-conditioner case)
    for name, item in [(B2B[3], HOUSE[1]), (B2B[7], HOUSE[4]), (B2B[6], HOUSE[0])]:
        inn = org_inn(name[0])
        add(name[0], inn, c.ru_kpp(inn), name[2], [(item[0], 1, item[1])], "УПД", "Банк", "",
            ("B2B", True, "company_household_item", "RU"))
    # state-owned JSC: plain and under 223-ФЗ
    for name, inn, email in STATE_JSC:
        add(name, inn, c.ru_kpp(inn), email, items_org(2), "Счёт", "Банк", "", ("B2B", False, "state_owned_company", "RU"))
        add(name, inn, c.ru_kpp(inn), email, items_org(3), "УПД", "Банк",
            f"Договор № 32514{rng.randint(100000, 999999)} по 223-ФЗ", ("B2B", True, "state_owned_company_223fz", "RU"))
    # sole traders
    for _ in range(22):
        name, email = rng.choice(IPS)
        add(name, ip_inn(name), "", email, items_org(rng.choice([1, 2])), rng.choice(DOCS), rng.choice(PAY[:5]), "",
            ("B2B", False, "sole_trader", "RU"))
    # sole trader, TV paid by personal card, no documents beyond receipt
    for name, email in IPS[:2]:
        add(name, ip_inn(name), "", email, [(HOUSE[3][0], 1, HOUSE[3][1])], "Накладная", "Эквайринг",
            "оплата личной картой", ("B2B", True, "sole_trader_personal_purchase", "RU"))
    # state bodies
    for _ in range(48):
        name, email, kind = rng.choice(B2G)
        inn = org_inn(name)
        comm = rng.choice(["", "", f"ИКЗ {rng.randint(10**35, 10**36 - 1)}",
                           f"Муниципальный контракт № {rng.randint(1, 300)}-МК", "по 44-ФЗ, п. 4 ч. 1 ст. 93"])
        add(name, inn, c.ru_kpp(inn), email, items_org(), rng.choice(DOCS), "Банк", comm, ("B2G", False, kind, "RU"))
    # municipal school buys one kettle
    inn = org_inn("МБОУ СОШ № 16")
    add("МБОУ СОШ № 16", inn, c.ru_kpp(inn), "school@eduekb.ru", [(HOUSE[0][0], 1, HOUSE[0][1])], "Накладная", "Банк", "",
        ("B2G", True, "municipal_school_household_item", "RU"))
    inn = org_inn("МАДОУ детский сад № 5")
    add("МАДОУ детский сад № 5", inn, c.ru_kpp(inn), "mdou5@eduekb.ru", [(HOUSE[1][0], 1, HOUSE[1][1])], "УПД", "Банк", "",
        ("B2G", True, "municipal_kindergarten_household_item", "RU"))
    # state autonomous institution under 223-FZ: both state, not ambiguous
    inn = org_inn("ФГАОУ ВО «УрФУ имени первого Президента России Б.Н. Ельцина»")
    add("ФГАОУ ВО «УрФУ имени первого Президента России Б.Н. Ельцина»", inn, c.ru_kpp(inn), "zakupki@urfu.ru",
        items_org(3), "УПД", "Банк", "закупка по 223-ФЗ, извещение 32514567890", ("B2G", False, "public_university", "RU"))
    # private persons
    for _ in range(24):
        name, email = rng.choice(PERSONS)
        it = rng.choice([[(p, 1, pr)] for p, pr in HOUSE[:4]] + [[("Заправка картриджа HP 85A", 1, 650)],
                                                                  [("Ноутбук Lenovo IdeaPad 3 15\"", 1, 54900)]])
        add(name, "", "", email, it, rng.choice(["Счёт", "Накладная", "Акт"]), rng.choice(["Касса", "Эквайринг", "Банк"]),
            rng.choice(["", "", "для дома", "доставка на дом"]), ("B2C", False, "private_person", "RU"))
    # person with gov e-mail buying household goods
    add("Сидоров Павел Аркадьевич", "", "", "p.sidorov@ekadm.ru", [(HOUSE[2][0], 1, HOUSE[2][1])], "Накладная", "Эквайринг",
        "доставка: ул. Белинского, д. 83, кв. 41", ("B2C", True, "person_gov_email_household", "RU"))
    add("Гусева Анна Михайловна", "", "", "gusevaam@urfu.ru", [(HOUSE[0][0], 1, HOUSE[0][1])], "Накладная", "Касса", "",
        ("B2C", True, "person_edu_email_household", "RU"))
    # private person buys for resale / for work
    add("Орлов Виктор Геннадьевич", "", "", "orlov.vg@mail.ru", [("Картридж HP 59A (CF259A)", 12, 7900)], "Счёт", "Банк",
        "для перепродажи", ("B2B", True, "private_person_resale", "RU"))
    add("Белова Ирина Станиславовна", "", "", "belova.is@gmail.com", [("МФУ Pantum M6700DW", 1, 21500)], "Счёт", "Эквайринг",
        "для работы", ("B2B", True, "private_person_business_use", "RU"))
    # person paying a company's invoice
    inn = org_inn("ООО «Стоматология Дента-Люкс»")
    add("ООО «Стоматология Дента-Люкс»", inn, c.ru_kpp(inn), "denta-lux@mail.ru", items_org(2), "Счёт", "Касса",
        "оплатил наличными директор Климов А.В. за организацию", ("B2B", True, "person_pays_company_invoice", "RU"))
    # private person buys 15 identical laptops, nothing else
    add("Тарасов Евгений Олегович", "", "", "tarasov1990@yandex.ru", [("Ноутбук Lenovo IdeaPad 3 15\"", 15, 54900)], "Счёт", "Банк",
        "", ("B2C", True, "private_person_bulk", "RU"))
    # international organisation office
    inn = c.ru_inn10(rng, "77")
    add("Представительство Международного комитета Красного Креста (МККК) в Российской Федерации", inn, c.ru_kpp(inn),
        "mos_moscou@icrc.org", items_org(2), "Счёт", "Банк", "", ("B2B", True, "international_org", "RU"))
    # thin: only product
    add("", "", "", "", [("Лицензия Kaspersky Endpoint Security, 1 год", 25, 2450)], "Счёт", "", "",
        ("B2B", True, "thin_business_goods", "RU"))
    add("", "", "", "", [("Чайник электрический Tefal KO1201", 1, 2390)], "Накладная", "Касса", "",
        ("B2C", True, "thin_household_goods", "RU"))
    # name only, no ids (org name visible)
    add("ооо вектор", "", "", "", [("Бумага SvetoCopy A4, 500 л.", 10, 410)], "Счёт", "", "", ("B2B", False, "company", "RU"))
    return recs, labs


def main():
    recs, labs = build()
    order = list(range(len(recs)))
    rng.shuffle(order)
    recs = [recs[i] for i in order]
    labs = [labs[i] for i in order]
    # renumber chronologically after shuffle: sort by date keeps realism
    pairs = sorted(zip(recs, labs), key=lambda x: x[0][0])
    recs = [p[0] for p in pairs]
    labs = [p[1] for p in pairs]
    wb = Workbook()
    ws = wb.active
    ws.title = "Документы"
    ws.append(["Реестр документов за период с 01.01.2025 по 31.05.2025"])
    ws.append(["ООО «ОфисТехСервис», ИНН 6671093456"])
    ws.append([])
    hdr = ["Дата", "Номер", "Тип документа", "Контрагент", "ИНН", "КПП", "Эл. почта", "Содержание", "Сумма", "НДС",
           "Статус оплаты", "Способ оплаты", "Комментарий"]
    ws.append(hdr)
    for r in recs:
        ws.append(r)
        ws.cell(ws.max_row, 1).number_format = "DD.MM.YYYY"
        ws.cell(ws.max_row, 9).number_format = "#,##0.00"
    ws.append(["Итого", "", "", "", "", "", "", "", round(sum(r[8] for r in recs), 2)])
    wb.save(c.OUT / "layouts" / f"{LID}.xlsx")
    c.write_labels(LID, labs, "RU")
    c.write_key(LID, {
        "id": LID, "system": "Контур.Эльба — реестр выставленных документов (счета, акты, накладные, УПД), выгрузка в Excel",
        "country": "RU", "language": "ru",
        "docs": ["Public documentation search found the Elba public API description (via the elba-mcp package page on PyPI/Glama, "
                 "referencing developer.kontur.ru/doc/elba.public.api): documents are счёт, акт, УПД; contractors are found by ИНН or "
                 "name; invoices carry a payment status (сумма счёта / сколько пришло). No page showed the Excel column list, so the "
                 "header row is reconstructed from those document attributes (date, number, type, contractor, ИНН/КПП, sum, payment)."],
        "fields": {"buyer": "Контрагент", "product": "Содержание", "quantity": None, "amount": "Сумма", "tax_id": "ИНН",
                   "email": "Эл. почта", "payment": "Способ оплаты", "comment": "Комментарий"},
        "also_ok": {"payment": ["Статус оплаты"], "tax_id": ["КПП"]},
        "notes": "xlsx, sheet 'Документы'. Two title lines and one blank line above the header (row 4); a final 'Итого' line "
                 "(not a record). One row per document; 'Содержание' lists the goods as 'name — N шт.' joined by '; '. Seller is a "
                 "small ООО on УСН (НДС column always 'Без НДС'). ИНН/КПП are generated with valid check digits (real ones for "
                 "ПАО Сбербанк and ОАО «РЖД»); persons have no ИНН. Some records are thin (no buyer at all)."})
    print(LID, len(recs))


if __name__ == "__main__":
    main()
