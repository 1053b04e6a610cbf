"""Finland: Netvisor myyntilaskut (sales invoices with rows) CSV export, ';' separated, cp1252, decimal comma."""
import csv
import os
import datetime as dt
from x_common import rng, write_key, fi_ytunnus, fmt_comma, LAYOUTS

LID = "x_fi_netvisor_myyntilaskut"
R = rng(4404)

HEAD = ["Laskunumero", "Laskun päivä", "Eräpäivä", "Asiakasnumero", "Asiakkaan nimi", "Y-tunnus", "Yhteyshenkilö",
        "Sähköposti", "Laskutusosoite", "Postinumero", "Postitoimipaikka", "Viitteenne", "Tilausnumero", "Tuotekoodi",
        "Tuotteen nimi", "Määrä", "Yksikkö", "Yksikköhinta", "ALV-%", "Veroton summa", "ALV", "Verollinen summa",
        "Maksutapa", "Laskun tila", "Laskun lisätiedot"]

# seller: printing house / signs and promotional products (painotalo)
PRINT = [("Käyntikortit 4/4, 500 kpl", 79.0, "erä"), ("Roll-up 85x200 cm, tulostus ja teline", 189.0, "kpl"),
         ("Esite A4 taitettu, 1000 kpl", 420.0, "erä"), ("Tarra-arkki A4 logolla, 100 kpl", 96.0, "erä"),
         ("Julistetulostus A1", 38.0, "kpl"), ("Kyltti alumiinikomposiitti 60x40 cm", 145.0, "kpl"),
         ("Logopaita painatuksella", 19.9, "kpl"), ("Kirjekuori C5 logolla, 1000 kpl", 260.0, "erä"),
         ("Ikkunateippaus, asennus", 65.0, "h"), ("Suunnittelutyö", 75.0, "h"), ("Messuseinä 3x2,3 m", 1290.0, "kpl"),
         ("Vuosikertomus 24 s, 300 kpl", 1850.0, "erä"), ("Lomakkeet A4 numeroitu, 2000 kpl", 310.0, "erä"),
         ("Autoteippaus pakettiauto", 890.0, "kpl"), ("Heijastinliivi logolla", 7.9, "kpl")]
PERSONAL = [("Valokuvakirja A4 kovakantinen", 49.9, "kpl"), ("Canvas-taulu 40x60 cm", 59.0, "kpl"),
            ("Hääkutsut 50 kpl", 89.0, "erä"), ("Kalenteri omilla kuvilla", 29.9, "kpl"), ("Muki kuvalla", 16.9, "kpl"),
            ("Valmistujaiskortit 30 kpl", 45.0, "erä"), ("Muistotilaisuuden ohjelmalehtinen, 80 kpl", 69.0, "erä")]

FIRST = ["Matti", "Maria", "Juha", "Helena", "Mikko", "Anna", "Timo", "Johanna", "Jari", "Kaisa", "Antti", "Sanna", "Ville",
         "Laura", "Pekka", "Emilia", "Jussi", "Aino", "Tuomas", "Elina", "Ahmed", "Olga"]
LAST = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen",
        "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Kinnunen", "Salonen", "Turunen", "Lindqvist"]
FREEMAIL = ["gmail.com", "hotmail.com", "outlook.com", "luukku.com", "suomi24.fi", "icloud.com", "kolumbus.fi"]
PLACES = [("00100", "HELSINKI"), ("00530", "HELSINKI"), ("02100", "ESPOO"), ("33100", "TAMPERE"), ("33720", "TAMPERE"),
          ("20100", "TURKU"), ("90100", "OULU"), ("40100", "JYVÄSKYLÄ"), ("70100", "KUOPIO"), ("99800", "IVALO"),
          ("17800", "KUHMOINEN"), ("02400", "KIRKKONUMMI"), ("80100", "JOENSUU")]
KADUT = ["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Kauppakatu", "Satamakatu", "Koulukatu", "Teollisuustie", "Rantatie", "Puistokatu"]


def person():
    return R.choice(FIRST), R.choice(LAST)


def asc(s):
    return s.lower().replace("ä", "a").replace("ö", "o").replace("å", "a")


def pmail(f, l, dom=None):
    dom = dom or R.choice(FREEMAIL)
    return R.choice([f"{asc(f)}.{asc(l)}", f"{asc(f)}{asc(l)}{R.randint(1, 99)}", f"{asc(f)[0]}{asc(l)}"]) + "@" + dom


def adr(pl=None):
    pl = pl or R.choice(PLACES)
    return (f"{R.choice(KADUT)} {R.randint(1, 60)}", pl[0], pl[1])


GOV = [("fi_city", "Helsingin kaupunki, Kasvatuksen ja koulutuksen toimiala", "hel.fi", PLACES[0]), ("fi_city", "Tampereen kaupunki", "tampere.fi", PLACES[3]),
       ("fi_city", "Espoon kaupunki", "espoo.fi", PLACES[2]), ("fi_city", "Oulun kaupunki", "ouka.fi", PLACES[6]), ("fi_city", "Turun kaupunki", "turku.fi", PLACES[5]),
       ("fi_municipality", "Kuhmoisten kunta", "kuhmoinen.fi", PLACES[10]), ("fi_municipality", "Inarin kunta", "inari.fi", PLACES[9]),
       ("fi_municipality", "Kirkkonummen kunta", "kirkkonummi.fi", PLACES[11]),
       ("wellbeing_services_county", "Pirkanmaan hyvinvointialue", "pirha.fi", PLACES[4]), ("wellbeing_services_county", "Varsinais-Suomen hyvinvointialue", "varha.fi", PLACES[5]),
       ("wellbeing_services_county", "Länsi-Uudenmaan hyvinvointialue", "luvn.fi", PLACES[2]), ("public_hospital", "HUS-yhtymä", "hus.fi", PLACES[1]),
       ("state_agency", "Verohallinto", "vero.fi", PLACES[0]), ("police", "Poliisihallitus", "poliisi.fi", PLACES[0]),
       ("armed_forces_unit", "Puolustusvoimat, Karjalan prikaati", "mil.fi", ("45610", "KOUVOLA")), ("state_agency", "Maanmittauslaitos", "maanmittauslaitos.fi", PLACES[0]),
       ("state_agency", "Kansaneläkelaitos Kela", "kela.fi", PLACES[0]), ("state_agency", "Väylävirasto", "vayla.fi", PLACES[0]),
       ("state_agency", "Tulli", "tulli.fi", PLACES[0]), ("court", "Pirkanmaan käräjäoikeus", "oikeus.fi", PLACES[3]),
       ("state_enterprise", "Senaatti-kiinteistöt", "senaatti.fi", PLACES[0]), ("rescue_service", "Keski-Suomen pelastuslaitos", "keskisuomenpelastuslaitos.fi", PLACES[7]),
       ("public_university", "Helsingin yliopisto", "helsinki.fi", PLACES[0]), ("public_university", "Oulun yliopisto", "oulu.fi", PLACES[6]),
       ("public_university", "Jyväskylän yliopisto", "jyu.fi", PLACES[7]), ("public_university", "Itä-Suomen yliopisto", "uef.fi", PLACES[12]),
       ("public_school", "Kalevan koulu, Tampereen kaupunki", "tampere.fi", PLACES[3])]
BIZ = [("company_with_legal_form", "Kesko Oyj", "kesko.fi"), ("company_with_legal_form", "Fazer Leipomot Oy", "fazer.com"),
       ("company_with_legal_form", "Rakennusliike Lipsanen Oy", "lipsanen.fi"), ("company_with_legal_form", "Sweco Finland Oy", "sweco.fi"),
       ("company_with_legal_form", "Tilitoimisto Numerot Kuntoon Oy", "numerotkuntoon.fi"), ("company_with_legal_form", "Pirkan Kuljetus Oy", "pirkankuljetus.fi"),
       ("company_with_legal_form", "Nokian Renkaat Oyj", "nokiantyres.com"), ("company_no_legal_form", "Kahvila Pulla ja Kuppi", "pullajakuppi.fi"),
       ("company_no_legal_form", "Autokorjaamo Virtanen", "autokorjaamovirtanen.fi"), ("company_no_legal_form", "Hotelli Kuohu", "hotellikuohu.fi"),
       ("sole_trader_tmi", "Tmi Jari Lehtonen", "gmail.com"), ("sole_trader_tmi", "Kauneushoitola Sointu Tmi", "sointu.fi"),
       ("sole_trader_trade_name", "Parturi-Kampaamo Hiusateljee Aino", "hotmail.com"), ("sole_trader_trade_name", "Valokuvaus Elina Salonen", "elinasalonen.fi"),
       ("association_ry", "Tampereen Pyöräilijät ry", "tampereenpyorailijat.fi"), ("association_ry", "Marttaliitto ry", "martat.fi"),
       ("national_red_cross", "Suomen Punainen Risti, Helsingin ja Uudenmaan piiri", "redcross.fi"), ("sports_club", "Ilves ry", "ilves.com"),
       ("housing_company", "Asunto Oy Tampereen Pyynikinrinne", "isannointi-pirkka.fi"), ("cooperative", "Pohjois-Karjalan Osuuskauppa", "sok.fi"),
       ("cooperative", "OP Tampere osuuskunta", "op.fi"), ("church", "Tampereen evankelis-luterilaiset seurakunnat", "evl.fi"),
       ("private_school", "Helsingin Steiner-koulu", "steinerkoulu-hki.fi"), ("state_owned_company", "Alko Oy", "alko.fi")]

yt = {}
anr = {}


def ytun(name):
    if name.endswith("Tampereen kaupunki"):
        name = "Tampereen kaupunki"
    if name not in yt:
        yt[name] = fi_ytunnus(R)
    return yt[name]


def asnr(name):
    if name not in anr:
        anr[name] = 1000 + len(anr) * 3
    return anr[name]


orders = []


def add(label, amb, kind, cc, nimi, y, yh, email, a, lines, pay, viite="", tilaus="", lisa=""):
    orders.append(dict(label=label, amb=amb, kind=kind, cc=cc, nimi=nimi, y=y, yh=yh, email=email, a=a, lines=lines,
                       pay=pay, viite=viite, tilaus=tilaus, lisa=lisa))


def lines(pool, n, q):
    return [(p, R.randint(*q)) for p in R.sample(pool, min(n, len(pool)))]


def gov():
    kind, name, dom, pl = R.choice(GOV)
    f, l = person()
    add("B2G", False, kind, "FI", name, ytun(name), f"{f} {l}", pmail(f, l, dom), adr(pl), lines(PRINT, R.randint(1, 3), (1, 10)),
        R.choice(["Verkkolasku", "Verkkolasku", "Verkkolasku", "Lasku"]), viite=R.choice([f"{f} {l}", f"Kustannuspaikka {R.randint(1000, 9999)}", ""]),
        tilaus=R.choice(["", f"{R.randint(4500000000, 4509999999)}", f"PO{R.randint(10000, 99999)}"]),
        lisa=R.choice(["", "", "Hankintasopimus painotuotteet", "Toimitus kirjaamoon", "Verkkolaskuosoite 0037" + str(R.randint(10000000, 99999999))]))


def biz():
    kind, name, dom = R.choice(BIZ)
    f, l = person()
    if name == "Tmi Jari Lehtonen":
        f, l = "Jari", "Lehtonen"
    email = pmail(f, l, dom) if (R.random() < 0.75 or dom in FREEMAIL) else R.choice(["laskut", "info", "hankinnat"]) + "@" + dom
    add("B2B", False, kind, "FI", name, ytun(name) if R.random() < 0.85 else "", f"{f} {l}" if R.random() < 0.7 else "", email, adr(),
        lines(PRINT, R.randint(1, 3), (1, 8)), R.choice(["Lasku", "Lasku", "Verkkolasku", "Korttimaksu", "Verkkopankki"]),
        viite=R.choice(["", "", f"{f} {l}", f"Tilaus {R.randint(100, 999)}"]), lisa=R.choice(["", "", "", "Nouto myymälästä", "Kiitos tilauksesta"]))


def pers():
    f, l = person()
    add("B2C", False, "private_person", "FI", f"{f} {l}", "", "", pmail(f, l) if R.random() < 0.85 else "", adr() if R.random() < 0.8 else ("", "", ""),
        lines(PERSONAL, R.randint(1, 2), (1, 2)), R.choice(["Korttimaksu", "MobilePay", "Lasku", "Verkkopankki"]),
        lisa=R.choice(["", "", "", "Lahja", "Nouto myymälästä"]))


def anon():
    add("B2C", False, "anonymous_retail", "", "Käteismyynti", "", "", "", ("", "", ""), lines(PERSONAL + PRINT[4:5], 1, (1, 2)),
        R.choice(["Käteinen", "Korttimaksu"]), lisa="Myymälämyynti")


def ambig():
    for name, dom, it in [("Pirkan Kuljetus Oy", "pirkankuljetus.fi", PERSONAL[1]), ("Sweco Finland Oy", "sweco.fi", PERSONAL[0]),
                          ("Kahvila Pulla ja Kuppi", "pullajakuppi.fi", PERSONAL[3])]:
        f, l = person()
        add("B2B", True, "company_household_item", "FI", name, ytun(name), f"{f} {l}", pmail(f, l, dom), adr(), [(it, 1)], "Korttimaksu")
    add("B2B", True, "sole_trader_personal_purchase", "FI", "Tmi Jari Lehtonen", ytun("Tmi Jari Lehtonen"), "Jari Lehtonen", "jari.lehtonen@gmail.com", adr(),
        [(PERSONAL[2], 1)], "MobilePay")
    add("B2G", True, "public_school_household_item", "FI", "Kalevan koulu, Tampereen kaupunki", ytun("Kalevan koulu, Tampereen kaupunki"), "Helena Niemi", "helena.niemi@tampere.fi",
        adr(PLACES[3]), [(PERSONAL[4], 1)], "Verkkolasku")
    for dom, kind in [("poliisi.fi", "person_with_gov_email"), ("mil.fi", "person_with_mil_email"), ("hel.fi", "person_with_gov_email"), ("kesko.fi", "person_with_company_email")]:
        f, l = person()
        add("B2C", True, kind, "FI", f"{f} {l}", "", "", pmail(f, l, dom), adr(), [(R.choice(PERSONAL), 1)], "Korttimaksu", lisa="Toimitus kotiosoitteeseen")
    f, l = person()
    add("B2C", True, "person_bulk_quantity", "FI", f"{f} {l}", "", "", pmail(f, l), adr(), [(PRINT[6], 40)], "MobilePay")
    for lisa in ["Yritykseni käyttöön, tarvitsen laskun", "Jälleenmyyntiin verkkokauppaani", "Toiminimeni markkinointiin (y-tunnus haussa)"]:
        f, l = person()
        add("B2B", True, "person_states_business_use", "FI", f"{f} {l}", "", "", pmail(f, l), adr(), lines(PRINT[:4], R.randint(1, 2), (1, 3)), "Korttimaksu", lisa=lisa)
    f, l = person()
    add("B2B", True, "person_pays_company_invoice", "FI", f"{f} {l}", "", "", pmail(f, l), adr(), lines(PRINT, 2, (1, 3)), "Korttimaksu",
        lisa="Maksan Rakennusliike Lipsanen Oy:n laskun omalta kortilta")
    add("B2B", True, "state_owned_company_procurement", "FI", "VR-Yhtymä Oyj", ytun("VR-Yhtymä Oyj"), "Antti Koskinen", "antti.koskinen@vr.fi", adr(PLACES[0]),
        [(PRINT[2], 3), (PRINT[1], 10)], "Verkkolasku", tilaus="4501129984", lisa="Kilpailutus Hilma-ilmoitus 2026-012345, puitesopimus")
    add("B2B", False, "state_owned_company", "FI", "Posti Group Oyj", ytun("Posti Group Oyj"), "Laura Heinonen", "laura.heinonen@posti.com", adr(PLACES[0]),
        [(PRINT[0], 4)], "Lasku")
    add("B2B", True, "international_org", "FI", "Euroopan kemikaalivirasto ECHA", "", "Olga Lindqvist", "olga.lindqvist@echa.europa.eu", adr(PLACES[0]),
        [(PRINT[10], 1), (PRINT[1], 4)], "Lasku", tilaus="ECHA/PO/2026/118")
    add("B2B", True, "nonprofit_coop_contract", "FI", "Marttaliitto ry", ytun("Marttaliitto ry"), "Sanna Laine", "sanna.laine@martat.fi", adr(PLACES[0]),
        [(PRINT[11], 1)], "Lasku", lisa="Hinnoittelu Hanselin yhteishankintasopimuksen mukaan")
    add("B2B", True, "product_only_business_goods", "", "Satunnainen asiakas", "", "", "", ("", "", ""), [(PRINT[13], 1), (PRINT[5], 6)], "Käteinen")
    add("B2C", True, "product_only", "", "Satunnainen asiakas", "", "", "", ("", "", ""), [(PERSONAL[6], 1)], "Korttimaksu")
    add("B2G", False, "embassy", "SE", "Sveriges ambassad i Helsingfors", "", "Karin Berg", "ambassaden.helsingfors@gov.se", adr(PLACES[0]), [(PRINT[2], 1)], "Lasku")
    add("B2G", False, "embassy", "US", "Yhdysvaltain suurlähetystö", "", "John Miller", "helsinkigso@state.gov", adr(PLACES[0]), [(PRINT[4], 12), (PRINT[5], 2)], "Lasku")


ambig()
while sum(len(o["lines"]) for o in orders) < 228:
    x = R.random()
    if x < 0.33:
        gov()
    elif x < 0.68:
        biz()
    elif x < 0.94:
        pers()
    else:
        anon()
R.shuffle(orders)

rows, labels = [], []
lnr = 26001
d = dt.date(2026, 1, 12)
for o in orders:
    lnr += 1
    d += dt.timedelta(days=R.choice([0, 1, 1, 2]))
    kateinen = o["pay"] in ("Korttimaksu", "MobilePay", "Käteinen")
    due = d if kateinen else d + dt.timedelta(days=R.choice([14, 21, 30]))
    tila = "Maksettu" if kateinen or R.random() < 0.6 else "Avoin"
    for p, q in o["lines"]:
        net = round(p[1] * q, 2)
        alv = round(net * 0.255, 2)
        code = "P" + str(100 + sum(map(ord, p[0])) % 900)
        rows.append([lnr, f"{d.day}.{d.month}.{d.year}", f"{due.day}.{due.month}.{due.year}", asnr(o["nimi"]), o["nimi"], o["y"], o["yh"], o["email"],
                     o["a"][0], o["a"][1], o["a"][2], o["viite"], o["tilaus"], code, p[0], str(q), p[2], fmt_comma(p[1], ""), "25,5",
                     fmt_comma(net, " "), fmt_comma(alv, " "), fmt_comma(net + alv, " "), o["pay"], tila, o["lisa"]])
        labels.append((o["label"], o["amb"], o["kind"], o["cc"]))

with open(os.path.join(LAYOUTS, LID + ".csv"), "w", encoding="cp1252", newline="") as f:
    w = csv.writer(f, delimiter=";")
    w.writerow(HEAD)
    w.writerows(rows)

write_key(LID, {
    "id": LID,
    "system": "Visma Netvisor - Myynti > Myyntilaskut, laskut riveineen CSV-vienti (Excel-yhteensopiva, ';', Windows-1252)",
    "country": "FI",
    "language": "fi",
    "docs": [
        "Netvisor support: salesinvoice.nv / salesinvoicelist.nv field descriptions (laskun päiväys, eräpäivä, laskunumero, asiakas, tuotteen nimi, yksikköhinta, alv-prosentti, kappalemäärä, loppusumma) and Finvoice mapping (Y-tunnus, verkkolaskuosoite)",
        "Finnish invoice CSV header conventions from the Heeros invoice CSV template (Laskunumero; Laskun päivä; Eräpäivä; Y-tunnus; Tuotteen nimi; Määrä; Yksikköhinta; Yksikkö; Alv-%; Viite) - semicolon-separated, decimal comma, dates d.m.yyyy",
        "VAT 25.5 % (Finnish general rate from 1 Sep 2024); public bodies invoiced by verkkolasku (e-invoice)",
    ],
    "fields": {"buyer": "Asiakkaan nimi", "product": "Tuotteen nimi", "quantity": "Määrä", "amount": "Veroton summa",
               "tax_id": "Y-tunnus", "email": "Sähköposti", "payment": "Maksutapa", "comment": "Laskun lisätiedot"},
    "also_ok": {"amount": ["Verollinen summa"]},
    "notes": "CSV, ';' delimiter, cp1252 encoding, decimal comma with space thousands separator, header on line 1, no title or totals lines. One row per invoice line; all rows of one Laskunumero share a label. 'Käteismyynti' = counter cash sale (anonymous retail); 'Satunnainen asiakas' = catch-all customer with no buyer data (product-only records).",
}, labels)
print(LID, len(rows), "rows", len(orders), "orders")
