"""ForteBank (Forte Business) — «Выписка по счету», credit turnover only
(поступления), September 2025, XLSX as the internet bank saves it.

Statement header block (bank, title, period, client, БИН, ИИК, currency,
opening balance), one line per incoming payment with the counterparty's name,
БИН/ИИН, ИИК, bank BIC, the ЕКНП parts КОд / КБе / КНП, the credit amount and
the payment purpose, then the turnover and closing-balance lines.
"""
from __future__ import annotations

import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from kd_common import LAYOUTS, fix_xlsx_timestamps, iban, kz_bin, kz_iin, write_key

ID = "kd_kz_fortebank_vypiska_postupleniya"
SEED = 20250930

SELLER = "ТОО «АЛМАТЫ ОФИС ТРЕЙД»"
BANKS = {  # code in IIK, BIC, name
    "forte": ("965", "IRTYKZKA"),
    "halyk": ("601", "HSBKKZKX"),
    "kaspi": ("722", "CASPKZKA"),
    "bcc": ("856", "KCJBKZKX"),
    "jusan": ("998", "TSESKZKA"),
    "treasury": ("070", "KKMFKZ2A"),
}

HEAD = ["№ п/п", "Дата операции", "№ документа", "Наименование отправителя", "БИН/ИИН отправителя",
        "ИИК отправителя", "БИК банка отправителя", "КОд", "КБе", "КНП", "Кредит", "Назначение платежа"]

# (name, kind, label, tag, kod, bank, yymm)
ORGS = [
    # --- state bodies and institutions paid through the treasury
    ("КГУ «Общеобразовательная школа № 153» Управления образования города Алматы", "public_school", "B2G", "gu", "12", "treasury", "0203"),
    ("КГУ «Общеобразовательная школа № 47» Управления образования города Алматы", "public_school", "B2G", "gu", "12", "treasury", "9912"),
    ("КГУ «Гимназия № 159 имени Ыбырая Алтынсарина» Управления образования города Алматы", "public_school", "B2G", "gu", "12", "treasury", "0105"),
    ("КГУ «Школа-лицей № 92» Управления образования города Алматы", "public_school", "B2G", "gu", "12", "treasury", "0011"),
    ("ГУ «Аппарат акима Бостандыкского района города Алматы»", "akimat", "B2G", "gu", "12", "treasury", "9807"),
    ("ГУ «Аппарат акима Медеуского района города Алматы»", "akimat", "B2G", "gu", "12", "treasury", "9807"),
    ("ГУ «Аппарат акима Талгарского района Алматинской области»", "akimat", "B2G", "gu", "12", "treasury", "9904"),
    ("ГУ «Управление образования города Алматы»", "city_department", "B2G", "gu", "12", "treasury", "9806"),
    ("ГУ «Управление общественного здравоохранения города Алматы»", "city_department", "B2G", "gu", "12", "treasury", "0510"),
    ("РГУ «Департамент государственных доходов по городу Алматы Комитета государственных доходов Министерства финансов Республики Казахстан»", "state_agency", "B2G", "gu", "11", "treasury", "0805"),
    ("РГУ «Департамент полиции города Алматы Министерства внутренних дел Республики Казахстан»", "police", "B2G", "gu", "11", "treasury", "9902"),
    ("РГУ «Войсковая часть 6505 Национальной гвардии Республики Казахстан»", "military_unit", "B2G", "gu", "11", "treasury", "0207"),
    ("КГП на ПХВ «Городская поликлиника № 5» Управления общественного здравоохранения города Алматы", "public_hospital", "B2G", "gp", "16", "halyk", "0406"),
    ("КГП на ПХВ «Центральная городская клиническая больница» Управления общественного здравоохранения города Алматы", "public_hospital", "B2G", "gp", "16", "halyk", "0305"),
    ("ГКП на ПХВ «Алматы Су» Управления энергоэффективности и инфраструктурного развития города Алматы", "municipal_enterprise", "B2G", "gp", "16", "halyk", "9903"),
    ("ГККП «Ясли-сад № 87» Управления образования города Алматы", "public_kindergarten", "B2G", "gp", "16", "halyk", "0112"),
    ("РГП на ПХВ «Казгидромет» Министерства экологии и природных ресурсов Республики Казахстан", "state_enterprise", "B2G", "gp", "16", "halyk", "9905"),
    ("РГП на ПХВ «Республиканский центр электронного здравоохранения» Министерства здравоохранения Республики Казахстан", "state_enterprise", "B2G", "gp", "16", "halyk", "0903"),
    ("Посольство Турецкой Республики в Республике Казахстан", "embassy", "B2G", "embassy", "21", "halyk", "9309"),
    # --- state-owned companies, funds, international organisations
    ("АО «Национальная компания «Қазақстан темір жолы»»", "state_owned_company", "B2B", "soe_proc", "16", "halyk", "0203"),
    ("АО «KEGOC»", "state_owned_company", "B2B", "soe_proc", "16", "halyk", "9707"),
    ("АО «Казпочта»", "state_owned_company", "B2B", "soe", "16", "halyk", "0006"),
    ("Корпоративный фонд «Samruk-Kazyna Trust»", "state_founded_fund", "B2B", "sfund", "18", "halyk", "1603"),
    ("НАО «Фонд социального медицинского страхования»", "state_founded_fund", "B2B", "sfund", "16", "halyk", "1607"),
    ("Представительство Детского фонда Организации Объединенных Наций (ЮНИСЕФ) в Республике Казахстан", "international_org", "B2B", "intl", "28", "halyk", "9402"),
    ("Региональная делегация Международного Комитета Красного Креста в г. Алматы", "international_org", "B2B", "intl", "28", "forte", "9508"),
    ("ОО «Казахстанское общество Красного Полумесяца»", "national_red_cross", "B2B", "npo", "18", "halyk", "9210"),
    # --- companies and non-profits
    ("ТОО «Magnum Cash&Carry»", "company", "B2B", "biz", "17", "halyk", "0712"),
    ("ТОО «Меломан Home Video»", "company", "B2B", "biz", "17", "forte", "0102"),
    ("ТОО «Шин-Лайн»", "company", "B2B", "biz", "17", "bcc", "9611"),
    ("ТОО «Эверест Строй Алматы»", "company", "B2B", "biz", "17", "jusan", "1804"),
    ("ТОО «Dostyk Logistics»", "company", "B2B", "biz", "17", "forte", "1910"),
    ("ТОО «Медицинский центр «Сункар»»", "private_clinic", "B2B", "biz", "17", "halyk", "1108"),
    ("ТОО «Coffee Boom»", "company", "B2B", "biz", "17", "kaspi", "1302"),
    ("ТОО «Aqniet Group»", "company", "B2B", "biz", "17", "bcc", "1506"),
    ("ТОО «Частная школа «Мирас»»", "private_school", "B2B", "biz", "17", "halyk", "9905"),
    ("ТОО «Алатау Сервис Групп»", "company", "B2B", "biz", "17", "forte", "2102"),
    ("ТОО «Tengri Soft»", "company", "B2B", "biz", "17", "kaspi", "2209"),
    ("ТОО «Береке Агро»", "company", "B2B", "biz", "17", "halyk", "1411"),
    ("АО «Шубарколь комир»", "company", "B2B", "biz", "17", "halyk", "9808"),
    ("ОСИ «Нурлы Тау-3»", "homeowners_association", "B2B", "npo", "18", "kaspi", "2011"),
    ("ОЮЛ «Ассоциация предпринимателей Алматы»", "association", "B2B", "npo", "18", "bcc", "1203"),
    ("Религиозное объединение «Духовное управление мусульман Казахстана»", "religious_organisation", "B2B", "npo", "18", "halyk", "9010"),
]

IP = [  # sole traders (ИИН), КОд 19
    ("ИП «Ахметов Болат Серикович»", True, (1979, 4, 12)),
    ("ИП Жумабаева Айгерим Ерлановна", False, (1988, 11, 3)),
    ("ИП «Ким Виталий Александрович»", True, (1983, 6, 27)),
    ("ИП «ASEM»", False, (1991, 2, 14)),
    ("КХ «Береке» (Исмаилов Нурлан)", True, (1970, 8, 9)),
    ("ИП Оспанов Даурен Маратович", True, (1986, 1, 30)),
    ("ИП «Садыкова Гульнара Кайратовна»", False, (1975, 10, 5)),
]

PERSONS = [
    ("Сейткалиев Ерлан Маратович", True, (1985, 3, 17)),
    ("Нургалиева Динара Болатовна", False, (1992, 7, 8)),
    ("Иванов Сергей Петрович", True, (1978, 12, 1)),
    ("Абдрахманова Айгуль Сериковна", False, (1990, 5, 22)),
    ("Тлеубаев Арман Нурланович", True, (1995, 9, 14)),
    ("Ли Екатерина Владимировна", False, (1987, 2, 25)),
    ("Касымов Ринат Ерболович", True, (1982, 6, 6)),
    ("Мухамеджанова Жанна Кайратовна", False, (1980, 11, 19)),
    ("Омаров Азамат Тимурович", True, (1999, 4, 2)),
    ("Петренко Ольга Николаевна", False, (1969, 8, 30)),
    ("Бекова Асель Маратқызы", False, (1996, 1, 11)),
    ("Джаксыбеков Тимур Асланович", True, (1989, 10, 27)),
]

BUSINESS_GOODS = [  # name, price KZT, unit, qty range
    ("Ноутбук Lenovo IdeaPad Slim 3 15IRH8", 289990, "шт.", (1, 12)),
    ("МФУ Canon i-SENSYS MF3010", 89990, "шт.", (1, 6)),
    ("Картридж HP 85A CE285A", 24990, "шт.", (2, 20)),
    ("Бумага A4 Svetocopy 80 г/м2", 2590, "пачка", (20, 300)),
    ("Проектор Epson EB-E01", 219990, "шт.", (1, 4)),
    ("Парта ученическая двухместная регулируемая", 38500, "шт.", (10, 60)),
    ("Стул ученический регулируемый", 12800, "шт.", (20, 120)),
    ("Кресло офисное Chairman 696", 59900, "шт.", (2, 20)),
    ("Интерактивная панель 65\" Newline", 1290000, "шт.", (1, 3)),
    ("Стеллаж металлический архивный", 46500, "шт.", (2, 15)),
    ("Шкаф для документов ШАМ-11", 84900, "шт.", (1, 6)),
    ("Монитор Samsung S24C310EAI", 64990, "шт.", (2, 15)),
]
HOUSEHOLD = [
    ("Холодильник LG GA-B459SQCL", 349990, "шт."),
    ("Телевизор Samsung UE50CU7100UXCE", 259990, "шт."),
    ("Чайник электрический Tefal KO150F30", 14990, "шт."),
    ("Микроволновая печь Samsung MS23K3614AW", 49990, "шт."),
    ("Кондиционер Midea MSAG-12HRN1", 219990, "шт."),
    ("Смартфон Samsung Galaxy A15 128GB", 89990, "шт."),
    ("Пылесос Dyson V12 Detect Slim", 349990, "шт."),
]
SERVICES = ["монтаж и настройку оборудования", "техническое обслуживание оргтехники",
            "заправку картриджей", "сборку и установку мебели"]


def fmt(x: float) -> str:
    return f"{x:,.2f}".replace(",", " ").replace(".", ",")


def main() -> None:
    rng = random.Random(SEED)

    def bank_iik(bank: str) -> tuple[str, str]:
        code, bic = BANKS[bank]
        if bank == "treasury":
            bban = code + f"1{rng.randint(0, 9)}{rng.randint(1, 9)}KSN" + f"{rng.randint(0, 9999999):07d}"
        elif bank == "kaspi":
            bban = code + "S" + f"{rng.randint(0, 10**12 - 1):012d}"
        else:
            bban = code + "".join(rng.choice("0123456789ABCDEFGHJK") if i in (1, 2) else str(rng.randint(0, 9))
                                  for i in range(13))
        return iban("KZ", bban), bic

    orgs = []
    for name, kind, label, tag, kod, bank, yymm in ORGS:
        kind_digit = "5" if tag in ("embassy", "intl") else "4"
        attr = "2" if tag in ("intl",) else ("1" if "Региональная делегация" in name else "0")
        bin_ = kz_bin(rng, yymm, kind_digit, attr)
        iik, bic = bank_iik(bank)
        orgs.append(dict(name=name, kind=kind, label=label, tag=tag, kod=kod, id=bin_, iik=iik, bic=bic))
    ips = []
    for name, male, birth in IP:
        iin = kz_iin(rng, birth, male)
        iik, bic = bank_iik(rng.choice(["kaspi", "halyk", "forte"]))
        ips.append(dict(name=name, kind="farm_sole_trader" if name.startswith("КХ") else "sole_trader",
                        label="B2B", tag="ip", kod="19", id=iin, iik=iik, bic=bic))
    persons = []
    for name, male, birth in PERSONS:
        iin = kz_iin(rng, birth, male)
        iik, bic = bank_iik(rng.choice(["kaspi", "kaspi", "halyk"]))
        persons.append(dict(name=name, kind="private_person", label="B2C", tag="person", kod="19",
                            id=iin, iik=iik, bic=bic))
    forte_bin = kz_bin(rng, "9311", "4", "0")
    kaspi_bin = kz_bin(rng, "9711", "4", "0")
    forte_acq = dict(name="АО «ForteBank»", kind="card_acquiring_payout", label="B2C", tag="acq", kod="14",
                     id=forte_bin, iik=iban("KZ", "965" + "0000000000102"), bic="IRTYKZKA")
    kaspi_acq = dict(name="АО «Kaspi Bank»", kind="marketplace_payout", label="B2C", tag="acq", kod="14",
                     id=kaspi_bin, iik=iban("KZ", "722" + "0000000000371"), bic="CASPKZKA")

    def by(tag):
        return [o for o in orgs if o["tag"] == tag]

    plan = []
    plan += [(rng.choice(by("gu")), "state_contract") for _ in range(34)]
    plan += [(rng.choice(by("gp")), "state_contract") for _ in range(16)]
    plan += [(rng.choice([o for o in by("gu") if o["kind"] == "public_school"]), "state_household") for _ in range(3)]
    plan += [(rng.choice(by("embassy")), "biz_invoice") for _ in range(2)]
    plan += [(rng.choice(by("soe_proc")), "soe_proc") for _ in range(5)]
    plan += [(rng.choice(by("soe")), "biz_invoice") for _ in range(2)]
    plan += [(rng.choice(by("sfund")), "biz_invoice") for _ in range(3)]
    plan += [(rng.choice(by("intl")), "biz_invoice") for _ in range(3)]
    plan += [(rng.choice(by("npo")), "biz_invoice") for _ in range(8)]
    plan += [(rng.choice(by("biz")), "biz_invoice") for _ in range(44)]
    plan += [(rng.choice(by("biz")), "biz_service") for _ in range(6)]
    plan += [(rng.choice(by("biz")), "biz_household") for _ in range(3)]
    plan += [(rng.choice(by("biz")), "thin") for _ in range(4)]
    plan += [(rng.choice(ips), "biz_invoice") for _ in range(12)]
    plan += [(rng.choice(ips), "ip_household") for _ in range(3)]
    plan += [(rng.choice(persons), "person_household") for _ in range(20)]
    plan += [(rng.choice(persons), "person_pays_company") for _ in range(2)]
    plan += [(rng.choice(persons), "person_resale") for _ in range(2)]
    plan += [(rng.choice(persons), "person_bulk") for _ in range(1)]
    plan += [(forte_acq, "acq_forte") for _ in range(6)]
    plan += [(kaspi_acq, "acq_kaspi") for _ in range(4)]
    rng.shuffle(plan)

    workdays = [d for d in range(1, 31) if (d + 0) % 7 not in (6, 0)]  # 1 Sep 2025 is a Monday
    days = sorted(rng.choice(workdays) for _ in plan)

    records, labels = [], []
    inv = 740
    for (b, scen), day in zip(plan, days):
        inv += rng.randint(1, 4)
        d_inv = day - rng.randint(0, 12)
        date_inv = f"{d_inv:02d}.09.2025" if d_inv > 0 else f"{31 + d_inv:02d}.08.2025"
        lines = []
        if scen in ("state_contract", "biz_invoice", "soe_proc"):
            for _ in range(rng.choice([1, 1, 2, 2, 3])):
                g = rng.choice(BUSINESS_GOODS)
                if any(g[0] == l[0] for l in lines):
                    continue
                lines.append((g[0], rng.randint(*g[3]), g[2], g[1]))
        elif scen in ("state_household",):
            g = rng.choice(HOUSEHOLD[2:4])
            lines.append((g[0], 1, g[2], g[1]))
        elif scen in ("biz_household", "ip_household", "person_household"):
            g = rng.choice(HOUSEHOLD)
            lines.append((g[0], 1, g[2], g[1]))
        elif scen == "person_resale":
            g = rng.choice([HOUSEHOLD[5], HOUSEHOLD[2]])
            lines.append((g[0], rng.randint(8, 15), g[2], g[1]))
        elif scen == "person_bulk":
            lines.append((HOUSEHOLD[5][0], 30, "шт.", HOUSEHOLD[5][1]))
        elif scen == "person_pays_company":
            g = rng.choice(BUSINESS_GOODS[:4])
            lines.append((g[0], rng.randint(*g[3]), g[2], g[1]))
        total = float(sum(q * p for _n, q, _u, p in lines))
        goods = ", ".join(f"{n} - {q} {u}" for n, q, u, _p in lines)
        vat = round(total * 12 / 112, 2)
        kbe, knp = "17", "710"
        # ------------------------------------------------ purpose
        if scen == "state_contract":
            if rng.random() < 0.6:
                purpose = (f"Оплата по договору о государственных закупках № {rng.randint(1000000, 9999999)} от {rng.randint(1, 28):02d}.08.2025 "
                           f"за {goods}, счет-фактура № {inv} от {date_inv}. В т.ч. НДС 12% - {fmt(vat)} тенге")
            else:
                purpose = (f"Оплата за товар по договору №{rng.randint(10, 400)} от {rng.randint(1, 28):02d}.08.2025г. ({goods}) "
                           f"согласно накладной №{inv}, ЭСФ KZ-ESF-{rng.randint(10**9, 10**10 - 1)}-{rng.randint(10**6, 10**7 - 1)}")
        elif scen == "state_household":
            purpose = f"Оплата по договору №{rng.randint(10, 400)} от {date_inv} за {goods} согласно счету на оплату №{inv}. В т.ч. НДС 12% {fmt(vat)}"
        elif scen == "soe_proc":
            purpose = (f"Оплата по договору о закупках № {rng.randint(100000, 999999)}-ЗЦП от {rng.randint(1, 28):02d}.07.2025 "
                       f"(Порядок осуществления закупок АО «Самрук-Қазына») за {goods}, с/ф №{inv}. В т.ч. НДС 12% {fmt(vat)}")
        elif scen == "biz_service":
            total = float(rng.choice([45000, 78000, 120000, 36500, 210000]))
            vat = round(total * 12 / 112, 2)
            knp = "859"
            purpose = f"Оплата за {rng.choice(SERVICES)} по счету №{inv} от {date_inv}, акт выполненных работ. В т.ч. НДС 12% {fmt(vat)}"
        elif scen == "thin":
            total = float(rng.choice([154000, 67990, 412500, 23990, 89000]))
            purpose = rng.choice([f"Оплата по счету №{inv}", f"оплата сч {inv} от {date_inv}", "Предоплата за товар"])
        elif scen in ("biz_invoice", "biz_household", "ip_household"):
            tmpl = rng.choice([
                "Оплата по счету на оплату № {inv} от {d} за {g}. В т.ч. НДС 12% - {v} тг.",
                "Оплата за {g} согласно счета № {inv} от {d}г. Сумма {s} тенге, в т.ч. НДС 12% {v}",
                "ОПЛАТА ПО СЧЕТУ №{inv} ОТ {d} ЗА {G}",
            ])
            purpose = tmpl.format(inv=inv, d=date_inv, g=goods, G=goods.upper(), v=fmt(vat), s=fmt(total))
        elif scen == "person_household":
            purpose = rng.choice([f"Оплата за {goods}, {b['name'].split()[0]} {b['name'].split()[1][0]}.",
                                  f"оплата по счету {inv} ({goods})",
                                  f"Перевод собственных средств. Оплата за {lines[0][0]}"])
            kbe = "17"
        elif scen == "person_pays_company":
            company = rng.choice(by("biz"))["name"]
            purpose = f"Оплата по счету №{inv} от {date_inv} за {company} ({goods}). Плательщик - {b['name']}"
        elif scen == "person_resale":
            purpose = f"Оплата за {goods}, для перепродажи в магазине, счет {inv}"
        elif scen == "person_bulk":
            purpose = f"Оплата за {goods} по счету №{inv}"
        elif scen == "acq_forte":
            total = round(rng.uniform(180000, 1650000), 2)
            purpose = (f"Зачисление возмещения по операциям с платежными карточками, ТСП {rng.randint(10**6, 10**7 - 1)}, "
                       f"за {max(1, day - 1):02d}.09.2025, сумма операций {fmt(total / 0.985)}, комиссия {fmt(total / 0.985 - total)}")
        elif scen == "acq_kaspi":
            total = round(rng.uniform(90000, 980000), 2)
            purpose = f"Перевод денег по операциям Kaspi Pay (Kaspi QR) за {max(1, day - 1):02d}.09.2025, реестр {rng.randint(10**7, 10**8 - 1)}"
        else:
            raise ValueError(scen)
        # ------------------------------------------------ label
        label, kind, amb = b["label"], b["kind"], False
        if scen in ("soe_proc",) or b["tag"] in ("sfund", "intl", "acq"):
            amb = True
        if scen in ("state_household", "biz_household", "ip_household", "person_resale", "person_bulk"):
            amb = True
        if scen == "person_pays_company":
            label, kind, amb = "B2B", "person_paying_company_invoice", True
        if scen == "person_resale":
            label, kind = "B2B", "private_person_for_resale"
        if scen == "person_bulk":
            kind = "private_person_bulk"
        purpose = purpose.replace("шт..", "шт.").replace("ШТ..", "ШТ.")
        name = b["name"]
        if b["tag"] == "person" and rng.random() < 0.4:
            name = name.upper()
        records.append([day, rng.randint(1, 99999), name, b["id"], b["iik"], b["bic"], b["kod"], kbe, knp,
                        round(total, 2), purpose])
        country = "TR" if b["tag"] == "embassy" else "KZ"
        labels.append(dict(label=label, amb=amb, kind=kind, country=country))

    # ---------------------------------------------------------------- XLSX
    wb = Workbook()
    ws = wb.active
    ws.title = "Выписка"
    seller_iik = iban("KZ", "965" + "A010002791344")
    top = [
        ["АО «ForteBank»"],
        ["ВЫПИСКА ПО СЧЕТУ (поступления)"],
        ["За период: с 01.09.2025 по 30.09.2025"],
        [f"Клиент: {SELLER}"],
        [f"БИН: {kz_bin(rng, '1504', '4', '0')}"],
        [f"ИИК: {seller_iik}   БИК: IRTYKZKA   Валюта: KZT"],
        ["Входящий остаток: 18 452 310,55"],
        [],
    ]
    for r in top:
        ws.append(r)
    ws.append(HEAD)
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True)
    total = 0.0
    for i, r in enumerate(records, 1):
        day, docno, name, bid, iik, bic, kod, kbe, knp, amt, purpose = r
        total += amt
        ws.append([i, f"{day:02d}.09.2025", str(docno), name, bid, iik, bic, kod, kbe, knp, amt, purpose])
        ws.cell(row=ws.max_row, column=11).number_format = "#,##0.00"
    ws.append([])
    ws.append(["", "Итого обороты:", "", "", "", "", "", "", "", "", round(total, 2), ""])
    ws.cell(row=ws.max_row, column=11).number_format = "#,##0.00"
    ws.append(["", f"Исходящий остаток: {fmt(18452310.55 + total)}"])
    for col, wdt in zip("ABCDEFGHIJKL", [6, 12, 11, 48, 14, 24, 12, 5, 5, 5, 16, 90]):
        ws.column_dimensions[col].width = wdt
    LAYOUTS.mkdir(parents=True, exist_ok=True)
    out = LAYOUTS / f"{ID}.xlsx"
    wb.save(out)
    fix_xlsx_timestamps(out)

    key = {
        "id": ID,
        "system": "ForteBank, интернет-банк Forte Business — выписка по текущему счёту ТОО за сентябрь 2025, только поступления (кредитовые обороты), сохранённая в Excel",
        "country": "KZ",
        "language": "ru",
        "docs": [
            "No public description of the Forte Business Excel statement was found with the search tool; the block above the table (bank, title, period, client, БИН, ИИК/БИК, currency, opening balance) and the closing turnover/balance lines follow the usual layout of Kazakhstani bank statements and are my reconstruction",
            "brex.com/support/kazakhstan-purpose-of-payment-guide: ЕКНП = КОд (sender code: 1 resident/2 non-resident + economic sector) + КБе (beneficiary code) + КНП; КНП 710 = payment for goods; sector digits 1 central government, 2 regional and local authorities — used for the КОд/КБе/КНП columns",
            "Правила применения кодов секторов экономики и назначения платежей (НБ РК, постановление № 203; earlier № 388, seen on zakon.uchet.kz / dereksiz.org): sector codes 6 state non-financial organisations, 7 non-state non-financial organisations, 8 non-profits serving households, 9 households — used for КОд 16/17/18/19",
            "mybuh.kz (Платежное поручение, КНП и КБК): payment orders carry ИИК, БИК, КНП and the purpose text",
        ],
        "fields": {
            "buyer": "Наименование отправителя",
            "product": None,
            "quantity": None,
            "amount": "Кредит",
            "tax_id": "БИН/ИИН отправителя",
            "email": None,
            "payment": None,
            "comment": "Назначение платежа",
        },
        "also_ok": {},
        "notes": ("XLSX, one sheet «Выписка». Eight lines above the header (bank, title, period, client, БИН, ИИК/БИК/currency, opening balance, blank); "
                  "after the records a blank line, «Итого обороты:» and «Исходящий остаток» — not records. pandas: read_excel(header=8, nrows=<records>) "
                  "or drop rows whose «№ п/п» is empty. One line per incoming payment; goods and quantities only inside «Назначение платежа». "
                  "Budget bodies pay from treasury accounts (БИК KKMFKZ2A, КОд 11/12); КОд 16 = state non-financial organisations (КГП/ГКП/РГП on ПХВ and "
                  "state-owned АО), 17 = private companies, 18 = non-profits, 19 = individuals and ИП (ИИН), 21/28 = non-residents (embassy, international "
                  "organisations). АО «ForteBank» / АО «Kaspi Bank» lines are card-acquiring and Kaspi Pay payouts with no buyer. "
                  "БИН/ИИН and ИИК are generated with valid check digits (IIN/BIN control digit, IBAN mod 97), not the real organisations' identifiers."),
    }
    write_key(key, labels)


if __name__ == "__main__":
    main()
