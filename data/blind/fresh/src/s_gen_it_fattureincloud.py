"""Italy - Fatture in Cloud, export of issued documents with their lines (XLSX)."""
import random, datetime as dt, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from s_common import *
import pandas as pd

LID = 's_it_fattureincloud_documenti'
rng = random.Random(20260601)

CAT = [  # code, name, description, price, vat, unit
 ('NB-TPE14', 'Notebook Lenovo ThinkPad E14 Gen 5', 'i5-1335U, 16GB RAM, SSD 512GB, Win 11 Pro', 749.00, 22, 'pz'),
 ('MON-P2423', 'Monitor Dell P2423D 24"', 'QHD IPS, HDMI/DP', 229.00, 22, 'pz'),
 ('TON-59A', 'Toner HP 59A CF259A', 'originale, 3.000 pagine', 118.50, 22, 'pz'),
 ('CAR-A4NAV', 'Carta A4 Navigator 80 g', 'risma 500 fogli', 5.90, 22, 'risma'),
 ('LIC-M365BS', 'Microsoft 365 Business Standard', 'abbonamento 12 mesi per utente', 148.80, 22, 'pz'),
 ('STP-L2750', 'Stampante multifunzione Brother MFC-L2750DW', 'laser b/n, fronte-retro, Wi-Fi', 329.00, 22, 'pz'),
 ('SW-GS308', 'Switch Netgear GS308 8 porte', 'Gigabit unmanaged', 34.90, 22, 'pz'),
 ('MOU-M185', 'Mouse wireless Logitech M185', '', 14.90, 22, 'pz'),
 ('TAS-K120', 'Tastiera Logitech K120', 'layout IT, USB', 12.50, 22, 'pz'),
 ('RACK-42U', 'Armadio rack 19" 42U', '800x1000, porta in vetro', 890.00, 22, 'pz'),
 ('UPS-700', 'UPS APC Back-UPS 700VA', '', 119.00, 22, 'pz'),
 ('SRV-ORA', 'Assistenza tecnica on-site', 'intervento tecnico, tariffa oraria', 55.00, 22, 'ore'),
 ('SRV-RETE', 'Installazione e configurazione rete LAN', 'cablaggio e configurazione apparati', 380.00, 22, 'pz'),
 ('FW-40F', 'Firewall Fortinet FortiGate 40F', 'con licenza UTP 1 anno', 520.00, 22, 'pz'),
 ('CART-603XL', 'Cartucce Epson 603XL multipack', '4 colori', 62.00, 22, 'conf'),
 ('HD-WD2TB', 'Hard disk esterno WD Elements 2TB', 'USB 3.0', 79.90, 22, 'pz'),
 ('CAN-GEST', 'Canone assistenza software gestionale', 'canone annuale', 600.00, 22, 'pz'),
 ('WEB-C920', 'Webcam Logitech C920', 'Full HD', 69.00, 22, 'pz'),
 ('CUF-EV230', 'Cuffie Jabra Evolve2 30', 'USB-A, stereo', 79.00, 22, 'pz'),
 ('TAB-A9P', 'Tablet Samsung Galaxy Tab A9+', '11", 64GB Wi-Fi', 219.00, 22, 'pz'),
 ('PRJ-W51', 'Videoproiettore Epson EB-W51', 'WXGA 4000 lumen', 449.00, 22, 'pz'),
 ('LIM-75', 'Monitor interattivo 75" per aule', 'con staffa e installazione', 2490.00, 22, 'pz'),
 ('CAV-HDMI2', 'Cavo HDMI 2 m', '', 7.90, 22, 'pz'),
 ('RAC-8CM', 'Raccoglitore ad anelli dorso 8 cm', '', 3.20, 22, 'pz'),
 ('PEN-BIC50', 'Penne BIC Cristal blu', 'conf. 50 pz', 12.90, 22, 'conf'),
 ('SRV-BACKUP', 'Servizio backup cloud 500 GB', 'canone annuale', 240.00, 22, 'pz'),
]
HOUSE = [
 ('CAF-MAGS', "Macchina da caffè De'Longhi Magnifica S", 'automatica con macinacaffè', 349.00, 22, 'pz'),
 ('BOL-TWK3', 'Bollitore elettrico Bosch TWK3A011', '1,7 l', 29.90, 22, 'pz'),
 ('TV-55CU', 'Smart TV Samsung 55" Crystal UHD', '', 499.00, 22, 'pz'),
 ('SMP-A15', 'Smartphone Samsung Galaxy A15 128GB', '', 179.00, 22, 'pz'),
 ('PS5-SLIM', 'Console PlayStation 5 Slim', '', 549.00, 22, 'pz'),
 ('FRI-ARIA', 'Friggitrice ad aria Philips 3000', '', 119.00, 22, 'pz'),
]
CONSUMER = [c for c in CAT if c[0] in ('NB-TPE14', 'MOU-M185', 'CART-603XL', 'HD-WD2TB', 'TAB-A9P', 'WEB-C920', 'TAS-K120', 'STP-L2750', 'CAV-HDMI2')] + HOUSE[2:4]
SCHOOLCAT = [c for c in CAT if c[0] in ('LIM-75', 'PRJ-W51', 'NB-TPE14', 'TAB-A9P', 'CAR-A4NAV', 'TON-59A', 'CAV-HDMI2', 'SRV-ORA', 'MOU-M185')]

CITIES = [('Bologna', 'BO', '40121'), ('Casalecchio di Reno', 'BO', '40033'), ('Imola', 'BO', '40026'), ('Modena', 'MO', '41121'),
          ('Ferrara', 'FE', '44121'), ('Ravenna', 'RA', '48121'), ('Reggio Emilia', 'RE', '42121'), ('Parma', 'PR', '43121'),
          ('San Lazzaro di Savena', 'BO', '40068'), ('Castel Maggiore', 'BO', '40013'), ('Cesena', 'FC', '47521'), ('Padova', 'PD', '35121')]
STREETS = ['Via Emilia Ponente', 'Via Indipendenza', 'Via Marconi', 'Via Stalingrado', 'Via dell\'Industria', 'Via Rizzoli', 'Viale Masini',
           'Via Saragozza', 'Piazza Maggiore', 'Via Garibaldi', 'Via Roma', 'Via dei Mille', 'Via Aldo Moro', 'Via del Lavoro']
FIRST_M = ['Marco', 'Luca', 'Andrea', 'Giuseppe', 'Francesco', 'Alessandro', 'Matteo', 'Paolo', 'Stefano', 'Davide', 'Roberto', 'Simone']
FIRST_F = ['Giulia', 'Francesca', 'Chiara', 'Sara', 'Laura', 'Elena', 'Valentina', 'Martina', 'Silvia', 'Federica', 'Anna', 'Paola']
LAST = ['Rossi', 'Bianchi', 'Ferri', 'Gualandi', 'Mazzoni', 'Bertoni', 'Lelli', 'Venturi', 'Martelli', 'Fabbri', 'Conti', 'Esposito',
        'Zanardi', 'Baldini', 'Marchetti', 'Guidi', 'Cavazza', 'Righi', 'Lodi', 'Poggi', 'Tarozzi', 'Negrini']
FREEMAIL = ['gmail.com', 'libero.it', 'hotmail.it', 'alice.it', 'yahoo.it', 'virgilio.it', 'outlook.it', 'tiscali.it']

def addr():
    c = pick(rng, CITIES); return dict(ind=f"{pick(rng, STREETS)} {rng.randint(1, 180)}", cap=c[2], citta=c[0], prov=c[1], paese='Italia')
def pa_code():
    return ''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(6)).upper()
def sdi7():
    return rng.choice(['M5UXCR1', 'KRRH6B9', 'SUBM70N', 'T04ZHR3', 'W7YVJK9', 'USAL8PV', '5RUO82D', 'X2PH38J', 'BA6ET11', 'A4707H7'])
def cig():
    return ''.join(rng.choice('0123456789ABCDEF') for _ in range(10)).upper()
def person(female=None):
    f = rng.random() < 0.5 if female is None else female
    fn = pick(rng, FIRST_F if f else FIRST_M); ln = pick(rng, LAST)
    return fn, ln, f

# ---------- buyer pools (reused -> repeat customers) ----------
def pool(n, maker):
    return [maker() for _ in range(n)]

def mk_pa(name, dom, kind, has_piva=True, cc='IT'):
    def f():
        a = addr()
        cf = it_cf_ente(rng)
        return dict(name=name, piva=(cf if has_piva and rng.random() < 0.5 else (it_piva(rng) if has_piva else '')), cf=cf,
                    email=f"{rng.choice(['protocollo', 'economato', 'provveditorato', 'acquisti', 'segreteria'])}@{dom}" if rng.random() < 0.6 else '',
                    pec=f"{rng.choice(['protocollo', 'pec'])}@pec.{dom}" if rng.random() < 0.8 else '',
                    sdi=pa_code(), kind=kind, cc=cc, **a)
    return f

PA = []
for n, d in [('Comune di Bologna', 'comune.bologna.it'), ('Comune di Casalecchio di Reno', 'comune.casalecchio.bo.it'), ('Comune di Imola', 'comune.imola.bo.it'),
             ('Comune di San Lazzaro di Savena', 'comune.sanlazzaro.bo.it'), ('Comune di Castel Maggiore', 'comune.castel-maggiore.bo.it'),
             ('Comune di Zola Predosa', 'comune.zolapredosa.bo.it'), ('Comune di Modena', 'comune.modena.it'), ('Comune di Ferrara', 'comune.fe.it'),
             ('Unione dei Comuni Valli del Reno, Lavino e Samoggia', 'unionerenolavinosamoggia.bo.it')]:
    PA.append(mk_pa(n, d, 'it_municipality')())
for n, d, k in [('Azienda USL di Bologna', 'ausl.bologna.it', 'public_health_authority'), ('Azienda USL della Romagna', 'auslromagna.it', 'public_health_authority'),
                ("IRCCS Azienda Ospedaliero-Universitaria di Bologna - Policlinico di Sant'Orsola", 'aosp.bo.it', 'public_hospital'),
                ('Azienda Ospedaliera di Padova', 'aopd.veneto.it', 'public_hospital'), ('ASST Grande Ospedale Metropolitano Niguarda', 'ospedaleniguarda.it', 'public_hospital'),
                ('Istituto Ortopedico Rizzoli IRCCS', 'ior.it', 'public_hospital')]:
    PA.append(mk_pa(n, d, k)())
for n, d in [('Istituto Comprensivo n. 12 Bologna', 'ic12bologna.edu.it'), ('I.C. Statale "G. Marconi" Casalecchio di Reno', 'icmarconi.edu.it'),
             ('Liceo Scientifico Statale "A. Righi"', 'liceorighi.edu.it'), ('I.I.S. Aldini Valeriani', 'avbo.edu.it'), ('Istituto Comprensivo di Zola Predosa', 'iczola.edu.it'),
             ('Direzione Didattica 5° Circolo Modena', 'dd5modena.edu.it'), ('Istituto Comprensivo n. 5 Bologna', 'ic5bo.edu.it')]:
    PA.append(mk_pa(n, d, 'public_school', has_piva=False)())
for n, d in [('Alma Mater Studiorum - Università di Bologna', 'unibo.it'), ('Università degli Studi di Padova', 'unipd.it'),
             ('Università degli Studi di Modena e Reggio Emilia', 'unimore.it'), ('Politecnico di Milano', 'polimi.it')]:
    PA.append(mk_pa(n, d, 'public_university')())
for n, d, k in [('Ministero dell\'Interno - Prefettura UTG di Bologna', 'interno.it', 'ministry'), ('Ministero della Giustizia - Tribunale di Bologna', 'giustizia.it', 'court'),
                ('Comando Legione Carabinieri Emilia-Romagna', 'carabinieri.it', 'armed_forces'), ('Agenzia delle Entrate - Direzione Provinciale di Bologna', 'agenziaentrate.it', 'government_agency'),
                ('Ministero della Cultura - Pinacoteca Nazionale di Bologna', 'cultura.gov.it', 'ministry'), ('Comando Provinciale Vigili del Fuoco Bologna', 'vigilfuoco.it', 'fire_service'),
                ('Regione Emilia-Romagna', 'regione.emilia-romagna.it', 'it_region'), ('Città Metropolitana di Bologna', 'cittametropolitana.bo.it', 'it_province'),
                ('Camera di Commercio di Bologna', 'bo.camcom.it', 'chamber_of_commerce_public'), ('ASP Città di Bologna', 'aspbologna.it', 'public_social_services'),
                ('INPS - Direzione Regionale Emilia-Romagna', 'inps.it', 'government_agency'), ('ARPAE Emilia-Romagna', 'arpae.it', 'government_agency')]:
    PA.append(mk_pa(n, d, k)())
EMB = [dict(name='Consolato Generale degli Stati Uniti d\'America - Milano', piva='', cf='', email='', pec='', sdi='', kind='consulate', cc='US', ind='Via Principe Amedeo 2/10', cap='20121', citta='Milano', prov='MI', paese='Italia'),
       dict(name='Ambassade de France en Italie', piva='', cf='', email='', pec='', sdi='', kind='embassy', cc='FR', ind='Piazza Farnese 67', cap='00186', citta='Roma', prov='RM', paese='Italia')]

def mk_co(name, kind='company_with_legal_form', dom=None, sole=False):
    a = addr(); p = it_piva(rng)
    import re as _re
    base = _re.sub(r'^(A\.S\.D\.|Dott\.ssa|Dott\.|Avv\.|Geom\.|Studio Dentistico Dr\.)\s*', '', name)
    dom = dom or _re.sub(r'[^a-z0-9]', '', slug(base.split(' S.')[0].split(' di ')[0].split(' - ')[0])) + '.it'
    em = f"{rng.choice(['amministrazione', 'info', 'acquisti', 'ufficio.acquisti', 'contabilita'])}@{dom}" if rng.random() < 0.7 else ''
    return dict(name=name, piva=p, cf=p, email=em, pec=f"{slug(name.split(' ')[0])}{rng.randint(1, 99)}@pec.it" if rng.random() < 0.5 else '',
                sdi=sdi7() if rng.random() < 0.75 else '0000000', kind=kind, cc='IT', **a)
COS = [mk_co(n) for n in ['Tecnoservizi Emilia S.r.l.', 'Bonfiglioli Riduttori S.p.A.', 'Marchesini Group S.p.A.', 'Officine Meccaniche Zanardi S.r.l.',
       'Autotrasporti Baldini S.r.l.', 'Hotel Touring Bologna S.r.l.', 'Panificio F.lli Negrini S.n.c.', 'Edilcostruzioni Romagna S.r.l.',
       'Studio Associato Tarozzi & Righi', 'Farmacia Centrale Dott. Guidi S.a.s.', 'Ceramiche Atlas Concorde S.p.A.', 'Logistica Padana S.r.l.s.',
       'Immobiliare Saragozza S.r.l.', 'Cavazza Assicurazioni S.a.s. di Cavazza Enrico & C.', 'Meccanica Poggi S.r.l.', 'Trattoria da Me S.n.c.']]
COS_NOFORM = [mk_co(n, 'company_no_legal_form') for n in ['Tipografia Moderna', 'Gelateria Sogni di Ghiaccio', 'Ottica Fabbri', 'Agenzia Viaggi Due Torri',
              'Autofficina Marchetti', 'Pasticceria Regina di Quadri']]
SOLE = [mk_co(n, 'sole_trader') for n in ['Bertoni Luca - Impianti Elettrici', 'Idraulica Gualandi di Gualandi Marco', 'Geom. Franco Lelli',
        'Mazzoni Paolo', 'Ferri Andrea', 'Dott.ssa Elena Venturi - Commercialista', 'Avv. Chiara Lodi', 'Studio Dentistico Dr. Simone Conti']]
NONPROFIT = [mk_co(n, k) for n, k in [('Associazione Culturale Il Mulino', 'non_profit_association'), ('Parrocchia di San Petronio', 'religious_organisation'),
             ('A.S.D. Polisportiva Pontevecchio', 'sports_club'), ('Fondazione ANT Italia ONLUS', 'non_profit_foundation'),
             ('Croce Rossa Italiana - Comitato di Bologna ODV', 'national_red_cross'), ('Cooperativa Sociale Il Pettirosso', 'cooperative'),
             ('Condominio Via Saragozza 120', 'homeowners_association')]]
PRIVATE_INST = [mk_co(n, k) for n, k in [('Università Commerciale Luigi Bocconi', 'private_university'), ('Villa Erbosa S.p.A. - Casa di Cura', 'private_hospital'),
                ('Scuola Paritaria Malpighi', 'private_school')]]

def mk_priv(kind='private_person', dom=None):
    fn, ln, f = person(); a = addr()
    em = f"{slug(fn)}.{slug(ln)}{rng.choice(['', str(rng.randint(1, 99))])}@{dom or pick(rng, FREEMAIL)}" if rng.random() < 0.8 else ''
    return dict(name=f"{fn} {ln}" if rng.random() < 0.6 else f"{ln} {fn}", piva='', cf=it_cf_person(rng, fn, ln, f), email=em, pec='',
                sdi='0000000', kind=kind, cc='IT', **a)
PRIV = [mk_priv() for _ in range(14)]

ORDK = ['Determina', 'Ordine MePA', "Buono d'ordine"]
D0, D1 = dt.date(2026, 1, 7), dt.date(2026, 11, 27)
orders = []
def new(lab, amb, b, kind=None):
    o = Order(lab, amb, kind or b['kind'], b['cc'], b); orders.append(o); return o
def add_lines(o, cat, nmin=1, nmax=4, qmin=1, qmax=10):
    for c in rng.sample(cat, rng.randint(nmin, min(nmax, len(cat)))):
        o.lines.append((c, rng.randint(qmin, qmax)))

# plain B2G
for _ in range(34):
    b = pick(rng, PA); o = new('B2G', False, b)
    add_lines(o, SCHOOLCAT if b['kind'] == 'public_school' else CAT, 1, 4, 1, 12)
    o.payment = 'Bonifico bancario'; o.extra['split'] = 'Sì'
    o.extra['cig'] = cig() if rng.random() < 0.8 else ''
    o.extra['ordine'] = rng.choice(ORDK) + f" n. {rng.randint(10, 2999)}/{2026}" if rng.random() < 0.5 else ''
    o.extra['oggetto'] = pick(rng, ['Fornitura materiale informatico', 'Fornitura hardware e assistenza', 'Fornitura materiale di consumo per uffici', 'Servizio di assistenza tecnica'])
for b in EMB:
    for _ in range(1):
        o = new('B2G', False, b); add_lines(o, CAT, 1, 3, 1, 6); o.payment = 'Bonifico bancario'; o.extra['oggetto'] = 'Fornitura materiale informatico'
# municipal school buys one kettle / coffee machine -> B2G ambiguous
for nm in ['Istituto Comprensivo n. 5 Bologna', 'Direzione Didattica 5° Circolo Modena']:
    b = next(x for x in PA if x['name'] == nm); o = new('B2G', True, b, 'public_school_household_item')
    o.lines.append((HOUSE[1] if '5 Bologna' in nm else HOUSE[0], 1)); o.payment = 'Bonifico bancario'; o.extra['split'] = 'Sì'; o.extra['cig'] = cig()
    o.extra['oggetto'] = 'Acquisto per sala docenti'

# plain B2B
for _ in range(30):
    b = pick(rng, COS + COS_NOFORM); o = new('B2B', False, b); add_lines(o, CAT, 1, 4, 1, 15)
    o.payment = pick(rng, ['Bonifico bancario', 'RiBa 30 gg DF FM', 'RiBa 60 gg DF FM', 'Bonifico bancario', 'Carta di credito'])
    o.extra['oggetto'] = pick(rng, ['', 'Fornitura materiale informatico', 'Rif. vs. ordine n. %d' % rng.randint(100, 999), 'Canone assistenza'])
for _ in range(8):
    b = pick(rng, SOLE[:6] + SOLE[7:]); o = new('B2B', False, b); add_lines(o, CAT, 1, 3, 1, 4)
    o.payment = pick(rng, ['Bonifico bancario', 'Carta di credito', 'Contanti', 'Bancomat'])
for _ in range(7):
    b = pick(rng, NONPROFIT); o = new('B2B', False, b); add_lines(o, CAT, 1, 3, 1, 8); o.payment = pick(rng, ['Bonifico bancario', 'PayPal'])
for b in PRIVATE_INST:
    o = new('B2B', False, b); add_lines(o, CAT, 2, 4, 2, 20); o.payment = 'Bonifico bancario'
# B2B ambiguous cases
for nm, dom in [('Poste Italiane S.p.A.', 'posteitaliane.it'), ('Trenitalia S.p.A.', 'trenitalia.it'), ('Leonardo S.p.A.', 'leonardo.com')]:
    b = mk_co(nm, 'state_owned_company_procurement', dom); o = new('B2B', True, b); add_lines(o, CAT, 2, 4, 5, 30)
    o.payment = 'Bonifico bancario'; o.extra['cig'] = cig(); o.extra['split'] = 'Sì'
    o.comment = f"Procedura negoziata n. {rng.randint(1000, 9999)}/2026 - riportare CIG in fattura"
for nm, pec in [('FAO - Food and Agriculture Organization of the United Nations', ''), ('World Food Programme (WFP) - Roma', '')]:
    b = dict(name=nm, piva='', cf='', email=f"procurement@{'fao.org' if 'FAO' in nm else 'wfp.org'}", pec='', sdi='XXXXXXX', kind='international_org', cc='IT',
             ind='Viale delle Terme di Caracalla' if 'FAO' in nm else 'Via Cesare Giulio Viola 68', cap='00153' if 'FAO' in nm else '00148', citta='Roma', prov='RM', paese='Italia')
    o = new('B2B', True, b); add_lines(o, CAT, 1, 3, 2, 10); o.payment = 'Bonifico bancario'; o.comment = 'Operazione non imponibile art. 72 DPR 633/72'
b = mk_co('Fondazione Teatro Comunale di Bologna', 'state_founded_foundation'); o = new('B2B', True, b); add_lines(o, CAT, 1, 3, 1, 6); o.payment = 'Bonifico bancario'
for nm in ['Tecnoservizi Emilia S.r.l.', 'Immobiliare Saragozza S.r.l.']:  # company buys only household goods
    b = next(x for x in COS if x['name'] == nm); o = new('B2B', True, b, 'company_household_item'); o.lines.append((pick(rng, [HOUSE[0], HOUSE[5]]), 1)); o.payment = 'Carta di credito'
b = next(x for x in SOLE if x['name'] == 'Avv. Chiara Lodi'); o = new('B2B', True, b, 'professional_buys_for_practice'); o.lines.append((CAT[5], 1)); o.payment = 'Bonifico bancario'; o.comment = 'Per lo studio legale'
b = next(x for x in SOLE if x['name'] == 'Bertoni Luca - Impianti Elettrici'); o = new('B2B', True, b, 'sole_trader_personal_item'); o.lines.append((HOUSE[2], 1)); o.payment = 'Carta di credito'
p = mk_priv(); o = new('B2B', True, p, 'person_states_business_use'); o.lines.append((HOUSE[3], 12)); o.payment = 'Bonifico bancario'; o.comment = 'Acquisto per rivendita nel mio negozio di telefonia, fattura a mio nome'
p = mk_priv(); o = new('B2B', True, p, 'person_pays_company_invoice'); o.lines += [(CAT[0], 2), (CAT[1], 2)]; o.payment = 'Carta di credito'; o.comment = 'Pagato dal titolare per conto di Ferri Costruzioni S.r.l.'

# plain B2C
for _ in range(20):
    b = pick(rng, PRIV); o = new('B2C', False, b); add_lines(o, CONSUMER, 1, 2, 1, 2)
    o.payment = pick(rng, ['Carta di credito', 'PayPal', 'Bancomat', 'Contanti', 'Bonifico bancario'])
for _ in range(4):  # receipts without buyer
    o = new('B2C', False, dict(name='', piva='', cf='', email='', pec='', sdi='', kind='anonymous_retail', cc='IT', ind='', cap='', citta='', prov='', paese=''))
    o.extra['tipo'] = 'Ricevuta'; add_lines(o, CONSUMER, 1, 2, 1, 1); o.payment = pick(rng, ['Contanti', 'Bancomat'])
# B2C ambiguous
p = mk_priv(); o = new('B2C', True, p, 'private_person_bulk_identical'); o.lines.append((HOUSE[3], 40)); o.payment = 'Bonifico bancario'
for dom in ['comune.bologna.it', 'regione.emilia-romagna.it', 'carabinieri.it']:
    p = mk_priv('person_with_gov_email', dom); o = new('B2C', True, p); o.lines.append((pick(rng, [HOUSE[2], HOUSE[0], HOUSE[4]]), 1)); o.payment = 'Carta di credito'
    o.comment = 'Consegna a domicilio'
p = mk_priv('person_with_company_email', 'marchesini.com'); o = new('B2C', True, p); o.lines.append((HOUSE[4], 1)); o.payment = 'PayPal'

rng.shuffle(orders)
orders.sort(key=lambda o: 0)  # keep shuffled order, then number by date
dates = sorted(date_between(rng, D0, D1) for _ in orders)
rows, labels = [], []
num = {'Fattura': 0, 'Ricevuta': 0}
for o, d in zip(orders, dates):
    b = o.b; tipo = o.extra.get('tipo', 'Fattura'); num[tipo] += 1
    lines = []
    for (c, q) in o.lines:
        sc = rng.choice([0, 0, 0, 5, 10]) if o.label != 'B2C' else 0
        net = round(q * c[3] * (1 - sc / 100), 2); lines.append((c, q, sc, net))
    imp = round(sum(x[3] for x in lines), 2)
    vat = 0.0 if o.kind == 'international_org' or o.kind in ('embassy', 'consulate') else round(imp * 0.22, 2)
    tot = round(imp + vat, 2)
    stato = pick(rng, ['Saldato', 'Saldato', 'Saldato', 'Non saldato', 'Parzialmente saldato']) if o.label != 'B2C' else 'Saldato'
    for (c, q, sc, net) in lines:
        rows.append({
            'Tipo documento': tipo, 'Numero': f"{num[tipo]}" if tipo == 'Fattura' else f"R{num[tipo]}", 'Data': pd.Timestamp(d),
            'Cliente': b['name'], 'Partita IVA': b['piva'], 'Codice fiscale': b['cf'], 'Indirizzo': b['ind'], 'CAP': b['cap'], 'Città': b['citta'],
            'Provincia': b['prov'], 'Paese': b['paese'], 'Email': b['email'], 'PEC': b['pec'], 'Codice destinatario': b['sdi'],
            'Oggetto visibile': o.extra.get('oggetto', ''), 'Codice prodotto': c[0], 'Nome prodotto': c[1], 'Descrizione prodotto': c[2],
            'Quantità': q, 'Unità di misura': c[5], 'Prezzo unitario': c[3], 'Sconto %': sc, 'Aliquota IVA': ('N3.1 - Non imponibile art. 72' if vat == 0 else '22%'),
            'Importo netto riga': net, 'Imponibile documento': imp, 'IVA documento': vat, 'Totale documento': tot,
            'Split payment': o.extra.get('split', 'No'), 'Metodo di pagamento': o.payment, 'Data scadenza': pd.Timestamp(d + dt.timedelta(days=rng.choice([0, 30, 60]))),
            'Stato pagamento': stato, 'CIG': o.extra.get('cig', ''), 'Numero ordine PA': o.extra.get('ordine', ''),
            'Centro di ricavo': pick(rng, ['Hardware', 'Servizi', 'Consumabili', '']), 'Note': o.comment})
        labels.append((o.label, o.amb, o.kind, o.cc))

df = pd.DataFrame(rows)
path = os.path.join(LAY, LID + '.xlsx')
with pd.ExcelWriter(path, engine='openpyxl', datetime_format='DD/MM/YYYY') as xw:
    df.to_excel(xw, index=False, sheet_name='Documenti')
write_labels(LID, labels)
write_key(LID, {
    'id': LID, 'system': 'Fatture in Cloud (TeamSystem) - Vendite > Fatture, esporta in Excel con dettaglio righe (XLSX)', 'country': 'IT', 'language': 'it',
    'docs': ['Fatture in Cloud help (help.fattureincloud.it): documents can be exported to Excel from the Fatture e Documenti list and the client analysis '
             '"Esporta in XLS"; client records carry Partita IVA, Codice Fiscale, PEC and Codice Destinatario (SDI).',
             'Fatture in Cloud API v2 (developers.fattureincloud.it, "Export to File" guide): issued documents have type, number, numeration, date, entity '
             '(name, vat_number, tax_code, address, certified_email, ei_code), visible_subject, items_list (product_id/code, name, description, qty, measure, '
             'net_price, discount, vat), amount_net/amount_vat/amount_gross, payment method, ei_data (CIG, CUP, od_number) and split payment; '
             'the Italian headers here follow those fields as the app labels them. The exact column list of the XLSX was not found in the searchable sources.',
             'FatturaPA rules: public bodies have a 6-character IPA office code as Codice destinatario, private persons 0000000; schools have only an 11-digit '
             'codice fiscale starting with 8/9; CIG codes identify public procurement; split payment (scissione dei pagamenti) applies to PA and listed/controlled companies.'],
    'fields': {'buyer': 'Cliente', 'product': 'Nome prodotto', 'quantity': 'Quantità', 'amount': 'Importo netto riga', 'tax_id': 'Partita IVA',
               'email': 'Email', 'payment': 'Metodo di pagamento', 'comment': 'Note'},
    'also_ok': {'product': ['Descrizione prodotto'], 'tax_id': ['Codice fiscale'], 'email': ['PEC'], 'comment': ['Oggetto visibile']},
    'notes': 'One row per document line; document-level fields repeat on every line of a document (Tipo documento + Numero identify the document). '
             'Row 1 of the sheet is the header; there are no title or total lines. Seller: an IT/office-supply firm near Bologna. '
             'Ricevuta rows without a client are anonymous retail sales. Embassy/consulate rows carry the country of the foreign state.'})
print(LID, len(df), 'rows', len(orders), 'orders')
