"""fr_sage100_ventes: French sales-document lines export (Sage 100 Gestion commerciale style).
cp1252 (ANSI), ';', decimal comma with space thousands, dd/mm/yyyy. Seeded."""
import csv, os, random, datetime as dt, sys
sys.path.insert(0, os.path.dirname(__file__))
from de_us_gb_fr_es_it_pl_common_A import *

LID = "fr_sage100_ventes"
R = random.Random(7501)
CAT = {
 "biz": [("Ramette papier A4 Clairefontaine 80g (500 f.)", "PAP-CF80", 5.90, "RAM"),
         ("Ordinateur portable Dell Latitude 5540 i5", "DL-LAT5540", 1049.00, "U"),
         ("Cartouche HP 305XL noir", "HP-305XL", 27.50, "U"),
         ("Imprimante laser Brother HL-L2350DW", "BR-HLL2350", 139.00, "U"),
         ("Fauteuil de bureau ergonomique Sitness", "FT-SIT", 229.00, "U"),
         ("Écran Philips 24\" 243V7QDAB", "PH-243V7", 119.00, "U"),
         ("Classeur à levier Exacompta dos 8 cm", "EX-CL8", 2.95, "U"),
         ("Licence Microsoft 365 Business Standard 1 an", "MS-365BS", 147.60, "U"),
         ("Onduleur APC Back-UPS 950VA", "APC-BX950", 135.00, "U"),
         ("Switch Netgear GS324 24 ports", "NG-GS324", 115.00, "U")],
 "bizonly": [("Baie de brassage 19\" 42U 800x1000", "BAIE-42U", 1180.00, "U"),
             ("Télécopieur Brother FAX-2845", "BR-FAX2845", 175.00, "U"),
             ("Papier A4 80g - palette 240 cartons", "PAP-PAL", 4950.00, "PAL")],
 "house": [("Bouilloire électrique Moulinex Subito", "MX-SUBITO", 34.90, "U"),
           ("Cafetière Nespresso Vertuo Pop", "NS-VPOP", 99.00, "U"),
           ("Climatiseur mobile De'Longhi Pinguino PAC N82", "DL-PACN82", 449.00, "U"),
           ("Téléviseur Samsung 55\" Crystal UHD", "SA-TV55", 529.00, "U"),
           ("Aspirateur balai Dyson V8", "DY-V8", 299.00, "U"),
           ("Smartphone Samsung Galaxy A15 128 Go", "SA-A15", 179.00, "U")],
 "service": [("Prestation d'installation sur site (heure)", "PREST-H", 75.00, "H")],
}
G, BB, C = "B2G", "B2B", "B2C"
def siret(pref=None):
    s = (pref or str(R.randint(3, 9))) + digits(R, 13 - len(pref or "x") + 1)
    return s[:14]
def tva(s9): return "FR" + f"{R.randint(10, 99)}" + s9

BUY = [
 B("VILLE DE LYON", "fr_municipality", G, False, "FR", 3, "biz+service", sp="21", city="LYON", cp="69001", pay="Virement (mandat administratif)", note="Engagement Chorus Pro n° EJ 2400123"),
 B("COMMUNE DE SAINT-HERBLAIN", "fr_municipality", G, False, "FR", 2, "biz", sp="21", city="SAINT-HERBLAIN", cp="44800", pay="Virement (mandat administratif)"),
 B("Mairie de Montbrison", "fr_municipality", G, False, "FR", 1, "biz", sp="21", city="MONTBRISON", cp="42600", pay="Virement (mandat administratif)"),
 B("DEPARTEMENT DE LA GIRONDE", "fr_departmental_council", G, False, "FR", 2, "biz+bizonly", sp="22", city="BORDEAUX", cp="33074", pay="Virement (mandat administratif)", note="Marché n° 23-0457"),
 B("Conseil départemental du Nord", "fr_departmental_council", G, False, "FR", 1, "biz", sp="22", city="LILLE", cp="59047", pay="Virement (mandat administratif)"),
 B("REGION ILE-DE-FRANCE", "regional_government", G, False, "FR", 1, "biz", sp="23", city="SAINT-OUEN-SUR-SEINE", cp="93400", pay="Virement (mandat administratif)"),
 B("LYCEE POLYVALENT JEAN JAURES", "public_school", G, False, "FR", 2, "biz", sp="19", city="ARGENTEUIL", cp="95100", pay="Virement (mandat administratif)"),
 B("Collège Jean Moulin", "public_school_household_item", G, True, "FR", 1, "house", items=[("Bouilloire électrique Moulinex Subito", 1)], sp="19", city="SAINT-ÉTIENNE", cp="42000", pay="Virement (mandat administratif)"),
 B("CHU DE BORDEAUX", "public_hospital", G, False, "FR", 2, "biz+bizonly", sp="26", city="BORDEAUX", cp="33000", pay="Virement (mandat administratif)"),
 B("AP-HP Hôpital Necker-Enfants malades", "public_hospital", G, False, "FR", 1, "biz", sp="26", city="PARIS", cp="75015", pay="Virement (mandat administratif)"),
 B("UNIVERSITE PARIS CITE", "public_university", G, False, "FR", 1, "biz+service", sp="13", city="PARIS", cp="75006", pay="Virement (mandat administratif)"),
 B("PREFECTURE DE LA HAUTE-GARONNE", "state_administration", G, False, "FR", 1, "biz", sp="17", city="TOULOUSE", cp="31038", pay="Virement (mandat administratif)"),
 B("1er Régiment de Hussards Parachutistes", "armed_forces_unit", G, False, "FR", 1, "biz", sp="15", city="TARBES", cp="65000", pay="Virement (mandat administratif)"),
 B("Groupement de gendarmerie départementale de la Gironde", "police", G, False, "FR", 1, "biz", sp="15", city="MÉRIGNAC", cp="33700", pay="Virement (mandat administratif)"),
 B("Ambassade de la République fédérale d'Allemagne", "embassy", G, False, "DE", 1, "biz", city="PARIS", cp="75008", pay="Virement", note="Exonération TVA art. 262 II 6° CGI"),
 B("SDIS 33 - Service départemental d'incendie et de secours", "fire_service", G, False, "FR", 1, "biz", sp="28", city="MÉRIGNAC", cp="33700", pay="Virement (mandat administratif)"),
 # business
 B("DECATHLON SE", "company_with_legal_form", BB, False, "FR", 2, "biz", sp="3", city="VILLENEUVE-D'ASCQ", cp="59650", pay="Virement 30 jours fin de mois"),
 B("SARL LES DELICES DE PROVENCE", "company_with_legal_form", BB, False, "FR", 2, "biz", sp="4", city="AIX-EN-PROVENCE", cp="13100", pay="Chèque"),
 B("SAS BATIMENT RENOV 38", "company_with_legal_form", BB, False, "FR", 2, "biz+service", sp="8", city="GRENOBLE", cp="38000", pay="Virement"),
 B("Boulangerie Maison Dupont", "company_no_legal_form", BB, False, "FR", 1, "biz", sp="4", city="ROUEN", cp="76000", pay="Carte bancaire"),
 B("Garage du Centre", "company_no_legal_form", BB, False, "FR", 1, "biz", sp="3", city="VANNES", cp="56000", pay="Chèque"),
 B("Julien Martin Plomberie", "sole_trader_trade_name", BB, False, "FR", 1, "biz", sp="8", city="NANTES", cp="44000", pay="Virement"),
 B("Cabinet Maître Laurent Girard, avocat", "lawyer_professional_purchase", BB, True, "FR", 1, "bizonly", items=[("Télécopieur Brother FAX-2845", 1)], sp="4", city="LYON", cp="69002", pay="Virement", note="Facture au nom du cabinet"),
 B("SAS Agence Immobilière du Port", "company_household_purchase", BB, True, "FR", 1, "house", items=[("Climatiseur mobile De'Longhi Pinguino PAC N82", 1)], sp="8", city="LA ROCHELLE", cp="17000", pay="Carte bancaire"),
 B("EI Karim Benali - Taxi", "sole_trader_personal_purchase", BB, True, "FR", 1, "house", items=[("Téléviseur Samsung 55\" Crystal UHD", 1)], sp="9", city="MARSEILLE", cp="13005", pay="Carte bancaire", note="Retrait magasin"),
 B("SNCF VOYAGEURS", "state_owned_company_procurement", BB, True, "FR", 1, "biz+bizonly", sp="5", city="SAINT-DENIS", cp="93200", pay="Virement", note="Commande sur marché n° 2024-ACH-1187 (appel d'offres)"),
 B("EDF SA", "state_owned_company", BB, False, "FR", 1, "biz", sp="5", city="PARIS", cp="75008", pay="Virement"),
 B("OCDE - Organisation de coopération et de développement économiques", "international_org", BB, True, "FR", 1, "biz", city="PARIS", cp="75016", pay="Virement", note="Exonération TVA organisation internationale"),
 B("Association Les Restos du Cœur - AD 69", "non_profit_association", BB, False, "FR", 1, "biz", sp="7", city="LYON", cp="69007", pay="Virement"),
 B("Croix-Rouge française - Unité locale de Nantes", "non_profit_red_cross", BB, False, "FR", 1, "biz", sp="7", city="NANTES", cp="44000", pay="Chèque"),
 B("Paroisse Saint-Sulpice", "church", BB, False, "FR", 1, "biz", city="PARIS", cp="75006", pay="Chèque"),
 B("Syndicat des copropriétaires Résidence Les Tilleuls", "homeowners_association", BB, False, "FR", 1, "biz", city="TOULOUSE", cp="31000", pay="Virement"),
 B("Institut Catholique de Paris", "private_university", BB, False, "FR", 1, "biz", sp="7", city="PARIS", cp="75006", pay="Virement"),
 B("FCPE - Conseil local école Jules Ferry", "parents_association", BB, False, "FR", 1, "biz", city="DIJON", cp="21000", pay="Chèque"),
 # consumers
 B("M. Thomas Lefèvre", "private_person", C, False, "FR", 1, "house", city="REIMS", cp="51100", pay="Carte bancaire", email="thomas.lefevre@orange.fr"),
 B("Mme Camille Moreau", "private_person", C, False, "FR", 1, "house+biz", city="LILLE", cp="59000", pay="Carte bancaire", email="camille.moreau@gmail.com"),
 B("Mme Nathalie Roux", "private_person", C, False, "FR", 1, "house", city="TOURS", cp="37000", pay="Chèque"),
 B("Sébastien Fournier", "private_person_sparse", C, False, "FR", 1, "house"),
 B("Léa Girard", "private_person_sparse", C, False, "FR", 1, "biz", email="lea.girard@free.fr", lines=1, qty=1),
 B("CLIENT COMPTOIR", "anonymous_retail", C, False, "FR", 3, "house+biz", pay="Espèces", lines=1, qty=1),
 B("M. Kevin Lambert", "private_person_bulk_phones", C, True, "FR", 1, "house", items=[("Smartphone Samsung Galaxy A15 128 Go", 40)], city="CRÉTEIL", cp="94000", pay="Virement", email="kevin.lambert94@hotmail.fr"),
 B("Mme Sophie Mercier", "person_states_resale", BB, True, "FR", 1, "house", items=[("Cafetière Nespresso Vertuo Pop", 10)], city="ANGERS", cp="49000", pay="Virement", email="sophie.mercier@laposte.net", note="Achat pour revente sur ma boutique en ligne"),
 B("M. Olivier Chevalier", "person_with_gov_email", C, True, "FR", 1, "house", items=[("Aspirateur balai Dyson V8", 1)], city="VERSAILLES", cp="78000", pay="Carte bancaire", email="olivier.chevalier@interieur.gouv.fr", note="Livraison à domicile"),
 B("M. Pierre Garnier", "person_pays_company_invoice", BB, True, "FR", 1, "biz", city="NANCY", cp="54000", pay="Chèque", note="Règlement personnel de la facture de la SARL Garnier Menuiserie"),
 B("", "product_only_business_goods", BB, True, "FR", 1, "bizonly", items=[("Baie de brassage 19\" 42U 800x1000", 1)]),
 B("", "product_only_household_goods", C, True, "FR", 1, "house", items=[("Téléviseur Samsung 55\" Crystal UHD", 1)]),
]

def fr_num(x):
    return f"{x:,.2f}".replace(",", " ").replace(".", ",")

def main():
    orders = make_orders(R, BUY, CAT, dt.date(2024, 1, 4), 350, (1, 4), boost=2)
    header = ["Type de document", "N° pièce", "Date", "Code client", "Intitulé client", "SIRET", "N° TVA intracom.",
              "Code postal", "Ville", "E-mail", "Référence article", "Désignation", "Quantité", "PU HT", "Montant HT",
              "Taux TVA", "Montant TTC", "Mode de règlement", "Commentaire"]
    ids, rows, labels = {}, [], []
    for i, o in enumerate(orders):
        b = o["b"]; k = b["name"]
        if k not in ids:
            if b.get("sp"):
                s = siret(b["sp"]); ids[k] = (s, "" if b["sp"] in ("19", "15", "13", "17", "26", "28") else tva(s[:9]))
            else:
                ids[k] = ("", "")
            code = "".join(ch for ch in k.upper() if ch.isalpha())[:6] or "DIVERS"
            ids[k] += (code + f"{len(ids):03d}",)
        s, t, code = ids[k]
        if b["kind"] in ("anonymous_retail",) or not k:
            code = "DIVERS"
        exo = b["kind"] in ("embassy", "international_org")
        doc = "Ticket" if b["kind"] == "anonymous_retail" else "Facture"
        num = f"{'TK' if doc == 'Ticket' else 'FA'}{24000 + i + 1}"
        for ln in o["lines"]:
            name, sku, price, unit = ln["p"]
            ht = round(price * ln["qty"], 2)
            rate = 0 if exo else 20
            rows.append([doc, num, o["date"].strftime("%d/%m/%Y"), code, k, s, t, b.get("cp", ""), b.get("city", ""),
                         b.get("email", ""), sku, name, fr_num(ln["qty"]), fr_num(price), fr_num(ht),
                         f"{rate},00", fr_num(round(ht * (1 + rate / 100), 2)), b.get("pay", ""), b.get("note", "")])
            labels.append((b["label"], b["amb"], b["kind"], b["country"]))
    with open(os.path.join(LAY, LID + ".csv"), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(header); w.writerows(rows)
    meta = {
        "id": LID, "system": "Sage 100 Gestion commerciale - export des lignes de documents de vente (factures et tickets)",
        "country": "FR", "language": "fr",
        "docs": ["Sage 100 reference manuals (Comptabilité/Gestion commerciale 100, found in the public documentation) describe the ANSI/';' text exports and the field names of the client record (Intitulé, N° Siret, N° identifiant TVA intracommunautaire) and document lines (Référence article, Désignation, Quantité, P.U. HT, Montant HT); the exact column list of a customised line export was not found, so this is the closest documented layout, not a verbatim copy.",
                 "French conventions: cp1252, ';', decimal comma with space as thousands separator, dd/mm/yyyy, CRLF. Public buyers carry SIRET prefixes of their legal category (21 communes, 22 départements, 23 régions, 19/26 public établissements)."],
        "fields": {"buyer": "Intitulé client", "product": "Désignation", "quantity": "Quantité", "amount": "Montant TTC",
                   "tax_id": "SIRET", "email": "E-mail", "payment": "Mode de règlement", "comment": "Commentaire"},
        "also_ok": {"amount": ["Montant HT"], "tax_id": ["N° TVA intracom."]},
        "notes": "One row per document line; header line then records only. Tickets ('Type de document' = Ticket, client CLIENT COMPTOIR / code DIVERS) are anonymous counter sales."
    }
    write_key(LID, meta, labels)
    print(LID, len(rows), len(orders))

if __name__ == "__main__":
    main()
