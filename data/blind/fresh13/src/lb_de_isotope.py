"""lb_de_isotope_bestellungen_voll: Isotope eCommerce (Contao) order export,
variant "Vollständiger Export" of the inszenium/isotope-export backend module, XLSX.

Seller: a German web shop for first-aid and workplace-safety supplies (net prices,
19 % VAT added).  One row per order; all items of an order in one wrapped cell.
"""
import random
import re
from datetime import datetime, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

import lb_common as C

SEED = 1301
ID = "lb_de_isotope_bestellungen_voll"
NBSP = "\u00a0"

# label keys of the full export, in the module's order; None = key without a
# German label in the module's language file (rule_label / rule_total_price)
HEADERS = [
    "Bestell-ID", "Bestellstatus", "Zeitpunkt der Bestellung", "Rechnungsadresse",
    "Firma", "Name", "Vorname", "Straße", "Zusatz", "PLZ", "Ort", "Land", "Telefon",
    "Mailadresse",
    "Lieferadresse",
    "Firma", "Name", "Vorname", "Straße", "Zusatz", "PLZ", "Ort", "Land", "Telefon",
    "Mailadresse",
    "Nettopreis", "Nettopreis (Produkte)", "Bruttopreis", "Nettopreis (Gesamtsumme)",
    "Steuersatz", "Summe Steuern", "Versandart", "Versandkosten", None, None,
    "Artikel", "Notizen",
]

P = {  # sku: (name, net price)
    "VK-13157": ("Verbandkasten DIN 13157 Betrieb, Stahlblech weiß", 39.90),
    "VK-13169": ("Verbandkasten DIN 13169 groß, Stahlblech", 69.90),
    "VT-13164": ("Kfz-Verbandtasche DIN 13164:2022", 8.35),
    "NF-13157": ("Nachfüllset DIN 13157", 22.90),
    "NF-13169": ("Nachfüllset DIN 13169", 39.50),
    "FL-S6": ("Schaumfeuerlöscher 6 L ABF, mit Wandhalter", 54.00),
    "FL-CO2": ("CO2-Feuerlöscher 2 kg", 59.00),
    "FL-S2": ("Fettbrand-/Schaumlöscher 2 L für Küche", 34.90),
    "BD-1218": ("Löschdecke 1,2 x 1,8 m DIN EN 1869", 16.90),
    "AED-HS1": ("Defibrillator Philips HeartStart HS1", 1149.00),
    "AED-WK": ("AED-Wandkasten mit Alarm", 159.00),
    "AS-500": ("Augenspülflasche 500 ml", 7.20),
    "PS-ALU": ("Pflasterspender aluderm, befüllt", 24.90),
    "KK-10": ("Sofort-Kühlkompresse, 10 Stück", 10.90),
    "HS-NL": ("Einmalhandschuhe Nitril blau, Box 100 Stk., Gr. L", 6.60),
    "HS-NM": ("Einmalhandschuhe Nitril blau, Box 100 Stk., Gr. M", 6.60),
    "RD-160": ("Rettungsdecke gold/silber 160 x 210 cm", 0.95),
    "SCH-EH": ("Rettungszeichen Erste Hilfe E003, nachleuchtend, 200x200 mm", 5.40),
    "SCH-FL": ("Brandschutzzeichen Feuerlöscher F001, nachleuchtend", 5.40),
    "VB-A5": ("Verbandbuch DIN A5 (Meldeblock)", 3.90),
    "WW-GE": ("Warnweste EN ISO 20471 Klasse 2, gelb", 2.60),
    "NR-KITA": ("Notfallrucksack Kita / Schule, befüllt", 74.00),
    "ZK-1": ("Zeckenkarte im Scheckkartenformat", 1.90),
    "EH-REISE": ("Erste-Hilfe-Set Reise & Wandern", 12.50),
    "RWM-10J": ("Rauchwarnmelder mit 10-Jahres-Batterie, Q-Label", 17.90),
    "LIE-K": ("Krankentrage / Klappliege für Sanitätsraum", 249.00),
    "AED-PAD": ("Elektroden-Kassette für HeartStart HS1 (Erwachsene)", 59.00),
    "EH-BEAT": ("Beatmungsmaske Taschenformat", 4.20),
    "KN-10": ("Kältekompresse wiederverwendbar, 10 Stück", 18.50),
}

BIZ_BASKET = ["VK-13157", "NF-13157", "AS-500", "SCH-EH", "VB-A5", "FL-S6", "BD-1218",
              "HS-NL", "HS-NM", "WW-GE", "VK-13169", "SCH-FL", "PS-ALU", "KK-10"]
KITA_BASKET = ["NR-KITA", "KK-10", "PS-ALU", "ZK-1", "VK-13157", "HS-NM", "KN-10", "NF-13157"]
FORCE_BASKET = ["VT-13164", "WW-GE", "RD-160", "HS-NL", "VK-13169", "EH-BEAT", "NF-13169"]
HOME_BASKET = ["VT-13164", "EH-REISE", "RWM-10J", "BD-1218", "FL-S2", "ZK-1", "RD-160"]

FIRST_M = ["Jan", "Lukas", "Felix", "Jonas", "Tobias", "Michael", "Thomas", "Stefan",
           "Andreas", "Christian", "Markus", "Sebastian", "Daniel", "Florian", "Matthias",
           "Jürgen", "Uwe", "Frank", "Ralf", "Dirk", "Kai", "Holger", "Björn"]
FIRST_F = ["Julia", "Anna", "Laura", "Lisa", "Sarah", "Katharina", "Sabine", "Claudia",
           "Nicole", "Stefanie", "Melanie", "Petra", "Sandra", "Anja", "Kerstin", "Heike",
           "Birgit", "Monika", "Ingrid", "Karin", "Jana", "Miriam"]
LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
        "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
        "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann",
        "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Köhler",
        "Herrmann", "König", "Walter", "Kaiser", "Fuchs", "Peters", "Scholz", "Möller",
        "Weiß", "Jung", "Hahn", "Vogel", "Friedrich", "Günther", "Berger", "Winkler",
        "Roth", "Beck", "Lorenz", "Baumann", "Albrecht", "Ludwig", "Sauer", "Böhm",
        "Dietrich", "Engel", "Kühn", "Pohl", "Brandt", "Haas", "Ziegler", "Kraus"]
FREEMAIL = ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de",
            "outlook.de", "yahoo.de", "icloud.com", "gmx.net"]
TOWNS = [("34117", "Kassel"), ("34119", "Kassel"), ("34121", "Kassel"), ("34130", "Kassel"),
         ("34225", "Baunatal"), ("34246", "Vellmar"), ("34253", "Lohfelden"),
         ("34212", "Melsungen"), ("34369", "Hofgeismar"), ("37073", "Göttingen"),
         ("36037", "Fulda"), ("35037", "Marburg"), ("34497", "Korbach"),
         ("35390", "Gießen"), ("33098", "Paderborn"), ("37213", "Witzenhausen"),
         ("34560", "Fritzlar"), ("34576", "Homberg (Efze)"), ("60311", "Frankfurt am Main"),
         ("30159", "Hannover"), ("99084", "Erfurt"), ("65183", "Wiesbaden")]
STREETS = ["Hauptstraße", "Bahnhofstraße", "Gartenstraße", "Schulstraße", "Lindenstraße",
           "Friedrich-Ebert-Straße", "Wilhelmshöher Allee", "Kirchweg", "Am Sportplatz",
           "Birkenweg", "Goethestraße", "Ringstraße", "Mühlenweg", "Holländische Straße",
           "Frankfurter Straße", "Eichenweg", "Am Rain", "Kölnische Straße", "Tannenweg"]

# (Firma, contact first, contact last, street, postal, city, country, email, phone,
#  label, kind, buyer_country, basket, leitweg(grob, fein) or None)
GOV = [
    ("Landratsamt Esslingen", "Petra", "Krause", "Pulverwiesen 11", "73728", "Esslingen am Neckar",
     "Deutschland", "beschaffung@lra-es.de", "0711 3902-0", "county_office", "DE", BIZ_BASKET, ("08116000", "31505")),
    ("Stadt Kassel - Schulverwaltungsamt", "Martina", "Hahn", "Obere Königsstraße 8", "34117", "Kassel",
     "Deutschland", "schulverwaltung@kassel.de", "0561 787-0", "municipality", "DE", KITA_BASKET, ("06611000", "40100")),
    ("Gemeinde Kirchheim b.München", "Florian", "Brandl", "Münchner Straße 6", "85551", "Kirchheim b.München",
     "Deutschland", "bauhof@kirchheim-heimstetten.de", "089 90909-0", "municipality", "DE", BIZ_BASKET, ("09184130", "")),
    ("Bundeswehr-Dienstleistungszentrum Frankenberg", "Oliver", "Dietrich", "Burgwald-Kaserne, Marburger Straße 1", "35066",
     "Frankenberg (Eder)", "Deutschland", "bwdlzfrankenberg@bundeswehr.org", "06451 7230-0", "armed_forces", "DE", FORCE_BASKET, ("991", "33002")),
    ("Polizeipräsidium Nordhessen", "Sven", "Lange", "Grüner Weg 33", "34117", "Kassel", "Deutschland",
     "verwaltung.ppnh@polizei.hessen.de", "0561 910-0", "police", "DE", FORCE_BASKET, ("06", "PPNH1")),
    ("Amtsgericht Kassel", "Gabriele", "Sommer", "Frankfurter Straße 9", "34117", "Kassel", "Deutschland",
     "verwaltung@ag-kassel.justiz.hessen.de", "0561 912-0", "court", "DE", BIZ_BASKET, ("06", "AGKS1")),
    ("Universität Kassel - Abt. Arbeitssicherheit", "Dr. Martin", "Vogt", "Mönchebergstraße 19", "34125", "Kassel",
     "Deutschland", "arbeitssicherheit@uni-kassel.de", "0561 804-0", "public_university", "DE", BIZ_BASKET, ("06", "UNIKS")),
    ("Stadt Baunatal - Freiwillige Feuerwehr", "Jörg", "Vaupel", "Marktplatz 14", "34225", "Baunatal", "Deutschland",
     "feuerwehr@stadt-baunatal.de", "0561 4992-0", "municipal_fire_brigade", "DE", FORCE_BASKET, ("06633003", "")),
    ("Stadt Vellmar - Kita Sonnenblume", "Anke", "Siebert", "Rathausplatz 1", "34246", "Vellmar", "Deutschland",
     "kita.sonnenblume@vellmar.de", "0561 8292-0", "municipal_kindergarten", "DE", KITA_BASKET, ("06633027", "")),
    ("Technisches Hilfswerk Ortsverband Kassel", "Niklas", "Eckhardt", "Dormannweg 50", "34123", "Kassel",
     "Deutschland", "ov-kassel@thw.de", "0561 57000-0", "federal_agency", "DE", FORCE_BASKET, ("991", "08400")),
    ("Deutsche Rentenversicherung Hessen", "Ute", "Reinhardt", "Städelstraße 28", "60596", "Frankfurt am Main",
     "Deutschland", "einkauf@drv-hessen.de", "069 6052-0", "public_social_insurer", "DE", BIZ_BASKET, ("06", "DRVH1")),
    ("Hauptzollamt Gießen", "Karsten", "Jäger", "Gutfleischstraße 1", "35390", "Gießen", "Deutschland",
     "poststelle.hza-giessen@zoll.bund.de", "0641 7936-0", "federal_agency", "DE", BIZ_BASKET, ("991", "11202")),
    ("Bundespolizeiinspektion Kassel", "Rainer", "Ebert", "Kölnische Straße 2", "34117", "Kassel", "Deutschland",
     "bpoli.kassel@polizei.bund.de", "0561 81616-0", "police", "DE", FORCE_BASKET, ("991", "06105")),
    ("Landkreis Kassel - Fachbereich Schulen", "Carsten", "Iffland", "Wilhelmshöher Allee 19-21", "34117", "Kassel",
     "Deutschland", "schulen@landkreiskassel.de", "0561 1003-0", "county", "DE", KITA_BASKET, ("06633000", "")),
    ("Staatliches Schulamt für den Landkreis und die Stadt Kassel", "Bettina", "Rudolph", "Ständeplatz 6-10", "34117",
     "Kassel", "Deutschland", "poststelle.ssa.kassel@kultus.hessen.de", "0561 8101-0", "state_school_authority", "DE", KITA_BASKET, ("06", "SSAKS")),
    ("Justizvollzugsanstalt Kassel I", "Andreas", "Gerhold", "Theodor-Fliedner-Straße 12", "34121", "Kassel",
     "Deutschland", "verwaltung@jva-kassel1.justiz.hessen.de", "0561 2008-0", "prison", "DE", BIZ_BASKET, ("06", "JVAKS")),
    ("Hessen Mobil - Straßenmeisterei Kassel", "Uwe", "Hildebrand", "Wolfhager Straße 372", "34128", "Kassel",
     "Deutschland", "sm-kassel@mobil.hessen.de", "0561 8009-0", "state_agency", "DE", FORCE_BASKET, ("06", "HMSMK")),
    ("Magistrat der Stadt Fulda - Amt für Gebäudemanagement", "Christoph", "Möller", "Schlossstraße 1", "36037", "Fulda",
     "Deutschland", "gebaeudemanagement@fulda.de", "0661 102-0", "municipality", "DE", BIZ_BASKET, ("06631009", "")),
    ("Hochschule Fulda", "Melanie", "Storch", "Leipziger Straße 123", "36037", "Fulda", "Deutschland",
     "beschaffung@verw.hs-fulda.de", "0661 9640-0", "public_university", "DE", BIZ_BASKET, ("06", "HSFD1")),
    ("Schwalm-Eder-Kreis - Kreisausschuss", "Dennis", "Schaake", "Parkstraße 6", "34576", "Homberg (Efze)", "Deutschland",
     "zentrale.beschaffung@schwalm-eder-kreis.de", "05681 775-0", "county", "DE", BIZ_BASKET, ("06634000", "")),
    ("Gemeinde Fuldabrück - Grundschule Dennhausen/Dittershausen", "Sonja", "Wenzel", "Schulstraße 3", "34277", "Fuldabrück",
     "Deutschland", "gs-dennhausen@fuldabrueck.de", "05665 9466-0", "public_school", "DE", KITA_BASKET, ("06633007", "")),
]

BIZ = [
    ("Volkswagen AG Werk Kassel", "Heiko", "Brandau", "Dr.-Rudolf-Leiding-Platz 1", "34225", "Baunatal",
     "werksarztzentrum.kassel@volkswagen.de", "0561 490-0", "large_company", "DE", BIZ_BASKET),
    ("B. Braun Melsungen AG", "Verena", "Iske", "Carl-Braun-Straße 1", "34212", "Melsungen",
     "arbeitsschutz@bbraun.com", "05661 71-0", "large_company", "DE", BIZ_BASKET),
    ("SMA Solar Technology AG", "Tim", "Eichler", "Sonnenallee 1", "34266", "Niestetal",
     "facility@sma.de", "0561 9522-0", "large_company", "DE", BIZ_BASKET),
    ("K+S Minerals and Agriculture GmbH", "Ralf", "Henkel", "Bertha-von-Suttner-Straße 7", "34131", "Kassel",
     "einkauf.kassel@k-plus-s.com", "0561 9301-0", "large_company", "DE", BIZ_BASKET),
    ("Gebr. Krämer Bau GmbH & Co. KG", "Jens", "Krämer", "Industriestraße 12", "34253", "Lohfelden",
     "info@kraemer-bau-lohfelden.de", "0561 51 20 44", "company", "DE", BIZ_BASKET),
    ("Autohaus Schäfer GmbH", "Dominik", "Schäfer", "Leipziger Straße 210", "34123", "Kassel",
     "service@autohaus-schaefer-ks.de", "0561 57 99 30", "company", "DE", BIZ_BASKET),
    ("Malerbetrieb Thomas Weber", "Thomas", "Weber", "Am Rain 4", "34246", "Vellmar",
     "maler.weber.vellmar@t-online.de", "0561 82 44 17", "sole_trader", "DE", BIZ_BASKET),
    ("Zahnarztpraxis Dr. Sabine Koch", "Sabine", "Koch", "Friedrich-Ebert-Straße 88", "34119", "Kassel",
     "praxis@zahnarzt-koch-kassel.de", "0561 77 31 90", "medical_practice", "DE", BIZ_BASKET),
    ("Hoffmann & Partner Rechtsanwälte mbB", "Claudia", "Hoffmann", "Ständeplatz 13", "34117", "Kassel",
     "kanzlei@hoffmann-partner-ks.de", "0561 70 10 60", "law_firm", "DE", BIZ_BASKET),
    ("Ev. Kirchengemeinde Wehlheiden - Kita Arche Noah", "Birgit", "Lohr", "Kirchweg 3", "34121", "Kassel",
     "kita.archenoah.wehlheiden@ekkw.de", "0561 31 22 08", "church_kindergarten", "DE", KITA_BASKET),
    ("TSV Vellmar 1898 e.V.", "Holger", "Kunze", "Am Sportplatz 2", "34246", "Vellmar",
     "geschaeftsstelle@tsv-vellmar.de", "0561 82 11 98", "sports_club", "DE", BIZ_BASKET),
    ("DRK-Kreisverband Kassel-Wolfhagen e.V.", "Marc", "Fenner", "Königstor 24", "34117", "Kassel",
     "materialwirtschaft@drk-kassel.de", "0561 7290-0", "national_red_cross", "DE", FORCE_BASKET),
    ("Freie Waldorfschule Kassel e.V.", "Ines", "Hartwig", "Hunrodstraße 17", "34131", "Kassel",
     "verwaltung@waldorfschule-kassel.de", "0561 93 06 10", "private_school", "DE", KITA_BASKET),
    ("Städtische Werke AG", "Frank", "Bock", "Königstor 3-13", "34117", "Kassel",
     "einkauf@sw-kassel.de", "0561 782-0", "municipal_utility_company", "DE", BIZ_BASKET),
    ("Fitnesspark Nordhessen GmbH", "Kevin", "Sander", "Sandershäuser Straße 34", "34123", "Kassel",
     "info@fitnesspark-nordhessen.de", "0561 47 59 80", "company", "DE", BIZ_BASKET),
    ("Bäckerei Schmidt GmbH", "Uwe", "Schmidt", "Holländische Straße 71", "34127", "Kassel",
     "buero@baeckerei-schmidt-kassel.de", "0561 89 45 12", "company", "DE", BIZ_BASKET),
    ("Pflegedienst Lichtblick GmbH", "Tanja", "Reuter", "Wilhelmshöher Allee 262", "34131", "Kassel",
     "verwaltung@lichtblick-pflege-ks.de", "0561 31 60 77", "company", "DE", BIZ_BASKET),
    ("Tischlerei Neumann", "Bernd", "Neumann", "Mühlenweg 9", "34369", "Hofgeismar",
     "tischlerei.neumann@web.de", "05671 44 21", "sole_trader", "DE", BIZ_BASKET),
    ("Logistikzentrum Nordhessen GmbH", "Patrick", "Wiegand", "Otto-Hahn-Straße 20", "34253", "Lohfelden",
     "einkauf@lzn-logistik.de", "0561 95 23 40", "company", "DE", BIZ_BASKET),
    ("Förderverein der Freiwilligen Feuerwehr Lohfelden e.V.", "Sascha", "Siebert", "Feuerwehrstraße 1", "34253",
     "Lohfelden", "foerderverein@feuerwehr-lohfelden.de", "0561 51 10 12", "association", "DE", FORCE_BASKET),
    ("Caritasverband Nordhessen-Kassel e.V.", "Regina", "Otto", "Die Freiheit 2", "34117", "Kassel",
     "beschaffung@caritas-kassel.de", "0561 70 04-0", "charity", "DE", BIZ_BASKET),
    ("Wohnstadt Kassel eG", "Harald", "Stiehl", "Wolfsschlucht 18", "34117", "Kassel",
     "hausmeisterservice@wohnstadt-kassel.de", "0561 10 01 30", "housing_cooperative", "DE", BIZ_BASKET),
    ("Universitätsklinikum Gießen und Marburg GmbH", "Nadine", "Seibel", "Rudolf-Buchheim-Straße 8", "35392", "Gießen",
     "zentraleinkauf@uk-gm.de", "0641 985-0", "private_hospital_company", "DE", BIZ_BASKET),
    ("DB InfraGO AG - Regionalbereich Mitte", "Stephan", "Lauer", "Rheinstraße 2a", "60325", "Frankfurt am Main",
     "einkauf.rb-mitte@deutschebahn.com", "069 265-0", "state_owned_company", "DE", FORCE_BASKET),
    ("Kanzlei Dr. Frank Peters Steuerberater", "Frank", "Peters", "Kölnische Straße 45", "34117", "Kassel",
     "kanzlei@stb-peters-kassel.de", "0561 73 98 11", "tax_advisor", "DE", BIZ_BASKET),
]


def bind(v):
    """PhpSpreadsheet DefaultValueBinder: numeric strings without a leading zero become numbers."""
    if v == "" or v is None:
        return None
    if isinstance(v, str) and re.fullmatch(r"[1-9][0-9]*", v):
        return int(v)
    return v


def price(x):
    return C.de_money(x) + NBSP + "€"


def make_person(rng, female=None):
    if female is None:
        female = rng.random() < 0.5
    first = rng.choice(FIRST_F if female else FIRST_M)
    last = rng.choice(LAST)
    return first, last


def mail_for(rng, first, last, domain=None):
    f = first.lower().replace("ü", "ue").replace("ö", "oe").replace("ä", "ae").replace("ß", "ss")
    l = last.lower().replace("ü", "ue").replace("ö", "oe").replace("ä", "ae").replace("ß", "ss")
    pat = rng.choice(["{f}.{l}", "{f}{l}", "{f0}.{l}", "{l}.{f}", "{f}.{l}{n}", "{f}_{l}"])
    local = pat.format(f=f, l=l, f0=f[0], n=rng.randint(1, 99))
    return f"{local}@{domain or rng.choice(FREEMAIL)}"


def phone(rng):
    return rng.choice(["0561 ", "0151 ", "0170 ", "0176 ", "05671 ", "0160 ", "0661 "]) + \
        f"{rng.randint(100, 9999999)}"


def basket(rng, pool, n_lines, qmin=1, qmax=5):
    skus = rng.sample(pool, k=min(n_lines, len(pool)))
    return [(rng.randint(qmin, qmax), s) for s in skus]


def main():
    rng = random.Random(SEED)
    C.ensure_dirs()
    orders = []

    def add(**o):
        orders.append(o)

    # ---- public buyers (B2G), several orders each -----------------------------
    for g in GOV:
        (firma, cf, cl, street, plz, city, land, email, tel, kind, bc, pool, lw) = g
        n = rng.choice([1, 2, 2, 3])
        for _ in range(n):
            items = basket(rng, pool, rng.randint(1, 4), 1, 12)
            lwid = C.leitweg_id(*lw) if lw else ""
            note = rng.choice([
                f"Bitte Rechnung als XRechnung, Leitweg-ID {lwid}",
                f"Leitweg-ID: {lwid} / Bestellzeichen {rng.randint(100, 999)}/{rng.randint(2024, 2024)}",
                f"Rechnung bitte an die Poststelle, Leitweg-ID {lwid}",
                "", "", "Lieferung bitte an den Hausmeister",
                f"Auftrags-Nr. {rng.randint(1000, 9999)}-{rng.randint(10, 99)}",
            ])
            add(company=firma, first=cf, last=cl, street=street, street2="", plz=plz, city=city,
                land=land, phone=tel, email=email, items=items, notes=note,
                label="B2G", amb=False, kind=kind, country=bc)

    # ---- companies and other organisations (B2B) ----------------------------
    for b in BIZ:
        (firma, cf, cl, street, plz, city, email, tel, kind, bc, pool) = b
        n = rng.choice([1, 2, 2, 3, 3]) if kind not in ("state_owned_company",) else 1
        for _ in range(n):
            items = basket(rng, pool, rng.randint(1, 5), 1, 10)
            note = rng.choice(["", "", "", f"Bestellnummer {4500000000 + rng.randint(1, 999999)}",
                               f"Kostenstelle {rng.randint(1000, 9999)}", "Anlieferung Tor 3, Mo-Fr 7-15 Uhr",
                               "Bitte Lieferschein beilegen"])
            add(company=firma, first=cf, last=cl, street=street, street2="", plz=plz, city=city,
                land="Deutschland", phone=tel, email=email, items=items, notes=note,
                label="B2B", amb=False, kind=kind, country=bc)

    # EU business customers with VAT ID (reverse charge, no tax line)
    add(company="Bauunternehmung Leitner GmbH", first="Markus", last="Leitner", street="Gewerbestraße 14",
        street2="", plz="5020", city="Salzburg", land="Österreich", phone="+43 662 43 21 90",
        email="einkauf@leitner-bau.at", items=[(6, "VK-13157"), (6, "NF-13157"), (20, "WW-GE")],
        notes=f"Innergemeinschaftliche Lieferung, UID {C.at_uid('6348512')}", label="B2B", amb=False,
        kind="company", country="AT", eu=True)
    add(company="Van Dijk Installatietechniek B.V.", first="Pieter", last="van Dijk", street="Energieweg 21",
        street2="", plz="7442 DE", city="Nijverdal", land="Niederlande", phone="+31 548 61 40 20",
        email="inkoop@vandijk-installatie.nl", items=[(4, "FL-CO2"), (4, "SCH-FL"), (2, "VK-13169")],
        notes=f"BTW-nummer {C.nl_btw('812445097')}, reverse charge", label="B2B", amb=False,
        kind="company", country="NL", eu=True)

    # ---- private persons (B2C) ------------------------------------------------
    for _ in range(52):
        first, last = make_person(rng)
        plz, city = rng.choice(TOWNS)
        items = basket(rng, HOME_BASKET, rng.choice([1, 1, 1, 2, 2, 3]), 1, 3)
        note = rng.choice(["", "", "", "", "", "Bitte beim Nachbarn abgeben falls nicht da",
                           "Ablageort: Garage", "Geschenk - bitte ohne Rechnung im Paket"])
        mess = rng.random()
        comp = ""
        if mess < 0.06:
            first, last = first.lower(), last.lower()
        elif mess < 0.11:
            first, last = first.upper(), last.upper()
        elif mess < 0.16:
            last = last + " "
        elif mess < 0.22:
            comp = rng.choice(["privat", "-", "Privat", "keine"])
        add(company=comp, first=first, last=last, street=f"{rng.choice(STREETS)} {rng.randint(1, 140)}",
            street2=rng.choice(["", "", "", "", "2. OG", "Hinterhaus", "c/o " + rng.choice(LAST)]),
            plz=plz, city=city, land="Deutschland", phone=phone(rng) if rng.random() < 0.7 else "",
            email=mail_for(rng, first, last), items=items, notes=note,
            label="B2C", amb=False, kind="private_person", country="DE")

    # ---- ambiguous cases --------------------------------------------------------
    def person_order(first, last, email, items, note, label, kind, company="", phone_="", city=None):
        plz, c = city or rng.choice(TOWNS)
        add(company=company, first=first, last=last, street=f"{rng.choice(STREETS)} {rng.randint(1, 90)}",
            street2="", plz=plz, city=c, land="Deutschland", phone=phone_ or phone(rng), email=email,
            items=items, notes=note, label=label, amb=True, kind=kind, country="DE")

    # person with a government e-mail, household goods, home delivery -> B2C
    person_order("Sven", "Koch", "sven.koch@polizei.hessen.de", [(1, "VT-13164"), (2, "RWM-10J")], "",
                 "B2C", "private_person_gov_email")
    person_order("Lena", "Brauer", "lenabrauer@bundeswehr.org", [(1, "EH-REISE"), (1, "ZK-1")],
                 "bitte an Privatadresse liefern", "B2C", "private_person_gov_email")
    # person with a company e-mail buying household goods -> B2C
    person_order("Nils", "Hartung", "nils.hartung@volkswagen.de", [(3, "RWM-10J"), (1, "BD-1218")], "",
                 "B2C", "private_person_company_email")
    person_order("Carina", "Wetzel", "carina.wetzel@bbraun.com", [(1, "FL-S2")], "", "B2C",
                 "private_person_company_email")
    person_order("Jörg", "Liebig", "joerg.liebig@sma.de", [(2, "VT-13164")], "Zweitwagen", "B2C",
                 "private_person_company_email")
    # companies buying only household goods in household quantities -> B2B
    add(company="Autohaus Schäfer GmbH", first="Dominik", last="Schäfer", street="Leipziger Straße 210",
        street2="", plz="34123", city="Kassel", land="Deutschland", phone="0561 57 99 30",
        email="service@autohaus-schaefer-ks.de", items=[(1, "RWM-10J"), (1, "FL-S2")], notes="",
        label="B2B", amb=True, kind="company_household_item", country="DE")
    add(company="Hoffmann & Partner Rechtsanwälte mbB", first="Claudia", last="Hoffmann", street="Ständeplatz 13",
        street2="", plz="34117", city="Kassel", land="Deutschland", phone="0561 70 10 60",
        email="kanzlei@hoffmann-partner-ks.de", items=[(1, "EH-REISE")], notes="",
        label="B2B", amb=True, kind="company_household_item", country="DE")
    add(company="Bäckerei Schmidt GmbH", first="Uwe", last="Schmidt", street="Holländische Straße 71",
        street2="", plz="34127", city="Kassel", land="Deutschland", phone="0561 89 45 12",
        email="buero@baeckerei-schmidt-kassel.de", items=[(1, "VT-13164")], notes="für den Lieferwagen",
        label="B2B", amb=True, kind="company_household_item", country="DE")
    # public bodies buying one household item -> B2G
    add(company="Stadt Vellmar - Kita Sonnenblume", first="Anke", last="Siebert", street="Rathausplatz 1",
        street2="", plz="34246", city="Vellmar", land="Deutschland", phone="0561 8292-0",
        email="kita.sonnenblume@vellmar.de", items=[(1, "ZK-1")], notes="", label="B2G", amb=True,
        kind="municipal_kindergarten_household_item", country="DE")
    add(company="Amtsgericht Kassel", first="Gabriele", last="Sommer", street="Frankfurter Straße 9",
        street2="", plz="34117", city="Kassel", land="Deutschland", phone="0561 912-0",
        email="verwaltung@ag-kassel.justiz.hessen.de", items=[(1, "BD-1218")], notes="Teeküche 2. OG",
        label="B2G", amb=True, kind="court_household_item", country="DE")
    add(company="Gemeinde Kirchheim b.München", first="Florian", last="Brandl", street="Münchner Straße 6",
        street2="", plz="85551", city="Kirchheim b.München", land="Deutschland", phone="089 90909-0",
        email="bauhof@kirchheim-heimstetten.de", items=[(1, "RWM-10J")], notes="", label="B2G", amb=True,
        kind="municipality_household_item", country="DE")
    # private persons, large identical quantities, no stated purpose -> B2C
    person_order("Mehmet", "Yilmaz", "m.yilmaz84@gmx.de", [(40, "VT-13164")], "", "B2C",
                 "private_person_bulk")
    person_order("Andrea", "Kühn", "andrea.kuehn@web.de", [(25, "RWM-10J")], "", "B2C",
                 "private_person_bulk")
    # private persons stating a business use -> B2B
    person_order("Dragan", "Petrović", "dragan.petrovic@gmail.com", [(1, "FL-S2"), (1, "VK-13157")],
                 "für meinen Imbisswagen (Gewerbe), Rechnung bitte auf meinen Namen", "B2B",
                 "private_person_business_use")
    person_order("Svenja", "Heinemann", "svenja.heinemann@posteo.de", [(2, "VK-13157"), (1, "VB-A5")],
                 "für meine Physiotherapie-Praxis", "B2B", "private_person_business_use")
    person_order("Oliver", "Brandt", "o.brandt@t-online.de", [(10, "VT-13164")],
                 "zum Weiterverkauf in meiner Werkstatt", "B2B", "private_person_resale")
    # a person ordering for a company with a role mailbox -> B2B
    person_order("Katrin", "Wendt", "einkauf@pflegedienst-sonnenhof.de", [(4, "VK-13157"), (4, "NF-13157")],
                 "", "B2B", "person_with_role_mailbox")
    person_order("Michael", "Trost", "bestellung@hausverwaltung-trost.de", [(6, "FL-S6"), (6, "SCH-FL")],
                 "Objekt Wilhelmsstraße 14", "B2B", "person_with_role_mailbox")
    # international organisation -> B2B
    for it in ([(1, "AED-HS1"), (1, "AED-WK"), (2, "AED-PAD")], [(10, "VK-13157"), (5, "SCH-EH")]):
        add(company="UNFCCC Secretariat - UN Campus", first="Priya", last="Raman",
            street="Platz der Vereinten Nationen 1", street2="", plz="53113", city="Bonn",
            land="Deutschland", phone="0228 815-1000", email="procurement@unfccc.int", items=it,
            notes="Purchase Order UNFCCC/PO/2024/" + str(rng.randint(100, 999)), label="B2B", amb=True,
            kind="international_org", country="DE")
    # state-owned companies with procurement reference -> B2B
    add(company="Die Autobahn GmbH des Bundes - Außenstelle Kassel", first="Lars", last="Oppermann",
        street="Schönfelder Straße 12", street2="", plz="34121", city="Kassel", land="Deutschland",
        phone="0561 2007-0", email="beschaffung.kassel@autobahn.de", items=[(60, "WW-GE"), (12, "VT-13164")],
        notes="Vergabe-Nr. AdB-NL-WE-24-0117 (UVgO Direktauftrag)", label="B2B", amb=True,
        kind="state_owned_company_procurement", country="DE")
    add(company="DB InfraGO AG - Regionalbereich Mitte", first="Stephan", last="Lauer", street="Rheinstraße 2a",
        street2="", plz="60325", city="Frankfurt am Main", land="Deutschland", phone="069 265-0",
        email="einkauf.rb-mitte@deutschebahn.com", items=[(30, "VK-13169"), (30, "NF-13169")],
        notes="Vergabe-Nr. 24FEI41872, SektVO", label="B2B", amb=True,
        kind="state_owned_company_procurement", country="DE")
    # municipal hospital in company form -> B2G (reading)
    for it in ([(2, "AED-HS1"), (2, "AED-WK")], [(40, "HS-NM"), (40, "HS-NL")]):
        add(company="Klinikum Kassel GmbH", first="Sabine", last="Ruppel", street="Mönchebergstraße 41-43",
            street2="", plz="34125", city="Kassel", land="Deutschland", phone="0561 980-0",
            email="einkauf@gnh.net", items=it, notes="Bestellung über Zentraleinkauf Gesundheit Nordhessen",
            label="B2G", amb=True, kind="municipal_hospital_company", country="DE")
    # thin records (admin phone orders: name only, no e-mail)
    for last, items, label, kind in (("Schulze", [(1, "AED-HS1")], "B2B", "thin_record"),
                                     ("Hering", [(1, "VT-13164")], "B2C", "thin_record"),
                                     ("Brückner", [(2, "NF-13169")], "B2B", "thin_record")):
        add(company="", first="", last=last, street="", street2="", plz="", city="", land="",
            phone=phone(rng), email="", items=items, notes="telefonische Bestellung", label=label,
            amb=True, kind=kind, country="DE", thin=True)
    # embassy -> B2G
    add(company="Botschaft der Republik Polen", first="Anna", last="Kowalska", street="Unter den Linden 70",
        street2="", plz="10117", city="Berlin", land="Deutschland", phone="030 22313-0",
        email="berlin.amb.administracja@msz.gov.pl", items=[(3, "VK-13157"), (3, "FL-S6")], notes="",
        label="B2G", amb=False, kind="embassy", country="PL")

    # ---- dates, numbers, status ------------------------------------------------
    rng.shuffle(orders)
    start = datetime(2024, 1, 3, 7, 0)
    times = sorted(start + timedelta(minutes=rng.randint(0, 360 * 24 * 60)) for _ in orders)
    for i, (o, t) in enumerate(zip(orders, times)):
        if t.hour < 6:
            t = t.replace(hour=t.hour + 7)
        o["time"] = t
        o["docno"] = f"EH24-{i + 312:04d}"
        o["status"] = rng.choices(["Abgeschlossen", "Versendet", "In Bearbeitung", "Neu", "Storniert"],
                                  [55, 25, 8, 6, 3])[0]
        if t > datetime(2024, 12, 20):
            o["status"] = rng.choice(["Neu", "In Bearbeitung"])

    wb = Workbook()
    ws = wb.active
    ws.title = "Worksheet"
    for ci, h in enumerate(HEADERS, start=1):
        if h is not None:
            ws.cell(row=1, column=ci, value=h)
    ws.freeze_panes = "A2"
    for ci in range(1, len(HEADERS) + 1):
        ws.cell(row=1, column=ci).font = Font(bold=True)

    labels = []
    for ri, o in enumerate(orders):
        r = ri + 2
        items = o["items"]
        sub = round(sum(q * P[s][1] for q, s in items), 2)
        thin = o.get("thin", False)
        if o.get("company") and "Abholung" in o.get("notes", ""):
            ship_label, ship = "Selbstabholung Kassel", 0.0
        elif sub >= 150 or thin:
            ship_label, ship = "DHL Paket (versandkostenfrei)", 0.0
        else:
            ship_label, ship = "DHL Paket", 5.90
        rule_label, rule = "", None
        if o["label"] == "B2G" and sub >= 200 and rng.random() < 0.4:
            rule_label, rule = "Rabatt öffentliche Einrichtungen 5 %", -round(sub * 0.05, 2)
        net_total = round(sub + (rule or 0) + ship, 2)
        eu = o.get("eu", False)
        tax = 0.0 if eu else round(net_total * 0.19, 2)
        total = round(net_total + tax, 2)
        item_lines = []
        for q, s in items:
            name, pr = P[s]
            item_lines.append(f"{q} x {name} [{s}]  á {price(pr)} ({price(q * pr)})")
        items_txt = "\n".join(item_lines)

        def addr_block(o_):
            return "\n".join([o_["company"], (o_["first"] + " " + o_["last"]), o_["street"], o_["street2"],
                              (o_["plz"] + " " + o_["city"]), o_["land"], "", o_["phone"], o_["email"]])

        ship_o = dict(o)
        if o["label"] == "B2C" and not o["amb"] and rng.random() < 0.12:
            f2, l2 = make_person(rng)
            plz2, c2 = rng.choice(TOWNS)
            ship_o.update(first=f2, last=l2, street=f"{rng.choice(STREETS)} {rng.randint(1, 80)}", plz=plz2,
                          city=c2, street2="")
        vals = [
            o["docno"], o["status"], o["time"].strftime("%d.%m.%Y %H:%M"), addr_block(o),
            o["company"], o["last"], o["first"], o["street"], o["street2"], o["plz"], o["city"], o["land"],
            o["phone"], o["email"],
            addr_block(ship_o),
            ship_o["company"], ship_o["last"], ship_o["first"], ship_o["street"], ship_o["street2"],
            ship_o["plz"], ship_o["city"], ship_o["land"], ship_o["phone"], ship_o["email"],
            price(sub), price(sub), price(total), price(net_total),
            "" if eu else "19 % MwSt.", "" if eu else price(tax),
            ship_label, price(ship), rule_label, price(rule) if rule is not None else "",
            items_txt, o["notes"],
        ]
        for ci, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=ci)
            cell.value = bind(v)
            if ci in (4, 15, 36):
                cell.alignment = Alignment(wrap_text=True)
        labels.append(dict(row=ri, label=o["label"], ambiguous=o["amb"], kind=o["kind"], country=o["country"]))

    wb.properties.creator = "Unknown Creator"  # PhpSpreadsheet defaults
    wb.properties.title = "Untitled Spreadsheet"
    wb.properties.lastModifiedBy = "Unknown Creator"
    wb.save(C.LAYOUTS / f"{ID}.xlsx")
    C.normalize_xlsx(C.LAYOUTS / f"{ID}.xlsx")
    C.write_labels(C.KEY / f"{ID}.labels.csv", labels)
    C.write_key(C.KEY / f"{ID}.json", {
        "id": ID,
        "system": "Isotope eCommerce (Contao CMS) with the inszenium 'Isotope eCommerce OrderExport' backend module, "
                  "variant 'Vollständiger Export' (all orders with billing and shipping address, surcharges and items), "
                  "format Office Open XML (.xlsx)",
        "country": "DE",
        "language": "de",
        "docs": [
            "github.com/inszenium/isotope-export src/OrderExport.php (exportFullOrdersData): column order, one row per "
            "order, header row from the csv_head labels, bold header, frozen first row, billing/shipping address block "
            "joined with line breaks (company, 'first last', street, street 2, 'postal city', country name, blank line, "
            "phone, e-mail), items cell '<qty> x <name> [<sku>]  á <price> (<line total>)' one per line, notes last",
            "github.com/inszenium/isotope-export contao/languages/de/tl_iso_product_collection.php: German header labels "
            "(Bestell-ID, Zeitpunkt der Bestellung, Firma, Name, Vorname, Straße, Zusatz, PLZ, Ort, Land, Telefon, "
            "Mailadresse, Nettopreis, Nettopreis (Produkte), Bruttopreis, Nettopreis (Gesamtsumme), Steuersatz, Summe "
            "Steuern, Versandart, Versandkosten, Notizen, Rechnungsadresse, Lieferadresse, Bestellstatus); the keys "
            "rule_label and rule_total_price have no label, so those two header cells stay empty; Firma..Mailadresse "
            "appear twice (billing, then shipping)",
            "github.com/isotope/core Isotope::formatPriceWithCurrency / formatPrice and config ISO_NUM: price format "
            "'10.000,00' with the currency symbol on the right, joined by &nbsp; which the export decodes to U+00A0",
            "saveToBrowser(): PhpSpreadsheet Xlsx writer, file name export.xlsx, sheet 'Worksheet'",
        ],
        "fields": {"buyer": "Firma", "product": "Artikel", "quantity": None, "amount": "Bruttopreis",
                   "tax_id": None, "email": "Mailadresse", "payment": None, "comment": "Notizen"},
        "also_ok": {"buyer": ["Name", "Rechnungsadresse"],
                    "amount": ["Nettopreis (Gesamtsumme)", "Nettopreis", "Nettopreis (Produkte)"]},
        "notes": "One row per order, header in row 1, no title or totals lines. The headers Firma, Name, Vorname, "
                 "Straße, Zusatz, PLZ, Ort, Land, Telefon, Mailadresse occur twice: columns E-N are the billing "
                 "address (the buyer; the key means these first occurrences), columns P-Y the shipping address "
                 "(pandas reads them as 'Firma.1' etc.). Columns AH and AI (rule label / rule amount) have an empty "
                 "header cell. Firma is empty for private buyers; the person is in Name/Vorname. Quantities are only "
                 "inside the 'Artikel' text ('3 x ...'). Prices are text like '1.234,56 €' with a no-break space. "
                 "VAT IDs and XRechnung Leitweg-IDs appear only inside Notizen. Three admin phone orders carry only a "
                 "last name, a phone number and the items.",
    })
    return len(orders)


if __name__ == "__main__":
    print(main())
