"""Vyfakturuj.cz (CZ) – export vydaných faktur do CSV, one row per invoice item. Seeded, rebuilds exactly."""
import csv, json, random, unicodedata, datetime as dt
from p_common import OUT, cz_ico, cz_rodne_cislo, make_docs, fmt_dec

ID = "p_cz_vyfakturuj_faktury"
rng = random.Random(5202)


def ascii_(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


FIRST_F = ["Jana", "Petra", "Lucie", "Kateřina", "Tereza", "Eva", "Martina", "Veronika"]
FIRST_M = ["Jan", "Petr", "Tomáš", "Martin", "Jiří", "Lukáš", "Ondřej", "Pavel", "Jakub"]
LAST_M = ["Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec", "Marek"]
LAST_F = {"Novák": "Nováková", "Svoboda": "Svobodová", "Dvořák": "Dvořáková", "Černý": "Černá", "Procházka": "Procházková",
          "Kučera": "Kučerová", "Veselý": "Veselá", "Horák": "Horáková", "Němec": "Němcová", "Marek": "Marková"}

C = dict(
    iso="CZ", ascii=ascii_,
    first_names=FIRST_F + FIRST_M, female=set(FIRST_F), last_names=LAST_M,
    companies=[("ŠKODA AUTO a.s.", "skoda-auto.cz"), ("Kofola ČeskoSlovensko a.s.", "kofola.cz"),
               ("Alza.cz a.s.", "alza.cz"), ("Rohlik.cz Finance a.s.", "rohlik.cz"), ("Avast Software s.r.o.", "avast.com"),
               ("TON a.s.", "ton.eu"), ("Koh-i-noor Hardtmuth a.s.", "koh-i-noor.cz"), ("Pekárna Kabát s.r.o.", "pekarnakabat.cz"),
               ("Účetní kancelář \"DAŇOVKA\" s.r.o.", "danovka.cz"), ("Advokátní kancelář Havel & Partners s.r.o.", "havelpartners.cz"),
               ("Stavební firma Kubíček s.r.o.", "kubicek-stavby.cz"), ("Moravia Steel a.s.", "moravia-steel.cz")],
    state_owned=[("ČEZ, a. s.", "cez.cz", "Veřejná zakázka dle ZZVZ, ev. č. Z20{y}-0{n}"),
                 ("České dráhy, a.s.", "cd.cz", "Sektorová veřejná zakázka č. {n}/{y}"),
                 ("Letiště Praha, a. s.", "prg.aero", "Zakázka VZ/{n}/{y} dle zákona č. 134/2016 Sb."),
                 ("Česká pošta, s.p.", "cpost.cz", "Objednávka na základě VZ č. {n}/{y}")],
    nonprofits=[("Nadace rozvoje občanské společnosti", "nros.cz", "foundation"),
                ("Český červený kříž, oblastní spolek Praha 1", "cckpraha1.cz", "red_cross_society"),
                ("Spolek přátel Hradce Králové, z.s.", "sphk.cz", "association"),
                ("Římskokatolická farnost u kostela sv. Ludmily", "ludmila.cz", "religious_org"),
                ("Společenství vlastníků jednotek Vinohradská 112", "svj-vinohradska112.cz", "homeowners_association")],
    intl=[("UNHCR – Úřad Vysokého komisaře OSN pro uprchlíky", "unhcr.org"),
          ("Agentura EU pro kosmický program (EUSPA)", "euspa.europa.eu")],
    gov=[("Statutární město Brno", "municipality", "brno.cz", ""), ("Obec Černošice", "municipality", "mestocernosice.cz", ""),
         ("Městská část Praha 6", "municipality", "praha6.cz", ""), ("Hlavní město Praha", "municipality", "praha.eu", ""),
         ("Jihomoravský kraj", "regional_government", "jmk.cz", ""), ("Krajský úřad Plzeňského kraje", "regional_government", "plzensky-kraj.cz", ""),
         ("Základní škola Brno, Kotlářská 4, příspěvková organizace", "public_school", "zskotlarska.cz", ""),
         ("Gymnázium Jana Keplera, Praha 6, Parléřova 2", "public_school", "gjk.cz", ""),
         ("Domov pro seniory Chodov, příspěvková organizace", "municipal_social_institution", "dschodov.cz", ""),
         ("Fakultní nemocnice Brno", "public_hospital", "fnbrno.cz", ""),
         ("Krajské ředitelství policie Jihomoravského kraje", "police", "policie.gov.cz", ""),
         ("Masarykova univerzita", "public_university", "muni.cz", ""),
         ("Ministerstvo zemědělství", "ministry", "mze.gov.cz", "")],
    gov_mailboxes=["podatelna", "fakturace", "ekonom", "sekretariat", "objednavky"],
    sole_patterns=["{fn} {ln}", "{fn} {ln} - Truhlářství", "{ln} {fn} – instalatérské práce", "MUDr. {fn} {ln}",
                   "{LN} {fn}, IČO", "Ing. {fn} {ln} – projekční kancelář"],
    biz_products=[("Notebook Lenovo ThinkPad E14 G5", 21990.00, "ks", (1, 5)),
                  ("Monitor Dell P2422H", 4290.00, "ks", (1, 6)),
                  ("Tiskárna HP LaserJet Pro M404dn", 6490.00, "ks", (1, 2)),
                  ("Toner HP 59A CF259A", 2190.00, "ks", (1, 8)),
                  ("Kancelářský papír A4 Xerox Business 80 g (balík 500 listů)", 129.00, "bal", (5, 60)),
                  ("Servisní práce – hodinová sazba", 850.00, "hod", (1, 20)),
                  ("Microsoft 365 Business Standard – roční licence", 3390.00, "ks", (1, 15)),
                  ("Webhosting Business na 12 měsíců", 2400.00, "ks", (1, 1)),
                  ("Kancelářská židle Antares Star", 3990.00, "ks", (1, 8))],
    b2b_only=[("Rozvaděč RACK 19\" 42U 800x1000", 16900.00, "ks", (1, 2)),
              ("Switch Cisco CBS250-24T-4G", 7890.00, "ks", (1, 3)),
              ("Licence Money S5 – účetnictví", 12900.00, "ks", (1, 2)),
              ("Paleta papíru A4 (200 balíků)", 23800.00, "pal", (1, 2))],
    household=[("Rychlovarná konvice Bosch TWK3A011", 790.00, "ks", (1, 1)),
               ("Kávovar De'Longhi Magnifica S ECAM 22.110.B", 8490.00, "ks", (1, 1)),
               ("Televize Samsung UE55CU7172 55\"", 11990.00, "ks", (1, 1)),
               ("Klimatizace Sinclair Keyon 3,5 kW vč. montáže", 24900.00, "ks", (1, 1)),
               ("Vysavač Dyson V11", 12490.00, "ks", (1, 1)),
               ("Mikrovlnná trouba ETA 0208", 1990.00, "ks", (1, 1)),
               ("Pračka Whirlpool FFB 7238", 9990.00, "ks", (1, 1))],
    phones=[("Mobilní telefon Samsung Galaxy A15 128GB", 4290.00, "ks", (1, 1))],
    biz_comments=["Dodání na provozovnu, Vídeňská 89, Brno", "Dle objednávky č. OBJ-2026-118", "Fakturujeme Vám za dodané zboží",
                  "Splatnost 14 dní, platba převodem"],
    gov_comments=["Objednávka č. OBJ/{n}/{y}", "Smlouva č. {n}/{y} – veřejná zakázka malého rozsahu", "Č. j. MMB/{n}/{y}"],
    home_comments=["Doručit domů", "Dárek – zabalit", "Osobní odběr", "Doručení do bytu, 3. patro"],
    resale_comments=["Zboží k dalšímu prodeji", "Nákup pro můj e-shop", "Pro prodejnu v Kolíně"],
    pay=dict(transfer="Bankovní převod", card="Platební karta", cash="Hotově", online="GoPay"),
    anon_name="Koncový zákazník",
    company_id=lambda r: cz_ico(r),
    sole_id=lambda r, f=False: cz_ico(r),
    person_id=lambda r, fn, ln, f: "",
    role_mail=lambda r: r.choice(["info", "fakturace", "ucetni", "nakup", "objednavky"]),
    person_mail=lambda r, fn, ln: f"{ascii_(fn).lower()}.{ascii_(ln).lower()}{r.choice(['', '', '85', '7'])}@{r.choice(['seznam.cz', 'email.cz', 'gmail.com', 'centrum.cz', 'post.cz'])}",
    sole_mail=lambda fn, ln: f"info@{ascii_(ln).lower()}-sluzby.cz",
)
C["gov"] = [(n, k, dm, cz_ico(rng)) for n, k, dm, _ in C["gov"]]
docs = make_docs(C, rng, 105, max_lines=3, amb_mult=1.5)

HEAD = ["Číslo dokladu", "Typ dokladu", "Datum vystavení", "DUZP", "Datum splatnosti", "Odběratel", "IČ", "DIČ",
        "Ulice", "Město", "PSČ", "Země", "E-mail odběratele", "Položka", "Množství", "Jednotka", "Cena za jednotku bez DPH",
        "Sazba DPH", "Základ", "DPH", "Celkem s DPH", "Měna", "Platební metoda", "Variabilní symbol", "Stav", "Poznámka"]
ADDR = [("Vídeňská 89", "Brno", "639 00"), ("Dejvická 12", "Praha 6", "160 00"), ("Masarykova 5", "Plzeň", "301 00"),
        ("Nádražní 220", "Ostrava", "702 00"), ("Palackého 14", "Olomouc", "779 00")]

rows, labels = [], []
d0 = dt.date(2026, 1, 5)
for i, d in enumerate(docs):
    date = d0 + dt.timedelta(days=int(i * 2.8))
    num = f"{date.year}{i + 1:04d}"
    addr = rng.choice(ADDR) if d["entity"] not in ("none", "anon", "gov") and rng.random() < 0.8 else ("", "", "")
    if d["entity"] == "person":
        female = d["first"] in C["female"]
        ln = LAST_F[d["last"]] if female else d["last"]
        nm = d["name"].replace(d["last"].upper(), ln.upper()).replace(d["last"], ln)
        em = d["email"].replace(ascii_(d["last"]).lower(), ascii_(ln).lower())
    else:
        nm, em = d["name"], d["email"]
    ico = d["taxid"] if d["entity"] in ("company", "sole", "gov") else ""
    dic = ""
    if d["entity"] == "company" or (d["entity"] == "gov" and rng.random() < 0.5):
        dic = "CZ" + ico
    elif d["entity"] == "sole" and rng.random() < 0.6:
        dic = "CZ" + cz_rodne_cislo(rng, d["first"] in C["female"])
    status = rng.choice(["Uhrazeno", "Uhrazeno", "Odesláno", "Po splatnosti"])
    for (p, q, u, pr) in d["lines"]:
        net = round(q * pr, 2); vat = round(net * 0.21, 2)
        rows.append([num, "Faktura", date.strftime("%d.%m.%Y"), date.strftime("%d.%m.%Y"),
                     (date + dt.timedelta(days=14)).strftime("%d.%m.%Y"), nm, ico, dic, *addr,
                     "Česká republika" if d["entity"] != "none" else "", em, p, fmt_dec(q, True, 0), u, fmt_dec(pr), "21",
                     fmt_dec(net), fmt_dec(vat), fmt_dec(net + vat), "CZK", d["pay"], num, status, d["comment"]])
        labels.append([d["label"], str(d["ambiguous"]).lower(), d["kind"], d["country"]])

(OUT / "layouts").mkdir(exist_ok=True); (OUT / "key").mkdir(exist_ok=True)
with open(OUT / "layouts" / f"{ID}.csv", "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\r\n")
    w.writerow(HEAD); w.writerows(rows)
with open(OUT / "key" / f"{ID}.labels.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["row", "label", "ambiguous", "kind", "country"])
    for i, l in enumerate(labels):
        w.writerow([i] + l)
key = {
    "id": ID, "system": "Vyfakturuj.cz – export vydaných faktur do CSV (one row per invoice item)",
    "country": "CZ", "language": "cs",
    "docs": ["Vyfakturuj.cz help (podpora.redbit.cz, 'Import z CSV'): the service exchanges issued invoices (vydané faktury) as CSV, "
             "with číselné řady and platební metody as invoice attributes, separate handling of plátce / neplátce DPH. "
             "The exact header text of Vyfakturuj's CSV export was not found in the searchable docs; headers use Vyfakturuj/Czech "
             "invoicing terms (Odběratel, IČ, DIČ, DUZP, Variabilní symbol, Platební metoda), ';' delimiter, UTF-8 with BOM, "
             "decimal comma, dates DD.MM.YYYY – my reconstruction of a Czech Excel-oriented CSV."],
    "fields": {"buyer": "Odběratel", "product": "Položka", "quantity": "Množství", "amount": "Celkem s DPH",
               "tax_id": "DIČ", "email": "E-mail odběratele", "payment": "Platební metoda", "comment": "Poznámka"},
    "also_ok": {"tax_id": ["IČ"], "amount": ["Základ"]},
    "notes": "One row per invoice item; document columns repeat; 'Číslo dokladu' groups rows of one invoice. IČ (8 digits, valid "
             "mod-11 check) for companies, OSVČ and public bodies; DIČ = CZ+IČ for companies, CZ+rodné číslo for some OSVČ, "
             "empty for persons. 'Koncový zákazník' is the catch-all for an unnamed end customer. Some rows have only the item.",
}
json.dump(key, open(OUT / "key" / f"{ID}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(ID, len(rows), "rows", len(docs), "docs")
