"""Qonto (French business neobank) - Transactions, filtered to incoming money (Entrées), exported as CSV
in French. Seller: a printing and signage company in Lyon (SAS) whose customers pay by transfer,
cheque or through its web shop (Stripe / SumUp / PayPal payouts).

Rebuilds layouts/hb_fr_qonto_transactions_entrees.csv and its key files exactly.
"""
import csv
import io
import random
import uuid
import datetime as dt

import hb_common as H

LAYOUT_ID = "hb_fr_qonto_transactions_entrees"
rng = random.Random(69007)
NBSP = "\u00a0"

OWN_IBAN = H.fr_iban("16958", "00001", "84215907316")
ACCOUNT_ID = "imprimerie-rhodanienne-8421-bank-account-1"


def uid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def acct(n=11):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def iban_pub():
    # public accountants (DGFiP) and most public bodies hold their accounts at Banque de France (30001)
    return H.fr_iban("30001", f"{rng.randint(100, 999):03d}{rng.randint(10, 99)}", "C" + acct(10))


def iban_bank():
    bank, branch = rng.choice([("30004", "00819"), ("10096", "18000"), ("30002", "00950"), ("11006", "00040"),
                               ("13335", "00301"), ("10278", "07300"), ("30003", "01850"), ("20041", "01007"),
                               ("17515", "90000"), ("16958", "00001")])
    return H.fr_iban(bank, branch, acct(11))


def pt_iban(bank, branch, account):
    nib = bank + branch + account
    return H.iban("PT", nib + f"{98 - int(nib + '00') % 97:02d}")


def fmt_fr(x):
    s = f"{abs(x):,.2f}".replace(",", NBSP).replace(".", ",")
    return ("-" if x < 0 else "") + s


# (nom contrepartie, référence template, label, kind, country, amb, amount range, count, iban kind, method)
P = []


def add(name, ref, label, kind, n, amt, country="FR", amb=False, iban="bank", method="Virement", note=None):
    P.append(dict(name=name, ref=ref, label=label, kind=kind, n=n, amt=amt, country=country, amb=amb, iban=iban,
                  method=method, note=note))


# ---------------- B2G ----------------
add("DRFIP AUVERGNE RHONE ALPES ET DU RHONE", "MANDAT {m} BORD {b} EX 2024 VILLE DE VILLEURBANNE FACT {f}", "B2G", "municipality", 5, (380, 6400), iban="pub")
add("DRFIP AUVERGNE RHONE ALPES ET DU RHONE", "MANDAT {m} BORD {b} EX 2024 COMMUNE DE CALUIRE ET CUIRE FACT {f}", "B2G", "municipality", 3, (240, 2900), iban="pub")
add("DRFIP AUVERGNE RHONE ALPES ET DU RHONE", "DP {dp} PREFECTURE DU RHONE SGAMI SUD-EST FACT {f}", "B2G", "state_agency", 3, (650, 8200), iban="pub")
add("DDFIP DE L AIN", "MANDAT {m} EX 2024 COMMUNE DE MIRIBEL FACT {f}", "B2G", "municipality", 2, (300, 1800), iban="pub")
add("DDFIP DE L ISERE", "MANDAT {m} COMMUNAUTE D AGGLOMERATION PORTE DE L ISERE FACT {f}", "B2G", "intermunicipal_body", 2, (900, 5200), iban="pub")
add("VILLE DE LYON", "VILLE DE LYON MARCHE 2023-117 LOT 2 BC {bc} FACT {f}", "B2G", "municipality", 6, (450, 12800), iban="pub")
add("METROPOLE DE LYON", "METROPOLE DE LYON DIR COMMUNICATION MARCHE 24M0042 FACT {f}", "B2G", "metropolitan_authority", 5, (1200, 17500), iban="pub")
add("REGION AUVERGNE RHONE ALPES", "REGION AURA SERV COMMANDE PUBLIQUE EJ {ej} FACT {f}", "B2G", "regional_authority", 2, (2600, 9800), iban="pub")
add("DEPARTEMENT DU RHONE", "DEPT RHONE MANDAT {m} FACT {f}", "B2G", "department", 2, (800, 4600), iban="pub")
add("SDMIS", "SDMIS BC {bc} SIGNALETIQUE CASERNES FACT {f}", "B2G", "fire_service", 2, (1400, 6800), iban="pub")
add("SYTRAL MOBILITES", "SYTRAL EJ {ej} AFFICHAGE ARRETS FACT {f}", "B2G", "transport_authority", 3, (2100, 14500), iban="pub")
add("UNIVERSITE CLAUDE BERNARD LYON 1", "UCBL AGENCE COMPTABLE BC {bc} FACT {f}", "B2G", "public_university", 3, (350, 4800), iban="pub")
add("UNIVERSITE LUMIERE LYON 2", "LYON 2 BC {bc} POSTERS COLLOQUE FACT {f}", "B2G", "public_university", 2, (280, 1900), iban="pub")
add("INSA LYON", "INSA LYON COMMANDE {bc} FACT {f}", "B2G", "public_university", 2, (420, 3100), iban="pub")
add("ENS DE LYON", "ENS LYON BC {bc} FACT {f}", "B2G", "public_university", 1, (600, 2200), iban="pub")
add("HOSPICES CIVILS DE LYON", "HCL TRESORERIE MANDAT {m} SIGNALETIQUE HOPITAL EDOUARD HERRIOT FACT {f}", "B2G", "public_hospital", 4, (700, 9600), iban="pub")
add("LYCEE AMPERE", "LYCEE AMPERE BELLECOUR BC {bc} FACT {f}", "B2G", "public_school", 2, (180, 1400), iban="pub")
add("COLLEGE JEAN MOULIN", "CLG JEAN MOULIN LYON 5 FACT {f}", "B2G", "public_school", 1, (95, 480), iban="pub")
add("CROUS LYON", "CROUS LYON BC {bc} FACT {f}", "B2G", "state_institution", 2, (300, 2400), iban="pub")
add("CCAS DE VILLEURBANNE", "CCAS VILLEURBANNE FACT {f}", "B2G", "municipal_social_centre", 1, (150, 900), iban="pub")
add("LYON METROPOLE HABITAT", "LMH OPH BC {bc} PANNEAUX RESIDENCES FACT {f}", "B2G", "public_housing_office", 2, (800, 5200), iban="pub")
add("CONSULAT GENERAL DU PORTUGAL A LYON", "FACT {f} IMPRESSION BROCHURES", "B2G", "consulate", 1, (240, 760), country="PT")
add("COLLEGE JEAN MOULIN", "CLG JEAN MOULIN FACT {f} BOUILLOIRE SALLE DES PROFS", "B2G", "public_school", 1, (39, 49), iban="pub", amb=True)

# ---------------- B2B ----------------
add("BIOMERIEUX SA", "BIOMERIEUX PAYMENT RUN PO 45{po} INV {f}", "B2B", "company", 4, (900, 8800))
add("GROUPE SEB FRANCE", "SEB FR REGLEMENT FACT {f}", "B2B", "company", 3, (600, 5400))
add("BOIRON", "BOIRON SA VIR FOURNISSEUR {f}", "B2B", "company", 2, (400, 3200))
add("GL EVENTS", "GL EVENTS LIVE FACT {f} SIGNALETIQUE SALON", "B2B", "company", 4, (1500, 14800))
add("OLYMPIQUE LYONNAIS", "OL GROUPE FACT {f} BACHES", "B2B", "company", 2, (2200, 9600))
add("CEGID", "CEGID REGLT {f}", "B2B", "company", 2, (350, 2600))
add("KEOLIS LYON", "KEOLIS LYON FACT {f} AFFICHES RESEAU TCL", "B2B", "state_owned_company", 3, (900, 7800))
add("SNCF VOYAGEURS", "SNCF VOYAGEURS RGLT FACT {f}", "B2B", "state_owned_company", 2, (500, 4200))
add("LA POSTE", "LA POSTE DIRECTION EXECUTIVE AURA FACT {f}", "B2B", "state_owned_company", 2, (300, 1900))
add("EDF", "EDF SA CNPE BUGEY MARCHE N 4200{po} COMMANDE {bc} FACT {f}", "B2B", "state_owned_company", 2, (1800, 9600), amb=True)
add("COMPAGNIE NATIONALE DU RHONE", "CNR CONSULTATION 2024-{bc} MAPA FACT {f}", "B2B", "state_owned_company", 1, (2400, 6800), amb=True)
add("AEROPORTS DE LYON", "AEROPORTS DE LYON FACT {f}", "B2B", "company", 2, (700, 4900))
add("CENTRE LEON BERARD", "CLB FACT {f} SIGNALETIQUE", "B2B", "private_nonprofit_hospital", 2, (500, 3800))
add("SARL BOULANGERIE DU PARC", "FACT {f} ENSEIGNE + FLYERS", "B2B", "company", 2, (180, 1450))
add("SCI LES TILLEULS", "FACTURE {f}", "B2B", "company", 1, (120, 600))
add("EI MARIE LAMBERT PHOTOGRAPHE", "{f} cartes de visite", "B2B", "sole_trader", 2, (60, 240))
add("CABINET DU DR ROUSSEAU", "FACT {f} PLAQUE PROFESSIONNELLE", "B2B", "medical_practice", 1, (90, 260))
add("SELARL PHARMACIE DES TERREAUX", "PHARMACIE DES TERREAUX FACT {f} VITROPHANIE", "B2B", "company", 2, (240, 1300))
add("EURL GIRAUD PLOMBERIE", "GIRAUD PLOMBERIE {f} LETTRAGE VEHICULE", "B2B", "company", 1, (380, 980))
add("ASSOCIATION SPORTIVE VILLEURBANNE", "ASVEL OMNISPORTS FACT {f} BANDEROLES", "B2B", "non_profit_association", 2, (210, 1600))
add("COMITE DES FETES DE CALUIRE", "COMITE DES FETES AFFICHES FETE DES LUMIERES {f}", "B2B", "non_profit_association", 2, (120, 680))
add("APEL ECOLE SAINTE MARIE", "APEL STE MARIE KERMESSE FACT {f}", "B2B", "parents_association", 1, (90, 420))
add("AMICALE DES SAPEURS POMPIERS DE VENISSIEUX", "AMICALE SP VENISSIEUX CALENDRIERS 2025 FACT {f}", "B2B", "non_profit_association", 1, (950, 2200))
add("OCCE 69 COOP SCOL ECOLE JEAN ZAY", "COOP SCOLAIRE JEAN ZAY FACT {f}", "B2B", "school_cooperative_association", 1, (60, 260))
add("PAROISSE SAINT JEAN", "PAROISSE ST JEAN FACT {f} BULLETINS", "B2B", "church", 1, (140, 520))
add("SDC 12 RUE DE LA REPUBLIQUE", "FONCIA LYON SDC 12 REPUBLIQUE FACT {f} PLAQUES BOITES AUX LETTRES", "B2B", "homeowners_association", 1, (180, 540))
add("CROIX-ROUGE FRANCAISE", "CROIX ROUGE DT RHONE FACT {f}", "B2B", "national_red_cross", 1, (300, 1200))
add("INTERPOL", "OIPC-INTERPOL GENERAL SECRETARIAT PO {po} INV {f}", "B2B", "international_org", 2, (900, 4800), amb=True)
add("CIRC - CENTRE INTERNATIONAL DE RECHERCHE SUR LE CANCER", "IARC WHO PO {po} POSTERS {f}", "B2B", "international_org", 1, (450, 1900), amb=True)
add("M PIERRE GIRAUD", "FACT {f} EURL GIRAUD PLOMBERIE", "B2B", "person_paying_company_invoice", 1, (380, 980), amb=True)
add("M KARIM BENALI", "cartes de visite et flyers pour mon food truck", "B2B", "private_person_business_use", 1, (90, 260), amb=True)
add("Scierie Vincent et Fils", "VIR SCIERIE VINCENT {f}", "B2B", "company", 1, (200, 900))

# ---------------- B2C ----------------
GIVEN = ["JEAN", "PIERRE", "MARIE", "SOPHIE", "NATHALIE", "ISABELLE", "NICOLAS", "JULIEN", "CAMILLE", "LEA", "THOMAS",
         "LUCAS", "MANON", "CHLOE", "PHILIPPE", "CHRISTOPHE", "SANDRINE", "CELINE", "LAURENT", "STEPHANE", "EMILIE",
         "ANTOINE", "HUGO", "ELODIE", "YASMINE", "MEHDI", "THI HOA"]
SUR = ["MARTIN", "BERNARD", "DUBOIS", "ROBERT", "RICHARD", "PETIT", "DURAND", "LEROY", "MOREAU", "SIMON", "LAURENT",
       "LEFEBVRE", "MICHEL", "GARCIA", "DAVID", "BERTRAND", "ROUX", "VINCENT", "FOURNIER", "MOREL", "GIRARD", "ANDRE",
       "MERCIER", "DUPONT", "LAMBERT", "BONNET", "FAURE", "ROUSSEAU", "BLANC", "GUERIN", "PERRIN", "CHEVALIER",
       "GAUTHIER", "BRUN", "FONTAINE", "NGUYEN", "HADDAD", "BENALI"]
B2C_REFS = ["FACTURE {f} FAIRE PART MARIAGE", "faire-part naissance {f}", "acompte faire part", "Commande {c}",
            "tirage photo grand format {f}", "{f}", "VIR", "impression these {f}", "cadeau anniversaire toile photo",
            "plaque boite aux lettres", "Virement de {nm}", "invitations bapteme {f}", "calendrier photo x3"]
for i in range(46):
    g, s = rng.choice(GIVEN), rng.choice(SUR)
    style = rng.random()
    if style < 0.35:
        nm = f"M {g} {s}" if g not in ("MARIE", "SOPHIE", "NATHALIE", "ISABELLE", "CAMILLE", "LEA", "MANON", "CHLOE", "SANDRINE", "CELINE", "EMILIE", "ELODIE", "YASMINE", "THI HOA") else f"MME {g} {s}"
    elif style < 0.6:
        nm = f"{s} {g}"
    elif style < 0.75:
        nm = f"M. OU MME {s} {g}"
    elif style < 0.9:
        nm = f"{g.title()} {s.title()}"
    else:
        nm = f"MR {s} {g[0]}"
    ref = rng.choice(B2C_REFS)
    add(nm, ref, "B2C", "private_person", 1, (28, 640), method="Virement")
for _ in range(3):
    g, s = rng.choice(GIVEN), rng.choice(SUR)
    add(f"M {g} {s}", "Chèque {ch}", "B2C", "private_person", 1, (35, 220), method="Chèque")
# payouts from payment providers: no buyer - B2C, ambiguous
add("STRIPE", "STRIPE PAYOUT {stp}", "B2C", "acquiring_payout", 8, (85, 2450), country="IE", amb=True)
add("SUMUP PAYMENTS LIMITED", "SUMUP PAYOUT {d}", "B2C", "acquiring_payout", 4, (60, 980), country="IE", amb=True)
add("PAYPAL EUROPE S.A.R.L. ET CIE S.C.A", "PAYPAL TRANSFERT {pp}", "B2C", "marketplace_payout", 2, (120, 760), country="LU", amb=True)
# thin: cheque deposit without drawer name
add("Remise de chèque", "", "B2C", "thin_record", 2, (40, 180), method="Chèque", amb=True)

# ------------------------------------------------------------------------------------------------
IBAN_CACHE = {}
txs = []
start, end = dt.datetime(2024, 7, 1, 7, 0, 0), dt.datetime(2024, 12, 31, 17, 0, 0)
for p in P:
    for _ in range(p["n"]):
        ts = start + dt.timedelta(seconds=rng.randint(0, int((end - start).total_seconds())))
        if ts.weekday() >= 5:
            ts -= dt.timedelta(days=ts.weekday() - 4)
        lo, hi = p["amt"]
        amt = round(rng.uniform(lo, hi), 2)
        if p["label"] != "B2C" and rng.random() < 0.4:
            amt = round(round(amt / 1.2) * 1.2, 2)  # invoices of round net amounts
        f = "{f}"
        ref = p["ref"].format(m=f"{rng.randint(1200, 9800):06d}", b=f"{rng.randint(100, 900):06d}", f=f,
                              dp=f"{rng.randint(1000000000, 1099999999)}", bc=f"{rng.randint(1000, 9999)}",
                              ej=f"{rng.randint(1000000000, 1999999999)}", po=f"{rng.randint(100000, 999999)}",
                              c=rng.randint(1100, 1400), nm=p["name"].title(), ch=rng.randint(1000000, 9999999),
                              stp=f"po_1{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789') for _ in range(23))}",
                              d=ts.strftime("%d/%m/%Y"), pp=f"{rng.randint(10**15, 10**16 - 1)}")
        if p["iban"] == "pub":
            ib = IBAN_CACHE.setdefault(p["name"], iban_pub())
        elif p["method"] == "Chèque":
            ib = ""
        elif p["name"] in ("STRIPE",):
            ib = H.iban("IE", "STRP" + "990300" + acct(8))
        elif p["name"].startswith("SUMUP"):
            ib = IBAN_CACHE.setdefault(p["name"], H.iban("IE", "SUMU" + "990302" + acct(8)))
        elif p["name"].startswith("PAYPAL"):
            ib = IBAN_CACHE.setdefault(p["name"], H.iban("LU", "380" + "0001" + acct(9)))
        elif p["country"] == "PT":
            ib = IBAN_CACHE.setdefault(p["name"], pt_iban("0781", "0112", acct(11)))
        else:
            ib = IBAN_CACHE.setdefault(p["name"], iban_bank())
        attach = p["label"] != "B2C" and rng.random() < 0.55
        txs.append(dict(ts=ts, amt=amt, p=p, ref=ref, iban=ib, f=f, attach=attach))

txs.sort(key=lambda t: t["ts"])
# invoice numbers: issued some weeks before payment, so roughly increasing with payment date
for i, t in enumerate(txs):
    n = 380 + int(i * 1.6) + rng.randint(-6, 2)
    t["f"] = f"F24-{n:04d}"
    t["ref"] = t["ref"].replace("{f}", t["f"])
bal = 18650.40
for t in txs:
    # outgoing money between two receipts (filtered out of this export) moves the balance too
    bal -= round(rng.uniform(0, 4200), 2) if rng.random() < 0.8 else 0
    bal = max(bal, 1200.0 + rng.uniform(0, 800))
    bal = round(bal + t["amt"], 2)
    t["bal"] = bal

txs.sort(key=lambda t: t["ts"], reverse=True)  # newest first

HEADER = ["Statut", "Date de la valeur (UTC)", "Date de la valeur (local)", "Date de l'opération (UTC)",
          "Date de l'opération (local)", "Montant total (TTC)", "Débit", "Crédit", "Solde", "Devise",
          "Montant total (TTC) (local)", "Devise (local)", "Montant total de la TVA", "Montant total (HT)",
          "Montant de la TVA (0.0 %)", "Montant (0.0 % HT)", "Montant de la TVA (20.0 %)", "Montant (20.0 % HT)",
          "Nom du compte", "IBAN du compte", "Nom de la contrepartie", "IBAN de la contrepartie",
          "Méthode de paiement", "Nom de la carte", "Initiateur", "Adresse email de l'initiateur", "Équipe",
          "Justificatif", "Justificatif requis", "Justificatif perdu", "Identifiant de transaction", "Référence",
          "Note", "Banque", "ID du compte", "Catégorie de trésorerie", "Sous-catégorie de trésorerie"]

NOTES = ["", "", "", "", "", "", "", "lettré", "lettré", "solde", "acompte 30 %", "relance faite",
         "paiement partiel", "à rapprocher"]

buf = io.StringIO()
w = csv.writer(buf, delimiter=";", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(HEADER)
labels = []
for t in txs:
    p = t["p"]
    op = t["ts"] - dt.timedelta(minutes=rng.randint(0, 600)) if p["method"] != "Chèque" else t["ts"] - dt.timedelta(days=rng.randint(1, 3))
    off = 2 if dt.datetime(2024, 3, 31) <= t["ts"] < dt.datetime(2024, 10, 27) else 1

    def f_dt(x):
        return x.strftime("%d-%m-%Y %H:%M:%S")

    amt = t["amt"]
    if t["attach"]:
        ht = round(amt / 1.2, 2)
        tva = round(amt - ht, 2)
        vat_cells = [fmt_fr(tva), fmt_fr(ht), "", "", fmt_fr(tva), fmt_fr(ht)]
        just = f"{t['f']}.pdf"
    else:
        vat_cells = ["", fmt_fr(amt), "", "", "", ""]
        just = ""
    note = (p["note"] or rng.choice(NOTES)) if p["kind"] not in ("acquiring_payout", "marketplace_payout", "thin_record") else ""
    cat = rng.choice(["Ventes", "Ventes", "Ventes", ""]) if p["label"] != "B2C" or p["kind"] == "private_person" else ""
    row = ["Exécuté", f_dt(t["ts"]), f_dt(t["ts"] + dt.timedelta(hours=off)), f_dt(op), f_dt(op + dt.timedelta(hours=off)),
           fmt_fr(amt), "", fmt_fr(amt), fmt_fr(t["bal"]), "EUR", fmt_fr(amt), "EUR"] + vat_cells + [
        "Compte principal", OWN_IBAN, p["name"], t["iban"], p["method"], "", "", "", "", just, "false", "false",
        uid(), t["ref"], note, "Qonto", ACCOUNT_ID, cat, ""]
    w.writerow(row)
    labels.append(p)

with open(H.LAYOUTS / f"{LAYOUT_ID}.csv", "w", encoding="utf-8", newline="") as fh:
    fh.write(buf.getvalue())

H.write_labels(LAYOUT_ID, [dict(label=p["label"], ambiguous=p["amb"], kind=p["kind"], country=p["country"]) for p in labels])

H.write_key(LAYOUT_ID, {
    "id": LAYOUT_ID,
    "system": "Qonto (French business account) - Transactions list filtered to incoming money, 'Exporter' as CSV with French column names",
    "country": "FR",
    "language": "fr",
    "docs": [
        "Public parsers of real Qonto exports: the French export is ';'-delimited with the header Statut; Date de la valeur (UTC); Date de la valeur (local); Date de l'opération (UTC); Date de l'opération (local); Montant total (TTC); Débit; Crédit; Solde; Devise; Montant total (TTC) (local); Devise (local); Montant total de la TVA; Montant total (HT); Montant de la TVA (0.0 %); Montant (0.0 % HT); Montant de la TVA (20.0 %); Montant (20.0 % HT); Nom du compte; IBAN du compte; Nom de la contrepartie; IBAN de la contrepartie; Méthode de paiement; Nom de la carte; Initiateur; Adresse email de l'initiateur; Équipe; Justificatif; Justificatif requis; Justificatif perdu; Identifiant de transaction; Référence; Note; Banque; ID du compte; Catégorie de trésorerie; Sous-catégorie de trésorerie - used for columns and order",
        "Same parsers/tests: dates 'DD-MM-YYYY HH:MM:SS', status 'Exécuté', amounts with decimal comma and a non-breaking space (U+00A0) as thousands separator ('1 292,79'), 'Compte principal' as account name, 'Qonto' in Banque, true/false flags for Justificatif requis/perdu - used for value forms",
        "Own reading: the user filtered the list to incoming transactions (credits) before exporting, so the file holds sales receipts only and Solde jumps over the removed debits; newest first; UTF-8 without BOM, LF, minimal quoting; the VAT split is filled only where an invoice PDF is attached (Justificatif); 'Ventes' as the user's cash-flow category. IBANs carry valid RIB keys and IBAN check digits; public payers use Banque de France (bank code 30001) accounts"
    ],
    "fields": {"buyer": "Nom de la contrepartie", "product": None, "quantity": None, "amount": "Montant total (TTC)",
               "tax_id": None, "email": None, "payment": "Méthode de paiement", "comment": "Référence"},
    "also_ok": {"amount": ["Crédit", "Montant total (HT)"], "comment": ["Note"], "product": ["Référence"]},
    "notes": "One row per incoming transaction (all 'Exécuté'), newest first, no title or totals lines. No item column: what was sold appears only in the transfer's Référence (remittance text). Payments from local authorities and the State often arrive from the public accountant (DRFIP / DDFIP ... as Nom de la contrepartie, Banque de France IBAN FR76 30001...) with the real buyer (commune, préfecture, EPCI) named in Référence with the mandat/DP number; universities, HCL, lycées and collèges pay from their own agency accounts. STRIPE / SUMUP / PAYPAL lines are payouts of web-shop and card sales with no buyer. 'Remise de chèque' lines have no drawer. Nom de la carte / Initiateur / Adresse email de l'initiateur / Équipe belong to the account holder's own team and are empty for incoming money."
})
print(LAYOUT_ID, "records:", len(txs))
