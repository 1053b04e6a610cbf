"""UA: Вчасно (vchasno.ua) - реєстр вихідних документів, XLSX. Seeded."""
import random
from datetime import date, timedelta
from openpyxl import Workbook
from gd_common import LAYOUTS, ua_edrpou, ua_rnokpp, write_key, save_xlsx

ID = "gd_ua_vchasno_vykhidni"
rng = random.Random(9202)

BIZ_GOODS = ["Ноутбук Lenovo ThinkPad E16 Gen 1", "БФП Canon i-SENSYS MF455dw", "Монітор Dell P2423D", "Папір офісний А4 Navigator 80 г/м2",
             "Картридж HP 59A CF259A", "Комутатор TP-Link TL-SG1024D", "ДБЖ APC Back-UPS 950VA", "Шафа серверна 19\" 42U",
             "Ліцензія Microsoft 365 Business Standard (1 рік)", "Крісло офісне Новий Стиль Prestige", "Стіл офісний 1400х700",
             "Зарядна станція EcoFlow DELTA 2", "Генератор Könner & Söhnen KS 7000E"]
HOME_GOODS = ["Телевізор Samsung UE55CU7100", "Кавоварка De'Longhi Dedica EC685", "Пилосос Philips XC8043", "Мікрохвильова піч Samsung MS23K3513AW",
              "Холодильник LG GA-B459SLCM", "Чайник електричний Tefal KO2998"]
MALE = ["Олександр", "Андрій", "Сергій", "Дмитро", "Віктор", "Олег", "Юрій", "Максим", "Богдан", "Тарас"]
FEM = ["Олена", "Наталія", "Ірина", "Оксана", "Тетяна", "Юлія", "Марія", "Світлана", "Ганна", "Людмила"]
SUR = ["Коваленко", "Бондаренко", "Шевченко", "Ткаченко", "Кравченко", "Мельник", "Бойко", "Олійник", "Лисенко", "Савченко",
       "Руденко", "Мороз", "Марченко", "Петренко", "Гончаренко"]
PATR_M = ["Олександрович", "Петрович", "Іванович", "Миколайович", "Васильович"]
PATR_F = ["Олександрівна", "Петрівна", "Іванівна", "Миколаївна", "Василівна"]
FREE = ["gmail.com", "ukr.net", "i.ua", "meta.ua", "gmail.com"]
LAT = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z", "и": "y",
                     "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
                     "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": ""})

COMP = [("ТОВ «НОВА ПОШТА»", "novaposhta.ua", "company"), ("ТОВ «ЕПІЦЕНТР К»", "epicentrk.com", "company"),
        ("ТОВ «АТБ-МАРКЕТ»", "atbmarket.com", "company"), ("ТОВ «СІЛЬПО-ФУД»", "silpo.ua", "company"),
        ("ПрАТ «КИЇВСТАР»", "kyivstar.net", "company"), ("ТОВ «ГЛОБАЛЛОДЖІК УКРАЇНА»", "globallogic.com", "company"),
        ("ТОВ «ЕПАМ СИСТЕМЗ»", "epam.com", "company"), ("ТОВ «ФОКСТРОТ-ТЕХНОЛОГІЇ ДЛЯ ЖИТТЯ»", "foxtrot.ua", "company"),
        ("ТОВ \"АГРОХОЛДИНГ МХП\"", "mhp.com.ua", "company"), ("ПАТ «КОМЕРЦІЙНИЙ БАНК «ПРИВАТБАНК»»", "privatbank.ua", "state_owned_bank"),
        ("ОСББ «ЛИБІДЬ-12»", None, "homeowners_association"), ("ГО «УКРАЇНСЬКА БІБЛІОТЕЧНА АСОЦІАЦІЯ»", "ula.org.ua", "non_profit"),
        ("БФ «ПОВЕРНИСЬ ЖИВИМ»", "savelife.in.ua", "charity"), ("ПРИВАТНИЙ ЗАКЛАД «ЛІЦЕЙ «ГРАНД»»", "grand.kiev.ua", "private_school"),
        ("ТОВ «МЕДИЧНИЙ ЦЕНТР «ДОБРОБУТ»»", "dobrobut.com", "private_hospital")]
GOV = [("ДЕПАРТАМЕНТ ОСВІТИ І НАУКИ ВИКОНАВЧОГО ОРГАНУ КИЇВСЬКОЇ МІСЬКОЇ РАДИ (КИЇВСЬКОЇ МІСЬКОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ)", "kmda.gov.ua", "municipal_department"),
       ("КНП «КИЇВСЬКА МІСЬКА КЛІНІЧНА ЛІКАРНЯ № 1» ВИКОНАВЧОГО ОРГАНУ КИЇВСЬКОЇ МІСЬКОЇ РАДИ (КМДА)", "kmkl1.kiev.ua", "public_hospital"),
       ("ЛІЦЕЙ № 142 ОБОЛОНСЬКОГО РАЙОНУ М. КИЄВА", "ukr.net", "public_school"),
       ("ВІЙСЬКОВА ЧАСТИНА А4152", None, "armed_forces"),
       ("ГОЛОВНЕ УПРАВЛІННЯ ДПС У М. КИЄВІ", "tax.gov.ua", "tax_authority"),
       ("НАЦІОНАЛЬНИЙ ТЕХНІЧНИЙ УНІВЕРСИТЕТ УКРАЇНИ «КИЇВСЬКИЙ ПОЛІТЕХНІЧНИЙ ІНСТИТУТ ІМЕНІ ІГОРЯ СІКОРСЬКОГО»", "kpi.ua", "public_university"),
       ("ВИКОНАВЧИЙ КОМІТЕТ ЛЬВІВСЬКОЇ МІСЬКОЇ РАДИ", "lvivcity.gov.ua", "municipality"),
       ("БРОВАРСЬКА МІСЬКА РАДА БРОВАРСЬКОГО РАЙОНУ КИЇВСЬКОЇ ОБЛАСТІ", "brovary-rada.gov.ua", "municipality"),
       ("КП «КИЇВТЕПЛОЕНЕРГО»", "kte.kmda.gov.ua", "municipal_enterprise"),
       ("ДЕРЖАВНА СЛУЖБА УКРАЇНИ З НАДЗВИЧАЙНИХ СИТУАЦІЙ", "dsns.gov.ua", "government_agency")]
SOE = [("АТ «УКРЗАЛІЗНИЦЯ»", "uz.gov.ua"), ("АТ «УКРПОШТА»", "ukrposhta.ua"), ("АТ «НАК «НАФТОГАЗ УКРАЇНИ»", "naftogaz.com")]
INTL = [("ПРЕДСТАВНИЦТВО ДИТЯЧОГО ФОНДУ ООН (ЮНІСЕФ) В УКРАЇНІ", "unicef.org"), ("ПРОГРАМА РОЗВИТКУ ООН В УКРАЇНІ", "undp.org"),
        ("ДЕЛЕГАЦІЯ МІЖНАРОДНОГО КОМІТЕТУ ЧЕРВОНОГО ХРЕСТА В УКРАЇНІ", "icrc.org")]

ids = {}


def code_for(name, person=False):
    if name not in ids:
        ids[name] = ua_rnokpp(rng) if person else ua_edrpou(rng, first=rng.choice([0, 2, 3, 4]))
    return ids[name]


def pname():
    if rng.random() < 0.5:
        return rng.choice(SUR), rng.choice(MALE), rng.choice(PATR_M)
    return rng.choice(SUR), rng.choice(FEM), rng.choice(PATR_F)


def email(local, dom):
    return f"{local}@{dom}"


def goods_text(pool, qmax):
    g = rng.sample(pool, rng.randint(1, 2))
    return "; ".join(f"{x}, {rng.randint(1, qmax)} шт" for x in g)


def scenario():
    r = rng.random()
    s, f, p = pname()
    local = f"{f}.{s}".lower().translate(LAT)
    if r < 0.42:
        n, dom, kind = rng.choice(COMP)
        return dict(buyer=n, code=code_for(n), mail=email(rng.choice(["buh", "zakupivli", "office", local]), dom) if dom else email(local, rng.choice(FREE)),
                    comment=goods_text(BIZ_GOODS, 10) if rng.random() < 0.6 else "", big=True), ("B2B", False, kind, "UA")
    if r < 0.52:
        n = f"ФОП {s} {f} {p}"
        return dict(buyer=n if rng.random() < 0.7 else n.upper(), code=code_for(n, True), mail=email(local, rng.choice(FREE)),
                    comment=goods_text(BIZ_GOODS, 4) if rng.random() < 0.5 else "", big=False), ("B2B", False, "sole_trader", "UA")
    if r < 0.78:
        n, dom, kind = rng.choice(GOV)
        amb, cm = False, goods_text(BIZ_GOODS, 15) if rng.random() < 0.6 else ""
        if rng.random() < 0.2:
            cm, amb = f"{rng.choice(HOME_GOODS)}, 1 шт", True
        if rng.random() < 0.3:
            cm = (cm + "; " if cm else "") + f"Договір за результатами закупівлі UA-2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}-{rng.randint(0, 999999):06d}-a"
        return dict(buyer=n, code=code_for(n), mail=email(rng.choice(["zakupivli", "buh", local]), dom) if dom else "", comment=cm, big=True), ("B2G", amb, kind, "UA")
    if r < 0.86:
        s2 = f"{s} {f} {p}"
        return dict(buyer=s2, code=code_for(s2, True), mail=email(local, rng.choice(FREE)),
                    comment=f"{rng.choice(HOME_GOODS)}, 1 шт" if rng.random() < 0.6 else "", big=False), ("B2C", False, "private_person", "UA")
    k = rng.choice(["soe", "intl", "fop_home", "person_gov", "thin"])
    if k == "soe":
        n, dom = rng.choice(SOE)
        return dict(buyer=n, code=code_for(n), mail=email("zakupivli", dom),
                    comment=f"{goods_text(BIZ_GOODS, 20)}; закупівля Prozorro UA-2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}-{rng.randint(0, 999999):06d}-a", big=True), ("B2B", True, "state_owned_company_procurement", "UA")
    if k == "intl":
        n, dom = rng.choice(INTL)
        return dict(buyer=n, code=code_for(n), mail=email(local, dom), comment=goods_text(BIZ_GOODS, 10), big=True), ("B2B", True, "international_org", "UA")
    if k == "fop_home":
        n = f"ФОП {s} {f} {p}"
        return dict(buyer=n, code=code_for(n, True), mail=email(local, rng.choice(FREE)), comment=f"{rng.choice(HOME_GOODS)}, 1 шт", big=False), ("B2B", True, "sole_trader_household_item", "UA")
    if k == "person_gov":
        s2 = f"{s} {f} {p}"
        return dict(buyer=s2, code=code_for(s2, True), mail=email(local, rng.choice(["kmda.gov.ua", "mil.gov.ua", "tax.gov.ua"])),
                    comment=f"{rng.choice(HOME_GOODS)}, 1 шт, доставка додому", big=False), ("B2C", True, "person_gov_email", "UA")
    s2 = f"{s} {f[0]}.{p[0]}."
    return dict(buyer=s2, code="", mail="", comment="", big=False), ("B2C", True, "thin_record", "UA")


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = "Документи"
    head = ["Дата документа", "Номер документа", "Назва документа", "Тип документа", "Сума, грн", "Контрагент",
            "ЄДРПОУ/ІПН контрагента", "Email контрагента", "Статус документа", "Дата завантаження", "Коментар"]
    ws.append(head)
    labels = []
    d0 = date(2024, 7, 1)
    STAT = ["Підписаний усіма", "Підписаний усіма", "Підписаний усіма", "Очікує підпису контрагента", "Відхилений контрагентом"]
    for i in range(200):
        rec, lab = scenario()
        typ, pref, title = rng.choice([("Рахунок", "РФ", "Рахунок на оплату"), ("Видаткова накладна", "ВН", "Видаткова накладна"),
                                       ("Видаткова накладна", "ВН", "Видаткова накладна"), ("Акт", "АКТ", "Акт приймання-передачі")])
        d = d0 + timedelta(days=i * 183 // 200)
        num = f"{pref}-{i + 1041:07d}"
        amt = round(rng.uniform(15000, 480000) if rec["big"] else rng.uniform(2500, 60000), 2)
        ws.append([d.strftime("%d.%m.%Y"), num, f"{title} № {num} від {d.strftime('%d.%m.%Y')}", typ, amt, rec["buyer"],
                   rec["code"], rec["mail"], rng.choice(STAT), (d + timedelta(days=rng.randint(0, 2))).strftime("%d.%m.%Y"), rec["comment"]])
        labels.append(lab)
    save_xlsx(wb, LAYOUTS / f"{ID}.xlsx")
    meta = {
        "id": ID, "system": "Вчасно (vchasno.ua, сервіс електронного документообігу) — список вихідних документів, вивантаження реєстру в Excel",
        "country": "UA", "language": "uk",
        "docs": ["public documentation: EDIN (wiki.edin.ua) docs describing a Ukrainian EDO 'реєстр документів' Excel download with sender/recipient company name and ЄДРПОУ, document type, number, date, amount, status — used as the model for the Вчасно registry; no Вчасно-specific export spec was found, so the Ukrainian column names, one row per document and the comment column are my assumption. ЄДРПОУ (8 digits) and РНОКПП (10 digits) check digits computed by their published algorithms."],
        "fields": {"buyer": "Контрагент", "product": None, "quantity": None, "amount": "Сума, грн", "tax_id": "ЄДРПОУ/ІПН контрагента",
                   "email": "Email контрагента", "payment": None, "comment": "Коментар"},
        "also_ok": {"product": ["Коментар"], "comment": ["Назва документа"]},
        "notes": "One row per outgoing document (рахунок, видаткова накладна, акт), no title/totals lines; the same counterparty repeats across documents. ЄДРПОУ/ІПН holds an 8-digit ЄДРПОУ for organisations or a 10-digit РНОКПП for ФОП and private persons. Goods appear only in the free 'Коментар' written by the seller's staff (sometimes with a Prozorro tender id). Seller is an office/IT equipment supplier in Kyiv.",
    }
    write_key(ID, meta, labels)


if __name__ == "__main__":
    main()
