"""cc_fi_procountor_myyntilaskut: Procountor invoice search, extended export file (Excel), sales invoices, one row per invoice line."""
import random
from pathlib import Path
import pandas as pd
from cc_common import *

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
ID = "cc_fi_procountor_myyntilaskut"
rng = random.Random(8304)

cfg = dict(
    cc="FI", soe_mailbox=["hankinnat", "info"],
    companies=[("Kone Oyj", "kone.com"), ("Wärtsilä Finland Oy", "wartsila.com"), ("Fazer Leipomot Oy", "fazer.com"),
               ("Kesko Oyj", "kesko.fi"), ("Elisa Oyj", "elisa.fi"), ("Vaisala Oyj", "vaisala.com"), ("Marimekko Oyj", "marimekko.com"),
               ("Rakennus Virtanen Oy", "rakennusvirtanen.fi"), ("Tilitoimisto Lehtonen Oy", "tilitoimistolehtonen.fi"),
               ("Kahvila Kulma Oy", "kahvilakulma.fi"), ("HAMMASLÄÄKÄRIASEMA HYMY OY", "hammaslaakarihymy.fi"),
               ("Mainostoimisto Kipinä Oy", "kipina.fi"), ("Tampereen Sähköasennus Ky", "tampereensahko.fi"),
               ("Lakiasiaintoimisto Nieminen & Co Oy", "nieminenlaki.fi"), ("Nordic Koodi Oy", "nordickoodi.fi"), ("Kuljetus Mäkelä Ky", "kuljetusmakela.fi")],
    co_tax=fi_ytunnus, sole_tax=fi_ytunnus, np_tax=fi_ytunnus, pub_tax=fi_ytunnus,
    nonprofits=[("Suomen Punainen Risti, Helsingin ja Uudenmaan piiri", "punainenristi.fi", "nonprofit"),
                ("Tampereen Tuomiokirkkoseurakunta", "evl.fi", "church"),
                ("Asunto Oy Tampereen Kalevanrinne", "", "homeowners_association"),
                ("Mannerheimin Lastensuojeluliitto ry", "mll.fi", "nonprofit"),
                ("Pirkkalan Pallo ry", "pirkkalanpallo.fi", "sports_club")],
    soe=[("VR-Yhtymä Oyj", "vr.fi"), ("Posti Group Oyj", "posti.fi"), ("Alko Oy", "alko.fi"), ("Fingrid Oyj", "fingrid.fi"),
         ("Helen Oy", "helen.fi")],
    public=[("Helsingin kaupunki, Kasvatuksen ja koulutuksen toimiala", "hel.fi", "municipality"),
            ("Tampereen kaupunki", "tampere.fi", "municipality"), ("Espoon kaupunki", "espoo.fi", "municipality"),
            ("Kangasalan kunta", "kangasala.fi", "municipality"), ("Verohallinto", "vero.fi", "government_agency"),
            ("Poliisihallitus", "poliisi.fi", "police"), ("Puolustusvoimien Logistiikkalaitos", "mil.fi", "armed_forces"),
            ("Helsingin yliopisto", "helsinki.fi", "public_university"), ("Itä-Suomen yliopisto", "uef.fi", "public_university"),
            ("HUS-yhtymä", "hus.fi", "public_hospital"), ("Pirkanmaan hyvinvointialue", "pirha.fi", "wellbeing_services_county"),
            ("Opetushallitus", "oph.fi", "government_agency"), ("Kela", "kela.fi", "government_agency"),
            ("Ruotsin suurlähetystö Helsinki", "gov.se", "embassy")],
    public_small=[("Kalevan koulu, Tampereen kaupunki", "tampere.fi", "public_school"),
                  ("Päiväkoti Satakieli, Espoon kaupunki", "espoo.fi", "public_kindergarten"),
                  ("Kangasalan kunta, kunnanvirasto", "kangasala.fi", "municipality"),
                  ("Helsingin poliisilaitos, Pasilan poliisitalo", "poliisi.fi", "police")],
    pub_mailbox=["kirjaamo", "hankinnat", "ostolaskut", "toimisto"],
    intl=[("Euroopan kemikaalivirasto ECHA", "echa.europa.eu", "FI"), ("UNU-WIDER", "wider.unu.edu", "FI")],
    funds=[("Aalto-korkeakoulusäätiö sr", "aalto.fi"), ("Tampereen korkeakoulusäätiö sr", "tuni.fi")],
    first=["Mikko", "Juha", "Timo", "Matti", "Jari", "Antti", "Janne", "Ville", "Sami", "Teemu",
           "Anna", "Maria", "Tiina", "Laura", "Johanna", "Sari", "Elina", "Kaisa", "Riikka", "Hanna"],
    last=["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen",
          "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen"],
    person_name=lambda r, f, l: r.choice([f"{f} {l}"] * 4 + [f"{l} {f}", f"{l}, {f}"]),
    mail_local=lambda f, l: ascii_lower(f) + "." + ascii_lower(l),
    sole_name=lambda r, f, l: r.choice([f"Toiminimi {f} {l}", f"{l} {f} Tmi", f"Kampaamo {f} {l} (tmi)"]),
    free_mail=["gmail.com", "hotmail.com", "outlook.com", "luukku.com", "kolumbus.fi", "elisanet.fi"],
    gov_domains=["vero.fi", "poliisi.fi", "mil.fi", "hel.fi", "kone.com"],
    anon=["Käteisasiakas", "Kuluttaja-asiakas"],
    cities=[("00100", "Helsinki", ["Mannerheimintie", "Aleksanterinkatu", "Fredrikinkatu"]), ("33100", "Tampere", ["Hämeenkatu", "Kalevantie"]),
            ("02150", "Espoo", ["Otaniementie", "Tekniikantie"]), ("20100", "Turku", ["Yliopistonkatu", "Linnankatu"]),
            ("90100", "Oulu", ["Kirkkokatu", "Isokatu"]), ("36200", "Kangasala", ["Kuohuntie"])],
    products=[P("Sähköpöytä Linak 160x80 valkoinen", 489.0, "kpl", "biz", 10), P("Työtuoli Martela Pilot", 395.0, "kpl", "biz", 12),
              P("Näyttö Dell P2423D 24\"", 259.0, "kpl", "biz", 10), P("Neuvotteluhuoneen pöytä 240x120", 1290.0, "kpl", "biz", 2),
              P("Akustiikkaseinäke 160x140", 345.0, "kpl", "biz", 8), P("Arkistokaappi lukittava 4 laatikkoa", 560.0, "kpl", "biz", 4),
              P("Asennustyö", 68.0, "h", "biz", 16), P("Kopiopaperi A4 80g (laatikko 5 riisiä)", 24.9, "ltk", "biz", 30),
              P("Palvelinkaappi 19\" 42U", 1190.0, "kpl", "biz", 2), P("Näyttövarsi Ergotron LX", 179.0, "kpl", "both", 8),
              P("Kirjahylly Lundia Classic 200 cm", 289.0, "kpl", "both", 4), P("Lattiavalaisin Secto Octo", 420.0, "kpl", "both", 2),
              P("Apple iPhone 15 128 Gt", 829.0, "kpl", "both", 3, True), P("Jopo-polkupyörä", 399.0, "kpl", "both", 2, True),
              P("Moccamaster KBG Select kahvinkeitin", 239.0, "kpl", "home"), P("Sohva Isku Kent 3-istuttava", 1490.0, "kpl", "home"),
              P("Vedenkeitin Bosch TWK8611", 69.9, "kpl", "home"), P("Runkopatja 160x200", 890.0, "kpl", "home"),
              P("Lastenhuoneen kerrossänky", 549.0, "kpl", "home"), P("Robotti-imuri iRobot Roomba i5", 349.0, "kpl", "home")],
    pay=dict(transfer="Tilisiirto", card="Korttimaksu", cash="Käteinen", cod="Postiennakko"),
    c_biz=["Toimitus Hämeenkadun toimistolle", "Tilaus nro TIL-2025-332", "Asennus sovittu viikolle 14", "Puitesopimuksen mukaan"],
    c_home=["Kotiinkuljetus, soita ennen", "Lahja", "Toimitus porraskäytävään"],
    c_resale=["Ostan jälleenmyyntiin omaan liikkeeseeni", "Myyn edelleen kirpputoripöydässä"],
    c_pub=lambda r: r.choice([f"Viite: tilaus {r.randint(1000, 9999)}/2025, kustannuspaikka {r.randint(100, 999)}", f"Ostotilausnumero 45{r.randint(10000000, 99999999)}"]),
    c_proc=lambda r: f"Hankintalain mukainen hankinta, HILMA-ilmoitus 2025-{r.randint(100000, 999999)}",
)

orders = build(rng, cfg, 200, line_level=True)
rows, labels = [], []
day = pd.Timestamp("2025-04-01")
for i, o in enumerate(orders, 1):
    day += pd.Timedelta(days=rng.choice([0, 0, 1, 1, 2]))
    inv = 1800 + i
    business = o["label"] in ("B2B", "B2G") and o["kind"] != "unknown"
    channel = rng.choice(["Verkkolasku", "Verkkolasku", "Sähköposti"]) if business and o["taxid"] else rng.choice(["Sähköposti", "Paperi"])
    if not o["name"]:
        channel = "Paperi"
    ytun = o["taxid"]
    alv = ("FI" + ytun.replace("-", "")) if ytun and o["kind"] in ("private_company", "state_owned_company") and rng.random() < 0.6 else ""
    total = round(sum(l["qty"] * l["price"] * 1.255 for l in o["lines"]), 2)
    for ln in o["lines"]:
        net = round(ln["qty"] * ln["price"], 2)
        rows.append({"Laskun numero": inv, "Laskun päivämäärä": day.strftime("%d.%m.%Y"),
                     "Eräpäivä": (day + pd.Timedelta(days=14)).strftime("%d.%m.%Y"), "Tila": rng.choice(["Maksettu", "Maksettu", "Lähetetty"]),
                     "Asiakasnumero": "", "Asiakkaan nimi": o["name"],
                     "Y-tunnus": ytun, "ALV-tunnus": alv, "Laskutusosoite": o["street"] if o["name"] else "",
                     "Postinumero": o["zip"] if o["name"] else "", "Postitoimipaikka": o["city"] if o["name"] else "",
                     "Maa": "Suomi" if o["name"] else "", "Sähköposti": o["email"], "Laskutuskanava": channel,
                     "Maksutapa": o["payment"], "Maksuehto": "14 pv netto" if o["payment"] == "Tilisiirto" else ("Maksettu" if o["payment"] else ""), "Viitenumero": "", "Tuote": ln["product"], "Määrä": ln["qty"], "Yksikkö": ln["unit"],
                     "A-hinta": ln["price"], "ALV %": 25.5, "Rivin summa veroton": net, "Rivin summa verollinen": round(net * 1.255, 2),
                     "Laskun summa": total, "Lisätiedot": o["comment"]})
        labels.append((o["label"], o["amb"], o["kind"], o["bcountry"]))


def viite(n):
    d = str(n)
    s = sum(int(c) * w for c, w in zip(reversed(d), [7, 3, 1] * 10))
    return d + str((10 - s % 10) % 10)


df = pd.DataFrame(rows)
df["Viitenumero"] = df["Laskun numero"].map(lambda n: viite(n))
df["Asiakasnumero"] = df["Asiakkaan nimi"].map({n: (1000 + k) for k, n in enumerate(dict.fromkeys(df["Asiakkaan nimi"]))}).where(df["Asiakkaan nimi"] != "", "")
save_xlsx(df, OUT / "layouts" / f"{ID}.xlsx", "Laskut")
write_labels(OUT / "key" / f"{ID}.labels.csv", labels)
print(len(rows), pd.Series([l[0] for l in labels]).value_counts().to_dict(), sum(l[1] for l in labels))
