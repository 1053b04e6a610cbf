"""Generator: ru_wb_detalizaciya -- Wildberries seller portal, weekly realisation report
«Детализация» downloaded as XLSX. Seeded; rebuild with: python ru_wb_detalizaciya_gen.py"""
import json, random, csv
from datetime import datetime, timedelta
from pathlib import Path
import openpyxl

SEED = 4104
R = random.Random(SEED)
BASE = Path(__file__).resolve().parent.parent
LID = "ru_wb_detalizaciya"

HDR = ["№", "Номер поставки", "Предмет", "Код номенклатуры", "Бренд", "Артикул поставщика", "Название", "Размер", "Баркод",
       "Тип документа", "Обоснование для оплаты", "Дата заказа покупателем", "Дата продажи", "Кол-во", "Цена розничная",
       "Вайлдберриз реализовал Товар (Пр)", "Согласованный продуктовый дисконт, %", "Промокод, %", "Итоговая согласованная скидка, %",
       "Цена розничная с учетом согласованной скидки", "Скидка постоянного Покупателя (СПП), %", "Размер кВВ, %",
       "Вознаграждение с продаж до вычета услуг поверенного, без НДС", "Возмещение за выдачу и возврат товаров на ПВЗ",
       "Эквайринг/Комиссии за организацию платежей", "К перечислению Продавцу за реализованный Товар", "Количество доставок",
       "Количество возврата", "Услуги по доставке товара покупателю", "Общая сумма штрафов", "Виды логистики, штрафов и доплат",
       "Склад", "Страна", "Тип коробов", "Номер таможенной декларации", "Номер сборочного задания", "Код маркировки", "ШК",
       "Srid", "Наименование офиса доставки", "Партнер", "ИНН партнера", "Хранение", "Удержания", "Платная приемка"]

PRODUCTS = [("Комплекты постельного белья", "Постельное белье 2-спальное сатин Евро", "КПБ-САТ-ЕВРО", "Евро", 5490),
            ("Комплекты постельного белья", "Постельное белье 1,5-спальное поплин", "КПБ-ПОП-15", "1,5 сп", 2990),
            ("Полотенца", "Полотенце махровое 70х140 хлопок", "ПОЛ-70140", "70х140", 990),
            ("Полотенца", "Набор полотенец 3 шт в подарочной упаковке", "ПОЛ-НАБ3", "0", 1890),
            ("Пледы", "Плед флисовый 150х200 мягкий", "ПЛЕД-150", "150х200", 1490),
            ("Подушки", "Подушка для сна 50х70 гипоаллергенная", "ПОД-5070", "50х70", 1290),
            ("Одеяла", "Одеяло всесезонное 172х205 бамбук", "ОД-172", "172х205", 3290),
            ("Шторы", "Шторы блэкаут для спальни 2 шт 150х270", "ШТ-БЛ-270", "150х270", 2790),
            ("Наматрасники", "Наматрасник непромокаемый 160х200", "НАМ-160", "160х200", 1990)]
NM = {p[2]: R.randint(150000000, 230000000) for p in PRODUCTS}
BAR = {p[2]: "20%011d" % R.randint(0, 10**11 - 1) for p in PRODUCTS}
SKLAD = ["Коледино", "Электросталь", "Подольск", "Казань", "Краснодар", "Новосибирск", "Тула"]
COUNTRIES = [("Россия", "RU")] * 17 + [("Казахстан", "KZ"), ("Беларусь", "BY"), ("Армения", "AM"), ("Кыргызстан", "KG")]
OFFICES = [("Москва_Мичуринский проспект 20", "ИП Сидоров Алексей Андреевич"), ("Казань_Проспект Победы 100", "ООО \"ПВЗ-КАЗАНЬ\""),
           ("Алматы_Абая 150", "ТОО \"WB Point Almaty\""), ("Минск_Притыцкого 29", "ЧУП \"ПунктВыдачи\""),
           ("Екатеринбург_Малышева 5", "ИП Ахмедова Зарина Руслановна"), ("Санкт-Петербург_Невский 88", "ООО \"ПВЗ СЕВЕР\""),
           ("Ереван_Комитаса 12", "ООО \"ВБ Армения\""), ("Бишкек_Чуй 150", "ОсОО \"WB Пункт\"")]
OFF_INN = {o[1]: ("%012d" % R.randint(10**11, 10**12 - 1)) if o[1].startswith("ИП") else ("%010d" % R.randint(10**9, 10**10 - 1)) for o in OFFICES}


def srid():
    return "%x%s" % (R.randint(10**12, 10**13), R.choice([".0.0", ".1.0", ".0.1"])) if R.random() < 0.5 else "d" + "".join(R.choice("0123456789abcdef") for _ in range(31))


def empty():
    return {h: None for h in HDR}


def main():
    rows, labels = [], []
    t0 = datetime(2024, 3, 4)
    gi = [R.randint(17000000, 19000000) for _ in range(4)]
    # sales
    sales = []
    for _ in range(150):
        sub, name, art, size, price = R.choice(PRODUCTS)
        cname, cc = R.choice(COUNTRIES)
        city = {"RU": ("Москва", "Казань", "Екатеринбург", "Санкт-Петербург"), "KZ": ("Алматы",), "BY": ("Минск",), "AM": ("Ереван",), "KG": ("Бишкек",)}[cc]
        off = R.choice([o for o in OFFICES if o[0].split("_")[0] in city])
        od = t0 - timedelta(days=R.randint(1, 9), hours=R.randint(0, 23))
        sd = t0 + timedelta(days=R.randint(0, 6))
        sales.append(dict(sub=sub, name=name, art=art, size=size, price=price, cname=cname, cc=cc, off=off, od=od, sd=sd, srid=srid(),
                          sklad=R.choice(SKLAD), gi=R.choice(gi), ship=R.randint(10**9, 4 * 10**9)))

    def prod_cols(r, s):
        r.update({"Номер поставки": s["gi"], "Предмет": s["sub"], "Код номенклатуры": NM[s["art"]], "Бренд": "HomeComfort",
                  "Артикул поставщика": s["art"], "Название": s["name"], "Размер": s["size"], "Баркод": BAR[s["art"]],
                  "Склад": s["sklad"], "Страна": s["cname"], "Тип коробов": "Микс", "Номер сборочного задания": s["ship"],
                  "ШК": R.randint(10**10, 10**11), "Srid": s["srid"], "Наименование офиса доставки": s["off"][0],
                  "Партнер": s["off"][1], "ИНН партнера": OFF_INN[s["off"][1]],
                  "Дата заказа покупателем": s["od"].strftime("%Y-%m-%d"), "Дата продажи": s["sd"].strftime("%Y-%m-%d")})

    recs = []
    for s in sales:
        r = empty(); prod_cols(r, s)
        disc = R.choice([35, 40, 45, 50]); spp = R.choice([0, 5, 12, 18, 25])
        pw = round(s["price"] * (100 - disc) / 100, 2)
        retail_amount = round(pw * (100 - spp) / 100, 2)
        kvv = R.choice([19.5, 21.5, 24.5])
        acq = round(retail_amount * 0.015, 2)
        r.update({"Тип документа": "Продажа", "Обоснование для оплаты": "Продажа", "Кол-во": 1, "Цена розничная": float(s["price"]),
                  "Вайлдберриз реализовал Товар (Пр)": retail_amount, "Согласованный продуктовый дисконт, %": disc, "Промокод, %": 0,
                  "Итоговая согласованная скидка, %": disc, "Цена розничная с учетом согласованной скидки": pw,
                  "Скидка постоянного Покупателя (СПП), %": spp, "Размер кВВ, %": kvv,
                  "Вознаграждение с продаж до вычета услуг поверенного, без НДС": round(pw * kvv / 120, 2),
                  "Возмещение за выдачу и возврат товаров на ПВЗ": round(pw * 0.02, 2), "Эквайринг/Комиссии за организацию платежей": acq,
                  "К перечислению Продавцу за реализованный Товар": round(pw * (1 - kvv / 100), 2), "Количество доставок": 0,
                  "Количество возврата": 0, "Услуги по доставке товара покупателю": 0, "Общая сумма штрафов": 0,
                  "Хранение": 0, "Удержания": 0, "Платная приемка": 0})
        recs.append((r, ("B2C", False, "anonymous_marketplace_sale", s["cc"])))
        if R.random() < 0.25:
            l = empty(); prod_cols(l, s)
            l.update({"Тип документа": None, "Обоснование для оплаты": "Логистика", "Кол-во": 0, "Цена розничная": 0,
                      "Вайлдберриз реализовал Товар (Пр)": 0, "К перечислению Продавцу за реализованный Товар": 0,
                      "Количество доставок": 1, "Количество возврата": 0,
                      "Услуги по доставке товара покупателю": round(R.uniform(38, 95), 2), "Общая сумма штрафов": 0,
                      "Виды логистики, штрафов и доплат": "К клиенту при продаже", "Хранение": 0, "Удержания": 0, "Платная приемка": 0})
            recs.append((l, ("B2C", False, "anonymous_marketplace_sale_logistics", s["cc"])))
    # returns of some sales (new rows, same Srid)
    for s in R.sample(sales, 14):
        r = empty(); prod_cols(r, s)
        disc = 40; pw = round(s["price"] * 0.6, 2)
        r.update({"Тип документа": "Возврат", "Обоснование для оплаты": "Возврат", "Кол-во": 1, "Цена розничная": float(s["price"]),
                  "Вайлдберриз реализовал Товар (Пр)": pw, "Итоговая согласованная скидка, %": disc,
                  "Цена розничная с учетом согласованной скидки": pw, "К перечислению Продавцу за реализованный Товар": round(pw * 0.78, 2),
                  "Количество доставок": 0, "Количество возврата": 1, "Услуги по доставке товара покупателю": 0, "Общая сумма штрафов": 0,
                  "Хранение": 0, "Удержания": 0, "Платная приемка": 0})
        recs.append((r, ("B2C", False, "anonymous_marketplace_return", s["cc"])))
    R.shuffle(recs)
    # service lines without buyer/order: storage, penalties, deductions, paid acceptance
    svc = []
    for i in range(7):
        r = empty(); d = (t0 + timedelta(days=i)).strftime("%Y-%m-%d")
        r.update({"Обоснование для оплаты": "Хранение", "Дата заказа покупателем": d, "Дата продажи": d, "Кол-во": 0,
                  "Хранение": round(R.uniform(300, 1900), 2), "Страна": "Россия"})
        svc.append(r)
    for txt in ["Штраф за недовложение товара в поставку", "Штраф за нарушение правил маркировки", "Штраф за отмену заказа"]:
        r = empty(); r.update({"Обоснование для оплаты": "Штраф", "Кол-во": 0, "Общая сумма штрафов": float(R.choice([500, 1000, 1500])),
                               "Виды логистики, штрафов и доплат": txt, "Дата продажи": (t0 + timedelta(days=R.randint(0, 6))).strftime("%Y-%m-%d"),
                               "Страна": "Россия", "Склад": R.choice(SKLAD)})
        svc.append(r)
    for txt in ["Оказание услуг «WB.Продвижение»", "Удержание за подписку «Джем»", "Удержание за отзывы"]:
        r = empty(); r.update({"Обоснование для оплаты": "Удержание", "Кол-во": 0, "Удержания": float(R.choice([1990, 5000, 12000, 360])),
                               "Виды логистики, штрафов и доплат": txt, "Дата продажи": (t0 + timedelta(days=6)).strftime("%Y-%m-%d")})
        svc.append(r)
    r = empty(); r.update({"Обоснование для оплаты": "Платная приемка", "Номер поставки": gi[0], "Кол-во": 0, "Платная приемка": 2450.0,
                           "Дата продажи": (t0 + timedelta(days=2)).strftime("%Y-%m-%d"), "Склад": "Коледино"})
    svc.append(r)
    for r in svc:
        recs.append((r, ("B2C", True, "marketplace_service_line_no_buyer", "RU")))
    for i, (r, lab) in enumerate(recs):
        r["№"] = i + 1
        rows.append([r[h] for h in HDR]); labels.append(lab)
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Sheet1"
    ws.append(HDR)
    for r in rows:
        ws.append(r)
    wb.save(BASE / "layouts" / (LID + ".xlsx"))
    with open(BASE / "key" / (LID + ".labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (l, a, k, c) in enumerate(labels):
            w.writerow([i, l, "true" if a else "false", k, c])
    key = {
        "id": LID, "system": "Wildberries (портал продавцов «WB Партнёры»): еженедельный отчёт о реализации, «Детализация», XLSX",
        "country": "RU", "language": "ru",
        "docs": ["Headers taken from the Wildberries weekly realisation report detail as listed by public parsers of the downloaded XLSX (№; Номер поставки; Предмет; Код номенклатуры; Бренд; Артикул поставщика; Название; Размер; Баркод; Тип документа; Обоснование для оплаты; Дата заказа покупателем; Дата продажи; Кол-во; Цена розничная; Вайлдберриз реализовал Товар (Пр); Согласованный продуктовый дисконт, %; ...; Склад; Страна; Тип коробов; ...; ШК; Srid) and the statistics API reportDetailByPeriod field descriptions (office_name Наименование офиса доставки, ppvz_supplier_name Партнер, ppvz_inn ИНН партнера, storage_fee Хранение, deduction Удержания, acceptance Платная приемка). A subset of the ~70 real columns is kept, in the real order."],
        "fields": {"buyer": None, "product": "Название", "quantity": "Кол-во", "amount": "Вайлдберриз реализовал Товар (Пр)",
                   "tax_id": None, "email": None, "payment": None, "comment": None},
        "also_ok": {"product": ["Предмет"], "amount": ["Цена розничная с учетом согласованной скидки", "К перечислению Продавцу за реализованный Товар"]},
        "notes": "XLSX, one header line, no totals. The buyer is never named: Wildberries sells to anonymous retail buyers. 'Партнер' / 'ИНН партнера' are the pick-up point (ПВЗ) operator, NOT the buyer (so tax_id is null). One order = one Srid: its Продажа, Логистика and Возврат rows share one label. Rows with 'Обоснование для оплаты' Хранение / Штраф / Удержание / Платная приемка have no order and no buyer (marketplace charges)."
    }
    (BASE / "key" / (LID + ".json")).write_text(json.dumps(key, ensure_ascii=False, indent=2), encoding="utf-8")
    print(LID, len(rows))


if __name__ == "__main__":
    main()
