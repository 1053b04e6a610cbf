"""Halyk Bank (АО «Народный Банк Казахстана») business account statement, xlsx, incoming payments. Seeded."""
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openpyxl import Workbook  # noqa: E402
from e_common import LAYOUTS, save_xlsx, kz_bin, kz_iin, write_key  # noqa: E402

ID = "e_kz_halyk_business_vypiska"
rng = random.Random(6404)

HEAD = ["Дата и время операции", "Валюта операции", "Виды операции (категория документа)", "Наименование СДП (при наличии)",
        "Сумма в валюте ее проведения по кредиту", "Сумма в валюте ее проведения по дебету", "Сумма в тенге",
        "Наименование/ФИО плательщика", "ИИН/БИН плательщика", "Резидентство плательщика", "Банк плательщика",
        "Номер счета плательщика", "Наименование/ФИО получателя", "ИИН/БИН получателя", "Резидентство получателя",
        "Банк получателя", "Номер счета получателя", "Код назначения платежа", "Назначение платежа"]

BANKS = {"halyk": ("АО «Народный Банк Казахстана»", "601"), "kaspi": ("АО «Kaspi Bank»", "722"),
         "bcc": ("АО «Банк ЦентрКредит»", "856"), "forte": ("АО «ForteBank»", "996"), "jusan": ("АО «Jusan Bank»", "998"),
         "treasury": ("РГУ «Комитет казначейства Министерства финансов РК»", "070"),
         "bereke": ("АО «Bereke Bank»", "914")}


def iban(bank_code):
    acct = "".join(str(rng.randint(0, 9)) for _ in range(13))
    bban = bank_code + acct
    num = "".join(str(int(c, 36)) for c in bban + "KZ00")
    chk = 98 - int(num) % 97
    return f"KZ{chk:02d}{bban}"


OWN = ("ТОО «Офис Снаб Алматы»", kz_bin(rng, 4, 0), iban("601"))

GOODS = ["бумагу офисную А4 Svetocopy", "картриджи HP CF259A", "канцелярские товары", "МФУ Canon i-SENSYS MF443dw",
         "ноутбуки Lenovo IdeaPad 3", "хозяйственные товары", "мебель офисную (кресла, столы)", "мониторы Samsung 24\"",
         "тонер-картриджи Kyocera TK-1200", "бумажные полотенца Tork H3 и мыло жидкое", "папки-регистраторы и бумагу А4"]
HOUSE = ["чайник электрический Tefal KO2001", "микроволновую печь Samsung ME88SUB", "телевизор LG 43UR78006LK",
         "кондиционер Midea MSAG-09HRN1", "пылесос Samsung VC18M21A0SB", "холодильник Атлант ХМ-4624"]

KZ_M = ["Нурлан", "Ерлан", "Асхат", "Данияр", "Ержан", "Руслан", "Азамат", "Бауыржан", "Сергей", "Андрей", "Марат", "Тимур"]
KZ_F = ["Айгерим", "Динара", "Гульнара", "Жанар", "Асель", "Мадина", "Айнур", "Елена", "Ольга", "Салтанат", "Сауле"]
KZ_S = ["Жумабаев", "Сейткали", "Абдрахманов", "Нургалиев", "Искаков", "Омаров", "Сапаров", "Касымов", "Ахметов",
        "Бекмухамбетов", "Тлеубаев", "Кенжебаев", "Иванов", "Ким", "Мухамеджанов", "Садыков", "Байжанов", "Токтаров"]
PATR_M = ["Серикович", "Болатович", "Нурланович", "Каиратович", "Маратович", "Ерланович", "Владимирович"]
PATR_F = ["Сериковна", "Болатовна", "Нурлановна", "Каиратовна", "Маратовна", "Ерлановна", "Владимировна"]


def kz_person():
    fem = rng.random() < 0.5
    s = rng.choice(KZ_S)
    if fem and s[-2:] in ("ов", "ев", "ин"):
        s = s + "а"
    return s, rng.choice(KZ_F if fem else KZ_M), rng.choice(PATR_F if fem else PATR_M), not fem


recs = []


def add(payer, pid, bank, purpose, amount, label, amb, kind, knp="710", res="Резидент", op="Платежное поручение", country="KZ"):
    recs.append(dict(payer=payer, pid=pid, bank=bank, purpose=purpose, amount=amount, label=label, amb=amb, kind=kind,
                     knp=knp, res=res, op=op, country=country))


def inv():
    return f"№ {rng.randint(12, 980)} от {rng.randint(1, 28):02d}.{rng.choice(['01', '02', '03'])}.2025"


def vat(a):
    return f"в т.ч. НДС 12% - {a * 12 / 112:,.2f}".replace(",", " ").replace(".", ",")


TOO = ["ТОО «Алматы Строй Сервис»", "ТОО «KazLogistics Group»", "ТОО «Мечта Маркет»", "ТОО «Медицинский центр «Сункар»»",
       "ТОО «Nomad Consulting»", "ТОО «Азия Агро Трейд»", "ТОО \"ЭКОСТРОЙ-НС\"", "ТОО «Частная школа «Мирас»»",
       "ТОО «Казахстанская бухгалтерская компания»", "ТОО «Sapa Auto»", "ТОО «AlmaTech Solutions»", "ТОО «Береке Курылыс»",
       "АО «Шымкентпиво»", "ТОО «Интерфарма-К»", "ТОО «Гостиничный комплекс «Алатау»»"]
for _ in range(45):
    a = float(rng.choice([38500, 64200, 118000, 245600, 412000, 96800, 187500, 530400, 73900, 1250000]))
    add(rng.choice(TOO), kz_bin(rng, 4, 0), rng.choice(["halyk", "kaspi", "bcc", "forte", "jusan", "bereke"]),
        f"Оплата за {rng.choice(GOODS)} по счету на оплату {inv()}, {vat(a)}", a, "B2B", False, "company",
        knp=rng.choice(["710", "710", "710", "859"]))
for _ in range(16):
    s, f, p, m = kz_person()
    a = float(rng.choice([18500, 42000, 65300, 112000, 29900]))
    add(f"ИП {s.upper()} {f[0]}.{p[0]}." if rng.random() < 0.5 else f"ИП «{rng.choice(['Береке', 'Нур', 'Айсулу', 'Алтын', 'Стиль'])}»",
        kz_iin(rng, m), rng.choice(["kaspi", "halyk", "forte"]),
        f"Оплата за {rng.choice(GOODS)} согласно счету {inv()}, без НДС", a, "B2B", False, "sole_trader")
for nm, kind in [("ОСИ «Самал-2, дом 58»", "homeowners_association"), ("ОФ «Фонд поддержки детей «Жулдыз»»", "nonprofit"),
                 ("Религиозное объединение «Православный приход Свято-Никольского собора г. Алматы»", "religious_organisation"),
                 ("Ассоциация «Союз строителей Казахстана»", "association"), ("Частное учреждение «Университет «Туран»»", "private_university")]:
    a = float(rng.choice([45600, 89000, 156000]))
    add(nm, kz_bin(rng, 4, 0), rng.choice(["halyk", "bcc"]), f"Оплата за {rng.choice(GOODS)} по счету {inv()}", a, "B2B", False, kind)
STATE = [("ГУ «Аппарат акима города Алматы»", "akimat"), ("ГУ «Аппарат акима Медеуского района города Алматы»", "akimat"),
         ("ГУ «Аппарат акима Бостандыкского района города Алматы»", "akimat"),
         ("КГУ «Общеобразовательная школа № 25» Управления образования города Алматы", "public_school"),
         ("КГУ «Гимназия № 12» Управления образования города Алматы", "public_school"),
         ("ГУ «Управление образования города Алматы»", "municipal_agency"),
         ("ГКП на ПХВ «Городская поликлиника № 5» Управления общественного здравоохранения г. Алматы", "public_hospital"),
         ("ГКП на ПХВ «Городская клиническая больница № 7» УОЗ г. Алматы", "public_hospital"),
         ("РГП на ПХВ «Казахский национальный университет имени аль-Фараби» МНВО РК", "public_university"),
         ("РГУ «Департамент государственных доходов по городу Алматы КГД МФ РК»", "state_agency"),
         ("ГУ «Департамент полиции города Алматы МВД РК»", "police"),
         ("ГККП «Ясли-сад № 101» Управления образования г. Алматы", "municipal_kindergarten"),
         ("РГУ «Воинская часть 5571 Национальной гвардии РК»", "armed_forces"),
         ("КГУ «Центр занятости населения города Алматы»", "municipal_agency")]
for _ in range(3):
    for nm, kind in STATE:
        if rng.random() < 0.85:
            a = float(rng.choice([86400, 148000, 237500, 391200, 612000, 1045000]))
            treas = kind not in ("public_hospital", "public_university")
            purpose = rng.choice([f"Оплата по договору о государственных закупках № {rng.randint(100000, 999999)} от {rng.randint(1, 28):02d}.0{rng.randint(1, 3)}.2025 за {rng.choice(GOODS)}",
                                  f"Оплата за {rng.choice(GOODS)} по договору № {rng.randint(1, 300)}-ГЗ, счет-фактура {inv()}",
                                  f"За {rng.choice(GOODS)} согласно договору госзакупок способом запроса ценовых предложений, {vat(a)}"])
            add(nm, kz_bin(rng, 4, rng.choice([0, 0, 1])), "treasury" if treas else rng.choice(["halyk", "bcc"]), purpose, a,
                "B2G", False, kind)
# ambiguous specials
add("КГУ «Общеобразовательная школа № 25» Управления образования города Алматы", kz_bin(rng), "treasury",
    f"Оплата за {HOUSE[0]} 1 шт. по договору № 14 от 03.02.2025 (из одного источника)", 14900.0, "B2G", True, "public_school_household_item")
add("ТОО «Nomad Consulting»", kz_bin(rng), "kaspi", f"Оплата за {HOUSE[3]} 1 шт. по счету {inv()}, {vat(189000)}", 189000.0,
    "B2B", True, "company_household_item")
add("ТОО «AlmaTech Solutions»", kz_bin(rng), "halyk", f"Оплата за {HOUSE[2]} по счету {inv()}", 219990.0, "B2B", True, "company_household_item")
s, f, p, m = kz_person()
add(f"ИП {s} {f[0]}.", kz_iin(rng, m), "kaspi", f"Оплата за {HOUSE[5]}, доставка на дом", 289000.0, "B2B", True, "sole_trader_personal_purchase",
    op="Входящий перевод")
add("АО «Национальная компания «КазМунайГаз»", kz_bin(rng, 4, 0), "halyk",
    f"Оплата по договору № {rng.randint(1000, 9999)}/25 по итогам закупок в соответствии с Порядком закупок АО «Самрук-Қазына», {vat(2340000)}",
    2340000.0, "B2B", True, "state_owned_company")
add("АО «Национальная компания «Қазақстан темір жолы»", kz_bin(rng, 4, 0), "halyk",
    f"Оплата за {GOODS[1]} по договору закупок № {rng.randint(100000, 999999)} (ЭЗТ Самрук-Казына)", 875000.0, "B2B", True, "state_owned_company")
add("АО «Казахтелеком»", kz_bin(rng, 4, 0), "halyk", f"Оплата за {GOODS[0]} по счету {inv()}", 312000.0, "B2B", False, "state_owned_company")
add("Корпоративный фонд «Samruk-Kazyna Trust»", kz_bin(rng, 4, 0), "bcc", f"Оплата за {GOODS[2]} по счету {inv()}", 96000.0,
    "B2B", True, "state_founded_fund")
add("Представительство Детского фонда ООН (ЮНИСЕФ) в Республике Казахстан", kz_bin(rng, 5, 0), "halyk",
    f"Payment for office supplies, PO 45000{rng.randint(10000, 99999)}, invoice {inv()}", 458000.0, "B2B", True, "international_org",
    res="Нерезидент")
add("Программа развития ООН (ПРООН) в Казахстане", kz_bin(rng, 5, 0), "halyk",
    f"Оплата за {GOODS[4]} по PO KAZ10-{rng.randint(1000, 9999)}", 1290000.0, "B2B", True, "international_org", res="Нерезидент")
# acquiring / payouts
for _ in range(10):
    d = f"{rng.randint(1, 28):02d}.0{rng.randint(2, 3)}.2025"
    a = round(rng.uniform(21000, 385000), 2)
    add("АО «Народный Банк Казахстана»", "940140000385", "halyk",
        f"Возмещение по операциям с платежными карточками за {d}, ТСП {rng.randint(10000000, 99999999)}, комиссия удержана",
        a, "B2C", True, "acquiring_payout", knp="190", op="Мемориальный ордер")
for _ in range(7):
    d = f"{rng.randint(1, 28):02d}.0{rng.randint(2, 3)}.2025"
    a = round(rng.uniform(15000, 240000), 2)
    add("АО «Kaspi Bank»", "971240001315", "kaspi", f"Перевод денег по операциям Kaspi Pay (Kaspi QR) за {d}", a, "B2C", True,
        "marketplace_payout", knp="190", op="Входящий перевод")
# persons
for _ in range(18):
    s, f, p, m = kz_person()
    nm = rng.choice([f"{s.upper()} {f.upper()} {p.upper()}", f"{s} {f} {p}", f"{s.upper()} {f.upper()}"])
    item = rng.choice(HOUSE + ["ноутбук Lenovo IdeaPad 3", "МФУ Canon i-SENSYS MF443dw", "кресло офисное"])
    a = float(rng.choice([14900, 39990, 89000, 129000, 219990, 289000]))
    add(nm, kz_iin(rng, m), rng.choice(["kaspi", "kaspi", "halyk", "jusan"]),
        rng.choice([f"Оплата за {item}", f"оплата {item}, заказ {rng.randint(1000, 9999)}", "Оплата за товар", f"Перевод за {item}"]),
        a, "B2C", False, "private_person", knp=rng.choice(["710", "119"]), op="Входящий перевод")
s, f, p, m = kz_person()
add(f"{s.upper()} {f.upper()} {p.upper()}", kz_iin(rng, m), "kaspi", f"Оплата по счету {inv()} за ТОО «Береке Курылыс»",
    184000.0, "B2B", True, "person_pays_company_invoice")
s, f, p, m = kz_person()
add(f"{s.upper()} {f.upper()}", kz_iin(rng, m), "kaspi", "Оплата за 35 шт. power bank Xiaomi 20000 mAh", 332500.0, "B2C", True,
    "private_person_bulk", op="Входящий перевод")
s, f, p, m = kz_person()
add(f"{s} {f}", kz_iin(rng, m), "kaspi", "Оплата за картриджи, для перепродажи в магазин", 96000.0, "B2B", True,
    "private_person_resale", op="Входящий перевод")
s, f, p, m = kz_person()
add(f"{s.upper()} {f.upper()}", kz_iin(rng, m), "kaspi", "Перевод", 25000.0, "B2C", True, "thin_record", knp="119", op="Входящий перевод")
add("", "", "halyk", "Оплата за товар", 58000.0, "B2C", True, "thin_record", op="Входящий перевод")

rng.shuffle(recs)
wb = Workbook()
ws = wb.active
ws.title = "Выписка"
total = sum(r["amount"] for r in recs)
open_bal = 4215300.00
ws.append(['HSBKKZKX АО "НАРОДНЫЙ БАНК КАЗАХСТАНА"'])
ws.append([f"ИИН/БИН {OWN[1]}", OWN[0]])
ws.append([f"Номер счета (Contract): {OWN[2]}"])
ws.append(["Валюта контракта: KZT"])
ws.append(["Период выписки: 01.02.2025 - 31.03.2025"])
ws.append([f"Начальный баланс: {open_bal:.2f}"])
ws.append([f"Конечный баланс: {open_bal + total:.2f}"])
ws.append([])
ws.append(HEAD)
labels = []
t = datetime(2025, 2, 3, 9, 5)
for r in recs:
    t += timedelta(minutes=rng.randint(30, 700))
    if t.hour >= 19:
        t = t.replace(hour=9) + timedelta(days=1)
    bname, bcode = BANKS[r["bank"]]
    sdp = "" if r["bank"] == "halyk" else rng.choice(["МСПД", "МСК"])
    ws.append([t.strftime("%d.%m.%Y %H:%M:%S"), "KZT", r["op"], sdp, r["amount"], None, r["amount"], r["payer"], r["pid"],
               r["res"], bname, iban(bcode) if r["payer"] else "", OWN[0], OWN[1], "Резидент",
               BANKS["halyk"][0], OWN[2], r["knp"], r["purpose"]])
    labels.append(dict(label=r["label"], amb=r["amb"], kind=r["kind"], country=r["country"]))
ws.append(["Итого обороты:", None, None, None, round(total, 2), 0, round(total, 2)])
for row in ws.iter_rows(min_row=10):
    for c in (row[8], row[13], row[17]):
        c.number_format = "@"
    for c in (row[4], row[5], row[6]):
        c.number_format = "#,##0.00"
LAYOUTS.mkdir(parents=True, exist_ok=True)
save_xlsx(wb, LAYOUTS / f"{ID}.xlsx")

meta = {
    "id": ID,
    "system": "Halyk Bank (АО «Народный Банк Казахстана»), Onlinebank для бизнеса — выписка по текущему счёту в Excel (поступления)",
    "country": "KZ",
    "language": "ru",
    "docs": [
        "Open-source Kazakh bank-statement parsers (public code: a Halyk xlsx parser with COLUMN_MAPPING and a 'NarodnyBankParser') describe the Halyk statement xlsx: metadata rows on top (first row 'HSBKKZKX АО \"НАРОДНЫЙ БАНК КАЗАХСТАНА\"', 'ИИН/БИН …', account 'Contract', 'Валюта контракта', 'Период выписки', 'Начальный/Конечный баланс'), header in row 9 (index 8), 19 columns: Дата и время операции, Валюта операции, Виды операции (категория документа), Наименование СДП (при наличии), Сумма в валюте ее проведения по кредиту / по дебету, Сумма в тенге, Наименование/ФИО, ИИН/БИН, Резидентство, Банк, Номер счета of payer and of recipient, Код назначения платежа, Назначение платежа; summary lines ('итого') after the data.",
        "KNP values (710 goods, 859 other, 119 transfers, 190 card-acquiring settlement), SDP names (МСПД/МСК) and treasury as payer bank for state institutions are my reading, not taken from a document found in the public documentation."
    ],
    "fields": {"buyer": "Наименование/ФИО плательщика", "product": None, "quantity": None,
               "amount": "Сумма в валюте ее проведения по кредиту", "tax_id": "ИИН/БИН плательщика", "email": None,
               "payment": "Виды операции (категория документа)", "comment": "Назначение платежа"},
    "also_ok": {"amount": ["Сумма в тенге"], "payment": ["Код назначения платежа"], "product": ["Назначение платежа"]},
    "notes": "XLSX, sheet 'Выписка'. Rows 1-7 are statement metadata (bank, client ИИН/БИН and name, account, currency, period, balances), row 8 blank, row 9 the header (read with header=8). One row per incoming payment (credit only; debit column empty). The recipient columns are the account holder itself (seller), not the buyer. Last line 'Итого обороты:' is a totals line, not a record. Acquiring/Kaspi Pay settlement lines name the bank as payer (no real buyer). The product is only inside 'Назначение платежа'. ИИН (persons, ИП) and БИН (organisations) are both 12 digits with valid check digits; БИН has 4/5 in position 5."
}
write_key(ID, meta, labels)
print(ID, len(labels), "rows")
