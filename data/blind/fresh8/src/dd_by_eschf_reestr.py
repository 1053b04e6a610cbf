"""BY портал ЭСЧФ (vat.gov.by) - список выставленных ЭСЧФ, выгрузка в CSV (cp1251, ';', десятичная запятая).
One row per invoice. Seeded; rebuilds layouts/ and key/ files exactly."""
import json, random, datetime as dt, csv
import pandas as pd
from dd_common import OUT, unp, inn10, BY_M, BY_F

rng = random.Random(8044)
ID = "dd_by_eschf_reestr"
SELLER_UNP = unp(random.Random(1), "19")
B2B = [('ООО "Евроторг"', "company"), ('ЗАО "Атлант"', "company"), ('СООО "Мобильные ТелеСистемы"', "company"),
       ('ООО "Белвиллесден"', "company"), ('ЧТУП "СтройДомИнвест"', "company"), ('ЧУП "Офис-Центр Гродно"', "company"),
       ('ИООО "ЭПАМ Системз"', "company"), ('ООО "Медицинский центр "ЛОДЭ""', "company"), ('ЗАО "Милавица"', "company"),
       ('Белорусское общество Красного Креста', "non_profit"), ('Религиозная община прихода храма Всех Святых г. Минска', "religious_org"),
       ('Товарищество собственников "Уручье-7"', "hoa"), ('Частное учреждение образования "Минский институт управления"', "private_university")]
SOE = [('ОАО "Беларуськалий"', "5"), ('ОАО "МАЗ" - управляющая компания холдинга "БЕЛАВТОМАЗ"', "1"), ('ОАО "Нафтан"', "3")]
GOV = [('ГУО "Средняя школа № 141 г. Минска"', "municipal_school"), ('Учреждение образования "Белорусский государственный университет"', "public_university"),
       ('УЗ "Городская клиническая больница скорой медицинской помощи г. Минска"', "public_hospital"),
       ('Администрация Фрунзенского района г. Минска', "municipality"), ('Минский городской исполнительный комитет', "municipality"),
       ('РУП "Белтелеком"', "state_unitary_enterprise"), ('КУП "Минсккоммунтеплосеть"', "municipal_enterprise"),
       ('ГУ "Республиканский центр олимпийской подготовки по легкой атлетике"', "government_body"),
       ('Министерство по чрезвычайным ситуациям Республики Беларусь', "government_body"),
       ('ГУО "Ясли-сад № 512 г. Минска"', "municipal_school")]
GOODS = ["компьютерной техники", "офисной мебели", "картриджей и расходных материалов", "сетевого оборудования", "бумаги офисной",
         "МФУ и принтеров", "источников бесперебойного питания"]

rows, labels = [], []
n = 0
d = dt.date(2024, 1, 9)
ucache = {}


def u(name, first):
    if name not in ucache:
        ucache[name] = unp(rng, first)
    return ucache[name]


def add(unp_, name, cc, net, rate, info, contract, label, amb, kind, country="BY", vid="Исходный", status=None):
    global n, d
    n += 1
    if rng.random() < .5:
        d += dt.timedelta(days=1)
    vatv = round(net * rate / 100, 2)
    fmt = lambda x: f"{x:.2f}".replace(".", ",")
    status = status or rng.choice(["Выставлен. Подписан получателем", "Выставлен. Подписан получателем", "Выставлен", "Выставлен. Подписан получателем"])
    rows.append([f"{SELLER_UNP}-{d.year}-{n:010d}", vid, status, (d + dt.timedelta(days=rng.randint(0, 9))).strftime("%d.%m.%Y"),
                 d.strftime("%d.%m.%Y"), unp_, name, cc, contract, fmt(net), f"{rate}%" if rate else "Без НДС", fmt(vatv), fmt(net + vatv), info])
    labels.append((label, amb, kind, country))


def contract():
    return f"№ {rng.randint(1, 250)}/{rng.choice(['24', '23'])} от {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2023"


cases = (["b2b"] * 78 + ["ip"] * 12 + ["gov"] * 30 + ["gov_proc"] * 8 + ["retail"] * 8 + ["person"] * 5 + ["nonres"] * 6
         + ["soe_proc"] * 4 + ["soe"] * 3 + ["embassy"] * 2 + ["undp"] * 3 + ["co_house"] * 4 + ["school_kettle"] * 2
         + ["ip_house"] * 2 + ["thin"] * 3 + ["fund"] * 1)
rng.shuffle(cases)
for c in cases:
    if c == "b2b":
        nm, kind = rng.choice(B2B)
        add(u(nm, rng.choice("1234567")), nm if rng.random() > .1 else nm.upper(), "112", rng.uniform(300, 45000), 20,
            rng.choice(["", "", f"Поставка {rng.choice(GOODS)}", "ТТН серии ЕН № " + str(rng.randint(1000000, 9999999))]),
            contract(), "B2B", False, kind)
    elif c == "ip":
        f, i, o = rng.choice(BY_M + BY_F)
        nm = rng.choice([f"ИП {f} {i} {o}", f"Индивидуальный предприниматель {f} {i[0]}.{o[0]}."])
        add(u(nm, rng.choice("1357")), nm, "112", rng.uniform(200, 6000), 20, rng.choice(["", f"Поставка {rng.choice(GOODS)}"]),
            contract(), "B2B", False, "sole_trader")
    elif c in ("gov", "gov_proc", "school_kettle"):
        nm, kind = rng.choice(GOV) if c != "school_kettle" else GOV[9]
        if c == "gov":
            info = rng.choice(["", f"Поставка {rng.choice(GOODS)}", "Оплата за счет средств бюджета"])
            net = rng.uniform(400, 60000)
        elif c == "gov_proc":
            info = f"Договор по результатам процедуры запроса ценовых предложений № auc000{rng.randint(10000, 99999)} (icetrade.by), поставка {rng.choice(GOODS)}"
            net = rng.uniform(5000, 120000)
        else:
            info = "Чайник электрический Vitek VT-7009, 1 шт."
            net = 74.92
        add(u(nm, rng.choice("17")), nm, "112", net, 20, info, contract(), "B2G", c == "school_kettle", kind)
    elif c == "retail":
        add("", "Физические лица (розничная торговля)", "112", rng.uniform(3000, 40000), 20,
            f"Сводный ЭСЧФ по реализации физическим лицам за {rng.choice(['январь', 'февраль', 'март', 'апрель'])} 2024 г.", "", "B2C", False, "anonymous_retail")
    elif c == "person":
        f, i, o = rng.choice(BY_M + BY_F)
        add("", f"{f} {i} {o}", "112", rng.uniform(500, 3500), 20, "Ноутбук для личного использования, оплата наличными", "", "B2C", False, "private_person")
    elif c == "nonres":
        nm = rng.choice(['ООО "Смоленск-Офис"', 'АО "ТД Перекресток"', 'ООО "Брянскснаб"'])
        add(inn10(rng, rng.choice(["67", "77", "32"])), nm, "643", rng.uniform(5000, 90000), 0, "Экспорт в РФ, ставка 0%",
            contract(), "B2B", False, "company", "RU")
    elif c == "soe_proc":
        nm, r = rng.choice(SOE)
        add(u(nm, r), nm, "112", rng.uniform(20000, 200000), 20,
            f"Поставка по итогам процедуры закупки № {rng.randint(2024000000, 2024999999)} (Положение о закупках за счет собственных средств)",
            contract(), "B2B", True, "state_owned_company")
    elif c == "soe":
        nm, r = rng.choice(SOE)
        add(u(nm, r), nm, "112", rng.uniform(2000, 40000), 20, f"Поставка {rng.choice(GOODS)}", contract(), "B2B", False, "state_owned_company")
    elif c == "embassy":
        nm = rng.choice(["Посольство Федеративной Республики Германия в Республике Беларусь", "Посольство Республики Польша в Республике Беларусь"])
        add(u(nm, "1"), nm, "112", rng.uniform(500, 8000), 0, "Освобождение от НДС (дипломатическое представительство)", contract(), "B2G", False, "embassy")
    elif c == "undp":
        add(u("UNDP", "1"), "Программа развития ООН (ПРООН) в Республике Беларусь", "112", rng.uniform(3000, 30000), 0,
            "Без НДС, международная техническая помощь", contract(), "B2B", True, "international_org")
    elif c == "co_house":
        nm, _ = rng.choice(B2B[:9])
        add(u(nm, "1"), nm, "112", rng.uniform(600, 2500), 20, rng.choice(["Холодильник ATLANT ХМ 4624-101, 1 шт.", "Микроволновая печь Horizont 20MW700-1378, 1 шт."]),
            contract(), "B2B", True, "company_household_item")
    elif c == "ip_house":
        f, i, o = rng.choice(BY_M)
        add(u(f + i, "3"), f"ИП {f} {i} {o}", "112", 1450.0, 20, "Телевизор Horizont 43LE7053D, 1 шт., оплата картой", "", "B2B", True, "sole_trader_household_item")
    elif c == "thin":
        add("", "", "112", rng.uniform(50, 400), 20, "", "", "B2C", True, "thin_record", status="Аннулирован")
    elif c == "fund":
        add(u("fund", "1"), 'Учреждение "Белорусский фонд финансовой поддержки предпринимателей"', "112", 18400.0, 20, f"Поставка {GOODS[0]}",
            contract(), "B2B", True, "state_founded_fund")

hdr = ["Номер ЭСЧФ", "Вид ЭСЧФ", "Статус ЭСЧФ", "Дата выставления", "Дата совершения операции", "УНП получателя",
       "Наименование получателя", "Код страны получателя", "Договор (контракт) на поставку", "Стоимость без НДС", "Ставка НДС",
       "Сумма НДС", "Стоимость с НДС", "Дополнительные сведения"]
with open(OUT / "layouts" / f"{ID}.csv", "w", encoding="cp1251", newline="") as fh:
    w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(hdr)
    w.writerows(rows)
pd.DataFrame([(i, *l) for i, l in enumerate(labels)], columns=["row", "label", "ambiguous", "kind", "country"]) \
    .assign(ambiguous=lambda x: x.ambiguous.map({True: "true", False: "false"})) \
    .to_csv(OUT / "key" / f"{ID}.labels.csv", index=False)
key = {
    "id": ID,
    "system": "Портал электронных счетов-фактур по НДС (vat.gov.by, МНС РБ) - список выставленных ЭСЧФ, выгрузка в CSV",
    "country": "BY", "language": "ru",
    "docs": ["the public documentation gave no public description of the portal's list export; python-stdnum stdnum/by/unp.py gave the UNP rule "
             "(9 digits, region digit first, weights 29,23,19,17,13,7,5,3 mod 11, check digit)",
             "column names follow the ESChF form sections as the portal names them (номер ЭСЧФ 'УНП-год-10 цифр', вид: исходный/дополнительный/исправленный, "
             "статус, дата выставления, дата совершения операции, получатель: УНП, наименование, код страны, договор, стоимость/ставка/сумма НДС, "
             "дополнительные сведения); cp1251 with ';' and decimal comma as Belarusian Excel-oriented CSV files are written - layout not verified verbatim"],
    "fields": {"buyer": "Наименование получателя", "product": None, "quantity": None, "amount": "Стоимость с НДС",
               "tax_id": "УНП получателя", "email": None, "payment": None, "comment": "Дополнительные сведения"},
    "also_ok": {"amount": ["Стоимость без НДС"]},
    "notes": "One row per ESChF, header on the first line, no totals. Seller UNP is the first part of Номер ЭСЧФ. Consolidated ESChF for retail "
             "sales to individuals have empty УНП and 'Физические лица (розничная торговля)'. Non-resident buyers have Код страны 643 and a Russian INN "
             "in УНП получателя. Two annulled invoices carry no recipient (thin). Goods are sometimes named in Дополнительные сведения.",
}
(OUT / "key" / f"{ID}.json").write_text(json.dumps(key, ensure_ascii=False, indent=2), encoding="utf-8")
print(ID, len(rows))
