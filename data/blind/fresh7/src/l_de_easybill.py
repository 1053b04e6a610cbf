"""easybill (DE) Rechnungsausgangsbuch export, CSV (semicolon, UTF-8 with BOM), one row per document."""
import datetime as dt
import numpy as np
from l_common import LAYOUTS, de_vat_random, de_num, write_key, write_labels, at_uid, nl_vat, pl_nip

ID = "l_de_easybill_rechnungen"
rng = np.random.default_rng(70101)

HEAD = ["Dokumentennummer", "Dokumententyp", "Dokumentendatum", "Fälligkeitsdatum", "Kundennummer",
        "Firma", "Anrede", "Vorname", "Nachname", "Straße", "PLZ", "Ort", "Land", "E-Mail", "USt-IdNr.",
        "Titel", "Netto", "MwSt.", "Brutto", "Währung", "Zahlungsart", "Bezahlt am", "Status", "Bemerkung"]

# (name, net price)
IT = [("Lenovo ThinkPad E14 Gen 5, i5-1335U, 16 GB, 512 GB SSD", 829.0),
      ("Dell Monitor P2723D 27 Zoll QHD", 279.0),
      ("Brother HL-L2350DW Laserdrucker", 119.0),
      ("Microsoft 365 Business Standard (Jahreslizenz)", 140.4),
      ("Webhosting Paket M (12 Monate)", 95.88),
      ("Einrichtung Netzwerk / WLAN vor Ort (Std.)", 85.0),
      ("Synology DiskStation DS923+ inkl. 4x 4 TB", 1249.0),
      ("APC Back-UPS Pro 1500", 219.0),
      ("Logitech MX Keys Business Tastatur", 109.0),
      ("Ubiquiti UniFi U6 Pro Access Point", 159.0),
      ("HP 305A Toner Multipack CMYK", 289.0),
      ("Wartungsvertrag IT-Support Quartal", 450.0),
      ("Jabra Evolve2 65 Headset", 189.0),
      ("Apple iPad 10. Gen 64 GB WiFi", 419.0),
      ("Fujitsu ScanSnap iX1600", 389.0)]
HOME = [("De'Longhi Magnifica S ECAM 22.110.B Kaffeevollautomat", 285.0),
        ("Philips Airfryer XXL HD9650/90", 210.0),
        ("Samsung 55 Zoll Crystal UHD TV GU55CU7179U", 429.0),
        ("Bosch Wasserkocher TWK3A011", 24.9),
        ("Sony WH-1000XM5 Kopfhörer", 289.0),
        ("Samsung Galaxy Tab A9+ 64 GB", 199.0),
        ("Nintendo Switch OLED", 289.0),
        ("Apple AirPods Pro (2. Gen)", 229.0)]

FIRST_M = ["Thomas", "Michael", "Andreas", "Stefan", "Markus", "Jan", "Florian", "Tobias", "Lukas", "Christian", "Matthias", "Sebastian"]
FIRST_F = ["Sabine", "Julia", "Anna", "Katrin", "Laura", "Claudia", "Nicole", "Lena", "Sandra", "Melanie", "Sarah", "Petra"]
LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
        "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange"]
FREEMAIL = ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de"]
CITIES = [("04109", "Leipzig"), ("01067", "Dresden"), ("10115", "Berlin"), ("80331", "München"), ("50667", "Köln"),
          ("20095", "Hamburg"), ("90402", "Nürnberg"), ("99084", "Erfurt"), ("06108", "Halle (Saale)"), ("09111", "Chemnitz")]
STREETS = ["Hauptstraße", "Bahnhofstraße", "Gartenweg", "Lindenallee", "Schulstraße", "Karl-Liebknecht-Straße", "Ringstraße", "Am Markt", "Bergstraße"]

COMPANIES = [  # name, domain, city idx
    ("Krüger Haustechnik GmbH", "krueger-haustechnik.de", 0), ("Sachsen Logistik GmbH & Co. KG", "sachsen-logistik.de", 1),
    ("Brandt & Partner Steuerberatungsgesellschaft mbH", "brandt-partner-stb.de", 0), ("Pixelwerk Medien UG (haftungsbeschränkt)", "pixelwerk-medien.de", 2),
    ("Elbtal Dental GmbH", "elbtal-dental.de", 1), ("Hoffmann Elektro e.K.", "elektro-hoffmann.de", 9),
    ("Weber Immobilienverwaltung GmbH", "weber-immo.de", 3), ("Café Lindner OHG", "cafe-lindner.de", 0),
    ("Nordlicht Consulting GmbH", "nordlicht-consulting.de", 5), ("Autohaus Schwarz GmbH", "autohaus-schwarz.de", 8),
    ("Richter Metallbau GmbH", "richter-metallbau.de", 9), ("Zahnarztpraxis Dr. Neumann", "praxis-neumann.de", 7),
    ("Bäckerei Klein e.K.", "baeckerei-klein.de", 6), ("Lange Architekten PartGmbB", "lange-architekten.de", 2),
    ("GreenLeaf Software GmbH", "greenleaf-software.de", 4), ("Ostsee Reisen GmbH", "ostsee-reisen.de", 5),
    ("Fahrschule Wolf", "fahrschule-wolf.de", 0), ("Koch Maschinenbau AG", "koch-maschinenbau.de", 6)]
FREELANCERS = [  # trade name / person, domain or None, title
    ("Rechtsanwältin Dr. Claudia Becker", "ra-becker.de"), ("Fotografie Lena Vogt", None),
    ("Übersetzungsbüro Katrin Schulz", "schulz-uebersetzungen.de"), ("Ingenieurbüro Matthias Lange", "ib-lange.de"),
    ("Physiotherapie Sarah Zimmermann", "physio-zimmermann.de"), ("Webdesign Tobias Koch", None)]
PUBLIC = [  # name, domain, kind, Leitweg prefix
    ("Stadt Leipzig, Amt für Jugend und Familie", "leipzig.de", "municipality", "14713000"),
    ("Landeshauptstadt Dresden, Schulverwaltungsamt", "dresden.de", "municipality", "14612000"),
    ("Landratsamt Ebersberg", "lra-ebe.de", "county", "09175"),
    ("Gemeinde Unterhaching", "unterhaching.de", "municipality", "09184148"),
    ("Universität Leipzig, Institut für Informatik", "uni-leipzig.de", "public_university", "14"),
    ("Technische Universität Dresden, Fakultät Maschinenwesen", "tu-dresden.de", "public_university", "14"),
    ("Hochschule für Technik und Wirtschaft Berlin", "htw-berlin.de", "public_university", "11"),
    ("Bayerisches Landesamt für Statistik", "statistik.bayern.de", "state_agency", "09"),
    ("Landesamt für Umwelt Brandenburg", "lfu.brandenburg.de", "state_agency", "12"),
    ("Polizeidirektion Leipzig", "polizei.sachsen.de", "police", "14"),
    ("Amtsgericht Hamburg-Altona", "ag-altona.justiz.hamburg.de", "court", "02"),
    ("Stadt Erfurt, Amt für Bildung", "erfurt.de", "municipality", "16051000"),
    ("Botschaft der Republik Polen", "msz.gov.pl", "embassy", None)]

docs = []  # each: dict(fields) + label tuple
_VAT = {}


def vat_of(name):
    if name not in _VAT:
        _VAT[name] = de_vat_random(rng)
    return _VAT[name]


def person(female=None):
    f = rng.random() < 0.5 if female is None else female
    return ("Frau" if f else "Herr"), str(rng.choice(FIRST_F if f else FIRST_M)), str(rng.choice(LAST))


def mail_for(first, last, dom):
    tr = str.maketrans({"ü": "ue", "ö": "oe", "ä": "ae", "ß": "ss"})
    return f"{first.lower().translate(tr)}.{last.lower().translate(tr)}@{dom}"


def addr():
    plz, ort = CITIES[int(rng.integers(0, len(CITIES)))]
    return f"{rng.choice(STREETS)} {int(rng.integers(1, 120))}", plz, ort


def lines(pool, n_max=3, qmax=3):
    n = int(rng.integers(1, n_max + 1))
    idx = rng.choice(len(pool), size=n, replace=False)
    items = [(pool[i][0], pool[i][1], int(rng.integers(1, qmax + 1))) for i in idx]
    return items


def add(firma="", anrede="", vor="", nach="", adr=None, land="DE", email="", vat="", items=None,
        pay="Überweisung", note="", label=("B2B", False, "company", "DE"), typ="Rechnung", paid=True):
    adr = adr or ("", "", "")
    title = items[0][0] if len(items) == 1 else f"{items[0][0]} u. a. ({len(items)} Positionen)"
    net = round(sum(p * q for _, p, q in items), 2)
    docs.append(dict(Firma=firma, Anrede=anrede, Vorname=vor, Nachname=nach, Straße=adr[0], PLZ=adr[1], Ort=adr[2],
                     Land=land, **{"E-Mail": email, "USt-IdNr.": vat}, Titel=title, net=net, Zahlungsart=pay,
                     Bemerkung=note, typ=typ, paid=paid, label=label))


# --- companies (B2B clear)
for _ in range(62):
    name, dom, ci = COMPANIES[int(rng.integers(0, len(COMPANIES)))]
    an, vo, na = person()
    email = rng.choice([f"buchhaltung@{dom}", f"rechnung@{dom}", mail_for(vo, na, dom), f"info@{dom}"])
    vat = vat_of(name) if rng.random() < 0.7 else ""
    plz, ort = CITIES[ci]
    pay = rng.choice(["Überweisung", "Überweisung", "SEPA-Lastschrift", "PayPal"])
    note = rng.choice(["", "", "", f"Ihre Bestellnummer: PO-{int(rng.integers(10000, 99999))}", "Lieferung an Lager, Rampe 2", "Zahlbar innerhalb 14 Tagen ohne Abzug"])
    firma = name.upper() if rng.random() < 0.1 else name + (" " if rng.random() < 0.08 else "")
    add(firma, an, vo, na, (f"{rng.choice(STREETS)} {int(rng.integers(1, 90))}", plz, ort), "DE", email, vat,
        lines(IT, 3, 4), pay, note, ("B2B", False, "company", "DE"))
# company buying household item plus business goods (plain B2B)
for _ in range(4):
    name, dom, ci = COMPANIES[int(rng.integers(0, len(COMPANIES)))]
    items = lines(IT, 2, 2) + [(HOME[0][0], HOME[0][1], 1)]
    add(name, "", "", "", addr(), "DE", f"einkauf@{dom}", vat_of(name), items, "Überweisung", "", ("B2B", False, "company", "DE"))
# foreign EU companies (reverse charge)
for nm, dom, land, vat in [("Van der Berg ICT B.V.", "vdberg-ict.nl", "NL", nl_vat("85967453")),
                           ("Gruber Bau GmbH", "gruber-bau.at", "AT", at_uid("6843102")),
                           ("Nowak Serwis Sp. z o.o.", "nowak-serwis.pl", "PL", pl_nip("525234407"))]:
    for _ in range(2):
        add(nm, "", "", "", ("", "", ""), land, f"office@{dom}", vat, lines(IT, 2, 5), "Überweisung",
            "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge)", ("B2B", False, "company", land))
# freelancers with business use
for _ in range(14):
    nm, dom = FREELANCERS[int(rng.integers(0, len(FREELANCERS)))]
    parts = nm.split()
    email = f"kontakt@{dom}" if dom else f"{parts[-2].lower()}.{parts[-1].lower().replace('ü','ue')}@{rng.choice(FREEMAIL)}"
    add(nm, "", "", "", addr(), "DE", email, vat_of(nm) if rng.random() < 0.5 else "", lines(IT, 2, 2),
        rng.choice(["Überweisung", "PayPal"]), rng.choice(["", "für die Kanzlei", "Büroausstattung"]) if "Rechtsanw" in nm else "",
        ("B2B", False, "freelancer", "DE"))
# non-profits
for nm, dom in [("DRK Kreisverband Leipzig-Land e.V.", "drk-leipzig-land.de"), ("SV Blau-Weiß Markkleeberg e.V.", "bw-markkleeberg.de"),
                ("Evangelisch-Lutherische Kirchgemeinde Leipzig-Connewitz", "kirche-connewitz.de"),
                ("Wohnungseigentümergemeinschaft Lindenallee 12", "")]:
    for _ in range(2):
        add(nm, "", "", "", addr(), "DE", f"vorstand@{dom}" if dom else "", "", lines(IT, 2, 2), "Überweisung", "",
            ("B2B", False, "nonprofit" if "WEG" not in nm and "Wohnung" not in nm else "homeowners_association", "DE"))
# public bodies (B2G clear)
for _ in range(34):
    nm, dom, kind, lw = PUBLIC[int(rng.integers(0, len(PUBLIC)))]
    an, vo, na = person()
    email = rng.choice([mail_for(vo, na, dom), f"beschaffung@{dom}", f"rechnungseingang@{dom}"])
    note = f"Leitweg-ID: {lw}-{int(rng.integers(1000, 9999))}-{int(rng.integers(10, 99))}" if lw and rng.random() < 0.6 else \
        rng.choice(["", f"Bestellschein Nr. {int(rng.integers(2024000, 2024999))}", "XRechnung über ZRE übermittelt"])
    add(nm, an, vo, na, addr(), "DE", email, "", lines(IT, 3, 6), "Überweisung", note,
        ("B2G", False, kind, "DE"))
# public school buying one kettle (B2G, ambiguous)
add("Grundschule am Auwald (Stadt Leipzig)", "", "", "", ("Gustav-Esche-Straße 6", "04179", "Leipzig"), "DE",
    "sekretariat@gs-auwald.leipzig.de", "", [(HOME[3][0], HOME[3][1], 1)], "Überweisung", "Lehrerzimmer",
    ("B2G", True, "public_school", "DE"))
add("Oberschule Dresden-Cotta", "", "", "", ("Cossebauder Straße 35", "01157", "Dresden"), "DE",
    "os-cotta@dresden.de", "", [(HOME[0][0], HOME[0][1], 1)], "Überweisung", "", ("B2G", True, "public_school", "DE"))
# private persons (B2C clear)
for _ in range(30):
    an, vo, na = person()
    dom = str(rng.choice(FREEMAIL))
    email = mail_for(vo, na, dom) if rng.random() < 0.85 else ""
    nach = na.upper() if rng.random() < 0.1 else na
    add("", an, vo, nach, addr(), "DE", email, "", lines(HOME + IT[:2] + IT[13:14], 2, 1),
        str(rng.choice(["PayPal", "PayPal", "Kreditkarte", "Überweisung", "Barzahlung"])),
        str(rng.choice(["", "", "Geschenk", "Lieferung an Packstation"])), ("B2C", False, "private_person", "DE"))
# ---- ambiguous cases
# company buying only one household item
for nm, dom in [("Weber Immobilienverwaltung GmbH", "weber-immo.de"), ("Nordlicht Consulting GmbH", "nordlicht-consulting.de"),
                ("Autohaus Schwarz GmbH", "autohaus-schwarz.de")]:
    h = HOME[int(rng.integers(0, 3))]
    add(nm, "", "", "", addr(), "DE", f"info@{dom}", vat_of(nm), [(h[0], h[1], 1)], "Überweisung", "",
        ("B2B", True, "company", "DE"))
# person with company or government e-mail, household goods, card/PayPal
for vo, na, dom in [("Markus", "Schneider", "siemens.com"), ("Julia", "Wagner", "bmi.bund.de"), ("Andreas", "Koch", "sap.com"),
                    ("Nicole", "Braun", "bundeswehr.org"), ("Jan", "Fischer", "telekom.de")]:
    h = HOME[int(rng.integers(0, len(HOME)))]
    add("", "Herr" if vo in FIRST_M else "Frau", vo, na, addr(), "DE", mail_for(vo, na, dom), "", [(h[0], h[1], 1)],
        str(rng.choice(["PayPal", "Kreditkarte"])), "Lieferung nach Hause", ("B2C", True, "private_person", "DE"))
# sole trader paying by personal card, household-looking goods
add("Fotografie Lena Vogt", "Frau", "Lena", "Vogt", addr(), "DE", "lena.vogt@web.de", vat_of("Fotografie Lena Vogt"),
    [(HOME[2][0], HOME[2][1], 1)], "Kreditkarte", "", ("B2B", True, "sole_trader", "DE"))
add("Hoffmann Elektro e.K.", "Herr", "Stefan", "Hoffmann", addr(), "DE", "s.hoffmann@gmx.de", "",
    [(HOME[6][0], HOME[6][1], 1)], "PayPal", "", ("B2B", True, "sole_trader", "DE"))
# private persons buying many identical units
for q in (25, 40):
    an, vo, na = person()
    add("", an, vo, na, addr(), "DE", mail_for(vo, na, "gmail.com"), "", [(HOME[5][0], HOME[5][1], q)], "Überweisung", "",
        ("B2C", True, "private_person", "DE"))
# private person stating resale
an, vo, na = person(False)
add("", an, vo, na, addr(), "DE", mail_for(vo, na, "web.de"), "", [(IT[13][0], IT[13][1], 6)], "Überweisung",
    "zum Wiederverkauf auf eBay", ("B2B", True, "private_reseller", "DE"))
# person paying a company's invoice
add("Müller Dachdeckerei GmbH", "Herr", "Thomas", "Müller", addr(), "DE", "thomas.mueller@t-online.de", "",
    [(IT[0][0], IT[0][1], 1)], "Überweisung", "Zahlung erfolgte vom Privatkonto Thomas Müller", ("B2B", True, "company", "DE"))
# state-owned companies with procurement references
add("DB InfraGO AG", "", "", "", ("Adam-Riese-Straße 11-13", "60327", "Frankfurt am Main"), "DE", "einkauf-it@deutschebahn.com",
    vat_of("DB InfraGO AG"), [(IT[12][0], IT[12][1], 40)], "Überweisung", "Vergabe-Nr. 23FEI47512, Rahmenvertrag", ("B2B", True, "state_owned_company", "DE"))
add("Stadtwerke Leipzig GmbH", "", "", "", ("Augustusplatz 7", "04109", "Leipzig"), "DE", "beschaffung@l.de", vat_of("Stadtwerke Leipzig GmbH"),
    [(IT[6][0], IT[6][1], 2), (IT[7][0], IT[7][1], 4)], "Überweisung", "Ausschreibung nach SektVO, Los 2", ("B2B", True, "municipal_company", "DE"))
add("Stadtwerke Leipzig GmbH", "", "", "", ("Augustusplatz 7", "04109", "Leipzig"), "DE", "beschaffung@l.de", "",
    [(IT[10][0], IT[10][1], 3)], "Überweisung", "", ("B2B", False, "municipal_company", "DE"))
# international organisation
add("Sekretariat der Klimarahmenkonvention der Vereinten Nationen (UNFCCC)", "", "", "", ("Platz der Vereinten Nationen 1", "53113", "Bonn"),
    "DE", "procurement@unfccc.int", "", [(IT[1][0], IT[1][1], 12)], "Überweisung", "steuerfrei gem. § 4 Nr. 7 UStG",
    ("B2B", True, "international_org", "DE"))
# state-founded foundation under civil law
add("Deutsche Bundesstiftung Umwelt", "", "", "", ("An der Bornau 2", "49090", "Osnabrück"), "DE", "beschaffung@dbu.de", "",
    [(IT[3][0], IT[3][1], 15)], "Überweisung", "", ("B2B", True, "state_founded_foundation", "DE"))
# thin records: product only
add("", "", "", "", None, "", "", "", [(IT[6][0], IT[6][1], 1)], "", "", ("B2B", True, "unknown", "DE"))
add("", "", "", "", None, "", "", "", [(HOME[1][0], HOME[1][1], 1)], "", "", ("B2C", True, "unknown", "DE"))
add("", "", "", "Bauer", None, "DE", "", "", [(IT[3][0], IT[3][1], 5)], "", "", ("B2B", True, "unknown", "DE"))

# shuffle, number, date
order = rng.permutation(len(docs))
docs = [docs[i] for i in order]
start = dt.date(2024, 1, 2)
rows, labels = [], []
custno = {}
cancel_src = set(int(i) for i in rng.choice(len(docs), size=3, replace=False))
n = 0
for i, d in enumerate(docs):
    n += 1
    date = start + dt.timedelta(days=int(i * 0.9))
    kname = d["Firma"] or (d["Vorname"] + d["Nachname"]) or ""
    if kname and kname not in custno:
        custno[kname] = 10000 + len(custno) + 1
    net = d["net"]
    rate = 0.0 if ("Reverse" in d["Bemerkung"] or "§ 4 Nr. 7" in d["Bemerkung"] or d["Land"] not in ("DE", "")) else 0.19
    vat = round(net * rate, 2)
    status = "Bezahlt" if d["paid"] and rng.random() < 0.8 else "Offen"
    paid_at = (date + dt.timedelta(days=int(rng.integers(0, 20)))).strftime("%d.%m.%Y") if status == "Bezahlt" else ""
    row = {"Dokumentennummer": f"RE-2024-{n:04d}", "Dokumententyp": "Rechnung",
           "Dokumentendatum": date.strftime("%d.%m.%Y"),
           "Fälligkeitsdatum": (date + dt.timedelta(days=14)).strftime("%d.%m.%Y"),
           "Kundennummer": str(custno.get(kname, "")), "Firma": d["Firma"], "Anrede": d["Anrede"],
           "Vorname": d["Vorname"], "Nachname": d["Nachname"], "Straße": d["Straße"], "PLZ": d["PLZ"], "Ort": d["Ort"],
           "Land": d["Land"], "E-Mail": d["E-Mail"], "USt-IdNr.": d["USt-IdNr."], "Titel": d["Titel"],
           "Netto": de_num(net), "MwSt.": de_num(vat), "Brutto": de_num(net + vat), "Währung": "EUR",
           "Zahlungsart": d["Zahlungsart"], "Bezahlt am": paid_at, "Status": status, "Bemerkung": d["Bemerkung"]}
    rows.append(row)
    labels.append(d["label"])
    if i in cancel_src:  # storno document follows
        n += 1
        st = dict(row)
        st.update({"Dokumentennummer": f"ST-2024-{n:04d}", "Dokumententyp": "Storno", "Netto": de_num(-net),
                   "MwSt.": de_num(-vat), "Brutto": de_num(-(net + vat)), "Status": "Storniert", "Bezahlt am": "",
                   "Bemerkung": f"Storno zu {row['Dokumentennummer']}"})
        rows.append(st)
        labels.append(d["label"])


def q(v):
    v = str(v)
    return '"' + v.replace('"', '""') + '"' if (";" in v or '"' in v or "\n" in v) else v


LAYOUTS.mkdir(parents=True, exist_ok=True)
with open(LAYOUTS / f"{ID}.csv", "w", encoding="utf-8-sig", newline="") as f:
    f.write(";".join(HEAD) + "\r\n")
    for r in rows:
        f.write(";".join(q(r[h]) for h in HEAD) + "\r\n")

write_labels(ID, labels)
write_key(ID, {
    "id": ID,
    "system": "easybill (easybill GmbH, Germany) – Auswertungen > Rechnungsausgangsbuch, exported as CSV",
    "country": "DE",
    "language": "de",
    "docs": [
        "support.easybill.de article 'Wie wird das Rechnungsausgangsbuch generiert': the Rechnungsausgangsbuch under Meine Firma > Auswertungen lists invoices, Stornos and Gutschriften, columns can be freely added or removed, document type filter, export as Excel, CSV or PDF – gave the one-row-per-document structure with Storno documents included and a user-chosen column set",
        "support.easybill.de article 'Wie erstelle ich ein Dokument in easybill': customer chosen from the Kundenkartei or entered directly, country must be set for the tax treatment – gave Kundennummer/Firma/name/Land columns and empty customer numbers for directly typed buyers",
        "easybill REST API v1 document model (documents list filters: type, customer_id, document_date, paid_at, title, number, status, vat_country) as documented in a public client's DocumentApi.md – gave the Titel, Bezahlt am and Status columns",
        "Column captions, semicolon delimiter, UTF-8 with BOM, dd.mm.yyyy dates and decimal comma are my reading of a German-locale easybill CSV; no public sample file was found"],
    "fields": {"buyer": "Firma", "product": "Titel", "quantity": None, "amount": "Netto", "tax_id": "USt-IdNr.",
               "email": "E-Mail", "payment": "Zahlungsart", "comment": "Bemerkung"},
    "also_ok": {"buyer": ["Nachname", "Vorname"], "amount": ["Brutto"]},
    "notes": "One row per document (Rechnung or Storno); a Storno row repeats the buyer of the invoice it cancels, with negative amounts, and shares its label. No title or totals lines. Persons have Firma empty and Anrede/Vorname/Nachname filled; sole traders and firms appear in Firma, sometimes with a contact person. Titel holds the first position text, with 'u. a. (n Positionen)' for multi-line documents; there is no quantity column at document level. Public bodies often carry a Leitweg-ID (XRechnung) in Bemerkung. Three rows have no buyer at all (thin records)."})
print(ID, len(rows))
