"""ABRA Flexi (CZ) - Vydané faktury exported to Excel (XLSX), extended export with invoice items."""
import random
from datetime import date, timedelta

from openpyxl import Workbook

from f_common import OUT, save_xlsx, ico_cz, rc_cz, write_key, write_labels

LID = "f_cz_abra_flexi_faktury"
rng = random.Random(6202)

COLS = ["Interní číslo", "Typ faktury", "Variabilní symbol", "Datum vystavení", "Datum splatnosti",
        "Zkratka firmy", "Název firmy", "IČ", "DIČ", "Ulice", "Město", "PSČ", "E-mail",
        "Forma úhrady", "Popis", "Poznámka",
        "Položka - název", "Položka - množství", "Položka - MJ", "Položka - cena za MJ", "Položka - sazba DPH",
        "Položka - celkem bez DPH", "Suma celkem", "Měna", "Stav úhrady"]

FM = ["Jan", "Petr", "Tomáš", "Martin", "Jiří", "Pavel", "Lukáš", "Jakub", "Ondřej", "Michal"]
FF = ["Jana", "Eva", "Lucie", "Lenka", "Kateřina", "Michaela", "Tereza", "Veronika", "Hana", "Petra"]
SN = [("Novák", "Nováková"), ("Svoboda", "Svobodová"), ("Dvořák", "Dvořáková"), ("Černý", "Černá"),
      ("Procházka", "Procházková"), ("Kučera", "Kučerová"), ("Veselý", "Veselá"), ("Horák", "Horáková"),
      ("Němec", "Němcová"), ("Marek", "Marková"), ("Pokorný", "Pokorná"), ("Král", "Králová"), ("Beneš", "Benešová")]
PLACES = [("Praha 4", "140 00"), ("Brno", "602 00"), ("Ostrava", "702 00"), ("Plzeň", "301 00"), ("Olomouc", "779 00"),
          ("Říčany", "251 01"), ("Liberec", "460 01"), ("Hradec Králové", "500 02"), ("Kolín", "280 02"), ("Jihlava", "586 01")]
STREETS = ["Nádražní", "Husova", "Palackého", "Komenského", "Masarykova", "Jiráskova", "Školní", "Lipová", "Vinohradská", "U Lesa"]
FREE = ["seznam.cz", "email.cz", "gmail.com", "centrum.cz", "post.cz", "volny.cz"]
TR = str.maketrans("áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ", "acdeeinorstuuyzACDEEINORSTUUYZ")

P = {  # name: (unit price without VAT, MJ)
    "nb": ("Notebook Lenovo ThinkPad E14 Gen 5 i5/16GB/512GB", 21990, "ks"),
    "mon": ("Monitor Dell P2422H 24\"", 4290, "ks"),
    "toner": ("Tonerová kazeta Brother TN-2421", 1390, "ks"),
    "paper": ("Papír Xerox Business A4 80 g (karton 5 balíků)", 590, "krt"),
    "m365": ("Licence Microsoft 365 Business Standard (12 měsíců)", 3360, "ks"),
    "srv": ("Servisní zásah technika", 890, "hod"),
    "net": ("Instalace a konfigurace počítačové sítě", 4500, "kpl"),
    "sw": ("Switch Cisco CBS250-24T-4G", 8990, "ks"),
    "rack": ("Serverový rack 42U 600x1000 mm", 18900, "ks"),
    "ups": ("UPS APC Back-UPS BX1200MI", 4190, "ks"),
    "printer": ("Tiskárna HP LaserJet Pro M404dn", 7490, "ks"),
    "proj": ("Dataprojektor Epson EB-W49", 12990, "ks"),
    "shred": ("Skartovačka Rexel Momentum X410", 3290, "ks"),
    "coffee": ("Kávovar Philips Series 2200 EP2221/40", 8490, "ks"),
    "kettle": ("Rychlovarná konvice Tefal KO2408", 690, "ks"),
    "tv": ("Televize Samsung UE55CU7172 55\"", 11990, "ks"),
    "phone": ("Mobilní telefon Apple iPhone 15 128GB", 19990, "ks"),
    "charger": ("Nabíječka USB-C 20 W", 290, "ks"),
    "mouse": ("Myš Logitech M185", 349, "ks"),
    "tablet": ("Tablet Samsung Galaxy Tab A9+ 64GB", 5490, "ks"),
    "delivery": ("Doprava", 190, "ks"),
}
BIZ = ["nb", "mon", "toner", "paper", "m365", "srv", "net", "sw", "ups", "printer", "shred", "mouse"]
HOME = ["coffee", "kettle", "tv", "phone", "tablet", "mouse", "nb"]
PUBG = ["nb", "mon", "toner", "paper", "proj", "printer", "srv", "m365", "ups", "tablet"]

COMP = [("ŠKODA AUTO a.s.", "skoda-auto.cz", "company"), ("Kofola ČeskoSlovensko a.s.", "kofola.cz", "company"),
        ("Alza.cz a.s.", "alza.cz", "company"), ("STRABAG a.s.", "strabag.com", "company"),
        ("AB Stavby Brno s.r.o.", "abstavby.cz", "company"), ("PEKAŘSTVÍ U HORÁKŮ s.r.o.", "pekarstviuhoraku.cz", "company"),
        ("Autoservis Kolín spol. s r.o.", "autoservis-kolin.cz", "company"), ("Vinařství Sonberk a.s.", "sonberk.cz", "company"),
        ("\"ELEKTRO - MONT\" s.r.o.", "elektromont.cz", "company"), ("Dřevostavby Jihlava s.r.o.", "drevostavby-ji.cz", "company"),
        ("Advokátní kancelář Mgr. Tomáš Beneš", "akbenes.cz", "sole_trader"), ("MUDr. Petra Šťastná", None, "sole_trader"),
        ("Truhlářství Josef Kolář", None, "sole_trader"), ("Účetní kancelář Hana Malá", None, "sole_trader"),
        ("Česká rada dětí a mládeže, z.s.", "crdm.cz", "non_profit"), ("Spolek rodičů při ZŠ Komenského Kolín", None, "parents_association"),
        ("Římskokatolická farnost Říčany", "farnostricany.cz", "religious_organisation"),
        ("Společenství vlastníků jednotek Vinohradská 112", None, "homeowners_association"),
        ("Nadace ČEZ", "nadacecez.cz", "non_profit")]
PUB = [("Statutární město Brno", "podatelna@brno.cz", "municipality"), ("Město Říčany", "posta@ricany.cz", "municipality"),
       ("Obec Dolní Břežany", "obec@dolnibrezany.cz", "municipality"), ("Městská část Praha 6", "podatelna@praha6.cz", "municipality"),
       ("Základní škola a mateřská škola Praha 4, Jílovská 1100, příspěvková organizace", "skola@zsjilovska.cz", "public_school"),
       ("Gymnázium Jana Keplera", "gjk@gjk.cz", "public_school"),
       ("Domov pro seniory Elišky Purkyňové, příspěvková organizace", "reditelstvi@dselisky.cz", "municipal_institution"),
       ("Krajská správa a údržba silnic Středočeského kraje, příspěvková organizace", "podatelna@ksus.cz", "regional_institution"),
       ("Ministerstvo zemědělství", "posta@mze.gov.cz", "ministry"),
       ("Krajské ředitelství policie Jihomoravského kraje", "krpb.podatelna@pcr.cz", "police"),
       ("Úřad práce České republiky - krajská pobočka v Olomouci", "podatelna.ol@uradprace.cz", "state_agency"),
       ("Univerzita Karlova", "zakazky@cuni.cz", "public_university"), ("Fakultní nemocnice Brno", "nakup@fnbrno.cz", "public_hospital"),
       ("Lesy České republiky, s.p.", "lesycr@lesycr.cz", "state_enterprise"),
       ("Státní fond dopravní infrastruktury", "podatelna@sfdi.cz", "state_fund")]

invoices = []


def person():
    f = rng.random() < 0.5
    fn = rng.choice(FF if f else FM)
    a, b = rng.choice(SN)
    return fn, (b if f else a), f


def fmail(fn, sn):
    a, b = fn.lower().translate(TR), sn.lower().translate(TR)
    return rng.choice([f"{a}.{b}", f"{b}.{a}", f"{a[0]}{b}{rng.randint(1, 99)}", f"{a}{b}"]) + "@" + rng.choice(FREE)


def items(keys, nmax, qmax):
    return [(k, rng.randint(1, qmax)) for k in rng.sample(keys, rng.randint(1, nmax))]


def add(inv, label, kind, amb, country="CZ"):
    inv.update(label=label, kind=kind, amb=amb, country=country)
    invoices.append(inv)


for _ in range(30):
    fn, sn, f = person()
    add({"name": f"{fn} {sn}", "email": fmail(fn, sn), "items": items(HOME, 2, 1),
         "pay": rng.choice(["Převodem", "Platební kartou", "Dobírkou", "Hotově"]),
         "note": rng.choice(["", "", "Objednávka z e-shopu", "Dodání na adresu bydliště", "Záruka 24 měsíců"])}, "B2C", "private_person", False)
for _ in range(5):
    add({"name": "", "anon": True, "items": items(["charger", "mouse", "kettle", "toner"], 1, 2), "pay": "Hotově",
         "note": "Prodej za hotové - prodejna"}, "B2C", "anonymous_retail", False)
for _ in range(38):
    name, dom, kind = rng.choice(COMP)
    ic = ico_cz(rng, rng.choice([0, 2, 4, 6, 2, 4]))
    if kind == "sole_trader":
        ic = ico_cz(rng, rng.choice([6, 7, 8]))
    dic = ("CZ" + ic) if kind in ("company",) or (kind == "sole_trader" and rng.random() < 0.5) else ""
    if kind == "sole_trader" and dic:
        dic = "CZ" + rc_cz(rng, female=name.endswith(("á", "Malá")))
    add({"name": name, "ic": ic, "dic": dic, "email": (rng.choice(["fakturace", "ucetni", "info", "nakup"]) + "@" + dom) if dom else (fmail(*name.split()[-2:]) if kind == "sole_trader" else fmail(*person()[:2])),
         "items": items(BIZ, 3, 4), "pay": rng.choice(["Převodem", "Převodem", "Převodem", "Hotově"]),
         "note": rng.choice(["", "", "Dle objednávky č. OBJ-%d" % rng.randint(100, 999), "Dle smlouvy o servisu IT", "Předáno dodacím listem"])},
        "B2B", kind, False)
for _ in range(22):
    name, mail, kind = rng.choice(PUB)
    ic = ico_cz(rng, rng.choice([0, 4, 7]))
    add({"name": name, "ic": ic, "dic": ("CZ" + ic) if rng.random() < 0.5 else "", "email": mail,
         "items": items(PUBG, 3, 6), "pay": "Převodem",
         "note": rng.choice(["", "Objednávka č. %d/2024" % rng.randint(10, 400), "Veřejná zakázka malého rozsahu - %s" % rng.choice(["dodávka IT techniky", "servis tiskáren"]),
                             "Smlouva zveřejněna v registru smluv", ""])}, "B2G", kind, False)

# ---- ambiguous
for dom, kind in [("skoda-auto.cz", "person_company_email"), ("kofola.cz", "person_company_email"),
                  ("mfcr.cz", "person_government_email"), ("army.cz", "person_government_email")]:
    fn, sn, f = person()
    add({"name": f"{fn} {sn}", "email": f"{fn.lower().translate(TR)}.{sn.lower().translate(TR)}@{dom}",
         "items": [(rng.choice(["coffee", "tv", "tablet"]), 1)], "pay": "Platební kartou", "note": "Doručit domů"},
        "B2C", kind, True)
for name, dom in [("AB Stavby Brno s.r.o.", "abstavby.cz"), ("Vinařství Sonberk a.s.", "sonberk.cz"), ("\"ELEKTRO - MONT\" s.r.o.", "elektromont.cz")]:
    ic = ico_cz(rng, 2)
    add({"name": name, "ic": ic, "dic": "CZ" + ic, "email": "info@" + dom, "items": [(rng.choice(["coffee", "tv"]), 1)],
         "pay": "Převodem"}, "B2B", "company_household_item", True)
for name, fem in [("Jakub Král", False), ("Veronika Pokorná", True)]:
    add({"name": name, "ic": ico_cz(rng, 7), "dic": "", "email": fmail(*name.split()), "items": [("tv", 1)],
         "pay": "Platební kartou"}, "B2B", "sole_trader_personal_purchase", True)
fn, sn, f = person()
add({"name": f"{fn} {sn}", "email": fmail(fn, sn), "items": [("charger", 40), ("phone", 3)], "pay": "Převodem"},
    "B2C", "private_bulk_volume", True)
fn, sn, f = person()
add({"name": f"{fn} {sn}", "email": fmail(fn, sn), "items": [("tablet", 2), ("charger", 2)], "pay": "Převodem",
     "note": "Tablety budou sloužit v mé provozovně (kadeřnictví) pro objednávky"}, "B2B", "private_stated_business_use", True)
add({"name": "Ing. Pavel Marek", "email": fmail("Pavel", "Marek"), "items": [("nb", 1), ("m365", 1)], "pay": "Převodem",
     "note": "Hrazeno soukromě za firmu MAREK TRANS s.r.o., IČ bude doplněno"}, "B2B", "person_paying_company_invoice", True)
for name, mail in [("Základní škola Kolín V., Mnichovická 62", "zs5@zs5kolin.cz"), ("Mateřská škola Jihlava, Mahenova 11", "ms.mahenova@jihlava.cz")]:
    add({"name": name, "ic": ico_cz(rng, 7), "dic": "", "email": mail, "items": [("kettle", 1)], "pay": "Převodem"},
        "B2G", "public_school_household_item", True)
ic = ico_cz(rng, 2)
add({"name": "ČEPS, a.s.", "ic": ic, "dic": "CZ" + ic, "email": "nakup@ceps.cz", "items": [("sw", 4), ("ups", 4)], "pay": "Převodem",
     "note": "Veřejná zakázka v sektorovém režimu č. 2024/117, evid. č. VZ Z2024-031455"}, "B2B", "state_owned_company_procurement", True)
add({"name": "Agentura Evropské unie pro kosmický program (EUSPA)", "ic": "", "dic": "", "email": "procurement@euspa.europa.eu",
     "items": [("nb", 5), ("mon", 5)], "pay": "Převodem", "note": "PO 2024-EUSPA-0412, osvobozeno od DPH"},
    "B2B", "international_org", True)
add({"name": "Nadační fond pro podporu vzdělávání Středočeského kraje", "ic": ico_cz(rng, 0), "dic": "", "email": "info@nfstredoceskykraj.cz",
     "items": [("nb", 3)], "pay": "Převodem", "note": "Zřizovatel: Středočeský kraj"}, "B2B", "state_founded_fund", True)
for k, lab in [("rack", "B2B"), ("tv", "B2C"), ("sw", "B2B")]:
    add({"name": "", "thin": True, "items": [(k, 1)], "pay": ""}, lab, "thin_product_only", True)

_seen = {}
for _x in invoices:  # one tax ID per customer name
    if _x.get('name') and any(_x.get(k) for k in ['ic', 'dic']):
        if _x['name'] in _seen:
            _x.update(_seen[_x['name']])
        else:
            _seen[_x['name']] = {k: _x.get(k, '') for k in ['ic', 'dic']}
rng.shuffle(invoices)

wb = Workbook()
ws = wb.active
ws.title = "Vydané faktury"
ws.append(COLS)
lab = []
d = date(2024, 4, 2)
num = 0
for inv in invoices:
    num += 1
    d += timedelta(days=rng.choice([0, 0, 1, 1, 2]))
    kod = f"FV-{num + 311:04d}/2024"
    vs = f"2024{num + 311:04d}"
    pay = inv.get("pay", "")
    due = d + timedelta(days=14 if pay == "Převodem" else 0)
    name = inv["name"]
    if name and rng.random() < 0.08:
        name = name.upper()
    elif name and " " in name and not inv.get("ic") and rng.random() < 0.1 and inv["label"] == "B2C":
        fn, sn = name.split(" ", 1)
        name = f"{sn}, {fn}"
    if name and rng.random() < 0.06:
        name += " "
    zk = "" if not name else name.translate(TR).upper().replace('"', "").replace(",", "").replace(".", "").split()[0][:10] + str(rng.randint(1, 9))
    city, psc = rng.choice(PLACES)
    street = f"{rng.choice(STREETS)} {rng.randint(1, 250)}"
    rate = 21
    lines = inv["items"] + ([("delivery", 1)] if pay == "Dobírkou" else [])
    total = round(sum(P[k][1] * q for k, q in lines) * (1 + rate / 100), 2)
    if inv.get("anon") or inv.get("thin"):
        street = city = psc = ""
    stav = rng.choice(["Uhrazeno", "Uhrazeno", "Neuhrazeno", "Částečně uhrazeno"]) if pay == "Převodem" else ("Uhrazeno" if pay else "")
    popis = {"B2G": "Dodávka dle objednávky", "B2B": "Prodej zboží a služeb"}.get(inv["label"], "Prodej zboží")
    if inv.get("thin"):
        popis = ""
    for k, q in lines:
        nm, price, mj = P[k]
        ws.append([kod, "FAKTURA", vs, d, due, zk, name, inv.get("ic", ""), inv.get("dic", ""),
                   street, city, psc, inv.get("email", ""), pay, popis, inv.get("note", ""),
                   nm, q, mj, price, rate, round(price * q, 2), total, "CZK", stav])
        lab.append(inv)
for row in ws.iter_rows(min_row=2):
    row[3].number_format = "DD.MM.YYYY"
    row[4].number_format = "DD.MM.YYYY"
    for c in (row[19], row[21], row[22]):
        c.number_format = "#,##0.00"
save_xlsx(wb, OUT / "layouts" / f"{LID}.xlsx")
write_labels(LID, lab)
write_key(LID, {
    "id": LID,
    "system": "ABRA Flexi - evidence Vydané faktury (faktura-vydana) exported to Excel with invoice items (rozšířený export)",
    "country": "CZ",
    "language": "cs",
    "docs": [
        "podpora.flexibee.eu 'Importy z Excelu - vydané faktury včetně položek (WUI)': standard visible columns Interní číslo, Variabilní symbol, Typ faktury, Název firmy, Datum vystavení and Datum splatnosti in DD.MM.YYYY, Suma celkem, Měna, Stav úhrady; the extended file carries the invoice and its items together; 'Export do Excelu pro import' gives the same format",
        "podpora.flexibee.eu 'Podporované formáty': the REST API also writes CSV (optionally encoding=iso-8859-2), XLS, DBF - chose the Excel export",
        "podpora.flexibee.eu 'Importy z Excelu - adresy firem': address-book fields Zkratka, Název, IČ, DIČ, e-mail - used for the buyer columns",
        "tomasKavan/abraFlexiClient generated entities: invoice properties (kod, firma, nazFirmy, ic, dic, formaUhradyCis, popis, poznam, sumCelkem) - the Czech labels follow these"
    ],
    "fields": {"buyer": "Název firmy", "product": "Položka - název", "quantity": "Položka - množství",
               "amount": "Suma celkem", "tax_id": "IČ", "email": "E-mail", "payment": "Forma úhrady", "comment": "Poznámka"},
    "also_ok": {"buyer": ["Zkratka firmy"], "amount": ["Položka - celkem bez DPH", "Položka - cena za MJ"],
                "tax_id": ["DIČ"], "comment": ["Popis"]},
    "notes": "One row per invoice item; invoice header columns (Interní číslo ... Poznámka, Suma celkem, Stav úhrady) repeat on every item row, so Suma celkem is the invoice total with DPH repeated. Sheet 'Vydané faktury', no title or totals rows. Persons have no IČ; OSVČ have IČ and sometimes DIČ = CZ + rodné číslo; companies DIČ = CZ + IČ. Cash sales at the shop have an empty Název firmy (anonymous retail). Dates are real Excel dates formatted DD.MM.YYYY."
})
print(ws.max_row - 1, "lines", len(invoices), "invoices")
