"""Switzerland - bexio, Verkauf > Rechnungen, Listenexport (CSV, UTF-8 mit BOM, ';')."""
import random, datetime as dt, sys, os, csv
sys.path.insert(0, os.path.dirname(__file__))
from s_common import *

LID = 's_ch_bexio_rechnungen'
rng = random.Random(20260604)

B2B_T = [('Flyer A5, 4/4-farbig, 135 g/m², {n} Ex.', (1000, 10000), 0.09), ('Broschüre A4, 24 Seiten, Rückendrahtheftung, {n} Ex.', (200, 2000), 2.4),
         ('Visitenkarten 85x55 mm, 350 g/m², {n} Stk.', (250, 1000), 0.22), ('Plakate F4 (895x1280 mm), {n} Ex.', (20, 200), 9.5),
         ('Jahresbericht 2025, 48 Seiten, {n} Ex.', (150, 1200), 6.8), ('Roll-up Banner 85x200 cm inkl. Tasche, {n} Stk.', (1, 6), 189.0),
         ('Briefpapier A4 und Couverts C5 mit Fenster, {n} Ex.', (1000, 5000), 0.18), ('Kalender 2027 A3, 13 Blätter, {n} Ex.', (100, 500), 14.5),
         ('Blachen-Banner 300x100 cm mit Ösen, {n} Stk.', (1, 8), 145.0), ('Fahrzeugbeschriftung Lieferwagen, {n} Fahrzeug(e)', (1, 3), 1350.0),
         ('Etiketten auf Rolle 60x40 mm, {n} Stk.', (2000, 20000), 0.04), ('Formulare / Durchschreibesätze A5, {n} Blocks', (20, 200), 7.5),
         ('Firmenprospekt Wickelfalz, {n} Ex.', (1000, 8000), 0.21), ('Werbeblachen Baustelle 200x100 cm, {n} Stk.', (2, 12), 98.0)]
GOV_T = [('Abstimmungsunterlagen Gemeindeversammlung, {n} Ex.', (2000, 9000), 0.35), ('Gemeindeblatt / Mitteilungsblatt, Ausgabe {m}, {n} Ex.', (2500, 12000), 0.42),
         ('Stimmrechtsausweise und Couverts, {n} Stk.', (3000, 20000), 0.11), ('Zeugnismappen mit Gemeindewappen, {n} Stk.', (200, 800), 3.9),
         ('Jahresbericht Verwaltung 2025, {n} Ex.', (150, 800), 7.2), ('Informationsbroschüre Abfallkalender 2027, {n} Ex.', (3000, 15000), 0.38),
         ('Plakate Kampagne Verkehrssicherheit F4, {n} Ex.', (50, 400), 9.5), ('Briefpapier und Couverts C5 Verwaltung, {n} Ex.', (2000, 10000), 0.18),
         ('Formulare Baugesuch A4, {n} Blocks', (50, 300), 6.9), ('Schulhausbeschriftung / Signaletik, Pauschal', (1, 1), 2800.0),
         ('Flyer Vernehmlassung, A5, {n} Ex.', (1000, 6000), 0.1), ('Roll-up Banner 85x200 cm, {n} Stk.', (1, 4), 189.0)]
PRIV_T = [('Hochzeitskarten mit Couverts, {n} Stk.', (40, 150), 3.2), ('Fotobuch A4 Hardcover, 40 Seiten, {n} Ex.', (1, 3), 69.0),
          ('Geburtsanzeigen A6, {n} Stk.', (40, 120), 1.9), ('Trauerkarten mit Couverts, {n} Stk.', (50, 200), 2.4),
          ('Einladungskarten 50. Geburtstag, {n} Stk.', (20, 80), 2.1), ('Fotoposter 50x70 cm, {n} Stk.', (1, 3), 39.0),
          ('Weihnachtskarten mit Foto, {n} Stk.', (20, 100), 2.3), ('Leinwanddruck 60x40 cm, {n} Stk.', (1, 2), 89.0)]
CITIES = [('3000', 'Bern'), ('3097', 'Liebefeld'), ('3084', 'Wabern'), ('3600', 'Thun'), ('3072', 'Ostermundigen'), ('8001', 'Zürich'), ('4051', 'Basel'),
          ('3011', 'Bern'), ('2502', 'Biel/Bienne'), ('3400', 'Burgdorf'), ('1201', 'Genève'), ('6003', 'Luzern')]
VN_M = ['Hans', 'Peter', 'Thomas', 'Daniel', 'Markus', 'Martin', 'Andreas', 'Urs', 'Stefan', 'Beat', 'Reto', 'Christian']
VN_F = ['Ursula', 'Sandra', 'Monika', 'Barbara', 'Andrea', 'Nicole', 'Claudia', 'Daniela', 'Esther', 'Sabine', 'Ruth', 'Karin']
NN = ['Müller', 'Meier', 'Schmid', 'Keller', 'Weber', 'Huber', 'Schneider', 'Steiner', 'Brunner', 'Gerber', 'Zbinden', 'Zaugg', 'Baumann',
      'Frei', 'Moser', 'Kunz', 'Bühler', 'Roth', 'Wyss', 'Hofer', 'Kessler', 'Vogel']

def person():
    f = rng.random() < 0.5; return pick(rng, VN_F if f else VN_M), pick(rng, NN), f
def cp():
    v, n, f = person(); return f"{'Frau' if f else 'Herr'} {v} {n}" if rng.random() < 0.4 else f"{v} {n}"

PUB = [(n, k, 'CH') for n, k in [
    ('Gemeinde Köniz', 'ch_municipality'), ('Einwohnergemeinde Thun', 'ch_municipality'), ('Gemeinde Ostermundigen', 'ch_municipality'),
    ('Stadt Bern, Tiefbau Stadt Bern', 'ch_municipality'), ('Stadt Zürich, Schul- und Sportdepartement', 'ch_municipality'), ('Einwohnergemeinde Burgdorf', 'ch_municipality'),
    ('Bürgergemeinde Bern', 'ch_citizens_community'), ('Kanton Bern, Amt für Grundstücke und Gebäude', 'ch_canton'), ('Kanton Bern, Staatskanzlei', 'ch_canton'),
    ('Kanton Zürich, Baudirektion', 'ch_canton'), ('Kanton Basel-Stadt, Bau- und Verkehrsdepartement', 'ch_canton'),
    ('Bundesamt für Gesundheit BAG', 'federal_office'), ('Bundesamt für Strassen ASTRA', 'federal_office'), ('Bundesamt für Bauten und Logistik BBL', 'federal_office'),
    ('Schweizer Armee, Logistikbasis der Armee LBA', 'armed_forces'), ('Kantonspolizei Bern', 'police'),
    ('Schule Wabern, Primarschule', 'public_school'), ('Gymnasium Kirchenfeld', 'public_school'), ('Schulgemeinde Wädenswil', 'school_district'),
    ('Kantonsschule Enge Zürich', 'public_school'), ('Berufsfachschule Langenthal', 'public_school'),
    ('Universität Bern', 'public_university'), ('ETH Zürich', 'public_university'), ('Berner Fachhochschule BFH', 'public_university'),
    ('Universitätsspital Zürich', 'public_hospital'), ('Universitätsspital Basel', 'public_hospital'),
    ('ewz Elektrizitätswerk der Stadt Zürich', 'municipal_utility'), ('BERNMOBIL Städtische Verkehrsbetriebe Bern', 'transit_authority')]]
EMB = [('Botschaft der Bundesrepublik Deutschland', 'embassy', 'DE'), ('Ambassade de France en Suisse', 'embassy', 'FR'),
       ('Embassy of the United States of America, Bern', 'embassy', 'US'), ('Mission permanente du Japon auprès des Nations Unies, Genève', 'permanent_mission', 'JP'),
       ('Österreichische Botschaft Bern', 'embassy', 'AT')]
COS = ['Schreinerei Zaugg GmbH', 'Garage Bühler AG', 'Treuhand Kessler & Partner AG', 'Hotel Bellevue Thun AG', 'Bäckerei-Konditorei Steiner AG',
       'Roth Haustechnik GmbH', 'Brunner Immobilien AG', 'Gerber Transporte AG', 'Swiss Medtech Solutions SA', 'Velo Huber GmbH',
       'Baumann Architekten AG', 'Weber Gartenbau GmbH', 'Migros-Genossenschaft Aare', 'Emmi Schweiz AG', 'Galaxus (Digitec Galaxus AG)']
COS_NF = ['Metzgerei Gerber', 'Coiffeur Salon Bella', 'Restaurant Kreuz', 'Blumen Vogel', 'Drogerie am Bahnhof', 'Fitnesspark Wankdorf']
SOLE = ['Peter Zbinden Malergeschäft', 'Architekturbüro Andrea Roth', 'Sandra Moser Physiotherapie', 'Praxis Dr. med. Beat Hofer', 'Fotografie Reto Wyss',
        'Kunz Elektro, Inh. Martin Kunz', 'Advokatur Dr. iur. Claudia Frei']
NP = [('FC Ostermundigen', 'sports_club'), ('Musikgesellschaft Harmonie Köniz', 'non_profit_association'), ('Turnverein Wabern', 'sports_club'),
      ('Pro Senectute Kanton Bern', 'non_profit_foundation'), ('Schweizerisches Rotes Kreuz, Kanton Bern', 'national_red_cross'),
      ('Reformierte Kirchgemeinde Köniz', 'religious_organisation'), ('Wohnbaugenossenschaft Holligen', 'cooperative'),
      ('Stockwerkeigentümergemeinschaft Seftigenstrasse 12', 'homeowners_association'), ('Elternverein Schule Wabern', 'parents_association')]
PRIVI = [('Institut auf dem Rosenberg', 'private_school'), ('Privatklinik Lindenhof AG', 'private_hospital'), ('Feusi Bildungszentrum AG', 'private_school')]
PRIV = []
for _ in range(16):
    v, n, f = person(); PRIV.append(f"{n} {v}" if rng.random() < 0.6 else f"{v} {n}")

orders = []
def new(lab, amb, kind, cc, kontakt, kp='', titles=None, ref='', n_docs=1):
    o = Order(lab, amb, kind, cc, dict(k=kontakt, kp=kp)); o.titles = titles; o.comment = ref; orders.append(o); return o
def title(pool):
    t, (a, b), unit = pick(rng, pool)
    n = rng.randint(a, b)
    if n > 100:
        n = int(round(n, -2))
    text = t.format(n=f"{n:,}".replace(',', "'"), m=f"{rng.randint(1, 12)}/2026")
    return text, round(max(n * unit, 45) + rng.choice([0, 0, 35, 60, 120]), 1)
REF_G = lambda: pick(rng, ['', f"Bestellung Nr. {rng.randint(4500000000, 4509999999)}", f"Kostenstelle {rng.randint(1000, 9999)}", f"Ihre Offerte AN-{rng.randint(1000, 1999)}", 'gem. Rahmenvertrag 2026'])
REF_B = lambda: pick(rng, ['', '', f"Ihre Bestellung Nr. {rng.randint(100, 9999)}", f"PO {rng.randint(10000, 99999)}", 'gem. Offerte'])

for _ in range(62):
    n, k, cc = pick(rng, PUB); new('B2G', False, k, cc, n, cp(), title(GOV_T if rng.random() < 0.7 else B2B_T), REF_G())
for n, k, cc in EMB:
    new('B2G', False, k, cc, n, cp(), title(B2B_T[:8]), 'MWST-befreit (diplomatische Mission)')
new('B2G', True, 'public_school_household_item', 'CH', 'Schule Wabern, Primarschule', 'Frau Ruth Hofer', ('Glückwunschkarten mit Couverts, 30 Stk.', 63.0), 'Abschiedsgeschenk Lehrperson')
new('B2G', True, 'public_school_household_item', 'CH', 'Gymnasium Kirchenfeld', '', ('Fotobuch A4 Hardcover, 40 Seiten, 1 Ex.', 69.0), 'für Sekretariat')
for _ in range(48):
    new('B2B', False, 'company_with_legal_form', 'CH', pick(rng, COS), cp() if rng.random() < 0.7 else '', title(B2B_T), REF_B())
for _ in range(14):
    new('B2B', False, 'company_no_legal_form', 'CH', pick(rng, COS_NF), '', title(B2B_T), REF_B())
for _ in range(16):
    new('B2B', False, 'sole_trader_trade_name', 'CH', pick(rng, SOLE), '', title(B2B_T[:4] + B2B_T[8:]), REF_B())
for _ in range(16):
    n, k = pick(rng, NP); new('B2B', False, k, 'CH', n, cp(), title(B2B_T[:8] + [('Vereinsheft / Jahresprogramm, {n} Ex.', (200, 1500), 1.8), ('Festschrift 100 Jahre, {n} Ex.', (300, 1200), 8.5)]), REF_B())
for n, k in PRIVI:
    new('B2B', False, k, 'CH', n, cp(), title(B2B_T), REF_B())
# ambiguous B2B
for n, ref in [('Schweizerische Bundesbahnen SBB', 'Zuschlag simap.ch Projekt-ID 298114, Los 2'), ('Die Schweizerische Post AG', 'Ausschreibung Drucksachen 2026 (BöB), Vertrag 2026-0117'),
               ('RUAG MRO Holding AG', 'Beschaffung nach BöB, Auftrag 71-0042')]:
    new('B2B', True, 'state_owned_company_procurement', 'CH', n, cp(), title(B2B_T), ref)
new('B2B', False, 'state_owned_company', 'CH', 'Swisscom (Schweiz) AG', cp(), title(B2B_T), REF_B())
new('B2B', False, 'state_owned_company', 'CH', 'BLS AG', cp(), title(B2B_T), REF_B())
for n in ['Comité international de la Croix-Rouge (CICR)', 'World Health Organization (WHO)', 'Office des Nations Unies à Genève (ONUG)',
          'Weltpostverein UPU', 'CERN - Organisation européenne pour la recherche nucléaire', 'UNHCR - Haut Commissariat des Nations Unies pour les réfugiés']:
    new('B2B', True, 'international_org', 'CH', n, cp(), title(B2B_T[:8]), pick(rng, ['Purchase Order ' + str(rng.randint(100000, 999999)), 'MWST-befreit (internationale Organisation)']))
new('B2B', True, 'state_founded_foundation', 'CH', 'Stiftung Bernisches Historisches Museum', cp(), title(B2B_T[:8]), '')
new('B2B', True, 'company_household_item', 'CH', 'Treuhand Kessler & Partner AG', '', ('Hochzeitskarten mit Couverts, 60 Stk.', 192.0), '')
new('B2B', True, 'company_household_item', 'CH', 'Velo Huber GmbH', '', ('Fotobuch A4 Hardcover, 40 Seiten, 2 Ex.', 138.0), '')
new('B2B', True, 'person_states_business_use', 'CH', 'Wyss Reto', '', ('Visitenkarten 85x55 mm, 500 Stk. und Flyer A6, 1\'000 Ex.', 310.0), 'für die neue Praxis (Eröffnung Mai)')
v, n, f = person(); new('B2B', True, 'person_states_business_use', 'CH', f"{n} {v}", '', ("Flyer A5 Geschäftseröffnung, 3'000 Ex.", 290.0), 'für mein neues Café im Breitenrain')
v, n, f = person(); new('B2B', True, 'person_pays_company_invoice', 'CH', f"{n} {v}", '', title(B2B_T[:3]), f"bezahlt privat für {pick(rng, ['Keller Haustechnik GmbH', 'Bühler Gartenbau GmbH'])}")
new('B2B', True, 'sole_trader_personal_item', 'CH', 'Peter Zbinden Malergeschäft', '', ('Hochzeitskarten mit Couverts, 90 Stk.', 288.0), '')
# B2C
for _ in range(30):
    new('B2C', False, 'private_person', 'CH', pick(rng, PRIV), '', title(PRIV_T), pick(rng, ['', '', '', 'Abholung im Laden', 'TWINT bezahlt', 'per Post']))
for _ in range(4):
    new('B2C', False, 'anonymous_retail', 'CH', 'Barverkauf Laden', '', title(PRIV_T[:2] + PRIV_T[5:]), 'Barverkauf')
v, n, f = person(); new('B2C', True, 'private_person_bulk_identical', 'CH', f"{n} {v}", '', ('Fotoposter 50x70 cm, 40 Stk. (identisches Motiv)', 1560.0), '')
v, n, f = person(); new('B2C', True, 'person_with_gov_email', 'CH', f"{n} {v}", '', ('Hochzeitskarten mit Couverts, 80 Stk.', 256.0), f"Rechnung per Mail an {slug(v)}.{slug(n)}@bag.admin.ch")
v, n, f = person(); new('B2C', True, 'person_with_gov_email', 'CH', f"{v} {n}", '', ('Fotobuch A4 Hardcover, 40 Seiten, 1 Ex.', 69.0), f"Kontakt: {slug(v)}.{slug(n)}@vtg.admin.ch")
for t, lab in [('Etiketten auf Rolle 60x40 mm, 20\'000 Stk.', 'B2B'), ('Fotobuch A4 Hardcover, 40 Seiten, 1 Ex.', 'B2C')]:
    new(lab, True, 'product_only', 'CH', '', '', (t, 800.0 if lab == 'B2B' else 69.0), '')

rng.shuffle(orders)
dates = sorted(date_between(rng, dt.date(2026, 1, 6), dt.date(2026, 11, 30)) for _ in orders)
hdr = ['Nr.', 'Kontakt', 'Kontaktperson', 'Titel', 'Datum', 'Fällig am', 'Referenz', 'Projekt', 'Total exkl. MWST', 'MWST', 'Total', 'Offen', 'Währung', 'Status', 'Verantwortlich']
rows, labels = [], []
def chf(x):
    return f"{x:.2f}"
for i, (o, d) in enumerate(zip(orders, dates), 1):
    t, net = o.titles
    exempt = o.kind in ('embassy', 'permanent_mission', 'international_org')
    mw = 0 if exempt else round(net * 0.081 * 20) / 20
    tot = round((net + mw) * 20) / 20
    st = pick(rng, ['Bezahlt', 'Bezahlt', 'Bezahlt', 'Offen', 'Teilweise bezahlt']) if o.label != 'B2C' else pick(rng, ['Bezahlt', 'Bezahlt', 'Offen'])
    if o.kind == 'anonymous_retail':
        st = 'Bezahlt'
    offen = 0 if st == 'Bezahlt' else (tot if st == 'Offen' else round(tot / 2, 2))
    if d > dt.date(2026, 11, 1) and rng.random() < 0.3:
        st = 'Entwurf'; offen = tot
    rows.append([f"RE-{i + 1040:05d}", o.b['k'], o.b['kp'], t, d.strftime('%d.%m.%Y'), (d + dt.timedelta(days=30)).strftime('%d.%m.%Y'), o.comment,
                 (pick(rng, ['', '', '', 'Jahresbericht', 'Wahlen 2026', 'Signaletik']) if o.label == 'B2G' else pick(rng, ['', '', '', '', 'Jahresbericht', 'Corporate Design']) if o.label == 'B2B' else ''),
                 chf(net), chf(mw), chf(tot), chf(offen), 'CHF', st, pick(rng, ['Martina Roth', 'Simon Keller', 'Lea Zaugg'])])
    labels.append((o.label, o.amb, o.kind, o.cc))
with open(os.path.join(LAY, LID + '.csv'), 'w', encoding='utf-8-sig', newline='') as f:
    w = csv.writer(f, delimiter=';', quoting=csv.QUOTE_ALL, lineterminator='\n'); w.writerow(hdr); w.writerows(rows)
write_labels(LID, labels)
write_key(LID, {
    'id': LID, 'system': 'bexio - Verkauf > Rechnungen, Listenexport (CSV)', 'country': 'CH', 'language': 'de',
    'docs': ['bexio support (support.bexio.com) describes list filters and CSV/Excel export in its list views (e.g. Kontenblätter: Datum, Betrag, MWST, '
             'Referenznummer, Beschreibung). bexio API v2 kb_invoice fields: document_nr, title, contact_id, contact_sub_id (Kontaktperson), '
             'user_id (Verantwortlich), project_id, is_valid_from (Datum), is_valid_to (Fällig), reference, total_net, total_taxes, total, '
             'total_remaining_payments, currency, kb_item_status (Entwurf/Offen/Bezahlt/Teilweise bezahlt).',
             'The exact header row of the UI CSV export was not found in the searchable sources; German headers follow the labels of bexio\'s invoice '
             'list and form for those fields. The invoice list export is one row per invoice (no positions, no quantity, no payment method, '
             'no e-mail or UID of the contact).'],
    'fields': {'buyer': 'Kontakt', 'product': 'Titel', 'quantity': None, 'amount': 'Total', 'tax_id': None, 'email': None, 'payment': None, 'comment': 'Referenz'},
    'also_ok': {'amount': ['Total exkl. MWST']},
    'notes': 'CSV UTF-8 with BOM, semicolon, all fields quoted, dates dd.mm.yyyy, amounts with decimal point. First line is the header, no totals. '
             'One row per invoice. Seller: a print shop (Druckerei) in the Bern area. Private contacts are written "Nachname Vorname" or "Vorname Nachname". '
             '"Barverkauf Laden" is the shop\'s counter-sale contact (anonymous retail). Two rows have an empty Kontakt (product-only). '
             'International organisations in Geneva/Bern get country CH (seat); embassies/missions carry the country of the foreign state.'})
print(LID, len(rows), 'rows', len(orders), 'orders')
