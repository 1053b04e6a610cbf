"""Abacus (Switzerland) Debitoren-Belegjournal exported to CSV (ANSI/cp1252, ';', title block, total line).
Seller: an office-technology firm in Bern. One row per Beleg (invoice)."""
import random, datetime as dt, decimal
import g_common as g

LID = "g_ch_abacus_debitorenjournal"
rng = random.Random(8105)

HEAD = ["Kunden-Nr.", "Name", "Vorname", "Zusatz", "Strasse", "PLZ", "Ort", "Land", "MWST-Nr.", "E-Mail", "Beleg-Nr.",
        "Belegdatum", "Verfalldatum", "Buchungstext", "Artikel", "Menge", "Betrag CHF", "MWST-Satz", "MWST CHF",
        "Zahlungskondition", "Ihre Referenz", "Status"]

PRO = [("Multifunktionsdrucker Canon imageRUNNER ADVANCE DX C3826i", 4890.00), ("Toner Canon C-EXV 54 schwarz", 98.00),
       ("Kopierpapier A4 80 g, 5 Kartons à 2'500 Blatt", 119.00), ("Bürodrehstuhl Giroflex 64", 1290.00),
       ("Schreibtisch elektrisch höhenverstellbar 160x80 cm", 1150.00), ("Aktenschrank Bigla 5 OH", 890.00),
       ("Servicevertrag Drucker, Jahrespauschale", 640.00), ("Techniker-Einsatz pro Stunde", 155.00),
       ("Beamer Epson EB-992F", 980.00), ("Dokumentenscanner Fujitsu fi-8170", 1390.00),
       ("Aktenvernichter HSM Securio B32", 690.00), ("Interaktives Display Samsung Flip 65\"", 2790.00)]
HEAVY = [("Serverschrank 42 HE 800x1000", 1290.00), ("Produktionsdrucker Canon imagePRESS V700", 48900.00)]
HOME = [("Kaffeevollautomat Jura E8", 1149.00), ("Dyson V15 Detect Staubsauger", 749.00),
        ("Nespresso Vertuo Next", 179.00), ("Apple iPad 10.9\" 64 GB", 399.00), ("Sonos Era 100", 249.00)]

FIRST = ["Daniel", "Peter", "Thomas", "Beat", "Urs", "Martin", "Andreas", "Reto", "Christoph", "Markus", "Ursula",
         "Ruth", "Sandra", "Monika", "Barbara", "Nicole", "Corinne", "Franziska", "Regula", "Simone"]
LAST = ["Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Meyer", "Steiner", "Fischer", "Gerber",
        "Brunner", "Baumann", "Frei", "Zimmermann", "Moser", "Widmer", "Roth", "Kunz", "Hofer"]
FREEMAIL = ["bluewin.ch", "gmx.ch", "hispeed.ch", "sunrise.ch", "gmail.com", "bluemail.ch"]
STREETS = ["Kramgasse", "Effingerstrasse", "Laupenstrasse", "Thunstrasse", "Seftigenstrasse", "Worbstrasse",
           "Bernstrasse", "Schwarztorstrasse", "Papiermühlestrasse", "Freiburgstrasse"]
TOWNS = [("3011", "Bern"), ("3007", "Bern"), ("3013", "Bern"), ("3084", "Wabern"), ("3098", "Köniz"),
         ("3072", "Ostermundigen"), ("3074", "Muri b. Bern"), ("3600", "Thun"), ("3400", "Burgdorf"), ("3123", "Belp")]


def chf(v):
    q = decimal.Decimal(str(v)).quantize(decimal.Decimal("0.01"), rounding=decimal.ROUND_HALF_UP)
    neg = q < 0
    q = abs(q)
    ent, dec_ = f"{q:.2f}".split(".")
    groups = []
    while len(ent) > 3:
        groups.insert(0, ent[-3:])
        ent = ent[:-3]
    groups.insert(0, ent)
    return ("-" if neg else "") + "'".join(groups) + "." + dec_


def r05(v):
    return round(round(v * 20) / 20, 2)


def umail(f, l):
    t = lambda x: x.lower().replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")
    return f"{t(f)}.{t(l)}{rng.choice(['', '', str(rng.randint(55, 99))])}@{rng.choice(FREEMAIL)}"


ADDR = {k.upper(): v for k, v in {
    "Einwohnergemeinde Köniz": ("Landorfstrasse 1", "3098", "Köniz"),
    "Stadt Bern": ("Predigergasse 5", "3011", "Bern"),
    "Gemeinde Muri bei Bern": ("Thunstrasse 74", "3074", "Muri b. Bern"),
    "Stadt Thun": ("Hofstettenstrasse 14", "3602", "Thun"),
    "Einwohnergemeinde Ostermundigen": ("Schiessplatzweg 1", "3072", "Ostermundigen"),
    "Kanton Bern": ("Wilhelm Kocher-Gasse 7", "3011", "Bern"),
    "Bau- und Verkehrsdirektion des Kantons Bern": ("Reiterstrasse 11", "3013", "Bern"),
    "Kantonspolizei Bern": ("Papiermühlestrasse 6", "3014", "Bern"),
    "Kanton Solothurn": ("Werkhofstrasse 65", "4509", "Solothurn"),
    "Bundesamt für Bauten und Logistik BBL": ("Fellerstrasse 21", "3003", "Bern"),
    "armasuisse": ("Guisanplatz 1", "3003", "Bern"),
    "Bundesamt für Statistik BFS": ("Espace de l'Europe 10", "2010", "Neuchâtel"),
    "Universität Bern": ("Hochschulstrasse 6", "3012", "Bern"),
    "Berner Fachhochschule": ("Falkenplatz 24", "3012", "Bern"),
    "Gymnasium Kirchenfeld": ("Kirchenfeldstrasse 25", "3005", "Bern"),
    "BERNMOBIL": ("Eigerplatz 3", "3007", "Bern"),
    "Swisscom (Schweiz) AG": ("Alte Tiefenaustrasse 6", "3048", "Worblaufen"),
    "BKW Energie AG": ("Viktoriaplatz 2", "3013", "Bern"),
    "Ypsomed AG": ("Brunnmattstrasse 6", "3400", "Burgdorf"),
    "Die Schweizerische Post AG": ("Wankdorfallee 4", "3030", "Bern"),
}.items()}


docs = []
custs = {}
addr_cache = {}


def add(name, vorname, zusatz, mail, mwst, lines, kond, text, ref, label, amb, kind, cc="CH", address=None):
    key = (name.upper(), vorname)
    if key not in custs:
        custs[key] = 10000 + len(custs) * rng.randint(3, 9) + rng.randint(0, 2)
    a = address or ADDR.get(name.upper().strip()) or addr_cache.setdefault(key, (f"{rng.choice(STREETS)} {rng.randint(1, 120)}",) + rng.choice(TOWNS))
    docs.append(dict(name=name, vorname=vorname, zusatz=zusatz, mail=mail, mwst=mwst, lines=lines, kond=kond,
                     text=text, ref=ref, label=label, amb=amb, kind=kind, cc=cc, addr=a, kunde=custs[key]))


def pick(pool, q=(1, 6)):
    a, p = rng.choice(pool)
    return [(a, rng.randint(*q), p)]


# --- public bodies (B2G)
gov = [
    ("Einwohnergemeinde Köniz", "Fachstelle Informatik", "informatik@koeniz.ch", "municipality", True),
    ("Stadt Bern", "Direktion für Bildung, Soziales und Sport", "bss@bern.ch", "municipality", True),
    ("Gemeinde Muri bei Bern", "Bauverwaltung", "bauverwaltung@muri-guemligen.ch", "municipality", False),
    ("Stadt Thun", "Logistik und Einkauf", "einkauf@thun.ch", "municipality", True),
    ("Einwohnergemeinde Ostermundigen", "Präsidialabteilung", "gemeinde@ostermundigen.ch", "municipality", False),
    ("Kanton Bern", "Amt für Informatik und Organisation (KAIO)", "kaio.rechnungen@be.ch", "canton", False),
    ("Bau- und Verkehrsdirektion des Kantons Bern", "Amt für Grundstücke und Gebäude", "agg.kreditoren@be.ch", "canton", False),
    ("Kantonspolizei Bern", "Logistik", "logistik@police.be.ch", "police", False),
    ("Kanton Solothurn", "Hochbauamt", "hba@bd.so.ch", "canton", False),
    ("Bundesamt für Bauten und Logistik BBL", "Beschaffung", "beschaffung@bbl.admin.ch", "federal_agency", False),
    ("armasuisse", "Kompetenzbereich Einkauf und Kooperationen", "einkauf@ar.admin.ch", "armed_forces_procurement", False),
    ("Bundesamt für Statistik BFS", "Ressourcen", "ressourcen@bfs.admin.ch", "federal_agency", False),
    ("Universität Bern", "Abteilung Einkauf", "einkauf@unibe.ch", "public_university", False),
    ("Berner Fachhochschule", "Finanzen", "kreditoren@bfh.ch", "public_university", False),
    ("Gymnasium Kirchenfeld", "Sekretariat", "sekretariat@gymkirchenfeld.ch", "public_school", False),
    ("BERNMOBIL", "Städtische Verkehrsbetriebe Bern, Einkauf", "einkauf@bernmobil.ch", "municipal_enterprise", True),
]
for name, zus, mail, kind, has in gov:
    mw = g.che_uid(rng) + " MWST" if has else ""
    for _ in range(rng.choice([4, 5, 6])):
        pos = pick(PRO, (1, 8))
        add(name, "", zus, mail, mw, pos, "30 Tage netto", f"{pos[0][0].split(',')[0]}",
            rng.choice([f"Bestellung Nr. {rng.randint(4500000000, 4509999999)}", f"SAP-Bestellnr. {rng.randint(4700000, 4799999)}",
                        f"Auftrag {rng.randint(2024100, 2024999)}", ""]), "B2G", False, kind)

# --- companies (B2B)
comp = [
    ("Swisscom (Schweiz) AG", "Accounts Payable", "invoice.ap@swisscom.com", "state_owned_company"),
    ("BKW Energie AG", "Kreditorenbuchhaltung", "kreditoren@bkw.ch", "state_owned_company"),
    ("Emmi Schweiz AG", "", "kreditoren@emmi.com", "company"),
    ("Ypsomed AG", "Einkauf", "purchasing@ypsomed.com", "company"),
    ("Losinger Marazzi AG", "Region Bern", "bern@losinger-marazzi.ch", "company"),
    ("Schreinerei Zaugg GmbH", "", "info@schreinerei-zaugg.ch", "company"),
    ("Malergeschäft Bühler", "Inh. Reto Bühler", "maler.buehler@bluewin.ch", "sole_trader"),
    ("Treuhand Käser GmbH", "", "office@treuhand-kaeser.ch", "company"),
    ("Garage Schneeberger AG", "", "garage@schneeberger-ag.ch", "company"),
    ("Zahnarztpraxis Dr. med. dent. Regula Wyss", "", "praxis@zahnarzt-wyss.ch", "doctor_practice"),
    ("Advokatur Graf & Partner", "", "sekretariat@graf-advokatur.ch", "professional_practice"),
]
cmw = {}
for name, zus, mail, kind in comp:
    cmw[name] = g.che_uid(rng) + " MWST"
    for _ in range(rng.choice([6, 7, 8])):
        pos = pick(PRO, (1, 6))
        disp = name if rng.random() > 0.1 else name.upper()
        add(disp, "", zus, mail, cmw[name], pos, rng.choice(["30 Tage netto", "10 Tage 2% Skonto, 30 Tage netto"]),
            pos[0][0].split(",")[0], rng.choice(["", "", f"PO {rng.randint(100000, 999999)}"]), "B2B", False, kind)

# --- non-profits (B2B)
npo = [
    ("Schweizerisches Rotes Kreuz Kanton Bern", "Geschäftsstelle", "info@srk-bern.ch", "national_red_cross"),
    ("FC Breitenrain Bern", "Vorstand", "kassier@fcbreitenrain.ch", "association"),
    ("Stiftung Rossfeld", "Verwaltung", "verwaltung@rossfeld.ch", "foundation"),
    ("Freies Gymnasium Bern", "Administration", "admin@fgb.ch", "private_school"),
]
for name, zus, mail, kind in npo:
    for _ in range(3):
        pos = pick(PRO, (1, 4))
        add(name, "", zus, mail, "", pos, "30 Tage netto", pos[0][0].split(",")[0], "", "B2B", False, kind)

# --- private persons (B2C)
for _ in range(38):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    pos = pick(HOME + PRO[3:5], (1, 1))
    add(l, f, "", umail(f, l) if rng.random() < 0.8 else "", "", pos,
        rng.choice(["sofort netto", "30 Tage netto", "Kreditkarte", "TWINT"]), pos[0][0], "", "B2C", False, "private_person")

# --- ambiguous
add("Gerber", "Monika", "", "monika.gerber@be.ch", "", [("Kaffeevollautomat Jura E8", 1, 1149.00)], "TWINT",
    "Lieferung an Privatadresse", "", "B2C", True, "person_gov_email")
add("Widmer", "Christoph", "", "christoph.widmer@vtg.admin.ch", "", [("Dyson V15 Detect Staubsauger", 1, 749.00)], "Kreditkarte",
    "Dyson V15", "", "B2C", True, "person_gov_email")
add("Roth", "Corinne", "", "corinne.roth@swisscom.com", "", [("Sonos Era 100", 2, 249.00)], "Kreditkarte", "Sonos Era 100",
    "", "B2C", True, "person_company_email")
add("Treuhand Käser GmbH", "", "", "office@treuhand-kaeser.ch", cmw["Treuhand Käser GmbH"], [("Nespresso Vertuo Next", 1, 179.00)],
    "30 Tage netto", "Nespresso Vertuo Next", "", "B2B", True, "company_household_item")
add("Malergeschäft Bühler", "", "Inh. Reto Bühler", "maler.buehler@bluewin.ch", cmw["Malergeschäft Bühler"],
    [("Dyson V15 Detect Staubsauger", 1, 749.00)], "Kreditkarte", "bezahlt mit Privatkarte", "", "B2B", True, "sole_trader_personal_card")
add("Gemeinde Muri bei Bern", "", "Bauverwaltung", "bauverwaltung@muri-guemligen.ch", "", [("Kaffeevollautomat Jura E8", 1, 1149.00)],
    "30 Tage netto", "Kaffeemaschine Personalraum", "", "B2G", True, "municipality_household_item")
add("Gymnasium Kirchenfeld", "", "Sekretariat", "sekretariat@gymkirchenfeld.ch", "", [("Nespresso Vertuo Next", 1, 179.00)],
    "30 Tage netto", "Nespresso Vertuo Next", "", "B2G", True, "public_school_household_item")
add("Die Schweizerische Post AG", "", "Einkauf Informatik", "kreditoren@post.ch", g.che_uid(rng) + " MWST",
    [("Multifunktionsdrucker Canon imageRUNNER ADVANCE DX C3826i", 24, 4890.00)], "30 Tage netto",
    "Lieferung gem. Zuschlag simap.ch Projekt-ID 265431 (BöB)", "Vertrag 2024-0778", "B2B", True, "state_owned_company_procurement")
add("Weltpostverein (UPU)", "", "Internationales Büro, Procurement", "procurement@upu.int", "", [("Bürodrehstuhl Giroflex 64", 18, 1290.00)],
    "30 Tage netto", "Bürostühle, MWST-befreit (Gaststaatgesetz)", "UPU PO 24-1187", "B2B", True, "international_org",
    address=("Weltpoststrasse 4", "3015", "Bern"))
add("Internationales Komitee vom Roten Kreuz (IKRK)", "", "Logistics Division", "gva_procurement@icrc.org", "",
    [("Aktenvernichter HSM Securio B32", 6, 690.00)], "30 Tage netto", "Aktenvernichter, MWST-befreit", "",
    "B2B", True, "international_org", address=("Avenue de la Paix 19", "1202", "Genève"))
add("Schweizerischer Nationalfonds SNF", "", "Dienste", "dienste@snf.ch", g.che_uid(rng) + " MWST",
    [("Dokumentenscanner Fujitsu fi-8170", 4, 1390.00)], "30 Tage netto", "Dokumentenscanner", "", "B2B", True, "state_founded_foundation",
    address=("Wildhainweg 3", "3001", "Bern"))
add("Ev.-ref. Kirchgemeinde Bern-Nydegg", "", "Sigristenamt", "nydegg@refbern.ch", "", [("Beamer Epson EB-992F", 1, 980.00)],
    "30 Tage netto", "Beamer Kirchgemeindehaus", "", "B2B", True, "public_law_church")
add("Baumann", "Daniel", "", umail("Daniel", "Baumann"), "", [("Nespresso Vertuo Next", 30, 179.00)], "sofort netto",
    "Nespresso Vertuo Next", "", "B2C", True, "private_person_bulk")
add("Schneider", "Nicole", "", umail("Nicole", "Schneider"), "", [("Bürodrehstuhl Giroflex 64", 2, 1290.00)], "TWINT",
    "für meine Coiffeur-Praxis", "", "B2B", True, "private_person_business_purpose")
add("Frei", "Urs", "", umail("Urs", "Frei"), "", [("Techniker-Einsatz pro Stunde", 4, 155.00)], "sofort netto",
    "Zahlung für Rechnung Schreinerei Zaugg GmbH", "", "B2B", True, "person_paying_company_invoice")
add("Keller", "", "", "", "", [("Serverschrank 42 HE 800x1000", 2, 1290.00)], "", "Serverschrank", "", "B2B", True, "thin_record",
    address=("", "", ""))
add("Meier", "", "", "", "", [("Apple iPad 10.9\" 64 GB", 1, 399.00)], "", "iPad", "", "B2C", True, "thin_record",
    address=("", "", ""))
add("Kanton Bern", "", "Amt für Informatik und Organisation (KAIO)", "kaio.rechnungen@be.ch", "",
    [("Sonos Era 100", 1, 249.00)], "30 Tage netto", "Sonos Era 100", "", "B2G", True, "canton_household_item")

add("Kunz", "Sandra", "", "sandra.kunz@bfs.admin.ch", "", [("Apple iPad 10.9\" 64 GB", 1, 399.00)], "TWINT",
    "iPad privat", "", "B2C", True, "person_gov_email")
add("Hofer", "Markus", "", "markus.hofer@unibe.ch", "", [("Dyson V15 Detect Staubsauger", 1, 749.00)], "Kreditkarte",
    "Lieferung Privatadresse", "", "B2C", True, "person_university_email")
add("Garage Schneeberger AG", "", "", "garage@schneeberger-ag.ch", cmw["Garage Schneeberger AG"], [("Sonos Era 100", 1, 249.00)],
    "30 Tage netto", "Sonos Era 100", "", "B2B", True, "company_household_item")
add("Stadt Thun", "", "Logistik und Einkauf", "einkauf@thun.ch", "", [("Nespresso Vertuo Next", 1, 179.00)],
    "30 Tage netto", "Nespresso Vertuo Next", "Bestellung Nr. 4500917733", "B2G", True, "municipality_household_item")
add("BKW Energie AG", "Kreditorenbuchhaltung", "", "kreditoren@bkw.ch", cmw["BKW Energie AG"],
    [("Schreibtisch elektrisch höhenverstellbar 160x80 cm", 40, 1150.00)], "30 Tage netto",
    "Zuschlag Submission nach IVöB, simap-Projekt 271904", "Rahmenvertrag BKW-24-118", "B2B", True, "state_owned_company_procurement")
add("Zimmermann", "Peter", "", umail("Peter", "Zimmermann"), "", [("Multifunktionsdrucker Canon imageRUNNER ADVANCE DX C3826i", 1, 4890.00)],
    "sofort netto", "für mein Architekturbüro (Einzelfirma)", "", "B2B", True, "private_person_business_purpose")
add("Fischer", "", "", "", "", [("Produktionsdrucker Canon imagePRESS V700", 1, 48900.00)], "", "imagePRESS V700", "",
    "B2B", True, "thin_record", address=("", "", ""))
add("Steiner", "", "", "", "", [("Nespresso Vertuo Next", 1, 179.00)], "", "Nespresso", "", "B2C", True, "thin_record",
    address=("", "", ""))
add("Brunner", "Simone", "", umail("Simone", "Brunner"), "", [("Apple iPad 10.9\" 64 GB", 20, 399.00)], "sofort netto",
    "iPad 10.9", "", "B2C", True, "private_person_bulk")

rng.shuffle(docs)
d0 = dt.date(2024, 1, 4)
rows, labels, total = [], [], 0.0
for i, d in enumerate(docs):
    bd = d0 + dt.timedelta(days=int(i * 1.5))
    while bd.weekday() >= 5:
        bd += dt.timedelta(days=1)
    days = 10 if d["kond"] in ("sofort netto", "Kreditkarte", "TWINT") else 30
    vd = bd + dt.timedelta(days=days)
    art, q, p = d["lines"][0]
    net = q * p
    exempt = "befreit" in d["text"]
    gross = r05(net if exempt else net * 1.081)
    mw = 0.0 if exempt else round(gross - gross / 1.081, 2)
    total += gross
    status = "bezahlt" if bd < dt.date(2024, 11, 1) and rng.random() < 0.88 else rng.choice(["offen", "gemahnt"])
    strasse, plz, ort = d["addr"]
    name = d["name"] + (" " if rng.random() < 0.06 else "")
    rows.append([str(d["kunde"]), name, d["vorname"], d["zusatz"], strasse, plz, ort, "CH" if plz else "", d["mwst"], d["mail"],
                 str(240000 + i + 1), bd.strftime("%d.%m.%Y"), vd.strftime("%d.%m.%Y"),
                 f"Rg. {240000 + i + 1} {d['text']}".strip(), art, f"{q:.2f}", chf(gross), "0.0%" if exempt else "8.1%",
                 chf(mw), d["kond"], d["ref"], status])
    labels.append((d["label"], d["amb"], d["kind"], d["cc"]))


def line(cells):
    out = []
    for c in cells:
        c = str(c)
        if ";" in c or '"' in c:
            c = '"' + c.replace('"', '""') + '"'
        out.append(c)
    return ";".join(out)


n = len(HEAD)
txt = [line(["ABACUS Debitorenbuchhaltung"] + [""] * (n - 1)),
       line(["Mandant 7100 Bürotechnik Aare AG, Bern"] + [""] * (n - 1)),
       line(["Belegjournal Rechnungen 01.01.2024 - 31.12.2024, Währung CHF"] + [""] * (n - 1)),
       line(["Gedruckt am 14.01.2025 08:47, Benutzer FIBU1"] + [""] * (n - 1)),
       "",
       line(HEAD)]
txt += [line(r) for r in rows]
tot = [""] * n
tot[0] = "Total"
tot[10] = f"{len(rows)} Belege"
tot[16] = chf(total)
txt.append(line(tot))
(g.LAYOUTS / f"{LID}.csv").write_bytes(("\r\n".join(txt) + "\r\n").encode("cp1252"))
g.write_labels(LID, labels)
g.write_key({
    "id": LID,
    "system": "Abacus Business Software (Switzerland) - Debitorenbuchhaltung, Belegjournal of customer invoices exported as CSV",
    "country": "CH", "language": "de",
    "docs": [
        "manual.amparex.com 'Abacus | Buchhaltung' - Abacus separates Debitorenbuchhaltung (Kunden/Debitoren, Rechnungsbuchungen, Zahlungen) from Finanzbuchhaltung; Swiss 'Rappenrundung' of the gross invoice total to 0.05; invoices carry payment references - gave the debtor/invoice content and the rounding",
        "vertec.com 'Abacus Web Debitoren Schnittstelle' / 'AbaConnect Webservice Debitoren Schnittstelle' - debtor invoices are booked per Mandant (Fibu Mandant, Geschäftsbereich) - gave the Mandant title line",
        "aconto.ch / help.kontera.ch Abacus import guides - MWST handling in Abacus ('MWST berechnen'), Mandant menus",
        "No public page found gives the verbatim column list of an Abacus Belegjournal export; the German headers, title block and Total line are my reconstruction of a Windows (ANSI/cp1252) semicolon CSV with Swiss number format 1'234.50 and dd.mm.yyyy dates"],
    "fields": {"buyer": "Name", "product": "Artikel", "quantity": "Menge", "amount": "Betrag CHF", "tax_id": "MWST-Nr.",
               "email": "E-Mail", "payment": "Zahlungskondition", "comment": "Buchungstext"},
    "also_ok": {"buyer": ["Vorname", "Zusatz", "Kunden-Nr."], "comment": ["Ihre Referenz"], "amount": ["MWST CHF"]},
    "notes": "cp1252, ';' delimited, CRLF. Four title lines (ABACUS Debitorenbuchhaltung / Mandant / Belegjournal period / print stamp) and one blank line precede the header (read with skiprows=5); the last line is a Total line ('Total', 'n Belege', sum) and is not a record. One row per Beleg (invoice). Name = organisation or person's surname; Vorname only for persons; Zusatz = department or 'Inh.' line. Betrag CHF is gross incl. 8.1% MWST, rounded to 0.05, Swiss format with apostrophe thousands separator. MWST-Nr. is CHE-xxx.xxx.xxx MWST with valid mod-11 check digit.",
})
print(LID, len(rows), "rows")
