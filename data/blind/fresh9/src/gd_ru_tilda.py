"""RU: Tilda Publishing - заявки (leads) from a shop cart, CSV export. Seeded."""
import csv
import io
import random
from datetime import datetime, timedelta
from gd_common import LAYOUTS, ru_inn10, ru_inn12, write_key

ID = "gd_ru_tilda_zayavki"
rng = random.Random(9101)

HOME = [("Кофемашина De'Longhi Magnifica S ECAM 22.110.B", 39990), ("Кофемашина Philips EP2231/40", 34990),
        ("Кофе в зёрнах Lavazza Qualità Oro 1 кг", 2290), ("Кофе в зёрнах Illy Classico 250 г", 1190),
        ("Капсулы Nespresso Ispirazione Ristretto Italiano 10 шт", 590), ("Кофемолка Bork J700", 24990),
        ("Молочник питчер 600 мл", 1290), ("Средство для декальцинации De'Longhi EcoDecalk 500 мл", 990),
        ("Турка медная 500 мл", 2490), ("Кофе молотый Jardin Espresso Stile di Milano 250 г", 490),
        ("Френч-пресс Bodum Chambord 1 л", 4990)]
BIZ = [("Кофемашина Nuova Simonelli Appia Life 2Gr", 612000), ("Кофемолка Mazzer Super Jolly Electronic", 189000),
       ("Стаканы бумажные 250 мл, 1000 шт", 3900), ("Сахар порционный в стиках 5 г, 1000 шт", 1650),
       ("Кофе в зёрнах Lavazza Super Crema 1 кг", 2390), ("Крышки для стаканов 80 мм, 1000 шт", 2100),
       ("Кофемашина Jura WE8 (офисная)", 164990), ("Сироп Monin Ваниль 1 л", 890),
       ("Молоко Parmalat 3,5% 1 л (упаковка 12 шт)", 1990), ("Фильтр для воды BWT Bestmax M", 8900)]

MALE = ["Алексей", "Дмитрий", "Сергей", "Андрей", "Максим", "Иван", "Михаил", "Павел", "Николай", "Артём"]
FEM = ["Анна", "Елена", "Ольга", "Наталья", "Татьяна", "Мария", "Екатерина", "Ирина", "Юлия", "Светлана"]
SUR = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров",
       "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев"]
FREE = ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "list.ru", "ya.ru", "rambler.ru"]
TRANSL = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
                        "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
                        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch",
                        "ы": "y", "э": "e", "ю": "yu", "я": "ya", "ь": "", "ъ": ""})
STREETS = ["ул. Профсоюзная", "Ленинский пр-т", "ул. Братиславская", "Кутузовский пр-т", "ул. Новаторов",
           "пр-т Мира", "ул. Бутлерова", "Варшавское ш.", "ул. Академика Янгеля", "Рязанский пр-т"]


def person():
    if rng.random() < 0.5:
        fn, sn = rng.choice(MALE), rng.choice(SUR)
    else:
        fn, sn = rng.choice(FEM), rng.choice(SUR) + "а"
    return fn, sn


def mail_of(fn, sn, dom=None):
    base = rng.choice([f"{fn}.{sn}", f"{sn}{rng.randint(1, 99)}", f"{fn[0]}{sn}"]).lower().translate(TRANSL)
    return f"{base}@{dom or rng.choice(FREE)}"


def phone():
    return f"+7 ({rng.choice(['903', '915', '916', '925', '926', '977', '985', '999'])}) {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"


def addr():
    return f"Москва, {rng.choice(STREETS)}, д. {rng.randint(1, 120)}, кв. {rng.randint(1, 300)}"


def lines(pool, nmin, nmax, qmax):
    items = rng.sample(pool, rng.randint(nmin, nmax))
    return [(n, rng.randint(1, qmax), p) for n, p in items]


ORGS_B = [("ООО «Кофе Хаус Сервис»", "cofehouse-service.ru"), ("ООО \"Вкусвилл\"", "vkusvill.ru"),
          ("ООО «Самокат»", "samokat.ru"), ("АО «Шоколадница»", "shoko.ru"), ("ООО «Кофемания»", "coffeemania.ru"),
          ("ООО «Даблби»", "double-b.ru"), ("ООО «Хэдхантер»", "hh.ru"), ("ООО «Яндекс.Лавка»", "yandex-team.ru"),
          ("ООО \"ПИК-Комфорт\"", "pik-comfort.ru"), ("АО «Тандер»", "magnit.ru"), ("ООО «Азбука Вкуса»", "av.ru"),
          ("ООО «Коворкинг Рабочая станция»", "rabstan.ru"), ("АНО ДПО «Школа бариста»", "baristaschool.ru"),
          ("ТСЖ «Лазурный»", None), ("Местная религиозная организация православный Приход храма Святителя Николая в Хамовниках", None)]
ORGS_G = [("ГБОУ Школа № 1535", "edu.mos.ru", "ГБОУ"), ("ГБУЗ «ГКБ им. С.П. Боткина ДЗМ»", "zdrav.mos.ru", "ГБУЗ"),
          ("ФГБОУ ВО «МГТУ им. Н.Э. Баумана»", "bmstu.ru", "ФГБОУ"), ("ФГАОУ ВО «НИУ ВШЭ»", "hse.ru", "ФГАОУ"),
          ("ГБУ «Жилищник района Хамовники»", "mos.ru", "ГБУ"), ("Управа района Тёплый Стан города Москвы", "mos.ru", "управа"),
          ("МБДОУ «Детский сад № 12 «Солнышко», г. Подольск", "mail.ru", "МБДОУ"), ("ФКУ «ЦХиСО ГУ МВД России по г. Москве»", "mvd.ru", "ФКУ"),
          ("Префектура ЗАО города Москвы", "mos.ru", "префектура"), ("ГАУК г. Москвы «Парк Горького»", "park-gorkogo.com", "ГАУК")]
GOVKIND = {"ГБОУ": "public_school", "ГБУЗ": "public_hospital", "ФГБОУ": "public_university", "ФГАОУ": "public_university",
           "ГБУ": "state_institution", "управа": "municipality", "МБДОУ": "municipal_kindergarten", "ФКУ": "police",
           "префектура": "municipality", "ГАУК": "state_institution"}


def scenario():
    r = rng.random()
    fn, sn = person()
    rec = dict(name=f"{fn} {sn}", phone=phone(), email=mail_of(fn, sn), company="", inn="", address=addr(),
               comment="", pay=rng.choice(["Банковская карта", "Банковская карта", "СБП", "Наличными курьеру"]))
    if r < 0.46:  # private person, household
        rec["items"] = lines(HOME, 1, 3, 2)
        if rng.random() < 0.2:
            rec["comment"] = rng.choice(["Позвоните за час до доставки", "Подарок мужу, упакуйте пожалуйста", "Домофон не работает", "для дачи"])
        if rng.random() < 0.15:
            rec["name"] = rec["name"].upper()
        if rng.random() < 0.1:
            rec["name"] = f"{sn}, {fn}"
        return rec, ("B2C", False, "private_person", "RU")
    if r < 0.49:  # thin: phone + product only
        rec.update(name="", email="", address="", pay="")
        rec["items"] = lines(HOME, 1, 1, 1)
        return rec, ("B2C", True, "thin_record", "RU")
    if r < 0.68:  # company, business goods, invoice
        org, dom = rng.choice(ORGS_B)
        rec.update(company=org, inn=ru_inn10(rng), pay="Оплата по счёту для юрлиц",
                   email=mail_of(fn, sn, dom) if dom else mail_of(fn, sn),
                   address=f"Москва, {rng.choice(STREETS)}, д. {rng.randint(1, 120)}, офис {rng.randint(100, 900)}")
        rec["items"] = lines(BIZ, 1, 4, 10)
        if rng.random() < 0.3:
            rec["comment"] = rng.choice(["Нужны счёт и УПД", "Доставка на склад до 17:00", "Пришлите счёт на почту", "Закрывающие документы ЭДО (Диадок)"])
        kind = "non_profit" if org.startswith(("АНО", "ТСЖ", "Местная")) else ("homeowners_association" if org.startswith("ТСЖ") else "company")
        if org.startswith("ТСЖ"):
            kind = "homeowners_association"
        if org.startswith("Местная"):
            kind = "religious_organisation"
        return rec, ("B2B", False, kind, "RU")
    if r < 0.74:  # sole trader clear
        rec.update(company=f"ИП {sn} {fn[0]}.", inn=ru_inn12(rng), pay="Оплата по счёту для юрлиц")
        rec["items"] = lines(BIZ, 1, 3, 6)
        rec["comment"] = rng.choice(["для кофейни", "кофе-точка в ТЦ", "", "Счёт на ИП"])
        return rec, ("B2B", False, "sole_trader", "RU")
    if r < 0.88:  # state institution
        org, dom, form = rng.choice(ORGS_G)
        rec.update(company=org, inn=ru_inn10(rng), pay="Оплата по счёту для юрлиц",
                   email=(f"zakupki@{dom}" if rng.random() < 0.5 else mail_of(fn, sn, dom)))
        rec["address"] = ""
        if rng.random() < 0.75:
            rec["items"] = lines(BIZ, 1, 3, 5)
            amb = False
        else:  # municipal-school-buys-a-kettle case: B2G, ambiguous
            n, p = rng.choice(HOME[:2])
            rec["items"] = [(n, 1, p)]
            amb = True
        if rng.random() < 0.35:
            rec["comment"] = f"Контракт по 44-ФЗ, ИКЗ {rng.randint(10**35, 10**36 - 1)}"
        return rec, ("B2G", amb, GOVKIND[form], "RU")
    # ambiguous mixes
    k = rng.choice(["gov_mail_person", "ip_card_tv", "org_one_home", "resale_person", "bulk_person", "pays_for_org", "soe_223"])
    if k == "gov_mail_person":
        rec.update(email=mail_of(fn, sn, rng.choice(["mos.ru", "minfin.gov.ru", "fns.ru"])), pay="Банковская карта")
        rec["items"] = lines(HOME, 1, 2, 1)
        return rec, ("B2C", True, "person_gov_email", "RU")
    if k == "ip_card_tv":
        rec.update(company=f"ИП {sn} {fn}", inn=ru_inn12(rng), pay="Банковская карта")
        rec["items"] = [(HOME[0][0], 1, HOME[0][1])]
        return rec, ("B2B", True, "sole_trader_personal_card", "RU")
    if k == "org_one_home":
        org, dom = rng.choice(ORGS_B[:12])
        rec.update(company=org, inn=ru_inn10(rng), email=mail_of(fn, sn, dom), pay=rng.choice(["Банковская карта", "Оплата по счёту для юрлиц"]))
        rec["items"] = [(HOME[1][0], 1, HOME[1][1])]
        rec["comment"] = "в переговорную"
        return rec, ("B2B", True, "company_household_item", "RU")
    if k == "resale_person":
        rec["items"] = [(HOME[2][0], rng.randint(10, 20), HOME[2][1])]
        rec["comment"] = rng.choice(["для перепродажи", "беру для своей кофейни, чек не нужен"])
        return rec, ("B2B", True, "person_business_purpose", "RU")
    if k == "bulk_person":
        rec["items"] = [(HOME[4][0], rng.randint(40, 60), HOME[4][1])]
        return rec, ("B2C", True, "person_bulk_quantity", "RU")
    if k == "pays_for_org":
        org, dom = rng.choice(ORGS_B[:12])
        rec["items"] = lines(BIZ, 1, 2, 4)
        rec["comment"] = f"Оплачиваю картой счёт за {org}, ИНН {ru_inn10(rng)}, документы на организацию"
        return rec, ("B2B", True, "person_pays_company_invoice", "RU")
    org = rng.choice(["ОАО «РЖД»", "АО «Мосэнерго»", "ПАО «Аэрофлот»", "АО «Почта России»"])
    rec.update(company=org, inn=ru_inn10(rng), pay="Оплата по счёту для юрлиц",
               email=f"zakupki@{ {'ОАО «РЖД»': 'rzd.ru', 'АО «Мосэнерго»': 'mosenergo.ru', 'ПАО «Аэрофлот»': 'aeroflot.ru', 'АО «Почта России»': 'russianpost.ru'}[org]}")
    rec["items"] = lines(BIZ, 2, 4, 10)
    rec["comment"] = f"Закупка по 223-ФЗ, извещение № 32{rng.randint(10**9, 10**10 - 1)}"
    return rec, ("B2B", True, "state_owned_company_223fz", "RU")


def main():
    rows, labels = [], []
    t = datetime(2024, 9, 2, 9, 0)
    for i in range(190):
        rec, lab = scenario()
        t += timedelta(minutes=rng.randint(20, 600))
        total = sum(q * p for _, q, p in rec["items"])
        parts = [f"{n} — {q} x {p} = {q * p}" for n, q, p in rec["items"]]
        payment = "Order #" + str(rng.randint(1000000000, 1999999999)) + "\n" + "\n".join(f"{j + 1}. {s}" for j, s in enumerate(parts)) + f"\nAmount: {total} RUB"
        rows.append([t.strftime("%Y-%m-%d %H:%M:%S"), f"{rng.randint(1000000, 9999999)}:{rng.randint(1000000000, 9999999999)}",
                     "Cart", rec["name"], rec["phone"], rec["email"], rec["company"], rec["inn"], rec["address"],
                     rec["comment"], rec["pay"], payment, total, "https://coffeeshop-moskva.ru/catalog"])
        labels.append(lab)
    head = ["sent", "requestid", "formname", "Name", "Phone", "Email", "Компания", "ИНН", "Адрес доставки",
            "Комментарий", "Способ оплаты", "payment", "paymentamount", "referer"]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(head)
    w.writerows(rows)
    (LAYOUTS / f"{ID}.csv").write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    meta = {
        "id": ID, "system": "Tilda Publishing — раздел «Заявки» (CRM/Leads) магазина на корзине Tilda, выгрузка в CSV",
        "country": "RU", "language": "ru",
        "docs": ["the public documentation gave no Tilda page listing the CSV export columns; tilda-retailcrm.com/en/instruction/payments.html confirmed that Tilda cart orders carry the payment system and products of the order. The layout follows Tilda's convention that form fields are exported under their variable names (Name, Phone, Email, custom Russian-named fields) with service columns (sent, requestid, formname, referer) and the cart contents in one 'payment' cell; separator ';', UTF-8 with BOM. The exact column set and order are my assumption, not confirmed by a public spec."],
        "fields": {"buyer": "Компания", "product": "payment", "quantity": None, "amount": "paymentamount",
                   "tax_id": "ИНН", "email": "Email", "payment": "Способ оплаты", "comment": "Комментарий"},
        "also_ok": {"buyer": ["Name"]},
        "notes": "One row per cart order (lead); no title or totals lines. 'Name' is the contact person (the buyer for private orders); 'Компания'/'ИНН' are optional custom fields filled only by organisations and ИП, so for business orders the buyer is Компания. The 'payment' cell is multi-line (quoted, embedded newlines): 'Order #…', numbered items 'name — qty x price = sum', 'Amount: … RUB'. Some rows hold only a phone and the cart (thin quick orders). Labels follow the organisation when Компания is filled.",
    }
    write_key(ID, meta, labels)


if __name__ == "__main__":
    main()
