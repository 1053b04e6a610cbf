"""p_fr_pennylane_factures: Pennylane factures clients export with lines, CSV ';' decimal comma, UTF-8."""
import datetime as dt
import os
import random

from p_common import Cat, lines_for, write_labels, write_key, fmt_num, LAYOUTS, KEY

ID = "p_fr_pennylane_factures"
rng = random.Random(35000)

CAT = Cat([
    ("Cartes de visite 350 g pelliculage mat (lot de 500)", "CDV-350", "lot", 59.00, 20, "biz"),
    ("Papier à en-tête 90 g (ramette de 1000)", "ENT-90", "ramette", 119.00, 20, "biz"),
    ("Enveloppes DL imprimées (x1000)", "ENV-DL", "lot", 139.00, 20, "biz"),
    ("Bâche publicitaire PVC 510 g 3 x 1 m, œillets", "BAC-3X1", "unité", 89.00, 20, "biz"),
    ("Kakémono roll-up 85 x 200 cm avec housse", "ROL-85", "unité", 119.00, 20, "biz"),
    ("Panneau Dibond 3 mm 60 x 40 cm", "DIB-6040", "unité", 48.00, 20, "biz"),
    ("Flyers A5 recto-verso 135 g (x2500)", "FLY-A5", "lot", 96.00, 20, "biz"),
    ("Brochure A4 16 pages agrafée (x500)", "BRO-A4-16", "lot", 690.00, 20, "biz"),
    ("Vitrophanie sur mesure (m²)", "VIT-M2", "m²", 55.00, 20, "biz"),
    ("Marquage véhicule utilitaire (forfait)", "MAR-VU", "forfait", 780.00, 20, "biz"),
    ("Carnets de factures autocopiants (x10)", "CAR-AUTO", "lot", 145.00, 20, "biz"),
    ("Tampon Trodat Printy 4912 personnalisé", "TAM-4912", "unité", 29.00, 20, "biz"),
    ("Affiches A3 couleur 170 g (x50)", "AFF-A3", "lot", 45.00, 20, "both"),
    ("Création graphique (heure)", "PAO-H", "heure", 55.00, 20, "both"),
    ("Impression numérique A4 couleur (x100)", "NUM-A4", "lot", 24.00, 20, "both"),
    ("Banderole 3 x 0,8 m", "BAN-3", "unité", 75.00, 20, "both"),
    ("Reliure thermique (x10)", "REL-TH", "lot", 35.00, 20, "both"),
    ("Frais de livraison Colissimo", "LIV-COL", "forfait", 9.90, 20, "both"),
    ("Faire-part de mariage personnalisés (x80)", "FP-MAR", "lot", 149.00, 20, "home"),
    ("Faire-part de naissance (x50)", "FP-NAI", "lot", 79.00, 20, "home"),
    ("Tirages photo 13 x 18 (x30)", "PHO-1318", "lot", 12.00, 20, "home"),
    ("Livre photo A4 30 pages couverture rigide", "LIV-A4", "unité", 89.00, 20, "home"),
    ("Toile imprimée sur châssis 60 x 40", "TOI-6040", "unité", 59.00, 20, "home"),
    ("Calendrier photo personnalisé A3", "CAL-A3", "unité", 24.90, 20, "home"),
    ("Mug personnalisé", "MUG-01", "unité", 14.90, 20, "home"),
    ("Invitations anniversaire (x30)", "INV-ANN", "lot", 32.00, 20, "home"),
    ("T-shirt personnalisé coton bio", "TSH-BIO", "unité", 19.90, 20, "home"),
])

FIRST = ["Marie", "Jean", "Camille", "Nicolas", "Julie", "Thomas", "Sophie", "Pierre", "Élodie", "Mathieu",
         "Claire", "Antoine", "Manon", "Julien", "Laura", "Yann", "Gwenaëlle", "Erwan", "Nathalie", "François",
         "Chloé", "Maxime", "Isabelle", "Loïc", "Sandrine", "Hugo", "Anne", "Olivier"]
LAST = ["Martin", "Bernard", "Le Gall", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Le Roux",
        "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Le Goff", "Guillou", "Morvan", "Lemoine",
        "Rousseau", "Fournier", "Girard", "Bonnet", "Kerjean", "Tanguy", "Le Bihan", "Roux"]
FEM = {"Marie", "Camille", "Julie", "Sophie", "Élodie", "Claire", "Manon", "Laura", "Gwenaëlle", "Nathalie",
       "Chloé", "Isabelle", "Sandrine", "Anne"}
FREEMAIL = ["orange.fr", "free.fr", "laposte.net", "gmail.com", "hotmail.fr", "sfr.fr", "wanadoo.fr", "yahoo.fr"]
CITY = [("35000", "Rennes"), ("35400", "Saint-Malo"), ("35510", "Cesson-Sévigné"), ("22000", "Saint-Brieuc"),
        ("29200", "Brest"), ("56000", "Vannes"), ("35700", "Rennes"), ("44000", "Nantes")]


def slug(s):
    t = s.lower()
    for a, b in [("é", "e"), ("è", "e"), ("ë", "e"), ("ï", "i"), ("ç", "c"), (" ", ""), ("-", ""), ("'", "")]:
        t = t.replace(a, b)
    return t


def siren(prefix=None):
    if prefix:
        return prefix + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(prefix)))
    return str(rng.randint(3, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))


def tva(s):
    return f"FR{rng.randint(10, 99)}{s}"


def C(name, kind, label, email=None, sir=None, vat=False, ref=None, eng=None, svc=None, mode=None, comment=None,
      amb=False, country="FR", pay=None, orders=1):
    return dict(name=name, kind=kind, label=label, email=email, siren=sir, vat=tva(sir) if (vat and sir) else "",
                ref=ref, eng=eng, svc=svc, mode=mode, comment=comment, amb=amb, country=country, pay=pay,
                orders=orders)


def eng():
    return f"{rng.randint(1000000000, 9999999999)}"


SPECS = [
    # B2G
    C("Ville de Rennes – Direction de la communication", "fr_commune", "B2G", "dircom@ville-rennes.fr",
      siren("2135"), eng=eng(), svc="DIRCOM", pay="Virement (mandat administratif)", orders=3),
    C("Commune de Saint-Malo", "fr_commune", "B2G", "mairie@ville-saint-malo.fr", siren("2135"), eng=eng(), orders=2),
    C("Mairie de Cesson-Sévigné", "fr_commune", "B2G", None, siren("2135"), svc="SERV-TECH"),
    C("Commune de Plouha", "fr_commune", "B2G", "mairie.plouha@wanadoo.fr", siren("2122")),
    C("CCAS de la Ville de Brest", "fr_commune", "B2G", None, siren("2629")),
    C("Rennes Métropole", "fr_intercommunality", "B2G", None, siren("2435"), eng=eng(), orders=2),
    C("Communauté de communes du Pays de Landerneau-Daoulas", "fr_intercommunality", "B2G", None, siren("2429")),
    C("Département d'Ille-et-Vilaine", "fr_department", "B2G", "commande.publique@ille-et-vilaine.fr",
      siren("2235"), eng=eng(), orders=2),
    C("Conseil départemental du Morbihan", "fr_department", "B2G", None, siren("2256")),
    C("Région Bretagne – Direction du tourisme", "fr_region", "B2G", None, siren("2335"), eng=eng()),
    C("Lycée Jean Macé", "public_school", "B2G", "ce.0350026x@ac-rennes.fr", siren("1935"),
      comment="Impression pour les portes ouvertes"),
    C("Lycée polyvalent Bréquigny", "public_school", "B2G", None, siren("1935")),
    C("Collège Anne de Bretagne", "public_school", "B2G", "ce.0350040m@ac-rennes.fr", siren("1935")),
    C("CHU de Rennes – Direction des achats", "public_hospital", "B2G", None, siren("2635"), eng=eng(), svc="ACHATS",
      ref="BC 24-018734", orders=2),
    C("Centre hospitalier de Saint-Brieuc", "public_hospital", "B2G", None, siren("2622")),
    C("Université Rennes 2 – Service culturel", "public_university", "B2G", "culture@univ-rennes2.fr",
      siren("1935"), eng=eng()),
    C("INSA Rennes", "public_university", "B2G", None, siren("1935")),
    C("CNRS – Délégation Bretagne et Pays de la Loire", "fr_state_agency", "B2G", None, "180089013", eng=eng()),
    C("Préfecture d'Ille-et-Vilaine", "fr_state_agency", "B2G", "pref-communication@ille-et-vilaine.gouv.fr",
      "173500013"),
    C("France Travail – Agence Rennes Centre", "fr_state_agency", "B2G", None, "130005481"),
    C("Groupement de gendarmerie départementale d'Ille-et-Vilaine", "fr_police", "B2G", None, "157000019",
      comment="Livraison caserne Guillaudot"),
    C("Ministère des Armées – 11e Régiment d'artillerie de marine", "armed_forces", "B2G", None, "110044013",
      ref="Bon de commande Chorus 4500887712"),
    C("Tribunal judiciaire de Rennes", "fr_court", "B2G", None, "172014020"),
    C("SDIS 35 – Service départemental d'incendie et de secours", "fr_public_establishment", "B2G", None,
      siren("2835")),
    C("Office de tourisme de Saint-Malo (EPIC)", "municipal_enterprise", "B2G", "direction@saint-malo-tourisme.com",
      siren("3")),
    C("Ambassade du Canada en France", "embassy", "B2G", None, country="CA"),
    C("École élémentaire publique Jules Ferry, Rennes", "public_school_household_item", "B2G", None,
      mode="sku:LIV-A4", amb=True, comment="Cadeau de départ en retraite de la directrice"),
    # B2B
    C("Le Fournil de Paul SARL", "company_with_legal_form", "B2B", "contact@fournildepaul.fr", siren(), True),
    C("Agence Immobilière du Port SARL", "company_with_legal_form", "B2B", "agence@immoduport.fr", siren(), True,
      orders=2),
    C("Garage Dupont SAS", "company_with_legal_form", "B2B", "garage.dupont35@orange.fr", siren(), True),
    C("Brasserie Lancelot SAS", "company_with_legal_form", "B2B", "compta@brasserie-lancelot.bzh", siren(), True),
    C("Menuiserie Le Goff EURL", "company_with_legal_form", "B2B", None, siren(), True),
    C("Groupe Legendre", "company_no_legal_form", "B2B", "achats@groupe-legendre.fr", siren(), True,
      ref="CDE-2024-33871"),
    C("Crêperie Ty Breizh", "company_no_legal_form", "B2B", "tybreizh.creperie@gmail.com", siren(), orders=2),
    C("Pharmacie des Halles", "company_no_legal_form", "B2B", None, siren(), True),
    C("Cabinet dentaire du Dr Morel", "company_no_legal_form", "B2B", "cabinet.morel@orange.fr", siren()),
    C("Leroy Merlin France – Magasin de Rennes Cesson", "company_with_legal_form", "B2B", None, "384560942", True,
      ref="PO 7700123341"),
    C("La Poste SA – Plateforme courrier Rennes", "state_owned_company", "B2B", None, "356000000", True),
    # sole traders
    C("Julie Martin – Photographe (EI)", "sole_trader_trade_name", "B2B", "juliemartin.photo@gmail.com", siren(),
      pay="Carte bancaire"),
    C("Marc Petit EI – Plomberie Chauffage", "sole_trader_trade_name", "B2B", "marcpetit.plomberie@orange.fr",
      siren(), orders=2),
    C("Coiffure Élodie", "sole_trader_trade_name", "B2B", None, siren()),
    C("Claire Roux, professeure de yoga (micro-entreprise)", "sole_trader_trade_name", "B2B",
      "claire.roux.yoga@free.fr", siren(), comment="TVA non applicable, art. 293 B du CGI"),
    # non-profits
    C("Association sportive Cesson Handball", "non_profit", "B2B", "bureau@cesson-handball.fr", orders=2),
    C("Les Restos du Cœur – Antenne de Rennes", "non_profit", "B2B", None),
    C("Croix-Rouge française – Unité locale de Rennes", "national_red_cross", "B2B", "ul.rennes@croix-rouge.fr"),
    C("Comité des fêtes de Plouha", "non_profit", "B2B", "comitedesfetesplouha@gmail.com"),
    C("APE de l'école Jules Ferry", "parents_association", "B2B", "ape.julesferry.rennes@gmail.com"),
    C("Paroisse Saint-Pierre en Rennes", "religious_organisation", "B2B", None),
    C("Lycée privé Saint-Martin (OGEC)", "private_school", "B2B", "comptabilite@stmartin-rennes.fr", siren()),
    C("Institut Catholique de Rennes", "private_university", "B2B", None, siren()),
    C("Clinique Saint-Laurent", "private_hospital", "B2B", None, siren(), True),
    C("Syndicat des copropriétaires Résidence Les Tilleuls", "homeowners_association", "B2B", None,
      comment="Syndic : Foncia Rennes"),
    # B2B ambiguous
    C("SNCF Réseau – Direction territoriale Bretagne Pays de la Loire", "state_owned_company_procurement", "B2B",
      None, "412280737", True, ref="Marché n° 2024-SNCFR-0412", amb=True),
    C("UNESCO – Secteur de la communication et de l'information", "international_org", "B2B", None, amb=True),
    C("Conseil de l'Europe", "international_org", "B2B", None, amb=True, comment="Livraison Agora, Strasbourg"),
    C("Agence Kerjean SARL", "company_household_item", "B2B", "contact@agence-kerjean.fr", siren(), True,
      mode="single_home", amb=True),
    C("Océane Transports SARL", "company_household_item", "B2B", "gerance@oceane-transports.fr", siren(), True,
      mode="single_home", amb=True),
    C("Yann Le Bihan EI – Électricité", "sole_trader_household_item", "B2B", "yann.lebihan@sfr.fr", siren(),
      mode="single_home", amb=True, pay="Carte bancaire"),
    C("Maître Anne Leroy, avocate", "professional_practice", "B2B", "a.leroy.avocat@orange.fr", siren(),
      mode="biz", amb=True, comment="Facturé au cabinet"),
]


def priv(kind="private_person", amb=False, mode="home", label="B2C", comment=None, dom=None, pay=None):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    if dom:
        email = f"{slug(f)}.{slug(l)}@{dom}"
    else:
        email = None if rng.random() < 0.25 else f"{slug(f)}{rng.choice(['.', '', '_'])}{slug(l)}{rng.choice(['', '', '35', '29'])}@{rng.choice(FREEMAIL)}"
    name = rng.choice([f"{f} {l}", f"{f} {l}", f"{l.upper()} {f}", (f"Mme {f} {l}" if f in FEM else f"M. {f} {l}")])
    return C(name, kind, label, email, mode=mode, amb=amb, comment=comment, pay=pay)


for _ in range(26):
    SPECS.append(priv())
SPECS[-5]["orders"] = 2
SPECS.append(priv("private_bulk", True, "bulk_same"))
SPECS.append(priv("private_bulk", True, "bulk_same"))
SPECS.append(priv("person_with_gov_email", True, "single_home", dom="interieur.gouv.fr", pay="Carte bancaire"))
SPECS.append(priv("person_with_gov_email", True, "single_home", dom="intradef.gouv.fr", pay="Carte bancaire",
                  comment="Livraison à domicile"))
SPECS.append(priv("person_states_business_use", True, "home", "B2B",
                  comment="Pour revente sur mon stand au marché des Lices"))
SPECS.append(priv("person_pays_company_invoice", True, "biz", "B2B",
                  comment="Réglé par le gérant à titre personnel pour le compte de la SARL Océane Transports"))
SPECS.append(C("", "product_only_business_goods", "B2B", None, mode="bizonly_single", amb=True, pay=""))
SPECS.append(C("", "product_only_household", "B2C", None, mode="homeonly_single", amb=True, pay=""))

HEADER = ["Numéro de facture", "Date de facture", "Date d'échéance", "Statut", "Client", "Numéro client", "SIREN",
          "Numéro de TVA intracommunautaire", "Email", "Code postal", "Ville", "Libellé", "Produit", "Quantité",
          "Unité", "Prix unitaire HT", "Taux de TVA", "Total HT", "Total TVA", "Total TTC", "Montant TTC facture",
          "Reste à payer", "Devise", "Mode de paiement", "Référence bon de commande", "Numéro d'engagement",
          "Code service", "Commentaire"]


TOK = [("Rennes", ("35000", "Rennes")), ("Saint-Malo", ("35400", "Saint-Malo")), ("Cesson", ("35510", "Cesson-Sévigné")),
       ("Plouha", ("22580", "Plouha")), ("Brest", ("29200", "Brest")), ("Landerneau", ("29800", "Landerneau")),
       ("Ille-et-Vilaine", ("35000", "Rennes")), ("Morbihan", ("56000", "Vannes")), ("Région Bretagne", ("35000", "Rennes")),
       ("Saint-Brieuc", ("22000", "Saint-Brieuc")), ("INSA", ("35700", "Rennes")), ("CNRS", ("35000", "Rennes")),
       ("11e Régiment", ("35140", "Saint-Aubin-du-Cormier")), ("SDIS 35", ("35000", "Rennes")),
       ("Canada", ("75008", "Paris")), ("UNESCO", ("75007", "Paris")), ("Conseil de l'Europe", ("67000", "Strasbourg")),
       ("Jean Macé", ("35000", "Rennes")), ("Bréquigny", ("35200", "Rennes")), ("Anne de Bretagne", ("35000", "Rennes")),
       ("Jules Ferry", ("35000", "Rennes")), ("SNCF", ("35000", "Rennes")), ("Saint-Martin", ("35000", "Rennes")),
       ("Legendre", ("35000", "Rennes")), ("Lancelot", ("35460", "Bédée")), ("Pays de la Loire", ("44000", "Nantes"))]


def city_for(name):
    if not name:
        return ("", "")
    for t, c in TOK:
        if t in name:
            return c
    return rng.choice(CITY)


def main():
    orders = []
    for s in SPECS:
        orders += [s] * s["orders"]
    rng.shuffle(orders)
    clients, nxt = {}, 1
    rows, labels = [], []
    d0 = dt.date(2024, 1, 15)
    for i, s in enumerate(orders):
        if s["name"]:
            if s["name"] not in clients:
                clients[s["name"]] = nxt
                nxt += 1
            cno = f"C{clients[s['name']]:05d}"
        else:
            cno = ""
        mode = s["mode"] or ("biz" if s["label"] in ("B2B", "B2G") else "home")
        items = lines_for(rng, CAT, mode)
        date = d0 + dt.timedelta(days=int(i * 2.7) + rng.randint(0, 2))
        num = f"F-{date.year}-{i + 412:04d}"
        if s["pay"] is not None:
            pay = s["pay"]
        elif s["label"] == "B2G":
            pay = rng.choice(["Virement", "Virement (mandat administratif)", "Virement"])
        elif s["label"] == "B2B" and mode == "biz":
            pay = rng.choice(["Virement", "Virement", "Chèque", "Prélèvement SEPA", "Carte bancaire"])
        else:
            pay = rng.choice(["Carte bancaire", "Carte bancaire", "Espèces", "Chèque", "PayPal", "Virement"])
        days = 30 if pay.startswith("Virement") or pay.startswith("Prél") else 0
        due = date + dt.timedelta(days=days)
        nets = [round(e[3] * q, 2) for e, q in items]
        vats = [round(n * e[4] / 100, 2) for n, (e, q) in zip(nets, items)]
        total = round(sum(nets) + sum(vats), 2)
        status = "Payée" if days == 0 else rng.choice(["Payée", "Payée", "À venir", "En retard"])
        rest = 0 if status == "Payée" else total
        cp, ville = city_for(s["name"])
        libelle = rng.choice(["Commande", "Impression", "Travaux d'impression", "Signalétique", "Commande atelier"])
        for (e, q), n, v in zip(items, nets, vats):
            rows.append([
                num, date.strftime("%d/%m/%Y"), due.strftime("%d/%m/%Y"), status, s["name"], cno, s["siren"] or "",
                s["vat"], s["email"] or "", cp, ville, f"{libelle} {num}", e[0], str(q), e[2], fmt_num(e[3], ",", " "),
                f"{e[4]},0 %", fmt_num(n, ",", " "), fmt_num(v, ",", " "), fmt_num(n + v, ",", " "),
                fmt_num(total, ",", " "), fmt_num(rest, ",", " "), "EUR", pay, s["ref"] or "", s["eng"] or "",
                s["svc"] or "", s["comment"] or "",
            ])
            labels.append(dict(label=s["label"], amb=s["amb"], kind=s["kind"], country=s["country"]))
    with open(os.path.join(LAYOUTS, ID + ".csv"), "w", encoding="utf-8", newline="") as f:
        for r in [HEADER] + rows:
            out = []
            for v in r:
                v = str(v)
                if any(c in v for c in ';"\n'):
                    v = '"' + v.replace('"', '""') + '"'
                out.append(v)
            f.write(";".join(out) + "\n")
    write_labels(os.path.join(KEY, ID + ".labels.csv"), labels)
    write_key(os.path.join(KEY, ID + ".json"), {
        "id": ID,
        "system": "Pennylane – Ventes > Factures clients, export CSV des lignes de facture",
        "country": "FR",
        "language": "fr",
        "docs": [
            "Pennylane help centre (help.pennylane.com: 'Créer une facture client', 'Paramétrer l'éditeur de "
            "factures', FAQ éditeur de factures): customer invoices carry a client found by SIREN/SIRET or name "
            "(particuliers created by name only), numbering with prefix, dates d'émission/d'échéance, products with "
            "quantity, unit, unit price HT, VAT rate, remise; invoices to public buyers go through Chorus Pro "
            "(engagement number, code service).",
            "French export conventions: ';' separator, decimal comma with space thousands separator, dates dd/mm/yyyy, "
            "UTF-8 without BOM. Column set reconstructed from those fields; the exact export header wording could not "
            "be confirmed in the stored sources.",
        ],
        "fields": {
            "buyer": "Client", "product": "Produit", "quantity": "Quantité", "amount": "Total HT",
            "tax_id": "Numéro de TVA intracommunautaire", "email": "Email", "payment": "Mode de paiement",
            "comment": "Commentaire",
        },
        "also_ok": {"amount": ["Total TTC"], "tax_id": ["SIREN"]},
        "notes": "Header on line 1, one row per invoice line, no totals line. All lines of one Numéro de facture share "
                 "a label. Public bodies carry Chorus Pro fields (Numéro d'engagement, Code service) only sometimes. "
                 "Two invoices have an empty Client (product-only records). Read with sep=';', decimal=',', "
                 "thousands=' '.",
    })
    print(ID, len(rows), "rows", len(orders), "orders")


if __name__ == "__main__":
    main()
