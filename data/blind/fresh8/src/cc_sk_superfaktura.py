"""cc_sk_superfaktura_faktury: SuperFaktúra list of issued invoices, CSV export (one row per invoice)."""
import random
from pathlib import Path
import pandas as pd
from cc_common import *

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
ID = "cc_sk_superfaktura_faktury"
rng = random.Random(8202)

def sk_co(r):
    d = sk_dic(r, "202")
    return d

cfg = dict(
    cc="SK", soe_mailbox=["nakup", "info"],
    companies=[("ESET, spol. s r.o.", "eset.sk"), ("Kia Slovakia s.r.o.", "kia.sk"), ("Slovnaft, a.s.", "slovnaft.sk"),
               ("U. S. Steel Košice, s.r.o.", "sk.uss.com"), ("Tatravagónka a.s.", "tatravagonka.sk"), ("Kofola a.s.", "kofola.sk"),
               ("Orange Slovensko, a.s.", "orange.sk"), ("Tatra banka, a.s.", "tatrabanka.sk"), ("Alza.sk s.r.o.", "alza.sk"),
               ("TLAČIAREŇ KRUPA s.r.o.", "tlaciarenkrupa.sk"), ("Reklamná agentúra \"MEDIAPLUS\" s.r.o.", "mediaplus.sk"),
               ("Stavby Horváth s.r.o.", "stavbyhorvath.sk"), ("Penzión Pod Tatrami s.r.o.", "penzionpodtatrami.sk"),
               ("Účtovníctvo Kováčová, s.r.o.", "uctovnictvokovacova.sk"), ("ZÁHRADY NITRA s.r.o.", "zahradynitra.sk"),
               ("Autoservis Baláž s.r.o.", "autoservisbalaz.sk")],
    co_tax=lambda r: sk_dic(r, "202"),
    sole_tax=lambda r: sk_dic(r, "10"),
    np_tax=lambda r: sk_dic(r, "202"),
    pub_tax=lambda r: sk_dic(r, "2021"),
    nonprofits=[("Slovenský Červený kríž, územný spolok Trnava", "redcross.sk", "nonprofit"),
                ("Rímskokatolícka cirkev, farnosť sv. Martina Bratislava", "dommartina.sk", "church"),
                ("Spoločenstvo vlastníkov bytov Tehelná 26", "", "homeowners_association"),
                ("Nadácia Pontis", "nadaciapontis.sk", "foundation"),
                ("Rodičovské združenie pri ZŠ Kulíškova", "", "parents_association"),
                ("Paneurópska vysoká škola, n.o.", "paneurouni.com", "private_university")],
    soe=[("Slovenská pošta, a.s.", "posta.sk"), ("Slovenský plynárenský priemysel, a.s.", "spp.sk"),
         ("Slovenské elektrárne, a.s.", "seas.sk"), ("Bratislavská vodárenská spoločnosť, a.s.", "bvsas.sk"),
         ("Dopravný podnik Bratislava, akciová spoločnosť", "dpb.sk")],
    public=[("Mesto Žilina", "zilina.sk", "municipality"), ("Obec Rajecké Teplice", "rajecke-teplice.sk", "municipality"),
            ("Hlavné mesto Slovenskej republiky Bratislava", "bratislava.sk", "municipality"),
            ("Mestská časť Bratislava-Ružinov", "ruzinov.sk", "municipality"),
            ("Ministerstvo vnútra Slovenskej republiky", "minv.sk", "ministry"),
            ("Okresný úrad Nitra", "minv.sk", "government_agency"),
            ("Finančné riaditeľstvo Slovenskej republiky", "financnasprava.sk", "government_agency"),
            ("Univerzita Komenského v Bratislave", "uniba.sk", "public_university"),
            ("Slovenská technická univerzita v Bratislave", "stuba.sk", "public_university"),
            ("Fakultná nemocnica s poliklinikou F. D. Roosevelta Banská Bystrica", "fnspfdr.sk", "public_hospital"),
            ("Krajské riaditeľstvo Policajného zboru v Trnave", "minv.sk", "police"),
            ("Ozbrojené sily Slovenskej republiky – Veliteľstvo pozemných síl", "mil.sk", "armed_forces"),
            ("Žilinský samosprávny kraj", "zilinskazupa.sk", "regional_government"),
            ("Veľvyslanectvo Českej republiky v Bratislave", "mzv.gov.cz", "embassy")],
    public_small=[("Základná škola, Kulíškova 8, Bratislava", "zskuliskova.sk", "public_school"),
                  ("Materská škola Medzi jarkami, Bratislava", "ruzinov.sk", "public_kindergarten"),
                  ("Obecný úrad Rajecké Teplice", "rajecke-teplice.sk", "municipality"),
                  ("Obvodné oddelenie Policajného zboru Trnava", "minv.sk", "police")],
    pub_mailbox=["podatelna", "sekretariat", "obstaravanie", "ekonomicke"],
    intl=[("European Labour Authority (ELA)", "ela.europa.eu", "SK"),
          ("Medzinárodná organizácia pre migráciu (IOM), Úrad v Bratislave", "iom.int", "SK")],
    funds=[("Nadácia SPP", "nadaciaspp.sk")],
    first=["Ján", "Peter", "Martin", "Tomáš", "Michal", "Marek", "Lukáš", "Jozef", "Miroslav", "Juraj",
           "Mária", "Jana", "Katarína", "Zuzana", "Lucia", "Monika", "Eva", "Veronika", "Andrea", "Ivana"],
    last=["Horváth", "Kováč", "Varga", "Tóth", "Nagy", "Baláž", "Szabó", "Molnár", "Novák", "Lukáč", "Gajdoš", "Kollár", "Hudák", "Oravec", "Krajčí"],
    person_name=lambda r, f, l: r.choice([f"{f} {l}"] * 5 + [f"{l}, {f}", f"Ing. {f} {l}"]) if f not in
        ("Mária", "Jana", "Katarína", "Zuzana", "Lucia", "Monika", "Eva", "Veronika", "Andrea", "Ivana") else
        r.choice([f"{f} {l}ová"] * 5 + [f"{l}ová, {f}", f"Mgr. {f} {l}ová"]),
    mail_local=lambda f, l: ascii_lower(f) + "." + ascii_lower(l),
    sole_name=lambda r, f, l: r.choice([f"{f} {l} – {l.upper()} ELEKTRO", f"{f} {l}", f"{l} {f} - STOLÁRSTVO"]),
    free_mail=["gmail.com", "azet.sk", "centrum.sk", "zoznam.sk", "post.sk"],
    sole_domains=["gmail.com"],
    gov_domains=["minv.sk", "financnasprava.sk", "mil.sk", "uniba.sk", "eset.sk"],
    anon=["Koncový zákazník", "Hotovostný predaj"],
    cities=[("811 01", "Bratislava", ["Obchodná", "Laurinská", "Grösslingová"]), ("821 08", "Bratislava", ["Tomášikova", "Ružinovská"]),
            ("010 01", "Žilina", ["Národná", "Hurbanova"]), ("949 01", "Nitra", ["Štefánikova trieda", "Farská"]),
            ("040 01", "Košice", ["Hlavná", "Mlynská"]), ("917 01", "Trnava", ["Hlavná", "Štefánikova"])],
    products=[P("Vizitky obojstranné 4/4, 500 ks", 39.0, "bal", "biz", 6), P("Roll-up banner 85x200 cm s taškou", 89.0, "ks", "biz", 4),
              P("Kancelársky papier A4 80g (krabica 5 bal)", 22.9, "krab", "biz", 20), P("Letáky A5 4/4, 1000 ks", 64.0, "bal", "biz", 5),
              P("Firemný nástenný kalendár 2026", 7.9, "ks", "biz", 100), P("Pečiatka Trodat Printy 4912 s textom", 24.5, "ks", "biz", 4),
              P("Polep výkladu – grafika a montáž", 240.0, "m2", "biz", 8), P("Hlavičkový papier A4, 1000 ks", 95.0, "bal", "biz", 3),
              P("Brožúra A4, 16 strán, 200 ks", 310.0, "bal", "biz", 2), P("Tlač plagátov A2, 50 ks", 58.0, "bal", "both", 4),
              P("Fotokniha A4 na šírku, 40 strán", 44.9, "ks", "both", 3, True), P("Tričko s potlačou", 14.9, "ks", "both", 10, True),
              P("Svadobné oznámenia, 80 ks", 96.0, "bal", "home"), P("Fotoobraz na plátne 60x40 cm", 39.9, "ks", "home"),
              P("Fotohrnček s vlastnou fotkou", 12.9, "ks", "home"), P("Rodinný stolový kalendár 2026", 16.9, "ks", "home"),
              P("Pozvánky na krstiny, 30 ks", 27.0, "bal", "home"), P("Puzzle z vlastnej fotografie 500 dielikov", 24.9, "ks", "home")],
    pay=dict(transfer="Prevodom", card="Platobná karta", cash="Hotovosť", cod="Dobierka"),
    c_biz=["Podľa objednávky č. OBJ-2025-118", "Grafika dodaná klientom", "Doručiť na prevádzku", "Zľava pre stáleho zákazníka"],
    c_home=["Darček k narodeninám", "Doručiť domov po 17:00", "Prosím zabaliť"],
    c_resale=["Kupujem na ďalší predaj v mojom obchodíku", "Na predaj na jarmoku"],
    c_pub=lambda r: r.choice([f"Objednávka č. {r.randint(10, 400)}/2025", f"Zmluva zverejnená v CRZ, č. {r.randint(1000, 9999)}/2025"]),
    c_proc=lambda r: f"Zákazka podľa zákona č. 343/2015 Z. z. o verejnom obstarávaní, ev. č. {r.randint(10000, 99999)}-WYT",
)

orders = build(rng, cfg, 180, line_level=False, amb_scale=0.7)
rows, labels = [], []
day = pd.Timestamp("2025-02-03")
fmt = lambda x: f"{x:.2f}".replace(".", ",")
for i, o in enumerate(orders, 1):
    day += pd.Timedelta(days=rng.choice([0, 0, 1, 1, 2]))
    net = round(sum(l["qty"] * l["price"] for l in o["lines"]), 2)
    vat = round(net * 0.23, 2)
    ico = ""
    if o["taxid"]:
        pre = "00" if o["kind"] in ("municipality", "regional_government") else ("3" if o["kind"] in ("ministry", "government_agency", "police", "armed_forces", "public_university", "public_hospital", "public_school", "public_kindergarten") else "")
        ico = sk_ico(rng, pre) if o["kind"] != "sole_trader" else sk_ico(rng, "5")
    icdph = ("SK" + o["taxid"]) if o["taxid"] and o["kind"] in ("private_company", "state_owned_company", "sole_trader") and rng.random() < 0.8 else ""
    title = o["lines"][0]["product"] if len(o["lines"]) == 1 else o["lines"][0]["product"] + f" a ďalšie ({len(o['lines'])} pol.)"
    paid = rng.random() < 0.75
    rows.append({"Číslo": f"2025{i:04d}", "Variabilný symbol": f"2025{i:04d}", "Názov": title, "Odberateľ": o["name"],
                 "IČO": ico, "DIČ": o["taxid"], "IČ DPH": icdph, "Ulica": o["street"] if o["name"] else "",
                 "Mesto": o["city"] if o["name"] else "", "PSČ": o["zip"] if o["name"] else "", "Krajina": "Slovensko" if o["name"] else "",
                 "E-mail": o["email"], "Vystavená": day.strftime("%d.%m.%Y"),
                 "Dodanie": day.strftime("%d.%m.%Y"), "Splatnosť": (day + pd.Timedelta(days=14)).strftime("%d.%m.%Y"),
                 "Spôsob úhrady": o["payment"], "Bez DPH": fmt(net), "DPH": fmt(vat), "Celkom": fmt(net + vat), "Mena": "EUR",
                 "Stav": "uhradená" if paid else "neuhradená", "Poznámka": o["comment"]})
    labels.append((o["label"], o["amb"], o["kind"], o["bcountry"]))

df = pd.DataFrame(rows)
df.to_csv(OUT / "layouts" / f"{ID}.csv", sep=";", index=False, encoding="utf-8-sig")
write_labels(OUT / "key" / f"{ID}.labels.csv", labels)
print(len(rows), pd.Series([l[0] for l in labels]).value_counts().to_dict(), sum(l[1] for l in labels))
