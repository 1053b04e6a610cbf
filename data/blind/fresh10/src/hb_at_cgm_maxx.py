"""CGM MAXX (CompuGroup Medical Austria, Arztsoftware) - MENÜ > Rechnungen > Rechnungsliste exportieren (CSV).
Seller: a Viennese Wahlarzt practice (orthopaedics) whose doctor is also a court-certified expert witness,
so besides patients it bills courts, authorities, social insurers, insurers and employers.

Rebuilds layouts/hb_at_cgm_maxx_rechnungsliste.csv and its key files exactly.
"""
import random
import datetime as dt

import hb_common as H

LAYOUT_ID = "hb_at_cgm_maxx_rechnungsliste"
rng = random.Random(4711)
EXPORT_AT = dt.datetime(2025, 1, 14, 8, 47, 12)

STREETS = ["Währinger Straße", "Alser Straße", "Nußdorfer Straße", "Porzellangasse", "Liechtensteinstraße", "Gentzgasse",
           "Hernalser Hauptstraße", "Ottakringer Straße", "Thaliastraße", "Mariahilfer Straße", "Favoritenstraße",
           "Simmeringer Hauptstraße", "Brünner Straße", "Wagramer Straße", "Grinzinger Allee", "Heiligenstädter Straße",
           "Hietzinger Hauptstraße", "Meidlinger Hauptstraße", "Landstraßer Hauptstraße", "Praterstraße", "Kaiserstraße",
           "Josefstädter Straße", "Lerchenfelder Straße", "Kreuzgasse", "Gersthofer Straße", "Billrothstraße"]
PLZ_WIEN = ["1020", "1030", "1050", "1060", "1070", "1080", "1090", "1100", "1120", "1130", "1140", "1160", "1170",
            "1180", "1190", "1200", "1210", "1220", "1230"]
NOE = [("3400", "Klosterneuburg"), ("2380", "Perchtoldsdorf"), ("2340", "Mödling"), ("3100", "St. Pölten"),
       ("2500", "Baden"), ("3002", "Purkersdorf")]
FIRST_F = ["Maria", "Anna", "Elisabeth", "Sabine", "Claudia", "Barbara", "Katharina", "Lena", "Sarah", "Julia", "Renate",
           "Ingrid", "Gertrude", "Eva-Maria", "Andrea", "Monika", "Theresa", "Jovana", "Ana", "Ayşe"]
FIRST_M = ["Johann", "Franz", "Josef", "Karl", "Thomas", "Michael", "Christian", "Stefan", "Andreas", "Lukas", "Florian",
           "David", "Gerhard", "Helmut", "Herbert", "Manfred", "Wolfgang", "Mehmet", "Dragan", "Markus"]
LAST = ["Gruber", "Huber", "Bauer", "Wagner", "Müller", "Pichler", "Steiner", "Moser", "Mayer", "Hofer", "Leitner",
        "Berger", "Fuchs", "Eder", "Fischer", "Schmid", "Winkler", "Weber", "Schwarz", "Maier", "Reiter", "Mayr",
        "Wimmer", "Egger", "Brunner", "Lang", "Baumgartner", "Auer", "Binder", "Lechner", "Wallner", "Aigner", "Ebner",
        "Koller", "Lehner", "Haas", "Schuster", "Novak", "Horvath", "Yilmaz", "Kovačević", "Petrović", "Nowak", "Dvořák"]
TITLES = ["", "", "", "", "", "", "Mag. ", "Dr. ", "Ing. ", "DI ", "Mag.a ", "MMag. ", "Prof. "]


def street():
    return f"{rng.choice(STREETS)} {rng.randint(1, 180)}" + (f"/{rng.randint(1, 24)}" if rng.random() < 0.7 else "")


def person(female=None):
    if female is None:
        female = rng.random() < 0.55
    fn = rng.choice(FIRST_F if female else FIRST_M)
    ln = rng.choice(LAST)
    t = rng.choice(TITLES)
    return female, fn, ln, t


# ---- institutional recipients: (lines Z0..Z4 without dept, label, kind, country, amb, service-profile, count) ------
def org(z0, name, dept, street_, city, label, kind, n, prof, country="AT", amb=False):
    return dict(z0=z0, name=name, dept=dept, street=street_, city=city, label=label, kind=kind, n=n, prof=prof,
                country=country, amb=amb)


ORGS = [
    org("An das", "Landesgericht für Zivilrechtssachen Wien", ["Geschäftsabteilung 23", "Geschäftsabteilung 57", "Geschäftsabteilung 14"],
        "Schmerlingplatz 11", "1011 Wien", "B2G", "court", 9, "court"),
    org("An das", "Arbeits- und Sozialgericht Wien", ["Gerichtsabteilung 8", "Gerichtsabteilung 31"], "Wickenburggasse 8",
        "1080 Wien", "B2G", "court", 10, "court"),
    org("An das", "Bezirksgericht Döbling", [""], "Obersteinergasse 20-22", "1190 Wien", "B2G", "court", 3, "court"),
    org("An das", "Bezirksgericht Innere Stadt Wien", [""], "Marxergasse 1a", "1030 Wien", "B2G", "court", 2, "court"),
    org("An das", "Landesgericht Wiener Neustadt", ["Abteilung 24 Cg"], "Maria Theresien-Ring 5", "2700 Wiener Neustadt",
        "B2G", "court", 2, "court"),
    org("An das", "Sozialministeriumservice", ["Landesstelle Wien"], "Babenbergerstraße 5", "1010 Wien", "B2G",
        "state_agency", 8, "sms"),
    org("An den", "Magistrat der Stadt Wien", ["MA 15 - Gesundheitsdienst"], "Thomas-Klestil-Platz 8/2", "1030 Wien",
        "B2G", "municipality", 3, "authority"),
    org("An die", "Landespolizeidirektion Wien", ["Polizeiärztlicher Dienst"], "Schottenring 7-9", "1010 Wien", "B2G",
        "police", 3, "authority"),
    org("An das", "Bundesamt für Fremdenwesen und Asyl", ["Regionaldirektion Wien"], "Modecenterstraße 22", "1030 Wien",
        "B2G", "state_agency", 2, "authority"),
    org("An das", "Heerespersonalamt", ["Abteilung Stellung"], "Schwenkgasse 47", "1120 Wien", "B2G", "armed_forces", 2,
        "authority"),
    org("An die", "Universität Wien", ["Personalwesen und Frauenförderung", "Arbeitsmedizin und Sicherheit"],
        "Universitätsring 1", "1010 Wien", "B2G", "public_university", 3, "company_health"),
    org("An die", "Medizinische Universität Wien", ["Universitätsklinik für Orthopädie"], "Spitalgasse 23", "1090 Wien",
        "B2G", "public_university", 2, "consult"),
    org("An den", "Wiener Gesundheitsverbund", ["Klinik Ottakring, Direktion"], "Montleartstraße 37", "1160 Wien",
        "B2G", "public_hospital", 3, "consult"),
    org("An die", "Botschaft der Republik Polen", ["Konsularabteilung"], "Hietzinger Hauptstraße 42c", "1130 Wien",
        "B2G", "embassy", 2, "fitness", country="PL"),
    org("An das", "BRG 19 Krottenbachstraße", ["Direktion"], "Krottenbachstraße 11-13", "1190 Wien", "B2G",
        "public_school", 1, "talk"),
    org("An die", "Stadtgemeinde Klosterneuburg", ["Personalabteilung"], "Rathausplatz 1", "3400 Klosterneuburg", "B2G",
        "municipality", 2, "company_health"),
    # social insurers: B2G, ambiguous by the reading in readings_hb_.md
    org("An die", "Pensionsversicherungsanstalt", ["Landesstelle Wien, Ärztlicher Dienst"], "Friedrich-Hillegeist-Straße 1",
        "1021 Wien", "B2G", "social_insurance", 4, "insurer_report", amb=True),
    org("An die", "AUVA - Allgemeine Unfallversicherungsanstalt", ["Landesstelle Wien"], "Wienerbergstraße 11", "1100 Wien",
        "B2G", "social_insurance", 2, "insurer_report", amb=True),
    org("An die", "BVAEB", ["Versicherungsservice Wien"], "Josefstädter Straße 80", "1080 Wien", "B2G",
        "social_insurance", 1, "insurer_report", amb=True),
    # ---- B2B ----
    org("An die", "UNIQA Österreich Versicherungen AG", ["Schadenabteilung Personenschaden"], "Untere Donaustraße 21",
        "1029 Wien", "B2B", "insurance_company", 4, "insurer_report"),
    org("An die", "Wiener Städtische Versicherung AG Vienna Insurance Group", ["Leistungsabteilung Unfall"],
        "Schottenring 30", "1010 Wien", "B2B", "insurance_company", 4, "insurer_report"),
    org("An die", "Generali Versicherung AG", ["Schaden Kfz-Haftpflicht"], "Landskrongasse 1-3", "1010 Wien", "B2B",
        "insurance_company", 3, "insurer_report"),
    org("An die", "Allianz Elementar Versicherungs-Aktiengesellschaft", ["Leistungsservice"], "Hietzinger Kai 101-105",
        "1130 Wien", "B2B", "insurance_company", 2, "insurer_report"),
    org("An die", "DONAU Versicherung AG Vienna Insurance Group", ["Personenschaden"], "Schottenring 15", "1010 Wien",
        "B2B", "insurance_company", 2, "insurer_report"),
    org("Firma", "Wiener Linien GmbH & Co KG", ["Arbeitsmedizinisches Zentrum"], "Erdbergstraße 202", "1030 Wien", "B2B",
        "state_owned_company", 3, "company_health"),
    org("Firma", "ÖBB-Infrastruktur AG", ["Gesundheitsmanagement"], "Praterstern 3", "1020 Wien", "B2B",
        "state_owned_company", 2, "company_health"),
    org("Firma", "Österreichische Post AG", ["Konzernpersonal"], "Rochusplatz 1", "1030 Wien", "B2B", "company", 2,
        "company_health"),
    org("Firma", "STRABAG SE", ["Arbeitssicherheit"], "Donau-City-Straße 9", "1220 Wien", "B2B", "company", 2,
        "company_health"),
    org("Firma", "Josef Manner & Comp. AG", ["Personalabteilung"], "Wilhelminenstraße 6", "1170 Wien", "B2B", "company", 2,
        "company_health"),
    org("Firma", "Ottakringer Brauerei GmbH", [""], "Ottakringer Platz 1", "1160 Wien", "B2B", "company", 1,
        "company_health"),
    org("An die", "Schönherr Rechtsanwälte GmbH", ["z.H. Mag. Sophie Lindner"], "Schottenring 19", "1010 Wien", "B2B",
        "law_firm", 2, "private_report"),
    org("An das", "Österreichisches Rotes Kreuz", ["Landesverband Wien"], "Safargasse 4", "1030 Wien", "B2B",
        "national_red_cross", 2, "talk"),
    org("An die", "Caritas der Erzdiözese Wien", ["Pflege Zuhause"], "Albrechtskreithgasse 19-21", "1160 Wien", "B2B",
        "church_charity", 2, "company_health"),
    org("An die", "Stiftung Theresianische Akademie", ["Direktion Gymnasium"], "Favoritenstraße 15", "1040 Wien", "B2B",
        "private_school", 1, "talk"),
    org("An den", "Wiener Sport-Club", ["Sektion Fußball"], "Alszeile 19", "1170 Wien", "B2B", "sports_club", 2,
        "fitness"),
    # international organisations: B2B, ambiguous by nature
    org("", "International Atomic Energy Agency (IAEA)", ["Medical Service, Room F0514"], "Vienna International Centre, Wagramer Straße 5",
        "1400 Wien", "B2B", "international_org", 2, "fitness", country="INT", amb=True),
    org("", "OSCE Secretariat", ["Human Resources, Health Services"], "Wallnerstraße 6", "1010 Wien", "B2B",
        "international_org", 1, "fitness", country="INT", amb=True),
    # private health insurer billed directly for a patient's treatment: B2B, ambiguous (personal treatment)
    org("An die", "UNIQA Österreich Versicherungen AG", ["Leistungsservice Gesundheit - Direktverrechnung"],
        "Untere Donaustraße 21", "1029 Wien", "B2B", "insurance_company_direct_billing", 3, "patient", amb=True),
    org("An die", "Wiener Städtische Versicherung AG Vienna Insurance Group", ["Kranken-Leistungsservice, Direktverrechnung"],
        "Schottenring 30", "1010 Wien", "B2B", "insurance_company_direct_billing", 1, "patient", amb=True),
]

# service profiles: (text, net range, vat rate)
PROFILES = {
    "court": ((780, 2650), 20), "sms": ((185, 260), 20), "authority": ((240, 980), 20),
    "company_health": ((650, 3400), 20), "consult": ((220, 640), 0), "fitness": ((160, 420), 0),
    "talk": ((350, 650), 20), "insurer_report": ((380, 1350), 20), "private_report": ((900, 2200), 20),
    "patient": ((120, 680), 0),
}

records = []


def add(date, lines, gross, vat_parts, label, kind, country, amb):
    records.append(dict(date=date, lines=lines, gross=gross, vat=vat_parts, label=label, kind=kind,
                        country=country, amb=amb))


START, END = dt.date(2024, 7, 1), dt.date(2024, 12, 31)


def rdate():
    while True:
        d = START + dt.timedelta(days=rng.randint(0, (END - START).days))
        if d.weekday() < 5:
            return d


def money(lo, hi):
    return round(rng.uniform(lo, hi) / 5) * 5 + rng.choice([0, 0, 0, 0.5, 0.8])


for o in ORGS:
    for _ in range(o["n"]):
        dept = rng.choice(o["dept"])
        if dept:
            lines = [o["z0"], o["name"], dept, o["street"], o["city"]]
        else:
            lines = [o["z0"], o["name"], o["street"], o["city"], ""]
        (lo, hi), vat = PROFILES[o["prof"]]
        net = money(lo, hi)
        if vat:
            tax = round(net * vat / 100, 2)
            vat_parts = [(20, tax)]
            gross = round(net + tax, 2)
        else:
            vat_parts = [(0, 0.0)]
            gross = net
        add(rdate(), lines, gross, vat_parts, o["label"], o["kind"], o["country"], o["amb"])

# ---- patients (B2C) --------------------------------------------------------------------------------
for _ in range(92):
    female, fn, ln, t = person()
    z0 = "Frau" if female else "Herrn"
    style = rng.random()
    if style < 0.7:
        nm = f"{t}{fn} {ln}"
    elif style < 0.9:
        nm = f"{ln} {fn}"
    else:
        nm = f"{t}{fn} {ln.upper()}"
    if rng.random() < 0.12:
        plz, city = rng.choice(NOE)
    else:
        plz, city = rng.choice(PLZ_WIEN), "Wien"
    z4 = ""
    country = "AT"
    if rng.random() < 0.05:
        plz, city, z4, country = rng.choice([("80331", "München", "Deutschland", "DE"),
                                              ("94032", "Passau", "Deutschland", "DE")]) + ()
    lines = [z0, nm, street(), f"{plz} {city}", z4]
    net = money(90, 480)
    if rng.random() < 0.08:
        # treatment (exempt) plus a taxable certificate for the patient's private accident insurance
        cert = rng.choice([60.0, 80.0, 120.0])
        vat_parts = [(0, 0.0), (20, round(cert * 0.2, 2))]
        gross = round(net + cert * 1.2, 2)
    else:
        vat_parts = [(0, 0.0)]
        gross = net
    add(rdate(), lines, gross, vat_parts, "B2C", "private_person", country, False)

# family invoice
for _ in range(2):
    ln = rng.choice(LAST)
    add(rdate(), ["Familie", ln, street(), f"{rng.choice(PLZ_WIEN)} Wien", ""], money(150, 320), [(0, 0.0)], "B2C",
        "private_person", "AT", False)

# person invoiced at the employer's address: B2C, ambiguous
for comp in ["c/o STRABAG SE, Donau-City-Straße 9", "c/o Erste Group Bank AG, Am Belvedere 1"]:
    female, fn, ln, t = person()
    c_line, c_street = comp.split(", ")
    city = "1220 Wien" if "STRABAG" in comp else "1100 Wien"
    add(rdate(), ["Frau" if female else "Herrn", f"{t}{fn} {ln}", c_line, c_street, city], money(120, 300), [(0, 0.0)],
        "B2C", "private_person_at_employer_address", "AT", True)

# lawyer as adult representative for a patient: B2C, ambiguous
for _ in range(2):
    female, fn, ln, t = person()
    _, pfn, pln, _ = person()
    add(rdate(), ["Frau" if female else "Herrn", f"Mag. {fn} {ln}, {'Rechtsanwältin' if female else 'Rechtsanwalt'}",
                  f"als Erwachsenenvertreter{'in' if female else ''} für {pfn} {pln}", street(),
                  f"{rng.choice(PLZ_WIEN)} Wien"], money(140, 380), [(0, 0.0)], "B2C", "private_person_via_representative",
        "AT", True)

# lawyer personally ordering a private expert report for a client's case: B2B, ambiguous (person, professional)
for _ in range(2):
    female, fn, ln, t = person()
    net = money(900, 1800)
    add(rdate(), ["Frau" if female else "Herrn", f"RA Dr. {fn} {ln}", street(), f"{rng.choice(['1010', '1010', '1040'])} Wien", ""],
        round(net * 1.2, 2), [(20, round(net * 0.2, 2))], "B2B", "lawyer", "AT", True)

# thin: self-payer without address; one with no recipient at all
for _ in range(2):
    add(rdate(), ["", "Selbstzahler", "", "", ""], money(60, 150), [(0, 0.0)], "B2C", "thin_record", "AT", True)
add(rdate(), ["", "", "", "", ""], money(80, 120), [(0, 0.0)], "B2C", "thin_record", "", True)

records.sort(key=lambda r: r["date"])

# ---- status, numbering ---------------------------------------------------------------------------------
out = []
labels = []
no = 412
for r in records:
    no += 1
    nr = f"2024/{no:04d}"
    status = "bezahlt"
    tage = ""
    storno_d, storno_g = "", ""
    age = (EXPORT_AT.date() - r["date"]).days
    roll = rng.random()
    is_patient = r["kind"] in ("private_person", "thin_record", "private_person_at_employer_address",
                               "private_person_via_representative", "insurance_company_direct_billing")
    if r["lines"][1] == "" and r["lines"][0] == "":
        status, storno_d, storno_g = "storniert", (r["date"] + dt.timedelta(days=1)).strftime("%d.%m.%Y"), "Falsche Patientenzuordnung"
    elif roll < 0.04:
        status = "storniert"
        storno_d = (r["date"] + dt.timedelta(days=rng.randint(0, 9))).strftime("%d.%m.%Y")
        storno_g = rng.choice(["Rechnungsempfänger falsch", "Doppelt erstellt", "Neuausstellung an Versicherung",
                               "Betrag korrigiert", "Leistung nicht erbracht"])
    elif age < 45 and roll < (0.55 if not is_patient else 0.35):
        status = "offen"
        tage = str(age)
    elif roll > 0.97:
        status = "teilbezahlt"
        tage = str(age)
    elif age > 60 and roll < 0.10 and not is_patient:
        status = "offen"
        tage = str(age)
    v = r["vat"]
    vat_cells = []
    for i in range(3):
        if i < len(v) and v[i][0] == 0 and len(v) == 1:
            vat_cells += ["", ""]
        elif i < len(v):
            vat_cells += [H.fmt_de(v[i][0]), H.fmt_de(v[i][1])]
        else:
            vat_cells += ["", ""]
    row = [nr, r["date"].strftime("%d.%m.%Y"), H.fmt_de(r["gross"])] + vat_cells + [status] + r["lines"] + [tage, storno_d, storno_g]
    out.append(row)
    labels.append(r)

HEADER = ["Rechnungsnummer", "Rechnungsdatum", "Rechnungsbetrag Brutto", "USt Satz 1 Prozent", "USt Satz 1 Betrag",
          "USt Satz 2 Prozent", "USt Satz 2 Betrag", "USt Satz 3 Prozent", "USt Satz 3 Betrag", "Rechnungsstatus",
          "Rechnungsempfänger Zeile 0", "Rechnungsempfänger Zeile 1", "Rechnungsempfänger Zeile 2",
          "Rechnungsempfänger Zeile 3", "Rechnungsempfänger Zeile 4", "Tage Offen", "Storno-Datum", "Storno-Begründung"]


def cell(v):
    v = str(v)
    if any(c in v for c in ';"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


info = [
    f"Exportdatum;{EXPORT_AT.strftime('%d.%m.%Y %H:%M:%S')}",
    "Export durchgeführt von;ordination.mayrhofer",
    "Abrechnungsbereich;Privatabrechnung",
    f"Zeitraum;{START.strftime('%d.%m.%Y')} - {END.strftime('%d.%m.%Y')}",
    f"Anzahl der Rechnungen im Export;{len(out)}",
    "",
]
with open(H.LAYOUTS / f"{LAYOUT_ID}.csv", "w", encoding="utf-8", newline="") as f:
    f.write("\r\n".join(info + [";".join(HEADER)] + [";".join(cell(x) for x in row) for row in out]) + "\r\n")

H.write_labels(LAYOUT_ID, [dict(label=r["label"], ambiguous=r["amb"], kind=r["kind"], country=r["country"]) for r in labels])

H.write_key(LAYOUT_ID, {
    "id": LAYOUT_ID,
    "system": "CGM MAXX (CompuGroup Medical, Austrian practice management software) - MENÜ > Rechnungen, 'Rechnungsliste exportieren' as CSV",
    "country": "AT",
    "language": "de",
    "docs": [
        "update.compugroup.at/webhelp/cgm-maxx/1819437019.html (CGM MAXX web help): the exported list starts with export information (Exportdatum und -zeit, Export durchgeführt von Benutzer, Abrechnungsbereich, Zeitraum, Anzahl der Rechnungen im Export) - 'Die Zeilen 1 bis 6 stehen als Information zur Verfügung und können gelöscht werden' - followed by invoice rows with the columns Rechnungsnummer, Rechnungsdatum, Rechnungsbetrag Brutto, USt Satz 1-3 Prozent/Betrag, Rechnungsstatus, Rechnungsempfänger Zeile 0-4, Tage Offen (days since invoice date when open), Storno-Datum and Storno-Begründung (when cancelled); the file is UTF-8 ('Als Dateiursprung ist UTF-8 anzugeben') and opened in Excel via Daten > Aus Text/CSV with adjustable delimiters - used for the title block, column names and order, encoding",
        "Own reading: the six info lines are written as 'label;value' with line 6 empty and the header on line 7; ';' as delimiter, CRLF, no BOM, decimal comma without thousands separator, dd.mm.yyyy dates; status words bezahlt / offen / teilbezahlt / storniert; 'Rechnungsempfänger Zeile 0' holds the Austrian address opener (Frau, Herrn, Familie, An das/An die/An den, Firma) so that Zeile 1 is the recipient's name and Zeilen 2-4 department, street and postcode/town; VAT-exempt medical treatment (§ 6 Abs 1 Z 19 UStG) leaves the USt cells empty, expert reports carry 20 %"
    ],
    "fields": {"buyer": "Rechnungsempfänger Zeile 1", "product": None, "quantity": None, "amount": "Rechnungsbetrag Brutto",
               "tax_id": None, "email": None, "payment": None, "comment": "Storno-Begründung"},
    "also_ok": {"buyer": ["Rechnungsempfänger Zeile 0", "Rechnungsempfänger Zeile 2"]},
    "notes": "Read with skiprows=6 (lines 1-5 export info 'label;value', line 6 empty, line 7 header). One row per invoice (Honorarnote / Gebührennote), sorted by invoice date; no totals line. No item column: what was billed shows only indirectly (VAT-exempt treatment vs 20 % expert reports). The recipient is spread over Zeile 0-4: Zeile 0 = opener (Frau/Herrn/Familie for persons, An das/An die/An den/Firma for organisations, empty for international organisations), Zeile 1 = name, Zeile 2 = department, 'c/o' employer or 'als Erwachsenenvertreter/in für ...', Zeilen 3-4 address. Courts receive the doctor's fee notes as court-appointed expert; social insurers (PVA, AUVA, BVAEB) and the Sozialministeriumservice order disability/pension reports; private insurers order claim reports or are billed directly for a patient's treatment. 'Selbstzahler' rows and one empty-recipient storno are thin records."
})
print(LAYOUT_ID, "records:", len(out))
