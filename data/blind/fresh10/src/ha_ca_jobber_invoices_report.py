"""CA: Jobber - Reports > Invoices report, 'Receive Excel Copy' (.xlsx), one row per invoice.

Seller (invented): a West-Island Montreal landscaping and snow-removal contractor.
Buyers: homeowners (most invoices), condo syndicates, companies, numbered companies,
municipalities and boroughs, school service centres, a CIUSSS, a cegep, McGill,
Parks Canada, the Canadian Armed Forces, a port authority, the STM, a consulate,
Hydro-Quebec (state-owned), ICAO (international organisation).
"""
import datetime as dt
import random

from openpyxl import Workbook
from openpyxl.styles import Font

import ha_common as C

LAYOUT_ID = "ha_ca_jobber_invoices_report"
SEED = 51402
rng = random.Random(SEED)

HEADERS = ["Invoice #", "Client name", "Client email", "Client phone", "Billing address",
           "Subject", "Status", "Issued date", "Due date", "Marked paid date", "Days to paid",
           "Line items", "Subtotal ($)", "Discount ($)", "Tax ($)", "Total ($)", "Balance ($)"]

TAX = 0.14975  # GST 5% + QST 9.975%

STREETS = {
    "Pointe-Claire": ["av. Cartier", "boul. Saint-Jean", "av. Donegani", "ch. du Bord-du-Lac-Lakeshore", "av. Belmont", "rue Maywood"],
    "Kirkland": ["boul. Hymus", "rue Brunswick", "rue de Dijon", "rue Charlevoix", "boul. Saint-Charles"],
    "Beaconsfield": ["boul. Beaconsfield", "av. Woodland", "rue Elm", "ch. Lakeview", "av. Fieldfare"],
    "Dorval": ["av. Dorval", "ch. du Bord-du-Lac", "av. Sunnyside", "av. Lilas"],
    "Lachine": ["rue Notre-Dame", "44e Avenue", "boul. Saint-Joseph", "rue Provost"],
    "Verdun": ["rue Wellington", "rue Bannantyne", "rue Rielle", "boul. LaSalle"],
}
POSTAL = {"Pointe-Claire": "H9R", "Kirkland": "H9H", "Beaconsfield": "H9W", "Dorval": "H9S", "Lachine": "H8S", "Verdun": "H4G"}


def addr(city=None):
    city = city or rng.choice(list(STREETS))
    n = rng.randint(12, 498)
    pc = f"{POSTAL[city]} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(1, 9)}"
    return f"{n} {rng.choice(STREETS[city])}, {city}, QC {pc}"


def phone():
    return f"{rng.choice(['514', '438'])}-{rng.randint(200, 989)}-{rng.randint(1000, 9999)}"


FREE = ["gmail.com", "gmail.com", "hotmail.com", "videotron.ca", "bell.net", "outlook.com", "yahoo.ca", "hotmail.ca"]

PERSONS = [
    ("Sylvie", "Tremblay"), ("Marc-André", "Bouchard"), ("Jennifer", "O'Brien"), ("David", "Cohen"),
    ("Nathalie", "Côté"), ("Pierre", "Gauthier"), ("Isabelle", "Roy"), ("Mohamed", "Benali"),
    ("Wei", "Zhang"), ("Stéphane", "Pelletier"), ("Karine", "Lefebvre"), ("Robert", "MacDonald"),
    ("Catherine", "Morin"), ("François", "Bélanger"), ("Julie", "Gagné"), ("Michael", "Thompson"),
    ("Sarah", "Levine"), ("Éric", "Fortin"), ("Mélanie", "Girard"), ("Patrick", "Ouellet"),
    ("Annie", "Lavoie"), ("Daniel", "Bergeron"), ("Chantal", "Leblanc"), ("Kevin", "Murphy"),
    ("Geneviève", "Caron"), ("Luc", "Poirier"), ("Heather", "Campbell"), ("Rajesh", "Patel"),
    ("Josée", "Cloutier"), ("Alain", "Dubé"), ("Linda", "Wilson"), ("Maxime", "Paquette"),
    ("Nadia", "Haddad"), ("Steven", "Kowalski"), ("Véronique", "Savard"), ("Yves", "Lapointe"),
]


def person_email(first, last, domain=None):
    f = first.lower().replace("é", "e").replace("è", "e").replace("ç", "c").replace("ô", "o").replace("-", "")
    l = last.lower().replace("é", "e").replace("ô", "o").replace("'", "").replace("è", "e")
    style = rng.choice(["{f}.{l}", "{f}{l}", "{f0}{l}", "{l}.{f}", "{f}.{l}{n}"])
    local = style.format(f=f, l=l, f0=f[0], n=rng.randint(1, 99))
    return f"{local}@{domain or rng.choice(FREE)}"


# client dicts: name, email, phone, address, label, kind, country, amb, plan
CLIENTS = []


def client(name, email, label, kind, plan, country="CA", amb=False, address=None, city=None):
    c = dict(name=name, email=email, phone=phone(), address=address or addr(city), label=label,
             kind=kind, country=country, amb=amb, plan=plan)
    CLIENTS.append(c)
    return c


def build_clients():
    # homeowners (B2C)
    for i, (f, l) in enumerate(PERSONS[:30]):
        name = f"{f} {l}"
        if i % 11 == 4:
            name = f"{f.upper()} {l.upper()}"
        elif i % 13 == 6:
            name = f"{l}, {f}"
        plan = rng.choice(["res_snow", "res_snow", "res_snow_lawn", "res_lawn"])
        email = person_email(f, l) if i % 9 != 3 else ""
        client(name, email, "B2C", "private_person", plan)
    # homeowners whose only e-mail is an employer / government address (B2C, ambiguous)
    client("Martin Lévesque", "martin.levesque@canada.ca", "B2C", "gov_email_personal_purchase", "res_snow", amb=True)
    client("Amanda Greene", "amanda.greene@forces.gc.ca", "B2C", "gov_email_personal_purchase", "res_snow_lawn", amb=True)
    client("Hélène Desjardins", "helene.desjardins@mcgill.ca", "B2C", "employer_email_personal_purchase", "res_lawn", amb=True)
    client("Jean-François Roy", "jf.roy@cae.com", "B2C", "employer_email_personal_purchase", "res_snow", amb=True)
    # a person acting for her shop
    client("Sophie Lavoie", person_email("Sophie", "Lavoie"), "B2B", "private_person_business_purpose", "lavoie_bakery", amb=True)
    # companies / non-profits (B2B)
    client("9147-2231 Québec inc.", "gestion9147@videotron.ca", "B2B", "company_household_service", "numbered_home", amb=True)
    client("9188-4410 Québec inc. (Tim Hortons #2318)", "th2318.comptes@gmail.com", "B2B", "company", "comm_snow")
    client("Metro Richelieu inc. – Metro Pointe-Claire", "comptesapayer@metro.ca", "B2B", "company", "comm_snow")
    client("CAE inc.", "ap.invoices@cae.com", "B2B", "company", "comm_lawn_snow")
    client("Les Industries Dorel inc.", "payables@dorel.com", "B2B", "company", "comm_lawn")
    client("Groupe Petra ltée", "factures@groupepetra.com", "B2B", "company", "comm_snow")
    client("Broccolini Construction inc.", "ap@broccolini.com", "B2B", "company", "comm_once")
    client("Syndicat de copropriété Les Jardins du Lac", "syndicat.jardinsdulac@gmail.com", "B2B", "condo_syndicate", "comm_snow")
    client("SYNDICAT DES COPROPRIÉTAIRES 205 BORD-DU-LAC", "", "B2B", "condo_syndicate", "comm_lawn_snow")
    client("Fabrique de la paroisse Sainte-Jeanne-de-Chantal", "fabrique.sjdc@videotron.ca", "B2B", "church", "comm_snow")
    client("CPE Les Petits Lutins", "direction@cpepetitslutins.ca", "B2B", "nonprofit_daycare", "comm_lawn_snow")
    client("Collège Sainte-Anne", "comptabilite@sainte-anne.qc.ca", "B2B", "private_school", "comm_lawn")
    client("Club de golf Beaconsfield", "accounting@beaconsfieldgolf.com", "B2B", "private_club", "comm_lawn")
    client("Clinique dentaire Dre Nadia Haddad", "clinique@dentairehaddad.ca", "B2B", "professional_practice", "comm_snow")
    client("Plomberie Martin Gagnon", "plomberie.mgagnon@hotmail.com", "B2B", "sole_proprietor_household_service", "sole_home", amb=True)
    client("Société canadienne des postes – Kirkland", "comptes.fournisseurs@postescanada.ca", "B2B", "state_owned_company", "comm_snow")
    client("Hydro-Québec – Poste Dorval", "fournisseurs@hydroquebec.com", "B2B", "state_owned_company_procurement", "hq_tender", amb=True)
    client("Organisation de l'aviation civile internationale (OACI)", "procurement@icao.int", "B2B", "international_org", "icao", amb=True,
           address="999 boul. Robert-Bourassa, Montréal, QC H3C 5H7")
    client("1450 rue Peel – stationnement", "", "B2B", "thin_record_commercial_service", "thin", amb=True,
           address="1450 rue Peel, Montréal, QC H3A 1S9")
    # public sector (B2G)
    client("Ville de Pointe-Claire", "travaux.publics@pointe-claire.ca", "B2G", "municipality", "muni", city="Pointe-Claire")
    client("Ville de Kirkland", "comptabilite@ville.kirkland.qc.ca", "B2G", "municipality", "muni", city="Kirkland")
    client("VILLE DE BEACONSFIELD", "finances@beaconsfield.ca", "B2G", "municipality", "muni", city="Beaconsfield")
    client("Cité de Dorval", "comptes.payables@ville.dorval.qc.ca", "B2G", "municipality", "muni", city="Dorval")
    client("Arrondissement de Verdun – Ville de Montréal", "verdun.approvisionnement@montreal.ca", "B2G", "municipality", "muni", city="Verdun")
    client("Centre de services scolaire Marguerite-Bourgeoys", "ressources.materielles@cssmb.gouv.qc.ca", "B2G", "public_school_board", "school")
    client("Lester B. Pearson School Board", "accountspayable@lbpsb.qc.ca", "B2G", "public_school_board", "school")
    client("CIUSSS de l'Ouest-de-l'Île-de-Montréal", "approvisionnement.comtl@ssss.gouv.qc.ca", "B2G", "public_health_authority", "muni")
    client("Collège John Abbott", "purchasing@johnabbott.qc.ca", "B2G", "public_college", "school")
    client("Université McGill – Campus Macdonald", "ap.accountspayable@mcgill.ca", "B2G", "public_university", "school")
    client("Parcs Canada – Lieu historique national du Canal-de-Lachine", "lachine.admin@pc.gc.ca", "B2G", "federal_agency", "muni", city="Lachine")
    client("Garnison Montréal – Forces armées canadiennes", "garnison.mtl.finance@forces.gc.ca", "B2G", "armed_forces", "muni")
    client("Administration portuaire de Montréal", "comptesfournisseurs@port-montreal.com", "B2G", "port_authority", "comm_snow")
    client("Société de transport de Montréal", "comptes.fournisseurs@stm.info", "B2G", "transit_authority", "muni")
    client("Office municipal d'habitation de Montréal", "fournisseurs@omhm.qc.ca", "B2G", "municipal_housing_office", "comm_snow")
    client("Consulat général de France à Montréal", "admin.montreal-fslt@diplomatie.gouv.fr", "B2G", "consulate_residence_service", "consul_res", country="FR", amb=True,
           address="1501 av. McGill College, Montréal, QC H3A 3M8")
    client("Consulat général du Japon à Montréal", "", "B2G", "consulate", "comm_once", country="JP",
           address="1 Place Ville-Marie, bureau 3333, Montréal, QC H3B 3N2")


# line items (French names as the contractor writes them; some English for anglophone clients)
def invoices_for(c):
    """Return a list of invoice specs (date, subject, [(line, qty, unit)], amb_override)."""
    out = []
    plan = c["plan"]
    en = c["email"].endswith((".com",)) and c["label"] == "B2C" and rng.random() < 0.4
    if plan in ("res_snow", "res_snow_lawn"):
        price = rng.choice([560, 620, 680, 740, 795, 860])
        drive = rng.choice(["entrée simple", "entrée double", "entrée double + trottoir"])
        for k, d in enumerate([dt.date(2023, 11, 15), dt.date(2023, 12, 15), dt.date(2024, 1, 15), dt.date(2024, 2, 15)]):
            if rng.random() < 0.2:
                continue
            subj = (f"Snow removal contract 2023-2024 – payment {k + 1} of 4" if en else
                    f"Contrat de déneigement 2023-2024 – versement {k + 1} de 4")
            lines = [(f"Déneigement résidentiel saisonnier – {drive}", 1, price / 4)]
            if k == 2 and rng.random() < 0.3:
                lines.append(("Épandage de sel / abrasif – extra", rng.randint(1, 3), 35.0))
            out.append((d, subj, lines))
    if plan in ("res_lawn", "res_snow_lawn"):
        unit = rng.choice([42.0, 48.0, 55.0])
        for m in (5, 6):
            d = dt.date(2024, m, 28 if m == 5 else 27)
            visits = rng.choice([3, 4, 4, 5])
            lines = [("Tonte de pelouse résidentielle – visite", visits, unit)]
            if m == 5 and rng.random() < 0.4:
                lines.append(("Nettoyage printanier – terrain résidentiel", 1, rng.choice([180.0, 220.0, 265.0])))
            out.append((d, "Entretien de pelouse – " + ("mai" if m == 5 else "juin") + " 2024", lines))
    if plan == "lavoie_bakery":
        for d in (dt.date(2023, 12, 20), dt.date(2024, 1, 22), dt.date(2024, 2, 21)):
            out.append((d, "Déneigement stationnement – Boulangerie Lavoie (commerce)",
                        [("Déneigement stationnement commercial – 6 places", 1, 425.0), ("Épandage d'abrasif – stationnement", 2, 60.0)]))
    if plan == "numbered_home":
        for d in (dt.date(2023, 11, 15), dt.date(2024, 1, 15)):
            out.append((d, "Contrat de déneigement 2023-2024 – résidence 14 av. Belmont",
                        [("Déneigement résidentiel saisonnier – entrée double", 1, 370.0)]))
    if plan == "sole_home":
        out.append((dt.date(2023, 11, 20), "Déneigement résidentiel 2023-2024 (domicile)",
                    [("Déneigement résidentiel saisonnier – entrée simple", 1, 620.0)]))
    if plan in ("comm_snow", "comm_lawn_snow"):
        base = rng.choice([1150, 1480, 1890, 2350, 3100, 4200])
        for d in (dt.date(2023, 12, 29), dt.date(2024, 1, 31), dt.date(2024, 2, 29), dt.date(2024, 3, 29)):
            if rng.random() < 0.1:
                continue
            lines = [("Déneigement commercial – stationnement et accès (forfait mensuel)", 1, float(base))]
            if rng.random() < 0.5:
                lines.append(("Épandage de sel – stationnement", rng.randint(3, 9), 95.0))
            if rng.random() < 0.25:
                lines.append(("Transport de neige (chargement + camion)", rng.randint(1, 3), 540.0))
            out.append((d, f"Déneigement – {d.strftime('%m/%Y')}", lines))
    if plan in ("comm_lawn", "comm_lawn_snow"):
        base = rng.choice([880, 1240, 1650, 2100])
        for d in (dt.date(2024, 4, 30), dt.date(2024, 5, 31), dt.date(2024, 6, 28)):
            lines = [("Entretien paysager commercial – forfait mensuel", 1, float(base))]
            if d.month == 4:
                lines.append(("Nettoyage printanier – terrain commercial", 1, rng.choice([650.0, 980.0, 1350.0])))
            if d.month == 5 and rng.random() < 0.5:
                lines.append(("Plantation annuelles – plates-bandes", rng.randint(40, 120), 6.5))
            out.append((d, f"Entretien paysager – {d.strftime('%m/%Y')}", lines))
    if plan == "comm_once":
        out.append((dt.date(2024, 5, 10), "Nettoyage printanier et déchiquetage de branches",
                    [("Nettoyage printanier – terrain commercial", 1, 1350.0), ("Déchiqueteuse à branches – heure", 4, 145.0)]))
    if plan == "muni":
        for d in (dt.date(2023, 12, 14), dt.date(2024, 1, 19), dt.date(2024, 2, 16), dt.date(2024, 5, 17), dt.date(2024, 6, 20)):
            if rng.random() < 0.2:
                continue
            if d.month <= 3 or d.month == 12:
                lines = [("Déneigement trottoirs – secteur (heure chargeuse + opérateur)", rng.randint(18, 64), 165.0),
                         ("Épandage d'abrasif – trottoirs", rng.randint(6, 20), 95.0)]
                subj = f"Bon de commande {rng.randint(2300000, 2399999)} – déneigement"
            else:
                lines = [("Tonte – parcs et espaces verts (heure équipe 2 pers.)", rng.randint(12, 40), 118.0),
                         ("Taille de haies – espaces municipaux", rng.randint(4, 12), 96.0)]
                subj = f"Bon de commande {rng.randint(2400000, 2499999)} – espaces verts"
            out.append((d, subj, lines))
    if plan == "school":
        for d in (dt.date(2023, 12, 22), dt.date(2024, 1, 26), dt.date(2024, 2, 23), dt.date(2024, 5, 24), dt.date(2024, 6, 21)):
            if rng.random() < 0.25:
                continue
            if d.month in (12, 1, 2):
                lines = [("Déneigement cour d'école et stationnement (forfait mensuel)", 1, float(rng.choice([2650, 3200, 3900]))),
                         ("Épandage de sel – stationnement", rng.randint(4, 10), 95.0)]
            else:
                lines = [("Entretien paysager – terrains institutionnels", 1, float(rng.choice([1450, 1800, 2250])))]
            out.append((d, f"PO {rng.randint(40000, 49999)} – entretien terrains", lines))
    if plan == "hq_tender":
        for d in (dt.date(2023, 12, 29), dt.date(2024, 1, 31), dt.date(2024, 2, 29)):
            out.append((d, "Appel d'offres 23-0841-HQ – déneigement poste Dorval",
                        [("Déneigement commercial – stationnement et accès (forfait mensuel)", 1, 2980.0), ("Épandage de sel – stationnement", 6, 95.0)]))
    if plan == "icao":
        out.append((dt.date(2024, 5, 15), "PO ICAO-24-0311 – terrasse, plantation",
                    [("Plantation annuelles – plates-bandes", 180, 6.5), ("Entretien paysager commercial – forfait mensuel", 1, 1650.0)]))
        out.append((dt.date(2024, 6, 14), "PO ICAO-24-0311 – entretien juin",
                    [("Entretien paysager commercial – forfait mensuel", 1, 1650.0)]))
    if plan == "thin":
        for d in (dt.date(2024, 1, 10), dt.date(2024, 2, 9)):
            out.append((d, "", [("Déneigement commercial – stationnement et accès (forfait mensuel)", 1, 2240.0)]))
    if plan == "consul_res":
        out.append((dt.date(2023, 12, 1), "Résidence du consul général – déneigement 2023-2024",
                     [("Déneigement résidentiel saisonnier – entrée double", 1, 860.0)]))
        out.append((dt.date(2024, 5, 24), "Résidence du consul général – pelouse",
                     [("Tonte de pelouse résidentielle – visite", 4, 55.0)]))
    return out


def main():
    C.ensure_dirs()
    build_clients()
    invs = []
    for c in CLIENTS:
        for d, subj, lines in invoices_for(c):
            invs.append((d, c, subj, lines))
    invs.sort(key=lambda x: (x[0], rng.random()))
    wb = Workbook()
    ws = wb.active
    ws.title = "Invoices"
    ws.append(HEADERS)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    labels = []
    num = 2207
    asof = dt.date(2024, 7, 3)
    for d, c, subj, lines in invs:
        num += 1
        sub = C.money(sum(q * u for _, q, u in lines))
        disc = 0.0
        if c["label"] == "B2C" and rng.random() < 0.06:
            disc = C.money(sub * 0.05)
        taxable = sub - disc
        tax = C.money(taxable * TAX)
        total = C.money(taxable + tax)
        terms = 30 if c["label"] != "B2C" else 15
        due = d + dt.timedelta(days=terms)
        paid_after = rng.choice([2, 5, 9, 14, 21, 28, 33, 41, 58]) if c["label"] != "B2G" else rng.choice([24, 31, 38, 45, 52, 63])
        paid = d + dt.timedelta(days=paid_after)
        if paid > asof or rng.random() < 0.07:
            status = "Past due" if due < asof else "Awaiting payment"
            paid_s, days, bal = None, None, total
        else:
            status, paid_s, days, bal = "Paid", paid, paid_after, 0.0
        items = "; ".join(f"{n} (x{q:g})" if q != 1 else n for n, q, _ in lines)
        ws.append([num, c["name"], c["email"] or None, c["phone"], c["address"], subj or None, status,
                   d, due, paid_s, days, items, sub, disc, tax, total, bal])
        labels.append((c["label"], c["amb"], c["kind"], c["country"]))
    for row in ws.iter_rows(min_row=2):
        for j in (7, 8, 9):
            row[j].number_format = "mmm d, yyyy"
        for j in (12, 13, 14, 15, 16):
            row[j].number_format = "#,##0.00"
    for col, wdt in zip("ABCDEFGHIJKLMNOPQ", [10, 44, 38, 14, 48, 52, 16, 13, 13, 16, 11, 80, 12, 12, 11, 12, 12]):
        ws.column_dimensions[col].width = wdt
    wb.properties.creator = "Jobber"
    wb.properties.created = dt.datetime(2024, 7, 3, 8, 0, 0)
    wb.properties.modified = dt.datetime(2024, 7, 3, 8, 0, 0)
    wb.save(C.LAYOUTS / f"{LAYOUT_ID}.xlsx")
    C.normalize_xlsx(C.LAYOUTS / f"{LAYOUT_ID}.xlsx")
    C.write_labels(LAYOUT_ID, labels)
    C.write_key(LAYOUT_ID, KEY)
    C.summary(LAYOUT_ID, labels)


KEY = {
    "id": LAYOUT_ID,
    "system": "Jobber (field-service management, Edmonton) - Reports > Financial reports > Invoices report, exported with 'Receive Excel Copy'",
    "country": "CA",
    "language": "fr",
    "docs": [
        "help.getjobber.com 'Client Balance Summary Report': Jobber reports are exported by 'Receive Excel Copy' (an Excel file e-mailed to the user) and columns are chosen with 'Columns'",
        "help.getjobber.com 'Invoices List Page and Key Metrics': the invoices report has a 'days to paid' column (days from issue until the status switched to paid); invoice statuses draft / awaiting payment / past due / paid",
        "help.getjobber.com 'Invoicing Basics' and 'Invoice Basics': an invoice has a subject, an invoice number, an issued date, net terms / due date, line items from products and services, discount, tax rate; a client is billed at the client's billing address",
        "support.advancedjobberintegration.com 'Understanding Invoice Data': invoice amounts subtotal, discount, tax, total, balance and the client's e-mail addresses",
        "Not found in search: the exact captions and order of the Invoices report columns; the captions above (with '($)' on money columns) and one concatenated 'Line items' cell per invoice are my reconstruction. Jobber's interface is English; the data (client names, line items, subjects) are in French as a Quebec contractor writes them."
    ],
    "fields": {"buyer": "Client name", "product": "Line items", "quantity": None, "amount": "Total ($)",
               "tax_id": None, "email": "Client email", "payment": None, "comment": "Subject"},
    "also_ok": {"amount": ["Subtotal ($)"]},
    "notes": "One row per invoice (records are invoices), header in row 1, no title or totals rows. Quantities are inside 'Line items' as '(xN)'. Tax is GST+QST (14.975%). Residential seasonal snow contracts are billed in up to 4 instalments, commercial and public clients monthly, so most buyers repeat. Municipal and school invoices carry the buyer's purchase-order number in Subject; Hydro-Quebec's carry a tender number (Appel d'offres). Some clients have no e-mail. '1450 rue Peel - stationnement' is a client created from an address only (thin record). Consulates are labelled with the represented state's country code."
}

if __name__ == "__main__":
    main()
