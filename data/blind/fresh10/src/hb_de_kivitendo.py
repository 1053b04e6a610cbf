"""kivitendo ERP - Verkauf > Berichte > Rechnungen, Gutschriften und Debitorenbuchungen,
CSV export (ReportGenerator defaults: ';' separator, '"' quote, Unix EOL, UTF-8, header line,
totals line at the end). Seller: an IT systems house in Freiburg im Breisgau.

Rebuilds layouts/hb_de_kivitendo_debitorenbuchungsliste.csv and its key files exactly.
"""
import random
import re
import datetime as dt

import hb_common as H

LAYOUT_ID = "hb_de_kivitendo_debitorenbuchungsliste"
rng = random.Random(20241010)

# --- product catalogue: (partnumber, description, unit, (price_min, price_max)) -----------------
P = {
    "laptop": [("10231", "Lenovo ThinkPad E14 Gen 5 i5/16GB/512GB", "Stck", (789, 899)),
               ("10235", "Dell Latitude 5440 i5/16GB/512GB", "Stck", (949, 1049)),
               ("10240", "HP ProBook 450 G10 i5/16GB/512GB", "Stck", (829, 919))],
    "desktop": [("10310", "HP EliteDesk 800 G9 Mini i5/16GB/512GB", "Stck", (769, 849)),
                ("10315", "Fujitsu ESPRIMO D7012 i5/16GB/512GB", "Stck", (699, 779))],
    "monitor": [("10410", "Dell P2423DE 24\" Monitor", "Stck", (239, 279)),
                ("10415", "Samsung S27C432GAU 27\" Monitor", "Stck", (179, 209))],
    "school": [("20110", "Promethean ActivPanel 9 Premium 75\"", "Stck", (3790, 4290)),
               ("20115", "Epson EB-L210W Laserbeamer", "Stck", (1090, 1190)),
               ("20120", "Apple iPad 10,9\" (10. Gen) Wi-Fi 64GB", "Stck", (389, 429)),
               ("20125", "Logitech Crayon Eingabestift", "Stck", (59, 69)),
               ("20130", "Parat TabletCase i10 Ladekoffer 16 Geräte", "Stck", (1490, 1690)),
               ("20135", "Jamf School Lizenz 1 Jahr", "Lizenz", (6, 9))],
    "network": [("30110", "Ubiquiti UniFi U6 Pro Access Point", "Stck", (159, 179)),
                ("30115", "Ubiquiti UniFi Switch Pro 24 PoE", "Stck", (689, 749)),
                ("30120", "Cisco Catalyst 9200L-48P-4G Switch", "Stck", (3190, 3490)),
                ("30125", "Synology DiskStation DS923+", "Stck", (589, 639)),
                ("30130", "APC Smart-UPS 1500VA LCD RM 2U", "Stck", (899, 989)),
                ("30135", "Patchkabel Cat6a S/FTP 2m", "Stck", (4, 6))],
    "server": [("30210", "Dell PowerEdge R660xs Xeon Silver/64GB", "Stck", (5900, 7400)),
               ("30215", "Serverschrank 42HE 800x1000 Triton", "Stck", (990, 1190)),
               ("30220", "Windows Server 2022 Standard 16 Core", "Lizenz", (890, 990)),
               ("30225", "Windows Server 2022 User CAL", "Lizenz", (39, 45))],
    "software": [("40110", "Microsoft 365 Business Standard 1 Jahr", "Lizenz", (132, 150)),
                 ("40115", "Microsoft 365 Business Premium 1 Jahr", "Lizenz", (231, 260)),
                 ("40120", "ESET PROTECT Entry 1 Jahr je Gerät", "Lizenz", (29, 36)),
                 ("40125", "Veeam Data Platform Foundation 1 Jahr", "Lizenz", (420, 480))],
    "print": [("50110", "Brother HL-L5210DN Laserdrucker", "Stck", (229, 259)),
              ("50115", "Kyocera ECOSYS MA3500cifx Multifunktion", "Stck", (649, 719)),
              ("50120", "Brother TN-3600 Toner", "Stck", (59, 69))],
    "service": [("DL-TECH", "Technikerstunde vor Ort", "Std", (98, 98)),
                ("DL-REMOTE", "Fernwartung je angefangene 15 Min.", "Std", (24.5, 24.5)),
                ("DL-ANF", "Anfahrtspauschale Zone 1", "psch", (39, 39)),
                ("DL-WART", "Wartungsvertrag Server Quartal", "psch", (390, 590)),
                ("DL-EINR", "Einrichtung Arbeitsplatz inkl. Datenübernahme", "psch", (129, 149))],
    "consumer": [("10250", "Acer Aspire 5 A515 i5/8GB/512GB", "Stck", (549, 629)),
                 ("10255", "Apple MacBook Air 13\" M2 8GB/256GB", "Stck", (1049, 1149)),
                 ("60110", "Logitech MK270 Tastatur-Maus-Set", "Stck", (24, 29)),
                 ("60115", "Samsung T7 Portable SSD 1TB", "Stck", (99, 119)),
                 ("60120", "FRITZ!Box 7590 AX", "Stck", (229, 259)),
                 ("60125", "HP OfficeJet Pro 9010e", "Stck", (169, 199)),
                 ("DL-REP", "PC-Reparatur Werkstatt pauschal", "psch", (69, 89)),
                 ("DL-DATA", "Datenrettung Festplatte Stufe 1", "psch", (149, 249)),
                 ("DL-HEIM", "Einrichtung Heimnetzwerk und WLAN", "psch", (119, 149))],
    "household": [("70110", "De'Longhi Magnifica S ECAM 22.110 Kaffeevollautomat", "Stck", (329, 379)),
                  ("70115", "WMF Lono Wasserkocher 1,7l", "Stck", (59, 69)),
                  ("70120", "Samsung GU55CU7179U 55\" LED-Fernseher", "Stck", (499, 569)),
                  ("70125", "Dyson V12 Detect Slim Akkusauger", "Stck", (549, 599))],
    "fax": [("50130", "Brother FAX-2940 Laserfax", "Stck", (229, 259))],
    "gift": [("60130", "Apple AirPods (3. Generation)", "Stck", (179, 189))],
}


def pick(cat):
    return rng.choice(P[cat])


# --- customers -------------------------------------------------------------------------------------
# label, ambiguous, kind, country are the answer key; nothing of it goes into the layout itself.
def cust(name, label, kind, n, profile, terms, country="DE", land="Deutschland", ustid="", amb=False,
         po=None, notes=None, desc=None, fixed=None):
    return dict(name=name, label=label, kind=kind, n=n, profile=profile, terms=terms, country=country,
                land=land, ustid=ustid, amb=amb, po=po, notes=notes, desc=desc, fixed=fixed)


LW_FR = H.leitweg_id("08311000", "ASB")
LW_LRA = H.leitweg_id("08315000", "IUK01")
LW_UNI = H.leitweg_id("991", "01234")  # Landesbehörde style Grobadressierung

CUSTOMERS = [
    # ---------------- B2G ----------------
    cust("Stadt Freiburg im Breisgau - Amt für Schule und Bildung", "B2G", "municipality", 12, ["school", "laptop", "network", "service"], "30 Tage netto",
         po="ASB-Bestellung 2024-{n:04d}", notes=f"XRechnung an Leitweg-ID {LW_FR}", desc="DigitalPakt Schule - {school}"),
    cust("Landratsamt Breisgau-Hochschwarzwald", "B2G", "district_office", 7, ["desktop", "monitor", "software", "print"], "30 Tage netto",
         po="BANF {n:08d}", notes=f"Leitweg-ID {LW_LRA}"),
    cust("Gemeinde Gundelfingen", "B2G", "municipality", 4, ["laptop", "print", "service", "network"], "30 Tage netto", po="Auftrag Hauptamt {n}"),
    cust("Gemeinde Merzhausen", "B2G", "municipality", 3, ["desktop", "software", "service"], "30 Tage netto"),
    cust("STADT EMMENDINGEN", "B2G", "municipality", 3, ["network", "server", "service"], "30 Tage netto", po="Best.-Nr. EM-{n}"),
    cust("Albert-Ludwigs-Universität Freiburg", "B2G", "public_university", 6, ["server", "network", "laptop", "monitor"], "30 Tage netto",
         po="4500{n:06d}", notes="Lieferung an Rechenzentrum, Hermann-Herder-Str. 10"),
    cust("Universitätsklinikum Freiburg", "B2G", "public_hospital", 5, ["desktop", "monitor", "print", "network"], "30 Tage netto",
         po="4700{n:06d}", notes="Warenannahme Zentrallager, Bestellnummer auf Lieferschein angeben"),
    cust("Polizeipräsidium Freiburg", "B2G", "police", 3, ["laptop", "print", "monitor"], "30 Tage netto", po="PP FR Az. 1.{n}"),
    cust("Regierungspräsidium Freiburg", "B2G", "state_agency", 3, ["software", "desktop", "service"], "30 Tage netto", po="RPF-{n}"),
    cust("Amtsgericht Freiburg", "B2G", "court", 2, ["print", "monitor"], "30 Tage netto"),
    cust("Staatsanwaltschaft Freiburg", "B2G", "court", 1, ["laptop"], "30 Tage netto"),
    cust("Pädagogische Hochschule Freiburg", "B2G", "public_university", 3, ["school", "laptop"], "30 Tage netto", po="PH-{n}"),
    cust("Hochschule Furtwangen", "B2G", "public_university", 2, ["network", "server"], "30 Tage netto", po="HFU {n}"),
    cust("Goethe-Gymnasium Freiburg, Sekretariat", "B2G", "public_school", 2, ["print", "school"], "14 Tage netto"),
    cust("Grundschule Gundelfingen", "B2G", "public_school", 1, None, "14 Tage netto", amb=True,
         fixed=[("household", 70115, 1)], notes="Lehrerzimmer"),
    cust("Studierendenwerk Freiburg", "B2G", "state_institution", 2, ["desktop", "software"], "30 Tage netto"),
    cust("Vermögen und Bau Baden-Württemberg, Amt Freiburg", "B2G", "state_agency", 2, ["laptop", "software"], "30 Tage netto"),
    cust("Zweckverband Abfallbehandlung Südlicher Oberrhein", "B2G", "special_purpose_association", 2, ["server", "service"], "30 Tage netto"),
    cust("Finanzamt Freiburg-Stadt", "B2G", "tax_office", 1, ["print"], "30 Tage netto"),
    cust("Ville de Colmar - Direction des Systèmes d'Information", "B2G", "municipality", 2, ["network", "service"], "30 Tage netto",
         country="FR", land="Frankreich", notes="Bon de commande Nr. {n}"),
    cust("Deutsche Rentenversicherung Baden-Württemberg", "B2G", "social_insurance", 2, ["monitor", "desktop"], "30 Tage netto", amb=True,
         po="DRV-BW {n}"),
    # ---------------- B2B ----------------
    cust("SICK AG", "B2B", "company", 5, ["laptop", "monitor", "software"], "30 Tage netto", ustid=H.de_ustid("14251380"), po="PO 45{n:08d}"),
    cust("Testo SE & Co. KGaA", "B2B", "company", 3, ["network", "service", "gift"], "30 Tage netto", ustid=H.de_ustid("14254870")),
    cust("Verlag Herder GmbH", "B2B", "company", 3, ["desktop", "software", "print"], "14 Tage netto", ustid=H.de_ustid("14209711")),
    cust("Haufe-Lexware GmbH & Co. KG", "B2B", "company", 2, ["network", "server"], "30 Tage netto", ustid=H.de_ustid("14235506")),
    cust("Brauerei Ganter GmbH & Co. KG", "B2B", "company", 3, ["desktop", "print", "service"], "14 Tage netto", ustid=H.de_ustid("14213092")),
    cust("Badische Staatsbrauerei Rothaus AG", "B2B", "state_owned_company", 3, ["laptop", "network", "service"], "14 Tage netto", ustid=H.de_ustid("14221947")),
    cust("badenova AG & Co. KG", "B2B", "state_owned_company", 2, ["server", "network"], "30 Tage netto", ustid=H.de_ustid("14236220"), amb=True,
         po="Vergabe-Nr. BN-2024-{n:03d} (UVgO)"),
    cust("Freiburger Verkehrs AG", "B2B", "state_owned_company", 2, ["laptop", "network"], "30 Tage netto", ustid=H.de_ustid("14209503"), amb=True,
         po="VAG Vergabe {n}/2024 SektVO"),
    cust("Freiburger Stadtbau GmbH", "B2B", "state_owned_company", 2, ["desktop", "print"], "30 Tage netto", ustid=H.de_ustid("14207422")),
    cust("Sparkasse Freiburg-Nördlicher Breisgau", "B2B", "public_savings_bank", 2, ["monitor", "print"], "30 Tage netto", ustid=H.de_ustid("14210238"), amb=True),
    cust("Fraunhofer-Institut für Solare Energiesysteme ISE", "B2B", "state_funded_research_association", 3, ["server", "laptop"], "30 Tage netto",
         ustid=H.de_ustid("12905251"), amb=True, po="Bestellung 3100{n:05d}"),
    cust("Max-Planck-Institut für Immunbiologie und Epigenetik", "B2B", "state_funded_research_association", 2, ["monitor", "network"], "30 Tage netto",
         ustid=H.de_ustid("12954711"), amb=True),
    cust("Sport-Club Freiburg e.V.", "B2B", "non_profit_association", 2, ["laptop", "network"], "14 Tage netto", ustid=H.de_ustid("14208265")),
    cust("Caritasverband Freiburg-Stadt e.V.", "B2B", "non_profit_association", 3, ["desktop", "software", "service"], "14 Tage netto"),
    cust("Erzbischöfliches Ordinariat Freiburg", "B2B", "church", 2, ["laptop", "print"], "30 Tage netto"),
    cust("Freie Waldorfschule Freiburg-Wiehre e.V.", "B2B", "private_school", 2, ["school", "service"], "14 Tage netto"),
    cust("Förderverein der Grundschule Merzhausen e.V.", "B2B", "parents_association", 1, None, "Sofort ohne Abzug",
         fixed=[("school", 20120, 4), ("school", 20125, 4)], notes="Spende an die Schule"),
    cust("WEG Habsburgerstraße 112, c/o Hausverwaltung Zähringer", "B2B", "homeowners_association", 1, None, "14 Tage netto",
         fixed=[("network", 30110, 3), ("service", "DL-TECH", 2)]),
    cust("Schreinerei Kaltenbach GmbH", "B2B", "company", 3, ["desktop", "print", "service"], "14 Tage netto", ustid=H.de_ustid("14288420")),
    cust("Steuerberatung Dr. Weber & Partner mbB", "B2B", "professional_partnership", 3, ["desktop", "software", "service"], "14 Tage netto",
         ustid=H.de_ustid("14297731")),
    cust("Zahnarztpraxis Dr. med. dent. Julia Hofmann", "B2B", "medical_practice", 2, ["desktop", "monitor", "service"], "14 Tage netto"),
    cust("Malerbetrieb Hug e.K.", "B2B", "sole_trader", 2, ["laptop", "print"], "Sofort ohne Abzug", ustid=H.de_ustid("14262458")),
    cust("Physiotherapie am Stühlinger Inh. Lena Vogel", "B2B", "sole_trader", 2, ["desktop", "service"], "Sofort ohne Abzug"),
    cust("Hotel Schwarzwaldhof GmbH ", "B2B", "company", 2, ["network", "service"], "14 Tage netto", ustid=H.de_ustid("14277109")),
    cust("Ingenieurbüro Schwarz", "B2B", "sole_trader", 2, ["laptop", "software"], "14 Tage netto", ustid=H.de_ustid("14291563")),
    cust("F. Hoffmann-La Roche AG", "B2B", "company", 2, ["monitor", "network"], "30 Tage netto", country="CH", land="Schweiz",
         ustid=H.ch_uid("11681091")),
    cust("Endress+Hauser Flowtec AG", "B2B", "company", 1, ["server"], "30 Tage netto", country="CH", land="Schweiz", ustid=H.ch_uid("10390453")),
    # ambiguous B2B
    cust("Ingenieurbüro Schwarz", "B2B", "sole_trader", 1, None, "14 Tage netto", ustid="__same__", amb=True,
         fixed=[("household", 70110, 1)]),
    cust("Fotostudio Lichtblick Inh. Anna Roth", "B2B", "sole_trader", 1, None, "PayPal", amb=True,
         fixed=[("household", 70120, 1)]),
    cust("Rechtsanwalt Thomas Maier", "B2B", "lawyer", 1, None, "Sofort ohne Abzug", amb=True,
         fixed=[("fax", 50130, 1)], notes="für die Kanzlei"),
    cust("Krause, Daniel", "B2B", "private_person_business_use", 1, None, "EC-Karte", amb=True,
         fixed=[("laptop", 10231, 1), ("print", 50110, 1)], notes="Kunde: für mein Büro (Nebengewerbe Webdesign)"),
    cust("Barverkauf", "B2B", "anonymous_business_goods", 2, None, "Barzahlung", amb=True,
         fixed=[("network", 30120, 1)]),
    # ---------------- B2C ----------------
    cust("Barverkauf", "B2C", "anonymous_retail", 10, ["consumer"], "Barzahlung"),
    cust("Neumann, Lisa", "B2C", "private_person", 1, None, "Vorkasse", amb=True, fixed=[("school", 20120, 10)],
         notes="10 Stück gleiches Modell"),
    cust("Schneider, Markus c/o SICK AG", "B2C", "private_person", 1, None, "PayPal", amb=True,
         fixed=[("consumer", 10255, 1)], notes="Privatkauf, Lieferung an Arbeitsplatz"),
    cust("Kaiser", "B2C", "private_person_thin", 2, "__D__", "Barzahlung", amb=True, desc="Reparatur"),
]

FIRST = ["Sabine", "Thomas", "Andreas", "Julia", "Katharina", "Michael", "Stefan", "Christina", "Lukas", "Anna", "Jonas",
         "Laura", "Markus", "Petra", "Klaus", "Ursula", "Jürgen", "Monika", "Tobias", "Lea", "Felix", "Sophie", "Hannah",
         "Maximilian", "Elke", "Bernd", "Gisela", "Timo", "Nadine", "Florian"]
LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch",
        "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Braun", "Hartmann", "Lange", "Werner", "Maier", "Huber",
        "Fuchs", "Vogel", "Bauer", "Keller", "Jäger", "Kaltenbach", "Gutmann", "Ruf", "Hug", "Zähringer", "Disch", "Wehrle"]
used = set()
for i in range(30):
    while True:
        fn, ln = rng.choice(FIRST), rng.choice(LAST)
        if (fn, ln) not in used:
            used.add((fn, ln))
            break
    style = rng.random()
    if style < 0.55:
        nm = f"{ln}, {fn}"
    elif style < 0.85:
        nm = f"{fn} {ln}"
    elif style < 0.93:
        nm = f"{ln.upper()}, {fn.upper()}"
    else:
        nm = f"{fn} {ln} "
    terms = rng.choice(["Barzahlung", "EC-Karte", "EC-Karte", "PayPal", "Sofort ohne Abzug", "Vorkasse"])
    CUSTOMERS.append(cust(nm, "B2C", "private_person", rng.choice([1, 1, 1, 2]), ["consumer"], terms))

SCHOOLS = ["Wentzinger-Gymnasium", "Kepler-Gymnasium", "Staudinger-Gesamtschule", "Emil-Thoma-Realschule",
           "Hebelschule", "Karlschule", "Lorettoschule", "Adolf-Reichwein-Schule", "Vigeliusschule", "Anne-Frank-Grundschule"]

# customer numbers
num = 10001
seen_names = {}
for c in CUSTOMERS:
    key = c["name"].strip()
    if key in seen_names:
        c["num"] = seen_names[key]
        if c["ustid"] == "__same__":
            c["ustid"] = next(x["ustid"] for x in CUSTOMERS if x["name"].strip() == key and x["ustid"] != "__same__")
    else:
        c["num"] = str(num)
        seen_names[key] = c["num"]
        num += 1


def rand_date(start=dt.date(2024, 1, 8), end=dt.date(2024, 12, 20)):
    while True:
        d = start + dt.timedelta(days=rng.randint(0, (end - start).days))
        if d.weekday() < 5:
            return d


def build_items(c):
    items = []
    if c["fixed"]:
        for cat, pn, qty in c["fixed"]:
            prod = next(p for p in P[cat] if p[0] == str(pn))
            items.append((prod, qty))
        return items
    if c["profile"] == "__D__":
        return []
    profs = c["profile"]
    n_lines = rng.choice([1, 1, 2, 2, 3, 4]) if c["label"] != "B2C" else rng.choice([1, 1, 1, 2])
    chosen = set()
    for _ in range(n_lines):
        cat = rng.choice(profs)
        prod = pick(cat)
        if prod[0] in chosen:
            continue
        chosen.add(prod[0])
        unit = prod[2]
        if c["label"] == "B2C":
            qty = 1 if unit != "Std" else rng.choice([1, 2])
        elif unit == "Lizenz":
            qty = rng.choice([5, 10, 15, 25, 30, 50, 120])
        elif unit == "Std":
            qty = rng.choice([1, 2, 3, 4, 6, 8])
        elif unit == "psch":
            qty = 1
        elif prod[0] == "30135":
            qty = rng.choice([20, 50, 100])
        else:
            qty = rng.choice([1, 1, 2, 3, 4, 5, 8, 10, 12, 16, 25, 30]) if cat in ("laptop", "desktop", "monitor", "school") else rng.choice([1, 1, 2, 3])
        items.append((prod, qty))
    if c["label"] != "B2C" and rng.random() < 0.35 and not any(p[0][0] == "DL-ANF" for p in items):
        items.append((next(p for p in P["service"] if p[0] == "DL-ANF"), 1))
    return items


def qty_str(q):
    return H.fmt_de(q, 2)


invoices = []
for c in CUSTOMERS:
    for k in range(c["n"]):
        d = rand_date()
        items = build_items(c)
        lines = []
        prices = []
        net = 0.0
        for prod, qty in items:
            lo, hi = prod[3]
            price = round(rng.uniform(lo, hi), 0) - (0.01 if rng.random() < 0.3 and hi > 50 else 0)
            if lo == hi:
                price = lo
            net += round(price * qty, 2)
            lines.append((prod, qty))
            prices.append(price)
        if c["profile"] == "__D__":
            net = round(rng.choice([58.82, 75.63, 100.84, 41.18]), 2)
        net = round(net, 2)
        invoices.append(dict(c=c, date=d, lines=lines, prices=prices, net=net, k=k))

invoices.sort(key=lambda r: (r["date"], r["c"]["num"]))

rows = []
labels = []
invno = 24001
for inv in invoices:
    c = inv["c"]
    d = inv["date"]
    net = inv["net"]
    tax = round(net * 0.19, 2)
    if c["country"] == "CH":
        tax = 0.0  # export to Switzerland, steuerfreie Ausfuhr
    if c["country"] == "FR":
        tax = 0.0  # French commune without VAT number: place of supply rules aside, seller books it steuerfrei (own reading)
    total = round(net + tax, 2)
    if c["terms"] in ("Barzahlung", "EC-Karte", "PayPal", "Sofort ohne Abzug", "Vorkasse"):
        due_days = 0 if c["terms"] != "Sofort ohne Abzug" else 7
    elif c["terms"] == "14 Tage netto":
        due_days = 14
    else:
        due_days = 30
    duedate = d + dt.timedelta(days=due_days)
    status_roll = rng.random()
    if d > dt.date(2024, 11, 25) and status_roll < 0.6 and c["terms"] not in ("Barzahlung", "EC-Karte", "PayPal", "Vorkasse"):
        paid, datepaid = 0.0, None
    elif status_roll < 0.04 and c["label"] != "B2C":
        paid, datepaid = round(total / 2, 2), d + dt.timedelta(days=due_days + 3)
    else:
        paid = total
        lag = 0 if c["terms"] in ("Barzahlung", "EC-Karte", "Vorkasse") else (1 if c["terms"] == "PayPal" else rng.randint(max(3, due_days - 10), due_days + 12))
        datepaid = d + dt.timedelta(days=lag)
    cusord = ""
    if c["po"]:
        m = re.search(r"\{n:0(\d)d\}", c["po"])
        width = int(m.group(1)) if m else 3
        n = rng.randint(10 ** (width - 1), 10 ** width - 1)
        if "BANF" in c["po"]:
            n = 10000000 + rng.randint(1000, 99999)
        cusord = c["po"].format(n=n)
    notes = ""
    if c["notes"]:
        notes = c["notes"].format(n=rng.randint(2400, 2499))
    vb = ""
    if c["desc"]:
        vb = c["desc"].format(school=rng.choice(SCHOOLS))
    elif c["label"] == "B2C" and inv["lines"] and rng.random() < 0.3:
        vb = rng.choice(["Werkstattauftrag", "Ladenverkauf", "Reparaturauftrag", "Abholung"])
    elif c["label"] != "B2C" and rng.random() < 0.4:
        vb = rng.choice(["Hardwarelieferung", "Lizenzverlängerung", "Serviceeinsatz", "Austausch Arbeitsplätze",
                         "Erweiterung WLAN", "Quartalswartung"])
    typ = "R" if inv["lines"] else "D"
    pos_text = "\n".join(
        f"{i + 1}: {prod[0]} {prod[1]} {qty_str(q)} {prod[2]}" for i, (prod, q) in enumerate(inv["lines"]))
    row = dict(transdate=d, typ=typ, invnumber=str(invno), cusord=cusord, name=c["name"], net=net, tax=tax, total=total,
               paid=paid, datepaid=datepaid, duedate=duedate, vb=vb, notes=notes, custnum=c["num"],
               land=c["land"] if rng.random() > 0.15 or c["country"] != "DE" else "", ustid=c["ustid"], terms=c["terms"],
               pos=pos_text)
    if c["name"] == "Barverkauf":
        row["land"] = ""
    invno += 1
    # storno pair / credit note for a few invoices
    roll = rng.random()
    if roll < 0.03 and typ == "R":
        row["typ"] = "R(S)"
        row["paid"], row["datepaid"] = 0.0, None
        rows.append(row)
        labels.append(c)
        st = dict(row)
        st.update(typ="S", net=-net, tax=-tax, total=-total, paid=0.0, datepaid=None,
                  transdate=d + dt.timedelta(days=rng.randint(1, 6)), notes=(notes + " Storno: falsche Rechnungsadresse").strip())
        rows.append(st)
        labels.append(c)
        continue
    rows.append(row)
    labels.append(c)
    if roll > 0.975 and typ == "R" and c["label"] != "B2C" and len(inv["lines"]) >= 1:
        prod, q = inv["lines"][0]
        cn_net = -round(inv["prices"][0], 2)
        cn_tax = round(cn_net * 0.19, 2) if tax else 0.0
        cn = dict(row)
        cn.update(typ="G", invnumber=str(invno), net=cn_net, tax=cn_tax, total=round(cn_net + cn_tax, 2),
                  paid=round(cn_net + cn_tax, 2), datepaid=d + dt.timedelta(days=20), transdate=d + dt.timedelta(days=12),
                  vb="Gutschrift Rückgabe", duedate=d + dt.timedelta(days=12),
                  pos=f"1: {prod[0]} {prod[1]} {qty_str(-1)} {prod[2]}")
        invno += 1
        rows.append(cn)
        labels.append(c)

rows_sorted = sorted(zip(rows, labels), key=lambda rl: rl[0]["transdate"])
rows = [r for r, _ in rows_sorted]
labels = [l for _, l in rows_sorted]

HEADER = ["Datum", "Typ", "Rechnung", "Bestellnummer des Kunden", "Kunde", "Betrag", "Steuer", "Summe", "bezahlt",
          "Zahlungsdatum", "Fälligkeitsdatum", "Vorgangsbezeichnung", "Bemerkungen", "Kundennummer", "Land",
          "USt-IdNr.", "Zahlungsbedingungen", "Positionen"]


def q(field: str) -> str:
    """Text::CSV_XS with binary=1 defaults: quote when the field holds sep, quote, CR/LF, space
    (quote_space) or any byte >= 0x7f (quote_binary)."""
    if field == "":
        return ""
    need = any(ch in field for ch in ';"\n\r ') or any(ord(ch) >= 0x7f or ord(ch) < 0x20 for ch in field)
    if '"' in field:
        field = field.replace('"', '""')
    return f'"{field}"' if need else field


def dfmt(d):
    return d.strftime("%d.%m.%Y") if d else ""


out_lines = [";".join(q(h) for h in HEADER)]
tot = dict(net=0.0, total=0.0, paid=0.0)
for r in rows:
    tot["net"] += r["net"]
    tot["total"] += r["total"]
    tot["paid"] += r["paid"]
    vals = [dfmt(r["transdate"]), r["typ"], r["invnumber"], r["cusord"], r["name"], H.fmt_de(r["net"]),
            H.fmt_de(r["tax"]), H.fmt_de(r["total"]), H.fmt_de(r["paid"]), dfmt(r["datepaid"]), dfmt(r["duedate"]),
            r["vb"], r["notes"], r["custnum"], r["land"], r["ustid"], r["terms"], r["pos"]]
    out_lines.append(";".join(q(v) for v in vals))
# totals line (create_subtotal_row): only the sum columns carry values
tot_vals = ["", "", "", "", "", H.fmt_de(tot["net"]), H.fmt_de(tot["total"] - tot["net"]), H.fmt_de(tot["total"]),
            H.fmt_de(tot["paid"]), "", "", "", "", "", "", "", "", ""]
out_lines.append(";".join(q(v) for v in tot_vals))

with open(H.LAYOUTS / f"{LAYOUT_ID}.csv", "w", encoding="utf-8", newline="") as f:
    f.write("\n".join(out_lines) + "\n")

H.write_labels(LAYOUT_ID, [dict(label=c["label"], ambiguous=c["amb"], kind=c["kind"], country=c["country"]) for c in labels])

H.write_key(LAYOUT_ID, {
    "id": LAYOUT_ID,
    "system": "kivitendo ERP (open source, German) - Berichte > Rechnungen, Gutschriften und Debitorenbuchungen (bin/mozilla/ar.pl ar_transactions), 'CSV-Export' of the report list",
    "country": "DE",
    "language": "de",
    "docs": [
        "kivitendo/kivitendo-erp source, bin/mozilla/ar.pl sub ar_transactions: the report's column keys and their order (transdate id type invnumber ordnumber cusordnumber donumber deliverydate name netamount tax amount paid datepaid due duedate transaction_description notes salesman employee ... customernumber country ustid taxzone payment_terms charts customertype direct_debit ... items), 'Typ' always shown, rows sorted by date ascending by default, a totals row (create_subtotal_row) added after a separator with sums only in Betrag/Steuer/Summe/bezahlt, amounts formatted without thousands separator for CSV, type letters R / G / S / R(S) / D - used for row structure, column order and value forms",
        "kivitendo locale/de/all: German column texts Datum, Typ, Rechnung, Bestellnummer des Kunden, Kunde, Betrag (= netamount), Steuer, Summe (= gross), bezahlt, Zahlungsdatum, Fälligkeitsdatum, Vorgangsbezeichnung, Bemerkungen, Kundennummer, Land, USt-IdNr., Zahlungsbedingungen, Positionen; type abbreviations R, G, S, R(S), D",
        "kivitendo SL/ReportGenerator.pm: CSV defaults sep_char ';', quote_char '\"', escape '\"', eol Unix, headers on, encoding UTF-8, written by Text::CSV_XS (binary) - so fields with spaces or non-ASCII bytes are quoted, empty fields are not; templates/.../presenter/items_list/items_list.txt: 'Positionen' renders one line per item 'position: partnumber description qty unit' inside one quoted cell; SL/DB/Helper/Attr.pm + SL/Helper/Number.pm: qty_as_number with places -2 shows '2,00'",
        "Own reading: the user ticked Rechnungsdatum, Rechnungsnummer, Bestellnummer des Kunden, Kunde, Betrag, Steuer, Summe, bezahlt, Zahlungsdatum, Fälligkeitsdatum, Vorgangsbezeichnung, Bemerkungen, Kundennummer, Land, USt-IdNr., Zahlungsbedingungen, Positionen; dateformat dd.mm.yyyy; payment-term names are the shop's own; USt-IdNr. values are generated to pass the DE ISO 7064 MOD 11,10 check (CH UIDs pass the mod-11 check), not the companies' real numbers; Leitweg-IDs carry valid MOD 97-10 check digits"
    ],
    "fields": {"buyer": "Kunde", "product": "Positionen", "quantity": None, "amount": "Summe", "tax_id": "USt-IdNr.",
               "email": None, "payment": "Zahlungsbedingungen", "comment": "Bemerkungen"},
    "also_ok": {"amount": ["Betrag"], "comment": ["Vorgangsbezeichnung", "Bestellnummer des Kunden"],
                "product": ["Vorgangsbezeichnung"]},
    "notes": "One line per document (invoice R, credit note G, cancelled invoice R(S) with its storno S, and AR transactions D without item lines), sorted by date. Header on line 1, no title lines. The LAST line is the report's totals line (all text columns empty, sums in Betrag/Steuer/Summe/bezahlt) and is not a record. Betrag = net, Summe = gross (19% USt; exports to CH and the French commune without tax). Quantities exist only inside the multi-line 'Positionen' cell ('1: 10235 Dell Latitude ... 2,00 Stck'). 'Barverkauf' is the shop's catch-all counter customer. Public bodies often carry a Leitweg-ID in Bemerkungen and an order/BANF number in 'Bestellnummer des Kunden'. Storno rows repeat the original invoice number with negative amounts."
})
print(LAYOUT_ID, "records:", len(rows))
