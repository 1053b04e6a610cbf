import random, datetime, sys
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
from z_common import *
import pandas as pd, zlib
r = random.Random(302)
KID='z_ru_yandex_market_orders'
HOUSE=[('Электрический чайник Xiaomi Mi Smart Kettle 2',3290),('Робот-пылесос Dreame D10 Plus',21990),('Смартфон Apple iPhone 15 128 ГБ',79990),('Наушники Apple AirPods Pro 2',21490),('Телевизор Samsung UE55CU7100U 55"',44990),('Кофемашина De\'Longhi Magnifica S ECAM22.110',36990),('Фен Dyson Supersonic HD07',45990),('Детская коляска Happy Baby Mommer',15990),('Подгузники Pampers Premium Care 4, 82 шт.',2590),('Мультиварка Redmond RMC-M90',6490),('Смарт-часы Huawei Watch GT 4',16990),('Игровая приставка Sony PlayStation 5 Slim',58990),('Кондиционер Ballu BSD-09HN1',24990),('Микроволновая печь Samsung MS23K3513AW',10490),('Корм для кошек Royal Canin Sterilised 37, 4 кг',4890),('Шампунь Head & Shoulders 400 мл',549),('Яндекс Станция Лайт 2',7990)]
BIZ=[('Бумага офисная SvetoCopy A4, 500 л.',329),('МФУ лазерное HP LaserJet Pro MFP M428fdn',48990),('Картридж HP 59A CF259A',8990),('Ноутбук Lenovo ThinkPad E14 Gen 5',78990),('Монитор Dell P2422H 23.8"',17990),('Кресло офисное Бюрократ CH-868N',8490),('Маршрутизатор MikroTik hAP ax2',8990),('Кулер для воды Ecotronic H1-LE',7990),('Перчатки нитриловые Benovy, 100 шт.',590),('Стеллаж металлический 2000x1000x500',6990),('Шуруповёрт Makita DF333DWYE',9990),('Антисептик для рук 5 л',1290)]
SERVER=[('Сервер Dell PowerEdge R750xs',689000),('Стойка серверная 42U ЦМО ШТК-М-42.6.10',54990),('Лицензия 1С:Предприятие 8 ПРОФ, клиентская на 5 р.м.',29900)]
ORGS=[('ООО «Ромашка»','company_with_legal_form'),('ООО «СК Монолит»','company_with_legal_form'),('АО «Тинькофф Банк»','company_with_legal_form'),('ООО «Вкусвилл»','company_with_legal_form'),('ООО «Гостиница Арбат Хаус»','company_with_legal_form'),('Стоматология Дента-Люкс','company_no_legal_form'),('ООО «Яркие решения»','company_with_legal_form'),('АНО ДО «Лингвистический центр»','nonprofit'),('ТСН «Парковый-12»','homeowners_association')]
SOLE=['ИП Макаров Игорь Олегович','ИП Лебедева Юлия Викторовна','ИП Степанов Сергей Андреевич']
GOV=[('МБОУ СОШ № 7 г. Химки','municipal_school'),('МБДОУ «Детский сад № 112»','municipal_kindergarten'),('ГБУЗ «Городская поликлиника № 2»','public_hospital'),('Администрация сельского поселения Ильинское','municipality'),('ГКУ «Центр социального обслуживания населения»','state_agency'),('ФГБОУ ВО «Казанский национальный исследовательский технологический университет»','public_university')]
REG=['Москва','Санкт-Петербург','Московская область','Свердловская область','Республика Татарстан','Краснодарский край','Новосибирская область','Нижегородская область']
orders=[]
def O(btype,buyer,inn,pay,lines,com,lab,amb,kind,model=None): orders.append(dict(btype=btype,buyer=buyer,inn=inn,pay=pay,lines=lines,com=com,lab=lab,amb=amb,kind=kind,model=model))
def hl(n=None): return [(p,pr,r.choice([1,1,1,2])) for p,pr in r.sample(HOUSE,n or r.choice([1,1,1,2]))]
def bl(n=None): return [(p,pr,r.choice([2,5,10,20])) for p,pr in r.sample(BIZ,n or r.choice([1,2,3]))]
PAYC=['Оплата картой при оформлении','Оплата картой при оформлении','СБП','Картой при получении','Наличными при получении','Яндекс Сплит']
while sum(len(o['lines']) for o in orders)<225:
    x=r.random()
    if x<0.50:
        O('Физическое лицо',ru_fio(r,short=r.random()<0.6),'',r.choice(PAYC),hl(),r.choice(['','','','Позвонить за час','Оставить у двери','Домофон не работает, звонить на телефон']),'B2C',False,'private_person','DBS')
    elif x<0.62:
        O('Физическое лицо','','',r.choice(PAYC),hl(),'','B2C',False,'anonymous_marketplace_buyer',r.choice(['FBY','FBS']))
    elif x<0.72:
        n,k=r.choice(ORGS); O('Юридическое лицо',n,inn10(r),'Оплата по счёту',bl(),r.choice(['','Доставка в офис, нужен УПД','Закрывающие документы через ЭДО']),'B2B',False,k,r.choice(['FBS','DBS','FBY']))
    elif x<0.76:
        O('Юридическое лицо',r.choice(SOLE),inn12(r),'Оплата по счёту',bl(),'','B2B',False,'sole_trader',r.choice(['FBS','DBS']))
    elif x<0.85:
        n,k=r.choice(GOV); O('Юридическое лицо',n,inn10(r),'Оплата по счёту',bl(),r.choice(['','Поставка по договору до 600 тыс. руб. (п. 5 ч. 1 ст. 93 44-ФЗ)','Доставка по адресу учреждения, бухгалтерия']),'B2G',False,k,r.choice(['FBS','DBS']))
    else:
        c=r.randint(0,6)
        if c==0: O('Физическое лицо',ru_fio(r),'','Оплата картой при оформлении',[('Смартфон Apple iPhone 15 128 ГБ',79990,40)],'','B2C',True,'person_bulk_quantity','DBS')
        elif c==1: O('Физическое лицо',ru_fio(r,True),'','СБП',[(p,pr,12) for p,pr in r.sample(HOUSE[8:11],1)],'Беру для перепродажи в своём магазине','B2B',True,'person_states_business_use','DBS')
        elif c==2: n,k=r.choice(ORGS[:5]); O('Юридическое лицо',n,inn10(r),'Оплата по счёту',[('Кондиционер Ballu BSD-09HN1',24990,1)],'','B2B',True,'company_household_item','FBS')
        elif c==3: O('Юридическое лицо',r.choice(GOV[:2])[0],inn10(r),'Оплата по счёту',[('Электрический чайник Xiaomi Mi Smart Kettle 2',3290,1)],'','B2G',True,'municipal_school_household_item','FBS')
        elif c==4: O('Физическое лицо',r.choice(SOLE),'','Оплата картой при оформлении',[('Телевизор Samsung UE55CU7100U 55"',44990,1)],'','B2B',True,'sole_trader_personal_purchase','DBS')
        elif c==5: O('','','','Оплата картой при оформлении',[r.choice(SERVER)+(1,)],'','B2B',True,'product_only_business_goods','FBY')
        else: O('Физическое лицо',ru_fio(r,True),'','Оплата картой при оформлении',hl(1),'Для работы, нужен чек','B2B',True,'person_states_business_use','DBS')
rows=[];labels=[]
d0=datetime.datetime(2025,2,1,8)
for i,o in enumerate(orders):
    oid=str(r.randint(400000000,499999999)); dt=d0+datetime.timedelta(hours=i*3,minutes=r.randint(0,59))
    st=r.choice(['Доставлен','Доставлен','Доставлен','Отменён','В доставке'])
    reg=r.choice(REG)
    for p,pr,qn in o['lines']:
        sku='YM-'+str(zlib.crc32(p.encode())%100000).zfill(5)
        rows.append({'Номер заказа':oid,'Ваш номер заказа':'','Дата оформления':dt.strftime('%d.%m.%Y %H:%M'),'Модель работы':o['model'] or 'FBS','Тип заказа':'Маркет для бизнеса' if o['btype']=='Юридическое лицо' else 'Обычный','Статус заказа':st,
          'Тип покупателя':o['btype'],'Покупатель':o['buyer'],'ИНН покупателя':o['inn'],'Ваш SKU':sku,'SKU на Маркете':str(r.randint(100000000,199999999)),'Название товара':p,'Количество':qn,
          'Цена с НДС за шт., ₽':float(pr),'Стоимость с НДС, ₽':float(pr*qn),'Способ оплаты':o['pay'],'Регион доставки':reg,'Комментарий покупателя':o['com']})
        labels.append((o['lab'],o['amb'],o['kind'],'RU'))
df=pd.DataFrame(rows)
df.to_excel(f'{BASE}/layouts/{KID}.xlsx',index=False,sheet_name='Заказы')
write_key(KID,{"id":KID,"system":"Яндекс Маркет — кабинет продавца, отчёт по заказам (XLSX, Russian headers)","country":"RU","language":"ru",
 "docs":["Yandex Market Partner API docs (generateUnitedOrdersReport, generateGoodsRealizationReport) list the order report columns: Номер заказа, Ваш номер заказа, Дата оформления, Тип заказа, Название товара, Ваш SKU, Способ оплаты, НДС, цены с НДС; the XLSX uses Russian headers. Buyer type / buyer name / buyer INN columns model the business-order (Маркет для бизнеса, buyer type BUSINESS in the API) information the seller receives; these are a real system field (business-order flag)."],
 "fields":{"buyer":"Покупатель","product":"Название товара","quantity":"Количество","amount":"Стоимость с НДС, ₽","tax_id":"ИНН покупателя","email":None,"payment":"Способ оплаты","comment":"Комментарий покупателя"},
 "also_ok":{"amount":["Цена с НДС за шт., ₽"]},
 "notes":"One row per order line; lines of one order share Номер заказа. Header row is the first row of sheet Заказы; no title or totals rows. «Тип покупателя»/«Тип заказа» are the marketplace's own business-order flag. FBY/FBS rows of private buyers have no buyer name."},labels)
print(len(rows),len(orders))
