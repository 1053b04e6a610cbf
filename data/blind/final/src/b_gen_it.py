"""b_it_prestashop_ordini.csv — PrestaShop 1.7/8 back office, Parametri avanzati › Database › SQL Manager export (orders joined with customer, address, order lines)."""
import csv, datetime as dt, os, random
from b_common import LAY, Lab, write_key, piva
from b_orders import B, pick, lines

BIZ = [("Stampante multifunzione Brother MFC-L2750DW", "MFCL2750DW", 329.90), ("Toner Brother TN-2420", "TN2420", 64.90),
       ("Carta A4 Navigator Universal 80 g (risma 500 fogli)", "NAV-A4", 5.90), ("Notebook Lenovo ThinkPad E14 Gen 5", "21JK-E14", 899.00),
       ("Monitor Philips 243V7QDAB 24\"", "243V7Q", 139.90), ("Sedia ergonomica Songmics OBN22BK", "OBN22BK", 159.99),
       ("Macchina da caffè professionale La Spaziale S1 Mini Vivaldi II", "S1MINI", 1890.00), ("Capsule Lavazza Blue Espresso (conf. 100)", "LB100", 29.90),
       ("Router Fritz!Box 7590 AX", "FB7590AX", 249.00), ("Distruggidocumenti Fellowes 79Ci", "F79CI", 289.00)]
HOME = [("Bollitore elettrico Smeg KLF03", "KLF03", 149.90), ("Condizionatore Daikin Sensira 12000 BTU", "FTXF35", 749.00),
        ("Smartphone Samsung Galaxy A55 5G 8/256GB", "SM-A556B", 399.00), ("TV Samsung 55\" Crystal UHD UE55DU7170", "UE55DU7170", 499.00),
        ("Aspirapolvere Dyson V15 Detect", "V15DET", 649.00), ("Macchina da caffè De'Longhi Dinamica ECAM350.55", "ECAM35055", 499.00),
        ("Friggitrice ad aria Philips HD9252", "HD9252", 99.90), ("Robot aspirapolvere iRobot Roomba Combo j5", "J5178", 399.00)]
SPECIAL = {"bulk": HOME[2], "kettle": HOME[0], "biz_only": BIZ[6]}
SUR = ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca"]
NM = ["Marco", "Giulia", "Luca", "Francesca", "Alessandro", "Chiara", "Matteo", "Sara", "Giuseppe", "Elena", "Andrea", "Valentina"]
CITY = ["Milano", "Roma", "Torino", "Bologna", "Napoli", "Firenze", "Bergamo", "Padova", "Bari", "Verona"]


def cf_person(rng, last, first):
    cons = lambda s: [c for c in s.upper() if c.isalpha() and c not in "AEIOU"] + [c for c in s.upper() if c in "AEIOU"] + ["X"] * 3
    return "".join(cons(last)[:3]) + "".join(cons(first)[:3]) + f"{rng.randint(50, 99)}{rng.choice('ABCDEHLMPRST')}{rng.randint(1, 28):02d}{rng.choice('FHLG')}{rng.randint(100, 999)}{rng.choice('ABCDEFGHXYZ')}"


def person(rng):
    f, l = rng.choice(NM), rng.choice(SUR)
    return f, l, f"{f.lower()}.{l.lower().replace(' ', '')}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'libero.it', 'hotmail.it', 'virgilio.it', 'yahoo.it'])}"


def pool(rng):
    P = []
    def add(company, kind, label, amb=False, mode="biz", vat=None, dni="", email=None, pay=None, msg="", other="", cc="IT", w=1.0):
        f, l, e = person(rng)
        P.append(B(company, kind, label, amb, cc, mode, w=w, first=f, last=l, vat=vat if vat is not None else ("IT" + piva(rng)), dni=dni,
                   email=email if email is not None else e, pay=pay or rng.choice(["Bonifico bancario", "Bonifico bancario", "PayPal", "Carta di credito (Stripe)"]), msg=msg, other=other))
    for c, dom in [("Rossi Impianti S.r.l.", "rossiimpianti.it"), ("Tipografia Moderna S.n.c. di Bianchi & C.", "tipografiamoderna.it"), ("Eni S.p.A.", "eni.com"),
                   ("Logistica Padana S.r.l.", "logisticapadana.it"), ("Studio Dentistico Associato Greco S.r.l.s.", "studiogreco.it"), ("Hotel Bellavista S.a.s.", "hotelbellavista.it")]:
        add(c, "company_with_legal_form" if "Eni" not in c else "state_owned_company_plain", "B2B", email=f"{rng.choice(['amministrazione', 'acquisti', 'info'])}@{dom}", w=2.0)
    for c in ["Bar Pasticceria Centrale", "Studio Legale Associato Verdi Colombo", "Ferramenta Marino"]:
        add(c, "company_no_legal_form", "B2B", w=1.0)
    for _ in range(3):
        f, l, e = person(rng)
        c = rng.choice(["Idraulica", "Elettricista", "Falegnameria", "Parrucchiera"]) + f" di {f} {l}"
        P.append(B(c, "sole_trader_trade_name", "B2B", False, "IT", "biz", w=1.1, first=f, last=l, vat="IT" + piva(rng), dni=cf_person(rng, l, f), email=e, pay="Bonifico bancario", msg="", other=""))
    for c, kind in [("Parrocchia di San Lorenzo Martire", "religious_org"), ("Condominio Via Roma 12", "homeowners_association"),
                    ("Croce Rossa Italiana - Comitato di Milano", "national_red_cross"), ("Università Commerciale Luigi Bocconi", "private_university"),
                    ("A.S.D. Polisportiva San Donato", "sports_association")]:
        add(c, kind, "B2B", vat="" if kind in ("religious_org", "homeowners_association") else None, dni=f"{rng.randint(80000000000, 97999999999)}", w=0.9)
    # B2G
    for c, kind, dom in [("Comune di Bergamo", "municipality", "comune.bergamo.it"), ("Comune di Firenze - Direzione Servizi Tecnici", "municipality", "comune.fi.it"),
                         ("Istituto Comprensivo Statale \"Don Milani\" - Milano", "public_school", "istruzione.it"),
                         ("ASST Grande Ospedale Metropolitano Niguarda", "public_hospital", "ospedaleniguarda.it"),
                         ("Azienda Ospedaliero-Universitaria Careggi", "public_hospital", "aou-careggi.toscana.it"),
                         ("Università degli Studi di Padova", "public_university", "unipd.it"), ("Comando Provinciale Carabinieri di Torino", "armed_forces_unit", "carabinieri.it"),
                         ("Agenzia delle Entrate - Direzione Provinciale di Roma", "state_agency", "agenziaentrate.it"), ("Regione Lombardia", "regional_government", "regione.lombardia.it"),
                         ("Ministero della Cultura - Direzione Generale Musei", "ministry", "cultura.gov.it"), ("Comando Provinciale Vigili del Fuoco di Napoli", "fire_service", "vigilfuoco.it")]:
        cuu = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(6))
        add(c, kind, "B2G", vat="IT0" + str(rng.randint(1000000000, 9999999999)), dni=f"80{rng.randint(100000000, 999999999)}", email=f"{rng.choice(['economato', 'acquisti', 'protocollo'])}@{dom}",
            pay="Bonifico bancario", other=f"Codice Univoco Ufficio {cuu} - scissione dei pagamenti", msg=rng.choice(["", "", f"CIG Z{rng.randint(10**8, 10**9 - 1)}A; fattura elettronica PA"]), w=1.6)
    add("Ambassade de France en Italie", "embassy", "B2G", cc="FR", vat="", dni="", email="", pay="Bonifico bancario", w=0.5)
    for _ in range(14):
        f, l, e = person(rng)
        P.append(B("", "private_person", "B2C", False, "IT", "home", w=1.5, first=f, last=l, vat="", dni=rng.choice(["", cf_person(rng, l, f)]), email=e,
                   pay=rng.choice(["Carta di credito (Stripe)", "PayPal", "Pagamento alla consegna (contrassegno)", "Satispay", "Scalapay"]), msg="", other=""))
    # ambiguous
    add("Studio Commercialista Ricci & Partners S.r.l.", "company_household_item", "B2B", True, "hh1", email="segreteria@studioricci.it", w=1.3)
    f, l, e = person(rng)
    P.append(B(f"Autofficina di {f} {l}", "sole_proprietor_personal_purchase", "B2B", True, "IT", "hh1", w=1.0, first=f, last=l, vat="IT" + piva(rng), dni="", email=e, pay="PayPal", msg="", other=""))
    f, l, e = person(rng)
    P.append(B("", "person_bulk_identical", "B2C", True, "IT", "bulk", w=1.0, first=f, last=l, vat="", dni="", email=e, pay="Carta di credito (Stripe)", msg="", other=""))
    f, l, e = person(rng)
    P.append(B("", "person_states_resale", "B2B", True, "IT", "bulk", w=0.9, first=f, last=l, vat="", dni=cf_person(rng, l, f), email=e, pay="Bonifico bancario", msg="Sono per la rivendita nel mio negozio di telefonia", other=""))
    f, l, e = person(rng)
    P.append(B("", "person_with_gov_email", "B2C", True, "IT", "home", w=0.8, first=f, last=l, vat="", dni="", email=f"{f.lower()}.{l.lower().replace(' ', '')}@carabinieri.it",
               pay="PayPal", msg="Consegna a casa, citofono " + l, other=""))
    add("Istituto Comprensivo Statale \"G. Mazzini\" - Genova", "public_school_household_item", "B2G", True, "kettle", vat="", dni=f"80{rng.randint(100000000, 999999999)}",
        email="geic81200x@istruzione.it", pay="Bonifico bancario", other="Codice Univoco Ufficio UF7K2B - scissione dei pagamenti", w=0.8)
    add("Poste Italiane S.p.A.", "state_owned_company_procurement", "B2B", True, "biz", email="acquisti@posteitaliane.it", pay="Bonifico bancario",
        msg=f"Ordine su contratto quadro, CIG {rng.randint(10**9, 10**10 - 1)}B, procedura negoziata settori speciali", w=0.8)
    add("FAO - Food and Agriculture Organization of the United Nations", "international_org", "B2B", True, "biz", vat="", email="procurement@fao.org", pay="Bonifico bancario", w=0.6)
    add("World Food Programme (WFP)", "international_org", "B2B", True, "biz", vat="", email="", pay="Bonifico bancario", w=0.5)
    f, l, e = person(rng)
    P.append(B("", "person_pays_company_invoice", "B2B", True, "IT", "biz", w=0.6, first=f, last=l, vat="", dni="", email=e, pay="Carta di credito (Stripe)",
               msg="Pago io con la mia carta, intestare fattura a Colombo Arredi S.r.l.", other=""))
    return P


def gen():
    rng = random.Random(6606)
    P = pool(rng)
    for b in P:
        if b["amb"]:
            b["w"] *= 1.6
    mod = {"Bonifico bancario": "ps_wirepayment", "PayPal": "paypal", "Carta di credito (Stripe)": "stripe_official", "Pagamento alla consegna (contrassegno)": "ps_cashondelivery",
           "Satispay": "satispay", "Scalapay": "scalapay"}
    head = ["id_order", "reference", "date_add", "order_state", "company", "vat_number", "dni", "firstname", "lastname", "email", "city", "country", "other",
            "product_name", "product_reference", "product_quantity", "unit_price_tax_incl", "total_price_tax_incl", "total_paid_tax_incl", "payment", "module", "message"]
    rows, lab = [], Lab()
    t = dt.datetime(2025, 5, 3, 9, 12)
    oid = 10452
    while len(rows) < 190:
        b = pick(P, rng)
        ls = lines(b, rng, BIZ, HOME, SPECIAL)
        t += dt.timedelta(minutes=rng.randint(40, 900))
        oid += 1
        ref = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(9))
        ship = 0 if b["mode"] == "biz" else 9.90
        tot = round(sum(p[2] * q for p, q in ls) + ship, 2)
        state = rng.choice(["Consegnato", "Consegnato", "Spedito", "Pagamento accettato"]) if b["pay"] != "Bonifico bancario" else rng.choice(["Consegnato", "Pagamento accettato", "In attesa di pagamento con bonifico bancario"])
        city = rng.choice(CITY)
        country = {"IT": "Italia", "FR": "Italia"}.get(b["cc"], "Italia")
        for p, q in ls:
            rows.append([oid, ref, t.strftime("%Y-%m-%d %H:%M:%S"), state, b["name"], b["vat"], b["dni"], b["first"], b["last"], b["email"], city, country, b["other"],
                         p[0], p[1], q, f"{p[2]:.6f}", f"{p[2] * q:.6f}", f"{tot:.6f}", b["pay"], mod[b["pay"]], b["msg"]])
            lab.add(b)
    with open(os.path.join(LAY, "b_it_prestashop_ordini.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_ALL)
        w.writerow(head)
        w.writerows(rows)
    write_key("b_it_prestashop_ordini", {
        "id": "b_it_prestashop_ordini", "system": "PrestaShop 8 (negozio italiano) — Parametri avanzati › Database › SQL Manager, esportazione CSV di una query sugli ordini",
        "country": "IT", "language": "it",
        "docs": ["PrestaShop schema column names: ps_orders (id_order, reference, date_add, payment, module, total_paid_tax_incl), ps_order_detail (product_name, product_reference, product_quantity, unit_price_tax_incl, total_price_tax_incl), "
                 "ps_customer (firstname, lastname, email), ps_address (company, vat_number, dni, city, other), ps_order_state_lang.name, ps_message.message; the SQL Manager export writes the query's column names as the header, ';'-separated, every field in double quotes. "
                 "Payment labels are the Italian names of the standard modules (ps_wirepayment «Bonifico bancario», ps_cashondelivery «Pagamento alla consegna»)."],
        "fields": {"buyer": "company", "product": "product_name", "quantity": "product_quantity", "amount": "total_price_tax_incl", "tax_id": "vat_number", "email": "email",
                   "payment": "payment", "comment": "message"},
        "also_ok": {"amount": ["total_paid_tax_incl"], "tax_id": ["dni"], "payment": ["module"], "buyer": ["firstname"], "comment": ["other"]},
        "notes": "UTF-8 without BOM, ';', all fields quoted, prices with 6 decimals as PrestaShop stores them. Header row 1, every following row is a record: one row per order line; rows with the same id_order are one order and share a label. "
                 "company is empty for private customers (then firstname/lastname identify the buyer). dni holds the Codice Fiscale (persons: 16 chars; entities: 11 digits). "
                 "Public bodies carry the Codice Univoco Ufficio / split-payment note in «other». Partita IVA synthetic but checksum-valid.",
    }, lab.rows)
    return len(rows), lab.rows


if __name__ == "__main__":
    print(gen()[0])
