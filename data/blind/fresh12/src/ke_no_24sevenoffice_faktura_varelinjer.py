"""24SevenOffice (Norway): Administrasjon > Import/Export > Eksport av rådata > 'Faktura med varelinjer'.

Rebuilds layouts/ke_no_24sevenoffice_faktura_varelinjer.csv and its key. Seeded, no network.
"""
import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ke_common import LAYOUTS, write_key, csv_text, no_orgnr_make, kid_mod10, dec_comma  # noqa: E402

ID = "ke_no_24sevenoffice_faktura_varelinjer"
rng = random.Random(240724)

DOC_COLS = ["OrderId", "InvoiceId", "CustomerId", "CustomerName", "CustomerOrgNo", "CustomerReferenceNo",
            "TotalWithTax", "TotalWithoutTax", "TotalTax", "TotalCost", "CurrencyId", "CurrencyRate",
            "CurrencyUnit", "Commission", "CommissionPaid", "InvoiceDate", "OrderDate", "DateChanged",
            "PaymentTime", "InvoiceText", "InvoiceTitle", "InvoiceAddress", "InvoiceZipCode", "InvoiceZipArea",
            "InvoiceCity", "InvoiceState", "InvoiceCountry", "InvoiceEmailAddress", "RecName", "RecAddress",
            "RecZipcode", "RecZipArea", "RecCity", "RecState", "RecCountry", "RecPhone", "RecTime",
            "RecAltDelivery", "RecText", "RecInfo", "AuthorizationInfo", "AuthorizationCustomerId", "ProductionNo",
            "KID", "ReferenceNo", "RecCustomerId", "BankAccountNoSender", "SendToFactoring", "AccrualDate",
            "AccrualCount"]
LINE_COLS = ["ProductNo", "Name", "Quantity", "Price", "Discount"]
HEADER = DOC_COLS + LINE_COLS

# product no, name, price ex mva, cost, group
CAT = [
    ("1001", "Lenovo ThinkPad E14 Gen 5 i5/16GB/512GB", 9990, 8120, "biz"),
    ("1002", "Dell Latitude 5440 i5/16GB/256GB", 11490, 9450, "biz"),
    ("1010", "Dell P2423D 24\" QHD skjerm", 2790, 2210, "mix"),
    ("1011", "Dell WD19S USB-C dokkingstasjon", 2190, 1690, "biz"),
    ("1020", "Logitech Rally Bar videokonferansesystem", 34990, 29100, "biz"),
    ("1021", "Samsung 65\" QM65C infoskjerm", 14990, 12300, "biz"),
    ("1022", "Epson EB-L210W laserprojektor", 10990, 8900, "biz"),
    ("1030", "HP LaserJet Pro 4002dn", 3490, 2790, "biz"),
    ("1031", "HP 59X toner sort", 2290, 1850, "biz"),
    ("1040", "Microsoft 365 Business Standard, 1 år", 1560, 1404, "biz"),
    ("1050", "APC Smart-UPS 1500VA", 7490, 6100, "biz"),
    ("1051", "Ubiquiti UniFi U6 Pro tilgangspunkt", 1790, 1390, "biz"),
    ("1052", "Serverskap 19\" 42U", 8990, 7200, "biz"),
    ("1060", "HDMI-kabel 2 m", 149, 45, "mix"),
    ("1061", "Apple iPad 10,9\" 64GB Wi-Fi (10. gen)", 4390, 3720, "mix"),
    ("1062", "Sony WH-1000XM5 hodetelefoner", 3190, 2600, "mix"),
    ("9001", "Installasjon og konfigurasjon, timepris", 1250, 0, "svc"),
    ("9002", "Frakt", 190, 150, "svc"),
    ("2001", "Moccamaster KBG Select kaffetrakter", 1912, 1500, "home"),
    ("2002", "Samsung 55\" Crystal UHD TV", 4792, 3990, "home"),
    ("2003", "Philips Airfryer XXL", 1832, 1400, "home"),
    ("2004", "Dyson V12 Detect Slim støvsuger", 5592, 4700, "home"),
]
P = {c[0]: c for c in CAT}
BIZ = [c for c in CAT if c[4] in ("biz", "mix")]
HOME = [c for c in CAT if c[4] == "home"]
PRIV = [c for c in CAT if c[4] in ("mix", "home")] + [P["1001"], P["1010"]]

FIRST = ["Ole", "Lars", "Jan", "Per", "Bjørn", "Kjell", "Knut", "Arne", "Geir", "Anne", "Inger", "Kari", "Marit",
         "Ingrid", "Liv", "Eva", "Berit", "Astrid", "Hilde", "Silje", "Ida", "Nora", "Sander", "Jonas", "Magnus",
         "Henrik", "Tone", "Randi", "Solveig", "Eirik", "Håkon", "Sigrid"]
LAST = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen",
        "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen",
        "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen", "Lund", "Strand", "Solberg", "Bakken", "Moen"]
FREEMAIL = ["gmail.com", "hotmail.com", "online.no", "outlook.com", "live.no", "yahoo.no", "icloud.com", "getmail.no"]
PLACES = [("5003", "BERGEN"), ("5006", "BERGEN"), ("5089", "BERGEN"), ("5145", "FYLLINGSDALEN"), ("5221", "NESTTUN"),
          ("0150", "OSLO"), ("0354", "OSLO"), ("0570", "OSLO"), ("7010", "TRONDHEIM"), ("4006", "STAVANGER"),
          ("1337", "SANDVIKA"), ("1383", "ASKER"), ("9008", "TROMSØ"), ("4612", "KRISTIANSAND S"),
          ("2000", "LILLESTRØM"), ("3015", "DRAMMEN"), ("5300", "KLEPPESTØ"), ("5353", "STRAUME"), ("8006", "BODØ")]
STREETS = ["Storgata", "Kirkeveien", "Skoleveien", "Bakkeveien", "Fjellveien", "Nygårdsgaten", "Sandviksveien",
           "Løvstakkveien", "Myrveien", "Solheimsgaten", "Granveien", "Bjørkeveien", "Strandgaten", "Haugeveien"]

# name, orgno, domain, kind, address, zip, place, delivery names (units)
PUBLIC = [
    ("Oslo kommune Utdanningsetaten", "958935420", "ude.oslo.kommune.no", "municipality", "Postboks 6127 Etterstad",
     "0602", "OSLO", ["Kuben videregående skole", "Hersleb videregående skole", "Uranienborg skole"]),
    ("Bergen kommune", "964338531", "bergen.kommune.no", "municipality", "Postboks 7700", "5020", "BERGEN",
     ["Ytrebygda skole", "Fana bydel, helsestasjon", "Bergen kommune, Etat for barnehage"]),
    ("Trondheim kommune", "942110464", "trondheim.kommune.no", "municipality", "Postboks 2300 Torgarden", "7004",
     "TRONDHEIM", ["Charlottenlund ungdomsskole", "Rådhuset, IT-tjenesten"]),
    ("Bærum kommune", "935478715", "baerum.kommune.no", "municipality", "Postboks 700", "1304", "SANDVIKA",
     ["Bekkestua skole", "Bærum kommune, Storkjøkken"]),
    ("Asker kommune", "944382038", "asker.kommune.no", "municipality", "Postboks 355", "1372", "ASKER",
     ["Heggedal skole"]),
    ("Tromsø kommune", "940101808", "tromso.kommune.no", "municipality", "Postboks 6900", "9299", "TROMSØ",
     ["Kroken skole"]),
    ("Stavanger kommune", "964965226", "stavanger.kommune.no", "municipality", "Postboks 8001", "4068", "STAVANGER",
     ["Kannik skole"]),
    ("Lillestrøm kommune", "820710592", "lillestrom.kommune.no", "municipality", "Postboks 313", "2001",
     "LILLESTRØM", ["Kjeller skole"]),
    ("Drammen kommune", "921234554", "drammen.kommune.no", "municipality", "Postboks 7500", "3008", "DRAMMEN",
     ["Fjell skole"]),
    ("Bodø kommune", "972418013", "bodo.kommune.no", "municipality", "Postboks 319", "8001", "BODØ",
     ["Bodø kommune, Stormyra skole"]),
    ("Vestland fylkeskommune", "821311632", "vlfk.no", "county", "Postboks 7900", "5020", "BERGEN",
     ["Bergen katedralskole", "Årstad vidaregåande skule", "Amalie Skram vidaregåande skule"]),
    ("Trøndelag fylkeskommune", "817920632", "trondelagfylke.no", "county", "Postboks 2560", "7735",
     "STEINKJER", ["Charlottenlund videregående skole"]),
    ("Akershus fylkeskommune", "930580694", "afk.no", "county", "Postboks 1200 Sentrum", "0107", "OSLO",
     ["Sandvika videregående skole"]),
    ("Rogaland fylkeskommune", "971045698", "rogfk.no", "county", "Postboks 130", "4001", "STAVANGER",
     ["St. Olav videregående skole"]),
    ("Statens vegvesen", "971032081", "vegvesen.no", "state_agency", "Postboks 1010 Nordre Ål", "2605",
     "LILLEHAMMER", ["Statens vegvesen, trafikkstasjon Bergen"]),
    ("Skatteetaten", "974761076", "skatteetaten.no", "state_agency", "Postboks 9200 Grønland", "0134", "OSLO",
     ["Skatteetaten, Bergen"]),
    ("Arbeids- og velferdsetaten", "889640782", "nav.no", "state_agency", "Postboks 354 Sentrum", "8601",
     "MO I RANA", ["NAV Årstad", "NAV Fana"]),
    ("Kartverket", "971040238", "kartverket.no", "state_agency", "Postboks 600 Sentrum", "3507", "HØNEFOSS",
     ["Kartverket Bergen"]),
    ("Politiets fellestjenester", "982531950", "politiet.no", "police", "Postboks 2098 Vika", "0125", "OSLO",
     ["Vest politidistrikt, Allehelgens gate 6"]),
    ("Forsvaret", "986105174", "mil.no", "armed_forces", "Postboks 800", "2617", "LILLEHAMMER",
     ["Haakonsvern orlogsstasjon", "Sjøforsvaret, Bergen"]),
    ("Forsvarsbygg", "975950662", "forsvarsbygg.no", "state_agency", "Postboks 405 Sentrum", "0103", "OSLO",
     ["Forsvarsbygg, Haakonsvern"]),
    ("Domstoladministrasjonen", "974760282", "domstol.no", "court", "Postboks 5678 Torgarden", "7485",
     "TRONDHEIM", ["Bergen tingrett", "Hordaland tingrett"]),
    ("Universitetet i Bergen", "874789542", "uib.no", "public_university", "Postboks 7800", "5020", "BERGEN",
     ["Institutt for informatikk", "Det medisinske fakultet"]),
    ("Universitetet i Oslo", "971035854", "uio.no", "public_university", "Postboks 1072 Blindern", "0316",
     "OSLO", ["Institutt for informatikk"]),
    ("Norges teknisk-naturvitenskapelige universitet NTNU", "974767880", "ntnu.no", "public_university",
     "Høgskoleringen 1", "7034", "TRONDHEIM", ["NTNU IT-avdelingen"]),
    ("OsloMet - storbyuniversitetet", "997058720", "oslomet.no", "public_university", "Postboks 4, St. Olavs plass",
     "0130", "OSLO", ["OsloMet, Pilestredet 46"]),
    ("UiT Norges arktiske universitet", "970422528", "uit.no", "public_university", "Postboks 6050 Langnes",
     "9037", "TROMSØ", ["UiT, Realfagbygget"]),
    ("Helse Bergen HF", "983974724", "helse-bergen.no", "public_hospital", "Postboks 1400", "5021", "BERGEN",
     ["Haukeland universitetssjukehus, Medisinsk teknisk avdeling"]),
    ("Oslo universitetssykehus HF", "993467049", "ous-hf.no", "public_hospital", "Postboks 4956 Nydalen", "0424",
     "OSLO", ["Ullevål, bygg 25"]),
    ("Sykehusinnkjøp HF", "916879067", "sykehusinnkjop.no", "public_hospital_procurement", "Postboks 40", "9811",
     "VADSØ", ["Sykehusinnkjøp HF, divisjon vest"]),
    ("Statnett SF", "962986633", "statnett.no", "state_enterprise", "Postboks 4904 Nydalen", "0423", "OSLO",
     ["Statnett, Sandsli"]),
    ("Boligbygg Oslo KF", "976819837", "bby.oslo.kommune.no", "municipal_enterprise", "Postboks 6710 St. Olavs plass",
     "0130", "OSLO", ["Boligbygg Oslo KF, driftsavdeling"]),
]
PUB_W = {"municipality": 9, "county": 4, "state_agency": 4, "police": 1, "armed_forces": 1, "court": 1,
         "public_university": 4, "public_hospital": 2, "public_hospital_procurement": 1, "state_enterprise": 1,
         "municipal_enterprise": 1}

COMPANIES = [  # name, orgno or None, domain, kind
    ("Equinor ASA", "923609016", "equinor.com", "state_owned_company"),
    ("Statkraft AS", "987059699", "statkraft.com", "state_owned_company"),
    ("Posten Norge AS", "984661185", "posten.no", "state_owned_company"),
    ("DNB Bank ASA", "984851006", "dnb.no", "company"),
    ("Telenor ASA", "982463718", "telenor.com", "company"),
    ("Bergen Rørleggerservice AS", None, "bergenror.no", "company"),
    ("Vestlandske Regnskap AS", None, "vestregnskap.no", "company"),
    ("Fjordline Eiendom AS", None, "fjordline-eiendom.no", "company"),
    ("Advokatfirmaet Hjort Vik DA", None, "hjortvik.no", "company"),
    ("Nordhordland Bygg AS", None, "nhbygg.no", "company"),
    ("Tannlegene på Torget AS", None, "tannlegenetorget.no", "medical_practice"),
    ("Kaffebrenneriet Sentrum AS", None, "kaffesentrum.no", "company"),
    ("Havbruk Service Nord AS", None, "havbrukservice.no", "company"),
    ("Sotra Maskin og Transport AS", None, "sotramaskin.no", "company"),
    ("Steinerskolen i Bergen", None, "steinerskolen-bergen.no", "private_school"),
    ("Høyskolen Kristiania", None, "kristiania.no", "private_university"),
    ("Handelshøyskolen BI", None, "bi.no", "private_university"),
    ("Norges Røde Kors", "864139442", "redcross.no", "national_red_cross"),
    ("Stiftelsen Flyktninghjelpen", "977538319", "nrc.no", "ngo"),
    ("Bergen Domkirke menighet", None, "kirken.no", "church"),
    ("Lønborg Borettslag", None, None, "housing_cooperative"),
]
SOLE = [("Hansen Elektro Ole Hansen", "Ole", "Hansen"), ("Regnskapsfører Kari Berg", "Kari", "Berg"),
        ("Tannlege Marit Dahl", "Marit", "Dahl"), ("Snekker Eirik Moen", "Eirik", "Moen")]


def orgno_for(name):
    h = sum(ord(c) * (i + 7) for i, c in enumerate(name))
    for k in range(100):
        pre = f"9{(h * 131 + k * 7717) % 10**7:07d}"
        v = no_orgnr_make(pre)
        if v:
            return v


def fmt_org(o):
    if not o:
        return ""
    return rng.choice([o, o, o, f"{o[:3]} {o[3:6]} {o[6:]}", "NO" + o + "MVA"])


def email_person(fn, ln):
    b = rng.choice([f"{fn}.{ln}", f"{fn}{ln}", f"{fn[0]}{ln}", f"{fn}{rng.randint(10, 99)}"]).lower()
    b = b.replace("ø", "o").replace("æ", "ae").replace("å", "a")
    return f"{b}@{rng.choice(FREEMAIL)}"


invoices = []


def add(label, amb, kind, cust, lines, text="", title="", ref="", pay=30, country="NO"):
    invoices.append(dict(label=label, amb=amb, kind=kind, cust=cust, lines=lines, text=text, title=title,
                         ref=ref, pay=pay, country=country))


def pick_lines(pool, n, q=(1, 5)):
    out = []
    for it in rng.sample(pool, min(n, len(pool))):
        hi = q[1] if it[2] < 8000 else min(q[1], 3)
        out.append((it, rng.randint(q[0], max(q[0], hi))))
    return out


def public_inv(amb=False):
    kinds = list(PUB_W)
    k = rng.choices(kinds, weights=[PUB_W[x] for x in kinds])[0]
    name, org, dom, kind, adr, zp, place, units = rng.choice([p for p in PUBLIC if p[3] == k])
    fn, ln = rng.choice(FIRST), rng.choice(LAST)
    mail = rng.choice([f"fakturamottak@{dom}", f"{fn}.{ln}@{dom}", f"post@{dom}", ""]).lower()
    mail = mail.replace("ø", "o").replace("æ", "ae").replace("å", "a")
    ref = rng.choice([f"{rng.randint(1000, 9999)} {fn} {ln}", f"{fn} {ln}", f"PO {rng.randint(4500000000, 4509999999)}",
                      f"Bestiller-ID {rng.randint(100000, 999999)}"])
    cust = dict(name=name.upper() if rng.random() < 0.08 else name, org=org, adr=adr, zip=zp, place=place,
                mail=mail, rec=rng.choice(units), phone="",
                rec_adr=f"{rng.choice(STREETS)} {rng.randint(1, 80)}")
    if amb:
        lines = [(rng.choice(HOME), 1)]
        kind = "public_body_household_item"
        text = rng.choice(["Til personalrommet", "Til lærerværelset", ""])
    else:
        lines = pick_lines(BIZ, rng.choice([1, 2, 2, 3, 4]), q=(1, 8))
        if rng.random() < 0.4:
            lines.append((P["9001"], rng.randint(1, 6)))
        text = rng.choice(["", "", "Iht. rammeavtale", f"Deres bestilling {rng.randint(100, 9999)}",
                           "Levering etter avtale med IT-ansvarlig", "EHF sendes til fakturamottak"])
    add("B2G", amb, kind, cust, lines, text=text, ref=ref, pay=30)


def company_inv(amb=False):
    pool = [c for c in COMPANIES if (not amb or c[3] == "company")]
    name, org, dom, kind = rng.choice(pool)
    org = org or orgno_for(name)
    fn, ln = rng.choice(FIRST), rng.choice(LAST)
    if dom:
        mail = rng.choice([f"faktura@{dom}", f"{fn}.{ln}@{dom}", f"post@{dom}", f"regnskap@{dom}"]).lower()
        mail = mail.replace("ø", "o").replace("æ", "ae").replace("å", "a")
    else:
        mail = email_person(fn, ln)
    zp, place = rng.choice(PLACES)
    cust = dict(name=name.upper() if rng.random() < 0.1 else name, org=org if rng.random() < 0.92 else "",
                adr=f"{rng.choice(STREETS)} {rng.randint(1, 90)}", zip=zp, place=place, mail=mail, rec="", phone="")
    if amb:
        lines = [(rng.choice(HOME), 1)]
        kind = "company_household_item"
        text = ""
    else:
        lines = pick_lines(BIZ, rng.choice([1, 2, 3, 3, 4]), q=(1, 6))
        if rng.random() < 0.35:
            lines.append((P["9001"], rng.randint(1, 8)))
        if rng.random() < 0.15:
            lines.append((rng.choice(HOME), 1))  # household item among business goods: plain B2B
        text = rng.choice(["", "", "", "Takk for handelen!", f"Prosjekt {rng.randint(100, 999)}",
                           "Service- og supportavtale"])
    add("B2B", amb, kind, cust, lines, text=text, ref=rng.choice(["", f"{fn} {ln}", f"{fn} {ln}"]),
        pay=rng.choice([14, 20, 30, 30]))


def private_inv():
    fn, ln = rng.choice(FIRST), rng.choice(LAST)
    zp, place = rng.choice(PLACES)
    name = rng.choice([f"{fn} {ln}", f"{fn} {ln}", f"{ln}, {fn}", f"{fn.upper()} {ln.upper()}", f"{fn} {ln} "])
    cust = dict(name=name, org="", adr=f"{rng.choice(STREETS)} {rng.randint(1, 120)}{rng.choice(['', '', 'B', ' H0201'])}",
                zip=zp, place=place, mail=email_person(fn, ln), rec="", phone="")
    lines = pick_lines(PRIV, rng.choice([1, 1, 2]), q=(1, 2))
    add("B2C", False, "private_person", cust, lines, text=rng.choice(["", "", "", "Takk for handelen!"]),
        ref="", pay=rng.choice([10, 14, 14]))


for _ in range(40):
    public_inv()
for _ in range(26):
    company_inv()
for _ in range(20):
    private_inv()
# walk-in / cash customer account with retail goods: anonymous retail, plain B2C
for _ in range(3):
    add("B2C", False, "anonymous_retail", dict(name="Kontantkunde", org="", adr="", zip="", place="", mail="",
                                               rec="", phone=""),
        pick_lines(PRIV, 1, q=(1, 2)), text="Kontantsalg butikk", pay=0)

# ---- ambiguous
for dom in ["nav.no", "politiet.no", "vegvesen.no"]:
    fn, ln = rng.choice(FIRST), rng.choice(LAST)
    zp, place = rng.choice(PLACES)
    mail = f"{fn}.{ln}@{dom}".lower().replace("ø", "o").replace("æ", "ae").replace("å", "a")
    add("B2C", True, "person_gov_email_household",
        dict(name=f"{fn} {ln}", org="", adr=f"{rng.choice(STREETS)} {rng.randint(1, 60)}", zip=zp, place=place,
             mail=mail, rec="", phone=""),
        [(rng.choice(HOME), 1)], pay=14)
for _ in range(3):
    public_inv(amb=True)
for _ in range(2):
    company_inv(amb=True)
for nm, fn, ln in SOLE[:3]:
    zp, place = rng.choice(PLACES)
    add("B2B", True, "sole_trader_household_goods",
        dict(name=nm, org=orgno_for(nm), adr=f"{rng.choice(STREETS)} {rng.randint(1, 60)}", zip=zp, place=place,
             mail=email_person(fn, ln), rec="", phone=""),
        [(rng.choice(HOME), 1)], pay=14)
add("B2B", True, "state_owned_company_procurement",
    dict(name="Avinor AS", org="985198292", adr="Postboks 150", zip="2061", place="GARDERMOEN",
         mail="faktura@avinor.no", rec="Avinor Bergen lufthavn Flesland", phone=""),
    [(P["1021"], 6), (P["1020"], 2), (P["9001"], 16)],
    text="Avrop på rammeavtale, Doffin-referanse 2023-104522", ref="PO 4511098723 Hege Strand", pay=30)
add("B2B", True, "international_org",
    dict(name="NATO Joint Warfare Centre", org="", adr="Postboks 8080", zip="4068", place="STAVANGER",
         mail="jwc.finance@jwc.nato.int", rec="Jåttå, bygg 3", phone=""),
    pick_lines(BIZ, 3, q=(2, 6)), text="VAT exempt, NATO SOFA", ref="PO JWC-24-0193", pay=30)
add("B2B", True, "international_org",
    dict(name="UNHCR Nordic and Baltic Countries", org="", adr="Ynglingagatan 14", zip="113 47", place="STOCKHOLM",
         mail="swest@unhcr.org", rec="", phone=""),
    [(P["1001"], 4), (P["1011"], 4)], text="", ref="PO 2024/NB/117", pay=30, country="SE")
fn, ln = rng.choice(FIRST), rng.choice(LAST)
zp, place = rng.choice(PLACES)
add("B2C", True, "private_person_bulk",
    dict(name=f"{fn} {ln}", org="", adr=f"{rng.choice(STREETS)} {rng.randint(1, 60)}", zip=zp, place=place,
         mail=email_person(fn, ln), rec="", phone=""),
    [(P["1001"], 15)], pay=14)
for txt in ["Til bruk i enkeltpersonforetaket mitt", "Skal brukes i jobben som frilans fotograf"]:
    fn, ln = rng.choice(FIRST), rng.choice(LAST)
    zp, place = rng.choice(PLACES)
    add("B2B", True, "private_stated_business_use",
        dict(name=f"{fn} {ln}", org="", adr=f"{rng.choice(STREETS)} {rng.randint(1, 60)}", zip=zp, place=place,
             mail=email_person(fn, ln), rec="", phone=""),
        [(P["1002"], 1), (P["1010"], 1)], text=txt, pay=14)
for it in [P["1052"], P["1040"]]:
    add("B2B", True, "thin_business_product",
        dict(name="Kontantkunde", org="", adr="", zip="", place="", mail="", rec="", phone=""),
        [(it, rng.randint(1, 3))], text="", pay=0)

rng.shuffle(invoices)

# ---------------------------------------------------------------- write
rows, labels = [], []
d = date(2024, 1, 3)
order_id, inv_id, cust_seq = 31240, 240117, {}
OWN_ACCT = "3624.42.87113"
for inv in invoices:
    d += timedelta(days=rng.choice([0, 0, 1, 1, 1, 2]))
    if d.weekday() >= 5:
        d += timedelta(days=7 - d.weekday())
    order_id += rng.randint(1, 4)
    inv_id += 1
    cu = inv["cust"]
    cid = cust_seq.setdefault(cu["name"].strip().lower(), 10001 + 3 * len(cust_seq))
    lines = []
    for it, q in inv["lines"]:
        disc = rng.choice([0, 0, 0, 5, 10]) if it[4] in ("biz", "mix") and cu["org"] else 0
        lines.append((it, q, disc))
    net = round(sum(it[2] * q * (1 - dsc / 100) for it, q, dsc in lines), 2)
    cost = round(sum(it[3] * q for it, q, dsc in lines), 2)
    tax = round(net * 0.25, 2)
    gross = round(net + tax, 2)
    od = d - timedelta(days=rng.randint(0, 12))
    kid = kid_mod10(f"{cid}{inv_id}")
    rec_same = not cu["rec"]
    head = [order_id, inv_id, cid, cu["name"], fmt_org(cu["org"]), inv["ref"],
            dec_comma(gross), dec_comma(net), dec_comma(tax), dec_comma(cost), "NOK", "1", "1", "0", "0",
            d.strftime("%d.%m.%Y"), od.strftime("%d.%m.%Y"), d.strftime("%d.%m.%Y"), inv["pay"], inv["text"],
            inv["title"], cu["adr"], cu["zip"], cu["place"], cu["place"].title() if cu["place"] else "", "",
            ("NO" if inv["country"] == "NO" else inv["country"]) if cu["adr"] else "", cu["mail"],
            cu["name"] if rec_same else cu["rec"], "" if rec_same else cu.get("rec_adr", cu["adr"]), "" if rec_same else cu["zip"],
            "" if rec_same else cu["place"], "", "", "" if rec_same else "NO", "", "", "", "", "",
            "", "", "", kid if inv["pay"] else "", inv["ref"].replace("PO ", "") if inv["ref"].startswith("PO") else "",
            "" if rec_same else cid, OWN_ACCT, "FALSE", "", "0"]
    for it, q, dsc in lines:
        rows.append(head + [it[0], it[1], q, dec_comma(it[2]), dec_comma(dsc)])
        labels.append(dict(label=inv["label"], ambiguous=inv["amb"], kind=inv["kind"], country=inv["country"]))

LAYOUTS.mkdir(parents=True, exist_ok=True)
with open(LAYOUTS / f"{ID}.csv", "w", encoding="utf-8-sig", newline="") as f:
    f.write(csv_text([HEADER] + rows, delimiter=";"))

meta = {
    "id": ID,
    "system": "24SevenOffice (Norway): Eksport av rådata > 'Faktura med varelinjer' (one row per invoice line)",
    "country": "NO",
    "language": "nb",
    "docs": [
        "support.24sevenoffice.com 'Eksport av faktura med varelinjer': lists all invoices in the search, one row "
        "per product line; column names and order OrderId, InvoiceId, CustomerId, CustomerName, CustomerOrgNo, "
        "CustomerReferenceNo, TotalWithTax, TotalWithoutTax, TotalTax, TotalCost, CurrencyId, CurrencyRate, "
        "CurrencyUnit, Commission, CommissionPaid, InvoiceDate, OrderDate, DateChanged, PaymentTime (betalingstid), "
        "InvoiceText, InvoiceTitle, Invoice* address block, InvoiceEmailAddress, Rec* delivery block, "
        "AuthorizationInfo, AuthorizationCustomerId, ProductionNo, KID, ReferenceNo, RecCustomerId, "
        "BankAccountNoSender (own account), SendToFactoring, AccrualDate, AccrualCount",
        "support.24sevenoffice.com 'Eksport av kontoplan': rådata exports are CSV files (Administrasjon - "
        "Import/Export - Eksport av rådata); booleans written TRUE/FALSE",
        "The stored copy of the invoice-lines page breaks off after AccrualCount, so the line columns are not "
        "documented there; they are named here after 24SevenOffice's own import fields for order lines "
        "(ProductNo, Name, Quantity, Price, Discount - 'Importfelt for repeterende fakturaer') - an inference",
        "Chosen, not documented: ';' delimiter, decimal comma, dd.mm.yyyy dates, UTF-8 with BOM",
    ],
    "fields": {"buyer": "CustomerName", "product": "Name", "quantity": "Quantity", "amount": "TotalWithTax",
               "tax_id": "CustomerOrgNo", "email": "InvoiceEmailAddress", "payment": "PaymentTime",
               "comment": "InvoiceText"},
    "also_ok": {"amount": ["TotalWithoutTax", "Price"], "buyer": ["RecName"], "comment": ["InvoiceTitle", "RecText"]},
    "notes": "One row per invoice line; all invoice-level columns repeat on each line and every line is a record "
             "(row 0 = first line after the header). TotalWithTax/TotalWithoutTax are invoice totals, Price is the "
             "unit price ex. MVA, Discount a percentage. CustomerOrgNo is the 9-digit organisasjonsnummer "
             "(MOD11), written plain, spaced or as NO...MVA; empty for private customers. Public buyers give a "
             "reference person/bestiller-ID/PO in CustomerReferenceNo and the receiving unit (school, hospital "
             "department) in RecName. 'Kontantkunde' is the catch-all customer for counter sales. PaymentTime is "
             "the credit period in days (0 for cash sales); no payment-method column exists.",
}
write_key(ID, meta, labels)
print(ID, len(rows), "lines,", len(invoices), "invoices")
