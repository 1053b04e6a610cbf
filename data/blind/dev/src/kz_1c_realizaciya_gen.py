"""Generator: kz_1c_realizaciya -- 1C:Бухгалтерия для Казахстана, реестр документов
«Реализация ТМЗ и услуг» saved to XLSX (title lines + header + lines + totals row).
Seeded; rebuild with: python kz_1c_realizaciya_gen.py"""
import json, random, csv
from pathlib import Path
import openpyxl

SEED = 4101
R = random.Random(SEED)
BASE = Path(__file__).resolve().parent.parent
LID = "kz_1c_realizaciya"


def kz_check(d11):
    w1 = list(range(1, 12))
    s = sum(int(a) * b for a, b in zip(d11, w1)) % 11
    if s == 10:
        w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
        s = sum(int(a) * b for a, b in zip(d11, w2)) % 11
        if s == 10:
            return None
    return str(s)


def bin_():
    while True:
        yy = R.choice(["98", "99", "01", "03", "05", "07", "09", "11", "13", "15", "17", "19", "21"])
        mm = "%02d" % R.randint(1, 12)
        d11 = yy + mm + "4" + "0" + "".join(str(R.randint(0, 9)) for _ in range(5))
        c = kz_check(d11)
        if c is not None:
            return d11 + c


def iin():
    while True:
        yy = R.randint(55, 99)
        d = "%02d%02d%02d" % (yy, R.randint(1, 12), R.randint(1, 28))
        d11 = d + R.choice("34") + "".join(str(R.randint(0, 9)) for _ in range(4))
        c = kz_check(d11)
        if c is not None:
            return d11 + c


# product catalogue: (name, unit, price KZT, household?)
OFFICE = [("Бумага офисная Svetocopy A4, 500 л.", "пачка", 2150), ("Бумага офисная SvetoCopy A3, 500 л.", "пачка", 4600),
          ("Папка-регистратор 75 мм", "шт", 950), ("Ручка шариковая BIC Round Stic синяя", "шт", 120),
          ("Картридж HP 85A (CE285A)", "шт", 18900), ("Картридж Canon 725", "шт", 16500),
          ("Тонер-картридж Kyocera TK-1170", "шт", 24800), ("Степлер Kangaro HD-10", "шт", 1900),
          ("Скоросшиватель картонный", "шт", 85), ("Файлы А4 100 шт", "упак", 1450),
          ("Журнал регистрации входящей корреспонденции", "шт", 1200), ("Маркер текстовыделитель Stabilo", "шт", 450)]
IT = [("Ноутбук Lenovo IdeaPad 3 15\"", "шт", 289000), ("Монитор Samsung 24\" S24R350", "шт", 74900),
      ("МФУ лазерное HP LaserJet Pro M428fdn", "шт", 239000), ("Клавиатура + мышь Logitech MK270", "компл", 11900),
      ("ИБП APC Back-UPS 650VA", "шт", 42500), ("Коммутатор TP-Link TL-SG1024D", "шт", 38900),
      ("Лицензия 1С:Бухгалтерия 8 для Казахстана ПРОФ", "шт", 152000), ("Сервер Dell PowerEdge R350", "шт", 1890000),
      ("Проектор Epson EB-X49", "шт", 265000), ("Шкаф серверный 19\" 42U", "шт", 310000)]
FURN = [("Кресло офисное Бюрократ CH-868", "шт", 38900), ("Стол письменный 1200x600", "шт", 42000),
        ("Шкаф для документов 800x400x1850", "шт", 76000), ("Стул ученический регулируемый", "шт", 14500),
        ("Парта ученическая двухместная", "шт", 29900), ("Доска маркерная 100x150", "шт", 36500)]
HOUSE = [("Чайник электрический Tefal KO1501", "шт", 12900), ("Микроволновая печь Samsung ME88SUG", "шт", 48900),
         ("Холодильник Indesit DS 4180 W", "шт", 169000), ("Кондиционер бытовой Midea MSAG-12HRN1", "шт", 219000),
         ("Телевизор Samsung UE55CU7100", "шт", 259000), ("Стиральная машина LG F2J3HS0W", "шт", 189000),
         ("Пылесос Philips FC9332", "шт", 52000), ("Утюг Philips GC2675", "шт", 18900),
         ("Смартфон Samsung Galaxy A15 128GB", "шт", 89900), ("Кофеварка капельная Bosch TKA3A031", "шт", 21900)]
CLEAN = [("Средство моющее Fairy 5 л", "шт", 6900), ("Бумага туалетная Kagit 48 рул.", "упак", 8900),
         ("Перчатки нитриловые (100 шт)", "упак", 3200), ("Мешки для мусора 120 л (50 шт)", "упак", 2400),
         ("Швабра с отжимом Vileda", "шт", 9900)]

ORG = "ТОО «АстанаОфисТрейд»"
SKLAD = ["Основной склад", "Склад Алматы", "Основной склад"]
RESP = ["Жумабекова А.Т.", "Ким В.С.", "Оспанов Д.Е."]

# buyers: name, id, kind, label, ambiguous, product pool, qty range, lines range, comment, contract
BUYERS = []

def add(name, idv, kind, label, amb, pools, q=(1, 10), n=(1, 4), comment="", contract=None, times=1, country="KZ"):
    BUYERS.append(dict(name=name, id=idv, kind=kind, label=label, amb=amb, pools=pools, q=q, n=n,
                       comment=comment, contract=contract, times=times, country=country))

G = "B2G"; B = "B2B"; C = "B2C"
# --- state
add("ГУ «Аппарат акима города Алматы»", bin_(), "kz_akimat", G, False, [OFFICE, IT], (2, 30), (2, 5), "", "Договор о госзакупках № 1205-24 от 15.01.2024", 3)
add("ГУ «Аппарат акима Бостандыкского района города Алматы»", bin_(), "kz_akimat", G, False, [OFFICE, FURN], (2, 20), (1, 4), "", "Договор № 58 от 02.02.2024 (портал госзакупок)", 2)
add("ГУ «Аппарат акима Карасайского района Алматинской области»", bin_(), "kz_akimat", G, False, [IT], (1, 5), (1, 3), "", "Договор № 17-ГЗ от 20.02.2024", 1)
add("Акимат города Шымкент", bin_(), "kz_akimat", G, False, [OFFICE], (5, 40), (2, 4), "", "Договор № 311 от 05.03.2024", 1)
add("ГУ «Управление образования города Алматы»", bin_(), "kz_state_body", G, False, [IT, FURN], (2, 25), (2, 4), "", "Договор о госзакупках № 77-УО от 11.01.2024", 2)
add("ГУ «Департамент полиции города Алматы МВД Республики Казахстан»", bin_(), "police", G, False, [OFFICE, IT], (3, 30), (2, 4), "", "Договор № 402/ДП от 22.01.2024", 2)
add("РГУ «Департамент государственных доходов по городу Астане КГД МФ РК»", bin_(), "kz_state_body", G, False, [OFFICE], (10, 60), (2, 5), "", "Договор № 9-ДГД от 09.01.2024", 2)
add("ГУ «Войсковая часть 6654» Национальной гвардии РК", bin_(), "armed_forces_unit", G, False, [FURN, CLEAN], (5, 40), (1, 3), "", "Договор № 12-ВЧ от 14.02.2024", 1)
add("КГУ «Общеобразовательная школа № 175» Управления образования г. Алматы", bin_(), "kz_public_school", G, False, [FURN, OFFICE], (10, 60), (2, 4), "", "Договор № 33 от 18.01.2024", 2)
add("КГУ «Школа-гимназия № 38» акимата города Астаны", bin_(), "kz_public_school", G, False, [IT, OFFICE], (2, 20), (1, 3), "", "Договор № 6-ГЗ от 26.02.2024", 1)
add("КГКП «Ясли-сад № 12 «Балапан» акимата города Караганды", bin_(), "kz_public_kindergarten", G, False, [CLEAN, HOUSE], (2, 12), (2, 3), "", "Договор № 4 от 07.03.2024", 1)
add("КГП на ПХВ «Городская поликлиника № 5» УОЗ г. Алматы", bin_(), "kz_state_enterprise_hospital", G, False, [OFFICE, IT], (2, 30), (2, 4), "", "Договор № 129 от 16.01.2024", 2)
add("ГКП на ПХВ «Алматы Су» акимата города Алматы", bin_(), "kz_state_enterprise", G, False, [IT, OFFICE], (1, 20), (1, 4), "", "Договор № 2401-АС от 10.01.2024", 2)
add("РГП на ПХВ «Казгидромет» Министерства экологии и природных ресурсов РК", bin_(), "kz_state_enterprise", G, False, [IT], (1, 6), (1, 3), "", "Договор № 88-КГМ от 29.01.2024", 1)
add("РГП на ПХВ «Национальный центр экспертизы лекарственных средств и медицинских изделий»", bin_(), "kz_state_enterprise", G, False, [OFFICE, FURN], (5, 30), (2, 4), "", "Договор № 51 от 01.03.2024", 1)
add("РГКП «Казахский национальный университет искусств»", bin_(), "public_university", G, False, [IT, FURN], (2, 10), (1, 3), "", "Договор № 24/ГЗ от 12.02.2024", 1)
add("ГУ «Областной центр крови» Управления здравоохранения Карагандинской области", bin_(), "public_hospital", G, False, [CLEAN], (5, 30), (1, 3), "", "Договор № 7 от 19.03.2024", 1)
# ambiguous state: municipal school buys one kettle
add("КГУ «Общеобразовательная школа № 12» отдела образования г. Костанай", bin_(), "public_school_household_item", G, True, [[HOUSE[0]]], (1, 1), (1, 1), "", "Договор № 3 от 04.03.2024", 1)
add("КГУ «Средняя школа № 7 имени Абая» отдела образования г. Павлодара", bin_(), "public_school_household_item", G, True, [[HOUSE[1], HOUSE[0]]], (1, 1), (1, 2), "", None, 1)
add("ГУ «Аппарат акима Есильского района города Астаны»", bin_(), "state_body_household_item", G, True, [[HOUSE[4]]], (1, 1), (1, 1), "", None, 1)
add("ГУ «Отдел образования Сарыаркинского района г. Астаны»", bin_(), "state_body_household_item", G, True, [[HOUSE[1]]], (1, 1), (1, 1), "", None, 1)
add("Посольство Федеративной Республики Германия в Республике Казахстан", "", "embassy", G, False, [OFFICE, HOUSE], (2, 10), (2, 3), "", None, 1)
# --- business
for nm in ["ТОО «Меломан Home Video»", "ТОО «КазСтройСервис»", "ТОО «Алматинский завод металлоконструкций»",
           "ТОО «Green Food Distribution»", "ТОО «КазЛогистик Групп»", "ТОО «Медицинский центр «Сункар»»",
           "ТОО «Юридическая фирма «Закон и Право»»", "ТОО «Интех Сервис»", "АО «Шымкентпиво»", "АО «Цесна Астық»",
           "ТОО «Rixos Almaty Hotel»", "ТОО «Бухгалтерская компания «Баланс-Центр»»", "АО «Kaspi Bank»",
           "ТОО «Astana Motors»", "ТОО «Стоматология «Дент-Люкс»»"]:
    add(nm, bin_(), "company_with_legal_form", B, False, [OFFICE, IT, FURN, CLEAN], (1, 25), (1, 5), "", "Договор поставки № %d от 2023 г." % R.randint(10, 300), R.choice([1, 2, 2, 3]))
for nm in ["Magnum Cash&Carry", "Sulpak", "Technodom", "Арбуз Групп", "Small", "Евразийский банк"]:
    add(nm, bin_(), "company_no_legal_form", B, False, [OFFICE, CLEAN, IT], (2, 30), (1, 4), "", "Договор № %d-П" % R.randint(1, 99), R.choice([1, 2]))
add("АО «Казахтелеком»", bin_(), "state_owned_company", B, False, [IT, OFFICE], (2, 20), (1, 4), "", "Договор № 145/24 от 10.01.2024", 1)
add("АО «Казпочта»", bin_(), "state_owned_company_procurement", B, True, [OFFICE], (20, 100), (2, 4), "Закупки по Порядку АО «Самрук-Қазына», лот № 2024-0117", "Договор № 12-ЗК-24 по итогам закупа способом открытого тендера", 1)
add("АО «Национальная компания «Қазақстан темір жолы»", bin_(), "state_owned_company_procurement", B, True, [IT], (2, 10), (1, 3), "Закуп через ИС электронных закупок Фонда «Самрук-Қазына», тендер № 902114", "Договор № 1183-ЦЗ от 14.02.2024", 1)
add("АО «КазТрансОйл»", bin_(), "state_owned_company", B, False, [FURN], (4, 15), (1, 2), "", "Договор № 77 от 20.01.2024", 1)
add("ОСИ «Жетысу-15»", bin_(), "homeowners_association", B, False, [CLEAN], (2, 20), (1, 3), "", None, 1)
add("КСК «Самал-3»", bin_(), "homeowners_association", B, False, [CLEAN, OFFICE], (2, 10), (1, 2), "", None, 1)
add("ОФ «Фонд поддержки детей «Бала»»", bin_(), "non_profit", B, False, [OFFICE, HOUSE], (1, 6), (1, 3), "", None, 1)
add("Религиозное объединение «Духовное управление мусульман Казахстана»", bin_(), "religious_organisation", B, False, [FURN], (5, 20), (1, 2), "", None, 1)
add("ЧУ «Международная школа «Мирас» г. Алматы»", bin_(), "private_school", B, False, [IT, FURN], (3, 20), (1, 3), "", "Договор № 14 от 08.01.2024", 1)
add("Учреждение «Университет КИМЭП»", bin_(), "private_university", B, False, [IT, OFFICE], (2, 20), (1, 3), "", "Договор № 5/24", 1)
add("Общественное объединение «Казахстанское общество Красного Полумесяца»", bin_(), "red_cross_national", B, False, [CLEAN, HOUSE], (5, 40), (1, 3), "", None, 1)
add("Представительство Детского фонда ООН (ЮНИСЕФ) в Республике Казахстан", bin_(), "international_org", B, True, [IT, OFFICE], (2, 10), (1, 3), "", "PO 43210987", 1)
add("ТОО «Евразия Трейдинг»", bin_(), "company_household_item", B, True, [[HOUSE[3]]], (1, 1), (1, 1), "", None, 1)
add("ТОО «Аудит-Консалт KZ»", bin_(), "company_household_item", B, True, [[HOUSE[2]]], (1, 1), (1, 1), "", None, 1)
add("ТОО «Nomad Consulting»", bin_(), "company_household_item", B, True, [[HOUSE[1], HOUSE[9], HOUSE[0]]], (1, 1), (2, 3), "", None, 1)
add("АО «Эйр Астана»", bin_(), "state_owned_company_procurement", B, True, [FURN], (5, 20), (1, 2), "Закупки по правилам Фонда «Самрук-Қазына», тендер № 24-0231", "Договор № 3355-ЗАК", 1)
add("Представительство Программы развития ООН (ПРООН) в Казахстане", bin_(), "international_org", B, True, [OFFICE, FURN], (2, 15), (1, 3), "", "PO KAZ10-2024-118", 1)
add("ИП Тлеубаев Марат", iin(), "sole_trader_personal_card", B, True, [[HOUSE[3]]], (1, 1), (1, 1), "оплата личной картой, самовывоз", None, 1)
add("Ержанов Тимур Асанович", iin(), "person_states_business_use", B, True, [[OFFICE[0], OFFICE[1]]], (20, 40), (1, 2), "для работы, оплата наличными", None, 1)
add("Калиева Жанар Сериковна", iin(), "private_person_bulk", C, True, [[HOUSE[0]]], (24, 24), (1, 1), "", None, 1)
# sole traders
for nm in ["ИП Сапаров А.К.", "ИП «Аружан»", "ИП Ким Олег Владимирович", "ИП «ТехноМир» (Ахметова Г.С.)", "ИП Бекмуратов Н.Ж."]:
    add(nm, iin(), "sole_trader", B, False, [OFFICE, IT, CLEAN], (2, 20), (1, 3), "", None, R.choice([1, 2]))
add("ИП Жаксылыков Ерболат", iin(), "sole_trader_personal_card", B, True, [[HOUSE[4]]], (1, 1), (1, 1), "Оплата личной картой Kaspi Gold, без документов", None, 1)
add("ИП Нургалиева Д.М.", iin(), "sole_trader_personal_card", B, True, [[HOUSE[5]]], (1, 1), (1, 1), "оплачено картой физлица", None, 1)
# private persons
for nm in ["Ахметов Ерлан Серикович", "Иванова Светлана Петровна", "Тулегенова Айгерим Маратовна", "Ли Виктор Александрович",
           "Сейткали Данияр Болатович", "Оразбаева Гульнара Кайратовна", "Петренко Андрей Николаевич"]:
    add(nm, iin(), "private_person", C, False, [HOUSE], (1, 2), (1, 2), "", None, 1)
for _ in range(3):
    add("Розничный покупатель", "", "anonymous_retail", C, False, [HOUSE, CLEAN], (1, 2), (1, 3), "", None, 4)
add("Частное лицо", "", "anonymous_retail", C, False, [HOUSE], (1, 1), (1, 2), "", None, 2)
add("Мусин Арман Ерланович", iin(), "private_person_bulk", C, True, [[HOUSE[8]]], (30, 40), (1, 1), "", None, 1)
add("Абдрахманова Сауле Кенжебековна", iin(), "person_states_business_use", B, True, [[HOUSE[7], HOUSE[6]]], (6, 10), (1, 2), "для перепродажи в магазине", None, 1)
add("Гончаров Илья", "", "private_person_sparse", C, False, [HOUSE], (1, 1), (1, 1), "", None, 1)


def main():
    docs = []
    for b in BUYERS:
        for _ in range(b["times"]):
            docs.append(b)
    R.shuffle(docs)
    rows, labels = [], []
    num = 100
    day = 0
    for b in docs:
        num += R.randint(1, 4)
        day = min(day + R.choice([0, 1, 1, 2]), 88)
        m, d = (1 + day // 30, 1 + day % 30) if day // 30 < 3 else (3, 29)
        if m == 2 and d > 29:
            d = 29
        date = "%02d.%02d.2024 %02d:%02d:%02d" % (d, m, R.randint(9, 18), R.randint(0, 59), R.randint(0, 59))
        nlines = R.randint(*b["n"])
        pool = [p for pl in b["pools"] for p in pl]
        items = R.sample(pool, min(nlines, len(pool)))
        sklad = R.choice(SKLAD); resp = R.choice(RESP)
        for it in items:
            name, unit, price = it
            q = R.randint(*b["q"])
            summa = round(price * q / 1.12, 2)
            nds = round(price * q - summa, 2)
            rows.append({"№": len(rows) + 1, "Дата": date, "Номер": "00000%05d" % num, "Организация": ORG,
                         "Контрагент": b["name"], "БИН/ИИН": b["id"], "Договор": b["contract"] or "Основной договор",
                         "Номенклатура": name, "Ед. изм.": unit, "Количество": q, "Цена": float(price),
                         "Сумма без НДС": summa, "% НДС": "12%", "НДС": nds, "Всего": float(price * q),
                         "Склад": sklad, "Комментарий": b["comment"], "Ответственный": resp})
            labels.append((b["label"], b["amb"], b["kind"], b["country"]))
    hdr = list(rows[0].keys())
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "TDSheet"
    ws.append(["Реестр документов «Реализация ТМЗ и услуг»"])
    ws.append(["Период: 01.01.2024 - 31.03.2024; Организация: " + ORG])
    ws.append(hdr)
    for r in rows:
        ws.append([r[h] for h in hdr])
    tot = ["Итого", None, None, None, None, None, None, None, None, sum(r["Количество"] for r in rows), None,
           round(sum(r["Сумма без НДС"] for r in rows), 2), None, round(sum(r["НДС"] for r in rows), 2),
           round(sum(r["Всего"] for r in rows), 2), None, None, None]
    ws.append(tot)
    for row in ws.iter_rows(min_row=4, max_row=ws.max_row):
        for c in row:
            if isinstance(c.value, float):
                c.number_format = '#,##0.00'
    wb.save(BASE / "layouts" / (LID + ".xlsx"))
    with open(BASE / "key" / (LID + ".labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (l, a, k, c) in enumerate(labels):
            w.writerow([i, l, "true" if a else "false", k, c])
    key = {
        "id": LID, "system": "1С:Бухгалтерия для Казахстана 8 — реестр документов «Реализация ТМЗ и услуг» (список с табличной частью, сохранён в XLSX)",
        "country": "KZ", "language": "ru",
        "docs": ["Columns follow the 1C document «Реализация ТМЗ и услуг» of 1С:Бухгалтерия для Казахстана (реквизиты шапки: Дата, Номер, Организация, Контрагент, Договор, Склад, Ответственный, Комментарий; табличная часть Товары: Номенклатура, Количество, Цена, Сумма, % НДС, НДС, Всего) and the counterparty requisite БИН/ИИН. The exact column set of a saved «Реестр документов» report was not found in public docs: closest documented layout, as a user would save the list form with its tabular part to Excel (title lines + totals row)."],
        "fields": {"buyer": "Контрагент", "product": "Номенклатура", "quantity": "Количество", "amount": "Всего",
                   "tax_id": "БИН/ИИН", "email": None, "payment": None, "comment": "Комментарий"},
        "also_ok": {"amount": ["Сумма без НДС"]},
        "notes": "XLSX sheet TDSheet. Lines 1-2 of the sheet are title lines, line 3 is the header, the last line ('Итого') is a totals row: none of these are records (read with header=2 and drop the 'Итого' row). One document (Номер) = one order; all its lines share one label. 'Организация' is the seller. БИН/ИИН are 12 digits with valid check digit (generated, not real registry numbers; names of public bodies are real)."
    }
    (BASE / "key" / (LID + ".json")).write_text(json.dumps(key, ensure_ascii=False, indent=2), encoding="utf-8")
    print(LID, len(rows))


if __name__ == "__main__":
    main()
