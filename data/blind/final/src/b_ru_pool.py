"""Russian buyer pool shared by b_ru_moysklad_otgruzki and b_ru_1c_scheta_journal."""
from b_common import inn10, inn12, kpp

BIZ = [  # (name, article, price)
    ("МФУ лазерное HP LaserJet Pro MFP M428fdn", "W1A30A", 61990),
    ("Бумага SvetoCopy A4 80 г/м², 500 л.", "SVC-A4", 389),
    ("Картридж HP 59A (CF259A)", "CF259A", 8990),
    ("Ноутбук Lenovo ThinkPad E14 Gen 5 i5/16/512", "21JK0008RT", 89990),
    ("Монитор Dell P2422H 23.8\"", "210-AZYX", 21490),
    ("ИБП APC Back-UPS 700VA BX700UI", "BX700UI", 8790),
    ("Шкаф телекоммуникационный 19\" 42U ЦМО ШТК-М-42.6.10", "SHTK-M-42", 64350),
    ("Стеллаж металлический MS Standart 200x100x50, 5 полок", "MS-200", 6840),
    ("Кресло офисное Бюрократ CH-868N", "CH-868N", 7490),
    ("Коммутатор TP-Link TL-SG1024D 24 порта", "TL-SG1024D", 7290),
    ("Маршрутизатор MikroTik hAP ax2", "C52iG-5HaxD2HaxD", 11900),
    ("Уничтожитель бумаг Kobra 240.1 S5", "KOB-2401", 48900),
    ("Лицензия 1С:Предприятие 8 ПРОФ. Клиентская лицензия на 5 р.м.", "4601546041586", 31500),
    ("Стол письменный Riva А.СП-3, 1400x600", "ASP-3", 5380),
    ("Проектор Epson EB-X51", "V11H976040", 52990),
    ("Флешка Kingston DataTraveler Exodia 64 ГБ", "DTX/64GB", 590),
    ("Ламинатор Office Kit L3206", "L3206", 4190),
    ("Терминал сбора данных Urovo DT40", "DT40-SU3", 29900),
]
HOME = [
    ("Чайник электрический Polaris PWK 1725CGL", "PWK1725", 2890),
    ("Сплит-система Haier HSU-09HPL103/R3", "HSU-09HPL103", 32990),
    ("Телевизор Samsung UE50CU7100U 50\"", "UE50CU7100U", 41990),
    ("Смартфон Xiaomi Redmi Note 13 8/256GB", "RN13-8-256", 21990),
    ("Пылесос беспроводной Dyson V15 Detect", "V15-DET", 74990),
    ("Кофемашина De'Longhi Magnifica S ECAM22.110.B", "ECAM22110B", 36990),
    ("Микроволновая печь LG MS2042DB", "MS2042DB", 9490),
    ("Холодильник Атлант ХМ 4624-101", "XM4624-101", 42990),
    ("Утюг Philips DST7020/20", "DST7020", 6290),
    ("Мультиварка Redmond RMC-M90", "RMC-M90", 7990),
    ("Фен Dyson Supersonic HD07", "HD07", 49990),
    ("Робот-пылесос Xiaomi Robot Vacuum S10", "BHR5988EU", 19990),
]


def person(rng):
    fam = rng.choice(["Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков", "Морозов", "Волков", "Алексеев", "Павлов", "Семенов", "Голубев", "Виноградов", "Богданов", "Воробьев", "Фёдоров", "Михайлов", "Беляев", "Тарасов", "Белов", "Комаров", "Орлов", "Киселев", "Макаров", "Андреев", "Ковалев", "Ильин", "Гусев", "Титов", "Кузьмин", "Кудрявцев", "Баранов", "Куликов"])
    fem = rng.random() < 0.5
    if fem:
        fam = fam[:-2] + "ёва" if fam.endswith("ёв") else (fam + "а")
        im = rng.choice(["Анна", "Мария", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Екатерина", "Юлия", "Дарья"])
        ot = rng.choice(["Сергеевна", "Александровна", "Викторовна", "Игоревна", "Петровна", "Андреевна", "Николаевна"])
    else:
        im = rng.choice(["Алексей", "Дмитрий", "Сергей", "Андрей", "Максим", "Иван", "Николай", "Михаил", "Олег", "Павел", "Артём"])
        ot = rng.choice(["Сергеевич", "Александрович", "Викторович", "Игоревич", "Петрович", "Андреевич", "Николаевич"])
    return f"{fam} {im} {ot}", (fam, im, ot)


TRANSLIT = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"})


def free_mail(rng, parts):
    fam, im, _ = parts
    return f"{im.lower().translate(TRANSLIT)}.{fam.lower().translate(TRANSLIT)}{rng.randint(1, 99)}@{rng.choice(['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru', 'inbox.ru', 'ya.ru'])}"


def B(name, kind, label, amb=False, cc="RU", mode="biz", inn=None, kp=None, email="", w=1.0, comment="", contract="", pay="", **kw):
    d = dict(name=name, kind=kind, label=label, amb=amb, cc=cc, mode=mode, inn=inn or "", kpp=kp or "", email=email, w=w, comment=comment, contract=contract, pay=pay)
    d.update(kw)
    return d


def ru_pool(rng):
    P = []
    o = lambda reg="77": inn10(rng, reg)
    # --- B2B plain
    for nm, dom, reg in [("ООО «Вектор-Строй»", "vector-stroy.ru", "50"), ("ООО «ТехноПарк Сервис»", "tpservice.ru", "77"),
                         ("АО «Тандер»", "magnit.ru", "23"), ("ООО «Ромашка»", "romashka-opt.ru", "78"),
                         ("ООО «СТД «Петрович»", "petrovich.ru", "78"), ("ЗАО «Уралхимпласт»", "uhp.ru", "66"),
                         ("ООО «Вайлдберриз»", "wildberries.ru", "50"), ("ООО «Агрокомплекс Кубань»", "agrokuban.ru", "23"),
                         ("ПАО «Ростелеком»", "rt.ru", "77"), ("ООО «Газпромнефть-Центр»", "gazprom-neft.ru", "77"),
                         ("ООО «Клиника Медицина Плюс»", "medplus-clinic.ru", "16"), ("ООО «Логистик Групп»", "logistic-group.ru", "54")]:
        i = o(reg)
        P.append(B(nm, "company_with_legal_form" if "Ростелеком" not in nm and "Газпромнефть" not in nm else "state_owned_company_plain", "B2B",
                   inn=i, kp=kpp(i, rng), email=rng.choice([f"zakupki@{dom}", f"info@{dom}", f"buh@{dom}", f"snab@{dom}"]), w=2.2))
    for nm, dom in [("Стройдвор", "stroydvor.ru"), ("Кофемания", "coffeemania.ru"), ("Автоцентр Север", "avtosever.ru"), ("Типография Линия График", "liniya-print.ru")]:
        i = o("77")
        P.append(B(nm, "company_no_legal_form", "B2B", inn=i, kp=kpp(i, rng), email=f"office@{dom}", w=1.2))
    for _ in range(4):
        fio, parts = person(rng)
        P.append(B(f"ИП {fio}", "sole_proprietor", "B2B", inn=inn12(rng, rng.choice(["77", "50", "63", "61"])), email=free_mail(rng, parts), w=1.2,
                   comment=rng.choice(["", "Счёт для ИП, оплата с р/с", "для магазина", ""])))
    for nm, dom, kind in [("АНО ДО «Центр развития IT-компетенций»", "it-centr.org", "non_profit"),
                          ("Благотворительный фонд «Подари жизнь»", "podari-zhizn.ru", "charity"),
                          ("Местная религиозная организация православный Приход храма Святителя Николая в Хамовниках", "hamovniki-hram.ru", "religious_org"),
                          ("ТСЖ «Солнечный берег»", "", "homeowners_association"),
                          ("АНО ОО «Хорошкола»", "khoroshkola.ru", "private_school"),
                          ("ЧУЗ «Клиническая больница «РЖД-Медицина» им. Н.А. Семашко»", "rzd-medicine.ru", "private_hospital"),
                          ("Общероссийская общественная организация «Российский Красный Крест»", "redcross.ru", "national_red_cross")]:
        i = o("77")
        P.append(B(nm, kind, "B2B", inn=i, kp=kpp(i, rng), email=(f"info@{dom}" if dom else "tsg.solnbereg@mail.ru"), w=1.0))
    # --- B2G plain
    for nm, dom, kind in [("ГБУ г. Москвы «Жилищник района Хамовники»", "mos.ru", "ru_state_institution"),
                          ("МБОУ «Средняя общеобразовательная школа № 15» г. Курска", "school15-kursk.ru", "public_school"),
                          ("ГБУЗ «Городская клиническая больница им. С.П. Боткина ДЗМ»", "botkinmoscow.ru", "public_hospital"),
                          ("ФГБОУ ВО «Московский государственный университет имени М.В. Ломоносова»", "msu.ru", "public_university"),
                          ("ФКУ «Центр хозяйственного и сервисного обеспечения ГУ МВД России по г. Москве»", "mvd.ru", "police_supply_unit"),
                          ("МКУ «Управление капитального строительства г. Тулы»", "tula.ru", "ru_municipal_institution"),
                          ("ФГУП «Охрана» Росгвардии", "fguppohrana.ru", "federal_unitary_enterprise"),
                          ("МУП «Водоканал» г. Екатеринбурга", "vodokanalekb.ru", "municipal_unitary_enterprise"),
                          ("Администрация городского округа Химки Московской области", "admhimki.ru", "municipality"),
                          ("ГАУ «Московский государственный зоологический парк»", "moscowzoo.ru", "ru_state_autonomous_institution"),
                          ("Войсковая часть 3526", "", "armed_forces_unit"),
                          ("Арбитражный суд Московской области", "asmo.arbitr.ru", "court"),
                          ("Отделение Фонда пенсионного и социального страхования РФ по г. Москве и Московской области", "sfr.gov.ru", "state_social_fund"),
                          ("МАДОУ «Детский сад № 7 «Радуга»» г. Тюмени", "ds7-tmn.ru", "public_kindergarten")]:
        reg = {"Курск": "46", "Тул": "71", "Екатеринбург": "66", "Химки": "50", "Московской области": "50", "Тюмен": "72"}
        i = o(next((v for k, v in reg.items() if k in nm), "77"))
        P.append(B(nm, kind, "B2G", inn=i, kp=kpp(i, rng), email=(f"zakupki@{dom}" if dom else ""), w=1.8))
    for nm, cc in [("Посольство Республики Беларусь в Российской Федерации", "BY"), ("Посольство Федеративной Республики Германия в Москве", "DE"),
                   ("Генеральное консульство Республики Казахстан в Казани", "KZ")]:
        P.append(B(nm, "embassy", "B2G", cc=cc, inn=("9909" + str(rng.randint(100000, 999999))), email="", w=0.8))
    # --- B2C plain
    for _ in range(12):
        fio, parts = person(rng)
        P.append(B(fio, "private_person", "B2C", mode="home", email=free_mail(rng, parts), w=1.4))
    P.append(B("Розничный покупатель", "anonymous_retail", "B2C", mode="home", w=3.0))
    P.append(B("Частное лицо", "anonymous_retail", "B2C", mode="home", w=1.2))
    # --- ambiguous
    i = o("77")
    P.append(B("ООО «Альфа Консалтинг»", "company_household_item", "B2B", amb=True, mode="hh1", inn=i, kp=kpp(i, rng), email="office@alfa-consult.ru", w=1.2))
    i = o("78")
    P.append(B("ООО «Северный ветер»", "company_household_item", "B2B", amb=True, mode="hh1", inn=i, kp=kpp(i, rng), email="sv.veter@yandex.ru", w=1.0))
    fio, parts = person(rng)
    P.append(B(f"ИП {fio}", "sole_proprietor_personal_purchase", "B2B", amb=True, mode="hh1", inn=inn12(rng, "50"), email=free_mail(rng, parts), w=1.0,
               comment="оплата картой физлица, без документов"))
    fio, parts = person(rng)
    P.append(B(fio, "person_bulk_identical", "B2C", amb=True, mode="bulk", email=free_mail(rng, parts), w=1.0))
    fio, parts = person(rng)
    P.append(B(fio, "person_states_resale", "B2B", amb=True, mode="bulk", email=free_mail(rng, parts), w=0.9, comment="для перепродажи в свой магазин"))
    fio, parts = person(rng)
    P.append(B(fio, "person_states_business_use", "B2B", amb=True, mode="biz1", email=free_mail(rng, parts), w=0.8, comment="для работы, нужен товарный чек"))
    fio, parts = person(rng)
    P.append(B(fio, "person_with_gov_email", "B2C", amb=True, mode="home", email=f"{parts[1].lower().translate(TRANSLIT)[0]}.{parts[0].lower().translate(TRANSLIT)}@mos.ru", w=0.8,
               comment="доставка на дом, оплата картой"))
    i = o("46")
    P.append(B("МБОУ «Лицей № 6» г. Курска", "public_school_household_item", "B2G", amb=True, mode="kettle", inn=i, kp=kpp(i, rng), email="licey6@kursk-edu.ru", w=0.8))
    for nm, dom in [("ПАО «Газпром»", "adm.gazprom.ru"), ("ОАО «Российские железные дороги»", "center.rzd.ru"), ("ПАО «Россети Московский регион»", "rossetimr.ru")]:
        i = o("77")
        P.append(B(nm, "state_owned_company_procurement", "B2B", amb=True, inn=i, kp=kpp(i, rng), email=f"zakupki@{dom}", w=0.9,
                   contract=f"Договор № {rng.randint(1000, 9999)}-223/{rng.randint(23, 25)} (223-ФЗ)", comment="закупка по 223-ФЗ, извещение № 32" + str(rng.randint(10**9, 10**10 - 1))))
    fio, parts = person(rng)
    P.append(B(fio, "person_pays_company_invoice", "B2B", amb=True, email=free_mail(rng, parts), w=0.7, comment="оплата по счёту за ООО «Стиль-Мебель» физлицом"))
    fio, parts = person(rng)
    P.append(B(f"Адвокат {fio} (Адвокатский кабинет)", "lawyer_office_equipment", "B2B", amb=True, mode="fax", inn=inn12(rng, "77"), email=free_mail(rng, parts), w=0.6))
    P.append(B("Представительство Международного комитета Красного Креста в Москве", "international_org", "B2B", amb=True, inn="9909" + str(rng.randint(100000, 999999)), email="mos_moscou@icrc.org", w=0.6))
    P.append(B("Информационный центр ООН в Москве", "international_org", "B2B", amb=True, inn="9909" + str(rng.randint(100000, 999999)), email="unic.moscow@un.org", w=0.5))
    i = o("77")
    P.append(B("АНО «Россия — страна возможностей»", "state_founded_non_profit", "B2B", amb=True, inn=i, kp=kpp(i, rng), email="info@rsv.ru", w=0.6))
    P.append(B("", "product_only_business_goods", "B2B", amb=True, mode="biz_only", w=0.5))
    P.append(B("", "product_only_household_goods", "B2C", amb=True, mode="home1", w=0.5))
    return P
