"""Dolibarr (FR) customer invoices export ('Factures clients et lignes de factures' dataset), one line per invoice line.
Rebuilds layouts/d_fr_dolibarr_factures.csv and its key. Seed fixed."""
import csv
import datetime as dt
import io
import random

import d_common as C

ID = "d_fr_dolibarr_factures"
rng = random.Random(60603)

# (ref produit, libellé, PU HT, taux TVA, household?)  ref '' = free-text line
PROD = [
    ("PC-TP-E14", "Ordinateur portable Lenovo ThinkPad E14 Gen 5", 749.00, 20.0, False),
    ("ECR-DELL24", "Écran Dell P2423D 24 pouces", 219.00, 20.0, False),
    ("IMP-BRO-L2", "Imprimante laser Brother HL-L2350DW", 119.00, 20.0, False),
    ("VP-EPS-W51", "Vidéoprojecteur Epson EB-W51", 489.00, 20.0, False),
    ("LIC-M365BS", "Licence Microsoft 365 Business Standard (1 an)", 125.00, 20.0, False),
    ("SRV-MAINT", "Contrat de maintenance informatique - forfait mensuel", 180.00, 20.0, False),
    ("SRV-HEURE", "Intervention technicien sur site (heure)", 65.00, 20.0, False),
    ("SRV-WIFI", "Installation réseau Wi-Fi (forfait)", 450.00, 20.0, False),
    ("SW-UNIFI", "Borne Wi-Fi Ubiquiti UniFi U6 Lite", 99.00, 20.0, False),
    ("ONDU-APC", "Onduleur APC Back-UPS 950 VA", 95.00, 20.0, False),
    ("TAB-IPAD10", "Tablette Apple iPad 10,9 pouces 64 Go", 409.00, 20.0, True),
    ("CAF-NESP", "Machine à café Nespresso Vertuo Next", 99.00, 20.0, True),
    ("BOU-MOUL", "Bouilloire électrique Moulinex Subito 1,7 L", 29.00, 20.0, True),
    ("TV-LG55", "Téléviseur LG 55UR78 55 pouces 4K", 449.00, 20.0, True),
    ("CAS-JBL", "Casque Bluetooth JBL Tune 520BT", 39.00, 20.0, True),
    ("SMART-A54", "Smartphone Samsung Galaxy A54 128 Go", 329.00, 20.0, True),
    ("", "Dépannage à domicile - déplacement inclus", 79.00, 20.0, True),
    ("", "Récupération de données disque dur", 149.00, 20.0, True),
    ("", "Formation bureautique (demi-journée)", 390.00, 20.0, False),
]
HOUSE = [p for p in PROD if p[4]]
PRO = [p for p in PROD if not p[4]]
P = {p[1]: p for p in PROD}

PRENOMS = ["Jean", "Marie", "Pierre", "Nathalie", "Philippe", "Isabelle", "Nicolas", "Sophie", "Julien", "Camille",
           "Thomas", "Céline", "Laurent", "Aurélie", "Olivier", "Émilie", "Sébastien", "Claire", "Antoine", "Manon"]
NOMS = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
        "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
        "Morel", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Blanc", "Guérin", "Chevalier"]
VILLES = [("69001", "Lyon"), ("69100", "Villeurbanne"), ("69003", "Lyon"), ("69500", "Bron"), ("69200", "Vénissieux"),
          ("38000", "Grenoble"), ("42000", "Saint-Étienne"), ("69300", "Caluire-et-Cuire"), ("01000", "Bourg-en-Bresse")]
RUES = ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard des Belges", "rue Garibaldi",
        "cours Lafayette", "rue Paul Bert", "place Bellecour", "rue du Président Édouard Herriot", "chemin des Vignes"]
FREE = ["gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr", "sfr.fr", "wanadoo.fr"]
TR = str.maketrans({"é": "e", "è": "e", "ë": "e", "É": "e", "ç": "c", "à": "a", "ï": "i"})

GOV = [
    ("Mairie de Villeurbanne", "villeurbanne.fr", "69100", "Villeurbanne", "Place Lazare Goujon", "municipality"),
    ("Commune de Caluire-et-Cuire", "ville-caluire.fr", "69300", "Caluire-et-Cuire", "Place du Docteur Frédéric Dugoujon", "municipality"),
    ("Lycée Ampère", "ac-lyon.fr", "69002", "Lyon", "31 rue de la Bourse", "public_school"),
    ("Lycée polyvalent Jean-Paul Sartre", "ac-lyon.fr", "69500", "Bron", "93 avenue François Mitterrand", "public_school"),
    ("Collège Gabriel Rosset", "ac-lyon.fr", "69007", "Lyon", "14 rue Paul Duvivier", "public_school"),
    ("Département du Rhône", "rhone.fr", "69003", "Lyon", "29-31 cours de la Liberté", "regional_government"),
    ("Métropole de Lyon - Direction des systèmes d'information", "grandlyon.com", "69003", "Lyon", "20 rue du Lac", "municipality"),
    ("Hospices Civils de Lyon", "chu-lyon.fr", "69002", "Lyon", "3 quai des Célestins", "public_hospital"),
    ("Université Claude Bernard Lyon 1", "univ-lyon1.fr", "69100", "Villeurbanne", "43 boulevard du 11 Novembre 1918", "public_university"),
    ("Préfecture du Rhône", "rhone.gouv.fr", "69003", "Lyon", "106 rue Pierre Corneille", "state_agency"),
    ("Direction départementale de la sécurité publique du Rhône", "interieur.gouv.fr", "69007", "Lyon", "40 rue Marius Berliet", "police"),
    ("SDIS du Rhône", "sdmis.fr", "69003", "Lyon", "17 rue Rabelais", "fire_service"),
]
BIZ = [
    ("SARL Boulangerie Fontaine", "boulangerie-fontaine.fr", "company"),
    ("TRANSPORTS GIRARD SAS", "transports-girard.fr", "company"),
    ("Cabinet d'expertise comptable Morel & Associés", "morel-associes.fr", "company"),
    ("SAS Atelier Lumière Design", "atelier-lumiere.fr", "company"),
    ("Groupe SEB (SEB S.A.)", "groupeseb.com", "company"),
    ("Biomérieux SA", "biomerieux.com", "company"),
    ("EURL Garage du Rhône", "garagedurhone.fr", "company"),
    ("Pharmacie Rousseau", "pharmacie-rousseau.fr", "company"),
    ("Association sportive ASVEL Omnisport", "asvel-omnisport.fr", "nonprofit"),
    ("Paroisse Saint-Nizier", "diocese-lyon.fr", "church"),
    ("Syndicat des copropriétaires Résidence Les Tilleuls", "gmail.com", "homeowners_association"),
    ("Lycée privé Saint-Marc", "saintmarc-lyon.fr", "private_school"),
]
AUTO = [  # auto-entrepreneurs / entreprises individuelles
    ("Julien Moreau - Plomberie", "sole_trader"),
    ("Claire Blanc Graphiste (EI)", "sole_trader"),
    ("Maître Antoine Chevalier, Avocat", "law_firm"),
    ("Dr Sophie Guérin - Cabinet de kinésithérapie", "sole_trader"),
]

docs = []


def add(tiers, adr, cp, ville, pays, email, siren, tva, lines, mode, note, label, amb, kind, cc="FR"):
    docs.append(dict(tiers=tiers, adr=adr, cp=cp, ville=ville, pays=pays, email=email, siren=siren, tva=tva,
                     lines=lines, mode=mode, note=note, label=label, amb=amb, kind=kind, cc=cc))


def pick(pool, n, q=(1, 3)):
    return [(p, rng.randint(*q)) for p in rng.sample(pool, n)]


def rue():
    return f"{rng.randint(1, 140)} {rng.choice(RUES)}"


for _ in range(40):  # particuliers
    pr, nm = rng.choice(PRENOMS), rng.choice(NOMS)
    tiers = rng.choice([f"{nm.upper()} {pr}", f"M. {pr} {nm}" if pr in ("Jean", "Pierre", "Philippe", "Nicolas", "Julien", "Thomas", "Laurent", "Olivier", "Sébastien", "Antoine") else f"Mme {pr} {nm}", f"{pr} {nm}", f"{nm} {pr}  "])
    cp, v = rng.choice(VILLES)
    add(tiers, rue(), cp, v, "FR", f"{pr.lower()}.{nm.lower()}@{rng.choice(FREE)}".translate(TR) if rng.random() < 0.7 else "",
        "", "", pick(HOUSE, rng.choice([1, 1, 2]), (1, 1)), rng.choice(["Carte bancaire", "Chèque", "Espèces", "Virement"]),
        "", "B2C", False, "private_person")
for name, dom, kind in BIZ:
    for _ in range(rng.choice([1, 2, 2])):
        cp, v = rng.choice(VILLES)
        siren = C.fr_siren(rng)
        has = kind in ("company", "private_school")
        add(name, rue(), cp, v, "FR", (f"compta@{dom}" if dom != "gmail.com" else "syndic.tilleuls@gmail.com"),
            siren if has or rng.random() < 0.5 else "", C.fr_tva(siren) if has and rng.random() < 0.85 else "",
            pick(PRO, rng.choice([1, 2, 3, 4]), (1, 6)), rng.choice(["Virement", "Virement", "Prélèvement", "Chèque"]),
            rng.choice(["", "", f"Votre commande n° {rng.randint(1000, 9999)}", "Paiement à 30 jours fin de mois"]),
            "B2B", False, kind)
for name, kind in AUTO:
    for _ in range(2):
        cp, v = rng.choice(VILLES)
        siren = C.fr_siren(rng)
        add(name, rue(), cp, v, "FR", "", siren, "", pick(PRO, rng.choice([1, 2]), (1, 2)),
            rng.choice(["Virement", "Chèque"]), rng.choice(["", "TVA non applicable, art. 293 B du CGI" if "EI" in name else ""]),
            "B2B", False, kind)
for name, dom, cp, v, adr, kind in GOV:
    for _ in range(rng.choice([1, 2, 2])):
        siren = "2" + C.fr_siren(rng)[1:]
        add(name, adr, cp, v, "FR", rng.choice([f"achats@{dom}", f"dsi@{dom}", f"ce.{rng.randint(690000, 699999)}x@{dom}" if dom == "ac-lyon.fr" else f"marches@{dom}"]),
            "", "", pick(PRO, rng.choice([1, 2, 3]), (1, 12)), "Virement",
            rng.choice([f"Bon de commande n° {rng.randint(2024000, 2024999)}", f"Engagement juridique Chorus Pro n° {rng.randint(1000000000, 1999999999)}",
                        f"Marché public n° 2024-{rng.randint(10, 99)}-INF", ""]),
            "B2G", False, kind)

# ambiguous
add("Mme Céline Durand", rue(), "69003", "Lyon", "FR", "celine.durand@interieur.gouv.fr", "", "",
    [(P["Téléviseur LG 55UR78 55 pouces 4K"], 1)], "Carte bancaire", "Livraison à domicile", "B2C", True, "person_gov_email")
add("LAMBERT Olivier", rue(), "69100", "Villeurbanne", "FR", "olivier.lambert@biomerieux.com", "", "",
    [(P["Casque Bluetooth JBL Tune 520BT"], 1), (P["Smartphone Samsung Galaxy A54 128 Go"], 1)], "Carte bancaire", "",
    "B2C", True, "person_company_email")
s = C.fr_siren(rng)
add("TRANSPORTS GIRARD SAS", rue(), "69200", "Vénissieux", "FR", "compta@transports-girard.fr", s, C.fr_tva(s),
    [(P["Machine à café Nespresso Vertuo Next"], 1)], "Virement", "", "B2B", True, "company_household_item")
s = C.fr_siren(rng)
add("Julien Moreau - Plomberie", rue(), "69500", "Bron", "FR", "julien.moreau69@gmail.com", s, "",
    [(P["Tablette Apple iPad 10,9 pouces 64 Go"], 1)], "Carte bancaire", "", "B2B", True, "sole_trader_personal_payment")
add("Maître Antoine Chevalier, Avocat", rue(), "69002", "Lyon", "FR", "cabinet@chevalier-avocat.fr", C.fr_siren(rng), "",
    [(P["Imprimante laser Brother HL-L2350DW"], 1)], "Carte bancaire", "Pour le cabinet", "B2B", True, "professional_practice")
add("Lycée Ampère", "31 rue de la Bourse", "69002", "Lyon", "FR", "intendance.ampere@ac-lyon.fr", "", "",
    [(P["Bouilloire électrique Moulinex Subito 1,7 L"], 1)], "Virement", "", "B2G", True, "public_school_household_item")
add("Mairie de Villeurbanne", "Place Lazare Goujon", "69100", "Villeurbanne", "FR", "achats@villeurbanne.fr", "", "",
    [(P["Machine à café Nespresso Vertuo Next"], 1)], "Virement", "", "B2G", True, "municipality_household_item")
s = C.fr_siren(rng)
add("SNCF Voyageurs", "9 rue Jean-Philippe Rameau", "93200", "Saint-Denis", "FR", "achats.tgv@sncf.fr", s, C.fr_tva(s),
    [(P["Licence Microsoft 365 Business Standard (1 an)"], 40), (P["Contrat de maintenance informatique - forfait mensuel"], 12)],
    "Virement", "Marché n° 2024-SNCF-PRO-0457 (procédure adaptée, code de la commande publique)", "B2B", True,
    "state_owned_company_procurement")
add("UNESCO - Organisation des Nations unies pour l'éducation, la science et la culture", "7 place de Fontenoy", "75007",
    "Paris", "FR", "procurement@unesco.org", "", "", [(P["Vidéoprojecteur Epson EB-W51"], 4)], "Virement",
    "PO n° 4500891234", "B2B", True, "international_org")
add("Consulat général d'Allemagne à Lyon", "33 boulevard des Belges", "69006", "Lyon", "FR", "info@lyon.diplo.de", "", "",
    [(P["Onduleur APC Back-UPS 950 VA"], 2), (P["Intervention technicien sur site (heure)"], 3)], "Virement", "", "B2G",
    False, "consulate", "DE")
add("Croix-Rouge française - Délégation du Rhône", rue(), "69007", "Lyon", "FR", "dt69@croix-rouge.fr", C.fr_siren(rng), "",
    [(P["Ordinateur portable Lenovo ThinkPad E14 Gen 5"], 2)], "Virement", "", "B2B", False, "nonprofit")
add("GIRARD Nathalie", rue(), "69001", "Lyon", "FR", "nathalie.girard@free.fr", "", "",
    [(P["Écran Dell P2423D 24 pouces"], 1), (P["Intervention technicien sur site (heure)"], 1)], "Chèque",
    "Règlement de la facture pour le compte de la SAS Atelier Lumière Design", "B2B", True, "person_pays_company_invoice")
add("M. Fournier", "", "", "", "", "", "", "", [(P["Smartphone Samsung Galaxy A54 128 Go"], 15)], "Espèces", "",
    "B2C", True, "private_bulk_quantity")
add("Client divers", "", "", "", "", "", "", "", [(P["Borne Wi-Fi Ubiquiti UniFi U6 Lite"], 6)], "", "", "B2B", True,
    "catch_all_product_only")
add("Client divers", "", "", "", "", "", "", "", [(P["Casque Bluetooth JBL Tune 520BT"], 1)], "Espèces", "", "B2C", True,
    "catch_all_product_only")
add("Bpifrance Création (fonds)", "27-31 avenue du Général Leclerc", "94700", "Maisons-Alfort", "FR", "achats@bpifrance.fr",
    C.fr_siren(rng), "", [(P["Formation bureautique (demi-journée)"], 2)], "Virement", "", "B2B", True, "state_founded_fund")
# Belgian company (EU reverse charge)
add("Brasserie Dupont SPRL", "Rue Basse 5", "7904", "Tourpes", "BE", "info@brasserie-dupont.com", "", "BE0401234560",
    [(P["Écran Dell P2423D 24 pouces"], 3)], "Virement", "Autoliquidation - art. 283-2 du CGI", "B2B", False, "company", "BE")

rng.shuffle(docs)
HEAD = ["Id tiers", "Nom tiers", "Adresse", "Code postal", "Ville", "Code pays", "Email", "Id. prof. 1 (SIREN)",
        "Numéro de TVA", "Id facture", "Réf. facture", "Date facturation", "Date échéance", "Montant HT", "Montant TVA",
        "Montant TTC", "Payée", "Statut facture", "Mode de règlement", "Note (publique)", "Id ligne", "Description ligne",
        "Quantité", "Taux TVA ligne", "Montant HT ligne", "Montant TTC ligne", "Réf. produit", "Libellé produit"]
rows, labels = [], []
ids = {}
lid = 5210
d0 = dt.date(2024, 1, 8)
for i, d in enumerate(docs):
    tid = ids.setdefault(d["tiers"].strip(), 110 + len(ids) * 3)
    date = d0 + dt.timedelta(days=int(i * 2.1))
    vat = 0.0 if ("293 B" in d["note"] or "Autoliquidation" in d["note"]) else 20.0
    ht = sum(round(p[2] * q, 2) for p, q in d["lines"])
    tv = round(ht * vat / 100, 2)
    paid = 1 if rng.random() < 0.75 else 0
    for p, q in d["lines"]:
        lid += 1
        lht = round(p[2] * q, 2)
        desc = p[1] if not p[0] else rng.choice(["", "", p[1], p[1] + " - garantie 2 ans"])
        rows.append([tid, d["tiers"], d["adr"], d["cp"], d["ville"], d["pays"], d["email"], d["siren"], d["tva"],
                     880 + i, f"FA{date:%y%m}-{1040 + i:04d}", date.isoformat(), (date + dt.timedelta(days=30)).isoformat(),
                     f"{ht:.8f}", f"{tv:.8f}", f"{ht + tv:.8f}", paid, 2 if paid else 1, d["mode"], d["note"], lid,
                     desc, q, f"{vat:.3f}", f"{lht:.8f}", f"{lht * (1 + vat / 100):.8f}", p[0], p[1] if p[0] else ""])
        labels.append((d["label"], d["amb"], d["kind"], d["cc"]))

buf = io.StringIO()
csv.writer(buf, delimiter=",", quotechar='"', lineterminator="\n").writerows([HEAD] + rows)
(C.OUT / "layouts").mkdir(exist_ok=True)
with open(C.OUT / "layouts" / f"{ID}.csv", "w", encoding="utf-8", newline="") as f:
    f.write(buf.getvalue())

meta = {
    "id": ID,
    "system": "Dolibarr ERP/CRM (FR): Outils > Exports, dataset 'Factures clients et lignes de factures', CSV module",
    "country": "FR",
    "language": "fr",
    "docs": [
        "Dolibarr/dolibarr htdocs/core/modules/modFacture.class.php: the invoice export datasets join llx_societe (s.nom, "
        "s.address, s.zip, s.town, c.code, s.siren = ProfId1, s.tva_intra = VATIntra) with llx_facture (ref, datef, "
        "date_lim_reglement, total HT/TVA/TTC, paye, fk_statut, note_public) and, in the lines dataset, llx_facturedet "
        "(description, qty, tva_tx, total_ht, total_ttc) and llx_product (ref, label); one output line per invoice line",
        "Dolibarr/dolibarr htdocs/includes/modules/export/export_csv.modules.php: default separator ',' (override "
        "EXPORT_CSV_SEPARATOR_TO_USE), enclosure '\"'; values written raw from SQL, so amounts carry the DB's 8 "
        "decimals with '.' and dates are ISO",
        "wiki.dolibarr.org Module Factures Clients / Table llx_facture: status codes (1 validated, 2 paid), paye 0/1",
        "Header texts are the French translations of the dataset's field labels as I know them from the fr_FR lang "
        "files; not verified verbatim in the corpus",
    ],
    "fields": {"buyer": "Nom tiers", "product": "Libellé produit", "quantity": "Quantité", "amount": "Montant HT ligne",
               "tax_id": "Numéro de TVA", "email": "Email", "payment": "Mode de règlement", "comment": "Note (publique)"},
    "also_ok": {"product": ["Description ligne"], "amount": ["Montant TTC ligne", "Montant HT", "Montant TTC"],
                "tax_id": ["Id. prof. 1 (SIREN)"]},
    "notes": "CSV UTF-8 without BOM, ',' delimiter, minimal quoting, LF, '.' decimals with 8 places (raw DB doubles), ISO "
             "dates. One record per invoice line (llx_facturedet); invoice and thirdparty columns repeat on each line; "
             "all lines of one Réf. facture share the label. Free-text lines have empty Réf./Libellé produit and the text in "
             "Description ligne. 'Client divers' is the shop's catch-all thirdparty for counter sales. Auto-entrepreneurs "
             "have a SIREN but no VAT number (art. 293 B CGI). No title or totals lines.",
}
C.write_key(meta, labels)
print(ID, len(rows), "records,", len(docs), "invoices")
