"""Axonaut (France) invoice list export (xlsx, one row per invoice) of a Lyon event/urban-equipment SAS."""
import random, datetime as dt
from openpyxl import Workbook
import g_common as g

LID = "g_fr_axonaut_factures"
rng = random.Random(6909)

HEAD = ["Numéro", "Date", "Date d'échéance", "Statut", "Société", "Contact", "Email", "Adresse", "Code postal", "Ville",
        "Pays", "SIRET", "N° TVA intracommunautaire", "Titre", "Produits", "Montant HT", "Montant TVA", "Montant TTC",
        "Reste à payer", "Mode de paiement", "Commentaire"]

PRO = [("Table pliante 180 x 75 cm plateau polyéthylène", 89.00), ("Chaise pliante coque polypropylène", 24.50),
       ("Barnum pliant 3 x 3 m bâche PVC", 649.00), ("Barrière de police type Vauban 2 m", 79.00),
       ("Banc public acier et bois 1,80 m", 420.00), ("Corbeille de propreté Vigipirate 110 L", 189.00),
       ("Grille d'exposition 2 x 1 m", 59.00), ("Sonorisation portable 250 W + micro HF", 549.00),
       ("Podium modulaire 2 x 1 m", 395.00), ("Panneau d'affichage libre expression", 690.00),
       ("Chariot de transport pour tables", 229.00), ("Location barnum 5 x 5 m (week-end)", 280.00),
       ("Garde-corps podium 2 m", 145.00)]
HOME = [("Salon de jardin résine 4 places", 349.00), ("Parasol déporté 3 m", 199.00),
        ("Barbecue Weber Master-Touch 57 cm", 289.00), ("Plancha gaz 2 feux inox", 259.00), ("Hamac avec support", 149.00)]
DELIV = ("Livraison et installation", 150.00)

FIRST = ["Marie", "Julien", "Camille", "Thomas", "Léa", "Nicolas", "Manon", "Lucas", "Chloé", "Hugo", "Sarah",
         "Antoine", "Inès", "Mathieu", "Pauline", "Sophie", "Romain", "Élodie", "Kévin", "Nathalie"]
LAST = ["Dupont", "Martin", "Bernard", "Petit", "Robert", "Richard", "Durand", "Moreau", "Laurent", "Simon", "Michel",
        "Lefebvre", "Garcia", "Fournier", "Bonnet", "Mercier", "Rousseau", "Blanc", "Guerin", "Muller"]
FREEMAIL = ["gmail.com", "orange.fr", "free.fr", "wanadoo.fr", "hotmail.fr", "laposte.net", "sfr.fr", "yahoo.fr"]
STREETS = ["rue de la République", "avenue Jean Jaurès", "cours Émile Zola", "rue Garibaldi", "boulevard des Belges",
           "rue Paul Bert", "avenue Berthelot", "rue Victor Hugo", "chemin de la Sauvegarde", "route de Vienne"]
CITIES = [("69003", "Lyon"), ("69007", "Lyon"), ("69100", "Villeurbanne"), ("69500", "Bron"), ("69300", "Caluire-et-Cuire"),
          ("69120", "Vaulx-en-Velin"), ("69230", "Saint-Genis-Laval"), ("69130", "Écully"), ("69200", "Vénissieux")]


def siret(sirn):
    while True:
        s = sirn + "%05d" % rng.randint(10, 400)
        if g.luhn_ok(s):
            return s


def person():
    return rng.choice(FIRST), rng.choice(LAST)


def pmail(f, l):
    t = f.lower().replace("é", "e").replace("è", "e").replace("ë", "e")
    return f"{t}.{l.lower()}{rng.choice(['', '', str(rng.randint(69, 99))])}@{rng.choice(FREEMAIL)}"


ADDR = {k.upper(): v for k, v in {
    "Mairie de Villeurbanne": ("Place Lazare Goujon", "69100", "Villeurbanne"),
    "Commune de Bron": ("Place de Weingarten", "69500", "Bron"),
    "Ville de Caluire-et-Cuire": ("Place du Docteur Frédéric Dugoujon", "69300", "Caluire-et-Cuire"),
    "Mairie de Vaulx-en-Velin": ("Place de la Nation", "69120", "Vaulx-en-Velin"),
    "Mairie de Saint-Genis-Laval": ("Hôtel de Ville", "69230", "Saint-Genis-Laval"),
    "Métropole de Lyon": ("20 rue du Lac", "69003", "Lyon"),
    "Lycée du Parc": ("1 boulevard Anatole France", "69006", "Lyon"),
    "Lycée Ampère": ("31 rue de la Bourse", "69002", "Lyon"),
    "Collège Jean Moulin": ("1 place des Minimes", "69005", "Lyon"),
    "Université Claude Bernard Lyon 1": ("43 boulevard du 11 Novembre 1918", "69100", "Villeurbanne"),
    "SDMIS - Service départemental-métropolitain d'incendie et de secours": ("17 rue Rabelais", "69003", "Lyon"),
    "Préfecture du Rhône": ("106 rue Pierre Corneille", "69003", "Lyon"),
    "Département du Rhône": ("29-31 cours de la Liberté", "69003", "Lyon"),
    "Hospices Civils de Lyon": ("3 quai des Célestins", "69002", "Lyon"),
    "GL events SA": ("59 quai Rambaud", "69002", "Lyon"),
    "bioMérieux SA": ("376 chemin de l'Orme", "69280", "Marcy-l'Étoile"),
    "Boiron SA": ("2 avenue de l'Ouest Lyonnais", "69510", "Messimy"),
    "Olympique Lyonnais Groupe SA": ("10 avenue Simone Veil", "69150", "Décines-Charpieu"),
}.items()}

docs = []
addr_cache = {}


def add(soc, contact, mail, sirt, tva, lines, pay, comment, label, amb, kind, title="", cc="FR", address=None, deliver=None):
    a = address or ADDR.get(soc.upper()) or addr_cache.setdefault(soc.upper(), (f"{rng.randint(1, 180)} {rng.choice(STREETS)}",) + rng.choice(CITIES))
    if deliver is None:
        deliver = label != "B2C" and rng.random() < 0.5
    if deliver:
        lines = lines + [(DELIV[0], 1, DELIV[1])]
    docs.append(dict(soc=soc, contact=contact, mail=mail, siret=sirt, tva=tva, lines=lines, pay=pay, comment=comment,
                     label=label, amb=amb, kind=kind, title=title, cc=cc, addr=a))


def pick(pool, n, q=(1, 10)):
    return [(a, rng.randint(*q), p) for a, p in rng.sample(pool, n)]


# --- public bodies (B2G)
gov = [
    ("Mairie de Villeurbanne", "services.techniques@mairie-villeurbanne.fr", "municipality"),
    ("Commune de Bron", "commande.publique@ville-bron.fr", "municipality"),
    ("Ville de Caluire-et-Cuire", "evenementiel@ville-caluire.fr", "municipality"),
    ("Mairie de Vaulx-en-Velin", "achats@mairie-vaulxenvelin.fr", "municipality"),
    ("Mairie de Saint-Genis-Laval", "vie.associative@mairie-saintgenislaval.fr", "municipality"),
    ("Métropole de Lyon", "factures.voirie@grandlyon.com", "metropolitan_authority"),
    ("Lycée du Parc", "ce.0690026d@ac-lyon.fr", "public_school"),
    ("Lycée Ampère", "ce.0690023a@ac-lyon.fr", "public_school"),
    ("Collège Jean Moulin", "ce.0691478k@ac-lyon.fr", "public_school"),
    ("Université Claude Bernard Lyon 1", "dfa.factures@univ-lyon1.fr", "public_university"),
    ("SDMIS - Service départemental-métropolitain d'incendie et de secours", "achats@sdmis.fr", "fire_service"),
    ("Préfecture du Rhône", "pref-logistique@rhone.gouv.fr", "state_administration"),
    ("Département du Rhône", "commande.publique@rhone.fr", "department_council"),
    ("Hospices Civils de Lyon", "fournisseurs@chu-lyon.fr", "public_hospital"),
]
for name, mail, kind in gov:
    sr = g.siren(rng)
    for _ in range(rng.choice([3, 4, 5])):
        f, l = person()
        cmt = rng.choice([f"Bon de commande n° BC{rng.randint(2024000, 2024999)}",
                          f"Chorus Pro - n° d'engagement {rng.randint(1000000000, 1999999999)}",
                          f"Marché n° 2024-{rng.randint(10, 99)}-{rng.randint(100, 999)}", ""])
        add(name if rng.random() > 0.1 else name.upper(), f"{f} {l}", mail, siret(sr), "",
            pick(PRO, rng.choice([1, 2, 3])), "Mandat administratif", cmt, "B2G", False, kind,
            title=rng.choice(["Matériel événementiel", "Fête de quartier", "Mobilier urbain", "Équipement salle polyvalente", ""]))

# --- companies (B2B)
comp = [
    ("GL events SA", "comptabilite.fournisseurs@gl-events.com", "company"),
    ("bioMérieux SA", "accounts.payable@biomerieux.com", "company"),
    ("Boiron SA", "factures@boiron.fr", "company"),
    ("Olympique Lyonnais Groupe SA", "fournisseurs@ol.fr", "company"),
    ("La Poste SA - Direction Régionale Rhône", "factures.drra@laposte.fr", "state_owned_company"),
    ("SARL Boulangerie Martin", "boulangerie.martin69@orange.fr", "company"),
    ("Camping Les Rives de l'Ain SARL", "contact@camping-rivesdelain.fr", "company"),
    ("Brasserie des Terreaux SAS", "compta@brasserie-terreaux.fr", "company"),
    ("Julien Roux Traiteur EI", "julien.roux.traiteur@gmail.com", "sole_trader"),
    ("Domaine Faure Vins SCEA", "domaine.faure@wanadoo.fr", "company"),
    ("Cabinet Lambert Architectes SARL", "agence@lambert-archi.fr", "company"),
]
cids = {}
for name, mail, kind in comp:
    sr = g.siren(rng)
    cids[name] = (siret(sr), g.fr_vat(sr))
    for _ in range(rng.choice([4, 5, 6])):
        f, l = person()
        add(name, f"{f} {l}", mail, cids[name][0], cids[name][1], pick(PRO, rng.choice([1, 2, 3])),
            rng.choice(["Virement", "Virement", "Chèque", "Prélèvement"]),
            rng.choice(["", "", f"Votre commande n° {rng.randint(10000, 99999)}", "Paiement à 30 jours fin de mois"]),
            "B2B", False, kind, title=rng.choice(["Salon professionnel", "Séminaire", "Équipement terrasse", ""]))

# --- associations, church, private school (B2B)
npo = [
    ("Comité des fêtes de Saint-Genis-Laval", "comitedesfetes.sgl@gmail.com", "association"),
    ("Croix-Rouge française - Délégation territoriale du Rhône", "dt69@croix-rouge.fr", "national_red_cross"),
    ("Paroisse Saint-Nizier", "secretariat@saintnizier.fr", "religious_organisation"),
    ("Lycée privé Saint-Marc", "intendance@saint-marc.org", "private_school"),
    ("APEL Collège Jean Moulin", "apel.jeanmoulin@gmail.com", "parents_association"),
    ("Association Sportive Bron Basket", "tresorier@bronbasket.fr", "association"),
]
for name, mail, kind in npo:
    sr = g.siren(rng)
    for _ in range(3):
        f, l = person()
        add(name, f"{f} {l}", mail, siret(sr) if rng.random() < 0.6 else "", "", pick(PRO, rng.choice([1, 2]), (2, 20)),
            rng.choice(["Chèque", "Virement"]), "", "B2B", False, kind, title=rng.choice(["Kermesse", "Vide-grenier", "Tournoi", ""]))

# --- private persons (B2C); Axonaut keeps the person in the Société column
for _ in range(58):
    f, l = person()
    soc = rng.choice([f"{l.upper()} {f}", f"{f} {l}", f"M. {l}" if f in ("Julien", "Thomas", "Nicolas", "Lucas", "Hugo", "Antoine", "Mathieu", "Romain", "Kévin") else f"Mme {l}"])
    add(soc, "", pmail(f, l) if rng.random() < 0.85 else "", "", "", pick(HOME + PRO[:2], rng.choice([1, 1, 2]), (1, 2)),
        rng.choice(["Carte bancaire", "Carte bancaire", "Chèque", "Virement", "Espèces"]), "", "B2C", False,
        "private_person", deliver=rng.random() < 0.3)

# --- ambiguous
add("Mme Chevalier", "", "nathalie.chevalier@ac-lyon.fr", "", "", [("Barbecue Weber Master-Touch 57 cm", 1, 289.00),
    ("Salon de jardin résine 4 places", 1, 349.00)], "Carte bancaire", "Livraison à domicile", "B2C", True, "person_gov_email", deliver=True)
add("GIRARD Romain", "", "romain.girard@interieur.gouv.fr", "", "", [("Parasol déporté 3 m", 1, 199.00)], "Carte bancaire",
    "", "B2C", True, "person_gov_email")
add("Brasserie des Terreaux SAS", "", "compta@brasserie-terreaux.fr", cids["Brasserie des Terreaux SAS"][0],
    cids["Brasserie des Terreaux SAS"][1], [("Parasol déporté 3 m", 1, 199.00)], "Virement", "", "B2B", True,
    "company_household_item", deliver=False)
add("Julien Roux Traiteur EI", "", "julien.roux.traiteur@gmail.com", cids["Julien Roux Traiteur EI"][0], "",
    [("Plancha gaz 2 feux inox", 1, 259.00)], "Carte bancaire", "payé avec carte personnelle", "B2B", True,
    "sole_trader_personal_card", deliver=False)
add("Mairie de Saint-Genis-Laval", "Sophie Bonnet", "vie.associative@mairie-saintgenislaval.fr", "", "",
    [("Barbecue Weber Master-Touch 57 cm", 1, 289.00)], "Mandat administratif", "", "B2G", True, "municipality_household_item",
    deliver=False)
add("Collège Jean Moulin", "", "ce.0691478k@ac-lyon.fr", "", "", [("Salon de jardin résine 4 places", 1, 349.00)],
    "Mandat administratif", "Bon de commande n° BC2024-117", "B2G", True, "public_school_household_item", deliver=False)
add("SNCF Voyageurs SA", "Service achats TER AURA", "achats.ter-aura@sncf.fr", siret(g.siren(rng)), g.fr_vat(g.siren(rng)),
    pick(PRO, 3, (10, 40)), "Virement", "Marché n° 2024-TER-0413 passé selon le Code de la commande publique",
    "B2B", True, "state_owned_company_procurement", deliver=True)
add("INTERPOL - Secrétariat général", "", "procurement@interpol.int", "", "", pick(PRO, 2, (4, 20)), "Virement",
    "Exonération de TVA - organisation internationale", "B2B", True, "international_org",
    address=("200 quai Charles de Gaulle", "69006", "Lyon"), deliver=True)
add("Centre International de Recherche sur le Cancer (CIRC)", "", "procurement@iarc.who.int", "", "", pick(PRO, 2, (5, 30)),
    "Virement", "", "B2B", True, "international_org", address=("25 avenue Tony Garnier", "69007", "Lyon"))
add("Fondation de France - Délégation Rhône-Alpes", "", "rhonealpes@fdf.org", siret(g.siren(rng)), "", pick(PRO, 2, (2, 10)),
    "Virement", "", "B2B", True, "state_founded_foundation")
f, l = person()
add(f"{l.upper()} {f}", "", pmail(f, l), "", "", [("Chaise pliante coque polypropylène", 40, 24.50),
    ("Table pliante 180 x 75 cm plateau polyéthylène", 8, 89.00)], "Virement", "Mariage", "B2C", True, "private_person_bulk")
f, l = person()
add(f"{f} {l}", "", pmail(f, l), "", "", [("Barnum pliant 3 x 3 m bâche PVC", 1, 649.00), ("Plancha gaz 2 feux inox", 1, 259.00)],
    "Carte bancaire", "pour mon food truck (démarrage activité)", "B2B", True, "private_person_business_purpose")
f, l = person()
add(f"Mme {l}", "", pmail(f, l), "", "", [("Sonorisation portable 250 W + micro HF", 1, 549.00)], "Chèque",
    "règlement de la facture du Comité des fêtes de Saint-Genis-Laval", "B2B", True, "person_paying_company_invoice")
add("M. Girard", "", "", "", "", [("Podium modulaire 2 x 1 m", 12, 395.00), ("Garde-corps podium 2 m", 6, 145.00)], "", "",
    "B2B", True, "thin_record", address=("", "", ""), deliver=False)
add("Lefèvre", "", "", "", "", [("Hamac avec support", 1, 149.00)], "", "", "B2C", True, "thin_record",
    address=("", "", ""), deliver=False)

add("DUPONT Marie", "", "marie.dupont@rhone.gouv.fr", "", "", [("Hamac avec support", 1, 149.00),
    ("Parasol déporté 3 m", 1, 199.00)], "Carte bancaire", "", "B2C", True, "person_gov_email", deliver=False)
add("Boiron SA", "", "factures@boiron.fr", cids["Boiron SA"][0], cids["Boiron SA"][1],
    [("Salon de jardin résine 4 places", 1, 349.00)], "Virement", "", "B2B", True, "company_household_item", deliver=False)
add("Cabinet Lambert Architectes SARL", "", "agence@lambert-archi.fr", cids["Cabinet Lambert Architectes SARL"][0],
    cids["Cabinet Lambert Architectes SARL"][1], [("Hamac avec support", 1, 149.00), ("Parasol déporté 3 m", 1, 199.00)],
    "Carte bancaire", "", "B2B", True, "company_household_item", deliver=False)
add("Ville de Caluire-et-Cuire", "", "evenementiel@ville-caluire.fr", "", "", [("Plancha gaz 2 feux inox", 1, 259.00)],
    "Mandat administratif", "", "B2G", True, "municipality_household_item", deliver=False)
add("EDF SA - CNPE du Bugey", "Service achats", "achats-bugey@edf.fr", siret(g.siren(rng)), g.fr_vat(g.siren(rng)),
    pick(PRO, 2, (10, 30)), "Virement", "Consultation n° 2024-BUG-0722 (Code de la commande publique, entité adjudicatrice)",
    "B2B", True, "state_owned_company_procurement", deliver=True)
f, l = person()
add(f"{f} {l}", "", pmail(f, l), "", "", [("Barrière de police type Vauban 2 m", 25, 79.00)], "Virement", "",
    "B2C", True, "private_person_bulk", deliver=True)
f, l = person()
add(f"{l.upper()} {f}", "", pmail(f, l), "", "", [("Salon de jardin résine 4 places", 3, 349.00), ("Parasol déporté 3 m", 3, 199.00)],
    "Virement", "pour les chambres d'hôtes que j'exploite", "B2B", True, "private_person_business_purpose", deliver=True)
add("CLIENTS DIVERS", "", "", "", "", [("Chaise pliante coque polypropylène", 2, 24.50)], "Espèces", "", "B2C", True,
    "catch_all_account", address=("", "", ""), deliver=False)
add("CLIENTS DIVERS", "", "", "", "", [("Corbeille de propreté Vigipirate 110 L", 4, 189.00)], "Chèque", "", "B2B", True,
    "catch_all_account", address=("", "", ""), deliver=False)

rng.shuffle(docs)
wb = Workbook()
ws = wb.active
ws.title = "Factures"
ws.append(HEAD)
labels = []
d0 = dt.date(2024, 2, 5)
for i, d in enumerate(docs):
    fd = d0 + dt.timedelta(days=int(i * 0.8))
    due = fd + dt.timedelta(days=30)
    ht = round(sum(q * p for _, q, p in d["lines"]), 2)
    exempt = "Exonération" in d["comment"]
    tva = 0.0 if exempt else round(ht * 0.20, 2)
    ttc = round(ht + tva, 2)
    paid = fd < dt.date(2024, 10, 15) and rng.random() < 0.85
    status = "Payée" if paid else rng.choice(["En attente", "En retard", "Partiellement payée"])
    rest = 0.0 if paid else (round(ttc / 2, 2) if status == "Partiellement payée" else ttc)
    prods = ", ".join(f"{q} x {a}" for a, q, _ in d["lines"])
    adr, cp, ville = d["addr"]
    ws.append([f"FA-2024-{i + 101:04d}", fd, due, status, d["soc"], d["contact"] or None, d["mail"] or None,
               adr or None, cp or None, ville or None, "France" if adr else None, d["siret"] or None, d["tva"] or None,
               d["title"] or None, prods, ht, tva, ttc, rest, d["pay"] or None, d["comment"] or None])
    labels.append((d["label"], d["amb"], d["kind"], d["cc"]))
for row in ws.iter_rows(min_row=2):
    row[1].number_format = "DD/MM/YYYY"
    row[2].number_format = "DD/MM/YYYY"
    for c in row[15:19]:
        c.number_format = "#,##0.00"
g.save_xlsx_fixed(wb, g.LAYOUTS / f"{LID}.xlsx")
g.write_labels(LID, labels)
g.write_key({
    "id": LID,
    "system": "Axonaut (France) - Devis & Factures > Factures, list export to Excel, one row per invoice",
    "country": "FR", "language": "fr",
    "docs": [
        "support.axonaut.com 'Créer une facture avec Axonaut' - gave the invoice content: client (société/prospect) chosen or created from the invoice, interlocuteur, product lines with name, quantity, price, VAT rate, description; models/themes",
        "support.axonaut.com 'Supprimer une facture dans Axonaut' - invoice states (payée / non payée), avoirs, loi anti-fraude 2018 archiving",
        "docs.unified.to Axonaut integration (company/supplier objects) - Axonaut keeps every client, including private persons, as a company record",
        "No public page found gives the verbatim header row of the Axonaut invoice list export; the French headers, one-row-per-invoice shape and the 'Produits' summary column are my reconstruction, written as a real .xlsx (date cells, numeric amounts)"],
    "fields": {"buyer": "Société", "product": "Produits", "quantity": None, "amount": "Montant HT",
               "tax_id": "N° TVA intracommunautaire", "email": "Email", "payment": "Mode de paiement", "comment": "Commentaire"},
    "also_ok": {"amount": ["Montant TTC"], "tax_id": ["SIRET"], "product": ["Titre"], "buyer": ["Contact"]},
    "notes": "One row per invoice (FA-2024-xxxx); the Produits cell lists 'qty x product' joined by ', ' (quantities are inside it). Société holds the client record name: for private persons Axonaut's client record is the person ('DUPONT Marie', 'Mme Faure', 'Hugo Simon'); Contact is the contact person at an organisation. Public bodies pay by 'Mandat administratif' and often cite Chorus Pro / bon de commande / marché numbers. SIRET numbers pass the Luhn check; TVA numbers carry the correct FR key. No title or totals rows.",
})
print(LID, len(labels), "rows")
