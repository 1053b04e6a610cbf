"""helloCash (Austria) Belege export of a Graz stationery/copy shop. Seeded; rebuilds the layout exactly."""
import csv, io, random, datetime as dt
import g_common as g

LID = "g_at_hellocash_belege"
rng = random.Random(4401)

HEAD = ["Rechnungsnummer", "Datum", "Uhrzeit", "Kassier", "Zahlungsart", "Kundennummer", "Kunde",
        "UID-Nummer", "E-Mail", "Artikel", "Menge", "Einzelpreis", "Steuersatz", "Rabatt", "Gesamt",
        "Storno", "Rechnungstext"]

RETAIL = [("Kugelschreiber Schneider Slider Memo XB", 1.90), ("Collegeblock A4 kariert 80 Blatt", 3.49),
          ("Schulheft A4 liniert 20 Blatt", 0.89), ("Füllfeder Pelikan Pelikano Junior", 14.99),
          ("Geschenkpapier Rolle 2 m", 3.99), ("Glückwunschkarte Geburtstag", 2.95),
          ("Tixo Klebeband 19 mm x 33 m", 2.49), ("Ordner Leitz 180° A4 8 cm", 4.29),
          ("Kopierpapier A4 80 g 500 Blatt", 6.49), ("Farbkopie A4", 0.50), ("SW-Kopie A4", 0.10),
          ("Laminieren A4", 1.50), ("Stabilo Boss Textmarker 4er-Set", 5.99), ("Radiergummi Staedtler Mars Plastic", 0.99),
          ("Faber-Castell Buntstifte 24er", 9.99), ("Bilderrahmen 13x18 cm", 7.90), ("Casio fx-82ES Plus", 19.90),
          ("HP 303 Tintenpatrone schwarz", 22.90), ("Buchkalender 2025 A5", 12.90), ("SanDisk USB-Stick 64 GB", 11.90),
          ("Bastelkarton A4 bunt 50 Blatt", 6.90), ("Sticker-Album Panini", 2.50), ("Briefmarken-Kuvert C6 10 Stk.", 1.90)]
OFFICE = [("Kopierpapier A4 80 g Karton 5x500 Blatt", 29.90), ("Toner HP 26A CF226A schwarz", 119.00),
          ("Visitenkarten Druck 500 Stk.", 49.00), ("Kuverts C4 mit Fenster 250 Stk.", 24.90),
          ("Trodat Printy 4912 Stempel mit Text", 32.50), ("Plakatdruck A1 Farbe", 18.00),
          ("Hängemappen Leitz 25 Stk.", 27.90), ("Flipchart-Block 20 Blatt kariert", 12.90),
          ("Laminierfolien A4 125 mic 100 Stk.", 14.90), ("Ordner Leitz 180° A4 8 cm", 4.29),
          ("Etiketten Avery Zweckform L7163 100 Blatt", 39.90), ("Brother TZe-231 Schriftband", 19.90),
          ("Broschürendruck A5 16 Seiten (100 Stk.)", 189.00)]
SCHOOL = [("Schulheft A4 liniert 20 Blatt", 0.89), ("Tafelkreide weiß 100 Stk.", 8.90),
          ("Whiteboard-Marker Edding 4er-Set", 9.90), ("Bastelkarton A3 bunt 50 Blatt", 12.90),
          ("Kopierpapier A4 80 g Karton 5x500 Blatt", 29.90), ("Laminierfolien A4 125 mic 100 Stk.", 14.90),
          ("UHU Alleskleber 35 g", 2.99), ("Faber-Castell Buntstifte 24er", 9.99)]

CASHIERS = ["Sandra", "Markus", "Kassa 1"]
FIRST = ["Maria", "Anna", "Elisabeth", "Katharina", "Sabine", "Claudia", "Lukas", "Thomas", "Michael", "Stefan",
         "Andreas", "Florian", "Christian", "Johanna", "Lena", "Julia", "Martin", "Gerhard", "Wolfgang", "Birgit"]
LAST = ["Huber", "Bauer", "Wagner", "Müller", "Steiner", "Mayer", "Hofer", "Fuchs", "Fischer", "Reiter",
        "Weber", "Schmid", "Lang", "Wolf", "Brunner", "Schwaiger", "Auer", "Winkler", "Koller", "Haas"]
FREEMAIL = ["gmx.at", "gmail.com", "aon.at", "chello.at", "a1.net", "hotmail.com", "yahoo.de"]


def person(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return f, l


def pmail(f, l):
    dom = rng.choice(FREEMAIL)
    sep = rng.choice([".", "", "_"])
    return f"{f.lower()}{sep}{l.lower()}{rng.choice(['', '', str(rng.randint(60, 99))])}@{dom}".replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")


def lines_from(pool, n, qty=(1, 3)):
    items = rng.sample(pool, n)
    return [(a, rng.randint(*qty), p) for a, p in items]


# named buyers: (Kunde, email, uid, kind, label, ambiguous, doc-builder)
docs = []  # each: dict(kunde, mail, uid, pay, lines, text, label, amb, kind, cc, custno)

cust_no = [1000]


def add(kunde, mail, uid, pay, lines, text, label, amb, kind, cc="AT", storno=False, custno=True):
    if custno:
        cust_no[0] += rng.randint(1, 7)
    docs.append(dict(kunde=kunde, mail=mail, uid=uid, pay=pay, lines=lines, text=text, label=label,
                     amb=amb, kind=kind, cc=cc, storno=storno, custno=str(cust_no[0]) if custno and kunde else ""))


# --- anonymous retail receipts (B2C, not ambiguous)
for _ in range(82):
    n = rng.choice([1, 1, 1, 1, 2, 2, 3])
    ls = lines_from(RETAIL, n)
    ls = [(a, (rng.choice([20, 35, 50, 120]) if "Kopie" in a else q), p) for a, q, p in ls]
    add("", "", "", rng.choice(["Bar", "Bar", "Bar", "Bankomat", "Bankomat", "Kreditkarte", "Gutschein"]), ls, "",
        "B2C", False, "anonymous_retail", custno=False)
# two storno receipts of walk-in sales
for _ in range(2):
    a, p = rng.choice(RETAIL)
    add("", "", "", "Bar", [(a, -1, p)], "Storno", "B2C", False, "anonymous_retail", storno=True, custno=False)

# --- companies (B2B)
firms = [
    ("AVL List GmbH", "einkauf@avl.com", True, "company"),
    ("KNAPP AG", "purchasing@knapp.com", True, "company"),
    ("Andritz AG", "office.graz@andritz.com", True, "company"),
    ("Energie Steiermark AG", "beschaffung@e-steiermark.com", True, "state_owned_company"),
    ("Holding Graz - Kommunale Dienstleistungen GmbH", "einkauf@holding-graz.at", True, "municipal_owned_company"),
    ("Installationen Pichler e.U.", "office@pichler-installationen.at", True, "sole_trader"),
    ("Gruber & Leitner OG", "office@gruber-leitner.at", True, "partnership"),
    ("Weingut Schwarz KG", "wein@weingut-schwarz.at", True, "partnership"),
    ("Steuerberatung Mag. Kainz", "kanzlei@kainz-stb.at", True, "professional_practice"),
    ("Dr. Birgit Lechner, Ordination für Allgemeinmedizin", "ordination@dr-lechner.at", False, "doctor_practice"),
    ("Café Fotter", "", False, "company"),
    ("Friseursalon Eder", "salon.eder@gmx.at", False, "sole_trader"),
    ("Architekturbüro Holzer ZT GmbH", "office@holzer-zt.at", True, "company"),
]
uids = {}
for name, mail, has_uid, kind in firms:
    uids[name] = g.atu_uid(rng) if has_uid else ""
for name, mail, has_uid, kind in firms:
    for _ in range(2):
        disp = name if rng.random() > 0.15 else name.upper()
        add(disp, mail, uids[name], rng.choice(["Rechnung (unbar)", "Rechnung (unbar)", "Bankomat"]),
            lines_from(OFFICE, rng.choice([1, 2, 2, 3]), (1, 5)), rng.choice(["", "", "Bestellung lt. Telefonat", "Lieferung ins Büro"]),
            "B2B", False, kind)

# --- municipalities, schools, Land (B2G)
gov = [
    ("Marktgemeinde Gratwein-Straßengel", "gemeinde@gratwein-strassengel.gv.at", "municipality", OFFICE),
    ("Stadtgemeinde Leibnitz", "stadtamt@leibnitz.at", "municipality", OFFICE),
    ("Gemeinde Seiersberg-Pirka", "gemeinde@seiersberg-pirka.gv.at", "municipality", OFFICE),
    ("Stadt Graz - Magistratsdirektion", "magistratsdirektion@stadt.graz.at", "municipality", OFFICE),
    ("Amt der Steiermärkischen Landesregierung, Abt. 6", "abteilung6@stmk.gv.at", "regional_government", OFFICE),
    ("BG/BRG Keplerstraße Graz", "direktion@kepler.at", "public_school", SCHOOL),
    ("Volksschule Graz-Andritz", "vs.andritz@stadt.graz.at", "public_school", SCHOOL),
    ("HTL BULME Graz-Gösting", "office@bulme.at", "public_school", SCHOOL),
    ("Mittelschule Gratkorn", "direktion@ms-gratkorn.at", "public_school", SCHOOL),
]
for name, mail, kind, pool in gov:
    for _ in range(rng.choice([2, 3])):
        add(name, mail, "", "Rechnung (unbar)", lines_from(pool, rng.choice([1, 2, 3]), (2, 10)),
            rng.choice(["", "Bestellnr. " + str(rng.randint(4500000, 4599999)), "lt. Auftrag"]), "B2G", False, kind)

# --- associations / church / private school (B2B)
npo = [
    ("Sportunion Graz-Andritz", "office@sportunion-andritz.at", "association"),
    ("Österreichisches Rotes Kreuz, Landesverband Steiermark", "einkauf@st.roteskreuz.at", "national_red_cross"),
    ("Röm.-kath. Pfarre Graz-St. Leonhard", "leonhard@graz-seckau.at", "religious_organisation"),
    ("Bischöfliches Gymnasium Graz", "sekretariat@bischgym.at", "private_school"),
    ("Elternverein VS Graz-Andritz", "elternverein.vsandritz@gmx.at", "parents_association"),
]
for name, mail, kind in npo:
    for _ in range(2):
        add(name, mail, "", rng.choice(["Rechnung (unbar)", "Bar"]), lines_from(OFFICE + SCHOOL, rng.choice([1, 2]), (1, 6)),
            "", "B2B", False, kind)

# --- named private persons, clear B2C
for _ in range(14):
    f, l = person(rng)
    kunde = rng.choice([f"{f} {l}", f"{l} {f}", f"{l}, {f}"])
    add(kunde, pmail(f, l) if rng.random() < 0.7 else "", "", rng.choice(["Bankomat", "Bar", "Rechnung (unbar)"]),
        lines_from(RETAIL, rng.choice([1, 2, 3])), rng.choice(["", "", "Schulstartpaket", "Abholung"]), "B2C", False, "private_person")

# --- ambiguous cases
f, l = "Claudia", "Reiter"
add(f"{f} {l}", "claudia.reiter@stmk.gv.at", "", "Bankomat",
    [("Geschenkpapier Rolle 2 m", 2, 3.99), ("Glückwunschkarte Geburtstag", 1, 2.95), ("Bilderrahmen 13x18 cm", 1, 7.90)],
    "Zustellung privat", "B2C", True, "person_gov_email")
add("Ing. Thomas Wagner", "thomas.wagner@avl.com", "", "Kreditkarte",
    [("Faber-Castell Buntstifte 24er", 1, 9.99), ("Schulheft A4 liniert 20 Blatt", 6, 0.89), ("Füllfeder Pelikan Pelikano Junior", 1, 14.99)],
    "Schulsachen Tochter", "B2C", True, "person_company_email")
add("KNAPP AG", "purchasing@knapp.com", uids["KNAPP AG"], "Rechnung (unbar)", [("Bilderrahmen 13x18 cm", 1, 7.90)],
    "", "B2B", True, "company_household_item")
add("Installationen Pichler e.U.", "", uids["Installationen Pichler e.U."], "Bankomat",
    [("Glückwunschkarte Geburtstag", 2, 2.95), ("Geschenkpapier Rolle 2 m", 1, 3.99)], "", "B2B", True, "sole_trader_personal_card")
add("Stadtgemeinde Leibnitz", "stadtamt@leibnitz.at", "", "Rechnung (unbar)", [("Glückwunschkarte Geburtstag", 1, 2.95)],
    "", "B2G", True, "municipality_household_item")
add("Volksschule Graz-Andritz", "vs.andritz@stadt.graz.at", "", "Bar", [("Bilderrahmen 13x18 cm", 1, 7.90)],
    "Abschiedsgeschenk", "B2G", True, "public_school_household_item")
f, l = person(rng)
add(f"{l} {f}", pmail(f, l), "", "Bankomat", [("Casio fx-82ES Plus", 30, 19.90)], "", "B2C", True, "private_person_bulk")
f, l = person(rng)
add(f"{f} {l}", pmail(f, l), "", "Bar", [("Sticker-Album Panini", 40, 2.50)], "", "B2C", True, "private_person_bulk")
f, l = person(rng)
add(f"{f} {l}", pmail(f, l), "", "Rechnung (unbar)", [("Visitenkarten Druck 500 Stk.", 1, 49.00), ("Trodat Printy 4912 Stempel mit Text", 1, 32.50)],
    "für mein neues Nagelstudio", "B2B", True, "private_person_business_purpose")
f, l = person(rng)
add(f"{f} {l}", pmail(f, l), "", "Bankomat", [("Toner HP 26A CF226A schwarz", 2, 119.00)],
    "bezahlt für Architekturbüro Holzer ZT GmbH, Rechnung an Firma", "B2B", True, "person_paying_company_invoice")
add("Berger", "", "", "Rechnung (unbar)", [("Kopierpapier A4 80 g Karton 5x500 Blatt", 24, 29.90)], "", "B2B", True, "thin_record")
add("Moser", "", "", "Bar", [("Tintenpatronen HP 303 Farbe", 1, 26.90)], "", "B2C", True, "thin_record")
add("Steuerberatung Mag. Kainz", "kanzlei@kainz-stb.at", uids["Steuerberatung Mag. Kainz"], "Bankomat",
    [("Casio fx-82ES Plus", 1, 19.90)], "", "B2B", True, "professional_household_item")
add("Amt der Steiermärkischen Landesregierung, Abt. 6", "abteilung6@stmk.gv.at", "", "Rechnung (unbar)",
    [("Buchkalender 2025 A5", 1, 12.90)], "", "B2G", True, "regional_government_household_item")
f, l = person(rng)
add(f"{f} {l}", f"{f.lower()}.{l.lower()}@bulme.at".replace("ü", "ue").replace("ö", "oe"), "", "Bar",
    [("Faber-Castell Buntstifte 24er", 1, 9.99), ("Geschenkpapier Rolle 2 m", 1, 3.99)], "", "B2C", True, "person_school_email")

add("Marktgemeinde Gratwein-Straßengel", "gemeinde@gratwein-strassengel.gv.at", "", "Rechnung (unbar)",
    [("Geschenkpapier Rolle 2 m", 1, 3.99), ("Glückwunschkarte Geburtstag", 1, 2.95)], "Ehrung Altbürgermeister",
    "B2G", True, "municipality_household_item")
add("Andritz AG", "office.graz@andritz.com", uids["Andritz AG"], "Bankomat",
    [("Geschenkpapier Rolle 2 m", 1, 3.99), ("Glückwunschkarte Geburtstag", 1, 2.95)], "", "B2B", True, "company_household_item")
add("Energie Steiermark AG", "beschaffung@e-steiermark.com", uids["Energie Steiermark AG"], "Rechnung (unbar)",
    [("Kopierpapier A4 80 g Karton 5x500 Blatt", 40, 29.90), ("Kuverts C4 mit Fenster 250 Stk.", 10, 24.90),
     ("Toner HP 26A CF226A schwarz", 6, 119.00)], "Rahmenvereinbarung gem. BVergG 2018, GZ ES-2024-0381",
    "B2B", True, "state_owned_company_procurement")
add("Mag. Lena Fuchs", "lena.fuchs@bmbwf.gv.at", "", "Kreditkarte",
    [("Buchkalender 2025 A5", 1, 12.90), ("Bilderrahmen 13x18 cm", 2, 7.90), ("Geschenkpapier Rolle 2 m", 1, 3.99)],
    "", "B2C", True, "person_gov_email")
f, l = person(rng)
add(f"{l}, {f}", pmail(f, l), "", "Bar",
    [("Visitenkarten Druck 500 Stk.", 1, 49.00), ("Kuverts C4 mit Fenster 250 Stk.", 1, 24.90)],
    "für die Praxis (Physiotherapie)", "B2B", True, "private_person_business_purpose")

# shuffle chronologically
rng.shuffle(docs)
start = dt.datetime(2024, 9, 2, 8, 30)
out_rows, labels = [], []
t = start
for i, d in enumerate(docs):
    t = t + dt.timedelta(minutes=rng.randint(8, 240), seconds=rng.randint(0, 59))
    if t.hour >= 18:
        t = (t + dt.timedelta(days=1)).replace(hour=8, minute=rng.randint(30, 59))
    if t.weekday() == 6:
        t = t + dt.timedelta(days=1)
    nr = f"{i + 1:05d}"
    kas = rng.choice(CASHIERS)
    for art, q, p in d["lines"]:
        rate = "10" if "Buch" in art and "kalender" not in art.lower() else "20"
        rab = 0.0
        if d["label"] != "B2C" and rng.random() < 0.2:
            rab = round(q * p * 0.05, 2)
        tot = round(q * p - rab, 2)
        f2 = lambda v: ("%.2f" % v).replace(".", ",")
        kunde = d["kunde"]
        if kunde and rng.random() < 0.08:
            kunde = kunde + " "  # trailing blank as typed into the customer record
        out_rows.append([nr, t.strftime("%d.%m.%Y"), t.strftime("%H:%M:%S"), kas, d["pay"], d["custno"], kunde,
                         d["uid"], d["mail"], art, str(q), f2(p), rate, f2(rab) if rab else "", f2(tot),
                         "ja" if d["storno"] else "nein", d["text"]])
        labels.append((d["label"], d["amb"], d["kind"], d["cc"]))

buf = io.StringIO()
w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(HEAD)
w.writerows(out_rows)
(g.LAYOUTS / f"{LID}.csv").write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
g.write_labels(LID, labels)
g.write_key({
    "id": LID,
    "system": "helloCash Registrierkasse (Austria) - Belege/Rechnungen export of the cash register, one row per receipt line",
    "country": "AT", "language": "de",
    "docs": [
        "helloCash API invoice object as used by public client libraries (github EM-Enterprise/HelloCash-API schemas/invoice/RawInvoice.ts, kilianweisl/hellocash-php-sdk test stubs): invoice_number, invoice_timestamp, invoice_cashier, invoice_payment, invoice_total, invoice_discount, invoice_cancellation, invoice_text, items (item_name, item_quantity, item_price, item_total, item_taxRate, item_discount), customer (customer_id, first/surname, email, customer_uid) - gave the field set and one-row-per-item content; German column names are my rendering of these fields",
        "hellocash.de FAQ 'Überweisungen in helloCash erfassen': payment type 'Rechnung (unbar)' always requires a customer (no invoice to 'anonym'); custom payment types can be added - gave payment values and the rule that named customers sit on unbar invoices",
        "blog.hellocash.at (Storno, Rechnungen verwalten/wiederherstellen, Kassier, Signaturpflicht RKSV) - gave storno flag and cashier column",
        "No public page found lists the exact CSV column headers of the Belege export; delimiter ';', UTF-8 with BOM, comma decimals and dd.mm.yyyy are the Austrian Excel conventions the export is opened with"],
    "fields": {"buyer": "Kunde", "product": "Artikel", "quantity": "Menge", "amount": "Gesamt",
               "tax_id": "UID-Nummer", "email": "E-Mail", "payment": "Zahlungsart", "comment": "Rechnungstext"},
    "also_ok": {"amount": ["Einzelpreis"], "buyer": ["Kundennummer"]},
    "notes": "One row per receipt line; all lines with the same Rechnungsnummer are one receipt and share a label. No title or totals lines. Empty Kunde = anonymous walk-in receipt (Bar/Bankomat/Kreditkarte/Gutschein) = B2C not ambiguous. Storno rows carry negative Menge/Gesamt and Storno='ja'. Kunde holds the company name or the person's name as typed (some 'Last First', 'Last, First', upper case, trailing blanks). Amounts gross in EUR with comma decimals.",
})
print(LID, len(out_rows), "rows")
