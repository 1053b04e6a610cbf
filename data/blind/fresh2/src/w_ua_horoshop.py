"""w_ua_horoshop_orders: Horoshop online-store orders export (XLSX, Ukrainian headers, one row per order line)."""
import random, os, datetime as dt
from openpyxl import Workbook
from w_common import *

r = random.Random(4404)
KID = 'w_ua_horoshop_orders'
HEAD = ["№ замовлення","Дата створення","Статус","Покупець","Телефон","E-mail","Компанія","ЄДРПОУ / ІПН","Спосіб доставки","Місто",
        "Адреса доставки","Спосіб оплати","Статус оплати","Назва товару","Артикул","Кількість","Ціна","Сума","Знижка","Сума замовлення",
        "Валюта","Коментар покупця","Коментар менеджера","Джерело"]
HOME = [("Зарядна станція EcoFlow RIVER 2 Max",21999),("Павербанк Xiaomi Redmi 20000mAh 18W",899),("Мікрохвильова піч Samsung MS23K3614AW",4799),
        ("Чайник електричний Tefal KO200830",1299),("Телевізор Samsung UE43CU7100UXUA",15999),("Пилосос Rowenta X-Force Flex 8.60",8999),
        ("Смартфон Apple iPhone 15 128GB Black",37999),("Навушники Apple AirPods Pro (2nd gen) USB-C",9499),("Ліхтар акумуляторний Videx VLF-A505C",1199),
        ("Кавоварка ріжкова De'Longhi EC 235.BK",6999),("Інверторний генератор Konner&Sohnen KS 3000iG",21500),("Обігрівач масляний Ardesto OFH-07X1",2299)]
OFFICE = [("Ноутбук Lenovo IdeaPad Slim 3 15IAH8",24999),("БФП Canon i-SENSYS MF455dw",21999),("Папір офісний Double A A4 80 г/м2, 500 арк.",289),
          ("Картридж HP 59A (CF259A)",4199),("Монітор Dell P2423H",8499),("ДБЖ APC Back-UPS 1200VA (BX1200MI-GR)",7499),
          ("Маршрутизатор TP-Link Archer AX55",3299),("Акумулятор LiFePO4 LogicPower 12V 100Ah",12999),("Інвертор LogicPower LPY-W-PSW-1000VA",6999),
          ("Зарядна станція EcoFlow DELTA 2",35999),("Проєктор Epson EB-W51",26999),("Стабілізатор напруги Gemix GX-1000",2499)]
CITIES = ["Київ","Львів","Одеса","Дніпро","Харків","Вінниця","Житомир","Полтава","Чернівці","Івано-Франківськ","Черкаси","Біла Церква","Бровари","Ужгород"]
UA_M = [("Коваленко","Олександр","Петрович"),("Бондаренко","Андрій","Іванович"),("Шевченко","Максим","Олегович"),("Мельник","Дмитро","Васильович"),
        ("Ткаченко","Сергій","Миколайович"),("Кравченко","Юрій","Степанович"),("Олійник","Богдан","Романович"),("Савчук","Тарас","Ігорович"),("Лисенко","Віталій","Анатолійович")]
UA_F = [("Коваленко","Ірина","Олександрівна"),("Бондар","Олена","Вікторівна"),("Шевчук","Наталія","Петрівна"),("Мельничук","Оксана","Іванівна"),
        ("Гнатюк","Юлія","Сергіївна"),("Павленко","Тетяна","Михайлівна"),("Руденко","Марія","Богданівна"),("Захарченко","Анна","Дмитрівна")]
TOV = [("ТОВ «Епіцентр К»","epicentrk.com"),("ТОВ «Нова Пошта»","novaposhta.ua"),("ТОВ «Агрохолдинг Зелена Долина»","zdolyna.com.ua"),("ТОВ «Київстар Сервіс Плюс»","ks-plus.com.ua"),
       ("ТОВ «Будівельна компанія Інтергал»","intergal-bud.com"),("ТОВ «Медичний центр Добробут-Поліклініка»","dobrobut.com"),("ПрАТ «Оболонь»","obolon.ua"),
       ("ТОВ «Ресторанна група Фест»","fest.lviv.ua"),("ТОВ «Логістик Юніон»","logunion.com.ua"),("ТОВ «Аптека Доброго Дня»","add.ua"),
       ("ТОВ «ІТ Аутсорс Україна»","itoutsource.ua"),("ТзДВ «Страхова компанія Арсенал»","arsenal-ic.ua")]
NOFORM = [("Кав'ярня Львівська Майстерня","lvivmaster.com.ua"),("Автосервіс Драйв","drive-service.com.ua"),("Стоматологія Смайл","smile-dent.ua"),("Піцерія Челентано Поділ","")]
SCH = ["КЗ «Ліцей № {n}» {c} міської ради","Комунальний заклад дошкільної освіти (ясла-садок) № {n} {c} міської ради","КНП «Міська клінічна лікарня № {n}» {c} міської ради",
       "Опорний заклад загальної середньої освіти «Гімназія № {n}»","КНП «Центр первинної медико-санітарної допомоги № {n}»","КЗ «Центр дитячої та юнацької творчості» {c} міської ради"]
GOV = [("Головне управління ДПС у Київській області","tax.gov.ua"),("Військова частина А{n}","mil.gov.ua"),("Головне управління ДСНС України у Львівській області","dsns.gov.ua"),
       ("Головне управління Національної поліції в Одеській області","police.gov.ua"),("Державна прикордонна служба України, відділ прикордонної служби «Ужгород»","dpsu.gov.ua"),
       ("Міністерство цифрової трансформації України","thedigital.gov.ua"),("Регіональний сервісний центр ГСЦ МВС в Харківській області","hsc.gov.ua")]
COUNCIL = [("Виконавчий комітет Броварської міської ради","brovary-rada.gov.ua"),("Управління освіти Житомирської міської ради","zt-rada.gov.ua"),
           ("Білоцерківська міська рада","bc-rada.gov.ua"),("Департамент житлово-комунального господарства Вінницької міської ради","vmr.gov.ua"),("Старостинський округ с. Гора Бориспільської міської ради","")]
DP = [("ДП «Ліси України»","forest.gov.ua"),("ДП «Прозорро.Продажі»","prozorro.sale"),("ДП «Укрхімтрансаміак»","ukrtam.com.ua"),("КП «Київтеплоенерго»","kte.kmda.gov.ua")]
UNI = [("Київський національний університет імені Тараса Шевченка","knu.ua"),("КПІ ім. Ігоря Сікорського","kpi.ua"),("Львівський національний медичний університет імені Данила Галицького","meduniv.lviv.ua")]
SOE = [("АТ «Укрзалізниця»","uz.gov.ua"),("АТ «Укрпошта»","ukrposhta.ua"),("АТ «Ощадбанк»","oschadbank.ua"),("НАК «Нафтогаз України»","naftogaz.com")]
NPO = [("ОСББ «Сонячний 12»",""),("БФ «Повернись живим»","savelife.in.ua"),("ГО «Асоціація ветеранів АТО»",""),("Релігійна громада парафії Святого Миколая ПЦУ",""),
       ("Благодійна організація «Фонд Сергія Притули»","prytulafoundation.org"),("Товариство Червоного Хреста України, Вінницька обласна організація","redcross.org.ua")]
FREE = ["gmail.com","gmail.com","ukr.net","ukr.net","i.ua","meta.ua","outlook.com"]
TRANSL = str.maketrans({'а':'a','б':'b','в':'v','г':'h','ґ':'g','д':'d','е':'e','є':'ie','ж':'zh','з':'z','и':'y','і':'i','ї':'i','й':'i','к':'k','л':'l','м':'m','н':'n','о':'o','п':'p','р':'r','с':'s','т':'t','у':'u','ф':'f','х':'kh','ц':'ts','ч':'ch','ш':'sh','щ':'shch','ь':'','ю':'iu','я':'ia',"'":''})
def lat(s): return s.lower().translate(TRANSL)

KINDS = [('private_person',44,'B2C',False),('anonymous_quick_order',6,'B2C',False),('company_with_legal_form',12,'B2B',False),
         ('company_no_legal_form',3,'B2B',False),('sole_trader',8,'B2B',False),('sole_trader_personal_purchase',2,'B2B',True),
         ('state_owned_company',2,'B2B',False),('state_owned_company_procurement',1.5,'B2B',True),('municipal_institution',5,'B2G',False),
         ('government_body',4,'B2G',False),('municipal_council',3,'B2G',False),('state_enterprise',2,'B2G',False),('public_university',1.5,'B2G',False),
         ('non_profit',4,'B2B',False),('person_with_gov_email',3,'B2C',True),('person_states_business_use',2.5,'B2B',True),
         ('private_person_bulk_quantity',3,'B2C',True),('municipal_school_household_item',1.5,'B2G',True),('company_household_only',2,'B2B',True),
         ('international_org',1,'B2B',True),('embassy',1,'B2G',False)]
rows, labels = [], []
t = dt.datetime(2026, 10, 1, 7, 40); no = 48211
def phone(): return f"+380{r.choice(['50','63','66','67','68','73','93','95','96','97','98','99'])}{r.randint(1000000, 9999999)}"
while len(rows) < 232:
    kind, _, lab, amb = r.choices(KINDS, weights=[k[1] for k in KINDS])[0]
    cc = 'UA'; city = r.choice(CITIES)
    f, i, o = r.choice(UA_M + UA_F); person = f"{f} {i}" if r.random() < .7 else f"{f} {i} {o}"
    email = f"{lat(i)}.{lat(f)}{r.choice(['', str(r.randint(1, 99))])}@{r.choice(FREE)}" if r.random() < .75 else ''
    comp = tid = ''; ccom = mcom = ''
    pay = r.choice(['Оплата карткою онлайн (LiqPay)','Накладений платіж','Оплата частинами monobank','Оплата частинами ПриватБанк','Google Pay / Apple Pay'])
    deliv = r.choice(['Нова Пошта — відділення','Нова Пошта — поштомат','Нова Пошта — кур\'єр','Укрпошта','Самовивіз з магазину'])
    addr = f"Відділення №{r.randint(1, 180)}" if 'відділення' in deliv else (f"вул. {r.choice(['Шевченка','Грушевського','Січових Стрільців','Незалежності','Соборна'])}, {r.randint(1, 120)}, кв. {r.randint(1, 200)}" if 'кур' in deliv or 'Укрпошта' in deliv else '')
    biz = lambda: ('Безготівковий розрахунок (рахунок для юр. осіб)', r.choice(['Нова Пошта — відділення', 'Нова Пошта — кур\'єр', 'Доставка власним транспортом']))
    if kind in ('company_with_legal_form','company_household_only','company_no_legal_form','state_owned_company','state_owned_company_procurement','municipal_institution',
                'government_body','municipal_council','state_enterprise','public_university','non_profit','municipal_school_household_item','international_org','embassy'):
        pool = {'company_with_legal_form':TOV,'company_household_only':TOV,'company_no_legal_form':NOFORM,'state_owned_company':SOE,'state_owned_company_procurement':SOE,
                'government_body':GOV,'municipal_council':COUNCIL,'state_enterprise':DP,'public_university':UNI,'non_profit':NPO}.get(kind)
        if kind in ('municipal_institution', 'municipal_school_household_item'):
            comp = r.choice(SCH[:2] if kind == 'municipal_school_household_item' else SCH).format(n=r.randint(1, 250), c=r.choice(['Київської','Львівської','Вінницької','Житомирської'])); dom = ''
        elif kind == 'international_org':
            comp, dom = r.choice([("Представництво Управління Верховного комісара ООН у справах біженців в Україні", "unhcr.org"), ("Делегація Міжнародного комітету Червоного Хреста в Україні", "icrc.org")])
        elif kind == 'embassy':
            comp, dom = "Посольство Республіки Польща в Україні", "msz.gov.pl"; cc = 'PL'
        else:
            comp, dom = r.choice(pool); comp = comp.format(n=r.randint(1000, 7999))
        tid = memo_id(comp, lambda: edrpou(r)) if kind not in ('international_org', 'embassy') or r.random() < .3 else ''
        if r.random() < .12: tid = ''
        email = (r.choice(['zakupivli', 'office', 'buh', 'info', lat(i)[0] + '.' + lat(f)]) + '@' + dom) if dom and r.random() < .8 else (email if r.random() < .5 else '')
        pay, deliv = biz()
        if kind in ('company_with_legal_form', 'company_no_legal_form', 'company_household_only') and r.random() < .25: pay = 'Оплата карткою онлайн (LiqPay)'
        addr = r.choice([f"вул. {r.choice(['Велика Васильківська','Городоцька','Дерибасівська','Київська','Промислова'])}, {r.randint(1, 150)}", f"Відділення №{r.randint(1, 180)}"])
    elif kind in ('sole_trader', 'sole_trader_personal_purchase'):
        comp = r.choice([f"ФОП {f} {i[0]}.{o[0]}.", f"ФОП {f} {i} {o}", f"Фізична особа-підприємець {f} {i} {o}"]); tid = memo_id(comp, lambda: rnokpp(r)) if r.random() < .85 else ''
        if kind == 'sole_trader': pay, deliv = biz()
        else: tid = tid or rnokpp(r)
    elif kind == 'anonymous_quick_order':
        person = ''; email = ''; addr = ''; deliv = ''; pay = ''
    elif kind == 'person_with_gov_email':
        email = f"{lat(i)[0]}.{lat(f)}@{r.choice(['tax.gov.ua','police.gov.ua','mil.gov.ua','kmda.gov.ua'])}"
        deliv = 'Нова Пошта — кур\'єр'; addr = f"вул. {r.choice(['Лесі Українки','Бандери','Хмельницького'])}, {r.randint(1, 90)}, кв. {r.randint(1, 150)}"; pay = 'Оплата карткою онлайн (LiqPay)'
    if kind == 'person_states_business_use': ccom = r.choice(["Беру для магазину, потрібна видаткова накладна", "Для офісу, будь ласка з чеком", "Для роботи на СТО", "Під перепродаж, якщо ціна гуртова — напишіть"])
    elif kind == 'state_owned_company_procurement': ccom = f"Закупівля через Prozorro UA-2026-{r.randint(1,9):02d}-{r.randint(1,28):02d}-{r.randint(100000,999999)}-a, договір № {r.randint(100,999)}"; mcom = 'Рахунок і видаткову накладну надіслано'
    elif kind in ('municipal_institution', 'municipal_council', 'government_body') and r.random() < .6:
        ccom = r.choice([f"Договір за результатами закупівлі UA-2026-{r.randint(1,9):02d}-{r.randint(1,28):02d}-{r.randint(100000,999999)}-a", "Оплата з казначейського рахунку після поставки", f"Звіт про договір про закупівлю без використання електронної системи, ДК 021:2015 30230000-0"])
    elif kind in ('private_person',) and r.random() < .2: ccom = r.choice(["Передзвоніть перед відправкою", "Подарунок, не вкладайте чек", "Доставка після 18:00", "Для дачі"])
    elif kind in ('company_with_legal_form', 'sole_trader') and r.random() < .3: ccom = r.choice(["Потрібен рахунок з ПДВ", "Доставка на склад, з 9 до 17", "Рахунок на e-mail бухгалтерії"]); mcom = 'Рахунок виставлено'
    # lines
    if kind in ('private_person', 'anonymous_quick_order', 'person_with_gov_email'):
        lines = [(p, 1) for p in r.sample(HOME, r.choice([1, 1, 1, 2]))]
    elif kind == 'private_person_bulk_quantity':
        lines = [(r.choice([HOME[1], HOME[6], HOME[8]]), r.choice([30, 40, 50]))]
    elif kind in ('sole_trader_personal_purchase', 'company_household_only', 'municipal_school_household_item'):
        lines = [(r.choice([HOME[2], HOME[3], HOME[4], HOME[9]]), 1)]
        if kind == 'sole_trader_personal_purchase': pay = 'Оплата карткою онлайн (LiqPay)'; deliv = 'Нова Пошта — відділення'
    elif kind == 'person_states_business_use':
        lines = [(p, r.choice([2, 3, 4])) for p in r.sample(OFFICE, r.choice([1, 2]))]
    else:
        lines = [(p, r.choice([1, 1, 2, 3, 5, 10])) for p in r.sample(OFFICE + HOME[:1], r.choice([1, 2, 2, 3]))]
    t += dt.timedelta(minutes=r.randint(15, 260)); no += r.randint(1, 9)
    status = r.choices(['Виконано', 'Відправлено', 'Новий', 'Скасовано', 'Очікує оплату'], [62, 15, 8, 8, 7])[0]
    payst = 'Оплачено' if status in ('Виконано', 'Відправлено') and 'Накладений' not in pay else 'Не оплачено'
    src = 'Купити в 1 клік' if kind == 'anonymous_quick_order' else r.choice(['Сайт', 'Сайт', 'Сайт', 'Мобільна версія', 'Телефон'])
    pr = [(n, round(p * r.uniform(.97, 1.04)), q) for (n, p), q in lines]
    disc = r.choice([0, 0, 0, 0, 200, 500]) if sum(p * q for _, p, q in pr) > 5000 else 0
    total = sum(p * q for _, p, q in pr) - disc
    for n, p, q in pr:
        rows.append([no, t.strftime('%d.%m.%Y %H:%M'), status, person, phone(), email, comp, tid, deliv, city if deliv else '', addr, pay, payst if pay else '',
                     n, f"{''.join(c for c in lat(n.split()[0])[:3].upper() if c.isalpha())}-{abs(sum(map(ord, n))) % 9000 + 1000}", q, p, p * q, disc, total, 'UAH', ccom, mcom, src])
        labels.append((lab, amb, kind, cc))
wb = Workbook(); ws = wb.active; ws.title = 'Замовлення'
ws.append(HEAD)
for x in rows: ws.append(x)
wb.save(os.path.join(ROOT, 'layouts', KID + '.xlsx'))
write_key(ROOT, KID, {
    "id": KID, "system": "Хорошоп (Horoshop) — експорт замовлень в Excel з адмін-панелі", "country": "UA", "language": "uk",
    "docs": ["No public page in the public documentation lists Horoshop's export columns; Rozetka's seller help (sellerhelp.rozetka.com.ua, 'Робота з замовленнями') lists what an order holds: номер замовлення, дата і час створення, джерело створення, прізвище, ім'я та телефон покупця, товар, кількість, ціна, статус, способи доставки та оплати, внутрішній коментар менеджера — the headers follow that set in Ukrainian as Horoshop names them, one row per order line.",
             "'Компанія' and 'ЄДРПОУ / ІПН' are the optional checkout fields a Horoshop store adds for business buyers (filled only when the buyer gave them); payment names are the usual Ukrainian store options (LiqPay card, накладений платіж, оплата частинами monobank/ПриватБанк, безготівковий рахунок). ЄДРПОУ values are 8 digits with a valid checksum, РНОКПП (ІПН) of ФОП 10 digits."],
    "fields": {"buyer": "Компанія", "product": "Назва товару", "quantity": "Кількість", "amount": "Сума", "tax_id": "ЄДРПОУ / ІПН",
               "email": "E-mail", "payment": "Спосіб оплати", "comment": "Коментар покупця"},
    "also_ok": {"buyer": ["Покупець"], "amount": ["Сума замовлення"], "comment": ["Коментар менеджера"]},
    "notes": "Single header row, no title or totals rows: every row is a record. One order = '№ замовлення'; multi-line orders repeat the order data. 'Компанія' is empty for private buyers, who are named in 'Покупець'. Quick orders ('Купити в 1 клік') hold only a phone."
}, labels)
print(KID, len(rows))
