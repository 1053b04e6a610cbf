import random, datetime, sys, csv
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
from z_common import *
r = random.Random(304)
KID='z_eu_magento2_order_grid'
STORE={'DE':'German Store View','AT':'German Store View','FR':'French Store View','BE':'French Store View','IT':'Italian Store View','NL':'Dutch Store View','ES':'Spanish Store View','PL':'Polish Store View'}
CITY={'DE':[('Köln','Nordrhein-Westfalen','50667'),('München','Bayern','80331'),('Berlin','Berlin','10117'),('Hamburg','Hamburg','20095')],'AT':[('Wien','Wien','1010'),('Graz','Steiermark','8010')],'FR':[('Lyon','Rhône','69002'),('Paris','Paris','75008'),('Bordeaux','Gironde','33000')],'BE':[('Liège','Liège','4000'),('Bruxelles','Bruxelles','1000')],'IT':[('Milano','Milano','20121'),('Bologna','Bologna','40126'),('Roma','Roma','00184')],'NL':[('Utrecht','Utrecht','3511'),('Amsterdam','Noord-Holland','1012'),('Groningen','Groningen','9711')],'ES':[('Valencia','Valencia','46002'),('Madrid','Madrid','28013')],'PL':[('Kraków','małopolskie','31-004'),('Warszawa','mazowieckie','00-950')]}
STREET={'DE':'Hauptstraße {n}','AT':'Mariahilfer Straße {n}','FR':'{n} rue de la République','BE':'Rue Neuve {n}','IT':'Via Roma {n}','NL':'Oudegracht {n}','ES':'Calle Mayor {n}','PL':'ul. Długa {n}'}
NAMES={'DE':(['Thomas','Anna','Jan','Laura','Markus','Sabine'],['Müller','Schmidt','Weber','Fischer','Becker','Wagner']),'AT':(['Lukas','Julia','Stefan'],['Huber','Gruber','Bauer']),'FR':(['Camille','Julien','Marie','Nicolas'],['Martin','Dubois','Bernard','Moreau']),'BE':(['Lucas','Emma'],['Peeters','Janssens']),'IT':(['Marco','Giulia','Luca','Francesca'],['Rossi','Bianchi','Ferrari','Esposito']),'NL':(['Daan','Sanne','Pieter'],['de Vries','van Dijk','Jansen']),'ES':(['Javier','Lucía','Carlos'],['García','Martínez','López']),'PL':(['Piotr','Anna','Tomasz'],['Kowalski','Nowak','Wiśniewska'])}
FREEMAIL={'DE':['gmail.com','web.de','gmx.de','t-online.de'],'AT':['gmx.at','gmail.com'],'FR':['orange.fr','gmail.com','free.fr'],'BE':['skynet.be','gmail.com'],'IT':['libero.it','gmail.com','virgilio.it'],'NL':['hotmail.nl','ziggo.nl','gmail.com'],'ES':['gmail.com','hotmail.es'],'PL':['wp.pl','onet.pl','gmail.com']}
def vat(cc):
    d=lambda n:''.join(str(r.randint(0,9)) for _ in range(n))
    return {'DE':'DE'+d(9),'AT':'ATU'+d(8),'FR':'FR'+d(2)+d(9),'BE':'BE0'+d(9),'IT':'IT'+d(11),'NL':'NL'+d(9)+'B01','ES':'ESB'+d(8),'PL':'PL'+d(10)}[cc]
def uml(s): return s.lower().replace('ü','ue').replace('ö','oe').replace('ä','ae').replace('ß','ss').replace('é','e').replace('ś','s').replace('í','i').replace('ó','o').replace('ł','l').replace('ç','c').replace(' ','')
def person(cc):
    f,l=NAMES[cc]; f=r.choice(f); l=r.choice(l); return f,l
CO=[('DE','Müller Elektrotechnik GmbH','mueller-elektro.de'),('DE','Kaffeerösterei Hansen GmbH & Co. KG','hansen-kaffee.de'),('FR','Atelier Dubois SARL','atelier-dubois.fr'),('FR','Brasserie du Port SAS','brasserieduport.fr'),('IT','Rossi Forniture S.r.l.','rossiforniture.it'),('IT','Bar Pasticceria Milano S.n.c.','barpasticceriamilano.it'),('NL','Van Dijk Horeca B.V.','vandijkhoreca.nl'),('ES','Cafeterías García S.L.','cafeteriasgarcia.es'),('AT','Huber Gastro GmbH','huber-gastro.at'),('BE','Peeters Catering NV','peeterscatering.be'),('PL','Kawiarnia Nowak Sp. z o.o.','kawiarnianowak.pl'),('DE','Hotel Zur Post OHG','hotel-zurpost.de')]
CO_NOFORM=[('DE','Bäckerei Schmidt','baeckerei-schmidt.de'),('NL','Koffiebar De Boon','koffiebardeboon.nl'),('IT','Studio Bianchi Architetti','studiobianchi.it'),('FR','Café des Arts','cafedesarts-lyon.fr')]
SOLE=[('DE','Ingenieurbüro Thomas Weber','ib-weber.de','sole_trader_trade_name'),('DE','Praxis Dr. med. Anna Schulz','praxis-schulz.de','professional_practice'),('IT','Avv. Marco Ferrari – Studio Legale','studiolegaleferrari.it','professional_practice'),('FR','Julien Moreau EI','gmail.com','sole_trader')]
GOV=[('DE','Stadt Köln – Amt für Informationsverarbeitung','stadt-koeln.de','de_municipality'),('DE','Landratsamt München','lra-m.bayern.de','de_county'),('DE','Gemeinde Unterhaching','unterhaching.de','de_municipality'),('DE','Charité – Universitätsmedizin Berlin','charite.de','public_hospital'),('DE','Bundeswehr – Bundesamt für Ausrüstung, Informationstechnik und Nutzung','bundeswehr.org','armed_forces'),('DE','Botschaft der Republik Polen in Berlin','msz.gov.pl','embassy'),('FR','Mairie de Lyon','mairie-lyon.fr','fr_municipality'),('FR',"Ministère de l'Intérieur – Direction du numérique",'interieur.gouv.fr','ministry'),('FR','Assistance Publique – Hôpitaux de Paris','aphp.fr','public_hospital'),('IT','Comune di Milano','comune.milano.it','it_municipality'),('IT','Università di Bologna','unibo.it','public_university'),('NL','Gemeente Utrecht','utrecht.nl','nl_municipality'),('NL','Rijksuniversiteit Groningen','rug.nl','public_university'),('ES','Ayuntamiento de Valencia','valencia.es','es_municipality'),('ES','Universidad Complutense de Madrid','ucm.es','public_university'),('AT','Magistrat der Stadt Wien, MA 56','wien.gv.at','at_municipality'),('BE','Service public fédéral Finances','minfin.fed.be','federal_agency'),('PL','Urząd Miasta Krakowa','um.krakow.pl','pl_municipality'),('PL','Szkoła Podstawowa nr 12 w Warszawie','sp12.edu.pl','public_school'),('DE','Landesamt für Steuern Niedersachsen','lfst.niedersachsen.de','state_agency')]
NPO=[('DE','Deutsches Rotes Kreuz Kreisverband Bonn e.V.','drk-bonn.de','national_red_cross'),('DE','Caritasverband für die Diözese Münster e.V.','caritas-muenster.de','nonprofit'),('DE','Evangelische Kirchengemeinde St. Petri','st-petri.de','religious_organisation'),('NL','Stichting Kinderopvang Amsterdam','kinderopvang-amsterdam.nl','nonprofit'),('IT','Università Commerciale Luigi Bocconi','unibocconi.it','private_university'),('DE','WEG Lindenstraße 5','gmail.com','homeowners_association'),('ES','Fundación Cultural Ribera','fundacionribera.org','nonprofit')]
orders=[]
def O(cc,company,first,last,email,vatid,group,pay,lab,amb,kind): orders.append(dict(cc=cc,company=company,first=first,last=last,email=email,vat=vatid,group=group,pay=pay,lab=lab,amb=amb,kind=kind))
BPAY=['Bank Transfer Payment','Purchase Order','Check / Money order','Credit Card (Braintree)','PayPal Express Checkout']
CPAY=['PayPal Express Checkout','Credit Card (Braintree)','Credit Card (Braintree)','Klarna Pay Later','Cash On Delivery','Bank Transfer Payment']
for i in range(230):
    x=r.random()
    if x<0.20:
        cc,n,dom=r.choice(CO); f,l=person(cc); O(cc,n,f,l,f"{r.choice([{'DE':'einkauf','AT':'einkauf','FR':'achats','BE':'achats','IT':'acquisti','NL':'inkoop','ES':'compras','PL':'zakupy'}[cc],'info',uml(f)+'.'+uml(l)])}@{dom}",vat(cc) if r.random()<.85 else '',r.choice(['Wholesale','Retailer','General']),r.choice(BPAY),'B2B',False,'company_with_legal_form')
    elif x<0.25:
        cc,n,dom=r.choice(CO_NOFORM); f,l=person(cc); O(cc,n,f,l,f"info@{dom}",vat(cc) if r.random()<.6 else '',r.choice(['Retailer','General']),r.choice(BPAY),'B2B',False,'company_no_legal_form')
    elif x<0.29:
        cc,n,dom,k=r.choice(SOLE); f,l=person(cc); O(cc,n,f,l,f"{uml(f)}.{uml(l)}@{dom}",vat(cc),'General',r.choice(BPAY),'B2B',False,k)
    elif x<0.45:
        cc,n,dom,k=r.choice(GOV); f,l=person(cc); O(cc,n,f,l,f"{uml(f)}.{uml(l)}@{dom}" if r.random()<.7 else {'DE':'beschaffung','AT':'beschaffung','FR':'achats','BE':'achats','IT':'acquisti','NL':'inkoop','ES':'compras','PL':'zamowienia'}[cc]+'@'+dom,'' if r.random()<.6 else vat(cc),r.choice(['General','Wholesale']),r.choice(['Purchase Order','Bank Transfer Payment','Purchase Order','Credit Card (Braintree)']),'B2G',False,k)
    elif x<0.51:
        cc,n,dom,k=r.choice(NPO); f,l=person(cc); O(cc,n,f,l,f"{uml(f)}.{uml(l)}@{dom}",'' if r.random()<.5 else vat(cc),'General',r.choice(BPAY),'B2B',False,k)
    elif x<0.70:
        cc=r.choice(list(STORE)); f,l=person(cc); O(cc,'',f,l,f"{uml(f)}.{uml(l)}{r.randint(1,99)}@{r.choice(FREEMAIL[cc])}",'','General',r.choice(CPAY),'B2C',False,'private_person')
    elif x<0.85:
        cc=r.choice(list(STORE)); f,l=person(cc); O(cc,'',f,l,f"{uml(f)[0]}{uml(l)}@{r.choice(FREEMAIL[cc])}",'','NOT LOGGED IN',r.choice(CPAY),'B2C',False,'guest_private_person')
    else:
        c=r.randint(0,6); cc=r.choice(['DE','FR','IT','NL']); f,l=person(cc)
        if c==0: O('DE','',f,l,f"{uml(f)}.{uml(l)}@bmi.bund.de",'','General','PayPal Express Checkout','B2C',True,'person_with_gov_email')
        elif c==1: O('FR','',f,l,f"{uml(f)}.{uml(l)}@finances.gouv.fr",'','NOT LOGGED IN','Credit Card (Braintree)','B2C',True,'person_with_gov_email')
        elif c==2: O(cc,'',f,l,f"{uml(f)}.{uml(l)}@siemens.com",'','General','Credit Card (Braintree)','B2C',True,'person_with_company_email')
        elif c==3: O('DK','World Health Organization – Regional Office for Europe',f,l,f"{uml(l)}{uml(f)[0]}@who.int",'','General','Bank Transfer Payment','B2B',True,'international_org')
        elif c==4: cc2,n,dom,k=r.choice([g for g in GOV if g[3] in ('public_school','de_municipality')]); O(cc2,n,f,l,f"{uml(f)}.{uml(l)}@{dom}",'','General','Credit Card (Braintree)','B2G',False,'public_body_small_card_order')
        elif c==5: cc2,n,dom=r.choice(CO); O(cc2,n,f,l,f"{uml(f)}@{dom}",vat(cc2),'General','Credit Card (Braintree)','B2B',False,'company_small_card_order')
        else: O(cc,'',f,l,f"{uml(f)}.{uml(l)}@{r.choice(FREEMAIL[cc])}",vat(cc),'NOT LOGGED IN','Bank Transfer Payment','B2B',True,'person_with_vat_id_no_company')
hdr=['ID','Purchase Point','Purchase Date','Bill-to Name','Ship-to Name','Grand Total (Base)','Grand Total (Purchased)','Status','Billing Address','Shipping Address','Shipping Information','Customer Email','Customer Group','Subtotal','Shipping and Handling','Customer Name','Payment Method','Total Refunded','Allocated sources','Company Name','VAT Number']
d0=datetime.datetime(2025,3,2,8,15)
labels=[]
with open(f'{BASE}/layouts/{KID}.csv','w',newline='',encoding='utf-8') as fh:
    w=csv.writer(fh,quoting=csv.QUOTE_ALL); w.writerow(hdr)
    for i,o in enumerate(orders):
        cc=o['cc']; city,reg,pc=r.choice(CITY.get(cc,[('København','Hovedstaden','2100')]))
        st=STREET.get(cc,'UN City, Marmorvej {n}').format(n=r.randint(1,120))
        addr=f"{st},{city},{reg},{pc}"
        hm=o['kind'] in ('person_with_gov_email','person_with_company_email')
        sub=round(r.uniform(150,2400) if o['lab']!='B2C' else r.uniform(25,900),2)
        if 'small_card' in o['kind']: sub=round(r.uniform(39,129),2)
        ship=0.0 if sub>200 else 6.9
        gt=round(sub+ship,2)
        status=r.choice(['Complete','Complete','Processing','Pending','Closed','Canceled'])
        dt=d0+datetime.timedelta(hours=i*6+r.randint(0,4),minutes=r.randint(0,59),seconds=r.randint(0,59))
        pdate=dt.strftime('%b %-d, %Y %-I:%M:%S %p')
        name=f"{o['first']} {o['last']}"
        sv=STORE.get(cc,'German Store View')
        w.writerow([str(100000000+i*3+r.randint(0,2)),f"Main Website\nMain Website Store\n{sv}",pdate,name,name,f"€{gt:,.2f}",f"€{gt:,.2f}",status,addr,addr,r.choice(['Flat Rate - Fixed','DHL - Paket','UPS - Standard','Free Shipping - Free']),o['email'],o['group'],f"€{sub:,.2f}",f"€{ship:,.2f}",name,o['pay'],f"€{gt:,.2f}" if status=='Closed' else '',r.choice(['Default Source','Lager Köln']),o['company'],o['vat']])
        labels.append((o['lab'],o['amb'],o['kind'],cc))
write_key(KID,{"id":KID,"system":"Magento 2 / Adobe Commerce — Sales > Orders grid, Export > CSV","country":"EU","language":"en",
 "docs":["Adobe Commerce Admin guide (orders grid) lists the default columns ID, Purchase Point, Purchase Date, Bill-to Name, Ship-to Name, Grand Total (Base), Grand Total (Purchased), Status, Action, Allocated sources, and extra columns Billing Address, Shipping Address, Shipping Information, Customer Email, Customer Group, Subtotal, Shipping and Handling, Customer Name, Payment Method, Total Refunded. Public code that parses real grid exports shows the same header list and currency-formatted totals ('$219.40'); a real export also carries a 'Company Name' column (Adobe Commerce B2B). 'VAT Number' is modelled on a grid-extension column (e.g. LumiDev Extended Admin Grid adds the customer VAT number to the orders grid). Action column is not exported."],
 "fields":{"buyer":"Company Name","product":None,"quantity":None,"amount":"Grand Total (Purchased)","tax_id":"VAT Number","email":"Customer Email","payment":"Payment Method","comment":None},
 "also_ok":{"buyer":["Bill-to Name"],"amount":["Grand Total (Base)","Subtotal"]},
 "notes":"UTF-8 without BOM, comma-delimited, all fields quoted; Purchase Point holds line breaks inside the quoted field (website / store / store view). One row per order, no title or totals rows. Company Name is empty for private persons and guests; buyer field is Company Name as the file has both a company and a person column. Base and order currency are both EUR. Country of the buyer is given by the store view / address (one international organisation in Copenhagen, DK)."},labels)
print(len(labels))
