"""w_ru_tbank_business_statement: T-Bank (Т-Бизнес) account statement, incoming payments (XLSX with title block)."""
import random, os, datetime as dt
from openpyxl import Workbook
from w_common import *

r = random.Random(4202)
KID = 'w_ru_tbank_business_statement'
HEAD = ["Дата операции","Номер документа","Вид операции","Сумма","Валюта","Контрагент","ИНН контрагента","КПП контрагента",
        "Счёт контрагента","БИК банка контрагента","Банк контрагента","Назначение платежа"]
BANKS = [("044525225","ПАО Сбербанк"),("044525593","АО «АЛЬФА-БАНК»"),("044525187","Банк ВТБ (ПАО)"),("044525974","АО «ТБанк»"),
         ("044525555","ПАО «Промсвязьбанк»"),("044525411","Филиал «Центральный» Банка ВТБ (ПАО)"),("046577674","Уральский банк ПАО Сбербанк")]
GOODS = ["сплит-систему Daikin FTXB35C/RXB35C","кондиционер Mitsubishi Electric MSZ-LN25VG","сплит-систему Haier HSU-09HPL103/R3",
         "техническое обслуживание систем кондиционирования","монтаж мультизональной системы Ballu Machine","ремонт чиллера",
         "поставку приточно-вытяжной установки Breezart 1000 Lux","заправку кондиционера фреоном R410A","поставку тепловой завесы Ballu BHC-L10-S06",
         "поставку и монтаж кассетных кондиционеров General Climate","сервисное обслуживание VRF-системы за октябрь 2026"]
FLAT = ["ул. Профсоюзная, д. 84, кв. 112","Ленинский пр-т, д. 30, кв. 7","ул. Маршала Жукова, д. 12, кв. 45","пос. Развилка, д. 4, кв. 18",
        "СНТ «Берёзка», уч. 56","ул. Гарибальди, д. 23, кв. 9","Дмитровское ш., д. 107, кв. 231"]

def nds(x): return "В т.ч. НДС (20%) " + f"{x/6:.2f}".replace('.', '-')
def acct(pref='40702810'): return pref + ''.join(str(r.randint(0, 9)) for _ in range(12))
def inv(): return f"№ {r.randint(100, 2900)} от {r.randint(1,28):02d}.{r.choice(['09','10'])}.2026"
def ikz(inn, kp):
    return '26' + inn + kp + f"{r.randint(1,999):04d}" + f"{r.randint(1,999):04d}" + '0000' + r.choice(['244','243'])

COMP = ["ООО «Вектор Девелопмент»","ООО «Ресторанная группа Тануки»","ООО «Строительная компания Гранит»","ООО «Медси Клиник»","ООО «ЛогистикЦентр»",
        "ООО «Гостиница Космос Селект»","ООО «Спортмастер»","АО «Мосинжпроект-Сервис»","ООО «Автоцентр Киа Север»","ООО «Пекарня Бриошь»",
        "ЗАО «Агрокомплекс Зелёная Долина»","ООО «ИТ-Аутсорс»","ООО «Стоматологическая клиника Уникум»","АО «Фармстандарт-Лексредства»","ООО «Склад-Маркет»",
        "ООО «Офисные решения»","АО «Торговый дом Перекрёсток»","ООО «ЖК Сердце Столицы Эксплуатация»"]
NOFORM = ["Кофейня Зерно на Мясницкой","Фитнес-студия Пульс","Салон красоты «Ирина»","Типография Принт Экспресс"]
SCHOOLS = ["ГБОУ Школа № {n}","ГБОУ «Школа № {n}» ","ГБДОУ детский сад № {n}","ГБУЗ «ГКБ № {n} ДЗМ»","ГБУ «Жилищник района Марьино»",
           "ГАУК «Московский зоопарк»","ГБУ ДО «Спортивная школа олимпийского резерва № {n}»","ГКУ «Центр занятости населения города Москвы»"]
OTHERGOV = [("Администрация Одинцовского городского округа Московской области","УФК по Московской области"),
            ("Администрация сельского поселения Ершовское","УФК по Московской области"),
            ("Арбитражный суд города Москвы","УФК по г. Москве"),("ГУ МВД России по г. Москве","УФК по г. Москве"),
            ("ОСФР по г. Москве и Московской области","УФК по г. Москве"),("ФКУ «Войсковая часть 55002»","УФК по г. Москве"),
            ("Управа района Хамовники города Москвы","УФК по г. Москве"),("МКУ «Управление капитального строительства» г. Химки","УФК по Московской области"),
            ("ФГКУ «Пограничное управление ФСБ России по г. Москве»","УФК по г. Москве")]
MUP = ["МУП «Водоканал» г. Подольска","ГУП «Московский метрополитен»","МУП «Химкинская теплосеть»","ФГУП «ГлавНИВЦ» Управделами Президента РФ"]
UNI = ["ФГБОУ ВО «МГТУ им. Н.Э. Баумана»","ФГАОУ ВО «НИУ «Высшая школа экономики»","ФГБОУ ВО «Российский экономический университет им. Г.В. Плеханова»","ФГАУ «НМИЦ здоровья детей» Минздрава России"]
SOE = [("ОАО «РЖД»","7708503727"),("ПАО «Россети Московский регион»","5036065113"),("АО «Мосводоканал»","7701984274"),("ПАО «Аэрофлот»","7712040126"),
       ("АО «Почта России»","7724490000"),("ПАО «Ростелеком»","7707049388"),("ПАО «ГМК «Норильский никель»","8401005730")]
NPO = ["ТСЖ «Волжский бульвар 11»","АНО «Центр развития добровольчества»","Религиозная организация «Московская Епархия Русской Православной Церкви»",
       "Благотворительный фонд «Вера»","Ассоциация «Национальное объединение строителей»","СНТ «Рассвет»","ЖСК «Полярник»","Московская городская коллегия адвокатов"]

KINDS = [('private_person',33,'B2C',False),('company_with_legal_form',22,'B2B',False),('sole_trader',8,'B2B',False),
         ('company_no_legal_form',3,'B2B',False),('state_institution_treasury_44fz',7,'B2G',False),('government_body',5,'B2G',False),
         ('state_unitary_enterprise',2,'B2G',False),('public_university_223fz',2,'B2G',False),('state_owned_company_procurement',3,'B2B',True),
         ('state_owned_company',2,'B2B',False),('person_pays_company_invoice',3,'B2B',True),('acquiring_payout',3,'B2C',True),
         ('sbp_payout',1.5,'B2C',True),('marketplace_payout',2,'B2C',True),('non_profit',4,'B2B',False),('embassy',1,'B2G',False),
         ('international_org',1,'B2B',True),('person_states_business_use',2,'B2B',True),('state_founded_fund',1,'B2B',True)]

recs, labels = [], []
day = dt.date(2026, 10, 1)
doc = 1
while len(recs) < 222:
    kind, _, lab, amb = r.choices(KINDS, weights=[k[1] for k in KINDS])[0]
    cc = 'RU'
    bik, bank = r.choice(BANKS)
    g = r.choice(GOODS)
    if r.random() < .085 and day < dt.date(2026, 10, 29): day += dt.timedelta(days=1)
    if day.weekday() >= 5: day += dt.timedelta(days=7 - day.weekday())
    vid = 'Платёжное поручение'
    inn = kp = ''; acc = acct()
    amt = round(r.choice([r.uniform(3000, 40000), r.uniform(40000, 400000)]), 2)
    if kind == 'private_person':
        f, i, o = ru_person(r); name = f"{f} {i} {o}"
        g = r.choice(["сплит-систему Haier HSU-09HPL103/R3", "кондиционер Mitsubishi Electric MSZ-LN25VG", "заправку кондиционера фреоном R410A", "чистку и обслуживание сплит-системы", "монтаж сплит-системы"])
        inn = inn12(r, '77') if r.random() < .35 else ''
        acc = acct('40817810'); amt = round(r.uniform(2500, 95000), 2)
        purp = r.choice([f"Оплата за {g.replace('поставку ', '')} по адресу {r.choice(FLAT)}. Без НДС",
                         f"Перевод по договору {inv()} {f} {i[0]}.{o[0]}.", f"Оплата услуг по заявке {r.randint(1000,9999)}, {i} {o}"])
        vid = r.choice(['Платёжное поручение', 'Входящий перевод'])
    elif kind in ('company_with_legal_form', 'company_no_legal_form'):
        name = r.choice(COMP if kind == 'company_with_legal_form' else NOFORM); inn = memo_id(name, lambda: inn10_region(r, r.choice(['77','50','78']))); kp = kpp(inn, random.Random(inn))
        purp = f"Оплата по счёту {inv()} за {g}. Сумма {amt:.2f}. {nds(amt)}"
    elif kind == 'sole_trader':
        f, i, o = ru_person(r); name = f"ИП {f} {i} {o}" if r.random() < .7 else f"Индивидуальный предприниматель {f} {i[0]}.{o[0]}."
        inn = inn12(r, r.choice(['77','50'])); amt = round(r.uniform(8000, 160000), 2)
        purp = f"Оплата по счёту {inv()} за {g}. НДС не облагается"
    elif kind == 'state_institution_treasury_44fz':
        inst = r.choice(SCHOOLS).format(n=r.randint(12, 2100)).strip(); ls = '26' + ''.join(str(r.randint(0, 9)) for _ in range(8)) + '950'
        name = f"УФК по г. Москве ({inst} л/с {ls})"; inn = inn10_region(r, '77'); kp = '7' + inn[1:4] + '01001'
        acc = '03234643450000007300'; bik, bank = '004525988', 'ГУ БАНКА РОССИИ ПО ЦФО//УФК ПО Г. МОСКВЕ г. Москва'
        purp = r.choice([f"({ikz(inn, kp)}) Оплата по контракту № 03732000{r.randint(10000000000, 99999999999)} от {r.randint(1,28):02d}.09.2026 за {g}, акт {inv()}. НДС не облагается",
                         f"Оплата по гос. контракту № {r.randint(10,300)}/26-ЭА от {r.randint(1,28):02d}.08.2026 (44-ФЗ) за {g}. Сумма {amt:.2f}, {nds(amt)}",
                         f"Оплата по договору № {r.randint(10,99)} от {r.randint(1,28):02d}.10.2026 (п.4 ч.1 ст.93 44-ФЗ) за {g}. Без НДС"])
    elif kind == 'government_body':
        nm, ufk = r.choice(OTHERGOV); ls = '0' + str(r.randint(3, 4)) + '48' + ''.join(str(r.randint(0, 9)) for _ in range(6)) + '0'
        name = f"{ufk} ({nm} л/с {ls})" if r.random() < .8 else nm
        inn = inn10_region(r, '77' if 'Москве' in ufk else '50'); kp = inn[:4] + '01001'
        acc = '03100643000000017300'; bik, bank = '004525988', 'ГУ БАНКА РОССИИ ПО ЦФО//УФК ПО Г. МОСКВЕ г. Москва'
        purp = f"Оплата по муниципальному контракту № {r.randint(1,200)}-МК от {r.randint(1,28):02d}.09.2026 ИКЗ {ikz(inn, kp)} за {g}" if 'Администрация' in nm or 'МКУ' in nm else \
               f"Оплата по государственному контракту № {r.randint(100,999)} от {r.randint(1,28):02d}.07.2026 за {g}. НДС не облагается"
    elif kind == 'state_unitary_enterprise':
        name = r.choice(MUP); inn = memo_id(name, lambda: inn10_region(r, '50')); kp = kpp(inn, random.Random(inn))
        purp = f"Оплата по договору № {r.randint(10,300)}/26 от {r.randint(1,28):02d}.06.2026 за {g}. {nds(amt)}"
    elif kind == 'public_university_223fz':
        name = r.choice(UNI); inn = memo_id(name, lambda: inn10_region(r, '77')); kp = kpp(inn, random.Random(inn))
        purp = f"Оплата по договору № 326{r.randint(10**8, 10**9-1)} от {r.randint(1,28):02d}.09.2026 по результатам закупки (223-ФЗ) за {g}. {nds(amt)}"
    elif kind in ('state_owned_company_procurement', 'state_owned_company'):
        name, inn = r.choice(SOE); kp = inn[:4] + '01001'
        if kind == 'state_owned_company_procurement':
            purp = f"Оплата по договору № {r.randint(1000,9999)}/ОКЭ-ЦДЗ/26 от {r.randint(1,28):02d}.08.2026 (закупка № 32615{r.randint(100000,999999)}, 223-ФЗ) за {g}. {nds(amt)}"
        else:
            purp = f"Оплата по счёту {inv()} за {g}. {nds(amt)}"
    elif kind == 'person_pays_company_invoice':
        f, i, o = ru_person(r); name = f"{f} {i} {o}"; acc = acct('40817810')
        purp = f"Оплата по счёту {inv()} за {r.choice(COMP)}, {g}. {nds(amt)}"
    elif kind in ('acquiring_payout', 'sbp_payout'):
        name = 'АО «ТБанк»'; inn = '7710140679'; kp = '771301001'; acc = '30232810100000000004'; bik, bank = '044525974', 'АО «ТБанк»'
        amt = round(r.uniform(15000, 260000), 2); vid = 'Эквайринг' if kind == 'acquiring_payout' else 'Зачисление СБП'
        purp = (f"Возмещение по операциям эквайринга. Мерчант № {r.randint(1000000, 9999999)}. Дата реестра {day:%d.%m.%Y}. Комиссия {amt*0.019:.2f}. Без НДС" if kind == 'acquiring_payout'
                else f"Зачисление средств по операциям СБП за {day:%d.%m.%Y}. ТСП {r.randint(100000, 999999)}. Комиссия {amt*0.007:.2f}. Без НДС")
    elif kind == 'marketplace_payout':
        name, inn, kp = r.choice([("ООО «ИНТЕРНЕТ РЕШЕНИЯ»", "7704217370", "997750001"), ("ООО «ВАЙЛДБЕРРИЗ»", "7721546864", "997750001"), ("ООО «ЯНДЕКС»", "7736207543", "770401001")])
        amt = round(r.uniform(20000, 350000), 2)
        purp = f"Перечисление денежных средств по договору {r.choice(['ИР-', 'оферты '])}{r.randint(100000, 999999)} за период с {day - dt.timedelta(days=7):%d.%m.%Y} по {day - dt.timedelta(days=1):%d.%m.%Y}. Без НДС"
    elif kind == 'non_profit':
        name = r.choice(NPO); inn = memo_id(name, lambda: inn10_region(r, '77')); kp = kpp(inn, random.Random(inn))
        purp = f"Оплата по счёту {inv()} за {g}. НДС не облагается"
    elif kind == 'embassy':
        name, cc = r.choice([("Посольство Республики Казахстан в Российской Федерации", 'KZ'), ("Посольство Республики Индия", 'IN'), ("Генеральное консульство Республики Беларусь в г. Казани", 'BY')])
        inn = '9909' + ''.join(str(r.randint(0, 9)) for _ in range(6)); kp = '773851001'
        purp = f"Оплата по счёту {inv()} за {g} в здании представительства. {nds(amt)}"
    elif kind == 'international_org':
        name, cc = r.choice([("Представительство Международного комитета Красного Креста (МККК) в Москве", 'RU'), ("Представительство Управления Верховного комиссара ООН по делам беженцев в РФ", 'RU')])
        inn = '9909' + ''.join(str(r.randint(0, 9)) for _ in range(6)); kp = '774751001'
        purp = f"Оплата по счёту {inv()} за {g}. Без НДС"
    elif kind == 'person_states_business_use':
        f, i, o = ru_person(r); name = f"{f} {i} {o}"; acc = acct('40817810')
        purp = f"Оплата за {g.replace('поставку ', '')} для офиса (для работы), {f} {i[0]}.{o[0]}."
    elif kind == 'state_founded_fund':
        name = r.choice(["Фонд развития промышленности", "Фонд «Сколково»", "Фонд содействия развитию малых форм предприятий в научно-технической сфере"])
        inn = inn10_region(r, '77'); kp = kpp(inn, r)
        purp = f"Оплата по договору {inv()} за {g}. {nds(amt)}"
    doc += r.randint(1, 40)
    recs.append([day.strftime('%d.%m.%Y'), str(doc), vid, amt, 'RUB', name, inn, kp, acc, bik, bank, purp])
    labels.append((lab, amb, kind, cc))

wb = Workbook(); ws = wb.active; ws.title = 'Выписка'
ws.append(['АО «ТБанк»']); ws.append(['Выписка по счёту № 40702810610000741852 (RUB)'])
ws.append(['Владелец счёта: ООО «КлиматТехСервис», ИНН 7721845630, КПП 772101001'])
ws.append(['Период: с 01.10.2026 по 31.10.2026. Операции: поступления']); ws.append([])
ws.append(HEAD)
for row in recs:
    ws.append(row); ws.cell(ws.max_row, 4).number_format = '#,##0.00'
ws.append([]); ws.append(['Итого поступлений', None, None, round(sum(x[3] for x in recs), 2)])
ws.append(['Исходящий остаток', None, None, 1874512.36])
wb.save(os.path.join(ROOT, 'layouts', KID + '.xlsx'))
write_key(ROOT, KID, {
    "id": KID, "system": "Т-Бизнес (АО «ТБанк») — выписка по расчётному счёту, выгрузка в Excel, отбор «поступления»", "country": "RU", "language": "ru",
    "docs": ["No public page in the public documentation gives the exact T-Business Excel headers; found a statement-import parser using 'Контрагент', 'ИНН контрагента', 'БИК банка контрагента', 'Счёт контрагента', 'Вид операции' and the T-Bank API requisites model (inn, kpp, account_number, bik, bank_name). Headers follow those and the 1C ClientBankExchange fields (ПлательщикИНН/КПП/Счет, НазначениеПлатежа).",
             "Treasury payers appear the Russian way: 'УФК по г. Москве (<institution> л/с ...)' with a 03234.../03100... treasury account and БИК 0045259xx; 44-ФЗ purposes carry a 36-digit ИКЗ in brackets or a contract number; 223-ФЗ purposes carry a 32... purchase number."],
    "fields": {"buyer": "Контрагент", "product": None, "quantity": None, "amount": "Сумма", "tax_id": "ИНН контрагента", "email": None,
               "payment": "Вид операции", "comment": "Назначение платежа"},
    "also_ok": {},
    "notes": "XLSX: rows 1-5 of the sheet are a title block (bank, account, owner, period, blank); the header is sheet row 6 (pandas header=5). After the records come one blank row and two summary rows ('Итого поступлений', 'Исходящий остаток'): not records. Records are incoming payments only; the account owner (the seller) is ООО «КлиматТехСервис». Goods/services are only named inside 'Назначение платежа'. Acquiring/СБП/marketplace payout lines have the bank or marketplace as counterparty and no end buyer."
}, labels)
print(KID, len(recs))
