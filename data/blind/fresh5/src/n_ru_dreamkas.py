"""Дримкас (Dreamkas) Кабинет: выгрузка чеков по позициям, xlsx."""
import random
from datetime import datetime, timedelta
from openpyxl import Workbook
import n_common as c

LID = "n_ru_dreamkas_cheki"
rng = random.Random(5252)

# seller: hardware / household store in Казань
GOODS = [("Саморез по дереву 3,5x35 (200 шт)", 189), ("Лампа светодиодная Gauss E27 10W", 145),
         ("Перчатки х/б с ПВХ", 39), ("Валик малярный 180 мм", 260), ("Краска Tikkurila Euro 7 (2,7 л)", 1890),
         ("Шпатлёвка Knauf Ротбанд финиш 25 кг", 790), ("Удлинитель 5 м 3 гнезда", 420), ("Скотч малярный 48 мм", 95),
         ("Батарейки Duracell AA (4 шт)", 399), ("Мешки для мусора 120 л (10 шт)", 165), ("Изолента ПВХ 19 мм", 55),
         ("Кисть плоская 50 мм", 85), ("Дюбель-гвоздь 6x40 (50 шт)", 149), ("Сантехнический герметик Ceresit CS 25", 480),
         ("Замок навесной 50 мм", 590), ("Ведро пластиковое 12 л", 210), ("Средство для мытья посуды Fairy 450 мл", 179)]
BULK = [("Краска Tikkurila Euro 7 (2,7 л)", 1890), ("Шпатлёвка Knauf Ротбанд финиш 25 кг", 790),
        ("Лампа светодиодная Gauss E27 10W", 145), ("Перчатки х/б с ПВХ", 39), ("Мешки для мусора 120 л (10 шт)", 165)]
CASHIERS = ["Гарипова Л.Р.", "Хабибуллин Р.Ф.", "Сафина А.И."]
ORGS = [("ООО \"ТАТСТРОЙМОНТАЖ\"", "company"), ("ООО «УК Жилкомсервис»", "company"), ("АО «Казанский жировой комбинат»", "company"),
        ("ООО «Кафе Чак-Чак»", "company"), ("ТСЖ «Чистопольская 61»", "hoa")]
GOV = [("МБОУ «Гимназия № 7» Ново-Савиновского района г. Казани", "municipal_school"),
       ("МАДОУ «Детский сад № 310»", "municipal_kindergarten"),
       ("ГАУЗ «Городская клиническая больница № 7» г. Казани", "public_hospital"),
       ("МКУ «Администрация Вахитовского и Приволжского районов ИК МО г. Казани»", "municipality"),
       ("ФГБОУ ВО «Казанский государственный архитектурно-строительный университет»", "public_university")]
IPS = ["ИП Галиев Ильдар Рашитович", "ИП Шарипова Гульнара Маратовна", "ИП Николаев Олег Сергеевич"]
PERSON_EMAILS = ["aliya.kh92@mail.ru", "+79172345678", "r.zakirov@yandex.ru", "+79033187744", "marina.s@gmail.com"]


def build():
    rows, labs = [], []
    t = datetime(2025, 3, 3, 9, 2)
    chk = 1
    shift = 211
    inns = {}

    def rid(name, n12=False):
        if name not in inns:
            inns[name] = c.ru_inn12(rng, "16") if n12 else c.ru_inn10(rng, "16")
        return inns[name]

    def receipt(items, lab, buyer="", inn="", contact="", pay=None, op="Приход"):
        nonlocal t, chk, shift
        t += timedelta(minutes=rng.randint(4, 90))
        if t.hour >= 21:
            t = (t + timedelta(days=1)).replace(hour=9, minute=rng.randint(0, 20))
            shift += 1
            chk = 1
        pay = pay or rng.choice(["Безналичными", "Безналичными", "Наличными"])
        cashier = rng.choice(CASHIERS)
        for name, q, price in items:
            disc = 0.0 if rng.random() < 0.85 else round(price * q * 0.05, 2)
            rows.append([t.strftime("%d.%m.%Y %H:%M:%S"), "Казань, ул. Декабристов, 85", "Касса 1", shift, chk, op,
                         name, q, float(price), disc, round(price * q - disc, 2), "Без НДС", pay, cashier, buyer, inn, contact])
            labs.append(lab)
        chk += 1

    def basket(k=None, bulk=False):
        k = k or rng.choice([1, 1, 2, 2, 3, 4])
        if bulk:
            return [(n, rng.choice([10, 20, 30]), p) for n, p in rng.sample(BULK, k)]
        return [(n, rng.choice([1, 1, 1, 2, 3]), p) for n, p in rng.sample(GOODS, k)]

    # anonymous retail, the bulk of the file
    for _ in range(52):
        receipt(basket(), ("B2C", False, "anonymous_retail", "RU"))
    # return receipts (anonymous)
    for _ in range(3):
        receipt(basket(1), ("B2C", False, "anonymous_retail_return", "RU"), op="Возврат прихода")
    # persons who asked for an e-receipt (tag 1008)
    for cnt in PERSON_EMAILS:
        receipt(basket(), ("B2C", False, "private_person", "RU"), contact=cnt, pay="Безналичными")
    # organisations with buyer name + ИНН on the receipt (tags 1227/1228)
    for _ in range(10):
        n, kind = rng.choice(ORGS)
        receipt(basket(rng.choice([2, 3]), bulk=rng.random() < 0.5), ("B2B", False, kind, "RU"), n, rid(n),
                pay="Безналичными")
    # state bodies paying by corporate card / accountable person
    for _ in range(7):
        n, kind = rng.choice(GOV)
        receipt(basket(rng.choice([2, 3]), bulk=rng.random() < 0.5), ("B2G", False, kind, "RU"), n, rid(n),
                pay="Безналичными")
    # a school buying one household item
    receipt([("Ведро пластиковое 12 л", 1, 210)], ("B2G", True, "municipal_school_household_item", "RU"),
            GOV[0][0], rid(GOV[0][0]), pay="Безналичными")
    # a company buying only household goods in household quantities
    receipt([("Средство для мытья посуды Fairy 450 мл", 2, 179)], ("B2B", True, "company_household_item", "RU"),
            ORGS[3][0], rid(ORGS[3][0]), pay="Безналичными")
    # sole traders
    for _ in range(5):
        n = rng.choice(IPS)
        receipt(basket(rng.choice([2, 3]), bulk=True), ("B2B", False, "sole_trader", "RU"), n, rid(n, True))
    # sole trader by personal card, household goods
    receipt([("Замок навесной 50 мм", 1, 590)], ("B2B", True, "sole_trader_personal_purchase", "RU"),
            IPS[2], rid(IPS[2], True), pay="Безналичными")
    # buyer name only, no ИНН: a person typed as buyer
    receipt(basket(2), ("B2C", False, "private_person", "RU"), "Ахметзянов Рустем Ильдарович", "", "", pay="Безналичными")
    # person with a government e-mail, household basket
    receipt(basket(2), ("B2C", True, "person_gov_email_household", "RU"), "", "", "i.valeev@tatar.ru", pay="Безналичными")
    # anonymous receipt with bulk quantities (possible reseller, no buyer)
    receipt([("Шпатлёвка Knauf Ротбанд финиш 25 кг", 40, 790)], ("B2C", True, "anonymous_bulk", "RU"), pay="Безналичными")
    # role mailbox on otherwise anonymous receipt
    receipt(basket(3, bulk=True), ("B2B", True, "role_mailbox_anonymous", "RU"), "", "", "zakupki@tatstroy.ru",
            pay="Безналичными")
    # private person stating business use
    receipt([("Краска Tikkurila Euro 7 (2,7 л)", 6, 1890)], ("B2B", True, "private_person_business_use", "RU"),
            "Кузьмин Денис (для работы, ремонт квартир)", "", "+79274561230", pay="Наличными")
    receipt([("Лампа светодиодная Gauss E27 10W", 60, 145), ("Удлинитель 5 м 3 гнезда", 25, 420),
             ("Изолента ПВХ 19 мм", 50, 55)], ("B2C", True, "anonymous_bulk", "RU"), pay="Безналичными")
    receipt([("Средство для мытья посуды Fairy 450 мл", 1, 179), ("Мешки для мусора 120 л (10 шт)", 1, 165),
             ("Батарейки Duracell AA (4 шт)", 1, 399)], ("B2C", True, "person_gov_email_household", "RU"), "", "",
            "s.mukhametov@kzn.ru", pay="Безналичными")
    receipt([("Ведро пластиковое 12 л", 1, 210), ("Средство для мытья посуды Fairy 450 мл", 2, 179)],
            ("B2B", True, "company_household_item", "RU"), ORGS[1][0], rid(ORGS[1][0]), pay="Безналичными")
    receipt([("Батарейки Duracell AA (4 шт)", 1, 399), ("Замок навесной 50 мм", 1, 590)],
            ("B2B", True, "sole_trader_personal_purchase", "RU"), IPS[0], rid(IPS[0], True), pay="Безналичными")
    receipt([("Лампа светодиодная Gauss E27 10W", 1, 145), ("Ведро пластиковое 12 л", 1, 210)],
            ("B2G", True, "municipal_school_household_item", "RU"), GOV[0][0], rid(GOV[0][0]), pay="Безналичными")
    return rows, labs


def main():
    rows, labs = build()
    wb = Workbook()
    ws = wb.active
    ws.title = "Чеки"
    hdr = ["Дата и время", "Торговая точка", "Касса", "Номер смены", "Номер чека", "Тип операции", "Наименование",
           "Количество", "Цена", "Скидка", "Сумма", "НДС", "Тип оплаты", "Кассир", "Покупатель", "ИНН покупателя",
           "Телефон или e-mail покупателя"]
    ws.append(hdr)
    for r in rows:
        ws.append(r)
    wb.save(c.OUT / "layouts" / f"{LID}.xlsx")
    c.write_labels(LID, labs, "RU")
    c.write_key(LID, {
        "id": LID, "system": "Дримкас (Dreamkas) Кабинет — список чеков, выгрузка в Excel с разбивкой по позициям",
        "country": "RU", "language": "ru",
        "docs": ["No public Dreamkas help page found gives with its export columns. Column meaning follows the receipt "
                 "attributes every Russian online cash register records under 54-ФЗ (date/time, shift number, receipt number, "
                 "operation type 'Приход' / 'Возврат прихода', item, quantity, price, sum, VAT rate, payment 'Наличными' / "
                 "'Безналичными', cashier, and the optional buyer name and buyer ИНН tags 1227/1228 and the buyer phone or "
                 "e-mail tag 1008). Similar Russian POS report descriptions (Такском-Касса, Domino) confirmed Excel exports of "
                 "receipt journals."],
        "fields": {"buyer": "Покупатель", "product": "Наименование", "quantity": "Количество", "amount": "Сумма",
                   "tax_id": "ИНН покупателя", "email": "Телефон или e-mail покупателя", "payment": "Тип оплаты", "comment": None},
        "also_ok": {"amount": ["Цена"]},
        "notes": "xlsx, one header row, one row per receipt position (a receipt = Номер смены + Номер чека; all its lines share "
                 "the label). No title or totals lines. Most receipts are anonymous retail; some carry the buyer's name and ИНН "
                 "(organisations, state institutions, ИП) or the buyer's phone/e-mail for an e-receipt. ИНН values are generated "
                 "with valid check digits (region 16)."})
    print(LID, len(rows))


if __name__ == "__main__":
    main()
