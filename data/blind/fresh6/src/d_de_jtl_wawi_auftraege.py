"""JTL-Wawi (DE) order export, one line per Auftragsposition (JTL-Ameise style CSV).
Rebuilds layouts/d_de_jtl_wawi_auftraege.csv and its key. Seed fixed."""
import csv
import datetime as dt
import io
import random

import d_common as C

ID = "d_de_jtl_wawi_auftraege"
rng = random.Random(60601)

# (Artikelnummer, Artikelname, Netto-Preis, household?)
ART = [
    ("BRO-HLL2350", "Brother HL-L2350DW Laserdrucker s/w", 109.24, False),
    ("HP-305BK", "HP 305 Tintenpatrone schwarz", 11.76, True),
    ("HP-305CL", "HP 305 Tintenpatrone dreifarbig", 14.28, True),
    ("LOG-MK270", "Logitech MK270 Wireless Tastatur-Maus-Set", 25.21, False),
    ("DELL-P2423D", "Dell P2423D 24 Zoll QHD Monitor", 201.68, False),
    ("NAV-A4-80", "Navigator Universal Kopierpapier A4 80 g, 500 Blatt", 5.04, False),
    ("LEITZ-1010", "Leitz 1010 Ordner 180 mm A4 blau", 2.94, False),
    ("SAM-TABA9", "Samsung Galaxy Tab A9+ 64 GB WiFi", 167.23, True),
    ("DEL-ECAM22", "De'Longhi Magnifica S ECAM 22.110.B Kaffeevollautomat", 293.28, True),
    ("TEF-KO6931", "Tefal KO6931 Wasserkocher Edelstahl 1,7 l", 33.61, True),
    ("PHI-HD9270", "Philips HD9270/90 Airfryer XL", 125.21, True),
    ("LEN-TP-E14", "Lenovo ThinkPad E14 Gen 5, i5, 16 GB, 512 GB SSD", 755.46, False),
    ("APC-BX950", "APC Back-UPS BX950MI USV", 92.44, False),
    ("FEL-KOPF", "Fellowes Aktenvernichter Powershred 79Ci", 184.03, False),
    ("JBL-T510", "JBL Tune 510BT Bluetooth-Kopfhörer", 33.61, True),
    ("SONY-KD55", "Sony Bravia KD-55X75WL 55 Zoll 4K Fernseher", 587.39, True),
    ("IKEA-MARKUS", "Bürodrehstuhl ergonomisch, Netzrücken, schwarz", 159.66, False),
    ("SERV-42HE", "19-Zoll Serverschrank 42 HE 800x1000 mm", 798.32, False),
    ("UBI-U6LITE", "Ubiquiti UniFi U6 Lite Access Point", 92.44, False),
    ("EDDING-3000", "edding 3000 Permanentmarker, 10er Pack", 9.24, False),
    ("STAB-BOSS", "STABILO BOSS Textmarker, 4er Etui", 3.36, True),
    ("SPIG-H50", "Spigen Handyhülle für iPhone 15, schwarz", 12.60, True),
    ("BRA-ORALB", "Oral-B Pro 3 3000 elektrische Zahnbürste", 41.18, True),
    ("MS-365BS", "Microsoft 365 Business Standard, 1 Jahr, ESD", 129.41, False),
    ("TESA-PACK", "tesapack Paketband 50 m x 50 mm, 6 Rollen", 10.92, False),
    ("DYMO-LW550", "DYMO LabelWriter 550 Etikettendrucker", 84.03, False),
]
A = {a[0]: a for a in ART}
OFFICE = [a for a in ART if not a[3] and a[0] not in ("SERV-42HE", "MS-365BS")]
HOUSE = [a for a in ART if a[3]]

FIRST = ["Thomas", "Andrea", "Stefan", "Sabine", "Michael", "Julia", "Markus", "Katrin", "Jan", "Anna",
         "Tobias", "Melanie", "Florian", "Nicole", "Sebastian", "Laura", "Daniel", "Claudia", "Lukas", "Sandra"]
LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
        "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
        "Braun", "Krüger", "Hartmann", "Lange", "Werner", "Krause", "Lehmann"]
FREEMAIL = ["gmx.de", "web.de", "t-online.de", "gmail.com", "outlook.de", "freenet.de", "posteo.de"]
CITIES = [("10115", "Berlin"), ("20095", "Hamburg"), ("80331", "München"), ("50667", "Köln"),
          ("60311", "Frankfurt am Main"), ("70173", "Stuttgart"), ("04109", "Leipzig"), ("48143", "Münster"),
          ("33602", "Bielefeld"), ("90402", "Nürnberg"), ("28195", "Bremen"), ("01067", "Dresden")]
STREETS = ["Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Lindenallee", "Goethestraße",
           "Kirchplatz", "Am Markt", "Industriestraße", "Ringstraße", "Mühlenweg"]

# Public bodies: name, email domain, PLZ, Ort, kind
GOV = [
    ("Stadt Münster - Amt für Immobilienmanagement", "stadt-muenster.de", "48143", "Münster", "municipality"),
    ("Gemeinde Hohenbrunn", "hohenbrunn.de", "85662", "Hohenbrunn", "municipality"),
    ("Landratsamt Ebersberg", "lra-ebe.de", "85560", "Ebersberg", "county_office"),
    ("Bezirksamt Pankow von Berlin", "ba-pankow.berlin.de", "13187", "Berlin", "municipality"),
    ("Polizeipräsidium Mittelfranken", "polizei.bayern.de", "90443", "Nürnberg", "police"),
    ("Universität Hamburg, Fachbereich Informatik", "uni-hamburg.de", "22527", "Hamburg", "public_university"),
    ("Städtisches Gymnasium Gütersloh", "gymnasium-guetersloh.de", "33330", "Gütersloh", "public_school"),
    ("Grundschule am Lindenhof", "schulen-bielefeld.de", "33602", "Bielefeld", "public_school"),
    ("Landesamt für Steuern Niedersachsen", "lfst.niedersachsen.de", "30159", "Hannover", "state_agency"),
    ("Bundesanstalt Technisches Hilfswerk, OV Kiel", "thw.de", "24145", "Kiel", "federal_agency"),
    ("Landesbetrieb Straßenbau NRW, Regionalniederlassung Münsterland", "strassen.nrw.de", "48145", "Münster", "state_agency"),
    ("Amtsgericht Leipzig", "justiz.sachsen.de", "04107", "Leipzig", "court"),
    ("Deutsche Rentenversicherung Bund", "drv-bund.de", "10709", "Berlin", "federal_agency"),
    ("Kreisverwaltung Mainz-Bingen", "mainz-bingen.de", "55218", "Ingelheim am Rhein", "county_office"),
    ("Bundeswehr - Karrierecenter Düsseldorf", "bundeswehr.org", "40476", "Düsseldorf", "armed_forces"),
]
BIZ = [
    ("Malerbetrieb Krause GmbH", "malerbetrieb-krause.de", "company"),
    ("Schäfer & Lorenz Steuerberatungsgesellschaft mbH", "schaefer-lorenz-stb.de", "company"),
    ("HOFMANN Logistik GmbH & Co. KG", "hofmann-logistik.de", "company"),
    ("Bosch Rexroth AG", "boschrexroth.de", "company"),
    ("dm-drogerie markt GmbH + Co. KG", "dm.de", "company"),
    ("Fielmann AG", "fielmann.com", "company"),
    ("Ingenieurbüro Wendt GmbH", "ib-wendt.de", "company"),
    ("Autohaus Brinkmann GmbH", "autohaus-brinkmann.de", "company"),
    ("Kanzlei Dr. Wolf & Partner Rechtsanwälte mbB", "wolf-partner.de", "law_firm"),
    ("Praxis für Physiotherapie Neumann", "physio-neumann.de", "sole_trader"),
    ("Elektro Schulze e.K.", "elektro-schulze.de", "sole_trader"),
    ("Zahnarztpraxis Dr. Petra Lange", "zahnarzt-lange.de", "sole_trader"),
    ("Evangelische Kirchengemeinde St. Marien", "marien-gemeinde.de", "church"),
    ("Förderverein der Grundschule am Lindenhof e.V.", "gmx.de", "parents_association"),
    ("Deutsches Rotes Kreuz Kreisverband Hannover e.V.", "drk-hannover.de", "nonprofit"),
    ("Wohnungseigentümergemeinschaft Goethestraße 12", "web.de", "homeowners_association"),
    ("Buchhandlung Lesezeichen Inh. Anke Vogt", "lesezeichen-buch.de", "sole_trader"),
]
PAY_PERSON = ["PayPal", "PayPal", "Kreditkarte", "Vorkasse", "Klarna Sofort", "Nachnahme"]


def person():
    return rng.choice(FIRST), rng.choice(LAST)


def freemail(v, n):
    tr = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
    style = rng.choice(["{v}.{n}", "{v}{n}", "{v1}.{n}", "{n}{y}"])
    local = style.format(v=v.lower(), n=n.lower(), v1=v[0].lower(), y=rng.randint(60, 99)).translate(tr)
    return f"{local}@{rng.choice(FREEMAIL)}"


def addr():
    plz, ort = rng.choice(CITIES)
    return f"{rng.choice(STREETS)} {rng.randint(1, 120)}", plz, ort


docs = []  # each doc: dict(head=..., lines=[(artnr, name, qty, net)], label, amb, kind, cc)


def lines_from(pool, n, qty=(1, 3)):
    picks = rng.sample(pool, n)
    return [(a[0], a[1], rng.randint(*qty), a[2]) for a in picks]


def add(head, lines, label, amb, kind, cc="DE"):
    docs.append(dict(head=head, lines=lines, label=label, amb=amb, kind=kind, cc=cc))


def base_head(**kw):
    h = dict(plattform="JTL-Shop", kgruppe="Endkunden", firma="", anrede="", vorname="", nachname="",
             strasse="", plz="", ort="", land="Deutschland", email="", ustid="", zahlung="PayPal",
             anm="", ext="")
    h.update(kw)
    return h


# --- clear B2C webshop orders
for _ in range(48):
    v, n = person()
    s, plz, ort = addr()
    anrede = "Frau" if v in ("Andrea", "Sabine", "Julia", "Katrin", "Anna", "Melanie", "Nicole", "Laura", "Claudia", "Sandra") else "Herr"
    nm = n.upper() if rng.random() < 0.08 else n
    h = base_head(anrede=anrede, vorname=v, nachname=nm + (" " if rng.random() < 0.1 else ""), strasse=s, plz=plz,
                  ort=ort, email=freemail(v, n), zahlung=rng.choice(PAY_PERSON),
                  plattform=rng.choice(["JTL-Shop", "JTL-Shop", "Amazon", "eBay"]))
    if h["plattform"] == "Amazon":
        h["ext"] = f"30{rng.randint(2,8)}-{rng.randint(1000000,9999999)}-{rng.randint(1000000,9999999)}"
        h["zahlung"] = "Amazon Pay"
    pool = HOUSE if rng.random() < 0.7 else ART[:8]
    add(h, lines_from(pool, rng.choice([1, 1, 1, 2, 2, 3]), (1, 2)), "B2C", False, "private_person")

# --- clear B2B companies
for name, dom, kind in BIZ:
    for _ in range(rng.choice([1, 2, 2, 3])):
        s, plz, ort = addr()
        v, n = person()
        h = base_head(kgruppe=rng.choice(["Endkunden", "Firmenkunden", "Firmenkunden"]), firma=name,
                      anrede=rng.choice(["Herr", "Frau", ""]), vorname=v, nachname=n, strasse=s, plz=plz, ort=ort,
                      email=(f"{v.lower()}.{n.lower()}@{dom}" if dom not in ("gmx.de", "web.de") else freemail(v, n))
                      .translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})),
                      ustid=C.de_ustid(rng) if kind in ("company", "law_firm") and rng.random() < 0.8 else "",
                      zahlung=rng.choice(["Rechnung", "Rechnung", "Vorkasse", "PayPal", "Lastschrift"]),
                      ext=rng.choice(["", "", f"PO-{rng.randint(4500000, 4599999)}", f"Best. {rng.randint(100, 999)}/24"]))
        if name.startswith("dm-") or name.startswith("Bosch") or name.startswith("Fielmann"):
            h["firma"] = name.upper() if rng.random() < 0.3 else name
        add(h, lines_from(OFFICE, rng.choice([1, 2, 3, 3]), (2, 20)), "B2B",
            False, kind)

# --- clear B2G public bodies
for name, dom, plz, ort, kind in GOV:
    for _ in range(rng.choice([1, 2, 2])):
        v, n = person()
        h = base_head(kgruppe=rng.choice(["Öffentliche Auftraggeber", "Firmenkunden", "Endkunden"]), firma=name, vorname=v, nachname=n,
                      anrede=rng.choice(["Herr", "Frau"]), strasse=rng.choice(STREETS) + f" {rng.randint(1, 60)}",
                      plz=plz, ort=ort, email=rng.choice([f"beschaffung@{dom}", f"{v[0].lower()}.{n.lower()}@{dom}".translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}))]),
                      zahlung="Rechnung", ext=rng.choice(["", f"Bestellschein Nr. {rng.randint(100, 999)}", f"Az. {rng.randint(10, 99)}-{rng.randint(1000, 9999)}/2024"]),
                      anm=rng.choice(["", "Leitweg-ID bitte auf Rechnung angeben", "XRechnung erforderlich", "Lieferung an Poststelle"]))
        add(h, lines_from(OFFICE, rng.choice([1, 2, 3]), (2, 25)), "B2G", False, kind)

# --- ambiguous cases named by the policy
# person with .gov-type address buying household goods, paid privately, home delivery
for dom in ("polizei.bayern.de", "bundeswehr.org", "justiz.sachsen.de"):
    v, n = person(); s, plz, ort = addr()
    add(base_head(vorname=v, nachname=n, anrede="Herr", strasse=s, plz=plz, ort=ort,
                  email=f"{v.lower()}.{n.lower()}@{dom}".translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})),
                  zahlung=rng.choice(["PayPal", "Kreditkarte"])),
        [("PHI-HD9270", A["PHI-HD9270"][1], 1, A["PHI-HD9270"][2])] if dom != "bundeswehr.org" else
        [("SONY-KD55", A["SONY-KD55"][1], 1, A["SONY-KD55"][2])], "B2C", True, "person_gov_email")
# person with company e-mail buying household goods
v, n = person(); s, plz, ort = addr()
add(base_head(vorname=v, nachname=n, strasse=s, plz=plz, ort=ort, email=f"{v.lower()}.{n.lower()}@boschrexroth.de",
              zahlung="Kreditkarte"), [("BRA-ORALB", A["BRA-ORALB"][1], 1, A["BRA-ORALB"][2])], "B2C", True, "person_company_email")
# company buys one household appliance only
for name, dom in (("Ingenieurbüro Wendt GmbH", "ib-wendt.de"), ("Autohaus Brinkmann GmbH", "autohaus-brinkmann.de")):
    add(base_head(kgruppe="Firmenkunden", firma=name, vorname="", nachname="Buchhaltung", strasse="Industriestraße 4",
                  plz="48155", ort="Münster", email=f"info@{dom}", zahlung="Rechnung"),
        [("DEL-ECAM22", A["DEL-ECAM22"][1], 1, A["DEL-ECAM22"][2])], "B2B", True, "company_household_item")
# sole trader (e.K.) buys a TV paying PayPal
add(base_head(firma="Elektro Schulze e.K.", vorname="Rainer", nachname="Schulze", strasse="Mühlenweg 7", plz="33602",
              ort="Bielefeld", email="rainer.schulze@web.de", zahlung="PayPal"),
    [("SONY-KD55", A["SONY-KD55"][1], 1, A["SONY-KD55"][2])], "B2B", True, "sole_trader_personal_payment")
# private person buys 40 identical phone cases
v, n = person(); s, plz, ort = addr()
add(base_head(vorname=v, nachname=n, strasse=s, plz=plz, ort=ort, email=freemail(v, n), zahlung="PayPal", plattform="eBay"),
    [("SPIG-H50", A["SPIG-H50"][1], 40, A["SPIG-H50"][2])], "B2C", True, "private_bulk_quantity")
# private person states resale
v, n = person(); s, plz, ort = addr()
add(base_head(vorname=v, nachname=n, strasse=s, plz=plz, ort=ort, email=freemail(v, n), zahlung="Vorkasse",
              anm="Ware ist zum Wiederverkauf in meinem Laden bestimmt"),
    [("JBL-T510", A["JBL-T510"][1], 12, A["JBL-T510"][2]), ("STAB-BOSS", A["STAB-BOSS"][1], 30, A["STAB-BOSS"][2])],
    "B2B", True, "private_stated_resale")
# person paying a company's invoice
add(base_head(vorname="Heike", nachname="Zimmermann", strasse="Schillerstraße 18", plz="70173", ort="Stuttgart",
              email="heike.zimmermann@gmx.de", zahlung="Überweisung",
              anm="Zahlung für Rechnung der Zimmermann Haustechnik GmbH, bitte Rechnung auf Firma"),
    [("LOG-MK270", A["LOG-MK270"][1], 4, A["LOG-MK270"][2]), ("DELL-P2423D", A["DELL-P2423D"][1], 2, A["DELL-P2423D"][2])],
    "B2B", True, "person_pays_company_invoice")
# state-owned company under procurement rules
add(base_head(kgruppe="Firmenkunden", firma="DB InfraGO AG", vorname="Martin", nachname="Koch", strasse="Adam-Riese-Straße 11-13",
              plz="60327", ort="Frankfurt am Main", email="martin.koch@deutschebahn.com", ustid=C.de_ustid(rng),
              zahlung="Rechnung", ext="Vergabe-Nr. 24FEI12345", anm="Abruf aus Rahmenvertrag nach SektVO"),
    [("LEN-TP-E14", A["LEN-TP-E14"][1], 10, A["LEN-TP-E14"][2]), ("APC-BX950", A["APC-BX950"][1], 5, A["APC-BX950"][2])],
    "B2B", True, "state_owned_company_procurement")
add(base_head(kgruppe="Firmenkunden", firma="Stadtwerke München GmbH", vorname="", nachname="Einkauf",
              strasse="Emmy-Noether-Straße 2", plz="80992", ort="München", email="einkauf@swm.de", ustid=C.de_ustid(rng),
              zahlung="Rechnung", ext="Ausschreibung SWM-2024-0871"),
    [("UBI-U6LITE", A["UBI-U6LITE"][1], 24, A["UBI-U6LITE"][2])], "B2B", True, "state_owned_company_procurement")
# state-owned company without procurement rules: plain B2B
add(base_head(kgruppe="Firmenkunden", firma="Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH", vorname="Sarah",
              nachname="Becker", strasse="Friedrich-Ebert-Allee 32", plz="53113", ort="Bonn", email="sarah.becker@giz.de",
              ustid=C.de_ustid(rng), zahlung="Rechnung"),
    [("DYMO-LW550", A["DYMO-LW550"][1], 3, A["DYMO-LW550"][2]), ("NAV-A4-80", A["NAV-A4-80"][1], 20, A["NAV-A4-80"][2])],
    "B2B", False, "state_owned_company")
# international organisation
add(base_head(kgruppe="Firmenkunden", firma="Sekretariat der Klimarahmenkonvention der Vereinten Nationen (UNFCCC)",
              nachname="Procurement Unit", strasse="Platz der Vereinten Nationen 1", plz="53113", ort="Bonn",
              email="procurement@unfccc.int", zahlung="Rechnung"),
    [("DELL-P2423D", A["DELL-P2423D"][1], 6, A["DELL-P2423D"][2]), ("LOG-MK270", A["LOG-MK270"][1], 6, A["LOG-MK270"][2])],
    "B2B", True, "international_org")
# public school buys one kettle
add(base_head(kgruppe="Öffentliche Auftraggeber", firma="Grundschule am Lindenhof", nachname="Sekretariat",
              strasse="Lindenallee 2", plz="33602", ort="Bielefeld", email="sekretariat@schulen-bielefeld.de", zahlung="Rechnung"),
    [("TEF-KO6931", A["TEF-KO6931"][1], 1, A["TEF-KO6931"][2])], "B2G", True, "public_school_household_item")
add(base_head(kgruppe="Öffentliche Auftraggeber", firma="Gemeinde Hohenbrunn", nachname="Rathaus", strasse="Rathausplatz 1",
              plz="85662", ort="Hohenbrunn", email="rathaus@hohenbrunn.de", zahlung="Rechnung"),
    [("DEL-ECAM22", A["DEL-ECAM22"][1], 1, A["DEL-ECAM22"][2])], "B2G", True, "municipality_household_item")
# foundation set up by the federal state, registered under private law
add(base_head(kgruppe="Firmenkunden", firma="Stiftung Warentest", nachname="Einkauf", strasse="Lützowplatz 11-13",
              plz="10785", ort="Berlin", email="einkauf@stiftung-warentest.de", zahlung="Rechnung",
              ext=f"Bestellung {rng.randint(2400100, 2400999)}"),
    [("PHI-HD9270", A["PHI-HD9270"][1], 3, A["PHI-HD9270"][2]), ("TEF-KO6931", A["TEF-KO6931"][1], 3, A["TEF-KO6931"][2])],
    "B2B", True, "state_founded_foundation")
# thin records: product only
add(base_head(plattform="JTL-Wawi", land="", zahlung=""), [("SERV-42HE", A["SERV-42HE"][1], 2, A["SERV-42HE"][2])],
    "B2B", True, "product_only")
add(base_head(plattform="JTL-Wawi", land="", zahlung=""), [("MS-365BS", A["MS-365BS"][1], 15, A["MS-365BS"][2])],
    "B2B", True, "product_only")
add(base_head(plattform="JTL-Wawi", land="", zahlung=""), [("JBL-T510", A["JBL-T510"][1], 1, A["JBL-T510"][2])],
    "B2C", True, "product_only")
# sparse: name + product only, clear enough (person)
for _ in range(4):
    v, n = person()
    add(base_head(nachname=f"{n}, {v}", land="", zahlung=""), lines_from(HOUSE, 1, (1, 1)), "B2C", False, "private_person")
# Austrian company ordering (EU B2B with UID)
add(base_head(kgruppe="Firmenkunden", firma="Tischlerei Gruber GmbH", vorname="Josef", nachname="Gruber", strasse="Hauptplatz 3",
              plz="8010", ort="Graz", land="Österreich", email="office@tischlerei-gruber.at", ustid=C.at_uid(rng),
              zahlung="Vorkasse", anm="innergemeinschaftliche Lieferung, steuerfrei"),
    [("FEL-KOPF", A["FEL-KOPF"][1], 1, A["FEL-KOPF"][2]), ("LEITZ-1010", A["LEITZ-1010"][1], 20, A["LEITZ-1010"][2])],
    "B2B", False, "company", "AT")

rng.shuffle(docs)

HEAD = ["Auftragsnummer", "Erstellt am", "Plattform", "Kundennummer", "Kundengruppe", "Firma", "Anrede", "Vorname",
        "Nachname", "Straße", "PLZ", "Ort", "Land", "E-Mail", "USt-IdNr.", "Artikelnummer", "Artikelname", "Menge",
        "Einzelpreis Netto", "Einzelpreis Brutto", "Steuersatz", "Gesamt Netto", "Gesamt Brutto", "Zahlungsart",
        "Anmerkung", "Externe Auftragsnummer"]
rows, labels = [], []
d0 = dt.date(2024, 4, 2)
kunden = {}
for i, d in enumerate(docs):
    h = d["head"]
    key = (h["firma"], h["nachname"], h["email"])
    if key not in kunden and (h["firma"] or h["email"]):
        kunden[key] = str(20000 + len(kunden) * 7 + rng.randint(0, 6))
    knr = kunden.get(key, "")
    date = d0 + dt.timedelta(days=i // 2)
    anr = f"AU2024-{10480 + i}"
    tax = 0.0 if "steuerfrei" in h["anm"] else 19.0
    for art, name, qty, net in d["lines"]:
        gross = round(net * (1 + tax / 100), 2)
        rows.append([anr, date.strftime("%d.%m.%Y") + f" {rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}",
                     h["plattform"], knr, h["kgruppe"] if (h["firma"] or h["email"]) else "", h["firma"], h["anrede"],
                     h["vorname"], h["nachname"], h["strasse"], h["plz"], h["ort"], h["land"], h["email"], h["ustid"],
                     art, name, C.dec(qty, 2), C.dec(net, 2), C.dec(gross, 2), C.dec(tax, 2),
                     C.dec(net * qty, 2), C.dec(gross * qty, 2), h["zahlung"], h["anm"], h["ext"]])
        labels.append((d["label"], d["amb"], d["kind"], d["cc"]))

buf = io.StringIO()
w = csv.writer(buf, delimiter=";", quotechar='"', quoting=csv.QUOTE_ALL, lineterminator="\r\n")
w.writerow(HEAD)
w.writerows(rows)
(C.OUT / "layouts").mkdir(exist_ok=True)
with open(C.OUT / "layouts" / f"{ID}.csv", "w", encoding="cp1252", newline="") as f:
    f.write(buf.getvalue())

meta = {
    "id": ID,
    "system": "JTL-Wawi (JTL-Software, DE): order export (Aufträge) via JTL-Ameise, one line per Auftragsposition",
    "country": "DE",
    "language": "de",
    "docs": [
        "guide.jtl-software.com/jtl-wawi/jtl-ameise/rechnungen-exportieren: JTL-Ameise exports CSV; delimiter, quote "
        "character and header line are set in 'Exportdatei', fields chosen from a list and ordered as in the Kopfzeile",
        "guide.jtl-software.com (Aufträge mit JTL-Ameise importieren): order CSV has one line per Auftragsposition, "
        "Kundennummer/Bestellnummer, Vorname, Name, Straße, PLZ, Ort, Land, Artikelnummer/Artikelname, VK Brutto/Netto, Menge",
        "guide.jtl-software.com Auftragsdetails/Auftragsverwaltung: field names Auftragsnummer, Kundennummer, Kundengruppe, "
        "Firma, Plattform (JTL-Shop, Amazon, eBay), Externe Auftragsnummer, Zahlungsart, Anmerkung",
        "developer.jtl-software.com (XML Auftragsimport): Wawi data in Latin-1; used here as Windows-1252 CSV with ';' "
        "and decimal comma as German Windows exports write it",
    ],
    "fields": {"buyer": "Firma", "product": "Artikelname", "quantity": "Menge", "amount": "Gesamt Brutto",
               "tax_id": "USt-IdNr.", "email": "E-Mail", "payment": "Zahlungsart", "comment": "Anmerkung"},
    "also_ok": {"buyer": ["Nachname", "Vorname"], "amount": ["Gesamt Netto"], "product": ["Artikelnummer"],
                "comment": ["Externe Auftragsnummer"]},
    "notes": "CSV, Windows-1252, ';' delimiter, all fields quoted, CRLF, decimal comma, dates dd.mm.yyyy hh:mm. "
             "One record per order position; order head data repeat on every position line, all lines of one "
             "Auftragsnummer share the label. Firma is empty for private customers (then Vorname/Nachname name the "
             "buyer); a few sparse orders hold only 'Nachname, Vorname' or only the product. Kundengruppe is the shop's "
             "own customer group and is not reliable (many companies sit in 'Endkunden'). No title or totals lines.",
}
C.write_key(meta, labels)
print(ID, len(rows), "records,", len(docs), "orders")
