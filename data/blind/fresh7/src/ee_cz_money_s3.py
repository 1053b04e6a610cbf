"""Money S3 (Czechia) - vydané faktury with items, exported to CSV (cp1250, semicolon)."""
import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ee_common as C  # noqa: E402

ID = "ee_cz_money_s3_faktury"
rnd = random.Random(7303)

HEAD = ["Číslo dokladu", "Var. symbol", "Vystaveno", "Datum splatnosti", "DUZP", "Firma", "Jméno", "IČ", "DIČ",
        "E-mail", "Popis", "Text položky", "Počet MJ", "MJ", "Cena za MJ", "Sazba DPH", "Celkem bez DPH",
        "Celkem s DPH", "Forma úhrady", "Poznámka"]

P = {
    "pap": ("Papír kancelářský A4 80 g Xerox Business, 500 listů", "bal", 98, "biz"),
    "ton": ("Toner HP 59A (CF259A) černý", "ks", 2190, "biz"),
    "zid": ("Kancelářská židle Antares 1580 Syncro", "ks", 3990, "biz"),
    "stul": ("Psací stůl Lineart 160x80 cm", "ks", 5890, "biz"),
    "san": ("Šanon pákový A4 7,5 cm", "ks", 39, "biz"),
    "skart": ("Skartovač Rexel Momentum X410", "ks", 2890, "biz"),
    "nb": ("Notebook Lenovo ThinkPad E16 Gen 1", "ks", 18990, "biz"),
    "mon": ('Monitor Dell P2423D 24"', "ks", 5490, "biz"),
    "tisk": ("Tiskárna HP LaserJet Pro 4002dn", "ks", 6290, "biz"),
    "ruc": ("Ručníky papírové skládané ZZ, 5000 ks", "krt", 589, "biz"),
    "tp": ("Toaletní papír Jumbo 240 mm, 6 rolí", "bal", 399, "biz"),
    "savo": ("Dezinfekce Savo Original 5 l", "ks", 229, "biz"),
    "mydlo": ("Mýdlo tekuté Tork Premium 1 l", "ks", 119, "biz"),
    "rack": ('Serverový rozvaděč 19" 42U 600x1000', "ks", 14990, "rack"),
    "dopr": ("Doprava", "ks", 290, "svc"),
    "mont": ("Montáž nábytku", "hod", 450, "svc"),
    "konv": ("Rychlovarná konvice Tefal KO 2001", "ks", 690, "hh"),
    "kavo": ("Kávovar De'Longhi Magnifica S ECAM 22.110", "ks", 7490, "hh"),
    "mikro": ("Mikrovlnná trouba Sencor SMW 4217", "ks", 1490, "hh"),
    "tv": ('Televize Samsung UE55CU7172 55"', "ks", 9990, "hh"),
    "iph": ("Mobilní telefon Apple iPhone 15 128 GB", "ks", 18990, "hh"),
    "dys": ("Vysavač Dyson V12 Detect Slim", "ks", 13990, "hh"),
    "led": ("Chladnička Gorenje RB491PW", "ks", 4990, "hh"),
}
BIZ = [k for k, v in P.items() if v[3] == "biz"]
HH = [k for k, v in P.items() if v[3] == "hh"]

MEN = [("Jan", "Novák"), ("Petr", "Svoboda"), ("Tomáš", "Černý"), ("Martin", "Kučera"), ("Pavel", "Horák"),
       ("Jiří", "Marek"), ("Lukáš", "Pospíšil"), ("Josef", "Dvořák"), ("Milan", "Veselý"), ("Jakub", "Procházka")]
WOMEN = [("Jana", "Nováková"), ("Marie", "Dvořáková"), ("Lucie", "Procházková"), ("Eva", "Veselá"),
         ("Kateřina", "Němcová"), ("Hana", "Pokorná"), ("Veronika", "Králová"), ("Petra", "Černá"),
         ("Tereza", "Marková"), ("Alena", "Svobodová")]
FREEMAIL = ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "post.cz", "volny.cz"]
TR = str.maketrans("áčďéěíňóřšťúůýž", "acdeeinorstuuyz")


def person():
    f = rnd.random() < 0.5
    g, s = rnd.choice(WOMEN if f else MEN)
    return g, s, f


def pmail(g, s):
    return f"{g.lower().translate(TR)}{rnd.choice(['.', '', '_'])}{s.lower().translate(TR)}{rnd.choice(['', '', str(rnd.randint(60, 99))])}@{rnd.choice(FREEMAIL)}"


COMP = [  # firma, ico, domain, kind
    ("ŠKODA AUTO a.s.", "00177041", "skoda-auto.cz", "company"),
    ("Kofola ČeskoSlovensko a.s.", C.cz_ico(rnd, "2"), "kofola.cz", "company"),
    ("ALBERT Česká republika, s.r.o.", C.cz_ico(rnd, "4"), "albert.cz", "company"),
    ("Stavební firma Novák s.r.o.", C.cz_ico(rnd, "2"), "stavbynovak.cz", "company"),
    ("Účetní kancelář Dvořáková s.r.o.", C.cz_ico(rnd, "0"), "ucetnidvorakova.cz", "company"),
    ("AUTOSERVIS KOČÍ s.r.o.", C.cz_ico(rnd, "2"), "autoservis-koci.cz", "company"),
    ("Advokátní kancelář Havel & Partners s.r.o.", C.cz_ico(rnd, "2"), "havelpartners.cz", "law_firm"),
    ("Zubní ordinace MUDr. Pokorná s.r.o.", C.cz_ico(rnd, "0"), "zubni-pokorna.cz", "company"),
    ("LOGISTIKA MORAVA a.s.", C.cz_ico(rnd, "2"), "logistikamorava.cz", "company"),
    ("Restaurace U Zlatého tygra s.r.o.", C.cz_ico(rnd, "2"), "uzlatehotygra.cz", "company"),
    ("České dráhy, a.s.", "70994226", "cd.cz", "state_owned_company"),
    ("Nemocnice Na Homolce", "00023884", "homolka.cz", "B2G_hospital"),
    ("Společenství vlastníků jednotek Vinohradská 112", C.cz_ico(rnd, "2"), "seznam.cz", "homeowners_association"),
    ("Římskokatolická farnost Brno-Staré Brno", C.cz_ico(rnd, "4"), "farnoststarebrno.cz", "church"),
    ("Český červený kříž", "00426245", "cervenykriz.eu", "nonprofit"),
    ("TJ Sokol Vinohrady, z.s.", C.cz_ico(rnd, "0"), "sokol-vinohrady.cz", "association"),
    ("Gymnázium Altis, s.r.o.", C.cz_ico(rnd, "2"), "gymnazium-altis.cz", "private_school"),
]
COMP = [c for c in COMP if c[3] != "B2G_hospital"]
GOV = [
    ("Hlavní město Praha", "00064581", "praha.eu", "municipality"),
    ("Statutární město Brno", "44992785", "brno.cz", "municipality"),
    ("Statutární město Ostrava", "00845451", "ostrava.cz", "municipality"),
    ("Statutární město Plzeň", "00075370", "plzen.eu", "municipality"),
    ("Statutární město Olomouc", "00299308", "olomouc.eu", "municipality"),
    ("Statutární město Liberec", "00262978", "magistrat.liberec.cz", "municipality"),
    ("Obec Horoměřice", C.cz_ico(rnd, "0"), "horomerice.cz", "municipality"),
    ("Ministerstvo vnitra", "00007064", "mvcr.cz", "ministry"),
    ("Ministerstvo financí", "00006947", "mfcr.cz", "ministry"),
    ("Ministerstvo obrany", "60162694", "army.cz", "armed_forces"),
    ("Fakultní nemocnice Brno", "65269705", "fnbrno.cz", "public_hospital"),
    ("Univerzita Karlova", "00216208", "cuni.cz", "public_university"),
    ("Masarykova univerzita", "00216224", "muni.cz", "public_university"),
    ("Úřad práce České republiky", C.cz_ico(rnd, "7"), "uradprace.cz", "state_agency"),
    ("Státní fond dopravní infrastruktury", C.cz_ico(rnd, "7"), "sfdi.cz", "state_fund"),
    ("Základní škola a Mateřská škola Brno, Husova 17, příspěvková organizace", C.cz_ico(rnd, "4"), "zshusova.cz", "public_school"),
    ("Gymnázium Jana Nerudy, škola hl. města Prahy", C.cz_ico(rnd, "6"), "gjn.cz", "public_school"),
    ("Domov pro seniory Sukovská, příspěvková organizace", C.cz_ico(rnd, "7"), "ddsukovska.cz", "municipal_social_institution"),
]
for x in COMP + GOV:
    assert C.cz_ico_valid(x[1]), x


def lines_biz(n=None):
    n = n or rnd.choice([1, 2, 2, 3, 3, 4])
    out = []
    for a in rnd.sample(BIZ, n):
        if a in ("pap", "san", "tp", "ruc", "savo", "mydlo"):
            q = rnd.choice([5, 10, 20, 30, 50])
        elif a in ("nb", "mon", "zid", "stul"):
            q = rnd.choice([1, 2, 3, 4, 6, 10])
        else:
            q = rnd.choice([1, 2, 3, 5])
        out.append((a, q))
    if rnd.random() < 0.4:
        out.append(("dopr", 1))
    return out


orders = []


def add(firma, jmeno, ico, dic, email, lines, uhrada, popis, pozn, meta):
    orders.append(dict(firma=firma, jmeno=jmeno, ico=ico, dic=dic, email=email, lines=lines, uhrada=uhrada,
                       popis=popis, pozn=pozn, meta=meta))


def quoted(name):
    # messiness: legal form in quotes or upper case, as typed into the address book
    r = rnd.random()
    if r < 0.1:
        return name.upper()
    if r < 0.18 and "," not in name:
        base, _, form = name.rpartition(" ")
        return f'{base} "{form}"' if form in ("s.r.o.", "a.s.") else name
    if r < 0.24:
        return name + " "
    return name


for _ in range(34):
    n, ico, d, kind = rnd.choice(COMP)
    g, s, _f = person()
    email = f"svj.vinohradska112@{d}" if d == "seznam.cz" else rnd.choice(
        [f"fakturace@{d}", f"ucetni@{d}", f"{g.lower().translate(TR)}.{s.lower().translate(TR)}@{d}", f"info@{d}"])
    dic = "" if kind in ("homeowners_association", "association", "church") and rnd.random() < 0.7 else "CZ" + ico
    add(quoted(n), f"{g} {s}" if rnd.random() < 0.4 else "", ico, dic, email, lines_biz(),
        rnd.choice(["Převodem", "Převodem", "Převodem", "Hotově"]),
        rnd.choice(["Fakturujeme Vám dodávku zboží", "Kancelářské potřeby", "Dodávka dle objednávky", "Drogerie a hygiena"]),
        rnd.choice(["", "", f"Objednávka č. {rnd.randint(100, 9999)}/2024", ""]), ("B2B", False, kind, "CZ"))
# OSVČ with IČ and DIČ from rodné číslo
for _ in range(6):
    g, s, f = person()
    trade = rnd.choice([f"{g} {s}", f"Ing. {g} {s}", f"{g} {s} - {rnd.choice(['ELEKTRO', 'projekce', 'účetnictví', 'truhlářství'])}"])
    add(trade, "", C.cz_ico(rnd, rnd.choice("0678")), "CZ" + C.cz_rodne(rnd, f), pmail(g, s),
        lines_biz(rnd.choice([1, 2])), "Převodem", "Kancelářské potřeby", "", ("B2B", False, "sole_trader", "CZ"))
# public bodies
for _ in range(26):
    n, ico, d, kind = rnd.choice(GOV)
    g, s, _f = person()
    dic = "CZ" + ico if kind in ("municipality", "public_hospital", "public_university") or rnd.random() < 0.3 else ""
    odbor = rnd.choice(["Odbor správy majetku", "Odbor informatiky", "Odbor školství", "Sekretariát", ""]) if kind in (
        "municipality", "ministry") else ""
    add(n, (odbor + ", " if odbor else "") + f"{g} {s}", ico, dic,
        rnd.choice([f"podatelna@{d}", f"{g.lower().translate(TR)}.{s.lower().translate(TR)}@{d}", f"fakturace@{d}"]),
        lines_biz(), "Převodem", rnd.choice(["Dodávka dle objednávky", "Kancelářské potřeby", "Vybavení kanceláří"]),
        rnd.choice([f"Objednávka č. OBJ/{rnd.randint(100, 999)}/2024", f"Smlouva č. {rnd.randint(1000, 9999)}/2023, veřejná zakázka malého rozsahu",
                    "Faktura bude zveřejněna v registru smluv", ""]), ("B2G", False, kind, "CZ"))
add("Velvyslanectví Spolkové republiky Německo", "Verwaltung", "", "", "verwaltung@prag.diplo.de",
    [("nb", 2), ("mon", 2)], "Převodem", "Výpočetní technika", "Osvobozeno od DPH - diplomatická mise",
    ("B2G", False, "embassy", "DE"))
# private persons
for _ in range(16):
    g, s, _f = person()
    st = rnd.random()
    jmeno = f"{g} {s}" if st < 0.6 else (f"{s} {g}" if st < 0.8 else f"{s.upper()} {g.upper()}")
    add("", jmeno, "", "", pmail(g, s) if rnd.random() < 0.8 else "",
        [(rnd.choice(HH), 1)] + ([(rnd.choice(["konv", "mikro"]), 1)] if rnd.random() < 0.2 else []),
        rnd.choice(["Dobírka", "Platební kartou", "Hotově", "Převodem"]), "Prodej zboží", "",
        ("B2C", False, "private_person", "CZ"))
for _ in range(3):
    add("Hotovostní prodej", "", "", "", "", [(rnd.choice(HH + ["pap", "savo"]), 1)], "Hotově", "Prodej za hotové",
        "", ("B2C", False, "anonymous_retail", "CZ"))

# ambiguous
add("Účetní kancelář Dvořáková s.r.o.", "", COMP[4][1], "CZ" + COMP[4][1], "info@ucetnidvorakova.cz", [("kavo", 1)],
    "Platební kartou", "Prodej zboží", "", ("B2B", True, "company_household_item", "CZ"))
add("LOGISTIKA MORAVA a.s.", "", COMP[8][1], "CZ" + COMP[8][1], "fakturace@logistikamorava.cz", [("tv", 1)],
    "Převodem", "Prodej zboží", "", ("B2B", True, "company_household_item", "CZ"))
add("", "Petra Černá", "", "", "petra.cerna@mvcr.cz", [("dys", 1)], "Dobírka", "Prodej zboží",
    "Doručit na adresu Na Pankráci 58, Praha 4", ("B2C", True, "person_gov_email", "CZ"))
add("", "Jakub Procházka", "", "", "jakub.prochazka@skoda-auto.cz", [("iph", 1)], "Platební kartou", "Prodej zboží", "",
    ("B2C", True, "person_company_email", "CZ"))
add("Milan Veselý - truhlářství", "", C.cz_ico(rnd, "7"), "CZ" + C.cz_rodne(rnd), "milan.vesely@seznam.cz", [("tv", 1)],
    "Platební kartou", "Prodej zboží", "Placeno soukromou kartou", ("B2B", True, "sole_trader_personal_card", "CZ"))
add("ČEZ, a. s.", "Útvar nákupu", "45274649", "CZ45274649", "nakup@cez.cz", [("nb", 12), ("mon", 12), ("tisk", 3)],
    "Převodem", "Výpočetní technika", "Veřejná zakázka v sektorovém řízení dle ZZVZ, ev. č. Z2024-012345",
    ("B2B", True, "state_owned_company_procurement", "CZ"))
add("Agentura Evropské unie pro kosmický program (EUSPA)", "", "", "", "procurement@euspa.europa.eu",
    [("zid", 8), ("stul", 4)], "Převodem", "Kancelářský nábytek", "Osvobozeno od DPH - mezinárodní organizace",
    ("B2B", True, "international_org", "CZ"))
add("", "Lukáš Pospíšil", "", "", "lukas.pospisil91@gmail.com", [("iph", 30)], "Převodem", "Prodej zboží", "",
    ("B2C", True, "private_bulk_purchase", "CZ"))
add("", "Tereza Marková", "", "", "tereza.markova@email.cz", [("konv", 12), ("mikro", 6)], "Převodem",
    "Prodej zboží", "Zboží pro další prodej v mém e-shopu", ("B2B", True, "private_stated_resale", "CZ"))
n, ico, d, kind = GOV[15]
add(n, "Školní jídelna", ico, "", f"reditelna@{d}", [("konv", 1)], "Převodem", "Prodej zboží", "",
    ("B2G", True, "municipal_school_household_item", "CZ"))
add("", "", "", "", "", [("rack", 1), ("mont", 2)], "Převodem", "", "", ("B2B", True, "thin_record", "CZ"))
add("", "Novák", "", "", "", [("dys", 1)], "Hotově", "", "", ("B2C", True, "thin_record", "CZ"))
add("", "Josef Dvořák", "", "", "josef.dvorak@centrum.cz", [("nb", 1), ("tisk", 1)], "Převodem", "Prodej zboží",
    "Platba za firmu Stavební firma Novák s.r.o., hradí jednatel ze soukromého účtu",
    ("B2B", True, "person_pays_company_invoice", "CZ"))

add("Zubní ordinace MUDr. Pokorná s.r.o.", "", COMP[7][1], "CZ" + COMP[7][1], "info@zubni-pokorna.cz",
    [("konv", 1), ("mikro", 1)], "Hotově", "Prodej zboží", "", ("B2B", True, "company_household_item", "CZ"))
add("", "Eva Veselá", "", "", "eva.vesela@praha.eu", [("led", 1), ("konv", 1)], "Dobírka", "Prodej zboží",
    "Doručit domů, Slavíkova 22, Praha 2", ("B2C", True, "person_gov_email", "CZ"))
add("", "Martin Kučera", "", "", "martin.kucera@army.cz", [("tv", 1)], "Platební kartou", "Prodej zboží", "",
    ("B2C", True, "person_gov_email", "CZ"))
n, ico, d, kind = GOV[6]
add(n, "Starosta", ico, "CZ" + ico, f"starosta@{d}", [("kavo", 1)], "Převodem", "Prodej zboží", "",
    ("B2G", True, "municipality_household_item", "CZ"))
add("", "", "", "", "", [("pap", 40), ("ton", 6), ("san", 50)], "Převodem", "", "", ("B2B", True, "thin_record", "CZ"))

rnd.shuffle(orders)
rows, labels = [], []
date = dt.date(2024, 1, 4)
num = 1
for o in orders:
    date += dt.timedelta(days=rnd.choice([0, 1, 1, 2, 3, 4]))
    splat = date + dt.timedelta(days=0 if o["uhrada"] in ("Hotově", "Platební kartou", "Dobírka") else rnd.choice([14, 14, 30]))
    doklad = f"FV24{num:04d}"
    vs = f"2024{num:04d}"
    exempt = o["meta"][2] in ("embassy", "international_org")
    net_total = sum(P[a][2] * q for a, q in o["lines"])
    gross_total = round(net_total * (1 if exempt else 1.21), 2)
    for a, q in o["lines"]:
        txt, mj, price, _cat = P[a]
        rows.append([doklad, vs, date.strftime("%d.%m.%Y"), splat.strftime("%d.%m.%Y"), date.strftime("%d.%m.%Y"),
                     o["firma"], o["jmeno"], o["ico"], o["dic"], o["email"], o["popis"], txt, C.dec(q), mj,
                     C.dec(price), "0" if exempt else "21", C.dec(net_total), C.dec(gross_total), o["uhrada"], o["pozn"]])
        labels.append(o["meta"])
    num += 1

out = C.ROOT / "layouts" / f"{ID}.csv"
with open(out, "w", encoding="cp1250", newline="") as fh:
    def q(v):
        v = str(v)
        return '"' + v.replace('"', '""') + '"'
    fh.write(";".join(q(h) for h in HEAD) + "\r\n")
    for r in rows:
        fh.write(";".join(q(v) for v in r) + "\r\n")

key = {
    "id": ID,
    "system": "Money S3 (Solitea), Fakturace - Faktury vydané, list with items exported to CSV",
    "country": "CZ",
    "language": "cs",
    "docs": [
        "Money S3 XML data exchange (XML DE) readme and public MoneyS3 XML libraries/templates: issued invoices are <FaktVyd> in <SeznamFaktVyd> with Popis, Vystaveno, DatUcPr, PlnenoDPH, the partner block (DodOdb: firm name, person name, IČ, DIČ, e-mail), payment form and items - used for the field set (Popis, Vystaveno, DUZP, Firma/Jméno, IČ, DIČ, Forma úhrady, Poznámka, item text/quantity/unit/price/VAT rate)",
        "Fidoo and Dativery guides on Money S3 integration: Money S3 is a Windows desktop program exchanging files with Czech accounting conventions - used for cp1250 encoding, semicolon delimiter, decimal comma and d.m.yyyy dates (own reading, no public sample of the list export found)",
        "money.sk guide 'Ako priložiť faktúru do Money S3': agenda Obchod - Vydané/Prijaté faktúry - used for the export name"
    ],
    "fields": {"buyer": "Firma", "product": "Text položky", "quantity": "Počet MJ", "amount": "Celkem s DPH",
               "tax_id": "IČ", "email": "E-mail", "payment": "Forma úhrady", "comment": "Poznámka"},
    "also_ok": {"buyer": ["Jméno"], "amount": ["Celkem bez DPH", "Cena za MJ"], "tax_id": ["DIČ"],
                "product": ["Popis"]},
    "notes": "Semicolon CSV in windows-1250, all values quoted, CRLF, decimal comma, dates d.m.yyyy. One line per invoice item; document fields (Číslo dokladu, dates, partner, Popis, document totals Celkem bez DPH / Celkem s DPH, Forma úhrady, Poznámka) repeat on every item line - the totals are per document, not per line. Firma is the company name of the partner; Jméno is the person's name (contact person for organisations, the buyer himself for private persons, who have Firma empty). OSVČ have IČ and a DIČ built from the rodné číslo. 'Hotovostní prodej' is the catch-all cash customer. Two invoices have no partner at all. No title or totals lines."
}
C.write_key(ID, key, labels)
print(ID, len(rows), "rows", len(orders), "invoices")
