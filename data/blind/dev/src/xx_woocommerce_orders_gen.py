"""Generator: xx_woocommerce_orders -- WooCommerce Customer/Order/Coupon Export, «Default» CSV order
format (one row per order, line items packed into the line_items cell). EU coffee-equipment shop.
Seeded; rebuild with: python xx_woocommerce_orders_gen.py"""
import json, random, csv
from datetime import datetime, timedelta
from pathlib import Path

SEED = 4107
R = random.Random(SEED)
BASE = Path(__file__).resolve().parent.parent
LID = "xx_woocommerce_orders"

HDR = ["order_id", "order_number", "order_date", "status", "shipping_total", "shipping_tax_total", "fee_total", "fee_tax_total",
       "tax_total", "cart_discount", "order_discount", "discount_total", "order_total", "refunded_total", "order_currency",
       "payment_method", "shipping_method", "customer_id", "billing_first_name", "billing_last_name", "billing_company",
       "billing_email", "billing_phone", "billing_address_1", "billing_address_2", "billing_postcode", "billing_city",
       "billing_state", "billing_country", "shipping_first_name", "shipping_last_name", "shipping_company", "shipping_address_1",
       "shipping_address_2", "shipping_postcode", "shipping_city", "shipping_state", "shipping_country", "customer_note",
       "line_items", "shipping_items", "fee_items", "tax_items", "coupon_items", "order_notes", "download_permissions", "vat_number"]

HOME = [("Sage the Bambino Plus espresso machine", "SAGE-BES500", 429.00), ("Hario V60 Ceramic Dripper 02", "HAR-V60-02", 24.90),
        ("Bialetti Moka Express 6 cups", "BIA-MOKA6", 34.90), ("Baratza Encore ESP grinder", "BAR-ENC-ESP", 199.00),
        ("Fellow Stagg EKG electric kettle", "FEL-EKG", 169.00), ("Aeropress Original", "AERO-ORIG", 39.90),
        ("De'Longhi Dedica EC685 espresso machine", "DEL-EC685", 199.00), ("Milk frother Aeroccino 3", "NES-AERO3", 79.00),
        ("Chemex Classic 6 cup", "CHX-6", 49.90), ("Specialty coffee beans Ethiopia Yirgacheffe 250 g", "BEAN-ETH-250", 12.90)]
PRO = [("La Marzocco Linea Mini espresso machine", "LM-LINEA-MINI", 5290.00), ("Mahlkönig E65S GbW grinder", "MK-E65S", 2690.00),
       ("Bravilor Bonamat Novo filter coffee brewer", "BRAV-NOVO", 459.00), ("Coffee beans House Espresso 1 kg", "BEAN-HOUSE-1KG", 24.50),
       ("Knock box Joe Frex", "JF-KNOCK", 59.00), ("Cafiza espresso machine cleaner 900 g", "URN-CAF900", 21.90),
       ("Barista milk jug 600 ml", "JUG-600", 18.50), ("Paper filters 1000 pcs (Bravilor 90/250)", "FILT-1000", 14.90),
       ("Franke A400 bean-to-cup machine", "FRK-A400", 8990.00), ("Water filter BWT bestmax M", "BWT-M", 129.00)]
VAT = {"NL": 21, "DE": 19, "FR": 20, "BE": 21, "AT": 20, "IT": 22, "ES": 21, "IE": 23, "DK": 25, "SE": 25, "PL": 23, "LU": 17}
CITY = {"NL": [("Amsterdam", "1017 CE"), ("Utrecht", "3511 AB"), ("Rotterdam", "3011 AD")],
        "DE": [("München", "80331"), ("Berlin", "10115"), ("Hamburg", "20095"), ("Köln", "50667")],
        "FR": [("Lyon", "69002"), ("Paris", "75011"), ("Bordeaux", "33000")], "BE": [("Gent", "9000"), ("Bruxelles", "1000")],
        "AT": [("Wien", "1010"), ("Graz", "8010")], "IT": [("Bologna", "40121"), ("Milano", "20121")], "ES": [("Valencia", "46002"), ("Madrid", "28013")],
        "IE": [("Dublin", "D02 X285"), ("Cork", "T12 W8F9")], "DK": [("København", "2100")], "SE": [("Stockholm", "111 52")], "PL": [("Warszawa", "00-001")],
        "LU": [("Luxembourg", "L-1011")]}
STREET = {"NL": "Keizersgracht %d", "DE": "Leopoldstraße %d", "FR": "Rue de la République %d", "BE": "Veldstraat %d", "AT": "Mariahilfer Straße %d",
          "IT": "Via dell'Indipendenza %d", "ES": "Calle de Colón %d", "IE": "Grafton Street %d", "DK": "Østerbrogade %d", "SE": "Drottninggatan %d",
          "PL": "ul. Marszałkowska %d", "LU": "Boulevard Royal %d"}
FIRST = {"NL": ["Jan", "Sanne", "Pieter", "Lotte"], "DE": ["Lukas", "Anna", "Thomas", "Julia", "Stefan"], "FR": ["Camille", "Louis", "Chloé", "Julien"],
         "BE": ["Wout", "Elise"], "AT": ["Florian", "Katharina"], "IT": ["Giulia", "Marco"], "ES": ["Lucía", "Javier"], "IE": ["Siobhan", "Conor"],
         "DK": ["Mette", "Rasmus"], "SE": ["Elin", "Oskar"], "PL": ["Agnieszka", "Piotr"], "LU": ["Claire", "Marc"]}
LAST = {"NL": ["de Vries", "Jansen", "Bakker"], "DE": ["Müller", "Schmidt", "Weber", "Keller"], "FR": ["Martin", "Bernard", "Dubois"], "BE": ["Peeters", "Janssens"],
        "AT": ["Gruber", "Huber"], "IT": ["Rossi", "Bianchi"], "ES": ["García", "Martínez"], "IE": ["Murphy", "Kelly"], "DK": ["Nielsen", "Jensen"],
        "SE": ["Johansson", "Lindberg"], "PL": ["Kowalska", "Nowak"], "LU": ["Schmit", "Muller"]}
FREEMAIL = ["gmail.com", "outlook.com", "hotmail.com", "gmx.de", "web.de", "orange.fr", "libero.it", "ziggo.nl", "yahoo.es", "icloud.com"]


def vatno(cc):
    p = {"NL": lambda: "NL%09dB01" % R.randint(10**8, 10**9 - 1), "DE": lambda: "DE%09d" % R.randint(10**8, 10**9 - 1),
         "FR": lambda: "FR%02d%09d" % (R.randint(10, 99), R.randint(10**8, 10**9 - 1)), "BE": lambda: "BE0%09d" % R.randint(10**8, 10**9 - 1),
         "AT": lambda: "ATU%08d" % R.randint(10**7, 10**8 - 1), "IT": lambda: "IT%011d" % R.randint(10**10, 10**11 - 1),
         "ES": lambda: "ESB%08d" % R.randint(10**7, 10**8 - 1), "IE": lambda: "IE%07dW" % R.randint(10**6, 10**7 - 1),
         "DK": lambda: "DK%08d" % R.randint(10**7, 10**8 - 1), "SE": lambda: "SE%010d01" % R.randint(10**9, 10**10 - 1),
         "PL": lambda: "PL%010d" % R.randint(10**9, 10**10 - 1), "LU": lambda: "LU%08d" % R.randint(10**7, 10**8 - 1)}
    return p[cc]()


ORDERS = []


def add(cc, label, amb, kind, company="", first=None, last=None, email=None, vat="", items=None, pay=None, note="", ship_company=None, times=1):
    for _ in range(times):
        ORDERS.append(dict(cc=cc, label=label, amb=amb, kind=kind, company=company, first=first, last=last, email=email, vat=vat,
                           items=items, pay=pay, note=note, ship_company=ship_company))


def items(pool, n, qmax):
    return [(nm, sku, p, R.randint(1, qmax)) for nm, sku, p in R.sample(pool, n)]


def build():
    G, B, C = "B2G", "B2B", "B2C"
    # public bodies
    gov = [("DE", "Landeshauptstadt München – Referat für Bildung und Sport", "rbs.beschaffung@muenchen.de", "eu_municipality"),
           ("DE", "Landratsamt Starnberg", "einkauf@lra-starnberg.de", "de_county_office"),
           ("DE", "Bundesministerium der Finanzen", "beschaffung@bmf.bund.de", "ministry"),
           ("NL", "Gemeente Utrecht", "inkoop@utrecht.nl", "eu_municipality"),
           ("NL", "Rijksdienst voor Ondernemend Nederland", "facilitair@rvo.nl", "state_agency"),
           ("FR", "Mairie de Bordeaux", "achats@mairie-bordeaux.fr", "eu_municipality"),
           ("FR", "Ministère de l'Économie et des Finances – Direction des achats de l'État", "dae.commandes@finances.gouv.fr", "ministry"),
           ("IT", "Comune di Bologna", "economato@comune.bologna.it", "eu_municipality"),
           ("ES", "Ayuntamiento de Valencia", "contratacion@valencia.es", "eu_municipality"),
           ("AT", "Universität Wien", "beschaffung@univie.ac.at", "public_university"),
           ("IE", "HSE – Health Service Executive, St. James's Hospital", "procurement@stjames.ie", "public_hospital"),
           ("BE", "Stad Gent", "aankoop@stad.gent", "eu_municipality"),
           ("DE", "Bundeswehr – Kommando Heer, Truppenküche Strausberg", "kdoh.beschaffung@bundeswehr.org", "armed_forces_unit"),
           ("NL", "Embassy of Canada to the Netherlands", "hague.admin@international.gc.ca", "embassy"),
           ("DE", "Botschaft des Königreichs Dänemark in Berlin", "beradm@um.dk", "embassy"),
           ("LU", "Ville de Luxembourg", "achats@vdl.lu", "eu_municipality")]
    for cc, org, em, k in gov:
        first, last = R.choice(FIRST[cc]), R.choice(LAST[cc])
        add(cc, G, False, k, org, first, last, em, "", items(PRO + HOME, R.choice([1, 2, 3]), 4), pay="bacs",
            note=R.choice(["", "PO 4500%06d" % R.randint(0, 999999), "Bestellnummer %d" % R.randint(10000, 99999), "Please quote our purchase order on the invoice"]),
            times=R.choice([1, 1, 2]))
    # school buys one kettle / one home machine
    add("DE", G, True, "public_school_household_item", "Grundschule am Arnulfpark (Landeshauptstadt München)", "Sabine", "Huber", "sekretariat.gs-arnulfpark@muenchen.de", "",
        [("Fellow Stagg EKG electric kettle", "FEL-EKG", 169.00, 1)], pay="bacs", note="Rechnung an Schule")
    add("NL", G, True, "public_school_household_item", "Openbare Basisschool De Regenboog (Gemeente Utrecht)", "Marieke", "Bos", "administratie@obsderegenboog.nl", "",
        [("De'Longhi Dedica EC685 espresso machine", "DEL-EC685", 199.00, 1)], pay="bacs")
    add("FR", G, True, "state_body_household_item", "Préfecture du Rhône", "Nathalie", "Roux", "nathalie.roux@rhone.gouv.fr", "",
        [("Milk frother Aeroccino 3", "NES-AERO3", 79.00, 1)], pay="stripe")
    # companies with legal form
    comp = [("DE", "Kaffeehaus Schmidt GmbH"), ("NL", "Barista Bros B.V."), ("FR", "Brasserie du Port SARL"), ("IT", "Caffè Centrale S.r.l."),
            ("ES", "Cafetería Los Olivos S.L."), ("BE", "Koffiebar Gent BV"), ("AT", "Wiener Kaffeerösterei GmbH"), ("IE", "Bean There Coffee Ltd"),
            ("DK", "Kaffeværkstedet ApS"), ("SE", "Fika & Co AB"), ("PL", "Kawiarnia Mokotów Sp. z o.o."), ("DE", "Hotel Bayerischer Hof GmbH & Co. KG"),
            ("NL", "Accenture Nederland B.V."), ("FR", "Atelier Café SAS"), ("DE", "Coworking Space Werk1 GmbH")]
    for cc, org in comp:
        first, last = R.choice(FIRST[cc]), R.choice(LAST[cc])
        dom = org.lower().split()[0].replace("é", "e").replace("ä", "ae").replace("&", "") + ".%s" % ("com" if cc in ("IE",) else cc.lower())
        add(cc, B, False, "company_with_legal_form", org, first, last, "%s@%s" % (R.choice(["info", "orders", first.lower()]), dom), vatno(cc),
            items(PRO, R.choice([1, 2, 3, 4]), 6), pay=R.choice(["bacs", "stripe", "bacs", "paypal"]), times=R.choice([1, 2, 2, 3]))
    for cc, org in [("DE", "Rösterei Bohnenglück"), ("NL", "The Daily Grind"), ("IE", "Kaph Coffee"), ("FR", "Café Lomi"), ("IT", "Pasticceria Marchesi")]:
        first, last = R.choice(FIRST[cc]), R.choice(LAST[cc])
        add(cc, B, False, "company_no_legal_form", org, first, last, "%s@%s.%s" % (first.lower(), org.lower().replace(" ", "").replace("é", "e")[:12], cc.lower()),
            vatno(cc) if R.random() < 0.7 else "", items(PRO, R.choice([1, 2, 3]), 8), pay=R.choice(["bacs", "stripe"]), times=R.choice([1, 2]))
    # company buying one household item only
    add("DE", B, True, "company_household_item", "Steuerberatung Krause & Partner mbB", "Heike", "Krause", "h.krause@stb-krause.de", vatno("DE"),
        [("Sage the Bambino Plus espresso machine", "SAGE-BES500", 429.00, 1)], pay="stripe")
    add("NL", B, True, "company_household_item", "Van Dijk Advocaten B.V.", "Thijs", "van Dijk", "office@vandijkadvocaten.nl", vatno("NL"),
        [("De'Longhi Dedica EC685 espresso machine", "DEL-EC685", 199.00, 1), ("Milk frother Aeroccino 3", "NES-AERO3", 79.00, 1)], pay="ideal")
    # lawyer/doctor as a person, invoiced to the practice
    add("DE", B, True, "professional_person_for_practice", "", "Thomas", "Weber", "kanzlei@ra-weber.de", "",
        [("Sage the Bambino Plus espresso machine", "SAGE-BES500", 429.00, 1)], pay="bacs", note="Rechnung bitte auf die Kanzlei: Rechtsanwalt Dr. Thomas Weber, für die Kanzleiküche")
    # sole traders / freelancers with trade names
    add("NL", B, False, "sole_trader_trade_name", "Koffie & Co (eenmanszaak)", "Sanne", "Bakker", "sanne@koffieenco.nl", vatno("NL"), items(PRO, 2, 4), pay="ideal")
    add("IE", B, False, "sole_trader_trade_name", "Murphy's Mobile Coffee", "Conor", "Murphy", "conor@murphysmobilecoffee.ie", vatno("IE"), items(PRO, 2, 3), pay="stripe")
    # non-profits, churches, private university, national Red Cross
    for cc, org, k in [("DE", "Deutsches Rotes Kreuz Kreisverband München e.V.", "red_cross_national"), ("DE", "Evangelische Kirchengemeinde St. Lukas", "religious_organisation"),
                       ("DE", "WHU – Otto Beisheim School of Management gGmbH", "private_university"), ("NL", "Stichting Voedselbank Amsterdam", "non_profit"),
                       ("FR", "Association Les Restos du Cœur – AD 69", "non_profit")]:
        first, last = R.choice(FIRST[cc]), R.choice(LAST[cc])
        add(cc, B, False, k, org, first, last, "%s.%s@%s" % (first.lower(), last.lower().replace(" ", ""), R.choice(["verein.org", "ngo-mail.eu"])), "",
            items(PRO + HOME, 2, 3), pay="bacs")
    # international orgs
    add("DK", B, True, "international_org", "World Health Organization – Regional Office for Europe", "Mette", "Nielsen", "euprocurement@who.int", "", items(PRO, 2, 3), pay="bacs", note="WHO PO 202412345")
    add("AT", B, True, "international_org", "UNIDO – United Nations Industrial Development Organization", "Florian", "Gruber", "procurement@unido.org", "", items(PRO, 1, 2), pay="bacs")
    add("DK", B, True, "international_org", "UNICEF Supply Division", "Rasmus", "Jensen", "supply.orders@unicef.org", "", items(PRO, 2, 2), pay="bacs")
    # private persons
    for _ in range(62):
        cc = R.choice(["NL"] * 4 + ["DE"] * 4 + ["FR", "FR", "BE", "AT", "IT", "ES", "IE", "DK", "SE", "PL", "LU"])
        first, last = R.choice(FIRST[cc]), R.choice(LAST[cc])
        em = "%s.%s%d@%s" % (first.lower(), last.lower().replace(" ", ""), R.randint(1, 99), R.choice(FREEMAIL))
        add(cc, C, False, "private_person", "", first, last, em, "", items(HOME, R.choice([1, 1, 2, 3]), 2), pay=R.choice(["stripe", "paypal", "ideal" if cc == "NL" else "stripe", "klarna"]),
            note=R.choice(["", "", "", {"DE": "Bitte beim Nachbarn abgeben", "AT": "Bitte beim Nachbarn abgeben", "FR": "Cadeau – pas de facture dans le colis", "BE": "Cadeau – pas de facture dans le colis", "NL": "Graag na 18:00 bezorgen"}.get(cc, "Please leave at the door")]))
    # sparse person orders: first name + email only
    for _ in range(6):
        cc = R.choice(["NL", "DE", "FR"])
        first = R.choice(FIRST[cc])
        add(cc, C, False, "private_person_sparse", "", first, "", "%s%d@%s" % (first.lower(), R.randint(100, 999), R.choice(FREEMAIL)), "", items(HOME, 1, 1), pay="paypal")
    # person with company e-mail / gov e-mail buying household goods, home delivery
    for cc, first, last, em in [("NL", "Jan", "de Vries", "jan.de.vries@philips.com"), ("DE", "Anna", "Keller", "anna.keller@bmi.bund.de"),
                                ("FR", "Julien", "Bernard", "julien.bernard@interieur.gouv.fr"), ("DE", "Stefan", "Müller", "stefan.mueller@siemens.com"),
                                ("IE", "Siobhan", "Kelly", "siobhan.kelly@accenture.com")]:
        add(cc, C, True, "person_company_or_gov_email_household", "", first, last, em, "", items(HOME, R.choice([1, 2]), 1), pay=R.choice(["paypal", "stripe"]))
    # private person bulk identical items
    add("PL", C, True, "private_person_bulk", "", "Piotr", "Nowak", "piotr.nowak84@gmail.com", "", [("Aeropress Original", "AERO-ORIG", 39.90, 30)], pay="paypal")
    # private person states business use
    add("BE", B, True, "person_states_business_use", "", "Wout", "Peeters", "wout.peeters@telenet.be", "", items(PRO, 2, 3), pay="stripe",
        note="Voor mijn koffiekar op de markt (for my coffee cart business)")
    add("IT", B, True, "person_states_business_use", "", "Marco", "Rossi", "marco.rossi77@libero.it", "", [("Coffee beans House Espresso 1 kg", "BEAN-HOUSE-1KG", 24.50, 20)], pay="bacs",
        note="per il mio bar, per rivendita")


def main():
    build()
    R.shuffle(ORDERS)
    rows, labels = [], []
    t = datetime(2024, 2, 1, 8, 0)
    oid = 20311
    custs = {}
    for o in ORDERS:
        t += timedelta(minutes=R.randint(20, 600)); oid += R.randint(1, 4)
        cc = o["cc"]; rate = VAT[cc] if not (o["vat"] and cc != "NL") else 0
        city, pc = R.choice(CITY[cc])
        street = STREET[cc] % R.randint(1, 180)
        li = []
        sub = 0.0; tax = 0.0
        for i, (nm, sku, p, q) in enumerate(o["items"]):
            net = round(p * q / 1.21, 2)  # shop prices incl. 21% NL VAT
            ltax = round(net * rate / 100, 2)
            sub += net; tax += ltax
            li.append("id:%d|name:%s|product_id:%d|sku:%s|quantity:%d|subtotal:%.2f|subtotal_tax:%.2f|total:%.2f|total_tax:%.2f|refunded:0.00|refunded_qty:0|meta:" % (
                oid * 10 + i, nm, 1000 + sum(map(ord, sku)) % 900, sku, q, net, ltax, net, ltax))
        ship = 0.0 if sub > 150 else 6.95
        stax = round(ship * rate / 100, 2)
        total = round(sub + tax + ship + stax, 2)
        key = (o["first"], o["last"], o["email"])
        cid = custs.setdefault(key, 0 if R.random() < 0.25 else R.randint(100, 4000))
        status = R.choice(["completed"] * 8 + ["processing", "refunded"])
        pay_title = {"stripe": "stripe", "paypal": "ppcp-gateway", "bacs": "bacs", "ideal": "mollie_wc_gateway_ideal", "klarna": "klarna_payments"}[o["pay"]]
        sc = o["company"] if o["ship_company"] is None else o["ship_company"]
        rows.append([oid, oid, t.strftime("%Y-%m-%d %H:%M:%S"), status, "%.2f" % ship, "%.2f" % stax, "0.00", "0.00", "%.2f" % (tax + stax), "0.00", "0.00", "0.00",
                     "%.2f" % total, "%.2f" % (total if status == "refunded" else 0), "EUR", pay_title,
                     "Free shipping" if ship == 0 else "Flat rate", cid, o["first"] or "", o["last"] or "", o["company"], o["email"],
                     "" if R.random() < 0.3 else "+%s %d" % ({"NL": "31", "DE": "49", "FR": "33", "BE": "32", "AT": "43", "IT": "39", "ES": "34", "IE": "353", "DK": "45", "SE": "46", "PL": "48", "LU": "352"}[cc], R.randint(10**8, 10**9 - 1)),
                     street, "", pc, city, "", cc, o["first"] or "", o["last"] or "", sc, street, "", pc, city, "", cc, o["note"],
                     ";".join(li), "method:%s|total:%.2f" % ("free_shipping" if ship == 0 else "flat_rate", ship), "",
                     "rate_id:%d|code:%s-VAT-1|title:VAT|total:%.2f" % (R.randint(1, 30), cc, tax + stax) if rate else "", "", "", "0", o["vat"]])
        labels.append((o["label"], o["amb"], o["kind"], cc))
    with open(BASE / "layouts" / (LID + ".csv"), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(HDR); w.writerows(rows)
    with open(BASE / "key" / (LID + ".labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (l, a, k, c) in enumerate(labels):
            w.writerow([i, l, "true" if a else "false", k, c])
    key = {
        "id": LID, "system": "WooCommerce Customer/Order/Coupon Export (SkyVerge/WooCommerce extension), Default CSV order format — one row per order",
        "country": "XX", "language": "en",
        "docs": ["WooCommerce docs «Customer / Order / Coupon Export»: export formats 'Default' (one row per order) and 'Default – One row per item'; developer documentation says to rely on the column names/keys. Column keys as in the WooCommerce order export mapping (order_id, order_number, order_date, status, shipping_total, shipping_tax_total, fee_total, fee_tax_total, tax_total, cart_discount, order_discount, discount_total, order_total, refunded_total, order_currency, payment_method, shipping_method, customer_id, billing_* and shipping_* address fields, customer_note, line_items, shipping_items, fee_items, tax_items, coupon_items, order_notes, download_permissions). In the one-row-per-order format all line items are packed into the single line_items cell: items separated by ';', each item as 'key:value' pairs separated by '|' (name, product_id, sku, quantity, subtotal, total, ...). 'vat_number' is the column the EU VAT Number extension adds. Exact sample file not retrieved: closest documented layout."],
        "fields": {"buyer": "billing_company", "product": "line_items", "quantity": "line_items", "amount": "order_total",
                   "tax_id": "vat_number", "email": "billing_email", "payment": "payment_method", "comment": "customer_note"},
        "also_ok": {"buyer": ["billing_first_name"], "product": [], "quantity": []},
        "notes": "UTF-8 with BOM, comma-separated, one header line, one row per order. Product names and quantities exist only inside the packed line_items cell (no separate columns), so product and quantity both point to line_items. Dot decimals, dates YYYY-MM-DD HH:MM:SS. billing_company is empty for private buyers (the buyer's name is then billing_first_name + billing_last_name). country = billing_country. Shop based in NL; B2B reverse-charge orders from other EU countries have tax 0."
    }
    (BASE / "key" / (LID + ".json")).write_text(json.dumps(key, ensure_ascii=False, indent=2), encoding="utf-8")
    print(LID, len(rows))


if __name__ == "__main__":
    main()
