"""a_ch_sapb1_ar_rechnungen: SAP Business One, A/R invoice lines, exported to Excel (German UI), Swiss seller."""
import random, datetime as dt
import openpyxl
from a_common import *

LID = "a_ch_sapb1_ar_rechnungen"
rng = random.Random(4101)

C = lambda code, name, price, t, maxq=20: dict(code=code, name=name, price=price, t=t, maxq=maxq)
CAT = [
    C("B-10021", "Bürostuhl ergonomisch Giroflex 64", 689.00, "n", 12),
    C("B-10022", "Schreibtisch höhenverstellbar 160x80 cm", 1190.00, "b", 10),
    C("IT-2001", "Notebook Lenovo ThinkPad T14 Gen 4, 16 GB", 1549.00, "n", 25),
    C("IT-2002", "Monitor Dell P2723DE 27\"", 389.00, "n", 25),
    C("IT-2003", "Dockingstation Lenovo ThinkPad USB-C", 219.00, "b", 25),
    C("IT-2010", "Multifunktionsdrucker Canon i-SENSYS MF465dw", 499.00, "n", 4),
    C("IT-2030", "Server-Rack 42 HE 800x1000 mm", 1890.00, "b", 2),
    C("V-3001", "Kopierpapier A4 80 g, Palette 200 Pakete", 980.00, "b", 3),
    C("V-3002", "Kopierpapier A4 80 g, Karton 5x500 Blatt", 32.50, "n", 40),
    C("V-3010", "Toner HP 59A schwarz", 149.00, "n", 20),
    C("R-5001", "Allzweckreiniger 10 l Kanister", 39.80, "b", 20),
    C("R-5002", "Papierhandtücher Tork H2, Karton 21x150", 64.00, "b", 30),
    C("D-6001", "Installation und Konfiguration vor Ort (Std.)", 165.00, "b", 16),
    C("M-7001", "Microsoft 365 Business Standard, Jahreslizenz", 149.00, "b", 50),
    C("S-8001", "Schülerpult höhenverstellbar", 320.00, "b", 30),
    C("S-8002", "Whiteboard emailliert 200x120 cm", 459.00, "b", 6),
    C("H-4001", "Kaffeevollautomat Jura E8", 1099.00, "h"),
    C("H-4002", "Wasserkocher Kenwood 1,7 l", 59.90, "h"),
    C("H-4003", "Akku-Staubsauger Dyson V15 Detect", 749.00, "h"),
    C("H-4004", "Mikrowelle Sharp 20 l", 149.00, "h"),
    C("H-4010", "Standventilator Rowenta Turbo Silence", 119.00, "h"),
    C("IT-2040", "Apple iPad 10.9\" 64 GB WiFi", 389.00, "h"),
]
cat = {c["code"]: c for c in CAT}
TERMS_ORG = ["30 Tage netto", "30 Tage netto", "10 Tage 2% Skonto, 30 Tage netto", "60 Tage netto"]

bl = []
def org(name, kind, label, cc="CH", amb=False, email=None, uid=True, w=1.0, contact=None, terms=None, ref=None):
    tax = (ch_uid(rng) + " MWST") if (uid and cc == "CH") else (atu(rng) if uid and cc == "AT" else ("" if uid is False else uid))
    return B(name, label, kind, cc, amb, "org", w, email=email, tax=tax, contact=contact, terms=terms, ref=ref)

G, Bz, Cz = "B2G", "B2B", "B2C"
buyers = [
    org("Stadt Zürich, Organisation und Informatik", "ch_municipality", G, email="oiz.beschaffung@zuerich.ch", uid=False, w=2, ref=True),
    org("Stadt St.Gallen, Dienststelle Informatik", "ch_municipality", G, email="informatik@stadt.sg.ch", uid=False, w=2, ref=True),
    org("Politische Gemeinde Gossau SG", "ch_municipality", G, email="verwaltung@stadtgossau.ch", uid=False),
    org("Einwohnergemeinde Thun", "ch_municipality", G, email="einkauf@thun.ch", uid=False),
    org("Gemeindeverwaltung Rorschacherberg", "ch_municipality", G, email="gemeinde@rorschacherberg.ch", uid=False),
    org("Kanton St.Gallen, Hochbauamt", "ch_canton", G, email="hochbauamt@sg.ch", uid=False, ref=True),
    org("Kanton Thurgau, Amt für Informatik", "ch_canton", G, email="afi@tg.ch", uid=False, ref=True),
    org("Kanton Basel-Stadt, Finanzdepartement", "ch_canton", G, email="fd@bs.ch", uid=False),
    org("Bundesamt für Statistik BFS", "ch_federal_agency", G, email="beschaffung@bfs.admin.ch", uid=False, ref=True),
    org("Schweizer Armee, Logistikbasis der Armee LBA", "armed_forces", G, email="lba.einkauf@vtg.admin.ch", uid=False, ref=True),
    org("Kantonspolizei St.Gallen", "police", G, email="logistik@kapo.sg.ch", uid=False),
    org("Kantonsspital St.Gallen", "public_hospital", G, email="einkauf@kssg.ch", uid=False, ref=True, w=1.5),
    org("Universitätsspital Zürich", "public_hospital", G, email="einkauf@usz.ch", uid=False, ref=True),
    org("Universität St.Gallen (HSG)", "public_university", G, email="beschaffung@unisg.ch", uid=False),
    org("ETH Zürich, Departement Informatik", "public_university", G, email="it-support@inf.ethz.ch", uid=False),
    org("Primarschule Wittenbach", "public_school", G, email="schulverwaltung@wittenbach.ch", uid=False),
    org("Kantonsschule am Burggraben", "public_school", G, email="sekretariat@ksbg.ch", uid=False),
    org("Botschaft der Bundesrepublik Deutschland, Bern", "embassy", G, email="verw-1@bern.diplo.de", uid=False),
    org("Ambassade de France en Suisse", "embassy", G, email="intendance.berne-amba@diplomatie.gouv.fr", uid=False),
    org("Magistrat der Stadt Wien, MA 56 - Wiener Schulen", "at_municipality", G, cc="AT", email="post@ma56.wien.gv.at", uid=False),
    org("Bezirkshauptmannschaft Bregenz", "at_district_authority", G, cc="AT", email="bhbregenz@vorarlberg.at", uid=False),
    org("Amt der Tiroler Landesregierung", "at_state_government", G, cc="AT", email="beschaffung@tirol.gv.at", uid=False),
    org("Stadt Dornbirn", "at_municipality", G, cc="AT", email="stadt@dornbirn.at", uid=False),
    # business
    org("Bühler AG", "company_with_legal_form", Bz, email="procurement.ch@buhlergroup.com", w=2, ref=True),
    org("Stadler Rail AG", "company_with_legal_form", Bz, email="einkauf@stadlerrail.com", w=1.5, ref=True),
    org("Treuhand Keller & Partner GmbH", "company_with_legal_form", Bz, email="info@keller-treuhand.ch"),
    org("Müller Elektro AG", "company_with_legal_form", Bz, email="buchhaltung@mueller-elektro.ch"),
    org("Schreinerei Brunner", "company_no_legal_form", Bz, email="info@schreinerei-brunner.ch", w=1.5),
    org("Café Pelikan", "company_no_legal_form", Bz, email="cafe.pelikan@bluewin.ch"),
    org("Architekturbüro Lukas Meier", "sole_trader_trade_name", Bz, email="lm@meier-architektur.ch"),
    org("Malergeschäft Hans Gerber", "sole_trader_trade_name", Bz, email="gerber.maler@gmail.com"),
    org("Raiffeisenbank St.Gallen Genossenschaft", "cooperative", Bz, email="einkauf@raiffeisen.ch"),
    org("Migros-Genossenschaft Ostschweiz", "cooperative", Bz, email="beschaffung@gmos.ch", ref=True),
    org("Stiftung Pro Senectute Kanton St.Gallen", "non_profit", Bz, email="info@sg.prosenectute.ch"),
    org("Turnverein Gossau", "association", Bz, email="kassier@tvgossau.ch", uid=False),
    org("Schweizerisches Rotes Kreuz, Kanton St.Gallen", "national_red_cross", Bz, email="info@srk-sg.ch"),
    org("Katholische Kirchgemeinde St.Gallen", "church", Bz, email="verwaltung@kathsg.ch", uid=False),
    org("Die Schweizerische Post AG", "state_owned_company", Bz, email="einkauf@post.ch", ref=True),
    org("Swisscom (Schweiz) AG", "state_owned_company", Bz, email="procurement@swisscom.com", ref=True),
    org("Privatklinik Stephanshorn AG", "private_hospital", Bz, email="einkauf@hirslanden.ch"),
    org("Doppelmayr Seilbahnen GmbH", "company_with_legal_form", Bz, cc="AT", email="einkauf@doppelmayr.com"),
    org("Vorarlberger Kraftwerke AG", "state_owned_company", Bz, cc="AT", email="einkauf@vkw.at"),
    org("Rhomberg Bau GmbH", "company_with_legal_form", Bz, cc="AT", email="office@rhomberg.com"),
]
def person(name, email, cc="CH", w=1.0, terms=None):
    return B(name, Cz, "private_person", cc, False, "person", w, email=email, tax="", terms=terms)
buyers += [
    person("Herr Martin Baumann", "martin.baumann@bluewin.ch"),
    person("Frau Sandra Keller-Huber", "s.keller-huber@gmx.ch"),
    person("Reto Zimmermann", "reto.zimmermann@sunrise.ch"),
    person("Frau Petra Nussbaumer", "petra.nussbaumer@gmx.at", cc="AT"),
    person("Luca Bernasconi", "luca.bernasconi@hotmail.com"),
    person("Frau Anna-Lena Frei", "annalena.frei@outlook.com"),
    person("Herr Daniel Egli", "", w=0.7),
]
buyers.append(B("Barverkauf Laden St.Gallen", Cz, "anonymous_retail", "CH", False, "anon", 1.5, email="", tax="", terms="Bar"))

def L(code, q):
    return (cat[code], q)

S = []
sb = lambda **k: B(**k)
S.append((B("Treuhand Keller & Partner GmbH", Bz, "company_household_goods_only", "CH", True, "org", email="info@keller-treuhand.ch", tax=ch_uid(rng) + " MWST", terms="30 Tage netto"), [L("H-4001", 1)]))
S.append((B("Rhomberg Bau GmbH", Bz, "company_household_goods_only", "AT", True, "org", email="office@rhomberg.com", tax=atu(rng), terms="30 Tage netto"), [L("H-4004", 1), L("H-4002", 1)]))
S.append((B("Primarschule Wittenbach", G, "public_school_household_item", "CH", True, "org", email="schulverwaltung@wittenbach.ch", tax="", terms="30 Tage netto"), [L("H-4002", 1)]))
S.append((B("Stadt Dornbirn", G, "municipality_household_item", "AT", True, "org", email="stadt@dornbirn.at", tax="", terms="30 Tage netto", comment="Kindergarten Haselstauden, Ersatzgerät"), [L("H-4010", 1)]))
S.append((B("Reto Zimmermann", Cz, "private_person_bulk_quantity", "CH", True, "person", email="reto.zimmermann@sunrise.ch", tax="", terms="Vorauskasse"), [L("IT-2040", 30)]))
S.append((B("Nicole Ammann", Bz, "person_states_resale", "CH", True, "person", email="nicole.ammann@gmail.com", tax="", terms="Vorauskasse", comment="Für Wiederverkauf in meinem Laden in Herisau"), [L("H-4002", 12), L("H-4004", 4)]))
S.append((B("Stefan Roth", Cz, "person_with_gov_email", "CH", True, "person", email="stefan.roth@bfs.admin.ch", tax="", terms="Kreditkarte", comment="Lieferung an Privatadresse, Blumenweg 4, 9000 St.Gallen"), [L("H-4003", 1)]))
S.append((B("Dr. iur. Andrea Vogt, Rechtsanwältin", Bz, "lawyer_for_practice", "CH", True, "person", email="andrea.vogt@vogt-law.ch", tax="", terms="30 Tage netto", comment="Für die Kanzlei, Rechnung an Kanzlei Vogt"), [L("IT-2010", 1)]))
S.append((B("Thomas Frei", Bz, "person_pays_company_invoice", "CH", True, "person", email="thomas.frei@bluewin.ch", tax="", terms="TWINT", comment="Bezahlt von Thomas Frei privat für Rechnung der Frei Haustechnik GmbH"), [L("IT-2001", 2), L("IT-2003", 2)]))
S.append((B("Internationales Komitee vom Roten Kreuz (IKRK)", Bz, "international_org", "CH", True, "org", email="gva_procurement@icrc.org", tax="", terms="30 Tage netto", ref=True), [L("IT-2001", 10), L("IT-2002", 10), L("IT-2003", 10)]))
S.append((B("Weltgesundheitsorganisation WHO, Genf", Bz, "international_org", "CH", True, "org", email="procurement@who.int", tax="", terms="30 Tage netto", ref=True), [L("V-3002", 40), L("V-3010", 12)]))
S.append((B("Schweizerische Bundesbahnen SBB", Bz, "state_owned_company_procurement", "CH", True, "org", email="beschaffung@sbb.ch", tax=ch_uid(rng) + " MWST", terms="30 Tage netto", comment="Gemäss Zuschlag simap Projekt-ID 284511, Rahmenvertrag Büromobiliar"), [L("B-10021", 12), L("B-10022", 10)]))
S.append((B("", Bz, "product_only_business_goods", "CH", True, "none", email="", tax="", terms=""), [L("V-3001", 2)]))
S.append((B("", Cz, "product_only_household_goods", "CH", True, "none", email="", tax="", terms=""), [L("H-4010", 1)]))

S += [(b, l) for b, l in S if b["amb"] and (len(l) > 1 or b["kind"] in ("international_org", "company_household_goods_only"))]  # repeat orders
orders = gen_orders(rng, buyers, CAT, S, 205, maxlines=4)

hdr = ["Belegnummer", "Buchungsdatum", "Fälligkeitsdatum", "Kunden-/Lieferantencode", "Kunden-/Lieferantenname",
       "Kontaktperson", "Kunden-/Lieferantenreferenznr.", "UID-Nummer", "E-Mail", "Artikelnummer", "Artikelbeschreibung",
       "Menge", "Preis nach Rabatt", "Steuerkennzeichen", "Zeilensumme (HW)", "Belegsumme (HW)", "Zahlungsbedingungen", "Bemerkungen"]
codes = {}
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Ausgangsrechnungen"
ws.append(hdr)
metas = []
d0 = dt.date(2025, 1, 6)
docno = 250001
contacts = ["M. Schmid", "R. Widmer", "C. Fischer", "B. Huber", "S. Brunner", "P. Graf", ""]
for i, o in enumerate(sorted(orders, key=lambda o: rng.random())):
    b = o["buyer"]
    date = d0 + dt.timedelta(days=int(i * 1.6))
    nm = b["name"]
    if b["ptype"] == "none":
        code = ""
    else:
        code = codes.setdefault(nm, "K%05d" % (10010 + len(codes) * 7))
    terms = b.get("terms") or (rng.choice(TERMS_ORG) if b["ptype"] == "org" else rng.choice(["Vorauskasse", "Kreditkarte", "TWINT", "Bar"]))
    due = date + dt.timedelta(days=30 if "30" in terms else (60 if "60" in terms else 0))
    ref = ""
    if b.get("ref") is True and rng.random() < 0.8:
        ref = rng.choice(["Bestellung ", "PO ", "Best.-Nr. "]) + str(rng.randint(4500000000, 4599999999))
    contact = rng.choice(contacts) if b["ptype"] == "org" else ""
    vat = "A2" if b["country"] == "AT" and b["ptype"] == "org" else "S8"  # export vs domestic standard rate
    rate = 0 if vat == "A2" else 0.081
    tot = round(sum(c["price"] * q for c, q in o["lines"]) * (1 + rate), 2)
    for c, q in o["lines"]:
        ws.append(["%d" % docno, date, due, code, nm, contact, ref, b.get("tax", ""), b.get("email", ""), c["code"], c["name"],
                   q, c["price"], vat, round(c["price"] * q, 2), tot, terms, b.get("comment", "")])
        metas.append(meta(b))
    docno += 1
for row in ws.iter_rows(min_row=2):
    row[1].number_format = row[2].number_format = "DD.MM.YYYY"
    for k in (12, 14, 15):
        row[k].number_format = "#,##0.00"
wb.save(f"{LAY}/{LID}.xlsx")
write_labels(LID, metas)
write_key(LID, {
    "id": LID, "system": "SAP Business One (A/R invoice lines, 'Export to Excel' of a query/report), German UI, CH localisation",
    "country": "CH", "language": "de",
    "docs": ["SAP Business One document fields (DocNum, DocDate, DocDueDate, CardCode, CardName, NumAtCard, LicTradNum, E_Mail, ItemCode, Dscription, Quantity, Price, VatGroup, LineTotal, DocTotal, payment terms, Comments) as described in public SAP B1 integration docs (e.g. my-infra.de SBO interface description) and sap-b1-blog.com glossary; German UI labels written from the B1 German client as closest available wording - exact column captions were not found verbatim in the documentation searched",
             "Swiss UID format CHE-123.456.789 MWST, Austrian ATU numbers for Vorarlberg/Tirol customers, CHF amounts, VAT codes S8 (8.1 % domestic) / A2 (export)"],
    "fields": {"buyer": "Kunden-/Lieferantenname", "product": "Artikelbeschreibung", "quantity": "Menge", "amount": "Zeilensumme (HW)",
               "tax_id": "UID-Nummer", "email": "E-Mail", "payment": "Zahlungsbedingungen", "comment": "Bemerkungen"},
    "also_ok": {"amount": ["Belegsumme (HW)"], "buyer": ["Kunden-/Lieferantencode"]},
    "notes": "One row per invoice line; header fields repeated on every line; one invoice = one Belegnummer. No title or totals rows. 'Barverkauf Laden St.Gallen' is the shop's cash-sale business partner (anonymous retail). Two records have no business partner at all (product only). Public bodies mostly carry no UID in the BP master (left empty)."})
print(LID, len(metas))
