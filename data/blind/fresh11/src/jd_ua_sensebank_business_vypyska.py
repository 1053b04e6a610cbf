"""Sense Bank (ex Alfa-Bank Ukraine) "Sense Business Online" - account statement
exported as CSV, filtered to incoming payments (Операція = Кредит).
Layout as exported by the bank's web app: one header line, ';' separated,
windows-1251, no quoting, dates dd.mm.yyyy, time in its own column, dot decimals.

Seller (invented): ТОВ "ТЕХНОСВІТ ПОСТАЧ", Kyiv - supplier of computers, office
equipment, generators and power stations, office supplies.
Run: python jd_ua_sensebank_business_vypyska.py
"""
from __future__ import annotations

import datetime as dt
import random

from jd_common import LAYOUTS, iban, ua_edrpou, ua_rnokpp, write_key, write_labels

LAYOUT_ID = "jd_ua_sensebank_business_vypyska"
SEED = 110212
rng = random.Random(SEED)

HEADER = ["Наш рахунок", "Наш IBAN", "Операція", "Рахунок", "IBAN", "МФО банку контрагента",
          "Найменування контрагента", "Код контрагента", "Призначення платежу", "Дата проведення",
          "Номер документа", "Сума", "Валюта", "Час проведення", "Дата документа", "Дата архівування",
          "Ід.код", "Найменування", "МФО"]

OUR_ACC = "26003052701234"
OUR_MFO = "300346"
OUR_IBAN = iban("UA", OUR_MFO + OUR_ACC.zfill(19))
OUR_CODE = ua_edrpou(rng, "4")
OUR_NAME = 'ТОВ "ТЕХНОСВІТ ПОСТАЧ"'

BANKS = {  # MFO: name (for reference only; statement shows MFO)
    "privat": "305299", "oschad": "300465", "raif": "380805", "pumb": "334851", "ukrsib": "351005",
    "otp": "300528", "mono": "322001", "ukrgaz": "320478", "kredo": "325365", "abank": "307770",
    "sense": "300346", "credi": "300614", "citi": "300584", "ukrexim": "322313", "taskom": "339500",
}
TREASURY_MFO = "820172"

M_FIRST = ["Олександр", "Андрій", "Сергій", "Дмитро", "Володимир", "Максим", "Іван", "Олег", "Віталій",
           "Юрій", "Богдан", "Тарас", "Микола", "Василь", "Роман"]
F_FIRST = ["Олена", "Наталія", "Тетяна", "Оксана", "Юлія", "Ірина", "Світлана", "Марія", "Ольга", "Анна",
           "Катерина", "Людмила", "Галина", "Вікторія"]
M_PAT = ["Олександрович", "Володимирович", "Іванович", "Миколайович", "Сергійович", "Васильович",
         "Петрович", "Анатолійович", "Михайлович", "Вікторович"]
F_PAT = ["Олександрівна", "Володимирівна", "Іванівна", "Миколаївна", "Сергіївна", "Василівна",
         "Петрівна", "Анатоліївна", "Михайлівна", "Вікторівна"]
SURN = ["Мельник", "Шевченко", "Бойко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник",
        "Шевчук", "Коваль", "Поліщук", "Ткачук", "Савченко", "Бондар", "Марченко", "Руденко", "Мороз",
        "Лисенко", "Петренко", "Кравчук", "Павленко", "Савчук", "Клименко", "Левченко", "Харченко",
        "Карпенко", "Гончаренко", "Литвиненко", "Сидоренко", "Романюк"]


def person():
    female = rng.random() < 0.5
    return (rng.choice(SURN), rng.choice(F_FIRST if female else M_FIRST),
            rng.choice(F_PAT if female else M_PAT), female)


COMPANIES = [
    'ПрАТ "КИЇВСТАР"', 'ПрАТ "ВФ УКРАЇНА"', 'ТОВ "ЕПІЦЕНТР К"', 'ТОВ "АТБ-МАРКЕТ"', 'ТОВ "СІЛЬПО-ФУД"',
    'ТОВ "МЕТРО КЕШ ЕНД КЕРІ УКРАЇНА"', 'ТОВ "ЕПАМ СИСТЕМЗ"', 'ТОВ "ГЛОБАЛЛОДЖИК УКРАЇНА"',
    'ТОВ "ЛАНЕТ НЕТВОРК"', 'АТ "ФАРМАК"', 'ПрАТ "ОБОЛОНЬ"', 'ТОВ "КЕРНЕЛ-ТРЕЙД"',
    'ПрАТ "МИРОНІВСЬКИЙ ХЛІБОПРОДУКТ"', 'ТОВ "БУДІНВЕСТ-ПЛЮС"', 'ТОВ "АГРОТЕХСЕРВІС"',
    'ПП "СВІТЛОДАР"', 'ТОВ "ДОБРОБУТ-ПОЛІКЛІНІКА"', 'ТОВ "ЮРИДИЧНА ФІРМА "ЛЕКСФОРД"',
    'ТОВ "ЛОГІСТИК ЮНІОН"', 'ФГ "ЗОРЯ"', 'ТДВ "ЖИТОМИРСЬКИЙ МАСЛОЗАВОД"', 'ТОВ "ІНТЕРБУД-ЗАХІД"',
    'ТОВ "СМАРТ ОФІС СЕРВІС"', 'ТОВ "ДНІПРО-АГРО ПЛЮС"', 'ТОВАРИСТВО З ОБМЕЖЕНОЮ ВІДПОВІДАЛЬНІСТЮ "ВЕСТА-ЛОГІСТИКА"',
    'ТОВ "КЛІНІКА "ДЕНТА-ПРО"', 'ТОВ "АВТОЦЕНТР НА ЛИПОВІЙ"', 'ПП "ОЛІМП-ТРЕЙД"', 'ТОВ "ГОТЕЛЬ ДНІПРО ПАЛАЦ"',
    'ТОВ "ЦЕНТР ІНОЗЕМНИХ МОВ "СПІК АП"', 'ТОВ "НОВЕ ЖИТТЯ"', 'ТОВ "ТРАНСЛОГІСТИК"',
]
STATE_OWNED = ['АТ "УКРПОШТА"', 'АТ "ОЩАДБАНК"', 'ПрАТ "НЕК "УКРЕНЕРГО"', 'АТ "УКРГАЗВИДОБУВАННЯ"']
STATE_OWNED_PROC = ['РФ "ПІВДЕННО-ЗАХІДНА ЗАЛІЗНИЦЯ" АТ "УКРЗАЛІЗНИЦЯ"', 'АТ "НАЕК "ЕНЕРГОАТОМ"',
                    'АТ "НАК "НАФТОГАЗ УКРАЇНИ"', 'ПрАТ "УКРГІДРОЕНЕРГО"']
NONPROFITS = [
    ('БО "БЛАГОДІЙНИЙ ФОНД "ПОВЕРНИСЬ ЖИВИМ"', "charity"), ('БО "БФ СЕРГІЯ ПРИТУЛИ"', "charity"),
    ('ТОВАРИСТВО ЧЕРВОНОГО ХРЕСТА УКРАЇНИ', "national_red_cross"), ('ОСББ "ЛІПКИ-12"', "homeowners_association"),
    ('ОСББ "СОНЯЧНИЙ БЕРЕГ"', "homeowners_association"),
    ('РЕЛІГІЙНА ГРОМАДА УКРАЇНСЬКОЇ ГРЕКО-КАТОЛИЦЬКОЇ ЦЕРКВИ ПАРАФІЇ СВ. ЮРА М. ЛЬВОВА', "religious_org"),
    ('ГО "ВОЛОНТЕРСЬКА ХВИЛЯ"', "nonprofit"), ('ГС "АСОЦІАЦІЯ ПІДПРИЄМСТВ ІТ-ГАЛУЗІ"', "nonprofit"),
    ('БО "БФ "ЛЮДИ ДОБРОЇ ВОЛІ"', "charity"),
]
INTERNATIONAL = ['ПРЕДСТАВНИЦТВО ДИТЯЧОГО ФОНДУ ООН (ЮНІСЕФ) В УКРАЇНІ',
                 'ДЕЛЕГАЦІЯ МІЖНАРОДНОГО КОМІТЕТУ ЧЕРВОНОГО ХРЕСТА В УКРАЇНІ',
                 'ПРОГРАМА РОЗВИТКУ ООН (ПРООН) В УКРАЇНІ',
                 'ПРЕДСТАВНИЦТВО МІЖНАРОДНОЇ ОРГАНІЗАЦІЇ З МІГРАЦІЇ (МОМ) В УКРАЇНІ']
MIL = ["ВІЙСЬКОВА ЧАСТИНА А{n}", "В/Ч А{n}", "ВІЙСЬКОВА ЧАСТИНА {g} НАЦІОНАЛЬНОЇ ГВАРДІЇ УКРАЇНИ"]
SCHOOLS = ['ЛІЦЕЙ №5 БРОВАРСЬКОЇ МІСЬКОЇ РАДИ', 'КЗ "ХАРКІВСЬКА ГІМНАЗІЯ №47 ХАРКІВСЬКОЇ МІСЬКОЇ РАДИ"',
           'ЗДО (ЯСЛА-САДОК) №654 ДНІПРОВСЬКОГО РАЙОНУ М. КИЄВА', 'ЛЬВІВСЬКИЙ ЛІЦЕЙ №52 ЛЬВІВСЬКОЇ МІСЬКОЇ РАДИ',
           'ОПОРНИЙ ЗАКЛАД "ФОНТАНСЬКИЙ ЛІЦЕЙ" ФОНТАНСЬКОЇ СІЛЬСЬКОЇ РАДИ', 'ВІННИЦЬКИЙ ЛІЦЕЙ №7',
           'ГІМНАЗІЯ №153 ІМ. О.С. ПУШКІНА М. КИЄВА', 'ІРПІНСЬКИЙ ЛІЦЕЙ №2 ІРПІНСЬКОЇ МІСЬКОЇ РАДИ']
HOSPITALS = ['КНП "КИЇВСЬКА МІСЬКА КЛІНІЧНА ЛІКАРНЯ №1" ВО КМР (КМДА)',
             'КНП "ДНІПРОВСЬКА МІСЬКА КЛІНІЧНА ЛІКАРНЯ №4" ДМР',
             'КНП "ЦПМСД №1" ОБОЛОНСЬКОГО РАЙОНУ М. КИЄВА',
             'КНП "ВІННИЦЬКА ОБЛАСНА КЛІНІЧНА ЛІКАРНЯ ІМ. М.І. ПИРОГОВА ВОР"',
             'НДСЛ "ОХМАТДИТ" МОЗ УКРАЇНИ', 'ДУ "ІНСТИТУТ СЕРЦЯ МОЗ УКРАЇНИ"',
             'КНП "ЛЬВІВСЬКЕ ТЕРИТОРІАЛЬНЕ МЕДИЧНЕ ОБ\'ЄДНАННЯ "МНЛ ІМ. ЛУКИ"']
COUNCILS = [('БРОВАРСЬКА МІСЬКА РАДА', "municipality"),
            ('УПРАВЛІННЯ ОСВІТИ І НАУКИ БІЛОЦЕРКІВСЬКОЇ МІСЬКОЇ РАДИ', "municipal_department"),
            ('ДЕПАРТАМЕНТ ОСВІТИ І НАУКИ ВИКОНАВЧОГО ОРГАНУ КИЇВСЬКОЇ МІСЬКОЇ РАДИ (КМДА)', "municipal_department"),
            ('ВИКОНАВЧИЙ КОМІТЕТ ІРПІНСЬКОЇ МІСЬКОЇ РАДИ', "municipality"),
            ('ФОНТАНСЬКА СІЛЬСЬКА РАДА', "municipality"),
            ('ГОЛОВНЕ УПРАВЛІННЯ НАЦІОНАЛЬНОЇ ПОЛІЦІЇ В КИЇВСЬКІЙ ОБЛАСТІ', "police"),
            ('ГОЛОВНЕ УПРАВЛІННЯ ДСНС УКРАЇНИ У ЛЬВІВСЬКІЙ ОБЛАСТІ', "government_agency"),
            ('АДМІНІСТРАЦІЯ ДЕРЖАВНОЇ ПРИКОРДОННОЇ СЛУЖБИ УКРАЇНИ', "government_agency"),
            ('ЦЕНТР НАДАННЯ АДМІНІСТРАТИВНИХ ПОСЛУГ ЛЬВІВСЬКОЇ МІСЬКОЇ РАДИ', "municipal_institution"),
            ('ДЕРЖАВНА СЛУЖБА УКРАЇНИ З ПИТАНЬ ПРАЦІ', "government_agency")]
STATE_ENT = ['ДП "ПРОЗОРРО"', 'ДП "ДОКУМЕНТ"', 'ДП "ІНФОРМАЦІЙНІ СУДОВІ СИСТЕМИ"', 'ДП "ЛІСИ УКРАЇНИ"']
MUNI_ENT = ['КП "КИЇВПАСТРАНС"', 'КП "КИЇВТЕПЛОЕНЕРГО"', 'ЛКП "ЛЬВІВСВІТЛО"']
UNIS = ['КИЇВСЬКИЙ НАЦІОНАЛЬНИЙ УНІВЕРСИТЕТ ІМЕНІ ТАРАСА ШЕВЧЕНКА',
        'КПІ ІМ. ІГОРЯ СІКОРСЬКОГО', 'НАЦІОНАЛЬНИЙ УНІВЕРСИТЕТ "ЛЬВІВСЬКА ПОЛІТЕХНІКА"',
        'ХАРКІВСЬКИЙ НАЦІОНАЛЬНИЙ УНІВЕРСИТЕТ ІМЕНІ В.Н. КАРАЗІНА']

GOODS_ORG = ["комп'ютерну техніку", "канцтовари", "папір офісний А4", "картриджі та витратні матеріали",
             "ноутбуки", "БФП та оргтехніку", "меблі офісні", "мережеве обладнання", "ДБЖ та акумулятори"]
GOODS_POWER = ["генератори бензинові", "зарядні станції EcoFlow", "генератор дизельний", "ДБЖ та акумулятори",
               "павербанки та ліхтарі"]
GOODS_HOUSE = [("електрочайник Bosch", 1899.0), ("мікрохвильову піч LG", 4299.0), ("пилосос Samsung", 5499.0),
               ("кавоварку De'Longhi", 16999.0)]


def vat_text(total, vat=True):
    if not vat:
        return "без ПДВ"
    v = round(total / 6, 2)
    return rng.choice([f"у т.ч. ПДВ 20% - {v:.2f} грн.", f"в т.ч. ПДВ {v:.2f}", f"ПДВ 20% {v:.2f} грн"])


def inv_ref(d):
    n = rng.randint(100, 2400)
    dd = (d - dt.timedelta(days=rng.randint(1, 10))).strftime("%d.%m.%Y")
    return rng.choice([f"згідно рах. № {n} від {dd}", f"згідно рахунку №{n} від {dd}", f"зг. рах.-факт. {n} від {dd}",
                       f"по рах. №{n}"])


def prozorro_id(d):
    pd_ = d - dt.timedelta(days=rng.randint(10, 40))
    return f"UA-{pd_:%Y-%m-%d}-{rng.randint(1, 20000):06d}-{rng.choice('abc')}"


def contract_ref(d):
    n = rng.randint(1, 350)
    cd = (d - dt.timedelta(days=rng.randint(5, 30))).strftime("%d.%m.%Y")
    return rng.choice([f"згідно дог. №{n} від {cd}", f"згідно договору № {n}/24 від {cd}", f"по договору №{n}-П від {cd}"])


def comm_acc(mfo):
    return f"{rng.randint(0, 9999999):07d}".join(["2600", f"{rng.randint(100, 999)}"])  # 14 digits


plan = []


def P(label, amb, kind, name, code, mfo, acct19, purpose_kind, country="UA", goods=None, amount=None):
    plan.append(dict(label=label, amb=amb, kind=kind, name=name, code=code, mfo=mfo, acct19=acct19,
                     pk=purpose_kind, country=country, goods=goods, amount=amount))


def bank_acct():
    acc = "2600" + f"{rng.randint(0, 9999999999):010d}"
    return acc.zfill(19)


def treas_acct():
    return "0344" + f"{rng.randint(0, 10 ** 15 - 1):015d}"


comp_codes = {c: ua_edrpou(rng, rng.choice("34")) for c in COMPANIES}
comp_mfo = {c: rng.choice(list(BANKS.values())) for c in COMPANIES}
comp_acc = {c: bank_acct() for c in COMPANIES}
for i in range(58):
    c = COMPANIES[i % len(COMPANIES)] if i < 40 else rng.choice(COMPANIES)
    P("B2B", False, "company", c, comp_codes[c], comp_mfo[c], comp_acc[c], "org",
      goods=rng.choice(GOODS_ORG + GOODS_POWER))
for c in STATE_OWNED:
    P("B2B", False, "state_owned_company", c, ua_edrpou(rng, "2"), BANKS["oschad"], bank_acct(), "org",
      goods=rng.choice(GOODS_ORG))
fop_people = [person() for _ in range(12)]
for i in range(16):
    s, f, p, fem = fop_people[i % 12]
    style = rng.random()
    nm = (f"ФОП {s} {f} {p}" if style < 0.55 else f"ФОП {s.upper()} {f.upper()} {p.upper()}" if style < 0.8
          else f"ФІЗИЧНА ОСОБА-ПІДПРИЄМЕЦЬ {s.upper()} {f[0]}.{p[0]}.")
    P("B2B", False, "sole_trader", nm, ua_rnokpp(rng, fem), rng.choice([BANKS["privat"], BANKS["mono"], BANKS["pumb"]]),
      bank_acct(), "fop", goods=rng.choice(GOODS_ORG))
for n, k in NONPROFITS:
    P("B2B", False, k, n, ua_edrpou(rng, rng.choice("234")), rng.choice([BANKS["privat"], BANKS["oschad"], BANKS["raif"]]),
      bank_acct(), "org", goods=rng.choice(GOODS_POWER + GOODS_ORG))
# ---- B2G (44)
for i in range(9):
    tpl = rng.choice(MIL)
    n = tpl.format(n=f"{rng.randint(1000, 7399):04d}", g=rng.randint(3001, 3080))
    P("B2G", False, "armed_forces_unit", n, ua_edrpou(rng, rng.choice("0")), TREASURY_MFO, treas_acct(), "treasury",
      goods=rng.choice(GOODS_POWER + ["ноутбуки", "комп'ютерну техніку", "мережеве обладнання"]))
for sname in SCHOOLS:
    P("B2G", False, "public_school", sname, ua_edrpou(rng, rng.choice("234")), TREASURY_MFO, treas_acct(), "treasury",
      goods=rng.choice(GOODS_ORG + ["генератор бензиновий"]))
for h in HOSPITALS:
    mfo = TREASURY_MFO if rng.random() < 0.5 else BANKS["oschad"]
    acct = treas_acct() if mfo == TREASURY_MFO else bank_acct()
    P("B2G", False, "public_hospital", h, ua_edrpou(rng, rng.choice("0123")), mfo, acct,
      "treasury" if mfo == TREASURY_MFO else "prozorro_bank", goods=rng.choice(GOODS_ORG + GOODS_POWER))
for n, k in COUNCILS[:8]:
    P("B2G", False, k, n, ua_edrpou(rng, rng.choice("0234")), TREASURY_MFO, treas_acct(), "treasury",
      goods=rng.choice(GOODS_ORG + GOODS_POWER))
for n in STATE_ENT:
    P("B2G", False, "state_enterprise", n, ua_edrpou(rng, "3"), rng.choice([BANKS["oschad"], BANKS["ukrexim"]]),
      bank_acct(), "prozorro_bank", goods=rng.choice(GOODS_ORG))
for n in MUNI_ENT:
    P("B2G", False, "municipal_enterprise", n, ua_edrpou(rng, "0"), BANKS["oschad"], bank_acct(), "prozorro_bank",
      goods=rng.choice(GOODS_ORG + GOODS_POWER))
for n in UNIS[:3]:
    P("B2G", False, "public_university", n, ua_edrpou(rng, "0"), TREASURY_MFO, treas_acct(), "treasury",
      goods=rng.choice(GOODS_ORG))
for n, k in COUNCILS[8:]:
    P("B2G", False, k, n, ua_edrpou(rng, "4"), TREASURY_MFO, treas_acct(), "treasury", goods=rng.choice(GOODS_ORG))
# ---- private persons (27)
for i in range(27):
    s, f, p, fem = person()
    style = rng.random()
    nm = (f"{s.upper()} {f.upper()} {p.upper()}" if style < 0.5 else f"{s} {f} {p}" if style < 0.8
          else f"{s} {f[0]}.{p[0]}.")
    P("B2C", False, "private_person", nm, ua_rnokpp(rng, fem) if rng.random() < 0.85 else "",
      rng.choice([BANKS["privat"], BANKS["mono"], BANKS["mono"], BANKS["oschad"], BANKS["abank"]]),
      bank_acct(), "person")
# ---- ambiguous (32)
for i in range(6):
    P("B2C", True, "acquiring_payout", 'АТ "СЕНС БАНК"', "23494714", OUR_MFO, ("2924" + "0" * 5 + f"{rng.randint(0, 99999999):08d}").zfill(19), "acquiring")
for i in range(3):
    P("B2C", True, "marketplace_payout", 'ТОВ "РОЗЕТКА.УА"', "37193071", BANKS["privat"], bank_acct(), "rozetka")
for i in range(3):
    P("B2C", True, "cod_payout", 'ТОВ "НОВА ПОШТА"', "31316718", BANKS["privat"], bank_acct(), "novaposhta")
for n in STATE_OWNED_PROC:
    P("B2B", True, "state_owned_company_procurement", n, ua_edrpou(rng, "4"), BANKS["oschad"], bank_acct(),
      "prozorro_bank", goods=rng.choice(GOODS_ORG))
for n in INTERNATIONAL:
    P("B2B", True, "international_org", n, ua_edrpou(rng, "2"), BANKS["citi"], bank_acct(), "org",
      goods=rng.choice(GOODS_POWER))
for i in range(3):
    s, f, p, fem = person()
    P("B2B", True, "person_pays_company_invoice", f"{s.upper()} {f.upper()} {p.upper()}", ua_rnokpp(rng, fem),
      rng.choice([BANKS["privat"], BANKS["mono"]]), bank_acct(), "person_for_company",
      goods=rng.choice(GOODS_ORG))
for c in rng.sample(COMPANIES[13:], 3):
    P("B2B", True, "company_household_item", c, comp_codes[c], comp_mfo[c], comp_acc[c], "one_household")
for n, k in [(SCHOOLS[0], "public_school_household_item"), (SCHOOLS[4], "public_school_household_item"),
             (HOSPITALS[2], "public_hospital_household_item")]:
    P("B2G", True, k, n, ua_edrpou(rng, "2"), TREASURY_MFO, treas_acct(), "one_household_treasury")
for i in range(3):
    s, f, p, fem = person()
    P("B2B", True, "sole_trader_personal_purchase", f"ФОП {s} {f} {p}", ua_rnokpp(rng, fem), BANKS["mono"],
      bank_acct(), "fop_tv")

assert len(plan) == 190, len(plan)

rng.shuffle(plan)
days = [dt.date(2024, 3, 1) + dt.timedelta(days=i) for i in range(92)]
workdays = [d for d in days if d.weekday() < 5]
dates = sorted(rng.choice(workdays) for _ in plan)

rows, labels = [], []
for p, d in zip(plan, dates):
    pk = p["pk"]
    vat = pk not in ("fop",)
    if pk in ("org", "fop", "prozorro_bank", "person_for_company"):
        amount = round(rng.uniform(2500, 180000) if pk in ("org", "prozorro_bank") else rng.uniform(900, 45000), 2)
    elif pk == "treasury":
        amount = round(rng.uniform(6000, 480000), 2)
    elif pk == "person":
        amount = round(rng.choice([rng.uniform(350, 4000), rng.uniform(4000, 62000)]), 0)
    elif pk in ("acquiring", "rozetka", "novaposhta"):
        amount = round(rng.uniform(3000, 95000), 2)
    elif pk in ("one_household", "one_household_treasury"):
        house_item, amount = rng.choice(GOODS_HOUSE)
    elif pk == "fop_tv":
        amount = float(rng.choice([15999, 18499, 21999]))
    g = p.get("goods")
    if pk == "org":
        purpose = rng.choice([f"Оплата за {g} {inv_ref(d)}, {vat_text(amount)}",
                              f"Оплата за {g} {inv_ref(d)} {vat_text(amount)}",
                              f"Передоплата за {g} {inv_ref(d)}, {vat_text(amount)}"])
    elif pk == "fop":
        purpose = f"Оплата за {g} {inv_ref(d)}, без ПДВ"
    elif pk == "treasury":
        kekv = rng.choice(["2210", "2210", "3110"]) if "генератор" not in g else "2210"
        purpose = rng.choice([
            f"Оплата за {g} {contract_ref(d)} ({prozorro_id(d)}), КЕКВ {kekv}, {vat_text(amount)}",
            f"КЕКВ {kekv}, оплата за {g} {contract_ref(d)}, {inv_ref(d)}, {vat_text(amount)}",
            f"За {g} {contract_ref(d)} ID закупівлі {prozorro_id(d)} {vat_text(amount)}"])
    elif pk == "prozorro_bank":
        purpose = f"Оплата за {g} {contract_ref(d)} ({prozorro_id(d)}), {vat_text(amount)}"
    elif pk == "person":
        purpose = rng.choice([f"Оплата за замовлення №{rng.randint(5000, 9999)}",
                              "оплата за ноутбук", "Переказ коштів. Оплата замовлення",
                              f"Оплата за товар, замовлення {rng.randint(5000, 9999)}, {p['name'].split()[0].title()}",
                              "за зарядну станцію", "Оплата за телефон", "Поповнення рахунку. Оплата за павербанк"])
    elif pk == "person_for_company":
        payer_co = rng.choice(COMPANIES[13:])
        purpose = f"Оплата за {payer_co} за {g} {inv_ref(d)}, {vat_text(amount)}"
    elif pk == "acquiring":
        fee = round(amount * 0.015, 2)
        purpose = (f"Відшкодування за операціями з платіжними картками згідно реєстру за "
                   f"{(d - dt.timedelta(days=1)).strftime('%d.%m.%Y')}, термінал S1A{rng.randint(10000, 99999)}, "
                   f"сума операцій {amount + fee:.2f}, комісія {fee:.2f}")
    elif pk == "rozetka":
        purpose = (f"Перерахування коштів за реалізований товар згідно Договору № RZ-{rng.randint(10000, 99999)} "
                   f"за період {(d - dt.timedelta(days=7)).strftime('%d.%m.%Y')}-{(d - dt.timedelta(days=1)).strftime('%d.%m.%Y')}, без ПДВ")
    elif pk == "novaposhta":
        purpose = (f"Переказ коштів за накладеним платежем згідно реєстру №{rng.randint(100000, 999999)} від "
                   f"{(d - dt.timedelta(days=1)).strftime('%d.%m.%Y')}. Без ПДВ")
    elif pk == "one_household":
        purpose = f"Оплата за {house_item} {inv_ref(d)}, {vat_text(amount)}"
    elif pk == "one_household_treasury":
        purpose = f"Оплата за {house_item} {inv_ref(d)}, КЕКВ 2210, {vat_text(amount)}"
    elif pk == "fop_tv":
        purpose = f"Оплата за телевізор Samsung UE43CU7100 {inv_ref(d)}, без ПДВ"
    assert ";" not in purpose
    acct19 = p["acct19"]
    iban_cp = iban("UA", p["mfo"] + acct19)
    docno = (str(rng.randint(100000000, 999999999)) if pk in ("acquiring",) else str(rng.randint(1, 4800)))
    t = dt.time(rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59))
    doc_date = d - dt.timedelta(days=rng.choice([0, 0, 0, 1]))
    name = p["name"]
    if rng.random() < 0.05:
        name = name + "  "
    row = [OUR_ACC, OUR_IBAN, "Кредит", acct19.lstrip("0"), iban_cp, p["mfo"], name, p["code"], purpose,
           d.strftime("%d.%m.%Y"), docno, f"{amount:.2f}", "UAH", t.strftime("%H:%M:%S"),
           doc_date.strftime("%d.%m.%Y"), d.strftime("%d.%m.%Y"), OUR_CODE, OUR_NAME, OUR_MFO]
    rows.append(row)
    labels.append(dict(label=p["label"], ambiguous=p["amb"], kind=p["kind"], country=p["country"]))

LAYOUTS.mkdir(parents=True, exist_ok=True)
with open(LAYOUTS / f"{LAYOUT_ID}.csv", "w", encoding="cp1251", newline="") as f:
    f.write(";".join(HEADER) + "\r\n")
    for r in rows:
        f.write(";".join(r) + "\r\n")
write_labels(LAYOUT_ID, labels)

write_key(LAYOUT_ID, {
    "id": LAYOUT_ID,
    "system": "Sense Bank (до 2023 Альфа-Банк Україна), Sense Business Online - виписка по рахунку, експорт CSV, "
              "відфільтровано надходження (Операція = Кредит)",
    "country": "UA",
    "language": "uk",
    "docs": [
        "OSadovy/uabean src/uabean/importers/alfa_business.py (github, search corpus 'code'): header of the CSV "
        "exported from the Alfabank Business Online web app, 19 columns in this order, read as windows-1251 with ';' "
        "delimiter, Операція = Дебет/Кредит, dates dd.mm.yyyy (dayfirst), time in 'Час проведення'.",
        "OSadovy/uabean tests/importers/alfabank_business/ReportAlfa-Bank_20221005_124902.csv: an anonymised sample "
        "export - no quoting, dot decimals in 'Сума', 14-digit legacy account next to the IBAN, counterparty code "
        "8 digits (ЄДРПОУ) or 10 digits (РНОКПП), our own code/name/MFO repeated in the last three columns.",
        "Public knowledge: budget institutions pay from State Treasury accounts (МФО 820172); Prozorro procurement "
        "IDs UA-YYYY-MM-DD-NNNNNN-x and КЕКВ codes appear in treasury payment purposes.",
    ],
    "fields": {
        "buyer": "Найменування контрагента",
        "product": None,
        "quantity": None,
        "amount": "Сума",
        "tax_id": "Код контрагента",
        "email": None,
        "payment": None,
        "comment": "Призначення платежу",
    },
    "also_ok": {},
    "notes": "One line per incoming payment; one header line, no title or totals lines. 'Наш рахунок', 'Наш IBAN', "
             "'Ід.код', 'Найменування' and 'МФО' are the seller's own account/code/name (same on every line) and are "
             "not buyer fields. The goods are named only inside 'Призначення платежу'. Payers from МФО 820172 pay "
             "from State Treasury accounts. Card-acquiring settlements come from the bank itself (АТ \"СЕНС БАНК\"), "
             "marketplace and cash-on-delivery payouts from ТОВ \"РОЗЕТКА.УА\" / ТОВ \"НОВА ПОШТА\" - these lines have "
             "no buyer. Codes are synthetic with valid check digits except the three payout/bank counterparties, "
             "which carry their public ЄДРПОУ codes. Seller invented; payer names are real Ukrainian bodies, "
             "companies and organisations.",
})
print(LAYOUT_ID, len(rows))
