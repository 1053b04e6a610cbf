"""de_sevdesk_rechnungsausgang: German outgoing-invoice journal, one line per invoice position.
cp1252, ';', decimal comma, dd.mm.yyyy, CRLF. Seeded."""
import csv, os, random, datetime as dt, sys
sys.path.insert(0, os.path.dirname(__file__))
from de_us_gb_fr_es_it_pl_common_A import *

LID = "de_sevdesk_rechnungsausgang"
R = random.Random(4101)

CAT = {
 "biz": [("Kopierpapier A4 80 g/m², 5 x 500 Blatt (Karton)", "PAP-A4-80-K", 21.90, "Karton"),
         ("HP LaserJet Pro 4002dn", "HP-4002DN", 289.00, "Stk"),
         ("Brother Toner TN-2420 schwarz", "BR-TN2420", 54.90, "Stk"),
         ("Leitz Ordner 180° 8 cm, blau", "LZ-1010-BL", 3.49, "Stk"),
         ("Lenovo ThinkPad E14 Gen 5, i5, 16 GB", "LN-E14G5", 899.00, "Stk"),
         ("Dell Monitor P2423D 24\"", "DL-P2423D", 239.00, "Stk"),
         ("Microsoft 365 Business Standard, 1 Jahr", "MS-365BS-1J", 149.40, "Lizenz"),
         ("Logitech MK295 Tastatur-Maus-Set", "LG-MK295", 29.90, "Stk"),
         ("Fellowes Aktenvernichter Powershred 79Ci", "FW-79CI", 329.00, "Stk"),
         ("Netgear GS324 24-Port Gigabit Switch", "NG-GS324", 119.00, "Stk"),
         ("APC Back-UPS 950VA", "APC-BX950", 139.00, "Stk"),
         ("Staedtler Textsurfer classic, 10er Etui", "ST-364-10", 8.99, "Pack"),
         ("Haftnotizen Post-it 76x76, 12 Blöcke", "3M-654-12", 11.49, "Pack"),
         ("Bürodrehstuhl Topstar Sitness 15", "TS-SIT15", 219.00, "Stk")],
 "bizonly": [("Serverschrank 19\" 42 HE, 800x1000 mm", "RK-42HE", 1190.00, "Stk"),
             ("Kopierpapier A4, Palette 240 Kartons", "PAP-A4-PAL", 4990.00, "Palette"),
             ("Etikettendrucker Zebra ZD421d", "ZB-ZD421", 489.00, "Stk"),
             ("Brother Faxgerät FAX-2940", "BR-FAX2940", 189.00, "Stk")],
 "house": [("Wasserkocher Bosch TWK3A011", "BO-TWK3A", 29.99, "Stk"),
           ("Kaffeevollautomat De'Longhi Magnifica S", "DL-ECAM22", 349.00, "Stk"),
           ("Mobiles Klimagerät De'Longhi Pinguino PAC N82", "DL-PACN82", 429.00, "Stk"),
           ("Samsung 55\" Crystal UHD TV GU55CU7179", "SA-GU55", 499.00, "Stk"),
           ("Akku-Staubsauger Dyson V8", "DY-V8", 299.00, "Stk"),
           ("Philips Airfryer XL HD9270", "PH-HD9270", 149.00, "Stk"),
           ("Samsung Galaxy A15 128 GB", "SA-A15", 169.00, "Stk")],
 "service": [("Installation und Einrichtung vor Ort (Std.)", "DL-SERV-H", 95.00, "Std"),
             ("Anfahrtspauschale", "DL-ANF", 45.00, "Pausch.")],
}

def ust(): return "DE" + digits(R, 9, "1")

G, BB, C = "B2G", "B2B", "B2C"
BUY = [
 # --- state ---
 B("Landeshauptstadt München", "de_municipality", G, False, "DE", 3, "biz+service", person="Referat für Bildung und Sport, Hr. Lechner", street="Bayerstraße 28", zip="80335", city="München", leitweg="09162000-RBS01-47", email="beschaffung.rbs@muenchen.de", pay="Überweisung"),
 B("Stadt Köln", "de_municipality", G, False, "DE", 2, "biz", person="Amt für Informationsverarbeitung", street="Willy-Brandt-Platz 2", zip="50679", city="Köln", leitweg="05315000-12AIV-33", email="it-beschaffung@stadt-koeln.de", pay="Überweisung"),
 B("Gemeinde Unterföhring", "de_municipality", G, False, "DE", 2, "biz", person="Rathaus, Hauptamt", street="Münchner Straße 70", zip="85774", city="Unterföhring", leitweg="09184147-0001-25", email="hauptamt@unterfoehring.de", pay="Überweisung"),
 B("Gemeinde Bad Wiessee", "de_municipality", G, False, "DE", 1, "biz", street="Sanktjohanserstraße 12", zip="83707", city="Bad Wiessee", leitweg="09182112-0001-61", pay="Überweisung"),
 B("Landratsamt Ebersberg", "de_county", G, False, "DE", 2, "biz+service", person="Sachgebiet IT, Fr. Obermaier", street="Eichthalstraße 5", zip="85560", city="Ebersberg", leitweg="09175000-LRA-08", email="it@lra-ebe.de", pay="Überweisung"),
 B("Landkreis Harburg", "de_county", G, False, "DE", 1, "biz", street="Schloßplatz 6", zip="21423", city="Winsen (Luhe)", leitweg="03353000-0001-91", pay="Überweisung"),
 B("Gymnasium Ottobrunn", "public_school", G, False, "DE", 2, "biz", person="Sekretariat", street="Karl-Stieler-Straße 1", zip="85521", city="Ottobrunn", email="sekretariat@gymnasium-ottobrunn.de", pay="Überweisung", leitweg="09184000-GYO-52"),
 B("Städtisches Gymnasium Gütersloh", "public_school", G, False, "DE", 1, "biz", street="Schulstraße 16", zip="33330", city="Gütersloh", pay="Überweisung"),
 B("Grundschule an der Haimhauserstraße", "public_school_household_item", G, True, "DE", 1, "house", items=[("Wasserkocher Bosch TWK3A011", 1)], person="Schulleitung", street="Haimhauserstraße 23", zip="80802", city="München", pay="Überweisung", leitweg="09162000-RBS01-47"),
 B("Universitätsklinikum Heidelberg", "public_hospital", G, False, "DE", 2, "biz+bizonly", person="Zentraleinkauf", street="Im Neuenheimer Feld 672", zip="69120", city="Heidelberg", ustid=True, email="einkauf@med.uni-heidelberg.de", pay="Überweisung", comment="Bestellnr. 4500781234"),
 B("Technische Universität Dresden", "public_university", G, False, "DE", 1, "biz", person="Professur für Datenbanken", street="Nöthnitzer Straße 46", zip="01187", city="Dresden", ustid=True, pay="Überweisung", leitweg="14-1234567-88"),
 B("Bundeswehr, Panzergrenadierbataillon 122", "armed_forces_unit", G, False, "DE", 1, "biz", person="S6-Abteilung", street="Grenzland-Kaserne", zip="92526", city="Oberviechtach", leitweg="991-11504-06", pay="Überweisung"),
 B("Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr", "federal_agency", G, False, "DE", 1, "bizonly+biz", street="Ferdinand-Sauerbruch-Straße 1", zip="56073", city="Koblenz", leitweg="991-33216-92", pay="Überweisung", comment="Vergabe-Nr. Q/U2CB/NA123"),
 B("Polizeipräsidium Mittelfranken", "police", G, False, "DE", 1, "biz", street="Richard-Wagner-Platz 1", zip="90443", city="Nürnberg", leitweg="09-B1234-45", pay="Überweisung"),
 B("Amtsgericht Charlottenburg", "court", G, False, "DE", 1, "biz", street="Amtsgerichtsplatz 1", zip="14057", city="Berlin", pay="Überweisung", leitweg="11-A0401-71"),
 B("Botschaft der Vereinigten Staaten von Amerika", "embassy", G, False, "US", 1, "biz+service", person="General Services Office", street="Clayallee 170", zip="14191", city="Berlin", pay="Überweisung", comment="steuerfrei, diplomatische Mission"),
 B("Abfallwirtschaftsbetrieb München", "municipal_enterprise", G, False, "DE", 1, "biz", street="Georg-Brauchle-Ring 29", zip="80992", city="München", leitweg="09162000-AWM-26", pay="Überweisung"),
 # --- business ---
 B("Siemens Healthineers AG", "company_with_legal_form", BB, False, "DE", 2, "biz", person="Fr. Schreiber, Standort Erlangen", street="Henkestraße 127", zip="91052", city="Erlangen", ustid=True, email="einkauf.erlangen@siemens-healthineers.com", pay="Überweisung"),
 B("Hofpfisterei GmbH", "company_with_legal_form", BB, False, "DE", 2, "biz", street="Kreittmayrstraße 5", zip="80335", city="München", ustid=True, pay="Lastschrift"),
 B("Alfred Kärcher SE & Co. KG", "company_with_legal_form", BB, False, "DE", 1, "biz+bizonly", street="Alfred-Kärcher-Straße 28-40", zip="71364", city="Winnenden", ustid=True, pay="Überweisung"),
 B("Molkerei Berchtesgadener Land eG", "cooperative", BB, False, "DE", 1, "biz", street="Molkereistraße 10", zip="83451", city="Piding", ustid=True, pay="Überweisung"),
 B("Müller Haustechnik", "company_no_legal_form", BB, False, "DE", 2, "biz", person="Klaus Müller", street="Gewerbering 7", zip="85649", city="Brunnthal", email="info@mueller-haustechnik.de", ustid=True, pay="Überweisung"),
 B("Schreinerei Huber", "company_no_legal_form", BB, False, "DE", 1, "biz", street="Am Anger 3", zip="83607", city="Holzkirchen", email="huber.schreinerei@t-online.de", pay="Überweisung"),
 B("Fotostudio Lichtblick", "sole_trader_trade_name", BB, False, "DE", 1, "biz", person="Nina Albrecht", street="Gärtnerplatz 4", zip="80469", city="München", email="hallo@lichtblick-foto.de", pay="PayPal"),
 B("Malerbetrieb Thomas Berger", "sole_trader_trade_name", BB, False, "DE", 1, "biz", street="Rosenheimer Straße 201", zip="81671", city="München", pay="Überweisung"),
 B("Zahnarztpraxis Dr. med. dent. Kerem Yilmaz", "professional_practice", BB, False, "DE", 1, "biz+service", street="Leopoldstraße 58", zip="80802", city="München", pay="Überweisung"),
 B("Rechtsanwältin Dr. Sabine Weber", "lawyer_professional_purchase", BB, True, "DE", 1, "bizonly", items=[("Brother Faxgerät FAX-2940", 1)], person="Dr. Sabine Weber", street="Maximilianstraße 12", zip="80539", city="München", pay="Überweisung", comment="Rechnung an die Kanzlei"),
 B("Brauerei Aying Franz Inselkammer KG", "company_household_purchase", BB, True, "DE", 1, "house", items=[("Mobiles Klimagerät De'Longhi Pinguino PAC N82", 1)], street="Zornedinger Straße 1", zip="85653", city="Aying", ustid=True, pay="Überweisung"),
 B("Elektro Kaiser e.K.", "sole_trader_personal_purchase", BB, True, "DE", 1, "house", items=[("Samsung 55\" Crystal UHD TV GU55CU7179", 1)], person="Stefan Kaiser", city="Erding", zip="85435", pay="Kartenzahlung", comment="Barverkauf Ladengeschäft, ohne Lieferung"),
 B("Stadtwerke München GmbH", "state_owned_company", BB, False, "DE", 1, "biz", street="Emmy-Noether-Straße 2", zip="80992", city="München", ustid=True, pay="Überweisung"),
 B("DB InfraGO AG", "state_owned_company_procurement", BB, True, "DE", 1, "biz+bizonly", street="Adam-Riese-Straße 11-13", zip="60327", city="Frankfurt am Main", ustid=True, pay="Überweisung", comment="Vergabeverfahren 24FEI12345, Abruf aus Rahmenvertrag"),
 B("Stiftung Warentest", "state_founded_foundation", BB, True, "DE", 1, "biz", street="Lützowplatz 11-13", zip="10785", city="Berlin", ustid=True, pay="Überweisung"),
 B("Sekretariat der Klimarahmenkonvention der Vereinten Nationen (UNFCCC)", "international_org", BB, True, "DE", 1, "biz", street="Platz der Vereinten Nationen 1", zip="53113", city="Bonn", pay="Überweisung"),
 B("DRK Kreisverband München e.V.", "non_profit_red_cross", BB, False, "DE", 1, "biz", street="Perchtinger Straße 5", zip="81379", city="München", pay="Überweisung"),
 B("Evangelisch-Lutherische Kirchengemeinde St. Lukas", "church", BB, False, "DE", 1, "biz", street="Mariannenplatz 3", zip="80538", city="München", pay="Überweisung"),
 B("Förderverein der Grundschule am Schäferanger e.V.", "parents_association", BB, False, "DE", 1, "biz", email="foerderverein.schaeferanger@gmail.com", pay="PayPal"),
 B("WEG Lindenstraße 12", "homeowners_association", BB, False, "DE", 1, "biz", person="Hausverwaltung Kraus", city="Augsburg", zip="86150", pay="Überweisung"),
 B("Schule Schloss Salem gGmbH", "private_school", BB, False, "DE", 1, "biz", street="Schlossbezirk 1", zip="88682", city="Salem", ustid=True, pay="Überweisung"),
 B("Bäckerei Wimmer", "company_household_and_business", BB, False, "DE", 1, "biz+house", street="Hauptstraße 9", zip="85586", city="Poing", pay="Überweisung"),
 # --- consumers & sparse ---
 B("", "private_person", C, False, "DE", 1, "house", person="Claudia Neumann", street="Ahornweg 4", zip="82008", city="Unterhaching", email="claudia.neumann@gmx.de", pay="PayPal"),
 B("", "private_person", C, False, "DE", 1, "house+biz", person="Stefan Wagner", street="Birkenallee 17", zip="81825", city="München", email="s.wagner84@web.de", pay="PayPal"),
 B("", "private_person", C, False, "DE", 1, "house", person="Ayse Demir", city="Augsburg", zip="86159", email="ayse.demir@gmail.com", pay="Kartenzahlung"),
 B("", "private_person", C, False, "DE", 1, "house", person="Jürgen Hofmann", street="Lerchenstraße 2", zip="83022", city="Rosenheim", pay="Überweisung"),
 B("", "private_person_sparse", C, False, "DE", 1, "house", person="Monika Schäfer"),
 B("", "private_person_sparse", C, False, "DE", 1, "biz", person="Lukas Becker", email="lukas.becker@t-online.de", lines=1, qty=1),
 B("", "private_person", C, False, "DE", 1, "house", person="Heike Zimmermann", email="heike.zimmermann@freenet.de", pay="Lastschrift"),
 B("", "anonymous_retail", C, False, "DE", 3, "house+biz", person="Barverkauf", pay="Bar", lines=1, qty=1),
 B("", "private_person_bulk_phones", C, True, "DE", 1, "house", items=[("Samsung Galaxy A15 128 GB", 40)], person="Andreas Schubert", street="Kirchplatz 1", zip="85354", city="Freising", email="a.schubert@gmx.net", pay="Überweisung"),
 B("", "person_states_resale", BB, True, "DE", 1, "house", items=[("Philips Airfryer XL HD9270", 6)], person="Jana Koch", email="jana.koch93@gmail.com", pay="PayPal", comment="für Wiederverkauf auf eBay"),
 B("", "person_with_gov_email", C, True, "DE", 1, "house", items=[("Akku-Staubsauger Dyson V8", 1)], person="Markus Vogel", street="Falkenweg 8", zip="53125", city="Bonn", email="markus.vogel@bmi.bund.de", pay="Kartenzahlung", comment="Lieferung an Privatadresse"),
 B("", "person_with_mil_email", C, True, "DE", 1, "house", items=[("Samsung 55\" Crystal UHD TV GU55CU7179", 1)], person="Hauptfeldwebel Tobias Lang", street="Am Sonnenhang 22", zip="92526", city="Oberviechtach", email="tobiaslang@bundeswehr.org", pay="Kartenzahlung"),
 B("", "person_pays_company_invoice", BB, True, "DE", 1, "biz", person="Peter Hoffmann", email="peter.hoffmann67@gmx.de", pay="Überweisung", comment="Zahlung für Rechnung der Hoffmann Dachdeckerei GmbH"),
 B("", "person_states_business_use", BB, True, "DE", 1, "biz", items=[("HP LaserJet Pro 4002dn", 1)], person="Sandra Richter", email="sandra.richter@gmail.com", pay="PayPal", comment="für meine Praxis (Physiotherapie), bitte auf Rechnung"),
 B("", "product_only_business_goods", BB, True, "DE", 1, "bizonly", items=[("Serverschrank 19\" 42 HE, 800x1000 mm", 1)]),
 B("", "product_only_household_goods", C, True, "DE", 1, "house", items=[("Kaffeevollautomat De'Longhi Magnifica S", 1)]),
]

def main():
    orders = make_orders(R, BUY, CAT, dt.date(2024, 1, 8), 350, (1, 4), boost=1)
    header = ["Rechnungsnummer", "Rechnungsdatum", "Leistungsdatum", "Kundennummer", "Firma", "Ansprechpartner",
              "Straße", "PLZ", "Ort", "Land", "USt-IdNr.", "Leitweg-ID", "E-Mail", "Pos.", "Artikelnummer",
              "Bezeichnung", "Menge", "Einheit", "Einzelpreis netto", "USt-Satz", "Betrag netto", "Betrag brutto",
              "Zahlungsart", "Status", "Bemerkung"]
    rows, labels = [], []
    custno, ustids = {}, {}
    for i, o in enumerate(orders):
        b = o["b"]
        key = b["name"] + "|" + b.get("person", "")
        if b["kind"] in ("anonymous_retail",) or b["kind"].startswith("product_only"):
            kn = ""
        else:
            kn = custno.setdefault(key, str(10000 + len(custno) + 1))
        if b.get("ustid") and key not in ustids:
            ustids[key] = ust()
        rn = f"RE-{o['date'].year}-{1001 + i:04d}"
        exempt = b["kind"] == "embassy"
        status = R.choice(["bezahlt", "bezahlt", "bezahlt", "offen"])
        for pos, ln in enumerate(o["lines"], 1):
            name, sku, price, unit = ln["p"]
            net = round(price * ln["qty"], 2)
            rate = 0 if exempt else 19
            gross = round(net * (1 + rate / 100), 2)
            rows.append([rn, o["date"].strftime("%d.%m.%Y"), o["date"].strftime("%d.%m.%Y"), kn, b["name"],
                         b.get("person", ""), b.get("street", ""), b.get("zip", ""), b.get("city", ""),
                         "Deutschland" if b.get("city") else "", ustids.get(key, ""), b.get("leitweg", ""),
                         b.get("email", ""), str(pos), sku, name, de_num(ln["qty"], False).replace(",00", ""), unit,
                         de_num(price), f"{rate} %", de_num(net), de_num(gross), b.get("pay", ""),
                         status, b.get("comment", "")])
            labels.append((b["label"], b["amb"], b["kind"], b["country"]))
    path = os.path.join(LAY, LID + ".csv")
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)
    meta = {
        "id": LID,
        "system": "sevDesk / lexoffice-style Rechnungsausgangsbuch (CSV export of outgoing invoices with positions)",
        "country": "DE", "language": "de",
        "docs": ["No public page with the exact sevDesk/lexoffice position-level CSV header was found in the public documentation searched; "
                 "headers follow the German invoice-list exports documented for comparable tools (Rechnungsnummer, Rechnungsdatum, "
                 "Rechnungsbetrag Brutto, Rechnungsempfänger...) and the XRechnung buyer reference (Leitweg-ID) that sevDesk/lexoffice "
                 "store per customer; closest documented layout, not a verbatim copy.",
                 "Conventions as DATEV-oriented German exports: Windows-1252, semicolon, decimal comma with '.' thousands, dd.mm.yyyy, CRLF."],
        "fields": {"buyer": "Firma", "product": "Bezeichnung", "quantity": "Menge", "amount": "Betrag brutto",
                   "tax_id": "USt-IdNr.", "email": "E-Mail", "payment": "Zahlungsart", "comment": "Bemerkung"},
        "also_ok": {"amount": ["Betrag netto"], "buyer": ["Ansprechpartner"]},
        "notes": "One row per invoice position; the first line is the header, every following line is a record (no totals). "
                 "All positions of one Rechnungsnummer share a label. For private persons 'Firma' is empty and the name is in "
                 "'Ansprechpartner'. 'Barverkauf' rows are anonymous counter sales. Encoding cp1252."
    }
    write_key(LID, meta, labels)
    print(LID, len(rows), "rows", len(orders), "orders")

if __name__ == "__main__":
    main()
