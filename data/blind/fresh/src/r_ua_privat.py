"""Layout r_ua_privat24_statement: PrivatBank «Приват24 для бізнесу» account statement, CSV (cp1251, ';').

Account owner (seller): a Kyiv office-supplies / equipment trader. Filtered to incoming payments (credits)."""
import random
from datetime import datetime, timedelta

from r_common import LAYOUTS, plain_comma, rand_dt, ru_money, ua_edrpou, ua_iban, ua_rnokpp, write_key, write_labels

ID = "r_ua_privat24_statement"
rng = random.Random(380)

OWN_EDRPOU = "43871562"
OWN_MFO = "305299"
OWN_ACC = ua_iban(rng, OWN_MFO)
BANKS = [("305299", 'АТ КБ "ПРИВАТБАНК"'), ("322001", 'АТ "УНІВЕРСАЛ БАНК"'), ("300465", 'АТ "Ощадбанк"'),
         ("380805", 'АТ "Райффайзен Банк"'), ("334851", 'АТ "ПУМБ"'), ("351005", 'АТ "УКРСИББАНК"'), ("300528", 'АТ "ОТП БАНК"'),
         ("320478", 'АБ "УКРГАЗБАНК"'), ("300346", 'АТ "СЕНС БАНК"')]
TREASURY = ("820172", "Державна казначейська служба України, м. Київ")

GOODS = [("папір офісний А4 SvetoCopy", 245), ("картриджі HP 59A", 3890), ("канцтовари", 0), ("ноутбуки HP ProBook 450 G10", 41990),
         ("БФП Canon i-SENSYS MF3010", 9499), ("крісла офісні", 3650), ("тонер-картриджі Canon 725", 1450), ("флеш-накопичувачі", 320),
         ("монітори Samsung 24\"", 5790), ("джерела безперебійного живлення APC 1400VA", 8900), ("маршрутизатори TP-Link Archer C6", 1599),
         ("шафи для документів", 7400), ("зошити та журнали обліку", 0), ("проектор Epson EB-E20", 18900), ("генератор Konner&Sohnen KS 3000", 21500),
         ("павербанки Xiaomi 20000 mAh", 1290)]
HOUSE = [("чайник електричний Tefal", 1290), ("кондиціонер побутовий Gree 09", 17990), ("телевізор Samsung 55\"", 24990),
         ("мікрохвильову піч Samsung", 3990), ("кавоварку De'Longhi", 14990), ("холодильник Atlant", 15600)]

UA_M = ["Олександр", "Андрій", "Сергій", "Дмитро", "Володимир", "Іван", "Максим", "Юрій", "Богдан", "Тарас", "Олег", "Віталій"]
UA_F = ["Олена", "Ірина", "Наталія", "Тетяна", "Оксана", "Юлія", "Марія", "Світлана", "Анна", "Людмила", "Катерина", "Галина"]
UA_MP = ["Олександрович", "Іванович", "Петрович", "Миколайович", "Васильович", "Сергійович", "Володимирович", "Юрійович"]
UA_FP = ["Олександрівна", "Іванівна", "Петрівна", "Миколаївна", "Василівна", "Сергіївна", "Володимирівна", "Юріївна"]
UA_LAST = ["Коваленко", "Бондаренко", "Ткаченко", "Шевченко", "Кравченко", "Мельник", "Бойко", "Олійник", "Лисенко", "Павленко",
           "Савченко", "Руденко", "Марченко", "Мороз", "Гончаренко", "Поліщук", "Левченко", "Козак", "Ковальчук", "Ярошенко"]


def ua_person():
    last = rng.choice(UA_LAST)
    if rng.random() < .5:
        f, p = rng.choice(UA_M), rng.choice(UA_MP)
    else:
        f, p = rng.choice(UA_F), rng.choice(UA_FP)
    return last, f, p


COMPANIES = ['ТОВ "БУДІНВЕСТ-ГРУП"', 'ТОВ "АГРОПРОМТЕХ"', 'ТОВ "ЛОГІСТИК ЮА"', 'ТОВ "НОВА ЛІНІЯ"', 'ТОВ "ЕПІЦЕНТР К"', 'ТОВ "СІЛЬПО-ФУД"',
             'ТОВ "МЕДИЧНИЙ ЦЕНТР "ДОБРОБУТ"', 'ТОВ "КИЇВСЬКИЙ ДІМ ДРУКУ"', 'ПрАТ "ОБОЛОНЬ"', 'ТОВ "КАВА ТА КО"', 'ТОВ "ЮРИДИЧНА ФІРМА "ПРАВО І ЗАКОН"',
             'ТОВ "АУДИТОРСЬКА ФІРМА "КОНСУЛ"', 'ТОВ "ІТ-СЕРВІС ПЛЮС"', 'ТОВ "ФАРМАКО-ТРЕЙД"', 'АТ "КИЇВСЬКИЙ КАРТОННО-ПАПЕРОВИЙ КОМБІНАТ"',
             'ТОВ "УКРБУДМОНТАЖ"', 'ТОВ "ГОТЕЛЬ "РУСЬ"', 'ТОВ "СТОМАТОЛОГІЯ "ДЕНТА-ЛЮКС"', 'ПП "ТЕХНОЦЕНТР"', 'ТОВ "ТД "ЕЛЕКТРОСВІТ"',
             'ТОВ "НОВА ПОШТА"', 'ТОВ "ДАТАГРУП"', 'ТОВ "АВТОСАЛОН "ПРЕСТИЖ"', 'ТОВ "ФАБРИКА МЕБЛІВ "ВЕРСАЛЬ"']
NOFORM = ['КАВ\'ЯРНЯ "ЧОРНИЙ КІТ"', "СТУДІЯ ДИЗАЙНУ АРТ-ПРОСТІР", "АВТОСЕРВІС ФОРСАЖ"]
GOV = [("Управління освіти Оболонської районної в місті Києві державної адміністрації", "municipal_department", True),
       ("Ліцей № 142 Оболонського району м. Києва", "public_school", True),
       ("Заклад дошкільної освіти (ясла-садок) № 614 Деснянського району м. Києва", "municipal_kindergarten", True),
       ('Комунальний заклад "Харківська гімназія № 47 Харківської міської ради"', "public_school", True),
       ('КНП "Київська міська клінічна лікарня № 4" виконавчого органу Київської міської ради (КМДА)', "municipal_hospital", False),
       ('КНП "Броварська багатопрофільна клінічна лікарня"', "municipal_hospital", False),
       ("Броварська міська рада Броварського району Київської області", "municipality", True),
       ("Виконавчий комітет Ірпінської міської ради", "municipality", True),
       ("Військова частина А4350", "armed_forces_unit", True), ("Військова частина А1926", "armed_forces_unit", True),
       ("Київський національний університет імені Тараса Шевченка", "public_university", True),
       ('Національний технічний університет України "Київський політехнічний інститут імені Ігоря Сікорського"', "public_university", True),
       ("Головне управління Національної поліції у м. Києві", "police", True),
       ("Державна податкова служба України", "state_agency", True),
       ("Міністерство цифрової трансформації України", "ministry", True),
       ('ДП "Документ"', "state_enterprise", False), ('ДП "Прозорро"', "state_enterprise", False),
       ("Господарський суд міста Києва", "court", True), ("Київська обласна військова адміністрація", "regional_administration", True),
       ("Державна служба України з надзвичайних ситуацій", "state_agency", True),
       ('КП "Київпастранс"', "municipal_enterprise", False), ("Посольство Республіки Польща в Україні", "embassy", False)]
STATE_OWNED = [('АТ "УКРЗАЛІЗНИЦЯ"', "40075815"), ('АТ "УКРПОШТА"', "21560045"), ('АТ "НАК "НАФТОГАЗ УКРАЇНИ"', "20077720"),
               ('ПрАТ "УКРГІДРОЕНЕРГО"', "20588716")]
NONPROFIT = [('ОСББ "СОНЯЧНИЙ 12"', "homeowners_association"), ('ОСББ "ОБОЛОНСЬКА НАБЕРЕЖНА 7"', "homeowners_association"),
             ('РЕЛІГІЙНА ОРГАНІЗАЦІЯ "ПАРАФІЯ СВЯТОГО МИКОЛАЯ ПЦУ М.КИЄВА"', "religious_organization"),
             ('БО "БЛАГОДІЙНИЙ ФОНД "ПОВЕРНИСЬ ЖИВИМ"', "charity_fund"), ('ГО "АСОЦІАЦІЯ ВЕТЕРАНІВ АТО ОБОЛОНІ"', "association"),
             ("Український католицький університет", "private_university"), ('ПЗСО "ЛІЦЕЙ "ГРАНД"', "private_school"),
             ("Товариство Червоного Хреста України", "national_red_cross"), ('ОК "ЖБК "ПРОГРЕС-7"', "cooperative")]
INTL = ["Представництво Міжнародного комітету Червоного Хреста в Україні", "Представництво Управління Верховного комісара ООН у справах біженців в Україні"]

recs, labels = [], []
START, END = datetime(2025, 3, 1, 8), datetime(2025, 5, 31, 19)
docno = 0


def inv():
    return rng.choice([f"рах. № СФ-{rng.randint(100, 2400):07d} від {{INV}}", f"рахунку № {rng.randint(100, 2400)} від {{INV}}",
                       f"рах.-факт. № ОТ-{rng.randint(100, 2400)} від {{INV}}"])


def vat_txt(total, with_vat=True):
    if not with_vat:
        return "без ПДВ"
    return rng.choice([f"у т.ч. ПДВ 20% - {plain_comma(total / 6)} грн.", f"в т.ч. ПДВ {plain_comma(total / 6)}", f"у тому числі ПДВ {plain_comma(total / 6)} грн"])


def goods_amount(pool=GOODS, big=False):
    g, p = rng.choice(pool)
    if p == 0:
        return g, round(rng.uniform(800, 25000), 2), None
    q = rng.choice([1, 2, 3, 5, 10, 20] if big else [1, 2, 3, 5])
    return g, float(p * q), q


def add(label, amb, kind, name, code, bank, acc, purpose, amount, cc="UA"):
    global docno
    dt = rand_dt(rng, START, END).replace(hour=rng.randint(8, 19))
    purpose = purpose.replace("{INV}", f"{dt - timedelta(days=rng.randint(0, 12)):%d.%m.%Y}")
    purpose = purpose.replace("{PREV}", f"{dt - timedelta(days=1):%d.%m.%Y}")
    p0 = dt - timedelta(days=rng.randint(8, 14))
    purpose = purpose.replace("{PERIOD}", f"{p0:%d.%m}-{p0 + timedelta(days=6):%d.%m.%Y}")
    docno = rng.randint(1, 9999) if rng.random() < .6 else rng.choice(["@2PL" + str(rng.randint(100000, 999999)), "KB" + str(rng.randint(10 ** 7, 10 ** 8))])
    recs.append({"dt": dt, "row": [OWN_EDRPOU, OWN_MFO, OWN_ACC, "UAH", str(docno), dt.strftime("%d.%m.%Y %H:%M"), bank[0], bank[1], acc,
                                   code, name, plain_comma(amount), purpose]})
    labels.append((label, amb, kind, cc))


def org_pay(name, code, bank, gname, amt, q, extra="", vat=True):
    qty = f" {q} шт" if q and rng.random() < .4 else ""
    return rng.choice([f"Оплата за {gname}{qty} згідно {inv()}{extra}, {vat_txt(amt, vat)}",
                       f"Сплата за товар ({gname}) зг. {inv()}{extra} {vat_txt(amt, vat)}",
                       f"За {gname}{qty}, {inv()}{extra}, {vat_txt(amt, vat)}"])


def prozorro():
    return f"UA-2025-0{rng.randint(1, 2)}-{rng.randint(1, 28):02d}-{rng.randint(0, 15000):06d}-{rng.choice('abc')}"


# ТОВ etc.
for i in range(62):
    nm = rng.choice(COMPANIES)
    bank = rng.choice(BANKS)
    g, a, q = goods_amount(big=True)
    add("B2B", False, "company_with_legal_form", nm, ua_edrpou(rng), bank, ua_iban(rng, bank[0]), org_pay(nm, "", bank, g, a, q), a)
for i in range(5):
    nm = rng.choice(NOFORM)
    bank = rng.choice(BANKS)
    g, a, q = goods_amount()
    add("B2B", False, "company_no_legal_form", nm, ua_edrpou(rng), bank, ua_iban(rng, bank[0]), org_pay(nm, "", bank, g, a, q, vat=False), a)
# ФОП
for i in range(30):
    last, f, p = ua_person()
    nm = rng.choice([f"ФОП {last} {f} {p}", f"ФОП {last.upper()} {f.upper()} {p.upper()}", f"ФОП {last} {f[0]}.{p[0]}."])
    bank = rng.choice(BANKS[:3])
    g, a, q = goods_amount()
    add("B2B", False, "sole_trader", nm, ua_rnokpp(rng), bank, ua_iban(rng, bank[0]), org_pay(nm, "", bank, g, a, q, vat=False), a)
for i in range(2):
    last, f, p = ua_person()
    g, a = rng.choice(HOUSE[1:3] + HOUSE[4:5])
    add("B2B", True, "sole_trader_personal_purchase", f"ФОП {last} {f} {p}", ua_rnokpp(rng), BANKS[0], ua_iban(rng, BANKS[0][0]),
        f"Оплата за {g}, для особистого користування, без документів", float(a))
# state
for i in range(48):
    nm, kind, treas = rng.choice(GOV)
    bank = TREASURY if treas else rng.choice(BANKS[:3])
    g, a, q = goods_amount(big=True)
    extra = rng.choice(["", f" згідно договору № {rng.randint(1, 300)} від {rng.randint(1, 28):02d}.0{rng.randint(1, 2)}.2025",
                        f", договір № {rng.randint(1, 300)}/25, закупівля {prozorro()}", f" (КЕКВ 2210)", f", КПКВК {rng.choice(['0611021', '2717040', '0712010'])}"])
    if kind == "embassy":
        extra = ""
    acc = ua_iban(rng, bank[0])
    add("B2G", False, kind, nm, ua_edrpou(rng), bank, acc, org_pay(nm, "", bank, g, a, q, extra), a, cc="PL" if kind == "embassy" else "UA")
for nm, kind, treas in [GOV[1], GOV[2], GOV[3]]:
    g, a = rng.choice([HOUSE[0], HOUSE[3]])
    add("B2G", True, "public_body_household_item", nm, ua_edrpou(rng), TREASURY, ua_iban(rng, TREASURY[0]),
        f"Оплата за {g} 1 шт згідно {inv()} (КЕКВ 2210), без ПДВ", float(a))
# state-owned JSC
for i in range(6):
    nm, code = rng.choice(STATE_OWNED)
    bank = rng.choice(BANKS[:3])
    g, a, q = goods_amount(big=True)
    add("B2B", True, "state_owned_company_procurement", nm, code, bank, ua_iban(rng, bank[0]),
        org_pay(nm, "", bank, g, a, q, f" за договором № {rng.randint(1000, 9999)}/25 за результатами закупівлі {prozorro()}"), a)
for i in range(3):
    nm, code = rng.choice(STATE_OWNED)
    bank = rng.choice(BANKS[:3])
    g, a, q = goods_amount()
    add("B2B", False, "state_owned_company", nm, code, bank, ua_iban(rng, bank[0]), org_pay(nm, "", bank, g, a, q), a)
# non-profits
for nm, kind in NONPROFIT:
    bank = rng.choice(BANKS)
    g, a, q = goods_amount()
    add("B2B", False, kind, nm, ua_edrpou(rng), bank, ua_iban(rng, bank[0]), org_pay(nm, "", bank, g, a, q, vat=False), a)
for nm in INTL:
    bank = BANKS[4]
    g, a, q = goods_amount(big=True)
    add("B2B", True, "international_org", nm, ua_edrpou(rng), bank, ua_iban(rng, bank[0]), org_pay(nm, "", bank, g, a, q, vat=False), a)
# company buys household item only
for nm in ['ТОВ "ЛОГІСТИК ЮА"', 'ТОВ "КАВА ТА КО"', 'ТОВ "ІТ-СЕРВІС ПЛЮС"']:
    g, a = rng.choice(HOUSE[1:3] + HOUSE[4:6])
    bank = rng.choice(BANKS)
    add("B2B", True, "company_household_item", nm, ua_edrpou(rng), bank, ua_iban(rng, bank[0]), f"Оплата за {g} 1 шт згідно {inv()}, {vat_txt(a)}", float(a))
# acquiring / marketplace / COD payouts
for i in range(10):
    d = "{PREV}"
    tot = round(rng.uniform(3000, 48000), 2)
    com = round(tot * 0.013, 2)
    add("B2C", True, "acquiring_payout", 'АТ КБ "ПРИВАТБАНК"', "14360570", BANKS[0], ua_iban(rng, "305299"),
        rng.choice([f"Відшкодування по операціях з платіжними картками за {d}, термінал S1A0{rng.randint(1000, 9999)}, сума {plain_comma(tot)}, комісія {plain_comma(com)}",
                    f"Зарахування коштів за операціями еквайрингу за {d} згідно дог. № {rng.randint(10000, 99999)}, утримано комісію {plain_comma(com)} грн"]),
        tot - com)
for i in range(4):
    tot = round(rng.uniform(1500, 26000), 2)
    add("B2C", True, "acquiring_payout", 'АТ КБ "ПРИВАТБАНК"', "14360570", BANKS[0], ua_iban(rng, "305299"),
        f"LiqPay: переказ коштів за оплачені замовлення інтернет-магазину за {{PREV}}, реєстр № {rng.randint(100000, 999999)}", tot)
for i in range(6):
    tot = round(rng.uniform(800, 15000), 2)
    add("B2C", True, "marketplace_payout", 'ТОВ "ФК "ЕЛАЄНС"', ua_edrpou(rng), BANKS[0], ua_iban(rng, "305299"),
        f"Переказ коштів за післяплатою (накладений платіж) згідно реєстру № {rng.randint(100000, 999999)} від {{PREV}}, без ПДВ", tot)
for i in range(4):
    tot = round(rng.uniform(5000, 60000), 2)
    add("B2C", True, "marketplace_payout", 'ТОВ "РОЗЕТКА.УА"', "37193071", BANKS[3], ua_iban(rng, "380805"),
        f"Виплата коштів за реалізовані товари (маркетплейс) за період {{PERIOD}} згідно договору № MP-{rng.randint(10000, 99999)}", tot)
# private persons
for i in range(30):
    last, f, p = ua_person()
    style = rng.random()
    nm = f"{last} {f} {p}" if style < .5 else (f"{last.upper()} {f.upper()} {p.upper()}" if style < .8 else f"{last} {f[0]}.{p[0]}.")
    bank = rng.choice(BANKS[:3])
    g, a = rng.choice(GOODS[3:6] + GOODS[8:11] + HOUSE)
    a = float(a)
    add("B2C", False, "private_person", nm, ua_rnokpp(rng) if rng.random() < .6 else "", bank, ua_iban(rng, bank[0]),
        rng.choice([f"Оплата за замовлення № {rng.randint(1000, 9999)}, {last} {f[0]}.{p[0]}.", f"За {g}, {last} {f}",
                    f"Оплата за товар згідно замовлення {rng.randint(1000, 9999)}", f"Переказ власних коштів, оплата {g}"]), a)
# person: bulk quantity
last, f, p = ua_person()
add("B2C", True, "private_person_bulk_quantity", f"{last} {f} {p}", ua_rnokpp(rng), BANKS[1], ua_iban(rng, BANKS[1][0]),
    "Оплата за павербанки Xiaomi 20000 mAh 30 шт, замовлення № 5521", 38700.0)
# person states business use
for txt in ["Оплата за картриджі HP 59A 4 шт для роботи мого кабінету (приватна практика)", "За папір А4 20 пачок, для перепродажу в моєму кіоску"]:
    last, f, p = ua_person()
    add("B2B", True, "person_states_business_use", f"{last} {f} {p}", ua_rnokpp(rng), BANKS[0], ua_iban(rng, BANKS[0][0]), txt,
        float(rng.choice([15560, 4900])))
# person pays company invoice
for co in ['ТОВ "БУДСЕРВІС-К"', 'ТОВ "АРТ-МЕБЛІ"']:
    last, f, p = ua_person()
    a = round(rng.uniform(3000, 40000), 2)
    add("B2B", True, "person_pays_company_invoice", f"{last} {f} {p}", ua_rnokpp(rng), BANKS[1], ua_iban(rng, BANKS[1][0]),
        f"Оплата за {co} згідно {inv()}, платник {last} {f[0]}.{p[0]}.", a)

idx = sorted(range(len(recs)), key=lambda i: recs[i]["dt"])
recs = [recs[i] for i in idx]
labels = [labels[i] for i in idx]
HEAD = ["ЄДРПОУ", "МФО", "Рахунок", "Валюта", "Номер документу", "Дата операції", "МФО банку", "Назва банку", "Рахунок кореспондента",
        "ЄДРПОУ кореспондента", "Кореспондент", "Сума", "Призначення платежу"]


def q(v):
    v = str(v)
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ';"\n') else v


with open(f"{LAYOUTS}/{ID}.csv", "w", encoding="cp1251", newline="") as fh:
    fh.write(";".join(HEAD) + "\r\n")
    for r in recs:
        fh.write(";".join(q(v) for v in r["row"]) + "\r\n")
write_labels(ID, labels)
write_key(ID, {
    "id": ID,
    "system": "ПриватБанк «Приват24 для бізнесу» — виписка по рахунку, експорт CSV (Windows-1251, «;»)",
    "country": "UA",
    "language": "uk",
    "docs": [
        "Header taken from public tools that read or re-create the PrivatBank business statement CSV: ЄДРПОУ;МФО;Рахунок;Валюта;Номер документу;"
        "Дата операції;МФО банку;Назва банку;Рахунок кореспондента;ЄДРПОУ кореспондента;Кореспондент;Сума;Призначення платежу "
        "(a C# converter writes exactly this header as 'AsPrivatCSV'; a TypeScript importer and a Python income-book parser name the same columns; "
        "Ukrainian bank CSVs of this family are cp1251 with ';').",
        "Budget bodies pay from State Treasury accounts (МФО 820172, «Державна казначейська служба України, м. Київ»), with КЕКВ/КПКВК codes and "
        "Prozorro ids (UA-2025-..-..-......-a) in the purpose; acquiring payouts come from АТ КБ «ПРИВАТБАНК» (ЄДРПОУ 14360570)."],
    "fields": {"buyer": "Кореспондент", "product": None, "quantity": None, "amount": "Сума", "tax_id": "ЄДРПОУ кореспондента",
               "email": None, "payment": None, "comment": "Призначення платежу"},
    "also_ok": {"product": ["Призначення платежу"]},
    "notes": "One line per incoming payment; the statement was filtered to credits (надходження), so every line is money received for goods. "
             "No title or totals lines; row 0 = first line after the header. The first four columns describe the seller's own account. "
             "ЄДРПОУ кореспондента: 8 digits for legal entities, 10 digits (РНОКПП) for ФОП and private persons, empty when the bank did not pass it. "
             "Сума uses a decimal comma, no thousands separator. Acquiring (card / LiqPay) and COD / marketplace payouts carry no buyer.",
})
print(ID, len(recs))
