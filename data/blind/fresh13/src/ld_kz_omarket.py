"""ld_kz_omarket_zakazy: OMarket.kz (e-shop for public and quasi-public procurement) — supplier's orders register, XLSX.

Seeded; rebuilds layouts/ld_kz_omarket_zakazy.xlsx and its key files exactly.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ld_common import LAYOUTS, kz_bin, kz_valid, lab, write_key  # noqa: E402

ID = "ld_kz_omarket_zakazy"
rng = random.Random(130404)

TITLE = "Реестр заказов поставщика ТОО «Office Pro Astana» за период с 01.04.2024 по 30.09.2024"
HEADER = ["№ п/п", "Номер заказа", "Дата заказа", "Вид закупок", "Заказчик", "БИН заказчика", "Регион",
          "Адрес доставки", "Номер пункта плана", "Код ЕНС ТРУ", "Наименование товара", "Ед. изм.", "Количество",
          "Цена за ед., тенге", "Сумма, тенге", "Сумма заказа, тенге", "Условия оплаты", "Статус заказа",
          "Номер договора", "Контактное лицо", "Телефон", "E-mail заказчика", "Комментарий"]

P = {  # key: (name, ЕНС ТРУ code, unit, price KZT)
    "paper": ("Бумага офисная А4, 80 г/м², 500 листов (SvetoCopy)", "171214.300.000001", "пачка", 2650),
    "cart": ("Картридж лазерный HP CF259A (59A), оригинальный", "282519.900.000014", "штука", 48500),
    "nb": ("Ноутбук Lenovo V15 G4 IRU, Core i5-13420H/16GB/512GB SSD", "262011.100.000004", "штука", 329000),
    "mfu": ("МФУ лазерное Canon i-SENSYS MF455dw", "262016.900.000021", "штука", 245000),
    "printer": ("Принтер лазерный Pantum P2500W", "262016.400.000009", "штука", 59900),
    "monitor": ("Монитор Samsung S24C310EAI 24\"", "262017.100.000003", "штука", 62000),
    "ups": ("Источник бесперебойного питания APC Back-UPS BX950MI", "271150.500.000002", "штука", 68000),
    "projector": ("Проектор мультимедийный Epson EB-W06", "267013.500.000001", "штука", 289000),
    "chair": ("Стул офисный ИЗО, каркас металлический, черный", "310111.300.000010", "штука", 12500),
    "chair2": ("Кресло офисное для руководителя, экокожа", "310111.100.000002", "штука", 78000),
    "cabinet": ("Шкаф металлический для документов ШМ-1800", "310112.500.000006", "штука", 95000),
    "board": ("Доска маркерная магнитная 100×200 см", "329913.900.000004", "штука", 42000),
    "gloves": ("Перчатки медицинские нитриловые неопудренные, 100 шт/уп", "221960.300.000005", "упаковка", 3900),
    "masks": ("Маска медицинская трехслойная, 50 шт/уп", "325050.500.000007", "упаковка", 1200),
    "antisept": ("Антисептик кожный спиртосодержащий, 5 л", "202014.900.000011", "штука", 6500),
    "fairy": ("Средство для мытья посуды Fairy, 900 мл", "204132.200.000012", "штука", 1650),
    "bleach": ("Средство чистящее «Белизна», 1 л", "204132.500.000019", "штука", 790),
    "towel": ("Полотенца бумажные Z-сложения, 200 листов", "172212.500.000003", "упаковка", 890),
    "lamp": ("Лампа светодиодная LED 12 Вт, цоколь E27", "274012.900.000023", "штука", 650),
    "fire": ("Огнетушитель порошковый ОП-5 (з)", "282922.500.000001", "штука", 8900),
    "kettle": ("Электрочайник Scarlett SC-EK27G89, 1,7 л", "275124.100.000001", "штука", 9990),
    "micro": ("Микроволновая печь Samsung ME88SUB", "275124.500.000002", "штука", 39990),
    "fridge": ("Холодильник Indesit ITS 4180 W", "275111.000.000004", "штука", 189000),
}
OFFICE = ["paper", "cart", "nb", "mfu", "printer", "monitor", "ups", "projector", "chair", "chair2", "cabinet", "board"]
HYG = ["gloves", "masks", "antisept", "fairy", "bleach", "towel"]
HOUSEHOLD = ["kettle", "micro", "fridge"]
CATEGORIES = [["paper", "cart"], ["nb", "monitor", "ups"], ["mfu", "printer", "cart"], ["chair", "chair2", "cabinet",
              "board"], ["gloves", "masks", "antisept"], ["fairy", "bleach", "towel"], ["lamp", "fire"],
              ["projector", "board"]]

KZ_M = ["Ерлан", "Нурлан", "Данияр", "Бауыржан", "Асхат", "Ержан", "Серик", "Марат", "Арман", "Руслан", "Сергей",
        "Андрей", "Дмитрий", "Тимур", "Азамат"]
KZ_F = ["Айгерим", "Айгуль", "Гульнара", "Динара", "Жанар", "Асель", "Сауле", "Мадина", "Алия", "Назгуль", "Ольга",
        "Елена", "Татьяна", "Гульмира", "Жанна", "Ботагоз"]
KZ_S = [("Ахметов", "Ахметова"), ("Серикбаев", "Серикбаева"), ("Нурланов", "Нурланова"), ("Жумабаев", "Жумабаева"),
        ("Исмаилов", "Исмаилова"), ("Касымов", "Касымова"), ("Абдрахманов", "Абдрахманова"),
        ("Сейтказиев", "Сейтказиева"), ("Омаров", "Омарова"), ("Тулегенов", "Тулегенова"),
        ("Кенжебаев", "Кенжебаева"), ("Бекмуханов", "Бекмуханова"), ("Мукашев", "Мукашева"), ("Есенов", "Есенова"),
        ("Иванов", "Иванова"), ("Ким", "Ким"), ("Пак", "Пак"), ("Шевченко", "Шевченко"), ("Байжанов", "Байжанова")]
PATR = [("Серикович", "Сериковна"), ("Нурланович", "Нурлановна"), ("Маратович", "Маратовна"), ("Ерланович", "Ерлановна"),
        ("Болатович", "Болатовна"), ("Кайратович", "Кайратовна"), ("Александрович", "Александровна"),
        ("Амангельдиевич", "Амангельдиевна")]


def contact() -> str:
    f = rng.random() < 0.65
    s = rng.choice(KZ_S)[1 if f else 0]
    n = rng.choice(KZ_F if f else KZ_M)
    pt = rng.choice(PATR)[1 if f else 0]
    r = rng.random()
    if r < 0.5:
        return f"{s} {n} {pt}"
    if r < 0.8:
        return f"{s} {n[0]}.{pt[0]}."
    if r < 0.9:
        return f"{s} {n}"
    return f"{s.upper()} {n.upper()}"


CITY_CODE = {"г. Астана": "7172", "г. Алматы": "727", "г. Шымкент": "7252", "Карагандинская обл.": "7212",
             "Павлодарская обл.": "7182", "Костанайская обл.": "7142", "Туркестанская обл.": "72533",
             "Акмолинская обл.": "71651", "Актюбинская обл.": "7132"}


def phone(region: str) -> str:
    if rng.random() < 0.55:
        code = CITY_CODE[region]
        rest = 10 - len(code)
        n = f"{rng.randint(0, 10 ** rest - 1):0{rest}d}"
        return f"+7 ({code}) {n[:-4]}-{n[-4:-2]}-{n[-2:]}"
    return f"+7 {rng.choice(['701', '702', '705', '707', '747', '771', '775', '777'])} {rng.randint(100, 999)} " \
           f"{rng.randint(10, 99)} {rng.randint(10, 99)}"


class Org:
    def __init__(self, name, kind, region, addr, email, procurement="ЭГЗ", label="B2G", amb=False, reg=None):
        self.name, self.kind, self.region, self.addr, self.email = name, kind, region, addr, email
        self.proc, self.label, self.amb = procurement, label, amb
        y, m = reg or (rng.randint(1997, 2012), rng.randint(1, 12))
        self.bin = kz_bin(rng, y, m)
        assert kz_valid(self.bin)


B2G = [
    Org("КГУ «Общеобразовательная школа № 45» отдела образования по городу Караганде управления образования "
        "Карагандинской области", "municipal_school", "Карагандинская обл.", "г. Караганда, ул. Бытовая, 19",
        "sosh45_krg@mail.ru"),
    Org("ГУ «Школа-гимназия № 64» акимата города Астаны", "municipal_school", "г. Астана",
        "г. Астана, р-н Алматы, ул. Жумабаева, 10", "school64@astana-bilim.kz"),
    Org("ГККП «Ясли-сад № 12 «Балдәурен» акимата города Астаны", "municipal_kindergarten", "г. Астана",
        "г. Астана, р-н Сарыарка, ул. Кенесары, 70", "baldauren12@mail.ru"),
    Org("ГКП на ПХВ «Городская поликлиника № 4» акимата города Астаны", "public_clinic", "г. Астана",
        "г. Астана, ул. Манаса, 17", "gp4@astana-zdrav.kz"),
    Org("ГКП на ПХВ «Городская многопрофильная больница № 2» управления здравоохранения города Шымкент",
        "public_hospital", "г. Шымкент", "г. Шымкент, ул. Байтурсынова, 9", "gmb2_zakup@mail.ru"),
    Org("ГУ «Аппарат акима Бостандыкского района города Алматы»", "akimat", "г. Алматы",
        "г. Алматы, пр. Гагарина, 91", "bostandyk@almaty.gov.kz"),
    Org("ГУ «Управление образования Туркестанской области»", "regional_agency", "Туркестанская обл.",
        "г. Туркестан, пр. Тауке хана, 2", "uo_turkestan@turkestan.gov.kz"),
    Org("РГУ «Департамент полиции города Шымкент Министерства внутренних дел Республики Казахстан»", "police",
        "г. Шымкент", "г. Шымкент, ул. Тамерлановское шоссе, 60", "dp_shym_tyl@mvd.gov.kz"),
    Org("РГУ «Войсковая часть 6505 Национальной гвардии Республики Казахстан»", "military_unit", "г. Алматы",
        "г. Алматы, ул. Бекмаханова, 93", None),
    Org("РГУ «Войсковая часть 52859»", "military_unit", "Акмолинская обл.", "Акмолинская обл., г. Щучинск", None),
    Org("РГП на ПХВ «Казгидромет» Министерства экологии и природных ресурсов Республики Казахстан",
        "state_enterprise", "г. Астана", "г. Астана, пр. Мангилик Ел, 11/1", "zakup@meteo.kz"),
    Org("НАО «Евразийский национальный университет имени Л.Н. Гумилева»", "public_university", "г. Астана",
        "г. Астана, ул. Сатпаева, 2", "zakup@enu.kz"),
    Org("НАО «Медицинский университет Караганды»", "public_university", "Карагандинская обл.",
        "г. Караганда, ул. Гоголя, 40", "goszakup@qmu.kz"),
    Org("КГП «Областной центр крови» управления здравоохранения Павлодарской области", "public_hospital",
        "Павлодарская обл.", "г. Павлодар, ул. Камзина, 43", "ock_pvl@mail.ru"),
    Org("ГУ «Отдел жилищно-коммунального хозяйства и жилищной инспекции акимата города Костаная»",
        "municipal_agency", "Костанайская обл.", "г. Костанай, ул. Аль-Фараби, 66", "ozhkh@kostanay.gov.kz"),
    Org("ГУ «Аппарат акима сельского округа Коянды Целиноградского района»", "akimat", "Акмолинская обл.",
        "Акмолинская обл., Целиноградский р-н, с. Коянды, ул. Достык, 1", "koyandy_so@mail.ru"),
    Org("РГУ «Департамент государственных доходов по Актюбинской области Комитета государственных доходов "
        "Министерства финансов Республики Казахстан»", "state_agency", "Актюбинская обл.",
        "г. Актобе, пр. Абилкайыр хана, 40", "aktobe_zakup@kgd.gov.kz"),
    Org("КГУ «Центр поддержки детей, находящихся в трудной жизненной ситуации» акимата города Павлодара",
        "social_institution", "Павлодарская обл.", "г. Павлодар, ул. Ломова, 32", "cpd_pvl@mail.ru"),
]
QUASI = [
    Org("АО «Казпочта»", "state_owned_company_procurement", "г. Астана", "г. Астана, ул. Бейбітшілік, 37",
        "zakup@kazpost.kz", "ЕЭП", "B2B", True, (2000, 7)),
    Org("АО «KEGOC»", "state_owned_company_procurement", "г. Астана", "г. Астана, пр. Тәуелсіздік, 59",
        "zakup@kegoc.kz", "ЕЭП", "B2B", True, (1997, 7)),
    Org("АО «Национальная компания «Қазақстан темір жолы»", "state_owned_company_procurement", "г. Астана",
        "г. Астана, ул. Д. Кунаева, 6", "zakup@railways.kz", "ЕЭП", "B2B", True, (2002, 3)),
    Org("АО «Самрук-Энерго»", "state_owned_company_procurement", "г. Астана", "г. Астана, ул. Кабанбай батыра, 15А",
        "procurement@samruk-energy.kz", "ЕЭП", "B2B", True, (2007, 5)),
    Org("АО «Казахтелеком»", "state_owned_company_procurement", "г. Алматы", "г. Алматы, ул. Панфилова, 129",
        "zakup_alm@telecom.kz", "ЕЭП", "B2B", True, (1999, 2)),
    Org("АО «Эйр Астана»", "state_owned_company_procurement", "г. Алматы", "г. Алматы, ул. Закарпатская, 4А",
        "procurement@airastana.com", "ЕЭП", "B2B", True, (2001, 9)),
    Org("НАО «Фонд социального медицинского страхования»", "state_founded_fund", "г. Астана",
        "г. Астана, ул. Д. Кунаева, 8", "zakup@fms.kz", "ЕЭП", "B2B", True, (2016, 6)),
    Org("АО «Фонд развития предпринимательства «Даму»", "state_owned_fund_jsc", "г. Алматы",
        "г. Алматы, ул. Гоголя, 111", "zakup@damu.kz", "ЕЭП", "B2B", True, (1997, 4)),
]

START = dt.date(2024, 4, 1)
orders = []


def when() -> dt.datetime:
    d = START + dt.timedelta(days=rng.randint(0, 182))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return dt.datetime(d.year, d.month, d.day, rng.randint(9, 17), rng.randint(0, 59), rng.randint(0, 59))


def items_for(o: Org):
    if o.kind in ("public_clinic", "public_hospital"):
        cat = rng.choice([["gloves", "masks", "antisept"], ["fairy", "bleach", "towel"], ["paper", "cart"],
                          ["nb", "monitor", "ups"]])
    elif o.kind in ("municipal_school", "municipal_kindergarten", "public_university"):
        cat = rng.choice([["paper", "cart"], ["projector", "board"], ["chair", "cabinet", "board"], ["mfu", "printer", "cart"],
                          ["fairy", "bleach", "towel"]])
    else:
        cat = rng.choice(CATEGORIES)
    ks = rng.sample(cat, rng.randint(1, len(cat)))
    out = []
    for k in ks:
        unit_price = P[k][3]
        if unit_price < 5000:
            q = rng.choice([20, 30, 50, 100, 120, 200])
        elif unit_price < 60000:
            q = rng.choice([2, 4, 5, 10, 12, 20])
        else:
            q = rng.choice([1, 2, 3, 5, 6])
        out.append((k, q))
    return out


def add(o: Org | None, items, label, status=None, comment="", proc=None, name=None, bin_=None):
    d = when()
    status = status or rng.choices(["Исполнен", "Договор заключен", "На подписании договора", "Отклонен поставщиком",
                                    "Отменен заказчиком"], [72, 12, 6, 5, 5])[0]
    proc = proc or (o.proc if o else "ЭГЗ")
    region = o.region if o else rng.choice(list(CITY_CODE))
    head = {
        "Дата заказа": d, "Вид закупок": proc,
        "Заказчик": name if name is not None else (o.name if rng.random() > 0.06 else o.name.upper()),
        "БИН заказчика": bin_ if bin_ is not None else o.bin,
        "Регион": region, "Адрес доставки": o.addr if o else "",
        "Номер пункта плана": str(rng.randint(71000000, 79999999)) if proc == "ЭГЗ" else f"{rng.randint(1200000, 1899999)}-ЕЭП",
        "Условия оплаты": ("Оплата в течение 30 календарных дней с даты подписания акта приема-передачи"
                           if proc == "ЭГЗ" else rng.choice(["Оплата в течение 30 рабочих дней после поставки",
                                                              "Предоплата 30%, остаток — по факту поставки"])),
        "Статус заказа": status,
        "Контактное лицо": contact() if o else "",
        "Телефон": phone(region) if o else "",
        "E-mail заказчика": (o.email or "") if o and rng.random() < 0.9 else "",
        "Комментарий": comment,
    }
    if status in ("Исполнен", "Договор заключен"):
        head["Номер договора"] = f"OM-{d:%y}-{rng.randint(100000, 999999)}"
    lines = []
    for k, q in items:
        name_, code, unit, price = P[k]
        price = round(price * rng.choice([0.97, 0.98, 1.0, 1.0, 1.02]), -1)
        lines.append({"Код ЕНС ТРУ": code, "Наименование товара": name_, "Ед. изм.": unit, "Количество": q,
                      "Цена за ед., тенге": float(price), "Сумма, тенге": float(price * q)})
    head["Сумма заказа, тенге"] = float(sum(l["Сумма, тенге"] for l in lines))
    orders.append((head, lines, label))


COMMENTS_EGZ = ["", "", "", "Доставка до склада заказчика, разгрузка силами поставщика",
                "Поставка в течение 10 рабочих дней со дня заключения договора", "ЭСФ выписать в ИС ЭСФ, АВР не требуется",
                "Товар отечественного производства приветствуется", "Счет на оплату и накладная по форме З-2"]

# --- public buyers (ЭГЗ)
for o in B2G:
    for _ in range(rng.choice([3, 4, 5, 5])):
        add(o, items_for(o), lab("B2G", o.kind, "KZ"), comment=rng.choice(COMMENTS_EGZ))

# --- public buyers buying one household item (B2G, ambiguous)
add(B2G[0], [("kettle", 1)], lab("B2G", "municipal_school_household_item", "KZ", True),
    comment="Для учительской", status="Исполнен")
add(B2G[15], [("micro", 1)], lab("B2G", "akimat_household_item", "KZ", True), status="Исполнен")
add(B2G[2], [("fridge", 1)], lab("B2G", "municipal_kindergarten_household_item", "KZ", True),
    comment="Холодильник для медкабинета", status="Договор заключен")

# --- quasi-public sector (ЕЭП): state-owned companies and funds (B2B, ambiguous)
for o in QUASI:
    for _ in range(rng.choice([1, 1, 2])):
        add(o, items_for(o), lab("B2B", o.kind, "KZ", True),
            comment=rng.choice(["", "Закупка в соответствии с Законом РК «О закупках отдельных субъектов "
                                    "квазигосударственного сектора»", "Поставка на склад филиала, предоплата не предусмотрена",
                                "Доставка в филиал, контакт на месте — кладовщик"]))

# --- thin records
add(None, [("paper", 50)], lab("B2G", "procurement_reference_only", "KZ"), status="Отклонен поставщиком",
    proc="ЭГЗ", name="", bin_="")
add(None, [("chair", 10)], lab("B2B", "thin_record_quasi_public", "KZ", True), status="Отменен заказчиком",
    proc="ЕЭП", name="", bin_="")

orders.sort(key=lambda t: t[0]["Дата заказа"])
nums = sorted(rng.sample(range(1503000, 1899999), len(orders)))
for (h, _, _), n in zip(orders, nums):
    h["Номер заказа"] = str(n)

# ------------------------------------------------------------------ write
wb = Workbook()
ws = wb.active
ws.title = "Заказы"
ws.append([TITLE])
ws["A1"].font = Font(bold=True, size=12)
ws.append(["Сформировано: 01.10.2024 09:12"])
ws.append([])
ws.append(HEADER)
for c in ws[4]:
    c.font = Font(bold=True)
labels = []
i = 0
total = 0.0
for h, lines, lb in orders:
    for ln in lines:
        i += 1
        row = {k: None for k in HEADER}
        row.update(h)
        row.update(ln)
        row["№ п/п"] = i
        row["Дата заказа"] = h["Дата заказа"].strftime("%d.%m.%Y %H:%M:%S")
        total += ln["Сумма, тенге"]
        ws.append([None if row[k] == "" else row[k] for k in HEADER])
        labels.append(lb)
ws.append([None] * 13 + ["Итого:", total])
ws.cell(row=ws.max_row, column=14).font = Font(bold=True)
ws.cell(row=ws.max_row, column=15).font = Font(bold=True)
for row in ws.iter_rows(min_row=5):
    for c in row:
        if isinstance(c.value, float):
            c.number_format = "#,##0.00"
for col, wdt in zip("ABCDEFGHIJKLMNOPQRSTUVW", [6, 11, 19, 8, 70, 14, 20, 45, 13, 18, 55, 10, 10, 14, 15, 16, 45, 22,
                                               16, 32, 20, 28, 50]):
    ws.column_dimensions[col].width = wdt
LAYOUTS.mkdir(parents=True, exist_ok=True)
out = LAYOUTS / f"{ID}.xlsx"
wb.save(out)
buf = io.BytesIO()
with zipfile.ZipFile(out) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2024-10-01T04:12:00Z", data)
        zi = zipfile.ZipInfo(item.filename, date_time=(2024, 10, 1, 9, 12, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, data)
out.write_bytes(buf.getvalue())

META = {
    "system": "OMarket.kz — агрегатор интернет-магазинов для государственных закупок (ЭГЗ, goszakup.gov.kz) и закупок "
              "квазигосударственного сектора (ЕЭП); реестр заказов поставщика из личного кабинета, выгрузка в Excel",
    "country": "KZ",
    "language": "ru",
    "docs": [
        "wiki.omarket.kz «Рабочий кабинет заказчика»: заказчик импортирует пункты плана с портала ЭГЗ РК "
        "(goszakup.gov.kz) и ЕЭП (eep.mitwork.kz) в Омаркет — заказы привязаны к пункту плана, заказчики — госорганы и "
        "субъекты квазигосударственного сектора",
        "wiki.omarket.kz «Оформление заказа (ЭГЗ)»: обычный заказ — 1–5 товаров одной категории третьего уровня "
        "каталога, заказ уходит поставщикам начиная с минимальной цены; «Инструкции для Поставщиков» (загрузка "
        "товаров, статус дистрибьютора); «Тарифы»: комиссия 5 % от стоимости товара без НДС, не более 40 МРП",
        "Не найдено в документации: точные названия колонок выгрузки заказов поставщика; колонки собраны из полей "
        "заказа, которые описывает wiki (заказчик, пункт плана, товар по ЕНС ТРУ, количество, цена, статус, договор), "
        "с заголовочной строкой периода и строкой «Итого:», как обычно в казахстанских реестрах",
    ],
    "fields": {"buyer": "Заказчик", "product": "Наименование товара", "quantity": "Количество",
               "amount": "Сумма, тенге", "tax_id": "БИН заказчика", "email": "E-mail заказчика",
               "payment": "Условия оплаты", "comment": "Комментарий"},
    "also_ok": {"amount": ["Сумма заказа, тенге"], "product": ["Код ЕНС ТРУ"], "buyer": ["Контактное лицо"]},
    "notes": ("XLSX, sheet 'Заказы'. Row 1 is a title line (supplier, period), row 2 'Сформировано: …', row 3 blank, "
              "header in row 4 (pandas: header=3); the last row is a totals line ('Итого:' in column N 'Цена за ед., "
              "тенге', the grand total in column O 'Сумма, тенге'), which is not a record. One row per order line; order fields repeat on every "
              "line of the same 'Номер заказа', all its lines share a label. 'Вид закупок' = ЭГЗ (state procurement "
              "under the Law on public procurement) or ЕЭП (procurement of quasi-public-sector companies). 'БИН "
              "заказчика' is a 12-digit БИН with a valid check digit. Two thin rows have no buyer name/БИН. Amounts in "
              "KZT as numbers. Sorted by order date."),
}
write_key(ID, META, labels)
if __name__ == "__main__":
    from collections import Counter
    print(ID, len(labels), "orders", len(orders), Counter(l["label"] for l in labels), sum(l["ambiguous"] for l in labels))
