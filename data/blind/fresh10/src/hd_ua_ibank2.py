"""iBank 2 UA (Райффайзен Банк): виписка по поточному рахунку, CSV (cp1251, «;»), credit turnovers
of a Kyiv office-supply company. Rebuilds layouts/hd_ua_ibank2ua_vypyska_nadkhodzhennia.csv and its key.
"""
import csv
import io
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hd_common import LAYOUTS, ua_edrpou, ua_rnokpp, ua_iban, write_labels, write_key, summary  # noqa: E402

LID = "hd_ua_ibank2ua_vypyska_nadkhodzhennia"
rng = random.Random(20250515)

OWN_EDRPOU = ua_edrpou(rng, "4")
OWN_MFO = "380805"
OWN_IBAN = ua_iban(rng, OWN_MFO, "00000260")

BANKS = {
    "dksu": ("820172", "Державна казначейська служба України, м. Київ", "0344"),
    "oschad": ("300465", "АТ \"Ощадбанк\"", "00000260"),
    "privat": ("305299", "АТ КБ \"ПРИВАТБАНК\"", "00000260"),
    "mono": ("322001", "АТ \"УНІВЕРСАЛ БАНК\"", "00000262"),
    "aval": ("380805", "АТ \"Райффайзен Банк\"", "00000260"),
    "ukrsib": ("351005", "АТ \"УКРСИББАНК\"", "00000260"),
    "pumb": ("334851", "АТ \"ПУМБ\"", "00000260"),
    "ukrgas": ("320478", "АБ \"УКРГАЗБАНК\"", "00000260"),
    "citi": ("300584", "АТ \"СІТІБАНК\"", "00000260"),
    "privat_card": ("305299", "АТ КБ \"ПРИВАТБАНК\"", "00000262"),
}

GOODS = [  # name, unit price UAH incl. VAT, qty range
    ("папір офісний А4 Navigator 80 г/м2", 329, (10, 300)),
    ("картриджі HP 83A CF283A", 2450, (2, 24)),
    ("канцелярське приладдя", None, None),
    ("господарські товари (миючі засоби)", None, None),
    ("рушники паперові Tork H3", 118, (20, 400)),
    ("стільці учнівські регульовані", 1890, (10, 120)),
    ("парти учнівські двомісні", 4650, (5, 60)),
    ("крісла офісні", 4200, (2, 30)),
    ("шафи для документів", 9800, (1, 10)),
    ("ноутбуки Lenovo IdeaPad Slim 3", 24999, (1, 12)),
    ("БФП Canon i-SENSYS MF3010", 9150, (1, 8)),
    ("генератор бензиновий Konner & Sohnen KS 7000E", 38900, (1, 2)),
    ("зарядні станції EcoFlow RIVER 2 Pro", 21999, (1, 6)),
]
SERVICES = ["заправку картриджів", "ремонт оргтехніки", "технічне обслуговування БФП", "доставку та збирання меблів"]
HOUSEHOLD = [("електрочайник Tefal KI700830", 2199), ("мікрохвильову піч Samsung MS23K3614AW", 5499),
             ("кондиціонер Gree GWH12 з монтажем", 27800), ("телевізор Samsung UE55CU7100", 22999),
             ("холодильник Gorenje NRK6192AW4", 18999), ("пилосос Philips XB2022/01", 3899)]

SUR_M = ["Коваленко", "Шевченко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник", "Мельник", "Мороз", "Лисенко", "Гнатюк"]
SUR_F = ["Коваленко", "Шевченко", "Бондаренко", "Ткаченко", "Кравчук", "Олійник", "Мельник", "Мороз", "Лисенко", "Гнатюк"]
NAME_M = ["Олександр", "Андрій", "Сергій", "Дмитро", "Максим", "Іван", "Богдан", "Віталій"]
NAME_F = ["Ірина", "Олена", "Наталія", "Тетяна", "Оксана", "Юлія", "Марія", "Світлана"]
PAT_M = ["Миколайович", "Васильович", "Петрович", "Іванович", "Олегович", "Сергійович"]
PAT_F = ["Миколаївна", "Василівна", "Петрівна", "Іванівна", "Олегівна", "Сергіївна"]


def person(r):
    male = r.random() < 0.5
    if male:
        return r.choice(SUR_M), r.choice(NAME_M), r.choice(PAT_M), True
    return r.choice(SUR_F), r.choice(NAME_F), r.choice(PAT_F), False


def uah(x):
    return f"{x:.2f}"


def vat(x):
    return f"{x * 20 / 120:.2f}".replace(".", ",")


P = []


def add(name, code, bank, label, kind, country="UA", amb=False, flav="b", weight=1):
    mfo, bname, pref = BANKS[bank]
    P.append(dict(name=name, code=code, mfo=mfo, bank=bname, acc=ua_iban(rng, mfo, pref), label=label, kind=kind,
                  country=country, amb=amb, flav=flav, weight=weight))


def code8(first=None):
    return ua_edrpou(rng, first)


# ---- state, paying through the treasury (ДКСУ)
for nm, kind, first, w in [
    ("Виконавчий орган Київської міської ради (Київська міська державна адміністрація)", "regional_administration", "0", 1),
    ("Деснянська районна в місті Києві державна адміністрація", "district_administration", "3", 1),
    ("Управління освіти Дарницької районної в місті Києві державної адміністрації", "education_department", "3", 2),
    ("Спеціалізована школа I-III ступенів № 125 м. Києва", "public_school", "2", 3),
    ("Ліцей № 142 міста Києва", "public_school", "2", 2),
    ("Гімназія № 315 м. Києва", "public_school", "2", 1),
    ("Заклад дошкільної освіти (ясла-садок) № 512 Деснянського району м. Києва", "public_kindergarten", "2", 1),
    ("Бучанська міська рада", "municipality", "0", 2),
    ("Броварська міська рада Броварського району Київської області", "municipality", "0", 1),
    ("Гатненська сільська рада", "municipality", "0", 1),
    ("Виконавчий комітет Білоцерківської міської ради", "municipality", "0", 1),
    ("Київський національний університет імені Тараса Шевченка", "public_university", "0", 2),
    ("Національний технічний університет України \"Київський політехнічний інститут імені Ігоря Сікорського\"", "public_university", "0", 2),
    ("Головне управління Національної поліції у м. Києві", "police", "4", 2),
    ("Головне управління ДПС у м. Києві", "state_agency", "4", 1),
    ("Військова частина А2860", "armed_forces", "0", 2),
    ("Державна служба України з надзвичайних ситуацій", "state_agency", "3", 1),
]:
    add(nm, code8(first), "dksu", "B2G", kind, flav="gt", weight=w)

# municipal / state enterprises with accounts in state banks
for nm, kind, bank, w in [
    ("КНП \"Київська міська клінічна лікарня № 1\" виконавчого органу Київської міської ради (КМДА)", "public_hospital", "oschad", 3),
    ("КОМУНАЛЬНЕ НЕКОМЕРЦІЙНЕ ПІДПРИЄМСТВО \"ЦЕНТР ПЕРВИННОЇ МЕДИКО-САНІТАРНОЇ ДОПОМОГИ № 1 ДНІПРОВСЬКОГО РАЙОНУ М. КИЄВА\"", "public_polyclinic", "oschad", 2),
    ("КНП \"Бучанська міська лікарня\" Бучанської міської ради", "public_hospital", "privat", 1),
    ("КП \"Київпастранс\"", "municipal_enterprise", "oschad", 1),
    ("КП \"Київтеплоенерго\"", "municipal_enterprise", "oschad", 1),
    ("ДП \"Украерорух\"", "state_enterprise", "ukrgas", 1),
    ("ДП \"ПРОЗОРРО.ПРОДАЖІ\"", "state_enterprise", "privat", 1),
]:
    add(nm, code8(rng.choice(["0", "2", "3", "4"])), bank, "B2G", kind, flav="ge", weight=w)

add("Посольство Республіки Польща в Україні", code8("2"), "citi", "B2G", "embassy", country="PL", flav="gemb")
add("Головне управління Пенсійного фонду України у м. Києві", code8("4"), "dksu", "B2G", "state_social_fund",
    amb=True, flav="gt", weight=1)
add("Ліцей № 77 м. Києва", code8("2"), "dksu", "B2G", "public_school", amb=True, flav="gkettle")
add("ЗДО (ясла-садок) № 289 Оболонського району м. Києва", code8("2"), "dksu", "B2G", "public_kindergarten",
    amb=True, flav="gkettle")

# ---- business
for nm, code, bank, kind, w in [
    ("ТОВ \"ЕПІЦЕНТР К\"", "32490244", "oschad", "company", 1),
    ("ТОВ \"СІЛЬПО-ФУД\"", "40720198", "aval", "company", 1),
    ("ПрАТ \"КИЇВСТАР\"", "21673832", "citi", "company", 1),
    ("АТ \"УКРПОШТА\"", "21560045", "oschad", "state_owned_company", 1),
    ("ТОВ \"БУДМОНТАЖ-ІНВЕСТ\"", None, "privat", "company", 2),
    ("ТОВ \"КЕЙТЕРИНГ СЕРВІС КИЇВ\"", None, "aval", "company", 1),
    ("ПП \"АЛЬФА-ТРЕЙД\"", None, "privat", "company", 2),
    ("ТОВ \"Логістик Юніон\"", None, "pumb", "company", 2),
    ("ТОВ \"Медичний центр \"Добробут-Поліклініка\"", None, "ukrsib", "private_clinic", 2),
    ("ТОВ \"IT Solutions Hub\"", None, "mono", "company", 1),
    ("ТОВ \"Готель \"Дніпро-Плаза\"", None, "aval", "company", 1),
    ("ОСББ \"ОБОЛОНЬ-ПРЕСТИЖ\"", None, "privat", "homeowners_association", 2),
    ("ЖБК \"БУДІВЕЛЬНИК-7\"", None, "oschad", "cooperative", 1),
    ("Товариство Червоного Хреста України", None, "oschad", "red_cross_national", 1),
    ("ГО \"Київська федерація шахів\"", None, "privat", "non_profit", 1),
    ("БФ \"Карітас-Київ\"", None, "privat", "charity", 1),
    ("Релігійна організація \"Парафія Святого Миколая Православної Церкви України м. Києва\"", None, "privat", "religious_org", 1),
    ("ПВНЗ \"Київський міжнародний університет\"", None, "ukrsib", "private_university", 1),
    ("Приватний заклад освіти \"Ліцей \"Інтелект\"\"", None, "pumb", "private_school", 1),
]:
    add(nm, code or code8(rng.choice(["3", "4"])), bank, "B2B", kind, flav="b", weight=w)

for i in range(5):
    s, n, p, male = person(rng)
    nm = rng.choice([f"ФОП {s} {n} {p}", f"ФОП {s.upper()} {n[0]}.{p[0]}.",
                     f"Фізична особа-підприємець {s} {n} {p}"])
    add(nm, ua_rnokpp(rng, male), rng.choice(["privat", "mono", "privat"]), "B2B", "sole_trader", flav="b",
        weight=2 if i < 3 else 1)

add("АТ \"УКРЗАЛІЗНИЦЯ\"", "40075815", "oschad", "B2B", "state_owned_company", amb=True, flav="bprozorro")
add("НАК \"НАФТОГАЗ УКРАЇНИ\"", "20077720", "oschad", "B2B", "state_owned_company", amb=True, flav="bprozorro")
add("Представництво Міжнародного Комітету Червоного Хреста в Україні", code8("2"), "citi", "B2B",
    "international_org", country="INT", amb=True, flav="intl")
add("ТОВ \"Агенція Нерухомості Київ-Сіті\"", code8("4"), "mono", "B2B", "company", amb=True, flav="bhh")
s, n, p, male = person(rng)
add(f"{s} {n} {p}", ua_rnokpp(rng, male), "privat_card", "B2B", "sole_trader", amb=True, flav="iphh")

# ---- persons
for i in range(14):
    s, n, p, male = person(rng)
    nm = rng.choice([f"{s} {n} {p}", f"{s.upper()} {n.upper()} {p.upper()}", f"{s} {n[0]}.{p[0]}."])
    add(nm, ua_rnokpp(rng, male), rng.choice(["privat", "privat", "mono", "oschad", "pumb"]), "B2C",
        "private_person", flav="c")
for flav, label, kind, amb in [("cbulk", "B2C", "private_person_bulk", True),
                               ("cwork", "B2B", "private_person_business_use", True),
                               ("cpays", "B2B", "person_paying_company_invoice", True)]:
    s, n, p, male = person(rng)
    add(f"{s} {n} {p}", ua_rnokpp(rng, male), "privat", label, kind, amb=amb, flav=flav)

# ---- payouts without a buyer
add("АТ КБ \"ПРИВАТБАНК\"", "14360570", "privat", "B2C", "acquiring_payout", amb=True, flav="liqpay", weight=3)
add("ТОВ \"НОВА ПОШТА\"", "31316718", "privat", "B2C", "cod_payout", amb=True, flav="np", weight=3)


# --------------------------------------------------------------- payment purposes
def goods(r, big=False, cap=None):
    name, price, qr = r.choice(GOODS)
    if price is None:
        a = r.choice([2840.0, 5120.0, 9865.5, 14320.0, 21760.0, 36480.0])
        return name, a * (r.randint(2, 4) if big else 1)
    q = qr[0] + int((qr[1] - qr[0]) * r.random() ** 2.2)
    a = q * price
    if cap:
        while a > cap and q > 1:
            q //= 2
            a = q * price
    return f"{name} ({q} шт.)", float(a)


def prozorro_id(d):
    return f"UA-{d:%Y-%m-%d}-{rng.randint(1, 30000):06d}-{rng.choice('abc')}"


def purpose(p, d):
    f = p["flav"]
    dd = (d - timedelta(days=rng.randint(2, 30)))
    rah = rng.randint(100, 990)
    if f in ("gt",):
        if rng.random() < 0.8:
            what, a = goods(rng, big=True)
            kekv = "2210"
        else:
            what, a = rng.choice(SERVICES), float(rng.choice([1800, 4500, 9600, 14400]))
            kekv = "2240"
        if rng.random() < 0.55:
            ref = f"згідно договору № {rng.randint(1, 250)} від {dd:%d.%m.%Y} ({prozorro_id(dd)})"
        else:
            ref = f"згідно договору № {rng.randint(1, 250)}/{dd:%y} від {dd:%d.%m.%Y}"
        txt = rng.choice([
            f"Оплата за {what} {ref}, рах. № {rah} від {dd:%d.%m.%Y}, КЕКВ {kekv}, у т.ч. ПДВ 20% {vat(a)} грн.",
            f"Оплата за {what} {ref}, видаткова накладна № {rah}; КЕКВ {kekv}; в т.ч. ПДВ {vat(a)}",
            f"За {what}, рах.-факт. № {rah} від {dd:%d.%m.%Y}, {ref}, у т.ч. ПДВ 20% - {vat(a)} грн. КЕКВ {kekv}",
        ])
        return a, txt
    if f == "ge":
        what, a = goods(rng, big=True)
        ref = f"договір № {rng.randint(1, 400)} від {dd:%d.%m.%Y}" + (f", {prozorro_id(dd)}" if rng.random() < 0.6 else "")
        return a, f"Оплата за {what} згідно рахунку № {rah} від {dd:%d.%m.%Y}, {ref}, у т.ч. ПДВ 20% {vat(a)} грн."
    if f == "gemb":
        what, a = goods(rng, cap=60000)
        return a, f"Оплата рахунку № {rah} від {dd:%d.%m.%Y} за {what}. Без ПДВ (дипломатичне представництво)"
    if f == "gkettle":
        nm, pr = rng.choice(HOUSEHOLD[:2])
        return float(pr), f"Оплата за {nm} 1 шт. згідно рах. № {rah} від {dd:%d.%m.%Y}, КЕКВ 2210, у т.ч. ПДВ {vat(pr)} грн."
    if f == "bprozorro":
        what, a = goods(rng, big=True)
        return a, f"Оплата за {what} згідно договору № {rng.randint(1000, 9999)}/{dd:%y} за результатами закупівлі {prozorro_id(dd)}, у т.ч. ПДВ {vat(a)}"
    if f == "intl":
        what, a = goods(rng, cap=250000)
        return a, f"ICRC PO UKR{rng.randint(25000, 25999)} / inv. {rah}, {what}"
    if f == "bhh":
        nm, pr = HOUSEHOLD[4]
        return float(pr), f"Оплата за {nm} згідно рах. № {rah} від {dd:%d.%m.%Y}, у т.ч. ПДВ {vat(pr)}"
    if f == "iphh":
        nm, pr = HOUSEHOLD[3]
        return float(pr), f"Оплата за {nm}, рах. {rah}, ФОП {p['name'].split()[0]} (з картки)"
    if f == "b":
        if rng.random() < 0.2:
            what, a = rng.choice(SERVICES), float(rng.choice([1200, 3600, 9600, 14400]))
        else:
            what, a = goods(rng, cap=rng.choice([40000, 150000, 600000]))
        txt = rng.choice([
            f"Оплата за {what} згідно рах. № {rah} від {dd:%d.%m.%Y}, у т.ч. ПДВ 20% {vat(a)} грн.",
            f"Оплата згідно рахунку-фактури № {rah} від {dd:%d.%m.%Y} за {what}, в т.ч. ПДВ {vat(a)}",
            f"Передоплата за {what}, рах. {rah}",
            f"Оплата за {what} зг. дог. № {rng.randint(1, 90)}-П від {dd:%d.%m.%Y}, без ПДВ",
        ])
        return a, txt
    if f == "c":
        if rng.random() < 0.55:
            nm, pr = rng.choice(HOUSEHOLD[1:] + [("крісло офісне", 4200), ("зарядну станцію EcoFlow RIVER 2 Pro", 21999)])
            return float(pr), rng.choice([f"Оплата за {nm}", f"Оплата за {nm}, замовлення {rng.randint(10000, 99999)}",
                                          f"{nm}, доставка додому"])
        what, a = goods(rng, cap=15000)
        return a, rng.choice([f"Оплата згідно рахунку № {rah}", f"за {what.split(' (')[0]}", "Переказ коштів"])
    if f == "cbulk":
        return 40 * 1890.0, "Оплата за стільці учнівські 40 шт."
    if f == "cwork":
        return 2 * 9150.0, "Оплата за БФП Canon 2 шт., для роботи в магазині"
    if f == "cpays":
        what, a = goods(rng, cap=40000)
        return a, f"Оплата за ТОВ \"Ремстрой-Сервіс\" згідно рах. № {rah} від {dd:%d.%m.%Y}"
    if f == "liqpay":
        n = rng.randint(2, 15)
        a = float(sum(rng.choice([329, 1180, 2450, 4200, 21999]) for _ in range(n)))
        com = round(a * 0.015, 2)
        return round(a - com, 2), f"Зарахування коштів LiqPay за {d - timedelta(days=1):%d.%m.%Y}, {n} тр., сума {a:.2f}, комісія {com:.2f}"
    if f == "np":
        n = rng.randint(1, 8)
        a = float(sum(rng.choice([329, 1180, 2199, 3899, 4200]) for _ in range(n)))
        return a, f"Переказ коштів за післяплатою згідно реєстру № {rng.randint(100000, 999999)} від {d - timedelta(days=1):%d.%m.%Y}, {n} ЕН"
    raise ValueError(f)


N = 215
order = list(range(len(P)))
rng.shuffle(order)
seq = order + rng.choices(range(len(P)), weights=[p["weight"] for p in P], k=N - len(P))
rng.shuffle(seq)
start = datetime(2025, 3, 3, 9, 0)
days = sorted(rng.randint(0, 88) for _ in range(N))
recs = []
for dn, pi in zip(days, seq):
    p = P[pi]
    d = start + timedelta(days=dn)
    if d.weekday() >= 5:
        d -= timedelta(days=d.weekday() - 4)
    d = d.replace(hour=rng.randint(9, 17), minute=rng.randint(0, 59))
    a, txt = purpose(p, d)
    docdate = d if p["flav"] in ("liqpay", "np") else d - timedelta(days=rng.choice([0, 0, 0, 1]))
    recs.append(dict(d=d, p=p, a=round(a, 2), txt=txt, doc=str(rng.randint(1, 9999)), docdate=docdate))
recs.sort(key=lambda x: x["d"])

HEAD = ["ЄДРПОУ", "МФО", "Рахунок", "Валюта", "Дата операції", "Код операції", "МФО банка", "Назва банка",
        "Рахунок кореспондента", "ЄДРПОУ кореспондента", "Кореспондент", "Документ", "Дата документа", "Дебет",
        "Кредит", "Призначення платежу", "Гривневе покриття"]
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
w.writerow(HEAD)
for x in recs:
    p = x["p"]
    w.writerow([OWN_EDRPOU, OWN_MFO, OWN_IBAN, "UAH", x["d"].strftime("%d.%m.%Y %H:%M"), "1", p["mfo"], p["bank"],
                p["acc"], p["code"], p["name"], x["doc"], x["docdate"].strftime("%d.%m.%Y"), "", uah(x["a"]),
                x["txt"], uah(x["a"])])
out = LAYOUTS / f"{LID}.csv"
out.write_bytes(buf.getvalue().encode("cp1251"))

labels = [dict(label=x["p"]["label"], amb=x["p"]["amb"], kind=x["p"]["kind"], country=x["p"]["country"]) for x in recs]
write_labels(LID, labels)
write_key(LID, {
    "id": LID,
    "system": "iBank 2 UA (BIFIT) internet banking of АТ «Райффайзен Банк» - Виписки по поточних рахунках, export to CSV, credit (incoming) turnovers",
    "country": "UA",
    "language": "uk",
    "docs": [
        "Public statement reader for Aval business (iBank 2 UA) CSV: exact 17-column header ЄДРПОУ; МФО; Рахунок; Валюта; Дата операції; Код операції; МФО банка; Назва банка; Рахунок кореспондента; ЄДРПОУ кореспондента; Кореспондент; Документ; Дата документа; Дебет; Кредит; Призначення платежу; Гривневе покриття; encoding cp1251, delimiter ';', header in the first line, date '%d.%m.%Y %H:%M', Дебет and Кредит never both filled, decimal point amounts",
        "Public Odoo importer for VST Bank iBank 2 UA CSV ('Виписки по поточним рахункам', windows-1251, ';', first row = header; Дебет empty for credit rows, Кредит empty for debit rows) and other Ukrainian importers naming the same columns (ЄДРПОУ кореспондента, Кореспондент, Призначення платежу)",
        "Not found in search: the meaning of 'Код операції' values; '1' on every row is my placeholder. Treasury payer details (МФО 820172, 'Державна казначейська служба України, м. Київ' and КЕКВ codes in the purpose) follow common Ukrainian treasury payment practice"
    ],
    "fields": {"buyer": "Кореспондент", "product": None, "quantity": None, "amount": "Кредит",
               "tax_id": "ЄДРПОУ кореспондента", "email": None, "payment": None, "comment": "Призначення платежу"},
    "also_ok": {"amount": ["Гривневе покриття"], "product": ["Призначення платежу"]},
    "notes": ("Header on the first line, no title or totals lines; one line per incoming payment. The first four "
              "columns (ЄДРПОУ, МФО, Рахунок, Валюта) are the seller's own account. 'ЄДРПОУ кореспондента' holds an 8-digit "
              "ЄДРПОУ for legal entities and a 10-digit РНОКПП for ФОП and private persons. Budget institutions pay via the "
              "State Treasury (МФО 820172) with КЕКВ codes; Prozorro IDs UA-YYYY-MM-DD-NNNNNN-x mark public procurement. "
              "Goods appear only in Призначення платежу. LiqPay settlements from ПриватБанк and Nova Poshta cash-on-delivery "
              "registers are payouts without a buyer.")
})
summary(LID, labels)
