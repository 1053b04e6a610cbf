import random, datetime, sys
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
from z_common import *
from openpyxl import Workbook
r = random.Random(303)
KID='z_by_1c_realizaciya_esf'
def unp(r,first=None): return str(first or r.choice([1,1,1,2,3,5,6,7]))+''.join(str(r.randint(0,9)) for _ in range(8))
OFF=[('Бумага офисная Снегурочка А4 80 г/м2, 500 л.',14.9,'пачка'),('Ноутбук HP ProBook 450 G10 i5/16/512',2890.0,'шт'),('Картридж Canon 737 черный',189.0,'шт'),('Монитор Philips 243V7QDAB 23.8"',389.0,'шт'),('Краска водно-дисперсионная Элесько Прима 10 л',61.5,'шт'),('Стул офисный ИЗО черный',54.0,'шт'),('Лицензия 1С:Бухгалтерия 8 для Беларуси ПРОФ',1260.0,'шт'),('Принтер лазерный Pantum P2500W',329.0,'шт'),('Степлер Kangaro HD-45',8.4,'шт'),('Мыло жидкое Flora 5 л',22.0,'шт'),('Маршрутизатор TP-Link Archer C6',98.0,'шт')]
HOUSE=[('Чайник электрический Bosch TWK3A011',89.0),('Телевизор LG 50UR78006LK',1499.0),('Кондиционер Electrolux EACS-09HAT/N3',1690.0),('Смартфон Samsung Galaxy A35 8/256',1199.0),('Пылесос Atlant ВТ-1800',239.0),('Холодильник Atlant ХМ 4624-101',1349.0)]
CO=[('ООО «Евроторг»','company_with_legal_form'),('ОАО «Савушкин продукт»','company_with_legal_form'),('ЗАО «Атлант»','company_with_legal_form'),('ЧУП «Белвитамин»','company_with_legal_form'),('ЧТУП «СтройЛайн-Гродно»','company_with_legal_form'),('СООО «Мобильные ТелеСистемы»','company_with_legal_form'),('ОДО «Гарант-Сервис»','company_with_legal_form'),('ЧПУП «Мебельная фабрика Древо»','company_with_legal_form'),('ИООО «Эпам Системз»','company_with_legal_form'),('Гиппо','company_no_legal_form'),('Белмаркет Логистик','company_no_legal_form'),('Кафе «Васильки» на Немиге','company_no_legal_form')]
SOLE=['ИП Ковалёв Андрей Николаевич','ИП Гончарова Ирина Сергеевна','ИП Лукашевич Д.В.','Индивидуальный предприниматель Мельник Олег Петрович']
NPO=[('Белорусское Общество Красного Креста','national_red_cross'),('Товарищество собственников «Каменная горка-5»','homeowners_association'),('ЖСПК «Сосны-12»','housing_cooperative'),('Религиозная община Прихода храма Всех Святых г. Минска','religious_organisation'),('ОО «Белорусская ассоциация клубов ЮНЕСКО»','nonprofit'),('Частное учреждение образования «Минский институт управления»','private_university')]
GOV=[('ГУО «Средняя школа № 5 г. Гродно»','public_school'),('ГУО «Ясли-сад № 412 г. Минска»','public_kindergarten'),('Минский городской исполнительный комитет','municipality'),('Брестский районный исполнительный комитет','municipality'),('Лидский районный исполнительный комитет','municipality'),('УЗ «4-я городская клиническая больница им. Н.Е. Савченко»','public_hospital'),('Учреждение образования «Белорусский государственный университет информатики и радиоэлектроники»','public_university'),('Белорусский государственный университет','public_university'),('РУП «Белтелеком»','state_unitary_enterprise'),('РУП «Минскэнерго»','state_unitary_enterprise'),('КУП «ЖРЭО Советского района г. Минска»','municipal_unitary_enterprise'),('КУП «Минскзеленстрой»','municipal_unitary_enterprise'),('Воинская часть 3214','armed_forces_unit'),('ГУ «Минское городское управление МЧС Республики Беларусь»','state_agency'),('Министерство здравоохранения Республики Беларусь','ministry'),('Посольство Российской Федерации в Республике Беларусь','embassy'),('Гомельский областной суд','court'),('Национальный банк Республики Беларусь','state_body')]
SOE=['ОАО «Беларуськалий»','ОАО «Нафтан»','ОАО «БелАЗ» — управляющая компания холдинга «БЕЛАЗ-ХОЛДИНГ»','ОАО «Гомсельмаш»']
FIRST=['Андрей','Сергей','Дмитрий','Алесь','Наталья','Ольга','Татьяна','Виктор','Елена','Павел']
LAST=['Новик','Ковальчук','Шевчук','Мельник','Бондаренко','Жук','Ткачук','Лисовский','Козловская','Войтович']
PAT=['Николаевич','Сергеевич','Иванович','Викторовна','Петровна','Александровна']
def by_fio(): return f"{r.choice(LAST)} {r.choice(FIRST)} {r.choice(PAT)}"
docs=[]
def D(name,u,dog,lines,com,lab,amb,kind,cc='BY'): docs.append(dict(name=name,u=u,dog=dog,lines=lines,com=com,lab=lab,amb=amb,kind=kind,cc=cc))
def off(n=None): return [(p,pr,un,r.choice([1,2,3,5,10,20]) if un=='шт' else r.choice([10,25,50])) for p,pr,un in r.sample(OFF,n or r.choice([1,1,2,3]))]
def dn(): return f"Договор № {r.randint(1,300)}/{r.choice(['2024','2025'])} от {r.randint(1,28):02d}.{r.randint(1,12):02d}.2024"
while sum(len(d['lines']) for d in docs)<230:
    x=r.random()
    if x<0.26: n,k=r.choice(CO); D(n,unp(r,r.choice([1,1,6,7])),dn(),off(),r.choice(['','','Оплата по счёту','Доставка на склад, ТТН']),'B2B',False,k)
    elif x<0.32: D(r.choice(SOLE),unp(r),'Основной договор',off(),'','B2B',False,'sole_trader')
    elif x<0.38: n,k=r.choice(NPO); D(n,unp(r),dn(),off(),'','B2B',False,k)
    elif x<0.41: D(r.choice(SOE),unp(r,7),dn(),off(),'','B2B',False,'state_owned_company')
    elif x<0.62:
        n,k=r.choice(GOV)
        dog=r.choice([f"Договор № {r.randint(1,99)} по результатам процедуры гос. закупки auc{r.randint(1000000,9999999):010d} (Закон № 419-З)",dn(),f"Договор по процедуре закупки из одного источника № {r.randint(1,99)}"])
        D(n,unp(r,r.choice([1,2,6])),dog,off(),r.choice(['','Оплата через органы казначейства','Поставка по адресу учреждения']),'B2G',False,k)
    elif x<0.66: D(r.choice(SOE),unp(r,7),f"Договор № {r.randint(10,999)} по процедуре закупки за счёт собственных средств (Пост. СМ № 229) № {r.randint(100,999)}-{r.randint(1,12)}/2025",off(),'Процедура запроса ценовых предложений на icetrade.by','B2B',True,'state_owned_company_procurement')
    elif x<0.80: D(by_fio(),'','',[(p,pr,'шт',1) for p,pr in r.sample(HOUSE,1)]+([] if r.random()<.6 else [(OFF[0][0],OFF[0][1],'пачка',1)]),r.choice(['','Самовывоз','Оплата наличными в кассу','Оплата картой']),'B2C',False,'private_person')
    elif x<0.85: D('Розничный покупатель','','',[(p,pr,'шт',1) for p,pr in r.sample(HOUSE,1)],'Чек ККМ','B2C',False,'anonymous_retail')
    else:
        c=r.randint(0,6)
        if c==0: D(r.choice(SOLE),unp(r),'',[('Телевизор LG 50UR78006LK',1499.0,'шт',1)],'Оплата личной банковской картой','B2B',True,'sole_trader_personal_purchase')
        elif c==1: n,k=r.choice(CO[:9]); D(n,unp(r,1),dn(),[('Кондиционер Electrolux EACS-09HAT/N3',1690.0,'шт',1)],'','B2B',True,'company_household_item')
        elif c==2: D(r.choice(GOV[:2])[0],unp(r,6),dn(),[('Чайник электрический Bosch TWK3A011',89.0,'шт',1)],'','B2G',True,'public_school_household_item')
        elif c==3: D(by_fio(),'','',[('Смартфон Samsung Galaxy A35 8/256',1199.0,'шт',30)],'Оплата наличными','B2C',True,'person_bulk_quantity')
        elif c==4: D(by_fio(),'','',[('Холодильник Atlant ХМ 4624-101',1349.0,'шт',4)],'Для перепродажи','B2B',True,'person_states_business_use')
        elif c==5: D('Представительство ПРООН в Республике Беларусь','','Договор с международной организацией',off(),'Освобождение от НДС (междунар. договор)','B2B',True,'international_org')
        else: D(by_fio(),'','',off(1),'Оплата за ЧУП «Белвитамин» по счёту № '+str(r.randint(100,999)),'B2B',True,'person_pays_company_invoice')
wb=Workbook(); ws=wb.active; ws.title='TDSheet'
ws.append(['Реализация товаров и услуг']); ws.append(['Период: 01.01.2025 - 31.03.2025; Организация: ООО «ОфисПрофСнаб»']); ws.append([])
hdr=['Дата','Номер','Контрагент','УНП','Договор','Номенклатура','Ед.','Количество','Цена','Сумма','% НДС','НДС','Всего','Номер ЭСЧФ','Статус ЭСЧФ','Ответственный','Комментарий']
ws.append(hdr)
labels=[]; tot=0; tnds=0
d0=datetime.datetime(2025,1,3,10)
for i,d in enumerate(docs):
    dt=d0+datetime.timedelta(hours=i*10,minutes=r.randint(0,59))
    num=f"ОПС00{i+1:05d}"
    esf=f"190654321-2025-{r.randint(1,9999999999):010d}" if d['u'] else ''
    est=r.choice(['Подписан получателем','Выставлен','Выставлен. Подписан получателем']) if esf else ''
    vr=0 if d['kind']=='international_org' else 20
    for p,pr,un,qn in d['lines']:
        s=round(pr*qn,2); nds=round(s*vr/100,2)
        ws.append([dt.strftime('%d.%m.%Y %H:%M:%S'),num,d['name'],d['u'],d['dog'],p,un,qn,pr,s,'Без НДС' if vr==0 else '20%',nds,round(s+nds,2),esf,est,r.choice(['Гурская Т.И.','Пашкевич А.Н.']),d['com']])
        labels.append((d['lab'],d['amb'],d['kind'],d['cc'])); tot+=s+nds; tnds+=nds
ws.append(['Итого','','','','','','','','','',None,round(tnds,2),round(tot,2),'','','',''])
wb.save(f'{BASE}/layouts/{KID}.xlsx')
write_key(KID,{"id":KID,"system":"1С:Бухгалтерия 8 для Беларуси — список/реестр документов «Реализация товаров и услуг» с ЭСЧФ (сохранено в XLSX)","country":"BY","language":"ru",
 "docs":["Searches for public column documentation of the Belarusian 1C configuration found nothing specific; the layout follows the 1C «Реализация товаров и услуг» document (Контрагент, Договор, Номенклатура, Количество, Цена, Сумма, % НДС, НДС, Всего) with the Belarusian counterparty УНП (9 digits) and the electronic VAT invoice number (ЭСЧФ: УНП-год-10 цифр) and status as 1C for Belarus shows them; 1C saves spreadsheet documents to XLSX with sheet TDSheet and title lines."],
 "fields":{"buyer":"Контрагент","product":"Номенклатура","quantity":"Количество","amount":"Всего","tax_id":"УНП","email":None,"payment":None,"comment":"Комментарий"},
 "also_ok":{"amount":["Сумма"]},
 "notes":"Sheet TDSheet: Excel rows 1-3 are a title, a period line and a blank line (not records); row 4 is the header (pandas: header=3); the last row starting «Итого» is a totals row, not a record. One row per document line; lines of one document share Номер. Seller УНП 190654321 appears only inside Номер ЭСЧФ."},labels)
print(len(labels),len(docs))
