"""СберБизнес - выписка операций по расчётному счёту (Excel), only incoming operations of the seller's account.
Title lines above the header, totals below. Seeded; rebuilds layouts/ and key/ files exactly."""
import json, random, datetime as dt
from openpyxl import Workbook
import pandas as pd
from dd_common import normalize_xlsx, OUT, inn10, inn12, kpp, ru_person

rng = random.Random(8022)
ID = "dd_ru_sberbusiness_vypiska"
OWN_ACC = "40702810954400031877"
OWN = 'ООО "КАНЦОПТ-НН"'
BANKS = [("042202603", "ВОЛГО-ВЯТСКИЙ БАНК ПАО СБЕРБАНК"), ("044525225", "ПАО СБЕРБАНК"), ("044525974", "АО \"ТБАНК\""),
         ("044525593", "АО \"АЛЬФА-БАНК\""), ("042202837", "ФИЛИАЛ ПРИВОЛЖСКИЙ ПАО БАНКА \"ФК ОТКРЫТИЕ\""),
         ("042202001", "ВОЛГО-ВЯТСКОЕ ГУ БАНКА РОССИИ//УФК по Нижегородской области г. Нижний Новгород")]
COS = ['ООО "НИЖЕГОРОДСКИЙ ТЕХНОПАРК"', 'ООО "ВОЛГАСТРОЙ"', 'АО "ГИДРОМАШ"', 'ООО "АВТОЦЕНТР ГАЗ-СЕРВИС"',
       'ООО "ЛОГИСТИК-НН"', 'ООО "СТОМАТОЛОГИЯ ДЕНТА ПЛЮС"', 'ООО "ПЕКАРНЯ ХЛЕБНЫЙ ДОМ"', 'ЗАО "ТЕПЛОЭНЕРГО"',
       'ООО "ИТ-РЕШЕНИЯ"', 'ООО "ЮРИДИЧЕСКАЯ ФИРМА ПРАВОВЕД"', 'АО "ДЗЕРЖИНСКОЕ ОРГСТЕКЛО"', 'ООО "ЧАСТНАЯ ШКОЛА ЛИДЕР"',
       'ТСЖ "ВЕРХНЕВОЛЖСКАЯ НАБ. 8"', 'АНО "ЦЕНТР ПОДДЕРЖКИ ПРЕДПРИНИМАТЕЛЬСТВА"', 'ООО "АГРОКОМПЛЕКС ДОЛИНА"']
GOV = [("ГБОУ \"ЛИЦЕЙ № 40\"", "2603", "municipal_school"), ("МБОУ \"ШКОЛА № 22\"", "2003", "municipal_school"),
       ("ГБУЗ НО \"ГОРОДСКАЯ БОЛЬНИЦА № 33\"", "2103", "public_hospital"),
       ("ФГАОУ ВО \"ННГУ ИМ. Н.И. ЛОБАЧЕВСКОГО\"", "3003", "public_university"),
       ("АДМИНИСТРАЦИЯ КАНАВИНСКОГО РАЙОНА ГОРОДА НИЖНЕГО НОВГОРОДА", "0303", "municipality"),
       ("МКУ \"ЦЕНТР ОРГАНИЗАЦИИ МУНИЦИПАЛЬНЫХ ЗАКУПОК\"", "0503", "government_body"),
       ("ГУ МВД РОССИИ ПО НИЖЕГОРОДСКОЙ ОБЛАСТИ", "1003", "police"),
       ("МАДОУ \"ДЕТСКИЙ САД № 110\"", "3003", "municipal_school")]
GOODS = ["бумаги офисной А4", "картриджей", "канцелярских товаров", "офисной мебели", "МФУ Kyocera", "хозтоваров для офиса",
         "ламинатора и расходных материалов", "шредера", "папок и скоросшивателей", "принтеров и картриджей"]

def acc(prefix):
    return prefix + "".join(str(rng.randint(0, 9)) for _ in range(20 - len(prefix)))

def vat(s):
    v = round(s * 20 / 120, 2)
    return f"В т.ч. НДС 20% - {v:,.2f} руб.".replace(",", " ").replace(".", ",", 1) if False else \
        "В т.ч. НДС 20% - " + f"{v:.2f}".replace(".", "-") + " руб."

rows, labels = [], []
d = dt.date(2024, 4, 1)
docno = 0

def add(payer_acc, payer, inn, s, vo, purpose, bank, label, amb, kind):
    global d
    if rng.random() < 0.45:
        d += dt.timedelta(days=1)
        while d.weekday() > 4:
            d += dt.timedelta(days=1)
    rows.append([d.strftime("%d.%m.%Y"), payer_acc, OWN_ACC, None, round(s, 2), str(rng.randint(1, 9999)), vo,
                 f"БИК {bank[0]} {bank[1]}", payer, inn, purpose])
    labels.append((label, amb, kind, "RU"))

cases = (["co"] * 70 + ["ip"] * 12 + ["gov"] * 28 + ["gov44"] * 10 + ["sbp"] * 16 + ["acq"] * 10 + ["person_inv"] * 6
         + ["soe223"] * 4 + ["intl"] * 2 + ["fund"] * 2 + ["gov_house"] * 3 + ["co_house"] * 4 + ["person_resale"] * 2
         + ["thin"] * 3 + ["person_shop"] * 8)
rng.shuffle(cases)
inv = 300
for c in cases:
    inv += 1
    bank = rng.choice(BANKS[:5])
    if c == "co":
        n = rng.choice(COS); i = inn10(rng, "52")
        s = rng.uniform(4000, 380000)
        p = rng.choice([f"Оплата по счету № {inv} от {d.strftime('%d.%m.%Y')} за поставку {rng.choice(GOODS)}. {vat(s)}",
                        f"Оплата по сч. {inv} за {rng.choice(GOODS)} {vat(s)}",
                        f"ОПЛАТА ПО ДОГОВОРУ № {rng.randint(10, 99)}/24 ОТ 15.01.2024 ЗА ТОВАР. {vat(s)}"])
        kind = "non_profit" if n.startswith(("ТСЖ", "АНО")) else "private_school" if "ШКОЛА" in n else "company"
        add(acc("40702810"), n if rng.random() > .15 else n.replace("ООО ", "Общество с ограниченной ответственностью "),
            i, s, "01", p, bank, "B2B", False, kind)
    elif c == "ip":
        f, nm, o = ru_person(rng); i = inn12(rng, "52"); s = rng.uniform(3000, 90000)
        add(acc("40802810"), f"Индивидуальный предприниматель {f} {nm} {o}", i, s, "01",
            f"Оплата по счету № {inv} за {rng.choice(GOODS)}. Без налога (НДС)", bank, "B2B", False, "sole_trader")
    elif c in ("gov", "gov44", "gov_house"):
        n, code, kind = rng.choice(GOV); i = inn10(rng, "52")
        ls = code + "2" + "".join(str(rng.randint(0, 9)) for _ in range(6))
        payer = f"УФК по Нижегородской области ({n} л/с {ls})"
        s = rng.uniform(5000, 250000) if c != "gov_house" else rng.uniform(2500, 7000)
        if c == "gov":
            p = f"Оплата по договору № {rng.randint(1, 300)} от {d.strftime('%d.%m.%Y')} за {rng.choice(GOODS)} по сч. {inv}. {vat(s)}"
        elif c == "gov44":
            ikz = "24352" + "".join(str(rng.randint(0, 9)) for _ in range(31))
            p = f"Оплата по контракту № {ikz} от {d.strftime('%d.%m.%Y')} (ИКЗ {ikz}) за {rng.choice(GOODS)}, тов.накл. {inv}. {vat(s)}"
        else:
            p = f"Оплата по сч. {inv} за чайник электрический 1 шт. {vat(s)}"
        add("03234643227010003200", payer, i, s, "01", p, BANKS[5], "B2G", c == "gov_house", kind if c != "gov_house" else "state_body_household_item")
    elif c == "sbp":
        f, nm, o = ru_person(rng); s = rng.uniform(500, 18000)
        add(acc("40817810"), f"{f.upper()} {nm.upper()} {o.upper()}", "", s, "01",
            rng.choice([f"Перевод по СБП. Оплата заказа {rng.randint(10000, 99999)}. НДС не облагается",
                        f"Оплата за товар по заказу {rng.randint(10000, 99999)} интернет-магазин"]), bank, "B2C", False, "private_person")
    elif c == "person_shop":
        f, nm, o = ru_person(rng); s = rng.uniform(1200, 26000)
        add(acc("40817810"), f"{f} {nm} {o}", inn12(rng, "52") if rng.random() < .3 else "", s, "01",
            rng.choice(["Оплата за школьные принадлежности", "Оплата за рюкзак и канцтовары для ребенка", "Оплата за настольную лампу, доставка на дом"]),
            bank, "B2C", False, "private_person")
    elif c == "acq":
        s = rng.uniform(20000, 160000)
        add("30232810442000000017", "ПАО СБЕРБАНК", "7707083893", s, "17",
            f"Зачисление средств по операциям эквайринга. Мерчант №781000{rng.randint(100000, 999999)}. Дата реестра {d.strftime('%d.%m.%Y')}. "
            f"Комиссия {s*0.018:.2f}. Возврат покупки 0.00. НДС не облагается", BANKS[0], "B2C", True, "acquiring_payout")
    elif c == "person_inv":
        f, nm, o = ru_person(rng); co = rng.choice(COS); s = rng.uniform(8000, 60000)
        add(acc("40817810"), f"{f} {nm} {o}", "", s, "01",
            f"Оплата по счету № {inv} за {co} за {rng.choice(GOODS)}. {vat(s)}", bank, "B2B", True, "person_paying_company_invoice")
    elif c == "soe223":
        n, i = rng.choice([('ОАО "РЖД"', "7708503727"), ('ПАО "РОССЕТИ ЦЕНТР И ПРИВОЛЖЬЕ"', "5260200603")])
        s = rng.uniform(80000, 900000)
        add(acc("40702810"), n, i, s, "01",
            f"Оплата по договору № {rng.randint(1000, 9999)}/ОАЭ-ГОРЬК/24 (223-ФЗ, закупка № 32413{rng.randint(100000, 999999)}) за {rng.choice(GOODS)}. {vat(s)}",
            bank, "B2B", True, "state_owned_company")
    elif c == "intl":
        s = rng.uniform(30000, 120000)
        add(acc("40703810"), "МЕЖДУНАРОДНЫЙ КОМИТЕТ КРАСНОГО КРЕСТА (ПРЕДСТАВИТЕЛЬСТВО В РФ)", "9909034210", s, "01",
            f"Оплата по счету {inv} за канцелярские товары. НДС не облагается", bank, "B2B", True, "international_org")
    elif c == "fund":
        s = rng.uniform(20000, 90000)
        add(acc("40703810"), 'АНО "ФОНД РАЗВИТИЯ ПРЕДПРИНИМАТЕЛЬСТВА НИЖЕГОРОДСКОЙ ОБЛАСТИ"', inn10(rng, "52"), s, "01",
            f"Оплата по сч. {inv} за {rng.choice(GOODS)}. {vat(s)}", bank, "B2B", True, "state_founded_fund")
    elif c == "co_house":
        n = rng.choice(COS[:11]); s = rng.uniform(3500, 15000)
        add(acc("40702810"), n, inn10(rng, "52"), s, "01",
            f"Оплата по сч. {inv} за {rng.choice(['микроволновую печь 1 шт.', 'кофеварку 1 шт.', 'обогреватель масляный 1 шт.'])} {vat(s)}",
            bank, "B2B", True, "company_household_item")
    elif c == "person_resale":
        f, nm, o = ru_person(rng); s = rng.uniform(25000, 70000)
        add(acc("40817810"), f"{f} {nm} {o}", "", s, "01",
            "Оплата за тетради и ручки оптом для перепродажи в киоске", bank, "B2B", True, "person_stated_resale")
    elif c == "thin":
        s = rng.uniform(1000, 9000)
        add(acc("40817810"), "", "", s, "01", f"Оплата по заказу {rng.randint(10000, 99999)}", bank, "B2C", True, "thin_record")

wb = Workbook(); ws = wb.active; ws.title = "Выписка"
title = [["ПАО СБЕРБАНК"], ["ВЫПИСКА ОПЕРАЦИЙ ПО ЛИЦЕВОМУ СЧЕТУ " + OWN_ACC], [OWN],
         ["за период с 01.04.2024 по 30.06.2024"], ["Российский рубль"], ["Дата предыдущей операции по счету 29.03.2024"], []]
for t in title:
    ws.append(t)
hdr = ["Дата проводки", "Счет по дебету", "Счет по кредиту", "Сумма по дебету", "Сумма по кредиту", "№ документа", "ВО",
       "Банк (БИК и наименование)", "Плательщик", "ИНН плательщика", "Назначение платежа"]
ws.append(hdr)
for r in rows:
    ws.append(r)
tot = round(sum(r[4] for r in rows), 2)
ws.append([])
ws.append(["Количество операций", len(rows)])
ws.append(["Входящий остаток", None, None, 412583.17])
ws.append(["Итого оборотов", None, None, 0, tot])
ws.append(["Исходящий остаток", None, None, round(412583.17 + tot, 2)])
wb.save(OUT / "layouts" / f"{ID}.xlsx")
normalize_xlsx(OUT / "layouts" / f"{ID}.xlsx")
pd.DataFrame([(i, *l) for i, l in enumerate(labels)], columns=["row", "label", "ambiguous", "kind", "country"]) \
    .assign(ambiguous=lambda x: x.ambiguous.map({True: "true", False: "false"})) \
    .to_csv(OUT / "key" / f"{ID}.labels.csv", index=False)
key = {
    "id": ID,
    "system": "СберБизнес (Сбербанк Бизнес Онлайн) - выписка операций по расчётному счёту, выгрузка в Excel; отбор: только поступления",
    "country": "RU", "language": "ru",
    "docs": ["public documentation: developers.sber.ru pages on statements (API formats only) and the 1CClientBankExchange text format "
             "(habr.com/post/245397: Плательщик, ПлательщикИНН, НазначениеПлатежа fields); the Excel column set "
             "(Дата проводки, Счет по дебету/кредиту, Сумма по дебету/кредиту, № документа, ВО, Банк (БИК и наименование), Назначение платежа) "
             "and the title block/turnover lines follow the bank's printed statement form; separate payer name/INN columns are flattened "
             "from the statement's counterparty cell - not confirmed by a public spec"],
    "fields": {"buyer": "Плательщик", "product": None, "quantity": None, "amount": "Сумма по кредиту",
               "tax_id": "ИНН плательщика", "email": None, "payment": None, "comment": "Назначение платежа"},
    "also_ok": {"payment": [None], "comment": []},
    "notes": "7 title lines (bank, statement title with the seller's account, seller name, period, currency, previous-operation date, blank) "
             "then the header on line 8; records are incoming payments (one per line); after the records a blank line and 4 summary lines "
             "(Количество операций, Входящий остаток, Итого оборотов, Исходящий остаток) - not records. Budget payers appear as "
             "'УФК по ... (<institution> л/с ...)'. Card-acquiring payouts come from ПАО СБЕРБАНК with ВО 17 and no buyer. "
             "Goods are named only inside Назначение платежа. Счет по кредиту is always the seller's own account.",
}
key["also_ok"] = {}
(OUT / "key" / f"{ID}.json").write_text(json.dumps(key, ensure_ascii=False, indent=2), encoding="utf-8")
print(ID, len(rows))
