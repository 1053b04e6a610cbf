"""y_de_datev_buchungsstapel: DATEV-Format (EXTF v700, Buchungsstapel) Ausgangsrechnungen of a
Bürotechnik/IT-Systemhaus, cp1252, ';', German decimals, Belegdatum TTMM."""
import random, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from y_common import B, plan_orders, write_labels, write_key, rdate, de_num, BASE

SID = 'y_de_datev_buchungsstapel'
rng = random.Random(4711)

COLS = ["Umsatz (ohne Soll/Haben-Kz)", "Soll/Haben-Kennzeichen", "WKZ Umsatz", "Kurs", "Basis-Umsatz",
        "WKZ Basis-Umsatz", "Konto", "Gegenkonto (ohne BU-Schlüssel)", "BU-Schlüssel", "Belegdatum",
        "Belegfeld 1", "Belegfeld 2", "Skonto", "Buchungstext", "Postensperre", "Diverse Adressnummer",
        "Geschäftspartnerbank", "Sachverhalt", "Zinssperre", "Beleglink"]
for i in range(1, 9):
    COLS += [f"Beleginfo - Art {i}", f"Beleginfo - Inhalt {i}"]
COLS += ["KOST1 - Kostenstelle", "KOST2 - Kostenstelle", "Kost-Menge", "EU-Land u. UStID (Bestimmung)",
         "EU-Steuersatz (Bestimmung)", "Abw. Versteuerungsart", "Sachverhalt L+L", "Funktionsergänzung L+L",
         "BU 49 Hauptfunktionstyp", "BU 49 Hauptfunktionsnummer", "BU 49 Funktionsergänzung"]
for i in range(1, 21):
    COLS += [f"Zusatzinformation - Art {i}", f"Zusatzinformation- Inhalt {i}"]
COLS += ["Stück", "Gewicht", "Zahlweise", "Forderungsart", "Veranlagungsjahr", "Zugeordnete Fälligkeit",
         "Skontotyp", "Auftragsnummer", "Buchungstyp", "USt-Schlüssel (Anzahlungen)", "EU-Land (Anzahlungen)",
         "Sachverhalt L+L (Anzahlungen)", "EU-Steuersatz (Anzahlungen)", "Erlöskonto (Anzahlungen)",
         "Herkunft-Kz", "Buchungs GUID", "KOST-Datum", "SEPA-Mandatsreferenz", "Skontosperre",
         "Gesellschaftername", "Beteiligtennummer", "Identifikationsnummer", "Zeichnernummer",
         "Postensperre bis", "Bezeichnung SoBil-Sachverhalt", "Kennzeichen SoBil-Buchung", "Festschreibung",
         "Leistungsdatum", "Datum Zuord. Steuerperiode", "Fälligkeit", "Generalumkehr (GU)", "Steuersatz",
         "Land", "Abrechnungsreferenz", "BVV-Position", "EU-Land u. UStID (Ursprung)",
         "EU-Steuersatz (Ursprung)", "Abw. Skontokonto"]
TEXT_COLS = {c for c in COLS if c not in ("Umsatz (ohne Soll/Haben-Kz)", "Kurs", "Basis-Umsatz", "Konto",
             "Gegenkonto (ohne BU-Schlüssel)", "Belegdatum", "Skonto", "Stück", "Gewicht", "Kost-Menge",
             "Festschreibung", "Steuersatz", "Zahlweise", "Veranlagungsjahr")}

BIZ = [("Lenovo ThinkPad T14 Gen 5, i7, 32 GB", 1389.0), ("HP LaserJet Pro 4002dne", 289.0),
       ("Dell P2725H Monitor 27 Zoll", 219.0), ("Microsoft 365 Business Standard, Jahreslizenz", 149.4),
       ("Kopierpapier A4 80 g, Karton 5x500 Blatt", 24.9), ("Toner HP 59A schwarz", 119.0),
       ("Netgear 24-Port Switch GS324", 159.0), ("Brother P-touch Beschriftungsgerät", 79.0),
       ("Bürodrehstuhl Interstuhl Every", 489.0), ("Aktenvernichter HSM Securio C18", 399.0),
       ("Einrichtung Arbeitsplatz-PC (Dienstleistung, Std.)", 95.0), ("APC Back-UPS 950VA", 139.0),
       ("Synology DS923+ NAS", 629.0), ("Leitz Ordner 80 mm, 10er Pack", 32.5),
       ("Wartungsvertrag Kopierer, Quartalspauschale", 210.0), ("Logitech MK295 Tastatur-Maus-Set", 34.9),
       ("19-Zoll Serverschrank 42 HE", 1190.0), ("Windows Server 2022 Standard 16 Core", 1069.0)]
HOUSE = [("Samsung 55 Zoll QLED-Fernseher", 749.0), ("Kaffeevollautomat De'Longhi Magnifica S", 379.0),
         ("Wasserkocher Bosch TWK3A011", 29.9), ("Miele Staubsauger Complete C3", 299.0),
         ("Mikrowelle Severin MW 7770", 119.0), ("Nintendo Switch OLED", 319.0),
         ("Apple iPad 10,9 Zoll 64 GB", 379.0), ("Philips Airfryer XL", 169.0)]
CONS = [("Apple iPad 10,9 Zoll 64 GB", 379.0), ("HP DeskJet 2820e Tintenstrahldrucker", 59.0),
        ("Logitech MK295 Tastatur-Maus-Set", 34.9), ("Lenovo IdeaPad Slim 3, 15 Zoll", 549.0),
        ("Druckerpatrone HP 305 XL Farbe", 32.9), ("Samsung Galaxy Tab A9+", 229.0),
        ("USB-Stick SanDisk 128 GB", 14.9), ("Reparatur Notebook Displaytausch", 189.0)]

# buyer pool ---------------------------------------------------------------
P = []
def add(*a, **k): P.append(B(*a, **k))
for n in ["Stadt Leipzig Amt für Schule", "Landeshauptstadt München Referat für Bildung und Sport",
          "Stadtverwaltung Jena", "Gemeinde Ottobrunn", "Markt Garmisch-Partenkirchen", "Stadt Bad Tölz Bauhof",
          "Gemeindeverwaltung Weilerbach", "Verbandsgemeinde Kaiserslautern-Süd", "Stadt Norderstedt"]:
    add(n, 'de_municipality', 'B2G')
for n in ["Landratsamt Rosenheim", "Kreisverwaltung Mainz-Bingen", "Landkreis Harburg Kreishaus",
          "Landratsamt Erzgebirgskreis"]:
    add(n, 'de_county', 'B2G')
add("Bezirksamt Mitte von Berlin", 'de_district_office', 'B2G')
add("Freistaat Bayern, Staatliches Bauamt Augsburg", 'de_state_agency', 'B2G')
add("Polizeipräsidium Oberbayern Nord", 'police', 'B2G')
add("Amtsgericht Düsseldorf", 'court', 'B2G')
add("Finanzamt Hamburg-Altona", 'de_state_agency', 'B2G')
add("Bundesagentur für Arbeit, Agentur für Arbeit Kassel", 'federal_agency', 'B2G')
add("Bundesamt für Migration und Flüchtlinge", 'federal_agency', 'B2G')
add("Bundeswehr, Kompetenzzentrum Baumanagement Kiel", 'armed_forces_unit', 'B2G')
add("Panzerbataillon 203, Augustdorf", 'armed_forces_unit', 'B2G', comment="Lieferung an Kaserne, Bestellung über BwDLZ")
add("Deutscher Bundestag, Verwaltung", 'federal_parliament_admin', 'B2G')
add("Botschaft der Republik Polen in Berlin", 'embassy', 'B2G')
add("Generalkonsulat der Vereinigten Staaten Frankfurt", 'embassy', 'B2G')
for n in ["Städtische Grundschule am Hasenberg", "Gymnasium Ottobrunn (staatlich)", "Berufliche Schule 6 Nürnberg",
          "Gesamtschule Bonn-Beuel", "Oberschule Dresden-Cotta"]:
    add(n, 'public_school', 'B2G')
for n in ["Technische Universität Dresden", "Universität Hamburg, Fachbereich Informatik",
          "Hochschule für angewandte Wissenschaften München", "Ruprecht-Karls-Universität Heidelberg"]:
    add(n, 'public_university', 'B2G')
add("Universitätsklinikum Freiburg", 'public_hospital', 'B2G')
add("Klinikum Stuttgart (Eigenbetrieb der Landeshauptstadt)", 'public_hospital', 'B2G')
add("Zweckverband Wasserversorgung Fränkischer Wirtschaftsraum", 'de_special_purpose_association', 'B2G')
# companies
for n in ["Hoffmann Logistik GmbH", "Bäckerei Wiesner GmbH & Co. KG", "Krauss Maffei Technologies GmbH",
          "Elektro Bauer GmbH", "Steuerberatungsgesellschaft Lohmann mbH", "Medizintechnik Rüger AG",
          "Autohaus Schröder GmbH", "Hausverwaltung Kühn UG (haftungsbeschränkt)", "Brunner & Söhne OHG",
          "Dr. Weber Zahnmedizin MVZ GmbH", "Planungsbüro Engel GbR", "Gasthof Zur Post Inh. Maria Huber e.K.",
          "Sanitätshaus Vogel e.K.", "IT-Consulting Petersen GmbH", "Zimmerei Haas GmbH", "Nordlicht Immobilien AG"]:
    add(n, 'company_with_legal_form', 'B2B')
for n in ["Schreinerei Holzmann", "Optik Lindner", "Druckerei Kreativ Werk", "Blumen Seidel", "Fahrschule Krüger",
          "Kanzlei Brandt & Partner"]:
    add(n, 'company_no_legal_form', 'B2B')
add("Stadtwerke Augsburg Energie GmbH", 'state_owned_company', 'B2B')
add("Thomas Richter Steuerberater", 'sole_trader_professional', 'B2B')
add("Praxis Dr. med. Sabine Wolf", 'doctor_private_practice', 'B2B')
add("Fotostudio Lena Hartmann", 'sole_trader_trade_name', 'B2B')
for n in ["TSV 1880 Wasserburg e.V.", "Förderverein der Grundschule Hasenberg e.V.", "Deutsches Rotes Kreuz Kreisverband Ebersberg e.V.",
          "Musikverein Harmonie Kirchheim e.V.", "AWO Ortsverein Pasing e.V."]:
    add(n, 'non_profit_association', 'B2B')
add("Ev.-Luth. Kirchengemeinde St. Markus", 'religious_organisation', 'B2B')
add("WEG Lindenstraße 14, vertr. d. Hausverwaltung Kühn", 'homeowners_association', 'B2B')
add("Bucerius Law School gGmbH", 'private_university', 'B2B')
add("Freie Waldorfschule Kassel e.V.", 'private_school', 'B2B')
add("Schön Klinik Bad Aibling SE & Co. KG", 'private_hospital', 'B2B')
for cc, n, uid in [("AT", "Alpenland Bürotechnik GmbH", "ATU63847219"), ("NL", "Van der Berg Kantoorinrichting B.V.", "NL853021447B01"),
                   ("FR", "Bureautique Alsace SARL", "FR40512367894"), ("PL", "Biurex Sp. z o.o.", "PL5262981043")]:
    add(n, 'foreign_eu_company_vat', 'B2B', cc=cc, uid=uid, acc='8125')
# persons
for n in ["Müller, Thomas", "Schmidt, Andrea", "Becker, Jonas", "Yilmaz, Emre", "Nowak, Katarzyna", "Fischer, Helga",
          "Wagner, Lukas", "Schulz, Petra", "Hoffmann, Nina", "Zimmermann, Klaus", "Krämer, Julia", "Wolff, Dieter"]:
    add(n, 'private_person', 'B2C', cons=True)
add("Privatkunde Barverkauf", 'anonymous_retail', 'B2C', cons=True, pay="Bar", acc10000=True)
add("Diverse Debitoren Ladenverkauf", 'anonymous_retail', 'B2C', cons=True, pay="EC-Karte", acc10000=True)
# ambiguous ---------------------------------------------------------------
A = dict(single=True, repeat=False)
add("Hoffmann Logistik GmbH", 'company_household_item', 'B2B', True, house=True, **A)
add("Planungsbüro Engel GbR", 'company_household_item', 'B2B', True, house=True, **A)
add("Autohaus Schröder GmbH", 'company_household_item', 'B2B', True, house=True, **A)
add("Rechtsanwalt Dr. Martin Keller", 'lawyer_practice_item', 'B2B', True, prod=("Faxgerät Brother FAX-2840", 169.0), qty=1,
    comment="Rechnung an Kanzlei, für die Praxis", **A)
add("Städtische Grundschule am Hasenberg", 'municipal_school_household_item', 'B2G', True,
    prod=("Wasserkocher Bosch TWK3A011", 29.9), qty=1, **A)
add("Landratsamt Rosenheim", 'public_body_household_item', 'B2G', True, prod=("Kaffeevollautomat De'Longhi Magnifica S", 379.0), qty=1,
    comment="für Sozialraum", **A)
add("Becker, Jonas", 'private_person_bulk', 'B2C', True, prod=("Apple iPad 10,9 Zoll 64 GB", 379.0), qty=30, pay="Überweisung", **A)
add("Nowak, Katarzyna", 'private_person_bulk', 'B2C', True, prod=("Samsung Galaxy Tab A9+", 229.0), qty=25, pay="PayPal", **A)
add("Krüger, Sebastian", 'person_states_business_use', 'B2B', True, cons=True, qty=12, comment="Ware zum Wiederverkauf im eigenen Laden", **A)
add("Lehmann, Anja", 'person_states_business_use', 'B2B', True, cons=True, comment="wird ausschließlich beruflich genutzt (für die Arbeit)", **A)
add("Meier, Frank", 'person_with_gov_email', 'B2C', True, prod=("Samsung 55 Zoll QLED-Fernseher", 749.0), qty=1, pay="EC-Karte",
    comment="Lieferung Privatadresse, Kontakt f.meier@bmi.bund.de", **A)
add("Deutsche Bahn AG, Einkauf Regionalbereich Süd", 'state_owned_company_procurement', 'B2B', True, order="Vergabe-Nr. 24FEI51203", **A)
add("Deutsche Bahn AG, Einkauf Regionalbereich Süd", 'state_owned_company_procurement', 'B2B', True, order="Vergabe-Nr. 24FEI51877", **A)
add("Sekretariat der Klimarahmenkonvention der Vereinten Nationen (UNFCCC) Bonn", 'international_org', 'B2B', True, **A)
add("Weber, Christine", 'person_pays_company_invoice', 'B2B', True, comment="Zahlung für Rechnung der Optik Lindner, privat überwiesen", pay="Überweisung", **A)
add("", 'product_only_business_goods', 'B2B', True, prod=("19-Zoll Serverschrank 42 HE", 1190.0), qty=1, acc10000=True, **A)
add("", 'product_only_consumer_goods', 'B2C', True, prod=("Nintendo Switch OLED", 319.0), qty=1, acc10000=True, pay="Bar", **A)
add("", 'product_only_business_goods', 'B2B', True, prod=("Windows Server 2022 Standard 16 Core", 1069.0), qty=2, acc10000=True, **A)

# more ambiguous cases
add("Medizintechnik Rüger AG", 'company_household_item', 'B2B', True, prod=("Nintendo Switch OLED", 319.0), qty=1, **A)
add("Nordlicht Immobilien AG", 'company_household_item', 'B2B', True, prods=[(("Samsung 55 Zoll QLED-Fernseher", 749.0), 1), (("Philips Airfryer XL", 169.0), 1)], repeat=False)
add("Brunner & Söhne OHG", 'company_household_item', 'B2B', True, prod=("Miele Staubsauger Complete C3", 299.0), qty=1, **A)
add("Fotostudio Lena Hartmann", 'sole_trader_personal_purchase', 'B2B', True, prod=("Philips Airfryer XL", 169.0), qty=1, pay="EC-Karte", **A)
add("Gasthof Zur Post Inh. Maria Huber e.K.", 'sole_trader_personal_purchase', 'B2B', True, prod=("Apple iPad 10,9 Zoll 64 GB", 379.0), qty=1, pay="Kreditkarte", **A)
add("Schulz, Petra", 'private_person_bulk', 'B2C', True, prod=("USB-Stick SanDisk 128 GB", 14.9), qty=80, pay="PayPal", **A)
add("Dr. Jansen, Hendrik", 'person_with_edu_email', 'B2C', True, prod=("Kaffeevollautomat De'Longhi Magnifica S", 379.0), qty=1, pay="Kreditkarte",
    comment="Lieferung nach Hause, Rückfragen an hendrik.jansen@uni-hamburg.de", **A)
add("Europäische Weltraumorganisation ESA, ESOC Darmstadt", 'international_org', 'B2B', True, repeat=False,
    prods=[(("Lenovo ThinkPad T14 Gen 5, i7, 32 GB", 1389.0), 4), (("Dell P2725H Monitor 27 Zoll", 219.0), 8)])
add("Deutsche Bahn AG, Einkauf Regionalbereich Süd", 'state_owned_company_procurement', 'B2B', True, order="Vergabe-Nr. 24FEI53390", repeat=False,
    prods=[(("Netgear 24-Port Switch GS324", 159.0), 12), (("APC Back-UPS 950VA", 139.0), 12)])
add("Autobahn GmbH des Bundes, Niederlassung Südbayern", 'state_owned_company_procurement', 'B2B', True, order="Vergabe-Nr. AGS-2026-0412", repeat=False,
    prods=[(("Lenovo ThinkPad T14 Gen 5, i7, 32 GB", 1389.0), 10), (("Microsoft 365 Business Standard, Jahreslizenz", 149.4), 10)])
add("", 'product_only_business_goods', 'B2B', True, prod=("Kopierpapier A4 80 g, Karton 5x500 Blatt", 24.9), qty=120, acc10000=True, **A)
add("", 'product_only_consumer_goods', 'B2C', True, prod=("Samsung Galaxy Tab A9+", 229.0), qty=1, acc10000=True, pay="EC-Karte", **A)
deb = {}
def debitor(name):
    if name not in deb:
        deb[name] = 10000 + 17 * (len(deb) + 3)
    return deb[name]

orders = plan_orders(rng, P, 230, max_lines=2)
lines_out, labels = [], []
renr = 2026000
for b, n in orders:
    renr += 1
    d = rdate(rng)
    belegdatum = d.strftime('%d%m')
    items = []
    if 'prods' in b: items = list(b['prods'])
    elif 'prod' in b:
        items = [(b['prod'], b.get('qty', 1))]
    elif b.get('house'):
        items = [(rng.choice(HOUSE), 1)]
    elif b.get('cons'):
        items = [(rng.choice(CONS), b.get('qty', 1)) for _ in range(n)]
    else:
        for _ in range(n):
            p = rng.choice(BIZ)
            q = rng.choice([1, 1, 2, 3, 5, 10]) if p[1] < 200 else rng.choice([1, 1, 2, 4, 6])
            items.append((p, q))
    gov = b['label'] == 'B2G'
    pay = b.get('pay')
    if pay is None:
        if b.get('cons'):
            pay = rng.choice(['EC-Karte', 'PayPal', 'Bar', 'Überweisung', 'Kreditkarte'])
        elif gov:
            pay = 'Überweisung'
        else:
            pay = rng.choice(['Überweisung', 'Überweisung', 'SEPA-Lastschrift', ''])
    ordno = b.get('order') or (f"BE-{rng.randrange(1000, 99999)}" if not b.get('cons') and b['name'] and ', ' not in b['name'] and rng.random() < 0.4 else '')
    leitweg = f"{rng.choice(['09','05','14','11','06'])}{rng.randrange(100,999)}-{rng.randrange(10000,99999)}-{rng.randrange(10,99)}" if gov and rng.random() < 0.6 else ''
    for (pname, price), q in items:
        net = round(price * q, 2)
        eu = b.get('acc') == '8125'
        gross = net if eu else round(net * 1.19, 2)
        row = {c: '' for c in COLS}
        row["Umsatz (ohne Soll/Haben-Kz)"] = de_num(gross)
        row["Soll/Haben-Kennzeichen"] = 'S'
        row["WKZ Umsatz"] = 'EUR'
        row["Konto"] = '10000' if b.get('acc10000') else str(debitor(b['name']))
        row["Gegenkonto (ohne BU-Schlüssel)"] = b.get('acc', '8400')
        row["Belegdatum"] = belegdatum
        row["Belegfeld 1"] = f"RE{renr}"
        due = d.replace(day=min(d.day, 28))
        row["Belegfeld 2"] = due.strftime('%d%m%y')
        row["Buchungstext"] = b['name'][:60]
        row["Beleginfo - Art 1"] = 'Rechnungsnummer'; row["Beleginfo - Inhalt 1"] = f"RE{renr}"
        row["Beleginfo - Art 2"] = 'Artikel'; row["Beleginfo - Inhalt 2"] = pname
        if pay:
            row["Beleginfo - Art 3"] = 'Zahlungsart'; row["Beleginfo - Inhalt 3"] = pay
        if leitweg:
            row["Beleginfo - Art 4"] = 'Leitweg-ID'
            row["Beleginfo - Inhalt 4"] = leitweg
        if eu:
            row["EU-Land u. UStID (Bestimmung)"] = b['uid']
            row["EU-Steuersatz (Bestimmung)"] = ''
        row["KOST1 - Kostenstelle"] = rng.choice(['100', '200', '300'])
        if b.get('comment'):
            row["Zusatzinformation - Art 1"] = 'Bemerkung'; row["Zusatzinformation- Inhalt 1"] = b['comment']
        row["Stück"] = str(q)
        row["Auftragsnummer"] = ordno
        row["Festschreibung"] = '0'
        row["Leistungsdatum"] = d.strftime('%d%m%Y')
        row["Steuersatz"] = '' if eu else '19,00'
        row["Land"] = b.get('cc', 'DE') if eu else ''
        lines_out.append(row)
        labels.append((b['label'], b['amb'], b['kind'], b.get('cc', 'DE')))

def q(c, v):
    if c in TEXT_COLS:
        return '"' + v.replace('"', '') + '"' if v != '' else '""' if c in ("Buchungstext", "Belegfeld 1") else ''
    return v
meta = ['"EXTF"', '700', '21', '"Buchungsstapel"', '13', '20261201093512448', '', '"RE"', '"mkr"', '""',
        '29098', '55003', '20260101', '5', '20260101', '20261130', '"Rechnungsausgang Jan-Nov 2026"', '"MK"',
        '1', '0', '0', '"EUR"', '', '""', '', '', '"03"', '', '', '""', '""']
path = os.path.join(BASE, 'layouts', SID + '.csv')
with open(path, 'w', encoding='cp1252', newline='') as f:
    f.write(';'.join(meta) + '\r\n')
    f.write(';'.join(COLS) + '\r\n')
    for r in lines_out:
        f.write(';'.join(q(c, r[c]) for c in COLS) + '\r\n')
write_labels(SID, labels)
write_key(SID, {
    "id": SID, "system": "DATEV-Format ASCII (EXTF v700, Formatkategorie 21 Buchungsstapel), Ausgangsrechnungen",
    "country": "DE", "language": "de",
    "docs": ["DATEV Developer Portal 'DATEV-Format / Buchungsstapel' (developer.datev.de/.../dtvf/formate/buchungsstapel) as quoted by public exporters: line 1 is the EXTF header record (\"EXTF\";700;21;\"Buchungsstapel\";Formatversion;erstellt am;...;Beraternummer;Mandantennummer;WJ-Beginn;Sachkontenlänge;Datum von;Datum bis;Bezeichnung;...;WKZ), line 2 the column names of the 125 booking fields",
             "Column order and spelling taken from public DATEV exporter code (Uniconta DATEV export, xentral docs, iDempiere datevexport README, several v700 generators): Umsatz (ohne Soll/Haben-Kz); Soll/Haben-Kennzeichen; WKZ Umsatz; ... Konto; Gegenkonto (ohne BU-Schlüssel); BU-Schlüssel; Belegdatum (TTMM); Belegfeld 1; ... Buchungstext (max 60); Beleginfo - Art/Inhalt 1-8; KOST1/KOST2; EU-Land u. UStID (Bestimmung); Zusatzinformation - Art n / 'Zusatzinformation- Inhalt n' (DATEV's own missing blank); Stück; ... Auftragsnummer; ... Leistungsdatum; Steuersatz; Land",
             "Encoding ISO-8859-1/Windows-1252, ';' separator, CRLF, decimal comma without thousands separator, text fields in double quotes (ecoDMS/Arkivado EXTF settings)"],
    "fields": {"buyer": "Buchungstext", "product": "Beleginfo - Inhalt 2", "quantity": "Stück",
               "amount": "Umsatz (ohne Soll/Haben-Kz)", "tax_id": "EU-Land u. UStID (Bestimmung)", "email": None,
               "payment": "Beleginfo - Inhalt 3", "comment": "Zusatzinformation- Inhalt 1"},
    "also_ok": {},
    "notes": "Read with pd.read_csv(sep=';', encoding='cp1252', skiprows=1, decimal=',', dtype=str). File line 1 is the EXTF header record (not a record, not the column header); line 2 is the column header; every later line is one booking = one record (row 0 = file line 3). One invoice (Belegfeld 1) may have two booking lines (one per article); all lines of one invoice share a label. Konto is the Debitor account (10000 = Sammeldebitor for cash/unknown buyers); Gegenkonto 8400 = Erlöse 19% (SKR03), 8125 = steuerfreie innergemeinschaftliche Lieferung, where the buyer's EU VAT ID is in 'EU-Land u. UStID (Bestimmung)' (only foreign EU buyers carry a tax ID, as in real DATEV data). The buyer name is the Debitor name that the pre-system writes into Buchungstext (persons as 'Nachname, Vorname'). Beleginfo Art/Inhalt pairs: 1 Rechnungsnummer, 2 Artikel, 3 Zahlungsart, 4 Leitweg-ID (XRechnung routing ID, public buyers only). Amounts are gross (Umsatz incl. USt)."})
print(SID, len(lines_out))
