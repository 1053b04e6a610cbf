"""cc_hu_szamlazzhu_szamlak: Számlázz.hu invoice list, itemised Excel export (one row per invoice line)."""
import random
from pathlib import Path
import pandas as pd
from cc_common import *

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
ID = "cc_hu_szamlazzhu_szamlak"
rng = random.Random(8101)

cfg = dict(
    cc="HU", soe_mailbox=["beszerzes", "info"],
    companies=[("Richter Gedeon Nyrt.", "richter.hu"), ("Magyar Telekom Nyrt.", "telekom.hu"), ("Béres Gyógyszergyár Zrt.", "beres.hu"),
               ("Zwack Unicum Nyrt.", "zwackunicum.hu"), ("Pick Szeged Zrt.", "pick.hu"), ("Market Építő Zrt.", "market.hu"),
               ("Masterplast Nyrt.", "masterplast.hu"), ("Duna House Franchise Kft.", "dh.hu"), ("Bonafarm Zrt.", "bonafarm.hu"),
               ("Tisza-Iroda Kft.", "tiszairoda.hu"), ("Pannon Könyvelő Bt.", "pannonkonyvelo.hu"), ("Bakonyi Faipari Kft.", "bakonyifa.hu"),
               ("Zöldkert Kertészet Kft.", "zoldkert.hu"), ("DIGITÁLIS MŰHELY Kft.", "digitalismuhely.hu"), ("Szalai és Társa Építőipari Kft.", "szalaiepito.hu"),
               ("Hegyvidék Fogászat Bt.", "hegyvidekfogaszat.hu"), ("Alföldi Tej Kft.", "alfolditej.hu"), ("Kométa 99 Zrt.", "kometa.hu")],
    co_tax=lambda r: hu_adoszam(r, first=r.choice("12"), vat="2"),
    sole_tax=lambda r: hu_adoszam(r, first=r.choice("67"), vat=r.choice("1123")),
    np_tax=lambda r: hu_adoszam(r, first="18", vat=r.choice("12")),
    pub_tax=lambda r: hu_adoszam(r, first="15", vat="2"),
    nonprofits=[("Magyar Vöröskereszt Budapesti Fővárosi Szervezete", "voroskereszt.hu", "nonprofit"),
                ("Magyar Máltai Szeretetszolgálat Egyesület", "maltai.hu", "nonprofit"),
                ("Budapest-Belvárosi Nagyboldogasszony Főplébánia", "belvarosiplebania.hu", "church"),
                ("Pannonhalmi Főapátság", "pannonhalmifoapatsag.hu", "church"),
                ("Társasház 1114 Budapest, Bartók Béla út 52.", "", "homeowners_association"),
                ("Károli Gáspár Református Egyetem", "kre.hu", "private_university")],
    soe=[("MÁV Magyar Államvasutak Zrt.", "mav.hu"), ("Magyar Posta Zrt.", "posta.hu"), ("MVM Energetika Zrt.", "mvm.hu"),
         ("Budapesti Közlekedési Zrt.", "bkv.hu"), ("Szerencsejáték Zrt.", "szerencsejatek.hu")],
    public=[("Budapest Főváros XIII. Kerületi Önkormányzat", "budapest13.hu", "municipality"),
            ("Győr Megyei Jogú Város Önkormányzata", "gyor.hu", "municipality"),
            ("Szentendre Város Önkormányzata", "szentendre.hu", "municipality"),
            ("Debreceni Polgármesteri Hivatal", "debrecen.hu", "municipality"),
            ("Nemzeti Adó- és Vámhivatal", "nav.gov.hu", "government_agency"),
            ("Belügyminisztérium", "bm.gov.hu", "ministry"),
            ("Budapesti Rendőr-főkapitányság", "budapest.police.hu", "police"),
            ("Magyar Honvédség Anyagellátó Raktárbázis", "hm.gov.hu", "armed_forces"),
            ("Eötvös Loránd Tudományegyetem", "elte.hu", "public_university"),
            ("Dél-Budai Tankerületi Központ", "kk.gov.hu", "school_district"),
            ("Országos Mentőszolgálat", "mentok.hu", "public_health_service"),
            ("Dél-pesti Centrumkórház – Országos Hematológiai és Infektológiai Intézet", "dpckorhaz.hu", "public_hospital"),
            ("Központi Statisztikai Hivatal", "ksh.hu", "government_agency"),
            ("Pest Vármegyei Kormányhivatal", "pest.gov.hu", "government_agency"),
            ("Németországi Szövetségi Köztársaság Budapesti Nagykövetsége", "budapest.diplo.de", "embassy")],
    public_small=[("Napsugár Óvoda (Budapest XIII. ker.)", "budapest13.hu", "public_kindergarten"),
                  ("Szegedi Radnóti Miklós Kísérleti Gimnázium", "radnoti-szeged.hu", "public_school"),
                  ("Győri Kossuth Lajos Általános Iskola", "kk.gov.hu", "public_school"),
                  ("BRFK XI. kerületi Rendőrkapitányság", "budapest.police.hu", "police")],
    pub_mailbox=["titkarsag", "beszerzes", "gazdasag", "penzugy"],
    intl=[("UNHCR Regionális Képviselet Közép-Európa", "unhcr.org", "HU"),
          ("FAO Európai és Közép-ázsiai Regionális Iroda", "fao.org", "HU")],
    funds=[("Debreceni Egyetem", "unideb.hu"), ("Semmelweis Egyetem", "semmelweis.hu"), ("Moholy-Nagy Művészeti Egyetem", "mome.hu")],
    first=["Péter", "László", "Zoltán", "Gábor", "Tamás", "Attila", "Balázs", "Dániel", "Ádám", "Eszter", "Katalin", "Anna",
           "Zsófia", "Réka", "Erzsébet", "Mária", "Judit", "Andrea", "Krisztina", "Nóra"],
    last=["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas", "Balogh", "Papp",
          "Takács", "Juhász", "Lakatos", "Mészáros", "Oláh", "Simon", "Rácz", "Fekete"],
    person_name=lambda r, f, l: r.choice([f"{l} {f}"] * 6 + [f"Dr. {l} {f}", f"{l}né {f}" if f in ("Eszter", "Katalin", "Anna", "Mária", "Judit") else f"{l} {f}"]),
    mail_local=lambda f, l: ascii_lower(f) + "." + ascii_lower(l),
    sole_name=lambda r, f, l: r.choice([f"{l} {f} e.v.", f"{l} {f} egyéni vállalkozó", f"{l}-Szerviz {l} {f} ev."]),
    free_mail=["gmail.com", "freemail.hu", "citromail.hu", "t-online.hu", "yahoo.com"],
    gov_domains=["nav.gov.hu", "bm.gov.hu", "ksh.hu", "hm.gov.hu", "telekom.hu", "richter.hu"],
    anon=["Magánszemély", "Készpénzes vevő"],
    cities=[("1134", "Budapest", ["Váci út", "Lehel utca", "Dózsa György út"]), ("9021", "Győr", ["Baross Gábor út", "Szent István út"]),
            ("4025", "Debrecen", ["Piac utca", "Kossuth utca"]), ("6720", "Szeged", ["Kárász utca", "Tisza Lajos körút"]),
            ("7621", "Pécs", ["Király utca", "Rákóczi út"]), ("2000", "Szentendre", ["Dumtsa Jenő utca"])],
    products=[P("HP 59A fekete toner (CF259A)", 38900, "db", "biz", 10), P("Fénymásolópapír A4 80g (5 csomag/doboz)", 9990, "doboz", "biz", 20),
              P("Lenovo ThinkPad E14 Gen 5 laptop", 289000, "db", "biz", 6), P("Brother HL-L2350DW lézernyomtató", 49900, "db", "biz", 4),
              P("Dell P2423 24\" monitor", 74900, "db", "biz", 8), P("Microsoft 365 Business Standard (1 év)", 48900, "db", "biz", 15),
              P("Rack szekrény 19\" 42U", 189000, "db", "biz", 2), P("TP-Link TL-SG1024D switch", 32900, "db", "biz", 3),
              P("Fellowes 8Cd iratmegsemmisítő", 29900, "db", "biz", 3), P("Leitz iratrendező 8 cm", 1190, "db", "biz", 50),
              P("Logitech MX Master 3S egér", 34900, "db", "both", 10), P("Samsung Galaxy A55 5G 128GB", 139900, "db", "both", 5, True),
              P("Apple iPad 10.9 (10. gen) 64GB", 159900, "db", "both", 5, True), P("Canon PIXMA TS5350i nyomtató", 29900, "db", "both", 3),
              P("Philips HD9350/90 vízforraló", 12990, "db", "home"), P("DeLonghi Magnifica S ECAM22.110.B kávéfőző", 124900, "db", "home"),
              P("Samsung 55\" Crystal UHD TV", 189900, "db", "home"), P("Dyson V8 porszívó", 149900, "db", "home"),
              P("Tefal Easy Fry olajsütő", 34990, "db", "home"), P("Gorenje MO20E1W mikrohullámú sütő", 29990, "db", "home")],
    pay=dict(transfer="Átutalás", card="Bankkártya", cash="Készpénz", cod="Utánvét"),
    c_biz=["Szállítás a telephelyre", "Irodai felhasználásra", "Keretszerződés alapján", "Rendelésszám: PO-2025-0418"],
    c_home=["Ajándékba", "Kérem hívjon érkezés előtt", "Házhozszállítás"],
    c_resale=["Viszonteladásra vásárolom", "A piaci standomra, továbbértékesítésre"],
    c_pub=lambda r: r.choice([f"Kötelezettségvállalás száma: KV-{r.randint(100, 999)}/2025", f"Megrendelő: {r.randint(10, 99)}/2025"]),
    c_proc=lambda r: f"Kbt. szerinti beszerzés, EKR{r.randint(100000, 999999):06d}2025",
)

orders = build(rng, cfg, 190, line_level=True)
rows, labels = [], []
day = pd.Timestamp("2025-03-03")
for i, o in enumerate(orders, 1):
    day += pd.Timedelta(days=rng.choice([0, 0, 1, 1, 2]))
    inv = f"E-TIRO-2025-{100 + i}"
    term = day + pd.Timedelta(days=8 if o["payment"] == "Átutalás" else 0)
    for ln in o["lines"]:
        net = ln["qty"] * ln["price"]
        vat = round(net * 0.27)
        rows.append({"Számlaszám": inv, "Kelt": day.strftime("%Y.%m.%d."), "Teljesítés": day.strftime("%Y.%m.%d."),
                     "Fizetési határidő": term.strftime("%Y.%m.%d."), "Fizetési mód": o["payment"], "Pénznem": "HUF",
                     "Vevő neve": o["name"], "Vevő adószáma": o["taxid"], "Vevő irányítószám": o["zip"] if o["name"] else "",
                     "Vevő település": o["city"] if o["name"] else "", "Vevő cím": o["street"] if o["name"] else "", "Vevő e-mail": o["email"],
                     "Tétel megnevezése": ln["product"], "Mennyiség": ln["qty"], "Mennyiségi egység": ln["unit"],
                     "Nettó egységár": ln["price"], "ÁFA kulcs": "27%", "Nettó érték": net, "ÁFA érték": vat, "Bruttó érték": net + vat,
                     "Megjegyzés": o["comment"]})
        labels.append((o["label"], o["amb"], o["kind"], o["bcountry"]))

df = pd.DataFrame(rows)
save_xlsx(df, OUT / "layouts" / f"{ID}.xlsx", "Számlák")
write_labels(OUT / "key" / f"{ID}.labels.csv", labels)
print(len(rows), pd.Series([l[0] for l in labels]).value_counts().to_dict(), sum(l[1] for l in labels))
