"""Zervant (Finland) - laskut (invoice list) CSV export, one row per invoice line."""
import random, csv, io
from datetime import date, timedelta
from m_common import OUT, fi_ytunnus, fmt_num, write_key

rng = random.Random(5101)
KID = "m_fi_zervant_laskut"

FIRST = ["Matti", "Juha", "Mikko", "Timo", "Jari", "Antti", "Anna", "Maria", "Laura", "Sanna", "Tiina", "Johanna", "Heikki", "Ville", "Elina", "Kaisa", "Pekka", "Minna"]
LAST = ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Kinnunen", "Turunen"]
FREE = ["gmail.com", "hotmail.com", "outlook.com", "suomi24.fi", "luukku.com", "elisanet.fi"]

BIZ = [("Kannettava tietokone Lenovo ThinkPad E14 Gen 5", 899.00), ("Näyttö Dell P2423H 24\"", 219.00), ("Telakointiasema Dell WD19S", 189.00),
       ("Microsoft 365 Business Standard, vuosilisenssi", 148.80), ("Verkkokytkin Ubiquiti UniFi USW-24-POE", 429.00), ("Tulostinpaperi A4 80 g, laatikko 5x500", 32.90),
       ("Väriainekasetti HP 207A musta", 79.90), ("Varmuuskopiointipalvelu, kk", 39.00), ("NAS Synology DS923+", 629.00)]
SERV = [("IT-tuki, tuntiveloitus", 78.00), ("Asennustyö paikan päällä (h)", 85.00), ("Matkakulut, km-korvaus", 0.57), ("Etätuki, kuukausimaksu", 120.00)]
HOME = [("Kahvinkeitin Moccamaster KBG Select", 239.00), ("Televisio Samsung 55\" QLED", 749.00), ("Robotti-imuri iRobot Roomba Combo", 399.00),
        ("Pelikonsoli PlayStation 5 Slim", 549.00), ("Langattomat kuulokkeet Sony WH-1000XM5", 379.00), ("Sähköhammasharja Oral-B iO 5", 119.00)]

COMP = [("Rakennusliike Lehto Oy", "lehtoyhtiot.fi"), ("Tilitoimisto Nurmi Oy", "tilitoimistonurmi.fi"), ("Kuljetusliike Saarinen Ky", "saarisenkuljetus.fi"),
        ("Kesko Oyj", "kesko.fi"), ("Hartwall Oy", "hartwall.fi"), ("Fazer Leipomot Oy", "fazer.com"), ("Tokmanni Oy", "tokmanni.fi"),
        ("Mainostoimisto Kaiku Oy", "kaikumainos.fi"), ("Kiinteistö Oy Tampereen Kauppakulma", "kauppakulma.fi"), ("Hammaslääkäriasema Hymy Oy", "hymyhammas.fi"),
        ("Insinööritoimisto Laine & Co Oy", "laineco.fi"), ("Ravintola Savotta Oy", "savotta.fi"), ("Sähköurakointi Virta Ky", "sahkovirta.fi"),
        ("Asunto Oy Helsingin Merikannontie 4", "isannointi-kivi.fi"), ("Tampereen Ilves ry", "ilves.com")]
TMI = [("Tmi Jari Heikkinen", "gmail.com"), ("Kampaamo Sanna Tmi", "kampaamosanna.fi"), ("Valokuvaus Elina Niemi Tmi", "elinaniemi.fi"), ("Tmi Pekka Kinnunen Rakennuspalvelu", "luukku.com")]
GOV = [("Helsingin kaupunki", "hel.fi", "municipality"), ("Tampereen kaupunki", "tampere.fi", "municipality"), ("Espoon kaupunki", "espoo.fi", "municipality"),
       ("Kangasalan kunta", "kangasala.fi", "municipality"), ("Sipoon kunta", "sipoo.fi", "municipality"), ("Pirkkalan kunta", "pirkkala.fi", "municipality"),
       ("Verohallinto", "vero.fi", "state_agency"), ("Maanmittauslaitos", "maanmittauslaitos.fi", "state_agency"), ("Tilastokeskus", "stat.fi", "state_agency"),
       ("Pirkanmaan hyvinvointialue", "pirha.fi", "wellbeing_services_county"), ("Länsi-Uudenmaan hyvinvointialue", "luvn.fi", "wellbeing_services_county"),
       ("Helsingin yliopisto", "helsinki.fi", "public_university"), ("Poliisihallitus", "poliisi.fi", "police")]

_TAX = {}
def ytun(name):
    key = name.strip().lower()
    if key not in _TAX:
        _TAX[key] = fi_ytunnus(rng)
    return _TAX[key]

def person():
    return rng.choice(FIRST), rng.choice(LAST)

def mail_p(f, l, dom=None):
    return f"{f.lower()}.{l.lower()}@{dom or rng.choice(FREE)}".replace("ä", "a").replace("ö", "o")

buyers = []
def add(**kw):
    kw.setdefault("tax", ""); kw.setdefault("email", ""); kw.setdefault("pay", "Pankkitili"); kw.setdefault("msg", ""); kw.setdefault("cc", "FI"); kw.setdefault("amb", False)
    buyers.append(kw)

for _ in range(30):
    n, d = rng.choice(COMP)
    add(name=n + rng.choice(["", "", " "]), kind="company" if "ry" not in n and "Asunto Oy" not in n else ("association" if "ry" in n else "housing_company"),
        label="B2B", tax=ytun(n), email=rng.choice(["laskut", "reskontra", "toimisto", "info"]) + "@" + d, goods="biz",
        msg=rng.choice(["", "", "Tilausnumero PO-" + str(rng.randint(4000, 9999)), "Viitteenne: toimiston IT-uudistus"]))
for _ in range(6):
    n, d = rng.choice(TMI)
    add(name=n, kind="sole_trader", label="B2B", tax=ytun(n), email=mail_p(*person(), d) if d != "gmail.com" else "", goods="biz")
for _ in range(24):
    n, d, k = rng.choice(GOV)
    add(name=n.upper() if rng.random() < 0.1 else n, kind=k, label="B2G", tax=ytun(n), email="kirjaamo@" + d if rng.random() < 0.5 else mail_p(*person(), d),
        goods="biz", msg=rng.choice(["", "Hankintasopimus " + str(rng.randint(100, 999)) + "/2024", "Verkkolaskuosoite 0037" + str(rng.randint(10000000, 99999999)), ""]))
for _ in range(28):
    f, l = person()
    nm = rng.choice([f"{f} {l}", f"{l}, {f}", f"{l} {f}", f"{f} {l} ".upper()])
    add(name=nm, kind="private_person", label="B2C", email=mail_p(f, l) if rng.random() < 0.7 else "", goods="home",
        pay=rng.choice(["Verkkomaksu", "Käteinen", "Pankkitili"]))
# ambiguous cases
f, l = person(); add(name=f"{f} {l}", kind="person_gov_email_household", label="B2C", amb=True, email=mail_p(f, l, "hel.fi"), goods="home1", pay="Verkkomaksu")
f, l = person(); add(name=f"{f} {l}", kind="person_company_email_household", label="B2C", amb=True, email=mail_p(f, l, "kone.com"), goods="home1", pay="Verkkomaksu")
add(name="Tilitoimisto Nurmi Oy", kind="company_household_item", label="B2B", amb=True, tax=ytun("Tilitoimisto Nurmi Oy"), email="toimisto@tilitoimistonurmi.fi", goods="home1")
add(name="Mainostoimisto Kaiku Oy", kind="company_household_item", label="B2B", amb=True, tax=ytun("Mainostoimisto Kaiku Oy"), goods="home1")
add(name="Tmi Jari Heikkinen", kind="sole_trader_personal_purchase", label="B2B", amb=True, tax=ytun("Tmi Jari Heikkinen"), goods="home1", pay="Verkkomaksu")
add(name="Posti Group Oyj", kind="state_owned_company_procurement", label="B2B", amb=True, tax=ytun("Posti Group Oyj"), email="ostolaskut@posti.com", goods="biz", msg="Hankintalaki, tarjouspyyntö HILMA 2024-0" + str(rng.randint(10000, 99999)))
add(name="VR-Yhtymä Oyj", kind="state_owned_company_procurement", label="B2B", amb=True, tax=ytun("VR-Yhtymä Oyj"), goods="biz", msg="Erityisalojen hankintalaki, sopimus 2024/117")
add(name="Sitra", kind="state_founded_fund", label="B2B", amb=True, tax=ytun("Sitra"), email="kirjaamo@sitra.fi", goods="biz")
add(name="UNU-WIDER", kind="international_org", label="B2B", amb=True, email="procurement@wider.unu.edu", goods="biz", cc="FI")
f, l = person(); add(name=f"{f} {l}", kind="private_person_for_resale", label="B2B", amb=True, email=mail_p(f, l), goods="home1", msg="Jälleenmyyntiin kirpputoriliikkeeseen")
f, l = person(); add(name=f"{l} {f}", kind="private_person_bulk", label="B2C", amb=True, email=mail_p(f, l), goods="bulk", pay="Verkkomaksu")
add(name="Hervannan koulu", kind="municipal_school_household_item", label="B2G", amb=True, email="hervannan.koulu@tampere.fi", goods="home1", msg="Opettajainhuone")
add(name="Pirkkalan kunta", kind="municipality_household_item", label="B2G", amb=True, tax=ytun("Pirkkalan kunta"), goods="home1")
for _ in range(3):
    add(name="", kind="product_only_business_goods", label="B2B", amb=True, goods="thin_biz", pay="")
for _ in range(2):
    add(name="", kind="product_only_household", label="B2C", amb=True, goods="home1", pay="")
rng.shuffle(buyers)

HEAD = ["Laskunumero", "Laskun päiväys", "Eräpäivä", "Asiakas", "Y-tunnus", "Sähköposti", "Tuote", "Määrä", "Yksikkö", "À-hinta", "ALV %",
        "Veroton", "Verollinen", "Tila", "Maksutapa", "Viesti"]
rows, labels = [], []
d0 = date(2024, 1, 8); num = 1043
for b in buyers:
    g = b["goods"]
    if g == "biz":
        lines = [rng.choice(BIZ) for _ in range(rng.randint(1, 3))] + ([rng.choice(SERV)] if rng.random() < 0.5 else [])
    elif g == "home":
        lines = [rng.choice(HOME)] + ([rng.choice(SERV[:2])] if rng.random() < 0.3 else [])
    elif g == "home1":
        lines = [rng.choice(HOME)]
    elif g == "bulk":
        lines = [("Langattomat kuulokkeet Sony WH-1000XM5", 379.00)]
    else:
        lines = [rng.choice(BIZ[2:5])]
    d0 += timedelta(days=rng.randint(0, 2)); num += 1
    due = d0 + timedelta(days=rng.choice([7, 14, 14, 21, 30]))
    seen = set(); tila = rng.choice(["Maksettu", "Maksettu", "Lähetetty", "Erääntynyt"])
    for prod, price in lines:
        if prod in seen:
            continue
        seen.add(prod)
        unit = "h" if "(h)" in prod or "tunti" in prod else ("km" if "km" in prod else "kpl")
        q = rng.randint(1, 6) if g == "biz" else 1
        if unit == "km": q = rng.randint(20, 140)
        if unit == "h": q = rng.choice([1, 1.5, 2, 3, 4])
        if g == "bulk": q = 40
        net = round(q * price, 2); vat = 24.0 if d0 < date(2024, 9, 1) else 25.5
        gross = round(net * (1 + vat / 100), 2)
        rows.append([str(num), d0.strftime("%d.%m.%Y"), due.strftime("%d.%m.%Y"), b["name"], b["tax"], b["email"], prod,
                     fmt_num(q).rstrip("0").rstrip(",") if q != int(q) else str(int(q)), unit, fmt_num(price), fmt_num(vat).replace(",00", "").replace(",50", ",5"),
                     fmt_num(net), fmt_num(gross), tila, b["pay"], b["msg"]])
        labels.append((b["label"], b["amb"], b["kind"], b["cc"]))

buf = io.StringIO()
w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
w.writerow(HEAD); w.writerows(rows)
(OUT / "layouts" / f"{KID}.csv").write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))

write_key(KID, {
    "system": "Zervant (Finland) - Laskut list downloaded as CSV (invoice list, one row per invoice line)",
    "country": "FI", "language": "fi",
    "docs": [
        "Zervant help 'Managing your customer list' / 'Exporting invoices or estimates': invoice and estimate lists can be downloaded as a csv file from the list menu (three grey lines) - gave CSV as the format",
        "Zervant help 'Managing your invoice statuses': statuses Created/Sent/Overdue/Paid (Luotu/Lähetetty/Erääntynyt/Maksettu); a paid invoice is booked to 'Cash in hand' or 'Bank accounts', online payments via Zervant Online Payments - gave Tila and Maksutapa values",
        "Zervant help 'Invoice settings inside the editor': item row columns Date, Quantity, Unit, Unit price, VAT %, VAT total; Message field - gave the line columns and Viesti",
        "No public page lists the exact Finnish CSV headers; ';' delimiter, UTF-8 with BOM, comma decimals, d.m.yyyy dates are the Finnish Excel conventions assumed"],
    "fields": {"buyer": "Asiakas", "product": "Tuote", "quantity": "Määrä", "amount": "Verollinen", "tax_id": "Y-tunnus",
               "email": "Sähköposti", "payment": "Maksutapa", "comment": "Viesti"},
    "also_ok": {"amount": ["Veroton"]},
    "notes": "One row per invoice line; rows with the same Laskunumero are one invoice and share a label. No title or totals lines. Y-tunnus values carry valid check digits. Empty Asiakas rows are thin records (product only). VAT 24% before 1.9.2024, 25.5% after."}, labels)
print(KID, len(rows))
