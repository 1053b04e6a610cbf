"""Evoliz, Ventes > Factures, export détaillé (one row per invoice line, header data repeated), CSV ';' UTF-8 BOM."""
import csv
import random
from datetime import date, timedelta
from gb_common import LAYOUTS, KEYS, fr_siren, fr_tva, fr_siret, slug, write_labels

rng = random.Random(7505)
ID = "gb_fr_evoliz_factures_lignes"
COLS = ["N° facture", "Date facture", "Code client", "Client", "N° TVA intracom.", "SIRET", "E-mail",
        "Conditions de règlement", "Mode de règlement", "Référence client", "Désignation", "Qté", "PU HT",
        "Taux TVA", "Total HT", "Total TTC", "Commentaire"]
P = [("Fauteuil de bureau ergonomique Steelcase Series 1", 489.00, "o"), ("Bureau réglable électrique 160x80", 629.00, "o"),
     ("Caisson mobile 3 tiroirs", 149.00, "o"), ("Armoire haute à portes battantes 198 cm", 395.00, "o"),
     ("Écran Dell P2723D 27\"", 289.00, "o"), ("PC portable Lenovo ThinkPad E14 Gen 5", 899.00, "o"),
     ("Station d'accueil USB-C Lenovo", 179.00, "o"), ("Installation et câblage poste de travail (forfait)", 120.00, "s"),
     ("Contrat de maintenance informatique annuel", 1800.00, "b"), ("Baie de brassage 19\" 24U", 690.00, "b"),
     ("Licence Microsoft 365 Business Standard (1 an)", 150.00, "b"), ("Machine à café Nespresso Vertuo Next", 149.00, "h"),
     ("Bouilloire électrique Moulinex Subito 1,7 L", 39.90, "h"), ("Réfrigérateur top Beko 45 L", 179.00, "h"),
     ("Aspirateur balai Rowenta X-Force Flex", 299.00, "h"), ("Micro-ondes Samsung MS23K3513AW", 119.00, "h"),
     ("Ramette papier A4 Clairefontaine 80 g", 6.90, "o"), ("Frais de livraison", 35.00, "s")]
PO = [p for p in P if p[2] in "osb"]
PH = [p for p in P if p[2] == "h"]
FIRST = ["Sophie", "Jean", "Camille", "Nicolas", "Julie", "Pierre", "Marie", "Thomas", "Isabelle", "Laurent", "Nathalie",
         "Julien", "Céline", "François", "Aurélie", "Mathieu", "Élodie", "Sébastien", "Claire", "Antoine"]
LAST = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
        "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard"]
FREE = ["gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr", "wanadoo.fr", "sfr.fr", "yahoo.fr"]
COMP = [("Bonduelle SA", "bonduelle.com", "company"), ("Groupe SEB France", "groupeseb.com", "company"),
        ("Manutan France", "manutan.fr", "company"), ("Lesaffre et Compagnie", "lesaffre.com", "company"),
        ("Manufacture Française des Pneumatiques Michelin", "michelin.com", "company"), ("FIDAL", "fidal.com", "professional_practice"),
        ("Clinique du Parc Lyon", "cliniqueduparclyon.com", "private_hospital"), ("Les Restaurants du Cœur", "restosducoeur.org", "non_profit"),
        ("Syndicat des copropriétaires Résidence Les Tilleuls", "foncia.com", "homeowners_association"),
        ("SARL Boulangerie Morel", "boulangerie-morel.fr", "company"), ("Cabinet d'expertise comptable Girard & Associés", "girard-expertise.fr", "professional_practice"),
        ("La Poste SA", "laposte.fr", "company"), ("SAS Transports Fournier", "transports-fournier.fr", "company"),
        ("Association diocésaine de Lyon", "lyon.catholique.fr", "religious_org")]
PUB = [("Mairie de Villeurbanne", "mairie-villeurbanne.fr", "municipality"), ("Commune de Saint-Malo", "saint-malo.fr", "municipality"),
       ("Conseil départemental de la Gironde", "gironde.fr", "regional_government"),
       ("Région Auvergne-Rhône-Alpes", "auvergnerhonealpes.fr", "regional_government"),
       ("Lycée Jean Moulin", "ac-lyon.fr", "public_school"), ("Université Claude Bernard Lyon 1", "univ-lyon1.fr", "public_university"),
       ("CHU de Bordeaux", "chu-bordeaux.fr", "public_hospital"), ("Préfecture du Rhône", "rhone.gouv.fr", "government_agency"),
       ("Groupement de gendarmerie départementale de l'Isère", "gendarmerie.interieur.gouv.fr", "police"),
       ("CCAS de Nantes", "mairie-nantes.fr", "municipality"), ("Ambassade d'Allemagne à Paris", "paris.diplo.de", "embassy")]

invs = []


def ids(name):
    r = random.Random(name)
    s = fr_siren(r)
    return fr_tva(s), fr_siret(s, r)


def add(client, email, tva, siret, cond, mode, ref, lines, label, amb, kind, comment="", country="FR"):
    invs.append(dict(client=client, email=email, tva=tva, siret=siret, cond=cond, mode=mode, ref=ref, lines=lines,
                     comment=comment, lab=dict(label=label, amb=amb, kind=kind, country=country)))


def pick(pool, n, qmax):
    return [(p, rng.randint(1, qmax)) for p in rng.sample(pool, n)]


for i in range(30):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    name = rng.choice([f"{l} {f}", f"{f} {l}", f"{l.upper()} {f}", f"M. {l}", f"Mme {f} {l}"])
    add(name, rng.choice([f"{slug(f)}.{slug(l)}@{rng.choice(FREE)}", "", f"{slug(f)[0]}{slug(l)}@{rng.choice(FREE)}"]), "", "",
        "À réception", rng.choice(["Carte bancaire", "Chèque", "Espèces", "Carte bancaire"]), "",
        pick(PH + PO[:3], rng.choice([1, 1, 2]), 1), "B2C", False, "private_person")
for i in range(8):
    add("Client comptant", "", "", "", "À réception", rng.choice(["Espèces", "Carte bancaire"]), "",
        pick(PH + PO[:2], 1, 1), "B2C", False, "anonymous_retail")
for i in range(30):
    n, dom, kind = rng.choice(COMP)
    tva, siret = ids(n)
    if kind in ("homeowners_association", "religious_org", "non_profit"):
        tva = ""
    add(n, rng.choice([f"compta@{dom}", f"achats@{dom}", f"{slug(rng.choice(FIRST))}.{slug(rng.choice(LAST))}@{dom}"]),
        tva, siret, rng.choice(["30 jours", "45 jours fin de mois", "30 jours fin de mois"]), "Virement",
        rng.choice(["", f"BC {rng.randint(4500000, 4599999)}", f"Commande n° {rng.randint(1000, 9999)}"]),
        pick(PO, rng.choice([1, 2, 3]), 8), "B2B", False, kind)
for i in range(18):
    n, dom, kind = rng.choice(PUB)
    tva, siret = ids(n)
    ej = f"EJ {rng.randint(1300000000, 1399999999)}" if kind != "embassy" else ""
    add(n, rng.choice([f"commande.publique@{dom}", f"{slug(rng.choice(FIRST))}.{slug(rng.choice(LAST))}@{dom}"]),
        "", siret if kind != "embassy" else "", "30 jours", "Virement (mandat administratif)" if kind != "embassy" else "Virement",
        ej, pick(PO, rng.choice([1, 2, 3]), 10), "B2G", False, kind,
        comment="Facture déposée sur Chorus Pro" if kind != "embassy" else "", country="DE" if kind == "embassy" else "FR")
# ambiguous
add("Aurélie Petit", "aurelie.petit@rhone.gouv.fr", "", "", "À réception", "Carte bancaire", "", [(PH[3], 1)],
    "B2C", True, "person_gov_email", comment="Livraison à domicile")
add("Julien Roux", "julien.roux@michelin.com", "", "", "À réception", "Carte bancaire", "", [(PH[0], 1)], "B2C", True, "person_work_email")
add("Manufacture Française des Pneumatiques Michelin", "achats@michelin.com", *ids("Manufacture Française des Pneumatiques Michelin"),
    "30 jours", "Virement", "", [(PH[1], 1)], "B2B", True, "company_household_item")
add("SARL Boulangerie Morel", "compta@boulangerie-morel.fr", *ids("SARL Boulangerie Morel"), "30 jours", "Virement", "",
    [(PH[2], 1)], "B2B", True, "company_household_item")
add("Crèche municipale Les Lucioles - Mairie de Villeurbanne", "creche.lucioles@mairie-villeurbanne.fr", "", ids("Mairie de Villeurbanne")[1],
    "30 jours", "Virement (mandat administratif)", "", [(PH[1], 1)], "B2G", True, "public_school_household_item")
add("Camille Bernard EI", "camille.bernard.pro@gmail.com", "", fr_siret(fr_siren(rng), rng), "À réception", "Carte bancaire", "",
    [(PH[4], 1)], "B2B", True, "sole_trader_personal_payment")
add("Nicolas Durand", "nicolas.durand@free.fr", "", "", "À réception", "Carte bancaire", "", [(PO[0], 2), (PO[4], 2)],
    "B2B", True, "private_stated_business_use", comment="Pour l'aménagement de ma boutique")
add("Marie Leroy", "marie.leroy@laposte.net", "", "", "À réception", "Virement", "", [(PO[-2], 60)], "B2C", True, "private_bulk_quantity")
add("SNCF Voyageurs", "achats@sncf.fr", *ids("SNCF Voyageurs"), "60 jours", "Virement", "Marché n° 2024-SNCF-AO-1187",
    pick(PO, 3, 12), "B2B", True, "state_owned_company", comment="Marché passé selon le Code de la commande publique")
add("UNESCO", "procurement@unesco.org", "", "", "30 jours", "Virement", "PO 4500123876", pick(PO, 2, 6), "B2B", True, "international_org")
add("OCDE", "achats@oecd.org", "", "", "30 jours", "Virement", "", pick(PO, 2, 8), "B2B", True, "international_org")
add("Agence spatiale européenne (ESA) - siège", "purchasing@esa.int", "", "", "30 jours", "Virement", "", pick(PO, 1, 4), "B2B", True, "international_org")
add("Pierre Garcia", "pierre.garcia@orange.fr", "", "", "30 jours", "Virement", "Facture SAS Transports Fournier",
    [(PO[8], 1)], "B2B", True, "person_pays_company_invoice")
add("", "", "", "", "À réception", "Espèces", "", [(PH[3], 1)], "B2C", True, "thin_record")
add("", "", "", "", "30 jours", "", "", [(PO[9], 1)], "B2B", True, "thin_record")
add("Bpifrance", "achats@bpifrance.fr", *ids("Bpifrance"), "30 jours", "Virement", "", pick(PO, 2, 5), "B2B", True, "state_owned_company")

rng.shuffle(invs)
rows, labels = [], []
d = date(2024, 9, 2)
num = 1187
codes = {}
for inv in invs:
    d += timedelta(days=rng.choice([0, 0, 1, 1, 2]))
    num += 1
    key = inv["client"] or f"_anon{num}"
    if key not in codes:
        codes[key] = f"C{len(codes) + 101:05d}" if inv["client"] else ""
    if inv["client"] == "Client comptant":
        codes[key] = "C00001"
    ht_tot = sum(p[1] * q for p, q in inv["lines"])
    for p, q in inv["lines"]:
        ht = round(p[1] * q, 2)
        rows.append([f"FA{d.year}-{num:05d}", d.strftime("%d/%m/%Y"), codes[key], inv["client"], inv["tva"], inv["siret"],
                     inv["email"], inv["cond"], inv["mode"], inv["ref"], p[0], str(q).replace(".", ","),
                     f"{p[1]:.2f}".replace(".", ","), "20,00", f"{ht:.2f}".replace(".", ","),
                     f"{ht * 1.2:.2f}".replace(".", ","), inv["comment"]])
        labels.append(inv["lab"])
with open(LAYOUTS / f"{ID}.csv", "w", encoding="utf-8-sig", newline="") as fh:
    w = csv.writer(fh, delimiter=";")
    w.writerow(COLS)
    w.writerows(rows)
write_labels(KEYS / f"{ID}.labels.csv", labels)
print(ID, len(rows))
