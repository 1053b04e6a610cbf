"""le_se_vendre_orderexport: Vendre (Swedish e-commerce platform) – order export file written by the
integration engine ("Rutin: Orderexport"), CSV template, one row per order row.

Vendre documents the fields the order export can carry, with Swedish field names
(Order Id, Orderdatum, Order skapad [a number], Betalmetod [a number], Betalmetodskod,
Fraktmetodskod, Valuta, Kundnamn, Företag, Gatuadress, Postnummer, Postort, Landskod,
Telefonnummer, Emailadress, ID nummer, Nuvarande VAT-nummer, Extra fält ...); the file
layout follows the merchant's template. The merchant here uses a semicolon CSV,
UTF-8, a header line of field names, and adds the order-row fields.
Seller: a Swedish web shop for school and office furniture and supplies.
"""
import random
from datetime import datetime, timedelta, timezone

from le_common import LAYOUTS, luhn_digit, luhn_ok, write_key, write_labels

LID = "le_se_vendre_orderexport"
rng = random.Random(1303)

HEAD = ["Order Id", "Orderdatum", "Order skapad", "Betalmetod", "Betalmetodskod", "Fraktmetodskod", "Valuta",
        "Kundnamn", "Företag", "Gatuadress", "Postnummer", "Postort", "Landskod", "Telefonnummer", "Emailadress",
        "ID nummer", "Nuvarande VAT-nummer", "Extra fält", "Artikelnummer", "Produktnamn", "Antal", "Pris", "Radsumma"]
PAY = {"invoice": 1, "klarna_checkout": 3, "swish": 5, "nets_easy": 6}

PRODUCTS = {  # art.no: (name, price incl. moms)
    "EF-46": ("Elevstol Flex, sitthöjd 46 cm", 895), "EB-7050": ("Elevbord Basic 70x50 höj- och sänkbart", 1490),
    "SB-1680V": ("Skrivbord el-höj och sänkbart 160x80 vit", 5490), "KS-ERGO": ("Kontorsstol Ergo Pro svart", 3290),
    "WB-12090": ("Whiteboard 120x90 magnetisk", 1390), "KP-A4-5": ("Kopieringspapper A4 80 g, 5x500 ark", 289),
    "WP-4": ("Whiteboardpennor 4-pack", 59), "LAM-A3": ("Laminator A3", 1190), "FB-10": ("Förvaringsbox 10 l med lock", 89),
    "SS-JR": ("Sittsäck junior", 795), "HK-BARN": ("Hörselkåpor för barn", 149), "AT-9060": ("Anslagstavla kork 90x60", 449),
    "KS-10F": ("Klassrumsskåp 10 fack", 4290), "BH-18080": ("Bokhylla 180x80 björk", 1890),
    "PR-MON65": ("Interaktiv skärm 65\" inkl. väggfäste", 24900), "LB-SET": ("Läsplatta 10\" klassrumsset (5 st)", 8995),
}
HOUSEHOLD = {"VK-17": ("Vattenkokare 1,7 l", 349), "KB-MOCCA": ("Kaffebryggare Moccamaster KBG Select", 2795),
             "MV-20": ("Mikrovågsugn 20 l", 1290), "KY-55": ("Kylskåp 55 cm", 4990), "DS-1": ("Dammsugare Electrolux", 1790)}
SCHOOL = ["EF-46", "EB-7050", "WB-12090", "KP-A4-5", "WP-4", "FB-10", "SS-JR", "HK-BARN", "AT-9060", "KS-10F", "BH-18080", "PR-MON65", "LB-SET", "LAM-A3"]
OFFICE = ["SB-1680V", "KS-ERGO", "WB-12090", "KP-A4-5", "WP-4", "LAM-A3", "BH-18080", "AT-9060"]
HOMEP = ["SB-1680V", "KS-ERGO", "SS-JR", "FB-10", "BH-18080", "KP-A4-5", "WP-4", "EF-46"]

FIRST = ["Anna", "Eva", "Maria", "Karin", "Sara", "Emma", "Lena", "Kristina", "Johanna", "Elin", "Erik", "Lars", "Karl",
         "Anders", "Johan", "Per", "Nils", "Mikael", "Jonas", "Fredrik", "Magnus", "Oskar", "Ingrid", "Linnea"]
LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
        "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindberg", "Lindqvist", "Berg",
        "Holm", "Sandberg", "Lundgren", "Ekström"]
FREEMAIL = ["gmail.com", "hotmail.com", "outlook.com", "telia.com", "live.se", "icloud.com", "spray.se", "bredband.net", "yahoo.se"]
PLACES = [("111 51", "Stockholm"), ("753 20", "Uppsala"), ("411 19", "Göteborg"), ("211 22", "Malmö"), ("191 47", "Sollentuna"),
          ("722 12", "Västerås"), ("582 24", "Linköping"), ("702 11", "Örebro"), ("907 36", "Umeå"), ("831 30", "Östersund"),
          ("161 52", "Bromma"), ("183 63", "Täby"), ("136 40", "Haninge"), ("413 02", "Göteborg")]
STREETS = ["Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Skolgatan", "Björkvägen", "Tallvägen", "Ringvägen",
           "Parkvägen", "Sveavägen", "Industrivägen", "Järnvägsgatan"]


def orgnr(first9: str) -> str:
    return first9[:6] + "-" + first9[6:] + luhn_digit(first9)


def rand_org(prefix):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(prefix)))
    return orgnr(body)


def pnr(sole=False):
    y = rng.randint(1948, 2001)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    body = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
    return f"{y}{m:02d}{d:02d}-{body[6:]}{luhn_digit(body)}"


def vat_of(idnr):
    digits = idnr.replace("-", "")[-10:]
    return f"SE{digits}01"


def phone(mobile=True):
    if mobile:
        return f"07{rng.choice('0236')}-{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    return f"0{rng.choice(['8', '18', '31', '40'])}-{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def person():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    tr = lambda x: x.lower().replace("å", "a").replace("ä", "a").replace("ö", "o")
    mail = rng.choice([f"{tr(f)}.{tr(l)}", f"{tr(f)}{tr(l)}{rng.randint(1, 99)}", f"{tr(f)[0]}{tr(l)}"]) + "@" + rng.choice(FREEMAIL)
    return f"{f} {l}", mail


# ------------------------------------------------------------------ buyers
B = []


def buyer(company, kind, label, amb, idnr, dom, prods, weight, pay="invoice", extra=None, vat=True, country="SE",
          place=None, contact=None, qty=(1, 30), ship="db_schenker_system", street=None):
    if idnr:
        assert luhn_ok(idnr.replace("-", "")[-10:]), (company, idnr)
    B.append(dict(company=company, kind=kind, label=label, amb=amb, id=idnr, dom=dom, prods=prods, w=weight, pay=pay,
                  extra=extra or [""], vat=vat_of(idnr) if (vat and idnr) else "", country=country,
                  place=place or rng.choice(PLACES), contact=contact, qty=qty, ship=ship,
                  street=street or f"{rng.choice(STREETS)} {rng.randint(1, 80)}"))


REF = ["Referens: {code}", "Beställarens referenskod: {code}", "Fakturareferens {code} – leverans till {unit}",
       "Leverans: {unit}, godsmottagning vardagar 7-15", "Ref {code}"]
for comp, kind, idnr, dom, units, w, place in [
        ("Stockholms stad", "municipality", "212000-0142", "edu.stockholm.se", ["Kungsholmens grundskola", "Vasaskolan", "Enskede gårds gymnasium"], 4, ("112 21", "Stockholm")),
        ("Göteborgs Stad", "municipality", "212000-1355", "grundskola.goteborg.se", ["Hvitfeldtska gymnasiet", "Kärralundsskolan"], 3, ("411 19", "Göteborg")),
        ("Uppsala kommun", "municipality", "212000-3005", "uppsala.se", ["Katedralskolan", "Förskolan Kaninen", "Valsätraskolan"], 3, ("753 20", "Uppsala")),
        ("Sollentuna kommun", "municipality", "212000-0076", "sollentuna.se", ["Förskolan Solrosen", "Rudbecksskolan"], 2, ("191 47", "Sollentuna")),
        ("Malmö stad", "municipality", "212000-1124", "malmo.se", ["Malmö Latinskola", "Rosengårdsskolan"], 2, ("211 22", "Malmö")),
        ("Region Stockholm", "region", "232100-0016", "regionstockholm.se", ["Karolinska Universitetssjukhuset, Solna", "Södersjukhuset"], 2, ("171 76", "Stockholm")),
        ("Västra Götalandsregionen", "region", "232100-0131", "vgregion.se", ["Sahlgrenska Universitetssjukhuset"], 1, ("413 45", "Göteborg")),
        ("Uppsala universitet", "public_university", "202100-2932", "uu.se", ["Institutionen för informationsteknologi"], 2, ("751 05", "Uppsala")),
        ("Lunds universitet", "public_university", "202100-3211", "lu.se", ["Ekonomihögskolan"], 1, ("221 00", "Lund")),
        ("Kungliga Tekniska högskolan", "public_university", "202100-3054", "kth.se", ["Skolan för industriell teknik"], 1, ("100 44", "Stockholm")),
        ("Försvarsmakten", "armed_forces", "202100-4615", "mil.se", ["Upplands flygflottilj F 16"], 1, ("753 22", "Uppsala")),
        ("Polismyndigheten", "police", "202100-0076", "polisen.se", ["Polisregion Mitt"], 1, ("753 21", "Uppsala")),
        ("Trafikverket", "state_agency", "202100-6297", "trafikverket.se", ["Region Öst"], 1, ("172 90", "Sundbyberg")),
        ("Skatteverket", "state_agency", "202100-5448", "skatteverket.se", ["Skattekontoret Östersund"], 1, ("831 87", "Östersund")),
        ("Domstolsverket", "court", "202100-2742", "dom.se", ["Uppsala tingsrätt"], 1, ("753 20", "Uppsala"))]:
    buyer(comp, kind, "B2G", False, idnr, dom, SCHOOL if kind in ("municipality",) else OFFICE + ["KS-10F", "PR-MON65"], w,
          extra=[r.replace("{unit}", "{u}") for r in REF] + [""], place=place, qty=(1, 32))
    B[-1]["units"] = units
buyer("Södertörns brandförsvarsförbund", "municipal_federation", "B2G", False, orgnr("22200011" + "5"), "sbff.se", OFFICE, 1,
      place=("141 75", "Huddinge"))
buyer("Embassy of Canada", "embassy", "B2G", False, "", "international.gc.ca", OFFICE, 1, vat=False, country="CA",
      extra=["PO SWDN-24-0117", ""], place=("114 46", "Stockholm"), street="Klarabergsgatan 23")
# public bodies buying one household item
buyer("Uppsala kommun", "public_preschool_household_item", "B2G", True, "212000-3005", "uppsala.se", ["VK-17"], 0,
      extra=["Referens: FSK-KANIN – Förskolan Kaninen"], place=("756 45", "Uppsala"), qty=(1, 1), ship="postnord_parcel")
buyer("Polismyndigheten", "police_household_item", "B2G", True, "202100-0076", "polisen.se", ["KB-MOCCA"], 0,
      extra=["Ref 4411-PRM"], place=("753 21", "Uppsala"), qty=(1, 1), ship="postnord_parcel")

# businesses / organisations
for comp, kind, pref, dom, w, prods in [
        ("Academedia AB", "company_private_school_operator", "55645", "academedia.se", 2, SCHOOL),
        ("Kunskapsskolan i Sverige AB", "private_school", "55656", "kunskapsskolan.se", 2, SCHOOL),
        ("Internationella Engelska Skolan i Sverige AB", "private_school", "55641", "engelska.se", 2, SCHOOL),
        ("Capio S:t Görans Sjukhus AB", "private_hospital", "55656", "capio.se", 1, OFFICE),
        ("Stockholmshem AB", "municipal_owned_company", "55603", "stockholmshem.se", 1, OFFICE),
        ("Systembolaget AB", "state_owned_company", "55605", "systembolaget.se", 1, OFFICE),
        ("Nordic Revision AB", "company", "55911", "nordicrevision.se", 2, OFFICE),
        ("Bygg & Fastighetsservice i Mälardalen AB", "company", "55912", "bfsmalardalen.se", 2, OFFICE),
        ("Telia Sverige AB", "company", "55643", "teliacompany.com", 1, OFFICE),
        ("HSB Brf Solgläntan i Täby", "housing_cooperative", "71640", "brfsolglantan.se", 1, OFFICE),
        ("Svenska kyrkan, Uppsala pastorat", "religious_organisation", "25200", "svenskakyrkan.se", 1, SCHOOL),
        ("Riksförbundet Hem och Skola", "association", "80200", "hemochskola.se", 1, OFFICE),
        ("Montessoriförskolan Myrstacken ekonomisk förening", "parents_cooperative_preschool", "76960", "myrstacken.se", 1, SCHOOL)]:
    dom_ = dom
    buyer(comp, kind, "B2B", False, rand_org(pref), dom_, prods, w, pay=rng.choice(["invoice", "invoice", "invoice", "klarna_checkout"]),
          extra=["Er referens: {p}", "Godsmärkning {code}", "", "", "Ordererkännande till ekonomi@" + dom_], qty=(1, 24))
for comp, w in [("Nilssons Snickeri", 1), ("Lindqvist Bygg & Måleri", 1), ("Frisörsalong Hårfin", 1), ("Tandläkare Eva Berg", 1)]:
    idn = pnr()
    buyer(comp, "sole_trader", "B2B", False, idn, None, OFFICE, w, pay=rng.choice(["invoice", "klarna_checkout", "swish"]),
          extra=["", "", "Till verkstaden"], qty=(1, 6), ship="postnord_parcel")
# B2B ambiguous
buyer("Stockholmshem AB", "municipal_owned_company_procurement", "B2B", True, B[[b["company"] for b in B].index("Stockholmshem AB")]["id"],
      "stockholmshem.se", ["SB-1680V", "KS-ERGO"], 0, extra=["Avrop enl. ramavtal efter upphandling enligt LOU, dnr SH-2024-0312"], qty=(12, 20))
buyer("Systembolaget AB", "state_owned_company_procurement", "B2B", True, B[[b["company"] for b in B].index("Systembolaget AB")]["id"],
      "systembolaget.se", ["KS-ERGO", "WB-12090"], 0, extra=["Upphandling LOU Ref 2024-00871, avtal SB-IN-118"], qty=(8, 15))
buyer("International Institute for Democracy and Electoral Assistance (International IDEA)", "international_org", "B2B", True, "",
      "idea.int", ["SB-1680V", "KS-ERGO", "BH-18080"], 0, vat=False, extra=["PO 2024-IDEA-0442"], place=("169 73", "Solna"),
      street="Strömsborg", qty=(2, 6))
buyer("Stiftelsen Stockholms internationella fredsforskningsinstitut (SIPRI)", "state_founded_foundation", "B2B", True,
      rand_org("80200"), "sipri.org", ["SB-1680V", "KS-ERGO"], 0, extra=["Referens: Admin/FM"], place=("169 72", "Solna"), qty=(3, 6))
buyer("Nordic Revision AB", "company_household_item", "B2B", True, B[[b["company"] for b in B].index("Nordic Revision AB")]["id"],
      "nordicrevision.se", ["MV-20"], 0, extra=[""], qty=(1, 1), ship="postnord_parcel")
buyer("Lindqvist Bygg & Måleri", "sole_trader_household_item", "B2B", True, B[[b["company"] for b in B].index("Lindqvist Bygg & Måleri")]["id"],
      None, ["KB-MOCCA"], 0, pay="klarna_checkout", extra=[""], qty=(1, 1), ship="postnord_mypack_collect")

# ------------------------------------------------------------------ orders
start = datetime(2024, 8, 5, 7, 0, tzinfo=timezone(timedelta(hours=2)))
orders = []


def mk_order(meta, pay, kundnamn, company, street, place, country_code, tel, mail, idnr, vat, extra, lines, ship):
    orders.append(dict(meta=meta, pay=pay, kundnamn=kundnamn, company=company, street=street, place=place, cc=country_code,
                       tel=tel, mail=mail, id=idnr, vat=vat, extra=extra, lines=lines, ship=ship))


def fill(extra, b):
    code = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVXYZ0123456789") for _ in range(rng.choice([4, 5, 6])))
    u = rng.choice(b.get("units", [""]))
    p = " ".join((rng.choice(FIRST), rng.choice(LAST)))
    return extra.format(code=code, u=u, p=p)


def lines_for(prods, qty, n=None, org=True):
    n = n or rng.choice([1, 1, 2, 2, 3, 4])
    picks = rng.sample(prods, min(n, len(prods)))
    out = []
    for art in picks:
        name, price = {**PRODUCTS, **HOUSEHOLD}[art]
        q = rng.randint(*qty) if price < 6000 else rng.randint(1, max(1, qty[1] // 8))
        if org and art in ("KP-A4-5", "WP-4", "FB-10"):
            q = rng.randint(2, 40)
        out.append((art, name, q, price))
    return out


wts = [b["w"] for b in B]
for _ in range(58):
    b = rng.choices(B, wts)[0]
    kn = " ".join((rng.choice(FIRST), rng.choice(LAST)))
    dom = b["dom"]
    tr = lambda x: x.lower().replace("å", "a").replace("ä", "a").replace("ö", "o")
    mail = (f"{tr(kn.split()[0])}.{tr(kn.split()[1])}@{dom}" if dom else rng.choice([f"{tr(kn.split()[1])}{rng.randint(1, 99)}@" + rng.choice(FREEMAIL)]))
    extra = fill(rng.choice(b["extra"]), b)
    mk_order(dict(label=b["label"], ambiguous=b["amb"], kind=b["kind"], country=b["country"]), b["pay"],
             kn if rng.random() < 0.85 else kn.upper(), b["company"], b["street"], b["place"], "SE" if b["country"] == "SE" else "SE",
             phone(rng.random() < 0.6), mail, b["id"], b["vat"], extra, lines_for(b["prods"], b["qty"]), b["ship"])
for b in B:
    if b["w"] == 0:
        kn = " ".join((rng.choice(FIRST), rng.choice(LAST)))
        tr = lambda x: x.lower().replace("å", "a").replace("ä", "a").replace("ö", "o")
        mail = f"{tr(kn.split()[0])}.{tr(kn.split()[1])}@{b['dom']}" if b["dom"] else f"{tr(kn.split()[1])}.bygg@telia.com"
        mk_order(dict(label=b["label"], ambiguous=b["amb"], kind=b["kind"], country=b["country"]), b["pay"], kn, b["company"],
                 b["street"], b["place"], "SE", phone(), mail, b["id"], b["vat"], fill(b["extra"][0], b),
                 lines_for(b["prods"], b["qty"], n=len(b["prods"])), b["ship"])

# private persons
for _ in range(40):
    kn, mail = person()
    pay = rng.choice(["klarna_checkout", "klarna_checkout", "swish", "nets_easy"])
    mk_order(dict(label="B2C", ambiguous=False, kind="private_person", country="SE"), pay,
             kn if rng.random() < 0.9 else kn.lower(), "", f"{rng.choice(STREETS)} {rng.randint(1, 60)}" + (f" lgh {rng.randint(1001, 1404)}" if rng.random() < 0.4 else ""),
             rng.choice(PLACES), "SE", phone(), mail if rng.random() < 0.95 else "",
             pnr() if pay == "klarna_checkout" and rng.random() < 0.7 else "", "",
             rng.choice(["", "", "", "Ring innan leverans", "Lämna vid dörren", "Present till barnbarnet"]),
             lines_for(HOMEP, (1, 2), n=rng.choice([1, 1, 2]), org=False), rng.choice(["postnord_mypack_collect", "postnord_parcel", "hamtas_lager"]))
# ambiguous persons and thin orders
for kn, mail, extra, arts, qty, lab, kind, pay in [
        ("Helena Sjöberg", "helena.sjoberg@stockholm.se", "Leverans till hemadress", ["SS-JR", "FB-10"], (1, 2), "B2C", "private_person_gov_email", "klarna_checkout"),
        ("Martin Ek", "martin.ek@skanska.se", "", ["SB-1680V"], (1, 1), "B2C", "private_person_company_email", "nets_easy"),
        ("Sofia Lund", "sofialund84@gmail.com", "", ["EF-46"], (25, 25), "B2C", "private_person_bulk", "swish"),
        ("Malin Åberg", "malin.aberg@hotmail.com", "Till min dagbarnvårdsverksamhet (pedagogisk omsorg)", ["EF-46", "EB-7050", "HK-BARN"], (3, 5), "B2B", "private_person_business_use", "klarna_checkout"),
]:
    mk_order(dict(label=lab, ambiguous=True, kind=kind, country="SE"), pay, kn, "", f"{rng.choice(STREETS)} {rng.randint(1, 60)}",
             rng.choice(PLACES), "SE", phone(), mail, pnr() if pay == "klarna_checkout" else "", "", extra,
             lines_for(arts, qty, n=len(arts)), "postnord_parcel")
mk_order(dict(label="B2B", ambiguous=True, kind="thin_product_only", country="SE"), "invoice", "", "", "", ("", ""), "SE", "", "",
         "", "", "", lines_for(["KS-10F"], (3, 3), n=1), "db_schenker_system")
mk_order(dict(label="B2C", ambiguous=True, kind="thin_product_only", country="SE"), "swish", "", "", "", ("", ""), "SE", "", "",
         "", "", "", lines_for(["SS-JR"], (1, 1), n=1), "hamtas_lager")

# ------------------------------------------------------------------ write
rng.shuffle(orders)
t = start
rows, labels = [], []
oid = 104118
for o in orders:
    t += timedelta(minutes=rng.randint(25, 1400), seconds=rng.randint(0, 59))
    if t.hour < 6:
        t += timedelta(hours=6)
    oid += rng.randint(1, 4)
    ts = int(t.timestamp())
    for art, name, q, price in o["lines"]:
        rows.append([str(oid), t.strftime("%Y-%m-%d %H:%M:%S"), str(ts), str(PAY[o["pay"]]), o["pay"], o["ship"], "SEK",
                     o["kundnamn"], o["company"], o["street"], o["place"][0], o["place"][1], o["cc"] if o["street"] else "",
                     o["tel"], o["mail"], o["id"], o["vat"], o["extra"], art, name, str(q), f"{price:.2f}", f"{price * q:.2f}"])
        labels.append(o["meta"])
rows.reverse()
labels.reverse()


def cell(x):
    return '"' + x.replace('"', '""') + '"' if (";" in x or '"' in x or "\n" in x) else x


out = LAYOUTS / f"{LID}.csv"
with open(out, "w", encoding="utf-8", newline="") as f:
    f.write(";".join(HEAD) + "\r\n")
    for r in rows:
        f.write(";".join(cell(x) for x in r) + "\r\n")
write_labels(LID, labels)

write_key(LID, {
    "id": LID,
    "system": "Vendre e-handel – integrationsmotorns orderexport (Rutin: Orderexport), CSV-mall med en rad per orderrad",
    "country": "SE",
    "language": "sv",
    "docs": [
        "support.vendre.io 'Rutin: Orderexport': the integration engine writes an order file (XML, JSON, TXT or CSV, built from a template set up for the merchant) to FTP; list of exportable fields with Swedish field names and types: Order skapad (Nummer), Order Id, Betalmetod (Nummer), Betalmetodskod (Text), Fraktmetod, Fraktmetodskod, Coupon code, Säljare, Valuta, Valutakurs, Språk, Extra fält, Orderdatum (Text), ID för kund, Kundnamn, Företag, Gatuadress, Adressrad 2, Postort, Postnummer, Land, Landskod, Telefonnummer, Emailadress, Externt id, ID nummer (customer.identification_number), Nuvarande mobilnummer, Nuvarande VAT-nummer",
        "help.vendre.se Orderhantering: order list shows payment method title, phone, e-mail, currency and order rows",
        "order-row columns (Artikelnummer, Produktnamn, Antal, Pris, Radsumma) were not in the documentation excerpt available and are named in the same style"
    ],
    "fields": {"buyer": "Företag", "product": "Produktnamn", "quantity": "Antal", "amount": "Radsumma",
               "tax_id": "ID nummer", "email": "Emailadress", "payment": "Betalmetodskod", "comment": "Extra fält"},
    "also_ok": {"buyer": ["Kundnamn"], "tax_id": ["Nuvarande VAT-nummer"], "payment": ["Betalmetod"], "amount": ["Pris"]},
    "notes": ("Semicolon CSV, UTF-8 without BOM, CRLF, header line of Vendre field names, no totals. One row per order row; order "
              "fields repeat on every row of the order (group by 'Order Id'). Newest order first. 'Order skapad' is a Unix timestamp, "
              "'Betalmetod' a numeric payment-method id (1 invoice, 3 Klarna Checkout, 5 Swish, 6 Nets Easy card). 'Företag' is empty "
              "for private customers; 'Kundnamn' is the person who ordered (for organisations the contact person). 'ID nummer' is the "
              "Swedish organisationsnummer (public bodies 2xxxxx-, companies 55…, associations 80…, housing co-ops 7…, Church of Sweden "
              "parishes 25…) or a personnummer (private Klarna buyers and sole traders alike). Public buyers put their "
              "e-invoice reference code in 'Extra fält'. Prices incl. moms with decimal point. Two orders carry no customer data at all.")
})
print(out, len(rows), len(orders))
