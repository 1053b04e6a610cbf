"""Moneybird (NL) sales-invoice export (xlsx, one row per invoice line) of a Utrecht IT service company."""
import random, datetime as dt
from openpyxl import Workbook
import g_common as g

LID = "g_nl_moneybird_verkoopfacturen"
rng = random.Random(3107)

HEAD = ["Factuurnummer", "Factuurdatum", "Vervaldatum", "Status", "Klantnummer", "Bedrijfsnaam", "Voornaam",
        "Achternaam", "Adres", "Postcode", "Plaats", "Land", "E-mailadres", "Btw-nummer", "KvK-nummer", "Referentie",
        "Omschrijving", "Aantal", "Prijs", "Btw-tarief", "Regeltotaal excl. btw", "Factuurtotaal incl. btw",
        "Betaalmethode", "Notitie"]

BIZ = [("Lenovo ThinkPad T14 Gen 4, i5, 16GB, 512GB SSD", 1149.00), ("Dell P2423D monitor 24 inch QHD", 229.00),
       ("HP LaserJet Pro 4002dn", 289.00), ("Logitech MX Keys toetsenbord", 99.00),
       ("Ubiquiti UniFi U6 Pro access point", 159.00), ("Synology DS923+ NAS", 579.00), ("APC Back-UPS 950VA", 149.00),
       ("Cat6 patchkabel 2 m (10 stuks)", 24.50), ("Microsoft 365 Business Standard (jaarlicentie)", 135.60),
       ("ESET PROTECT Entry, 1 jaar, per apparaat", 39.00), ("Support uren", 95.00),
       ("Installatie en configuratie werkplek", 125.00), ("Managed back-up per maand", 49.00),
       ("Dell Docking Station WD19S", 219.00), ("Jabra Evolve2 65 headset", 179.00)]
HEAVY = [("Serverkast 42U 800x1000 mm", 899.00), ("HPE ProLiant DL380 Gen11 server", 6450.00),
         ("Windows Server 2022 Standard 16 core", 1069.00), ("Cisco Catalyst 9200L 48-poorts switch", 3290.00)]
HOME = [("Apple iPad 10.9 (2022) 64GB", 429.00), ("Philips Hue White and Color starterkit", 149.00),
        ("Sonos Era 100", 229.00), ("Laptop herinstallatie aan huis", 75.00), ("Philips Senseo Select koffiezetapparaat", 79.00),
        ("Samsung Galaxy Tab A9+", 219.00), ("Nintendo Switch OLED", 289.00)]

FIRST = ["Jan", "Sanne", "Daan", "Emma", "Lotte", "Bram", "Thijs", "Femke", "Ruben", "Anouk", "Lars", "Iris", "Niels",
         "Sophie", "Tim", "Fleur", "Joost", "Marieke", "Kees", "Wouter", "Ingrid", "Sander"]
LAST = [("", "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("", "Bakker"), ("", "Visser"), ("", "Smit"),
        ("", "Meijer"), ("de", "Boer"), ("", "Willems"), ("de", "Groot"), ("", "Bos"), ("", "Verhoeven"), ("", "Janssen"),
        ("", "Koster"), ("van", "Dijk"), ("van", "Leeuwen"), ("", "Prins"), ("", "Brouwer"), ("de", "Wit"), ("", "Kok")]
FREEMAIL = ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "xs4all.nl", "live.nl", "planet.nl"]
STREETS = ["Oudegracht", "Biltstraat", "Amsterdamsestraatweg", "Kanaalstraat", "Nachtegaalstraat", "Vleutenseweg",
           "Burgemeester Reigerstraat", "Twijnstraat", "Lange Nieuwstraat", "Croeselaan"]
CITIES = [("3511", "Utrecht"), ("3572", "Utrecht"), ("3531", "Utrecht"), ("3811", "Amersfoort"), ("3701", "Zeist"),
          ("3991", "Houten"), ("3431", "Nieuwegein"), ("3581", "Utrecht")]


def addr():
    pc, city = rng.choice(CITIES)
    return f"{rng.choice(STREETS)} {rng.randint(1, 240)}", f"{pc} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}", city


def person():
    f = rng.choice(FIRST)
    tv, l = rng.choice(LAST)
    ach = f"{tv} {l}".strip()
    return f, ach


def pmail(f, ach):
    base = f"{f}.{ach}".lower().replace(" ", "")
    return f"{base}{rng.choice(['', '', str(rng.randint(70, 99))])}@{rng.choice(FREEMAIL)}"


ADDR = {k.upper(): v for k, v in {
    "Gemeente Utrecht": ("Postbus 16200", "3500 CE", "Utrecht"),
    "Gemeente Amersfoort": ("Postbus 4000", "3800 EA", "Amersfoort"),
    "Gemeente Zeist": ("Postbus 513", "3700 AM", "Zeist"),
    "Gemeente Houten": ("Postbus 30", "3990 DA", "Houten"),
    "Hoogheemraadschap De Stichtse Rijnlanden": ("Postbus 550", "3990 GJ", "Houten"),
    "Waterschap Vallei en Veluwe": ("Postbus 4142", "7320 AC", "Apeldoorn"),
    "Provincie Utrecht": ("Postbus 80300", "3508 TH", "Utrecht"),
    "Provincie Gelderland": ("Postbus 9090", "6800 GX", "Arnhem"),
    "Rijkswaterstaat Midden-Nederland": ("Postbus 2232", "3500 GE", "Utrecht"),
    "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties": ("Postbus 20011", "2500 EA", "Den Haag"),
    "Kadaster": ("Postbus 9046", "7300 GH", "Apeldoorn"),
    "RIVM": ("Antonie van Leeuwenhoeklaan 9", "3721 MA", "Bilthoven"),
    "Universiteit Utrecht": ("Postbus 80125", "3508 TC", "Utrecht"),
    "NS Reizigers B.V.": ("Postbus 2025", "3500 HA", "Utrecht"),
    "ProRail B.V.": ("Postbus 2038", "3500 GA", "Utrecht"),
    "Nyenrode Business Universiteit": ("Straatweg 25", "3621 BG", "Breukelen"),
}.items()}

docs = []
cust = {}
addr_cache = {}


def custno(key):
    if key not in cust:
        cust[key] = str(len(cust) + 1)
    return cust[key]


def add(company, first, last, mail, vat, kvk_, ref, lines, pay, note, label, amb, kind, cc="NL", address=None):
    key = company.upper() if company else f"{first} {last}"
    a = address or ADDR.get(key) or addr_cache.setdefault(key, addr())
    docs.append(dict(company=company, first=first, last=last, mail=mail, vat=vat, kvk=kvk_, ref=ref, lines=lines,
                     pay=pay, note=note, label=label, amb=amb, kind=kind, cc=cc, addr=a,
                     cust=custno(key)))


def pick(pool, n, q=(1, 4)):
    return [(a, rng.randint(*q), p) for a, p in rng.sample(pool, n)]


# --- companies (B2B)
companies = [
    ("Arcadis Nederland B.V.", "crediteuren@arcadis.com", "company", True),
    ("Heijmans Infra B.V.", "facturen.infra@heijmans.nl", "company", True),
    ("Jumbo Supermarkten B.V.", "inkoop.it@jumbo.com", "company", True),
    ("NS Reizigers B.V.", "inkoopfacturen@ns.nl", "state_owned_company", True),
    ("Bouwbedrijf Van der Linden B.V.", "administratie@vanderlindenbouw.nl", "company", True),
    ("Bakkerij De Gouden Korenaar V.O.F.", "info@goudenkorenaar.nl", "partnership", True),
    ("Hendriks & Dekker Advocaten", "secretariaat@hendriksdekker.nl", "professional_practice", True),
    ("Fysiotherapie Vos", "praktijk@fysiovos.nl", "sole_trader", True),
    ("Kapsalon Iris", "kapsaloniris@gmail.com", "sole_trader", True),
    ("Dierenkliniek Lunetten", "balie@dierenkliniek-lunetten.nl", "company", True),
    ("Studio Mulder Fotografie", "hallo@studiomulder.nl", "sole_trader", False),
    ("Nyenrode Business Universiteit", "crediteuren@nyenrode.nl", "private_university", True),
    ("Woningcorporatie Mitros", "facturen@mitros.nl", "housing_association", True),
    ("Stichting Voedselbank Utrecht", "penningmeester@voedselbankutrecht.nl", "charity", False),
    ("Protestantse Gemeente Utrecht", "kerkelijkbureau@pgu.nl", "religious_organisation", False),
]
ids = {c[0]: (g.nl_vat(rng) if c[3] else "", g.kvk(rng)) for c in companies}
for name, mail, kind, _ in companies:
    for _ in range(rng.choice([2, 3, 3])):
        f, l = ("", "") if rng.random() < 0.6 else person()
        disp = name if rng.random() > 0.1 else name.upper()
        ref = rng.choice(["", "", f"PO-{rng.randint(10000, 99999)}", f"Inkooporder {rng.randint(450000, 459999)}"])
        add(disp, f, l, mail, ids[name][0], ids[name][1], ref, pick(BIZ, rng.choice([1, 2, 2, 3])),
            rng.choice(["Bankoverschrijving", "Bankoverschrijving", "Automatische incasso"]), "", "B2B", False, kind)

# --- government (B2G)
gov = [
    ("Gemeente Utrecht", "facturen@utrecht.nl", "municipality"),
    ("Gemeente Amersfoort", "crediteurenadministratie@amersfoort.nl", "municipality"),
    ("Gemeente Zeist", "facturen@zeist.nl", "municipality"),
    ("Gemeente Houten", "crediteuren@houten.nl", "municipality"),
    ("Hoogheemraadschap De Stichtse Rijnlanden", "facturen@hdsr.nl", "water_authority"),
    ("Waterschap Vallei en Veluwe", "crediteuren@vallei-veluwe.nl", "water_authority"),
    ("Provincie Utrecht", "facturen@provincie-utrecht.nl", "province"),
    ("Provincie Gelderland", "crediteuren@gelderland.nl", "province"),
    ("Rijkswaterstaat Midden-Nederland", "facturen.mn@rws.nl", "national_agency"),
    ("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "facturen@minbzk.nl", "ministry"),
    ("Kadaster", "crediteuren@kadaster.nl", "national_agency"),
    ("RIVM", "facturen@rivm.nl", "national_agency"),
    ("Universiteit Utrecht", "inkoopfacturen@uu.nl", "public_university"),
    ("OBS De Regenboog", "directie@obsderegenboog-houten.nl", "public_school"),
]
for name, mail, kind in gov:
    vat = g.nl_vat(rng) if rng.random() < 0.5 else ""
    for _ in range(2):
        f, l = ("", "") if rng.random() < 0.5 else person()
        ref = rng.choice([f"Inkoopordernummer {rng.randint(4500000000, 4509999999)}", f"Bestelnr. {rng.randint(100000, 999999)}",
                          f"Opdracht {rng.randint(2024001, 2024399)}", ""])
        add(name, f, l, mail, vat, "", ref, pick(BIZ + HEAVY[:1], rng.choice([1, 2, 3]), (1, 12)),
            "Bankoverschrijving", rng.choice(["", "", "Vermelden: inkoopordernummer op factuur", "E-factuur via Peppol"]),
            "B2G", False, kind)

# --- private persons (B2C)
for _ in range(32):
    f, l = person()
    add("", f, l, pmail(f, l) if rng.random() < 0.85 else "", "", "", "", pick(HOME, rng.choice([1, 1, 2])),
        rng.choice(["iDEAL", "iDEAL", "Bankoverschrijving", "Creditcard", "Contant"]), "", "B2C", False, "private_person")

# --- ambiguous
f, l = "Marieke", "de Wit"
add("", f, l, "marieke.dewit@minbzk.nl", "", "", "", [("Apple iPad 10.9 (2022) 64GB", 1, 429.00), ("Sonos Era 100", 1, 229.00)],
    "iDEAL", "Bezorgen thuisadres", "B2C", True, "person_gov_email")
f, l = "Wouter", "Brouwer"
add("", f, l, "w.brouwer@arcadis.com", "", "", "", [("Nintendo Switch OLED", 1, 289.00)], "Creditcard", "", "B2C", True,
    "person_company_email")
add("Heijmans Infra B.V.", "", "", "facturen.infra@heijmans.nl", ids["Heijmans Infra B.V."][0], ids["Heijmans Infra B.V."][1],
    "", [("Philips Senseo Select koffiezetapparaat", 1, 79.00)], "Bankoverschrijving", "", "B2B", True, "company_household_item")
add("Kapsalon Iris", "Iris", "Peters", "kapsaloniris@gmail.com", ids["Kapsalon Iris"][0], ids["Kapsalon Iris"][1], "",
    [("Samsung Galaxy Tab A9+", 1, 219.00)], "iDEAL", "betaald met privérekening", "B2B", True, "sole_trader_personal_payment")
add("Gemeente Zeist", "", "", "facturen@zeist.nl", "", "", "Bestelnr. 771203", [("Philips Senseo Select koffiezetapparaat", 1, 79.00)],
    "Bankoverschrijving", "", "B2G", True, "municipality_household_item")
add("ProRail B.V.", "", "", "inkoopfacturen@prorail.nl", g.nl_vat(rng), g.kvk(rng), "Aanbesteding 2024-ICT-117 (Aanbestedingswet 2012)",
    pick(BIZ, 3, (5, 20)), "Bankoverschrijving", "Raamovereenkomst werkplekapparatuur", "B2B", True, "state_owned_company_procurement")
add("European Space Agency - ESTEC", "", "", "accounts.payable@esa.int", "", "", "ESA PO 5001234567",
    pick(BIZ, 2, (2, 6)), "Bankoverschrijving", "BTW vrijgesteld, art. 12 lid 2 Uitvoeringsbesluit", "B2B", True, "international_org",
    address=("Keplerlaan 1", "2201 AZ", "Noordwijk"))
add("OPCW", "", "", "procurement@opcw.org", "", "", "OPCW PO 24/0931", pick(BIZ, 2, (1, 4)), "Bankoverschrijving",
    "", "B2B", True, "international_org", address=("Johan de Wittlaan 32", "2517 JR", "Den Haag"))
add("Stichting Nationaal Restauratiefonds", "", "", "crediteuren@restauratiefonds.nl", g.nl_vat(rng), g.kvk(rng), "",
    pick(BIZ, 2, (1, 5)), "Bankoverschrijving", "", "B2B", True, "state_founded_foundation")
f, l = person()
add("", f, l, pmail(f, l), "", "", "", [("Samsung Galaxy Tab A9+", 25, 219.00)], "Bankoverschrijving", "", "B2C", True,
    "private_person_bulk")
f, l = person()
add("", f, l, pmail(f, l), "", "", "", [("Dell P2423D monitor 24 inch QHD", 2, 229.00), ("Logitech MX Keys toetsenbord", 2, 99.00)],
    "iDEAL", "voor mijn webshop / kantoor aan huis", "B2B", True, "private_person_business_purpose")
f, l = person()
add("", f, l, pmail(f, l), "", "", "factuur Bakkerij De Gouden Korenaar V.O.F.",
    [("Support uren", 3, 95.00)], "iDEAL", "betaald door eigenaar privé", "B2B", True, "person_paying_company_invoice")
add("", "", "Jansen", "", "", "", "", [("Serverkast 42U 800x1000 mm", 1, 899.00), ("HPE ProLiant DL380 Gen11 server", 1, 6450.00)],
    "Bankoverschrijving", "", "B2B", True, "thin_record")
add("", "", "Bakker", "", "", "", "", [("Sonos Era 100", 1, 229.00)], "", "", "B2C", True, "thin_record")
add("Universiteit Utrecht", "Sophie", "van Dijk", "inkoopfacturen@uu.nl", "", "", "Inkoopordernummer 4500311872",
    [("Philips Hue White and Color starterkit", 1, 149.00)], "Bankoverschrijving", "", "B2G", True, "public_university_household_item")

f, l = "Thijs", "Kok"
add("", f, l, "thijs.kok@rws.nl", "", "", "", [("Philips Hue White and Color starterkit", 1, 149.00),
    ("Laptop herinstallatie aan huis", 1, 75.00), ("Samsung Galaxy Tab A9+", 1, 219.00)], "iDEAL", "", "B2C", True, "person_gov_email")
add("Dierenkliniek Lunetten", "", "", "balie@dierenkliniek-lunetten.nl", ids["Dierenkliniek Lunetten"][0],
    ids["Dierenkliniek Lunetten"][1], "", [("Sonos Era 100", 2, 229.00), ("Philips Senseo Select koffiezetapparaat", 1, 79.00)],
    "Bankoverschrijving", "wachtkamer", "B2B", True, "company_household_item")

rng.shuffle(docs)
wb = Workbook()
ws = wb.active
ws.title = "Facturen"
ws.append(HEAD)
labels = []
d0 = dt.date(2024, 1, 8)
for i, d in enumerate(docs):
    fdate = d0 + dt.timedelta(days=int(i * 1.55) + rng.randint(0, 1))
    due = fdate + dt.timedelta(days=30 if d["label"] != "B2C" else 14)
    status = rng.choice(["Betaald", "Betaald", "Betaald", "Open", "Te laat"]) if fdate < dt.date(2024, 11, 1) else "Open"
    nr = f"2024-{i + 1:04d}"
    excl = sum(q * p for _, q, p in d["lines"])
    incl = round(excl * 1.21, 2)
    if "vrijgesteld" in d["note"]:
        incl = round(excl, 2)
    adr, pc, city = d["addr"]
    for oms, q, p in d["lines"]:
        ws.append([nr, fdate, due, status, int(d["cust"]), d["company"] or None, d["first"] or None, d["last"] or None,
                   adr if d["kind"] != "thin_record" else None, pc if d["kind"] != "thin_record" else None,
                   city if d["kind"] != "thin_record" else None, "Nederland", d["mail"] or None, d["vat"] or None,
                   d["kvk"] or None, d["ref"] or None, oms, q, p,
                   "0% btw" if "vrijgesteld" in d["note"] else "21% btw", round(q * p, 2), incl,
                   (d["pay"] if status == "Betaald" else None) or None, d["note"] or None])
        labels.append((d["label"], d["amb"], d["kind"], d["cc"]))
for row in ws.iter_rows(min_row=2):
    row[1].number_format = "DD-MM-YYYY"
    row[2].number_format = "DD-MM-YYYY"
    for c in (row[18], row[20], row[21]):
        c.number_format = "#,##0.00"
g.save_xlsx_fixed(wb, g.LAYOUTS / f"{LID}.xlsx")
g.write_labels(LID, labels)
g.write_key({
    "id": LID,
    "system": "Moneybird (Netherlands) - sales invoices (verkoopfacturen) exported to Excel, one row per invoice line",
    "country": "NL", "language": "nl",
    "docs": [
        "Moneybird contact and sales-invoice fields as published for the Moneybird API integrations (Zapier Moneybird app: Company Name, Firstname, Lastname, Address1, Zipcode, City, Country, Email, Customer Id, Tax Number, Chamber Of Commerce, Reference, Invoice Date, Payment Conditions, detail Description/Price/Amount/Tax Rate) - gave the column set; the Dutch headers are the labels of those fields in the Dutch Moneybird interface (Bedrijfsnaam, Voornaam, Achternaam, Btw-nummer, KvK-nummer, Klantnummer, Referentie, Omschrijving, Aantal, Prijs)",
        "developer.moneybird.com 'importing external invoices' and helpcenter.moneybird.nl 'Externe omzet verwerken' - gave the contact/invoice model (contact required on every invoice, reference, invoice states)",
        "No public page found lists the verbatim header row of the Excel export; the header row and one-row-per-line shape are my reconstruction, written as a real .xlsx with date cells and numeric amounts"],
    "fields": {"buyer": "Bedrijfsnaam", "product": "Omschrijving", "quantity": "Aantal", "amount": "Regeltotaal excl. btw",
               "tax_id": "Btw-nummer", "email": "E-mailadres", "payment": "Betaalmethode", "comment": "Notitie"},
    "also_ok": {"buyer": ["Achternaam", "Voornaam"], "amount": ["Factuurtotaal incl. btw", "Prijs"], "comment": ["Referentie"],
                "tax_id": ["KvK-nummer"]},
    "notes": "One row per invoice line, header in row 1, no title or totals rows. Lines with the same Factuurnummer are one invoice and share a label. Private persons have empty Bedrijfsnaam and only Voornaam/Achternaam. Bedrijfsnaam with Voornaam/Achternaam = contact person at the organisation. Betaalmethode is filled only for paid invoices. Two thin records hold only a surname (Achternaam). Dates are Excel date cells (DD-MM-YYYY), amounts numeric in EUR.",
})
print(LID, len(labels), "rows")
