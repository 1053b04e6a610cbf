"""lb_ch_hitobito_rechnungen: hitobito (Swiss association software) invoice list
export, CSV ("Rechnungen" -> Export CSV), German labels.

Seller: a regional hiking-trail association in the canton of Zurich that invoices
member fees (persons, clubs, companies), municipal contributions, trail signage
work and material, hiking maps/books and courses.
"""
import random
from datetime import date, timedelta

import lb_common as C

SEED = 1303
ID = "lb_ch_hitobito_rechnungen"
GROUP_ID = 1842

HEADER = ["Titel", "Nummer", "Status", "Referenz Nummer", "Text", "Empfänger E-Mail", "Empfänger Adresse",
          "Verschickt am", "Fällig am", "Betrag", "MwSt.", "Rechnungsbetrag", "Bezahlt", "Kostenstellen",
          "Konten", "Zahlungseingänge", "Empfänger Firmenname", "Empfänger Name", "Empfänger Vorname",
          "Empfänger Nachname", "Empfänger zusätz. Adresszeile", "Empfänger Strasse", "Empfänger Hausnummer",
          "Empfänger Postfach", "Empfänger PLZ", "Empfänger Ort", "Empfänger Land", "Zahlungsempfänger Name",
          "Zahlungsempfänger Strasse", "Zahlungsempfänger Hausnummer", "Zahlungsempfänger PLZ",
          "Zahlungsempfänger Ort", "Zahlungsempfänger Land"]
PAYEE = ["Wanderwege Zimmerberg", "Seestrasse", "112", "8810", "Horgen", "CH"]

FIRST_M = ["Hans", "Peter", "Thomas", "Daniel", "Martin", "Beat", "Urs", "Reto", "Lukas", "Markus", "Stefan",
           "Andreas", "Christian", "Marco", "Rolf", "Kurt", "Walter", "Roger", "Simon", "Adrian"]
FIRST_F = ["Ursula", "Ruth", "Verena", "Andrea", "Monika", "Corinne", "Silvia", "Daniela", "Claudia", "Sandra",
           "Nicole", "Barbara", "Esther", "Franziska", "Regula", "Käthi", "Brigitte", "Margrit", "Sarah", "Nadja"]
LAST = ["Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Meyer", "Steiner", "Fischer",
        "Gerber", "Brunner", "Baumann", "Frei", "Zimmermann", "Moser", "Widmer", "Graf", "Wyss", "Bachmann",
        "Suter", "Lehmann", "Kunz", "Sutter", "Bühler", "Kaufmann", "Hess", "Egli", "Ammann", "Bosshard",
        "Kälin", "Hürlimann", "Stäubli", "Landolt", "Bodmer", "Gut", "Eichenberger", "Zürcher", "Isler",
        "Treichler", "Schnyder", "Hotz", "Baur", "Wettstein"]
TOWNS = [("8810", "Horgen"), ("8820", "Wädenswil"), ("8800", "Thalwil"), ("8805", "Richterswil"),
         ("8134", "Adliswil"), ("8802", "Kilchberg ZH"), ("8803", "Rüschlikon"), ("8942", "Oberrieden"),
         ("8135", "Langnau am Albis"), ("8038", "Zürich"), ("8045", "Zürich"), ("8815", "Horgenberg"),
         ("8816", "Hirzel"), ("8824", "Schönenberg ZH"), ("8804", "Au ZH")]
STREETS = ["Seestrasse", "Zugerstrasse", "Bahnhofstrasse", "Dorfstrasse", "Alte Landstrasse",
           "Gotthardstrasse", "Schwyzerstrasse", "Etzelstrasse", "Rosenweg", "Feldstrasse", "Florastrasse",
           "Tödistrasse", "Im Grund", "Sonnenbergstrasse", "Bergstrasse", "Chalchofenstrasse"]
FREEMAIL = ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "gmail.com", "outlook.com", "bluemail.ch",
            "yahoo.com", "icloud.com"]

# org: (company, contact first, last, street, no, zip, town, email, label, kind, country)
GEMEINDEN = [
    ("Gemeinde Horgen, Tiefbau", "Roland", "Gisler", "Bahnhofstrasse", "10", "8810", "Horgen", "tiefbau@horgen.ch", 23500),
    ("Stadt Wädenswil, Werkbetriebe", "Patrick", "Hauser", "Florhofstrasse", "3", "8820", "Wädenswil", "werkbetriebe@waedenswil.ch", 25000),
    ("Gemeinde Thalwil", "Sabine", "Rüegg", "Alte Landstrasse", "112", "8800", "Thalwil", "gemeindeverwaltung@thalwil.ch", 18700),
    ("Gemeinde Richterswil", "Marcel", "Bolliger", "Dorfstrasse", "10", "8805", "Richterswil", "bauamt@richterswil.ch", 14000),
    ("Stadt Adliswil", "Nicole", "Frey", "Zürichstrasse", "8", "8134", "Adliswil", "tiefbau@adliswil.ch", 19300),
    ("Gemeinde Kilchberg", "Urs", "Haller", "Alte Landstrasse", "110", "8802", "Kilchberg ZH", "bauamt@kilchberg.ch", 9100),
    ("Gemeinde Rüschlikon", "Eva", "Tanner", "Pilgerweg", "29", "8803", "Rüschlikon", "infrastruktur@rueschlikon.ch", 6100),
    ("Gemeinde Oberrieden", "Stefan", "Kunz", "Alte Landstrasse", "35", "8942", "Oberrieden", "bau@oberrieden.ch", 5200),
    ("Gemeinde Langnau am Albis", "Monika", "Spörri", "Neue Dorfstrasse", "14", "8135", "Langnau am Albis", "bauamt@langnau.ch", 7700),
    ("Gemeinde Hausen am Albis", "Reto", "Schneebeli", "Zugerstrasse", "10", "8915", "Hausen am Albis", "gemeinde@hausen.ch", 3800),
]
GOV_OTHER = [
    ("Kanton Zürich, Amt für Mobilität, Fachstelle Fuss- und Veloverkehr", "Lea", "Brunner", "Neumühlequai", "10",
     "8090", "Zürich", "fussverkehr@vd.zh.ch", "cantonal_office", "CH"),
    ("Kanton Schwyz, Amt für Wald und Natur", "Pius", "Betschart", "Bahnhofstrasse", "20", "6431", "Schwyz",
     "awn@sz.ch", "cantonal_office", "CH"),
    ("Forstrevier Zimmerberg-Sihltal", "Werner", "Kleiner", "Sihlwaldstrasse", "2", "8135", "Langnau am Albis",
     "forstrevier@langnau.ch", "intermunicipal_forestry", "CH"),
    ("armasuisse Immobilien", "Jürg", "Stucki", "Guisanplatz", "1", "3003", "Bern", "immobilien@armasuisse.ch",
     "armed_forces_agency", "CH"),
    ("Bundesamt für Strassen ASTRA, Filiale Winterthur", "Sandro", "Regli", "Grüzefeldstrasse", "41", "8404",
     "Winterthur", "winterthur@astra.admin.ch", "federal_agency", "CH"),
    ("Kantonspolizei Zürich, Ausbildung", "Martina", "Oberholzer", "Kasernenstrasse", "29", "8004", "Zürich",
     "ausbildung@kapo.zh.ch", "police", "CH"),
    ("ETH Zürich, Professur für Landschaftsarchitektur", "Dr. Anna", "Gisler", "Stefano-Franscini-Platz", "5",
     "8093", "Zürich", "sekretariat.landschaft@arch.ethz.ch", "public_university", "CH"),
    ("Universität Zürich, Geographisches Institut", "Prof. Dr. Daniel", "Hürlimann", "Winterthurerstrasse", "190",
     "8057", "Zürich", "info@geo.uzh.ch", "public_university", "CH"),
]
SCHOOLS = [
    ("Schule Thalwil", "Regula", "Baumgartner", "Schwandelstrasse", "32", "8800", "Thalwil", "schulverwaltung@schule-thalwil.ch", "public_school"),
    ("Primarschule Kilchberg", "Andrea", "Forrer", "Brunnenmoosstrasse", "5", "8802", "Kilchberg ZH", "schulsekretariat@schule-kilchberg.ch", "public_school"),
    ("Kantonsschule Zimmerberg", "Thomas", "Rusch", "Seestrasse", "210", "8820", "Wädenswil", "sekretariat@kszi.ch", "cantonal_school"),
    ("Schule Horgen, Schulhaus Rotweg", "Claudia", "Egli", "Rotweg", "9", "8810", "Horgen", "rotweg@schule-horgen.ch", "public_school"),
]
COMPANIES = [
    ("Zürichsee-Schifffahrtsgesellschaft AG", "Beat", "Odermatt", "Mythenquai", "333", "8002", "Zürich", "marketing@zsg.ch", "company"),
    ("Sihltal Zürich Uetliberg Bahn SZU AG", "Corinne", "Wyss", "Manessestrasse", "152", "8045", "Zürich", "infrastruktur@szu.ch", "state_owned_company"),
    ("Zürichsee Tourismus", "Nadja", "Felber", "Seestrasse", "65", "8810", "Horgen", "info@zuerichsee-tourismus.ch", "tourism_association"),
    ("Hotel Belvoir AG", "Marc", "Trösch", "Säumerstrasse", "37", "8803", "Rüschlikon", "reception@hotel-belvoir.ch", "hotel"),
    ("Swiss Re Management Ltd, Centre for Global Dialogue", "Fabienne", "Zollinger", "Gheistrasse", "37", "8803", "Rüschlikon", "cgd_events@swissre.com", "large_company"),
    ("Orell Füssli Thalia AG", "Pascal", "Kuster", "Dietzingerstrasse", "3", "8036", "Zürich", "einkauf.verlage@orellfuessli.ch", "bookseller"),
    ("Buchhandlung am See GmbH", "Rita", "Gmür", "Seestrasse", "140", "8810", "Horgen", "buch@buchamsee.ch", "bookseller"),
    ("Restaurant Sternen Horgenberg GmbH", "Erich", "Stünzi", "Chalchofenstrasse", "2", "8815", "Horgenberg", "info@sternen-horgenberg.ch", "restaurant"),
    ("Gartenbau Hürlimann AG", "Felix", "Hürlimann", "Zugerstrasse", "180", "8820", "Wädenswil", "info@huerlimann-gartenbau.ch", "company"),
    ("Schreinerei Kälin GmbH", "Toni", "Kälin", "Gewerbestrasse", "6", "8805", "Richterswil", "schreinerei@kaelin-richterswil.ch", "company"),
    ("Migros-Genossenschaft Zürich", "Livia", "Caduff", "Pfingstweidstrasse", "101", "8005", "Zürich", "personalanlaesse@gmz.migros.ch", "cooperative"),
    ("Landolt Weine AG", "Silvan", "Landolt", "Weinbergstrasse", "4", "8802", "Kilchberg ZH", "info@landolt-weine.ch", "company"),
]
CLUBS = [
    ("Verkehrsverein Horgen", "Heinz", "Stocker", "Postfach", "", "8810", "Horgen", "praesident@vvhorgen.ch"),
    ("Skiclub Wädenswil", "Jasmin", "Elmer", "Eichweidstrasse", "12", "8820", "Wädenswil", "kassier@sc-waedenswil.ch"),
    ("Turnverein Thalwil", "Roger", "Näf", "Postfach", "", "8800", "Thalwil", "finanzen@tvthalwil.ch"),
    ("Naturschutzverein Richterswil-Samstagern", "Ursula", "Ziegler", "Dorfbachstrasse", "7", "8805", "Richterswil", "nvrs@bluewin.ch"),
    ("Pro Senectute Kanton Zürich, Ortsvertretung Horgen", "Hanna", "Vetsch", "Forchstrasse", "145", "8032", "Zürich", "wandern@pszh.ch"),
    ("Schweizer Alpen-Club SAC Sektion Albis", "Martin", "Isler", "Postfach", "", "8134", "Adliswil", "touren@sac-albis.ch"),
    ("Frauenverein Oberrieden", "Elsbeth", "Bär", "Kirchweg", "3", "8942", "Oberrieden", "frauenverein.oberrieden@gmx.ch"),
]


def q27(counter):
    digits = f"{GROUP_ID:013d}{counter:013d}"
    full = digits + str(C.mod10_recursive(digits))
    return full[:2] + " " + " ".join(full[i:i + 5] for i in range(2, 27, 5))


def cell(v):
    """Ruby CSV: nil -> empty, '' -> \"\", quote when needed."""
    if v is None:
        return ""
    s = str(v)
    if s == "":
        return '""'
    if any(ch in s for ch in ';"\n\r'):
        return '"' + s.replace('"', '""') + '"'
    return s


def m(x):
    return f"{x:.2f}"


def main():
    rng = random.Random(SEED)
    C.ensure_dirs()
    invs = []

    def person(female=None):
        if female is None:
            female = rng.random() < 0.5
        first = rng.choice(FIRST_F if female else FIRST_M)
        last = rng.choice(LAST)
        plz, town = rng.choice(TOWNS)
        return dict(company=None, first=first, last=last, street=rng.choice(STREETS),
                    no=str(rng.randint(1, 120)) + rng.choice(["", "", "", "", "a", "b"]), plz=plz, town=town,
                    country="CH", care_of=None, postbox=None)

    def pmail(p, domain=None):
        f = p["first"].lower().replace("ä", "ae").replace("ü", "ue").replace("ö", "oe").replace(" ", "")
        l = p["last"].lower().replace("ä", "ae").replace("ü", "ue").replace("ö", "oe").replace(" ", "")
        pat = rng.choice(["{f}.{l}", "{f}{l}", "{f0}.{l}", "{l}{n}", "{f}.{l}{n}"])
        return pat.format(f=f, l=l, f0=f[0], n=rng.randint(1, 99)) + "@" + (domain or rng.choice(FREEMAIL))

    def org(company, first, last, street, no, plz, town, country="CH"):
        postbox = None
        if street == "Postfach":
            street, no, postbox = None, None, "Postfach"
        return dict(company=company, first=first, last=last, street=street, no=no or None, plz=plz, town=town,
                    country=country, care_of=None, postbox=postbox)

    def add(rec, email, title, text, items, label, kind, country, amb=False, when=None, legacy=None):
        invs.append(dict(rec=rec, email=email, title=title, text=text, items=items, label=label, kind=kind,
                         country=country, amb=amb, when=when, legacy=legacy))

    run_day = date(2024, 2, 15)
    # --- A member fees, private persons (invoice run) ---------------------------
    for _ in range(70):
        p = person()
        kind, amt, txt = rng.choices([("Einzelmitglied", 40.0, "Jahresbeitrag Einzelmitglied 2024"),
                                      ("Familie", 60.0, "Familienmitgliedschaft 2024"),
                                      ("Jugend", 20.0, "Jahresbeitrag Jugendmitglied (bis 25 J.) 2024")],
                                     [70, 25, 5])[0]
        email = pmail(p) if rng.random() < 0.8 else None
        if rng.random() < 0.08:
            p["last"] = p["last"].upper()
        add(p, email, "Mitgliederbeitrag 2024", txt if rng.random() < 0.7 else None,
            [(amt, 0.0, "Mitglieder", "3000")], "B2C", "private_person", "CH", when=run_day)
    # foreign member
    p = dict(company=None, first="Jürgen", last="Bender", street="Schillerstraße", no="18", plz="79539",
             town="Lörrach", country="DE", care_of=None, postbox=None)
    add(p, "j.bender@web.de", "Mitgliederbeitrag 2024", "Jahresbeitrag Einzelmitglied 2024",
        [(40.0, 0.0, "Mitglieder", "3000")], "B2C", "private_person", "DE", when=run_day)

    # --- B municipal contributions ---------------------------------------------
    for (comp, cf, cl, st, no, plz, town, mail, pop) in GEMEINDEN:
        amt = round(pop * 0.10, 0)
        popt = f"{pop:,}".replace(",", "'")
        add(org(comp, cf, cl, st, no, plz, town), mail, "Gemeindebeitrag 2024",
            f"Beitrag gemäss Statuten Art. 5 (CHF 0.10 pro Einwohner/in, {popt} Einw.)",
            [(amt, 0.0, "Mitglieder", "3010")], "B2G", "municipality", "CH", when=run_day)
    # --- C/D club and company members ---------------------------------------------
    for (comp, cf, cl, st, no, plz, town, mail) in CLUBS:
        add(org(comp, cf, cl, st, no, plz, town), mail, "Mitgliederbeitrag 2024", "Kollektivmitglied 2024",
            [(100.0, 0.0, "Mitglieder", "3000")], "B2B", "association", "CH", when=run_day)
    for (comp, cf, cl, st, no, plz, town, mail, kind) in COMPANIES[:9]:
        add(org(comp, cf, cl, st, no, plz, town), mail, "Mitgliederbeitrag 2024", "Firmenmitglied / Gönner 2024",
            [(250.0, 0.0, "Mitglieder", "3000")], "B2B", kind, "CH", when=run_day)

    # --- E signage work and material ------------------------------------------------
    sign_titles = [("Unterhalt Wanderwegsignalisation 2024", "Kontrollgang und Ersatz Markierungen gemäss Rapport"),
                   ("Signalisationsmaterial", "Wegweiser Alu gelb 3 Richtungen inkl. Rohr und Briden, Versand"),
                   ("Ersatz Wegweiser nach Sturmschaden", "Gemäss Offerte Nr. 24-0{n} vom {d}"),
                   ("Signalisation Neubau Wegabschnitt", "Planung und Montage gemäss Vereinbarung"),
                   ("Wanderwegmarkierung Farbe und Schablonen", None)]
    for (comp, cf, cl, st, no, plz, town, mail, pop) in GEMEINDEN:
        for _ in range(rng.choice([1, 2, 2, 3])):
            t, tx = rng.choice(sign_titles)
            amt = round(rng.uniform(180, 4800) / 5) * 5
            if tx:
                tx = tx.format(n=rng.randint(10, 99), d=(date(2024, 1, 10) + timedelta(days=rng.randint(0, 200))).strftime("%d.%m.%Y"))
            add(org(comp, cf, cl, st, no, plz, town), mail, t, tx, [(amt, 8.1, "Signalisation", "3200")],
                "B2G", "municipality", "CH")
    for (comp, cf, cl, st, no, plz, town, mail, kind, country) in GOV_OTHER:
        for _ in range(rng.choice([1, 2])):
            if kind in ("police", "public_university"):
                t, tx, amt, cc, acc = ("Kurs Kartenlesen und Orientierung", "Gruppenkurs, 1 Tag, inkl. Kartenmaterial",
                                       rng.choice([850.0, 1200.0, 1450.0]), "Kurse", "3500")
            else:
                t, tx = rng.choice(sign_titles)
                tx = tx.format(n=rng.randint(10, 99), d="14.03.2024") if tx else None
                amt, cc, acc = round(rng.uniform(600, 9800) / 5) * 5, "Signalisation", "3200"
            add(org(comp, cf, cl, st, no, plz, town), mail, t, tx, [(amt, 8.1, cc, acc)], "B2G", kind, country)
    for (comp, cf, cl, st, no, plz, town, mail, kind) in COMPANIES[:4]:
        t, tx = rng.choice(sign_titles[:3])
        tx = tx.format(n=rng.randint(10, 99), d="22.04.2024") if tx else None
        add(org(comp, cf, cl, st, no, plz, town), mail, t, tx,
            [(round(rng.uniform(250, 2600) / 5) * 5, 8.1, "Signalisation", "3200")], "B2B", kind, "CH")

    # --- F maps and books --------------------------------------------------------
    MAP, BOOK = 24.0, 34.0
    for _ in range(22):
        p = person()
        n_map, n_book = rng.choice([(1, 0), (2, 0), (0, 1), (1, 1), (3, 0)])
        items, parts = [], []
        if n_map:
            items.append((n_map * MAP, 2.6, "Verlag", "3400"))
            parts.append(f"{n_map} Ex. Wanderkarte Zimmerberg-Sihltal 1:25 000 à CHF 24.00")
        if n_book:
            items.append((n_book * BOOK, 2.6, "Verlag", "3400"))
            parts.append(f"{n_book} Ex. Wanderbuch 'Zimmerberg zu Fuss' à CHF 34.00")
        items.append((8.5, 8.1, "Verlag", "3400"))
        parts.append("Porto und Verpackung CHF 8.50")
        add(p, pmail(p), "Wanderkarte / Wanderbuch", "\n".join(parts), items, "B2C", "private_person", "CH")
    for (comp, cf, cl, st, no, plz, town, mail, kind) in [c for c in COMPANIES if c[8] == "bookseller"]:
        for _ in range(2):
            n = rng.choice([20, 30, 50])
            add(org(comp, cf, cl, st, no, plz, town), mail, "Wanderkarte / Wanderbuch",
                f"{n} Ex. Wanderkarte Zimmerberg-Sihltal, Wiederverkäuferrabatt 35 %",
                [(round(n * MAP * 0.65, 2), 2.6, "Verlag", "3400")], "B2B", "bookseller", "CH")
    for (comp, cf, cl, st, no, plz, town, mail, kind) in SCHOOLS:
        n = rng.choice([22, 24, 25, 48])
        add(org(comp, cf, cl, st, no, plz, town), mail, "Wanderkarte / Wanderbuch",
            f"Klassensatz: {n} Ex. Wanderkarte Zimmerberg-Sihltal, Schulpreis CHF 15.00",
            [(n * 15.0, 2.6, "Verlag", "3400")], "B2G", kind, "CH")

    # --- G courses and guided hikes ---------------------------------------------------
    for _ in range(9):
        p = person()
        add(p, pmail(p), "Kurs Kartenlesen und Orientierung", "Kursdatum " + rng.choice(["13.04.2024", "25.05.2024", "21.09.2024"]),
            [(95.0, 8.1, "Kurse", "3500")], "B2C", "private_person", "CH")
    for (comp, cf, cl, st, no, plz, town, mail, kind) in [COMPANIES[4], COMPANIES[10], COMPANIES[11], COMPANIES[8]]:
        add(org(comp, cf, cl, st, no, plz, town), mail, "Geführte Wanderung / Teamanlass",
            f"Geführte Wanderung für {rng.randint(12, 45)} Personen inkl. Apéro-Organisation",
            [(round(rng.uniform(650, 2400) / 5) * 5, 8.1, "Kurse", "3500")], "B2B", kind, "CH")
    for (comp, cf, cl, st, no, plz, town, mail, kind) in SCHOOLS[:3]:
        add(org(comp, cf, cl, st, no, plz, town), mail, "Begleitung Schulreise",
            "Routenplanung und Begleitung durch 2 Wanderleiter/innen", [(480.0, 8.1, "Kurse", "3500")],
            "B2G", kind, "CH")

    # --- ambiguous ------------------------------------------------------------------
    p = person(); add(p, pmail(p, "vd.zh.ch"), "Wanderkarte / Wanderbuch",
                      "1 Ex. Wanderkarte Zimmerberg-Sihltal 1:25 000 à CHF 24.00\nPorto und Verpackung CHF 8.50",
                      [(24.0, 2.6, "Verlag", "3400"), (8.5, 8.1, "Verlag", "3400")], "B2C", "private_person_gov_email", "CH", amb=True)
    p = person(); add(p, f"{p['first'].lower()}.{p['last'].lower()}@vtg.admin.ch".replace("ü", "ue").replace("ä", "ae").replace("ö", "oe"),
                      "Mitgliederbeitrag 2024", "Familienmitgliedschaft 2024", [(60.0, 0.0, "Mitglieder", "3000")],
                      "B2C", "private_person_gov_email", "CH", amb=True, when=run_day)
    p = person(); add(p, pmail(p, "swissre.com"), "Wanderkarte / Wanderbuch",
                      "2 Ex. Wanderkarte Zimmerberg-Sihltal 1:25 000 à CHF 24.00\nPorto und Verpackung CHF 8.50",
                      [(48.0, 2.6, "Verlag", "3400"), (8.5, 8.1, "Verlag", "3400")], "B2C", "private_person_company_email", "CH", amb=True)
    g = GEMEINDEN[6]
    add(org(*g[:7]), g[7], "Wanderkarte / Wanderbuch", "1 Ex. Wanderkarte Zimmerberg-Sihltal 1:25 000",
        [(24.0, 2.6, "Verlag", "3400")], "B2G", "municipality_single_item", "CH", amb=True)
    g = GEMEINDEN[8]
    add(org(*g[:7]), g[7], "Wanderkarte / Wanderbuch", "1 Ex. Wanderbuch 'Zimmerberg zu Fuss'",
        [(34.0, 2.6, "Verlag", "3400")], "B2G", "municipality_single_item", "CH", amb=True)
    s = SCHOOLS[0]
    add(org(*s[:7]), s[7], "Wanderkarte / Wanderbuch", "1 Ex. Wanderbuch 'Zimmerberg zu Fuss'",
        [(34.0, 2.6, "Verlag", "3400")], "B2G", "public_school_single_item", "CH", amb=True)
    c = COMPANIES[3]
    add(org(*c[:7]), c[7], "Wanderkarte / Wanderbuch", "1 Ex. Wanderkarte Zimmerberg-Sihltal 1:25 000",
        [(24.0, 2.6, "Verlag", "3400")], "B2B", "company_single_item", "CH", amb=True)
    c = COMPANIES[10]
    add(org(*c[:7]), c[7], "Wanderkarte / Wanderbuch", "1 Ex. Wanderbuch 'Zimmerberg zu Fuss'",
        [(34.0, 2.6, "Verlag", "3400")], "B2B", "company_single_item", "CH", amb=True)
    icrc = org("Comité international de la Croix-Rouge CICR", "Sophie", "Dubois", "Avenue de la Paix", "19", "1202", "Genève")
    add(icrc, "staffassociation@icrc.org", "Geführte Wanderung / Teamanlass",
        "Geführte Wanderung für 28 Personen (Personalausflug)", [(1350.0, 8.1, "Kurse", "3500")],
        "B2B", "international_org", "CH", amb=True)
    add(icrc, "staffassociation@icrc.org", "Wanderkarte / Wanderbuch", "28 Ex. Wanderkarte Zimmerberg-Sihltal",
        [(28 * 24.0, 2.6, "Verlag", "3400")], "B2B", "international_org", "CH", amb=True)
    zkb = org("Zürcher Kantonalbank", "Daniel", "Rohner", "Bahnhofstrasse", "9", "8001", "Zürich")
    add(zkb, "sponsoring@zkb.ch", "Patenschaft Wegweiser", "Patenschaft für 10 Wegweiser im Bezirk Horgen 2024",
        [(2000.0, 0.0, "Signalisation", "3300")], "B2B", "cantonal_bank", "CH", amb=True)
    add(zkb, "sponsoring@zkb.ch", "Mitgliederbeitrag 2024", "Firmenmitglied / Gönner 2024",
        [(250.0, 0.0, "Mitglieder", "3000")], "B2B", "cantonal_bank", "CH", amb=True, when=run_day)
    szu = COMPANIES[1]
    add(org(*szu[:7]), szu[7], "Signalisation Neubau Wegabschnitt",
        "Submission Nr. SZU-2024-017 (Einladungsverfahren), Los 2 Signalisation Bahnwanderweg",
        [(7850.0, 8.1, "Signalisation", "3200")], "B2B", "state_owned_company_procurement", "CH", amb=True)
    p = person(); add(p, pmail(p), "Wanderkarte / Wanderbuch", "25 Ex. Wanderbuch 'Zimmerberg zu Fuss' à CHF 34.00",
                      [(25 * 34.0, 2.6, "Verlag", "3400")], "B2C", "private_person_bulk", "CH", amb=True)
    p = person(); add(p, pmail(p), "Wanderkarte / Wanderbuch",
                      "10 Ex. Wanderkarte Zimmerberg-Sihltal für unseren Hofladen (Wiederverkauf)",
                      [(10 * 24.0 * 0.65, 2.6, "Verlag", "3400")], "B2B", "private_person_resale", "CH", amb=True)
    p = person(); add(p, pmail(p), "Geführte Wanderung / Teamanlass",
                      "Teamanlass Schreinerei Kälin GmbH, 14 Personen, Rechnung z.Hd. Inhaber",
                      [(780.0, 8.1, "Kurse", "3500")], "B2B", "person_paying_company_invoice", "CH", amb=True)
    p = person(); add(p, pmail(p, "ethz.ch"), "Kurs Kartenlesen und Orientierung", "Kursdatum 21.09.2024",
                      [(95.0, 8.1, "Kurse", "3500")], "B2C", "private_person_gov_email", "CH", amb=True)
    k = GOV_OTHER[5]
    add(org(*k[:7]), k[7], "Wanderkarte / Wanderbuch", "1 Ex. Wanderkarte Zimmerberg-Sihltal 1:25 000",
        [(24.0, 2.6, "Verlag", "3400")], "B2G", "police_single_item", "CH", amb=True)
    p = person(); p["care_of"] = "c/o Gemeindeverwaltung Oberrieden"
    add(p, pmail(p, "oberrieden.ch"), "Mitgliederbeitrag 2024", "Jahresbeitrag Einzelmitglied 2024",
        [(40.0, 0.0, "Mitglieder", "3000")], "B2C", "private_person_gov_email", "CH", amb=True, when=run_day)
    # legacy invoices carried over from 2023 with only a free-text address
    for addr, email, label, kind, title, amt in (
            ("Frau R. Keller\nHorgen", None, "B2C", "thin_record", "Wanderkarte", 32.5),
            ("H. Meier", None, "B2C", "thin_record", "Mitgliederbeitrag 2023", 40.0),
            ("Bauamt\nDorfstrasse 12\n8815 Horgenberg", "bauamt@horgen.ch", "B2G", "thin_record_municipal_office",
             "Signalisationsmaterial", 640.0)):
        add(None, email, title, None, [(amt, 0.0, None, None)], label, kind, "CH", amb=True,
            when=date(2023, 11, 20), legacy=addr)

    # ---- order invoices by creation date, number them -------------------------------
    for inv in invs:
        if inv["when"] is None:
            inv["when"] = date(2024, 3, 1) + timedelta(days=rng.randint(0, 280))
    invs.sort(key=lambda i: (i["when"], rng.random()))
    counter = 287
    rows, labels = [], []
    for inv in invs:
        counter += 1
        cost = round(sum(a for a, _, _, _ in inv["items"]), 2)
        vat = round(sum(a * v / 100 for a, v, _, _ in inv["items"]), 2)
        total = round(cost + vat, 2)
        legacy = inv["legacy"] is not None
        if legacy:
            state = "Gemahnt"
        elif inv["when"] == run_day and inv["email"] is None:
            state = rng.choices(["Bezahlt", "Gestellt", "Gemahnt"], [70, 20, 10])[0]
        else:
            state = rng.choices(["Bezahlt", "per Mail versendet", "Gemahnt", "Teilzahlung", "Storniert", "Entwurf"],
                                [74, 12, 6, 2, 3, 3])[0]
        if inv["when"] > date(2024, 11, 25) and state == "Bezahlt":
            state = "per Mail versendet"
        sent = None if state == "Entwurf" else inv["when"]
        due = sent + timedelta(days=30) if sent else None
        paid, pays = 0.0, []
        if state == "Bezahlt":
            paid = total
            pays.append((total, sent + timedelta(days=rng.randint(3, 40))))
        elif state == "Teilzahlung":
            paid = round(total / 2, 2)
            pays.append((paid, sent + timedelta(days=rng.randint(5, 30))))
        rec = inv["rec"] or {}
        ccs = [cc for _, _, cc, _ in inv["items"] if cc]
        accs = [a for _, _, _, a in inv["items"] if a]
        if legacy:
            addr = inv["legacy"]
        else:
            name = " ".join(x for x in [rec.get("first"), rec.get("last")] if x).strip() or None
            parts = [rec.get("company"), name, rec.get("care_of"),
                     " ".join(x for x in [rec.get("street"), rec.get("no")] if x) or None, rec.get("postbox"),
                     " ".join(x for x in [rec.get("plz"), rec.get("town")] if x) or None,
                     None if rec.get("country") == "CH" else rec.get("country")]
            seen, addr_parts = set(), []
            for x in parts:
                if x and x not in seen:
                    seen.add(x)
                    addr_parts.append(x)
            addr = "\n".join(addr_parts)
        vals = [
            inv["title"], f"{GROUP_ID}-{counter}", state, q27(counter), inv["text"], inv["email"], addr,
            sent.strftime("%d.%m.%Y") if sent else None, due.strftime("%d.%m.%Y") if due else None,
            m(cost), m(vat), m(total), m(paid), ", ".join(ccs), ", ".join(accs),
            ", ".join(f"{m(a)} {d.strftime('%d.%m.%Y')}" for a, d in pays),
            None if legacy else rec.get("company"),
            None if legacy else (" ".join(x for x in [rec.get("first"), rec.get("last")] if x).strip() or None),
            None if legacy else rec.get("first"), None if legacy else rec.get("last"),
            None if legacy else rec.get("care_of"), None if legacy else rec.get("street"),
            None if legacy else rec.get("no"), None if legacy else rec.get("postbox"),
            None if legacy else rec.get("plz"), None if legacy else rec.get("town"),
            None if legacy else rec.get("country"),
        ] + PAYEE
        rows.append(";".join(cell(v) for v in vals))
        labels.append(dict(row=len(labels), label=inv["label"], ambiguous=inv["amb"], kind=inv["kind"],
                           country=inv["country"]))

    with open(C.LAYOUTS / f"{ID}.csv", "w", encoding="utf-8", newline="") as f:
        f.write("\ufeff" + ";".join(cell(h) for h in HEADER) + "\n")
        for r in rows:
            f.write(r + "\n")
    C.write_labels(C.KEY / f"{ID}.labels.csv", labels)
    C.write_key(C.KEY / f"{ID}.json", {
        "id": ID,
        "system": "hitobito (open-source member and association management, Puzzle ITC, Bern), module Rechnungen: "
                  "invoice list export 'CSV' of a layer group, German locale",
        "country": "CH",
        "language": "de",
        "docs": [
            "github.com/hitobito/hitobito app/domain/export/tabular/invoices/list.rb: attribute order title, "
            "sequence_number, state, esr_number, description, recipient_email, recipient_address, sent_at, due_at, "
            "cost, vat, total, amount_paid, cost_centers, accounts, payments, then the structured recipient_* and "
            "payee_* address fields",
            "hitobito spec/domain/export/tabular/invoices/list_spec.rb: the German header labels, verbatim "
            "(Titel ... Zahlungsempfänger Land)",
            "hitobito app/domain/export/tabular/invoices/row.rb + row_spec.rb: amounts via number_with_precision "
            "('5.35', '10123.12', no thousands separator), payments 'amount dd.mm.yyyy' joined with ', ', "
            "cost centres/accounts aggregated from invoice items, state as translated label, sequence number "
            "'<group id>-<counter>', reference number grouped '00 00376 80338 90000 00000 00021', recipient address "
            "joined with line breaks (company, name, care-of, street + no, postbox, zip + town, country unless CH), "
            "deprecated free-text address for old invoices",
            "hitobito config/settings.yml (csv separator ';', encoding UTF-8, utf8_bom true) and "
            "app/domain/export/csv/generator.rb (header line, BOM prepended); config/locales/models.de.yml invoice "
            "states Entwurf, Gestellt, per Mail versendet, Teilzahlung, Bezahlt, Überzahlung, Gemahnt, Storniert; "
            "dates formatted dd.mm.yyyy",
            "Invoice::Reference / QR reference: 26 digits (group id and counter, 13 digits each) plus a MOD 10 "
            "recursive check digit",
        ],
        "fields": {"buyer": "Empfänger Firmenname", "product": "Titel", "quantity": None, "amount": "Rechnungsbetrag",
                   "tax_id": None, "email": "Empfänger E-Mail", "payment": None, "comment": "Text"},
        "also_ok": {"buyer": ["Empfänger Name", "Empfänger Adresse", "Empfänger Nachname"],
                    "amount": ["Betrag"], "product": ["Text"]},
        "notes": "One row per invoice, header in line 1 (UTF-8 with BOM, ';' separated, Ruby CSV quoting: multi-line "
                 "address and text cells are quoted, empty aggregated cells are written as \"\"). Organisations have "
                 "'Empfänger Firmenname' plus a contact person in Vorname/Nachname; private persons have only "
                 "Vorname/Nachname. Three invoices carried over from 2023 have only the old free-text address in "
                 "'Empfänger Adresse' and no structured fields. 'Betrag' is net, 'MwSt.' the VAT, 'Rechnungsbetrag' "
                 "the total; member fees carry no VAT. The association's own address fills the six "
                 "Zahlungsempfänger columns on every row. Quantities only appear inside 'Text'.",
    })
    return len(rows)


if __name__ == "__main__":
    print(main())
