"""СБИС (Saby) реестр исходящих документов реализации, выгрузка в Excel с товарными строками. Seeded."""
import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openpyxl import Workbook  # noqa: E402
from e_common import LAYOUTS, save_xlsx, inn10, inn12, kpp, write_key  # noqa: E402
from e_ru_names import person  # noqa: E402

ID = "e_ru_sbis_reestr_dokumentov"
rng = random.Random(6202)

HEAD = ["Дата", "Номер", "Тип документа", "Контрагент", "ИНН", "КПП", "Наименование", "Ед. изм.", "Кол-во",
        "Цена", "Сумма без НДС", "Ставка НДС", "Сумма НДС", "Сумма с НДС", "Основание", "Состояние",
        "Ответственный", "Примечание"]

GOODS_OFFICE = [("Бумага офисная SvetoCopy A4 80 г/м2 500 л.", "пач", 395.0),
                ("Бумага офисная Снегурочка A4 80 г/м2 500 л.", "пач", 410.0),
                ("Ручка шариковая BRAUBERG \"Basic\" синяя 0,7 мм", "шт", 9.5),
                ("Папка-регистратор ERICH KRAUSE 70 мм, синяя", "шт", 189.0),
                ("Картридж лазерный HP 59A (CF259A)", "шт", 8325.0),
                ("Тонер-картридж Pantum TL-420X", "шт", 2490.0),
                ("Степлер KW-trio 5590 № 24/6", "шт", 358.0),
                ("Скрепки 28 мм, 100 шт., BRAUBERG", "уп", 24.0),
                ("Маркер для доски Attache ассорти, 4 цв.", "наб", 215.0),
                ("Тетрадь 12 л. клетка \"Hatber\"", "шт", 8.4),
                ("Конверт C4 229x324 с отр. лентой", "шт", 7.8)]
GOODS_CLEAN = [("Полотенца бумажные Tork Advanced H2, 21 пач.", "кор", 2870.0),
               ("Мыло жидкое Tork Premium 1 л (S1)", "шт", 640.0),
               ("Средство моющее Grass \"Desprey\" 600 мл", "шт", 198.0),
               ("Перчатки нитриловые Benovy, размер M, 100 шт.", "уп", 395.0),
               ("Мешки для мусора 120 л, 10 шт., ПВД", "рул", 165.0),
               ("Туалетная бумага Tork Universal T2, 12 рул.", "уп", 1490.0),
               ("Средство дезинфицирующее \"Ника-Хлор\" 300 таб.", "бан", 820.0)]
GOODS_HOUSE = [("Чайник электрический Scarlett SC-EK18P44", "шт", 1650.0),
               ("Микроволновая печь Midea MM720CY6-W", "шт", 6990.0),
               ("Обогреватель масляный Ballu BOH/CL-09", "шт", 4575.0),
               ("Пылесос Bosch BGS05A225", "шт", 8990.0),
               ("Холодильник Бирюса 118", "шт", 14990.0)]

COMPANIES = ["ООО «Стройтехмонтаж»", "ООО «Северная логистика»", "АО «Уральский завод РТИ»", "ООО «Меридиан»",
             "ООО «Агрокомплекс Кубань»", "ООО \"ПРОФИТ\"", "ООО «СК Гарант»", "ООО «Клиника Эксперт»",
             "ООО «Региональный центр поставок»", "АО «Тандер»", "ООО «Инвест-Девелопмент»", "ООО «ТД Восток»",
             "ООО \"ЧИСТЫЙ ГОРОД\"", "ООО «Автоцентр на Ленина»", "ООО «Частная школа «Альма Матер»»",
             "ООО «Бухгалтерская компания «Баланс»»", "ООО «ЛЕНТА»", "ЗАО «Форум-Сервис»"]
NONPROFIT = [("ТСЖ «Радужный-7»", "homeowners_association"), ("АНО ДО «Детский центр «Лучик»»", "nonprofit"),
             ("Ассоциация «Союз строителей Уральского региона»", "association"),
             ("Местная православная религиозная организация Приход Свято-Троицкого храма г. Тюмени", "religious_organisation"),
             ("НОУ ДПО «Учебный центр «Профессионал»»", "private_school")]
STATE = [("МБОУ «СОШ № 12» г. Сургута", "municipal_school"), ("МБОУ «Лицей № 3» г. Сургута", "municipal_school"),
         ("МАДОУ «Детский сад № 45 «Красная шапочка»", "municipal_kindergarten"),
         ("МБДОУ «Детский сад № 7 «Берёзка»", "municipal_kindergarten"),
         ("ГБУЗ «Сургутская окружная клиническая больница»", "public_hospital"),
         ("ГБУЗ ТО «Областная клиническая больница № 1»", "public_hospital"),
         ("Администрация города Сургута", "municipality"), ("Администрация Тюменского муниципального района", "municipality"),
         ("ГКУ ТО «Управление автомобильных дорог»", "state_agency"),
         ("ФГБОУ ВО «Тюменский индустриальный университет»", "public_university"),
         ("МКУ «Управление по делам ГО и ЧС г. Сургута»", "municipal_agency"),
         ("МУП «Тюменьводоканал»", "municipal_unitary_enterprise"), ("ГАУ ТО «Центр спортивной подготовки»", "state_institution"),
         ("ФКУ «Центр хозяйственного и сервисного обеспечения УМВД России по Тюменской области»", "federal_agency"),
         ("БУ ХМАО-Югры «Сургутская городская клиническая поликлиника № 1»", "public_hospital"),
         ("Департамент образования Администрации города Тюмени", "municipality")]

docs = []


def ikz(inn):
    return "25" + inn + "".join(str(rng.randint(0, 9)) for _ in range(24))


def doc(buyer, inn, kp, label, amb, kind, lines, basis="", note="", dtype=None):
    docs.append(dict(buyer=buyer, inn=inn, kpp=kp, label=label, amb=amb, kind=kind, lines=lines, basis=basis,
                     note=note, dtype=dtype or rng.choice(["УПД (СЧФДОП)", "УПД (СЧФДОП)", "Накладная ТОРГ-12"])))


def biz_lines(n=None, big=False):
    pool = GOODS_OFFICE + GOODS_CLEAN
    n = n or rng.choice([1, 2, 2, 3, 3, 4])
    return [(g, rng.choice([5, 10, 20, 40, 50, 100]) if g[2] < 500 else rng.choice([2, 3, 5, 10])) for g in rng.sample(pool, n)]


for _ in range(30):
    name = rng.choice(COMPANIES)
    i = inn10(rng, "72")
    doc(name, i, kpp(i, rng), "B2B", False, "company", biz_lines(),
        basis=rng.choice(["Договор поставки № {}/25".format(rng.randint(10, 299)), "Счёт № {}".format(rng.randint(100, 999)), ""]))
for _ in range(8):
    sur, first, patr, _f = person(rng)
    name = f"ИП {sur} {first} {patr}" if rng.random() < 0.6 else f"Индивидуальный предприниматель {sur} {first[0]}. {patr[0]}."
    doc(name, inn12(rng, "72"), "", "B2B", False, "sole_trader", biz_lines(rng.choice([1, 2])),
        basis="Счёт № {}".format(rng.randint(100, 999)))
for name, kind in NONPROFIT:
    i = inn10(rng, "72")
    doc(name, i, kpp(i, rng), "B2B", False, kind, biz_lines())
for name, kind in STATE:
    i = inn10(rng, "86" if "Сургут" in name or "ХМАО" in name else "72")
    r = rng.random()
    basis = ("Муниципальный контракт № {} от {}.0{}.2025, ИКЗ {}".format(rng.randint(1, 90), rng.randint(10, 28), rng.randint(1, 3), ikz(i))
             if r < 0.45 else "Договор № {}-44 (п. 4 ч. 1 ст. 93 44-ФЗ)".format(rng.randint(1, 120)) if r < 0.8 else "Договор поставки № {}".format(rng.randint(1, 99)))
    if "ГАУ" in name or "МУП" in name:
        basis = "Договор № {} по 223-ФЗ".format(rng.randint(1, 99))
    doc(name, i, kpp(i, rng), "B2G", False, kind, biz_lines(), basis=basis)
for name, kind in rng.sample(STATE, 9):  # repeat deliveries
    i = inn10(rng, "72")
    doc(name, i, kpp(i, rng), "B2G", False, kind, biz_lines(), basis="Контракт № {}-ЭА/25".format(rng.randint(1, 60)))
# ambiguous / special
i = inn10(rng, "86")
doc("МБОУ «СОШ № 12» г. Сургута", i, kpp(i, rng), "B2G", True, "municipal_school_household_item",
    [(GOODS_HOUSE[0], 1)], basis="Договор № 57 (п. 5 ч. 1 ст. 93 44-ФЗ)")
i = inn10(rng, "72")
doc("ООО «Меридиан»", i, kpp(i, rng), "B2B", True, "company_household_item", [(GOODS_HOUSE[1], 1)], basis="Счёт № 612")
i = inn10(rng, "72")
doc("ООО \"ПРОФИТ\"", i, kpp(i, rng), "B2B", True, "company_household_item", [(GOODS_HOUSE[2], 1), (GOODS_HOUSE[0], 1)])
i = inn10(rng, "77")
doc("ОАО «РЖД»", i, kpp(i, rng), "B2B", True, "state_owned_company", biz_lines(3),
    basis="Договор № 3281/ОКЭ-ЦДЗС/25 по результатам закупки 223-ФЗ")
i = inn10(rng, "77")
doc("ПАО «Газпром нефть»", i, kpp(i, rng), "B2B", False, "state_owned_company", biz_lines(2), basis="Договор поставки № ГПН-25/1187")
i = inn10(rng, "72")
doc("АО «Почта России»", i, kpp(i, rng), "B2B", True, "state_owned_company", biz_lines(2),
    basis="Договор по 223-ФЗ, закупка № 32514512009")
i = inn10(rng, "66")
doc("Региональный фонд содействия капитальному ремонту общего имущества в многоквартирных домах Свердловской области", i,
    kpp(i, rng), "B2B", True, "state_founded_fund", biz_lines(2))
i = inn10(rng, "77")
doc("АНО «Россия — страна возможностей»", i, kpp(i, rng), "B2B", True, "state_founded_nonprofit", biz_lines(2))
i = inn12(rng, "72")
sur, first, patr, _f = person(rng)
doc(f"ИП {sur} {first} {patr}", i, "", "B2B", True, "sole_trader_household_item", [(GOODS_HOUSE[4], 1)],
    note="Доставка по адресу: ул. Мельникайте, д. 101, кв. 48")
# persons
for _ in range(6):
    sur, first, patr, _f = person(rng)
    name = rng.choice([f"{sur} {first} {patr}", f"{sur} {first[0]}.{patr[0]}.", f"{sur.upper()} {first.upper()} {patr.upper()}"])
    doc(name, rng.choice(["", "", inn12(rng, "72")]), "", "B2C", False, "private_person",
        [(g, rng.choice([1, 1, 2])) for g in rng.sample(GOODS_HOUSE + GOODS_OFFICE[:2], rng.choice([1, 2]))],
        dtype="Накладная ТОРГ-12", note=rng.choice(["", "Оплата наличными", "Самовывоз"]))
for _ in range(3):
    doc("Частное лицо", "", "", "B2C", False, "anonymous_retail", [(rng.choice(GOODS_HOUSE), 1)], dtype="Накладная ТОРГ-12")
sur, first, patr, _f = person(rng)
doc(f"{sur} {first} {patr}", "", "", "B2C", True, "private_person_bulk", [(GOODS_HOUSE[0], 30)], dtype="Накладная ТОРГ-12")
sur, first, patr, _f = person(rng)
doc(f"{sur} {first} {patr}", "", "", "B2B", True, "private_person_resale", [(GOODS_CLEAN[0], 12), (GOODS_CLEAN[5], 12)],
    dtype="Накладная ТОРГ-12", note="Со слов покупателя — для перепродажи в магазине")
sur, first, patr, _f = person(rng)
doc(f"{sur} {first} {patr}", "", "", "B2B", True, "person_pays_company_invoice", biz_lines(2),
    note="Оплата за ООО «Северная логистика» по счёту № 845 физлицом")
# thin: buyer empty
doc("", "", "", "B2B", True, "thin_record", [(GOODS_OFFICE[4], 6)])
doc("", "", "", "B2C", True, "thin_record", [(GOODS_HOUSE[3], 1)])

rng.shuffle(docs)
wb = Workbook()
ws = wb.active
ws.title = "Реестр"
ws.append(["Реестр документов: Исходящие — Реализация"])
ws.append(["Наша организация: ООО «ТК Снабсервис», ИНН 7203445218"])
ws.append(["Период: 01.01.2025 - 31.03.2025"])
ws.append([])
ws.append(HEAD)
labels = []
d0 = date(2025, 1, 9)
num = 14
tot = [0.0, 0.0, 0.0]
emp = ["Кравцова О. В.", "Шарипов Р. Р.", "Кравцова О. В.", "Дьячкова М. А."]
for dd in docs:
    num += 1
    d0 += timedelta(days=rng.choice([0, 0, 1, 1, 2]))
    if d0 > date(2025, 3, 31):
        d0 = date(2025, 3, 31)
    state = rng.choice(["Выполнение завершено успешно"] * 6 + ["Отправлен", "Доставлен", "Ожидает подписи контрагента"])
    if dd["dtype"] == "Накладная ТОРГ-12" and not dd["inn"]:
        state = "Выполнение завершено успешно"
    e = rng.choice(emp)
    for (g, q) in dd["lines"]:
        net = round(g[2] * q, 2)
        vat = round(net * 0.2, 2)
        tot[0] += net; tot[1] += vat; tot[2] += net + vat
        ws.append([d0.strftime("%d.%m.%Y"), str(num), dd["dtype"], dd["buyer"], dd["inn"], dd["kpp"], g[0], g[1], q,
                   g[2], net, "20%", vat, round(net + vat, 2), dd["basis"], state, e, dd["note"]])
        labels.append(dict(label=dd["label"], amb=dd["amb"], kind=dd["kind"], country="RU"))
ws.append(["Итого", None, None, None, None, None, None, None, None, None, round(tot[0], 2), None, round(tot[1], 2), round(tot[2], 2)])
for row in ws.iter_rows(min_row=6):
    for c in (row[4], row[5]):
        c.number_format = "@"
    for c in (row[9], row[10], row[12], row[13]):
        c.number_format = "#,##0.00"
LAYOUTS.mkdir(parents=True, exist_ok=True)
save_xlsx(wb, LAYOUTS / f"{ID}.xlsx")

meta = {
    "id": ID,
    "system": "СБИС (Saby), раздел Документы → Исходящие (реализация): список документов, выгрузка в Excel с товарными строками",
    "country": "RU",
    "language": "ru",
    "docs": [
        "No Saby help page on the list export was found in the public documentation searched; the layout (title lines with register name, own organisation and period; one line per goods line of each УПД/ТОРГ-12; document state 'Выполнение завершено успешно'; a closing 'Итого' line) is my reading of how the Saby document list prints to Excel, not a documented column list.",
        "EDI-N docs (github EDI-N/DocsClone4, 'Instruktsiya_po_zavantazhennyu_reyestru_komdok'): an EDO operator's Excel register of commercial documents lists sender/recipient company name and registry code per document — confirms the register-of-documents shape (counterparty + code + document data per row)."
    ],
    "fields": {"buyer": "Контрагент", "product": "Наименование", "quantity": "Кол-во", "amount": "Сумма с НДС",
               "tax_id": "ИНН", "email": None, "payment": None, "comment": "Примечание"},
    "also_ok": {"amount": ["Сумма без НДС"], "comment": ["Основание"]},
    "notes": "XLSX, sheet 'Реестр'. Rows 1-3 are title lines (register name, own organisation, period), row 4 blank, row 5 the header (read with header=4). One row per goods line; document fields (Дата, Номер, Тип документа, Контрагент, ИНН, КПП, Основание, Состояние, Ответственный, Примечание) repeat on each line of a document. Last line 'Итого' is a totals line, not a record. 'Основание' holds the contract reference (муниципальный контракт with 36-digit ИКЗ, 44-ФЗ / 223-ФЗ agreements). Labels are per document."
}
write_key(ID, meta, labels)
print(ID, len(labels), "rows,", len(docs), "docs")
