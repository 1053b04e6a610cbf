"""BE: Billit, export of outgoing invoices (Verkoop > Facturen > Exporteren naar Excel),
one row per invoice line, Dutch interface. Seller: a Ghent AV / meeting-room installer."""
import random
from openpyxl import Workbook
from bb_common import *

rng = random.Random(8404)
KID = "bb_be_billit_verkoopfacturen"

VOORN = ["Lotte", "Emma", "Wout", "Jonas", "Lucas", "Louise", "Noah", "Arthur", "Elise", "Sofie", "Tom", "Bart",
         "An", "Katrien", "Pieter", "Liesbeth", "Koen", "Nathalie", "Dries", "Hanne", "Jan", "Marie"]
ACHTERN = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
           "Dubois", "Vermeulen", "Van den Broeck", "De Clercq", "Verstraete", "Desmet", "Van Damme", "De Backer", "Coppens", "Lambrecht"]
FREEMAIL = ["gmail.com", "telenet.be", "skynet.be", "hotmail.com", "outlook.be", "proximus.be", "icloud.com"]
GEM = [("Gent", "9000"), ("Gent", "9050"), ("Sint-Martens-Latem", "9830"), ("Merelbeke", "9820"), ("Aalst", "9300"),
       ("Deinze", "9800"), ("Lochristi", "9080"), ("Brugge", "8000"), ("Antwerpen", "2000"), ("Brussel", "1000")]
STRATEN = ["Kortrijksesteenweg", "Coupure Links", "Sint-Pietersnieuwstraat", "Dendermondsesteenweg", "Brusselsesteenweg",
           "Veldstraat", "Kouter", "Overpoortstraat", "Nieuwe Wandeling", "Kasteellaan"]
HOME = [("Sonos Arc soundbar", 999.0), ("Samsung QE55Q80C 55\" QLED TV", 1149.0), ("Muurbeugel TV + montage", 189.0),
        ("Installatie thuisbioscoop (arbeid)", 65.0), ("HDMI-kabel 2.1 3 m", 29.0), ("Verplaatsingskosten", 45.0)]
PRO = [("Samsung Flip Pro WM75B interactief scherm", 3890.0), ("Logitech Rally Bar videoconferentiesysteem", 3299.0),
       ("Epson EB-L630U laserprojector", 2450.0), ("Installatie vergaderzaal (arbeid)", 72.0), ("Shure MXA920 plafondmicrofoon", 4190.0),
       ("Onderhoudscontract AV 12 maanden", 1250.0), ("Barco ClickShare CX-50", 1690.0), ("Verplaatsingskosten", 45.0)]
COMP = [("Barco NV", "barco.com"), ("Colruyt Group NV", "colruytgroup.com"), ("Vandemoortele NV", "vandemoortele.com"),
        ("Ontex BV", "ontex.com"), ("UCB SA", "ucb.com"), ("DEME Group NV", "deme-group.com"), ("Van de Velde NV", "vandevelde.eu"),
        ("Showpad NV", "showpad.com"), ("Deloitte Bedrijfsrevisoren BV", "deloitte.com"), ("Ghelamco Group CommV", "ghelamco.com"),
        ("Hotel Marriott Ghent (Ghent Hotel Partners NV)", "marriottghent.be"), ("Brouwerij Huyghe NV", "delirium.be"),
        ("Artevelde Hogeschool VZW", "arteveldehs.be")]
GOV = [("Stad Gent", "stad.gent", "municipality"), ("Provincie Oost-Vlaanderen", "oost-vlaanderen.be", "province"),
       ("Universiteit Gent", "ugent.be", "public_university"), ("UZ Gent", "uzgent.be", "public_hospital"),
       ("Politiezone Gent", "police.belgium.eu", "police"), ("Vlaamse overheid – Departement Omgeving", "vlaanderen.be", "government_agency"),
       ("FOD Financiën", "minfin.fed.be", "government_agency"), ("De Lijn", "delijn.be", "transit_authority"),
       ("Gemeente Lochristi", "lochristi.be", "municipality"), ("OCMW Deinze", "deinze.be", "municipality"),
       ("Ambassade van Japan", "bs.mofa.go.jp", "embassy")]

def n(x):
    return round(x, 2)

rows, labels = [], []
num = 240000 + 311
dag = 0

def person():
    return rng.choice(VOORN), rng.choice(ACHTERN)

def mail(f, l, dom=None):
    return f"{f.lower()}.{l.lower().replace(' ', '')}{rng.choice(['', '', str(rng.randint(1, 99))])}@{dom or rng.choice(FREEMAIL)}"

def ogm():
    base = rng.randint(1, 9999999999)
    chk = base % 97 or 97
    s = f"{base:010d}{chk:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"

def adres():
    g = rng.choice(GEM)
    return (f"{rng.choice(STRATEN)} {rng.randint(1, 250)}", g[1], g[0], "België")

def factuur(klant, btw, email, adr, lines, betaal, opm, peppol, lab, amb, kind, cc="BE", vat=21):
    global num, dag
    num += 1
    dag += rng.choice([1, 1, 2])
    m, d = 1 + (dag // 30) % 12, 1 + dag % 28
    ex = sum(q * p for _, q, p in lines)
    st = rng.choice(["Betaald", "Betaald", "Openstaand", "Vervallen"])
    for oms, q, p in lines:
        rows.append([f"{num}", f"{d:02d}/{m:02d}/2024", f"{d:02d}/{(m % 12) + 1:02d}/2024", klant, btw, email,
                     adr[0], adr[1], adr[2], adr[3], oms, q, p, vat, n(q * p), n(ex * (1 + vat / 100)), st, betaal, ogm(),
                     opm, peppol])
        labels.append((lab, amb, kind, cc))

def lines(pool, k):
    out = []
    for o, p in rng.sample(pool, k):
        q = 1 if "kosten" in o or "contract" in o else (rng.choice([2, 3, 4, 6, 8]) if "arbeid" in o else rng.choice([1, 1, 2, 4]))
        out.append((o, q, p))
    return out

plan = (["priv"] * 26 + ["priv_sparse"] * 6 + ["priv_comp_mail"] * 2 + ["priv_bulk"] * 1 + ["comp"] * 26 + ["sole"] * 4 +
        ["sole_card"] * 2 + ["comp_one_home"] * 2 + ["gov"] * 14 + ["gov_tv"] * 2 + ["nmbs"] * 1 + ["bpost"] * 1 +
        ["intl"] * 2 + ["vzw"] * 2 + ["thin"] * 3)
rng.shuffle(plan)
for k in plan:
    if k == "priv":
        f, l = person()
        factuur(rng.choice([f"{f} {l}", f"{l} {f}", f"{l.upper()} {f}"]), "", mail(f, l), adres(), lines(HOME, rng.randint(1, 3)),
                rng.choice(["Overschrijving", "Bancontact", "Payconiq", "Cash"]), rng.choice(["", "", "6% btw niet van toepassing", "Plaatsing ten huize"]),
                "Nee", "B2C", False, "private_person")
    elif k == "priv_sparse":
        f, l = person()
        factuur(f"{f} {l}", "", "", ("", "", "", ""), lines(HOME, 1), "", "", "Nee", "B2C", False, "private_person")
    elif k == "priv_comp_mail":
        f, l = person()
        factuur(f"{f} {l}", "", mail(f, l, rng.choice(["barco.com", "ugent.be"])), adres(), [("Samsung QE55Q80C 55\" QLED TV", 1, 1149.0), ("Muurbeugel TV + montage", 1, 189.0)],
                "Bancontact", "Levering thuis", "Nee", "B2C", True, "person_company_email")
    elif k == "priv_bulk":
        f, l = person()
        factuur(f"{f} {l}", "", mail(f, l), adres(), [("HDMI-kabel 2.1 3 m", 40, 29.0)], "Overschrijving", "", "Nee", "B2C", True, "private_person_bulk")
    elif k == "comp":
        c = rng.choice(COMP[:12])
        f, l = person()
        factuur(c[0] if rng.random() > .2 else c[0].upper(), be_vat(rng, dotted=rng.random() < .4), rng.choice([f"invoices@{c[1]}", f"{f.lower()}.{l.lower().replace(' ', '')}@{c[1]}", f"facturatie@{c[1]}"]),
                adres(), lines(PRO, rng.randint(1, 3)), "Overschrijving", rng.choice(["", f"PO {rng.randint(4500000000, 4509999999)}", "Vergaderzaal 3e verdieping"]),
                "Ja", "B2B", False, "company")
    elif k == "sole":
        f, l = person()
        factuur(rng.choice([f"Advocatenkantoor {l}", f"Tandartspraktijk Dr. {f} {l}", f"{f} {l} – architect"]), be_vat(rng), mail(f, l, f"{l.lower().replace(' ', '')}.be"),
                adres(), lines(PRO, rng.randint(1, 2)), "Overschrijving", "", "Ja", "B2B", False, "sole_trader")
    elif k == "sole_card":
        f, l = person()
        factuur(f"{f} {l} (kinesitherapeut)", be_vat(rng), mail(f, l), adres(), [("Sonos Arc soundbar", 1, 999.0)], "Bancontact", "", "Nee",
                "B2B", True, "sole_trader_personal_card")
    elif k == "comp_one_home":
        c = rng.choice(COMP[:10])
        factuur(c[0], be_vat(rng), f"facturatie@{c[1]}", adres(), [("Samsung QE55Q80C 55\" QLED TV", 1, 1149.0)], "Overschrijving", "", "Ja",
                "B2B", True, "company_household_item")
    elif k == "gov":
        g = rng.choice(GOV)
        factuur(g[0] if rng.random() > .15 else g[0].upper(), "" if g[2] == "embassy" else be_vat(rng, dotted=True), f"{rng.choice(['facturen', 'aankoop', 'boekhouding'])}@{g[1]}", adres(),
                lines(PRO, rng.randint(1, 3)), "Overschrijving",
                rng.choice([f"Bestelbon {rng.randint(4500000, 4599999)}", f"Overheidsopdracht {2024}/{rng.randint(100, 999)} – raamcontract AV", "Via Mercurius/Peppol", ""]),
                "Ja" if g[2] != "embassy" else "Nee", "B2G", False, g[2])
    elif k == "gov_tv":
        g = GOV[rng.choice([0, 8, 9])]
        factuur(g[0] + " – Kinderdagverblijf", be_vat(rng, dotted=True), f"kdv@{g[1]}", adres(), [("Samsung QE55Q80C 55\" QLED TV", 1, 1149.0)],
                "Overschrijving", "", "Ja", "B2G", True, "municipal_childcare_household_item")
    elif k == "nmbs":
        factuur("NMBS NV van publiek recht", be_vat(rng, dotted=True), "invoices@b-rail.be", ("Frankrijkstraat 56", "1060", "Brussel", "België"),
                [("Samsung Flip Pro WM75B interactief scherm", 6, 3890.0), ("Installatie vergaderzaal (arbeid)", 16, 72.0)], "Overschrijving",
                f"Overheidsopdracht NMBS-{rng.randint(10000, 99999)} (sectoren)", "Ja", "B2B", True, "state_owned_company_procurement")
    elif k == "bpost":
        factuur("bpost NV", be_vat(rng, dotted=True), "supplier.invoices@bpost.be", ("Anspachlaan 1", "1000", "Brussel", "België"),
                [("Barco ClickShare CX-50", 3, 1690.0)], "Overschrijving", f"PO {rng.randint(4500000000, 4509999999)}", "Ja", "B2B", False, "state_owned_company")
    elif k == "intl":
        nm, dom = rng.choice([("EUROCONTROL", "eurocontrol.int"), ("NATO Support and Procurement Agency", "nspa.nato.int")])
        factuur(nm, "", f"invoices@{dom}", ("Rue de la Fusée 96", "1130", "Brussel", "België"), lines(PRO, 2), "Overschrijving",
                "Vrijgesteld van btw – art. 42 §3 WBTW", "Nee", "B2B", True, "international_org", vat=0)
    elif k == "vzw":
        c = COMP[12]
        factuur(c[0], be_vat(rng), f"boekhouding@{c[1]}", adres(), lines(PRO, 2), "Overschrijving", "", "Ja", "B2B", False, "private_college_nonprofit")
    elif k == "thin":
        factuur("", "", "", ("", "", "", ""), lines(HOME, 1), "Cash", "", "Nee", "B2C", True, "thin_record")

hdr = ["Factuurnummer", "Factuurdatum", "Vervaldatum", "Klant", "Btw-nummer", "E-mail", "Straat", "Postcode", "Gemeente", "Land",
       "Omschrijving", "Aantal", "Eenheidsprijs", "Btw %", "Totaal excl. btw", "Totaal incl. btw", "Status", "Betaalwijze",
       "Gestructureerde mededeling", "Opmerking", "Verzonden via Peppol"]
wb = Workbook()
ws = wb.active
ws.title = "Facturen"
ws.append(hdr)
for r in rows:
    ws.append(r)
wb.save(LAYOUTS / f"{KID}.xlsx")

# make the file byte-stable: fixed document timestamps and zip entry dates
import re, zipfile, io
_p = LAYOUTS / f"{KID}.xlsx"
_src = zipfile.ZipFile(io.BytesIO(_p.read_bytes()))
_buf = io.BytesIO()
with zipfile.ZipFile(_buf, "w", zipfile.ZIP_DEFLATED) as _z:
    for _i in _src.infolist():
        _d = _src.read(_i.filename)
        if _i.filename == "docProps/core.xml":
            _d = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2024-12-31T17:05:00Z", _d)
        _zi = zipfile.ZipInfo(_i.filename, date_time=(2024, 12, 31, 17, 5, 0))
        _zi.compress_type = zipfile.ZIP_DEFLATED
        _z.writestr(_zi, _d)
_p.write_bytes(_buf.getvalue())

meta = {
    "id": KID,
    "system": "Billit (Belgian invoicing/Peppol platform), Verkoop > Facturen > Exporteren (Excel), one row per invoice line; seller is a Ghent audiovisual / meeting-room installer",
    "country": "BE", "language": "nl",
    "docs": [
        "billit.eu help 'Een klant toevoegen': customers are a company or an individual; the 'VAT or CBE' (btw/ondernemingsnummer) field fills company data from the KBO",
        "billit.eu help 'Extra velden toevoegen voor Peppol': invoices follow Peppol BIS v3 (customer contact e-mail, order reference) — hence the Peppol column",
        "billit.eu help 'Een lijst klanten toevoegen': Billit reads and writes .csv and .xlsx (not .xls)",
        "Column names and order are my reading of Billit's Dutch invoice screen; no published export column list was found. Belgian payment references use the 12-digit structured communication +++xxx/xxxx/xxxxx+++ (mod 97)"
    ],
    "fields": {"buyer": "Klant", "product": "Omschrijving", "quantity": "Aantal", "amount": "Totaal excl. btw",
               "tax_id": "Btw-nummer", "email": "E-mail", "payment": "Betaalwijze", "comment": "Opmerking"},
    "also_ok": {"amount": ["Totaal incl. btw"]},
    "notes": "One row per invoice line; invoice-level columns repeat on each line, but 'Totaal excl. btw' is the line amount net and 'Totaal incl. btw' the invoice total gross. BE VAT numbers are mod-97 valid, written either BE0123456789 or 'BE 0123.456.789'. Public bodies reference overheidsopdrachten / Mercurius; embassy and international organisations have no BE VAT number. Sheet 'Facturen', header in row 1, numbers as numbers, dates as dd/mm/yyyy text."
}
write_key(KID, meta, labels)
print(KID, len(rows))
