"""UZ: Didox.uz - исходящие электронные счета-фактуры (ЭСФ), выгрузка в Excel с товарами. Seeded."""
import random
from datetime import date, timedelta
from openpyxl import Workbook
from gd_common import LAYOUTS, write_key, save_xlsx

ID = "gd_uz_didox_esf_iskhodyashchie"
rng = random.Random(9303)

BIZ = [("Ноутбук HP ProBook 450 G10 i5-1335U/16GB/512GB", "10201001001000000", "шт", 11_900_000),
       ("Моноблок Lenovo IdeaCentre AIO 3 24\"", "10201001002000000", "шт", 8_450_000),
       ("МФУ лазерное Canon i-SENSYS MF461dw", "10203001001000000", "шт", 4_890_000),
       ("Бумага офисная SvetoCopy A4 80 г/м2, 500 л.", "04802001001000000", "пачка", 52_000),
       ("Картридж Canon 057H", "10204001001000000", "шт", 1_150_000),
       ("Сервер Dell PowerEdge R650xs", "10201002001000000", "шт", 96_500_000),
       ("Шкаф телекоммуникационный 19\" 42U 600x1000", "10206001001000000", "шт", 7_800_000),
       ("Кондиционер Artel ART-18HM (сплит-система)", "08415001001000000", "шт", 6_350_000),
       ("Источник бесперебойного питания APC Smart-UPS 1500VA", "10205001001000000", "шт", 9_900_000),
       ("Услуги по монтажу локальной вычислительной сети", "06201001001000000", "усл.", 14_000_000)]
HOME = [("Телевизор Artel UA55H3502 55\"", "08528001001000000", "шт", 5_490_000),
        ("Холодильник Artel HD 455 FWEN", "08418001001000000", "шт", 6_990_000),
        ("Смартфон Samsung Galaxy A55 8/256GB", "08517001001000000", "шт", 5_350_000),
        ("Пылесос Samsung VC18M21A0SB", "08508001001000000", "шт", 1_290_000)]

COMP = [("\"ANGLESEY FOOD\" MAS'ULIYATI CHEKLANGAN JAMIYAT", "company"), ("\"ARTEL ELECTRONICS\" MCHJ", "company"),
        ("ООО «UZUM MARKET»", "company"), ("\"AKFA MEDLINE\" MCHJ", "private_hospital"), ("\"UNITEL\" MCHJ", "company"),
        ("ООО «Coca-Cola Ichimligi Uzbekistan»", "company"), ("\"INHA UNIVERSITY IN TASHKENT\" MCHJ", "private_university"),
        ("\"TBC BANK\" AJ", "company"), ("\"GRAND PHARM TRADE\" MAS'ULIYATI CHEKLANGAN JAMIYAT", "company"),
        ("ХК «Tashkent City Mall»", "company"), ("\"MIRABAD AVENUE\" XK", "company")]
SOE = ["\"O'ZBEKISTON TEMIR YO'LLARI\" AJ", "\"O'ZBEKNEFTGAZ\" AJ", "\"OLMALIQ KON-METALLURGIYA KOMBINATI\" AJ", "\"UZBEKISTAN AIRWAYS\" AJ"]
GOV = [("TOSHKENT SHAHAR HOKIMLIGI", "municipality"), ("O'ZBEKISTON RESPUBLIKASI SOG'LIQNI SAQLASH VAZIRLIGI", "ministry"),
       ("ISLOM KARIMOV NOMIDAGI TOSHKENT DAVLAT TEXNIKA UNIVERSITETI", "public_university"),
       ("RESPUBLIKA SHOSHILINCH TIBBIY YORDAM ILMIY MARKAZI", "public_hospital"),
       ("YUNUSOBOD TUMANIDAGI 110-SONLI UMUMIY O'RTA TA'LIM MAKTABI", "public_school"),
       ("MIRZO ULUG'BEK TUMANI HOKIMLIGI", "municipality"),
       ("ГУ «Центр электронного правительства»", "government_agency"),
       ("O'ZBEKISTON RESPUBLIKASI DAVLAT SOLIQ QO'MITASI", "tax_authority"),
       ("Министерство высшего образования, науки и инноваций Республики Узбекистан", "ministry")]
INTL = ["Представительство ПРООН в Республике Узбекистан", "UNICEF O'ZBEKISTONDAGI VAKOLATXONASI"]
SUR_M = ["KARIMOV", "RAXIMOV", "YUSUPOV", "TOSHMATOV", "ABDULLAYEV", "ISMOILOV", "XOLMATOV", "NAZAROV"]
FN_M = ["ALISHER", "SARDOR", "JAMSHID", "BOBUR", "OTABEK", "DILSHOD", "RUSTAM", "SHERZOD"]
FN_F = ["DILNOZA", "NIGORA", "MALIKA", "GULNORA", "SHAXNOZA", "ZARINA"]
OTCH_M = ["BAXTIYOR O'G'LI", "RUSTAMOVICH", "ANVAROVICH", "ERKIN O'G'LI"]
OTCH_F = ["BAXTIYOR QIZI", "RUSTAMOVNA", "ANVAROVNA"]

inns = {}


def inn(name):
    if name not in inns:
        inns[name] = str(rng.choice([2, 3])) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return inns[name]


def pinfl():
    d = [rng.choice([3, 4])] + [int(c) for c in f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(70, 99):02d}"]
    d += [rng.randint(0, 9) for _ in range(6)]
    w = [7, 3, 1] * 5
    d.append(sum(a * b for a, b in zip(d, w)) % 10)
    return "".join(map(str, d))


def person():
    s = rng.choice(SUR_M)
    if rng.random() < 0.6:
        return f"{s} {rng.choice(FN_M)} {rng.choice(OTCH_M)}"
    return f"{s}A {rng.choice(FN_F)} {rng.choice(OTCH_F)}"


def items(pool, nmin, nmax, qmax):
    return [(n, c, u, rng.randint(1, qmax), p) for n, c, u, p in rng.sample(pool, rng.randint(nmin, nmax))]


def doc():
    r = rng.random()
    contract = f"{rng.randint(1, 250)}/{rng.choice(['24', '2024'])}"
    if r < 0.38:
        n, kind = rng.choice(COMP)
        return dict(buyer=n, tin=inn(n), items=items(BIZ, 1, 4, 12), contract=contract, typ="Стандартный"), ("B2B", False, kind, "UZ")
    if r < 0.48:
        p = person()
        return dict(buyer=f"YaTT {p}" if rng.random() < 0.6 else f"ИП {p.title()}", tin=pinfl(), items=items(BIZ, 1, 2, 3),
                    contract=contract, typ="Стандартный"), ("B2B", False, "sole_trader", "UZ")
    if r < 0.72:
        n, kind = rng.choice(GOV)
        c = f"{rng.randint(24, 24)}{rng.randint(1000000, 9999999)} (xarid.uzex.uz)" if rng.random() < 0.5 else contract
        if rng.random() < 0.15:
            return dict(buyer=n, tin=inn(n), items=items(HOME, 1, 1, 1), contract=c, typ="Стандартный"), ("B2G", True, kind, "UZ")
        return dict(buyer=n, tin=inn(n), items=items(BIZ, 1, 4, 20), contract=c, typ="Стандартный"), ("B2G", False, kind, "UZ")
    if r < 0.82:
        p = person()
        return dict(buyer=p if rng.random() < 0.7 else p.title(), tin=pinfl(), items=items(HOME, 1, 2, 1), contract="",
                    typ="Стандартный"), ("B2C", False, "private_person", "UZ")
    if r < 0.87:  # one-sided ESF for sales to the population
        return dict(buyer="", tin="", items=items(HOME, 1, 1, 1), contract="", typ="Односторонний (реализация населению)"), ("B2C", False, "anonymous_retail", "UZ")
    k = rng.choice(["soe", "soe", "intl", "yatt_tv", "thin_biz"])
    if k == "soe":
        n = rng.choice(SOE)
        return dict(buyer=n, tin=inn(n), items=items(BIZ, 2, 4, 20), contract=f"Корпоративная закупка № {rng.randint(100000, 999999)} (xt-xarid.uz)",
                    typ="Стандартный"), ("B2B", True, "state_owned_company_procurement", "UZ")
    if k == "intl":
        n = rng.choice(INTL)
        return dict(buyer=n, tin=inn(n), items=items(BIZ, 1, 3, 10), contract=contract, typ="Стандартный"), ("B2B", True, "international_org", "UZ")
    if k == "yatt_tv":
        return dict(buyer=f"YaTT {person()}", tin=pinfl(), items=items(HOME, 1, 1, 1), contract="", typ="Стандартный"), ("B2B", True, "sole_trader_household_item", "UZ")
    return dict(buyer="", tin="", items=[x[:3] + (1, x[3]) for x in [BIZ[5]]], contract="", typ="Односторонний (реализация населению)"), ("B2B", True, "thin_record", "UZ")


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = "Исходящие"
    ws.append(["Исходящие документы: Счёт-фактура, период 01.07.2024 - 31.12.2024, отправитель: ООО «TECHNO PLAZA SERVICE», ИНН 305918472"])
    ws.append([])
    head = ["№", "Тип счёта-фактуры", "Номер документа", "Дата документа", "Номер договора", "Покупатель", "ИНН/ПИНФЛ покупателя",
            "Наименование товара (услуги)", "Код ИКПУ", "Единица измерения", "Количество", "Цена", "Стоимость поставки",
            "НДС ставка", "НДС сумма", "Стоимость поставки с учётом НДС", "Статус"]
    ws.append(head)
    labels = []
    d = date(2024, 7, 1)
    i = 0
    n = 0
    while n < 190:
        rec, lab = doc()
        i += 1
        d += timedelta(days=rng.randint(0, 2))
        num = f"TPS-{i:05d}"
        status = rng.choice(["Подписан", "Подписан", "Подписан", "Ожидает подписи контрагента", "Отклонён"]) if rec["buyer"] else "Подписан"
        for name, code, unit, q, price in rec["items"]:
            cost = q * price
            vat = round(cost * 0.12)
            ws.append([n + 1, rec["typ"], num, d.strftime("%d.%m.%Y"), rec["contract"], rec["buyer"], rec["tin"], name, code, unit,
                       q, price, cost, "12%", vat, cost + vat, status])
            labels.append(lab)
            n += 1
    save_xlsx(wb, LAYOUTS / f"{ID}.xlsx")
    meta = {
        "id": ID, "system": "Didox (didox.uz, оператор ЭДО Узбекистана) — исходящие электронные счета-фактуры, выгрузка реестра в Excel с товарными строками",
        "country": "UZ", "language": "ru",
        "docs": ["public documentation: the pay-uz toolkit release notes (github.com/shaxzodbek-uzb/pay-uz) naming Didox as the ЭСФ (e-invoice) operator and its document life cycle (create, sign, accept/reject/cancel), and a Soliq service API README (uadilov/Soliq-Service-API-Documentation) showing buyer lookup by tinOrPinfl, Uzbek organisation names in Latin upper case with the form spelled out (\"…\" MAS'ULIYATI CHEKLANGAN JAMIYAT) and 12% VAT payers. The Excel column names, title line and one-row-per-item layout are my assumption from the ЭСФ form (ИКПУ code, unit, quantity, price, cost, VAT rate/sum, cost with VAT); not confirmed by a Didox spec."],
        "fields": {"buyer": "Покупатель", "product": "Наименование товара (услуги)", "quantity": "Количество",
                   "amount": "Стоимость поставки с учётом НДС", "tax_id": "ИНН/ПИНФЛ покупателя", "email": None, "payment": None,
                   "comment": "Номер договора"},
        "also_ok": {"amount": ["Стоимость поставки"], "comment": ["Тип счёта-фактуры"]},
        "notes": "Line 1 is a title (period, seller), line 2 blank, header on line 3. One row per item line of a ЭСФ; all lines of one 'Номер документа' share the label. № is a running row number. ИНН/ПИНФЛ holds a 9-digit ИНН (organisations, budget bodies) or a 14-digit ПИНФЛ (persons and YaTT/ИП sole traders). 'Односторонний (реализация населению)' invoices have no buyer (sales to the population). Contract numbers ending '(xarid.uzex.uz)' mark public-procurement contracts; state-owned AJ companies cite corporate procurement. ИНН values have no published check digit and are random; ПИНФЛ check digit computed with weights 7-3-1.",
    }
    write_key(ID, meta, labels)


if __name__ == "__main__":
    main()
