"""Layout r_ru_1c_kniga_prodazh: 1C:Бухгалтерия 8 «Книга продаж» saved as CSV (cp1251, ';').

Seller: a Chelyabinsk wholesaler of electrical goods. One line per счёт-фактура (or advance, or retail summary)."""
import random
from datetime import date, timedelta

from r_common import LAYOUTS, inn10, inn12, kpp, ru_money, ru_person, write_key, write_labels

ID = "r_ru_1c_kniga_prodazh"
rng = random.Random(7451)

SELLER = 'ООО "ЭлектроКомплект"'
SELLER_INN = "7451389275/745101001"

HEAD = ["№ п/п", "Код вида операции", "Номер и дата счета-фактуры продавца",
        "Регистрационный номер декларации на товары или регистрационный номер партии товара, подлежащего прослеживаемости",
        "Код вида товара", "Номер и дата исправления счета-фактуры продавца", "Номер и дата корректировочного счета-фактуры продавца",
        "Номер и дата исправления корректировочного счета-фактуры продавца", "Наименование покупателя", "ИНН/КПП покупателя",
        "Наименование посредника (комиссионера, агента)", "ИНН/КПП посредника (комиссионера, агента)",
        "Номер и дата документа, подтверждающего оплату", "Наименование и код валюты",
        "Стоимость продаж по счету-фактуре, разница стоимости по корректировочному счету-фактуре (включая НДС) в валюте счета-фактуры",
        "Стоимость продаж по счету-фактуре, разница стоимости по корректировочному счету-фактуре (включая НДС) в рублях и копейках",
        "Стоимость продаж, облагаемых налогом, (без НДС) по ставке 20 процентов",
        "Стоимость продаж, облагаемых налогом, (без НДС) по ставке 10 процентов",
        "Стоимость продаж, облагаемых налогом, (без НДС) по ставке 0 процентов",
        "Сумма НДС по ставке 20 процентов", "Сумма НДС по ставке 10 процентов",
        "Стоимость продаж, освобождаемых от налога", "Договор"]
GRAPH = ["1", "2", "3", "3а", "3б", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13а", "13б", "14", "15", "16", "17", "18", "19", ""]

ORGS = ['ООО "Стройдвор"', 'ООО "УралСтройМонтаж"', 'ООО "ЧелябЭнергоСервис"', 'АО "Челябинский завод металлоконструкций"',
        'ООО "ТехноЛайт"', 'ООО "Электромонтаж-74"', 'ООО "Сантехком"', 'ООО "ЖилСервис"', 'ООО "Управляющая компания "Ремжилзаказчик"',
        'ООО "ПКФ "Меридиан"', 'ЗАО "Южуралмонтаж"', 'ООО "Магнитогорский Энергоремонт"', 'ООО "Торговый дом "ЭТМ"',
        'АО "Челябинский трубопрокатный завод"', 'ООО "Агрофирма "Ариант"', 'ООО "ЛогистикТрейд"', 'ООО "ИнвестСтрой"',
        'ООО "Автосервис "Виктория"', 'ООО "Мебельная фабрика "Лидер"', 'ООО "СК "Домострой"', 'ООО "Энергосистемы"',
        'ПАО "ММК"', 'ООО "Ресторан "Манеж"', 'ООО "Фитнес Холл"', 'ООО "Медицинский центр "Лотос"', 'ООО "Отель Малахит"',
        'ООО "Челябинский компрессорный завод"', 'ООО "ОптЭлектро"', 'ООО "Тепломонтаж"', 'ООО "ЧТЗ-Уралтрак"']
NOFORM = ['Электромаркет "Вольт"', "Автотехцентр Сигма", "Строительная компания Новый Дом", "Гостиница Челябинск-Сити"]
GOV = [('ГБУЗ "Областная клиническая больница № 3"', "regional_public_hospital"),
       ('МБОУ "СОШ № 15 г. Челябинска"', "municipal_school"), ('МАДОУ "ДС № 442 г. Челябинска"', "municipal_kindergarten"),
       ("Администрация Копейского городского округа", "municipality"),
       ("Управление жилищно-коммунального хозяйства Администрации города Челябинска", "municipal_department"),
       ('ФГАОУ ВО "ЮУрГУ (НИУ)"', "public_university"), ('ФГБОУ ВО "ЧелГУ"', "public_university"),
       ('ГКУ "Центр обеспечения деятельности ГУ МЧС России по Челябинской области"', "state_institution"),
       ("Войсковая часть 6541", "armed_forces_unit"), ("УФССП России по Челябинской области", "federal_agency"),
       ('МУП "ПОВВ"', "municipal_unitary_enterprise"), ('ОГУП "Обллесхоз"', "state_unitary_enterprise"),
       ('МКУ "Центр организации закупок"', "municipal_institution"), ("Прокуратура Челябинской области", "prosecutor_office"),
       ("ГУ МВД России по Челябинской области", "police"), ('ГБПОУ "Челябинский энергетический колледж им. С.М. Кирова"', "public_college"),
       ('ФГУП "ПО "Маяк"', "federal_unitary_enterprise"), ("Министерство строительства и инфраструктуры Челябинской области", "regional_ministry"),
       ('ФКУ "Упрдор "Южный Урал"', "federal_institution"), ('МБУ "Комбинат благоустройства"', "municipal_institution"),
       ('МАУ "Центр культуры и досуга" Сосновского района', "municipal_institution"), ('ГБУ "Челябинская областная станция по борьбе с болезнями животных"', "state_institution")]
GAU_223 = ['ГАУЗ "Городская клиническая больница № 8 г. Челябинск"', 'ГАУ ДО "Областной Дворец творчества"']
STATE_OWNED = [('ОАО "РЖД" (Южно-Уральская железная дорога — филиал)', "7708503727", "745145001"),
               ('ПАО "Россети Урал"', "6671163413", "997450001"), ('АО "Транснефть - Урал"', "0278039018", "025150001"),
               ('ООО "Газпром трансгаз Екатеринбург"', "6608007434", "667101001"), ('АО "Почта России"', "7724490000", "745143001")]
NONPROFIT = [('ТСЖ "Победы 290"', "homeowners_association"), ('АНО ДПО "Учебный центр "Профессионал"', "nonprofit"),
             ("Местная религиозная организация православный Приход храма Рождества Христова г. Челябинска", "religious_organization"),
             ('СНТ "Сосновка"', "cooperative"), ('Благотворительный фонд "Дети Урала"', "charity_fund"),
             ('ЧУ ДО "Школа робототехники"', "private_school"), ('ТСН "Западный луч"', "homeowners_association")]
STATE_FUND = 'СНОФ "Региональный оператор капитального ремонта общего имущества в многоквартирных домах Челябинской области"'

recs, labels = [], []
Q_START, Q_END = date(2025, 7, 1), date(2025, 9, 30)
sf_no = 1543
pp_no = 0


def d_rand():
    return Q_START + timedelta(days=rng.randint(0, (Q_END - Q_START).days))


def amount(lo, hi):
    return round(rng.uniform(lo, hi), 2)


def contract_plain():
    return rng.choice([f"Договор поставки № {rng.randint(1, 320)}/25 от {rng.randint(1, 28):02d}.{rng.randint(1, 6):02d}.2025",
                       "Основной договор", f"Договор № {rng.randint(10, 999)}-П от {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2024",
                       "Без договора", "Основной договор"])


def add(code, buyer, innkpp, total, label, amb, kind, contract="", pay_doc=None, cc="RU"):
    global sf_no
    sf_no += rng.randint(1, 4)
    d = d_rand()
    if code == "02":
        sfn = f"00ЭК-{sf_no:06d} от {d:%d.%m.%Y}"
        pay_doc = pay_doc or f"{rng.randint(1, 2500)} от {d:%d.%m.%Y}"
    elif code == "26":
        sfn = f"00ЭК-{sf_no:06d} от {d:%d.%m.%Y}"
    else:
        sfn = f"00ЭК-{sf_no:06d} от {d:%d.%m.%Y}"
        if pay_doc is None and rng.random() < .25:
            pd_ = d - timedelta(days=rng.randint(0, 20))
            pay_doc = f"{rng.randint(1, 2500)} от {pd_:%d.%m.%Y}"
    base = round(total / 1.2, 2)
    vat = round(total - base, 2)
    recs.append({"d": d, "row": [None, code, sfn, "", "", "", "", "", buyer, innkpp, "", "", pay_doc or "", "",
                                 "", ru_money(total), ru_money(base), "", "", ru_money(vat), "", "", contract],
                 "t": (total, base, vat)})
    labels.append((label, amb, kind, cc))


# companies with legal form
for i in range(78):
    org = rng.choice(ORGS)
    inn = inn10(rng, "74")
    code = "01" if rng.random() < .8 else "02"
    add(code, org, f"{inn}/{kpp(inn)}", amount(4_000, 850_000), "B2B", False, "company_with_legal_form", contract_plain())
for i in range(8):
    org = rng.choice(NOFORM)
    inn = inn10(rng, "74")
    add("01", org, f"{inn}/{kpp(inn)}", amount(6_000, 220_000), "B2B", False, "company_no_legal_form", contract_plain())
# sole traders
for i in range(20):
    last, first, pat, g = ru_person(rng)
    nm = rng.choice([f"ИП {last} {first} {pat}", f"ИП {last} {first[0]}.{pat[0]}.", f"Индивидуальный предприниматель {last} {first} {pat}"])
    add(rng.choice(["01", "01", "02"]), nm, inn12(rng, "74"), amount(2_500, 190_000), "B2B", False, "sole_trader", contract_plain())
for i in range(2):
    last, first, pat, g = ru_person(rng)
    add("01", f"Глава КФХ {last} {first} {pat}", inn12(rng, "74"), amount(15_000, 160_000), "B2B", False, "farm_sole_trader", contract_plain())
# ИП on a retail document (code 26), no invoice -> B2B ambiguous
for i in range(3):
    last, first, pat, g = ru_person(rng)
    add("26", f"ИП {last} {first} {pat}", inn12(rng, "74"), amount(1_500, 24_000), "B2B", True, "sole_trader_retail_receipt", "")
# person named with a 12-digit INN and an invoice -> B2B ambiguous (could be ИП without prefix)
for i in range(4):
    last, first, pat, g = ru_person(rng)
    add("01", f"{last} {first} {pat}", inn12(rng, "74"), amount(8_000, 95_000), "B2B", True, "person_name_inn12_with_invoice", "Основной договор")
# state bodies and institutions
for i in range(48):
    org, kind = rng.choice(GOV)
    inn = inn10(rng, "74")
    kp = kpp(inn)
    ct = rng.choice([f"Контракт № 0169300000325{rng.randint(0, 999999):06d} от {rng.randint(1, 28):02d}.{rng.randint(1, 8):02d}.2025",
                     f"Муниципальный контракт № {rng.randint(1, 300)} от {rng.randint(1, 28):02d}.{rng.randint(1, 8):02d}.2025",
                     f"Договор № {rng.randint(1, 300)}/25 (п.4 ч.1 ст.93 44-ФЗ)", f"Государственный контракт № {rng.randint(100, 999)}-ГК/25",
                     "Основной договор", f"Договор поставки № {rng.randint(1, 320)}/25"])
    if "Маяк" in org:
        inn, kp = "7422000795", "741301001"
    add("01", org, f"{inn}/{kp}", amount(3_000, 640_000), "B2G", False, kind, ct)
for org in GAU_223:
    for j in range(2):
        inn = inn10(rng, "74")
        add("01", org, f"{inn}/{kpp(inn)}", amount(20_000, 400_000), "B2G", False, "state_autonomous_institution_223fz",
            f"Договор № 32514{rng.randint(100000, 999999)} от {rng.randint(1, 28):02d}.0{rng.randint(1, 8)}.2025 (223-ФЗ)")
# state-owned companies
for nm, inn in [("Представительство Международного комитета Красного Креста (МККК) в Российской Федерации", "9909052470"),
                ("Представительство Верховного комиссара ООН по делам беженцев в Российской Федерации", "9909071270")]:
    add("01", nm, f"{inn}/774387001", amount(30_000, 240_000), "B2B", True, "international_org", "Договор поставки № 7/25")
for i in range(12):
    org, inn, kp = rng.choice(STATE_OWNED)
    add("01", org, f"{inn}/{kp}", amount(40_000, 1_900_000), "B2B", True, "state_owned_company_procurement",
        rng.choice([f"Договор № 32514{rng.randint(100000, 999999)} по итогам закупки (223-ФЗ)",
                    f"Договор поставки № {rng.randint(1000, 9999)}/25 по результатам запроса котировок, 223-ФЗ",
                    f"Рамочный договор № {rng.randint(100, 999)}-24 (закупка 223-ФЗ, РТС-тендер)"]))
for i in range(5):
    org, inn, kp = rng.choice(STATE_OWNED)
    add("01", org, f"{inn}/{kp}", amount(5_000, 90_000), "B2B", False, "state_owned_company", contract_plain())
# non-profits
for org, kind in NONPROFIT:
    inn = inn10(rng, "74")
    add("01", org, f"{inn}/{kpp(inn)}", amount(3_000, 120_000), "B2B", False, kind, contract_plain())
for j in range(2):
    inn = "7451990794"
    add("01", STATE_FUND, f"{inn}/745101001", amount(60_000, 500_000), "B2B", True, "state_founded_fund_nonprofit",
        f"Договор № {rng.randint(10, 99)}-КР/2025 (ПП РФ № 615)")
# individuals and retail
for i in range(12):
    d = rng.choice(["Розничный покупатель", "Розничный покупатель", "Физические лица"])
    add("26", d, "", amount(20_000, 380_000), "B2C", False, "anonymous_retail", "")
for i in range(14):
    last, first, pat, g = ru_person(rng)
    code = rng.choice(["26", "26", "02"])
    add(code, f"{last} {first} {pat}", "", amount(1_200, 65_000), "B2C", False, "private_person", "")

# order by invoice date like the 1C register
order = sorted(range(len(recs)), key=lambda i: (recs[i]["d"], i))
recs = [recs[i] for i in order]
labels = [labels[i] for i in order]
sfc = 1543
for n, r in enumerate(recs, 1):
    r["row"][0] = str(n)
    sfc += rng.randint(1, 3)
    r["row"][2] = f"00ЭК-{sfc:06d} от {r['d']:%d.%m.%Y}"
tot = [sum(r["t"][k] for r in recs) for k in range(3)]

lines = [["Книга продаж"], [f"Продавец: {SELLER}"],
         [f"Идентификационный номер и код причины постановки на учет налогоплательщика-продавца: {SELLER_INN}"],
         ["Продажа за период с 01.07.2025 по 30.09.2025"], [], HEAD, GRAPH]
lines += [r["row"] for r in recs]
total_row = [""] * len(HEAD)
total_row[8] = "Всего"
total_row[15], total_row[16], total_row[19] = ru_money(tot[0]), ru_money(tot[1]), ru_money(tot[2])
lines.append(total_row)


def q(v):
    v = "" if v is None else str(v)
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ';"\n') else v


out = f"{LAYOUTS}/{ID}.csv"
with open(out, "w", encoding="cp1251", newline="") as f:
    for ln in lines:
        f.write(";".join(q(v) for v in ln) + "\r\n")
write_labels(ID, labels)
write_key(ID, {
    "id": ID,
    "system": "1С:Бухгалтерия предприятия 8 — отчёт «Книга продаж», сохранён в CSV (Windows-1251, разделитель «;»)",
    "country": "RU",
    "language": "ru",
    "docs": [
        "Columns follow the statutory sales-book form (Постановление Правительства РФ № 1137, графы 1–19: код вида операции, номер и дата "
        "счёта-фактуры, 3а/3б, исправления, наименование покупателя, ИНН/КПП покупателя, посредник, документ об оплате, валюта, стоимость продаж "
        "в валюте и в рублях, базы 20/10/0 %, суммы НДС, освобождённые продажи) as 1C prints it: title lines (Книга продаж, Продавец, ИНН/КПП "
        "продавца, период), a header row, a row of graph numbers, then records and a «Всего» line.",
        "Public pages on the sales book describe the graph set; no public page shows 1C's CSV bytes, so the CSV framing (cp1251, ';', "
        "numbers '1 234,56' with a no-break space) follows how Russian 1C users save reports for other tools.",
        "'Договор' (the counterparty contract from 1C) is an extra column added through the report settings; it is the only place where "
        "44-ФЗ contract numbers (0169300000325...) and 223-ФЗ procurement numbers (32514...) show."],
    "fields": {"buyer": "Наименование покупателя", "product": None, "quantity": None,
               "amount": "Стоимость продаж по счету-фактуре, разница стоимости по корректировочному счету-фактуре (включая НДС) в рублях и копейках",
               "tax_id": "ИНН/КПП покупателя", "email": None, "payment": None, "comment": None},
    "also_ok": {"amount": ["Стоимость продаж, облагаемых налогом, (без НДС) по ставке 20 процентов"],
                "comment": ["Договор"], "payment": ["Номер и дата документа, подтверждающего оплату"]},
    "notes": "File lines 1–5 are the title block (4 lines + 1 empty line), line 6 is the header, line 7 holds the graph numbers "
             "(1, 2, 3, 3а, ... 19) and is not a record, the last line ('Всего') is the totals row. Records are lines 8..N-1; row 0 = line 8. "
             "Read with pd.read_csv(path, sep=';', encoding='cp1251', skiprows=5, dtype=str) and drop the first data line (graph numbers) and the last. "
             "Код вида операции: 01 shipment, 02 advance received, 26 sales to individuals without invoices (retail summary). "
             "The sales book has no product, quantity, e-mail or payment-method column. ИНН/КПП покупателя is 'INN/KPP' for organisations, "
             "12-digit INN alone for ИП, empty for individuals.",
})
print(ID, len(recs))
