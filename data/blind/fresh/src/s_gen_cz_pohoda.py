"""Czechia - POHODA (Stormware), Vydané faktury s položkami, export tabulky do CSV (cp1250, ';')."""
import random, datetime as dt, sys, os, csv
sys.path.insert(0, os.path.dirname(__file__))
from s_common import *

LID = 's_cz_pohoda_vydane_faktury'
rng = random.Random(20260603)

CAT = [
 ('RMA443C', 'Akumulátorová sekačka STIHL RMA 443 C', 12990, 'ks'), ('FS131', 'Křovinořez STIHL FS 131', 17490, 'ks'),
 ('MS182', 'Motorová pila STIHL MS 182', 8990, 'ks'), ('TC238T', 'Zahradní traktor Husqvarna TC 238T', 79990, 'ks'),
 ('BGA57', 'Akumulátorový fukar STIHL BGA 57', 4990, 'ks'), ('RET3813', 'Pilový řetěz 3/8" P 1,3 mm 50 čl.', 459, 'ks'),
 ('HPU1', 'Motorový olej STIHL HP Ultra 1 l', 389, 'ks'), ('SERVIS', 'Servis zahradní techniky (paušál)', 1200, 'ks'),
 ('HSA50', 'Akumulátorové nůžky na živé ploty STIHL HSA 50', 6490, 'ks'), ('AM305', 'Robotická sekačka Husqvarna Automower 305', 24990, 'ks'),
 ('HSS760', 'Sněhová fréza Honda HSS 760 ETS', 52990, 'ks'), ('AK20', 'Akumulátor STIHL AK 20', 2990, 'ks'),
 ('FUNC', 'Ochranná přilba STIHL Function Basic', 1290, 'ks'), ('RUK', 'Pracovní rukavice ADVANCE Ergo', 349, 'pár'),
 ('SVP40', 'Vertikutátor STIGA SVP 40 E', 5990, 'ks'), ('STRUNA', 'Žací struna 2,4 mm, 253 m', 1190, 'ks'),
 ('KMA135', 'KombiMotor STIHL KMA 135 R', 9990, 'ks'), ('HL760', 'Štípač dřeva Scheppach HL 760 L', 11990, 'ks'),
 ('DOPR', 'Doprava a předvedení stroje', 890, 'ks'), ('MZ', 'Multifunkční zametací stroj STIHL MM 56 + kartáč', 21990, 'ks'),
]
HOUSE = [('GRIL', 'Plynový gril Weber Spirit E-325', 21990, 'ks'), ('BAZ', 'Bazénová chemie - sada Marimex 3v1', 1290, 'ks'),
         ('KONV', 'Rychlovarná konvice Tefal', 890, 'ks'), ('NABYT', 'Zahradní nábytek Allibert (stůl + 4 křesla)', 9990, 'ks')]
CONS = [CAT[i] for i in (0, 4, 5, 6, 8, 9, 13, 14, 15, 2, 17)] + HOUSE[:2] + [HOUSE[3]]
OBCE = [('Říčany', '251 01'), ('Praha 4', '140 00'), ('Brno', '602 00'), ('Jihlava', '586 01'), ('Benešov', '256 01'), ('Kolín', '280 02'),
        ('Mnichovice', '251 64'), ('Kostelec nad Černými lesy', '281 63'), ('Zlatníky-Hodkovice', '252 41'), ('Průhonice', '252 43'), ('Kladno', '272 01')]
ULICE = ['Masarykovo nám.', 'Husova', 'Komenského', 'Nádražní', 'Školní', 'Palackého', 'Průmyslová', 'Na Výsluní', 'Pražská', 'Větrná', 'Lipová']
JM_M = ['Jan', 'Petr', 'Josef', 'Pavel', 'Martin', 'Tomáš', 'Jiří', 'Lukáš', 'Karel', 'Jaroslav', 'Miroslav', 'Zdeněk']
PR_M = ['Novák', 'Svoboda', 'Novotný', 'Dvořák', 'Černý', 'Procházka', 'Kučera', 'Veselý', 'Horák', 'Němec', 'Pokorný', 'Marek']
JM_F = ['Jana', 'Eva', 'Hana', 'Lenka', 'Petra', 'Lucie', 'Kateřina', 'Martina', 'Veronika', 'Markéta']
PR_F = ['Nováková', 'Svobodová', 'Novotná', 'Dvořáková', 'Černá', 'Procházková', 'Kučerová', 'Veselá', 'Horáková', 'Marková']
FREE = ['seznam.cz', 'email.cz', 'gmail.com', 'centrum.cz', 'volny.cz', 'post.cz', 'atlas.cz']

def adr(city=None):
    c = [o for o in OBCE if o[0] == city][0] if city else pick(rng, OBCE)
    return dict(ulice=f"{pick(rng, ULICE)} {rng.randint(1, 2500)}", obec=c[0], psc=c[1])
def org(firma, kind, dom=None, city=None, dic=True, cc='CZ', email=None):
    ico = cz_ico(rng)
    em = email if email is not None else (f"{pick(rng, ['podatelna', 'fakturace', 'ucetni', 'info', 'nakup', 'sekretariat'])}@{dom}" if dom and rng.random() < 0.75 else '')
    return dict(firma=firma, jmeno=pick(rng, ['', '', f"{pick(rng, JM_M)} {pick(rng, PR_M)}", f"Ing. {pick(rng, JM_F)} {pick(rng, PR_F)}"]), ico=ico,
                dic=('CZ' + ico) if dic else '', email=em, tel=f"+420 {rng.randint(600, 799)} {rng.randint(100, 999)} {rng.randint(100, 999)}" if rng.random() < 0.5 else '',
                kind=kind, cc=cc, **adr(city))

PUB = [org('Město Říčany', 'cz_municipality', 'ricany.cz', 'Říčany'), org('Obec Zlatníky-Hodkovice', 'cz_municipality', 'zlatniky-hodkovice.cz', 'Zlatníky-Hodkovice', dic=False),
       org('Obec Průhonice', 'cz_municipality', 'pruhonice.cz', 'Průhonice'), org('Městys Mnichovice', 'cz_municipality', 'mnichovice.info', 'Mnichovice'),
       org('Statutární město Brno', 'cz_municipality', 'brno.cz', 'Brno'), org('Městská část Praha 4', 'cz_municipality', 'praha4.cz', 'Praha 4'),
       org('Statutární město Jihlava', 'cz_municipality', 'jihlava-city.cz', 'Jihlava'),
       org('Středočeský kraj', 'cz_region', 'kr-s.cz', 'Praha 4'), org('Kraj Vysočina', 'cz_region', 'kr-vysocina.cz', 'Jihlava'),
       org('Ministerstvo zemědělství', 'ministry', 'mze.gov.cz', 'Praha 4'), org('Ministerstvo obrany', 'ministry', 'army.cz', 'Praha 4'),
       org('Technické služby města Říčany, příspěvková organizace', 'municipal_institution', 'tsricany.cz', 'Říčany', dic=False),
       org('Správa a údržba silnic Středočeského kraje, příspěvková organizace', 'regional_institution', 'ksus.cz', 'Kolín'),
       org('Základní škola a Mateřská škola Zlatníky-Hodkovice, příspěvková organizace', 'public_school', 'zszlatniky.cz', 'Zlatníky-Hodkovice', dic=False),
       org('Základní škola Bezručova Říčany', 'public_school', 'zsbezrucova.cz', 'Říčany', dic=False),
       org('Gymnázium Benešov, Husova 470', 'public_school', 'gbn.cz', 'Benešov', dic=False),
       org('Fakultní nemocnice Brno', 'public_hospital', 'fnbrno.cz', 'Brno'), org('Nemocnice Na Homolce', 'public_hospital', 'homolka.cz', 'Praha 4'),
       org('Česká zemědělská univerzita v Praze', 'public_university', 'czu.cz', 'Praha 4'), org('Mendelova univerzita v Brně', 'public_university', 'mendelu.cz', 'Brno'),
       org('Lesy České republiky, s. p.', 'state_enterprise', 'lesycr.cz', 'Benešov'), org('Povodí Vltavy, státní podnik', 'state_enterprise', 'pvl.cz', 'Praha 4'),
       org('Hasičský záchranný sbor Středočeského kraje', 'fire_service', 'sck.izscr.cz', 'Kladno', dic=False),
       org('Vojenský útvar 8362 Jihlava', 'armed_forces', 'army.cz', 'Jihlava', dic=False),
       org('Správa Krkonošského národního parku', 'government_agency', 'krnap.cz', 'Jihlava'),
       org('Státní pozemkový úřad', 'government_agency', 'spucr.cz', 'Praha 4'),
       org('Státní zemědělský intervenční fond', 'state_fund_state_body', 'szif.cz', 'Praha 4')]
EMB = [dict(org('Velvyslanectví Spolkové republiky Německo', 'embassy', city='Praha 4', dic=False, cc='DE', email=''), ulice='Vlašská 19', obec='Praha 1', psc='118 01'),
       dict(org('Velvyslanectví USA', 'embassy', city='Praha 4', dic=False, cc='US', email=''), ulice='Tržiště 15', obec='Praha 1', psc='118 01')]
COS = [org(n, 'company_with_legal_form', __import__('re').sub(r'[^a-z0-9]', '', slug(__import__('re').sub(r',? (s\.r\.o\.|a\.s\.|a\. s\.|spol\. s r\.o\.)$', '', n))) + '.cz') for n in
       ['Zahradnictví Flora Říčany s.r.o.', 'STAVOS Benešov, a.s.', 'Golf Club Průhonice s.r.o.', 'AGRO Kostelec, a.s.', 'Hotel Zámek Mnichovice s.r.o.',
        'Údržba zeleně Novák & syn s.r.o.', 'Lesní správa Kolín spol. s r.o.', 'Autodoprava Horák s.r.o.', 'Developerská VIVA s.r.o.',
        'Zemědělské družstvo Jihlava', 'Camping Slapy s.r.o.', 'Kučera Gardens, s.r.o.']]
COS_NF = [org(n, 'company_no_legal_form', slug(n.replace(' ', '')) + '.cz') for n in ['Zahradní centrum Hortensie', 'Pila Dvořák', 'Farma U Lípy', 'Penzion Na Vyhlídce']]
def osvc(name, trade=None):
    ico = cz_ico(rng); fn, ln = name.split()
    return dict(firma=trade or name, jmeno=name if trade else '', ico=ico, dic=('CZ' + cz_rc(rng)) if rng.random() < 0.5 else '',
                email=f"{slug(fn)}.{slug(ln)}@{pick(rng, FREE)}" if rng.random() < 0.7 else '', tel='', kind='sole_trader', cc='CZ', **adr())
OSVC = [osvc('Jan Svoboda', 'Jan Svoboda - zahradnické služby'), osvc('Petr Veselý'), osvc('Karel Horák', 'Karel Horák – údržba zeleně'),
        osvc('Tomáš Pokorný', 'Tomáš Pokorný - Tesařství'), osvc('Lukáš Marek'), osvc('Miroslav Němec', 'Lesní práce Němec')]
NP = [org('SK Slavia Říčany, z.s.', 'sports_club', 'skslaviaricany.cz'), org('Římskokatolická farnost Říčany', 'religious_organisation', dic=False),
      org('Společenství vlastníků jednotek Lipová 1204', 'homeowners_association', dic=False), org('Bytové družstvo Na Výsluní', 'cooperative', dic=False),
      org('Oblastní charita Říčany', 'religious_organisation', 'charitaricany.cz'), org('Český svaz včelařů, z. s., ZO Benešov', 'non_profit_association', dic=False),
      org('Nadace Partnerství', 'non_profit_foundation', 'nadacepartnerstvi.cz'), org('Český červený kříž, Oblastní spolek Praha 4', 'national_red_cross', dic=False)]
PRIVI = [org('Anglo-americká vysoká škola, z.ú.', 'private_university', 'aauni.edu'), org('Nemocnice Rudolfa a Stefanie Benešov, a.s.', 'regional_hospital_company', 'hospital-bn.cz')]
def fo(kind='private_person', dom=None):
    f = rng.random() < 0.5; jm = f"{pick(rng, JM_F if f else JM_M)} {pick(rng, PR_F if f else PR_M)}"
    if rng.random() < 0.12:
        jm = pick(rng, ['Ing. ', 'Mgr. ', 'MUDr. ', 'Bc. ']) + jm
    return dict(firma='', jmeno=jm, ico='', dic='', email=f"{slug(jm.split()[-2])}.{slug(jm.split()[-1])}@{dom or pick(rng, FREE)}" if (dom or rng.random() < 0.75) else '',
                tel=f"+420 {rng.randint(600, 799)} {rng.randint(100, 999)} {rng.randint(100, 999)}" if rng.random() < 0.6 else '', kind=kind, cc='CZ', **adr())
FO = [fo() for _ in range(16)]

orders = []
def new(lab, amb, b, kind=None):
    o = Order(lab, amb, kind or b['kind'], b['cc'], b); orders.append(o); return o
def lines(o, cat, a, m, qa, qb):
    for c in rng.sample(cat, rng.randint(a, min(m, len(cat)))):
        q = rng.randint(qa, qb) if c[2] < 3000 else rng.randint(1, max(1, qb // 4))
        o.lines.append((c, q))
FU_B = ['Příkazem', 'Příkazem', 'Příkazem', 'Hotově', 'Platební kartou']
for _ in range(34):
    b = pick(rng, PUB); o = new('B2G', False, b); lines(o, CAT, 1, 3, 1, 12); o.payment = 'Příkazem'
    o.extra['obj'] = pick(rng, ['', f"OBJ-{rng.randint(1, 999)}/2026", f"{rng.randint(1, 500)}/2026", 'dle smlouvy č. ' + str(rng.randint(100, 999))])
    o.extra['text'] = pick(rng, ['Fakturujeme Vám dodávku zahradní techniky dle Vaší objednávky', 'Fakturujeme Vám servis techniky', 'Fakturujeme Vám za zboží'])
for b in EMB:
    o = new('B2G', False, b); lines(o, CAT, 1, 2, 1, 3); o.payment = 'Příkazem'; o.comment = 'Osvobozeno od DPH - diplomatická mise (§ 80 ZDPH)'
b = PUB[13]; o = new('B2G', True, b, 'public_school_household_item'); o.lines.append((HOUSE[2], 1)); o.payment = 'Hotově'; o.comment = 'Do sborovny'
for _ in range(28):
    b = pick(rng, COS + COS_NF); o = new('B2B', False, b); lines(o, CAT, 1, 3, 1, 20); o.payment = pick(rng, FU_B)
    o.extra['text'] = 'Fakturujeme Vám za zboží'
for _ in range(9):
    b = pick(rng, OSVC); o = new('B2B', False, b); lines(o, CAT, 1, 3, 1, 6); o.payment = pick(rng, FU_B)
for _ in range(7):
    b = pick(rng, NP); o = new('B2B', False, b); lines(o, CAT, 1, 2, 1, 6); o.payment = pick(rng, ['Příkazem', 'Hotově'])
for b in PRIVI:
    o = new('B2B', False, b); lines(o, CAT, 1, 3, 1, 8); o.payment = 'Příkazem'
# ambiguous B2B
for n, d in [('ČEZ, a. s.', 'cez.cz'), ('Správa železnic, státní organizace - ŽST? ', None)][:1]:
    b = org(n, 'state_owned_company_procurement', d); o = new('B2B', True, b); lines(o, CAT, 2, 3, 2, 10); o.payment = 'Příkazem'
    o.comment = 'Veřejná zakázka malého rozsahu VZ-2026-0418, zadáno dle směrnice zadavatele'; o.extra['obj'] = '4500918273'
b = org('Technické služby Brno, a.s.', 'state_owned_company_procurement', 'tsbrno.cz', 'Brno'); o = new('B2B', True, b); lines(o, CAT, 2, 3, 3, 12); o.payment = 'Příkazem'; o.comment = 'Dle rámcové dohody z veřejné zakázky č. TSB/2026/07 (zadavatel: TS Brno, a.s.)'
b = org('Agentura Evropské unie pro kosmický program (EUSPA)', 'international_org', 'euspa.europa.eu', 'Praha 4', dic=False); b['ulice'] = 'Janovského 438/2'; b['obec'] = 'Praha 7'; b['psc'] = '170 00'
o = new('B2B', True, b); lines(o, CAT, 1, 2, 1, 3); o.payment = 'Příkazem'
b = org('Nadační fond města Říčany', 'state_founded_foundation', dic=False); o = new('B2B', True, b); lines(o, CAT, 1, 2, 1, 3); o.payment = 'Příkazem'
for b in [COS[4], COS[8]]:
    o = new('B2B', True, b, 'company_household_item'); o.lines.append((pick(rng, [HOUSE[0], HOUSE[3]]), 1)); o.payment = 'Platební kartou'
b = OSVC[4]; o = new('B2B', True, b, 'sole_trader_personal_item'); o.lines.append((HOUSE[0], 1)); o.lines.append((HOUSE[1], 2)); o.payment = 'Platební kartou'
p = fo(); o = new('B2B', True, p, 'person_states_business_use'); o.lines.append((CAT[5], 30)); o.lines.append((CAT[6], 24)); o.payment = 'Hotově'; o.comment = 'Zboží pro další prodej v mém stánku na farmářských trzích'
p = fo(); o = new('B2B', True, p, 'person_pays_company_invoice'); lines(o, CAT, 1, 2, 1, 2); o.payment = 'Platební kartou'; o.comment = 'Zaplatil jednatel za firmu Kučera Gardens, s.r.o., fakturu přefakturovat'
# B2C
for _ in range(20):
    b = pick(rng, FO); o = new('B2C', False, b); lines(o, CONS, 1, 2, 1, 2); o.payment = pick(rng, ['Platební kartou', 'Hotově', 'Dobírkou', 'Příkazem'])
for _ in range(4):
    b = dict(firma='', jmeno='Maloobchodní prodej', ico='', dic='', email='', tel='', kind='anonymous_retail', cc='CZ', ulice='', obec='', psc='')
    o = new('B2C', False, b); lines(o, CONS, 1, 2, 1, 2); o.payment = pick(rng, ['Hotově', 'Platební kartou'])
p = fo(); o = new('B2C', True, p, 'private_person_bulk_identical'); o.lines.append((CAT[2], 15)); o.payment = 'Příkazem'
for dom in ['mze.gov.cz', 'army.cz', 'praha4.cz']:
    p = fo('person_with_gov_email', dom); o = new('B2C', True, p); o.lines.append((pick(rng, [CAT[9], HOUSE[0], CAT[0]]), 1)); o.payment = 'Platební kartou'; o.comment = 'Doručit domů'
for c, lab in [(CAT[19], 'B2B'), (CAT[0], 'B2C')]:
    b = dict(firma='', jmeno='', ico='', dic='', email='', tel='', kind='product_only', cc='CZ', ulice='', obec='', psc=''); o = new(lab, True, b); o.lines.append((c, 1)); o.payment = ''

rng.shuffle(orders)
dates = sorted(date_between(rng, dt.date(2026, 1, 5), dt.date(2026, 11, 30)) for _ in orders)
def num(x):
    return f"{x:.2f}".replace('.', ',')
hdr = ['Číslo', 'Typ', 'Datum', 'Datum splatnosti', 'Firma', 'Jméno', 'Ulice', 'Obec', 'PSČ', 'IČ', 'DIČ', 'E-mail', 'Telefon', 'Číslo objednávky',
       'Forma úhrady', 'Text', 'Kód', 'Položka', 'Množství', 'MJ', 'Jedn. cena', 'Sazba DPH', 'Celkem bez DPH', 'DPH', 'Celkem s DPH', 'Středisko', 'Zakázka', 'Poznámka']
rows, labels = [], []
for i, (o, d) in enumerate(zip(orders, dates), 1):
    b = o.b; osv = o.kind == 'embassy'
    for c, q in o.lines:
        net = round(q * c[2] / 1.21, 2) if True else 0
        sazba = '0 %' if osv else '21 %'; dph = 0 if osv else round(net * 0.21, 2)
        rows.append([f"26FV{i:05d}", 'Faktura', d.strftime('%d.%m.%Y'), (d + dt.timedelta(days=14)).strftime('%d.%m.%Y'), b['firma'], b['jmeno'], b['ulice'], b['obec'], b['psc'],
                     b['ico'], b['dic'], b['email'], b['tel'], o.extra.get('obj', ''), o.payment, o.extra.get('text', 'Fakturujeme Vám za zboží' if o.label != 'B2C' else 'Prodej zboží'),
                     c[0], c[1], num(q), c[3], num(c[2] / 1.21), sazba, num(net), num(dph), num(net + dph), pick(rng, ['PRODEJNA', 'SERVIS', '']), '', o.comment])
        labels.append((o.label, o.amb, o.kind, o.cc))
with open(os.path.join(LAY, LID + '.csv'), 'w', encoding='cp1250', newline='') as f:
    w = csv.writer(f, delimiter=';', quoting=csv.QUOTE_MINIMAL, lineterminator='\r\n'); w.writerow(hdr); w.writerows(rows)
write_labels(LID, labels)
write_key(LID, {
    'id': LID, 'system': 'POHODA (Stormware) - agenda Vydané faktury s položkami, export tabulky do CSV', 'country': 'CZ', 'language': 'cs',
    'docs': ['Stormware POHODA online manual, chapter "Import a export dat": agendas are exported with "Soubor/Datová komunikace/Export agendy..." and '
             'further export variants are offered by right-clicking the table with the selected records (export of the table columns shown).',
             'The exact column names of the table export were not found in the searchable sources; headers follow the field labels of the POHODA '
             'invoice form and address book (Číslo, Typ, Datum, Datum splatnosti, Firma, Jméno, Ulice, Obec, PSČ, IČ, DIČ, E-mail, Číslo objednávky, '
             'Forma úhrady, Text, Kód, Položka/Množství/MJ/Jedn. cena/Sazba DPH, Středisko, Zakázka, Poznámka). POHODA writes Windows-1250 text.',
             'Czech identifiers: IČO 8 digits with mod-11 check; DIČ of a company is CZ+IČO, of a natural person CZ+birth number (9-10 digits). '
             'Public bodies: obec/město/městys/kraj, příspěvková organizace, státní podnik (s. p.), státní organizace.'],
    'fields': {'buyer': 'Firma', 'product': 'Položka', 'quantity': 'Množství', 'amount': 'Celkem s DPH', 'tax_id': 'IČ', 'email': 'E-mail',
               'payment': 'Forma úhrady', 'comment': 'Poznámka'},
    'also_ok': {'amount': ['Celkem bez DPH'], 'tax_id': ['DIČ'], 'buyer': ['Jméno']},
    'notes': 'CSV, Windows-1250, semicolon, CRLF, decimal comma, dates dd.mm.yyyy; first line is the header, no totals. One row per invoice item; '
             'Číslo groups the items of one invoice. Firma holds the organisation (or a sole trader\'s trade name), Jméno the contact person, or the '
             'private buyer\'s name when Firma is empty. "Maloobchodní prodej" rows are anonymous retail. Two rows have no buyer data at all (product-only). '
             'Seller: a garden-machinery dealer near Prague. Embassy rows carry the country of the foreign state.'})
print(LID, len(rows), 'rows', len(orders), 'orders')
