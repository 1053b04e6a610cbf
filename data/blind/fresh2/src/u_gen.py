# -*- coding: utf-8 -*-
"""Generate the four u_ layouts and their keys. Seeded: python u_gen.py"""
import csv, json, os, random, datetime as dt, sys
sys.path.insert(0, os.path.dirname(__file__))
from u_common import KINDS, choose_kind, make_lines, pick, slug, money
import u_data

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAY, KEY = os.path.join(ROOT, "layouts"), os.path.join(ROOT, "key")
PUBLIC = {"muni", "county", "state", "federal", "univ", "hosp", "police", "army", "school", "embassy"}
ORGS = {"co_form", "co_noform", "sole", "npo", "church", "privinst", "soe", "intl"}
TLD = {"DE": ".de", "AT": ".at", "BE": ".be", "FR": ".fr"}

def vat(rng, cc):
    if cc == "DE": return "DE" + str(rng.randint(100000000, 349999999))
    if cc == "AT": return "ATU" + str(rng.randint(10000000, 79999999))
    if cc == "BE": n = rng.randint(200000000, 899999999); return f"BE 0{str(n)[:3]}.{str(n)[3:6]}.{str(n)[6:]}"
    if cc == "FR": return "FR" + f"{rng.randint(10,99)}" + str(rng.randint(300000000, 999999999))

def lp(x):
    import unicodedata
    return unicodedata.normalize("NFKD", x.lower()).encode("ascii", "ignore").decode().replace(" ", "").replace("'", "")

def buyer(rng, kd, D, cc):
    k, label, amb, _, pool, mode = kd
    first, last = pick(rng, D["first"]), pick(rng, D["last"])
    z, city = pick(rng, D["cities"])
    b = dict(kind=k, label=label, amb=amb, country=cc, company="", first="", last="", email="", vat="",
             street=f"{pick(rng, D['streets'])} {rng.randint(1, 120)}", zip=z, city=city, comment="", ptype="b2c", mode=mode, public=False)
    if pool in PUBLIC:
        name, dom = pick(rng, D[pool]); b["company"] = name; b["public"] = True
        b["first"], b["last"] = (first, last) if rng.random() < 0.6 else ("", "")
        b["email"] = rng.choice([f"{lp(first)}.{lp(last)}@{dom}", f"beschaffung@{dom}" if cc in ("DE", "AT") else (f"aankoop@{dom}" if cc == "BE" else f"achats@{dom}"), {"DE": f"rechnungseingang@{dom}", "AT": f"buchhaltung@{dom}", "BE": f"facturatie@{dom}", "FR": f"compta@{dom}"}[cc], ""])
        if pool in ("univ", "hosp", "federal") and rng.random() < 0.5: b["vat"] = vat(rng, cc)
        if pool == "embassy": b["country"] = {"msz.gov.pl": "PL", "international.gc.ca": "CA", "state.gov": "US", "bn.mofa.go.jp": "JP", "wien.diplo.de": "DE", "esteri.it": "IT", "minbuza.nl": "NL", "diplomatie.gouv.fr": "FR", "paris.diplo.de": "DE", "consulatmaroc.fr": "MA"}.get(dom, cc)
        b["ptype"] = "biz" if pool == "embassy" else "gov"
    elif pool in ORGS:
        name, dom = pick(rng, D[pool]); b["company"] = name
        dom = dom or (slug(name) + TLD[cc])
        b["first"], b["last"] = (first, last) if rng.random() < 0.6 else ("", "")
        role = {"DE": "info", "AT": "office", "BE": "info", "FR": "contact"}[cc]
        b["email"] = rng.choice([f"{role}@{dom}", f"{lp(first)}.{lp(last)}@{dom}", f"buchhaltung@{dom}" if cc in ("DE", "AT") else f"facturation@{dom}" if cc != "BE" else f"boekhouding@{dom}"])
        if k == "company_freemail": b["email"] = slug(name) + "@" + pick(rng, D["freemail"])
        if pool == "intl": b["country"] = {"cern.ch": "CH"}.get(dom, cc); b["vat"] = ""
        elif pool in ("npo", "church"): b["vat"] = vat(rng, cc) if rng.random() < 0.3 else ""
        else: b["vat"] = vat(rng, cc) if rng.random() < 0.8 else ""
        b["ptype"] = "biz"
    elif pool == "person":
        b["first"], b["last"] = first, last
        b["email"] = f"{lp(first)}.{lp(last)}{rng.choice(['', '', str(rng.randint(60, 99))])}@{pick(rng, D['freemail'])}" if rng.random() < 0.75 else ""
        if rng.random() < 0.15: b["street"] = ""
    elif pool == "anon":
        b["company"] = {"DE": "Barverkauf", "AT": "Barverkauf Laufkunde", "BE": "Particulier / Kassa", "FR": "Client comptoir"}[cc]
        b["street"] = b["zip"] = b["city"] = ""; b["ptype"] = "card"
    elif pool == "none":
        b["street"] = b["zip"] = b["city"] = ""; b["ptype"] = "none"
    for zc, cn in D["cities"]:
        if b["company"] and cn.split()[0] in b["company"]:
            b["zip"], b["city"] = zc, cn
    # specials
    if k == "person_states_business_use": b["comment"] = pick(rng, D["biz_use"]); b["ptype"] = "biz"
    if k == "person_with_gov_email": b["email"] = f"{lp(first)}.{lp(last)}@{pick(rng, D['govmail'])}"; b["comment"] = D["gov_home"]; b["ptype"] = "card"
    if k == "person_pays_company_invoice": b["comment"] = D["pays_company"].format(co=pick(rng, D["co_form"])[0]); b["ptype"] = "biz"
    if k == "state_owned_company_procurement": b["comment"] = pick(rng, D["proc"]).format(n=rng.randint(10000, 99999))
    if k == "company_household_item" and rng.random() < 0.5: b["comment"] = D["co_hh"]
    if k in ("sole_trader_personal_purchase", "private_person_bulk_identical"): b["ptype"] = "card"
    if k == "public_school_household_item": b["comment"] = ""
    return b

def orders(rng, D, cc, P, target_rows, one_line=False):
    seed = rng.random()
    for k in range(200):
        r = random.Random(f"{seed}-{k}")
        out = _orders(r, D, cc, P, target_rows, one_line)
        n = sum(len(l) for _, l in out)
        amb = sum(len(l) for b, l in out if b["amb"]) / n
        b2c = sum(len(l) for b, l in out if b["label"] == "B2C") / n
        if 0.12 <= amb <= 0.19 and b2c >= 0.15:
            rng.seed(f"{seed}-{k}-post"); return out
    raise SystemExit("no seed")

def _orders(rng, D, cc, P, target_rows, one_line=False):
    out, rows, cust = [], 0, {}
    while rows < target_rows:
        kd = choose_kind(rng)
        b = buyer(rng, kd, D, cc)
        lines = make_lines(rng, b["mode"], P)
        if one_line: lines = lines[:1]
        # repeat customers keep the same number
        keyname = b["company"] or (b["first"] + " " + b["last"])
        cust.setdefault(keyname, 10000 + len(cust) + 1)
        b["custno"] = cust[keyname] if keyname.strip() else ""
        out.append((b, lines)); rows += len(lines)
    return out

def dates(rng, start=dt.date(2026, 1, 5)):
    d = start + dt.timedelta(days=rng.randint(0, 320))
    return d, d + dt.timedelta(days=rng.choice([14, 14, 30, 30, 0]) or 7)

def write_key(id_, meta, labels):
    with open(os.path.join(KEY, id_ + ".json"), "w", encoding="utf-8") as f:
        json.dump(dict(id=id_, **meta), f, ensure_ascii=False, indent=2)
    with open(os.path.join(KEY, id_ + ".labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (b) in enumerate(labels):
            w.writerow([i, b["label"], "true" if b["amb"] else "false", b["kind"], b["country"]])

def payment(rng, b, opts):
    return pick(rng, opts[b["ptype"]])

# ---------------------------------------------------------------- DE Billomat
P_DE = dict(
 biz=[("Lenovo ThinkPad T14 Gen 4, i7, 16 GB", "LEN-21HD", 1289.00), ("HP LaserJet Pro 4002dn", "HP-2Z605F", 329.00), ("Dell UltraSharp U2723QE 27\" Monitor", "DEL-U2723", 549.00),
      ("Microsoft 365 Business Standard (Jahreslizenz)", "MS-365BS", 149.40), ("Cisco Catalyst 1000-24T-4G-L Switch", "CIS-C1000", 612.00), ("APC Back-UPS Pro 1500VA", "APC-BR1500", 289.00),
      ("Technikereinsatz vor Ort (je angef. Stunde)", "DL-TECH", 98.00), ("Synology DiskStation DS923+", "SYN-DS923", 649.00), ("Kyocera TK-5240K Toner schwarz", "KYO-TK5240", 89.90),
      ("Fujitsu PRIMERGY RX2540 M7 Server", "FTS-RX2540", 6890.00), ("Einrichtung DATEV-Arbeitsplatz", "DL-DATEV", 240.00), ("Logitech MX Keys Business Tastatur", "LOG-MXKB", 119.00),
      ("Ubiquiti UniFi U6 Pro Access Point", "UBI-U6PRO", 179.00), ("Wartungsvertrag IT-Basis (monatlich)", "WV-BASIS", 190.00), ("Brother P-touch P750W Beschriftungsgerät", "BRO-P750", 129.00)],
 hh=[("Samsung 55\" QLED TV GQ55Q80C", "SAM-Q80C55", 899.00), ("De'Longhi Magnifica S Kaffeevollautomat", "DEL-ECAM22", 349.00), ("Apple iPad 10,9\" Wi-Fi 64 GB", "APL-IPAD10", 429.00),
     ("Sony WH-1000XM5 Kopfhörer", "SON-WH1000", 329.00), ("Philips Airfryer XXL HD9650", "PHI-HD9650", 219.00), ("Nintendo Switch OLED", "NIN-OLED", 319.00), ("Bosch Wasserkocher TWK7203", "BOS-TWK72", 49.90),
     ("Apple iPhone 15 128 GB", "APL-IP15", 899.00), ("Dyson V12 Detect Slim", "DYS-V12", 549.00)])
PAY_DE = dict(none=[""], gov=["Überweisung", "Überweisung", "Überweisung (XRechnung)"], biz=["Überweisung", "Überweisung", "Lastschrift", "PayPal", "Überweisung"], b2c=["PayPal", "Kreditkarte", "Bar", "EC-Karte", "Überweisung", "Sofortüberweisung"], card=["Kreditkarte", "EC-Karte", "PayPal"])

def gen_de():
    rng = random.Random(4101); D = u_data.DE
    id_ = "u_de_billomat_rechnungen"
    hdr = ["Rechnungsnummer", "Rechnungsdatum", "Fälligkeitsdatum", "Kundennummer", "Firma", "Vorname", "Nachname", "Straße", "PLZ", "Ort", "Land", "USt-IdNr.", "E-Mail", "Leitweg-ID",
           "Titel", "Pos.", "Artikelnummer", "Bezeichnung", "Menge", "Einheit", "Einzelpreis netto", "MwSt.-Satz", "Positionsbetrag netto", "Rechnungsbetrag brutto", "Währung", "Status", "Zahlungsart", "Bemerkung"]
    rows, labels = [], []
    for n, (b, lines) in enumerate(orders(rng, D, "DE", P_DE, 225)):
        d, due = dates(rng); pay = payment(rng, b, PAY_DE)
        tot = sum(p[2] * q for p, q in lines) * 1.19
        leit = f"{rng.randint(5,16):02d}{rng.randint(100,999)}-{rng.randint(10000,99999)}-{rng.randint(10,99)}" if b["public"] and rng.random() < 0.5 else ""
        titel = rng.choice(["Rechnung", "Rechnung", f"Rechnung zu Bestellung {rng.randint(4500000000, 4599999999)}" if b["ptype"] in ("gov", "biz") else "Rechnung", ""])
        for i, (p, q) in enumerate(lines, 1):
            rows.append([f"RE-2026-{1040 + n}", d.strftime("%d.%m.%Y"), due.strftime("%d.%m.%Y"), b["custno"], b["company"], b["first"], b["last"], b["street"], b["zip"], b["city"],
                         {"DE": "Deutschland"}.get(b["country"], b["country"]) if b["city"] else "", b["vat"], b["email"], leit, titel, i, p[1], p[0], str(q).replace(".", ","),
                         "Std." if p[1].startswith("DL-") else "Stk.", money(p[2]), "19 %", money(p[2] * q), money(tot), "EUR", rng.choice(["bezahlt", "bezahlt", "offen", "überfällig"]), pay, b["comment"]])
            labels.append(b)
    with open(os.path.join(LAY, id_ + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL); w.writerow(hdr); w.writerows(rows)
    write_key(id_, dict(system="Billomat (Berichte/Exporte > Exporte > Rechnungen, CSV)", country="DE", language="de",
        docs=["Billomat FAQ 'Wie funktioniert der Stammdaten-Export' (faq.billomat.com): invoices (Rechnungen) are exported under Berichte/Exporte > Exporte as CSV, XML or JSON; CSV is the Excel-friendly format.",
              "Exact CSV column names of Billomat's invoice export were not found in the searchable docs; headers follow Billomat's German UI/invoice fields (Rechnungsnummer, Kundennummer, Titel, Artikelnummer, Einzelpreis, MwSt., Status, Zahlungsart) plus the Leitweg-ID field used for XRechnung to German public buyers.",
              "Format: ';' delimiter, all fields quoted, UTF-8, decimal comma with '.' thousands, dates DD.MM.YYYY, one row per invoice position with invoice header fields repeated."],
        fields=dict(buyer="Firma", product="Bezeichnung", quantity="Menge", amount="Positionsbetrag netto", tax_id="USt-IdNr.", email="E-Mail", payment="Zahlungsart", comment="Bemerkung"),
        also_ok=dict(amount=["Rechnungsbetrag brutto"], buyer=["Nachname"]),
        notes="Header row then one row per invoice line; no title or totals lines. Private customers have an empty Firma and their name in Vorname/Nachname. Orders = Rechnungsnummer. Records with empty Firma and empty name are product-only records."), labels)
    return id_, labels

# ---------------------------------------------------------------- AT BMD OP-Liste
P_AT = dict(
 biz=[("Dell Latitude 5440", "", 1090.00), ("HP Color LaserJet Pro MFP 4302fdw", "", 589.00), ("Installation Netzwerkverkabelung Cat.6", "", 1450.00), ("Elektroinstallation Büroräume lt. Angebot", "", 3280.00),
      ("Wartung Brandmeldeanlage 2026", "", 640.00), ("LED-Panel 62x62 Umrüstung", "", 74.00), ("Microsoft 365 Business Premium Lizenzen", "", 264.00), ("Glasfaser-Hausanschluss Montage", "", 890.00),
      ("Samsung Smart Signage Display 55\"", "", 1190.00), ("Servicepauschale Techniker", "", 96.00), ("Telefonanlage 3CX Einrichtung", "", 780.00), ("Zutrittskontrollsystem Erweiterung", "", 2150.00)],
 hh=[("Samsung Waschmaschine WW90T", "", 649.00), ("Siemens Kühlschrank KG39N", "", 799.00), ("Sony Bravia 65\" TV", "", 1299.00), ("Nespresso Vertuo Kaffeemaschine", "", 149.00), ("Dyson V15 Akkusauger", "", 699.00),
     ("Samsung Galaxy A55 Smartphone", "", 429.00), ("Miele Geschirrspüler G 5110", "", 749.00), ("Wasserkocher Russell Hobbs", "", 39.90)])
PAY_AT = dict(none=[""], gov=["30 Tage netto", "30 Tage netto", "14 Tage 2 % Skonto, 30 Tage netto"], biz=["14 Tage netto", "30 Tage netto", "Bankeinzug", "8 Tage 2 % Skonto, 30 Tage netto"],
              b2c=["sofort ohne Abzug", "Bar bei Lieferung", "Bankomat bei Abholung", "Vorauskasse", "Kreditkarte"], card=["Bankomat bei Abholung", "Kreditkarte", "Bar bei Lieferung"])

def gen_at():
    rng = random.Random(4202); D = u_data.AT
    id_ = "u_at_bmd_op_liste"
    hdr = ["Kontonummer", "Name", "Straße", "PLZ", "Ort", "Land", "UID-Nummer", "E-Mail", "Belegnummer", "Belegdatum", "Fälligkeitsdatum", "Buchungssymbol", "Buchungstext",
           "Betrag brutto", "Steuer", "Offener Betrag", "Zahlungskondition", "Mahnstufe", "Tage überfällig", "Bemerkung"]
    rows, labels, total = [], [], 0.0
    for n, (b, lines) in enumerate(orders(rng, D, "AT", P_AT, 220, one_line=True)):
        (p, q), = lines
        d, due = dates(rng)
        name = b["company"] or (f"{b['last']} {b['first']}".strip()) or "Diverse Debitoren"
        beleg = f"AR{26000 + n * 3 + rng.randint(0, 2)}"
        txt = f"{q} Stk {p[0]}" if q > 1 else p[0]
        if rng.random() < 0.3: txt = f"{beleg} {txt}"
        gross = round(p[2] * q * 1.2, 2); tax = round(gross / 6, 2)
        offen = gross if rng.random() < 0.8 else round(gross * 0.5, 2)
        over = max(0, (dt.date(2026, 11, 30) - due).days); mst = 0 if over < 14 else (1 if over < 45 else 2)
        konto = 200000 + (b["custno"] or 99999) % 10000 if name else ""
        rows.append([konto, name, b["street"], b["zip"], b["city"], ({"AT": "Österreich"}.get(b["country"], b["country"]) if b["city"] else ""), b["vat"].replace(" ", ""), b["email"],
                     beleg, d.strftime("%d.%m.%Y"), due.strftime("%d.%m.%Y"), "AR", txt, money(gross), money(tax), money(offen), pick(rng, PAY_AT[b["ptype"]]), mst, over, b["comment"]])
        labels.append(b); total += offen
    with open(os.path.join(LAY, id_ + ".csv"), "w", newline="", encoding="cp1252") as f:
        f.write("Offene-Posten-Liste Kunden;;;;;;;;;;;;;;;;;;;\n")
        f.write("Firma 1 - Elektrotechnik Kogler GmbH, Stichtag 30.11.2026, Sortierung: Konto;;;;;;;;;;;;;;;;;;;\n")
        w = csv.writer(f, delimiter=";"); w.writerow(hdr); w.writerows(rows)
        w.writerow(["", "Summe", "", "", "", "", "", "", "", "", "", "", "", "", "", money(total), "", "", "", ""])
    write_key(id_, dict(system="BMD NTCS Finanzbuchhaltung - OP-Liste Debitoren (Liste nach Excel/CSV exportiert)", country="AT", language="de",
        docs=["BMD NTCS posting interface fields (navax.app NVXBMD help; staffsupply.at 'BMD NTCS' description of BuErf import): konto, belegnr, belegdatum (TT.MM.JJJJ), buchsymbol (AR = Ausgangsrechnung), text (Buchungstext), betrag (brutto), steuer, steuercode, zziel/skontopz.",
              "The OP-Liste headers are written out in German as the NTCS list view labels them (Kontonummer, Name, Belegnummer, Belegdatum, Fälligkeitsdatum, Buchungssymbol, Buchungstext, Betrag, Steuer, Offener Betrag, Zahlungskondition, Mahnstufe); the exact list column captions could not be confirmed in the searchable docs.",
              "Format: Windows-1252, ';' delimiter, two title lines above the header, a 'Summe' totals line at the end, decimal comma with '.' thousands, dates DD.MM.YYYY. One row per open item (invoice); quantity appears only inside the Buchungstext."],
        fields=dict(buyer="Name", product="Buchungstext", quantity=None, amount="Betrag brutto", tax_id="UID-Nummer", email="E-Mail", payment="Zahlungskondition", comment="Bemerkung"),
        also_ok=dict(amount=["Offener Betrag"]),
        notes="File lines 1-2 are title lines (not records), line 3 is the header, the last line ('Summe') is a totals row (not a record). Read with pd.read_csv(path, sep=';', encoding='cp1252', skiprows=2, skipfooter=1, engine='python'). Each record is one invoice (one order). Private persons appear as 'Nachname Vorname' in Name."), labels)
    return id_, labels

# ---------------------------------------------------------------- BE Teamleader Focus
P_BE = dict(
 biz=[("Webdesign - ontwikkeling WordPress-website", "WEB-DEV", 3200.00), ("Hosting pakket Pro (12 maanden)", "HOST-PRO", 240.00), ("SEO-audit en rapport", "SEO-AUD", 850.00), ("Microsoft 365 Business Premium licentie (jaar)", "MS365-BP", 264.00),
      ("Lenovo ThinkPad E14 Gen 5", "HW-E14", 899.00), ("Onderhoudscontract IT (maand)", "SLA-M", 175.00), ("Workshop sociale media (halve dag)", "WS-SOC", 650.00), ("Domeinnaam .be (1 jaar)", "DOM-BE", 15.00),
      ("Consultancy (uur)", "CONS-H", 95.00), ("Ubiquiti UniFi netwerkinstallatie", "HW-UNIFI", 1340.00), ("Logo- en huisstijlontwerp", "DES-LOGO", 1200.00), ("Fortinet FortiGate 40F firewall", "HW-FG40F", 560.00)],
 hh=[("Samsung Galaxy Tab S9", "HW-TABS9", 799.00), ("Philips Hue starterkit", "HW-HUE", 179.00), ("Sonos Era 100", "HW-SONOS", 279.00), ("Herstelling laptop (diagnose + arbeid)", "REP-LAP", 89.00),
     ("Apple iPhone 15 128GB", "HW-IP15", 969.00), ("Data recovery externe harde schijf", "REP-DATA", 249.00), ("Senseo Original koffiezetapparaat", "HW-SENSEO", 79.00), ("Samsung 50\" Crystal UHD TV", "HW-TV50", 499.00)])
PAY_BE = dict(none=[""], gov=["Overschrijving"], biz=["Overschrijving", "Overschrijving", "Domiciliëring", "Kredietkaart"], b2c=["Bancontact", "Overschrijving", "Contant", "Payconiq", "Kredietkaart"], card=["Bancontact", "Kredietkaart", "Payconiq"])

def gen_be():
    rng = random.Random(4303); D = u_data.BE
    id_ = "u_be_teamleader_facturen"
    hdr = ["Factuurnummer", "Factuurdatum", "Vervaldatum", "Klant", "Contactpersoon", "Btw-nummer", "E-mail", "Adres", "Postcode", "Gemeente", "Land", "Uw referentie",
           "Omschrijving", "Aantal", "Eenheidsprijs", "Btw-tarief", "Subtotaal excl. btw", "Totaal incl. btw", "Status", "Betalingswijze", "Gestructureerde mededeling", "Bedrijfsentiteit", "Opmerkingen"]
    rows, labels = [], []
    for n, (b, lines) in enumerate(orders(rng, D, "BE", P_BE, 230)):
        d, due = dates(rng)
        klant = b["company"] or (f"{b['first']} {b['last']}".strip())
        contact = f"{b['first']} {b['last']}".strip() if b["company"] else ""
        ref = (rng.choice([f"PO {rng.randint(4500000, 4599999)}", f"Bestelbon {rng.randint(2026001, 2026999)}", f"BC {rng.randint(1000, 9999)}", ""]) if b["ptype"] in ("gov", "biz") else "")
        tot = round(sum(p[2] * q for p, q in lines) * 1.21, 2)
        ogm = f"+++{rng.randint(100,999)}/{rng.randint(1000,9999)}/{rng.randint(10000,99999)}+++"
        pay = pick(rng, PAY_BE[b["ptype"]]); status = rng.choice(["Betaald", "Betaald", "Onbetaald", "Vervallen"])
        ent = rng.choice(["Pixel & Code BV", "Pixel & Code BV", "Pixel & Code BV - Repair"])
        for p, q in lines:
            rows.append([f"2026 / {150 + n}", d, due, klant, contact, b["vat"], b["email"], b["street"], str(b["zip"]), b["city"],
                         ({"BE": "België"}.get(b["country"], b["country"]) if b["city"] else ""), ref, p[0], q, p[2], 0.21, round(p[2] * q, 2), tot, status, pay, ogm, ent, b["comment"]])
            labels.append(b)
    import pandas as pd
    df = pd.DataFrame(rows, columns=hdr)
    with pd.ExcelWriter(os.path.join(LAY, id_ + ".xlsx"), engine="openpyxl", date_format="DD/MM/YYYY", datetime_format="DD/MM/YYYY") as xw:
        df.to_excel(xw, sheet_name="Facturen", index=False)
    write_key(id_, dict(system="Teamleader Focus - Facturen, export naar Excel (Dutch UI)", country="BE", language="nl",
        docs=["Teamleader Focus support (support.focus.teamleader.eu, 'How To: Facturen in Teamleader Focus importeren' and 'Getting started: facturen beheren'): invoices are addressed to a 'Klant' (contact or company), carry a payment term, an 'Opmerkingen' field, custom fields, and multiple 'bedrijfsentiteiten'/departments; CSV/Excel are the exchange formats.",
              "Teamleader's Excel overview export columns could not be confirmed verbatim; headers follow the Dutch UI wording (Factuurnummer 'YYYY / n', Klant, Contactpersoon, Btw-nummer, Vervaldatum, Totaal incl. btw, Gestructureerde mededeling, Bedrijfsentiteit).",
              "Format: XLSX, sheet 'Facturen', one row per invoice line, numbers as numeric cells, dates as date cells (dd/mm/yyyy), VAT rate as 0.21."],
        fields=dict(buyer="Klant", product="Omschrijving", quantity="Aantal", amount="Subtotaal excl. btw", tax_id="Btw-nummer", email="E-mail", payment="Betalingswijze", comment="Opmerkingen"),
        also_ok=dict(amount=["Totaal incl. btw"]),
        notes="Header row then one row per invoice line (orders = Factuurnummer); no title or totals rows. Klant holds either the company or, for private customers, the contact's own name. Names and comments mix Dutch and French, as Belgian customer bases do."), labels)
    return id_, labels

# ---------------------------------------------------------------- FR Sellsy
P_FR = dict(
 biz=[("Fauteuil de bureau ergonomique Steelcase Series 1", "MOB-STC1", 489.00), ("Bureau réglable électrique 160x80", "MOB-BRE160", 729.00), ("Armoire métallique à rideaux 198x120", "MOB-ARM198", 612.00),
      ("Caisson mobile 3 tiroirs", "MOB-CAI3", 189.00), ("Cloison acoustique 180x160", "MOB-CLO180", 345.00), ("Table de réunion 240x120 chêne", "MOB-TR240", 1290.00), ("Livraison et installation sur site", "SRV-LIV", 180.00),
      ("Contrat de maintenance annuel", "SRV-MAINT", 950.00), ("Lampe de bureau LED Unilux", "ECL-UNI", 79.00), ("Vestiaire monobloc 3 cases", "MOB-VES3", 410.00), ("Chaise visiteur empilable", "MOB-CV", 89.00),
      ("Banque d'accueil modulaire", "MOB-BAQ", 2150.00)],
 hh=[("Réfrigérateur combiné Liebherr CNd 5223", "ELM-LIEB", 899.00), ("Lave-linge Bosch Série 6 9 kg", "ELM-BOSLL", 649.00), ("Four micro-ondes Samsung MS23K", "ELM-MO23", 129.00), ("Machine à café Nespresso Vertuo", "ELM-NESP", 149.00),
     ("Aspirateur Dyson V15 Detect", "ELM-DYS15", 699.00), ("Téléviseur LG OLED 55\"", "ELM-LG55", 1199.00), ("Lave-vaisselle Bosch Série 4", "ELM-BOSLV", 549.00), ("Bouilloire Moulinex Subito", "ELM-MOUL", 39.90)])
PAY_FR = dict(none=[""], gov=["Mandat administratif", "Mandat administratif", "Virement"], biz=["Virement", "Virement", "Prélèvement", "Chèque", "Carte bancaire"], b2c=["Carte bancaire", "Chèque", "Espèces", "Virement", "PayPal"], card=["Carte bancaire", "PayPal"])

def gen_fr():
    rng = random.Random(4404); D = u_data.FR
    id_ = "u_fr_sellsy_factures"
    hdr = ["Numéro", "Date", "Date d'échéance", "Client", "Contact", "Email", "N° TVA intracommunautaire", "SIRET", "Adresse", "Code postal", "Ville", "Pays", "Objet", "Référence",
           "Désignation", "Quantité", "Prix unitaire HT", "Taux TVA", "Total ligne HT", "Total TTC", "Statut", "Mode de règlement", "N° d'engagement", "Note"]
    rows, labels = [], []
    for n, (b, lines) in enumerate(orders(rng, D, "FR", P_FR, 230)):
        d, due = dates(rng)
        client = b["company"] or (f"{rng.choice(['M.', 'Mme', ''])} {b['first']} {b['last']}".strip() if b["first"] else "")
        contact = f"{b['first']} {b['last']}".strip() if b["company"] else ""
        siret = (b["vat"][4:] + f"{rng.randint(10, 999):05d}") if b["vat"] and rng.random() < 0.7 else ""
        if b["public"] and rng.random() < 0.6: siret = str(rng.randint(20000000000000, 26999999999999))
        eng = f"EJ{rng.randint(1000000000, 1999999999)}" if b["public"] and rng.random() < 0.5 else ""
        objet = rng.choice(["Équipement bureaux", "Commande", "Aménagement salle", "", "Devis accepté"]) if b["ptype"] != "b2c" else rng.choice(["", "Commande", "Achat magasin"])
        tot = sum(p[2] * q for p, q in lines) * 1.2
        pay = pick(rng, PAY_FR[b["ptype"]]); st = rng.choice(["Payée", "Payée", "À régler", "Retard", "Paiement partiel"])
        for p, q in lines:
            rows.append([f"FAC-2026-{300 + n:05d}", d.strftime("%d/%m/%Y"), due.strftime("%d/%m/%Y"), client, contact, b["email"], b["vat"], siret, b["street"], b["zip"], b["city"],
                         ({"FR": "France"}.get(b["country"], b["country"]) if b["city"] else ""), objet, p[1], p[0], q, f"{p[2]:.2f}".replace(".", ","), "20,00 %",
                         f"{p[2] * q:.2f}".replace(".", ","), f"{tot:.2f}".replace(".", ","), st, pay, eng, b["comment"]])
            labels.append(b)
    with open(os.path.join(LAY, id_ + ".csv"), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, delimiter=";"); w.writerow(hdr); w.writerows(rows)
    write_key(id_, dict(system="Sellsy - Factures, export CSV des lignes de documents de vente", country="FR", language="fr",
        docs=["Sellsy help centre (help.sellsy.com, collection 'Facturation'): 'Consulter le détail des lignes des documents de vente' - lines of sales documents can be listed and exported; document statuses 'à régler, paiement partiel, payée, retard, annulée'.",
              "Exact CSV header captions were not found in the searchable docs; headers follow Sellsy's French UI (Numéro, Client, Contact, Objet, Référence, Désignation, Quantité, Prix unitaire HT, Taux TVA, Total TTC, Statut, Mode de règlement) and the Chorus Pro 'N° d'engagement' used on invoices to French public buyers.",
              "Format: UTF-8 with BOM, ';' delimiter, decimal comma without thousands separator, dates DD/MM/YYYY, one row per document line."],
        fields=dict(buyer="Client", product="Désignation", quantity="Quantité", amount="Total ligne HT", tax_id="N° TVA intracommunautaire", email="Email", payment="Mode de règlement", comment="Note"),
        also_ok=dict(amount=["Total TTC"], tax_id=["SIRET"]),
        notes="Header row then one row per invoice line (orders = Numéro); no title or totals rows. Private customers appear in Client as 'M./Mme Prénom Nom'. 'Mandat administratif' is the French public-sector payment method."), labels)
    return id_, labels

if __name__ == "__main__":
    for g in (gen_de, gen_at, gen_be, gen_fr):
        i, labs = g()
        from collections import Counter
        print(i, len(labs), Counter(l["label"] for l in labs), sum(l["amb"] for l in labs))
