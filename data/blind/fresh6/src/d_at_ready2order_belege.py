"""ready2order (AT) POS receipt export, one line per Belegposition.
Rebuilds layouts/d_at_ready2order_belege.csv and its key. Seed fixed."""
import csv
import datetime as dt
import io
import random

import d_common as C

ID = "d_at_ready2order_belege"
rng = random.Random(60602)

# (Produktgruppe, Produkt, Brutto-Preis, USt, household?)
PROD = [
    ("Schreibwaren", "Pelikan Füller Pelikano Junior", 14.90, 20, True),
    ("Schreibwaren", "STABILO point 88 Fineliner 10er Etui", 9.99, 20, True),
    ("Schreibwaren", "Faber-Castell Buntstifte 24er", 8.49, 20, True),
    ("Schreibwaren", "Staedtler Noris Bleistift HB", 0.89, 20, True),
    ("Schulbedarf", "Schulheft A4 liniert 40 Blatt", 1.19, 20, True),
    ("Schulbedarf", "Schultasche Step by Step Grade", 189.00, 20, True),
    ("Schulbedarf", "Zeichenblock A3 20 Blatt", 3.49, 20, True),
    ("Büro", "Kopierpapier A4 80g 500 Blatt", 6.99, 20, False),
    ("Büro", "Leitz Ordner 8 cm A4", 4.49, 20, False),
    ("Büro", "Tesafilm 33 m x 19 mm", 2.99, 20, False),
    ("Büro", "Briefumschläge C4 mit Fenster, 50 Stk.", 7.90, 20, False),
    ("Büro", "Tonerkassette HP 59A schwarz", 119.00, 20, False),
    ("Büro", "Laminierfolien A4 100 Stk.", 14.90, 20, False),
    ("Spielwaren", "LEGO City Feuerwehrstation 60320", 99.99, 20, True),
    ("Spielwaren", "Ravensburger Puzzle 1000 Teile", 14.99, 20, True),
    ("Spielwaren", "Playmobil Bauernhof 71304", 59.99, 20, True),
    ("Bücher", "Duden - Die deutsche Rechtschreibung", 32.00, 10, True),
    ("Bücher", "Österreichisches Wörterbuch, 44. Auflage", 16.90, 10, True),
    ("Zeitschriften", "Kleine Zeitung", 2.20, 10, True),
    ("Geschenke", "Geschenkpapier Rolle 2 m", 3.50, 20, True),
    ("Geschenke", "Glückwunschkarte Geburtstag", 3.95, 20, True),
    ("Kaffee", "Kaffee Melange", 3.90, 10, True),
    ("Elektronik", "Taschenrechner Casio fx-991DE X", 29.90, 20, True),
    ("Elektronik", "USB-Stick SanDisk 64 GB", 12.99, 20, True),
    ("Dienstleistung", "Kopien s/w A4", 0.15, 20, False),
    ("Dienstleistung", "Bindung Spiralbindung", 3.50, 20, False),
]
HOUSE = [p for p in PROD if p[4] and p[0] not in ("Kaffee",)]
OFFICE = [p for p in PROD if not p[4]]
P = {p[1]: p for p in PROD}

FIRST = ["Maria", "Anna", "Elisabeth", "Katharina", "Sabine", "Johann", "Josef", "Franz", "Thomas", "Michael",
         "Lukas", "Stefan", "Christina", "Andreas", "Barbara", "Martin", "Julia", "Florian", "Monika", "Gerhard"]
LAST = ["Gruber", "Huber", "Bauer", "Wagner", "Müller", "Pichler", "Steiner", "Moser", "Mayer", "Hofer",
        "Leitner", "Berger", "Fuchs", "Eder", "Fischer", "Schmid", "Winkler", "Weber", "Schwarz", "Maier", "Reiter"]
FREEMAIL = ["gmx.at", "aon.at", "gmail.com", "chello.at", "outlook.com", "a1.net"]

GOV = [
    ("Volksschule Graz-Hirten", "vs-graz-hirten@bildung.gv.at", "public_school"),
    ("BG/BRG Carnerigasse", "direktion@carnerigasse.at", "public_school"),
    ("Marktgemeinde Gratwein-Straßengel", "gemeinde@gratwein-strassengel.gv.at", "municipality"),
    ("Stadt Graz - Amt für Jugend und Familie", "jugendamt@stadt.graz.at", "municipality"),
    ("Bezirkshauptmannschaft Graz-Umgebung", "bhgu@stmk.gv.at", "state_agency"),
    ("Landespolizeidirektion Steiermark", "lpd-st@polizei.gv.at", "police"),
    ("Amt der Steiermärkischen Landesregierung, Abteilung 6", "abteilung6@stmk.gv.at", "state_agency"),
    ("Militärkommando Steiermark", "milkdo.st@bmlv.gv.at", "armed_forces"),
    ("Bezirksgericht Graz-West", "bg-graz-west@justiz.gv.at", "court"),
    ("Landeskrankenhaus Graz II (KAGes)", "einkauf@kages.at", "public_hospital"),
]
BIZ = [
    ("Steuerberatung Huber & Partner OG", "office@huber-partner.at", "company"),
    ("Tischlerei Gruber e.U.", "tischlerei.gruber@aon.at", "sole_trader"),
    ("Rechtsanwalt Mag. Thomas Leitner", "kanzlei@ra-leitner.at", "law_firm"),
    ("Magna Steyr Fahrzeugtechnik GmbH & Co KG", "einkauf.graz@magna.com", "company"),
    ("SPAR Österreichische Warenhandels-AG", "filiale.graz@spar.at", "company"),
    ("Ordination Dr. Elisabeth Moser", "ordination@dr-moser.at", "sole_trader"),
    ("Café Sacher Graz GmbH", "graz@sacher.com", "company"),
    ("Pfarre Graz-St. Leonhard", "pfarre.leonhard@graz-seckau.at", "church"),
    ("Elternverein der VS Graz-Hirten", "elternverein.hirten@gmx.at", "parents_association"),
    ("Kinderfreunde Steiermark", "office@kinderfreunde-stmk.at", "nonprofit"),
    ("Architekturbüro Pichler ZT GmbH", "office@pichler-zt.at", "company"),
]

docs = []


def add(cust, firma, uid, mail, lines, pay, text, label, amb, kind, cc="AT"):
    docs.append(dict(cust=cust, firma=firma, uid=uid, mail=mail, lines=lines, pay=pay, text=text,
                     label=label, amb=amb, kind=kind, cc=cc))


def pick(pool, n, q=(1, 2)):
    return [(p, rng.randint(*q)) for p in rng.sample(pool, n)]


# anonymous retail receipts (the bulk of a POS export)
for _ in range(66):
    n = rng.choice([1, 1, 1, 2, 2, 3])
    pool = PROD if rng.random() < 0.8 else HOUSE
    add("", "", "", "", pick(pool, n, (1, 3)), rng.choice(["Bar", "Bar", "Bankomat", "Bankomat", "Kreditkarte"]),
        "", "B2C", False, "anonymous_retail")
# named private customers (Stammkunden)
for _ in range(10):
    v, n = rng.choice(FIRST), rng.choice(LAST)
    style = rng.choice(["{v} {n}", "{n} {v}", "{n}, {v}", "{V}"])
    cust = style.format(v=v, n=n, V=n.upper() + " " + v)
    tr = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
    mail = f"{v.lower()}.{n.lower()}@{rng.choice(FREEMAIL)}".translate(tr) if rng.random() < 0.6 else ""
    add(cust, "", "", mail, pick(HOUSE, rng.choice([1, 2]), (1, 2)), rng.choice(["Bar", "Bankomat"]),
        rng.choice(["", "", "Kundenkarte", "Bestellung abgeholt"]), "B2C", False, "private_person")
# companies on account
for firma, mail, kind in BIZ:
    for _ in range(rng.choice([1, 2])):
        uid = C.at_uid(rng) if kind in ("company",) or rng.random() < 0.4 else ""
        if kind in ("church", "parents_association", "nonprofit"):
            uid = ""
        add(rng.choice(["", rng.choice(FIRST) + " " + rng.choice(LAST)]), firma, uid, mail,
            pick(OFFICE, rng.choice([1, 2, 3]), (2, 10)), rng.choice(["Rechnung", "Rechnung", "Bankomat", "Überweisung"]),
            rng.choice(["", "", "Lt. Bestellung", "Bitte Rechnung an Buchhaltung"]), "B2B", False, kind)
# public bodies on account
for firma, mail, kind in GOV:
    for _ in range(rng.choice([1, 2])):
        add(rng.choice(["", rng.choice(FIRST) + " " + rng.choice(LAST)]), firma, "", mail,
            pick(OFFICE + [P["Schulheft A4 liniert 40 Blatt"], P["Zeichenblock A3 20 Blatt"]], rng.choice([1, 2, 3]), (3, 30)),
            "Rechnung", rng.choice(["", f"Bestellung Nr. {rng.randint(100, 999)}/2024", "Auftrag lt. Sammelbestellung"]),
            "B2G", False, kind)

# ambiguous cases
add("Gerhard Berger", "", "", "gerhard.berger@polizei.gv.at", [(P["LEGO City Feuerwehrstation 60320"], 1), (P["Glückwunschkarte Geburtstag"], 1)],
    "Bankomat", "", "B2C", True, "person_gov_email")
add("Katharina Eder", "", "", "katharina.eder@stmk.gv.at", [(P["Ravensburger Puzzle 1000 Teile"], 2)],
    "Kreditkarte", "", "B2C", True, "person_gov_email")
add("", "Architekturbüro Pichler ZT GmbH", C.at_uid(rng), "office@pichler-zt.at", [(P["Playmobil Bauernhof 71304"], 1)],
    "Rechnung", "", "B2B", True, "company_household_item")
add("Josef Gruber", "Tischlerei Gruber e.U.", "", "", [(P["Taschenrechner Casio fx-991DE X"], 1), (P["USB-Stick SanDisk 64 GB"], 1)],
    "Bankomat", "", "B2B", True, "sole_trader_personal_payment")
add("", "Volksschule Graz-Hirten", "", "vs-graz-hirten@bildung.gv.at", [(P["Ravensburger Puzzle 1000 Teile"], 1)],
    "Rechnung", "Geschenk Verabschiedung", "B2G", True, "public_school_household_item")
add("", "Marktgemeinde Gratwein-Straßengel", "", "gemeinde@gratwein-strassengel.gv.at", [(P["Geschenkpapier Rolle 2 m"], 2), (P["Glückwunschkarte Geburtstag"], 3)],
    "Rechnung", "", "B2G", True, "municipality_household_item")
add("Andreas Hofer", "", "", "", [(P["Schulheft A4 liniert 40 Blatt"], 60), (P["Staedtler Noris Bleistift HB"], 60)],
    "Bar", "für meinen Nachhilfe-Betrieb, bitte Rechnung", "B2B", True, "private_stated_business_use")
add("Monika Reiter", "", "", "monika.reiter@gmx.at", [(P["Taschenrechner Casio fx-991DE X"], 25)],
    "Bar", "", "B2C", True, "private_bulk_quantity")
add("", "Österreichisches Rotes Kreuz, Landesverband Steiermark", "", "office@st.roteskreuz.at",
    [(P["Kopierpapier A4 80g 500 Blatt"], 10), (P["Briefumschläge C4 mit Fenster, 50 Stk."], 4)],
    "Rechnung", "", "B2B", False, "nonprofit")
add("", "Internationale Atomenergie-Organisation (IAEO)", "", "procurement@iaea.org",
    [(P["Laminierfolien A4 100 Stk."], 5), (P["Leitz Ordner 8 cm A4"], 20)],
    "Überweisung", "", "B2B", True, "international_org")
add("", "ÖBB-Personenverkehr AG", C.at_uid(rng), "einkauf.pv@pv.oebb.at", [(P["Tonerkassette HP 59A schwarz"], 6)],
    "Rechnung", "Abruf Rahmenvereinbarung nach BVergG, GZ PV-2024-1187", "B2B", True, "state_owned_company_procurement")
add("Hr. Wagner", "", "", "", [(P["Kopierpapier A4 80g 500 Blatt"], 5)], "Bar", "", "B2C", True, "thin_record")
add("", "", "", "", [(P["Tonerkassette HP 59A schwarz"], 4)], "Rechnung", "", "B2B", True, "product_only")
add("Sabine Steiner", "", "", "sabine.steiner@magna.com", [(P["Schultasche Step by Step Grade"], 1)], "Kreditkarte", "",
    "B2C", True, "person_company_email")
add("", "Café Sacher Graz GmbH", C.at_uid(rng), "graz@sacher.com", [(P["LEGO City Feuerwehrstation 60320"], 1)],
    "Bankomat", "", "B2B", True, "company_household_item")
add("Fr. Moser", "", "", "", [(P["Tonerkassette HP 59A schwarz"], 1)], "Bar", "", "B2C", True, "thin_record")
add("Lukas Fuchs", "", "", "lukas.fuchs@kages.at", [(P["Playmobil Bauernhof 71304"], 1), (P["Geschenkpapier Rolle 2 m"], 1)],
    "Bankomat", "", "B2C", True, "person_public_hospital_email")
# a few German customers (tourists / cross-border)
add("", "", "", "", [(P["Kleine Zeitung"], 1), (P["Kaffee Melange"], 2)], "Kreditkarte", "", "B2C", False, "anonymous_retail")
add("", "Kinderfreunde Steiermark", "", "office@kinderfreunde-stmk.at", [(P["Zeichenblock A3 20 Blatt"], 40), (P["Faber-Castell Buntstifte 24er"], 20)],
    "Rechnung", "Ferienaktion", "B2B", False, "nonprofit")

rng.shuffle(docs)
HEAD = ["Beleg-Nr.", "Datum", "Uhrzeit", "Kassa", "Mitarbeiter", "Kunde", "Firma", "UID-Nummer", "E-Mail",
        "Produktgruppe", "Produkt", "Menge", "Einzelpreis", "Rabatt", "Summe brutto", "Steuersatz", "Summe netto",
        "Zahlungsart", "Belegtext", "Status"]
STAFF = ["Claudia", "Verena", "Patrick", "Chef"]
rows, labels = [], []
t = dt.datetime(2024, 9, 2, 8, 5)
for i, d in enumerate(docs):
    t += dt.timedelta(minutes=rng.randint(4, 95))
    if t.hour >= 18:
        t = (t + dt.timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 30))
        if t.weekday() == 6:
            t += dt.timedelta(days=1)
    bnr = f"RE{2024}/{4815 + i:06d}"
    status = "bezahlt" if d["pay"] != "Rechnung" else rng.choice(["offen", "bezahlt"])
    kassa = "Kassa 1" if rng.random() < 0.8 else "Kassa 2"
    staff = rng.choice(STAFF)
    for (grp, name, price, vat, _h), qty in d["lines"]:
        rab = 0.0
        if qty >= 10 and rng.random() < 0.5:
            rab = 10.0
        tot = round(price * qty * (1 - rab / 100), 2)
        net = round(tot / (1 + vat / 100), 2)
        rows.append([bnr, t.strftime("%d.%m.%Y"), t.strftime("%H:%M:%S"), kassa,
                     staff, d["cust"], d["firma"], d["uid"], d["mail"], grp, name, str(qty),
                     C.dec(price), (C.dec(rab) + " %") if rab else "", C.dec(tot), f"{vat} %", C.dec(net),
                     d["pay"], d["text"], status])
        labels.append((d["label"], d["amb"], d["kind"], d["cc"]))

buf = io.StringIO()
csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows([HEAD] + rows)
(C.OUT / "layouts").mkdir(exist_ok=True)
with open(C.OUT / "layouts" / f"{ID}.csv", "w", encoding="utf-8-sig", newline="") as f:
    f.write(buf.getvalue())

meta = {
    "id": ID,
    "system": "ready2order (AT) cloud POS: receipt/invoice export (Belege), one line per receipt item",
    "country": "AT",
    "language": "de",
    "docs": [
        "No public ready2order export documentation was found in the public documentation searched (documentation pages, web pages, code); the column set "
        "follows what a ready2order receipt carries (full receipt number, date/time, register, cashier, optional "
        "customer with company, UID and e-mail, product group, product, quantity, price, discount, VAT rate, payment "
        "method, receipt text) and is written the way German-language Austrian POS back-offices export for Excel: "
        "UTF-8 with BOM, ';' delimiter, decimal comma, dd.mm.yyyy dates. This is my reading, not a documented spec.",
        "LABELING.md: a cash-register receipt with no buyer is anonymous retail, B2C, not ambiguous",
    ],
    "fields": {"buyer": "Firma", "product": "Produkt", "quantity": "Menge", "amount": "Summe brutto",
               "tax_id": "UID-Nummer", "email": "E-Mail", "payment": "Zahlungsart", "comment": "Belegtext"},
    "also_ok": {"buyer": ["Kunde"], "amount": ["Summe netto"], "product": ["Produktgruppe"]},
    "notes": "CSV UTF-8 with BOM, ';' delimiter, minimal quoting, CRLF, decimal comma, prices gross (Austrian POS), "
             "Rabatt as '10,00 %'. One record per receipt item; all items of one Beleg-Nr. share the label. Most "
             "receipts have no customer at all (anonymous walk-in sale = B2C). Kunde holds a contact/person name, "
             "Firma the customer company; either may be empty. No title or totals lines.",
}
C.write_key(meta, labels)
print(ID, len(rows), "records,", len(docs), "receipts")
