"""plentymarkets Dynamischer Export, Datenformat OrderComplete (one row per order item), ';' CSV."""
import csv
import random
from datetime import datetime, timedelta
from gb_common import LAYOUTS, KEYS, de_vat, leitweg, slug, write_labels

rng = random.Random(20240911)
ID = "gb_de_plentymarkets_ordercomplete"

COLS = ["OrderID", "OrderInsertTimestamp", "OrderStatus", "OrderReferrerName", "CustomerID",
        "CustomerCompany", "FirstName", "LastName", "CustomerStreet", "CustomerHouseNo", "CustomerZIP",
        "CustomerCity", "CustomerCountry", "CustomerEmail", "CustomerVATNumber", "CustomerSign",
        "DeliveryCompany", "DeliveryCity", "PaymentMethod", "ItemID", "ItemText", "Quantity", "Price", "VAT"]

# product: (id, text, gross unit price, kind)  kind h=household, o=office/business, b=business-only
P = [(10231, "De'Longhi Magnifica S ECAM 22.110.B Kaffeevollautomat", 329.00, "h"),
     (10318, "Philips Wasserkocher HD9350/90 1,7 l", 39.99, "h"),
     (10402, "Dyson V8 Absolute Akku-Staubsauger", 349.00, "h"),
     (10577, "Samsung 55\" Crystal UHD TV GU55CU7179U", 479.00, "h"),
     (10611, "Braun MultiQuick 5 Stabmixer MQ5235", 59.99, "h"),
     (20114, "Brother HL-L2350DW Laserdrucker", 139.90, "o"),
     (20120, "Brother TN-2420 Toner schwarz", 54.90, "o"),
     (20233, "HP 305 Tinte schwarz", 14.99, "o"),
     (20310, "Navigator Universal Kopierpapier A4 80 g, Karton 5x500 Bl.", 32.50, "o"),
     (20344, "Leitz 1010 Ordner 180° 8 cm, blau", 3.49, "o"),
     (20401, "Logitech MX Master 3S Maus", 99.99, "o"),
     (20422, "Logitech MK270 Tastatur-Maus-Set", 27.99, "o"),
     (20515, "Samsung S27C390EAU 27\" Monitor", 149.00, "o"),
     (20530, "Dell OptiPlex 7010 SFF i5-13500/16GB/512GB", 849.00, "o"),
     (20611, "Fellowes Powershred 79Ci Aktenvernichter", 289.00, "o"),
     (20702, "Anker USB-C Hub 7-in-1", 39.99, "o"),
     (20810, "Bosch Professional GSR 18V-55 Akkuschrauber (Solo)", 129.00, "o"),
     (30101, "APC Back-UPS Pro 900VA BR900MI", 219.00, "b"),
     (30115, "Netgear GS324 24-Port Gigabit Switch", 109.00, "b"),
     (30140, "Digitus Serverschrank 19\" 42 HE 800x1000", 899.00, "b"),
     (30155, "Microsoft 365 Business Standard (1 Jahr, 1 Nutzer)", 149.90, "b"),
     (30170, "Brother QL-820NWB Etikettendrucker", 169.00, "b")]
PH = [p for p in P if p[3] == "h"]
PO = [p for p in P if p[3] == "o"]
PB = [p for p in P if p[3] == "b"]

FIRST = ["Jan", "Lukas", "Anna", "Laura", "Thomas", "Michael", "Sabine", "Julia", "Stefan", "Andreas",
         "Katrin", "Markus", "Sandra", "Tobias", "Melanie", "Daniel", "Nicole", "Christian", "Petra", "Felix",
         "Jonas", "Lea", "Marie", "Sebastian", "Claudia", "Uwe", "Heike", "Matthias", "Birgit", "Florian"]
LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
        "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun",
        "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Köhler"]
CITIES = [("10437", "Berlin"), ("20249", "Hamburg"), ("80331", "München"), ("50667", "Köln"), ("60311", "Frankfurt am Main"),
          ("70173", "Stuttgart"), ("04109", "Leipzig"), ("01067", "Dresden"), ("30159", "Hannover"), ("90402", "Nürnberg"),
          ("28195", "Bremen"), ("44135", "Dortmund"), ("45127", "Essen"), ("68159", "Mannheim"), ("79098", "Freiburg im Breisgau")]
STREETS = ["Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Goethestraße", "Lindenallee", "Am Markt",
           "Bergstraße", "Kirchgasse", "Ringstraße", "Industriestraße", "Mühlenweg"]
FREE = ["gmail.com", "web.de", "gmx.de", "t-online.de", "outlook.de", "gmx.net", "yahoo.de", "posteo.de"]

COMPANIES = [  # name, domain, city
    ("Fielmann AG", "fielmann.com", ("22885", "Barsbüttel")),
    ("dm-drogerie markt GmbH + Co. KG", "dm.de", ("76185", "Karlsruhe")),
    ("Würth Elektronik eiSos GmbH & Co. KG", "we-online.com", ("74638", "Waldenburg")),
    ("Vorwerk SE & Co. KG", "vorwerk.de", ("42270", "Wuppertal")),
    ("HARIBO GmbH & Co. KG", "haribo.com", ("53129", "Bonn")),
    ("ANDREAS STIHL AG & Co. KG", "stihl.de", ("71336", "Waiblingen")),
    ("Freudenberg SE", "freudenberg.com", ("69469", "Weinheim")),
    ("TRUMPF SE + Co. KG", "trumpf.com", ("71254", "Ditzingen")),
    ("Dirk Rossmann GmbH", "rossmann.de", ("30938", "Burgwedel")),
    ("Hornbach Baumarkt AG", "hornbach.com", ("76878", "Bornheim")),
    ("Steuerkanzlei Hartmann & Kollegen PartG mbB", "stb-hartmann.de", ("90402", "Nürnberg")),
    ("Zahnarztpraxis Dr. med. dent. Katrin Lange", "zahnarzt-lange-koeln.de", ("50667", "Köln")),
    ("Architekturbüro Neumann GmbH", "neumann-architekten.de", ("04109", "Leipzig")),
    ("Bäckerei Schwarz GmbH", "baeckerei-schwarz.de", ("79098", "Freiburg im Breisgau")),
    ("Autohaus Köhler GmbH & Co. KG", "autohaus-koehler.de", ("44135", "Dortmund")),
    ("Rechtsanwaltskanzlei Werner", "ra-werner.de", ("28195", "Bremen")),
    ("Caritasverband für die Stadt Köln e.V.", "caritas-koeln.de", ("50667", "Köln")),
    ("Evangelische Kirchengemeinde Bonn-Beuel", "ekir.de", ("53225", "Bonn")),
    ("Wohnungseigentümergemeinschaft Lindenallee 12", "hausverwaltung-krause.de", ("30159", "Hannover")),
    ("Deutsche Post AG", "deutschepost.de", ("53113", "Bonn")),
]
PUBLIC = [  # name, domain, city, leitweg grob
    ("Stadt Leipzig, Amt für Schule", "leipzig.de", ("04109", "Leipzig"), "14713000"),
    ("Landratsamt Rosenheim", "lra-rosenheim.de", ("83022", "Rosenheim"), "09187000"),
    ("Bezirksamt Pankow von Berlin", "ba-pankow.berlin.de", ("10437", "Berlin"), "11001003"),
    ("Gemeinde Unterföhring", "unterfoehring.de", ("85774", "Unterföhring"), "09184147"),
    ("Bundesamt für Migration und Flüchtlinge", "bamf.bund.de", ("90461", "Nürnberg"), "991"),
    ("Polizeipräsidium Mittelfranken", "polizei.bayern.de", ("90443", "Nürnberg"), "09"),
    ("Universität Hamburg", "uni-hamburg.de", ("20146", "Hamburg"), "02"),
    ("Technische Universität Dresden", "tu-dresden.de", ("01069", "Dresden"), "14"),
    ("Landesamt für Steuern Niedersachsen", "lfst.niedersachsen.de", ("30159", "Hannover"), "03"),
    ("Universitätsklinikum Heidelberg", "med.uni-heidelberg.de", ("69120", "Heidelberg"), "08"),
    ("Stadt Mannheim, Fachbereich Bildung", "mannheim.de", ("68159", "Mannheim"), "08222000"),
    ("Bundeswehr-Dienstleistungszentrum Köln", "bundeswehr.org", ("51147", "Köln"), "991"),
]

orders, labels = [], []
t0 = datetime(2024, 7, 1, 8, 0)
oid = 41870
cust_ids = {}


def cust_id(key):
    if key not in cust_ids:
        cust_ids[key] = 20000 + len(cust_ids) * 7 + rng.randint(1, 6)
    return cust_ids[key]


def person():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    z, c = rng.choice(CITIES)
    return f, l, z, c


def add(o, label, amb, kind, country="DE"):
    orders.append(o)
    o["_lab"] = dict(label=label, amb=amb, kind=kind, country=country)


def base(**kw):
    o = dict(CustomerCompany="", FirstName="", LastName="", CustomerStreet="", CustomerHouseNo="", CustomerZIP="",
             CustomerCity="", CustomerCountry="1", CustomerEmail="", CustomerVATNumber="", CustomerSign="",
             DeliveryCompany="", DeliveryCity="", PaymentMethod="", OrderReferrerName="Webshop", CustomerID="")
    o.update(kw)
    return o


def items(pool, n, qmax):
    return [(p, rng.randint(1, qmax)) for p in rng.sample(pool, n)]


# --- private buyers (B2C, clear) ---
for i in range(50):
    f, l, z, c = person()
    ref = rng.choice(["Webshop", "Webshop", "Amazon", "eBay"])
    if ref == "Amazon":
        mail = f"{rng.randint(10**9, 10**10)}{rng.choice('abcdef')}@marketplace.amazon.de"
        pay = "Amazon Pay"
    elif ref == "eBay":
        mail = f"{slug(f)}.{slug(l)}{rng.randint(1,99)}@{rng.choice(FREE)}"
        pay = "eBay Managed Payments"
    else:
        mail = f"{slug(f)}.{slug(l)}@{rng.choice(FREE)}" if rng.random() < 0.7 else f"{slug(f)[0]}{slug(l)}{rng.randint(60,99)}@{rng.choice(FREE)}"
        pay = rng.choice(["PayPal", "PayPal", "Kreditkarte", "Vorkasse", "Klarna Rechnung"])
    last = l.upper() if rng.random() < 0.1 else l
    pool = PH if rng.random() < 0.55 else PO
    add(base(FirstName=f, LastName=last + (" " if rng.random() < 0.1 else ""), CustomerStreet=rng.choice(STREETS),
             CustomerHouseNo=str(rng.randint(1, 120)), CustomerZIP=z, CustomerCity=c, CustomerEmail=mail,
             DeliveryCity=c, PaymentMethod=pay, OrderReferrerName=ref, CustomerID=cust_id(mail),
             _items=items(pool, rng.choice([1, 1, 1, 2]), 2)),
        "B2C", False, "private_person")

# --- companies (B2B, clear) ---
for i in range(42):
    name, dom, (z, c) = rng.choice(COMPANIES)
    f, l, _, _ = person()
    mail = rng.choice([f"einkauf@{dom}", f"{slug(f)}.{slug(l)}@{dom}", f"buchhaltung@{dom}"])
    vat = de_vat(random.Random(name)) if "Wohnungseig" not in name and "Kirchengemeinde" not in name else ""
    sign = rng.choice(["", f"Bestellung {rng.randint(4500000000, 4599999999)}", f"PO-{rng.randint(10000, 99999)}", f"z.Hd. {f} {l}"])
    pool = PO + PB
    kind = "company"
    if "Caritas" in name or "Kirchengemeinde" in name:
        kind = "non_profit" if "Caritas" in name else "religious_org"
    elif "Wohnungseig" in name:
        kind = "homeowners_association"
    elif "Zahnarzt" in name or "Rechtsanwalt" in name or "Steuerkanzlei" in name:
        kind = "professional_practice"
    add(base(CustomerCompany=name, FirstName=f, LastName=l, CustomerStreet=rng.choice(STREETS),
             CustomerHouseNo=str(rng.randint(1, 60)), CustomerZIP=z, CustomerCity=c, CustomerEmail=mail,
             CustomerVATNumber=vat, CustomerSign=sign, DeliveryCompany=name, DeliveryCity=c,
             PaymentMethod=rng.choice(["Rechnung", "Rechnung", "Rechnung", "Vorkasse", "PayPal"]),
             CustomerID=cust_id(name), _items=items(pool, rng.choice([1, 2, 2, 3]), 10)),
        "B2B", False, kind)

# --- public bodies (B2G, clear) ---
for i in range(20):
    name, dom, (z, c), grob = rng.choice(PUBLIC)
    f, l, _, _ = person()
    lw = leitweg(grob, f"{rng.randint(100, 999)}" if len(grob) > 3 else f"{rng.randint(10000, 99999)}")
    sign = rng.choice([f"Leitweg-ID {lw}", f"Leitweg-ID: {lw} / Bestell-Nr. {rng.randint(1000, 9999)}", lw])
    kind = ("public_university" if "Universität" in name else "public_hospital" if "klinikum" in name
            else "armed_forces" if "Bundeswehr" in name else "police" if "Polizei" in name
            else "municipality" if name.startswith(("Stadt", "Gemeinde", "Bezirksamt", "Landratsamt")) else "government_agency")
    add(base(CustomerCompany=name, FirstName=f, LastName=l, CustomerStreet=rng.choice(STREETS),
             CustomerHouseNo=str(rng.randint(1, 40)), CustomerZIP=z, CustomerCity=c,
             CustomerEmail=rng.choice([f"{slug(f)}.{slug(l)}@{dom}", f"beschaffung@{dom}"]),
             CustomerSign=sign, DeliveryCompany=name, DeliveryCity=c, PaymentMethod="Rechnung",
             CustomerID=cust_id(name), _items=items(PO + PB, rng.choice([1, 2, 3]), 12)),
        "B2G", False, kind)

# --- ambiguous cases ---
def amb_person_work_mail(dom):
    f, l, z, c = person()
    return base(FirstName=f, LastName=l, CustomerStreet=rng.choice(STREETS), CustomerHouseNo=str(rng.randint(1, 90)),
                CustomerZIP=z, CustomerCity=c, CustomerEmail=f"{slug(f)}.{slug(l)}@{dom}", DeliveryCity=c,
                PaymentMethod=rng.choice(["PayPal", "Kreditkarte"]), _items=[(rng.choice(PH), 1)])

for dom in ["siemens.com", "bmw.de", "muenchen.de", "bundestag.de"]:
    o = amb_person_work_mail(dom); o["CustomerID"] = cust_id(o["CustomerEmail"])
    add(o, "B2C", True, "person_work_email")
for name, dom, (z, c) in [COMPANIES[4], COMPANIES[7], COMPANIES[13]]:
    add(base(CustomerCompany=name, FirstName=rng.choice(FIRST), LastName=rng.choice(LAST), CustomerZIP=z,
             CustomerCity=c, CustomerEmail=f"empfang@{dom}", CustomerVATNumber=de_vat(random.Random(name)),
             DeliveryCompany=name, DeliveryCity=c, PaymentMethod="Rechnung", CustomerID=cust_id(name),
             _items=[(rng.choice(PH[:3]), 1)]), "B2B", True, "company_household_item")
for name, dom, (z, c) in [("Städtische Kita Sonnenblume, Stadt Freiburg", "stadt.freiburg.de", ("79098", "Freiburg im Breisgau")),
                          ("Grundschule Am Lindenhof, Stadt Mannheim", "mannheim.de", ("68159", "Mannheim"))]:
    add(base(CustomerCompany=name, FirstName=rng.choice(FIRST), LastName=rng.choice(LAST), CustomerZIP=z, CustomerCity=c,
             CustomerEmail=f"kita.sonnenblume@{dom}" if "Kita" in name else f"sekretariat.lindenhof@{dom}",
             CustomerSign=f"Leitweg-ID {leitweg('08311000', '00'+str(rng.randint(100,999)))}" if "Kita" in name else "",
             DeliveryCompany=name, DeliveryCity=c, PaymentMethod="Rechnung", CustomerID=cust_id(name),
             _items=[(PH[1], 1)]), "B2G", True, "public_school_household_item")
for tname, own in [("Elektro Krause e.K.", "Dirk Krause"), ("Friseursalon Haarmonie, Inh. Petra Lehmann", "Petra Lehmann")]:
    f, l = own.split()
    add(base(CustomerCompany=tname, FirstName=f, LastName=l, CustomerZIP="30159", CustomerCity="Hannover",
             CustomerEmail=f"{slug(l)}.{slug(f)}@{rng.choice(FREE)}", DeliveryCity="Hannover", PaymentMethod="PayPal",
             CustomerID=cust_id(tname), _items=[(rng.choice([PH[2], PH[3]]), 1)]), "B2B", True, "sole_trader_personal_payment")
for q in [30, 25]:
    f, l, z, c = person()
    add(base(FirstName=f, LastName=l, CustomerZIP=z, CustomerCity=c, CustomerEmail=f"{slug(f)}{slug(l)}@{rng.choice(FREE)}",
             DeliveryCity=c, PaymentMethod="PayPal", CustomerID=cust_id(f + l),
             _items=[(rng.choice([PO[5], PO[10], PH[4]]), q)]), "B2C", True, "private_bulk_quantity")
for note in ["für meinen Kiosk", "Ware für Wiederverkauf auf Flohmarkt"]:
    f, l, z, c = person()
    add(base(FirstName=f, LastName=l, CustomerZIP=z, CustomerCity=c, CustomerEmail=f"{slug(f)}.{slug(l)}@{rng.choice(FREE)}",
             CustomerSign=note, DeliveryCity=c, PaymentMethod="PayPal", CustomerID=cust_id(f + l + note),
             _items=[(PO[7], rng.randint(10, 20))]), "B2B", True, "private_stated_business_use")
for name, dom, sign in [("Die Autobahn GmbH des Bundes, Niederlassung Südbayern", "autobahn.de", "Vergabe-Nr. 2024-0815 (VgV)"),
                        ("Stadtwerke München GmbH", "swm.de", "Rahmenvertrag nach SektVO, Abruf 17")]:
    add(base(CustomerCompany=name, FirstName=rng.choice(FIRST), LastName=rng.choice(LAST), CustomerZIP="80331",
             CustomerCity="München", CustomerEmail=f"einkauf@{dom}", CustomerVATNumber=de_vat(random.Random(name)),
             CustomerSign=sign, DeliveryCompany=name, DeliveryCity="München", PaymentMethod="Rechnung",
             CustomerID=cust_id(name), _items=items(PO + PB, 2, 8)), "B2B", True, "state_owned_company")
for name, dom, c in [("Europäisches Patentamt", "epo.org", "München"), ("European Southern Observatory (ESO)", "eso.org", "Garching bei München"),
                     ("EMBL Heidelberg", "embl.de", "Heidelberg")]:
    add(base(CustomerCompany=name, FirstName=rng.choice(FIRST), LastName=rng.choice(LAST), CustomerCity=c,
             CustomerEmail=f"procurement@{dom}", DeliveryCompany=name, DeliveryCity=c, PaymentMethod="Rechnung",
             CustomerID=cust_id(name), _items=items(PO, 2, 6)), "B2B", True, "international_org")
add(base(CustomerCompany="Stiftung Warentest", FirstName="Heike", LastName="Braun", CustomerZIP="10785", CustomerCity="Berlin",
         CustomerEmail="einkauf@stiftung-warentest.de", DeliveryCompany="Stiftung Warentest", DeliveryCity="Berlin",
         PaymentMethod="Rechnung", CustomerID=cust_id("SW"), _items=[(PH[0], 2), (PH[1], 2)]), "B2B", True, "state_founded_foundation")
for prod in [PH[0], PB[2], PH[4]]:
    add(base(OrderReferrerName="Manuelle Eingabe", CustomerCountry="", _items=[(prod, 1)]),
        "B2B" if prod[3] == "b" else "B2C", True, "thin_record")

rng.shuffle(orders)
rows = []
ts = t0
for o in orders:
    oid += rng.randint(1, 9)
    ts += timedelta(minutes=rng.randint(20, 600))
    st = rng.choice(["7", "7", "7", "5", "6"])
    for (pid, text, price, _k), q in o["_items"]:
        r = {k: v for k, v in o.items() if not k.startswith("_")}
        r.update(OrderID=oid, OrderInsertTimestamp=ts.strftime("%Y-%m-%d %H:%M:%S"),
                 OrderStatus=st, ItemID=pid, ItemText=text, Quantity=q,
                 Price=f"{price:.2f}".replace(".", ","), VAT="19")
        rows.append(r)
        labels.append(o["_lab"])

with open(LAYOUTS / f"{ID}.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.DictWriter(fh, fieldnames=COLS, delimiter=";", quoting=csv.QUOTE_MINIMAL)
    w.writeheader()
    for r in rows:
        w.writerow({k: r.get(k, "") for k in COLS})
write_labels(KEYS / f"{ID}.labels.csv", labels)
print(ID, len(rows), "rows", len(orders), "orders")
