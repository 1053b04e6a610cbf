"""lb_at_xentral_umsatz_kunde_artikel: xentral / OpenXE built-in report
"135 - Umsatz pro Kunde pro Artikel (BI)" exported as CSV.

Seller: an Upper Austrian wholesaler of cleaning and hygiene supplies.
One row per invoice line (report joins adresse -> rechnung -> rechnung_position -> artikel).
"""
import random
from datetime import date, timedelta

import lb_common as C

SEED = 1302
ID = "lb_at_xentral_umsatz_kunde_artikel"

HEADER = ["Datum", "Kunde", "Kundennummer", "Artikel", "Artikelnummer", "Menge", "Umsatz",
          "Umsatz ohne Rabatt", "Gesamtrabatt", "Deckungsbeitrag", "EK", "Währung"]

ART = {  # nummer: (name_de, net price, purchase price)
    "100101": ("Tork Xpress Multifold Handtuch H2 Advanced weiß 2-lagig 21 x 150 Bl.", 42.90, 29.80),
    "100102": ("Tork Toilettenpapier T4 Advanced Kleinrolle 2-lagig 42 Rollen", 31.50, 22.10),
    "100103": ("Tork Seifencreme S1 Mild 1 l", 9.80, 6.10),
    "100104": ("Tork Elevation Handtuchspender H2 weiß", 34.00, 21.00),
    "100201": ("Kiehl Vinox Glasreiniger 1 l", 6.90, 4.20),
    "100202": ("Kiehl Pur-Oxin Sanitärreiniger 10 l", 74.00, 48.50),
    "100203": ("Dr. Schnell Milizid Sanitärreiniger 10 l", 69.50, 45.00),
    "100204": ("Dr. Schnell Forol Allzweckreiniger 10 l", 52.00, 33.90),
    "100301": ("Sterillium classic pure Händedesinfektion 500 ml", 7.40, 4.90),
    "100302": ("Sterillium classic pure Händedesinfektion 1 l", 12.90, 8.60),
    "100401": ("Nitril-Einmalhandschuhe blau puderfrei Gr. M 100 Stk.", 5.90, 3.40),
    "100402": ("Nitril-Einmalhandschuhe blau puderfrei Gr. L 100 Stk.", 5.90, 3.40),
    "100501": ("Müllsäcke 120 l blau extra stark 25 Stk.", 6.40, 3.80),
    "100601": ("Vileda Professional UltraSpeed Pro Mopp 40 cm", 18.90, 11.70),
    "100602": ("Vileda Professional MicroTuff Base Tuch blau 5 Stk.", 14.50, 8.90),
    "100701": ("Kärcher Nass-/Trockensauger NT 30/1 Tact L", 389.00, 298.00),
    "100702": ("Kärcher Scheuersaugmaschine BR 30/4 C", 2390.00, 1815.00),
    "100801": ("Somat Professional Spülmaschinen-Tabs 200 Stk.", 39.90, 27.50),
    "100901": ("Auftausalz Streusalz 25 kg Sack", 11.90, 7.20),
    "100902": ("Urinal-Duftsteine 1 kg Eimer", 8.90, 5.10),
    "200101": ("Frosch Neutral-Reiniger 1 l", 3.20, 1.90),
    "200102": ("Pril Original Spülmittel 500 ml", 1.90, 1.10),
    "200103": ("Swiffer Staubmagnet Starterset", 6.40, 4.10),
    "200104": ("Wischmopp-Set Haushalt mit Eimer und Presse", 24.90, 15.90),
    "200105": ("Sagrotan Hygiene-Reiniger 500 ml", 3.90, 2.40),
}
PRO = ["100101", "100102", "100103", "100201", "100202", "100203", "100204", "100301", "100302",
       "100401", "100402", "100501", "100601", "100602", "100902"]
MUNI = PRO + ["100901", "100901", "100104", "100701"]
GASTRO = ["100801", "100204", "100401", "100501", "100101", "100103", "100201", "100301"]
HOME = ["200101", "200102", "200103", "200104", "200105", "100301", "100201"]

# (name, label, kind, country, basket, n_invoices, rabatt%)
GOV = [
    ("Marktgemeinde Gunskirchen", "municipality", "AT", MUNI, 3, 5),
    ("Stadtgemeinde Traun", "municipality", "AT", MUNI, 4, 5),
    ("Magistrat der Stadt Wels", "municipality", "AT", MUNI, 3, 8),
    ("Stadtgemeinde Leonding - Bauhof", "municipality", "AT", MUNI, 3, 5),
    ("Gemeinde Kirchschlag bei Linz", "municipality", "AT", MUNI, 2, 0),
    ("Stadtgemeinde Enns - Freibad", "municipality", "AT", MUNI, 2, 0),
    ("Land Oberösterreich - Direktion Straßenbau und Verkehr", "state_government", "AT", MUNI, 3, 10),
    ("Bezirkshauptmannschaft Linz-Land", "district_authority", "AT", PRO, 2, 5),
    ("Volksschule Pasching", "public_school", "AT", PRO, 2, 0),
    ("Mittelschule Ansfelden", "public_school", "AT", PRO, 2, 0),
    ("BG/BRG Linz Khevenhüllerstraße", "federal_school", "AT", PRO, 2, 5),
    ("HTL Linz Paul-Hahn-Straße", "federal_school", "AT", PRO, 2, 5),
    ("Johannes Kepler Universität Linz", "public_university", "AT", PRO, 3, 10),
    ("Österreichisches Bundesheer - Militärkommando Oberösterreich", "armed_forces", "AT", PRO, 3, 10),
    ("Landespolizeidirektion Oberösterreich", "police", "AT", PRO, 2, 10),
    ("Bezirksgericht Linz", "court", "AT", PRO, 1, 5),
    ("Justizanstalt Linz", "prison", "AT", PRO, 2, 5),
    ("Arbeitsmarktservice Oberösterreich", "public_employment_service", "AT", PRO, 2, 5),
    ("Österreichische Gesundheitskasse - Landesstelle Oberösterreich", "public_social_insurer", "AT", PRO, 2, 5),
    ("Botschaft der Bundesrepublik Deutschland Wien", "embassy", "DE", PRO, 1, 0),
]
BIZ = [
    ("voestalpine Stahl GmbH", "large_company", "AT", PRO, 4, 12),
    ("Rosenbauer International AG", "large_company", "AT", PRO, 3, 10),
    ("backaldrin Österreich The Kornspitz Company GmbH", "large_company", "AT", PRO, 2, 8),
    ("ÖBB-Infrastruktur AG", "state_owned_company", "AT", PRO, 2, 10),
    ("LINZ AG für Energie Telekommunikation Verkehr und Kommunale Dienste", "municipal_utility_company", "AT", PRO, 3, 10),
    ("Energie AG Oberösterreich Business Services GmbH", "state_owned_company", "AT", PRO, 2, 8),
    ("Österreichische Post AG", "state_owned_company", "AT", PRO, 1, 8),
    ("Gasthof Pichler", "restaurant", "AT", GASTRO, 3, 0),
    ("Installationen Gruber e.U.", "sole_trader", "AT", PRO, 2, 0),
    ("Reinigungsservice Novak KG", "cleaning_company", "AT", PRO + ["100702"], 4, 5),
    ("Hotel Donaublick GmbH", "hotel", "AT", GASTRO, 3, 3),
    ("Autohaus Mayrhofer GmbH", "company", "AT", PRO, 2, 0),
    ("Dr. Andrea Leitner Zahnarztpraxis", "medical_practice", "AT", PRO, 2, 0),
    ("Römisch-katholische Pfarre Linz-St. Konrad", "church", "AT", PRO, 2, 0),
    ("Österreichisches Rotes Kreuz Landesverband Oberösterreich", "national_red_cross", "AT", PRO, 3, 8),
    ("Caritas für Menschen in Not Oberösterreich", "charity", "AT", PRO, 2, 5),
    ("Sportunion Leonding", "sports_club", "AT", PRO, 1, 0),
    ("GWG der Stadt Linz Gemeinnützige Wohnungsgesellschaft mbH", "municipal_housing_company", "AT", PRO, 2, 5),
    ("Fitness Center Kraftwerk GmbH", "company", "AT", PRO, 2, 0),
    ("Kindergarten der Kreuzschwestern Linz", "church_kindergarten", "AT", PRO, 2, 0),
    ("Klinik Diakonissen Linz", "private_hospital", "AT", PRO, 2, 5),
    ("Elisabeth Moser Reinigungsservice", "sole_trader", "AT", PRO, 2, 0),
    ("Biohof Lehner", "farm", "AT", ["100201", "100204", "100401", "100501", "100801"], 1, 0),
    ("Bäckerei Brandl GmbH", "company", "AT", GASTRO, 2, 0),
]
FIRST_M = ["Johann", "Josef", "Franz", "Karl", "Michael", "Thomas", "Stefan", "Christian", "Wolfgang",
           "Gerhard", "Markus", "Lukas", "Florian", "David", "Herbert", "Manfred", "Günther"]
FIRST_F = ["Maria", "Anna", "Elisabeth", "Katharina", "Theresa", "Sabine", "Claudia", "Andrea", "Birgit",
           "Leonie", "Lena", "Hannah", "Magdalena", "Elfriede", "Gertraud", "Renate", "Christine"]
LAST = ["Gruber", "Huber", "Wagner", "Pichler", "Steiner", "Moser", "Mayer", "Hofer", "Leitner", "Berger",
        "Fuchs", "Eder", "Fischer", "Schmid", "Winkler", "Weber", "Schwarz", "Maier", "Reiter", "Mayr",
        "Wimmer", "Egger", "Brunner", "Lang", "Baumgartner", "Auer", "Binder", "Lechner", "Wallner",
        "Aigner", "Ebner", "Koller", "Lehner", "Haas", "Schuster", "Hinterberger", "Grünberger",
        "Haider", "Stadler", "Kastner", "Hauser", "Pointner"]


def fmt2(x):
    return f"{x:.2f}"


def main():
    rng = random.Random(SEED)
    C.ensure_dirs()
    customers = []  # dicts: name, label, kind, country, invoices=[(date, lines, amb)]
    knr = [10000]

    def new_customer(name, label, kind, country):
        knr[0] += rng.randint(1, 9)
        c = dict(name=name, label=label, kind=kind, country=country, nr=str(knr[0]), invoices=[])
        customers.append(c)
        return c

    def rand_date():
        return date(2024, 1, 2) + timedelta(days=rng.randint(0, 362))

    def lines_from(pool, nmin, nmax, qmin, qmax, rabatt):
        arts = rng.sample(pool, k=min(rng.randint(nmin, nmax), len(set(pool))))
        out = []
        for a in dict.fromkeys(arts):
            q = rng.randint(qmin, qmax)
            if ART[a][1] > 300:
                q = 1
            r = rabatt if (rabatt and rng.random() < 0.8) else 0
            out.append((a, q, r))
        return out

    laufkunde = new_customer("Laufkundschaft", "B2C", "anonymous_retail", "AT")
    laufkunde["nr"] = "10000"
    for _ in range(9):
        laufkunde["invoices"].append((rand_date(), lines_from(HOME + ["100301", "100401"], 1, 2, 1, 3, 0), False))

    for name, kind, country, pool, n, rab in GOV:
        c = new_customer(name, "B2G", kind, country)
        for _ in range(max(1, n - 1)):
            d = rand_date()
            basket = list(pool)
            if "100901" in basket and d.month not in (1, 2, 3, 11, 12):
                basket = [a for a in basket if a != "100901"]
            c["invoices"].append((d, lines_from(basket, 1, 3, 2, 40, rab), False))
    for name, kind, country, pool, n, rab in BIZ:
        c = new_customer(name, "B2B", kind, country)
        for _ in range(max(1, n - 1)):
            c["invoices"].append((rand_date(), lines_from(pool, 1, 3, 1, 30, rab), False))

    persons = []
    for i in range(24):
        fem = rng.random() < 0.5
        first = rng.choice(FIRST_F if fem else FIRST_M)
        last = rng.choice(LAST)
        style = rng.random()
        if style < 0.55:
            name = f"{first} {last}"
        elif style < 0.8:
            name = f"{last} {first}"
        elif style < 0.9:
            name = f"{last.upper()} {first.upper()}"
        else:
            name = f"{'Frau' if fem else 'Herr'} {first} {last}"
        c = new_customer(name, "B2C", "private_person", "AT")
        for _ in range(rng.choice([1, 1, 1, 2])):
            c["invoices"].append((rand_date(), lines_from(HOME, 1, 3, 1, 3, 0), False))
        persons.append(c)

    # ---- ambiguous -------------------------------------------------------------
    def find(name):
        return next(c for c in customers if c["name"] == name)

    find("Gemeinde Kirchschlag bei Linz")["invoices"].append((rand_date(), [("200102", 2, 0)], True, "municipality_household_item"))
    find("Bezirksgericht Linz")["invoices"].append((rand_date(), [("200103", 1, 0)], True, "court_household_item"))
    find("Volksschule Pasching")["invoices"].append((rand_date(), [("200104", 1, 0)], True, "public_school_household_item"))
    find("Stadtgemeinde Enns - Freibad")["invoices"].append((rand_date(), [("200105", 1, 0)], True, "municipality_household_item"))
    find("Rosenbauer International AG")["invoices"].append((rand_date(), [("200103", 1, 0)], True, "company_household_item"))
    find("Hotel Donaublick GmbH")["invoices"].append((rand_date(), [("200104", 1, 0)], True, "company_household_item"))
    find("Dr. Andrea Leitner Zahnarztpraxis")["invoices"].append((rand_date(), [("200101", 2, 0)], True, "medical_practice_household_item"))
    c = new_customer("Thomas Wimmer", "B2C", "private_person_bulk", "AT")
    c["invoices"].append((rand_date(), [("100301", 60, 0)], True))
    c = new_customer("Huber Elfriede", "B2C", "private_person_bulk", "AT")
    c["invoices"].append((rand_date(), [("100501", 24, 0), ("100204", 10, 0)], True))
    c = new_customer("IAEA International Atomic Energy Agency", "B2B", "international_org", "AT")
    for _ in range(2):
        c["invoices"].append((rand_date(), lines_from(PRO, 1, 3, 5, 40, 10), True))
    c = new_customer("OSZE Sekretariat Wien", "B2B", "international_org", "AT")
    c["invoices"].append((rand_date(), lines_from(PRO, 2, 3, 5, 20, 5), True))
    c = new_customer("Kepler Universitätsklinikum GmbH", "B2G", "public_hospital_company", "AT")
    for _ in range(3):
        c["invoices"].append((rand_date(), lines_from(PRO, 1, 3, 10, 60, 12), True))
    c = new_customer("Hr. Bauer", "B2B", "thin_record", "AT")
    c["invoices"].append((rand_date(), [("100702", 1, 0)], True))
    c = new_customer("Fr. Steindl", "B2C", "thin_record", "AT")
    c["invoices"].append((rand_date(), [("200101", 1, 0)], True))
    c = new_customer("Mayr", "B2B", "thin_record", "AT")
    c["invoices"].append((rand_date(), [("100101", 4, 0)], True))
    # a person buying clearly for a trade: name plus trade in the address name
    c = new_customer("Hannes Wallner Hausbetreuung", "B2B", "sole_trader", "AT")
    for _ in range(2):
        c["invoices"].append((rand_date(), lines_from(PRO, 1, 3, 2, 12, 0), False))

    # ---- rows: join order adresse -> rechnung -> position ----------------------
    rows, labels = [], []
    for c in customers:
        for inv in sorted(c["invoices"], key=lambda t: t[0]):
            d, lines, amb = inv[:3]
            kind = inv[3] if len(inv) > 3 else c["kind"]
            for a, q, r in lines:
                name, vk, ek = ART[a]
                einzeln = round(vk * (100 - r) / 100, 4)
                umsatz = round(einzeln * q, 2)
                ohne = round(einzeln * q * (100 + r) / 100, 2)
                rab = round(einzeln * q * r / 100, 2)
                db = round((einzeln - ek) / einzeln, 2) if einzeln else 1
                rows.append([d.isoformat(), c["name"], c["nr"], name, a, str(q), fmt2(umsatz), fmt2(ohne),
                             fmt2(rab), fmt2(db), fmt2(ek * q), "EUR"])
                labels.append(dict(row=len(labels), label=c["label"], ambiguous=amb, kind=kind,
                                   country=c["country"]))

    for r in rows:
        for v in r:
            assert "," not in v and "\n" not in v, v
    with open(C.LAYOUTS / f"{ID}.csv", "w", encoding="utf-8", newline="") as f:
        f.write(",".join(HEADER) + "\n")
        for r in rows:
            f.write(",".join(r) + "\n")
    C.write_labels(C.KEY / f"{ID}.labels.csv", labels)
    C.write_key(C.KEY / f"{ID}.json", {
        "id": ID,
        "system": "xentral ERP (open-source edition OpenXE), Berichte: built-in report '135 - Umsatz pro Kunde pro "
                  "Artikel (BI)', exported with the report's CSV download",
        "country": "AT",
        "language": "de",
        "docs": [
            "github.com/OpenXE-org/OpenXE classes/Modules/Report/files/Report_135_-_Umsatz_pro_Kunde_pro_Artikel_(BI)_.json: "
            "SQL (adresse JOIN rechnung JOIN rechnung_position JOIN artikel, invoices not 'angelegt'/'storniert', "
            "credit-note quantities subtracted, no ORDER BY), column titles Datum, Kunde, Kundennummer, Artikel, "
            "Artikelnummer, Menge, Umsatz, Umsatz ohne Rabatt, Gesamtrabatt, Deckungsbeitrag, EK, Währung, "
            "csv_delimiter ',' and csv_enclosure '' (empty)",
            "OpenXE classes/Modules/Report/ReportCsvExportService.php + Components/Exporter/Csv/CsvWriter.php: header "
            "line from the column titles, an empty enclosure becomes null and force-enclosure is on, so values are "
            "written unquoted, comma-separated, one line per result row, '\\n' line ends, UTF-8",
            "OpenXE www/lib/class.erpapi.php: position deckungsbeitrag is stored as a margin ratio "
            "((net price - purchase price) / net price), so the report prints e.g. 0.35",
            "Values come straight from MySQL: ISO dates (YYYY-MM-DD), ROUND(...,2) decimals with a point, "
            "ROUND(menge,0) integers",
        ],
        "fields": {"buyer": "Kunde", "product": "Artikel", "quantity": "Menge", "amount": "Umsatz",
                   "tax_id": None, "email": None, "payment": None, "comment": None},
        "also_ok": {"amount": ["Umsatz ohne Rabatt"], "product": ["Artikelnummer"]},
        "notes": "One row per invoice line, grouped by customer (the query has no ORDER BY; rows follow the join "
                 "order adresse -> rechnung -> position). No invoice number in the report, so lines of one invoice "
                 "are only recognisable by same customer and date. Amounts are net after line discount; "
                 "'Umsatz ohne Rabatt' is the report's own (approximate) gross-up. Deckungsbeitrag is a ratio, not "
                 "money. Buyer evidence is the customer name only (company/authority name or a person's name, "
                 "sometimes 'Nachname Vorname', upper case, or 'Frau/Herr ...'). 'Laufkundschaft' (Kundennummer 10000) "
                 "is the catch-all account for counter sales. The CSV is unquoted; no value contains a comma.",
    })
    return len(rows)


if __name__ == "__main__":
    print(main())
