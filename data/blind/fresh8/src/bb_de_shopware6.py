"""DE: Shopware 6 order export, profile 'Default orders' (Standardprofil Bestellungen)
copied by the merchant with three extra mappings. One row per order, ';' delimited."""
import random, csv
from bb_common import *

rng = random.Random(8101)
KID = "bb_de_shopware6_bestellungen"

SALES_CHANNEL = uuid_hex(rng)
COUNTRY = {"DE": uuid_hex(rng), "AT": uuid_hex(rng)}
STATES = {"BY": uuid_hex(rng), "NW": uuid_hex(rng), "BE": uuid_hex(rng), "HH": uuid_hex(rng),
          "BW": uuid_hex(rng), "HE": uuid_hex(rng), "NI": uuid_hex(rng), "SN": uuid_hex(rng)}
ORDER_STATE = {"open": uuid_hex(rng), "completed": uuid_hex(rng), "in_progress": uuid_hex(rng)}

# shop sells espresso / coffee equipment
P = {}
def prod(name, price, kind):
    P[name] = (uuid_hex(rng), price, kind)
for n, p, k in [
    ("DeLonghi Magnifica S ECAM 22.110.B", 349.00, "home"),
    ("Jura E8 Piano Black", 1099.00, "home"),
    ("Rocket Appartamento Weiss", 1390.00, "home"),
    ("Sage Barista Express SES875", 599.99, "home"),
    ("Milchkännchen Edelstahl 600 ml", 14.90, "home"),
    ("Tamper 58 mm Edelstahl", 34.90, "home"),
    ("Entkalker Flüssig 3 x 500 ml", 17.50, "home"),
    ("Espresso Classico Bohnen 1 kg", 19.90, "home"),
    ("Crema Bohnen Vorratspaket 6 x 1 kg", 109.00, "home"),
    ("Reinigungstabletten 100 Stk", 29.90, "home"),
    ("Wasserkocher Bosch TWK7203", 69.99, "home"),
    ("WMF 1500 S+ Gastro-Vollautomat", 9890.00, "biz"),
    ("Jura GIGA X8c Professional", 3999.00, "biz"),
    ("Franke A300 FM Kaffeevollautomat", 6450.00, "biz"),
    ("Kaffeebohnen Gastro 10 x 1 kg", 189.00, "biz"),
    ("Pappbecher 200 ml 1000 Stk", 54.00, "biz"),
    ("Wartungsvertrag Gastro 12 Monate", 890.00, "biz"),
]:
    prod(n, p, k)
HOME = [n for n in P if P[n][2] == "home"]
HOME_MACH = HOME[:4]
HOME_SMALL = HOME[4:]
BIZ = [n for n in P if P[n][2] == "biz"]

FIRST = ["Anna", "Lukas", "Julia", "Jonas", "Laura", "Felix", "Sarah", "Maximilian", "Lena", "Paul",
         "Katrin", "Stefan", "Sabine", "Thomas", "Claudia", "Andreas", "Nicole", "Michael", "Sandra",
         "Tobias", "Miriam", "Florian", "Jana", "Matthias", "Birgit", "Uwe", "Petra", "Jörg"]
LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
        "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
        "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Lehmann", "Köhler"]
FREEMAIL = ["gmail.com", "web.de", "gmx.de", "t-online.de", "gmx.net", "outlook.de", "posteo.de", "yahoo.de", "icloud.com"]
CITIES = [("München", "80331", "BY"), ("Köln", "50667", "NW"), ("Berlin", "10115", "BE"),
          ("Hamburg", "20095", "HH"), ("Stuttgart", "70173", "BW"), ("Frankfurt am Main", "60311", "HE"),
          ("Hannover", "30159", "NI"), ("Leipzig", "04109", "SN"), ("Düsseldorf", "40213", "NW"),
          ("Nürnberg", "90402", "BY"), ("Freiburg im Breisgau", "79098", "BW"), ("Bonn", "53111", "NW")]
STREETS = ["Hauptstraße", "Bahnhofstraße", "Lindenweg", "Gartenstraße", "Schillerstraße", "Goethestraße",
           "Am Markt", "Kirchweg", "Bergstraße", "Rosenstraße", "Mozartstraße", "Parkallee"]
PAY_PRIV = ["PayPal", "PayPal", "Kreditkarte", "Klarna Sofort", "Vorkasse", "Rechnung"]

def street():
    return f"{rng.choice(STREETS)} {rng.randint(1, 140)}"

def umlaut_mail(s):
    return (s.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
            .replace(" ", ""))

# (company, department, domain, city, zip, state, kind)
COMPANIES = [
    ("Hornbach Baumarkt AG", "Zentraleinkauf", "hornbach.com", "Bornheim", "76879", "BW"),
    ("Fielmann AG", "Facility Management", "fielmann.com", "Hamburg", "22083", "HH"),
    ("dm-drogerie markt GmbH + Co. KG", "Einkauf Büro", "dm.de", "Karlsruhe", "76185", "BW"),
    ("Tchibo GmbH", "Office Services", "tchibo.de", "Hamburg", "22297", "HH"),
    ("SAP SE", "Workplace Services", "sap.com", "Walldorf", "69190", "BW"),
    ("Zalando SE", "Office Management", "zalando.de", "Berlin", "10243", "BE"),
    ("HelloFresh SE", "Facility", "hellofresh.de", "Berlin", "10115", "BE"),
    ("Personio SE & Co. KG", "Workplace", "personio.de", "München", "80807", "BY"),
    ("Flix SE", "Office", "flix.com", "München", "80335", "BY"),
    ("N26 Bank AG", "Workplace Team", "n26.com", "Berlin", "10179", "BE"),
    ("Café Schwarz & Weiß GmbH", "", "cafe-schwarzweiss.de", "Leipzig", "04109", "SN"),
    ("Rösterei Kaffeekontor Bonn UG (haftungsbeschränkt)", "", "kaffeekontor-bonn.de", "Bonn", "53111", "NW"),
    ("Hotel Bayerischer Hof GmbH", "Einkauf F&B", "bayerischerhof.de", "München", "80333", "BY"),
    ("Steigenberger Hotels GmbH", "Einkauf", "steigenberger.com", "Frankfurt am Main", "60311", "HE"),
    ("Bäckerei Kamps GmbH", "Filialbedarf", "kamps.de", "Schwalmtal", "41366", "NW"),
    ("Steuerberatung Lange & Partner mbB", "", "lange-partner-stb.de", "Hannover", "30159", "NI"),
]
SOLE = [  # sole traders / practices: (trade name, owner first, owner last, domain)
    ("Zahnarztpraxis Dr. Hartmann", "Jörg", "Hartmann", "zahnarzt-hartmann.de"),
    ("Friseursalon Haarwerk Inh. Petra Krause", "Petra", "Krause", "haarwerk-krause.de"),
    ("Rechtsanwalt Matthias Werner", "Matthias", "Werner", "ra-werner.de"),
    ("Physiotherapie Lehmann", "Birgit", "Lehmann", "physio-lehmann.de"),
    ("Architekturbüro Köhler", "Uwe", "Köhler", "koehler-architektur.de"),
]
GOV = [  # (company, department, domain, city, zip, state, leitweg prefix)
    ("Stadt Köln", "Amt für Gebäudewirtschaft", "stadt-koeln.de", "Köln", "50667", "NW", "05315000"),
    ("Landeshauptstadt München", "Kreisverwaltungsreferat", "muenchen.de", "München", "80331", "BY", "09162000"),
    ("Bezirksamt Pankow von Berlin", "Serviceeinheit Facility Management", "ba-pankow.berlin.de", "Berlin", "13187", "BE", "11000000"),
    ("Landratsamt Rosenheim", "Sachgebiet Zentrale Dienste", "lra-rosenheim.de", "Rosenheim", "83022", "BY", "09187000"),
    ("Ruprecht-Karls-Universität Heidelberg", "Zentrale Beschaffung", "zuv.uni-heidelberg.de", "Heidelberg", "69117", "BW", "08221000"),
    ("Polizeipräsidium Mittelfranken", "Sachgebiet Haushalt", "polizei.bayern.de", "Nürnberg", "90402", "BY", "09"),
    ("Amtsgericht Hamburg", "Verwaltung", "ag.justiz.hamburg.de", "Hamburg", "20355", "HH", "02000000"),
    ("Bundesanstalt für Immobilienaufgaben", "Sparte Facility Management", "bundesimmobilien.de", "Bonn", "53113", "NW", "991"),
    ("Gemeinde Unterhaching", "Hauptamt", "unterhaching.de", "Unterhaching", "82008", "BY", "09184148"),
    ("Städtisches Klinikum Karlsruhe gGmbH", "Materialwirtschaft", "klinikum-karlsruhe.de", "Karlsruhe", "76133", "BW", "08212000"),
    ("Stadt Leipzig", "Amt für Jugend und Familie", "leipzig.de", "Leipzig", "04109", "SN", "14713000"),
]

rows, labels = [], []
order_no = 10412
start_day = 0

def add(buyer_first, buyer_last, email, bstreet, bzip, bcity, bcomp, bdept, bstate, items,
        payment, comment, vat, lab, amb, kind, cc="DE", ship=None, country="DE"):
    global order_no, start_day
    order_no += rng.randint(1, 3)
    start_day += rng.choice([0, 0, 1])
    total = round(sum(q * P[n][1] for q, n in items) + (0 if sum(q * P[n][1] for q, n in items) > 50 else 4.95), 2)
    li = "|".join(f"{q}x {P[n][0]}" for q, n in items)
    month = 1 + (start_day // 28) % 12
    day = 1 + start_day % 28
    ts = f"2024-{month:02d}-{day:02d}T{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}+00:00"
    s = ship or (bstreet, bzip, bcity, bcomp, bdept, bstate)
    rows.append({
        "id": uuid_hex(rng), "order_number": str(order_no), "sales_channel_id": SALES_CHANNEL,
        "customer_firstname": buyer_first, "customer_lastname": buyer_last, "customer_email": email,
        "billing_address_street": bstreet, "billing_address_zipcode": bzip, "billing_address_city": bcity,
        "billing_address_company": bcomp, "billing_address_department": bdept,
        "billing_address_country_id": COUNTRY[country], "billing_address_country_state_id": STATES.get(bstate, ""),
        "shipping_address_street": s[0], "shipping_address_zipcode": s[1], "shipping_address_city": s[2],
        "shipping_address_company": s[3], "shipping_address_department": s[4],
        "shipping_address_country_id": COUNTRY[country], "shipping_address_country_state_id": STATES.get(s[5], ""),
        "amount_total": repr(total) if total != int(total) else str(int(total)),
        "order_state_id": ORDER_STATE[rng.choice(["completed", "completed", "open", "in_progress"])],
        "line_items": li, "order_date_time": ts,
        "customer_comment": comment, "payment_method": payment, "customer_vat_ids": vat,
    })
    labels.append((lab, amb, kind, cc))

def person():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return f, l

def free(f, l):
    sep = rng.choice([".", "", "_", "."])
    return f"{umlaut_mail(f)}{sep}{umlaut_mail(l)}{rng.choice(['', '', str(rng.randint(1, 99))])}@{rng.choice(FREEMAIL)}"

def home_basket():
    basket = []
    if rng.random() < 0.45:
        basket.append((1, rng.choice(HOME_MACH)))
    for _ in range(rng.randint(0 if basket else 1, 2)):
        basket.append((rng.choice([1, 1, 1, 2, 3]), rng.choice(HOME_SMALL)))
    return basket

def biz_basket():
    b = [(rng.choice([1, 1, 2]), rng.choice(BIZ[:3]))] if rng.random() < 0.5 else []
    b += [(rng.choice([2, 5, 10, 20]), rng.choice(BIZ[3:] + ["Crema Bohnen Vorratspaket 6 x 1 kg", "Reinigungstabletten 100 Stk"]))]
    if rng.random() < 0.3:
        b.append((rng.choice([3, 5, 10]), "Milchkännchen Edelstahl 600 ml"))
    return b

plan = (["b2c"] * 88 + ["b2c_comp_mail"] * 5 + ["b2c_gov_mail"] * 3 + ["b2c_bulk"] * 3 +
        ["b2b"] * 52 + ["b2b_one_home"] * 6 + ["sole_card"] * 5 + ["priv_resale"] * 3 +
        ["db_tender"] * 2 + ["intl"] * 2 + ["fund"] * 2 + ["b2b_sole_clear"] * 4 +
        ["b2g"] * 24 + ["b2g_kettle"] * 4 + ["person_pays_company"] * 2)
rng.shuffle(plan)

for kind in plan:
    cityt = rng.choice(CITIES)
    if kind == "b2c":
        f, l = person()
        name_f, name_l = f, l
        if rng.random() < 0.08:
            name_f, name_l = f.upper(), l.upper()
        add(name_f, name_l, free(f, l), street(), cityt[1], cityt[0], "", "", cityt[2], home_basket(),
            rng.choice(PAY_PRIV), rng.choice(["", "", "", "", "Bitte beim Nachbarn abgeben", "Geschenk – bitte ohne Rechnung im Paket", "Klingel defekt, bitte anrufen"]),
            "", "B2C", False, "private_person")
    elif kind == "b2c_comp_mail":
        f, l = person()
        dom = rng.choice(["siemens.com", "bosch.com", "allianz.de", "basf.com", "telekom.de"])
        add(f, l, f"{umlaut_mail(f)}.{umlaut_mail(l)}@{dom}", street(), cityt[1], cityt[0], "", "", cityt[2],
            [(1, rng.choice(HOME_MACH))] + ([(1, "Milchkännchen Edelstahl 600 ml")] if rng.random() < .5 else []),
            rng.choice(["PayPal", "Kreditkarte"]), "", "", "B2C", True, "person_company_email")
    elif kind == "b2c_gov_mail":
        f, l = person()
        dom = rng.choice(["bmi.bund.de", "bundeswehr.org", "finanzamt.bayern.de"])
        add(f, l, f"{umlaut_mail(f)}.{umlaut_mail(l)}@{dom}", street(), cityt[1], cityt[0], "", "", cityt[2],
            [(1, rng.choice(HOME_SMALL + HOME_MACH))], rng.choice(["PayPal", "Kreditkarte"]),
            "Lieferung an Privatadresse", "", "B2C", True, "person_government_email")
    elif kind == "b2c_bulk":
        f, l = person()
        add(f, l, free(f, l), street(), cityt[1], cityt[0], "", "", cityt[2],
            [(rng.choice([24, 30, 40]), rng.choice(["Entkalker Flüssig 3 x 500 ml", "Tamper 58 mm Edelstahl", "Milchkännchen Edelstahl 600 ml"]))],
            rng.choice(["PayPal", "Vorkasse"]), "", "", "B2C", True, "private_person_bulk")
    elif kind == "b2b":
        c = rng.choice(COMPANIES)
        f, l = person()
        mail = rng.choice([f"{umlaut_mail(f)}.{umlaut_mail(l)}@{c[2]}", f"einkauf@{c[2]}", f"office@{c[2]}"])
        comp = c[0]
        if rng.random() < 0.1:
            comp = comp.upper()
        add(f, l, mail, street(), c[4], c[3], comp, c[1], c[5], biz_basket(),
            rng.choice(["Rechnung", "Rechnung", "Rechnung", "Vorkasse", "PayPal"]),
            rng.choice(["", "", f"Bestellnummer PO-{rng.randint(4500000000, 4509999999)}", "Lieferung an Wareneingang, Tor 3", "Kostenstelle " + str(rng.randint(1000, 9999))]),
            rng.choice([de_vat(rng), de_vat(rng), ""]), "B2B", False, "company")
    elif kind == "b2b_sole_clear":
        s = rng.choice(SOLE)
        add(s[1], s[2], f"praxis@{s[3]}" if "Praxis" in s[0] or "Physio" in s[0] else f"info@{s[3]}", street(), cityt[1], cityt[0], s[0], "", cityt[2],
            [(1, rng.choice(BIZ[:3])), (rng.choice([5, 10]), "Kaffeebohnen Gastro 10 x 1 kg")], "Rechnung",
            "Für den Wartebereich", de_vat(rng), "B2B", False, "sole_trader")
    elif kind == "b2b_one_home":
        c = rng.choice(COMPANIES[:10])
        f, l = person()
        add(f, l, f"{umlaut_mail(f)}.{umlaut_mail(l)}@{c[2]}", street(), c[4], c[3], c[0], c[1], c[5],
            [(1, rng.choice(["DeLonghi Magnifica S ECAM 22.110.B", "Wasserkocher Bosch TWK7203", "Sage Barista Express SES875"]))],
            "Rechnung", rng.choice(["", "Teeküche 2. OG"]), de_vat(rng), "B2B", True, "company_household_item")
    elif kind == "sole_card":
        s = rng.choice(SOLE)
        add(s[1], s[2], free(s[1], s[2]), street(), cityt[1], cityt[0], s[0], "", cityt[2],
            [(1, rng.choice(HOME_MACH))], rng.choice(["Kreditkarte", "PayPal"]), "", "", "B2B", True, "sole_trader_personal_card")
    elif kind == "priv_resale":
        f, l = person()
        add(f, l, free(f, l), street(), cityt[1], cityt[0], "", "", cityt[2],
            [(rng.choice([6, 10]), "Espresso Classico Bohnen 1 kg"), (2, "Milchkännchen Edelstahl 600 ml")],
            rng.choice(["PayPal", "Vorkasse"]), rng.choice(["Zum Weiterverkauf in meinem Hofladen", "für meinen Kiosk, bitte Rechnung mit MwSt"]),
            "", "B2B", True, "private_person_business_purpose")
    elif kind == "db_tender":
        f, l = person()
        add(f, l, f"{umlaut_mail(f)}.{umlaut_mail(l)}@deutschebahn.com", "Europaplatz 1", "10557", "Berlin",
            "DB InfraGO AG", "Einkauf Bahnhofsausstattung", "BE",
            [(2, "Jura GIGA X8c Professional"), (10, "Kaffeebohnen Gastro 10 x 1 kg")], "Rechnung",
            f"Rahmenvertrag nach SektVO, Vergabe-Nr. 24FEI{rng.randint(10000, 99999)}", de_vat(rng), "B2B", True, "state_owned_company_procurement")
    elif kind == "intl":
        f, l = person()
        add(f, l, f"{umlaut_mail(f)[0]}{umlaut_mail(l)}@unfccc.int", "Platz der Vereinten Nationen 1", "53113", "Bonn",
            "UNFCCC Sekretariat", "Procurement Unit", "NW", [(1, "Franke A300 FM Kaffeevollautomat"), (5, "Kaffeebohnen Gastro 10 x 1 kg")],
            "Rechnung", "Tax exempt – UN privileges and immunities", "", "B2B", True, "international_org")
    elif kind == "fund":
        f, l = person()
        add(f, l, f"einkauf@dbu.de", "An der Bornau 2", "49090", "Osnabrück", "Deutsche Bundesstiftung Umwelt", "Verwaltung", "NI",
            [(1, "Jura GIGA X8c Professional"), (3, "Crema Bohnen Vorratspaket 6 x 1 kg")], "Rechnung", "", "", "B2B", True, "state_founded_foundation")
    elif kind == "b2g":
        g = rng.choice(GOV)
        f, l = person()
        pre = g[6]
        leit = f"{pre}-{rng.randint(10000, 99999)}-{rng.randint(10, 99)}"
        comp = g[0] if rng.random() > 0.1 else g[0].upper()
        add(f, l, rng.choice([f"{umlaut_mail(f)}.{umlaut_mail(l)}@{g[2]}", f"beschaffung@{g[2]}"]), street(), g[4], g[3], comp, g[1], g[5],
            biz_basket() if rng.random() < .7 else [(rng.choice([2, 4]), rng.choice(HOME_MACH)), (6, "Entkalker Flüssig 3 x 500 ml")],
            "Rechnung", rng.choice([f"Leitweg-ID {leit}, Rechnung bitte als XRechnung", f"Bestellschein Nr. {rng.randint(2024000, 2024999)}", "", f"Leitweg-ID {leit}"]),
            "", "B2G", False, rng.choice(["municipality"]) if "Stadt" in g[0] or "Gemeinde" in g[0] or "Bezirksamt" in g[0] else
            ("public_university" if "Universität" in g[0] else "public_hospital" if "Klinikum" in g[0] else "government_agency"))
    elif kind == "b2g_kettle":
        g = rng.choice(GOV[:4] + GOV[8:9] + GOV[10:])
        f, l = person()
        kita = f"Städtische Kita {rng.choice(['Sonnenschein', 'Regenbogen', 'Pusteblume'])}"
        add(f, l, f"kita.{rng.choice(['sonnenschein', 'regenbogen'])}@{g[2]}", street(), g[4], g[3], g[0], kita, g[5],
            [(1, rng.choice(["Wasserkocher Bosch TWK7203", "DeLonghi Magnifica S ECAM 22.110.B"]))], "Rechnung", "", "",
            "B2G", True, "municipal_kindergarten_household_item")
    elif kind == "person_pays_company":
        f, l = person()
        c = rng.choice(COMPANIES[10:])
        add(f, l, free(f, l), street(), cityt[1], cityt[0], "", "", cityt[2], [(1, "Wartungsvertrag Gastro 12 Monate")],
            "PayPal", f"Zahlung für {c[0]}, Rechnung bitte auf die Firma", "", "B2B", True, "person_paying_company_invoice")

cols = list(rows[0].keys())
with open(LAYOUTS / f"{KID}.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.DictWriter(fh, fieldnames=cols, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL)
    w.writeheader()
    w.writerows(rows)

meta = {
    "id": KID,
    "system": "Shopware 6 Administration > Einstellungen > Import/Export, order export with a copy of the system profile 'Default orders' (Standardprofil Bestellungen) to which the merchant added customerComment, transactions.paymentMethod.name and orderCustomer.vatIds",
    "country": "DE", "language": "de",
    "docs": [
        "shopware/shopware Migration1627983652AddOrderExportProfile: profile 'Default orders', source_entity order, file_type text/csv, delimiter ';', enclosure '\"', and the 24 mapped keys in order (id, order_number, sales_channel_id, customer_firstname, customer_lastname, customer_email, billing_address_*, shipping_address_*, amount_total, order_state_id, line_items, order_date_time)",
        "shopware/shopware OrderSerializer: lineItems are written as '<quantity>x <productId>' joined with '|', so the export shows product UUIDs, not names; deliveries/transactions are reduced to the first one",
        "Shopware profiles can be duplicated and extended by further mappings (customer_comment, payment_method, customer_vat_ids here are such merchant-added mappings)"
    ],
    "fields": {"buyer": "billing_address_company", "product": "line_items", "quantity": "line_items",
               "amount": "amount_total", "tax_id": "customer_vat_ids", "email": "customer_email",
               "payment": "payment_method", "comment": "customer_comment"},
    "also_ok": {"buyer": ["customer_lastname", "customer_firstname", "shipping_address_company"],
                "product": [], "amount": []},
    "notes": "One row per order (a Shopware order export has no line rows). Product names never appear: line_items holds '<qty>x <32-hex productId>' pairs joined by '|'; quantities are readable there. Country/state/order state are UUIDs. Private buyers have an empty billing_address_company; the person who ordered for an organisation stays in customer_firstname/customer_lastname. Public buyers quote a Leitweg-ID (XRechnung routing ID) in the comment. amount_total is gross in EUR with '.' decimals. UTF-8 without BOM."
}
write_key(KID, meta, labels)
print(KID, len(rows))
