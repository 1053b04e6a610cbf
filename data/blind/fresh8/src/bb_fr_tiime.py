"""FR: Tiime (Tiime Factures) export of issued invoices, one row per invoice line,
';' delimited, ',' decimals, dd/mm/yyyy, UTF-8 with BOM. Seller: a Lyon joinery workshop."""
import random, csv
from bb_common import *

rng = random.Random(8303)
KID = "bb_fr_tiime_factures"

PRENOMS = ["Camille", "Léa", "Manon", "Chloé", "Sarah", "Julie", "Lucas", "Hugo", "Thomas", "Nicolas",
           "Julien", "Maxime", "Antoine", "Mathilde", "Pauline", "Claire", "Sébastien", "Aurélie", "Émilie", "Pierre"]
NOMS = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
        "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard"]
FREEMAIL = ["gmail.com", "orange.fr", "free.fr", "hotmail.fr", "laposte.net", "sfr.fr", "yahoo.fr", "outlook.fr", "wanadoo.fr"]
VILLES = [("Lyon", "69003"), ("Lyon", "69006"), ("Lyon", "69007"), ("Villeurbanne", "69100"), ("Caluire-et-Cuire", "69300"),
          ("Écully", "69130"), ("Oullins", "69600"), ("Bron", "69500"), ("Vénissieux", "69200"), ("Tassin-la-Demi-Lune", "69160")]
RUES = ["rue Garibaldi", "cours Lafayette", "rue Paul Bert", "avenue Jean Jaurès", "rue de la République", "rue Duguesclin",
        "montée de la Grande Côte", "rue Saint-Jean", "boulevard des Belges", "rue Vendôme"]
HOME = [("Table en chêne massif 180 x 90", "u", 1650.0), ("Bibliothèque sur mesure noyer", "u", 2380.0),
        ("Réparation chaise bistrot", "u", 45.0), ("Restauration commode Louis-Philippe", "forfait", 540.0),
        ("Étagère murale chêne 120 cm", "u", 185.0), ("Pose d'étagères", "h", 48.0), ("Plan de travail cuisine hêtre", "ml", 290.0),
        ("Déplacement", "forfait", 35.0)]
PRO = [("Comptoir d'accueil sur mesure", "u", 4850.0), ("Agencement bureaux – mobilier bois", "forfait", 9800.0),
       ("Tablettes bois massif pour salle de réunion", "u", 620.0), ("Main d'œuvre menuiserie", "h", 52.0),
       ("Bancs en chêne 200 cm", "u", 780.0), ("Rayonnages bibliothèque sur mesure", "ml", 410.0),
       ("Habillage bois mural", "m²", 165.0), ("Portes placard coulissantes", "u", 690.0), ("Déplacement", "forfait", 35.0)]

def n2(x):
    return f"{x:.2f}".replace(".", ",")

COMP = [("Boiron", "SA", "boiron.fr"), ("Groupe SEB France", "SAS", "groupeseb.com"), ("Babolat VS", "SA", "babolat.com"),
        ("Cegid", "SAS", "cegid.com"), ("Ninkasi Brasseries", "SAS", "ninkasi.fr"), ("Bocuse Restaurants", "SAS", "bocuse.fr"),
        ("LDLC.com", "SA", "ldlc.com"), ("Aldes Aéraulique", "SAS", "aldes.com"), ("Keolis Lyon", "SA", "keolis.com"),
        ("Hôtel Le Royal Lyon", "SARL", "lyonhotel-leroyal.com"), ("Cabinet Vidal & Associés", "SELARL", "vidal-avocats.fr")]
GOV = [("Ville de Lyon", "lyon.fr", "municipality"), ("Mairie de Villeurbanne", "mairie-villeurbanne.fr", "municipality"),
       ("Métropole de Lyon", "grandlyon.com", "metropolitan_authority"), ("Lycée Ampère", "ac-lyon.fr", "public_school"),
       ("Université Claude Bernard Lyon 1", "univ-lyon1.fr", "public_university"), ("Hospices Civils de Lyon", "chu-lyon.fr", "public_hospital"),
       ("Département du Rhône", "rhone.fr", "department"), ("Préfecture du Rhône", "rhone.gouv.fr", "government_agency"),
       ("Mairie de Caluire-et-Cuire", "ville-caluire.fr", "municipality")]

rows, labels = [], []
num = 187
day = 0

def person():
    return rng.choice(PRENOMS), rng.choice(NOMS)

def mail(f, l, dom=None):
    s = f"{f}.{l}".lower().translate(str.maketrans("éèëêàâîïôûç", "eeeeaaiiouc")).replace(" ", "")
    return f"{s}{rng.choice(['', '', str(rng.randint(1, 99))])}@{dom or rng.choice(FREEMAIL)}"

def invoice(client, siret_, tva, email, addr, lines, pay, note, lab, amb, kind, cc="FR", status=None):
    global num, day
    num += 1
    day += rng.choice([1, 1, 2])
    m = 1 + (day // 30) % 12
    d = 1 + day % 28
    ech_d = min(28, d + 2)
    ht_total = sum(q * p for _, _, q, p in lines)
    ttc = ht_total * 1.2
    st = status or rng.choice(["Payée", "Payée", "Envoyée", "En retard"])
    for des, unit, q, p in lines:
        rows.append({
            "Numéro": f"F-2024-{num:04d}", "Date d'émission": f"{d:02d}/{m:02d}/2024",
            "Date d'échéance": f"{ech_d:02d}/{(m % 12) + 1:02d}/2024" if lab != "B2C" else f"{d:02d}/{m:02d}/2024",
            "Client": client, "SIRET": siret_, "N° TVA intracommunautaire": tva, "Email": email,
            "Adresse": addr[0], "Code postal": addr[1], "Ville": addr[2],
            "Désignation": des, "Quantité": n2(q) if q != int(q) else str(int(q)), "Unité": unit,
            "Prix unitaire HT": n2(p), "Taux de TVA": "20 %", "Montant HT": n2(q * p),
            "Total TTC": n2(ttc), "Statut": st,
            "Moyen de paiement": pay, "Note": note,
        })
        labels.append((lab, amb, kind, cc))

def lines_from(pool, n):
    out = []
    for it in rng.sample(pool, n):
        q = rng.choice([1, 1, 2, 3]) if it[1] in ("u", "forfait") else rng.choice([2, 4, 6.5, 8, 12])
        if it[1] == "forfait":
            q = 1
        out.append((it[0], it[1], q, it[2]))
    return out

def addr():
    v = rng.choice(VILLES)
    return (f"{rng.randint(1, 120)} {rng.choice(RUES)}", v[1], v[0])

plan = (["priv"] * 34 + ["priv_sparse"] * 6 + ["priv_gouv_mail"] * 2 + ["comp"] * 24 + ["sole"] * 5 +
        ["comp_one_home"] * 3 + ["priv_pro_use"] * 2 + ["gov"] * 14 + ["gov_small"] * 2 + ["private_school"] * 2 +
        ["parish"] * 1 + ["intl"] * 2 + ["sncf"] * 1 + ["lpa"] * 1 + ["thin"] * 3)
rng.shuffle(plan)
for k in plan:
    if k == "priv":
        f, l = person()
        name = rng.choice([f"{f} {l}", f"{l.upper()} {f}", f"M. {f} {l}" if f in PRENOMS[6:13] + ["Sébastien", "Pierre"] else f"Mme {f} {l}"])
        invoice(name, "", "", mail(f, l), addr(), lines_from(HOME, rng.randint(1, 3)),
                rng.choice(["Virement", "Chèque", "Carte bancaire", "Espèces"]), rng.choice(["", "", "Acompte de 30 % versé à la commande", "Livraison au domicile"]),
                "B2C", False, "private_person")
    elif k == "priv_sparse":
        f, l = person()
        invoice(f"{l} {f}", "", "", "", ("", "", ""), lines_from(HOME, 1), "", "", "B2C", False, "private_person")
    elif k == "priv_gouv_mail":
        f, l = person()
        invoice(f"{f} {l}", "", "", mail(f, l, rng.choice(["interieur.gouv.fr", "justice.fr"])), addr(),
                [("Table en chêne massif 180 x 90", "u", 1, 1650.0)], "Carte bancaire", "Livraison au domicile", "B2C", True, "person_government_email")
    elif k == "comp":
        c = rng.choice(COMP)
        sr = siren(rng)
        nm = f"{c[0]} {c[1]}" if rng.random() > .2 else f"{c[0].upper()} {c[1]}"
        invoice(nm, siret(rng, sr), fr_vat(sr), f"{rng.choice(['compta', 'achats', 'factures'])}@{c[2]}", addr(),
                lines_from(PRO, rng.randint(1, 3)), rng.choice(["Virement", "Virement", "Virement", "Prélèvement"]),
                rng.choice(["", f"Bon de commande n° BC{rng.randint(20240000, 20249999)}", "Paiement à 30 jours fin de mois"]),
                "B2B", False, "company")
    elif k == "sole":
        f, l = person()
        sr = siren(rng)
        invoice(f"{f} {l} – architecte d'intérieur (EI)" if rng.random() < .5 else f"Dr {l} – cabinet dentaire",
                siret(rng, sr), "", mail(f, l), addr(), lines_from(PRO, rng.randint(1, 2)), "Virement",
                "TVA non applicable au client – facture pro", "B2B", False, "sole_trader")
    elif k == "comp_one_home":
        c = rng.choice(COMP)
        sr = siren(rng)
        invoice(f"{c[0]} {c[1]}", siret(rng, sr), fr_vat(sr), f"compta@{c[2]}", addr(), [("Réparation chaise bistrot", "u", 1, 45.0)],
                "Carte bancaire", "", "B2B", True, "company_household_item")
    elif k == "priv_pro_use":
        f, l = person()
        invoice(f"{f} {l}", "", "", mail(f, l), addr(), [("Comptoir d'accueil sur mesure", "u", 1, 4850.0)], "Virement",
                "Pour l'ouverture de ma boutique, merci d'indiquer le nom commercial sur la facture", "B2B", True, "private_person_business_purpose")
    elif k == "gov":
        g = rng.choice(GOV)
        sr = siren(rng)
        invoice(g[0] if rng.random() > .15 else g[0].upper(), siret(rng, sr), "", f"{rng.choice(['marches', 'commande-publique', 'services.techniques'])}@{g[1]}", addr(),
                lines_from(PRO, rng.randint(1, 3)), "Mandat administratif",
                rng.choice([f"Dépôt Chorus Pro – engagement juridique n° {rng.randint(1000000000, 1999999999)}", f"Marché n° 2024-{rng.randint(10, 99)}-MOB, bon de commande {rng.randint(10000, 99999)}", "Facture déposée sur Chorus Pro"]),
                "B2G", False, g[2])
    elif k == "gov_small":
        g = GOV[rng.choice([0, 1, 8])]
        invoice(g[0] + " – Crèche municipale", siret(rng), "", f"creche@{g[1]}", addr(), [("Réparation chaise bistrot", "u", 1, 45.0)],
                "Mandat administratif", "Facture déposée sur Chorus Pro", "B2G", True, "municipal_creche_household_item")
    elif k == "private_school":
        invoice("Institution des Chartreux (OGEC)", siret(rng), "", "intendance@chartreux.org", ("58 rue Pierre Dupont", "69001", "Lyon"),
                lines_from(PRO, 2), "Virement", "", "B2B", False, "private_school")
    elif k == "parish":
        invoice("Association diocésaine de Lyon – Paroisse Saint-Nizier", siret(rng), "", "paroisse.saintnizier@lyon.catholique.fr",
                ("Place Saint-Nizier", "69002", "Lyon"), [("Bancs en chêne 200 cm", "u", 4, 780.0)], "Chèque", "", "B2B", False, "religious_organisation")
    elif k == "intl":
        nm = rng.choice(["Organisation internationale de police criminelle – INTERPOL", "Centre international de Recherche sur le Cancer (CIRC/IARC)"])
        invoice(nm, "", "", "procurement@interpol.int" if "INTERPOL" in nm else "procurement@iarc.who.int", addr(), lines_from(PRO, 2), "Virement",
                "Exonération de TVA – accord de siège", "B2B", True, "international_org", cc="FR")
    elif k == "sncf":
        sr = siren(rng)
        invoice("SNCF Gares & Connexions SA", siret(rng, sr), fr_vat(sr), "achats@sncf.fr", ("Gare de Lyon Part-Dieu", "69003", "Lyon"),
                [("Habillage bois mural", "m²", 38, 165.0), ("Main d'œuvre menuiserie", "h", 24, 52.0)], "Virement",
                f"Marché passé selon procédure adaptée, consultation n° {rng.randint(100000, 999999)}", "B2B", True, "state_owned_company_procurement")
    elif k == "lpa":
        sr = siren(rng)
        invoice("Lyon Parc Auto SA (SEM)", siret(rng, sr), fr_vat(sr), "comptabilite@lpa.fr", addr(), [("Comptoir d'accueil sur mesure", "u", 1, 4850.0)],
                "Virement", "", "B2B", False, "semi_public_company")
    elif k == "thin":
        invoice("", "", "", "", ("", "", ""), lines_from(HOME[:5], 1), "Espèces", "", "B2C", True, "thin_record", status="Payée")

cols = list(rows[0].keys())
with open(LAYOUTS / f"{KID}.csv", "w", newline="", encoding="utf-8-sig") as fh:
    w = csv.DictWriter(fh, fieldnames=cols, delimiter=";", quoting=csv.QUOTE_MINIMAL)
    w.writeheader()
    w.writerows(rows)

meta = {
    "id": KID,
    "system": "Tiime (Tiime Factures), export of issued invoices in 'Complet' line mode, one row per invoice line; seller is a Lyon joinery/cabinet-making workshop",
    "country": "FR", "language": "fr",
    "docs": [
        "support.tiime.fr 'Quels sont les différents formats de factures': 'Complet' invoices carry per line Désignation, quantité, unité (kg, heure …), prix unitaire, taux de TVA, montant HT — these give the line columns",
        "openfinance-lab.com on Tiime Factures: invoices have header, lines, multi-rate VAT breakdown, totals and a payment status; Tiime is connected to Chorus Pro for public-sector invoices (hence Chorus Pro / engagement juridique references in notes)",
        "Header order, ';' delimiter, ',' decimals, dd/mm/yyyy and BOM are my reading of a French spreadsheet export; no published column list was found"
    ],
    "fields": {"buyer": "Client", "product": "Désignation", "quantity": "Quantité", "amount": "Montant HT",
               "tax_id": "N° TVA intracommunautaire", "email": "Email", "payment": "Moyen de paiement", "comment": "Note"},
    "also_ok": {"amount": ["Total TTC"], "tax_id": ["SIRET"]},
    "notes": "One row per invoice line; invoice-level columns (Numéro, Client, SIRET, TVA, Email, Total TTC, Statut, Moyen de paiement, Note) repeat on every line of the invoice. Public buyers pay by 'Mandat administratif' and quote Chorus Pro engagement numbers; they have a SIRET but no intra-EU VAT number here. Companies carry SIRET (14 digits, Luhn-valid) and FR VAT numbers whose key matches the SIREN. Some private-person invoices carry only a name; three carry no client at all. UTF-8 with BOM, ';', ',' decimal mark."
}
write_key(KID, meta, labels)
print(KID, len(rows))
