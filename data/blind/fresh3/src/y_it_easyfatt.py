"""y_it_easyfatt_documenti: Danea Easyfatt, elenco documenti esportato in Excel (una riga per riga documento)."""
import random, os, sys, string, datetime
sys.path.insert(0, os.path.dirname(__file__))
from y_common import B, plan_orders, write_labels, write_key, rdate, BASE
import pandas as pd

SID = 'y_it_easyfatt_documenti'
rng = random.Random(1861)
COLS = ["Tipo doc.", "Numero", "Data", "Cod. cliente", "Cliente", "Indirizzo", "Cap", "Città", "Prov.", "Nazione",
        "Partita Iva", "Codice fiscale", "e-mail", "Pec", "Cod. destinatario Fatt. elettr.", "Rif. ordine", "CIG", "CUP",
        "Cod. articolo", "Descrizione", "Q.tà", "U.m.", "Prezzo", "Sconti", "Cod. Iva", "Importo",
        "Tot. documento", "Pagamento", "Stato pag.", "Agente", "Note doc."]
BIZ = [("HP-M404", "Stampante HP LaserJet Pro M404dn", 259.0, "pz"), ("CART-A4", "Carta per fotocopie A4 80 g, risma 500 fogli", 4.2, "risme"),
       ("TN-59A", "Toner HP 59A nero originale", 118.0, "pz"), ("LNV-T14", "Notebook Lenovo ThinkPad E14 Gen 5", 849.0, "pz"),
       ("MON-24", "Monitor Dell P2423 24 pollici", 189.0, "pz"), ("SED-ERG", "Sedia ergonomica da ufficio con braccioli", 219.0, "pz"),
       ("SW-M365", "Licenza Microsoft 365 Business Standard annuale", 138.0, "pz"), ("ASS-H", "Assistenza tecnica on-site", 55.0, "h"),
       ("FALD-8", "Faldoni archivio dorso 8 cm, conf. 10", 21.5, "conf"), ("SW-24P", "Switch TP-Link 24 porte gigabit", 139.0, "pz"),
       ("UPS-1K", "Gruppo di continuità APC 1000VA", 189.0, "pz"), ("ARM-R42", "Armadio rack 19\" 42U", 980.0, "pz"),
       ("LIM-75", "Monitor interattivo 75\" per aula", 2390.0, "pz"), ("DISTR-A", "Distruggidocumenti Rexel Optimum", 310.0, "pz")]
HOUSE = [("TV-55", "Televisore Samsung 55\" Crystal UHD", 529.0, "pz"), ("BOLL-1", "Bollitore elettrico De'Longhi 1,7 l", 39.9, "pz"),
         ("CAFF-NS", "Macchina da caffè Nespresso Vertuo", 149.0, "pz"), ("FRIGO-M", "Frigorifero Beko combinato", 429.0, "pz"),
         ("ASP-DY", "Aspirapolvere Dyson V11", 449.0, "pz")]
CONS = [("IPAD-10", "Apple iPad 10,9\" 64 GB", 449.0, "pz"), ("STP-IJ", "Stampante multifunzione Epson EcoTank ET-2850", 239.0, "pz"),
        ("NB-IDE", "Notebook Lenovo IdeaPad Slim 3 15\"", 529.0, "pz"), ("CART-XL", "Cartuccia Epson 603XL nero", 24.9, "pz"),
        ("MOUSE-W", "Mouse wireless Logitech M185", 14.9, "pz"), ("RIP-NB", "Riparazione notebook sostituzione display", 160.0, "pz")]
PROV = [("Bologna", "BO", "40121"), ("Modena", "MO", "41121"), ("Reggio Emilia", "RE", "42121"), ("Parma", "PR", "43121"),
        ("Ferrara", "FE", "44121"), ("Forlì", "FC", "47121"), ("Milano", "MI", "20121"), ("Bergamo", "BG", "24121"),
        ("Firenze", "FI", "50122"), ("Padova", "PD", "35122"), ("Roma", "RM", "00184"), ("Verona", "VR", "37121")]
SDI = ["M5UXCR1", "SUBM70N", "KRRH6B9", "USAL8PV", "T04ZHR3", "W7YV5K9", "BA6ET11", "J6URRTW", "5RUO82D"]

def piva(): return ''.join(str(rng.randrange(10)) for _ in range(11))
def cf_ente(): return rng.choice(['80', '92', '00', '93']) + ''.join(str(rng.randrange(10)) for _ in range(9))
def uff(): return 'UF' + ''.join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(4))
def cf_person(sur, name):
    cons = lambda s: [c for c in s.upper() if c.isalpha() and c not in 'AEIOU'] + [c for c in s.upper() if c in 'AEIOU'] + ['X'] * 3
    return ''.join(cons(sur)[:3]) + ''.join(cons(name)[:3]) + f"{rng.randrange(50, 99)}" + rng.choice('ABCDEHLMPRST') + \
        f"{rng.randrange(1, 71):02d}" + rng.choice('HFAGLD') + f"{rng.randrange(100, 999)}" + rng.choice(string.ascii_uppercase)
def cig(): return rng.choice(['Z', 'B', 'A']) + ''.join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(9))

P = []
def pa(name, kind, city=None, dom=None, has_piva=False, **k):
    c = city or rng.choice(PROV)
    P.append(B(name, kind, 'B2G', loc=c, piva=piva() if has_piva else '', cf=cf_ente(), sdi=uff(),
               pec=(f"protocollo@pec.{dom}" if dom else ''), cig=True, **k))
pa("Comune di Bologna - Settore Servizi Educativi", 'it_municipality', PROV[0], 'comune.bologna.it', True)
pa("Comune di Sassuolo", 'it_municipality', ("Sassuolo", "MO", "41049"), 'comune.sassuolo.mo.it', True)
pa("Comune di Casalecchio di Reno", 'it_municipality', ("Casalecchio di Reno", "BO", "40033"), 'comune.casalecchio.bo.it', True)
pa("COMUNE DI CARPI", 'it_municipality', ("Carpi", "MO", "41012"), 'comune.carpi.mo.it', True)
pa("Comune di Fiorano Modenese", 'it_municipality', ("Fiorano Modenese", "MO", "41042"), None, True)
pa("Unione dei Comuni della Bassa Romagna", 'it_union_of_municipalities', ("Lugo", "RA", "48022"), 'unione.labassaromagna.it', True)
pa("Provincia di Reggio Emilia", 'it_province', PROV[2], 'provincia.re.it', True)
pa("Città Metropolitana di Bologna", 'it_metropolitan_city', PROV[0], 'cittametropolitana.bo.it', True)
pa("Regione Emilia-Romagna - Direzione Generale Risorse", 'it_region', PROV[0], 'regione.emilia-romagna.it', True)
pa("Azienda USL di Modena", 'public_health_authority', PROV[1], 'ausl.mo.it', True)
pa("ASST Spedali Civili di Brescia", 'public_hospital', ("Brescia", "BS", "25123"), 'asst-spedalicivili.it', True)
pa("Azienda Ospedaliero-Universitaria di Parma", 'public_hospital', PROV[3], 'ao.pr.it', True)
pa("ASL Roma 1", 'public_health_authority', PROV[10], 'aslroma1.it', True)
for n, c in [("Istituto Comprensivo Statale \"G. Pascoli\"", ("Forlì", "FC", "47121")), ("I.C. n. 5 Modena", PROV[1]),
             ("Istituto Comprensivo di Vignola", ("Vignola", "MO", "41058")), ("Liceo Scientifico Statale \"A. Righi\"", PROV[0]),
             ("ISTITUTO DI ISTRUZIONE SUPERIORE \"E. FERMI\"", PROV[1]), ("Direzione Didattica 3° Circolo Parma", PROV[3])]:
    P.append(B(n, 'public_school', 'B2G', loc=c, piva='', cf='9' + ''.join(str(rng.randrange(10)) for _ in range(10)),
               sdi=uff(), pec=f"{rng.choice(['moic','boic','fcic','mois','bops'])}8{rng.randrange(10000,99999)}@pec.istruzione.it",
               email=f"{rng.choice(['moic','boic','fcic'])}8{rng.randrange(10000,99999)}@istruzione.it", cig=True))
pa("Alma Mater Studiorum - Università di Bologna", 'public_university', PROV[0], 'pec.unibo.it', True)
pa("Università degli Studi di Modena e Reggio Emilia", 'public_university', PROV[1], 'pec.unimore.it', True)
pa("Politecnico di Milano - Dipartimento di Elettronica", 'public_university', PROV[6], 'cert.polimi.it', True)
pa("Prefettura - Ufficio Territoriale del Governo di Bologna", 'state_agency', PROV[0], 'pec.interno.it')
pa("Comando Provinciale Vigili del Fuoco di Modena", 'fire_service', PROV[1], 'cert.vigilfuoco.it')
pa("Agenzia delle Entrate - Direzione Provinciale di Parma", 'state_agency', PROV[3], 'pce.agenziaentrate.it')
pa("Comando Legione Carabinieri Emilia-Romagna", 'armed_forces_unit', PROV[0], 'pec.carabinieri.it')
pa("Tribunale di Reggio Emilia", 'court', PROV[2], 'giustiziacert.it')
pa("Camera di Commercio di Ferrara Ravenna", 'chamber_of_commerce_public', PROV[4], 'fe.legalmail.camcom.it', True)
pa("Ambasciata di Francia in Italia", 'embassy', PROV[10], None)

def co(name, kind='company_with_legal_form', **k):
    c = rng.choice(PROV)
    dom = ''.join(ch for ch in name.lower().split(' s.')[0].split(' di ')[0] if ch.isalnum())[:14]
    P.append(B(name, kind, 'B2B', loc=c, piva=piva(), sdi=rng.choice(SDI), email=k.pop('email', f"amministrazione@{dom}.it"), **k))
for n in ["Ceramiche Marazzi S.p.A.", "Tecnoimpianti Emiliani S.r.l.", "Studio Associato Bianchi e Ferri", "Autotrasporti Guidetti S.n.c. di Guidetti Mario & C.",
          "Panificio Lucchi S.r.l.", "Farmacia Centrale del Dott. Rossi S.a.s.", "Costruzioni Edili Malagoli S.r.l.", "Gelateria Cortina S.r.l.s.",
          "Meccanica Fontana S.p.A.", "Hotel Savoia Regency S.r.l.", "Cantina Sociale di Carpi e Sorbara Soc. Coop. Agricola",
          "Immobiliare Due Torri S.r.l.", "Officina Ferrari Giuseppe & Figli S.n.c."]:
    co(n)
for n in ["Tipografia Artestampa", "Ottica Vision Point", "Agenzia Immobiliare Il Portico", "Ristorante Da Nello"]:
    co(n, 'company_no_legal_form')
co("Idraulica di Zanni Marco", 'sole_trader_ditta_individuale', email="zanni.idraulica@gmail.com")
co("Geom. Luca Benassi - Studio Tecnico", 'sole_trader_professional', email="studio.benassi@libero.it")
co("Avv. Francesca Montanari", 'lawyer_practice', email="avv.montanari@studiolegalemontanari.it")
co("Dott.ssa Elena Grandi - Studio Dentistico", 'doctor_private_practice')
co("Associazione Sportiva Dilettantistica Polisportiva Rinascita", 'non_profit_association', email="polisportivarinascita@gmail.com")
co("Croce Rossa Italiana - Comitato di Modena ODV", 'non_profit_association')
co("Fondazione Cassa di Risparmio di Modena", 'foundation')
co("Parrocchia di San Giovanni Battista", 'religious_organisation', email="parrocchia.sgb@gmail.com")
co("Condominio Residenza Le Querce", 'homeowners_association', email="amministratore.condomini@studiogalli.it")
co("Università Commerciale Luigi Bocconi", 'private_university')
co("Scuola dell'Infanzia Paritaria Sacro Cuore", 'private_school')
co("Hesperia Hospital Modena S.p.A.", 'private_hospital')
co("Hera S.p.A.", 'state_owned_company')
PERS = [("Rossi", "Marco"), ("Bianchi", "Giulia"), ("Ferrari", "Alessandro"), ("Esposito", "Chiara"), ("Romano", "Luca"),
        ("Colombo", "Sara"), ("Ricci", "Davide"), ("Marino", "Francesca"), ("Greco", "Matteo"), ("Bruno", "Valentina"),
        ("Gallo", "Simone"), ("Conti", "Elisa")]
def per(sur, nm, kind='private_person', label='B2C', amb=False, **k):
    c = rng.choice(PROV)
    mail = k.pop('email', f"{nm.lower()}.{sur.lower()}{rng.choice(['', '78', '90'])}@{rng.choice(['gmail.com', 'libero.it', 'hotmail.it', 'virgilio.it', 'alice.it'])}")
    P.append(B(f"{sur} {nm}" if rng.random() < 0.5 else f"{nm} {sur}", kind, label, amb, loc=c, piva='', cf=cf_person(sur, nm),
               sdi='0000000', email=mail, cons=True, **k))
for s, n in PERS: per(s, n)
P.append(B('', 'anonymous_retail', 'B2C', doc='Doc. commerciale', cons=True, pay='Contanti'))
P.append(B('', 'anonymous_retail', 'B2C', doc='Doc. commerciale', cons=True, pay='Bancomat'))
P.append(B('Cliente al banco', 'anonymous_retail', 'B2C', doc='Doc. commerciale', cons=True, pay='Carta di credito'))
A = dict(single=True, repeat=False)
def amb_co(name, kind, label, prod, **k):
    c = rng.choice(PROV)
    P.append(B(name, kind, label, True, loc=c, piva=k.pop('piva', piva()), sdi=k.pop('sdi', rng.choice(SDI)), prod=prod, **A, **k))
amb_co("Tecnoimpianti Emiliani S.r.l.", 'company_household_item', 'B2B', HOUSE[0])
amb_co("Immobiliare Due Torri S.r.l.", 'company_household_item', 'B2B', HOUSE[3])
amb_co("Hotel Savoia Regency S.r.l.", 'company_household_item', 'B2B', HOUSE[4])
amb_co("Studio Legale Avv. Paolo Righi", 'lawyer_practice_item', 'B2B', ("FAX-BR", "Fax laser Brother FAX-2845", 179.0, "pz"),
       comment="intestare allo studio, uso professionale")
amb_co("Istituto Comprensivo di Vignola", 'municipal_school_household_item', 'B2G', HOUSE[1], piva='', cf='94' + ''.join(str(rng.randrange(10)) for _ in range(9)),
       sdi=uff(), cigp=True)
amb_co("Comune di Fiorano Modenese", 'public_body_household_item', 'B2G', HOUSE[2], sdi=uff(), cigp=True, comment="per la sala giunta")
amb_co("Poste Italiane S.p.A. - Acquisti", 'state_owned_company_procurement', 'B2B', BIZ[4], qty=20, cigp=True,
       comment="Procedura negoziata ai sensi del D.Lgs. 36/2023")
amb_co("Trenitalia S.p.A.", 'state_owned_company_procurement', 'B2B', BIZ[0], qty=6, cigp=True, comment="Ordine su gara telematica n. 7741/2026")
amb_co("FAO - Food and Agriculture Organization of the United Nations", 'international_org', 'B2B', BIZ[3], qty=4, piva='', sdi='XXXXXXX',
       comment="esente IVA art. 72 DPR 633/72")
per("Greco", "Antonio", 'private_person_bulk', 'B2C', True, prod=CONS[0], qty=30, **A)
per("Lombardi", "Paolo", 'private_person_bulk', 'B2C', True, prod=CONS[4], qty=60, **A)
per("Moretti", "Giorgio", 'person_states_business_use', 'B2B', True, prod=CONS[1], qty=8, comment="per rivendita nel mio negozio", **A)
per("Barbieri", "Anna", 'person_states_business_use', 'B2B', True, prod=CONS[2], qty=1, comment="serve per lavoro, uso esclusivamente professionale", **A)
per("Fontana", "Roberto", 'person_with_gov_email', 'B2C', True, prod=HOUSE[0], qty=1, email="roberto.fontana@interno.it",
    comment="consegna al domicilio", pay='Carta di credito', **A)
per("Villa", "Marta", 'person_pays_company_invoice', 'B2B', True, prod=BIZ[1], qty=10, pay='Bonifico bancario',
    comment="paga per conto di Ottica Vision Point, fattura n. 88", **A)
P.append(B('', 'product_only_business_goods', 'B2B', True, prod=BIZ[11], qty=1, doc='Fattura', **A))
P.append(B('', 'product_only_consumer_goods', 'B2C', True, prod=CONS[0], qty=1, doc='Fattura', **A))

P.append(B("Meccanica Fontana S.p.A.", 'company_household_item', 'B2B', True, loc=PROV[1], piva=piva(), sdi='SUBM70N', prod=HOUSE[2], **A))
P.append(B("Gelateria Cortina S.r.l.s.", 'company_household_item', 'B2B', True, loc=PROV[0], piva=piva(), sdi='M5UXCR1', repeat=False,
           prods=[(HOUSE[0], 1), (HOUSE[4], 1)]))
P.append(B("Idraulica di Zanni Marco", 'sole_trader_personal_purchase', 'B2B', True, loc=PROV[1], piva=piva(), sdi='0000000', prod=CONS[0],
           pay='Carta di credito', email="zanni.idraulica@gmail.com", **A))
P.append(B("Ottica Vision Point", 'company_household_item', 'B2B', True, loc=PROV[2], piva=piva(), sdi='KRRH6B9', prod=HOUSE[3], **A))
P.append(B("Enel Energia S.p.A.", 'state_owned_company_procurement', 'B2B', True, loc=PROV[10], piva=piva(), sdi='USAL8PV', cigp=True, repeat=False,
           comment="Affidamento tramite gara n. 9000012345", prods=[(BIZ[0], 3), (BIZ[3], 10), (BIZ[6], 10)]))
P.append(B("Agenzia Spaziale Europea - ESA ESRIN", 'international_org', 'B2B', True, loc=("Frascati", "RM", "00044"), piva='', sdi='XXXXXXX', repeat=False,
           comment="operazione non imponibile art. 72 DPR 633/72", prods=[(BIZ[4], 6), (BIZ[9], 2)]))
per("Conti", "Federica", 'person_with_edu_email', 'B2C', True, prod=HOUSE[1], qty=1, email="federica.conti@unibo.it", comment="consegna a domicilio", **A)
per("Serra", "Nicola", 'private_person_bulk', 'B2C', True, prod=CONS[3], qty=60, **A)
P.append(B('', 'product_only_business_goods', 'B2B', True, prod=BIZ[1], qty=200, doc='Fattura', **A))
P.append(B('', 'product_only_consumer_goods', 'B2C', True, prod=HOUSE[1], qty=1, doc='Doc. commerciale', **A))
orders = plan_orders(rng, P, 235, max_lines=3)
rows, labels = [], []
num = 0; codes = {}
for b, n in sorted(orders, key=lambda o: rng.random()):
    pass
dated = sorted(((rdate(rng), b, n) for b, n in orders), key=lambda x: x[0])
for d, b, n in dated:
    num += 1
    gov = b['label'] == 'B2G'
    doc = b.get('doc') or ('Fattura' if not b.get('cons') else rng.choice(['Fattura', 'Fattura', 'Doc. commerciale']))
    if b['name'] and b['name'] not in codes: codes[b['name']] = f"{len(codes) + 1:04d}"
    if 'prods' in b: items = list(b['prods'])
    elif 'prod' in b: items = [(b['prod'], b.get('qty', 1))]
    elif b.get('cons'): items = [(rng.choice(CONS), 1) for _ in range(n)]
    else:
        items = []
        for _ in range(n):
            p = rng.choice(BIZ); items.append((p, rng.choice([1, 1, 2, 5, 10]) if p[2] < 300 else rng.choice([1, 1, 2, 3])))
    tot = round(sum(p[2] * q for p, q in items) * 1.22, 2)
    pay = b.get('pay') or ('Bonifico bancario 30 gg d.f.' if gov else rng.choice(['Bonifico bancario 30 gg d.f.', 'Ri.Ba. 60 gg f.m.', 'Rimessa diretta', 'Bonifico bancario'])
                           if not b.get('cons') else rng.choice(['Carta di credito', 'Bancomat', 'Contanti', 'PayPal', 'Bonifico bancario']))
    stato = rng.choice(['Saldato', 'Saldato', 'Non saldato']) if not gov else rng.choice(['Saldato', 'Non saldato'])
    cigv = cig() if (b.get('cig') and rng.random() < 0.85) or b.get('cigp') else ''
    rif = f"Ordine MePA n. {rng.randrange(6000000, 9999999)}" if gov and rng.random() < 0.4 else (f"Vs. ordine {rng.randrange(100, 999)}/{d.year}" if not b.get('cons') and b['name'] and rng.random() < 0.3 else '')
    note = b.get('comment', '')
    if gov and not note and rng.random() < 0.5: note = "Scissione dei pagamenti art. 17-ter DPR 633/72"
    loc = b.get('loc')
    for (code, desc, price, um), q in items:
        imp = round(price * q, 2)
        r = {"Tipo doc.": doc, "Numero": f"{num}" if doc == 'Fattura' else f"{num}/C", "Data": d,
             "Cod. cliente": codes.get(b['name'], ''), "Cliente": b['name'],
             "Indirizzo": (rng.choice(['Via Emilia', 'Piazza Grande', 'Via Roma', 'Viale Trento Trieste', 'Via Garibaldi']) + f" {rng.randrange(1, 200)}") if loc else '',
             "Cap": loc[2] if loc else '', "Città": loc[0] if loc else '', "Prov.": loc[1] if loc else '',
             "Nazione": ('Italia' if b['kind'] != 'international_org' else 'Italia') if loc else '',
             "Partita Iva": b.get('piva', ''), "Codice fiscale": b.get('cf', b.get('piva', '')),
             "e-mail": b.get('email', ''), "Pec": b.get('pec', ''), "Cod. destinatario Fatt. elettr.": b.get('sdi', ''),
             "Rif. ordine": rif, "CIG": cigv, "CUP": '', "Cod. articolo": code, "Descrizione": desc, "Q.tà": q, "U.m.": um,
             "Prezzo": price, "Sconti": rng.choice(['', '', '', '5%', '10%']) if not b.get('cons') else '',
             "Cod. Iva": 'N3.6' if b['kind'] == 'international_org' else '22', "Importo": imp, "Tot. documento": tot,
             "Pagamento": pay, "Stato pag.": stato, "Agente": rng.choice(['', '', 'Malagoli R.', 'Pini S.']), "Note doc.": note}
        if r["Sconti"]: r["Importo"] = round(imp * (0.95 if r["Sconti"] == '5%' else 0.9), 2)
        rows.append(r)
        labels.append((b['label'], b['amb'], b['kind'], 'IT'))
df = pd.DataFrame(rows, columns=COLS)
path = os.path.join(BASE, 'layouts', SID + '.xlsx')
with pd.ExcelWriter(path, engine='openpyxl', datetime_format='DD/MM/YYYY', date_format='DD/MM/YYYY') as xw:
    df.to_excel(xw, index=False, sheet_name='Documenti')
write_labels(SID, labels)
write_key(SID, {
    "id": SID, "system": "Danea Easyfatt - elenco Documenti (vendite) esportato in Excel, una riga per riga di documento",
    "country": "IT", "language": "it",
    "docs": ["Easyfatt anagrafica export column names as reproduced by the public 'WC Exporter for Danea' plugin (ilGhera): 'Cod.', 'Denominazione', 'Indirizzo', 'Cap', 'Città', 'Prov.', 'Regione', 'Nazione', 'Referente', 'Tel.', 'e-mail', 'Pec', 'Cod. destinatario Fatt. elettr.', 'Codice fiscale', 'Partita Iva', 'Pagamento', 'Note doc.' ... - the buyer block of the document export reuses these labels",
             "Danea support pages on fattura elettronica (codice destinatario M5UXCR1/Agyo, PA invoicing since 2015) and FatturaPA spec: PA buyers carry a 6-character Codice Univoco Ufficio (IPA), private firms a 7-character SDI code, private persons '0000000'; CIG on public contracts, split payment (art. 17-ter) note",
             "Row-level document columns (Tipo doc., Numero, Data, Cod. articolo, Descrizione, Q.tà, U.m., Prezzo, Sconti, Cod. Iva, Importo, Tot. documento, Stato pag.) follow the Easyfatt document grid labels from my knowledge of the product; not found verbatim in the corpus"],
    "fields": {"buyer": "Cliente", "product": "Descrizione", "quantity": "Q.tà", "amount": "Importo",
               "tax_id": "Partita Iva", "email": "e-mail", "payment": "Pagamento", "comment": "Note doc."},
    "also_ok": {"amount": ["Tot. documento"], "tax_id": ["Codice fiscale"], "email": ["Pec"]},
    "notes": "XLSX, one sheet 'Documenti', header in row 1, every following row is a record (one document line). Lines of one document share Numero and Data and the label. 'Importo' is the net line amount after discount, 'Tot. documento' the document total incl. IVA 22%. Schools (istituti comprensivi) have only a Codice fiscale (9xxxxxxxxxx), no Partita Iva, as in reality; persons have a 16-character codice fiscale and SDI code 0000000. 'Doc. commerciale' rows are retail receipts, often with no Cliente. The FAO row is invoiced without IVA (N3.6) and SDI XXXXXXX."})
print(SID, len(rows))
