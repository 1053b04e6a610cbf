"""Sage 50 (Germany) - Ausgangsrechnungen list export (CSV, cp1252), one row per Belegposition, with title and totals line."""
import random, csv, io, zlib
from datetime import date, timedelta
from m_common import OUT, de_ustid, fmt_num, write_key

rng = random.Random(5103)
KID = "m_de_sage50_ausgangsrechnungen"
FIRST = ["Thomas", "Michael", "Andreas", "Stefan", "Christian", "Sabine", "Claudia", "Petra", "Julia", "Katrin", "Markus", "Anja", "Jürgen", "Monika", "Lukas", "Lena"]
LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Huber"]
FREE = ["gmx.de", "web.de", "t-online.de", "gmail.com", "freenet.de", "posteo.de"]
BIZ = [("Bürodrehstuhl Interstuhl Every", 389.00), ("Schreibtisch elektr. höhenverstellbar 160x80", 649.00), ("Toner HP 305A schwarz", 69.90),
       ("Kopierpapier A4 80 g, Karton 2.500 Bl.", 24.90), ("Notebook Lenovo ThinkPad L14 Gen 4", 979.00), ("Aktenvernichter HSM Securio C18", 419.00),
       ("Monitor Dell P2723DE 27\"", 329.00), ("Leitz Ordner 180° 8 cm, 10 Stück", 29.50), ("Whiteboard magnetisch 120x90", 139.00)]
HOME = [("Kaffeevollautomat De'Longhi Magnifica S", 379.00), ("Staubsauger Miele Complete C3", 299.00), ("Fernseher LG 55\" OLED", 1199.00),
        ("Wasserkocher WMF Lono", 59.90), ("Mikrowelle Severin MW 7771", 119.00)]
COMP = [("Müller Haustechnik GmbH", "mueller-haustechnik.de"), ("Schreinerei Wagner GmbH & Co. KG", "schreinerei-wagner.de"), ("BayWa AG", "baywa.de"),
        ("Steuerberatung Koch & Partner mbB", "koch-partner-stb.de"), ("Digitalwerk Nord UG (haftungsbeschränkt)", "digitalwerk-nord.de"), ("Siemens AG", "siemens.com"),
        ("Apotheke am Markt e.K.", "apotheke-am-markt.de"), ("Huber & Klein GbR", "huberklein.de"), ("Physiotherapie Weber GbR", "physio-weber.de"),
        ("Autohaus Fischer GmbH", "autohaus-fischer.de"), ("TSV Unterhaching e.V.", "tsv-unterhaching.de"), ("Förderverein Grundschule Aschheim e.V.", "gmx.de"),
        ("Evang.-Luth. Kirchengemeinde St. Lukas", "elkb.de")]
GOV = [("Gemeinde Unterhaching", "unterhaching.de", "municipality"), ("Stadt Freising", "freising.de", "municipality"), ("Gemeinde Aschheim", "aschheim.de", "municipality"),
       ("Landratsamt München", "lra-m.bayern.de", "district_office"), ("Landkreis Ebersberg", "lra-ebe.de", "district"), ("Landeshauptstadt München, Referat für Bildung und Sport", "muenchen.de", "municipality"),
       ("Grundschule an der Fromundstraße", "muenchen.de", "public_school"), ("Staatliches Gymnasium Unterhaching", "gymnasium-unterhaching.de", "public_school"),
       ("Finanzamt München", "finanzamt.bayern.de", "state_agency"), ("Technische Universität München", "tum.de", "public_university"), ("Polizeipräsidium München", "polizei.bayern.de", "police")]
_T = {}
def ust(n): return _T.setdefault(n.strip().lower(), de_ustid(rng))
buyers = []
def add(**kw):
    for k, v in dict(firma="", name="", vorname="", ust="", email="", pay="14 Tage netto", bem="", cc="DE", amb=False).items(): kw.setdefault(k, v)
    buyers.append(kw)
def person(): return rng.choice(FIRST), rng.choice(LAST)
def pm(f, l, d=None): return f"{f.lower()}.{l.lower()}@{d or rng.choice(FREE)}".replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")

for _ in range(34):
    n, d = rng.choice(COMP)
    kind = "association" if "e.V." in n else ("church" if "Kirchen" in n else ("sole_trader" if "e.K." in n else ("partnership" if "GbR" in n or "mbB" in n else "company")))
    add(firma=n if rng.random() > 0.1 else n.upper(), kind=kind, label="B2B", ust=ust(n) if kind in ("company", "sole_trader", "partnership") and rng.random() < 0.8 else "",
        email=("buchhaltung@" + d) if d != "gmx.de" else "foerderverein.gs.aschheim@gmx.de", goods="biz",
        pay=rng.choice(["14 Tage netto", "30 Tage netto", "8 Tage 2% Skonto, 30 Tage netto"]), bem=rng.choice(["", "", "Ihre Bestellung Nr. " + str(rng.randint(10000, 99999)), "Lieferung frei Haus"]))
for _ in range(22):
    n, d, k = rng.choice(GOV)
    f, l = person()
    add(firma=n, name=l if rng.random() < 0.5 else "", vorname="", kind=k, label="B2G", email=pm(f, l, d) if rng.random() < 0.7 else "poststelle@" + d, goods="biz",
        pay="30 Tage netto", bem=rng.choice(["", "Leitweg-ID 09162000-" + str(rng.randint(1000, 9999)) + "-42", "Auftrag lt. Rahmenvertrag Büromaterial 2024", "XRechnung"]))
for _ in range(24):
    f, l = person()
    add(name=l, vorname=f, kind="private_person", label="B2C", email=pm(f, l) if rng.random() < 0.6 else "", goods="home", pay=rng.choice(["Sofort ohne Abzug", "Vorkasse", "Barzahlung", "EC-Karte"]))
f, l = person(); add(name=l, vorname=f, kind="person_gov_email_household", label="B2C", amb=True, email=pm(f, l, "muenchen.de"), goods="home1", pay="EC-Karte", bem="Lieferung an Privatadresse")
f, l = person(); add(name=l, vorname=f, kind="person_company_email_household", label="B2C", amb=True, email=pm(f, l, "siemens.com"), goods="home1", pay="Vorkasse")
add(firma="Steuerberatung Koch & Partner mbB", kind="company_household_item", label="B2B", amb=True, ust=ust("Steuerberatung Koch & Partner mbB"), goods="home1")
add(firma="Apotheke am Markt e.K.", name="Richter", vorname="Anja", kind="sole_trader_personal_purchase", label="B2B", amb=True, goods="home1", pay="EC-Karte")
add(firma="Deutsche Bahn AG", kind="state_owned_company_procurement", label="B2B", amb=True, ust=ust("Deutsche Bahn AG"), email="einkauf@deutschebahn.com", goods="biz", bem="Vergabe nach SektVO, Vergabenr. 24FEI" + str(rng.randint(10000, 99999)))
add(firma="Stadtwerke München GmbH", kind="state_owned_company", label="B2B", amb=True, ust=ust("Stadtwerke München GmbH"), email="rechnungseingang@swm.de", goods="biz", bem="Ausschreibung SWM-2024-118")
add(firma="UNFCCC Secretariat", kind="international_org", label="B2B", amb=True, email="procurement@unfccc.int", goods="biz", bem="UN Campus Bonn, steuerfrei (Art. 151 MwStSystRL)")
add(firma="Deutsche Bundesstiftung Umwelt", kind="state_founded_foundation", label="B2B", amb=True, email="rechnung@dbu.de", goods="biz")
f, l = person(); add(name=l, vorname=f, kind="private_person_for_resale", label="B2B", amb=True, email=pm(f, l), goods="home1", bem="zum Wiederverkauf")
f, l = person(); add(name=l, vorname=f, kind="private_person_bulk", label="B2C", amb=True, email=pm(f, l), goods="bulk", pay="Vorkasse")
add(firma="Grundschule an der Fromundstraße", kind="municipal_school_household_item", label="B2G", amb=True, email="gs-fromundstr@muenchen.de", goods="kettle")
add(firma="Gemeinde Aschheim", name="Bauhof", kind="municipality_household_item", label="B2G", amb=True, goods="home1")
for _ in range(3): add(kind="product_only_business_goods", label="B2B", amb=True, goods="thin_biz", pay="")
rng.shuffle(buyers)

HEAD = ["Belegnummer", "Belegdatum", "Kundennummer", "Firma", "Name", "Vorname", "E-Mail", "USt-IdNr.", "Artikelnummer", "Bezeichnung", "Menge", "Einheit",
        "Einzelpreis netto", "Gesamt netto", "USt %", "Gesamt brutto", "Zahlungsbedingung", "Bemerkung"]
rows, labels = [], []; d0 = date(2024, 4, 2); num = 240311; knr = {}
tn = tb = 0.0
for b in buyers:
    g = b["goods"]
    if g == "biz": lines = [rng.choice(BIZ) for _ in range(rng.randint(1, 4))]
    elif g == "home": lines = [rng.choice(HOME)] + ([rng.choice(BIZ[2:4])] if rng.random() < 0.15 else [])
    elif g == "home1": lines = [rng.choice(HOME[:3])]
    elif g == "kettle": lines = [HOME[3]]
    elif g == "bulk": lines = [HOME[3]]
    else: lines = [rng.choice(BIZ[4:6])]
    d0 += timedelta(days=rng.randint(0, 2)); num += 1
    key = (b["firma"] + b["name"] + b["vorname"]).strip().lower()
    k = knr.setdefault(key, str(10000 + len(knr) + 1)) if key else ""
    seen = set()
    for prod, price in lines:
        if prod in seen: continue
        seen.add(prod)
        q = rng.randint(1, 10) if g == "biz" else 1
        if g == "bulk": q = 40
        net = round(q * price, 2); gross = round(net * 1.19, 2); tn += net; tb += gross
        anr = f"{['BM', 'IT', 'HH'][0 if 'Papier' in prod or 'Ordner' in prod or 'Toner' in prod else (2 if (prod, price) in HOME else 1)]}-{zlib.crc32(prod.encode()) % 9000 + 1000}"
        rows.append([f"RE{num}", d0.strftime("%d.%m.%Y"), k, b["firma"], b["name"], b["vorname"], b["email"], b["ust"], anr, prod, fmt_num(q).replace(",00", ",00"), "Stk",
                     fmt_num(price), fmt_num(net), "19,00", fmt_num(gross), b["pay"], b["bem"]])
        labels.append((b["label"], b["amb"], b["kind"], b["cc"]))
buf = io.StringIO(); w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
w.writerow(["Ausgangsrechnungen 01.04.2024 - 30.06.2024"] + [""] * (len(HEAD) - 1))
w.writerow(HEAD); w.writerows(rows)
w.writerow(["Summe"] + [""] * 12 + [fmt_num(tn), "", fmt_num(tb), "", ""])
(OUT / "layouts" / f"{KID}.csv").write_bytes(buf.getvalue().encode("cp1252"))
write_key(KID, {
    "system": "Sage 50 (Germany, Auftrag/Warenwirtschaft) - Ausgangsrechnungen list exported to CSV, one row per Belegposition",
    "country": "DE", "language": "de",
    "docs": ["BuchhaltungsButler wiki 'Export: Beschreibung und Hinweise zu Exporten': Sage50 is one of the export formats for Buchungssätze - confirmed Sage 50 as a German target of sales exports",
             "CGM/other German invoice-list CSV exports (Rechnungsnummer, Rechnungsdatum, Rechnungsbetrag Brutto, USt-Satz, Rechnungsempfänger; information lines above the records) - gave the German column vocabulary and the title line above the header",
             "No public page gives Sage 50's exact column list; Firma/Name/Vorname address fields, Windows-1252 encoding, ';' delimiter, comma decimals, dd.mm.yyyy, a period title line and a 'Summe' totals line are assumptions for a German Windows desktop export"],
    "fields": {"buyer": "Firma", "product": "Bezeichnung", "quantity": "Menge", "amount": "Gesamt brutto", "tax_id": "USt-IdNr.", "email": "E-Mail", "payment": "Zahlungsbedingung", "comment": "Bemerkung"},
    "also_ok": {"amount": ["Gesamt netto"], "buyer": ["Name", "Vorname", "Kundennummer"]},
    "notes": "Line 1 is a title line (period), line 2 the header, the last line a 'Summe' totals line (not records). Encoding cp1252. One row per Belegposition; rows sharing Belegnummer are one invoice. Companies/public bodies in Firma (Name may hold a contact or department); private persons have empty Firma and Name/Vorname filled. USt-IdNr. values pass the German MOD 11,10 check. Rows with empty Firma/Name are thin product-only records."}, labels)
print(KID, len(rows))
