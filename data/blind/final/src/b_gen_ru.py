"""b_ru_moysklad_otgruzki.xlsx and b_ru_1c_scheta_journal.csv"""
import datetime as dt, os, random
import pandas as pd
from b_common import LAY, Lab, write_key, fmt_ru
from b_ru_pool import ru_pool, BIZ, HOME

FAX = ("Факс Panasonic KX-FT982RU", "KX-FT982RU", 10990)
KETTLE = HOME[0]


def pick(pool, rng):
    b = rng.choices(pool, weights=[b["w"] for b in pool])[0]
    if b["kind"] == "person_bulk_identical":
        b["w"] = 0  # a private bulk buyer appears once
    return b


def lines_for(b, rng):
    m = b["mode"]
    if m == "biz":
        out = []
        for p in rng.sample(BIZ, rng.randint(1, 4)):
            q = rng.choice([5, 10, 20, 40, 50, 100]) if p[2] < 1000 else rng.choice([1, 2, 2, 3, 4, 5, 6, 10, 12])
            out.append((p, q))
        return out
    if m == "home":
        return [(p, rng.choice([1, 1, 1, 2])) for p in rng.sample(HOME, rng.choice([1, 1, 1, 2]))]
    if m in ("hh1", "home1"):
        return [(rng.choice([p for p in HOME[1:] if "Смартфон" not in p[0]]), 1)]
    if m == "bulk":
        return [(rng.choice([HOME[3], HOME[0], HOME[8]]), rng.choice([30, 40, 40, 50, 60]))]
    if m == "biz1":
        return [(rng.choice([BIZ[0], BIZ[3], BIZ[4], BIZ[14]]), 1)]
    if m == "kettle":
        return [(KETTLE, 1)]
    if m == "fax":
        return [(FAX, 1)]
    if m == "biz_only":
        return [(rng.choice([BIZ[6], BIZ[12], BIZ[17]]), rng.choice([1, 2, 3]))]
    raise ValueError(m)


def gen_moysklad():
    rng = random.Random(1101)
    pool = ru_pool(rng)
    for b in pool:
        if b["label"] == "B2C" and not b["amb"]:
            b["w"] *= 2.5
        if b["amb"]:
            b["w"] *= 1.4
    rows, lab = [], Lab()
    t = dt.datetime(2025, 2, 3, 9, 0)
    num = 1480
    while len(rows) < 230:
        b = pick(pool, rng)
        ls = lines_for(b, rng)
        total = sum(p[2] * q for p, q in ls)
        t += dt.timedelta(minutes=rng.randint(20, 600))
        num += 1
        paid = total if rng.random() < 0.8 else 0
        chan = "Тендеры" if b["contract"] else ("Сайт" if b["label"] == "B2C" else rng.choice(["Оптовый отдел", "Сайт", "Оптовый отдел"]))
        status = rng.choice(["Отгружено", "Отгружено", "Доставлено"])
        for p, q in ls:
            rows.append({
                "Время": t.strftime("%d.%m.%Y %H:%M"),
                "№": f"{num:05d}",
                "Контрагент": b["name"],
                "ИНН": b["inn"],
                "КПП": b["kpp"],
                "Организация": "ООО «Техноснаб»",
                "Склад": rng.choice(["Основной склад", "Склад Подольск"]) if False else "Основной склад",
                "Статус": status,
                "Проведено": "Да",
                "Товар": p[0],
                "Артикул": p[1],
                "Количество": q,
                "Цена": float(p[2]),
                "Сумма позиции": float(p[2] * q),
                "Сумма": float(total),
                "Валюта": "руб",
                "Оплачено": float(paid),
                "Договор": b["contract"],
                "Канал продаж": chan,
                "Email контрагента": b["email"],
                "Комментарий": b["comment"],
            })
            lab.add(b)
    df = pd.DataFrame(rows)
    df.to_excel(os.path.join(LAY, "b_ru_moysklad_otgruzki.xlsx"), index=False, sheet_name="Отгрузки")
    write_key("b_ru_moysklad_otgruzki", {
        "id": "b_ru_moysklad_otgruzki",
        "system": "МойСклад — Продажи › Отгрузки, экспорт списка в Excel (с позициями)",
        "country": "RU", "language": "ru",
        "docs": ["MoySklad list of shipments (Отгрузки): standard list columns Время, №, Контрагент, Организация, Склад, Статус, Проведено, Сумма, Валюта, Оплачено, Договор, Канал продаж, Комментарий follow the MoySklad web UI list/Excel export; "
                 "the exact position-level export header set could not be found in the public documentation searched, so the closest documented layout is used: positions (Товар, Артикул, Количество, Цена, Сумма позиции) repeated one row per position, plus counterparty fields ИНН, КПП, Email контрагента added as extra list columns."],
        "fields": {"buyer": "Контрагент", "product": "Товар", "quantity": "Количество", "amount": "Сумма позиции",
                   "tax_id": "ИНН", "email": "Email контрагента", "payment": None, "comment": "Комментарий"},
        "also_ok": {"amount": ["Сумма"]},
        "notes": "XLSX, one sheet, header on row 1, every following row is a record (one row per shipment position; rows with the same № are one document and share a label). No title or totals rows. "
                 "INNs/KPPs are synthetic but checksum-valid; names of public bodies are real. Embassies/international bodies carry a 9909… INN of a foreign organisation. Country of an embassy = the country it represents.",
    }, lab.rows)
    return len(rows), lab.rows


def gen_1c():
    rng = random.Random(1202)
    pool = [b for b in ru_pool(rng) if b["mode"] != "biz_only" and b["mode"] != "home1"]
    for b in pool:
        if b["kind"] == "anonymous_retail":
            b["w"] = 0.6
    recs, lab = [], Lab()
    d = dt.date(2025, 1, 9)
    num = 12
    total_sum = 0.0
    while len(recs) < 190:
        b = pick(pool, rng)
        ls = lines_for(b, rng)
        total = sum(p[2] * q for p, q in ls)
        total_sum += total
        d += dt.timedelta(days=rng.choice([0, 0, 1, 1, 2]))
        num += 1
        contract, comment = b["contract"], b["comment"]
        if b["label"] == "B2G" and not b["amb"] and b["kind"] not in ("embassy",) and rng.random() < 0.55:
            ikz = "25" + "3" + b["inn"] + b["kpp"][:7] + f"{rng.randint(0, 99999999999999):014d}"
            ikz = ikz[:36].ljust(36, "4")
            if b["kind"] == "ru_state_autonomous_institution":
                contract = f"Договор № {rng.randint(100, 999)}/25 (223-ФЗ)"
            else:
                contract = f"Контракт № 03{rng.randint(10**16, 10**17 - 1)} от {d.strftime('%d.%m.%Y')}"
                comment = (comment + "; " if comment else "") + f"44-ФЗ, ИКЗ {ikz}"
        elif not contract and b["label"] in ("B2B", "B2G") and b["inn"]:
            contract = rng.choice(["Основной договор", f"Договор поставки № {rng.randint(10, 300)}/П", "Основной договор"])
        if b["kind"] == "person_with_gov_email":
            comment = f"{b['comment']}; чек на e-mail {b['email']}"
        desc = "; ".join(f"{p[0]} — {q} шт." for p, q in ls).replace("²", "2")
        recs.append([d.strftime("%d.%m.%Y"), f"ТС00-{num:06d}", b["name"], b["inn"], b["kpp"], fmt_ru(total).replace(" ", "\u00a0"), "руб.",
                     rng.choice(["Оплачен", "Оплачен", "Частично оплачен", "Не оплачен"]), rng.choice(["Отгружен", "Отгружен", "Не отгружен"]),
                     contract, (desc + (" | " + comment if comment else "")), rng.choice(["Сидорова Е.В.", "Кириллов А.Н.", "Мальцева О.П."]),
                     "ООО «Техноснаб»"])
        lab.add(b)
    head = ["Дата", "Номер", "Контрагент", "ИНН", "КПП", "Сумма", "Валюта", "Оплата", "Отгрузка", "Договор", "Комментарий", "Ответственный", "Организация"]

    def q(x):
        x = str(x)
        return '"' + x.replace('"', '""') + '"' if (";" in x or '"' in x) else x
    out = ["Счета покупателям", "Организация: ООО «Техноснаб», ИНН 7725123454", "Период: 09.01.2025 - 31.12.2025", "", ";".join(head)]
    for r in recs:
        out.append(";".join(q(x) for x in r))
    out.append(";".join(["Итого", "", "", "", "", fmt_ru(total_sum).replace(" ", "\u00a0")] + [""] * 7))
    with open(os.path.join(LAY, "b_ru_1c_scheta_journal.csv"), "w", encoding="cp1251", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")
    write_key("b_ru_1c_scheta_journal", {
        "id": "b_ru_1c_scheta_journal",
        "system": "1С:Бухгалтерия предприятия 3.0 — журнал «Счета покупателям», список сохранён в CSV",
        "country": "RU", "language": "ru",
        "docs": ["1C:Бухгалтерия 3.0 list form «Счета покупателям» (Продажи › Счета покупателям): columns Дата, Номер, Контрагент, Сумма, Валюта, Оплата, Отгрузка, Организация, Ответственный, Комментарий; "
                 "ИНН and КПП of the counterparty added through «Настроить список», as users do. Saved via «Вывести список» → CSV: cp1251, ';', numbers with a non-breaking-space thousands separator and decimal comma. "
                 "Exact header spelling was not found in the public documentation searched; this is the closest layout from knowledge of the product."],
        "fields": {"buyer": "Контрагент", "product": None, "quantity": None, "amount": "Сумма", "tax_id": "ИНН",
                   "email": None, "payment": None, "comment": "Комментарий"},
        "also_ok": {"product": ["Комментарий"]},
        "notes": "cp1251, ';'. Lines 1-3 are title lines (report name, seller organisation, period), line 4 is blank, line 5 is the header; the last line «Итого» is a totals row, not a record. "
                 "One record per invoice; the goods and quantities are written in Комментарий (as the manager typed them), followed by ' | ' and any note (44-ФЗ ИКЗ, 223-ФЗ, payment note). "
                 "Договор holds 44-ФЗ contract numbers (Контракт № 03…) and 223-ФЗ contracts. INNs synthetic, checksum-valid.",
    }, lab.rows)
    return len(recs), lab.rows


if __name__ == "__main__":
    print(gen_moysklad()[0], gen_1c()[0])
