"""kc_fr_thelia_commandes: Thelia 2.1/2.2 back-office export "Commandes" (OrderExport, CSV).

Imitates Thelia's core OrderExport handler (core/lib/Thelia/ImportExport/Export/Type/OrderExport.php,
2.1 branch) written by the 2.1 CSVFormatter: header = the handler's English aliases in its getOrder()
order, every field wrapped in double quotes, ';' delimiter, '\n' line ends, no final newline,
quotes inside values escaped as \\". One line per order product; only the first line of an order
carries customer, addresses, module codes, status, date and totals, later lines keep ref, product
columns, delivery_ref and currency. Dates use the fr_FR datetime format 'd/m/Y H:i:s'.

Shop: a Breton e-shop for sports and physical-education equipment (schools, towns, clubs, families).
"""
from datetime import datetime, timedelta

from kc_common import LAYOUTS, KEY, rng, write_labels, write_key

ID = "kc_fr_thelia_commandes"
R = rng(120501)

HEADER = ["ref", "date", "customer_ref", "discount", "coupons", "postage", "total_including_taxes",
          "total_with_discount", "total_discount_and_postage", "delivery_module", "delivery_ref",
          "payment_module", "invoice_ref", "status", "delivery_title", "delivery_company",
          "delivery_first_name", "delivery_last_name", "delivery_address1", "delivery_address2",
          "delivery_address3", "delivery_zip_code", "delivery_city", "delivery_country", "delivery_phone",
          "invoice_title", "invoice_company", "invoice_first_name", "invoice_last_name",
          "invoice_address1", "invoice_address2", "invoice_address3", "invoice_zip_code", "invoice_city",
          "invoice_country", "invoice_phone", "product_title", "price", "taxed_price", "currency",
          "was_in_promo", "quantity", "tax_amount", "tax_title"]

# (title, TTC price)
P = {
    "hand": ("Ballon de handball Kempa Leo taille 2", 24.90),
    "basket": ("Ballon de basket Molten BG3800 T7", 39.90),
    "foot": ("Ballon de football Select Brillant Super T5", 49.90),
    "volley": ("Ballon de volley Mikasa V200W", 69.90),
    "plots": ("Lot de 10 plots de marquage", 12.90),
    "chasubles": ("Chasubles réversibles (lot de 10)", 39.00),
    "tapisgym": ("Tapis de gymnastique pliable 180x60 cm", 119.00),
    "tapissol": ("Tapis de sol mousse 140x60 cm", 29.90),
    "chrono": ("Chronomètre Casio HS-70W", 34.90),
    "sifflet": ("Sifflet Fox 40 Classic", 7.90),
    "filetbad": ("Filet de badminton compétition", 59.00),
    "raqbad": ("Raquette de badminton Yonex Nanoflare 001", 39.90),
    "volants": ("Volants plume RSL Tourney n°3 (tube de 12)", 27.50),
    "tablett": ("Table de tennis de table Cornilleau Sport 250 Indoor", 699.00),
    "raqtt": ("Raquette de tennis de table Butterfly Timo Boll", 24.90),
    "ballestt": ("Balles de tennis de table 40+ (boîte de 72)", 34.90),
    "cerceaux": ("Cerceaux plats Ø 60 cm (lot de 6)", 21.90),
    "corde": ("Corde à sauter speed rope", 9.90),
    "halteres": ("Haltères vinyle 2 kg (la paire)", 14.90),
    "kettle": ("Kettlebell fonte 12 kg", 34.90),
    "banc": ("Banc de musculation pliable", 149.00),
    "velo": ("Vélo d'appartement magnétique", 299.00),
    "trampo": ("Trampoline de jardin Ø 305 cm avec filet", 249.00),
    "panier": ("Panier de basket mural Spalding NBA", 179.00),
    "butshand": ("But de handball pliable 3x2 m (la paire)", 1290.00),
    "poteaux": ("Poteaux de badminton mobiles (la paire)", 389.00),
    "sac": ("Sac à ballons 10 places", 19.90),
    "pompe": ("Pompe à ballon double action", 9.90),
    "eveil": ("Tapis d'éveil bébé motricité", 89.00),
    "sensoriels": ("Kit de 4 ballons sensoriels", 24.90),
    "plinth": ("Plinth 5 éléments", 890.00),
    "poutre": ("Barre d'équilibre basse 2 m", 239.00),
    "haies": ("Haies d'athlétisme réglables (lot de 5)", 149.00),
    "temoins": ("Témoins de relais aluminium (lot de 6)", 19.90),
    "arc": ("Kit de tir à l'arc initiation", 129.00),
    "frisbee": ("Frisbee Ultimate Discraft 175 g", 17.90),
    "yoga": ("Tapis de yoga 6 mm", 24.90),
    "elastiques": ("Élastiques de résistance (set de 5)", 19.90),
    "filetvolley": ("Filet de volley-ball compétition", 129.00),
}
SCHOOL_GOODS = ["hand", "basket", "foot", "volley", "plots", "chasubles", "tapisgym", "chrono", "sifflet",
                "filetbad", "raqbad", "volants", "raqtt", "ballestt", "cerceaux", "corde", "haies", "temoins",
                "sac", "pompe", "frisbee", "arc", "filetvolley"]
CLUB_GOODS = ["hand", "basket", "foot", "volley", "plots", "chasubles", "chrono", "sifflet", "sac", "pompe",
              "raqbad", "volants", "ballestt", "raqtt"]
HOME_GOODS = ["yoga", "halteres", "kettle", "corde", "elastiques", "trampo", "velo", "banc", "panier", "raqbad",
              "raqtt", "foot", "basket", "frisbee", "tapissol", "tablett"]
BIG_GOODS = {"butshand": 1, "poteaux": 1, "plinth": 1, "poutre": 1, "tablett": 1, "tapisgym": 4}

FIRST_M = ["Yann", "Erwan", "Thomas", "Nicolas", "Julien", "Mathieu", "Kévin", "Loïc", "Pierre", "Gaël",
           "Antoine", "Sébastien", "Ronan", "Maxime", "David", "Tanguy", "Olivier", "Christophe", "Hugo", "Killian"]
FIRST_F = ["Gwenaëlle", "Marie", "Sophie", "Nolwenn", "Camille", "Julie", "Aurélie", "Anne", "Morgane", "Élodie",
           "Laure", "Claire", "Maëlle", "Isabelle", "Sandrine", "Céline", "Émilie", "Léa", "Soizic", "Nathalie"]
LAST = ["Le Gall", "Le Floch", "Guillou", "Le Bihan", "Tanguy", "Le Goff", "Kerjean", "Morvan", "Le Roux",
        "Jégou", "Le Corre", "Riou", "Cadiou", "Hervé", "Martin", "Bernard", "Petit", "Durand", "Lefebvre",
        "Moreau", "Quéré", "Le Meur", "Salaün", "Prigent", "Le Bras", "Daniel", "Caradec", "Nicolas",
        "Thomas", "Robin", "Gautier", "Perrot", "Lucas", "Briand", "Cozic"]
STREETS = ["rue de la Paix", "rue Victor Hugo", "avenue de la Marne", "rue du Port", "allée des Mimosas",
           "rue de Brest", "impasse des Ajoncs", "rue Jean Jaurès", "rue des Écoles", "boulevard de la Résistance",
           "chemin de Kerlann", "rue du Général de Gaulle", "rue de Siam", "place de la Mairie",
           "rue des Hortensias", "route de Quimper"]
CITIES = [("Vannes", "56000"), ("Lorient", "56100"), ("Quimper", "29000"), ("Brest", "29200"),
          ("Rennes", "35000"), ("Saint-Brieuc", "22000"), ("Lanester", "56600"), ("Auray", "56400"),
          ("Concarneau", "29900"), ("Ploemeur", "56270"), ("Hennebont", "56700"), ("Pontivy", "56300"),
          ("Morlaix", "29600"), ("Saint-Malo", "35400"), ("Guingamp", "22200"), ("Landerneau", "29800")]

# organisations: (company, address1, address2, zip, city, label, kind, goods, payments, amb)
ORGS_G = [
    ("Collège Jules Simon", "12 rue Jules Simon", "", "56000", "Vannes", "public_school"),
    ("Collège Jean Moulin", "6 rue de la Ville Sauvage", "", "22000", "Saint-Brieuc", "public_school"),
    ("Lycée Dupuy de Lôme", "4 rue Jean le Coutaller", "Service intendance", "56100", "Lorient", "public_school"),
    ("Lycée Jean Macé", "10 rue Jean Macé", "Intendance", "35700", "Rennes", "public_school"),
    ("LP Émile Zola", "30 rue Émile Zola", "", "56700", "Hennebont", "public_school"),
    ("École élémentaire publique Jules Ferry", "5 rue des Écoles", "", "29000", "Quimper", "public_school"),
    ("Mairie de Ploemeur", "Place de l'Hôtel de Ville", "Service des sports", "56270", "Ploemeur", "municipality"),
    ("Ville de Lorient - Service des sports", "2 boulevard du Général Leclerc", "", "56100", "Lorient", "municipality"),
    ("Mairie de Landerneau", "Place Charles de Gaulle", "", "29800", "Landerneau", "municipality"),
    ("Commune de Séné", "Place de la Fontaine", "", "56860", "Séné", "municipality"),
    ("Rennes Métropole", "Hôtel de Rennes Métropole", "4 avenue Henri Fréville", "35000", "Rennes", "intermunicipal_body"),
    ("Université de Rennes - SUAPS", "Campus de Beaulieu", "263 avenue du Général Leclerc", "35042", "Rennes", "public_university"),
    ("Université Bretagne Sud - SUAPS", "Rue André Lwoff", "", "56000", "Vannes", "public_university"),
    ("CREPS de Bretagne", "1 rue du Tertre", "", "35800", "Dinard", "public_agency"),
    ("Centre hospitalier Bretagne Atlantique", "20 boulevard Maurice Guillaudot", "Service de médecine physique", "56000", "Vannes", "public_hospital"),
    ("SDIS du Morbihan", "2 rue Alphonse Jégou", "", "56000", "Vannes", "public_agency"),
    ("GSBdD Brest-Lorient", "Quartier Bir-Hakeim", "BP 37", "29240", "Brest", "armed_forces"),
    ("École de gendarmerie de Châteaulin", "Quartier de la Tour d'Auvergne", "", "29150", "Châteaulin", "armed_forces"),
    ("Département du Finistère", "32 boulevard Dupleix", "Direction des sports", "29000", "Quimper", "department"),
    ("CCAS de Lanester", "Rue Louis Aragon", "", "56600", "Lanester", "municipal_agency"),
]
ORGS_B = [
    ("US Concarneau Handball", "Salle du Porzou", "", "29900", "Concarneau", "sports_association"),
    ("AS Vitré Basket", "Salle Jean-Pierre Ménard", "", "35500", "Vitré", "sports_association"),
    ("Cercle Paul Bert", "5 rue Paul Bert", "", "35000", "Rennes", "sports_association"),
    ("Badminton Club Ploemeur", "Complexe sportif du Ter", "", "56270", "Ploemeur", "sports_association"),
    ("Les Dauphins de Vannes", "Piscine de Kercado", "", "56000", "Vannes", "sports_association"),
    ("CSE Naval Group Lorient", "Rue Choiseul", "", "56100", "Lorient", "works_council"),
    ("UCPA Sport Vacances", "17 rue Rémy Dumoncel", "", "75014", "Paris", "non_profit"),
    ("Lycée privé Saint-François-Xavier", "3 rue Thiers", "", "56000", "Vannes", "private_school"),
    ("Ensemble scolaire Notre-Dame du Vœu", "1 rue de la Paix", "", "56700", "Hennebont", "private_school"),
    ("FITNESS PARK VANNES", "ZA du Chapeau Rouge", "", "56000", "Vannes", "company"),
    ("Camping Le Conguel SARL", "Boulevard de la Teignouse", "", "56170", "Quiberon", "company"),
    ("CrossFit Lorient SARL", "ZI de Kerpont", "", "56850", "Caudan", "company"),
    ("Sport 56 SAS (Intersport Vannes)", "Parc du Golfe", "", "56000", "Vannes", "retailer"),
    ("Kiné Santé Lorient SCM", "14 cours de Chazelles", "", "56100", "Lorient", "medical_practice"),
    ("Le Bihan Coaching", "7 impasse des Ajoncs", "", "56400", "Auray", "sole_trader"),
]


def ht(ttc):
    return ttc / 1.2


def d6(x):
    return f"{x:.6f}"


def phpf(x):
    """PHP float to string (precision 14, no trailing zeros)."""
    s = format(round(x, 6), ".14g")
    return s


def phone():
    return R.choice(["06", "07", "02"]) + "".join(str(R.randint(0, 9)) for _ in range(8))


def fmt_phone(p):
    if R.random() < 0.5:
        return " ".join(p[i:i + 2] for i in range(0, 10, 2))
    return p


orders = []
cust_refs = {}
next_cust = [1187]


def cust_ref(key):
    if key not in cust_refs:
        next_cust[0] += R.randint(1, 9)
        cust_refs[key] = "CUS%012d" % next_cust[0]
    return cust_refs[key]


def person():
    f = R.random() < 0.5
    first = R.choice(FIRST_F if f else FIRST_M)
    last = R.choice(LAST)
    return ("Mme" if f else "M."), first, last


def add_order(buyer, lines, payment, label, kind, amb, country="FR", delivery=None, coupon=""):
    orders.append(dict(buyer=buyer, lines=lines, payment=payment, label=label, kind=kind, amb=amb,
                       country=country, delivery=delivery, coupon=coupon))


def pick_lines(pool, nmin, nmax, qmin, qmax):
    keys = R.sample(pool, R.randint(nmin, nmax))
    out = []
    for k in keys:
        q = R.randint(qmin, qmax)
        if k in BIG_GOODS:
            q = R.randint(1, BIG_GOODS[k])
        out.append((k, q))
    return out


# ---- public buyers (several repeat orders)
for org in ORGS_G:
    n = R.choice([1, 1, 1, 2])
    for _ in range(n):
        t, fi, la = person()
        buyer = dict(company=org[0], a1=org[1], a2=org[2], zip=org[3], city=org[4], title=t, first=fi,
                     last=la, phone=fmt_phone("02" + "".join(str(R.randint(0, 9)) for _ in range(8))), key=org[0])
        pool = SCHOOL_GOODS + list(BIG_GOODS)
        lines = pick_lines(pool, 1, 4, 2, 15)
        pay = R.choice(["Cheque", "Cheque", "Cheque", "PayzenEmbedded"])
        add_order(buyer, lines, pay, "B2G", org[5], False)

# ambiguous public: a municipal crèche buying one baby play mat; a collège buying one exercise bike
t, fi, la = person()
add_order(dict(company="Ville de Vannes - Crèche municipale Les P'tits Mousses", a1="8 rue Albert 1er", a2="",
               zip="56000", city="Vannes", title="Mme", first="Soizic", last="Le Meur", phone="02 97 01 62 40",
               key="creche"), [("eveil", 1)], "Cheque", "B2G", "municipality", True)
add_order(dict(company="Collège Jean Moulin", a1="6 rue de la Ville Sauvage", a2="", zip="22000",
               city="Saint-Brieuc", title="M.", first="Ronan", last="Cadiou", phone="02 96 94 27 61",
               key="Collège Jean Moulin"), [("velo", 1)], "PayzenEmbedded", "B2G", "public_school", True)

# ---- organisations other than the state
for org in ORGS_B:
    n = R.choice([1, 1, 2])
    for _ in range(n):
        t, fi, la = person()
        if org[5] == "sole_trader":
            t, fi, la = "M.", "Kévin", "Le Bihan"
        buyer = dict(company=org[0], a1=org[1], a2=org[2], zip=org[3], city=org[4], title=t, first=fi, last=la,
                     phone=fmt_phone(phone()), key=org[0])
        if org[5] in ("sports_association", "works_council", "non_profit"):
            lines = pick_lines(CLUB_GOODS, 1, 4, 2, 20)
        elif org[5] == "private_school":
            lines = pick_lines(SCHOOL_GOODS, 1, 3, 3, 15)
        elif org[5] == "retailer":
            lines = pick_lines(["hand", "basket", "foot", "yoga", "kettle", "halteres", "raqbad"], 2, 4, 6, 24)
        elif org[5] == "sole_trader":
            lines = pick_lines(["kettle", "elastiques", "yoga", "halteres", "corde"], 1, 3, 2, 6)
        else:
            lines = pick_lines(["tapisgym", "kettle", "halteres", "banc", "elastiques", "yoga", "corde"], 1, 3, 1, 4)
        pay = R.choice(["PayzenEmbedded", "PayPal", "Cheque"]) if org[5] != "sole_trader" else "PayPal"
        add_order(buyer, lines, pay, "B2B", org[5], False)

# state-owned company, plain B2B
add_order(dict(company="La Poste - PPDC Lorient", a1="Rue du Colonel Müller", a2="", zip="56100", city="Lorient",
               title="Mme", first="Anne", last="Riou", phone="02 97 84 41 10", key="laposte"),
          [("tapisgym", 2), ("elastiques", 4)], "PayzenEmbedded", "B2B", "state_owned_company", False)
# ambiguous B2B: international organisation; accounting firm buying one exercise bike; sole trader's garden trampoline
add_order(dict(company="Agence spatiale européenne (ESA)", a1="8-10 rue Mario Nikis", a2="Comité des activités sociales",
               zip="75015", city="Paris", title="M.", first="Pierre", last="Gautier", phone="01 53 69 76 54", key="esa"),
          [("tablett", 1), ("raqtt", 6), ("ballestt", 2)], "PayzenEmbedded", "B2B", "international_org", True)
add_order(dict(company="Conseil de l'Europe", a1="Avenue de l'Europe", a2="Service des ressources humaines",
               zip="67075", city="Strasbourg", title="Mme", first="Claire", last="Perrot", phone="03 88 41 20 00",
               key="coe"), [("foot", 10), ("chasubles", 2)], "PayzenEmbedded", "B2B", "international_org", True)
add_order(dict(company="Cabinet Morvan Expertise Comptable SARL", a1="21 rue Thiers", a2="", zip="56000",
               city="Vannes", title="M.", first="Olivier", last="Morvan", phone="02 97 47 11 23", key="morvan"),
          [("velo", 1)], "PayzenEmbedded", "B2B", "company", True)
add_order(dict(company="Le Bihan Coaching", a1="7 impasse des Ajoncs", a2="", zip="56400", city="Auray",
               title="M.", first="Kévin", last="Le Bihan", phone="06 61 23 45 07", key="Le Bihan Coaching"),
          [("trampo", 1)], "PayPal", "B2B", "sole_trader", True)

add_order(dict(company="Mairie de Ploemeur", a1="Place de l'Hôtel de Ville", a2="Accueil de loisirs", zip="56270",
               city="Ploemeur", title="Mme", first="Morgane", last="Salaün", phone="02 97 86 40 40",
               key="Mairie de Ploemeur"), [("trampo", 1)], "Cheque", "B2G", "municipality", True)
add_order(dict(company="Camping Le Conguel SARL", a1="Boulevard de la Teignouse", a2="", zip="56170",
               city="Quiberon", title="M.", first="David", last="Quéré", phone="02 97 50 19 11",
               key="Camping Le Conguel SARL"), [("trampo", 1), ("pompe", 1)], "PayPal", "B2B", "company", True)

# ---- private persons
HOME_SMALL = ["yoga", "halteres", "kettle", "corde", "elastiques", "raqbad", "raqtt", "foot", "basket", "frisbee",
              "tapissol", "volants", "ballestt", "pompe"]
HOME_BIG = ["trampo", "velo", "banc", "panier", "tablett"]
for i in range(42):
    t, fi, la = person()
    city, zp = R.choice(CITIES)
    buyer = dict(company="", a1=f"{R.randint(1, 48)} {R.choice(STREETS)}", a2="", zip=zp, city=city, title=t,
                 first=fi, last=la, phone=fmt_phone(phone()), key=f"p{i}")
    if R.random() < 0.25:
        lines = [(R.choice(HOME_BIG), 1)]
    else:
        keys = R.sample(HOME_SMALL, R.randint(1, 2))
        lines = [(k, R.randint(1, 3)) for k in keys]
    pay = R.choice(["PayPal", "PayzenEmbedded", "PayzenEmbedded", "PayPal", "Cheque"])
    add_order(buyer, lines, pay, "B2C", "private_person", False,
              coupon=("Bienvenue -5%" if R.random() < 0.12 else ""))
# ambiguous private persons
add_order(dict(company="", a1="3 rue des Hortensias", a2="", zip="56270", city="Ploemeur", title="Mme",
               first="Gwenaëlle", last="Le Floch", phone="06 72 18 44 90", key="bulk"),
          [("hand", 30), ("pompe", 1)], "PayPal", "B2C", "private_person_bulk", True)
add_order(dict(company="", a1="18 rue de Siam", a2="", zip="29200", city="Brest", title="M.",
               first="Loïc", last="Cozic", phone="06 84 11 27 53", key="bulk2"),
          [("chasubles", 12), ("foot", 20), ("plots", 6)], "PayzenEmbedded", "B2C", "private_person_bulk", True)
add_order(dict(company="Collège Jules Simon", a1="4 rue des Hortensias", a2="", zip="56890", city="Saint-Avé",
               title="Mme", first="Laure", last="Briand", phone="06 45 90 12 38", key="teacherperso"),
          [("raqbad", 2), ("volants", 1)], "PayPal", "B2C", "person_with_public_employer", True)
add_order(dict(company="Naval Group", a1="11 allée des Mimosas", a2="", zip="56600", city="Lanester", title="M.",
               first="Tanguy", last="Prigent", phone="07 81 20 33 65", key="navalperso"),
          [("trampo", 1)], "PayPal", "B2C", "person_with_employer_name", True)
add_order(dict(company="Mairie de Guidel", a1="26 rue de Kerbrest", a2="", zip="56520", city="Guidel", title="Mme",
               first="Nolwenn", last="Jégou", phone="06 30 52 71 18", key="guidelperso"),
          [("yoga", 1), ("elastiques", 1)], "PayzenEmbedded", "B2C", "person_with_public_employer", True)

# ---- dates, refs, statuses
R.shuffle(orders)
start = datetime(2025, 1, 6, 8, 0, 0)
dates = sorted(start + timedelta(minutes=R.randint(0, 84 * 24 * 60)) for _ in orders)
order_id = 3412
inv_no = 1208
rows = []      # (csv fields)
labels = []
data = []
for o, dt in zip(orders, dates):
    order_id += R.randint(1, 4)
    o["ref"] = "ORD%012d" % order_id
    o["dt"] = dt
for o in sorted(orders, key=lambda x: x["dt"]):
    if o["payment"] == "Cheque":
        st = R.choice(["Non payée", "Payée", "Envoyée", "Envoyée", "Envoyée"])
    else:
        st = R.choice(["Payée", "Traitement", "Envoyée", "Envoyée", "Envoyée", "Envoyée"])
    if R.random() < 0.04:
        st = "Annulée"
    o["status"] = st
    if st in ("Payée", "Traitement", "Envoyée"):
        inv_no += 1
        o["invoice_ref"] = str(inv_no)
    else:
        o["invoice_ref"] = ""
    tot = sum(P[k][1] * q for k, q in o["lines"])
    if o["buyer"]["city"] in ("Paris", "Strasbourg"):
        dm = "Colissimo"
    elif o["label"] == "B2C":
        dm = R.choice(["Colissimo", "Colissimo", "ColissimoPickupPoint", "LocalPickup"])
    else:
        dm = R.choice(["Colissimo", "Colissimo", "LocalPickup"]) if tot < 600 else "Colissimo"
    o["delivery_module"] = dm
    o["postage"] = 0.0 if (dm == "LocalPickup" or tot >= 150) else (6.90 if dm == "ColissimoPickupPoint" else 9.90)
    o["delivery_ref"] = ("6A%011d" % R.randint(10**10, 10**11 - 1)) if (st == "Envoyée" and dm != "LocalPickup") else ""
    o["total"] = tot
    disc = 0.0
    if o["coupon"]:
        disc = round(tot * 0.05, 2)
    o["discount"] = disc

for o in sorted(orders, key=lambda x: x["dt"], reverse=True):   # OrderExport sorts created_at DESC
    b = o["buyer"]
    first = True
    for k, q in o["lines"]:
        title, ttc = P[k]
        price = ht(ttc)
        tax = ttc - price
        promo = "0"
        rec = {h: "" for h in HEADER}
        rec["ref"] = o["ref"]
        rec["product_title"] = title
        rec["price"] = d6(price)
        rec["tax_amount"] = d6(tax)
        rec["taxed_price"] = phpf(float(d6(price)) + float(d6(tax)))
        rec["currency"] = "EUR"
        rec["was_in_promo"] = promo
        rec["quantity"] = f"{q:.0f}"
        rec["tax_title"] = "TVA française à 20%"
        rec["delivery_ref"] = o["delivery_ref"]
        if first:
            rec["date"] = o["dt"].strftime("%d/%m/%Y %H:%M:%S")
            rec["customer_ref"] = cust_ref(b["key"])
            rec["discount"] = d6(o["discount"])
            rec["coupons"] = o["coupon"]
            rec["postage"] = d6(o["postage"])
            rec["total_including_taxes"] = phpf(o["total"])
            rec["total_with_discount"] = phpf(o["total"] - o["discount"])
            rec["total_discount_and_postage"] = phpf(o["total"] - o["discount"] + o["postage"])
            rec["delivery_module"] = o["delivery_module"]
            rec["payment_module"] = o["payment"]
            rec["invoice_ref"] = o["invoice_ref"]
            rec["status"] = o["status"]
            for side in ("delivery", "invoice"):
                rec[f"{side}_title"] = b["title"]
                rec[f"{side}_company"] = b["company"]
                rec[f"{side}_first_name"] = b["first"]
                rec[f"{side}_last_name"] = b["last"].upper() if R.random() < 0.15 else b["last"]
                rec[f"{side}_address1"] = b["a1"]
                rec[f"{side}_address2"] = b["a2"]
                rec[f"{side}_zip_code"] = b["zip"]
                rec[f"{side}_city"] = b["city"]
                rec[f"{side}_country"] = "France"
                rec[f"{side}_phone"] = b["phone"]
            if o["kind"] == "person_with_employer_name" or o["kind"] == "person_with_public_employer":
                rec["delivery_company"] = ""
            if o["label"] == "B2G" and b["a2"] and R.random() < 0.5:
                rec["delivery_address2"] = "Livraison : gymnase"
            first = False
        data.append(rec)
        labels.append(dict(row=len(labels), label=o["label"], ambiguous=o["amb"], kind=o["kind"], country=o["country"]))


def q(v):
    return '"' + str(v).replace('"', '\\"') + '"'


lines_out = [";".join(q(h) for h in HEADER)]
for rec in data:
    lines_out.append(";".join(q(rec[h]) for h in HEADER))
with open(LAYOUTS / f"{ID}.csv", "w", encoding="utf-8", newline="") as f:
    f.write("\n".join(lines_out))

write_labels(KEY / f"{ID}.labels.csv", labels)
write_key(KEY / f"{ID}.json", {
    "id": ID,
    "system": "Thelia 2 (open-source French e-commerce), back office Outils > Exporter > Commandes "
              "(core OrderExport handler, 2.1/2.2 branch) in CSV",
    "country": "FR",
    "language": "fr",
    "docs": [
        "thelia/thelia core/lib/Thelia/ImportExport/Export/Type/OrderExport.php (2.1 branch): the select list, "
        "getAliases() giving the English column aliases and getOrder() giving their order; buildDataSet() blanks "
        "customer, addresses, modules, status, date and totals on the 2nd+ line of an order and adds taxed_price; "
        "query ordered by created_at DESC; date formatted with the language's datetime format",
        "thelia/thelia core/lib/Thelia/Core/FileFormat/Formatting/Formatter/CSVFormatter.php (2.1): delimiter ';', "
        "every field wrapped in '\"', '\"' inside values escaped with a backslash, '\\n' line return, last line "
        "return removed",
        "thelia/thelia setup/insert.sql: fr_FR datetime_format 'd/m/Y H:i:s'; core module codes 'Cheque' and "
        "'Colissimo'",
        "thelia-modules repositories (PayPal, PayzenEmbedded, ColissimoPickupPoint) for payment/delivery module "
        "codes; ORD/CUS refs follow Thelia's 'ORD'/'CUS' + 12-digit zero-padded id pattern",
        "newer OrderExport (2.3+) moved to AbstractExport and dropped the product columns; this file follows "
        "the 2.1/2.2 line-level export",
    ],
    "fields": {"buyer": "invoice_company", "product": "product_title", "quantity": "quantity",
               "amount": "total_including_taxes", "tax_id": None, "email": None,
               "payment": "payment_module", "comment": None},
    "also_ok": {"buyer": ["invoice_last_name", "delivery_company", "delivery_last_name"],
                "amount": ["total_discount_and_postage", "total_with_discount", "taxed_price", "price"]},
    "notes": "One line per order product, newest order first. Only the first line of each order carries "
             "customer_ref, addresses, module codes, status, date and totals; continuation lines keep ref, "
             "product columns, delivery_ref and currency (group lines by 'ref'). price and tax_amount are unit "
             "amounts excl./of VAT with 6 decimals (DECIMAL 16,6), taxed_price is the unit price incl. VAT, "
             "totals are order totals incl. VAT (PHP float text). invoice_company is empty for private persons; "
             "organisations carry the ordering contact's name in first/last name. Public buyers mostly pay with "
             "the offline 'Cheque' module (mandat administratif in practice) and often stay 'Non payée'. No "
             "e-mail, no tax id column in this export. UTF-8 without BOM.",
})
print(ID, len(data), "records")
