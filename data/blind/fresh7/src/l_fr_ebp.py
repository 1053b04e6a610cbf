"""EBP Gestion Commerciale (FR) - liste des factures clients (détail des lignes), CSV ; cp1252, one row per document line, totals line."""
import datetime as dt
import numpy as np
from l_common import LAYOUTS, fr_siren, fr_siret, fr_tva, de_num, write_key, write_labels

ID = "l_fr_ebp_ventes"
rng = np.random.default_rng(70202)

HEAD = ["Type de pièce", "N° pièce", "Date", "Code client", "Nom du client", "Adresse", "Code postal", "Ville", "Pays",
        "E-mail", "SIRET", "N° TVA intracommunautaire", "Code article", "Désignation", "Quantité", "PU HT", "Remise %",
        "Montant HT", "Taux TVA", "Montant TTC", "Mode de règlement", "Observations"]

PRO = [("ORD-HP250", "Ordinateur portable HP 250 G10 15,6\" i5 8 Go 256 Go", 549.0),
       ("ECR-IIY24", "Écran iiyama ProLite XU2493HS 24\"", 119.0),
       ("IMP-M404", "Imprimante HP LaserJet Pro M404dn", 249.0),
       ("PAP-A4-CLA", "Ramette papier A4 80 g Clairefontaine (carton de 5)", 24.5),
       ("TON-CF259", "Toner HP 59A CF259A noir", 119.0),
       ("LOG-EBP", "Licence EBP Compta Classic (abonnement annuel)", 399.0),
       ("SRV-DELL", "Serveur Dell PowerEdge T150", 1390.0),
       ("ONDU-APC", "Onduleur APC Back-UPS 950VA", 129.0),
       ("INST-H", "Installation et paramétrage sur site (heure)", 65.0),
       ("CTR-MAINT", "Contrat de maintenance informatique trimestriel", 360.0),
       ("VIDEOP-EP", "Vidéoprojecteur Epson EB-W49", 589.0),
       ("TBI-SPEECH", "Écran interactif Speechi 65\"", 2390.0),
       ("CHAISE-ERG", "Fauteuil de bureau ergonomique Sokoa", 329.0),
       ("CABL-RJ45", "Câble réseau RJ45 Cat6 5 m", 6.9)]
HOME = [("REFR-SAM", "Réfrigérateur Samsung RB34C600ESA", 549.0),
        ("ROBOT-MOU", "Robot cuiseur Moulinex Companion XL", 499.0),
        ("TV-LG55", "Téléviseur LG 55UR78 55\" 4K", 449.0),
        ("BOUIL-TEF", "Bouilloire Tefal Justine 1,2 L", 29.9),
        ("CAFE-NESP", "Machine à café Nespresso Vertuo Next", 119.0),
        ("SMART-A15", "Smartphone Samsung Galaxy A15 128 Go", 179.0),
        ("ASPI-DYS", "Aspirateur Dyson V8", 299.0)]

PRENOMS_M = ["Jean", "Pierre", "Nicolas", "Julien", "Thomas", "Sébastien", "Laurent", "Olivier", "Christophe", "Mathieu"]
PRENOMS_F = ["Marie", "Nathalie", "Isabelle", "Sophie", "Céline", "Aurélie", "Camille", "Émilie", "Sandrine", "Julie"]
NOMS = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
        "Laurent", "Lefebvre", "Michel", "Garcia", "Le Gall", "Guérin", "Le Goff", "Rousseau", "Morel"]
FREEMAIL = ["orange.fr", "gmail.com", "free.fr", "laposte.net", "sfr.fr", "hotmail.fr", "wanadoo.fr"]
VILLES = [("35000", "Rennes"), ("35400", "Saint-Malo"), ("35510", "Cesson-Sévigné"), ("22000", "Saint-Brieuc"),
          ("56000", "Vannes"), ("29200", "Brest"), ("35300", "Fougères"), ("35170", "Bruz")]
RUES = ["rue de Paris", "avenue Janvier", "rue de Nantes", "boulevard de la Liberté", "rue du Général Leclerc", "place de la Mairie", "rue des Lilas"]

COMPANIES = [("SARL BOULANGERIE MOREAU", "boulangerie-moreau.fr"), ("SAS Bâti Concept 35", "baticoncept35.fr"),
             ("Cabinet Le Goff Expertise Comptable", "legoff-expertise.fr"), ("SARL Garage Durand", "garage-durand35.fr"),
             ("SAS Breizh Logistique", "breizh-logistique.fr"), ("Pharmacie du Colombier SELARL", "pharmacie-colombier.fr"),
             ("SCI Les Tilleuls", ""), ("SAS Armor Agencement", "armor-agencement.fr"), ("EURL Menuiserie Guérin", "menuiserie-guerin.fr"),
             ("SARL Crêperie Ty Breizh", "tybreizh-creperie.fr"), ("Agence Immobilière Rousseau SAS", "rousseau-immobilier.fr"),
             ("Lactalis Ingrédients", "lactalis.fr"), ("Groupe Legendre", "groupe-legendre.com")]
ARTISANS = [("Julien PETIT Plomberie", None), ("Électricité Laurent Simon EI", "simon-electricite.fr"),
            ("Morel Camille - Architecte DPLG", "camille-morel-architecte.fr"), ("Taxi Olivier Richard", None)]
PUBLIC = [("Ville de Rennes - Direction des Systèmes d'Information", "ville-rennes.fr", "municipality", "Mandat administratif"),
          ("Mairie de Cesson-Sévigné", "ville-cesson-sevigne.fr", "municipality", "Mandat administratif"),
          ("Commune de Bruz", "ville-bruz.fr", "municipality", "Virement"),
          ("Collège Anne de Bretagne", "ac-rennes.fr", "public_school", "Mandat administratif"),
          ("Lycée Chateaubriand", "ac-rennes.fr", "public_school", "Mandat administratif"),
          ("Lycée Jean Macé", "ac-rennes.fr", "public_school", "Mandat administratif"),
          ("CHU de Rennes", "chu-rennes.fr", "public_hospital", "Virement"),
          ("Centre Hospitalier de Saint-Malo", "ch-stmalo.fr", "public_hospital", "Virement"),
          ("Département d'Ille-et-Vilaine", "ille-et-vilaine.fr", "regional_government", "Mandat administratif"),
          ("Préfecture d'Ille-et-Vilaine", "ille-et-vilaine.gouv.fr", "state_agency", "Virement"),
          ("Rennes Métropole", "rennesmetropole.fr", "municipality", "Mandat administratif"),
          ("Université Rennes 2", "univ-rennes2.fr", "public_university", "Virement")]

docs = []
_ids = {}


def uk_vat(d7, prefix="XI"):
    s = sum(int(c) * w for c, w in zip(d7, range(8, 1, -1)))
    return prefix + d7 + "%02d" % ((-s) % 97)


def ids_of(name, first=None):
    if name not in _ids:
        s = fr_siren(rng, first)
        _ids[name] = (fr_siret(s, rng), fr_tva(s))
    return _ids[name]


def person(f=None):
    f = rng.random() < 0.5 if f is None else f
    return str(rng.choice(PRENOMS_F if f else PRENOMS_M)), str(rng.choice(NOMS))


def mail(pr, nm, dom):
    tr = str.maketrans({"é": "e", "è": "e", "ë": "e", "É": "e", " ": "", "ç": "c"})
    return f"{pr.lower().translate(tr)}.{nm.lower().translate(tr)}@{dom}"


def adr():
    cp, v = VILLES[int(rng.integers(0, len(VILLES)))]
    return f"{int(rng.integers(1, 80))} {rng.choice(RUES)}", cp, v


def items(pool, nmax=4, qmax=3):
    n = int(rng.integers(1, nmax + 1))
    idx = rng.choice(len(pool), size=n, replace=False)
    return [(pool[i], int(rng.integers(1, qmax + 1))) for i in idx]


def add(nom, a, email, siret, tva, its, pay, obs, lab, pays="France"):
    docs.append(dict(nom=nom, a=a or ("", "", ""), email=email, siret=siret, tva=tva, its=its, pay=pay, obs=obs, lab=lab, pays=pays))


for _ in range(30):
    nom, dom = COMPANIES[int(rng.integers(0, len(COMPANIES)))]
    pr, nm = person()
    siret, tva = ids_of(nom)
    add(nom, adr(), rng.choice([f"compta@{dom}", f"contact@{dom}", mail(pr, nm, dom)]) if dom else f"sci.lestilleuls@{rng.choice(FREEMAIL)}",
        siret, tva if rng.random() < 0.8 else "", items(PRO), str(rng.choice(["Virement 30 jours", "Virement 30 jours", "LCR", "Chèque", "Prélèvement"])),
        str(rng.choice(["", "", f"Votre commande n° BC{int(rng.integers(1000, 9999))}", "Livraison à l'atelier"])),
        ("B2B", False, "company", "FR"))
for _ in range(8):
    nom, dom = ARTISANS[int(rng.integers(0, len(ARTISANS)))]
    siret, _t = ids_of(nom)
    p = nom.split()
    add(nom, adr(), f"contact@{dom}" if dom else f"{p[0].lower()}.{p[1].lower()}@{rng.choice(FREEMAIL)}", siret, "",
        items(PRO, 2, 2), str(rng.choice(["Chèque", "Virement 30 jours", "Carte bancaire"])), "", ("B2B", False, "sole_trader", "FR"))
# private school, association
for nom, dom, kind in [("OGEC Lycée Saint-Martin (privé sous contrat)", "saint-martin-rennes.fr", "private_school"),
                       ("Association Les Restos du Cœur d'Ille-et-Vilaine", "restosducoeur.org", "nonprofit"),
                       ("Croix-Rouge française - Unité locale de Rennes", "croix-rouge.fr", "nonprofit")]:
    for _ in range(2):
        siret, _t = ids_of(nom, "7")
        add(nom, adr(), f"gestion@{dom}", siret, "", items(PRO, 3, 4), "Virement 30 jours", "", ("B2B", False, kind, "FR"))
# EU company
for _ in range(2):
    add("Kerr Technology Ltd", ("14 Merchant Street", "BT1 2AA", "Belfast"), "accounts@kerrtech.co.uk", "", uk_vat("2845716"),
        items(PRO, 2, 6), "Virement 30 jours", "Exonération de TVA, article 262 ter I du CGI", ("B2B", False, "company", "GB"), "Royaume-Uni")
# public bodies
for _ in range(20):
    nom, dom, kind, pay = PUBLIC[int(rng.integers(0, len(PUBLIC)))]
    siret, _t = ids_of(nom, "2")
    uai = "ce.0350%03d%s" % (int(rng.integers(0, 999)), "ABCDEFGHJK"[int(rng.integers(0, 10))])
    email = f"{uai.lower()}@{dom}" if dom == "ac-rennes.fr" else rng.choice([f"commande-publique@{dom}", f"factures@{dom}",
                                                                              mail(*person(), dom)])
    obs = str(rng.choice([f"Chorus Pro - n° d'engagement {int(rng.integers(4500000000, 4599999999))}",
                          f"Bon de commande n° {int(rng.integers(2024000, 2024999))}", "Dépôt sur Chorus Pro", ""]))
    add(nom, adr(), email, siret, "", items(PRO, 4, 8), pay, obs, ("B2G", False, kind, "FR"))
add("Ambassade du Canada en France", ("130 rue du Faubourg Saint-Honoré", "75008", "Paris"), "paris.procurement@international.gc.ca",
    "", "", items(PRO, 2, 4), "Virement", "", ("B2G", False, "embassy", "CA"))
# private persons
for _ in range(16):
    pr, nm = person()
    nom = f"{nm.upper()} {pr}" if rng.random() < 0.5 else f"M. {pr} {nm}" if pr in PRENOMS_M else f"Mme {pr} {nm}"
    add(nom, adr(), mail(pr, nm, str(rng.choice(FREEMAIL))) if rng.random() < 0.8 else "", "", "",
        items(HOME + PRO[:1], 2, 1), str(rng.choice(["Carte bancaire", "Carte bancaire", "Chèque", "Espèces"])),
        str(rng.choice(["", "", "Livraison à domicile", "Cadeau"])), ("B2C", False, "private_person", "FR"))
# catch-all account: anonymous counter sales
for _ in range(4):
    add("CLIENTS DIVERS", ("", "", ""), "", "", "", items(HOME[3:6] + PRO[3:5], 2, 1), "Espèces", "Vente comptoir",
        ("B2C", False, "anonymous_retail", "FR"))
# ---- ambiguous
add("SAS Breizh Logistique", adr(), "contact@breizh-logistique.fr", *ids_of("SAS Breizh Logistique"), [(HOME[0], 1)],
    "Virement 30 jours", "", ("B2B", True, "company", "FR"))
add("SARL Garage Durand", adr(), "compta@garage-durand35.fr", *ids_of("SARL Garage Durand"), [(HOME[4], 1)],
    "Carte bancaire", "", ("B2B", True, "company", "FR"))
for pr, nm, dom in [("Sophie", "Lefebvre", "interieur.gouv.fr"), ("Olivier", "Garcia", "orange.com"), ("Aurélie", "Michel", "intradef.gouv.fr")]:
    add(f"Mme {pr} {nm}" if pr in PRENOMS_F else f"M. {pr} {nm}", adr(), mail(pr, nm, dom), "", "", [(HOME[int(rng.integers(0, 3))], 1)],
        "Carte bancaire", "Livraison à domicile", ("B2C", True, "private_person", "FR"))
add("Julien PETIT Plomberie", adr(), "julien.petit@free.fr", ids_of("Julien PETIT Plomberie")[0], "", [(HOME[2], 1)],
    "Carte bancaire", "", ("B2B", True, "sole_trader", "FR"))
add("M. Nicolas Thomas", adr(), "nico.thomas@gmail.com", "", "", [(HOME[5], 30)], "Virement", "", ("B2C", True, "private_person", "FR"))
add("DURAND Céline", adr(), "celine.durand@laposte.net", "", "", [(HOME[5], 10)], "Virement", "pour revente sur mon stand au marché",
    ("B2B", True, "private_reseller", "FR"))
add("École maternelle publique Les Gantelles (Ville de Rennes)", ("4 rue Jean Guéhenno", "35700", "Rennes"), "ecole.gantelles@ville-rennes.fr",
    "", "", [(HOME[3], 1)], "Mandat administratif", "", ("B2G", True, "public_school", "FR"))
add("SNCF Voyageurs", ("9 rue Jean-Philippe Rameau", "93200", "Saint-Denis"), "achats-it@sncf.fr", *ids_of("SNCF Voyageurs", "5"),
    items(PRO, 3, 20), "Virement 60 jours", "Marché n° 2023-DA-0418, procédure formalisée", ("B2B", True, "state_owned_company", "FR"))
add("OCDE - Organisation de Coopération et de Développement Économiques", ("2 rue André Pascal", "75016", "Paris"), "procurement@oecd.org",
    "", "", items(PRO, 2, 10), "Virement", "Exonération TVA - organisme international", ("B2B", True, "international_org", "FR"))
add("Fondation du patrimoine", ("153 bis avenue Charles de Gaulle", "92200", "Neuilly-sur-Seine"), "comptabilite@fondation-patrimoine.org",
    *ids_of("Fondation du patrimoine", "4"), items(PRO, 2, 3), "Virement 30 jours", "", ("B2B", True, "state_founded_foundation", "FR"))
add("Mme Isabelle Bernard", adr(), "isabelle.bernard@wanadoo.fr", "", "", [(PRO[9], 1)], "Virement",
    "Facture au nom de la SARL Bernard Coiffure, réglée par Mme Bernard", ("B2B", True, "company", "FR"))
add("", ("", "", ""), "", "", "", [(PRO[6], 1), (PRO[7], 2)], "", "", ("B2B", True, "unknown", "FR"))
add("", ("", "", ""), "", "", "", [(HOME[6], 1)], "", "", ("B2C", True, "unknown", "FR"))
add("LE GALL", ("", "", ""), "", "", "", [(PRO[3], 40)], "", "", ("B2B", True, "unknown", "FR"))

order = rng.permutation(len(docs))
docs = [docs[i] for i in order]
codes = {}
rows, labels = [], []
tot_ht = tot_ttc = 0.0
start = dt.date(2024, 1, 3)
for i, d in enumerate(docs):
    no = f"FA{240001 + i:06d}"
    date = (start + dt.timedelta(days=int(i * 1.6))).strftime("%d/%m/%Y")
    if d["nom"] == "CLIENTS DIVERS":
        code = "DIVERS"
    elif d["nom"]:
        codes.setdefault(d["nom"], "C%05d" % (len(codes) + 1))
        code = codes[d["nom"]]
    else:
        code = ""
    exo = "Exonération" in d["obs"] or "262 ter" in d["obs"]
    for (art, q) in d["its"]:
        ref, lib, pu = art
        rem = 10 if (d["lab"][0] == "B2G" and rng.random() < 0.3) else 0
        ht = round(pu * q * (1 - rem / 100), 2)
        rate = 0.0 if exo else 20.0
        ttc = round(ht * (1 + rate / 100), 2)
        tot_ht += ht
        tot_ttc += ttc
        a = d["a"]
        rows.append(["Facture", no, date, code, d["nom"], a[0], a[1], a[2], d["pays"] if d["nom"] else "", d["email"], d["siret"], d["tva"],
                     ref, lib, str(q), de_num(pu), de_num(rem) if rem else "", de_num(ht), de_num(rate), de_num(ttc), d["pay"], d["obs"]])
        labels.append(d["lab"])


def q(v):
    v = str(v)
    return '"' + v.replace('"', '""') + '"' if (";" in v or '"' in v) else v


LAYOUTS.mkdir(parents=True, exist_ok=True)
with open(LAYOUTS / f"{ID}.csv", "w", encoding="cp1252", newline="") as f:
    f.write(";".join(HEAD) + "\r\n")
    for r in rows:
        f.write(";".join(q(x) for x in r) + "\r\n")
    tot = [""] * len(HEAD)
    tot[0] = "Total"
    tot[HEAD.index("Montant HT")] = de_num(tot_ht)
    tot[HEAD.index("Montant TTC")] = de_num(tot_ttc)
    f.write(";".join(tot) + "\r\n")

write_labels(ID, labels)
write_key(ID, {
    "id": ID,
    "system": "EBP Gestion Commerciale (EBP, France) – liste des factures clients, détail des lignes, exported to CSV",
    "country": "FR",
    "language": "fr",
    "docs": [
        "EBP Gestion Commerciale user and installation guides (editions 2010 and Pro 2016, public copies on manual sites): Windows desktop software, documents de vente (factures, avoirs), fichier clients with code client – gave a Windows-ANSI (cp1252) export and the client code / pièce numbering",
        "Chift connector page 'EBP Gestion Commerciale' (docs.chift.eu): EBP Gestion Commerciale is an invoicing source with sales documents and lines – supported one row per document line",
        "No public column list for the EBP list export was found; the captions (N° pièce, Code client, Désignation, PU HT, Montant HT, Montant TTC, Mode de règlement, Observations), the semicolon delimiter, dd/mm/yyyy dates, decimal comma and the final Total line are my reading of a French EBP grid export"],
    "fields": {"buyer": "Nom du client", "product": "Désignation", "quantity": "Quantité", "amount": "Montant HT",
               "tax_id": "N° TVA intracommunautaire", "email": "E-mail", "payment": "Mode de règlement", "comment": "Observations"},
    "also_ok": {"amount": ["Montant TTC"], "tax_id": ["SIRET"], "product": ["Code article"]},
    "notes": "cp1252, semicolon, CRLF. One row per invoice line; the document header (client, address, e-mail, SIRET, TVA, règlement, observations) is repeated on each line of the pièce; all lines of one pièce share a label. The last line is a totals line ('Total' in Type de pièce, sums in Montant HT / Montant TTC) and is not a record. Code client DIVERS / Nom du client 'CLIENTS DIVERS' is the catch-all account for anonymous counter sales. Public bodies pay by 'Mandat administratif' and often cite a Chorus Pro engagement number; public schools use ce.<UAI>@ac-rennes.fr mailboxes. A few lines have no client at all (thin records)."})
print(ID, len(rows), "lines,", len(docs), "docs")
