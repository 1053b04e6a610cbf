"""ČSOB internetbanking (Czechia): 'Pohyby na účtu' CSV export, filtered to incoming payments.

Rebuilds layouts/ke_cz_csob_pohyby_prichozi.csv and its key. Seeded, no network.
"""
import random
import sys
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ke_common import LAYOUTS, write_key, csv_text, cz_ico_make, cz_ico_ok, dec_comma  # noqa: E402

ID = "ke_cz_csob_pohyby_prichozi"
rng = random.Random(300324)

HEADER = ["číslo účtu", "datum zaúčtování", "částka", "měna", "zůstatek", "číslo protiúčtu", "kód banky protiúčtu",
          "jméno protistrany", "adresa protistrany", "konstantní symbol", "variabilní symbol", "specifický symbol",
          "označení operace", "název trvalého příkazu", "vlastní poznámka", "zpráva", "kategorie"]


def acct_ok(num):
    w = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
    d = [int(c) for c in f"{int(num):010d}"]
    return sum(a * b for a, b in zip(d, w)) % 11 == 0


def make_acct(lo=10**7, hi=3 * 10**9):
    while True:
        n = rng.randrange(lo, hi)
        if acct_ok(n):
            return str(n)


def prefix():
    while True:
        n = rng.randrange(1, 99999)
        w = [10, 5, 8, 4, 2, 1]
        d = [int(c) for c in f"{n:06d}"]
        if sum(a * b for a, b in zip(d, w)) % 11 == 0:
            return str(n)


OWN = "117450293" if acct_ok(117450293) else make_acct()
OWN_FULL = f"{OWN}/0300"


def ascii_up(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper()


def bank_name(name, p_up=0.5, trunc=35):
    out = ascii_up(name) if rng.random() < p_up else name
    return out[:trunc]


# name, ico, bank code, kind, address
PUBLIC = [
    ("Statutární město Brno", "44992785", "0800", "municipality", "Dominikánské náměstí 196/1, 60200 Brno"),
    ("Statutární město Brno, městská část Brno-střed", "44992785", "0800", "municipality",
     "Dominikánská 264/2, 60200 Brno"),
    ("Město Kuřim", "00281964", "0100", "municipality", "Jungmannova 968/75, 66434 Kuřim"),
    ("Město Blansko", "00279943", "0800", "municipality", "nám. Svobody 32/3, 67801 Blansko"),
    ("Město Boskovice", "00279978", "0100", "municipality", "Masarykovo nám. 4/2, 68011 Boskovice"),
    ("Město Tišnov", "00282707", "0300", "municipality", "nám. Míru 111, 66601 Tišnov"),
    ("Město Vyškov", "00292273", "0100", "municipality", "Masarykovo nám. 108/1, 68201 Vyškov"),
    ("Město Hodonín", "00284891", "0800", "municipality", "Masarykovo nám. 53/1, 69501 Hodonín"),
    ("Město Znojmo", "00293881", "0100", "municipality", "Obroková 1/12, 66902 Znojmo"),
    ("Obec Lelekovice", None, "0800", "municipality", "Na Návsi 35, 66431 Lelekovice"),
    ("Obec Ostopovice", None, "0100", "municipality", "Ostopovice 1, 66449 Ostopovice"),
    ("Jihomoravský kraj", "70888337", "0100", "region", "Žerotínovo náměstí 449/3, 60200 Brno"),
    ("Kraj Vysočina", "70890749", "0800", "region", "Žižkova 1882/57, 58601 Jihlava"),
    ("Olomoucký kraj", "60609460", "0100", "region", "Jeremenkova 1191/40a, 77900 Olomouc"),
    ("Základní škola Brno, Horní 16, příspěvková organizace", None, "0800", "public_school", ""),
    ("Základní škola a mateřská škola Kuřim, Jungmannova 813, příspěvková organizace", None, "0100",
     "public_school", ""),
    ("Gymnázium Brno, třída Kapitána Jaroše, příspěvková organizace", None, "0100", "public_school", ""),
    ("Střední průmyslová škola chemická Brno, příspěvková organizace", None, "0300", "public_school", ""),
    ("Mateřská škola Blansko, Nad Čertovkou 17, příspěvková organizace", None, "0800", "public_school", ""),
    ("Masarykova univerzita", "00216224", "0100", "public_university", "Žerotínovo nám. 617/9, 60177 Brno"),
    ("Vysoké učení technické v Brně", "00216305", "0100", "public_university", "Antonínská 548/1, 60190 Brno"),
    ("Mendelova univerzita v Brně", "62156489", "0100", "public_university", "Zemědělská 1665/1, 61300 Brno"),
    ("Univerzita Karlova", "00216208", "0100", "public_university", "Ovocný trh 560/5, 11636 Praha 1"),
    ("Fakultní nemocnice Brno", "65269705", "0710", "public_hospital", "Jihlavská 340/20, 62500 Brno"),
    ("Nemocnice Třebíč, příspěvková organizace", "00839060", "0100", "public_hospital",
     "Purkyňovo nám. 133/2, 67401 Třebíč"),
    ("Všeobecná fakultní nemocnice v Praze", "00064165", "0710", "public_hospital", "U Nemocnice 499/2, 12808 Praha"),
    ("Krajský soud v Brně", "00215708", "0710", "court", "Rooseveltova 16, 60200 Brno"),
    ("Okresní soud v Blansku", None, "0710", "court", "Komenského 1720/1, 67801 Blansko"),
    ("Krajské ředitelství policie Jihomoravského kraje", None, "0710", "police", "Kounicova 24, 61132 Brno"),
    ("Ministerstvo obrany", "60162694", "0710", "armed_forces", "Tychonova 221/1, 16000 Praha 6"),
    ("Úřad práce České republiky", "72496991", "0710", "state_agency", "Dobrovského 1278/25, 17000 Praha 7"),
    ("Česká správa sociálního zabezpečení", "00006963", "0710", "state_agency", "Křížová 1292/25, 22508 Praha 5"),
    ("Lesy České republiky, s. p.", "42196451", "0300", "state_enterprise", "Přemyslova 1106/19, 50008 Hradec Králové"),
    ("Česká pošta, s.p.", "47114983", "0300", "state_enterprise", "Politických vězňů 909/4, 22599 Praha 1"),
    ("Správa železnic, státní organizace", "70994234", "0710", "state_organisation",
     "Dlážděná 1003/7, 11000 Praha 1"),
]
PUB_W = {"municipality": 10, "region": 3, "public_school": 8, "public_university": 4, "public_hospital": 3,
         "court": 1, "police": 1, "armed_forces": 1, "state_agency": 2, "state_enterprise": 1,
         "state_organisation": 1}

COMPANIES = [
    ("ČEZ, a. s.", "45274649", "0300", "state_owned_company"),
    ("KOVO SERVIS KUŘIM s.r.o.", None, "0100", "company"),
    ("Stavby Dvořák s.r.o.", None, "2010", "company"),
    ("Účetní kancelář Novotná s.r.o.", None, "0800", "company"),
    ("Autoservis Hrubý s.r.o.", None, "0300", "company"),
    ("Moravská strojírna a.s.", None, "0100", "company"),
    ("IT Centrum Brno s.r.o.", None, "5500", "company"),
    ("Zubní ordinace MUDr. Petra Malá s.r.o.", None, "0800", "medical_practice"),
    ("Advokátní kancelář JUDr. Tomáš Horák", None, "0300", "law_practice"),
    ("Gymnázium Open Gate, s.r.o.", None, "0100", "private_school"),
    ("Biskupské gymnázium Brno a mateřská škola", None, "0300", "church_school"),
    ("Římskokatolická farnost Brno-Lesná", None, "0800", "church"),
    ("Společenství vlastníků jednotek Kotlářská 12", None, "2010", "homeowners_association"),
    ("Bytové družstvo Vinohrady", None, "0600", "housing_cooperative"),
    ("Český červený kříž, Oblastní spolek Brno-město", None, "0800", "national_red_cross"),
    ("Nadace Partnerství", None, "0800", "foundation"),
    ("Hotel Continental Brno a.s.", None, "0100", "company"),
    ("ADAST Kuřim spol. s r.o.", None, "0300", "company"),
]
FIRST_M = ["Jan", "Petr", "Pavel", "Martin", "Tomáš", "Jiří", "Josef", "Lukáš", "Jakub", "David", "Michal", "Karel"]
FIRST_F = ["Jana", "Marie", "Eva", "Hana", "Lenka", "Petra", "Lucie", "Kateřina", "Veronika", "Martina", "Tereza"]
LAST_M = ["Novák", "Svoboda", "Novotný", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec",
          "Pokorný", "Marek", "Pospíšil", "Hájek", "Král", "Jelínek"]
LAST_F = ["Nováková", "Svobodová", "Novotná", "Dvořáková", "Černá", "Procházková", "Kučerová", "Veselá",
          "Horáková", "Němcová", "Pokorná", "Marková", "Pospíšilová", "Hájková", "Králová", "Jelínková"]
PERS_BANKS = ["0800", "0100", "0300", "2010", "3030", "6210", "0600", "5500", "2700"]
GOODS = ["lavice", "židle", "interaktivní panel", "katedra", "skříně", "nástěnky", "kancelářský papír",
         "tabule", "šatní skříňky", "regály", "kancelářské židle", "toner"]
HOME_GOODS = ["rychlovarná konvice", "mikrovlnná trouba", "lednička", "kávovar", "vysavač"]

ico_cache = {}


def ico_for(name):
    if name in ico_cache:
        return ico_cache[name]
    h = sum(ord(c) * (i + 11) for i, c in enumerate(name))
    v = cz_ico_make(f"{(h * 2654435761) % 10**7:07d}")
    ico_cache[name] = v
    return v


tx = []


def add(label, amb, kind, name, bank, amount, vs="", ks="", ss="", msg="", adr="", op="Příchozí úhrada",
        acct=None, country="CZ"):
    tx.append(dict(label=label, amb=amb, kind=kind, name=name, bank=bank, amount=amount, vs=vs, ks=ks, ss=ss,
                   msg=msg, adr=adr, op=op, acct=acct, country=country))


inv_no = [2024000101]


def next_inv():
    inv_no[0] += rng.randint(1, 3)
    return str(inv_no[0])


def public_tx(amb=False):
    kinds = list(PUB_W)
    k = rng.choices(kinds, weights=[PUB_W[x] for x in kinds])[0]
    name, ico, bank, kind, adr = rng.choice([p for p in PUBLIC if p[3] == k])
    ico = ico or ico_for(name)
    vs = next_inv()
    if amb:
        item = rng.choice(HOME_GOODS)
        amt = rng.choice([890, 1290, 2490, 3990, 5490])
        msg = rng.choice([f"FA {vs} {item}", f"úhrada faktury {vs} - {item} do sborovny"])
        kind = "public_body_household_item"
    else:
        amt = rng.choice([rng.randint(8, 120) * 100, rng.randint(12, 95) * 1000, rng.randint(100, 900) * 1000 + 500])
        amt = round(amt * rng.choice([1.0, 1.21]), 2)
        goods = rng.choice(GOODS)
        msg = rng.choice([f"Úhrada faktury č. {vs}", f"FA {vs}", f"fa {vs[-4:]}/24 {goods}", f"VS{vs}",
                          f"úhrada FA {vs} dle obj. č. {rng.randint(10, 400)}/2024", f"{goods} - FA {vs}",
                          "", f"{name[:20]} FA {vs}"])
    ss = ico if rng.random() < 0.45 else ""
    acct = (prefix() + "-" if bank == "0710" or rng.random() < 0.3 else "") + make_acct()
    add("B2G", amb, kind, bank_name(name, 0.55), bank, amt, vs=vs, ks=rng.choice(["", "", "0308", "0008"]), ss=ss,
        msg=msg, adr=adr if rng.random() < 0.35 else "", acct=acct)


def company_tx(amb=False):
    pool = [c for c in COMPANIES if (not amb or c[3] == "company")]
    name, ico, bank, kind = rng.choice(pool)
    vs = next_inv()
    if amb:
        item = rng.choice(HOME_GOODS)
        amt = rng.choice([1290, 3990, 5490, 7990])
        msg = f"FA {vs} {item}"
        kind = "company_household_item"
    else:
        amt = round(rng.choice([rng.randint(5, 90) * 100, rng.randint(5, 60) * 1000]) * rng.choice([1.0, 1.21]), 2)
        msg = rng.choice([f"FA {vs}", f"Faktura {vs}", f"{vs}", f"uhrada fa {vs}", "", f"obj. {rng.randint(100, 999)}"])
    add("B2B", amb, kind, bank_name(name, 0.5), bank, amt, vs=vs, ks=rng.choice(["", "", "0308"]), msg=msg,
        acct=make_acct())


def person():
    if rng.random() < 0.5:
        return rng.choice(FIRST_M), rng.choice(LAST_M)
    return rng.choice(FIRST_F), rng.choice(LAST_F)


def private_tx():
    fn, ln = person()
    nm = rng.choice([f"{fn} {ln}", f"{ln} {fn}", ascii_up(f"{ln} {fn}"), ascii_up(f"{fn} {ln}"), f"{ln.upper()} {fn}"])
    order = str(rng.randint(10400, 10999))
    item = rng.choice(["psací stůl", "rostoucí židle", "kancelářská židle", "dětský stůl", "knihovna",
                       "rychlovarná konvice", "skříňka"])
    amt = float(rng.choice([1490, 2390, 3290, 4590, 6990, 8490, 12900]))
    msg = rng.choice([f"objednávka {order}", f"obj {order} {item}", f"{item}", "", f"Platba za objednávku č. {order}",
                      f"{fn} {ln} obj. {order}"])
    add("B2C", False, "private_person", nm, rng.choice(PERS_BANKS), amt, vs=order, msg=msg,
        op=rng.choice(["Příchozí úhrada", "Příchozí okamžitá úhrada", "Příchozí okamžitá úhrada"]), acct=make_acct())


for _ in range(70):
    public_tx()
for _ in range(46):
    company_tx()
for _ in range(36):
    private_tx()
# sole traders paying their own trade invoice from a personal account (business evident from the message)
for trade, (fn, ln) in [("Truhlářství Procházka", ("Jan", "Procházka")), ("Elektro Marek", ("Pavel", "Marek")),
                        ("Kadeřnictví Lucie", ("Lucie", "Veselá"))]:
    vs = next_inv()
    add("B2B", False, "sole_trader", bank_name(f"{fn} {ln}", 0.6), "2010", float(rng.choice([3490, 8900, 15600])),
        vs=vs, msg=f"FA {vs} {trade}, IČO {ico_for(trade)}", acct=make_acct())

# ---- ambiguous
for gw, acct, bank in [("Comgate a.s.", make_acct(), "0300"), ("GoPay s.r.o.", make_acct(), "2010")]:
    for _ in range(3):
        d = rng.randint(1, 28)
        add("B2C", True, "payment_gateway_payout", bank_name(gw, 0.5), bank,
            round(rng.uniform(4000, 38000), 2), vs=f"{rng.randint(1000000, 9999999)}",
            msg=f"Vyplata plateb {gw.split()[0]} {d:02d}.{rng.choice(['03', '04', '05'])}.2024", acct=acct)
for _ in range(2):
    fn, ln = person()
    vs = next_inv()
    firm = rng.choice(["Stavby Dvořák s.r.o.", "Autoservis Hrubý s.r.o."])
    add("B2B", True, "person_paying_company_invoice", bank_name(f"{fn} {ln}", 0.5), rng.choice(PERS_BANKS),
        float(rng.choice([7260, 18150])), vs=vs, msg=f"úhrada FA {vs} za {firm}", acct=make_acct())
fn, ln = person()
add("B2B", True, "private_stated_business_use", bank_name(f"{fn} {ln}", 0.5), "3030", 9980.0,
    vs=str(rng.randint(10400, 10999)), msg="2x kancelářská židle do mé ordinace, prosím fakturu", acct=make_acct())
fn, ln = person()
add("B2C", True, "private_person_bulk", bank_name(f"{fn} {ln}", 0.5), "0800", 35700.0,
    vs=str(rng.randint(10400, 10999)), msg="30 ks skládací židle", acct=make_acct())
for _ in range(2):
    public_tx(amb=True)
for _ in range(2):
    company_tx(amb=True)
for nm, ico, bank, msg in [("České dráhy, a.s.", "70994226", "0300", "VZ 2024/0117 FA {vs}"),
                           ("Dopravní podnik města Brna, a.s.", "25508881", "0100",
                            "úhrada FA {vs}, veřejná zakázka č. DPMB/24/033")]:
    vs = next_inv()
    add("B2B", True, "state_owned_company_procurement", bank_name(nm, 0.5), bank,
        round(rng.randint(40, 160) * 1000 * 1.21, 2), vs=vs, ss=ico, msg=msg.format(vs=vs), acct=make_acct())
add("B2B", True, "international_org", "EUROPEAN UNION AGENCY FOR THE SPACE", "", 186340.0,
    vs=next_inv(), msg="EUSPA PO 2024-0412 INV 2024", op="Příchozí úhrada ze zahraničí", acct="",
    adr="Janovskeho 438/2, 17000 Praha 7")
tx[-1]["acct"] = "BE71096123456769"
for vs_kind in ["inv", "inv", "shop"]:
    if vs_kind == "inv":
        add("B2B", True, "thin_invoice_payment", "", "", float(rng.choice([4840, 12100])), vs=next_inv(), msg="",
            acct="")
    else:
        add("B2C", True, "thin_order_payment", "", "", 2390.0, vs=str(rng.randint(10400, 10999)), msg="", acct="")

rng.shuffle(tx)

# ---------------------------------------------------------------- write (newest first)
days = sorted([datetime(2024, 3, 1) + timedelta(days=rng.randint(0, 91)) for _ in tx], reverse=True)
bal = 2_184_516.27
rows, labels = [], []
balances = []
for t in tx:
    balances.append(bal)
    bal = bal - t["amount"] + rng.choice([0, 0, 1, 1]) * round(rng.uniform(2000, 40000), 2)  # hidden outflows
for t, dday, b in zip(tx, days, balances):
    acct = t["acct"] or ""
    if acct.startswith("BE"):
        num, code = acct, ""
    else:
        num, code = (acct, t["bank"]) if acct else ("", "")
    rows.append([OWN_FULL, dday.strftime("%d.%m.%Y"), dec_comma(t["amount"], thousands=" "), "CZK",
                 dec_comma(b, thousands=" "), num, code, t["name"], t["adr"], t["ks"], t["vs"], t["ss"], t["op"],
                 "", "", t["msg"], "Příjmy"])
    labels.append(dict(label=t["label"], ambiguous=t["amb"], kind=t["kind"], country=t["country"]))

LAYOUTS.mkdir(parents=True, exist_ok=True)
stamp = datetime(2024, 6, 3, 8, 41, 17)
text = f"Pohyby na účtu {OWN_FULL} ze dne {stamp.strftime('%d.%m.%Y %H:%M:%S')}\r\n\r\n"
text += csv_text([HEADER] + rows, delimiter=";")
with open(LAYOUTS / f"{ID}.csv", "w", encoding="utf-8-sig", newline="") as f:
    f.write(text)

meta = {
    "id": ID,
    "system": "ČSOB Internetbanking (Czechia): 'Pohyby na účtu' CSV export of a business current account, "
              "filtered to incoming payments (příchozí)",
    "country": "CZ",
    "language": "cs",
    "docs": [
        "Public parser notes for ČSOB exports (file 'csob_export_pohyby_<account>.csv'): line 1 'Pohyby na účtu...' "
        "skip, line 2 empty skip, line 3 headers, data from line 4; UTF-8 with BOM; ';' delimited; amounts with "
        "space thousands and decimal comma (e.g. -1100,00 written '-1 100,00'); dates %d.%m.%Y; account as "
        "'283337817/0300'",
        "Public test fixtures of a ČSOB statement parser give the current header: číslo účtu; datum zaúčtování; "
        "částka; měna; zůstatek; číslo protiúčtu; kód banky protiúčtu; jméno protistrany; adresa protistrany; "
        "konstantní symbol; variabilní symbol; specifický symbol; označení operace; název trvalého příkazu; "
        "vlastní poznámka; zpráva; kategorie (older exports had název účtu protiúčtu / ID transakce / poznámka)",
        "An older ČSOB sample in a public repository shows rows newest first with the running balance "
        "(zůstatek) after each movement, and the title line 'Pohyby na účtu ... ze dne dd.mm.yyyy hh:mm:ss'",
        "Chosen, not documented: the operation labels used (Příchozí úhrada, Příchozí okamžitá úhrada, Příchozí "
        "úhrada ze zahraničí) and the category value 'Příjmy'",
    ],
    "fields": {"buyer": "jméno protistrany", "product": None, "quantity": None, "amount": "částka",
               "tax_id": None, "email": None, "payment": "označení operace", "comment": "zpráva"},
    "also_ok": {"comment": ["vlastní poznámka"], "buyer": ["číslo protiúčtu"]},
    "notes": "Line 1 is a title line, line 2 empty, line 3 the header; each later line is one incoming payment "
             "and a record (row 0 = line 4). Newest first. No product column: goods appear only in the payer's "
             "message (zpráva). Counterparty names come as the paying bank sends them: upper case without "
             "diacritics for many, cut at 35 characters. Public bodies often put their IČO in 'specifický symbol'; "
             "state bodies pay from ČNB accounts (bank code 0710). variabilní symbol is the seller's invoice number "
             "(2024000xxx) or an e-shop order number (5 digits). Payment-gateway payouts (Comgate, GoPay) are "
             "settlement lines without a buyer. A few lines have no counterparty at all (only VS and amount). "
             "Outgoing movements were filtered out, so the balance column also reflects debits not shown.",
}
write_key(ID, meta, labels)
print(ID, len(rows), "rows; own account", OWN_FULL)
