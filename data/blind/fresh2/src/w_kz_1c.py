"""w_kz_1c_sf_register: 1C:Бухгалтерия для Казахстана, реестр счетов-фактур выданных (CSV ; cp1251, title block, totals)."""
import random, os, datetime as dt
from w_common import *

r = random.Random(4303)
KID = 'w_kz_1c_sf_register'
HEAD = ["Дата","Номер","Контрагент","БИН/ИИН","Договор","Документ-основание","Номенклатура","Ед. изм.","Количество","Цена",
        "Сумма без НДС","Ставка НДС","Сумма НДС","Всего с НДС","Условия оплаты","Регистрационный номер ЭСФ","Статус ЭСФ","Ответственный","Комментарий"]
OFFICE = [("Ноутбук Lenovo IdeaPad Slim 3 15IRH8 i5/16/512",389000),("МФУ Canon i-SENSYS MF455dw",214000),("Бумага А4 SvetoCopy 80 г/м2, 500 л.",2350),
          ("Картридж HP 59A CF259A",48900),("Монитор Dell P2423H 23.8\"",98500),("Проектор Epson EB-E01",236000),("Источник бесперебойного питания APC Back-UPS 700VA",52000),
          ("1С:Бухгалтерия 8 для Казахстана. Базовая версия",52000),("1С:Предприятие 8. Клиентская лицензия на 5 рабочих мест",196000),
          ("Коммутатор TP-Link TL-SG1024D",41500),("Шкаф телекоммуникационный 19\" 42U ЦМО",325000),("Сервер Dell PowerEdge R250 E-2314/16GB/2x1TB",1450000),
          ("Интерактивная панель Smart Board MX265-V4 65\"",1890000),("Клавиатура + мышь Logitech MK270",14500),("Кресло офисное Бюрократ CH-868",58000),
          ("Папка-регистратор Erich Krause 75 мм",1450),("Тонер-картридж Kyocera TK-1170",29800),("Сканер Epson WorkForce DS-530II",398000)]
HOUSE = [("Чайник электрический Tefal KO1201",16900),("Телевизор Samsung UE50CU7100 50\"",229000),("Кулер для воды HotFrost V118",64000),
         ("Микроволновая печь LG MS2042DB",52000),("Пылесос Samsung VC18M21A0SB",69000),("Кофеварка капельная Philips HD7432",24900)]
CITIES = ["г. Алматы","г. Астана","г. Шымкент","г. Караганда","г. Актобе","г. Павлодар","г. Усть-Каменогорск","г. Костанай"]
TOO = ["ТОО «Казахтелеком Сервис Плюс»","ТОО «Астана Строй Инвест»","ТОО «Меломан Home Video»","ТОО «Логистик Центр Алатау»","ТОО «Нурлы Жол Транс»",
       "ТОО «Береке Агро»","ТОО «KazBuild Engineering»","ТОО «Медицинский центр Сункар»","ТОО «Технодом Оператор»","ТОО «Алматинский завод ЖБИ»",
       "ТОО «Аудиторская компания Максимум»","ТОО «Ресторан Дастархан»","АО «Банк ЦентрКредит»","АО «Шубарколь комир»","ТОО «Евразия Фарм»","ТОО «Kaspi Магазин Плюс»"]
NOFORM = ["Кафе «Кок Тобе»","Автомойка Жулдыз","Типография Дауир","Стоматология Ак Тис"]
SCHOOLS = ["КГУ «Общеобразовательная школа № {n}» отдела образования {c} управления образования","ГУ «Школа-гимназия № {n}» акимата {c}",
           "КГУ «Ясли-сад № {n} «Балапан»» акимата {c}","ГУ «Специализированный лицей № {n}» управления образования {c}","КГУ «Школа-лицей № {n}»"]
AKIM = ["ГУ «Аппарат акима Медеуского района г. Алматы»","ГУ «Аппарат акима города Астаны»","ГУ «Управление цифровизации г. Шымкент»",
        "ГУ «Отдел жилищно-коммунального хозяйства Енбекшиказахского района»","ГУ «Аппарат акима Карасайского района Алматинской области»",
        "ГУ «Аппарат акима сельского округа Талап»"]
REPUB = ["РГУ «Департамент государственных доходов по г. Алматы Комитета государственных доходов МФ РК»","ГУ «Министерство цифрового развития, инноваций и аэрокосмической промышленности РК»",
         "РГУ «Департамент полиции города Алматы МВД РК»","РГУ «Войсковая часть 5512» Национальной гвардии РК","ГУ «Верховный Суд Республики Казахстан»",
         "РГУ «Комитет казначейства Министерства финансов РК»"]
RGP = ["РГП на ПХВ «Казгидромет» МЭПР РК","РГП на ПХВ «Национальный центр экспертизы лекарственных средств и медицинских изделий»",
       "РГП на ПХВ «Институт математики и математического моделирования»","РГП «Казаэронавигация»","РГП на ПХВ «Государственная техническая служба»"]
GKP = ["ГКП на ПХВ «Городская поликлиника № {n}» УОЗ {c}","ГКП на ПХВ «Алматы Су»","ГКП на ПХВ «Областная детская больница» УЗ Карагандинской области",
       "ГКП на ПХВ «Высший медицинский колледж» УОЗ г. Алматы","ГКП на ПХВ «Астана Су Арнасы»"]
UNI = ["РГП на ПХВ «Карагандинский технический университет имени Абылкаса Сагинова»","РГП на ПХВ «Казахский национальный университет искусств»",
       "РГП на ПХВ «Казахская национальная консерватория имени Курмангазы»"]
SOE = ["АО «НК «КазМунайГаз»","АО «НК «Казахстан темир жолы»","АО «Казпочта»","АО «KEGOC»","АО «Самрук-Энерго»","АО «НАК «Казатомпром»","АО «Эйр Астана»"]
NPO = ["ОСИ «Нурлы Тау 5»","ОФ «Центр поддержки детей «Ашык журек»","ОЮЛ «Ассоциация финансистов Казахстана»","РО «Духовное управление мусульман Казахстана»",
       "Частное учреждение «Международная школа Мирас»","ПК «Жерұйық»".replace('ұ','у').replace('ы','ы').replace('қ','к'),"ОФ «Казахстанское общество Красного Полумесяца»"]
KZ_M = [("Ахметов","Ерлан","Серикович"),("Нурланов","Данияр","Маратович"),("Сейтказиев","Асхат","Болатович"),("Иванов","Сергей","Петрович"),
        ("Ким","Владимир","Александрович"),("Омаров","Бауыржан","Кайратович"),("Жумабаев","Арман","Ержанович"),("Касымов","Тимур","Нурланович")]
KZ_F = [("Абдрахманова","Айгерим","Нурлановна"),("Сагинтаева","Динара","Маратовна"),("Петренко","Ольга","Викторовна"),("Турсынбекова","Жанар","Асылбековна"),
        ("Ли","Светлана","Игоревна"),("Искакова","Гульмира","Ермековна")]
RESP = ["Бекова А.Н.","Смагулов Е.Т.","Ким О.В."]

KINDS = [('company_with_legal_form',24,'B2B',False),('company_no_legal_form',3,'B2B',False),('sole_trader',9,'B2B',False),
         ('sole_trader_personal_purchase',3,'B2B',True),('public_school',8,'B2G',False),('municipal_body_akimat',4,'B2G',False),
         ('government_body',3.5,'B2G',False),('state_enterprise_rgp',3,'B2G',False),('municipal_enterprise_gkp',3,'B2G',False),
         ('public_university',1.5,'B2G',False),('state_owned_company_procurement',3,'B2B',True),('state_owned_company',2,'B2B',False),
         ('non_profit',4,'B2B',False),('private_person',16,'B2C',False),('private_person_bulk_quantity',3,'B2C',True),
         ('person_states_business_use',3,'B2B',True),('public_school_household_item',3,'B2G',True),('company_household_only',3,'B2B',True),
         ('embassy',1,'B2G',False),('international_org',1,'B2B',True),('anonymous_retail',4,'B2C',False)]

def num(x, d=2):
    return f"{x:,.{d}f}".replace(',', '\u00a0').replace('.', ',')

recs, labels = [], []
d = dt.date(2026, 10, 1); no = 1187
while len(recs) < 228:
    kind, _, lab, amb = r.choices(KINDS, weights=[k[1] for k in KINDS])[0]
    cc = 'KZ'; c = r.choice(CITIES); bid = ''; dog = ''; pay = 'Безналичный расчет'; com = ''
    if kind in ('company_with_legal_form', 'company_household_only'): name = r.choice(TOO); bid = memo_id(name, lambda: kz_bin(r))
    elif kind == 'company_no_legal_form': name = r.choice(NOFORM); bid = memo_id(name, lambda: kz_bin(r))
    elif kind in ('sole_trader', 'sole_trader_personal_purchase'):
        f, i, o = r.choice(KZ_M + KZ_F); bid = kz_iin(r)
        name = r.choice([f"ИП {f} {i[0]}.{o[0]}.", f"ИП «{r.choice(['Алтын Сауда','Береке','Нур-Маркет','Аружан','Сапар Тур'])}»", f"Индивидуальный предприниматель {f} {i} {o}"])
        if kind == 'sole_trader_personal_purchase': pay = 'Наличный расчет'
    elif kind in ('public_school', 'public_school_household_item'):
        name = r.choice(SCHOOLS).format(n=r.randint(1, 190), c=c); bid = memo_id(name, lambda: kz_bin(r))
    elif kind == 'municipal_body_akimat': name = r.choice(AKIM); bid = memo_id(name, lambda: kz_bin(r))
    elif kind == 'government_body': name = r.choice(REPUB); bid = memo_id(name, lambda: kz_bin(r))
    elif kind == 'state_enterprise_rgp': name = r.choice(RGP); bid = memo_id(name, lambda: kz_bin(r))
    elif kind == 'municipal_enterprise_gkp': name = r.choice(GKP).format(n=r.randint(1, 36), c=c); bid = memo_id(name, lambda: kz_bin(r))
    elif kind == 'public_university': name = r.choice(UNI); bid = memo_id(name, lambda: kz_bin(r))
    elif kind.startswith('state_owned'): name = r.choice(SOE); bid = memo_id(name, lambda: kz_bin(r))
    elif kind == 'non_profit': name = r.choice(NPO); bid = memo_id(name, lambda: kz_bin(r))
    elif kind in ('private_person', 'private_person_bulk_quantity', 'person_states_business_use'):
        f, i, o = r.choice(KZ_M + KZ_F); name = f"{f} {i} {o}" if r.random() < .7 else f"{f} {i}"
        bid = kz_iin(r) if r.random() < .8 else ''; pay = r.choice(['Наличный расчет', 'Платежная карта', 'Платежная карта'])
    elif kind == 'embassy':
        name, cc = r.choice([("Посольство Турецкой Республики в Республике Казахстан", 'TR'), ("Посольство Федеративной Республики Германия в Республике Казахстан", 'DE'), ("Генеральное консульство Российской Федерации в г. Алматы", 'RU')])
        bid = memo_id(name, lambda: kz_bin(r))
    elif kind == 'international_org':
        name = r.choice(["Представительство ПРООН в Республике Казахстан", "Региональное представительство МККК в г. Ташкенте (офис в Алматы)", "Представительство ЮНИСЕФ в Казахстане"]); bid = memo_id(name, lambda: kz_bin(r))
    elif kind == 'anonymous_retail':
        name = 'Розничный покупатель'; pay = r.choice(['Наличный расчет', 'Платежная карта'])
    # contract
    if kind in ('public_school', 'municipal_body_akimat', 'government_body', 'public_university', 'state_enterprise_rgp', 'municipal_enterprise_gkp', 'public_school_household_item'):
        dog = r.choice([f"Договор о государственных закупках № {r.randint(100,999)} от {r.randint(1,28):02d}.09.2026", f"Договор ГЗ № {r.randint(1000,9999)}-ЗЦП от {r.randint(1,28):02d}.08.2026", f"Договор № {r.randint(10,99)} от {r.randint(1,28):02d}.09.2026"])
    elif kind == 'state_owned_company_procurement':
        dog = f"Договор о закупках № {r.randint(100000,999999)} от {r.randint(1,28):02d}.08.2026 (Правила закупок АО «Самрук-Казына», тендер № {r.randint(1000000,9999999)})"
    elif kind not in ('private_person', 'private_person_bulk_quantity', 'person_states_business_use', 'anonymous_retail') or r.random() < .2:
        dog = r.choice([f"Договор поставки № {r.randint(10,400)}/26", "Основной договор", f"Договор № {r.randint(1,99)}-П от {r.randint(1,28):02d}.01.2026"]) if kind != 'anonymous_retail' else ''
    if kind == 'person_states_business_use': com = r.choice(["Для магазина, покупатель просит ЭСФ на физлицо", "Покупатель: для работы (открывает мастерскую)", "Для перепродажи"])
    if kind == 'state_owned_company_procurement' and r.random() < .5: com = "Поставка по итогам тендера"
    if kind in ('company_with_legal_form', 'sole_trader') and r.random() < .15: com = r.choice(["Доставка на склад покупателя", "Отгрузка со склада Алматы", "Счёт на оплату № " + str(r.randint(200, 900))])
    # lines
    if kind in ('private_person', 'anonymous_retail'):
        lines = [(p, 1) for p in r.sample(OFFICE[:6] + HOUSE, r.choice([1, 1, 2]))]
    elif kind == 'private_person_bulk_quantity':
        lines = [(r.choice([OFFICE[0], OFFICE[4], HOUSE[1]]), r.choice([25, 30, 40]))]
    elif kind in ('sole_trader_personal_purchase', 'public_school_household_item', 'company_household_only'):
        lines = [(r.choice(HOUSE), 1)]
    elif kind == 'person_states_business_use':
        lines = [(p, r.choice([2, 3, 5])) for p in r.sample(OFFICE, 2)]
    else:
        lines = [(p, r.choice([1, 1, 2, 3, 5, 10, 20])) for p in r.sample(OFFICE, r.choice([1, 2, 2, 3, 4]))]
    if r.random() < .3: d += dt.timedelta(days=1)
    if d > dt.date(2026, 10, 31): d = dt.date(2026, 10, 31)
    no += 1
    esf = f"ESF-150840018264-{d:%Y%m%d}-{r.randint(10**7, 10**8-1)}"
    st = r.choices(['Доставлен', 'Принят', 'Отклонён', 'Аннулирован'], [70, 20, 6, 4])[0] if kind != 'anonymous_retail' else ''
    if kind == 'anonymous_retail': esf = ''
    for (pn, pr), q in lines:
        price = round(pr * r.uniform(.95, 1.06), -1)
        net = price * q; vat = round(net * 0.16, 2)  # НДС 16% from 2026 (Налоговый кодекс РК 2026)
        recs.append([d.strftime('%d.%m.%Y'), f"00000{no:05d}", name, bid, dog, f"Реализация ТМЗ и услуг 00000{no - 40:05d} от {d:%d.%m.%Y}",
                     pn, 'шт' if 'Бумага' not in pn else 'пач', str(q), num(price), num(net), '16%', num(vat), num(net + vat), pay, esf, st, r.choice(RESP), com])
        labels.append((lab, amb, kind, cc))

out = os.path.join(ROOT, 'layouts', KID + '.csv')
def line(v): return ';'.join('"' + x.replace('"', '""') + '"' if (';' in x or '"' in x) else x for x in v)
tot_net = sum(float(x[10].replace('\u00a0', '').replace(',', '.')) for x in recs)
tot_vat = sum(float(x[12].replace('\u00a0', '').replace(',', '.')) for x in recs)
with open(out, 'w', encoding='cp1251', newline='') as f:
    f.write('Реестр счетов-фактур выданных\r\n')
    f.write('Организация: ТОО «Офис Техник Алматы», БИН 150840018264\r\n')
    f.write('Период: 01.10.2026 - 31.10.2026\r\n\r\n')
    f.write(line(HEAD) + '\r\n')
    for x in recs: f.write(line(x) + '\r\n')
    f.write(line(['Итого', '', '', '', '', '', '', '', '', '', num(tot_net), '', num(tot_vat), num(tot_net + tot_vat), '', '', '', '', '']) + '\r\n')
write_key(ROOT, KID, {
    "id": KID, "system": "1С:Бухгалтерия 8 для Казахстана — реестр счетов-фактур выданных (выгрузка списка в CSV)", "country": "KZ", "language": "ru",
    "docs": ["No public page found gave the register's column list (one page confirmed the configuration keeps several legal entities/ИП and the ИС ЭСФ esf.gov.kz workflow). Columns follow the 1C KZ document 'Счёт-фактура выданный' and ESF fields as I know them: Контрагент, БИН/ИИН, Договор, Документ-основание (Реализация ТМЗ и услуг), Номенклатура, Количество, Цена, Сумма без НДС, Ставка НДС, Сумма НДС, Всего с НДС, Условия оплаты, Регистрационный номер ЭСФ, Статус ЭСФ.",
             "cp1251 with ';', CRLF, numbers with a non-breaking space as thousands separator and a decimal comma, dd.mm.yyyy dates; Kazakh-specific letters are transliterated because cp1251 cannot hold them. БИН/ИИН values pass the 12-digit checksum; БИН has 4/5 in position 5, ИИН has the century/sex digit in position 7."],
    "fields": {"buyer": "Контрагент", "product": "Номенклатура", "quantity": "Количество", "amount": "Всего с НДС", "tax_id": "БИН/ИИН",
               "email": None, "payment": "Условия оплаты", "comment": "Комментарий"},
    "also_ok": {"amount": ["Сумма без НДС"], "comment": ["Договор"]},
    "notes": "File lines 1-4 are a title block (title, organisation, period, blank line); line 5 is the header (pandas: encoding='cp1251', sep=';', skiprows=4). The last line ('Итого') is a totals row, not a record. One invoice = 'Номер' (several lines). VAT 16% per the 2026 Tax Code. 'Договор' names государственные закупки contracts for public buyers and Самрук-Казына procurement rules for national companies."
}, labels)
print(KID, len(recs))
