"""SmartWeb (HostedShop) webshop, Moduler > Eksport > Ordrer, CSV template export.

Rebuilds layouts/ke_dk_smartweb_ordrer_eksport.csv and its key. Seeded, no network.
"""
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ke_common import LAYOUTS, write_key, csv_text, dk_cvr_make, gs1_check  # noqa: E402

ID = "ke_dk_smartweb_ordrer_eksport"
rng = random.Random(120412)

HEADER = ["ORDER_ID", "ORDER_DATE", "ORDER_TOTAL", "ORDER_COMMENT_CUSTOMER", "PAYMENT_TITLE",
          "DELIVERY_TITLE", "DELIVERY_PRICE", "PRODUCT_ID", "PRODUCT_NUMBER", "PRODUCT_TITLE1",
          "PRODUCT_TITLE2", "PRODUCT_AMOUNT", "PRODUCT_PRICE", "PRODUCT_DISCOUNT", "PRODUCT_WEIGHT",
          "CUSTOMER_FIRSTNAME", "CUSTOMER_LASTNAME", "CUSTOMER_COMPANY", "CUSTOMER_CVR",
          "CUSTOMER_ADDRESS", "CUSTOMER_CITY", "CUSTOMER_POSTCODE", "CUSTOMER_PHONE", "CUSTOMER_EMAIL",
          "USER_USERNAME", "CUSTOMER_SHIPPING_FIRSTNAME", "CUSTOMER_SHIPPING_LASTNAME",
          "CUSTOMER_SHIPPING_COMPANY", "CUSTOMER_SHIPPING_ADDRESS", "CUSTOMER_SHIPPING_POSTCODE",
          "CUSTOMER_SHIPPING_CITY", "CUSTOMER_SHIPPING_PHONE"]

# id, number, title1, title2 (variant), price incl. moms, weight kg, group
CAT = [
    (1012, "PAP-A4-NAV", "Kopipapir Navigator A4 80 g", "Kasse 5 x 500 ark", 349.00, 12.5, "biz"),
    (1013, "PAP-A4-GENB", "Kopipapir A4 80 g genbrug", "Pakke 500 ark", 54.95, 2.5, "mix"),
    (1105, "TORK-H2-100289", "Tork Xpress Soft håndklædeark H2", "21 pakker", 629.00, 9.8, "biz"),
    (1106, "TORK-T4-110772", "Tork Advanced toiletpapir T4 2-lags", "42 ruller", 399.00, 8.9, "biz"),
    (1201, "TN-2420", "Brother toner TN-2420 sort", "", 489.00, 0.6, "biz"),
    (1202, "HP-305XL", "HP 305XL blækpatron sort", "", 219.00, 0.1, "mix"),
    (1310, "BIC-CRISTAL-50", "BIC Cristal kuglepen", "Blå, 50 stk", 99.00, 0.4, "mix"),
    (1311, "ESS-RB-50", "Esselte ringbind A4 50 mm", "10 stk", 219.00, 4.1, "biz"),
    (1312, "NOBO-WB-12090", "Nobo whiteboard emaljeret 120 x 90 cm", "", 1099.00, 14.0, "biz"),
    (1401, "BKI-EXTRA-1KG", "BKI Extra kaffe formalet", "1 kg", 139.00, 1.0, "mix"),
    (1402, "BKI-BONNER-1KG", "BKI Espresso kaffebønner", "1 kg", 179.00, 1.0, "mix"),
    (1410, "KRUS-21CL-100", "Plastkrus 21 cl hvid", "100 stk", 39.00, 0.5, "biz"),
    (1501, "NEO-TABS-150", "Neophos Professional opvasketabs", "150 stk", 289.00, 3.0, "biz"),
    (1502, "SAEK-120L-25", "Affaldssække 120 L sort", "25 stk", 119.00, 2.2, "biz"),
    (1503, "HSPRIT-5L", "Hånddesinfektion 85 % gel", "5 liter dunk", 249.00, 5.2, "biz"),
    (1601, "FEL-79CI", "Fellowes Powershred 79Ci makulator", "", 2199.00, 18.0, "biz"),
    (1602, "PT-D210VP", "Brother P-touch D210VP labelprinter", "", 449.00, 0.9, "mix"),
    (1701, "MOCCA-KBG", "Moccamaster KBG Select kaffemaskine", "Sort", 1999.00, 3.4, "home"),
    (1702, "BODUM-11659", "Bodum Bistro elkedel 1,7 L", "Hvid", 299.00, 1.3, "home"),
    (1703, "NILF-SELECT", "Nilfisk Select Comfort støvsuger", "", 1499.00, 6.5, "home"),
    (1704, "WILFA-TOAST", "Wilfa Classic brødrister", "", 449.00, 1.8, "home"),
    (1705, "SODA-TERRA", "SodaStream Terra sodavandsmaskine", "Sort", 699.00, 2.1, "home"),
    (1706, "WHP-MWP203", "Whirlpool MWP 203 mikrobølgeovn", "20 L", 1199.00, 12.0, "home"),
]
C = {c[1]: c for c in CAT}
BIZ = [c for c in CAT if c[6] in ("biz", "mix")]
HOME = [c for c in CAT if c[6] == "home"]
MIX = [c for c in CAT if c[6] == "mix"]

FIRST = ["Mette", "Anne", "Kirsten", "Hanne", "Susanne", "Lone", "Camilla", "Louise", "Maria", "Julie",
         "Lars", "Jens", "Peter", "Søren", "Michael", "Henrik", "Thomas", "Martin", "Rasmus", "Jesper",
         "Niels", "Anders", "Karina", "Pia", "Birgitte", "Morten", "Jakob", "Christian", "Tina", "Lene"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen",
        "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Holm", "Lund", "Schmidt"]
FREEMAIL = ["gmail.com", "hotmail.com", "live.dk", "outlook.dk", "mail.dk", "jubii.dk", "yahoo.dk", "hotmail.dk"]
STREETS = ["Vestergade", "Østergade", "Nørregade", "Søndergade", "Skolevej", "Birkevej", "Egevej", "Kirkevej",
           "Møllevej", "Rosenvej", "Bakkevej", "Engvej", "Strandvejen", "Parkvej", "Ahornvej", "Granvej"]
TOWNS = [("8000", "Aarhus C"), ("8200", "Aarhus N"), ("5000", "Odense C"), ("7100", "Vejle"), ("9000", "Aalborg"),
         ("2100", "København Ø"), ("2200", "København N"), ("2300", "København S"), ("6000", "Kolding"),
         ("8600", "Silkeborg"), ("8700", "Horsens"), ("7400", "Herning"), ("6700", "Esbjerg"), ("4000", "Roskilde"),
         ("2900", "Hellerup"), ("2000", "Frederiksberg"), ("8900", "Randers C"), ("2800", "Kongens Lyngby")]

# public buyers: company, cvr, mail domain, postcode, city, address, list of shipping institutions
PUBLIC = [
    ("Aarhus Kommune", "55133018", "aarhus.dk", "8000", "Aarhus C", "Rådhuspladsen 2",
     ["Skovvangskolen", "Børn og Unge, Pladsen 6", "Dagtilbud Christiansbjerg", "Lystrup Skole"], "municipality"),
    ("Københavns Kommune", "64942212", "kk.dk", "1599", "København V", "Rådhuspladsen 1",
     ["Hanssted Skole", "Sundhedshus Nørrebro", "Kultur- og Fritidsforvaltningen"], "municipality"),
    ("Odense Kommune", "35209115", "odense.dk", "5000", "Odense C", "Flakhaven 2",
     ["Dalumskolen", "Ældre- og Handicapforvaltningen"], "municipality"),
    ("Vejle Kommune", "29189838", "vejle.dk", "7100", "Vejle", "Skolegade 1",
     ["Firkløverskolen", "Jobcenter Vejle"], "municipality"),
    ("Aalborg Kommune", "29189420", "aalborg.dk", "9000", "Aalborg", "Boulevarden 13",
     ["Vestbjerg Skole", "Aalborg Bibliotekerne"], "municipality"),
    ("Kolding Kommune", "29189447", "kolding.dk", "6000", "Kolding", "Akseltorv 1",
     ["Bramdrup Skole"], "municipality"),
    ("Gentofte Kommune", "19438414", "gentofte.dk", "2820", "Gentofte", "Bernstorffsvej 161",
     ["Hellerup Skole", "Gentofte Hovedbibliotek"], "municipality"),
    ("Frederiksberg Kommune", "11259979", "frederiksberg.dk", "2000", "Frederiksberg", "Smallegade 1",
     ["Skolen på la Cours Vej"], "municipality"),
    ("Region Hovedstaden", "29190623", "regionh.dk", "3400", "Hillerød", "Kongens Vænge 2",
     ["Rigshospitalet, afsnit 4131", "Herlev Hospital, Indkøb", "Bispebjerg Hospital"], "region_hospital"),
    ("Region Midtjylland", "29190925", "rm.dk", "8800", "Viborg", "Skottenborg 26",
     ["Aarhus Universitetshospital, Palle Juul-Jensens Boulevard 99", "Regionshospitalet Randers"],
     "region_hospital"),
    ("Region Syddanmark", "29190941", "rsyd.dk", "7100", "Vejle", "Damhaven 12",
     ["Odense Universitetshospital, J.B. Winsløws Vej 4"], "region_hospital"),
    ("Københavns Universitet", "29979812", "ku.dk", "1165", "København K", "Nørregade 10",
     ["Institut for Biologi", "Det Juridiske Fakultet"], "public_university"),
    ("Danmarks Tekniske Universitet", "30060946", "dtu.dk", "2800", "Kongens Lyngby", "Anker Engelunds Vej 101",
     ["DTU Compute, bygning 324"], "public_university"),
    ("Aarhus Universitet", "31119103", "au.dk", "8000", "Aarhus C", "Nordre Ringgade 1",
     ["Institut for Kemi"], "public_university"),
    ("Syddansk Universitet", "29283958", "sdu.dk", "5230", "Odense M", "Campusvej 55",
     ["Biblioteket"], "public_university"),
    ("Skattestyrelsen", "43271911", "sktst.dk", "2620", "Albertslund", "Helgeshøj Allé 9",
     ["Skattestyrelsen Ringkøbing"], "state_agency"),
    ("Rigspolitiet", "21282715", "politi.dk", "2100", "København Ø", "Polititorvet 14",
     ["Østjyllands Politi, Ridderstræde 1"], "police"),
    ("Forsvarsministeriets Materiel- og Indkøbsstyrelse", "16287180", "mil.dk", "7470", "Karup J",
     "Lautrupbjerg 1-5", ["Hærens Kampskole, Oksbøl", "Flyvestation Karup"], "armed_forces"),
    ("Domstolsstyrelsen", "21659509", "domstol.dk", "1552", "København V", "Store Kongensgade 1-3",
     ["Retten i Odense", "Retten i Aarhus"], "court"),
]
PUBLIC_W = {"municipality": 8, "region_hospital": 4, "public_university": 3, "state_agency": 1, "police": 1,
            "armed_forces": 1, "court": 1}

COMPANIES = [  # company, cvr (None=make), domain, kind
    ("Novo Nordisk A/S", "24256790", "novonordisk.com", "company"),
    ("Carlsberg Danmark A/S", None, "carlsberg.dk", "company"),
    ("ROCKWOOL A/S", "54879415", "rockwool.com", "company"),
    ("Coop Danmark A/S", "26259495", "coop.dk", "company"),
    ("Murermester Jens Kirk ApS", None, "kirk-mur.dk", "company"),
    ("Byggefirmaet Hansen & Søn ApS", None, "hansenogsoen.dk", "company"),
    ("Revisionsfirmaet Østergaard ApS", None, "oestergaard-revision.dk", "company"),
    ("Tandlægerne Vestergade I/S", None, "tandvest.dk", "company"),
    ("Advokatfirmaet Bech & Lauritzen", None, "bechlaw.dk", "company"),
    ("Nordic Software Group ApS", None, "nordicsoftware.dk", "company"),
    ("Vestjysk Rengøring ApS", None, "vestjysk-rengoering.dk", "company"),
    ("Café Sukkertoppen I/S", None, "sukkertoppen.dk", "company"),
    ("Auto-Centret Herning A/S", None, "autocentret-herning.dk", "company"),
    ("Lægehuset Kildevæld", None, "laegehuset-kildevaeld.dk", "medical_practice"),
    ("Bernadotteskolen", None, "bernadotteskolen.dk", "private_school"),
    ("Ørestad Friskole", None, "oerestadfriskole.dk", "private_school"),
    ("Ejerforeningen Strandvejen 112", None, None, "homeowners_association"),
    ("Andelsboligforeningen Fredensgade", None, None, "housing_cooperative"),
    ("Dansk Røde Kors, Aarhus afdeling", None, "rodekors.dk", "national_red_cross"),
    ("Sankt Ansgars Kirke", None, "sanktansgar.dk", "church"),
    ("PostNord Danmark A/S", None, "postnord.com", "state_owned_company"),
]
SOLE = [("Frisør Lene v/Lene Madsen", "lene"), ("Tømrer Kim Holm", "kimholm"),
        ("Fysioterapeut Maria Lund", "fysio-lund"), ("Gartner Søren Poulsen", "poulsenhave")]


def cvr_for(name):
    h = sum(ord(c) * (i + 3) for i, c in enumerate(name))
    p = 3 + (h % 6)  # first digit 3..8
    for k in range(200):
        prefix = f"{p}{(h * 7919 + k * 104729) % 1000000:06d}"
        v = dk_cvr_make(prefix)
        if v:
            return v


def ean_public():
    return gs1_check("5798" + f"{rng.randrange(10**8):08d}")


def phone():
    n = f"{rng.choice([2, 3, 4, 5, 6, 7, 8])}{rng.randrange(10**7):07d}"
    style = rng.random()
    if style < 0.5:
        return n
    if style < 0.8:
        return f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
    return "+45 " + n


def person():
    fn, ln = rng.choice(FIRST), rng.choice(LAST)
    return fn, ln


def freemail(fn, ln):
    base = rng.choice([f"{fn}.{ln}", f"{fn}{ln}", f"{fn[0]}{ln}", f"{fn}{rng.randint(1, 99)}",
                       f"{ln}.{fn}{rng.randint(60, 99)}"])
    base = base.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa").replace(" ", "")
    return f"{base}@{rng.choice(FREEMAIL)}"


def addr():
    pc, city = rng.choice(TOWNS)
    return f"{rng.choice(STREETS)} {rng.randint(1, 140)}{rng.choice(['', '', '', ', 2. th', ', st. tv', 'A'])}", pc, city


def lines_from(pool, n, qty=(1, 3)):
    items = rng.sample(pool, min(n, len(pool)))
    return [(it, rng.randint(*qty)) for it in items]


orders = []  # dict with cust fields, lines, pay, delivery, comment, label info


def add(label, amb, kind, country, cust, lines, pay, deliv, comment=""):
    orders.append(dict(label=label, amb=amb, kind=kind, country=country, cust=cust, lines=lines,
                       pay=pay, deliv=deliv, comment=comment))


def public_order(amb=False, single_home=False):
    kinds = list(PUBLIC_W)
    k = rng.choices(kinds, weights=[PUBLIC_W[x] for x in kinds])[0]
    p = rng.choice([x for x in PUBLIC if x[7] == k])
    comp, cvr, dom, pc, city, street, insts, kind = p
    fn, ln = person()
    inst = rng.choice(insts)
    mail = f"{fn[0].lower()}{ln[:4].lower().replace('ø', 'o').replace('æ', 'ae')}@{dom}"
    if rng.random() < 0.3:
        mail = rng.choice(["indkoeb", "bogholderi", "kontoret", "administration"]) + "@" + dom
    ean = ean_public()
    ref = rng.choice([f"{fn} {ln}", f"Att.: {fn} {ln}", f"Ordrenr. {rng.randint(4500000000, 4599999999)}",
                      f"Rekv. {rng.randint(100, 9999)}"])
    comment = rng.choice([f"EAN: {ean} - ref. {ref}", f"EAN {ean}, {ref}", f"EAN-nr. {ean}\nPersonref.: {fn} {ln}",
                          f"Fakturaen skal sendes via EAN {ean}. {ref}"])
    company = comp
    if rng.random() < 0.12:
        company = comp.upper()
    if rng.random() < 0.1:
        company = comp + " "
    cust = dict(fn=fn, ln=ln, company=company, cvr=cvr if rng.random() < 0.85 else "", address=street, city=city,
                pc=pc, phone=phone(), email=mail, user=mail,
                s_fn=fn, s_ln=ln, s_company=inst, s_address="", s_pc="", s_city="", s_phone="")
    if single_home:
        lines = [(rng.choice(HOME), 1)]
    else:
        lines = lines_from(BIZ, rng.choice([1, 2, 2, 3, 3, 4]), qty=(1, 12))
    add("B2G", amb, kind if not amb else "public_body_household_item", "DK", cust, lines,
        rng.choice(["Faktura (EAN)", "Faktura (EAN)", "EAN-faktura - offentlige institutioner"]),
        rng.choice(["PostNord Erhvervspakke", "GLS Erhverv", "Levering med egen vognmand"]), comment)


def company_order(amb=False):
    comp, cvr, dom, kind = rng.choice(COMPANIES)
    if amb:
        comp, cvr, dom, kind = rng.choice([c for c in COMPANIES if c[3] == "company"])
    fn, ln = person()
    cvr = cvr or cvr_for(comp)
    if kind in ("homeowners_association", "housing_cooperative"):
        mail = freemail(fn, ln)
        cvr = cvr if rng.random() < 0.5 else ""
    else:
        mail = rng.choice([f"{fn.lower()}@{dom}", f"{fn[0].lower()}{ln[0].lower()}@{dom}", f"info@{dom}",
                           f"regnskab@{dom}"]).replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    a, pc, city = addr()
    company = comp.upper() if rng.random() < 0.1 else comp
    cust = dict(fn=fn, ln=ln, company=company, cvr=cvr, address=a, city=city, pc=pc, phone=phone(),
                email=mail, user=mail, s_fn="", s_ln="", s_company="", s_address="", s_pc="", s_city="",
                s_phone="")
    if amb:
        lines = [(rng.choice(HOME), 1)]
        pay = rng.choice(["Dankort/Visa", "Betalingskort", "Faktura - kun erhverv"])
        kind = "company_household_item"
    else:
        lines = lines_from(BIZ, rng.choice([1, 2, 3, 3, 4]), qty=(1, 10))
        if rng.random() < 0.2:
            lines.append((rng.choice(HOME), 1))  # household item among business goods: plain B2B
        pay = rng.choice(["Faktura - kun erhverv", "Faktura - kun erhverv", "Bankoverførsel", "Dankort/Visa",
                          "Betalingskort"])
    comment = rng.choice(["", "", "", f"Rekv.nr. {rng.randint(1000, 99999)}", "Levering til varemodtagelsen",
                          f"Att. {fn} {ln}", "Ring venligst før levering"])
    add("B2B", amb, kind, "DK", cust, lines, pay,
        rng.choice(["GLS Erhverv", "PostNord Erhvervspakke", "Afhentning i butikken", "DAO Pakkeshop"]), comment)


def private_order():
    fn, ln = person()
    a, pc, city = addr()
    mail = freemail(fn, ln)
    if rng.random() < 0.1:
        fn, ln = fn.upper(), ln.upper()
    cust = dict(fn=fn, ln=ln, company="", cvr="", address=a, city=city, pc=pc, phone=phone(), email=mail,
                user=mail if rng.random() < 0.7 else "", s_fn="", s_ln="", s_company="", s_address="",
                s_pc="", s_city="", s_phone="")
    pool = HOME + MIX
    lines = lines_from(pool, rng.choice([1, 1, 1, 2, 2, 3]), qty=(1, 2))
    add("B2C", False, "private_person", "DK", cust, lines,
        rng.choice(["Dankort/Visa", "MobilePay", "MobilePay", "Betalingskort", "ViaBill"]),
        rng.choice(["GLS Pakkeshop", "PostNord Pakkeshop", "DAO Pakkeshop", "GLS Privatlevering",
                    "Afhentning i butikken"]),
        rng.choice(["", "", "", "", "Må stilles ved døren", "Gave - fjern venligst prisen", "Ring 30 min før"]))


# ---- clear cases
for _ in range(26):
    public_order()
for _ in range(24):
    company_order()
for _ in range(30):
    private_order()

# ---- ambiguous cases
# person with a municipality / region e-mail buying household goods, paid privately, delivered home
for dom in ["aarhus.dk", "regionh.dk", "kk.dk"]:
    fn, ln = person()
    a, pc, city = addr()
    mail = f"{fn.lower()}.{ln.lower()}@{dom}".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    add("B2C", True, "person_gov_email_household", "DK",
        dict(fn=fn, ln=ln, company="", cvr="", address=a, city=city, pc=pc, phone=phone(), email=mail, user=mail,
             s_fn="", s_ln="", s_company="", s_address="", s_pc="", s_city="", s_phone=""),
        [(rng.choice(HOME), 1)], "MobilePay", "GLS Privatlevering", "")
# person with a company e-mail buying household goods
fn, ln = person()
a, pc, city = addr()
add("B2C", True, "person_company_email_household", "DK",
    dict(fn=fn, ln=ln, company="", cvr="", address=a, city=city, pc=pc, phone=phone(),
         email=f"{fn.lower()}.{ln.lower()}@novonordisk.com".replace("ø", "oe"), user="",
         s_fn="", s_ln="", s_company="", s_address="", s_pc="", s_city="", s_phone=""),
    [(C["WILFA-TOAST"], 1), (C["BODUM-11659"], 1)], "Dankort/Visa", "PostNord Pakkeshop", "")
# public institution buys one household item on EAN
for _ in range(3):
    public_order(amb=True, single_home=True)
# company buys only one household item
for _ in range(3):
    company_order(amb=True)
# sole traders paying by MobilePay / private card
for nm, dom in SOLE:
    fn, ln = nm.split("v/")[-1].split()[-2:] if "v/" in nm else nm.split()[-2:]
    a, pc, city = addr()
    mail = freemail(fn, ln) if rng.random() < 0.6 else f"kontakt@{dom}.dk"
    add("B2B", True, "sole_trader_personal_payment", "DK",
        dict(fn=fn, ln=ln, company=nm, cvr=cvr_for(nm) if rng.random() < 0.5 else "", address=a, city=city,
             pc=pc, phone=phone(), email=mail, user=mail, s_fn="", s_ln="", s_company="", s_address="", s_pc="",
             s_city="", s_phone=""),
        [(rng.choice(HOME), 1)], rng.choice(["MobilePay", "Dankort/Visa"]), "GLS Pakkeshop", "")
# state-owned company with a tender reference
add("B2B", True, "state_owned_company_procurement", "DK",
    dict(fn="Henrik", ln="Bach", company="DSB", cvr="25050053", address="Telegade 2", city="Taastrup", pc="2630",
         phone="70 13 14 15", email="hbach@dsb.dk", user="hbach@dsb.dk", s_fn="Henrik", s_ln="Bach",
         s_company="DSB Vedligehold, Værksted Kastrup", s_address="", s_pc="", s_city="", s_phone=""),
    [(C["TORK-H2-100289"], 20), (C["TORK-T4-110772"], 15), (C["HSPRIT-5L"], 12)],
    "Faktura - kun erhverv", "Levering med egen vognmand",
    "Jf. rammeaftale efter udbud 2023/S 112-345678, PO 4700198822")
add("B2B", False, "state_owned_company", "DK",
    dict(fn="Louise", ln="Krogh", company="PostNord Danmark A/S", cvr=cvr_for("PostNord Danmark A/S"),
         address="Hedegaardsvej 88", city="København S", pc="2300", phone="70 70 70 30",
         email="louise.krogh@postnord.com", user="louise.krogh@postnord.com", s_fn="", s_ln="", s_company="",
         s_address="", s_pc="", s_city="", s_phone=""),
    [(C["PAP-A4-NAV"], 8), (C["BIC-CRISTAL-50"], 2)], "Faktura - kun erhverv", "GLS Erhverv", "")
# international organisations in UN City Copenhagen
for org, mail in [("UNICEF Supply Division", "procurement@unicef.org"),
                  ("WHO Regional Office for Europe", "euprocurement@who.int"),
                  ("UNOPS", "dk.finance@unops.org")]:
    fn, ln = person()
    add("B2B", True, "international_org", "DK",
        dict(fn=fn, ln=ln, company=org, cvr="", address="Marmorvej 51", city="København Ø", pc="2100",
             phone=phone(), email=mail, user=mail, s_fn=fn, s_ln=ln, s_company=org + ", UN City", s_address="",
             s_pc="", s_city="", s_phone=""),
        lines_from(BIZ, 2, qty=(2, 10)), "Bankoverførsel", "GLS Erhverv", "VAT exempt - diplomatic status")
# private person with bulk quantity
fn, ln = person()
a, pc, city = addr()
add("B2C", True, "private_person_bulk", "DK",
    dict(fn=fn, ln=ln, company="", cvr="", address=a, city=city, pc=pc, phone=phone(), email=freemail(fn, ln),
         user="", s_fn="", s_ln="", s_company="", s_address="", s_pc="", s_city="", s_phone=""),
    [(C["BIC-CRISTAL-50"], 30)], "MobilePay", "GLS Privatlevering", "")
# private persons stating a business use
for txt, item in [("Til min klinik - kan jeg få faktura?", C["TORK-H2-100289"]),
                  ("Skal bruges i min frisørsalon", C["MOCCA-KBG"])]:
    fn, ln = person()
    a, pc, city = addr()
    add("B2B", True, "private_stated_business_use", "DK",
        dict(fn=fn, ln=ln, company="", cvr="", address=a, city=city, pc=pc, phone=phone(), email=freemail(fn, ln),
             user="", s_fn="", s_ln="", s_company="", s_address="", s_pc="", s_city="", s_phone=""),
        [(item, rng.randint(1, 3))], "Dankort/Visa", "GLS Pakkeshop", txt)
# thin records: product only
for item, lab, kind in [(C["TORK-T4-110772"], "B2B", "thin_business_product"),
                        (C["NEO-TABS-150"], "B2B", "thin_business_product"),
                        (C["BODUM-11659"], "B2C", "thin_household_product")]:
    add(lab, True, kind, "DK",
        dict(fn="", ln="", company="", cvr="", address="", city="", pc="", phone="", email="", user="",
             s_fn="", s_ln="", s_company="", s_address="", s_pc="", s_city="", s_phone=""),
        [(item, rng.randint(1, 4))], "", "Afhentning i butikken", "")

rng.shuffle(orders)

# ---------------------------------------------------------------- write
start = datetime(2024, 2, 1, 7, 30)
rows, labels = [], []
oid = 48213
t = start
for o in orders:
    oid += rng.randint(1, 9)
    t += timedelta(minutes=rng.randint(20, 900))
    deliv_price = {"Afhentning i butikken": 0.0, "Levering med egen vognmand": 295.0}.get(o["deliv"], 0)
    if not deliv_price and o["deliv"] != "Afhentning i butikken":
        deliv_price = rng.choice([49.0, 59.0, 69.0, 0.0])
    lines = []
    for it, q in o["lines"]:
        disc = 0.0
        if q >= 10 and it[6] != "home":
            disc = round(it[4] * q * 0.05, 2)
        lines.append((it, q, disc))
    total = sum(it[4] * q - d for it, q, d in lines) + deliv_price
    cu = o["cust"]
    for it, q, d in lines:
        rows.append([oid, t.strftime("%d-%m-%Y %H:%M:%S"), f"{total:.2f}".replace(".", ","), o["comment"],
                     o["pay"], o["deliv"], f"{deliv_price:.2f}".replace(".", ","), it[0], it[1], it[2], it[3], q,
                     f"{it[4]:.2f}".replace(".", ","), f"{d:.2f}".replace(".", ","),
                     f"{it[5]:.2f}".replace(".", ","),
                     cu["fn"], cu["ln"], cu["company"], cu["cvr"], cu["address"], cu["city"], cu["pc"], cu["phone"],
                     cu["email"], cu["user"], cu["s_fn"], cu["s_ln"], cu["s_company"], cu["s_address"], cu["s_pc"],
                     cu["s_city"], cu["s_phone"]])
        labels.append(dict(label=o["label"], ambiguous=o["amb"], kind=o["kind"], country=o["country"]))

LAYOUTS.mkdir(parents=True, exist_ok=True)
text = "ORDERS\r\n" + csv_text([HEADER] + rows, delimiter=";")
with open(LAYOUTS / f"{ID}.csv", "w", encoding="iso-8859-1", newline="") as f:
    f.write(text)

meta = {
    "id": ID,
    "system": "SmartWeb / HostedShop webshop (Denmark): Moduler > Eksport > Ordrer, CSV export with a saved "
              "column template (one line per order line)",
    "country": "DK",
    "language": "da",
    "docs": [
        "SmartWeb Help 5.4.5 'Ordrer' (sw0560.smart-web.dk/544-ordrer): export-only data names and meanings "
        "ORDER_ID, ORDER_DATE, ORDER_TOTAL, ORDER_COMMENT_CUSTOMER (kundens kommentar fra checkout), "
        "PAYMENT_TITLE, DELIVERY_TITLE, DELIVERY_PRICE, PRODUCT_ID, PRODUCT_NUMBER, PRODUCT_TITLE1 (produkt), "
        "PRODUCT_TITLE2 (variant), PRODUCT_AMOUNT, PRODUCT_PRICE, PRODUCT_DISCOUNT, PRODUCT_WEIGHT; orders "
        "cannot be imported",
        "Public GitHub script that downloads this export from admin.smartweb.io (Export > Orders > CSV > saved "
        "template) and reads it: ';' delimiter, opened as iso-8859-4 (æøå same bytes as Latin-1), two lines "
        "skipped before data (an 'ORDERS' type line, which the same script writes back when it re-creates the "
        "file, and the header), and the column positions 0-31 of its template, including CUSTOMER_FIRSTNAME, "
        "CUSTOMER_LASTNAME, CUSTOMER_COMPANY, CUSTOMER_CVR, CUSTOMER_EMAIL, USER_USERNAME and the "
        "CUSTOMER_SHIPPING_* block; this layout keeps that template's exact order",
        "HostedShop help 'Datafelter: Kunder': USER_TYPE is 'Privat', 'Erhverv' or 'Offentlig' (public customers "
        "are a customer type of the shop); no EAN column name was documented for the order export, so the EAN "
        "number of public buyers appears where shops get it without a dedicated field: in the checkout comment",
        "Not found in the docs and chosen here: date format dd-mm-yyyy hh:mm:ss, decimal comma without "
        "thousands separator, CRLF line ends, fields quoted only when needed, order-level values repeated on "
        "every line of the order",
    ],
    "fields": {"buyer": "CUSTOMER_COMPANY", "product": "PRODUCT_TITLE1", "quantity": "PRODUCT_AMOUNT",
               "amount": "ORDER_TOTAL", "tax_id": "CUSTOMER_CVR", "email": "CUSTOMER_EMAIL",
               "payment": "PAYMENT_TITLE", "comment": "ORDER_COMMENT_CUSTOMER"},
    "also_ok": {"buyer": ["CUSTOMER_LASTNAME", "CUSTOMER_SHIPPING_COMPANY"], "amount": ["PRODUCT_PRICE"],
                "email": ["USER_USERNAME"], "product": ["PRODUCT_TITLE2"]},
    "notes": "File encoding ISO-8859-1, ';' separated. Line 1 is the export type line 'ORDERS' (not a record), "
             "line 2 the header; every later line is one order line and a record (row 0 = line 3). Order-level "
             "columns (ORDER_*, PAYMENT_*, DELIVERY_*, CUSTOMER_*) repeat on each line of an order; all lines of "
             "an order share the label. Buyer company is empty for private customers (then the buyer is "
             "CUSTOMER_FIRSTNAME + CUSTOMER_LASTNAME). Public buyers pay 'Faktura (EAN)' and give a 13-digit "
             "GLN/EAN (5798...) and a person reference in ORDER_COMMENT_CUSTOMER; the ordering institution "
             "(school, hospital ward) is in CUSTOMER_SHIPPING_COMPANY. A few guest orders have no customer data "
             "at all. ORDER_TOTAL and PRODUCT_PRICE include 25 % moms; PRODUCT_DISCOUNT is the line discount in "
             "DKK.",
}
write_key(ID, meta, labels)
print(ID, len(rows), "lines,", len(orders), "orders")
