import random, datetime, sys
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
from z_common import *
r = random.Random(301)
KID='z_ru_unf_orders'
def ikz(r): return '2'+''.join(str(r.randint(0,9)) for _ in range(35))
B2B_CO=['ООО «СтройКомплект»','ООО «Вектор-М»','ООО «ТехноСервис Плюс»','АО «Тандер»','ООО «Агроторг»','ООО «Леруа Мерлен Восток»','АО «Деловые Линии»','ООО «Кофейня на Садовой»','ООО «МедТехника-Юг»','ЗАО «Уралпромснаб»','ООО «Альфа Логистик»','ПАО «Северсталь»','ООО «Клиника Здоровье»','ООО «Петрович»','ООО «Автодом»','АО «Ферреро Руссия»','ООО «Бюро переводов Лингва»']
B2B_NOFORM=['Альфа-Трейд','ТД Меридиан','СтройДвор','Офис-Центр «Неглинная»','Кафе Шоколадница Тверская','Типография Полиграф-Принт']
SOLE=['ИП Смирнов Алексей Викторович','ИП Кузнецова Ольга Сергеевна','ИП Орлов И.П.','ИП Никитина Татьяна Андреевна','ИП Глава КФХ Захаров Олег Петрович']
NPO=['АНО «Центр развития детей «Солнышко»','Благотворительный фонд «Подари жизнь»','ТСЖ «Берёзовая роща»','Ассоциация «Союз кадастровых инженеров»','Местная религиозная организация православный Приход храма Святителя Николая','АНО ВО «Университет Иннополис»','НОУ «Частная школа «Президент»','Московское городское отделение Российского Красного Креста','Садоводческое некоммерческое товарищество «Рассвет»','ЖСК «Молодёжный-3»']
GOV=[('ГБУЗ «Городская клиническая больница № 52 ДЗМ»','public_hospital'),('МБОУ «Средняя общеобразовательная школа № 12» г. Тулы','municipal_school'),('МАДОУ «Детский сад № 45 «Радуга»','municipal_kindergarten'),('МКУ «Управление образования г. Подольска»','municipal_agency'),('Администрация городского округа Подольск','municipality'),('Администрация Кировского района г. Екатеринбурга','municipality'),('ФГБОУ ВО «Московский государственный университет имени М.В. Ломоносова»','public_university'),('ФГАОУ ВО «Уральский федеральный университет имени первого Президента России Б.Н. Ельцина»','public_university'),('ФКУ ИК-2 УФСИН России по Владимирской области','federal_institution'),('ГУП «Московский метрополитен»','state_unitary_enterprise'),('МУП «Водоканал» г. Новосибирска','municipal_unitary_enterprise'),('Войсковая часть 55443','armed_forces_unit'),('Министерство здравоохранения Тульской области','regional_ministry'),('ОМВД России по Пушкинскому району','police'),('ГКУ «Центр занятости населения Москвы»','state_agency'),('Арбитражный суд Свердловской области','court'),('ГБУ «Жилищник района Хамовники»','state_institution'),('ФГБУ «Национальный медицинский исследовательский центр кардиологии»','federal_institution'),('Отделение Фонда пенсионного и социального страхования РФ по Тверской области','state_social_fund'),('ГАУК «Мосгортур»','state_institution')]
SOE=['ОАО «РЖД»','ПАО «Газпром нефть»','АО «Почта России»','ПАО «Россети Центр»','ПАО «Аэрофлот»','АО «Концерн Росэнергоатом»','ПАО «Ростелеком»']
COMMENT_B2B=['Счёт на оплату выставлен, доставка на склад','Поставка в офис, УПД','Отгрузка по договору поставки','','','Самовывоз, доверенность','Оплата по счёту, ТОРГ-12']
COMMENT_B2C=['','','Доставка до квартиры, позвонить за час','Самовывоз','','Оплата при получении']
recs=[]
def add(name,inn,dog,form,com,lab,amb,kind,cc='RU'): recs.append(dict(name=name,inn=inn,dog=dog,form=form,com=com,lab=lab,amb=amb,kind=kind,cc=cc))
def dnum(): return f"Договор поставки № {r.randint(1,450)}/{r.choice(['24','25'])} от {r.randint(1,28):02d}.{r.randint(1,12):02d}.2024"
for i in range(225):
    x=r.random()
    if x<0.20:
        add(r.choice(B2B_CO),inn10(r),dnum(),'Безналичная',r.choice(COMMENT_B2B),'B2B',False,'company_with_legal_form')
    elif x<0.25:
        add(r.choice(B2B_NOFORM),inn10(r) if r.random()<0.7 else '',dnum() if r.random()<.6 else 'Основной договор','Безналичная',r.choice(COMMENT_B2B),'B2B',False,'company_no_legal_form')
    elif x<0.31:
        add(r.choice(SOLE),inn12(r),'Основной договор','Безналичная',r.choice(COMMENT_B2B),'B2B',False,'sole_trader')
    elif x<0.37:
        n=r.choice(NPO); k='nonprofit'
        if 'ТСЖ' in n or 'ЖСК' in n or 'товарищество' in n: k='homeowners_association'
        elif 'религиозная' in n: k='religious_organisation'
        elif 'Университет' in n or 'школа' in n: k='private_school_or_university'
        add(n,inn10(r),'Основной договор','Безналичная',r.choice(COMMENT_B2B),'B2B',False,k)
    elif x<0.53:
        n,k=r.choice(GOV)
        y=r.random()
        if y<0.4: dog=f"Контракт № {r.randint(1,300)}-{r.choice(['ЭА','ЗК','ЕП'])} (44-ФЗ), ИКЗ {ikz(r)}"
        elif y<0.6: dog=("Муниципальный" if any(t in n for t in ('МБОУ','МАДОУ','МКУ','Администрация','МУП')) else "Государственный")+f" контракт № {r.randint(10,999)} от {r.randint(1,28):02d}.{r.randint(1,12):02d}.2025"
        else: dog='Договор по п. 4 ч. 1 ст. 93 44-ФЗ'
        add(n,inn10(r),dog,'Безналичная',r.choice(['Оплата по факту поставки, УПД','Доставка по адресу учреждения','','Счёт на оплату через казначейство']),'B2G',False,k)
    elif x<0.56:
        add('',inn10(r),f"Государственный контракт № 0173100009525000{r.randint(100,999)}, ИКЗ {ikz(r)}",'Безналичная','Поставка по гос. контракту, получатель — учреждение','B2G',False,'procurement_contract_no_buyer_name')
    elif x<0.60:
        add(r.choice(SOE),inn10(r),f"Договор № {r.randint(1000,9999)}/223 по результатам закупки № 32514{r.randint(100000,999999)}",'Безналичная','Закупка по 223-ФЗ, запрос котировок','B2B',True,'state_owned_company_procurement')
    elif x<0.62:
        add('ГАУ «МФЦ Республики Татарстан»',inn10(r),f"Договор по результатам закупки № 32514{r.randint(100000,999999)} (223-ФЗ)",'Безналичная','','B2G',False,'state_autonomous_institution_223fz')
    elif x<0.78:
        add(ru_fio(r),inn12(r) if r.random()<0.1 else '','Основной договор',r.choice(['Наличная','Платежная карта','Платежная карта']),r.choice(COMMENT_B2C),'B2C',False,'private_person')
    elif x<0.84:
        add(r.choice(['Розничный покупатель','Частное лицо','Покупатель (розница)']),'','',r.choice(['Наличная','Платежная карта']),'','B2C',False,'anonymous_retail')
    else:
        c=r.randint(0,7)
        if c==0: add(ru_fio(r),'','Основной договор','Наличная','Беру для перепродажи в своём магазине','B2B',True,'person_states_business_use')
        elif c==1: add(ru_fio(r),'','Основной договор','Платежная карта','Заказ 40 шт. одинаковых смартфонов, доставка на дом','B2C',True,'person_bulk_quantity')
        elif c==2: add(r.choice(SOLE[:4]),inn12(r),'','Платежная карта','Телевизор Samsung 55", оплата личной картой, без документов','B2B',True,'sole_trader_personal_purchase')
        elif c==3: add(r.choice(B2B_CO[:11]),inn10(r),dnum(),'Безналичная','Сплит-система 1 шт., установка в квартире','B2B',True,'company_household_item')
        elif c==4: add(r.choice(['МБОУ «Лицей № 3» г. Калуги','МБДОУ «Детский сад № 17»']),inn10(r),'Договор по п. 5 ч. 1 ст. 93 44-ФЗ','Безналичная','Чайник электрический 1 шт. в учительскую','B2G',True,'municipal_school_household_item')
        elif c==5: add(ru_fio(r),'','Основной договор','Наличная','Оплата по счёту № '+str(r.randint(100,999))+' за ООО «Вектор-М» физлицом','B2B',True,'person_pays_company_invoice')
        elif c==6: add('Фонд «Сколково»',inn10(r),dnum(),'Безналичная','','B2B',True,'state_founded_fund_nonprofit')
        else: add('Представительство УВКБ ООН в Российской Федерации','',dnum(),'Безналичная','','B2B',True,'international_org')
# write
d0=datetime.datetime(2025,1,9,9,0)
hdr=['Дата','Номер','Состояние','Контрагент','ИНН','Договор','Форма оплаты','Сумма','Валюта','% оплаты','% отгрузки','Срок выполнения','Организация','Ответственный','Комментарий']
lines=[';'.join(hdr)]
labels=[]
def q(s):
    s=str(s)
    return '"'+s.replace('"','""')+'"' if (';' in s or '"' in s) else s
for i,rc in enumerate(recs):
    dt=d0+datetime.timedelta(hours=i*7+r.randint(0,5),minutes=r.randint(0,59))
    amt=round(r.uniform(1500,450000) if rc['lab']!='B2C' else r.uniform(900,90000),2)
    st=r.choice(['Завершен','Завершен','В работе','Новый','Выполнен'])
    pay=r.choice(['100','100','50','0']); ship='100' if st=='Завершен' else r.choice(['0','100'])
    row=[dt.strftime('%d.%m.%Y %H:%M:%S'),f"УТ00-{i+1:06d}",st,rc['name'],rc['inn'],rc['dog'],rc['form'],rub(amt),'руб.',pay,ship,(dt+datetime.timedelta(days=r.randint(1,20))).strftime('%d.%m.%Y'),'ООО «Офисный мир»',r.choice(['Соколова Е.В.','Петров А.А.','Администратор']),rc['com']]
    lines.append(';'.join(q(v) for v in row))
    labels.append((rc['lab'],rc['amb'],rc['kind'],rc['cc']))
with open(f'{BASE}/layouts/{KID}.csv','w',encoding='cp1251',newline='') as f: f.write('\r\n'.join(lines)+'\r\n')
write_key(KID,{"id":KID,"system":"1С:Управление нашей фирмой 8 — список «Заказы покупателей» (Вывести список → сохранить, CSV cp1251 ';')","country":"RU","language":"ru",
 "docs":["Search found articles on the UNF document «Заказ покупателя» and its journal (раздел Продажи → Заказы покупателей; journal shows state, sum, payment and shipment progress, due date). Columns follow the UNF order list form (Дата, Номер, Состояние, Контрагент, Сумма, Валюта, % оплаты, % отгрузки, Срок выполнения, Организация, Ответственный, Комментарий) plus user-added fields ИНН (Контрагент.ИНН), Договор and Форма оплаты. No public column list of the exact export was found; names are from knowledge of the UNF form."],
 "fields":{"buyer":"Контрагент","product":None,"quantity":None,"amount":"Сумма","tax_id":"ИНН","email":None,"payment":"Форма оплаты","comment":"Комментарий"},
 "also_ok":{},
 "notes":"One row per order (document list, no goods lines). cp1251, ';', CRLF, amounts with non-breaking space thousands separator and comma decimals. Line 1 is the header; every other line is a record. Procurement evidence is in «Договор» (44-ФЗ/ИКЗ/223-ФЗ). Seller is ООО «Офисный мир» (column Организация)."},labels)
print(len(recs))
