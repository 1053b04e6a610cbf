"""Société Générale (Particuliers/Professionnels web banking) CSV download, credit lines.

Seller: a catering company (traiteur-événementiel, SAS) in Lyon, whose SG collection account
receives transfers from households, companies, public bodies, card-acquiring batches and
cheque remittances.  Rebuilds layouts/lc_fr_societegenerale_releve_credits.csv and its key.
"""
from __future__ import annotations

import datetime as dt
import random

from lc_common import LAYOUTS, write_key

LID = "lc_fr_societegenerale_releve_credits"
rnd = random.Random(130113)

START = dt.date(2025, 1, 2)
END = dt.date(2025, 6, 27)


def bday():
    while True:
        d = START + dt.timedelta(days=rnd.randint(0, (END - START).days))
        if d.weekday() < 5:
            return d


def ref10():
    return "".join(str(rnd.randint(0, 9)) for _ in range(10))


def fact():
    return f"F25-{rnd.randint(1, 640):04d}"


def money(lo, hi, step=0.5):
    v = rnd.uniform(lo, hi)
    return round(round(v / step) * step, 2)


SURN = ["MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND", "DUBOIS", "MOREAU",
        "LAURENT", "SIMON", "MICHEL", "LEFEBVRE", "LEROY", "ROUX", "DAVID", "BERTRAND", "MOREL",
        "FOURNIER", "GIRARD", "BONNET", "DUPONT", "LAMBERT", "FONTAINE", "ROUSSEAU", "VINCENT",
        "MULLER", "FAURE", "ANDRE", "MERCIER", "BLANC", "GUERIN", "BOYER", "GARNIER", "CHEVALIER",
        "FRANCOIS", "LEGRAND", "GAUTHIER", "GARCIA", "PERRIN", "ROBIN", "CLEMENT", "MORIN",
        "NICOLAS", "HENRY", "ROUSSEL", "MATHIEU", "GAUTIER", "MASSON", "MARCHAND", "DUVAL",
        "DENIS", "DUMONT", "MARIE", "LEMAIRE", "NOEL", "MEYER", "DUFOUR", "MEUNIER", "BRUN",
        "BLANCHARD", "GIRAUD", "JOLY", "RIVIERE", "LUCAS", "BRUNET", "GAILLARD", "BARBIER",
        "ARNAUD", "MARTINEZ", "BENOIT", "CHAUVIN", "COLIN", "VIDAL", "CARON", "PICARD", "ROGER",
        "BENSAID", "NGUYEN", "HADDAD", "MOULIN", "JULLIEN", "CHAPUIS", "BERTHET"]
FIRST_M = ["JEAN", "PIERRE", "NICOLAS", "THOMAS", "JULIEN", "SEBASTIEN", "ALEXANDRE", "ANTOINE",
           "MAXIME", "LAURENT", "CHRISTOPHE", "FRANCOIS", "OLIVIER", "MATHIEU", "VINCENT", "DAVID",
           "STEPHANE", "PHILIPPE", "BRUNO", "KARIM", "YANNICK", "GUILLAUME", "ROMAIN", "HUGO"]
FIRST_F = ["MARIE", "NATHALIE", "ISABELLE", "SOPHIE", "CELINE", "SANDRINE", "AURELIE", "CAROLINE",
           "JULIE", "CLAIRE", "EMILIE", "STEPHANIE", "CHRISTINE", "LAURA", "CAMILLE", "ELODIE",
           "SARAH", "MANON", "AGNES", "VALERIE", "FATIMA", "INES", "PAULINE", "CHLOE"]


def person_payer():
    sn = rnd.choice(SURN)
    style = rnd.random()
    if style < 0.30:
        return f"M OU MME {sn} {rnd.choice(FIRST_M)}"
    if style < 0.50:
        return f"MME {sn} {rnd.choice(FIRST_F)}"
    if style < 0.68:
        return f"M {sn} {rnd.choice(FIRST_M)}"
    if style < 0.84:
        f = rnd.choice(FIRST_F + FIRST_M)
        return f"{f} {sn}"
    return f"{sn} {rnd.choice(FIRST_F + FIRST_M)}"


PERSON_MOTIFS = [
    "ACOMPTE MARIAGE {d}", "SOLDE MARIAGE {s}", "ACOMPTE 30 POURCENT DEVIS D25-{n:03d}",
    "BAPTEME {p} {d}", "COMMUNION {p}", "ANNIVERSAIRE 40 ANS", "ANNIVERSAIRE 60 ANS MAMAN",
    "REPAS FAMILLE {n2} PERS", "COCKTAIL DINATOIRE SAMEDI", "POT DE RETRAITE PAPA",
    "FACT {f}", "SOLDE FACTURE {f}", "BUFFET FIANCAILLES", "BRUNCH NAISSANCE {p}",
    "REGLEMENT DEVIS D25-{n:03d}", "", "", "TRAITEUR {d}", "PIECE MONTEE + BUFFET",
    "PAIEMENT FACTURE {f}", "PACS {s} {d}", "MARIAGE CIVIL {d}"]
PRENOMS_ENF = ["LEA", "LOUISE", "GABRIEL", "JADE", "RAPHAEL", "EMMA", "ARTHUR", "ALICE", "LOUIS",
               "CHLOE", "NOAH", "ROSE", "ADAM", "LINA", "MAEL"]


def person_motif(sn):
    m = rnd.choice(PERSON_MOTIFS)
    d = bday() + dt.timedelta(days=rnd.randint(5, 60))
    return m.format(d=d.strftime("%d/%m"), s=sn, n=rnd.randint(1, 180), n2=rnd.randint(8, 40),
                    p=rnd.choice(PRENOMS_ENF), f=fact())


COMPANIES = [
    # (payer text, kind)
    ("BIOMERIEUX SA", "company"), ("SANOFI PASTEUR SA", "company"), ("SEB DEVELOPPEMENT SAS", "company"),
    ("BOIRON SA", "company"), ("CEGID SAS", "company"), ("LDLC.COM SAS", "company"),
    ("GL EVENTS SA", "company"), ("RENAULT TRUCKS SAS", "company"), ("IVECO FRANCE SAS", "company"),
    ("ARKEMA FRANCE", "company"), ("BLEDINA SAS", "company"), ("DESCOURS ET CABAUD SA", "company"),
    ("ELKEM SILICONES FRANCE SAS", "company"), ("APRIL SA", "company"),
    ("SARL BOULANGERIE DES PENTES", "company"), ("SAS ATELIER BELLECOUR ARCHITECTES", "company"),
    ("SELARL AVOCATS BOUCHET ET ASSOCIES", "law_firm"), ("SCM CABINET MEDICAL DES BROTTEAUX", "medical_practice"),
    ("SARL AGENCE IMMOBILIERE DU PARC", "company"), ("SAS NOVAE CONSEIL", "company"),
    ("EURL STUDIO PHOTO CROIX ROUSSE", "sole_trader_company"), ("SAS HOTEL LE ROYAL LYON", "company"),
    ("SAS IMMOBILIERE CONSEIL DU RHONE", "company"), ("CSE RENAULT TRUCKS LYON", "works_council"),
    ("CSE BIOMERIEUX MARCY", "works_council"), ("CSE SANOFI PASTEUR LYON", "works_council"),
    ("ASSOCIATION DES PARENTS D ELEVES ECOLE JEAN MACE", "parents_association"),
    ("PAROISSE SAINT NIZIER", "religious_org"), ("ENSEMBLE SCOLAIRE AUX LAZARISTES LA SALLE", "private_school"),
    ("UNIVERSITE CATHOLIQUE DE LYON", "private_university"), ("CLINIQUE DU PARC LYON", "private_hospital"),
    ("ROTARY CLUB LYON OUEST", "association"), ("ASSOCIATION LES AMIS DE L ORGUE DE FOURVIERE", "association"),
    ("EDF SA", "state_owned_company"), ("ASVEL BASKET SASP", "company"),
    ("SDC RESIDENCE LES TERRASSES DU PARC", "homeowners_association"),
]
COMPANY_MOTIFS = ["FACT {f}", "REGLEMENT FACTURE {f}", "FACTURE {f} SEMINAIRE", "{f} PLATEAUX REPAS",
                  "PAIEMENT {f} COCKTAIL", "VIREMENT FACT {f}", "FACT {f} ET {f2}", "{f}",
                  "SOIREE CLIENTS {f}", "REPAS DE NOEL FACT {f}", "VOTRE FACTURE {f}"]

PUBLIC = [
    # (payer, motif prefix, kind)
    ("DRFIP AUVERGNE RHONE ALPES ET DEPARTEMENT DU RHONE", "VILLE DE LYON MANDAT {m}", "municipality"),
    ("DRFIP AUVERGNE RHONE ALPES ET DEPARTEMENT DU RHONE", "COMMUNE DE CALUIRE ET CUIRE MANDAT {m}", "municipality"),
    ("DRFIP AUVERGNE RHONE ALPES ET DEPARTEMENT DU RHONE", "MIN ARMEES GSBDD LYON MONT VERDUN EJ {m}", "armed_forces"),
    ("DRFIP AUVERGNE RHONE ALPES ET DEPARTEMENT DU RHONE", "PREFECTURE DU RHONE SGAR DP {m}", "prefecture"),
    ("DRFIP AUVERGNE RHONE ALPES ET DEPARTEMENT DU RHONE", "COUR D APPEL DE LYON SAR EJ {m}", "court"),
    ("VILLE DE VILLEURBANNE", "MANDAT {m}", "municipality"),
    ("MAIRIE DE BRON", "MANDAT N {m}", "municipality"),
    ("TRESORERIE METROPOLE DE LYON", "METROPOLE DE LYON MANDAT {m}", "metropolitan_authority"),
    ("PAIERIE REGIONALE AUVERGNE RHONE ALPES", "REGION AURA MANDAT {m}", "region"),
    ("PAIERIE DEPARTEMENTALE DE L AIN", "DEPARTEMENT DE L AIN MANDAT {m}", "department"),
    ("HOSPICES CIVILS DE LYON", "HCL MANDAT {m}", "public_hospital"),
    ("UNIVERSITE CLAUDE BERNARD LYON 1", "AGENCE COMPTABLE BC {m}", "public_university"),
    ("UNIVERSITE LUMIERE LYON 2", "DEP {m}", "public_university"),
    ("ECOLE NORMALE SUPERIEURE DE LYON", "AC ENS BC {m}", "public_university"),
    ("INSA LYON AGENCE COMPTABLE", "BC {m}", "public_university"),
    ("LYCEE DU PARC AGENT COMPTABLE", "SORTIE PEDAGOGIQUE {m}", "public_school"),
    ("COLLEGE JEAN MOULIN LYON 5", "AGENT COMPTABLE {m}", "public_school"),
    ("CNRS DR07 RHONE AUVERGNE", "BC {m}", "public_research_body"),
    ("INSERM ADR AUVERGNE RHONE ALPES", "EJ {m}", "public_research_body"),
    ("SDMIS SERVICE DEPARTEMENTAL METROPOLITAIN INCENDIE SECOURS", "MANDAT {m}", "fire_service"),
    ("CCAS DE VILLEURBANNE", "MANDAT {m}", "municipal_agency"),
    ("FRANCE TRAVAIL", "DR AURA BC {m}", "public_agency"),
    ("ARS AUVERGNE RHONE ALPES", "EJ {m}", "public_agency"),
    ("CCI LYON METROPOLE SAINT ETIENNE ROANNE", "BC {m}", "chamber_of_commerce"),
    ("SYTRAL MOBILITES", "MANDAT {m}", "transit_authority"),
    ("GRAND LYON HABITAT", "OPH MANDAT {m}", "public_housing_office"),
    ("CONSULAT GENERAL D ALGERIE A LYON", "RECEPTION 5 JUILLET", "consulate"),
]


def rec(date, libelle, detail, amount, label, amb, kind, country="FR"):
    return dict(date=date, lib=libelle, det=detail, amt=amount,
                lab=dict(label=label, amb=amb, kind=kind, country=country))


records = []

# --- B2C: private persons by SEPA or instant transfer (70)
for _ in range(70):
    payer = person_payer()
    sn = payer.split()[-2] if payer.startswith(("M ", "MME", "M OU")) else payer.split()[-1]
    motif = person_motif(sn)
    inst = rnd.random() < 0.3
    lib = "VIR INST RE" if inst else "VIR RECU"
    det = f"{'VIR INST RE' if inst else 'VIR RECU'}    {ref10()} DE: {payer}"
    det += f" MOTIF: {motif}" if motif else ""
    if rnd.random() < 0.3:
        det += f" REF: {ref10()}"
    amt = money(120, 6800) if "MARIAGE" in motif else money(90, 1900)
    records.append(rec(bday(), lib, det, amt, "B2C", False, "private_person"))

# --- B2B: companies and other organisations (50)
for i in range(50):
    payer, kind = COMPANIES[i % len(COMPANIES)]
    f, f2 = fact(), fact()
    motif = rnd.choice(COMPANY_MOTIFS).format(f=f, f2=f2)
    det = f"VIR RECU    {ref10()} DE: {payer} MOTIF: {motif}"
    if rnd.random() < 0.5:
        det += f" REF: {rnd.choice(['', 'PAY'])}{ref10()}"
    amt = money(280, 12500)
    records.append(rec(bday(), "VIR RECU", det, amt, "B2B", False, kind))

# --- B2G: public bodies (45)
for i in range(45):
    payer, mot, kind = PUBLIC[i % len(PUBLIC)]
    m = f"2025-{rnd.randint(100, 19999):05d}"
    motif = mot.format(m=m)
    if rnd.random() < 0.7:
        motif += f" FACT {fact()}"
    det = f"VIR RECU    {ref10()} DE: {payer} MOTIF: {motif}"
    amt = money(180, 9500)
    records.append(rec(bday(), "VIR RECU", det, amt, "B2G", False, kind,
                       "DZ" if kind == "consulate" else "FR"))

# --- ambiguous lines (35)
# card-acquiring batches (12)
for _ in range(12):
    d = bday()
    n = rnd.randint(2, 14)
    det = f"REMISE CB {d.strftime('%d%m')} {rnd.randint(1000000, 9999999)} {n} FACTURES"
    credit_day = d + dt.timedelta(days=1 if d.weekday() < 4 else 3)
    records.append(rec(min(credit_day, END), det[:18], det,
                       money(140, 2400, 0.01), "B2C", True, "card_acquiring_batch"))
# cheque remittances without payer (5)
for _ in range(5):
    n = rnd.randint(1, 4)
    det = f"REMISE CHEQUES {rnd.randint(1000000, 9999999)} DE {n} CHQ"
    records.append(rec(bday(), det[:18], det, money(150, 3200, 0.01), "B2C", True, "cheque_remittance_no_payer"))
# payment-platform payouts (3)
for _ in range(3):
    det = (f"VIR RECU    {ref10()} DE: STRIPE TECHNOLOGY EUROPE LTD MOTIF: STRIPE "
           f"PO_{''.join(rnd.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(14))}")
    records.append(rec(bday(), "VIR RECU", det, money(90, 1500, 0.01), "B2C", True, "payment_platform_payout", "IE"))
# international organisations (4)
for payer, cc in [("CENTRE INTERNATIONAL DE RECHERCHE SUR LE CANCER", "FR"),
                  ("CENTRE INTERNATIONAL DE RECHERCHE SUR LE CANCER", "FR"),
                  ("ORGANISATION INTERNATIONALE DE POLICE CRIMINELLE INTERPOL", "FR"),
                  ("ORGANISATION INTERNATIONALE DE POLICE CRIMINELLE INTERPOL", "FR")]:
    det = f"VIR RECU    {ref10()} DE: {payer} MOTIF: PO {rnd.randint(4500000, 4599999)} INV {fact()}"
    records.append(rec(bday(), "VIR RECU", det, money(600, 7800), "B2B", True, "international_org", cc))
# person paying a company's invoice (3)
for biz in ["SARL COIFFURE BERNARD", "EI GARAGE MOREL", "SAS PHARMACIE DU LYCEE"]:
    sn = biz.split()[-1]
    det = f"VIR RECU    {ref10()} DE: M {sn} {rnd.choice(FIRST_M)} MOTIF: FACT {fact()} {biz}"
    records.append(rec(bday(), "VIR RECU", det, money(250, 2200), "B2B", True, "person_paying_company_invoice"))
# state-owned companies buying under public-procurement rules (3)
for payer, mot in [("SNCF VOYAGEURS", "MARCHE 2024M0417 BC {n}"), ("SNCF VOYAGEURS", "ACCORD CADRE 2024M0417 BC {n}"),
                   ("LA POSTE SA", "MARCHE SUBSEQUENT DR LYON BC {n}")]:
    det = f"VIR RECU    {ref10()} DE: {payer} MOTIF: {mot.format(n=rnd.randint(4100000000, 4199999999))} {fact()}"
    records.append(rec(bday(), "VIR RECU", det, money(900, 11000), "B2B", True, "state_owned_company_procurement"))
# state-founded non-profit (1)
det = f"VIR RECU    {ref10()} DE: OPERA NATIONAL DE LYON MOTIF: FACT {fact()} PREMIERE"
records.append(rec(bday(), "VIR RECU", det, money(1500, 5200), "B2B", True, "state_founded_nonprofit"))
# private persons stating a business use (2)
for motif in ["BUFFET SEMINAIRE EQUIPE ATOS A REFACTURER", "POT DEPART COLLEGUE SERVICE COMPTA SOCIETE"]:
    payer = f"MME {rnd.choice(SURN)} {rnd.choice(FIRST_F)}"
    det = f"VIR RECU    {ref10()} DE: {payer} MOTIF: {motif}"
    records.append(rec(bday(), "VIR RECU", det, money(300, 1400), "B2B", True, "person_stated_business_use"))
# thin transfers, no payer name (2)
for _ in range(2):
    det = f"VIR RECU    {ref10()} DE: MOTIF: REF: {ref10()}"
    records.append(rec(bday(), "VIR RECU", det, money(60, 600), "B2C", True, "thin_record"))

assert len(records) == 200, len(records)

# most recent first, as SG writes it; stable tie order shuffled once
rnd.shuffle(records)
records.sort(key=lambda r: r["date"], reverse=True)


def fr_amount(v):
    return f"{v:.2f}".replace(".", ",")


account = "00050231847"
balance = 18430.27 + sum(r["amt"] for r in records) * 0.08
lines = [f'="{account}";{START.strftime("%d/%m/%Y")};{END.strftime("%d/%m/%Y")};{len(records)};'
         f'{records[0]["date"].strftime("%d/%m/%Y")};{balance:.2f} EUR', "",
         "Date de l'opération;Libellé;Détail de l'écriture;Montant de l'opération;Devise"]
for r in records:
    lines.append(";".join([r["date"].strftime("%d/%m/%Y"), r["lib"], r["det"], fr_amount(r["amt"]), "EUR"]))

LAYOUTS.mkdir(parents=True, exist_ok=True)
with open(LAYOUTS / f"{LID}.csv", "wb") as fh:
    fh.write(("\r\n".join(lines) + "\r\n").encode("cp1252"))

meta = {
    "id": LID,
    "system": "Société Générale web banking (particuliers/professionnels) — 'Télécharger' CSV of account "
              "operations, credit lines of a caterer's collection account",
    "country": "FR",
    "language": "fr",
    "docs": [
        "github AiroPi/moneymanager readers/societe_generale.py: file read as cp1252; first line holds the "
        "account in =\"...\" quotes, then a blank line, then the header \"Date de l'opération;Libellé;Détail de "
        "l'écriture;Montant de l'opération;Devise\"; date %d/%m/%Y; amount with decimal comma",
        "github crycriM/hermes-skills references/societe-generale-releve.md: semicolon separated, CP1252, CRLF, "
        "no quoting; preamble '<compte>;<début période>;<fin période>;<nb opérations>;<date dernière op>;<solde> "
        "EUR' with the balance in dot-decimal form; Libellé = first line of the entry cut to 18 characters; "
        "credits positive without '+', comma decimal, no thousands separator; rows most recent first",
        "several public importer tests (e.g. fixtures with 'VIR RECU DE: ... MOTIF: ...', 'REMISE CB', "
        "'PRELEVEMENT EUROPE') for the wording of Détail de l'écriture",
    ],
    "fields": {"buyer": "Détail de l'écriture", "product": None, "quantity": None,
               "amount": "Montant de l'opération", "tax_id": None, "email": None,
               "payment": "Libellé", "comment": None},
    "also_ok": {"comment": ["Détail de l'écriture"], "payment": ["Détail de l'écriture"]},
    "notes": "Line 1 is the SG account/period/balance preamble, line 2 blank, line 3 the header; 200 records, "
             "one per bank credit, newest first. The payer sits inside 'Détail de l'écriture' after 'DE:' and the "
             "purpose after 'MOTIF:'. Public bodies often pay through their public accountant (DRFIP, paierie, "
             "trésorerie, agent comptable) with the ordering body named in MOTIF. 'REMISE CB' lines are card-"
             "acquiring batches and 'REMISE CHEQUES' cheque deposits without payer; STRIPE lines are payouts. "
             "Only credit lines are present (the user filtered the operations to credits before download); "
             "file is cp1252 with CRLF.",
}
write_key(LID, meta, [r["lab"] for r in records])
print("written", len(records))
