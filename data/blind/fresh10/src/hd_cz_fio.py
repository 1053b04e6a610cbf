"""Fio banka API: pohyby na účtu v CSV (UTF-8, «;») of a Brno office/IT supplier's collection account.

Rebuilds layouts/hd_cz_fio_api_pohyby_prijmy.csv and its key. Seeded.
"""
import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hd_common import LAYOUTS, cz_account, cz_prefix, cz_ico, iban, write_labels, write_key, summary  # noqa: E402

LID = "hd_cz_fio_api_pohyby_prijmy"
rng = random.Random(20250630)

BANKS = {
    "0710": ("Česká národní banka", "CNBACZPPXXX"),
    "0100": ("Komerční banka, a.s.", "KOMBCZPPXXX"),
    "0300": ("Československá obchodní banka, a. s.", "CEKOCZPPXXX"),
    "0800": ("Česká spořitelna, a.s.", "GIBACZPXXXX"),
    "2010": ("Fio banka, a.s.", "FIOBCZPPXXX"),
    "5500": ("Raiffeisenbank a.s.", "RZBCCZPPXXX"),
    "0600": ("MONETA Money Bank, a.s.", "AGBACZPPXXX"),
    "2700": ("UniCredit Bank Czech Republic and Slovakia, a.s.", "BACXCZPPXXX"),
    "3030": ("Air Bank a.s.", "AIRACZPPXXX"),
    "6210": ("mBank S.A., organizační složka", "BREXCZPPXXX"),
}

OWN_ACC = cz_account(rng)
OWN_IBAN = iban("CZ", "2010" + "000000" + OWN_ACC.zfill(10))

GOODS = [  # name, unit price CZK incl. VAT, qty range
    ("kancelářský papír A4 Xerox Business", 129, (10, 400)),
    ("tonery HP 59A", 2390, (2, 24)),
    ("kancelářské potřeby", None, None),
    ("hygienické a úklidové prostředky", None, None),
    ("papírové ručníky Tork H3", 52, (20, 600)),
    ("žákovské židle nastavitelné", 1690, (10, 150)),
    ("žákovské lavice dvoumístné", 3890, (5, 60)),
    ("kancelářské židle", 3490, (2, 30)),
    ("kovové skříně na spisy", 8990, (1, 10)),
    ("notebooky Lenovo ThinkPad E16", 21990, (1, 15)),
    ("multifunkční tiskárny Canon i-SENSYS", 7490, (1, 8)),
    ("monitory Dell P2425H", 4990, (1, 25)),
]
SERVICES = ["servis tiskáren", "plnění tonerů", "montáž nábytku", "správa IT za měsíc"]
HOUSEHOLD = [("rychlovarná konvice Tefal", 899), ("mikrovlnná trouba Samsung", 2990),
             ("klimatizace Daikin vč. montáže", 34900), ("televize Samsung 55\"", 14990),
             ("lednice Gorenje", 10990), ("vysavač Philips", 2490)]

SUR_M = ["Novák", "Svoboda", "Novotný", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec"]
SUR_F = ["Nováková", "Svobodová", "Novotná", "Dvořáková", "Černá", "Procházková", "Kučerová", "Veselá", "Horáková", "Němcová"]
NAME_M = ["Jan", "Petr", "Tomáš", "Martin", "Jakub", "Lukáš", "David", "Pavel"]
NAME_F = ["Jana", "Petra", "Kateřina", "Lucie", "Tereza", "Eva", "Martina", "Hana"]


def strip_diacritics(s):
    tr = str.maketrans("áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ", "acdeeinorstuuyzACDEEINORSTUUYZ")
    return s.translate(tr)


def person(r):
    if r.random() < 0.5:
        return r.choice(NAME_M), r.choice(SUR_M)
    return r.choice(NAME_F), r.choice(SUR_F)


P = []


def add(name, bank, label, kind, country="CZ", amb=False, flav="b", weight=1, ico=None, prefix=False):
    acc = cz_account(rng, prefix=cz_prefix(rng) if prefix else None)
    P.append(dict(name=name, bank=bank, acc=acc, label=label, kind=kind, country=country, amb=amb, flav=flav,
                  weight=weight, ico=ico or cz_ico(rng)))


# ---- public sector (ČNB accounts for state bodies, commercial banks for many municipalities/schools)
for nm, bank, kind, w, ico in [
    ("Statutární město Brno", "0800", "municipality", 2, "44992785"),
    ("MESTO KURIM", "0100", "municipality", 1, None),
    ("Obec Moravany", "0710", "municipality", 1, None),
    ("Městská část Brno-střed", "0800", "municipal_district", 2, None),
    ("Jihomoravský kraj", "0100", "region", 1, "70888337"),
    ("Základní škola Brno, Bakalovo nábřeží 8, příspěvková organizace", "0800", "public_school", 3, None),
    ("ZŠ a MŠ Brno, Křídlovická 30b, p.o.", "0100", "public_school", 2, None),
    ("Mateřská škola Brno, Kotlářská 4, příspěvková organizace", "0800", "public_kindergarten", 1, None),
    ("Gymnázium Brno, třída Kapitána Jaroše, příspěvková organizace", "0100", "public_school", 2, None),
    ("Střední průmyslová škola stavební Brno, příspěvková organizace", "0100", "public_school", 1, None),
    ("Fakultní nemocnice Brno", "0710", "public_hospital", 3, "65269705"),
    ("Fakultní nemocnice u sv. Anny v Brně", "0710", "public_hospital", 2, "00159816"),
    ("Masarykova univerzita", "0100", "public_university", 3, "00216224"),
    ("Vysoké učení technické v Brně", "0100", "public_university", 2, "00216305"),
    ("Mendelova univerzita v Brně", "0100", "public_university", 1, "62156489"),
    ("Krajské ředitelství policie Jihomoravského kraje", "0710", "police", 2, None),
    ("Hasičský záchranný sbor Jihomoravského kraje", "0710", "fire_service", 1, None),
    ("Úřad práce České republiky", "0710", "state_agency", 1, "72496991"),
    ("Česká správa sociálního zabezpečení", "0710", "state_agency", 1, "00006963"),
    ("Ministerstvo obrany", "0710", "armed_forces", 1, "60162694"),
    ("Ředitelství silnic a dálnic s. p.", "0710", "state_enterprise", 1, None),
    ("Lesy České republiky, s.p.", "0800", "state_enterprise", 1, "42196451"),
    ("Povodí Moravy, s.p.", "0300", "state_enterprise", 1, None),
    ("Správa železnic, státní organizace", "0710", "state_enterprise", 1, None),
    ("Česká pošta, s.p.", "0300", "state_enterprise", 1, "47114983"),
]:
    add(nm, bank, "B2G", kind, flav="g", weight=w, ico=ico, prefix=(bank == "0710"))
add("Velvyslanectví Slovenské republiky", "0800", "B2G", "embassy", country="SK", flav="gemb")
add("Základní škola Brno, Holzova 1, příspěvková organizace", "0800", "B2G", "public_school", amb=True, flav="gkettle")
add("MŠ Brno, Jana Babáka 1, p.o.", "0100", "B2G", "public_kindergarten", amb=True, flav="gkettle")

# ---- business and non-profits
for nm, bank, kind, w in [
    ("Kofola ČeskoSlovensko a.s.", "0300", "company", 1),
    ("Zetor Tractors a.s.", "0100", "company", 1),
    ("Alza.cz a.s.", "5500", "company", 1),
    ("Kooperativa pojišťovna, a.s., Vienna Insurance Group", "0100", "company", 1),
    ("Technické sítě Brno, akciová společnost", "0100", "state_owned_company", 1),
    ("Dopravní podnik města Brna, a.s.", "0100", "state_owned_company", 1),
    ("STAVBY HUDEC s.r.o.", "2010", "company", 2),
    ("AutoCentrum Brno-Líšeň s.r.o.", "0600", "company", 2),
    ("Účetní kancelář Veselá s.r.o.", "2010", "company", 2),
    ("EUC Klinika Brno s.r.o.", "0800", "private_clinic", 2),
    ("Hotel Continental Brno, s.r.o.", "0300", "company", 1),
    ("Soukromé gymnázium Brno, s.r.o.", "0100", "private_school", 1),
    ("Společenství vlastníků jednotek domu Cejl 35, Brno", "2010", "homeowners_association", 2),
    ("Bytové družstvo Lesná", "0800", "cooperative", 1),
    ("TJ Sokol Brno I, z.s.", "2010", "non_profit", 1),
    ("Nadace Partnerství", "0300", "foundation", 1),
    ("Český červený kříž, Oblastní spolek Brno-město", "0800", "red_cross_national", 1),
    ("Římskokatolická farnost Brno-Lesná", "0800", "religious_org", 1),
]:
    add(nm, bank, "B2B", kind, flav="b", weight=w)
for i in range(4):
    n, s = person(rng)
    nm = rng.choice([f"{n} {s}", f"Ing. {n} {s}", f"{s} {n} - {rng.choice(['elektroinstalace', 'daňový poradce', 'truhlářství'])}"])
    add(nm, rng.choice(["2010", "3030", "0800"]), "B2B", "sole_trader", flav="osvc", weight=2 if i < 2 else 1)

add("ČEZ, a. s.", "0100", "B2B", "state_owned_company", amb=True, flav="bvz", ico="45274649")
add("OSCE Secretariat - Prague Office", "0300", "B2B", "international_org", country="INT", amb=True, flav="intl")
add("Realitní kancelář Domov Brno s.r.o.", "2010", "B2B", "company", amb=True, flav="bhh")
n, s = person(rng)
add(f"{n} {s}", "3030", "B2B", "sole_trader", amb=True, flav="osvchh")

# ---- persons
for i in range(16):
    n, s = person(rng)
    nm = rng.choice([f"{s} {n}", f"{n} {s}", f"{s.upper()} {n.upper()}", strip_diacritics(f"{s} {n}").upper()])
    add(nm, rng.choice(["0800", "0800", "3030", "2010", "0300", "6210", "0600"]), "B2C", "private_person", flav="c")
for flav, label, kind, amb in [("cbulk", "B2C", "private_person_bulk", True),
                               ("cwork", "B2B", "private_person_business_use", True),
                               ("cpays", "B2B", "person_paying_company_invoice", True),
                               ("cthin", "B2C", "thin_record", True)]:
    n, s = person(rng)
    add(f"{s} {n}" if flav != "cthin" else "", rng.choice(["0800", "3030"]), label, kind, amb=amb, flav=flav)

add("Comgate, a.s.", "0300", "B2C", "acquiring_payout", amb=True, flav="comgate", weight=4)
add("GoPay s.r.o.", "2010", "B2C", "acquiring_payout", amb=True, flav="gopay", weight=1)


# --------------------------------------------------------------- messages
def goods(r, big=False, cap=None):
    name, price, qr = r.choice(GOODS)
    if price is None:
        a = r.choice([1840.0, 3265.0, 5980.5, 9420.0, 14870.0, 26300.0])
        return name, a * (r.randint(2, 4) if big else 1)
    q = qr[0] + int((qr[1] - qr[0]) * r.random() ** 2.2)
    a = q * price
    if cap:
        while a > cap and q > 1:
            q //= 2
            a = q * price
    return name, float(a)


inv_counter = [2025000120]


def next_vs():
    inv_counter[0] += rng.randint(1, 3)
    return str(inv_counter[0])


def movement(p):
    f = p["flav"]
    vs = next_vs()
    ks = ""
    ss = ""
    uid = ""
    msg = ""
    if f == "g":
        what, a = goods(rng, big=True) if rng.random() < 0.8 else (rng.choice(SERVICES), float(rng.choice([1800, 4500, 9600, 14400])))
        ks = rng.choice(["0308", "0008", "1178", ""])
        if rng.random() < 0.4:
            ss = p["ico"]
        msg = rng.choice([f"FA {vs} {what}", f"úhrada faktury {vs}", f"Objednávka {rng.randint(10, 900)}/{2025} - {what}",
                          f"VZMR {rng.randint(1, 60)}/2025 fa {vs}", f"FAKTURA C. {vs}"])
        if rng.random() < 0.3:
            uid = f"Smlouva {rng.randint(1, 300)}/2025/OVZ"
    elif f == "gemb":
        what, a = goods(rng, cap=60000)
        msg = f"Invoice {vs} - office supplies"
    elif f == "gkettle":
        nm, pr = rng.choice(HOUSEHOLD[:2])
        a = float(pr)
        msg = f"fa {vs} {nm} 1 ks"
    elif f == "bvz":
        what, a = goods(rng, big=True)
        msg = f"Fa {vs}, VZ {rng.randint(100000, 999999)}/2025 (zakázka malého rozsahu) - {what}"
        ks = "0308"
    elif f == "intl":
        what, a = goods(rng, cap=120000)
        msg = f"PO PRG-{rng.randint(2500, 2599)} inv {vs}"
    elif f == "bhh":
        nm, pr = HOUSEHOLD[2]
        a = float(pr)
        msg = f"Faktura {vs} - {nm}"
    elif f == "osvchh":
        nm, pr = HOUSEHOLD[3]
        a = float(pr)
        msg = f"{nm}, fa {vs}, IČO {cz_ico(rng)}"
    elif f in ("b", "osvc"):
        if rng.random() < 0.2:
            what, a = rng.choice(SERVICES), float(rng.choice([1200, 3600, 9600, 14400]))
        else:
            what, a = goods(rng, cap=rng.choice([30000, 120000, 450000]))
        ks = rng.choice(["0308", "0008", "", ""])
        msg = rng.choice([f"FA {vs}", f"úhrada fa {vs}", f"faktura {vs} {what}", f"Zálohová faktura {vs}", ""])
    elif f == "c":
        if rng.random() < 0.5:
            nm, pr = rng.choice(HOUSEHOLD[1:] + [("kancelářská židle", 3490), ("notebook Lenovo", 21990)])
            a = float(pr)
            msg = rng.choice([f"objednávka {rng.randint(250000, 259999)}", f"{nm}", f"platba za {nm}"])
        else:
            what, a = goods(rng, cap=12000)
            msg = rng.choice([f"obj. {rng.randint(250000, 259999)}", "", f"{vs}"])
        if rng.random() < 0.4:
            vs = str(rng.randint(250000, 259999))
    elif f == "cbulk":
        a = 40 * 1690.0
        msg = "40x žákovská židle"
    elif f == "cwork":
        a = 2 * 7490.0
        msg = "2x tiskárna Canon do provozovny (kadeřnictví)"
    elif f == "cpays":
        what, a = goods(rng, cap=30000)
        msg = f"úhrada fa {vs} za firmu Malířství Kratochvíl s.r.o."
    elif f == "cthin":
        a = float(rng.choice([1490, 2680]))
        vs = ""
        msg = ""
    elif f == "comgate":
        n = rng.randint(2, 15)
        a = float(sum(rng.choice([129, 899, 2390, 3490, 21990]) for _ in range(n)))
        a = round(a * 0.988, 2)
        vs = str(rng.randint(1000000, 9999999))
        msg = f"Comgate výplata {rng.randint(100000, 999999)}"
    elif f == "gopay":
        n = rng.randint(1, 6)
        a = round(float(sum(rng.choice([129, 899, 2390, 3490]) for _ in range(n))) * 0.985, 2)
        vs = ""
        msg = f"GoPay vyúčtování {rng.randint(3000000000, 3999999999)}"
    else:
        raise ValueError(f)
    return round(a, 2), vs, ks, ss, uid, msg


N = 205
order = list(range(len(P)))
rng.shuffle(order)
seq = order + rng.choices(range(len(P)), weights=[p["weight"] for p in P], k=N - len(P))
rng.shuffle(seq)
start = date(2025, 4, 1)
dates = sorted(start + timedelta(days=rng.randint(0, 90)) for _ in range(N))
mov_id = 26458123001
recs = []
for d, pi in zip(dates, seq):
    p = P[pi]
    if d.weekday() >= 5:
        d = d - timedelta(days=d.weekday() - 4)
    a, vs, ks, ss, uid, msg = movement(p)
    mov_id += rng.randint(3, 40000)
    if p["bank"] == "2010":
        typ = "Příjem převodem uvnitř banky"
    elif rng.random() < 0.25 and p["bank"] != "0710":
        typ = "Okamžitá příchozí platba"
    else:
        typ = "Bezhotovostní příjem"
    recs.append(dict(d=d, p=p, a=a, vs=vs, ks=ks, ss=ss, uid=uid, msg=msg, typ=typ, id=mov_id,
                     pokyn=rng.randint(27000000000, 27999999999), kom=p["name"] if (p["name"] and rng.random() < 0.6) else ""))
recs.sort(key=lambda x: (x["d"], x["id"]))


def q(s):
    """Fio writes non-null text values in quotes, doubling inner quotes."""
    if s == "" or s is None:
        return ""
    return '"' + str(s).replace('"', '""') + '"'


def num(x):
    return f"{x:.2f}".replace(".", ",")


opening = 183420.55
closing = opening + sum(x["a"] for x in recs)
lines = [
    f"accountId;{OWN_ACC}",
    "bankId;2010",
    "currency;CZK",
    f"iban;{OWN_IBAN}",
    "bic;FIOBCZPPXXX",
    f"openingBalance;{num(opening)}",
    f"closingBalance;{num(closing)}",
    f"dateStart;{start:%d.%m.%Y}",
    "dateEnd;30.06.2025",
    f"idFrom;{recs[0]['id']}",
    f"idTo;{recs[-1]['id']}",
    "idLastDownload;",
    "ID pohybu;Datum;Objem;Měna;Protiúčet;Název protiúčtu;Kód banky;Název banky;KS;VS;SS;Uživatelská identifikace;"
    "Zpráva pro příjemce;Typ;Provedl;Upřesnění;Komentář;BIC;ID pokynu;",
]
for x in recs:
    p = x["p"]
    bname, bic = BANKS[p["bank"]]
    lines.append(";".join([
        str(x["id"]), f"{x['d']:%d.%m.%Y}", num(x["a"]), "CZK", p["acc"], q(p["name"]), p["bank"], q(bname),
        x["ks"], x["vs"], x["ss"], q(x["uid"]), q(x["msg"]), x["typ"], "", "", q(x["kom"]), bic, str(x["pokyn"]),
    ]) + ";")
out = LAYOUTS / f"{LID}.csv"
out.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))

labels = [dict(label=x["p"]["label"], amb=x["p"]["amb"], kind=x["p"]["kind"], country=x["p"]["country"]) for x in recs]
write_labels(LID, labels)
write_key(LID, {
    "id": LID,
    "system": "Fio banka - API bankovnictví, pohyby na účtu za období ve formátu CSV (periods/<token>/<od>/<do>/transactions.csv), collection account with incoming payments only",
    "country": "CZ",
    "language": "cs",
    "docs": [
        "Fio API documentation (section 5.3.1.4 CSV, as mirrored in a public repository): UTF-8, ';' separated; header block of key;value lines (accountId, bankId, currency, iban, bic, openingBalance, closingBalance, dateStart, dateEnd, idFrom, idTo, idLastDownload); movement columns ID pohybu;Datum;Objem;Měna;Protiúčet;Název protiúčtu;Kód banky;Název banky;KS;VS;SS;Uživatelská identifikace;Zpráva pro příjemce;Typ;Provedl;Upřesnění;Komentář;BIC;ID pokynu; with a trailing ';'; dates dd.mm.rrrr, decimal comma; text values (Název protiúčtu, Název banky, Uživatelská identifikace, Zpráva pro příjemce, Provedl, Upřesnění, Komentář) in quotes with doubled inner quotes",
        "Public Fio client libraries (Rust/PHP) parsing the same CSV: header line at row 12-13 after the key;value block, account info sample with yearList/idList",
        "Czech bank codes (0710 Česká národní banka for state bodies, 0100, 0300, 0800, 2010 Fio ...) and constant symbols (0008 goods, 0308 services) from public Czech banking lists; the movement types 'Bezhotovostní příjem', 'Příjem převodem uvnitř banky', 'Okamžitá příchozí platba' are from memory of Fio statements, not confirmed by search"
    ],
    "fields": {"buyer": "Název protiúčtu", "product": None, "quantity": None, "amount": "Objem",
               "tax_id": None, "email": None, "payment": "Typ", "comment": "Zpráva pro příjemce"},
    "also_ok": {"comment": ["Uživatelská identifikace", "Komentář"]},
    "notes": ("Twelve key;value lines (account info) sit above the column header; read with skiprows=12. Every line "
              "ends with ';', so pandas adds one empty unnamed column. One line per incoming payment; no totals line. "
              "No buyer tax ID column: state bodies are recognisable by name and by bank code 0710 (ČNB accounts), "
              "schools and kindergartens as 'příspěvková organizace'; VS is the invoice number, SS sometimes the payer's IČO. "
              "Comgate and GoPay lines are card-acquiring payouts without a buyer; one line has no counterparty name at all.")
})
summary(LID, labels)
