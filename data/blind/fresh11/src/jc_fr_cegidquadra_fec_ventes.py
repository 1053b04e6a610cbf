"""Generator: jc_fr_cegidquadra_fec_ventes

Imitates the FEC (Fichier des Écritures Comptables, art. A47 A-1 LPF) that
Cegid Quadra Compta writes, restricted to the sales journal (VE) of a
Lyon office-equipment / IT distributor.  18 legal columns, TAB separated,
ISO-8859-15, dates AAAAMMJJ, decimal comma, one line per accounting line:
each invoice = one 411 customer line (debit TTC), one 70x line per invoiced
article (credit HT) and one 44571 VAT line (credit).  Only the 411 line
names the customer (CompAuxNum/CompAuxLib); all lines of an invoice share
its label.

Seeded: rebuilds layouts/ and key/ files byte-identically.
"""
import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import jc_common as C  # noqa: E402

LAYOUT_ID = "jc_fr_cegidquadra_fec_ventes"
SEED = 11_2025_01
rng = random.Random(SEED)

HEADER = ["JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum",
          "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate",
          "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet", "ValidDate",
          "Montantdevise", "Idevise"]

# article: (designation, unit price HT, account, tva rate)
ART = {
    "pc": ("PC portable Lenovo ThinkPad E14 Gen 6", 749.00, "707000", 20),
    "ecran": ("Ecran Dell 24\" P2425H", 179.00, "707000", 20),
    "imp": ("Imprimante HP LaserJet Pro 4002dn", 289.00, "707000", 20),
    "toner": ("Toner HP 59A noir CF259A", 119.00, "707000", 20),
    "papier": ("Papier A4 80g Clairefontaine - carton 5 ramettes", 24.90, "707000", 20),
    "fauteuil": ("Fauteuil de bureau ergonomique Sokoa", 219.00, "707000", 20),
    "vp": ("Videoprojecteur Epson EB-W49", 549.00, "707000", 20),
    "tbi": ("Ecran interactif Speechi 65\"", 2190.00, "707000", 20),
    "destr": ("Destructeur de documents Rexel Optimum", 189.00, "707000", 20),
    "casque": ("Micro-casque Jabra Evolve2 30", 79.00, "707000", 20),
    "usb": ("Cle USB SanDisk Ultra 64 Go", 9.90, "707000", 20),
    "m365": ("Licence Microsoft 365 Business Standard 12 mois", 140.40, "706000", 20),
    "maint": ("Contrat maintenance parc informatique - trimestre", 690.00, "706000", 20),
    "install": ("Installation et parametrage poste (forfait)", 85.00, "706000", 20),
    "bouilloire": ("Bouilloire electrique Moulinex Subito 1,7 L", 29.90, "707000", 20),
    "cafe": ("Machine a cafe Nespresso Vertuo Next", 129.00, "707000", 20),
    "frigo": ("Refrigerateur table top Beko 88 L", 239.00, "707000", 20),
    "microondes": ("Micro-ondes Samsung MS23K3515", 119.00, "707000", 20),
    "aspi": ("Aspirateur balai Dyson V8", 299.00, "707000", 20),
    "tv": ("Televiseur Samsung 55\" Crystal UHD", 549.00, "707000", 20),
    "switch": ("Switch Netgear 24 ports GS324", 159.00, "707000", 20),
    "baie": ("Baie serveur 19\" 42U Digitus", 1090.00, "707000", 20),
    "ipad": ("Tablette Apple iPad 10,9\" 64 Go", 389.00, "707000", 20),
}
ACC_LIB = {"707000": "Ventes de marchandises", "706000": "Prestations de services",
           "411000": "Clients", "445710": "TVA collectee 20%"}

PRO = ["pc", "ecran", "imp", "toner", "papier", "fauteuil", "casque", "m365", "install",
       "switch", "destr"]
SCHOOL = ["vp", "tbi", "pc", "ecran", "imp", "toner", "papier", "ipad"]

# buyers: (CompAuxNum, CompAuxLib, label, ambiguous, kind, country, basket, note)
#   basket: list of article keys (pool) or explicit [(key, qty)]
B = []


def add(num, name, label, amb, kind, pool, qty=(1, 4), n_inv=1, lines=(1, 2), note="", country="FR"):
    B.append(dict(num=num, name=name, label=label, amb=amb, kind=kind, pool=pool,
                  qty=qty, n_inv=n_inv, lines=lines, note=note, country=country))


# --- B2G ---------------------------------------------------------------------
add("CVILLEURB", "COMMUNE DE VILLEURBANNE", "B2G", False, "municipality", PRO, (2, 10), 2)
add("CMAIRBRON", "MAIRIE DE BRON", "B2G", False, "municipality", PRO, (1, 6), 2)
add("CVENISSIE", "VILLE DE VENISSIEUX - DSI", "B2G", False, "municipality", PRO, (2, 8), 2)
add("CMETROLYO", "METROPOLE DE LYON", "B2G", False, "metropolitan_authority", PRO, (3, 15), 1)
add("CDEPRHONE", "DEPARTEMENT DU RHONE", "B2G", False, "departement", PRO, (2, 10), 1)
add("CREGAURA", "REGION AUVERGNE-RHONE-ALPES", "B2G", False, "region", SCHOOL, (5, 20), 2)
add("CLYCMARTI", "LYCEE LA MARTINIERE MONPLAISIR", "B2G", False, "public_school", SCHOOL, (2, 12), 2)
add("CCOLJMOUL", "COLLEGE JEAN MOULIN", "B2G", False, "public_school", SCHOOL, (1, 6), 1)
add("CUCBL1", "UNIVERSITE CLAUDE BERNARD LYON 1", "B2G", False, "public_university", PRO, (2, 12), 1)
add("CENSLYON", "ENS DE LYON", "B2G", False, "public_university", PRO, (1, 6), 1)
add("CHCL", "HOSPICES CIVILS DE LYON", "B2G", False, "public_hospital", PRO, (4, 20), 1)
add("CCHVIENNE", "CENTRE HOSPITALIER DE VIENNE", "B2G", False, "public_hospital", PRO, (1, 6), 1)
add("CSDIS69", "SDMIS - SERVICE DEPARTEMENTAL-METROPOLITAIN D'INCENDIE ET DE SECOURS", "B2G", False,
    "fire_service", PRO, (2, 8), 1)
add("CTJLYON", "TRIBUNAL JUDICIAIRE DE LYON", "B2G", False, "court", PRO, (1, 5), 1)
add("CGENDRHON", "GENDARMERIE NATIONALE - GROUPEMENT DU RHONE", "B2G", False, "police", PRO, (2, 8), 1)
add("CBA942", "MINISTERE DES ARMEES - SCA PLATEFORME COMMISSARIAT LYON", "B2G", False,
    "armed_forces", PRO, (2, 10), 1)
add("CFRTRAV", "FRANCE TRAVAIL - DIRECTION REGIONALE AURA", "B2G", False, "public_agency", PRO, (2, 8), 1)
add("CSYTRAL", "SYTRAL MOBILITES", "B2G", False, "public_transport_authority", PRO, (2, 6), 1)
add("CCONSITA", "CONSOLAT GENERAL D'ITALIE A LYON", "B2G", False, "consulate", PRO, (1, 3), 1,
    country="IT")
add("CLYHPRO", "Lycee professionnel Hector Guimard", "B2G", False, "public_school", SCHOOL, (1, 6), 1)
# municipal school buying one kettle (policy table)
add("CECMATTIL", "ECOLE MATERNELLE LES TILLEULS (VILLE DE LYON)", "B2G", True, "public_school_household_item",
    [("bouilloire", 1)])
add("CMAIRCALU", "MAIRIE DE CALUIRE ET CUIRE", "B2G", True, "municipality_household_item",
    [("frigo", 1)])

# --- B2B ---------------------------------------------------------------------
add("CBIOMERIE", "BIOMERIEUX SA", "B2B", False, "company", PRO, (3, 15), 2)
add("CSEBDEV", "SEB DEVELOPPEMENT SAS", "B2B", False, "company", PRO, (2, 10), 1)
add("CBOIRON", "BOIRON", "B2B", False, "company", PRO, (2, 8), 1)
add("CALTEN", "ALTEN SUD OUEST SAS", "B2B", False, "company", PRO, (2, 10), 1)
add("CSEBFR", "GROUPE SEB FRANCE", "B2B", False, "company", PRO, (1, 6), 1)
add("CAPRR", "APRR - AUTOROUTES PARIS-RHIN-RHONE", "B2B", False, "company", PRO, (2, 8), 1)
add("CLAPOSTE", "LA POSTE SA - PIC LYON", "B2B", False, "state_owned_company", PRO, (2, 6), 1)
add("CALLIADE", "ALLIADE HABITAT", "B2B", False, "company", PRO, (1, 6), 1)
add("CFIDUCRH", "FIDUCIAIRE RHODANIENNE D'EXPERTISE SARL", "B2B", False, "company", PRO, (1, 4), 2)
add("CCROIXRO", "CROIX-ROUGE FRANCAISE - DT RHONE", "B2B", False, "nonprofit", PRO, (1, 6), 1)
add("CASSPFP", "ASSOCIATION LES PETITS FRERES DES PAUVRES", "B2B", False, "nonprofit", PRO, (1, 4), 1)
add("CUCLY", "UNIVERSITE CATHOLIQUE DE LYON", "B2B", False, "private_university", SCHOOL, (2, 10), 1)
add("CCLINSAU", "CLINIQUE DU PARC LYON SAS", "B2B", False, "private_hospital", PRO, (1, 6), 1)
add("CPAROISSE", "ASSOCIATION DIOCESAINE DE LYON", "B2B", False, "religious_org", PRO, (1, 3), 1)
add("CSYNDCOP", "SYNDICAT DES COPROPRIETAIRES RESIDENCE LE PARC", "B2B", False, "homeowners_association",
    [("aspi", 1), ("destr", 1)])
add("CDRMARTIN", "CABINET DU DR MARTIN SOPHIE", "B2B", False, "medical_practice", PRO, (1, 2), 1)
add("CEIBERNA", "EI BERNARD PLOMBERIE CHAUFFAGE", "B2B", False, "sole_trader", PRO, (1, 2), 1)
add("CBOULPAUL", "BOULANGERIE PAUL ET FILS", "B2B", False, "company", PRO, (1, 3), 1)
# ambiguous B2B
add("CSNCFVOY", "SNCF VOYAGEURS SA", "B2B", True, "state_owned_company_procurement", PRO, (5, 20), 1,
    note="Marche 2025-0417 SNCF")
add("CEDF", "EDF SA - CNPE DU BUGEY", "B2B", True, "state_owned_company_procurement", PRO, (2, 10), 1,
    note="Marche public 24-AO-1187")
add("CINTERPOL", "ORGANISATION INTERNATIONALE DE POLICE CRIMINELLE - INTERPOL", "B2B", True,
    "international_org", PRO, (2, 8), 1, note="Exoneration TVA")
add("CCIRC", "CIRC - CENTRE INTERNATIONAL DE RECHERCHE SUR LE CANCER", "B2B", True,
    "international_org", PRO, (2, 6), 1, note="Exoneration TVA")
add("CFONDUDL", "FONDATION POUR L'UNIVERSITE DE LYON", "B2B", True, "state_founded_foundation", PRO,
    (1, 4), 1)
add("CDUPUIS", "MAITRE DUPUIS ANNE AVOCAT", "B2B", True, "lawyer", [("imp", 1)])
add("CBISTROT", "SARL LE BISTROT DU PARC", "B2B", True, "company_household_item", [("tv", 1)])
add("CALTENAS", "ALTEN SUD OUEST SAS ", "B2B", True, "company_household_item", [("cafe", 1)])
add("CROUXPIE", "M. ROUX PIERRE", "B2B", True, "private_person_resale", [("ipad", 6)],
    note="pour revente boutique")

# --- B2C ---------------------------------------------------------------------
PERSONS = ["M. LEFEVRE THOMAS", "MME DUBOIS CLAIRE", "GIRAUD, NATHALIE", "M. MOREAU JULIEN",
           "Mme Fontaine Isabelle", "M. BERTRAND NICOLAS", "MME PETIT CAMILLE", "Laurent Mathieu",
           "M. GARNIER ALEXANDRE", "MME ROCHE ELODIE", "CHEVALIER, ANTOINE", "M. BLANC HUGO"]
for i, p in enumerate(PERSONS):
    pool = rng.choice([["pc"], ["ecran"], ["cafe"], ["aspi"], ["imp"], ["ipad"], ["tv"], ["casque", "usb"]])
    add(f"CPART{i+1:03d}", p, "B2C", False, "private_person", pool, (1, 1), 1, lines=(1, 2))
add("CDIVERS", "CLIENTS DIVERS", "B2C", False, "anonymous_retail", ["usb", "casque", "papier", "toner", "cafe"],
    (1, 2), 3, lines=(1, 2))
add("CNGUYENP", "M. NGUYEN PAUL", "B2C", True, "private_person_bulk", [("usb", 40)])
add("CDURAND", "DURAND", "B2C", True, "thin_record", [("casque", 1)])


def fmt(x: float) -> str:
    return f"{x:.2f}".replace(".", ",")


def dstr(d: date) -> str:
    return d.strftime("%Y%m%d")


# build invoices
invoices = []
for b in B:
    for _ in range(b["n_inv"]):
        invoices.append(b)
rng.shuffle(invoices)

start = date(2025, 1, 6)
lines_out = []
labels = []
ecr = 0
inv_no = 1040
d = start
for b in invoices:
    d = d + timedelta(days=rng.choice([0, 1, 1, 2, 3]))
    if d.weekday() >= 5:
        d += timedelta(days=7 - d.weekday())
    inv_no += 1
    ecr += 1
    piece = f"FA25-{inv_no:05d}"
    # basket
    if isinstance(b["pool"][0], tuple):
        items = list(b["pool"])
    else:
        k = rng.randint(*b["lines"])
        keys = rng.sample(b["pool"], min(k, len(b["pool"])))
        items = [(key, rng.randint(*b["qty"])) for key in keys]
    exempt = "Exoneration" in b["note"]
    ht_lines = []
    for key, q in items:
        des, pu, acc, _ = ART[key]
        ht_lines.append((acc, des, q, round(pu * q, 2)))
    total_ht = round(sum(x[3] for x in ht_lines), 2)
    tva = 0.0 if exempt else round(total_ht * 0.20, 2)
    ttc = round(total_ht + tva, 2)
    paid = d < date(2025, 5, 15) and rng.random() < 0.85
    let = ""
    dlet = ""
    if paid:
        let = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2))
        dlet = dstr(d + timedelta(days=rng.randint(12, 60)))
    valid = dstr(date(d.year, d.month, 28))
    name = b["name"]
    lib411 = f"{piece} {name.strip().upper()[:30]}"
    if b["note"]:
        lib411 = f"{piece} {b['note']}"
    common = ["VE", "Journal des ventes", str(ecr), dstr(d)]
    lines_out.append(common + ["411000", ACC_LIB["411000"], b["num"], name, piece, dstr(d),
                               lib411, fmt(ttc), fmt(0), let, dlet, valid, "", ""])
    for acc, des, q, amt in ht_lines:
        lib = f"{q} x {des}" if q > 1 else des
        if rng.random() < 0.25 and b["label"] != "B2C":
            lib = ACC_LIB[acc]
        lines_out.append(common + [acc, ACC_LIB[acc], "", "", piece, dstr(d), lib[:60],
                                   fmt(0), fmt(amt), "", "", valid, "", ""])
    if not exempt:
        lines_out.append(common + ["445710", ACC_LIB["445710"], "", "", piece, dstr(d),
                                   f"TVA {piece}", fmt(0), fmt(tva), "", "", valid, "", ""])
    n_lines = 1 + len(ht_lines) + (0 if exempt else 1)
    country = b["country"]
    for _ in range(n_lines):
        labels.append((b["label"], b["amb"], b["kind"], country))

assert len(lines_out) == len(labels)

C.LAYOUTS.mkdir(parents=True, exist_ok=True)
out = C.LAYOUTS / f"{LAYOUT_ID}.tsv"
with open(out, "w", encoding="iso-8859-15", newline="") as f:
    f.write("\t".join(HEADER) + "\r\n")
    for row in lines_out:
        f.write("\t".join(row) + "\r\n")

C.write_labels(LAYOUT_ID, labels)
C.write_key(LAYOUT_ID, {
    "id": LAYOUT_ID,
    "system": "Cegid Quadra Compta (Quadra Entreprise) - export FEC (Fichier des Ecritures Comptables), "
              "partial export of the sales journal VE",
    "country": "FR",
    "language": "fr",
    "docs": [
        "BOI-CF-IOR-60-40-20 / art. A47 A-1 LPF as summarised by the OCA l10n-france-fec module page "
        "(pypi odoo-addon-l10n-fr-fec-oca): FEC is a flat text file whose layout is fixed by the arrete "
        "of 29 July 2013; gave the legal basis and the fact that it is a text (not XML) file",
        "Odoo documentation 'France - FEC' (odoo.com/documentation .../fiscal_localizations/france): "
        "first line is the header naming the fields, one accounting line per row, separators TAB or |, "
        "encodings UTF-8 / ISO-8859-15, dates %Y%m%d; gave the 18 field names in order",
        "Dolibarr wiki 'AccountingExpertExportExamples - Export FEC': a real sales-journal example "
        "(411 line with CompAuxNum/CompAuxLib and the TTC debit, 706/7061 line and 44571 VAT line "
        "with the same PieceRef, auxiliary fields empty on the non-411 lines); FEC is a TSV with .txt "
        "extension",
        "NetSuite help 'France FEC Field Mapping': meaning of JournalCode/JournalLib/EcritureNum/"
        "EcritureDate/CompteNum",
    ],
    "fields": {"buyer": "CompAuxLib", "product": "EcritureLib", "quantity": None,
               "amount": "Debit", "tax_id": None, "email": None, "payment": None,
               "comment": None},
    "also_ok": {"amount": ["Credit"], "buyer": ["CompAuxNum"]},
    "notes": "TAB-separated, ISO-8859-15, CRLF, header on line 1, no title or totals lines; the real "
             "file is named <SIREN>FEC<AAAAMMJJ>.txt (written here as .tsv). Read with "
             "pd.read_csv(path, sep='\\t', encoding='iso-8859-15', dtype=str). One row per accounting "
             "line, not per invoice: an invoice (same EcritureNum / PieceRef) = one 411000 customer "
             "line (Debit = TTC, only this line carries CompAuxNum/CompAuxLib), one 706000/707000 line "
             "per article (Credit = HT, EcritureLib = '<qty> x <designation>' or just the account "
             "label) and one 445710 VAT line. All lines of one EcritureNum share the label. Debit/"
             "Credit use a decimal comma and '0,00' for zero. 'CLIENTS DIVERS' (CDIVERS) is the catch-all "
             "account for counter sales (anonymous retail). VAT-exempt invoices (international "
             "organisations) have no 445710 line and the 411 libelle says 'Exoneration TVA'. "
             "EcritureLet/DateLet are the lettrage of paid invoices.",
})
print(out, len(lines_out), "lines", len(invoices), "invoices")
