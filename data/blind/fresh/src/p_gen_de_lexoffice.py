"""p_de_lexoffice_belege: Lexware Office (lexoffice) voucher list export with item lines, CSV ; UTF-8 BOM."""
import datetime as dt
import os
import random

from p_common import Cat, lines_for, write_labels, write_key, fmt_num, LAYOUTS, KEY

ID = "p_de_lexoffice_belege"
rng = random.Random(4711)

CAT = Cat([
    ("Dell PowerEdge R650xs Server, 2x Xeon Silver", "HW-SRV-650", "Stück", 6890.00, 19, "biz"),
    ("APC Smart-UPS SMT1500RMI2UC (USV)", "HW-USV-1500", "Stück", 749.00, 19, "biz"),
    ("Netzwerkschrank 19\" 42HE 800x1000", "HW-RACK-42", "Stück", 1180.00, 19, "biz"),
    ("Ubiquiti UniFi Switch Pro 24 PoE", "NW-USW-24P", "Stück", 699.00, 19, "biz"),
    ("Microsoft 365 Business Standard, Jahreslizenz", "LIC-M365-BS", "Lizenz", 150.00, 19, "biz"),
    ("IT-Wartungsvertrag Basic, Monatspauschale", "DL-WART-B", "Monat", 249.00, 19, "biz"),
    ("DATEV-Arbeitsplatz Einrichtung", "DL-DATEV", "Pauschale", 320.00, 19, "biz"),
    ("Synology RackStation RS1221+ inkl. 4x 8TB", "HW-NAS-1221", "Stück", 2390.00, 19, "biz"),
    ("Fortinet FortiGate 40F inkl. UTP-Bundle 1 Jahr", "NW-FG-40F", "Stück", 890.00, 19, "biz"),
    ("Kyocera ECOSYS M2540dn Multifunktionsdrucker", "HW-KYO-2540", "Stück", 389.00, 19, "biz"),
    ("Cat.6a Patchkabel 2 m, grau", "NW-PK-2M", "Stück", 4.20, 19, "biz"),
    ("Veeam Backup Essentials, Abo 1 Jahr", "LIC-VEEAM", "Lizenz", 89.00, 19, "biz"),
    ("Lenovo ThinkPad E14 Gen 5, i5, 16 GB", "HW-NB-E14", "Stück", 829.00, 19, "both"),
    ("Dell Latitude 5540, i7, 16 GB, 512 GB SSD", "HW-NB-5540", "Stück", 1249.00, 19, "both"),
    ("Apple MacBook Air 13\" M2, 256 GB", "HW-MBA-M2", "Stück", 1049.00, 19, "both"),
    ("Samsung 27\" Monitor S27C390", "HW-MON-27", "Stück", 159.00, 19, "both"),
    ("Logitech MX Keys Tastatur", "ZB-MXKEYS", "Stück", 99.00, 19, "both"),
    ("Logitech MX Master 3S Maus", "ZB-MXM3S", "Stück", 89.00, 19, "both"),
    ("Jabra Evolve2 65 Headset", "ZB-JAB-65", "Stück", 169.00, 19, "both"),
    ("Techniker-Einsatz vor Ort, je angefangene 15 Min.", "DL-TECH-15", "Einheit", 27.50, 19, "both"),
    ("Anfahrtspauschale Zone 1", "DL-ANF-1", "Pauschale", 39.00, 19, "both"),
    ("Datenübernahme und Einrichtung Neugerät", "DL-EINR", "Pauschale", 89.00, 19, "both"),
    ("Apple iPad 10,9\" Wi-Fi 64 GB", "HW-IPAD-10", "Stück", 449.00, 19, "both"),
    ("Samsung 55\" QLED-TV GQ55Q60C", "HW-TV-55", "Stück", 649.00, 19, "home"),
    ("Sony PlayStation 5 Slim", "HW-PS5", "Stück", 449.00, 19, "home"),
    ("De'Longhi Kaffeevollautomat ECAM 22.110.B", "HH-DLG-22", "Stück", 319.00, 19, "home"),
    ("Mobiles Klimagerät De'Longhi Pinguino PAC N82", "HH-KLIMA-N82", "Stück", 429.00, 19, "home"),
    ("Bosch Wasserkocher TWK3A011", "HH-WK-BOSCH", "Stück", 29.90, 19, "home"),
    ("Nintendo Switch OLED", "HW-NSW-OLED", "Stück", 299.00, 19, "home"),
    ("Philips Hue White & Color Starter-Set E27", "HH-HUE-3", "Stück", 149.00, 19, "home"),
    ("AVM FRITZ!Repeater 1200 AX", "NW-FRITZ-REP", "Stück", 79.00, 19, "home"),
    ("Einrichtung Heimnetzwerk, Pauschale Privathaushalt", "DL-HEIMNETZ", "Pauschale", 119.00, 19, "home"),
    ("Apple AirPods Pro (2. Generation)", "HW-APP2", "Stück", 229.00, 19, "home"),
])

FIRST = ["Thomas", "Sabine", "Michael", "Andrea", "Stefan", "Claudia", "Andreas", "Petra", "Jan", "Katrin", "Lukas",
         "Anna", "Markus", "Julia", "Tobias", "Nicole", "Florian", "Melanie", "Sebastian", "Birgit", "Jürgen", "Lea",
         "Matthias", "Sandra", "Christian", "Monika", "Felix", "Heike", "Daniel", "Ute", "Tim", "Laura", "Uwe", "Sophie"]
LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
        "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
        "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann",
        "Huber", "Kaiser", "Fuchs", "Peters", "Scholz", "Möller", "Keller", "Günther", "Vogel", "Jäger"]
FREEMAIL = ["gmx.de", "web.de", "t-online.de", "gmail.com", "gmx.net", "posteo.de", "outlook.de", "freenet.de"]
CITY = ["München", "Stuttgart", "Karlsruhe", "Freiburg", "Ulm", "Augsburg", "Nürnberg", "Heidelberg", "Mannheim",
        "Tübingen", "Reutlingen", "Esslingen", "Ludwigsburg", "Pforzheim"]


def translit(s):
    return (s.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
            .replace(" ", "").replace(".", ""))


def person():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return f, l


def ustid():
    return "DE" + "".join(str(rng.randint(0, 9)) for _ in range(9))


def leitweg(prefix):
    return f"{prefix}-{rng.randint(10000, 99999)}-{rng.randint(10, 99)}"


# name, kind, label, amb, country, email, ustid, leitweg, pay, mode, comment, contact
def C(name, kind, label, email=None, tax=None, lw=None, pay=None, mode=None, comment=None, amb=False,
      country="DE", contact=True, orders=1):
    return dict(name=name, kind=kind, label=label, email=email, tax=tax, lw=lw, pay=pay, mode=mode,
                comment=comment, amb=amb, country=country, contact=contact, orders=orders)


PAY_INV = ["Zahlbar innerhalb von 14 Tagen ohne Abzug", "Zahlbar innerhalb von 30 Tagen ohne Abzug",
           "Zahlbar innerhalb von 8 Tagen mit 2 % Skonto, 30 Tage netto"]
PAY_PRIV = ["Zahlbar sofort ohne Abzug", "Bezahlt per PayPal", "Barzahlung erhalten", "Bezahlt mit EC-Karte",
            "Zahlbar innerhalb von 7 Tagen ohne Abzug"]

SPECS = [
    # --- B2G: public bodies of every kind ---
    C("Stadt Freiburg im Breisgau, Amt für Schule und Bildung", "de_municipality", "B2G", "schulamt@stadt.freiburg.de",
      lw=leitweg("08311000"), comment="Bestellnummer 4500123987 – bitte auf Rechnung angeben", orders=3),
    C("Gemeinde Kirchheim b. München", "de_municipality", "B2G", "rathaus@kirchheim-bei-muenchen.de", orders=2),
    C("Gemeindeverwaltung Schwielowsee", "de_municipality", "B2G", "kaemmerei@schwielowsee.de", lw=leitweg("12069616")),
    C("Stadtverwaltung Esslingen am Neckar – Hauptamt/IuK", "de_municipality", "B2G", "iuk@esslingen.de", orders=2),
    C("Markt Garmisch-Partenkirchen", "de_municipality", "B2G", None),
    C("Landratsamt Ravensburg", "de_county", "B2G", "it-service@rv.de", lw=leitweg("08436000"), orders=2),
    C("Kreisverwaltung Mainz-Bingen", "de_county", "B2G", "beschaffung@mainz-bingen.de"),
    C("Landkreis Göttingen, Fachdienst Informationstechnik", "de_county", "B2G", None, lw=leitweg("03159000")),
    C("Bundesamt für Migration und Flüchtlinge, Außenstelle Karlsruhe", "de_federal_agency", "B2G",
      "beschaffung@bamf.bund.de", lw="991-33105-58", comment="Abruf aus Rahmenvertrag, Az. 62-2024-117"),
    C("Bundesanstalt Technisches Hilfswerk, Ortsverband Ulm", "de_federal_agency", "B2G", "ov-ulm@thw.de"),
    C("Agentur für Arbeit Stuttgart", "de_federal_agency", "B2G", None, lw="991-11200-31"),
    C("Bundespolizeiinspektion Flughafen Stuttgart", "de_police", "B2G", "bpoli.stuttgart@polizei.bund.de"),
    C("Polizeipräsidium Ulm, Referat Technik", "de_police", "B2G", "ulm.pp.technik@polizei.bwl.de"),
    C("Amtsgericht Reutlingen", "de_court", "B2G", "poststelle@agreutlingen.justiz.bwl.de"),
    C("Finanzamt Tübingen", "de_tax_office", "B2G", None),
    C("Bundeswehr – Ausbildungszentrum Munster, Stab", "armed_forces", "B2G", "azmunster@bundeswehr.org",
      comment="Lieferung an Truppenküche Geb. 12"),
    C("Deutscher Bundestag, Verwaltung – Referat IT 2", "de_parliament", "B2G", None, lw="991-01140-44"),
    C("Goethe-Gymnasium Karlsruhe", "public_school", "B2G", "sekretariat@goethe-gymnasium-ka.de", orders=2),
    C("Städtisches Gymnasium Gütersloh", "public_school", "B2G", None),
    C("Albert-Einstein-Gymnasium Ulm, Schulleitung", "public_school", "B2G", "verwaltung@aeg-ulm.de"),
    C("Gemeinschaftsschule Reutlingen-West", "public_school", "B2G", None),
    C("Universität Stuttgart, Institut für Automatisierungstechnik", "public_university", "B2G",
      "einkauf@ias.uni-stuttgart.de", comment="Kostenstelle 6530, Inventarisierung erforderlich", orders=2),
    C("Technische Universität Dresden, Professur für Datenbanken", "public_university", "B2G", None),
    C("Hochschule Esslingen", "public_university", "B2G", "beschaffung@hs-esslingen.de"),
    C("Universitätsklinikum Heidelberg, Zentraleinkauf", "public_hospital", "B2G", "einkauf@med.uni-heidelberg.de",
      comment="Bestellschein BA-2024-88213"),
    C("Universitätsklinikum Tübingen", "public_hospital", "B2G", None),
    C("Klinikum Stuttgart – Eigenbetrieb der Landeshauptstadt", "public_hospital", "B2G", None),
    C("Abfallwirtschaftsbetrieb München (Eigenbetrieb)", "municipal_enterprise", "B2G", "awm-einkauf@muenchen.de"),
    C("Botschaft der Republik Korea", "embassy", "B2G", "germany@mofa.go.kr", country="KR"),
    C("Ambassade de France en Allemagne, Service administratif", "embassy", "B2G", None, country="FR"),
    # --- B2G ambiguous: municipal school buys one kettle ---
    C("Grundschule Sonnenhof, Stadt Bietigheim-Bissingen", "public_school_household_item", "B2G", None,
      mode="kettle", amb=True, comment="für das Lehrerzimmer"),
    # --- B2B companies ---
    C("Brandl Autohaus GmbH & Co. KG", "company_with_legal_form", "B2B", "buchhaltung@autohaus-brandl.de", tax=ustid(), orders=2),
    C("Kanzlei Hoffmann & Partner mbB", "company_with_legal_form", "B2B", "info@hoffmann-partner.de", tax=ustid()),
    C("Schreinerei Vogel GmbH", "company_with_legal_form", "B2B", "info@schreinerei-vogel.de", tax=ustid()),
    C("Neckar Logistik UG (haftungsbeschränkt)", "company_with_legal_form", "B2B", "office@neckarlogistik.de"),
    C("Elektro Keller e.K.", "company_with_legal_form", "B2B", "keller@elektro-keller.de", tax=ustid()),
    C("Bäckerei Scholz", "company_no_legal_form", "B2B", "backstube.scholz@t-online.de", orders=2),
    C("Hotel Zum Hirschen", "company_no_legal_form", "B2B", "rezeption@hirschen-ulm.de", tax=ustid()),
    C("Zahnarztpraxis Dr. Lange", "company_no_legal_form", "B2B", "praxis@zahnarzt-lange.de"),
    C("Steuerberatung Fuchs", "company_no_legal_form", "B2B", "kanzlei@stb-fuchs.de", orders=2),
    C("Weber Ingenieure GmbH", "company_with_legal_form", "B2B", "it@weber-ingenieure.de", tax=ustid(), orders=2),
    C("MediaMarkt Saturn Deutschland GmbH", "company_with_legal_form", "B2B", None, tax="DE813247839",
      comment="Bestellung Filiale Ulm, PO 0083311"),
    C("Robert Bosch GmbH, Werk Reutlingen", "company_with_legal_form", "B2B", "einkauf.rt@de.bosch.com", tax="DE811128135"),
    C("Stadtwerke Tübingen GmbH", "state_owned_company", "B2B", "einkauf@swtue.de", tax=ustid()),
    C("Kaiser Metallbau AG", "company_with_legal_form", "B2B", "info@kaiser-metallbau.de", tax=ustid()),
    C("Gasthaus Krone GbR", "company_with_legal_form", "B2B", None),
    C("Augsburger Werbeagentur Klein KG", "company_with_legal_form", "B2B", "klein@awk-agentur.de", tax=ustid()),
    # sole traders / Einzelunternehmer
    C("Malermeister Jürgen Kaiser", "sole_trader_trade_name", "B2B", "juergen.kaiser.maler@gmx.de"),
    C("Physiotherapie Anna Schmidt", "sole_trader_trade_name", "B2B", "praxis@physio-schmidt-ulm.de"),
    C("Fotografie Lukas Braun", "sole_trader_trade_name", "B2B", "lukas@braun-fotografie.de", tax=ustid()),
    C("Huber Hausmeisterservice, Inh. Markus Huber", "sole_trader_trade_name", "B2B", "huber.hausmeister@web.de"),
    C("Sandra Neumann Übersetzungen", "sole_trader_trade_name", "B2B", "s.neumann@uebersetzung-neumann.de", tax=ustid()),
    # non-profits
    C("TSV Ulm 1846 e.V.", "non_profit", "B2B", "geschaeftsstelle@tsvulm1846.de", orders=2),
    C("Tafel Reutlingen e.V.", "non_profit", "B2B", None),
    C("DRK Kreisverband Esslingen e.V.", "national_red_cross", "B2B", "kv@drk-esslingen.de"),
    C("Förderverein der Grundschule am Lindenhof e.V.", "parents_association", "B2B", "foerderverein.lindenhof@gmail.com"),
    C("Katholische Kirchengemeinde St. Martin Freiburg", "religious_organisation", "B2B", "pfarrbuero@st-martin-freiburg.de"),
    C("Freie Waldorfschule Uhlandshöhe e.V.", "private_school", "B2B", "verwaltung@uhlandshoehe.de"),
    C("Bucerius Law School gGmbH", "private_university", "B2B", None, tax=ustid()),
    C("Paracelsus Klinik Karlsruhe GmbH", "private_hospital", "B2B", "einkauf@pkd.de"),
    C("Wohnungseigentümergemeinschaft Olgastraße 12", "homeowners_association", "B2B", None,
      comment="Verwaltung: Hausverwaltung Meier GmbH"),
    # --- B2B ambiguous ---
    C("Stiftung Warentest", "state_founded_foundation", "B2B", "einkauf@stiftung-warentest.de", amb=True),
    C("DB InfraGO AG, Regionalbereich Südwest", "state_owned_company_procurement", "B2B", None, tax="DE812135830",
      amb=True, comment="Vergabe-Nr. 24FEI51873 – Abruf gem. Rahmenvertrag"),
    C("Sekretariat der Klimarahmenkonvention der Vereinten Nationen (UNFCCC), Bonn", "international_org", "B2B",
      "procurement@unfccc.int", amb=True, country="DE"),
    C("EMBL Heidelberg (European Molecular Biology Laboratory)", "international_org", "B2B", None, amb=True),
    C("Müller Gebäudetechnik GmbH", "company_household_item", "B2B", "info@mueller-gebaeudetechnik.de", tax=ustid(),
      mode="single_home", amb=True),
    C("Schäfer IT-Consulting GmbH", "company_household_item", "B2B", "office@schaefer-itc.de", tax=ustid(),
      mode="single_home", amb=True, comment="Lieferung an Privatanschrift des Geschäftsführers"),
    C("Scholz Immobilien GmbH", "company_household_item", "B2B", "verwaltung@scholz-immobilien.de", tax=ustid(),
      mode="single_home", amb=True),
    C("Kosmetikstudio Melanie Wolf", "sole_trader_household_item", "B2B", "melanie.wolf@gmx.de",
      mode="single_home", amb=True, pay="Bezahlt per PayPal"),
    C("Rechtsanwältin Dr. Sabine Krüger", "professional_practice", "B2B", "kanzlei.krueger@t-online.de",
      mode="biz", amb=True, comment="Rechnung an die Kanzlei, Gerät für das Büro"),
]


def priv_spec(kind="private_person", amb=False, mode="home", label="B2C", comment=None, email_dom=None, pay=None):
    f, l = person()
    if email_dom is None:
        email = None if rng.random() < 0.3 else f"{translit(f)}.{translit(l)}{rng.choice(['', '', str(rng.randint(1, 99))])}@{rng.choice(FREEMAIL)}"
    else:
        email = f"{translit(f)}.{translit(l)}@{email_dom}"
    name = f"{f} {l}" if rng.random() < 0.85 else f"{l}, {f}"
    return C(name, kind, label, email, mode=mode, amb=amb, comment=comment, pay=pay)


for _ in range(20):
    SPECS.append(priv_spec())
SPECS[-1]["orders"] = 2
SPECS[-3]["orders"] = 2
# anonymous retail (Sammelkunde / Barverkauf)
for _ in range(5):
    SPECS.append(C("Sammelkunde", "anonymous_retail", "B2C", None, mode="home", pay="Barzahlung erhalten",
                   comment="Barverkauf Ladengeschäft", contact=False))
# B2C ambiguous
SPECS.append(priv_spec("private_bulk", True, "bulk_same"))
SPECS.append(priv_spec("private_bulk", True, "bulk_same"))
SPECS.append(priv_spec("person_with_gov_email", True, "single_home", email_dom="bundeswehr.org",
                       comment="Lieferung an Privatadresse", pay="Bezahlt per PayPal"))
SPECS.append(priv_spec("person_with_gov_email", True, "single_home", email_dom="bmi.bund.de",
                       pay="Bezahlt mit EC-Karte"))
SPECS.append(priv_spec("person_with_gov_email", True, "home", email_dom="polizei.bwl.de",
                       pay="Bezahlt per PayPal", comment="Privatkauf, Lieferung nach Hause"))
SPECS.append(priv_spec("private_bulk", True, "bulk_same"))
# B2B ambiguous: private persons stating business use / paying a company's invoice
SPECS.append(priv_spec("person_states_business_use", True, "bulk_same", "B2B",
                       comment="Ware ist zum Weiterverkauf in meinem eBay-Shop bestimmt"))
SPECS.append(priv_spec("person_states_business_use", True, "biz", "B2B",
                       comment="Laut Kunde für die berufliche Nutzung im Homeoffice (Freiberufler)"))
SPECS.append(priv_spec("person_pays_company_invoice", True, "biz", "B2B",
                       comment="Zahlung privat durch Geschäftsführer für Berger Haustechnik GmbH, Re. an Firma"))
# product-only records (no buyer)
SPECS.append(C("", "product_only_business_goods", "B2B", None, mode="bizonly_single", amb=True, contact=False, pay=""))
SPECS.append(C("", "product_only_business_goods", "B2B", None, mode="bizonly_single", amb=True, contact=False, pay=""))
SPECS.append(C("", "product_only_household", "B2C", None, mode="homeonly_single", amb=True, contact=False, pay=""))

HEADER = ["Belegtyp", "Belegnummer", "Belegdatum", "Fälligkeitsdatum", "Status", "Kundennummer", "Kontakt",
          "Ansprechpartner", "E-Mail", "USt-IdNr.", "Leitweg-ID", "Ort", "Pos.", "Artikelnummer", "Bezeichnung",
          "Menge", "Einheit", "Einzelpreis netto", "USt-Satz", "Positionsbetrag netto", "Positionsbetrag brutto",
          "Belegbetrag brutto", "Offener Betrag", "Währung", "Zahlungsbedingungen", "Bemerkung"]


TOK = [("Freiburg", "Freiburg im Breisgau"), ("Kirchheim", "Kirchheim b. München"), ("Schwielowsee", "Schwielowsee"),
       ("Esslingen", "Esslingen am Neckar"), ("Garmisch", "Garmisch-Partenkirchen"), ("Ravensburg", "Ravensburg"),
       ("Mainz-Bingen", "Ingelheim am Rhein"), ("Göttingen", "Göttingen"), ("Karlsruhe", "Karlsruhe"),
       ("Ulm", "Ulm"), ("Stuttgart", "Stuttgart"), ("Reutlingen", "Reutlingen"), ("Tübingen", "Tübingen"),
       ("Munster", "Munster"), ("Bundestag", "Berlin"), ("Botschaft", "Berlin"), ("Ambassade", "Berlin"),
       ("Gütersloh", "Gütersloh"), ("Dresden", "Dresden"), ("Heidelberg", "Heidelberg"), ("München", "München"),
       ("Bietigheim", "Bietigheim-Bissingen"), ("Bonn", "Bonn"), ("Warentest", "Berlin"), ("Bucerius", "Hamburg"),
       ("Augsburg", "Augsburg"), ("Uhlandshöhe", "Stuttgart"), ("Südwest", "Karlsruhe"), ("Olgastraße", "Stuttgart")]


def city_for(name):
    if not name or name == "Sammelkunde":
        return ""
    for t, c in TOK:
        if t in name:
            return c
    return rng.choice(CITY)


def main():
    orders = []
    for s in SPECS:
        for _ in range(s["orders"]):
            orders.append(s)
    rng.shuffle(orders)
    custno = {}
    next_cust = 10001
    rows, labels = [], []
    d0 = dt.date(2024, 1, 8)
    vno = 1000
    for i, s in enumerate(orders):
        key = s["name"] + s["kind"]
        if s["contact"] and s["name"]:
            if key not in custno:
                custno[key] = next_cust
                next_cust += rng.randint(1, 7)
            cno = str(custno[key])
        else:
            cno = ""
        mode = s["mode"] or ("biz" if s["label"] in ("B2B", "B2G") else "home")
        if mode == "kettle":
            items = [(next(e for e in CAT.entries if e[1] == "HH-WK-BOSCH"), 1)]
        else:
            items = lines_for(rng, CAT, mode)
        date = d0 + dt.timedelta(days=int(i * 2.6) + rng.randint(0, 2))
        vno += 1
        credit = rng.random() < 0.03 and s["label"] != "B2C"
        btype = "Gutschrift" if credit else "Rechnung"
        number = f"{'GS' if credit else 'RE'}{date.year}-{vno:05d}"
        if s["label"] == "B2C" and mode != "biz":
            pay = s["pay"] if s["pay"] is not None else rng.choice(PAY_PRIV)
        else:
            pay = s["pay"] if s["pay"] is not None else rng.choice(PAY_INV)
        days = 0 if ("sofort" in pay or "erhalten" in pay or "PayPal" in pay or "EC-Karte" in pay or not pay) else \
            (30 if "30" in pay else 14)
        due = date + dt.timedelta(days=days)
        sign = -1 if credit else 1
        net_lines = [round(sign * e[3] * q, 2) for e, q in items]
        gross_lines = [round(n * (1 + e[4] / 100), 2) for n, (e, q) in zip(net_lines, items)]
        total = round(sum(gross_lines), 2)
        status = rng.choice(["bezahlt", "bezahlt", "bezahlt", "offen", "überfällig"]) if days else "bezahlt"
        openamt = 0.0 if status == "bezahlt" else total
        contact_person = ""
        if s["label"] in ("B2B", "B2G") and s["name"] and s["kind"] not in (
                "sole_trader_trade_name", "person_states_business_use", "person_pays_company_invoice",
                "professional_practice") and rng.random() < 0.6:
            f, l = person()
            contact_person = f"{rng.choice(['Herr', 'Frau'])} {f} {l}"
        city = city_for(s["name"])
        for pos, ((e, q), n, g) in enumerate(zip(items, net_lines, gross_lines), 1):
            rows.append([
                btype, number, date.strftime("%d.%m.%Y"), due.strftime("%d.%m.%Y"), status, cno, s["name"],
                contact_person, s["email"] or "", s["tax"] or "", s["lw"] or "", city, pos, e[1], e[0],
                fmt_num(q, nd=0) if float(q).is_integer() else fmt_num(q), e[2], fmt_num(sign * e[3]),
                f"{e[4]} %", fmt_num(n), fmt_num(g), fmt_num(total), fmt_num(openamt), "EUR", pay,
                s["comment"] or "",
            ])
            labels.append(dict(label=s["label"], amb=s["amb"], kind=s["kind"], country=s["country"]))
    path = os.path.join(LAYOUTS, ID + ".csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        for r in [HEADER] + rows:
            out = []
            for v in r:
                v = str(v)
                if any(c in v for c in ';"\n'):
                    v = '"' + v.replace('"', '""') + '"'
                out.append(v)
            f.write(";".join(out) + "\r\n")
    write_labels(os.path.join(KEY, ID + ".labels.csv"), labels)
    write_key(os.path.join(KEY, ID + ".json"), {
        "id": ID,
        "system": "Lexware Office (lexoffice) – Belegliste/Rechnungen, CSV-Export mit Positionen",
        "country": "DE",
        "language": "de",
        "docs": [
            "lexoffice public API voucherlist model (docs.rs crate 'lexoffice', model::voucherlist): voucherType, "
            "voucherStatus (open/paid/voided/overdue...), voucherNumber, voucherDate, dueDate, contactName, totalAmount, "
            "openAmount, currency; voucher remark field ('Bemerkung'); useCollectiveContact = 'Sammelkunde'. Headers are "
            "the German UI labels of those fields, extended by the item positions of each invoice (one row per position).",
            "Lexware Office e-invoice help (XRechnung): public-sector recipients carry a 'Leitweg-ID' on the contact; "
            "kept as a sparse column (only some public bodies have it filled).",
            "German CSV conventions: ';' separator, UTF-8 with BOM, decimal comma and '.' thousands, dates dd.mm.yyyy.",
            "The stored sources did not show the literal header row of lexoffice's CSV export; header wording is "
            "the German UI wording of the API fields above and may differ in detail from the real file.",
        ],
        "fields": {
            "buyer": "Kontakt", "product": "Bezeichnung", "quantity": "Menge", "amount": "Positionsbetrag netto",
            "tax_id": "USt-IdNr.", "email": "E-Mail", "payment": "Zahlungsbedingungen", "comment": "Bemerkung",
        },
        "also_ok": {"amount": ["Positionsbetrag brutto"]},
        "notes": "One row per invoice position; all positions of one Belegnummer form one order and share a label. "
                 "Header row is line 1; no title or totals lines, every following line is a record. "
                 "Belegbetrag brutto/Offener Betrag repeat the voucher totals on each position. 'Sammelkunde' is "
                 "lexoffice's collective contact for anonymous counter sales. A few rows have an empty Kontakt "
                 "(product-only records). Read with sep=';', decimal=',', thousands='.'.",
    })
    print(ID, len(rows), "rows", len(orders), "orders")


if __name__ == "__main__":
    main()
