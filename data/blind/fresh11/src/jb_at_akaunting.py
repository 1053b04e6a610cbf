"""jb_at_akaunting_invoices: Akaunting (self-hosted, German UI) Sales > Invoices > Export (XLSX).

The export is one workbook with six sheets (invoices, invoice_items, invoice_item_taxes,
invoice_histories, invoice_totals, invoice_transactions). Records are the rows of the
first sheet "invoices" (one row per invoice). Seller: an invented IT systems house in Linz.
Run: python jb_at_akaunting.py   (seeded; rebuilds layout, key and labels exactly)
"""
import io
import random
import re
from datetime import date, timedelta

from openpyxl import Workbook

import jb_common as C

LAYOUT_ID = "jb_at_akaunting_invoices"
SEED = 11_2025_02
rng = random.Random(SEED)

START = date(2024, 10, 1)
END = date(2025, 6, 27)
VAT = 20.0

# ------------------------------------------------------------------ catalogue of items (net EUR)
HW = [
    ("Lenovo ThinkPad T14 Gen 5", "Intel Core Ultra 7, 32 GB, 1 TB SSD, Win 11 Pro", "product", 1349.00),
    ("HP EliteBook 840 G11", "Core Ultra 5 125U, 16 GB, 512 GB", "product", 1429.00),
    ("Dell Latitude 5450", "14\" FHD, i5, 16 GB, 512 GB", "product", 1189.00),
    ("Lenovo ThinkCentre M70q Gen 5", "Tiny-PC i5-14400T, 16 GB, 512 GB", "product", 849.00),
    ("Dell P2425H Monitor 24\"", "IPS, FHD, USB-C", "product", 189.00),
    ("Samsung ViewFinity S6 27\"", "QHD, USB-C 90 W", "product", 299.00),
    ("Logitech MX Keys S", "Tastatur DE-Layout", "product", 99.90),
    ("Logitech MX Master 3S", "Maus graphite", "product", 94.90),
    ("HP LaserJet Pro MFP 4102fdw", "Multifunktionsdrucker s/w", "product", 449.00),
    ("Brother MFC-L8390CDW", "Farblaser-Multifunktion", "product", 529.00),
    ("Ubiquiti UniFi U6 Pro", "WLAN Access Point Wi-Fi 6", "product", 159.00),
    ("Synology DiskStation DS923+", "NAS 4-Bay ohne HDD", "product", 589.00),
    ("APC Back-UPS Pro 1500VA", "USV BR1500MI", "product", 269.00),
    ("Fujitsu ScanSnap iX1600", "Dokumentenscanner", "product", 429.00),
    ("Jabra Evolve2 65 MS Stereo", "Headset USB-A", "product", 189.00),
    ("Cisco Catalyst 1000-24T-4G-L", "Switch 24 Port", "product", 899.00),
    ("HP 59A Toner CF259A", "Toner schwarz", "product", 129.00),
    ("Poly Studio P15", "Videokonferenz-Bar", "product", 399.00),
    ("Kingston KC3000 1 TB", "NVMe SSD", "product", 79.00),
]
SV = [
    ("Techniker-Stunde vor Ort", "lt. Arbeitsbericht", "service", 98.00),
    ("Fernwartung", "je angefangene 15 Minuten", "service", 29.00),
    ("Anfahrtspauschale Zone 1", "Linz und Linz-Land", "service", 45.00),
    ("Einrichtung Arbeitsplatz", "Installation, Datenübernahme, Einschulung", "service", 149.00),
    ("Microsoft 365 Business Standard", "Jahreslizenz je Benutzer", "service", 151.20),
    ("ESET PROTECT Entry", "1 Jahr je Gerät", "service", 42.00),
    ("Managed Backup", "Monatspauschale bis 500 GB", "service", 59.00),
    ("Wartungsvertrag Server", "Quartalspauschale", "service", 390.00),
]
CONS = [
    ("Apple iPad 10,9\" (10. Gen.) 64 GB", "WLAN, blau", "product", 290.83),
    ("Samsung Galaxy Tab S9 FE", "128 GB, grau", "product", 332.50),
    ("Sony WH-1000XM5", "Kopfhörer schwarz", "product", 274.17),
    ("PlayStation 5 Slim", "Disc Edition", "product", 374.17),
    ("LG OLED55C47LA", "55\" OLED TV", "product", 1082.50),
    ("Canon PIXMA TS5350i", "Tintenstrahl-Multifunktion", "product", 65.83),
    ("Logitech G Pro X Superlight 2", "Gaming-Maus", "product", 124.17),
    ("JBL Charge 5", "Bluetooth-Lautsprecher", "product", 124.17),
    ("SanDisk Ultra USB 3.0 64 GB", "USB-Stick", "product", 8.25),
    ("Apple MacBook Air 13\" M3", "8 GB, 256 GB, Mitternacht", "product", 1082.50),
]
REPAIR = [
    ("Reparatur Displaytausch Notebook", "inkl. Ersatzteil", "service", 157.50),
    ("Datenrettung Standard", "Festplatte logisch", "service", 207.50),
    ("Virenentfernung und Neuinstallation", "Windows 11 inkl. Datensicherung", "service", 99.17),
    ("Reparatur", "", "service", 60.00),
]
ITEM = {n: (n, d, t, p) for (n, d, t, p) in HW + SV + CONS + REPAIR}

PRIV_MAIL = ["gmx.at", "gmail.com", "aon.at", "a1.net", "chello.at", "liwest.at", "outlook.com", "yahoo.de",
             "gmx.net", "icloud.com"]

# ------------------------------------------------------------------ customers
CUST = []


def cust(name, label, kind, country, n, profile, email=None, uid=None, phone=None, addr="", zip_="", city="",
         state="", amb=False, notes=None, order=None, country_name=None, items=None, tax_free=None):
    CUST.append(dict(name=name, label=label, kind=kind, country=country, n=n, profile=profile, email=email,
                     uid=uid, phone=phone, addr=addr, zip=zip_, city=city, state=state, amb=amb,
                     notes=notes or [], order=order, country_name=country_name, items=items, tax_free=tax_free))


def uid():
    return C.at_uid(f"{rng.randint(1000000, 9999999)}")


def de_uid():
    return C.de_ustid(f"{rng.randint(10000000, 99999999)}")


OOE = "Oberösterreich"
# public bodies (B2G)
cust("Amt der Oö. Landesregierung - Direktion Präsidium, Abt. IT", "B2G", "regional_government", "AT", 5, "office",
     "ikt.post@ooe.gv.at", None, "+43 732 7720-0", "Bahnhofplatz 1", "4021", "Linz", OOE,
     notes=["Lieferung an Landesdienstleistungszentrum, Anlieferung Rampe B", "e-Rechnung mit Auftragsreferenz"],
     order="LAND")
cust("Magistrat der Landeshauptstadt Linz", "B2G", "municipality", "AT", 4, "office", "ikt@mag.linz.at",
     uid(), "+43 732 7070-0", "Hauptstraße 1-5", "4041", "Linz", OOE,
     notes=["Bestellung lt. Anforderung GZ 0012345/2024", ""], order="PO")
cust("Stadtgemeinde Traun", "B2G", "municipality", "AT", 3, "office", "stadtamt@traun.at", None,
     "+43 7229 888-0", "Hauptplatz 1", "4050", "Traun", OOE, notes=["Stadtamt Traun, z.H. Hr. Ing. Pammer"])
cust("Marktgemeinde Gallneukirchen", "B2G", "municipality", "AT", 2, "small",
     "gemeinde@gallneukirchen.ooe.gv.at", None, "07235 63155", "Reichenauer Straße 7", "4210", "Gallneukirchen", OOE)
cust("Stadtgemeinde Enns", "B2G", "municipality", "AT", 2, "small", "stadtamt@enns.ooe.gv.at", None,
     "+43 7223 82181", "Hauptplatz 11", "4470", "Enns", OOE)
cust("Marktgemeinde Engerwitzdorf", "B2G", "municipality", "AT", 1, "small",
     "gemeinde@engerwitzdorf.ooe.gv.at", None, "", "Schweinbach 2", "4209", "Engerwitzdorf", OOE)
cust("Gemeinde Lichtenberg", "B2G", "municipality", "AT", 1, "service", "gemeinde@lichtenberg.ooe.gv.at",
     None, "", "Gemeindeplatz 1", "4040", "Lichtenberg", OOE)
cust("Bezirkshauptmannschaft Linz-Land", "B2G", "regional_government", "AT", 2, "office",
     "bh-ll.post@ooe.gv.at", None, "+43 732 69414-0", "Kaarstraße 21", "4040", "Linz", OOE,
     notes=["Auftragsreferenz lt. Bestellschein"], order="LAND")
cust("Landespolizeidirektion Oberösterreich", "B2G", "police", "AT", 3, "office", "LPD-O-Logistik@polizei.gv.at",
     None, "+43 59133 40-0", "Gruberstraße 35", "4021", "Linz", OOE,
     notes=["e-Rechnung an den Bund über USP, Auftragsreferenz zwingend"], order="BUND")
cust("Militärkommando Oberösterreich", "B2G", "armed_forces", "AT", 2, "office", "milkdo.ooe@bmlv.gv.at",
     None, "+43 50201 40-0", "Garnisonstraße 36", "4017", "Linz", OOE,
     notes=["Bundesheer - e-Rechnung, Auftragsreferenz angeben"], order="BUND")
cust("Heereslogistikzentrum Wels", "B2G", "armed_forces", "AT", 1, "office", "hlogz.wels.einkauf@bmlv.gv.at",
     None, "", "Flugplatzstraße 7", "4600", "Wels", OOE, order="BUND")
cust("Landesgericht Linz", "B2G", "court", "AT", 2, "office", "lg.linz.verwaltung@justiz.gv.at", None,
     "+43 5760121", "Fadingerstraße 2", "4020", "Linz", OOE, order="BUND",
     notes=["Verwaltungsstelle, e-Rechnung"])
cust("Bezirksgericht Urfahr", "B2G", "court", "AT", 1, "small", "bg.urfahr@justiz.gv.at", None, "",
     "Reindlstraße 24", "4040", "Linz", OOE, order="BUND")
cust("Johannes Kepler Universität Linz", "B2G", "public_university", "AT", 5, "office", "einkauf@jku.at",
     uid(), "+43 732 2468-0", "Altenberger Straße 69", "4040", "Linz", OOE,
     notes=["Institut für Wirtschaftsinformatik, Kostenstelle 5410", "Bestellnr. siehe order_number",
            "Lieferung Science Park 3, 2. OG"], order="PO")
cust("Pädagogische Hochschule Oberösterreich", "B2G", "public_university", "AT", 2, "office",
     "beschaffung@ph-ooe.at", None, "", "Kaplanhofstraße 40", "4020", "Linz", OOE, order="BUND")
cust("HTL Leonding", "B2G", "public_school", "AT", 3, "office", "office@htl-leonding.ac.at", None,
     "+43 732 673368", "Limesstraße 12-14", "4060", "Leonding", OOE, notes=["EDV-Kustodiat"], order="BUND")
cust("BRG Linz Hamerlingstraße", "B2G", "public_school", "AT", 1, "office", "office@brghamerling.ac.at", None,
     "", "Hamerlingstraße 3", "4020", "Linz", OOE, order="BUND")
cust("Volksschule Lichtenberg", "B2G", "public_school", "AT", 1, "office", "s416061@schule-ooe.at", None, "",
     "Am Schulberg 1", "4040", "Lichtenberg", OOE, notes=["Rechnung an Schulerhalter Gemeinde Lichtenberg"])
cust("Arbeitsmarktservice Oberösterreich", "B2G", "public_employment_service", "AT", 2, "office",
     "einkauf.ooe@ams.at", None, "+43 50904 440", "Europaplatz 9", "4021", "Linz", OOE)
cust("Österreichische Gesundheitskasse - Landesstelle Oberösterreich", "B2G", "social_insurance", "AT", 2,
     "office", "beschaffung-o@oegk.at", None, "", "Gruberstraße 77", "4021", "Linz", OOE)
cust("Finanzamt Österreich - Dienststelle Linz", "B2G", "tax_office", "AT", 1, "office",
     "post.fa-oesterreich@bmf.gv.at", None, "", "Bahnhofplatz 7", "4020", "Linz", OOE, order="BUND")
cust("Bundesministerium für Finanzen", "B2G", "ministry", "AT", 1, "office", "einkauf@bmf.gv.at", None, "",
     "Johannesgasse 5", "1010", "Wien", "Wien", order="BUND")
cust("Wiener Gesundheitsverbund - Klinik Floridsdorf", "B2G", "public_hospital", "AT", 1, "office",
     "kfl.einkauf@gesundheitsverbund.at", None, "", "Brünner Straße 68", "1210", "Wien", "Wien", order="PO")
cust("Botschaft der Republik Slowenien", "B2G", "embassy", "SI", 1, "small", "sloembassy.vienna@gov.si",
     None, "+43 1 5852240", "Nibelungengasse 13", "1010", "Wien", "Wien")
cust("Embassy of Canada to Austria", "B2G", "embassy", "CA", 1, "small", "vienn@international.gc.ca", None, "",
     "Laurenzerberg 2", "1010", "Wien", "Wien", notes=["Tax exempt - diplomatic mission"])
# companies, professionals, non-profits (B2B)
cust("voestalpine Stahl GmbH", "B2B", "company", "AT", 4, "office", "einkauf.it@voestalpine.com", uid(),
     "+43 50304 15-0", "voestalpine-Straße 3", "4020", "Linz", OOE, order="PO",
     notes=["Werkstor 1, Bau 45", "Lieferschein mit Bestellnummer"])
cust("Rosenbauer International AG", "B2B", "company", "AT", 3, "office", "purchasing@rosenbauer.com", uid(),
     "+43 732 6794-0", "Paschinger Straße 90", "4060", "Leonding", OOE, order="PO")
cust("Fronius International GmbH", "B2B", "company", "AT", 2, "office", "einkauf@fronius.com", uid(),
     "", "Froniusstraße 1", "4643", "Pettenbach", OOE, order="PO")
cust("Greiner AG", "B2B", "company", "AT", 2, "office", "procurement@greiner.com", uid(), "",
     "Greinerstraße 70", "4550", "Kremsmünster", OOE)
cust("backaldrin International The Kornspitz Company GmbH", "B2B", "company", "AT", 2, "office",
     "office@backaldrin.com", uid(), "", "Kornspitzstraße 1", "4481", "Asten", OOE)
cust("Trodat GmbH", "B2B", "company", "AT", 1, "office", "einkauf@trodat.net", uid(), "", "Linzer Straße 156",
     "4600", "Wels", OOE)
cust("Raiffeisenlandesbank Oberösterreich AG", "B2B", "company", "AT", 2, "office", "it-einkauf@rlbooe.at",
     uid(), "", "Europaplatz 1a", "4020", "Linz", OOE, order="PO")
cust("Oberbank AG", "B2B", "company", "AT", 1, "office", "einkauf@oberbank.at", uid(), "",
     "Untere Donaulände 28", "4020", "Linz", OOE)
cust("Energie AG Oberösterreich", "B2B", "state_owned_company", "AT", 2, "office", "einkauf@energieag.at",
     uid(), "", "Böhmerwaldstraße 3", "4020", "Linz", OOE, order="PO")
cust("LINZ AG für Energie, Telekommunikation, Verkehr und Kommunale Dienste", "B2B", "state_owned_company",
     "AT", 2, "office", "einkauf@linzag.at", uid(), "", "Wiener Straße 151", "4021", "Linz", OOE, order="PO")
cust("Österreichische Post AG - Logistikzentrum Allhaming", "B2B", "company", "AT", 1, "office",
     "einkauf@post.at", uid(), "", "Logistikstraße 1", "4511", "Allhaming", OOE)
cust("Tischlerei Hofer GmbH", "B2B", "company", "AT", 2, "small", "office@tischlerei-hofer.at", uid(),
     "07235 62280", "Linzerstraße 22", "4210", "Gallneukirchen", OOE)
cust("Steuerberatung Mayr & Partner KG", "B2B", "professional_practice", "AT", 3, "service",
     "kanzlei@mayr-partner.at", uid(), "+43 732 771234", "Landstraße 49", "4020", "Linz", OOE,
     notes=["Wartungsvertrag Q-Abrechnung"])
cust("Rechtsanwalt Dr. Stefan Pichler", "B2B", "professional_practice", "AT", 2, "small",
     "office@ra-pichler.at", uid(), "", "Herrenstraße 15", "4020", "Linz", OOE)
cust("Ordination Dr. Eva Gruber, Ärztin für Allgemeinmedizin", "B2B", "professional_practice", "AT", 2,
     "small", "ordination@dr-gruber-traun.at", None, "07229 64412", "Schloßstraße 4", "4050", "Traun", OOE)
cust("Apotheke Zum Goldenen Adler", "B2B", "company", "AT", 1, "small", "adler.apotheke@aon.at", uid(), "",
     "Hauptplatz 8", "4020", "Linz", OOE, notes=["Mag. pharm. Birgit Lang"])
cust("Gasthof Stockinger GmbH", "B2B", "company", "AT", 1, "small", "info@gasthof-stockinger.at", uid(), "",
     "Hauptstraße 12", "4061", "Pasching", OOE)
cust("Elektrotechnik Leitner e.U.", "B2B", "sole_trader", "AT", 2, "small", "leitner.elektro@gmx.at", uid(),
     "0664 3418822", "Feldstraße 5", "4203", "Altenberg bei Linz", OOE)
cust("Fotostudio Wimmer e.U.", "B2B", "sole_trader", "AT", 1, "small", "studio@foto-wimmer.at", uid(), "",
     "Bethlehemstraße 9", "4020", "Linz", OOE)
cust("Baumeister Huber GmbH", "B2B", "company", "AT", 2, "office", "buero@baumeister-huber.at", uid(), "",
     "Gewerbepark 3", "4470", "Enns", OOE)
cust("Caritas für Menschen in Not - Diözese Linz", "B2B", "non_profit", "AT", 2, "office",
     "verwaltung@caritas-linz.at", uid(), "", "Kapuzinerstraße 84", "4020", "Linz", OOE)
cust("Österreichisches Rotes Kreuz - Landesverband Oberösterreich", "B2B", "non_profit", "AT", 2, "office",
     "einkauf@o.roteskreuz.at", uid(), "", "Körnerstraße 28", "4020", "Linz", OOE)
cust("Röm.-kath. Pfarre Linz-Hl. Familie", "B2B", "church", "AT", 1, "small", "pfarre.hlfamilie@dioezese-linz.at",
     None, "", "Bürgerstraße 50", "4020", "Linz", OOE)
cust("Sportunion Leonding", "B2B", "association", "AT", 1, "small", "obmann@sportunion-leonding.at", None, "",
     "Sportplatzweg 2", "4060", "Leonding", OOE)
cust("Ordensklinikum Linz GmbH Elisabethinen", "B2B", "private_hospital", "AT", 2, "office",
     "einkauf@ordensklinikum.at", uid(), "", "Fadingerstraße 1", "4020", "Linz", OOE, order="PO")
cust("Brunner Maschinenbau GmbH", "B2B", "company", "DE", 2, "office", "einkauf@brunner-maschinenbau.de",
     de_uid(), "+49 851 95660", "Spitalhofstraße 94", "94032", "Passau", "Bayern", country_name="Deutschland",
     notes=["Reverse Charge - Steuerschuldnerschaft des Leistungsempfängers"], tax_free="rc")
cust("WEG Hauptstraße 44, Leonding", "B2B", "hoa", "AT", 1, "service", "hausverwaltung@immo-lang.at", None, "",
     "Hauptstraße 44", "4060", "Leonding", OOE, notes=["z.H. Hausverwaltung Lang, Rechnung an Eigentümergemeinschaft"])
cust("KTM AG", "B2B", "company", "AT", 2, "office", "purchasing@ktm.com", uid(), "", "Stallhofner Straße 3",
     "5230", "Mattighofen", OOE, order="PO")
cust("SPAR Österreichische Warenhandels-AG Zentrale Marchtrenk", "B2B", "company", "AT", 1, "office",
     "einkauf.marchtrenk@spar.at", uid(), "", "Spar-Straße 1", "4614", "Marchtrenk", OOE, order="PO")
cust("Gebrüder Haider Bauunternehmung GmbH", "B2B", "company", "AT", 1, "small", "office@haider.at", uid(), "",
     "Großraming 150", "4463", "Großraming", OOE)
cust("Musikverein Gallneukirchen", "B2B", "association", "AT", 1, "small", None, None, "", "", "4210",
     "Gallneukirchen", OOE, notes=["Kassier: Fr. Pöchhacker"])
# private persons (B2C)
PERS = [("Maximilian Huber", "Linz", "4020"), ("Katharina Steiner", "Leonding", "4060"),
        ("Gruber, Anna", "Traun", "4050"), ("Lukas Wagner", "Linz", "4040"), ("Julia Pichler", "Ansfelden", "4053"),
        ("Florian Moser", "Linz", "4030"), ("Sarah Mayer", "Wels", "4600"), ("Tobias Hofer", "Steyr", "4400"),
        ("Lena Bauer", "Linz", "4020"), ("David Leitner", "Enns", "4470"), ("Sophie Berger", "Pasching", "4061"),
        ("Jakob Fuchs", "Linz", "4040"), ("Hannah Eder", "Gallneukirchen", "4210"), ("Elias Schwarz", "Linz", "4020"),
        ("BRANDSTÄTTER JOSEF", "Ottensheim", "4100"), ("Helmut Wallner", "Linz", "4030"),
        ("Christine Aigner", "Puchenau", "4048"), ("Markus Lehner", "Leonding", "4060"),
        ("Stefanie Haas", "Linz", "4020"), ("Manuel Schmid", "Traun", "4050"), ("Verena Fischer", "Linz", "4040"),
        ("Mag. Petra Schauer", "Linz", "4020"), ("Ing. Robert Kastner", "Hörsching", "4063"),
        ("Aigner, Thomas", "Wilhering", "4073"), ("Selin Yılmaz", "Linz", "4020"), ("Nikola Petrović", "Linz", "4030"),
        ("Johanna Koller", "Steyregg", "4221"), ("Patrick Ebner", "Linz", "4020")]
STREETS = ["Landstraße", "Wiener Straße", "Leondinger Straße", "Dametzstraße", "Hauptstraße", "Kaarstraße",
           "Lederergasse", "Kapuzinerstraße", "Mühlkreisbahnstraße", "Waldeggstraße", "Salzburger Straße",
           "Am Bindermichl", "Freistädter Straße", "Blütenstraße"]
for nm, city, zp in PERS:
    base = nm.replace("Mag. ", "").replace("Ing. ", "")
    if "," in base:
        last, first = [x.strip() for x in base.split(",")]
    else:
        parts = base.split()
        first, last = parts[0], parts[-1]
    loc = (first[0] + "." + last).lower() if rng.random() < 0.4 else (first + "." + last).lower()
    loc = (loc.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss").replace("ı", "i")
           .replace("ć", "c"))
    email = f"{loc}@{rng.choice(PRIV_MAIL)}" if rng.random() < 0.8 else None
    ph = rng.choice(["0664 ", "0676 ", "0650 ", "+43 660 ", "+43 699 "]) + f"{rng.randint(1000000, 9999999)}"
    cust(nm, "B2C", "private_person", "AT", 1 if rng.random() < 0.75 else 2, "consumer", email, None,
         ph if rng.random() < 0.6 else "", f"{rng.choice(STREETS)} {rng.randint(1, 140)}", zp, city, OOE,
         notes=["", "", "Abholung im Geschäft", "Lieferung nach 17 Uhr", "Altgerät wurde entsorgt"])
cust("Laufkundschaft", "B2C", "anonymous_retail", "AT", 6, "counter", None, None, "", "", "", "", "")
cust("Barverkauf", "B2C", "anonymous_retail", "AT", 2, "counter", None, None, "", "", "", "", "")

# ambiguous cases
cust("Thomas Wallner", "B2C", "person_with_gov_email", "AT", 1, "fixed", "thomas.wallner@ooe.gv.at", None,
     "0664 2281934", "Stifterstraße 12", "4020", "Linz", OOE, amb=True, items=[("Sony WH-1000XM5", 1)],
     notes=["Lieferung an Privatadresse"])
cust("Sabine Reiter", "B2C", "person_with_company_email", "AT", 1, "fixed", "sabine.reiter@voestalpine.com",
     None, "", "Nußbaumstraße 3", "4060", "Leonding", OOE, amb=True, items=[("Canon PIXMA TS5350i", 1)])
cust("Daniel Koller", "B2C", "person_with_university_email", "AT", 1, "fixed", "daniel.koller@jku.at", None,
     "", "Aubrunnerweg 8", "4040", "Linz", OOE, amb=True, items=[("PlayStation 5 Slim", 1)])
cust("Christian Eder", "B2C", "person_with_gov_email", "AT", 1, "fixed", "christian.eder@bmlv.gv.at", None,
     "+43 664 5120034", "Kirchengasse 4", "4481", "Asten", OOE, amb=True, items=[("LG OLED55C47LA", 1)],
     notes=["Zustellung Samstag vereinbart"])
cust("Martina Holzer", "B2B", "private_person_business_use", "AT", 1, "fixed", "martina.holzer@gmx.at", None,
     "", "Kellergasse 11", "4061", "Pasching", OOE, amb=True,
     items=[("Lenovo ThinkPad T14 Gen 5", 1), ("Fujitsu ScanSnap iX1600", 1)],
     notes=["Für meine Praxis für Psychotherapie, bitte auf meinen Namen"])
cust("Andreas Kern", "B2B", "private_person_business_use", "AT", 1, "fixed", "andi.kern@gmail.com", None, "",
     "Brucknerstraße 19", "4020", "Linz", OOE, amb=True,
     items=[("Logitech MX Master 3S", 6), ("Logitech MX Keys S", 6)], notes=["Geräte zum Weiterverkauf in meinem Shop"])
cust("Kevin Hinterberger", "B2C", "private_person", "AT", 1, "fixed", "kevin.hinterberger@gmx.at", None, "",
     "Siedlungsstraße 7", "4050", "Traun", OOE, amb=True, items=[("SanDisk Ultra USB 3.0 64 GB", 30)])
cust("Elektrotechnik Leitner e.U.", "B2B", "sole_trader", "AT", 1, "fixed", "leitner.elektro@gmx.at", None,
     "0664 3418822", "Feldstraße 5", "4203", "Altenberg bei Linz", OOE, amb=True,
     items=[("PlayStation 5 Slim", 1)], notes=["privat"])
cust("Tischlerei Hofer GmbH", "B2B", "company", "AT", 1, "fixed", "office@tischlerei-hofer.at", None,
     "07235 62280", "Linzerstraße 22", "4210", "Gallneukirchen", OOE, amb=True, items=[("LG OLED55C47LA", 1)])
cust("Mittelschule Traun-Oedt", "B2G", "public_school", "AT", 1, "fixed", "s410231@schule-ooe.at", None, "",
     "Schulstraße 10", "4052", "Traun", OOE, amb=True, items=[("JBL Charge 5", 1)],
     notes=["Schulerhalter Stadtgemeinde Traun"])
cust("Kepler Universitätsklinikum GmbH", "B2G", "public_hospital_company", "AT", 2, "office",
     "einkauf@kepleruniklinikum.at", uid(), "", "Krankenhausstraße 9", "4020", "Linz", OOE, amb=True, order="PO")
cust("FH OÖ Studienbetriebs GmbH", "B2B", "state_owned_education_company", "AT", 2, "office",
     "einkauf@fh-ooe.at", uid(), "", "Franz-Fritsch-Straße 11", "4600", "Wels", OOE, amb=True, order="PO")
cust("International Atomic Energy Agency (IAEA)", "B2B", "international_org", "INT", 2, "office",
     "procurement@iaea.org", None, "+43 1 2600-0", "Vienna International Centre, Wagramer Straße 5", "1220",
     "Wien", "Wien", amb=True, order="IAEA", notes=["Exempt from VAT under the Headquarters Agreement"],
     tax_free="io")
cust("OPEC Fund for International Development", "B2B", "international_org", "INT", 1, "office",
     "admin.services@opecfund.org", None, "", "Parkring 8", "1010", "Wien", "Wien", amb=True, tax_free="io")
cust("ÖBB-Infrastruktur AG", "B2B", "state_owned_company", "AT", 2, "office", "einkauf.infra@oebb.at", uid(),
     "", "Praterstern 3", "1020", "Wien", "Wien", amb=True, order="PO",
     notes=["Abruf aus Rahmenvereinbarung (Vergabeverfahren nach BVergGSek 2018)"])
cust("Ing. Wolfgang Brandl", "B2B", "person_paying_company_invoice", "AT", 1, "small", "w.brandl@aon.at", None,
     "", "Mühlweg 3", "4210", "Gallneukirchen", OOE, amb=True,
     notes=["Rechnungsempfänger Bäckerei Brandl GmbH - bitte auf Firma buchen"])
cust("Hr. Bauer", "B2C", "thin_record", "AT", 1, "fixed", None, None, "", "", "", "", "", amb=True,
     items=[("Reparatur", 1)])
cust("Fr. Novak", "B2C", "thin_record", "AT", 1, "fixed", None, None, "", "", "", "", "", amb=True,
     items=[("Virenentfernung und Neuinstallation", 1)])


# the same customer keeps its UID across entries
_uids = {}
for _c in CUST:
    if _c["uid"]:
        _uids.setdefault(_c["name"], _c["uid"])
for _c in CUST:
    if not _c["uid"] and _c["name"] in _uids:
        _c["uid"] = _uids[_c["name"]]


def pick_items(c):
    prof = c["profile"]
    if c["items"]:
        return [(ITEM[n], q) for n, q in c["items"]]
    out = []
    if prof == "office":
        k = rng.choice([1, 1, 2, 2, 3, 4])
        for it in rng.sample(HW, k):
            q = rng.choice([1, 1, 2, 3, 5, 10]) if it[3] < 600 else rng.choice([1, 1, 2, 4, 6, 12])
            out.append((it, q))
        if rng.random() < 0.6:
            out.append((ITEM["Einrichtung Arbeitsplatz"], max(1, out[0][1] if out[0][0][3] > 800 else 1)))
        if rng.random() < 0.3:
            out.append((ITEM["Microsoft 365 Business Standard"], rng.choice([3, 5, 8, 12, 25])))
    elif prof == "small":
        cheap = [it for it in HW if it[3] < 600]
        k = rng.choice([1, 1, 2])
        for it in rng.sample(cheap + HW[:4], k):
            out.append((it, rng.choice([1, 1, 1, 2])))
        if rng.random() < 0.5:
            out.append((ITEM["Techniker-Stunde vor Ort"], rng.choice([1, 1.5, 2, 3])))
            if rng.random() < 0.6:
                out.append((ITEM["Anfahrtspauschale Zone 1"], 1))
    elif prof == "service":
        k = rng.choice([1, 2, 2, 3])
        for it in rng.sample(SV, k):
            q = rng.choice([1, 1, 2, 3, 4]) if it[0] != "Microsoft 365 Business Standard" else rng.choice([4, 6, 9])
            out.append((it, q))
    elif prof == "consumer":
        pool = CONS + REPAIR[:3]
        k = rng.choice([1, 1, 1, 2])
        for it in rng.sample(pool, k):
            out.append((it, 1 if it[3] > 20 else rng.choice([1, 2])))
    elif prof == "counter":
        pool = [ITEM["HP 59A Toner CF259A"], ITEM["Logitech MX Master 3S"], ITEM["SanDisk Ultra USB 3.0 64 GB"],
                ITEM["Kingston KC3000 1 TB"], ITEM["JBL Charge 5"], ITEM["Canon PIXMA TS5350i"]]
        k = rng.choice([1, 1, 2])
        for it in rng.sample(pool, k):
            out.append((it, 1))
    return out


def build():
    invoices = []
    days = (END - START).days
    for c in CUST:
        for _ in range(c["n"]):
            d = START + timedelta(days=rng.randint(0, days))
            if d.weekday() >= 5:
                d -= timedelta(days=d.weekday() - 4)
            invoices.append(dict(c=c, d=d, items=pick_items(c)))
    invoices.sort(key=lambda x: (x["d"], rng.random()))
    num = 411
    for inv in invoices:
        num += 1
        inv["no"] = f"INV-{num:05d}"
    return invoices


NUMERIC = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$")


def bind(v):
    """Mimic PhpSpreadsheet's DefaultValueBinder: numeric strings are written as numbers."""
    if isinstance(v, str) and NUMERIC.match(v):
        return float(v) if "." in v else int(v)
    return v


def main():
    invoices = build()
    today = date(2025, 6, 30)
    rows_inv, rows_items, rows_taxes, rows_hist, rows_tot, rows_tx = [], [], [], [], [], []
    labels = []
    tx_no = 0
    # export order: document_number desc
    for inv in sorted(invoices, key=lambda x: x["no"], reverse=True):
        c = inv["c"]
        disc_type = disc_rate = None
        if c["label"] == "B2B" and c["profile"] == "office" and rng.random() < 0.15:
            disc_type, disc_rate = "percentage", rng.choice([3, 5, 10])
        sub = 0.0
        tax_total = 0.0
        rate = 0.0 if c["tax_free"] or (c["kind"] == "embassy") else VAT
        for (name, desc, typ, price), q in inv["items"]:
            line = round(price * q, 2)
            if disc_rate:
                line_net = round(line * (1 - disc_rate / 100), 2)
            else:
                line_net = line
            tax = round(line_net * rate / 100, 2)
            sub += line
            tax_total += tax
            rows_items.append([inv["no"], name, desc or None, typ, q, None, None, price, line, tax])
            if rate:
                rows_taxes.append([inv["no"], name, rate, tax])
        disc_amt = round(sub * disc_rate / 100, 2) if disc_rate else 0.0
        total = round(sub - disc_amt + tax_total, 2)
        due = inv["d"] + timedelta(days=30 if c["label"] in ("B2G", "B2B") else 14)
        # status
        age = (today - inv["d"]).days
        r = rng.random()
        if c["profile"] == "counter" or c["kind"] in ("thin_record",):
            status = "paid"
        elif age < 20:
            status = rng.choice(["sent", "sent", "viewed", "sent", "draft"]) if r < 0.8 else "paid"
        elif age < 60:
            status = "paid" if r < 0.6 else rng.choice(["sent", "viewed", "partial"])
        else:
            status = "paid" if r < 0.93 else rng.choice(["cancelled", "partial", "sent"])
        order = None
        o = c["order"]
        if o == "BUND":
            order = f"{rng.randint(4500000000, 4500999999)}"
        elif o == "LAND":
            order = f"LDZ-{rng.randint(2024, 2025)}-{rng.randint(1000, 9999)}"
        elif o == "PO":
            order = f"{rng.choice(['45', '46', '47'])}{rng.randint(10000000, 99999999)}"
        elif o == "IAEA":
            order = f"PO-{rng.randint(2024, 2025)}-{rng.randint(10000, 99999)}"
        elif c["label"] == "B2B" and rng.random() < 0.2:
            order = f"{rng.randint(1000, 99999)}"
        notes_pool = c["notes"]
        notes = rng.choice(notes_pool) if notes_pool else None
        if c["tax_free"] == "rc":
            notes = "Reverse Charge - Steuerschuldnerschaft des Leistungsempfängers (Art. 196 MwStSystRL)"
        if notes == "":
            notes = None
        phone = c["phone"] or None
        if phone and phone[0] in "=+-@":
            phone = "'" + phone
        tax_no = c["uid"]
        if tax_no and rng.random() < 0.12:
            tax_no = tax_no[:3] + " " + tax_no[3:]
        country_name = c["country_name"] or ("Österreich" if c["addr"] else None)
        category = "Vertrieb"
        if all(it[0][2] == "service" for it in inv["items"]):
            category = rng.choice(["Vertrieb", "Dienstleistungen", "Dienstleistungen"])
        rows_inv.append([
            inv["no"], order, status, inv["d"], due, total, disc_type, disc_rate, "EUR", 1, category,
            c["name"], c["email"], tax_no, phone, c["addr"] or None, country_name, c["state"] or None,
            c["zip"] or None, c["city"] or None, "Rechnung", None, notes,
            "Zahlbar innerhalb von 14 Tagen ohne Abzug. Raiffeisenlandesbank OÖ, IBAN AT48 3400 0000 0123 4567, "
            "BIC RZOOAT2L. FN 412345x, LG Linz",
            "default", "#55588b", None])
        labels.append(dict(label=c["label"], ambiguous=c["amb"], kind=c["kind"], country=c["country"]))
        # totals
        so = 1
        rows_tot.append([inv["no"], "sub_total", "invoices.sub_total", round(sub, 2), so])
        if disc_rate:
            so += 1
            rows_tot.append([inv["no"], "discount", "invoices.discount", disc_amt, so])
        if rate:
            so += 1
            rows_tot.append([inv["no"], "tax", "USt 20%", round(tax_total, 2), so])
        so += 1
        rows_tot.append([inv["no"], "total", "invoices.total", total, so])
        # histories
        rows_hist.append([inv["no"], "draft", 0, f"{inv['no']} hinzugefügt!"])
        if status != "draft":
            rows_hist.append([inv["no"], "sent", 1 if c["email"] else 0,
                              "Rechnung als gesendet markiert!" if not c["email"] else "Rechnung per E-Mail versendet!"])
        # transactions
        if status in ("paid", "partial"):
            paid = total if status == "paid" else round(total * rng.choice([0.3, 0.5]), 2)
            tx_no += 1
            if c["profile"] == "counter" or (c["label"] == "B2C" and rng.random() < 0.35):
                pm, acct = "offline-payments.cash.1", "Kassa"
            else:
                pm, acct = "offline-payments.bank_transfer.2", "Raiffeisen Geschäftskonto"
            pay_d = inv["d"] if pm.endswith("cash.1") else min(today, inv["d"] + timedelta(days=rng.randint(3, 40)))
            rows_tx.append([inv["no"], f"TRA-{tx_no:05d}", pay_d, paid, "EUR", 1, acct, c["email"], category,
                            None, pm, inv["no"] if pm.endswith("transfer.2") and rng.random() < 0.7 else None, 0])

    wb = Workbook()
    wb.properties.creator = "Unknown Creator"
    wb.properties.lastModifiedBy = "Unknown Creator"
    wb.properties.title = "Untitled Spreadsheet"
    sheets = [
        ("invoices", ["invoice_number", "order_number", "status", "invoiced_at", "due_at", "amount",
                      "discount_type", "discount_rate", "currency_code", "currency_rate", "category_name",
                      "contact_name", "contact_email", "contact_tax_number", "contact_phone", "contact_address",
                      "contact_country", "contact_state", "contact_zip_code", "contact_city", "title",
                      "subheading", "notes", "footer", "template", "color", "parent_number"], rows_inv, {3, 4}),
        ("invoice_items", ["invoice_number", "item_name", "item_description", "item_type", "quantity",
                           "discount_type", "discount_rate", "price", "total", "tax"], rows_items, set()),
        ("invoice_item_taxes", ["invoice_number", "item_name", "tax_rate", "amount"], rows_taxes, set()),
        ("invoice_histories", ["invoice_number", "status", "notify", "description"], rows_hist, set()),
        ("invoice_totals", ["invoice_number", "code", "name", "amount", "sort_order"], rows_tot, set()),
        ("invoice_transactions", ["invoice_number", "transaction_number", "paid_at", "amount", "currency_code",
                                  "currency_rate", "account_name", "contact_email", "category_name",
                                  "description", "payment_method", "reference", "reconciled"], rows_tx, {2}),
    ]
    first = True
    for title, head, rows, datecols in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        ws.append(head)
        for r in rows:
            ws.append([bind(v) for v in r])
        for ci in datecols:
            for row in ws.iter_rows(min_row=2, min_col=ci + 1, max_col=ci + 1):
                for cell in row:
                    if cell.value is not None:
                        cell.number_format = "yyyy-mm-dd"
        for ci, h in enumerate(head):
            width = max([len(str(h))] + [len(str(r[ci])) for r in rows[:200] if r[ci] is not None]) + 2
            ws.column_dimensions[ws.cell(row=1, column=ci + 1).column_letter].width = min(width, 80)
    bio = io.BytesIO()
    wb.save(bio)
    (C.LAYOUTS / f"{LAYOUT_ID}.xlsx").write_bytes(C.freeze_xlsx(bio.getvalue()))
    C.write_labels(LAYOUT_ID, labels)
    key = {
        "id": LAYOUT_ID,
        "system": "Akaunting 3 (self-hosted, German locale), Verkäufe > Rechnungen > Exportieren (XLSX workbook "
                  "with six sheets; records are the rows of sheet 'invoices')",
        "country": "AT",
        "language": "de",
        "docs": [
            "akaunting/akaunting app/Exports/Sales/Invoices/Invoices.php: the export is a multi-sheet workbook "
            "(invoices, invoice_items, invoice_item_taxes, invoice_histories, invoice_totals, invoice_transactions)",
            "akaunting/akaunting app/Exports/Sales/Invoices/Sheets/Invoices.php: the field list and order of "
            "sheet 'invoices' (invoice_number ... parent_number), sorted by document_number desc, columns D/E "
            "formatted FORMAT_DATE_YYYYMMDD, contact_country translated via trans('countries')",
            "akaunting/akaunting app/Abstracts/Export.php: headings are the raw field names; sheet titles are the "
            "snake_case class names; date fields become Excel serial dates; values starting with = + - @ get a "
            "leading apostrophe (CSV-injection guard, so '+43 ... phone numbers)",
            "akaunting/akaunting Sheets/InvoiceItems.php, InvoiceItemTaxes.php, InvoiceHistories.php, "
            "InvoiceTotals.php, InvoiceTransactions.php: field lists of the other five sheets (payment_method "
            "only on invoice_transactions)",
            "akaunting/akaunting resources/lang/de-DE/demo.php + database/seeds/Categories.php: the default income "
            "category in a German install is 'Vertrieb'",
            "Not re-checked in a source here, from general knowledge: PhpSpreadsheet's default value binder "
            "stores numeric strings (zip codes, numeric order numbers) as numbers; Akaunting offline payment "
            "method codes look like 'offline-payments.bank_transfer.2'; default invoice prefix 'INV-' + 5 digits",
        ],
        "fields": {
            "buyer": "contact_name",
            "product": None,
            "quantity": None,
            "amount": "amount",
            "tax_id": "contact_tax_number",
            "email": "contact_email",
            "payment": None,
            "comment": "notes",
        },
        "also_ok": {
            "comment": ["order_number"],
        },
        "notes": "XLSX with six sheets; pandas.read_excel() without sheet_name reads the first sheet 'invoices', "
                 "which holds one row per invoice (the records). Header = raw Akaunting field names (English, "
                 "snake_case) while the content is German/Austrian. amount is the gross invoice total (EUR, 20 % "
                 "USt; 0 % for reverse-charge, embassy and international-organisation invoices). Item names and "
                 "quantities are only on sheet 'invoice_items' (joined by invoice_number), payment methods "
                 "('offline-payments.cash.1' / 'offline-payments.bank_transfer.2') only on sheet "
                 "'invoice_transactions' - the invoices sheet itself has no product, quantity or payment column. "
                 "order_number holds the buyer's order/PO reference (federal bodies: 45xxxxxxxx SAP order numbers "
                 "required for e-invoicing to the Bund). 'Laufkundschaft' and 'Barverkauf' are the shop's "
                 "catch-all contacts for counter sales. Phone numbers starting with '+' carry Akaunting's leading "
                 "apostrophe. Some UIDs are written with a space after 'ATU'.",
    }
    C.write_key(LAYOUT_ID, key)
    return labels


if __name__ == "__main__":
    labels = main()
    from collections import Counter
    print(len(labels), Counter(r["label"] for r in labels), sum(r["ambiguous"] for r in labels))
