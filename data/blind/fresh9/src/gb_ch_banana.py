"""Banana Buchhaltung Plus (Doppelte Buchhaltung mit MWST), Tabelle Buchungen exported to Excel.
Sales postings of a Swiss garden-machine and household-appliance dealer; the customer is named in Beschreibung."""
import random
from datetime import date, datetime, timedelta
from openpyxl import Workbook
from gb_common import LAYOUTS, KEYS, save_xlsx, write_labels

rng = random.Random(8101)
ID = "gb_ch_banana_buchungen"
COLS = ["Datum", "Beleg", "Rechnung", "Beschreibung", "KtSoll", "KtHaben", "Betrag CHF", "MWST/USt-Code"]

# product, unit price CHF incl. VAT, kind (h household, g garden/pro, b business-only), revenue account
P = [("Akku-Rasenmäher STIHL RMA 248", 479.00, "h", "3200"), ("Heckenschere STIHL HSA 50", 289.00, "h", "3200"),
     ("Laubbläser STIHL BGA 57", 239.00, "g", "3200"), ("Motorsäge STIHL MS 182", 449.00, "g", "3200"),
     ("Rasentraktor Husqvarna TC 112", 2890.00, "g", "3200"), ("Mähroboter Husqvarna Automower 305", 1590.00, "h", "3200"),
     ("Freischneider STIHL FS 94 R", 729.00, "g", "3200"), ("Kehrmaschine Kärcher KM 70/30 C", 1190.00, "g", "3200"),
     ("Hochdruckreiniger Kärcher HD 5/15 C", 1290.00, "b", "3200"), ("Kaffeemaschine Jura E8", 1149.00, "h", "3200"),
     ("Wasserkocher Kenwood ZJP00", 59.90, "h", "3200"), ("Staubsauger Miele Complete C3", 399.00, "h", "3200"),
     ("Waschmaschine V-ZUG AdoraWaschen V4000", 2690.00, "h", "3200"), ("Kühlschrank Bosch KGN36VWEA", 999.00, "h", "3200"),
     ("Service Rasentraktor inkl. Ölwechsel", 185.00, "s", "3400"), ("Reparatur Motorsäge, Arbeit 1.5 h", 142.50, "s", "3400"),
     ("Messerschärfen Mähwerk", 45.00, "s", "3400"), ("Winterservice Motorgeräte (Pauschale)", 95.00, "s", "3400"),
     ("Kommunalgerät Pellenc Akku-Heckenschere Helion 3", 1480.00, "b", "3200"), ("Schutzhose Schnittschutz Klasse 1", 189.00, "g", "3200"),
     ("Kettenöl BioPlus 5 l", 39.50, "g", "3200"), ("Transportpauschale", 60.00, "s", "3400")]
PH = [p for p in P if p[2] == "h"]
PG = [p for p in P if p[2] in "gbs"]
PS = [p for p in P if p[2] == "s"]

FIRST = ["Hans", "Peter", "Ursula", "Daniel", "Andrea", "Thomas", "Martin", "Monika", "Beat", "Reto", "Claudia", "Markus",
         "Sandra", "Christian", "Nicole", "Urs", "Ruth", "Stefan", "Barbara", "Luca", "Marco", "Silvia", "Bruno", "Esther"]
LAST = ["Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Meyer", "Steiner", "Fischer", "Gerber",
        "Brunner", "Baumann", "Frei", "Zimmermann", "Moser", "Widmer", "Wyss", "Graf", "Roth", "Bühler", "Kälin", "Suter"]
PLACES = ["Ittigen", "Ostermundigen", "Worb", "Münsingen", "Köniz", "Bolligen", "Muri bei Bern", "Belp", "Zollikofen", "Burgdorf"]

COMP = [("Implenia Schweiz AG", "company"), ("Galliker Transport AG", "company"), ("Emil Frey AG", "company"),
        ("Hotel Bellevue Palace Bern AG", "company"), ("Migros-Genossenschaft Aare", "cooperative"),
        ("Coop Genossenschaft", "cooperative"), ("Hauenstein AG", "company"), ("Schreinerei Gerber GmbH", "company"),
        ("Gartenbau Widmer AG", "company"), ("Die Schweizerische Post AG", "company"), ("Swisscom (Schweiz) AG", "company"),
        ("Stiftung Pro Senectute Kanton Bern", "non_profit"), ("Stockwerkeigentümergemeinschaft Seeblick, Spiez", "homeowners_association"),
        ("Römisch-katholische Pfarrei St. Josef, Köniz", "religious_org"), ("Landi Bern-Gürbetal Genossenschaft", "cooperative"),
        ("Golfclub Blumisberg", "association"), ("Tierarztpraxis Dr. med. vet. R. Suter", "professional_practice")]
PUB = [("Gemeinde Ittigen, Werkhof", "municipality"), ("Einwohnergemeinde Muri bei Bern", "municipality"),
       ("Stadt Bern, Stadtgrün Bern", "municipality"), ("Gemeinde Köniz, Abteilung Umwelt und Landschaft", "municipality"),
       ("Kanton Bern, Tiefbauamt Oberingenieurkreis II", "regional_government"), ("Universität Bern, Botanischer Garten", "public_university"),
       ("ETH Zürich, Immobilien", "public_university"), ("Inselspital, Universitätsspital Bern", "public_hospital"),
       ("armasuisse Immobilien", "government_agency"), ("Bundesamt für Strassen ASTRA, Filiale Thun", "government_agency"),
       ("Schweizer Armee, Logistikcenter Thun", "armed_forces"), ("Botschaft der Bundesrepublik Deutschland, Bern", "embassy"),
       ("Schulanlage Rüti, Gemeinde Zollikofen", "public_school")]

docs = []  # each: list of (Beschreibung, product, qty), ktsoll, label dict


def posting_lines(cust, items, style):
    out = []
    for j, (prod, q) in enumerate(items):
        name = prod[0] if q == 1 else f"{q} Stk. {prod[0]}"
        if style == "colon":
            d = f"{cust}: {name}" if j == 0 or rng.random() < 0.5 else name
        elif style == "comma":
            d = f"{cust}, {name}"
        else:
            d = f"{name} ({cust})"
        out.append((d, prod, q))
    return out


def add(cust, items, kt, label, amb, kind, country="CH", style=None):
    style = style or rng.choice(["colon", "colon", "comma", "paren"])
    lines = posting_lines(cust, items, style) if cust else [(p[0] if q == 1 else f"{q} Stk. {p[0]}", p, q) for p, q in items]
    docs.append(dict(lines=lines, kt=kt, lab=dict(label=label, amb=amb, kind=kind, country=country)))


def pick(pool, n, qmax):
    return [(p, rng.randint(1, qmax)) for p in rng.sample(pool, n)]


for i in range(38):  # counter sales, no buyer: anonymous retail
    docs.append(dict(lines=[(rng.choice(["Barverkauf", "Ladenverkauf bar", "Verkauf Laden, Twint", "Barverkauf Laden"]) + ": " + p[0], p, 1)
                            for p, _ in pick(PH + PG[:6], 1, 1)],
                     kt=rng.choice(["1000", "1000", "1020"]), lab=dict(label="B2C", amb=False, kind="anonymous_retail", country="CH")))
for i in range(30):  # named private customers on invoice
    f, l = rng.choice(FIRST), rng.choice(LAST)
    cust = rng.choice([f"{f} {l}, {rng.choice(PLACES)}", f"{l} {f}", f"Hr. {l}, {rng.choice(PLACES)}", f"Fr. {f[0]}. {l}", f"{l.upper()} {f}"])
    add(cust, pick(PH + PS, rng.choice([1, 1, 2]), 1), "1100", "B2C", False, "private_person")
for i in range(32):
    c, kind = rng.choice(COMP)
    add(c, pick(PG, rng.choice([1, 2, 2, 3]), 4), "1100", "B2B", False, kind)
for i in range(20):
    c, kind = rng.choice(PUB)
    add(c, pick(PG, rng.choice([1, 2, 3]), 4), "1100", "B2G", False, kind, country="DE" if kind == "embassy" else "CH")
# ambiguous
add("Kindergarten Lindenhof, Gemeinde Worb", [(P[10], 1)], "1100", "B2G", True, "public_school_household_item")
add("Gemeinde Bolligen, Tagesschule", [(P[11], 1)], "1100", "B2G", True, "public_school_household_item")
add("Galliker Transport AG", [(P[9], 1)], "1100", "B2B", True, "company_household_item")
add("Hotel Bellevue Palace Bern AG", [(P[13], 1)], "1100", "B2B", True, "company_household_item")
add("Frei Urs (Gartenunterhalt Frei), bar", [(P[1], 1)], "1000", "B2B", True, "sole_trader_personal_payment")
add("Peter Brunner, für seinen Gartenbaubetrieb", [(P[3], 2), (P[20], 4)], "1100", "B2B", True, "private_stated_business_use")
add("Monika Kälin, Belp", [(P[20], 40)], "1100", "B2C", True, "private_bulk_quantity")
add("SBB AG, Infrastruktur Anlagen und Technologie, Ausschreibung simap Nr. 1284417", [(P[7], 2), (P[8], 1)], "1100", "B2B", True, "state_owned_company")
add("BLS Netz AG, Zuschlag nach BöB", [(P[6], 3)], "1100", "B2B", True, "state_owned_company")
add("CERN", [(P[8], 1), (P[19], 4)], "1100", "B2B", True, "international_org")
add("Internationales Komitee vom Roten Kreuz (IKRK)", [(P[2], 2)], "1100", "B2B", True, "international_org")
add("Weltpostverein UPU, Bern", [(P[4], 1)], "1100", "B2B", True, "international_org")
add("Daniel Roth (Mitarbeiter Inselspital), Lieferung privat", [(P[5], 1)], "1100", "B2C", True, "person_work_context")
docs.append(dict(lines=[("Twint Sammelgutschrift Laden", None, 1)], kt="1020", lab=dict(label="B2C", amb=True, kind="payout_line", country="CH")))
docs.append(dict(lines=[("SumUp Auszahlung Kartenzahlungen KW 36", None, 1)], kt="1020", lab=dict(label="B2C", amb=True, kind="payout_line", country="CH")))
for p in [P[18], P[12], P[8]]:
    docs.append(dict(lines=[(f"Verkauf gem. Lieferschein: {p[0]}", p, 1)], kt="1100",
                     lab=dict(label="B2B" if p[2] == "b" else "B2C", amb=True, kind="thin_record", country="CH")))

rng.shuffle(docs)
wb = Workbook()
ws = wb.active
ws.title = "Buchungen"
ws.append(COLS)
labels = []
d = date(2024, 3, 1)
beleg, rg = 412, 24101
for doc in docs:
    d += timedelta(days=rng.choice([0, 0, 1, 1, 2]))
    beleg += 1
    inv = ""
    if doc["kt"] == "1100":
        rg += 1
        inv = str(rg)
    for desc, prod, q in doc["lines"]:
        if prod is None:
            amt = round(rng.uniform(350, 2400), 2)
            ws.append([d, beleg, "", desc, doc["kt"], "1091", amt, ""])
        else:
            amt = round(prod[1] * q, 2)
            desc = desc + (" " if rng.random() < 0.06 else "")
            ws.append([d, beleg, inv, desc, doc["kt"], prod[3], amt, "V81"])
        labels.append(doc["lab"])
for c in ws["A"][1:]:
    c.number_format = "DD.MM.YYYY"
for c in ws["G"][1:]:
    c.number_format = "#,##0.00"
wb.properties.creator = 'Banana Accounting' if 'banana' in ID else 'Fattura24'
wb.properties.created = wb.properties.modified = datetime(2024, 10, 1, 9, 0)
save_xlsx(wb, LAYOUTS / f"{ID}.xlsx")
write_labels(KEYS / f"{ID}.labels.csv", labels)
print(ID, len(labels))
