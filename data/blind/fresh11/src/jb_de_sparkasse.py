"""jb_de_sparkasse_csvcamt_umsaetze: Sparkasse online banking, "Umsaetze" exported as CSV-CAMT.

Incoming payments (Eingaenge) on the business current account of an invented Cologne
seller of coffee machines, office machines and service contracts.
Run: python jb_de_sparkasse.py   (seeded, rebuilds the layout, key and labels exactly)
"""
import csv
import io
import random
from datetime import date, timedelta

import jb_common as C

LAYOUT_ID = "jb_de_sparkasse_csvcamt_umsaetze"
SEED = 11_2025_01
rng = random.Random(SEED)

OWN_NAME = "Rheinland Kaffee- und Buerosysteme GmbH"
OWN_IBAN = C.iban("DE", "37050198" + "1931204577")

START = date(2025, 1, 2)
END = date(2025, 6, 30)

BANKS = {
    "spk_kb": ("37050198", "COLSDE33XXX"),
    "ksk_k": ("37050299", "COKSDE33XXX"),
    "coba_k": ("37040044", "COBADEFFXXX"),
    "db_k": ("37070060", "DEUTDEDKXXX"),
    "pbnk": ("37010050", "PBNKDEFFXXX"),
    "vb_kb": ("38060186", "GENODED1BRS"),
    "ing": ("50010517", "INGDDEFFXXX"),
    "dkb": ("12030000", "BYLADEM1001"),
    "hvb": ("70020270", "HYVEDEMMXXX"),
    "n26": ("10011001", "NTSBDEB1XXX"),
    "spk_d": ("30050110", "DUSSDEDDXXX"),
    "spk_ac": ("39050000", "AACSDE33XXX"),
    "gls": ("43060967", "GENODEM1GLS"),
    "pax": ("37060193", "GENODED1PAX"),
    "bbk_halle": ("86000000", "MARKDEF1860"),
    "bbk_sb": ("59000000", "MARKDEF1590"),
    "helaba_d": ("30050000", "WELADEDDXXX"),
    "db_b": ("10070000", "DEUTDEBBXXX"),
    "db_f": ("50070010", "DEUTDEFFXXX"),
    "spk_bn": ("37050198", "COLSDE33XXX"),
}

_iban_cache = {}


def payer_account(key, bank):
    if key in _iban_cache:
        return _iban_cache[key]
    if bank == "none":
        res = ("", "")
    elif bank == "ie_citi":
        acct = f"{rng.randint(0, 99999999):08d}"
        res = (C.iban("IE", "CITI" + "990257" + acct), "CITIIE2XXXX")
    elif bank == "lu":
        acct = f"{rng.randint(0, 10**13 - 1):013d}"
        res = (C.iban("LU", "019" + acct), "CITILULXXXX")
    elif bank == "nl_ing":
        acct = f"{rng.randint(10**9, 10**10 - 1)}"
        res = (C.iban("NL", "INGB" + acct), "INGBNL2AXXX")
    elif bank == "at_rlb":
        acct = f"{rng.randint(0, 10**11 - 1):011d}"
        res = (C.iban("AT", "34000" + acct), "RZOOAT2LXXX")
    else:
        blz, bic = BANKS[bank]
        acct = f"{rng.randint(10**8, 10**10 - 1):010d}"
        res = (C.iban("DE", blz + acct), bic)
    _iban_cache[key] = res
    return res


# Each entry: payer name as the bank shows it, label data, bank, how many payments,
# amount range, Buchungstext choices and Verwendungszweck templates.
# {re} invoice number, {kd} customer number, {kz} Kassenzeichen, {d} invoice date.
B = []


def add(name, label, kind, country, bank, n, amt, texts, bt=("GUTSCHR. UEBERWEISUNG",), amb=False,
        e2e=0.15, fixed_amt=None, key=None):
    B.append(dict(name=name, label=label, kind=kind, country=country, bank=bank, n=n, amt=amt,
                  texts=texts, bt=bt, amb=amb, e2e=e2e, fixed_amt=fixed_amt, key=key or name))


GT = "GUTSCHR. UEBERWEISUNG"
DA = "GUTSCHR. UEBERW. DAUERAUFTR"
ECHT = "ECHTZEIT-GUTSCHRIFT"
GS = "GUTSCHRIFT"

# ------------------------------------------------------------------ B2B companies
add("Ford-Werke GmbH", "B2B", "company", "DE", "db_k", 3, (1800, 9800),
    ["RE {re} Bestellnr. 4510{po}", "Zahlung Rechnung {re} PO 4510{po} Ford-Werke Koeln"])
add("TUEV Rheinland Industrie Service GmbH", "B2B", "company", "DE", "coba_k", 2, (650, 4200),
    ["Rechnung {re} vom {d}", "RE {re} Kostenstelle 4711 Kaffeeautomaten Standort Poll"])
add("DEUTZ AG", "B2B", "company", "DE", "db_k", 2, (1200, 6400),
    ["RE {re} KD {kd} Bestellung 7700{po}"])
add("LANXESS Deutschland GmbH", "B2B", "company", "DE", "coba_k", 2, (900, 5200),
    ["Invoice {re} PO 4503{po}", "{re}"], e2e=0.9)
add("AXA Konzern AG", "B2B", "company", "DE", "db_k", 2, (2200, 7800),
    ["RE {re} Wartung Getraenkeautomaten Colonia-Allee"])
add("Gothaer Allgemeine Versicherung AG", "B2B", "company", "DE", "coba_k", 1, (3100, 6900),
    ["Rechnung {re} Gothaer Allee 1"])
add("DEVK Deutsche Eisenbahn Versicherung", "B2B", "company", "DE", "db_k", 1, (480, 1900),
    ["RE {re} Kd-Nr {kd}"])
add("Stroeer SE & Co. KGaA", "B2B", "company", "DE", "db_k", 2, (750, 3900),
    ["Re-Nr. {re} Kaffeebar 5. OG", "{re} / {kd}"])
add("REWE Markt GmbH", "B2B", "company", "DE", "coba_k", 2, (260, 1650),
    ["RE {re} Markt 4411 Koeln-Ehrenfeld Sozialraum"])
add("Lufthansa Technik AG", "B2B", "company", "DE", "db_f", 1, (2900, 8600),
    ["Bestellung 4800{po} Rechnung {re} Werk Koeln/Bonn"])
add("Cafe Reichard GmbH", "B2B", "company", "DE", "spk_kb", 3, (140, 2400),
    ["RE {re} Bohnen Espresso Classico 30 kg", "Rg {re} Service Siebtraeger La Marzocco", "RE {re}"])
add("Cölner Hofbräu P. Josef Früh KG", "B2B", "company", "DE", "spk_kb", 2, (390, 3600),
    ["RE {re} Frueh am Dom Kaffeemaschinen", "Rechnung {re}"])
add("Hotel im Wasserturm Betriebs GmbH", "B2B", "company", "DE", "coba_k", 1, (2800, 5400),
    ["RE {re} Fruehstuecksbuffet Jura GIGA X8c"])
add("Schreinerei Hoven GmbH", "B2B", "company", "DE", "vb_kb", 1, (95, 460),
    ["RE {re} Kaffee + Milchpulver"])
add("Elektro Dahmen GmbH & Co. KG", "B2B", "company", "DE", "ksk_k", 2, (120, 980),
    ["RE {re} KD {kd}", "Rechnung {re} Wartung"])
add("Steuerberatung Kraemer & Partner mbB", "B2B", "professional_practice", "DE", "spk_kb", 4, (69, 69),
    ["Wartungsvertrag WV-0231 Jura WE8 monatlich"], bt=(DA,), fixed_amt=69.00)
add("Rechtsanwaelte Dr. Brandt & Kollegen", "B2B", "professional_practice", "DE", "pbnk", 2, (310, 1450),
    ["RE {re} Kanzlei Kaiser-Wilhelm-Ring", "Rechnung {re}"])
add("Zahnarztpraxis Dr. med. dent. Anna Schaefer", "B2B", "professional_practice", "DE", "ing", 1, (640, 1280),
    ["RE {re} Praxis Sülz Wartezimmer Kaffeeautomat"])
add("Physiotherapie am Dom GbR", "B2B", "professional_practice", "DE", "spk_kb", 1, (180, 420),
    ["Rg.-Nr. {re}"])
add("Architekturbuero Lindner Partnerschaft mbB", "B2B", "professional_practice", "DE", "vb_kb", 1, (890, 2300),
    ["RE {re} Buero Agnesviertel"])
add("Gebaeudereinigung Yilmaz GmbH", "B2B", "company", "DE", "spk_kb", 2, (85, 640),
    ["RE {re} Reinigungstabletten + Entkalker", "{re}"])
add("Autohaus Fleischhauer GmbH & Co. KG", "B2B", "company", "DE", "coba_k", 2, (1900, 4700),
    ["RE {re} Kundenlounge Koeln-Porz", "Rechnung {re} Autohaus Fleischhauer"])
add("KVB Koelner Verkehrs-Betriebe AG", "B2B", "state_owned_company", "DE", "spk_kb", 2, (760, 3300),
    ["RE {re} Betriebshof Merheim Aufenthaltsraum", "Bestellung 45000{po} Rg {re}"])
add("AG Zoologischer Garten Koeln", "B2B", "state_owned_company", "DE", "spk_kb", 1, (1450, 2900),
    ["RE {re} Zoo-Restaurant"])
add("Caritasverband fuer die Stadt Koeln e.V.", "B2B", "non_profit", "DE", "pax", 2, (240, 1800),
    ["RE {re} Seniorenzentrum St. Maternus", "Rechnung {re} Caritas Koeln"])
add("Kath. Kirchengemeinde St. Agnes Koeln", "B2B", "church", "DE", "pax", 1, (320, 890),
    ["RE {re} Pfarrheim"])
add("Ev. Kirchengemeinde Koeln-Lindenthal", "B2B", "church", "DE", "ksk_k", 1, (180, 640),
    ["Rechnung {re} Gemeindehaus Lindenthal"])
add("Deutsches Rotes Kreuz Kreisverband Koeln e.V.", "B2B", "non_profit", "DE", "spk_kb", 1, (540, 2100),
    ["RE {re} Rettungswache Suedstadt"])
add("1. FC Koeln GmbH & Co. KGaA", "B2B", "company", "DE", "spk_kb", 1, (3900, 11800),
    ["RE {re} Geissbockheim Catering Kaffee"])
add("Foerderverein Gymnasium Kreuzgasse e.V.", "B2B", "parents_association", "DE", "spk_kb", 1, (210, 480),
    ["Rechnung {re} Cafeteria Schulfest"])
add("WEG Lindenallee 14 Koeln", "B2B", "hoa", "DE", "spk_kb", 1, (120, 310),
    ["RE {re} Hausverwaltung Becker"])
add("Deutsche Gesellschaft fuer Internationale Zusammenarbeit (GIZ) GmbH", "B2B", "state_owned_company", "DE",
    "db_f", 1, (1850, 5200), ["Bestellnr. 8100{po} RE {re} Standort Bonn Friedrich-Ebert-Allee"])
add("Koelnmesse GmbH", "B2B", "state_owned_company", "DE", "spk_kb", 2, (2400, 9600),
    ["RE {re} Messe ORGATEC Stand 10.2", "Rechnung {re} Koelnmesse"])
add("Bäckerei Kamps Filiale Nippes", "B2B", "company", "DE", "spk_kb", 1, (260, 740),
    ["RE {re}"])
add("Wirtz Immobilien GmbH", "B2B", "company", "DE", "ing", 1, (520, 1400),
    ["RE {re} Buero Zollstock"])
add("Grafikdesign Julia Hartmann", "B2B", "sole_trader", "DE", "n26", 1, (160, 430),
    ["Rechnung {re} Bohnen + Service"])
add("IT-Service Kowalski e.K.", "B2B", "sole_trader", "DE", "vb_kb", 2, (49, 49),
    ["Wartung WV-0274 De'Longhi PrimaDonna"], bt=(DA,), fixed_amt=49.00)
add("Marienhospital Koeln gGmbH", "B2B", "private_hospital", "DE", "pax", 1, (1300, 3600),
    ["RE {re} Station 3 Personalkueche"])
add("Henkel AG & Co. KGaA", "B2B", "company", "DE", "db_f", 1, (4200, 8900),
    ["PO 4100{po} INV {re}"], e2e=0.9)
add("BAYER AG", "B2B", "company", "DE", "db_f", 1, (2600, 7400),
    ["4300{po} {re}"], e2e=0.9)
add("Brouwerij Van der Linden BV", "B2B", "company", "NL", "nl_ing", 1, (980, 2600),
    ["Factuur {re} Koffiemachine expo"])
add("Stanglwirt Gastro GmbH", "B2B", "company", "AT", "at_rlb", 1, (1400, 3100),
    ["RE {re} KD {kd}"])

# ------------------------------------------------------------------ B2G public bodies
add("Bundeskasse Halle/Saale", "B2G", "federal_agency", "DE", "bbk_halle", 3, (890, 7400),
    ["Kassenzeichen {kz} BSI Bonn Rechnung {re}",
     "{kz} Bundesamt fuer Sicherheit in der Informationstechnik RE {re}"], e2e=0.8, key="bk_bsi")
add("Bundeskasse Halle/Saale", "B2G", "federal_agency", "DE", "bbk_halle", 2, (420, 3600),
    ["{kz} Bundesamt fuer Justiz Adenauerallee RE {re}"], e2e=0.8, key="bk_bfj")
add("Bundeskasse Halle/Saale", "B2G", "federal_agency", "DE", "bbk_halle", 2, (1600, 8200),
    ["Kassenzeichen {kz} BfArM Kurt-Georg-Kiesinger-Allee Rg {re}"], e2e=0.8, key="bk_bfarm")
add("Bundeskasse Halle/Saale", "B2G", "ministry", "DE", "bbk_halle", 2, (2100, 9800),
    ["{kz} Bundesministerium fuer Bildung und Forschung Dienstsitz Bonn RE {re}"], e2e=0.8, key="bk_bmbf")
add("Bundeskasse Halle/Saale", "B2G", "federal_agency", "DE", "bbk_halle", 1, (760, 2400),
    ["{kz} Bundeskartellamt Kaiser-Friedrich-Strasse RE {re}"], e2e=0.8, key="bk_bka")
add("BUNDESKASSE IN TRIER", "B2G", "armed_forces", "DE", "bbk_sb", 3, (1100, 12800),
    ["{kz} BwDLZ Koeln-Wahn Rechnung {re}",
     "Kassenzeichen {kz} Bundeswehr Luftwaffenkaserne Wahn Offiziersheim RE {re}"], e2e=0.8, key="bk_bw")
add("BUNDESKASSE IN TRIER", "B2G", "armed_forces", "DE", "bbk_sb", 1, (2900, 6800),
    ["{kz} BAAINBw Koblenz Bestellung {po} RE {re}"], e2e=0.8, key="bk_baainbw")
add("Bundesanstalt fuer Immobilienaufgaben", "B2G", "federal_agency", "DE", "bbk_halle", 1, (1400, 3100),
    ["RE {re} BImA Direktion Koeln"])
add("Landeshauptkasse NRW", "B2G", "court", "DE", "helaba_d", 2, (310, 2100),
    ["Amtsgericht Koeln Kassenzeichen {kz} RE {re}"], e2e=0.5, key="lhk_ag")
add("Landeshauptkasse NRW", "B2G", "court", "DE", "helaba_d", 1, (640, 1900),
    ["Landgericht Bonn {kz} Rechnung {re}"], e2e=0.5, key="lhk_lg")
add("Landeshauptkasse NRW", "B2G", "police", "DE", "helaba_d", 2, (480, 5400),
    ["Polizeipraesidium Koeln Walter-Pauli-Ring {kz} RE {re}",
     "PP Koeln Direktion ZA {kz} RE {re}"], e2e=0.5, key="lhk_pol")
add("Landeshauptkasse NRW", "B2G", "tax_office", "DE", "helaba_d", 1, (260, 990),
    ["Finanzamt Koeln-Altstadt {kz} RE {re}"], e2e=0.5, key="lhk_fa")
add("Landeshauptkasse NRW", "B2G", "regional_government", "DE", "helaba_d", 2, (1100, 4400),
    ["Bezirksregierung Koeln Zeughausstrasse {kz} RE {re}"], e2e=0.5, key="lhk_brk")
add("Landeshauptkasse NRW", "B2G", "public_prosecutor", "DE", "helaba_d", 1, (380, 1200),
    ["Staatsanwaltschaft Koeln {kz} Rg {re}"], e2e=0.5, key="lhk_sta")
add("Stadt Koeln Stadtkasse", "B2G", "public_school", "DE", "spk_kb", 3, (85, 1900),
    ["Amt fuer Schulentwicklung Gymnasium Kreuzgasse RE {re} Kassenz. {kz}",
     "Stadt Koeln Schulverwaltung GGS Zugweg RE {re}",
     "Stadt Koeln 40/Hansa-Gymnasium Lehrerzimmer RE {re}"], key="sk_school")
add("Stadt Koeln Stadtkasse", "B2G", "fire_service", "DE", "spk_kb", 2, (740, 4800),
    ["Feuerwehr Koeln Feuer- und Rettungswache 5 RE {re} Kassenz. {kz}"], key="sk_fw")
add("Stadt Koeln Stadtkasse", "B2G", "municipality", "DE", "spk_kb", 2, (320, 2600),
    ["Buergeramt Innenstadt Laurenzplatz RE {re}", "Stadt Koeln Amt 10 RE {re} Kassenz. {kz}"], key="sk_muni")
add("Bundesstadt Bonn Stadtkasse", "B2G", "municipality", "DE", "spk_bn", 2, (540, 3900),
    ["Stadthaus Bonn Amt 10 RE {re}", "Bundesstadt Bonn Kassenzeichen {kz} RE {re}"])
add("Kreiskasse Rhein-Sieg-Kreis", "B2G", "county", "DE", "ksk_k", 2, (680, 3400),
    ["Kreishaus Siegburg RE {re} Az {kz}"])
add("Rhein-Erft-Kreis", "B2G", "county", "DE", "ksk_k", 1, (410, 1700),
    ["Kreisverwaltung Bergheim RE {re}"])
add("Gemeinde Alfter", "B2G", "municipality", "DE", "ksk_k", 1, (220, 860),
    ["RE {re} Rathaus Alfter"])
add("Stadt Pulheim", "B2G", "municipality", "DE", "ksk_k", 1, (390, 1450),
    ["RE {re} Stadtverwaltung Pulheim Kassenzeichen {kz}"])
add("Stadt Frechen", "B2G", "municipality", "DE", "ksk_k", 1, (160, 720),
    ["RE {re} Rathaus Frechen"])
add("Universitaet zu Koeln", "B2G", "public_university", "DE", "spk_kb", 3, (330, 6200),
    ["Bestellung {po} Rechnung {re} Inst. f. Geographie",
     "Universitaet zu Koeln Dez. 5 RE {re}", "UzK Mensa Zuelpicher Str RE {re}"])
add("Rheinische Friedrich-Wilhelms-Universitaet Bonn", "B2G", "public_university", "DE", "spk_bn", 1, (1200, 3900),
    ["Uni Bonn Abt. 4.2 RE {re} Best.-Nr. {po}"])
add("TH Koeln", "B2G", "public_university", "DE", "spk_kb", 1, (510, 2200),
    ["TH Koeln Campus Deutz RE {re}"])
add("Uniklinik Koeln AoeR", "B2G", "public_hospital", "DE", "coba_k", 2, (970, 7400),
    ["Bestellnummer 45{po} RE {re}", "Uniklinik Koeln Einkauf RE {re}"])
add("Universitaetsklinikum Bonn AoeR", "B2G", "public_hospital", "DE", "spk_bn", 1, (1600, 4300),
    ["UKB Einkauf Bestellung {po} RE {re}"])
add("Deutsche Rentenversicherung Rheinland", "B2G", "social_insurance", "DE", "helaba_d", 1, (880, 2600),
    ["DRV Rheinland Duesseldorf RE {re} Az {kz}"])
add("Landschaftsverband Rheinland", "B2G", "regional_government", "DE", "helaba_d", 2, (620, 3800),
    ["LVR Koeln-Deutz Landeshaus RE {re}", "LVR-Klinik Koeln RE {re} Bestellung {po}"])
add("Stadtentwaesserungsbetriebe Koeln AoeR", "B2G", "municipal_institution", "DE", "spk_kb", 1, (740, 2100),
    ["StEB Koeln Klaerwerk Stammheim RE {re}"])
add("Generalkonsulat der Republik Polen in Koeln", "B2G", "embassy", "PL", "db_k", 1, (450, 1300),
    ["Rechnung {re} Konsulat Lindenallee"])
add("Consolato Generale d'Italia Colonia", "B2G", "embassy", "IT", "db_k", 1, (380, 1150),
    ["Fattura {re} Consolato Colonia"])

add("Gaffel Becker & Co. OHG", "B2B", "company", "DE", "spk_kb", 2, (420, 2600),
    ["RE {re} Gaffel am Dom Ausschank", "Rechnung {re} KD {kd}"])
add("Koelner Bank eG", "B2B", "cooperative", "DE", "vb_kb", 1, (760, 2100),
    ["RE {re} Filiale Ehrenfeld Kundenbereich"])
add("Erzbistum Koeln Generalvikariat", "B2B", "church", "DE", "pax", 1, (980, 3400),
    ["Rechnung {re} Maternushaus Tagungsbereich"])
add("Stadtwerke Bonn GmbH", "B2B", "state_owned_company", "DE", "spk_bn", 1, (840, 2900),
    ["SWB Bestellung 45{po} RE {re}"])
add("Bundeskasse Halle/Saale", "B2G", "federal_agency", "DE", "bbk_halle", 2, (560, 4300),
    ["{kz} Bundeszentralamt fuer Steuern Bonn-Beuel RE {re}"], e2e=0.8, key="bk_bzst")
add("Bundeskasse Halle/Saale", "B2G", "federal_agency", "DE", "bbk_halle", 1, (1200, 5600),
    ["{kz} Bundesverwaltungsamt Koeln Barbarastrasse RE {re}"], e2e=0.8, key="bk_bva")
add("Stadt Koeln Stadtkasse", "B2G", "municipality", "DE", "spk_kb", 1, (260, 980),
    ["VHS Koeln Studienhaus Neumarkt RE {re}"], key="sk_vhs")
add("Hochschule fuer Musik und Tanz Koeln", "B2G", "public_university", "DE", "helaba_d", 1, (380, 1300),
    ["HfMT Koeln Unter Krahnenbaeumen RE {re}"])

# ------------------------------------------------------------------ B2C private persons
PERSONS = [
    ("Laura Becker", "ing"), ("SCHMITZ, HANS-JUERGEN", "spk_kb"), ("Dr. Claudia Wagner", "dkb"),
    ("Familie Hoffmann", "ksk_k"), ("Tim und Lisa Neumann", "n26"), ("KLEIN, MONIKA", "spk_kb"),
    ("Mehmet Oezdemir", "pbnk"), ("Sophie Krueger", "ing"), ("Jonas Richter", "dkb"),
    ("WEBER, MARIA-THERESIA", "vb_kb"), ("Anna Lena Fischer", "n26"), ("Peter Zimmermann", "spk_kb"),
    ("Katarzyna Nowak", "pbnk"), ("Michael Schulz", "coba_k"), ("Heike und Rolf Braun", "ksk_k"),
    ("Felix Wolf", "ing"), ("Ursula Schroeder", "spk_kb"), ("Lukas Hartmann", "dkb"),
    ("Giulia Romano", "n26"), ("SCHNEIDER, KLAUS", "spk_kb"), ("Nina Lange", "ing"),
    ("Stefanie Keller", "spk_kb"), ("Alexander Jung", "hvb"), ("Dr. Thomas Vogel", "db_k"),
    ("Sabine Mueller", "spk_kb"), ("Jan-Hendrik Krause", "dkb"), ("Emre Aydin", "n26"),
    ("HOFFMANN, GISELA", "ksk_k"), ("Paul Schaefer", "ing"), ("Leonie Baumann", "spk_kb"),
]
P_TEXTS = ["Rechnung {re} Reparatur Jura E6", "Kauf Siemens EQ.6 plus s300 RE {re}",
           "Anzahlung Kaffeevollautomat", "RE {re}", "Wartung Siebtraeger Rancilio Silvia RE {re}",
           "{re} De'Longhi Magnifica Evo", "Rechnung {re} Entkalkung + Dichtungen",
           "Kaffeebohnen 3x 1kg RE {re}", "Restzahlung {re}", "RE {re} Melitta Barista TS Smart",
           "Rechnung {re} Miele CM 6360", "Reparatur Saeco Rechnung Nr. {re}"]
for nm, bank in PERSONS:
    add(nm, "B2C", "private_person", "DE", bank, 1, (39, 1390), P_TEXTS, bt=(GT, GT, ECHT))
add("Sebastian Koch", "B2C", "private_person", "DE", "ing", 2, (39, 160),
    ["RE {re} Kaffeebohnen Crema 2x1kg", "Entkalker RE {re}"])
add("Christina Yildiz", "B2C", "private_person", "DE", "spk_kb", 2, (290, 890),
    ["RE {re} Siebtraeger Gastroback", "Zubehoer RE {re}"])

# ------------------------------------------------------------------ ambiguous cases
# payouts from acquirers and marketplaces: no buyer, policy says B2C
add("SumUp Payments Limited", "B2C", "payment_payout", "DE", "ie_citi", 4, (120, 2380),
    ["SumUp Auszahlung {d} Ladenkasse Ehrenstrasse", "SumUp Payout {po}", "SUMUP AUSZAHLUNG {po}"],
    bt=(GS,), amb=True, e2e=0.9)
add("PayPal Europe S.a.r.l. et Cie S.C.A", "B2C", "payment_payout", "DE", "db_f", 3, (260, 3100),
    ["PP.{po}.PP Abbuchung vom PayPal-Konto", "PayPal Auszahlung {po}"], bt=(GT,), amb=True, e2e=0.9)
add("Klarna Bank AB (publ)", "B2C", "payment_payout", "DE", "db_f", 2, (180, 1400),
    ["Klarna Settlement {po} Onlineshop"], bt=(GT,), amb=True, e2e=0.9)
add("Amazon Payments Europe S.C.A.", "B2C", "marketplace_payout", "DE", "lu", 2, (640, 3900),
    ["Amazon.de Auszahlung {po} Haendler RheinlandKaffee"], bt=(GT,), amb=True, e2e=0.9)
add(OWN_NAME, "B2C", "cash_deposit", "DE", "none", 2, (380, 1650),
    ["Bareinzahlung Filiale Rudolfplatz Tageskasse", "Einzahlung Kasse Ladengeschaeft"],
    bt=("BAREINZAHLUNG",), amb=True, e2e=0.0)
# public broadcaster, chamber, state-founded foundation, international organisation
add("Westdeutscher Rundfunk Koeln AoeR", "B2G", "public_broadcaster", "DE", "helaba_d", 2, (1900, 8800),
    ["WDR Einkauf Bestellung 4700{po} RE {re}", "RE {re} Vierscheibenhaus Kantine"], amb=True)
add("IHK Koeln", "B2G", "chamber", "DE", "spk_kb", 1, (620, 2300),
    ["RE {re} IHK Unter Sachsenhausen Seminarbereich"], amb=True)
add("Kunststiftung NRW", "B2B", "state_founded_foundation", "DE", "helaba_d", 1, (340, 980),
    ["RE {re} Geschaeftsstelle Duesseldorf"], amb=True)
add("UNFCCC Secretariat", "B2B", "international_org", "INT", "db_k", 2, (1400, 6900),
    ["PO UNFCCC-{po} Invoice {re} UN Campus Bonn"], amb=True, e2e=0.6)
add("United Nations Volunteers UNV", "B2B", "international_org", "INT", "db_k", 1, (600, 2100),
    ["UNV Bonn PO {po} Inv {re}"], amb=True)
# state-owned companies whose payment text shows procurement rules
add("RheinEnergie AG", "B2B", "state_owned_company", "DE", "spk_kb", 2, (2200, 9800),
    ["Vergabenr. RE-2024-{po} Rahmenvertrag Heissgetraenke RE {re}",
     "Abruf aus Rahmenvertrag Vergabe {po} RE {re}"], amb=True)
add("DB InfraGO AG", "B2B", "state_owned_company", "DE", "db_f", 1, (3100, 7400),
    ["Bestellung 45{po} Vergabe nach SektVO RE {re}"], amb=True, e2e=0.9)
# a person pays a company's invoice
add("Dr. Markus Weber", "B2B", "person_paying_company_invoice", "DE", "coba_k", 1, (900, 2600),
    ["RE {re} Weber Immobilienverwaltung GmbH"], amb=True)
add("HOVEN, PETER", "B2B", "person_paying_company_invoice", "DE", "vb_kb", 1, (350, 1200),
    ["Rechnung {re} Schreinerei Hoven GmbH"], amb=True)
add("Nadine Brückner", "B2B", "person_paying_company_invoice", "DE", "ing", 1, (180, 560),
    ["RE {re} fuer Physiopraxis Brueckner & Sohn GbR"], amb=True)
# companies buying one household machine
add("Wirtz Immobilien GmbH", "B2B", "company", "DE", "ing", 1, (649, 649),
    ["RE {re} 1x De'Longhi Magnifica S ECAM 22.110"], amb=True, fixed_amt=349.00, key="wirtz_one")
add("Kanzlei Oettinger Steuerberatungsgesellschaft mbH", "B2B", "company", "DE", "spk_d", 1, (899, 899),
    ["RE {re} 1x Siemens EQ.6 Haushalt Geschaeftsfuehrer"], amb=True, fixed_amt=899.00)
# sole trader, personal-looking purchase
add("Elektro Dahmen e.K. Inh. Thomas Dahmen", "B2B", "sole_trader", "DE", "ksk_k", 1, (599, 599),
    ["Kaffeemaschine privat RE {re}"], amb=True, fixed_amt=599.00)
# private persons stating business use
add("Julia Sommer", "B2B", "private_person_business_use", "DE", "n26", 1, (480, 1290),
    ["RE {re} Siebtraeger fuer mein Cafe (Eroeffnung Mai)"], amb=True)
add("Marco Esposito", "B2B", "private_person_business_use", "DE", "pbnk", 1, (220, 760),
    ["RE {re} Espressobohnen zum Weiterverkauf Eisdiele"], amb=True)
# private person, volume suggests resale
add("Daniel Kaya", "B2C", "private_person", "DE", "dkb", 1, (1160, 1160),
    ["RE {re} 40x Bialetti Moka Express 3 Tassen"], amb=True, fixed_amt=1159.60)
# thin records: almost nothing about the payer
add("M.+S. K.", "B2C", "thin_record", "DE", "spk_kb", 1, (45, 180), ["Danke"], amb=True)
add("KOCH", "B2C", "thin_record", "DE", "spk_kb", 1, (25, 95), ["{re}"], amb=True)


def money(x):
    return f"{x:.2f}".replace(".", ",")


def build():
    days = (END - START).days
    recs = []
    pending = []
    for b in B:
        acct, bic = payer_account(b["name"], b["bank"])
        kd = f"{rng.randint(10040, 10990)}"
        base_day = rng.randint(0, days)
        for i in range(b["n"]):
            if b["bt"] == (DA,):
                # standing order: monthly around the 1st/3rd
                month = 1 + (rng.randint(0, 1) + i) % 6
                d = date(2025, month, rng.choice([1, 2, 3]))
                if d.weekday() >= 5:
                    d += timedelta(days=7 - d.weekday())
            else:
                d = START + timedelta(days=(base_day + i * rng.randint(18, 55)) % (days + 1))
                if d.weekday() >= 5:
                    d += timedelta(days=7 - d.weekday())
                    if d > END:
                        d -= timedelta(days=7)
            inv_d = d - timedelta(days=rng.randint(7, 30))
            if b["fixed_amt"] is not None:
                amt = b["fixed_amt"]
            else:
                lo, hi = b["amt"]
                amt = round(rng.uniform(lo, hi), 2)
                if rng.random() < 0.3:
                    amt = round(amt)
                if b["kind"] in ("private_person",) and rng.random() < 0.4:
                    amt = round(amt / 10) * 10 - 0.1
            tmpl = b["texts"][i % len(b["texts"])] if len(b["texts"]) <= b["n"] else rng.choice(b["texts"])
            kz = f"{rng.randint(10**11, 10**12 - 1)}"
            po = f"{rng.randint(100000, 999999)}"
            pending.append((inv_d, b, d, amt, tmpl, kd, kz, po, acct, bic))
    # invoice numbers follow the invoice dates
    pending.sort(key=lambda t: t[0])
    inv_no = 100
    for inv_d, b, d, amt, tmpl, kd, kz, po, acct, bic in pending:
            inv_no += rng.randint(1, 4)
            re_ = f"2025-{inv_no:04d}"
            text = tmpl.format(re=re_, kd=kd, d=inv_d.strftime("%d.%m.%Y"), kz=kz, po=po)
            if b["label"] == "B2C" and b["kind"] == "private_person" and rng.random() < 0.15:
                text = text.upper()
            e2e = ""
            r = rng.random()
            if r < b["e2e"]:
                e2e = rng.choice([f"{po}{rng.randint(10, 99)}", f"E2E{kz[:8]}", "RE" + re_.replace("-", "")])
            elif r < b["e2e"] + 0.25 and b["bank"] not in ("none",):
                e2e = "NOTPROVIDED"
            recs.append(dict(
                d=d, bt=rng.choice(b["bt"]), text=text, e2e=e2e, name=b["name"], iban=acct, bic=bic,
                amt=amt, label=b["label"], amb=b["amb"], ambiguous=b["amb"], kind=b["kind"], country=b["country"]))
    # newest booking first, as the online banking lists them
    rng.shuffle(recs)
    recs.sort(key=lambda r: r["d"], reverse=True)
    return recs


def main():
    recs = build()
    header = ["Auftragskonto", "Buchungstag", "Valutadatum", "Buchungstext", "Verwendungszweck",
              "Glaeubiger ID", "Mandatsreferenz", "Kundenreferenz (End-to-End)", "Sammlerreferenz",
              "Lastschrift Ursprungsbetrag", "Auslagenersatz Ruecklastschrift",
              "Beguenstigter/Zahlungspflichtiger", "Kontonummer/IBAN", "BIC (SWIFT-Code)", "Betrag",
              "Waehrung", "Info"]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(header)
    for r in recs:
        d = r["d"].strftime("%d.%m.%y")
        w.writerow([OWN_IBAN, d, d, r["bt"], r["text"], "", "", r["e2e"], "", "", "", r["name"],
                    r["iban"], r["bic"], money(r["amt"]), "EUR", "Umsatz gebucht"])
    out = C.LAYOUTS / f"{LAYOUT_ID}.csv"
    out.write_bytes(buf.getvalue().encode("cp1252"))
    C.write_labels(LAYOUT_ID, recs)
    key = {
        "id": LAYOUT_ID,
        "system": "Sparkasse Internet-Banking (S-Internetbanking), Umsatzanzeige > Export 'CSV-CAMT-Format' "
                  "(17 columns, no Kategorie column), filtered to incoming payments",
        "country": "DE",
        "language": "de",
        "docs": [
            "github tilothiele/bankimport README (Haspa CSV camt.052 v8 export): the 17 column names in order "
            "(Auftragskonto ... Info), ';' separator, two-digit-year dates like 04.08.25, "
            "'GUTSCHRIFT UEBERWEISUNG' style Buchungstext, payer in 'Beguenstigter/Zahlungspflichtiger', "
            "Info 'Umsatz gebucht', positive amount = credit",
            "public bank-import analysis notes (SPK-1..4 Sparkasse transaction lists): windows-1252, LF, ';', "
            "every cell quoted, header in row 0, no preamble/trailer, ASCII-transliterated header "
            "('Waehrung', 'Glaeubiger ID'), dd.MM.yy, one signed amount with decimal comma, 'Auftragskonto' = own "
            "IBAN on every row, 'Kundenreferenz (End-to-End)' mostly empty",
            "code search: several CSV-CAMT importers list the same 17 columns (Auftragskonto, Buchungstag, "
            "Valutadatum, Buchungstext, Verwendungszweck, Glaeubiger ID, Mandatsreferenz, Kundenreferenz "
            "(End-to-End), Sammlerreferenz, Lastschrift Ursprungsbetrag, Auslagenersatz Ruecklastschrift, "
            "Beguenstigter/Zahlungspflichtiger, Kontonummer/IBAN, BIC (SWIFT-Code), Betrag, Waehrung, Info)",
            "Not re-checked in a source here, from general knowledge: Sparkasse Buchungstext variants "
            "'GUTSCHR. UEBERWEISUNG', 'GUTSCHR. UEBERW. DAUERAUFTR', 'ECHTZEIT-GUTSCHRIFT', 'BAREINZAHLUNG' "
            "(the Haspa sample shows 'GUTSCHRIFT UEBERWEISUNG') and 'NOTPROVIDED' as End-to-End reference",
        ],
        "fields": {
            "buyer": "Beguenstigter/Zahlungspflichtiger",
            "product": None,
            "quantity": None,
            "amount": "Betrag",
            "tax_id": None,
            "email": None,
            "payment": "Buchungstext",
            "comment": "Verwendungszweck",
        },
        "also_ok": {
            "comment": ["Kundenreferenz (End-to-End)"],
        },
        "notes": "One row per booking (incoming payment), newest first; header in the first line, no title or "
                 "totals lines. File is windows-1252, LF line ends, ';' separated, every cell quoted; read with "
                 "pandas.read_csv(sep=';', encoding='cp1252', decimal=',', dtype=str). The payer of the incoming "
                 "transfer is the buyer. Public payers often pay through a central cash office "
                 "('Bundeskasse Halle/Saale', 'BUNDESKASSE IN TRIER', 'Landeshauptkasse NRW', 'Stadt Koeln "
                 "Stadtkasse'); the ordering authority (BSI, Bundeswehr, Amtsgericht, school...) is then named "
                 "only in 'Verwendungszweck'. Lines from SumUp, PayPal, Klarna and Amazon Payments are "
                 "acquirer/marketplace payouts with no buyer; 'BAREINZAHLUNG' lines are the shop's own cash "
                 "takings paid in at the branch (payer = the seller itself). No product column: goods are only "
                 "hinted at in the free text.",
    }
    C.write_key(LAYOUT_ID, key)
    return recs


if __name__ == "__main__":
    recs = main()
    from collections import Counter
    print(len(recs), Counter(r["label"] for r in recs), sum(r["amb"] for r in recs))
