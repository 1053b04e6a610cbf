"""b_ru_eis_reestr_kontraktov.xlsx: a supplier's own contracts from the EIS registers (44-FZ and 223-FZ)."""
import datetime as dt, os, random
import pandas as pd
from b_common import LAY, Lab, write_key, inn10, kpp

GOODS = [  # name, okpd2, unit, price
    ("Перчатки смотровые нитриловые нестерильные, размер M (упаковка 100 шт.)", "22.19.60.119", "упак", 690.0),
    ("Маска медицинская трёхслойная на резинках (упаковка 50 шт.)", "32.50.50.190", "упак", 240.0),
    ("Шприц инъекционный однократного применения 5 мл", "32.50.13.110", "шт", 6.8),
    ("Облучатель-рециркулятор бактерицидный Армед СН211-130", "32.50.12.000", "шт", 9850.0),
    ("Тонометр автоматический Omron M2 Basic", "26.60.12.129", "шт", 3150.0),
    ("Кресло-коляска механическая Ortonica Base 195", "30.92.20.000", "шт", 14900.0),
    ("Кушетка медицинская смотровая КМС-01", "32.50.30.110", "шт", 8700.0),
    ("Халат хирургический одноразовый стерильный", "32.50.50.190", "шт", 210.0),
    ("Пульсоксиметр Armed YX301", "26.60.12.119", "шт", 1790.0),
    ("Бумага для офисной техники А4 80 г/м2 (пачка 500 л.)", "17.12.14.129", "пач", 395.0),
    ("Картридж лазерный HP 59A (CF259A)", "20.59.12.120", "шт", 8450.0),
    ("Дезинфицирующее средство «Ника-Хлор» 300 таблеток", "20.20.14.000", "банка", 690.0),
    ("Антисептик кожный «Септустин» 1 л", "20.20.14.000", "фл", 520.0),
]

# name, kind, label, amb, law, region, source
BUYERS = [
    ("ГБУЗ г. Москвы «Городская клиническая больница № 52 Департамента здравоохранения города Москвы»", "public_hospital", "B2G", False, "44", "77", "Бюджет субъекта РФ", 2),
    ("ГБУЗ г. Москвы «Научно-исследовательский институт скорой помощи им. Н.В. Склифосовского ДЗМ»", "public_hospital", "B2G", False, "44", "77", "Бюджет субъекта РФ", 2),
    ("ФГБУ «Национальный медицинский исследовательский центр онкологии имени Н.Н. Блохина» Министерства здравоохранения Российской Федерации", "public_hospital", "B2G", False, "44", "77", "Федеральный бюджет", 1),
    ("ФГБУ «Национальный медицинский исследовательский центр имени В.А. Алмазова» Министерства здравоохранения Российской Федерации", "public_hospital", "B2G", False, "44", "78", "Федеральный бюджет", 1),
    ("ГБУЗ ЛО «Всеволожская клиническая межрайонная больница»", "public_hospital", "B2G", False, "44", "47", "Бюджет субъекта РФ", 2),
    ("ФКУ «Главное бюро медико-социальной экспертизы по г. Москве» Министерства труда и социальной защиты Российской Федерации", "federal_state_institution", "B2G", False, "44", "77", "Федеральный бюджет", 1),
    ("ФКУЗ «Медико-санитарная часть Министерства внутренних дел Российской Федерации по г. Москве»", "police_medical_unit", "B2G", False, "44", "77", "Федеральный бюджет", 1),
    ("ФГКУ «1586 Военный клинический госпиталь» Министерства обороны Российской Федерации", "armed_forces_hospital", "B2G", False, "44", "50", "Федеральный бюджет", 1),
    ("Министерство здравоохранения Свердловской области", "regional_ministry", "B2G", False, "44", "66", "Бюджет субъекта РФ", 2),
    ("Управление Судебного департамента в городе Москве", "court_administration", "B2G", False, "44", "77", "Федеральный бюджет", 1),
    ("МБОУ «Гимназия № 1» городского округа Балашиха", "public_school", "B2G", False, "44", "50", "Местный бюджет", 3),
    ("Администрация муниципального образования «Всеволожский муниципальный район» Ленинградской области", "municipality", "B2G", False, "44", "47", "Местный бюджет", 3),
    ("ФКУ ИК-2 УФСИН России по Владимирской области", "penitentiary_institution", "B2G", False, "44", "33", "Федеральный бюджет", 1),
    ("МАДОУ «Детский сад № 95» г. Тюмени", "public_kindergarten", "B2G", False, "44", "72", "Местный бюджет", 3),
    # 223-FZ, state bodies / unitary enterprises / autonomous institutions -> B2G
    ("ФГАУ «Национальный медицинский исследовательский центр здоровья детей» Министерства здравоохранения Российской Федерации", "ru_state_autonomous_institution_223", "B2G", False, "223", "77", "Собственные средства", 0),
    ("ГАУЗ «Республиканская клиническая больница Министерства здравоохранения Республики Татарстан»", "ru_state_autonomous_institution_223", "B2G", False, "223", "16", "Собственные средства", 0),
    ("ФГАОУ ВО «Национальный исследовательский университет «Высшая школа экономики»", "public_university_223", "B2G", False, "223", "77", "Собственные средства", 0),
    ("ГУП «Московский метрополитен»", "state_unitary_enterprise_223", "B2G", False, "223", "77", "Собственные средства", 0),
    ("МУП «Горэлектротранспорт» г. Екатеринбурга", "municipal_unitary_enterprise_223", "B2G", False, "223", "66", "Собственные средства", 0),
    ("ГБУ г. Москвы «Автомобильные дороги»", "ru_state_institution_223", "B2G", False, "223", "77", "Средства от приносящей доход деятельности", 0),
    # 223-FZ, state-owned joint-stock companies and their subsidiaries -> B2B, ambiguous
    ("ОАО «Российские железные дороги»", "state_owned_company_procurement", "B2B", True, "223", "77", "Собственные средства", 0),
    ("ПАО «Газпром нефть»", "state_owned_company_procurement", "B2B", True, "223", "55", "Собственные средства", 0),
    ("АО «Концерн Росэнергоатом»", "state_owned_company_procurement", "B2B", True, "223", "77", "Собственные средства", 0),
    ("ПАО «Аэрофлот — российские авиалинии»", "state_owned_company_procurement", "B2B", True, "223", "77", "Собственные средства", 0),
    ("АО «Мосводоканал»", "state_owned_company_procurement", "B2B", True, "223", "77", "Собственные средства", 0),
    ("ООО «Газпром трансгаз Москва»", "state_owned_subsidiary_procurement", "B2B", True, "223", "50", "Собственные средства", 0),
    ("АНО «Агентство стратегических инициатив по продвижению новых проектов»", "state_founded_non_profit", "B2B", True, "223", "77", "Собственные средства", 0),
]

METHOD44 = ["Электронный аукцион", "Электронный аукцион", "Запрос котировок в электронной форме", "Закупка у единственного поставщика (п. 4 ч. 1 ст. 93)"]
METHOD223 = ["Аукцион в электронной форме", "Запрос котировок в электронной форме, участниками которого могут быть только субъекты МСП", "Запрос предложений в электронной форме", "Закупка у единственного поставщика"]


def gen():
    rng = random.Random(1707)
    buyers = []
    for nm, kind, lab, amb, law, reg, src, lvl in BUYERS:
        i = inn10(rng, reg)
        buyers.append(dict(name=nm, kind=kind, label=lab, amb=amb, law=law, inn=i, kpp=kpp(i, rng), src=src, lvl=lvl, cc="RU"))
    w = [1.0 if b["law"] == "44" else 0.9 for b in buyers]
    rows, lab = [], Lab()
    d = dt.date(2024, 1, 15)
    seq = 0
    while len(rows) < 200:
        b = rng.choices(buyers, weights=w)[0]
        d += dt.timedelta(days=rng.randint(1, 4))
        seq += 1
        items = rng.sample(GOODS, rng.choice([1, 1, 2, 3, 4]))
        pos = []
        for g in items:
            qn = rng.choice([10, 20, 50, 100, 200, 500, 1000]) if g[3] < 1000 else rng.choice([2, 4, 5, 10, 15, 20])
            pos.append((g, qn, round(g[3] * rng.uniform(0.92, 1.05), 2)))
        total = round(sum(p[1] * p[2] for p in pos), 2)
        yy = d.strftime("%y")
        if b["law"] == "44":
            reg = f"{b['lvl']}{b['inn']}{yy}{seq:06d}"
            notice = f"0{rng.randint(1, 3)}{rng.randint(10**16, 10**17 - 1)}"
            ikz = (yy + "1" + b["inn"] + b["kpp"] + f"{rng.randint(0, 10**13):013d}")[:33] + "244"
            method = rng.choice(METHOD44)
            if "единственного" in method:
                notice = ""
            subj = "Поставка " + ("медицинских изделий" if any(p[0][1].startswith(("32", "26.60", "22.19", "30.92")) for p in pos) else "расходных материалов") + f" для нужд {b['name'].split('«')[0].strip()}"
        else:
            reg = f"5{b['inn']}{yy}{seq:06d}0000"
            notice = f"32{rng.randint(10**9, 10**10 - 1)}"
            ikz = ""
            method = rng.choice(METHOD223)
            subj = "Поставка " + rng.choice(["средств индивидуальной защиты", "медицинских расходных материалов", "дезинфицирующих средств", "оргтехники и расходных материалов"])
        end = d + dt.timedelta(days=rng.choice([30, 60, 90, 180, 300]))
        status = rng.choice(["Исполнение", "Исполнение завершено", "Исполнение завершено"]) if b["law"] == "44" else rng.choice(["Исполнение", "Исполнен"])
        for k, (g, qn, price) in enumerate(pos, 1):
            rows.append({
                "Реестровый номер контракта (договора)": reg,
                "Закон": f"{b['law']}-ФЗ",
                "Статус": status,
                "Заказчик": b["name"],
                "ИНН заказчика": b["inn"],
                "КПП заказчика": b["kpp"],
                "Предмет контракта (договора)": subj,
                "Номер извещения": notice,
                "ИКЗ": ikz,
                "Способ определения поставщика": method,
                "Дата заключения": d.strftime("%d.%m.%Y"),
                "Дата окончания исполнения": end.strftime("%d.%m.%Y"),
                "Цена контракта (договора), руб.": total,
                "№ позиции": k,
                "Наименование объекта закупки": g[0],
                "ОКПД2": g[1],
                "Количество": qn,
                "Единица измерения": g[2],
                "Цена за единицу, руб.": price,
                "Стоимость позиции, руб.": round(qn * price, 2),
                "Источник финансирования": b["src"],
            })
            lab.add(b)
    df = pd.DataFrame(rows)
    df.to_excel(os.path.join(LAY, "b_ru_eis_reestr_kontraktov.xlsx"), index=False, sheet_name="Реестр")
    write_key("b_ru_eis_reestr_kontraktov", {
        "id": "b_ru_eis_reestr_kontraktov",
        "system": "ЕИС в сфере закупок (zakupki.gov.ru) — реестр контрактов 44-ФЗ и реестр договоров 223-ФЗ; выгрузка поставщиком своих контрактов в Excel",
        "country": "RU", "language": "ru",
        "docs": ["Field names follow the EIS contract card / register data (реестровый номер, заказчик, ИНН/КПП заказчика, предмет контракта, номер извещения, ИКЗ, способ определения поставщика, цена контракта, объекты закупки с ОКПД2, количеством, ценой за единицу; источник финансирования) "
                 "as exposed by the EIS registers and by public APIs over them (e.g. customer INN/KPP, notice number, OKPD2 positions for 44-FZ and 223-FZ). The exact spreadsheet header set of an EIS search download was not found; this is the closest layout, one row per contract position, both registers merged with a «Закон» column."],
        "fields": {"buyer": "Заказчик", "product": "Наименование объекта закупки", "quantity": "Количество", "amount": "Стоимость позиции, руб.",
                   "tax_id": "ИНН заказчика", "email": None, "payment": None, "comment": None},
        "also_ok": {"amount": ["Цена контракта (договора), руб."], "product": ["Предмет контракта (договора)"]},
        "notes": "XLSX, header row 1, every following row is a record: one row per position (объект закупки) of a contract; rows with the same реестровый номер are one contract and share a label. "
                 "All records are public-procurement contracts: 44-FZ ones are B2G; 223-FZ ones are B2G for autonomous/budget institutions and unitary enterprises, B2B + ambiguous for state-owned joint-stock companies, their subsidiaries and a state-founded ANO. "
                 "INNs synthetic, checksum-valid; customer names real.",
    }, lab.rows)
    return len(rows), lab.rows


if __name__ == "__main__":
    print(gen()[0])
