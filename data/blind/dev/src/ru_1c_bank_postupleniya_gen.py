"""Generator: ru_1c_bank_postupleniya -- receipts to the settlement account from a 1C bank statement,
tabulated with the field names of the 1CClientBankExchange format (СекцияДокумент), cp1251, ';'.
Seeded; rebuild with: python ru_1c_bank_postupleniya_gen.py"""
import json, random, csv
from pathlib import Path

SEED = 4102
R = random.Random(SEED)
BASE = Path(__file__).resolve().parent.parent
LID = "ru_1c_bank_postupleniya"


def inn10(region=None):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    d = (region or R.choice(["77", "78", "50", "16", "66", "54", "23", "52", "63", "02"])) + "%02d" % R.randint(1, 40) + "".join(str(R.randint(0, 9)) for _ in range(5))
    c = sum(int(a) * b for a, b in zip(d, w)) % 11 % 10
    return d + str(c)


def inn12():
    d = R.choice(["77", "78", "50", "16", "66", "54", "23", "52"]) + "".join(str(R.randint(0, 9)) for _ in range(8))
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(int(a) * b for a, b in zip(d, w1)) % 11 % 10
    d += str(c1)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c2 = sum(int(a) * b for a, b in zip(d, w2)) % 11 % 10
    return d + str(c2)


def inn_ok(s):
    if len(s) == 10:
        w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
        return sum(int(a) * b for a, b in zip(s, w)) % 11 % 10 == int(s[9])
    return False


def acc(prefix):
    return prefix + "810" + "".join(str(R.randint(0, 9)) for _ in range(12))


def ikz(inn, kpp):
    return "24" + "2" + inn + kpp + "0010" + "%03d" % R.randint(1, 200) + "0000" + "244"


BANKS = [("ПАО СБЕРБАНК", "044525225"), ("БАНК ВТБ (ПАО)", "044525187"), ("АО \"АЛЬФА-БАНК\"", "044525593"),
         ("АО \"ТБАНК\"", "044525974"), ("ПАО \"ПРОМСВЯЗЬБАНК\"", "044525555"), ("ГУ БАНКА РОССИИ ПО ЦФО//УФК ПО Г. МОСКВЕ г. Москва", "004525988"),
         ("ОТДЕЛЕНИЕ-НБ РЕСПУБЛИКА ТАТАРСТАН БАНКА РОССИИ//УФК по Республике Татарстан г. Казань", "019205400")]
ME = dict(name="ООО \"ТЕХНОСНАБ\"", inn="7714398125", acc="40702810938000123456")
GOODS = ["бумаги офисной А4", "картриджей", "канцелярских товаров", "мебели офисной", "компьютерной техники",
         "МФУ и расходных материалов", "хозяйственных товаров", "оргтехники", "электротоваров", "моющих средств"]
HOUSE = ["чайник электрический 1 шт", "микроволновую печь 1 шт", "холодильник бытовой 1 шт", "кофемашину 1 шт"]

ROWS = []  # (payer dict, purpose, amount, label, amb, kind, country, vid)


def nds(amount, rate=20):
    return "В т.ч. НДС (%d%%) %s руб." % (rate, ("%.2f" % (amount * rate / (100 + rate))).replace(".", "-"))


def money(lo, hi):
    return round(R.uniform(lo, hi), 2)


def org(name, inn=None, kpp=None, bank=None, acc_prefix="40702"):
    inn = inn or inn10()
    return dict(name=name, inn=inn, kpp=kpp if kpp is not None else inn[:4] + "01001",
                acc=acc(acc_prefix), bank=bank or R.choice(BANKS[:5]))


def add(p, purpose, amount, label, amb, kind, country="RU", vid="01"):
    ROWS.append((p, purpose, amount, label, amb, kind, country, vid))


def inv():
    return "сч. № %d от %02d.%02d.2024" % (R.randint(10, 990), R.randint(1, 28), R.randint(1, 3))


def build():
    G, B, C = "B2G", "B2B", "B2C"
    # --- B2G via treasury (УФК) ---
    ufk = [("УФК по г. Москве (ГБУЗ \"ГКБ № 1 им. Н.И. Пирогова ДЗМ\" л/с 2605541000450001)", "ГБУЗ", "77"),
           ("УФК по г. Москве (ГБОУ Школа № 1535 л/с 2607541000430012)", "ГБОУ", "77"),
           ("УФК по г. Москве (ГБУ \"Жилищник района Хамовники\" л/с 2605641000451234)", "ГБУ", "77"),
           ("УФК ПО Г. МОСКВЕ (ФГБОУ ВО \"МГУ ИМЕНИ М.В.ЛОМОНОСОВА\" Л/С 20736Х38290)", "ФГБОУ ВО", "77"),
           ("УФК по Республике Татарстан (МБОУ \"Гимназия № 7\" Вахитовского района г. Казани, л/с ЛБ0115001-Гимн7)", "МБОУ", "16"),
           ("УФК по Свердловской области (МАДОУ детский сад № 512 л/с 30906Х12345)", "МАДОУ", "66"),
           ("УФК по Новосибирской области (ФКУ \"Центр хозяйственного и сервисного обеспечения ГУ МВД России по Новосибирской области\" л/с 04511А23310)", "ФКУ", "54"),
           ("УФК по г. Санкт-Петербургу (СПб ГБУЗ \"Городская больница № 40 Курортного района\" л/с 0151002)", "СПб ГБУЗ", "78"),
           ("УФК по Московской области (Администрация городского округа Красногорск Московской области л/с 03483001230)", "Администрация", "50"),
           ("УФК по Краснодарскому краю (МКУ \"Управление по делам ГО и ЧС г. Краснодара\" л/с 04183002330)", "МКУ", "23"),
           ("УФК по г. Москве (ФКУ \"Войсковая часть 55443\" л/с 03731А11220)", "войсковая часть", "77"),
           ("УФК по Нижегородской области (ГКУ НО \"Управление социальной защиты населения г. Нижнего Новгорода\" л/с 03322001150)", "ГКУ", "52"),
           ("УФК по Самарской области (ФКУ ИК-2 УФСИН России по Самарской области л/с 03421А11450)", "ФКУ", "63"),
           ("УФК по Республике Башкортостан (Министерство цифрового развития государственного управления РБ л/с 03012000340)", "министерство", "02")]
    kinds = {"ГБУЗ": "public_hospital", "СПб ГБУЗ": "public_hospital", "ГБОУ": "public_school", "МБОУ": "public_school",
             "МАДОУ": "public_kindergarten", "ГБУ": "state_institution", "ФГБОУ ВО": "public_university",
             "ФКУ": "state_institution", "Администрация": "ru_municipality", "МКУ": "municipal_institution",
             "войсковая часть": "armed_forces_unit", "ГКУ": "state_institution", "министерство": "ministry"}
    for name, form, reg in ufk:
        p = org(name, inn10(reg), None, BANKS[5] if reg == "77" else BANKS[6], "03234")
        p["acc"] = "03234643" + "".join(str(R.randint(0, 9)) for _ in range(12))
        for _ in range(R.choice([2, 3, 3, 4])):
            a = money(8000, 480000)
            inn, kpp = p["inn"], p["kpp"]
            kz = R.random()
            if kz < 0.55:
                purp = "Оплата по контракту № %s от %02d.%02d.2024 ИКЗ %s за поставку %s, %s. %s" % (
                    "0373200%012d" % R.randint(0, 10**12 - 1), R.randint(1, 28), R.randint(1, 3), ikz(inn, kpp), R.choice(GOODS), inv(),
                    "НДС не облагается" if R.random() < 0.3 else nds(a))
            elif kz < 0.8:
                purp = "Оплата по гос. контракту № %d-ЭА/24 от %02d.01.2024 (44-ФЗ) за поставку %s по УПД № %d. %s" % (
                    R.randint(10, 400), R.randint(9, 28), R.choice(GOODS), R.randint(100, 999), nds(a))
            else:
                purp = "Оплата по договору № %d от %02d.02.2024 (п.4 ч.1 ст.93 44-ФЗ) за поставку %s, %s. %s" % (
                    R.randint(1, 300), R.randint(1, 28), R.choice(GOODS), inv(), nds(a))
            add(p, purp, a, G, False, kinds[form])
    # state autonomous institution under 223-ФЗ -> B2G (both signals state)
    p = org("ГАУ \"МОСГОРТУР\"", inn10("77"))
    for _ in range(2):
        a = money(50000, 300000)
        add(p, "Оплата по договору № 31.24-%d/223 от 12.02.2024 (223-ФЗ) за поставку мебели офисной, %s. %s" % (R.randint(10, 99), inv(), nds(a)), a, G, False, "state_autonomous_institution_223fz")
    p = org("ГАУК г. Москвы \"Парк Горького\"", inn10("77"))
    a = money(30000, 90000)
    add(p, "Оплата по договору № 223-ЗК-014 (закупка по 223-ФЗ) за канцелярские товары, %s. %s" % (inv(), nds(a)), a, G, False, "state_autonomous_institution_223fz")
    # unitary enterprises
    for nm in ["ГУП \"Московский метрополитен\"", "МУП \"Водоканал\" г. Екатеринбурга", "ФГУП \"ГРЧЦ\"", "ГУП \"ТЭК СПб\""]:
        p = org(nm)
        for _ in range(2):
            a = money(20000, 600000)
            add(p, "Оплата по договору № %d от %02d.01.2024 за поставку %s, %s. %s" % (R.randint(100, 9000), R.randint(9, 28), R.choice(GOODS), inv(), nds(a)), a, G, False, "state_unitary_enterprise")
    # state social fund = state body
    p = org("УФК по г. Москве (ОСФР по г. Москве и Московской области л/с 03734Ф73010)", inn10("77"), None, BANKS[5], "03234")
    a = money(20000, 90000)
    add(p, "Оплата по гос. контракту № 0273100000124000087 ИКЗ %s за картриджи, %s. %s" % (ikz(p["inn"], p["kpp"]), inv(), nds(a)), a, G, False, "state_social_fund")
    # ambiguous B2G: municipal school/kindergarten buys one household item
    for nm in ["УФК по Тверской области (МБОУ СОШ № 3 г. Ржева л/с 20366Ц14510)", "УФК по Воронежской области (МКДОУ \"Детский сад № 17\" л/с 03313001590)",
               "УФК по Республике Татарстан (МБДОУ \"Детский сад № 121\" Приволжского района г. Казани л/с ЛБ0115007-ДС121)"]:
        p = org(nm, inn10(), None, BANKS[6], "03234")
        a = float(R.choice([3490, 4290, 2790, 8990]))
        add(p, "Оплата по %s за %s. НДС не облагается" % (inv(), R.choice(HOUSE)), a, G, True, "public_school_household_item")
    # --- B2B companies ---
    comps = ["ООО \"ВЕКТОР\"", "ООО \"СТРОЙИНВЕСТ\"", "АО \"ТАНДЕР\"", "ООО \"ЛЕРУА МЕРЛЕН ВОСТОК\"", "ООО \"СБЕРЛОГИСТИКА\"",
             "ООО \"МЕДСИ\"", "ПАО \"МТС\"", "АО \"ПЕТРОСТАЛЬ\"", "ООО \"ЯНДЕКС.ТАКСИ\"", "ООО \"КЛИНИКА ДОКТОРА ИВАНОВА\"",
             "ООО \"ЮРИДИЧЕСКАЯ ФИРМА \"ГОРОДИССКИЙ И ПАРТНЕРЫ\"\"", "ЗАО \"ОФИСНЫЙ МИР\"", "ООО \"ГЛОБАЛ ТРАК\"", "АО \"МОСИНЖПРОЕКТ\"",
             "ООО \"ЗАВОД ТЕХНОПРИБОР\"", "ООО \"АГРОКОМПЛЕКС ИМ. Н.И. ТКАЧЕВА\"", "ООО \"КОФЕ ХАУЗ\"", "ООО \"ДИКСИ ЮГ\""]
    for nm in comps:
        p = org(nm)
        for _ in range(R.choice([2, 3, 3, 4])):
            a = money(3000, 900000)
            add(p, R.choice(["Оплата по счету № %d от %02d.%02d.2024 за поставку %s. %s",
                             "Оплата по договору поставки № %d от %02d.%02d.2023 за поставку %s. %s",
                             "Предоплата по счету %d от %02d.%02d.2024 за поставку %s. %s"]) % (R.randint(10, 990), R.randint(1, 28), R.randint(1, 3), R.choice(GOODS), nds(a)),
                a, B, False, "company_with_legal_form")
    for nm in ["ЛЕНТА", "АЗБУКА ВКУСА", "Технопарк Сколково", "ВкусВилл", "Кофемания"]:
        p = org(nm)
        a = money(5000, 250000)
        add(p, "Оплата по счету № %d от %02d.03.2024 за поставку %s. %s" % (R.randint(10, 990), R.randint(1, 28), R.choice(GOODS), nds(a)), a, B, False, "company_no_legal_form")
    # state-owned JSC without procurement rules: plain B2B
    p = org("ПАО СБЕРБАНК", "7707083893", "773601001")
    a = money(100000, 500000)
    add(p, "Оплата по договору № 9038-СБ/24 от 15.01.2024 за компьютерную технику, %s. %s" % (inv(), nds(a)), a, B, False, "state_owned_company")
    # state-owned JSC under 223-FZ: B2B ambiguous
    for nm, inn, kpp in [("ОАО \"РЖД\"", "7708503727", "997650001"), ("ПАО \"ГАЗПРОМ\"", "7736050003", "997250001"),
                         ("АО \"ПОЧТА РОССИИ\"", inn10("77"), None), ("ПАО \"РОССЕТИ МОСКОВСКИЙ РЕГИОН\"", inn10("50"), None),
                         ("ПАО \"АЭРОФЛОТ\"", "7712040126", "997650001")]:
        if not inn_ok(inn):
            inn = inn10("77")
        p = org(nm, inn, kpp)
        for _ in range(2):
            a = money(50000, 1500000)
            add(p, "Оплата по договору № %d/ОКЭ-%s/24 от %02d.01.2024, заключенному по результатам закупки в соответствии с 223-ФЗ (извещение № 3240%07d), за поставку %s, %s. %s" % (
                R.randint(100, 9999), R.choice(["ЦДИ", "ЦДЗС", "ДКСС"]), R.randint(9, 28), R.randint(0, 10**7 - 1), R.choice(GOODS), inv(), nds(a)),
                a, B, True, "state_owned_company_procurement")
    # sole traders from business account
    for nm in ["ИП Кузнецов Алексей Викторович", "ИП Магомедов Р.А.", "ИП ГАЛИЕВА ЛЕЙСАН РИНАТОВНА", "Индивидуальный предприниматель Смирнова Ольга Игоревна"]:
        p = dict(name=nm, inn=inn12(), kpp="", acc=acc("40802"), bank=R.choice(BANKS[:5]))
        for _ in range(R.choice([1, 2])):
            a = money(2000, 120000)
            add(p, "Оплата по счету № %d от %02d.02.2024 за поставку %s. Без налога (НДС)" % (R.randint(10, 990), R.randint(1, 28), R.choice(GOODS)), a, B, False, "sole_trader")
    # non-profits, HOA, religious, private edu
    npos = [("АНО \"ЦЕНТР ПОДДЕРЖКИ ЭКСПОРТА\"", "non_profit"), ("БФ \"ПОДАРИ ЖИЗНЬ\"", "non_profit"),
            ("ТСЖ \"СОЛНЕЧНЫЙ\"", "homeowners_association"), ("МЕСТНАЯ ПРАВОСЛАВНАЯ РЕЛИГИОЗНАЯ ОРГАНИЗАЦИЯ ПРИХОД ХРАМА СВЯТИТЕЛЯ НИКОЛАЯ В ХАМОВНИКАХ", "religious_organisation"),
            ("АНО ВО \"УНИВЕРСИТЕТ \"СИНЕРГИЯ\"\"", "private_university"), ("АНО \"ШКОЛА \"ЛЕТОВО\"\"", "private_school"),
            ("ОБЩЕРОССИЙСКАЯ ОБЩЕСТВЕННАЯ ОРГАНИЗАЦИЯ \"РОССИЙСКИЙ КРАСНЫЙ КРЕСТ\"", "red_cross_national"),
            ("ЖСК \"ЗАРЯ-2\"", "homeowners_association")]
    for nm, k in npos:
        p = org(nm)
        a = money(3000, 150000)
        add(p, "Оплата по счету № %d от %02d.03.2024 за поставку %s. НДС не облагается" % (R.randint(10, 990), R.randint(1, 28), R.choice(GOODS)), a, B, False, k)
    # funds founded by state body registered as non-profit: B2B ambiguous
    for nm in ["ФОНД КАПИТАЛЬНОГО РЕМОНТА МНОГОКВАРТИРНЫХ ДОМОВ ГОРОДА МОСКВЫ", "ФОНД \"ФОНД РАЗВИТИЯ ПРОМЫШЛЕННОСТИ\""]:
        p = org(nm)
        a = money(20000, 200000)
        add(p, "Оплата по договору № %d от %02d.02.2024 за поставку %s, %s. %s" % (R.randint(10, 300), R.randint(1, 28), R.choice(GOODS), inv(), nds(a)), a, B, True, "state_founded_fund_non_profit")
    # international organisations
    for nm in ["РЕГИОНАЛЬНАЯ ДЕЛЕГАЦИЯ МЕЖДУНАРОДНОГО КОМИТЕТА КРАСНОГО КРЕСТА В МОСКВЕ", "ПРЕДСТАВИТЕЛЬСТВО УПРАВЛЕНИЯ ВЕРХОВНОГО КОМИССАРА ООН ПО ДЕЛАМ БЕЖЕНЦЕВ В РФ"]:
        p = org(nm, inn10("99"), None)
        a = money(20000, 200000)
        add(p, "Payment for invoice %d / Оплата по счету № %d от %02d.03.2024 за поставку %s. НДС не облагается" % (R.randint(10, 990), R.randint(10, 990), R.randint(1, 28), R.choice(GOODS)), a, B, True, "international_org")
    # acquiring payouts: B2C ambiguous
    for _ in range(7):
        bank, inn, kpp = R.choice([("ПАО СБЕРБАНК", "7707083893", "773601001"), ("АО \"ТБАНК\"", "7710140679", "771301001")])
        p = dict(name=bank, inn=inn, kpp=kpp, acc="30232810" + "".join(str(R.randint(0, 9)) for _ in range(12)), bank=BANKS[0] if "СБЕР" in bank else BANKS[3])
        a = money(5000, 160000); com = round(a * 0.019, 2)
        add(p, "Зачисление средств по операциям эквайринга. Мерчант №%d. Дата реестра %02d.%02d.2024. Комиссия %.2f. Возврат покупки 0.00. НДС не облагается" % (
            R.randint(780000000, 789999999), R.randint(1, 28), R.randint(1, 3), com), a, C, True, "acquiring_payout", vid="01")
    for _ in range(3):
        p = dict(name="НКО \"ЮМАНИ\" (ООО)", inn="7750005725", kpp="770501001", acc="30232810" + "".join(str(R.randint(0, 9)) for _ in range(12)), bank=BANKS[0])
        a = money(5000, 60000)
        add(p, "Перечисление денежных средств по операциям ЮKassa (оплата банковскими картами) за период %02d.03.2024, Договор № ОФ-%d. Без НДС" % (R.randint(1, 28), R.randint(100000, 999999)), a, C, True, "acquiring_payout")
    # marketplace payouts
    for _ in range(6):
        nm, inn, kpp, txt = R.choice([("ООО \"ВАЙЛДБЕРРИЗ\"", "7721546864", "997750001", "Оплата по договору № %d от 01.11.2023 за реализованный товар по отчету № %d. Без НДС"),
                                       ("ООО \"ИНТЕРНЕТ РЕШЕНИЯ\"", "7704217370", "997750001", "Выплата по договору оферты № %d за реализованный товар, отчет № %d. НДС не облагается")])
        p = dict(name=nm, inn=inn, kpp=kpp, acc=acc("40702"), bank=R.choice(BANKS[:3]))
        a = money(20000, 900000)
        add(p, txt % (R.randint(100000, 999999), R.randint(10**8, 10**9)), a, C, True, "marketplace_payout")
    # persons paying a company's invoice: B2B ambiguous
    fio = ["Иванов Сергей Петрович", "Белова Мария Андреевна", "Хасанов Ильдар Рустемович", "Волков Дмитрий Олегович",
           "Никитина Екатерина Сергеевна", "Гусев Артём Павлович"]
    for f in fio[:4]:
        p = dict(name=f, inn=R.choice(["", inn12()]), kpp="", acc=acc("40817"), bank=R.choice(BANKS[:4]))
        a = money(3000, 60000)
        add(p, "Оплата по %s за ООО \"%s\" ИНН %s за поставку %s. Без НДС" % (inv(), R.choice(["АЛЬФА-СЕРВИС", "СТРОЙМАСТЕР", "ПРОФИТ", "МЕДЛАЙН"]), inn10(), R.choice(GOODS)), a, B, True, "person_pays_company_invoice")
    # private persons, household purchases
    fio2 = ["Орлова Наталья Викторовна", "Попов Игорь Александрович", "Ким Анастасия Вячеславовна", "Захаров Евгений Михайлович",
            "Соколова Дарья Романовна", "Федоров Павел Николаевич", "Абдуллаев Тимур Ринатович", "Лебедева Ирина Юрьевна", "Тарасов Никита Ильич"]
    for f in fio2 + ["Михайлова Ольга Сергеевна", "Яковлев Роман Андреевич", "Ситдиков Айдар Ильдусович", "Кравченко Юлия Павловна", "Морозов Константин Игоревич"]:
        p = dict(name=f, inn="", kpp="", acc=acc("40817"), bank=R.choice(BANKS[:4]))
        a = money(1500, 45000)
        add(p, R.choice(["Оплата заказа № %d на сайте technosnab.ru, %s" % (R.randint(10000, 99999), R.choice(["пылесос", "утюг", "чайник", "микроволновая печь", "обогреватель"])),
                         "Перевод по заказу %d. Без НДС" % R.randint(10000, 99999),
                         "Оплата за товар (кофеварка) по заказу № %d, доставка на дом" % R.randint(10000, 99999)]), a, C, False, "private_person")
    # person states business use
    p = dict(name="Гусев Артём Павлович", inn=inn12(), kpp="", acc=acc("40817"), bank=BANKS[0])
    a = money(40000, 90000)
    add(p, "Оплата заказа № %d: бумага А4 50 пачек для работы офиса, картриджи. Без НДС" % R.randint(10000, 99999), a, B, True, "person_states_business_use")
    # sparse: payer name only, generic purpose
    p = dict(name="ПАО СБЕРБАНК//Никитина Екатерина Сергеевна//", inn="7707083893", kpp="773601001", acc="30301810" + "".join(str(R.randint(0, 9)) for _ in range(12)), bank=BANKS[0])
    add(p, "Перевод денежных средств по заказу 48113. НДС не облагается", 6490.00, C, False, "private_person_via_bank")


def main():
    build()
    R.shuffle(ROWS)
    hdr = ["Номер", "Дата", "Сумма", "ПлательщикСчет", "Плательщик", "ПлательщикИНН", "ПлательщикКПП", "ПлательщикБанк1",
           "ПлательщикБИК", "ПолучательСчет", "Получатель", "ПолучательИНН", "ВидОплаты", "Очередность", "ДатаПоступило", "НазначениеПлатежа"]
    out, labels = [], []
    day = 0
    for i, (p, purp, a, l, amb, k, c, vid) in enumerate(ROWS):
        day = min(day + R.choice([0, 0, 1]), 89)
        m = 1 + day // 30; d = 1 + day % 30
        if m == 2 and d > 29: d = 29
        dt = "%02d.%02d.2024" % (d, m)
        out.append([str(R.randint(1, 99999)), dt, "%.2f" % a, p["acc"], p["name"], p["inn"], p["kpp"], p["bank"][0], p["bank"][1],
                    ME["acc"], ME["name"], ME["inn"], vid, "5", dt, purp])
        labels.append((l, amb, k, c))
    with open(BASE / "layouts" / (LID + ".csv"), "w", newline="", encoding="cp1251") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        w.writerow(hdr)
        w.writerows(out)
    with open(BASE / "key" / (LID + ".labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (l, a, k, c) in enumerate(labels):
            w.writerow([i, l, "true" if a else "false", k, c])
    key = {
        "id": LID, "system": "1С:Бухгалтерия 8 — банковская выписка, поступления на расчётный счёт (поля формата 1CClientBankExchange), CSV cp1251 ';'",
        "country": "RU", "language": "ru",
        "docs": ["Headers are the field names of the documented 1C client-bank exchange format 1CClientBankExchange v1.03 (СекцияДокумент: Номер, Дата, Сумма, ПлательщикСчет, Плательщик, ПлательщикИНН, ПлательщикКПП, ПлательщикБанк1, ПлательщикБИК, ПолучательСчет, Получатель, ПолучательИНН, ВидОплаты, Очередность, ДатаПоступило, НазначениеПлатежа); one statement document per row. The native file is key=value text; this is the closest tabular layout (one row per СекцияДокумент) as a user would save the statement's receipts to CSV. Amounts with a dot decimal as in the exchange format; dates ДД.ММ.ГГГГ. Budget payers via УФК with л/с in the name, 03234... treasury accounts, 44-ФЗ ИКЗ of 36 digits follow public practice."],
        "fields": {"buyer": "Плательщик", "product": None, "quantity": None, "amount": "Сумма", "tax_id": "ПлательщикИНН",
                   "email": None, "payment": "ВидОплаты", "comment": "НазначениеПлатежа"},
        "also_ok": {"product": ["НазначениеПлатежа"], "payment": []},
        "notes": "cp1251, ';' separator, one header line, no title or totals lines. Every row is one incoming payment = one record. Получатель*/ПолучательИНН are the seller (our company), never the buyer. ВидОплаты 01 = платёжное поручение (bank transfer). Goods are named only inside НазначениеПлатежа. INNs are checksum-valid; those of Сбербанк, РЖД, Газпром, Wildberries, Интернет Решения (Ozon), Яндекс, ТБанк are the public ones, the rest generated."
    }
    (BASE / "key" / (LID + ".json")).write_text(json.dumps(key, ensure_ascii=False, indent=2), encoding="utf-8")
    print(LID, len(out))


if __name__ == "__main__":
    main()
